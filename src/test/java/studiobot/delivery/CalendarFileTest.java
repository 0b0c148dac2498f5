package studiobot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import studiobot.booking.Answer;
import studiobot.booking.Booking;
import studiobot.chat.Msg;
import studiobot.chat.Reply;

class CalendarFileTest {
    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    private static final Instant NOW = Instant.parse("2026-11-20T08:15:30Z");
    private static final String TITLE = "Portrait, Studio; Athens";
    private static final String DESCRIPTION = "Φωτογράφος: Άννα Παπαδοπούλου; 摄影师：安娜, \"bring\" a coat\\umbrella";
    private static final String LOCATION = "Studio Φως, Ερμού 10; Αθήνα";

    /** 14:00 to 15:30 in Athens on Tuesday 1 December 2026 (UTC+2). */
    private static Booking booking(long id) {
        Instant start = LocalDateTime.parse("2026-12-01T14:00").atZone(ATHENS).toInstant();
        return new Booking(id, 101, "anna", "portrait", start, start.plus(Duration.ofMinutes(90)),
                Booking.Status.CONFIRMED, List.of(new Answer("Who?", "us")));
    }

    private static Reply.Document file(Booking b, int sequence) {
        return of(b, TITLE, DESCRIPTION, LOCATION, sequence);
    }

    /** The booking's calendar entry as booking makes it, written with these texts for its reader. */
    private static Reply.Document of(Booking b, String title, String description, String location, int sequence) {
        Reply.CalendarEntry entry = new Reply.CalendarEntry("booking-" + b.id() + ".ics", "booking-" + b.id() + "@studio-bot",
                sequence, b.start(), b.end(), Msg.verbatim(title), Msg.verbatim(description), location, NOW, false);
        return CalendarFile.write(entry, title, description);
    }

    private static Reply.Document cancelled(Booking b, int sequence) {
        Reply.CalendarEntry entry = new Reply.CalendarEntry("booking-" + b.id() + ".ics", "booking-" + b.id() + "@studio-bot",
                sequence, b.start(), b.end(), Msg.verbatim(TITLE), Msg.verbatim(DESCRIPTION), LOCATION, NOW, true);
        return CalendarFile.write(entry, TITLE, DESCRIPTION);
    }

    private static VEvent onlyEvent(Reply.Document file) {
        ICalendar calendar = Biweekly.parse(file.content()).first();
        assertThat(calendar).isNotNull();
        assertThat(calendar.getEvents()).hasSize(1);
        return calendar.getEvents().get(0);
    }

    @Test
    void of_booking_isOneEventNamedAfterTheBooking() {
        Reply.Document file = file(booking(42), 0);

        assertThat(file.fileName()).isEqualTo("booking-42.ics");
        assertThat(file.mediaType()).isEqualTo("text/calendar");
        assertThat(onlyEvent(file).getUid().getValue()).isEqualTo("booking-42@studio-bot");
    }

    @Test
    void of_sameBookingMovedAndResent_keepsTheUid() {
        Booking original = booking(42);
        Booking moved = new Booking(42, 101, "nikos", "portrait", original.start().plus(Duration.ofDays(2)),
                original.end().plus(Duration.ofDays(2)), Booking.Status.CONFIRMED, List.of());

        VEvent first = onlyEvent(file(original, 0));
        VEvent second = onlyEvent(file(moved, 1));
        VEvent other = onlyEvent(file(booking(43), 0));

        assertThat(second.getUid().getValue()).isEqualTo(first.getUid().getValue());
        assertThat(other.getUid().getValue()).isEqualTo("booking-43@studio-bot").isNotEqualTo(first.getUid().getValue());
        assertThat(second.getDateStart().getValue().toInstant()).isEqualTo(moved.start());
    }

    @Test
    void of_booking_startAndEndAreTheBookingsInstantsInUtc() {
        Booking b = booking(42);
        Reply.Document file = file(b, 0);

        VEvent event = onlyEvent(file);

        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(b.start());
        assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(b.end());
        assertThat(event.getDateStart().getValue().hasTime()).isTrue();
        assertThat(file.content()).contains("DTSTART:20261201T120000Z\r\n", "DTEND:20261201T133000Z\r\n");
        assertThat(file.content()).doesNotContain("TZID", "VTIMEZONE");
    }

    @Test
    void of_stamp_isNow() {
        VEvent event = onlyEvent(file(booking(42), 0));

        assertThat(event.getDateTimeStamp().getValue().toInstant()).isEqualTo(NOW);
    }

    @Test
    void of_sequence_isTheGivenNumber() {
        assertThat(onlyEvent(file(booking(42), 0)).getSequence().getValue()).isZero();
        assertThat(onlyEvent(file(booking(42), 3)).getSequence().getValue()).isEqualTo(3);
    }

