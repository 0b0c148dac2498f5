package com.ibm.icu.text;

import com.ibm.icu.impl.ICUCurrencyDisplayInfoProvider;
import com.ibm.icu.impl.ICUCurrencyMetaInfo;
import com.ibm.icu.impl.ICULangDataTables;
import com.ibm.icu.impl.ICURegionDataTables;
import com.ibm.icu.impl.LocaleDisplayNamesImpl;
import com.ibm.icu.impl.TimeZoneNamesFactoryImpl;
import java.util.List;

/**
 * studio-bot's, not ICU's: it sits in ICU's package only to be able to name two of its
 * package-private classes.
 *
 * <p>The jar is minimised ({@code minimizeJar} in pom.xml): of ICU it keeps the classes the bot's
 * own classes reach by reference. ICU finds a few of its classes by name instead
 * ({@code Class.forName}), which that analysis cannot see; without them the jar fails at the first
 * number it formats or the first message it splits into words. Naming them here, in a class of the
 * project, keeps them and all they use. {@code ShadedJarIT} fails when a class the jar names in a
 * string is missing from it and not set aside there as one the bot never needs.
 */
public final class StudioBotKeepsByName {
    private StudioBotKeepsByName() {}

    public static final List<Class<?>> CLASSES = List.of(
            BreakIteratorFactory.class,           // BreakIterator.getWordInstance: the FAQ matcher's words
            NumberFormatServiceShim.class,        // NumberFormat.getInstance: every number, price and plural in a text
            ICUCurrencyDisplayInfoProvider.class, // currency symbols and names in prices
            ICUCurrencyMetaInfo.class,            // a currency's digits
            LocaleDisplayNamesImpl.class,         // language names (/language)
            ICULangDataTables.class,
            ICURegionDataTables.class,
            TimeZoneNamesFactoryImpl.class);      // time-zone names (/timezone)
}
