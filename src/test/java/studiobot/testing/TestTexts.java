package studiobot.testing;

import java.nio.file.Path;
import studiobot.DirectoryZones;
import studiobot.i18n.Bundles;
import studiobot.i18n.Formats;
import studiobot.i18n.Messages;
import studiobot.i18n.ZoneDirectory;

/** The shipped messages and the zone directory, built once per test run (the directory takes a moment). */
public final class TestTexts {
    private static ZoneDirectory directory;

    private TestTexts() {}

    public static synchronized ZoneDirectory directory() {
        if (directory == null) {
            directory = ZoneDirectory.build(Bundles.load(Path.of("messages")).languageTags());
        }
        return directory;
    }

    public static DirectoryZones zones() {
        return new DirectoryZones(directory());
    }

    /** Fresh messages (each test may edit or reload them) over the shared directory. */
    public static Messages messages(Bundles bundles) {
        return new Messages(bundles, new Formats(directory()::cityName));
    }

    public static Messages messages() {
        return messages(Bundles.load(Path.of("messages")));
    }
}
