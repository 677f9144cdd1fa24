package db.migration.postgresql;

import dev.helpdesk.storage.jdbc.internal.SubjectWordsMigration;

/** Version 9: each ticket keeps its subject's folded words, for the relevance sort. */
public class V9__subject_words extends SubjectWordsMigration {
}
