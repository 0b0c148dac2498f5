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

    /** Clients {@code from + 1} to {@code to}, each with one shoot that took place, an hour apart before now. */
    private static void seed(Database db, int from, int to) {
        if (to == from) {
            return;
        }
        long start = System.nanoTime();
        db.inTransaction(() -> {
            db.update("WITH RECURSIVE n(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM n WHERE i < ?)"
                    + " INSERT INTO person (user_id, name, first_seen, last_seen) SELECT 5000000 + i, 'client ' || i, ?, ? FROM n",
                    from + 1, to, NOW, NOW);
            db.update("WITH RECURSIVE n(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM n WHERE i < ?)"
                    + " INSERT INTO booking (client_id, photographer_id, package_id, start_at, end_at, status, created_at, changed_at)"
                    + " SELECT 5000000 + i, 'anna', 'portrait',"
                    + " strftime('%Y-%m-%dT%H:%M:%SZ', ? - i * 3600, 'unixepoch'), strftime('%Y-%m-%dT%H:%M:%SZ', ? - i * 3600 + 3600, 'unixepoch'),"
                    + " 'done', ?, ? FROM n", from + 1, to, NOW.getEpochSecond() - 86_400 * 2, NOW.getEpochSecond() - 86_400 * 2, NOW, NOW);
            return null;
        });
        db.update("ANALYZE");
        System.out.printf("seeded %,d clients with a past shoot each in %.1f s%n", to - from, (System.nanoTime() - start) / 1e9);
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
