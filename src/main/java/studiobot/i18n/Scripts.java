package studiobot.i18n;

import com.ibm.icu.lang.UScript;
import java.util.Map;
import java.util.Optional;

/**
 * Which writing system a text is in, for the languages whose script says who they are: Greek
 * letters, Han characters, Cyrillic, Arabic. Latin script names no language (half the world
 * writes in it), so it never triggers anything.
 */
public final class Scripts {
    private static final Map<Integer, String> LANGUAGE_OF_SCRIPT = Map.of(
            UScript.GREEK, "el",
            UScript.HAN, "zh",
            UScript.CYRILLIC, "ru",
            UScript.ARABIC, "ar");

    private Scripts() {}

    /** The language whose script most of the text's letters are in, when that script names one. */
    public static Optional<String> languageWritten(String text) {
        int[] counts = new int[UScript.CODE_LIMIT];
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                counts[UScript.getScript(cp)]++;
                letters++;
            }
        }
        int best = -1;
        for (int script = 0; script < counts.length; script++) {
            if (counts[script] > 0 && (best < 0 || counts[script] > counts[best])) {
                best = script;
            }
        }
        if (best < 0 || counts[best] * 2 <= letters) {
            return Optional.empty();
        }
        return Optional.ofNullable(LANGUAGE_OF_SCRIPT.get(best));
    }

    /** Whether a language is written in the script that names {@code written} (zh-Hant and zh both in Han). */
    public static boolean sameScript(String languageTag, String written) {
        String language = languageTag.split("-", 2)[0];
        return language.equals(written);
    }
}
