package studiobot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import studiobot.i18n.PropertiesLines.Entry;
import studiobot.i18n.PropertiesLines.Malformed;

class PropertiesLinesTest {
    private static final String TEXT = String.join("\n",
            "# comment = not a key",
            "   ! also a comment",
            "",
            "equals=a = b",
            "colon : c: d",
            "space   e f",
            "continued = first \\",
            "     second\\\\",
            "escapes=tab\\there\\nnew line \\u00e9 \\\\ \\= \\: \\#",
            "key\\ with\\ spaces=g",
            "emptyValue",
            "lastLine=\\",
            "");

    @Test
    void parse_everySyntaxForm_givesKeysValuesAndFirstLines() {
        PropertiesLines parsed = PropertiesLines.parse(TEXT);

        assertThat(parsed.malformed()).isEmpty();
        assertThat(parsed.entries()).containsExactly(
                new Entry(4, "equals", "a = b"),
                new Entry(5, "colon", "c: d"),
                new Entry(6, "space", "e f"),
                new Entry(7, "continued", "first second\\"),
                new Entry(9, "escapes", "tab\there\nnew line é \\ = : #"),
                new Entry(10, "key with spaces", "g"),
                new Entry(11, "emptyValue", ""),
                new Entry(12, "lastLine", ""));
    }

    @Test
    void parse_sameTextAsJavaUtilProperties_givesTheSameEntries() throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(TEXT));
        Map<String, String> ours = new LinkedHashMap<>();
        PropertiesLines.parse(TEXT).entries().forEach(e -> ours.put(e.key(), e.value()));

        assertThat(ours).containsExactlyInAnyOrderEntriesOf(toMap(properties));
    }

    @Test
    void parse_windowsLineEnds_countLinesOnce() {
        assertThat(PropertiesLines.parse("a=1\r\n\r\nb=2\r\n").entries())
                .containsExactly(new Entry(1, "a", "1"), new Entry(3, "b", "2"));
    }

    @Test
    void parse_malformedUnicodeEscape_isReportedNotThrown() {
        PropertiesLines parsed = PropertiesLines.parse("a=1\nb=caf\\u00g9\n");

        assertThat(parsed.malformed()).extracting(Malformed::line).containsExactly(2);
        assertThat(parsed.entries()).extracting(Entry::key).containsExactly("a", "b");
    }

    @Test
    void parse_valueWithoutKey_isReported() {
        assertThat(PropertiesLines.parse("=orphan\n").malformed())
                .containsExactly(new Malformed(1, "the line has a value but no key"));
    }

    private static Map<String, String> toMap(Properties properties) {
        Map<String, String> map = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
        return map;
    }
}
