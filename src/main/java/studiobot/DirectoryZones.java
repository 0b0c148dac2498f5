package studiobot;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import studiobot.i18n.ZoneDirectory;
import studiobot.i18n.ZoneMatch;
import studiobot.profile.ZoneFinder;

/** The zone directory (i18n, the ICU side) in the shape the time-zone feature asks for. */
public final class DirectoryZones implements ZoneFinder {
    private final Supplier<ZoneDirectory> directory;

    public DirectoryZones(ZoneDirectory directory) {
        this(() -> directory);
    }

    /** Zones from a directory that may still be being built (at start-up, beside the database): the first use waits for it. */
    public DirectoryZones(Supplier<ZoneDirectory> directory) {
        this.directory = directory;
    }

    @Override
    public List<ZoneId> find(String text) {
        ZoneMatch match = directory.get().recognise(text);
        if (match instanceof ZoneMatch.Found found) {
            return List.of(found.zone());
        }
        if (match instanceof ZoneMatch.Several several) {
            return several.zones();
        }
        return List.of();
    }

    @Override
    public ZoneId nearest(double latitude, double longitude) {
        return directory.get().nearest(latitude, longitude);
    }

    @Override
    public List<ZoneId> suggestions(String languageTag, String telegramLanguageCode) {
        return directory.get().suggestions(languageTag, telegramLanguageCode);
    }

    @Override
    public String cityName(ZoneId zone, String languageTag) {
        return directory.get().cityName(zone, languageTag);
    }
}
