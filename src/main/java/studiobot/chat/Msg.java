package studiobot.chat;

import java.util.LinkedHashMap;
import java.util.Map;

/** A message key of the bundles with its named arguments; rendered per recipient's locale. */
public record Msg(String key, Map<String, Object> args) {
    public Msg {
        args = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    /** Text that is already in the right language (a language's own name, say); escaped, not looked up. */
    public static Msg verbatim(String text) {
        return new Msg("", Map.of("text", text));
    }

    /**
     * Markup already checked to be what Telegram accepts (a text an admin is previewing, which
     * passed the bundle check): sent as it is in a message, as its plain text on a button.
     */
    public static Msg checkedHtml(String html) {
        return new Msg("", Map.of(CHECKED_HTML, html));
    }

    private static final String CHECKED_HTML = "checkedHtml";

    /** The markup of {@link #checkedHtml}, if this is one. */
    public java.util.Optional<String> html() {
        return isVerbatim() && args.get(CHECKED_HTML) instanceof String h ? java.util.Optional.of(h) : java.util.Optional.empty();
    }

    public boolean isVerbatim() {
        return key.isEmpty();
    }

    /**
     * A whole message in a language fixed when it was made, not the recipient's at sending: the
     * last message to a client whose data is erased, when nothing knows their language any more.
     */
    public static Msg inLanguage(String languageTag, Msg msg) {
        return new Msg("", Map.of(IN_LANGUAGE, new InLanguage(languageTag, msg)));
    }

    private static final String IN_LANGUAGE = "inLanguage";

    /** The message and language of {@link #inLanguage}, if this is one. */
    public java.util.Optional<InLanguage> fixedLanguage() {
        return isVerbatim() && args.get(IN_LANGUAGE) instanceof InLanguage in ? java.util.Optional.of(in) : java.util.Optional.empty();
    }

    public static Msg of(String key) {
        return new Msg(key, Map.of());
    }

    public static Msg of(String key, Map<String, Object> args) {
        return new Msg(key, args);
    }

    public static Msg of(String key, String name, Object value) {
        return new Msg(key, Map.of(name, value));
    }

    public static Msg of(String key, String n1, Object v1, String n2, Object v2) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put(n1, v1);
        args.put(n2, v2);
        return new Msg(key, args);
    }

    /**
     * Messages joined in order by a two-part message (its {@code first} and {@code rest}, e.g.
     * "{first}, {rest}" or "{first}\n{rest}"), nested: a list said with the bundle's own separator.
     */
    public static Msg joined(java.util.List<Msg> parts, String key) {
        if (parts.isEmpty()) {
            return verbatim("");
        }
        Msg rest = parts.get(parts.size() - 1);
        for (int i = parts.size() - 2; i >= 0; i--) {
            rest = of(key, "first", parts.get(i), "rest", rest);
        }
        return rest;
    }

    /** A message as another person will read it, in their language: a check-in shown to the photographer before it goes. */
    public record InLanguage(String languageTag, Msg msg) {}

}
