package studiobot.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import studiobot.chat.ChatId;
import studiobot.chat.Incoming;
import studiobot.chat.Input;
import studiobot.chat.Sender;
import studiobot.config.StudioConfig;
import studiobot.config.StudioConfig.Photographer;
import studiobot.delivery.OutboxSending;
import studiobot.delivery.RateLimits;
import studiobot.delivery.UpdateIntake;
import studiobot.people.People;
import studiobot.schedule.JobRunning;
import studiobot.time.ShiftableClock;

/**
 * The bot in a terminal: the same router, database and messages as on Telegram, with the person
 * typing able to be any client, a photographer or an admin, and to move the clock forward. One
 * input per line; lines starting with ':' are the sandbox's own commands, a number presses a
 * button, anything else is a message to the bot. Reads to the end of its input and returns 0.
 */
public final class ConsoleSandbox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm", Locale.ENGLISH);

    private final StudioConfig config;
    private final UpdateIntake intake;
    private final OutboxSending sending;
    private final JobRunning jobs;
    private final ShiftableClock clock;
    private final People people;
    private final PrintStream out;
    private final ConsoleGateway gateway;
    private final Runnable beforeEachInput;
    private Persona persona;
    private long presses;
    /** Message ids of the photos sent in the sandbox, as Telegram numbers messages. */
    private long mediaMessages;

    private record Persona(Sender sender, String role, ZoneId zone) {
        String describe() {
            String lang = sender.languageCode() == null ? "" : ", " + sender.languageCode();
            String zoneText = zone == null ? "" : ", " + zone.getId();
            return sender.firstName() + " (" + role + lang + zoneText + ")";
        }
    }

    /**
     * Builds the sandbox and the console gateway the given sender factory will use.
     *
     * @param sentFiles where the files and pictures the bot sends (calendar files, the /stats charts) are saved
     */
    public ConsoleSandbox(StudioConfig config, UpdateIntake intake, SenderFactory senders, JobRunning jobs,
                          ShiftableClock clock, People people, PrintStream out, Runnable beforeEachInput, java.nio.file.Path sentFiles) {
        this.config = config;
        this.intake = intake;
        this.jobs = jobs;
        this.clock = clock;
        this.people = people;
        this.out = out;
        this.beforeEachInput = beforeEachInput;
        this.gateway = new ConsoleGateway(out, this::nameOf, sentFiles);
        this.sending = senders.sender(gateway, RateLimits.none());
    }

    /** How the sandbox gets an outbox sender for its own gateway. */
    @FunctionalInterface
    public interface SenderFactory {
        OutboxSending sender(studiobot.chat.ChatGateway gateway, RateLimits limits);
    }

    /** Who the person typing is at first. */
    private static Persona first() {
        return client("Alex", "en", null);
    }

    /**
     * The sandbox's first lines, and the first prompt when a person types ({@code prompt}): from
     * the config alone, so that they are printed before the bot opens (the database, the texts and
     * the features' wiring, about 0.8 s of a start) and the person types while it does; the line
     * typed waits in the terminal until {@link #run} reads it.
     */
    public static void greet(StudioConfig config, PrintStream out, boolean prompt) {
        out.println("studio-bot console sandbox: " + config.studio().name() + ". Type :help for the sandbox commands, /start to begin.");
        out.println("you are now " + first().describe());
        if (prompt) {
            printPrompt(out, first());
        }
        out.flush();
    }

    /**
     * Reads and handles the input to its end, after {@link #greet}: the person greeted is recorded
     * as seen now, and what the outbox held from an earlier session is shown first (with the
     * prompt again after it, when a person types).
     */
    public int run(BufferedReader in, boolean echo) throws IOException {
        persona = first();
        seen(persona);
        long shown = gateway.shown();
        flush();
        // the greeting's prompt stands unless something was printed after it
        boolean prompted = !echo && gateway.shown() == shown;
        String line;
        while (true) {
            if (!echo && !prompted) {
                printPrompt(out, persona);
            }
            prompted = false;
            line = in.readLine();
            if (line == null) {
                break;
            }
            if (echo) {
                out.println(persona.sender().firstName() + "> " + line);
            }
            beforeEachInput.run();
            flush();
            if (!handle(line.strip())) {
                break;
            }
        }
        flush();
        out.println("bye");
        out.flush();
        return 0;
    }

    /** Handles one input line; false to stop. */
    boolean handle(String line) {
        if (line.isEmpty()) {
            return true;
        }
        if (line.startsWith(":")) {
            return sandboxCommand(line);
        }
        if (line.matches("\\d{1,2}")) {
            press(Integer.parseInt(line));
        } else {
            send(new Input.Text(line, 0));
        }
        return true;
    }

    private boolean sandboxCommand(String line) {
        String[] words = line.substring(1).trim().split("\\s+");
        String cmd = words[0].toLowerCase(Locale.ROOT);
        switch (cmd) {
            case "quit", "exit", "q" -> {
                return false;
            }
            case "help", "h", "?" -> help();
            case "client" -> {
                if (words.length < 2) {
                    out.println("usage: :client NAME [LANGUAGE] [ZONE], e.g. :client Maria el Europe/Athens");
                } else {
                    Optional<Persona> p = parseClient(words);
                    p.ifPresent(this::switchTo);
                }
            }
            case "photographer" -> photographer(words.length > 1 ? words[1] : null).ifPresent(this::switchTo);
            case "admin" -> admin();
            case "advance", "wait" -> advance(words.length > 1 ? words[1] : "");
            case "location" -> location(words);
            case "photo" -> photo(line.substring(1).trim().split("\\s+", 3));
            case "time", "clock" -> out.println("time now: " + TIME.format(clock.instant().atZone(config.studio().timeZone()))
                    + " (" + config.studio().timeZone().getId() + ")");
            case "who", "whoami" -> out.println("you are " + persona.describe());
            default -> out.println("unknown sandbox command :" + cmd + " (try :help)");
        }
        out.flush();
        return true;
    }

    private void help() {
        out.println("""
                sandbox commands:
                  :client NAME [LANG] [ZONE]  be a client, e.g. :client Maria el Europe/Athens (no zone: the bot asks)
                  :photographer [ID]          be a photographer of the studio
                  :admin                      be the studio's admin
                  :advance DURATION           move the clock forward (ISO-8601: PT2H, P1D, PT30M)
                  :location LAT LON           share a location, e.g. :location 37.98 23.73
                  :photo PATH|LINK [CAPTION]  send a photo, a file on this machine or an https:// link
                  :time                       show the clock
                  :who                        show who you are
                  :quit                       leave (end of input does too)
                a number presses that button of the last message you got; anything else is sent to the bot""");
    }

    private Optional<Persona> parseClient(String[] words) {
        String name = words[1];
        String lang = words.length > 2 ? words[2] : "en";
        String zone = words.length > 3 ? words[3] : null;
        try {
            return Optional.of(client(name, lang, zone));
        } catch (java.time.DateTimeException e) {
            out.println("unknown time zone '" + zone + "'; use an IANA id such as Europe/Athens");
            return Optional.empty();
        }
    }

    private static Persona client(String name, String lang, String zone) {
        long id = 100_000_000L + Math.floorMod(name.toLowerCase(Locale.ROOT).hashCode(), 900_000_000);
        return new Persona(new Sender(id, name, null, null, lang), "client", zone == null ? null : ZoneId.of(zone));
    }

    private Optional<Persona> photographer(String id) {
        Optional<Photographer> p = config.photographers().stream()
                .filter(ph -> id == null || ph.id().equals(id))
                .findFirst();
        if (p.isEmpty()) {
            out.println("no photographer '" + id + "'; the studio has " + config.photographers().stream().map(Photographer::id).toList());
            return Optional.empty();
        }
        Photographer ph = p.get();
        return Optional.of(new Persona(new Sender(ph.telegramId(), ph.name(), null, null, ph.locale()), "photographer", ph.timeZone()));
    }

    private void admin() {
        if (config.admins().isEmpty()) {
            out.println("the studio has no admins in its config");
            return;
        }
        switchTo(new Persona(new Sender(config.admins().get(0), "Admin", null, null, config.studio().defaultLocale()), "admin", null));
    }

    private void switchTo(Persona next) {
        persona = next;
        seen(next);
        out.println("you are now " + next.describe());
    }

    private void seen(Persona who) {
        Sender s = who.sender();
        people.seen(s.userId(), s.displayName(), s.languageCode(), clock.instant());
        if (who.zone() != null) {
            people.setZone(s.userId(), who.zone());
        }
    }

    private static void printPrompt(PrintStream out, Persona who) {
        out.print(who.sender().firstName() + "> ");
        out.flush();
    }

    private void advance(String amount) {
        Duration d;
        try {
            d = Duration.parse(amount.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            out.println("use an ISO-8601 duration: :advance PT2H, :advance P1D, :advance PT30M");
            return;
        }
        if (d.isNegative() || d.isZero()) {
            out.println("the clock only moves forward");
            return;
        }
        clock.advance(d);
        out.println("clock moved forward " + d + "; now " + TIME.format(clock.instant().atZone(config.studio().timeZone())));
        jobs.drain();
        flush();
    }

    private void location(String[] words) {
        try {
            double lat = Double.parseDouble(words[1]);
            double lon = Double.parseDouble(words[2]);
            if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
                throw new NumberFormatException("out of range");
            }
            send(new Input.Location(lat, lon));
        } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
            out.println("usage: :location LATITUDE LONGITUDE in decimal degrees, e.g. :location 37.98 23.73");
        }
    }

    /** A photo as Telegram would bring it: the sandbox names the file by its path or its link. */
    private void photo(String[] words) {
        if (words.length < 2) {
            out.println("usage: :photo PATH|LINK [CAPTION], e.g. :photo ~/shoot/0042.jpg or :photo https://example.com/0042.jpg");
            return;
        }
        String file = words[1];
        if (!file.startsWith("https://") && !file.startsWith("http://")) {
            java.nio.file.Path path = java.nio.file.Path.of(file.startsWith("~/") ? System.getProperty("user.home") + file.substring(1) : file);
            if (!java.nio.file.Files.isRegularFile(path)) {
                out.println("no file " + path + "; give the path of a photo on this machine, or an https:// link");
                return;
            }
            file = path.toAbsolutePath().normalize().toString();
        }
        send(new Input.Media("photo", ++mediaMessages, words.length > 2 ? words[2] : null, file));
    }

    private void press(int n) {
        ConsoleGateway.Shown shown = gateway.lastButtons(persona.sender().userId());
        if (shown == null || n < 1 || n > shown.keys().size()) {
            out.println("there is no button " + n + " in your last message");
            return;
        }
        send(new Input.Press(shown.keys().get(n - 1).data(), shown.messageId(), "console-" + (++presses)));
    }

    private void send(Input input) {
        Sender s = persona.sender();
        intake.accept(List.of(new Incoming("console", null, new ChatId(s.userId()), s, input)));
        flush();
    }

    private void flush() {
        sending.drain(Duration.ofSeconds(5));
    }

    private String nameOf(long chat) {
        Optional<Photographer> ph = config.photographerByTelegramId(chat);
        if (ph.isPresent()) {
            return ph.get().name() + " (photographer)";
        }
        if (config.isAdmin(chat)) {
            return "Admin (admin)";
        }
        return people.find(chat).map(p -> p.name()).orElse("#" + chat);
    }
}
