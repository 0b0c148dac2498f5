package studiobot.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import studiobot.chat.Timing;
import studiobot.chat.Request;
import studiobot.config.StudioConfig;
import studiobot.config.StudioConfig.PackageOffer;

/**
 * {@code /mybookings}: a client's upcoming and past shoots; each upcoming one can be rescheduled
 * or cancelled until {@code policy.changeCutoff} before it, after which the client is told politely
 * how to reach the photographer. Every change is counted and reaches the photographer.
 */
final class MyBookings {
    static final Action<ArgCodec.Nothing> LIST = Entry.MY_BOOKINGS;
    static final Action<Access.Ref> OPEN = Action.of("mbo", Access.REF);
    static final Action<Access.Ref> MOVE = Action.of("mbr", Access.REF);
    static final Action<Access.Ref> CANCEL = Action.of("mbx", Access.REF);
    static final Action<Access.Ref> CANCEL_SURE = Action.of("mbxy", Access.REF);
    private static final int PAST_SHOWN = 5;
    private static final int UPCOMING_SHOWN = 8;

    private final StudioConfig config;
    private final Bookings bookings;
    private final Notices notices;
    private final Changes changes;
    private final Access access;
    private final BiFunction<Request, Booking, List<Reply>> moving;
    private static final java.util.function.Function<Msg, Button> BOOK_ANY = label -> Entry.BOOK.button(label, Optional.empty());

    MyBookings(StudioConfig config, Bookings bookings, Notices notices, Changes changes, Access access,
               BiFunction<Request, Booking, List<Reply>> moving) {
        this.config = config;
        this.bookings = bookings;
        this.notices = notices;
        this.changes = changes;
        this.access = access;
        this.moving = moving;
    }

    /** Whether the client may no longer change the booking themself. */
    static boolean pastCutoff(Booking b, StudioConfig config, Instant now) {
        return Duration.between(now, b.start()).compareTo(config.policy().changeCutoff()) < 0;
    }

    List<Reply> list(Request r) {
        List<Booking> all = bookings.ofClient(r.person().userId());
        List<Booking> upcoming = all.stream().filter(b -> b.isUpcoming(r.now()))
                .sorted(Comparator.comparing(Booking::start)).toList();
        List<Booking> past = all.stream().filter(b -> b.isLive() && !b.isUpcoming(r.now())).limit(PAST_SHOWN).toList();
        if (upcoming.isEmpty() && past.isEmpty()) {
            return List.of(r.inPlace(r.reply(Msg.of("booking.mine.none")).withButtons(List.of(
                    List.of(BOOK_ANY.apply(Msg.of("menu.book"))), List.of(Entry.MENU.button(Msg.of("menu.back")))))));
        }
        Msg upcomingBlock = upcoming.isEmpty() ? Msg.of("booking.mine.noneUpcoming")
                : Msg.of("booking.mine.upcoming", "items", upcoming.stream().map(b -> item(r, b)).toList());
        Msg pastBlock = past.isEmpty() ? Msg.verbatim("")
                : Msg.of("booking.mine.past", "items", past.stream().map(b -> item(r, b)).toList());
        List<List<Button>> rows = new ArrayList<>();
        for (Booking b : upcoming.subList(0, Math.min(UPCOMING_SHOWN, upcoming.size()))) {
            rows.add(List.of(OPEN.button(Msg.of("booking.mine.open", "package", notices.packageName(b.packageId()),
                    "day", new Arg.Day(LocalDate.ofInstant(b.start(), notices.zoneOf(r.person())))), Access.Ref.of(b))));
        }
        rows.add(List.of(BOOK_ANY.apply(Msg.of("menu.book")), Entry.MENU.button(Msg.of("menu.back"))));
        return List.of(r.inPlace(r.reply(Msg.of("booking.mine", "upcoming", upcomingBlock, "past", pastBlock)).withButtons(rows)));
    }

