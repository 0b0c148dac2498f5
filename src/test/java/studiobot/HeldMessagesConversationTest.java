package studiobot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studiobot.chat.Input;
import studiobot.delivery.ChatLanes;
import studiobot.i18n.Bundles;
import studiobot.testing.BotHarness;
import studiobot.testing.BotHarness.Sent;
import studiobot.testing.MessageFiles;
import studiobot.testing.TestClock;
import studiobot.testing.TestTexts;

/**
 * A message that waits out the reader's night is rendered when it goes out: in the language the
 * reader chose meanwhile, with the text in service then, and in the base language when the
 * reader's bundle lost the key. Maria books from Kuala Lumpur; Anna cancels at 22:30 Maria's time.
 */
class HeldMessagesConversationTest {
    private static final long MARIA = 7001;
    private static final long ANNA = 2001;
    private static final ZoneId KUALA_LUMPUR = ZoneId.of("Asia/Kuala_Lumpur");
    private static final String CANCELLED = "booking.cancelled.byStudio";

    @TempDir
    Path data;
    @TempDir
    Path messagesDir;
    private MessageFiles files;

    // Monday 23 November 2026, 16:00 in Kuala Lumpur
    private final TestClock clock = TestClock.at("2026-11-23T08:00:00Z");
    private BotHarness harness;

    @BeforeEach
    void open() throws IOException {
        files = MessageFiles.copiedTo(messagesDir);
        openHarness();
        harness.bot().people().seen(MARIA, "Maria", "en", clock.instant());
        harness.bot().people().setZone(MARIA, KUALA_LUMPUR);
    }

