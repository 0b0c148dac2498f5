package studiobot.telegram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.sqlite.SQLiteConfig;
import studiobot.store.Seeding;

/**
 * The packaged bot measured from outside, each bot in its own process against its own fake Bot
 * API on 127.0.0.1. One line per figure, with its ratio to the floor or to the limit:
 * <ul>
 *   <li>{@code latency}: reply latency for /start, an FAQ answer, a button press and a calendar
 *       step (p50 and p99), interleaved with a bare TelegramBots echo bot ({@link EchoBot}, the
 *       floor: same library, no work of its own); start to first poll; RSS at idle;</li>
 *   <li>{@code network}: the same steps' p50 when every call to the Bot API takes 100 ms, as a
 *       client over Telegram's network meets them;</li>
 *   <li>{@code sending}: messages sent a second when each call to the Bot API takes 100 ms;</li>
 *   <li>{@code throughput}: updates handled a second (stored, handled, their replies committed),
 *       with more offered than that, for a minute;</li>
 *   <li>{@code scale}: a calendar step, and another chat's /start while 12 chats page the
 *       calendar, at 0, 100,000 and 1,000,000 clients (seeded into the database first);</li>
 *   <li>{@code soak [cycles]}: {@link SoakBenchmark}, the bot killed at random moments.</li>
 * </ul>
 * With no argument, every part but the soak. Not part of {@code mvn verify}; run by hand after
 * {@code mvn -B -q -DskipTests package} (see the README's Benchmarks):
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) studiobot.telegram.LiveBenchmark [part]
 * </pre>
 */
