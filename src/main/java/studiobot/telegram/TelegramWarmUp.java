package studiobot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import studiobot.chat.ChatId;
import studiobot.chat.Outbound;

/**
 * Goes once through the Telegram side of an update and its replies with samples, beside the first
 * poll: it reads a getUpdates answer (a command, a text replying to a message, a press, a location,
 * a photo) as the poller does, translates each update, builds and writes the three calls nearly
 * every reply is (a message, an edit, a press's answer) with the sending client's own JSON writer,
 * and reads their answers. Nothing is sent and nothing is stored. Jackson builds its readers and
 * writers for Telegram's types the first time it meets them: without this, the first update after
 * a start spent about 285 ms being read, and its reply about 80 ms more being written and its
 * answer read (LiveBenchmark, the first /start after a restart: 353-389 ms).
 */
final class TelegramWarmUp {
    private static final Logger log = LogManager.getLogger(TelegramWarmUp.class);
    private static final String SAMPLES = "/studiobot/telegram/warm-up.json";

    private TelegramWarmUp() {}

    /**
     * Runs it once; returns how many of the sample updates were read and translated into the
     * bot's own, which is all of them unless the samples no longer match what the bot reads.
     *
     * @param sending the JSON writer of the client that sends
     */
    static int run(ObjectMapper sending) throws IOException, TelegramApiException {
        JsonNode samples;
        try (InputStream in = TelegramWarmUp.class.getResourceAsStream(SAMPLES)) {
            if (in == null) {
                throw new IOException(SAMPLES + " is not in the build");
            }
            samples = sending.readTree(in);
        }
        List<Update> updates = TolerantGetUpdates.generator(new TolerantGetUpdates.Unreadable()).apply(0)
                .deserializeResponse(samples.path("getUpdates").toString());
        int translated = 0;
        for (Update update : updates) {
            if (UpdateTranslator.translate(update).isPresent()) {
                translated++;
            }
        }
        ChatId chat = new ChatId(1);
        List<List<Outbound.Key>> keys = List.of(List.of(new Outbound.Key("Portrait session", "x")), List.of(new Outbound.Key("Back", "y")));
        SendMessage text = TelegramGateway.text(new Outbound(chat, "<b>Hello</b>, Warm!", keys, null));
        EditMessageText edit = TelegramGateway.edit(new Outbound(chat, "Choose a day.", keys, 6L));
        AnswerCallbackQuery answer = TelegramGateway.pressAnswer(Outbound.pressAnswer(chat, "3", "That button is no longer in use."));
        for (BotApiMethod<?> call : List.<BotApiMethod<?>>of(text, edit, answer)) {
            call.validate();
            sending.writeValueAsString(call);
        }
        String sent = samples.path("sent").toString();
        text.deserializeResponse(sent);
        edit.deserializeResponse(sent);
        answer.deserializeResponse(samples.path("answered").toString());
        return translated;
    }

    /** Runs it on a thread of its own; a failure changes nothing but the first update's speed, and is logged. */
    static void aside(ObjectMapper sending) {
        Thread warming = new Thread(() -> {
            long started = System.nanoTime();
            try {
                int read = run(sending);
                log.debug("Telegram's readers and writers warmed with {} sample updates in {} ms", read, (System.nanoTime() - started) / 1_000_000);
            } catch (IOException | TelegramApiException | RuntimeException e) {
                log.warn("warming Telegram's readers and writers failed; the first update is read more slowly", e);
            }
        }, "telegram-warm-up");
        warming.setDaemon(true);
        warming.start();
    }
}
