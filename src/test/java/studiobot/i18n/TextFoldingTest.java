package studiobot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFoldingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Πού ΕΊΝΑΙ το Στούντιο;            | που ειναι το στουντιο
            ΦΩΤΟΓΡΑΦΊΕΣ                       | φωτογραφιεσ
            φωτογραφίες                       | φωτογραφιεσ
            προϋπολογισμός                    | προυπολογισμοσ
            """)
    void fold_greek_losesTonosDialytikaAndCaseAndFinalSigma(String text, String folded) {
        assertThat(TextFolding.fold(text)).isEqualTo(folded);
    }

    @Test
    void fold_fullWidth_becomesHalfWidth() {
        assertThat(TextFolding.fold("ＲＡＷ原片，可以给吗？")).isEqualTo("raw原片 可以给吗");
        assertThat(TextFolding.fold("ＰＲＩＣＥ　１２３")).isEqualTo("price 123");
    }

    @Test
    void fold_germanSharpSAndUmlauts_matchTheirPlainSpelling() {
        assertThat(TextFolding.fold("Größe")).isEqualTo("grosse");
        assertThat(TextFolding.fold("Straße")).isEqualTo(TextFolding.fold("STRASSE"));
        assertThat(TextFolding.fold("Rückerstattung Überweisung")).isEqualTo("ruckerstattung uberweisung");
    }

    @Test
    void fold_arabic_dropsVowelMarksHamzaSeatsAndTatweel() {
        assertThat(TextFolding.fold("الصُّوَر")).isEqualTo("الصور");
        assertThat(TextFolding.fold("الصـــور")).isEqualTo("الصور");
        assertThat(TextFolding.fold("أين")).isEqualTo(TextFolding.fold("اين"));
        assertThat(TextFolding.fold("إلغاء")).isEqualTo(TextFolding.fold("الغاء"));
    }

    @Test
    void fold_arabic_lettersTypedForOneAnotherAndDigitsAreOne() {
        assertThat(TextFolding.fold("مدة")).isEqualTo(TextFolding.fold("مده"));
        assertThat(TextFolding.fold("مستشفى")).isEqualTo(TextFolding.fold("مستشفي"));
        assertThat(TextFolding.fold("٤٨ ساعة")).isEqualTo("48 ساعه");
    }

    @Test
    void fold_caseAndPunctuation_becomeLowerCaseWordsSeparatedByOneSpace() {
        assertThat(TextFolding.fold("  WHEN will I get my PHOTOS?!  ")).isEqualTo("when will i get my photos");
        assertThat(TextFolding.fold("price...list, it's")).isEqualTo("price list it s");
        assertThat(TextFolding.fold("¿Cuánto cuesta?")).isEqualTo("cuanto cuesta");
        assertThat(TextFolding.fold("Съёмка")).isEqualTo("съемка");
    }

    @Test
    void fold_nothingButPunctuation_isEmpty() {
        assertThat(TextFolding.fold("?! …")).isEmpty();
        assertThat(TextFolding.terms("?! …", "en")).isEmpty();
    }

    @Test
    void terms_chineseWithoutSpaces_givesDictionaryWordsAndEveryPair() {
        List<String> terms = TextFolding.terms("什么时候能拿到照片", "zh");

        assertThat(terms).contains("什么时候", "拿到", "照片", "时候", "到照").doesNotHaveDuplicates();
    }

    @Test
    void terms_chineseWordTheDictionaryDoesNotKnow_isStillFoundByItsPairs() {
        assertThat(TextFolding.terms("婚纱照多少钱？", "zh")).contains("婚纱", "纱照", "多少", "少钱");
    }

    @Test
    void terms_latinInsideChinese_isItsOwnWord() {
        assertThat(TextFolding.terms("ＲＡＷ原片", "zh")).contains("raw", "原片");
    }

    @Test
    void terms_wordOfFiveLettersOrMore_isFollowedByItsFragments() {
        assertThat(TextFolding.terms("cost packages", "en"))
                .containsExactly("cost", "packages", "~pac", "~ack", "~cka", "~kag", "~age", "~ges");
        assertThat(TextFolding.isFragment("~pac")).isTrue();
        assertThat(TextFolding.isFragment("pac")).isFalse();
    }

    @Test
    void terms_typo_sharesMostFragmentsWithTheWord() {
        List<String> typo = TextFolding.terms("verschiben", "de");
        List<String> word = TextFolding.terms("verschieben", "de");

        assertThat(typo.stream().filter(TextFolding::isFragment).filter(word::contains).count()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void terms_greekAndArabic_areFoldedFirst() {
        assertThat(TextFolding.terms("Πότε;", "el")).containsExactly("ποτε");
        assertThat(TextFolding.terms("أين؟", "ar")).containsExactly("اين");
    }
}
