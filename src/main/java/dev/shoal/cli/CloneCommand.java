package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.ShoalException;
import dev.shoal.files.YamlFile;
import dev.shoal.git.CloneUrls;
import dev.shoal.git.Remote;
import dev.shoal.manifest.CloneAction;
import dev.shoal.manifest.ClonePlanner;
import dev.shoal.manifest.Manifest;
import dev.shoal.manifest.ManifestEntry;
import dev.shoal.manifest.ManifestFile;
import dev.shoal.manifest.ManifestRegistration;
import dev.shoal.manifest.PlannedClone;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "clone", mixinStandardHelpOptions = true,
        description = {"Clone a repo and register it; with -f, every repo of a manifest ('shoal freeze', or a",
                "vcstool .repos file), in parallel: clone, add the other remotes, check out the recorded",
                "branch, then register the repos and groups. A folder that already holds the repo is kept",
                "and registered; one holding anything else is an error for that repo only."})
final class CloneCommand extends SessionCommand {
    @Parameters(paramLabel = "SOURCE", description = "A URL to clone, or with -f a manifest file ('-' reads stdin).")
    String source;

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

    CloneCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() throws InterruptedException {
        if (group != null) {
            NewNames.check(group);
        }
        if (preservePaths && !fromFile) {
            throw ShoalException.usage("-p goes with -f: it says where a manifest's repos go");
        }
        Path dir = directory == null ? session.cwd() : session.resolveReal(directory);
        Manifest manifest = fromFile ? readManifest() : single(dir);
        Manifest placed = manifest.placedIn(dir, preservePaths);
        List<PlannedClone> plan = ClonePlanner.plan(placed);
        if (dryRun) {
            ClonePlanPrinter.print(session.out(), session.style(), plan);
            manifest.problems().forEach(session::warn);
            return failures(plan, manifest) ? ExitCode.REPO_FAILED : ExitCode.OK;
        }
        List<ManifestEntry> landed = new ArrayList<>();
        boolean failed = failures(plan, manifest);
        for (PlannedClone planned : plan) {
            switch (planned.action()) {
                case PRESENT -> landed.add(planned.entry());
                case CONFLICT -> session.warn(planned.entry().name() + ": " + planned.entry().path() + " " + planned.reason());
                case LOCAL_ONLY -> session.out().println(planned.entry().name() + ": not cloned, local-only (no remote recorded)");
                case CLONE -> {
                }
            }
        }
        List<PlannedClone> toClone = plan.stream().filter(p -> p.action() == CloneAction.CLONE).toList();
        CloneRun.Result run = fromFile ? CloneRun.inParallel(session, toClone) : CloneRun.inForeground(session, toClone);
        landed.addAll(run.landed());
        failed |= run.failed();
        manifest.problems().forEach(session::warn);
        List<String> report = session.registryStore().update(registry ->
                ManifestRegistration.register(registry, landed, placed.groups(), Optional.ofNullable(group)));
        report.forEach(session.out()::println);
        return failed ? ExitCode.REPO_FAILED : ExitCode.OK;
    }

    private static boolean failures(List<PlannedClone> plan, Manifest manifest) {
        return !manifest.problems().isEmpty() || plan.stream().anyMatch(p -> p.action() == CloneAction.CONFLICT);
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
            try {
                return ManifestFile.read(YamlFile.parse(Path.of("<stdin>"), new String(session.in().readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw ShoalException.usage("cannot read the manifest from stdin: " + e.getMessage());
            }
        }
        Path file = session.resolve(source);
        if (!Files.exists(file) || Files.isDirectory(file)) {
            throw ShoalException.usage(source + ": no such file");
        }
        return ManifestFile.read(YamlFile.read(file));
    }
}
