package org.carebridge.gateway.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web client's page addresses, read from its one route table (assets/routes.js), so that the gateway serves and
 * guards exactly the sections the client draws. Each line of the table's ROUTES array is a route with its address as
 * {@code path: '...'}. A route the reader cannot read stops the gateway at start-up rather than leaving a page that a
 * reload would lose.
 */
final class PageRoutes {

    static final String TABLE = "META-INF/resources/assets/routes.js";
    private static final String START = "export const ROUTES = [";
    private static final String END = "\n];";
    private static final Pattern PATH = Pattern.compile("path: '(/[^']*)'");
    private static final Pattern SECTION = Pattern.compile("[a-z][a-z0-9-]*");

    private PageRoutes() {
    }

    /** The addresses of the table, e.g. {@code /cases/{id}}, in its order: one route a line of its ROUTES array. */
    static List<String> paths(String table) {
        int start = table.indexOf(START);
        int end = start < 0 ? -1 : table.indexOf(END, start);
        if (end < 0) {
            throw new IllegalStateException(TABLE + " has no " + START + " ... " + END.strip());
        }
        List<String> paths = new ArrayList<>();
        for (String line : table.substring(start + START.length(), end).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher path = PATH.matcher(line);
            if (!path.find()) {
                throw new IllegalStateException(TABLE + ": a route without path: '/...': " + line.strip());
            }
            paths.add(path.group(1));
        }
        if (paths.isEmpty()) {
            throw new IllegalStateException(TABLE + " names no page");
        }
        return paths;
    }

    /** The first segments of the addresses ({@code cases}, {@code admin}...): the gateway serves the page below each. */
    static Set<String> sections(List<String> paths) {
        Set<String> sections = new LinkedHashSet<>();
        for (String path : paths) {
            String section = path.substring(1).split("/", 2)[0];
            if (!SECTION.matcher(section).matches()) {
                throw new IllegalStateException(TABLE + ": " + path + " does not start with a plain section name");
            }
            sections.add(section);
        }
        return sections;
    }
}
