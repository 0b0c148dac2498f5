package studiobot.nudge;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import studiobot.booking.Booking;
import studiobot.booking.Bookings;
import studiobot.booking.Draft;
import studiobot.chat.Action;
import studiobot.chat.Arg;
import studiobot.chat.ArgCodec;
import studiobot.chat.Button;
import studiobot.chat.ChatId;
import studiobot.chat.Conversations;
import studiobot.chat.Conversations.Line;
import studiobot.chat.Entry;
import studiobot.chat.MessageKind;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.Request;
import studiobot.config.StudioConfig;
import studiobot.config.StudioConfig.Photographer;
import studiobot.i18n.LocaleResolver;
import studiobot.i18n.Messages;
import studiobot.nudge.Nudges.Nudge;
import studiobot.nudge.Nudges.Outcome;
import studiobot.nudge.Signals.Occasion;
import studiobot.nudge.Signals.OpenFlow;
import studiobot.nudge.Signals.Signal;
import studiobot.nudge.Signals.Step;
import studiobot.people.People;
import studiobot.people.Person;
import studiobot.people.Role;
import studiobot.people.Staff;
import studiobot.schedule.Job;
import studiobot.schedule.Jobs;

/**
 * A client's check: the facts gathered, the six signals asked, and at most one nudge raised, to
 * the client's photographer (the one who took them, else who shot them last, else every
 * photographer) in their language and zone, outside their quiet hours. It names the client, their
 * language and local time, the reason with its figures, the last words each way, and the check-in
 * the client would get (in the client's language, with a translation when the photographer reads
 * another). Then the check plans itself for the next time a signal could count.
 */
final class QuietClients {
    static final String WAKE = "nudge-wake";
    record Snooze(long nudgeId, int days) {}

    static final Action<Long> SEND_CHECK_IN = Action.of("ncheck", ArgCodec.LONG);
    static final Action<Snooze> SNOOZE = Action.of("nsnooze", ArgCodec.pair(ArgCodec.LONG, 1,
            ArgCodec.word(n -> Integer.toString(n), Integer::valueOf, w -> w.equals("1") || w.equals("7")), Snooze::nudgeId, Snooze::days, Snooze::new));
    static final Action<Long> LOST = Action.of("nlost", ArgCodec.LONG);
    static final Action<Long> MINE = Action.of("nmine", ArgCodec.LONG);
    /** Reasons whose check-in may carry the studio's returning-client offer. */
    private static final Set<Signals.Reason> RE_ENGAGING = Set.of(Signals.Reason.INACTIVE, Signals.Reason.ANNIVERSARY);
    /** A signal left waiting behind an open nudge is looked at again this much later. */
    private static final Duration AGAIN = Duration.ofDays(1);
    private static final int PACE_OVER = 10;

    private final StudioConfig config;
    private final Bookings bookings;
    private final Conversations conversations;
    private final Nudges nudges;
    private final People people;
    private final Staff staff;
    private final Jobs jobs;
    private final LocaleResolver locales;
    private final Messages messages;
    private final java.util.function.LongPredicate studioOwes;
    private final studiobot.delivery.QuietHours quietHours;

    QuietClients(StudioConfig config, Bookings bookings, Conversations conversations, Nudges nudges, People people, Staff staff,
                 Jobs jobs, LocaleResolver locales, Messages messages, java.util.function.LongPredicate studioOwes,
                 studiobot.delivery.QuietHours quietHours) {
        this.studioOwes = studioOwes;
        this.quietHours = quietHours;
        this.config = config;
        this.bookings = bookings;
        this.conversations = conversations;
        this.nudges = nudges;
        this.people = people;
        this.staff = staff;
        this.jobs = jobs;
        this.locales = locales;
        this.messages = messages;
    }

    /** What the signals read about one client. */
    record Facts(Optional<Instant> studioWrote, Optional<Instant> clientWrote, List<java.time.Duration> delays, Optional<OpenFlow> flow,
                 List<Instant> changes, Optional<Instant> lastShootEnded, boolean bookedSince, List<Occasion> occasions, ZoneId zone,
                 boolean owedAnAnswer, boolean upcoming) {}

