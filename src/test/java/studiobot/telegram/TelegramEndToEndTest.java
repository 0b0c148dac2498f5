package studiobot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import studiobot.TelegramRuntime;
import studiobot.i18n.Messages;

/**
 * The whole program against a fake Bot API on 127.0.0.1, through the real TelegramBots client and
 * long-polling session: updates in as JSON, requests out as the server sees them.
 *
 * <p>The bot runs on a test clock that stands still until a test moves it, across restarts too:
 * flood limits, retry_after and backoff are waited out by moving the clock, never by sleeping,
 * and the fake stamps each request with that clock. {@code WAIT} only bounds how long a test
 * waits for the bot's threads to act.
 */
class TelegramEndToEndTest extends AgainstFakeTelegram {
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** A person's pause over each screen: long enough for their chat's flood limit (1/s, bursts of 3) to fill up again. */
    private static final Duration A_FEW_SECONDS = Duration.ofSeconds(3);
    private static final long MARIA = 4242;
    private static final long JOHN = 5151;

    private final Messages messages = studiobot.testing.TestTexts.messages();

    private void startBot() {
        bot = TelegramRuntime.start(config, data, messages, studiobot.testing.TestTexts.zones(), FakeBotApi.TOKEN, telegram.url(), clock);
    }

    /** Time passes on the bot's clock; its sender, which may be waiting for a due time, looks again at once. */
    private void timePasses(Duration amount) {
        clock.advance(amount);
        bot.bot().outboxWaker().wake();
    }

    private List<FakeBotApi.Call> sentTo(long chat) {
        return telegram.calls("sendmessage").stream().filter(c -> c.chatId() == chat).toList();
    }

