package studiobot.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import studiobot.chat.Arg;
import studiobot.chat.Action;
import studiobot.chat.ArgCodec;
import studiobot.chat.Button;
import studiobot.chat.Msg;

/**
 * One month of an inline calendar: the month's name between paging arrows, the weekday names from
 * the reader's first day of the week, and the days in weeks. Only days with a free slot can be
 * pressed; the rest show a dot. Pure: the caller says which days are free and where paging may go.
 */
final class MonthSheet {
    /** The calendar's heading and empty days: pressing them does nothing. */
    static final Action<ArgCodec.Nothing> NOOP = Action.plain("noop");
    static final String NOTHING = NOOP.id();
    /** What a day without a free slot, and an empty cell, look like. */
    static final String NO_DAY = "·";
    static final String BLANK = "\u2800";

    private MonthSheet() {}

    /**
     * @param free      the days with at least one free slot (any month)
     * @param dayAction the action a free day's button asks for, with {@code prefixArgs} then the date as yyyyMMdd
     * @param pageAction the action of the paging arrows, with {@code prefixArgs} then the month as yyyyMM
     */
    static List<List<Button>> rows(YearMonth month, Set<LocalDate> free, DayOfWeek firstDay,
                                   YearMonth earliest, YearMonth latest,
                                   String dayAction, String pageAction, String... prefixArgs) {
        List<List<Button>> rows = new ArrayList<>();
        rows.add(List.of(
                month.isAfter(earliest) ? button(Msg.verbatim("‹"), pageAction, prefixArgs, month.minusMonths(1).toString().replace("-", "")) : blank(),
                Button.of(Msg.of("booking.calendar.month", "month", new Arg.Month(month)), NOTHING),
                month.isBefore(latest) ? button(Msg.verbatim("›"), pageAction, prefixArgs, month.plusMonths(1).toString().replace("-", "")) : blank()));
        List<Button> heading = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            heading.add(Button.of(Msg.of("booking.calendar.weekday", "day", new Arg.Weekday(firstDay.plus(i))), NOTHING));
        }
        rows.add(heading);
        int lead = Math.floorMod(month.atDay(1).getDayOfWeek().getValue() - firstDay.getValue(), 7);
        List<Button> week = new ArrayList<>();
        for (int i = 0; i < lead; i++) {
            week.add(blank());
        }
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            week.add(free.contains(date)
                    ? button(Msg.of("booking.calendar.day", "day", d), dayAction, prefixArgs, compact(date))
                    : Button.of(Msg.verbatim(NO_DAY), NOTHING));
            if (week.size() == 7) {
                rows.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(blank());
            }
            rows.add(week);
        }
        return rows;
    }

    static String compact(LocalDate date) {
        return date.toString().replace("-", "");
    }

    static LocalDate date(String compact) {
        return LocalDate.parse(compact.substring(0, 4) + "-" + compact.substring(4, 6) + "-" + compact.substring(6, 8));
    }

    static YearMonth month(String compact) {
        return YearMonth.of(Integer.parseInt(compact.substring(0, 4)), Integer.parseInt(compact.substring(4, 6)));
    }

    private static Button blank() {
        return Button.of(Msg.verbatim(BLANK), NOTHING);
    }

    private static Button button(Msg label, String action, String[] prefixArgs, String last) {
        List<String> args = new ArrayList<>(List.of(prefixArgs));
        args.add(last);
        return new Button(label, action, args);
    }
}
