package studiobot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import studiobot.chat.ChatId;
import studiobot.chat.Conversations;
import studiobot.chat.MessageKind;

/** The conversation record in SQLite; never pruned with the outbox. */
public final class SqliteConversations implements Conversations {
    private final Database db;

    public SqliteConversations(Database db) {
        this.db = db;
    }

    @Override
    public void record(Line line) {
        db.insert("""
                INSERT INTO conversation (client_id, chat_id, at, incoming, author, kind, awaits, message_id, refers_to, outbox_id, text)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                line.clientId(), line.chat(), line.at(), line.incoming() ? 1 : 0, line.author(), line.kind().name(),
                !line.incoming() && line.kind().awaitsClient() ? 1 : 0, line.messageId(), line.refersTo(), line.outboxId(),
                line.text() == null ? null : ReplyJson.writeMsg(line.text()));
    }

    @Override
    public void delivered(long outboxId, long messageId, Instant at) {
        db.update("UPDATE conversation SET message_id = ?, at = ?, outbox_id = NULL WHERE outbox_id = ?", messageId, at, outboxId);
    }

    @Override
    public Optional<Long> clientOf(ChatId chat, long messageId) {
        return db.queryOne("SELECT client_id FROM conversation WHERE chat_id = ? AND message_id = ? AND incoming = 0 ORDER BY id DESC LIMIT 1",
                rs -> rs.getLong(1), chat, messageId);
    }

    @Override
    public Optional<Instant> lastStudioWrite(long clientId) {
        return latestAt("SELECT MAX(at) FROM conversation WHERE client_id = ? AND incoming = 0 AND awaits = 1 AND outbox_id IS NULL", clientId);
    }

    @Override
    public Optional<Instant> lastClientWrite(long clientId) {
        return latestAt("SELECT MAX(at) FROM conversation WHERE client_id = ? AND incoming = 1", clientId);
    }

    @Override
    public List<Line> latest(long clientId, int limit) {
        return db.query("""
                SELECT client_id, chat_id, at, incoming, author, kind, message_id, refers_to, outbox_id, text
                FROM conversation WHERE client_id = ? ORDER BY at DESC, id DESC LIMIT ?""",
                SqliteConversations::line, clientId, limit);
    }

    private Optional<Instant> latestAt(String sql, long clientId) {
        return db.queryOne(sql, rs -> Database.instant(rs.getString(1)), clientId);
    }

    private static Line line(ResultSet rs) throws SQLException {
        return new Line(rs.getLong(1), new ChatId(rs.getLong(2)), Database.instant(rs.getString(3)), rs.getInt(4) == 1,
                nullableLong(rs, 5), MessageKind.valueOf(rs.getString(6)), nullableLong(rs, 7), nullableLong(rs, 8), nullableLong(rs, 9),
                rs.getString(10) == null ? null : ReplyJson.readMsg(rs.getString(10)));
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
