package studiobot.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import studiobot.inquiry.Questions;

/**
 * Clients' questions in memory, behaving as {@code SqliteQuestions} does ({@code QuestionsContract}
 * runs against both). Unlike SQLite it does not know who the clients are, so it accepts a question from
 * someone never seen; who answered is not kept: nothing reads it back.
 */
public final class InMemoryQuestions implements Questions {
    private final Map<Long, Question> questions = new TreeMap<>();
    private long lastId;

    @Override
    public synchronized long ask(long clientId, String text, Instant now) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(now, "now");
        long id = ++lastId;
        questions.put(id, new Question(id, clientId, text, now, false, false));
        return id;
    }

    @Override
    public synchronized Optional<Question> find(long id) {
        return Optional.ofNullable(questions.get(id));
    }

    @Override
    public synchronized void forwarded(long id, Instant now) {
        questions.computeIfPresent(id, (key, q) -> new Question(q.id(), q.clientId(), q.text(), q.askedAt(), true, q.answered()));
    }

    @Override
    public synchronized void answered(long id, long by, Instant now) {
        questions.computeIfPresent(id, (key, q) -> answered(q));
    }

    @Override
    public synchronized List<Long> answerAll(long clientId, long by, Instant now) {
        List<Long> open = questions.values().stream()
                .filter(q -> q.clientId() == clientId && !q.answered())
                .map(Question::id)
                .toList();
        open.forEach(id -> questions.computeIfPresent(id, (key, q) -> answered(q)));
        return open;
    }

    @Override
    public synchronized boolean hasOpenForwarded(long clientId) {
        return questions.values().stream().anyMatch(q -> q.clientId() == clientId && q.forwarded() && !q.answered());
    }

    private static Question answered(Question q) {
        return new Question(q.id(), q.clientId(), q.text(), q.askedAt(), q.forwarded(), true);
    }
}
