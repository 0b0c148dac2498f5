package studiobot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studiobot.delivery.Inbox;

/** {@link InboxContract} on a real SQLite file; a restart closes the database and opens it again. */
class SqliteInboxTest extends InboxContract {
    @TempDir
    Path dir;

    private Database db;

    @Override
    Inbox open() {
        db = Database.open(dir);
        return new SqliteInbox(db);
    }

    @Override
    Inbox reopen() {
        db.close();
        return open();
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A pending row of a kind this version cannot read (a newer version's, before a downgrade) threw, and every start with it. */
    @Test
    void aPendingUpdateWhoseStoredFormCannotBeReadIsMarkedFailed_andTheOthersComeBack() {
        Inbox inbox = open();
        List<Inbox.Item> stored = inbox.store(List.of(telegram(1, "hi"), telegram(2, "there")), T0);
        db.update("UPDATE inbox SET payload = json_set(payload, '$.input.type', 'poll') WHERE seq = ?", stored.get(0).seq());

        assertThat(inbox.pending(T0.plusSeconds(5))).extracting(Inbox.Item::seq).containsExactly(stored.get(1).seq());
        assertThat(db.queryOne("SELECT error FROM inbox WHERE seq = ? AND processed_at IS NOT NULL", rs -> rs.getString(1),
                stored.get(0).seq())).hasValueSatisfying(e -> assertThat(e).startsWith("unreadable: ").contains("poll"));
        assertThat(inbox.pending(T0.plusSeconds(6))).as("marked once, for good").hasSize(1);
    }
}
