package studiobot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studiobot.chat.Input;
import studiobot.chat.Outbound;
import studiobot.delivery.ChatLanes;
import studiobot.testing.BotHarness;
import studiobot.testing.TestClock;
import studiobot.testing.TestTexts;

/** Setting a time zone by city, offset, choice or shared location, in the person's own language. */
class TimeZoneConversationTest {
    private static final long MARIA = 7001;
    private static final long WEI = 7002;

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

    private List<Outbound> say(long userId, String language, Input input) {
        return harness.say(userId, userId == WEI ? "Wei" : "Maria", language, input);
    }

    private Outbound text(long userId, String language, String text) {
        List<Outbound> replies = say(userId, language, new Input.Text(text, 1));
        assertThat(replies).hasSize(1);
        return plain(replies.get(0));
    }

    private ZoneId zoneOf(long userId) {
        return harness.bot().people().find(userId).orElseThrow().zone();
    }

    @Test
    void aNewClientIsAskedWithLikelyZonesOfTheirLanguageAsButtons() {
        Outbound question = text(MARIA, "el", "/timezone");

        assertThat(question.html()).startsWith("Για να σας δείχνω");
        assertThat(question.keyboard()).flatExtracting(row -> row).extracting(Outbound.Key::label).contains("Αθήνα");

        Outbound.Key athens = question.keyboard().stream().flatMap(List::stream).filter(k -> k.label().equals("Αθήνα")).findFirst().orElseThrow();
        Outbound set = plain(say(MARIA, "el", new Input.Press(athens.data(), 9)).get(0));

        assertThat(set.html()).isEqualTo("Εντάξει: η ζώνη ώρας σας είναι Αθήνα (UTC+02:00) (ώρα τώρα εκεί: 10:00 π.μ.).");
        assertThat(set.editMessageId()).isEqualTo(9L);
        assertThat(zoneOf(MARIA)).isEqualTo(ZoneId.of("Europe/Athens"));
    }

    @Test
    void aCityTypedInChineseIsUnderstoodAndTimesAreThenShownInThatZone() {
        text(WEI, "zh", "/timezone");

        Outbound set = text(WEI, "zh", "吉隆坡");

        assertThat(zoneOf(WEI)).isEqualTo(ZoneId.of("Asia/Kuala_Lumpur"));
        assertThat(set.html()).contains("吉隆坡 (UTC+08:00)").contains("16:00");
    }

    @Test
    void anUnknownPlaceIsSaidHonestlyAndTheQuestionStaysOpen() {
        text(MARIA, "en", "/timezone");

        assertThat(text(MARIA, "en", "Atlantis").html()).isEqualTo(
                "I could not find a time zone for “Atlantis”. Please type a larger city nearby, a UTC offset such as UTC+3, or share your location.");
        assertThat(zoneOf(MARIA)).isNull();

        text(MARIA, "en", "Москва");
        assertThat(zoneOf(MARIA)).isEqualTo(ZoneId.of("Europe/Moscow"));
    }

    @Test
    void aUtcOffsetAndAGermanCityBothWork() {
        text(MARIA, "de", "/timezone");
        assertThat(text(MARIA, "de", "UTC+5:30").html()).contains("UTC+05:30");
        assertThat(zoneOf(MARIA)).isEqualTo(ZoneId.of("+05:30"));

        text(MARIA, "de", "/timezone");
        text(MARIA, "de", "München");
        assertThat(zoneOf(MARIA)).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void anAmbiguousAnswerOffersTheCandidatesAndAPressSettlesIt() {
        text(MARIA, "en", "/timezone");

        Outbound choice = text(MARIA, "en", "USA");

        assertThat(choice.html()).isEqualTo("“USA” could be more than one place. Which one do you mean?");
        assertThat(choice.keyboard().size()).isBetween(2, 6);
        Outbound.Key first = choice.keyboard().get(0).get(0);
        say(MARIA, "en", new Input.Press(first.data(), 3));
        assertThat(zoneOf(MARIA).getId()).startsWith("America/");
    }

    @Test
    void aSharedLocationSetsTheNearestZoneEvenUnasked() {
        Outbound set = plain(say(MARIA, "en", new Input.Location(3.139, 101.687)).get(0));

        assertThat(zoneOf(MARIA)).isEqualTo(ZoneId.of("Asia/Kuala_Lumpur"));
        assertThat(set.html()).isEqualTo("Got it: your time zone is Kuala Lumpur (UTC+08:00). It is 4:00 PM there now.");
    }

    @Test
    void aCommandChangesTheSubjectSoACityAfterItIsNotTakenAsTheAnswer() {
        text(MARIA, "en", "/timezone");
        text(MARIA, "en", "/start");

        List<Outbound> replies = say(MARIA, "en", new Input.Text("Athens", 1));

        assertThat(replies).noneMatch(o -> o.html().startsWith("Got it"));
        assertThat(zoneOf(MARIA)).isNull();
    }

    @Test
    void aPhotographerSeesTheZoneOfTheConfigAndCanChangeIt() {
        assertThat(text(2001, "en", "/timezone").html()).startsWith("Η ζώνη ώρας σας είναι Αθήνα (UTC+02:00)");

        text(2001, "en", "Λονδίνο");

        assertThat(zoneOf(2001)).isEqualTo(ZoneId.of("Europe/London"));
    }

    @Test
    void aForgedZoneButtonIsRefused() {
        text(MARIA, "en", "/timezone");

        assertThat(say(MARIA, "en", new Input.Press("setzone:Europe/Paris~AAAAAAAA", 3))).isEmpty();
        assertThat(harness.notices()).last().extracting(Outbound::html)
                .isEqualTo("That button is no longer valid. Please use /start to see the current options.");
        assertThat(zoneOf(MARIA)).isNull();
    }

    /** ICU puts narrow no-break spaces in times ("4:00\u202fPM"); compare them as plain spaces. */
    private static Outbound plain(Outbound o) {
        return new Outbound(o.chat(), o.html().replace('\u202f', ' ').replace('\u00a0', ' '), o.keyboard(), o.editMessageId());
    }
}
