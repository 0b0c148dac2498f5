package studiobot.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import studiobot.config.StudioConfig.Photographer;
import studiobot.config.StudioConfig.TimeRange;

/**
 * A photographer's working hours, read in their own zone. Pure: {@link #nextOpening} says when
 * they are next at work (empty while they are at work now); correct across DST changes because
 * every wall-clock time is resolved in the zone on its own day.
 */
final class WorkingHours {
    private static final int DAYS_AHEAD = 8;

    private WorkingHours() {}

    /** The start of the next working period after now, or empty if now is within one (or there are none). */
    static Optional<Instant> nextOpening(Photographer p, Instant now) {
        ZoneId zone = p.timeZone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant next = null;
        for (int d = -1; d <= DAYS_AHEAD; d++) {
            LocalDate day = today.plusDays(d);
            List<TimeRange> ranges = p.workingHours().getOrDefault(day.getDayOfWeek(), List.of());
            for (TimeRange range : ranges) {
                Instant start = day.atTime(range.start()).atZone(zone).toInstant();
                Instant end = day.atTime(range.end()).atZone(zone).toInstant();
                if (!now.isBefore(start) && now.isBefore(end)) {
                    return Optional.empty();
                }
                if (start.isAfter(now) && (next == null || start.isBefore(next))) {
                    next = start;
                }
            }
        }
        return Optional.ofNullable(next);
    }

    static boolean hasHours(Photographer p) {
        return p.workingHours().values().stream().anyMatch(r -> !r.isEmpty());
    }
}
