package studiobot.nudge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: the quiet-client nudges raised, one per episode (a client, a reason, when its story began),
 * and how each ended: the client answered, a check-in went, the client was marked lost, snoozed,
 * or a photographer took it on.
 */
public interface Nudges {
    enum Outcome { OPEN, ANSWERED, CHECK_IN, LOST, SNOOZED, HANDLED }

    record Nudge(long id, long clientId, String reason, Instant since, Instant raisedAt, Outcome outcome, Instant outcomeAt,
                 Instant snoozedUntil) {
        /** Still waiting for a photographer's choice (a snoozed one wakes up open again). */
        public boolean isOpen() {
            return outcome == Outcome.OPEN;
        }
    }

    /** Raises the nudge of this episode, once; empty when the episode was nudged already. */
    Optional<Nudge> raise(long clientId, String reason, Instant since, Instant now);

    Optional<Nudge> find(long id);

    /** Ends an open (or snoozed) nudge with a photographer's choice; false when it had ended already. */
    boolean settle(long id, Outcome outcome, Instant now);

    /** Puts an open nudge off until {@code until}; false when it is not open. */
    boolean snooze(long id, Instant until, Instant now);

    /** A snoozed nudge is due again: open once more. */
    boolean wake(long id, Instant now);

    /** The client wrote: every open or snoozed nudge of theirs ends as answered, and a lost mark no longer holds. */
    void clientWrote(long clientId, Instant now);

    /** A photographer wrote to the client in their own words: an open nudge of theirs ends as a check-in. */
    void photographerWrote(long clientId, Instant now);

    /** Whether a photographer marked this client lost, and the client has not written since. */
    boolean isLost(long clientId);

    /** This client's nudges, latest first. */
    List<Nudge> of(long clientId);
}
