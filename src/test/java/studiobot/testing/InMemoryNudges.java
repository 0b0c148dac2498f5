package studiobot.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import studiobot.nudge.Nudges;

/** Nudges in memory, for unit tests; {@code NudgesContract} keeps it honest against SQLite. */
public final class InMemoryNudges implements Nudges {
    private final Map<Long, Nudge> nudges = new LinkedHashMap<>();
    private final Set<Long> lost = new HashSet<>();
    private long nextId = 1;

    @Override
    public synchronized Optional<Nudge> raise(long clientId, String reason, Instant since, Instant now) {
        boolean raised = nudges.values().stream().anyMatch(n -> n.clientId() == clientId && n.reason().equals(reason) && n.since().equals(since));
        if (raised) {
            return Optional.empty();
        }
        Nudge n = new Nudge(nextId++, clientId, reason, since, now, Outcome.OPEN, null, null);
        nudges.put(n.id(), n);
        return Optional.of(n);
    }

    @Override
    public synchronized Optional<Nudge> find(long id) {
        return Optional.ofNullable(nudges.get(id));
    }

    @Override
    public synchronized boolean settle(long id, Outcome outcome, Instant now) {
        Nudge n = nudges.get(id);
        if (n == null || (n.outcome() != Outcome.OPEN && n.outcome() != Outcome.SNOOZED)) {
            return false;
        }
        nudges.put(id, new Nudge(id, n.clientId(), n.reason(), n.since(), n.raisedAt(), outcome, now, null));
        if (outcome == Outcome.LOST) {
            lost.add(n.clientId());
        }
        return true;
    }

    @Override
    public synchronized boolean snooze(long id, Instant until, Instant now) {
        Nudge n = nudges.get(id);
        if (n == null || n.outcome() != Outcome.OPEN) {
            return false;
        }
        nudges.put(id, new Nudge(id, n.clientId(), n.reason(), n.since(), n.raisedAt(), Outcome.SNOOZED, now, until));
        return true;
    }

    @Override
    public synchronized boolean wake(long id, Instant now) {
        Nudge n = nudges.get(id);
        if (n == null || n.outcome() != Outcome.SNOOZED) {
            return false;
        }
        nudges.put(id, new Nudge(id, n.clientId(), n.reason(), n.since(), n.raisedAt(), Outcome.OPEN, null, null));
        return true;
    }

    @Override
    public synchronized void clientWrote(long clientId, Instant now) {
        nudges.replaceAll((id, n) -> n.clientId() == clientId && (n.outcome() == Outcome.OPEN || n.outcome() == Outcome.SNOOZED)
                ? new Nudge(id, clientId, n.reason(), n.since(), n.raisedAt(), Outcome.ANSWERED, now, null) : n);
        lost.remove(clientId);
    }

    @Override
    public synchronized void photographerWrote(long clientId, Instant now) {
        nudges.replaceAll((id, n) -> n.clientId() == clientId && n.outcome() == Outcome.OPEN
                ? new Nudge(id, clientId, n.reason(), n.since(), n.raisedAt(), Outcome.CHECK_IN, now, null) : n);
    }

    @Override
    public synchronized boolean isLost(long clientId) {
        return lost.contains(clientId);
    }

    @Override
    public synchronized List<Nudge> of(long clientId) {
        return nudges.values().stream().filter(n -> n.clientId() == clientId)
                .sorted(Comparator.comparing(Nudge::raisedAt).thenComparing(Nudge::id).reversed()).toList();
    }
}
