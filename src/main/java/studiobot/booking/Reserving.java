package studiobot.booking;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import studiobot.booking.BookingFlow.AnswerQuestion;
import studiobot.booking.BookingFlow.AskQuestion;
import studiobot.booking.BookingFlow.Back;
import studiobot.booking.BookingFlow.Begin;
import studiobot.booking.BookingFlow.Cancel;
import studiobot.booking.BookingFlow.Cancelled;
import studiobot.booking.BookingFlow.Confirm;
import studiobot.booking.BookingFlow.Ended;
import studiobot.booking.BookingFlow.Facts;
import studiobot.booking.BookingFlow.Going;
import studiobot.booking.BookingFlow.NotInProgress;
import studiobot.booking.BookingFlow.Outcome;
import studiobot.booking.BookingFlow.PickDay;
import studiobot.booking.BookingFlow.PickPackage;
import studiobot.booking.BookingFlow.PickTime;
import studiobot.booking.BookingFlow.ReadyToBook;
import studiobot.booking.BookingFlow.ReadyToMove;
import studiobot.booking.BookingFlow.Screen;
import studiobot.booking.BookingFlow.ShowMonth;
import studiobot.booking.BookingFlow.ShowSummary;
import studiobot.booking.BookingFlow.SkipQuestion;
import studiobot.booking.BookingFlow.Stale;
import studiobot.booking.BookingFlow.Step;
import studiobot.chat.Reply;
import studiobot.chat.Request;
import studiobot.config.StudioConfig;
import studiobot.config.StudioConfig.Photographer;
import studiobot.i18n.LocaleResolver;
import studiobot.i18n.Messages;
import studiobot.people.People;
import studiobot.people.Person;
import studiobot.people.Staff;

/**
 * Booking a shoot, or moving one, from the chat. Each handler reads the person's draft and what
 * the step needs to know, turns the press or the typed answer into an event, asks the
 * {@link BookingFlow}, saves what it decided and returns the {@link BookingScreens}' replies.
 * Every step is saved, so the flow survives a restart.
 *
 * <p>A handler runs inside the caller's transaction. At confirm the flow checks the slot again
 * against the busy time read in that transaction, which then stores the booking, and the store's
 * unique index backs it up: two clients never get the same slot; the later is shown fresh times.
 */
public final class Reserving {
    public static final String QUESTION_TOPIC = "bookq";
    public static final String BOOK = "book";
    static final String MONTH = "bkm";
    static final String DAY = "bkd";
    static final String TIME = "bkt";
    static final String SKIP = "bks";
    static final String BACK = "bkb";
    static final String CANCEL = "bkx";
    static final String CONFIRM = "bkc";
    /** The busy time a step reads starts this long before now, so that a shoot under way counts. */
    private static final Duration BUSY_LOOKBACK = Duration.ofDays(1);

    private final BookingFlow flow;
    private final BookingScreens screens;
    private final Bookings bookings;
    private final People people;
    private final Staff staff;
    private final Notices notices;
    private final Changes changes;
    private final Reminders reminders;
    private final Access access;
    private final Function<Request, Optional<Reply>> zoneQuestion;

    Reserving(StudioConfig config, Bookings bookings, People people, Staff staff, LocaleResolver locales, Messages messages,
              Notices notices, Changes changes, Reminders reminders, Access access, Function<Request, Optional<Reply>> zoneQuestion) {
        this.flow = new BookingFlow(config);
        this.screens = new BookingScreens(config, notices, messages, locales);
        this.bookings = bookings;
        this.people = people;
        this.staff = staff;
        this.notices = notices;
        this.changes = changes;
        this.reminders = reminders;
        this.access = access;
        this.zoneQuestion = zoneQuestion;
    }

    /** {@code /book}, the menu's Book button, or a package's own Book button (the package id as argument). */
    public List<Reply> book(Request r) {
        Outcome outcome = flow.pick(readPackage(r));
        if (outcome instanceof Begin b) {
            return begin(r, b.packageId(), null);
        }
        return show(r, outcome, Optional.empty());
    }

    /** Moves an existing booking: the same steps, this booking's photographer only, no questions. */
    List<Reply> startMove(Request r, Booking b) {
        return begin(r, b.packageId(), b.id());
    }

    public List<Reply> month(Request r) {
        return settle(r, decide(r, readMonth(r)));
    }

    public List<Reply> day(Request r) {
        return settle(r, decide(r, readDay(r)));
    }

