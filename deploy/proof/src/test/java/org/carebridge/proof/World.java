package org.carebridge.proof;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.carebridge.stack.testing.KeycloakTokens;
import org.carebridge.stack.testing.TestEvents;
import org.carebridge.stack.testing.SystemUnderTest;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of everything in the north, made through the real APIs: anna's case (ben on the team, a goal, a consent,
 * a note, an escalation, a lead handover to ben), the escalation claimed and referred by bruno, and ada's session,
 * barrier with evidence, policy signal and draft lesson; nils's organisation, offer and import. The southern users
 * (carla, sofie, the southern advisory member) own none of it: they are the "someone else" of the matrix.
 */
final class World {

    /** The youth's data: none of it may appear in a log or anywhere upstream. */
    final String givenName = "Proofina";
    final String familyName = "Northwall-" + UUID.randomUUID().toString().substring(0, 8);
    final String birthDate = LocalDate.now().minusYears(16).minusMonths(2).toString();

    private static final Map<String, Token> TOKENS = new java.util.HashMap<>();
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

    /** The catalogue organisation the world's offer belongs to. */
    final String organisation = "Proof org " + UUID.randomUUID().toString().substring(0, 8);

    final SystemUnderTest system;
    /** Object id by the collection segment that precedes it in a path ("cases", "goals", "escalations", ...). */
    final Map<String, String> ids = new LinkedHashMap<>();
    /** Ids that differ per service for the same collection (each service's own dead letters). */
    private final Map<String, Map<String, String>> perService = new LinkedHashMap<>();

    private World(SystemUnderTest system) {
        this.system = system;
    }

    static World create(SystemUnderTest system) {
        World w = new World(system);
        w.caseSide();
        w.bridgeSide();
        w.advisorySide();
        w.catalogue();
        w.deadLetters();
        return w;
    }

    String url(String service) {
        return system.serviceUrl(service);
    }

    private void caseSide() {
        String cases = url("case-service") + "/api/cases";
        String id = created("anna", "POST", cases, Map.of("youth", Map.of("givenName", givenName, "familyName",
                familyName, "dateOfBirth", birthDate), "intensity", "INTENSIVE", "domains", List.of("SCHOOL")));
        ids.put("cases", id);
        expect(call("anna", "POST", cases + "/" + id + "/members", Map.of("username", "ben",
                "organisation", "social-services", "role", "social worker")), 201);
        ids.put("members", "ben");
        // the region's network admin lets carla (south) onto this one case; she is not added, only allowed
        expect(call("nils", "POST", cases + "/" + id + "/team-allowances", Map.of("username", "carla",
                "reason", "interpreter the family knows")), 201);
        ids.put("team-allowances", "carla");
        ids.put("goals", created("anna", "POST", cases + "/" + id + "/goals", Map.of("domain", "WORK",
                "title", "Internship", "owner", "anna", "dueDate", LocalDate.now().plusDays(20).toString())));
        ids.put("consents", created("anna", "POST", cases + "/" + id + "/consents", Map.of("member", "ben",
                "purpose", "JOURNAL", "givenBy", "GUARDIAN")));
        expect(call("anna", "POST", cases + "/" + id + "/notes", Map.of("kind", "NOTE",
                "text", givenName + " found a football club")), 201);
        ids.put("escalations", created("anna", "POST", cases + "/" + id + "/escalations", Map.of(
                "barrier", "SCHOOL_ACCESS", "urgency", "HIGH", "whatWasTried", "two meetings with the school",
                "triedMeasures", List.of("TEAM_MEETING"))));
        Map<String, Object> handover = new LinkedHashMap<>(Map.of("scope", "LEAD", "reason", "LEAD_CHANGE",
                "toUsername", "ben", "toOrganisation", "social-services"));
        ids.put("handovers", created("anna", "POST", cases + "/" + id + "/handovers", handover));
    }

