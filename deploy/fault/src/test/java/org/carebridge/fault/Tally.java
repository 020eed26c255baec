package org.carebridge.fault;

import com.fasterxml.jackson.databind.JsonNode;
import org.carebridge.fault.Journey.Outcome;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts what arrived as users see it: the escalations in the bridge coordinators' inboxes (network API) and
 * the advice entries in the cases' timelines (case API). "Duplicated" counts every entry beyond the first for
 * the same case, so an escalation raised twice by a retry shows up as well as an event applied twice.
 */
final class Tally {
    static final String ADVICE_KIND = "ADVICE_RECEIVED";

    record Figures(String what, int sent, int received, int lost, int duplicated) {
        @Override
        public String toString() {
            return String.format("%-11s sent %d, received %d, lost %d, duplicated %d", what + ":", sent, received,
                    lost, duplicated);
        }
    }

    private final Gateway gateway;

    Tally(Gateway gateway) {
        this.gateway = gateway;
    }

    Figures escalations(List<Outcome> sent) {
        Map<String, Integer> entriesPerCase = new HashMap<>();
        Map<String, Integer> entriesPerId = new HashMap<>();
        for (String coordinator : List.of("bruno", "sofie")) {
            for (int page = 0; ; page++) {
                JsonNode items = ok(gateway.get(coordinator, "/api/network/escalations?size=100&page=" + page))
                        .path("items");
                items.forEach(e -> {
                    entriesPerCase.merge(e.path("caseId").asText(), 1, Integer::sum);
                    entriesPerId.merge(e.path("id").asText(), 1, Integer::sum);
                });
                if (items.size() < 100) {
                    break;
                }
            }
        }
        int received = 0;
        int duplicated = 0;
        for (Outcome o : sent) {
            if (entriesPerId.containsKey(o.escalationId())) {
                received++;
            }
            duplicated += Math.max(0, entriesPerCase.getOrDefault(o.caseId(), 0) - 1);
        }
        return new Figures("escalations", sent.size(), received, sent.size() - received, duplicated);
    }

    Figures advice(List<Outcome> advised) {
        int received = 0;
        int duplicated = 0;
        for (Outcome o : advised) {
            int entries = 0;
            for (JsonNode entry : ok(gateway.get(o.plan().worker(), "/api/cases/" + o.caseId() + "/timeline?size=100"))) {
                if (ADVICE_KIND.equals(entry.path("kind").asText())) {
                    entries++;
                }
            }
            received += entries > 0 ? 1 : 0;
            duplicated += Math.max(0, entries - 1);
        }
        return new Figures("advice", advised.size(), received, advised.size() - received, duplicated);
    }

    /** Records each service put on its dead-letter topic, as the operator (network-admin) lists them: type and reason. */
    Map<String, List<String>> deadLetters() {
        Map<String, List<String>> letters = new java.util.LinkedHashMap<>();
        for (String service : List.of("cases", "network", "advisory")) {
            List<String> reasons = new java.util.ArrayList<>();
            for (JsonNode letter : ok(gateway.get("nils", "/api/" + service + "/dead-letters")).path("items")) {
                reasons.add(letter.path("eventType").asText() + ": " + letter.path("reason").asText());
            }
            letters.put(service, reasons);
        }
        return letters;
    }

    private static JsonNode ok(Gateway.Answer answer) {
        if (!answer.ok()) {
            throw new IllegalStateException("reading what arrived failed: HTTP " + answer.status() + " " + answer.body());
        }
        return answer.body();
    }
}
