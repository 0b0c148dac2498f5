package studiobot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studiobot.chat.Callbacks;
import studiobot.chat.ChatId;
import studiobot.chat.Input;
import studiobot.chat.Outbound;
import studiobot.delivery.ChatLanes;
import studiobot.store.Database;
import studiobot.store.SqliteSecrets;
import studiobot.testing.BotHarness;
import studiobot.testing.TestClock;
import studiobot.testing.TestTexts;

/**
 * Booking a shoot from the client's chat, and what follows: the photographer's alert, reminders,
 * rescheduling and cancelling, the photographer's agenda. The demo studio: Anna shoots in Athens;
 * Maria books from Kuala Lumpur, six hours ahead of Athens in November.
 */
class BookingConversationTest {
    private static final long MARIA = 7001;
    private static final long NIKOS = 7002;
    private static final long ANNA = 2001;
    private static final ZoneId KUALA_LUMPUR = ZoneId.of("Asia/Kuala_Lumpur");
    private static final long ON_MESSAGE = 42;

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

    // --- driving the chat ---

    private List<Outbound> say(long userId, String text) {
        return harness.say(userId, name(userId), language(userId), new Input.Text(text, 1));
    }

    private List<Outbound> press(long userId, Outbound on, String label) {
        return harness.say(userId, name(userId), language(userId), new Input.Press(key(on, label).data(), ON_MESSAGE));
    }

