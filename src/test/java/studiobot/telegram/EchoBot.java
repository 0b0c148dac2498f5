package studiobot.telegram;

import java.util.concurrent.CountDownLatch;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.LongPollingSingleThreadUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The floor of {@link LiveBenchmark}: a bare TelegramBots 10.2.0 bot that does no work of its
 * own. It sends a text back as it came, and answers a press and edits its message in place, the
 * same calls the studio's bot makes for a step. Arguments: the token and the Bot API's URL.
 */
public final class EchoBot {
    private EchoBot() {}

    public static void main(String[] args) throws Exception {
        String token = args[0];
        TelegramUrl url = TelegramTransport.telegramUrl(java.net.URI.create(args[1]));
        TelegramClient client = new OkHttpTelegramClient(token, url);
        LongPollingSingleThreadUpdateConsumer echo = update -> reply(client, update);
        try (TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication()) {
            app.registerBot(token, () -> url, new org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator(), echo);
            new CountDownLatch(1).await();
        }
    }

    private static void reply(TelegramClient client, Update update) {
        try {
            if (update.hasMessage() && update.getMessage().hasText()) {
                client.execute(new SendMessage(update.getMessage().getChatId().toString(), update.getMessage().getText()));
            } else if (update.hasCallbackQuery()) {
                client.execute(new AnswerCallbackQuery(update.getCallbackQuery().getId()));
                client.execute(EditMessageText.builder().chatId(update.getCallbackQuery().getMessage().getChatId())
                        .messageId(update.getCallbackQuery().getMessage().getMessageId()).text(update.getCallbackQuery().getData()).build());
            }
        } catch (TelegramApiException e) {
            System.err.println("echo failed: " + e.getMessage());
        }
    }
}
