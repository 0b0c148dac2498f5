package studiobot.delivery;

import studiobot.chat.ChatId;

/** Port: runs tasks of one chat one after another, in submission order; different chats may run at once. */
@FunctionalInterface
public interface ChatLanes {
    void submit(ChatId chat, Runnable task);

    /** Runs every task at once on the caller's thread: the console's lanes, and tests'. */
    ChatLanes DIRECT = (chat, task) -> task.run();
}
