package studiobot.booking;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import studiobot.chat.Action;
import studiobot.chat.ArgCodec;
import studiobot.chat.Entry;
import studiobot.chat.Reply;
import studiobot.chat.Request;
import studiobot.chat.Topic;
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

    /** @param zoneQuestion the zone question asked once when a time is first shown (profile) */
    public BookingFeature(StudioConfig config, Bookings bookings, People people, Staff staff, Jobs jobs, QuietHours quietHours,
                          LocaleResolver locales, Messages messages, Function<Request, Optional<Reply>> zoneQuestion) {
        Notices notices = new Notices(config, people, staff, locales, messages, bookings);
        Access access = new Access(staff, bookings);
        this.reminders = new Reminders(config, jobs, bookings, quietHours, notices::zoneOfClient);
        Changes changes = new Changes(bookings, reminders, notices);
        this.reserving = new Reserving(config, bookings, people, staff, locales, messages, notices, changes, reminders, access, zoneQuestion);
        this.mine = new MyBookings(config, bookings, notices, changes, access, reserving::startMove);
        this.agenda = new Agenda(bookings, people, staff, notices, changes, access, reserving::startMove);
    }

    @Override
    public void register(Registry registry) {
        registry.menuCommand("book", reserving::book, Role.CLIENT);
        registry.menuCommand("mybookings", mine::list, Role.CLIENT);
        registry.menuCommand("agenda", agenda::show, Role.PHOTOGRAPHER, Role.ADMIN);
        registry.action(Entry.BOOK, (r, pkg) -> reserving.book(r), Role.CLIENT);
        registry.action(Action.of(MonthSheet.NOTHING, WORDS), (r, w) -> List.of());
        registry.action(Action.of(Reserving.MONTH, WORDS), (r, w) -> reserving.month(r));
        registry.action(Action.of(Reserving.DAY, WORDS), (r, w) -> reserving.day(r));
        registry.action(Action.of(Reserving.TIME, WORDS), (r, w) -> reserving.time(r));
        registry.action(Action.of(Reserving.SKIP, WORDS), (r, w) -> reserving.skip(r));
        registry.action(Action.of(Reserving.BACK, WORDS), (r, w) -> reserving.back(r));
        registry.action(Action.of(Reserving.CANCEL, WORDS), (r, w) -> reserving.cancel(r));
        registry.action(Action.of(Reserving.CONFIRM, WORDS), (r, w) -> reserving.confirm(r));
        registry.answer(Topic.of(Reserving.QUESTION_TOPIC, WORDS), (r, flow) -> reserving.answer(r));
        registry.simpleAction(MyBookings.LIST, mine::list, Role.CLIENT);
        registry.action(MyBookings.OPEN, mine::open, Role.CLIENT);
        registry.action(MyBookings.MOVE, mine::reschedule, Role.CLIENT);
        registry.action(MyBookings.CANCEL, mine::askCancel, Role.CLIENT);
        registry.action(MyBookings.CANCEL_SURE, mine::cancel, Role.CLIENT);
        registry.simpleAction(Agenda.LIST, agenda::show, Role.PHOTOGRAPHER, Role.ADMIN);
        registry.action(Agenda.OPEN, agenda::open, Role.PHOTOGRAPHER, Role.ADMIN);
        registry.action(Agenda.DONE, agenda::markDone, Role.PHOTOGRAPHER, Role.ADMIN);
        registry.action(Agenda.MOVE, agenda::move, Role.PHOTOGRAPHER, Role.ADMIN);
        registry.action(Agenda.CANCEL, agenda::askCancel, Role.PHOTOGRAPHER, Role.ADMIN);
        registry.action(Agenda.CANCEL_SURE, agenda::cancel, Role.PHOTOGRAPHER, Role.ADMIN);
        registry.job(Reminders.KIND, reminders);
    }

    /** Until the flow's steps have typed codecs: the words as they came. */
    private static final ArgCodec<List<String>> WORDS = new ArgCodec<>() {
        @Override
        public List<String> encode(List<String> value) {
            return value;
        }

        @Override
        public Optional<List<String>> decode(List<String> words) {
            return Optional.of(words);
        }
    };
}
