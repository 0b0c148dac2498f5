package studiobot.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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
import studiobot.booking.BookingFlow.Step;
import studiobot.chat.Action;
import studiobot.chat.ArgCodec;
import studiobot.chat.Reply;
import studiobot.chat.Request;
import studiobot.chat.Topic;
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
final class Reserving {
    /** A flow's number, written as its buttons write it ("007" names no flow). */
    static final ArgCodec<Long> FLOW = ArgCodec.word(n -> Long.toString(n), Long::valueOf, w -> w.matches("0|[1-9][0-9]{0,17}"));
    /** A month to page to, as yyyyMM. */
    static final ArgCodec<YearMonth> MONTH_WORD = ArgCodec.word(m -> m.toString().replace("-", ""), MonthSheet::month, w -> w.matches("[0-9]{6}"));
    /** A day, as yyyyMMdd. */
    static final ArgCodec<LocalDate> DAY_WORD = ArgCodec.word(MonthSheet::compact, MonthSheet::date, w -> w.matches("[0-9]{8}"));
    /** A slot's start: minutes since the epoch, base 36, a start every zone can put on its calendar. */
    static final ArgCodec<Instant> START = ArgCodec.word(Reserving::startArg, Reserving::start, w -> w.matches("[0-9a-z]{1,10}"));

    /** The question on screen awaits the person's typed answer: the flow it belongs to. */
    static final Topic<Long> QUESTION = Topic.of("bookq", FLOW);
    static final Action<ShowMonth> MONTH = Action.of("bkm",
            ArgCodec.pair(FLOW, 1, MONTH_WORD, ShowMonth::flow, ShowMonth::month, ShowMonth::new));
    static final Action<PickDay> DAY = Action.of("bkd",
            ArgCodec.pair(FLOW, 1, DAY_WORD, PickDay::flow, PickDay::day, PickDay::new));
    static final Action<PickTime> TIME = Action.of("bkt", ArgCodec.of(
            t -> List.of(FLOW.encode(t.flow()).get(0), startArg(t.start()), t.photographerId()),
            words -> words.size() != 3 ? null
                    : new PickTime(FLOW.read(words.get(0)), START.read(words.get(1)), ArgCodec.ID.read(words.get(2)))));
    static final Action<Long> SKIP = Action.of("bks", FLOW);
    static final Action<Long> BACK = Action.of("bkb", FLOW);
    static final Action<Long> CANCEL = Action.of("bkx", FLOW);
    static final Action<Long> CONFIRM = Action.of("bkc", FLOW);
    /** The busy time a step reads starts this long before now, so that a shoot under way counts. */
    private static final Duration BUSY_LOOKBACK = Duration.ofDays(1);

    /** The flow for the team of now: made again when the team changes (a photographer joins, leaves, gets a package). */
    private BookingFlow flow;
    private StudioConfig flowFor;
    private final BookingScreens screens;
    private final Bookings bookings;
    private final People people;
    private final Staff staff;
    private final Notices notices;
    private final Changes changes;
    private final BookingTimeline timeline;
    private final Access access;
    private final Function<Request, Optional<Reply>> zoneQuestion;

    private final LocaleResolver locales;
    private final Messages messages;

    Reserving(StudioConfig config, Bookings bookings, People people, Staff staff, LocaleResolver locales, Messages messages,
              Notices notices, Changes changes, BookingTimeline timeline, Access access, Function<Request, Optional<Reply>> zoneQuestion) {
        this.flow = new BookingFlow(staff.current());
        this.flowFor = staff.current();
        this.screens = new BookingScreens(config, notices, messages, locales);
        this.bookings = bookings;
        this.people = people;
        this.staff = staff;
        this.notices = notices;
        this.changes = changes;
        this.timeline = timeline;
        this.access = access;
        this.zoneQuestion = zoneQuestion;
        this.locales = locales;
        this.messages = messages;
    }

    /** {@code /book}, the menu's Book button, or a package's own Book button (with its package). */
    List<Reply> book(Request r, Optional<String> packageId) {
        Outcome outcome = flow().pick(new PickPackage(packageId));
        if (outcome instanceof Begin b) {
            return begin(r, b.packageId(), null);
        }
        return show(r, outcome, Optional.empty());
    }

    /** {@code /book} typed, maybe with a package id after it. */
    List<Reply> book(Request r) {
        return book(r, r.args().stream().findFirst());
    }

    /** Moves an existing booking: the same steps, this booking's photographer only, no questions. */
    List<Reply> startMove(Request r, Booking b) {
        return begin(r, b.packageId(), b.id());
    }

    /** A step pressed on the flow's screen: a month, a day, a time, skip, confirm. */
    List<Reply> step(Request r, Step event) {
        return settle(r, decide(r, event));
    }

