package studiobot.booking;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import studiobot.chat.Arg;
import studiobot.chat.Button;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.Request;
import studiobot.config.StudioConfig;
import studiobot.config.StudioConfig.PackageOffer;
import studiobot.config.StudioConfig.Photographer;
import studiobot.i18n.LocaleResolver;
import studiobot.i18n.Messages;
import studiobot.people.People;
import studiobot.people.Role;
import studiobot.people.Staff;

/**
 * Booking a shoot, step by step: package, day (an inline calendar in the reader's language, only
 * days with a free slot pressable), time (in the reader's zone, the other side's time beside),
 * the package's questions, a summary, confirm. Every step is saved, so the flow survives a
 * restart; back and cancel work at every step. The same steps move an existing booking, for its
 * client or for its photographer. At confirm the slot is checked again inside the transaction that
 * stores the booking, so two clients can never get the same one: the later is shown fresh times.
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
    /** A typed answer is kept up to this length. */
    static final int MAX_ANSWER = 1000;

    private final StudioConfig config;
    private final Availability availability;
    private final Bookings bookings;
    private final People people;
    private final Staff staff;
    private final LocaleResolver locales;
    private final Messages messages;
    private final Notices notices;
    private final Changes changes;
    private final Reminders reminders;
    private final Access access;
    private final Function<Request, Optional<Reply>> zoneQuestion;

    Reserving(StudioConfig config, Bookings bookings, People people, Staff staff, LocaleResolver locales, Messages messages,
              Notices notices, Changes changes, Reminders reminders, Access access, Function<Request, Optional<Reply>> zoneQuestion) {
        this.config = config;
        this.availability = new Availability(config);
        this.bookings = bookings;
        this.people = people;
        this.staff = staff;
        this.locales = locales;
        this.messages = messages;
        this.notices = notices;
        this.changes = changes;
        this.reminders = reminders;
        this.access = access;
        this.zoneQuestion = zoneQuestion;
    }

    /** {@code /book}, the menu's Book button, or a package's own Book button (the package id as argument). */
    public List<Reply> book(Request r) {
        if (!r.args().isEmpty()) {
            return config.packageById(r.args().get(0)).map(p -> begin(r, p)).orElseGet(() -> stale(r));
        }
        if (config.packages().size() == 1) {
            return begin(r, config.packages().get(0));
        }
        return choosePackage(r);
    }

    private List<Reply> choosePackage(Request r) {
        List<List<Button>> rows = new ArrayList<>();
        for (PackageOffer p : config.packages()) {
            rows.add(List.of(Button.of(notices.packageName(p.id()), BOOK, p.id())));
        }
        rows.add(List.of(Button.of(Msg.of("menu.back"), "menu")));
        return List.of(r.inPlace(r.reply(Msg.of("booking.choosePackage")).withButtons(rows)));
    }

    private List<Reply> begin(Request r, PackageOffer offer) {
        bookings.startFlow(r.person().userId(), offer.id(), null, r.now());
        people.setAwaiting(r.person().userId(), null);
        // times are about to matter: a client whose zone is unknown is asked, once, above the calendar
        List<Reply> replies = new ArrayList<>();
        zoneQuestion.apply(r).ifPresent(replies::add);
        replies.addAll(calendar(r, bookings.draft(r.person().userId()).orElseThrow(), null, null));
        return replies;
    }

    /** Moves an existing booking: the same steps, this booking's photographer only, no questions. */
    List<Reply> startMove(Request r, Booking b) {
        bookings.startFlow(r.person().userId(), b.packageId(), b.id(), r.now());
        people.setAwaiting(r.person().userId(), null);
        return calendar(r, bookings.draft(r.person().userId()).orElseThrow(), null, null);
    }

    public List<Reply> month(Request r) {
        return withDraft(r, d -> calendar(r, d, MonthSheet.month(r.args().get(1)), null));
    }

    public List<Reply> day(Request r) {
        return withDraft(r, d -> {
            LocalDate day = MonthSheet.date(r.args().get(1));
            Draft next = d.withDay(day);
            bookings.saveDraft(next, r.now());
            return times(r, next, "booking.times");
        });
    }

    public List<Reply> time(Request r) {
        return withDraft(r, d -> {
            Instant start = Instant.ofEpochSecond(Long.parseLong(r.args().get(1), 36) * 60);
            String photographer = r.args().get(2);
            Optional<Slot> slot = offered(d, r.now()).stream()
                    .filter(s -> s.start().equals(start) && s.photographerId().equals(photographer))
                    .findFirst();
            if (slot.isEmpty()) {
                return times(r, d.withDay(LocalDate.ofInstant(start, viewerZone(r))), "booking.taken");
            }
            Draft next = d.withDay(LocalDate.ofInstant(start, viewerZone(r))).withSlot(slot.get());
            bookings.saveDraft(next, r.now());
            return List.of(r.inPlace(nextStep(r, next)));
        });
    }

    /** A typed answer to the question on screen. */
    public List<Reply> answer(Request r) {
        Optional<Draft> draft = bookings.draft(r.person().userId())
                .filter(d -> r.action() != null && r.action().equals(QUESTION_TOPIC + ":" + d.flowId()));
        if (draft.isEmpty() || draft.get().slot() == null || !atQuestion(draft.get())) {
            people.setAwaiting(r.person().userId(), null);
            return List.of(r.reply(Msg.of("booking.flow.gone")).withButtons(List.of(List.of(Button.of(Msg.of("menu.book"), BOOK)))));
        }
        String text = r.text().strip();
        if (text.isEmpty()) {
            return List.of(question(r, draft.get()));
        }
        Draft d = draft.get();
        Draft next = d.withAnswer(new Answer(questionsOf(d).get(d.answers().size()), cut(text)));
        bookings.saveDraft(next, r.now());
        return List.of(nextStep(r, next));
    }

    public List<Reply> skip(Request r) {
        return withDraft(r, d -> {
            if (d.slot() == null || !atQuestion(d)) {
                return stale(r);
            }
            Draft next = d.withAnswer(new Answer(questionsOf(d).get(d.answers().size()), ""));
            bookings.saveDraft(next, r.now());
            return List.of(r.inPlace(nextStep(r, next)));
        });
    }

    public List<Reply> back(Request r) {
        return withDraft(r, d -> {
            if (d.slot() != null && !d.answers().isEmpty()) {
                Draft previous = d.withoutLastAnswer();
                bookings.saveDraft(previous, r.now());
                return List.of(r.inPlace(question(r, previous)));
            }
            if (d.slot() != null) {
                Draft previous = d.withDay(d.day());
                bookings.saveDraft(previous, r.now());
                people.setAwaiting(r.person().userId(), null);
                return times(r, previous, "booking.times");
            }
            if (d.day() != null) {
                bookings.saveDraft(d.withDay(null), r.now());
                return calendar(r, d.withDay(null), YearMonth.from(d.day()), null);
            }
            bookings.endFlow(r.person().userId(), "cancelled", r.now());
            return d.isMove() || config.packages().size() == 1 ? cancelled(r, d) : choosePackage(r);
        });
    }

    public List<Reply> cancel(Request r) {
        return withDraft(r, d -> {
            bookings.endFlow(r.person().userId(), "cancelled", r.now());
            people.setAwaiting(r.person().userId(), null);
            return cancelled(r, d);
        });
    }

    public List<Reply> confirm(Request r) {
        return withDraft(r, d -> {
            if (d.slot() == null || atQuestion(d)) {
                return stale(r);
            }
            List<Busy> busy = bookings.busy(r.now().minus(Duration.ofDays(1)), d.bookingId());
            if (!availability.isFree(d.slot(), r.now(), busy)) {
                return taken(r, d);
            }
            return d.isMove() ? confirmMove(r, d) : confirmNew(r, d);
        });
    }

    private List<Reply> confirmNew(Request r, Draft d) {
        Optional<Booking> booked = bookings.insert(r.person().userId(), d.slot(), d.packageId(), d.answers(), r.now());
        if (booked.isEmpty()) {
            return taken(r, d);
        }
        Booking b = booked.get();
        bookings.endFlow(r.person().userId(), "booked", r.now());
        reminders.schedule(b, r.now());
        List<Reply> replies = new ArrayList<>(notices.confirmed(b, r.person(), r.isPress() ? r.messageId() : 0, false, r.now()));
        notices.toPhotographer(b, b.start(), r.now(), "booking.alert.new", Map.of()).ifPresent(replies::add);
        return replies;
    }

    private List<Reply> confirmMove(Request r, Draft d) {
        Optional<Booking> before = bookings.find(d.bookingId())
                .filter(b -> b.isUpcoming(r.now()))
                .filter(b -> b.clientId() == r.person().userId() ? !MyBookings.pastCutoff(b, config, r.now()) : access.mayManage(r, b));
        if (before.isEmpty()) {
            bookings.endFlow(r.person().userId(), "cancelled", r.now());
            return List.of(r.inPlace(r.reply(Msg.of("booking.gone"))));
        }
        boolean isClient = before.get().clientId() == r.person().userId();
        Optional<Changes.Moved> moved = changes.move(before.get(), d.slot(), new Changes.Actor(r.person().userId(), isClient), r.now());
        if (moved.isEmpty()) {
            return taken(r, d);
        }
        bookings.endFlow(r.person().userId(), "moved", r.now());
        Booking after = moved.get().booking();
        List<Reply> replies = new ArrayList<>(isClient
                ? notices.confirmed(after, r.person(), r.isPress() ? r.messageId() : 0, true, r.now())
                : List.of(r.inPlace(r.reply(Msg.of("agenda.moved", Map.of(
                        "package", notices.packageName(after.packageId()),
                        "client", people.find(after.clientId()).map(p -> p.name()).orElse("?"),
                        "when", notices.whenForPhotographer(after)))))));
        replies.addAll(moved.get().told());
        return replies;
    }

    /** Someone else took the slot a moment ago: the times still free that day, or the calendar when none are. */
    private List<Reply> taken(Request r, Draft d) {
        Draft fresh = d.withDay(d.day());
        bookings.saveDraft(fresh, r.now());
        return times(r, fresh, "booking.taken");
    }

    // --- the steps' screens ---

    private List<Reply> calendar(Request r, Draft d, YearMonth wanted, String notice) {
        ZoneId zone = viewerZone(r);
        Set<LocalDate> free = offered(d, r.now()).stream()
                .map(s -> LocalDate.ofInstant(s.start(), zone))
                .collect(Collectors.toCollection(TreeSet::new));
        Msg packageName = notices.packageName(d.packageId());
        if (free.isEmpty()) {
            bookings.endFlow(r.person().userId(), "cancelled", r.now());
            return List.of(r.inPlace(r.reply(Msg.of("booking.calendar.none", "package", packageName,
                            "horizon", new Arg.Length(config.policy().horizon())))
                    .withButtons(List.of(List.of(Button.of(Msg.of("menu.ask"), "ask"), Button.of(Msg.of("menu.back"), "menu"))))));
        }
        YearMonth first = YearMonth.from(((TreeSet<LocalDate>) free).first());
        YearMonth last = YearMonth.from(((TreeSet<LocalDate>) free).last());
        YearMonth month = wanted != null ? wanted : first;
        month = month.isBefore(first) ? first : month.isAfter(last) ? last : month;
        DayOfWeek firstDay = messages.firstDayOfWeek(locales.languageOf(r.person()));
        String flow = Long.toString(d.flowId());
        List<List<Button>> rows = new ArrayList<>(MonthSheet.rows(month, free, firstDay, first, last, DAY, MONTH, flow));
        rows.add(backAndCancel(d));
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("package", packageName);
        args.put("zone", new Arg.Zone(zone));
        String key = "booking.calendar";
        if (d.isMove()) {
            key = "booking.calendar.move";
            bookings.find(d.bookingId()).ifPresent(b -> args.put("from", new Arg.DateTime(b.start())));
        }
        Msg text = Msg.of(key, args);
        if (notice != null) {
            text = Msg.of("booking.notice", "notice", Msg.of(notice), "text", text);
        }
        return List.of(r.inPlace(r.reply(text).withButtons(rows)));
    }

    private List<Reply> times(Request r, Draft d, String key) {
        ZoneId zone = viewerZone(r);
        List<Slot> onDay = onePerStart(r, offered(d, r.now()).stream()
                .filter(s -> LocalDate.ofInstant(s.start(), zone).equals(d.day()))
                .toList());
        if (onDay.isEmpty()) {
            Draft noDay = d.withDay(null);
            bookings.saveDraft(noDay, r.now());
            return calendar(r, noDay, YearMonth.from(d.day()), key.equals("booking.taken") ? "booking.taken.day" : "booking.day.full");
        }
        ZoneId other = otherZone(r, d);
        String flow = Long.toString(d.flowId());
        List<List<Button>> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        boolean beside = onDay.stream().anyMatch(s -> !zone.getRules().getOffset(s.start()).equals(otherZoneFor(s, other).getRules().getOffset(s.start())));
        for (Slot s : onDay) {
            Msg label = beside
                    ? Msg.of("booking.slot.beside", "time", new Arg.TimeOfDay(s.start()), "other", new Arg.TimeIn(s.start(), otherZoneFor(s, other)))
                    : Msg.of("booking.slot", "time", new Arg.TimeOfDay(s.start()));
            row.add(Button.of(label, TIME, flow, Long.toString(s.start().getEpochSecond() / 60, 36), s.photographerId()));
            if (row.size() == (beside ? 2 : 4)) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        rows.add(backAndCancel(d));
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("package", notices.packageName(d.packageId()));
        args.put("day", new Arg.Day(d.day()));
        args.put("zone", new Arg.Zone(zone));
        args.put("beside", beside ? Msg.of(r.is(Role.CLIENT) ? "booking.times.studio" : "booking.times.client") : Msg.verbatim(""));
        return List.of(r.inPlace(r.reply(Msg.of(key, args)).withButtons(rows)));
    }

    private Reply nextStep(Request r, Draft d) {
        return atQuestion(d) ? question(r, d) : summary(r, d);
    }

    private Reply question(Request r, Draft d) {
        List<String> questions = questionsOf(d);
        int i = d.answers().size();
        people.setAwaiting(r.person().userId(), QUESTION_TOPIC + ":" + d.flowId());
        String flow = Long.toString(d.flowId());
        return r.reply(Msg.of("booking.question", Map.of(
                        "number", i + 1,
                        "count", questions.size(),
                        "package", notices.packageName(d.packageId()),
                        "question", Msg.of("package." + d.packageId() + ".question." + questions.get(i)))))
                .withButtons(List.of(List.of(Button.of(Msg.of("booking.skip"), SKIP, flow)), backAndCancel(d)));
    }

    private Reply summary(Request r, Draft d) {
        people.setAwaiting(r.person().userId(), null);
        PackageOffer offer = config.packageById(d.packageId()).orElseThrow();
        Slot s = d.slot();
        ZoneId zone = viewerZone(r);
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("package", notices.packageName(d.packageId()));
        args.put("when", Notices.when(s.start(), zone, otherZoneFor(s, otherZone(r, d)),
                r.is(Role.CLIENT) ? "booking.when.studio" : "booking.when.client"));
        args.put("photographer", notices.photographerName(s.photographerId()));
        args.put("duration", new Arg.Length(offer.duration()));
        args.put("price", new Arg.Money(offer.price(), config.studio().currency()));
        args.put("answers", Notices.answers(d.packageId(), d.answers()));
        String key = "booking.summary";
        if (d.isMove()) {
            key = "booking.summary.move";
            args.put("from", bookings.find(d.bookingId()).map(b -> (Object) new Arg.DateTime(b.start())).orElse(""));
        }
        String flow = Long.toString(d.flowId());
        return r.reply(Msg.of(key, args)).withButtons(List.of(
                List.of(Button.of(Msg.of("booking.confirm"), CONFIRM, flow)),
                backAndCancel(d)));
    }

    private List<Reply> cancelled(Request r, Draft d) {
        Reply reply = r.reply(Msg.of(d.isMove() ? "booking.move.kept" : "booking.flow.cancelled"))
                .withButtons(List.of(List.of(Button.of(Msg.of("menu.back"), "menu"))));
        return List.of(r.inPlace(reply));
    }

    // --- what is offered ---

    /** The slots this draft may take: the package's, with its own photographer only when moving a booking. */
    private List<Slot> offered(Draft d, Instant now) {
        Optional<Booking> moving = d.isMove() ? bookings.find(d.bookingId()) : Optional.empty();
        List<Slot> slots = availability.slots(d.packageId(), now, bookings.busy(now.minus(Duration.ofDays(1)), d.bookingId()));
        if (moving.isPresent()) {
            String photographer = moving.get().photographerId();
            slots = slots.stream().filter(s -> s.photographerId().equals(photographer) && !s.start().equals(moving.get().start())).toList();
        }
        return slots;
    }

    /** Several photographers free at one time show as one button: the client's own photographer if among them, else the first. */
    private List<Slot> onePerStart(Request r, List<Slot> slots) {
        Optional<String> own = people.photographerOf(r.person().userId()).flatMap(staff::photographer).map(Photographer::id);
        Map<Instant, Slot> byStart = new LinkedHashMap<>();
        for (Slot s : slots) {
            byStart.merge(s.start(), s, (kept, other) -> own.isPresent() && other.photographerId().equals(own.get()) ? other : kept);
        }
        return List.copyOf(byStart.values());
    }

    private ZoneId viewerZone(Request r) {
        return notices.zoneOf(r.person());
    }

    /** The zone shown beside the reader's: the client's for staff moving a booking; null means each slot's photographer's. */
    private ZoneId otherZone(Request r, Draft d) {
        if (d.isMove() && !r.is(Role.CLIENT)) {
            return bookings.find(d.bookingId()).map(b -> notices.zoneOfClient(b.clientId())).orElse(config.studio().timeZone());
        }
        return null;
    }

    private ZoneId otherZoneFor(Slot s, ZoneId other) {
        return other != null ? other : notices.zoneOfPhotographer(s.photographerId());
    }

    private boolean atQuestion(Draft d) {
        return !d.isMove() && d.answers().size() < questionsOf(d).size();
    }

    private List<String> questionsOf(Draft d) {
        return config.packageById(d.packageId()).map(PackageOffer::questions).orElse(List.of());
    }

    private List<Button> backAndCancel(Draft d) {
        String flow = Long.toString(d.flowId());
        return List.of(Button.of(Msg.of("booking.back"), BACK, flow), Button.of(Msg.of("booking.cancel"), CANCEL, flow));
    }

    /** Runs a step on the person's draft, if the button belongs to it; a stale or malformed press changes nothing. */
    private List<Reply> withDraft(Request r, Function<Draft, List<Reply>> step) {
        Optional<Draft> draft = r.args().isEmpty() ? Optional.empty() : bookings.draft(r.person().userId())
                .filter(d -> Long.toString(d.flowId()).equals(r.args().get(0)));
        if (draft.isEmpty()) {
            return List.of(r.reply(Msg.of("booking.flow.gone")).withButtons(List.of(List.of(Button.of(Msg.of("menu.book"), BOOK)))));
        }
        try {
            return step.apply(draft.get());
        } catch (RuntimeException e) {
            if (e instanceof NumberFormatException || e instanceof IndexOutOfBoundsException || e instanceof java.time.DateTimeException) {
                return stale(r);
            }
            throw e;
        }
    }

    private static List<Reply> stale(Request r) {
        return List.of(r.reply(Msg.of("button.stale")));
    }


    private static String cut(String text) {
        if (text.length() <= MAX_ANSWER) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(MAX_ANSWER)) ? MAX_ANSWER - 1 : MAX_ANSWER;
        return text.substring(0, end) + " …";
    }
}
