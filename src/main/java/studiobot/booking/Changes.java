package studiobot.booking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import studiobot.chat.Arg;
import studiobot.chat.Reply;

/**
 * Moving and cancelling a booking, by whoever may: the change is stored and counted, the
 * reminders follow it, and the other side hears of it (the photographer when the client changed
 * it, with how often this client has; the client when the studio did).
 */
final class Changes {
    /** Who is making a change, as far as telling the others goes. */
    record Actor(long userId, boolean isClient) {}

    private final Bookings bookings;
    private final BookingTimeline timeline;
    private final Notices notices;

    Changes(Bookings bookings, BookingTimeline timeline, Notices notices) {
        this.bookings = bookings;
        this.timeline = timeline;
        this.notices = notices;
    }

    /** The moved booking and what the others are told; empty when the new slot was taken meanwhile. */
    Optional<Moved> move(Booking before, Slot to, Actor actor, Instant now) {
        if (!bookings.move(before.id(), to, now)) {
            return Optional.empty();
        }
        bookings.recordChange(before, actor.isClient(), to.start(), now);
        Booking after = bookings.find(before.id()).orElseThrow();
        timeline.plan(after, now);
        List<Reply> told = new ArrayList<>();
        if (!isItsPhotographer(after, actor)) {
            notices.toPhotographer(after, earlier(before.start(), after.start()), now, actor.isClient() ? "booking.alert.moved" : "booking.alert.movedByStudio", Map.of(
                    "from", Notices.when(before.start(), notices.zoneOfPhotographer(after.photographerId()),
                            notices.zoneOfClient(after.clientId()), "booking.when.client"),
                    "changes", bookings.changesByClient(after.clientId())))
                    .ifPresent(told::add);
        }
        if (!actor.isClient()) {
            told.addAll(notices.toClient(after, earlier(before.start(), after.start()), now, "booking.moved.byStudio", false));
        }
        return Optional.of(new Moved(after, told));
    }

    record Moved(Booking booking, List<Reply> told) {}

    /** Cancels the booking and returns what the others are told. */
    List<Reply> cancel(Booking b, Actor actor, Instant now) {
        bookings.setStatus(b.id(), Booking.Status.CANCELLED, now);
        bookings.recordChange(b, actor.isClient(), null, now);
        timeline.plan(bookings.find(b.id()).orElseThrow(), now);
        List<Reply> told = new ArrayList<>();
        if (!isItsPhotographer(b, actor)) {
            notices.toPhotographer(b, b.start(), now, actor.isClient() ? "booking.alert.cancelled" : "booking.alert.cancelledByStudio",
                            Map.of("changes", bookings.changesByClient(b.clientId()), "at", new Arg.DateTime(now)))
                    .ifPresent(told::add);
        }
        if (!actor.isClient()) {
            told.addAll(notices.toClient(b, b.start(), now, "booking.cancelled.byStudio", true));
        }
        return told;
    }

    /**
     * Cancels every booking of the client still to come, because they asked the studio to erase
     * their data; each photographer hears which shoot is off, without the client's name.
     */
    List<Reply> cancelForErasure(long clientId, Instant now) {
        List<Reply> told = new ArrayList<>();
        for (Booking b : bookings.ofClient(clientId)) {
            if (b.status() == Booking.Status.CONFIRMED && b.start().isAfter(now)) {
                bookings.setStatus(b.id(), Booking.Status.CANCELLED, now);
                bookings.recordChange(b, true, null, now);
                timeline.plan(bookings.find(b.id()).orElseThrow(), now);
                notices.erasedToPhotographer(b, now).ifPresent(told::add);
            }
        }
        return told;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private boolean isItsPhotographer(Booking b, Actor actor) {
        return !actor.isClient() && notices.photographerTelegramId(b.photographerId()).filter(id -> id == actor.userId()).isPresent();
    }
}
