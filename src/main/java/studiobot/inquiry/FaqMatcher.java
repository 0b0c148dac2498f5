package studiobot.inquiry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studiobot.i18n.Bundle;
import studiobot.i18n.Bundles;
import studiobot.i18n.Messages;
import studiobot.i18n.TextFolding;

/**
 * Finds the FAQ entry a client's free-text question is about. The entries are the admins': every
 * {@code faq.<id>.question} of the English bundle is one, and its document in a language is that
 * language's {@code faq.<id>.question} and {@code faq.<id>.keywords}, plus the English ones at a
 * lower weight (clients mix in English words, and a language's keywords may lag behind English).
 *
 * <p>A question is scored against each entry with BM25 over {@link TextFolding#terms}, function
 * words ({@link FunctionWords}) left out. A word weighs its inverse document frequency over the
 * language's entries and, as background, every other text of its bundle and of the English one, so
 * words the bot's own texts use everywhere count for little. A word an entry lacks still counts, at
 * most {@value #NEAR_WEIGHT} of its weight, when the entry has most of its three-letter fragments:
 * a typo or another form of the word ("pakage", "фотографий"). The sum is divided by the question's
 * own weight, so a score reads as "how much of what the client wrote this entry explains": about 0
 * to 1 (a little more when the entry repeats the words), comparable across languages and question
 * lengths. A word no entry has weighs nearly as much as a rare word, so talk around a topic lowers
 * the score.
 *
 * <p>Built lazily per language from the bundles in service; when {@link Messages#bundles()} is
 * another object (a hot reload), the next question rebuilds the index (a few milliseconds per
 * language, see FaqMatcherBenchmark). Pure apart from that cache, and thread-safe.
 */
public final class FaqMatcher {
    /** The weight of an English keyword in another language's entry (a term frequency multiplier). */
    static final double ENGLISH_WEIGHT = 0.4;
    /** A word an entry lacks counts this much of its weight, times the share of its fragments the entry has... */
    static final double NEAR_WEIGHT = 0.8;
    /** ...when that share (each fragment weighed by its idf) is at least this: a typo or another form of the word. */
    static final double NEAR_SHARE = 0.5;
    /** A word no entry has weighs this share of the weight of a word only one text has. */
    static final double UNKNOWN_WEIGHT = 0.8;
    /**
     * BM25's term frequency saturation and length normalisation. A low k1: keyword lists repeat a
     * word in phrases ("how much", "how many photos"), which should not make it weigh double. The
     * table's accuracy moves by at most one question for k1 from 0.1 to 1.2, and by at most four
     * for each of the weights above between the values tried (English 0.2-0.7, unknown 0.5-1.0,
     * near 0.6-1.0, near share 0.4-0.65).
     */
    private static final double K1 = 0.5;
    private static final double B = 0.75;

    /*
     * The thresholds come from the evaluation table of FaqMatcherTest: 259 client questions in the
     * eight languages, 40 of them off-topic (run it with -Dfaq.scores=true to print every question's
     * best and second score). On that table:
     * - the 216 on-topic questions whose best entry is the right one score 0.28 and up, 8 of them
     *   below 0.40; 32 of the 40 off-topic questions score 0, the other 8 from 0.16 to 0.55, each
     *   sharing one word with an entry ("Instagram studio apa?", "mañana" ~ "semana").
     * - WEAK = 0.25 is the best cut of the table (251/259 right; 0.20 and 0.30 give 250, 0.40 gives
     *   244): every on-topic question keeps its buttons and 5 off-topic ones get buttons too. It sits
     *   low in the gap on purpose: a needless offer costs the client a tap, a FAQ question sent on
     *   costs the photographer a reply.
     * - CONFIDENT = 0.60 lies above every off-topic score (the highest is 0.55), and a runner-up
     *   CONFIDENT_MARGIN = 0.15 behind keeps questions between two entries ("how many hours is the
     *   wedding package": packages or included) as buttons: 177 questions are answered outright,
     *   none wrongly. At 0.50, two off-topic questions would be answered.
     */
    static final double CONFIDENT = 0.60;
    static final double CONFIDENT_MARGIN = 0.15;
    static final double WEAK = 0.25;
    /** A third entry is offered after the best two only when it scores at least this share of the best. */
    static final double CLOSE = 0.5;
    static final int MAX_CLOSEST = 3;

