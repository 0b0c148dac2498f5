package studiobot.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import studiobot.chat.ChatId;
import studiobot.chat.MessageKind;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.i18n.BundleCheck;
import studiobot.i18n.BundleWatch;

/**
 * Tells the admins, in their own chats, what became of an edit to the message files: in service,
 * or refused with each problem's line, key and reason (at most {@value #MAX_LISTED} listed).
 */
public final class BundleAlerts {
    static final int MAX_LISTED = 10;

    private final List<Long> admins;

    public BundleAlerts(List<Long> admins) {
        this.admins = List.copyOf(admins);
    }

    public List<Reply> replies(BundleWatch.Outcome outcome) {
        List<Reply> replies = new ArrayList<>();
        for (long admin : admins) {
            ChatId chat = new ChatId(admin);
            for (Map.Entry<String, List<BundleCheck.Problem>> refused : outcome.refused().entrySet()) {
                replies.add(Reply.now(chat, MessageKind.ALERT, new Msg("admin.bundles.refused", Map.of(
                        "file", refused.getKey(),
                        "count", refused.getValue().size(),
                        "details", details(refused.getValue())))));
            }
            for (String file : outcome.reloaded()) {
                replies.add(Reply.now(chat, MessageKind.ALERT, Msg.of("admin.bundles.reloaded", "file", file)));
            }
        }
        return replies;
    }

    static String details(List<BundleCheck.Problem> problems) {
        String listed = problems.stream().limit(MAX_LISTED)
                .map(p -> "• " + p.line() + ": " + p.key() + ": " + p.message())
                .collect(Collectors.joining("\n"));
        return problems.size() > MAX_LISTED ? listed + "\n…" : listed;
    }
}
