package studiobot.schedule;

import java.time.Instant;
import java.util.List;
import studiobot.chat.Reply;

/** A feature's work for one kind of job; runs inside the transaction that marks the job done. */
@FunctionalInterface
public interface JobHandler {
    List<Reply> run(Job job, Instant now);
}
