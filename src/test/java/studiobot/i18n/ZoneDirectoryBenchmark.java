package studiobot.i18n;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Build time, retained heap and lookup cost of {@link ZoneDirectory}; a measurement to run by hand,
 * not a test (STYLE.md: performance is measured by a benchmark, not asserted in unit tests):
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) studiobot.i18n.ZoneDirectoryBenchmark
 * </pre>
 */
final class ZoneDirectoryBenchmark {
    private static final List<String> LANGUAGES = List.of("en", "el", "ms", "zh", "ru", "es", "de", "ar");
    private static final List<String> INPUTS = List.of(
            "Athens", "Αθήνα", "αθηνα", "吉隆坡", "Kuala Lumpur", "Москва", "القاهرة", "Nueva York", "München",
            "USA", "europe/athens", "UTC+3", "+05:30", "New  York.", "Ｔｏｋｙｏ",
            "Athnes", "Kuala Lumpr", "Barcelonna", "я в Москве", "Munich, Germany", "asdfgh", "😀");

    private ZoneDirectoryBenchmark() {}

    public static void main(String[] args) {
        long started = System.nanoTime();
        ZoneDirectory first = ZoneDirectory.build(LANGUAGES);
        double coldMillis = (System.nanoTime() - started) / 1e6;

        double[] warm = new double[10];
        for (int i = 0; i < warm.length; i++) {
            long t = System.nanoTime();
            ZoneDirectory.build(LANGUAGES);
            warm[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(warm);

        // retained heap: several directories held at once, ICU's own caches already warm
        int held = 5;
        long before = usedAfterGc();
        ZoneDirectory[] directories = new ZoneDirectory[held];
        for (int i = 0; i < held; i++) {
            directories[i] = ZoneDirectory.build(LANGUAGES);
        }
        long after = usedAfterGc();
        double megabytesEach = (after - before) / (double) held / (1024 * 1024);

        int rounds = 20_000;
        long sink = 0;
        for (int warmUp = 0; warmUp < 2; warmUp++) {
            long t = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                for (String input : INPUTS) {
                    sink += first.recognise(input).hashCode();
                }
            }
            double micros = (System.nanoTime() - t) / 1e3 / ((double) rounds * INPUTS.size());
            if (warmUp == 1) {
                System.out.printf(Locale.ROOT, "recognise: %.2f µs per input (mixed, typos included)%n", micros);
            }
        }
        long t = System.nanoTime();
        for (int r = 0; r < 200_000; r++) {
            sink += first.nearest(-60 + r % 120, -180 + r % 360).hashCode();
        }
        System.out.printf(Locale.ROOT, "nearest: %.2f µs per location%n", (System.nanoTime() - t) / 1e3 / 200_000);
        System.out.printf(Locale.ROOT, "build: first %.0f ms (ICU time zone data loaded on first use), then median %.0f ms, best %.0f ms%n",
                coldMillis, warm[warm.length / 2], warm[0]);
        System.out.printf(Locale.ROOT, "retained heap: %.2f MB per directory (%s)%n", megabytesEach, first.describe());
        System.out.println(sink == 42 ? ZoneId.of("UTC") : "");
        if (directories.length != held) {
            throw new AssertionError();
        }
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
