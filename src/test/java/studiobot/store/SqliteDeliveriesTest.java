package studiobot.store;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import studiobot.booking.Deliveries;
import studiobot.booking.Slot;

class SqliteDeliveriesTest extends DeliveriesContract {
    @TempDir
    Path dir;

    private Database db;
    private int bookings;

    @Override
    Deliveries open() {
        db = Database.open(dir);
        return new SqliteDeliveries(db);
    }

    @Override
    Deliveries reopen() {
        db.close();
        return open();
    }

    @Override
    long aBooking() {
        new SqlitePeople(db).seen(7001, "Maria", "en", NOW);
        Instant start = Instant.parse("2026-11-24T08:00:00Z").plus(Duration.ofHours(2L * bookings++));
        return new SqliteBookings(db).insert(7001, new Slot("anna", start, start.plus(Duration.ofHours(1))), "portrait", List.of(), NOW)
                .orElseThrow().id();
    }

    @AfterEach
    void close() {
        db.close();
    }
}
