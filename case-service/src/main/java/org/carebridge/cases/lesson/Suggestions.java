package org.carebridge.cases.lesson;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.carebridge.cases.casefile.CareCase;
import org.carebridge.cases.casefile.Domain;
import org.carebridge.cases.barrier.Barrier;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The lessons for a barrier that hold in the case's region (or everywhere), those sharing most of the case's life
 * domains first, then the newest. Callers have checked that the caller may see the case.
 */
@ApplicationScoped
public class Suggestions {

    /** A short list a team actually reads while escalating; the lessons base is for browsing the rest. */
    public static final int MAX = 10;

    @Transactional(Transactional.TxType.MANDATORY)
    public List<SuggestedLesson> forCase(CareCase c, Barrier barrier) {
        List<Lesson> candidates = Lesson.list(
                "?1 member of barriers and (regions is empty or ?2 member of regions)", barrier, c.region);
        Set<Domain> caseDomains = c.domains;
        Comparator<Lesson> byRank = Comparator
                .comparingLong((Lesson l) -> l.domains.stream().filter(caseDomains::contains).count()).reversed()
                .thenComparing((Lesson l) -> l.publishedAt, Comparator.reverseOrder())
                .thenComparing(l -> l.id);
        return candidates.stream().sorted(byRank).limit(MAX).map(SuggestedLesson::of).toList();
    }
}
