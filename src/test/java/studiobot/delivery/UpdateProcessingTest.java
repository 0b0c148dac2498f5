package studiobot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studiobot.chat.Callbacks;
import studiobot.chat.ChatId;
import studiobot.chat.Incoming;
import studiobot.chat.Input;
import studiobot.chat.Msg;
import studiobot.chat.Router;
import studiobot.chat.Sender;
import studiobot.config.ConfigLoader;
import studiobot.i18n.Bundles;
import studiobot.i18n.Messages;
import studiobot.people.Staff;
import studiobot.store.Database;
import studiobot.store.SqliteInbox;
import studiobot.store.SqliteOutbox;
import studiobot.store.SqlitePeople;
import studiobot.testing.InMemoryConversations;
import studiobot.testing.TestClock;

class UpdateProcessingTest {
    @TempDir
    Path data;

    private final TestClock clock = TestClock.at("2026-12-01T08:00:00Z");
    private Database db;
    private SqliteOutbox outbox;
    private SqliteInbox inbox;
    private UpdateIntake intake;
    private SqlitePeople people;

    @BeforeEach
    void open() {
        db = Database.open(data);
        outbox = new SqliteOutbox(db);
        inbox = new SqliteInbox(db);
        people = new SqlitePeople(db);
        Router router = new Router(people, new Staff(new ConfigLoader().loadDemo()), new Callbacks(new byte[32]), new InMemoryConversations())
                .command("boom", r -> {
                    people.chooseLocale(r.person().userId(), "zh"); // a change that must not survive the failure
                    throw new IllegalStateException("handler bug");
                }, java.util.Set.of(), false)
                .command("ok", r -> List.of(r.reply(Msg.of("language.chosen"))), java.util.Set.of(), false);
        Posting posting = new Posting(outbox, new InMemoryConversations(),
                chat -> new Posting.Recipient("el", ZoneId.of("Europe/Athens"), true),
                new QuietHours(LocalTime.of(21, 0), LocalTime.of(9, 0)));
        intake = new UpdateIntake(db, inbox, new UpdateProcessing(db, inbox, router, posting, clock, () -> { }), ChatLanes.DIRECT, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Incoming command(long updateId, String text) {
        return new Incoming("telegram", updateId, new ChatId(42), new Sender(42, "Maria", null, null, "el"), new Input.Text(text, 1));
    }

    @Test
    void aFailingHandlerRollsBackItsChangesAndTheClientGetsALocalizedApology() {
        intake.accept(List.of(command(1, "/boom")));

        List<Outbox.Entry> queued = outbox.heads(clock.instant(), 10);
        assertThat(queued).hasSize(1);
        assertThat(queued.get(0).reply().text()).isEqualTo(Msg.of("error.generic"));
        assertThat(people.find(42)).as("everything the failed handling wrote is rolled back").isEmpty();
        assertThat(inbox.pending()).isEmpty();
    }

    @Test
    void theNextUpdateOfTheSameChatIsHandledAfterAFailure() {
        intake.accept(List.of(command(1, "/boom"), command(2, "/ok")));

        assertThat(outbox.pendingCount()).isEqualTo(2);
        assertThat(db.inTransaction(() -> outbox.heads(clock.instant(), 10))).hasSize(1); // one head per chat, in order
    }

    @Test
    void aFailedUpdateDeliveredAgainIsNotRetried() {
        intake.accept(List.of(command(1, "/boom")));
        intake.accept(List.of(command(1, "/boom")));

        assertThat(outbox.pendingCount()).isEqualTo(1);
    }
}
