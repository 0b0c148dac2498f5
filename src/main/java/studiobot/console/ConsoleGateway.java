package studiobot.console;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import studiobot.chat.ChatGateway;
import studiobot.chat.Outbound;
import studiobot.chat.SendResult;

/**
 * The console's transport: prints each message as plain text, addressed to its recipient, with
 * its buttons as numbered choices, and remembers the last buttons each chat was shown.
 */
final class ConsoleGateway implements ChatGateway {
    /** The buttons a chat saw last, on which message. */
    record Shown(long messageId, List<Outbound.Key> keys) {}

    private final PrintStream out;
    private final LongFunction<String> names;
    private final Map<Long, Shown> lastButtons = new HashMap<>();
    private final Map<Long, Long> messageIds = new HashMap<>();

    private final java.nio.file.Path pictures;

    /** @param pictures where a picture the bot sends (a /stats chart) is saved, its path printed */
    ConsoleGateway(PrintStream out, LongFunction<String> names, java.nio.file.Path pictures) {
        this.out = out;
        this.names = names;
        this.pictures = pictures;
    }


    @Override
    public synchronized SendResult send(Outbound message) {
        long chat = message.chat().value();
        if (message.isPressAnswer()) {
            // Telegram shows this to the presser alone, over the chat, for a moment
            if (!message.html().isBlank()) {
                out.println("bot → " + names.apply(chat) + " (notice): " + message.html());
                out.flush();
            }
            return new SendResult.Delivered(0);
        }
        long id = message.editMessageId() != null
                ? message.editMessageId()
                : messageIds.merge(chat, 1L, Long::sum);
        String arrow = message.editMessageId() != null ? " (updated) → " : " → ";
        out.println("bot" + arrow + names.apply(chat) + ":");
        String text = message.picture() != null
                ? "[picture saved as " + save(message.picture()) + "]" + (message.html().isBlank() ? "" : "\n" + plain(message.html()))
                : message.copy() != null
                ? "[a copy of what " + names.apply(message.copy().fromChat().value()) + " sent]"
                : message.photo() != null
                ? "[photo " + message.photo().file() + (message.photo().protect() ? ", protected: it cannot be forwarded or saved" : "") + "]"
                        + (message.html().isBlank() ? "" : "\n" + plain(message.html()))
                : message.document() != null
                ? "[file " + message.document().fileName() + ", " + message.document().content().length() + " characters]\n" + plain(message.html())
                : plain(message.html());
        for (String line : text.split("\n", -1)) {
            out.println("  " + line);
        }
        List<Outbound.Key> keys = message.keyboard().stream().flatMap(List::stream).toList();
        int n = 1;
        for (List<Outbound.Key> row : message.keyboard()) {
            StringBuilder line = new StringBuilder("  ");
            for (Outbound.Key key : row) {
                line.append('[').append(n++).append("] ").append(key.label()).append("   ");
            }
            out.println(line.toString().stripTrailing());
        }
        if (!keys.isEmpty()) {
            lastButtons.put(chat, new Shown(id, keys));
        } else if (message.editMessageId() != null) {
            lastButtons.remove(chat);
        }
        out.flush();
        return new SendResult.Delivered(id);
    }

    private String save(studiobot.chat.Outbound.Picture picture) {
        try {
            java.nio.file.Files.createDirectories(pictures);
            java.nio.file.Path file = pictures.resolve(picture.fileName());
            java.nio.file.Files.write(file, picture.png());
            return file.toAbsolutePath().toString();
        } catch (java.io.IOException e) {
            return "(not saved: " + e.getMessage() + ")";
        }
    }

    synchronized Shown lastButtons(long chat) {
        return lastButtons.get(chat);
    }

    /**
     * Telegram HTML to terminal text: tags dropped, the four entities turned back into characters,
     * and ICU's narrow no-break spaces (in "4:00 PM") made plain, which many terminal fonts lack.
     */
    static String plain(String html) {
        return html.replaceAll("<[^>]+>", "").replace('\u202f', ' ')
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