    private static final Pattern QUESTION_KEY = Pattern.compile("faq\\.([A-Za-z0-9_-]+)\\.question");
    private static final Pattern SEARCHED_KEY = Pattern.compile("faq\\.[A-Za-z0-9_-]+\\.(question|keywords)");

    /** What a question turned out to be about. */
    public sealed interface Match permits Match.Confident, Match.Weak, Match.None {

        /** Clearly one entry: answer it. */
        record Confident(String entryId, double score) implements Match {
            public Confident {
                Objects.requireNonNull(entryId, "entryId");
            }
        }

        /** Perhaps one of these, best first: offer them. Two or three, or one when no other entry shares a word. */
        record Weak(List<String> closest) implements Match {
            public Weak {
                closest = List.copyOf(closest);
                if (closest.isEmpty() || closest.size() > MAX_CLOSEST) {
                    throw new IllegalArgumentException("Weak needs one to " + MAX_CLOSEST + " entries, got " + closest);
                }
            }
        }

        /** About none of the entries. */
        record None() implements Match {}
    }

    private final Messages messages;
    private final AtomicReference<Index> index = new AtomicReference<>();

    public FaqMatcher(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The languages the entries are written in. */
    public java.util.Set<String> languages() {
        return messages.languageTags();
    }

    /** The entry ids, in the order of the English bundle. */
    public List<String> entryIds() {
        return index().entryIds;
    }

    public Match match(String question, String languageTag) {
        Scored scored = score(question, languageTag);
        if (scored.ranking.isEmpty() || scored.best() < WEAK) {
            return new Match.None();
        }
        double best = scored.best();
        double second = scored.ranking.size() > 1 ? scored.scores[scored.ranking.get(1)] : 0;
        if (best >= CONFIDENT && best - second >= CONFIDENT_MARGIN) {
            return new Match.Confident(scored.entryIds.get(scored.ranking.get(0)), best);
        }
        List<String> closest = new ArrayList<>();
        for (int entry : scored.ranking) {
            if (closest.size() == MAX_CLOSEST || (closest.size() >= 2 && scored.scores[entry] < CLOSE * best)) {
                break;
            }
            closest.add(scored.entryIds.get(entry));
        }
        return new Match.Weak(closest);
    }

    /**
     * Builds a language's index ahead of its first question, and scores one question with it: a
     * start does it beside the first poll, so that the first client to ask does not wait for it
     * (LiveBenchmark: the first FAQ answer after a start took 157-176 ms, against 8 ms after).
     */
    public void prepare(String languageTag) {
        score(sampleQuestion(languageTag), languageTag);
    }

    /** A question a client might ask in a language: the first entry's, as the bundle words it. */
    public String sampleQuestion(String languageTag) {
        List<String> ids = entryIds();
        return ids.isEmpty() ? "?" : messages.render(languageTag, studiobot.chat.Msg.of("faq." + ids.get(0) + ".question"));
    }

    /** Whether a language's index is built for the bundles in service now. */
    boolean isBuilt(String languageTag) {
        Index current = index.get();
        return current != null && current.source == messages.bundles() && current.languages.containsKey(current.known(languageTag));
    }

    /** Every entry's score for a question, best first (entries scoring 0 left out); for tests and tuning. */
    Map<String, Double> scores(String question, String languageTag) {
        Scored scored = score(question, languageTag);
        Map<String, Double> byEntry = new LinkedHashMap<>();
        scored.ranking.forEach(e -> byEntry.put(scored.entryIds.get(e), scored.scores[e]));
        return byEntry;
    }

    private Scored score(String question, String languageTag) {
        Index current = index();
        LanguageIndex language = current.language(languageTag);
        double[] scores = language.score(question == null ? "" : question);
        List<Integer> ranking = new ArrayList<>();
        for (int e = 0; e < scores.length; e++) {
            if (scores[e] > 0) {
                ranking.add(e);
            }
        }
        ranking.sort((a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a]) : Integer.compare(a, b));
        return new Scored(current.entryIds, scores, ranking);
    }

