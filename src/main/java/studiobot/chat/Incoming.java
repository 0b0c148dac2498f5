package studiobot.chat;

/**
 * One update from a transport. {@code updateId} is the transport's own id, used to process each
 * update once; null where the transport has none (the console).
 */
public record Incoming(String source, Long updateId, ChatId chat, Sender from, Input input) {}
