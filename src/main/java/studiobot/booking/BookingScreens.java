package studiobot.booking;

import java.time.DayOfWeek;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import studiobot.booking.BookingFlow.AskQuestion;
import studiobot.booking.BookingFlow.BackToPackages;
import studiobot.booking.BookingFlow.BookingGone;
import studiobot.booking.BookingFlow.Cancelled;
import studiobot.booking.BookingFlow.ChoosePackage;
import studiobot.booking.BookingFlow.NoFreeDays;
import studiobot.booking.BookingFlow.NotInProgress;
import studiobot.booking.BookingFlow.Notice;
import studiobot.booking.BookingFlow.Screen;
import studiobot.booking.BookingFlow.ShowCalendar;
import studiobot.booking.BookingFlow.ShowSummary;
import studiobot.booking.BookingFlow.ShowTimes;
import studiobot.booking.BookingFlow.Stale;
import studiobot.chat.Arg;
import studiobot.booking.BookingFlow.PickTime;
import studiobot.chat.Button;
import studiobot.chat.Entry;
import studiobot.chat.MessageKind;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.Request;
import studiobot.config.StudioConfig;
import studiobot.config.StudioConfig.PackageOffer;
import studiobot.i18n.LocaleResolver;
import studiobot.i18n.Messages;
import studiobot.people.Role;

/**
 * What the booking flow's outcomes look like: message keys, arguments and buttons. The calendar
 * is in the reader's language, from their first day of the week; times are in the reader's zone,
 * with the other side's time beside them where it reads differently. A step of the flow replaces
 * the message whose button was pressed.
 */
final class BookingScreens {
    private final StudioConfig config;
    private final Notices notices;
    private final Messages messages;
    private final LocaleResolver locales;

    BookingScreens(StudioConfig config, Notices notices, Messages messages, LocaleResolver locales) {
        this.config = config;
        this.notices = notices;
        this.messages = messages;
        this.locales = locales;
    }

    /** The screen for an outcome; {@code moving} is the booking the flow moves, as stored, if it moves one. */
    List<Reply> show(Request r, Screen outcome, Optional<Booking> moving) {
        if (outcome instanceof ShowCalendar c) {
            return inPlace(r, calendar(r, c, moving));
        }
        if (outcome instanceof ShowTimes t) {
            return inPlace(r, times(r, t, moving));
        }
        if (outcome instanceof AskQuestion q) {
            return inPlace(r, question(r, q));
        }
        if (outcome instanceof ShowSummary s) {
            return inPlace(r, summary(r, s.draft(), moving));
        }
        if (outcome instanceof NoFreeDays n) {
            return inPlace(r, r.reply(Msg.of("booking.calendar.none", "package", notices.packageName(n.draft().packageId()),
                            "horizon", new Arg.Length(config.policy().horizon())))
                    .withButtons(List.of(List.of(Entry.ASK.button(Msg.of("menu.ask")), Entry.MENU.button(Msg.of("menu.back"))))));
        }
        if (outcome instanceof Cancelled c) {
            return inPlace(r, r.reply(Msg.of(c.draft().isMove() ? "booking.move.kept" : "booking.flow.cancelled"))
                    .withButtons(List.of(List.of(Entry.MENU.button(Msg.of("menu.back"))))));
        }
        if (outcome instanceof ChoosePackage || outcome instanceof BackToPackages) {
            return inPlace(r, packages(r));
        }
        if (outcome instanceof BookingGone) {
            return inPlace(r, r.reply(Msg.of("booking.gone")));
        }
        if (outcome instanceof NotInProgress) {
            // a button of a flow that ended is refused to the presser alone; a typed answer to it gets a way back in
            return List.of(r.isPress() ? r.refuse(Msg.of("booking.flow.gone"))
                    : r.reply(Msg.of("booking.flow.gone")).withButtons(List.of(List.of(Entry.BOOK.button(Msg.of("menu.book"), Optional.empty())))));
        }
        if (outcome instanceof Stale) {
            return List.of(r.refuse(Msg.of("button.stale")));
        }
        throw new IllegalArgumentException("a screen without a look: " + outcome);
    }

