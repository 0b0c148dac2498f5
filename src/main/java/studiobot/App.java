package studiobot;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import studiobot.config.ConfigException;
import studiobot.config.ConfigLoader;
import studiobot.config.StudioConfig;
import studiobot.console.ConsoleSandbox;
import studiobot.delivery.ChatLanes;
import studiobot.i18n.BundleCheck;
import studiobot.i18n.Bundles;
import studiobot.i18n.Formats;
import studiobot.i18n.LocaleData;
import studiobot.i18n.ZoneDirectory;
import studiobot.i18n.Messages;
import studiobot.store.Database;
import studiobot.time.ShiftableClock;

/**
 * The command line. Without a subcommand it runs the bot: on Telegram when TELEGRAM_BOT_TOKEN is
 * set, else the console sandbox on the same database and messages.
 */
@Command(name = "studio-bot", mixinStandardHelpOptions = true, versionProvider = App.Version.class,
        description = "The front desk of a photography studio, on Telegram.%n"
                + "Without a subcommand: serve Telegram if TELEGRAM_BOT_TOKEN is set, else start the console sandbox.",
        subcommands = {App.Run.class, App.Console.class, App.Backup.class, App.Export.class, App.Forget.class, App.MessagesCommand.class,
                CommandLine.HelpCommand.class})
public final class App implements Callable<Integer> {
    static final String DEFAULT_API_URL = "https://api.telegram.org";
    static final int EXIT_ERROR = 1;
    static final int EXIT_CONFIG = 2;
    static final int EXIT_USAGE = 64;
    /** Log events the stderr appender leaves out (see log4j2.xml): the console has had its one line. */
    private static final org.apache.logging.log4j.Marker FILE_ONLY = org.apache.logging.log4j.MarkerManager.getMarker("FILE_ONLY");

    @Option(names = "--config", scope = CommandLine.ScopeType.INHERIT, paramLabel = "FILE",
            defaultValue = "${env:STUDIO_BOT_CONFIG}",
            description = "Studio configuration (YAML). Env: STUDIO_BOT_CONFIG. Default: the built-in demo studio.")
    Path config;

    @Option(names = "--data", scope = CommandLine.ScopeType.INHERIT, paramLabel = "DIR",
            defaultValue = "${env:STUDIO_BOT_DATA:-./data}",
            description = "Data directory (database, logs). Env: STUDIO_BOT_DATA. Default: ${DEFAULT-VALUE}.")
    Path data;

    @Option(names = "--messages", scope = CommandLine.ScopeType.INHERIT, paramLabel = "DIR",
            defaultValue = "${env:STUDIO_BOT_MESSAGES:-./messages}",
            description = "Message bundles folder. Env: STUDIO_BOT_MESSAGES. Default: ${DEFAULT-VALUE} (the shipped bundles when absent).")
    Path messages;

    /** Where the console sandbox reads and writes, and whether a person types there (then it does not echo). */
    private final InputStream consoleIn;
    private final PrintStream consoleOut;
    private final boolean interactive;

    private App(InputStream consoleIn, PrintStream consoleOut, boolean interactive) {
        this.consoleIn = consoleIn;
        this.consoleOut = consoleOut;
        this.interactive = interactive;
    }

    public static void main(String[] args) {
        // the /stats pictures are drawn without a display
        System.setProperty("java.awt.headless", "true");
        int code = commandLine().execute(args);
        LogManager.shutdown();
        System.exit(code);
    }

