package org.carebridge.advisory.web;

import java.util.List;

/** One page of a list answer, with the total so a client can page on. */
public record PageView<T>(List<T> items, int page, int size, long total) {
}
