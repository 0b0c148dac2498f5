package studiobot.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import studiobot.booking.Deliveries;

/** Deliveries in memory, for unit tests; {@code DeliveriesContract} keeps it honest against SQLite. */
public final class InMemoryDeliveries implements Deliveries {
    private final Map<Long, Delivery> deliveries = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public synchronized Delivery draft(long bookingId, Kind kind, long authorId, Instant now) {
        return deliveries.values().stream()
                .filter(d -> d.bookingId() == bookingId && d.kind() == kind && d.authorId() == authorId && !d.sent())
                .findFirst()
                .orElseGet(() -> {
                    Delivery d = new Delivery(nextId++, bookingId, kind, authorId, now, null, "", "", List.of());
                    deliveries.put(d.id(), d);
                    return d;
                });
    }

    @Override
    public synchronized Optional<Delivery> find(long id) {
        return Optional.ofNullable(deliveries.get(id));
    }

    @Override
    public synchronized boolean addPhoto(long id, String file, int max) {
        Delivery d = deliveries.get(id);
        if (d == null || d.sent() || d.photos().size() >= max) {
            return false;
        }
        List<String> photos = new ArrayList<>(d.photos());
        photos.add(file);
        deliveries.put(id, new Delivery(id, d.bookingId(), d.kind(), d.authorId(), d.startedAt(), null, d.link(), d.note(), photos));
        return true;
    }

    @Override
    public synchronized boolean describe(long id, String link, String note) {
        Delivery d = deliveries.get(id);
        if (d == null || d.sent()) {
            return false;
        }
        deliveries.put(id, new Delivery(id, d.bookingId(), d.kind(), d.authorId(), d.startedAt(), null, link, note, d.photos()));
        return true;
    }

    @Override
    public synchronized boolean markSent(long id, Instant now) {
        Delivery d = deliveries.get(id);
        if (d == null || d.sent()) {
            return false;
        }
        deliveries.put(id, new Delivery(id, d.bookingId(), d.kind(), d.authorId(), d.startedAt(), now, d.link(), d.note(), d.photos()));
        return true;
    }

    @Override
    public synchronized void discard(long id) {
        Delivery d = deliveries.get(id);
        if (d != null && !d.sent()) {
            deliveries.remove(id);
        }
    }

    @Override
    public synchronized List<Delivery> sentFor(long bookingId) {
        return deliveries.values().stream().filter(d -> d.bookingId() == bookingId && d.sent())
                .sorted(Comparator.comparing(Delivery::sentAt).thenComparing(Delivery::id)).toList();
    }
}
