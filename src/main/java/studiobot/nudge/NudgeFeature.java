package studiobot.nudge;

import studiobot.booking.Bookings;
import studiobot.chat.Conversations;
import studiobot.config.StudioConfig;
import studiobot.feature.Feature;
import studiobot.feature.Registry;
import studiobot.i18n.LocaleResolver;
import studiobot.i18n.Messages;
import studiobot.people.People;
import studiobot.people.Role;
import studiobot.people.Staff;
import studiobot.schedule.Jobs;

/** Quiet clients: each client's check, the nudge to their photographer, and its one-tap actions. */
public final class NudgeFeature implements Feature {
    private final QuietClients quiet;

    /**
     * @param conversations the watched record ({@link Watching}), whose writes plan the checks
     * @param studioOwes whether a client's own question still waits for the studio's answer (the front desk)
     */
    public NudgeFeature(StudioConfig config, Bookings bookings, Conversations conversations, Nudges nudges, People people, Staff staff,
                        Jobs jobs, LocaleResolver locales, Messages messages, java.util.function.LongPredicate studioOwes,
                        studiobot.delivery.QuietHours quietHours) {
        this.quiet = new QuietClients(config, bookings, conversations, nudges, people, staff, jobs, locales, messages, studioOwes,
                quietHours);
    }

    @Override
    public void register(Registry registry) {
        registry.job(Watching.CHECK, quiet::check);
        registry.job(QuietClients.WAKE, quiet::wake);
        registry.action(QuietClients.SEND_CHECK_IN, quiet::sendCheckIn, quiet::mayAct, Role.PHOTOGRAPHER, Role.ADMIN);
        registry.action(QuietClients.SNOOZE, quiet::snooze, quiet::maySnooze, Role.PHOTOGRAPHER, Role.ADMIN);
        registry.action(QuietClients.LOST, quiet::lost, quiet::mayAct, Role.PHOTOGRAPHER, Role.ADMIN);
        registry.action(QuietClients.MINE, quiet::mine, quiet::mayAct, Role.PHOTOGRAPHER, Role.ADMIN);
    }
}
