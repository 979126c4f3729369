// Search that forgives spelling: the entity index again, with an analyzer that folds accents (Esmée = Esmee) and
// curly quotes to plain ones (’ = '). An applied migration is never edited, so the index is dropped and made anew.
DROP INDEX entity_text IF EXISTS;
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:Organisation|Directorate|Partnership|Initiative|TargetGroup|Place|Source)
ON EACH [n.name, n.aliases, n.description]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CALL db.awaitIndexes(300);
