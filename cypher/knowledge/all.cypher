// Every finding, study, table and vocabulary term with its label, for the knowledge export.
MATCH (k:Knowledge)
RETURN [l IN labels(k) WHERE l <> 'Knowledge'][0] AS label, properties(k) AS props
ORDER BY label, k.id;
