package org.carebridge.cases.lesson;

/** A lesson learned, or a success story worth repeating. */
public enum LessonKind {
    LESSON, SUCCESS_STORY
}
