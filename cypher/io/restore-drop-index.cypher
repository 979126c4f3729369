// Restore: the temporary index is dropped at the end, whatever happened.
DROP INDEX levermap_restore_key IF EXISTS;
