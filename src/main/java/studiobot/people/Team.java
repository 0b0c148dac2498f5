package studiobot.people;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import studiobot.config.StudioConfig.TimeRange;

/**
 * The photographers as the database holds them: those the config names (written at each start,
 * the config winning for them) and those who joined by an admin's invitation, with the packages
 * they shoot. Invitations are one-time and expire.
 */
public interface Team {
    enum Source { CONFIG, INVITED }

    enum State { ACTIVE, REMOVED }

    /** A photographer; {@code id} is the one their bookings carry, everywhere. */
    record Member(String id, long telegramId, String name, ZoneId zone, String locale, Map<DayOfWeek, List<TimeRange>> hours,
                  Set<String> packages, Source source, State state, Instant joinedAt) {
        public Member {
            hours = Map.copyOf(hours);
            packages = Set.copyOf(packages);
        }

        public Member with(Map<DayOfWeek, List<TimeRange>> newHours) {
            return new Member(id, telegramId, name, zone, locale, newHours, packages, source, state, joinedAt);
        }

        public Member withPackages(Set<String> newPackages) {
            return new Member(id, telegramId, name, zone, locale, hours, newPackages, source, state, joinedAt);
        }

        public Member named(String newName) {
            return new Member(id, telegramId, newName, zone, locale, hours, packages, source, state, joinedAt);
        }

        public Member in(State newState) {
            return new Member(id, telegramId, name, zone, locale, hours, packages, source, newState, joinedAt);
        }
    }

    /** Every member, removed ones too, in the order they joined. */
    List<Member> members();

    /** Adds or replaces the member of this id. */
    void put(Member member);

    /** What became of an invitation when someone opened it. */
    enum Claim { JOINED, USED, EXPIRED, UNKNOWN }

    void invite(String token, long adminId, Instant expiresAt, Instant now);

    /** Uses the invitation for this person, once; a used, expired or unknown one is refused. */
    Claim claim(String token, long userId, Instant now);

    /** When an invitation was used, if it was. */
    Optional<Instant> usedAt(String token);
}
