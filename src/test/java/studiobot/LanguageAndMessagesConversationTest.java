package studiobot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studiobot.chat.Input;
import studiobot.chat.Msg;
import studiobot.delivery.ChatLanes;
import studiobot.i18n.Bundles;
import studiobot.i18n.Messages;
import studiobot.testing.BotHarness;
import studiobot.testing.BotHarness.Sent;
import studiobot.testing.MessageFiles;
import studiobot.testing.TestClock;
import studiobot.testing.TestTexts;

/** Offering a language by the script someone writes in, and admins editing the message files while the bot runs. */
class LanguageAndMessagesConversationTest {
    private static final long CLIENT = 7001;
    private static final long ADMIN = 1001;
    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    private static final String OFFER = "language.offer";

    @TempDir
    Path data;
    @TempDir
    Path messagesDir;
    private MessageFiles files;

    private final TestClock clock = TestClock.at("2026-12-01T08:00:00Z");
    /** The message files as shipped: the last good version while an edit is refused. */
    private final Messages shipped = TestTexts.messages();
    private BotHarness harness;

    @BeforeEach
    void open() throws IOException {
        files = MessageFiles.copiedTo(messagesDir);
        harness = new BotHarness(data, TestTexts.messages(Bundles.load(messagesDir)), clock, ChatLanes.DIRECT);
        harness.bot().watchMessages(messagesDir);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private List<Sent> press(String language, Sent on, String action) {
        return harness.press(CLIENT, "Maria", language, on, action, BotHarness::any);
    }

    /** Everything the client's words brought out (questions also go to the photographer). */
    private List<Sent> text(String language, String text) {
        return harness.tell(CLIENT, "Maria", language, new Input.Text(text, 1));
    }

    /** The language {@code tag} named in itself, as an offer names it. */
    private String languageName(String tag) {
        return harness.bot().messages().render(tag, Msg.of("language.name"));
    }

    @Test
    void aClientWritingGreekToAnEnglishSpeakingBotIsOfferedGreekOnce() {
        Sent offer = BotHarness.last(BotHarness.to(CLIENT, text("en", "Καλημέρα, θέλω μια φωτογράφιση")));

        assertThat(offer.key()).isEqualTo(OFFER);
        assertThat(offer.arg("language")).isEqualTo(languageName("el"));
        assertThat(offer.rendered().html()).as("offered in English").isEqualTo(harness.render("en", ATHENS, offer));
        assertThat(offer.buttons()).extracting(b -> b.label().key(), b -> b.action(), b -> b.args()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("language.offer.yes", "setlang", List.of("el")),
                org.assertj.core.groups.Tuple.tuple("language.offer.no", "keeplang", List.of()));

        assertThat(text("en", "Ευχαριστώ πολύ")).extracting(Sent::key).isNotEmpty().doesNotContain(OFFER);

        List<Sent> switched = press("en", offer, "setlang");
        assertThat(switched.get(0).key()).isEqualTo("language.chosen");
        assertThat(switched.get(0).rendered().html()).as("said in Greek").isEqualTo(harness.render("el", ATHENS, switched.get(0)));
        assertThat(switched.get(0).rendered().editMessageId()).isEqualTo(offer.messageId());
    }

    @Test
    void noOfferWhenTheScriptMatchesOrNamesNoLanguage() {
        assertThat(text("zh-hans", "你好，我想预约")).extracting(Sent::key).isNotEmpty().doesNotContain(OFFER);
        assertThat(text("zh-hans", "Hello there")).extracting(Sent::key).isNotEmpty().doesNotContain(OFFER);
        assertThat(text("ru", "Привет")).extracting(Sent::key).isNotEmpty().doesNotContain(OFFER);
    }

    @Test
    void anArabicWriterCanDeclineAndKeepsTheLanguage() {
        Sent offer = text("de", "مرحبا، أريد حجز جلسة تصوير").stream().filter(s -> OFFER.equals(s.key())).findFirst().orElseThrow();
        assertThat(offer.arg("language")).isEqualTo(languageName("ar"));
        assertThat(offer.rendered().html()).as("offered in German").isEqualTo(harness.render("de", ATHENS, offer));

        List<Sent> kept = press("de", offer, "keeplang");

        assertThat(kept.get(0).key()).isEqualTo("language.chosen");
        assertThat(kept.get(0).rendered().html()).as("still German").isEqualTo(harness.render("de", ATHENS, kept.get(0)));
    }

    @Test
    void anEditedMessageFileIsInServiceAfterTheNextLookAndTheAdminsAreTold() throws IOException {
        files.replaceLine("en.properties", "greeting.client=", "greeting.client=Welcome back, {name}! This is <b>{studio}</b>.");

        List<Sent> alerts = harness.reloadMessagesSaid();

        assertThat(alerts).extracting(s -> s.to().value()).containsOnly(ADMIN);
        assertThat(alerts.get(0).key()).isEqualTo("admin.bundles.reloaded");
        assertThat(alerts.get(0).arg("file")).isEqualTo("en.properties");
        assertThat(text("en", "/start").get(0).rendered().html()).isEqualTo("Welcome back, Maria! This is <b>Lumen Photo Studio</b>.");
        assertThat(harness.reloadMessagesSaid()).as("nothing changed since the last look").isEmpty();
    }

    @Test
    void aBrokenEditIsRefusedWholeTheLastGoodVersionStaysAndTheAdminsAreToldWhatAndWhere() throws IOException {
        int line = files.replaceLine("el.properties", "greeting.client=", "greeting.client=Γεια σας, {name! <b>{studio}</b>");
        files.replaceLine("el.properties", "menu.help=", "menu.help=❓ Βοήθεια τώρα");

        List<Sent> alerts = harness.reloadMessagesSaid();

        assertThat(alerts).hasSize(1);
        Sent refused = alerts.get(0);
        assertThat(refused.to().value()).isEqualTo(ADMIN);
        assertThat(refused.key()).isEqualTo("admin.bundles.refused");
        assertThat(refused.arg("file")).isEqualTo("el.properties");
        assertThat(refused.arg("count")).isEqualTo(1);
        assertThat((String) refused.arg("details")).contains(line + ": greeting.client: ");

        Sent greeting = text("el", "/start").get(0);
        assertThat(greeting.rendered().html()).as("the last good version")
                .isEqualTo(shipped.render("el", greeting.reply().text()))
                .doesNotContain("{name!");
        assertThat(greeting.buttonLabel("help", BotHarness::any)).as("the good edit in the same file waits too")
                .contains(shipped.renderLabel("el", ATHENS, clock.instant(), Msg.of("menu.help")))
                .isNotEqualTo(java.util.Optional.of("❓ Βοήθεια τώρα"));
    }

}
