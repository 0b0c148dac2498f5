package studiobot.store;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import studiobot.people.People;
import studiobot.people.Person;

/** Everyone the bot has met, in SQLite. */
public final class SqlitePeople implements People {
    private final Database db;

    public SqlitePeople(Database db) {
        this.db = db;
    }

    @Override
    public Person seen(long userId, String name, String telegramLanguage, Instant now) {
        return db.inTransaction(() -> {
            db.update("""
                    INSERT INTO person (user_id, name, telegram_language, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (user_id) DO UPDATE SET name = excluded.name,
                        telegram_language = COALESCE(excluded.telegram_language, person.telegram_language),
                        last_seen = excluded.last_seen""",
                    userId, name, telegramLanguage, now, now);
            return find(userId).orElseThrow();
        });
    }

    @Override
    public Optional<Person> find(long userId) {
        return db.queryOne("SELECT user_id, name, telegram_language, chosen_locale, zone FROM person WHERE user_id = ?",
                rs -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5) == null ? null : ZoneId.of(rs.getString(5))),
                userId);
    }

    @Override
    public void chooseLocale(long userId, String languageTag) {
        db.update("UPDATE person SET chosen_locale = ? WHERE user_id = ?", languageTag, userId);
    }

    @Override
    public void setZone(long userId, ZoneId zone) {
        db.update("UPDATE person SET zone = ? WHERE user_id = ?", zone.getId(), userId);
    }

    @Override
    public Optional<String> awaiting(long userId) {
        return db.queryOne("SELECT awaiting FROM person WHERE user_id = ?", rs -> rs.getString(1), userId);
    }

    @Override
    public void setAwaiting(long userId, String topic) {
        db.update("UPDATE person SET awaiting = ? WHERE user_id = ?", topic, userId);
    }

    @Override
    public Optional<Long> photographerOf(long clientId) {
        return db.queryOne("SELECT photographer_id FROM person WHERE user_id = ?",
                rs -> rs.getObject(1) == null ? null : rs.getLong(1), clientId);
    }

    @Override
    public void takeClient(long clientId, long photographerId) {
        db.update("UPDATE person SET photographer_id = ? WHERE user_id = ? AND photographer_id IS NULL", photographerId, clientId);
    }

    @Override
    public boolean wasAskedZone(long userId) {
        return db.queryOne("SELECT zone_asked_at IS NOT NULL FROM person WHERE user_id = ?", rs -> rs.getBoolean(1), userId).orElse(false);
    }

    @Override
    public boolean firstZoneQuestion(long userId, Instant now) {
        return db.update("UPDATE person SET zone_asked_at = ? WHERE user_id = ? AND zone_asked_at IS NULL", now, userId) == 1;
    }

    @Override
    public boolean firstScriptOffer(long userId, Instant now) {
        return db.update("UPDATE person SET script_offered_at = ? WHERE user_id = ? AND script_offered_at IS NULL", now, userId) == 1;
    }
}
