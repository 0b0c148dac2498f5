package studiobot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layout rules of STYLE.md, checked on the compiled main classes. */
class ArchitectureTest {
    private static final String[] FEATURES = {
        "studiobot.admin..", "studiobot.booking..", "studiobot.chat..", "studiobot.config..", "studiobot.delivery..", "studiobot.feature..",
        "studiobot.i18n..", "studiobot.inquiry..",
        "studiobot.people..", "studiobot.profile..", "studiobot.schedule..", "studiobot.time.."
    };

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("studiobot");
    }

    @Test
    void onlyTheTelegramPackageImportsTelegramBots() {
        noClasses().that().resideOutsideOfPackage("studiobot.telegram..")
                .should().dependOnClassesThat().resideInAPackage("org.telegram..")
                .check(main);
    }

    @Test
    void onlyTheStorePackageTouchesTheDatabase() {
        noClasses().that().resideOutsideOfPackage("studiobot.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.flywaydb..")
                .check(main);
    }

    @Test
    void featuresNeverImportAdapters() {
        noClasses().that().resideInAnyPackage(FEATURES)
                .should().dependOnClassesThat().resideInAnyPackage("studiobot.telegram..", "studiobot.console..", "studiobot.store..")
                .check(main);
    }

    @Test
    void adaptersDoNotImportEachOther() {
        noClasses().that().resideInAPackage("studiobot.telegram..")
                .should().dependOnClassesThat().resideInAnyPackage("studiobot.console..", "studiobot.store..")
                .check(main);
        noClasses().that().resideInAPackage("studiobot.console..")
                .should().dependOnClassesThat().resideInAnyPackage("studiobot.telegram..", "studiobot.store..")
                .check(main);
        noClasses().that().resideInAPackage("studiobot.store..")
                .should().dependOnClassesThat().resideInAnyPackage("studiobot.telegram..", "studiobot.console..")
                .check(main);
    }

    @Test
    void onlyTheI18nPackageUsesIcu() {
        noClasses().that().resideOutsideOfPackage("studiobot.i18n..")
                .should().dependOnClassesThat().resideInAPackage("com.ibm.icu..")
                .check(main);
    }

    @Test
    void timeAndLocaleComeFromOutsideExceptInApp() {
        noClasses().that().haveNameNotMatching("studiobot\\.App(\\$.*)?")
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(ZoneId.class, "systemDefault")
                .orShould().callMethod(Locale.class, "getDefault")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .check(main);
    }

    @Test
    void noManagersHelpersOrUtils() {
        classes().should().haveSimpleNameNotEndingWith("Manager")
                .andShould().haveSimpleNameNotEndingWith("Helper")
                .andShould().haveSimpleNameNotEndingWith("Utils")
                .check(main);
    }

    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        // delivery and schedule once imported each other; every top-level package now points one way
        slices().matching("studiobot.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void deliveryNeverImportsTheSchedule() {
        noClasses().that().resideInAPackage("studiobot.delivery..")
                .should().dependOnClassesThat().resideInAPackage("studiobot.schedule..")
                .check(main);
    }
}
