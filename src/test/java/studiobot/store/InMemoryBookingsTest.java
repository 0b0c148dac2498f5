package studiobot.store;

import studiobot.booking.Bookings;
import studiobot.testing.InMemoryBookings;

/** {@link BookingsContract} on the in-memory fake; a restart keeps the same object, so its state survives. */
class InMemoryBookingsTest extends BookingsContract {
    @Override
    Bookings open() {
        return new InMemoryBookings();
    }

    @Override
    Bookings reopen() {
        return bookings;
    }
}
