package studiobot.i18n;

/** Escaping for Telegram's HTML parse mode, which recognises only &lt; &gt; &amp; and &quot;. */
public final class Html {
    private Html() {}

    /** Telegram HTML as the plain text it shows: tags dropped, the four entities read back. */
    public static String plain(String html) {
        return html.replaceAll("</?(b|i|u|s|code|pre|a|blockquote|tg-spoiler)( [^>]*)?>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
