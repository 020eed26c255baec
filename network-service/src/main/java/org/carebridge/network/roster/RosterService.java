package org.carebridge.network.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.carebridge.network.erased.ErasedCase;
import org.carebridge.platform.time.Clocks;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.events.CloudEvent;
import org.carebridge.platform.events.PoisonEventException;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.security.CurrentUser;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who is around each youth: the teams case-service announces, kept per case (a snapshot older than the one we hold
 * changes nothing), and shown to the bridge coordinators of the case's region only.
 */
@ApplicationScoped
public class RosterService {

    static final String OBJECT_TYPE = "case-roster";
    private static final Logger LOG = Logger.getLogger(RosterService.class);

    private final AuditTrail audit;
    private final CurrentUser user;
    private final Clock clock;

    public RosterService(AuditTrail audit, CurrentUser user, Clock clock) {
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    public void teamChanged(CaseTeamChangedV1 data, CloudEvent event) {
        requireConsistent(data, event);
        if (ErasedCase.isErased(data.caseId())) {
            LOG.infof("case %s was erased, %s %s ignored", data.caseId(), event.type(), event.id());
            return;
        }
        CaseRoster roster = CaseRoster.findById(data.caseId(), LockModeType.PESSIMISTIC_WRITE);
        if (roster != null && roster.sequence >= data.sequence()) {
            LOG.infof("team of case %s already at sequence %d, %s %s (sequence %d) ignored", data.caseId(),
                    roster.sequence, event.type(), event.id(), data.sequence());
            return;
        }
        if (roster == null) {
            roster = new CaseRoster();
            roster.caseId = data.caseId();
            roster.take(data, Clocks.now(clock));
            roster.persist(); // only now: the row must not reach the database before its columns are set
        } else {
            roster.take(data, Clocks.now(clock));
        }
        audit.record("RECEIVE", OBJECT_TYPE, roster.caseId, roster.caseId, AuditTrail.fromEvent(event));
    }

    /** The team of a case of my region; another region's case is as unknown as one never announced. */
    @Transactional
    public RosterView of(UUID caseId) {
        CaseRoster roster = CaseRoster.findById(caseId);
        if (roster == null || user.region().filter(roster.region::equals).isEmpty()) {
            throw ProblemException.notFound("case " + caseId);
        }
        audit.record("READ", OBJECT_TYPE, caseId, caseId, "who is around this youth");
        return RosterView.of(roster);
    }

    /** A team with one member twice or two leads can only come from a broken producer: never stored. */
    private static void requireConsistent(CaseTeamChangedV1 data, CloudEvent event) {
        Set<String> usernames = new HashSet<>();
        long leads = 0;
        for (CaseTeamChangedV1.Member m : data.members()) {
            if (!usernames.add(m.username())) {
                throw new PoisonEventException(event.type() + " " + event.id() + " lists " + m.username() + " twice");
            }
            leads += m.lead() ? 1 : 0;
        }
        if (leads > 1) {
            throw new PoisonEventException(event.type() + " " + event.id() + " names " + leads + " leads");
        }
    }
}