    private static Outbound.Key key(Outbound on, String label) {
        return on.keyboard().stream().flatMap(List::stream)
                .filter(k -> plain(k.label()).equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + label + "' in " + labels(on)));
    }

    private static List<String> labels(Outbound on) {
        return on.keyboard().stream().flatMap(List::stream).map(k -> plain(k.label())).toList();
    }

    private static String name(long userId) {
        return userId == MARIA ? "Maria" : userId == NIKOS ? "Nikos" : "Anna";
    }

    private static String language(long userId) {
        return userId == ANNA ? "el" : "en";
    }

    private static String plain(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    private static Outbound to(long userId, List<Outbound> sent) {
        return sent.stream().filter(o -> o.chat().value() == userId).findFirst()
                .orElseThrow(() -> new AssertionError("nothing for " + userId + " in " + sent));
    }

    private static Outbound last(List<Outbound> sent) {
        return sent.get(sent.size() - 1);
    }

    /** A refused press: nothing written into any chat, and the notice the presser alone saw. */
    private String refusal(List<Outbound> sent) {
        assertThat(sent).as("a refused press writes nothing into the chat").isEmpty();
        List<Outbound> notices = harness.notices();
        return notices.get(notices.size() - 1).html();
    }

    /** From /book to the summary of a portrait on the given day at the given time (as the client sees it). */
    private Outbound portraitSummary(long client, String day, String time) {
        Outbound packages = last(say(client, "/book"));
        Outbound calendar = last(press(client, packages, "Portrait session"));
        Outbound times = last(press(client, calendar, day));
        Outbound question = last(press(client, times, time));
        return last(press(client, question, "Skip this question"));
    }

    private List<Outbound> bookPortrait(long client, String day, String time) {
        return press(client, portraitSummary(client, day, time), "✅ Confirm the booking");
    }

    // --- the flow ---

    @Test
    void mariaBooksInHerOwnZoneWithTheStudiosTimeBesideAndAnnaIsAlertedInGreek() {
        Outbound packages = last(say(MARIA, "/book"));
        assertThat(packages.html()).isEqualTo("Which shoot would you like to book?");
        assertThat(labels(packages)).containsExactly("Portrait session", "Family session", "Wedding day", "⬅️ Main menu");

        Outbound calendar = last(press(MARIA, packages, "Portrait session"));
        assertThat(calendar.editMessageId()).isEqualTo(ON_MESSAGE);
        assertThat(plain(calendar.html())).contains("Times are in your time zone, Kuala Lumpur (UTC+08:00)");
        assertThat(labels(calendar).subList(0, 10))
                .containsExactly("\u2800", "November 2026", "›", "Su", "Mo", "Tu", "We", "Th", "Fr", "Sa");
        // today is within the minimum notice; tomorrow (Tuesday) is Anna's working day; Sunday the 29th is not
        assertThat(labels(calendar)).doesNotContain("23", "29").contains("24", "25", "28", "30");

        Outbound times = last(press(MARIA, calendar, "24"));
        assertThat(plain(times.html())).startsWith("<b>Portrait session</b> on Tuesday, November 24: choose a time.")
                .contains("The studio's own time is in brackets.");
        assertThat(labels(times)).startsWith("4:00 PM (10:00 AM)", "4:30 PM (10:30 AM)").contains("11:00 PM (5:00 PM)")
                .doesNotContain("11:30 PM (5:30 PM)"); // a one-hour shoot must end by 18:00 in Athens

        Outbound question = last(press(MARIA, times, "4:00 PM (10:00 AM)"));
        assertThat(question.html()).contains("question 1 of 1").contains("What are the photos for");

        Outbound summary = last(say(MARIA, "A gift for my mum <3 & dad"));
        assertThat(plain(summary.html()))
                .contains("🗓 Tuesday, November 24, 2026 at 4:00 PM (10:00 AM studio time)")
                .contains("📷 Anna").contains("⏱ 1 hour").contains("💶 €150.00")
                .endsWith("A gift for my mum &lt;3 &amp; dad");

        List<Outbound> confirmed = press(MARIA, summary, "✅ Confirm the booking");

        Outbound toMaria = to(MARIA, confirmed);
        assertThat(toMaria.editMessageId()).isEqualTo(ON_MESSAGE);
        assertThat(plain(toMaria.html())).startsWith("✅ <b>Booked!</b> Portrait session with Anna, Tuesday, November 24, 2026 at 4:00 PM (10:00 AM studio time).");
        Outbound alert = to(ANNA, confirmed);
        assertThat(plain(alert.html())).contains("Maria").contains("English").contains("10:00 π.μ.").contains("4:00 μ.μ.")
                .contains("A gift for my mum &lt;3 &amp; dad");
        Outbound file = confirmed.stream().filter(o -> o.document() != null).findFirst().orElseThrow();
        assertThat(file.chat().value()).isEqualTo(MARIA);
        assertThat(file.document().fileName()).isEqualTo("booking-1.ics");
        assertThat(file.document().content()).contains("DTSTART:20261124T080000Z").contains("DTEND:20261124T090000Z")
                .contains("SUMMARY:Portrait session at Lumen Photo Studio");
        // 24 hours before is now: only the 2-hour reminder is ahead
        assertThat(harness.bot().jobs().pending("remind:1:PT2H")).get().extracting(j -> j.dueAt()).isEqualTo(Instant.parse("2026-11-24T06:00:00Z"));
        assertThat(harness.bot().jobs().pending("remind:1:PT24H")).isEmpty();
    }

    @Test
    void theMainMenuAndEachPackageLeadStraightIntoBooking() {
        Outbound menu = last(say(MARIA, "/start"));
        assertThat(labels(menu)).contains("📅 Book a shoot", "🗂 My bookings");

        Outbound list = last(press(MARIA, menu, "📦 Packages and prices"));
        Outbound calendar = last(press(MARIA, list, "📅 Book: Wedding day"));
        assertThat(calendar.html()).startsWith("<b>Wedding day</b>: choose a day.");
        assertThat(calendar.editMessageId()).isEqualTo(ON_MESSAGE);

        assertThat(last(press(MARIA, menu, "🗂 My bookings")).html()).startsWith("You have no bookings yet.");
        assertThat(last(press(MARIA, menu, "📅 Book a shoot")).html()).isEqualTo("Which shoot would you like to book?");
    }

    @Test
    void aClientWhoseZoneIsUnknownIsAskedOnceAboveACalendarInTheStudiosZone() {
        List<Outbound> first = press(NIKOS, last(say(NIKOS, "/book")), "Portrait session");

        assertThat(first).hasSize(2);
        assertThat(first.get(0).html()).startsWith("One more thing: so that I show you every time in your own time");
        assertThat(labels(first.get(0))).contains("London", "New York");
        assertThat(plain(first.get(1).html())).contains("Athens (UTC+02:00)");
        assertThat(press(NIKOS, last(say(NIKOS, "/book")), "Portrait session")).hasSize(1);
    }

    @Test
    void aWeddingAsksItsQuestionnaireInOrderAndTheAnswersReachThePhotographer() {
        Outbound calendar = last(press(MARIA, last(say(MARIA, "/book")), "Wedding day"));
        Outbound times = last(press(MARIA, calendar, "25"));
        // 8 hours in Anna's 09:00-18:00 Wednesday: starts up to 10:00 Athens, 16:00 in Kuala Lumpur
        assertThat(labels(times)).containsExactly("3:00 PM (9:00 AM)", "3:30 PM (9:30 AM)", "4:00 PM (10:00 AM)", "« Back", "✖ Cancel");
        assertThat(last(press(MARIA, times, "3:00 PM (9:00 AM)")).html()).contains("question 1 of 3").contains("Where are the preparations");
        assertThat(last(say(MARIA, "Chapel of St. George, Athens")).html()).contains("question 2 of 3").contains("timeline");
        assertThat(last(say(MARIA, "   ")).html()).contains("question 2 of 3"); // a blank answer asks again
        Outbound third = last(say(MARIA, "Ceremony at 12:00, dinner at 18:00"));
        Outbound summary = last(press(MARIA, third, "Skip this question"));
        assertThat(summary.html()).contains("Chapel of St. George, Athens").contains("Ceremony at 12:00").endsWith("people who mean a lot to you.</b>\n–");

        Outbound alert = to(ANNA, press(MARIA, summary, "✅ Confirm the booking"));
        assertThat(alert.html()).contains("Chapel of St. George, Athens").contains("Ceremony at 12:00, dinner at 18:00");
    }

    @Test
    void backAndCancelWorkAtEveryStepAndAnOldButtonIsThenRefused() {
        Outbound packages = last(say(MARIA, "/book"));
        Outbound calendar = last(press(MARIA, packages, "Portrait session"));
        assertThat(labels(last(press(MARIA, calendar, "« Back")))).contains("Portrait session", "Wedding day");

        calendar = last(press(MARIA, packages, "Portrait session"));
        Outbound times = last(press(MARIA, calendar, "24"));
        Outbound backToCalendar = last(press(MARIA, times, "« Back"));
        assertThat(labels(backToCalendar)).contains("November 2026", "24");

        times = last(press(MARIA, backToCalendar, "25"));
        Outbound question = last(press(MARIA, times, "4:00 PM (10:00 AM)"));
        Outbound backToTimes = last(press(MARIA, question, "« Back"));
        assertThat(backToTimes.html()).contains("Wednesday, November 25");
        // after going back from the question, typing is no longer taken as its answer
        question = last(press(MARIA, backToTimes, "5:00 PM (11:00 AM)"));
        Outbound summary = last(press(MARIA, question, "Skip this question"));
        assertThat(plain(summary.html())).contains("5:00 PM (11:00 AM studio time)");
        Outbound questionAgain = last(press(MARIA, summary, "« Back"));
        assertThat(questionAgain.html()).contains("question 1 of 1");

        List<Outbound> cancelled = press(MARIA, questionAgain, "✖ Cancel");
        assertThat(last(cancelled).html()).isEqualTo("No problem: nothing was booked.");
        assertThat(last(press(MARIA, summary, "✅ Confirm the booking")).html()).startsWith("That booking is no longer in progress.");
        assertThat(harness.sent()).noneMatch(o -> o.chat().value() == ANNA);
        assertThat(last(say(MARIA, "/mybookings")).html()).startsWith("You have no bookings yet.");
    }

    @Test
    void theFlowSurvivesARestart() {
        Outbound calendar = last(press(MARIA, last(say(MARIA, "/book")), "Family session"));
        Outbound times = last(press(MARIA, calendar, "26"));

        restart();

        Outbound question = last(press(MARIA, times, "4:00 PM (10:00 AM)"));
        assertThat(question.html()).contains("Who will be in the photos?");
        restart();
        Outbound summary = last(say(MARIA, "Two adults, a boy (6) and our dog"));
        assertThat(plain(summary.html())).contains("Family session").contains("Thursday, November 26, 2026 at 4:00 PM").contains("⏱ 2 hours");
    }

    @Test
    void twoClientsConfirmingTheSameSlotAtTheSameMomentOneWinsAndTheOtherSeesFreshTimes() throws Exception {
        harness.bot().people().seen(NIKOS, "Nikos", "en", clock.instant());
        harness.bot().people().setZone(NIKOS, KUALA_LUMPUR);
        Outbound mariasSummary = portraitSummary(MARIA, "24", "4:00 PM (10:00 AM)");
        Outbound nikossSummary = portraitSummary(NIKOS, "24", "4:00 PM (10:00 AM)");

        List<Outbound> outcome = lanes.race(() -> harness.accept(
                harness.update(MARIA, "Maria", "en", new Input.Press(key(mariasSummary, "✅ Confirm the booking").data(), ON_MESSAGE)),
                harness.update(NIKOS, "Nikos", "en", new Input.Press(key(nikossSummary, "✅ Confirm the booking").data(), ON_MESSAGE))));
        List<Outbound> all = new java.util.ArrayList<>(outcome);
        all.addAll(harness.flush());

        List<Outbound> booked = all.stream().filter(o -> o.html().contains("<b>Booked!</b>")).toList();
        List<Outbound> refused = all.stream().filter(o -> o.html().startsWith("Sorry, someone has just booked that time.")).toList();
        assertThat(booked).hasSize(1);
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).chat()).isNotEqualTo(booked.get(0).chat());
        // the loser is shown what is still free that day: not the taken hour, nor the buffer after it
        assertThat(labels(refused.get(0))).doesNotContain("4:00 PM (10:00 AM)", "4:30 PM (10:30 AM)", "5:00 PM (11:00 AM)")
                .contains("5:30 PM (11:30 AM)");
        assertThat(all.stream().filter(o -> o.chat().value() == ANNA)).hasSize(1);
    }

    // --- reminders ---

    @Test
    void remindersComeAtEachOffsetAcrossARestartAndOnlyTheUrgentOneIgnoresQuietHours() {
        // Thursday 26 November, 17:00 in Athens: 23:00 in Kuala Lumpur
        bookPortrait(MARIA, "26", "11:00 PM (5:00 PM)");

        harness.close();
        clock.set(Instant.parse("2026-11-25T15:00:00Z")); // 24 hours before: 23:00 for Maria, in her quiet hours
        harness = new BotHarness(data, TestTexts.messages(), clock, lanes);
        harness.bot().jobRunning().drain();
        assertThat(harness.flush()).isEmpty();

        clock.set(Instant.parse("2026-11-26T01:00:00Z")); // 09:00 in Kuala Lumpur: quiet hours are over
        harness.bot().jobRunning().drain();
        Outbound morning = last(harness.flush());
        assertThat(plain(morning.html())).startsWith("⏰ A reminder from <b>Lumen Photo Studio</b>: your Portrait session with Anna is on Thursday, November 26, 2026 at 11:00 PM.");

        clock.set(Instant.parse("2026-11-26T13:00:00Z")); // 2 hours before: 21:00 for Maria, quiet, but urgent
        harness.bot().jobRunning().drain();
        assertThat(to(MARIA, harness.flush()).html()).startsWith("⏰ A reminder");
        harness.bot().jobRunning().drain();
        assertThat(harness.flush()).isEmpty();
    }

    @Test
    void reschedulingMovesTheRemindersAndAlertsThePhotographerWithTheClientsChangeCount() {
        bookPortrait(MARIA, "26", "4:00 PM (10:00 AM)");
        assertThat(harness.bot().jobs().pending("remind:1:PT24H")).get().extracting(j -> j.dueAt()).isEqualTo(Instant.parse("2026-11-25T08:00:00Z"));

        Outbound mine = last(say(MARIA, "/mybookings"));
        assertThat(plain(mine.html())).contains("Portrait session with Anna, Thursday, November 26, 2026 at 4:00 PM (10:00 AM studio time)");
        Outbound card = last(press(MARIA, mine, "📅 Portrait session, Thursday, November 26"));
        Outbound calendar = last(press(MARIA, card, "🔁 Reschedule"));
        assertThat(calendar.html()).startsWith("Moving <b>Portrait session</b>");
        Outbound times = last(press(MARIA, calendar, "27"));
        Outbound summary = last(press(MARIA, times, "6:00 PM (12:00 PM)"));
        assertThat(plain(summary.html())).contains("from Thursday, November 26, 2026 at 4:00 PM").contains("to 🗓 Friday, November 27, 2026 at 6:00 PM");

        List<Outbound> moved = press(MARIA, summary, "✅ Confirm the booking");

        assertThat(to(MARIA, moved).html()).startsWith("✅ <b>Moved.</b>");
        assertThat(moved.stream().filter(o -> o.document() != null).findFirst().orElseThrow().document().content())
                .contains("DTSTART:20261127T100000Z").contains("SEQUENCE:1");
        assertThat(plain(to(ANNA, moved).html())).contains("Maria").contains("10:00 π.μ. (4:00 μ.μ.").contains("12:00 μ.μ. (6:00 μ.μ.")
                .contains("Είναι η πρώτη αλλαγή"); // "this is their first change", in Anna's Greek
        assertThat(harness.bot().jobs().pending("remind:1:PT24H")).get().extracting(j -> j.dueAt()).isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));

        Outbound cardAgain = last(press(MARIA, last(say(MARIA, "/mybookings")), "📅 Portrait session, Friday, November 27"));
        Outbound sure = last(press(MARIA, cardAgain, "✖ Cancel the booking"));
        List<Outbound> cancelled = press(MARIA, sure, "Yes, cancel it");
        assertThat(to(MARIA, cancelled).html()).startsWith("Your Portrait session of");
        assertThat(to(ANNA, cancelled).html()).contains("Έχει κάνει μέχρι τώρα 2 αλλαγές."); // "2 changes so far"
        assertThat(harness.bot().jobs().pending("remind:1:PT24H")).isEmpty();
        assertThat(harness.bot().jobs().pending("remind:1:PT2H")).isEmpty();
    }

    @Test
    void closerThanTheCutoffTheClientIsToldPolitelyHowToReachThePhotographer() {
        bookPortrait(MARIA, "24", "4:00 PM (10:00 AM)"); // 24 hours ahead; the cutoff is 48

        Outbound card = last(press(MARIA, last(say(MARIA, "/mybookings")), "📅 Portrait session, Tuesday, November 24"));
        Outbound refusal = last(press(MARIA, card, "🔁 Reschedule"));

        assertThat(refusal.html()).isEqualTo("Your shoot is less than 2 days away, so it can no longer be changed here. Please write to Anna, who will gladly help.");
        assertThat(labels(refusal)).contains("💬 Ask a question");
        assertThat(last(press(MARIA, card, "✖ Cancel the booking")).html()).startsWith("Your shoot is less than 2 days away");
        assertThat(harness.bot().jobs().pending("remind:1:PT2H")).isPresent();
    }

    // --- the photographer ---

    @Test
    void theAgendaShowsTheWeekInAnnasZoneWithEachClientsLanguageAndLocalTime() {
        bookPortrait(MARIA, "24", "4:00 PM (10:00 AM)");

        Outbound agenda = last(say(ANNA, "/agenda"));

        assertThat(plain(agenda.html())).contains("Τρίτη 24 Νοεμβρίου").contains("10:00 π.μ. – Maria").contains("English, ").contains(": 4:00 μ.μ.");
        Outbound card = last(press(ANNA, agenda, "αύριο, 10:00 π.μ. · Maria"));
        assertThat(labels(card)).contains(harness.bot().messages().render("el", studiobot.chat.Msg.of("agenda.move")));
        assertThat(last(say(MARIA, "/agenda")).html()).isEqualTo(harness.bot().messages().render("en", studiobot.chat.Msg.of("command.notAllowed")));
    }

    @Test
    void annaMarksAShootDoneOnlyOnceItHasStarted() {
        bookPortrait(MARIA, "24", "4:00 PM (10:00 AM)");
        Outbound card = last(press(ANNA, last(say(ANNA, "/agenda")), "αύριο, 10:00 π.μ. · Maria"));
        String done = harness.bot().messages().render("el", studiobot.chat.Msg.of("agenda.markDone"));
        assertThat(labels(card)).doesNotContain(done);

        clock.set(Instant.parse("2026-11-24T09:00:00Z"));
        card = last(press(ANNA, last(say(ANNA, "/agenda")), "σήμερα, 10:00 π.μ. · Maria"));
        Outbound marked = last(press(ANNA, card, done));

        assertThat(marked.html()).contains("Maria");
        assertThat(plain(last(say(MARIA, "/mybookings")).html())).contains("✓");
    }

    @Test
    void annaCancelsOnTheClientsBehalfAndMariaIsToldInHerLanguage() {
        bookPortrait(MARIA, "26", "4:00 PM (10:00 AM)");
        Outbound card = last(press(ANNA, last(say(ANNA, "/agenda")), "Πέμπτη 26 Νοεμβρίου 2026 στις 10:00 π.μ. · Maria"));
        Outbound sure = last(press(ANNA, card, harness.bot().messages().render("el", studiobot.chat.Msg.of("agenda.cancel"))));
        List<Outbound> cancelled = press(ANNA, sure, harness.bot().messages().render("el", studiobot.chat.Msg.of("agenda.cancel.yes")));

        assertThat(plain(to(MARIA, cancelled).html()))
                .isEqualTo("ℹ️ Anna has had to cancel your Portrait session of Thursday, November 26, 2026 at 4:00 PM (10:00 AM studio time). We are sorry. Write to us, and we'll find another time together.");
        assertThat(harness.bot().jobs().pending("remind:1:PT24H")).isEmpty();
        assertThat(last(say(MARIA, "/mybookings")).html()).doesNotContain("Portrait session with Anna");
    }

    @Test
    void annaMovesABookingAndMariaGetsTheNewTimeInHerZoneWithANewCalendarFile() {
        bookPortrait(MARIA, "26", "4:00 PM (10:00 AM)");
        Outbound card = last(press(ANNA, last(say(ANNA, "/agenda")), "Πέμπτη 26 Νοεμβρίου 2026 στις 10:00 π.μ. · Maria"));
        Outbound calendar = last(press(ANNA, card, harness.bot().messages().render("el", studiobot.chat.Msg.of("agenda.move"))));
        Outbound times = last(press(ANNA, calendar, "27"));
        // Anna sees her own times, with Maria's beside them
        Outbound summary = last(press(ANNA, times, "2:00 μ.μ. (8:00 μ.μ.)"));
        List<Outbound> moved = press(ANNA, summary, harness.bot().messages().render("el", studiobot.chat.Msg.of("booking.confirm")));

        assertThat(plain(to(MARIA, moved).html())).contains("Anna has moved your Portrait session. It is now Friday, November 27, 2026 at 8:00 PM (2:00 PM studio time).");
        assertThat(moved.stream().filter(o -> o.chat().value() == MARIA && o.document() != null)).hasSize(1);
        assertThat(harness.bot().jobs().pending("remind:1:PT24H")).get().extracting(j -> j.dueAt()).isEqualTo(Instant.parse("2026-11-26T12:00:00Z"));
    }

    // --- who may press what ---

    @Test
    void aButtonPressedByAnotherPersonOrForgedOrStaleChangesNothing() {
        harness.bot().people().seen(NIKOS, "Nikos", "en", clock.instant());
        bookPortrait(MARIA, "26", "4:00 PM (10:00 AM)");
        Outbound card = last(press(MARIA, last(say(MARIA, "/mybookings")), "📅 Portrait session, Thursday, November 26"));
        Outbound sure = last(press(MARIA, card, "✖ Cancel the booking"));
        String stale = harness.bot().messages().render("en", studiobot.chat.Msg.of("button.stale"));

        // Nikos replays Maria's button: its signature is Maria's
        assertThat(refusal(harness.say(NIKOS, "Nikos", "en", new Input.Press(key(sure, "Yes, cancel it").data(), 1)))).isEqualTo(stale);
        // a modified client changes the booking id in the data: the signature no longer matches
        String forged = key(sure, "Yes, cancel it").data().replace("mbxy:1:", "mbxy:2:");
        assertThat(refusal(harness.say(MARIA, "Maria", "en", new Input.Press(forged, 1)))).isEqualTo(stale);
        // a correctly signed button for a booking that is not his (as if the key had leaked)
        assertThat(refusal(harness.say(NIKOS, "Nikos", "en", new Input.Press(signed(NIKOS, "mbxy", "1", version("2026-11-26T08:00:00Z")), 1))))
                .isEqualTo("That booking is not open to this change any more, or is not yours. Nothing was changed.");
        // a client cannot use a photographer's action at all
        assertThat(refusal(harness.say(MARIA, "Maria", "en", new Input.Press(signed(MARIA, "agxy", "1", version("2026-11-26T08:00:00Z")), 1)))).isEqualTo(stale);
        assertThat(harness.sent()).filteredOn(o -> o.chat().value() == ANNA).hasSize(1); // only the new-booking alert
        assertThat(harness.bot().jobs().pending("remind:1:PT24H")).isPresent();

        press(MARIA, sure, "Yes, cancel it");
        // pressing it again, now that the booking is cancelled
        assertThat(refusal(press(MARIA, sure, "Yes, cancel it"))).startsWith("That booking is not open to this change any more");
        assertThat(harness.sent()).filteredOn(o -> o.chat().value() == ANNA).hasSize(2);
    }

    /** A booking button's version argument: the booking's start, in minutes, base 36. */
    private static String version(String start) {
        return Long.toString(Instant.parse(start).getEpochSecond() / 60, 36);
    }

    @Test
    void aCancelPromptFromBeforeAMoveChangesNothing() {
        bookPortrait(MARIA, "26", "4:00 PM (10:00 AM)");
        String cancel = harness.bot().messages().render("el", studiobot.chat.Msg.of("agenda.cancel"));
        String yes = harness.bot().messages().render("el", studiobot.chat.Msg.of("agenda.cancel.yes"));
        Outbound card = last(press(ANNA, last(say(ANNA, "/agenda")), "Πέμπτη 26 Νοεμβρίου 2026 στις 10:00 π.μ. · Maria"));
        Outbound annasPrompt = last(press(ANNA, card, cancel));

        // meanwhile Maria moves the booking to Friday
        Outbound mine = last(press(MARIA, last(say(MARIA, "/mybookings")), "📅 Portrait session, Thursday, November 26"));
        Outbound times = last(press(MARIA, last(press(MARIA, mine, "🔁 Reschedule")), "27"));
        press(MARIA, last(press(MARIA, times, "6:00 PM (12:00 PM)")), "✅ Confirm the booking");

        List<Outbound> late = press(ANNA, annasPrompt, yes);

        assertThat(refusal(late)).isEqualTo(harness.bot().messages().renderLabel("el", ZoneId.of("Europe/Athens"), clock.instant(),
                studiobot.chat.Msg.of("booking.unavailable")));
        assertThat(harness.bot().jobs().pending("remind:1:PT24H")).isPresent();
    }

    @Test
    void aReminderWaitingOutTheNightIsNotSentForABookingCancelledMeanwhile() {
        bookPortrait(MARIA, "26", "11:00 PM (5:00 PM)");
        clock.set(Instant.parse("2026-11-25T15:00:00Z")); // 23:00 for Maria: the 24-hour reminder waits for her morning
        harness.bot().jobRunning().drain();
        assertThat(harness.flush()).isEmpty();

        Outbound card = last(press(ANNA, last(say(ANNA, "/agenda")), "αύριο, 5:00 μ.μ. · Maria"));
        Outbound sure = last(press(ANNA, card, harness.bot().messages().render("el", studiobot.chat.Msg.of("agenda.cancel"))));
        List<Outbound> cancelled = press(ANNA, sure, harness.bot().messages().render("el", studiobot.chat.Msg.of("agenda.cancel.yes")));
        // within a day of the shoot, the cancellation reaches Maria at once, quiet hours or not
        assertThat(to(MARIA, cancelled).html()).startsWith("ℹ️ Anna has had to cancel");

        clock.set(Instant.parse("2026-11-26T01:00:00Z"));
        harness.bot().jobRunning().drain();
        assertThat(harness.flush()).isEmpty();
    }

    @Test
    void choosingAZoneWhileAQuestionIsOpenKeepsTheAnswerForTheBooking() {
        List<Outbound> opened = press(NIKOS, last(say(NIKOS, "/book")), "Portrait session");
        Outbound zoneQuestion = opened.get(0);
        Outbound question = last(press(NIKOS, last(press(NIKOS, opened.get(1), "24")), "10:00 AM"));
        assertThat(question.html()).contains("question 1 of 1");

        press(NIKOS, zoneQuestion, "London");
        Outbound summary = last(say(NIKOS, "Headshots for my website"));

        assertThat(summary.html()).startsWith("Please check your booking:").endsWith("Headshots for my website");
        assertThat(harness.sent()).noneMatch(o -> o.chat().value() == ANNA);
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

        List<Outbound> race(java.util.function.Supplier<List<Outbound>> accept) throws InterruptedException {
            synchronized (this) {
                pool = Executors.newFixedThreadPool(2);
                gate = new CountDownLatch(1);
            }
            List<Outbound> early = accept.get();
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
}
