package studiobot.feedback;

import java.time.Instant;
import java.util.Optional;

/** Port: the clients' ratings of their shoots, one per booking. */
public interface Ratings {
    /** A rating, and the comment that may follow it (null until given; "" when skipped). */
    record Rating(long bookingId, long clientId, int score, Instant ratedAt, String comment) {
        public boolean commented() {
            return comment != null;
        }
    }

    /** Records the rating; false, changing nothing, when the booking was rated already. */
    boolean rate(long bookingId, long clientId, int score, Instant now);

    Optional<Rating> of(long bookingId);

    /** Adds the comment ("" for none) to a rating that has none yet; false when there is no such rating or it has one. */
    boolean comment(long bookingId, String comment, Instant now);
}
