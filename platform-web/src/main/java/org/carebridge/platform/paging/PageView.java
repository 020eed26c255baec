package org.carebridge.platform.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a listing; {@code total} lets a client show "page 2 of 7" without fetching everything. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    /** The same page with each item turned into its view. */
    public <R> PageView<R> map(Function<? super T, ? extends R> view) {
        return new PageView<>(items.stream().<R>map(view).toList(), page, size, total);
    }
}
