package studiobot.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.function.LongPredicate;
import studiobot.config.StudioConfig;
import studiobot.schedule.Jobs;

/**
 * Everything tied to a booking's time, planned in one place from the booking as it now is: the
 * reminders before the shoot (one per {@code policy.reminders} offset), the rating request
 * ({@code policy.ratingAfter} after the shoot is marked done, or after its end passes unmarked)
 * and its one reminder ({@code policy.ratingReminderAfter} later). Called on book, move, cancel,
 * done and no-show: a move re-plans (the same keys move), and what the booking no longer warrants
 * (a cancelled or missed shoot's rating, a staff member's own test shoot, a reminder already past)
 * is removed, so nothing fires for it.
 */
public final class BookingTimeline {
    /** The job kinds the feedback feature handles; their payload is the booking's id. */
    public static final String RATING_REQUEST = "rating-request";
    public static final String RATING_REMINDER = "rating-reminder";

    private final StudioConfig config;
    private final Jobs jobs;
    private final LongPredicate isClient;

    /** @param isClient whether a person is a client (a photographer's or admin's own booking is never rated) */
    BookingTimeline(StudioConfig config, Jobs jobs, LongPredicate isClient) {
        this.config = config;
        this.jobs = jobs;
        this.isClient = isClient;
    }

    void plan(Booking booking, Instant now) {
        for (Duration before : config.policy().reminders()) {
            String key = Reminders.key(booking, before);
            Instant due = booking.start().minus(before);
            if (booking.isUpcoming(now) && due.isAfter(now)) {
                jobs.schedule(Reminders.KIND, key, Reminders.payload(booking), due);
            } else {
                jobs.cancel(key);
            }
        }
        planRating(booking, now);
    }

    private void planRating(Booking booking, Instant now) {
        String request = "rate:" + booking.id();
        String reminder = "rate-again:" + booking.id();
        boolean warranted = isClient.test(booking.clientId()) && booking.mayBeRated();
        if (!warranted) {
            jobs.cancel(request);
            jobs.cancel(reminder);
            return;
        }
        Instant afterEnd = booking.end().plus(config.policy().ratingAfter());
        Instant due;
        if (booking.status() == Booking.Status.DONE) {
            // marked done: ratingAfter from now, unless the end's time comes first; a request already sent is not sent again
            var pending = jobs.pending(request);
            if (pending.isEmpty()) {
                return;
            }
            Instant afterDone = now.plus(config.policy().ratingAfter());
            due = afterDone.isBefore(pending.get().dueAt()) ? afterDone : pending.get().dueAt();
        } else {
            due = afterEnd;
        }
        String payload = Long.toString(booking.id());
        jobs.schedule(RATING_REQUEST, request, payload, due);
        jobs.schedule(RATING_REMINDER, reminder, payload, due.plus(config.policy().ratingReminderAfter()));
    }
}
