package studiobot.i18n;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One language's texts: message key to ICU MessageFormat pattern, in file order. */
public record Bundle(String languageTag, Map<String, String> patterns) {
    public Bundle {
        patterns = Collections.unmodifiableMap(new LinkedHashMap<>(patterns));
    }

    public Optional<String> pattern(String key) {
        return Optional.ofNullable(patterns.get(key));
    }
}
