package studiobot;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studiobot.chat.Arg;
import studiobot.chat.ChatId;
import studiobot.chat.Input;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.config.StudioConfig;
import studiobot.delivery.ChatLanes;
import studiobot.testing.BotHarness;
import studiobot.testing.BotHarness.Sent;
import studiobot.testing.TestClock;
import studiobot.testing.TestConfigs;
import studiobot.testing.TestTexts;

/** The client's first stop: packages, questions, and the live line to the photographers. */
class FrontDeskConversationTest {
    private static final long MARIA = 7001;
    private static final long ANNA = 2001;
    private static final long NIKOS = 2002;
    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    private static final ZoneId KUALA_LUMPUR = ZoneId.of("Asia/Kuala_Lumpur");
    private static final Currency EUR = Currency.getInstance("EUR");

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

    private static String name(long userId) {
        return userId == MARIA ? "Maria" : userId == NIKOS ? "Nikos" : "Anna";
    }

    private List<Sent> client(String language, String text) {
        return harness.tell(MARIA, "Maria", language, new Input.Text(text, 1));
    }

    private List<Sent> press(long userId, String language, Sent on, String action) {
        return harness.press(userId, name(userId), language, on, action, BotHarness::any);
    }

    private List<Sent> staff(long userId, Input input) {
        return harness.tell(userId, name(userId), "el", input);
    }

    /** A question for the photographer: whatever the FAQ offers first ("did this help?", close entries) is declined. */
    private List<Sent> ask(String language, String text) {
        List<Sent> replies = client(language, text);
        Sent last = BotHarness.last(replies);
        if (last.to().value() == MARIA && last.hasButton("faqno", BotHarness::any)) {
            return press(MARIA, language, last, "faqno");
        }
        return replies;
    }

    /** The item of a package list (a {@code packages.list} reply) for package {@code id}. */
    private static Map<String, Object> packageItem(Sent list, String id) {
        List<?> items = (List<?>) list.arg("items");
        return items.stream().map(Msg.class::cast)
                .filter(item -> ((Msg) item.args().get("name")).key().equals("package." + id + ".name"))
                .findFirst().orElseThrow(() -> new AssertionError("no package " + id + " in " + items))
                .args();
    }

    private static void assertPackage(Map<String, Object> item, String id, Duration duration, int photos, String price) {
        assertThat(item.get("description")).isEqualTo(Msg.of("package." + id + ".description"));
        assertThat(item.get("editing")).isEqualTo(Msg.of("package." + id + ".editing"));
        assertThat(item.get("duration")).isEqualTo(new Arg.Length(duration));
        assertThat(item.get("photos")).isEqualTo(photos);
        assertThat(item.get("price")).isInstanceOfSatisfying(Arg.Money.class, money -> {
            assertThat(money.amount()).isEqualByComparingTo(price);
            assertThat(money.currency()).isEqualTo(EUR);
        });
    }

    /** The package list as {@code userId} gets it from the main menu's button. */
    private Sent packages(long userId, String language) {
        Sent menu = harness.tell(userId, name(userId), language, new Input.Text("/start", 1)).get(0);
        Sent list = harness.press(userId, name(userId), language, menu, "packages", BotHarness::any).get(0);
        assertThat(list.key()).isEqualTo("packages.list");
        assertThat(list.rendered().editMessageId()).as("the menu turns into the list").isEqualTo(menu.messageId());
        return list;
    }

    @Test
    void packagesAreListedWithPluralPhotosDurationAndPriceInTheClientsLanguage() {
        Sent list = packages(MARIA, "en");

        assertThat(list.arg("title")).isEqualTo(Msg.of("packages.title"));
        assertThat((List<?>) list.arg("items")).hasSize(3);
        assertPackage(packageItem(list, "portrait"), "portrait", Duration.ofHours(1), 25, "150");
        assertPackage(packageItem(list, "wedding"), "wedding", Duration.ofHours(8), 400, "1800");
        assertThat(list.rendered().html()).as("in English").isEqualTo(harness.render("en", ATHENS, list));
    }

    @Test
    void packagesInGreekAndRussianUseTheirNumberFormatsAndPlurals() {
        Sent greek = packages(MARIA, "el");
        Sent russian = packages(MARIA + 1, "ru");

        assertPackage(packageItem(greek, "wedding"), "wedding", Duration.ofHours(8), 400, "1800");
        assertThat(greek.rendered().html()).as("in Greek").isEqualTo(harness.render("el", ATHENS, greek));
        assertThat(russian.rendered().html()).as("in Russian").isEqualTo(harness.render("ru", ATHENS, russian));
    }

