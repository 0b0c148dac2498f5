package studiobot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import studiobot.chat.Msg;

class MessagesTest {
    private static Bundles shipped;

    @BeforeAll
    static void loadShippedBundles() {
        shipped = Bundles.load(Path.of("messages"));
    }

    private static Msg greeting(String name) {
        return Msg.of("greeting.client", "name", name, "studio", "Lumen Photo Studio");
    }

    @Test
    void load_messagesFolder_hasTheFourShippedLanguages() {
        assertThat(shipped.languageTags()).containsExactly("el", "en", "ms", "zh");
    }

    @Test
    void render_greetingInGreek_containsNameAndGreekText() {
        String text = new Messages(shipped).render("el", greeting("Maria"));

        assertThat(text).startsWith("Γεια σας, Maria! Καλώς ήρθατε στο <b>Lumen Photo Studio</b>.");
    }

    @Test
    void render_greetingInEnglish_doubledApostrophesBecomeOne() {
        String text = new Messages(shipped).render("en", greeting("Maria"));

        assertThat(text).startsWith("Hello, Maria! Welcome to <b>Lumen Photo Studio</b>. I'm the studio's front desk");
    }

    @Test
    void render_nameWithMarkup_isHtmlEscapedButPatternMarkupKept() {
        String text = new Messages(shipped).render("en", greeting("<b>Bob & Co</b>"));

        assertThat(text).startsWith("Hello, &lt;b&gt;Bob &amp; Co&lt;/b&gt;! Welcome to <b>Lumen Photo Studio</b>.");
    }

    @Test
    void render_nameWithQuote_isEscaped() {
        String text = new Messages(shipped).render("en", greeting("\"Bo\""));

        assertThat(text).startsWith("Hello, &quot;Bo&quot;!");
    }

    @Test
    void render_keyMissingInLanguage_fallsBackToEnglish() {
        Bundles bundles = new Bundles(Map.of(
                "en", new Bundle("en", Map.of("only.en", "Hello, {name}!")),
                "el", new Bundle("el", Map.of())));

        assertThat(new Messages(bundles).render("el", Msg.of("only.en", "name", "Bob"))).isEqualTo("Hello, Bob!");
    }

    @Test
    void render_unknownLanguage_usesEnglish() {
        assertThat(new Messages(shipped).render("fr", Msg.of("menu.help"))).isEqualTo("❓ Help");
    }

    @Test
    void render_keyMissingEverywhere_rendersMarkedKey() {
        assertThat(new Messages(shipped).render("el", Msg.of("no.such.key"))).isEqualTo("⟦no.such.key⟧");
    }

    @Test
    void render_verbatim_escapedNotLookedUp() {
        assertThat(new Messages(shipped).render("el", Msg.verbatim("a<b"))).isEqualTo("a&lt;b");
    }

    @Test
    void render_icuPlural_oneAndOtherInEnglish() {
        Bundles bundles = new Bundles(Map.of("en", new Bundle("en",
                Map.of("photos", "{count, plural, one {# photo} other {# photos}}"))));
        Messages messages = new Messages(bundles);

        assertThat(messages.render("en", Msg.of("photos", "count", 1))).isEqualTo("1 photo");
        assertThat(messages.render("en", Msg.of("photos", "count", 25))).isEqualTo("25 photos");
    }

    @Test
    void replace_newBundles_rendersNewPatternForSameKey() {
        Messages messages = new Messages(new Bundles(Map.of("en", new Bundle("en", Map.of("k", "old {name}")))));
        assertThat(messages.render("en", Msg.of("k", "name", "x"))).isEqualTo("old x");

        messages.replace(new Bundles(Map.of("en", new Bundle("en", Map.of("k", "new {name}")))));

        assertThat(messages.render("en", Msg.of("k", "name", "x"))).isEqualTo("new x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"el", "ms", "zh"})
    void missingKeys_shippedLanguage_none(String tag) {
        assertThat(shipped.missingKeys(tag)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "el", "ms", "zh"})
    void render_everyEnglishKey_rendersWithoutPlaceholdersLeft(String tag) {
        Messages messages = new Messages(shipped);
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("name", "Maria");
        args.put("studio", "Lumen Photo Studio");
        args.put("command", "/foo");

        assertThat(shipped.base().patterns().keySet()).hasSizeGreaterThan(10).allSatisfy(key -> {
            String text = messages.render(tag, new Msg(key, args));
            assertThat(text).as("%s in %s", key, tag)
                    .isNotBlank()
                    .doesNotContain("⟦", "{", "}");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"el", "ms", "zh"})
    void render_languageName_isTheLanguagesOwnNotEnglish(String tag) {
        String text = new Messages(shipped).render(tag, Msg.of("language.name"));

        assertThat(text).isNotEqualTo("English").isEqualTo(shipped.bundle(tag).orElseThrow().pattern("language.name").orElseThrow());
    }
}