    /** The client's confirmation and calendar file, and the alert to the photographer. */
    List<Reply> booked(Request r, Booking b) {
        List<Reply> replies = new ArrayList<>(notices.confirmed(b, r.person(), summaryMessage(r), false, r.now()));
        notices.toPhotographer(b, b.start(), r.now(), "booking.alert.new", Map.of()).ifPresent(replies::add);
        return replies;
    }

    /** The client's confirmation of the booking they moved, with its new calendar file. */
    List<Reply> movedByClient(Request r, Booking after) {
        return notices.confirmed(after, r.person(), summaryMessage(r), true, r.now());
    }

    /** What the photographer or admin who moved a client's booking sees. */
    List<Reply> movedForClient(Request r, Booking after, String clientName) {
        return inPlace(r, r.reply(Msg.of("agenda.moved", Map.of(
                "package", notices.packageName(after.packageId()),
                "client", clientName,
                "when", notices.whenForPhotographer(after)))));
    }

    private Reply packages(Request r) {
        List<List<Button>> rows = new ArrayList<>();
        for (PackageOffer p : config.packages()) {
            rows.add(List.of(Entry.BOOK.button(notices.packageName(p.id()), Optional.of(p.id()))));
        }
        rows.add(List.of(Entry.MENU.button(Msg.of("menu.back"))));
        return r.reply(Msg.of("booking.choosePackage")).withButtons(rows);
    }

    private Reply calendar(Request r, ShowCalendar c, Optional<Booking> moving) {
        Draft d = c.draft();
        DayOfWeek firstDay = messages.firstDayOfWeek(locales.languageOf(r.person()));
        List<List<Button>> rows = new ArrayList<>(MonthSheet.rows(c.month(), c.freeDays(), firstDay,
                YearMonth.from(c.freeDays().first()), YearMonth.from(c.freeDays().last()), Reserving.DAY.id(), Reserving.MONTH.id(), flow(d)));
        rows.add(backAndCancel(d));
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("package", notices.packageName(d.packageId()));
        // the offset of the month shown (a DST change may lie between today and it)
        args.put("zone", Arg.Zone.on(zone(r), c.month().atDay(1).atTime(12, 0).atZone(zone(r)).toInstant()));
        String key = "booking.calendar";
        if (d.isMove()) {
            key = "booking.calendar.move";
            moving.ifPresent(b -> args.put("from", new Arg.DateTime(b.start())));
        }
        Msg text = Msg.of(key, args);
        if (c.notice() != Notice.NONE) {
            text = Msg.of("booking.notice", "notice", Msg.of(c.notice() == Notice.SLOT_TAKEN ? "booking.taken.day" : "booking.day.full"), "text", text);
        }
        return r.reply(text).withButtons(rows);
    }