    /** A typed answer to the question on screen; the question's topic names its flow. */
    List<Reply> answer(Request r, long flowId) {
        // read as a day in the person's language too: a question of type date needs one
        Decided d = decide(r, new AnswerQuestion(flowId, r.text(), messages.readDay(locales.languageOf(r.person()), r.text())));
        if (d.outcome() instanceof NotInProgress) {
            people.setAwaiting(me(r), null);
        }
        return settle(r, d);
    }

    List<Reply> back(Request r, long flowId) {
        Decided d = decide(r, new Back(flowId));
        if (d.letGoOfTime()) {
            people.setAwaiting(me(r), null); // back at the times, what the person types is no answer
        }
        return settle(r, d);
    }

    List<Reply> cancel(Request r, long flowId) {
        Decided d = decide(r, new Cancel(flowId));
        if (d.outcome() instanceof Cancelled) {
            people.setAwaiting(me(r), null);
        }
        return settle(r, d);
    }

    /**
     * The person's zone has just been set ({@code changed}: to another): the flow's screen on show
     * (a calendar, times or a summary drawn in the zone assumed before) is drawn again in the new
     * zone, in the message it is in; a question that {@code /timezone} interrupted is asked again,
     * so that what is typed next answers it. Nothing when no flow of theirs shows times, when the
     * flow was left longer ago than {@code abandonedAfter}, or when the screen's message is not
     * known (a step typed, not pressed: a second copy would only confuse).
     */
    List<Reply> redrawInZone(Request asked, boolean changed) {
        Optional<Draft> draft = bookings.draft(me(asked))
                .filter(d -> d.startedAt().plus(staff.current().policy().abandonedAfter()).isAfter(asked.now()));
        if (draft.isEmpty()) {
            return List.of();
        }
        // the person as they are now, with the zone just set
        Request r = new Request(people.find(me(asked)).orElse(asked.person()), asked.roles(), asked.now(), asked.chat(),
                asked.input(), asked.action(), asked.args());
        Facts facts = facts(r, draft);
        Outcome step = flow().redrawn(draft.get(), facts);
        if (step instanceof AskQuestion q) {
            // /timezone took the place of the question on screen: it is asked again, and what is typed next answers it
            if (people.awaiting(me(r)).isPresent()) {
                return List.of();
            }
            people.setAwaiting(me(r), QUESTION.awaiting(q.draft().flowId()));
            return screens.show(r, q, facts.moving()).stream().map(Reply::asNew).toList();
        }
        Optional<Long> message = bookings.screenOf(draft.get().flowId());
        if (!changed || message.isEmpty() || !(step instanceof Screen s)) {
            return List.of();
        }
        // saved as any step is: a day that has no time left goes back to the calendar, a flow with no free day ends
        if (s instanceof Going g && !g.draft().equals(draft.get())) {
            bookings.saveDraft(g.draft(), r.now());
        }
        if (s instanceof Ended) {
            bookings.endFlow(me(r), "cancelled", r.now());
        }
        return screens.show(r, s, facts.moving()).stream().map(reply -> reply.editing(message.get())).toList();
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
        replies.addAll(settle(r, new Decided(fresh, facts, flow().open(fresh.orElseThrow(), facts))));
        return replies;
    }

    private Decided decide(Request r, Step event) {
        Optional<Draft> draft = bookings.draft(me(r));
        Facts facts = facts(r, draft);
        return new Decided(draft, facts, flow().decide(draft, event, facts));
    }

    private synchronized BookingFlow flow() {
        StudioConfig now = staff.current();
        if (now != flowFor) {
            flow = new BookingFlow(now);
            flowFor = now;
        }
        return flow;
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
            people.setAwaiting(me(r), QUESTION.awaiting(q.draft().flowId()));
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
        timeline.plan(booked.get(), r.now());
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
        return settle(r, new Decided(Optional.of(d), fresh, flow().taken(d, fresh)));
    }

    private List<Reply> show(Request r, Outcome outcome, Optional<Booking> moving) {
        if (outcome instanceof Going g) {
            // a press draws the screen in the pressed message; a typed step sends a new one, whose number is not known here
            bookings.setScreen(g.draft().flowId(), r.isPress() ? r.messageId() : null);
        }
        if (outcome instanceof Screen s) {
            return screens.show(r, s, moving);
        }
        throw new IllegalStateException("not a screen: " + outcome);
    }

    private static long me(Request r) {
        return r.person().userId();
    }

    /** A time button's start argument: minutes since the epoch, base 36. */
    static String startArg(Instant start) {
        return Long.toString(start.getEpochSecond() / 60, 36);
    }

    /** Throws when the word is no start (too far for any zone's calendar, not base 36): the press is refused as stale. */
    private static Instant start(String arg) {
        Instant start = Instant.ofEpochSecond(Math.multiplyExact(Long.parseLong(arg, 36), 60));
        // a start every zone can put on its calendar, or DateTimeException
        LocalDate.ofInstant(start, ZoneOffset.MIN);
        LocalDate.ofInstant(start, ZoneOffset.MAX);
        return start;
    }
}
