package studiobot.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import studiobot.chat.Action;
import studiobot.chat.Arg;
import studiobot.chat.Button;
import studiobot.chat.Callbacks;
import studiobot.chat.ChatId;
import studiobot.chat.Entry;
import studiobot.chat.Incoming;
import studiobot.chat.Input;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.Router;
import studiobot.chat.Sender;
import studiobot.config.ConfigLoader;
import studiobot.config.StudioConfig;
import studiobot.delivery.QuietHours;
import studiobot.feature.Registry;
import studiobot.i18n.Bundles;
import studiobot.i18n.LocaleResolver;
import studiobot.i18n.Messages;
import studiobot.people.Staff;
import studiobot.testing.InMemoryBookings;
import studiobot.testing.InMemoryConversations;
import studiobot.testing.InMemoryJobs;
import studiobot.testing.InMemoryPeople;
import studiobot.testing.TestClock;

/**
 * What the booking use case does around the flow's decisions, seen from Maria's chat (the demo
 * studio, Monday 23 November 2026, Maria in Kuala Lumpur): what her typing is taken for, and
 * presses whose arguments cannot be read. The booking feature in the real router, on the
 * in-memory stores; what it says is checked by message key and arguments.
 */
class ReservingTest {
    private static final long MARIA = 7001;
    /** Tuesday 24 November, 4:00 PM in Kuala Lumpur (10:00 AM at the studio). */
    private static final Instant TUESDAY_4PM = Instant.parse("2026-11-24T08:00:00Z");
    private static final String TUESDAY = "20261124";

    private final TestClock clock = TestClock.at("2026-11-23T08:00:00Z");
    private final StudioConfig config = new ConfigLoader().loadDemo();
    private final Callbacks callbacks = new Callbacks(new byte[32]);
    private final InMemoryPeople people = new InMemoryPeople();
    private final Router router;
    private long nextUpdateId = 1;

    ReservingTest() {
        Messages messages = new Messages(Bundles.load(Path.of("messages")));
        Staff staff = new Staff(config);
        LocaleResolver locales = new LocaleResolver(messages::languageTags, staff, config.studio().defaultLocale());
        QuietHours quietHours = new QuietHours(config.studio().quietHours().start(), config.studio().quietHours().end());
        router = new Router(people, staff, callbacks, new InMemoryConversations());
        new Registry(router).add(new BookingFeature(config, new InMemoryBookings(), new studiobot.testing.InMemoryDeliveries(), people, staff, new InMemoryJobs(), quietHours,
                locales, messages, r -> Optional.empty()));
        people.seen(MARIA, "Maria", "en", clock.instant());
        people.setZone(MARIA, ZoneId.of("Asia/Kuala_Lumpur"));
    }

    private List<Reply> handle(Input input) {
        Incoming in = new Incoming("telegram", nextUpdateId++, new ChatId(MARIA), new Sender(MARIA, "Maria", null, null, "en"), input);
        return router.handle(in, clock.instant());
    }

    /** What Maria's chat shows after she types {@code text}. */
    private Reply say(String text) {
        return shown(handle(new Input.Text(text, 1)));
    }

    /** Presses the first button of {@code action} on {@code on} whose argument words pass {@code args}. */
    private Reply press(Reply on, Action<?> action, Predicate<List<String>> args) {
        Button button = on.buttons().stream().flatMap(List::stream)
                .filter(b -> b.action().equals(action.id()) && args.test(b.args()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + action.id() + " button in " + on.buttons()));
        return shown(handle(new Input.Press(signed(button.action(), button.args().toArray(String[]::new)), 42, "press-" + (++presses))));
    }

    private int presses;

    /** A press refused as stale: nothing in the chat, the notice to Maria alone. */
    private Msg refused(String data) {
        List<Reply> replies = handle(new Input.Press(data, 42, "press-" + (++presses)));
        assertThat(replies).hasSize(1);
        assertThat(replies.get(0).isPressAnswer()).isTrue();
        return replies.get(0).text();
    }

