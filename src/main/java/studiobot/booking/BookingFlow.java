package studiobot.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import studiobot.config.StudioConfig;
import studiobot.config.StudioConfig.PackageOffer;

/**
 * The booking flow's decisions, step by step: package, day, time, the package's questions, a
 * summary, confirm; back and cancel at every step. The same steps move an existing booking (its
 * photographer only, no questions). The step a draft is at is whatever it is missing first.
 *
 * <p>Pure: a step takes the saved {@link Draft}, what the person did (an {@link Event}) and the
 * {@link Facts} the caller read, and returns an {@link Outcome}: the draft as it now stands and
 * what to show, or what the caller is to commit. No clock, no store, no messages.
 */
final class BookingFlow {
    /** A typed answer is kept up to this length. */
    static final int MAX_ANSWER = 1000;

    private final StudioConfig config;
    private final Availability availability;

    BookingFlow(StudioConfig config) {
        this.config = config;
        this.availability = new Availability(config);
    }

    // --- what the person did ---

    sealed interface Event permits PickPackage, Step {}

    /** The Book button or {@code /book}, with the package it was pressed under, if any. */
    record PickPackage(Optional<String> packageId) implements Event {}

    /** A press or an answer on a flow under way, naming the flow its button or question belongs to. */
    sealed interface Step extends Event permits ShowMonth, PickDay, PickTime, AnswerQuestion, SkipQuestion, Back, Cancel, Confirm {
        long flow();
    }

    record ShowMonth(long flow, YearMonth month) implements Step {}

    /** A day, as the person's calendar counts it. */
    record PickDay(long flow, LocalDate day) implements Step {}

    record PickTime(long flow, Instant start, String photographerId) implements Step {}

    /**
     * What the person typed while a question was on screen, and the calendar day it reads as in
     * their language, if it is one (the caller reads it; a question of type date needs one).
     */
    record AnswerQuestion(long flow, String text, Optional<LocalDate> day) implements Step {
        AnswerQuestion(long flow, String text) {
            this(flow, text, Optional.empty());
        }
    }

    record SkipQuestion(long flow) implements Step {}

    record Back(long flow) implements Step {}

    record Cancel(long flow) implements Step {}

    record Confirm(long flow) implements Step {}

    /**
     * What a step needs to know besides the draft, read by the caller at one moment.
     *
     * @param now             the moment of the step
     * @param zone            the zone the person reads days and times in
     * @param busy            the photographers' taken time, leaving out the booking being moved
     * @param moving          the booking the draft moves, as stored; empty for a new booking
     * @param manages         whether the person may change {@code moving} for its client (its photographer, or an admin)
     * @param ownPhotographer the photographer who took this client, if one has: offered first when several are free at once
     */
    record Facts(Instant now, ZoneId zone, List<Busy> busy, Optional<Booking> moving, boolean manages, Optional<String> ownPhotographer) {
        Facts {
            busy = List.copyOf(busy);
        }
    }

    // --- what comes of it ---

    sealed interface Outcome permits Screen, Begin, ReadyToBook, ReadyToMove {}

    /** A new flow for this package: the caller opens it and asks {@link #open} for its first screen. */
    record Begin(String packageId) implements Outcome {}

    /** The slot is still free: the caller stores the booking, or shows {@link #taken} if the store refuses it. */
    record ReadyToBook(Draft draft) implements Outcome {}

    /** The slot is still free and the booking still the person's to move: the caller moves it, or shows {@link #taken}. */
    record ReadyToMove(Draft draft, Booking before, boolean byClient) implements Outcome {}

    /** Something to show, and nothing to commit but the draft. */
    sealed interface Screen extends Outcome permits Going, Ended, ChoosePackage, NotInProgress, Stale {}

    /** The flow goes on with this draft (saved when it changed), showing one of its steps. */
    sealed interface Going extends Screen permits ShowCalendar, ShowTimes, AskQuestion, ShowSummary {
        Draft draft();
    }

    /** The flow is over, nothing booked. */
    sealed interface Ended extends Screen permits NoFreeDays, Cancelled, BackToPackages, BookingGone {
        Draft draft();
    }

    /** Why a step is shown again instead of the next one. */
    enum Notice { NONE, SLOT_TAKEN, DAY_FULL }

    /** One month of the calendar; {@code freeDays} (any month, in the person's zone) can be pressed. */
    record ShowCalendar(Draft draft, YearMonth month, NavigableSet<LocalDate> freeDays, Notice notice) implements Going {
        ShowCalendar {
            freeDays = Collections.unmodifiableNavigableSet(new TreeSet<>(freeDays));
        }
    }

    /**
     * The times free on {@code day}, one per start. {@code day} is the draft's, but for a time no
     * longer offered: then it is that time's day, and the draft is left as it was.
     */
    record ShowTimes(Draft draft, LocalDate day, List<Slot> times, Notice notice) implements Going {
        ShowTimes {
            times = List.copyOf(times);
        }
    }

