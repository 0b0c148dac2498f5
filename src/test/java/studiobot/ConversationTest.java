package studiobot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studiobot.chat.ChatGateway;
import studiobot.chat.ChatId;
import studiobot.chat.Incoming;
import studiobot.chat.Input;
import studiobot.chat.Outbound;
import studiobot.chat.SendResult;
import studiobot.chat.Sender;
import studiobot.config.ConfigLoader;
import studiobot.config.StudioConfig;
import studiobot.delivery.ChatLanes;
import studiobot.delivery.OutboxSending;
import studiobot.delivery.RateLimits;
import studiobot.i18n.Bundles;
import studiobot.i18n.Messages;
import studiobot.testing.TestClock;
import studiobot.time.ShiftableClock;

/** The bot's router, inbox and outbox on a real SQLite file, with a gateway that records what it is asked to send. */
class ConversationTest {
    private static final long CLIENT = 7001;

    @TempDir
    Path data;

    private final StudioConfig config = new ConfigLoader().loadDemo();
    private final Messages messages = new Messages(Bundles.load(Path.of("messages")));
    private final TestClock clock = TestClock.at("2026-12-01T08:00:00Z");
    private final List<Outbound> sent = new ArrayList<>();
    private final ChatGateway recording = message -> {
        sent.add(message);
        return new SendResult.Delivered(sent.size());
    };
    private StudioBot bot;
    private OutboxSending sending;
    private long nextUpdateId = 1;

    private void open(ChatLanes lanes) {
        bot = StudioBot.open(config, data, messages, new ShiftableClock(clock), lanes);
        sending = bot.sender(recording, RateLimits.none());
    }

    private void open() {
        open(ChatLanes.DIRECT);
    }

    @AfterEach
    void close() {
        if (bot != null) {
            bot.close();
        }
    }

    private Incoming text(long userId, String name, String language, String text) {
        return new Incoming("telegram", nextUpdateId++, new ChatId(userId), new Sender(userId, name, null, null, language), new Input.Text(text, 1));
    }

    private List<Outbound> say(Incoming... updates) {
        int before = sent.size();
        bot.intake().accept(List.of(updates));
        sending.drain(Duration.ofSeconds(1));
        return List.copyOf(sent.subList(before, sent.size()));
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
        bot.people().chooseLocale(CLIENT, "en");

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

        assertThat(say(text(CLIENT, "Ali", "ar", huge)).get(0).html()).startsWith("Thank you for your message!");
        assertThat(say(new Incoming("telegram", nextUpdateId++, new ChatId(CLIENT), new Sender(CLIENT, "Ali", null, null, "ar"), new Input.Unsupported("sticker")))
                .get(0).html()).startsWith("I can only read text messages");
        assertThat(say(text(CLIENT, "Ali", "ar", "/agenda@studio_bot now")).get(0).html()).isEqualTo("I don't know the command /agenda. Try /help to see what I can do.");
    }

    @Test
    void anUpdateStoredButNotHandledBeforeACrashIsHandledOnceAfterTheRestart() {
        open((chat, task) -> { }); // the process dies after storing, before handling
        bot.intake().accept(List.of(text(CLIENT, "Maria", "el", "/start")));
        bot.close();

        open();
        assertThat(bot.intake().resume()).isEqualTo(1);
        sending.drain(Duration.ofSeconds(1));

        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).html()).startsWith("Γεια σας, Maria!");
        assertThat(bot.intake().resume()).isZero();
    }

    @Test
    void housekeepingIsScheduledOnceAndRunsDaily() {
        open();
        assertThat(bot.jobs().pending("housekeeping")).isPresent();
        bot.close();
        open();

        clock.advance(Duration.ofMinutes(6));
        bot.jobRunning().drain();

        assertThat(bot.jobs().pending("housekeeping")).get()
                .extracting(j -> j.dueAt()).isEqualTo(clock.instant().plus(Duration.ofDays(1)));
    }
}
