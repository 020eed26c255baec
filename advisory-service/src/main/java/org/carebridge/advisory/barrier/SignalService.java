package org.carebridge.advisory.barrier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.carebridge.advisory.digest.Suppression;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.CurrentUser;

import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Drafts policy signals from barriers of my region and exports them (JSON, PDF) as they were drafted. */
@ApplicationScoped
public class SignalService {

    static final String OBJECT_TYPE = "policy-signal";
    static final int MAX_EXAMPLES = 10;

    private final BarrierService barriers;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final ObjectMapper json;

    public SignalService(BarrierService barriers, CurrentUser user, AuditTrail audit, ObjectMapper json) {
        this.barriers = barriers;
        this.user = user;
        this.audit = audit;
        this.json = json;
    }

    /** A snapshot of the barrier's counts and evidence; an OPEN barrier becomes SIGNALLED. */
    @Transactional
    public SignalReport draft(UUID barrierId, int months) {
        StructuralBarrier b = barriers.visible(barrierId, LockModeType.PESSIMISTIC_WRITE);
        BarrierView view = barriers.view(b, months);
        PolicySignal signal = new PolicySignal();
        signal.id = UUID.randomUUID();
        signal.barrierId = b.id;
        signal.region = b.region;
        signal.draftedBy = user.username();
        signal.draftedAt = barriers.now();
        List<SignalReport.Example> examples = view.evidence().stream().limit(MAX_EXAMPLES)
                .map(e -> new SignalReport.Example(e.ageBand(), e.domains(), e.intensity(), e.urgency(),
                        e.triedMeasures(), e.bridgeSteps()))
                .toList();
        SignalReport report = new SignalReport(signal.id.toString(), b.title, b.description, b.category, b.region,
                b.owner(), signal.draftedBy, signal.draftedAt.withOffsetSameInstant(ZoneOffset.UTC), view.from(),
                view.to(), Suppression.K, view.casesByMonth(), view.referralsByMonth(), view.trend(), examples);
        signal.report = write(report);
        signal.persist();
        b.signalled();
        audit.record("DRAFT_SIGNAL", BarrierService.OBJECT_TYPE, b.id, null, "signal " + signal.id);
        return report;
    }

    @Transactional
    public SignalReport get(UUID id) {
        PolicySignal s = visible(id);
        audit.record("READ", OBJECT_TYPE, s.id, null, null);
        return read(s);
    }

    /** The signal as drafted, with the words around it in the reader's language. */
    @Transactional
    public byte[] pdf(UUID id, SignalLabels language) {
        PolicySignal s = visible(id);
        audit.record("EXPORT_PDF", OBJECT_TYPE, s.id, null, null);
        return SignalPdf.render(read(s), language);
    }

    @Transactional
    public PageView<SignalReport> list(PageRequest paging) {
        String region = barriers.ownRegion();
        var found = PolicySignal.<PolicySignal>find("region = ?1 order by draftedAt desc, id", region);
        List<SignalReport> page = found.page(paging.page(), paging.size()).list().stream().map(this::read).toList();
        audit.record("LIST", OBJECT_TYPE, null, null, "signals of region " + region);
        return new PageView<>(page, paging.page(), paging.size(), found.count());
    }

    private PolicySignal visible(UUID id) {
        PolicySignal s = PolicySignal.findById(id);
        if (s == null || user.region().filter(s.region::equals).isEmpty()) {
            throw ProblemException.notFound("policy signal " + id);
        }
        return s;
    }

    private String write(SignalReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the policy signal", e);
        }
    }

    private SignalReport read(PolicySignal s) {
        try {
            return json.readValue(s.report, SignalReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored policy signal " + s.id + " does not read", e);
        }
    }
}
