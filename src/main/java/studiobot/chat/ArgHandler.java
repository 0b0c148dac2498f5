package studiobot.chat;

import java.util.List;

/** A feature's answer to a press or an awaited answer, with its argument already decoded. */
@FunctionalInterface
public interface ArgHandler<A> {
    List<Reply> handle(Request request, A arg);
}
