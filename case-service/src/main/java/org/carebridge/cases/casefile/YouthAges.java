package org.carebridge.cases.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import org.carebridge.cases.support.CaseSettings;
import org.carebridge.platform.problem.ProblemException;

import java.time.LocalDate;
import java.time.Period;

/**
 * The ages Carebridge serves, {@code carebridge.youth.age-min} to {@code carebridge.youth.age-max} whole years
 * (inclusive) on the service's local date: a birth date outside is a typing error or not a youth.
 */
@ApplicationScoped
public class YouthAges {

    private final Today today;
    private final int min;
    private final int max;

    public YouthAges(Today today, CaseSettings.Youth youth) {
        this.today = today;
        this.min = youth.ageMin();
        this.max = youth.ageMax();
    }

    /** 400 naming {@code youth.dateOfBirth} when the youth is younger than the minimum or older than the maximum. */
    public void require(LocalDate dateOfBirth) {
        LocalDate now = today.date();
        if (dateOfBirth.isAfter(now) || Period.between(dateOfBirth, now).getYears() < min
                || Period.between(dateOfBirth, now).getYears() > max) {
            throw ProblemException.badField("youth.dateOfBirth", "the youth must be " + min + " to " + max
                    + " years old: born between " + now.minusYears(max + 1L).plusDays(1) + " and "
                    + now.minusYears(min));
        }
    }
}