public final class LiveBenchmark {
    /**
     * Samples taken and discarded before each step's measured ones (the first of them is printed as
     * the first reply after the start); {@code -Dbench.warmUp=250} measures both bots with their
     * code compiled as a long run leaves it.
     */
    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 20);
    /** Samples measured for each step: 200, so that p99 is not one slow sample's alone. */
    private static final int MEASURED = 200;
    /**
     * At most one sample this often: the steps send up to three messages each, and a faster pace
     * would meet Telegram's 30 a second overall, which both bots keep; this measures latency, not throughput.
     */
    private static final Duration PACE = Duration.ofMillis(150);
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Chats paging the calendar beside the measured /start: 12 pages a second, with the /start replies under Telegram's 30. */
    private static final int PAGERS = 12;
    private static final List<String> STEPS = List.of("/start", "an FAQ answer", "a button press", "a calendar step");
    /** Telegram's round trip is typically 50-150 ms. */
    private static final Duration NETWORK_ROUND_TRIP = Duration.ofMillis(100);
    private static final int NETWORK_WARM_UP = 10;
    private static final int NETWORK_MEASURED = 50;

    private LiveBenchmark() {}

    /** A bot in its own process, polling its own fake; {@code data} is its data directory (null for the floor). */
    private record Running(String name, Process process, FakeBotApi telegram, long startToFirstPollNanos, Path data) {}

    public static void main(String[] args) throws Exception {
        String part = args.length > 0 ? args[0] : "all";
        if (part.equals("soak")) {
            SoakBenchmark.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (!Set.of("all", "latency", "network", "sending", "throughput", "scale").contains(part)) {
            throw new IllegalArgumentException("parts: latency, network, sending, throughput, scale, soak [cycles]; none for all but the soak");
        }
        Path jar = Path.of("target", "studio-bot.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException("build the jar first: mvn -B -q -DskipTests package");
        }
        Path dir = Files.createTempDirectory("studio-bot-live");
        if (part.equals("all") || part.equals("latency")) {
            latency(jar, dir);
        }
        if (part.equals("all") || part.equals("network")) {
            network(jar, dir);
        }
        if (part.equals("all") || part.equals("sending")) {
            try (Bot bot = new Bot(studio(jar, dir, "sending", 0))) {
                sending(bot.running);
            }
        }
        if (part.equals("all") || part.equals("throughput")) {
            try (Bot bot = new Bot(studio(jar, dir, "throughput", 0))) {
                throughput(bot.running);
            }
        }
        if (part.equals("all") || part.equals("scale")) {
            scale(jar, dir);
        }
    }

    /** Stops the bot's process and its fake when done with it. */
    private record Bot(Running running) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            running.process().destroy();
            running.process().waitFor();
            running.telegram().close();
        }
    }

    private static void latency(Path jar, Path dir) throws Exception {
        try (Bot plain = new Bot(plain(jar, dir))) {
            Thread.sleep(3_000);
            System.out.printf("as 'java -jar' starts it: start to first poll %.2f s, RSS at idle %d MB%n",
                    plain.running().startToFirstPollNanos() / 1e9, rssMegabytes(plain.running().process()));
        }
        System.out.printf("as the Docker image starts it (%s), in %s of memory:%n", String.join(" ", containerFlags(jar, dir)), CONTAINER_MEMORY);
        // the first start makes the database; the one measured after it is a restart, as nearly every start is
        long firstStart;
        try (Bot first = new Bot(studio(jar, dir, "latency", 0))) {
            firstStart = first.running().startToFirstPollNanos();
        }
        try (Bot bot = new Bot(studio(jar, dir, "latency", 0));
             Bot echo = new Bot(floor(dir, "latency"))) {
            Running ours = bot.running();
            Running floor = echo.running();
            System.out.printf("start to first poll: %.2f s on the database of an earlier start (floor %.2f s, %.1f×; target ≤ 1.5 s);"
                    + " %.2f s for the first start, which makes the database%n", ours.startToFirstPollNanos() / 1e9,
                    floor.startToFirstPollNanos() / 1e9, (double) ours.startToFirstPollNanos() / floor.startToFirstPollNanos(), firstStart / 1e9);
            Thread.sleep(3_000);
            System.out.printf("RSS at idle after the start: %d MB (floor %d MB; target ≤ 160 MB)%n", rssMegabytes(ours.process()),
                    rssMegabytes(floor.process()));
            for (String step : STEPS) {
                Samples taken = interleaved(step, ours, floor, WARM_UP, MEASURED, true);
                long[] a = taken.ours();
                long[] b = taken.floor();
                System.out.printf("reply latency, %s: p50 %.1f ms (floor %.1f, %.1f×; target ≤ 1.5×), p99 %.1f ms (floor %.1f, %.1f×; target ≤ 2×)%n",
                        step, p(a, 50), p(b, 50), p(a, 50) / p(b, 50), p(a, 99), p(b, 99), p(a, 99) / p(b, 99));
            }
            Thread.sleep(3_000);
            System.out.printf("RSS at idle after the latency runs: %d MB (floor %d MB; target ≤ 160 MB)%n", rssMegabytes(ours.process()),
                    rssMegabytes(floor.process()));
        }
    }

    /**
     * Each step as a client meets it over Telegram's network: every call to the Bot API answered
     * after {@link #NETWORK_ROUND_TRIP}, for both bots, so what the bot's own work adds shows
     * against what a client waits anyway (PRODUCT.md: the bot's own work is small next to the network).
     */
    private static void network(Path jar, Path dir) throws Exception {
        try (Bot bot = new Bot(studio(jar, dir, "network", 0));
             Bot echo = new Bot(floor(dir, "network"))) {
            bot.running().telegram().roundTrip(NETWORK_ROUND_TRIP);
            echo.running().telegram().roundTrip(NETWORK_ROUND_TRIP);
            for (String step : STEPS) {
                Samples taken = interleaved(step, bot.running(), echo.running(), NETWORK_WARM_UP, NETWORK_MEASURED, false);
                System.out.printf("reply latency with a %d ms Bot API round trip, %s: p50 %.1f ms (floor %.1f, %.2f×)%n",
                        NETWORK_ROUND_TRIP.toMillis(), step, p(taken.ours(), 50), p(taken.floor(), 50), p(taken.ours(), 50) / p(taken.floor(), 50));
            }
        }
    }

    /**
     * One step, taken by our bot and the floor in turn, {@code warmUp} times unmeasured and then
     * {@code measured} times; returns both bots' times, sorted. The first of the warm-up is the first
     * of its kind since the start, printed when {@code printFirst}.
     */
    private static Samples interleaved(String step, Running ours, Running floor, int warmUp, int measured, boolean printFirst)
            throws Exception {
        long[] a = new long[measured];
        long[] b = new long[measured];
        for (int i = -warmUp; i < measured; i++) {
            long next = System.nanoTime() + PACE.toNanos();
            long user = 1_000_000L * (STEPS.indexOf(step) + 1) + 10_000 + i;
            long x = once(step, ours, true, user);
            long y = once(step, floor, false, user + 10_000);
            if (i == -warmUp && printFirst) {
                // the first of its kind since the start: what the first client after a restart waits
                System.out.printf("first reply of its kind after the start, %s: %.1f ms (floor %.1f ms)%n", step, x / 1e6, y / 1e6);
            }
            sleepUntil(next);
            if (i >= 0) {
                a[i] = x;
                b[i] = y;
            }
        }
        Arrays.sort(a);
        Arrays.sort(b);
        return new Samples(a, b);
    }

    /** One step's measured times, in nanoseconds, sorted: ours and the floor's. */
    private record Samples(long[] ours, long[] floor) {}

    /** 300 clients' /start at once, each call to the Bot API taking 100 ms: only Telegram's overall limit holds them. */
    private static void sending(Running bot) throws Exception {
        FakeBotApi t = bot.telegram();
        t.roundTrip(Duration.ofMillis(100));
        int clients = 300;
        long first = 3_000_000;
        for (int i = 0; i < clients; i++) {
            t.userSends(first + i, "Client" + i, "en", "/start");
        }
        for (int i = 0; i < clients; i++) {
            long user = first + i;
            t.await("sendmessage", c -> c.chatId() == user, Duration.ofMinutes(2));
        }
        List<Instant> at = t.calls("sendmessage").stream().filter(c -> c.chatId() >= first && c.chatId() < first + clients)
                .map(FakeBotApi.Call::at).sorted().toList();
        // the first 30 may go at once (Telegram's burst); what follows is held to the rate
        int burst = 30;
        double seconds = Duration.between(at.get(0), at.get(at.size() - 1)).toNanos() / 1e9;
        System.out.printf("messages sent a second, 100 ms round trip: %.1f/s (%d in %.1f s, the first %d as Telegram's burst allows);"
                + " beyond the burst %.1f/s (%.2f× Telegram's limit of 30/s; target ≥ 28/s)%n",
                (at.size() - 1) / seconds, at.size(), seconds, burst, (at.size() - burst) / seconds, (at.size() - burst) / seconds / 30);
    }

    /**
     * Updates offered at 2,000 a second (more than the bot handles) for 70 s from 5,000 clients (a mix of /start, FAQ
     * questions and commands); counted as handled when the bot's database has marked them done,
     * which it does in the transaction that commits their replies. The first 10 s are warm-up.
     */
    private static void throughput(Running bot) throws Exception {
        FakeBotApi t = bot.telegram();
        List<String> texts = List.of("/start", "How much is a wedding?", "/help", "Can I bring my dog?", "/mybookings",
                "Πότε θα πάρω τις φωτογραφίες;", "/language", "thanks!");
        int perSecond = 2_000;
        Duration warmUp = Duration.ofSeconds(10);
        Duration measured = Duration.ofSeconds(60);
        AtomicBoolean feeding = new AtomicBoolean(true);
        Thread feeder = new Thread(() -> {
            long begin = System.nanoTime();
            int sent = 0;
            while (feeding.get()) {
                long due = (System.nanoTime() - begin) * perSecond / 1_000_000_000L;
                while (sent < due) {
                    int client = sent % 5_000;
                    t.userSends(4_000_000 + client, "Client" + client, client % 3 == 0 ? "el" : "en", texts.get(sent % texts.size()));
                    sent++;
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "feeder");
        feeder.start();
        try (Connection db = readOnly(bot.data())) {
            Thread.sleep(warmUp.toMillis());
            long from = handled(db);
            long started = System.nanoTime();
            long slowest = Long.MAX_VALUE;
            long last = from;
            for (int s = 0; s < measured.toSeconds(); s++) {
                sleepUntil(started + (s + 1) * 1_000_000_000L);
                long now = handled(db);
                slowest = Math.min(slowest, now - last);
                last = now;
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            double rate = (last - from) / seconds;
            long failed = count(db, "SELECT COUNT(*) FROM inbox WHERE error IS NOT NULL AND source <> 'seed'");
            long waiting = count(db, "SELECT COUNT(*) FROM inbox WHERE processed_at IS NULL");
            System.out.printf("updates handled a second, for a minute: %.0f/s (slowest second %d; %d offered a second, %d stored and"
                    + " waiting at the end; %d failed; %.2f× the target of ≥ 1,000/s)%n", rate, slowest, perSecond, waiting, failed, rate / 1_000);
        } finally {
            feeding.set(false);
            feeder.join();
        }
    }

    /**
     * At each size: a calendar step (p50, against the same step on a fresh database), and /start
     * by other clients, alone and while {@link #PAGERS} clients page the calendar back and forth,
     * each as fast as Telegram lets its chat be sent to.
     */
    private static void scale(Path jar, Path dir) throws Exception {
        double freshStep = 0;
        for (int clients : new int[] {0, 100_000, 1_000_000}) {
            Path data = dir.resolve("scale-" + clients);
            if (clients > 0) {
                long seeding = System.nanoTime();
                Seeding.clients(data, clients, Instant.now());
                System.out.printf("seeded %,d clients (a past shoot, an update and its answer each) in %.0f s%n", clients,
                        (System.nanoTime() - seeding) / 1e9);
            }
            try (Bot bot = new Bot(studio(jar, dir, "scale-" + clients, clients))) {
                Running r = bot.running();
                long base = 6_000_000L + clients;
                double step = median(i -> once("a calendar step", r, true, base + i), 20, 60);
                double alone = median(i -> once("/start", r, true, base + 1_000 + i), 20, 60);
                // each chat's pages go at Telegram's pace for one chat (a second apart): PAGERS of them
                // keep the bot rendering calendars all the time, within the 30 a second overall
                AtomicBoolean paging = new AtomicBoolean(true);
                AtomicInteger pages = new AtomicInteger();
                List<Thread> pagers = new ArrayList<>();
                for (int p = 0; p < PAGERS; p++) {
                    long pagerUser = base + 9_000 + p;
                    Thread pager = new Thread(() -> page(r, pagerUser, paging, pages), "pager-" + p);
                    pager.start();
                    pagers.add(pager);
                }
                double beside;
                double perSecond;
                try {
                    Thread.sleep(5_000);
                    int before = pages.get();
                    long from = System.nanoTime();
                    beside = median(i -> once("/start", r, true, base + 2_000 + i), 0, 60);
                    perSecond = (pages.get() - before) / ((System.nanoTime() - from) / 1e9);
                } finally {
                    paging.set(false);
                    for (Thread pager : pagers) {
                        pager.join();
                    }
                }
                if (clients == 0) {
                    freshStep = step;
                }
                System.out.printf("at %,d clients: a calendar step p50 %.1f ms (%.2f× a fresh database; target ≤ 1.5×);"
                        + " another chat's /start p50 %.1f ms while %d chats page the calendar (%.1f pages a second; alone %.1f ms, %.2f×;"
                        + " target ≤ 1.5×)%n", clients, step, step / freshStep, beside, PAGERS, perSecond, alone, beside / alone);
            }
        }
    }

    /** One client pages its calendar forward and back, each press as soon as the last page came. */
    private static void page(Running r, long user, AtomicBoolean paging, AtomicInteger pages) {
        FakeBotApi t = r.telegram();
        String name = "Pager" + user;
        try {
            t.userSends(user, name, "en", "/book");
            FakeBotApi.Call packages = t.await("sendmessage", c -> c.chatId() == user, WAIT);
            t.userPresses(user, name, packages.buttonData().get(0), packages.body().path("_message_id").asLong());
            FakeBotApi.Call page = t.awaitNth("editmessagetext", c -> c.chatId() == user, 1, WAIT);
            for (int n = 2; paging.get(); n++) {
                String arrow = arrow(page);
                t.userPresses(user, name, arrow, page.body().path("message_id").asLong());
                page = t.awaitNth("editmessagetext", c -> c.chatId() == user, n, WAIT);
                pages.incrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The calendar's arrow to another month: the next one if there is one, else the one back. */
    private static String arrow(FakeBotApi.Call page) {
        String back = null;
        for (var b : page.body().path("reply_markup").path("inline_keyboard").path(0)) {
            if (b.path("text").asText().equals("›")) {
                return b.path("callback_data").asText();
            }
            if (b.path("text").asText().equals("‹")) {
                back = b.path("callback_data").asText();
            }
        }
        if (back == null) {
            throw new IllegalStateException("a calendar with no arrow: " + page.body());
        }
        return back;
    }

    @FunctionalInterface
    private interface Sample {
        long take(int i) throws Exception;
    }

    private static double median(Sample sample, int warmUp, int measured) throws Exception {
        long[] nanos = new long[measured];
        for (int i = -warmUp; i < measured; i++) {
            long next = System.nanoTime() + PACE.toNanos();
            long n = sample.take(i + warmUp);
            sleepUntil(next);
            if (i >= 0) {
                nanos[i] = n;
            }
        }
        Arrays.sort(nanos);
        return p(nanos, 50);
    }

    /**
     * The percentile by nearest rank, in milliseconds: the smallest sample with at least that share
     * of the samples at or below it: of 200, p99 is the third-slowest and p50 the 100th
     * ({@code n * p / 100} as an index took the slowest for p99 of 100, and the 51st for p50).
     */
    static double p(long[] sorted, int percentile) {
        int rank = (int) Math.ceil(sorted.length * percentile / 100.0);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }

    private static Connection readOnly(Path data) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return config.createConnection("jdbc:sqlite:" + data.resolve("studio-bot.db"));
    }

    /** Updates handled without a failure (one that failed is marked done too, with its error). */
    private static long handled(Connection db) throws SQLException {
        return count(db, "SELECT COUNT(*) FROM inbox WHERE processed_at IS NOT NULL AND error IS NULL AND source <> 'seed'");
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The packaged bot on a data directory of its own, started as the Docker image starts it. */
    private static Running studio(Path jar, Path dir, String name, int clients) throws Exception {
        Path data = dir.resolve(clients > 0 ? "scale-" + clients : name);
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(containerFlags(jar, dir));
        command.addAll(List.of("-jar", jar.toString(), "--data", data.toString(), "run"));
        return start("studio-bot " + name, dir, command, data);
    }

    /** The floor: {@link EchoBot} in a process of its own, on the classpath of this one. */
    private static Running floor(Path dir, String name) throws Exception {
        return start("echo floor " + name, dir, List.of(java(), "-cp", System.getProperty("java.class.path"),
                EchoBot.class.getName(), FakeBotApi.TOKEN, "%URL%"), null);
    }

    /** The packaged bot as a newcomer starts it: {@code java -jar}, no flags. */
    private static Running plain(Path jar, Path dir) throws Exception {
        Path data = dir.resolve("plain");
        return start("studio-bot plain", dir, List.of(java(), "-jar", jar.toString(), "--data", data.toString(), "run"), data);
    }

    /** How much memory the container is taken to have: the JVM sizes itself by it, as in a container of that limit. */
    static final String CONTAINER_MEMORY = "512m";
    private static List<String> containerFlags;

    /**
     * The JVM options of the Dockerfile's ENTRYPOINT, with its class-data archive made here as the
     * Dockerfile makes it (a start against a Bot API that is not there, stopped by SIGTERM), and the memory of a small
     * container ({@link #CONTAINER_MEMORY}).
     */
    private static synchronized List<String> containerFlags(Path jar, Path dir) throws Exception {
        if (containerFlags != null) {
            return containerFlags;
        }
        String entrypoint = Files.readAllLines(Path.of("Dockerfile"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("ENTRYPOINT ")).findFirst().orElseThrow(() -> new IllegalStateException("no ENTRYPOINT in the Dockerfile"));
        List<String> words = new ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(entrypoint.substring("ENTRYPOINT ".length())).forEach(w -> words.add(w.asText()));
        Path archive = dir.resolve("studio-bot.jsa");
        ProcessBuilder making = new ProcessBuilder(java(), "-XX:ArchiveClassesAtExit=" + archive, "-jar", jar.toString(),
                "--data", dir.resolve("archive-run").toString(), "run").redirectErrorStream(true)
                .redirectOutput(dir.resolve("archive-run.txt").toFile());
        making.environment().put("TELEGRAM_BOT_TOKEN", "0:archive");
        making.environment().put("TELEGRAM_API_URL", "http://127.0.0.1:9");
        // it waits for the Bot API that is not there, as the Dockerfile's run does, until a SIGTERM
        Process archiving = making.start();
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Files.readString(dir.resolve("archive-run.txt")).contains("did not answer the start") && archiving.isAlive()
                && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        archiving.destroy();
        archiving.waitFor();
        if (!Files.exists(archive)) {
            throw new IllegalStateException("no class-data archive made; see " + dir.resolve("archive-run.txt"));
        }
        List<String> flags = new ArrayList<>();
        for (String w : words.subList(1, words.indexOf("-jar"))) {
            flags.add(w.startsWith("-XX:SharedArchiveFile=") ? "-XX:SharedArchiveFile=" + archive : w);
        }
        flags.add("-XX:MaxRAM=" + CONTAINER_MEMORY);
        containerFlags = List.copyOf(flags);
        return containerFlags;
    }

    private static Running start(String name, Path dir, List<String> command, Path data) throws Exception {
        FakeBotApi telegram = new FakeBotApi(Clock.systemUTC());
        List<String> args = command.stream().map(a -> a.replace("%URL%", telegram.url().toString())).toList();
        ProcessBuilder builder = new ProcessBuilder(args).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name.replace(' ', '-') + ".txt").toFile());
        builder.environment().put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
        builder.environment().put("TELEGRAM_API_URL", telegram.url().toString());
        long started = System.nanoTime();
        Process process = builder.start();
        long firstPoll = telegram.awaitFirstPoll(Duration.ofSeconds(60));
        return new Running(name, process, telegram, firstPoll - started, data);
    }

    /** The time from the update's arrival at the fake to the reply the step is about; what leads up to it is not counted. */
    private static long once(String step, Running r, boolean studio, long user) throws Exception {
        FakeBotApi t = r.telegram();
        String name = "Client" + user;
        IntFunction<FakeBotApi.Call> nthSent = n -> {
            try {
                return t.awaitNth("sendmessage", c -> c.chatId() == user, n, WAIT);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        switch (step) {
            case "/start" -> {
                long start = System.nanoTime();
                t.userSends(user, name, "en", "/start");
                nthSent.apply(1);
                return System.nanoTime() - start;
            }
            case "an FAQ answer" -> {
                long start = System.nanoTime();
                t.userSends(user, name, "en", "How much is a wedding?");
                nthSent.apply(1);
                return System.nanoTime() - start;
            }
            default -> {
                // a message with buttons first (not counted): the greeting, or the package list
                t.userSends(user, name, "en", step.equals("a button press") ? "/start" : "/book");
                FakeBotApi.Call shown = nthSent.apply(1);
                String data = studio ? shown.buttonData().get(0) : "press";
                long onMessage = shown.body().path("_message_id").asLong();
                long start = System.nanoTime();
                t.userPresses(user, name, data, onMessage);
                t.await("editmessagetext", c -> c.chatId() == user, WAIT);
                return System.nanoTime() - start;
            }
        }
    }

    private static long rssMegabytes(Process process) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"), StandardCharsets.UTF_8)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }
}
