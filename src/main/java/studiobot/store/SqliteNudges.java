package studiobot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import studiobot.nudge.Nudges;

/** Nudges in SQLite; an episode is unique, so it is nudged once. */
public final class SqliteNudges implements Nudges {
    private static final String COLUMNS = "id, client_id, reason, since, raised_at, outcome, outcome_at, snoozed_until";
    private final Database db;

    public SqliteNudges(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Nudge> raise(long clientId, String reason, Instant since, Instant now) {
        return db.inTransaction(() -> {
            if (db.update("INSERT INTO nudge (client_id, reason, since, raised_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    clientId, reason, since, now) == 0) {
                return Optional.<Nudge>empty();
            }
            return db.queryOne("SELECT " + COLUMNS + " FROM nudge WHERE client_id = ? AND reason = ? AND since = ?",
                    SqliteNudges::nudge, clientId, reason, since);
        });
    }

    @Override
    public Optional<Nudge> find(long id) {
        return db.queryOne("SELECT " + COLUMNS + " FROM nudge WHERE id = ?", SqliteNudges::nudge, id);
    }

    @Override
    public boolean settle(long id, Outcome outcome, Instant now) {
        return db.inTransaction(() -> {
            Optional<Nudge> n = find(id);
            if (n.isEmpty() || db.update("UPDATE nudge SET outcome = ?, outcome_at = ?, snoozed_until = NULL"
                    + " WHERE id = ? AND outcome IN ('open', 'snoozed')", name(outcome), now, id) != 1) {
                return false;
            }
            if (outcome == Outcome.LOST) {
                db.update("INSERT INTO lost_client (client_id, since) VALUES (?, ?) ON CONFLICT (client_id) DO UPDATE SET since = excluded.since",
                        n.get().clientId(), now);
            }
            return true;
        });
    }

    @Override
    public boolean snooze(long id, Instant until, Instant now) {
        return db.update("UPDATE nudge SET outcome = 'snoozed', outcome_at = ?, snoozed_until = ? WHERE id = ? AND outcome = 'open'",
                now, until, id) == 1;
    }

    @Override
    public boolean wake(long id, Instant now) {
        return db.update("UPDATE nudge SET outcome = 'open', outcome_at = NULL, snoozed_until = NULL WHERE id = ? AND outcome = 'snoozed'", id) == 1;
    }

    @Override
    public void clientWrote(long clientId, Instant now) {
        db.update("UPDATE nudge SET outcome = 'answered', outcome_at = ?, snoozed_until = NULL WHERE client_id = ? AND outcome IN ('open', 'snoozed')",
                now, clientId);
        db.update("DELETE FROM lost_client WHERE client_id = ?", clientId);
    }

    @Override
    public void photographerWrote(long clientId, Instant now) {
        db.update("UPDATE nudge SET outcome = 'check_in', outcome_at = ? WHERE client_id = ? AND outcome = 'open'", now, clientId);
    }

    @Override
    public boolean isLost(long clientId) {
        return db.queryOne("SELECT 1 FROM lost_client WHERE client_id = ?", rs -> true, clientId).isPresent();
    }

    @Override
    public List<Nudge> of(long clientId) {
        return db.query("SELECT " + COLUMNS + " FROM nudge WHERE client_id = ? ORDER BY raised_at DESC, id DESC", SqliteNudges::nudge, clientId);
    }

    private static Nudge nudge(ResultSet rs) throws SQLException {
        return new Nudge(rs.getLong(1), rs.getLong(2), rs.getString(3), Database.instant(rs.getString(4)), Database.instant(rs.getString(5)),
                Outcome.valueOf(rs.getString(6).toUpperCase(Locale.ROOT)), Database.instant(rs.getString(7)), Database.instant(rs.getString(8)));
    }

    private static String name(Outcome o) {
        return o.name().toLowerCase(Locale.ROOT);
    }
}
