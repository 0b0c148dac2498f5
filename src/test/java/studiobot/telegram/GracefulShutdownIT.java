package studiobot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar serving a fake Bot API, stopped with SIGTERM as Docker or systemd would. */
class GracefulShutdownIT {
    @TempDir
    Path dir;

    /** The packaged bot in its own process, on this data directory, polling the fake; its output in a file beside. */
    private Process start(Path data, FakeBotApi telegram) throws java.io.IOException {
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "studio-bot.jar").toAbsolutePath().toString(), "--data", data.toString(), "run"))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(data.getFileName() + ".txt").toFile());
        builder.environment().put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
        builder.environment().put("TELEGRAM_API_URL", telegram.url().toString());
        return builder.start();
    }

    /**
     * Sends the bot a SIGTERM the moment its log holds {@code text} (looking as often as it can, for
     * up to 30 s), asserts it stops within {@code limit}, and returns its log.
     */
    private static String sigtermOnceTheLogSays(Process bot, Path data, String text, Duration limit) throws Exception {
        Path logFile = data.resolve("logs").resolve("studio-bot.log");
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!(Files.exists(logFile) && Files.readString(logFile, StandardCharsets.UTF_8).contains(text))) {
                assertThat(System.nanoTime()).as("the log says: " + text).isLessThan(deadline);
                Thread.onSpinWait();
            }
            bot.destroy(); // SIGTERM

            assertThat(bot.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)).as("stops within " + limit).isTrue();
        } finally {
            bot.destroyForcibly();
        }
        return Files.readString(logFile, StandardCharsets.UTF_8);
    }

    @Test
    void sigtermStopsPollingFlushesTheOutboxAndClosesTheDatabase() throws Exception {
        // the bot runs on the system clock in its own process; the fake stamps calls with the same
        try (FakeBotApi telegram = new FakeBotApi(Clock.systemUTC())) {
            Path data = dir.resolve("data");
            Process bot = start(data, telegram);
            try {
                telegram.userSends(77, "Eleni", "el", "/start");
                telegram.await("sendmessage", c -> c.chatId() == 77, Duration.ofSeconds(30));
                telegram.awaitAllConfirmed(Duration.ofSeconds(10));

                bot.destroy(); // SIGTERM

                assertThat(bot.waitFor(30, TimeUnit.SECONDS)).as("stops within the flush limit").isTrue();
            } finally {
                bot.destroyForcibly();
            }
            String log = Files.readString(data.resolve("logs").resolve("studio-bot.log"), StandardCharsets.UTF_8);
            assertThat(log).contains("stopping: no new updates").contains("stopped; 0 messages left in the outbox");
            // the start's own question, then the session's
            assertThat(telegram.calls("deletewebhook")).hasSize(2);
            assertThat(log).doesNotContain(FakeBotApi.TOKEN);
        }
    }

    @Test
    void aSigtermDuringStartUpWaitsForTheStartThenStopsGracefully() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi(Clock.systemUTC())) {
            Path data = dir.resolve("early");
            Process bot = start(data, telegram);
            // the first line of the log: the configuration is read, the database and polling not yet started
            String log = sigtermOnceTheLogSays(bot, data, "starting studio-bot", Duration.ofSeconds(30));
            assertThat(log).as(log).contains("stopping: no new updates").contains("stopped; 0 messages left in the outbox")
                    .doesNotContain("stopped by an error", "Shutdown in progress");
            assertThat(bot.exitValue()).as("ended by the signal, as asked, not by an error").isEqualTo(143);
        }
    }

    @Test
    void aSigtermWhileTheStartWaitsForABotApiThatDoesNotAnswerStopsAtOnceAndGracefully() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi(Clock.systemUTC())) {
            for (int i = 0; i < 30; i++) {
                telegram.script("deletewebhook", FakeBotApi.htmlError(503));
            }
            Path data = dir.resolve("waiting");
            Process bot = start(data, telegram);
            // it stops without waiting out the start
            String log = sigtermOnceTheLogSays(bot, data, "did not answer the start", Duration.ofSeconds(10));
            assertThat(log).as(log).contains("stopped while waiting for the Bot API to answer the start")
                    .contains("stopped; 0 messages left in the outbox").doesNotContain("stopped by an error", "took over");
            assertThat(bot.exitValue()).isEqualTo(143);
            assertThat(data.resolve("studio-bot.db-wal")).as("the database closed cleanly").doesNotExist();
        }
    }
}
