package studiobot.feedback;

import java.time.Instant;
import java.util.Optional;

/** Port: the clients' ratings of their shoots, one per booking. */
public interface Ratings {
    /**
     * A rating, and what may follow it: the comment (null until given; "" when skipped), and after a
     * low score the remedy the client chose (null until chosen) and when the complaint was resolved.
     */
    record Rating(long bookingId, long clientId, int score, Instant ratedAt, String comment, String remedy, Instant resolvedAt) {
        public Rating(long bookingId, long clientId, int score, Instant ratedAt, String comment) {
            this(bookingId, clientId, score, ratedAt, comment, null, null);
        }

        public boolean commented() {
            return comment != null;
        }

        public boolean resolved() {
            return resolvedAt != null;
        }
    }

    /** Records the rating; false, changing nothing, when the booking was rated already. */
    boolean rate(long bookingId, long clientId, int score, Instant now);

    Optional<Rating> of(long bookingId);

    /** Adds the comment ("" for none) to a rating that has none yet; false when there is no such rating or it has one. */
    boolean comment(long bookingId, String comment, Instant now);

    /** Records the client's chosen remedy, once; false when there is no rating or a remedy was chosen. */
    boolean chooseRemedy(long bookingId, String remedy, Instant now);

    /** Marks the complaint resolved, once; false when there is no rating or it was resolved already. */
    boolean resolve(long bookingId, Instant now);
}
