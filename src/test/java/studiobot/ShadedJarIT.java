package studiobot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a user runs it: java -jar target/studio-bot.jar. */
class ShadedJarIT {
    private static final Path JAR = Path.of("target", "studio-bot.jar");
    /** The start of Greek's error.generic: what Eleni would read if a step failed. */
    private static final String GREEK_APOLOGY = "κάτι πήγε στραβά";

    @TempDir
    Path dir;

    @Test
    void theManifestKeepsMultiReleaseAndNamesTheMainClass() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Multi-Release")).isEqualTo("true");
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("studiobot.App");
            assertThat(jar.getEntry("META-INF/services/org.apache.logging.log4j.spi.Provider")).isNotNull();
            assertThat(jar.getEntry("messages/en.properties")).isNotNull();
        }
    }

    /** Also the one console pipe test on a real process: without a token the default command is the sandbox, on stdin and stdout. */
    @Test
    void theJarRunsTheSandboxWithSqliteAndLog4jWorkingFromInsideIt() throws Exception {
        Path data = dir.resolve("data");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString(),
                "--data", data.toString(), "--messages", dir.resolve("no-such-folder").toString()))
                .directory(dir.toFile())
                .redirectError(err.toFile())
                .redirectOutput(out.toFile());
        List.of("TELEGRAM_BOT_TOKEN", "TELEGRAM_API_URL", "STUDIO_BOT_CONFIG", "STUDIO_BOT_DATA", "STUDIO_BOT_MESSAGES")
                .forEach(builder.environment()::remove);
        Process p = builder.start();
        // Thai, Chinese and Arabic words go through ICU's word breaking (its dictionaries) and the FAQ matcher
        p.getOutputStream().write("/start\n:client Eleni el\n/start\n婚礼多少钱\nكم سعر تصوير الزفاف\nสวัสดีครับ ราคาเท่าไหร่\n"
                .getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();

        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String transcript = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(transcript + Files.readString(err, StandardCharsets.UTF_8)).isZero();
        assertThat(transcript).startsWith("studio-bot console sandbox: Lumen Photo Studio.").contains("Hello, Alex!");
        assertThat(transcript).as("the bundles shipped inside the jar").contains("Γεια σας, Eleni!");
        assertThat(transcript).as("every script read with the ICU data in the jar").doesNotContain("Exception").doesNotContain(GREEK_APOLOGY)
                .contains("婚礼全天跟拍：8小时，400 张精修照片，€1,800.00").contains("  สวัสดีครับ ราคาเท่าไหร่");
        assertThat(data.resolve("studio-bot.db")).as("SQLite's native library loaded from the jar").isNotEmptyFile();
        assertThat(Files.readString(data.resolve("logs").resolve("studio-bot.log"), StandardCharsets.UTF_8))
                .as("Log4j's rolling file appender, a plugin, found in the jar")
                .contains("INFO  [main] App - console sandbox on Lumen Photo Studio");
    }

    /**
     * The log file is the data directory's from the first line, however the start's threads race:
     * SQLite's loader (on its own thread) logs too, and once started Log4j before the data
     * directory was known, losing the first lines. Four starts at once, run from another folder,
     * make that race likely if it is there again.
     */
    @Test
    void everyStartLogsIntoItsOwnDataDirectoryFromTheFirstLine() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        List<Process> starts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            starts.add(new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString(),
                    "--data", dir.resolve("data" + i).toString(), "console"))
                    .directory(elsewhere.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Files.createFile(dir.resolve("empty" + i)).toFile()))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("out" + i + ".txt").toFile()).start());
        }
        for (int i = 0; i < starts.size(); i++) {
            assertThat(starts.get(i).waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(starts.get(i).exitValue()).as(Files.readString(dir.resolve("out" + i + ".txt"))).isZero();
            assertThat(Files.readString(dir.resolve("data" + i).resolve("logs").resolve("studio-bot.log"), StandardCharsets.UTF_8))
                    .as("start %d's log", i).contains("INFO  [main] App - console sandbox on Lumen Photo Studio");
        }
        assertThat(elsewhere.resolve("data")).as("no log in the working directory's default data folder").doesNotExist();
    }

    /** The jar keeps ICU's locale data for the shipped languages only (icu.languages): a bundle in another is refused, saying how to add it. */
    @Test
    void theJarRefusesABundleInALanguageItHasNoLocaleDataFor() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("messages"));
        Files.copy(Path.of("messages", "en.properties"), folder.resolve("en.properties"));
        Files.copy(Path.of("messages", "en.properties"), folder.resolve("pt.properties"));
        Files.writeString(folder.resolve("en.properties"), "\nfaq.elopement.answer=An elopement is {price_elopement}.\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Path out = dir.resolve("check.txt");
        Process p = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString(),
                "--data", dir.resolve("data").toString(), "messages", "check", folder.toString()))
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();

        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(out, StandardCharsets.UTF_8))
                .contains(folder.resolve("pt.properties") + ": this build has no ICU locale data for 'pt'")
                .doesNotContain(folder.resolve("en.properties").toString());
        assertThat(p.exitValue()).isEqualTo(1);

        // and a start leaves it out: a Portuguese client is spoken to in English, the default
        Process start = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString(),
                "--data", dir.resolve("data").toString(), "--messages", folder.toString(), "console"))
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        start.getOutputStream().write(":client Joana pt\n/start\n".getBytes(StandardCharsets.UTF_8));
        start.getOutputStream().close();
        assertThat(start.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("Hello, Joana!");
        assertThat(Files.readString(dir.resolve("data").resolve("logs").resolve("studio-bot.log"), StandardCharsets.UTF_8))
                .contains("message file pt.properties is not put in service: this build has no ICU locale data for 'pt'")
                .contains("message file en.properties: faq.elopement.answer: {price_elopement} is the price of a package the studio"
                        + " does not have (elopement)");

        // a studio whose own language is one of those cannot start: it would be spoken to in English
        Path config = dir.resolve("studio.yaml");
        try (java.io.InputStream demo = App.class.getResourceAsStream("/studiobot/config/demo-studio.yaml")) {
            Files.writeString(config, new String(demo.readAllBytes(), StandardCharsets.UTF_8).replace("defaultLocale: en", "defaultLocale: pt"));
        }
        Process refused = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString(),
                "--data", dir.resolve("data").toString(), "--messages", folder.toString(), "--config", config.toString(), "console"))
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        refused.getOutputStream().close();
        assertThat(refused.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(out, StandardCharsets.UTF_8))
                .contains("studio-bot: configuration problem: studio.defaultLocale: 'pt': this build has no ICU locale data for 'pt'");
        assertThat(refused.exitValue()).isEqualTo(2);
    }

    @Test
    void theJarChecksTheShippedMessageFilesClean() throws Exception {
        Path out = dir.resolve("check.txt");
        Process p = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString(),
                "--data", dir.resolve("data").toString(), "messages", "check", Path.of("messages").toAbsolutePath().toString()))
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();

        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("messages check: 8 files, 0 problems\n");
        assertThat(p.exitValue()).isZero();
    }
}
