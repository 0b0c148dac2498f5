package studiobot.nudge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import studiobot.nudge.Signals.Occasion;
import studiobot.nudge.Signals.OpenFlow;
import studiobot.nudge.Signals.Reason;
import studiobot.nudge.Signals.Signal;
import studiobot.nudge.Signals.Step;

/** Each signal at explicit instants; the demo studio's policy: quiet after 48 h, abandoned after 24 h, inactive after 300 days. */
class SignalsTest {
    private static final Duration QUIET_AFTER = Duration.ofHours(48);
    // Tuesday 1 December 2026, 10:00 in Athens
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    private static Optional<Instant> at(String instant) {
        return Optional.of(Instant.parse(instant));
    }

    @Nested
    class Quiet {
        @Test
        void theStudioWroteFortyEightHoursAgoAndNoAnswer_isANudgeWithTheWait() {
            Optional<Signal> s = Signals.quiet(at("2026-11-29T08:00:00Z"), at("2026-11-28T19:00:00Z"), QUIET_AFTER, NOW);

            assertThat(s).get().satisfies(signal -> {
                assertThat(signal.reason()).isEqualTo(Reason.QUIET);
                assertThat(signal.since()).isEqualTo(Instant.parse("2026-11-29T08:00:00Z"));
                assertThat(signal.figures()).containsEntry("waiting", Duration.ofHours(48));
            });
        }

        @Test
        void aMinuteShort_orAnsweredSince_orNothingWaiting_isNothing() {
            assertThat(Signals.quiet(at("2026-11-29T08:01:00Z"), Optional.empty(), QUIET_AFTER, NOW)).isEmpty();
            assertThat(Signals.quiet(at("2026-11-20T08:00:00Z"), at("2026-11-20T09:00:00Z"), QUIET_AFTER, NOW)).isEmpty();
            assertThat(Signals.quiet(Optional.empty(), at("2026-11-01T08:00:00Z"), QUIET_AFTER, NOW)).isEmpty();
        }
    }

    @Nested
    class Abandoned {
        private final OpenFlow wedding = new OpenFlow("wedding", Step.QUESTIONS,
                Instant.parse("2026-11-30T06:00:00Z"), Instant.parse("2026-11-30T06:10:00Z"));

        @Test
        void aFlowLeftForADay_saysWhichPackageAndHowFar() {
            Optional<Signal> s = Signals.abandoned(Optional.of(wedding), Optional.empty(), Duration.ofHours(24), Instant.parse("2026-12-01T06:10:00Z"));

            assertThat(s).get().satisfies(signal -> {
                assertThat(signal.reason()).isEqualTo(Reason.ABANDONED);
                assertThat(signal.since()).isEqualTo(wedding.startedAt());
                assertThat(signal.figures()).containsEntry("package", "wedding").containsEntry("step", "questions")
                        .containsEntry("left", Duration.ofHours(24));
            });
        }

        @Test
        void notYetADay_orTheClientWroteSince_isNothing() {
            assertThat(Signals.abandoned(Optional.of(wedding), Optional.empty(), Duration.ofHours(24), Instant.parse("2026-12-01T06:09:00Z"))).isEmpty();
            assertThat(Signals.abandoned(Optional.of(wedding), at("2026-11-30T20:00:00Z"), Duration.ofHours(24), NOW)).isEmpty();
            assertThat(Signals.abandoned(Optional.empty(), Optional.empty(), Duration.ofHours(24), NOW)).isEmpty();
        }
    }

    @Nested
    class Changes {
        private final Duration window = Duration.ofDays(90);

        @Test
        void aSecondChangeWithinTheWindow_isAPattern_withTheCount() {
            List<Instant> changes = List.of(Instant.parse("2026-10-05T10:00:00Z"), Instant.parse("2026-11-30T10:00:00Z"));

            Optional<Signal> s = Signals.changes(changes, window, NOW);

            assertThat(s).get().satisfies(signal -> {
                assertThat(signal.reason()).isEqualTo(Reason.CHANGES);
                assertThat(signal.since()).as("the change that made it a pattern").isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
                assertThat(signal.figures()).containsEntry("changes", 2).containsEntry("over", Duration.ofDays(56));
            });
        }

