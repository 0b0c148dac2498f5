package studiobot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studiobot.chat.Incoming;
import studiobot.chat.Input;
import studiobot.chat.Outbound;
import studiobot.delivery.ChatLanes;
import studiobot.i18n.Messages;
import studiobot.testing.BotHarness;
import studiobot.testing.TestClock;
import studiobot.testing.TestTexts;

/** The bot's router, inbox and outbox on a real SQLite file, with a gateway that records what it is asked to send. */
class ConversationTest {
    private static final long CLIENT = 7001;

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

    private List<Outbound> say(Incoming... updates) {
        return harness.accept(updates);
    }

    @Test
    void greetsANewClientInTheirTelegramLanguageNarrowedToAShippedOne() {
        open();

        assertThat(say(text(CLIENT, "小明", "zh-hant", "/start")).get(0).html()).startsWith("小明，您好！欢迎来到");
        assertThat(say(text(CLIENT + 1, "João", "pt-BR", "/start")).get(0).html()).startsWith("Hello, João!");
        assertThat(say(text(CLIENT + 2, "Siti", "ms", "/start")).get(0).html()).startsWith("Helo, Siti!");
    }

    @Test
    void aChosenLanguageOutranksTheTelegramLanguage() {
        open();
        say(text(CLIENT, "Maria", "el", "/start"));
        harness.bot().people().chooseLocale(CLIENT, "en");

        assertThat(say(text(CLIENT, "Maria", "el", "/start")).get(0).html()).startsWith("Hello, Maria!");
    }

    @Test
    void photographerAndAdminAreGreetedForTheirRole() {
        open();

        assertThat(say(text(2001, "Anna", "en", "/start")).get(0).html()).startsWith("Γεια σας, Anna! Εδώ είναι το γραφείο σας");
        assertThat(say(text(1001, "Nikos", "en", "/start")).get(0).html()).startsWith("Hello, Nikos! You are an admin");
    }

    @Test
    void markupInANameIsEscapedBeforeItGoesIntoTheMessage() {
        open();

        String html = say(text(CLIENT, "<b>Bob</b> & Co", "en", "/start")).get(0).html();

        assertThat(html).startsWith("Hello, &lt;b&gt;Bob&lt;/b&gt; &amp; Co!").contains("<b>Lumen Photo Studio</b>");
    }

    @Test
    void anUpdateDeliveredTwiceIsHandledOnce() {
        open();
        Incoming start = text(CLIENT, "Maria", "el", "/start");

        assertThat(say(start)).hasSize(1);
        assertThat(say(start)).isEmpty();
    }

    @Test
    void oddInputGetsAPoliteAnswerNeverACrash() {
        open();
        String huge = "😀 مرحبا <script> ".repeat(2000);

        List<Outbound> replies = say(text(CLIENT, "Ali", "fr", huge));
        assertThat(replies).extracting(o -> o.chat().value()).contains(2001L, CLIENT);
        assertThat(replies).allSatisfy(o -> assertThat(o.html().length()).isLessThan(4096));
        assertThat(say(harness.update(CLIENT, "Ali", "fr", new Input.Unsupported("sticker")))
                .get(0).html()).startsWith("I can only read text messages");
        assertThat(say(text(CLIENT, "Ali", "fr", "/gallery@studio_bot now")).get(0).html()).isEqualTo("I don't know the command /gallery. Try /help to see what I can do.");
        assertThat(say(text(CLIENT, "Ali", "fr", "/agenda")).get(0).html()).isEqualTo("Sorry, that command is not available to you.");
    }

    @Test
    void anUpdateStoredButNotHandledBeforeACrashIsHandledOnceAfterTheRestart() {
        open((chat, task) -> { }); // the process dies after storing, before handling
        say(text(CLIENT, "Maria", "el", "/start"));
        harness.close();

        open();
        assertThat(harness.bot().intake().resume()).isEqualTo(1);
        List<Outbound> sent = harness.flush();

        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).html()).startsWith("Γεια σας, Maria!");
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
