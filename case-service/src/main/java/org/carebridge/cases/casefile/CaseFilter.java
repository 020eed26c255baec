package org.carebridge.cases.casefile;

import io.quarkus.panache.common.Parameters;
import org.carebridge.platform.problem.ProblemException;
import org.carebridge.platform.problem.QueryParams;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The filters, search and order of "my cases", parsed from query parameters here (not bound as enums) so that a
 * wrong value gets a 400 naming the parameter instead of JAX-RS's 404. Every condition narrows the caller's own
 * cases, which the query reaches through {@code case_member (username, case_id)}: the cost follows the size of
 * the caller's caseload, not the number of cases in the database.
 */
public record CaseFilter(CaseStatus status, Domain domain, Intensity intensity, boolean transitionDue,
                         boolean leadMissing, String search, Order order) {

    /** Longest search text: a part of a youth's name. */
    public static final int SEARCH_LENGTH = 100;

    /**
     * Sort orders of "my cases"; each ends on the id so that pages never overlap. The sort keys are expressions on
     * purpose, not the bare columns: PostgreSQL would otherwise walk the index of ALL cases by created_at (or birth
     * date) and test each row for membership, which is quick while the caller's matches are frequent and takes
     * seconds at 1,000,000 cases when a filter matches few of them. An expression no index serves makes the plan
     * start from the caller's rows in case_member and sort those: bounded by the caseload, whatever the filter.
     */
    public enum Order {
        NEWEST("coalesce(createdAt, createdAt) desc, id"),
        NAME("case when %1$s then youthFamilyName end nulls last, case when %1$s then youthGivenName end nulls last,"
                + " id"),
        BIRTHDATE("case when %1$s then dateOfBirth end nulls last, id");

        private final String template;

        Order(String template) {
            this.template = template;
        }

        /**
         * The ORDER BY of this order, for the caller {@code :me}. By name or birth date, a case whose youth the
         * caller may not see sorts as if the value were unknown: after the visible ones, among themselves by id,
         * so that its place in the list reveals nothing of the hidden name or date.
         *
         * @param identityVisible the HQL condition that the caller may see the youth ({@link CaseVisibility})
         */
        String hql(String identityVisible) {
            return template.formatted(identityVisible);
        }
    }

    public static CaseFilter of(String status, String domain, String intensity, String transitionDue,
                                String leadMissing, String q, String sort) {
        String search = q == null || q.isBlank() ? null : q.strip();
        if (search != null && search.length() > SEARCH_LENGTH) {
            throw ProblemException.badField("q", "must be at most " + SEARCH_LENGTH + " characters");
        }
        Order order = QueryParams.enumOf("sort", sort, Order.class);
        return new CaseFilter(QueryParams.enumOf("status", status, CaseStatus.class),
                QueryParams.enumOf("domain", domain, Domain.class),
                QueryParams.enumOf("intensity", intensity, Intensity.class),
                QueryParams.flag("transitionDue", transitionDue), QueryParams.flag("leadMissing", leadMissing),
                search, order == null ? Order.NEWEST : order);
    }

    /**
     * A youth is "in transition" when they turn 18 within six months from today (inclusive); the case is
     * transition-due while no AGE_18_TRANSITION handover was accepted ({@code CareCase.transitionHandedOver}).
     */
    static LocalDate[] transitionWindow(LocalDate today) {
        return new LocalDate[]{today.minusYears(18), today.plusMonths(6).minusYears(18)};
    }

    /**
     * HQL conditions on {@code CareCase} for the caller's cases.
     *
     * @param identityVisible the HQL condition that the caller may see the youth ({@link CaseVisibility})
     */
    String where(String me, LocalDate today, Parameters params, String identityVisible) {
        List<String> where = new ArrayList<>();
        where.add("id in (select m.caseId from CaseMember m where m.username = :me)");
        params.and("me", me);
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (domain != null) {
            where.add(":domain member of domains");
            params.and("domain", domain);
        }
        if (intensity != null) {
            where.add("intensity = :intensity");
            params.and("intensity", intensity);
        }
        if (transitionDue) {
            LocalDate[] window = transitionWindow(today);
            where.add("dateOfBirth between :bornFrom and :bornTo and transitionHandedOver = false");
            params.and("bornFrom", window[0]).and("bornTo", window[1]);
        }
        if (leadMissing) {
            where.add("leadUsername is null");
        }
        if (search != null) {
            where.add("youthSearch like :q escape '\\'"); // trigram-indexed, see migration V6
            // a name search must not find a youth whose name the caller may not see
            where.add(identityVisible);
            params.and("q", "%" + escapeLike(search.toLowerCase(Locale.ROOT)) + "%");
        }
        return String.join(" and ", where);
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