        @Test
        void oneChange_orTheFirstOutsideTheWindow_isNothing() {
            assertThat(Signals.changes(List.of(Instant.parse("2026-11-30T10:00:00Z")), window, NOW)).isEmpty();
            assertThat(Signals.changes(List.of(Instant.parse("2026-09-01T07:59:00Z"), Instant.parse("2026-11-30T10:00:00Z")), window, NOW)).isEmpty();
        }
    }

    @Nested
    class Slower {
        private final List<Duration> twoHoursUsually = List.of(Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(3));

        @Test
        void twentySixHoursForAClientWhoUsuallyAnswersInTwo_isANudgeWithBothFigures() {
            Optional<Signal> s = Signals.slower(twoHoursUsually, at("2026-11-30T06:00:00Z"), at("2026-11-29T12:00:00Z"), QUIET_AFTER, NOW);

            assertThat(s).get().satisfies(signal -> {
                assertThat(signal.reason()).isEqualTo(Reason.SLOWER);
                assertThat(signal.figures()).containsEntry("usual", Duration.ofHours(2)).containsEntry("waiting", Duration.ofHours(26))
                        .containsEntry("replies", 3);
            });
        }

        @Test
        void withFewerThanThreeEarlierReplies_orWithinFourTimesTheirPace_isNothing() {
            assertThat(Signals.slower(twoHoursUsually.subList(0, 2), at("2026-11-30T06:00:00Z"), Optional.empty(), QUIET_AFTER, NOW)).isEmpty();
            assertThat(Signals.slower(twoHoursUsually, at("2026-12-01T00:01:00Z"), Optional.empty(), QUIET_AFTER, NOW))
                    .as("7 h 59 min is less than four times 2 hours").isEmpty();
        }

        @Test
        void aFastClient_isNotNudgedBeforeSixHours_andAfterQuietAfterTheQuietSignalTakesOver() {
            List<Duration> minutes = List.of(Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(15));

            assertThat(Signals.slower(minutes, at("2026-12-01T03:00:00Z"), Optional.empty(), QUIET_AFTER, NOW)).isEmpty();
            assertThat(Signals.slower(minutes, at("2026-12-01T02:00:00Z"), Optional.empty(), QUIET_AFTER, NOW)).isPresent();
            assertThat(Signals.slower(minutes, at("2026-11-29T08:00:00Z"), Optional.empty(), QUIET_AFTER, NOW)).isEmpty();
        }
    }

    @Nested
    class Inactive {
        @Test
        void threeHundredDaysAfterTheLastShoot_withNothingBookedSince_isANudge() {
            Instant lastShoot = NOW.minus(Duration.ofDays(300));

            assertThat(Signals.inactive(Optional.of(lastShoot), false, Duration.ofDays(300), NOW)).get()
                    .satisfies(s -> assertThat(s.figures()).containsEntry("since", Duration.ofDays(300)));
            assertThat(Signals.inactive(Optional.of(lastShoot), true, Duration.ofDays(300), NOW)).as("booked again").isEmpty();
            assertThat(Signals.inactive(Optional.of(lastShoot.plusSeconds(60)), false, Duration.ofDays(300), NOW)).isEmpty();
            assertThat(Signals.inactive(Optional.empty(), false, Duration.ofDays(300), NOW)).as("never a client").isEmpty();
        }
    }

    @Nested
    class Anniversary {
        private final Duration week = Duration.ofDays(7);

        /** The nearest anniversary within the window, if any. */
        private Optional<Signal> anniversary(List<Occasion> occasions, ZoneId zone, Duration ahead, Instant now) {
            return Signals.anniversaries(occasions, zone, ahead, now).stream().findFirst();
        }

