package studiobot.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import studiobot.chat.Reply;
import studiobot.delivery.Posting;
import studiobot.delivery.Transactions;

/**
 * Runs due jobs, each exactly once: the mark that the job is done, the handler's effects and its
 * replies commit together. A job that throws is retried with backoff (1 min, 2, 4, 8) and after
 * {@value #MAX_ATTEMPTS} attempts set aside as failed, logged; the others carry on.
 */
public final class JobRunning {
    private static final Logger log = LogManager.getLogger(JobRunning.class);
    static final int MAX_ATTEMPTS = 5;
    static final int MAX_DRAIN_ROUNDS = 1_000;
    private static final Duration IDLE = Duration.ofSeconds(1);

    private final Transactions transactions;
    private final Jobs jobs;
    private final Map<String, JobHandler> handlers;
    private final Posting posting;
    private final Clock clock;
    private final Runnable afterPosting;

    public JobRunning(Transactions transactions, Jobs jobs, Map<String, JobHandler> handlers, Posting posting, Clock clock, Runnable afterPosting) {
        this.transactions = transactions;
        this.jobs = jobs;
        this.handlers = Map.copyOf(handlers);
        this.posting = posting;
        this.clock = clock;
        this.afterPosting = afterPosting;
    }

    /** The job kinds there are handlers for. */
    public java.util.Set<String> kinds() {
        return java.util.Set.copyOf(handlers.keySet());
    }

    /** Runs everything due now; returns how long until the next job is due (at most a second). */
    public synchronized Duration pump() {
        Instant now = clock.instant();
        List<Job> due = transactions.inTransaction(() -> jobs.due(now, 100));
        for (Job job : due) {
            run(job, now);
        }
        if (!due.isEmpty()) {
            afterPosting.run();
            return Duration.ZERO;
        }
        return transactions.inTransaction(jobs::nextDue)
                .map(at -> Duration.between(now, at))
                .map(d -> d.isNegative() ? Duration.ZERO : d.compareTo(IDLE) > 0 ? IDLE : d)
                .orElse(IDLE);
    }

    /**
     * Runs due jobs until none is left due now (jobs may schedule follow-ups that are due at once);
     * at most {@value #MAX_DRAIN_ROUNDS} rounds, so a job that keeps rescheduling itself for now cannot hang it.
     */
    public void drain() {
        for (int round = 0; round < MAX_DRAIN_ROUNDS && pump().isZero(); round++) {
            // a round ran jobs; go again until nothing is due
        }
    }

    private void run(Job job, Instant now) {
        JobHandler handler = handlers.get(job.kind());
        if (handler == null) {
            log.error("job {} has kind '{}' that no feature handles; set aside", job.id(), job.kind());
            transactions.run(() -> jobs.failed(job.id(), "no handler for kind " + job.kind(), now));
            return;
        }
        try {
            transactions.run(() -> {
                // moved or cancelled since the due list was read (by another job, or an update): that
                // promise is no longer this one, and its new version runs when it is due
                if (!jobs.pending(job.key()).filter(job::equals).isPresent()) {
                    return;
                }
                // marked done first, so a handler may schedule the next run under the same key
                jobs.done(job.id(), now);
                List<Reply> replies = handler.run(job, now);
                posting.post(replies, now);
            });
        } catch (RuntimeException e) {
            int attempts = job.attempts() + 1;
            log.error("job {} ({}, key {}) failed, attempt {}", job.id(), job.kind(), job.key(), attempts, e);
            transactions.run(() -> {
                if (attempts >= MAX_ATTEMPTS) {
                    jobs.failed(job.id(), e.toString(), now);
                } else {
                    jobs.retry(job.id(), now.plus(Duration.ofMinutes(1L << (attempts - 1))), attempts, e.toString());
                }
            });
        }
    }
}