    public List<Reply> time(Request r) {
        return settle(r, decide(r, readTime(r)));
    }

    /** A typed answer to the question on screen; the question's topic names its flow. */
    public List<Reply> answer(Request r) {
        Decided d = decide(r, readAnswer(r), NotInProgress::new);
        if (d.outcome() instanceof NotInProgress) {
            people.setAwaiting(me(r), null);
        }
        return settle(r, d);
    }

    public List<Reply> skip(Request r) {
        return settle(r, decide(r, readSkip(r)));
    }

    public List<Reply> back(Request r) {
        Decided d = decide(r, readBack(r));
        if (d.letGoOfTime()) {
            people.setAwaiting(me(r), null); // back at the times, what the person types is no answer
        }
        return settle(r, d);
    }

    public List<Reply> cancel(Request r) {
        Decided d = decide(r, readCancel(r));
        if (d.outcome() instanceof Cancelled) {
            people.setAwaiting(me(r), null);
        }
        return settle(r, d);
    }

    public List<Reply> confirm(Request r) {
        return settle(r, decide(r, readConfirm(r)));
    }

    // --- load, decide, save ---

    /** What a step decided, and the draft and facts it decided on. */
    private record Decided(Optional<Draft> draft, Facts facts, Outcome outcome) {
        /** Whether the step gave up the time the draft had chosen. */
        boolean letGoOfTime() {
            Draft after = outcome instanceof Going g ? g.draft() : outcome instanceof Ended e ? e.draft() : null;
            return after != null && after.slot() == null && draft.map(Draft::slot).isPresent();
        }
    }

    private List<Reply> begin(Request r, String packageId, Long bookingId) {
        bookings.startFlow(me(r), packageId, bookingId, r.now());
        people.setAwaiting(me(r), null);
        List<Reply> replies = new ArrayList<>();
        if (bookingId == null) {
            // times are about to matter: a client whose zone is unknown is asked, once, above the calendar
            zoneQuestion.apply(r).ifPresent(replies::add);
        }
        Optional<Draft> fresh = bookings.draft(me(r));
        Facts facts = facts(r, fresh);
        replies.addAll(settle(r, new Decided(fresh, facts, flow.open(fresh.orElseThrow(), facts))));
        return replies;
    }

    private Decided decide(Request r, Optional<Step> event) {
        return decide(r, event, Stale::new);
    }

    private Decided decide(Request r, Optional<Step> event, Supplier<Outcome> unreadable) {
        Optional<Draft> draft = bookings.draft(me(r));
        Facts facts = facts(r, draft);
        return new Decided(draft, facts, event.map(e -> flow.decide(draft, e, facts)).orElseGet(unreadable));
    }

    /** What the flow needs to know besides the draft, read now. */
    private Facts facts(Request r, Optional<Draft> draft) {
        Long moving = draft.map(Draft::bookingId).orElse(null);
        Optional<Booking> booking = Optional.ofNullable(moving).flatMap(bookings::find);
        return new Facts(r.now(), notices.zoneOf(r.person()),
                bookings.busy(r.now().minus(BUSY_LOOKBACK), moving),
                booking,
                booking.filter(b -> access.mayManage(r, b)).isPresent(),
                people.photographerOf(me(r)).flatMap(staff::photographer).map(Photographer::id));
    }

    /** Saves what the step decided, commits a confirmed booking or move, and returns what to show. */
    private List<Reply> settle(Request r, Decided d) {
        Outcome outcome = d.outcome();
        if (outcome instanceof Going g && !d.draft().equals(Optional.of(g.draft()))) {
            bookings.saveDraft(g.draft(), r.now());
        }
        if (outcome instanceof Ended) {
            bookings.endFlow(me(r), "cancelled", r.now());
        }
        if (outcome instanceof AskQuestion q) {
            people.setAwaiting(me(r), QUESTION_TOPIC + ":" + q.draft().flowId());
        }
        if (outcome instanceof ShowSummary) {
            people.setAwaiting(me(r), null);
        }
        if (outcome instanceof ReadyToBook b) {
            return confirmNew(r, b.draft());
        }
        if (outcome instanceof ReadyToMove m) {
            return confirmMove(r, m);
        }
        return show(r, outcome, d.facts().moving());
    }

