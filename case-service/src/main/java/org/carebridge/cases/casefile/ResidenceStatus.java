package org.carebridge.cases.casefile;

/** The youth's residence status: documented (the first three), in procedure, undocumented, or not known yet. */
public enum ResidenceStatus {
    CITIZEN, PERMANENT_RESIDENT, TEMPORARY_PERMIT, ASYLUM_SEEKER, UNDOCUMENTED, UNKNOWN
}
