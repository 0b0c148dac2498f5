package studiobot.i18n;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Date;
import java.util.List;
import java.util.function.BiFunction;
import studiobot.chat.Arg;

/**
 * Dates, times, durations and money in a person's language and zone, with ICU: the locale's own
 * 12/24-hour clock, weekday and month names, word order, and the currency's digits. Pure: every
 * method takes the locale, the zone and (for relative days) now.
 */
public final class Formats {
    private final BiFunction<ZoneId, String, String> cityNames;

    /** @param cityNames the name of a zone's city in a language (the zone directory), e.g. Europe/Athens, el → Αθήνα */
    private final java.util.Map<ULocale, List<DateFormat>> dayReaders = new java.util.concurrent.ConcurrentHashMap<>();

    public Formats(BiFunction<ZoneId, String, String> cityNames) {
        this.cityNames = cityNames;
    }

    /** Turns a typed argument into text for this reader; other values pass through unchanged. */
    public Object render(Object value, ULocale locale, ZoneId zone, Instant now) {
        if (!(value instanceof Arg)) {
            return value;
        }
        if (value instanceof Arg.DateTime d) {
            return dateTime(d.at(), zone, locale);
        }
        if (value instanceof Arg.TimeOfDay t) {
            return timeOfDay(t.at(), zone, locale);
        }
        if (value instanceof Arg.TimeIn t) {
            // the other zone's time; its day named when that is another day than the reader's
            boolean otherDay = !LocalDate.ofInstant(t.at(), t.zone()).equals(LocalDate.ofInstant(t.at(), zone));
            return otherDay ? pattern("EEEjmm", t.zone(), locale).format(Date.from(t.at())) : timeOfDay(t.at(), t.zone(), locale);
        }
        if (value instanceof Arg.NowIn n) {
            return timeOfDay(now, n.zone(), locale);
        }
        if (value instanceof Arg.Relative r) {
            return relative(r.at(), now, zone, locale);
        }
        if (value instanceof Arg.Money m) {
            return money(m.amount(), m.currency(), locale);
        }
        if (value instanceof Arg.Length l) {
            return length(l.duration(), locale);
        }
        if (value instanceof Arg.Day d) {
            return day(d.date(), locale);
        }
        if (value instanceof Arg.Date d) {
            return pattern("yMMMMd", ZoneOffset.UTC, locale).format(Date.from(d.date().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (value instanceof Arg.Month m) {
            return month(m.month(), locale);
        }
        if (value instanceof Arg.Weekday w) {
            return weekday(w.day(), locale);
        }
        Arg.Zone z = (Arg.Zone) value;
        return zoneName(z.zone(), z.at() == null ? now : z.at(), locale);
    }

    /**
     * A calendar day as a person of this language writes it: the language's own short, medium, long
     * and full forms ("12/03/2027", "12 Μαρ 2027", "2027年3月12日"), its month names in day-month-year
     * or month-day-year order, or ISO (2027-03-12); in any digits (Arabic-Indic, full-width), with or
     * without direction marks. The year is needed; nothing is guessed: where the language writes the
     * month first in figures (English), "12/03/2027" could be either and is not taken.
     */
    public java.util.Optional<LocalDate> readDay(String text, ULocale locale) {
        String typed = text.strip().replaceAll("\\s+", " ");
        String plain = asciiDigits(typed.replaceAll("[\u200E\u200F\u061C]", "")).replaceAll("\\s*года$", " г.");
        java.util.Optional<LocalDate> iso = iso(plain);
        if (iso.isPresent()) {
            return iso.filter(Formats::plausible);
        }
        List<DateFormat> ways = dayReaders.computeIfAbsent(locale, Formats::dayReaders);
        if (plain.matches("\\d{1,2}[./\\-]\\d{1,2}[./\\-]\\d{4}")) {
            // figures alone: in the order the language writes them (its short form, the first way), unless that leaves the day in doubt
            boolean monthFirst = monthFirst(ways.get(0));
            return ambiguous(plain, monthFirst) ? java.util.Optional.empty() : figures(plain, monthFirst);
        }
        for (String form : new java.util.LinkedHashSet<>(List.of(typed, plain))) {
            for (DateFormat way : ways) {
                java.text.ParsePosition at = new java.text.ParsePosition(0);
                java.util.Date parsed;
                synchronized (way) {
                    parsed = way.parse(form, at);
                }
                if (parsed != null && at.getIndex() == form.length()) {
                    LocalDate day = parsed.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
                    if (plausible(day)) {
                        return java.util.Optional.of(day);
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** A language's ways of writing a day, built once per language (ICU formats are costly to build, and not thread-safe: parse under their lock). */
    private static List<DateFormat> dayReaders(ULocale locale) {
        List<DateFormat> ways = new ArrayList<>();
        for (int style : new int[] {DateFormat.SHORT, DateFormat.MEDIUM, DateFormat.LONG, DateFormat.FULL}) {
            ways.add(DateFormat.getDateInstance(style, locale));
        }
        for (String skeleton : new String[] {"yMd", "dMMMMy", "MMMMdy", "dMMMy", "MMMdy"}) {
            ways.add(DateFormat.getInstanceForSkeleton(skeleton, locale));
        }
        // the plain "12 March 2027", "12 марта 2027" that many write whatever their language's own forms
        for (String pattern : new String[] {"d MMMM y", "d MMM y"}) {
            ways.add(new com.ibm.icu.text.SimpleDateFormat(pattern, locale));
        }
        for (DateFormat way : ways) {
            way.setLenient(false);
            way.setTimeZone(TimeZone.GMT_ZONE);
        }
        return List.copyOf(ways);
    }

    private static java.util.Optional<LocalDate> iso(String text) {
        try {
            return java.util.Optional.of(LocalDate.parse(text));
        } catch (java.time.format.DateTimeParseException notIso) {
            return java.util.Optional.empty();
        }
    }

    private static boolean plausible(LocalDate day) {
        return day.getYear() >= 1900 && day.getYear() <= 2200;
    }

    /** Every digit as its ASCII figure: "١٢" and "１２" read as "12". */
    private static String asciiDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isDigit(c)) {
                out.append((char) ('0' + Character.digit(c, 10)));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** Two figures of 12 or less, in a language whose figures put the month first: the day and month could swap. */
    private static boolean ambiguous(String figures, boolean monthFirst) {
        String[] parts = figures.split("\\D");
        int first = Integer.parseInt(parts[0]);
        int second = Integer.parseInt(parts[1]);
        return monthFirst && first <= 12 && second <= 12 && first != second;
    }

    private static boolean monthFirst(DateFormat shortForm) {
        String pattern = ((com.ibm.icu.text.SimpleDateFormat) shortForm).toPattern();
        return pattern.indexOf('M') >= 0 && pattern.indexOf('d') >= 0 && pattern.indexOf('M') < pattern.indexOf('d');
    }

    private static java.util.Optional<LocalDate> figures(String text, boolean monthFirst) {
        String[] parts = text.split("\\D");
        int a = Integer.parseInt(parts[0]);
        int b = Integer.parseInt(parts[1]);
        try {
            LocalDate day = monthFirst ? LocalDate.of(Integer.parseInt(parts[2]), a, b) : LocalDate.of(Integer.parseInt(parts[2]), b, a);
            return java.util.Optional.of(day).filter(Formats::plausible);
        } catch (java.time.DateTimeException noSuchDay) {
            return java.util.Optional.empty();
        }
    }

    public String dateTime(Instant at, ZoneId zone, ULocale locale) {
        return pattern("yMMMMEEEEdjmm", zone, locale).format(Date.from(at));
    }

    public String timeOfDay(Instant at, ZoneId zone, ULocale locale) {
        return pattern("jmm", zone, locale).format(Date.from(at));
    }

    /** "today at 15:00", "tomorrow at 09:30", "yesterday at …"; further away, weekday, date and time. */
    public String relative(Instant at, Instant now, ZoneId zone, ULocale locale) {
        long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(now, zone), LocalDate.ofInstant(at, zone));
        RelativeDateTimeFormatter.Direction direction =
                days == 0 ? RelativeDateTimeFormatter.Direction.THIS
                : days == 1 ? RelativeDateTimeFormatter.Direction.NEXT
                : days == -1 ? RelativeDateTimeFormatter.Direction.LAST : null;
        if (direction == null) {
            return dateTime(at, zone, locale);
        }
        RelativeDateTimeFormatter formatter = RelativeDateTimeFormatter.getInstance(
                locale, null, RelativeDateTimeFormatter.Style.LONG, DisplayContext.CAPITALIZATION_NONE);
        String day = formatter.format(direction, RelativeDateTimeFormatter.AbsoluteUnit.DAY);
        return formatter.combineDateAndTime(day, timeOfDay(at, zone, locale));
    }

    /** A date as a calendar shows it, with its weekday: "Wednesday, 25 November" (the year when not this one is the caller's to add). */
    public String day(LocalDate date, ULocale locale) {
        return pattern("MMMMEEEEd", ZoneOffset.UTC, locale).format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    /** A calendar's title, in the nominative where the language declines month names: "Νοέμβριος 2026". */
    public String month(YearMonth month, ULocale locale) {
        DateFormat format = pattern("yMMMM", ZoneOffset.UTC, locale);
        format.setContext(DisplayContext.CAPITALIZATION_FOR_STANDALONE);
        return format.format(Date.from(month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    /** A weekday's short stand-alone name, for a calendar's column heading. */
    public String weekday(DayOfWeek day, ULocale locale) {
        String[] names = DateFormatSymbols.getInstance(locale).getWeekdays(DateFormatSymbols.STANDALONE, DateFormatSymbols.SHORT);
        // ICU counts Sunday as 1, java.time counts Monday as 1
        return names[day.getValue() % 7 + 1];
    }

    /** The first day of the week on a calendar for this locale: Monday in Greece, Sunday in the US. */
    /**
     * Every name of each weekday a writer of this language may type, lower case and without dots:
     * the English ones short and full, and the language's own in every width ("mon", "montag", "пн").
     */
    public static java.util.Map<String, DayOfWeek> weekdayNames(String languageTag) {
        java.util.Map<String, DayOfWeek> names = new java.util.HashMap<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            String english = d.name().toLowerCase(java.util.Locale.ROOT);
            names.put(english, d);
            names.put(english.substring(0, 3), d);
        }
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(new ULocale(languageTag));
        for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED, DateFormatSymbols.SHORT}) {
                String[] days = symbols.getWeekdays(context, width);
                // ICU counts Sunday as 1
                for (int i = 1; i < days.length && i <= 7; i++) {
                    if (days[i] != null && !days[i].isBlank()) {
                        names.putIfAbsent(days[i].strip().toLowerCase(java.util.Locale.ROOT).replace(".", ""), DayOfWeek.of(i == 1 ? 7 : i - 1));
                    }
                }
            }
        }
        return names;
    }

    public static DayOfWeek firstDayOfWeek(ULocale locale) {
        int icu = com.ibm.icu.util.Calendar.getInstance(locale).getFirstDayOfWeek();
        return DayOfWeek.SUNDAY.plus(icu - 1L);
    }

    public String money(BigDecimal amount, Currency currency, ULocale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(com.ibm.icu.util.Currency.getInstance(currency.getCurrencyCode()));
        return format.format(amount);
    }

    /** Hours and minutes (and days from 24 hours on), in words: "1 hour, 30 minutes". */
    public String length(Duration duration, ULocale locale) {
        List<Measure> parts = new ArrayList<>();
        long days = duration.toDays();
        long hours = duration.toHoursPart();
        long minutes = duration.toMinutesPart();
        if (days > 0) {
            parts.add(new Measure(days, MeasureUnit.DAY));
        }
        if (hours > 0) {
            parts.add(new Measure(hours, MeasureUnit.HOUR));
        }
        if (minutes > 0 || parts.isEmpty()) {
            parts.add(new Measure(minutes, MeasureUnit.MINUTE));
        }
        return MeasureFormat.getInstance(locale, MeasureFormat.FormatWidth.WIDE).formatMeasures(parts.toArray(new Measure[0]));
    }

    /** The zone's city in the reader's language with its offset now: "Αθήνα (UTC+02:00)". */
    public String zoneName(ZoneId zone, Instant now, ULocale locale) {
        ZoneOffset offset = zone.getRules().getOffset(now);
        String utc = "UTC" + (offset.getTotalSeconds() == 0 ? "" : offset.getId());
        if (zone instanceof ZoneOffset) {
            return utc;
        }
        return cityNames.apply(zone, locale.getLanguage()) + " (" + utc + ")";
    }

    private static DateFormat pattern(String skeleton, ZoneId zone, ULocale locale) {
        DateFormat format = DateFormat.getInstanceForSkeleton(skeleton, locale);
        // ICU knows fixed offsets as GMT+hh:mm, not as java.time's +hh:mm
        String id = zone instanceof ZoneOffset o ? (o.getTotalSeconds() == 0 ? "GMT" : "GMT" + o.getId()) : zone.getId();
        format.setTimeZone(TimeZone.getTimeZone(id));
        return format;
    }
}
