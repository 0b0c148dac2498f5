package studiobot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import studiobot.chat.ChatId;
import studiobot.chat.MessageKind;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.delivery.Posting;
import studiobot.delivery.QuietHours;
import studiobot.testing.InMemoryConversations;
import studiobot.testing.InMemoryJobs;
import studiobot.testing.InMemoryOutbox;
import studiobot.testing.InMemoryTransactions;
import studiobot.testing.OutboxHeads;
import studiobot.testing.TestClock;

/**
 * Running due jobs, on the in-memory schedule and outbox. A job is marked done before its handler
 * runs, so a retry relies on the failed work being rolled back: the fakes roll back with
 * {@link InMemoryTransactions}; that the database does it to a real handler's work is
 * {@code store.AtomicWorkTest}'s.
 */
class JobRunningTest {
    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant FAR = T0.plus(Duration.ofDays(3650));
    private static final ChatId ALICE = new ChatId(101);

    private final TestClock clock = new TestClock(T0);
    private final Map<String, JobHandler> handlers = new HashMap<>();
    private final List<String> ran = new ArrayList<>();
    private final AtomicInteger wakes = new AtomicInteger();
    private final InMemoryJobs jobs = new InMemoryJobs();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryConversations conversations = new InMemoryConversations();

    /** A job runner over the schedule; a second one over the same schedule is the program after a restart. */
    private JobRunning running() {
        Posting posting = new Posting(outbox, conversations,
                chat -> new Posting.Recipient("en", ZoneId.of("Europe/Athens"), true),
                new QuietHours(LocalTime.of(21, 0), LocalTime.of(9, 0)));
        return new JobRunning(new InMemoryTransactions(jobs, outbox, conversations), jobs, handlers, posting, clock, wakes::incrementAndGet);
    }

    /** A handler that records each run as "key@instant" and replies with the generic message. */
    private JobHandler replying() {
        return (job, now) -> {
            ran.add(job.key() + "@" + now);
            return List.of(Reply.now(ALICE, MessageKind.ANSWER, Msg.of("error.generic")));
        };
    }

    private JobHandler recording() {
        return (job, now) -> {
            ran.add(job.key() + "@" + now);
            return List.of();
        };
    }

    /**
     * What a job that is finished (done or set aside) looks like through the port: not pending,
     * never due again, and its key free for a new schedule.
     */
    private void assertFinished(String key, long id) {
        assertThat(jobs.pending(key)).as("pending %s", key).isEmpty();
        assertThat(jobs.due(FAR, 100)).extracting(Job::key).doesNotContain(key);
        jobs.schedule("probe", key, "{}", FAR);
        assertThat(jobs.pending(key).orElseThrow().id()).as("a new job under key %s", key).isNotEqualTo(id);
        assertThat(jobs.cancel(key)).isTrue();
    }

    private long idOf(String key) {
        return jobs.pending(key).orElseThrow().id();
    }

    @Test
    void aDueJobRunsOnceAndItsRepliesLandInTheOutbox() {
        handlers.put("reminder", replying());
        jobs.schedule("reminder", "booking-42", "{}", T0);
        long id = idOf("booking-42");
        JobRunning running = running();

        assertThat(running.pump()).isZero();
        running.pump();
        running.drain();

        assertThat(ran).containsExactly("booking-42@" + T0);
        assertThat(wakes).hasValue(1);
        assertThat(outbox.pendingCount()).isEqualTo(1);
        assertThat(OutboxHeads.of(outbox, T0, 10)).extracting(e -> e.reply().text())
                .containsExactly(Msg.of("error.generic"));
        assertThat(jobs.nextDue()).isEmpty();
        assertFinished("booking-42", id);
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

        JobRunning afterRestart = running();
        afterRestart.pump();
        assertThat(ran).isEmpty();
        clock.set(due);
        afterRestart.drain();
        clock.advance(Duration.ofHours(1));
        afterRestart.pump();

        running().drain();

        assertThat(ran).containsExactly("booking-42@" + due);
        assertThat(outbox.pendingCount()).isEqualTo(1);
    }

