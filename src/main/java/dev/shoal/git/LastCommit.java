package dev.shoal.git;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The commit a repo's HEAD is on, as a status line shows it.
 *
 * @param id      the full object id
 * @param subject what {@code git log --format=%s} prints: the message's first paragraph on one line
 * @param author  the author's name
 * @param time    the committer date, which is what "3 hours ago" means in {@code git log}
 */
public record LastCommit(String id, String subject, String author, Instant time) {

    /** Reads a raw commit object (headers, a blank line, the message). */
    public static LastCommit parse(String id, byte[] raw) {
        int body = raw.length;
        for (int i = 0; i + 1 < raw.length; i++) {
            if (raw[i] == '\n' && raw[i + 1] == '\n') {
                body = i + 2;
                break;
            }
        }
        // Headers are ASCII up to the names, which git stores as UTF-8 unless an encoding header says otherwise.
        String headers = new String(raw, 0, Math.min(body, raw.length), StandardCharsets.UTF_8);
        String author = "";
        long seconds = 0;
        Charset encoding = StandardCharsets.UTF_8;
        for (String line : headers.split("\n")) {
            if (line.startsWith("author ")) {
                author = personName(line.substring("author ".length()));
            } else if (line.startsWith("committer ")) {
                seconds = personTime(line);
            } else if (line.startsWith("encoding ")) {
                encoding = charset(line.substring("encoding ".length()).strip());
            }
        }
        String message = body < raw.length ? new String(raw, body, raw.length - body, encoding) : "";
        return new LastCommit(id, subject(message), author, Instant.ofEpochSecond(seconds));
    }

    /** git's subject: leading blank lines skipped, then the lines up to the next blank one, joined by spaces. */
    static String subject(String message) {
        List<String> lines = new ArrayList<>();
        for (String line : message.split("\n", -1)) {
            String trimmed = line.stripTrailing();
            if (trimmed.isEmpty()) {
                if (lines.isEmpty()) {
                    continue;
                }
                break;
            }
            lines.add(trimmed);
        }
        return String.join(" ", lines);
    }

    private static String personName(String person) {
        int bracket = person.indexOf(" <");
        return bracket < 0 ? person.strip() : person.substring(0, bracket);
    }

    /** The seconds in {@code committer Name <mail> 1700000000 +0100}. */
    private static long personTime(String line) {
        int close = line.lastIndexOf('>');
        String[] rest = line.substring(close + 1).strip().split(" ");
        try {
            return Long.parseLong(rest[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
