package studiobot.team;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import studiobot.config.StudioConfig.TimeRange;

/**
 * Working hours as a photographer types them: days separated by ";" or new lines, each a day's
 * name and its time ranges, or "off" ({@code mon 09:00-13:00 14:00-18:00; sat off}). A day is
 * named in English or in the writer's language, short or in full ("mon", "Montag", "пн", "周一").
 */
final class HoursText {
    /** What a text said: the days it sets (an empty list: a day off), or the part it could not read. */
    record Read(Map<DayOfWeek, List<TimeRange>> days, String unreadable, boolean badOrder) {
        boolean ok() {
            return unreadable == null;
        }
    }

    private HoursText() {}

    static Read read(String text, String languageTag) {
        Map<String, DayOfWeek> names = studiobot.i18n.Formats.weekdayNames(languageTag);
        Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
        for (String part : text.split("[;\\n]")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            String[] words = p.split("[\\s,]+");
            DayOfWeek day = names.get(fold(words[0]));
            if (day == null || words.length < 2) {
                return new Read(Map.of(), p, false);
            }
            List<TimeRange> ranges = new ArrayList<>();
            boolean off = words.length == 2 && List.of("off", "-", "—", "0").contains(words[1].toLowerCase(Locale.ROOT));
            if (!off) {
                for (int i = 1; i < words.length; i++) {
                    Optional<TimeRange> range = range(words[i]);
                    if (range.isEmpty()) {
                        return new Read(Map.of(), p, false);
                    }
                    ranges.add(range.get());
                }
                ranges.sort(Comparator.comparing(TimeRange::start));
                for (int i = 0; i < ranges.size(); i++) {
                    boolean backwards = !ranges.get(i).start().isBefore(ranges.get(i).end());
                    boolean overlaps = i > 0 && ranges.get(i).start().isBefore(ranges.get(i - 1).end());
                    if (backwards || overlaps) {
                        return new Read(Map.of(), p, true);
                    }
                }
            }
            days.put(day, List.copyOf(ranges));
        }
        if (days.isEmpty()) {
            return new Read(Map.of(), text.strip(), false);
        }
        return new Read(days, null, false);
    }

    private static Optional<TimeRange> range(String word) {
        String[] ends = word.replace('–', '-').split("-");
        if (ends.length != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TimeRange(time(ends[0]), time(ends[1])));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static LocalTime time(String text) {
        String t = text.strip().replace('.', ':');
        if (t.matches("\\d{1,2}")) {
            t = t + ":00";
        }
        if (t.matches("\\d:\\d{2}")) {
            t = "0" + t;
        }
        return LocalTime.parse(t);
    }

    private static String fold(String word) {
        return word.strip().toLowerCase(Locale.ROOT).replace(".", "");
    }
}
