package dev.shoal.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands each test (or {@code @BeforeEach}) a fresh {@link Workspace} in its own temp folder, removed
 * afterwards: {@code @ExtendWith(WorkspaceExtension.class)} and a {@code Workspace} parameter.
 */
public final class WorkspaceExtension implements ParameterResolver, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(WorkspaceExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Workspace.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return store(context).computeIfAbsent("workspace", key -> {
            try {
                return new Workspace(Files.createTempDirectory("shoal-test").toRealPath());
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }, Workspace.class);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        Workspace workspace = store(context).remove("workspace", Workspace.class);
        if (workspace != null) {
            try (Stream<Path> paths = Files.walk(workspace.root())) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    /** One workspace per test method, shared by its {@code @BeforeEach} and the test itself. */
    private static ExtensionContext.Store store(ExtensionContext context) {
        return context.getStore(NAMESPACE);
    }
}
