package studiobot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studiobot.booking.Deliveries;
import studiobot.booking.Deliveries.Delivery;
import studiobot.booking.Deliveries.Kind;

/** What every {@link Deliveries} does, run against the SQLite adapter and the in-memory fake alike. */
abstract class DeliveriesContract {
    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    static final long ANNA = 2001;
    static final long ADMIN = 1001;

    Deliveries deliveries;

    abstract Deliveries open();

    /** The same store after a restart. */
    abstract Deliveries reopen();

    /** A booking; its id. */
    abstract long aBooking();

    @BeforeEach
    void openTheStore() {
        deliveries = open();
    }

    @Test
    void draft_isTheAuthorsOpenOne_perBookingAndKind() {
        long booking = aBooking();
        Delivery peek = deliveries.draft(booking, Kind.SNEAK_PEEK, ANNA, NOW);

        assertThat(deliveries.draft(booking, Kind.SNEAK_PEEK, ANNA, NOW.plusSeconds(60)).id()).isEqualTo(peek.id());
        assertThat(deliveries.draft(booking, Kind.GALLERY, ANNA, NOW).id()).isNotEqualTo(peek.id());
        assertThat(deliveries.draft(booking, Kind.SNEAK_PEEK, ADMIN, NOW).id()).as("another author's draft").isNotEqualTo(peek.id());
        assertThat(peek).isEqualTo(new Delivery(peek.id(), booking, Kind.SNEAK_PEEK, ANNA, NOW, null, "", "", java.util.List.of()));
        assertThat(peek.isEmpty()).isTrue();
    }

    @Test
    void photosLinkAndNote_areKeptInOrder_acrossARestart() {
        long booking = aBooking();
        long id = deliveries.draft(booking, Kind.SNEAK_PEEK, ANNA, NOW).id();

        assertThat(deliveries.addPhoto(id, "file-b", 3)).isTrue();
        assertThat(deliveries.addPhoto(id, "file-a", 3)).isTrue();
        assertThat(deliveries.describe(id, "https://example.com/p", "A first look!")).isTrue();
        deliveries = reopen();

        Delivery d = deliveries.find(id).orElseThrow();
        assertThat(d.photos()).containsExactly("file-b", "file-a");
        assertThat(d.link()).isEqualTo("https://example.com/p");
        assertThat(d.note()).isEqualTo("A first look!");
        assertThat(d.isEmpty()).isFalse();
    }

    @Test
    void addPhoto_toAFullDraft_changesNothing() {
        long id = deliveries.draft(aBooking(), Kind.SNEAK_PEEK, ANNA, NOW).id();
        deliveries.addPhoto(id, "1", 2);
        deliveries.addPhoto(id, "2", 2);

        assertThat(deliveries.addPhoto(id, "3", 2)).isFalse();
        assertThat(deliveries.find(id).orElseThrow().photos()).containsExactly("1", "2");
    }

    @Test
    void markSent_once_thenTheDeliveryIsARecordNotADraft() {
        long booking = aBooking();
        long id = deliveries.draft(booking, Kind.GALLERY, ANNA, NOW).id();
        deliveries.describe(id, "https://example.com/g", "");
        Instant sent = NOW.plus(Duration.ofHours(1));

        assertThat(deliveries.markSent(id, sent)).isTrue();
        assertThat(deliveries.markSent(id, sent.plusSeconds(5))).as("a second send").isFalse();
        assertThat(deliveries.addPhoto(id, "late", 10)).isFalse();
        assertThat(deliveries.describe(id, "https://example.com/other", "")).isFalse();
        deliveries.discard(id);
        deliveries = reopen();

        assertThat(deliveries.sentFor(booking)).singleElement().satisfies(d -> {
            assertThat(d.sentAt()).isEqualTo(sent);
            assertThat(d.link()).isEqualTo("https://example.com/g");
        });
        assertThat(deliveries.draft(booking, Kind.GALLERY, ANNA, sent).id()).as("a new draft after one was sent").isNotEqualTo(id);
    }

    @Test
    void discard_dropsADraftAndItsPhotos() {
        long booking = aBooking();
        long id = deliveries.draft(booking, Kind.SNEAK_PEEK, ANNA, NOW).id();
        deliveries.addPhoto(id, "1", 10);

        deliveries.discard(id);

        assertThat(deliveries.find(id)).isEmpty();
        assertThat(deliveries.markSent(id, NOW)).isFalse();
        assertThat(deliveries.sentFor(booking)).isEmpty();
    }

    @Test
    void sentFor_isThisBookingsOnly_oldestFirst() {
        long booking = aBooking();
        long other = aBooking();
        long gallery = deliveries.draft(booking, Kind.GALLERY, ANNA, NOW).id();
        long peek = deliveries.draft(booking, Kind.SNEAK_PEEK, ANNA, NOW).id();
        long elsewhere = deliveries.draft(other, Kind.SNEAK_PEEK, ANNA, NOW).id();
        deliveries.markSent(gallery, NOW.plus(Duration.ofDays(10)));
        deliveries.markSent(peek, NOW.plus(Duration.ofDays(2)));
        deliveries.markSent(elsewhere, NOW.plus(Duration.ofDays(1)));

        assertThat(deliveries.sentFor(booking)).extracting(Delivery::kind).containsExactly(Kind.SNEAK_PEEK, Kind.GALLERY);
    }
}