    /**
     * The question {@code number} of {@code count}; what the person types next is its answer.
     * {@code date}: its answer is a date; {@code unclear}: what they typed did not read as one.
     */
    record AskQuestion(Draft draft, String question, int number, int count, boolean date, boolean unclear, int tooLong) implements Going {
        AskQuestion(Draft draft, String question, int number, int count) {
            this(draft, question, number, count, false, false, 0);
        }

        AskQuestion(Draft draft, String question, int number, int count, boolean date, boolean unclear) {
            this(draft, question, number, count, date, unclear, 0);
        }
    }

    record ShowSummary(Draft draft) implements Going {}

    /** Nothing of the package is free within the horizon. */
    record NoFreeDays(Draft draft) implements Ended {}

    record Cancelled(Draft draft) implements Ended {}

    /** Back from the calendar of a new booking when there are several packages to choose from. */
    record BackToPackages(Draft draft) implements Ended {}

    /** The booking being moved has started, been cancelled, come within the cutoff, or is no longer the person's. */
    record BookingGone(Draft draft) implements Ended {}

    record ChoosePackage() implements Screen {}

    /** No flow of the person's is the one the button or question belongs to. */
    record NotInProgress() implements Screen {}

    /** The press does not fit the step the flow is at: nothing changes. */
    record Stale() implements Screen {}

    // --- the decisions ---

    Outcome pick(PickPackage event) {
        if (event.packageId().isPresent()) {
            return config.packageById(event.packageId().get()).<Outcome>map(p -> new Begin(p.id())).orElseGet(Stale::new);
        }
        return config.packages().size() == 1 ? new Begin(config.packages().get(0).id()) : new ChoosePackage();
    }

    /** A flow just opened, for a new booking or a move: the first month with a free day. */
    Outcome open(Draft fresh, Facts facts) {
        return calendar(fresh, Optional.empty(), Notice.NONE, facts);
    }

    Outcome decide(Optional<Draft> current, Step event, Facts facts) {
        Optional<Draft> draft = current.filter(d -> d.flowId() == event.flow());
        if (draft.isEmpty()) {
            return new NotInProgress();
        }
        Draft d = draft.get();
        if (event instanceof ShowMonth m) {
            return calendar(d, Optional.of(m.month()), Notice.NONE, facts);
        }
        if (event instanceof PickDay p) {
            return times(d.withDay(p.day()), p.day(), Notice.NONE, facts);
        }
        if (event instanceof PickTime t) {
            return time(d, t, facts);
        }
        if (event instanceof AnswerQuestion a) {
            return answer(d, a);
        }
        if (event instanceof SkipQuestion) {
            return d.slot() != null && atQuestion(d) ? next(d.withAnswer(new Answer(questionAt(d), ""))) : new Stale();
        }
        if (event instanceof Back) {
            return back(d, facts);
        }
        if (event instanceof Cancel) {
            return new Cancelled(d);
        }
        if (event instanceof Confirm) {
            return confirm(d, facts);
        }
        throw new IllegalArgumentException("a step the flow does not know: " + event);
    }

    /**
     * The screen of the step the draft is at, drawn anew with these facts (in a zone just set,
     * say): the calendar, the day's times, the question, or the summary.
     */
    Outcome redrawn(Draft d, Facts facts) {
        if (d.day() == null) {
            return calendar(d, Optional.empty(), Notice.NONE, facts);
        }
        if (d.slot() == null) {
            return times(d, d.day(), Notice.NONE, facts);
        }
        return atQuestion(d) ? ask(d) : new ShowSummary(d);
    }

    /** Someone else took the slot a moment ago: the times still free that day, else the calendar. */
    Outcome taken(Draft d, Facts facts) {
        return times(d.withDay(d.day()), d.day(), Notice.SLOT_TAKEN, facts);
    }

    private Outcome time(Draft d, PickTime t, Facts facts) {
        LocalDate day = LocalDate.ofInstant(t.start(), facts.zone());
        Optional<Slot> slot = offered(d, facts).stream()
                .filter(s -> s.start().equals(t.start()) && s.photographerId().equals(t.photographerId()))
                .findFirst();
        if (slot.isEmpty()) {
            return times(d, day, Notice.SLOT_TAKEN, facts);
        }
        return next(d.withDay(day).withSlot(slot.get()));
    }

    private Outcome answer(Draft d, AnswerQuestion a) {
        if (d.slot() == null || !atQuestion(d)) {
            return new NotInProgress();
        }
        String text = a.text().strip();
        if (text.isEmpty()) {
            return ask(d);
        }
        if (asksDate(d)) {
            // a date is kept as one (ISO), or asked again
            return a.day().map(day -> next(d.withAnswer(new Answer(questionAt(d), day.toString()))))
                    .orElseGet(() -> new AskQuestion(d, questionAt(d), d.answers().size() + 1, questionsOf(d).size(), true, true));
        }
        if (text.codePointCount(0, text.length()) > MAX_ANSWER) {
            // asked again, with the limit named: nothing is cut without the client knowing
            return new AskQuestion(d, questionAt(d), d.answers().size() + 1, questionsOf(d).size(), false, false,
                    text.codePointCount(0, text.length()));
        }
        return next(d.withAnswer(new Answer(questionAt(d), text)));
    }

