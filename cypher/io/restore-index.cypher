// Restore: a temporary index, so that relationships find their end nodes by backup key.
CREATE INDEX levermap_restore_key IF NOT EXISTS FOR (n:LevermapRestoring) ON (n.levermapRestoreKey);
