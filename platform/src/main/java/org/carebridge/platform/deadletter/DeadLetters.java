package org.carebridge.platform.deadletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.events.EventCodec;
import org.carebridge.platform.events.PoisonEventException;
import org.carebridge.platform.outbox.Outbox;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.CurrentUser;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operator's view of this service's dead letters, and their replay: the unchanged record goes back to its
 * topic through the outbox (same event id, so the inbox makes a replay of an already applied event harmless).
 */
@ApplicationScoped
public class DeadLetters {
    public static final String AUDIT_OBJECT = "DEAD_LETTER";
    /** SmallRye's dead-letter-queue failure strategy writes these headers. */
    static final String REASON = "dead-letter-reason";
    static final String TOPIC = "dead-letter-topic";
    static final String PARTITION = "dead-letter-partition";
    static final String OFFSET = "dead-letter-offset";
    private static final Pattern ID = Pattern.compile("(\\d{1,5})-(\\d{1,18})");
    private static final int REASON_MAX = 1000;

    private final DeadLetterTopic topic;
    private final EventCodec codec;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final CurrentUser user;

    public DeadLetters(DeadLetterTopic topic, EventCodec codec, Outbox outbox, AuditTrail audit, CurrentUser user) {
        this.topic = topic;
        this.codec = codec;
        this.outbox = outbox;
        this.audit = audit;
        this.user = user;
    }

    @Transactional
    public PageView<DeadLetterView> list(PageRequest paging) {
        List<ConsumerRecord<String, String>> all = topic.newest();
        List<DeadLetterView> page = all.stream().skip((long) paging.page() * paging.size()).limit(paging.size())
                .map(this::view).toList();
        audit.record("DEAD_LETTERS_READ", AUDIT_OBJECT, topic.name(), null, page.size() + " listed");
        return new PageView<>(page, paging.page(), paging.size(), all.size());
    }

    @Transactional
    public DeadLetterView one(String id) {
        DeadLetterView view = view(find(id));
        audit.record("DEAD_LETTER_READ", AUDIT_OBJECT, id, null, null);
        return view;
    }

    /** Sends the record back to the topic it failed on, unchanged; in the same transaction as its audit line. */
    @Transactional
    public DeadLetterView replay(String id) {
        ConsumerRecord<String, String> record = find(id);
        DeadLetterView view = view(record);
        if (!view.replayable()) {
            throw ProblemException.conflict("this dead letter is not a CloudEvent from a known topic: replayed, it"
                    + " would fail the same way; reason: " + view.reason());
        }
        outbox.republish(view.topic(), record.key() == null ? "" : record.key(), view.eventType(), record.value());
        DeadLetterReplay replay = new DeadLetterReplay();
        replay.id = UUID.randomUUID();
        replay.deadLetter = id;
        replay.topic = view.topic();
        replay.eventId = view.eventId();
        replay.replayedBy = user.username();
        replay.replayedAt = OffsetDateTime.now(ZoneOffset.UTC);
        replay.persist();
        audit.record("DEAD_LETTER_REPLAYED", AUDIT_OBJECT, id, null,
                view.eventType() + " " + view.eventId() + " back to " + view.topic());
        return view(record);
    }

    private ConsumerRecord<String, String> find(String id) {
        Matcher m = ID.matcher(id == null ? "" : id);
        if (!m.matches()) {
            throw ProblemException.notFound("dead letter");
        }
        return topic.at(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)))
                .orElseThrow(() -> ProblemException.notFound("dead letter"));
    }

    private DeadLetterView view(ConsumerRecord<String, String> r) {
        String id = r.partition() + "-" + r.offset();
        CloudEvent event = envelope(r.value());
        String original = header(r, TOPIC);
        String reason = header(r, REASON);
        List<DeadLetterView.Replay> replays = DeadLetterReplay.<DeadLetterReplay>list("deadLetter = ?1 order by replayedAt", id)
                .stream().map(x -> new DeadLetterView.Replay(x.replayedBy, x.replayedAt)).toList();
        return new DeadLetterView(id, OffsetDateTime.ofInstant(Instant.ofEpochMilli(r.timestamp()), ZoneOffset.UTC),
                original, number(header(r, PARTITION)), longNumber(header(r, OFFSET)), r.key(),
                event == null ? null : event.id(), event == null ? null : event.type(),
                event == null ? null : event.source(),
                reason == null || reason.length() <= REASON_MAX ? reason : reason.substring(0, REASON_MAX) + "...",
                event != null && original != null, replays);
    }

    private CloudEvent envelope(String value) {
        if (value == null) {
            return null;
        }
        try {
            return codec.envelope(value);
        } catch (PoisonEventException e) {
            return null;
        }
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long longNumber(String text) {
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
