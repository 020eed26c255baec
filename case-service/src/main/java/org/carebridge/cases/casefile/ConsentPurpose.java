package org.carebridge.cases.casefile;

/** What a consent shares with one member; see {@code consent.ConsentRules} for what each opens. */
public enum ConsentPurpose {
    /** who the youth is: name, birth date, languages, legal situation */
    IDENTITY,
    /** the journal: notes, the youth's and parents' voice, decisions, signals */
    JOURNAL
}
