import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.lang.constant.ClassDesc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A package-time build step (run by the pom on JDK 24+, as a source-file program): rewrites the class
 * files in a jar that are older than Java 6 (major version 50) to Java 8, with fresh stack map frames.
 *
 * Why: the JDK's ahead-of-time cache, which the launcher uses to start fast, refuses to store classes
 * that old once they have been linked ("Old class has been linked"), since the verifier they need records
 * no constraints it could re-check. picocli ships Java 5 class files, so without this step its ~170
 * classes are loaded, parsed and verified from the jar on every start (about 60 ms here). Version 52 has
 * the same semantics for this bytecode; only the class file format moves up, and the JDK's own Class-File
 * API computes the frames that the newer verifier needs. Nothing else in the jar is touched.
 *
 * Usage: java UpgradeOldClassFiles.java JAR
 */
public final class UpgradeOldClassFiles {
    private static final int OLDEST_ARCHIVABLE = ClassFile.JAVA_6_VERSION;
    private static final int TARGET = ClassFile.JAVA_8_VERSION;

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Map<String, byte[]> entries = read(jar);
        ClassFile classFile = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
                ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver().orElse(
                        ClassHierarchyResolver.ofResourceParsing(desc -> classBytes(entries, desc)))));
        boolean upgraded = false;
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            byte[] bytes = entry.getValue();
            if (entry.getKey().endsWith(".class") && !entry.getKey().startsWith("META-INF/") && majorVersion(bytes) < OLDEST_ARCHIVABLE) {
                entry.setValue(upgrade(classFile, bytes));
                upgraded = true;
            }
        }
        if (upgraded) {
            write(jar, entries);
        }
    }

    private static byte[] upgrade(ClassFile classFile, byte[] bytes) {
        // The version element comes first, so the rebuilt method bodies below are already built for
        // version 52 and get stack map frames; ACCEPT_ALL rebuilds every body instead of copying it.
        ClassTransform toTarget = (builder, element) -> {
            if (element instanceof ClassFileVersion) {
                builder.withVersion(TARGET, 0);
            } else {
                builder.with(element);
            }
        };
        return classFile.transformClass(classFile.parse(bytes),
                toTarget.andThen(ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)));
    }

    private static int majorVersion(byte[] classBytes) {
        return ((classBytes[6] & 0xff) << 8) | (classBytes[7] & 0xff);
    }

    private static InputStream classBytes(Map<String, byte[]> entries, ClassDesc desc) {
        String descriptor = desc.descriptorString();
        byte[] bytes = entries.get(descriptor.substring(1, descriptor.length() - 1) + ".class");
        return bytes == null ? null : new java.io.ByteArrayInputStream(bytes);
    }

    private static Map<String, byte[]> read(Path jar) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** Writes the jar beside itself and moves it over the old one, so a failure leaves the old jar whole. */
    private static void write(Path jar, Map<String, byte[]> entries) throws IOException {
        Path temp = Files.createTempFile(jar.toAbsolutePath().getParent(), jar.getFileName().toString(), ".tmp");
        try (OutputStream file = Files.newOutputStream(temp); ZipOutputStream out = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        } catch (IOException | UncheckedIOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
