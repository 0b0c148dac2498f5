package studiobot.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every language the studio speaks, loaded from {@code messages/<tag>.properties} (UTF-8). The
 * base language is English: every other bundle falls back to it key by key.
 */
public final class Bundles {
    public static final String BASE = "en";
    /** The bundles shipped inside the jar, used when no messages folder is found on disk. */
    static final List<String> SHIPPED = List.of("en", "el", "ms", "zh", "ru", "es", "de", "ar");

    private final Map<String, Bundle> byTag;

    public Bundles(Map<String, Bundle> byTag) {
        if (!byTag.containsKey(BASE)) {
            throw new IllegalArgumentException("the base bundle " + BASE + ".properties is missing; found " + byTag.keySet());
        }
        this.byTag = Collections.unmodifiableMap(new TreeMap<>(byTag));
    }

    /**
     * The comma-separated items of a key in every language, each folded (case, accents and
     * punctuation aside, see {@link TextFolding#fold}): word lists such as a package's keywords.
     */
    public Set<String> foldedItems(String key) {
        Set<String> items = new java.util.LinkedHashSet<>();
        for (String tag : languageTags()) {
            bundle(tag).flatMap(b -> b.pattern(key)).ifPresent(list -> {
                for (String item : list.split(",")) {
                    String folded = TextFolding.fold(item);
                    if (!folded.isEmpty()) {
                        items.add(folded);
                    }
                }
            });
        }
        return items;
    }

    /** These bundles but those of {@code tags}; the base always stays. */
    public Bundles without(Set<String> tags) {
        Map<String, Bundle> kept = new TreeMap<>(byTag);
        tags.stream().filter(tag -> !tag.equals(BASE)).forEach(kept::remove);
        return new Bundles(kept);
    }

    public Set<String> languageTags() {
        return byTag.keySet();
    }

    public Bundle base() {
        return byTag.get(BASE);
    }

    public Optional<Bundle> bundle(String tag) {
        return Optional.ofNullable(byTag.get(tag));
    }

    /** Reads every {@code *.properties} file of a folder. */
    public static Bundles load(Path dir) {
        Map<String, Bundle> bundles = new LinkedHashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.properties")) {
            for (Path file : files) {
                String tag = file.getFileName().toString().replaceFirst("\\.properties$", "");
                try (InputStream in = Files.newInputStream(file)) {
                    bundles.put(tag, read(tag, in, file.toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read message bundles in " + dir, e);
        }
        return new Bundles(bundles);
    }

    /** Reads the bundles shipped inside the jar. */
    public static Bundles shipped() {
        Map<String, Bundle> bundles = new LinkedHashMap<>();
        for (String tag : SHIPPED) {
            String resource = "/messages/" + tag + ".properties";
            try (InputStream in = Bundles.class.getResourceAsStream(resource)) {
                if (in != null) {
                    bundles.put(tag, read(tag, in, resource));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return new Bundles(bundles);
    }

    /** Reads one bundle file. */
    static Bundle read(String tag, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(tag, in, file.toString());
        }
    }

    private static Bundle read(String tag, InputStream in, String source) throws IOException {
        Map<String, String> ordered = new LinkedHashMap<>();
        Properties props = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                ordered.put((String) key, (String) value);
                return super.put(key, value);
            }
        };
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT))) {
            props.load(reader);
        } catch (CharacterCodingException e) {
            throw new IOException(source + " is not valid UTF-8", e);
        }
        return new Bundle(tag, ordered);
    }
}
