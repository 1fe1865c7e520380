package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.ShoalException;
import dev.shoal.git.CloneUrls;
import dev.shoal.git.Remote;
import dev.shoal.manifest.CloneAction;
import dev.shoal.manifest.ClonePlanner;
import dev.shoal.manifest.CloneRun;
import dev.shoal.manifest.Manifest;
import dev.shoal.manifest.ManifestEntry;
import dev.shoal.manifest.ManifestFile;
import dev.shoal.manifest.ManifestRegistration;
import dev.shoal.manifest.PlannedClone;
import dev.shoal.registry.CloseMatches;
import dev.shoal.run.RerunCommand;
import dev.shoal.run.ShellWords;
import dev.shoal.ui.ClonePlanPrinter;
import dev.shoal.ui.Visible;
import dev.shoal.ui.output.OutputMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "clone", mixinStandardHelpOptions = true,
        description = "Clone a repo and register it; with -f, every repo of a manifest ('shoal freeze', a vcstool "
                + ".repos file, or the CSV of 'gita freeze'), in parallel: clone, add the other remotes, check out the "
                + "recorded branch, then register the repos and groups. A folder that already holds the repo is kept and "
                + "registered; one holding anything else is an error for that repo only.")
final class CloneCommand extends SessionCommand implements RunsInRepos {
    @Parameters(index = "0", paramLabel = "URL|FILE", description = "A URL to clone, or with -f a manifest file ('-' reads stdin).")
    String source;

    @Parameters(index = "1..*", paramLabel = "NAME", description = "With -f: clone just these repos of the manifest, "
            + "where the whole manifest would put them (as the rerun: line after a partial failure does).")
    List<String> only = new ArrayList<>();

    @Option(names = {"-f", "--from-file"}, description = "SOURCE is a manifest: clone all its repos.")
    boolean fromFile;

    @Option(names = {"-C", "--directory"}, paramLabel = "DIR",
            description = "Clone into DIR (made if needed) instead of the working directory.")
    String directory;

    @Option(names = {"-p", "--preserve-path"},
            description = "With -f: clone repos recorded with absolute paths at exactly those paths. Without it "
                    + "they go below DIR, laid out as they were below the folder that held them all.")
    boolean preservePaths;

    @Option(names = {"-g", "--group"}, paramLabel = "GROUP", description = "Also put the repos in GROUP (made if new).")
    String group;

    @Option(names = {"-n", "--dry-run"}, description = "Print the plan; change nothing.")
    boolean dryRun;

    @Option(names = "--trust-flags",
            description = "With -f: apply the git flags the manifest gives its repos ('flags:'), and register them. "
                    + "Without it they are shown in the plan and ignored: a git flag can run any command (-c core.fsmonitor=...).")
    boolean trustFlags;

    @Mixin
    RunOptions options;

    CloneCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        if (group != null) {
            NewNames.check(group);
        }
        if (!fromFile && (preservePaths || trustFlags || !only.isEmpty())) {
            throw ShoalException.usage("-p, --trust-flags and repo names go with -f: they say how to take a manifest's repos");
        }
        Path dir = directory == null ? session.cwd() : session.resolveReal(directory);
        // Placed whole, then chosen: a rerun naming a few repos puts them where the whole manifest would.
        Manifest manifest = fromFile ? readManifest() : single(dir);
        if (manifest.entries().isEmpty() && manifest.problems().isEmpty()) {
            session.warn(source + ": the manifest lists no repos; nothing to clone");
            return ExitCode.OK;
        }
        Manifest placed = chosen(manifest.placedIn(dir, preservePaths));
        List<PlannedClone> plan = ClonePlanner.plan(placed, trustFlags);
        boolean planFailed = !manifest.problems().isEmpty() || plan.stream().anyMatch(p -> p.action() == CloneAction.CONFLICT);
        if (dryRun) {
            ClonePlanPrinter.print(session.out(), session.style(), plan);
            manifest.problems().forEach(session::warn);
            return planFailed ? ExitCode.REPO_FAILED : ExitCode.OK;
        }
        // JSON output must keep stdout for its objects; what shoal says besides goes to stderr then.
        PrintStream info = options.output == OutputMode.JSON ? session.err() : session.out();
        List<ManifestEntry> landed = new ArrayList<>();
        for (PlannedClone planned : plan) {
            switch (planned.action()) {
                case PRESENT -> landed.add(planned.entry());
                case CONFLICT -> session.warn(planned.entry().name() + ": " + planned.entry().path() + " " + planned.reason());
                case LOCAL_ONLY -> info.println(planned.entry().name() + ": not cloned, local-only (no remote recorded)");
                case CLONE -> {
                }
            }
        }
        manifest.problems().forEach(session::warn);
        plan.stream().filter(p -> !p.ignoredFlags().isEmpty()).forEach(p -> session.warn(p.entry().name()
                + ": flags " + ShellWords.join(p.ignoredFlags()) + " ignored; pass --trust-flags to apply them"));
        List<PlannedClone> toClone = plan.stream().filter(p -> p.action() == CloneAction.CLONE).toList();
        RepoRun wiring = new RepoRun(session, options);
        CloneRun clones = new CloneRun(session.env(), wiring.dispatcher(true), session::warn, line -> session.err().println(Visible.of(line)));
        CloneRun.Result run = toClone.isEmpty() ? new CloneRun.Result(List.of(), ExitCode.OK)
                : fromFile ? clones.inParallel(toClone, wiring.timeout(), wiring.showsProgress(), rerun(dir))
                : clones.inForeground(toClone.getFirst(), rerun(dir));
        if (source.equals("-") && (run.exitCode() == ExitCode.REPO_FAILED || run.exitCode() == ExitCode.INTERRUPTED)) {
            // The rerun: line just printed reads stdin as this run did; shoal keeps no copy (its URLs may hold tokens).
            session.warn("the manifest came from stdin: pipe the same one into that command");
        }
        landed.addAll(run.landed());
        List<String> report = session.registryStore().update(registry ->
                ManifestRegistration.register(registry, landed, placed.groups(), Optional.ofNullable(group)));
        report.forEach(line -> info.println(session.shown(line)));
        return Math.max(run.exitCode(), planFailed ? ExitCode.REPO_FAILED : ExitCode.OK);
    }

    /** The manifest cut down to the repos named on the command line (groups keep just those). */
    private Manifest chosen(Manifest manifest) {
        if (only.isEmpty()) {
            return manifest;
        }
        List<String> names = manifest.entries().stream().map(ManifestEntry::name).toList();
        for (String name : only) {
            if (!names.contains(name)) {
                throw ShoalException.usage("no repo named '" + name + "' in " + source + CloseMatches.hint(name, names));
            }
        }
        return manifest.only(only);
    }

    /** {@code shoal clone [OPTIONS] -f MANIFEST -C DIR [-p] [-g GROUP]}, then the repos to clone again. */
    private RerunCommand rerun(Path dir) {
        List<String> words = new ArrayList<>(new RepoRun(session, options).rerunPrefix("clone"));
        words.addAll(List.of("-f", source.equals("-") ? source : session.resolve(source).toString(), "-C", dir.toString()));
        if (preservePaths) {
            words.add("-p");
        }
        if (trustFlags) {
            words.add("--trust-flags");
        }
        if (group != null) {
            words.addAll(List.of("-g", group));
        }
        return new RerunCommand(words, List.of());
    }

    /** A one-repo manifest for {@code clone URL}: the folder git would pick, the URL as origin. */
    private Manifest single(Path dir) {
        String folder = CloneUrls.folderName(source, false);
        if (folder.isEmpty() || folder.equals(".") || folder.equals("..")) {
            throw ShoalException.usage("cannot tell a folder name from '" + source + "'");
        }
        return new Manifest(List.of(new ManifestEntry(folder, dir.resolve(folder), false, List.of(),
                List.of(Remote.of("origin", source)), Optional.empty())), List.of());
    }

    private Manifest readManifest() {
        if (source.equals("-")) {
            if (session.terminal().stdinIsTerminal()) {
                // A rerun: line pasted alone would sit waiting for YAML typed in.
                throw ShoalException.usage("clone -f -: stdin is a terminal; pipe the manifest in (shoal freeze | shoal clone -f -)");
            }
            try {
                return ManifestFile.read(Path.of("<stdin>"), session.in());
            } catch (IOException e) {
                throw ShoalException.usage("cannot read the manifest from stdin: " + e.getMessage());
            }
        }
        Path file = session.resolve(source);
        if (!Files.exists(file) || Files.isDirectory(file)) {
            throw ShoalException.usage(source + ": no such file");
        }
        try {
            try (InputStream in = Files.newInputStream(file)) {
                return ManifestFile.read(file, in);
            }
        } catch (IOException e) {
            throw ShoalException.config(file + ": cannot read: " + e.getMessage());
        }
    }
}
