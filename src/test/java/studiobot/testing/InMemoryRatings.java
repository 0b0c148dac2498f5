package studiobot.testing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import studiobot.feedback.Ratings;

/** Ratings in memory, for unit tests; {@code RatingsContract} keeps it honest against SQLite. */
public final class InMemoryRatings implements Ratings {
    private final Map<Long, Rating> ratings = new HashMap<>();

    @Override
    public synchronized boolean rate(long bookingId, long clientId, int score, Instant now) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("a score is 1 to 5: " + score);
        }
        return ratings.putIfAbsent(bookingId, new Rating(bookingId, clientId, score, now, null)) == null;
    }

    @Override
    public synchronized Optional<Rating> of(long bookingId) {
        return Optional.ofNullable(ratings.get(bookingId));
    }

    @Override
    public synchronized boolean comment(long bookingId, String comment, Instant now) {
        Rating r = ratings.get(bookingId);
        if (r == null || r.commented()) {
            return false;
        }
        ratings.put(bookingId, new Rating(r.bookingId(), r.clientId(), r.score(), r.ratedAt(), comment, r.remedy(), r.resolvedAt()));
        return true;
    }

    @Override
    public synchronized boolean chooseRemedy(long bookingId, String remedy, Instant now) {
        Rating r = ratings.get(bookingId);
        if (r == null || r.remedy() != null) {
            return false;
        }
        ratings.put(bookingId, new Rating(r.bookingId(), r.clientId(), r.score(), r.ratedAt(), r.comment(), remedy, r.resolvedAt()));
        return true;
    }

    @Override
    public synchronized boolean resolve(long bookingId, Instant now) {
        Rating r = ratings.get(bookingId);
        if (r == null || r.resolved()) {
            return false;
        }
        ratings.put(bookingId, new Rating(r.bookingId(), r.clientId(), r.score(), r.ratedAt(), r.comment(), r.remedy(), now));
        return true;
    }
}