    /** The message the chat shows last; the answers to presses are not in the chat. */
    private static Reply shown(List<Reply> replies) {
        List<Reply> inChat = replies.stream().filter(r -> !r.isPressAnswer()).toList();
        assertThat(inChat).as("messages in the chat").isNotEmpty();
        return inChat.get(inChat.size() - 1);
    }

    /** Callback data as the bot would sign it for Maria. */
    private String signed(String action, String... args) {
        return callbacks.encode(MARIA, action, List.of(args));
    }

    private static Predicate<List<String>> packageId(String id) {
        return args -> args.equals(List.of(id));
    }

    private static Predicate<List<String>> day(String compact) {
        return args -> args.get(1).equals(compact);
    }

    private static Predicate<List<String>> startingAt(Instant start) {
        return args -> args.get(1).equals(Reserving.startArg(start));
    }

    private static boolean any(List<String> args) {
        return true;
    }

    @Test
    void typingAfterGoingBackFromTheQuestionIsNotTakenAsItsAnswer() {
        Reply times = press(press(say("/book"), Entry.BOOK, packageId("portrait")), Reserving.DAY, day(TUESDAY));
        Reply question = press(times, Reserving.TIME, startingAt(TUESDAY_4PM));
        assertThat(question.text().key()).isEqualTo("booking.question");
        Reply timesAgain = press(question, Reserving.BACK, ReservingTest::any);

        assertThat(say("Is there parking near the studio?").text().key()).as("free text, not an answer to the question").isEqualTo("fallback.unknown");
        Msg askedAgain = press(timesAgain, Reserving.TIME, startingAt(TUESDAY_4PM)).text();
        assertThat(askedAgain.key()).isEqualTo("booking.question");
        assertThat(askedAgain.args()).containsEntry("number", 1).containsEntry("count", 1);
    }

    @Test
    void aPressWhoseArgumentsCannotBeReadIsStaleAndTheFlowGoesOn() {
        Reply calendar = press(say("/book"), Entry.BOOK, packageId("portrait"));
        String flow = calendar.buttons().stream().flatMap(List::stream)
                .filter(b -> b.action().equals(Reserving.DAY.id())).findFirst().orElseThrow().args().get(0);

        assertThat(refused(signed(Reserving.DAY.id(), flow, "2026-11"))).isEqualTo(Msg.of("button.stale"));
        assertThat(refused(signed(Reserving.DAY.id(), flow, "20261131"))).isEqualTo(Msg.of("button.stale"));
        assertThat(refused(signed(Reserving.MONTH.id(), flow, "202613"))).isEqualTo(Msg.of("button.stale"));
        assertThat(refused(signed(Reserving.TIME.id(), flow, "zzzzzzzzzzzzzz", "anna"))).isEqualTo(Msg.of("button.stale"));
        assertThat(refused(signed(Reserving.TIME.id(), flow, "1"))).isEqualTo(Msg.of("button.stale"));

        Msg times = press(calendar, Reserving.DAY, day(TUESDAY)).text();
        assertThat(times.key()).isEqualTo("booking.times");
        assertThat(times.args()).containsEntry("day", new Arg.Day(LocalDate.of(2026, 11, 24)));
    }

    @Test
    void aPressForAnEarlierFlowSaysTheBookingIsNoLongerInProgress() {
        Reply firstCalendar = press(say("/book"), Entry.BOOK, packageId("portrait"));
        press(say("/book"), Entry.BOOK, packageId("family"));

        Button tuesday = firstCalendar.buttons().stream().flatMap(List::stream)
                .filter(b -> b.action().equals(Reserving.DAY.id()) && day(TUESDAY).test(b.args())).findFirst().orElseThrow();

        assertThat(refused(signed(tuesday.action(), tuesday.args().toArray(String[]::new)))).isEqualTo(Msg.of("booking.flow.gone"));
    }
}
