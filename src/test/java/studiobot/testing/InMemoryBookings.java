package studiobot.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import studiobot.booking.Answer;
import studiobot.booking.Booking;
import studiobot.booking.Bookings;
import studiobot.booking.Busy;
import studiobot.booking.Draft;
import studiobot.booking.Slot;

/**
 * Bookings, their changes and the flows under way, in memory, behaving as {@code SqliteBookings} does
 * ({@code BookingsContract} runs against both): at most one live booking per photographer and start,
 * cancelled bookings kept, booking and flow numbers never reused. Unlike SQLite it does not know who
 * the clients are, so it accepts a booking for someone never seen.
 */
public final class InMemoryBookings implements Bookings {
    private record Change(long bookingId, long clientId, boolean byClient, boolean isMove, Instant at) {}

    private static final class Flow {
        final long ownerId;
        Instant endedAt;
        String outcome;
        Long screen;

        Flow(long ownerId) {
            this.ownerId = ownerId;
        }
    }

    private final Map<Long, Booking> bookings = new TreeMap<>();
    private final List<Change> changes = new ArrayList<>();
    private final Map<Long, Flow> flows = new TreeMap<>();
    private final Map<Long, Draft> drafts = new HashMap<>();
    private long lastBooking;
    private long lastFlow;

    @Override
    public synchronized Optional<Booking> insert(long clientId, Slot slot, String packageId, List<Answer> answers, Instant now) {
        Objects.requireNonNull(packageId, "packageId");
        if (heldByAnother(slot.photographerId(), slot.start(), null)) {
            return Optional.empty();
        }
        Booking b = new Booking(++lastBooking, clientId, slot.photographerId(), packageId, slot.start(), slot.end(),
                Booking.Status.CONFIRMED, answers);
        bookings.put(b.id(), b);
        return Optional.of(b);
    }

    @Override
    public synchronized Optional<Booking> find(long id) {
        return Optional.ofNullable(bookings.get(id));
    }

    @Override
    public synchronized List<Booking> ofClient(long clientId) {
        return bookings.values().stream()
                .filter(b -> b.clientId() == clientId)
                .sorted(Comparator.comparing(Booking::start).thenComparingLong(Booking::id).reversed())
                .toList();
    }

    @Override
    public synchronized List<Booking> starting(String photographerId, Instant from, Instant to) {
        return bookings.values().stream()
                .filter(b -> b.isLive() && !b.start().isBefore(from) && b.start().isBefore(to))
                .filter(b -> photographerId == null || photographerId.equals(b.photographerId()))
                .sorted(Comparator.comparing(Booking::start).thenComparing(Booking::photographerId))
                .toList();
    }

    @Override
    public synchronized List<Busy> busy(Instant from, Long except) {
        return bookings.values().stream()
                .filter(b -> b.isLive() && b.end().isAfter(from) && (except == null || b.id() != except))
                .map(b -> new Busy(b.photographerId(), b.start(), b.end()))
                .toList();
    }

    @Override
    public synchronized boolean move(long id, Slot to, Instant now) {
        Booking b = bookings.get(id);
        if (b == null || b.isLive() && heldByAnother(to.photographerId(), to.start(), id)) {
            return false;
        }
        bookings.put(id, new Booking(id, b.clientId(), to.photographerId(), b.packageId(), to.start(), to.end(), b.status(), b.answers()));
        return true;
    }

    @Override
    public synchronized int noShowsOf(long clientId) {
        return (int) bookings.values().stream().filter(b -> b.clientId() == clientId && b.status() == Booking.Status.NO_SHOW).count();
    }

    @Override
    public synchronized void setStatus(long id, Booking.Status status, Instant now) {
        Booking b = bookings.get(id);
        if (b == null) {
            return;
        }
        if (status != Booking.Status.CANCELLED && heldByAnother(b.photographerId(), b.start(), id)) {
            // SQLite's unique index refuses this update the same way: with an exception
            throw new IllegalStateException(b.photographerId() + " already has a live booking at " + b.start());
        }
        bookings.put(id, new Booking(id, b.clientId(), b.photographerId(), b.packageId(), b.start(), b.end(), status, b.answers()));
    }

    @Override
    public synchronized void recordChange(Booking booking, boolean byClient, Instant to, Instant now) {
        changes.add(new Change(booking.id(), booking.clientId(), byClient, to != null, now));
    }

    @Override
    public synchronized int changesByClient(long clientId) {
        return (int) changes.stream().filter(c -> c.clientId() == clientId && c.byClient()).count();
    }

    @Override
    public synchronized java.util.List<Instant> changeTimesByClient(long clientId) {
        return changes.stream().filter(c -> c.clientId() == clientId && c.byClient()).map(Change::at).sorted().toList();
    }

    @Override
    public synchronized int movesOf(long bookingId) {
        return (int) changes.stream().filter(c -> c.bookingId() == bookingId && c.isMove()).count();
    }

    @Override
    public synchronized long startFlow(long ownerId, String packageId, Long bookingId, Instant now) {
        // a flow started over is not an abandoned one: the old flow ends here
        flows.values().stream()
                .filter(f -> f.ownerId == ownerId && f.endedAt == null)
                .forEach(f -> {
                    f.endedAt = now;
                    f.outcome = "replaced";
                });
        long id = ++lastFlow;
        flows.put(id, new Flow(ownerId));
        drafts.put(ownerId, Draft.start(id, ownerId, packageId, bookingId, now));
        return id;
    }

    @Override
    public synchronized Optional<Draft> draft(long ownerId) {
        return Optional.ofNullable(drafts.get(ownerId));
    }

    @Override
    public synchronized void saveDraft(Draft draft, Instant now) {
        drafts.put(draft.ownerId(), draft);
    }

    @Override
    public synchronized void endFlow(long ownerId, String outcome, Instant now) {
        Draft d = drafts.remove(ownerId);
        Flow flow = d == null ? null : flows.get(d.flowId());
        if (flow != null && flow.endedAt == null) {
            flow.endedAt = now;
            flow.outcome = outcome;
        }
    }

    @Override
    public synchronized void setScreen(long flowId, Long messageId) {
        Flow flow = flows.get(flowId);
        if (flow != null) {
            flow.screen = messageId;
        }
    }

    @Override
    public synchronized Optional<Long> screenOf(long flowId) {
        return Optional.ofNullable(flows.get(flowId)).map(f -> f.screen);
    }

    @Override
    public synchronized int pruneFlows(Instant before, int limit) {
        java.util.Set<Long> drafted = drafts.values().stream().map(Draft::flowId).collect(java.util.stream.Collectors.toSet());
        List<Long> old = flows.entrySet().stream()
                .filter(e -> e.getValue().endedAt != null && e.getValue().endedAt.isBefore(before) && !drafted.contains(e.getKey()))
                .sorted(java.util.Comparator.comparing(e -> e.getValue().endedAt)).limit(limit).map(Map.Entry::getKey).toList();
        old.forEach(flows::remove);
        return old.size();
    }

    @Override
    public synchronized Optional<String> outcomeOf(long flowId) {
        return Optional.ofNullable(flows.get(flowId)).map(f -> f.outcome);
    }

    /** Whether another live booking (not {@code except}) holds this photographer's start. */
    private boolean heldByAnother(String photographerId, Instant start, Long except) {
        return bookings.values().stream().anyMatch(b -> b.isLive() && (except == null || b.id() != except)
                && b.photographerId().equals(photographerId) && b.start().equals(start));
    }
}
