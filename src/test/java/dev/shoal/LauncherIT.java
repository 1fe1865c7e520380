package dev.shoal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.shoal.testing.ProcessResult;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher, bin/shoal, started as users start it: a bash process that finds a JDK and runs the
 * packaged jar with its AOT cache. Runs in Maven's integration-test phase (failsafe), after the jar is
 * built; alone: {@code mvn -Dit.test=LauncherIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false verify}.
 */
class LauncherIT {
    private static final Path ROOT = Path.of(System.getProperty("shoal.root", "")).toAbsolutePath();
    private static final Path LAUNCHER = ROOT.resolve("bin/shoal");
    private static final Path JAR = ROOT.resolve("target/shoal.jar");
    private static final String JAVA_HOME = System.getProperty("java.home");
    /** What the launcher and bin/lib/jdk.sh run besides bash builtins, when the jar is up to date. */
    private static final List<String> TOOLS = List.of("bash", "readlink", "find", "mkdir", "rm", "mktemp", "mv");

    /** One AOT cache for the whole class: making it is a training run of several seconds. */
    @TempDir
    static Path sharedCache;
    @TempDir
    Path temp;
    private Path toolsWithoutJava;

    @BeforeEach
    void linkToolsWithoutJava() throws IOException {
        toolsWithoutJava = Files.createDirectories(temp.resolve("tools"));
        for (String tool : TOOLS) {
            Files.createSymbolicLink(toolsWithoutJava.resolve(tool), onPath(tool));
        }
    }

    @Test
    void versionIsTheOnlyOutput() {
        ProcessResult result = launch(LAUNCHER, "--version");
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals("shoal " + System.getProperty("shoal.version") + "\n", result.stdout());
        assertEquals("", result.stderr(), "no JVM warning or launcher note");
    }

    @Test
    void theHugePagesFlagIsGivenOnLinuxAloneAndTheJdkTakesEveryFlag() {
        List<String> linux = launcherFlags("linux-gnu");
        List<String> elsewhere = launcherFlags("darwin23");
        assertTrue(linux.contains("-XX:+UseTransparentHugePages"), linux.toString());
        List<String> withoutIt = new ArrayList<>(linux);
        withoutIt.remove("-XX:+UseTransparentHugePages");
        assertEquals(withoutIt, elsewhere, "a JVM off Linux refuses the flag, and only it is left out there");
        List<String> java = new ArrayList<>(List.of(Path.of(JAVA_HOME, "bin", "java").toString()));
        java.addAll(linux);
        java.add("-version");
        ProcessResult result = ProcessResult.run(java, temp, Map.of());
        assertEquals(0, result.exitCode(), result.stderr());
    }

    /** SHOAL_JVM_FLAGS as bin/lib/launch.sh makes them under bash's {@code OSTYPE}, one per line. */
    private List<String> launcherFlags(String ostype) {
        ProcessResult result = ProcessResult.run(List.of("bash", "-c",
                "OSTYPE=$1; . \"$2\"; printf '%s\\n' \"${SHOAL_JVM_FLAGS[@]}\"", "bash", ostype,
                ROOT.resolve("bin/lib/launch.sh").toString()), temp, Map.of());
        assertEquals(0, result.exitCode(), result.stderr());
        return result.stdout().lines().toList();
    }

    @Test
    void helpIsPlainTextWhenPiped() {
        ProcessResult result = launch(LAUNCHER, "--help");
        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(result.stdout().startsWith("Usage: shoal"), result.stdout());
        assertFalse(result.stdout().contains("\u001b"), result.stdout());
        assertTrue(result.stdout().lines().allMatch(line -> line.length() <= 80), result.stdout());
        assertEquals("", result.stderr());
    }

