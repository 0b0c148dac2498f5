package studiobot.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A value rewritten in its file: only its own lines change, continued or not; a key a file lacks goes where English has it. */
class BundleFilesTest {
    @TempDir
    Path dir;

    private BundleFiles files;

    @BeforeEach
    void write() throws IOException {
        Files.writeString(dir.resolve("en.properties"), "# the greeting\ngreeting=Hello\nfarewell=Bye\nthanks=Thanks\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("de.properties"), "# Begrüßung\ngreeting=Hallo \\\n  und willkommen\n\nthanks=Danke\n", StandardCharsets.UTF_8);
        files = new BundleFiles(dir, new Messages(Bundles.load(dir)), null, java.util.Set.of("wedding"));
    }

    @Test
    void aContinuedValueBecomesOneLine_andEveryOtherLineStaysAsItWas() throws IOException {
        assertThat(files.value("de", "greeting")).contains("Hallo und willkommen");

        files.save("de", "greeting", "Hallo und willkommen", "Guten Tag\nund willkommen");

        assertThat(Files.readString(dir.resolve("de.properties")))
                .isEqualTo("# Begrüßung\ngreeting=Guten Tag\\nund willkommen\n\nthanks=Danke\n");
        assertThat(files.value("de", "greeting")).contains("Guten Tag\nund willkommen");
    }

    @Test
    void aKeyTheFileLacksGoesAfterTheKeyBeforeItInEnglish_andRemovingItRestoresTheFile() throws IOException {
        byte[] before = Files.readAllBytes(dir.resolve("de.properties"));

        files.save("de", "farewell", null, " Tschüss");

        assertThat(Files.readString(dir.resolve("de.properties")))
                .isEqualTo("# Begrüßung\ngreeting=Hallo \\\n  und willkommen\nfarewell=\\ Tschüss\n\nthanks=Danke\n");
        files.save("de", "farewell", " Tschüss", null);
        assertThat(Files.readAllBytes(dir.resolve("de.properties"))).isEqualTo(before);
    }

    @Test
    void aSaveOverAValueThatChangedOnDiskWritesNothing() throws IOException {
        Files.writeString(dir.resolve("de.properties"), "thanks=Vielen Dank\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> files.save("de", "thanks", "Danke", "Merci"))
                .isInstanceOfSatisfying(BundleFiles.Conflict.class, c -> assertThat(c.current()).isEqualTo("Vielen Dank"));
        assertThat(Files.readString(dir.resolve("de.properties"))).isEqualTo("thanks=Vielen Dank\n");
    }

    @Test
    void aProblemTheEditedTextHadAlreadyIsStillReported() throws IOException {
        Files.writeString(dir.resolve("en.properties"), "greeting=Hello {name}\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("de.properties"), "greeting=Hallo\n", StandardCharsets.UTF_8);

        assertThat(files.problemsWith("de", "greeting", "Servus")).singleElement().asString().startsWith("greeting: ");
        assertThat(files.problemsWith("de", "greeting", "Servus {name}")).isEmpty();
    }

    @Test
    void anEnglishEditKeepsTheKindOfEachArgumentTheCodeGives() {
        assertThat(files.problemsWith("en", "greeting", "Hello {count, number}"))
                .contains("greeting: {count} is not an argument the bot gives this text (it gives none)");
    }
}
