package studiobot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studiobot.chat.ChatId;
import studiobot.chat.Incoming;
import studiobot.chat.Input;
import studiobot.chat.Sender;
import studiobot.delivery.Inbox;

/** What every {@link Inbox} does, run against the SQLite adapter and the in-memory fake alike. */
abstract class InboxContract {
    static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    static final ChatId ALICE_CHAT = new ChatId(101);
    static final Sender ALICE = new Sender(101, "Alice", "Ng", "alice_ng", "ms");
    static final Sender BARE = new Sender(202, "Βασίλης", null, null, null);

    Inbox inbox;

    /** An empty inbox. */
    abstract Inbox open();

    /** The same inbox after the program restarted: what was stored is still there. */
    abstract Inbox reopen();

    @BeforeEach
    void openTheStore() {
        inbox = open();
    }

    void restart() {
        inbox = reopen();
    }

    static Incoming telegram(long updateId, String text) {
        return new Incoming("telegram", updateId, ALICE_CHAT, ALICE, new Input.Text(text, 1000 + updateId));
    }

    static Incoming console(String text) {
        return new Incoming("console", null, ALICE_CHAT, ALICE, new Input.Text(text, 1));
    }

    static List<Incoming> incomings(List<Inbox.Item> items) {
        return items.stream().map(Inbox.Item::incoming).toList();
    }

    @Test
    void storeReturnsEveryNewItemInOrderWithIncreasingSeq() {
        List<Inbox.Item> stored = inbox.store(List.of(telegram(1, "hi"), telegram(2, "there")), T0);

        assertThat(incomings(stored)).containsExactly(telegram(1, "hi"), telegram(2, "there"));
        assertThat(stored.get(1).seq()).isGreaterThan(stored.get(0).seq());
        assertThat(incomings(inbox.pending(T0))).containsExactly(telegram(1, "hi"), telegram(2, "there"));
    }

    @Test
    void storeUnreadable_isNeverPending_andItsRedeliveryIsSkipped_untilPruned() {
        inbox.store(List.of(telegram(1, "hi")), T0);
        inbox.storeUnreadable(List.of(new Inbox.Unreadable("telegram", 2, "{\"update_id\":2,\"message\":{\"message_id\":\"x\"}}",
                "MismatchedInputException")), T0);
        inbox.storeUnreadable(List.of(new Inbox.Unreadable("telegram", 2, "{}", "again")), T0);

        assertThat(incomings(inbox.pending(T0))).containsExactly(telegram(1, "hi"));
        restart();
        assertThat(inbox.store(List.of(telegram(2, "read at last"), telegram(3, "next")), T0.plusSeconds(1)))
                .extracting(Inbox.Item::incoming).containsExactly(telegram(3, "next"));
        assertThat(inbox.prune(T0.plusSeconds(1), 1_000)).as("the failed row and the processed one go like any other").isEqualTo(1);
    }

    @Test
    void storeSkipsARedeliveredUpdate() {
        inbox.store(List.of(telegram(1, "hi"), telegram(2, "there")), T0);

        List<Inbox.Item> second = inbox.store(List.of(telegram(2, "there"), telegram(3, "again")), T0.plusSeconds(1));

        assertThat(incomings(second)).containsExactly(telegram(3, "again"));
        assertThat(inbox.pending(T0)).hasSize(3);
    }

    @Test
    void storeSkipsADuplicateWithinOneBatch() {
        List<Inbox.Item> stored = inbox.store(List.of(telegram(5, "once"), telegram(5, "once")), T0);

        assertThat(incomings(stored)).containsExactly(telegram(5, "once"));
    }

    @Test
    void aRedeliveryIsRecognisedAfterARestartAndAfterProcessing() {
        long seq = inbox.store(List.of(telegram(7, "book me")), T0).get(0).seq();
        inbox.markDone(seq, T0.plusSeconds(1), null);

        restart();

        assertThat(inbox.store(List.of(telegram(7, "book me")), T0.plusSeconds(60))).isEmpty();
        assertThat(inbox.pending(T0)).isEmpty();
    }

    @Test
    void theSameUpdateIdFromAnotherSourceIsNotARedelivery() {
        inbox.store(List.of(telegram(9, "telegram")), T0);
        Incoming other = new Incoming("whatsapp", 9L, ALICE_CHAT, ALICE, new Input.Text("other", 1));

        assertThat(incomings(inbox.store(List.of(other), T0))).containsExactly(other);
    }

    @Test
    void consoleInputWithoutUpdateIdIsNeverDeduplicated() {
        List<Inbox.Item> first = inbox.store(List.of(console("hello"), console("hello")), T0);
        List<Inbox.Item> second = inbox.store(List.of(console("hello")), T0);

        assertThat(first).hasSize(2);
        assertThat(second).hasSize(1);
        assertThat(incomings(inbox.pending(T0))).containsExactly(console("hello"), console("hello"), console("hello"));
    }

