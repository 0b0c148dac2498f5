package studiobot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import studiobot.booking.Deliveries;

/** Deliveries in SQLite: one row per sneak peek or gallery message, its photos in their own table. */
public final class SqliteDeliveries implements Deliveries {
    private static final String COLUMNS = "id, booking_id, kind, author_id, started_at, sent_at, link, note";

    private final Database db;

    public SqliteDeliveries(Database db) {
        this.db = db;
    }

    @Override
    public Delivery draft(long bookingId, Kind kind, long authorId, Instant now) {
        return db.inTransaction(() -> {
            Optional<Long> open = db.queryOne("SELECT id FROM delivery WHERE booking_id = ? AND kind = ? AND author_id = ? AND sent_at IS NULL",
                    rs -> rs.getLong(1), bookingId, name(kind), authorId);
            long id = open.orElseGet(() -> db.insert("INSERT INTO delivery (booking_id, kind, author_id, started_at) VALUES (?, ?, ?, ?)",
                    bookingId, name(kind), authorId, now));
            return find(id).orElseThrow();
        });
    }

    @Override
    public Optional<Delivery> find(long id) {
        return db.queryOne("SELECT " + COLUMNS + " FROM delivery WHERE id = ?", this::delivery, id);
    }

    @Override
    public boolean addPhoto(long id, String file, int max) {
        return db.inTransaction(() -> {
            Optional<Delivery> d = find(id).filter(x -> !x.sent() && x.photos().size() < max);
            if (d.isEmpty()) {
                return false;
            }
            db.update("INSERT INTO delivery_photo (delivery_id, position, file) VALUES (?, ?, ?)", id, d.get().photos().size() + 1, file);
            return true;
        });
    }

    @Override
    public boolean describe(long id, String link, String note) {
        return db.update("UPDATE delivery SET link = ?, note = ? WHERE id = ? AND sent_at IS NULL", link, note, id) == 1;
    }

    @Override
    public boolean markSent(long id, Instant now) {
        return db.update("UPDATE delivery SET sent_at = ? WHERE id = ? AND sent_at IS NULL", now, id) == 1;
    }

    @Override
    public void discard(long id) {
        db.inTransaction(() -> {
            if (db.update("DELETE FROM delivery WHERE id = ? AND sent_at IS NULL", id) == 1) {
                db.update("DELETE FROM delivery_photo WHERE delivery_id = ?", id);
            }
            return null;
        });
    }

    @Override
    public List<Delivery> sentFor(long bookingId) {
        return db.query("SELECT " + COLUMNS + " FROM delivery WHERE booking_id = ? AND sent_at IS NOT NULL ORDER BY sent_at, id",
                this::delivery, bookingId);
    }

    private Delivery delivery(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        List<String> photos = db.query("SELECT file FROM delivery_photo WHERE delivery_id = ? ORDER BY position", r -> r.getString(1), id);
        return new Delivery(id, rs.getLong(2), Kind.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)), rs.getLong(4),
                Database.instant(rs.getString(5)), Database.instant(rs.getString(6)), rs.getString(7), rs.getString(8), photos);
    }

    private static String name(Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
