package studiobot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import studiobot.chat.Action;
import studiobot.chat.ArgCodec;
import studiobot.chat.Callbacks;
import studiobot.chat.ChatId;
import studiobot.chat.Incoming;
import studiobot.chat.Input;
import studiobot.chat.MessageKind;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.Router;
import studiobot.chat.Sender;
import studiobot.config.ConfigLoader;
import studiobot.people.Staff;
import studiobot.testing.DirectTransactions;
import studiobot.testing.InMemoryConversations;
import studiobot.testing.InMemoryInbox;
import studiobot.testing.InMemoryOutbox;
import studiobot.testing.InMemoryPeople;
import studiobot.testing.OutboxHeads;
import studiobot.testing.TestClock;

/**
 * Handling stored updates once, on the in-memory inbox and outbox. That a failing handler's
 * changes roll back with its replies and its done-mark is the database's part, tested in
 * {@code store.AtomicWorkTest}.
 */
class UpdateProcessingTest {
    private static final long MARIA = 42;
    private static final ChatId MARIAS_CHAT = new ChatId(MARIA);
    private static final Action<ArgCodec.Nothing> EXPLODE = Action.plain("explode");

    private final TestClock clock = TestClock.at("2026-12-01T08:00:00Z");
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryInbox inbox = new InMemoryInbox();
    private final Callbacks callbacks = new Callbacks(new byte[32]);
    private final AtomicInteger handled = new AtomicInteger();
    private final AtomicInteger wakes = new AtomicInteger();
    private final Router router;
    private final UpdateProcessing processing;
    private final UpdateIntake intake;

    UpdateProcessingTest() {
        router = new Router(new InMemoryPeople(), new Staff(new ConfigLoader().loadDemo()), callbacks, new InMemoryConversations())
                .command("boom", r -> {
                    handled.incrementAndGet();
                    throw new IllegalStateException("handler bug");
                }, Set.of(), false)
                .command("deep", r -> {
                    handled.incrementAndGet();
                    throw new StackOverflowError();
                }, Set.of(), false)
                .command("ok", r -> {
                    handled.incrementAndGet();
                    return List.of(r.reply(Msg.of("language.chosen")));
                }, Set.of(), false)
                .action(EXPLODE, (r, nothing) -> {
                    handled.incrementAndGet();
                    throw new IllegalStateException("press handler bug");
                }, Set.of(), (r, nothing) -> true);
        Posting posting = new Posting(outbox, new InMemoryConversations(),
                chat -> new Posting.Recipient("el", ZoneId.of("Europe/Athens"), true),
                new QuietHours(LocalTime.of(21, 0), LocalTime.of(9, 0)));
        processing = new UpdateProcessing(new DirectTransactions(), inbox, router, posting, clock, wakes::incrementAndGet);
        intake = new UpdateIntake(new DirectTransactions(), inbox, processing, ChatLanes.DIRECT, clock);
    }

    private static Incoming update(long updateId, Input input) {
        return new Incoming("telegram", updateId, MARIAS_CHAT, new Sender(MARIA, "Maria", null, null, "el"), input);
    }

    private static Incoming command(long updateId, String text) {
        return update(updateId, new Input.Text(text, 1));
    }

    /** Everything in the outbox, in the order a sender would send it, each marked delivered. */
    private List<Reply> sent() {
        List<Reply> sent = new ArrayList<>();
        for (List<Outbox.Entry> heads = OutboxHeads.of(outbox, clock.instant(), 10); !heads.isEmpty(); heads = OutboxHeads.of(outbox, clock.instant(), 10)) {
            for (Outbox.Entry head : heads) {
                sent.add(head.reply());
                outbox.delivered(head.id(), sent.size(), clock.instant());
            }
        }
        return sent;
    }

    private static List<Msg> texts(List<Reply> replies) {
        return replies.stream().map(Reply::text).toList();
    }

    @Test
    void aFailingHandlerGetsTheClientAnApologyAndTheUpdateIsDone() {
        intake.accept(List.of(command(1, "/boom")));

        List<Reply> sent = sent();
        assertThat(texts(sent)).containsExactly(Msg.of("error.generic"));
        assertThat(sent.get(0).to()).isEqualTo(MARIAS_CHAT);
        assertThat(sent.get(0).kind()).isEqualTo(MessageKind.ERROR);
        assertThat(inbox.pending(clock.instant())).isEmpty();
        assertThat(wakes).as("the sender is woken for the apology").hasValue(1);
    }

    @Test
    void aHandlerThatOverflowsItsStackFailsItsUpdateAlone_andTheChatGoesOn() {
        intake.accept(List.of(command(1, "/deep"), command(2, "/ok")));

        assertThat(texts(sent())).containsExactly(Msg.of("error.generic"), Msg.of("language.chosen"));
        assertThat(inbox.pending(clock.instant())).isEmpty();
    }

