// One full-text index over names, aliases (a list of strings) and descriptions of every label.
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:Organisation|Directorate|Partnership|Initiative|TargetGroup|Place|Source)
ON EACH [n.name, n.aliases, n.description];
