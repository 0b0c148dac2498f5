package studiobot.nudge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Random;
import studiobot.StudioBot;
import studiobot.chat.ChatId;
import studiobot.chat.Conversations.Line;
import studiobot.chat.MessageKind;
import studiobot.config.ConfigLoader;
import studiobot.delivery.ChatLanes;
import studiobot.store.Database;
import studiobot.store.SqliteConversations;
import studiobot.store.SqliteJobs;
import studiobot.store.SqlitePeople;
import studiobot.testing.TestClock;
import studiobot.testing.TestTexts;

/**
 * What finding the quiet clients costs: a database of N clients, each of whom asked something and
 * was answered by the studio at a random moment of the last 100 days and has been silent since
 * (so each has a check planned two days after the studio's answer); at "now" 100 of those checks
 * are due. The sweep (the job runner's drain) runs those 100 checks and raises their nudges; its
 * cost should not grow with N. A measurement to run by hand, not a test:
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) studiobot.nudge.NudgeSweepBenchmark
 * </pre>
 */
final class NudgeSweepBenchmark {
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private static final int DUE = 100;

    private NudgeSweepBenchmark() {}

    public static void main(String[] args) throws Exception {
        for (int clients : new int[] {1_000, 100_000}) {
            Path dir = Files.createTempDirectory("nudge-sweep");
            long seeding = System.nanoTime();
            seed(dir, clients);
            double seeded = (System.nanoTime() - seeding) / 1e9;
            TestClock clock = TestClock.at(NOW.minus(Duration.ofHours(2)).toString());
            try (StudioBot bot = StudioBot.open(new ConfigLoader().loadDemo(), dir, TestTexts.messages(), TestTexts.zones(), new studiobot.time.ShiftableClock(clock), ChatLanes.DIRECT)) {
                bot.jobRunning().drain(); // the housekeeping planned at start, out of the way
                clock.set(NOW.plus(Duration.ofMinutes(1)));
                long start = System.nanoTime();
                bot.jobRunning().drain();
                double ms = (System.nanoTime() - start) / 1e6;
                System.out.printf(Locale.ROOT, "nudge sweep: %d checks due among %,d clients: %.0f ms (%.2f ms per check, %d nudges waiting to go; seeded in %.1f s)%n",
                        DUE, clients, ms, ms / DUE, bot.pendingMessages(), seeded);
            }
        }
    }

    /** Clients whose studio answer is 2 days old for the first {@value #DUE}, older-planned-later for the rest. */
    private static void seed(Path dir, int clients) {
        Random random = new Random(7);
        try (Database db = Database.open(dir)) {
            SqlitePeople people = new SqlitePeople(db);
            SqliteConversations conversations = new SqliteConversations(db);
            SqliteJobs jobs = new SqliteJobs(db);
            for (int from = 0; from < clients; from += 10_000) {
                int first = from;
                db.inTransaction(() -> {
                    for (int i = first; i < Math.min(clients, first + 10_000); i++) {
                        long id = 100_000_000L + i;
                        // the first DUE clients' checks fall due by now; the others' within the next 100 days
                        Instant answered = i < DUE
                                ? NOW.minus(Duration.ofHours(48)).minus(Duration.ofMinutes(random.nextInt(50)))
                                : NOW.minus(Duration.ofHours(48)).plus(Duration.ofMinutes(1 + random.nextInt(100 * 24 * 60)));
                        Instant asked = answered.minus(Duration.ofMinutes(30));
                        people.seen(id, "Client " + i, "en", asked.isBefore(NOW) ? asked : NOW);
                        conversations.record(Line.in(id, asked, MessageKind.MESSAGE, 1L, null).saying("A question " + i));
                        conversations.record(new Line(id, new ChatId(id), answered, false, 2001L, MessageKind.RELAY, 2L, null, null));
                        jobs.schedule(Watching.CHECK, Watching.key(id), Long.toString(id), answered.plus(Duration.ofHours(48)));
                    }
                    return null;
                });
            }
        }
    }
}
