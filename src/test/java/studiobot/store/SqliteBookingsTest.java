package studiobot.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studiobot.booking.Bookings;

/** {@link BookingsContract} on a real SQLite file; a restart closes the database and opens it again. */
class SqliteBookingsTest extends BookingsContract {
    @TempDir
    Path dir;

    private Database db;

    @Override
    Bookings open() {
        db = Database.open(dir);
        SqlitePeople people = new SqlitePeople(db);
        people.seen(ALICE, "Alice", "en", NOW);
        people.seen(BORIS, "Boris", "en", NOW);
        return new SqliteBookings(db);
    }

    @Override
    Bookings reopen() {
        db.close();
        db = Database.open(dir);
        return new SqliteBookings(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** The schema ties a booking to a person the bot has met; the in-memory fake knows no people. */
    @Test
    void insert_clientNeverSeen_isRefusedByTheForeignKey() {
        assertThatThrownBy(() -> bookings.insert(303, hour(ANNA, "2026-12-01T10:00"), PORTRAIT, List.of(), NOW))
                .isInstanceOf(StoreException.class);
    }
}
