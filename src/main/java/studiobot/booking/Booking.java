package studiobot.booking;

import java.time.Instant;
import java.util.List;

/** A shoot a client booked: who, with whom, which package, when (UTC instants), and their questionnaire answers. */
public record Booking(long id, long clientId, String photographerId, String packageId, Instant start, Instant end,
                      Status status, List<Answer> answers) {

    /** NO_SHOW: the start passed and the client did not come (marked by the photographer). */
    public enum Status { CONFIRMED, DONE, NO_SHOW, CANCELLED }

    public Booking {
        answers = List.copyOf(answers);
    }

    /** Not cancelled: it holds its photographer's time. */
    public boolean isLive() {
        return status != Status.CANCELLED;
    }

    /** Whether the client may be asked to rate the shoot: it was kept, or is still to come (not cancelled or missed). */
    public boolean mayBeRated() {
        return status == Status.CONFIRMED || status == Status.DONE;
    }

    /** Its start has passed and it was neither cancelled nor missed: what the studio promised after it is due. */
    public boolean hasTakenPlace(Instant now) {
        return mayBeRated() && !start.isAfter(now);
    }

    /** Still ahead and not cancelled: the client may yet change it. */
    public boolean isUpcoming(Instant now) {
        return status == Status.CONFIRMED && start.isAfter(now);
    }

    public Slot slot() {
        return new Slot(photographerId, start, end);
    }
}
