package studiobot.booking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: bookings, the changes made to them, and the booking flows under way. */
public interface Bookings {
    /**
     * Stores a confirmed booking, or nothing when the photographer already has a live booking at that
     * start (the store's own guard; the caller checks availability first, in the same transaction).
     */
    Optional<Booking> insert(long clientId, Slot slot, String packageId, List<Answer> answers, Instant now);

    Optional<Booking> find(long id);

    /** A client's bookings, cancelled ones included, latest start first. */
    List<Booking> ofClient(long clientId);

    /** Live bookings starting in [from, to), by start; every photographer's when {@code photographerId} is null. */
    List<Booking> starting(String photographerId, Instant from, Instant to);

    /** Time taken by live bookings that end after {@code from}, leaving out the booking {@code except} (may be null). */
    List<Busy> busy(Instant from, Long except);

    /** Moves a booking to another slot; false when the photographer already has a live booking at that start. */
    boolean move(long id, Slot to, Instant now);

    void setStatus(long id, Booking.Status status, Instant now);

    /** Records a reschedule ({@code to} set) or a cancellation, and by whom. */
    void recordChange(Booking booking, boolean byClient, Instant to, Instant now);

    /** How many times the client themself rescheduled or cancelled, across all their bookings. */
    int changesByClient(long clientId);

    /** When the client's own reschedules and cancellations were made, oldest first. */
    java.util.List<Instant> changeTimesByClient(long clientId);

    /** How many shoots this client did not come to. */
    int noShowsOf(long clientId);

    /** How many times this booking was moved (the calendar file's sequence number). */
    int movesOf(long bookingId);

    /** Opens a new flow for this person, replacing any draft they had; returns its number. */
    long startFlow(long ownerId, String packageId, Long bookingId, Instant now);

    Optional<Draft> draft(long ownerId);

    void saveDraft(Draft draft, Instant now);

    /** Closes the person's flow with how it ended ('booked', 'moved', 'cancelled') and drops the draft. */
    void endFlow(long ownerId, String outcome, Instant now);

    /** Remembers the message this flow's screen is now in (null: a new message, whose number is not known). */
    void setScreen(long flowId, Long messageId);

    /** The message this flow's screen was last drawn in, when known. */
    Optional<Long> screenOf(long flowId);

    /** Forgets at most {@code limit} flows that ended before {@code before}, oldest first; returns how many. */
    int pruneFlows(Instant before, int limit);

    /** How this flow ended ('booked', 'moved', 'cancelled', or 'replaced' by a newer flow); empty while open or abandoned. */
    Optional<String> outcomeOf(long flowId);
}
