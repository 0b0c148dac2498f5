package studiobot.booking;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import studiobot.chat.Entry;
import studiobot.chat.Reply;
import studiobot.chat.Request;
import studiobot.config.StudioConfig;
import studiobot.delivery.QuietHours;
import studiobot.feature.Feature;
import studiobot.feature.Registry;
import studiobot.i18n.LocaleResolver;
import studiobot.i18n.Messages;
import studiobot.people.People;
import studiobot.people.Role;
import studiobot.people.Staff;
import studiobot.schedule.Jobs;

/** Booking: the flow, a client's bookings, the photographer's agenda, and the reminders before a shoot. */
public final class BookingFeature implements Feature {
    private final Reserving reserving;
    private final MyBookings mine;
    private final Agenda agenda;
    private final Reminders reminders;
    private final Changes changes;
    private final Bookings bookings;
    private final java.time.Duration horizon;

    /** @param zoneQuestion the zone question asked once when a time is first shown (profile) */
    public BookingFeature(StudioConfig config, Bookings bookings, Deliveries deliveries, People people, Staff staff, Jobs jobs, QuietHours quietHours,
                          LocaleResolver locales, Messages messages, Function<Request, Optional<Reply>> zoneQuestion) {
        Notices notices = new Notices(config, people, staff, locales, messages, bookings);
        Access access = new Access(staff, bookings);
        this.reminders = new Reminders(config, jobs, bookings, quietHours, notices::zoneOfClient, notices::photographerName);
        BookingTimeline timeline = new BookingTimeline(config, jobs, id -> staff.rolesOf(id).contains(Role.CLIENT));
        Changes changes = new Changes(bookings, timeline, notices);
        this.changes = changes;
        this.bookings = bookings;
        this.horizon = config.policy().horizon();
        this.reserving = new Reserving(config, bookings, people, staff, locales, messages, notices, changes, timeline, access, zoneQuestion);
        this.mine = new MyBookings(config, bookings, notices, changes, access, reserving::startMove);
        this.agenda = new Agenda(config, bookings, people, staff, notices, changes, timeline, deliveries, access, reserving::startMove);
    }

    @Override
    public void register(Registry registry) {
        registry.menuCommand("book", reserving::book, Role.CLIENT);
        registry.menuCommand("mybookings", mine::list, Role.CLIENT);
        registry.menuCommand("agenda", agenda::show, Role.PHOTOGRAPHER, Role.ADMIN);
        registry.action(Entry.BOOK, reserving::book, Role.CLIENT);
        registry.simpleAction(MonthSheet.NOOP, r -> List.of());
        registry.action(Reserving.MONTH, reserving::step);
        registry.action(Reserving.DAY, reserving::step);
        registry.action(Reserving.TIME, reserving::step);
        registry.action(Reserving.SKIP, (r, flow) -> reserving.step(r, new BookingFlow.SkipQuestion(flow)));
        registry.action(Reserving.CONFIRM, (r, flow) -> reserving.step(r, new BookingFlow.Confirm(flow)));
        registry.action(Reserving.BACK, reserving::back);
        registry.action(Reserving.CANCEL, reserving::cancel);
        registry.answer(Reserving.QUESTION, reserving::answer);
        registry.simpleAction(MyBookings.LIST, mine::list, Role.CLIENT);
        registry.action(MyBookings.OPEN, mine::open, Role.CLIENT);
        registry.action(MyBookings.MOVE, mine::reschedule, Role.CLIENT);
        registry.action(MyBookings.CANCEL, mine::askCancel, Role.CLIENT);
        registry.action(MyBookings.CANCEL_SURE, mine::cancel, Role.CLIENT);
        registry.simpleAction(Agenda.LIST, agenda::show, Role.PHOTOGRAPHER, Role.ADMIN);
        registry.action(Agenda.OPEN, agenda::open, Role.PHOTOGRAPHER, Role.ADMIN);
        registry.action(Agenda.DONE, agenda::markDone, Role.PHOTOGRAPHER, Role.ADMIN);
        registry.action(Agenda.NO_SHOW, agenda::markNoShow, Role.PHOTOGRAPHER, Role.ADMIN);
        registry.action(Agenda.MOVE, agenda::move, Role.PHOTOGRAPHER, Role.ADMIN);
        registry.action(Agenda.CANCEL, agenda::askCancel, Role.PHOTOGRAPHER, Role.ADMIN);
        registry.action(Agenda.CANCEL_SURE, agenda::cancel, Role.PHOTOGRAPHER, Role.ADMIN);
        registry.job(Reminders.KIND, reminders);
    }

    /** The booking flow's screen on show, after the person's zone was set (see {@link Reserving#redrawInZone}). */
    public List<Reply> redrawInZone(Request r, boolean changed) {
        return reserving.redrawInZone(r, changed);
    }

    /** A photographer's bookings still to come (within twice the booking horizon), by start. */
    public List<Booking> upcomingOf(String photographerId, java.time.Instant now) {
        return bookings.starting(photographerId, now, now.plus(horizon.multipliedBy(2)));
    }

    /** Buttons opening these bookings' agenda cards, where an admin moves or cancels them. */
    public List<List<studiobot.chat.Button>> cardButtons(List<Booking> shoots) {
        return agenda.openButtons(shoots, 40);
    }

    /**
     * Cancels the client's bookings still to come, because they asked for their data to be
     * erased, and returns what the photographers are told (which shoot, not who).
     */
    public List<Reply> cancelForErasure(long clientId, java.time.Instant now) {
        return changes.cancelForErasure(clientId, now);
    }

}
