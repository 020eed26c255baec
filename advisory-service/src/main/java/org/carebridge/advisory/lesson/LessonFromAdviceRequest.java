package org.carebridge.advisory.lesson;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Turns the advice on a referral into a lesson draft: the advice becomes its text, the referral gives its tags. */
public record LessonFromAdviceRequest(@NotBlank @Size(max = 200) String title, LessonKind kind) {
}
