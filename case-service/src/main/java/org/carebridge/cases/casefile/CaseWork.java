package org.carebridge.cases.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.carebridge.platform.security.CurrentUser;
import org.carebridge.platform.time.Clocks;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What every change to a case's file begins and ends with, written once for the services of case-service: who acts
 * and when, the case locked for the change, and handing what happened (the record a transition returned) to the
 * recorder (recorder/), which writes its timeline line, audit line, outbox event and CaseChanged.
 */
@ApplicationScoped
public class CaseWork {

    private final CurrentUser user;
    private final CaseAccess access;
    private final Clock clock;
    private final Event<Object> happened;

    public CaseWork(CurrentUser user, CaseAccess access, Clock clock, Event<Object> happened) {
        this.user = user;
        this.access = access;
        this.clock = clock;
        this.happened = happened;
    }

    public String me() {
        return user.username();
    }

    public OffsetDateTime now() {
        return Clocks.now(clock);
    }

    /** The caller's case to read (members only, 404 otherwise). */
    @Transactional(Transactional.TxType.MANDATORY)
    public CareCase toRead(UUID caseId) {
        return access.asMember(caseId);
    }

    /** The caller's case, locked so that changes to one case run one at a time; closed or not. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CareCase toChange(UUID caseId) {
        return access.asMemberForUpdate(caseId);
    }

    /** As {@link #toChange}, refused (409) once the case is closed: where nearly every change starts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CareCase openToChange(UUID caseId) {
        return access.asMemberForUpdate(caseId).requireOpen();
    }

    /** Hands what a transition did to the recorder, in the caller's transaction; returns it for the answer. */
    public <T> T record(T whatHappened) {
        happened.fire(whatHappened);
        return whatHappened;
    }
}
