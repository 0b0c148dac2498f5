package studiobot.delivery;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import studiobot.chat.Callbacks;
import studiobot.chat.ChatId;
import studiobot.chat.Outbound;
import studiobot.chat.Reply;
import studiobot.i18n.Messages;

/**
 * Renders replies in each recipient's language and stores them in the outbox: urgent ones due at
 * once, the rest after the recipient's quiet hours. Runs inside the caller's transaction.
 */
public final class Posting {
    /** What rendering needs to know of a recipient. */
    public record Recipient(String languageTag, ZoneId zone) {}

    private final Messages messages;
    private final Callbacks callbacks;
    private final Outbox outbox;
    private final Function<ChatId, Recipient> recipients;
    private final QuietHours quietHours;

    public Posting(Messages messages, Callbacks callbacks, Outbox outbox,
                   Function<ChatId, Recipient> recipients, QuietHours quietHours) {
        this.messages = messages;
        this.callbacks = callbacks;
        this.outbox = outbox;
        this.recipients = recipients;
        this.quietHours = quietHours;
    }

    public void post(List<Reply> replies, Instant now) {
        for (Reply reply : replies) {
            Recipient to = recipients.apply(reply.to());
            Instant notBefore = reply.urgent() ? now : quietHours.nextAllowed(now, to.zone());
            outbox.enqueue(render(reply, to, now), notBefore, now, reply.ref());
        }
    }

    Outbound render(Reply reply, Recipient to, Instant now) {
        String languageTag = to.languageTag();
        List<List<Outbound.Key>> keyboard = reply.buttons().stream()
                .map(row -> row.stream()
                        .map(b -> new Outbound.Key(
                                messages.renderLabel(languageTag, to.zone(), now, b.label()),
                                callbacks.encode(reply.to().value(), b.action(), b.args())))
                        .toList())
                .toList();
        String html = reply.copy() != null ? "" : messages.render(languageTag, to.zone(), now, reply.text());
        return new Outbound(reply.to(), html, keyboard, reply.editMessageId(), reply.copy(), reply.document());
    }
}