    @Test
    void aFailingJobIsRetriedWithBackoffAndSetAsideAfterFiveAttemptsWhileOthersRun() {
        handlers.put("flaky", (job, now) -> {
            ran.add(job.key() + "@" + now);
            throw new IllegalStateException("calendar unreachable");
        });
        handlers.put("reminder", recording());
        jobs.schedule("flaky", "sync", "{}", T0);
        jobs.schedule("reminder", "booking-42", "{}", T0);
        long syncId = idOf("sync");
        long reminderId = idOf("booking-42");
        JobRunning running = running();

        running.pump();

        assertThat(ran).containsExactly("sync@" + T0, "booking-42@" + T0);
        assertFinished("booking-42", reminderId);

        List<Instant> expectedRuns = List.of(T0,
                T0.plus(Duration.ofMinutes(1)), T0.plus(Duration.ofMinutes(3)),
                T0.plus(Duration.ofMinutes(7)), T0.plus(Duration.ofMinutes(15)));
        for (int attempt = 1; attempt < expectedRuns.size(); attempt++) {
            Instant at = expectedRuns.get(attempt);
            Job retried = jobs.pending("sync").orElseThrow();
            assertThat(retried.id()).isEqualTo(syncId);
            assertThat(retried.attempts()).as("attempts after run %d", attempt).isEqualTo(attempt);
            assertThat(retried.dueAt()).as("due after run %d", attempt).isEqualTo(at);
            clock.set(at.minusNanos(1));
            running.pump();
            clock.set(at);
            running.pump();
        }
        clock.set(T0.plus(Duration.ofDays(1)));
        running.pump();

        assertThat(ran).filteredOn(r -> r.startsWith("sync@"))
                .containsExactlyElementsOf(expectedRuns.stream().map(at -> "sync@" + at).toList());
        assertThat(jobs.nextDue()).isEmpty();
        assertFinished("sync", syncId);
        assertThat(outbox.pendingCount()).isZero();
    }

    @Test
    void aJobOfAnUnknownKindIsSetAsideAsFailed() {
        handlers.put("reminder", recording());
        jobs.schedule("retired-feature", "old-1", "{}", T0);
        jobs.schedule("reminder", "booking-42", "{}", T0);
        long oldId = idOf("old-1");
        JobRunning running = running();

        running.pump();
        clock.advance(Duration.ofDays(1));
        running.pump();

        assertThat(ran).containsExactly("booking-42@" + T0);
        assertThat(jobs.nextDue()).isEmpty();
        assertFinished("old-1", oldId);
    }

    @Test
    void aHandlerMayRescheduleItsOwnKey() {
        handlers.put("housekeeping", (job, now) -> {
            ran.add(job.key() + "@" + now);
            jobs.schedule("housekeeping", job.key(), "{}", now.plus(Duration.ofDays(1)));
            return List.of();
        });
        jobs.schedule("housekeeping", "housekeeping", "{}", T0);
        long firstId = idOf("housekeeping");
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

    @Test
    void aJobMovedOrCancelledAfterTheDueListWasReadDoesNotRunItsOldVersion() {
        // two promises due at once; running the first moves the second and cancels the third
        handlers.put("mover", (job, now) -> {
            ran.add(job.key());
            jobs.schedule("reminder", "booking-42", "moved", now.plus(Duration.ofHours(2)));
            jobs.cancel("booking-43");
            return List.of();
        });
        handlers.put("reminder", (job, now) -> {
            ran.add(job.key() + ":" + job.payload());
            return List.of();
        });
        jobs.schedule("mover", "a-mover", "{}", T0.minusSeconds(2));
        jobs.schedule("reminder", "booking-42", "original", T0.minusSeconds(1));
        jobs.schedule("reminder", "booking-43", "original", T0.minusSeconds(1));
        JobRunning running = running();

        running.pump();

        assertThat(ran).containsExactly("a-mover");
        assertThat(jobs.pending("booking-42")).hasValueSatisfying(j -> {
            assertThat(j.payload()).isEqualTo("moved");
            assertThat(j.dueAt()).isEqualTo(T0.plus(Duration.ofHours(2)));
        });
        assertThat(jobs.pending("booking-43")).isEmpty();

        clock.set(T0.plus(Duration.ofHours(2)));
        running.drain();
        assertThat(ran).containsExactly("a-mover", "booking-42:moved");
    }
}
