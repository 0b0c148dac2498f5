package studiobot.booking;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import studiobot.chat.Action;
import studiobot.chat.Arg;
import studiobot.chat.ArgCodec;
import studiobot.chat.Entry;
import studiobot.chat.Button;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.Request;
import studiobot.config.StudioConfig;
import studiobot.config.StudioConfig.Photographer;
import studiobot.people.People;
import studiobot.people.Person;
import studiobot.people.Staff;

/**
 * {@code /agenda} for photographers (an admin sees every photographer's): today and the next 7 days
 * in the reader's zone, each shoot with its client's language and local time; a shoot can be marked
 * done, or moved or cancelled on the client's behalf, and the client is told.
 */
final class Agenda {
    static final Action<ArgCodec.Nothing> LIST = Entry.AGENDA;
    static final Action<Access.Ref> OPEN = Action.of("ago", Access.REF);
    static final Action<Access.Ref> DONE = Action.of("agd", Access.REF);
    static final Action<Access.Ref> NO_SHOW = Action.of("agn", Access.REF);
    static final Action<Access.Ref> MOVE = Action.of("agm", Access.REF);
    static final Action<Access.Ref> CANCEL = Action.of("agx", Access.REF);
    static final Action<Access.Ref> CANCEL_SURE = Action.of("agxy", Access.REF);
    static final int DAYS = 8;
    private static final int BUTTONS = 24;

    private final Bookings bookings;
    private final People people;
    private final Staff staff;
    private final Notices notices;
    private final Changes changes;
    private final BookingTimeline timeline;
    private final Deliveries deliveries;
    private final StudioConfig config;
    private final Access access;
    private final BiFunction<Request, Booking, List<Reply>> moving;

    Agenda(StudioConfig config, Bookings bookings, People people, Staff staff, Notices notices, Changes changes,
           BookingTimeline timeline, Deliveries deliveries, Access access, BiFunction<Request, Booking, List<Reply>> moving) {
        this.config = config;
        this.deliveries = deliveries;
        this.bookings = bookings;
        this.people = people;
        this.staff = staff;
        this.notices = notices;
        this.changes = changes;
        this.timeline = timeline;
        this.access = access;
        this.moving = moving;
    }

    List<Reply> show(Request r) {
        ZoneId zone = notices.zoneOf(r.person());
        LocalDate today = LocalDate.ofInstant(r.now(), zone);
        String photographer = staff.photographer(r.person().userId()).map(Photographer::id).orElse(null);
        List<Booking> shoots = bookings.starting(photographer, today.atStartOfDay(zone).toInstant(),
                today.plusDays(DAYS).atStartOfDay(zone).toInstant());
        if (shoots.isEmpty()) {
            return List.of(r.inPlace(r.reply(Msg.of("agenda.empty", "days", DAYS, "zone", new Arg.Zone(zone)))));
        }
        Map<LocalDate, List<Msg>> byDay = new LinkedHashMap<>();
        for (Booking b : shoots) {
            byDay.computeIfAbsent(LocalDate.ofInstant(b.start(), zone), d -> new ArrayList<>()).add(item(b, photographer == null));
        }
        List<Msg> days = new ArrayList<>();
        byDay.forEach((day, items) -> days.add(Msg.of("agenda.day", "day", new Arg.Day(day), "items", items)));
        List<List<Button>> rows = openButtons(shoots, BUTTONS);
        return List.of(r.inPlace(r.reply(Msg.of("agenda", "zone", new Arg.Zone(zone), "days", days)).withButtons(rows)));
    }

    private Msg item(Booking b, boolean withPhotographer) {
        Optional<Person> client = people.find(b.clientId());
        ZoneId clientZone = client.map(notices::zoneOf).orElse(notices.zoneOfClient(b.clientId()));
        return Msg.of("agenda.item", Map.of(
                "time", new Arg.TimeOfDay(b.start()),
                "client", clientName(b),
                "package", notices.packageName(b.packageId()),
                "language", client.map(notices::languageName).orElse("?"),
                "clientTime", new Arg.TimeIn(b.start(), clientZone),
                "photographer", withPhotographer ? notices.photographerName(b.photographerId()) : "none",
                "done", b.status() == Booking.Status.DONE ? "yes" : b.status() == Booking.Status.NO_SHOW ? "noshow" : "no"));
    }

