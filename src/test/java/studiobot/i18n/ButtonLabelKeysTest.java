package studiobot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The check keeps button labels to Telegram's length and one line, so it must know every key the
 * code puts on a button: read from the sources, each {@code button(Msg.of("key"…} and each label
 * made from a key prefix ({@code "feedback.remedy." + id}).
 */
class ButtonLabelKeysTest {
    private static final Pattern LABEL = Pattern.compile("button\\(Msg\\.of\\(\"([a-zA-Z0-9_.]+)\"( \\+)?");

    @Test
    void everyKeyTheCodePutsOnAButtonIsCheckedAsALabel() throws IOException {
        List<String> found = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LABEL.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(2) == null ? m.group(1) : m.group(1) + "sample";
                    found.add(key);
                    if (!key.equals("faq.sample") && !BundleCheck.isButtonLabel(key)) {
                        unchecked.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }

        assertThat(found).as("the sources were read").hasSizeGreaterThan(40);
        assertThat(unchecked).as("label keys BundleCheck does not check as buttons").isEmpty();
    }
}
