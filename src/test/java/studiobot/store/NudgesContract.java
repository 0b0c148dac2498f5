package studiobot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studiobot.nudge.Nudges;
import studiobot.nudge.Nudges.Outcome;

/** What every {@link Nudges} does, run against the SQLite adapter and the in-memory fake alike. */
abstract class NudgesContract {
    static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    static final Instant SINCE = Instant.parse("2026-11-29T08:00:00Z");
    static final long MARIA = 7001;
    static final long IVAN = 7002;

    Nudges nudges;

    abstract Nudges open();

    abstract Nudges reopen();

    @BeforeEach
    void openTheStore() {
        nudges = open();
    }

    @Test
    void raise_onePerEpisode_acrossARestart() {
        assertThat(nudges.raise(MARIA, "quiet", SINCE, NOW)).get().satisfies(n -> {
            assertThat(n.isOpen()).isTrue();
            assertThat(n.raisedAt()).isEqualTo(NOW);
        });
        nudges = reopen();

        assertThat(nudges.raise(MARIA, "quiet", SINCE, NOW.plusSeconds(60))).as("the same episode").isEmpty();
        assertThat(nudges.raise(MARIA, "slower", SINCE, NOW)).as("another reason").isPresent();
        assertThat(nudges.raise(MARIA, "quiet", SINCE.plusSeconds(1), NOW)).as("a new episode").isPresent();
        assertThat(nudges.raise(IVAN, "quiet", SINCE, NOW)).isPresent();
        assertThat(nudges.of(MARIA)).hasSize(3);
    }

    @Test
    void settle_once() {
        long id = nudges.raise(MARIA, "quiet", SINCE, NOW).orElseThrow().id();

        assertThat(nudges.settle(id, Outcome.CHECK_IN, NOW)).isTrue();
        assertThat(nudges.settle(id, Outcome.HANDLED, NOW)).isFalse();
        assertThat(nudges.find(id).orElseThrow().outcome()).isEqualTo(Outcome.CHECK_IN);
    }

    @Test
    void snooze_thenWake_opensAgain_andTheClientWritingEndsIt() {
        long id = nudges.raise(MARIA, "quiet", SINCE, NOW).orElseThrow().id();
        Instant until = NOW.plus(Duration.ofDays(1));

        assertThat(nudges.snooze(id, until, NOW)).isTrue();
        nudges = reopen();
        assertThat(nudges.find(id).orElseThrow().snoozedUntil()).isEqualTo(until);
        assertThat(nudges.snooze(id, until, NOW)).as("snoozed already").isFalse();
        assertThat(nudges.wake(id, until)).isTrue();
        assertThat(nudges.find(id).orElseThrow().isOpen()).isTrue();

        nudges.clientWrote(MARIA, until.plusSeconds(60));

        assertThat(nudges.find(id).orElseThrow().outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(nudges.wake(id, until)).isFalse();
    }

    @Test
    void photographerWrote_endsAnOpenNudgeAsACheckIn_notASnoozedOrSettledOne() {
        long open = nudges.raise(MARIA, "quiet", SINCE, NOW).orElseThrow().id();
        long snoozed = nudges.raise(MARIA, "changes", SINCE, NOW).orElseThrow().id();
        nudges.snooze(snoozed, NOW.plus(Duration.ofDays(1)), NOW);

        nudges.photographerWrote(MARIA, NOW.plusSeconds(60));

        assertThat(nudges.find(open).orElseThrow().outcome()).isEqualTo(Outcome.CHECK_IN);
        assertThat(nudges.find(snoozed).orElseThrow().outcome()).isEqualTo(Outcome.SNOOZED);
    }

    @Test
    void lost_holdsUntilTheClientWrites() {
        long id = nudges.raise(MARIA, "inactive", SINCE, NOW).orElseThrow().id();

        nudges.settle(id, Outcome.LOST, NOW);
        nudges = reopen();

        assertThat(nudges.isLost(MARIA)).isTrue();
        assertThat(nudges.isLost(IVAN)).isFalse();
        nudges.clientWrote(MARIA, NOW.plus(Duration.ofDays(40)));
        assertThat(nudges.isLost(MARIA)).isFalse();
        assertThat(nudges.find(id).orElseThrow().outcome()).as("a settled nudge keeps its outcome").isEqualTo(Outcome.LOST);
    }
}
