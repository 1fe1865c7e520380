package dev.shoal.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The porcelain v2 format as git documents it, entry kind by entry kind. */
class StatusParserTest {
    @Test
    void headersAndEveryKindOfEntry() {
        String output = """
                # branch.oid 1234567890123456789012345678901234567890
                # branch.head main
                # branch.upstream origin/main
                # branch.ab +3 -2
                # stash 4
                1 M. N... 100644 100644 100644 aaaa bbbb staged.txt
                1 .M N... 100644 100644 100644 aaaa aaaa unstaged.txt
                1 MM N... 100644 100644 100644 aaaa bbbb both.txt
                2 R. N... 100644 100644 100644 aaaa aaaa R100 new name.txt\told name.txt
                1 .M S.M. 160000 160000 160000 aaaa aaaa submodule
                u UU N... 100644 100644 100644 100644 aaaa bbbb cccc conflict.txt
                ? "quoted\\nname.txt"
                ? folder/
                ! ignored.log
                """;
        assertEquals(new PorcelainStatus(Optional.of("1234567890123456789012345678901234567890"), Optional.of("main"),
                        Optional.of("origin/main"), OptionalInt.of(3), OptionalInt.of(2), new Changes(3, 3, 2, 1, 4)),
                StatusParser.parse(output));
    }

    @Test
    void unbornDetachedAndGoneUpstream() {
        PorcelainStatus unborn = StatusParser.parse("# branch.oid (initial)\n# branch.head main\n");
        assertEquals(Optional.empty(), unborn.commit());
        assertEquals(Optional.of("main"), unborn.branch());
        PorcelainStatus detached = StatusParser.parse("# branch.oid abc\n# branch.head (detached)\n");
        assertEquals(Optional.empty(), detached.branch());
        PorcelainStatus gone = StatusParser.parse("# branch.oid abc\n# branch.head topic\n# branch.upstream origin/topic\n");
        assertEquals(Optional.of("origin/topic"), gone.upstream());
        assertEquals(OptionalInt.empty(), gone.ahead(), "no ab line: the upstream ref is gone");
        assertEquals(Changes.NONE, gone.changes());
    }
}
