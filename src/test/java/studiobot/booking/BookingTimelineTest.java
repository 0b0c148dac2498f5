package studiobot.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import studiobot.config.ConfigLoader;
import studiobot.schedule.Job;
import studiobot.testing.InMemoryJobs;

/** One timeline per booking: what it holds follows the booking as it now is. The demo studio reminds 24 h and 2 h before. */
class BookingTimelineTest {
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final Instant START = Instant.parse("2026-11-26T08:00:00Z");
    private static final Duration DAY = Duration.ofHours(24);
    private static final Duration TWO_HOURS = Duration.ofHours(2);

    private final InMemoryJobs jobs = new InMemoryJobs();
    private static final long STAFF = 2001;
    private final BookingTimeline timeline = new BookingTimeline(new ConfigLoader().loadDemo(), jobs, id -> id != STAFF);
    /** The demo studio: rating 3 h after the shoot, one reminder 3 days later. */
    private static final Duration RATING_AFTER = Duration.ofHours(3);
    private static final Duration RATING_REMINDER_AFTER = Duration.ofDays(3);

    private static Booking booking(Instant start, Booking.Status status) {
        return booking("portrait", start, status);
    }

    private static Booking booking(String packageId, Instant start, Booking.Status status) {
        return new Booking(1, 7001, "anna", packageId, start, start.plus(Duration.ofHours(1)), status, List.of());
    }

    private List<Job> planned() {
        return jobs.due(Instant.MAX.minusSeconds(1), 100).stream().filter(j -> j.kind().equals(Reminders.KIND)).toList();
    }

    private List<Job> rating() {
        return jobs.due(Instant.MAX.minusSeconds(1), 100).stream()
                .filter(j -> j.kind().equals(BookingTimeline.RATING_REQUEST) || j.kind().equals(BookingTimeline.RATING_REMINDER)).toList();
    }

    private List<Job> promises() {
        return jobs.due(Instant.MAX.minusSeconds(1), 100).stream()
                .filter(j -> j.kind().equals(BookingTimeline.SNEAK_PEEK_DUE) || j.kind().equals(BookingTimeline.GALLERY_DUE)).toList();
    }