    private Msg item(Request r, Booking b) {
        return Msg.of("booking.mine.item", Map.of(
                "package", notices.packageName(b.packageId()),
                "when", notices.whenForClient(b, r.person()),
                "photographer", notices.photographerName(b.photographerId()),
                "done", b.status() == Booking.Status.DONE ? "yes" : "no"));
    }

    List<Reply> open(Request r, Access.Ref ref) {
        Optional<Booking> found = access.clientsOwn(r, ref);
        if (found.isEmpty()) {
            return Access.refused(r);
        }
        Booking b = found.get();

        Map<String, Object> args = new LinkedHashMap<>();
        args.put("package", notices.packageName(b.packageId()));
        args.put("when", notices.whenForClient(b, r.person()));
        args.put("photographer", notices.photographerName(b.photographerId()));
        args.put("duration", new Arg.Length(Duration.between(b.start(), b.end())));
        args.put("answers", notices.answers(b.packageId(), b.answers()));
        List<List<Button>> rows = new ArrayList<>();
        if (b.isUpcoming(r.now())) {
            rows.add(List.of(MOVE.button(Msg.of("booking.mine.reschedule"), Access.Ref.of(b)), CANCEL.button(Msg.of("booking.mine.cancel"), Access.Ref.of(b))));
        }
        rows.add(List.of(LIST.button(Msg.of("booking.mine.back"))));
        return List.of(r.inPlace(r.reply(Msg.of("booking.card", args)).withButtons(rows)));
    }

    List<Reply> reschedule(Request r, Access.Ref ref) {
        return changeable(r, ref).map(b -> pastCutoff(b, config, r.now()) ? tooLate(r, b) : moving.apply(r, b)).orElseGet(() -> Access.refused(r));
    }

    List<Reply> askCancel(Request r, Access.Ref ref) {
        return changeable(r, ref).map(b -> pastCutoff(b, config, r.now()) ? tooLate(r, b) : List.of(r.inPlace(r.reply(Msg.of("booking.cancel.sure",
                        "package", notices.packageName(b.packageId()), "when", notices.whenForClient(b, r.person())))
                .withButtons(List.of(List.of(
                        CANCEL_SURE.button(Msg.of("booking.cancel.yes"), Access.Ref.of(b)),
                        OPEN.button(Msg.of("booking.cancel.no"), Access.Ref.of(b)))))))).orElseGet(() -> Access.refused(r));
    }

    List<Reply> cancel(Request r, Access.Ref ref) {
        Optional<Booking> found = changeable(r, ref);
        if (found.isEmpty()) {
            return Access.refused(r);
        }
        Booking b = found.get();
        if (pastCutoff(b, config, r.now())) {
            return tooLate(r, b);
        }
        List<Reply> replies = new ArrayList<>();
        replies.add(r.inPlace(r.reply(Msg.of("booking.cancelled", "package", notices.packageName(b.packageId()),
                        "when", notices.whenForClient(b, r.person())))
                .withButtons(List.of(List.of(BOOK_ANY.apply(Msg.of("menu.book")), Entry.MENU.button(Msg.of("menu.back")))))));
        notices.cancelledFile(b, r.now(), Timing.NOW).ifPresent(replies::add);
        replies.addAll(changes.cancel(b, new Changes.Actor(r.person().userId(), true), r.now()));
        return replies;
    }

    private Optional<Booking> changeable(Request r, Access.Ref ref) {
        return access.clientsOwn(r, ref).filter(b -> b.isUpcoming(r.now()));
    }

    private List<Reply> tooLate(Request r, Booking b) {
        return List.of(r.inPlace(r.reply(Msg.of("booking.tooLate", Map.of(
                        "cutoff", new Arg.Length(config.policy().changeCutoff()),
                        "photographer", notices.photographerName(b.photographerId()))))
                .withButtons(List.of(List.of(Entry.ASK.button(Msg.of("menu.ask")), LIST.button(Msg.of("booking.mine.back")))))));
    }

}
