package studiobot.booking;

import java.time.Duration;
import java.time.Instant;
import studiobot.config.StudioConfig;
import studiobot.schedule.Jobs;

/**
 * Everything tied to a booking's time, planned in one place from the booking as it now is: the
 * reminders before the shoot, one per {@code policy.reminders} offset, each under one key per
 * booking and offset in the durable schedule. Called on book, move, cancel, done and no-show: a
 * move re-plans (the same keys move), and what the booking no longer warrants (a cancelled, done
 * or missed shoot's reminders, a reminder already past) is removed, so nothing fires for it.
 */
final class BookingTimeline {
    private final StudioConfig config;
    private final Jobs jobs;

    BookingTimeline(StudioConfig config, Jobs jobs) {
        this.config = config;
        this.jobs = jobs;
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
    }
}
