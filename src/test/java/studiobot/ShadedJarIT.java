package studiobot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a user runs it: java -jar target/studio-bot.jar. */
class ShadedJarIT {
    private static final Path JAR = Path.of("target", "studio-bot.jar");
    /** The start of Greek's error.generic: what Eleni would read if a step failed. */
    private static final String GREEK_APOLOGY = "κάτι πήγε στραβά";

    @TempDir
    Path dir;

    @Test
    void theManifestKeepsMultiReleaseAndNamesTheMainClass() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Multi-Release")).isEqualTo("true");
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("studiobot.App");
            assertThat(jar.getEntry("META-INF/services/org.apache.logging.log4j.spi.Provider")).isNotNull();
            assertThat(jar.getEntry("messages/en.properties")).isNotNull();
        }
    }

    /**
     * The jar's minimisation (minimizeJar in pom.xml) keeps the classes that others reach by reference,
     * and pom.xml leaves out some families of classes by name. So every class the jar's code refers to
     * is in the jar; and every class it names in a string, in a package the jar carries (a library
     * that loads a class by name names it so: the minimisation cannot see it), is in the jar
     * (StudioBotKeepsByName keeps ICU's), or is one of these, which the bot never asks for.
     */
    private static final Map<String, String> NAMED_BUT_NEVER_NEEDED = new TreeMap<>();

    static {
        neverNeeded("(de)serialisers for XML DOM, javax.xml and java.sql types: the bot reads and writes none",
                "com.fasterxml.jackson.databind.ext.CoreXMLDeserializers", "com.fasterxml.jackson.databind.ext.CoreXMLSerializers",
                "com.fasterxml.jackson.databind.ext.DOMDeserializer$DocumentDeserializer",
                "com.fasterxml.jackson.databind.ext.DOMDeserializer$NodeDeserializer", "com.fasterxml.jackson.databind.ext.DOMSerializer",
                "com.fasterxml.jackson.databind.ext.SqlBlobSerializer", "com.fasterxml.jackson.databind.ser.std.SqlDateSerializer",
                "com.fasterxml.jackson.databind.ser.std.SqlTimeSerializer");
        neverNeeded("collation: the bot sorts nothing by language, and the jar has no collation data",
                "com.ibm.icu.impl.coll.CollationBuilder", "com.ibm.icu.text.CollatorServiceShim");
        neverNeeded("only for registering a currency of one's own", "com.ibm.icu.util.CurrencyServiceShim");
        neverNeeded("ICU's holiday calendar", "com.ibm.icu.impl.data.HolidayBundle");
        neverNeeded("lenient parsing of spelled-out numbers: the bot formats them, never parses", "com.ibm.icu.impl.text.RbnfScannerProviderImpl");
        neverNeeded("JFreeChart's own image encoders: the stats picture is written by ImageIO",
                "org.jfree.chart.encoders.SunPNGEncoderAdapter", "org.jfree.chart.encoders.SunJPEGEncoderAdapter");
        neverNeeded("a category dataset's default series names: the stats picture names its own", "org.jfree.data.resources.DataPackageResources");
        neverNeeded("a name in Kotlin's table of its own types, for Kotlin reflection, which nothing in the jar uses",
                "kotlin.jvm.internal.EnumCompanionObject");
    }

    private static void neverNeeded(String why, String... classNames) {
        for (String className : classNames) {
            NAMED_BUT_NEVER_NEEDED.put(className, why);
        }
    }

    /** Where pom.xml leaves classes out by name rather than by the minimisation's analysis. */
    private static final String LEFT_OUT_BY_NAME = "org.apache.logging.log4j.";

    @Test
    void everyClassTheJarsCodeNeedsIsInTheJar() throws Exception {
        Pattern dotted = Pattern.compile("[a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)+\\.[A-Z][A-Za-z0-9_$]*");
        Set<String> classes = new TreeSet<>();
        Set<String> packages = new TreeSet<>();
        Map<String, String> referenced = new TreeMap<>();
        Map<String, String> named = new TreeMap<>();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                // a class for newer Javas (Multi-Release) is the same class
                String name = entry.getName().replaceFirst("^META-INF/versions/[0-9]+/", "");
                if (!name.endsWith(".class") || name.startsWith("META-INF/") || name.endsWith("module-info.class")) {
                    continue;
                }
                String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
                classes.add(className);
                packages.add(className.substring(0, className.lastIndexOf('.')));
                ConstantPool pool = ConstantPool.of(jar.getInputStream(entry).readAllBytes());
                pool.classes().forEach(c -> referenced.putIfAbsent(c, className));
                pool.strings().stream().filter(t -> dotted.matcher(t).matches()).forEach(t -> named.putIfAbsent(t, className));
            }
        }
        assertThat(classes).as("the jar still carries each library's classes").hasSizeGreaterThan(5_000);
        // (the minimisation's own choices are not checked so: a class entry may be only the owner of a constant
        // the compiler copied in, never loaded, and the minimisation then rightly leaves that class out)
        Map<String, String> dangling = new TreeMap<>();
        referenced.forEach((className, in) -> {
            if (className.startsWith(LEFT_OUT_BY_NAME) && !classes.contains(className)) {
                dangling.put(className, in);
            }
        });
        assertThat(dangling).as("classes the jar's code refers to (class -> where) but that pom.xml leaves out: its exclude goes too far")
                .isEmpty();
        Map<String, String> missing = new TreeMap<>();
        named.forEach((className, in) -> {
            // a class of a library (not, say, a Kotlin type that only exists in the compiler), in a package the jar carries
            boolean aRealClassLeftOut = packages.contains(packageOf(className)) && !classes.contains(className)
                    && ShadedJarIT.class.getClassLoader().getResource(className.replace('.', '/') + ".class") != null;
            if (aRealClassLeftOut && !NAMED_BUT_NEVER_NEEDED.containsKey(className)) {
                missing.put(className, in);
            }
        });
        assertThat(missing).as("classes named in a string (class -> where), as a library names a class it loads by name, but left"
                + " out of the jar: keep them (StudioBotKeepsByName, or an include of the whole library in pom.xml) or say here why"
                + " the bot never needs them").isEmpty();
        // pom.xml leaves out the data of these ICU services, which nothing uses: so their classes are not in the jar either
        assertThat(classes).as("ICU services without their data in the jar")
                .doesNotContain("com.ibm.icu.text.SpoofChecker", "com.ibm.icu.impl.UTS46", "com.ibm.icu.text.StringPrep");
        assertThat(JAR.toFile().length()).as("the jar's size, within the 25 MB a small container's image is given").isLessThanOrEqualTo(25_000_000L);
    }

    private static String packageOf(String className) {
        return className.substring(0, Math.max(0, className.lastIndexOf('.')));
    }

    /** The classes and the texts in a class file's constant pool (JVMS 4.4): what it refers to, and the strings it holds. */
    private record ConstantPool(Set<String> classes, Set<String> strings) {
        static ConstantPool of(byte[] classFile) throws java.io.IOException {
            java.io.DataInputStream in = new java.io.DataInputStream(new java.io.ByteArrayInputStream(classFile));
            in.skipBytes(8); // magic, minor and major version
            int count = in.readUnsignedShort();
            String[] texts = new String[count];
            List<Integer> classNames = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> texts[i] = in.readUTF();
                    case 7 -> classNames.add(in.readUnsignedShort());
                    case 8, 16, 19, 20 -> in.skipBytes(2);
                    case 15 -> in.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        i++; // a long or a double takes two entries
                    }
                    default -> throw new IllegalStateException("constant pool tag " + tag);
                }
            }
            Set<String> classes = new TreeSet<>();
            for (int index : classNames) {
                String name = texts[index].replaceFirst("^\\[+L?", "").replaceFirst(";$", "");
                if (name.length() > 1) { // not an array of a primitive type
                    classes.add(name.replace('/', '.'));
                }
            }
            Set<String> strings = new TreeSet<>();
            for (String text : texts) {
                if (text != null) {
                    strings.add(text);
                }
            }
            return new ConstantPool(classes, strings);
        }
    }

    /** Also the one console pipe test on a real process: without a token the default command is the sandbox, on stdin and stdout. */
    @Test
    void theJarRunsTheSandboxWithSqliteAndLog4jWorkingFromInsideIt() throws Exception {
        Path data = dir.resolve("data");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString(),
                "--data", data.toString(), "--messages", dir.resolve("no-such-folder").toString()))
                .directory(dir.toFile())
                .redirectError(err.toFile())
                .redirectOutput(out.toFile());
        List.of("TELEGRAM_BOT_TOKEN", "TELEGRAM_API_URL", "STUDIO_BOT_CONFIG", "STUDIO_BOT_DATA", "STUDIO_BOT_MESSAGES")
                .forEach(builder.environment()::remove);
        Process p = builder.start();
        // Thai, Chinese and Arabic words go through ICU's word breaking (its dictionaries) and the FAQ matcher
        p.getOutputStream().write("/start\n:client Eleni el\n/start\n婚礼多少钱\nكم سعر تصوير الزفاف\nสวัสดีครับ ราคาเท่าไหร่\n"
                .getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();

        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String transcript = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(transcript + Files.readString(err, StandardCharsets.UTF_8)).isZero();
        assertThat(transcript).startsWith("studio-bot console sandbox: Lumen Photo Studio.").contains("Hello, Alex!");
        assertThat(transcript).as("the bundles shipped inside the jar").contains("Γεια σας, Eleni!");
        assertThat(transcript).as("every script read with the ICU data in the jar").doesNotContain("Exception").doesNotContain(GREEK_APOLOGY)
                .contains("婚礼全天跟拍：8小时，400 张精修照片，€1,800.00").contains("  สวัสดีครับ ราคาเท่าไหร่");
        assertThat(data.resolve("studio-bot.db")).as("SQLite's native library loaded from the jar").isNotEmptyFile();
        assertThat(Files.readString(data.resolve("logs").resolve("studio-bot.log"), StandardCharsets.UTF_8))
                .as("Log4j's rolling file appender, a plugin, found in the jar")
                .contains("INFO  [main] App - console sandbox on Lumen Photo Studio");
    }

    /**
     * The log file is the data directory's from the first line, however the start's threads race:
     * SQLite's loader (on its own thread) logs too, and once started Log4j before the data
     * directory was known, losing the first lines. Four starts at once, run from another folder,
     * make that race likely if it is there again.
     */
    @Test
    void everyStartLogsIntoItsOwnDataDirectoryFromTheFirstLine() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        List<Process> starts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            starts.add(new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString(),
                    "--data", dir.resolve("data" + i).toString(), "console"))
                    .directory(elsewhere.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Files.createFile(dir.resolve("empty" + i)).toFile()))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("out" + i + ".txt").toFile()).start());
        }
        for (int i = 0; i < starts.size(); i++) {
            assertThat(starts.get(i).waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(starts.get(i).exitValue()).as(Files.readString(dir.resolve("out" + i + ".txt"))).isZero();
            assertThat(Files.readString(dir.resolve("data" + i).resolve("logs").resolve("studio-bot.log"), StandardCharsets.UTF_8))
                    .as("start %d's log", i).contains("INFO  [main] App - console sandbox on Lumen Photo Studio");
        }
        assertThat(elsewhere.resolve("data")).as("no log in the working directory's default data folder").doesNotExist();
    }

    /** The jar keeps ICU's locale data for the shipped languages only (icu.languages): a bundle in another is refused, saying how to add it. */
    @Test
    void theJarRefusesABundleInALanguageItHasNoLocaleDataFor() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("messages"));
        Files.copy(Path.of("messages", "en.properties"), folder.resolve("en.properties"));
        Files.copy(Path.of("messages", "en.properties"), folder.resolve("pt.properties"));
        Files.writeString(folder.resolve("en.properties"), "\nfaq.elopement.answer=An elopement is {price_elopement}.\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Path out = dir.resolve("check.txt");
        Process p = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString(),
                "--data", dir.resolve("data").toString(), "messages", "check", folder.toString()))
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();

        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(out, StandardCharsets.UTF_8))
                .contains(folder.resolve("pt.properties") + ": this build has no ICU locale data for 'pt'")
                .doesNotContain(folder.resolve("en.properties").toString());
        assertThat(p.exitValue()).isEqualTo(1);

        // and a start leaves it out: a Portuguese client is spoken to in English, the default
        Process start = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString(),
                "--data", dir.resolve("data").toString(), "--messages", folder.toString(), "console"))
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        start.getOutputStream().write(":client Joana pt\n/start\n".getBytes(StandardCharsets.UTF_8));
        start.getOutputStream().close();
        assertThat(start.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("Hello, Joana!");
        assertThat(Files.readString(dir.resolve("data").resolve("logs").resolve("studio-bot.log"), StandardCharsets.UTF_8))
                .contains("message file pt.properties is not put in service: this build has no ICU locale data for 'pt'")
                .contains("message file en.properties: faq.elopement.answer: {price_elopement} is the price of a package the studio"
                        + " does not have (elopement)");

        // a studio whose own language is one of those cannot start: it would be spoken to in English
        Path config = dir.resolve("studio.yaml");
        try (java.io.InputStream demo = App.class.getResourceAsStream("/studiobot/config/demo-studio.yaml")) {
            Files.writeString(config, new String(demo.readAllBytes(), StandardCharsets.UTF_8).replace("defaultLocale: en", "defaultLocale: pt"));
        }
        Process refused = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString(),
                "--data", dir.resolve("data").toString(), "--messages", folder.toString(), "--config", config.toString(), "console"))
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        refused.getOutputStream().close();
        assertThat(refused.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(out, StandardCharsets.UTF_8))
                .contains("studio-bot: configuration problem: studio.defaultLocale: 'pt': this build has no ICU locale data for 'pt'");
        assertThat(refused.exitValue()).isEqualTo(2);
    }

    @Test
    void theJarChecksTheShippedMessageFilesClean() throws Exception {
        Path out = dir.resolve("check.txt");
        Process p = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString(),
                "--data", dir.resolve("data").toString(), "messages", "check", Path.of("messages").toAbsolutePath().toString()))
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();

        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("messages check: 8 files, 0 problems\n");
        assertThat(p.exitValue()).isZero();
    }
}
