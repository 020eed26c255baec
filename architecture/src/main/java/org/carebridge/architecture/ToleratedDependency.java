package org.carebridge.architecture;

/**
 * One dependency a module knowingly leaves out of the cycle check, until the move that breaks its cycle can be made.
 * Named class by class so that any other dependency closing the same cycle still fails.
 *
 * @param origin the fully qualified class that depends
 * @param targetPackage the package it depends on (subpackages included)
 * @param why what keeps the cycle, and what will break it
 */
public record ToleratedDependency(String origin, String targetPackage, String why) {
}
