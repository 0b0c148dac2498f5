package studiobot.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a folder of message bundles ({@code <tag>.properties}) before they go into service: the
 * file reads as UTF-8 {@code .properties}, every value compiles as an ICU MessageFormat pattern,
 * every language has the keys and placeholders of English and the plural categories of its own
 * language (CLDR), and every value rendered with sample arguments is what Telegram accepts: its
 * HTML subset and its lengths. Lengths are counted in UTF-16 code units, the stricter count.
 */
public final class BundleCheck {
    static final int MESSAGE_LIMIT = 4096;
    static final int BUTTON_LIMIT = 64;
    static final int DESCRIPTION_LIMIT = 256;

    /** A text argument's sample; plural and number arguments take every number of {@link #NUMBERS} in turn. */
    static final String TEXT = "Maria";
    static final List<Object> NUMBERS = List.of(0, 1, 2, 3, 5, 11, 21, 100, 1000);
    private static final Date DATE = new Date(1_764_590_400_000L); // 2025-12-01T12:00:00Z

    private static final List<String> CATEGORY_ORDER = List.of("zero", "one", "two", "few", "many", "other");
    private static final Pattern BUTTON = Pattern.compile("menu\\..+|.+\\.(yes|no|keep|button)");
    /**
     * The button labels whose keys do not say so by their name; a test reads the sources and fails
     * on a label key that is neither here nor named like one.
     */
    private static final Set<String> BUTTON_LABELS = Set.of("agenda.back", "agenda.cancel", "agenda.gallery", "agenda.markDone",
            "agenda.markNoShow", "agenda.move", "agenda.open", "agenda.sneakPeek", "booking.back", "booking.calendar.day", "booking.cancel",
            "booking.confirm", "booking.mine.back", "booking.mine.cancel", "booking.mine.open", "booking.mine.reschedule", "booking.skip",
            "delivery.discard", "delivery.owed.open", "delivery.send", "faq.closest.none", "feedback.offerRemedy", "feedback.resolve",
            "feedback.skip", "feedback.star", "handoff.reply", "nudge.lost", "nudge.mine", "nudge.own", "nudge.send", "nudge.snooze",
            "packages.book", "stats.days", "stats.scope.studio", "messages.language", "messages.walk.missing", "messages.walk.stale",
            "messages.back.languages", "messages.back.language", "messages.skip", "messages.save", "messages.discard", "team.open",
            "team.back", "handoff.close");
    private static final Pattern BUTTON_PREFIXED = Pattern.compile("feedback\\.remedy\\.(?!chosen$|already$)[a-zA-Z]+");
    private static final Pattern DESCRIPTION = Pattern.compile("command\\..+\\.description");
    /** An FAQ question is a button too, and the FAQ's own rule keeps it to {@value #FAQ_QUESTION_LIMIT} characters. */
    private static final Pattern FAQ_QUESTION = Pattern.compile("faq\\..+\\.question");
    private static final Pattern FAQ_ANSWER = Pattern.compile("faq\\..+\\.answer");

    /**
     * The studio's facts an FAQ answer may state as arguments, each from the config: its promises
     * after the shoot, its booking rules, its name and address, its packages (the front desk
     * passes exactly these).
     */
    public static final Set<String> FAQ_FACTS = Set.of("sneakPeekWithin", "galleryWithin", "changeCutoff", "minNotice", "horizon",
            "replyPromise", "slotStep", "buffer", "ratingAfter", "ratingReminderAfter", "quietAfter", "abandonedAfter", "inactiveAfter",
            "changesWindow", "anniversaryAhead", "liveLineIdle", "studio", "address", "hasAddress", "packages");
    /** One package's fact: {@code price_wedding}, {@code duration_family}, {@code photos_portrait} (a '-' in the id as '_'). */
    public static final Pattern PACKAGE_FACT = Pattern.compile("(price|duration|photos)_([a-z0-9_]+)");

