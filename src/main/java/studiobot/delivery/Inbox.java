package studiobot.delivery;

import java.time.Instant;
import java.util.List;
import studiobot.chat.Incoming;

/** Port: updates as received, kept until processed, so none is lost and none handled twice. */
public interface Inbox {
    record Item(long seq, Incoming incoming) {}

    /** An update the transport received but could not read: kept as it came, with why, for a person to look at. */
    record Unreadable(String source, long updateId, String raw, String reason) {}

    /** Stores a batch; returns the items that are new (an update id seen before is skipped). */
    List<Item> store(List<Incoming> batch, Instant now);

    /** Stores updates that could not be read as failed (never processed); one seen before is skipped. */
    void storeUnreadable(List<Unreadable> updates, Instant now);

    /** Claims an item for processing; false when it was processed already. */
    boolean isPending(long seq);

    /** Marks an item processed; {@code error} says why it failed, or is null. */
    void markDone(long seq, Instant now, String error);

    /**
     * Unprocessed items in arrival order (after a crash or a shutdown mid-batch). One whose stored
     * form cannot be read (left by a newer version, say) is marked failed at {@code now}, with the
     * reason, and left out: it must not stop the others, nor every start after it.
     */
    List<Item> pending(Instant now);

    /** Forgets at most {@code limit} processed items received before {@code before}, oldest first; returns how many. */
    int prune(Instant before, int limit);
}
