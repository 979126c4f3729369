// Events: their id constraint, and the full-text index recreated with the new label.
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
DROP INDEX entity_text IF EXISTS;
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:Organisation|Directorate|Partnership|Initiative|TargetGroup|Place|Event|Source)
ON EACH [n.name, n.aliases, n.description];
