package studiobot.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import studiobot.schedule.Job;
import studiobot.schedule.Jobs;

/**
 * The schedule in memory, behaving as {@code SqliteJobs} does ({@code JobsContract} runs against both):
 * at most one pending job per key, a finished job keeps its row and frees its key, ids are never reused.
 * The error texts the port is given are not kept: nothing reads them back. {@link InMemoryTransactions}
 * can roll it back.
 */
public final class InMemoryJobs implements Jobs, RollsBack {
    private enum Status { PENDING, DONE, FAILED }

    private static final class Row {
        final long id;
        final String key;
        String kind;
        String payload;
        Instant dueAt;
        int attempts;
        Status status = Status.PENDING;
        Instant finishedAt;

        Row(long id, String key) {
            this.id = id;
            this.key = key;
        }

        Job job() {
            return new Job(id, kind, key, payload, dueAt, attempts);
        }

        Row copy() {
            Row copy = new Row(id, key);
            copy.kind = kind;
            copy.payload = payload;
            copy.dueAt = dueAt;
            copy.attempts = attempts;
            copy.status = status;
            copy.finishedAt = finishedAt;
            return copy;
        }
    }

    private final Map<Long, Row> rows = new TreeMap<>();
    private long lastId;

    @Override
    public synchronized void schedule(String kind, String key, String payload, Instant dueAt) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(dueAt, "dueAt");
        Row row = pendingRow(key).orElseGet(() -> {
            Row fresh = new Row(++lastId, Objects.requireNonNull(key, "key"));
            rows.put(fresh.id, fresh);
            return fresh;
        });
        row.kind = kind;
        row.payload = payload;
        row.dueAt = dueAt;
        row.attempts = 0;
    }

    @Override
    public synchronized boolean cancel(String key) {
        return pendingRow(key).map(row -> rows.remove(row.id) != null).orElse(false);
    }

    @Override
    public synchronized Optional<Job> pending(String key) {
        return pendingRow(key).map(Row::job);
    }

    @Override
    public synchronized List<Job> due(Instant now, int limit) {
        return rows.values().stream()
                .filter(row -> row.status == Status.PENDING && !row.dueAt.isAfter(now))
                .sorted(Comparator.comparing((Row row) -> row.dueAt).thenComparingLong(row -> row.id))
                .limit(limit)
                .map(Row::job)
                .toList();
    }

    @Override
    public synchronized void done(long id, Instant now) {
        row(id).ifPresent(row -> {
            row.status = Status.DONE;
            row.finishedAt = now;
        });
    }

    @Override
    public synchronized void retry(long id, Instant at, int attempts, String error) {
        // like the SQL, whatever the job's status: a finished job is not made pending again
        row(id).ifPresent(row -> {
            row.dueAt = at;
            row.attempts = attempts;
        });
    }

    @Override
    public synchronized void failed(long id, String error, Instant now) {
        row(id).ifPresent(row -> {
            row.status = Status.FAILED;
            row.finishedAt = now;
        });
    }

    @Override
    public synchronized Optional<Instant> nextDue() {
        return rows.values().stream()
                .filter(row -> row.status == Status.PENDING)
                .map(row -> row.dueAt)
                .min(Comparator.naturalOrder());
    }

    @Override
    public synchronized Runnable savepoint() {
        Map<Long, Row> saved = new TreeMap<>();
        rows.forEach((id, row) -> saved.put(id, row.copy()));
        // the id counter goes back too, as SQLite's sequence does when its transaction rolls back
        long savedLastId = lastId;
        return () -> restore(saved, savedLastId);
    }

    private synchronized void restore(Map<Long, Row> saved, long savedLastId) {
        rows.clear();
        rows.putAll(saved);
        lastId = savedLastId;
    }

    private Optional<Row> pendingRow(String key) {
        return rows.values().stream().filter(row -> row.status == Status.PENDING && row.key.equals(key)).findFirst();
    }

    private Optional<Row> row(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized int prune(Instant before, int limit) {
        List<Long> old = rows.values().stream().filter(r -> r.status != Status.PENDING && r.finishedAt.isBefore(before))
                .sorted(java.util.Comparator.comparing(r -> r.finishedAt)).limit(limit).map(r -> r.id).toList();
        old.forEach(rows::remove);
        return old.size();
    }
}
