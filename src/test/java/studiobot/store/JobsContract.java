package studiobot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studiobot.schedule.Job;
import studiobot.schedule.Jobs;

/** What every {@link Jobs} does, run against the SQLite adapter and the in-memory fake alike. */
abstract class JobsContract {
    static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    static final Instant FAR = T0.plus(Duration.ofDays(3650));

    Jobs jobs;

    /** An empty schedule. */
    abstract Jobs open();

    /** The same schedule after the program restarted: what was stored is still there. */
    abstract Jobs reopen();

    @BeforeEach
    void openTheStore() {
        jobs = open();
    }

    void restart() {
        jobs = reopen();
    }

    @Test
    void prune_forgetsFinishedJobsOldestFirst_atMostTheLimit_neverAPendingOne() {
        for (int i = 1; i <= 3; i++) {
            jobs.schedule("remind", "remind:" + i, "{}", T0);
        }
        jobs.schedule("remind", "later", "{}", FAR);
        List<studiobot.schedule.Job> due = jobs.due(T0, 10);
        jobs.done(due.get(0).id(), T0.plusSeconds(3));
        jobs.failed(due.get(1).id(), "boom", T0.plusSeconds(1));
        jobs.done(due.get(2).id(), T0.plusSeconds(2));

        assertThat(jobs.prune(T0.plusSeconds(3), 1)).isEqualTo(1);
        assertThat(jobs.prune(T0.plusSeconds(3), 10)).as("the one finished at 2 s; the one at 3 s is not before").isEqualTo(1);
        assertThat(jobs.prune(FAR.plusSeconds(1), 10)).isEqualTo(1);
        assertThat(jobs.pending("later")).as("pending: never forgotten").isPresent();
    }

    @Test
    void dueListsPendingJobsUpToNowEarliestFirst() {
        jobs.schedule("reminder", "later", "{}", T0.plus(Duration.ofMinutes(2)));
        jobs.schedule("reminder", "sooner", "{}", T0.plus(Duration.ofMinutes(1)));
        jobs.schedule("reminder", "tie", "{}", T0.plus(Duration.ofMinutes(2)));
        jobs.schedule("reminder", "future", "{}", T0.plus(Duration.ofMinutes(10)));

        assertThat(jobs.due(T0, 10)).isEmpty();
        assertThat(jobs.due(T0.plus(Duration.ofMinutes(5)), 10)).extracting(Job::key)
                .containsExactly("sooner", "later", "tie");
        assertThat(jobs.due(T0.plus(Duration.ofMinutes(5)), 2)).extracting(Job::key).containsExactly("sooner", "later");
        assertThat(jobs.due(T0.plus(Duration.ofMinutes(10)).minusNanos(1), 10)).extracting(Job::key).doesNotContain("future");
        assertThat(jobs.due(T0.plus(Duration.ofMinutes(10)), 10)).extracting(Job::key).contains("future");
    }

    @Test
    void scheduledJobCarriesItsKindKeyPayloadAndDueTime() {
        jobs.schedule("reminder", "booking-42", "{\"booking\":42}", T0);

        Job job = jobs.pending("booking-42").orElseThrow();

        assertThat(job.kind()).isEqualTo("reminder");
        assertThat(job.key()).isEqualTo("booking-42");
        assertThat(job.payload()).isEqualTo("{\"booking\":42}");
        assertThat(job.dueAt()).isEqualTo(T0);
        assertThat(job.attempts()).isZero();
        assertThat(jobs.due(T0, 10)).containsExactly(job);
    }

    @Test
    void schedulingTheSameKeyAgainMovesTheOnePendingJob() {
        jobs.schedule("reminder", "booking-42", "{\"v\":1}", T0.plus(Duration.ofHours(1)));
        long id = jobs.pending("booking-42").orElseThrow().id();
        jobs.retry(id, T0.plus(Duration.ofHours(1)), 2, "smtp down");

        jobs.schedule("follow-up", "booking-42", "{\"v\":2}", T0.plus(Duration.ofHours(3)));

        Job moved = jobs.pending("booking-42").orElseThrow();
        assertThat(moved.id()).isEqualTo(id);
        assertThat(moved.kind()).isEqualTo("follow-up");
        assertThat(moved.payload()).isEqualTo("{\"v\":2}");
        assertThat(moved.dueAt()).isEqualTo(T0.plus(Duration.ofHours(3)));
        assertThat(moved.attempts()).isZero();
        assertThat(jobs.due(T0.plus(Duration.ofHours(2)), 10)).isEmpty();
        assertThat(jobs.due(FAR, 10)).containsExactly(moved);
    }

    @Test
    void cancelRemovesThePendingJobOnce() {
        jobs.schedule("reminder", "booking-42", "{}", T0);
        jobs.schedule("reminder", "booking-43", "{}", T0);

        assertThat(jobs.cancel("booking-42")).isTrue();
        assertThat(jobs.cancel("booking-42")).isFalse();
        assertThat(jobs.cancel("never-scheduled")).isFalse();

        assertThat(jobs.pending("booking-42")).isEmpty();
        assertThat(jobs.due(FAR, 10)).extracting(Job::key).containsExactly("booking-43");
    }

