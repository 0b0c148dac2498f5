package studiobot.testing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import studiobot.people.People;
import studiobot.people.Person;

/**
 * Everyone the bot has met, in memory, behaving as {@code SqlitePeople} does ({@code PeopleContract}
 * runs against both): a change to someone never seen is not kept, and "the first time" is never true for them.
 */
public final class InMemoryPeople implements People {
    private static final class Row {
        String name;
        String telegramLanguage;
        String chosenLocale;
        ZoneId zone;
        String awaiting;
        Long photographer;
        boolean zoneAsked;
        boolean scriptOffered;
    }

    private final Map<Long, Row> rows = new HashMap<>();

    @Override
    public synchronized Person seen(long userId, String name, String telegramLanguage, Instant now) {
        Objects.requireNonNull(name, "name");
        Row row = rows.computeIfAbsent(userId, id -> new Row());
        row.name = name;
        if (telegramLanguage != null) {
            row.telegramLanguage = telegramLanguage;
        }
        return person(userId, row);
    }

    @Override
    public synchronized Optional<Person> find(long userId) {
        return row(userId).map(row -> person(userId, row));
    }

    @Override
    public synchronized void chooseLocale(long userId, String languageTag) {
        row(userId).ifPresent(row -> row.chosenLocale = languageTag);
    }

    @Override
    public synchronized void setZone(long userId, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        row(userId).ifPresent(row -> row.zone = zone);
    }

    @Override
    public synchronized Optional<String> awaiting(long userId) {
        return row(userId).map(row -> row.awaiting);
    }

    @Override
    public synchronized void setAwaiting(long userId, String topic) {
        row(userId).ifPresent(row -> row.awaiting = topic);
    }

    @Override
    public synchronized Optional<Long> photographerOf(long clientId) {
        return row(clientId).map(row -> row.photographer);
    }

    @Override
    public synchronized void takeClient(long clientId, long photographerId) {
        row(clientId).filter(row -> row.photographer == null).ifPresent(row -> row.photographer = photographerId);
    }

    @Override
    public synchronized boolean wasAskedZone(long userId) {
        return row(userId).map(row -> row.zoneAsked).orElse(false);
    }

    @Override
    public synchronized boolean firstZoneQuestion(long userId, Instant now) {
        Optional<Row> first = row(userId).filter(row -> !row.zoneAsked);
        first.ifPresent(row -> row.zoneAsked = true);
        return first.isPresent();
    }

    @Override
    public synchronized boolean firstScriptOffer(long userId, Instant now) {
        Optional<Row> first = row(userId).filter(row -> !row.scriptOffered);
        first.ifPresent(row -> row.scriptOffered = true);
        return first.isPresent();
    }

    private Optional<Row> row(long userId) {
        return Optional.ofNullable(rows.get(userId));
    }

    private static Person person(long userId, Row row) {
        return new Person(userId, row.name, row.telegramLanguage, row.chosenLocale, row.zone);
    }
}
