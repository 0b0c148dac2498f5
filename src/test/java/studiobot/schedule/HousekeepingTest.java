package studiobot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import studiobot.chat.ChatId;
import studiobot.chat.Incoming;
import studiobot.chat.Input;
import studiobot.chat.MessageKind;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.Sender;
import studiobot.delivery.Inbox;
import studiobot.testing.InMemoryBookings;
import studiobot.testing.InMemoryInbox;
import studiobot.testing.InMemoryJobs;
import studiobot.testing.InMemoryOutbox;

class HousekeepingTest {
    private static final Instant LONG_AGO = Instant.parse("2026-06-01T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    private final InMemoryInbox inbox = new InMemoryInbox();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryJobs jobs = new InMemoryJobs();
    private final InMemoryBookings bookings = new InMemoryBookings();
    private final Housekeeping housekeeping = new Housekeeping(inbox, outbox, jobs, bookings::pruneFlows);

    private void processedUpdates(int count, Instant at) {
        List<Incoming> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(new Incoming("telegram", (long) i + (at.equals(NOW) ? 1_000_000 : 0), new ChatId(101),
                    new Sender(101, "Alice", null, null, "en"), new Input.Text("hi", i)));
        }
        for (Inbox.Item item : inbox.store(batch, at)) {
            inbox.markDone(item.seq(), at, null);
        }
    }

    private Instant nextRun() {
        return jobs.pending(Housekeeping.KIND).orElseThrow().dueAt();
    }

    @Test
    void aBacklogIsForgottenInBatches_aMinuteApart_thenDaily() {
        processedUpdates(Housekeeping.BATCH + 500, LONG_AGO);
        processedUpdates(3, NOW); // this week's: kept
        long sent = outbox.enqueue(Reply.now(new ChatId(101), MessageKind.ANSWER, Msg.verbatim("old")), LONG_AGO, LONG_AGO);
        outbox.delivered(sent, 7, LONG_AGO);
        jobs.schedule("remind", "remind:1", "{}", LONG_AGO);
        jobs.done(jobs.due(LONG_AGO, 10).get(0).id(), LONG_AGO);
        bookings.startFlow(101, "portrait", null, LONG_AGO);
        bookings.endFlow(101, "booked", LONG_AGO);
        long open = bookings.startFlow(202, "portrait", null, LONG_AGO);

        housekeeping.run(null, NOW);

        assertThat(nextRun()).as("more to forget: again in a minute").isEqualTo(NOW.plus(Duration.ofMinutes(1)));

        housekeeping.run(null, NOW.plus(Duration.ofMinutes(1)));

        assertThat(nextRun()).as("nothing left: tomorrow").isEqualTo(NOW.plus(Duration.ofMinutes(1)).plus(Duration.ofDays(1)));
        assertThat(inbox.prune(NOW.plusSeconds(1), Integer.MAX_VALUE)).as("only this week's updates were left").isEqualTo(3);
        assertThat(outbox.prune(NOW, Integer.MAX_VALUE)).as("the old sent message went").isZero();
        assertThat(jobs.prune(NOW, Integer.MAX_VALUE)).as("the finished job went").isZero();
        assertThat(bookings.outcomeOf(1)).as("the ended flow went").isEmpty();
        assertThat(bookings.draft(202)).as("an open flow and its draft stay").get().extracting(d -> d.flowId()).isEqualTo(open);
    }
}
