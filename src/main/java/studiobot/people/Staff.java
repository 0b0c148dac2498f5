package studiobot.people;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import studiobot.config.StudioConfig;
import studiobot.config.StudioConfig.Photographer;

/**
 * Who is staff: the admins of the config, and the team's active photographers (the config's and
 * those who joined by invitation); everyone else is a client. {@link #current()} is the studio as
 * it is now: the config with the team of now and the packages each photographer shoots, read by
 * every part that needs a photographer.
 */
public final class Staff {
    private final StudioConfig config;
    private final Team team;
    private volatile StudioConfig current;

    /** Staff exactly as the config names them (no team in a database). */
    public Staff(StudioConfig config) {
        this(config, null);
    }

    public Staff(StudioConfig config, Team team) {
        this.config = config;
        this.team = team;
        this.current = config;
    }

    /** The studio as it is now: the config's packages and policy, the team's photographers. */
    public StudioConfig current() {
        return current;
    }

    /** The team in the database; empty for staff from the config alone. */
    public java.util.Optional<Team> team() {
        return java.util.Optional.ofNullable(team);
    }

    /**
     * Writes the config's photographers into the team (the config wins for the people it names:
     * their name, zone, language, hours and packages; one it no longer names leaves the team), then
     * reads it. Runs at start, in a transaction.
     */
    public void seed(java.time.Instant now) {
        if (team == null) {
            return;
        }
        java.util.Map<String, Team.Member> known = new java.util.HashMap<>();
        team.members().forEach(m -> known.put(m.id(), m));
        for (Photographer p : config.photographers()) {
            java.util.Set<String> packages = new java.util.LinkedHashSet<>();
            config.packages().stream().filter(o -> o.photographers().contains(p.id())).forEach(o -> packages.add(o.id()));
            Team.Member before = known.remove(p.id());
            team.put(new Team.Member(p.id(), p.telegramId(), p.name(), p.timeZone(), p.locale(), p.workingHours(), packages,
                    Team.Source.CONFIG, Team.State.ACTIVE, before == null ? now : before.joinedAt()));
        }
        known.values().stream().filter(m -> m.source() == Team.Source.CONFIG && m.state() == Team.State.ACTIVE)
                .forEach(m -> team.put(m.in(Team.State.REMOVED)));
        refresh();
    }

    /** Reads the team again, after a change to it. */
    public void refresh() {
        if (team == null) {
            return;
        }
        java.util.List<Team.Member> active = team.members().stream().filter(m -> m.state() == Team.State.ACTIVE).toList();
        java.util.List<Photographer> photographers = active.stream()
                .map(m -> new Photographer(m.id(), m.name(), m.telegramId(), m.zone(), m.locale(), m.hours())).toList();
        java.util.Map<String, java.util.List<String>> shooting = new java.util.HashMap<>();
        for (StudioConfig.PackageOffer offer : config.packages()) {
            shooting.put(offer.id(), active.stream().filter(m -> m.packages().contains(offer.id())).map(Team.Member::id).toList());
        }
        current = config.withTeam(photographers, shooting);
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
        if (current.photographerByTelegramId(userId).isPresent()) {
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
        current.photographers().forEach(p -> ids.add(p.telegramId()));
        return java.util.List.copyOf(ids);
    }

    /** Whether this person looks after the work of that photographer (by id): the photographer themselves, or an admin. */
    public boolean looksAfter(long userId, String photographerId) {
        return config.isAdmin(userId) || photographer(userId).map(Photographer::id).filter(photographerId::equals).isPresent();
    }

    public Optional<Photographer> photographer(long userId) {
        return current.photographerByTelegramId(userId);
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
