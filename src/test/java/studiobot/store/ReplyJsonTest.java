package studiobot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studiobot.chat.Arg;
import studiobot.chat.Button;
import studiobot.chat.ChatId;
import studiobot.chat.MessageKind;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.Timing;

class ReplyJsonTest {
    private static final Instant AT = Instant.parse("2026-12-01T08:00:00Z");
    private static final ChatId MARIA = new ChatId(7001);

    private static Reply roundTrip(Reply reply) {
        return ReplyJson.read(ReplyJson.write(reply));
    }

    @Test
    void everyArgumentKindComesBackAsItWas() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("dateTime", new Arg.DateTime(AT));
        args.put("timeOfDay", new Arg.TimeOfDay(AT));
        args.put("timeIn", new Arg.TimeIn(AT, ZoneId.of("Asia/Kuala_Lumpur")));
        args.put("relative", new Arg.Relative(AT));
        args.put("money", new Arg.Money(new BigDecimal("1800.50"), Currency.getInstance("EUR")));
        args.put("length", new Arg.Length(Duration.ofMinutes(90)));
        args.put("day", new Arg.Day(LocalDate.of(2026, 12, 24)));
        args.put("month", new Arg.Month(YearMonth.of(2027, 1)));
        args.put("weekday", new Arg.Weekday(DayOfWeek.SUNDAY));
        args.put("zone", new Arg.Zone(ZoneOffset.ofHoursMinutes(5, 30)));
        args.put("int", 3);
        args.put("small long", 3L);
        args.put("long", 12_345_678_901L);
        args.put("decimal", new BigDecimal("0.10"));
        args.put("text", "<b>Bob & Co</b> \"quoted\" 早上好 🎉");
        args.put("nested", Msg.of("package.portrait.name"));
        args.put("list", List.of(Msg.of("a", "n", 1), Msg.verbatim("x")));
        Reply reply = Reply.now(MARIA, MessageKind.NOTICE, new Msg("booking.confirmed", args))
                .withButtons(List.of(List.of(Button.of(Msg.of("label", "day", new Arg.Day(LocalDate.of(2026, 12, 1))), "bkd", "12", "20261201"))))
                .editing(99)
                .about(7001)
                .by(2001);

        Reply back = roundTrip(reply);

        assertThat(back).isEqualTo(reply);
        assertThat(back.text().args().get("small long")).isInstanceOf(Long.class);
        assertThat(back.text().args().get("int")).isInstanceOf(Integer.class);
        assertThat(back.text().args().get("decimal")).isEqualTo(new BigDecimal("0.10"));
    }

    @Test
    void copiesFilesPhotosAndPressAnswersComeBackAsTheyWere() {
        Reply copy = Reply.copying(MARIA, Timing.NOW, MessageKind.RELAY, new ChatId(2001), 77).by(2001);
        Reply file = Reply.document(MARIA, Timing.NOW, MessageKind.NOTICE, Msg.of("caption"),
                new Reply.Document("booking-1.ics", "text/calendar", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
        Reply press = Reply.pressAnswer(MARIA, "cb-1", Msg.of("button.stale"));
        Reply calendar = Reply.document(MARIA, Timing.NOW, MessageKind.NOTICE, Msg.of("booking.file.caption"),
                new Reply.CalendarEntry("booking-1.ics", "booking-1@studio-bot", 2, AT, AT.plusSeconds(3600),
                        Msg.of("booking.file.title", "package", Msg.of("package.portrait.name")), Msg.of("booking.file.description"),
                        "Lumen Photo Studio", AT, false));
        assertThat(roundTrip(calendar)).isEqualTo(calendar);
        Reply cancelled = Reply.document(MARIA, Timing.NOW, MessageKind.NOTICE, Msg.of("booking.file.cancelled"),
                new Reply.CalendarEntry("booking-1.ics", "booking-1@studio-bot", 3, AT, AT.plusSeconds(3600),
                        Msg.of("booking.file.title"), Msg.of("booking.file.description"), "Ermou 12, Athens", AT, true));
        assertThat(roundTrip(cancelled)).isEqualTo(cancelled);
        Reply pin = Reply.document(MARIA, Timing.NOW, MessageKind.NOTICE, Msg.verbatim(""),
                new Reply.Place(37.9762, 23.7302, "Lumen Photo Studio", "Ermou 12, 105 63 Athens"));
        assertThat(roundTrip(pin)).isEqualTo(pin);

        assertThat(roundTrip(copy)).isEqualTo(copy);
        assertThat(roundTrip(file)).isEqualTo(file);
        assertThat(roundTrip(press)).isEqualTo(press);
        Reply photo = Reply.photo(MARIA, Timing.NOW, MessageKind.NOTICE, Msg.verbatim(""), new Reply.Photo("AgACAgQAAxkBAAIB", true)).by(2001);
        assertThat(roundTrip(photo)).isEqualTo(photo);
    }

    @Test
    void write_aValueItCouldNotGiveBack_isRefusedWhilePosting() {
        Map<String, Object> withNull = new LinkedHashMap<>();
        withNull.put("x", null);

        assertThatThrownBy(() -> ReplyJson.write(Reply.now(MARIA, MessageKind.ANSWER, new Msg("k", withNull))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
        assertThatThrownBy(() -> ReplyJson.write(Reply.now(MARIA, MessageKind.ANSWER, Msg.of("k", "x", List.of("not a message")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("messages only");
        assertThatThrownBy(() -> ReplyJson.write(Reply.now(MARIA, MessageKind.ANSWER, Msg.of("k", "x", 1.5d))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Double");
    }
}
