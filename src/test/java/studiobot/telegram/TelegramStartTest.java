package studiobot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import studiobot.TelegramRuntime;
import studiobot.testing.TestTexts;

/**
 * A start while the Bot API does not answer (no network yet after a reboot, an outage): the bot
 * asks again until it does, instead of exiting for a supervisor that may not be there. Each
 * refused attempt here costs the first wait, one second of real time.
 */
class TelegramStartTest extends AgainstFakeTelegram {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final long MARIA = 4242;

    private TelegramRuntime start(CountDownLatch stopAsked) {
        return TelegramRuntime.start(config, data, TestTexts.messages(), TestTexts.zones(), FakeBotApi.TOKEN, telegram.url(), clock, stopAsked);
    }

    @Test
    void aBotApiThatDoesNotAnswerTheStartIsAskedAgain_andTheBotServesOnceItDoes() throws Exception {
        telegram.script("deletewebhook", FakeBotApi.htmlError(502));

        bot = start(new CountDownLatch(1));
        telegram.userSends(MARIA, "Maria", "en", "/start");

        assertThat(telegram.await("sendmessage", c -> c.chatId() == MARIA, WAIT).text()).startsWith("Hello, Maria!");
        // refused, asked again a second later, then the session's own
        assertThat(telegram.calls("deletewebhook")).hasSize(3);
    }

    @Test
    void aTokenTheServerDoesNotKnowEndsTheStartAtOnce() {
        telegram.script("getme", FakeBotApi.error(401, "Unauthorized", null));

        assertThatThrownBy(() -> start(new CountDownLatch(1))).isInstanceOf(TelegramException.class)
                .hasMessageContaining("the Bot API refuses the token (getMe)");
        assertThat(telegram.calls("deletewebhook")).isEmpty();
    }

    @Test
    void aStartTheServerRefusesForGood_401Or404_isNotAskedAgain() {
        telegram.script("deletewebhook", FakeBotApi.error(404, "Not Found", null));

        assertThatThrownBy(() -> start(new CountDownLatch(1))).isInstanceOf(TelegramException.class)
                .hasMessageContaining("starting long polling");
        assertThat(telegram.calls("deletewebhook")).hasSize(1);
    }

    @Test
    void aStopWhileTheStartWaitsForTheBotApiEndsIt_withTheDatabaseClosed() throws Exception {
        for (int i = 0; i < 20; i++) {
            telegram.script("deletewebhook", FakeBotApi.htmlError(503));
        }
        CountDownLatch stopAsked = new CountDownLatch(1);
        CompletableFuture<TelegramRuntime> starting = CompletableFuture.supplyAsync(() -> start(stopAsked));
        telegram.await("deletewebhook", c -> true, WAIT);

        stopAsked.countDown();

        assertThatThrownBy(() -> starting.get(WAIT.toSeconds(), TimeUnit.SECONDS)).hasCauseInstanceOf(TelegramTransport.StoppedBeforeStart.class);
        assertThat(data.resolve("studio-bot.db")).isNotEmptyFile();
        assertThat(data.resolve("studio-bot.db-wal")).as("the last connection closed cleanly").doesNotExist();
    }

    @Test
    void aStopWithAnAttemptStillInFlightEndsTheStartWithoutWaitingForIt() throws Exception {
        aStopWhileThisCallIsInFlightEndsTheStart("deletewebhook");
    }

    /** getMe, asked before the polling, on a network that swallows packets: the stop does not wait for its timeout either. */
    @Test
    void aStopWhileGetMeIsStillInFlightEndsTheStartWithoutWaitingForIt() throws Exception {
        aStopWhileThisCallIsInFlightEndsTheStart("getme");
        assertThat(telegram.calls("deletewebhook")).as("the start went no further").isEmpty();
    }

    /** The server answers {@code method} after 4 s; a stop asked while it is in flight ends the start at once. */
    private void aStopWhileThisCallIsInFlightEndsTheStart(String method) throws Exception {
        telegram.script(method, new okhttp3.mockwebserver.MockResponse().setHeadersDelay(4, TimeUnit.SECONDS));
        CountDownLatch stopAsked = new CountDownLatch(1);
        CompletableFuture<TelegramRuntime> starting = CompletableFuture.supplyAsync(() -> start(stopAsked));
        telegram.await(method, c -> true, WAIT);

        stopAsked.countDown();

        // well before the server's answer (4 s) or the call's own timeout (10 s)
        assertThatThrownBy(() -> starting.get(2, TimeUnit.SECONDS)).hasCauseInstanceOf(TelegramTransport.StoppedBeforeStart.class);
        assertThat(data.resolve("studio-bot.db-wal")).doesNotExist();
    }

    @Test
    void theWaitsDoubleFromASecondUpToAMinute_orFollowTheServersRetryAfterWhenLonger() {
        java.util.List<Long> waits = new java.util.ArrayList<>();
        Duration wait = null;
        for (int i = 0; i < 9; i++) {
            wait = TelegramTransport.nextWait(wait, java.util.Optional.empty());
            waits.add(wait.toSeconds());
        }
        assertThat(waits).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
        assertThat(TelegramTransport.nextWait(Duration.ofSeconds(4), java.util.Optional.of(Duration.ofSeconds(90)))).hasSeconds(90);
        assertThat(TelegramTransport.nextWait(Duration.ofSeconds(4), java.util.Optional.of(Duration.ofSeconds(3)))).hasSeconds(8);
    }

    @Test
    void onlyNoAnswerATimeoutAFloodLimitOrAServerErrorIsWorthAskingAgain() throws Exception {
        assertThat(TelegramTransport.worthAskingAgain(new org.telegram.telegrambots.meta.exceptions.TelegramApiException("timeout"))).isTrue();
        assertThat(TelegramTransport.worthAskingAgain(refused(502))).isTrue();
        assertThat(TelegramTransport.worthAskingAgain(refused(500))).isTrue();
        assertThat(TelegramTransport.worthAskingAgain(refused(429))).isTrue();
        assertThat(TelegramTransport.worthAskingAgain(refused(408))).isTrue();
        assertThat(TelegramTransport.worthAskingAgain(refused(401))).isFalse();
        assertThat(TelegramTransport.worthAskingAgain(refused(404))).isFalse();
        assertThat(TelegramTransport.worthAskingAgain(refused(403))).isFalse();
        assertThat(TelegramTransport.worthAskingAgain(refused(400))).isFalse();
    }

    private static org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException refused(int code) throws Exception {
        org.telegram.telegrambots.meta.api.objects.ApiResponse<Boolean> response = new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                "{\"ok\":false,\"error_code\":" + code + ",\"description\":\"no\"}",
                new com.fasterxml.jackson.core.type.TypeReference<org.telegram.telegrambots.meta.api.objects.ApiResponse<Boolean>>() {});
        return new org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException("deleteWebhook", response);
    }
}
