package studiobot.i18n;

import com.ibm.icu.impl.ICUData;
import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Whether this build carries ICU's locale data for a language: its month and weekday names,
 * number and currency formats, units, and time-zone and language names. The jar keeps that data
 * only for the languages listed in {@code icu.languages} in pom.xml (the shipped bundles'); for any
 * other, ICU falls back to English forms, so a bundle in that language would show English dates
 * inside its own sentences. A language written without spaces between words needs its script's
 * word-break dictionary too ({@code icu.dictionaries}), or the FAQ could not find its words.
 */
public final class LocaleData {
    private LocaleData() {}

    /** The languages written without spaces between words, and the name of their script's dictionary in ICU's data. */
    private static final Map<String, String> DICTIONARIES = Map.of(
            "zh", "cj", "ja", "cj", "th", "thai", "lo", "lao", "my", "burmese", "km", "khmer");

    /** True when the language of {@code tag} (a bundle's file name, such as {@code el} or {@code pt_BR}) has its data here. */
    public static boolean inBuild(String tag) {
        return inBuild(tag, LocaleData::present);
    }

    /** As {@link #inBuild(String)}, with ICU's data files (named as under its data folder) present where {@code present} says. */
    static boolean inBuild(String tag, Predicate<String> present) {
        String language = new ULocale(tag).getLanguage();
        return !language.isEmpty() && present.test(language + ".res")
                && (!DICTIONARIES.containsKey(language) || present.test(dictionary(language)));
    }

    private static String dictionary(String language) {
        return "brkitr/" + DICTIONARIES.get(language) + "dict.dict";
    }

    private static boolean present(String file) {
        return ICUData.class.getClassLoader().getResource(ICUData.ICU_BASE_NAME + "/" + file) != null;
    }

    /** The language of a tag or bundle name: {@code pt} for {@code pt_BR} or {@code pt-BR}. */
    public static String language(String tag) {
        return ULocale.forLanguageTag(tag.replace('_', '-')).getLanguage();
    }

    /** What a bundle in a language without data gets as its problem, and how to mend it. */
    public static String missing(String tag) {
        return missing(tag, LocaleData::present);
    }

    static String missing(String tag, Predicate<String> present) {
        String language = new ULocale(tag).getLanguage();
        if (DICTIONARIES.containsKey(language) && present.test(language + ".res")) {
            return "this build has no ICU word-break dictionary for '" + language + "': the FAQ could not tell its words apart;"
                    + " add " + DICTIONARIES.get(language) + " to icu.dictionaries in pom.xml and rebuild the jar";
        }
        return "this build has no ICU locale data for '" + language + "': its dates, numbers, prices and durations would come out"
                + " in English; add " + language + " to icu.languages in pom.xml and rebuild the jar";
    }
}