    private void bridgeSide() {
        String network = url("network-service") + "/api/network";
        String escalation = ids.get("escalations");
        await("the escalation reaches the bridge", () ->
                call("bruno", "GET", network + "/escalations/" + escalation, null).status() == 200);
        await("the handover reaches the bridge", () ->
                call("bruno", "GET", network + "/handovers/" + ids.get("handovers"), null).status() == 200);
        await("the team reaches the bridge", () -> call("bruno", "GET",
                network + "/cases/" + ids.get("cases") + "/professionals", null).status() == 200);
        expect(call("bruno", "POST", network + "/escalations/" + escalation + "/claim", null), 200);
        ids.put("consultations", expect(call("bruno", "POST", network + "/escalations/" + escalation
                + "/consultations", Map.of("meetsAt", OffsetDateTime.now().plusDays(7).toString(),
                "agenda", "school route", "members", List.of("anna"), "organisations", List.of())), 201)
                .json().path("consultations").path(0).path("id").asText());
        HttpCalls.Answer referred = expect(call("bruno", "POST", network + "/escalations/" + escalation + "/referral",
                Map.of("question", "Which school route exists mid-year?")), 201);
        ids.put("referrals", referred.json().path("referral").path("id").asText());
        ids.put("regions", "north");
        ids.put("alerts", alert(network));
    }

