package org.carebridge.cases.journal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.carebridge.cases.audit.CaseAudit;
import org.carebridge.cases.casefile.CaseAccess;
import org.carebridge.cases.casefile.ConsentPurpose;
import org.carebridge.cases.consent.ConsentRules;
import org.carebridge.cases.casefile.CaseFileAudit;
import org.carebridge.platform.time.Clocks;
import org.carebridge.cases.timeline.Timeline;
import org.carebridge.cases.timeline.TimelineEntry;
import org.carebridge.cases.timeline.TimelineParams;
import org.carebridge.cases.timeline.TimelineEntryView;
import org.carebridge.platform.audit.AuditTrail;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.paging.PageView;
import org.carebridge.platform.security.CurrentUser;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The team's journal. A note is a line of the case's one timeline (kind NOTE, YOUTH_VOICE, ...), so the journal and
 * the service's own entries (escalations, advice, team changes) read as one ordered history.
 */
@ApplicationScoped
public class JournalService {

    private final CurrentUser user;
    private final CaseAccess access;
    private final AuditTrail audit;
    private final Timeline timeline;
    private final Clock clock;
    private final ConsentRules consent;

    public JournalService(CurrentUser user, CaseAccess access, AuditTrail audit, Timeline timeline,
                          Clock clock, ConsentRules consent) {
        this.consent = consent;
        this.user = user;
        this.access = access;
        this.audit = audit;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Transactional
    public TimelineEntryView write(UUID caseId, NewNote body) {
        access.asMemberForUpdate(caseId).requireOpen();
        String text = body.text().strip();
        TimelineEntry entry = timeline.append(caseId, Clocks.now(clock), body.kind().timelineKind, user.username(),
                text, TimelineParams.journal(text), null);
        audit.record(CaseFileAudit.NOTE_WRITTEN, CaseFileAudit.NOTE, entry.id, caseId, body.kind().name());
        // no CaseChanged: a note is in neither the case's digest nor its team snapshot, so there is nothing to publish
        return TimelineEntryView.of(entry);
    }

    /** Newest first: a journal is read from the last entry back. */
    @Transactional
    public PageView<TimelineEntryView> read(UUID caseId, NoteKind kind, PageRequest page) {
        consent.require(access.asMember(caseId), user.username(), ConsentPurpose.JOURNAL);
        audit.record(CaseFileAudit.NOTES_READ, CaseAudit.CASE, caseId, caseId, kind == null ? null : kind.name());
        return timeline.page(caseId, kind == null ? NoteKind.timelineKinds() : List.of(kind.timelineKind), page, true);
    }
}
