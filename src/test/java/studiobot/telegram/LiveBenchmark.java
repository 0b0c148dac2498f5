package studiobot.telegram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The packaged bot and a bare TelegramBots echo bot ({@link EchoBot}, the floor: same library, no
 * work of its own), each in its own process against its own fake Bot API on 127.0.0.1, measured
 * from outside and interleaved: reply latency for /start, an FAQ answer, a button press and a
 * calendar step (p50 and p99, with the ratio to the floor), start to first poll, and RSS at idle.
 * Not part of {@code mvn verify}; run by hand after {@code mvn -B -q -DskipTests package} (see the
 * README's Benchmarks):
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) studiobot.telegram.LiveBenchmark
 * </pre>
 */
public final class LiveBenchmark {
    private static final int WARM_UP = 20;
    private static final int MEASURED = 100;
    /**
     * At most one sample this often: the steps send up to three messages each, and a faster pace
     * would meet Telegram's 30 a second overall, which both bots keep; this measures latency, not throughput.
     */
    private static final Duration PACE = Duration.ofMillis(150);
    private static final Duration WAIT = Duration.ofSeconds(20);

    private LiveBenchmark() {}

    /** A bot in its own process, polling its own fake. */
    private record Running(String name, Process process, FakeBotApi telegram, long startToFirstPollNanos) {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("studio-bot-live");
        Path jar = Path.of("target", "studio-bot.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException("build the jar first: mvn -B -q -DskipTests package");
        }
        List<Running> running = new ArrayList<>();
        try {
            Running bot = start("studio-bot", dir, List.of(java(), "-jar", jar.toString(), "--data", dir.resolve("data").toString(), "run"));
            running.add(bot);
            Running echo = start("echo floor", dir, List.of(java(), "-cp", System.getProperty("java.class.path"), EchoBot.class.getName(),
                    FakeBotApi.TOKEN, "%URL%"));
            running.add(echo);

            System.out.printf("start to first poll: %.2f s (floor %.2f s, %.1f×; target ≤ 1.5 s)%n", bot.startToFirstPollNanos() / 1e9,
                    echo.startToFirstPollNanos() / 1e9, (double) bot.startToFirstPollNanos() / echo.startToFirstPollNanos());
            for (String step : List.of("/start", "an FAQ answer", "a button press", "a calendar step")) {
                measure(step, bot, echo);
            }
            Thread.sleep(3_000);
            System.out.printf("RSS at idle: %d MB (floor %d MB; target ≤ 160 MB)%n", rssMegabytes(bot.process()), rssMegabytes(echo.process()));
        } finally {
            for (Running r : running) {
                r.process().destroy();
                r.process().waitFor();
                r.telegram().close();
            }
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Running start(String name, Path dir, List<String> command) throws Exception {
        FakeBotApi telegram = new FakeBotApi(Clock.systemUTC());
        List<String> args = command.stream().map(a -> a.replace("%URL%", telegram.url().toString())).toList();
        ProcessBuilder builder = new ProcessBuilder(args).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name.replace(' ', '-') + ".txt").toFile());
        builder.environment().put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
        builder.environment().put("TELEGRAM_API_URL", telegram.url().toString());
        long started = System.nanoTime();
        Process process = builder.start();
        long firstPoll = telegram.awaitFirstPoll(Duration.ofSeconds(60));
        return new Running(name, process, telegram, firstPoll - started);
    }

    /** One step, interleaved: the bot's, then the floor's, each by a new person (so no chat's flood limit counts). */
    private static void measure(String step, Running bot, Running echo) throws Exception {
        long[] ours = new long[MEASURED];
        long[] floor = new long[MEASURED];
        for (int i = -WARM_UP; i < MEASURED; i++) {
            long next = System.nanoTime() + PACE.toNanos();
            long a = once(step, bot, true, 1_000_000 * (stepNumber(step) + 1) + 10_000 + i);
            long b = once(step, echo, false, 1_000_000 * (stepNumber(step) + 1) + 20_000 + i);
            long left = next - System.nanoTime();
            if (left > 0) {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            }
            if (i >= 0) {
                ours[i] = a;
                floor[i] = b;
            }
        }
        Arrays.sort(ours);
        Arrays.sort(floor);
        double p50 = ours[MEASURED / 2] / 1e6;
        double p99 = ours[(int) (MEASURED * 0.99)] / 1e6;
        double f50 = floor[MEASURED / 2] / 1e6;
        double f99 = floor[(int) (MEASURED * 0.99)] / 1e6;
        System.out.printf("reply latency, %s: p50 %.1f ms (floor %.1f, %.1f×; target ≤ 1.5×), p99 %.1f ms (floor %.1f, %.1f×; target ≤ 2×)%n",
                step, p50, f50, p50 / f50, p99, f99, p99 / f99);
    }

    private static int stepNumber(String step) {
        return List.of("/start", "an FAQ answer", "a button press", "a calendar step").indexOf(step);
    }

    /** The time from the update's arrival at the fake to the reply the step is about; what leads up to it is not counted. */
    private static long once(String step, Running r, boolean studio, long user) throws Exception {
        FakeBotApi t = r.telegram();
        String name = "Client" + user;
        IntFunction<FakeBotApi.Call> nthSent = n -> {
            try {
                return t.awaitNth("sendmessage", c -> c.chatId() == user, n, WAIT);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        switch (step) {
            case "/start" -> {
                long start = System.nanoTime();
                t.userSends(user, name, "en", "/start");
                nthSent.apply(1);
                return System.nanoTime() - start;
            }
            case "an FAQ answer" -> {
                long start = System.nanoTime();
                t.userSends(user, name, "en", "How much is a wedding?");
                nthSent.apply(1);
                return System.nanoTime() - start;
            }
            default -> {
                // a message with buttons first (not counted): the greeting, or the package list
                t.userSends(user, name, "en", step.equals("a button press") ? "/start" : "/book");
                FakeBotApi.Call shown = nthSent.apply(1);
                String data = studio ? shown.buttonData().get(0) : "press";
                long onMessage = shown.body().path("_message_id").asLong();
                long start = System.nanoTime();
                t.userPresses(user, name, data, onMessage);
                t.await("editmessagetext", c -> c.chatId() == user, WAIT);
                return System.nanoTime() - start;
            }
        }
    }

    private static long rssMegabytes(Process process) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"), StandardCharsets.UTF_8)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

}
