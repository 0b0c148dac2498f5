package studiobot.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import studiobot.admin.TextEdits;

/** The chat's text edits and the translations' English basis, in SQLite. */
public final class SqliteTextEdits implements TextEdits {
    private static final String COLUMNS = "id, admin_id, tag, msg_key, old_value, new_value, status, created_at, saved_at";
    private final Database db;

    public SqliteTextEdits(Database db) {
        this.db = db;
    }

    @Override
    public long start(long adminId, String tag, String key, String oldValue, Instant now) {
        return db.insert("INSERT INTO text_edit (admin_id, tag, msg_key, old_value, created_at) VALUES (?, ?, ?, ?, ?)",
                adminId, tag, key, oldValue, now);
    }

    @Override
    public Optional<Edit> find(long id) {
        return db.queryOne("SELECT " + COLUMNS + " FROM text_edit WHERE id = ?", SqliteTextEdits::edit, id);
    }

    @Override
    public void propose(long id, String newValue) {
        db.update("UPDATE text_edit SET new_value = ? WHERE id = ? AND status = 'draft'", newValue, id);
    }

    @Override
    public void settle(long id, Status status, Instant now) {
        db.update("UPDATE text_edit SET status = ?, saved_at = ? WHERE id = ?", status.name().toLowerCase(Locale.ROOT), now, id);
    }

    @Override
    public void end(long id, Status status, Long by, Instant now) {
        db.update("UPDATE text_edit SET status = ?, ended_at = ?, ended_by = ? WHERE id = ? AND status = 'saved'",
                status.name().toLowerCase(Locale.ROOT), now, by, id);
    }

    @Override
    public java.util.List<Edit> standing(String tag) {
        return db.query("SELECT " + COLUMNS + " FROM text_edit e WHERE status = 'saved' AND tag = ? AND id = "
                + "(SELECT MAX(id) FROM text_edit x WHERE x.tag = e.tag AND x.msg_key = e.msg_key AND x.status = 'saved')",
                SqliteTextEdits::edit, tag);
    }

    @Override
    public Optional<Edit> lastSaved() {
        return db.queryOne("SELECT " + COLUMNS + " FROM text_edit WHERE status = 'saved' ORDER BY saved_at DESC, id DESC LIMIT 1",
                SqliteTextEdits::edit);
    }

    @Override
    public Map<String, String[]> basis(String tag) {
        Map<String, String[]> basis = new HashMap<>();
        db.query("SELECT msg_key, english_hash, translation_hash FROM translation_basis WHERE tag = ?",
                rs -> basis.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)}), tag);
        return basis;
    }

    @Override
    public void setBasis(String tag, String key, String englishHash, String translationHash) {
        db.update("""
                INSERT INTO translation_basis (tag, msg_key, english_hash, translation_hash) VALUES (?, ?, ?, ?)
                ON CONFLICT (tag, msg_key) DO UPDATE SET english_hash = excluded.english_hash, translation_hash = excluded.translation_hash""",
                tag, key, englishHash, translationHash);
    }

    private static Edit edit(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Edit(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                Status.valueOf(rs.getString(7).toUpperCase(Locale.ROOT)), Database.instant(rs.getString(8)), Database.instant(rs.getString(9)));
    }
}
