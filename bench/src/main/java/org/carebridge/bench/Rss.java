package org.carebridge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Resident set size from /proc, and the peak seen while sampling under load. */
final class Rss {
    private final Map<String, Long> peakMiB = new HashMap<>();

    static long ofPid(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")); // kB
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    synchronized void sample(Map<String, Long> now) {
        now.forEach((service, mib) -> peakMiB.merge(service, mib, Math::max));
    }

    synchronized Map<String, Long> peak() {
        return Map.copyOf(peakMiB);
    }
}