    /** Transactions begun, by {@link #refusing}. */
    private final AtomicInteger begun = new AtomicInteger();

    /** Transactions that fail (as a database refusing writes does) the first {@code refusals} times, then run. */
    private Transactions refusing(int refusals) {
        AtomicInteger left = new AtomicInteger(refusals);
        Transactions direct = new DirectTransactions();
        return new Transactions() {
            @Override
            public <T> T inTransaction(java.util.function.Supplier<T> work) {
                begun.incrementAndGet();
                if (left.getAndDecrement() > 0) {
                    throw new IllegalStateException("disk I/O error");
                }
                return direct.inTransaction(work);
            }
        };
    }

    private UpdateProcessing processingOver(Transactions transactions) {
        Posting posting = new Posting(outbox, new InMemoryConversations(),
                chat -> new Posting.Recipient("el", ZoneId.of("Europe/Athens"), true),
                new QuietHours(LocalTime.of(21, 0), LocalTime.of(9, 0)));
        return new UpdateProcessing(transactions, inbox, router, posting, clock, wakes::incrementAndGet,
                List.of(Duration.ofMillis(1), Duration.ofMillis(1)));
    }

    @Test
    void anUpdateWhoseFailureCannotBeRecordedEither_isTriedAgain_andAnsweredOnceTheDatabaseTakesWrites() {
        Inbox.Item item = inbox.store(List.of(command(1, "/ok")), clock.instant()).get(0);

        // the handling and then the record of its failure refused: the database, not the handler
        processingOver(refusing(2)).process(item);

        assertThat(texts(sent())).as("answered, not apologised for").containsExactly(Msg.of("language.chosen"));
        assertThat(inbox.pending(clock.instant())).isEmpty();
    }

    @Test
    void anUpdateTheDatabaseKeepsRefusing_isLeftPendingForTheNextStart_afterTheLastTry() {
        Inbox.Item item = inbox.store(List.of(command(1, "/ok")), clock.instant()).get(0);

        processingOver(refusing(Integer.MAX_VALUE)).process(item);

        assertThat(begun).as("three attempts, the first and one after each pause, each the handling and its failure's record")
                .hasValue(6);
        assertThat(inbox.pending(clock.instant())).extracting(Inbox.Item::seq).containsExactly(item.seq());
        assertThat(outbox.pendingCount()).isZero();
    }

    @Test
    void aFailingPressIsAnsweredBeforeTheApology() {
        String data = callbacks.encode(MARIA, EXPLODE.id(), List.of());

        intake.accept(List.of(update(1, new Input.Press(data, 7, "press-1"))));

        List<Reply> sent = sent();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).isPressAnswer()).isTrue();
        assertThat(sent.get(0).pressId()).isEqualTo("press-1");
        assertThat(sent.get(0).text()).isEqualTo(Msg.verbatim(""));
        assertThat(sent.get(1).isPressAnswer()).isFalse();
        assertThat(sent.get(1).text()).isEqualTo(Msg.of("error.generic"));
    }

    @Test
    void aFailingPressWithoutAPressIdGetsTheApologyAlone() {
        String data = callbacks.encode(MARIA, EXPLODE.id(), List.of());

        intake.accept(List.of(update(1, new Input.Press(data, 7))));

        assertThat(texts(sent())).containsExactly(Msg.of("error.generic"));
    }

    @Test
    void theNextUpdateOfTheSameChatIsHandledAfterAFailure() {
        intake.accept(List.of(command(1, "/boom"), command(2, "/ok")));

        assertThat(texts(sent())).containsExactly(Msg.of("error.generic"), Msg.of("language.chosen"));
        assertThat(inbox.pending(clock.instant())).isEmpty();
    }

    @Test
    void anUpdateIsProcessedOnceEvenWhenDeliveredOrQueuedAgain() {
        Inbox.Item item = inbox.store(List.of(command(1, "/ok")), clock.instant()).get(0);

        processing.process(item);
        processing.process(item);
        intake.accept(List.of(command(1, "/ok")));
        intake.resume();

        assertThat(handled).hasValue(1);
        assertThat(texts(sent())).containsExactly(Msg.of("language.chosen"));
    }

    @Test
    void aFailedUpdateDeliveredAgainIsNotRetried() {
        intake.accept(List.of(command(1, "/boom")));
        intake.accept(List.of(command(1, "/boom")));
        intake.resume();

        assertThat(handled).hasValue(1);
        assertThat(texts(sent())).containsExactly(Msg.of("error.generic"));
    }
}
