package studiobot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import studiobot.chat.ChatId;
import studiobot.delivery.Transactions;

/**
 * The SQLite file in the data directory: WAL journal, foreign keys on, a busy timeout, full sync,
 * schema by Flyway migrations. SQLite has one writer at a time, so the program shares one
 * connection behind a lock; a transaction holds the lock from begin to commit. Instants are
 * stored as fixed-width UTC text, so they sort and compare as text.
 */
public final class Database implements Transactions, AutoCloseable {
    public static final String FILE_NAME = "studio-bot.db";
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    /**
     * The statements run, prepared once each, the least recently used closed beyond {@link #PREPARED}:
     * preparing costs SQLite more than running most of them does. Used only under the lock.
     */
    private final Map<String, PreparedStatement> prepared = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= PREPARED) {
                return false;
            }
            closeQuietly(eldest.getValue());
            return true;
        }
    };
    private static final int PREPARED = 256;
    /** The kept statements being run now, by their SQL. */
    private final Set<String> inUse = new HashSet<>();
    private int depth;
    /** What runs once the outermost transaction in hand has committed. */
    private final List<Runnable> afterCommit = new ArrayList<>();

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** The newest migration in {@code db/migration}; {@code SchemaVersionTest} holds it to the files there. */
    static final int SCHEMA_VERSION = 19;

    /**
     * Whether the schema is already at {@link #SCHEMA_VERSION} with no failed migration: then Flyway,
     * which scans the whole jar for migrations (over a second of every start), is not needed.
     */
    private static boolean isCurrent(SQLiteDataSource source) {
        try (Connection c = source.getConnection(); Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT MAX(CASE WHEN success = 1 THEN CAST(version AS INTEGER) END),"
                     + " SUM(success = 0) FROM flyway_schema_history")) {
            return rs.next() && rs.getInt(1) == SCHEMA_VERSION && rs.getInt(2) == 0;
        } catch (SQLException e) {
            return false; // a new database: no history yet
        }
    }

    /**
     * Starts loading SQLite's native library on a thread of its own (it is unpacked from the jar
     * first), so that the first open, after the command line, the config and the texts, finds it
     * loaded. Measured: 0.2-0.3 s off a start. A failure here is the first open's to report.
     * The loader logs through SLF4J: call this once logging is configured, never before.
     */
    public static void loadLibraryAside() {
        Thread loading = new Thread(() -> {
            try {
                org.sqlite.SQLiteJDBCLoader.initialize();
            } catch (Exception | LinkageError e) {
                // the open that needs the library reports why it is missing
            }
        }, "sqlite-load");
        loading.setDaemon(true);
        loading.start();
    }

    /** Opens (creating if needed) the database in {@code dataDir} and brings its schema up to date. */
    public static Database open(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("creating data directory " + dataDir, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        // the driver would run its own "SELECT last_insert_rowid()" after every insert and keep it
        // open with the kept statement, which counts as a statement in progress (VACUUM refuses)
        config.setGetGeneratedKeys(false);
        // deleted rows are overwritten, not left in free space: an erased client is gone from the file
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        if (!isCurrent(source)) {
            try {
                Flyway.configure()
                        .dataSource(source)
                        .locations("classpath:db/migration")
                        .loggers("slf4j")
                        .load()
                        .migrate();
            } catch (RuntimeException e) {
                throw new StoreException("migrating the schema of " + file, e);
            }
        }
        try {
            return new Database(file, source.getConnection());
        } catch (SQLException e) {
            throw new StoreException("opening " + file, e);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (depth > 0) {
                depth++;
                try {
                    return work.get();
                } finally {
                    depth--;
                }
            }
            begin();
            depth = 1;
            try {
                T result = work.get();
                connection.commit();
                runAfterCommit();
                return result;
            } catch (SQLException e) {
                rollbackQuietly();
                throw new StoreException("committing a transaction", e);
            } catch (RuntimeException | Error e) {
                rollbackQuietly();
                throw e;
            } finally {
                depth = 0;
                afterCommit.clear();
                autoCommit();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} once the transaction in hand commits (at once outside one); nothing if it rolls back. */
    void afterCommit(Runnable work) {
        lock.lock();
        try {
            if (depth == 0) {
                work.run();
            } else {
                afterCommit.add(work);
            }
        } finally {
            lock.unlock();
        }
    }

    private void runAfterCommit() {
        List<Runnable> due = List.copyOf(afterCommit);
        afterCommit.clear();
        depth = 0;
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new StoreException("ending a transaction", e);
        }
        for (Runnable work : due) {
            try {
                work.run();
            } catch (RuntimeException e) {
                // the transaction has committed: its caller must not be told it failed
                org.apache.logging.log4j.LogManager.getLogger(Database.class).error("work after a commit failed", e);
            }
        }
    }

    /**
     * Writes the write-ahead log into the file and empties it, so that rows just overwritten (an
     * erased client) survive in neither.
     */
    void checkpoint() {
        boolean busy = queryOne("PRAGMA wal_checkpoint(TRUNCATE)", rs -> rs.getInt(1) != 0).orElse(false);
        if (busy) {
            // another connection (an operator command) reads: the log is emptied at a later checkpoint
            org.apache.logging.log4j.LogManager.getLogger(Database.class)
                    .warn("could not empty the write-ahead log now: another connection is reading {}", file);
        }
    }

    /** Copies the whole database, consistently, into a new file (SQLite's VACUUM INTO). */
    public void backupTo(Path target) {
        if (Files.exists(target)) {
            throw new StoreException("backing up to " + target, new IOException("the file exists already"));
        }
        update("VACUUM INTO ?", target.toAbsolutePath().toString());
    }

    private void forgetPrepared() {
        prepared.values().forEach(Database::closeQuietly);
        prepared.clear();
    }

    /** Closes the connection; closing twice (a signal after a normal end) is harmless. */
    @Override
    public void close() {
        lock.lock();
        try {
            forgetPrepared();
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("closing " + file, e);
        } finally {
            lock.unlock();
        }
    }

    // --- small SQL helpers for the Sqlite* adapters ---

    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    int update(String sql, Object... params) {
        return withStatement(sql, params, ps -> ps.executeUpdate());
    }

    long insert(String sql, Object... params) {
        lock.lock();
        try {
            update(sql, params);
            return withStatement("SELECT last_insert_rowid()", new Object[0], ps -> {
                try (ResultSet keys = ps.executeQuery()) {
                    return keys.next() ? keys.getLong(1) : -1;
                }
            });
        } finally {
            lock.unlock();
        }
    }

    <T> List<T> query(String sql, Row<T> row, Object... params) {
        return withStatement(sql, params, ps -> {
            List<T> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(row.map(rs));
                }
            }
            return result;
        });
    }

    <T> Optional<T> queryOne(String sql, Row<T> row, Object... params) {
        List<T> rows = query(sql, row, params);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    static String text(Instant instant) {
        return instant == null ? null : INSTANT.format(instant);
    }

    static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    @FunctionalInterface
    private interface StatementWork<T> {
        T apply(PreparedStatement ps) throws SQLException;
    }

    private <T> T withStatement(String sql, Object[] params, StatementWork<T> work) {
        lock.lock();
        PreparedStatement ps = null;
        // the same statement asked for again while its rows are being read (a row mapper's own
        // query) is prepared apart, for once: running the kept one again would cut the first short
        boolean kept = inUse.add(sql);
        try {
            ps = kept ? prepared.get(sql) : null;
            if (ps == null) {
                ps = connection.prepareStatement(sql);
                if (kept) {
                    prepared.put(sql, ps);
                }
            }
            bind(ps, params);
            return work.apply(ps);
        } catch (SQLException e) {
            // a statement that failed is prepared afresh next time
            if (ps != null && kept) {
                prepared.remove(sql);
                closeQuietly(ps);
                ps = null;
            }
            throw new StoreException(sql, e);
        } finally {
            if (ps != null) {
                if (kept) {
                    // no value of this call (a client's text) stays bound to the kept statement
                    clearQuietly(ps);
                } else {
                    closeQuietly(ps);
                }
            }
            if (kept) {
                inUse.remove(sql);
            }
            lock.unlock();
        }
    }

    private static void clearQuietly(PreparedStatement ps) {
        try {
            ps.clearParameters();
        } catch (SQLException ignored) {
            // a statement that cannot clear its values is closed with the connection
        }
    }

    private static void closeQuietly(PreparedStatement ps) {
        try {
            ps.close();
        } catch (SQLException ignored) {
            // closing a statement cannot fail in a way that matters to the connection
        }
    }

    private static void bind(PreparedStatement ps, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof Instant t) {
                ps.setString(i + 1, text(t));
            } else if (p instanceof ChatId c) {
                ps.setLong(i + 1, c.value());
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    private void begin() {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StoreException("beginning a transaction", e);
        }
    }

    private void autoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new StoreException("ending a transaction", e);
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original failure is what matters; the connection is reset by setAutoCommit
        }
    }
}
