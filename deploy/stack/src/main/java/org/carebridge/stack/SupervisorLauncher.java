package org.carebridge.stack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Starts the supervisor as a detached background JVM (own session, output to {@code supervisor.log}) and waits
 * until its state file says ready, so the caller can exit while the stack keeps running.
 */
public final class SupervisorLauncher {
    private SupervisorLauncher() {
    }

    public static StackState launch(Path stateDir, List<String> supervisorArgs, Duration timeout,
                                    Consumer<StackState> progress) {
        return launch(stateDir, supervisorArgs, Map.of(), timeout, progress);
    }

    /** @param env added to the supervisor's environment, which every component it starts inherits */
    public static StackState launch(Path stateDir, List<String> supervisorArgs, Map<String, String> env,
                                    Duration timeout, Consumer<StackState> progress) {
        StackLayout layout = StackLayout.load();
        Path log = stateDir.resolve("supervisor.log");
        Process process;
        try {
            Files.createDirectories(stateDir);
            Files.deleteIfExists(stateDir.resolve(StackState.FILE));
            List<String> cmd = new ArrayList<>();
            if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
                cmd.add("/usr/bin/setsid"); // own session: a Ctrl-C or a closed terminal does not reach it
            }
            cmd.addAll(List.of(ChildProcess.currentJava(), "-Xmx256m", "-cp", layout.supervisorClasspath(),
                    Main.class.getName()));
            cmd.addAll(supervisorArgs);
            cmd.addAll(List.of("--state-dir", stateDir.toString()));
            ProcessBuilder builder = new ProcessBuilder(cmd).directory(stateDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().putAll(env);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot launch the stack supervisor", e);
        }
        return awaitReady(stateDir, process, log, timeout, progress);
    }

    private static StackState awaitReady(Path stateDir, Process process, Path log, Duration timeout,
                                         Consumer<StackState> progress) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<StackState> state = StackState.read(stateDir);
            if (state.isPresent()) {
                progress.accept(state.get());
                String status = state.get().status();
                if (StackState.READY.equals(status)) {
                    return state.get();
                }
                if (StackState.FAILED.equals(status)) {
                    throw new IllegalStateException("the stack failed to start: " + state.get().get(StackState.ERROR)
                            + " (supervisor log: " + log + ")");
                }
            }
            if (!process.isAlive() && state.map(s -> !s.supervisorAlive()).orElse(true)) {
                throw new IllegalStateException("the stack supervisor exited before it was ready; see " + log);
            }
            if (System.nanoTime() > deadline) {
                ChildProcess.stopTree(process.toHandle(), Duration.ofSeconds(60), "supervisor");
                throw new IllegalStateException("the stack was not ready after " + timeout.toSeconds()
                        + " s; see " + log);
            }
            Sleep.millis(250);
        }
    }
}
