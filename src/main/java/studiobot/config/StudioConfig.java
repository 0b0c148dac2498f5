package studiobot.config;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The studio as its owner describes it in the YAML file; validated by {@link ConfigLoader}. */
public record StudioConfig(
        Studio studio,
        List<Long> admins,
        List<Photographer> photographers,
        List<PackageOffer> packages,
        Policy policy) {

    public StudioConfig {
        admins = List.copyOf(admins);
        photographers = List.copyOf(photographers);
        packages = List.copyOf(packages);
    }

    public Optional<Photographer> photographerByTelegramId(long telegramId) {
        return photographers.stream().filter(p -> p.telegramId() == telegramId).findFirst();
    }

    public Optional<PackageOffer> packageById(String id) {
        return packages.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Photographer> photographerById(String id) {
        return photographers.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** How soon after a shoot of this package the studio promises the sneak peek: the package's own, else the policy's. */
    public Duration sneakPeekWithin(String packageId) {
        return packageById(packageId).map(PackageOffer::sneakPeekWithin).filter(java.util.Objects::nonNull).orElse(policy.sneakPeekWithin());
    }

    /** How soon after a shoot of this package the studio promises the gallery: the package's own, else the policy's. */
    public Duration galleryWithin(String packageId) {
        return packageById(packageId).map(PackageOffer::galleryWithin).filter(java.util.Objects::nonNull).orElse(policy.galleryWithin());
    }

    /** Who speaks for a booking's photographer: their name, or the studio's when the id is no longer in the config. */
    public String photographerName(String photographerId) {
        return photographerById(photographerId).map(Photographer::name).orElse(studio.name());
    }

    /**
     * The studio with another team: these photographers, and each package shot by those of them
     * who offer it (in the order given); everything else as it is.
     */
    public StudioConfig withTeam(List<Photographer> team, Map<String, List<String>> photographersOfPackage) {
        List<PackageOffer> offers = packages.stream().map(o -> new PackageOffer(o.id(), o.duration(), o.price(), o.photos(),
                photographersOfPackage.getOrDefault(o.id(), List.of()), o.questions(), o.sneakPeekWithin(), o.galleryWithin(),
                o.anniversary(), o.dateQuestions(), o.placeQuestions())).toList();
        return new StudioConfig(studio, admins, team, offers, policy);
    }

    public boolean isAdmin(long telegramId) {
        return admins.contains(telegramId);
    }

    public record Studio(
            String name,
            ZoneId timeZone,
            String defaultLocale,
            Currency currency,
            String reviewUrl,
            QuietHours quietHours,
            String address,
            MapPoint location) {

        /** The studio without an address or a map location (both are optional). */
        public Studio(String name, ZoneId timeZone, String defaultLocale, Currency currency, String reviewUrl, QuietHours quietHours) {
            this(name, timeZone, defaultLocale, currency, reviewUrl, quietHours, "", null);
        }

        /** Where the studio is on a map, if the config says. */
        public java.util.Optional<MapPoint> mapPoint() {
            return java.util.Optional.ofNullable(location);
        }
    }

    /** A point on the map, in degrees: latitude within ±90, longitude within ±180. */
    public record MapPoint(double latitude, double longitude) {
        public MapPoint {
            if (!(Math.abs(latitude) <= 90) || !(Math.abs(longitude) <= 180)) {
                throw new IllegalArgumentException("not on the map: " + latitude + ", " + longitude);
            }
        }
    }

    /** A daily window, in the recipient's own zone, in which non-urgent messages wait; may wrap midnight. */
    public record QuietHours(LocalTime start, LocalTime end) {}

    public record TimeRange(LocalTime start, LocalTime end) {}

    public record Photographer(
            String id,
            String name,
            long telegramId,
            ZoneId timeZone,
            String locale,
            Map<DayOfWeek, List<TimeRange>> workingHours) {

        public Photographer {
            workingHours = Map.copyOf(workingHours);
        }
    }

    /**
     * A package the studio sells. {@code questions} are the ids of its onboarding questionnaire, asked
     * in order while booking; their texts are {@code package.<id>.question.<question>} in the bundles.
     * {@code sneakPeekWithin} and {@code galleryWithin} override the policy's promises for this
     * package (null: the policy's); read them through {@link StudioConfig#galleryWithin(String)}.
     * {@code anniversary}: whether the shoot's date is worth remembering (a wedding's every year, a
     * newborn's or family shoot's first).
     */
    public record PackageOffer(
            String id,
            Duration duration,
            BigDecimal price,
            int photos,
            List<String> photographers,
            List<String> questions,
            Duration sneakPeekWithin,
            Duration galleryWithin,
            Anniversary anniversary,
            java.util.Set<String> dateQuestions,
            java.util.Set<String> placeQuestions) {

        public PackageOffer {
            photographers = List.copyOf(photographers);
            questions = List.copyOf(questions);
            dateQuestions = java.util.Set.copyOf(dateQuestions);
            placeQuestions = java.util.Set.copyOf(placeQuestions);
        }

        /** Whether this question's answer is a date (a due date, a birthday). */
        public boolean asksDate(String question) {
            return dateQuestions.contains(question);
        }

        /** Whether this question's answer is where the shoot takes place (a venue away from the studio). */
        public boolean asksPlace(String question) {
            return placeQuestions.contains(question);
        }
    }

    /** Whether a package's shoot date comes back as an anniversary worth a word to the client. */
    public enum Anniversary { NONE, YEARLY, FIRST }

    public record Policy(
            Duration minNotice,
            Duration horizon,
            Duration slotStep,
            Duration buffer,
            Duration changeCutoff,
            List<Duration> reminders,
            Duration ratingAfter,
            Duration ratingReminderAfter,
            Duration replyPromise,
            Duration quietAfter,
            Duration abandonedAfter,
            Duration inactiveAfter,
            List<String> remedies,
            Duration sneakPeekWithin,
            Duration galleryWithin,
            boolean protectPreviews,
            Duration changesWindow,
            Duration anniversaryAhead,
            Duration liveLineIdle) {

        /** The remedies a studio may offer after a low score; texts are {@code feedback.remedy.<id>}. */
        public static final List<String> REMEDIES = List.of("reedit", "reshoot", "refund", "tell");

        public Policy {
            reminders = List.copyOf(reminders);
            remedies = List.copyOf(remedies);
        }
    }
}
