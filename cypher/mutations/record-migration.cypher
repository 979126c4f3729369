MERGE (m:LevermapMigration {id: $id})
SET m.checksum = $checksum, m.appliedAt = datetime();