    @Test
    void aQuestionTheFaqKnowsIsAnsweredWithADidThisHelp() {
        List<Sent> replies = client("en", "When will I get my photos?");

        assertThat(replies).hasSize(2);
        assertThat(replies.get(0).key()).startsWith("faq.").endsWith(".answer");
        assertThat(replies.get(1).key()).isEqualTo("faq.helped");
        List<Sent> thanks = press(MARIA, "en", replies.get(1), "faqok");
        assertThat(thanks).extracting(Sent::key).containsExactly("faq.thanks");
        assertThat(harness.said()).noneMatch(s -> s.to().value() == ANNA);
    }

    @Test
    void anUnknownQuestionReachesThePhotographerWithTheClientsDetailsAndTheClientIsToldWhen() {
        harness.bot().people().seen(MARIA, "Maria", "el", clock.instant());
        harness.bot().people().setZone(MARIA, KUALA_LUMPUR);
        String question = "Μπορώ να φέρω τον <b>σκύλο</b> μου & τη γάτα;";

        List<Sent> replies = ask("el", question);

        Sent toAnna = BotHarness.firstTo(ANNA, replies);
        assertThat(toAnna.key()).isEqualTo("handoff.question");
        assertThat(toAnna.arg("client")).isEqualTo("Maria");
        assertThat(toAnna.arg("language")).as("Maria's language, named in itself")
                .isEqualTo(harness.bot().messages().render("el", Msg.of("language.name")));
        assertThat(toAnna.arg("time")).as("Maria's local time").isEqualTo(new Arg.TimeIn(clock.instant(), KUALA_LUMPUR));
        assertThat(toAnna.arg("text")).as("her words as she wrote them").isEqualTo(question);
        assertThat(toAnna.rendered().html()).as("in Anna's Greek").isEqualTo(harness.render("el", ATHENS, toAnna));
        assertThat(toAnna.reply().buttons().get(0).get(0)).satisfies(reply -> {
            assertThat(reply.label()).isEqualTo(Msg.of("handoff.reply"));
            assertThat(reply.action()).isEqualTo("relay");
            assertThat(reply.args()).containsExactly(Long.toString(MARIA));
        });
        Sent toMaria = BotHarness.firstTo(MARIA, replies);
        assertThat(toMaria.key()).isEqualTo("handoff.sent.working");
        assertThat(toMaria.arg("photographer")).isEqualTo("Anna");
        assertThat(toMaria.arg("deadline")).isEqualTo(new Arg.Relative(clock.instant().plus(Duration.ofHours(24))));
        assertThat(toMaria.arg("zone")).isEqualTo(new Arg.Zone(KUALA_LUMPUR));
        assertThat(toMaria.rendered().html()).as("in Greek, at Kuala Lumpur's time").isEqualTo(harness.render("el", KUALA_LUMPUR, toMaria));
    }

    @Test
    void theClientIsToldHonestlyWhenThePhotographerIsAwayAndWhenTheyAreBack() {
        clock.set(Instant.parse("2026-12-01T19:00:00Z")); // 21:00 in Athens, after hours

        List<Sent> replies = ask("en", "Can I bring my dog?");

        Sent toMaria = BotHarness.firstTo(MARIA, replies);
        assertThat(toMaria.key()).isEqualTo("handoff.sent.away");
        assertThat(toMaria.arg("photographer")).isEqualTo("Anna");
        assertThat(toMaria.arg("opening")).as("Wednesday 9:00 in Athens").isEqualTo(new Arg.Relative(Instant.parse("2026-12-02T07:00:00Z")));
        assertThat(toMaria.arg("deadline")).isEqualTo(new Arg.Relative(Instant.parse("2026-12-02T19:00:00Z")));
        assertThat(toMaria.arg("zone")).as("her zone is not known: the studio's, named").isEqualTo(new Arg.Zone(ATHENS));
    }

