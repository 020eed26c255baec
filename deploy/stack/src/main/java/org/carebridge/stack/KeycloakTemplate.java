package org.carebridge.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A Keycloak H2 database with the schema, the master realm and the carebridge realm already in it, made once
 * per realm version and machine ({@link MachineCache}). Each instance starts from a copy: that skips ~2/3 of Keycloak's bootstrap (schema creation
 * and realm import), and every instance still gets its own, fresh database.
 */
final class KeycloakTemplate {
    static final String REALM_RESOURCE = "/realm/carebridge-realm.json";
    private static final String PREFIX = "carebridge-template-";

    private KeycloakTemplate() {
    }

    /** Template version: the realm file plus the build options. */
    static String version() {
        try (InputStream in = KeycloakTemplate.class.getResourceAsStream(REALM_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("realm resource missing: " + REALM_RESOURCE);
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(in.readAllBytes());
            sha.update(String.join(" ", KeycloakBuild.OPTIONS).getBytes());
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Returns the template directory (a {@code kc.db-url-path}), creating it if needed by running Keycloak once
     * with {@code --import-realm}. Call while holding the distribution lock.
     */
    static Path ensure(Path home, Path javaHome, Path logDir, KeycloakBuild.Launcher launcher) {
        String version = version();
        Path template = home.resolve("data").resolve(PREFIX + version);
        try {
            if (Files.exists(template.resolve("complete"))) {
                touch(template.resolve("complete"));
                return template;
            }
            Log.info("keycloak: creating the realm template " + version + " (first start with this realm)");
            pruneOldTemplates(home);
            installRealm(home);
            Path work = home.resolve("data").resolve(PREFIX + version + ".work");
            deleteTree(work); // a previous attempt may have died half-way
            Files.createDirectories(work);
            String key = "keycloak-template-" + home.getFileName() + "-" + version;
            if (!MachineCache.restore(key, work.resolve("data/h2"))) {
                importRealm(home, javaHome, logDir, launcher, work);
                MachineCache.store(key, work.resolve("data/h2"));
            }
            deleteTree(template);
            Files.move(work, template, StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(template.resolve("complete"), version);
            return template;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs Keycloak once on {@code work} with {@code --import-realm} and stops it cleanly. */
    private static void importRealm(Path home, Path javaHome, Path logDir, KeycloakBuild.Launcher launcher, Path work)
            throws IOException {
        int port = Ports.free();
        int management = Ports.free();
        List<String> cmd = Keycloak.command(home, port, management, work);
        cmd.add("--import-realm");
        Map<String, String> env = Keycloak.env(javaHome);
        // master-realm admin for the admin console; Keycloak listens on 127.0.0.1 only
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", Keycloak.ADMIN_USER);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", Keycloak.ADMIN_PASSWORD);
        ChildProcess process = launcher.launch("keycloak (realm template)", cmd, env,
                logDir.resolve("keycloak-template.log"));
        process.awaitReady(Duration.ofMinutes(5), () -> Keycloak.ready(management));
        // a clean stop lets H2 close the file; the copy must not be taken from a live database
        process.stop(Duration.ofSeconds(60));
        Ports.awaitClosed(port, Duration.ofSeconds(10));
        try (Stream<Path> traces = Files.list(work.resolve("data/h2"))) {
            for (Path trace : traces.filter(p -> p.toString().endsWith(".trace.db")).toList()) {
                Files.delete(trace);
            }
        }
    }

    /** Copies the template's database files into {@code target} (a fresh {@code kc.db-url-path}). */
    static void copyTo(Path template, Path target) {
        try {
            deleteTree(target);
            Path h2 = Files.createDirectories(target.resolve("data/h2"));
            try (Stream<Path> files = Files.list(template.resolve("data/h2"))) {
                for (Path file : files.toList()) {
                    Files.copy(file, h2.resolve(file.getFileName()));
                }
            }
            Files.writeString(target.resolve("template"), template.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void installRealm(Path home) throws IOException {
        try (InputStream in = KeycloakTemplate.class.getResourceAsStream(REALM_RESOURCE)) {
            Path importDir = Files.createDirectories(home.resolve("data/import"));
            Files.copy(in, importDir.resolve("carebridge-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Removes templates unused for a week. Recent ones stay: a build still running an older stack jar (older
     * realm) would otherwise recreate its template and delete ours, back and forth.
     */
    private static void pruneOldTemplates(Path home) throws IOException {
        java.time.Instant weekAgo = java.time.Instant.now().minus(java.time.Duration.ofDays(7));
        try (Stream<Path> dirs = Files.list(Files.createDirectories(home.resolve("data")))) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith(PREFIX)).toList()) {
                Path complete = dir.resolve("complete");
                if (!Files.exists(complete) || Files.getLastModifiedTime(complete).toInstant().isBefore(weekAgo)) {
                    deleteTree(dir);
                }
            }
        }
    }

    private static void touch(Path file) throws IOException {
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