        @Test
        void aWeddingsDateSixDaysAhead_inTheClientsZone_isANudgeWithTheYears() {
            Occasion wedding = new Occasion("wedding", LocalDate.of(2024, 12, 7), true);

            Optional<Signal> s = anniversary(List.of(wedding), ZoneId.of("Asia/Kuala_Lumpur"), week, NOW);

            assertThat(s).get().satisfies(signal -> {
                assertThat(signal.reason()).isEqualTo(Reason.ANNIVERSARY);
                assertThat(signal.figures()).containsEntry("occasion", "wedding").containsEntry("on", LocalDate.of(2026, 12, 7))
                        .containsEntry("years", 2).containsEntry("days", 6L);
                assertThat(signal.since()).as("the date, not its start in a zone").isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));
            });
        }

        @Test
        void theLastDayOfTheWindowDependsOnTheClientsZone() {
            Occasion birthday = new Occasion("birthday", LocalDate.of(1990, 12, 8), true);
            // at 07:00 UTC on 1 December a week ahead is 8 December 15:00 in Kuala Lumpur, but 7 December 23:00 in Los Angeles
            Instant morning = Instant.parse("2026-12-01T07:00:00Z");

            assertThat(anniversary(List.of(birthday), ZoneId.of("Asia/Kuala_Lumpur"), week, morning)).isPresent();
            assertThat(anniversary(List.of(birthday), ZoneId.of("America/Los_Angeles"), week, morning)).isEmpty();
        }

        @Test
        void aNewbornShootsFirstAnniversaryOnly_andNotTheShootsOwnYear() {
            Occasion newborn = new Occasion("newborn", LocalDate.of(2025, 12, 5), false);
            Occasion older = new Occasion("newborn", LocalDate.of(2024, 12, 5), false);
            Occasion thisYear = new Occasion("family", LocalDate.of(2026, 12, 5), false);
            ZoneId athens = ZoneId.of("Europe/Athens");

            assertThat(anniversary(List.of(newborn), athens, week, NOW)).get()
                    .satisfies(s -> assertThat(s.figures()).containsEntry("years", 1));
            assertThat(anniversary(List.of(older), athens, week, NOW)).as("its first anniversary was last year").isEmpty();
            assertThat(anniversary(List.of(thisYear), athens, week, NOW)).isEmpty();
        }

        @Test
        void aLeapDayFallsOnTheTwentyEighth_andTheNearestOccasionWins() {
            Occasion leap = new Occasion("birthday", LocalDate.of(2024, 2, 29), true);
            Instant feb = Instant.parse("2027-02-25T08:00:00Z");

            assertThat(Signals.next(leap, LocalDate.of(2027, 2, 25))).contains(LocalDate.of(2027, 2, 28));
            Occasion sooner = new Occasion("wedding", LocalDate.of(2020, 2, 26), true);
            assertThat(anniversary(List.of(leap, sooner), ZoneId.of("Europe/Athens"), week, feb)).get()
                    .satisfies(s -> assertThat(s.figures()).containsEntry("occasion", "wedding"));
        }
    }

    @Nested
    class SeveralOccasions {
        @Test
        void twoWithinTheWeek_areBothSignals_theNearestFirst_andAnOccasionCountsOnlyFromItsFrom() {
            ZoneId athens = ZoneId.of("Europe/Athens");
            Occasion family = new Occasion("family", LocalDate.of(2025, 12, 3), false);
            Occasion birthday = new Occasion("family:date", LocalDate.of(2019, 12, 5), true, LocalDate.of(2026, 12, 1));
            Occasion tooSoon = new Occasion("family:date", LocalDate.of(2019, 12, 6), true, LocalDate.of(2027, 12, 1));

            List<Signal> all = Signals.anniversaries(List.of(birthday, family, tooSoon), athens, Duration.ofDays(7), NOW);

            assertThat(all).extracting(s -> s.figures().get("occasion")).containsExactly("family", "family:date");
            assertThat(all).extracting(Signal::since).doesNotHaveDuplicates();
        }
    }
}
