package studiobot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studiobot.TelegramRuntime;
import studiobot.config.ConfigLoader;
import studiobot.config.StudioConfig;
import studiobot.i18n.Bundles;
import studiobot.i18n.Messages;

/**
 * The whole program against a fake Bot API on 127.0.0.1, through the real TelegramBots client and
 * long-polling session: updates in as JSON, requests out as the server sees them.
 */
class TelegramEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final long MARIA = 4242;
    private static final long JOHN = 5151;

    @TempDir
    Path data;

    private final StudioConfig config = new ConfigLoader().loadDemo();
    private final Messages messages = studiobot.testing.TestTexts.messages();
    private FakeBotApi telegram;
    private TelegramRuntime bot;

    @BeforeEach
    void startFakeTelegram() throws Exception {
        telegram = new FakeBotApi();
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (bot != null) {
            bot.close();
        }
        telegram.close();
    }

    private void startBot() {
        bot = TelegramRuntime.start(config, data, messages, studiobot.testing.TestTexts.zones(), FakeBotApi.TOKEN, telegram.url(), Clock.systemUTC());
    }

    private void restartBot() {
        bot.close();
        startBot();
    }

    @Test
    void greetsANewClientInTheirTelegramLanguageWithInlineButtons() throws Exception {
        startBot();
        telegram.userSends(MARIA, "Maria", "el", "/start");

        FakeBotApi.Call greeting = telegram.await("sendmessage", c -> c.chatId() == MARIA, WAIT);
        assertThat(greeting.text()).startsWith("Γεια σας, Maria!").contains("<b>Lumen Photo Studio</b>");
        assertThat(greeting.body().path("parse_mode").asText()).isEqualToIgnoringCase("HTML");
        assertThat(greeting.buttonData()).hasSize(7)
                .allSatisfy(d -> assertThat(d.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64));
        assertThat(greeting.body().at("/reply_markup/inline_keyboard/2/0/text").asText()).isEqualTo("🌐 Γλώσσα");
    }

    @Test
    void publishesTheCommandMenuPerLanguage() throws Exception {
        startBot();
        telegram.await("setmycommands", c -> c.body().path("language_code").asText().equals("zh"), WAIT);

        List<String> languages = telegram.calls("setmycommands").stream()
                .map(c -> c.body().path("language_code").asText("")).toList();
        assertThat(languages).contains("en", "el", "ms", "zh", "");
        FakeBotApi.Call greek = telegram.calls("setmycommands").stream()
                .filter(c -> c.body().path("language_code").asText().equals("el")).findFirst().orElseThrow();
        assertThat(greek.body().at("/commands/4/command").asText()).isEqualTo("language");
        assertThat(greek.body().at("/commands/4/description").asText()).isEqualTo(messages.render("el", studiobot.chat.Msg.of("command.language.description")));
        assertThat(greek.body().path("commands").findValuesAsText("command")).contains("book").doesNotContain("agenda");

        // the photographer's own menu, in her chat and her language, has her agenda instead of booking
        FakeBotApi.Call anna = telegram.await("setmycommands", c -> c.body().at("/scope/chat_id").asText().equals("2001"), WAIT);
        assertThat(anna.body().at("/scope/type").asText()).isEqualTo("chat");
        assertThat(anna.body().path("commands").findValuesAsText("command")).contains("agenda", "start").doesNotContain("book", "mybookings");
        assertThat(anna.body().path("commands").findValuesAsText("description"))
                .contains(messages.render("el", studiobot.chat.Msg.of("command.agenda.description")));
    }

    @Test
    void aServerWithoutSetMyCommandsOnlyCostsAWarning() throws Exception {
        for (int i = 0; i < 5; i++) {
            telegram.script("setmycommands", FakeBotApi.error(404, "Not Found: method not found", null));
        }
        startBot();
        telegram.userSends(JOHN, "John", "en", "/start");

        assertThat(telegram.await("sendmessage", c -> c.chatId() == JOHN, WAIT).text()).startsWith("Hello, John!");
    }

    @Test
    void aButtonPressIsAcknowledgedAndHandledInPlace() throws Exception {
        startBot();
        telegram.userSends(JOHN, "John", "en", "/start");
        FakeBotApi.Call greeting = telegram.await("sendmessage", c -> c.chatId() == JOHN, WAIT);
        long greetingId = telegram.calls("sendmessage").indexOf(greeting) + 100L; // the fake numbers messages from 100
        String languageButton = greeting.buttonData().get(4);

        int press = telegram.userPresses(JOHN, "John", languageButton, greetingId);

        telegram.await("answercallbackquery", c -> c.body().path("callback_query_id").asText().equals("cb-" + press), WAIT);
        FakeBotApi.Call list = telegram.await("editmessagetext", c -> c.chatId() == JOHN, WAIT);
        assertThat(list.body().path("message_id").asLong()).isEqualTo(greetingId);
        assertThat(list.text()).isEqualTo("Which language would you like me to use?");
        assertThat(list.body().toString()).contains("Ελληνικά", "Bahasa Melayu", "简体中文");

        String malay = list.body().at("/reply_markup/inline_keyboard").findParents("text").stream()
                .filter(b -> b.path("text").asText().equals("Bahasa Melayu")).findFirst().orElseThrow()
                .path("callback_data").asText();
        telegram.userPresses(JOHN, "John", malay, greetingId);

        FakeBotApi.Call chosen = telegram.await("editmessagetext", c -> c.text().contains("bahasa Melayu"), WAIT);
        assertThat(chosen.chatId()).isEqualTo(JOHN);
    }

    @Test
    void aBookingsCalendarFileGoesOutAsAnUploadAndAServerWithoutSendDocumentOnlyCostsTheFile() throws Exception {
        telegram.script("senddocument", FakeBotApi.error(404, "Not Found: method not found", null));
        startBot();

        bookTheFirstFreePortrait(MARIA, "Maria");
        FakeBotApi.Call refused = telegram.await("senddocument", c -> c.body().path("chat_id").asLong() == MARIA, WAIT);
        assertThat(refused.body().path("document").path("filename").asText()).isEqualTo("booking-1.ics");
        telegram.userSends(MARIA, "Maria", "en", "/help");
        assertThat(telegram.await("sendmessage", c -> c.chatId() == MARIA && c.text().startsWith("Here is what I can do"), WAIT)).isNotNull();

        bookTheFirstFreePortrait(JOHN, "John");
        FakeBotApi.Call file = telegram.await("senddocument", c -> c.body().path("chat_id").asLong() == JOHN, WAIT);
        assertThat(file.body().path("document").path("content").asText()).startsWith("BEGIN:VCALENDAR").contains("UID:booking-2@studio-bot");
        assertThat(file.body().path("caption").asText()).isEqualTo("📅 Add the shoot to your calendar.");
        assertThat(file.body().path("parse_mode").asText()).isEqualToIgnoringCase("HTML");
    }

    /** /book, then the first package, the first free day, the first time, skip the question, confirm. */
    private void bookTheFirstFreePortrait(long user, String name) throws InterruptedException {
        telegram.userSends(user, name, "en", "/book");
        FakeBotApi.Call packages = telegram.await("sendmessage", c -> c.chatId() == user && c.text().startsWith("Which shoot"), WAIT);
        String[][] steps = {{"choose a day", "bkd:"}, {"choose a time", "bkt:"}, {"question 1 of 1", "bks:"}, {"Please check your booking", "bkc:"}};
        String press = packages.buttonData().get(0);
        for (String[] step : steps) {
            telegram.userPresses(user, name, press, 100);
            FakeBotApi.Call screen = telegram.await("editmessagetext", c -> c.chatId() == user && c.text().contains(step[0]), WAIT);
            press = screen.buttonData().stream().filter(d -> d.startsWith(step[1])).findFirst().orElseThrow();
        }
        telegram.userPresses(user, name, press, 100);
    }

    @Test
    void aForgedButtonIsRefusedPolitelyAndChangesNothing() throws Exception {
        startBot();
        telegram.userPresses(JOHN, "John", "setlang:zh~AAAAAAAA", 7);

        // the notice goes to the presser alone, as the press's answer: nothing is written into the chat
        FakeBotApi.Call refusal = telegram.await("answercallbackquery", c -> true, WAIT);
        assertThat(refusal.body().path("text").asText()).isEqualTo("That button is no longer valid. Please use /start to see the current options.");
        telegram.userSends(JOHN, "John", "en", "/help");
        assertThat(telegram.await("sendmessage", c -> c.text().contains("/language"), WAIT).text()).startsWith("Here is what I can do");
        assertThat(telegram.calls("sendmessage")).hasSize(1);
    }

    @Test
    void honoursRetryAfterOn429() throws Exception {
        telegram.script("sendmessage", FakeBotApi.error(429, "Too Many Requests: retry after 2", 2));
        startBot();
        telegram.userSends(JOHN, "John", "en", "/start");

        FakeBotApi.Call delivered = telegram.await("sendmessage", c -> telegram.calls("sendmessage").indexOf(c) == 1, WAIT);
        FakeBotApi.Call refused = telegram.calls("sendmessage").get(0);
        assertThat(delivered.text()).isEqualTo(refused.text()).startsWith("Hello, John!");
        assertThat(Duration.between(refused.at(), delivered.at())).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        telegram.awaitAllConfirmed(WAIT);
        assertThat(telegram.calls("sendmessage")).hasSize(2);
    }

    @Test
    void retriesServerErrorsWithBackoffAndSendsOnce() throws Exception {
        telegram.script("sendmessage", FakeBotApi.error(500, "Internal Server Error", null), FakeBotApi.htmlError(502));
        startBot();
        telegram.userSends(JOHN, "John", "en", "/start");

        FakeBotApi.Call third = telegram.await("sendmessage", c -> telegram.calls("sendmessage").indexOf(c) == 2, WAIT);
        List<FakeBotApi.Call> tries = telegram.calls("sendmessage");
        assertThat(tries).extracting(FakeBotApi.Call::text).containsOnly(third.text());
        assertThat(Duration.between(tries.get(0).at(), tries.get(1).at())).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(Duration.between(tries.get(1).at(), tries.get(2).at())).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aRestartNeitherRepeatsARepliedUpdateNorLosesANewOne() throws Exception {
        startBot();
        telegram.userSends(MARIA, "Maria", "el", "/start");
        telegram.await("sendmessage", c -> c.chatId() == MARIA, WAIT);
        bot.close();

        // while the bot is down a new message arrives, and the server lost its confirmations
        telegram.userSends(JOHN, "John", "en", "/start");
        telegram.forgetConfirmations();
        startBot();

        telegram.await("sendmessage", c -> c.chatId() == JOHN, WAIT);
        telegram.awaitAllConfirmed(WAIT);
        restartBot(); // one more stop and start, to flush anything in flight
        telegram.awaitAllConfirmed(WAIT);
        assertThat(telegram.calls("sendmessage")).extracting(FakeBotApi.Call::chatId).containsExactlyInAnyOrder(MARIA, JOHN);
    }

    @Test
    void aMessageUnsentAtShutdownIsSentOnceAfterTheRestart() throws Exception {
        for (int i = 0; i < 3; i++) {
            telegram.script("sendmessage", FakeBotApi.error(503, "Service Unavailable", null));
        }
        startBot();
        telegram.userSends(JOHN, "John", "en", "/help");
        telegram.await("sendmessage", c -> c.chatId() == JOHN, WAIT);
        bot.close(); // the reply is still in the outbox, waiting for its retry
        int attemptsBeforeRestart = telegram.calls("sendmessage").size();
        telegram.clearScripts();

        startBot();

        FakeBotApi.Call delivered = telegram.await("sendmessage", c -> telegram.calls("sendmessage").indexOf(c) == attemptsBeforeRestart, WAIT);
        assertThat(delivered.text()).startsWith("Here is what I can do");
        restartBot();
        telegram.awaitAllConfirmed(WAIT);
        assertThat(telegram.calls("sendmessage")).hasSize(attemptsBeforeRestart + 1);
    }

    @Test
    void messagesOfOneChatKeepTheirOrderWhileOtherChatsProceed() throws Exception {
        startBot();
        for (int i = 1; i <= 4; i++) {
            telegram.userSends(JOHN, "John", "en", "/foo" + i);
        }
        telegram.userSends(MARIA, "Maria", "el", "/start");

        telegram.await("sendmessage", c -> c.text().contains("/foo4"), WAIT);
        telegram.await("sendmessage", c -> c.chatId() == MARIA, WAIT);
        assertThat(telegram.calls("sendmessage").stream().filter(c -> c.chatId() == JOHN).map(FakeBotApi.Call::text))
                .containsExactly(
                        "I don't know the command /foo1. Try /help to see what I can do.",
                        "I don't know the command /foo2. Try /help to see what I can do.",
                        "I don't know the command /foo3. Try /help to see what I can do.",
                        "I don't know the command /foo4. Try /help to see what I can do.");
    }
}
