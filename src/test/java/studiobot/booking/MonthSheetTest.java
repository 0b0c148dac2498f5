package studiobot.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import studiobot.chat.Arg;
import studiobot.chat.Button;
import studiobot.chat.Callbacks;
import studiobot.chat.Msg;

class MonthSheetTest {
    private static final String DAY = "bkd";
    private static final String PAGE = "bkm";
    private static final String FLOW = "42";
    /** 1 November 2026 is a Sunday. */
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    /** 1 February 2027 is a Monday; the month has 28 days. */
    private static final YearMonth FEBRUARY = YearMonth.of(2027, 2);
    private static final Msg BLANK = Msg.verbatim(MonthSheet.BLANK);
    private static final Msg NO_DAY = Msg.verbatim("·");

    private static List<List<Button>> november(DayOfWeek firstDay, Set<LocalDate> free) {
        return MonthSheet.rows(NOVEMBER, free, firstDay, YearMonth.of(2026, 10), YearMonth.of(2026, 12), DAY, PAGE, FLOW);
    }

    private static List<Button> dayCells(List<List<Button>> rows) {
        List<Button> cells = new ArrayList<>();
        rows.subList(2, rows.size()).forEach(cells::addAll);
        return cells;
    }

    private static long leadingBlanks(List<List<Button>> rows) {
        return rows.get(2).stream().takeWhile(b -> b.label().equals(BLANK)).count();
    }

    private static Button dayButton(int day) {
        return new Button(Msg.of("booking.calendar.day", "day", day), DAY, List.of(FLOW, String.format("202611%02d", day)));
    }

    @Test
    void rows_novemberMondayFirst_sixLeadingBlanksAndSixWeeks() {
        List<List<Button>> rows = november(DayOfWeek.MONDAY, Set.of());

        assertThat(rows).hasSize(2 + 6);
        assertThat(leadingBlanks(rows)).isEqualTo(6);
        assertThat(rows.get(2).get(6).label()).isEqualTo(NO_DAY);          // Sunday the 1st, last in its week
        assertThat(rows.get(7).get(0).label()).isEqualTo(NO_DAY);          // Monday the 30th
        assertThat(rows.get(7).subList(1, 7)).allSatisfy(b -> assertThat(b.label()).isEqualTo(BLANK));
    }

    @Test
    void rows_novemberSundayFirst_noLeadingBlankAndFiveWeeks() {
        List<List<Button>> rows = november(DayOfWeek.SUNDAY, Set.of());

        assertThat(rows).hasSize(2 + 5);
        assertThat(leadingBlanks(rows)).isZero();
        assertThat(rows.get(2)).allSatisfy(b -> assertThat(b.label()).isEqualTo(NO_DAY));
        assertThat(rows.get(6).subList(0, 2)).allSatisfy(b -> assertThat(b.label()).isEqualTo(NO_DAY)); // 29th, 30th
        assertThat(rows.get(6).subList(2, 7)).allSatisfy(b -> assertThat(b.label()).isEqualTo(BLANK));
    }

    @Test
    void rows_anyFirstDay_dayCellsHoldEveryDayOnceInOrder() {
        Set<LocalDate> everyDay = new HashSet<>();
        for (int d = 1; d <= 30; d++) {
            everyDay.add(NOVEMBER.atDay(d));
        }
        for (DayOfWeek first : DayOfWeek.values()) {
            List<List<Button>> rows = november(first, everyDay);

            List<Button> days = dayCells(rows).stream().filter(b -> b.action().equals(DAY)).toList();
            assertThat(days).extracting(b -> MonthSheet.date(b.args().get(1)))
                    .as("first day %s", first)
                    .containsExactlyElementsOf(everyDay.stream().sorted().toList());
            // the 1st sits in the column of its weekday
            int column = rows.get(2).indexOf(dayButton(1));
            assertThat(first.plus(column)).as("first day %s", first).isEqualTo(DayOfWeek.SUNDAY);
        }
    }

