package studiobot.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import studiobot.inquiry.Questions;

/** Clients' questions in SQLite. */
public final class SqliteQuestions implements Questions {
    private final Database db;

    public SqliteQuestions(Database db) {
        this.db = db;
    }

    @Override
    public long ask(long clientId, String text, Instant now) {
        return db.insert("INSERT INTO question (client_id, text, asked_at) VALUES (?, ?, ?)", clientId, text, now);
    }

    @Override
    public Optional<Question> find(long id) {
        return db.queryOne("SELECT id, client_id, text, asked_at, forwarded_at IS NOT NULL, answered_at IS NOT NULL FROM question WHERE id = ?",
                rs -> new Question(rs.getLong(1), rs.getLong(2), rs.getString(3), Database.instant(rs.getString(4)),
                        rs.getBoolean(5), rs.getBoolean(6)), id);
    }

    @Override
    public void forwarded(long id, Instant now) {
        db.update("UPDATE question SET forwarded_at = ? WHERE id = ? AND forwarded_at IS NULL", now, id);
    }

    @Override
    public void answered(long id, long by, Instant now) {
        db.update("UPDATE question SET answered_at = ?, answered_by = ? WHERE id = ? AND answered_at IS NULL", now, by, id);
    }

    @Override
    public List<Long> answerAll(long clientId, long by, Instant now) {
        return db.inTransaction(() -> {
            List<Long> open = db.query("SELECT id FROM question WHERE client_id = ? AND answered_at IS NULL", rs -> rs.getLong(1), clientId);
            db.update("UPDATE question SET answered_at = ?, answered_by = ? WHERE client_id = ? AND answered_at IS NULL", now, by, clientId);
            return open;
        });
    }

    @Override
    public boolean hasOpenForwarded(long clientId) {
        return db.queryOne("SELECT 1 FROM question WHERE client_id = ? AND forwarded_at IS NOT NULL AND answered_at IS NULL LIMIT 1",
                rs -> 1, clientId).isPresent();
    }
}
