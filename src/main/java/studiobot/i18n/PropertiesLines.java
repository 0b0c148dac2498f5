package studiobot.i18n;

import java.util.ArrayList;
import java.util.List;

/**
 * A .properties text read the way {@link java.util.Properties#load(java.io.Reader)} reads it, but
 * keeping the line each entry starts on and reporting what {@code Properties} would refuse (a
 * malformed unicode escape) instead of throwing. Entries are in file order, duplicates included.
 */
record PropertiesLines(List<Entry> entries, List<Malformed> malformed) {
    PropertiesLines {
        entries = List.copyOf(entries);
        malformed = List.copyOf(malformed);
    }

    /** One {@code key=value}; {@code line} is the first line of a value continued with backslashes. */
    record Entry(int line, String key, String value) {}

    record Malformed(int line, String message) {}

    static PropertiesLines parse(String text) {
        List<String> lines = text.lines().toList();
        List<Entry> entries = new ArrayList<>();
        List<Malformed> malformed = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int line = i + 1;
            String logical = stripLeadingWhitespace(lines.get(i));
            i++;
            if (logical.isEmpty() || logical.charAt(0) == '#' || logical.charAt(0) == '!') {
                continue;
            }
            while (endsWithContinuation(logical)) {
                logical = logical.substring(0, logical.length() - 1);
                if (i < lines.size()) {
                    logical += stripLeadingWhitespace(lines.get(i));
                    i++;
                } else {
                    break;
                }
            }
            entries.add(entry(line, logical, malformed));
        }
        return new PropertiesLines(entries, malformed);
    }

    /** Splits a logical line at the first unescaped {@code =}, {@code :} or whitespace, as Properties does. */
    private static Entry entry(int line, String logical, List<Malformed> malformed) {
        int keyEnd = 0;
        int valueStart = logical.length();
        boolean separator = false;
        boolean escaped = false;
        while (keyEnd < logical.length()) {
            char c = logical.charAt(keyEnd);
            if (!escaped && (c == '=' || c == ':')) {
                valueStart = keyEnd + 1;
                separator = true;
                break;
            }
            if (!escaped && isWhitespace(c)) {
                valueStart = keyEnd + 1;
                break;
            }
            escaped = c == '\\' && !escaped;
            keyEnd++;
        }
        while (valueStart < logical.length()) {
            char c = logical.charAt(valueStart);
            if (!isWhitespace(c)) {
                if (separator || (c != '=' && c != ':')) {
                    break;
                }
                separator = true;
            }
            valueStart++;
        }
        String key = unescape(logical.substring(0, keyEnd), line, malformed);
        if (key.isEmpty()) {
            malformed.add(new Malformed(line, "the line has a value but no key"));
        }
        return new Entry(line, key, unescape(logical.substring(valueStart), line, malformed));
    }

    private static String unescape(String text, int line, List<Malformed> malformed) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (i == text.length()) {
                break;
            }
            c = text.charAt(i++);
            switch (c) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    String hex = text.substring(i, Math.min(i + 4, text.length()));
                    if (hex.length() == 4 && hex.chars().allMatch(h -> Character.digit(h, 16) >= 0)) {
                        out.append((char) Integer.parseInt(hex, 16));
                        i += 4;
                    } else {
                        malformed.add(new Malformed(line, "malformed escape \\u" + hex
                                + ": \\u must be followed by four hex digits (java.util.Properties refuses the whole file)"));
                        out.append('u');
                    }
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** An odd number of trailing backslashes: the last one joins the next line. */
    static boolean endsWithContinuation(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static String stripLeadingWhitespace(String line) {
        int i = 0;
        while (i < line.length() && isWhitespace(line.charAt(i))) {
            i++;
        }
        return line.substring(i);
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }
}
