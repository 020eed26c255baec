package org.carebridge.cases.timeline;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.paging.PageView;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Appends to and reads a case's timeline; callers have already checked that the caller may. */
@ApplicationScoped
public class Timeline {

    private static final Sort ORDER = Sort.by("at").and("seq");

    @Transactional(Transactional.TxType.MANDATORY)
    public TimelineEntry append(UUID caseId, OffsetDateTime at, TimelineKind kind, String actor, String summary,
                                Map<String, String> params, UUID refId) {
        TimelineEntry entry = new TimelineEntry();
        entry.id = UUID.randomUUID();
        entry.caseId = caseId;
        entry.at = at;
        entry.kind = kind;
        entry.actor = actor;
        entry.summary = summary;
        entry.params = Map.copyOf(params);
        entry.refId = refId;
        entry.persist();
        return entry;
    }

    /**
     * Erasure: the lines of these kinds lose their free text ({@link TimelineParams#FREE_TEXT}, each present one
     * becomes {@code erased}); a line that had any also loses its summary, which repeats it. A few lines per case.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void eraseFreeText(UUID caseId, List<TimelineKind> kinds, String erased) {
        for (TimelineEntry entry : TimelineEntry.<TimelineEntry>list("caseId = ?1 and kind in ?2", caseId, kinds)) {
            Map<String, String> params = TimelineParams.blanked(entry.params, erased);
            if (!params.equals(entry.params)) {
                entry.params = params;
                entry.summary = erased;
            }
        }
    }

    /** The whole timeline, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<TimelineEntryView> of(UUID caseId) {
        return TimelineEntry.<TimelineEntry>find("caseId", ORDER, caseId)
                .stream().map(TimelineEntryView::of).toList();
    }

    /**
     * One page of a case's timeline, of all kinds or only the given ones; (at, seq) is the written order and is
     * served by the index {@code timeline_entry_by_case_seq}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PageView<TimelineEntryView> page(UUID caseId, List<TimelineKind> kinds, PageRequest page,
                                            boolean newestFirst) {
        String where = kinds == null ? "caseId = ?1" : "caseId = ?1 and kind in ?2";
        Object[] params = kinds == null ? new Object[]{caseId} : new Object[]{caseId, kinds};
        Sort order = newestFirst ? Sort.descending("at", "seq") : ORDER;
        long total = TimelineEntry.count(where, params);
        List<TimelineEntryView> items = TimelineEntry.<TimelineEntry>find(where, order, params)
                .page(page.page(), page.size()).stream().map(TimelineEntryView::of).toList();
        return new PageView<>(items, page.page(), page.size(), total);
    }
}
