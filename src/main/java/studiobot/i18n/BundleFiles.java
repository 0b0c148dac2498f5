package studiobot.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The message files of a folder as an admin edits them in the chat: one value read from disk,
 * a new value checked exactly as {@code messages check} checks the folder, and saved by rewriting
 * only that entry's lines (comments, order and every other line byte for byte the same) into a
 * temporary file moved over the old one. A save names the value it replaces: when the file holds
 * another by then (an edit on disk meanwhile), nothing is written.
 */
public final class BundleFiles {
    /** A save that found another value on disk than the one the edit started from. */
    public static final class Conflict extends RuntimeException {
        private final String current;

        Conflict(String current) {
            super("the value on disk changed", null, false, false);
            this.current = current;
        }

        /** What the file holds now (null: the key is not there). */
        public String current() {
            return current;
        }
    }

    private final Path dir;
    private final Messages messages;
    private final BundleWatch watch;
    private final Set<String> packages;

    /**
     * @param watch the folder's watch, which must not take the chat's own edit for a change on disk (null: none)
     * @param packages the studio's package ids as its facts name them (see {@link BundleCheck#packageFactIds})
     */
    public BundleFiles(Path dir, Messages messages, BundleWatch watch, Set<String> packages) {
        this.dir = dir;
        this.messages = messages;
        this.watch = watch;
        this.packages = Set.copyOf(packages);
    }

    public Path dir() {
        return dir;
    }

    /** The value of a key as the file holds it now; empty when the key (or the file) is not there. */
    public Optional<String> value(String tag, String key) {
        return read(tag).flatMap(text -> PropertiesLines.parse(text).entries().stream()
                .filter(e -> e.key().equals(key)).reduce((a, b) -> b).map(PropertiesLines.Entry::value));
    }

    /**
     * The problems the folder would have with this value, which it does not have now; empty when
     * the value can go into service. Exactly the checks of {@code messages check}.
     */
    public List<String> problemsWith(String tag, String key, String value) {
        Map<Path, byte[]> now = contents();
        Path file = file(tag);
        Set<String> before = problemsNow(now);
        Map<Path, byte[]> candidate = new LinkedHashMap<>(now);
        candidate.put(file, withValue(new String(now.getOrDefault(file, new byte[0]), StandardCharsets.UTF_8), tag, key, value)
                .getBytes(StandardCharsets.UTF_8));
        List<String> added = new ArrayList<>();
        for (BundleCheck.Problem p : BundleCheck.check(dir, candidate, packages)) {
            // every problem of the text edited; of the others, only those the edit brings
            if (p.key().equals(key) && p.file().getFileName().equals(file.getFileName()) || !before.contains(problemText(p))) {
                added.add((p.key().isEmpty() ? "" : p.key() + ": ") + p.message());
            }
        }
        if (tag.equals(Bundles.BASE)) {
            added.addAll(englishKindProblems(key, value));
        }
        return added;
    }

    /**
     * The code gives each argument of an English text the kind the English in service shows (text,
     * a number, a date, a choice): an edit may drop an argument, not add one the code does not
     * give, nor change one's kind.
     */
    private List<String> englishKindProblems(String key, String value) {
        Optional<String> inService = messages.bundles().base().pattern(key);
        if (inService.isEmpty()) {
            return List.of();
        }
        Map<String, String> was = kinds(inService.get());
        Map<String, String> would = kinds(value);
        List<String> problems = new ArrayList<>();
        would.forEach((name, kind) -> {
            if (!was.containsKey(name)) {
                problems.add(key + ": {" + name + "} is not an argument the bot gives this text (it gives "
                        + (was.isEmpty() ? "none" : String.join(", ", was.keySet().stream().map(n -> "{" + n + "}").toList())) + ")");
            } else if (!was.get(name).equals(kind)) {
                problems.add(key + ": {" + name + "} is " + was.get(name) + " in the text in service and would be " + kind
                        + "; the bot gives it as " + was.get(name));
            }
        });
        return problems;
    }

