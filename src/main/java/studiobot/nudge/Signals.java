package studiobot.nudge;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The six early signals that a client is slipping away, each a pure decision: the facts and the
 * time in, "nudge for this reason, with these figures" or nothing out. {@code since} names the
 * episode: the moment the signal's story began (the studio's unanswered message, the flow left,
 * the change that made it a pattern...), so one episode is nudged once.
 */
final class Signals {
    private Signals() {}

    enum Reason { QUIET, ABANDONED, CHANGES, SLOWER, INACTIVE, ANNIVERSARY }

    /** A reason to nudge, with the figures the photographer is shown, and when its episode began. */
    record Signal(Reason reason, Instant since, Map<String, Object> figures) {
        Signal {
            figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        }
    }

    /** A reply is "much slower" from this many times the client's usual pace... */
    static final int SLOWER_FACTOR = 4;
    /** ...and at least this long: a client who answers in minutes is not slipping away after an hour. */
    static final Duration SLOWER_AT_LEAST = Duration.ofHours(6);
    /** The pace is the client's own once it rests on this many earlier replies. */
    static final int PACE_REPLIES = 3;
    /** Reschedules or cancellations by the client within the window that make a pattern. */
    static final int CHANGES_MAKING_A_PATTERN = 2;

    /** 1. The studio wrote and waits (the bot asking, a photographer), and the client has not answered for {@code quietAfter}. */
    static Optional<Signal> quiet(Optional<Instant> studioWrote, Optional<Instant> clientWrote, Duration quietAfter, Instant now) {
        return waiting(studioWrote, clientWrote, now)
                .filter(wait -> wait.compareTo(quietAfter) >= 0)
                .map(wait -> new Signal(Reason.QUIET, studioWrote.orElseThrow(), Map.of("waiting", wait)));
    }

    /** A booking flow the client started and left: the package, how far they got, and when they last moved it on. */
    record OpenFlow(String packageId, Step reached, Instant startedAt, Instant lastStep) {}

    /** How far a booking flow got: the step the client was at when they left it. */
    enum Step { DAY, TIME, QUESTIONS, CONFIRM }

    /** 2. A booking flow started and not finished, left alone for {@code abandonedAfter}: which package and how far. */
    static Optional<Signal> abandoned(Optional<OpenFlow> flow, Optional<Instant> clientWrote, Duration abandonedAfter, Instant now) {
        return flow.filter(f -> Duration.between(f.lastStep(), now).compareTo(abandonedAfter) >= 0)
                // a client who wrote since (a question, say) has not gone quiet on the studio
                .filter(f -> clientWrote.filter(at -> at.isAfter(f.lastStep())).isEmpty())
                .map(f -> new Signal(Reason.ABANDONED, f.startedAt(), Map.of(
                        "package", f.packageId(), "step", f.reached().name().toLowerCase(java.util.Locale.ROOT),
                        "left", Duration.between(f.lastStep(), now))));
    }

    /** 3. A second reschedule or cancellation by the client within {@code window}: how many, and over how long. */
    static Optional<Signal> changes(List<Instant> changesByClient, Duration window, Instant now) {
        List<Instant> recent = changesByClient.stream()
                .filter(at -> !at.isAfter(now) && Duration.between(at, now).compareTo(window) <= 0)
                .sorted().toList();
        if (recent.size() < CHANGES_MAKING_A_PATTERN) {
            return Optional.empty();
        }
        Instant latest = recent.get(recent.size() - 1);
        return Optional.of(new Signal(Reason.CHANGES, latest, Map.of(
                "changes", recent.size(), "over", Duration.between(recent.get(0), latest), "window", window)));
    }

    /**
     * 4. Replies much slower than the client's own pace: at least {@link #PACE_REPLIES} earlier
     * replies, and this wait {@link #SLOWER_FACTOR} times their median and {@link #SLOWER_AT_LEAST}
     * or more; before {@code quietAfter}, when the first signal takes over.
     */
    static Optional<Signal> slower(List<Duration> earlierDelays, Optional<Instant> studioWrote, Optional<Instant> clientWrote,
                                   Duration quietAfter, Instant now) {
        Optional<Duration> slow = slowAfter(earlierDelays);
        if (slow.isEmpty()) {
            return Optional.empty();
        }
        Duration usual = usualPace(earlierDelays).orElseThrow();
        return waiting(studioWrote, clientWrote, now)
                .filter(wait -> wait.compareTo(quietAfter) < 0 && wait.compareTo(slow.get()) >= 0)
                .map(wait -> new Signal(Reason.SLOWER, studioWrote.orElseThrow(), Map.of(
                        "usual", usual, "waiting", wait, "replies", earlierDelays.size())));
    }