    @Test
    void thePhotographersReplyButtonAndTelegramReplyBothReachTheClientAndTheConversationGoesOn() {
        Sent toAnna = BotHarness.firstTo(ANNA, ask("en", "Can I bring my dog?"));

        Sent prompt = press(ANNA, "el", toAnna, "relay").get(0);
        assertThat(prompt.key()).isEqualTo("handoff.replyPrompt");
        assertThat(prompt.arg("client")).isEqualTo("Maria");
        List<Sent> answered = staff(ANNA, new Input.Text("Of course, bring him!", 50));
        assertThat(answered).extracting(s -> s.to().value()).containsExactly(MARIA, ANNA);
        assertAnswer(answered.get(0), "Of course, bring him!");
        assertThat(answered.get(1).key()).isEqualTo("handoff.delivered");

        List<Sent> followUp = client("en", "Great, and my cat?");
        Sent forwarded = followUp.get(0);
        assertThat(forwarded.to().value()).isEqualTo(ANNA);
        assertThat(forwarded.key()).isEqualTo("handoff.message");
        assertThat(forwarded.arg("text")).isEqualTo("Great, and my cat?");

        // Anna answers this one with Telegram's own reply to the forwarded message
        List<Sent> viaReply = staff(ANNA, new Input.Text("The cat too.", 51, forwarded.messageId()));
        assertThat(viaReply.get(0).to().value()).isEqualTo(MARIA);
        assertAnswer(viaReply.get(0), "The cat too.");
    }

    /** Anna's own words, reaching Maria as hers. */
    private static void assertAnswer(Sent toMaria, String text) {
        assertThat(toMaria.key()).isEqualTo("handoff.answer");
        assertThat(toMaria.arg("photographer")).isEqualTo("Anna");
        assertThat(toMaria.arg("text")).isEqualTo(text);
        assertThat(toMaria.reply().author()).isEqualTo(ANNA);
    }

    @Test
    void aReplyToAMessageThatIsNotAClientsIsExplained() {
        List<Sent> replies = staff(ANNA, new Input.Text("hello?", 3, 999L));

        assertThat(replies.get(0).to().value()).isEqualTo(ANNA);
        assertThat(replies.get(0).key()).isEqualTo("handoff.unknownClient");
    }

    @Test
    void anUnansweredQuestionAlertsThePhotographerOnceWhenThePromiseRunsOut() {
        ask("en", "Can I bring my dog?");
        Instant asked = clock.instant();
        int before = harness.said().size();

        clock.advance(Duration.ofHours(23));
        harness.bot().jobRunning().drain();
        assertThat(harness.flushSaid()).isEmpty();

        clock.advance(Duration.ofHours(2));
        harness.bot().jobRunning().drain();
        List<Sent> alerts = harness.flushSaid();
        assertThat(alerts).hasSize(1);
        Sent alert = alerts.get(0);
        assertThat(alert.to().value()).isEqualTo(ANNA);
        assertThat(alert.key()).isEqualTo("handoff.overdue");
        assertThat(alert.arg("client")).isEqualTo("Maria");
        assertThat(alert.arg("asked")).isEqualTo(new Arg.Relative(asked));
        assertThat(alert.arg("promise")).isEqualTo(new Arg.Length(Duration.ofHours(24)));
        assertThat(alert.arg("text")).isEqualTo("Can I bring my dog?");

        clock.advance(Duration.ofDays(3));
        harness.bot().jobRunning().drain();
        assertThat(harness.flushSaid()).isEmpty();
        assertThat(harness.said()).hasSize(before + 1);
    }

    @Test
    void anAnsweredQuestionRaisesNoAlert() {
        Sent toAnna = BotHarness.firstTo(ANNA, ask("en", "Can I bring my dog?"));
        press(ANNA, "el", toAnna, "relay");
        staff(ANNA, new Input.Text("Yes!", 50));

        clock.advance(Duration.ofDays(2));
        harness.bot().jobRunning().drain();

        // no reply-promise alert; Maria leaving Anna's answer unanswered for two days is a quiet-client nudge, nothing else
        assertThat(harness.flushSaid()).extracting(Sent::key).containsExactly("nudge");
    }

