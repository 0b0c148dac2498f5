package studiobot.people;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import studiobot.config.StudioConfig;
import studiobot.config.StudioConfig.Photographer;

/** Who is staff, from the config; everyone else is a client. */
public final class Staff {
    private final StudioConfig config;

    public Staff(StudioConfig config) {
        this.config = config;
    }

    public Set<Role> rolesOf(long userId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (Person.isErased(userId)) {
            // the kept bookings of an erased client: no one, whom nothing is sent and no role reaches
            return roles;
        }
        if (config.isAdmin(userId)) {
            roles.add(Role.ADMIN);
        }
        if (config.photographerByTelegramId(userId).isPresent()) {
            roles.add(Role.PHOTOGRAPHER);
        }
        if (roles.isEmpty()) {
            roles.add(Role.CLIENT);
        }
        return roles;
    }

    /** Every staff member's user id: the admins and the photographers, each once. */
    public java.util.List<Long> ids() {
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>(config.admins());
        config.photographers().forEach(p -> ids.add(p.telegramId()));
        return java.util.List.copyOf(ids);
    }

    /** Whether this person looks after the work of that photographer (by id): the photographer themselves, or an admin. */
    public boolean looksAfter(long userId, String photographerId) {
        return config.isAdmin(userId) || photographer(userId).map(Photographer::id).filter(photographerId::equals).isPresent();
    }

    public Optional<Photographer> photographer(long userId) {
        return config.photographerByTelegramId(userId);
    }

    /** The zone a person is shown times in: their own, else the studio's while theirs is unknown. */
    public ZoneId shownZone(Person person) {
        return zoneOf(person).orElse(config.studio().timeZone());
    }

    /** The zone a person set, else for a photographer the zone of the config; empty while unknown. */
    public Optional<ZoneId> zoneOf(Person person) {
        return person.knownZone().or(() -> photographer(person.userId()).map(Photographer::timeZone));
    }
}
