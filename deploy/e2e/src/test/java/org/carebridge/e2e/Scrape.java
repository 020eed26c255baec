package org.carebridge.e2e;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/** One Prometheus scrape of a service's management port, read the way an operator's query would read it. */
record Scrape(String text) {

    /** A sample line; with traces on, a counter's line ends in an exemplar ("... 1.0 # {trace_id=...} 1.0 ts"). */
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*?)})? (\\S+)(?: #.*)?$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    static Scrape of(String managementUrl) {
        return new Scrape(given().get(managementUrl + "/q/metrics").then().statusCode(200).extract().asString());
    }

    /** The sum of every sample of {@code name} whose labels include {@code labels}; -1 when there is none. */
    double sum(String name, Map<String, String> labels) {
        double sum = 0;
        boolean found = false;
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.matches() || !sample.group(1).equals(name) || !hasLabels(sample.group(3), labels)) {
                continue;
            }
            sum += Double.parseDouble(sample.group(4));
            found = true;
        }
        return found ? sum : -1;
    }

    /** The raw lines of {@code name}'s samples, for a failure message. */
    String lines(String name) {
        return String.join("\n", text.lines().filter(line -> line.startsWith(name)).toList());
    }

    private static boolean hasLabels(String labelText, Map<String, String> wanted) {
        Map<String, String> labels = new java.util.HashMap<>();
        if (labelText != null) {
            Matcher label = LABEL.matcher(labelText);
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
        }
        return labels.entrySet().containsAll(wanted.entrySet());
    }
}