    @Test
    void withTwoPhotographersAnUnassignedQuestionGoesToBothAndTheFirstToReplyTakesTheClient() {
        harness.close();
        StudioConfig two = TestConfigs.withSecondPhotographer("nikos", "Nikos", 2002, "en", "{ tue: [\"09:00-18:00\"] }");
        harness = new BotHarness(two, data.resolve("two"), TestTexts.messages(), clock, ChatLanes.DIRECT);

        List<Sent> asked = ask("en", "Can I bring my dog?");
        assertThat(asked).extracting(s -> s.to().value()).contains(ANNA, NIKOS, MARIA);
        press(NIKOS, "en", BotHarness.firstTo(NIKOS, asked), "relay");
        harness.tell(NIKOS, "Nikos", "en", new Input.Text("Sure!", 8));

        client("en", "/start");
        List<Sent> next = ask("en", "Is there parking for a wheelchair van?");
        assertThat(next).extracting(s -> s.to().value()).contains(NIKOS).doesNotContain(ANNA);
    }

    @Test
    void aPhotoFromTheClientIsCopiedToThePhotographer() {
        ask("en", "Can I bring my dog?");

        List<Sent> sent = harness.tell(MARIA, "Maria", "en", new Input.Media("photo", 77, "this is him"));

        assertThat(sent).hasSize(2);
        assertThat(sent).extracting(s -> s.to().value()).containsOnly(ANNA);
        assertThat(sent.get(0).key()).isEqualTo("handoff.media");
        assertThat(sent.get(0).arg("client")).isEqualTo("Maria");
        assertThat(sent.get(0).arg("kind")).isEqualTo("photo");
        assertThat(sent.get(1).reply().copy()).isEqualTo(new Reply.Copy(new ChatId(MARIA), 77));
    }

    @Test
    void someoneElsesQuestionButtonIsRefused() {
        Sent helped = client("en", "When will I get my photos?").get(1);
        String data = helped.buttonData("faqno", BotHarness::any).orElseThrow();

        List<Sent> forged = harness.tell(MARIA + 5, "Eve", "en", BotHarness.press(data, 3));

        assertThat(forged).as("nothing is written into anyone's chat").isEmpty();
        assertThat(BotHarness.last(harness.noticesSaid()).key()).isEqualTo("button.stale");
        assertThat(harness.said()).noneMatch(s -> s.to().value() == ANNA);
    }

    @Test
    void theFirstTimeTheBotShowsAClientATimeItAsksOnceForTheirZone() {
        Sent zoneQuestion = BotHarness.last(BotHarness.to(MARIA, ask("en", "Can I bring my dog?")));

        assertThat(zoneQuestion.key()).isEqualTo("timezone.ask.once");
        assertThat(zoneQuestion.hasButton("setzone", args -> args.equals(List.of("Europe/London")))).isTrue();
        assertThat(ask("en", "And may I bring my cat?")).extracting(Sent::key).isNotEmpty().doesNotContain("timezone.ask.once");

        harness.press(MARIA, "Maria", "en", zoneQuestion, "setzone", args -> args.equals(List.of("Europe/London")));

        assertThat(harness.bot().people().find(MARIA).orElseThrow().zone()).isEqualTo(ZoneId.of("Europe/London"));
    }

    @Test
    void aClientWhoseZoneIsKnownIsNotAsked() {
        harness.bot().people().seen(MARIA, "Maria", "en", clock.instant());
        harness.bot().people().setZone(MARIA, ATHENS);

        assertThat(ask("en", "Can I bring my dog?")).extracting(Sent::key).contains("handoff.sent.working").doesNotContain("timezone.ask.once");
    }

    @Test
    void faqAnswersStateTheStudiosOwnRules_andFollowTheConfig() throws Exception {
        harness.close();
        harness = new BotHarness(TestConfigs.demo(yaml -> yaml.replace("changeCutoff: PT48H", "changeCutoff: PT72H").replace("horizon: P60D", "horizon: P30D")),
                data, TestTexts.messages(), clock, ChatLanes.DIRECT);

        Sent reschedule = client("en", "Can I change or cancel my booking?").stream()
                .filter(s -> "faq.reschedule.answer".equals(s.key())).findFirst().orElseThrow();
        Sent booking = client("en", "How do I book a session, and when are you free?").stream()
                .filter(s -> "faq.booking.answer".equals(s.key())).findFirst().orElseThrow();

        // the demo says 48 hours and 60 days; this studio 72 hours (3 days) and 30 days
        assertThat(reschedule.rendered().html()).contains("3 days").doesNotContain("2 days").doesNotContain("48");
        assertThat(booking.rendered().html()).contains("30 days").contains("1 day").doesNotContain("60");
        assertThat(harness.render("de", ZoneId.of("Europe/Athens"), reschedule)).contains("3 Tage");
    }

