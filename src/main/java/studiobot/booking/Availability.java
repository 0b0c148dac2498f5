package studiobot.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import studiobot.config.StudioConfig;
import studiobot.config.StudioConfig.PackageOffer;
import studiobot.config.StudioConfig.Photographer;
import studiobot.config.StudioConfig.Policy;
import studiobot.config.StudioConfig.TimeRange;

/**
 * Which shoots can be booked. Pure: every answer depends only on the studio's configuration and on
 * the {@code now} and busy times passed in; no clock, no I/O.
 *
 * <p>The rules, for each photographer of the package:
 * <ul>
 *   <li>Candidate starts step by {@code policy.slotStep} through each working range of each day,
 *       from the range's start, on the photographer's wall clock (in their own zone).</li>
 *   <li>The whole shoot must fit inside that one range; it must start at or after
 *       {@code now + minNotice} and before {@code now + horizon}.</li>
 *   <li>It must not overlap any busy time of that photographer widened by {@code policy.buffer}
 *       on both sides; ending exactly where a widened busy time starts, or starting exactly where
 *       one ends, is allowed.</li>
 * </ul>
 *
 * <p>Daylight-saving decisions:
 * <ul>
 *   <li><b>Skipped times</b> (spring forward): a grid time the clock never shows is skipped, not
 *       shifted to the next valid time; the grid carries on from the range start as usual (Athens,
 *       29 March 2026, 02:00-06:00: 02:00, 02:30, 04:00, 04:30, 05:00).</li>
 *   <li><b>Repeated times</b> (fall back): a grid time the clock shows twice is offered once, at its
 *       first occurrence (the earlier, summer offset); the second pass through the repeated hour
 *       offers nothing (New York, 1 November 2026: 01:00 and 01:30 are 05:00Z and 05:30Z only).</li>
 *   <li><b>Durations</b> are real elapsed time: the shoot ends at {@code start + duration} as an
 *       instant, so an 8-hour wedding takes 8 real hours whatever the clocks do.</li>
 *   <li><b>Fitting the range</b>: the shoot's end must be no later than the range's end both as an
 *       instant (the range's end time resolved at its first occurrence) and as the photographer's
 *       wall-clock time on that day. Together: the shoot is over by the first moment the
 *       photographer's clock reads the end of the range (or later, if that time is skipped). So a
 *       range 00:00-08:00 is 9 real hours on a fall-back night and 7 on a spring-forward night, and
 *       a range's length in real hours, not on the clock face, decides whether a long shoot fits.</li>
 * </ul>
 *
 * <p>Slots are ordered by start instant, then by photographer id.
 */
public final class Availability {
    private static final Comparator<Slot> ORDER = Comparator.comparing(Slot::start).thenComparing(Slot::photographerId);

    private final Map<String, Photographer> photographers = new HashMap<>();
    private final Map<String, PackageOffer> packages = new HashMap<>();
    private final Policy policy;

    public Availability(StudioConfig config) {
        Objects.requireNonNull(config, "config");
        this.policy = config.policy();
        requireAtLeastZero(policy.minNotice(), "policy.minNotice");
        requireAtLeastZero(policy.buffer(), "policy.buffer");
        if (policy.slotStep().isZero() || policy.slotStep().isNegative()) {
            throw new IllegalArgumentException("policy.slotStep must be greater than zero, was " + policy.slotStep());
        }
        if (policy.horizon().isZero() || policy.horizon().isNegative()) {
            throw new IllegalArgumentException("policy.horizon must be greater than zero, was " + policy.horizon());
        }
        config.photographers().forEach(p -> photographers.put(p.id(), p));
        for (PackageOffer offer : config.packages()) {
            if (offer.duration().isZero() || offer.duration().isNegative()) {
                throw new IllegalArgumentException("packages." + offer.id() + ".duration must be greater than zero, was " + offer.duration());
            }
            packages.put(offer.id(), offer);
        }
    }

    /** Every bookable start of the package, ordered by start then photographer id; empty for an unknown package. */
    public List<Slot> slots(String packageId, Instant now, List<Busy> busy) {
        Objects.requireNonNull(packageId, "packageId");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(busy, "busy");
        PackageOffer offer = packages.get(packageId);
        if (offer == null) {
            return List.of();
        }
        Window window = Window.at(now, policy);
        List<Slot> result = new ArrayList<>();
        for (String id : new LinkedHashSet<>(offer.photographers())) {
            Photographer p = photographers.get(id);
            if (p == null) {
                continue;
            }
            Blocked blocked = Blocked.of(id, busy, policy.buffer());
            ZoneId zone = p.timeZone();
            // a day before and after: the local date of an instant may step back around an odd transition
            LocalDate last = LocalDate.ofInstant(window.latest(), zone).plusDays(1);
            for (LocalDate day = LocalDate.ofInstant(window.earliest(), zone).minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
                offerDay(p, offer.duration(), day, window, blocked, result);
            }
        }
        result.sort(ORDER);
        return List.copyOf(result);
    }

