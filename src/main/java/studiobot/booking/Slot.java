package studiobot.booking;

import java.time.Instant;
import java.util.Objects;

/** A bookable shoot: one photographer from {@code start} (inclusive) to {@code end} (exclusive), in UTC instants. */
public record Slot(String photographerId, Instant start, Instant end) {

    public Slot {
        Objects.requireNonNull(photographerId, "photographerId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a slot must end after it starts: " + start + " to " + end);
        }
    }
}
