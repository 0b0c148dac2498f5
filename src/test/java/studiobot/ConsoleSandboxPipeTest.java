package studiobot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The real program's command line in this JVM, fed a script on its input the way a newcomer's
 * pipe would: picocli, the configuration, the database and the sandbox are the real ones, only
 * the streams are the test's. {@link ShadedJarIT} drives the packaged jar through a real pipe
 * once, for what only a process has: stdin and stdout, and the default command without a token.
 */
class ConsoleSandboxPipeTest {
    private static final String SCRIPT = String.join("\n",
            "/start",
            "5",
            "3",
            ":client 李华 zh",
            "/start",
            "1",
            "Καλημέρα",
            "/timezone",
            "吉隆坡",
            "我可以带我的狗来吗？",
            ":photographer",
            "1",
            "当然可以！",
            ":client 李华 zh",
            "谢谢！",
            ":advance PT36H",
            ":time",
            "9",
            "");

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    /**
     * Runs the command line to the end of {@code stdin}, as from a pipe: no terminal, so the
     * sandbox echoes each input. The sandbox and picocli's help share one stdout, as in a process.
     */
    private Run run(Path data, String stdin, String... args) {
        return run(false, data, stdin, args);
    }

    /** As {@link #run(Path, String, String...)}; {@code terminal}: as if a person typed there (prompts, no echo). */
    private Run run(boolean terminal, Path data, String stdin, String... args) {
        List<String> command = new ArrayList<>(List.of("--data", data.toString(), "--messages", "messages"));
        command.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        CommandLine cli = App.commandLine(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), terminal);
        cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(command.toArray(String[]::new));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    @Test
    void aScriptedSessionPlaysTheWholeStoryAndExitsZero() throws Exception {
        Run run = run(dir.resolve("data"), SCRIPT, "console", "--start-at", "2026-12-01T08:00:00Z");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Alex> /start")
                .contains("  Hello, Alex! Welcome to Lumen Photo Studio.")
                .contains("  [1] 📦 Packages and prices   [2] 📅 Book a shoot\n  [3] 🗂 My bookings   [4] 💬 Ask a question\n  [5] 🌐 Language   [6] 🕒 Time zone\n  [7] ❓ Help")
                .contains("bot (updated) → Alex:\n  Which language would you like me to use?")
                .contains("  Έγινε – από εδώ και πέρα θα σας γράφω στα ελληνικά.")
                .contains("you are now 李华 (client, zh)")
                .contains("  ⏱ 8小时 · 📷 400 张精修照片")
                .contains("  我注意到您在使用Ελληνικά。需要我切换到Ελληνικά吗？\n  [1] 好的，切换   [2] 不用了，谢谢")
                .contains("  [1] 上海\n  [2] 新加坡")
                .contains("  好的，您的时区已设为 吉隆坡 (UTC+08:00)。当地现在的时间是 16:00。")
                .contains("bot → Anna (photographer):\n  💬 Νέα ερώτηση – 李华 (γλώσσα: 简体中文, τοπική ώρα: 4:00 μ.μ.)\n  \n  我可以带我的狗来吗？")
                .contains("bot → 李华:\n  💬 Anna：当然可以！")
                .contains("bot → Anna (photographer):\n  💬 李华: 谢谢！")
                .contains("clock moved forward PT36H; now Wed 2 Dec 2026 22:00")
                .contains("there is no button 9 in your last message")
                .endsWith("bye\n");
        assertThat(run.out()).doesNotContain("<b>").doesNotContain("&amp;");
        assertThat(run.out()).as("her thanks after the answer starts no reply promise, so no alarm").doesNotContain("⏰ 李华");
    }

    @Test
    void aBookingsCalendarFileIsSavedUnderTheDataDirectoryAndItsPathPrinted() throws Exception {
        Path data = dir.resolve("data");
        // /book, portrait, Tuesday 24 November, the first time, skip the question, confirm
        Run run = run(data, "/book\n1\n34\n1\n1\n1\n", "console", "--start-at", "2026-11-23T08:00:00Z");

        assertThat(run.exit()).as(run.err()).isZero();
        Path file = data.resolve("sent").resolve("booking-1.ics");
        assertThat(run.out()).contains("[file saved as " + file.toAbsolutePath() + "]\n  📅 Add the shoot to your calendar.")
                .contains("  📍 Ermou 12, 105 63 Athens\n")
                .contains("[map pin: Lumen Photo Studio, Ermou 12, 105 63 Athens (37.9762, 23.7302)]");
        assertThat(Files.readString(file)).startsWith("BEGIN:VCALENDAR\r\n").contains("LOCATION:Ermou 12\\, 105 63 Athens\r\n");
    }

    @Test
    void atATerminalTheFirstPromptFollowsTheGreetingAndComesOnceBeforeTheFirstAnswer() throws Exception {
        Run run = run(true, dir.resolve("data"), "/start\n", "console", "--start-at", "2026-12-01T08:00:00Z");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("studio-bot console sandbox: Lumen Photo Studio. Type :help for the sandbox commands, /start to begin.\n"
                + "you are now Alex (client, en)\n"
                + "Alex> bot → Alex:\n  Hello, Alex! Welcome to Lumen Photo Studio.");
        assertThat(run.out().split("Alex> ", -1)).as("a prompt before the answer and one after it").hasSize(3);
        assertThat(run.out()).endsWith("Alex> bye\n");
    }

    @Test
    void theGreetingNeedsOnlyTheConfigSoItIsPrintedBeforeTheDatabaseOpens() throws Exception {
        Path data = dir.resolve("data");
        // a folder where the database file should be: the open fails, after the greeting
        Files.createDirectories(data.resolve("studio-bot.db"));

        Run run = run(data, "/start\n", "console");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("studio-bot console sandbox: Lumen Photo Studio. Type :help for the sandbox commands, /start to begin.\n"
                + "you are now Alex (client, en)\n");
        assertThat(run.err()).startsWith("studio-bot: ").contains("details in");
    }

    @Test
    void theSameScriptGivesTheSameTranscript() throws Exception {
        Run first = run(dir.resolve("a"), SCRIPT, "console", "--start-at", "2026-12-01T08:00:00Z");
        Run second = run(dir.resolve("b"), SCRIPT, "console", "--start-at", "2026-12-01T08:00:00Z");

        assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    void aBadConfigStopsStartUpNamingKeyValueAndWhatIsAllowed() throws Exception {
        Path config = dir.resolve("studio.yaml");
        String demo = new String(getClass().getResourceAsStream("/studiobot/config/demo-studio.yaml").readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(config, demo.replace("quietAfter: PT48H", "quietAfter: 2 days"));

        Run run = run(dir.resolve("data"), "", "--config", config.toString(), "console");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).as("no greeting without a config").isEmpty();
        assertThat(run.err()).contains("policy.quietAfter").contains("'2 days'").contains("ISO-8601 duration");
    }

    @Test
    void helpListsTheSubcommandsAndOptions() throws Exception {
        Run run = run(dir.resolve("data"), "", "--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("run", "console", "backup", "--config", "--data", "--messages", "STUDIO_BOT_CONFIG");
    }
}
