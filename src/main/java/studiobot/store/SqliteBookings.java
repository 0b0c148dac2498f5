package studiobot.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import studiobot.booking.Answer;
import studiobot.booking.Booking;
import studiobot.booking.Bookings;
import studiobot.booking.Busy;
import studiobot.booking.Draft;
import studiobot.booking.Slot;

/** Bookings, their changes and the flows under way, in SQLite. */
public final class SqliteBookings implements Bookings {
    private static final String COLUMNS = "id, client_id, photographer_id, package_id, start_at, end_at, status, answers, no_show";
    private static final TypeReference<List<Answer>> ANSWERS = new TypeReference<>() {};

    private final Database db;

    public SqliteBookings(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Booking> insert(long clientId, Slot slot, String packageId, List<Answer> answers, Instant now) {
        try {
            long id = db.insert("INSERT INTO booking (client_id, photographer_id, package_id, start_at, end_at, status, answers, created_at, changed_at)"
                            + " VALUES (?, ?, ?, ?, ?, 'confirmed', ?, ?, ?)",
                    clientId, slot.photographerId(), packageId, slot.start(), slot.end(), Json.write(answers), now, now);
            return find(id);
        } catch (StoreException e) {
            if (isUniqueViolation(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public Optional<Booking> find(long id) {
        return db.queryOne("SELECT " + COLUMNS + " FROM booking WHERE id = ?", SqliteBookings::booking, id);
    }

    @Override
    public List<Booking> ofClient(long clientId) {
        return db.query("SELECT " + COLUMNS + " FROM booking WHERE client_id = ? ORDER BY start_at DESC, id DESC",
                SqliteBookings::booking, clientId);
    }

    @Override
    public List<Booking> starting(String photographerId, Instant from, Instant to) {
        return db.query("SELECT " + COLUMNS + " FROM booking WHERE status <> 'cancelled' AND start_at >= ? AND start_at < ?"
                        + " AND (? IS NULL OR photographer_id = ?) ORDER BY start_at, photographer_id",
                SqliteBookings::booking, from, to, photographerId, photographerId);
    }

    /** Read through the index of bookings not cancelled by their end: only the time still to come (QueryPlansTest holds it to that). */
    static final String BUSY = "SELECT photographer_id, start_at, end_at FROM booking WHERE status <> 'cancelled' AND end_at > ?"
            + " AND (? IS NULL OR id <> ?)";

    @Override
    public List<Busy> busy(Instant from, Long except) {
        return db.query(BUSY,
                rs -> new Busy(rs.getString(1), Database.instant(rs.getString(2)), Database.instant(rs.getString(3))),
                from, except, except);
    }

    @Override
    public boolean move(long id, Slot to, Instant now) {
        try {
            return db.update("UPDATE booking SET photographer_id = ?, start_at = ?, end_at = ?, changed_at = ? WHERE id = ?",
                    to.photographerId(), to.start(), to.end(), now, id) == 1;
        } catch (StoreException e) {
            if (isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public int noShowsOf(long clientId) {
        return db.queryOne("SELECT COUNT(*) FROM booking WHERE client_id = ? AND no_show = 1", rs -> rs.getInt(1), clientId).orElse(0);
    }

    @Override
    public void setStatus(long id, Booking.Status status, Instant now) {
        // a no-show is stored as done with its flag (the schema's check predates it)
        String stored = status == Booking.Status.NO_SHOW ? "done" : status.name().toLowerCase(Locale.ROOT);
        db.update("UPDATE booking SET status = ?, no_show = ?, changed_at = ? WHERE id = ?",
                stored, status == Booking.Status.NO_SHOW ? 1 : 0, now, id);
    }

    @Override
    public void recordChange(Booking booking, boolean byClient, Instant to, Instant now) {
        db.update("INSERT INTO booking_change (booking_id, client_id, kind, by_client, from_start, to_start, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                booking.id(), booking.clientId(), to == null ? "cancel" : "reschedule", byClient ? 1 : 0, booking.start(), to, now);
    }

    @Override
    public int changesByClient(long clientId) {
        return db.queryOne("SELECT count(*) FROM booking_change WHERE client_id = ? AND by_client = 1", rs -> rs.getInt(1), clientId).orElse(0);
    }

    @Override
    public List<Instant> changeTimesByClient(long clientId) {
        return db.query("SELECT at FROM booking_change WHERE client_id = ? AND by_client = 1 ORDER BY at",
                rs -> Database.instant(rs.getString(1)), clientId);
    }

    @Override
    public int movesOf(long bookingId) {
        return db.queryOne("SELECT count(*) FROM booking_change WHERE booking_id = ? AND kind = 'reschedule'", rs -> rs.getInt(1), bookingId).orElse(0);
    }

    @Override
    public long startFlow(long ownerId, String packageId, Long bookingId, Instant now) {
        return db.inTransaction(() -> {
            // a flow started over is not an abandoned one: the old flow ends here
            db.update("UPDATE booking_flow SET ended_at = ?, outcome = 'replaced' WHERE owner_id = ? AND ended_at IS NULL", now, ownerId);
            long id = db.insert("INSERT INTO booking_flow (owner_id, package_id, booking_id, started_at) VALUES (?, ?, ?, ?)",
                    ownerId, packageId, bookingId, now);
            saveDraft(Draft.start(id, ownerId, packageId, bookingId, now), now);
            return id;
        });
    }

    @Override
    public Optional<Draft> draft(long ownerId) {
        return db.queryOne("SELECT id, owner_id, package_id, booking_id, day, photographer_id, start_at, end_at, answers, started_at"
                        + " FROM booking_draft WHERE owner_id = ?",
                rs -> {
                    long bookingId = rs.getLong(4);
                    Long booking = rs.wasNull() ? null : bookingId;
                    String day = rs.getString(5);
                    String photographer = rs.getString(6);
                    Slot slot = photographer == null ? null
                            : new Slot(photographer, Database.instant(rs.getString(7)), Database.instant(rs.getString(8)));
                    return new Draft(rs.getLong(1), rs.getLong(2), rs.getString(3), booking, day == null ? null : LocalDate.parse(day),
                            slot, answers(rs.getString(9)), Database.instant(rs.getString(10)));
                }, ownerId);
    }

    @Override
    public void saveDraft(Draft d, Instant now) {
        Slot slot = d.slot();
        db.update("INSERT INTO booking_draft (owner_id, id, package_id, booking_id, day, photographer_id, start_at, end_at, answers, started_at, changed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (owner_id) DO UPDATE SET id = excluded.id, package_id = excluded.package_id,"
                        + " booking_id = excluded.booking_id, day = excluded.day, photographer_id = excluded.photographer_id,"
                        + " start_at = excluded.start_at, end_at = excluded.end_at, answers = excluded.answers,"
                        + " started_at = excluded.started_at, changed_at = excluded.changed_at",
                d.ownerId(), d.flowId(), d.packageId(), d.bookingId(), d.day() == null ? null : d.day().toString(),
                slot == null ? null : slot.photographerId(), slot == null ? null : slot.start(), slot == null ? null : slot.end(),
                Json.write(d.answers()), d.startedAt(), now);
    }

    @Override
    public void endFlow(long ownerId, String outcome, Instant now) {
        db.inTransaction(() -> {
            draft(ownerId).ifPresent(d -> db.update(
                    "UPDATE booking_flow SET ended_at = ?, outcome = ? WHERE id = ? AND ended_at IS NULL", now, outcome, d.flowId()));
            db.update("DELETE FROM booking_draft WHERE owner_id = ?", ownerId);
            return null;
        });
    }

    @Override
    public void setScreen(long flowId, Long messageId) {
        db.update("UPDATE booking_flow SET screen_message_id = ? WHERE id = ?", messageId, flowId);
    }

    @Override
    public Optional<Long> screenOf(long flowId) {
        return db.queryOne("SELECT screen_message_id FROM booking_flow WHERE id = ? AND screen_message_id IS NOT NULL",
                rs -> rs.getLong(1), flowId);
    }

    /** Read through the index of ended flows by age (QueryPlansTest holds it to that). */
    static final String PRUNE_FLOWS = "DELETE FROM booking_flow WHERE id IN (SELECT f.id FROM booking_flow f WHERE f.ended_at IS NOT NULL"
            + " AND f.ended_at < ? AND NOT EXISTS (SELECT 1 FROM booking_draft d WHERE d.id = f.id) ORDER BY f.ended_at LIMIT ?)";

    @Override
    public int pruneFlows(Instant before, int limit) {
        // an ended flow has no draft left (endFlow deletes it), so nothing refers to it any more
        return db.update(PRUNE_FLOWS, before, limit);
    }

    @Override
    public Optional<String> outcomeOf(long flowId) {
        return db.queryOne("SELECT outcome FROM booking_flow WHERE id = ?", rs -> rs.getString(1), flowId);
    }

    private static Booking booking(ResultSet rs) throws SQLException {
        return new Booking(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                Database.instant(rs.getString(5)), Database.instant(rs.getString(6)),
                rs.getInt(9) == 1 ? Booking.Status.NO_SHOW : Booking.Status.valueOf(rs.getString(7).toUpperCase(Locale.ROOT)),
                answers(rs.getString(8)));
    }

    private static List<Answer> answers(String json) {
        return Json.read(json, ANSWERS);
    }

    private static boolean isUniqueViolation(StoreException e) {
        return e.getCause() instanceof SQLiteException s
                && s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE;
    }
}
