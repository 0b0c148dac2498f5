package studiobot;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import studiobot.admin.BundleAlerts;
import studiobot.chat.Callbacks;
import studiobot.chat.ChatGateway;
import studiobot.booking.BookingFeature;
import studiobot.chat.ChatId;
import studiobot.chat.Menu;
import studiobot.chat.Router;
import studiobot.people.Role;
import studiobot.delivery.Rendering;
import studiobot.feature.Registry;
import studiobot.feedback.FeedbackFeature;
import studiobot.inquiry.InquiryFeature;
import studiobot.store.SqliteRatings;
import studiobot.store.SqliteDeliveries;
import studiobot.store.SqliteNudges;
import studiobot.store.SqliteStats;
import studiobot.stats.StatsFeature;
import studiobot.nudge.NudgeFeature;
import studiobot.nudge.Watching;
import studiobot.chat.Conversations;
import studiobot.profile.ProfileFeature;
import studiobot.privacy.PrivacyFeature;
import studiobot.admin.TextEditingFeature;
import studiobot.store.SqliteTextEdits;
import studiobot.store.SqliteClientRecords;
import studiobot.store.SqliteConversations;
import studiobot.config.StudioConfig;
import studiobot.delivery.ChatLanes;
import studiobot.schedule.Housekeeping;
import studiobot.delivery.OutboxSending;
import studiobot.delivery.Posting;
import studiobot.delivery.QuietHours;
import studiobot.delivery.RateLimits;
import studiobot.delivery.Recipients;
import studiobot.delivery.UpdateIntake;
import studiobot.delivery.UpdateProcessing;
import studiobot.delivery.Waker;
import studiobot.i18n.BundleCheck;
import studiobot.i18n.BundleWatch;
import studiobot.i18n.LocaleResolver;
import studiobot.i18n.Messages;
import studiobot.store.SqliteQuestions;
import studiobot.people.People;
import studiobot.people.Staff;
import studiobot.profile.ZoneFinder;
import studiobot.schedule.JobRunning;
import studiobot.schedule.Jobs;
import studiobot.store.Database;
import studiobot.store.SqliteBookings;
import studiobot.store.SqliteInbox;
import studiobot.store.SqliteJobs;
import studiobot.store.SqliteOutbox;
import studiobot.store.SqlitePeople;
import studiobot.store.SqliteSecrets;
import studiobot.time.ShiftableClock;

/**
 * The bot without a transport: the database, the features wired into the router, the inbox,
 * outbox and schedule. Telegram and the console each put their own gateway and threads around it.
 */
public final class StudioBot implements AutoCloseable {
    private static final org.apache.logging.log4j.Logger log = org.apache.logging.log4j.LogManager.getLogger(StudioBot.class);
    private final StudioConfig config;
    private final Database db;
    private final ShiftableClock clock;
    private final Messages messages;
    private final People people;
    private final SqliteOutbox outbox;
    private final UpdateIntake intake;
    private final JobRunning jobRunning;
    private final Jobs jobs;
    private final Waker outboxWaker = new Waker();
    private final Posting posting;
    private final Rendering rendering;
    private final SqliteConversations conversations;
    private final List<Menu> menus;
    private final BundleAlerts bundleAlerts;
    private volatile BundleWatch bundleWatch;
    private volatile studiobot.i18n.BundleFiles bundleFiles;
    private final PrivacyFeature privacy;
    private final InquiryFeature inquiry;
    private final studiobot.delivery.Rehearsal rehearsal;
    private final TextEditingFeature textEditing;
    private final Router router;
    private final Callbacks callbacks;
    private volatile String botUsername;
    private final SqliteClientRecords clientRecords;
    private final Staff staff;

