package studiobot.people;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** Port: everyone the bot has met. */
public interface People {
    /** Records that this person just wrote (name and app language refreshed) and returns them. */
    Person seen(long userId, String name, String telegramLanguage, Instant now);

    Optional<Person> find(long userId);

    void chooseLocale(long userId, String languageTag);

    void setZone(long userId, ZoneId zone);

    /** What the bot asked this person and waits for them to answer, if anything. */
    Optional<String> awaiting(long userId);

    /** Remembers what the bot now waits for from this person; null when nothing. */
    void setAwaiting(long userId, String topic);

    /** The photographer (Telegram id) who took this client, if one has. */
    Optional<Long> photographerOf(long clientId);

    /** The first photographer to answer a client takes them; later calls change nothing. */
    void takeClient(long clientId, long photographerId);

    /** True the first time only: whether the bot may still ask this person for their zone unprompted. */
    boolean firstZoneQuestion(long userId, Instant now);

    /** Whether the bot has asked this person for their zone (and so may read a typed place as the answer). */
    boolean wasAskedZone(long userId);

    /** True the first time only: whether the bot may still offer a language switch to this person. */
    boolean firstScriptOffer(long userId, Instant now);
}
