// Which numbered schema files have run, with their checksums.
MATCH (m:LevermapMigration)
RETURN m.id AS id, m.checksum AS checksum;
