package studiobot.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import studiobot.chat.ChatId;
import studiobot.chat.Reply;
import studiobot.delivery.Outbox;

/**
 * The outbox in memory, for unit tests; {@code OutboxContract} keeps it honest against SQLite.
 * {@link InMemoryTransactions} can roll it back.
 */
public final class InMemoryOutbox implements Outbox, RollsBack {
    private static final class Row {
        final long id;
        final Reply reply;
        final Instant createdAt;
        final Instant notBefore;
        Instant retryAt;
        int attempts;
        String reason;
        String status = "pending";

        Row(long id, Reply reply, Instant createdAt, Instant notBefore) {
            this.id = id;
            this.reply = reply;
            this.createdAt = createdAt;
            this.notBefore = notBefore;
            this.retryAt = createdAt;
        }

        Row copy() {
            Row copy = new Row(id, reply, createdAt, notBefore);
            copy.retryAt = retryAt;
            copy.attempts = attempts;
            copy.reason = reason;
            copy.status = status;
            return copy;
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private long nextId = 1;

    @Override
    public synchronized long enqueue(Reply reply, Instant notBefore, Instant now) {
        // the timing was applied by notBefore; what is kept is what to say, as SQLite keeps it
        Row row = new Row(nextId++, reply.at(studiobot.chat.Timing.NOW), now, notBefore);
        rows.add(row);
        return row.id;
    }

    @Override
    public synchronized List<Due> due(Instant now, int limit) {
        List<Row> due = new ArrayList<>(chatHeads(now));
        rows.stream().filter(r -> r.status.equals("pending") && r.reply.isPressAnswer() && !r.notBefore.isAfter(now)).forEach(due::add);
        return due.stream()
                .filter(r -> !r.retryAt.isAfter(now))
                .sorted(Comparator.comparingLong(r -> r.id))
                .limit(limit)
                .map(r -> new Due(r.id, r.reply.to(), r.reply.isPressAnswer()))
                .toList();
    }

    @Override
    public synchronized List<Entry> entries(List<Long> ids) {
        return rows.stream().filter(r -> ids.contains(r.id)).sorted(Comparator.comparingLong(r -> r.id))
                .map(r -> Entry.of(r.id, r.reply, r.attempts)).toList();
    }

    /** The oldest pending message of each chat among those whose notBefore has come; press answers queue apart. */
    private List<Row> chatHeads(Instant now) {
        Set<ChatId> seen = new HashSet<>();
        List<Row> heads = new ArrayList<>();
        for (Row r : rows) {
            if (r.status.equals("pending") && !r.reply.isPressAnswer() && !r.notBefore.isAfter(now) && seen.add(r.reply.to())) {
                heads.add(r);
            }
        }
        return heads;
    }

    @Override
    public synchronized void delivered(long id, long messageId, Instant now) {
        row(id).status = "sent";
    }

    @Override
    public synchronized void retryAt(long id, Instant at, int attempts, String reason) {
        Row r = row(id);
        r.retryAt = at;
        r.attempts = attempts;
        r.reason = reason;
    }

    @Override
    public synchronized void retryFaultsNow(Instant now) {
        rows.stream().filter(r -> r.status.equals("pending") && r.retryAt.isAfter(now)
                && r.reason != null && r.reason.startsWith(studiobot.chat.SendResult.Transient.NETWORK)).forEach(r -> r.retryAt = now);
    }

    @Override
    public synchronized void rejected(long id, String reason, Instant now) {
        row(id).status = "rejected";
    }

    @Override
    public synchronized void forget(long id) {
        rows.remove(row(id));
    }

    @Override
    public synchronized Optional<Instant> nextDue(Instant now) {
        List<Row> sendable = new ArrayList<>(chatHeads(now));
        rows.stream().filter(r -> r.status.equals("pending") && r.reply.isPressAnswer() && !r.notBefore.isAfter(now)).forEach(sendable::add);
        Optional<Instant> retries = sendable.stream().map(r -> r.retryAt).min(Comparator.naturalOrder());
        Optional<Instant> held = rows.stream().filter(r -> r.status.equals("pending") && r.notBefore.isAfter(now))
                .map(r -> r.notBefore).min(Comparator.naturalOrder());
        return retries.isEmpty() ? held : held.isEmpty() ? retries : Optional.of(retries.get().isBefore(held.get()) ? retries.get() : held.get());
    }

    @Override
    public synchronized int pendingCount() {
        return (int) rows.stream().filter(r -> r.status.equals("pending")).count();
    }

    @Override
    public synchronized int prune(Instant before, int limit) {
        List<Row> old = rows.stream().filter(r -> !r.status.equals("pending") && r.createdAt.isBefore(before))
                .sorted(Comparator.comparing(r -> r.createdAt)).limit(limit).toList();
        rows.removeAll(old);
        return old.size();
    }

    @Override
    public synchronized Runnable savepoint() {
        List<Row> saved = rows.stream().map(Row::copy).toList();
        long savedNextId = nextId;
        return () -> restore(saved, savedNextId);
    }

    private synchronized void restore(List<Row> saved, long savedNextId) {
        rows.clear();
        rows.addAll(saved);
        nextId = savedNextId;
    }

    private Row row(long id) {
        return rows.stream().filter(r -> r.id == id).findFirst().orElseThrow();
    }
}