    @Test
    void of_texts_surviveWithNonLatinCharactersCommasAndSemicolons() {
        Reply.Document file = file(booking(42), 0);

        VEvent event = onlyEvent(file);

        assertThat(event.getSummary().getValue()).isEqualTo(TITLE);
        assertThat(event.getDescription().getValue()).isEqualTo(DESCRIPTION);
        assertThat(event.getLocation().getValue()).isEqualTo(LOCATION);
        // RFC 5545 3.3.11: commas, semicolons and backslashes in TEXT are escaped
        assertThat(file.content()).contains("SUMMARY:Portrait\\, Studio\\; Athens\r\n");
        assertThat(unfold(file.content())).contains("LOCATION:Studio Φως\\, Ερμού 10\\; Αθήνα", "coat\\\\umbrella");
    }

    @Test
    void of_longTextWithNewlinesAndSurrogatePairs_roundTrips() {
        String description = "Γραμμή ένα\nLine two: 我们想要户外照片 📷📷📷, "
                + "Ελληνικά και 中文 ".repeat(12) + "🎞️ end";

        Reply.Document file = of(booking(7), "📸 " + TITLE, description, LOCATION, 1);

        VEvent event = onlyEvent(file);
        assertThat(event.getDescription().getValue()).isEqualTo(description);
        assertThat(event.getSummary().getValue()).isEqualTo("📸 " + TITLE);
        assertThat(file.content().lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(75));
    }

    @Test
    void of_emojiAtEveryPossibleFoldPoint_roundTrips() {
        for (int pad = 0; pad < 80; pad++) {
            String description = "x".repeat(pad) + "📷😀".repeat(40);

            VEvent event = onlyEvent(of(booking(7), TITLE, description, LOCATION, 0));

            assertThat(event.getDescription().getValue()).as("padding %d", pad).isEqualTo(description);
        }
    }

    @Test
    void of_longNonLatinText_foldsLinesAtSeventyFiveOctets() {
        String description = "Ελληνικά και 中文 и русский ".repeat(12);

        Reply.Document file = of(booking(7), TITLE, description, LOCATION, 0);

        assertThat(onlyEvent(file).getDescription().getValue()).isEqualTo(description);
        assertThat(file.content().lines()).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
        // the fold uses the room it has: a Greek line is cut within the last character's width of the limit
        assertThat(file.content().lines().filter(line -> line.startsWith("DESCRIPTION:")).findFirst().orElseThrow()
                .getBytes(StandardCharsets.UTF_8).length).isGreaterThan(71);
    }

    @Test
    void fold_charactersOfEveryWidthAtEveryPosition_stayWholeAndWithinTheLimit() {
        for (int n = 0; n < 80; n++) {
            int pad = n;
            String line = "DESCRIPTION:" + "x".repeat(pad) + "é中📷".repeat(30);

            String folded = CalendarFile.fold(line + "\r\n");

            assertThat(folded.replace("\r\n ", "")).as("padding %d", pad).isEqualTo(line + "\r\n");
            assertThat(folded.split("\r\n")).allSatisfy(part ->
                    assertThat(part.getBytes(StandardCharsets.UTF_8).length).as("padding %d", pad).isBetween(1, 75));
            assertThat(folded).as("no half of a surrogate pair").doesNotContainPattern("[\uD800-\uDBFF]\r\n");
        }
    }

    @Test
    void of_cancelled_isTheSameEventCancelled_forTheAppToDrop() {
        Booking b = booking(42);
        VEvent booked = onlyEvent(file(b, 1));

        Reply.Document file = cancelled(b, 2);

        ICalendar calendar = Biweekly.parse(file.content()).first();
        VEvent event = calendar.getEvents().get(0);
        assertThat(calendar.getMethod().isCancel()).isTrue();
        assertThat(event.getStatus().isCancelled()).isTrue();
        assertThat(event.getUid().getValue()).isEqualTo(booked.getUid().getValue());
        assertThat(event.getSequence().getValue()).isGreaterThan(booked.getSequence().getValue());
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(b.start());
        assertThat(file.content()).contains("METHOD:CANCEL\r\n", "STATUS:CANCELLED\r\n");
    }

    @Test
    void of_booking_isConfirmedWithAProductIdAndCrlfLines() {
        Reply.Document file = file(booking(42), 0);

        ICalendar calendar = Biweekly.parse(file.content()).first();
        assertThat(calendar.getProductId().getValue()).isEqualTo("-//studio-bot//booking//EN");
        assertThat(calendar.getEvents().get(0).getStatus().isConfirmed()).isTrue();
        assertThat(calendar.getMethod().isPublish()).isTrue();
        assertThat(file.content()).startsWith("BEGIN:VCALENDAR\r\n").contains("VERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(file.content().replace("\r\n", "")).doesNotContain("\n", "\r");
    }

    private static String unfold(String text) {
        return text.replace("\r\n ", "").replace("\r\n\t", "");
    }
}
