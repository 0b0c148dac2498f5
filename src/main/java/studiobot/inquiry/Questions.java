package studiobot.inquiry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the questions clients asked, until someone answered them. */
public interface Questions {
    record Question(long id, long clientId, String text, Instant askedAt, boolean forwarded, boolean answered) {}

    long ask(long clientId, String text, Instant now);

    Optional<Question> find(long id);

    void forwarded(long id, Instant now);

    /** Marks one question answered; {@code by} is a photographer's id, or 0 for the bot's FAQ. */
    void answered(long id, long by, Instant now);

    /** Marks every open question of a client answered; returns the ids that were open. */
    List<Long> answerAll(long clientId, long by, Instant now);

    /** Whether the client has a forwarded question still waiting for a person. */
    boolean hasOpenForwarded(long clientId);
}
