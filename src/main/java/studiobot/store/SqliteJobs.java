package studiobot.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import studiobot.schedule.Job;
import studiobot.schedule.Jobs;

/** The schedule in SQLite; at most one pending job per key (a partial unique index). */
public final class SqliteJobs implements Jobs {
    private static final String COLUMNS = "id, kind, job_key, payload, due_at, attempts";
    private final Database db;

    public SqliteJobs(Database db) {
        this.db = db;
    }

    @Override
    public void schedule(String kind, String key, String payload, Instant dueAt) {
        db.inTransaction(() -> {
            int moved = db.update("UPDATE job SET kind = ?, payload = ?, due_at = ?, attempts = 0 WHERE job_key = ? AND status = 'pending'",
                    kind, payload, dueAt, key);
            if (moved == 0) {
                db.insert("INSERT INTO job (kind, job_key, payload, due_at) VALUES (?, ?, ?, ?)", kind, key, payload, dueAt);
            }
            return null;
        });
    }

    @Override
    public boolean cancel(String key) {
        return db.update("DELETE FROM job WHERE job_key = ? AND status = 'pending'", key) > 0;
    }

    @Override
    public Optional<Job> pending(String key) {
        return db.queryOne("SELECT " + COLUMNS + " FROM job WHERE job_key = ? AND status = 'pending'", SqliteJobs::job, key);
    }

    @Override
    public List<Job> due(Instant now, int limit) {
        return db.query("SELECT " + COLUMNS + " FROM job WHERE status = 'pending' AND due_at <= ? ORDER BY due_at, id LIMIT ?",
                SqliteJobs::job, now, limit);
    }

    @Override
    public void done(long id, Instant now) {
        db.update("UPDATE job SET status = 'done', finished_at = ? WHERE id = ?", now, id);
    }

    @Override
    public void retry(long id, Instant at, int attempts, String error) {
        db.update("UPDATE job SET due_at = ?, attempts = ?, last_error = ? WHERE id = ?", at, attempts, error, id);
    }

    @Override
    public void failed(long id, String error, Instant now) {
        db.update("UPDATE job SET status = 'failed', last_error = ?, finished_at = ? WHERE id = ?", error, now, id);
    }

    @Override
    public Optional<Instant> nextDue() {
        return db.queryOne("SELECT MIN(due_at) FROM job WHERE status = 'pending'", rs -> Database.instant(rs.getString(1)))
                .filter(java.util.Objects::nonNull);
    }

    private static Job job(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Job(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Database.instant(rs.getString(5)), rs.getInt(6));
    }

    /** Read through the index of finished jobs by age (QueryPlansTest holds it to that). */
    static final String PRUNE = "DELETE FROM job WHERE id IN (SELECT id FROM job WHERE status <> 'pending' AND finished_at < ?"
            + " ORDER BY finished_at LIMIT ?)";

    @Override
    public int prune(Instant before, int limit) {
        return db.update(PRUNE, before, limit);
    }
}
