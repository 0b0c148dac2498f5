package studiobot.i18n;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import studiobot.chat.Msg;

/**
 * Renders message keys in a language with ICU MessageFormat. Text arguments are escaped for
 * Telegram's HTML before they go in: a name like {@code <b>Bob & Co</b>} shows as typed and cannot
 * break the markup. A key missing in a language falls back to English (logged); a key missing everywhere
 * renders as {@code ⟦key⟧} and is logged, so a gap is visible but never a crash.
 */
public final class Messages {
    private static final Logger log = LogManager.getLogger(Messages.class);

    private final AtomicReference<Bundles> bundles;
    private final Formats values;
    private final Cache<String, MessageFormat> formats = Caffeine.newBuilder().maximumSize(5_000).build();

    /** Messages whose zone arguments are named by the zone id's city part (tests, tools). */
    public Messages(Bundles bundles) {
        this(bundles, new Formats((zone, tag) -> zone.getId().substring(zone.getId().lastIndexOf('/') + 1).replace('_', ' ')));
    }

    public Messages(Bundles bundles, Formats values) {
        this.bundles = new AtomicReference<>(bundles);
        this.values = values;
    }

    /** Puts a new set of bundles in service (compiled patterns of the old set are dropped). */
    public void replace(Bundles next) {
        bundles.set(next);
        formats.invalidateAll();
    }

    public Bundles bundles() {
        return bundles.get();
    }

    public Set<String> languageTags() {
        return bundles.get().languageTags();
    }

    /** The first day of the week on a calendar shown in this language. */
    public java.time.DayOfWeek firstDayOfWeek(String languageTag) {
        return Formats.firstDayOfWeek(new ULocale(languageTag));
    }

    /** A calendar day as typed by a reader of this language, if it is one (see {@link Formats#readDay}). */
    public java.util.Optional<java.time.LocalDate> readDay(String languageTag, String text) {
        return values.readDay(text, new ULocale(languageTag));
    }

    /** Renders a message without reader-specific arguments (times are shown in UTC). */
    public String render(String languageTag, Msg msg) {
        return render(languageTag, java.time.ZoneOffset.UTC, java.time.Instant.EPOCH, msg);
    }

    /**
     * Renders a message for a reader: their language, and their zone and the present moment for
     * the {@link studiobot.chat.Arg} values among the arguments.
     */
    public String render(String languageTag, java.time.ZoneId zone, java.time.Instant now, Msg msg) {
        return render(languageTag, zone, now, msg, true);
    }

    /** Renders a button label: Telegram shows labels as plain text, so nothing is escaped. */
    public String renderLabel(String languageTag, java.time.ZoneId zone, java.time.Instant now, Msg msg) {
        return render(languageTag, zone, now, msg, false);
    }

    private String render(String languageTag, java.time.ZoneId zone, java.time.Instant now, Msg msg, boolean html) {
        if (msg.fixedLanguage().isPresent()) {
            return render(msg.fixedLanguage().get().languageTag(), zone, now, msg.fixedLanguage().get().msg(), html);
        }
        if (msg.html().isPresent()) {
            return html ? msg.html().get() : Html.plain(msg.html().get());
        }
        if (msg.isVerbatim()) {
            String text = String.valueOf(msg.args().get("text"));
            return html ? Html.escape(text) : text;
        }
        Bundles current = bundles.get();
        String tag = current.bundle(languageTag).isPresent() ? languageTag : Bundles.BASE;
        String pattern = current.bundle(tag).flatMap(b -> b.pattern(msg.key())).orElse(null);
        if (pattern == null && !tag.equals(Bundles.BASE)) {
            // a key this language lacks (removed since the message was stored, say): the whole
            // message is said in the base language, its parts and formats too, never half and half
            log.warn("message key {} is not in the {} bundle; rendered in {}", msg.key(), tag, Bundles.BASE);
            return render(Bundles.BASE, zone, now, msg, html);
        }
        if (pattern == null) {
            log.warn("message key {} is in no bundle", msg.key());
            return "⟦" + msg.key() + "⟧";
        }
        String formatTag = tag;
        String finalPattern = new ULocale(tag).isRightToLeft() ? anchoredRightToLeft(pattern) : pattern;
        MessageFormat format = formats.get(tag + "\u0000" + msg.key(), k -> new MessageFormat(finalPattern, new ULocale(formatTag)));
        Map<String, Object> args = new HashMap<>();
        ULocale locale = new ULocale(languageTag);
        msg.args().forEach((name, value) -> {
            if (value instanceof Msg.InLanguage quoted) {
                // a message as another person will read it: in their language, rendered, and already safe markup
                args.put(name, render(quoted.languageTag(), zone, now, quoted.msg(), html));
            } else if (value instanceof Msg inner) {
                // a message inside a message (an item of a list): rendered, and already safe markup
                args.put(name, render(languageTag, zone, now, inner, html));
            } else if (value instanceof List<?> items) {
                args.put(name, items.stream().map(i -> render(languageTag, zone, now, (Msg) i, html)).collect(Collectors.joining("\n\n")));
            } else {
                Object shown = values.render(value, locale, zone, now);
                args.put(name, html && shown instanceof CharSequence s ? Html.escape(s.toString()) : shown);
            }
        });
        synchronized (format) {
            return format.format(args);
        }
    }

    private static final char RLM = '\u200F';
    private static final java.util.regex.Pattern LONE_PLACEHOLDER = java.util.regex.Pattern.compile("\\s*(<[^>]+>)*\\{\\w+}(</[^>]+>)*\\s*");

    /**
     * A right-to-left pattern whose lines each read right to left: a line whose first strong
     * character would be left-to-right (a placeholder for a Latin name, a Latin word) gets a
     * leading RIGHT-TO-LEFT MARK. Without it Telegram lays "{photographer} خارج أوقات العمل" out
     * left to right once the name is "Anna". A line that is one placeholder alone (a client's
     * quoted words, a list of items) keeps the direction of what it holds.
     * The mark is Pattern_White_Space to ICU, so it is safe anywhere in a pattern.
     */
    static String anchoredRightToLeft(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length() + 8);
        String[] lines = pattern.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i > 0) {
                out.append('\n');
            }
            if (startsLeftToRight(line) && !LONE_PLACEHOLDER.matcher(line).matches()) {
                out.append(RLM);
            }
            out.append(line);
        }
        return out.toString();
    }

    /** Whether the first strong thing on the line, HTML tags skipped, is a placeholder or a left-to-right letter. */
    private static boolean startsLeftToRight(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '<') {
                int end = line.indexOf('>', i);
                if (end < 0) {
                    return false;
                }
                i = end;
                continue;
            }
            if (c == '{') {
                return true;
            }
            byte d = Character.getDirectionality(c);
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return true;
            }
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return false;
            }
        }
        return false;
    }

}