    @Test
    void rows_mondayFirst_headingIsMondayToSunday() {
        List<Button> heading = november(DayOfWeek.MONDAY, Set.of()).get(1);

        assertThat(heading).extracting(b -> b.label().args().get("day")).containsExactly(
                new Arg.Weekday(DayOfWeek.MONDAY), new Arg.Weekday(DayOfWeek.TUESDAY), new Arg.Weekday(DayOfWeek.WEDNESDAY),
                new Arg.Weekday(DayOfWeek.THURSDAY), new Arg.Weekday(DayOfWeek.FRIDAY), new Arg.Weekday(DayOfWeek.SATURDAY),
                new Arg.Weekday(DayOfWeek.SUNDAY));
        assertThat(heading).allSatisfy(b -> {
            assertThat(b.label().key()).isEqualTo("booking.calendar.weekday");
            assertThat(b.action()).isEqualTo(MonthSheet.NOTHING);
            assertThat(b.args()).isEmpty();
        });
    }

    @Test
    void rows_sundayFirst_headingIsSundayToSaturday() {
        List<Button> heading = november(DayOfWeek.SUNDAY, Set.of()).get(1);

        assertThat(heading).extracting(b -> b.label().args().get("day")).containsExactly(
                new Arg.Weekday(DayOfWeek.SUNDAY), new Arg.Weekday(DayOfWeek.MONDAY), new Arg.Weekday(DayOfWeek.TUESDAY),
                new Arg.Weekday(DayOfWeek.WEDNESDAY), new Arg.Weekday(DayOfWeek.THURSDAY), new Arg.Weekday(DayOfWeek.FRIDAY),
                new Arg.Weekday(DayOfWeek.SATURDAY));
    }

    @Test
    void rows_freeDays_carryTheDayActionWithFlowAndDate() {
        Set<LocalDate> free = Set.of(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 30));

        List<List<Button>> rows = november(DayOfWeek.MONDAY, free);

