import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Build step (run by Maven at {@code process-classes}; JDK 24+ for the Class-File API): copies the
 * class files under the given package prefixes of a dependency jar into the build's classes
 * folder, re-emitting those older than Java 6 as Java 6 class files with stack maps, same code.
 * The shaded jar then takes them from there instead of from the dependency (pom.xml filters the
 * originals out), and tests run on them too. Why: the JDK's AOT cache ({@code -XX:AOTCache}, used
 * by {@code bin/claims}) cannot hold classes older than version 50, and picocli ships Java 5
 * class files, so every start loaded, verified and ran its ~175 classes cold from the jar: about
 * 100 ms of a 0.7 s cold search. Version 50 still allows all that Java 5 did, and a class whose
 * stack maps failed to verify would fall back to the old verifier, so behaviour cannot change.
 *
 * <p>Usage: {@code java UpgradeClassFiles.java DEPENDENCY_JAR CLASSES_DIR PREFIX...}
 */
public final class UpgradeClassFiles {
    private static final int VERSION_6 = 50;

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: java UpgradeClassFiles.java DEPENDENCY_JAR CLASSES_DIR PREFIX...");
            System.exit(2);
        }
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path classes = Path.of(args[1]);
        List<String> prefixes = List.of(args).subList(2, args.length);
        int copied = 0;
        int upgraded = 0;
        try (var loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
                FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            ClassFile classFile = ClassFile.of(
                    ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver()
                            .orElse(ClassHierarchyResolver.ofResourceParsing(loader)).cached()),
                    ClassFile.StackMapsOption.GENERATE_STACK_MAPS);
            for (String prefix : prefixes) {
                Path dir = zip.getPath("/" + prefix);
                if (!Files.isDirectory(dir)) {
                    throw new IOException(jar + " holds nothing under " + prefix);
                }
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                        Path target = classes.resolve(p.toString().substring(1));
                        Files.createDirectories(target.getParent());
                        byte[] bytes = Files.readAllBytes(p);
                        byte[] out = upgraded(classFile, bytes);
                        Files.write(target, out);
                        copied++;
                        upgraded += out == bytes ? 0 : 1;
                    }
                }
            }
        }
        System.out.println("UpgradeClassFiles: " + copied + " class files of " + jar.getFileName() + " under "
                + prefixes + " copied to " + classes + ", " + upgraded + " of them now version " + VERSION_6);
    }

    /** The class file as version 50 when it is older, else the same bytes. */
    private static byte[] upgraded(ClassFile classFile, byte[] bytes) {
        ClassModel model = classFile.parse(bytes);
        if (model.majorVersion() >= VERSION_6) {
            return bytes;
        }
        // Rebuilding every method body is what makes the library compute stack maps for it.
        return classFile.transformClass(model, ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)
                .andThen(ClassTransform.endHandler(b -> b.withVersion(VERSION_6, 0))));
    }
}
