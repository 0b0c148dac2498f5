package studiobot.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import studiobot.chat.Outbound;
import studiobot.delivery.Outbox;

/** The outbox in SQLite. */
public final class SqliteOutbox implements Outbox {
    private final Database db;

    public SqliteOutbox(Database db) {
        this.db = db;
    }

    @Override
    public void enqueue(Outbound message, Instant notBefore, Instant now, String ref) {
        db.insert("INSERT INTO outbox (chat_id, payload, created_at, not_before, retry_at, ref) VALUES (?, ?, ?, ?, ?, ?)",
                message.chat(), Json.write(message), now, notBefore, now, ref);
    }

    @Override
    public Optional<String> refOf(studiobot.chat.ChatId chat, long messageId) {
        return db.queryOne("SELECT ref FROM outbox WHERE chat_id = ? AND message_id = ? AND status = 'sent' ORDER BY id DESC LIMIT 1",
                rs -> rs.getString(1), chat, messageId);
    }

    @Override
    public List<Entry> heads(Instant now, int limit) {
        return db.query("""
                SELECT o.id, o.payload, o.attempts FROM outbox o
                JOIN (SELECT chat_id, MIN(id) AS id FROM outbox
                      WHERE status = 'pending' AND not_before <= ? GROUP BY chat_id) head ON head.id = o.id
                WHERE o.retry_at <= ?
                ORDER BY o.id LIMIT ?""",
                rs -> new Entry(rs.getLong(1), Json.read(rs.getString(2), Outbound.class), rs.getInt(3)),
                now, now, limit);
    }

    @Override
    public void delivered(long id, long messageId, Instant now) {
        db.update("UPDATE outbox SET status = 'sent', sent_at = ?, message_id = ? WHERE id = ?", now, messageId, id);
    }

    @Override
    public void retryAt(long id, Instant at, int attempts, String reason) {
        db.update("UPDATE outbox SET retry_at = ?, attempts = ?, last_error = ? WHERE id = ?", at, attempts, reason, id);
    }

    @Override
    public void rejected(long id, String reason, Instant now) {
        db.update("UPDATE outbox SET status = 'rejected', sent_at = ?, last_error = ? WHERE id = ?", now, reason, id);
    }

    @Override
    public Optional<Instant> nextDue(Instant now) {
        return db.queryOne("""
                SELECT MIN(t) FROM (
                    SELECT o.retry_at AS t FROM outbox o
                    JOIN (SELECT chat_id, MIN(id) AS id FROM outbox
                          WHERE status = 'pending' AND not_before <= ? GROUP BY chat_id) head ON head.id = o.id
                    UNION ALL
                    SELECT not_before AS t FROM outbox WHERE status = 'pending' AND not_before > ?)""",
                rs -> Database.instant(rs.getString(1)), now, now);
    }

    @Override
    public int pendingCount() {
        return db.queryOne("SELECT COUNT(*) FROM outbox WHERE status = 'pending'", rs -> rs.getInt(1)).orElse(0);
    }

    @Override
    public int prune(Instant before) {
        return db.update("DELETE FROM outbox WHERE status <> 'pending' AND created_at < ?", before);
    }
}
