package studiobot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** On the test classpath ICU is whole; the jar's trimmed data is checked by ShadedJarIT. */
class LocaleDataTest {
    @Test
    void everyShippedLanguageAndItsRegionalFormsHaveData() {
        for (String tag : Bundles.SHIPPED) {
            assertThat(LocaleData.inBuild(tag)).as(tag).isTrue();
        }
        assertThat(LocaleData.inBuild("pt_BR")).isTrue();
        assertThat(LocaleData.inBuild("zh_Hant")).isTrue();
    }

    @Test
    void aMadeUpLanguageHasNone() {
        assertThat(LocaleData.inBuild("qq")).isFalse();
        assertThat(LocaleData.inBuild("")).isFalse();
    }

    @Test
    void theLanguageOfABundleNameOrATag() {
        assertThat(LocaleData.language("pt_BR")).isEqualTo("pt");
        assertThat(LocaleData.language("zh-Hant")).isEqualTo("zh");
        assertThat(LocaleData.language("el")).isEqualTo("el");
    }
}
