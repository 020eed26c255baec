package org.carebridge.stack.testing;

import java.util.Optional;

/**
 * The process whose life bounds a shared test stack, so that nothing outlives it, even a failed or killed build:
 * {@link #pid()} for the infrastructure of component tests, {@link #build()} for the end-to-end system.
 */
final class OwnerProcess {
    static final String OVERRIDE = "carebridge.stack.owner-pid";

    private OwnerProcess() {
    }

    /**
     * The Maven JVM that forked this test JVM when it is the direct parent, else this JVM. Surefire and failsafe fork
     * through {@code /bin/sh -c "cd <module> && java ..."}, and where sh is dash (Debian, CI) the shell stays the
     * parent: there each module's test JVM owns its own infrastructure, which is how CI runs the component tests
     * (one broker for all modules would hand one module's leftover events to the next module's consumers).
     */
    static long pid() {
        String override = System.getProperty(OVERRIDE);
        if (override != null && !override.isBlank()) {
            return Long.parseLong(override.trim());
        }
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        if (parent.isPresent() && isMaven(parent.get())) {
            return parent.get().pid();
        }
        // in-process tests (IDE, forkCount=0): the stack lives as long as this JVM
        return ProcessHandle.current().pid();
    }

    /**
     * The Maven JVM of this build, looked for past the shell a test JVM is forked through, else this JVM: one
     * {@code mvn} invocation then starts the end-to-end system once for every module that drives it.
     */
    static long build() {
        String override = System.getProperty(OVERRIDE);
        if (override != null && !override.isBlank()) {
            return Long.parseLong(override.trim());
        }
        Optional<ProcessHandle> ancestor = ProcessHandle.current().parent();
        for (int level = 0; level < 2 && ancestor.isPresent(); level++) { // the parent, or the shell's parent
            if (isMaven(ancestor.get())) {
                return ancestor.get().pid();
            }
            ancestor = ancestor.get().parent();
        }
        return ProcessHandle.current().pid();
    }

    private static boolean isMaven(ProcessHandle process) {
        String commandLine = process.info().commandLine().orElse("");
        return commandLine.contains("classworlds") || commandLine.contains("org.apache.maven")
                || commandLine.contains("MavenWrapperMain");
    }
}
