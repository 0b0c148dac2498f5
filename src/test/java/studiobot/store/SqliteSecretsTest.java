package studiobot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteSecretsTest {
    @TempDir
    Path dir;

    @Test
    void callbackKeyIsMadeOnceAndKeptAcrossRestarts() {
        byte[] first;
        try (Database db = Database.open(dir)) {
            first = new SqliteSecrets(db).callbackKey();
            assertThat(first).hasSize(32);
            assertThat(new SqliteSecrets(db).callbackKey()).isEqualTo(first);
        }

        try (Database db = Database.open(dir)) {
            assertThat(new SqliteSecrets(db).callbackKey()).isEqualTo(first);
        }
    }

    @Test
    void everyDatabaseMakesItsOwnRandomKey(@TempDir Path other) {
        try (Database one = Database.open(dir); Database two = Database.open(other)) {
            byte[] a = new SqliteSecrets(one).callbackKey();
            byte[] b = new SqliteSecrets(two).callbackKey();

            assertThat(a).isNotEqualTo(b);
            assertThat(a).isNotEqualTo(new byte[32]);
        }
    }
}
