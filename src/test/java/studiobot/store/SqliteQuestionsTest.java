package studiobot.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studiobot.inquiry.Questions;

/** {@link QuestionsContract} on a real SQLite file; a restart closes the database and opens it again. */
class SqliteQuestionsTest extends QuestionsContract {
    @TempDir
    Path dir;

    private Database db;

    @Override
    Questions open() {
        db = Database.open(dir);
        SqlitePeople people = new SqlitePeople(db);
        people.seen(ALICE, "Alice", "en", T0);
        people.seen(BORIS, "Boris", "en", T0);
        return new SqliteQuestions(db);
    }

    @Override
    Questions reopen() {
        db.close();
        db = Database.open(dir);
        return new SqliteQuestions(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** The schema ties a question to a person the bot has met; the in-memory fake knows no people. */
    @Test
    void ask_clientNeverSeen_isRefusedByTheForeignKey() {
        assertThatThrownBy(() -> questions.ask(303, "Hello?", T0)).isInstanceOf(StoreException.class);
    }
}
