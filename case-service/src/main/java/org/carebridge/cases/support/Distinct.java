package org.carebridge.cases.support;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;

/**
 * A list in a request body names each entry once: a repeated entry is a mistake of the sender (400 naming the
 * list), not something to merge silently.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Distinct.Validator.class)
public @interface Distinct {
    String message() default "must not repeat an entry";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Distinct, List<?>> {
        @Override
        public boolean isValid(List<?> list, ConstraintValidatorContext context) {
            return list == null || new HashSet<>(list).size() == list.size();
        }
    }
}
