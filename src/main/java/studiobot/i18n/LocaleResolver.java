package studiobot.i18n;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import studiobot.people.Person;
import studiobot.people.Staff;

/**
 * Which bundle speaks to a person: their own choice; else, for a photographer, the locale of the
 * config; else their Telegram language narrowed step by step ({@code zh-hant} → {@code zh}); else
 * the studio's default.
 */
public final class LocaleResolver {
    private final Supplier<Set<String>> available;
    private final Staff staff;
    private final String studioDefault;

    public LocaleResolver(Supplier<Set<String>> available, Staff staff, String studioDefault) {
        this.available = available;
        this.staff = staff;
        this.studioDefault = studioDefault;
    }

    public String languageOf(Person person) {
        Optional<String> chosen = person.chosen().flatMap(this::match);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        Optional<String> configured = staff.photographer(person.userId()).flatMap(p -> match(p.locale()));
        if (configured.isPresent()) {
            return configured.get();
        }
        return fromTelegram(person.telegramLanguage());
    }

    /** The bundle for a Telegram {@code language_code}, falling back to the studio default. */
    public String fromTelegram(String languageCode) {
        return match(languageCode).orElseGet(() -> match(studioDefault).orElse(Bundles.BASE));
    }

    /** The most specific shipped bundle for a tag: "zh-Hant-TW" tries zh-hant-tw, zh-hant, zh. */
    public Optional<String> match(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        Set<String> tags = available.get();
        String candidate = tag.trim().replace('_', '-').toLowerCase(Locale.ROOT);
        while (!candidate.isEmpty()) {
            for (String t : tags) {
                if (t.toLowerCase(Locale.ROOT).equals(candidate)) {
                    return Optional.of(t);
                }
            }
            int dash = candidate.lastIndexOf('-');
            candidate = dash < 0 ? "" : candidate.substring(0, dash);
        }
        return Optional.empty();
    }
}
