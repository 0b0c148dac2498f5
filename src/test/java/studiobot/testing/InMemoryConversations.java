package studiobot.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import studiobot.chat.ChatId;
import studiobot.chat.Conversations;

/**
 * The conversation record in memory, for unit tests; {@code ConversationsContract} keeps it honest
 * against SQLite. {@link InMemoryTransactions} can roll it back.
 */
public final class InMemoryConversations implements Conversations, RollsBack {
    private final List<Line> lines = new ArrayList<>();

    @Override
    public synchronized void record(Line line) {
        lines.add(line);
    }

    @Override
    public synchronized void delivered(long outboxId, long messageId, Instant at) {
        lines.replaceAll(l -> l.outboxId() != null && l.outboxId() == outboxId
                ? new Line(l.clientId(), l.chat(), at, l.incoming(), l.author(), l.kind(), messageId, l.refersTo(), null, l.text())
                : l);
    }

    @Override
    public synchronized Optional<Long> clientOf(ChatId chat, long messageId) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Line l = lines.get(i);
            if (!l.incoming() && l.chat().equals(chat) && l.messageId() != null && l.messageId() == messageId) {
                return Optional.of(l.clientId());
            }
        }
        return Optional.empty();
    }

    @Override
    public synchronized Optional<Instant> lastStudioWrite(long clientId) {
        return lines.stream().filter(l -> l.clientId() == clientId && l.studioAwaits()).map(Line::at).max(Comparator.naturalOrder());
    }

    @Override
    public synchronized Optional<Instant> lastClientWrite(long clientId) {
        return lines.stream().filter(l -> l.clientId() == clientId && l.incoming()).map(Line::at).max(Comparator.naturalOrder());
    }

    @Override
    public synchronized List<Line> latest(long clientId, int limit) {
        List<Line> mine = new ArrayList<>();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).clientId() == clientId) {
                mine.add(lines.get(i));
            }
        }
        // latest first by time; among equal times the later recorded first (as the SQL's id DESC)
        List<Line> sorted = new ArrayList<>(mine);
        sorted.sort(Comparator.comparing(Line::at).reversed());
        return List.copyOf(sorted.subList(0, Math.min(limit, sorted.size())));
    }

    @Override
    public synchronized Runnable savepoint() {
        List<Line> saved = List.copyOf(lines);
        return () -> restore(saved);
    }

    private synchronized void restore(List<Line> saved) {
        lines.clear();
        lines.addAll(saved);
    }
}
