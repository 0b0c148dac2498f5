package studiobot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studiobot.chat.ChatId;
import studiobot.chat.Outbound;
import studiobot.delivery.Outbox;
import studiobot.testing.OutboxHeads;

/**
 * A database of the version before the conversation record (schema 6), with a question forwarded
 * to Anna and sent, and another still waiting in the outbox, opened by this version: both stay
 * answerable by a Telegram reply, and the waiting one still goes out as it was rendered.
 */
class UpgradeTest {
    private static final ChatId ANNA = new ChatId(2001);
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    @TempDir
    Path dir;

    private void schemaSixWithTwoForwardedQuestions() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve(Database.FILE_NAME).toAbsolutePath();
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("6").load().migrate();
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement ps = c.prepareStatement("""
                     INSERT INTO outbox (chat_id, payload, created_at, not_before, retry_at, status, message_id, ref)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert(ps, "sent", 501L, "client:7001");
            insert(ps, "pending", null, "client:7002");
            insert(ps, "sent", 503L, null);
        }
    }

    private static void insert(PreparedStatement ps, String status, Long messageId, String ref) throws Exception {
        Outbound rendered = new Outbound(ANNA, "❓ a question from " + ref, List.of(), null);
        ps.setLong(1, ANNA.value());
        ps.setString(2, Json.write(rendered));
        ps.setString(3, Database.text(T0));
        ps.setString(4, Database.text(T0));
        ps.setString(5, Database.text(T0));
        ps.setString(6, status);
        ps.setObject(7, messageId);
        ps.setString(8, ref);
        ps.executeUpdate();
    }

    @Test
    void forwardedQuestionsSentAndStillWaitingStayAnswerableAfterTheUpgrade() throws Exception {
        schemaSixWithTwoForwardedQuestions();

        try (Database db = Database.open(dir)) {
            SqliteConversations conversations = new SqliteConversations(db);
            SqliteOutbox outbox = new SqliteOutbox(db);

            assertThat(conversations.clientOf(ANNA, 501)).contains(7001L);
            assertThat(conversations.clientOf(ANNA, 503)).isEmpty();

            Outbox.Entry waiting = OutboxHeads.of(outbox, T0, 10).get(0);
            assertThat(waiting.rendered().html()).isEqualTo("❓ a question from client:7002");
            outbox.delivered(waiting.id(), 777, T0);
            conversations.delivered(waiting.id(), 777, T0);

            assertThat(conversations.clientOf(ANNA, 777)).contains(7002L);
        }
    }

    @Test
    void everyoneMetBeforeQuietClientChecksGetsOne_spreadOverTheNextWeek_andOnlyOnce() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve(Database.FILE_NAME).toAbsolutePath();
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("12").load().migrate();
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement ps = c.prepareStatement("INSERT INTO person (user_id, name, first_seen, last_seen) VALUES (?, 'Client', ?, ?)")) {
            for (long id : new long[] {7001, 7002, 8441}) {
                ps.setLong(1, id);
                ps.setString(2, Database.text(T0));
                ps.setString(3, Database.text(T0));
                ps.executeUpdate();
            }
        }
        Instant before = Instant.now().minusSeconds(5);

        try (Database db = Database.open(dir)) {
            SqliteJobs jobs = new SqliteJobs(db);
            assertThat(jobs.pending("nudge:7001")).get().satisfies(j -> {
                assertThat(j.kind()).isEqualTo("nudge-check");
                assertThat(j.payload()).isEqualTo("7001");
                // 7001 % 10080 = 7001 minutes from the upgrade
                assertThat(j.dueAt()).isBetween(before.plus(java.time.Duration.ofMinutes(7001)), Instant.now().plus(java.time.Duration.ofMinutes(7001)));
            });
            assertThat(jobs.pending("nudge:8441")).isPresent();
            assertThat(jobs.pending("nudge:7002")).isPresent();
        }
        try (Database db = Database.open(dir)) {
            assertThat(new SqliteJobs(db).due(Instant.now().plus(java.time.Duration.ofDays(8)), 100)).as("planned once, one each").hasSize(3);
        }
    }
}
