package studiobot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MessagesCheckCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine cli = App.commandLine();
        cli.setOut(new PrintWriter(out, true));
        return cli.execute(args);
    }

    private void write(String file, String... lines) throws IOException {
        Files.writeString(dir.resolve(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void messagesCheck_brokenFolder_printsEachProblemAndExitsWithOne() throws IOException {
        write("en.properties", "menu.help=❓ Help", "greeting=Hello, <b>{name}</b>!");
        write("ru.properties", "menu.help=❓ Помощь", "greeting=Здравствуйте, <b>{name}!");

        int code = run("--data", dir.resolve("data").toString(), "--messages", dir.toString(), "messages", "check");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString().lines()).containsExactly(
                dir.resolve("ru.properties") + ":2: greeting: <b> is never closed",
                "messages check: 2 files, 1 problem");
    }

    @Test
    void messagesCheck_cleanFolderGivenAsArgument_printsTheSummaryAndExitsWithZero() throws IOException {
        write("en.properties", "menu.help=❓ Help");
        write("ru.properties", "menu.help=❓ Помощь");

        int code = run("--data", dir.resolve("data").toString(), "--messages", dir.resolve("elsewhere").toString(),
                "messages", "check", dir.toString());

        assertThat(code).isEqualTo(0);
        assertThat(out.toString().lines()).containsExactly("messages check: 2 files, 0 problems");
    }

    @Test
    void messagesCheck_anFaqAnswerPricingAPackageTheStudioDoesNotHave_namesTheStudiosPackages() throws IOException {
        write("en.properties", "faq.price.answer=A portrait is {price_portrait}, an elopement {price_elopement}.");
        Path config = Files.createDirectories(dir.resolve("config")).resolve("studio.yaml");
        try (java.io.InputStream demo = App.class.getResourceAsStream("/studiobot/config/demo-studio.yaml")) {
            Files.copy(demo, config); // portrait, family and wedding
        }
        assertThat(run("--data", dir.resolve("data").toString(), "messages", "check", dir.toString()))
                .as("without a config the check cannot know the packages").isZero();
        out.getBuffer().setLength(0);

        int code = run("--data", dir.resolve("data").toString(), "--config", config.toString(), "messages", "check", dir.toString());

        assertThat(code).isEqualTo(1);
        assertThat(out.toString().lines()).containsExactly(
                dir.resolve("en.properties") + ":1: faq.price.answer: {price_elopement} is the price of a package the studio does not have"
                        + " (elopement); its packages: family, portrait, wedding",
                "messages check: 1 file, 1 problem");
    }
}
