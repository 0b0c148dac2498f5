package studiobot.delivery;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import studiobot.chat.ChatId;
import studiobot.chat.Conversations;
import studiobot.chat.Reply;

/**
 * Stores replies in the outbox, as replies (they are rendered when they go out): the ones that
 * may wait held until the recipient's quiet hours end. What goes to a client, or to staff about a
 * client, is written into that client's conversation record in the same transaction. Runs inside
 * the caller's transaction.
 */
public final class Posting {
    /** What posting and rendering need to know of a recipient: language, zone, and whether a client. */
    public record Recipient(String languageTag, ZoneId zone, boolean client) {}

    private final Outbox outbox;
    private final Conversations conversations;
    private final Function<ChatId, Recipient> recipients;
    private final QuietHours quietHours;

    public Posting(Outbox outbox, Conversations conversations, Function<ChatId, Recipient> recipients, QuietHours quietHours) {
        this.outbox = outbox;
        this.conversations = conversations;
        this.recipients = recipients;
        this.quietHours = quietHours;
    }

    public void post(List<Reply> replies, Instant now) {
        for (Reply reply : replies) {
            if (studiobot.people.Person.isErased(reply.to().value())) {
                // the kept booking of an erased client is no one's: nothing goes to it
                continue;
            }
            Recipient to = recipients.apply(reply.to());
            Instant notBefore = quietHours.notBefore(reply.timing(), now, to.zone());
            long id = outbox.enqueue(reply, notBefore, now);
            if (reply.isPressAnswer() || reply.kind() == studiobot.chat.MessageKind.FAREWELL) {
                continue;
            }
            Long client = reply.about() != null ? reply.about() : to.client() ? Long.valueOf(reply.to().value()) : null;
            if (client != null) {
                // what the studio said, as its key and arguments; a copy or a photo carries no words of the bot's
                boolean words = reply.copy() == null && !(reply.attachment() instanceof studiobot.chat.Reply.Photo);
                conversations.record(new Conversations.Line(client, reply.to(), now, false, reply.author(), reply.kind(),
                        null, reply.editMessageId(), id, words ? reply.text() : null));
            }
        }
    }
}
