package studiobot.booking;

import java.util.Optional;
import java.util.function.Function;
import studiobot.chat.Reply;
import studiobot.chat.Request;
import studiobot.config.StudioConfig;
import studiobot.delivery.QuietHours;
import studiobot.i18n.LocaleResolver;
import studiobot.i18n.Messages;
import studiobot.people.People;
import studiobot.people.Staff;
import studiobot.schedule.Jobs;

/** The booking capability put together: the flow, the client's bookings, the photographer's agenda and the reminders. */
public final class BookingDesk {
    private final Reserving reserving;
    private final MyBookings mine;
    private final Agenda agenda;
    private final Reminders reminders;

    public BookingDesk(StudioConfig config, Bookings bookings, People people, Staff staff, Jobs jobs,
                       LocaleResolver locales, Messages messages, Function<Request, Optional<Reply>> zoneQuestion) {
        Notices notices = new Notices(config, people, staff, locales, messages, bookings);
        Access access = new Access(staff, bookings);
        this.reminders = new Reminders(config, jobs, bookings,
                new QuietHours(config.studio().quietHours().start(), config.studio().quietHours().end()), notices::zoneOfClient);
        Changes changes = new Changes(bookings, reminders, notices);
        this.reserving = new Reserving(config, bookings, people, staff, locales, messages, notices, changes, reminders, access, zoneQuestion);
        this.mine = new MyBookings(config, bookings, notices, changes, access, reserving::startMove);
        this.agenda = new Agenda(bookings, people, staff, notices, changes, access, reserving::startMove);
    }

    public Reserving reserving() {
        return reserving;
    }

    public MyBookings mine() {
        return mine;
    }

    public Agenda agenda() {
        return agenda;
    }

    public Reminders reminders() {
        return reminders;
    }
}
