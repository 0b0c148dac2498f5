package studiobot.store;

import studiobot.feedback.Ratings;
import studiobot.testing.InMemoryRatings;

class InMemoryRatingsTest extends RatingsContract {
    private InMemoryRatings fake;
    private long nextBooking = 1;

    @Override
    Ratings open() {
        fake = new InMemoryRatings();
        return fake;
    }

    @Override
    Ratings reopen() {
        return fake;
    }

    @Override
    long aBooking(long clientId) {
        return nextBooking++;
    }
}
