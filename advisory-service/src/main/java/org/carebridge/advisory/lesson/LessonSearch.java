package org.carebridge.advisory.lesson;

import org.carebridge.advisory.vocabulary.Barrier;
import org.carebridge.advisory.vocabulary.Domain;

import java.util.List;

/** The filters of a knowledge base search; null = no filter. */
public record LessonSearch(Barrier barrier, Domain domain, String region, LessonKind kind, Boolean published,
                           List<String> terms) {
}
