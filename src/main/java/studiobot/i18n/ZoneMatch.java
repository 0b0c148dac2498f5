package studiobot.i18n;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** What {@link ZoneDirectory#recognise(String)} made of a place, id or offset someone typed. */
public sealed interface ZoneMatch permits ZoneMatch.Found, ZoneMatch.Several, ZoneMatch.NotFound {

    /** Exactly one zone: a city, a country with one clock, a zone id or a UTC offset. */
    record Found(ZoneId zone) implements ZoneMatch {
        public Found {
            Objects.requireNonNull(zone, "zone");
        }
    }

    /** A name that fits several zones (a country spanning several offsets), most likely first. */
    record Several(List<ZoneId> zones) implements ZoneMatch {
        public Several {
            zones = List.copyOf(zones);
            if (zones.size() < 2) {
                throw new IllegalArgumentException("Several needs at least two zones, got " + zones);
            }
        }
    }

    /** Nothing recognisable. */
    record NotFound() implements ZoneMatch {}
}
