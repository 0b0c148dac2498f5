package studiobot.admin;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The record of texts edited in the chat, and for each translated text the English it was
 * translated from (as hashes), which tells a stale translation from a current one.
 */
public interface TextEdits {
    enum Status { DRAFT, SAVED, DISCARDED, UNDONE }

    /** An edit: who, which text, the value it started from (null: none) and the one proposed (null: not yet). */
    record Edit(long id, long adminId, String tag, String key, String oldValue, String newValue, Status status,
                Instant createdAt, Instant savedAt) {}

    long start(long adminId, String tag, String key, String oldValue, Instant now);

    Optional<Edit> find(long id);

    void propose(long id, String newValue);

    void settle(long id, Status status, Instant now);

    /** The last saved edit, studio-wide: what undo puts back. */
    Optional<Edit> lastSaved();

    /** For each key of a language: the hashes of the English and of the translation when they were last seen in step. */
    Map<String, String[]> basis(String tag);

    void setBasis(String tag, String key, String englishHash, String translationHash);
}