    /** A button opening each booking's card (to move or cancel it), at most {@code limit}. */
    List<List<Button>> openButtons(List<Booking> shoots, int limit) {
        List<List<Button>> rows = new ArrayList<>();
        for (Booking b : shoots.subList(0, Math.min(limit, shoots.size()))) {
            rows.add(List.of(OPEN.button(Msg.of("agenda.open", "when", new Arg.Relative(b.start()), "client", clientName(b)),
                    Access.Ref.of(b))));
        }
        return rows;
    }

    List<Reply> open(Request r, Access.Ref ref) {
        Optional<Booking> found = access.managed(r, ref);
        if (found.isEmpty()) {
            return Access.refused(r);
        }
        Booking b = found.get();
        Optional<Person> client = people.find(b.clientId());
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("package", notices.packageName(b.packageId()));
        args.put("when", notices.whenForPhotographer(b));
        args.put("client", clientName(b));
        args.put("language", client.map(notices::languageName).orElse("?"));
        args.put("changes", bookings.changesByClient(b.clientId()));
        args.put("noShows", bookings.noShowsOf(b.clientId()));
        args.put("status", b.status().name().toLowerCase(java.util.Locale.ROOT).replace("_", ""));
        args.put("answers", notices.answers(b.packageId(), b.answers()));
        boolean tookPlace = b.hasTakenPlace(r.now());
        args.put("delivery", tookPlace ? deliveryLines(b, r.now()) : Msg.verbatim(""));
        List<List<Button>> rows = new ArrayList<>();
        if (b.status() == Booking.Status.CONFIRMED && !b.start().isAfter(r.now())) {
            rows.add(List.of(DONE.button(Msg.of("agenda.markDone"), Access.Ref.of(b)), NO_SHOW.button(Msg.of("agenda.markNoShow"), Access.Ref.of(b))));
        }
        if (tookPlace && !Person.isErased(b.clientId()) && !deliveryButtons(b).isEmpty()) {
            rows.add(deliveryButtons(b));
        }
        if (b.isUpcoming(r.now())) {
            rows.add(List.of(MOVE.button(Msg.of("agenda.move"), Access.Ref.of(b)), CANCEL.button(Msg.of("agenda.cancel"), Access.Ref.of(b))));
        }
        rows.add(List.of(LIST.button(Msg.of("agenda.back"))));
        return List.of(r.inPlace(r.reply(Msg.of("agenda.card", args)).withButtons(rows)));
    }

    List<Reply> markDone(Request r, Access.Ref ref) {
        return settle(r, ref, Booking.Status.DONE, "agenda.markedDone");
    }

    /** The client did not come: counted, and what the shoot's timeline still held is dropped. */
    List<Reply> markNoShow(Request r, Access.Ref ref) {
        return settle(r, ref, Booking.Status.NO_SHOW, "agenda.markedNoShow");
    }

    /** Marks a shoot that has started done or missed, once: a second press finds it settled and is refused. */
    private List<Reply> settle(Request r, Access.Ref ref, Booking.Status status, String key) {
        Optional<Booking> found = access.managed(r, ref).filter(b -> b.status() == Booking.Status.CONFIRMED);
        if (found.isEmpty()) {
            return Access.refused(r);
        }
        Booking b = found.get();
        if (b.start().isAfter(r.now())) {
            return List.of(r.refuse(Msg.of("agenda.notYet", "when", new Arg.Relative(b.start()))));
        }
        bookings.setStatus(b.id(), status, r.now());
        timeline.plan(bookings.find(b.id()).orElseThrow(), r.now());
        List<List<Button>> rows = new ArrayList<>();
        if (status == Booking.Status.DONE) {
            rows.add(deliveryButtons(b));
        }
        rows.add(List.of(LIST.button(Msg.of("agenda.back"))));
        return List.of(r.inPlace(r.reply(Msg.of(key, "package", notices.packageName(b.packageId()), "client", clientName(b))).withButtons(rows)));
    }

