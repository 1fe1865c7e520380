package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.Keyed;
import dev.shoal.config.InfoColumn;
import dev.shoal.config.StateColor;
import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** gita's words where they do not clash with shoal's: {@code ll} for listing, its state and column names. */
@ExtendWith(WorkspaceExtension.class)
class GitaSpellingsTest {

    @Test
    void llListsAsLsDoes(Workspace ws) {
        ws.registeredRepos("api");
        ws.shoal("flags", "set", "api", "-c", "core.quotepath=false");
        for (String command : List.of("flags", "info", "color")) {
            ProcessResult ll = ws.shoal(command, "ll");
            assertEquals(0, ll.exitCode(), command + ": " + ll.stderr());
            assertEquals(ws.shoal(command, "ls").stdout(), ll.stdout(), command);
        }
    }

    @Test
    void gitasStateAndColumnNamesAreTakenAndShownInHelp(Workspace ws) {
        assertEquals(0, ws.shoal("color", "set", "local-ahead", "b_purple").exitCode());
        assertEquals(0, ws.shoal("color", "set", "remote-ahead", "b_yellow").exitCode());
        assertEquals(0, ws.shoal("color", "set", "no-remote", "white").exitCode());
        String colors = ws.shoal("color").stdout();
        assertTrue(colors.matches("(?s).*ahead\\s+b_purple.*behind\\s+b_yellow.*no-upstream\\s+white.*"), colors);
        assertEquals(0, ws.shoal("info", "add", "commit_msg", "commit_time").exitCode());
        assertTrue(ws.shoal("info").stdout().matches("(?s).*message.*time.*"));

        Map<Class<? extends Keyed>, List<List<String>>> helps = Map.of(
                StateColor.class, List.of(List.of("color", "set"), List.of("color", "reset")),
                InfoColumn.class, List.of(List.of("info", "add"), List.of("info", "rm")));
        helps.forEach((type, commands) -> {
            for (List<String> command : commands) {
                String help = ws.shoal(command.get(0), command.get(1), "--help").stdout().replaceAll("\\s+", " ");
                for (Keyed constant : type.getEnumConstants()) {
                    constant.aliases().forEach(alias -> assertTrue(help.contains(alias), command + " --help lacks " + alias + ": " + help));
                }
            }
        });
    }
}
