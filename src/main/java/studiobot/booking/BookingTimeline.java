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
 * and its one reminder ({@code policy.ratingReminderAfter} later), and the photographer's reminders
 * of the studio's promises (the sneak peek within {@code sneakPeekWithin} of the shoot's end, the
 * gallery within {@code galleryWithin}: a day before each lapses, or halfway to it when the promise
 * is two days or less). Called on book, move, cancel,
 * done and no-show: a move re-plans (the same keys move), and what the booking no longer warrants
 * (a cancelled or missed shoot's rating, a staff member's own test shoot, a reminder already past)
 * is removed, so nothing fires for it.
 */
public final class BookingTimeline {
    /** The job kinds the feedback feature handles; their payload is the booking's id. */
    public static final String RATING_REQUEST = "rating-request";
    public static final String RATING_REMINDER = "rating-reminder";
    /** The job kinds of the photographer's reminders of a promise; their payload is the booking's id. */
    public static final String SNEAK_PEEK_DUE = "sneak-peek-due";
    public static final String GALLERY_DUE = "gallery-due";
    private static final Duration PROMISE_LEAD = Duration.ofDays(1);

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
        planPromise(booking, SNEAK_PEEK_DUE, "peek-due:", Deliveries.Kind.SNEAK_PEEK.promisedWithin(config, booking.packageId()));
        planPromise(booking, GALLERY_DUE, "gallery-due:", Deliveries.Kind.GALLERY.promisedWithin(config, booking.packageId()));
    }

    /** When the studio's promise of this booking lapses: {@code within} after the shoot's end. */
    public static Instant promisedBy(Booking booking, Duration within) {
        return booking.end().plus(within);
    }

    /** When the photographer is reminded of a promise still unkept: a day before it lapses, or halfway to it when it is shorter. */
    static Instant reminderOf(Booking booking, Duration within) {
        Duration lead = within.dividedBy(2).compareTo(PROMISE_LEAD) < 0 ? within.dividedBy(2) : PROMISE_LEAD;
        return promisedBy(booking, within).minus(lead);
    }

    private void planPromise(Booking booking, String kind, String prefix, Duration within) {
        String key = prefix + booking.id();
        if (!isClient.test(booking.clientId()) || !booking.mayBeRated()) {
            jobs.cancel(key);
            return;
        }
        if (booking.status() == Booking.Status.DONE) {
            // marking it done leaves the end the promise counts from; a reminder already sent is not sent again
            return;
        }
        jobs.schedule(kind, key, Long.toString(booking.id()), reminderOf(booking, within));
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