        // Monday first: week 1 is 26 Oct..1 Nov, so Tuesday the 3rd is in week 2, column 1
        assertThat(rows.get(3).get(1)).isEqualTo(dayButton(3));
        assertThat(rows.get(7).get(0)).isEqualTo(dayButton(30));
        assertThat(dayCells(rows).stream().filter(b -> b.action().equals(DAY))).hasSize(2);
    }

    @Test
    void rows_notFreeDays_areNoopDots() {
        Set<LocalDate> free = Set.of(LocalDate.of(2026, 11, 3));

        List<Button> cells = dayCells(november(DayOfWeek.MONDAY, free));

        List<Button> notFree = cells.stream().filter(b -> !b.action().equals(DAY) && !b.label().equals(BLANK)).toList();
        assertThat(notFree).hasSize(29).allSatisfy(b -> {
            assertThat(b.label()).isEqualTo(NO_DAY);
            assertThat(b.label().isVerbatim()).isTrue();
            assertThat(b.action()).isEqualTo("noop");
            assertThat(b.args()).isEmpty();
        });
    }

    @Test
    void rows_freeDaysInOtherMonths_areIgnored() {
        Set<LocalDate> free = Set.of(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 12, 1));

        List<Button> cells = dayCells(november(DayOfWeek.MONDAY, free));

        assertThat(cells).noneMatch(b -> b.action().equals(DAY));
    }

    @Test
    void rows_betweenEarliestAndLatest_bothArrowsPageByOneMonth() {
        List<Button> top = november(DayOfWeek.MONDAY, Set.of()).get(0);

        assertThat(top).hasSize(3);
        assertThat(top.get(0)).isEqualTo(new Button(Msg.verbatim("‹"), PAGE, List.of(FLOW, "202610")));
        assertThat(top.get(1)).isEqualTo(Button.of(Msg.of("booking.calendar.month", "month", new Arg.Month(NOVEMBER)), MonthSheet.NOTHING));
        assertThat(top.get(2)).isEqualTo(new Button(Msg.verbatim("›"), PAGE, List.of(FLOW, "202612")));
    }

    @Test
    void rows_atEarliest_noBackArrow() {
        List<Button> top = MonthSheet.rows(NOVEMBER, Set.of(), DayOfWeek.MONDAY, NOVEMBER, YearMonth.of(2027, 1), DAY, PAGE, FLOW).get(0);

        assertThat(top.get(0)).isEqualTo(Button.of(BLANK, MonthSheet.NOTHING));
        assertThat(top.get(2).action()).isEqualTo(PAGE);
    }

    @Test
    void rows_atLatest_noForwardArrow() {
        List<Button> top = MonthSheet.rows(NOVEMBER, Set.of(), DayOfWeek.MONDAY, YearMonth.of(2026, 9), NOVEMBER, DAY, PAGE, FLOW).get(0);

        assertThat(top.get(0).action()).isEqualTo(PAGE);
        assertThat(top.get(2)).isEqualTo(Button.of(BLANK, MonthSheet.NOTHING));
    }

    @Test
    void rows_onlyMonth_noArrows() {
        List<Button> top = MonthSheet.rows(NOVEMBER, Set.of(), DayOfWeek.MONDAY, NOVEMBER, NOVEMBER, DAY, PAGE, FLOW).get(0);

        assertThat(top).extracting(Button::action).containsExactly(MonthSheet.NOTHING, MonthSheet.NOTHING, MonthSheet.NOTHING);
    }

    @Test
    void rows_anyMonth_firstRowHasThreeButtonsAndTheRestSeven() {
        for (YearMonth month = YearMonth.of(2026, 1); month.isBefore(YearMonth.of(2028, 1)); month = month.plusMonths(1)) {
            for (DayOfWeek first : List.of(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, DayOfWeek.SATURDAY)) {
                List<List<Button>> rows = MonthSheet.rows(month, Set.of(month.atDay(1)), first,
                        YearMonth.of(2025, 1), YearMonth.of(2029, 1), DAY, PAGE, FLOW);

                assertThat(rows.get(0)).as("%s from %s", month, first).hasSize(3);
                assertThat(rows.subList(1, rows.size())).as("%s from %s", month, first).allSatisfy(r -> assertThat(r).hasSize(7));
                // no row of only blanks
                assertThat(rows.subList(2, rows.size())).as("%s from %s", month, first)
                        .allSatisfy(r -> assertThat(r).anyMatch(b -> !b.label().equals(BLANK)));
            }
        }
    }

    @Test
    void rows_everyCallbackArg_roundTripsThroughDateAndMonth() {
        Set<LocalDate> free = new HashSet<>();
        for (int d = 1; d <= 30; d += 3) {
            free.add(NOVEMBER.atDay(d));
        }

        List<List<Button>> rows = november(DayOfWeek.MONDAY, free);

        List<Button> days = dayCells(rows).stream().filter(b -> b.action().equals(DAY)).toList();
        assertThat(days).hasSize(free.size()).allSatisfy(b -> {
            assertThat(b.args()).hasSize(2).first().isEqualTo(FLOW);
            LocalDate date = MonthSheet.date(b.args().get(1));
            assertThat(free).contains(date);
            assertThat(b.label().args()).containsEntry("day", date.getDayOfMonth());
            assertThat(MonthSheet.compact(date)).isEqualTo(b.args().get(1));
        });
        List<Button> pages = rows.get(0).stream().filter(b -> b.action().equals(PAGE)).toList();
        assertThat(pages).extracting(b -> MonthSheet.month(b.args().get(1)))
                .containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 12));
    }

    @Test
    void rows_pagingAcrossTheYear_writesTheYearOfTheNextMonth() {
        YearMonth december = YearMonth.of(2026, 12);

        List<Button> top = MonthSheet.rows(december, Set.of(), DayOfWeek.MONDAY, YearMonth.of(2026, 1), YearMonth.of(2027, 12),
                DAY, PAGE, FLOW).get(0);

        assertThat(MonthSheet.month(top.get(0).args().get(1))).isEqualTo(YearMonth.of(2026, 11));
        assertThat(MonthSheet.month(top.get(2).args().get(1))).isEqualTo(YearMonth.of(2027, 1));
    }

    @Test
    void date_compactRoundTrip_givesTheSameDay() {
        for (LocalDate d = LocalDate.of(2026, 12, 25); d.isBefore(LocalDate.of(2027, 3, 10)); d = d.plusDays(1)) {
            assertThat(MonthSheet.date(MonthSheet.compact(d))).isEqualTo(d);
        }
        assertThat(MonthSheet.compact(LocalDate.of(2027, 2, 5))).isEqualTo("20270205");
    }

    @Test
    void rows_februaryStartingOnMonday_mondayFirst_fourFullWeeksWithoutBlanks() {
        Set<LocalDate> free = Set.of(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28));

        List<List<Button>> rows = MonthSheet.rows(FEBRUARY, free, DayOfWeek.MONDAY, FEBRUARY, FEBRUARY, DAY, PAGE, FLOW);

        assertThat(rows).hasSize(2 + 4);
        assertThat(dayCells(rows)).hasSize(28).noneMatch(b -> b.label().equals(BLANK));
        assertThat(rows.get(2).get(0)).isEqualTo(new Button(Msg.of("booking.calendar.day", "day", 1), DAY, List.of(FLOW, "20270201")));
        assertThat(rows.get(5).get(6)).isEqualTo(new Button(Msg.of("booking.calendar.day", "day", 28), DAY, List.of(FLOW, "20270228")));
    }

    @Test
    void rows_februaryStartingOnMonday_sundayFirst_oneLeadingBlankAndFiveWeeks() {
        List<List<Button>> rows = MonthSheet.rows(FEBRUARY, Set.of(), DayOfWeek.SUNDAY, FEBRUARY, FEBRUARY, DAY, PAGE, FLOW);

        assertThat(rows).hasSize(2 + 5);
        assertThat(leadingBlanks(rows)).isEqualTo(1);
        assertThat(dayCells(rows).stream().filter(b -> b.label().equals(NO_DAY))).hasSize(28);
    }

    @Test
    void rows_withoutPrefixArgs_dayArgIsOnlyTheDate() {
        List<List<Button>> rows = MonthSheet.rows(FEBRUARY, Set.of(LocalDate.of(2027, 2, 10)), DayOfWeek.MONDAY,
                YearMonth.of(2027, 1), FEBRUARY, DAY, PAGE);

        assertThat(dayCells(rows)).filteredOn(b -> b.action().equals(DAY)).singleElement()
                .satisfies(b -> assertThat(b.args()).containsExactly("20270210"));
        assertThat(rows.get(0).get(0).args()).containsExactly("202701");
    }

    @Test
    void rows_everyButton_fitsInTelegramsCallbackData() {
        Callbacks callbacks = new Callbacks("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
        Set<LocalDate> free = new HashSet<>();
        for (int d = 1; d <= 30; d++) {
            free.add(NOVEMBER.atDay(d));
        }
        String bigFlow = Long.toString(Long.MAX_VALUE);

        List<List<Button>> rows = MonthSheet.rows(NOVEMBER, free, DayOfWeek.MONDAY, YearMonth.of(2026, 1), YearMonth.of(2027, 12),
                Reserving.DAY.id(), Reserving.MONTH.id(), bigFlow);

        rows.stream().flatMap(List::stream).forEach(b -> {
            String data = callbacks.encode(Long.MAX_VALUE, b.action(), b.args());
            assertThat(callbacks.decode(Long.MAX_VALUE, data)).contains(new Callbacks.Pressed(b.action(), b.args()));
        });
    }
}
