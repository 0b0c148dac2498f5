package studiobot.telegram;

import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import studiobot.chat.Menu;
import studiobot.chat.Msg;
import studiobot.i18n.Messages;

/**
 * Publishes the command menus the features registered: the one for everyone in every language the
 * studio speaks, and once without a language (the studio's default); each staff member's own in
 * their chat and language (a photographer's has /agenda). A server that refuses is worth a
 * warning, not a stop.
 */
final class CommandMenu {
    private static final Logger log = LogManager.getLogger(CommandMenu.class);

    private CommandMenu() {}

    /** Returns how many menus the server took. */
    static int publish(TelegramClient client, Messages messages, String defaultLanguage, List<Menu> menus) {
        int published = 0;
        for (Menu menu : menus) {
            if (menu.isForEveryone()) {
                for (String tag : messages.languageTags()) {
                    published += publish(client, messages, menu, tag, tag) ? 1 : 0;
                }
                published += publish(client, messages, menu, defaultLanguage, null) ? 1 : 0;
            } else {
                published += publish(client, messages, menu, menu.languageTag(), null) ? 1 : 0;
            }
        }
        return published;
    }

    private static boolean publish(TelegramClient client, Messages messages, Menu menu, String tag, String languageCode) {
        List<BotCommand> commands = menu.commands().stream()
                .map(c -> new BotCommand(c, messages.render(tag, Msg.of("command." + c + ".description"))))
                .toList();
        SetMyCommands.SetMyCommandsBuilder<?, ?> request = SetMyCommands.builder().commands(commands).languageCode(languageCode);
        if (!menu.isForEveryone()) {
            request.scope(new BotCommandScopeChat(Long.toString(menu.chat().value())));
        }
        try {
            client.execute(request.build());
            return true;
        } catch (TelegramApiException e) {
            log.warn("the Bot API server did not take the command menu for {}: {}",
                    menu.isForEveryone() ? (languageCode == null ? "the default language" : languageCode) : "chat " + menu.chat(), e.getMessage());
            return false;
        }
    }
}
