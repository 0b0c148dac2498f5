package studiobot;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import studiobot.config.StudioConfig;
import studiobot.delivery.ChatLanes;
import studiobot.testing.BotHarness;
import studiobot.testing.TestClock;
import studiobot.testing.TestTexts;

/**
 * A conversation with the demo studio (or a variant of its config) on a fresh database in a
 * temporary folder, its clock still from Monday 23 November 2026, 10:00 in Athens, unless a test
 * class starts it elsewhere; the harness is opened before each test and closed after.
 */
abstract class DemoStudioConversation {
    @TempDir
    Path data;

    protected final TestClock clock = TestClock.at(startsAt());
    protected BotHarness harness;

    /** The instant the clock starts at. */
    protected String startsAt() {
        return "2026-11-23T08:00:00Z";
    }

    /** The studio's config; the demo's unless a test class needs another. */
    protected StudioConfig config() {
        return null;
    }

    @BeforeEach
    void openTheHarness() {
        StudioConfig config = config();
        harness = config == null ? new BotHarness(data, TestTexts.messages(), clock, ChatLanes.DIRECT)
                : new BotHarness(config, data, TestTexts.messages(), clock, ChatLanes.DIRECT);
    }

    /** Closes the harness and opens it again on the same data: a restart of the bot. */
    protected void restart() {
        harness.close();
        openTheHarness();
    }

    @AfterEach
    void closeTheHarness() {
        harness.close();
    }
}
