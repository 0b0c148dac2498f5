package studiobot.delivery;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import studiobot.chat.Callbacks;
import studiobot.chat.ChatId;
import studiobot.chat.Outbound;
import studiobot.chat.Reply;
import studiobot.i18n.Messages;

/**
 * Turns a stored reply into a message for the transport, when it goes out: in the recipient's
 * language and zone of that moment, with the bundle text in service then, relative days ("today")
 * counted from then, a calendar file's title and description too, and each button's data signed
 * for the recipient.
 */
public final class Rendering {
    private final Messages messages;
    private final Callbacks callbacks;
    private final Function<ChatId, Posting.Recipient> recipients;

    public Rendering(Messages messages, Callbacks callbacks, Function<ChatId, Posting.Recipient> recipients) {
        this.messages = messages;
        this.callbacks = callbacks;
        this.recipients = recipients;
    }

    public Outbound render(Reply reply, Instant now) {
        Posting.Recipient to = recipients.apply(reply.to());
        String languageTag = to.languageTag();
        if (reply.isPressAnswer()) {
            return Outbound.pressAnswer(reply.to(), reply.pressId(), messages.renderLabel(languageTag, to.zone(), now, reply.text()));
        }
        List<List<Outbound.Key>> keyboard = reply.buttons().stream()
                .map(row -> row.stream()
                        .map(b -> new Outbound.Key(
                                messages.renderLabel(languageTag, to.zone(), now, b.label()),
                                callbacks.encode(reply.to().value(), b.action(), b.args())))
                        .toList())
                .toList();
        String html = reply.copy() != null ? "" : messages.render(languageTag, to.zone(), now, reply.text());
        Reply.Document file = null;
        Reply.Photo photo = null;
        Outbound.Picture picture = null;
        Reply.Place place = null;
        if (reply.attachment() instanceof Reply.CalendarEntry entry) {
            file = CalendarFile.write(entry, messages.renderLabel(languageTag, to.zone(), now, entry.title()),
                    messages.renderLabel(languageTag, to.zone(), now, entry.description()));
        } else if (reply.attachment() instanceof Reply.Place p) {
            place = p;
        } else if (reply.attachment() instanceof Reply.Document d) {
            file = d;
        } else if (reply.attachment() instanceof Reply.Photo p) {
            photo = p;
        } else if (reply.attachment() instanceof Reply.Chart c) {
            picture = new Outbound.Picture(c.fileName(), ChartPicture.draw(c));
        }
        return new Outbound(reply.to(), html, keyboard, reply.editMessageId(), reply.copy(), file, null, photo, picture, place);
    }
}
