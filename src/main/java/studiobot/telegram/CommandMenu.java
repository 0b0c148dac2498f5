package studiobot.telegram;

import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import studiobot.chat.Msg;
import studiobot.i18n.Messages;

/**
 * Publishes the command menu in every language the studio speaks, and once without a language
 * (the studio's default) for everyone else. A server that refuses is worth a warning, not a stop.
 */
final class CommandMenu {
    static final List<String> COMMANDS = List.of("start", "book", "mybookings", "language", "timezone", "help");
    private static final Logger log = LogManager.getLogger(CommandMenu.class);

    private CommandMenu() {}

    static int publish(TelegramClient client, Messages messages, String defaultLanguage) {
        int published = 0;
        for (String tag : messages.languageTags()) {
            published += publish(client, messages, tag, tag) ? 1 : 0;
        }
        return published + (publish(client, messages, defaultLanguage, null) ? 1 : 0);
    }

    private static boolean publish(TelegramClient client, Messages messages, String tag, String languageCode) {
        List<BotCommand> commands = COMMANDS.stream()
                .map(c -> new BotCommand(c, messages.render(tag, Msg.of("command." + c + ".description"))))
                .toList();
        try {
            client.execute(SetMyCommands.builder().commands(commands).languageCode(languageCode).build());
            return true;
        } catch (TelegramApiException e) {
            log.warn("the Bot API server did not take the command menu for {}: {}", languageCode == null ? "the default language" : languageCode, e.getMessage());
            return false;
        }
    }
}
