package studiobot.store;

import studiobot.booking.Deliveries;
import studiobot.testing.InMemoryDeliveries;

class InMemoryDeliveriesTest extends DeliveriesContract {
    private InMemoryDeliveries fake;
    private long nextBooking = 1;

    @Override
    Deliveries open() {
        fake = new InMemoryDeliveries();
        return fake;
    }

    @Override
    Deliveries reopen() {
        return fake;
    }

    @Override
    long aBooking() {
        return nextBooking++;
    }
}
