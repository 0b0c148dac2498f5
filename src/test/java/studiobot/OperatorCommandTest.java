package studiobot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import studiobot.store.Database;

/** The operator's commands: each error is one line on stderr and an exit code the README lists. */
class OperatorCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = App.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void backup_dataDirectoryWithNoDatabase_refusesInOneLineAndCreatesNothing() {
        Path typo = dir.resolve("dta");

        int code = run("--data", typo.toString(), "backup", "--to", dir.resolve("copy.db").toString());

        assertThat(code).isEqualTo(3);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("studio-bot: no database in " + typo.toAbsolutePath()).contains("--data");
        assertThat(typo.resolve(Database.FILE_NAME)).doesNotExist();
        assertThat(dir.resolve("copy.db")).doesNotExist();
    }

    @Test
    void backup_targetThatExists_refusesInOneLineAndLeavesItAsItWas() throws IOException {
        Database.open(dir.resolve("data")).close();
        Path target = Files.writeString(dir.resolve("copy.db"), "keep me");

        int code = run("--data", dir.resolve("data").toString(), "backup", "--to", target.toString());

        assertThat(code).isEqualTo(3);
        assertThat(err.toString().lines()).containsExactly("studio-bot: backup: " + target + " exists already; name a new file with --to");
        assertThat(Files.readString(target)).isEqualTo("keep me");
    }

    @Test
    void backup_ofADatabase_writesTheCopyAndSaysWhere() {
        Database.open(dir.resolve("data")).close();
        Path target = dir.resolve("copies").resolve("copy.db");

        int code = run("--data", dir.resolve("data").toString(), "backup", "--to", target.toString());

        assertThat(code).isZero();
        assertThat(target).isNotEmptyFile();
        assertThat(out.toString().lines()).containsExactly("backup written to " + target);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void unknownOption_isOneLineThatPointsToHelp_andExitsWith64() {
        int code = run("--data", dir.toString(), "backup", "--too", "x.db");

        assertThat(code).isEqualTo(64);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("studio-bot: Unknown option").endsWith("see 'studio-bot backup --help'");
    }

    @Test
    void unknownCommand_isOneLine_andExitsWith64() {
        int code = run("--data", dir.toString(), "bakup");

        assertThat(code).isEqualTo(64);
        assertThat(err.toString().lines()).hasSize(1);
    }

    @Test
    void exportAndForget_ofAClient_giveTheDataThenAskForYesThenErase() throws IOException {
        Path dataDir = dir.resolve("data");
        try (Database db = Database.open(dataDir)) {
            new studiobot.store.SqlitePeople(db).seen(4242, "Quentin Marlowe", "de", java.time.Instant.parse("2026-11-20T10:00:00Z"));
        }

        assertThat(run("--data", dataDir.toString(), "export", "--client", "4242")).isZero();
        assertThat(out.toString()).contains("\"name\" : \"Quentin Marlowe\"", "\"telegramLanguage\" : \"de\"");
        out.getBuffer().setLength(0);

        assertThat(run("--data", dataDir.toString(), "forget", "--client", "4242")).isZero();
        assertThat(out.toString().lines()).last().isEqualTo("nothing erased; run again with --yes to erase");
        out.getBuffer().setLength(0);
        assertThat(run("--data", dataDir.toString(), "forget", "--client", "4242", "--yes")).isZero();
        assertThat(out.toString()).startsWith("client 4242 erased (0 bookings");

        assertThat(run("--data", dataDir.toString(), "export", "--client", "4242")).isEqualTo(3);
        assertThat(err.toString().lines()).containsExactly("studio-bot: export: the studio keeps nothing about client 4242");
        assertThat(Files.readString(dataDir.resolve(Database.FILE_NAME), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Marlowe");
    }

    @Test
    void forget_staffMember_isRefused() {
        Path dataDir = dir.resolve("data");
        try (Database db = Database.open(dataDir)) {
            new studiobot.store.SqlitePeople(db).seen(2001, "Anna", "el", java.time.Instant.parse("2026-11-20T10:00:00Z"));
        }

        assertThat(run("--data", dataDir.toString(), "forget", "--client", "2001", "--yes")).isEqualTo(3);
        assertThat(err.toString().lines()).containsExactly("studio-bot: forget: 2001 is not a client (staff are in the config)");
    }

    @Test
    void badConfiguration_isOneLine_andExitsWith2() throws IOException {
        Path config = Files.writeString(dir.resolve("studio.yaml"), "studio: [unclosed");
        Database.open(dir.resolve("data")).close();

        int code = run("--config", config.toString(), "--data", dir.resolve("data").toString(), "backup", "--to", dir.resolve("c.db").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString().startsWith("studio-bot: configuration problem: ");
    }
}
