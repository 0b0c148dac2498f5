package studiobot.people;

import java.time.ZoneId;
import java.util.Optional;

/**
 * Someone the bot has met, known by their Telegram user id (also their private chat id).
 * {@code telegramLanguage} is what their app reports; {@code chosenLocale} what they picked; the
 * zone is unknown until they tell it.
 */
public record Person(long userId, String name, String telegramLanguage, String chosenLocale, ZoneId zone) {
    public Optional<String> chosen() {
        return Optional.ofNullable(chosenLocale);
    }

    /**
     * Whether the id stands for a client whose data was erased: their shoots that took place are
     * kept under an id below zero (Telegram's user ids are positive), which belongs to no one.
     */
    public static boolean isErased(long userId) {
        return userId < 0;
    }

    public Optional<ZoneId> knownZone() {
        return Optional.ofNullable(zone);
    }
}