    /** The distinct dates, in the viewer's zone and in order, on which at least one slot of the package starts. */
    public List<LocalDate> daysWithSlots(String packageId, Instant now, List<Busy> busy, ZoneId viewerZone) {
        Objects.requireNonNull(viewerZone, "viewerZone");
        return slots(packageId, now, busy).stream()
                .map(s -> LocalDate.ofInstant(s.start(), viewerZone))
                .distinct()
                .sorted()
                .toList();
    }

    /** The slots of the package that start on {@code day} as the viewer's calendar counts it. */
    public List<Slot> slotsOn(String packageId, LocalDate day, ZoneId viewerZone, Instant now, List<Busy> busy) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(viewerZone, "viewerZone");
        Instant from = day.atStartOfDay(viewerZone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(viewerZone).toInstant();
        return slots(packageId, now, busy).stream()
                .filter(s -> !s.start().isBefore(from) && s.start().isBefore(to))
                .toList();
    }

    /**
     * Whether the slot is still one that {@link #slots} would offer for some package its photographer
     * shoots with exactly its length: on the step grid, inside a working range, within notice and
     * horizon, clear of every buffered busy time. Used at confirm time to refuse a slot taken meanwhile.
     */
    public boolean isFree(Slot slot, Instant now, List<Busy> busy) {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(busy, "busy");
        Photographer p = photographers.get(slot.photographerId());
        if (p == null) {
            return false;
        }
        Duration length = Duration.between(slot.start(), slot.end());
        boolean sold = packages.values().stream()
                .anyMatch(o -> o.duration().equals(length) && o.photographers().contains(p.id()));
        if (!sold) {
            return false;
        }
        // a slot offered for a day starts on that day by the photographer's clock
        List<Slot> offered = new ArrayList<>();
        offerDay(p, length, LocalDate.ofInstant(slot.start(), p.timeZone()), Window.at(now, policy),
                Blocked.of(p.id(), busy, policy.buffer()), offered);
        return offered.contains(slot);
    }

    private void offerDay(Photographer p, Duration length, LocalDate day, Window window, Blocked blocked, List<Slot> out) {
        ZoneId zone = p.timeZone();
        ZoneRules rules = zone.getRules();
        for (TimeRange range : p.workingHours().getOrDefault(day.getDayOfWeek(), List.of())) {
            LocalDateTime closingWall = day.atTime(range.end());
            Instant closing = closingWall.atZone(zone).toInstant(); // first occurrence if repeated
            for (LocalDateTime wall = day.atTime(range.start()); wall.isBefore(closingWall); wall = wall.plus(policy.slotStep())) {
                if (rules.getValidOffsets(wall).isEmpty()) {
                    continue; // skipped by a spring-forward change: not shifted
                }
                Instant start = wall.atZone(zone).toInstant(); // the earlier offset: the first occurrence
                Instant end = start.plus(length);
                boolean fits = !end.isAfter(closing) && !LocalDateTime.ofInstant(end, zone).isAfter(closingWall);
                if (fits && window.admits(start) && !blocked.overlaps(start, end)) {
                    out.add(new Slot(p.id(), start, end));
                }
            }
        }
    }

    private static void requireAtLeastZero(Duration d, String key) {
        if (d.isNegative()) {
            throw new IllegalArgumentException(key + " must be zero or more, was " + d);
        }
    }

    /** Starts from {@code earliest} (inclusive) to {@code latest} (exclusive). */
    private record Window(Instant earliest, Instant latest) {
        static Window at(Instant now, Policy policy) {
            return new Window(now.plus(policy.minNotice()), now.plus(policy.horizon()));
        }

        boolean admits(Instant start) {
            return !start.isBefore(earliest) && start.isBefore(latest);
        }
    }

    /** One photographer's busy times widened by the buffer, merged and sorted, for a binary search. */
    private static final class Blocked {
        private final List<Instant> starts;
        private final List<Instant> ends;

        private Blocked(List<Instant> starts, List<Instant> ends) {
            this.starts = starts;
            this.ends = ends;
        }

        static Blocked of(String photographerId, List<Busy> busy, Duration buffer) {
            List<Busy> mine = busy.stream()
                    .filter(b -> b.photographerId().equals(photographerId))
                    .sorted(Comparator.comparing(Busy::start))
                    .toList();
            List<Instant> starts = new ArrayList<>();
            List<Instant> ends = new ArrayList<>();
            for (Busy b : mine) {
                Instant from = b.start().minus(buffer);
                Instant to = b.end().plus(buffer);
                int last = ends.size() - 1;
                if (last >= 0 && !from.isAfter(ends.get(last))) {
                    if (to.isAfter(ends.get(last))) {
                        ends.set(last, to);
                    }
                } else {
                    starts.add(from);
                    ends.add(to);
                }
            }
            return new Blocked(starts, ends);
        }

        /** Whether [start, end) shares any moment with a blocked interval; touching an edge does not count. */
        boolean overlaps(Instant start, Instant end) {
            // the last blocked interval that starts before the slot ends; intervals are disjoint and sorted
            int lo = 0;
            int hi = starts.size() - 1;
            int found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (starts.get(mid).isBefore(end)) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return found >= 0 && ends.get(found).isAfter(start);
        }
    }
}
