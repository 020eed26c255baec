package org.carebridge.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds a JDK new enough for Keycloak (21+), since the build and the services run on Java 17. */
public final class JavaHomes {
    public static final String ENV = "KEYCLOAK_JAVA_HOME";
    private static final Pattern VERSION = Pattern.compile("JAVA_VERSION=\"(\\d+)");

    private JavaHomes() {
    }

    public static Path find(int minimum) {
        String configured = System.getenv(ENV);
        if (configured != null && !configured.isBlank()) {
            Path home = Path.of(configured);
            if (major(home).orElse(0) < minimum) {
                throw new IllegalStateException(ENV + "=" + configured + " is not a Java " + minimum + "+ home");
            }
            return home;
        }
        Optional<Path> current = Optional.ofNullable(System.getProperty("java.home")).map(Path::of)
                .filter(h -> major(h).orElse(0) >= minimum);
        return current.or(() -> scan(Path.of("/usr/lib/jvm"), minimum))
                .or(() -> Optional.ofNullable(System.getenv("JAVA_HOME")).map(Path::of)
                        .filter(h -> major(h).orElse(0) >= minimum))
                .orElseThrow(() -> new IllegalStateException("Keycloak needs Java " + minimum + " or newer and none"
                        + " was found in /usr/lib/jvm. Install one (e.g. apt-get install openjdk-21-jdk-headless or"
                        + " a Temurin 21/25) or set " + ENV + " to its home directory."));
    }

    private static Optional<Path> scan(Path root, int minimum) {
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(root)) {
            return homes.filter(h -> Files.isExecutable(h.resolve("bin/java")))
                    .filter(h -> major(h).orElse(0) >= minimum)
                    .max(Comparator.comparingInt(h -> major(h).orElse(0)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Major version from the JDK's {@code release} file, which every JDK 9+ ships. */
    static Optional<Integer> major(Path home) {
        try {
            Matcher m = VERSION.matcher(Files.readString(home.resolve("release")));
            return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
