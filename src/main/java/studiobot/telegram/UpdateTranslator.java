package studiobot.telegram;

import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import studiobot.chat.ChatId;
import studiobot.chat.Incoming;
import studiobot.chat.Input;
import studiobot.chat.Sender;

/**
 * The edge where Telegram's update becomes a transport-neutral {@link Incoming}. What the bot
 * does not serve (groups, channels, edits, inline queries) is reported at debug level and left out.
 */
final class UpdateTranslator {
    static final String SOURCE = "telegram";
    private static final Logger log = LogManager.getLogger(UpdateTranslator.class);

    private UpdateTranslator() {}

    static Optional<Incoming> translate(Update update) {
        if (update.hasMessage()) {
            return message(update.getUpdateId(), update.getMessage());
        }
        if (update.hasCallbackQuery()) {
            return press(update.getUpdateId(), update.getCallbackQuery());
        }
        log.debug("update {} left out: not a message or a button press", update.getUpdateId());
        return Optional.empty();
    }

    private static Optional<Incoming> message(int updateId, Message m) {
        if (m.getChat() == null || !m.isUserMessage() || m.getFrom() == null || Boolean.TRUE.equals(m.getFrom().getIsBot())) {
            log.debug("update {} left out: not from a person in a private chat", updateId);
            return Optional.empty();
        }
        if (m.getChatId() != m.getFrom().getId().longValue()) {
            // a private chat is its person's: another chat id would write into someone else's conversation
            log.warn("update {} left out: a private chat whose id is not its sender's", updateId);
            return Optional.empty();
        }
        Input input;
        if (m.hasText()) {
            Long replyTo = m.getReplyToMessage() == null ? null : Long.valueOf(m.getReplyToMessage().getMessageId());
            input = new Input.Text(m.getText(), m.getMessageId(), replyTo);
        } else if (m.hasLocation()) {
            input = new Input.Location(m.getLocation().getLatitude(), m.getLocation().getLongitude());
        } else if (m.hasSticker()) {
            // a sticker says what its emoji says: small talk, mostly
            String emoji = m.getSticker().getEmoji();
            input = new Input.Text(emoji == null || emoji.isBlank() ? "👍" : emoji, m.getMessageId(), null);
        } else if (m.hasPhoto() || m.hasDocument() || m.hasVideo() || m.hasVoice()) {
            input = new Input.Media(kind(m), m.getMessageId(), m.getCaption(), file(m));
        } else {
            input = new Input.Unsupported(kind(m));
        }
        return Optional.of(new Incoming(SOURCE, (long) updateId, new ChatId(m.getChatId()), sender(m.getFrom()), input));
    }

    private static Optional<Incoming> press(int updateId, CallbackQuery q) {
        if (q.getMessage() == null || q.getFrom() == null || !q.getMessage().isUserMessage()) {
            log.debug("update {} left out: a button press outside a private chat", updateId);
            return Optional.empty();
        }
        if (q.getMessage().getChatId() != q.getFrom().getId().longValue()) {
            // a press on a message of another person's chat: it could read or change what is theirs
            log.warn("update {} left out: a button press on a message of another chat than the presser's", updateId);
            return Optional.empty();
        }
        Input input = new Input.Press(q.getData() == null ? "" : q.getData(), q.getMessage().getMessageId(), q.getId());
        return Optional.of(new Incoming(SOURCE, (long) updateId, new ChatId(q.getMessage().getChatId()), sender(q.getFrom()), input));
    }

    private static Sender sender(User u) {
        return new Sender(u.getId(), u.getFirstName(), u.getLastName(), u.getUserName(), u.getLanguageCode());
    }

    /** The file id of a photo's largest size (Telegram lists them smallest first), or of a document. */
    private static String file(Message m) {
        if (m.hasPhoto()) {
            return m.getPhoto().stream()
                    .max(java.util.Comparator.comparingLong(p -> (long) p.getWidth() * p.getHeight()))
                    .map(org.telegram.telegrambots.meta.api.objects.photo.PhotoSize::getFileId).orElse(null);
        }
        return m.hasDocument() ? m.getDocument().getFileId() : null;
    }

    private static String kind(Message m) {
        if (m.hasPhoto()) {
            return "photo";
        }
        if (m.hasDocument()) {
            return "document";
        }
        if (m.hasVideo()) {
            return "video";
        }
        if (m.hasVoice()) {
            return "voice";
        }
        if (m.hasSticker()) {
            return "sticker";
        }
        if (m.hasLocation()) {
            return "location";
        }
        return "other";
    }
}
