package studiobot.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import studiobot.chat.Conversations;

class SqliteConversationsTest extends ConversationsContract {
    @TempDir
    Path dir;

    private Database db;

    @Override
    protected Conversations open() {
        db = Database.open(dir);
        return new SqliteConversations(db);
    }

    @Override
    protected Conversations reopen() {
        db.close();
        return open();
    }

    @AfterEach
    void close() {
        db.close();
    }
}
