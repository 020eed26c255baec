package org.carebridge.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The secrets of one run directory ({@code secrets.properties}, readable by its owner only): a random password
 * per database role and the gateway's session key, made when the directory is new and kept for its life, so a
 * restart of the same run finds its databases and sessions again. Production configuration has no default for
 * any of them: a service started without them refuses to start.
 */
public final class RunSecrets {
    public static final String FILE = "secrets.properties";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final Properties values;

    private RunSecrets(Path file, Properties values) {
        this.file = file;
        this.values = values;
    }

    /** Reads the run's secrets, creating the file (0600) on first use. */
    public static synchronized RunSecrets of(Path stateDir) {
        Path file = stateDir.resolve(FILE);
        Properties values = new Properties();
        try {
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    values.load(in);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RunSecrets(file, values);
    }

    /** The password of a database role, generated the first time it is asked for. */
    public String password(String role) {
        return value("db." + role + ".password");
    }

    /** The gateway's session cookie key (>= 32 characters, never the OIDC client secret). */
    public String gatewaySessionSecret() {
        return value("gateway.session-secret");
    }

    private synchronized String value(String key) {
        String value = values.getProperty(key);
        if (value == null) {
            value = random();
            values.setProperty(key, value);
            save();
        }
        return value;
    }

    /** 32 random bytes, URL-safe base64 (43 characters): fine in SQL literals, URLs and env variables. */
    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "secrets", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (OutputStream out = Files.newOutputStream(tmp)) {
                values.store(out, "Carebridge run secrets: database role passwords, gateway session key");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
