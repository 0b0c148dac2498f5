package studiobot;

import static org.assertj.core.api.Assertions.assertThat;
import static studiobot.testing.BotHarness.last;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studiobot.chat.Input;
import studiobot.delivery.ChatLanes;
import studiobot.i18n.Bundles;
import studiobot.testing.BotHarness;
import studiobot.testing.BotHarness.Sent;
import studiobot.testing.MessageFiles;
import studiobot.testing.TestClock;
import studiobot.testing.TestTexts;

/**
 * An admin edits the bot's texts in the chat, on a copy of the shipped message files: finds a
 * text, sends a new one, sees it checked and previewed, saves it (the next client reads it),
 * undoes it; a text the check refuses leaves the file byte for byte as it was; an edit on disk
 * meanwhile is never overwritten; missing and stale translations are walked one by one.
 */
class TextEditingConversationTest {
    private static final long ADMIN = 1001;
    private static final long KLAUS = 7005;

    @TempDir
    Path data;
    @TempDir
    Path messagesDir;

    private final TestClock clock = TestClock.at("2026-11-23T08:00:00Z");
    private MessageFiles files;
    private BotHarness harness;

    @BeforeEach
    void open() throws IOException {
        files = MessageFiles.copiedTo(messagesDir);
        harness = new BotHarness(data, TestTexts.messages(Bundles.load(messagesDir)), clock, ChatLanes.DIRECT);
        harness.bot().watchMessages(messagesDir);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private List<Sent> admin(String text) {
        return harness.tell(ADMIN, "Eva", "en", new Input.Text(text, 1));
    }

    private List<Sent> press(Sent on, String action, Predicate<List<String>> args) {
        return harness.press(ADMIN, "Eva", "en", on, action, args);
    }

    private byte[] file(String tag) throws IOException {
        return Files.readAllBytes(messagesDir.resolve(tag + ".properties"));
    }

    /** /messages → German → the key typed: its card, awaiting the new text. */
    private Sent openGerman(String key) {
        Sent home = last(admin("/messages"));
        Sent find = last(press(home, "mlang", args -> args.get(0).equals("de")));
        assertThat(find.key()).isEqualTo("messages.find");
        return last(admin(key));
    }

    private String klausHelp() {
        return last(harness.tell(KLAUS, "Klaus", "de", new Input.Text("/help", 1))).rendered().html();
    }

    @Test
    void findEditPreviewSaveTheClientReadsItThenUndo() throws IOException {
        byte[] before = file("de");
        String oldHelp = klausHelp();

        // by a word of the text, in any language: several found, each a button
        Sent home = last(admin("/messages"));
        assertThat(home.buttons()).hasSize(8);
        Sent find = last(press(home, "mlang", args -> args.get(0).equals("de")));
        Sent found = last(admin("Studio"));
        assertThat(found.key()).as(found.rendered().html()).isEqualTo("messages.found");
        Sent card = last(press(found, "mkey", args -> true));
        assertThat(card.key()).isEqualTo("messages.card");

        // back to German: the next words are a search again, here a key
        press(card, "mlang", args -> args.get(0).equals("de"));
        card = last(admin("help.client"));
        assertThat(card.key()).isEqualTo("messages.card");
        assertThat(card.arg("key")).isEqualTo("help.client");
        assertThat(card.rendered().html()).contains("Das kann ich bei", "Here is what I can do", "{studio} “Lumen Photo Studio”");

        List<Sent> preview = admin("🆕 Neu bei <b>{studio}</b>: schreiben Sie mir einfach.");
        assertThat(preview).extracting(Sent::key).first().isEqualTo("messages.preview");
        Sent shown = last(preview);
        assertThat(shown.rendered().html()).as("as a reader sees it, example values in")
                .isEqualTo("🆕 Neu bei <b>Lumen Photo Studio</b>: schreiben Sie mir einfach.");
        assertThat(file("de")).as("nothing saved before Save").isEqualTo(before);

        Sent saved = last(press(shown, "msave", args -> true));
        assertThat(saved.key()).isEqualTo("messages.saved");
        assertThat(klausHelp()).as("in service at once").isEqualTo("🆕 Neu bei <b>Lumen Photo Studio</b>: schreiben Sie mir einfach.");
        List<String> oldLines = new String(before, java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        List<String> newLines = Files.readAllLines(messagesDir.resolve("de.properties"));
        assertThat(newLines).hasSameSizeAs(oldLines);
        for (int i = 0; i < oldLines.size(); i++) {
            if (!oldLines.get(i).startsWith("help.client=")) {
                assertThat(newLines.get(i)).as("line %d untouched", i + 1).isEqualTo(oldLines.get(i));
            }
        }
        assertThat(harness.reloadMessagesSaid()).as("the chat's own edit is not reported as a file change").isEmpty();

        Sent undone = last(admin("/messages undo"));
        assertThat(undone.key()).isEqualTo("messages.undone");
        assertThat(undone.arg("admin")).isEqualTo("Eva");
        assertThat(file("de")).as("byte for byte as before").isEqualTo(before);
        assertThat(klausHelp()).isEqualTo(oldHelp);
        assertThat(last(admin("/messages undo")).key()).as("the edit is undone once").isEqualTo("messages.undo.none");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            broken ICU               | help.client            | de | Hilfe für {studio
            missing placeholder      | help.client            | de | Hilfe für uns alle.
            wrong argument type      | faq.payment.answer     | de | Eine Anzahlung; Storno bis {changeCutoff, number} kostenlos.
            missing plural category  | privacy.erased         | ru | Готово. {cancelled, plural, one {Отменена # запись.} other {Отменено # записей.}} {studio}
            unsupported markup       | help.client            | de | <div>Hilfe für {studio}</div>
            too long                 | privacy.export.button  | de | ⬇️ Alle meine Daten jetzt sofort als eine einzige große Datei herunterladen bitte
            """)
    void aRefusedTextSaysWhatIsWrongAndLeavesTheFileAsItWas(String what, String key, String tag, String text) throws IOException {
        byte[] before = file(tag);
        Sent home = last(admin("/messages"));
        last(press(home, "mlang", args -> args.get(0).equals(tag)));
        assertThat(last(admin(key)).key()).isEqualTo("messages.card");

        Sent refused = last(admin(text));

        assertThat(refused.key()).as(what).isEqualTo("messages.refused");
        assertThat(refused.arg("key")).isEqualTo(key);
        @SuppressWarnings("unchecked")
        List<studiobot.chat.Msg> problems = (List<studiobot.chat.Msg>) refused.arg("problems");
        assertThat(problems).as(what).isNotEmpty().allSatisfy(p -> assertThat(((studiobot.chat.Msg) p.args().get("text")).key())
                .as("a kind of problem said in the admin's language, not the check's English").startsWith("check."));
        assertThat(file(tag)).as(what).isEqualTo(before);
        // still awaited: the corrected text is taken
        assertThat(admin("✏️ " + text.length()).get(0).key()).isIn("messages.refused", "messages.preview");
        assertThat(file(tag)).isEqualTo(before);
    }

    @Test
    void aGermanAdminReadsWhatIsWrongInGerman() {
        Sent home = last(harness.tell(ADMIN, "Eva", "de", new Input.Text("/messages", 1)));
        harness.press(ADMIN, "Eva", "de", home, "mlang", args -> args.get(0).equals("de"));
        harness.tell(ADMIN, "Eva", "de", new Input.Text("help.client", 2));

        Sent refused = last(harness.tell(ADMIN, "Eva", "de", new Input.Text("Hilfe für uns alle.", 3)));

        String expected = harness.bot().messages().render("de", studiobot.chat.Msg.of("check.placeholder.missing", "name", "{studio}"));
        assertThat(refused.rendered().html()).contains(expected).doesNotContain("English has it");
    }

    @Test
    void anEditOnDiskMeanwhileIsNeverOverwritten() throws IOException {
        openGerman("help.client");
        Sent shown = last(admin("Chat-Version für {studio}."));
        files.replaceLine("de.properties", "help.client=", "help.client=Datei-Version für {studio}.");

        Sent refused = last(press(shown, "msave", args -> true));

        assertThat(refused.key()).isEqualTo("messages.conflict");
        assertThat(refused.rendered().html()).contains("Datei-Version für {studio}.");
        assertThat(Files.readString(messagesDir.resolve("de.properties"))).contains("help.client=Datei-Version für {studio}.")
                .doesNotContain("Chat-Version");
    }

    @Test
    void aMissingTranslationIsAddedByTheWalkAndAStaleOneIsFound() throws IOException {
        // the translations are seen in step with English first
        last(admin("/messages"));
        Path english = messagesDir.resolve("en.properties");
        Files.writeString(english, Files.readString(english) + "privacy.later=Ask again later, <b>{studio}</b> is busy.\n");
        files.replaceLine("en.properties", "privacy.none=", "privacy.none=<b>{studio}</b> keeps nothing about you at all.");
        List<Sent> alerts = harness.reloadMessagesSaid();
        assertThat(alerts).extracting(Sent::key).containsOnly("admin.bundles.reloaded");

        Sent home = last(admin("/messages"));
        Sent german = last(press(home, "mlang", args -> args.get(0).equals("de")));
        assertThat(german.buttons()).filteredOn(b -> b.action().equals("mkey")).extracting(b -> b.args().get(2)).containsExactly("M", "S");

        Sent stale = last(press(german, "mkey", args -> args.get(2).equals("S")));
        assertThat(stale.arg("key")).isEqualTo("privacy.none");
        Sent missing = last(press(german, "mkey", args -> args.get(2).equals("M")));
        assertThat(missing.arg("key")).isEqualTo("privacy.later");
        assertThat(missing.arg("current")).isEqualTo(studiobot.chat.Msg.of("messages.card.missing"));
        Sent shown = last(admin("Bitte später noch einmal fragen, <b>{studio}</b> ist beschäftigt."));
        Sent saved = last(press(shown, "msave", args -> true));
        assertThat(saved.key()).isEqualTo("messages.saved");
        assertThat(Files.readString(messagesDir.resolve("de.properties")))
                .endsWith("privacy.later=Bitte später noch einmal fragen, <b>{studio}</b> ist beschäftigt.\n");
        assertThat(last(harness.tell(KLAUS, "Klaus", "de", new Input.Text("/messages", 1))).key()).isEqualTo("command.notAllowed");
        Sent after = last(press(last(admin("/messages")), "mlang", args -> args.get(0).equals("de")));
        assertThat(after.buttons()).filteredOn(b -> b.action().equals("mkey")).extracting(b -> b.args().get(2)).containsExactly("S");
    }

    @Test
    void saveUnderAnOlderPreviewSavesNothing() throws IOException {
        byte[] before = file("de");
        openGerman("help.client");
        Sent first = last(admin("Erste Fassung für {studio}."));
        Sent second = last(admin("Zweite Fassung für {studio}."));

        assertThat(harness.press(ADMIN, "Eva", "en", first, "msave", args -> true)).isEmpty();
        assertThat(last(harness.noticesSaid()).key()).isEqualTo("button.stale");
        assertThat(file("de")).isEqualTo(before);

        assertThat(last(press(second, "msave", args -> true)).key()).isEqualTo("messages.saved");
        assertThat(Files.readString(messagesDir.resolve("de.properties"))).contains("help.client=Zweite Fassung für {studio}.");
        assertThat(admin("Hallo, wann öffnen Sie morgen?")).as("after Save the next words are no search").extracting(Sent::key)
                .doesNotContain("messages.found", "messages.found.none", "messages.card");
    }

    @Test
    void aDiskEditThatReplacesAChatEditIsReported_andAnotherFilesDiskEditStaysNews() throws IOException {
        openGerman("help.client");
        press(last(admin("Chat für {studio}.")), "msave", args -> true);
        files.replaceLine("ru.properties", "privacy.kept=", "privacy.kept=Ничего не удалено, честно.");

        // a chat save of another file in between does not swallow the Russian edit
        Sent home = last(admin("/messages"));
        last(press(home, "mlang", args -> args.get(0).equals("el")));
        last(admin("privacy.kept"));
        press(last(admin("Δεν διαγράφηκε τίποτα.")), "msave", args -> true);
        assertThat(harness.reloadMessagesSaid()).extracting(s -> s.arg("file")).contains("ru.properties");

        files.replaceLine("de.properties", "help.client=", "help.client=Datei für {studio}.");
        List<Sent> alerts = harness.reloadMessagesSaid();

        assertThat(alerts).extracting(Sent::key).contains("messages.overwritten");
        assertThat(alerts.stream().filter(a -> "messages.overwritten".equals(a.key())).findFirst().orElseThrow().arg("key"))
                .isEqualTo("help.client");
        assertThat(last(admin("/messages undo")).key()).as("the Greek edit is the last standing").isEqualTo("messages.undone");
    }

    @Test
    void aFileRefusedOnDiskIsNotPutInServiceByAChatSave() throws IOException {
        files.replaceLine("de.properties", "privacy.kept=", "privacy.kept=Nichts {gelöscht");
        harness.reloadMessagesSaid();
        String kept = harness.bot().messages().render("de", studiobot.chat.Msg.of("privacy.kept"));

        openGerman("help.client");
        press(last(admin("Hilfe für {studio}.")), "msave", args -> true);

        assertThat(harness.bot().messages().render("de", studiobot.chat.Msg.of("privacy.kept"))).isEqualTo(kept);
        assertThat(klausHelp()).isEqualTo("Hilfe für Lumen Photo Studio.");
    }
}
