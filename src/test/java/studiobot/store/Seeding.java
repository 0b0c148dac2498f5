package studiobot.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A studio's history, written straight into its database for the benchmarks: clients {@code from + 1}
 * to {@code to}, each with a shoot that took place (an hour apart, going back from two days before
 * {@code now}), and, when asked, the update that client sent the day before and the answer it got,
 * both long handled, as the inbox and outbox keep them for a week.
 */
public final class Seeding {
    private Seeding() {}

    /** The first seeded client's user id; client {@code i} is this plus {@code i}. */
    public static final long FIRST_CLIENT = 5_000_000;

    public static void clients(Path dataDir, int count, Instant now) {
        try (Database db = Database.open(dataDir)) {
            clients(db, 0, count, now, true);
        }
    }

    static void clients(Database db, int from, int to, Instant now, boolean withMessages) {
        if (to <= from) {
            return;
        }
        String series = "WITH RECURSIVE n(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM n WHERE i < ?) ";
        String at = "strftime('%Y-%m-%dT%H:%M:%S.000000000Z', ?, 'unixepoch')";
        String hoursBack = "strftime('%Y-%m-%dT%H:%M:%S.000000000Z', ? - i * 3600, 'unixepoch')";
        long shootsEnd = now.getEpochSecond() - 2 * 86_400;
        long yesterday = now.getEpochSecond() - 86_400;
        db.inTransaction(() -> {
            db.update(series + "INSERT INTO person (user_id, name, first_seen, last_seen) SELECT ? + i, 'client ' || i, ?, ? FROM n",
                    from + 1, to, FIRST_CLIENT, now, now);
            db.update(series + "INSERT INTO booking (client_id, photographer_id, package_id, start_at, end_at, status, created_at, changed_at)"
                    + " SELECT ? + i, 'anna', 'portrait', " + hoursBack + ", " + hoursBack.replace("? - i * 3600", "? - i * 3600 + 3600")
                    + ", 'done', ?, ? FROM n", from + 1, to, FIRST_CLIENT, shootsEnd, shootsEnd, now, now);
            if (withMessages) {
                db.update(series + "INSERT INTO inbox (source, update_id, chat_id, payload, received_at, processed_at)"
                        + " SELECT 'seed', i, ? + i, '{}', " + at + ", " + at + " FROM n", from + 1, to, FIRST_CLIENT, yesterday, yesterday);
                db.update(series + "INSERT INTO outbox (chat_id, payload, format, created_at, not_before, retry_at, status, sent_at, message_id)"
                        + " SELECT ? + i, '{}', 'reply', " + at + ", " + at + ", " + at + ", 'sent', " + at + ", i FROM n",
                        from + 1, to, FIRST_CLIENT, yesterday, yesterday, yesterday, yesterday);
            }
            return null;
        });
        db.update("ANALYZE");
    }
}
