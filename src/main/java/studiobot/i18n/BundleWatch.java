package studiobot.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Hot reload of the messages folder. Each {@link #poll} compares the files' sizes and times with
 * the last look; after a change it checks the whole folder and puts every changed file that passes
 * into service at once. A file that fails is refused as a whole: its last good version stays in
 * service, and the outcome says what is wrong and where. Nothing is reported until the next change.
 */
public final class BundleWatch {
    private static final Logger log = LogManager.getLogger(BundleWatch.class);

    /** What a look at the folder found: the files put in service, and the files refused with their problems. */
    public record Outcome(List<String> reloaded, Map<String, List<BundleCheck.Problem>> refused) {
        public boolean isQuiet() {
            return reloaded.isEmpty() && refused.isEmpty();
        }
    }

    private final Path dir;
    private final Messages messages;
    private final Function<Path, List<BundleCheck.Problem>> check;
    private Map<String, String> seen;

    public BundleWatch(Path dir, Messages messages, Function<Path, List<BundleCheck.Problem>> check) {
        this.dir = dir;
        this.messages = messages;
        this.check = check;
        this.seen = stamps();
    }

    /**
     * Runs an edit made through the chat on one file (which writes it and puts its new value in
     * service) under the watch's own lock, so a poll cannot interleave with it, then knows that
     * file as it is now: the chat's own edit is not news. Other files' changes stay news.
     */
    public synchronized void applyEdit(String fileName, Runnable write) {
        write.run();
        Map<String, String> now = stamps();
        Map<String, String> next = new HashMap<>(seen);
        if (now.containsKey(fileName)) {
            next.put(fileName, now.get(fileName));
        }
        seen = next;
    }

    public synchronized Outcome poll() {
        Map<String, String> now = stamps();
        if (now.equals(seen)) {
            return new Outcome(List.of(), Map.of());
        }
        List<String> changed = new ArrayList<>();
        now.forEach((file, stamp) -> {
            if (!Objects.equals(seen.get(file), stamp)) {
                changed.add(file);
            }
        });
        seen = now;
        Map<String, List<BundleCheck.Problem>> problems = check.apply(dir).stream()
                .collect(Collectors.groupingBy(p -> p.file().getFileName().toString(), TreeMap::new, Collectors.toList()));
        Map<String, Bundle> next = new LinkedHashMap<>();
        messages.bundles().languageTags().forEach(tag -> next.put(tag, messages.bundles().bundle(tag).orElseThrow()));
        List<String> reloaded = new ArrayList<>();
        Map<String, List<BundleCheck.Problem>> refused = new TreeMap<>();
        for (String file : changed) {
            if (problems.containsKey(file)) {
                refused.put(file, problems.get(file));
                log.warn("message file {} refused, {} problems; the last good version stays in service", file, problems.get(file).size());
                continue;
            }
            String tag = file.replaceFirst("\\.properties$", "");
            try {
                next.put(tag, Bundles.read(tag, dir.resolve(file)));
                reloaded.add(file);
            } catch (IOException | UncheckedIOException e) {
                log.warn("message file {} could not be read: {}", file, e.getMessage());
            }
        }
        if (!reloaded.isEmpty()) {
            messages.replace(new Bundles(next));
            log.info("message files in service: {}", reloaded);
        }
        return new Outcome(reloaded, refused);
    }

    private Map<String, String> stamps() {
        Map<String, String> stamps = new HashMap<>();
        if (!Files.isDirectory(dir)) {
            return stamps;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.properties")) {
            for (Path file : files) {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                stamps.put(file.getFileName().toString(), a.size() + "@" + a.lastModifiedTime().toMillis() + "#" + a.fileKey());
            }
        } catch (IOException e) {
            log.warn("cannot look at message folder {}: {}", dir, e.getMessage());
            return seen == null ? stamps : seen;
        }
        return stamps;
    }
}
