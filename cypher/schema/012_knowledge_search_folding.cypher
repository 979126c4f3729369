// Search that forgives spelling for findings and passages too: their indexes again, with the analyzer that folds
// accents (Esmée = Esmee) and curly quotes to plain ones (’ = '), as entity_text has since 010. An applied
// migration is never edited, so the indexes are dropped and made anew.
DROP INDEX finding_text IF EXISTS;
CREATE FULLTEXT INDEX finding_text IF NOT EXISTS FOR (f:Finding) ON EACH [f.text, f.unit, f.population]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
DROP INDEX passage_text IF EXISTS;
CREATE FULLTEXT INDEX passage_text IF NOT EXISTS FOR (p:Passage) ON EACH [p.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CALL db.awaitIndexes(300);
