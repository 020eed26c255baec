package org.carebridge.stack;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Minimal timestamped logging; the supervisor's stdout is redirected into its log file. */
public final class Log {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private Log() {
    }

    public static void info(String message) {
        System.out.println(LocalTime.now().format(TIME) + " " + message);
        System.out.flush();
    }
}
