package dev.shoal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.cli.Session;
import dev.shoal.cli.ShoalCli;
import dev.shoal.testing.Git;
import dev.shoal.testing.ProcessResult;
import dev.shoal.ui.Terminal;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The release archive as a user gets it: unpacked, installed with its own script into a fresh home's
 * ~/.local with no Maven (and no java) on PATH, used, TABbed in bash, zsh and fish as they come, read with
 * man, and uninstalled. Runs after `package` made target/shoal-VERSION.tar.gz (failsafe); alone:
 * {@code mvn -Dit.test=InstallIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false verify}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InstallIT {
    private static final Path ROOT = Path.of(System.getProperty("shoal.root", "")).toAbsolutePath();
    private static final String VERSION = System.getProperty("shoal.version");
    private static final Path ARCHIVE = ROOT.resolve("target/shoal-" + VERSION + ".tar.gz");

    @TempDir
    static Path temp;
    private Path home;
    private Path prefix;
    private Path tools;
    private Map<String, Long> before;
    private ProcessResult installed;

    /** Unpacks and installs once for the class: the install trains the start-up cache, a few seconds. */
    @BeforeAll
    void install() throws IOException {
        home = Files.createDirectories(temp.resolve("home"));
        prefix = home.resolve(".local");
        Files.createDirectories(prefix.resolve("bin"));
        Files.writeString(prefix.resolve("bin/other-tool"), "someone else's\n");
        before = tree(prefix);
        tools = toolsWithout("mvn", "java");
        Path unpacked = Files.createDirectories(temp.resolve("unpacked"));
        ProcessResult untar = run(List.of("tar", "xzf", ARCHIVE.toString(), "-C", unpacked.toString()), Map.of());
        assertEquals(0, untar.exitCode(), untar.stderr());
        installed = run(List.of(unpacked.resolve("shoal-" + VERSION + "/install").toString()), Map.of());
    }

    @Test
    @Order(1)
    void installsEverythingWithoutMaven() {
        assertEquals(0, installed.exitCode(), installed.stdout() + installed.stderr());
        assertEquals("", installed.stderr());
        assertTrue(installed.stdout().startsWith("Installed shoal in " + prefix), installed.stdout());
        for (String file : List.of("bin/shoal", "lib/shoal.jar", "share/bash-completion/completions/shoal",
                "share/zsh/site-functions/_shoal", "share/fish/vendor_completions.d/shoal.fish",
                "share/man/man1/shoal.1", "share/man/man1/shoal-sync.1", "share/doc/shoal/README.md",
                "share/doc/shoal/LICENSE")) {
            assertTrue(Files.isRegularFile(prefix.resolve(file)), file);
        }
        assertTrue(Files.isExecutable(prefix.resolve("bin/shoal")));
    }

    @Test
    @Order(2)
    void versionAndStatusOfRealRepos() {
        ProcessResult version = shoal(List.of("--version"));
        assertEquals(0, version.exitCode(), version.stderr());
        assertEquals("shoal " + VERSION + "\n", version.stdout());
        assertEquals("", version.stderr(), "no launcher note, JVM warning or build");

        Git git = new Git(home);
        git.repo(temp.resolve("src/api"));
        git.repo(temp.resolve("src/site"));
        git.commit(temp.resolve("src/site"), "draft.md", "draft\n", "Draft the launch post");
        ProcessResult add = shoal(List.of("add", "-r", temp.resolve("src").toString()));
        assertEquals(0, add.exitCode(), add.stderr());
        ProcessResult ll = shoal(List.of("ll"));
        assertEquals(0, ll.exitCode(), ll.stderr());
        List<String> lines = ll.lines();
        assertEquals(2, lines.size(), ll.stdout());
        assertTrue(lines.get(0).matches("api +main +∅ +first commit .*"), lines.get(0));
        assertTrue(lines.get(1).matches("site +main +∅ +Draft the launch post .*"), lines.get(1));
        assertTrue(Files.isRegularFile(home.resolve(".config/shoal/repos.yml")), "the default config home");
    }

    /** One page per command of the model (the shipped commands.yml's included), each rendering by man. */
    @Test
    @Order(3)
    void aManPagePerCommandOfTheModel() throws IOException {
        Map<String, CommandSpec> commands = new TreeMap<>();
        Session session = new Session(Map.of("SHOAL_HOME", temp.resolve("model-home").toString()), temp,
                InputStream.nullInputStream(), System.out, System.err, () -> Terminal.PIPE);
        collect(ShoalCli.commandLine(session).getCommandSpec(), commands);
        assertTrue(commands.keySet().containsAll(List.of("shoal", "shoal-fetch", "shoal-group-add", "shoal-sync")), commands.keySet().toString());
        Path man1 = prefix.resolve("share/man/man1");
        try (Stream<Path> pages = Files.list(man1)) {
            assertEquals(new TreeSet<>(commands.keySet()),
                    new TreeSet<>(pages.map(page -> page.getFileName().toString().replaceAll("\\.1$", "")).toList()));
        }
        // One man for all pages: each page is a pipeline of several processes, and 55 of them add up.
        List<String> man = new ArrayList<>(List.of("man", "-l"));
        commands.keySet().forEach(name -> man.add(man1.resolve(name + ".1").toString()));
        ProcessResult rendered = man(man);
        assertEquals(0, rendered.exitCode(), rendered.stderr());
        assertEquals("", rendered.stderr());
        Map<String, String> pages = new TreeMap<>();
        for (String page : rendered.stdout().split("(?m)^(?=SHOAL[A-Z-]*\\(1\\) )")) {
            pages.put(page.substring(0, page.indexOf('(')).toLowerCase(java.util.Locale.ROOT), page);
        }
        assertEquals(commands.keySet(), pages.keySet(), "a page rendered for each command");
        for (Map.Entry<String, CommandSpec> command : commands.entrySet()) {
            String text = pages.get(command.getKey());
            assertTrue(text.contains("NAME\n       " + command.getKey() + " - "), text);
            for (OptionSpec option : command.getValue().options()) {
                // A negatable option shows as --[no-]name, as in help.
                String name = option.negatable() ? option.longestName().replaceFirst("^--(no-)?", "--[no-]") : option.longestName();
                if (!option.hidden()) {
                    assertTrue(text.contains(name), command.getKey() + " lacks " + name + ":\n" + text);
                }
            }
        }
        ProcessResult byName = man(List.of("man", "shoal-sync"));
        assertEquals(0, byName.exitCode(), "man finds the page from PATH: " + byName.stderr());
        assertTrue(byName.stdout().contains("shoal-sync - "), byName.stdout());
    }

    @Test
    @Order(4)
    void bashCompletesWithBashCompletionAsItComes() {
        // What ~/.bashrc does on Debian and most others; the completion is then loaded on the first TAB.
        String script = "source /usr/share/bash-completion/bash_completion; _completion_loader shoal;"
                + " COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); COMP_LINE=\"$*\"; COMP_POINT=${#COMP_LINE};"
                + " $(complete -p shoal | sed -n 's/.*-F \\([^ ]*\\) .*/\\1/p') shoal \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\";"
                + " printf '%s\\n' \"${COMPREPLY[@]}\"";
        assertEquals(List.of("group"), completions(List.of("bash", "--norc", "--noprofile", "-c", script, "bash", "shoal", "gr")));
        assertEquals(List.of("api", "site"), completions(List.of("bash", "--norc", "--noprofile", "-c", script, "bash", "shoal", "rm", "")));
    }

    @Test
    @Order(4)
    void zshCompletesFromTheSiteFunctionsOnFpath() throws IOException {
        Path harness = temp.resolve("zsh-complete.zsh");
        try (InputStream in = InstallIT.class.getResourceAsStream("/dev/shoal/completion/zsh-complete.zsh")) {
            Files.write(harness, in.readAllBytes());
        }
        List<String> zsh = List.of("zsh", "-f", harness.toString(), prefix.resolve("share/zsh/site-functions").toString(),
                temp.resolve("zcompdump").toString());
        assertEquals(List.of("group -- Manage groups of repos."), completions(concat(zsh, "shoal gr")));
        assertEquals(List.of("api", "site"), completions(concat(zsh, "shoal rm ")).stream().map(String::strip).toList());
    }

    @Test
    @Order(4)
    void fishCompletesFromItsVendorFolder() {
        assertEquals(List.of("group\tManage groups of repos."), completions(List.of("fish", "-c", "complete -C 'shoal gr'")));
        assertEquals(List.of("api\trepo", "site\trepo"), completions(List.of("fish", "-c", "complete -C 'shoal rm '")));
    }

    @Test
    @Order(5)
    void uninstallLeavesThePrefixAsItWas() throws IOException {
        // What a training stopped half way leaves beside the caches: the launcher's temp name and the JDK's.
        Path caches = prefix.resolve("lib/shoal/aot");
        Files.writeString(caches.resolve("jdk-ll.aot.4242.tmp"), "half made");
        Files.writeString(caches.resolve("jdk-ll.aot.4242.tmp.config"), "half made");
        ProcessResult removed = run(List.of(prefix.resolve("lib/shoal/install").toString(), "--uninstall"), Map.of());
        assertEquals(0, removed.exitCode(), removed.stderr());
        assertEquals("Removed shoal from " + prefix + ".\n", removed.stdout());
        assertEquals(before, tree(prefix));
    }

    private ProcessResult shoal(List<String> args) {
        List<String> command = new ArrayList<>(List.of(prefix.resolve("bin/shoal").toString()));
        command.addAll(args);
        return run(command, Map.of());
    }

    private ProcessResult man(List<String> command) {
        return run(command, Map.of("LC_ALL", "C", "MANWIDTH", "200", "MANPAGER", "cat", "PAGER", "cat"));
    }

    /** What a shell offers, one candidate a line, with the installed shoal on PATH and nothing set up by hand. */
    private List<String> completions(List<String> command) {
        ProcessResult result = run(command, Map.of("TERM", "xterm"));
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals("", result.stderr());
        return result.lines().stream().filter(line -> !line.isEmpty()).sorted().toList();
    }

    /**
     * Runs with only this environment: the temp home (so ~/.config, ~/.local and ~/.cache are the test's),
     * the test's JDK in JAVA_HOME, and a PATH of the installed bin and the usual tools less Maven and java.
     */
    private ProcessResult run(List<String> command, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(new Git(home).env());
        env.put("PATH", prefix.resolve("bin") + File.pathSeparator + tools);
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("LANG", "C.UTF-8");
        env.putAll(extra);
        return ProcessResult.runWithOnly(command, temp, env);
    }

    /** A folder of links to every tool on this PATH but the named ones. */
    private Path toolsWithout(String... left) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("tools"));
        List<String> leftOut = List.of(left);
        for (String entry : System.getenv("PATH").split(File.pathSeparator)) {
            Path pathDir = Path.of(entry);
            if (!Files.isDirectory(pathDir)) {
                continue;
            }
            try (Stream<Path> found = Files.list(pathDir)) {
                for (Path tool : found.toList()) {
                    String name = tool.getFileName().toString();
                    if (!leftOut.contains(name) && Files.isExecutable(tool) && !Files.exists(dir.resolve(name))) {
                        Files.createSymbolicLink(dir.resolve(name), tool);
                    }
                }
            }
        }
        return dir;
    }

    /** Every path below {@code root} with its size (folders: -1). */
    private static Map<String, Long> tree(Path root) throws IOException {
        Map<String, Long> tree = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                tree.put(root.relativize(path).toString(), Files.isDirectory(path) ? -1 : Files.size(path));
            }
        }
        return tree;
    }

    private static void collect(CommandSpec spec, Map<String, CommandSpec> into) {
        if (spec.usageMessage().hidden()) {
            return;
        }
        into.put(spec.qualifiedName("-"), spec);
        for (CommandLine sub : spec.subcommands().values()) {
            collect(sub.getCommandSpec(), into);
        }
    }

    private static List<String> concat(List<String> list, String last) {
        List<String> all = new ArrayList<>(list);
        all.add(last);
        return all;
    }
}
