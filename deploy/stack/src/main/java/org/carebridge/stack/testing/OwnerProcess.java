package org.carebridge.stack.testing;

import java.util.Optional;

/**
 * The process whose life bounds the shared test stack: the Maven JVM that forked this test JVM, so that one
 * {@code mvn} invocation shares one stack and nothing outlives it, even a failed or killed build.
 */
final class OwnerProcess {
    static final String OVERRIDE = "carebridge.stack.owner-pid";

    private OwnerProcess() {
    }

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

    private static boolean isMaven(ProcessHandle process) {
        String commandLine = process.info().commandLine().orElse("");
        return commandLine.contains("classworlds") || commandLine.contains("org.apache.maven")
                || commandLine.contains("MavenWrapperMain");
    }
}
