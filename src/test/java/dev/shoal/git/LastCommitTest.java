package dev.shoal.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LastCommitTest {
    @Test
    void signedCommitWithAMultiLineSubject() {
        String raw = """
                tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904
                parent 1111111111111111111111111111111111111111
                author Ada Lovelace <ada@example.com> 1700000000 +0100
                committer Grace Hopper <grace@example.com> 1700003600 -0500
                gpgsig -----BEGIN PGP SIGNATURE-----
                 \s
                 iQEzBAABCAAdFiEE
                 -----END PGP SIGNATURE-----

                Fix the parser
                for wrapped subjects  \s

                The body.
                """;
        LastCommit commit = LastCommit.parse("id", raw.getBytes(StandardCharsets.UTF_8));
        assertEquals("Fix the parser for wrapped subjects", commit.subject());
        assertEquals("Ada Lovelace", commit.author());
        assertEquals(Optional.of(Instant.ofEpochSecond(1700003600)), commit.time(), "the committer date, as git log's relative dates");
    }

    @Test
    void messagesInAnotherEncodingAreDecodedWithIt() {
        Charset latin1 = StandardCharsets.ISO_8859_1;
        String raw = "tree 4b82\nauthor Jos\u00e9 <j@example.com> 1 +0000\ncommitter J <j@example.com> 2 +0000\n"
                + "encoding ISO-8859-1\n\nCaf\u00e9 cr\u00e8me\n";
        byte[] bytes = raw.getBytes(latin1);
        assertEquals("Caf\u00e9 cr\u00e8me", LastCommit.parse("id", bytes).subject());
    }

    @Test
    void anEmptyMessageHasAnEmptySubject() {
        assertEquals("", LastCommit.parse("id", "tree 1\ncommitter A <a> 5 +0000\n\n".getBytes(StandardCharsets.UTF_8)).subject());
    }
}
