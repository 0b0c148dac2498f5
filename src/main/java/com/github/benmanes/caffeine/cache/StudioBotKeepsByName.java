package com.github.benmanes.caffeine.cache;

import java.util.List;

/**
 * studio-bot's, not Caffeine's: it sits in Caffeine's package only to be able to name two of its
 * package-private classes.
 *
 * <p>The jar is minimised ({@code minimizeJar} in pom.xml). Caffeine generates a cache class and a
 * node class for each combination of settings (some 500 of them, 0.6 MB of the jar) and finds the
 * pair a builder needs by a name it spells from the settings. The bot builds one kind of cache, a
 * strong-keyed, strong-valued one bounded by size (the message formats in {@code Messages}): its
 * pair, {@code SSMS} and {@code PSMS}, is named here, which keeps them and all they use. A cache
 * with other settings (a weigher, an expiry, weak values) needs its pair named here too; every start
 * builds the formats' cache, and {@code ShadedJarIT} starts the jar.
 */
public final class StudioBotKeepsByName {
    private StudioBotKeepsByName() {}

    public static final List<Class<?>> CLASSES = List.of(SSMS.class, PSMS.class);
}
