// The subject of a board brief ($label: Initiative, Partnership or Place, by $id) and the initiatives it covers:
// the initiative itself; those a partnership backs, commissions, delivers or funds; those located in a place or a
// place within it. Its own citations too. A link counts when its claimStatus is in $claims.
MATCH (n:$($label) {id: $id})
RETURN n.id AS id, n.name AS name, coalesce(n.placeholder, false) AS placeholder, n.kind AS kind,
  n.evSource AS evSource, n.evLine AS evLine, n.evQuote AS evQuote,
  CASE $label
    WHEN 'Initiative' THEN [n.id]
    WHEN 'Partnership' THEN COLLECT {
      MATCH (n)-[r:LEVER|COMMISSIONS|DELIVERS|FUNDS]->(i:Initiative) WHERE r.claimStatus IN $claims
      RETURN DISTINCT i.id
    }
    ELSE COLLECT {
      MATCH (n)<-[w:WITHIN*0..3]-(:Place)<-[l:LOCATED_IN]-(i:Initiative)
      WHERE l.claimStatus IN $claims AND all(x IN w WHERE x.claimStatus IN $claims)
      RETURN DISTINCT i.id
    }
  END AS initiatives;
