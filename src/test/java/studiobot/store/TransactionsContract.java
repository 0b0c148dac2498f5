package studiobot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studiobot.chat.ChatId;
import studiobot.chat.Conversations;
import studiobot.chat.Conversations.Line;
import studiobot.chat.MessageKind;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.delivery.Outbox;
import studiobot.delivery.Transactions;
import studiobot.schedule.Job;
import studiobot.schedule.Jobs;
import studiobot.testing.OutboxHeads;

/**
 * What {@link Transactions} do to the stores they cover, run against the database with its SQLite
 * adapters and against the in-memory fakes with {@code InMemoryTransactions} alike: work that
 * returns keeps everything, work that throws keeps nothing.
 */
abstract class TransactionsContract {
    static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    static final long MARIA = 7001;
    static final ChatId MARIAS_CHAT = new ChatId(MARIA);

    Transactions transactions;
    Jobs jobs;
    Outbox outbox;
    Conversations conversations;

    /** Empty stores, and the transactions over them. */
    abstract void open();

    @BeforeEach
    void openTheStores() {
        open();
    }

    static Reply text(String html) {
        return Reply.now(MARIAS_CHAT, MessageKind.ANSWER, Msg.verbatim(html));
    }

    static Line said(long minutes) {
        return new Line(MARIA, MARIAS_CHAT, T0.plus(Duration.ofMinutes(minutes)), false, null, MessageKind.ANSWER, null, null, null);
    }

    @Test
    void workThatReturnsKeepsEverythingItStored() {
        long id = transactions.inTransaction(() -> {
            jobs.schedule("reminder", "booking-42", "{}", T0);
            conversations.record(said(0));
            return outbox.enqueue(text("hello"), T0, T0);
        });

        assertThat(jobs.pending("booking-42")).isPresent();
        assertThat(OutboxHeads.of(outbox, T0, 10)).extracting(Outbox.Entry::id).containsExactly(id);
        assertThat(conversations.latest(MARIA, 10)).containsExactly(said(0));
    }

    @Test
    void workThatThrowsLeavesEveryStoreAsItWasAndTheFailureGoesOn() {
        jobs.schedule("reminder", "booking-42", "{}", T0);
        Job before = jobs.pending("booking-42").orElseThrow();
        long hello = outbox.enqueue(text("hello"), T0, T0);
        conversations.record(said(0));
        IllegalStateException failure = new IllegalStateException("the work fails after storing");

        assertThatThrownBy(() -> transactions.run(() -> {
            jobs.done(before.id(), T0);
            jobs.schedule("follow-up", "follow-up-42", "{}", T0);
            outbox.delivered(hello, 501, T0);
            outbox.enqueue(text("never"), T0, T0);
            conversations.record(said(1));
            throw failure;
        })).isSameAs(failure);

        assertThat(jobs.pending("booking-42")).contains(before);
        assertThat(jobs.pending("follow-up-42")).isEmpty();
        assertThat(jobs.due(T0, 10)).containsExactly(before);
        assertThat(outbox.pendingCount()).isEqualTo(1);
        assertThat(OutboxHeads.of(outbox, T0, 10)).extracting(Outbox.Entry::id).containsExactly(hello);
        assertThat(conversations.latest(MARIA, 10)).containsExactly(said(0));
    }

    @Test
    void aTransactionBegunInsideAnotherJoinsIt() {
        assertThatThrownBy(() -> transactions.run(() -> {
            String key = transactions.inTransaction(() -> {
                jobs.schedule("reminder", "inner", "{}", T0);
                return "inner";
            });
            assertThat(jobs.pending(key)).as("the inner work, seen inside").isPresent();
            throw new IllegalStateException("the outer work fails after the inner returned");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(jobs.pending("inner")).isEmpty();
    }

    @Test
    void aFailedTransactionDoesNotStopTheNextOne() {
        assertThatThrownBy(() -> transactions.run(() -> {
            jobs.schedule("reminder", "lost", "{}", T0);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        transactions.run(() -> jobs.schedule("reminder", "kept", "{}", T0));

        assertThat(jobs.pending("lost")).isEmpty();
        assertThat(jobs.pending("kept")).isPresent();
    }
}
