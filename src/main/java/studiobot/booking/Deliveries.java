package studiobot.booking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: what the studio sent a client after a shoot (a sneak peek, the gallery's link), and the
 * drafts its photographers are putting together. A delivery is a draft until it is marked sent,
 * once; what was sent is kept as the record of the promise kept.
 */
public interface Deliveries {
    enum Kind {
        SNEAK_PEEK("peek"), GALLERY("gallery");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** How the texts name it (their {@code kind} select): peek or gallery. */
        public String word() {
            return word;
        }

        /** How soon after the shoot's end the studio promises it, for this package. */
        public java.time.Duration promisedWithin(studiobot.config.StudioConfig config, String packageId) {
            return this == SNEAK_PEEK ? config.sneakPeekWithin(packageId) : config.galleryWithin(packageId);
        }

        /** When that promise lapses for this booking. */
        public java.time.Instant promisedBy(studiobot.config.StudioConfig config, Booking booking) {
            return BookingTimeline.promisedBy(booking, promisedWithin(config, booking.packageId()));
        }
    }

    /** One delivery; {@code link} and {@code note} are "" when there is none. */
    record Delivery(long id, long bookingId, Kind kind, long authorId, Instant startedAt, Instant sentAt,
                    String link, String note, List<String> photos) {
        public Delivery {
            photos = List.copyOf(photos);
        }

        public boolean sent() {
            return sentAt != null;
        }

        public boolean isEmpty() {
            return link.isEmpty() && photos.isEmpty();
        }
    }

    /** The author's draft of this kind for this booking; a new, empty one when they have none. */
    Delivery draft(long bookingId, Kind kind, long authorId, Instant now);

    Optional<Delivery> find(long id);

    /** Adds a photo to a draft holding fewer than {@code max}; false, changing nothing, when it is full, sent or gone. */
    boolean addPhoto(long id, String file, int max);

    /** Sets a draft's link and its author's line, replacing what it had; false when it is sent or gone. */
    boolean describe(long id, String link, String note);

    /** Marks a draft sent, once; false when it was sent already or is gone. */
    boolean markSent(long id, Instant now);

    /** Drops a draft; one already sent stays. */
    void discard(long id);

    /** What was sent for this booking, oldest first. */
    List<Delivery> sentFor(long bookingId);
}
