package org.carebridge.stack;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Minimal timestamped logging; the supervisor's stdout is redirected into its log file. */
public final class Log {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private Log() {
    }

    /** The time since {@code nanoTime}, as "12.3 s". */
    public static String seconds(long nanoTime) {
        return seconds(nanoTime, System.nanoTime());
    }

    /** The time from one {@link System#nanoTime()} to a later one, as "12.3 s". */
    public static String seconds(long from, long to) {
        return String.format(Locale.ROOT, "%.1f s", (to - from) / 1e9);
    }

    public static void info(String message) {
        System.out.println(LocalTime.now().format(TIME) + " " + message);
        System.out.flush();
    }
}
