package studiobot.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import studiobot.chat.Incoming;
import studiobot.chat.Input;
import studiobot.chat.MessageKind;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.Router;

/**
 * Handles one stored update exactly once: the state it changes, the replies it produces and the
 * mark that it is done commit in one transaction. If handling throws, that transaction rolls back;
 * the update is then marked failed and the person gets a localized apology instead, so a poison
 * update is neither retried forever nor silently dropped. Only when the failure cannot be recorded
 * either (the database refuses writes: a full disk, a lock held from outside) is the update tried
 * again, a few times on the same thread, so the chat's later updates stay behind it.
 */
public final class UpdateProcessing {
    private static final Logger log = LogManager.getLogger(UpdateProcessing.class);

    private final Transactions transactions;
    private final Inbox inbox;
    private final Router router;
    private final Posting posting;
    private final Clock clock;
    private final Runnable afterPosting;
    /** The pauses before each further attempt at an update whose failure could not be recorded. */
    private final List<Duration> retryPauses;

    static final List<Duration> RETRY_PAUSES = List.of(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofSeconds(2));

    public UpdateProcessing(Transactions transactions, Inbox inbox, Router router, Posting posting, Clock clock, Runnable afterPosting) {
        this(transactions, inbox, router, posting, clock, afterPosting, RETRY_PAUSES);
    }

    UpdateProcessing(Transactions transactions, Inbox inbox, Router router, Posting posting, Clock clock, Runnable afterPosting,
                     List<Duration> retryPauses) {
        this.retryPauses = List.copyOf(retryPauses);
        this.transactions = transactions;
        this.inbox = inbox;
        this.router = router;
        this.posting = posting;
        this.clock = clock;
        this.afterPosting = afterPosting;
    }

    /**
     * Processes the update; while neither it nor its failure can be written, tries again after
     * each of the pauses. After the last, or when interrupted (a stop), it is left pending, and
     * the next start handles it.
     */
    public void process(Inbox.Item item) {
        for (int attempt = 0; !attempt(item); attempt++) {
            if (attempt == retryPauses.size()) {
                log.error("update {} in chat {} left pending after {} attempts: the database refuses writes; the next start handles it",
                        item.incoming().updateId(), item.incoming().chat(), attempt + 1);
                break;
            }
            try {
                Thread.sleep(retryPauses.get(attempt).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        afterPosting.run();
    }

    /** Processes the update once, never waiting to try again: for work inside a transaction of its own (the rehearsal's). */
    public void processOnce(Inbox.Item item) {
        attempt(item);
        afterPosting.run();
    }

    /** One attempt; false when the update is still pending because not even its failure could be recorded. */
    private boolean attempt(Inbox.Item item) {
        Incoming in = item.incoming();
        Instant now = clock.instant();
        try {
            transactions.run(() -> {
                if (!inbox.isPending(item.seq())) {
                    return;
                }
                List<Reply> replies = router.handle(in, now);
                posting.post(replies, now);
                inbox.markDone(item.seq(), now, null);
            });
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            // an error of the handler's own making (runaway recursion, a class missing from the jar) is this update's failure
            // too: escaping, it would end the lane's thread and leave the update pending behind the chat's later ones
            log.error("update {} (seq {}) in chat {} failed", in.updateId(), item.seq(), in.chat(), e);
            try {
                transactions.run(() -> {
                    if (inbox.isPending(item.seq())) {
                        posting.post(apology(in), now);
                        inbox.markDone(item.seq(), now, e.toString());
                    }
                });
            } catch (RuntimeException again) {
                log.error("could not record the failure of update {} in chat {}", in.updateId(), in.chat(), again);
                return false;
            }
        }
        return true;
    }

    /** The apology for a failed update; a press is answered too, so the presser's button stops spinning. */
    private static List<Reply> apology(Incoming in) {
        Reply sorry = Reply.now(in.chat(), MessageKind.ERROR, Msg.of("error.generic"));
        return in.input() instanceof Input.Press p && p.pressId() != null
                ? List.of(Reply.pressAnswer(in.chat(), p.pressId(), Msg.verbatim("")), sorry)
                : List.of(sorry);
    }
}
