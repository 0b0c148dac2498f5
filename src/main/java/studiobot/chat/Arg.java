package studiobot.chat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;

/**
 * Message arguments that are shown differently to each person: rendered at send time in the
 * recipient's language and time zone. A feature says "this instant", never "15:00".
 */
public sealed interface Arg {
    /** A date and time, e.g. "Tuesday, 1 December at 15:00", in the recipient's zone. */
    record DateTime(Instant at) implements Arg {}

    /** A time of day, e.g. "15:00" or "3:00 PM", in the recipient's zone. */
    record TimeOfDay(Instant at) implements Arg {}

    /** A time of day in a given zone (another person's local time), in the reader's format. */
    record TimeIn(Instant at, ZoneId zone) implements Arg {}

    /** A date and time relative to now: "today at 15:00", "tomorrow at 09:30", else the full date. */
    record Relative(Instant at) implements Arg {}

    /** An amount of money in the recipient's number format. */
    record Money(BigDecimal amount, Currency currency) implements Arg {}

    /** A length of time, e.g. "1 hour, 30 minutes". */
    record Length(Duration duration) implements Arg {}

    /** A calendar day, as on a wall calendar (no zone): "Wednesday, 25 November". */
    record Day(java.time.LocalDate date) implements Arg {}

    /** A calendar day with its year, as the reader writes dates: "12 March 2027", "2027年3月12日". */
    record Date(java.time.LocalDate date) implements Arg {}

    /** A month and its year, as a calendar's title: "November 2026", "Νοέμβριος 2026". */
    record Month(java.time.YearMonth month) implements Arg {}

    /** A weekday's short name, as a calendar's column heading: "Mo", "Δευ", "一". */
    record Weekday(java.time.DayOfWeek day) implements Arg {}

    /** The time it is in a zone when the message is read (a client's local time now), in the reader's format. */
    record NowIn(ZoneId zone) implements Arg {}

    /** A time zone, named by its city in the recipient's language, e.g. "Αθήνα (UTC+02:00)". */
    record Zone(ZoneId zone, java.time.Instant at) implements Arg {
        /** The zone with its offset of the moment the message is read. */
        public Zone(ZoneId zone) {
            this(zone, null);
        }

        /** The zone with its offset on the day shown ({@code at}), which a DST change may make another than today's. */
        public static Zone on(ZoneId zone, java.time.Instant at) {
            return new Zone(zone, at);
        }
    }
}
