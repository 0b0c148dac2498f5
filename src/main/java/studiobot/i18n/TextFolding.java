package studiobot.i18n;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text as a search compares it, in any of the studio's languages. {@link #fold} makes the spellings
 * people type interchangeable: NFKC case folding (full-width "ＰＲＩＣＥ" and "price", "ß" and "ss"),
 * no accents or other combining marks ("Ποιά" and "ποια", "Rückerstattung" and "ruckerstattung",
 * Arabic short vowels and hamza seats), the Arabic letters often typed for one another made one,
 * every digit ASCII, and everything that is not a letter or digit a single space.
 *
 * <p>{@link #terms} cuts folded text into search terms: the words of ICU's word break rules for the
 * language, which find the words of Chinese written without spaces with ICU's dictionary; for a run
 * of Han characters also every two-character window, so a word the dictionary cut differently still
 * meets; and, for a word of {@value #FRAGMENT_MIN_LETTERS} or more letters in another script, its
 * three-letter fragments, marked with a leading {@value #FRAGMENT_MARK}, so "pakages" still shares
 * most of "packages". Pure and thread-safe.
 */
public final class TextFolding {
    /** The first character of a fragment term; folded text has no such character of its own. */
    public static final char FRAGMENT_MARK = '~';
    static final int FRAGMENT_MIN_LETTERS = 5;

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private TextFolding() {}

    /** Case-folded, unaccented text of letters and digits, words separated by one space, trimmed. */
    public static String fold(String text) {
        String decomposed = NFD.normalize(NFKC_CASEFOLD.normalize(text));
        StringBuilder folded = new StringBuilder(decomposed.length());
        boolean gap = true;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = UCharacter.getType(cp);
            boolean mark = type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.ENCLOSING_MARK;
            // kana voicing marks change the word; every other combining mark is an accent; tatweel only stretches a word
            if ((mark && cp != 0x3099 && cp != 0x309A) || cp == 0x0640) {
                continue;
            }
            if (UCharacter.isDigit(cp)) {
                folded.append((char) ('0' + UCharacter.digit(cp, 10)));
                gap = false;
            } else if (UCharacter.isLetter(cp) || mark || type == UCharacterCategory.COMBINING_SPACING_MARK) {
                folded.appendCodePoint(foldLetter(cp));
                gap = false;
            } else if (!gap) {
                folded.append(' ');
                gap = true;
            }
        }
        int end = folded.length();
        if (end > 0 && folded.charAt(end - 1) == ' ') {
            folded.setLength(end - 1);
        }
        return NFC.normalize(folded);
    }

    /** A word breaker per language, cloned for each use: making one looks its rules up in ICU's data every time. */
    private static final Map<String, BreakIterator> WORD_BREAKS = new ConcurrentHashMap<>();
    /** More languages than any studio speaks: a tag beyond them gets a breaker of its own, not a place in the map. */
    private static final int KEPT_BREAKS = 64;

    private static BreakIterator wordBreaks(String languageTag) {
        BreakIterator kept = WORD_BREAKS.get(languageTag);
        if (kept == null) {
            kept = BreakIterator.getWordInstance(ULocale.forLanguageTag(languageTag));
            if (WORD_BREAKS.size() < KEPT_BREAKS) {
                WORD_BREAKS.putIfAbsent(languageTag, kept);
            }
        }
        return (BreakIterator) kept.clone();
    }

    /**
     * The search terms of a text in a language, in text order: each word, followed by its fragments
     * when it has any; then the two-character windows of each run of Han characters (a Han word of
     * exactly two characters is left to its window, so it is not counted twice).
     */
    public static List<String> terms(String text, String languageTag) {
        String folded = fold(text);
        List<String> terms = new ArrayList<>();
        if (folded.isEmpty()) {
            return terms;
        }
        List<String> words;
        try {
            words = words(folded, languageTag);
        } catch (MissingResourceException noDictionary) {
            // a script written without spaces whose dictionary this build leaves out (icu.dictionaries,
            // for languages the studio does not speak): its words cannot be told apart, so each run between spaces is one
            words = List.of(folded.split(" "));
        }
        for (String word : words) {
            int letters = word.codePointCount(0, word.length());
            if (isHan(word.codePointAt(0))) {
                if (letters != 2) {
                    terms.add(word);
                }
            } else {
                terms.add(word);
                if (letters >= FRAGMENT_MIN_LETTERS) {
                    addFragments(word, terms);
                }
            }
        }
        addHanPairs(folded, terms);
        return terms;
    }

    /** The words of folded text, by ICU's word break rules for the language (the spaces between them left out). */
    private static List<String> words(String folded, String languageTag) {
        BreakIterator breaks = wordBreaks(languageTag);
        breaks.setText(folded);
        List<String> words = new ArrayList<>();
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            if (breaks.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT) {
                words.add(folded.substring(start, end));
            }
        }
        return words;
    }

    /** Whether a term of {@link #terms} is a fragment of a longer word rather than a word. */
    public static boolean isFragment(String term) {
        return !term.isEmpty() && term.charAt(0) == FRAGMENT_MARK;
    }

    private static void addFragments(String word, List<String> terms) {
        int[] cps = word.codePoints().toArray();
        for (int i = 0; i + 3 <= cps.length; i++) {
            terms.add(FRAGMENT_MARK + new String(cps, i, 3));
        }
    }

    private static void addHanPairs(String folded, List<String> terms) {
        int previous = -1;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (isHan(cp)) {
                if (previous >= 0) {
                    terms.add(new StringBuilder(4).appendCodePoint(previous).appendCodePoint(cp).toString());
                }
                previous = cp;
            } else {
                previous = -1;
            }
        }
    }

    private static boolean isHan(int cp) {
        return UScript.getScript(cp) == UScript.HAN;
    }

    private static int foldLetter(int cp) {
        switch (cp) {
            case 'ı':
                return 'i';
            case 'ø':
                return 'o';
            case 'ł':
                return 'l';
            case 'đ':
                return 'd';
            case 'ة': // taa marbuta, often typed as haa
                return 'ه';
            case 'ى': // alef maqsura, often typed as yaa
            case 'ی': // Persian yeh
                return 'ي';
            case 'ک': // Persian kaf
                return 'ك';
            case 'ٱ': // alef wasla
                return 'ا';
            default:
                return cp;
        }
    }
}