    @Test
    void runsThroughASymlinkWithoutJavaOnPath() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("shoal"), LAUNCHER);
        ProcessResult result = launch(link, "--version");
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals("shoal " + System.getProperty("shoal.version") + "\n", result.stdout());
    }

    @Test
    void findsAnInstalledJdkWithoutJavaHomeOrJavaOnPath() throws IOException {
        assumeTrue(Stream.of("/usr/lib/jvm/", "/usr/java/", "/opt/java/", "/Library/Java/JavaVirtualMachines/")
                        .anyMatch(JAVA_HOME::startsWith),
                "this JDK is not installed where the launcher looks: " + JAVA_HOME);
        Path link = Files.createSymbolicLink(temp.resolve("shoal"), LAUNCHER);
        ProcessResult result = run(List.of(onPath("env").toString(), "-u", "JAVA_HOME", link.toString(), "--version"), Map.of());
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals("shoal " + System.getProperty("shoal.version") + "\n", result.stdout());
    }

    @Test
    void takesTheNewestJdkUnderTheInstallRootsWhenJavaHomeIsTooOld() throws IOException {
        Path jdks = temp.resolve("jdks");
        Path old = fakeJdk(jdks.resolve("jdk-17"), "17.0.2");
        fakeJdk(jdks.resolve("jdk-8"), "1.8.0_392");
        fakeJdk(jdks.resolve("jdk-21"), "21.0.5");
        fakeJdk(jdks.resolve("jdk-24"), "24");
        Files.createDirectories(jdks.resolve("not-a-jdk"));
        ProcessResult result = findJdk(jdks, Map.of("JAVA_HOME", old.toString()));
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals(jdks.resolve("jdk-24") + " 24\n", result.stdout());
    }

    @Test
    void saysWhatToDoWhenNoJdkIsNewEnough() throws IOException {
        Path jdks = temp.resolve("jdks");
        Path old = fakeJdk(jdks.resolve("jdk-17"), "17.0.2");
        ProcessResult result = findJdk(jdks, Map.of("JAVA_HOME", old.toString()));
        assertEquals(1, result.exitCode());
        assertEquals("", result.stdout());
        assertTrue(result.stderr().startsWith("shoal: needs a JDK 21 or newer"), result.stderr());
        assertTrue(result.stderr().contains("set JAVA_HOME"), result.stderr());
    }

    @Test
    void picocliIsLoadedFromTheAotCache() throws IOException {
        assumeTrue(Runtime.version().feature() >= 25, "the launcher makes an AOT cache from JDK 25 on");
        assertEquals(0, launch(LAUNCHER, "--help").exitCode(), "first run makes the cache");
        Path log = temp.resolve("classes.log");
        ProcessResult result = launch(LAUNCHER, Map.of("SHOAL_JAVA_OPTS", "-Xlog:class+load:file=" + log), "--help");
        assertEquals(0, result.exitCode(), result.stderr());
        List<String> picocli = Files.readAllLines(log).stream().filter(line -> line.contains(" picocli.")).toList();
        assertTrue(picocli.size() > 20, "picocli classes loaded: " + picocli);
        assertEquals(List.of(), picocli.stream().filter(line -> !line.contains("source: shared objects file")).toList(),
                "picocli classes read from the jar instead of the AOT cache");
    }

    /**
     * Each start reads the cache of its family, made at its first start: --version the small one made for
     * it, the other starts that name no command and every help that of help, one of shoal's own commands
     * its own, the others that of git; and a cache of another family is left as it was.
     */
    @Test
    void eachStartReadsTheCacheOfItsFamily() throws IOException {
        assumeTrue(Runtime.version().feature() >= 25, "the launcher makes an AOT cache from JDK 25 on");
        Path log = temp.resolve("aot.log");
        Map<String, String> logged = Map.of("SHOAL_JAVA_OPTS", "-Xlog:aot=info:file=" + log);
        Map<List<String>, String> families = new LinkedHashMap<>();
        families.put(List.of(), "help");
        families.put(List.of("--version"), "version");
        families.put(List.of("-V"), "version");
        families.put(List.of("--help"), "help");
        families.put(List.of("ll", "--help"), "help");
        families.put(List.of("--version", "--help"), "help");
        families.put(List.of("ls"), "ls");
        families.put(List.of("--color=never", "ls"), "ls");
        families.put(List.of("group", "ls"), "group");
        families.put(List.of("st"), "git");
        families.put(List.of("nosuchcommand"), "git");
        for (Map.Entry<List<String>, String> family : families.entrySet()) {
            launch(LAUNCHER, Map.of(), family.getKey().toArray(String[]::new));
            launch(LAUNCHER, logged, family.getKey().toArray(String[]::new));
            String opened = Files.readAllLines(log).stream().filter(line -> line.contains("Opened AOT cache")).findFirst().orElse("");
            assertTrue(opened.endsWith("~" + family.getValue() + ".aot."), family + ": " + opened);
            assertTrue(opened.contains(sharedCache.toString()), family + ": " + opened);
        }
        List<String> kept = caches().stream().map(cache -> cache.getFileName().toString().replaceAll(".*~(\\w+)\\.aot$", "$1")).toList();
        assertTrue(kept.containsAll(List.of("git", "group", "help", "ls", "version")), "caches kept: " + kept);
    }

    /**
     * Making a family's cache clears what no start will read again: the caches of this JDK's earlier builds
     * and half-made ones older than the jar; the cache of another JDK, whose path begins the same, stays.
     */
    @Test
    void makingACacheClearsWhatNoStartWillReadAgain() throws IOException {
        assumeTrue(Runtime.version().feature() >= 25, "the launcher makes an AOT cache from JDK 25 on");
        assertEquals(0, launch(LAUNCHER, "--version").exitCode());
        Path start = theCache();
        Path folder = start.getParent();
        String[] name = start.getFileName().toString().split("~");
        String jdk = name[0];
        Files.deleteIfExists(folder.resolve(jdk + "~" + name[1] + "~ls.aot"));
        Path earlierBuild = Files.writeString(folder.resolve(jdk + "~25.0.0+1~version.aot"), "earlier");
        Path otherJdk = Files.writeString(folder.resolve(jdk + "-other~25.0.0+1~version.aot"), "another JDK's");
        FileTime beforeTheJar = FileTime.from(Files.getLastModifiedTime(JAR).toInstant().minusSeconds(10));
        List<Path> halfMade = new ArrayList<>();
        for (String leftover : List.of("~ls.aot.4242.tmp", "~ls.aot.4242.tmp.config")) {
            Path file = Files.writeString(folder.resolve(jdk + "~" + name[1] + leftover), "half made");
            Files.setLastModifiedTime(file, beforeTheJar);
            halfMade.add(file);
        }

        try {
            assertEquals(0, launch(LAUNCHER, "ls").exitCode());
            assertFalse(Files.exists(earlierBuild), "the cache of the JDK's earlier build is removed");
            halfMade.forEach(file -> assertFalse(Files.exists(file), file + " is removed"));
            assertTrue(Files.exists(otherJdk), "another JDK's cache stays");
            assertTrue(Files.exists(start), "this build's other caches stay");
        } finally {
            // Not to be taken for the cache of --version by the other tests.
            Files.deleteIfExists(earlierBuild);
            Files.deleteIfExists(otherJdk);
        }
    }

    @Test
    void aBrokenCacheIsIgnoredQuietlyAndRemadeWhenTheJarIsNewer() throws IOException {
        assumeTrue(Runtime.version().feature() >= 25, "the launcher makes an AOT cache from JDK 25 on");
        assertEquals(0, launch(LAUNCHER, "--version").exitCode());
        Path cache = theCache();
        FileTime made = Files.getLastModifiedTime(cache);
        Files.writeString(cache, "not an AOT cache");
        Files.setLastModifiedTime(cache, made);

        ProcessResult broken = launch(LAUNCHER, "--version");
        assertEquals(0, broken.exitCode(), broken.stderr());
        assertEquals("shoal " + System.getProperty("shoal.version") + "\n", broken.stdout());
        assertEquals("", broken.stderr(), "the JVM's complaint about the cache is not shown");

        Files.setLastModifiedTime(JAR, FileTime.from(made.toInstant().plusSeconds(1)));
        assertEquals(0, launch(LAUNCHER, "--version").exitCode());
        assertTrue(Files.getLastModifiedTime(theCache()).compareTo(Files.getLastModifiedTime(JAR)) > 0,
                "the cache is newer than the jar again");
        assertTrue(Files.size(theCache()) > 1_000_000, "a real cache again: " + Files.size(theCache()));
    }

    /** The build lifts picocli's Java 5 class files to Java 8 with new stack map frames: all must still verify. */
    @Test
    void everyPicocliClassInTheJarVerifies() throws Exception {
        List<String> names = new ArrayList<>();
        try (JarFile jar = new JarFile(JAR.toFile());
             URLClassLoader loader = new URLClassLoader(new URL[] {JAR.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            for (JarEntry entry : jar.stream().filter(e -> e.getName().startsWith("picocli/") && e.getName().endsWith(".class")).toList()) {
                String name = entry.getName().replace('/', '.').replace(".class", "");
                Class.forName(name, true, loader);
                names.add(name);
            }
        }
        assertTrue(names.size() > 100, "picocli classes: " + names.size());
    }

    private ProcessResult launch(Path launcher, String... args) {
        return launch(launcher, Map.of(), args);
    }

    private ProcessResult launch(Path launcher, Map<String, String> extraEnv, String... args) {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        Map<String, String> env = new java.util.HashMap<>(extraEnv);
        env.putIfAbsent("JAVA_HOME", JAVA_HOME);
        return run(command, env);
    }

    /** Runs bin/lib/jdk.sh's discovery with {@code jdks/*} as the only install roots; prints home and release. */
    private ProcessResult findJdk(Path jdks, Map<String, String> env) {
        String script = ". bin/lib/jdk.sh; SHOAL_JDK_ROOTS=(\"$1\"/*); shoal_require_jdk && echo \"$shoal_jdk $shoal_release\"";
        return run(List.of(onPath("bash").toString(), "-c", script, "bash", jdks.toString()), env);
    }

    /** Runs with java neither on PATH nor (unless given) in JAVA_HOME, a temp config home and the shared cache. */
    private ProcessResult run(List<String> command, Map<String, String> env) {
        Map<String, String> full = new java.util.HashMap<>(env);
        full.put("PATH", toolsWithoutJava.toString());
        full.putIfAbsent("JAVA_HOME", "");
        full.put("SHOAL_HOME", temp.resolve("config").toString());
        full.put("XDG_CACHE_HOME", sharedCache.toString());
        return ProcessResult.run(command, ROOT, full);
    }

    private static Path fakeJdk(Path home, String version) throws IOException {
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nexit 1\n");
        assertTrue(java.toFile().setExecutable(true));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }

    /** The cache {@code --version} starts with. */
    private static Path theCache() throws IOException {
        List<Path> caches = caches();
        return caches.stream().filter(cache -> cache.toString().endsWith("~version.aot")).findFirst()
                .orElseThrow(() -> new AssertionError("no start cache: " + caches));
    }

    /** The AOT caches in the shared cache folder, by name. */
    private static List<Path> caches() throws IOException {
        try (Stream<Path> files = Files.walk(sharedCache)) {
            return files.filter(path -> path.toString().endsWith(".aot")).sorted().toList();
        }
    }

    private static Path onPath(String tool) {
        for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError(tool + " is not on PATH");
    }
}
