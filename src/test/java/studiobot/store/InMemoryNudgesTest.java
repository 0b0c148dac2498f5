package studiobot.store;

import studiobot.nudge.Nudges;
import studiobot.testing.InMemoryNudges;

class InMemoryNudgesTest extends NudgesContract {
    private InMemoryNudges fake;

    @Override
    Nudges open() {
        fake = new InMemoryNudges();
        return fake;
    }

    @Override
    Nudges reopen() {
        return fake;
    }
}
