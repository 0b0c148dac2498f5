package studiobot.chat;

import java.util.List;

/**
 * A command menu to publish: for everyone ({@code chat} null, in each language of the bundles),
 * or for one staff member's chat in their language, listing the commands their roles may use.
 */
public record Menu(ChatId chat, String languageTag, List<String> commands) {
    public Menu {
        commands = List.copyOf(commands);
    }

    public boolean isForEveryone() {
        return chat == null;
    }
}
