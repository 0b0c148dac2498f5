package studiobot.inquiry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import studiobot.i18n.Bundles;
import studiobot.i18n.Messages;
import studiobot.i18n.TextFolding;

/**
 * Greetings, thanks and "ok" are not questions. A client's message made only of such words (in
 * any shipped language: the bundles' {@code smalltalk.*.words}), of the photographers' names, or
 * of emoji alone, is small talk: the bot answers it in a word and passes nothing on. Matching
 * ignores case, accents, punctuation and spaces, so "Thanks!!", "thank you so much 😊" and
 * "谢谢你" are all thanks.
 */
final class SmallTalk {
    enum Kind { GREETING, THANKS, ACK }

    /** Longer than this (in letters), a message is taken for more than small talk. */
    private static final int LONGEST = 40;

    private final Messages messages;
    private final Set<String> names;
    private Bundles readFrom;
    private Map<Kind, Set<String>> phrases;

    /** @param names the photographers' and the studio's names, which may stand beside a greeting ("hi Anna") */
    SmallTalk(Messages messages, List<String> names) {
        this.messages = messages;
        Set<String> folded = new HashSet<>();
        for (String name : names) {
            for (String part : TextFolding.fold(name).split(" ")) {
                if (part.length() >= 2) {
                    folded.add(part);
                }
            }
        }
        this.names = Set.copyOf(folded);
    }

    Optional<Kind> of(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String folded = TextFolding.fold(text);
        if (folded.isEmpty()) {
            // nothing but emoji (and punctuation): a reaction
            return text.codePoints().anyMatch(SmallTalk::isPictograph) ? Optional.of(Kind.ACK) : Optional.empty();
        }
        if (folded.replace(" ", "").codePointCount(0, folded.replace(" ", "").length()) > LONGEST) {
            return Optional.empty();
        }
        Map<Kind, Set<String>> known = phrases();
        // the words but the names, run together, must be made of phrases only ("thankyou", "muchasgracias", "谢谢你")
        StringBuilder rest = new StringBuilder();
        for (String word : folded.split(" ")) {
            if (!names.contains(word)) {
                rest.append(word);
            }
        }
        if (rest.length() == 0) {
            return Optional.empty();
        }
        return segment(rest.toString(), known).map(kinds -> kinds.contains(Kind.THANKS) ? Kind.THANKS
                : kinds.contains(Kind.GREETING) ? Kind.GREETING : Kind.ACK);
    }

    /** The kinds of the phrases the word is made of, if it is made of phrases only. */
    private static Optional<Set<Kind>> segment(String word, Map<Kind, Set<String>> known) {
        int n = word.length();
        // best[i]: the kinds of a cut of word[0, i) into phrases, or null when there is none
        List<Set<Kind>> best = new ArrayList<>();
        best.add(new HashSet<>());
        for (int i = 1; i <= n; i++) {
            Set<Kind> found = null;
            for (int j = 0; j < i && found == null; j++) {
                if (best.get(j) == null) {
                    continue;
                }
                String piece = word.substring(j, i);
                for (Map.Entry<Kind, Set<String>> kind : known.entrySet()) {
                    if (kind.getValue().contains(piece)) {
                        found = new HashSet<>(best.get(j));
                        found.add(kind.getKey());
                        break;
                    }
                }
            }
            best.add(found);
        }
        return Optional.ofNullable(best.get(n));
    }

    /** Every language's phrases of each kind, folded, without spaces; read again when the bundles change. */
    private synchronized Map<Kind, Set<String>> phrases() {
        Bundles bundles = messages.bundles();
        if (bundles != readFrom) {
            Map<Kind, Set<String>> next = new java.util.EnumMap<>(Kind.class);
            for (Kind kind : Kind.values()) {
                Set<String> all = new HashSet<>();
                bundles.foldedItems("smalltalk." + kind.name().toLowerCase(java.util.Locale.ROOT) + ".words")
                        .forEach(phrase -> all.add(phrase.replace(" ", "")));
                next.put(kind, Set.copyOf(all));
            }
            phrases = next;
            readFrom = bundles;
        }
        return phrases;
    }

    private static boolean isPictograph(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || (cp >= 0x1F000 && cp <= 0x1FAFF);
    }
}
