package studiobot.delivery;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import studiobot.chat.Callbacks;
import studiobot.chat.ChatGateway;
import studiobot.chat.ChatId;
import studiobot.chat.MessageKind;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.SendResult;
import studiobot.i18n.Bundles;
import studiobot.i18n.Messages;
import studiobot.store.Database;
import studiobot.store.SqliteConversations;
import studiobot.store.SqliteOutbox;

/**
 * CPU of the sending thread per message sent, against SQLite, behind a backlog of 0, 10,000 and
 * 50,000 messages waiting in 1,000 chats (what a minute at 1,000 updates a second leaves, since
 * Telegram takes 30 a second), and 50,000 in only 10 chats; Telegram's limits held, a Bot API
 * that answers at once. Run by hand (see the README's Benchmarks):
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) studiobot.delivery.OutboxBacklogBenchmark
 * </pre>
 */
final class OutboxBacklogBenchmark {
    private static final Duration RUN = Duration.ofSeconds(10);
    private static final int CHATS = 1_000;

    private OutboxBacklogBenchmark() {}

    public static void main(String[] args) throws Exception {
        Messages messages = new Messages(Bundles.load(Path.of("messages")));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int[] shape : new int[][] {{0, 1}, {10_000, CHATS}, {50_000, CHATS}, {50_000, 10}}) {
            int backlog = shape[0];
            int chats = shape[1];
            Path dir = Files.createTempDirectory("studio-bot-backlog");
            try (Database db = Database.open(dir)) {
                SqliteOutbox outbox = new SqliteOutbox(db);
                Clock clock = Clock.systemUTC();
                db.run(() -> {
                    for (int i = 0; i < backlog; i++) {
                        outbox.enqueue(Reply.now(new ChatId(10_000 + i % chats), MessageKind.ANSWER, Msg.of("smalltalk.thanks")),
                                clock.instant(), clock.instant());
                    }
                });
                Rendering rendering = new Rendering(messages, new Callbacks(new byte[32]),
                        chat -> new Posting.Recipient("en", ZoneId.of("Europe/Athens"), true));
                ChatGateway instant = message -> new SendResult.Delivered(1);
                OutboxSending sending = new OutboxSending(db, outbox, new SqliteConversations(db), rendering, instant,
                        RateLimits.telegram(), clock, 1);
                // a fresh reply to a new chat every 40 ms keeps messages going when there is no backlog;
                // only the pumping is timed, not the storing
                long pumping = 0;
                long end = System.nanoTime() + RUN.toNanos();
                long nextFresh = System.nanoTime();
                int pendingBefore = outbox.pendingCount();
                int added = 0;
                while (System.nanoTime() < end) {
                    if (System.nanoTime() >= nextFresh) {
                        int n = added++;
                        db.run(() -> outbox.enqueue(Reply.now(new ChatId(900_000 + n), MessageKind.ANSWER, Msg.of("smalltalk.thanks")),
                                clock.instant(), clock.instant()));
                        nextFresh += 40_000_000L;
                    }
                    long cpu = threads.getCurrentThreadCpuTime();
                    Duration wait = sending.pump();
                    pumping += threads.getCurrentThreadCpuTime() - cpu;
                    long untilFresh = Math.max(0, (nextFresh - System.nanoTime()) / 1_000_000);
                    if (!wait.isZero()) {
                        Thread.sleep(Math.min(wait.toMillis(), untilFresh));
                    }
                }
                int sent = pendingBefore + added - outbox.pendingCount();
                System.out.printf("backlog %,6d in %,5d chats: %d messages sent in %d s, %.3f ms of the sender's CPU per message sent%n",
                        backlog, backlog == 0 ? 0 : chats, sent, RUN.toSeconds(), pumping / 1e6 / sent);
                sending.close();
            }
        }
    }
}
