package studiobot.telegram;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import studiobot.TelegramRuntime;
import studiobot.config.ConfigLoader;
import studiobot.config.StudioConfig;
import studiobot.testing.TestClock;

/**
 * What a test of the whole program against a fake Bot API on 127.0.0.1 stands on: the demo
 * studio, a data folder of its own, a test clock that stands still until the test moves it (the
 * fake stamps each request with it), and the bot the test starts, stopped after it.
 */
abstract class AgainstFakeTelegram {
    @TempDir
    Path data;

    final StudioConfig config = new ConfigLoader().loadDemo();
    /** 10:00 in Athens, the studio's and its photographers' zone: outside quiet hours. */
    final TestClock clock = TestClock.at("2026-12-01T08:00:00Z");
    FakeBotApi telegram;
    TelegramRuntime bot;

    @BeforeEach
    void startFakeTelegram() throws Exception {
        telegram = new FakeBotApi(clock);
    }

    /** Bounded: on a clock that stands still, the flush at close would wait for ever behind a flood-limited message. */
    @AfterEach
    @Timeout(30)
    void stopEverything() throws Exception {
        if (bot != null) {
            bot.close();
        }
        telegram.close();
    }
}