    private record Scored(List<String> entryIds, double[] scores, List<Integer> ranking) {
        double best() {
            return scores[ranking.get(0)];
        }
    }

    private Index index() {
        Bundles bundles = messages.bundles();
        Index current = index.get();
        if (current == null || current.source != bundles) {
            current = new Index(bundles);
            index.set(current);
        }
        return current;
    }

    /** The entries of one set of bundles; each language's index built on its first question. */
    private static final class Index {
        final Bundles source;
        final List<String> entryIds;
        /** English prose, the background of every language (clients mix in English words). */
        private final List<Set<String>> englishBackground;
        private final Map<String, LanguageIndex> languages = new ConcurrentHashMap<>();

        Index(Bundles source) {
            this.source = source;
            List<String> ids = new ArrayList<>();
            for (String key : source.base().patterns().keySet()) {
                Matcher m = QUESTION_KEY.matcher(key);
                if (m.matches()) {
                    ids.add(m.group(1));
                }
            }
            this.entryIds = List.copyOf(ids);
            this.englishBackground = background(source.base(), Bundles.BASE);
        }

        LanguageIndex language(String languageTag) {
            return languages.computeIfAbsent(known(languageTag), this::build);
        }

        /** The bundle's own tag for a language: "zh-Hans-CN" is "zh", an unknown language English. */
        private String known(String languageTag) {
            String tag = languageTag == null ? Bundles.BASE : languageTag;
            while (!tag.isEmpty()) {
                if (source.bundle(tag).isPresent()) {
                    return tag;
                }
                int dash = Math.max(tag.lastIndexOf('-'), tag.lastIndexOf('_'));
                tag = dash < 0 ? "" : tag.substring(0, dash);
            }
            return Bundles.BASE;
        }

        private LanguageIndex build(String tag) {
            Bundle own = source.bundle(tag).orElse(source.base());
            List<Map<String, Double>> documents = new ArrayList<>();
            for (String id : entryIds) {
                Map<String, Double> tf = new HashMap<>();
                add(tf, text(own, id), tag, 1);
                if (!tag.equals(Bundles.BASE)) {
                    add(tf, text(source.base(), id), Bundles.BASE, ENGLISH_WEIGHT);
                }
                documents.add(tf);
            }
            List<Set<String>> background = new ArrayList<>(englishBackground);
            if (!tag.equals(Bundles.BASE)) {
                background.addAll(background(own, tag));
            }
            return new LanguageIndex(tag, documents, background);
        }

        /**
         * The terms of every text of a bundle but the FAQ's questions and keywords, one set per text:
         * ordinary prose of the language, where its common words show up as common.
         */
        private static List<Set<String>> background(Bundle bundle, String tag) {
            List<Set<String>> texts = new ArrayList<>();
            bundle.patterns().forEach((key, pattern) -> {
                if (!SEARCHED_KEY.matcher(key).matches()) {
                    texts.add(new HashSet<>(TextFolding.terms(pattern, tag)));
                }
            });
            return texts;
        }

        private String text(Bundle bundle, String id) {
            return pattern(bundle, "faq." + id + ".question") + "\n" + pattern(bundle, "faq." + id + ".keywords");
        }

        private String pattern(Bundle bundle, String key) {
            Optional<String> own = bundle.pattern(key);
            return own.or(() -> source.base().pattern(key)).orElse("");
        }

        private static void add(Map<String, Double> tf, String text, String tag, double weight) {
            for (String term : searchTerms(text, tag)) {
                tf.merge(term, weight, Double::sum);
            }
        }
    }

    /** The terms of {@link TextFolding#terms} that tell a topic: without function words and their fragments. */
    static List<String> searchTerms(String text, String languageTag) {
        List<String> all = TextFolding.terms(text, languageTag);
        List<String> kept = new ArrayList<>(all.size());
        boolean dropping = false;
        String previous = null;
        for (String term : all) {
            if (!TextFolding.isFragment(term)) {
                dropping = FunctionWords.isFunctionWord(term, languageTag) || FunctionWords.endsFunctionPhrase(previous, term, languageTag);
                previous = term;
            }
            if (!dropping) {
                kept.add(term);
            }
        }
        return kept;
    }

