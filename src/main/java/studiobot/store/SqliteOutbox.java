package studiobot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import studiobot.chat.ChatId;
import studiobot.chat.Outbound;
import studiobot.chat.Reply;
import studiobot.delivery.Outbox;

/** The outbox in SQLite. */
public final class SqliteOutbox implements Outbox {
    /** How many of the oldest pending messages a round walks before it looks chat by chat instead. */
    static final int WALK = 1_000;

    private final Database db;
    private final int walk;

    public SqliteOutbox(Database db) {
        this(db, WALK);
    }

    /** With a shorter walk, for tests: every round past it is found chat by chat. */
    SqliteOutbox(Database db, int walk) {
        this.db = db;
        this.walk = walk;
    }

    @Override
    public long enqueue(Reply reply, Instant notBefore, Instant now) {
        return db.insert("INSERT INTO outbox (chat_id, payload, format, press, created_at, not_before, retry_at) VALUES (?, ?, 'reply', ?, ?, ?, ?)",
                reply.to(), ReplyJson.write(reply), reply.isPressAnswer() ? 1 : 0, now, notBefore, now);
    }

    @Override
    public List<Due> due(Instant now, int limit) {
        List<Due> walked = db.query(DUE, SqliteOutbox::due, walk, now, now, now, limit);
        if (walked.size() >= limit || db.queryOne(PENDING_UP_TO, rs -> rs.getInt(1), walk + 1).orElse(0) <= walk) {
            return walked;
        }
        // the oldest pending messages are queued deep in a few chats: what may go is found chat by chat
        return db.query(DUE_BY_CHAT, SqliteOutbox::due, now, now, now, now, limit);
    }

    private static Due due(ResultSet rs) throws SQLException {
        return new Due(rs.getLong(1), new ChatId(rs.getLong(2)), rs.getInt(3) == 1);
    }

    /**
     * Of the {@link #WALK} oldest pending messages, oldest first, each that may go now: an answer
     * to a press, or the first of its chat among those whose time has come (its chat's earlier
     * messages are looked up in the chat's index); it stops at the limit. When the waiting messages
     * are spread over many chats, as replies to many clients are, a round reads about as many rows
     * as it takes, however many wait. All from indexes (QueryPlansTest holds it to that).
     */
    static final String DUE = """
            SELECT o.id, o.chat_id, o.press
            FROM (SELECT id, chat_id, press, not_before, retry_at FROM outbox WHERE status = 'pending' ORDER BY id LIMIT ?) o
            WHERE o.not_before <= ? AND o.retry_at <= ?
              AND (o.press = 1 OR NOT EXISTS (
                  SELECT 1 FROM outbox p WHERE p.status = 'pending' AND p.chat_id = o.chat_id AND p.id < o.id
                    AND p.press = 0 AND p.not_before <= ?))
            ORDER BY o.id LIMIT ?""";

    /** How many messages are pending, counted up to the limit given. */
    static final String PENDING_UP_TO = "SELECT COUNT(*) FROM (SELECT 1 FROM outbox WHERE status = 'pending' LIMIT ?)";

    /**
     * The same as {@link #DUE}, for when the walk was not enough: each chat's first message among
     * those whose time has come, found chat by chat (the next chat with a pending message is one
     * step down the chat's index, and its first message the next), then the due answers to
     * presses; oldest first. A few index steps for each chat that waits, however many messages
     * wait in it (QueryPlansTest holds it to indexes).
     */
    static final String DUE_BY_CHAT = """
            WITH RECURSIVE chats(chat) AS (
                SELECT MIN(chat_id) FROM outbox WHERE status = 'pending'
                UNION ALL
                SELECT (SELECT MIN(chat_id) FROM outbox WHERE status = 'pending' AND chat_id > chats.chat)
                FROM chats WHERE chats.chat IS NOT NULL)
            SELECT h.id, h.chat_id, 0 FROM chats JOIN outbox h ON h.id = (
                SELECT p.id FROM outbox p WHERE p.status = 'pending' AND p.chat_id = chats.chat AND p.press = 0 AND p.not_before <= ?
                ORDER BY p.id LIMIT 1)
            WHERE h.retry_at <= ?
            UNION ALL
            SELECT id, chat_id, 1 FROM outbox WHERE status = 'pending' AND press = 1 AND not_before <= ? AND retry_at <= ?
            ORDER BY 1 LIMIT ?""";

    @Override
    public List<Entry> entries(List<Long> ids) {
        // one statement for any number of ids: the list goes in as one JSON array
        return db.query("SELECT id, chat_id, payload, format, attempts FROM outbox"
                        + " WHERE id IN (SELECT value FROM json_each(?)) AND status = 'pending' ORDER BY id",
                SqliteOutbox::entry, ids.toString());
    }

    /** A stored row as an entry; one whose payload cannot be read is marked so, and does not stop the others. */
    private static Entry entry(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        ChatId chat = new ChatId(rs.getLong(2));
        int attempts = rs.getInt(5);
        try {
            return "reply".equals(rs.getString(4))
                    ? new Entry(id, chat, ReplyJson.read(rs.getString(3)), null, attempts)
                    : new Entry(id, chat, null, Json.read(rs.getString(3), Outbound.class), attempts);
        } catch (StoreException e) {
            return Entry.unreadable(id, chat, attempts, e.getMessage());
        }
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
    public void retryFaultsNow(Instant now) {
        db.update("UPDATE outbox SET retry_at = ? WHERE status = 'pending' AND retry_at > ? AND last_error LIKE ? || '%'",
                now, now, studiobot.chat.SendResult.Transient.NETWORK);
    }

    @Override
    public void rejected(long id, String reason, Instant now) {
        db.update("UPDATE outbox SET status = 'rejected', sent_at = ?, last_error = ? WHERE id = ?", now, reason, id);
    }

    @Override
    public void forget(long id) {
        db.update("DELETE FROM outbox WHERE id = ?", id);
        db.afterCommit(db::checkpoint);
    }

    @Override
    public Optional<Instant> nextDue(Instant now) {
        return db.queryOne(NEXT_DUE, rs -> Database.instant(rs.getString(1)), now, now, now);
    }

    /**
     * Reads pending rows only: from their indexes, and the row of each chat's first message for
     * its retry time (QueryPlansTest holds it to that). It runs when a round found nothing due.
     */
    static final String NEXT_DUE = """
            SELECT MIN(t) FROM (
                SELECT o.retry_at AS t FROM outbox o
                JOIN (SELECT chat_id, MIN(id) AS id FROM outbox
                      WHERE status = 'pending' AND press = 0 AND not_before <= ? GROUP BY chat_id) head ON head.id = o.id
                UNION ALL
                SELECT retry_at AS t FROM outbox WHERE status = 'pending' AND press = 1 AND not_before <= ?
                UNION ALL
                SELECT not_before AS t FROM outbox WHERE status = 'pending' AND not_before > ?)""";

    @Override
    public int pendingCount() {
        return db.queryOne("SELECT COUNT(*) FROM outbox WHERE status = 'pending'", rs -> rs.getInt(1)).orElse(0);
    }

    /** Read through the index of finished messages by age (QueryPlansTest holds it to that). */
    static final String PRUNE = "DELETE FROM outbox WHERE id IN (SELECT id FROM outbox WHERE status <> 'pending' AND created_at < ?"
            + " ORDER BY created_at LIMIT ?)";

    @Override
    public int prune(Instant before, int limit) {
        return db.update(PRUNE, before, limit);
    }
}
