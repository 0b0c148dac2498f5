package studiobot.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import studiobot.chat.Timing;

/**
 * A daily window, in the recipient's own zone, when non-urgent messages wait; it may wrap
 * midnight (21:00–09:00). {@link #nextAllowed} tells when such a message may go.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    /**
     * When a message with this timing may go to a reader in {@code zone}: at once, after the quiet
     * hours, or (about a shoot) after them only while that still leaves the timing's lead before
     * the shoot; else at once, since the news would come too late.
     */
    public Instant notBefore(Timing timing, Instant now, ZoneId zone) {
        if (timing instanceof Timing.Now) {
            return now;
        }
        Instant allowed = nextAllowed(now, zone);
        if (timing instanceof Timing.BeforeShoot s && allowed.plus(s.lead()).isAfter(s.shoot())) {
            return now;
        }
        return allowed;
    }

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