    private StudioBot(StudioConfig config, Database db, ShiftableClock clock, Messages messages, ZoneFinder zones, ChatLanes lanes) {
        this.config = config;
        this.db = db;
        this.clock = clock;
        this.messages = messages;
        this.people = new SqlitePeople(db);
        this.outbox = new SqliteOutbox(db);
        this.jobs = new SqliteJobs(db);
        SqliteInbox inbox = new SqliteInbox(db);
        studiobot.store.SqliteTeam team = new studiobot.store.SqliteTeam(db);
        this.staff = new Staff(config, team);
        db.run(() -> staff.seed(clock.instant()));
        LocaleResolver locales = new LocaleResolver(messages::languageTags, staff, config.studio().defaultLocale());
        Callbacks callbacks = new Callbacks(new SqliteSecrets(db).callbackKey());
        this.conversations = new SqliteConversations(db);
        SqliteNudges nudges = new SqliteNudges(db);
        // the record, watched: a client's words and the studio's questions plan that client's quiet-client check
        Conversations watched = new Watching(conversations, jobs, nudges, id -> staff.rolesOf(id).contains(Role.CLIENT),
                config.policy().quietAfter());
        Recipients recipients = new Recipients(people, staff, locales);
        QuietHours quietHours = new QuietHours(config.studio().quietHours().start(), config.studio().quietHours().end());
        this.posting = new Posting(outbox, watched, recipients, quietHours);
        this.rendering = new Rendering(messages, callbacks, recipients);

        Router router = new Router(people, staff, callbacks, watched);
        this.router = router;
        this.callbacks = callbacks;
        SqliteBookings bookings = new SqliteBookings(db);
        SqliteQuestions questions = new SqliteQuestions(db);
        SqliteDeliveries deliveries = new SqliteDeliveries(db);
        ProfileFeature profile = new ProfileFeature(messages, locales, people, staff, zones);
        BookingFeature booking = new BookingFeature(config, bookings, deliveries, people, staff, jobs, quietHours, locales, messages,
                profile::askZoneOnce);
        profile.whenZoneChanges(booking::redrawInZone);
        this.clientRecords = new SqliteClientRecords(db);
        this.privacy = new PrivacyFeature(config, clientRecords, locales, staff, messages, booking::cancelForErasure);
        this.textEditing = new TextEditingFeature(config, messages, people, new SqliteTextEdits(db), () -> java.util.Optional.ofNullable(bundleFiles));
        this.inquiry = new InquiryFeature(config, people, staff, questions, jobs, watched, locales, messages,
                profile::askZoneOnce, profile.scriptOffer(), profile::typedZone);
        // the order of registration is the order of the command menu
        Registry registry = new Registry(router)
                .add(inquiry)
                .add(booking)
                .add(new FeedbackFeature(config, bookings, new SqliteRatings(db), deliveries, people, staff))
                .add(new NudgeFeature(config, bookings, watched, nudges, people, staff, jobs, locales, messages,
                        questions::hasOpenForwarded, quietHours))
                .add(new StatsFeature(config, new SqliteStats(db), staff))
                .add(profile)
                .add(new studiobot.team.TeamFeature(config, staff, team, locales, people, () -> java.util.Optional.ofNullable(botUsername),
                        booking::upcomingOf, booking::cardButtons))
                .add(privacy)
                .add(textEditing);
        this.menus = menus(router.menu(), staff, recipients);
        this.bundleAlerts = new BundleAlerts(config.admins());

        UpdateProcessing processing = new UpdateProcessing(db, inbox, router, posting, clock, outboxWaker::wake);
        this.intake = new UpdateIntake(db, inbox, processing, lanes, clock);
        this.rehearsal = new studiobot.delivery.Rehearsal(db, inbox, processing, gateway -> sender(gateway, RateLimits.none()), clock);
        Housekeeping housekeeping = new Housekeeping(inbox, outbox, jobs, bookings::pruneFlows);
        registry.job(Housekeeping.KIND, housekeeping);
        this.jobRunning = new JobRunning(db, jobs, registry.jobs(), posting, clock, outboxWaker::wake);
        db.run(() -> housekeeping.ensureScheduled(clock.instant()));
    }

