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

    private final java.nio.file.Path files;
    /** How many messages and notices were printed. */
    private long shown;

    /** @param files where a file or picture the bot sends (a calendar file, a /stats chart) is saved, its path printed */
    ConsoleGateway(PrintStream out, LongFunction<String> names, java.nio.file.Path files) {
        this.out = out;
        this.names = names;
        this.files = files;
    }


    /** How many messages and notices were printed so far. */
    synchronized long shown() {
        return shown;
    }

    @Override
    public synchronized SendResult send(Outbound message) {
        long chat = message.chat().value();
        if (message.isPressAnswer()) {
            // Telegram shows this to the presser alone, over the chat, for a moment
            if (!message.html().isBlank()) {
                out.println("bot → " + names.apply(chat) + " (notice): " + message.html());
                out.flush();
                shown++;
            }
            return new SendResult.Delivered(0);
        }
        long id = message.editMessageId() != null
                ? message.editMessageId()
                : messageIds.merge(chat, 1L, Long::sum);
        String arrow = message.editMessageId() != null ? " (updated) → " : " → ";
        out.println("bot" + arrow + names.apply(chat) + ":");
        shown++;
        String text = message.picture() != null
                ? "[picture saved as " + save(message.picture().fileName(), message.picture().png()) + "]"
                        + (message.html().isBlank() ? "" : "\n" + plain(message.html()))
                : message.place() != null
                ? "[map pin: " + message.place().title() + ", " + message.place().address()
                        + " (" + message.place().latitude() + ", " + message.place().longitude() + ")]"
                : message.copy() != null
                ? "[a copy of what " + names.apply(message.copy().fromChat().value()) + " sent]"
                : message.photo() != null
                ? "[photo " + message.photo().file() + (message.photo().protect() ? ", protected: it cannot be forwarded or saved" : "") + "]"
                        + (message.html().isBlank() ? "" : "\n" + plain(message.html()))
                : message.document() != null
                ? "[file saved as " + save(message.document().fileName(), message.document().content().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        + "]\n" + plain(message.html())
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

    /** Saves what the bot sent under its own name (a later file of that name, a moved booking's, replaces it) and says where. */
    private String save(String fileName, byte[] content) {
        try {
            java.nio.file.Files.createDirectories(files);
            java.nio.file.Path file = files.resolve(java.nio.file.Path.of(fileName).getFileName().toString());
            java.nio.file.Files.write(file, content);
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