    private boolean asksDate(Draft d) {
        return config.packageById(d.packageId()).filter(p -> p.asksDate(questionAt(d))).isPresent();
    }

    private Outcome back(Draft d, Facts facts) {
        if (d.slot() != null && !d.answers().isEmpty()) {
            Draft previous = d.withoutLastAnswer();
            // a questionnaire shortened since the answers were given has no question to go back to
            return atQuestion(previous) ? ask(previous) : new Stale();
        }
        if (d.slot() != null) {
            return times(d.withDay(d.day()), d.day(), Notice.NONE, facts);
        }
        if (d.day() != null) {
            return calendar(d.withDay(null), Optional.of(YearMonth.from(d.day())), Notice.NONE, facts);
        }
        return d.isMove() || config.packages().size() == 1 ? new Cancelled(d) : new BackToPackages(d);
    }

    private Outcome confirm(Draft d, Facts facts) {
        if (d.slot() == null || atQuestion(d)) {
            return new Stale();
        }
        if (!availability.isFree(d.slot(), facts.now(), facts.busy())) {
            return taken(d, facts);
        }
        if (!d.isMove()) {
            return new ReadyToBook(d);
        }
        Optional<Booking> before = facts.moving()
                .filter(b -> b.isUpcoming(facts.now()))
                .filter(b -> b.clientId() == d.ownerId() ? !MyBookings.pastCutoff(b, config, facts.now()) : facts.manages());
        if (before.isEmpty()) {
            return new BookingGone(d);
        }
        return new ReadyToMove(d, before.get(), before.get().clientId() == d.ownerId());
    }

    // --- the steps' screens, as data ---

    private Outcome calendar(Draft d, Optional<YearMonth> wanted, Notice notice, Facts facts) {
        NavigableSet<LocalDate> free = offered(d, facts).stream()
                .map(s -> LocalDate.ofInstant(s.start(), facts.zone()))
                .collect(Collectors.toCollection(TreeSet::new));
        if (free.isEmpty()) {
            return new NoFreeDays(d);
        }
        YearMonth first = YearMonth.from(free.first());
        YearMonth last = YearMonth.from(free.last());
        YearMonth month = wanted.orElse(first);
        month = month.isBefore(first) ? first : month.isAfter(last) ? last : month;
        return new ShowCalendar(d, month, free, notice);
    }

    private Outcome times(Draft d, LocalDate day, Notice notice, Facts facts) {
        List<Slot> onDay = offered(d, facts).stream()
                .filter(s -> LocalDate.ofInstant(s.start(), facts.zone()).equals(day))
                .toList();
        if (onDay.isEmpty()) {
            return calendar(d.withDay(null), Optional.of(YearMonth.from(day)), notice == Notice.SLOT_TAKEN ? Notice.SLOT_TAKEN : Notice.DAY_FULL, facts);
        }
        return new ShowTimes(d, day, onePerStart(onDay, facts.ownPhotographer()), notice);
    }

    private Outcome next(Draft d) {
        return atQuestion(d) ? ask(d) : new ShowSummary(d);
    }

    private Outcome ask(Draft d) {
        return new AskQuestion(d, questionAt(d), d.answers().size() + 1, questionsOf(d).size(), asksDate(d), false);
    }

    // --- what is offered ---

    /** The slots this draft may take: the package's, with its own photographer only when moving a booking. */
    private List<Slot> offered(Draft d, Facts facts) {
        List<Slot> slots = availability.slots(d.packageId(), facts.now(), facts.busy());
        Optional<Booking> moving = d.isMove() ? facts.moving() : Optional.empty();
        if (moving.isPresent()) {
            String photographer = moving.get().photographerId();
            slots = slots.stream().filter(s -> s.photographerId().equals(photographer) && !s.start().equals(moving.get().start())).toList();
        }
        return slots;
    }

    /** Several photographers free at one time show as one: the client's own photographer if among them, else the first. */
    private static List<Slot> onePerStart(List<Slot> slots, Optional<String> own) {
        Map<Instant, Slot> byStart = new LinkedHashMap<>();
        for (Slot s : slots) {
            byStart.merge(s.start(), s, (kept, other) -> own.isPresent() && other.photographerId().equals(own.get()) ? other : kept);
        }
        return List.copyOf(byStart.values());
    }

    private boolean atQuestion(Draft d) {
        return !d.isMove() && d.answers().size() < questionsOf(d).size();
    }

    private String questionAt(Draft d) {
        return questionsOf(d).get(d.answers().size());
    }

    private List<String> questionsOf(Draft d) {
        return config.packageById(d.packageId()).map(PackageOffer::questions).orElse(List.of());
    }
}
