package org.carebridge.cyclic.left;

import org.carebridge.cyclic.right.Right;

/** Planted: imports right, which imports left. */
public class Left {
    Right right;
}
