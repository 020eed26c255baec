package org.carebridge.cases.casefile;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The organisations a team member can come from, as stable lowercase codes (what the API and the database hold).
 * The {@link #PATTERN} also accepts the older demo code "guardianship", read as {@link #GUARDIAN}.
 */
public enum Organisation {
    SCHOOL("school"),
    SOCIAL_SERVICES("social-services"),
    GUARDIAN("guardian"),
    FOSTER_CARE("foster-care"),
    RECEPTION_CLASS_COACH("reception-class-coach"),
    FOLLOW_UP_SCHOOL_COACH("follow-up-school-coach"),
    YOUTH_WORK("youth-work"),
    EMPLOYMENT_AGENCY("employment-agency"),
    OTHER("other");

    /** For {@code @Pattern} on request records; keep in step with the codes above. */
    public static final String PATTERN = "school|social-services|guardian|guardianship|foster-care"
            + "|reception-class-coach|follow-up-school-coach|youth-work|employment-agency|other";
    public static final String MESSAGE = "must be one of school, social-services, guardian, foster-care, "
            + "reception-class-coach, follow-up-school-coach, youth-work, employment-agency, other";

    public final String code;

    Organisation(String code) {
        this.code = code;
    }

    /** @return the canonical code for a code or alias, empty when it is not on the list */
    public static Optional<String> canonical(String codeOrAlias) {
        if (codeOrAlias == null) {
            return Optional.empty();
        }
        String code = codeOrAlias.strip().toLowerCase(Locale.ROOT);
        if (code.equals("guardianship")) {
            return Optional.of(GUARDIAN.code);
        }
        return Arrays.stream(values()).map(o -> o.code).filter(code::equals).findFirst();
    }
}
