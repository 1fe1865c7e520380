package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.files.AtomicFile;
import dev.shoal.manifest.Freezer;
import dev.shoal.manifest.Manifest;
import dev.shoal.manifest.ManifestCodec;
import dev.shoal.manifest.ManifestFormat;
import dev.shoal.manifest.ReposCodec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "freeze", mixinStandardHelpOptions = true,
        description = {"Write a manifest of repos: names, paths, every remote, the checked-out branch, bare",
                "and flags, and the groups holding them (with their paths). Repos without a remote are",
                "kept, marked local-only. Rebuild it anywhere with 'shoal clone -f FILE'."})
final class FreezeCommand extends SessionCommand {
    @Mixin
    TargetsMixin targets;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (atomically) instead of stdout. A FILE ending in .repos means --format repos.")
    String output;

    @Option(names = "--relative-to", paramLabel = "DIR",
            description = "Write paths relative to DIR instead of absolute.")
    String relativeTo;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "shoal (the default: everything) or repos (vcstool's .repos: one URL and version per repo; "
                    + "paths relative to --relative-to, else to the folder holding all the repos).")
    ManifestFormat format;

    FreezeCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Manifest manifest = Freezer.freeze(targets.select(session), session.registry().groups());
        ManifestFormat chosen = format != null ? format : output != null ? ManifestFormat.forFileName(output) : ManifestFormat.SHOAL;
        if (relativeTo != null) {
            manifest = manifest.relativeTo(session.resolveReal(relativeTo));
        } else if (chosen == ManifestFormat.REPOS) {
            manifest = manifest.commonRoot().map(manifest::relativeTo).orElse(manifest);
        }
        String text = chosen == ManifestFormat.REPOS ? ReposCodec.write(manifest) : ManifestCodec.write(manifest);
        if (output == null) {
            session.out().print(text);
        } else {
            Path file = session.resolve(output);
            AtomicFile.write(file, text.getBytes(StandardCharsets.UTF_8));
            int count = manifest.entries().size();
            session.out().println("froze " + count + " repo" + (count == 1 ? "" : "s") + " to " + file);
        }
        if (chosen == ManifestFormat.REPOS) {
            ReposCodec.losses(manifest).forEach(loss -> session.warn(".repos format: " + loss));
        }
        Freezer.unpushedBranches(manifest).forEach(session::warn);
        manifest.problems().forEach(session::warn);
        return manifest.problems().isEmpty() ? ExitCode.OK : ExitCode.REPO_FAILED;
    }
}