    public static StudioBot open(StudioConfig config, Path dataDir, Messages messages, ZoneFinder zones, ShiftableClock clock, ChatLanes lanes) {
        Database db = Database.open(dataDir);
        try {
            return new StudioBot(config, db, clock, messages, zones, lanes);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** The studio's package ids as the facts of the message files name them ({@code price_mini_family}). */
    public static Set<String> packageFactIds(StudioConfig config) {
        return BundleCheck.packageFactIds(config.packages().stream().map(StudioConfig.PackageOffer::id).toList());
    }

    /** Watches a messages folder: {@link #reloadMessages} then puts edits in service. */
    public void watchMessages(Path dir) {
        Set<String> packages = packageFactIds(config);
        this.bundleWatch = new BundleWatch(dir, messages, folder -> BundleCheck.check(folder, packages));
        this.bundleFiles = new studiobot.i18n.BundleFiles(dir, messages, bundleWatch, packages);
    }

    /** Looks for edited message files; a refused edit is reported to the admins' chats. */
    public void reloadMessages() {
        if (bundleWatch == null) {
            return;
        }
        BundleWatch.Outcome outcome = bundleWatch.poll();
        if (!outcome.isQuiet()) {
            List<String> reloaded = outcome.reloaded().stream().map(f -> f.replaceFirst("\\.properties$", "")).toList();
            db.run(() -> {
                posting.post(bundleAlerts.replies(outcome), clock.instant());
                posting.post(textEditing.overwrittenOnDisk(reloaded, config.admins(), clock.instant()), clock.instant());
            });
            outboxWaker.wake();
        }
    }

    public OutboxSending sender(ChatGateway gateway, RateLimits limits) {
        return new OutboxSending(db, outbox, conversations, rendering, gateway, limits, clock);
    }

    /** A sender with up to {@code inFlight} sends to different chats in flight together (Telegram's). */
    public OutboxSending sender(ChatGateway gateway, RateLimits limits, int inFlight) {
        return new OutboxSending(db, outbox, conversations, rendering, gateway, limits, clock, inFlight);
    }

    /** The command menus to publish: the clients' for everyone, and each staff member's own. */
    public List<Menu> menus() {
        return menus;
    }

    private static List<Menu> menus(List<Router.MenuCommand> commands, Staff staff, Recipients recipients) {
        List<Menu> menus = new java.util.ArrayList<>();
        menus.add(new Menu(null, null, commandsFor(commands, java.util.Set.of(Role.CLIENT))));
        for (long id : staff.ids()) {
            ChatId chat = new ChatId(id);
            menus.add(new Menu(chat, recipients.apply(chat).languageTag(), commandsFor(commands, staff.rolesOf(id))));
        }
        return List.copyOf(menus);
    }

    private static List<String> commandsFor(List<Router.MenuCommand> commands, Set<Role> roles) {
        return commands.stream()
                .filter(c -> c.roles().isEmpty() || c.roles().stream().anyMatch(roles::contains))
                .map(Router.MenuCommand::name)
                .toList();
    }

    /** The bot's Telegram username, once known: invitations then carry a t.me link. */
    public void setBotUsername(String username) {
        this.botUsername = username;
    }

    /** The router, for the test of who may reach what. */
    Router router() {
        return router;
    }

    /** The signer of button data, for tests that press a button no one was sent. */
    Callbacks callbacks() {
        return callbacks;
    }

    public StudioConfig config() {
        return config;
    }

    public ShiftableClock clock() {
        return clock;
    }

    public Messages messages() {
        return messages;
    }

    public People people() {
        return people;
    }

    public UpdateIntake intake() {
        return intake;
    }

    public JobRunning jobRunning() {
        return jobRunning;
    }

    /** The record of every client's conversation. */
    public studiobot.chat.Conversations conversations() {
        return conversations;
    }

    public Jobs jobs() {
        return jobs;
    }

    public Waker outboxWaker() {
        return outboxWaker;
    }

    public int pendingMessages() {
        return db.inTransaction(outbox::pendingCount);
    }

    /** What the studio keeps about a person, in one line for the operator; empty when it knows no such person. */
    public java.util.Optional<String> describeClient(long clientId) {
        return clientRecords.summary(clientId, clock.instant()).map(s -> s.bookings() + " bookings (" + s.upcoming() + " still to come), "
                + s.questions() + " questions, " + s.lines() + " conversation lines, " + s.ratings() + " ratings, "
                + s.notes() + " quiet-client notes; first seen " + s.firstSeen());
    }

    /** Everything the studio keeps about a client, as readable JSON; empty when it knows no such person. */
    public java.util.Optional<String> exportClient(long clientId) {
        return db.inTransaction(() -> people.find(clientId).flatMap(p -> privacy.export(p, clock.instant())));
    }

    /**
     * Erases a client, as their own request in the chat would, but tells them nothing; the
     * photographers of cancelled bookings are told. Empty when the studio knows no such client.
     */
    public java.util.Optional<Integer> forgetClient(long clientId) {
        return db.inTransaction(() -> {
            if (people.find(clientId).isEmpty() || !staff.rolesOf(clientId).contains(Role.CLIENT)) {
                return java.util.Optional.<Integer>empty();
            }
            java.time.Instant now = clock.instant();
            List<studiobot.chat.Reply> told = privacy.erase(clientId, now);
            posting.post(told, now);
            return java.util.Optional.of(told.size());
        });
    }

    public void backupTo(Path target) {
        db.backupTo(target);
    }

    /** Who the start's rehearsal is, in the studio's language: whoever has the id, nothing of it is kept. */
    static final long REHEARSAL_USER = 1;

    /**
     * The rehearsal of a first visit ({@link studiobot.delivery.Rehearsal}): what it showed, of
     * which nothing is kept; it stops before its next act once any update has come since the start
     * or been resumed, or when replies wait to be sent.
     */
    List<studiobot.delivery.Rehearsal.Shown> rehearse() {
        // a send in flight is marked only once the act in hand ends: after a crash, with replies waiting,
        // that widened the window in which a kill sends a reply twice (soak, 20 kills: 86 of 958 updates; 16 of 1,114 without a rehearsal)
        return rehearse(() -> intake.taken() > 0 || pendingMessages() > 0);
    }

    /** As {@link #rehearse()}, stopping before the next act once {@code stepAside} says so. */
    List<studiobot.delivery.Rehearsal.Shown> rehearse(java.util.function.BooleanSupplier stepAside) {
        String language = config.studio().defaultLocale();
        return rehearsal.run(new studiobot.chat.Sender(REHEARSAL_USER, "Rehearsal", null, null, language),
                inquiry.sampleQuestion(language), stepAside);
    }

    /**
     * Readies, on a thread of its own, what the first client after a start would otherwise wait
     * for: the FAQ of the studio's language and of English, then a {@link studiobot.delivery.Rehearsal}
     * of a first visit in the studio's language, of which nothing is kept. A failure only leaves
     * that for the first client.
     */
    public void prepareAside() {
        Thread preparing = new Thread(() -> {
            long started = System.nanoTime();
            try {
                inquiry.prepare(config.studio().defaultLocale());
                inquiry.prepare(studiobot.i18n.Bundles.BASE);
                long indexed = System.nanoTime();
                int shown = rehearse().size();
                log.info("readied the first visit: the FAQ indexed in {} ms, a visit of {} messages rehearsed in {} ms",
                        (indexed - started) / 1_000_000, shown, (System.nanoTime() - indexed) / 1_000_000);
            } catch (RuntimeException e) {
                log.warn("readying the first visit ahead of the first client failed; that client waits for it", e);
            }
        }, "first-visit-prepare");
        preparing.setDaemon(true);
        preparing.start();
    }

    @Override
    public void close() {
        db.close();
    }
}
