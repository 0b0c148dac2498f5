package studiobot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studiobot.chat.Arg;
import studiobot.chat.Button;
import studiobot.chat.Callbacks;
import studiobot.chat.ChatId;
import studiobot.chat.Input;
import studiobot.chat.MessageKind;
import studiobot.chat.Msg;
import studiobot.delivery.ChatLanes;
import studiobot.store.Database;
import studiobot.store.SqliteSecrets;
import studiobot.testing.BotHarness;
import studiobot.testing.BotHarness.Sent;
import studiobot.testing.TestClock;
import studiobot.testing.TestTexts;

/**
 * Booking a shoot from the client's chat, and what follows: the photographer's alert, reminders,
 * rescheduling and cancelling, the photographer's agenda. The demo studio: Anna shoots in Athens;
 * Maria books from Kuala Lumpur, six hours ahead of Athens in November. Replies are checked by
 * message key and arguments, buttons pressed by action and argument words (a time by its start);
 * where the language or the zone is the point, a reply's rendering is compared with its message
 * rendered for the expected reader. The texts themselves are MessagesTest's.
 */
class BookingConversationTest {
    private static final long MARIA = 7001;
    private static final long NIKOS = 7002;
    private static final long ANNA = 2001;
    private static final ZoneId KUALA_LUMPUR = ZoneId.of("Asia/Kuala_Lumpur");
    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    private static final String STUDIO = "Lumen Photo Studio";
    private static final String ADDRESS = "Ermou 12, 105 63 Athens";
    private static final Msg PORTRAIT = Msg.of("package.portrait.name");

    @TempDir
    Path data;

    // Monday 23 November 2026, 10:00 in Athens, 16:00 in Kuala Lumpur
    private final TestClock clock = TestClock.at("2026-11-23T08:00:00Z");
    private final Lanes lanes = new Lanes();
    private BotHarness harness;

    @BeforeEach
    void open() {
        harness = new BotHarness(data, TestTexts.messages(), clock, lanes);
        harness.bot().people().seen(MARIA, "Maria", "en", clock.instant());
        harness.bot().people().setZone(MARIA, KUALA_LUMPUR);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private void restart() {
        harness.close();
        harness = new BotHarness(data, TestTexts.messages(), clock, lanes);
    }

    // --- moments, and the words buttons carry ---

    /** A moment on Maria's clock in Kuala Lumpur, e.g. {@code kl("2026-11-24T16:00")}. */
    private static Instant kl(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(KUALA_LUMPUR).toInstant();
    }

    /** A moment on Anna's clock in Athens. */
    private static Instant athens(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ATHENS).toInstant();
    }

    private static LocalDate november(int day) {
        return LocalDate.of(2026, 11, day);
    }

    /** A start or a booking's version, as button words write it: minutes since the epoch, base 36. */
    private static String minutes(Instant at) {
        return Long.toString(at.getEpochSecond() / 60, 36);
    }

    private static Instant fromMinutes(String word) {
        return Instant.ofEpochSecond(Long.parseLong(word, 36) * 60);
    }

    /** A button whose argument words are exactly these (a package's Book button, a zone's). */
    private static Predicate<List<String>> words(String... words) {
        return args -> args.equals(List.of(words));
    }

    /** A calendar's day button (flow, yyyyMMdd). */
    private static Predicate<List<String>> day(LocalDate date) {
        return args -> args.get(1).equals(date.format(DateTimeFormatter.BASIC_ISO_DATE));
    }

    /** A time button (flow, start, photographer) by its start. */
    private static Predicate<List<String>> at(Instant start) {
        return args -> args.get(1).equals(minutes(start));
    }

    /** A button about a booking (id, version: its start when the button was made). */
    private static Predicate<List<String>> booking(long id, Instant start) {
        return args -> args.equals(List.of(Long.toString(id), minutes(start)));
    }

    /** The days a calendar lets the reader press. */
    private static List<LocalDate> days(Sent calendar) {
        return calendar.buttons().stream().filter(b -> b.action().equals("bkd"))
                .map(b -> LocalDate.parse(b.args().get(1), DateTimeFormatter.BASIC_ISO_DATE)).toList();
    }

    /** The starts a times screen offers, in order. */
    private static List<Instant> times(Sent times) {
        return times.buttons().stream().filter(b -> b.action().equals("bkt")).map(b -> fromMinutes(b.args().get(1))).toList();
    }

    private static Button button(Sent on, String action, Predicate<List<String>> args) {
        return on.button(action, args).orElseThrow(() -> new AssertionError("no " + action + " button in " + on.buttons()));
    }

    // --- what is said ---

    /** A time as the client sees it: in their zone, Anna's in Athens beside it. */
    private static Msg forClient(Instant at) {
        return Msg.of("booking.when.studio", "when", new Arg.DateTime(at), "other", new Arg.TimeIn(at, ATHENS));
    }

    /** A time as Anna sees it: in Athens, Maria's in Kuala Lumpur beside it. */
    private static Msg forAnna(Instant at) {
        return Msg.of("booking.when.client", "when", new Arg.DateTime(at), "other", new Arg.TimeIn(at, KUALA_LUMPUR));
    }

    /** The questionnaire's answers block: question ids of {@code packageId}, each with its answer. */
    private static Msg answers(String packageId, Object... questionsAndAnswers) {
        List<Msg> items = new ArrayList<>();
        for (int i = 0; i < questionsAndAnswers.length; i += 2) {
            items.add(Msg.of("booking.answer", "question", Msg.of("package." + packageId + ".question." + questionsAndAnswers[i]),
                    "answer", questionsAndAnswers[i + 1]));
        }
        return Msg.of("booking.answers", "items", items);
    }

    /** A line of Maria's /mybookings. */
    private static Msg myItem(Instant start, String done) {
        return Msg.of("booking.mine.item", Map.of("package", PORTRAIT, "when", forClient(start), "photographer", "Anna", "done", done));
    }

    private String languageName(String tag) {
        return harness.bot().messages().render(tag, Msg.of("language.name"));
    }

    // --- driving the chat ---

    private static String name(long userId) {
        return userId == MARIA ? "Maria" : userId == NIKOS ? "Nikos" : "Anna";
    }

    private static String language(long userId) {
        return userId == ANNA ? "el" : "en";
    }

    private List<Sent> say(long userId, String text) {
        return harness.tell(userId, name(userId), language(userId), new Input.Text(text, 1));
    }

    private List<Sent> press(long userId, Sent on, String action, Predicate<List<String>> args) {
        return harness.press(userId, name(userId), language(userId), on, action, args);
    }

    private List<Sent> press(long userId, Sent on, String action) {
        return press(userId, on, action, BotHarness::any);
    }

    private static Sent last(List<Sent> sent) {
        return BotHarness.last(sent);
    }

    private static Sent to(long userId, List<Sent> sent) {
        return BotHarness.firstTo(userId, sent);
    }

    /** The calendar file in {@code sent}, as its one event. */
    private static VEvent calendarEvent(List<Sent> sent, long userId) {
        return calendarFile(sent, userId, "booking.file.caption").getEvents().get(0);
    }

