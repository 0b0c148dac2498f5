package studiobot.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A copy of the shipped message files that a test edits as an admin would: line by line, saved atomically. */
public final class MessageFiles {
    private final Path dir;

    private MessageFiles(Path dir) {
        this.dir = dir;
    }

    /** Copies the shipped files into {@code dir}. */
    public static MessageFiles copiedTo(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("messages"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return new MessageFiles(dir);
    }

    public Path dir() {
        return dir;
    }

    /** Replaces the first line starting with {@code prefix} with {@code line} (removes it when null); returns its line number. */
    public int replaceLine(String file, String prefix, String line) throws IOException {
        Path path = dir.resolve(file);
        List<String> lines = new ArrayList<>(Files.readAllLines(path, StandardCharsets.UTF_8));
        int index = 0;
        while (!lines.get(index).startsWith(prefix)) {
            index++;
        }
        lines.set(index, line == null ? "" : line);
        Path edited = Files.createTempFile(dir.getParent(), "edit", ".tmp");
        Files.write(edited, lines, StandardCharsets.UTF_8);
        Files.move(edited, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return index + 1;
    }
}
