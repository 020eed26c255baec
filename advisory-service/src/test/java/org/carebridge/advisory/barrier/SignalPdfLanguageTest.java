package org.carebridge.advisory.barrier;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.carebridge.stack.testing.CarebridgeStackResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static org.carebridge.stack.testing.StackSupport.as;
import static org.carebridge.stack.testing.StackSupport.refusedNaming;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The policy-signal PDF over the real API (PostgreSQL, Keycloak): a barrier typed in many scripts prints them all, and
 * the words around it follow {@code lang}, else Accept-Language, else English. AGENCY_COOPERATION is this test's own.
 */
@QuarkusTest
@QuarkusTestResource(value = CarebridgeStackResource.class, initArgs = @ResourceArg(name = "service", value = "advisory"))
class SignalPdfLanguageTest {

    private static final String TITLE = "Ærø og Ørsted: ትግርኛ 青少年";

    @Test
    void aSignalInEveryScriptAndTheReadersLanguage() throws IOException {
        String barrier = as("ada").contentType(ContentType.JSON)
                .body(Map.of("title", TITLE, "description", String.join("\n", SignalPdfTest.SCRIPTS),
                        "category", "AGENCY_COOPERATION"))
                .post("/api/advisory/barriers").then().statusCode(201).extract().path("id");
        String signal = as("ada").post("/api/advisory/barriers/{id}/signals", barrier).then().statusCode(201)
                .extract().path("signalId");

        String english = pdf(signal, null, null, "en");
        assertTrue(english.contains("Policy signal: " + TITLE), english);
        for (String words : SignalPdfTest.SCRIPTS) {
            assertTrue(english.contains(words), words + " in\n" + english);
        }
        assertFalse(english.contains("?"), english);

        String danish = pdf(signal, "da", "nl", "da");
        assertTrue(danish.contains("Politisk signal: " + TITLE), danish);
        assertTrue(danish.contains("Sager, der rammer barrieren pr. måned:"), danish);
        assertTrue(danish.contains("ትግርኛ"), danish);

        String dutch = pdf(signal, null, "fr-FR, nl-NL;q=0.8, en;q=0.5", "nl");
        assertTrue(dutch.contains("Beleidssignaal: " + TITLE), dutch);
        assertTrue(dutch.contains("Doorverwijzingen naar de adviesgroep per maand:"), dutch);

        String fallback = pdf(signal, null, "fr-FR", "en");
        assertTrue(fallback.contains("Policy signal: " + TITLE), fallback);

        refusedNaming("lang", as("ada").queryParam("lang", "fr").get("/api/advisory/signals/{id}/pdf", signal));
        // "no" is Norwegian, but a made-up tag that starts with it is no language (the bad-input campaign's junk)
        refusedNaming("lang", as("ada").queryParam("lang", "NO_SUCH_VALUE").get("/api/advisory/signals/{id}/pdf", signal));
    }

    /** The PDF's text, checking it says which language it is in. */
    private static String pdf(String signal, String lang, String acceptLanguage, String expected) throws IOException {
        var request = as("ada");
        if (lang != null) {
            request.queryParam("lang", lang);
        }
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        byte[] pdf = request.get("/api/advisory/signals/{id}/pdf", signal).then().statusCode(200)
                .contentType("application/pdf").header("Content-Language", expected)
                .header("Vary", containsString("Accept-Language")).extract().asByteArray();
        return SignalPdfTest.text(pdf);
    }
}