    private List<Reply> confirmNew(Request r, Draft d) {
        Optional<Booking> booked = bookings.insert(me(r), d.slot(), d.packageId(), d.answers(), r.now());
        if (booked.isEmpty()) {
            return takenMeanwhile(r, d);
        }
        bookings.endFlow(me(r), "booked", r.now());
        reminders.schedule(booked.get(), r.now());
        return screens.booked(r, booked.get());
    }

    private List<Reply> confirmMove(Request r, ReadyToMove m) {
        Optional<Changes.Moved> moved = changes.move(m.before(), m.draft().slot(), new Changes.Actor(me(r), m.byClient()), r.now());
        if (moved.isEmpty()) {
            return takenMeanwhile(r, m.draft());
        }
        bookings.endFlow(me(r), "moved", r.now());
        Booking after = moved.get().booking();
        List<Reply> replies = new ArrayList<>(m.byClient() ? screens.movedByClient(r, after)
                : screens.movedForClient(r, after, people.find(after.clientId()).map(Person::name).orElse("?")));
        replies.addAll(moved.get().told());
        return replies;
    }

    /** The store refused the slot: another booking took it since the check. The times as they now are. */
    private List<Reply> takenMeanwhile(Request r, Draft d) {
        Facts fresh = facts(r, Optional.of(d));
        return settle(r, new Decided(Optional.of(d), fresh, flow.taken(d, fresh)));
    }

    private List<Reply> show(Request r, Outcome outcome, Optional<Booking> moving) {
        if (outcome instanceof Screen s) {
            return screens.show(r, s, moving);
        }
        throw new IllegalStateException("not a screen: " + outcome);
    }

    private static long me(Request r) {
        return r.person().userId();
    }

    // --- what the person did, read from the button's arguments: here only; empty when they cannot be read ---

    private static PickPackage readPackage(Request r) {
        return new PickPackage(r.args().stream().findFirst());
    }

    private static Optional<Step> readMonth(Request r) {
        return read(() -> new ShowMonth(flow(r), MonthSheet.month(r.args().get(1))));
    }

    private static Optional<Step> readDay(Request r) {
        return read(() -> new PickDay(flow(r), MonthSheet.date(r.args().get(1))));
    }

    private static Optional<Step> readTime(Request r) {
        return read(() -> new PickTime(flow(r), start(r.args().get(1)), r.args().get(2)));
    }

    /** What the person typed, for the question its topic names; empty when the topic is not a booking question's. */
    private static Optional<Step> readAnswer(Request r) {
        return read(() -> new AnswerQuestion(questionFlow(r), r.text()));
    }

    private static Optional<Step> readSkip(Request r) {
        return read(() -> new SkipQuestion(flow(r)));
    }

    private static Optional<Step> readBack(Request r) {
        return read(() -> new Back(flow(r)));
    }

    private static Optional<Step> readCancel(Request r) {
        return read(() -> new Cancel(flow(r)));
    }

    private static Optional<Step> readConfirm(Request r) {
        return read(() -> new Confirm(flow(r)));
    }

    private static Optional<Step> read(Supplier<Step> event) {
        try {
            return Optional.of(event.get());
        } catch (IllegalArgumentException | IndexOutOfBoundsException | DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** The flow a button belongs to: its first argument. */
    private static long flow(Request r) {
        return number(r.args().get(0));
    }

    /** The flow a question belongs to: its topic is {@code bookq:<flow>}. */
    private static long questionFlow(Request r) {
        String prefix = QUESTION_TOPIC + ":";
        if (r.action() == null || !r.action().startsWith(prefix)) {
            throw new IllegalArgumentException("not a booking question: " + r.action());
        }
        return number(r.action().substring(prefix.length()));
    }

    /** A flow's number, written as its buttons write it ("007" names no flow). */
    private static long number(String written) {
        long n = Long.parseLong(written);
        if (!Long.toString(n).equals(written)) {
            throw new NumberFormatException("not a flow's number: " + written);
        }
        return n;
    }

    /** A time button's start argument: minutes since the epoch, base 36. */
    static String startArg(Instant start) {
        return Long.toString(start.getEpochSecond() / 60, 36);
    }

    private static Instant start(String arg) {
        Instant start = Instant.ofEpochSecond(Math.multiplyExact(Long.parseLong(arg, 36), 60));
        // a start every zone can put on its calendar, or DateTimeException
        LocalDate.ofInstant(start, ZoneOffset.MIN);
        LocalDate.ofInstant(start, ZoneOffset.MAX);
        return start;
    }
}
