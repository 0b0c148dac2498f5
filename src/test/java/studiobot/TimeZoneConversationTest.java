package studiobot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studiobot.chat.Arg;
import studiobot.chat.Input;
import studiobot.delivery.ChatLanes;
import studiobot.testing.BotHarness;
import studiobot.testing.BotHarness.Sent;
import studiobot.testing.TestClock;
import studiobot.testing.TestTexts;

/** Setting a time zone by city, offset, choice or shared location, in the person's own language. */
class TimeZoneConversationTest {
    private static final long MARIA = 7001;
    private static final long WEI = 7002;
    private static final long ANNA = 2001;
    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    private static final ZoneId KUALA_LUMPUR = ZoneId.of("Asia/Kuala_Lumpur");

    @TempDir
    Path data;

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
        return userId == WEI ? "Wei" : "Maria";
    }

    private List<Sent> say(long userId, String language, Input input) {
        return harness.tell(userId, name(userId), language, input);
    }

    private Sent text(long userId, String language, String text) {
        List<Sent> replies = say(userId, language, new Input.Text(text, 1));
        assertThat(replies).hasSize(1);
        return replies.get(0);
    }

    private List<Sent> press(long userId, String language, Sent on, String zoneId) {
        return harness.press(userId, name(userId), language, on, "setzone", args -> args.equals(List.of(zoneId)));
    }

    private ZoneId zoneOf(long userId) {
        return harness.bot().people().find(userId).orElseThrow().zone();
    }

    /** The confirmation that the zone is now {@code zone}, with the time there now. */
    private void assertZoneSet(Sent set, ZoneId zone) {
        assertThat(set.key()).isEqualTo("timezone.set");
        assertThat(set.arg("zone")).isEqualTo(new Arg.Zone(zone));
        assertThat(set.arg("time")).isEqualTo(new Arg.TimeOfDay(clock.instant()));
    }

    @Test
    void aNewClientIsAskedWithLikelyZonesOfTheirLanguageAsButtons() {
        Sent question = text(MARIA, "el", "/timezone");

        assertThat(question.key()).isEqualTo("timezone.ask.suggested");
        assertThat(question.rendered().html()).as("asked in Greek").isEqualTo(harness.render("el", ATHENS, question));
        assertThat(question.hasButton("setzone", args -> args.equals(List.of("Europe/Athens")))).isTrue();

        Sent set = press(MARIA, "el", question, "Europe/Athens").get(0);

        assertZoneSet(set, ATHENS);
        assertThat(set.rendered().html()).as("in Greek, at the time in Athens").isEqualTo(harness.render("el", ATHENS, set));
        assertThat(set.rendered().editMessageId()).isEqualTo(question.messageId());
        assertThat(zoneOf(MARIA)).isEqualTo(ATHENS);
    }

    @Test
    void aCityTypedInChineseIsUnderstoodAndTimesAreThenShownInThatZone() {
        text(WEI, "zh", "/timezone");

        Sent set = text(WEI, "zh", "吉隆坡");

        assertThat(zoneOf(WEI)).isEqualTo(KUALA_LUMPUR);
        assertZoneSet(set, KUALA_LUMPUR);
        assertThat(set.rendered().html()).as("in Chinese, at the time in Kuala Lumpur")
                .isEqualTo(harness.render("zh", KUALA_LUMPUR, set))
                .isNotEqualTo(harness.render("zh", ATHENS, set));
    }

    @Test
    void anUnknownPlaceIsSaidHonestlyAndTheQuestionStaysOpen() {
        text(MARIA, "en", "/timezone");

        Sent notFound = text(MARIA, "en", "Atlantis");
        assertThat(notFound.key()).isEqualTo("timezone.notFound");
        assertThat(notFound.arg("text")).isEqualTo("Atlantis");
        assertThat(zoneOf(MARIA)).isNull();

        text(MARIA, "en", "Москва");
        assertThat(zoneOf(MARIA)).isEqualTo(ZoneId.of("Europe/Moscow"));
    }

    @Test
    void aUtcOffsetAndAGermanCityBothWork() {
        text(MARIA, "de", "/timezone");
        assertZoneSet(text(MARIA, "de", "UTC+5:30"), ZoneId.of("+05:30"));
        assertThat(zoneOf(MARIA)).isEqualTo(ZoneId.of("+05:30"));

        text(MARIA, "de", "/timezone");
        text(MARIA, "de", "München");
        assertThat(zoneOf(MARIA)).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void anAmbiguousAnswerOffersTheCandidatesAndAPressSettlesIt() {
        text(MARIA, "en", "/timezone");

        Sent choice = text(MARIA, "en", "USA");

        assertThat(choice.key()).isEqualTo("timezone.several");
        assertThat(choice.arg("text")).isEqualTo("USA");
        assertThat(choice.buttons()).hasSizeBetween(2, 6).allMatch(b -> b.action().equals("setzone"));
        harness.press(MARIA, "Maria", "en", choice, "setzone", BotHarness::any);
        assertThat(zoneOf(MARIA).getId()).startsWith("America/");
    }

    @Test
    void aSharedLocationSetsTheNearestZoneEvenUnasked() {
        Sent set = say(MARIA, "en", new Input.Location(3.139, 101.687)).get(0);

        assertThat(zoneOf(MARIA)).isEqualTo(KUALA_LUMPUR);
        assertZoneSet(set, KUALA_LUMPUR);
        assertThat(set.rendered().html()).as("at the time in Kuala Lumpur").isEqualTo(harness.render("en", KUALA_LUMPUR, set));
    }

    @Test
    void aCommandChangesTheSubjectSoACityAfterItIsNotTakenAsTheAnswer() {
        text(MARIA, "en", "/timezone");
        text(MARIA, "en", "/start");

        List<Sent> replies = say(MARIA, "en", new Input.Text("Athens", 1));

        assertThat(replies).isNotEmpty().extracting(Sent::key).doesNotContain("timezone.set");
        assertThat(zoneOf(MARIA)).isNull();
    }

    @Test
    void aPhotographerSeesTheZoneOfTheConfigAndCanChangeIt() {
        Sent current = text(ANNA, "en", "/timezone");
        assertThat(current.key()).isEqualTo("timezone.current");
        assertThat(current.arg("zone")).isEqualTo(new Arg.Zone(ATHENS));
        assertThat(current.rendered().html()).as("in her config's Greek").isEqualTo(harness.render("el", ATHENS, current));

        text(ANNA, "en", "Λονδίνο");

        assertThat(zoneOf(ANNA)).isEqualTo(ZoneId.of("Europe/London"));
    }

    @Test
    void aForgedZoneButtonIsRefused() {
        text(MARIA, "en", "/timezone");

        assertThat(say(MARIA, "en", BotHarness.press("setzone:Europe/Paris~AAAAAAAA", 3))).isEmpty();
        assertThat(BotHarness.last(harness.noticesSaid()).key()).isEqualTo("button.stale");
        assertThat(zoneOf(MARIA)).isNull();
    }

    @Test
    void aPlaceTypedAfterTheZoneQuestionBesideAForwardedQuestionAnswersIt_andReachesNoPhotographer() {
        List<Sent> asked = say(MARIA, "en", new Input.Text("Can I bring my tortoise to the shoot?", 1));
        if (asked.stream().noneMatch(s -> s.to().value() == ANNA)) {
            asked = harness.press(MARIA, name(MARIA), "en", BotHarness.firstTo(MARIA, asked), "faqno", BotHarness::any);
        }
        assertThat(asked).extracting(Sent::key).contains("timezone.ask.once");

        List<Sent> typed = say(MARIA, "en", new Input.Text("Kuala Lumpur", 2));

        assertThat(typed).extracting(Sent::key).containsExactly("timezone.set");
        assertThat(typed.get(0).arg("zone")).isEqualTo(new studiobot.chat.Arg.Zone(KUALA_LUMPUR));
        assertThat(harness.bot().people().find(MARIA).orElseThrow().zone()).isEqualTo(KUALA_LUMPUR);
        // her next words go on to the photographer as before
        assertThat(say(MARIA, "en", new Input.Text("And my cat too?", 3))).extracting(s -> s.to().value()).contains(ANNA);
    }
}
