package studiobot.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import studiobot.config.StudioConfig.TimeRange;
import studiobot.people.Team;

/** The team and its invitations, in SQLite; hours as {"MONDAY": ["09:00-13:00"]}, packages as a list of ids. */
public final class SqliteTeam implements Team {
    private static final TypeReference<Map<String, List<String>>> HOURS = new TypeReference<>() {};
    private static final TypeReference<List<String>> PACKAGES = new TypeReference<>() {};
    private final Database db;

    public SqliteTeam(Database db) {
        this.db = db;
    }

    @Override
    public List<Member> members() {
        return db.query("SELECT id, telegram_id, name, zone, locale, hours, packages, source, state, joined_at FROM staff_member ORDER BY joined_at, rowid",
                rs -> new Member(rs.getString(1), rs.getLong(2), rs.getString(3), ZoneId.of(rs.getString(4)), rs.getString(5),
                        hours(rs.getString(6)), new LinkedHashSet<>(Json.read(rs.getString(7), PACKAGES)),
                        Source.valueOf(rs.getString(8).toUpperCase(Locale.ROOT)), State.valueOf(rs.getString(9).toUpperCase(Locale.ROOT)),
                        Database.instant(rs.getString(10))));
    }

    @Override
    public void put(Member m) {
        db.update("""
                INSERT INTO staff_member (id, telegram_id, name, zone, locale, hours, packages, source, state, joined_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET telegram_id = excluded.telegram_id, name = excluded.name, zone = excluded.zone,
                    locale = excluded.locale, hours = excluded.hours, packages = excluded.packages, source = excluded.source,
                    state = excluded.state""",
                m.id(), m.telegramId(), m.name(), m.zone().getId(), m.locale(), Json.write(hoursJson(m.hours())),
                Json.write(new ArrayList<>(new java.util.TreeSet<>(m.packages()))), m.source().name().toLowerCase(Locale.ROOT),
                m.state().name().toLowerCase(Locale.ROOT), m.joinedAt());
    }

    @Override
    public void invite(String token, long adminId, Instant expiresAt, Instant now) {
        db.update("INSERT INTO staff_invite (token, admin_id, created_at, expires_at) VALUES (?, ?, ?, ?)", token, adminId, now, expiresAt);
    }

    @Override
    public Claim claim(String token, long userId, Instant now) {
        Optional<String[]> invite = db.queryOne("SELECT expires_at, used_at FROM staff_invite WHERE token = ?",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, token);
        if (invite.isEmpty()) {
            return Claim.UNKNOWN;
        }
        if (invite.get()[1] != null) {
            return Claim.USED;
        }
        if (!now.isBefore(Database.instant(invite.get()[0]))) {
            return Claim.EXPIRED;
        }
        return db.update("UPDATE staff_invite SET used_by = ?, used_at = ? WHERE token = ? AND used_at IS NULL", userId, now, token) == 1
                ? Claim.JOINED : Claim.USED;
    }

    @Override
    public Optional<Instant> usedAt(String token) {
        return db.queryOne("SELECT used_at FROM staff_invite WHERE token = ?", rs -> Database.instant(rs.getString(1)), token);
    }

    private static Map<String, List<String>> hoursJson(Map<DayOfWeek, List<TimeRange>> hours) {
        Map<String, List<String>> json = new TreeMap<>();
        hours.forEach((day, ranges) -> json.put(day.name(), ranges.stream().map(r -> r.start() + "-" + r.end()).toList()));
        return json;
    }

    private static Map<DayOfWeek, List<TimeRange>> hours(String json) {
        Map<DayOfWeek, List<TimeRange>> hours = new EnumMap<>(DayOfWeek.class);
        Json.read(json, HOURS).forEach((day, ranges) -> hours.put(DayOfWeek.valueOf(day), ranges.stream()
                .map(r -> new TimeRange(LocalTime.parse(r.substring(0, r.indexOf('-'))), LocalTime.parse(r.substring(r.indexOf('-') + 1))))
                .toList()));
        return hours;
    }
}
