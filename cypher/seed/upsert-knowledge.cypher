// Seed: findings, studies, tables and vocabulary terms, created when missing and never overwritten.
// $rows: [{id, label: 'Finding'|'Study'|'DataTable'|'VocabularyTerm', props}].
UNWIND $rows AS row
MERGE (k:Knowledge {id: row.id})
ON CREATE SET k:$(row.label), k += row.props, k.version = 1;
