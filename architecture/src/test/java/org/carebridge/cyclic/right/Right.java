package org.carebridge.cyclic.right;

import org.carebridge.cyclic.left.Left;

/** Planted: imports left, which imports right. */
public class Right {
    Left left;
}
