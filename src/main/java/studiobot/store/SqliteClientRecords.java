package studiobot.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import studiobot.chat.Msg;
import studiobot.privacy.ClientRecords;

/**
 * A client's records across every table of the schema. This class is the one place that knows
 * where a person's data lies, so a new table or job kind that holds it must be added here (the
 * test of this class names every table and job kind, and fails on one it does not know).
 */
public final class SqliteClientRecords implements ClientRecords {
    /** What a job's payload names, by kind: erasing a client drops the jobs about them and their bookings. */
    enum Subject { CLIENT, BOOKING, BOOKING_AND_TIME, QUESTION, NUDGE, NONE }

    /** Every job kind there is, and what its payload names. */
    static final Map<String, Subject> JOB_SUBJECTS = Map.of(
            "nudge-check", Subject.CLIENT,
            "nudge-wake", Subject.NUDGE,
            "booking-reminder", Subject.BOOKING_AND_TIME,
            "sneak-peek-due", Subject.BOOKING,
            "gallery-due", Subject.BOOKING,
            "rating-request", Subject.BOOKING,
            "rating-reminder", Subject.BOOKING,
            "reply-promise", Subject.QUESTION,
            "housekeeping", Subject.NONE);

    /** Every table there is (Flyway's own aside), for the test that no new one is forgotten. */
    static final Set<String> TABLES = Set.of("person", "inbox", "outbox", "job", "setting", "question", "booking", "booking_change",
            "booking_flow", "booking_draft", "conversation", "rating", "delivery", "delivery_photo", "nudge", "lost_client",
            // the staff's own: texts edited in the chat, and the translations' basis
            "text_edit", "translation_basis", "staff_member", "staff_invite");

    /** Their words shorter than this are not looked for in stored payloads: "ok" or "booking" would match others'. */
    private static final int SHORTEST_WORDS = 12;
    /** A part of their name shorter than this is not looked for alone ("Li" would match "Lisa"); the whole name always is. */
    private static final int SHORTEST_NAME_PART = 4;
    /** Their id, as a number of its own in a payload (not a part of a longer one). */
    private static final String ID_AS_NUMBER = "(?<![0-9])%d(?![0-9])";

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private final Database db;

