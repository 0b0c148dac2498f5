package studiobot.booking;

import java.util.List;
import java.util.Optional;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.Request;
import studiobot.config.StudioConfig.Photographer;
import studiobot.people.Role;
import studiobot.people.Staff;

/** Who may act on a booking: its own client; its photographer, or an admin, on the client's behalf. */
final class Access {
    private final Staff staff;
    private final Bookings bookings;

    Access(Staff staff, Bookings bookings) {
        this.staff = staff;
        this.bookings = bookings;
    }

    /** The booking named by the request's first argument, if it is this client's own. */
    Optional<Booking> clientsOwn(Request r) {
        return named(r).filter(b -> b.clientId() == r.person().userId());
    }

    /** The booking named by the request's first argument, if this person is its photographer or an admin. */
    Optional<Booking> managed(Request r) {
        return named(r).filter(b -> mayManage(r, b));
    }

    /** A button for a booking that is not this person's, or no longer open to that change: nothing changes. */
    static List<Reply> refused(Request r) {
        return List.of(r.reply(Msg.of("booking.unavailable")));
    }

    boolean mayManage(Request r, Booking b) {
        return r.is(Role.ADMIN) || staff.photographer(r.person().userId()).map(Photographer::id).filter(b.photographerId()::equals).isPresent();
    }

    /**
     * A booking button's arguments: its id, and its version (the start it had when the button was
     * made), so a button from before a move or a cancellation is recognised as stale.
     */
    static List<String> args(Booking b) {
        return List.of(Long.toString(b.id()), version(b));
    }

    private static String version(Booking b) {
        return Long.toString(b.start().getEpochSecond() / 60, 36);
    }

    private Optional<Booking> named(Request r) {
        if (r.args().size() != 2) {
            return Optional.empty();
        }
        try {
            return bookings.find(Long.parseLong(r.args().get(0))).filter(b -> version(b).equals(r.args().get(1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
