package studiobot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaVersionTest {
    @TempDir
    Path dir;

    @Test
    void theVersionAStartTakesAsCurrent_isTheNewestMigration() throws IOException {
        // a newer migration with an old SCHEMA_VERSION would never be applied to a database that is current by the old one
        int newest;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            newest = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }

        assertThat(Database.SCHEMA_VERSION).isEqualTo(newest);
    }

    @Test
    void aCurrentDatabaseOpensAgainWithItsData_andANewOneIsMigratedToTheNewest() {
        try (Database db = Database.open(dir)) {
            db.update("INSERT INTO person (user_id, name, first_seen, last_seen) VALUES (7, 'Eleni', 'x', 'x')");
            assertThat(db.queryOne("SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history", rs -> rs.getInt(1)))
                    .contains(Database.SCHEMA_VERSION);
        }
        try (Database again = Database.open(dir)) {
            assertThat(again.queryOne("SELECT name FROM person WHERE user_id = 7", rs -> rs.getString(1))).contains("Eleni");
            // a checksum Flyway would refuse (its validation runs with every migrate): the next open must not ask it
            again.update("UPDATE flyway_schema_history SET checksum = 1 WHERE version = '1'");
        }
        try (Database current = Database.open(dir)) {
            assertThat(current.queryOne("SELECT name FROM person WHERE user_id = 7", rs -> rs.getString(1)))
                    .as("a current schema opens without Flyway").contains("Eleni");
        }
    }
}
