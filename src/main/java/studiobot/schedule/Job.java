package studiobot.schedule;

import java.time.Instant;

/** Work promised for a moment: its kind (which handler), a unique key, a payload for the handler. */
public record Job(long id, String kind, String key, String payload, Instant dueAt, int attempts) {}
