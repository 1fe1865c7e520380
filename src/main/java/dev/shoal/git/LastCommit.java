package dev.shoal.git;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The commit a repo's HEAD is on, as a status line shows it. Every field is what {@code git log -1}
 * prints for it, read the way git's {@code pretty.c} and {@code ident.c} read a commit; {@code
 * CommitFieldsTest} compares them with git on hand-made commits.
 *
 * @param id      the full object id
 * @param subject what {@code git log --format=%s} prints: the message's first paragraph on one line
 * @param author  what {@code %an} prints: the author's name
 * @param time    what {@code %ct} prints, the committer date ("3 hours ago" in {@code git log} means it);
 *                empty where git prints nothing, for a committer line without a date and time zone
 */
public record LastCommit(String id, String subject, String author, Optional<Instant> time) {

    /** Reads a raw commit object (headers, a blank line, the message). */
    public static LastCommit parse(String id, byte[] raw) {
        String commit = decode(raw);
        String author = "";
        String committer = "";
        int at = 0;
        while (at < commit.length()) {
            int end = lineEnd(commit, at);
            if (end == at) {
                break; // the blank line that ends the headers
            }
            String line = commit.substring(at, end);
            // The last of a repeated header wins, as in git's parse_commit_header.
            if (line.startsWith("author ")) {
                author = line.substring("author ".length());
            } else if (line.startsWith("committer ")) {
                committer = line.substring("committer ".length());
            }
            at = end + 1;
        }
        String message = at < commit.length() ? commit.substring(at) : "";
        return new LastCommit(id, subject(message), personName(author), personTime(committer));
    }

    /**
     * The commit as git log turns it into text. git treats the object as a C string (a NUL ends it), and
     * converts the whole of it, headers too, from the charset its {@code encoding} header names. When
     * the conversion fails (a charset it does not know, bytes that are not in that charset), git prints
     * the bytes as they are, which then read as UTF-8 like any commit without the header.
     */
    private static String decode(byte[] raw) {
        int length = 0;
        while (length < raw.length && raw[length] != 0) {
            length++;
        }
        Optional<Charset> charset = encodingHeader(raw, length);
        if (charset.isPresent()) {
            try {
                return charset.get().newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(raw, 0, length)).toString();
            } catch (CharacterCodingException e) {
                // as git: the bytes as they are
            }
        }
        return new String(raw, 0, length, StandardCharsets.UTF_8);
    }

    /** The charset of the first {@code encoding} header, taken as written (git does not trim it). */
    private static Optional<Charset> encodingHeader(byte[] raw, int length) {
        byte[] key = "encoding ".getBytes(StandardCharsets.US_ASCII);
        int at = 0;
        while (at < length && raw[at] != '\n') {
            int end = at;
            while (end < length && raw[end] != '\n') {
                end++;
            }
            if (end - at >= key.length && Arrays.equals(raw, at, at + key.length, key, 0, key.length)) {
                String name = new String(raw, at + key.length, end - at - key.length, StandardCharsets.US_ASCII);
                try {
                    return Optional.of(Charset.forName(name));
                } catch (IllegalArgumentException e) {
                    return Optional.empty(); // a name Java does not know: git's iconv fails on it too, or nearly
                }
            }
            at = end + 1;
        }
        return Optional.empty();
    }

    /**
     * git's {@code %s}: blank lines skipped, then the lines up to the next blank one, each without its
     * trailing whitespace, joined by spaces. Whitespace is git's: space, tab, CR and LF only, so a form
     * feed or a no-break space at the end of a line stays.
     */
    static String subject(String message) {
        List<String> lines = new ArrayList<>();
        int at = 0;
        while (at < message.length()) {
            int end = lineEnd(message, at);
            String line = message.substring(at, trimmedEnd(message, at, end));
            at = end + 1;
            if (!line.isEmpty()) {
                lines.add(line);
            } else if (!lines.isEmpty()) {
                break;
            }
        }
        return String.join(" ", lines);
    }

    /**
     * git's {@code %an} ({@code split_ident_line}): everything before the first {@code <}, without the
     * whitespace before it, so {@code Jane Doe<jane@x>} is "Jane Doe" and inner double spaces stay. An
     * ident with no {@code <...>} has no name to git.
     */
    private static String personName(String ident) {
        int open = ident.indexOf('<');
        if (open < 0 || ident.indexOf('>', open) < 0) {
            return "";
        }
        return ident.substring(0, trimmedEnd(ident, 0, open));
    }

    /**
     * git's {@code %ct}: the digits after the last {@code >} and whitespace, when a time zone
     * ({@code +0100}) follows them; anything else is an ident without a date.
     */
    private static Optional<Instant> personTime(String ident) {
        int open = ident.indexOf('<');
        int close = ident.lastIndexOf('>');
        if (open < 0 || close < open) {
            return Optional.empty();
        }
        int at = skipSpace(ident, close + 1);
        int digits = at;
        while (digits < ident.length() && isAsciiDigit(ident.charAt(digits))) {
            digits++;
        }
        int zone = skipSpace(ident, digits);
        if (digits == at || zone + 1 >= ident.length() || (ident.charAt(zone) != '+' && ident.charAt(zone) != '-')
                || !isAsciiDigit(ident.charAt(zone + 1))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(ident.substring(at, digits))));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty(); // past what a date can be; git prints the digits, no date to age them by
        }
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** Where {@code text[from, end)} ends once git's whitespace at its end is dropped. */
    private static int trimmedEnd(String text, int from, int end) {
        while (end > from && isGitSpace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static int skipSpace(String text, int from) {
        while (from < text.length() && isGitSpace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    /** git's own {@code isspace} (its ctype table): not the C library's, so no form feed or vertical tab. */
    private static boolean isGitSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
