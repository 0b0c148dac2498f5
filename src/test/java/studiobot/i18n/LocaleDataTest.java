package studiobot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
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

    /** A build given th in icu.languages but not thai in icu.dictionaries: its FAQ could not split Thai into words. */
    @Test
    void aLanguageWrittenWithoutSpacesNeedsItsScriptsDictionaryToo() {
        Set<String> files = Set.of("th.res", "zh.res", "brkitr/cjdict.dict", "el.res");
        assertThat(LocaleData.inBuild("th", files::contains)).isFalse();
        assertThat(LocaleData.missing("th", files::contains)).isEqualTo("this build has no ICU word-break dictionary for 'th':"
                + " the FAQ could not tell its words apart; add thai to icu.dictionaries in pom.xml and rebuild the jar");
        assertThat(LocaleData.inBuild("zh_Hant", files::contains)).isTrue();
        assertThat(LocaleData.inBuild("el", files::contains)).as("a language written with spaces needs no dictionary").isTrue();
        assertThat(LocaleData.missing("pt", files::contains)).startsWith("this build has no ICU locale data for 'pt'");
        assertThat(LocaleData.missing("pt", file -> true)).as("a language without a dictionary of its own, when the check"
                + " was told it lacks data").startsWith("this build has no ICU locale data for 'pt'");
    }

    @Test
    void theLanguageOfABundleNameOrATag() {
        assertThat(LocaleData.language("pt_BR")).isEqualTo("pt");
        assertThat(LocaleData.language("zh-Hant")).isEqualTo("zh");
        assertThat(LocaleData.language("el")).isEqualTo("el");
    }
}
