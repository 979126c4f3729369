// The switch's last step, in the transaction that writes the audit entry: the import's state goes, so that
// importStatus says landed exactly when nothing of it is left to switch.
MATCH (s:ImportState {id: $id, owner: $owner, state: 'SWITCHING'})
WHERE NOT EXISTS { (:ImportBatch {importId: $id}) }
DELETE s
RETURN $id AS id;
