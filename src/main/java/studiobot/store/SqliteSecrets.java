package studiobot.store;

import java.security.SecureRandom;
import java.util.Base64;

/** Secrets the program makes for itself on first start and keeps in the database. */
public final class SqliteSecrets {
    private final Database db;

    public SqliteSecrets(Database db) {
        this.db = db;
    }

    /** The key that signs callback data; 32 random bytes, made once. */
    public byte[] callbackKey() {
        return db.inTransaction(() -> {
            String stored = db.queryOne("SELECT value FROM setting WHERE name = 'callback_key'", rs -> rs.getString(1)).orElse(null);
            if (stored == null) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                stored = Base64.getEncoder().encodeToString(key);
                db.update("INSERT INTO setting (name, value) VALUES ('callback_key', ?)", stored);
            }
            return Base64.getDecoder().decode(stored);
        });
    }
}