    /** The client's usual pace: the median of their earlier replies, once there are {@link #PACE_REPLIES}. */
    static Optional<Duration> usualPace(List<Duration> earlierDelays) {
        return studiobot.chat.Conversations.ReplyPace.median(earlierDelays, PACE_REPLIES);
    }

    /** How long a wait counts as much slower than this client's pace: {@link #SLOWER_FACTOR} times it, {@link #SLOWER_AT_LEAST} at least. */
    static Optional<Duration> slowAfter(List<Duration> earlierDelays) {
        return usualPace(earlierDelays).map(usual -> {
            Duration slow = usual.multipliedBy(SLOWER_FACTOR);
            return slow.compareTo(SLOWER_AT_LEAST) > 0 ? slow : SLOWER_AT_LEAST;
        });
    }

    /** 5. A past client with no booking since their last shoot ended, {@code inactiveAfter} ago or more. */
    static Optional<Signal> inactive(Optional<Instant> lastShootEnded, boolean bookedSince, Duration inactiveAfter, Instant now) {
        return lastShootEnded.filter(end -> !bookedSince && Duration.between(end, now).compareTo(inactiveAfter) >= 0)
                .map(end -> new Signal(Reason.INACTIVE, end, Map.of("since", Duration.between(end, now), "lastShoot", end)));
    }

    /**
     * A date worth remembering: a wedding's (every year), a newborn or family shoot's (its first
     * anniversary), or one the client gave (every year: a birthday, a due date's first).
     */
    record Occasion(String what, LocalDate date, boolean yearly, LocalDate from) {
        /** Counted from the year after the date itself. */
        Occasion(String what, LocalDate date, boolean yearly) {
            this(what, date, yearly, date.plusDays(1));
        }
    }

    /**
     * 6. Every occasion's anniversary within {@code ahead} of today, in the client's zone, the
     * nearest first (one may be nudged after another): which, the date and how many years. A 29
     * February falls on 28 February in other years.
     */
    static List<Signal> anniversaries(List<Occasion> occasions, ZoneId clientZone, Duration ahead, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, clientZone);
        LocalDate last = LocalDate.ofInstant(now.plus(ahead), clientZone);
        return occasions.stream()
                .map(o -> next(o, today).map(on -> Map.entry(o, on)))
                .flatMap(Optional::stream)
                .filter(e -> !e.getValue().isAfter(last))
                .sorted(Comparator.comparing(Map.Entry::getValue))
                // the episode is the date itself (its start in UTC): the same whatever zone the client sets meanwhile
                .map(e -> new Signal(Reason.ANNIVERSARY, e.getValue().atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), Map.of(
                        "occasion", e.getKey().what(),
                        "on", e.getValue(),
                        "years", e.getValue().getYear() - e.getKey().date().getYear(),
                        "days", ChronoUnit.DAYS.between(today, e.getValue()))))
                .toList();
    }

    /** The occasion's next anniversary from today on (today included, and not before its {@code from}), if it has one left. */
    static Optional<LocalDate> next(Occasion o, LocalDate today) {
        MonthDay day = MonthDay.from(o.date());
        LocalDate earliest = today.isBefore(o.from()) ? o.from() : today;
        int year = Math.max(earliest.getYear(), o.date().getYear() + 1);
        LocalDate on = day.atYear(year);
        if (on.isBefore(earliest)) {
            on = day.atYear(year + 1);
        }
        if (!o.yearly() && on.getYear() != o.date().getYear() + 1) {
            return Optional.empty();
        }
        return Optional.of(on);
    }

    /**
     * How long the client has left the studio's waiting message unanswered; empty when they answered
     * after it, or nothing waits. A message of the client at the very same instant came before it
     * (the studio answering it at once, as in the sandbox, whose clock stands still between inputs).
     */
    private static Optional<Duration> waiting(Optional<Instant> studioWrote, Optional<Instant> clientWrote, Instant now) {
        return studioWrote.filter(wrote -> clientWrote.filter(at -> at.isAfter(wrote)).isEmpty())
                .map(wrote -> Duration.between(wrote, now))
                .filter(wait -> !wait.isNegative());
    }
}
