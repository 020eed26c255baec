package org.carebridge.stack;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;

/**
 * Lets another process (the fault test) crash and bring back one component of a running supervisor: it drops
 * {@code control/<n>.request} ("kill kafka", "start case-service", "restart postgres") into the state directory
 * and reads {@code control/<n>.done} ("ok: ready in 12.3 s", a service's restart "ok: stopped in 2.1 s, ready in
 * 20.4 s", or "failed: why"). Files, because the supervisor owns the children and must stay the one that starts them
 * again.
 */
public final class SupervisorControl {
    public static final String DIR = "control";
    public static final String REQUEST = ".request";
    public static final String DONE = ".done";
    /** What a restart's answer says when the process ignored SIGTERM for the whole grace period and was killed. */
    public static final String KILLED_AFTER_GRACE = "(SIGKILL: still running after the grace period)";

    private final Path dir;
    private final StackState state;
    /** By the components' own names: {@code postgres}, {@code kafka}, {@code keycloak}, {@code case-service}... */
    private final Function<String, Component> components;

    SupervisorControl(Path stateDir, StackState state, Function<String, Component> components) {
        this.dir = stateDir.resolve(DIR);
        this.state = state;
        this.components = components;
    }

    /** One thread, so two requests never act on the stack at the same time. */
    void watch() {
        Thread watcher = new Thread(() -> {
            while (true) {
                handlePending();
                Sleep.millis(200);
            }
        }, "supervisor-control");
        watcher.setDaemon(true);
        watcher.start();
    }

    private void handlePending() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> requests = Files.newDirectoryStream(dir, "*" + REQUEST)) {
            for (Path request : requests) {
                String name = request.getFileName().toString();
                Path done = dir.resolve(name.substring(0, name.length() - REQUEST.length()) + DONE);
                String answer = execute(Files.readString(request).trim());
                Path tmp = Files.createTempFile(dir, "answer", ".tmp");
                Files.writeString(tmp, answer);
                Files.move(tmp, done, StandardCopyOption.ATOMIC_MOVE);
                Files.delete(request);
            }
        } catch (IOException e) {
            Log.info("control: " + e.getMessage());
        }
    }

    String execute(String command) {
        String[] words = command.split("\\s+");
        Component component = words.length == 2 ? components.apply(words[1]) : null;
        if (component == null) {
            return "failed: not a known 'kill|start|restart <component>': " + command;
        }
        long t0 = System.nanoTime();
        Log.info("control: " + command);
        try {
            String done = switch (words[0]) {
                case "kill" -> {
                    component.kill();
                    yield "killed";
                }
                case "start" -> {
                    component.start(state);
                    yield "ready";
                }
                case "restart" -> {
                    if (component instanceof OneProcessComponent one) {
                        yield one.restartTimed(state);
                    }
                    component.restart(state);
                    yield "restarted";
                }
                default -> null;
            };
            if (done == null) {
                return "failed: unknown action " + words[0];
            }
            state.save();
            String answer = "ok: " + done + (done.contains(" in ") ? "" : " in " + Log.seconds(t0));
            Log.info("control: " + command + ": " + answer);
            return answer;
        } catch (RuntimeException e) {
            Log.info("control: " + command + " failed: " + e);
            return "failed: " + e.getMessage();
        }
    }
}
