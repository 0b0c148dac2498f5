package studiobot.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studiobot.chat.Action;
import studiobot.chat.Arg;
import studiobot.chat.Callbacks;
import studiobot.chat.Entry;
import studiobot.chat.Input;
import studiobot.delivery.ChatLanes;
import studiobot.store.Database;
import studiobot.store.SqliteSecrets;
import studiobot.testing.BotHarness;
import studiobot.testing.BotHarness.Sent;
import studiobot.testing.TestClock;
import studiobot.testing.TestTexts;

/**
 * What the booking use case does around the flow's decisions, seen from Maria's chat (the demo
 * studio, Monday 23 November 2026, Maria in Kuala Lumpur): what her typing is taken for, and
 * presses whose arguments cannot be read. Replies by message key, buttons by action and words.
 */
class ReservingTest {
    private static final long MARIA = 7001;
    /** Tuesday 24 November, 16:00 in Kuala Lumpur (10:00 in Athens): the first time of the day. */
    private static final Instant TUESDAY_FIRST = Instant.parse("2026-11-24T08:00:00Z");

    @TempDir
    Path data;

    private final TestClock clock = TestClock.at("2026-11-23T08:00:00Z");
    private BotHarness harness;

    @BeforeEach
    void open() {
        harness = new BotHarness(data, TestTexts.messages(), clock, ChatLanes.DIRECT);
        harness.bot().people().seen(MARIA, "Maria", "en", clock.instant());
        harness.bot().people().setZone(MARIA, ZoneId.of("Asia/Kuala_Lumpur"));
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private List<Sent> say(String text) {
        return harness.tell(MARIA, "Maria", "en", new Input.Text(text, 1));
    }

    private Sent press(Sent on, Action<?> action, Predicate<List<String>> args) {
        return BotHarness.last(harness.press(MARIA, "Maria", "en", on, action, args));
    }

    private Sent press(Sent on, Action<?> action) {
        return press(on, action, BotHarness::any);
    }

    /** The calendar of a package, from /book. */
    private Sent calendar(String packageId) {
        return press(BotHarness.last(say("/book")), Entry.BOOK, args -> args.equals(List.of(packageId)));
    }

    /** A calendar's day button, by its date. */
    private static Predicate<List<String>> day(LocalDate date) {
        return args -> args.get(1).equals(MonthSheet.compact(date));
    }

    /** A time button, by its start. */
    private static Predicate<List<String>> at(Instant start) {
        return args -> args.get(1).equals(Reserving.startArg(start));
    }

    /** A refused press: nothing in the chat; the key of the notice Maria alone saw. */
    private String refused(String data) {
        assertThat(harness.tell(MARIA, "Maria", "en", BotHarness.press(data, 42))).isEmpty();
        Sent notice = BotHarness.last(harness.noticesSaid());
        assertThat(notice.to().value()).isEqualTo(MARIA);
        return notice.key();
    }

    /** Callback data as the bot would sign it for Maria. */
    private String signed(Action<?> action, String... args) {
        try (Database db = Database.open(data)) {
            return new Callbacks(new SqliteSecrets(db).callbackKey()).encode(MARIA, action.id(), List.of(args));
        }
    }

    @Test
    void typingAfterGoingBackFromTheQuestionIsNotTakenAsItsAnswer() {
        Sent times = press(calendar("portrait"), Reserving.DAY, day(LocalDate.of(2026, 11, 24)));
        Sent question = press(times, Reserving.TIME, at(TUESDAY_FIRST));
        Sent timesAgain = press(question, Reserving.BACK);
        assertThat(timesAgain.key()).isEqualTo("booking.times");

        assertThat(say("Is there parking near the studio?")).extracting(Sent::key).isNotEmpty()
                .doesNotContain("booking.flow.gone", "booking.summary", "booking.question");
        Sent questionAgain = press(timesAgain, Reserving.TIME, at(TUESDAY_FIRST));
        assertThat(questionAgain.key()).isEqualTo("booking.question");
        assertThat(questionAgain.arg("number")).isEqualTo(1);
        assertThat(questionAgain.arg("count")).isEqualTo(1);
    }

    @Test
    void aPressWhoseArgumentsCannotBeReadIsStaleAndTheFlowGoesOn() {
        Sent calendar = calendar("portrait");
        String flow = "1"; // Maria's first flow

        assertThat(refused(signed(Reserving.DAY, flow, "2026-11"))).isEqualTo("button.stale");
        assertThat(refused(signed(Reserving.DAY, flow, "20261131"))).isEqualTo("button.stale");
        assertThat(refused(signed(Reserving.MONTH, flow, "202613"))).isEqualTo("button.stale");
        assertThat(refused(signed(Reserving.TIME, flow, "zzzzzzzzzzzzzz", "anna"))).isEqualTo("button.stale");
        assertThat(refused(signed(Reserving.TIME, flow, "1"))).isEqualTo("button.stale");

        Sent times = press(calendar, Reserving.DAY, day(LocalDate.of(2026, 11, 24)));
        assertThat(times.key()).isEqualTo("booking.times");
        assertThat(times.arg("day")).isEqualTo(new Arg.Day(LocalDate.of(2026, 11, 24)));
    }

    @Test
    void aPressForAnEarlierFlowSaysTheBookingIsNoLongerInProgress() {
        Sent firstCalendar = calendar("portrait");
        calendar("family");

        Sent gone = press(firstCalendar, Reserving.DAY, day(LocalDate.of(2026, 11, 24)));

        assertThat(gone.key()).isEqualTo("booking.flow.gone");
        assertThat(gone.hasButton(Entry.BOOK.id(), List::isEmpty)).as("offers to start again").isTrue();
    }
}
