package studiobot.i18n;

import com.ibm.icu.impl.ICUData;
import com.ibm.icu.util.ULocale;

/**
 * Whether this build carries ICU's locale data for a language: its month and weekday names,
 * number and currency formats, units, and time-zone and language names. The jar keeps that data
 * only for the languages listed in {@code icu.languages} in pom.xml (the shipped bundles'); for any
 * other, ICU falls back to English forms, so a bundle in that language would show English dates
 * inside its own sentences.
 */
public final class LocaleData {
    private LocaleData() {}

    /** True when the language of {@code tag} (a bundle's file name, such as {@code el} or {@code pt_BR}) has its data here. */
    public static boolean inBuild(String tag) {
        String language = new ULocale(tag).getLanguage();
        return !language.isEmpty() && ICUData.class.getClassLoader().getResource(ICUData.ICU_BASE_NAME + "/" + language + ".res") != null;
    }

    /** The language of a tag or bundle name: {@code pt} for {@code pt_BR} or {@code pt-BR}. */
    public static String language(String tag) {
        return ULocale.forLanguageTag(tag.replace('_', '-')).getLanguage();
    }

    /** What a bundle in a language without data gets as its problem, and how to mend it. */
    public static String missing(String tag) {
        String language = new ULocale(tag).getLanguage();
        return "this build has no ICU locale data for '" + language + "': its dates, numbers, prices and durations would come out"
                + " in English; add " + language + " to icu.languages in pom.xml and rebuild the jar";
    }
}