    /**
     * Maria asks for /help and is answered, while the clock stands still. The sender sends one
     * message at a time, each chat's oldest first and older chats first, so by then it has
     * settled every answer that came before (a failure's retry is due from the clock's time
     * now), and a message of an earlier chat that was due by now has gone out: what has not been
     * resent by then was rightly held.
     */
    private void mariaIsAnsweredMeanwhile() throws InterruptedException {
        int answered = sentTo(MARIA).size();
        telegram.userSends(MARIA, "Maria", "en", "/help");
        assertThat(telegram.awaitNth("sendmessage", c -> c.chatId() == MARIA, answered + 1, WAIT).text())
                .startsWith("Here is what I can do");
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

    /**
     * Twenty clients write at once and each answer takes the Bot API half a second: the sends of
     * different chats are in flight together, as many as the sender runs. (TelegramBots makes its
     * calls through OkHttp's queue, which let only 5 run at once to one host: 8 senders sent 5.)
     */
    @Test
    void theRepliesOfDifferentChatsAreInFlightTogether_asManyAsTheSenderRuns() throws Exception {
        telegram.roundTrip(Duration.ofMillis(500));
        int clients = 20;
        for (int i = 0; i < clients; i++) {
            telegram.userSends(7000 + i, "Client" + i, "en", "/start");
        }
        startBot();
        for (int i = 0; i < clients; i++) {
            long chat = 7000 + i;
            telegram.await("sendmessage", c -> c.chatId() == chat, WAIT);
        }
        assertThat(telegram.mostInFlight("sendmessage")).isEqualTo(TelegramRuntime.SENDS_IN_FLIGHT);
    }

    @Test
    void aStickerIsSmallTalk_answeredInAWordAndPassedToNoOne() throws Exception {
        startBot();
        telegram.userSendsSticker(MARIA, "Maria", "en", "👍");

        FakeBotApi.Call answer = telegram.await("sendmessage", c -> c.chatId() == MARIA, WAIT);
        assertThat(answer.text()).isEqualTo("👍 I'm here whenever you need me.");
    }

    @Test
    void publishesTheCommandMenuPerLanguage() throws Exception {
        startBot();
        // set beside the polling: the menu for the default language comes after every language's
        telegram.await("setmycommands", c -> !c.body().has("language_code") && !c.body().has("scope"), WAIT);

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
    void aPressInAGroupIsAnsweredSoItsSpinnerStopsAndNothingElseHappens() throws Exception {
        startBot();
        int press = telegram.userPressesInGroup(JOHN, "John", "language~AAAAAAAA", -500);

        FakeBotApi.Call answer = telegram.await("answercallbackquery",
                c -> c.body().path("callback_query_id").asText().equals("cb-" + press), WAIT);
        assertThat(answer.body().has("text")).isFalse();
        telegram.userSends(JOHN, "John", "en", "/help");
        telegram.await("sendmessage", c -> c.chatId() == JOHN, WAIT);
        assertThat(telegram.calls("sendmessage")).hasSize(1);
        assertThat(telegram.calls("editmessagetext")).isEmpty();
    }

    /** Updates TelegramBots cannot read: each failed the whole batch, which came back for ever and held every update behind it. */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> unreadableUpdates() {
        String chat = "{\"id\":4242,\"type\":\"private\",\"first_name\":\"Maria\"}";
        String from = "{\"id\":4242,\"is_bot\":false,\"first_name\":\"Maria\"}";
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("a message_id that is a string",
                        "{\"update_id\":%ID%,\"message\":{\"message_id\":\"seven\",\"date\":1764576000,\"chat\":" + chat
                                + ",\"from\":" + from + ",\"text\":\"hi\"}}"),
                org.junit.jupiter.params.provider.Arguments.of("a user id beyond 64 bits",
                        "{\"update_id\":%ID%,\"message\":{\"message_id\":7,\"date\":1764576000,\"chat\":" + chat
                                + ",\"from\":{\"id\":123456789012345678901234567890,\"is_bot\":false,\"first_name\":\"X\"},\"text\":\"hi\"}}"),
                org.junit.jupiter.params.provider.Arguments.of("a reply_to_message that is an inaccessible message (date 0)",
                        "{\"update_id\":%ID%,\"message\":{\"message_id\":8,\"date\":1764576000,\"chat\":" + chat + ",\"from\":" + from
                                + ",\"text\":\"hi\",\"reply_to_message\":{\"chat\":" + chat + ",\"message_id\":3,\"date\":0}}}"),
                org.junit.jupiter.params.provider.Arguments.of("a field of a type the library has never heard of",
                        "{\"update_id\":%ID%,\"message\":{\"message_id\":9,\"date\":1764576000,\"chat\":" + chat + ",\"from\":" + from
                                + ",\"text\":[\"not\",\"a\",\"string\"]}}"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("unreadableUpdates")
    void anUnreadableUpdateIsStoredAsFailedAndConfirmed_andTheUpdatesBehindItAreAnswered(String what, String json) throws Exception {
        startBot();
        int bad = telegram.rawUpdate(json);
        telegram.userSends(JOHN, "John", "en", "/help");

        telegram.await("sendmessage", c -> c.chatId() == JOHN, WAIT);
        telegram.awaitAllConfirmed(WAIT);
        assertThat(telegram.deliveries(bad)).as("handed out once, then confirmed").isEqualTo(1);
        InboxRow row = storedAfterTheStop(bad);
        assertThat(row.payload()).as("as it came").isEqualTo(json.replace("%ID%", Integer.toString(bad)).replace("\\", "\\"));
        assertThat(row.error()).startsWith("unreadable: ");
        assertThat(row.processed()).as("never processed again").isTrue();
    }

    /** What the inbox holds of an update, read once the bot has stopped. */
    private record InboxRow(String payload, String error, boolean processed) {}

    private InboxRow storedAfterTheStop(int updateId) throws Exception {
        bot.close();
        bot = null;
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + data.resolve(studiobot.store.Database.FILE_NAME));
             java.sql.ResultSet row = db.createStatement().executeQuery(
                     "SELECT payload, error, processed_at IS NOT NULL FROM inbox WHERE update_id = " + updateId)) {
            assertThat(row.next()).as("stored").isTrue();
            return new InboxRow(row.getString(1), row.getString(2), row.getBoolean(3));
        }
    }

    /**
     * An update the library reads but the bot's translation of it throws on (a photo size without
     * its width, which the library leaves nullable): the poller had already moved past the batch,
     * so swallowing the failure lost every update in it, and the next poll confirmed them.
     */
    @Test
    void anUpdateTheTranslationFailsOnIsStoredAsFailed_andTheOthersOfItsBatchAreAnswered() throws Exception {
        String chat = telegram.chatJson(MARIA, "Maria");
        String from = telegram.userJson(MARIA, "Maria");
        int bad = telegram.rawUpdate("{\"update_id\":%ID%,\"message\":{\"message_id\":13,\"date\":1764576000,\"chat\":" + chat
                + ",\"from\":" + from + ",\"photo\":[{\"file_id\":\"p0\",\"file_unique_id\":\"u0\",\"width\":90,\"height\":90},"
                + "{\"file_id\":\"p1\",\"file_unique_id\":\"u1\",\"height\":90}]}}");
        telegram.userSends(JOHN, "John", "en", "/help");
        startBot();

        telegram.await("sendmessage", c -> c.chatId() == JOHN, WAIT);
        telegram.awaitAllConfirmed(WAIT);
        InboxRow row = storedAfterTheStop(bad);
        assertThat(row.payload()).as("as the library read it").contains("\"file_id\":\"p1\"");
        assertThat(row.error()).startsWith("unreadable: not translated: java.lang.NullPointerException");
        assertThat(row.processed()).as("never processed again").isTrue();
        assertThat(telegram.calls("sendmessage")).noneMatch(c -> c.chatId() == MARIA);
    }

    @Test
    void aLocationOffTheMapIsAnsweredPolitely_evenANaNTheLibraryCouldNotRead() throws Exception {
        startBot();
        String chat = telegram.chatJson(MARIA, "Maria");
        String from = telegram.userJson(MARIA, "Maria");
        telegram.rawUpdate("{\"update_id\":%ID%,\"message\":{\"message_id\":11,\"date\":1764576000,\"chat\":" + chat + ",\"from\":" + from
                + ",\"location\":{\"latitude\":NaN,\"longitude\":23.7}}}");
        telegram.rawUpdate("{\"update_id\":%ID%,\"message\":{\"message_id\":12,\"date\":1764576000,\"chat\":" + chat + ",\"from\":" + from
                + ",\"location\":{\"latitude\":95.0,\"longitude\":23.7}}}");

        FakeBotApi.Call first = telegram.await("sendmessage", c -> c.chatId() == MARIA, WAIT);
        FakeBotApi.Call second = telegram.awaitNth("sendmessage", c -> c.chatId() == MARIA, 2, WAIT);
        assertThat(List.of(first.text(), second.text())).allSatisfy(t -> assertThat(t).startsWith("I could not read that location."));
    }

    /** A button's data as the running bot signs it for this person: a press the bot would take from them. */
    private String signedFor(long userId, String action) {
        try (studiobot.store.Database db = studiobot.store.Database.open(data)) {
            return new studiobot.chat.Callbacks(new studiobot.store.SqliteSecrets(db).callbackKey()).encode(userId, action, List.of());
        }
    }

    @Test
    void aPrivateChatThatIsNotItsSendersOrAPressOnAnotherChatsMessageIsLeftOut() throws Exception {
        startBot();
        // John writes "into" Maria's private chat, and presses a button on a message of hers
        telegram.rawUpdate("{\"update_id\":%ID%,\"message\":{\"message_id\":21,\"date\":1764576000,\"chat\":" + telegram.chatJson(MARIA, "Maria")
                + ",\"from\":" + telegram.userJson(JOHN, "John") + ",\"text\":\"/agenda\"}}");
        int press = telegram.rawUpdate("{\"update_id\":%ID%,\"callback_query\":{\"id\":\"cb-forged\",\"from\":" + telegram.userJson(JOHN, "John")
                + ",\"chat_instance\":\"ci\",\"data\":\"" + signedFor(JOHN, "mine") + "\",\"message\":{\"message_id\":5,\"date\":1764576000,\"chat\":"
                + telegram.chatJson(MARIA, "Maria") + ",\"text\":\"(the bot's message)\"}}}");
        telegram.userSends(JOHN, "John", "en", "/help");

        telegram.await("sendmessage", c -> c.chatId() == JOHN, WAIT);
        telegram.await("answercallbackquery", c -> c.body().path("callback_query_id").asText().equals("cb-forged"), WAIT);
        telegram.awaitAllConfirmed(WAIT);
        assertThat(telegram.calls("sendmessage")).as("nothing written into Maria's chat, John answered once").singleElement()
                .satisfies(c -> assertThat(c.chatId()).isEqualTo(JOHN));
        assertThat(telegram.calls("editmessagetext")).isEmpty();
        assertThat(press).isPositive();
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
        timePasses(A_FEW_SECONDS);
        telegram.userSends(MARIA, "Maria", "en", "/help");
        assertThat(telegram.await("sendmessage", c -> c.chatId() == MARIA && c.text().startsWith("Here is what I can do"), WAIT)).isNotNull();

        bookTheFirstFreePortrait(JOHN, "John");
        FakeBotApi.Call file = telegram.await("senddocument", c -> c.body().path("chat_id").asLong() == JOHN, WAIT);
        assertThat(file.body().path("document").path("content").asText()).startsWith("BEGIN:VCALENDAR").contains("UID:booking-2@studio-bot");
        assertThat(file.body().path("caption").asText()).isEqualTo("📅 Add the shoot to your calendar.");
        assertThat(file.body().path("parse_mode").asText()).isEqualToIgnoringCase("HTML");
    }

    /**
     * /book, then the first package, the first free day, the first time, skip the question, confirm;
     * a person takes a few seconds over each screen.
     */
    private void bookTheFirstFreePortrait(long user, String name) throws InterruptedException {
        timePasses(A_FEW_SECONDS);
        telegram.userSends(user, name, "en", "/book");
        FakeBotApi.Call packages = telegram.await("sendmessage", c -> c.chatId() == user && c.text().startsWith("Which shoot"), WAIT);
        String[][] steps = {{"choose a day", "bkd:"}, {"choose a time", "bkt:"}, {"question 1 of 1", "bks:"}, {"Please check your booking", "bkc:"}};
        String press = packages.buttonData().get(0);
        for (String[] step : steps) {
            timePasses(A_FEW_SECONDS);
            telegram.userPresses(user, name, press, 100);
            FakeBotApi.Call screen = telegram.await("editmessagetext", c -> c.chatId() == user && c.text().contains(step[0]), WAIT);
            press = screen.buttonData().stream().filter(d -> d.startsWith(step[1])).findFirst().orElseThrow();
        }
        timePasses(A_FEW_SECONDS);
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
        Duration retryAfter = Duration.ofSeconds(2);
        telegram.script("sendmessage", JOHN, FakeBotApi.error(429, "Too Many Requests: retry after 2", 2));
        startBot();
        telegram.userSends(JOHN, "John", "en", "/start");
        FakeBotApi.Call refused = telegram.await("sendmessage", c -> c.chatId() == JOHN, WAIT);
        mariaIsAnsweredMeanwhile();

        timePasses(retryAfter.minusMillis(1));
        mariaIsAnsweredMeanwhile();
        assertThat(sentTo(JOHN)).as("nothing resent before retry_after").hasSize(1);

        timePasses(Duration.ofMillis(1));
        FakeBotApi.Call delivered = telegram.awaitNth("sendmessage", c -> c.chatId() == JOHN, 2, WAIT);
        assertThat(delivered.text()).isEqualTo(refused.text()).startsWith("Hello, John!");
        assertThat(Duration.between(refused.at(), delivered.at())).isGreaterThanOrEqualTo(retryAfter);
        telegram.awaitAllConfirmed(WAIT);
        assertThat(sentTo(JOHN)).hasSize(2);
    }

    @Test
    void aDroppedConnectionIsRetriedByTheOutboxAlone_neverReSentUnseenByTheHttpClient() throws Exception {
        // the server reads the send, then the connection drops before any answer
        telegram.script("sendmessage", JOHN, new okhttp3.mockwebserver.MockResponse()
                .setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.DISCONNECT_AFTER_REQUEST));
        startBot();
        telegram.userSends(JOHN, "John", "en", "/start");
        telegram.await("sendmessage", c -> c.chatId() == JOHN, WAIT);
        mariaIsAnsweredMeanwhile();
        timePasses(Duration.ofSeconds(1));
        telegram.awaitNth("sendmessage", c -> c.chatId() == JOHN, 2, WAIT);
        mariaIsAnsweredMeanwhile();
        bot.close();
        bot = null;

        // every post is one the outbox made and counted: its first try failed, its retry went
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + data.resolve(studiobot.store.Database.FILE_NAME));
             java.sql.ResultSet row = db.createStatement().executeQuery(
                     "SELECT attempts, status FROM outbox WHERE chat_id = " + JOHN + " ORDER BY id LIMIT 1")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(2)).isEqualTo("sent");
            assertThat(sentTo(JOHN)).as("posts to John: the outbox's attempts, and none behind its back").hasSize(row.getInt(1) + 1).hasSize(2);
        }
    }

    @Test
    void retriesServerErrorsWithBackoffAndSendsOnce() throws Exception {
        telegram.script("sendmessage", JOHN, FakeBotApi.error(500, "Internal Server Error", null), FakeBotApi.htmlError(502));
        startBot();
        telegram.userSends(JOHN, "John", "en", "/start");
        telegram.await("sendmessage", c -> c.chatId() == JOHN, WAIT);
        mariaIsAnsweredMeanwhile();

        timePasses(Duration.ofSeconds(1).minusMillis(1));
        mariaIsAnsweredMeanwhile();
        assertThat(sentTo(JOHN)).as("no retry before the first backoff of a second").hasSize(1);
        timePasses(Duration.ofMillis(1));
        telegram.awaitNth("sendmessage", c -> c.chatId() == JOHN, 2, WAIT);
        mariaIsAnsweredMeanwhile();

        timePasses(Duration.ofSeconds(2).minusMillis(1));
        mariaIsAnsweredMeanwhile();
        assertThat(sentTo(JOHN)).as("no retry before the backoff doubled to two seconds").hasSize(2);
        timePasses(Duration.ofMillis(1));
        FakeBotApi.Call third = telegram.awaitNth("sendmessage", c -> c.chatId() == JOHN, 3, WAIT);

        List<FakeBotApi.Call> tries = sentTo(JOHN);
        assertThat(tries).extracting(FakeBotApi.Call::text).containsOnly(third.text());
        assertThat(Duration.between(tries.get(0).at(), tries.get(1).at())).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(Duration.between(tries.get(1).at(), tries.get(2).at())).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        telegram.awaitAllConfirmed(WAIT);
        assertThat(sentTo(JOHN)).as("sent once after the errors").hasSize(3);
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
        timePasses(Duration.ofMinutes(5)); // the longest backoff: its retry falls due while the bot runs again

        FakeBotApi.Call delivered = telegram.awaitNth("sendmessage", c -> true, attemptsBeforeRestart + 1, WAIT);
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

        telegram.await("sendmessage", c -> c.text().contains("/foo3"), WAIT);
        telegram.await("sendmessage", c -> c.chatId() == MARIA, WAIT);
        assertThat(sentTo(JOHN)).as("John's chat is flood-limited to bursts of three; Maria's reply did not wait").hasSize(3);
        timePasses(Duration.ofSeconds(1));
        telegram.await("sendmessage", c -> c.text().contains("/foo4"), WAIT);
        assertThat(sentTo(JOHN).stream().map(FakeBotApi.Call::text))
                .containsExactly(
                        "I don't know the command /foo1. Try /help to see what I can do.",
                        "I don't know the command /foo2. Try /help to see what I can do.",
                        "I don't know the command /foo3. Try /help to see what I can do.",
                        "I don't know the command /foo4. Try /help to see what I can do.");
    }
}
