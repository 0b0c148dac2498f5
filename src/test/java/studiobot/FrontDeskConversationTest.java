package studiobot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studiobot.chat.Input;
import studiobot.chat.Outbound;
import studiobot.config.ConfigLoader;
import studiobot.config.StudioConfig;
import studiobot.delivery.ChatLanes;
import studiobot.testing.BotHarness;
import studiobot.testing.TestClock;
import studiobot.testing.TestTexts;

/** The client's first stop: packages, questions, and the live line to the photographers. */
class FrontDeskConversationTest {
    private static final long MARIA = 7001;
    private static final long ANNA = 2001;
    private static final long NIKOS = 2002;

    @TempDir
    Path data;

    // Tuesday 1 December 2026, 10:00 in Athens: Anna is at work
    private final TestClock clock = TestClock.at("2026-12-01T08:00:00Z");
    private BotHarness harness;

    @BeforeEach
    void open() {
        harness = new BotHarness(data, TestTexts.messages(), clock, ChatLanes.DIRECT);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private List<Outbound> client(String language, String text) {
        return harness.say(MARIA, "Maria", language, new Input.Text(text, 1));
    }

    private List<Outbound> press(long userId, Outbound on, String label) {
        Outbound.Key key = on.keyboard().stream().flatMap(List::stream).filter(k -> k.label().equals(label)).findFirst().orElseThrow();
        return harness.say(userId, userId == MARIA ? "Maria" : "Anna", "en", new Input.Press(key.data(), 42));
    }

    /** A question for the photographer: whatever the FAQ offers first ("did this help?", close entries) is declined. */
    private List<Outbound> ask(String language, String text) {
        List<Outbound> replies = client(language, text);
        Outbound last = replies.get(replies.size() - 1);
        for (String decline : List.of("faq.closest.none", "faq.helped.no")) {
            String label = harness.bot().messages().render(language, studiobot.chat.Msg.of(decline));
            if (last.chat().value() == MARIA && last.keyboard().stream().flatMap(List::stream).anyMatch(k -> k.label().equals(label))) {
                return press(MARIA, last, label);
            }
        }
        return replies;
    }

    private static String plain(String html) {
        return html.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    @Test
    void packagesAreListedWithPluralPhotosDurationAndPriceInTheClientsLanguage() {
        Outbound menu = client("en", "/start").get(0);

        Outbound list = press(MARIA, menu, "📦 Packages and prices").get(0);

        assertThat(list.html()).startsWith("<b>Our packages</b>\n\n<b>Portrait session</b> – €150.00\n")
                .contains("⏱ 1 hour · 📷 25 edited photos · ✨ natural retouching")
                .contains("<b>Wedding day</b> – €1,800.00")
                .contains("⏱ 8 hours · 📷 400 edited photos");
        assertThat(list.editMessageId()).isEqualTo(42L);
    }

    @Test
    void packagesInGreekAndRussianUseTheirNumberFormatsAndPlurals() {
        assertThat(plain(harness.say(MARIA, "Maria", "el", new Input.Press(pressData(MARIA, "el", "packages"), 1)).get(0).html()))
                .contains("1.800,00 €").contains("400");
        assertThat(plain(harness.say(MARIA + 1, "Ivan", "ru", new Input.Press(pressData(MARIA + 1, "ru", "packages"), 1)).get(0).html()))
                .contains("1 800,00 €");
    }

    /** The callback data of a main-menu button, as the bot made it for this person. */
    private String pressData(long userId, String language, String action) {
        Outbound menu = harness.say(userId, "x", language, new Input.Text("/start", 1)).get(0);
        int index = List.of("packages", "book", "mine", "ask", "language", "timezone", "help").indexOf(action);
        return menu.keyboard().stream().flatMap(List::stream).toList().get(index).data();
    }

    @Test
    void aQuestionTheFaqKnowsIsAnsweredWithADidThisHelp() {
        List<Outbound> replies = client("en", "When will I get my photos?");

        assertThat(replies).hasSize(2);
        assertThat(replies.get(1).html()).isEqualTo("Did this answer your question?");
        List<Outbound> thanks = press(MARIA, replies.get(1), "👍 Yes, thank you");
        assertThat(thanks.get(0).html()).isEqualTo("Glad I could help! Write to me any time.");
        assertThat(harness.sent()).noneMatch(o -> o.chat().value() == ANNA);
    }

    @Test
    void anUnknownQuestionReachesThePhotographerWithTheClientsDetailsAndTheClientIsToldWhen() {
        harness.bot().people().seen(MARIA, "Maria", "el", clock.instant());
        harness.bot().people().setZone(MARIA, java.time.ZoneId.of("Asia/Kuala_Lumpur"));

        List<Outbound> replies = ask("el", "Μπορώ να φέρω τον <b>σκύλο</b> μου & τη γάτα;");

        Outbound toAnna = replies.stream().filter(o -> o.chat().value() == ANNA).findFirst().orElseThrow();
        assertThat(plain(toAnna.html()))
                .contains("Maria").contains("Ελληνικά").contains("4:00 μ.μ.")
                .endsWith("\n\nΜπορώ να φέρω τον &lt;b&gt;σκύλο&lt;/b&gt; μου &amp; τη γάτα;");
        assertThat(toAnna.keyboard().get(0).get(0).label()).isEqualTo(harness.bot().messages().render("el", studiobot.chat.Msg.of("handoff.reply")));
        Outbound toMaria = replies.stream().filter(o -> o.chat().value() == MARIA).findFirst().orElseThrow();
        assertThat(plain(toMaria.html())).contains("Anna")
                .contains("αύριο, 4:00 μ.μ.")
                .contains("Κουάλα Λουμπούρ (UTC+08:00)");
    }

    @Test
    void theClientIsToldHonestlyWhenThePhotographerIsAwayAndWhenTheyAreBack() {
        clock.set(java.time.Instant.parse("2026-12-01T19:00:00Z")); // 21:00 in Athens, after hours

        List<Outbound> replies = ask("en", "Can I bring my dog?");

        Outbound toMaria = replies.stream().filter(o -> o.chat().value() == MARIA).findFirst().orElseThrow();
        assertThat(plain(toMaria.html())).isEqualTo(
                "Anna is not at work right now and will be back tomorrow, 9:00 AM; you will have an answer here tomorrow, 9:00 PM at the latest (Athens (UTC+02:00)).");
    }

    @Test
    void thePhotographersReplyButtonAndTelegramReplyBothReachTheClientAndTheConversationGoesOn() {
        List<Outbound> asked = ask("en", "Can I bring my dog?");
        Outbound toAnna = asked.stream().filter(o -> o.chat().value() == ANNA).findFirst().orElseThrow();

        assertThat(press(ANNA, toAnna, toAnna.keyboard().get(0).get(0).label()).get(0).html())
                .isEqualTo(harness.bot().messages().render("el", studiobot.chat.Msg.of("handoff.replyPrompt", "client", "Maria")));
        List<Outbound> answered = harness.say(ANNA, "Anna", "el", new Input.Text("Of course, bring him!", 50));
        assertThat(answered).extracting(o -> o.chat().value()).containsExactly(MARIA, ANNA);
        assertThat(answered.get(0).html()).isEqualTo("💬 <b>Anna:</b> Of course, bring him!");

        List<Outbound> followUp = client("en", "Great, and my cat?");
        Outbound forwarded = followUp.get(0);
        assertThat(forwarded.chat().value()).isEqualTo(ANNA);
        assertThat(forwarded.html()).endsWith("Great, and my cat?");

        // Anna answers this one with Telegram's own reply to the forwarded message
        long forwardedId = harness.sent().indexOf(forwarded) + 1; // the recording gateway numbers messages 1, 2, ...
        List<Outbound> viaReply = harness.say(ANNA, "Anna", "el", new Input.Text("The cat too.", 51, forwardedId));
        assertThat(viaReply.get(0).chat().value()).isEqualTo(MARIA);
        assertThat(viaReply.get(0).html()).isEqualTo("💬 <b>Anna:</b> The cat too.");
    }

    @Test
    void aReplyToAMessageThatIsNotAClientsIsExplained() {
        List<Outbound> replies = harness.say(ANNA, "Anna", "el", new Input.Text("hello?", 3, 999L));

        assertThat(replies.get(0).chat().value()).isEqualTo(ANNA);
        assertThat(replies.get(0).html()).isEqualTo(harness.bot().messages().render("el", studiobot.chat.Msg.of("handoff.unknownClient")));
    }

    @Test
    void anUnansweredQuestionAlertsThePhotographerOnceWhenThePromiseRunsOut() {
        ask("en", "Can I bring my dog?");
        int before = harness.sent().size();

        clock.advance(Duration.ofHours(23));
        harness.bot().jobRunning().drain();
        assertThat(harness.flush()).isEmpty();

        clock.advance(Duration.ofHours(2));
        harness.bot().jobRunning().drain();
        List<Outbound> alerts = harness.flush();
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).chat().value()).isEqualTo(ANNA);
        assertThat(alerts.get(0).html()).startsWith("⏰").contains("Maria").endsWith("Can I bring my dog?");

        clock.advance(Duration.ofDays(3));
        harness.bot().jobRunning().drain();
        assertThat(harness.flush()).isEmpty();
        assertThat(harness.sent()).hasSize(before + 1);
    }