    /** The one calendar file in {@code sent}, sent to {@code userId} with this caption. */
    private static biweekly.ICalendar calendarFile(List<Sent> sent, long userId, String caption) {
        List<Sent> files = sent.stream().filter(s -> s.reply().attachment() instanceof studiobot.chat.Reply.CalendarEntry).toList();
        assertThat(files).as("one calendar file in " + sent.stream().map(Sent::key).toList()).hasSize(1);
        Sent file = files.get(0);
        assertThat(file.to().value()).isEqualTo(userId);
        assertThat(file.key()).isEqualTo(caption);
        assertThat(file.rendered().document().mediaType()).isEqualTo("text/calendar");
        return Biweekly.parse(file.rendered().document().content()).first();
    }

    /** The pins on the map in {@code sent}. */
    private static List<studiobot.chat.Reply.Place> pins(List<Sent> sent) {
        return sent.stream().map(s -> s.reply().attachment()).filter(a -> a instanceof studiobot.chat.Reply.Place)
                .map(a -> (studiobot.chat.Reply.Place) a).toList();
    }

    /** A refused press: nothing written into any chat; the key of the notice the presser alone saw. */
    private String refusal(long presser, List<Sent> sent) {
        assertThat(sent).as("a refused press writes nothing into the chat").isEmpty();
        Sent notice = BotHarness.last(harness.noticesSaid());
        assertThat(notice.to().value()).isEqualTo(presser);
        return notice.key();
    }

    /**
     * From /book to the summary of a portrait starting at {@code start}, with its question skipped
     * (the day is {@code start}'s in Kuala Lumpur, where these clients book from).
     */
    private Sent portraitSummary(long client, Instant start) {
        Sent packages = last(say(client, "/book"));
        Sent calendar = last(press(client, packages, "book", words("portrait")));
        Sent times = last(press(client, calendar, "bkd", day(LocalDate.ofInstant(start, KUALA_LUMPUR))));
        Sent question = last(press(client, times, "bkt", at(start)));
        return last(press(client, question, "bks"));
    }

    private List<Sent> bookPortrait(long client, Instant start) {
        return press(client, portraitSummary(client, start), "bkc");
    }

    /** Anna's card of booking 1, starting at {@code start}, opened from her agenda. */
    private Sent annasCard(Instant start) {
        return last(press(ANNA, last(say(ANNA, "/agenda")), "ago", booking(1, start)));
    }

    /** Maria's card of booking 1, starting at {@code start}, opened from /mybookings. */
    private Sent mariasCard(Instant start) {
        return last(press(MARIA, last(say(MARIA, "/mybookings")), "mbo", booking(1, start)));
    }

    // --- the flow ---

    @Test
    void mariaBooksInHerOwnZoneWithTheStudiosTimeBesideAndAnnaIsAlertedInGreek() {
        Instant tuesday = kl("2026-11-24T16:00"); // 10:00 in Athens

        Sent packages = last(say(MARIA, "/book"));
        assertThat(packages.key()).isEqualTo("booking.choosePackage");
        assertThat(packages.buttons()).extracting(b -> b.label(), Button::action, Button::args).containsExactly(
                tuple(PORTRAIT, "book", List.of("portrait")),
                tuple(Msg.of("package.family.name"), "book", List.of("family")),
                tuple(Msg.of("package.wedding.name"), "book", List.of("wedding")),
                tuple(Msg.of("menu.back"), "menu", List.of()));

        Sent calendar = last(press(MARIA, packages, "book", words("portrait")));
        assertThat(calendar.rendered().editMessageId()).isEqualTo(packages.messageId());
        assertThat(calendar.key()).isEqualTo("booking.calendar");
        assertThat(calendar.arg("package")).isEqualTo(PORTRAIT);
        assertThat(calendar.arg("zone")).as("times in her zone, named, at the offset of the month shown")
                .isEqualTo(Arg.Zone.on(KUALA_LUMPUR, Instant.parse("2026-11-01T04:00:00Z")));
        List<List<Button>> sheet = calendar.reply().buttons();
        assertThat(sheet.get(0)).as("no paging back before the first month; forward to December").extracting(Button::action, Button::args)
                .containsExactly(tuple("noop", List.of()), tuple("noop", List.of()), tuple("bkm", List.of("1", "202612")));
        assertThat(sheet.get(0).get(1).label()).isEqualTo(Msg.of("booking.calendar.month", "month", new Arg.Month(YearMonth.of(2026, 11))));
        assertThat(sheet.get(1)).as("an English calendar's week starts on Sunday").extracting(b -> b.label().args().get("day")).containsExactly(
                new Arg.Weekday(DayOfWeek.SUNDAY), new Arg.Weekday(DayOfWeek.MONDAY), new Arg.Weekday(DayOfWeek.TUESDAY),
                new Arg.Weekday(DayOfWeek.WEDNESDAY), new Arg.Weekday(DayOfWeek.THURSDAY), new Arg.Weekday(DayOfWeek.FRIDAY),
                new Arg.Weekday(DayOfWeek.SATURDAY));
        // today is within the minimum notice; tomorrow (Tuesday) is Anna's working day; Sunday the 29th is not
        assertThat(days(calendar)).doesNotContain(november(23), november(29)).contains(november(24), november(25), november(28), november(30));

        Sent times = last(press(MARIA, calendar, "bkd", day(november(24))));
        assertThat(times.key()).isEqualTo("booking.times");
        assertThat(times.arg("package")).isEqualTo(PORTRAIT);
        assertThat(times.arg("day")).isEqualTo(new Arg.Day(november(24)));
        assertThat(((Arg.Zone) times.arg("zone")).zone()).isEqualTo(KUALA_LUMPUR);
        assertThat(times.arg("beside")).as("says the studio's time is beside").isEqualTo(Msg.of("booking.times.studio"));
        assertThat(times(times)).startsWith(tuesday, kl("2026-11-24T16:30")).contains(kl("2026-11-24T23:00"))
                .doesNotContain(kl("2026-11-24T23:30")); // a one-hour shoot must end by 18:00 in Athens
        Button first = button(times, "bkt", at(tuesday));
        assertThat(first.args()).containsExactly("1", minutes(tuesday), "anna");
        assertThat(first.label()).as("her time, with Anna's in Athens beside it").isEqualTo(Msg.of("booking.slot.beside",
                "time", new Arg.TimeOfDay(tuesday), "other", new Arg.TimeIn(tuesday, ATHENS)));
        assertThat(times.buttonLabel("bkt", at(tuesday))).as("the time shown on her clock")
                .contains(harness.renderLabel("en", KUALA_LUMPUR, first.label()))
                .isNotEqualTo(Optional.of(harness.renderLabel("en", ATHENS, first.label())));

        Sent question = last(press(MARIA, times, "bkt", at(tuesday)));
        assertThat(question.key()).isEqualTo("booking.question");
        assertThat(question.arg("number")).isEqualTo(1);
        assertThat(question.arg("count")).isEqualTo(1);
        assertThat(question.arg("question")).isEqualTo(Msg.of("package.portrait.question.purpose"));

        Sent summary = last(say(MARIA, "A gift for my mum <3 & dad"));
        assertThat(summary.key()).isEqualTo("booking.summary");
        assertThat(summary.arg("package")).isEqualTo(PORTRAIT);
        assertThat(summary.arg("when")).isEqualTo(forClient(tuesday));
        assertThat(summary.arg("photographer")).isEqualTo("Anna");
        assertThat(summary.arg("duration")).isEqualTo(new Arg.Length(Duration.ofHours(1)));
        assertThat(summary.arg("price")).isInstanceOfSatisfying(Arg.Money.class, money -> {
            assertThat(money.amount()).isEqualByComparingTo(new BigDecimal("150"));
            assertThat(money.currency()).isEqualTo(Currency.getInstance("EUR"));
        });
        Msg answer = answers("portrait", "purpose", Msg.verbatim("A gift for my mum <3 & dad"));
        assertThat(summary.arg("answers")).as("her words as she typed them").isEqualTo(answer);
        assertThat(summary.rendered().html()).as("her markup never reaches the chat").doesNotContain("<3 &");

        List<Sent> confirmed = press(MARIA, summary, "bkc");

        Sent toMaria = to(MARIA, confirmed);
        assertThat(toMaria.rendered().editMessageId()).as("the summary turns into the confirmation").isEqualTo(summary.messageId());
        assertThat(toMaria.key()).isEqualTo("booking.confirmed");
        assertThat(toMaria.reply().text().args()).isEqualTo(Map.of(
                "package", PORTRAIT, "photographer", "Anna", "when", forClient(tuesday), "studio", STUDIO,
                "place", Msg.of("booking.place", "place", ADDRESS)));
        assertThat(toMaria.rendered().html()).as("the address is in the confirmation").contains("📍 " + ADDRESS);
        assertThat(pins(confirmed)).as("the studio's pin, from the config").containsExactly(
                new studiobot.chat.Reply.Place(37.9762, 23.7302, STUDIO, ADDRESS));
        assertThat(confirmed.stream().filter(s -> s.reply().attachment() instanceof studiobot.chat.Reply.Place))
                .allSatisfy(s -> assertThat(s.rendered().place()).isNotNull());
        Sent alert = to(ANNA, confirmed);
        assertThat(alert.key()).isEqualTo("booking.alert.new");
        assertThat(alert.reply().kind()).isEqualTo(MessageKind.ALERT);
        assertThat(alert.reply().about()).isEqualTo(MARIA);
        assertThat(alert.arg("client")).isEqualTo("Maria");
        assertThat(alert.arg("language")).as("Maria's language, named in itself").isEqualTo(languageName("en"));
        assertThat(alert.arg("when")).as("Anna's time, Maria's beside it").isEqualTo(forAnna(tuesday));
        assertThat(alert.arg("answers")).isEqualTo(answer);
        assertThat(alert.rendered().html()).as("in Anna's Greek").isEqualTo(harness.render("el", ATHENS, alert))
                .isNotEqualTo(harness.render("en", ATHENS, alert));
        VEvent event = calendarEvent(confirmed, MARIA);
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2026-11-24T08:00:00Z"));
        assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2026-11-24T09:00:00Z"));
        assertThat(event.getUid().getValue()).isEqualTo("booking-1@studio-bot");
        assertThat(event.getLocation().getValue()).as("the studio's address").isEqualTo(ADDRESS);
        assertThat(event.getSummary().getValue()).as("titled in Maria's English").isEqualTo(
                harness.renderLabel("en", KUALA_LUMPUR, Msg.of("booking.file.title", "package", PORTRAIT, "studio", STUDIO)));
        // 24 hours before is now: only the 2-hour reminder is ahead
        assertThat(harness.bot().jobs().pending("remind:1:PT2H")).get().extracting(j -> j.dueAt()).isEqualTo(Instant.parse("2026-11-24T06:00:00Z"));
        assertThat(harness.bot().jobs().pending("remind:1:PT24H")).isEmpty();
    }

