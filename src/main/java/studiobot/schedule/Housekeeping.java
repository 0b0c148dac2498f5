package studiobot.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import studiobot.chat.Reply;
import studiobot.delivery.Inbox;
import studiobot.delivery.Outbox;

/**
 * A daily job that forgets what is no longer needed: processed updates after a week (Telegram
 * redelivers for at most a day) and sent messages after 30 days. It schedules its own next run.
 */
public final class Housekeeping implements JobHandler {
    public static final String KIND = "housekeeping";
    private static final Logger log = LogManager.getLogger(Housekeeping.class);
    static final Duration KEEP_UPDATES = Duration.ofDays(7);
    static final Duration KEEP_SENT = Duration.ofDays(30);
    static final Duration EVERY = Duration.ofDays(1);

    private final Inbox inbox;
    private final Outbox outbox;
    private final Jobs jobs;

    public Housekeeping(Inbox inbox, Outbox outbox, Jobs jobs) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.jobs = jobs;
    }

    /** Makes sure a run is scheduled (first start, or after a crash lost nothing but the schedule). */
    public void ensureScheduled(Instant now) {
        if (jobs.pending(KIND).isEmpty()) {
            jobs.schedule(KIND, KIND, "{}", now.plus(Duration.ofMinutes(5)));
        }
    }

    @Override
    public List<Reply> run(Job job, Instant now) {
        int updates = inbox.prune(now.minus(KEEP_UPDATES));
        int messages = outbox.prune(now.minus(KEEP_SENT));
        log.info("housekeeping: forgot {} processed updates and {} sent messages", updates, messages);
        jobs.schedule(KIND, KIND, "{}", now.plus(EVERY));
        return List.of();
    }
}
