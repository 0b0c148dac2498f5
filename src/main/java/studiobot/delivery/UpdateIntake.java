package studiobot.delivery;

import java.time.Clock;
import java.util.List;
import studiobot.chat.Incoming;

/**
 * Where updates enter: each batch is stored before the transport may confirm it, then every new
 * update is queued on its chat's lane. After a restart, {@link #resume} queues what was stored but
 * not yet processed.
 */
public final class UpdateIntake {
    private final Transactions transactions;
    private final Inbox inbox;
    private final UpdateProcessing processing;
    private final ChatLanes lanes;
    private final Clock clock;
    /** Updates offered so far, counted as they come, before they wait to be stored; and those resumed. */
    private final java.util.concurrent.atomic.AtomicLong taken = new java.util.concurrent.atomic.AtomicLong();

    public UpdateIntake(Transactions transactions, Inbox inbox, UpdateProcessing processing, ChatLanes lanes, Clock clock) {
        this.transactions = transactions;
        this.inbox = inbox;
        this.processing = processing;
        this.lanes = lanes;
        this.clock = clock;
    }

    public void accept(List<Incoming> batch) {
        taken.addAndGet(batch.size());
        List<Inbox.Item> fresh = transactions.inTransaction(() -> inbox.store(batch, clock.instant()));
        queue(fresh);
    }

    /** Stores what the transport could not read, as failed: kept with its raw form, never processed. */
    public void reject(List<Inbox.Unreadable> unreadable) {
        if (!unreadable.isEmpty()) {
            transactions.inTransaction(() -> {
                inbox.storeUnreadable(unreadable, clock.instant());
                return null;
            });
        }
    }

    /** How many updates were offered to {@link #accept} so far, stored yet or not, and queued again by {@link #resume}. */
    public long taken() {
        return taken.get();
    }

    public int resume() {
        List<Inbox.Item> pending = transactions.inTransaction(() -> inbox.pending(clock.instant()));
        taken.addAndGet(pending.size());
        queue(pending);
        return pending.size();
    }

    private void queue(List<Inbox.Item> items) {
        for (Inbox.Item item : items) {
            lanes.submit(item.incoming().chat(), () -> processing.process(item));
        }
    }
}
