package studiobot.chat;

import java.time.Duration;
import java.time.Instant;

/**
 * When a message may reach its reader; every reply says which, there is no default. The one rule
 * for what is urgent: a message may wait out the reader's quiet hours, unless it is about a shoot
 * and the morning would come less than its lead before that shoot (then it goes at once). The
 * reader's quiet hours are applied where messages are posted ({@code delivery.QuietHours}).
 */
public sealed interface Timing {
    /** Goes at once: an answer to someone who just wrote or pressed, or news that cannot wait. */
    Timing NOW = new Now();
    /** Waits out the reader's quiet hours. */
    Timing MAY_WAIT = new MayWait();

    /** A reminder before a shoot: held for the morning while the morning is still three hours before it. */
    Duration REMINDER_LEAD = Duration.ofHours(3);
    /** News of a change: held for the morning only while the morning is still a day before the shoot. */
    Duration NEWS_LEAD = Duration.ofDays(1);

    record Now() implements Timing {}

    record MayWait() implements Timing {}

    /** About a shoot at {@code shoot}: waits out quiet hours only if it then still arrives {@code lead} ahead. */
    record BeforeShoot(Instant shoot, Duration lead) implements Timing {}

    static Timing reminderOf(Instant shoot) {
        return new BeforeShoot(shoot, REMINDER_LEAD);
    }

    static Timing newsAbout(Instant shoot) {
        return new BeforeShoot(shoot, NEWS_LEAD);
    }
}
