package org.carebridge.stack.testing;

import org.carebridge.stack.ChildProcess;
import org.carebridge.stack.StackState;
import org.carebridge.stack.SupervisorLauncher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One supervisor per owner and kind ({@code test} infra or {@code e2e} system), found through a state directory
 * named after the owner's PID ({@link OwnerProcess}). A file lock makes test JVMs of one owner agree on who launches it.
 */
final class SharedSupervisor {
    private static final Object JVM_LOCK = new Object(); // FileLock is per process, not per thread

    private SharedSupervisor() {
    }

    /** @param env added to the supervisor's environment, and so to every process it starts */
    static StackState ensure(String kind, long owner, String mode, Duration timeout, Map<String, String> env,
                             String... extraArgs) {
        Path dir = stateDir(kind, owner);
        synchronized (JVM_LOCK) {
            try {
                Files.createDirectories(dir);
                try (FileChannel channel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE);
                     FileLock ignored = channel.lock()) {
                    Optional<StackState> existing = StackState.read(dir);
                    if (existing.isPresent() && existing.get().supervisorAlive()) {
                        if (StackState.READY.equals(existing.get().status())) {
                            return existing.get();
                        }
                        // alive but not ready (a launcher died mid-start): replace it rather than share it
                        ChildProcess.stopTree(ProcessHandle.of(Long.parseLong(existing.get()
                                .get(StackState.SUPERVISOR_PID))).orElseThrow(), Duration.ofSeconds(60), "old supervisor");
                    }
                    pruneFinishedBuilds(dir.getParent(), kind);
                    List<String> args = new ArrayList<>(List.of(mode, "--free-ports", "--test",
                            "--watch-pid", String.valueOf(owner)));
                    args.addAll(List.of(extraArgs));
                    System.out.println("[carebridge-stack] starting " + mode + " for build " + owner + " in " + dir);
                    long t0 = System.nanoTime();
                    StackState state = SupervisorLauncher.launch(dir, args, env, timeout, s -> { });
                    System.out.printf("[carebridge-stack] ready in %.1f s%n", (System.nanoTime() - t0) / 1e9);
                    return state;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Stops the supervisor of {@code kind} and {@code owner} and all it started, if one runs. */
    static void stop(String kind, long owner) {
        StackState.read(stateDir(kind, owner)).filter(StackState::supervisorAlive)
                .flatMap(state -> ProcessHandle.of(Long.parseLong(state.get(StackState.SUPERVISOR_PID))))
                .ifPresent(supervisor -> {
                    System.out.println("[carebridge-stack] stopping the " + kind + " stack of " + owner);
                    ChildProcess.stopTree(supervisor, Duration.ofSeconds(60), kind + " supervisor");
                });
    }

    private static Path stateDir(String kind, long owner) {
        return Path.of(System.getProperty("java.io.tmpdir"), "carebridge-" + kind + "-" + owner);
    }

    /** State directories of builds that are over (their Maven process is gone) only take disk space. */
    private static void pruneFinishedBuilds(Path tmp, String kind) {
        String prefix = "carebridge-" + kind + "-";
        try (Stream<Path> dirs = Files.list(tmp)) {
            for (Path old : dirs.filter(d -> d.getFileName().toString().startsWith(prefix)).toList()) {
                String pid = old.getFileName().toString().substring(prefix.length());
                boolean finished = pid.chars().allMatch(Character::isDigit)
                        && ProcessHandle.of(Long.parseLong(pid)).map(p -> !p.isAlive()).orElse(true);
                boolean supervisorGone = StackState.read(old).map(s -> !s.supervisorAlive()).orElse(true);
                if (finished && supervisorGone) {
                    try (Stream<Path> paths = Files.walk(old)) {
                        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort: a leftover directory in tmp is harmless
        }
    }
}
