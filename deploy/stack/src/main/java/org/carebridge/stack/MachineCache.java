package org.carebridge.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the stack makes once and that depends only on what it is made of (Keycloak's build output, the realm
 * template), kept per machine like Maven's repository, in {@code ~/.cache/carebridge} ({@code CAREBRIDGE_CACHE}
 * moves it, {@code off} turns it off): a clean clone (every CI run) or a new worktree copies a few megabytes instead of
 * spending 30-60 s on {@code kc.sh build} and 20-30 s on the realm import. Entries are never changed, only added
 * whole (written aside, then renamed), so builds of several checkouts may share them.
 */
final class MachineCache {
    static final String ENV = "CAREBRIDGE_CACHE";

    private MachineCache() {
    }

    /** A short digest of the parts an entry is made of, for its key. */
    static String digest(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(part.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies the files of entry {@code key} into {@code target} (replacing same-named ones); false when none. */
    static boolean restore(String key, Path target) {
        Optional<Path> entry = root().map(r -> r.resolve(key)).filter(Files::isDirectory);
        if (entry.isEmpty()) {
            return false;
        }
        try {
            Files.createDirectories(target);
            for (Path file : files(entry.get())) {
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            Log.info("cache: " + key + " from " + entry.get());
            return true;
        } catch (IOException e) {
            Log.info("cache: could not restore " + key + " (" + e + "); making it instead");
            return false;
        }
    }

    /** Keeps the files of {@code source} (not its subdirectories) as entry {@code key}, unless it exists. */
    static void store(String key, Path source) {
        Optional<Path> root = root();
        if (root.isEmpty() || Files.isDirectory(root.get().resolve(key))) {
            return;
        }
        Path entry = root.get().resolve(key);
        try {
            Path aside = Files.createDirectories(entry.getParent()).resolve(entry.getFileName() + ".tmp-"
                    + ProcessHandle.current().pid());
            Files.createDirectories(aside);
            for (Path file : files(source)) {
                Files.copy(file, aside.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(aside, entry, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // another build stored the same entry first, or the disk is full: next time it is made again
            Log.info("cache: could not keep " + key + ": " + e);
        }
    }

    private static java.util.List<Path> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static Optional<Path> root() {
        String configured = System.getenv(ENV);
        if ("off".equals(configured)) {
            return Optional.empty();
        }
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return Optional.of(base.resolve("carebridge"));
    }
}
