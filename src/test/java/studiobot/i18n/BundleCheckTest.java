package studiobot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studiobot.i18n.BundleCheck.Problem;

class BundleCheckTest {
    private static final String ENGLISH = String.join("\n",
            "# the base",
            "greeting=Hello, <b>{name}</b>!",
            "photos={count, plural, one {# photo} other {# photos}}",
            "menu.help=❓ Help",
            "command.help.description=What I can do",
            "");

    @TempDir
    Path dir;

    private void write(String file, String... lines) throws IOException {
        Files.writeString(dir.resolve(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private void writeEnglish() throws IOException {
        Files.writeString(dir.resolve("en.properties"), ENGLISH, StandardCharsets.UTF_8);
    }

    /** English with one more key, added after the base keys at line 6. */
    private void writeEnglishWith(String line) throws IOException {
        Files.writeString(dir.resolve("en.properties"), ENGLISH + line + "\n", StandardCharsets.UTF_8);
    }

    private static void assertOnlyProblem(List<Problem> problems, String file, int line, String key, String message) {
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file().getFileName()).hasToString(file);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.key()).isEqualTo(key);
            assertThat(p.message()).contains(message);
        });
    }

    @Test
    void check_cleanBundles_reportsNothing() throws IOException {
        writeEnglish();
        write("ru.properties",
                "greeting=Здравствуйте, <b>{name}</b>!",
                "photos={count, plural, =0 {нет фото} one {# фото} few {# фото} many {# фото} other {# фото}}",
                "menu.help=❓ Помощь",
                "command.help.description=Что я умею");

        assertThat(BundleCheck.check(dir)).isEmpty();
    }

    @Test
    void check_aLanguageWithoutLocaleDataInTheBuild_isRefusedWithHowToAddIt() throws IOException {
        writeEnglish();
        write("pt_BR.properties",
                "greeting=Olá, <b>{name}</b>!",
                "photos={count, plural, one {# foto} many {# fotos} other {# fotos}}",
                "menu.help=❓ Ajuda",
                "command.help.description=O que eu faço");
        java.util.Map<Path, byte[]> contents = new java.util.LinkedHashMap<>();
        for (Path file : BundleCheck.bundleFiles(dir)) {
            contents.put(file, Files.readAllBytes(file));
        }

        assertThat(BundleCheck.check(dir, contents, null, tag -> true)).isEmpty();
        assertOnlyProblem(BundleCheck.check(dir, contents, null, tag -> !tag.startsWith("pt")), "pt_BR.properties", 0, "",
                "no ICU locale data for 'pt'");
        assertThat(BundleCheck.check(dir, contents, null, tag -> !tag.startsWith("pt")).get(0).message())
                .contains("add pt to icu.languages in pom.xml");
    }

    @Test
    void check_invalidUtf8_isReportedWithItsLine() throws IOException {
        writeEnglish();
        Files.write(dir.resolve("de.properties"), "greeting=Hallo {name}\nmenu.help=Gr\u00fc\u00dfe\n".getBytes(StandardCharsets.ISO_8859_1));

        assertOnlyProblem(BundleCheck.check(dir), "de.properties", 2, "", "is not valid UTF-8 (byte 0xFC");
    }

    @Test
    void check_byteOrderMark_isReported() throws IOException {
        writeEnglish();
        write("es.properties",
                "\uFEFFgreeting=Hola, <b>{name}</b>!",
                "photos={count, plural, one {# foto} many {# fotos} other {# fotos}}",
                "menu.help=❓ Ayuda",
                "command.help.description=Lo que puedo hacer");

        assertOnlyProblem(BundleCheck.check(dir), "es.properties", 1, "", "byte order mark");
    }

    @Test
    void check_malformedUnicodeEscape_isReportedAsSyntax() throws IOException {
        writeEnglishWith("broken=caf\\u00g9");

        assertOnlyProblem(BundleCheck.check(dir), "en.properties", 6, "", "malformed escape \\u00g9");
    }

    @Test
    void check_duplicateKey_isReportedAtTheSecondOne() throws IOException {
        writeEnglishWith("menu.help=Help again");

        assertOnlyProblem(BundleCheck.check(dir), "en.properties", 6, "menu.help", "duplicate key (first at line 4)");
    }

    @Test
    void check_patternThatDoesNotCompile_reportsIcusMessage() throws IOException {
        writeEnglishWith("broken=Hello, {name");

        assertOnlyProblem(BundleCheck.check(dir), "en.properties", 6, "broken", "not a valid ICU MessageFormat pattern: ");
    }

    @Test
    void check_keyMissingInLanguage_isReportedWithEnglishLine() throws IOException {
        writeEnglish();
        write("el.properties",
                "greeting=Γεια σας, <b>{name}</b>!",
                "photos={count, plural, one {# φωτογραφία} other {# φωτογραφίες}}",
                "command.help.description=Τι μπορώ να κάνω");

        assertOnlyProblem(BundleCheck.check(dir), "el.properties", 0, "menu.help", "missing (English has it at line 4)");
    }

    @Test
    void check_keyEnglishDoesNotHave_isReportedAsUnknown() throws IOException {
        writeEnglish();
        write("zh.properties",
                "greeting=<b>{name}</b>，您好！",
                "photos={count, plural, other {# 张照片}}",
                "menu.help=❓ 帮助",
                "menu.halp=❓ 帮助",
                "command.help.description=我能做什么");

        assertOnlyProblem(BundleCheck.check(dir), "zh.properties", 4, "menu.halp", "unknown key");
    }

    @Test
    void check_noEnglishBundle_isReported() throws IOException {
        write("ms.properties", "menu.help=❓ Bantuan");

        assertOnlyProblem(BundleCheck.check(dir), "en.properties", 0, "", "missing: English is the base bundle");
    }

    @Test
    void check_renamedPlaceholder_isReportedBothWays() throws IOException {
        writeEnglish();
        write("ms.properties",
                "greeting=Helo, <b>{nama}</b>!",
                "photos={count, plural, other {# foto}}",
                "menu.help=❓ Bantuan",
                "command.help.description=Apa yang boleh saya lakukan");

        assertThat(BundleCheck.check(dir)).extracting(Problem::toString).containsExactly(
                dir.resolve("ms.properties") + ":1: greeting: placeholder {name} is missing (English has it)",
                dir.resolve("ms.properties") + ":1: greeting: placeholder {nama} is not in English (English has {name})");
    }

    @Test
    void check_placeholderMissingInsidePlural_isReported() throws IOException {
        writeEnglishWith("sent={count, plural, one {# photo for {name}} other {# photos for {name}}}");
        write("ms.properties",
                "greeting=Helo, <b>{name}</b>!",
                "photos={count, plural, other {# foto}}",
                "menu.help=❓ Bantuan",
                "command.help.description=Apa yang boleh saya lakukan",
                "sent={count, plural, other {# foto}}");

        assertOnlyProblem(BundleCheck.check(dir), "ms.properties", 5, "sent", "placeholder {name} is missing");
    }

    @Test
    void check_missingPluralCategoryInArabic_isReported() throws IOException {
        writeEnglish();
        write("ar.properties",
                "greeting=مرحبًا، <b>{name}</b>!",
                "photos={count, plural, =0 {لا صور} one {صورة واحدة} two {صورتان} other {# صورة}}",
                "menu.help=❓ مساعدة",
                "command.help.description=ما يمكنني فعله");

        assertOnlyProblem(BundleCheck.check(dir), "ar.properties", 2, "photos",
                "plural {count} lacks zero, few, many: ar needs zero, one, two, few, many, other (an =N selector does not replace a category)");
    }

    @Test
    void check_pluralCategoryTheLanguageDoesNotUse_isReported() throws IOException {
        writeEnglish();
        write("zh.properties",
                "greeting=<b>{name}</b>，您好！",
                "photos={count, plural, =1 {一张照片} one {# 张照片} other {# 张照片}}",
                "menu.help=❓ 帮助",
                "command.help.description=我能做什么");

        assertOnlyProblem(BundleCheck.check(dir), "zh.properties", 2, "photos", "plural {count} has one, which zh does not use (it has other)");
    }

    @Test
    void check_tagOutsideTelegramsHtml_isReported() throws IOException {
        writeEnglishWith("note=Read <div>this</div>");

        assertOnlyProblem(BundleCheck.check(dir), "en.properties", 6, "note", "<div> is not in Telegram's HTML");
    }

    @Test
    void check_unclosedTag_isReported() throws IOException {
        writeEnglishWith("note=<b>Welcome, {name}");

        assertOnlyProblem(BundleCheck.check(dir), "en.properties", 6, "note", "<b> is never closed");
    }

    @Test
    void check_crossedTags_isReported() throws IOException {
        writeEnglishWith("note=<b>bold <i>both</b> italic</i>");

        assertOnlyProblem(BundleCheck.check(dir), "en.properties", 6, "note", "</b> closes <b> while <i> inside it is still open: tags must nest");
    }

    @Test
    void check_bareAmpersand_isReported() throws IOException {
        writeEnglishWith("note=Prints &amp; frames & albums");

        assertOnlyProblem(BundleCheck.check(dir), "en.properties", 6, "note", "bare '&' in \"…s &amp; frames & albums\": write &amp;");
    }

    @Test
    void check_bareLessThan_isReported() throws IOException {
        writeEnglishWith("note=Sessions < 1 hour are free");

        assertOnlyProblem(BundleCheck.check(dir), "en.properties", 6, "note", "'<' that starts no tag");
    }

    @Test
    void check_linkWithoutHref_isReported() throws IOException {
        writeEnglishWith("note=See <a title=\"map\">the map</a>");

        assertOnlyProblem(BundleCheck.check(dir), "en.properties", 6, "note", "<a> needs an href and nothing else");
    }

    @Test
    void check_telegramsSpecialTags_areAccepted() throws IOException {
        writeEnglishWith("note=<span class=\"tg-spoiler\">a</span> <tg-spoiler>b</tg-spoiler> <a href=\"https://x.example/?a=1&amp;b=2\">c</a>"
                + " <pre><code class=\"language-java\">d</code></pre> <blockquote expandable>e</blockquote>"
                + " <tg-emoji emoji-id=\"5368324170671202286\">👍</tg-emoji> &lt;&gt;&quot;&#65;&#x42;");

        assertThat(BundleCheck.check(dir)).isEmpty();
    }

    @Test
    void check_spanWithoutSpoilerClass_isReported() throws IOException {
        writeEnglishWith("note=<span class=\"big\">a</span>");

        assertOnlyProblem(BundleCheck.check(dir), "en.properties", 6, "note", "Telegram knows only <span class=\"tg-spoiler\">");
    }

    @Test
    void check_textLongerThanTelegramsLimitForOneSample_isReportedWithThatSample() throws IOException {
        writeEnglishWith("note={count, plural, one {# photo} =1000 {<b>" + "x".repeat(4095) + "</b> #} other {# photos}}");

        assertOnlyProblem(BundleCheck.check(dir), "en.properties", 6, "note",
                "renders to 4101 characters with count=1000; Telegram's limit is 4096");
    }

    @Test
    void check_textAtTelegramsLimitAfterTagsAndEntities_isAccepted() throws IOException {
        writeEnglishWith("note=<b>" + "x".repeat(BundleCheck.MESSAGE_LIMIT - 1) + "&amp;</b>");

        assertThat(BundleCheck.check(dir)).isEmpty();
    }

    @Test
    void check_emptyMessage_isReported() throws IOException {
        writeEnglishWith("note=");

        assertOnlyProblem(BundleCheck.check(dir), "en.properties", 6, "note", "renders to an empty message");
    }

    @Test
    void check_buttonLabelLongerThan64_isReported() throws IOException {
        writeEnglishWith("booking.cancel.yes=Yes, {name}, cancel this booking and tell the photographer that I am not coming");

        assertOnlyProblem(BundleCheck.check(dir), "en.properties", 6, "booking.cancel.yes", "button label is 78 characters long; at most 64");
    }

    @Test
    void check_labelWhoseKeyDoesNotSayButton_isCheckedAsOne() throws IOException {
        writeEnglishWith("agenda.move=📅 Move this shoot to another day and tell the client with a new calendar file");

        assertOnlyProblem(BundleCheck.check(dir), "en.properties", 6, "agenda.move", "button label is 78 characters long; at most 64");
    }

    @Test
    void check_faqAnswerStatingAFactTheStudioDoesNotHave_isReported() throws IOException {
        writeEnglishWith("faq.payment.answer=A deposit of {deposit} reserves your date.");

        assertThat(BundleCheck.check(dir)).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("faq.payment.answer");
            assertThat(p.message()).startsWith("{deposit} is not one of the studio's facts an FAQ answer can state (abandonedAfter, address")
                    .contains("liveLineIdle").endsWith("and price_<package>, duration_<package>, photos_<package>)");
        });
    }

    @Test
    void check_faqAnswerStatingAPackagesOwnFacts_passes_butNotAFactOfNoKind() throws IOException {
        writeEnglishWith("faq.payment.answer=A wedding ({duration_wedding}, {photos_wedding} photos) is {price_wedding}; a mini {price_mini_family}.");
        assertThat(BundleCheck.check(dir)).isEmpty();

        writeEnglishWith("faq.payment.answer=A wedding is {cost_wedding}.");
        assertThat(BundleCheck.check(dir)).singleElement().satisfies(p -> assertThat(p.message()).startsWith("{cost_wedding} is not one"));
    }

    @Test
    void check_faqAnswerStatingThePriceOfAPackageTheStudioDoesNotHave_isReportedWithItsPackages() throws IOException {
        writeEnglishWith("faq.payment.answer=A wedding is {price_wedding}; a mini {price_mini_family}, {duration_mini}.");

        assertThat(BundleCheck.check(dir, Set.of("wedding", "mini_family", "mini"))).isEmpty();
        assertThat(BundleCheck.check(dir, Set.of("wedding", "portrait"))).extracting(Problem::message).containsExactlyInAnyOrder(
                "{price_mini_family} is the price of a package the studio does not have (mini_family); its packages: portrait, wedding",
                "{duration_mini} is the duration of a package the studio does not have (mini); its packages: portrait, wedding");
    }

    @Test
    void packageFactIds_nameAPackageAsItsFactsDo() {
        assertThat(BundleCheck.packageFactIds(List.of("mini-family", "wedding"))).containsExactlyInAnyOrder("mini_family", "wedding");
    }

    @Test
    void check_emptyButtonLabel_isReported() throws IOException {
        writeEnglishWith("menu.book=   ");

        assertOnlyProblem(BundleCheck.check(dir), "en.properties", 6, "menu.book", "button label is empty");
    }

    @Test
    void check_buttonLabelOnTwoLines_isReported() throws IOException {
        writeEnglishWith("timezone.keep=Keep\\n{zone}");

        assertOnlyProblem(BundleCheck.check(dir), "en.properties", 6, "timezone.keep", "button label must be one line");
    }

    @Test
    void check_buttonLabelWithHtml_isReported() throws IOException {
        writeEnglishWith("offer.no=<b>No</b>");

        assertOnlyProblem(BundleCheck.check(dir), "en.properties", 6, "offer.no", "button label is plain text, not HTML");
    }

    @Test
    void check_commandDescriptionLongerThan256_isReported() throws IOException {
        writeEnglishWith("command.book.description=" + "Book a session ".repeat(20));

        assertOnlyProblem(BundleCheck.check(dir), "en.properties", 6, "command.book.description",
                "command description is 300 characters long; at most 256");
    }

    @Test
    void check_emptyCommandDescription_isReported() throws IOException {
        writeEnglishWith("command.book.description=");

        assertOnlyProblem(BundleCheck.check(dir), "en.properties", 6, "command.book.description", "command description is empty");
    }

    @Test
    void check_commandDescriptionWithHtml_isReported() throws IOException {
        writeEnglishWith("command.book.description=Book a <i>session</i>");

        assertOnlyProblem(BundleCheck.check(dir), "en.properties", 6, "command.book.description",
                "command description is plain text, not HTML");
    }

    @Test
    void check_valueContinuedOverLines_reportsTheLinesOfTheKeys() throws IOException {
        write("en.properties",
                "greeting = Hello, \\",
                "    <b>{name}</b>!",
                "! a comment",
                "note: Prints & frames");

        assertOnlyProblem(BundleCheck.check(dir), "en.properties", 4, "note", "bare '&'");
    }

    @Test
    void check_missingFolder_isReported() {
        assertOnlyProblem(BundleCheck.check(dir.resolve("nowhere")), "nowhere", 0, "", "is not a folder");
    }

    @Test
    void problem_toString_isFileLineKeyMessage() {
        assertThat(new Problem(Path.of("messages", "ru.properties"), 12, "menu.help", "button label is empty"))
                .hasToString(Path.of("messages", "ru.properties") + ":12: menu.help: button label is empty");
    }

    @Test
    void theShippedBundlesAreClean() {
        assertThat(BundleCheck.check(Path.of("messages"))).extracting(Problem::toString).isEmpty();
    }

    @Test
    void check_aTranslationFormattingAsANumberWhatEnglishGivesAsText_isRefused_asItWouldFailForItsReaders() throws IOException {
        writeEnglishWith("policy.cutoff=Changes are free up to {cutoff} before the shoot.");
        write("de.properties",
                "greeting=Hallo, <b>{name}</b>!",
                "photos={count, plural, one {# Foto} other {# Fotos}}",
                "menu.help=❓ Hilfe",
                "command.help.description=Was ich kann",
                "policy.cutoff=Änderungen sind bis {cutoff, number} vor dem Shooting kostenlos.");

        assertOnlyProblem(BundleCheck.check(dir), "de.properties", 5, "policy.cutoff",
                "{cutoff} is text where the bot gives it (English writes it as text), so a number argument cannot show it");
    }

    @Test
    void check_aTranslationPluralisingWhatEnglishMarksAsANumber_passes() throws IOException {
        writeEnglishWith("limit=At most {max, number} photos.");
        write("ru.properties",
                "greeting=Здравствуйте, <b>{name}</b>!",
                "photos={count, plural, =0 {нет фото} one {# фото} few {# фото} many {# фото} other {# фото}}",
                "menu.help=❓ Помощь",
                "command.help.description=Что я умею",
                "limit=Не больше {max, plural, one {# фотографии} few {# фотографий} many {# фотографий} other {# фотографии}}.");

        assertThat(BundleCheck.check(dir)).isEmpty();
    }

    @Test
    void check_anFaqQuestionLongerThanItsButtonAllows_isRefused() throws IOException {
        writeEnglishWith("faq.dog.question=" + "Can I bring my dog, and my cat, and maybe my grandmother's parrot too?".repeat(1));

        assertOnlyProblem(BundleCheck.check(dir), "en.properties", 6, "faq.dog.question", "at most 60");
    }
}
