package org.carebridge.proof;

import org.carebridge.stack.testing.SystemUnderTest;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The services' log files of the system under test, read from where they stood when the proof began. */
final class RefusalLogs {

    /** How the platform's refusal log starts each line. */
    static final String PREFIX = "access refused: ";

    private final Path dir;
    private final Map<String, Long> start = new HashMap<>();

    private RefusalLogs(Path dir) {
        this.dir = dir;
    }

    static RefusalLogs from(SystemUnderTest system) {
        RefusalLogs logs = new RefusalLogs(system.state().dir());
        for (String service : ProofSystem.SERVICES) {
            logs.start.put(service, logs.file(service).toFile().length());
        }
        return logs;
    }

    /** The lines {@code service} logged since the proof began. */
    List<String> newLines(String service) {
        try (RandomAccessFile file = new RandomAccessFile(file(service).toFile(), "r")) {
            long from = start.getOrDefault(service, 0L);
            byte[] bytes = new byte[(int) Math.max(0, file.length() - from)];
            file.seek(from);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(String service) {
        Path log = dir.resolve(service + ".log");
        if (!Files.exists(log)) {
            throw new IllegalStateException("no log of " + service + " at " + log);
        }
        return log;
    }
}
