package studiobot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import studiobot.chat.Incoming;
import studiobot.delivery.Inbox;

/** The inbox in SQLite: an update id already stored is skipped, so a redelivered update is not handled twice. */
public final class SqliteInbox implements Inbox {
    private static final Logger log = LogManager.getLogger(SqliteInbox.class);
    private final Database db;

    public SqliteInbox(Database db) {
        this.db = db;
    }

    @Override
    public List<Item> store(List<Incoming> batch, Instant now) {
        return db.inTransaction(() -> {
            List<Item> fresh = new ArrayList<>();
            for (Incoming in : batch) {
                if (in.updateId() != null && db.queryOne(
                        "SELECT 1 FROM inbox WHERE source = ? AND update_id = ?", rs -> 1, in.source(), in.updateId()).isPresent()) {
                    continue;
                }
                long seq = db.insert(
                        "INSERT INTO inbox (source, update_id, chat_id, payload, received_at) VALUES (?, ?, ?, ?, ?)",
                        in.source(), in.updateId(), in.chat(), Json.write(in), now);
                fresh.add(new Item(seq, in));
            }
            return fresh;
        });
    }

    @Override
    public void storeUnreadable(List<Unreadable> updates, Instant now) {
        db.inTransaction(() -> {
            for (Unreadable u : updates) {
                // chat 0: no chat could be read; processed at once, with the reason as its error
                db.update("INSERT OR IGNORE INTO inbox (source, update_id, chat_id, payload, received_at, processed_at, error)"
                        + " VALUES (?, ?, 0, ?, ?, ?, ?)", u.source(), u.updateId(), u.raw(), now, now, "unreadable: " + u.reason());
            }
            return null;
        });
    }

    @Override
    public boolean isPending(long seq) {
        return db.queryOne("SELECT 1 FROM inbox WHERE seq = ? AND processed_at IS NULL", rs -> 1, seq).isPresent();
    }

    @Override
    public void markDone(long seq, Instant now, String error) {
        db.update("UPDATE inbox SET processed_at = ?, error = ?, payload = CASE scrub WHEN 1 THEN '{}' ELSE payload END WHERE seq = ?",
                now, error, seq);
    }

    @Override
    public List<Item> pending(Instant now) {
        return db.inTransaction(() -> {
            List<Item> items = new ArrayList<>();
            for (Object row : db.query("SELECT seq, payload FROM inbox WHERE processed_at IS NULL ORDER BY seq", SqliteInbox::pendingRow)) {
                if (row instanceof Item item) {
                    items.add(item);
                } else if (row instanceof Unread bad) {
                    log.error("stored update (seq {}) cannot be read; marked failed: {}", bad.seq(), bad.reason());
                    markDone(bad.seq(), now, "unreadable: " + bad.reason());
                }
            }
            return items;
        });
    }

    /** A pending row whose payload cannot be read, and why. */
    private record Unread(long seq, String reason) {}

    private static Object pendingRow(ResultSet rs) throws SQLException {
        long seq = rs.getLong(1);
        try {
            return new Item(seq, Json.read(rs.getString(2), Incoming.class));
        } catch (StoreException e) {
            return new Unread(seq, e.getMessage() + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()));
        }
    }

    /** Read through the index of processed updates by age (QueryPlansTest holds it to that). */
    static final String PRUNE = "DELETE FROM inbox WHERE seq IN (SELECT seq FROM inbox WHERE processed_at IS NOT NULL AND received_at < ?"
            + " ORDER BY received_at LIMIT ?)";

    @Override
    public int prune(Instant before, int limit) {
        return db.update(PRUNE, before, limit);
    }
}
