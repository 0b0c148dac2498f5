package studiobot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class BundlesTest {
    @Test
    void withoutLeavesOutTheLanguagesNamedButNeverTheBase() {
        Bundles some = Bundles.shipped().without(Set.of("el", "ar", Bundles.BASE));

        assertThat(some.languageTags()).containsExactlyInAnyOrder("en", "ms", "zh", "ru", "es", "de");
        assertThat(some.bundle("el")).isEmpty();
    }
}