    Facts facts(Person client, Instant now) {
        long id = client.userId();
        ZoneId zone = staff.shownZone(client);
        Optional<Instant> clientWrote = conversations.lastClientWrite(id);
        Optional<OpenFlow> flow = bookings.draft(id).map(d -> new OpenFlow(d.packageId(), step(d),
                d.startedAt(), clientWrote.filter(at -> at.isAfter(d.startedAt())).orElse(d.startedAt())));
        List<Booking> all = bookings.ofClient(id);
        // kept or still ahead: a future shoot's end is when the inactive clock will start, its date an anniversary to come
        List<Booking> kept = all.stream().filter(b -> b.status() == Booking.Status.DONE || b.status() == Booking.Status.CONFIRMED).toList();
        Optional<Instant> lastEnd = kept.stream().map(Booking::end).max(Comparator.naturalOrder());
        boolean bookedSince = lastEnd.isPresent() && all.stream().anyMatch(b -> b.isLive() && b.start().isAfter(lastEnd.get()));
        List<Occasion> occasions = new ArrayList<>();
        for (Booking b : kept) {
            StudioConfig.Anniversary a = config.packageById(b.packageId()).map(StudioConfig.PackageOffer::anniversary)
                    .orElse(StudioConfig.Anniversary.NONE);
            if (a != StudioConfig.Anniversary.NONE) {
                occasions.add(new Occasion(b.packageId(), LocalDate.ofInstant(b.start(), zone), a == StudioConfig.Anniversary.YEARLY));
            }
            // a date the client gave (a due date, a birthday): every year; named "package:question"
            for (studiobot.booking.Answer answer : b.answers()) {
                if (config.packageById(b.packageId()).filter(p -> p.asksDate(answer.question())).isPresent()) {
                    // from a year after the shoot: a birthday in the months after a booking is no sign of slipping away
                    answer.day().ifPresent(day -> occasions.add(new Occasion(b.packageId() + ":" + answer.question(), day, true,
                            LocalDate.ofInstant(b.start(), zone).plusYears(1))));
                }
            }
        }
        return new Facts(conversations.awaitingAnswerSince(id), clientWrote, conversations.replyDelays(id, PACE_OVER), flow,
                bookings.changeTimesByClient(id), lastEnd, bookedSince, occasions, zone, studioOwes.test(id),
                all.stream().anyMatch(b -> b.isUpcoming(now)));
    }

    private Step step(Draft d) {
        if (d.day() == null) {
            return Step.DAY;
        }
        if (d.slot() == null) {
            return Step.TIME;
        }
        int questions = config.packageById(d.packageId()).map(p -> p.questions().size()).orElse(0);
        return d.answers().size() < questions ? Step.QUESTIONS : Step.CONFIRM;
    }

    /** Every signal that holds now, the most telling first. */
    List<Signal> signals(Facts f, Instant now) {
        StudioConfig.Policy p = config.policy();
        List<Signal> fired = new ArrayList<>();
        Signals.changes(f.changes(), p.changesWindow(), now).ifPresent(fired::add);
        Signals.abandoned(f.flow(), f.clientWrote(), p.abandonedAfter(), now).ifPresent(fired::add);
        if (!f.owedAnAnswer()) {
            // while the client's own question waits for the studio, the silence is the studio's (the reply promise watches it)
            Signals.slower(f.delays(), f.studioWrote(), f.clientWrote(), p.quietAfter(), now).ifPresent(fired::add);
            Signals.quiet(f.studioWrote(), f.clientWrote(), p.quietAfter(), now).ifPresent(fired::add);
        }
        if (!f.upcoming()) {
            // a client with a shoot ahead is not slipping away: the date waits for another year
            fired.addAll(Signals.anniversaries(f.occasions(), f.zone(), p.anniversaryAhead(), now));
        }
        Signals.inactive(f.lastShootEnded(), f.bookedSince(), p.inactiveAfter(), now).ifPresent(fired::add);
        return fired;
    }

    /** When a signal could next begin to hold, on these facts; empty when none can without something new happening. */
    Optional<Instant> nextCheck(Facts f, Instant now) {
        StudioConfig.Policy p = config.policy();
        List<Instant> candidates = new ArrayList<>();
        f.studioWrote().filter(w -> f.clientWrote().filter(c -> c.isAfter(w)).isEmpty()).ifPresent(w -> {
            candidates.add(w.plus(p.quietAfter()));
            Signals.slowAfter(f.delays()).ifPresent(slow -> candidates.add(w.plus(slow)));
        });
        f.flow().ifPresent(flow -> candidates.add(flow.lastStep().plus(p.abandonedAfter())));
        f.lastShootEnded().filter(end -> !f.bookedSince()).ifPresent(end -> candidates.add(end.plus(p.inactiveAfter())));
        for (Occasion o : f.occasions()) {
            Signals.next(o, LocalDate.ofInstant(now, f.zone())).ifPresent(on -> candidates.add(on.atStartOfDay(f.zone()).toInstant().minus(p.anniversaryAhead())));
            // and next year's, once this one has passed
            Signals.next(o, LocalDate.ofInstant(now, f.zone()).plusDays(1)).ifPresent(on -> candidates.add(on.atStartOfDay(f.zone()).toInstant().minus(p.anniversaryAhead())));
        }
        return candidates.stream().filter(at -> at.isAfter(now)).min(Comparator.naturalOrder());
    }

