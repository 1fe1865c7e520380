package dev.shoal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.shoal.ShoalException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TargetSelectorTest {
    private final Registry registry = new Registry();

    @BeforeEach
    void setUp() {
        for (String name : List.of("api", "site", "tools", "docs")) {
            registry.addRepo(Repo.of(name, Path.of("/src", name), false));
        }
        registry.putGroup(new Group("web", List.of("site", "api"), Optional.of(Path.of("/src")), Map.of()));
        registry.putGroup(new Group("ops", List.of("tools"), Optional.of(Path.of("/src/tools")), Map.of()));
    }

    private List<String> select(List<String> names, String cwd) {
        return TargetSelector.select(registry, names, Path.of(cwd)).stream().map(Repo::name).toList();
    }

    @Test
    void namesAndGroupsAreMergedDeduplicatedAndInNameOrder() {
        assertEquals(List.of("api", "site", "tools"), select(List.of("tools", "web", "api"), "/"));
    }

    @Test
    void noNamesMeansEveryRepoWithoutAContext() {
        assertEquals(List.of("api", "docs", "site", "tools"), select(List.of(), "/"));
    }

    @Test
    void noNamesMeansTheContextGroup() {
        registry.setContext(Optional.of("ops"));
        assertEquals(List.of("tools"), select(List.of(), "/"));
    }

    @Test
    void autoContextPicksTheDeepestGroupHoldingTheWorkingDirectory() {
        registry.setContext(Optional.of(ContextResolver.AUTO));
        assertEquals(List.of("tools"), select(List.of(), "/src/tools/lib"));
        assertEquals(List.of("api", "site"), select(List.of(), "/src/api"));
        assertEquals(List.of("api", "docs", "site", "tools"), select(List.of(), "/elsewhere"));
    }

    @Test
    void unknownNamesAreAnErrorWithCloseMatches() {
        ShoalException e = assertThrows(ShoalException.class, () -> select(List.of("sit"), "/"));
        assertEquals("no repo or group named 'sit'; did you mean site?", e.getMessage());
        assertEquals(2, e.exitCode());
        ShoalException two = assertThrows(ShoalException.class, () -> select(List.of("x1", "x2"), "/"));
        assertEquals("no repos or groups named 'x1', 'x2'", two.getMessage());
    }
}