    public SqliteClientRecords(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Summary> summary(long clientId, Instant now) {
        return db.inTransaction(() -> db.queryOne("SELECT first_seen, last_seen FROM person WHERE user_id = ?",
                rs -> new Instant[] {Database.instant(rs.getString(1)), Database.instant(rs.getString(2))}, clientId).map(seen -> {
            int[] bookings = db.queryOne("SELECT COUNT(*), COALESCE(SUM(status = 'confirmed' AND start_at > ?), 0) FROM booking WHERE client_id = ?",
                    rs -> new int[] {rs.getInt(1), rs.getInt(2)}, now, clientId).orElseThrow();
            Instant[] bookingSpan = span("SELECT MIN(start_at), MAX(start_at) FROM booking WHERE client_id = ?", clientId);
            Instant[] lineSpan = span("SELECT MIN(at), MAX(at) FROM conversation WHERE client_id = ? AND chat_id = ?", clientId, clientId);
            return new Summary(seen[0], seen[1], bookings[0], bookings[1], bookingSpan[0], bookingSpan[1],
                    count("SELECT COUNT(*) FROM question WHERE client_id = ?", clientId),
                    count("SELECT COUNT(*) FROM conversation WHERE client_id = ? AND chat_id = ?", clientId, clientId), lineSpan[0], lineSpan[1],
                    count("SELECT COUNT(*) FROM rating WHERE client_id = ?", clientId),
                    count("SELECT COUNT(*) FROM nudge WHERE client_id = ?", clientId));
        }));
    }

    @Override
    public Optional<Map<String, Object>> export(long clientId, Instant now) {
        return db.inTransaction(() -> db.queryOne("SELECT user_id, name, telegram_language, chosen_locale, zone, first_seen, last_seen FROM person WHERE user_id = ?",
                rs -> {
                    Map<String, Object> profile = new LinkedHashMap<>();
                    profile.put("telegramUserId", rs.getLong(1));
                    profile.put("name", rs.getString(2));
                    profile.put("telegramLanguage", rs.getString(3));
                    profile.put("chosenLanguage", rs.getString(4));
                    profile.put("timeZone", rs.getString(5));
                    profile.put("firstSeen", rs.getString(6));
                    profile.put("lastSeen", rs.getString(7));
                    return profile;
                }, clientId).map(profile -> {
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("exportedAt", Database.text(now));
            all.put("profile", profile);
            all.put("bookings", rows("""
                    SELECT b.id AS booking, b.package_id AS package, b.photographer_id AS photographer, b.start_at AS start, b.end_at AS "end",
                           b.status, b.no_show AS missed, b.answers, b.created_at AS booked
                    FROM booking b WHERE b.client_id = ? ORDER BY b.start_at""", clientId));
            all.put("bookingChanges", rows("""
                    SELECT booking_id AS booking, kind, by_client AS byYou, from_start AS "from", to_start AS "to", at
                    FROM booking_change WHERE client_id = ? ORDER BY at""", clientId));
            all.put("ratings", rows("""
                    SELECT booking_id AS booking, score, rated_at AS rated, comment, remedy, resolved_at AS resolved
                    FROM rating WHERE client_id = ? ORDER BY rated_at""", clientId));
            all.put("sentToYou", rows("""
                    SELECT d.booking_id AS booking, d.kind, d.sent_at AS sent, d.link, d.note,
                           (SELECT COUNT(*) FROM delivery_photo p WHERE p.delivery_id = d.id) AS photos
                    FROM delivery d JOIN booking b ON b.id = d.booking_id WHERE b.client_id = ? AND d.sent_at IS NOT NULL ORDER BY d.sent_at""", clientId));
            all.put("questions", rows("""
                    SELECT text, asked_at AS asked, forwarded_at AS forwarded, answered_at AS answered
                    FROM question WHERE client_id = ? ORDER BY asked_at""", clientId));
            all.put("bookingInProgress", rows("""
                    SELECT package_id AS package, day, start_at AS start, answers, started_at AS started
                    FROM booking_draft WHERE owner_id = ?""", clientId));
            all.put("bookingAttempts", rows("""
                    SELECT package_id AS package, started_at AS started, ended_at AS ended, outcome
                    FROM booking_flow WHERE owner_id = ? ORDER BY started_at""", clientId));
            all.put("conversation", db.query("""
                    SELECT at, incoming, kind, text FROM conversation WHERE client_id = ? AND chat_id = ? ORDER BY at, id""", rs -> {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("at", rs.getString(1));
                line.put("from", rs.getInt(2) == 1 ? "you" : "studio");
                line.put("kind", rs.getString(3).toLowerCase(java.util.Locale.ROOT));
                line.put("text", rs.getString(4) == null ? null : ReplyJson.readMsg(rs.getString(4)));
                return line;
            }, clientId, clientId));
            all.put("studioNotes", rows("""
                    SELECT reason AS "quietClientNote", since, raised_at AS raised, outcome FROM nudge WHERE client_id = ? ORDER BY raised_at""", clientId));
            return all;
        }));
    }

    @Override
    public long erase(long clientId, Instant now) {
        return db.inTransaction(() -> {
            String name = db.queryOne("SELECT name FROM person WHERE user_id = ?", rs -> rs.getString(1), clientId).orElse(null);
            List<Long> bookings = ids("SELECT id FROM booking WHERE client_id = ?", clientId);
            List<Long> questions = ids("SELECT id FROM question WHERE client_id = ?", clientId);
            List<Long> nudges = ids("SELECT id FROM nudge WHERE client_id = ?", clientId);
            List<Long> messages = ids("SELECT outbox_id FROM conversation WHERE client_id = ? AND outbox_id IS NOT NULL", clientId);
            Set<String> needles = needles(clientId, name);

            dropJobs(clientId, bookings, questions, nudges);
            // the staff's own state that points at them: a reply being written to them, a sneak peek being put together
            db.update("UPDATE person SET awaiting = NULL WHERE awaiting = ?", "relay:" + clientId);
            long pseudonym = 0;
            if (!bookings.isEmpty()) {
                // the shoots stay for the studio's books, under an id that is no one's; what the client said goes
                pseudonym = db.queryOne("SELECT MIN(-1, COALESCE(MIN(user_id), 0) - 1) FROM person", rs -> rs.getLong(1)).orElse(-1L);
                db.update("INSERT INTO person (user_id, name, first_seen, last_seen) VALUES (?, '', ?, ?)", pseudonym, now, now);
            }
            for (long booking : bookings) {
                for (long draft : ids("SELECT id FROM delivery WHERE booking_id = ? AND sent_at IS NULL", booking)) {
                    db.update("UPDATE person SET awaiting = NULL WHERE awaiting = ?", "delivering:" + draft);
                }
                // what was sent to them (photos of them, a link to their gallery) goes; that it was sent stays
                db.update("DELETE FROM delivery_photo WHERE delivery_id IN (SELECT id FROM delivery WHERE booking_id = ?)", booking);
                db.update("DELETE FROM delivery WHERE booking_id = ? AND sent_at IS NULL", booking);
                db.update("UPDATE delivery SET link = '', note = '' WHERE booking_id = ?", booking);
            }
            db.update("UPDATE booking SET client_id = ?, answers = '[]', changed_at = ? WHERE client_id = ?", pseudonym, now, clientId);
            db.update("UPDATE booking_change SET client_id = ? WHERE client_id = ?", pseudonym, clientId);
            db.update("UPDATE rating SET client_id = ?, comment = NULL WHERE client_id = ?", pseudonym, clientId);
            // attempts that became a booking stay with it; the others were theirs alone
            db.update("DELETE FROM booking_draft WHERE owner_id = ?", clientId);
            db.update("DELETE FROM booking_flow WHERE owner_id = ? AND booking_id IS NULL", clientId);
            db.update("UPDATE booking_flow SET owner_id = ? WHERE owner_id = ?", pseudonym, clientId);
            db.update("DELETE FROM question WHERE client_id = ?", clientId);
            db.update("DELETE FROM conversation WHERE client_id = ? OR chat_id = ?", clientId, clientId);
            db.update("DELETE FROM nudge WHERE client_id = ?", clientId);
            db.update("DELETE FROM lost_client WHERE client_id = ?", clientId);
            db.update("DELETE FROM person WHERE user_id = ?", clientId);

            // stored updates: theirs are blanked (still counted as handled, so none is handled again); the staff's
            // that quote them too, now if handled, else once handled
            db.update("UPDATE inbox SET payload = '{}', chat_id = 0, error = NULL, processed_at = COALESCE(processed_at, ?) WHERE chat_id = ?",
                    now, clientId);
            for (long seq : matching("SELECT seq, payload FROM inbox WHERE payload <> '{}'", needles, clientId)) {
                db.update("UPDATE inbox SET payload = CASE WHEN processed_at IS NULL THEN payload ELSE '{}' END, "
                        + "scrub = CASE WHEN processed_at IS NULL THEN 1 ELSE scrub END, error = NULL WHERE seq = ?", seq);
            }
            // messages: to them, none is kept; to staff about them, a pending one is dropped and a sent one blanked;
            // a sent one that only mentions them (an agenda listing their name) is blanked too
            db.update("DELETE FROM outbox WHERE chat_id = ?", clientId);
            for (long id : messages) {
                db.update("DELETE FROM outbox WHERE id = ? AND status = 'pending'", id);
            }
            Set<Long> blanked = new LinkedHashSet<>(messages);
            blanked.addAll(matching("SELECT id, payload FROM outbox WHERE payload <> '{}' AND status <> 'pending'", needles, clientId));
            for (long id : blanked) {
                db.update("UPDATE outbox SET payload = '{}', last_error = NULL, ref = NULL WHERE id = ? AND status <> 'pending'", id);
            }
            db.afterCommit(db::checkpoint);
            return pseudonym;
        });
    }

    private void dropJobs(long clientId, List<Long> bookings, List<Long> questions, List<Long> nudges) {
        for (Map.Entry<String, Subject> kind : JOB_SUBJECTS.entrySet()) {
            List<Long> subjects = switch (kind.getValue()) {
                case CLIENT -> List.of(clientId);
                case BOOKING, BOOKING_AND_TIME -> bookings;
                case QUESTION -> questions;
                case NUDGE -> nudges;
                case NONE -> List.of();
            };
            for (long id : subjects) {
                if (kind.getValue() == Subject.BOOKING_AND_TIME) {
                    db.update("DELETE FROM job WHERE kind = ? AND payload LIKE ?", kind.getKey(), id + ":%");
                } else {
                    db.update("DELETE FROM job WHERE kind = ? AND payload = ?", kind.getKey(), Long.toString(id));
                }
            }
        }
    }

    /**
     * What identifies the client in a stored payload: their id, their name and each longer part
     * of it, and their own longer words (messages, questions, answers, comments) and the
     * photographers' words to them, each as written and as JSON writes it. Only whole values are
     * looked for, never single short words, so another client's messages are not taken for theirs;
     * and a match only ever blanks what was handled or sent, never what is still to go.
     */
    private Set<String> needles(long clientId, String name) {
        Set<String> words = new LinkedHashSet<>();
        if (name != null && !name.isBlank()) {
            words.add(name.strip());
            for (String part : name.split("[\\s,.]+")) {
                if (part.codePointCount(0, part.length()) >= SHORTEST_NAME_PART) {
                    words.add(part);
                }
            }
        }
        List<String> said = new ArrayList<>();
        db.query("SELECT text FROM conversation WHERE client_id = ? AND chat_id = ? AND (incoming = 1 OR kind = 'RELAY') AND text IS NOT NULL",
                rs -> ReplyJson.readMsg(rs.getString(1)), clientId, clientId).forEach(m -> {
            Object text = m.args().get("text");
            if (text instanceof String t) {
                said.add(t);
            }
        });
        said.addAll(db.query("SELECT text FROM question WHERE client_id = ?", rs -> rs.getString(1), clientId));
        said.addAll(db.query("SELECT comment FROM rating WHERE client_id = ? AND comment IS NOT NULL", rs -> rs.getString(1), clientId));
        for (String answers : db.query("SELECT answers FROM booking WHERE client_id = ?", rs -> rs.getString(1), clientId)) {
            try {
                PLAIN.readTree(answers).forEach(a -> said.add(a.path("text").asText("")));
            } catch (JsonProcessingException e) {
                // answers that cannot be read are erased with the rest; they just cannot be looked for
            }
        }
        said.stream().map(String::strip).filter(w -> w.codePointCount(0, w.length()) >= SHORTEST_WORDS && !w.startsWith("/"))
                .forEach(words::add);
        Set<String> needles = new LinkedHashSet<>();
        for (String w : words) {
            needles.add(w);
            try {
                String json = PLAIN.writeValueAsString(w);
                needles.add(json.substring(1, json.length() - 1));
            } catch (JsonProcessingException e) {
                throw new StoreException("writing a word as JSON", e);
            }
        }
        return needles;
    }

    /** The ids of the rows (id, payload) whose payload contains any of the needles. */
    private List<Long> matching(String sql, Set<String> needles, long clientId) {
        List<Long> found = new ArrayList<>();
        java.util.regex.Pattern id = java.util.regex.Pattern.compile(String.format(java.util.Locale.ROOT, ID_AS_NUMBER, clientId));
        db.query(sql, rs -> {
            String payload = rs.getString(2);
            if (payload != null && (needles.stream().anyMatch(payload::contains) || id.matcher(payload).find())) {
                found.add(rs.getLong(1));
            }
            return null;
        });
        return found;
    }

    private List<Long> ids(String sql, Object... params) {
        return db.query(sql, rs -> rs.getLong(1), params);
    }

    private int count(String sql, Object... params) {
        return db.queryOne(sql, rs -> rs.getInt(1), params).orElse(0);
    }

    private Instant[] span(String sql, Object... params) {
        return db.queryOne(sql, rs -> new Instant[] {Database.instant(rs.getString(1)), Database.instant(rs.getString(2))}, params)
                .orElse(new Instant[2]);
    }

    /** Rows as name → value maps, in column order; a JSON column (the answers) as JSON. */
    private List<Map<String, Object>> rows(String sql, Object... params) {
        return db.query(sql, rs -> {
            Map<String, Object> row = new LinkedHashMap<>();
            var meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String label = meta.getColumnLabel(i);
                Object value = rs.getObject(i);
                if (label.equals("answers") && value instanceof String text) {
                    try {
                        value = PLAIN.readTree(text);
                    } catch (JsonProcessingException e) {
                        // shown as stored
                    }
                }
                row.put(label, value);
            }
            return row;
        }, params);
    }
}
