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
}
