package studiobot.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.ToIntBiFunction;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import studiobot.chat.Reply;
import studiobot.delivery.Inbox;
import studiobot.delivery.Outbox;

/**
 * A daily job that forgets what is no longer needed: processed updates after a week (Telegram
 * redelivers for at most a day), sent messages after 30 days, finished jobs and ended booking
 * flows after 90. Each run forgets at most {@link #BATCH} rows of each, by index, so no run holds
 * the database for long; while any is left behind it runs again a minute later, else tomorrow.
 */
public final class Housekeeping implements JobHandler {
    public static final String KIND = "housekeeping";
    private static final Logger log = LogManager.getLogger(Housekeeping.class);
    static final Duration KEEP_UPDATES = Duration.ofDays(7);
    static final Duration KEEP_SENT = Duration.ofDays(30);
    static final Duration KEEP_FINISHED = Duration.ofDays(90);
    static final Duration EVERY = Duration.ofDays(1);
    static final Duration CATCHING_UP = Duration.ofMinutes(1);
    static final int BATCH = 2_000;

    private final Inbox inbox;
    private final Outbox outbox;
    private final Jobs jobs;
    private final ToIntBiFunction<Instant, Integer> endedFlows;

    /** @param endedFlows forgets at most so many booking flows that ended before a moment (the bookings' own) */
    public Housekeeping(Inbox inbox, Outbox outbox, Jobs jobs, ToIntBiFunction<Instant, Integer> endedFlows) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.jobs = jobs;
        this.endedFlows = endedFlows;
    }

    /** Makes sure a run is scheduled (first start, or after a crash lost nothing but the schedule). */
    public void ensureScheduled(Instant now) {
        if (jobs.pending(KIND).isEmpty()) {
            jobs.schedule(KIND, KIND, "{}", now.plus(Duration.ofMinutes(5)));
        }
    }

    @Override
    public List<Reply> run(Job job, Instant now) {
        int updates = inbox.prune(now.minus(KEEP_UPDATES), BATCH);
        int messages = outbox.prune(now.minus(KEEP_SENT), BATCH);
        int finished = jobs.prune(now.minus(KEEP_FINISHED), BATCH);
        int flows = endedFlows.applyAsInt(now.minus(KEEP_FINISHED), BATCH);
        boolean more = updates == BATCH || messages == BATCH || finished == BATCH || flows == BATCH;
        log.info("housekeeping: forgot {} processed updates, {} sent messages, {} finished jobs, {} ended booking flows{}",
                updates, messages, finished, flows, more ? "; more next minute" : "");
        jobs.schedule(KIND, KIND, "{}", now.plus(more ? CATCHING_UP : EVERY));
        return List.of();
    }
}
