package studiobot.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studiobot.config.StudioConfig.Photographer;
import studiobot.config.StudioConfig.TimeRange;

class WorkingHoursTest {
    private static Photographer in(String zone, Map<DayOfWeek, List<TimeRange>> hours) {
        return new Photographer("p", "P", 1, ZoneId.of(zone), "en", hours);
    }

    private static List<TimeRange> range(String from, String to) {
        return List.of(new TimeRange(LocalTime.parse(from), LocalTime.parse(to)));
    }

    private static final Photographer ATHENS_WEEKDAYS = in("Europe/Athens", Map.of(
            DayOfWeek.MONDAY, List.of(new TimeRange(LocalTime.of(9, 0), LocalTime.of(13, 0)), new TimeRange(LocalTime.of(14, 0), LocalTime.of(18, 0))),
            DayOfWeek.TUESDAY, range("09:00", "18:00"),
            DayOfWeek.SATURDAY, range("10:00", "16:00")));

    @Test
    void nextOpening_duringWorkingHours_isEmpty() {
        assertThat(WorkingHours.nextOpening(ATHENS_WEEKDAYS, Instant.parse("2026-12-01T08:00:00Z"))).isEmpty();
    }

    @Test
    void nextOpening_lunchBreak_isTheAfternoonStart() {
        // Monday 30 November 2026, 13:30 in Athens
        assertThat(WorkingHours.nextOpening(ATHENS_WEEKDAYS, Instant.parse("2026-11-30T11:30:00Z")))
                .contains(Instant.parse("2026-11-30T12:00:00Z"));
    }

    @Test
    void nextOpening_tuesdayEvening_isSaturdayMorning() {
        assertThat(WorkingHours.nextOpening(ATHENS_WEEKDAYS, Instant.parse("2026-12-01T17:00:00Z")))
                .contains(Instant.parse("2026-12-05T08:00:00Z"));
    }

    @Test
    void nextOpening_acrossSpringForward_usesSummerOffset() {
        // Saturday 28 March 2026 after work; Monday 30 March is in summer time (UTC+3)
        assertThat(WorkingHours.nextOpening(ATHENS_WEEKDAYS, Instant.parse("2026-03-28T15:00:00Z")))
                .contains(Instant.parse("2026-03-30T06:00:00Z"));
    }

    @Test
    void nextOpening_newYorkFallBackMorning_startsAtLocalNine() {
        Photographer ny = in("America/New_York", Map.of(DayOfWeek.SUNDAY, range("09:00", "12:00")));
        // Sunday 1 November 2026: clocks went back at 02:00, so 09:00 is 14:00Z
        assertThat(WorkingHours.nextOpening(ny, Instant.parse("2026-11-01T05:00:00Z"))).contains(Instant.parse("2026-11-01T14:00:00Z"));
    }

    @Test
    void hasHours_noHoursAtAll_isFalseAndThereIsNoOpening() {
        Photographer none = in("Asia/Kuala_Lumpur", Map.of());
        assertThat(WorkingHours.hasHours(none)).isFalse();
        assertThat(WorkingHours.nextOpening(none, Instant.parse("2026-12-01T08:00:00Z"))).isEmpty();
    }
}