    @Test
    void anAnsweredQuestionRaisesNoAlert() {
        List<Outbound> asked = ask("en", "Can I bring my dog?");
        Outbound toAnna = asked.stream().filter(o -> o.chat().value() == ANNA).findFirst().orElseThrow();
        press(ANNA, toAnna, toAnna.keyboard().get(0).get(0).label());
        harness.say(ANNA, "Anna", "el", new Input.Text("Yes!", 50));

        clock.advance(Duration.ofDays(2));
        harness.bot().jobRunning().drain();

        assertThat(harness.flush()).isEmpty();
    }

    @Test
    void withTwoPhotographersAnUnassignedQuestionGoesToBothAndTheFirstToReplyTakesTheClient() {
        harness.close();
        StudioConfig two = new ConfigLoader().parse(new String(readDemo()).replace("packages:", """
                  - id: nikos
                    name: Nikos
                    telegramId: 2002
                    timeZone: Europe/Athens
                    locale: en
                    workingHours: { tue: ["09:00-18:00"] }
                packages:"""));
        harness = new BotHarness(two, data.resolve("two"), TestTexts.messages(), clock, ChatLanes.DIRECT);

        List<Outbound> asked = ask("en", "Can I bring my dog?");
        assertThat(asked).extracting(o -> o.chat().value()).contains(ANNA, NIKOS, MARIA);
        Outbound toNikos = asked.stream().filter(o -> o.chat().value() == NIKOS).findFirst().orElseThrow();
        harness.say(NIKOS, "Nikos", "en", new Input.Press(toNikos.keyboard().get(0).get(0).data(), 7));
        harness.say(NIKOS, "Nikos", "en", new Input.Text("Sure!", 8));

        List<Outbound> next = client("en", "/start");
        next = ask("en", "Is there parking for a wheelchair van?");
        assertThat(next).extracting(o -> o.chat().value()).doesNotContain(ANNA);
    }

