package org.carebridge.advisory.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.carebridge.advisory.digest.Contribution.Cell;

import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The maintained counts per (region, month, dimension, category), and what each case currently contributes to
 * them. A request sums at most a few hundred rows per month of the period, however many digests there are.
 */
@ApplicationScoped
class DigestCounts {

    private final EntityManager em;

    DigestCounts(EntityManager em) {
        this.em = em;
    }

    /**
     * Cells in key order: concurrent consumers then lock counter rows in the same order and cannot deadlock.
     * A decrease is a plain update (PostgreSQL checks "cases >= 0" on the row an upsert proposes, before it
     * sees the conflict); the row must exist, since only what was added before is ever taken away.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void move(String region, Map<Cell, Long> delta) {
        for (Map.Entry<Cell, Long> e : new TreeMap<>(delta).entrySet()) {
            String sql = e.getValue() > 0 ? """
                    insert into digest_count (region, month, dimension, category, cases)
                    values (?1, ?2, ?3, ?4, ?5)
                    on conflict (region, month, dimension, category)
                    do update set cases = digest_count.cases + excluded.cases""" : """
                    update digest_count set cases = cases + ?5
                    where region = ?1 and month = ?2 and dimension = ?3 and category = ?4""";
            int changed = bind(em.createNativeQuery(sql), region, e.getKey(), e.getValue()).executeUpdate();
            if (changed != 1) {
                throw new IllegalStateException("no count to take " + e.getKey() + " of " + region + " from");
            }
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Map<Cell, Long> contributionOf(String pseudonym) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select month, dimension, category, amount from case_digest_cell where pseudonym = ?1")
                .setParameter(1, pseudonym).getResultList();
        Map<Cell, Long> cells = new TreeMap<>();
        for (Object[] row : rows) {
            cells.put(new Cell(toLocalDate(row[0]), Dimension.valueOf((String) row[1]), (String) row[2]),
                    ((Number) row[3]).longValue());
        }
        return cells;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void replaceContribution(String pseudonym, Map<Cell, Long> cells) {
        em.createNativeQuery("delete from case_digest_cell where pseudonym = ?1").setParameter(1, pseudonym)
                .executeUpdate();
        for (Map.Entry<Cell, Long> e : cells.entrySet()) {
            bind(em.createNativeQuery("""
                    insert into case_digest_cell (pseudonym, month, dimension, category, amount)
                    values (?1, ?2, ?3, ?4, ?5)"""), pseudonym, e.getKey(), e.getValue()).executeUpdate();
        }
    }

    /** The sums over the months {@code from..to} (first days of months, inclusive) of one region. */
    @Transactional(Transactional.TxType.MANDATORY)
    Map<Dimension, Map<String, Long>> sums(String region, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select dimension, category, sum(cases) from digest_count
                        where region = ?1 and month between ?2 and ?3
                        group by dimension, category""")
                .setParameter(1, region).setParameter(2, Date.valueOf(from)).setParameter(3, Date.valueOf(to))
                .getResultList();
        Map<Dimension, Map<String, Long>> sums = new EnumMap<>(Dimension.class);
        for (Object[] row : rows) {
            sums.computeIfAbsent(Dimension.valueOf((String) row[0]), d -> new TreeMap<>())
                    .put((String) row[1], ((Number) row[2]).longValue());
        }
        return sums;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Map<LocalDate, Long> perMonth(String region, Dimension dimension, String category, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select month, cases from digest_count
                        where region = ?1 and dimension = ?2 and category = ?3 and month between ?4 and ?5""")
                .setParameter(1, region).setParameter(2, dimension.name()).setParameter(3, category)
                .setParameter(4, Date.valueOf(from)).setParameter(5, Date.valueOf(to)).getResultList();
        Map<LocalDate, Long> perMonth = new TreeMap<>();
        rows.forEach(row -> perMonth.put(toLocalDate(row[0]), ((Number) row[1]).longValue()));
        return perMonth;
    }

    /** ?1 the region or pseudonym, ?2..?4 the cell, ?5 the amount. */
    private static Query bind(Query query, String owner, Cell cell, long amount) {
        return query.setParameter(1, owner)
                .setParameter(2, Date.valueOf(cell.month()))
                .setParameter(3, cell.dimension().name())
                .setParameter(4, cell.category())
                .setParameter(5, amount);
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }
}
