package dev.shoal.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

class ValueSpecTest {
    enum Mode { AUTO, ALWAYS, NO_UPSTREAM }

    @Test
    void labelsNameWhatAPositionTakes() {
        assertEquals("@target", ValueSpec.of(positional("TARGET", String.class)));
        assertEquals("@repo", ValueSpec.of(positional("REPO", String.class)));
        assertEquals("@group", ValueSpec.of(option("GROUP", String.class)));
        assertEquals("@dir", ValueSpec.of(positional("PATH", String.class)));
        assertEquals("@dir", ValueSpec.of(option("DIR", String.class)));
        assertEquals("@file", ValueSpec.of(option("MANIFEST", String.class)));
        assertEquals("@git", ValueSpec.of(positional("GIT_ARGS", String.class)));
        assertEquals("@git", ValueSpec.of(positional("GIT ARGS...", String.class)));
        assertEquals("@command", ValueSpec.of(positional("CMD...", String.class)));
    }

    @Test
    void lowercasePartsOfALabelAreWordsToOffer() {
        assertEquals("@group auto none", ValueSpec.of(positional("GROUP|auto|none", String.class)));
    }

    @Test
    void enumsOfferTheirValuesInLowercase() {
        assertEquals("auto always no_upstream", ValueSpec.of(option("WHEN", Mode.class)));
        PositionalParamSpec list = PositionalParamSpec.builder().paramLabel("STATE").arity("0..*")
                .type(List.class).auxiliaryTypes(Mode.class).build();
        assertEquals("auto always no_upstream", ValueSpec.of(list));
    }

    @Test
    void explicitCandidatesAreOfferedAsTheyAre() {
        OptionSpec option = OptionSpec.builder("--column").paramLabel("COLUMN").type(String.class)
                .completionCandidates(List.of("branch", "Path", "commit_msg")).build();
        assertEquals("branch Path commit_msg", ValueSpec.of(option));
    }

    @Test
    void pathTypedValuesAreFiles() {
        assertEquals("@file", ValueSpec.of(option("OUT", Path.class)));
        assertEquals("@dir", ValueSpec.of(option("DIR", Path.class)));
    }

    @Test
    void flagsTakeNothingAndFreeTextIsText() {
        assertEquals(ValueSpec.FLAG, ValueSpec.of(OptionSpec.builder("-y", "--yes").build()));
        assertEquals(ValueSpec.TEXT, ValueSpec.of(positional("NEW", String.class)));
        assertEquals(ValueSpec.TEXT, ValueSpec.of(option("SECONDS", int.class)));
    }

    private static ArgSpec positional(String label, Class<?> type) {
        return PositionalParamSpec.builder().paramLabel(label).type(type).build();
    }

    private static ArgSpec option(String label, Class<?> type) {
        return OptionSpec.builder("--value").paramLabel(label).type(type).build();
    }
}
