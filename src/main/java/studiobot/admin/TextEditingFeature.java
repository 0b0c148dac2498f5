package studiobot.admin;

import java.util.Optional;
import java.util.function.Supplier;
import studiobot.config.StudioConfig;
import studiobot.feature.Feature;
import studiobot.feature.Registry;
import studiobot.i18n.BundleFiles;
import studiobot.i18n.Messages;
import studiobot.people.People;
import studiobot.people.Role;

/** {@code /messages}: admins edit the bot's texts in the chat, per language, checked before they are saved. */
public final class TextEditingFeature implements Feature {
    private final TextEditing editing;

    /**
     * @param files the message folder in service, when the bot runs on one (not the jar's own)
     */
    public TextEditingFeature(StudioConfig config, Messages messages, People people, TextEdits edits,
                              Supplier<Optional<BundleFiles>> files) {
        this.editing = new TextEditing(config, messages, people, edits, files);
    }

    /** After the message files changed on disk: alerts for texts saved in the chat that the files replaced. */
    public java.util.List<studiobot.chat.Reply> overwrittenOnDisk(java.util.List<String> tags, java.util.List<Long> admins, java.time.Instant now) {
        return editing.overwrittenOnDisk(tags, admins, now);
    }

    @Override
    public void register(Registry registry) {
        registry.menuCommand("messages", editing::command, Role.ADMIN);
        registry.simpleAction(TextEditing.HOME, editing::command, Role.ADMIN);
        registry.action(TextEditing.LANGUAGE, editing::language, editing::isLanguage, Role.ADMIN);
        registry.action(TextEditing.OPEN, editing::open, editing::isKey, Role.ADMIN);
        registry.action(TextEditing.SAVE, editing::save, editing::isOpenDraft, Role.ADMIN);
        registry.action(TextEditing.DISCARD, editing::discard, editing::isOpenDraft, Role.ADMIN);
        registry.answer(TextEditing.FIND, editing::find);
        registry.answer(TextEditing.NEW_TEXT, editing::newText);
    }
}
