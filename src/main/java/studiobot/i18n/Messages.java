package studiobot.i18n;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import studiobot.chat.Msg;

/**
 * Renders message keys in a language with ICU MessageFormat. Text arguments are escaped for
 * Telegram's HTML before they go in: a name like {@code <b>Bob & Co</b>} shows as typed and cannot
 * break the markup. A key missing in a language falls back to English; a key missing everywhere
 * renders as {@code ⟦key⟧} and is logged, so a gap is visible but never a crash.
 */
public final class Messages {
    private static final Logger log = LogManager.getLogger(Messages.class);

    private final AtomicReference<Bundles> bundles;
    private final Cache<String, MessageFormat> formats = Caffeine.newBuilder().maximumSize(5_000).build();

    public Messages(Bundles bundles) {
        this.bundles = new AtomicReference<>(bundles);
    }

    /** Puts a new set of bundles in service (compiled patterns of the old set are dropped). */
    public void replace(Bundles next) {
        bundles.set(next);
        formats.invalidateAll();
    }

    public Bundles bundles() {
        return bundles.get();
    }

    public Set<String> languageTags() {
        return bundles.get().languageTags();
    }

    public String render(String languageTag, Msg msg) {
        if (msg.isVerbatim()) {
            return Html.escape(String.valueOf(msg.args().get("text")));
        }
        Bundles current = bundles.get();
        String tag = current.bundle(languageTag).isPresent() ? languageTag : Bundles.BASE;
        String pattern = current.bundle(tag).flatMap(b -> b.pattern(msg.key())).orElse(null);
        if (pattern == null) {
            tag = Bundles.BASE;
            pattern = current.base().pattern(msg.key()).orElse(null);
        }
        if (pattern == null) {
            log.warn("message key {} is in no bundle", msg.key());
            return "⟦" + msg.key() + "⟧";
        }
        String formatTag = tag;
        String finalPattern = pattern;
        MessageFormat format = formats.get(tag + "\u0000" + msg.key(), k -> new MessageFormat(finalPattern, new ULocale(formatTag)));
        Map<String, Object> args = new HashMap<>();
        msg.args().forEach((name, value) -> args.put(name, value instanceof CharSequence s ? Html.escape(s.toString()) : value));
        synchronized (format) {
            return format.format(args);
        }
    }
}
