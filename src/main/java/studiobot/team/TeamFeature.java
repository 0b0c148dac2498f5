package studiobot.team;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import studiobot.booking.Booking;
import studiobot.chat.Button;
import studiobot.config.StudioConfig;
import studiobot.feature.Feature;
import studiobot.feature.Registry;
import studiobot.i18n.LocaleResolver;
import studiobot.people.People;
import studiobot.people.Role;
import studiobot.people.Staff;
import studiobot.people.Team;

/** The team: invitations, a photographer's own name and hours, and the admins' view with packages and removal. */
public final class TeamFeature implements Feature {
    private final Teamwork teamwork;

    /**
     * @param upcomingOf a photographer's bookings still to come (booking)
     * @param cardButtons buttons opening bookings' agenda cards (booking)
     */
    public TeamFeature(StudioConfig config, Staff staff, Team team, LocaleResolver locales, People people,
                       Supplier<Optional<String>> botUsername, BiFunction<String, Instant, List<Booking>> upcomingOf,
                       Function<List<Booking>, List<List<Button>>> cardButtons) {
        this.teamwork = new Teamwork(config, staff, team, locales, people, botUsername, upcomingOf, cardButtons);
    }

    @Override
    public void register(Registry registry) {
        registry.menuCommand("team", teamwork::list, Role.ADMIN);
        registry.menuCommand("invite", teamwork::invite, Role.ADMIN);
        registry.menuCommand("hours", teamwork::hours, Role.PHOTOGRAPHER);
        registry.menuCommand("name", teamwork::name, Role.PHOTOGRAPHER);
        registry.deepLink(Teamwork.LINK_PREFIX, teamwork::join);
        registry.simpleAction(Teamwork.LIST, teamwork::list, Role.ADMIN);
        registry.action(Teamwork.OPEN, teamwork::open, teamwork::isMember, Role.ADMIN);
        registry.action(Teamwork.PACKAGE, teamwork::toggle, teamwork::isTogglable, Role.ADMIN);
        registry.action(Teamwork.REMOVE, teamwork::askRemove, teamwork::isInvitedMember, Role.ADMIN);
        registry.action(Teamwork.REMOVE_SURE, teamwork::remove, teamwork::isInvitedMember, Role.ADMIN);
    }
}
