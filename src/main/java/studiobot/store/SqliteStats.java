package studiobot.store;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studiobot.stats.Stats;

/**
 * The figures in SQLite, each one query over the period. A photographer's are their shoots' (by
 * the booking's photographer), the questions they answered, and the nudges about clients they
 * took or shot; the studio's are everyone's.
 */
public final class SqliteStats implements Stats {
    private static final String SCOPE = "(? IS NULL OR b.photographer_id = ?)";
    private final Database db;

    public SqliteStats(Database db) {
        this.db = db;
    }

    @Override
    public Figures of(String photographerId, long photographerTelegramId, Instant from, Instant to) {
        return db.inTransaction(() -> {
            List<Instant> made = db.query("SELECT b.created_at FROM booking b WHERE b.created_at >= ? AND b.created_at <= ? AND " + SCOPE
                    + " ORDER BY b.created_at", rs -> Database.instant(rs.getString(1)), from, to, photographerId, photographerId);
            Map<String, Integer> changes = new LinkedHashMap<>();
            db.query("SELECT c.kind, count(*) FROM booking_change c JOIN booking b ON b.id = c.booking_id"
                            + " WHERE c.at >= ? AND c.at <= ? AND " + SCOPE + " GROUP BY c.kind",
                    rs -> changes.put(rs.getString(1), rs.getInt(2)), from, to, photographerId, photographerId);
            int noShows = db.queryOne("SELECT count(*) FROM booking b WHERE b.no_show = 1 AND b.start_at >= ? AND b.start_at <= ? AND " + SCOPE,
                    rs -> rs.getInt(1), from, to, photographerId, photographerId).orElse(0);
            int[] ratings = new int[5];
            db.query("SELECT r.score, count(*) FROM rating r JOIN booking b ON b.id = r.booking_id"
                            + " WHERE r.rated_at >= ? AND r.rated_at <= ? AND " + SCOPE + " GROUP BY r.score",
                    rs -> ratings[rs.getInt(1) - 1] = rs.getInt(2), from, to, photographerId, photographerId);
            List<Comment> comments = db.query("SELECT r.comment, r.score FROM rating r JOIN booking b ON b.id = r.booking_id"
                            + " WHERE r.commented_at >= ? AND r.commented_at <= ? AND r.comment <> '' AND " + SCOPE
                            + " ORDER BY r.commented_at DESC LIMIT 3",
                    rs -> new Comment(rs.getString(1), rs.getInt(2)), from, to, photographerId, photographerId);
            Long by = photographerId == null ? null : photographerTelegramId;
            // an answered question is its answerer's; an open one its client's photographer's, or everyone's when none took the client
            int forwarded = db.queryOne("SELECT count(*) FROM question q WHERE q.forwarded_at >= ? AND q.forwarded_at <= ?"
                    + " AND (? IS NULL OR q.answered_by = ? OR (q.answered_by IS NULL"
                    + " AND COALESCE((SELECT p.photographer_id FROM person p WHERE p.user_id = q.client_id), ?) = ?))",
                    rs -> rs.getInt(1), from, to, by, by, by, by).orElse(0);
            List<Duration> firstAnswers = db.query("SELECT q.forwarded_at, q.answered_at FROM question q"
                            + " WHERE q.forwarded_at >= ? AND q.forwarded_at <= ? AND q.answered_at IS NOT NULL AND (? IS NULL OR q.answered_by = ?)",
                    rs -> Duration.between(Database.instant(rs.getString(1)), Database.instant(rs.getString(2))), from, to, by, by);
            Map<String, Integer> nudges = new LinkedHashMap<>();
            // a nudge is the photographer's it went to: who took the client, else who shot them last, else everyone's
            db.query("SELECT n.outcome, count(*) FROM nudge n LEFT JOIN person p ON p.user_id = n.client_id"
                            + " WHERE n.raised_at >= ? AND n.raised_at <= ? AND (? IS NULL OR p.photographer_id = ?"
                            + " OR (p.photographer_id IS NULL AND COALESCE((SELECT b.photographer_id FROM booking b WHERE b.client_id = n.client_id"
                            + " AND b.status <> 'cancelled' ORDER BY b.start_at DESC LIMIT 1), ?) = ?)) GROUP BY n.outcome",
                    rs -> nudges.put(rs.getString(1), rs.getInt(2)), from, to, photographerId, by, photographerId, photographerId);
            return new Figures(made.size(), changes.getOrDefault("reschedule", 0), changes.getOrDefault("cancel", 0), noShows, ratings,
                    comments, firstAnswers, forwarded, nudges, made);
        });
    }
}