    /**
     * The English FAQ answers stating a fact of a package not in {@code packages}, as problems
     * (line 0): what a start warns of, since it puts the files in service without the whole check.
     */
    public static List<Problem> unknownPackageFacts(Path file, Bundle english, Set<String> packages) {
        List<Problem> problems = new ArrayList<>();
        new TreeMap<>(english.patterns()).forEach((key, value) -> {
            if (FAQ_ANSWER.matcher(key).matches()) {
                try {
                    packageFactProblems(new MessagePattern(value), packages).forEach(m -> problems.add(new Problem(file, 0, key, m)));
                } catch (IllegalArgumentException unreadable) {
                    // not a pattern at all: the full check says so
                }
            }
        });
        return problems;
    }

    private static List<String> packageFactProblems(MessagePattern pattern, Set<String> packages) {
        return argumentNames(pattern).stream().map(PACKAGE_FACT::matcher).filter(Matcher::matches)
                .filter(m -> packages != null && !packages.contains(m.group(2)))
                .map(m -> "{" + m.group() + "} is the " + m.group(1) + " of a package the studio does not have ("
                        + m.group(2) + "); its packages: " + String.join(", ", new TreeSet<>(packages)))
                .toList();
    }

    /** The ids of packages as their facts name them: {@code mini_family} for {@code mini-family}. */
    public static Set<String> packageFactIds(java.util.Collection<String> packageIds) {
        return packageIds.stream().map(id -> id.replace('-', '_')).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether an FAQ answer may use this argument: a fact of the studio, or of one of its packages. */
    public static boolean isFaqFact(String name) {
        return FAQ_FACTS.contains(name) || PACKAGE_FACT.matcher(name).matches();
    }

    static final int FAQ_QUESTION_LIMIT = 60;
    private static final Pattern TAG = Pattern.compile(
            "<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\\s+[a-zA-Z][a-zA-Z0-9-]*(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?)*)\\s*>");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([a-zA-Z][a-zA-Z0-9-]*)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+)))?");
    private static final Pattern ENTITY = Pattern.compile("&(?:(lt|gt|amp|quot)|#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6}));");
    private static final Set<String> PLAIN_TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "tg-spoiler", "pre");
    private static final String TELEGRAM_TAGS = "b, strong, i, em, u, ins, s, strike, del, span class=\"tg-spoiler\", tg-spoiler, "
            + "a href, code, pre, blockquote, tg-emoji emoji-id";

    /** One thing to fix: line 0 and an empty key mean the whole file. */
    public record Problem(Path file, int line, String key, String message) {
        @Override
        public String toString() {
            return file + (line > 0 ? ":" + line : "") + ": " + (key.isEmpty() ? "" : key + ": ") + message;
        }
    }

    private BundleCheck() {}

    /** The bundles of a folder, by file name; none when it is not a folder. */
    public static List<Path> bundleFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, "*.properties")) {
            found.forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the message bundles in " + dir, e);
        }
        files.sort(Comparator.comparing(f -> f.getFileName().toString()));
        return files;
    }

    /**
     * Every problem of the bundles in a folder, by file and line; empty when they can go into
     * service. {@code packages} are the studio's package ids as its facts name them ({@code
     * mini_family} for {@code mini-family}): an FAQ answer stating the price of another is refused,
     * as a client would read the placeholder itself.
     */
    public static List<Problem> check(Path dir, Set<String> packages) {
        return checkFolder(dir, Set.copyOf(packages));
    }

    /** The same for no studio in particular: a package fact of any id passes. */
    public static List<Problem> check(Path dir) {
        return checkFolder(dir, null);
    }

    /** {@code packages} null: any package id passes. */
    private static List<Problem> checkFolder(Path dir, Set<String> packages) {
        if (!Files.isDirectory(dir)) {
            return List.of(new Problem(dir, 0, "", "is not a folder"));
        }
        Map<Path, byte[]> contents = new LinkedHashMap<>();
        List<Problem> unreadable = new ArrayList<>();
        for (Path file : bundleFiles(dir)) {
            try {
                contents.put(file, Files.readAllBytes(file));
            } catch (IOException e) {
                unreadable.add(new Problem(file, 0, "", "cannot be read: " + e));
            }
        }
        List<Problem> problems = new ArrayList<>(unreadable);
        problems.addAll(check(dir, contents, packages, LocaleData::inBuild));
        problems.sort(Comparator.comparing((Problem p) -> p.file().getFileName().toString()).thenComparingInt(Problem::line));
        return List.copyOf(problems);
    }

    /** The checks on the files' bytes, keyed by path ({@code <dir>/<tag>.properties}), for a studio with these packages. */
    static List<Problem> check(Path dir, Map<Path, byte[]> contents, Set<String> packages) {
        return check(dir, contents, Set.copyOf(packages), LocaleData::inBuild);
    }

    /**
     * The same, with {@code localeData} telling which languages have ICU's locale data in the
     * build; {@code packages} null: any package id passes.
     */
    static List<Problem> check(Path dir, Map<Path, byte[]> contents, Set<String> packages, Predicate<String> localeData) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Loaded> bundles = new TreeMap<>();
        contents.forEach((file, bytes) -> read(file, bytes, problems).ifPresent(b -> bundles.put(b.tag(), b)));
        Loaded english = bundles.get(Bundles.BASE);
        if (english == null && contents.keySet().stream().noneMatch(f -> tagOf(f).equals(Bundles.BASE))) {
            problems.add(new Problem(dir.resolve(Bundles.BASE + ".properties"), 0, "",
                    "missing: English is the base bundle every other language is checked against"));
        }
        for (Loaded bundle : bundles.values()) {
            if (!localeData.test(bundle.tag())) {
                problems.add(bundle.problem(0, "", LocaleData.missing(bundle.tag())));
            }
            if (english != null && bundle != english) {
                compareKeys(bundle, english, problems);
            }
            bundle.entries().forEach((key, entry) -> checkValue(bundle, entry, english, packages, problems));
        }
        return problems;
    }

    /** A bundle file that could be read: its entries by key, the last of duplicates (as Properties keeps it). */
    private record Loaded(Path file, String tag, Map<String, PropertiesLines.Entry> entries) {
        ULocale locale() {
            return new ULocale(tag);
        }

        Problem problem(int line, String key, String message) {
            return new Problem(file, line, key, message);
        }
    }

    private static Optional<Loaded> read(Path file, byte[] bytes, List<Problem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            problems.add(new Problem(file, lineAt(bytes, at), "", String.format(Locale.ROOT,
                    "is not valid UTF-8 (byte 0x%02X cannot be decoded); save the file as UTF-8", bytes[at] & 0xff)));
            return Optional.empty();
        }
        String text = out.flip().toString();
        if (text.startsWith("\uFEFF")) {
            problems.add(new Problem(file, 1, "", "starts with a byte order mark, which becomes part of the first key; save as UTF-8 without BOM"));
            text = text.substring(1);
        }
        PropertiesLines parsed = PropertiesLines.parse(text);
        parsed.malformed().forEach(m -> problems.add(new Problem(file, m.line(), "", m.message())));
        Map<String, PropertiesLines.Entry> entries = new LinkedHashMap<>();
        for (PropertiesLines.Entry entry : parsed.entries()) {
            PropertiesLines.Entry first = entries.remove(entry.key());
            if (first != null) {
                problems.add(new Problem(file, entry.line(), entry.key(), "duplicate key (first at line " + first.line() + "); the last one wins"));
            }
            entries.put(entry.key(), entry);
        }
        return Optional.of(new Loaded(file, tagOf(file), entries));
    }

    private static void compareKeys(Loaded bundle, Loaded english, List<Problem> problems) {
        english.entries().forEach((key, entry) -> {
            if (!bundle.entries().containsKey(key)) {
                problems.add(bundle.problem(0, key, "missing (English has it at line " + entry.line() + ")"));
            }
        });
        bundle.entries().forEach((key, entry) -> {
            if (!english.entries().containsKey(key)) {
                problems.add(bundle.problem(entry.line(), key, "unknown key: English has no such key"));
            }
        });
    }

    private static void checkValue(Loaded bundle, PropertiesLines.Entry entry, Loaded english, Set<String> packages,
                                   List<Problem> problems) {
        MessageFormat format;
        try {
            format = new MessageFormat(entry.value(), bundle.locale());
        } catch (IllegalArgumentException e) {
            problems.add(bundle.problem(entry.line(), entry.key(), "not a valid ICU MessageFormat pattern: " + e.getMessage()));
            return;
        }
        MessagePattern pattern = new MessagePattern(entry.value());
        Set<String> messages = new LinkedHashSet<>();
        if (english != null && bundle != english) {
            englishPattern(english, entry.key()).ifPresent(base -> messages.addAll(placeholderProblems(pattern, base)));
        }
        messages.addAll(pluralProblems(pattern, bundle.tag(), bundle.locale()));
        if (bundle == english && FAQ_ANSWER.matcher(entry.key()).matches()) {
            argumentNames(pattern).stream().filter(n -> !isFaqFact(n)).forEach(n -> messages.add("{" + n
                    + "} is not one of the studio's facts an FAQ answer can state (" + String.join(", ", new TreeSet<>(FAQ_FACTS))
                    + ", and price_<package>, duration_<package>, photos_<package>)"));
            messages.addAll(packageFactProblems(pattern, packages));
        }
        Map<String, List<Object>> samples = samples(pattern);
        if (english != null && bundle != english) {
            // the values are of the types English is given them in: a translation that formats a text as a number fails at run time
            Optional<MessagePattern> base = englishPattern(english, entry.key());
            List<String> types = base.map(b -> typeProblems(pattern, b)).orElse(List.of());
            messages.addAll(types);
            if (types.isEmpty()) {
                base.ifPresent(b -> samples.putAll(samples(b)));
            }
        }
        messages.addAll(renderedProblems(entry.key(), format, samples));
        messages.forEach(m -> problems.add(bundle.problem(entry.line(), entry.key(), m)));
    }

    private static Optional<MessagePattern> englishPattern(Loaded english, String key) {
        PropertiesLines.Entry entry = english.entries().get(key);
        if (entry == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new MessagePattern(entry.value()));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // reported on English's own line
        }
    }

    private static List<String> placeholderProblems(MessagePattern pattern, MessagePattern english) {
        Set<String> names = argumentNames(pattern);
        Set<String> expected = argumentNames(english);
        List<String> messages = new ArrayList<>();
        expected.stream().filter(n -> !names.contains(n))
                .forEach(n -> messages.add("placeholder {" + n + "} is missing (English has it)"));
        names.stream().filter(n -> !expected.contains(n))
                .forEach(n -> messages.add("placeholder {" + n + "} is not in English (English has "
                        + (expected.isEmpty() ? "none" : expected.stream().map(e -> "{" + e + "}").collect(Collectors.joining(", "))) + ")"));
        return messages;
    }

    /** Every argument name, also those inside plural and select messages. */
    private static Set<String> argumentNames(MessagePattern pattern) {
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            if (pattern.getPart(i).getType() == MessagePattern.Part.Type.ARG_START) {
                names.add(argumentName(pattern, i));
            }
        }
        return names;
    }

    private static String argumentName(MessagePattern pattern, int argStart) {
        MessagePattern.Part part = pattern.getPart(argStart + 1);
        return part.getType() == MessagePattern.Part.Type.ARG_NUMBER ? String.valueOf(part.getValue()) : pattern.getSubstring(part);
    }

    /**
     * An argument English takes as text (plain, or a select) that this translation formats as a
     * number, a plural or a date: the value the bot passes is text, so it cannot be shown.
     */
    private static List<String> typeProblems(MessagePattern pattern, MessagePattern base) {
        Map<String, String> english = kinds(base);
        Map<String, String> here = kinds(pattern);
        List<String> messages = new ArrayList<>();
        here.forEach((name, kind) -> {
            if (!kind.equals("text") && "text".equals(english.get(name))) {
                messages.add("{" + name + "} is text where the bot gives it (English writes it as text), so a " + kind
                        + " argument cannot show it; write {" + name + "} as English does");
            }
        });
        return messages;
    }

    /** What each argument is used as: a number (plural, selectordinal, number, choice), a date, or text; the most specific use wins. */
    private static Map<String, String> kinds(MessagePattern pattern) {
        Map<String, String> kinds = new TreeMap<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START) {
                continue;
            }
            String kind = switch (part.getArgType()) {
                case PLURAL, SELECTORDINAL, CHOICE -> "number";
                case SIMPLE -> {
                    String type = pattern.getSubstring(pattern.getPart(i + 2)).toLowerCase(Locale.ROOT);
                    yield type.equals("date") || type.equals("time") ? "date" : "number";
                }
                default -> "text";
            };
            kinds.merge(argumentName(pattern, i), kind, (a, b) -> a.equals("text") ? b : a);
        }
        return kinds;
    }

    /** Each plural (and selectordinal) argument has exactly the categories CLDR gives the language; =N selectors aside. */
    private static List<String> pluralProblems(MessagePattern pattern, String tag, ULocale locale) {
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START) {
                continue;
            }
            boolean cardinal = part.getArgType() == MessagePattern.ArgType.PLURAL;
            if (!cardinal && part.getArgType() != MessagePattern.ArgType.SELECTORDINAL) {
                continue;
            }
            String kind = cardinal ? "plural" : "selectordinal";
            Set<String> needed = PluralRules.forLocale(locale, cardinal ? PluralRules.PluralType.CARDINAL : PluralRules.PluralType.ORDINAL)
                    .getKeywords();
            Set<String> present = selectors(pattern, i);
            boolean explicit = present.removeIf(s -> s.startsWith("="));
            String argument = kind + " {" + argumentName(pattern, i) + "}";
            List<String> lacking = inCldrOrder(needed.stream().filter(k -> !present.contains(k)).collect(Collectors.toSet()));
            if (!lacking.isEmpty()) {
                messages.add(argument + " lacks " + String.join(", ", lacking) + ": " + tag + " needs "
                        + String.join(", ", inCldrOrder(needed)) + (explicit ? " (an =N selector does not replace a category)" : ""));
            }
            List<String> foreign = inCldrOrder(present.stream().filter(k -> !needed.contains(k)).collect(Collectors.toSet()));
            if (!foreign.isEmpty()) {
                messages.add(argument + " has " + String.join(", ", foreign) + ", which " + tag + " does not use (it has "
                        + String.join(", ", inCldrOrder(needed)) + ")");
            }
        }
        return messages;
    }

    /** The selectors of the complex argument starting at part {@code argStart}, not those of arguments nested in it. */
    private static Set<String> selectors(MessagePattern pattern, int argStart) {
        Set<String> selectors = new LinkedHashSet<>();
        int limit = pattern.getLimitPartIndex(argStart);
        for (int i = argStart + 1; i < limit; i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                selectors.add(pattern.getSubstring(part));
            } else if (part.getType() == MessagePattern.Part.Type.MSG_START) {
                i = pattern.getLimitPartIndex(i);
            }
        }
        return selectors;
    }

    private static List<String> inCldrOrder(Set<String> categories) {
        List<String> ordered = new ArrayList<>(categories);
        ordered.sort(Comparator.comparingInt((String c) -> CATEGORY_ORDER.indexOf(c) < 0 ? CATEGORY_ORDER.size() : CATEGORY_ORDER.indexOf(c))
                .thenComparing(c -> c));
        return ordered;
    }

    /** The sample values of each argument: numbers for plural and number arguments, a date for dates, text else. */
    private static Map<String, List<Object>> samples(MessagePattern pattern) {
        Map<String, List<Object>> samples = new TreeMap<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START) {
                continue;
            }
            String name = argumentName(pattern, i);
            switch (part.getArgType()) {
                case NONE -> samples.putIfAbsent(name, List.of(TEXT));
                case PLURAL, SELECTORDINAL, CHOICE -> samples.put(name, NUMBERS);
                case SELECT -> {
                    List<Object> values = new ArrayList<>(selectors(pattern, i));
                    values.remove("other");
                    values.add(TEXT);
                    samples.put(name, values);
                }
                case SIMPLE -> {
                    String type = pattern.getSubstring(pattern.getPart(i + 2)).toLowerCase(Locale.ROOT);
                    if (type.equals("date") || type.equals("time")) {
                        samples.put(name, List.of(DATE));
                    } else if (type.equals("number") || type.equals("spellout") || type.equals("ordinal") || type.equals("duration")) {
                        samples.put(name, NUMBERS);
                    } else {
                        samples.putIfAbsent(name, List.of(TEXT));
                    }
                }
                default -> samples.putIfAbsent(name, List.of(TEXT));
            }
        }
        return samples;
    }

    /** Whether the key's text is shown on a button: one line of plain text within Telegram's limit. */
    public static boolean isButtonLabel(String key) {
        return BUTTON.matcher(key).matches() || FAQ_QUESTION.matcher(key).matches() || BUTTON_LABELS.contains(key)
                || BUTTON_PREFIXED.matcher(key).matches();
    }

    /** Renders the value once per sample (each argument takes its i-th sample) and checks what Telegram would get. */
    private static List<String> renderedProblems(String key, MessageFormat format, Map<String, List<Object>> samples) {
        boolean faqQuestion = FAQ_QUESTION.matcher(key).matches();
        boolean button = isButtonLabel(key);
        boolean description = DESCRIPTION.matcher(key).matches();
        Set<String> messages = new LinkedHashSet<>();
        int longest = -1;
        String longestWith = "";
        int variants = samples.values().stream().mapToInt(List::size).max().orElse(1);
        for (int v = 0; v < variants; v++) {
            Map<String, Object> args = new TreeMap<>();
            int variant = v;
            samples.forEach((name, values) -> args.put(name, values.get(variant % values.size())));
            String text;
            try {
                text = format.format(args);
            } catch (IllegalArgumentException e) {
                messages.add("cannot be rendered with " + args + ": " + e.getMessage());
                continue;
            }
            Markup markup = Markup.read(text);
            if (button) {
                messages.addAll(plainTextProblems(faqQuestion ? "FAQ question (a button)" : "button label", text, markup,
                        faqQuestion ? FAQ_QUESTION_LIMIT : BUTTON_LIMIT));
                if (text.contains("\n") || text.contains("\r")) {
                    messages.add("button label must be one line");
                }
            } else if (description) {
                messages.addAll(plainTextProblems("command description", text, markup, DESCRIPTION_LIMIT));
            } else {
                messages.addAll(markup.problems());
                if (markup.visible().isBlank()) {
                    messages.add("renders to an empty message" + with(args) + "; Telegram refuses empty text");
                }
                if (markup.visible().length() > longest) {
                    longest = markup.visible().length();
                    longestWith = with(args);
                }
            }
        }
        if (longest > MESSAGE_LIMIT) {
            messages.add("renders to " + longest + " characters" + longestWith + "; Telegram's limit is " + MESSAGE_LIMIT);
        }
        return List.copyOf(messages);
    }

    /** Button labels and command descriptions are sent as plain text: markup would show as typed. */
    private static List<String> plainTextProblems(String what, String text, Markup markup, int limit) {
        List<String> messages = new ArrayList<>();
        if (text.isBlank()) {
            messages.add(what + " is empty");
        }
        if (text.length() > limit) {
            messages.add(what + " is " + text.length() + " characters long; at most " + limit);
        }
        if (markup.hasMarkup()) {
            messages.add(what + " is plain text, not HTML: tags and entities would show as typed");
        }
        return messages;
    }

    private static String with(Map<String, Object> args) {
        return args.isEmpty() ? "" : " with " + args.entrySet().stream()
                .map(a -> a.getKey() + "=" + (a.getValue() instanceof Date ? "2025-12-01T12:00Z" : a.getValue()))
                .collect(Collectors.joining(", "));
    }

    /** Rendered HTML read as Telegram reads it: the visible text, and what Telegram would refuse. */
    record Markup(String visible, List<String> problems, boolean hasMarkup) {
        static Markup read(String html) {
            StringBuilder visible = new StringBuilder(html.length());
            List<String> problems = new ArrayList<>();
            Deque<String> open = new ArrayDeque<>();
            boolean hasMarkup = false;
            int i = 0;
            while (i < html.length()) {
                char c = html.charAt(i);
                Matcher entity = c == '&' ? ENTITY.matcher(html).region(i, html.length()) : null;
                Matcher tag = c == '<' ? TAG.matcher(html).region(i, html.length()) : null;
                if (entity != null && entity.lookingAt()) {
                    hasMarkup = true;
                    decode(entity, visible, problems);
                    i = entity.end();
                } else if (tag != null && tag.lookingAt()) {
                    hasMarkup = true;
                    tag(tag, open, problems);
                    i = tag.end();
                } else {
                    if (c == '&') {
                        problems.add("bare '&' in \"" + around(html, i) + "\": write &amp;");
                    } else if (c == '<') {
                        problems.add("'<' that starts no tag in \"" + around(html, i) + "\": write &lt;");
                    }
                    visible.append(c);
                    i++;
                }
            }
            open.descendingIterator().forEachRemaining(t -> problems.add("<" + t + "> is never closed"));
            return new Markup(visible.toString(), problems, hasMarkup);
        }

        private static void decode(Matcher entity, StringBuilder visible, List<String> problems) {
            if (entity.group(1) != null) {
                visible.append(switch (entity.group(1)) {
                    case "lt" -> '<';
                    case "gt" -> '>';
                    case "amp" -> '&';
                    default -> '"';
                });
                return;
            }
            int codePoint = entity.group(2) != null ? Integer.parseInt(entity.group(2)) : Integer.parseInt(entity.group(3), 16);
            if (Character.isValidCodePoint(codePoint)) {
                visible.appendCodePoint(codePoint);
            } else {
                problems.add(entity.group() + " is no character");
            }
        }

        private static void tag(Matcher tag, Deque<String> open, List<String> problems) {
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            boolean closing = !tag.group(1).isEmpty();
            if (!isTelegramTag(name)) {
                problems.add("<" + name + "> is not in Telegram's HTML (" + TELEGRAM_TAGS + ")");
                return;
            }
            if (closing) {
                if (!tag.group(3).isBlank()) {
                    problems.add(tag.group() + ": a closing tag has no attributes");
                }
                if (name.equals(open.peek())) {
                    open.pop();
                } else if (open.contains(name)) {
                    problems.add("</" + name + "> closes <" + name + "> while <" + open.peek() + "> inside it is still open: tags must nest");
                    open.removeFirstOccurrence(name);
                } else {
                    problems.add("</" + name + "> closes no open <" + name + ">");
                }
                return;
            }
            attributeProblem(name, attributes(tag.group(3))).ifPresent(p -> problems.add(tag.group() + ": " + p));
            open.push(name);
        }

        private static boolean isTelegramTag(String name) {
            return PLAIN_TAGS.contains(name) || List.of("span", "a", "code", "blockquote", "tg-emoji").contains(name);
        }

        private static Map<String, String> attributes(String text) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher m = ATTRIBUTE.matcher(text);
            while (m.find()) {
                String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
                attributes.put(m.group(1).toLowerCase(Locale.ROOT), value);
            }
            return attributes;
        }

        private static Optional<String> attributeProblem(String name, Map<String, String> attributes) {
            if (PLAIN_TAGS.contains(name)) {
                return attributes.isEmpty() ? Optional.empty() : Optional.of("<" + name + "> takes no attributes");
            }
            switch (name) {
                case "span":
                    return attributes.equals(Map.of("class", "tg-spoiler")) ? Optional.empty()
                            : Optional.of("Telegram knows only <span class=\"tg-spoiler\">");
                case "a":
                    return attributes.keySet().equals(Set.of("href")) && attributes.get("href") != null && !attributes.get("href").isBlank()
                            ? Optional.empty() : Optional.of("<a> needs an href and nothing else");
                case "code":
                    return attributes.isEmpty() || (attributes.keySet().equals(Set.of("class"))
                            && attributes.get("class") != null && attributes.get("class").startsWith("language-"))
                            ? Optional.empty() : Optional.of("<code> takes only class=\"language-…\"");
                case "blockquote":
                    return attributes.isEmpty() || (attributes.keySet().equals(Set.of("expandable")) && attributes.get("expandable") == null)
                            ? Optional.empty() : Optional.of("<blockquote> takes only expandable");
                default: // tg-emoji
                    return attributes.keySet().equals(Set.of("emoji-id")) && attributes.get("emoji-id") != null
                            ? Optional.empty() : Optional.of("<tg-emoji> needs an emoji-id and nothing else");
            }
        }

        private static String around(String text, int at) {
            int from = Math.max(0, at - 15);
            int to = Math.min(text.length(), at + 16);
            return (from > 0 ? "…" : "") + text.substring(from, to).replace("\n", "\\n") + (to < text.length() ? "…" : "");
        }
    }

    private static String tagOf(Path file) {
        return file.getFileName().toString().replaceFirst("\\.properties$", "");
    }

    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
