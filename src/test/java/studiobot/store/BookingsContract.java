package studiobot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studiobot.booking.Answer;
import studiobot.booking.Booking;
import studiobot.booking.Bookings;
import studiobot.booking.Busy;
import studiobot.booking.Draft;
import studiobot.booking.Slot;

/** What every {@link Bookings} does, run against the SQLite adapter and the in-memory fake alike. */
abstract class BookingsContract {
    static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");
    static final long ALICE = 101;
    static final long BORIS = 202;
    static final String ANNA = "anna";
    static final String NIKOS = "nikos";
    static final String PORTRAIT = "portrait";

    Bookings bookings;

    /** A store with no bookings and no flows, where the clients ALICE and BORIS are known. */
    abstract Bookings open();

    /** The same store after the program restarted: what was stored is still there. */
    abstract Bookings reopen();

    @BeforeEach
    void openTheStore() {
        bookings = open();
    }

    void restart() {
        bookings = reopen();
    }

    /** A local time in Athens, as the instant the store keeps. */
    static Instant athens(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ATHENS).toInstant();
    }

    static Slot hour(String photographer, String athensStart) {
        Instant start = athens(athensStart);
        return new Slot(photographer, start, start.plus(Duration.ofHours(1)));
    }

    Booking book(long client, Slot slot) {
        return bookings.insert(client, slot, PORTRAIT, List.of(), NOW).orElseThrow();
    }

    // --- bookings ---

    @Test
    void insert_thenFind_roundTripsEveryField() {
        Slot slot = new Slot(ANNA, Instant.parse("2026-12-01T13:00:00.123456789Z"), Instant.parse("2026-12-01T14:30:00Z"));
        List<Answer> answers = List.of(
                new Answer("Who is in the photo?", "Η Μαρία και ο \"Γιώργος\""),
                new Answer("Anything else?", "我们想要户外照片, it's 'fine'; \\ back\nslash"),
                new Answer("Skipped", ""));

        Booking stored = bookings.insert(ALICE, slot, "family", answers, NOW).orElseThrow();

        assertThat(stored.id()).isPositive();
        assertThat(stored).isEqualTo(new Booking(stored.id(), ALICE, ANNA, "family", slot.start(), slot.end(),
                Booking.Status.CONFIRMED, answers));
        assertThat(bookings.find(stored.id())).contains(stored);
    }

    @Test
    void find_unknownId_isEmpty() {
        book(ALICE, hour(ANNA, "2026-12-01T10:00"));

        assertThat(bookings.find(9999)).isEmpty();
    }

    @Test
    void insert_sameLivePhotographerAndStart_returnsEmpty() {
        Booking first = book(ALICE, hour(ANNA, "2026-12-01T10:00"));

        Optional<Booking> second = bookings.insert(BORIS, hour(ANNA, "2026-12-01T10:00"), PORTRAIT, List.of(), NOW);

        assertThat(second).isEmpty();
        assertThat(bookings.ofClient(BORIS)).isEmpty();
        assertThat(bookings.find(first.id())).contains(first);
    }

    @Test
    void insert_sameStartsFromTwoThreads_booksEachStartOnce() throws Exception {
        Instant ten = athens("2026-12-01T10:00");
        List<Slot> slots = IntStream.range(0, 500)
                .mapToObj(i -> new Slot(ANNA, ten.plus(Duration.ofMinutes(i)), ten.plus(Duration.ofMinutes(i + 60))))
                .toList();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Long>> booked = new ArrayList<>();
            for (long client : new long[] {ALICE, BORIS}) {
                booked.add(two.submit(() -> {
                    go.await();
                    return slots.stream().filter(s -> bookings.insert(client, s, PORTRAIT, List.of(), NOW).isPresent()).count();
                }));
            }
            go.countDown();

            assertThat(booked.get(0).get() + booked.get(1).get()).isEqualTo(slots.size());
        } finally {
            two.shutdownNow();
        }
        assertThat(bookings.starting(ANNA, athens("2026-12-01T00:00"), athens("2026-12-02T00:00")))
                .extracting(Booking::start).containsExactlyElementsOf(slots.stream().map(Slot::start).toList());
    }

    @Test
    void insert_sameStartAfterCancelling_isBookedAgain() {
        Booking first = book(ALICE, hour(ANNA, "2026-12-01T10:00"));
        bookings.setStatus(first.id(), Booking.Status.CANCELLED, NOW.plusSeconds(60));

        Optional<Booking> second = bookings.insert(BORIS, hour(ANNA, "2026-12-01T10:00"), PORTRAIT, List.of(), NOW.plusSeconds(120));

        assertThat(second).isPresent();
        assertThat(second.orElseThrow().id()).isNotEqualTo(first.id());
        assertThat(second.orElseThrow().status()).isEqualTo(Booking.Status.CONFIRMED);
        assertThat(bookings.find(first.id()).orElseThrow().status()).isEqualTo(Booking.Status.CANCELLED);
    }

    @Test
    void insert_otherPhotographerSameStart_isBooked() {
        book(ALICE, hour(ANNA, "2026-12-01T10:00"));

        Optional<Booking> second = bookings.insert(BORIS, hour(NIKOS, "2026-12-01T10:00"), PORTRAIT, List.of(), NOW);

        assertThat(second).isPresent();
        assertThat(second.orElseThrow().photographerId()).isEqualTo(NIKOS);
    }

    @Test
    void setStatus_noShow_isKeptAcrossARestartAndCountedForTheClient() {
        Booking missed = book(ALICE, hour(ANNA, "2026-11-24T10:00"));
        Booking kept = book(ALICE, hour(ANNA, "2026-11-25T10:00"));
        book(BORIS, hour(ANNA, "2026-11-26T10:00"));
        assertThat(bookings.noShowsOf(ALICE)).isZero();

        bookings.setStatus(missed.id(), Booking.Status.NO_SHOW, NOW);
        bookings.setStatus(kept.id(), Booking.Status.DONE, NOW);
        restart();

        assertThat(bookings.find(missed.id()).orElseThrow().status()).isEqualTo(Booking.Status.NO_SHOW);
        assertThat(bookings.find(kept.id()).orElseThrow().status()).isEqualTo(Booking.Status.DONE);
        assertThat(bookings.noShowsOf(ALICE)).isEqualTo(1);
        assertThat(bookings.noShowsOf(BORIS)).isZero();
        assertThat(bookings.busy(NOW, null)).as("a missed shoot's time was the photographer's all the same")
                .extracting(Busy::start).contains(missed.start());
    }

    @Test
    void setStatus_done_isStoredAndStillHoldsTheStart() {
        Booking b = book(ALICE, hour(ANNA, "2026-12-01T10:00"));

        bookings.setStatus(b.id(), Booking.Status.DONE, NOW);

        assertThat(bookings.find(b.id()).orElseThrow().status()).isEqualTo(Booking.Status.DONE);
        assertThat(bookings.insert(BORIS, hour(ANNA, "2026-12-01T10:00"), PORTRAIT, List.of(), NOW)).isEmpty();
    }

    @Test
    void setStatus_liveAgainWhileAnotherHoldsTheStart_isRefused() {
        Booking cancelled = book(ALICE, hour(ANNA, "2026-12-01T10:00"));
        bookings.setStatus(cancelled.id(), Booking.Status.CANCELLED, NOW);
        Booking taker = book(BORIS, hour(ANNA, "2026-12-01T10:00"));

        assertThatThrownBy(() -> bookings.setStatus(cancelled.id(), Booking.Status.CONFIRMED, NOW.plusSeconds(60)))
                .isInstanceOf(RuntimeException.class);

        assertThat(bookings.find(cancelled.id()).orElseThrow().status()).isEqualTo(Booking.Status.CANCELLED);
        assertThat(bookings.starting(ANNA, athens("2026-12-01T00:00"), athens("2026-12-02T00:00"))).containsExactly(taker);
    }

    @Test
    void starting_photographer_returnsLiveBookingsInHalfOpenRangeByStart() {
        Booking noon = book(ALICE, hour(ANNA, "2026-12-01T12:00"));
        Booking nine = book(BORIS, hour(ANNA, "2026-12-01T09:00"));
        book(ALICE, hour(ANNA, "2026-12-01T08:59"));             // before from
        book(ALICE, hour(ANNA, "2026-12-01T18:00"));             // at to: excluded
        book(BORIS, hour(NIKOS, "2026-12-01T10:00"));            // someone else's
        Booking cancelled = book(BORIS, hour(ANNA, "2026-12-01T11:00"));
        bookings.setStatus(cancelled.id(), Booking.Status.CANCELLED, NOW);

        List<Booking> found = bookings.starting(ANNA, athens("2026-12-01T09:00"), athens("2026-12-01T18:00"));

        assertThat(found).extracting(Booking::id).containsExactly(nine.id(), noon.id());
    }

    @Test
    void starting_nullPhotographer_returnsEveryonesLiveBookingsByStart() {
        Booking annaTen = book(ALICE, hour(ANNA, "2026-12-01T10:00"));
        Booking nikosNine = book(BORIS, hour(NIKOS, "2026-12-01T09:00"));
        Booking nikosEleven = book(ALICE, hour(NIKOS, "2026-12-01T11:00"));
        Booking cancelled = book(BORIS, hour(ANNA, "2026-12-01T12:00"));
        bookings.setStatus(cancelled.id(), Booking.Status.CANCELLED, NOW);
        book(BORIS, hour(ANNA, "2026-12-02T10:00"));             // next day, outside

        List<Booking> found = bookings.starting(null, athens("2026-12-01T00:00"), athens("2026-12-02T00:00"));

        assertThat(found).extracting(Booking::id).containsExactly(nikosNine.id(), annaTen.id(), nikosEleven.id());
    }

    @Test
    void starting_rangeAcrossDstChange_comparesInstants() {
        // Athens leaves summer time on 25 Oct 2026 at 04:00 EEST (01:00 UTC): both shoots start at 03:30 local time.
        Instant beforeChange = Instant.parse("2026-10-25T00:30:00Z"); // 03:30 EEST
        Instant afterChange = Instant.parse("2026-10-25T01:30:00Z");  // 03:30 EET
        Booking early = bookings.insert(ALICE, new Slot(ANNA, beforeChange, beforeChange.plus(Duration.ofMinutes(30))),
                PORTRAIT, List.of(), NOW).orElseThrow();
        Booking late = bookings.insert(BORIS, new Slot(ANNA, afterChange, afterChange.plus(Duration.ofMinutes(30))),
                PORTRAIT, List.of(), NOW).orElseThrow();

        List<Booking> all = bookings.starting(ANNA, Instant.parse("2026-10-25T00:00:00Z"), Instant.parse("2026-10-25T02:00:00Z"));
        List<Booking> secondOnly = bookings.starting(ANNA, Instant.parse("2026-10-25T01:00:00Z"), Instant.parse("2026-10-25T02:00:00Z"));

        assertThat(all).extracting(Booking::id).containsExactly(early.id(), late.id());
        assertThat(secondOnly).extracting(Booking::id).containsExactly(late.id());
    }

    @Test
    void busy_leavesOutTheExceptedBookingAndThoseEndedBeforeFrom() {
        Instant from = athens("2026-12-01T12:00");
        book(ALICE, hour(ANNA, "2026-12-01T10:00"));                          // ends 11:00
        book(ALICE, hour(ANNA, "2026-12-01T11:00"));                          // ends 12:00 exactly: not busy after 12:00
        Booking running = book(BORIS, hour(NIKOS, "2026-12-01T11:30"));       // ends 12:30
        Booking later = book(ALICE, hour(ANNA, "2026-12-01T15:00"));
        Booking excepted = book(BORIS, hour(ANNA, "2026-12-01T16:00"));
        Booking cancelled = book(BORIS, hour(ANNA, "2026-12-01T17:00"));
        bookings.setStatus(cancelled.id(), Booking.Status.CANCELLED, NOW);

        List<Busy> busy = bookings.busy(from, excepted.id());

        assertThat(busy).containsExactlyInAnyOrder(
                new Busy(NIKOS, running.start(), running.end()),
                new Busy(ANNA, later.start(), later.end()));
    }

    @Test
    void busy_noException_includesEveryLiveBooking() {
        Booking a = book(ALICE, hour(ANNA, "2026-12-01T15:00"));
        Booking b = book(BORIS, hour(ANNA, "2026-12-01T16:00"));

        List<Busy> busy = bookings.busy(athens("2026-12-01T00:00"), null);

        assertThat(busy).containsExactlyInAnyOrder(
                new Busy(ANNA, a.start(), a.end()),
                new Busy(ANNA, b.start(), b.end()));
    }

    @Test
    void move_freeTarget_changesTheSlot() {
        Booking b = bookings.insert(ALICE, hour(ANNA, "2026-12-01T10:00"), PORTRAIT, List.of(new Answer("q", "a")), NOW).orElseThrow();
        Slot target = hour(NIKOS, "2026-12-03T15:30");

        boolean moved = bookings.move(b.id(), target, NOW.plusSeconds(60));

        assertThat(moved).isTrue();
        assertThat(bookings.find(b.id())).contains(new Booking(b.id(), ALICE, NIKOS, PORTRAIT, target.start(), target.end(),
                Booking.Status.CONFIRMED, List.of(new Answer("q", "a"))));
        // the old start is free again
        assertThat(bookings.insert(BORIS, hour(ANNA, "2026-12-01T10:00"), PORTRAIT, List.of(), NOW)).isPresent();
    }

    @Test
    void move_targetTakenByAnotherLiveBooking_returnsFalseAndKeepsTheSlot() {
        Booking mine = book(ALICE, hour(ANNA, "2026-12-01T10:00"));
        book(BORIS, hour(ANNA, "2026-12-01T14:00"));

        boolean moved = bookings.move(mine.id(), hour(ANNA, "2026-12-01T14:00"), NOW);

        assertThat(moved).isFalse();
        assertThat(bookings.find(mine.id())).contains(mine);
    }

    @Test
    void move_targetHeldOnlyByCancelledBooking_succeeds() {
        Booking mine = book(ALICE, hour(ANNA, "2026-12-01T10:00"));
        Booking gone = book(BORIS, hour(ANNA, "2026-12-01T14:00"));
        bookings.setStatus(gone.id(), Booking.Status.CANCELLED, NOW);

        boolean moved = bookings.move(mine.id(), hour(ANNA, "2026-12-01T14:00"), NOW);

        assertThat(moved).isTrue();
        assertThat(bookings.find(mine.id()).orElseThrow().start()).isEqualTo(athens("2026-12-01T14:00"));
    }

    @Test
    void move_sameStartLongerEnd_isNotBlockedByTheBookingItself() {
        Booking b = book(ALICE, hour(ANNA, "2026-12-01T10:00"));
        Slot longer = new Slot(ANNA, b.start(), b.end().plus(Duration.ofMinutes(30)));

        boolean moved = bookings.move(b.id(), longer, NOW);

        assertThat(moved).isTrue();
        assertThat(bookings.find(b.id()).orElseThrow().slot()).isEqualTo(longer);
    }

    @Test
    void move_unknownBooking_returnsFalse() {
        assertThat(bookings.move(9999, hour(ANNA, "2026-12-01T14:00"), NOW)).isFalse();
    }

    @Test
    void recordChange_changesByClient_countsOnlyTheClientsOwnChangesAcrossBookings() {
        Booking first = book(ALICE, hour(ANNA, "2026-12-01T10:00"));
        Booking second = book(ALICE, hour(ANNA, "2026-12-02T10:00"));
        Booking borisOwn = book(BORIS, hour(ANNA, "2026-12-03T10:00"));

        bookings.recordChange(first, true, athens("2026-12-01T12:00"), NOW);   // client reschedules
        bookings.recordChange(first, false, athens("2026-12-01T13:00"), NOW);  // photographer reschedules
        bookings.recordChange(second, true, null, NOW.plusSeconds(90));        // client cancels
        bookings.recordChange(borisOwn, true, null, NOW);                      // another client

        assertThat(bookings.changeTimesByClient(ALICE)).containsExactly(NOW, NOW.plusSeconds(90));
        assertThat(bookings.changesByClient(ALICE)).isEqualTo(2);
        assertThat(bookings.changesByClient(BORIS)).isEqualTo(1);
        assertThat(bookings.changesByClient(303)).isZero();
    }

    @Test
    void recordChange_movesOf_countsReschedulesOfThatBookingOnly() {
        Booking first = book(ALICE, hour(ANNA, "2026-12-01T10:00"));
        Booking other = book(ALICE, hour(ANNA, "2026-12-02T10:00"));

        bookings.recordChange(first, true, athens("2026-12-01T12:00"), NOW);
        bookings.recordChange(first, false, athens("2026-12-01T13:00"), NOW);
        bookings.recordChange(other, true, athens("2026-12-02T12:00"), NOW);
        bookings.recordChange(first, true, null, NOW);                         // a cancellation is not a move

        assertThat(bookings.movesOf(first.id())).isEqualTo(2);
        assertThat(bookings.movesOf(other.id())).isEqualTo(1);
        assertThat(bookings.movesOf(9999)).isZero();
    }

    @Test
    void ofClient_returnsLatestStartFirstIncludingCancelled() {
        Booking middle = book(ALICE, hour(ANNA, "2026-12-02T10:00"));
        Booking earliest = book(ALICE, hour(NIKOS, "2026-12-01T10:00"));
        Booking latest = book(ALICE, hour(ANNA, "2026-12-05T10:00"));
        bookings.setStatus(latest.id(), Booking.Status.CANCELLED, NOW);
        book(BORIS, hour(ANNA, "2026-12-03T10:00"));

        List<Booking> alices = bookings.ofClient(ALICE);

        assertThat(alices).extracting(Booking::id).containsExactly(latest.id(), middle.id(), earliest.id());
        assertThat(alices.get(0).status()).isEqualTo(Booking.Status.CANCELLED);
    }

    @Test
    void bookings_surviveARestart() {
        Booking b = bookings.insert(ALICE, hour(ANNA, "2026-12-01T10:00"), PORTRAIT, List.of(new Answer("Kids?", "Ναι, δύο")), NOW)
                .orElseThrow();
        bookings.recordChange(b, true, athens("2026-12-01T12:00"), NOW);

        restart();

        assertThat(bookings.find(b.id())).contains(b);
        assertThat(bookings.movesOf(b.id())).isEqualTo(1);
        assertThat(bookings.changesByClient(ALICE)).isEqualTo(1);
        assertThat(bookings.insert(BORIS, hour(ANNA, "2026-12-01T10:00"), PORTRAIT, List.of(), NOW)).isEmpty();
        assertThat(book(BORIS, hour(ANNA, "2026-12-01T12:00")).id()).isNotEqualTo(b.id());
    }

    // --- flows and drafts ---

    @Test
    void startFlow_twice_givesIncreasingIds() {
        long first = bookings.startFlow(ALICE, PORTRAIT, null, NOW);
        long second = bookings.startFlow(BORIS, PORTRAIT, null, NOW);
        long third = bookings.startFlow(ALICE, PORTRAIT, null, NOW);

        assertThat(second).isGreaterThan(first);
        assertThat(third).isGreaterThan(second);
    }

    @Test
    void startFlow_new_savesAFreshDraft() {
        long flow = bookings.startFlow(ALICE, "family", null, NOW);

        assertThat(bookings.draft(ALICE)).contains(Draft.start(flow, ALICE, "family", null, NOW));
        assertThat(bookings.draft(ALICE).orElseThrow().isMove()).isFalse();
    }

    @Test
    void startFlow_forAMove_keepsTheBookingId() {
        Booking b = book(ALICE, hour(ANNA, "2026-12-01T10:00"));

        long flow = bookings.startFlow(ALICE, PORTRAIT, b.id(), NOW);

        Draft draft = bookings.draft(ALICE).orElseThrow();
        assertThat(draft).isEqualTo(Draft.start(flow, ALICE, PORTRAIT, b.id(), NOW));
        assertThat(draft.isMove()).isTrue();
    }

    @Test
    void startFlow_whileADraftExists_replacesIt() {
        long old = bookings.startFlow(ALICE, PORTRAIT, null, NOW);
        bookings.saveDraft(bookings.draft(ALICE).orElseThrow()
                .withDay(LocalDate.of(2026, 12, 1))
                .withSlot(hour(ANNA, "2026-12-01T10:00"))
                .withAnswer(new Answer("q", "old answer")), NOW);
        Instant later = NOW.plus(Duration.ofMinutes(5));

        long fresh = bookings.startFlow(ALICE, "family", null, later);

        assertThat(fresh).isNotEqualTo(old);
        assertThat(bookings.draft(ALICE)).contains(Draft.start(fresh, ALICE, "family", null, later));
    }

    @Test
    void startFlow_otherOwner_leavesMyDraftAlone() {
        long mine = bookings.startFlow(ALICE, PORTRAIT, null, NOW);

        long theirs = bookings.startFlow(BORIS, "family", null, NOW);

        assertThat(bookings.draft(ALICE).orElseThrow().flowId()).isEqualTo(mine);
        assertThat(bookings.draft(BORIS).orElseThrow().flowId()).isEqualTo(theirs);
    }

    @Test
    void saveDraft_daySlotAndAnswers_roundTrip() {
        long flow = bookings.startFlow(ALICE, PORTRAIT, null, NOW);
        Slot slot = hour(ANNA, "2026-12-01T10:00");
        Draft filled = bookings.draft(ALICE).orElseThrow()
                .withDay(LocalDate.of(2026, 12, 1))
                .withSlot(slot)
                .withAnswer(new Answer("Who?", "Η οικογένεια \"Παππά\""))
                .withAnswer(new Answer("Where?", "公园, 'outside'; maybe"))
                .withAnswer(new Answer("Else?", ""));

        bookings.saveDraft(filled, NOW.plusSeconds(30));

        Draft loaded = bookings.draft(ALICE).orElseThrow();
        assertThat(loaded).isEqualTo(filled);
        assertThat(loaded.flowId()).isEqualTo(flow);
        assertThat(loaded.slot()).isEqualTo(slot);
        assertThat(loaded.day()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void saveDraft_stepBack_clearsSlotAndLastAnswer() {
        bookings.startFlow(ALICE, PORTRAIT, null, NOW);
        Draft filled = bookings.draft(ALICE).orElseThrow()
                .withDay(LocalDate.of(2026, 12, 1))
                .withSlot(hour(ANNA, "2026-12-01T10:00"))
                .withAnswer(new Answer("Who?", "us"))
                .withAnswer(new Answer("Where?", "here"));
        bookings.saveDraft(filled, NOW);

        Draft back = filled.withoutLastAnswer().withDay(LocalDate.of(2026, 12, 2));
        bookings.saveDraft(back, NOW.plusSeconds(10));

        Draft loaded = bookings.draft(ALICE).orElseThrow();
        assertThat(loaded.slot()).isNull();
        assertThat(loaded.day()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(loaded.answers()).containsExactly(new Answer("Who?", "us"));
    }

    @Test
    void draft_unknownOwner_isEmpty() {
        bookings.startFlow(ALICE, PORTRAIT, null, NOW);

        assertThat(bookings.draft(BORIS)).isEmpty();
    }

    @Test
    void endFlow_deletesTheDraftAndRecordsTheOutcome() {
        long flow = bookings.startFlow(ALICE, PORTRAIT, null, NOW);
        assertThat(bookings.outcomeOf(flow)).isEmpty();

        bookings.endFlow(ALICE, "booked", NOW.plus(Duration.ofMinutes(3)));

        assertThat(bookings.draft(ALICE)).isEmpty();
        assertThat(bookings.outcomeOf(flow)).contains("booked");
    }

    @Test
    void setScreen_remembersTheLatestMessagePerFlow_andNullForgetsIt() {
        long first = bookings.startFlow(ALICE, PORTRAIT, null, NOW);
        assertThat(bookings.screenOf(first)).isEmpty();

        bookings.setScreen(first, 41L);
        bookings.setScreen(first, 42L);
        long other = bookings.startFlow(BORIS, PORTRAIT, null, NOW);
        bookings.setScreen(other, 7L);

        assertThat(bookings.screenOf(first)).contains(42L);
        assertThat(bookings.screenOf(other)).contains(7L);
        bookings.setScreen(first, null);
        assertThat(bookings.screenOf(first)).isEmpty();
        assertThat(bookings.screenOf(999)).isEmpty();
    }

    @Test
    void pruneFlows_forgetsEndedFlowsOldestFirst_atMostTheLimit_neverAnOpenOne() {
        long first = bookings.startFlow(ALICE, PORTRAIT, null, NOW);
        bookings.endFlow(ALICE, "booked", NOW.plusSeconds(1));
        long second = bookings.startFlow(ALICE, PORTRAIT, null, NOW);
        bookings.endFlow(ALICE, "cancelled", NOW.plusSeconds(2));
        long open = bookings.startFlow(BORIS, PORTRAIT, null, NOW);

        assertThat(bookings.pruneFlows(NOW.plusSeconds(10), 1)).isEqualTo(1);
        assertThat(bookings.outcomeOf(first)).as("the older went first").isEmpty();
        assertThat(bookings.outcomeOf(second)).contains("cancelled");
        assertThat(bookings.pruneFlows(NOW.plusSeconds(10), 10)).isEqualTo(1);
        assertThat(bookings.draft(BORIS)).get().extracting(Draft::flowId).isEqualTo(open);
        assertThat(bookings.pruneFlows(NOW.plusSeconds(10), 10)).as("an open flow stays").isZero();
    }

    @Test
    void outcomeOf_unknownFlow_isEmpty() {
        long flow = bookings.startFlow(ALICE, PORTRAIT, null, NOW);
        bookings.endFlow(ALICE, "booked", NOW);

        assertThat(bookings.outcomeOf(flow + 1000)).isEmpty();
    }

    @Test
    void endFlow_otherOwnersDraft_isKept() {
        long alice = bookings.startFlow(ALICE, PORTRAIT, null, NOW);
        long boris = bookings.startFlow(BORIS, PORTRAIT, null, NOW);

        bookings.endFlow(ALICE, "cancelled", NOW);

        assertThat(bookings.draft(BORIS).orElseThrow().flowId()).isEqualTo(boris);
        assertThat(bookings.outcomeOf(alice)).contains("cancelled");
        assertThat(bookings.outcomeOf(boris)).isEmpty();
    }

    @Test
    void endFlow_noDraft_doesNothing() {
        long flow = bookings.startFlow(ALICE, PORTRAIT, null, NOW);
        bookings.endFlow(ALICE, "booked", NOW);

        bookings.endFlow(ALICE, "cancelled", NOW.plusSeconds(60));

        assertThat(bookings.draft(ALICE)).isEmpty();
        assertThat(bookings.outcomeOf(flow)).contains("booked");
    }

    @Test
    void endFlow_flowAlreadyEnded_keepsItsFirstOutcome() {
        long old = bookings.startFlow(ALICE, PORTRAIT, null, NOW);
        Draft stale = bookings.draft(ALICE).orElseThrow().withDay(LocalDate.of(2026, 12, 1));
        bookings.startFlow(ALICE, PORTRAIT, null, NOW.plusSeconds(60));
        bookings.saveDraft(stale, NOW.plusSeconds(90));   // a step of the old flow, saved after the new one began

        bookings.endFlow(ALICE, "booked", NOW.plusSeconds(120));

        assertThat(bookings.outcomeOf(old)).contains("replaced");
        assertThat(bookings.draft(ALICE)).isEmpty();
    }

    @Test
    void startFlow_replacingADraft_closesTheOldFlowAsReplaced() {
        long old = bookings.startFlow(ALICE, PORTRAIT, null, NOW);
        long fresh = bookings.startFlow(ALICE, PORTRAIT, null, NOW.plusSeconds(60));

        bookings.endFlow(ALICE, "booked", NOW.plusSeconds(120));

        assertThat(bookings.outcomeOf(fresh)).contains("booked");
        assertThat(bookings.outcomeOf(old)).contains("replaced");
    }

    @Test
    void draft_survivesARestart() {
        long flow = bookings.startFlow(ALICE, PORTRAIT, null, NOW);
        Draft filled = bookings.draft(ALICE).orElseThrow()
                .withDay(LocalDate.of(2026, 12, 1))
                .withSlot(hour(ANNA, "2026-12-01T10:00"))
                .withAnswer(new Answer("Who?", "Η Μαρία, 我们"));
        bookings.saveDraft(filled, NOW);

        restart();

        assertThat(bookings.draft(ALICE)).contains(filled);
        assertThat(bookings.startFlow(ALICE, PORTRAIT, null, NOW)).isGreaterThan(flow);
    }

    @Test
    void endFlow_outcome_survivesARestart() {
        long moved = bookings.startFlow(ALICE, PORTRAIT, 7L, NOW);
        bookings.endFlow(ALICE, "moved", NOW);
        long open = bookings.startFlow(BORIS, PORTRAIT, null, NOW);

        restart();

        assertThat(bookings.outcomeOf(moved)).contains("moved");
        assertThat(bookings.outcomeOf(open)).isEmpty();
        bookings.endFlow(BORIS, "booked", NOW.plusSeconds(60));
        assertThat(bookings.outcomeOf(open)).contains("booked");
    }
}