    /** The command line on the process's own stdin and stdout. */
    static CommandLine commandLine() {
        return commandLine(System.in, new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8),
                System.console() != null);
    }

    /** The command line with the console sandbox on other streams: a test's script and buffer, in process. */
    static CommandLine commandLine(InputStream consoleIn, PrintStream consoleOut, boolean interactive) {
        App app = new App(consoleIn, consoleOut, interactive);
        CommandLine cli = new CommandLine(app);
        // "--messages messages" names a folder, though "messages" is also a subcommand
        cli.setAllowSubcommandsAsOptionParameters(true);
        // every error is one line on stderr and an exit code the README lists; a stack trace goes to the log file only
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ConfigException) {
                cmd.getErr().println("studio-bot: configuration problem: " + e.getMessage());
                return EXIT_CONFIG;
            }
            if (e instanceof Refusal) {
                cmd.getErr().println("studio-bot: " + e.getMessage());
                return Refusal.EXIT_CODE;
            }
            cmd.getErr().println("studio-bot: " + oneLine(e) + " (details in " + app.logFile() + ")");
            logger().error(FILE_ONLY, "stopped by an error", e);
            return EXIT_ERROR;
        });
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("studio-bot: " + oneLine(e).replaceFirst("\\.$", "") + "; see '" + cmd.getCommandSpec().qualifiedName() + " --help'");
            return EXIT_USAGE;
        });
        return cli;
    }

    @Override
    public Integer call() throws Exception {
        return new Run(this).call();
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Serve Telegram by long polling (TELEGRAM_BOT_TOKEN; TELEGRAM_API_URL, default " + DEFAULT_API_URL
                    + "); without a token, the console sandbox.")
    static final class Run implements Callable<Integer> {
        @ParentCommand
        App app;

        Run() {}

        Run(App app) {
            this.app = app;
        }

        @Override
        public Integer call() throws Exception {
            String token = System.getenv("TELEGRAM_BOT_TOKEN");
            if (token == null || token.isBlank()) {
                return app.console(null);
            }
            return app.telegram(token.trim(), URI.create(envOr("TELEGRAM_API_URL", DEFAULT_API_URL)));
        }
    }

    @Command(name = "console", mixinStandardHelpOptions = true,
            description = "The console sandbox: chat with the bot in the terminal as a client, photographer or admin, "
                    + "and move the clock forward. Reads one input per line; scriptable from a pipe.")
    static final class Console implements Callable<Integer> {
        @ParentCommand
        App app;

        @Option(names = "--start-at", paramLabel = "INSTANT",
                description = "Start the sandbox clock at this UTC instant (e.g. 2026-12-01T08:00:00Z) and keep it still "
                        + "except for :advance, for repeatable transcripts.")
        Instant startAt;

        @Override
        public Integer call() throws Exception {
            return app.console(startAt);
        }
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = "Write a consistent copy of the database (safe while the bot runs).")
    static final class Backup implements Callable<Integer> {
        @ParentCommand
        App app;

        @Option(names = "--to", paramLabel = "FILE", description = "Target file, which must not exist. Default: DATA/backups/studio-bot-<time>.db")
        Path target;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Path file = target != null ? target : app.data.resolve("backups").resolve("studio-bot-"
                    + DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now()) + ".db");
            if (Files.exists(file)) {
                throw new Refusal("backup: " + file + " exists already; name a new file with --to");
            }
            try (StudioBot bot = app.openExisting()) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                bot.backupTo(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            spec.commandLine().getOut().println("backup written to " + file);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write everything the studio keeps about one client as readable JSON (what /privacy gives them).")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        App app;

        @Option(names = "--client", required = true, paramLabel = "ID", description = "The client's Telegram user id.")
        long client;

        @Option(names = "--to", paramLabel = "FILE", description = "Target file, which must not exist. Default: standard output.")
        Path target;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws java.io.IOException {
            if (target != null && Files.exists(target)) {
                throw new Refusal("export: " + target + " exists already; name a new file with --to");
            }
            requireClientId(client);
            String json;
            try (StudioBot bot = app.openExisting()) {
                json = bot.exportClient(client).orElseThrow(() -> new Refusal("export: the studio keeps nothing about client " + client));
            }
            if (target == null) {
                spec.commandLine().getOut().print(json);
            } else {
                if (target.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(target.toAbsolutePath().getParent());
                }
                Files.writeString(target, json, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
                spec.commandLine().getOut().println("export of client " + client + " written to " + target);
            }
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "forget", mixinStandardHelpOptions = true,
            description = "Erase one client, as their own request in the chat would: upcoming bookings are cancelled "
                    + "(their photographers told), shoots that took place stay as \"a deleted client\", the rest is erased. "
                    + "Without --yes it only says what would go.")
    static final class Forget implements Callable<Integer> {
        @ParentCommand
        App app;

        @Option(names = "--client", required = true, paramLabel = "ID", description = "The client's Telegram user id.")
        long client;

        @Option(names = "--yes", description = "Erase, for real.")
        boolean yes;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            java.io.PrintWriter out = spec.commandLine().getOut();
            requireClientId(client);
            try (StudioBot bot = app.openExisting()) {
                String kept = bot.describeClient(client).orElseThrow(() -> new Refusal("forget: the studio keeps nothing about client " + client));
                if (!yes) {
                    out.println("client " + client + ": " + kept);
                    out.println("nothing erased; run again with --yes to erase");
                    out.flush();
                    return 0;
                }
                int told = bot.forgetClient(client).orElseThrow(() -> new Refusal("forget: " + client + " is not a client (staff are in the config)"));
                out.println("client " + client + " erased (" + kept + "); " + told
                        + (told == 1 ? " photographer notice" : " photographer notices") + " of cancelled bookings queued");
                out.flush();
            }
            return 0;
        }
    }

    /** Named MessagesCommand, not Messages: a nested Messages would hide studiobot.i18n.Messages in App. */
    @Command(name = "messages", mixinStandardHelpOptions = true, description = "Work with the message bundles.",
            subcommands = {App.MessagesCommand.Check.class})
    static final class MessagesCommand {
        @ParentCommand
        App app;

        @Command(name = "check", mixinStandardHelpOptions = true,
                description = "Check the message bundles before they go into service: UTF-8 .properties, ICU patterns, "
                        + "the keys and placeholders of English, CLDR plural categories, Telegram's HTML and lengths. "
                        + "Prints one line per problem; exit code 1 when there is any.")
        static final class Check implements Callable<Integer> {
            @ParentCommand
            MessagesCommand messages;

            @CommandLine.Spec
            CommandLine.Model.CommandSpec spec;

            @CommandLine.Parameters(arity = "0..1", paramLabel = "DIR", description = "Bundles folder. Default: the --messages folder.")
            Path dir;

            @Override
            public Integer call() {
                messages.app.prepareLogging("warn");
                Path folder = dir != null ? dir : messages.app.messages;
                // with the studio's config known, the FAQ answers may state the facts of its own packages only
                java.util.List<BundleCheck.Problem> problems = messages.app.config == null ? BundleCheck.check(folder)
                        : BundleCheck.check(folder, StudioBot.packageFactIds(new ConfigLoader().load(messages.app.config)));
                java.io.PrintWriter out = spec.commandLine().getOut();
                problems.forEach(out::println);
                int files = BundleCheck.bundleFiles(folder).size();
                out.println("messages check: " + files + (files == 1 ? " file, " : " files, ")
                        + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
                out.flush();
                return problems.isEmpty() ? 0 : 1;
            }
        }
    }

    int console(Instant startAt) throws Exception {
        StudioConfig studio = configWhileLoggingStarts("error", loaded -> ConsoleSandbox.greet(loaded, consoleOut, interactive));
        Database.loadLibraryAside();
        Texts texts = loadTexts(studio);
        Clock base = startAt == null ? Clock.systemUTC() : Clock.fixed(startAt, ZoneOffset.UTC);
        logger().info("console sandbox on {} (data {}, messages {})", studio.studio().name(), data.toAbsolutePath(), messages);
        try (StudioBot bot = StudioBot.open(studio, data, texts.messages(), texts.zones(), new ShiftableClock(base), ChatLanes.DIRECT)) {
            // built while the person reads the first lines; what needs it first waits for it
            texts.build().run();
            bot.prepareAside();
            if (Files.isDirectory(messages)) {
                bot.watchMessages(messages);
            }
            // Ctrl-C: the database closes once the update in hand has committed (close waits for its lock)
            Thread closeOnSignal = new Thread(bot::close, "shutdown");
            Runtime.getRuntime().addShutdownHook(closeOnSignal);
            ConsoleSandbox sandbox = new ConsoleSandbox(studio, bot.intake(), bot::sender, bot.jobRunning(), bot.clock(), bot.people(), consoleOut,
                    bot::reloadMessages, data.resolve("sent"));
            BufferedReader in = new BufferedReader(new InputStreamReader(consoleIn, StandardCharsets.UTF_8));
            return sandbox.run(in, !interactive);
        }
    }

    /** How long a stop asked for during start-up waits for the start to finish before closing what there is. */
    private static final java.time.Duration START_LIMIT = java.time.Duration.ofSeconds(30);

    int telegram(String token, URI apiUrl) throws InterruptedException {
        // the hook is there before anything starts: a SIGTERM during start-up waits for the start, then closes what started
        AtomicReference<TelegramRuntime> started = new AtomicReference<>();
        CountDownLatch up = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        // opened by a stop: a start still waiting for the Bot API to answer gives up waiting
        CountDownLatch stopAsked = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopAsked.countDown();
            try {
                if (!up.await(START_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                    logger().warn("stopping during a start that took over {}; what it stored is kept", START_LIMIT);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            TelegramRuntime running = started.get();
            if (running != null) {
                running.close();
            }
            stopped.countDown();
            LogManager.shutdown();
        }, "shutdown"));
        try {
            StudioConfig studio = configWhileLoggingStarts("info", loaded -> {});
            Database.loadLibraryAside();
            Texts texts = loadTexts(studio);
            logger().info("starting {} for {} (data {}, messages {})", Version.text(), studio.studio().name(), data.toAbsolutePath(), messages);
            TelegramRuntime runtime;
            try {
                runtime = TelegramRuntime.start(studio, data, texts.messages(), texts.zones(), token, apiUrl, Clock.systemUTC(), stopAsked);
            } catch (studiobot.telegram.TelegramTransport.StoppedBeforeStart e) {
                // closed already, as any start that did not finish; the hook ends the process
                logger().info("stopped while waiting for the Bot API to answer the start");
                return 0;
            }
            started.set(runtime);
            // built now the bot polls; a directory that could not be built stops the start here, not every zone question later
            texts.build().run();
            runtime.bot().prepareAside();
            texts.ready().run();
            if (Files.isDirectory(messages)) {
                runtime.watchMessages(messages);
            }
        } finally {
            // a start that failed has closed what it started (TelegramRuntime.start), or left it to the hook
            up.countDown();
        }
        stopped.await();
        return 0;
    }

    /**
     * The messages and the zone directory (which names zones in every language the messages speak):
     * {@code build} starts building it, {@code ready} waits for it (starting it if need be) and
     * throws if it failed.
     */
    record Texts(Messages messages, DirectoryZones zones, Runnable build, Runnable ready) {}

    Texts loadTexts(StudioConfig studio) {
        Bundles bundles = bundlesToServe(studio);
        // built on a thread of its own, started once the bot serves (over half a second of CPU for eight languages, which
        // a start on two cores felt: 0.37 s to the first poll) or by the first use, which waits for it
        CompletableFuture<ZoneDirectory> directory = new CompletableFuture<>();
        AtomicBoolean started = new AtomicBoolean();
        Runnable build = () -> {
            if (started.compareAndSet(false, true)) {
                Thread building = new Thread(() -> {
                    try {
                        directory.complete(ZoneDirectory.build(bundles.languageTags()));
                    } catch (RuntimeException | Error e) {
                        directory.completeExceptionally(e);
                    }
                }, "zone-directory");
                building.setDaemon(true);
                building.start();
            }
        };
        Supplier<ZoneDirectory> zones = () -> {
            build.run();
            return directory.join();
        };
        return new Texts(new Messages(bundles, new Formats((zone, tag) -> zones.get().cityName(zone, tag))),
                new DirectoryZones(zones::get), build, zones::get);
    }

    /**
     * The message files to put in service: the folder's (else the shipped ones) but a language the
     * jar cannot format, as messages check and an edit refuse it; a start does not run the whole
     * check, so it warns of an FAQ answer pricing a package the studio does not have.
     */
    private Bundles bundlesToServe(StudioConfig studio) {
        Bundles found = Files.isDirectory(messages) ? Bundles.load(messages) : Bundles.shipped();
        Set<String> unformatted = found.languageTags().stream()
                .filter(tag -> !tag.equals(Bundles.BASE) && !LocaleData.inBuild(tag)).collect(Collectors.toSet());
        unformatted.forEach(tag -> logger().warn("message file {}.properties is not put in service: {}", tag, LocaleData.missing(tag)));
        String defaultLanguage = LocaleData.language(studio.studio().defaultLocale());
        if (unformatted.stream().anyMatch(tag -> LocaleData.language(tag).equals(defaultLanguage))) {
            throw new ConfigException("studio.defaultLocale: '" + studio.studio().defaultLocale() + "': "
                    + LocaleData.missing(studio.studio().defaultLocale()));
        }
        Bundles bundles = found.without(unformatted);
        BundleCheck.unknownPackageFacts(messages.resolve(Bundles.BASE + ".properties"), bundles.base(), StudioBot.packageFactIds(studio))
                .forEach(p -> logger().warn("message file {}: {}: {}; clients asking it read the placeholder itself",
                        p.file().getFileName(), p.key(), p.message()));
        if (!bundles.languageTags().contains(studio.studio().defaultLocale())
                && bundles.languageTags().stream().noneMatch(t -> studio.studio().defaultLocale().startsWith(t + "-"))) {
            throw new ConfigException("studio.defaultLocale: '" + studio.studio().defaultLocale()
                    + "' has no message bundle; available: " + bundles.languageTags());
        }
        return bundles;
    }

    /** A Telegram user id is above zero; below zero are the kept bookings of clients erased before. */
    static void requireClientId(long id) {
        if (id <= 0) {
            throw new Refusal("--client " + id + " is not a client's id: Telegram user ids are above zero");
        }
    }

    /** The bot on the existing database, for an operator command: config and texts loaded, no transport. */
    StudioBot openExisting() {
        prepareLogging("warn");
        Database.loadLibraryAside();
        StudioConfig studio = new ConfigLoader().load(config);
        requireDatabase();
        Texts texts = loadTexts(studio);
        return StudioBot.open(studio, data, texts.messages(), texts.zones(), new ShiftableClock(Clock.systemUTC()), ChatLanes.DIRECT);
    }

    /**
     * Refuses to work on a data directory with no database, instead of creating an empty one: a
     * typo in --data must not "succeed".
     */
    void requireDatabase() {
        Path file = data.resolve(studiobot.store.Database.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new Refusal("no database in " + data.toAbsolutePath() + " (no " + studiobot.store.Database.FILE_NAME
                    + "); check --data or STUDIO_BOT_DATA");
        }
    }

    Path logFile() {
        return data == null ? Path.of("data", "logs", "studio-bot.log") : data.resolve("logs").resolve("studio-bot.log");
    }

    /**
     * The studio's config, read while Log4j configures itself on a thread of its own: each takes
     * 0.4-0.6 s of a start, which the console's first prompt and the first poll waited for one
     * after the other. {@code meanwhile} gets the config as soon as it is read, logging or not
     * (the console's greeting). Neither makes a logger, as {@link #prepareLogging} requires:
     * reading the config and printing the greeting log nothing. Logging is configured when this
     * returns or throws, so that whatever comes next, a start or the one-line error, logs as configured.
     */
    private StudioConfig configWhileLoggingStarts(String stderrLevel, java.util.function.Consumer<StudioConfig> meanwhile) {
        Thread logging = new Thread(() -> prepareLogging(stderrLevel), "logging-setup");
        logging.start();
        try {
            StudioConfig studio = new ConfigLoader().load(config);
            meanwhile.accept(studio);
            return studio;
        } finally {
            boolean interrupted = false;
            while (logging.isAlive()) {
                try {
                    logging.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Points the log file into the data directory and starts Log4j on the calling thread. Must run
     * before any thread makes its first logger, and before {@link Database#loadLibraryAside}: the
     * SQLite loader logs through SLF4J, and a Log4j started on its thread would read the
     * properties before they are set, and leave other threads' first lines to a configuration
     * still being built (seen: an empty log file, one start in six).
     */
    void prepareLogging(String stderrLevel) {
        System.setProperty("studiobot.logDir", data.resolve("logs").toAbsolutePath().toString());
        System.setProperty("studiobot.stderrLevel", stderrLevel);
        LogManager.getContext(false);
    }

    /** An exception as one line: its message (or its type), the first line only. */
    static String oneLine(Throwable e) {
        String text = e.getMessage() == null || e.getMessage().isBlank() ? e.toString() : e.getMessage();
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    private static Logger logger() {
        return LogManager.getLogger(App.class);
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    static final class Version implements CommandLine.IVersionProvider {
        static String text() {
            String v = App.class.getPackage().getImplementationVersion();
            return "studio-bot " + (v == null ? "(development build)" : v);
        }

        @Override
        public String[] getVersion() {
            return new String[] {text()};
        }
    }
}