    @Test
    void theMainMenuAndEachPackageLeadStraightIntoBooking() {
        Sent menu = last(say(MARIA, "/start"));
        assertThat(menu.hasButton("book", List::isEmpty)).isTrue();
        assertThat(menu.hasButton("mine", List::isEmpty)).isTrue();

        Sent list = last(press(MARIA, menu, "packages"));
        Sent calendar = last(press(MARIA, list, "book", words("wedding")));
        assertThat(calendar.key()).isEqualTo("booking.calendar");
        assertThat(calendar.arg("package")).isEqualTo(Msg.of("package.wedding.name"));
        assertThat(calendar.rendered().editMessageId()).isEqualTo(list.messageId());

        assertThat(last(press(MARIA, menu, "mine")).key()).isEqualTo("booking.mine.none");
        assertThat(last(press(MARIA, menu, "book", List::isEmpty)).key()).isEqualTo("booking.choosePackage");
    }

    @Test
    void aClientWhoseZoneIsUnknownIsAskedOnceAboveACalendarInTheStudiosZone() {
        List<Sent> first = press(NIKOS, last(say(NIKOS, "/book")), "book", words("portrait"));

        assertThat(first).extracting(Sent::key).containsExactly("timezone.ask.once", "booking.calendar");
        assertThat(first.get(0).hasButton("setzone", words("Europe/London"))).isTrue();
        assertThat(first.get(0).hasButton("setzone", words("America/New_York"))).isTrue();
        assertThat(((Arg.Zone) first.get(1).arg("zone")).zone()).isEqualTo(ATHENS);
        assertThat(press(NIKOS, last(say(NIKOS, "/book")), "book", words("portrait"))).extracting(Sent::key).containsExactly("booking.calendar");
    }

