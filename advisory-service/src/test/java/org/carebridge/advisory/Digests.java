package org.carebridge.advisory;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.carebridge.stack.testing.Db;
import org.carebridge.stack.testing.StackSupport;
import org.carebridge.stack.testing.TestEvents;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds case.digest.v1 in case-service's wire shape, one youth at a time, and publishes them for real. */
public final class Digests {

    private static final AtomicInteger MONTHS = new AtomicInteger();

    private Digests() {
    }

    /**
     * The first month of a calendar quarter no other test uses (nor the quarter after it), so crafted counts are
     * exactly what a test put there, whether it asks for this quarter or the next.
     */
    public static YearMonth freshMonth() {
        return YearMonth.of(2200, 1).plusMonths(6L * MONTHS.getAndIncrement());
    }

    /** The digest's parameter for the calendar quarter of a month: YYYY-Qn. */
    public static String quarter(YearMonth month) {
        return month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
    }

    public static Digest of(String region, YearMonth opened) {
        return new Digest(TestEvents.pseudonym(UUID.randomUUID()), 1, region, "16-17", List.of("SCHOOL"),
                "INTENSIVE", "OPEN", opened.atDay(3), List.of(), "NOT_DUE");
    }

    public record Escalation(String barrier, OffsetDateTime raisedAt, OffsetDateTime endedAt, String endedBy) {
        public static Escalation ended(String barrier, String endedBy, int days) {
            OffsetDateTime raised = OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.UTC);
            return new Escalation(barrier, raised, raised.plusDays(days).plusHours(3), endedBy);
        }

        public static Escalation open(String barrier) {
            return new Escalation(barrier, OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.UTC), null, null);
        }
    }

    public record Digest(String pseudonym, long sequence, String region, String ageBand, List<String> domains,
                         String intensity, String status, LocalDate openedOn, List<Escalation> escalations,
                         String transition18) {

        public Digest next() {
            return new Digest(pseudonym, sequence + 1, region, ageBand, domains, intensity, status, openedOn,
                    escalations, transition18);
        }

        public Digest sequence(long s) {
            return new Digest(pseudonym, s, region, ageBand, domains, intensity, status, openedOn, escalations, transition18);
        }

        public Digest region(String r) {
            return new Digest(pseudonym, sequence, r, ageBand, domains, intensity, status, openedOn, escalations, transition18);
        }

        public Digest ageBand(String a) {
            return new Digest(pseudonym, sequence, region, a, domains, intensity, status, openedOn, escalations, transition18);
        }

        public Digest domains(String... d) {
            return new Digest(pseudonym, sequence, region, ageBand, Arrays.asList(d), intensity, status, openedOn, escalations, transition18);
        }

        public Digest intensity(String i) {
            return new Digest(pseudonym, sequence, region, ageBand, domains, i, status, openedOn, escalations, transition18);
        }

        public Digest status(String s) {
            return new Digest(pseudonym, sequence, region, ageBand, domains, intensity, s, openedOn, escalations, transition18);
        }

        public Digest escalations(Escalation... e) {
            return new Digest(pseudonym, sequence, region, ageBand, domains, intensity, status, openedOn, Arrays.asList(e), transition18);
        }

        public Digest transition18(String t) {
            return new Digest(pseudonym, sequence, region, ageBand, domains, intensity, status, openedOn, escalations, t);
        }

        public ObjectNode data() {
            ObjectNode data = AdvisoryEvents.JSON.createObjectNode();
            data.put("pseudonym", pseudonym);
            data.put("sequence", sequence);
            data.put("asOf", "2026-12-02T10:00:00Z");
            data.put("region", region);
            data.put("ageBand", ageBand);
            ArrayNode d = data.putArray("domains");
            domains.forEach(d::add);
            data.put("intensity", intensity);
            data.put("status", status);
            data.put("openedOn", openedOn.toString());
            data.putNull("closedOn");
            data.putNull("outcome");
            data.putArray("openBarriers");
            data.put("members", 4);
            data.put("hasLead", true);
            data.put("goalsOpen", 3);
            data.put("goalsDone", 2);
            data.put("goalsOverdue", 1);
            ArrayNode esc = data.putArray("escalations");
            for (Escalation e : escalations) {
                ObjectNode n = esc.addObject();
                n.put("barrier", e.barrier());
                n.put("urgency", "HIGH");
                n.put("raisedAt", e.raisedAt().toString());
                if (e.endedAt() == null) {
                    n.putNull("endedAt");
                    n.putNull("endedBy");
                } else {
                    n.put("endedAt", e.endedAt().toString());
                    n.put("endedBy", e.endedBy());
                }
            }
            data.put("transition18", transition18);
            return data;
        }

        public String json(String eventId) {
            return json(eventId, data());
        }

        public String json(String eventId, ObjectNode data) {
            return AdvisoryEvents.envelope(eventId, "carebridge/case-service", "case.digest.v1", pseudonym, data);
        }
    }

    /**
     * Publishes each digest as a new event under its pseudonym (so one youth's digests keep their order) and
     * waits until advisory-service has taken every one of them in (applied or ignored as stale).
     */
    public static List<String> publish(Db db, List<Digest> digests) {
        List<String> ids = new ArrayList<>();
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (Digest d : digests) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            records.add(new ProducerRecord<>("case.digests", d.pseudonym(), d.json(id)));
        }
        send(records);
        awaitConsumed(db, ids);
        return ids;
    }

    public static List<String> publish(Db db, Digest... digests) {
        return publish(db, Arrays.asList(digests));
    }

    public static void send(List<ProducerRecord<String, String>> records) {
        StackSupport.kafka().produceStrings().fromRecords(records).awaitCompletion();
    }

    public static void awaitConsumed(Db db, List<String> eventIds) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> db.count(
                "select count(*) from inbox_event where consumer = 'advisory-service.case-digests' and event_id = any(?)",
                (Object) eventIds.toArray(String[]::new)) == eventIds.size());
    }
}
