package studiobot.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import studiobot.chat.Action;
import studiobot.chat.Arg;
import studiobot.chat.ArgCodec;
import studiobot.chat.Button;
import studiobot.chat.Msg;
import studiobot.chat.Reply;
import studiobot.chat.Request;
import studiobot.chat.Topic;
import studiobot.config.StudioConfig;
import studiobot.i18n.BundleCheck;
import studiobot.i18n.BundleFiles;
import studiobot.i18n.Bundles;
import studiobot.i18n.Messages;
import studiobot.people.People;

/**
 * {@code /messages}, for admins: the bot's texts edited in the chat. Pick a language; find a text
 * by its key or a word of it in any language, or walk through the missing and the stale ones;
 * see it now, in English, and its placeholders with examples; send the new text, which gets
 * exactly the checks of {@code messages check} and, if it passes, a preview as a reader will see
 * it; then save (the file rewritten in place, in service at once, the edit recorded) or discard.
 * {@code /messages undo} puts the last saved edit back.
 */
final class TextEditing {
    /** How a key is reached: found, or on a walk through the missing or the stale ones. */
    enum Walk { FOUND, MISSING, STALE }

    /** A key by its place in English and a short hash of it, so a button made before English changed does not open another. */
    record Opening(String tag, int index, Walk walk, String check) {
        Opening(String tag, int index, Walk walk) {
            this(tag, index, walk, "-");
        }
    }

    private static final ArgCodec<Opening> OPENING = ArgCodec.of(
            o -> List.of(o.tag(), Integer.toString(o.index()), o.walk().name().substring(0, 1), o.check()),
            words -> words.size() != 4 || !words.get(1).matches("[0-9]{1,5}") ? null
                    : new Opening(words.get(0), Integer.parseInt(words.get(1)),
                            switch (words.get(2)) { case "M" -> Walk.MISSING; case "S" -> Walk.STALE; default -> Walk.FOUND; }, words.get(3)));

    /** A proposed text, named by its edit and a short hash, so Save under an older preview saves nothing else. */
    record Proposal(long edit, String check) {}

    private static final ArgCodec<Proposal> PROPOSAL = ArgCodec.pair(ArgCodec.LONG, 1, ArgCodec.ID, Proposal::edit, Proposal::check, Proposal::new);

    static final Action<ArgCodec.Nothing> HOME = Action.plain("mhome");
    static final Action<String> LANGUAGE = Action.of("mlang", ArgCodec.ID);
    static final Action<Opening> OPEN = Action.of("mkey", OPENING);
    static final Action<Proposal> SAVE = Action.of("msave", PROPOSAL);
    static final Action<Proposal> DISCARD = Action.of("mdrop", PROPOSAL);
    static final Topic<String> FIND = Topic.of("msgfind", ArgCodec.ID);
    static final Topic<Long> NEW_TEXT = Topic.of("msgedit", ArgCodec.LONG);

    /** Results listed for a search. */
    private static final int LISTED = 8;
    /** A text is shown up to this many characters on its card. */
    private static final int SHOWN = 1500;

    private final StudioConfig config;
    private final Messages messages;
    private final People people;
    private final TextEdits edits;
    private final Supplier<Optional<BundleFiles>> files;
    TextEditing(StudioConfig config, Messages messages, People people, TextEdits edits, Supplier<Optional<BundleFiles>> files) {
        this.config = config;
        this.messages = messages;
        this.people = people;
        this.edits = edits;
        this.files = files;
    }

    // --- the languages ---

    List<Reply> command(Request r) {
        if (r.args().size() == 1 && r.args().get(0).equalsIgnoreCase("undo")) {
            return undo(r);
        }
        if (files.get().isEmpty()) {
            return List.of(r.reply(Msg.of("messages.noFolder")));
        }
        List<List<Button>> rows = new ArrayList<>();
        for (String tag : messages.languageTags()) {
            rows.add(List.of(LANGUAGE.button(Msg.of("messages.language", Map.of(
                    "language", new Msg.InLanguage(tag, Msg.of("language.name")),
                    "missing", missing(tag).size(),
                    "stale", stale(tag).size())), tag)));
        }
        return List.of(r.inPlace(r.reply(Msg.of("messages.home")).withButtons(rows)));
    }

