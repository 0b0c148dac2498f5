package studiobot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import studiobot.config.ConfigLoader;
import studiobot.people.Person;
import studiobot.people.Staff;

class LocaleResolverTest {
    private static final Set<String> SHIPPED = Set.of("en", "el", "ms", "zh");
    private static final ZoneId ATHENS = ZoneId.of("Europe/Athens");
    private static final long ANNA = 2001L; // demo photographer, config locale el
    private static final long CLIENT = 7001L;

    private final Staff staff = new Staff(new ConfigLoader().loadDemo());
    private final LocaleResolver resolver = new LocaleResolver(() -> SHIPPED, staff, "ms");

    @Test
    void match_scriptSubtag_narrowsToLanguage() {
        assertThat(resolver.match("zh-hant")).contains("zh");
    }

    @Test
    void match_underscoreAndRegion_narrowsToLanguage() {
        assertThat(resolver.match("zh_TW")).contains("zh");
    }

    @Test
    void match_mixedCaseThreeParts_narrowsToLanguage() {
        assertThat(resolver.match("ZH-Hant-TW")).contains("zh");
    }

    @Test
    void match_languageNotAvailable_empty() {
        assertThat(resolver.match("pt-BR")).isEmpty();
    }

    @Test
    void match_moreSpecificTagAvailable_returnsItInItsOwnSpelling() {
        LocaleResolver withRegion = new LocaleResolver(() -> Set.of("en", "pt", "pt-BR"), staff, "en");

        assertThat(withRegion.match("pt_br")).contains("pt-BR");
        assertThat(withRegion.match("pt-PT")).contains("pt");
    }

    @Test
    void match_nullOrBlank_empty() {
        assertThat(resolver.match(null)).isEmpty();
        assertThat(resolver.match("  ")).isEmpty();
    }

    @Test
    void fromTelegram_null_studioDefault() {
        assertThat(resolver.fromTelegram(null)).isEqualTo("ms");
    }

    @Test
    void fromTelegram_unavailableLanguage_studioDefault() {
        assertThat(resolver.fromTelegram("fr")).isEqualTo("ms");
    }

    @Test
    void fromTelegram_availableRegionalTag_matchingBundle() {
        assertThat(resolver.fromTelegram("el-GR")).isEqualTo("el");
    }

    @Test
    void fromTelegram_studioDefaultAlsoUnavailable_english() {
        LocaleResolver germanStudio = new LocaleResolver(() -> SHIPPED, staff, "de");

        assertThat(germanStudio.fromTelegram("fr")).isEqualTo("en");
    }

    @Test
    void fromTelegram_availableChangesBetweenCalls_usesCurrentSet() {
        AtomicReference<Set<String>> current = new AtomicReference<>(Set.of("en"));
        LocaleResolver live = new LocaleResolver(current::get, staff, "en");
        assertThat(live.fromTelegram("zh-hans")).isEqualTo("en");

        current.set(SHIPPED);

        assertThat(live.fromTelegram("zh-hans")).isEqualTo("zh");
    }

    @Test
    void languageOf_chosenLocale_winsOverConfigAndTelegram() {
        Person anna = new Person(ANNA, "Anna", "ms", "zh", ATHENS);

        assertThat(resolver.languageOf(anna)).isEqualTo("zh");
    }

    @Test
    void languageOf_photographerWithoutChoice_usesConfigLocale() {
        Person anna = new Person(ANNA, "Anna", "ms", null, ATHENS);

        assertThat(resolver.languageOf(anna)).isEqualTo("el");
    }

    @Test
    void languageOf_chosenLocaleNoLongerAvailable_fallsBackToConfigLocale() {
        Person anna = new Person(ANNA, "Anna", "ms", "de", ATHENS);

        assertThat(resolver.languageOf(anna)).isEqualTo("el");
    }

    @Test
    void languageOf_clientWithoutChoice_usesTelegramLanguage() {
        Person client = new Person(CLIENT, "Maria", "zh-hant", null, null);

        assertThat(resolver.languageOf(client)).isEqualTo("zh");
    }

    @Test
    void languageOf_clientWithUnavailableTelegramLanguage_studioDefault() {
        Person client = new Person(CLIENT, "Marie", "fr", null, null);

        assertThat(resolver.languageOf(client)).isEqualTo("ms");
    }
}
