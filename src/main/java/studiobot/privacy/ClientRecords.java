package studiobot.privacy;

import java.time.Instant;
import java.util.Optional;

/**
 * Everything the studio keeps about one client, across every table: counted for them to see,
 * written out for them to take, and erased on their request. Erasing keeps the shoots that took
 * place for the studio's books (package, time, rating score) under a new id that belongs to no
 * one ("a deleted client"), and removes the rest: profile, questions, the conversation record and
 * the words in stored updates and sent messages, answers and comments, quiet-client notes,
 * scheduled jobs. Upcoming bookings are cancelled by the caller before.
 */
public interface ClientRecords {
    /** What is kept about a client, counted, with the first and last dates. */
    record Summary(Instant firstSeen, Instant lastSeen, int bookings, int upcoming, Instant firstBooking, Instant lastBooking,
                   int questions, int lines, Instant firstLine, Instant lastLine, int ratings, int notes) {}

    /** Empty when the studio keeps nothing about this person. */
    Optional<Summary> summary(long clientId, Instant now);

    /**
     * Everything kept about the client, section by section (lists of rows as name → value), ready
     * to be written as JSON; the texts of the conversation are messages, to be rendered for the
     * reader. Empty when nothing is kept.
     */
    Optional<java.util.Map<String, Object>> export(long clientId, Instant now);

    /** Erases the client; returns the id their kept bookings carry from now on (below zero), or 0 when they had none. */
    long erase(long clientId, Instant now);
}
