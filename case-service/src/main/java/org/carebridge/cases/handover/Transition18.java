package org.carebridge.cases.handover;

import jakarta.enterprise.context.ApplicationScoped;
import org.carebridge.cases.casefile.Today;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;

/**
 * The 18th birthday, when most youth support ends: in the local zone (a birthday starts at local midnight), and for
 * a 29 February birthday on 1 March in other years, as {@code AgeBands} counts it. Only its month leaves the service.
 */
@ApplicationScoped
public class Transition18 {

    /** How far ahead the bridge plans transitions (turns18In of the handover and alert events). */
    public static final Period PLANNING_HORIZON = Period.ofMonths(12);
    /** From this far ahead of the 18th birthday a transition handover is due (the age-18 alert, the digest). */
    public static final Period DUE_HORIZON = Period.ofMonths(6);

    private final Today today;

    public Transition18(Today today) {
        this.today = today;
    }

    /** Today's date as {@link Today} has it: the one place the local date is read from the clock. */
    public LocalDate today() {
        return today.date();
    }

    /** @return whether the 18th birthday is today or within {@code horizon} from today */
    public boolean turns18Within(LocalDate dateOfBirth, Period horizon) {
        LocalDate birthday = eighteenthBirthday(dateOfBirth);
        LocalDate now = today.date();
        return !birthday.isBefore(now) && !birthday.isAfter(now.plus(horizon));
    }

    /** @return the month of the 18th birthday when it is within the planning horizon, else null */
    public YearMonth turns18In(LocalDate dateOfBirth) {
        return turns18Within(dateOfBirth, PLANNING_HORIZON) ? YearMonth.from(eighteenthBirthday(dateOfBirth)) : null;
    }

    public static LocalDate eighteenthBirthday(LocalDate dateOfBirth) {
        LocalDate birthday = dateOfBirth.plusYears(18);
        // plusYears turns 29 Feb into 28 Feb; the youth is not 18 before 1 March (Period.between agrees)
        return birthday.getDayOfMonth() < dateOfBirth.getDayOfMonth() ? birthday.plusDays(1) : birthday;
    }
}
