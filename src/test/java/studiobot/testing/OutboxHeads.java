package studiobot.testing;

import java.time.Instant;
import java.util.List;
import studiobot.delivery.Outbox;

/** What a round of the sender would send now, each message read: {@link Outbox#due}, then {@link Outbox#entries}. */
public final class OutboxHeads {
    private OutboxHeads() {}

    public static List<Outbox.Entry> of(Outbox outbox, Instant now, int limit) {
        List<Long> ids = outbox.due(now, limit).stream().map(Outbox.Due::id).toList();
        return ids.isEmpty() ? List.of() : outbox.entries(ids);
    }
}