    List<Reply> language(Request r, String tag) {
        people.setAwaiting(r.person().userId(), FIND.awaiting(tag));
        List<List<Button>> rows = new ArrayList<>();
        List<Button> walks = new ArrayList<>();
        int missing = missing(tag).size();
        int stale = stale(tag).size();
        if (missing > 0) {
            walks.add(OPEN.button(Msg.of("messages.walk.missing", "count", missing), new Opening(tag, 0, Walk.MISSING)));
        }
        if (stale > 0) {
            walks.add(OPEN.button(Msg.of("messages.walk.stale", "count", stale), new Opening(tag, 0, Walk.STALE)));
        }
        if (!walks.isEmpty()) {
            rows.add(walks);
        }
        rows.add(List.of(HOME.button(Msg.of("messages.back.languages"))));
        return List.of(r.inPlace(r.reply(Msg.of("messages.find", "language", languageName(tag))).withButtons(rows)));
    }

    boolean isLanguage(Request r, String tag) {
        return files.get().isPresent() && messages.languageTags().contains(tag);
    }

    // --- finding ---

    List<Reply> find(Request r, String tag) {
        String query = r.text().strip();
        List<String> keys = keys();
        String folded = query.toLowerCase(Locale.ROOT);
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            if (key.equals(query)) {
                return open(r, found(tag, i, key));
            }
            if (key.toLowerCase(Locale.ROOT).contains(folded) || anyLanguageSays(key, folded)) {
                found.add(i);
            }
        }
        if (found.size() == 1) {
            return open(r, found(tag, found.get(0), keys.get(found.get(0))));
        }
        if (found.isEmpty()) {
            return List.of(r.reply(Msg.of("messages.found.none", "query", query)));
        }
        List<List<Button>> rows = new ArrayList<>();
        for (int i : found.subList(0, Math.min(LISTED, found.size()))) {
            rows.add(List.of(OPEN.button(Msg.verbatim(label(keys.get(i))), found(tag, i, keys.get(i)))));
        }
        return List.of(r.reply(Msg.of("messages.found", Map.of("count", found.size(), "query", query, "listed", Math.min(LISTED, found.size()))))
                .withButtons(rows));
    }

    private static Opening found(String tag, int index, String key) {
        return new Opening(tag, index, Walk.FOUND, hash(key).substring(0, 6));
    }

    private boolean anyLanguageSays(String key, String folded) {
        Bundles bundles = messages.bundles();
        return bundles.languageTags().stream().anyMatch(t -> bundles.bundle(t).flatMap(b -> b.pattern(key))
                .filter(text -> text.toLowerCase(Locale.ROOT).contains(folded)).isPresent());
    }

    // --- one text ---

    boolean isKey(Request r, Opening o) {
        if (!isLanguage(r, o.tag()) || o.index() < 0) {
            return false;
        }
        List<String> keys = keys();
        // a walk may go past the last key (it then says it is done); a found key must still be the one on the button
        return o.walk() == Walk.FOUND ? o.index() < keys.size() && hash(keys.get(o.index())).startsWith(o.check())
                : o.index() <= keys.size();
    }

    List<Reply> open(Request r, Opening o) {
        List<String> walked = o.walk() == Walk.MISSING ? missing(o.tag()) : o.walk() == Walk.STALE ? stale(o.tag()) : List.of();
        String key;
        int index;
        if (o.walk() == Walk.FOUND) {
            index = o.index();
            key = keys().get(index);
        } else {
            // the first of the walk from this position on: a saved one drops out of it, so Next moves on
            List<String> keys = keys();
            Optional<Integer> next = walked.stream().map(keys::indexOf).filter(i -> i >= o.index()).min(Integer::compare);
            if (next.isEmpty()) {
                people.setAwaiting(r.person().userId(), FIND.awaiting(o.tag()));
                return List.of(r.inPlace(r.reply(Msg.of(o.walk() == Walk.MISSING ? "messages.walk.missing.done" : "messages.walk.stale.done",
                        "language", languageName(o.tag())))));
            }
            index = next.get();
            key = keys.get(index);
        }
        BundleFiles folder = files.get().orElseThrow();
        String current = folder.value(o.tag(), key).orElse(null);
        String english = messages.bundles().base().pattern(key).orElse("");
        long edit = edits.start(r.person().userId(), o.tag(), key, current, r.now());
        people.setAwaiting(r.person().userId(), NEW_TEXT.awaiting(edit));
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("key", key);
        args.put("language", languageName(o.tag()));
        args.put("current", current == null ? Msg.of("messages.card.missing") : Msg.verbatim(shown(current)));
        args.put("english", Msg.verbatim(shown(english)));
        args.put("placeholders", placeholders(english, r));
        args.put("walk", o.walk() == Walk.FOUND ? "found" : "walk");
        args.put("left", walked.size());
        List<Button> row = new ArrayList<>();
        if (o.walk() != Walk.FOUND) {
            row.add(OPEN.button(Msg.of("messages.skip"), new Opening(o.tag(), index + 1, o.walk())));
        }
        row.add(LANGUAGE.button(Msg.of("messages.back.language", "language", languageName(o.tag())), o.tag()));
        return List.of(r.reply(Msg.of("messages.card", args)).withButtons(List.of(row)));
    }

    private Msg placeholders(String english, Request r) {
        List<String> names = BundleFiles.placeholders(english);
        if (names.isEmpty()) {
            return Msg.of("messages.card.noPlaceholders");
        }
        Map<String, Object> examples = BundleFiles.examples(english, exampleWords(), r.now());
        List<String> shown = new ArrayList<>();
        for (String name : names) {
            Object example = examples.get(name);
            shown.add("{" + name + "} " + (example instanceof String s ? "“" + s + "”" : example instanceof java.util.Date ? "📅" : "2"));
        }
        return Msg.of("messages.card.placeholders", "list", String.join(", ", shown));
    }

    /** Examples for the placeholders that name what they hold. */
    private Map<String, String> exampleWords() {
        Map<String, String> words = new LinkedHashMap<>();
        words.put("studio", config.studio().name());
        words.put("name", "Maria");
        words.put("client", "Maria");
        words.put("photographer", config.photographers().isEmpty() ? "Anna" : config.photographers().get(0).name());
        words.put("command", "/book");
        words.put("url", "https://example.com");
        words.put("link", "https://example.com/gallery");
        words.put("text", "Can I bring my dog?");
        return words;
    }

    /** The admin's new text: checked; refused with each problem, or previewed with Save and Discard. */
    List<Reply> newText(Request r, long editId) {
        Optional<TextEdits.Edit> found = edits.find(editId).filter(e -> e.status() == TextEdits.Status.DRAFT);
        if (found.isEmpty() || files.get().isEmpty()) {
            people.setAwaiting(r.person().userId(), null);
            return List.of(r.reply(Msg.of("messages.gone")));
        }
        TextEdits.Edit edit = found.get();
        String text = r.text();
        List<String> problems = files.get().get().problemsWith(edit.tag(), edit.key(), text);
        if (!problems.isEmpty()) {
            // still awaited: the corrected text is the next message
            people.setAwaiting(r.person().userId(), NEW_TEXT.awaiting(editId));
            return List.of(r.reply(refusal(edit.key(), problems)));
        }
        edits.propose(editId, text);
        people.setAwaiting(r.person().userId(), NEW_TEXT.awaiting(editId));
        String english = messages.bundles().base().pattern(edit.key()).orElse(text);
        Map<String, Object> examples = BundleFiles.examples(english, exampleWords(), r.now());
        examples.putAll(BundleFiles.examples(text, exampleWords(), r.now()));
        String preview = files.get().get().preview(edit.tag(), text, escaped(examples));
        List<List<Button>> rows = new ArrayList<>();
        Reply shown;
        if (BundleCheck.isButtonLabel(edit.key())) {
            shown = r.reply(Msg.of("messages.preview.button"));
            rows.add(List.of(Button.of(Msg.checkedHtml(preview), "noop")));
        } else {
            shown = r.reply(Msg.checkedHtml(preview));
        }
        Proposal proposal = new Proposal(editId, hash(text).substring(0, 6));
        rows.add(List.of(SAVE.button(Msg.of("messages.save"), proposal), DISCARD.button(Msg.of("messages.discard"), proposal)));
        return List.of(r.reply(Msg.of("messages.preview", "key", edit.key(), "language", languageName(edit.tag()))),
                shown.withButtons(rows));
    }

    /** The refusal, each problem said in the admin's language where its kind is known. */
    private static Msg refusal(String key, List<String> problems) {
        List<Msg> said = problems.stream().map(p -> Msg.of("messages.problem", "text", CheckProblems.explain(p, key))).toList();
        return Msg.of("messages.refused", Map.of("count", problems.size(), "key", key, "problems", said));
    }

    private static Map<String, Object> escaped(Map<String, Object> examples) {
        Map<String, Object> safe = new LinkedHashMap<>();
        examples.forEach((k, v) -> safe.put(k, v instanceof String s ? studiobot.i18n.Html.escape(s) : v));
        return safe;
    }

    /** Whether the press is on the preview of the text proposed last, of a draft still open. */
    boolean isOpenDraft(Request r, Proposal p) {
        return edits.find(p.edit()).filter(e -> e.status() == TextEdits.Status.DRAFT && e.newValue() != null
                && hash(e.newValue()).startsWith(p.check())).isPresent();
    }

    List<Reply> save(Request r, Proposal p) {
        long editId = p.edit();
        TextEdits.Edit edit = edits.find(editId).orElseThrow();
        // checked again: English (or another file) may have changed since the preview
        List<String> problems = files.get().orElseThrow().problemsWith(edit.tag(), edit.key(), edit.newValue());
        if (!problems.isEmpty()) {
            return List.of(r.reply(refusal(edit.key(), problems)));
        }
        people.setAwaiting(r.person().userId(), null);
        try {
            files.get().orElseThrow().save(edit.tag(), edit.key(), edit.oldValue(), edit.newValue());
        } catch (BundleFiles.Conflict c) {
            edits.settle(editId, TextEdits.Status.DISCARDED, r.now());
            return List.of(r.inPlace(r.reply(Msg.of("messages.conflict", "key", edit.key(),
                    "current", c.current() == null ? Msg.of("messages.card.missing") : Msg.verbatim(shown(c.current()))))));
        }
        edits.settle(editId, TextEdits.Status.SAVED, r.now());
        rebase(edit.tag(), edit.key());
        List<List<Button>> rows = new ArrayList<>();
        int index = keys().indexOf(edit.key());
        if (!missing(edit.tag()).isEmpty()) {
            rows.add(List.of(OPEN.button(Msg.of("messages.walk.missing", "count", missing(edit.tag()).size()),
                    new Opening(edit.tag(), Math.max(0, index), Walk.MISSING))));
        }
        if (!stale(edit.tag()).isEmpty()) {
            rows.add(List.of(OPEN.button(Msg.of("messages.walk.stale", "count", stale(edit.tag()).size()),
                    new Opening(edit.tag(), Math.max(0, index), Walk.STALE))));
        }
        return List.of(r.inPlace(r.reply(Msg.of("messages.saved", "key", edit.key(), "language", languageName(edit.tag())))
                .withButtons(rows)));
    }

    List<Reply> discard(Request r, Proposal p) {
        long editId = p.edit();
        TextEdits.Edit edit = edits.find(editId).orElseThrow();
        edits.settle(editId, TextEdits.Status.DISCARDED, r.now());
        people.setAwaiting(r.person().userId(), null);
        return List.of(r.inPlace(r.reply(Msg.of("messages.discarded", "key", edit.key()))));
    }

    /** Puts the last saved edit back, unless its text was changed again since (in the chat or on disk). */
    private List<Reply> undo(Request r) {
        Optional<TextEdits.Edit> last = edits.lastSaved();
        if (last.isEmpty() || files.get().isEmpty()) {
            return List.of(r.reply(Msg.of("messages.undo.none")));
        }
        TextEdits.Edit edit = last.get();
        try {
            files.get().get().save(edit.tag(), edit.key(), edit.newValue(), edit.oldValue());
        } catch (BundleFiles.Conflict c) {
            // changed again since: this edit can no longer be put back, and the next undo goes further back
            edits.end(edit.id(), TextEdits.Status.OVERWRITTEN, null, r.now());
            return List.of(r.reply(Msg.of("messages.undo.conflict", "key", edit.key(), "language", languageName(edit.tag()))));
        }
        edits.end(edit.id(), TextEdits.Status.UNDONE, r.person().userId(), r.now());
        rebase(edit.tag(), edit.key());
        return List.of(r.reply(Msg.of("messages.undone", Map.of("key", edit.key(), "language", languageName(edit.tag()),
                "admin", people.find(edit.adminId()).map(p -> p.name()).orElse("?"), "at", new Arg.DateTime(edit.savedAt())))));
    }

    /**
     * After the files changed on disk: each text saved in the chat that the file no longer holds
     * was replaced there; the admins hear which, and by whom it had been saved.
     */
    List<Reply> overwrittenOnDisk(List<String> tags, List<Long> admins, java.time.Instant now) {
        List<Reply> alerts = new ArrayList<>();
        for (String tag : tags) {
            for (TextEdits.Edit e : edits.standing(tag)) {
                Optional<String> inService = messages.bundles().bundle(tag).flatMap(b -> b.pattern(e.key()));
                if (inService.isPresent() && inService.get().equals(e.newValue())) {
                    continue;
                }
                edits.end(e.id(), TextEdits.Status.OVERWRITTEN, null, now);
                for (long admin : admins) {
                    alerts.add(Reply.now(new studiobot.chat.ChatId(admin), studiobot.chat.MessageKind.ALERT, Msg.of("messages.overwritten",
                            Map.of("key", e.key(), "language", languageName(tag), "admin", people.find(e.adminId()).map(p -> p.name()).orElse("?"),
                                    "at", new Arg.DateTime(e.savedAt())))));
                }
            }
        }
        return alerts;
    }

    // --- missing and stale ---

    private List<String> keys() {
        return new ArrayList<>(messages.bundles().base().patterns().keySet());
    }

    /** The English keys this language has no text for. */
    List<String> missing(String tag) {
        if (tag.equals(Bundles.BASE)) {
            return List.of();
        }
        Map<String, String> own = messages.bundles().bundle(tag).map(b -> b.patterns()).orElse(Map.of());
        return keys().stream().filter(k -> !own.containsKey(k)).toList();
    }

    /**
     * The texts whose English changed after the translation was last changed. A text seen for the
     * first time is taken as in step; a translation that changed is in step with the English of
     * that moment.
     */
    List<String> stale(String tag) {
        if (tag.equals(Bundles.BASE)) {
            return List.of();
        }
        Map<String, String> own = messages.bundles().bundle(tag).map(b -> b.patterns()).orElse(Map.of());
        Map<String, String> english = messages.bundles().base().patterns();
        Map<String, String[]> basis = edits.basis(tag);
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, String> e : english.entrySet()) {
            String translation = own.get(e.getKey());
            if (translation == null) {
                continue;
            }
            String en = hash(e.getValue());
            String tr = hash(translation);
            String[] seen = basis.get(e.getKey());
            if (seen == null || !seen[1].equals(tr)) {
                edits.setBasis(tag, e.getKey(), en, tr);
            } else if (!seen[0].equals(en)) {
                stale.add(e.getKey());
            }
        }
        return stale;
    }

    /** After a save: a translation is in step with the English of now; an English edit leaves the translations as they are. */
    private void rebase(String tag, String key) {
        if (tag.equals(Bundles.BASE)) {
            return;
        }
        Optional<String> translation = messages.bundles().bundle(tag).flatMap(b -> b.pattern(key));
        Optional<String> english = messages.bundles().base().pattern(key);
        if (translation.isPresent() && english.isPresent()) {
            edits.setBasis(tag, key, hash(english.get()), hash(translation.get()));
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Msg.InLanguage languageName(String tag) {
        return new Msg.InLanguage(tag, Msg.of("language.name"));
    }

    private static String shown(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + " …";
    }

    private static String label(String key) {
        return key.length() <= 60 ? key : "…" + key.substring(key.length() - 59);
    }
}
