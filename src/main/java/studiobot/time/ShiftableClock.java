package studiobot.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The program's one clock: a base clock plus an offset that only moves forward. In production the
 * offset stays zero; the console sandbox moves it so a newcomer sees tomorrow's reminders today.
 * Always UTC: people's zones are applied when reading their input or rendering for them.
 */
public final class ShiftableClock extends Clock {
    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public ShiftableClock(Clock base) {
        this.base = base.withZone(ZoneOffset.UTC);
    }

    /** Moves the clock forward; a negative or zero amount is refused, time never runs back. */
    public void advance(Duration amount) {
        if (amount.isNegative() || amount.isZero()) {
            throw new IllegalArgumentException("the clock only moves forward, not by " + amount);
        }
        offset.accumulateAndGet(amount, Duration::plus);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the program clock stays in UTC");
    }
}
