package studiobot.booking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import studiobot.chat.ArgCodec;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.Request;
import studiobot.people.Staff;

/** Who may act on a booking: its own client; its photographer, or an admin, on the client's behalf. */
final class Access {
    /**
     * A booking as its buttons name it: its id, and its version (the start it had when the button
     * was made), so a button from before a move or a cancellation is recognised as stale.
     */
    record Ref(long id, Instant version) {
        static Ref of(Booking b) {
            return new Ref(b.id(), b.start());
        }
    }

    /** A booking's button words: the id in decimal, the version as a start is written on buttons (base-36 minutes). */
    static final ArgCodec<Ref> REF = ArgCodec.pair(ArgCodec.LONG, 1, Reserving.START, Ref::id, Ref::version, Ref::new);

    private final Staff staff;
    private final Bookings bookings;

    Access(Staff staff, Bookings bookings) {
        this.staff = staff;
        this.bookings = bookings;
    }

    /** The booking a button names, if it is this client's own and unchanged since. */
    Optional<Booking> clientsOwn(Request r, Ref ref) {
        return named(ref).filter(b -> b.clientId() == r.person().userId());
    }

    /** The booking a button names, if this person is its photographer or an admin, and it is unchanged since. */
    Optional<Booking> managed(Request r, Ref ref) {
        return named(ref).filter(b -> mayManage(r, b));
    }

    /** A button for a booking that is not this person's, or no longer open to that change: nothing changes. */
    static List<Reply> refused(Request r) {
        return List.of(r.refuse(Msg.of("booking.unavailable")));
    }

    boolean mayManage(Request r, Booking b) {
        return staff.looksAfter(r.person().userId(), b.photographerId());
    }

    private Optional<Booking> named(Ref ref) {
        return bookings.find(ref.id()).filter(b -> b.start().getEpochSecond() / 60 == ref.version().getEpochSecond() / 60);
    }
}
