package studiobot.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import studiobot.chat.Outbound;

/**
 * Port: messages stored before they are sent. Per chat they go out in the order stored, among
 * those whose {@code notBefore} has come (a message held for the morning does not block an
 * urgent one); a message waiting for a retry blocks the messages behind it in its chat.
 */
public interface Outbox {
    record Entry(long id, Outbound message, int attempts) {}

    /** Stores a message; {@code ref} says what it is about (null for nothing), see {@link #refOf}. */
    void enqueue(Outbound message, Instant notBefore, Instant now, String ref);

    default void enqueue(Outbound message, Instant notBefore, Instant now) {
        enqueue(message, notBefore, now, null);
    }

    /** What a message the transport delivered to {@code chat} as {@code messageId} is about. */
    Optional<String> refOf(studiobot.chat.ChatId chat, long messageId);

    /** The first due message of each chat that is not waiting for a retry, oldest first. */
    List<Entry> heads(Instant now, int limit);

    void delivered(long id, long messageId, Instant now);

    void retryAt(long id, Instant at, int attempts, String reason);

    void rejected(long id, String reason, Instant now);

    /**
     * The earliest moment, as seen at {@code now}, that a message may become sendable: the retry
     * time of each chat's head, or the {@code notBefore} of a message held for later. A message
     * queued behind a head that waits for a retry is not due before that head.
     */
    Optional<Instant> nextDue(Instant now);

    int pendingCount();

    /** Forgets sent or rejected messages created before {@code before}; returns how many. */
    int prune(Instant before);
}