    /** The check job: at most one nudge, then the next check planned. */
    List<Reply> check(Job job, Instant now) {
        long clientId = Long.parseLong(job.payload());
        Optional<Person> found = people.find(clientId).filter(c -> staff.rolesOf(clientId).contains(Role.CLIENT));
        if (found.isEmpty() || nudges.isLost(clientId)) {
            // a lost client is looked at again when they write (the record plans a check then)
            return List.of();
        }
        Person client = found.get();
        Optional<Instant> morning = photographersMorning(clientId, now);
        if (morning.isPresent()) {
            // night for every photographer of the client: look again in their morning rather than queue a nudge
            // the client may make stale by writing meanwhile
            Watching.checkBy(jobs, clientId, morning.get());
            return List.of();
        }
        Facts facts = facts(client, now);
        List<Signal> fired = signals(facts, now);
        List<Nudge> earlier = nudges.of(clientId);
        boolean open = earlier.stream().anyMatch(n -> n.isOpen() || n.outcome() == Outcome.SNOOZED);
        List<Reply> replies = new ArrayList<>();
        boolean waiting = false;
        for (Signal s : fired) {
            if (alreadyFlagged(s, earlier, facts.clientWrote())) {
                continue;
            }
            if (open || !replies.isEmpty()) {
                waiting = true;
                continue;
            }
            Optional<Nudge> raised = nudges.raise(clientId, name(s.reason()), s.since(), now);
            raised.ifPresent(n -> replies.addAll(nudge(n, client, s, facts, now)));
        }
        Optional<Instant> next = nextCheck(facts, now);
        if (waiting) {
            Instant again = now.plus(AGAIN);
            next = Optional.of(next.filter(at -> at.isBefore(again)).orElse(again));
        }
        next.ifPresent(at -> Watching.checkBy(jobs, clientId, at));
        return replies;
    }

    /** The signals of one silence of the client's: the studio waiting, slower than usual, a flow left. */
    private static final Set<String> SILENCE = Set.of(name(Signals.Reason.QUIET), name(Signals.Reason.SLOWER), name(Signals.Reason.ABANDONED));

    /** The episode was nudged, or (for a silence) any nudge of a silence came since the client last wrote: one silence, one nudge. */
    private static boolean alreadyFlagged(Signal s, List<Nudge> earlier, Optional<Instant> clientWrote) {
        String reason = name(s.reason());
        boolean silence = SILENCE.contains(reason);
        return earlier.stream().anyMatch(n -> (n.reason().equals(reason) && n.since().equals(s.since()))
                || (silence && SILENCE.contains(n.reason()) && clientWrote.filter(at -> !n.raisedAt().isAfter(at)).isEmpty()));
    }

    /** When it is morning for the client's photographers, if it is night for every one of them now. */
    private Optional<Instant> photographersMorning(long clientId, Instant now) {
        Instant earliest = null;
        for (Photographer p : photographersOf(clientId)) {
            ZoneId zone = people.find(p.telegramId()).flatMap(Person::knownZone).orElse(p.timeZone());
            Instant notBefore = quietHours.notBefore(studiobot.chat.Timing.MAY_WAIT, now, zone);
            if (!notBefore.isAfter(now)) {
                return Optional.empty();
            }
            earliest = earliest == null || notBefore.isBefore(earliest) ? notBefore : earliest;
        }
        return Optional.ofNullable(earliest);
    }

    /** The nudge, to each photographer of the client. */
    private List<Reply> nudge(Nudge n, Person client, Signal s, Facts facts, Instant now) {
        List<Reply> replies = new ArrayList<>();
        String clientLanguage = locales.languageOf(client);
        for (Photographer p : photographersOf(client.userId())) {
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("client", client.name());
            args.put("language", messages.render(clientLanguage, Msg.of("language.name")));
            args.put("clientTime", new Arg.NowIn(facts.zone()));
            args.put("reason", reason(s));
            args.put("lastIn", last(client.userId(), true));
            args.put("lastOut", last(client.userId(), false));
            Msg checkIn = checkIn(s, client, p);
            args.put("checkIn", new Msg.InLanguage(clientLanguage, checkIn));
            args.put("translation", photographerLanguage(p).equals(clientLanguage) ? Msg.verbatim("") : Msg.of("nudge.translation", "text", checkIn));
            replies.add(Reply.mayWait(new ChatId(p.telegramId()), MessageKind.ALERT, Msg.of("nudge", args))
                    .withButtons(buttons(n, client.userId()))
                    .about(client.userId()));
        }
        return replies;
    }