    /** BM25 of every term of one language's entries, computed once. */
    private static final class LanguageIndex {
        private final String tag;
        private final int entries;
        /** The entries and the background texts: document frequencies count in both. */
        private final int collection;
        /** Per term, its idf and then each entry's BM25 contribution. */
        private final Map<String, double[]> postings = new HashMap<>();
        private final double unknownIdf;

        LanguageIndex(String tag, List<Map<String, Double>> documents, List<Set<String>> background) {
            this.tag = tag;
            this.entries = documents.size();
            this.collection = entries + background.size();
            double[] lengths = new double[entries];
            double total = 0;
            for (int e = 0; e < entries; e++) {
                for (Map.Entry<String, Double> t : documents.get(e).entrySet()) {
                    if (!TextFolding.isFragment(t.getKey())) {
                        lengths[e] += t.getValue();
                    }
                }
                total += lengths[e];
            }
            double average = entries == 0 || total == 0 ? 1 : total / entries;
            Map<String, double[]> tfs = new HashMap<>();
            for (int e = 0; e < entries; e++) {
                int entry = e;
                documents.get(e).forEach((term, tf) -> tfs.computeIfAbsent(term, t -> new double[entries])[entry] = tf);
            }
            Map<String, Integer> backgroundDf = new HashMap<>();
            background.forEach(terms -> terms.forEach(t -> {
                if (tfs.containsKey(t)) {
                    backgroundDf.merge(t, 1, Integer::sum);
                }
            }));
            tfs.forEach((term, tf) -> {
                int df = (int) Arrays.stream(tf).filter(f -> f > 0).count() + backgroundDf.getOrDefault(term, 0);
                double idf = idf(df);
                double[] posting = new double[entries + 1];
                posting[0] = idf;
                for (int e = 0; e < entries; e++) {
                    double norm = K1 * (1 - B + B * lengths[e] / average);
                    posting[e + 1] = tf[e] == 0 ? 0 : idf * tf[e] * (K1 + 1) / (tf[e] + norm);
                }
                postings.put(term, posting);
            });
            this.unknownIdf = UNKNOWN_WEIGHT * idf(1);
        }

        private double idf(int df) {
            return Math.log(1 + (collection - df + 0.5) / (df + 0.5));
        }

        double[] score(String question) {
            double[] scores = new double[entries];
            double[] near = new double[entries];
            List<String> terms = searchTerms(question, tag);
            double whole = 0;
            for (int i = 0; i < terms.size(); ) {
                int end = i + 1;
                while (end < terms.size() && TextFolding.isFragment(terms.get(end))) {
                    end++;
                }
                double[] posting = postings.get(terms.get(i));
                double weight = posting == null ? unknownIdf : posting[0];
                whole += weight;
                fragmentShares(terms.subList(i + 1, end), near);
                for (int e = 0; e < entries; e++) {
                    double exact = posting == null ? 0 : posting[e + 1];
                    double similar = near[e] >= NEAR_SHARE ? weight * NEAR_WEIGHT * near[e] : 0;
                    scores[e] += Math.max(exact, similar);
                }
                i = end;
            }
            if (whole > 0) {
                for (int e = 0; e < entries; e++) {
                    scores[e] /= whole;
                }
            }
            return scores;
        }

        /** For each entry, the share of a word's fragments (weighed by idf) it has; zeros when the word has none. */
        private void fragmentShares(List<String> fragments, double[] shares) {
            Arrays.fill(shares, 0);
            double total = 0;
            for (String fragment : fragments) {
                double[] posting = postings.get(fragment);
                if (posting == null) {
                    total += idf(1);
                    continue;
                }
                total += posting[0];
                for (int e = 0; e < entries; e++) {
                    if (posting[e + 1] > 0) {
                        shares[e] += posting[0];
                    }
                }
            }
            for (int e = 0; total > 0 && e < entries; e++) {
                shares[e] /= total;
            }
        }
    }
}
