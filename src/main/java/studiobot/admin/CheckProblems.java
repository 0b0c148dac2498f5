package studiobot.admin;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studiobot.chat.Msg;

/**
 * A problem of the bundle check, as an admin reads it in their language. The check words its
 * problems in English (for the command line and the log); each kind is recognised here by its
 * wording and said with a message of its own, with the same particulars. A problem of a kind not
 * listed here is shown in the check's own English.
 */
final class CheckProblems {
    private record Kind(Pattern wording, Function<Matcher, Msg> said) {}

    private static final List<Kind> KINDS = List.of(
            kind("placeholder \\{(\\w+)\\} is missing \\(English has it\\)", m -> Msg.of("check.placeholder.missing", "name", "{" + m.group(1) + "}")),
            kind("placeholder \\{(\\w+)\\} is not in English \\(English has (.*)\\)",
                    m -> Msg.of("check.placeholder.unknown", "name", "{" + m.group(1) + "}", "english", m.group(2))),
            kind("\\{(\\w+)\\} is not an argument the bot gives this text \\(it gives (.*)\\)",
                    m -> Msg.of("check.placeholder.unknown", "name", "{" + m.group(1) + "}", "english", m.group(2))),
            kind("\\{(\\w+)\\} is (.+) in the text in service and would be (.+); the bot gives it as .*",
                    m -> Msg.of("check.kind.changed", "name", "{" + m.group(1) + "}")),
            kind("not a valid ICU MessageFormat pattern: (.*)", m -> Msg.of("check.icu", "detail", m.group(1))),
            kind("\\w+ \\{(\\w+)\\} lacks (.+?): \\S+ needs (.+?)( \\(an =N selector does not replace a category\\))?",
                    m -> Msg.of("check.plural.lacks", Map.of("name", "{" + m.group(1) + "}", "lacking", m.group(2), "needed", m.group(3)))),
            kind("\\w+ \\{(\\w+)\\} has (.+), which \\S+ does not use \\(it has (.+)\\)",
                    m -> Msg.of("check.plural.foreign", Map.of("name", "{" + m.group(1) + "}", "foreign", m.group(2), "needed", m.group(3)))),
            kind("\\{(\\w+)\\} is text where the bot gives it .*", m -> Msg.of("check.kind.text", "name", "{" + m.group(1) + "}")),
            kind("<(\\w+)> is not in Telegram's HTML \\((.*)\\)", m -> Msg.of("check.html.tag", "tag", "<" + m.group(1) + ">", "allowed", m.group(2))),
            kind("<(\\w+)> is never closed", m -> Msg.of("check.html.unclosed", "tag", "<" + m.group(1) + ">")),
            kind("</(\\w+)> closes .* tags must nest", m -> Msg.of("check.html.nest", "tag", "<" + m.group(1) + ">")),
            kind("</(\\w+)> closes no open <\\w+>", m -> Msg.of("check.html.unopened", "tag", "<" + m.group(1) + ">")),
            kind("bare '&' in \"(.*)\": write &amp;", m -> Msg.of("check.html.amp", "near", m.group(1))),
            kind("'<' that starts no tag in \"(.*)\": write &lt;", m -> Msg.of("check.html.lt", "near", m.group(1))),
            kind("(button label|FAQ question \\(a button\\)|command description) is (\\d+) characters long; at most (\\d+)",
                    m -> Msg.of("check.length", Map.of("what", what(m.group(1)), "length", Integer.parseInt(m.group(2)),
                            "limit", Integer.parseInt(m.group(3))))),
            kind("renders to (\\d+) characters.*; Telegram's limit is (\\d+)",
                    m -> Msg.of("check.message.long", "length", Integer.parseInt(m.group(1)), "limit", Integer.parseInt(m.group(2)))),
            kind("button label must be one line", m -> Msg.of("check.button.oneLine")),
            kind("(button label|FAQ question \\(a button\\)|command description) is plain text, not HTML.*",
                    m -> Msg.of("check.plain", "what", what(m.group(1)))),
            kind("(button label|FAQ question \\(a button\\)|command description) is empty", m -> Msg.of("check.empty", "what", what(m.group(1)))),
            kind("unknown key: English has no such key", m -> Msg.of("check.key.unknown")),
            kind("\\{(\\w+)\\} is not one of the studio's facts an FAQ answer can state \\((.*)\\)",
                    m -> Msg.of("check.fact.unknown", "name", "{" + m.group(1) + "}", "facts", m.group(2))));

    private CheckProblems() {}

    private static Kind kind(String wording, Function<Matcher, Msg> said) {
        return new Kind(Pattern.compile(wording), said);
    }

    private static String what(String english) {
        return english.startsWith("button") ? "button" : english.startsWith("FAQ") ? "faq" : "description";
    }

    /** The problem ("key: what is wrong") in the reader's language where its kind is known; the check's English else. */
    static Msg explain(String problem, String key) {
        String text = problem.startsWith(key + ": ") ? problem.substring(key.length() + 2) : problem;
        for (Kind k : KINDS) {
            Matcher m = k.wording().matcher(text);
            if (m.matches()) {
                return k.said().apply(m);
            }
        }
        return Msg.verbatim(text);
    }
}
