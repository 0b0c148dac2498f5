package studiobot.store;

import java.util.Optional;
import java.time.Instant;
import studiobot.feedback.Ratings;

/** Ratings in SQLite; the booking id is the key, so a booking is rated once. */
public final class SqliteRatings implements Ratings {
    private final Database db;

    public SqliteRatings(Database db) {
        this.db = db;
    }

    @Override
    public boolean rate(long bookingId, long clientId, int score, Instant now) {
        return db.update("INSERT INTO rating (booking_id, client_id, score, rated_at) VALUES (?, ?, ?, ?) ON CONFLICT (booking_id) DO NOTHING",
                bookingId, clientId, score, now) == 1;
    }

    @Override
    public Optional<Rating> of(long bookingId) {
        return db.queryOne("SELECT booking_id, client_id, score, rated_at, comment, remedy, resolved_at FROM rating WHERE booking_id = ?",
                rs -> new Rating(rs.getLong(1), rs.getLong(2), rs.getInt(3), Database.instant(rs.getString(4)), rs.getString(5),
                        rs.getString(6), Database.instant(rs.getString(7))), bookingId);
    }

    @Override
    public boolean comment(long bookingId, String comment, Instant now) {
        return db.update("UPDATE rating SET comment = ?, commented_at = ? WHERE booking_id = ? AND comment IS NULL", comment, now, bookingId) == 1;
    }

    @Override
    public boolean chooseRemedy(long bookingId, String remedy, Instant now) {
        return db.update("UPDATE rating SET remedy = ? WHERE booking_id = ? AND remedy IS NULL", remedy, bookingId) == 1;
    }

    @Override
    public boolean resolve(long bookingId, Instant now) {
        return db.update("UPDATE rating SET resolved_at = ? WHERE booking_id = ? AND resolved_at IS NULL", now, bookingId) == 1;
    }
}