    private static List<List<Button>> buttons(Nudge n, long clientId) {
        return List.of(
                List.of(SEND_CHECK_IN.button(Msg.of("nudge.send"), n.id()), Entry.REPLY_TO_CLIENT.button(Msg.of("nudge.own"), clientId)),
                List.of(SNOOZE.button(Msg.of("nudge.snooze", "days", 1), new Snooze(n.id(), 1)),
                        SNOOZE.button(Msg.of("nudge.snooze", "days", 7), new Snooze(n.id(), 7))),
                List.of(LOST.button(Msg.of("nudge.lost"), n.id()), MINE.button(Msg.of("nudge.mine"), n.id())));
    }

    private Msg reason(Signal s) {
        Map<String, Object> args = new LinkedHashMap<>();
        s.figures().forEach((name, value) -> args.put(name, shown(name, value)));
        Optional<String[]> given = givenDate(s);
        if (given.isPresent()) {
            args.put("package", Msg.of("package." + given.get()[0] + ".name"));
            args.put("question", Msg.of("package." + given.get()[0] + ".question." + given.get()[1]));
            return Msg.of("nudge.reason.date", args);
        }
        return Msg.of("nudge.reason." + name(s.reason()), args);
    }

    /** An anniversary of a date the client gave: its package and question. */
    private static Optional<String[]> givenDate(Signal s) {
        Object occasion = s.figures().get("occasion");
        return s.reason() == Signals.Reason.ANNIVERSARY && occasion instanceof String o && o.contains(":")
                ? Optional.of(o.split(":", 2)) : Optional.empty();
    }

    /** A figure as a reader sees it: lengths of time in words, dates as dates, a package by its name. */
    private static Object shown(String name, Object value) {
        if (value instanceof Duration d) {
            return new Arg.Length(d.compareTo(Duration.ofDays(2)) >= 0 ? Duration.ofDays(d.toDays())
                    : d.compareTo(Duration.ofHours(2)) >= 0 ? Duration.ofHours(d.toHours()) : Duration.ofMinutes(d.toMinutes()));
        }
        if (value instanceof LocalDate day) {
            return new Arg.Day(day);
        }
        if (value instanceof Instant at) {
            return new Arg.DateTime(at);
        }
        if (value instanceof Long l) {
            return l.intValue();
        }
        if (name.equals("package") || name.equals("occasion")) {
            return Msg.of("package." + value.toString().split(":", 2)[0] + ".name");
        }
        return value;
    }

    /** The last words of the client, or of the studio to them. */
    private Msg last(long clientId, boolean fromClient) {
        Optional<Line> line = conversations.latest(clientId, 50).stream()
                .filter(l -> l.incoming() == fromClient && l.text() != null && (fromClient || l.chat().value() == clientId))
                .findFirst();
        String key = fromClient ? "nudge.lastIn" : "nudge.lastOut";
        return line.map(l -> Msg.of(key, "when", new Arg.Relative(l.at()), "text", l.text()))
                .orElse(Msg.of(key + ".none"));
    }

