package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shoal.testing.ProcessResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** bash: the completion function called the way bash calls it, with COMP_WORDS, COMP_CWORD, COMP_LINE and COMP_POINT. */
class BashCompletionTest extends ShellCompletionContract {

    @Override
    List<String> offered(CompletionWorld world, String line, Map<String, String> env) {
        Path script = world.script("bash");
        List<String> command = new ArrayList<>(List.of("bash", "--norc", "--noprofile", "-c",
                "source \"$1\"; COMP_LINE=$2 COMP_POINT=${#2}; shift 2; COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); _shoal;"
                        + " printf '%s\\n' \"${COMPREPLY[@]}\"",
                "bash", script.toString(), line));
        command.addAll(compWords(line));
        ProcessResult result = world.run(command, env);
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals("", result.stderr());
        // git's completion ends each whole word in the space bash would otherwise add (its -o nospace).
        return result.lines().stream().map(candidate -> candidate.endsWith(" ") ? candidate.substring(0, candidate.length() - 1) : candidate).toList();
    }

    /**
     * The words bash hands a completion function: split at unquoted blanks, with '=' a word of its own
     * (it is in COMP_WORDBREAKS), and an empty last word when the line ends in a blank.
     */
    static List<String> compWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                word.append(c).append(line.charAt(++i));
            } else if (c == ' ' || c == '=') {
                words.add(word.toString());
                word.setLength(0);
                if (c == '=') {
                    words.add("=");
                }
            } else {
                word.append(c);
            }
        }
        words.add(word.toString());
        return words;
    }

    @Test
    void valueAfterAnEqualsSign() {
        assertEquals(List.of("auto", "always", "never"), complete("shoal --color="));
        assertEquals(List.of("never"), complete("shoal --color=n"));
    }

    @Test
    void namesWithBlanksComeQuoted() {
        assertEquals(List.of("my\\ lib"), offered(world, "shoal rm my", Map.of()));
    }
}
