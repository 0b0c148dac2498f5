package studiobot.profile;

import java.time.ZoneId;
import java.util.List;

/** Port: turns what a person types or shares into time zones. */
public interface ZoneFinder {
    /** The zones a text may mean: none, one, or several (best first). */
    List<ZoneId> find(String text);

    /** The zone of the nearest principal city to a shared location. */
    ZoneId nearest(double latitude, double longitude);

    /** Likely zones for a person, from their language and their app's region. */
    List<ZoneId> suggestions(String languageTag, String telegramLanguageCode);

    /** The zone's city as a reader of this language calls it. */
    String cityName(ZoneId zone, String languageTag);
}