    private Msg checkIn(Signal s, Person client, Photographer p) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("name", client.name());
        args.put("photographer", p.name());
        args.put("studio", config.studio().name());
        Object pkg = s.figures().getOrDefault("package", s.figures().get("occasion"));
        args.put("package", pkg == null ? Msg.verbatim("") : Msg.of("package." + pkg.toString().split(":", 2)[0] + ".name"));
        args.put("offer", RE_ENGAGING.contains(s.reason()) ? Msg.of("nudge.offer") : Msg.verbatim(""));
        if (givenDate(s).isPresent()) {
            args.put("on", new Arg.Day((LocalDate) s.figures().get("on")));
            return Msg.of("nudge.checkin.date", args);
        }
        return Msg.of("nudge.checkin." + name(s.reason()), args);
    }

    /** Who looks after this client: the photographer who took them, else who shot them last, else every photographer. */
    List<Photographer> photographersOf(long clientId) {
        Optional<Photographer> took = people.photographerOf(clientId).flatMap(staff.current()::photographerByTelegramId);
        if (took.isPresent()) {
            return List.of(took.get());
        }
        Optional<Photographer> shot = bookings.ofClient(clientId).stream().filter(Booking::isLive)
                .max(Comparator.comparing(Booking::start)).flatMap(b -> staff.current().photographerById(b.photographerId()));
        return shot.map(List::of).orElse(staff.current().photographers());
    }

    /** Whether this nudge is still open and the presser one of its photographers, or an admin. */
    boolean mayAct(Request r, long nudgeId) {
        return nudges.find(nudgeId).filter(Nudge::isOpen).filter(n -> r.is(Role.ADMIN)
                || photographersOf(n.clientId()).stream().anyMatch(p -> p.telegramId() == r.person().userId())).isPresent();
    }

    boolean maySnooze(Request r, Snooze s) {
        return mayAct(r, s.nudgeId());
    }

    /** The check-in, as shown: to the client in their language, outside their quiet hours, in the photographer's name. */
    List<Reply> sendCheckIn(Request r, long nudgeId) {
        Nudge n = nudges.find(nudgeId).orElseThrow();
        Person client = people.find(n.clientId()).orElseThrow();
        Photographer p = staff.photographer(r.person().userId()).orElseGet(() -> photographersOf(n.clientId()).get(0));
        Facts facts = facts(client, r.now());
        Signal s = signals(facts, r.now()).stream().filter(x -> name(x.reason()).equals(n.reason())).findFirst()
                .orElse(new Signal(Signals.Reason.valueOf(n.reason().toUpperCase(java.util.Locale.ROOT)), n.since(), Map.of()));
        nudges.settle(nudgeId, Outcome.CHECK_IN, r.now());
        return List.of(
                Reply.mayWait(new ChatId(client.userId()), MessageKind.CHECK_IN, checkIn(s, client, p)).by(p.telegramId()),
                r.inPlace(r.reply(Msg.of("nudge.sent", "client", client.name()))));
    }

    List<Reply> snooze(Request r, Snooze s) {
        Instant until = r.now().plus(Duration.ofDays(s.days()));
        nudges.snooze(s.nudgeId(), until, r.now());
        jobs.schedule(WAKE, "nudge-wake:" + s.nudgeId(), Long.toString(s.nudgeId()), until);
        return List.of(r.inPlace(r.reply(Msg.of("nudge.snoozed", "client", clientName(s.nudgeId()), "until", new Arg.DateTime(until)))));
    }

    List<Reply> lost(Request r, long nudgeId) {
        nudges.settle(nudgeId, Outcome.LOST, r.now());
        return List.of(r.inPlace(r.reply(Msg.of("nudge.markedLost", "client", clientName(nudgeId)))));
    }

    List<Reply> mine(Request r, long nudgeId) {
        nudges.settle(nudgeId, Outcome.HANDLED, r.now());
        return List.of(r.inPlace(r.reply(Msg.of("nudge.handling", "client", clientName(nudgeId)))));
    }

    /** A snooze ran out: if the episode still holds, the nudge comes again; if the client wrote meanwhile, nothing. */
    List<Reply> wake(Job job, Instant now) {
        long id = Long.parseLong(job.payload());
        Optional<Nudge> n = nudges.find(id);
        if (n.isEmpty() || !nudges.wake(id, now)) {
            return List.of();
        }
        Optional<Person> client = people.find(n.get().clientId());
        if (client.isEmpty()) {
            return List.of();
        }
        Facts facts = facts(client.get(), now);
        String reason = n.get().reason();
        return signals(facts, now).stream()
                // the same episode: the same reason, or the same silence grown from slower into quiet
                .filter(s -> s.since().equals(n.get().since())
                        && (name(s.reason()).equals(reason) || (SILENCE.contains(reason) && SILENCE.contains(name(s.reason())))))
                .findFirst()
                .map(s -> nudge(n.get(), client.get(), s, facts, now))
                .orElseGet(() -> {
                    // it no longer holds though the client did not write (they booked again, say): nothing left to do
                    nudges.settle(id, Outcome.HANDLED, now);
                    return List.of();
                });
    }

    private String photographerLanguage(Photographer p) {
        return locales.languageOf(people.find(p.telegramId()).orElse(new Person(p.telegramId(), p.name(), null, null, p.timeZone())));
    }

    private String clientName(long nudgeId) {
        return nudges.find(nudgeId).flatMap(n -> people.find(n.clientId())).map(Person::name).orElse("?");
    }

    static String name(Signals.Reason reason) {
        return reason.name().toLowerCase(java.util.Locale.ROOT);
    }
}
