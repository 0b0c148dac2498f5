package studiobot.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import studiobot.chat.ChatId;
import studiobot.chat.ChatGateway;
import studiobot.chat.Incoming;
import studiobot.chat.Input;
import studiobot.chat.Outbound;
import studiobot.chat.SendResult;
import studiobot.chat.Sender;
import java.util.function.Function;

/**
 * A start's rehearsal of what clients do first: /start, a question, /book and a press on the
 * first button of its answer, each stored and processed by {@link UpdateProcessing} as an update
 * is, and its replies sent by an {@link OutboxSending} whose gateway only notes them, in
 * transactions that are then rolled back. Nothing of it is kept, sent or scheduled, and nothing
 * is seen outside those transactions (an update arriving meanwhile waits for the one in hand).
 * It readies the handlers, the statements and the message formats the first client after a
 * start would otherwise wait for: the first /start after a restart spent about 110 ms in its
 * handling alone (LiveBenchmark).
 */
public final class Rehearsal {
    /** How a rehearsal's updates are marked: never a transport's. */
    static final String SOURCE = "rehearsal";
    /** The sender's rounds per update at most: each marks what it sent, so a chat's queue empties well before. */
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
    private final UpdateProcessing processing;
    private final Function<ChatGateway, OutboxSending> senders;
    private final Clock clock;

    /** @param senders an outbox sender over a gateway, as the transports get theirs */
    public Rehearsal(Transactions transactions, Inbox inbox, UpdateProcessing processing, Function<ChatGateway, OutboxSending> senders,
                     Clock clock) {
        this.transactions = transactions;
        this.inbox = inbox;
        this.processing = processing;
        this.senders = senders;
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
        ChatId chat = new ChatId(who.userId());
        List<Shown> shown = new ArrayList<>();
        // what the sender sends is only noted, numbered as Telegram numbers a chat's messages (the bot's from 100 on)
        OutboxSending sending = senders.apply(message -> {
            long messageId = message.isPressAnswer() ? 0 : message.editMessageId() != null ? message.editMessageId() : 100L + shown.size();
            shown.add(new Shown(messageId, message));
            return new SendResult.Delivered(messageId);
        });
        List<Runnable> acts = List.of(
                () -> update(new Incoming(SOURCE, null, chat, who, new Input.Text("/start", 1)), sending),
                () -> update(new Incoming(SOURCE, null, chat, who, new Input.Text(question, 2)), sending),
                () -> {
                    int before = shown.size();
                    update(new Incoming(SOURCE, null, chat, who, new Input.Text("/book", 3)), sending);
                    Shown menu = shown.size() == before ? null : shown.get(shown.size() - 1);
                    if (menu != null && !menu.message().keyboard().isEmpty()) {
                        update(new Incoming(SOURCE, null, chat, who,
                                new Input.Press(menu.message().keyboard().get(0).get(0).data(), menu.messageId(), SOURCE)), sending);
                    }
                });
        for (Runnable act : acts) {
            if (stepAside.getAsBoolean()) {
                break;
            }
            try {
                transactions.run(() -> {
                    act.run();
                    throw new RolledBack();
                });
                throw new IllegalStateException("the rehearsal's transaction committed");
            } catch (RolledBack done) {
                // as meant: nothing of the act is kept
            }
        }
        return shown;
    }

    /** One update as it comes: stored, then processed; then the sender's rounds until nothing more is due now. */
    private void update(Incoming in, OutboxSending sending) {
        inbox.store(List.of(in), clock.instant()).forEach(processing::processOnce);
        for (int round = 0; round < ROUNDS && sending.pump().isZero(); round++) {
            // a round that sent something: the chat's next message may be due now
        }
    }
}
