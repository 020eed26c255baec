package org.carebridge.e2e.browser;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.carebridge.stack.testing.SystemUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages of issue 18 in real headless Chromium, in two languages each: the coordinator records a consultation
 * table's outcome with a decision, reads the region's workload and acknowledges an alert; the case worker reads
 * "my work" and sees the ladder and its steps on the case page, drawn in Dutch from the timeline's kind and params;
 * the coordinator mutes a kind of mail in his email settings.
 * The setting up (case, escalation, consultation table) goes through the same API the pages call; the alert comes
 * the way case-service sends it, as an event. Screenshots under target/screenshots, each page audited by axe.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LadderPagesIT {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    private static final String OUTCOME = "The school keeps a place open until January " + RUN;
    private static final String DECISION = "Call the reception class coordinator " + RUN;
    /** fetch() of the page's own session, as api.js calls the API. */
    private static final String CALL = """
            const call = (method, path, body) => fetch(path, {method, headers: {'Content-Type': 'application/json',
                'X-Requested-With': 'XMLHttpRequest'}, body: body === undefined ? undefined : JSON.stringify(body)})
              .then((r) => r.ok ? r.json() : Promise.reject(new Error(method + ' ' + path + ': ' + r.status)));
            """;

    static SystemUnderTest system;
    static String caseId;
    static String escalationId;
    static Browser anna;
    static Browser bruno;

    /** The demo case worker and coordinator of region north, signed in through Keycloak's login page. */
    @BeforeAll
    static void startAndSignIn() {
        system = SystemUnderTest.start();
        anna = Browser.of(system.gatewayUrl(), "anna").signIn("/");
        bruno = Browser.of(system.gatewayUrl(), "bruno").signIn("/");
    }

    @AfterAll
    static void quit() {
        Browser.closeAll(anna, bruno);
    }

    @Test
    @Order(1)
    void theCaseWorkerEscalatesAndTheCoordinatorClaimsAndConvenesATable() {
        caseId = (String) anna.script(CALL + """
                return call('POST', '/api/cases', {youth: {givenName: 'Mira', familyName: 'Ladder-' + arguments[0],
                    dateOfBirth: '2009-05-06', languages: ['nl']}, intensity: 'LIGHT', domains: ['SCHOOL'],
                    role: 'school coach'}).then((c) => c.id);""", RUN);
        escalationId = (String) anna.script(CALL + """
                return call('POST', '/api/cases/' + arguments[0] + '/escalations', {barrier: 'HOUSING', urgency: 'HIGH',
                    whatWasTried: 'Two landlords asked; both said no.', triedMeasures: ['HOUSING_SEARCH']})
                  .then((e) => e.id);""", caseId);
        bruno.reloadUntil("/inbox/" + escalationId, "Two landlords asked"); // the escalation travels over Kafka
        bruno.click("#claim").find("#consultations details"); // the owner's forms are drawn once it is claimed
        // the table is convened through the API the form calls: a datetime field takes its keys per browser locale
        bruno.script(CALL + """
                return call('POST', '/api/network/escalations/' + arguments[0] + '/consultations', {meetsAt: arguments[1],
                    agenda: 'Housing before the school year', members: ['anna'], organisations: ['social-services']});""",
                escalationId, OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).withNano(0).toString());
    }

    @Test
    @Order(2)
    void theCoordinatorRecordsTheTablesOutcomeWithADecision() {
        bruno.open("/inbox/" + escalationId).find("form[data-outcome]");
        bruno.type("form[data-outcome] textarea[name=outcome]", OUTCOME)
                .type("form[data-outcome] input[name=decisionText]", DECISION)
                .type("form[data-outcome] input[name=decisionOwner]", "anna");
        bruno.script("document.querySelector('form[data-outcome] input[name=decisionDue]').value = arguments[0]",
                LocalDate.now().plusDays(7).toString());
        bruno.screenshot("ladder-01-bridge-consultation-outcome-form");
        bruno.click("form[data-outcome] button[type=submit]");
        bruno.waitFor(d -> d.findElement(By.id("consultations")).getText().contains(DECISION));
        assertTrue(bruno.text("#consultations .outcome").contains(OUTCOME), bruno.text("#consultations"));
        bruno.screenshot("ladder-02-bridge-consultation-outcome");
    }

    @Test
    @Order(3)
    void theCoordinatorReadsTheWorkloadInEnglishAndDanish() {
        bruno.open("/bridge/workload").find("#owner-table tr[data-owner=bruno]");
        assertTrue(bruno.text("h1").startsWith("Workload"), bruno.text("h1"));
        bruno.screenshot("ladder-03-bridge-workload");
        bruno.select("#language", "da");
        bruno.waitFor(d -> d.findElement(By.cssSelector("h1")).getText().startsWith("Arbejdsbyrde"));
        bruno.find("#owner-table tr[data-owner=bruno]");
        bruno.screenshot("ladder-04-bridge-workload-danish");
        bruno.select("#language", "en");
    }

    @Test
    @Order(4)
    void theCoordinatorAcknowledgesAnAlertInEnglishAndDutch() {
        String alertId = UUID.randomUUID().toString();
        String event = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"carebridge/case-service\","
                + "\"type\":\"case.alert-raised.v1\",\"subject\":\"" + alertId + "\",\"datacontenttype\":\"application/json\","
                + "\"data\":{\"alertId\":\"" + alertId + "\",\"caseId\":\"" + caseId + "\",\"region\":\"north\",\"pseudonym\":\""
                + "ab".repeat(32) + "\",\"ageBand\":\"16-17\",\"kind\":\"NO_LEAD\",\"cause\":\"webtest-" + RUN + "\","
                + "\"raisedAt\":\"" + OffsetDateTime.now(ZoneOffset.UTC).withNano(0) + "\"}}";
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, system.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("case.alerts", caseId, event));
        }
        String alert = "#alert-list li[data-alert='" + alertId + "']";
        bruno.waitFor(d -> {
            bruno.open("/inbox");
            return !d.findElements(By.cssSelector(alert)).isEmpty();
        });
        bruno.screenshot("ladder-05-bridge-inbox-alert");
        bruno.click(alert + " [data-acknowledge]");
        bruno.waitFor(d -> d.findElement(By.cssSelector(alert)).getText().contains("Acknowledged by bruno"));
        bruno.select("#language", "nl");
        bruno.waitFor(d -> d.findElement(By.cssSelector(alert)).getText().contains("Gezien door bruno"));
        bruno.screenshot("ladder-06-bridge-inbox-alert-acknowledged-dutch");
        bruno.select("#language", "en");
    }

    @Test
    @Order(5)
    void theCaseWorkerReadsMyWorkAndTheLadderInDutch() {
        anna.open("/my-work").find("#my-escalations li[data-escalation='" + escalationId + "']");
        assertEquals("My work", anna.text("h1"));
        anna.screenshot("ladder-07-case-worker-my-work");
        anna.select("#language", "nl");
        anna.waitFor(d -> d.findElement(By.cssSelector("h1")).getText().equals("Mijn werk"));
        anna.screenshot("ladder-08-case-worker-my-work-dutch");
        // the bridge's steps travel to case-service over Kafka; the timeline draws them from kind and params in Dutch
        anna.reloadUntil("/cases/" + caseId, "Opgenomen door de brug");
        anna.find("#ladder li[data-step=CLAIMED]");
        anna.find("#ladder li[data-step=CONSULTATION_OUTCOME]");
        String timeline = anna.text("#timeline");
        for (String dutch : List.of("Opgeschaald naar de brug: Huisvesting, urgentie Hoog", "Opgenomen door de brug",
                "Consultatietafel belegd op", "Uitkomst van de consultatietafel")) {
            assertTrue(timeline.contains(dutch), dutch + " in " + timeline);
        }
        assertTrue(anna.text("#timeline").contains(OUTCOME), "the outcome reaches the team");
        anna.screenshot("ladder-09-case-worker-ladder-dutch");
        anna.select("#language", "en");
    }

    @Test
    @Order(6)
    void theCoordinatorMutesAKindOfMailInEmailSettingsInEnglishAndNorwegian() {
        String renotified = "#email-form input[value=RENOTIFIED]";
        bruno.open("/settings/email").find(renotified);
        assertEquals("Email settings", bruno.text("h1"));
        assertTrue(bruno.find(renotified).isSelected(), "a kind not muted is ticked");
        try {
            bruno.click(renotified).click("#email-form button[type=submit]");
            bruno.waitFor(d -> String.valueOf(bruno.script(CALL + """
                    return call('GET', '/api/network/me/email-preferences').then((p) => p.muted.join());"""))
                    .contains("RENOTIFIED"));
            bruno.screenshot("ladder-10-bridge-email-settings");
            bruno.select("#language", "nb");
            bruno.waitFor(d -> d.findElement(By.cssSelector("h1")).getText().equals("E-postinnstillinger"));
            assertTrue(!bruno.find(renotified).isSelected(), "the muted kind stays unticked");
            bruno.screenshot("ladder-11-bridge-email-settings-norwegian");
            bruno.select("#language", "en");
        } finally { // bruno's mail is other tests' business
            bruno.script(CALL + "return call('PUT', '/api/network/me/email-preferences', {muted: []});");
        }
    }

    @Test
    @Order(7)
    void everyPageOfThisWalkPassesTheAccessibilityAudit() {
        List<String> mine = AccessibilityAudit.audited().stream().filter(p -> p.startsWith("ladder-")).toList();
        assertEquals(11, mine.size(), mine.toString());
        Map<String, List<String>> findings = AccessibilityAudit.findings();
        mine.forEach(page -> assertNull(findings.get(page), page));
    }
}