    private void openHarness() {
        harness = new BotHarness(data, TestTexts.messages(Bundles.load(messagesDir)), clock, ChatLanes.DIRECT);
        harness.bot().watchMessages(messagesDir);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private List<Sent> tell(long user, String text) {
        return harness.tell(user, user == MARIA ? "Maria" : "Anna", "en", new Input.Text(text, 1));
    }

    private List<Sent> press(long user, Sent on, String action) {
        return harness.press(user, user == MARIA ? "Maria" : "Anna", "en", on, action, BotHarness::any);
    }

    private static Sent last(List<Sent> sent) {
        return sent.get(sent.size() - 1);
    }

    /**
     * Maria books a portrait on Thursday 26 November; Anna, at 22:30 on Monday in Kuala Lumpur,
     * cancels it from her agenda. The shoot is days away: the news may wait for Maria's morning.
     */
    private void bookThenAnnaCancelsLateInMariasEvening() {
        Sent packages = last(tell(MARIA, "/book"));
        Sent calendar = last(press(MARIA, packages, "book"));
        Sent times = last(harness.press(MARIA, "Maria", "en", calendar, "bkd", args -> args.get(args.size() - 1).equals("20261126")));
        Sent question = last(press(MARIA, times, "bkt"));
        Sent summary = last(press(MARIA, question, "bks"));
        assertThat(press(MARIA, summary, "bkc")).extracting(Sent::key).contains("booking.confirmed");

        clock.set(Instant.parse("2026-11-23T14:30:00Z"));
        Sent agenda = last(tell(ANNA, "/agenda"));
        Sent card = last(press(ANNA, agenda, "ago"));
        Sent sure = last(press(ANNA, card, "agx"));
        List<Sent> cancelled = press(ANNA, sure, "agxy");
        assertThat(cancelled).extracting(Sent::key).containsExactly("agenda.cancelled");
    }

    private List<Sent> morning() {
        clock.set(Instant.parse("2026-11-24T01:00:00Z")); // 09:00 in Kuala Lumpur
        return harness.flushSaid();
    }


    @Test
    void theNewsWaitsForMariasMorningAndGoesInTheLanguageSheChoseMeanwhileWithTheTextInServiceThen() throws IOException {
        bookThenAnnaCancelsLateInMariasEvening();
        assertThat(harness.said()).noneMatch(s -> CANCELLED.equals(s.key()));

        Sent languages = last(tell(MARIA, "/language"));
        assertThat(harness.press(MARIA, "Maria", "en", languages, "setlang", args -> args.equals(List.of("el"))))
                .extracting(Sent::key).containsExactly("language.chosen");
        files.replaceLine("el.properties", CANCELLED + "=", CANCELLED + "=Νέο κείμενο: η κράτησή σας ({package}, {when}) ακυρώθηκε από {photographer}.");
        assertThat(harness.reloadMessages()).extracting(o -> o.html()).containsExactly("✅ The message file <b>el.properties</b> is in service.");
        clock.set(Instant.parse("2026-11-24T00:59:00Z"));
        assertThat(harness.flushSaid()).as("08:59 in Kuala Lumpur: still quiet").isEmpty();

        List<Sent> news = morning();

        assertThat(news).extracting(Sent::key).as("the news, and the file that drops the entry from her calendar")
                .containsExactly(CANCELLED, "booking.file.cancelled");
        assertThat(news.get(0)).satisfies(s -> {
            assertThat(s.key()).isEqualTo(CANCELLED);
            assertThat(s.rendered().html()).startsWith("Νέο κείμενο: η κράτησή σας (Φωτογράφιση πορτρέτου, Πέμπτη 26 Νοεμβρίου 2026")
                    .endsWith(") ακυρώθηκε από Anna.");
        });
    }

    @Test
    void aHeldMessageWhoseKeyTheReadersBundleLostMeanwhileGoesInTheBaseLanguage() throws IOException {
        bookThenAnnaCancelsLateInMariasEvening();
        Sent languages = last(tell(MARIA, "/language"));
        harness.press(MARIA, "Maria", "en", languages, "setlang", args -> args.equals(List.of("el")));
        // a restart on a Greek file without the key (the check would refuse such an edit while running)
        harness.close();
        files.replaceLine("el.properties", CANCELLED + "=", null);
        openHarness();

        List<Sent> news = morning();

        assertThat(news).extracting(Sent::key).as("the news, and the file that drops the entry from her calendar")
                .containsExactly(CANCELLED, "booking.file.cancelled");
        assertThat(news.get(0)).satisfies(s -> {
            assertThat(s.key()).isEqualTo(CANCELLED);
            assertThat(s.rendered().html()).startsWith("ℹ️ Anna has had to cancel your Portrait session of Thursday, November 26, 2026");
        });
    }

    @Test
    void theCalendarFileOfAMoveHeldForTheMorningIsWrittenInTheLanguageOfTheMorning() {
        Sent packages = last(tell(MARIA, "/book"));
        Sent calendar = last(press(MARIA, packages, "book"));
        Sent times = last(harness.press(MARIA, "Maria", "en", calendar, "bkd", args -> args.get(args.size() - 1).equals("20261126")));
        Sent question = last(press(MARIA, times, "bkt"));
        press(MARIA, last(press(MARIA, question, "bks")), "bkc");

        clock.set(Instant.parse("2026-11-23T14:30:00Z")); // 22:30 in Kuala Lumpur
        Sent card = last(press(ANNA, last(tell(ANNA, "/agenda")), "ago"));
        Sent moveCalendar = last(press(ANNA, card, "agm"));
        Sent moveTimes = last(harness.press(ANNA, "Anna", "en", moveCalendar, "bkd", args -> args.get(args.size() - 1).equals("20261127")));
        Sent summary = last(press(ANNA, moveTimes, "bkt"));
        assertThat(press(ANNA, summary, "bkc")).extracting(Sent::key).containsExactly("agenda.moved");

        Sent languages = last(tell(MARIA, "/language"));
        harness.press(MARIA, "Maria", "en", languages, "setlang", args -> args.equals(List.of("el")));

        List<Sent> news = morning();

        assertThat(news).extracting(Sent::key).containsExactly("booking.moved.byStudio", "booking.file.caption");
        Sent file = news.get(1);
        studiobot.chat.Reply.CalendarEntry entry = (studiobot.chat.Reply.CalendarEntry) file.reply().attachment();
        String greekTitle = harness.bot().messages().renderLabel("el", KUALA_LUMPUR, clock.instant(), entry.title());
        assertThat(greekTitle).isNotEqualTo(harness.bot().messages().renderLabel("en", KUALA_LUMPUR, clock.instant(), entry.title()));
        assertThat(biweekly.Biweekly.parse(file.rendered().document().content()).first().getEvents().get(0).getSummary().getValue())
                .isEqualTo(greekTitle);
        assertThat(entry.sequence()).isEqualTo(1);
    }
}
