package studiobot.inquiry;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import studiobot.i18n.Bundle;
import studiobot.i18n.Bundles;
import studiobot.i18n.Messages;

/**
 * Index build time and match cost of {@link FaqMatcher} over the shipped bundles and the questions
 * of {@link FaqMatcherTest}'s evaluation table; a measurement to run by hand, not a test
 * (STYLE.md: performance is measured by a benchmark, not asserted in unit tests):
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) studiobot.inquiry.FaqMatcherBenchmark
 * </pre>
 */
final class FaqMatcherBenchmark {
    private static final List<String> LANGUAGES = List.of("en", "el", "ms", "zh", "ru", "es", "de", "ar");

    private FaqMatcherBenchmark() {}

    public static void main(String[] args) {
        Bundles shipped = Bundles.load(Path.of("messages"));
        Messages messages = new Messages(shipped);
        FaqMatcher matcher = new FaqMatcher(messages);
        List<FaqMatcherTest.Row> rows = FaqMatcherTest.table();

        long started = System.nanoTime();
        LANGUAGES.forEach(language -> matcher.match("price", language));
        double coldMillis = (System.nanoTime() - started) / 1e6;

        int rounds = 2_000;
        long sink = 0;
        double micros = 0;
        for (int warmUp = 0; warmUp < 2; warmUp++) {
            long t = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                for (FaqMatcherTest.Row row : rows) {
                    sink += matcher.match(row.question(), row.language()).hashCode();
                }
            }
            micros = (System.nanoTime() - t) / 1e3 / ((double) rounds * rows.size());
        }
        double[] rebuild = new double[50];
        for (int i = 0; i < rebuild.length; i++) {
            messages.replace(copy(shipped)); // a hot reload: same texts, another Bundles object
            long t = System.nanoTime();
            LANGUAGES.forEach(language -> matcher.match("price", language));
            rebuild[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(rebuild);

        System.out.printf(Locale.ROOT, "first index of all %d languages (cold JVM, ICU dictionaries loading): %.1f ms%n", LANGUAGES.size(), coldMillis);
        System.out.printf(Locale.ROOT, "rebuild of all %d languages after a reload: median %.2f ms, max %.2f ms%n",
                LANGUAGES.size(), rebuild[rebuild.length / 2], rebuild[rebuild.length - 1]);
        System.out.printf(Locale.ROOT, "match: %.1f µs per question (%d questions, %d entries, warm)%n", micros, rows.size(),
                matcher.entryIds().size());
        System.out.println("(ignore) " + sink);
    }

    private static Bundles copy(Bundles bundles) {
        Map<String, Bundle> byTag = new TreeMap<>();
        bundles.languageTags().forEach(tag -> byTag.put(tag, bundles.bundle(tag).orElseThrow()));
        return new Bundles(byTag);
    }
}
