package studiobot.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A daily window, in the recipient's own zone, when non-urgent messages wait; it may wrap
 * midnight (21:00–09:00). {@link #nextAllowed} tells when such a message may go.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public Instant nextAllowed(Instant now, ZoneId zone) {
        if (start.equals(end)) {
            return now;
        }
        ZonedDateTime local = now.atZone(zone);
        LocalTime t = local.toLocalTime();
        boolean wraps = start.isAfter(end);
        boolean quiet = wraps ? !t.isBefore(start) || t.isBefore(end) : !t.isBefore(start) && t.isBefore(end);
        if (!quiet) {
            return now;
        }
        LocalDate endDay = wraps && !t.isBefore(start) ? local.toLocalDate().plusDays(1) : local.toLocalDate();
        // atZone moves a wall time inside a DST gap forward by the gap; in a fall-back overlap it takes
        // the earlier offset, which is already past when we are in the repeated hour: then the later one
        ZonedDateTime until = endDay.atTime(end).atZone(zone);
        if (until.toInstant().isBefore(now)) {
            until = until.withLaterOffsetAtOverlap();
        }
        return until.toInstant().isBefore(now) ? now : until.toInstant();
    }
}
