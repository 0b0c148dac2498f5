package com.fasterxml.jackson.databind.ext;

import java.util.List;

/**
 * studio-bot's, not Jackson's: like ICU's and Caffeine's {@code StudioBotKeepsByName}, it names a
 * class the library finds by name, so that the jar's minimisation ({@code minimizeJar} in pom.xml),
 * which follows only class references, keeps it.
 *
 * <p>{@code Java7Support} loads its implementation by name: it reads {@code @ConstructorProperties}
 * and {@code @Transient}, with which a class may tell Jackson how to build it and what to leave out.
 * The other classes Jackson's extensions name (DOM, {@code javax.xml} and {@code java.sql} types) are
 * left out: the bot reads and writes none of those ({@code ShadedJarIT} lists them).
 */
public final class StudioBotKeepsByName {
    private StudioBotKeepsByName() {}

    public static final List<Class<?>> CLASSES = List.of(Java7SupportImpl.class);
}
