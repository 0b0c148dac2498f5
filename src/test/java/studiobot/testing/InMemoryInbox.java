package studiobot.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import studiobot.chat.Incoming;
import studiobot.delivery.Inbox;

/**
 * The inbox in memory, behaving as {@code SqliteInbox} does ({@code InboxContract} runs against both):
 * an update seen before (same source and update id, until pruned) is skipped, an update without an id
 * never is, and a seq is never reused. The error text of a failed item is not kept: nothing reads it back.
 */
public final class InMemoryInbox implements Inbox {
    private static final class Row {
        final String source;
        final Long updateId;
        /** Null for an update that could not be read. */
        final Incoming incoming;
        final Instant receivedAt;
        Instant processedAt;

        Row(String source, Long updateId, Incoming incoming, Instant receivedAt) {
            this.source = source;
            this.updateId = updateId;
            this.incoming = incoming;
            this.receivedAt = receivedAt;
        }
    }

    private final Map<Long, Row> rows = new TreeMap<>();
    private long lastSeq;

    @Override
    public synchronized List<Item> store(List<Incoming> batch, Instant now) {
        List<Item> fresh = new ArrayList<>();
        for (Incoming in : batch) {
            Objects.requireNonNull(in.source(), "source");
            Objects.requireNonNull(in.chat(), "chat");
            if (in.updateId() != null && seenBefore(in)) {
                continue;
            }
            long seq = ++lastSeq;
            rows.put(seq, new Row(in.source(), in.updateId(), in, now));
            fresh.add(new Item(seq, in));
        }
        return fresh;
    }

    @Override
    public synchronized void storeUnreadable(List<Unreadable> updates, Instant now) {
        for (Unreadable u : updates) {
            if (rows.values().stream().noneMatch(row -> row.source.equals(u.source()) && Long.valueOf(u.updateId()).equals(row.updateId))) {
                Row row = new Row(u.source(), u.updateId(), null, now);
                row.processedAt = now;
                rows.put(++lastSeq, row);
            }
        }
    }

    @Override
    public synchronized boolean isPending(long seq) {
        Row row = rows.get(seq);
        return row != null && row.processedAt == null;
    }

    @Override
    public synchronized void markDone(long seq, Instant now, String error) {
        Row row = rows.get(seq);
        if (row != null) {
            row.processedAt = Objects.requireNonNull(now, "now");
        }
    }

    @Override
    public synchronized List<Item> pending(Instant now) {
        List<Item> items = new ArrayList<>();
        rows.forEach((seq, row) -> {
            if (row.processedAt == null) {
                items.add(new Item(seq, row.incoming));
            }
        });
        return items;
    }

    @Override
    public synchronized int prune(Instant before, int limit) {
        List<Long> old = rows.entrySet().stream()
                .filter(e -> e.getValue().processedAt != null && e.getValue().receivedAt.isBefore(before))
                .sorted(java.util.Comparator.comparing(e -> e.getValue().receivedAt)).limit(limit).map(Map.Entry::getKey).toList();
        old.forEach(rows::remove);
        return old.size();
    }

    private boolean seenBefore(Incoming in) {
        return rows.values().stream().anyMatch(row -> row.source.equals(in.source()) && in.updateId().equals(row.updateId));
    }
}
