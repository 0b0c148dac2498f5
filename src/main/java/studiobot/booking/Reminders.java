package studiobot.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.time.ZoneId;
import studiobot.delivery.QuietHours;
import studiobot.chat.Arg;
import studiobot.chat.ChatId;
import studiobot.chat.MessageKind;
import studiobot.chat.Msg;
import studiobot.chat.Timing;
import studiobot.chat.Reply;
import studiobot.config.StudioConfig;
import studiobot.config.StudioConfig.Photographer;
import studiobot.schedule.Job;
import studiobot.schedule.JobHandler;
import studiobot.schedule.Jobs;

/**
 * The client's reminders before a shoot, as {@link BookingTimeline} plans them. By the one rule of {@link Timing}, a
 * reminder whose morning would come too close to the shoot goes out at once; an earlier one waits
 * out the client's quiet hours as a job, so that it is checked against the booking again when it
 * does go out.
 */
final class Reminders implements JobHandler {
    static final String KIND = "booking-reminder";

    private final StudioConfig config;
    private final Function<String, String> photographerName;
    private final Jobs jobs;
    private final Bookings bookings;
    private final QuietHours quietHours;
    private final Function<Long, ZoneId> clientZone;

    /** @param photographerName a photographer's name by id, as the team has it now */
    Reminders(StudioConfig config, Jobs jobs, Bookings bookings, QuietHours quietHours, Function<Long, ZoneId> clientZone,
              Function<String, String> photographerName) {
        this.photographerName = photographerName;
        this.config = config;
        this.jobs = jobs;
        this.bookings = bookings;
        this.quietHours = quietHours;
        this.clientZone = clientZone;
    }

    @Override
    public List<Reply> run(Job job, Instant now) {
        String[] parts = job.payload().split(":");
        Optional<Booking> found = bookings.find(Long.parseLong(parts[0]));
        // a booking moved or cancelled since: its reminder was moved or removed too, this one is void
        if (found.isEmpty() || !found.get().isUpcoming(now) || found.get().start().getEpochSecond() != Long.parseLong(parts[1])) {
            return List.of();
        }
        Booking b = found.get();
        // in the client's quiet hours the reminder itself waits, not a message: a cancellation or a
        // move in the meantime still removes or moves it
        Instant allowed = quietHours.notBefore(Timing.reminderOf(b.start()), now, clientZone.apply(b.clientId()));
        if (allowed.isAfter(now)) {
            jobs.schedule(KIND, job.key(), job.payload(), allowed);
            return List.of();
        }
        String photographer = photographerName.apply(b.photographerId());
        Reply reminder = Reply.now(new ChatId(b.clientId()), MessageKind.REMINDER, Msg.of("booking.reminder", Map.of(
                "package", Msg.of("package." + b.packageId() + ".name"),
                "when", new Arg.DateTime(b.start()),
                "photographer", photographer,
                "studio", config.studio().name())));
        return List.of(reminder);
    }

    static String key(Booking booking, Duration before) {
        return "remind:" + booking.id() + ":" + before;
    }

    /** The booking and the start the reminder was planned for: a reminder of a start that moved since is void. */
    static String payload(Booking booking) {
        return booking.id() + ":" + booking.start().getEpochSecond();
    }
}
