package studiobot.telegram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Crash safety, measured from outside: the packaged bot under load from a few dozen clients is
 * killed with SIGKILL at random moments and started again, many times; at the end every update is
 * counted as unanswered, answered once, or answered more than once. Each update is an unknown
 * command naming itself ("/x7_123"), which the bot's answer quotes. A duplicate is classed by its
 * copies: across a kill (Telegram took the first, the process died before marking it: the window
 * the README names), or both within one run of the process (a fault of the bot). Run by hand after
 * {@code mvn -B -q -DskipTests package}, with the cycles as argument (default 50; see the README):
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) studiobot.telegram.SoakBenchmark 50
 * </pre>
 */
public final class SoakBenchmark {
    private static final int CLIENTS = 30;
    private static final Pattern QUOTED = Pattern.compile("/x(\\d+)_(\\d+)");

    private SoakBenchmark() {}

    public static void main(String[] args) throws Exception {
        int cycles = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Path jar = Path.of("target", "studio-bot.jar").toAbsolutePath();
        Path dir = Files.createTempDirectory("studio-bot-soak");
        Random random = new Random(42);
        List<Instant> kills = new ArrayList<>();
        int sent = 0;
        try (FakeBotApi telegram = new FakeBotApi(Clock.systemUTC())) {
            for (int cycle = 0; cycle < cycles; cycle++) {
                Process bot = start(jar, dir, telegram);
                long end = System.nanoTime() + Duration.ofMillis(200 + random.nextInt(2_500)).toNanos();
                while (System.nanoTime() < end) {
                    int client = random.nextInt(CLIENTS);
                    telegram.userSends(700_000 + client, "Client" + client, "en", "/x" + client + "_" + sent++);
                    Thread.sleep(5 + random.nextInt(40));
                }
                bot.destroyForcibly(); // SIGKILL
                bot.waitFor();
                // the moment the process is gone: what came before it is that run's, even a send in flight as the kill was asked
                kills.add(Instant.now());
            }
            Process bot = start(jar, dir, telegram);
            telegram.awaitAllConfirmed(Duration.ofMinutes(2));
            int before = -1;
            while (before != telegram.calls("sendmessage").size()) {
                before = telegram.calls("sendmessage").size();
                Thread.sleep(5_000); // until the outbox has gone quiet
            }
            bot.destroy();
            bot.waitFor();
            report(cycles, sent, telegram.calls("sendmessage"), kills);
        }
    }

    private static Process start(Path jar, Path dir, FakeBotApi telegram) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--data", dir.resolve("data").toString(), "run"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("bot.txt").toFile()));
        builder.environment().put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
        builder.environment().put("TELEGRAM_API_URL", telegram.url().toString());
        long polls = telegram.polls();
        Process process = builder.start();
        telegram.awaitPollAfter(polls, Duration.ofSeconds(60));
        return process;
    }

    private static void report(int cycles, int sent, List<FakeBotApi.Call> replies, List<Instant> kills) {
        Map<Integer, List<Instant>> copies = new TreeMap<>();
        for (FakeBotApi.Call c : replies) {
            Matcher m = QUOTED.matcher(c.text());
            if (m.find()) {
                copies.computeIfAbsent(Integer.parseInt(m.group(2)), k -> new ArrayList<>()).add(c.at());
            }
        }
        int once = 0;
        int inTheWindow = 0;
        int otherwise = 0;
        for (List<Instant> at : copies.values()) {
            if (at.size() == 1) {
                once++;
                continue;
            }
            Instant first = at.get(0);
            Instant second = at.get(1);
            if (kills.stream().anyMatch(k -> !first.isAfter(k) && second.isAfter(k))) {
                inTheWindow++;
            } else {
                otherwise++;
            }
        }
        System.out.printf("%d kills (SIGKILL at random moments), %d updates: %d unanswered, %d answered once, %d more than once"
                + " (%d across a kill: taken by Telegram, not yet marked when the process died; %d within one run)%n",
                cycles, sent, sent - copies.size(), once, inTheWindow + otherwise, inTheWindow, otherwise);
    }
}