    private static Map<String, String> kinds(String value) {
        Map<String, String> kinds = new LinkedHashMap<>();
        com.ibm.icu.text.MessagePattern pattern;
        try {
            pattern = new com.ibm.icu.text.MessagePattern(value);
        } catch (IllegalArgumentException e) {
            return kinds;
        }
        for (int i = 0; i < pattern.countParts(); i++) {
            com.ibm.icu.text.MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() != com.ibm.icu.text.MessagePattern.Part.Type.ARG_START) {
                continue;
            }
            String name = pattern.getSubstring(pattern.getPart(i + 1));
            String kind = switch (part.getArgType()) {
                case PLURAL, SELECTORDINAL, CHOICE -> "a number";
                case SELECT -> "a choice";
                case SIMPLE -> {
                    String type = pattern.getSubstring(pattern.getPart(i + 2));
                    yield type.equals("date") || type.equals("time") ? "a date" : "a number";
                }
                default -> "text";
            };
            kinds.putIfAbsent(name, kind);
        }
        return kinds;
    }

    /**
     * Writes the value in place of {@code expected} (null: the key was not there), or removes the
     * key when {@code value} is null; refuses with {@link Conflict} when the file holds something
     * else now. Puts the new bundle in service.
     */
    public synchronized void save(String tag, String key, String expected, String value) {
        Runnable write = () -> write(tag, key, expected, value);
        if (watch == null) {
            write.run();
        } else {
            watch.applyEdit(tag + ".properties", write);
        }
    }

    private void write(String tag, String key, String expected, String value) {
        String current = value(tag, key).orElse(null);
        if (java.util.Objects.equals(current, value)) {
            // the file holds it already (a save whose record was lost): nothing to write
            putInService(tag, key, value);
            return;
        }
        if (!java.util.Objects.equals(current, expected)) {
            throw new Conflict(current);
        }
        String text = read(tag).orElse("");
        String next = value == null ? without(text, key) : withValue(text, tag, key, value);
        Path file = file(tag);
        try {
            Path temp = Files.createTempFile(dir, "." + tag + "-", ".properties.tmp");
            try {
                try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(temp,
                        java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                    channel.write(java.nio.ByteBuffer.wrap(next.getBytes(StandardCharsets.UTF_8)));
                    channel.force(true);
                }
                if (Files.exists(file)) {
                    copyPermissions(file, temp);
                }
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("saving " + file, e);
        }
        putInService(tag, key, value);
    }

    /** The bundle in service with this one value changed: what else the file holds on disk was checked (or refused) by the watch. */
    private void putInService(String tag, String key, String value) {
        Map<String, Bundle> inService = new LinkedHashMap<>();
        messages.bundles().languageTags().forEach(t -> inService.put(t, messages.bundles().bundle(t).orElseThrow()));
        Map<String, String> patterns = new LinkedHashMap<>(inService.containsKey(tag) ? inService.get(tag).patterns() : Map.of());
        if (value == null) {
            patterns.remove(key);
        } else {
            patterns.put(key, value);
        }
        inService.put(tag, new Bundle(tag, patterns));
        messages.replace(new Bundles(inService));
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the new file has the folder's defaults
        }
    }

    /**
     * The value rendered with an example for each placeholder, as a reader would see it; the
     * examples are named by the placeholder where a name says what it is ("client" is a name).
     */
    public String preview(String tag, String value, Map<String, Object> examples) {
        MessageFormat format = new MessageFormat(value, new ULocale(tag));
        return format.format(examples);
    }

    /** The placeholders of a value, in the order they first appear. */
    public static List<String> placeholders(String value) {
        Set<String> names = new LinkedHashSet<>();
        com.ibm.icu.text.MessagePattern pattern = new com.ibm.icu.text.MessagePattern(value);
        for (int i = 0; i < pattern.countParts(); i++) {
            com.ibm.icu.text.MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == com.ibm.icu.text.MessagePattern.Part.Type.ARG_NAME) {
                names.add(pattern.getSubstring(part));
            }
        }
        return List.copyOf(names);
    }

    /** An example value for each placeholder of the value: a number where it counts, a date where it is one, a word else. */
    public static Map<String, Object> examples(String value, Map<String, String> words, Instant now) {
        Map<String, Object> examples = new LinkedHashMap<>();
        com.ibm.icu.text.MessagePattern pattern = new com.ibm.icu.text.MessagePattern(value);
        for (int i = 0; i < pattern.countParts(); i++) {
            com.ibm.icu.text.MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() != com.ibm.icu.text.MessagePattern.Part.Type.ARG_START) {
                continue;
            }
            String name = pattern.getSubstring(pattern.getPart(i + 1));
            Object example = switch (part.getArgType()) {
                case PLURAL, SELECTORDINAL, CHOICE -> 2;
                case SELECT -> "other";
                case SIMPLE -> {
                    String type = pattern.getSubstring(pattern.getPart(i + 2));
                    yield type.equals("date") || type.equals("time") ? java.util.Date.from(now) : 2;
                }
                default -> words.getOrDefault(name, "‹" + name + "›");
            };
            examples.putIfAbsent(name, example);
        }
        return examples;
    }

    private Path file(String tag) {
        return dir.resolve(tag + ".properties");
    }

    private Optional<String> read(String tag) {
        Path file = file(tag);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }

    private Map<Path, byte[]> contents() {
        Map<Path, byte[]> contents = new LinkedHashMap<>();
        for (Path file : BundleCheck.bundleFiles(dir)) {
            try {
                contents.put(file, Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + file, e);
            }
        }
        return contents;
    }

    /** The folder's problems as it is, checked once per state of its files (an admin's retries and Save reuse them). */
    private synchronized Set<String> problemsNow(Map<Path, byte[]> now) {
        int state = now.entrySet().stream().mapToInt(e -> e.getKey().hashCode() * 31 + java.util.Arrays.hashCode(e.getValue())).sum();
        if (checkedState == null || checkedState != state) {
            checkedProblems = problemTexts(BundleCheck.check(dir, now, packages));
            checkedState = state;
        }
        return checkedProblems;
    }

    private Integer checkedState;
    private Set<String> checkedProblems;

    private static Set<String> problemTexts(List<BundleCheck.Problem> problems) {
        Set<String> texts = new LinkedHashSet<>();
        problems.forEach(p -> texts.add(problemText(p)));
        return texts;
    }

    /** A problem without line numbers, which an inserted or joined line shifts. */
    private static String problemText(BundleCheck.Problem p) {
        return p.file().getFileName() + "|" + p.key() + "|" + p.message().replaceAll("line \\d+", "line");
    }

    /**
     * The text with the key's value replaced, its physical lines (a value continued with
     * backslashes spans several) becoming one; a key the file lacks goes after the key that
     * precedes it in English, or at the end.
     */
    String withValue(String text, String tag, String key, String value) {
        String entry = escapeKey(key) + "=" + escapeValue(value) + (text.contains("\r\n") ? "\r" : "");
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int[] span = span(text, key);
        if (span != null) {
            for (int i = span[1] - 1; i >= span[0]; i--) {
                lines.remove(i);
            }
            lines.add(span[0], entry);
            return String.join("\n", lines);
        }
        List<String> english = new ArrayList<>(messages.bundles().base().patterns().keySet());
        int at = english.indexOf(key);
        for (int k = at - 1; k >= 0; k--) {
            int[] before = span(text, english.get(k));
            if (before != null) {
                lines.add(before[1], entry);
                return String.join("\n", lines);
            }
        }
        boolean endsWithNewline = text.endsWith("\n");
        if (endsWithNewline) {
            lines.add(lines.size() - 1, entry);
        } else {
            lines.add(entry);
        }
        return String.join("\n", lines);
    }

    private static String without(String text, String key) {
        int[] span = span(text, key);
        if (span == null) {
            return text;
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        for (int i = span[1] - 1; i >= span[0]; i--) {
            lines.remove(i);
        }
        return String.join("\n", lines);
    }

    /** The physical lines [from, to) of the key's last entry (0-based), or null. */
    private static int[] span(String text, String key) {
        PropertiesLines parsed = PropertiesLines.parse(text);
        List<PropertiesLines.Entry> entries = parsed.entries();
        for (int e = entries.size() - 1; e >= 0; e--) {
            if (entries.get(e).key().equals(key)) {
                int from = entries.get(e).line() - 1;
                String[] lines = text.split("\n", -1);
                int to = from + 1;
                while (to <= lines.length && PropertiesLines.endsWithContinuation(lines[to - 1].replace("\r", ""))) {
                    to++;
                }
                return new int[] {from, Math.min(to, lines.length)};
            }
        }
        return null;
    }

    private static String escapeKey(String key) {
        return key.replace("\\", "\\\\").replace("=", "\\=").replace(":", "\\:").replace(" ", "\\ ");
    }

    /** A value as a .properties line holds it: UTF-8 as it is, line breaks and tabs as escapes, a leading space kept. */
    static String escapeValue(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case ' ' -> out.append(i == 0 ? "\\ " : " ");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
