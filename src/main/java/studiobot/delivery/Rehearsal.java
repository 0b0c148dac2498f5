package studiobot.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import studiobot.chat.ChatId;
import studiobot.chat.Conversations;
import studiobot.chat.Incoming;
import studiobot.chat.Input;
import studiobot.chat.Outbound;
import studiobot.chat.Reply;
import studiobot.chat.Router;
import studiobot.chat.Sender;

/**
 * A start's rehearsal of what clients do first: /start, a question, /book and a press on the
 * first button of its answer, each stored, handled and posted as an update is, and its replies
 * read back, rendered and marked delivered as the sender does, in transactions that are then
 * rolled back. Nothing of it is kept, sent or scheduled, and nothing is seen outside those
 * transactions (an update arriving meanwhile waits for the one in hand). It readies the handlers, the
 * statements and the message formats the first client after a start would otherwise wait for:
 * the first /start after a restart spent about 110 ms in its handling alone (LiveBenchmark).
 */
public final class Rehearsal {
    /** How a rehearsal's updates are marked: never a transport's. */
    static final String SOURCE = "rehearsal";
    /** Rounds of the sender per update at most: each marks what it read, so a chat's queue empties well before. */
    private static final int ROUNDS = 20;

    /** A message rendered in the rehearsal, with the id Telegram would have given it. */
    public record Shown(long messageId, Outbound message) {}

    /** Thrown at the end of each act, so that its transaction rolls back. */
    private static final class RolledBack extends RuntimeException {
        RolledBack() {
            super(null, null, false, false);
        }
    }

    private final Transactions transactions;
    private final Inbox inbox;
    private final Router router;
    private final Posting posting;
    private final Outbox outbox;
    private final Conversations conversations;
    private final Rendering rendering;
    private final Clock clock;

    public Rehearsal(Transactions transactions, Inbox inbox, Router router, Posting posting, Outbox outbox,
                     Conversations conversations, Rendering rendering, Clock clock) {
        this.transactions = transactions;
        this.inbox = inbox;
        this.router = router;
        this.posting = posting;
        this.outbox = outbox;
        this.conversations = conversations;
        this.rendering = rendering;
        this.clock = clock;
    }

    /**
     * Rehearses as {@code who}, in their private chat, asking {@code question}; returns the
     * messages it rendered for that chat, in order (none of them exists afterwards). It goes in
     * three acts, each its own transaction rolled back (the greeting; the question; /book and the
     * press), and before each asks {@code stepAside}: once real updates come, they ready the bot
     * themselves, and the rehearsal stops rather than hold them up.
     */
    public List<Shown> run(Sender who, String question, BooleanSupplier stepAside) {
        Instant now = clock.instant();
        ChatId chat = new ChatId(who.userId());
        List<Shown> shown = new ArrayList<>();
        List<Consumer<List<Shown>>> acts = List.of(
                so -> update(new Incoming(SOURCE, null, chat, who, new Input.Text("/start", 1)), now, so),
                so -> update(new Incoming(SOURCE, null, chat, who, new Input.Text(question, 2)), now, so),
                so -> {
                    int before = so.size();
                    update(new Incoming(SOURCE, null, chat, who, new Input.Text("/book", 3)), now, so);
                    Shown menu = so.size() == before ? null : so.get(so.size() - 1);
                    if (menu != null && !menu.message().keyboard().isEmpty()) {
                        update(new Incoming(SOURCE, null, chat, who,
                                new Input.Press(menu.message().keyboard().get(0).get(0).data(), menu.messageId(), SOURCE)), now, so);
                    }
                });
        for (Consumer<List<Shown>> act : acts) {
            if (stepAside.getAsBoolean()) {
                break;
            }
            try {
                transactions.run(() -> {
                    act.accept(shown);
                    throw new RolledBack();
                });
                throw new IllegalStateException("the rehearsal's transaction committed");
            } catch (RolledBack done) {
                // as meant: nothing of the act is kept
            }
        }
        return shown;
    }

    /** One update as UpdateProcessing handles it, then the chat's replies as OutboxSending sends them. */
    private void update(Incoming in, Instant now, List<Shown> shown) {
        for (Inbox.Item item : inbox.store(List.of(in), now)) {
            List<Reply> replies = router.handle(in, now);
            posting.post(replies, now);
            inbox.markDone(item.seq(), now, null);
        }
        for (int round = 0; round < ROUNDS; round++) {
            List<Long> due = outbox.due(now, 200).stream().filter(d -> d.chat().equals(in.chat())).map(Outbox.Due::id).toList();
            if (due.isEmpty()) {
                return;
            }
            for (Outbox.Entry entry : outbox.entries(due)) {
                Outbound message = entry.rendered() != null ? entry.rendered() : rendering.render(entry.reply(), now);
                // the chat's messages numbered as Telegram would, the bot's from 100 on; an edit keeps its message's
                long messageId = message.isPressAnswer() ? 0 : message.editMessageId() != null ? message.editMessageId() : 100L + shown.size();
                outbox.delivered(entry.id(), messageId, now);
                conversations.delivered(entry.id(), messageId, now);
                shown.add(new Shown(messageId, message));
            }
        }
    }
}
