package studiobot.delivery;

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
import studiobot.testing.DirectTransactions;
import studiobot.testing.InMemoryConversations;
import studiobot.testing.InMemoryOutbox;

/**
 * Messages sent a second over a Bot API that answers each send in 100 ms (Telegram's round trip is
 * typically 50-150 ms), under Telegram's limits (1/s per chat in bursts of 3, 30/s overall), one
 * send at a time and with eight in flight. Run by hand (see the README's Benchmarks):
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) studiobot.delivery.OutboxThroughputBenchmark
 * </pre>
 */
final class OutboxThroughputBenchmark {
    private static final Duration ROUND_TRIP = Duration.ofMillis(100);
    private static final int MESSAGES = 300;

    private OutboxThroughputBenchmark() {}

    public static void main(String[] args) throws Exception {
        Messages messages = new Messages(Bundles.load(Path.of("messages")));
        for (int inFlight : new int[] {1, 8}) {
            InMemoryOutbox outbox = new InMemoryOutbox();
            Rendering rendering = new Rendering(messages, new Callbacks(new byte[32]),
                    chat -> new Posting.Recipient("en", ZoneId.of("Europe/Athens"), true));
            ChatGateway slow = message -> {
                try {
                    Thread.sleep(ROUND_TRIP.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new SendResult.Delivered(1);
            };
            Clock clock = Clock.systemUTC();
            OutboxSending sending = new OutboxSending(new DirectTransactions(), outbox, new InMemoryConversations(), rendering, slow,
                    RateLimits.telegram(), clock, inFlight);
            for (int i = 0; i < MESSAGES; i++) {
                // a reply to each of 300 clients (one per chat: only the overall limit holds them)
                outbox.enqueue(Reply.now(new ChatId(10_000 + i), MessageKind.ANSWER, Msg.of("smalltalk.thanks")), clock.instant(), clock.instant());
            }
            long start = System.nanoTime();
            while (outbox.pendingCount() > 0) {
                Duration wait = sending.pump();
                if (!wait.isZero()) {
                    Thread.sleep(Math.min(wait.toMillis(), 50));
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            sending.close();
            System.out.printf("%d sends in flight: %d messages in %.1f s = %.1f messages/s (Telegram's limit: 30/s)%n",
                    inFlight, MESSAGES, seconds, MESSAGES / seconds);
        }
    }
}
