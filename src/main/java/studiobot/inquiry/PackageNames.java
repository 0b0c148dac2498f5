package studiobot.inquiry;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import studiobot.i18n.Bundles;
import studiobot.i18n.Messages;
import studiobot.i18n.TextFolding;

/**
 * Which package a client's words name: its name or one of its words ({@code package.<id>.name},
 * {@code package.<id>.keywords}) in any shipped language, ignoring case and accents. A word of
 * four letters or more also names it as the start of a longer one ("weddings", "свадьбу"); in a
 * script without spaces (Chinese) anywhere in the text.
 */
final class PackageNames {
    private static final int PREFIX_FROM = 4;

    private final Messages messages;
    private final List<String> packageIds;
    private Bundles readFrom;
    private Map<String, Set<String>> words;

    PackageNames(Messages messages, List<String> packageIds) {
        this.messages = messages;
        this.packageIds = List.copyOf(packageIds);
    }

    /** The one package the text names; empty when it names none, or several. */
    Optional<String> named(String text) {
        String folded = TextFolding.fold(text);
        List<String> tokens = List.of(folded.split(" "));
        Set<String> found = new LinkedHashSet<>();
        for (Map.Entry<String, Set<String>> p : words().entrySet()) {
            for (String word : p.getValue()) {
                if (names(folded, tokens, word)) {
                    found.add(p.getKey());
                    break;
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    private static boolean names(String folded, List<String> tokens, String word) {
        if (word.contains(" ")) {
            return (" " + folded + " ").contains(" " + word + " ") || (" " + folded).contains(" " + word);
        }
        if (word.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            return folded.replace(" ", "").contains(word);
        }
        for (String token : tokens) {
            // Arabic writes the article into the word: "البورتريه" is "بورتريه"
            String bare = token.startsWith("ال") && token.length() > 3 ? token.substring(2) : token;
            for (String t : List.of(token, bare)) {
                if (t.equals(word) || (word.length() >= PREFIX_FROM && t.startsWith(word))) {
                    return true;
                }
            }
        }
        return false;
    }

    private synchronized Map<String, Set<String>> words() {
        Bundles bundles = messages.bundles();
        if (bundles != readFrom) {
            Map<String, Set<String>> next = new HashMap<>();
            for (String id : packageIds) {
                // its name in every language is one of its words too
                Set<String> all = new LinkedHashSet<>(bundles.foldedItems("package." + id + ".name"));
                all.addAll(bundles.foldedItems("package." + id + ".keywords"));
                next.put(id, Set.copyOf(all));
            }
            words = next;
            readFrom = bundles;
        }
        return words;
    }
}
