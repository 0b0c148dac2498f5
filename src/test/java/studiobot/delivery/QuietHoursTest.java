package studiobot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuietHoursTest {
    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    private static final ZoneId KUALA_LUMPUR = ZoneId.of("Asia/Kuala_Lumpur");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(9, 0));

    @Test
    void nextAllowed_middayInAthens_returnsNow() {
        Instant now = Instant.parse("2026-06-15T09:00:00Z"); // 12:00 EEST

        assertThat(NIGHT.nextAllowed(now, ATHENS)).isEqualTo(now);
    }

    @Test
    void nextAllowed_eveningInAthens_returnsNextDayNineLocal() {
        Instant now = Instant.parse("2026-06-15T19:30:00Z"); // 22:30 EEST

        assertThat(NIGHT.nextAllowed(now, ATHENS)).isEqualTo(Instant.parse("2026-06-16T06:00:00Z"));
    }

    @Test
    void nextAllowed_earlyMorningInAthens_returnsSameDayNineLocal() {
        Instant now = Instant.parse("2026-06-16T00:00:00Z"); // 03:00 EEST

        assertThat(NIGHT.nextAllowed(now, ATHENS)).isEqualTo(Instant.parse("2026-06-16T06:00:00Z"));
    }

    @Test
    void nextAllowed_exactlyAtStart_isQuietUntilNextDay() {
        Instant now = Instant.parse("2026-06-15T18:00:00Z"); // 21:00 EEST

        assertThat(NIGHT.nextAllowed(now, ATHENS)).isEqualTo(Instant.parse("2026-06-16T06:00:00Z"));
    }

    @Test
    void nextAllowed_exactlyAtEnd_returnsNow() {
        Instant now = Instant.parse("2026-06-16T06:00:00Z"); // 09:00 EEST

        assertThat(NIGHT.nextAllowed(now, ATHENS)).isEqualTo(now);
    }

    @Test
    void nextAllowed_oneMinuteBeforeStart_returnsNow() {
        Instant now = Instant.parse("2026-06-15T17:59:00Z"); // 20:59 EEST

        assertThat(NIGHT.nextAllowed(now, ATHENS)).isEqualTo(now);
    }

    @Test
    void nextAllowed_eveningInKualaLumpur_returnsNextDayNineAtPlusEight() {
        Instant now = Instant.parse("2026-01-10T14:00:00Z"); // 22:00 MYT

        assertThat(NIGHT.nextAllowed(now, KUALA_LUMPUR)).isEqualTo(Instant.parse("2026-01-11T01:00:00Z"));
    }

    @Test
    void nextAllowed_sameInstantDifferentZones_dependsOnRecipientsLocalTime() {
        Instant now = Instant.parse("2026-01-10T16:00:00Z"); // 00:00 MYT, 18:00 EET, 11:00 EST

        assertThat(NIGHT.nextAllowed(now, KUALA_LUMPUR)).isEqualTo(Instant.parse("2026-01-11T01:00:00Z"));
        assertThat(NIGHT.nextAllowed(now, ATHENS)).isEqualTo(now);
        assertThat(NIGHT.nextAllowed(now, NEW_YORK)).isEqualTo(now);
    }

    @Test
    void nextAllowed_insideNonWrappingWindow_returnsWindowEndSameDay() {
        QuietHours lunch = new QuietHours(LocalTime.of(13, 0), LocalTime.of(14, 0));
        Instant now = Instant.parse("2026-07-01T17:15:00Z"); // 13:15 EDT

        assertThat(lunch.nextAllowed(now, NEW_YORK)).isEqualTo(Instant.parse("2026-07-01T18:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-07-01T16:59:00Z", "2026-07-01T18:00:00Z", "2026-07-02T02:00:00Z"}) // 12:59, 14:00, 22:00 EDT
    void nextAllowed_outsideNonWrappingWindow_returnsNow(String at) {
        QuietHours lunch = new QuietHours(LocalTime.of(13, 0), LocalTime.of(14, 0));
        Instant now = Instant.parse(at);

        assertThat(lunch.nextAllowed(now, NEW_YORK)).isEqualTo(now);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-06-15T06:00:00Z", "2026-06-15T19:30:00Z", "2026-06-16T00:00:00Z"}) // 09:00, 22:30, 03:00 EEST
    void nextAllowed_startEqualsEnd_neverQuiet(String at) {
        QuietHours never = new QuietHours(LocalTime.of(9, 0), LocalTime.of(9, 0));
        Instant now = Instant.parse(at);

        assertThat(never.nextAllowed(now, ATHENS)).isEqualTo(now);
    }

    @Test
    void nextAllowed_athensSpringForwardNight_endUsesSummerOffset() {
        // 2026-03-29 Athens goes 03:00 EET (+02) -> 04:00 EEST (+03); 09:00 that morning is 06:00Z, not 07:00Z
        Instant now = Instant.parse("2026-03-28T21:00:00Z"); // 23:00 EET

        assertThat(NIGHT.nextAllowed(now, ATHENS)).isEqualTo(Instant.parse("2026-03-29T06:00:00Z"));
    }

    @Test
    void nextAllowed_windowEndInSpringForwardGap_eveningShiftsEndForwardByGap() {
        // 03:30 does not exist in Athens on 2026-03-29; atZone shifts it by the gap to 04:30 EEST = 01:30Z
        QuietHours window = new QuietHours(LocalTime.of(21, 0), LocalTime.of(3, 30));
        Instant now = Instant.parse("2026-03-28T20:00:00Z"); // 22:00 EET

        assertThat(window.nextAllowed(now, ATHENS)).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void nextAllowed_windowEndInSpringForwardGap_earlyMorningShiftsEndForwardByGap() {
        QuietHours window = new QuietHours(LocalTime.of(21, 0), LocalTime.of(3, 30));
        Instant now = Instant.parse("2026-03-29T00:30:00Z"); // 02:30 EET, before the jump

        assertThat(window.nextAllowed(now, ATHENS)).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void nextAllowed_justAfterSpringForwardGap_returnsNow() {
        QuietHours window = new QuietHours(LocalTime.of(21, 0), LocalTime.of(3, 30));
        Instant now = Instant.parse("2026-03-29T01:10:00Z"); // 04:10 EEST

        assertThat(window.nextAllowed(now, ATHENS)).isEqualTo(now);
    }

    @Test
    void nextAllowed_newYorkFallBackNight_endUsesStandardOffset() {
        // 2026-11-01 New York goes 02:00 EDT (-04) -> 01:00 EST (-05); 09:00 that morning is 14:00Z
        Instant now = Instant.parse("2026-11-01T03:00:00Z"); // 23:00 EDT on Oct 31

        assertThat(NIGHT.nextAllowed(now, NEW_YORK)).isEqualTo(Instant.parse("2026-11-01T14:00:00Z"));
    }

    @Test
    void nextAllowed_newYorkRepeatedHour_bothOccurrencesWaitForNineEst() {
        Instant firstOneThirty = Instant.parse("2026-11-01T05:30:00Z"); // 01:30 EDT
        Instant secondOneThirty = Instant.parse("2026-11-01T06:30:00Z"); // 01:30 EST

        assertThat(NIGHT.nextAllowed(firstOneThirty, NEW_YORK)).isEqualTo(Instant.parse("2026-11-01T14:00:00Z"));
        assertThat(NIGHT.nextAllowed(secondOneThirty, NEW_YORK)).isEqualTo(Instant.parse("2026-11-01T14:00:00Z"));
    }

    @Test
    void nextAllowed_windowEndInFallBackOverlap_secondOccurrence_isNotBeforeNow() {
        QuietHours window = new QuietHours(LocalTime.of(21, 0), LocalTime.of(1, 30));
        Instant now = Instant.parse("2026-11-01T06:10:00Z"); // 01:10 EST, the second 01:10 of the night

        Instant next = window.nextAllowed(now, NEW_YORK);

        assertThat(next).isAfterOrEqualTo(now);
        assertThat(next).isEqualTo(Instant.parse("2026-11-01T06:30:00Z"));
    }
}
