package studiobot.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A calendar step's read of the photographers' taken time, on a fresh database and after 100,000
 * and 1,000,000 shoots that took place (one a client, an hour apart, going back in time). Run by
 * hand (see the README's Benchmarks):
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) studiobot.store.BusyBenchmark
 * </pre>
 */
final class BusyBenchmark {
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private static final int CALLS = 200;

    private BusyBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("studio-bot-busy");
        try (Database db = Database.open(dir)) {
            SqliteBookings bookings = new SqliteBookings(db);
            int seeded = 0;
            for (int clients : new int[] {0, 100_000, 1_000_000}) {
                seed(db, seeded, clients);
                seeded = clients;
                measure(bookings, clients);
            }
        }
    }

    private static void seed(Database db, int from, int to) {
        long start = System.nanoTime();
        Seeding.clients(db, from, to, NOW, false);
        if (to > from) {
            System.out.printf("seeded %,d clients with a past shoot each in %.1f s%n", to - from, (System.nanoTime() - start) / 1e9);
        }
    }

    private static void measure(SqliteBookings bookings, int clients) {
        Instant from = NOW.minus(Duration.ofDays(1));
        for (int i = 0; i < 20; i++) {
            bookings.busy(from, null);
        }
        long start = System.nanoTime();
        int found = 0;
        for (int i = 0; i < CALLS; i++) {
            found += bookings.busy(from, null).size();
        }
        System.out.printf("taken time for a calendar step at %,9d clients: %.3f ms (%d rows)%n", clients,
                (System.nanoTime() - start) / 1e6 / CALLS, found / CALLS);
    }
}
