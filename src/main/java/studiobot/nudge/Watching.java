package studiobot.nudge;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongPredicate;
import studiobot.chat.ChatId;
import studiobot.chat.Conversations;
import studiobot.schedule.Jobs;

/**
 * The conversation record, watched: whatever is written to it passes on unchanged, and a client's
 * check is planned from it. The client writing ends their open episodes (and a lost mark) and
 * brings their check forward to a minute later; the studio asking something brings it to the
 * earliest time a silence could count. So finding who is due costs in proportion to who is due:
 * one scheduled check per client, no sweep over every client.
 */
public final class Watching implements Conversations {
    /** The job kind of a client's check; its payload is the client's id. */
    public static final String CHECK = "nudge-check";
    /** A client's message is looked at a moment later: a second change, or the flow they left, may be a signal. */
    static final Duration AFTER_A_MESSAGE = Duration.ofMinutes(1);

    private final Conversations record;
    private final Jobs jobs;
    private final Nudges nudges;
    private final LongPredicate isClient;
    private final Duration quietAfter;

    public Watching(Conversations record, Jobs jobs, Nudges nudges, LongPredicate isClient, Duration quietAfter) {
        this.record = record;
        this.jobs = jobs;
        this.nudges = nudges;
        this.isClient = isClient;
        this.quietAfter = quietAfter;
    }

    static String key(long clientId) {
        return "nudge:" + clientId;
    }

    @Override
    public void record(Line line) {
        record.record(line);
        if (!isClient.test(line.clientId())) {
            return;
        }
        if (line.incoming()) {
            nudges.clientWrote(line.clientId(), line.at());
            checkBy(jobs, line.clientId(), line.at().plus(AFTER_A_MESSAGE));
        } else if (line.kind().awaitsClient() && line.chat().equals(new ChatId(line.clientId()))) {
            if (line.author() != null) {
                // the photographer's own words ("write my own" under a nudge, or any answer): that nudge is acted on
                nudges.photographerWrote(line.clientId(), line.at());
            }
            Duration soonest = Signals.SLOWER_AT_LEAST.compareTo(quietAfter) < 0 ? Signals.SLOWER_AT_LEAST : quietAfter;
            checkBy(jobs, line.clientId(), line.at().plus(soonest));
        }
    }

    /** Plans the client's check for {@code when}, unless one is planned sooner. */
    static void checkBy(Jobs jobs, long clientId, Instant when) {
        String key = key(clientId);
        Optional<Instant> planned = jobs.pending(key).map(j -> j.dueAt());
        if (planned.isEmpty() || planned.get().isAfter(when)) {
            jobs.schedule(CHECK, key, Long.toString(clientId), when);
        }
    }

    @Override
    public void delivered(long outboxId, long messageId, Instant at) {
        record.delivered(outboxId, messageId, at);
    }

    @Override
    public Optional<Long> clientOf(ChatId chat, long messageId) {
        return record.clientOf(chat, messageId);
    }

    @Override
    public Optional<Instant> lastStudioWrite(long clientId) {
        return record.lastStudioWrite(clientId);
    }

    @Override
    public Optional<Instant> lastClientWrite(long clientId) {
        return record.lastClientWrite(clientId);
    }

    @Override
    public List<Line> latest(long clientId, int limit) {
        return record.latest(clientId, limit);
    }
}
