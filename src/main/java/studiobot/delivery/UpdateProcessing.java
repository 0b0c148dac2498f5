package studiobot.delivery;

import java.time.Clock;
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
 * update is neither retried forever nor silently dropped.
 */
public final class UpdateProcessing {
    private static final Logger log = LogManager.getLogger(UpdateProcessing.class);

    private final Transactions transactions;
    private final Inbox inbox;
    private final Router router;
    private final Posting posting;
    private final Clock clock;
    private final Runnable afterPosting;

    public UpdateProcessing(Transactions transactions, Inbox inbox, Router router, Posting posting, Clock clock, Runnable afterPosting) {
        this.transactions = transactions;
        this.inbox = inbox;
        this.router = router;
        this.posting = posting;
        this.clock = clock;
        this.afterPosting = afterPosting;
    }

    public void process(Inbox.Item item) {
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
            }
        }
        afterPosting.run();
    }

    /** The apology for a failed update; a press is answered too, so the presser's button stops spinning. */
    private static List<Reply> apology(Incoming in) {
        Reply sorry = Reply.now(in.chat(), MessageKind.ERROR, Msg.of("error.generic"));
        return in.input() instanceof Input.Press p && p.pressId() != null
                ? List.of(Reply.pressAnswer(in.chat(), p.pressId(), Msg.verbatim("")), sorry)
                : List.of(sorry);
    }
}