    @Test
    void aCalendarDrawnBeforeTheZoneWasKnownIsRedrawnInPlaceInTheZoneChosen() {
        List<Sent> opened = press(NIKOS, last(say(NIKOS, "/book")), "book", words("portrait"));
        Sent calendar = opened.get(1);

        List<Sent> chosen = press(NIKOS, opened.get(0), "setzone", words("America/New_York"));

        assertThat(chosen).extracting(Sent::key).containsExactly("timezone.set", "booking.calendar");
        assertThat(chosen.get(0).rendered().editMessageId()).as("the question becomes the answer").isEqualTo(opened.get(0).messageId());
        Sent redrawn = chosen.get(1);
        assertThat(redrawn.rendered().editMessageId()).as("the calendar on screen, drawn again").isEqualTo(calendar.messageId());
        assertThat(((Arg.Zone) redrawn.arg("zone")).zone()).isEqualTo(ZoneId.of("America/New_York"));
        // 09:00 in Athens on Tuesday 24th is 02:00 in New York: the day's first times are his Tuesday still
        Sent times = last(press(NIKOS, redrawn, "bkd", day(november(24))));
        assertThat(((Arg.Zone) times.arg("zone")).zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(times.arg("beside")).isEqualTo(Msg.of("booking.times.studio"));
    }

    @Test
    void aQuestionInterruptedByTimezoneIsAskedAgain_andTheNextWordsAnswerIt() {
        Instant tuesday = athens("2026-11-24T10:00");
        List<Sent> opened = press(NIKOS, last(say(NIKOS, "/book")), "book", words("portrait"));
        Sent times = last(press(NIKOS, opened.get(1), "bkd", day(november(24))));
        assertThat(last(press(NIKOS, times, "bkt", at(tuesday))).key()).isEqualTo("booking.question");

        last(say(NIKOS, "/timezone"));
        List<Sent> set = say(NIKOS, "London");

        assertThat(set).extracting(Sent::key).containsExactly("timezone.set", "booking.question");
        Sent summary = last(say(NIKOS, "Headshots for my website"));
        assertThat(summary.key()).as("the answer went to the booking, not to the photographer").isEqualTo("booking.summary");
        assertThat(summary.arg("answers")).isEqualTo(answers("portrait", "purpose", Msg.verbatim("Headshots for my website")));
        assertThat(harness.said()).noneMatch(s -> s.to().value() == ANNA);
    }

    @Test
    void noRedrawForTheSameZoneAgain_norForAFlowLeftLongAgo() {
        List<Sent> opened = press(NIKOS, last(say(NIKOS, "/book")), "book", words("portrait"));
        assertThat(press(NIKOS, opened.get(0), "setzone", words("Europe/London"))).extracting(Sent::key)
                .containsExactly("timezone.set", "booking.calendar");
        assertThat(press(NIKOS, opened.get(0), "setzone", words("Europe/London"))).as("the same zone again")
                .extracting(Sent::key).containsExactly("timezone.set");

        clock.advance(Duration.ofDays(2)); // beyond abandonedAfter (24 hours)
        last(say(NIKOS, "/timezone"));
        assertThat(say(NIKOS, "Kuala Lumpur")).as("a calendar of two days ago stays as it is").extracting(Sent::key)
                .containsExactly("timezone.set");
    }

    @Test
    void aWeddingWhoseVenueWasSkippedNamesNoPlace_notTheStudio() {
        Sent calendar = last(press(MARIA, last(say(MARIA, "/book")), "book", words("wedding")));
        Sent times = last(press(MARIA, calendar, "bkd", day(november(25))));
        Sent question = last(press(MARIA, times, "bkt", at(kl("2026-11-25T15:00"))));
        Sent second = last(press(MARIA, question, "bks"));
        Sent third = last(press(MARIA, second, "bks"));
        Sent summary = last(press(MARIA, third, "bks"));

        List<Sent> confirmed = press(MARIA, summary, "bkc");

        assertThat(to(MARIA, confirmed).arg("place")).as("the place is still to be agreed").isEqualTo(Msg.verbatim(""));
        assertThat(calendarEvent(confirmed, MARIA).getLocation()).isNull();
        assertThat(pins(confirmed)).as("no pin of a studio the shoot is not at").isEmpty();
    }

    @Test
    void timesShownBeforeTheZoneWasKnownAreRedrawnWhenThePlaceIsTyped() {
        List<Sent> opened = press(NIKOS, last(say(NIKOS, "/book")), "book", words("portrait"));
        Sent times = last(press(NIKOS, opened.get(1), "bkd", day(november(24))));

        List<Sent> typed = say(NIKOS, "Kuala Lumpur");

        assertThat(typed).extracting(Sent::key).containsExactly("timezone.set", "booking.times");
        Sent redrawn = typed.get(1);
        assertThat(redrawn.rendered().editMessageId()).isEqualTo(times.messageId());
        assertThat(((Arg.Zone) redrawn.arg("zone")).zone()).isEqualTo(KUALA_LUMPUR);
        Instant tuesday = athens("2026-11-24T10:00");
        assertThat(button(redrawn, "bkt", at(tuesday)).label()).as("his time now, the studio's beside")
                .isEqualTo(Msg.of("booking.slot.beside", "time", new Arg.TimeOfDay(tuesday), "other", new Arg.TimeIn(tuesday, ATHENS)));
    }

    @Test
    void aWeddingAsksItsQuestionnaireInOrderAndTheAnswersReachThePhotographer() {
        Sent calendar = last(press(MARIA, last(say(MARIA, "/book")), "book", words("wedding")));
        Sent times = last(press(MARIA, calendar, "bkd", day(november(25))));
        // 8 hours in Anna's 09:00-18:00 Wednesday: starts up to 10:00 Athens, 16:00 in Kuala Lumpur
        assertThat(times(times)).containsExactly(kl("2026-11-25T15:00"), kl("2026-11-25T15:30"), kl("2026-11-25T16:00"));
        assertThat(times.buttons()).extracting(Button::action).containsExactly("bkt", "bkt", "bkt", "bkb", "bkx");

        assertQuestion(last(press(MARIA, times, "bkt", at(kl("2026-11-25T15:00")))), 1, 3, "wedding", "venue");
        assertQuestion(last(say(MARIA, "Chapel of St. George, Athens")), 2, 3, "wedding", "timeline");
        assertQuestion(last(say(MARIA, "   ")), 2, 3, "wedding", "timeline"); // a blank answer asks again
        Sent third = last(say(MARIA, "Ceremony at 12:00, dinner at 18:00"));
        assertQuestion(third, 3, 3, "wedding", "shots");
        Sent summary = last(press(MARIA, third, "bks"));
        Msg answers = answers("wedding",
                "venue", Msg.verbatim("Chapel of St. George, Athens"),
                "timeline", Msg.verbatim("Ceremony at 12:00, dinner at 18:00"),
                "shots", Msg.of("booking.answer.skipped"));
        assertThat(summary.key()).isEqualTo("booking.summary");
        assertThat(summary.arg("answers")).isEqualTo(answers);

        List<Sent> confirmed = press(MARIA, summary, "bkc");
        Sent alert = to(ANNA, confirmed);
        assertThat(alert.key()).isEqualTo("booking.alert.new");
        assertThat(alert.arg("answers")).isEqualTo(answers);
        // the venue she gave (a place question) is where the shoot is: in the confirmation and the calendar, no studio pin
        assertThat(to(MARIA, confirmed).arg("place")).isEqualTo(Msg.of("booking.place", "place", "Chapel of St. George, Athens"));
        assertThat(calendarEvent(confirmed, MARIA).getLocation().getValue()).isEqualTo("Chapel of St. George, Athens");
        assertThat(pins(confirmed)).isEmpty();
    }

    private static void assertQuestion(Sent question, int number, int count, String packageId, String questionId) {
        assertThat(question.key()).isEqualTo("booking.question");
        assertThat(question.arg("number")).isEqualTo(number);
        assertThat(question.arg("count")).isEqualTo(count);
        assertThat(question.arg("package")).isEqualTo(Msg.of("package." + packageId + ".name"));
        assertThat(question.arg("question")).isEqualTo(Msg.of("package." + packageId + ".question." + questionId));
    }

    @Test
    void backAndCancelWorkAtEveryStepAndAnOldButtonIsThenRefused() {
        Sent packages = last(say(MARIA, "/book"));
        Sent calendar = last(press(MARIA, packages, "book", words("portrait")));
        Sent backToPackages = last(press(MARIA, calendar, "bkb"));
        assertThat(backToPackages.key()).isEqualTo("booking.choosePackage");
        assertThat(backToPackages.hasButton("book", words("portrait"))).isTrue();
        assertThat(backToPackages.hasButton("book", words("wedding"))).isTrue();

        calendar = last(press(MARIA, packages, "book", words("portrait")));
        Sent times = last(press(MARIA, calendar, "bkd", day(november(24))));
        Sent backToCalendar = last(press(MARIA, times, "bkb"));
        assertThat(backToCalendar.key()).isEqualTo("booking.calendar");
        assertThat(backToCalendar.reply().buttons().get(0).get(1).label().args()).containsEntry("month", new Arg.Month(YearMonth.of(2026, 11)));
        assertThat(days(backToCalendar)).contains(november(24));

        times = last(press(MARIA, backToCalendar, "bkd", day(november(25))));
        Sent question = last(press(MARIA, times, "bkt", at(kl("2026-11-25T16:00"))));
        Sent backToTimes = last(press(MARIA, question, "bkb"));
        assertThat(backToTimes.key()).isEqualTo("booking.times");
        assertThat(backToTimes.arg("day")).isEqualTo(new Arg.Day(november(25)));
        question = last(press(MARIA, backToTimes, "bkt", at(kl("2026-11-25T17:00"))));
        Sent summary = last(press(MARIA, question, "bks"));
        assertThat(summary.arg("when")).isEqualTo(forClient(kl("2026-11-25T17:00")));
        Sent questionAgain = last(press(MARIA, summary, "bkb"));
        assertQuestion(questionAgain, 1, 1, "portrait", "purpose");

        List<Sent> cancelled = press(MARIA, questionAgain, "bkx");
        assertThat(last(cancelled).key()).isEqualTo("booking.flow.cancelled");
        assertThat(press(MARIA, summary, "bkc")).as("a button of the ended flow writes nothing into the chat").isEmpty();
        assertThat(last(harness.noticesSaid()).key()).isEqualTo("booking.flow.gone");
        assertThat(harness.said()).noneMatch(s -> s.to().value() == ANNA);
        assertThat(last(say(MARIA, "/mybookings")).key()).isEqualTo("booking.mine.none");
    }

    @Test
    void theFlowSurvivesARestart() {
        Instant thursday = kl("2026-11-26T16:00");
        Sent calendar = last(press(MARIA, last(say(MARIA, "/book")), "book", words("family")));
        Sent times = last(press(MARIA, calendar, "bkd", day(november(26))));

        restart();

        assertQuestion(last(press(MARIA, times, "bkt", at(thursday))), 1, 2, "family", "people");
        restart();
        Sent dateQuestion = last(say(MARIA, "Two adults, a boy (6) and our dog"));
        assertThat(dateQuestion.arg("number")).isEqualTo(2);
        assertThat(((Msg) dateQuestion.arg("question")).key()).as("a date, with an example").isEqualTo("booking.question.asDate");
        assertThat(dateQuestion.rendered().html()).contains("February 12, 2027");
        Sent again = last(say(MARIA, "his birthday, in spring"));
        assertThat(((Msg) again.arg("question")).key()).isEqualTo("booking.question.unclearDate");
        restart();
        Sent summary = last(say(MARIA, "March 12, 2019"));
        assertThat(summary.key()).isEqualTo("booking.summary");
        assertThat(summary.arg("package")).isEqualTo(Msg.of("package.family.name"));
        assertThat(summary.arg("when")).isEqualTo(forClient(thursday));
        assertThat(summary.arg("duration")).isEqualTo(new Arg.Length(Duration.ofHours(2)));
        assertThat(summary.arg("answers")).isEqualTo(answers("family", "people", Msg.verbatim("Two adults, a boy (6) and our dog"),
                "date", Msg.of("booking.answer.date", "date", new Arg.Date(java.time.LocalDate.of(2019, 3, 12)))));
        assertThat(summary.rendered().html()).contains("March 12, 2019");
    }

    @Test
    void twoClientsConfirmingTheSameSlotAtTheSameMomentOneWinsAndTheOtherSeesFreshTimes() throws Exception {
        harness.bot().people().seen(NIKOS, "Nikos", "en", clock.instant());
        harness.bot().people().setZone(NIKOS, KUALA_LUMPUR);
        Instant tuesday = kl("2026-11-24T16:00");
        Sent mariasSummary = portraitSummary(MARIA, tuesday);
        Sent nikossSummary = portraitSummary(NIKOS, tuesday);

        List<Sent> outcome = lanes.race(() -> harness.acceptSaid(
                harness.update(MARIA, "Maria", "en", BotHarness.press(mariasSummary.buttonData("bkc", BotHarness::any).orElseThrow(), mariasSummary.messageId())),
                harness.update(NIKOS, "Nikos", "en", BotHarness.press(nikossSummary.buttonData("bkc", BotHarness::any).orElseThrow(), nikossSummary.messageId()))));
        List<Sent> all = new ArrayList<>(outcome);
        all.addAll(harness.flushSaid());

        List<Sent> booked = all.stream().filter(s -> "booking.confirmed".equals(s.key())).toList();
        List<Sent> refused = all.stream().filter(s -> "booking.taken".equals(s.key())).toList();
        assertThat(booked).hasSize(1);
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).to()).isNotEqualTo(booked.get(0).to());
        assertThat(refused.get(0).arg("day")).isEqualTo(new Arg.Day(november(24)));
        // the loser is shown what is still free that day: not the taken hour, nor the buffer after it
        assertThat(times(refused.get(0))).doesNotContain(tuesday, kl("2026-11-24T16:30"), kl("2026-11-24T17:00"))
                .contains(kl("2026-11-24T17:30"));
        assertThat(all.stream().filter(s -> s.to().value() == ANNA)).hasSize(1);
    }

    // --- reminders ---

    @Test
    void remindersComeAtEachOffsetAcrossARestartAndOnlyTheUrgentOneIgnoresQuietHours() {
        // Thursday 26 November, 17:00 in Athens: 23:00 in Kuala Lumpur
        Instant shoot = kl("2026-11-26T23:00");
        bookPortrait(MARIA, shoot);
        assertThat(harness.bot().jobs().pending("remind:1:PT24H")).get().extracting(j -> j.dueAt()).isEqualTo(Instant.parse("2026-11-25T15:00:00Z"));
        assertThat(harness.bot().jobs().pending("remind:1:PT2H")).get().extracting(j -> j.dueAt()).isEqualTo(Instant.parse("2026-11-26T13:00:00Z"));

        harness.close();
        clock.set(Instant.parse("2026-11-25T15:00:00Z")); // 24 hours before: 23:00 for Maria, in her quiet hours
        harness = new BotHarness(data, TestTexts.messages(), clock, lanes);
        harness.bot().jobRunning().drain();
        assertThat(harness.flushSaid()).isEmpty();
        assertThat(harness.bot().jobs().pending("remind:1:PT24H")).as("waits for her 09:00")
                .get().extracting(j -> j.dueAt()).isEqualTo(Instant.parse("2026-11-26T01:00:00Z"));

        clock.set(Instant.parse("2026-11-26T01:00:00Z")); // 09:00 in Kuala Lumpur: quiet hours are over
        harness.bot().jobRunning().drain();
        assertThat(harness.flushSaid()).singleElement().satisfies(morning -> assertReminder(morning, shoot));

        clock.set(Instant.parse("2026-11-26T13:00:00Z")); // 2 hours before: 21:00 for Maria, quiet, but urgent
        harness.bot().jobRunning().drain();
        assertThat(harness.flushSaid()).singleElement().satisfies(urgent -> assertReminder(urgent, shoot));
        harness.bot().jobRunning().drain();
        assertThat(harness.flushSaid()).isEmpty();
    }

    private static void assertReminder(Sent reminder, Instant shoot) {
        assertThat(reminder.to().value()).isEqualTo(MARIA);
        assertThat(reminder.key()).isEqualTo("booking.reminder");
        assertThat(reminder.reply().kind()).isEqualTo(MessageKind.REMINDER);
        assertThat(reminder.reply().text().args()).isEqualTo(Map.of(
                "package", PORTRAIT, "when", new Arg.DateTime(shoot), "photographer", "Anna", "studio", STUDIO));
    }

    @Test
    void reschedulingMovesTheRemindersAndAlertsThePhotographerWithTheClientsChangeCount() {
        Instant thursday = kl("2026-11-26T16:00");
        Instant friday = kl("2026-11-27T18:00"); // 12:00 in Athens
        bookPortrait(MARIA, thursday);
        assertThat(harness.bot().jobs().pending("remind:1:PT24H")).get().extracting(j -> j.dueAt()).isEqualTo(Instant.parse("2026-11-25T08:00:00Z"));

        Sent mine = last(say(MARIA, "/mybookings"));
        assertThat(mine.key()).isEqualTo("booking.mine");
        assertThat(mine.arg("upcoming")).isEqualTo(Msg.of("booking.mine.upcoming", "items", List.of(myItem(thursday, "no"))));
        assertThat(button(mine, "mbo", booking(1, thursday)).label())
                .isEqualTo(Msg.of("booking.mine.open", "package", PORTRAIT, "day", new Arg.Day(november(26))));
        Sent card = last(press(MARIA, mine, "mbo", booking(1, thursday)));
        Sent calendar = last(press(MARIA, card, "mbr", booking(1, thursday)));
        assertThat(calendar.key()).isEqualTo("booking.calendar.move");
        assertThat(calendar.arg("from")).isEqualTo(new Arg.DateTime(thursday));
        Sent times = last(press(MARIA, calendar, "bkd", day(november(27))));
        Sent summary = last(press(MARIA, times, "bkt", at(friday)));
        assertThat(summary.key()).as("a move asks no questions").isEqualTo("booking.summary.move");
        assertThat(summary.arg("from")).isEqualTo(new Arg.DateTime(thursday));
        assertThat(summary.arg("when")).isEqualTo(forClient(friday));

        List<Sent> moved = press(MARIA, summary, "bkc");

        Sent toMaria = to(MARIA, moved);
        assertThat(toMaria.key()).isEqualTo("booking.moved");
        assertThat(toMaria.arg("when")).isEqualTo(forClient(friday));
        VEvent event = calendarEvent(moved, MARIA);
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2026-11-27T10:00:00Z"));
        assertThat(event.getSequence().getValue()).isEqualTo(1);
        Sent alert = to(ANNA, moved);
        assertThat(alert.key()).isEqualTo("booking.alert.moved");
        assertThat(alert.arg("client")).isEqualTo("Maria");
        assertThat(alert.arg("from")).isEqualTo(forAnna(thursday));
        assertThat(alert.arg("when")).isEqualTo(forAnna(friday));
        assertThat(alert.arg("changes")).as("her first change").isEqualTo(1);
        assertThat(alert.rendered().html()).as("in Anna's Greek").isEqualTo(harness.render("el", ATHENS, alert));
        assertThat(harness.bot().jobs().pending("remind:1:PT24H")).get().extracting(j -> j.dueAt()).isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));

        Sent mineAgain = last(say(MARIA, "/mybookings"));
        assertThat(mineAgain.arg("upcoming")).isEqualTo(Msg.of("booking.mine.upcoming", "items", List.of(myItem(friday, "no"))));
        Sent cardAgain = last(press(MARIA, mineAgain, "mbo", booking(1, friday)));
        Sent sure = last(press(MARIA, cardAgain, "mbx", booking(1, friday)));
        assertThat(sure.key()).isEqualTo("booking.cancel.sure");
        assertThat(sure.arg("when")).isEqualTo(forClient(friday));
        List<Sent> cancelled = press(MARIA, sure, "mbxy", booking(1, friday));
        assertThat(to(MARIA, cancelled).key()).isEqualTo("booking.cancelled");
        biweekly.ICalendar drop = calendarFile(cancelled, MARIA, "booking.file.cancelled");
        assertThat(drop.getMethod().isCancel()).as("her calendar app drops the entry").isTrue();
        assertThat(drop.getEvents().get(0).getStatus().isCancelled()).isTrue();
        assertThat(drop.getEvents().get(0).getUid().getValue()).isEqualTo(event.getUid().getValue());
        assertThat(drop.getEvents().get(0).getSequence().getValue()).as("after the move's 1").isEqualTo(2);
        Sent cancelledAlert = to(ANNA, cancelled);
        assertThat(cancelledAlert.key()).isEqualTo("booking.alert.cancelled");
        assertThat(cancelledAlert.arg("changes")).as("2 changes so far").isEqualTo(2);
        assertThat(harness.bot().jobs().pending("remind:1:PT24H")).isEmpty();
        assertThat(harness.bot().jobs().pending("remind:1:PT2H")).isEmpty();
    }

    @Test
    void closerThanTheCutoffTheClientIsToldPolitelyHowToReachThePhotographer() {
        Instant tuesday = kl("2026-11-24T16:00"); // 24 hours ahead; the cutoff is 48
        bookPortrait(MARIA, tuesday);

        Sent card = mariasCard(tuesday);
        Sent refusal = last(press(MARIA, card, "mbr", booking(1, tuesday)));

        assertThat(refusal.key()).isEqualTo("booking.tooLate");
        assertThat(refusal.reply().text().args()).isEqualTo(Map.of("cutoff", new Arg.Length(Duration.ofHours(48)), "photographer", "Anna"));
        assertThat(refusal.hasButton("ask", BotHarness::any)).isTrue();
        assertThat(last(press(MARIA, card, "mbx", booking(1, tuesday))).key()).isEqualTo("booking.tooLate");
        assertThat(harness.bot().jobs().pending("remind:1:PT2H")).isPresent();
    }

    // --- the photographer ---

    @Test
    void theAgendaShowsTheWeekInAnnasZoneWithEachClientsLanguageAndLocalTime() {
        Instant tuesday = athens("2026-11-24T10:00");
        bookPortrait(MARIA, tuesday);

        Sent agenda = last(say(ANNA, "/agenda"));

        assertThat(agenda.key()).isEqualTo("agenda");
        assertThat(agenda.arg("zone")).isEqualTo(new Arg.Zone(ATHENS));
        assertThat(agenda.arg("days")).isEqualTo(List.of(Msg.of("agenda.day", "day", new Arg.Day(november(24)), "items", List.of(
                Msg.of("agenda.item", Map.of(
                        "time", new Arg.TimeOfDay(tuesday),
                        "client", "Maria",
                        "package", PORTRAIT,
                        "language", languageName("en"),
                        "clientTime", new Arg.TimeIn(tuesday, KUALA_LUMPUR),
                        "photographer", "none",
                        "done", "no"))))));
        assertThat(agenda.rendered().html()).as("in Greek, at Athens' times").isEqualTo(harness.render("el", ATHENS, agenda));
        assertThat(button(agenda, "ago", booking(1, tuesday)).label())
                .isEqualTo(Msg.of("agenda.open", "when", new Arg.Relative(tuesday), "client", "Maria"));
        Sent card = last(press(ANNA, agenda, "ago", booking(1, tuesday)));
        assertThat(card.key()).isEqualTo("agenda.card");
        assertThat(card.arg("when")).isEqualTo(forAnna(tuesday));
        assertThat(card.hasButton("agm", booking(1, tuesday))).isTrue();
        assertThat(last(say(MARIA, "/agenda")).key()).isEqualTo("command.notAllowed");
    }

    @Test
    void annaMarksAShootDoneOnlyOnceItHasStarted() {
        Instant tuesday = athens("2026-11-24T10:00");
        bookPortrait(MARIA, tuesday);
        assertThat(annasCard(tuesday).hasButton("agd", BotHarness::any)).isFalse();

        clock.set(Instant.parse("2026-11-24T09:00:00Z")); // 11:00 in Athens: the shoot is under way
        Sent card = annasCard(tuesday);
        Sent marked = last(press(ANNA, card, "agd", booking(1, tuesday)));

        assertThat(marked.key()).isEqualTo("agenda.markedDone");
        assertThat(marked.arg("client")).isEqualTo("Maria");
        Sent mine = last(say(MARIA, "/mybookings"));
        assertThat(mine.arg("past")).isEqualTo(Msg.of("booking.mine.past", "items", List.of(myItem(tuesday, "yes"))));
    }

    @Test
    void annaCancelsOnTheClientsBehalfAndMariaIsToldInHerLanguage() {
        Instant thursday = kl("2026-11-26T16:00");
        bookPortrait(MARIA, thursday);
        Sent sure = last(press(ANNA, annasCard(thursday), "agx", booking(1, thursday)));
        assertThat(sure.key()).isEqualTo("agenda.cancel.sure");
        List<Sent> cancelled = press(ANNA, sure, "agxy", booking(1, thursday));

        assertThat(to(ANNA, cancelled).key()).isEqualTo("agenda.cancelled");
        Sent toMaria = to(MARIA, cancelled);
        assertThat(toMaria.key()).isEqualTo("booking.cancelled.byStudio");
        assertThat(toMaria.reply().text().args()).isEqualTo(Map.of("package", PORTRAIT, "when", forClient(thursday), "photographer", "Anna"));
        assertThat(toMaria.rendered().html()).as("in her English, at her time").isEqualTo(harness.render("en", KUALA_LUMPUR, toMaria))
                .isNotEqualTo(harness.render("el", KUALA_LUMPUR, toMaria));
        biweekly.ICalendar drop = calendarFile(cancelled, MARIA, "booking.file.cancelled");
        assertThat(drop.getMethod().isCancel()).isTrue();
        assertThat(drop.getEvents().get(0).getUid().getValue()).isEqualTo("booking-1@studio-bot");
        assertThat(harness.bot().jobs().pending("remind:1:PT24H")).isEmpty();
        assertThat(last(say(MARIA, "/mybookings")).key()).isEqualTo("booking.mine.none");
    }

    @Test
    void annaMovesABookingAndMariaGetsTheNewTimeInHerZoneWithANewCalendarFile() {
        Instant thursday = kl("2026-11-26T16:00");
        Instant friday = athens("2026-11-27T14:00"); // 20:00 in Kuala Lumpur
        bookPortrait(MARIA, thursday);
        Sent calendar = last(press(ANNA, annasCard(thursday), "agm", booking(1, thursday)));
        assertThat(calendar.key()).isEqualTo("booking.calendar.move");
        assertThat(((Arg.Zone) calendar.arg("zone")).zone()).isEqualTo(ATHENS);
        assertThat(calendar.reply().buttons().get(1).get(0).label().args()).as("a Greek calendar's week starts on Monday")
                .containsEntry("day", new Arg.Weekday(DayOfWeek.MONDAY));
        Sent times = last(press(ANNA, calendar, "bkd", day(november(27))));
        // Anna sees her own times, with Maria's beside them
        assertThat(times.arg("beside")).isEqualTo(Msg.of("booking.times.client"));
        assertThat(button(times, "bkt", at(friday)).label()).isEqualTo(Msg.of("booking.slot.beside",
                "time", new Arg.TimeOfDay(friday), "other", new Arg.TimeIn(friday, KUALA_LUMPUR)));
        Sent summary = last(press(ANNA, times, "bkt", at(friday)));
        assertThat(summary.key()).isEqualTo("booking.summary.move");
        assertThat(summary.arg("when")).isEqualTo(forAnna(friday));
        List<Sent> moved = press(ANNA, summary, "bkc");

        assertThat(to(ANNA, moved).key()).isEqualTo("agenda.moved");
        Sent toMaria = to(MARIA, moved);
        assertThat(toMaria.key()).isEqualTo("booking.moved.byStudio");
        assertThat(toMaria.arg("when")).as("her time, Anna's beside it").isEqualTo(forClient(friday));
        assertThat(toMaria.rendered().html()).as("at her time in Kuala Lumpur").isEqualTo(harness.render("en", KUALA_LUMPUR, toMaria))
                .isNotEqualTo(harness.render("en", ATHENS, toMaria));
        assertThat(moved.stream().filter(s -> s.to().value() == MARIA && s.reply().attachment() != null)).hasSize(1);
        assertThat(calendarEvent(moved, MARIA).getDateStart().getValue().toInstant()).isEqualTo(friday);
        assertThat(harness.bot().jobs().pending("remind:1:PT24H")).get().extracting(j -> j.dueAt()).isEqualTo(Instant.parse("2026-11-26T12:00:00Z"));
    }

    // --- who may press what ---

    @Test
    void aButtonPressedByAnotherPersonOrForgedOrStaleChangesNothing() {
        Instant thursday = kl("2026-11-26T16:00");
        harness.bot().people().seen(NIKOS, "Nikos", "en", clock.instant());
        bookPortrait(MARIA, thursday);
        Sent sure = last(press(MARIA, mariasCard(thursday), "mbx", booking(1, thursday)));
        String yes = sure.buttonData("mbxy", BotHarness::any).orElseThrow();

        // Nikos replays Maria's button: its signature is Maria's
        assertThat(refusal(NIKOS, harness.tell(NIKOS, "Nikos", "en", BotHarness.press(yes, 1)))).isEqualTo("button.stale");
        // a modified client changes the booking id in the data: the signature no longer matches
        String forged = yes.replace("mbxy:1:", "mbxy:2:");
        assertThat(forged).isNotEqualTo(yes);
        assertThat(refusal(MARIA, harness.tell(MARIA, "Maria", "en", BotHarness.press(forged, 1)))).isEqualTo("button.stale");
        // a correctly signed button for a booking that is not his (as if the key had leaked)
        assertThat(refusal(NIKOS, harness.tell(NIKOS, "Nikos", "en", BotHarness.press(signed(NIKOS, "mbxy", "1", minutes(thursday)), 1))))
                .isEqualTo("booking.unavailable");
        // a client cannot use a photographer's action at all
        assertThat(refusal(MARIA, harness.tell(MARIA, "Maria", "en", BotHarness.press(signed(MARIA, "agxy", "1", minutes(thursday)), 1))))
                .isEqualTo("button.stale");
        assertThat(harness.said()).filteredOn(s -> s.to().value() == ANNA).extracting(Sent::key)
                .containsExactly("booking.alert.new");
        assertThat(harness.bot().jobs().pending("remind:1:PT24H")).isPresent();

        press(MARIA, sure, "mbxy", booking(1, thursday));
        // pressing it again, now that the booking is cancelled
        assertThat(refusal(MARIA, press(MARIA, sure, "mbxy", booking(1, thursday)))).isEqualTo("booking.unavailable");
        assertThat(harness.said()).filteredOn(s -> s.to().value() == ANNA).extracting(Sent::key)
                .containsExactly("booking.alert.new", "booking.alert.cancelled");
    }

    @Test
    void aCancelPromptFromBeforeAMoveChangesNothing() {
        Instant thursday = kl("2026-11-26T16:00");
        bookPortrait(MARIA, thursday);
        Sent annasPrompt = last(press(ANNA, annasCard(thursday), "agx", booking(1, thursday)));

        // meanwhile Maria moves the booking to Friday
        Sent calendar = last(press(MARIA, mariasCard(thursday), "mbr", booking(1, thursday)));
        Sent times = last(press(MARIA, calendar, "bkd", day(november(27))));
        Sent summary = last(press(MARIA, times, "bkt", at(kl("2026-11-27T18:00"))));
        assertThat(press(MARIA, summary, "bkc")).extracting(Sent::key).contains("booking.moved");

        List<Sent> late = press(ANNA, annasPrompt, "agxy", booking(1, thursday));

        assertThat(refusal(ANNA, late)).isEqualTo("booking.unavailable");
        assertThat(BotHarness.last(harness.noticesSaid()).rendered().html()).as("told in her Greek")
                .isEqualTo(harness.renderLabel("el", ATHENS, Msg.of("booking.unavailable")))
                .isNotEqualTo(harness.renderLabel("en", ATHENS, Msg.of("booking.unavailable")));
        assertThat(harness.bot().jobs().pending("remind:1:PT24H")).isPresent();
    }

    @Test
    void aReminderWaitingOutTheNightIsNotSentForABookingCancelledMeanwhile() {
        Instant shoot = kl("2026-11-26T23:00"); // 17:00 in Athens
        bookPortrait(MARIA, shoot);
        clock.set(Instant.parse("2026-11-25T15:00:00Z")); // 23:00 for Maria: the 24-hour reminder waits for her morning
        harness.bot().jobRunning().drain();
        assertThat(harness.flushSaid()).isEmpty();

        Sent sure = last(press(ANNA, annasCard(shoot), "agx", booking(1, shoot)));
        List<Sent> cancelled = press(ANNA, sure, "agxy", booking(1, shoot));
        // within a day of the shoot, the cancellation reaches Maria at once, quiet hours or not
        assertThat(to(MARIA, cancelled).key()).isEqualTo("booking.cancelled.byStudio");

        clock.set(Instant.parse("2026-11-26T01:00:00Z"));
        harness.bot().jobRunning().drain();
        assertThat(harness.flushSaid()).isEmpty();
    }

    @Test
    void choosingAZoneWhileAQuestionIsOpenKeepsTheAnswerForTheBooking() {
        Instant tuesday = athens("2026-11-24T10:00");
        List<Sent> opened = press(NIKOS, last(say(NIKOS, "/book")), "book", words("portrait"));
        Sent zoneQuestion = opened.get(0);
        Sent times = last(press(NIKOS, opened.get(1), "bkd", day(november(24))));
        assertThat(button(times, "bkt", at(tuesday)).label()).as("in the studio's zone, nothing to show beside")
                .isEqualTo(Msg.of("booking.slot", "time", new Arg.TimeOfDay(tuesday)));
        Sent question = last(press(NIKOS, times, "bkt", at(tuesday)));
        assertThat(question.key()).isEqualTo("booking.question");

        assertThat(press(NIKOS, zoneQuestion, "setzone", words("Europe/London"))).as("a question shows no time: nothing redrawn")
                .extracting(Sent::key).containsExactly("timezone.set");
        Sent summary = last(say(NIKOS, "Headshots for my website"));

        assertThat(summary.key()).isEqualTo("booking.summary");
        assertThat(summary.arg("answers")).isEqualTo(answers("portrait", "purpose", Msg.verbatim("Headshots for my website")));
        assertThat(summary.arg("when")).as("now in London, Athens beside").isEqualTo(forClient(tuesday));
        assertThat(harness.said()).noneMatch(s -> s.to().value() == ANNA);
    }

    /** Callback data as the bot would sign it for this person, with the bot's own key. */
    private String signed(long userId, String action, String... args) {
        try (Database db = Database.open(data)) {
            return new Callbacks(new SqliteSecrets(db).callbackKey()).encode(userId, action, List.of(args));
        }
    }

    /** Lanes that run at once, or (in a race) on two threads released together. */
    private static final class Lanes implements ChatLanes {
        private ExecutorService pool;
        private CountDownLatch gate;

        @Override
        public synchronized void submit(ChatId chat, Runnable task) {
            if (pool == null) {
                task.run();
                return;
            }
            CountDownLatch start = gate;
            pool.submit(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                task.run();
            });
        }

        <T> List<T> race(Supplier<List<T>> accept) throws InterruptedException {
            synchronized (this) {
                pool = Executors.newFixedThreadPool(2);
                gate = new CountDownLatch(1);
            }
            List<T> early = accept.get();
            ExecutorService running;
            synchronized (this) {
                running = pool;
                pool = null;
            }
            gate.countDown();
            running.shutdown();
            assertThat(running.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            return early;
        }
    }

    @Test
    void theOffsetBesideTheZoneIsTheOneOnTheDayShown_acrossTheChangeToSummerTime() {
        harness.close();
        harness = new BotHarness(studiobot.testing.TestConfigs.demo(yaml -> yaml.replace("horizon: P60D", "horizon: P150D")), data,
                TestTexts.messages(), clock, ChatLanes.DIRECT);
        harness.bot().people().seen(MARIA, "Maria", "en", clock.instant());
        harness.bot().people().setZone(MARIA, ATHENS);
        Sent calendar = last(harness.press(MARIA, "Maria", "en", last(harness.tell(MARIA, "Maria", "en", new Input.Text("/book", 1))),
                "book", args -> args.get(0).equals("portrait")));
        for (String month : List.of("202612", "202701", "202702", "202703")) {
            calendar = last(harness.press(MARIA, "Maria", "en", calendar, "bkm", args -> args.get(1).equals(month)));
        }
        // Athens moves to summer time on Sunday 28 March 2027: Monday 29 March is UTC+03:00, today UTC+02:00
        Sent times = last(harness.press(MARIA, "Maria", "en", calendar, "bkd", args -> args.get(args.size() - 1).equals("20270329")));

        assertThat(times.rendered().html()).contains("UTC+03:00").doesNotContain("UTC+02:00");
    }
}
