package studiobot.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import studiobot.config.ConfigLoader;
import studiobot.config.StudioConfig;

/** The demo studio's config, changed as a test needs it: a rule, or a second photographer. */
public final class TestConfigs {
    private TestConfigs() {}

    /** The demo studio's YAML, as shipped. */
    public static String demoYaml() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(ConfigLoader.DEMO_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo studio with its YAML edited, e.g. {@code yaml -> yaml.replace("changeCutoff: PT48H", "changeCutoff: PT72H")}. */
    public static StudioConfig demo(UnaryOperator<String> edit) {
        return new ConfigLoader().parse(edit.apply(demoYaml()));
    }

    /** The demo studio with a second photographer in Athens, who shoots none of its packages. */
    public static StudioConfig withSecondPhotographer(String id, String name, long telegramId, String locale, String workingHours) {
        return demo(yaml -> yaml.replace("packages:", """
                  - id: %s
                    name: %s
                    telegramId: %d
                    timeZone: Europe/Athens
                    locale: %s
                    workingHours: %s
                packages:""".formatted(id, name, telegramId, locale, workingHours)));
    }
}
