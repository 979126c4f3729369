// Initiatives matching a filter: the total, and one page (keyset on name, id) with links and the facts the
// alignment reads (api/features/alignment/facts.ts; alignment.ts counts, rates and flags them).
// Serves both initiatives(filter) and initiative(id) ($ids), so an initiative is projected in one place.
// A lever link counts when it is current at $asOf (validTo compared at its own precision: YYYY, YYYY-MM, ...)
// and its claimStatus is in $claims: REJECTED links never count.
MATCH (i:Initiative)
WHERE ($ids IS NULL OR i.id IN $ids)
  AND ($status IS NULL OR i.status = $status)
  AND ($frameworkElement IS NULL OR $frameworkElement IN i.frameworkElements)
  AND ($source IS NULL OR $source IN i.evSource)
  AND ($place IS NULL OR EXISTS { (i)-[:LOCATED_IN]->(:Place)-[:WITHIN*0..3]->(:Place {id: $place}) })
  AND ($targetGroup IS NULL OR EXISTS { (i)-[:TARGETS]->(:TargetGroup {id: $targetGroup}) })
  AND ($organisation IS NULL
       OR EXISTS { (i)<-[:LEVER|COMMISSIONS|DELIVERS|FUNDS]-(:Entity {id: $organisation}) }
       OR EXISTS { (i)<-[:LEVER|COMMISSIONS|DELIVERS|FUNDS]-(:Directorate)-[:PART_OF]->(:Organisation {id: $organisation}) })
  AND ($partnership IS NULL
       OR EXISTS { (i)<-[:LEVER|COMMISSIONS|DELIVERS|FUNDS]-(:Partnership {id: $partnership}) }
       OR EXISTS { (i)<-[:LEVER|COMMISSIONS|DELIVERS|FUNDS]-()-[:MEMBER_OF]->(:Partnership {id: $partnership}) })
WITH i, COLLECT {
  MATCH (i)<-[r:LEVER]-()
  WHERE r.stance = 'ENABLES' AND r.claimStatus IN $claims
    AND @validAt(r)
  RETURN DISTINCT r.lever
} AS enabled
WHERE all(l IN coalesce($hasLever, []) WHERE l IN enabled)
  AND none(l IN coalesce($lacksLever, []) WHERE l IN enabled)
WITH i ORDER BY i.name, i.id
WITH collect(i) AS matched
WITH size(matched) AS total,
  [x IN matched WHERE $afterName IS NULL OR x.name > $afterName OR (x.name = $afterName AND x.id > $afterId)][..$first + 1] AS page
CALL (page) {
  UNWIND page AS i
  WITH i, COLLECT {
    MATCH (i)<-[r:LEVER|COMMISSIONS|DELIVERS|FUNDS]-(b:Entity)
    WHERE r.claimStatus IN $claims
      AND @started(r)
    WITH r, b, type(r) AS type, @notEnded(r) AS current
    WHERE current OR type <> 'LEVER'
    // As in cypher/analysis/alignment.cypher: a list in the order of api/features/alignment/facts.ts LINK_FIELDS.
    RETURN [r.id, type, b.id, current, r.lever, r.stance, r.class, r.confidence, r.validFrom, r.validTo, r.amount, r.evSource, r.evLine, r.evQuote]
  } AS factLinks
  RETURN collect({
    label: 'Initiative',
    props: properties(i),
    // Links and their far ends, projected as cypher/analysis/alignment.cypher and alignment-backers.cypher do;
    // a test checks both give the same flags.
    facts: {
      links: factLinks,
      backers: COLLECT {
        MATCH (i)<-[r:LEVER|COMMISSIONS|DELIVERS|FUNDS]-(b:Entity)
        WHERE r.claimStatus IN $claims
          AND @started(r)
        WITH DISTINCT b
        // Described as cypher/analysis/alignment-backers.cypher describes them.
        RETURN {id: b.id, name: b.name, placeholder: coalesce(b.placeholder, false), label: [l IN labels(b) WHERE l <> 'Entity'][0],
          orgType: CASE WHEN b:Organisation THEN b.type END,
          owner: COLLECT { MATCH (b:Directorate)-[p:PART_OF]->(o:Organisation) WHERE p.claimStatus IN $claims RETURN o.id ORDER BY o.id }[0],
          vcse: CASE WHEN b:Organisation AND b.type = 'VCSE' THEN [[b.id, b.name, coalesce(b.placeholder, false)]] ELSE COLLECT {
            MATCH (b:Partnership)<-[m:MEMBER_OF]-(o:Organisation {type: 'VCSE'})
            WHERE m.claimStatus IN $claims
              AND @validAt(m)
            WITH DISTINCT o
            RETURN [o.id, o.name, coalesce(o.placeholder, false)]
          } END}
      }
    },
    links: COLLECT {
      MATCH (i)-[r]-(m:Entity)
      RETURN {type: type(r), props: properties(r), outgoing: startNode(r) = i,
              other: {id: m.id, name: m.name, placeholder: coalesce(m.placeholder, false),
                      label: [l IN labels(m) WHERE l <> 'Entity'][0]}}
    }
  }) AS items
}
RETURN total, items;
