package studiobot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studiobot.chat.ChatId;
import studiobot.chat.Outbound;
import studiobot.delivery.Outbox;
import studiobot.testing.OutboxHeads;

class SqliteOutboxTest extends OutboxContract {
    @TempDir
    Path dir;

    private Database db;

    @Override
    protected Outbox open() {
        db = Database.open(dir);
        return new SqliteOutbox(db, walk());
    }

    /** How many of the oldest pending messages a round walks before it looks chat by chat. */
    protected int walk() {
        return SqliteOutbox.WALK;
    }

    @Override
    protected Outbox reopen() {
        db.close();
        return open();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aMessageStoredRenderedBeforeTheUpgradeStillGoesOutAsItWas() {
        Instant t0 = Instant.parse("2026-12-01T08:00:00Z");
        Outbound old = new Outbound(new ChatId(101), "<b>rendered</b> before", List.of(List.of(new Outbound.Key("Yes", "yes~AbCd1234"))), null);
        // a row as the version before replies were stored wrote it
        db.insert("INSERT INTO outbox (chat_id, payload, created_at, not_before, retry_at) VALUES (?, ?, ?, ?, ?)",
                old.chat(), Json.write(old), t0, t0, t0);

        assertThat(OutboxHeads.of(outbox, t0, 10)).singleElement().satisfies(e -> {
            assertThat(e.reply()).isNull();
            assertThat(e.rendered()).isEqualTo(old);
            assertThat(e.chat()).isEqualTo(new ChatId(101));
        });
    }

    @Test
    void aRowThatCannotBeReadIsReportedAndDoesNotStopTheOthers() {
        Instant t0 = Instant.parse("2026-12-01T08:00:00Z");
        db.insert("INSERT INTO outbox (chat_id, payload, format, created_at, not_before, retry_at) VALUES (?, ?, 'reply', ?, ?, ?)",
                new ChatId(101), "{\"to\": 101, \"text\": {\"key\": \"x\", \"args\": {\"when\": {\"a\": {\"t\": \"someday\"}}}}}", t0, t0, t0);
        outbox.enqueue(studiobot.chat.Reply.now(new ChatId(202), studiobot.chat.MessageKind.ANSWER, studiobot.chat.Msg.verbatim("fine")), t0, t0);

        assertThat(OutboxHeads.of(outbox, t0, 10)).hasSize(2).anySatisfy(e -> {
            assertThat(e.chat()).isEqualTo(new ChatId(101));
            assertThat(e.unreadable()).contains("reading a stored reply");
        }).anySatisfy(e -> assertThat(e.reply()).isNotNull());
    }
}
