package studiobot.booking;

import java.time.Instant;
import java.util.Objects;

/** Time a photographer is already taken (an existing booking), from {@code start} (inclusive) to {@code end} (exclusive). */
public record Busy(String photographerId, Instant start, Instant end) {

    public Busy {
        Objects.requireNonNull(photographerId, "photographerId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("busy time must not end before it starts: " + start + " to " + end);
        }
    }
}
