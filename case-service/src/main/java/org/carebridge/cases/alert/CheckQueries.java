package org.carebridge.cases.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.carebridge.cases.casefile.Today;
import org.carebridge.cases.support.CaseSettings;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The checks' queries run as set-based native SQL over open cases in pages of {@value #PAGE}, ordered by an id.
 * Each check finds only causes not raised yet, so a run over a million quiet cases reads indexes and returns nothing.
 * Days are counted in the local zone ({@code carebridge.local-zone}), on the service's (in tests, movable) clock.
 */
@ApplicationScoped
public class CheckQueries {

    public static final int PAGE = 500;
    /** Sorts before every id in PostgreSQL, which compares uuids as unsigned bytes (unlike UUID.compareTo). */
    public static final UUID FIRST = new UUID(0, 0);

    private final EntityManager em;
    private final Today today;
    private final Clock clock;
    private final ZoneId zone;

    public CheckQueries(EntityManager em, Today today, Clock clock, CaseSettings.LocalZone localZone) {
        this.em = em;
        this.today = today;
        this.clock = clock;
        this.zone = localZone.zone();
    }

    public LocalDate today() {
        return today.date();
    }

    /** @return this moment {@code days} days ago, to compare with a timestamp column */
    public OffsetDateTime daysAgo(int days) {
        return OffsetDateTime.now(clock).minusDays(days);
    }

    /** The local zone's id, for {@code at time zone} in a query. */
    public String zone() {
        return zone.getId();
    }

    /** @return local days from a native date column's day to today */
    public int daysSince(Object dateColumn) {
        return (int) ChronoUnit.DAYS.between(localDate(dateColumn), today());
    }

    /**
     * @param sql selects the id to page by first; parameter ?1 is that id, ?2 the page size, ?3.. {@code more}
     * @return the page of rows after {@code after}
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Object[]> page(String sql, UUID after, Object... more) {
        var query = em.createNativeQuery(sql).setParameter(1, after).setParameter(2, PAGE);
        for (int i = 0; i < more.length; i++) {
            query.setParameter(i + 3, more[i]);
        }
        return query.getResultList();
    }

    /** @return whether the query (parameters ?1.. from {@code params}) finds a row; inside the caller's transaction */
    public boolean exists(String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return !query.setMaxResults(1).getResultList().isEmpty();
    }

    /** Hibernate hands a native date column out as LocalDate, the JDBC driver alone as java.sql.Date. */
    public static LocalDate localDate(Object column) {
        return column instanceof Date date ? date.toLocalDate() : (LocalDate) column;
    }
}
