package studiobot.booking;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import studiobot.chat.Input;
import studiobot.chat.Outbound;
import studiobot.delivery.ChatLanes;
import studiobot.testing.BotHarness;
import studiobot.testing.TestClock;
import studiobot.testing.TestTexts;

/**
 * The bot's own work per step of the booking flow, end to end but for the network (store, route,
 * compute free slots, render the calendar or the times in the client's language, commit): /book,
 * the package (the calendar: 40+ buttons), a day (the times), a time, skip the question, and
 * every fifth flow a confirm, so that the busy times the slots are computed against grow. A
 * measurement to run by hand:
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) studiobot.booking.BookingFlowBenchmark
 * </pre>
 */
final class BookingFlowBenchmark {
    private static final int WARM_UP = 60;
    private static final int MEASURED = 400;

    private BookingFlowBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("studio-bot-bench");
        TestClock clock = TestClock.at("2026-11-23T08:00:00Z");
        try (BotHarness bot = new BotHarness(data, TestTexts.messages(), clock, ChatLanes.DIRECT)) {
            run(bot, WARM_UP, 0);
            Map<String, List<Long>> steps = run(bot, MEASURED, 1_000);
            steps.forEach((step, nanos) -> {
                long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
                System.out.printf("%-9s n=%4d  mean %.2f ms  p50 %.2f ms  p99 %.2f ms%n", step, sorted.length,
                        Arrays.stream(sorted).average().orElse(0) / 1e6, sorted[sorted.length / 2] / 1e6,
                        sorted[sorted.length * 99 / 100] / 1e6);
            });
        }
    }

    private static Map<String, List<Long>> run(BotHarness bot, int flows, long firstClient) {
        Map<String, List<Long>> steps = new TreeMap<>();
        for (int i = 0; i < flows; i++) {
            long client = 50_000 + firstClient + i;
            String language = i % 2 == 0 ? "en" : "el";
            Outbound screen = step(bot, steps, "1 book", client, language, new Input.Text("/book", 1));
            screen = step(bot, steps, "2 package", client, language, press(screen, 0));
            screen = step(bot, steps, "3 day", client, language, press(screen, firstWith(screen, "bkd:")));
            screen = step(bot, steps, "4 time", client, language, press(screen, firstWith(screen, "bkt:")));
            screen = step(bot, steps, "5 skip", client, language, press(screen, firstWith(screen, "bks:")));
            String last = i % 5 == 0 ? "bkc:" : "bkx:";
            step(bot, steps, last.equals("bkc:") ? "6 confirm" : "6 cancel", client, language, press(screen, firstWith(screen, last)));
        }
        return steps;
    }

    private static Outbound step(BotHarness bot, Map<String, List<Long>> steps, String name, long client, String language, Input input) {
        long started = System.nanoTime();
        List<Outbound> out = bot.say(client, "Client " + client, language, input);
        steps.computeIfAbsent(name, k -> new ArrayList<>()).add(System.nanoTime() - started);
        // the step's screen: the last message to the client (the zone question, a file or a pin come beside it)
        return out.stream().filter(o -> o.chat().value() == client && o.document() == null && o.place() == null
                        && !o.keyboard().isEmpty() && !o.keyboard().get(0).get(0).data().startsWith("setzone"))
                .reduce((first, second) -> second)
                .orElseGet(() -> out.stream().filter(o -> o.chat().value() == client).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no reply at " + name)));
    }

    private static int firstWith(Outbound screen, String prefix) {
        List<Outbound.Key> keys = screen.keyboard().stream().flatMap(List::stream).toList();
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).data().startsWith(prefix)) {
                return i;
            }
        }
        throw new IllegalStateException("no " + prefix + " button in " + keys);
    }

    private static Input press(Outbound screen, int index) {
        return new Input.Press(screen.keyboard().stream().flatMap(List::stream).toList().get(index).data(), 7);
    }
}
