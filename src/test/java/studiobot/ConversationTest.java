package studiobot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studiobot.chat.Incoming;
import studiobot.chat.Input;
import studiobot.delivery.ChatLanes;
import studiobot.i18n.Messages;
import studiobot.testing.BotHarness;
import studiobot.testing.BotHarness.Sent;
import studiobot.testing.TestClock;
import studiobot.testing.TestTexts;

/**
 * The bot's router, inbox and outbox on a real SQLite file, with a gateway that records what it is
 * asked to send. Replies are checked by message key and arguments; where the language is the point,
 * a reply's rendering is compared with that message rendered in the expected language.
 */
class ConversationTest {
    private static final long CLIENT = 7001;
    private static final long ANNA = 2001;
    private static final long ADMIN = 1001;
    private static final String STUDIO = "Lumen Photo Studio";
    /** The studio's zone: whom the bot knows no zone of sees times there. */
    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

    @TempDir
    Path data;

    private final Messages messages = TestTexts.messages();
    private final TestClock clock = TestClock.at("2026-12-01T08:00:00Z");
    private BotHarness harness;

    private void open(ChatLanes lanes) {
        harness = new BotHarness(data, messages, clock, lanes);
    }

    private void open() {
        open(ChatLanes.DIRECT);
    }

    @AfterEach
    void close() {
        if (harness != null) {
            harness.close();
        }
    }

    private Incoming text(long userId, String name, String language, String text) {
        return harness.update(userId, name, language, new Input.Text(text, 1));
    }

    private List<Sent> say(Incoming... updates) {
        return harness.acceptSaid(updates);
    }

    /** The one reply to {@code update}. */
    private Sent reply(Incoming update) {
        List<Sent> replies = say(update);
        assertThat(replies).hasSize(1);
        return replies.get(0);
    }

    /** A greeting of {@code key} by {@code name}, rendered in {@code language}. */
    private void assertGreeting(Sent s, String key, String name, String language) {
        assertThat(s.key()).isEqualTo(key);
        assertThat(s.arg("name")).isEqualTo(name);
        assertThat(s.arg("studio")).isEqualTo(STUDIO);
        assertThat(s.rendered().html()).as("rendered in %s", language).isEqualTo(harness.render(language, ATHENS, s));
    }

    @Test
    void greetsANewClientInTheirTelegramLanguageNarrowedToAShippedOne() {
        open();

        assertGreeting(reply(text(CLIENT, "小明", "zh-hant", "/start")), "greeting.client", "小明", "zh");
        assertGreeting(reply(text(CLIENT + 1, "João", "pt-BR", "/start")), "greeting.client", "João", "en");
        assertGreeting(reply(text(CLIENT + 2, "Siti", "ms", "/start")), "greeting.client", "Siti", "ms");
    }

    @Test
    void aChosenLanguageOutranksTheTelegramLanguage() {
        open();
        say(text(CLIENT, "Maria", "el", "/start"));
        harness.bot().people().chooseLocale(CLIENT, "en");

        assertGreeting(reply(text(CLIENT, "Maria", "el", "/start")), "greeting.client", "Maria", "en");
    }

    @Test
    void photographerAndAdminAreGreetedForTheirRole() {
        open();

        // Anna's language is the config's (Greek), whatever her Telegram says
        assertGreeting(reply(text(ANNA, "Anna", "en", "/start")), "greeting.photographer", "Anna", "el");
        assertGreeting(reply(text(ADMIN, "Nikos", "en", "/start")), "greeting.admin", "Nikos", "en");
    }

    /** How markup in a name is escaped is MessagesTest's; here: the name goes in as typed and its markup never reaches the chat. */
    @Test
    void markupInANameIsEscapedBeforeItGoesIntoTheMessage() {
        open();

        Sent greeting = reply(text(CLIENT, "<b>Bob</b> & Co", "en", "/start"));

        assertGreeting(greeting, "greeting.client", "<b>Bob</b> & Co", "en");
        assertThat(greeting.rendered().html()).doesNotContain("<b>Bob</b>", "& Co");
    }

    @Test
    void anUpdateDeliveredTwiceIsHandledOnce() {
        open();
        Incoming start = text(CLIENT, "Maria", "el", "/start");

        assertThat(say(start)).extracting(Sent::key).containsExactly("greeting.client");
        assertThat(say(start)).isEmpty();
    }

    @Test
    void oddInputGetsAPoliteAnswerNeverACrash() {
        open();
        String huge = "😀 مرحبا <script> ".repeat(2000);

        List<Sent> replies = say(text(CLIENT, "Ali", "fr", huge));
        assertThat(replies).extracting(s -> s.to().value()).contains(ANNA, CLIENT);
        assertThat(replies).allSatisfy(s -> assertThat(s.rendered().html().length()).isLessThan(4096));
        assertThat(reply(harness.update(CLIENT, "Ali", "fr", new Input.Unsupported("sticker"))).key()).isEqualTo("input.unsupported");
        Sent unknown = reply(text(CLIENT, "Ali", "fr", "/portfolio@studio_bot now"));
        assertThat(unknown.key()).isEqualTo("command.unknown");
        assertThat(unknown.arg("command")).isEqualTo("/portfolio");
        assertThat(reply(text(CLIENT, "Ali", "fr", "/gallery@studio_bot now")).key()).as("a photographer's command").isEqualTo("command.notAllowed");
        assertThat(reply(text(CLIENT, "Ali", "fr", "/agenda")).key()).isEqualTo("command.notAllowed");
    }

    @Test
    void anUpdateStoredButNotHandledBeforeACrashIsHandledOnceAfterTheRestart() {
        open((chat, task) -> { }); // the process dies after storing, before handling
        say(text(CLIENT, "Maria", "el", "/start"));
        harness.close();

        open();
        assertThat(harness.bot().intake().resume()).isEqualTo(1);
        List<Sent> sent = harness.flushSaid();

        assertThat(sent).hasSize(1);
        assertGreeting(sent.get(0), "greeting.client", "Maria", "el");
        assertThat(harness.bot().intake().resume()).isZero();
    }

    @Test
    void housekeepingIsScheduledOnceAndRunsDaily() {
        open();
        assertThat(harness.bot().jobs().pending("housekeeping")).isPresent();
        harness.close();
        open();

        clock.advance(Duration.ofMinutes(6));
        harness.bot().jobRunning().drain();

        assertThat(harness.bot().jobs().pending("housekeeping")).get()
                .extracting(j -> j.dueAt()).isEqualTo(clock.instant().plus(Duration.ofDays(1)));
    }
}
