package studiobot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studiobot.chat.Button;
import studiobot.chat.Callbacks;
import studiobot.chat.ChatId;
import studiobot.chat.Msg;
import studiobot.chat.Outbound;
import studiobot.chat.Reply;
import studiobot.delivery.Outbox;
import studiobot.delivery.Posting;
import studiobot.delivery.QuietHours;
import studiobot.i18n.Bundles;
import studiobot.i18n.Messages;
import studiobot.store.Database;
import studiobot.store.SqliteJobs;
import studiobot.store.SqliteOutbox;
import studiobot.testing.TestClock;

class JobRunningTest {
    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    private static final ChatId ALICE = new ChatId(101);
    private static final String GENERIC = "Sorry, something went wrong on our side. Please try again in a moment.";

    private static Messages messages;

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(T0);
    private final Map<String, JobHandler> handlers = new HashMap<>();
    private final List<String> ran = new ArrayList<>();
    private final AtomicInteger wakes = new AtomicInteger();
    private Database db;
    private SqliteJobs jobs;
    private SqliteOutbox outbox;

    @BeforeAll
    static void loadMessages() {
        messages = new Messages(Bundles.load(Path.of("messages")));
    }

    @BeforeEach
    void open() {
        db = Database.open(dir);
        jobs = new SqliteJobs(db);
        outbox = new SqliteOutbox(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void restart() {
        db.close();
        db = Database.open(dir);
        jobs = new SqliteJobs(db);
        outbox = new SqliteOutbox(db);
    }

    private JobRunning running() {
        Posting posting = new Posting(outbox, new studiobot.testing.InMemoryConversations(),
                chat -> new Posting.Recipient("en", ZoneId.of("Europe/Athens"), true),
                new QuietHours(LocalTime.of(21, 0), LocalTime.of(9, 0)));
        return new JobRunning(db, jobs, handlers, posting, clock, wakes::incrementAndGet);
    }

    /** A handler that records each run as "key@instant" and replies with the generic message. */
    private JobHandler replying() {
        return (job, now) -> {
            ran.add(job.key() + "@" + now);
            return List.of(Reply.now(ALICE, studiobot.chat.MessageKind.ANSWER, Msg.of("error.generic")));
        };
    }

    private JobHandler recording() {
        return (job, now) -> {
            ran.add(job.key() + "@" + now);
            return List.of();
        };
    }

    /** Status and last error of the newest job with this key, read through a separate plain connection. */
    private String[] stored(String key) throws SQLException {
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME));
             PreparedStatement ps = plain.prepareStatement(
                     "SELECT status, last_error FROM job WHERE job_key = ? ORDER BY id DESC LIMIT 1")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("a job with key %s", key).isTrue();
                return new String[] {rs.getString(1), rs.getString(2)};
            }
        }
    }

    @Test
    void aDueJobRunsOnceAndItsRepliesLandInTheOutbox() throws SQLException {
        handlers.put("reminder", replying());
        jobs.schedule("reminder", "booking-42", "{}", T0);
        JobRunning running = running();

        assertThat(running.pump()).isZero();
        running.pump();
        running.drain();

        assertThat(ran).containsExactly("booking-42@" + T0);
        assertThat(wakes).hasValue(1);
        assertThat(outbox.pendingCount()).isEqualTo(1);
        assertThat(outbox.heads(T0, 10)).extracting(e -> e.reply().text())
                .containsExactly(Msg.of("error.generic"));
        assertThat(jobs.pending("booking-42")).isEmpty();
        assertThat(stored("booking-42")[0]).isEqualTo("done");
    }

    @Test
    void theMarkTheHandlersEffectsAndItsRepliesCommitTogetherOrNotAtAll() {
        handlers.put("reminder", (job, now) -> {
            ran.add(job.key());
            jobs.schedule("follow-up", "follow-up-42", "{}", now.plus(Duration.ofDays(1)));
            throw new IllegalStateException("the handler fails after scheduling its follow-up");
        });
        jobs.schedule("reminder", "booking-42", "{}", T0);

        running().pump();

        assertThat(ran).containsExactly("booking-42");
        assertThat(outbox.pendingCount()).isZero();
        assertThat(jobs.pending("follow-up-42")).isEmpty();
        Job retried = jobs.pending("booking-42").orElseThrow();
        assertThat(retried.attempts()).isEqualTo(1);
        assertThat(retried.dueAt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
    }

    @Test
    void aJobNotYetDueWaitsForTheClock() {
        handlers.put("reminder", recording());
        Instant due = T0.plus(Duration.ofMinutes(10));
        jobs.schedule("reminder", "booking-42", "{}", due);
        JobRunning running = running();

        assertThat(running.pump()).isEqualTo(Duration.ofSeconds(1));
        clock.set(due.minusMillis(300));
        assertThat(running.pump()).isEqualTo(Duration.ofMillis(300));
        clock.set(due.minusNanos(1));
        running.pump();
        assertThat(ran).isEmpty();
        assertThat(wakes).hasValue(0);

        clock.set(due);
        running.pump();
        running.pump();

        assertThat(ran).containsExactly("booking-42@" + due);
    }

    @Test
    void aJobScheduledBeforeARestartRunsOnceAfterIt() {
        handlers.put("reminder", replying());
        Instant due = T0.plus(Duration.ofMinutes(5));
        jobs.schedule("reminder", "booking-42", "{}", due);

        restart();
        JobRunning afterRestart = running();
        afterRestart.pump();
        assertThat(ran).isEmpty();
        clock.set(due);
        afterRestart.drain();
        clock.advance(Duration.ofHours(1));
        afterRestart.pump();

        restart();
        running().drain();

        assertThat(ran).containsExactly("booking-42@" + due);
        assertThat(outbox.pendingCount()).isEqualTo(1);
    }

    @Test
    void aFailingJobIsRetriedWithBackoffAndSetAsideAfterFiveAttemptsWhileOthersRun() throws SQLException {
        handlers.put("flaky", (job, now) -> {
            ran.add(job.key() + "@" + now);
            throw new IllegalStateException("calendar unreachable");
        });
        handlers.put("reminder", recording());
        jobs.schedule("flaky", "sync", "{}", T0);
        jobs.schedule("reminder", "booking-42", "{}", T0);
        JobRunning running = running();

        running.pump();

        assertThat(ran).containsExactly("sync@" + T0, "booking-42@" + T0);
        Job retried = jobs.pending("sync").orElseThrow();
        assertThat(retried.dueAt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
        assertThat(retried.attempts()).isEqualTo(1);

        List<Instant> expectedRuns = List.of(T0,
                T0.plus(Duration.ofMinutes(1)), T0.plus(Duration.ofMinutes(3)),
                T0.plus(Duration.ofMinutes(7)), T0.plus(Duration.ofMinutes(15)));
        for (Instant at : expectedRuns.subList(1, expectedRuns.size())) {
            clock.set(at.minusNanos(1));
            running.pump();
            clock.set(at);
            running.pump();
        }
        clock.set(T0.plus(Duration.ofDays(1)));
        running.pump();

        assertThat(ran).filteredOn(r -> r.startsWith("sync@"))
                .containsExactlyElementsOf(expectedRuns.stream().map(at -> "sync@" + at).toList());
        assertThat(jobs.pending("sync")).isEmpty();
        assertThat(jobs.nextDue()).isEmpty();
        String[] stored = stored("sync");
        assertThat(stored[0]).isEqualTo("failed");
        assertThat(stored[1]).contains("calendar unreachable");
        assertThat(stored("booking-42")[0]).isEqualTo("done");
    }

    @Test
    void aJobOfAnUnknownKindIsSetAsideAsFailed() throws SQLException {
        handlers.put("reminder", recording());
        jobs.schedule("retired-feature", "old-1", "{}", T0);
        jobs.schedule("reminder", "booking-42", "{}", T0);
        JobRunning running = running();

        running.pump();
        clock.advance(Duration.ofDays(1));
        running.pump();

        assertThat(ran).containsExactly("booking-42@" + T0);
        assertThat(jobs.pending("old-1")).isEmpty();
        String[] stored = stored("old-1");
        assertThat(stored[0]).isEqualTo("failed");
        assertThat(stored[1]).contains("retired-feature");
    }

    @Test
    void aHandlerMayRescheduleItsOwnKey() {
        handlers.put("housekeeping", (job, now) -> {
            ran.add(job.key() + "@" + now);
            jobs.schedule("housekeeping", job.key(), "{}", now.plus(Duration.ofDays(1)));
            return List.of();
        });
        jobs.schedule("housekeeping", "housekeeping", "{}", T0);
        long firstId = jobs.pending("housekeeping").orElseThrow().id();
        JobRunning running = running();

        running.drain();

        Job next = jobs.pending("housekeeping").orElseThrow();
        assertThat(next.id()).isNotEqualTo(firstId);
        assertThat(next.dueAt()).isEqualTo(T0.plus(Duration.ofDays(1)));
        assertThat(ran).containsExactly("housekeeping@" + T0);

        clock.set(T0.plus(Duration.ofDays(1)));
        running.drain();

        assertThat(ran).containsExactly("housekeeping@" + T0, "housekeeping@" + T0.plus(Duration.ofDays(1)));
        assertThat(jobs.pending("housekeeping").orElseThrow().dueAt()).isEqualTo(T0.plus(Duration.ofDays(2)));
    }

    @Test
    void drainEndsEvenWhenAJobKeepsReschedulingItselfForNow() {
        handlers.put("loop", (job, now) -> {
            ran.add(job.key());
            jobs.schedule("loop", job.key(), "{}", now);
            return List.of();
        });
        jobs.schedule("loop", "forever", "{}", T0);

        running().drain();

        assertThat(ran).hasSize(JobRunning.MAX_DRAIN_ROUNDS);
        assertThat(jobs.pending("forever")).isPresent();
    }
}
