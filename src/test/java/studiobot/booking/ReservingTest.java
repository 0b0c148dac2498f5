package studiobot.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studiobot.chat.Callbacks;
import studiobot.chat.Input;
import studiobot.chat.Msg;
import studiobot.chat.Outbound;
import studiobot.delivery.ChatLanes;
import studiobot.store.Database;
import studiobot.store.SqliteSecrets;
import studiobot.testing.BotHarness;
import studiobot.testing.TestClock;
import studiobot.testing.TestTexts;

/**
 * What the booking use case does around the flow's decisions, seen from Maria's chat (the demo
 * studio, Monday 23 November 2026, Maria in Kuala Lumpur): what her typing is taken for, and
 * presses whose arguments cannot be read.
 */
class ReservingTest {
    private static final long MARIA = 7001;

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

    private Outbound say(String text) {
        return last(harness.say(MARIA, "Maria", "en", new Input.Text(text, 1)));
    }

    private Outbound press(Outbound on, String label) {
        String data = on.keyboard().stream().flatMap(List::stream)
                .filter(k -> k.label().replace('\u202f', ' ').equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no button '" + label + "'")).data();
        return last(harness.say(MARIA, "Maria", "en", new Input.Press(data, 42)));
    }

    /** A press refused as stale: nothing in the chat, the notice to Maria alone. */
    private String refused(String data) {
        assertThat(harness.say(MARIA, "Maria", "en", new Input.Press(data, 42))).isEmpty();
        List<Outbound> notices = harness.notices();
        return notices.get(notices.size() - 1).html();
    }

    private static Outbound last(List<Outbound> sent) {
        return sent.get(sent.size() - 1);
    }

    private String en(String key) {
        return harness.bot().messages().renderLabel("en", java.time.ZoneOffset.UTC, java.time.Instant.EPOCH, Msg.of(key));
    }

    /** Callback data as the bot would sign it for Maria. */
    private String signed(String action, String... args) {
        try (Database db = Database.open(data)) {
            return new Callbacks(new SqliteSecrets(db).callbackKey()).encode(MARIA, action, List.of(args));
        }
    }

    @Test
    void typingAfterGoingBackFromTheQuestionIsNotTakenAsItsAnswer() {
        Outbound times = press(press(say("/book"), "Portrait session"), "24");
        Outbound question = press(times, "4:00 PM (10:00 AM)");
        Outbound timesAgain = press(question, "« Back");

        assertThat(say("Is there parking near the studio?").html()).doesNotStartWith("That booking is no longer in progress.");
        assertThat(press(timesAgain, "4:00 PM (10:00 AM)").html()).contains("question 1 of 1");
    }

    @Test
    void aPressWhoseArgumentsCannotBeReadIsStaleAndTheFlowGoesOn() {
        Outbound calendar = press(say("/book"), "Portrait session");
        String flow = "1"; // Maria's first flow

        assertThat(refused(signed(Reserving.DAY.id(), flow, "2026-11"))).isEqualTo(en("button.stale"));
        assertThat(refused(signed(Reserving.DAY.id(), flow, "20261131"))).isEqualTo(en("button.stale"));
        assertThat(refused(signed(Reserving.MONTH.id(), flow, "202613"))).isEqualTo(en("button.stale"));
        assertThat(refused(signed(Reserving.TIME.id(), flow, "zzzzzzzzzzzzzz", "anna"))).isEqualTo(en("button.stale"));
        assertThat(refused(signed(Reserving.TIME.id(), flow, "1"))).isEqualTo(en("button.stale"));

        assertThat(press(calendar, "24").html()).contains("Tuesday, November 24: choose a time.");
    }

    @Test
    void aPressForAnEarlierFlowSaysTheBookingIsNoLongerInProgress() {
        Outbound firstCalendar = press(say("/book"), "Portrait session");
        press(say("/book"), "Family session");

        assertThat(press(firstCalendar, "24").html()).startsWith("That booking is no longer in progress.");
    }
}
