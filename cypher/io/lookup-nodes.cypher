// Import: the existing nodes a file may refer to, by id, by UK identifier (ODS, charity, company, 360Giving,
// ONS area code) or by name with case ignored. $labels lists the domain labels, to name each node's own.
CALL () {
  MATCH (n:Entity) WHERE n.id IN $ids RETURN n
  UNION
  MATCH (n:Organisation)
  WHERE n.odsCode IN $identifiers OR n.charityNumber IN $identifiers OR n.companyNumber IN $identifiers
     OR n.giving360Id IN $identifiers
  RETURN n
  UNION
  MATCH (n:Place) WHERE n.code IN $identifiers RETURN n
  UNION
  MATCH (n:Entity) WHERE toLower(n.name) IN $names RETURN n
}
RETURN n.id AS id, [l IN labels(n) WHERE l IN $labels][0] AS label, properties(n) AS props;
