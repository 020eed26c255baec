package org.carebridge.gateway.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** After login the user goes on to a path of this site, never to another site. */
class WebClientPagesTest {

    @Test
    void nextIsKeptOnlyWhenItIsALocalPath() {
        assertEquals("/cases/42?x=1", WebClientPages.localPath("/cases/42?x=1"));
        assertEquals("/", WebClientPages.localPath(null));
        assertEquals("/", WebClientPages.localPath("https://evil.example/"));
        assertEquals("/", WebClientPages.localPath("//evil.example/"));
        assertEquals("/", WebClientPages.localPath("/\\evil.example"));
        assertEquals("/", WebClientPages.localPath("/cases\r\nSet-Cookie: x"));
    }
}