    @Test
    void plan_upcomingBooking_holdsEachReminderAtItsOffset() {
        timeline.plan(booking(START, Booking.Status.CONFIRMED), NOW);

        assertThat(planned()).extracting(Job::kind, Job::dueAt).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Reminders.KIND, START.minus(DAY)),
                org.assertj.core.groups.Tuple.tuple(Reminders.KIND, START.minus(TWO_HOURS)));
    }

    @Test
    void plan_afterAMove_movesTheSameKeysToTheNewStart() {
        timeline.plan(booking(START, Booking.Status.CONFIRMED), NOW);
        List<String> keys = planned().stream().map(Job::key).toList();
        Instant later = START.plus(Duration.ofDays(1));

        timeline.plan(booking(later, Booking.Status.CONFIRMED), NOW);

        assertThat(planned()).extracting(Job::key).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(planned()).extracting(Job::dueAt).containsExactlyInAnyOrder(later.minus(DAY), later.minus(TWO_HOURS));
        assertThat(planned()).extracting(Job::payload).containsOnly(Reminders.payload(booking(later, Booking.Status.CONFIRMED)));
    }

    @Test
    void plan_aReminderAlreadyPast_isNotHeld() {
        Instant soon = NOW.plus(Duration.ofHours(5));

        timeline.plan(booking(soon, Booking.Status.CONFIRMED), NOW);

        assertThat(planned()).extracting(Job::dueAt).containsExactly(soon.minus(TWO_HOURS));
    }

    @Test
    void plan_upcomingBooking_holdsTheRatingRequestAfterItsEndAndOneReminder() {
        Booking b = booking(START, Booking.Status.CONFIRMED);

        timeline.plan(b, NOW);

        assertThat(rating()).extracting(Job::kind, Job::dueAt, Job::payload).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(BookingTimeline.RATING_REQUEST, b.end().plus(RATING_AFTER), "1"),
                org.assertj.core.groups.Tuple.tuple(BookingTimeline.RATING_REMINDER, b.end().plus(RATING_AFTER).plus(RATING_REMINDER_AFTER), "1"));
    }

    @Test
    void plan_markedDoneBeforeTheEnd_asksRatingAfterFromThen_notFromTheEnd() {
        timeline.plan(booking(START, Booking.Status.CONFIRMED), NOW);
        Instant doneAt = START.plus(Duration.ofMinutes(40));

        timeline.plan(booking(START, Booking.Status.DONE), doneAt);

        assertThat(rating()).extracting(Job::dueAt).containsExactlyInAnyOrder(
                doneAt.plus(RATING_AFTER), doneAt.plus(RATING_AFTER).plus(RATING_REMINDER_AFTER));
    }

    @Test
    void plan_markedDoneAfterTheRequestWentOut_doesNotAskAgain() {
        Booking b = booking(START, Booking.Status.CONFIRMED);
        timeline.plan(b, NOW);
        Job request = rating().stream().filter(j -> j.kind().equals(BookingTimeline.RATING_REQUEST)).findFirst().orElseThrow();
        jobs.done(request.id(), request.dueAt());

        timeline.plan(booking(START, Booking.Status.DONE), request.dueAt().plusSeconds(60));

        assertThat(rating()).extracting(Job::kind).containsExactly(BookingTimeline.RATING_REMINDER);
    }

    @Test
    void plan_aStaffMembersOwnShoot_isNeverRated() {
        timeline.plan(new Booking(1, STAFF, "anna", "portrait", START, START.plusSeconds(3600), Booking.Status.CONFIRMED, List.of()), NOW);

        assertThat(rating()).isEmpty();
        assertThat(promises()).isEmpty();
        assertThat(planned()).hasSize(2);
    }

    @Test
    void plan_cancelledOrMissed_holdsNoRating() {
        for (Booking.Status ended : List.of(Booking.Status.CANCELLED, Booking.Status.NO_SHOW)) {
            timeline.plan(booking(START, Booking.Status.CONFIRMED), NOW);

            timeline.plan(booking(START, ended), START.plusSeconds(7200));

            assertThat(rating()).as("after %s", ended).isEmpty();
        }
    }

    @Test
    void plan_cancelledDoneOrMissed_holdsNothing() {
        for (Booking.Status ended : List.of(Booking.Status.CANCELLED, Booking.Status.DONE, Booking.Status.NO_SHOW)) {
            timeline.plan(booking(START, Booking.Status.CONFIRMED), NOW);

            timeline.plan(booking(START, ended), NOW);

            assertThat(planned()).as("no reminders after %s", ended).isEmpty();
        }
    }

    @Test
    void plan_upcomingBooking_remindsThePhotographerADayBeforeEachPromiseLapses() {
        Booking b = booking(START, Booking.Status.CONFIRMED);

        timeline.plan(b, NOW);

        // the demo studio promises the sneak peek within 3 days of the end, the gallery within 14
        assertThat(promises()).extracting(Job::kind, Job::dueAt, Job::payload).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(BookingTimeline.SNEAK_PEEK_DUE, b.end().plus(Duration.ofDays(2)), "1"),
                org.assertj.core.groups.Tuple.tuple(BookingTimeline.GALLERY_DUE, b.end().plus(Duration.ofDays(13)), "1"));
    }

    @Test
    void plan_aPackageWithItsOwnPromise_countsFromIt() {
        Booking wedding = booking("wedding", START, Booking.Status.CONFIRMED);

        timeline.plan(wedding, NOW);

        assertThat(promises()).filteredOn(j -> j.kind().equals(BookingTimeline.GALLERY_DUE))
                .extracting(Job::dueAt).containsExactly(wedding.end().plus(Duration.ofDays(41)));
    }

    @Test
    void reminderOf_aPromiseOfADayOrTwo_isHalfwayToIt() {
        Booking b = booking(START, Booking.Status.CONFIRMED);

        assertThat(BookingTimeline.reminderOf(b, Duration.ofHours(12))).isEqualTo(b.end().plus(Duration.ofHours(6)));
        assertThat(BookingTimeline.reminderOf(b, Duration.ofDays(2))).isEqualTo(b.end().plus(Duration.ofDays(1)));
    }

    @Test
    void plan_afterAMove_movesThePromisesWithTheShoot() {
        timeline.plan(booking(START, Booking.Status.CONFIRMED), NOW);
        Booking moved = booking(START.plus(Duration.ofDays(5)), Booking.Status.CONFIRMED);

        timeline.plan(moved, NOW);

        assertThat(promises()).extracting(Job::dueAt).containsExactlyInAnyOrder(
                moved.end().plus(Duration.ofDays(2)), moved.end().plus(Duration.ofDays(13)));
    }

    @Test
    void plan_markedDone_keepsThePromisesAsPlanned_andOneAlreadyRemindedIsNotRemindedAgain() {
        Booking b = booking(START, Booking.Status.CONFIRMED);
        timeline.plan(b, NOW);
        Job peek = promises().stream().filter(j -> j.kind().equals(BookingTimeline.SNEAK_PEEK_DUE)).findFirst().orElseThrow();
        jobs.done(peek.id(), peek.dueAt());

        timeline.plan(booking(START, Booking.Status.DONE), peek.dueAt().plusSeconds(60));

        assertThat(promises()).extracting(Job::kind, Job::dueAt).containsExactly(
                org.assertj.core.groups.Tuple.tuple(BookingTimeline.GALLERY_DUE, b.end().plus(Duration.ofDays(13))));
    }

    @Test
    void plan_cancelledOrMissed_dropsThePromises() {
        for (Booking.Status ended : List.of(Booking.Status.CANCELLED, Booking.Status.NO_SHOW)) {
            timeline.plan(booking(START, Booking.Status.CONFIRMED), NOW);

            timeline.plan(booking(START, ended), START.plusSeconds(7200));

            assertThat(promises()).as("after %s", ended).isEmpty();
        }
    }
}
