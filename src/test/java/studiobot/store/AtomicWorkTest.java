package studiobot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studiobot.chat.Callbacks;
import studiobot.chat.ChatId;
import studiobot.chat.Handler;
import studiobot.chat.Incoming;
import studiobot.chat.Input;
import studiobot.chat.MessageKind;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.Router;
import studiobot.chat.Sender;
import studiobot.config.ConfigLoader;
import studiobot.delivery.ChatLanes;
import studiobot.delivery.Outbox;
import studiobot.delivery.Posting;
import studiobot.delivery.QuietHours;
import studiobot.delivery.UpdateIntake;
import studiobot.delivery.UpdateProcessing;
import studiobot.people.Staff;
import studiobot.schedule.Job;
import studiobot.schedule.JobHandler;
import studiobot.schedule.JobRunning;
import studiobot.testing.OutboxHeads;
import studiobot.testing.TestClock;

/**
 * On the real database, the work of a handler that fails (an update's or a job's) rolls back with
 * its replies and its done-mark, while the record of the failure commits: the real update processing
 * and job running over {@link Database} and the SQLite adapters, seen through the ports. Everything
 * else about them is unit-tested on the in-memory fakes.
 */
class AtomicWorkTest {
    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    private static final long MARIA = 42;
    private static final ChatId MARIAS_CHAT = new ChatId(MARIA);
    /** A chat no reply can be posted to: its recipient cannot be looked up. */
    private static final ChatId UNREACHABLE = new ChatId(666);

    @TempDir
    Path data;

    private final TestClock clock = new TestClock(T0);
    private final List<String> ran = new ArrayList<>();
    private Database db;
    private SqlitePeople people;
    private SqliteInbox inbox;
    private SqliteOutbox outbox;
    private SqliteJobs jobs;
    private SqliteConversations conversations;
    private Posting posting;

    @BeforeEach
    void open() {
        db = Database.open(data);
        people = new SqlitePeople(db);
        inbox = new SqliteInbox(db);
        outbox = new SqliteOutbox(db);
        jobs = new SqliteJobs(db);
        conversations = new SqliteConversations(db);
        posting = new Posting(outbox, conversations, chat -> {
            if (chat.equals(UNREACHABLE)) {
                throw new IllegalStateException("no recipient for chat " + chat);
            }
            return new Posting.Recipient("el", ZoneId.of("Europe/Athens"), true);
        }, new QuietHours(LocalTime.of(21, 0), LocalTime.of(9, 0)));
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** The intake of a bot whose only command is {@code /boom}. */
    private UpdateIntake intake(Handler boom) {
        Router router = new Router(people, new Staff(new ConfigLoader().loadDemo()), new Callbacks(new byte[32]), conversations)
                .command("boom", boom, Set.of(), false);
        return new UpdateIntake(db, inbox, new UpdateProcessing(db, inbox, router, posting, clock, () -> { }), ChatLanes.DIRECT, clock);
    }

    private static Incoming boom(long updateId) {
        return new Incoming("telegram", updateId, MARIAS_CHAT, new Sender(MARIA, "Maria", null, null, "el"), new Input.Text("/boom", 1));
    }

    private List<Msg> queued() {
        return db.inTransaction(() -> OutboxHeads.of(outbox, clock.instant(), 10)).stream().map(Outbox.Entry::reply).map(Reply::text).toList();
    }

    /** The apology alone is queued, and the update is done: not pending, and not taken again when delivered again. */
    private void assertOnlyTheApologyAndTheUpdateDone() {
        assertThat(outbox.pendingCount()).isEqualTo(1);
        assertThat(queued()).containsExactly(Msg.of("error.generic"));
        assertThat(inbox.pending(clock.instant())).isEmpty();
        assertThat(inbox.store(List.of(boom(1)), clock.instant())).isEmpty();
    }

    @Test
    void aFailingUpdateHandlerLeavesThePersonAsTheyWereAndOnlyTheApologyGoesOut() {
        db.run(() -> {
            people.seen(MARIA, "Maria", "el", T0);
            people.chooseLocale(MARIA, "el");
        });

        intake(r -> {
            people.chooseLocale(MARIA, "zh");
            throw new IllegalStateException("handler bug after changing the locale");
        }).accept(List.of(boom(1)));

        assertThat(people.find(MARIA).orElseThrow().chosenLocale()).isEqualTo("el");
        assertOnlyTheApologyAndTheUpdateDone();
    }

    @Test
    void repliesPostedBeforeAFailureGoBackWithIt() {
        intake(r -> List.of(r.reply(Msg.of("language.chosen")), Reply.now(UNREACHABLE, MessageKind.ALERT, Msg.of("language.chosen"))))
                .accept(List.of(boom(1)));

        assertOnlyTheApologyAndTheUpdateDone();
    }

    @Test
    void aFailingJobHandlerLeavesNoFollowUpAndTheJobIsRetriedInAMinute() {
        JobHandler failing = (job, now) -> {
            ran.add(job.key());
            jobs.schedule("follow-up", "follow-up-42", "{}", now.plus(Duration.ofDays(1)));
            throw new IllegalStateException("the handler fails after scheduling its follow-up");
        };
        db.run(() -> jobs.schedule("reminder", "booking-42", "{}", T0));

        new JobRunning(db, jobs, Map.of("reminder", failing), posting, clock, () -> { }).pump();

        assertThat(ran).containsExactly("booking-42");
        assertThat(outbox.pendingCount()).isZero();
        assertThat(jobs.pending("follow-up-42")).isEmpty();
        Job retried = jobs.pending("booking-42").orElseThrow();
        assertThat(retried.attempts()).isEqualTo(1);
        assertThat(retried.dueAt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
    }
}
