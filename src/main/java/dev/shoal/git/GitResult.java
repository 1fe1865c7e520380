package dev.shoal.git;

/** How one finished git command ended, with what it printed: the one result type of every git shoal runs. */
public record GitResult(int exitCode, String stdout, String stderr) {
    public boolean ok() {
        return exitCode == 0;
    }

    /** What went wrong, on one line: git's own words, else the exit code. */
    public String problem() {
        String said = String.join("; ", stderr.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        return said.isEmpty() ? "git exited with " + exitCode : said;
    }

    /** The last line git printed on stderr, which is where it says what went wrong; else the exit code. */
    public String lastError() {
        String[] lines = stderr.strip().split("\n");
        String last = lines[lines.length - 1].strip();
        return last.isEmpty() ? "git exited with " + exitCode : last;
    }
}
