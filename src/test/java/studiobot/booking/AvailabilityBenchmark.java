package studiobot.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import studiobot.config.ConfigLoader;
import studiobot.config.StudioConfig;

/**
 * Cost of {@link Availability#slots} over the demo studio's 60-day horizon with 100 busy bookings
 * spread across it; a measurement to run by hand, not a test (STYLE.md: performance is measured by
 * a benchmark, not asserted in unit tests):
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) studiobot.booking.AvailabilityBenchmark
 * </pre>
 */
final class AvailabilityBenchmark {
    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final int BOOKINGS = 100;

    private AvailabilityBenchmark() {}

    public static void main(String[] args) {
        StudioConfig demo = new ConfigLoader().loadDemo();
        if (!demo.policy().horizon().equals(Duration.ofDays(60))) {
            throw new IllegalStateException("the demo studio's horizon changed: " + demo.policy().horizon());
        }
        Availability availability = new Availability(demo);

        // 100 one-hour bookings on the half-hour grid, spread over the horizon (seeded: the same every run)
        Random random = new Random(42);
        List<Busy> busy = new ArrayList<>();
        for (int i = 0; i < BOOKINGS; i++) {
            Instant start = NOW.plus(Duration.ofMinutes(30L * random.nextInt(60 * 48)));
            busy.add(new Busy("anna", start, start.plus(Duration.ofHours(1 + random.nextInt(3)))));
        }

        long sink = 0;
        for (String packageId : List.of("portrait", "wedding")) {
            int rounds = 2_000;
            double[] micros = new double[5];
            for (int warmUp = 0; warmUp < 3; warmUp++) {
                for (int r = 0; r < rounds; r++) {
                    sink += availability.slots(packageId, NOW.plusSeconds(r), busy).size();
                }
            }
            for (int i = 0; i < micros.length; i++) {
                long t = System.nanoTime();
                for (int r = 0; r < rounds; r++) {
                    sink += availability.slots(packageId, NOW.plusSeconds(r), busy).size();
                }
                micros[i] = (System.nanoTime() - t) / 1e3 / rounds;
            }
            Arrays.sort(micros);
            System.out.printf(Locale.ROOT, "slots(%s), 60 days, %d busy: median %.0f µs, best %.0f µs per call (%d slots offered)%n",
                    packageId, BOOKINGS, micros[micros.length / 2], micros[0], availability.slots(packageId, NOW, busy).size());
        }

        int rounds = 2_000;
        long t = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            sink += availability.daysWithSlots("portrait", NOW, busy, ZoneId.of("Asia/Kuala_Lumpur")).size();
        }
        System.out.printf(Locale.ROOT, "daysWithSlots(portrait, Asia/Kuala_Lumpur): %.0f µs per call%n", (System.nanoTime() - t) / 1e3 / rounds);
        System.out.println(sink == 42 ? "" : " ");
    }
}