    @Test
    void thePackagesAnswerGivesEachPackagesLengthPhotosAndPrice_fromTheConfig() throws Exception {
        harness.close();
        harness = new BotHarness(TestConfigs.demo(yaml -> yaml.replace("price: 1800", "price: 2100")), data, TestTexts.messages(), clock,
                ChatLanes.DIRECT);

        Sent answer = client("en", "What packages do you offer, and what do they cost?").stream()
                .filter(s -> "faq.packages.answer".equals(s.key())).findFirst().orElseThrow();

        assertThat(answer.rendered().html()).contains("<b>Portrait session</b>: 1 hour, 25 edited photos, €150.00")
                .contains("<b>Wedding day</b>: 8 hours, 400 edited photos, €2,100.00").doesNotContain("1,800");
        assertThat(harness.render("de", ZoneId.of("Europe/Athens"), answer)).contains("2.100,00");
    }

    @Test
    void theLocationAnswerGivesTheAddressOfTheConfig_andPromisesNoneWithoutOne() throws Exception {
        Sent withAddress = client("en", "Where is the studio, and do you shoot on location?").stream()
                .filter(s -> "faq.location.answer".equals(s.key())).findFirst().orElseThrow();
        assertThat(withAddress.rendered().html()).contains("<b>Ermou 12, 105 63 Athens</b>").doesNotContain("booking confirmation");

        harness.close();
        harness = new BotHarness(TestConfigs.demo(yaml -> yaml.replace("  address: Ermou 12, 105 63 Athens\n", "").replaceAll("  location: .*\n", "")), data.resolve("b"),
                TestTexts.messages(), clock, ChatLanes.DIRECT);
        Sent without = client("en", "Where is the studio, and do you shoot on location?").stream()
                .filter(s -> "faq.location.answer".equals(s.key())).findFirst().orElseThrow();
        assertThat(without.rendered().html()).contains("Ask us here for the studio's address").doesNotContain("Ermou");
    }

    @Test
    void onSaturdayEveningTheClientIsToldThePhotographerIsBackOnMonday_andThePromiseRunsFromThen() {
        // Saturday 28 November, 18:00 in Athens: Anna worked until 16:00 and has no Sunday hours
        clock.set(Instant.parse("2026-11-28T16:00:00Z"));

        Sent toMaria = BotHarness.firstTo(MARIA, ask("en", "Can I bring my dog?"));

        assertThat(toMaria.key()).isEqualTo("handoff.sent.away");
        assertThat(toMaria.arg("opening")).as("Monday 9:00 in Athens").isEqualTo(new Arg.Relative(Instant.parse("2026-11-30T07:00:00Z")));
        assertThat(toMaria.arg("deadline")).as("a day after she is back").isEqualTo(new Arg.Relative(Instant.parse("2026-12-01T07:00:00Z")));
        clock.set(Instant.parse("2026-11-30T16:00:00Z"));
        harness.bot().jobRunning().drain();
        assertThat(harness.flushSaid()).extracting(Sent::key).as("not overdue before the time she was told").doesNotContain("handoff.overdue");
        clock.set(Instant.parse("2026-12-01T07:00:00Z"));
        harness.bot().jobRunning().drain();
        assertThat(harness.flushSaid()).extracting(Sent::key).contains("handoff.overdue");
    }

    @Test
    void aQuestionInAnotherOfTheStudiosLanguagesIsAnsweredFromThatLanguagesFaq_inThatLanguage() {
        List<Sent> replies = client("en", "Πότε θα λάβω τις φωτογραφίες μου;");

        assertThat(replies).noneMatch(s -> s.to().value() == ANNA);
        Sent answer = replies.stream().filter(s -> s.rendered().html().contains("sneak peek") || s.reply().text().fixedLanguage().isPresent())
                .findFirst().orElseThrow();
        assertThat(answer.reply().text().fixedLanguage()).hasValueSatisfying(in -> {
            assertThat(in.languageTag()).isEqualTo("el");
            assertThat(in.msg().key()).isEqualTo("faq.delivery.answer");
        });
        assertThat(answer.rendered().html()).isEqualTo(harness.render("el", ZoneId.of("Europe/Athens"), answer));
    }
}
