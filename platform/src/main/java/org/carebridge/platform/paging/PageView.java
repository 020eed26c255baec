package org.carebridge.platform.paging;

import java.util.List;

/** One page of a listing; {@code total} lets a client show "page 2 of 7" without fetching everything. */
public record PageView<T>(List<T> items, int page, int size, long total) {
}