    @Test
    void doneJobsAreNeverDueAgain() {
        jobs.schedule("reminder", "booking-42", "{}", T0);
        long id = jobs.pending("booking-42").orElseThrow().id();

        jobs.done(id, T0);

        assertThat(jobs.due(T0, 10)).isEmpty();
        assertThat(jobs.due(FAR, 10)).isEmpty();
        assertThat(jobs.pending("booking-42")).isEmpty();
        assertThat(jobs.nextDue()).isEmpty();
        assertThat(jobs.cancel("booking-42")).isFalse();
    }

    @Test
    void aKeyCanBeScheduledAnewAfterItsJobIsDone() {
        jobs.schedule("housekeeping", "housekeeping", "{}", T0);
        long first = jobs.pending("housekeeping").orElseThrow().id();
        jobs.done(first, T0);

        jobs.schedule("housekeeping", "housekeeping", "{}", T0.plus(Duration.ofDays(1)));

        Job next = jobs.pending("housekeeping").orElseThrow();
        assertThat(next.id()).isNotEqualTo(first);
        assertThat(next.dueAt()).isEqualTo(T0.plus(Duration.ofDays(1)));
        assertThat(jobs.due(FAR, 10)).containsExactly(next);
    }

    @Test
    void retryMovesTheDueTimeAndCountsTheAttempt() {
        jobs.schedule("reminder", "booking-42", "{}", T0);
        long id = jobs.pending("booking-42").orElseThrow().id();

        jobs.retry(id, T0.plus(Duration.ofMinutes(2)), 2, "IllegalStateException: boom");

        assertThat(jobs.due(T0.plus(Duration.ofMinutes(2)).minusNanos(1), 10)).isEmpty();
        Job retried = jobs.due(T0.plus(Duration.ofMinutes(2)), 10).get(0);
        assertThat(retried.id()).isEqualTo(id);
        assertThat(retried.attempts()).isEqualTo(2);
        assertThat(retried.dueAt()).isEqualTo(T0.plus(Duration.ofMinutes(2)));
        assertThat(jobs.nextDue()).contains(T0.plus(Duration.ofMinutes(2)));
    }

    @Test
    void retryingAFinishedJobDoesNotMakeItPendingAgain() {
        jobs.schedule("reminder", "booking-42", "{}", T0);
        long id = jobs.pending("booking-42").orElseThrow().id();
        jobs.done(id, T0);

        jobs.retry(id, T0.plus(Duration.ofMinutes(2)), 1, "late retry");

        assertThat(jobs.pending("booking-42")).isEmpty();
        assertThat(jobs.due(FAR, 10)).isEmpty();
        assertThat(jobs.nextDue()).isEmpty();
    }

    @Test
    void failedJobsAreSetAsideButTheirKeyIsFreeAgain() {
        jobs.schedule("reminder", "booking-42", "{}", T0);
        long id = jobs.pending("booking-42").orElseThrow().id();

        jobs.failed(id, "no handler", T0);

        assertThat(jobs.due(FAR, 10)).isEmpty();
        assertThat(jobs.pending("booking-42")).isEmpty();
        assertThat(jobs.nextDue()).isEmpty();
        assertThat(jobs.cancel("booking-42")).isFalse();

        jobs.schedule("reminder", "booking-42", "{}", T0.plusSeconds(1));
        Job again = jobs.pending("booking-42").orElseThrow();
        assertThat(again.id()).isNotEqualTo(id);
        assertThat(jobs.due(FAR, 10)).containsExactly(again);
    }

    @Test
    void nextDueIsTheEarliestPendingDueTime() {
        assertThat(jobs.nextDue()).isEmpty();
        jobs.schedule("reminder", "b", "{}", T0.plus(Duration.ofHours(2)));
        jobs.schedule("reminder", "a", "{}", T0.plus(Duration.ofHours(1)));
        assertThat(jobs.nextDue()).contains(T0.plus(Duration.ofHours(1)));

        jobs.done(jobs.pending("a").orElseThrow().id(), T0);

        assertThat(jobs.nextDue()).contains(T0.plus(Duration.ofHours(2)));
    }

    @Test
    void pendingJobsSurviveARestartExactly() {
        Instant precise = Instant.parse("2026-12-24T17:30:00.123456789Z");
        jobs.schedule("reminder", "booking-42", "{\"booking\":42,\"name\":\"Ζωή\"}", precise);
        jobs.schedule("reminder", "done-before", "{}", T0);
        jobs.done(jobs.pending("done-before").orElseThrow().id(), T0);
        Job before = jobs.pending("booking-42").orElseThrow();
        jobs.retry(before.id(), precise, 3, "x");
        before = jobs.pending("booking-42").orElseThrow();

        restart();

        assertThat(jobs.pending("booking-42")).contains(before);
        assertThat(jobs.due(FAR, 10)).containsExactly(before);
        assertThat(jobs.nextDue()).contains(precise);
    }
}
