package org.carebridge.platform.audit;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.carebridge.platform.paging.PageRequest;
import org.carebridge.platform.paging.PageView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The one query behind every service's audit API: equality filters, newest first, one page with the total. */
@ApplicationScoped
public class AuditSearch {

    /** What the auditor asked for; a null field does not filter. Values are taken as given (already validated). */
    public record Filter(UUID caseId, String objectType, String objectId, String actor) {

        /** The filters in use, by field name, in a stable order. */
        public Map<String, Object> used() {
            Map<String, Object> used = new LinkedHashMap<>();
            put(used, "caseId", caseId);
            put(used, "objectType", objectType);
            put(used, "objectId", objectId);
            put(used, "actor", actor);
            return used;
        }

        private static void put(Map<String, Object> used, String field, Object value) {
            if (value != null) {
                used.put(field, value);
            }
        }
    }

    public PageView<AuditEntry> find(Filter filter, PageRequest paging) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        filter.used().forEach((field, value) -> {
            where.add(field + " = :" + field);
            params.and(field, value);
        });
        String query = String.join(" and ", where);
        // at alone is not unique (one transaction can write several lines): id keeps the pages stable
        Sort newestFirst = Sort.descending("at").and("id", Sort.Direction.Descending);
        long total = AuditEntry.count(query, params);
        List<AuditEntry> items = AuditEntry.<AuditEntry>find(query, newestFirst, params)
                .page(paging.page(), paging.size()).list();
        return new PageView<>(items, paging.page(), paging.size(), total);
    }
}
