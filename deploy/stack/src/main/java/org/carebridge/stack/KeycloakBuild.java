package org.carebridge.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keycloak's one-time "build" (Quarkus augmentation, ~30 s) with our build-time options, so that every later
 * start can be {@code start --optimized}; once per machine ({@link MachineCache}), not once per checkout. Parallel builds on this machine share the distribution directory,
 * hence the file lock (also used for the realm template).
 */
final class KeycloakBuild {
    /** Build-time options: health endpoints (management port) and the file-based H2 database. */
    static final List<String> OPTIONS = List.of("--health-enabled=true", "--db=dev-file");

    /** Launches a child process under the caller's stop guard (see {@link Keycloak}). */
    interface Launcher {
        ChildProcess launch(String name, List<String> command, Map<String, String> env, Path log);
    }

    private KeycloakBuild() {
    }

    static FileLock lock(FileChannel channel) throws IOException {
        return channel.lock();
    }

    static FileChannel lockFile(Path home) throws IOException {
        return FileChannel.open(home.resolve(".carebridge.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }

    /** Call while holding {@link #lockFile}'s lock. */
    static void ensure(Path home, Path javaHome, Path logDir, Launcher launcher) {
        Path marker = home.resolve("lib/quarkus/carebridge-build.txt");
        String expected = String.join(" ", OPTIONS);
        try {
            if (Files.exists(marker) && Files.readString(marker).equals(expected)) {
                return;
            }
            // the build's output is all in lib/quarkus and depends only on the distribution, options and JDK
            String key = "keycloak-build-" + home.getFileName() + "-"
                    + MachineCache.digest(expected, javaHome.getFileName().toString());
            if (MachineCache.restore(key, marker.getParent())) {
                Files.writeString(marker, expected);
                return;
            }
            Log.info("keycloak: one-time build of the distribution (30-60 s)");
            List<String> cmd = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "build"));
            cmd.addAll(OPTIONS);
            launcher.launch("keycloak build", cmd, Map.of("JAVA_HOME", javaHome.toString()),
                    logDir.resolve("keycloak-build.log")).awaitExit(Duration.ofMinutes(5));
            MachineCache.store(key, marker.getParent());
            Files.writeString(marker, expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
