package studiobot.chat;

import java.util.List;

/** A feature's answer to one routed input: the replies to send, possibly to several chats. */
@FunctionalInterface
public interface Handler {
    List<Reply> handle(Request request);
}
