package studiobot.store;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import studiobot.booking.Slot;
import studiobot.feedback.Ratings;

class SqliteRatingsTest extends RatingsContract {
    @TempDir
    Path dir;

    private Database db;
    private int bookings;

    @Override
    Ratings open() {
        db = Database.open(dir);
        return new SqliteRatings(db);
    }

    @Override
    Ratings reopen() {
        db.close();
        return open();
    }

    @Override
    long aBooking(long clientId) {
        new SqlitePeople(db).seen(clientId, "Maria", "en", NOW);
        Instant start = Instant.parse("2026-11-24T08:00:00Z").plus(Duration.ofHours(2L * bookings++));
        return new SqliteBookings(db).insert(clientId, new Slot("anna", start, start.plus(Duration.ofHours(1))), "portrait", List.of(), NOW)
                .orElseThrow().id();
    }

    @AfterEach
    void close() {
        db.close();
    }
}