    @Test
    void markDoneEndsPendingWithOrWithoutAnError() {
        List<Inbox.Item> stored = inbox.store(List.of(telegram(1, "ok"), telegram(2, "boom"), telegram(3, "later")), T0);
        long ok = stored.get(0).seq();
        long failed = stored.get(1).seq();
        long later = stored.get(2).seq();
        assertThat(inbox.isPending(ok)).isTrue();

        inbox.markDone(ok, T0.plusSeconds(1), null);
        inbox.markDone(failed, T0.plusSeconds(1), "IllegalStateException: boom");

        assertThat(inbox.isPending(ok)).isFalse();
        assertThat(inbox.isPending(failed)).isFalse();
        assertThat(inbox.isPending(later)).isTrue();
        assertThat(inbox.isPending(later + 1000)).isFalse();
        assertThat(inbox.pending(T0)).extracting(Inbox.Item::seq).containsExactly(later);
        // a failed update is recognised when redelivered, like a handled one: it is not tried again
        assertThat(inbox.store(List.of(telegram(2, "boom")), T0.plusSeconds(2))).isEmpty();
    }

    @Test
    void pendingAfterARestartListsTheUnprocessedInOrderRoundTripped() {
        Incoming command = telegram(10, "/start@studio_bot promo");
        Incoming done = telegram(11, "already handled");
        Incoming press = new Incoming("telegram", 12L, new ChatId(202), BARE, new Input.Press("lang:el~AbCdEfGh", 555));
        Incoming sticker = new Incoming("telegram", 13L, ALICE_CHAT, ALICE, new Input.Unsupported("sticker"));
        Incoming typed = new Incoming("console", null, ALICE_CHAT, ALICE, new Input.Text("<b>Ünïcødé</b> & 你好", 3));
        List<Inbox.Item> stored = inbox.store(List.of(command, done, press, sticker, typed), T0);
        inbox.markDone(stored.get(1).seq(), T0, null);

        restart();

        List<Inbox.Item> pending = inbox.pending(T0);
        assertThat(pending).extracting(Inbox.Item::seq)
                .containsExactly(stored.get(0).seq(), stored.get(2).seq(), stored.get(3).seq(), stored.get(4).seq());
        assertThat(incomings(pending)).containsExactly(command, press, sticker, typed);
        Incoming roundTripped = pending.get(1).incoming();
        assertThat(roundTripped.from().lastName()).isNull();
        assertThat(roundTripped.from().languageCode()).isNull();
        assertThat(roundTripped.input()).isInstanceOf(Input.Press.class);
        assertThat(((Input.Text) pending.get(0).incoming().input()).command()).isEqualTo("start");
    }

    @Test
    void pruneForgetsOnlyProcessedItemsReceivedBeforeTheCutoff() {
        List<Inbox.Item> old = inbox.store(List.of(telegram(1, "old done"), telegram(2, "old pending")), T0);
        inbox.markDone(old.get(0).seq(), T0.plusSeconds(1), null);
        Instant cutoff = T0.plus(Duration.ofDays(1));
        long atCutoff = inbox.store(List.of(telegram(3, "done at the cutoff")), cutoff).get(0).seq();
        inbox.markDone(atCutoff, cutoff, null);

        assertThat(inbox.prune(cutoff, 1_000)).isEqualTo(1);

        assertThat(inbox.pending(T0)).extracting(Inbox.Item::seq).containsExactly(old.get(1).seq());
        assertThat(inbox.store(List.of(telegram(3, "done at the cutoff")), cutoff)).isEmpty();
        // once forgotten, the update id is no longer recognised
        assertThat(inbox.store(List.of(telegram(1, "old done")), cutoff)).hasSize(1);
        assertThat(inbox.prune(cutoff, 1_000)).isZero();
    }

    @Test
    void aSeqIsNeverReusedEvenAfterItsItemWasPruned() {
        List<Inbox.Item> old = inbox.store(List.of(telegram(1, "first"), telegram(2, "second")), T0);
        inbox.markDone(old.get(0).seq(), T0, null);
        inbox.markDone(old.get(1).seq(), T0, null);
        assertThat(inbox.prune(T0.plusSeconds(1), 1_000)).isEqualTo(2);

        long fresh = inbox.store(List.of(telegram(3, "third")), T0.plusSeconds(2)).get(0).seq();

        assertThat(fresh).isGreaterThan(old.get(1).seq());
        assertThat(inbox.isPending(old.get(1).seq())).isFalse();
        assertThat(inbox.isPending(fresh)).isTrue();
    }
}
