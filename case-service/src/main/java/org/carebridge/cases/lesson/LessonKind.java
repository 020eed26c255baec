package org.carebridge.cases.lesson;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** A lesson learned, or a success story worth repeating. */
public enum LessonKind {
    // tolerant reader (issue 19): a kind this release does not know reads as LESSON, the general one
    @JsonEnumDefaultValue LESSON, SUCCESS_STORY
}
