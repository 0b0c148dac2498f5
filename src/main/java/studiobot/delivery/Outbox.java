package studiobot.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import studiobot.chat.ChatId;
import studiobot.chat.Outbound;
import studiobot.chat.Reply;

/**
 * Port: messages stored before they are sent, as replies (what to say), rendered when they go out.
 * Per chat they go out in the order stored, among those whose {@code notBefore} has come (a message
 * held for the morning does not block an urgent one); a message waiting for a retry blocks the
 * messages behind it in its chat. The answer to a button press is no message in the chat: it goes
 * out as soon as it is due, whatever its chat's queue is waiting for.
 */
public interface Outbox {
    /**
     * A stored message: the reply to render, or, for a row stored before replies were kept (an
     * upgrade), the message as it was rendered then.
     */
    record Entry(long id, ChatId chat, Reply reply, Outbound rendered, int attempts, String unreadable) {
        public Entry(long id, ChatId chat, Reply reply, Outbound rendered, int attempts) {
            this(id, chat, reply, rendered, attempts, null);
        }

        public static Entry of(long id, Reply reply, int attempts) {
            return new Entry(id, reply.to(), reply, null, attempts);
        }

        /** A row whose stored payload cannot be read (a bug, or a newer version's): it is set aside. */
        public static Entry unreadable(long id, ChatId chat, int attempts, String why) {
            return new Entry(id, chat, null, null, attempts, why);
        }

        public boolean isPressAnswer() {
            return reply != null && reply.isPressAnswer();
        }
    }

    /** Stores a reply; returns its id. */
    long enqueue(Reply reply, Instant notBefore, Instant now);

    /** A message due to go, as a round sees it before reading what it says: enough to hold it to the rate limits. */
    record Due(long id, ChatId chat, boolean pressAnswer) {}

    /**
     * The first due message of each chat that is not waiting for a retry, and every due answer to a
     * press, oldest first, with nothing of what they say read: a round reads only those it sends,
     * so what a round costs does not grow with what waits behind the rate limits.
     */
    List<Due> due(Instant now, int limit);

    /** The stored messages with these ids, oldest first; one whose payload cannot be read comes marked so. */
    List<Entry> entries(List<Long> ids);

    void delivered(long id, long messageId, Instant now);

    /** What a wait Telegram asked for (429) starts its reason with. */
    String FLOOD_WAIT = "429 retry after ";

    void retryAt(long id, Instant at, int attempts, String reason);

    /**
     * Messages waiting out a backoff because the Bot API could not be reached (their reason starts
     * with {@link studiobot.chat.SendResult.Transient#NETWORK}) become due now: it answers again.
     * A server error of one message, or a wait Telegram asked for, keeps its time.
     */
    void retryFaultsNow(Instant now);

    void rejected(long id, String reason, Instant now);

    /** Removes a message that has gone, leaving no trace of it (the last message to an erased client). */
    void forget(long id);

    /**
     * The earliest moment, as seen at {@code now}, that a message may become sendable: the retry
     * time of each chat's head, or the {@code notBefore} of a message held for later. A message
     * queued behind a head that waits for a retry is not due before that head.
     */
    Optional<Instant> nextDue(Instant now);

    int pendingCount();

    /** Forgets at most {@code limit} sent or rejected messages created before {@code before}, oldest first; returns how many. */
    int prune(Instant before, int limit);
}