    @Test
    void aPhotoFromTheClientIsCopiedToThePhotographer() {
        ask("en", "Can I bring my dog?");

        List<Outbound> sent = harness.say(MARIA, "Maria", "en", new Input.Media("photo", 77, "this is him"));

        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).html()).isEqualTo("📎 <b>Maria</b> έστειλε μια φωτογραφία:");
        assertThat(sent.get(1).copy()).isEqualTo(new studiobot.chat.Reply.Copy(new studiobot.chat.ChatId(MARIA), 77));
        assertThat(sent.get(1).chat().value()).isEqualTo(ANNA);
    }

    @Test
    void someoneElsesQuestionButtonIsRefused() {
        List<Outbound> replies = client("en", "When will I get my photos?");
        String data = replies.get(1).keyboard().get(0).get(1).data();

        List<Outbound> forged = harness.say(MARIA + 5, "Eve", "en", new Input.Press(data, 3));

        assertThat(forged).as("nothing is written into anyone's chat").isEmpty();
        assertThat(harness.notices()).last().extracting(Outbound::html)
                .isEqualTo("That button is no longer valid. Please use /start to see the current options.");
        assertThat(harness.sent()).noneMatch(o -> o.chat().value() == ANNA);
    }

    @Test
    void theFirstTimeTheBotShowsAClientATimeItAsksOnceForTheirZone() {
        List<Outbound> first = ask("en", "Can I bring my dog?").stream().filter(o -> o.chat().value() == MARIA).toList();

        Outbound zoneQuestion = first.get(first.size() - 1);
        assertThat(zoneQuestion.html()).startsWith("One more thing: so that I show you every time in your own time");
        assertThat(zoneQuestion.keyboard()).flatExtracting(row -> row).extracting(Outbound.Key::label).contains("London");
        assertThat(ask("en", "And may I bring my cat?")).noneMatch(o -> o.html().startsWith("One more thing"));

        press(MARIA, zoneQuestion, "London");

        assertThat(harness.bot().people().find(MARIA).orElseThrow().zone()).isEqualTo(java.time.ZoneId.of("Europe/London"));
    }

    @Test
    void aClientWhoseZoneIsKnownIsNotAsked() {
        harness.bot().people().seen(MARIA, "Maria", "en", clock.instant());
        harness.bot().people().setZone(MARIA, java.time.ZoneId.of("Europe/Athens"));

        assertThat(ask("en", "Can I bring my dog?")).noneMatch(o -> o.html().startsWith("One more thing"));
    }

    private static byte[] readDemo() {
        try (var in = ConfigLoader.class.getResourceAsStream(ConfigLoader.DEMO_RESOURCE)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
