package studiobot.admin;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The record of texts edited in the chat, and for each translated text the English it was
 * translated from (as hashes), which tells a stale translation from a current one.
 */
public interface TextEdits {
    enum Status { DRAFT, SAVED, DISCARDED, UNDONE, OVERWRITTEN }

    /** An edit: who, which text, the value it started from (null: none) and the one proposed (null: not yet). */
    record Edit(long id, long adminId, String tag, String key, String oldValue, String newValue, Status status,
                Instant createdAt, Instant savedAt) {}

    long start(long adminId, String tag, String key, String oldValue, Instant now);

    Optional<Edit> find(long id);

    void propose(long id, String newValue);

    /** A draft saved or discarded. */
    void settle(long id, Status status, Instant now);

    /** A saved edit undone (by an admin) or replaced by an edit on disk ({@code by} null). */
    void end(long id, Status status, Long by, Instant now);

    /** The saved edits of a language still standing: the latest of each key. */
    java.util.List<Edit> standing(String tag);

    /** The last saved edit, studio-wide: what undo puts back. */
    Optional<Edit> lastSaved();

    /** For each key of a language: the hashes of the English and of the translation when they were last seen in step. */
    Map<String, String[]> basis(String tag);

    void setBasis(String tag, String key, String englishHash, String translationHash);
}
