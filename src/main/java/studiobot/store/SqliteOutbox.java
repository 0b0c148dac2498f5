package studiobot.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import studiobot.chat.ChatId;
import studiobot.chat.Outbound;
import studiobot.chat.Reply;
import studiobot.delivery.Outbox;

/** The outbox in SQLite. */
public final class SqliteOutbox implements Outbox {
    private final Database db;

    public SqliteOutbox(Database db) {
        this.db = db;
    }

    @Override
    public long enqueue(Reply reply, Instant notBefore, Instant now) {
        return db.insert("INSERT INTO outbox (chat_id, payload, format, created_at, not_before, retry_at) VALUES (?, ?, 'reply', ?, ?, ?)",
                reply.to(), ReplyJson.write(reply), now, notBefore, now);
    }

    @Override
    public List<Entry> heads(Instant now, int limit) {
        return db.query("""
                SELECT o.id, o.chat_id, o.payload, o.format, o.attempts FROM outbox o
                JOIN (SELECT chat_id, MIN(id) AS id FROM outbox
                      WHERE status = 'pending' AND not_before <= ? GROUP BY chat_id) head ON head.id = o.id
                WHERE o.retry_at <= ?
                ORDER BY o.id LIMIT ?""",
                rs -> "reply".equals(rs.getString(4))
                        ? new Entry(rs.getLong(1), new ChatId(rs.getLong(2)), ReplyJson.read(rs.getString(3)), null, rs.getInt(5))
                        : new Entry(rs.getLong(1), new ChatId(rs.getLong(2)), null, Json.read(rs.getString(3), Outbound.class), rs.getInt(5)),
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
