package org.carebridge.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where things live in this checkout (Keycloak distribution, Kafka broker jars, the stack's own classpath).
 * The Maven build writes the absolute paths into {@code stack.properties}, so the installed jar works from
 * any module's tests.
 */
public record StackLayout(Path keycloakHome, Path kafkaLib, Path kafkaLog4jConfig, Path classpathFile,
                          Path repoRoot) {

    public static StackLayout load() {
        Properties p = new Properties();
        try (InputStream in = StackLayout.class.getResourceAsStream("stack.properties")) {
            if (in == null) {
                throw new IllegalStateException("stack.properties missing: build deploy/stack with Maven first");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StackLayout(path(p, "keycloak.home"), path(p, "kafka.broker.lib"), path(p, "kafka.broker.log4j"),
                path(p, "stack.classpath.file"), path(p, "repo.root"));
    }

    private static Path path(Properties p, String key) {
        return Path.of(p.getProperty(key)).toAbsolutePath().normalize();
    }

    /** Classpath to launch the supervisor JVM with: this code (jar or classes dir) plus its dependencies. */
    public String supervisorClasspath() {
        try {
            Path self = Path.of(StackLayout.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            require(classpathFile, "the stack classpath (run: mvn -pl deploy/kafka-broker,deploy/stack install)");
            return self + java.io.File.pathSeparator + Files.readString(classpathFile).trim();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void require(Path path, String what) {
        if (!Files.exists(path)) {
            throw new IllegalStateException("Missing " + what + ": " + path);
        }
    }
}
