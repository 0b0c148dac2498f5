package studiobot.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the durable schedule. A key names one promise: scheduling the key again moves it. */
public interface Jobs {
    void schedule(String kind, String key, String payload, Instant dueAt);

    /** Cancels the pending job with this key; false if there was none. */
    boolean cancel(String key);

    Optional<Job> pending(String key);

    /** Pending jobs due at {@code now}, earliest first. */
    List<Job> due(Instant now, int limit);

    void done(long id, Instant now);

    void retry(long id, Instant at, int attempts, String error);

    void failed(long id, String error, Instant now);

    Optional<Instant> nextDue();

    /** Forgets at most {@code limit} jobs done or failed before {@code before}, oldest first; returns how many. */
    int prune(Instant before, int limit);
}
