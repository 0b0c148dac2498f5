package studiobot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studiobot.chat.Input;
import studiobot.chat.Outbound;
import studiobot.delivery.ChatLanes;
import studiobot.i18n.Bundles;
import studiobot.testing.BotHarness;
import studiobot.testing.TestClock;
import studiobot.testing.TestTexts;

/** Offering a language by the script someone writes in, and admins editing the message files while the bot runs. */
class LanguageAndMessagesConversationTest {
    private static final long CLIENT = 7001;
    private static final long ADMIN = 1001;

    @TempDir
    Path data;
    @TempDir
    Path messagesDir;

    private final TestClock clock = TestClock.at("2026-12-01T08:00:00Z");
    private BotHarness harness;

    @BeforeEach
    void open() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("messages"))) {
            for (Path f : files.toList()) {
                Files.copy(f, messagesDir.resolve(f.getFileName()));
            }
        }
        harness = new BotHarness(data, TestTexts.messages(Bundles.load(messagesDir)), clock, ChatLanes.DIRECT);
        harness.bot().watchMessages(messagesDir);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private List<Outbound> say(long userId, String language, Input input) {
        return harness.say(userId, "Maria", language, input);
    }

    private List<Outbound> text(String language, String text) {
        return say(CLIENT, language, new Input.Text(text, 1));
    }

    /** What the client herself got (questions also go to the photographer). */
    private List<Outbound> toClient(List<Outbound> replies) {
        return replies.stream().filter(o -> o.chat().value() == CLIENT).toList();
    }

    private static boolean isOffer(Outbound o) {
        return o.keyboard().size() == 1 && o.keyboard().get(0).size() == 2 && o.keyboard().get(0).get(0).data().startsWith("setlang:");
    }

    private List<Outbound> reload() {
        return harness.reloadMessages();
    }

    @Test
    void aClientWritingGreekToAnEnglishSpeakingBotIsOfferedGreekOnce() {
        List<Outbound> first = toClient(text("en", "Καλημέρα, θέλω μια φωτογράφιση"));

        Outbound offer = first.get(first.size() - 1);
        assertThat(offer.html()).isEqualTo("I see you write in Ελληνικά. Shall I switch to Ελληνικά?");
        assertThat(offer.keyboard().get(0)).extracting(Outbound.Key::label).containsExactly("Yes, switch", "No, thank you");

        assertThat(toClient(text("en", "Ευχαριστώ πολύ"))).noneMatch(LanguageAndMessagesConversationTest::isOffer);

        List<Outbound> switched = say(CLIENT, "en", new Input.Press(offer.keyboard().get(0).get(0).data(), 2));
        assertThat(switched.get(0).html()).isEqualTo("Έγινε – από εδώ και πέρα θα σας γράφω στα ελληνικά.");
        assertThat(switched.get(0).editMessageId()).isEqualTo(2L);
    }

    @Test
    void noOfferWhenTheScriptMatchesOrNamesNoLanguage() {
        assertThat(text("zh-hans", "你好，我想预约")).noneMatch(LanguageAndMessagesConversationTest::isOffer);
        assertThat(text("zh-hans", "Hello there")).noneMatch(LanguageAndMessagesConversationTest::isOffer);
        assertThat(text("ru", "Привет")).noneMatch(LanguageAndMessagesConversationTest::isOffer);
    }

    @Test
    void anArabicWriterCanDeclineAndKeepsTheLanguage() {
        Outbound offer = text("de", "مرحبا، أريد حجز جلسة تصوير").stream().filter(LanguageAndMessagesConversationTest::isOffer).findFirst().orElseThrow();
        assertThat(offer.html()).isEqualTo("Wie ich sehe, schreiben Sie auf العربية. Soll ich auf العربية umstellen?");

        List<Outbound> kept = say(CLIENT, "de", new Input.Press(offer.keyboard().get(0).get(1).data(), 5));

        assertThat(kept.get(0).html()).isEqualTo(harness.bot().messages().render("de", studiobot.chat.Msg.of("language.chosen")));
    }

    @Test
    void anEditedMessageFileIsInServiceAfterTheNextLookAndTheAdminsAreTold() throws IOException {
        replaceLine("en.properties", "greeting.client=", "greeting.client=Welcome back, {name}! This is <b>{studio}</b>.");

        List<Outbound> alerts = reload();

        assertThat(alerts).extracting(o -> o.chat().value()).containsOnly(ADMIN);
        assertThat(alerts.get(0).html()).isEqualTo("✅ The message file <b>en.properties</b> is in service.");
        assertThat(text("en", "/start").get(0).html()).isEqualTo("Welcome back, Maria! This is <b>Lumen Photo Studio</b>.");
        assertThat(reload()).as("nothing changed since the last look").isEmpty();
    }

    @Test
    void aBrokenEditIsRefusedWholeTheLastGoodVersionStaysAndTheAdminsAreToldWhatAndWhere() throws IOException {
        int line = replaceLine("el.properties", "greeting.client=", "greeting.client=Γεια σας, {name! <b>{studio}</b>");
        replaceLine("el.properties", "menu.help=", "menu.help=❓ Βοήθεια τώρα");

        List<Outbound> alerts = reload();

        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).chat().value()).isEqualTo(ADMIN);
        assertThat(alerts.get(0).html())
                .startsWith("⚠️ The edited message file <b>el.properties</b> was not put in service: 1 problem.")
                .contains("• " + line + ": greeting.client: ");
        assertThat(text("el", "/start").get(0).html()).startsWith("Γεια σας, Maria! Καλώς ήρθατε");
        assertThat(harness.sent().get(harness.sent().size() - 1).keyboard().stream().flatMap(List::stream).map(Outbound.Key::label))
                .as("the good edit in the same file waits too").contains("❓ Βοήθεια");
    }

    /** Replaces the line starting with {@code prefix}; returns its line number. */
    private int replaceLine(String file, String prefix, String line) throws IOException {
        Path path = messagesDir.resolve(file);
        List<String> lines = new ArrayList<>(Files.readAllLines(path, StandardCharsets.UTF_8));
        int index = 0;
        while (!lines.get(index).startsWith(prefix)) {
            index++;
        }
        lines.set(index, line);
        Path edited = Files.createTempFile(messagesDir.getParent(), "edit", ".tmp");
        Files.write(edited, lines, StandardCharsets.UTF_8);
        Files.move(edited, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return index + 1;
    }
}