    private Reply times(Request r, ShowTimes t, Optional<Booking> moving) {
        Draft d = t.draft();
        ZoneId zone = zone(r);
        ZoneId other = otherZone(r, d, moving);
        List<List<Button>> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        boolean beside = t.times().stream().anyMatch(s -> !zone.getRules().getOffset(s.start()).equals(otherZoneFor(s, other).getRules().getOffset(s.start())));
        for (Slot s : t.times()) {
            Msg label = beside
                    ? Msg.of("booking.slot.beside", "time", new Arg.TimeOfDay(s.start()), "other", new Arg.TimeIn(s.start(), otherZoneFor(s, other)))
                    : Msg.of("booking.slot", "time", new Arg.TimeOfDay(s.start()));
            row.add(Reserving.TIME.button(label, new PickTime(d.flowId(), s.start(), s.photographerId())));
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
        args.put("day", new Arg.Day(t.day()));
        // the offset on the day shown, not today's
        args.put("zone", Arg.Zone.on(zone, t.day().atTime(12, 0).atZone(zone).toInstant()));
        args.put("beside", beside ? Msg.of(r.is(Role.CLIENT) ? "booking.times.studio" : "booking.times.client") : Msg.verbatim(""));
        return r.reply(Msg.of(t.notice() == Notice.SLOT_TAKEN ? "booking.taken" : "booking.times", args)).withButtons(rows);
    }

    private Reply question(Request r, AskQuestion q) {
        Draft d = q.draft();
        Msg question = Msg.of("package." + d.packageId() + ".question." + q.question());
        if (q.date()) {
            // an example in the reader's own way of writing a date: a day a few months on
            Arg.Date example = new Arg.Date(java.time.LocalDate.ofInstant(r.now(), zone(r)).plusMonths(3).withDayOfMonth(12));
            question = Msg.of(q.unclear() ? "booking.question.unclearDate" : "booking.question.asDate", "question", question, "example", example);
        }
        if (q.tooLong() > 0) {
            question = Msg.of("booking.question.tooLong", Map.of("question", question, "length", q.tooLong(), "max", BookingFlow.MAX_ANSWER));
        }
        return r.reply(Msg.of("booking.question", Map.of(
                        "number", q.number(),
                        "count", q.count(),
                        "package", notices.packageName(d.packageId()),
                        "question", question)))
                .withButtons(List.of(List.of(Reserving.SKIP.button(Msg.of("booking.skip"), d.flowId())), backAndCancel(d)))
                .as(MessageKind.QUESTION);
    }

    private Reply summary(Request r, Draft d, Optional<Booking> moving) {
        PackageOffer offer = config.packageById(d.packageId()).orElseThrow();
        Slot s = d.slot();
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("package", notices.packageName(d.packageId()));
        args.put("when", Notices.when(s.start(), zone(r), otherZoneFor(s, otherZone(r, d, moving)),
                r.is(Role.CLIENT) ? "booking.when.studio" : "booking.when.client"));
        args.put("photographer", notices.photographerName(s.photographerId()));
        args.put("duration", new Arg.Length(offer.duration()));
        args.put("price", new Arg.Money(offer.price(), config.studio().currency()));
        args.put("answers", notices.answers(d.packageId(), d.answers()));
        String key = "booking.summary";
        if (d.isMove()) {
            key = "booking.summary.move";
            args.put("from", moving.map(b -> (Object) new Arg.DateTime(b.start())).orElse(""));
        }
        return r.reply(Msg.of(key, args)).withButtons(List.of(
                List.of(Reserving.CONFIRM.button(Msg.of("booking.confirm"), d.flowId())),
                backAndCancel(d)));
    }

    private ZoneId zone(Request r) {
        return notices.zoneOf(r.person());
    }

    /** The zone shown beside the reader's: the client's for staff moving a booking; null means each slot's photographer's. */
    private ZoneId otherZone(Request r, Draft d, Optional<Booking> moving) {
        if (d.isMove() && !r.is(Role.CLIENT)) {
            return moving.map(b -> notices.zoneOfClient(b.clientId())).orElse(config.studio().timeZone());
        }
        return null;
    }

    private ZoneId otherZoneFor(Slot s, ZoneId other) {
        return other != null ? other : notices.zoneOfPhotographer(s.photographerId());
    }

    private static List<Button> backAndCancel(Draft d) {
        return List.of(Reserving.BACK.button(Msg.of("booking.back"), d.flowId()), Reserving.CANCEL.button(Msg.of("booking.cancel"), d.flowId()));
    }

    private static String flow(Draft d) {
        return Long.toString(d.flowId());
    }

    /** The summary a confirm was pressed on, to be replaced by the confirmation; none for typed input. */
    private static long summaryMessage(Request r) {
        return r.isPress() ? r.messageId() : 0;
    }

    private static List<Reply> inPlace(Request r, Reply reply) {
        return List.of(r.inPlace(reply));
    }
}
