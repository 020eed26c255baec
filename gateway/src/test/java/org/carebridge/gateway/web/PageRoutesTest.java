package org.carebridge.gateway.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway reads the client's route table (assets/routes.js) as the client declares it: every route is found, each
 * is served the page shell and needs a sign-in, and nothing outside the table's sections is served.
 */
class PageRoutesTest {

    private static final String ID = "0b6f6a5e-0000-4000-8000-000000000000";

    @Test
    void everyRouteOfTheTableIsServedThePageAndNeedsASignIn() throws IOException {
        String table = table();
        List<String> paths = PageRoutes.paths(table);
        assertEquals(count(table, "page: "), paths.size(), "one address per route");
        Set<String> sections = PageRoutes.sections(paths);
        Pattern pages = Pattern.compile(WebClientPages.pages(sections));
        List<String> signIn = WebClientPages.signInPaths(sections);
        for (String path : paths) {
            String address = example(path);
            assertTrue(pages.matcher(address).matches(), address + " is served the page");
            String section = "/" + address.substring(1).split("/", 2)[0];
            assertTrue(signIn.contains(section) && signIn.contains(section + "/*"), address + " needs a sign-in");
        }
        assertTrue(paths.contains("/cases/{id}") && paths.contains("/admin/dead-letters"), paths.toString());
    }

    @Test
    void addressesOutsideTheTableAreNotPages() throws IOException {
        Pattern pages = Pattern.compile(WebClientPages.pages(PageRoutes.sections(PageRoutes.paths(table()))));
        assertTrue(pages.matcher("/").matches());
        assertTrue(pages.matcher("/signed-out").matches());
        for (String address : List.of("/no-such-page.txt", "/assets/app.js", "/api/me", "/q/metrics", "/casesx")) {
            assertFalse(pages.matcher(address).matches(), address);
        }
    }

    @Test
    void aRouteWrittenSoTheGatewayCannotReadItStopsTheStart() {
        assertThrows(IllegalStateException.class, () -> PageRoutes.paths(
                "export const ROUTES = [\n  { path: \"/cases\", page: cases.list },\n];\n"));
        assertThrows(IllegalStateException.class, () -> PageRoutes.paths("export const ROUTES = [\n];\n"));
        assertThrows(IllegalStateException.class, () -> PageRoutes.paths("const PAGES = {};\n"));
        assertThrows(IllegalStateException.class, () -> PageRoutes.sections(List.of("/{id}")));
    }

    /** An address of the route, each {parameter} given a value its pattern takes. */
    static String example(String path) {
        return path.replace("{id}", ID).replace("{service}", "cases").replaceAll("\\{\\w+}", "x1");
    }

    private static int count(String text, String word) {
        return text.split(Pattern.quote(word), -1).length - 1;
    }

    static String table() throws IOException {
        try (InputStream in = PageRoutesTest.class.getClassLoader().getResourceAsStream(PageRoutes.TABLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