    /**
     * An alert in the north, as case-service's scan would raise one (its checks wait days, so it is published
     * here in case-service's wire shape, on a case of its own), once the bridge lists it.
     */
    private String alert(String network) {
        UUID caseId = UUID.randomUUID();
        String alertId = UUID.randomUUID().toString();
        ObjectNode data = HttpCalls.JSON.createObjectNode().put("alertId", alertId).put("caseId", caseId.toString())
                .put("region", "north").put("pseudonym", TestEvents.pseudonym(caseId)).put("ageBand", "16-17")
                .put("kind", "INACTIVITY").put("cause", "inactive:" + caseId).put("leadUsername", "anna")
                .put("inactiveDays", 60).put("raisedAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        String event = TestEvents.envelope(UUID.randomUUID().toString(), "carebridge/case-service",
                "case.alert-raised.v1", OffsetDateTime.now(ZoneOffset.UTC).toString(), caseId.toString(), data);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, system.bootstrapServers()), new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>("case.alerts", caseId.toString(), event));
        }
        await("the alert reaches the bridge", () -> call("bruno", "GET", network + "/alerts?size=100", null).text()
                .contains(alertId));
        return alertId;
    }

    private void advisorySide() {
        String advisory = url("advisory-service") + "/api/advisory";
        String referral = ids.get("referrals");
        await("the referral reaches the advisory group", () ->
                call("ada", "GET", advisory + "/referrals/" + referral, null).status() == 200);
        ids.put("sessions", created("ada", "POST", advisory + "/sessions", Map.of(
                "date", LocalDate.now().plusDays(7).toString(), "members", List.of("ada"), "agendaSize", 5)));
        String barrier = created("ada", "POST", advisory + "/barriers", Map.of("title", "No mid-year school place",
                "description", "Schools refuse pupils arriving mid-year", "category", "SCHOOL_ACCESS"));
        ids.put("barriers", barrier);
        expect(call("ada", "POST", advisory + "/barriers/" + barrier + "/evidence", Map.of("referralId", referral)),
                200, 201);
        ids.put("signals", expect(call("ada", "POST", advisory + "/barriers/" + barrier + "/signals", null), 201)
                .json().path("signalId").asText());
        ids.put("lessons", created("ada", "POST", advisory + "/lessons", Map.of("kind", "LESSON",
                "title", "Bridging classes", "summary", "Ask the regional platform", "barriers",
                List.of("SCHOOL_ACCESS"), "domains", List.of("SCHOOL"), "regions", List.of("north"))));
    }

    private void catalogue() {
        String network = url("network-service") + "/api/network";
        ids.put("organisations", created("nils", "POST", network + "/organisations", Map.of("name", organisation,
                "region", "north", "contact", "desk@proof.invalid")));
        ids.put("offers", created("nils", "POST", network + "/offers", offer(organisation)));
        String csv = "organisation,title,domain,region,minAge,maxAge,languages,capacity,contact\n"
                + organisation + ",Imported club,SCHOOL,north,12,18,nl,10,club@proof.invalid\n";
        HttpCalls.Answer started = HttpCalls.send("POST", network + "/offers/import", token("nils"), "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        ids.put("imports", expect(started, 202).json().path("id").asText());
        expect(call("nils", "PUT", network + "/regions/north/lead", Map.of("username", "bruno")), 200);
    }

    /**
     * One dead letter in each service, so that the admin's reads of one are answered: a record without a value
     * (which no consumer can read) on a topic the service consumes, found again in the service's dead-letter list.
     */
    private void deadLetters() {
        Map<String, String> consumed = Map.of("case-service", "advisory.advice", "network-service", "case.escalations",
                "advisory-service", "network.referrals");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, system.bootstrapServers()), new StringSerializer(),
                new StringSerializer())) {
            consumed.forEach((service, topic) -> producer.send(new ProducerRecord<>(topic, "proof-poison", null)));
        }
        Map<String, String> section = Map.of("case-service", "cases", "network-service", "network",
                "advisory-service", "advisory");
        consumed.keySet().forEach(service -> {
            String list = url(service) + "/api/" + section.get(service) + "/dead-letters";
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
            String id = "";
            while (id.isEmpty() && System.nanoTime() < deadline) {
                id = expect(call("nils", "GET", list, null), 200).json().path("items").path(0).path("id").asText("");
                sleep();
            }
            if (id.isEmpty()) {
                throw new IllegalStateException(service + " listed no dead letter within 60 s of a poison record");
            }
            perService.computeIfAbsent(service, s -> new LinkedHashMap<>()).put("dead-letters", id);
        });
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The operation's path with each {parameter} replaced by the north's object of the collection before it. */
    String path(ApiDocument.Endpoint endpoint) {
        Map<String, String> values = new LinkedHashMap<>(ids);
        values.putAll(perService.getOrDefault(endpoint.service(), Map.of()));
        return fill(template(endpoint), values);
    }

    /** The documented path, or the one its rule says to call instead (the gateway's relay). */
    static String template(ApiDocument.Endpoint endpoint) {
        return AccessRules.of(endpoint).map(AccessRules.Rule::path).orElse(endpoint.path());
    }

    static List<String> parameters(String template) {
        return PARAMETER.matcher(template).results().map(r -> r.group(1)).toList();
    }

    static String fill(String template, Map<String, String> values) {
        Matcher m = PARAMETER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String before = template.substring(0, m.start() - 1);
            String collection = before.substring(before.lastIndexOf('/') + 1);
            String value = values.get(collection);
            if (value == null) {
                throw new IllegalStateException("no object for {" + m.group(1) + "} after /" + collection + " in "
                        + template + ": add one to World");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    static Map<String, Object> offer(String organisation) {
        return Map.of("organisation", organisation, "title", "Homework club", "domain", "SCHOOL",
                "region", "north", "minAge", 12, "maxAge", 18, "languages", List.of("nl"), "capacity", 10,
                "contact", "club@proof.invalid");
    }

    /** Every id of the north's objects that a southern user's answer must never contain. */
    List<String> northIds() {
        if (ids.containsValue("")) {
            throw new IllegalStateException("an object of the world has no id: " + ids);
        }
        return ids.entrySet().stream().filter(e -> !List.of("members", "team-allowances", "regions", "organisations",
                "offers", "imports").contains(e.getKey())).map(Map.Entry::getValue).toList();
    }

    /**
     * A token of the demo user, kept five minutes (they live fifteen) so that thousands of requests cost Keycloak
     * a handful of logins; a refused login is tried again, as a loaded Keycloak sometimes refuses one.
     */
    static String token(String user) {
        synchronized (TOKENS) {
            Token cached = TOKENS.get(user);
            if (cached != null && System.nanoTime() < cached.until()) {
                return cached.token();
            }
            for (int attempt = 1; ; attempt++) {
                try {
                    String token = KeycloakTokens.requestToken(user, user + "-demo");
                    TOKENS.put(user, new Token(token, System.nanoTime() + Duration.ofMinutes(5).toNanos()));
                    return token;
                } catch (IllegalStateException refused) {
                    if (attempt == 5) {
                        throw refused;
                    }
                    pause(1_000L * attempt);
                }
            }
        }
    }

    private record Token(String token, long until) {
    }

    static HttpCalls.Answer call(String user, String method, String url, Object body) {
        return HttpCalls.sendRightJson(method, url, token(user), body);
    }

    private static String created(String user, String method, String url, Object body) {
        String id = expect(call(user, method, url, body), 201).json().path("id").asText();
        if (id.isEmpty()) {
            throw new IllegalStateException("setting up the world: no id in the answer of " + method + " " + url);
        }
        return id;
    }

    private static HttpCalls.Answer expect(HttpCalls.Answer answer, int... statuses) {
        for (int status : statuses) {
            if (answer.status() == status) {
                return answer;
            }
        }
        throw new IllegalStateException("setting up the world: " + answer.status() + " "
                + HttpCalls.abbreviated(answer.text()));
    }

    private static void await(String what, Supplier<Boolean> done) {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!done.get()) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("waited a minute in vain: " + what);
            }
            pause(200);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
