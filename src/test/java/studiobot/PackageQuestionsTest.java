package studiobot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studiobot.chat.Input;
import studiobot.delivery.ChatLanes;
import studiobot.testing.BotHarness;
import studiobot.testing.BotHarness.Sent;
import studiobot.testing.TestClock;
import studiobot.testing.TestTexts;

/**
 * A question about a package gets that package's facts and its Book button; one naming no package
 * gets every package side by side. Measured on 80 questions (10 per language) written apart from
 * the code (src/test/resources/package-questions.tsv: language, question, the package meant or
 * "none"); the rate and each miss are printed, and the rate must not fall below what it is.
 */
class PackageQuestionsTest {
    /**
     * 68 of 80 at first sight of the set; 75 of 80 after the misses it showed were mended (the Arabic
     * article, editing as a package fact, a likeliest entry that lists every package): a change
     * that answers fewer fails.
     */
    private static final double AT_LEAST = 75 / 80.0;

    @TempDir
    Path data;

    private record Question(String language, String text, String expected) {}

    private static List<Question> questions() throws IOException {
        try (InputStream in = PackageQuestionsTest.class.getResourceAsStream("/package-questions.tsv")) {
            List<Question> all = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                if (f.length == 3) {
                    all.add(new Question(f[0].strip(), f[1].strip(), f[2].strip()));
                }
            }
            return all;
        }
    }

    /** What the answer was about: a package's id, "all" for every package side by side, else its key. */
    private static String answeredAbout(List<Sent> replies) {
        for (Sent s : replies) {
            if ("faq.package".equals(s.key())) {
                Optional<String> booked = s.buttons().stream().filter(b -> b.action().equals("book")).map(b -> b.args().get(0)).findFirst();
                return booked.orElse("?");
            }
            if ("faq.packages.answer".equals(s.key()) || "faq.included.answer".equals(s.key())) {
                return "none";
            }
        }
        return replies.isEmpty() ? "nothing" : String.valueOf(replies.get(0).key());
    }

    @Test
    void packageQuestionsInEightLanguagesGetThePackageMeant() throws IOException {
        List<Question> set = questions();
        assertThat(set).hasSize(80);
        List<String> misses = new ArrayList<>();
        long user = 9_000;
        try (BotHarness harness = new BotHarness(data, TestTexts.messages(), TestClock.at("2026-11-23T08:00:00Z"), ChatLanes.DIRECT)) {
            for (Question q : set) {
                user++;
                List<Sent> replies = harness.tell(user, "Client", q.language(), new Input.Text(q.text(), 1));
                String about = answeredAbout(replies);
                if (!about.equals(q.expected())) {
                    misses.add(q.language() + " «" + q.text() + "»: expected " + q.expected() + ", got " + about);
                }
            }
        }
        double rate = (set.size() - misses.size()) / (double) set.size();
        System.out.printf("package questions: %d of %d (%.1f%%)%n", set.size() - misses.size(), set.size(), 100 * rate);
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertThat(rate).as(String.join("\n", misses)).isGreaterThanOrEqualTo(AT_LEAST);
    }
}
