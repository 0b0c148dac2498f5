package studiobot;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import studiobot.admin.BundleAlerts;
import studiobot.booking.Agenda;
import studiobot.booking.BookingDesk;
import studiobot.booking.MyBookings;
import studiobot.booking.Reminders;
import studiobot.booking.Reserving;
import studiobot.chat.Callbacks;
import studiobot.chat.ChatGateway;
import studiobot.chat.Router;
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
import studiobot.inquiry.Asking;
import studiobot.inquiry.FaqMatcher;
import studiobot.inquiry.FrontDesk;
import studiobot.inquiry.Handoff;
import studiobot.inquiry.PackageList;
import studiobot.people.Role;
import studiobot.store.SqliteQuestions;
import studiobot.people.People;
import studiobot.people.Staff;
import studiobot.profile.LanguageChoosing;
import studiobot.profile.ScriptOffer;
import studiobot.profile.ZoneFinder;
import studiobot.profile.ZoneSetting;
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
    private final BundleAlerts bundleAlerts;
    private BundleWatch bundleWatch;

    private StudioBot(StudioConfig config, Database db, ShiftableClock clock, Messages messages, ZoneFinder zones, ChatLanes lanes) {
        this.config = config;
        this.db = db;
        this.clock = clock;
        this.messages = messages;
        this.people = new SqlitePeople(db);
        this.outbox = new SqliteOutbox(db);
        this.jobs = new SqliteJobs(db);
        SqliteInbox inbox = new SqliteInbox(db);
        Staff staff = new Staff(config);
        LocaleResolver locales = new LocaleResolver(messages::languageTags, staff, config.studio().defaultLocale());
        Callbacks callbacks = new Callbacks(new SqliteSecrets(db).callbackKey());
        this.posting = new Posting(messages, callbacks, outbox,
                new Recipients(people, staff, locales),
                new QuietHours(config.studio().quietHours().start(), config.studio().quietHours().end()));

        FrontDesk frontDesk = new FrontDesk(config.studio().name());
        SqliteQuestions questions = new SqliteQuestions(db);
        Handoff handoff = new Handoff(config, people, staff, questions, jobs, outbox, locales, messages);
        ZoneSetting zoneSetting = new ZoneSetting(zones, locales, people, staff);
        Asking asking = new Asking(new FaqMatcher(messages), questions, handoff, locales, zoneSetting);
        PackageList packages = new PackageList(config);
        BookingDesk booking = new BookingDesk(config, new SqliteBookings(db), people, staff, jobs, locales, messages, zoneSetting::askOnce);
        Reserving reserving = booking.reserving();
        MyBookings mine = booking.mine();
        Agenda agenda = booking.agenda();
        LanguageChoosing languages = new LanguageChoosing(messages, locales, people);
        ScriptOffer scriptOffer = new ScriptOffer(messages, locales, people);
        Router router = new Router(people, staff, callbacks)
                .command("start", frontDesk::start)
                .command("help", frontDesk::help)
                .command("language", languages::offer)
                .command("timezone", zoneSetting::offer)
                .command("book", reserving::book, Role.CLIENT)
                .command("mybookings", mine::list, Role.CLIENT)
                .command("agenda", agenda::show, Role.PHOTOGRAPHER, Role.ADMIN)
                .action("noop", r -> List.of())
                .action(Reserving.BOOK, reserving::book, Role.CLIENT)
                .action("bkm", reserving::month)
                .action("bkd", reserving::day)
                .action("bkt", reserving::time)
                .action("bks", reserving::skip)
                .action("bkb", reserving::back)
                .action("bkx", reserving::cancel)
                .action("bkc", reserving::confirm)
                .action("mine", mine::list, Role.CLIENT)
                .action("mbo", mine::open, Role.CLIENT)
                .action("mbr", mine::reschedule, Role.CLIENT)
                .action("mbx", mine::askCancel, Role.CLIENT)
                .action("mbxy", mine::cancel, Role.CLIENT)
                .action("agenda", agenda::show, Role.PHOTOGRAPHER, Role.ADMIN)
                .action("ago", agenda::open, Role.PHOTOGRAPHER, Role.ADMIN)
                .action("agd", agenda::markDone, Role.PHOTOGRAPHER, Role.ADMIN)
                .action("agm", agenda::move, Role.PHOTOGRAPHER, Role.ADMIN)
                .action("agx", agenda::askCancel, Role.PHOTOGRAPHER, Role.ADMIN)
                .action("agxy", agenda::cancel, Role.PHOTOGRAPHER, Role.ADMIN)
                .action("help", frontDesk::help)
                .action("menu", frontDesk::start)
                .action("packages", packages::show)
                .action("ask", asking::prompt)
                .action("faq", asking::chosen)
                .action("faqok", asking::helped)
                .action("faqno", asking::notHelped)
                .action("relay", handoff::startReply, Role.PHOTOGRAPHER)
                .action("language", languages::offer)
                .action("setlang", languages::choose)
                .action("keeplang", scriptOffer::keep)
                .action("timezone", zoneSetting::offer)
                .action("setzone", zoneSetting::choose)
                .answer(ZoneSetting.TOPIC, zoneSetting::answer)
                .answer(Reserving.QUESTION_TOPIC, reserving::answer)
                .answer(Handoff.CHAT_TOPIC, scriptOffer.around(handoff::clientWrites))
                .answer(Handoff.RELAY_TOPIC, r -> handoff.photographerWrites(r).orElseGet(() -> frontDesk.help(r)))
                .location(zoneSetting::located)
                .media(r -> r.is(Role.PHOTOGRAPHER)
                        ? handoff.photographerWrites(r).orElseGet(() -> frontDesk.help(r))
                        : handoff.clientWrites(r))
                .freeText(r -> r.is(Role.PHOTOGRAPHER)
                        ? handoff.photographerWrites(r).orElseGet(() -> frontDesk.help(r))
                        : scriptOffer.around(asking::question).handle(r));
        this.bundleAlerts = new BundleAlerts(config.admins());

        UpdateProcessing processing = new UpdateProcessing(db, inbox, router, posting, clock, outboxWaker::wake);
        this.intake = new UpdateIntake(db, inbox, processing, lanes, clock);
        Housekeeping housekeeping = new Housekeeping(inbox, outbox, jobs);
        this.jobRunning = new JobRunning(db, jobs, Map.of(Housekeeping.KIND, housekeeping, Handoff.PROMISE_JOB, handoff,
                        Reminders.KIND, booking.reminders()),
                posting, clock, outboxWaker::wake);
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

    /** Watches a messages folder: {@link #reloadMessages} then puts edits in service. */
    public void watchMessages(Path dir) {
        this.bundleWatch = new BundleWatch(dir, messages, BundleCheck::check);
    }

    /** Looks for edited message files; a refused edit is reported to the admins' chats. */
    public void reloadMessages() {
        if (bundleWatch == null) {
            return;
        }
        BundleWatch.Outcome outcome = bundleWatch.poll();
        if (!outcome.isQuiet()) {
            db.run(() -> posting.post(bundleAlerts.replies(outcome), clock.instant()));
            outboxWaker.wake();
        }
    }

    public OutboxSending sender(ChatGateway gateway, RateLimits limits) {
        return new OutboxSending(db, outbox, gateway, limits, clock);
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

    public Jobs jobs() {
        return jobs;
    }

    public Waker outboxWaker() {
        return outboxWaker;
    }

    public int pendingMessages() {
        return db.inTransaction(outbox::pendingCount);
    }

    public void backupTo(Path target) {
        db.backupTo(target);
    }

    @Override
    public void close() {
        db.close();
    }
}
