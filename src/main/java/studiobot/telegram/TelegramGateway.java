package studiobot.telegram;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.CopyMessage;
import org.telegram.telegrambots.meta.api.objects.MessageId;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.send.SendVenue;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import studiobot.chat.ChatGateway;
import studiobot.chat.Outbound;
import studiobot.chat.SendResult;

/**
 * Sends rendered messages through the Bot API and classifies the answer: 429 with its
 * {@code retry_after}, 5xx and network faults as transient, other refusals as final. Editing a
 * message into the text it already has counts as delivered.
 */
final class TelegramGateway implements ChatGateway {
    /** Telegram shows at most this many characters of a press's notice. */
    static final int MAX_NOTICE = 200;
    private final TelegramClient client;

    TelegramGateway(TelegramClient client) {
        this.client = client;
    }

    @Override
    public SendResult send(Outbound message) {
        try {
            if (message.isPressAnswer()) {
                client.execute(pressAnswer(message));
                return new SendResult.Delivered(0);
            }
            if (message.copy() != null) {
                MessageId copied = client.execute(CopyMessage.builder()
                        .chatId(message.chat().value())
                        .fromChatId(message.copy().fromChat().value())
                        .messageId((int) message.copy().messageId())
                        .replyMarkup(markup(message.keyboard()))
                        .build());
                return new SendResult.Delivered(copied.getMessageId());
            }
            if (message.picture() != null) {
                SendPhoto.SendPhotoBuilder<?, ?> picture = SendPhoto.builder()
                        .chatId(message.chat().value())
                        .photo(new InputFile(new ByteArrayInputStream(message.picture().png()), message.picture().fileName()))
                        .replyMarkup(markup(message.keyboard()));
                if (!message.html().isBlank()) {
                    picture.caption(message.html()).parseMode(ParseMode.HTML);
                }
                return new SendResult.Delivered(client.execute(picture.build()).getMessageId());
            }
            if (message.photo() != null) {
                SendPhoto.SendPhotoBuilder<?, ?> photo = SendPhoto.builder()
                        .chatId(message.chat().value())
                        .photo(new InputFile(message.photo().file()))
                        .protectContent(message.photo().protect())
                        .replyMarkup(markup(message.keyboard()));
                if (!message.html().isBlank()) {
                    photo.caption(message.html()).parseMode(ParseMode.HTML);
                }
                return new SendResult.Delivered(client.execute(photo.build()).getMessageId());
            }
            if (message.place() != null) {
                return new SendResult.Delivered(client.execute(SendVenue.builder()
                        .chatId(message.chat().value())
                        .latitude(message.place().latitude())
                        .longitude(message.place().longitude())
                        .title(message.place().title())
                        .address(message.place().address())
                        .build()).getMessageId());
            }
            if (message.document() != null) {
                // a Bot API server without sendDocument answers 404: a final refusal, logged by the sender
                Message sent = client.execute(SendDocument.builder()
                        .chatId(message.chat().value())
                        .document(new InputFile(new ByteArrayInputStream(
                                message.document().content().getBytes(StandardCharsets.UTF_8)), message.document().fileName()))
                        .caption(message.html())
                        .parseMode(ParseMode.HTML)
                        .replyMarkup(markup(message.keyboard()))
                        .build());
                return new SendResult.Delivered(sent.getMessageId());
            }
            if (message.editMessageId() != null) {
                Serializable result = client.execute(edit(message));
                return new SendResult.Delivered(result instanceof Message m ? m.getMessageId() : message.editMessageId());
            }
            return new SendResult.Delivered(client.execute(text(message)).getMessageId());
        } catch (TelegramApiRequestException e) {
            return classify(e, message);
        } catch (TelegramApiException e) {
            // only a server not reached at all says nothing about this message; a timeout may have been a send Telegram took
            return notReached(e) ? SendResult.Transient.network(String.valueOf(e.getMessage()))
                    : new SendResult.Transient("transport: " + e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
        }
    }

    /** The answer to a press: a notice to the presser alone (a refused press), or nothing, and the spinner just stops. */
    static AnswerCallbackQuery pressAnswer(Outbound message) {
        AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> answer = AnswerCallbackQuery.builder().callbackQueryId(message.pressId());
        if (!message.html().isBlank()) {
            answer.text(notice(message.html()));
        }
        return answer.build();
    }

    /** A message edited in place: its new text and buttons. */
    static EditMessageText edit(Outbound message) {
        return EditMessageText.builder()
                .chatId(message.chat().value())
                .messageId(message.editMessageId().intValue())
                .text(message.html())
                .parseMode(ParseMode.HTML)
                .linkPreviewOptions(noPreview())
                .replyMarkup(markup(message.keyboard()))
                .build();
    }

    /** A new text message with its buttons. */
    static SendMessage text(Outbound message) {
        return SendMessage.builder()
                .chatId(message.chat().value())
                .text(message.html())
                .parseMode(ParseMode.HTML)
                .linkPreviewOptions(noPreview())
                .replyMarkup(markup(message.keyboard()))
                .build();
    }

    /** Whether the request never reached the Bot API: no connection could be made, no address found. */
    static boolean notReached(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException
                    || t instanceof java.net.NoRouteToHostException) {
                return true;
            }
        }
        return false;
    }

    /** The notice within Telegram's limit, cut between code points (never inside an emoji's pair). */
    static String notice(String text) {
        if (text.codePointCount(0, text.length()) <= MAX_NOTICE) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_NOTICE - 1)) + "…";
    }

    static SendResult classify(TelegramApiRequestException e, Outbound message) {
        Integer code = e.getErrorCode();
        String response = e.getApiResponse() == null ? e.getMessage() : e.getApiResponse();
        if (code == null || code == 0 || code >= 500) {
            // no code means the answer was not Bot API JSON at all: a proxy's error page, a cut-off body
            return new SendResult.Transient(code == null || code == 0 ? "unreadable answer: " + e.getMessage() : code + " " + response);
        }
        if (code == 429) {
            Integer seconds = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            return new SendResult.RetryAfter(Duration.ofSeconds(seconds == null || seconds < 1 ? 1 : seconds));
        }
        if (code == 400 && message.editMessageId() != null && response != null && response.contains("message is not modified")) {
            return new SendResult.Delivered(message.editMessageId());
        }
        return new SendResult.Rejected(code + " " + response);
    }

    private static LinkPreviewOptions noPreview() {
        return LinkPreviewOptions.builder().isDisabled(true).build();
    }

    private static InlineKeyboardMarkup markup(List<List<Outbound.Key>> keyboard) {
        if (keyboard.isEmpty()) {
            return null;
        }
        List<InlineKeyboardRow> rows = keyboard.stream()
                .map(row -> new InlineKeyboardRow(row.stream()
                        .map(k -> InlineKeyboardButton.builder().text(k.label()).callbackData(k.data()).build())
                        .toList()))
                .toList();
        return new InlineKeyboardMarkup(rows);
    }
}