    /** For a shoot that took place: what was sent of the studio's promises, or by when each is due. */
    private Msg deliveryLines(Booking b, java.time.Instant now) {
        List<Deliveries.Delivery> sent = deliveries.sentFor(b.id());
        Map<String, Object> lines = new LinkedHashMap<>();
        for (Deliveries.Kind kind : Deliveries.Kind.values()) {
            String word = kind.word();
            Optional<Deliveries.Delivery> first = sent.stream().filter(d -> d.kind() == kind).findFirst();
            if (first.isPresent()) {
                lines.put(word, Msg.of("agenda.delivery.sent", "kind", word, "at", new Arg.DateTime(first.get().sentAt())));
            } else {
                java.time.Instant by = kind.promisedBy(config, b);
                lines.put(word, Msg.of("agenda.delivery.due", Map.of("kind", word, "by", new Arg.DateTime(by), "late", by.isBefore(now) ? "yes" : "no")));
            }
        }
        return Msg.of("agenda.delivery", lines);
    }

    /** A button for each of the sneak peek and the gallery not sent yet. */
    private List<Button> deliveryButtons(Booking b) {
        List<Deliveries.Delivery> sent = deliveries.sentFor(b.id());
        List<Button> row = new ArrayList<>();
        if (sent.stream().noneMatch(d -> d.kind() == Deliveries.Kind.SNEAK_PEEK)) {
            row.add(Entry.SNEAK_PEEK.button(Msg.of("agenda.sneakPeek"), b.id()));
        }
        if (sent.stream().noneMatch(d -> d.kind() == Deliveries.Kind.GALLERY)) {
            row.add(Entry.GALLERY.button(Msg.of("agenda.gallery"), b.id()));
        }
        return row;
    }

    List<Reply> move(Request r, Access.Ref ref) {
        return access.managed(r, ref).filter(b -> b.isUpcoming(r.now())).map(b -> moving.apply(r, b)).orElseGet(() -> Access.refused(r));
    }

    List<Reply> askCancel(Request r, Access.Ref ref) {
        return access.managed(r, ref).filter(b -> b.isUpcoming(r.now())).map(b -> List.of(r.inPlace(r.reply(Msg.of("agenda.cancel.sure", Map.of(
                        "package", notices.packageName(b.packageId()), "client", clientName(b), "when", notices.whenForPhotographer(b))))
                .withButtons(List.of(List.of(
                        CANCEL_SURE.button(Msg.of("agenda.cancel.yes"), Access.Ref.of(b)),
                        OPEN.button(Msg.of("agenda.cancel.no"), Access.Ref.of(b)))))))).orElseGet(() -> Access.refused(r));
    }

    List<Reply> cancel(Request r, Access.Ref ref) {
        Optional<Booking> found = access.managed(r, ref).filter(b -> b.isUpcoming(r.now()));
        if (found.isEmpty()) {
            return Access.refused(r);
        }
        Booking b = found.get();
        List<Reply> replies = new ArrayList<>();
        replies.add(r.inPlace(r.reply(Msg.of("agenda.cancelled", "package", notices.packageName(b.packageId()), "client", clientName(b)))
                .withButtons(List.of(List.of(LIST.button(Msg.of("agenda.back")))))));
        replies.addAll(changes.cancel(b, new Changes.Actor(r.person().userId(), false), r.now()));
        return replies;
    }

    /** The client's name; for the kept booking of an erased client, "a deleted client" in the reader's language. */
    private Object clientName(Booking b) {
        return Person.isErased(b.clientId()) ? Msg.of("client.erased") : people.find(b.clientId()).map(Person::name).orElse("?");
    }

}
