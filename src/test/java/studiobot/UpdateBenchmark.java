package studiobot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import studiobot.chat.Input;
import studiobot.chat.Outbound;
import studiobot.delivery.ChatLanes;
import studiobot.testing.BotHarness;
import studiobot.testing.TestClock;
import studiobot.testing.TestTexts;

/**
 * The bot's own work per update, end to end but for the network: store the update, route it,
 * run the feature, render the reply in the client's language and zone, commit (SQLite, WAL, full
 * sync), and hand the reply to a gateway that only records it. A measurement to run by hand:
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) studiobot.UpdateBenchmark
 * </pre>
 */
final class UpdateBenchmark {
    private static final int WARM_UP = 300;
    private static final int MEASURED = 2_000;
    private static final List<String> TEXTS = List.of(
            "/start", "How much is a wedding?", "Πότε θα πάρω τις φωτογραφίες;", "/language", "/timezone", "吉隆坡",
            "Can I bring my dog?", "/help");

    private UpdateBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("studio-bot-bench");
        TestClock clock = TestClock.at("2026-12-01T08:00:00Z");
        try (BotHarness bot = new BotHarness(data, TestTexts.messages(), clock, ChatLanes.DIRECT)) {
            run(bot, WARM_UP);
            long[] nanos = run(bot, MEASURED);
            Arrays.sort(nanos);
            double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
            System.out.printf("updates: %d, mean %.2f ms, p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", MEASURED, mean,
                    nanos[MEASURED / 2] / 1e6, nanos[MEASURED * 99 / 100] / 1e6, nanos[MEASURED - 1] / 1e6);
            System.out.printf("messages sent: %d%n", bot.sent().size());
        }
    }

    private static long[] run(BotHarness bot, int count) {
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            long client = 10_000 + (i % 50);
            String text = TEXTS.get(i % TEXTS.size());
            long started = System.nanoTime();
            List<Outbound> out = bot.say(client, "Client " + client, i % 2 == 0 ? "en" : "el", new Input.Text(text, i));
            nanos[i] = System.nanoTime() - started;
            if (out.isEmpty()) {
                throw new IllegalStateException("no reply to " + text);
            }
        }
        return nanos;
    }
}
