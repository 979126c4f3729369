// Initiatives by id (an index seek per id, in the order given), each with its links and the facts the alignment
// reads (api/features/alignment/facts.ts; alignment.ts counts, rates and flags them). Serves initiative(id) and
// the page of initiatives(filter) that queries/initiatives chose, so an initiative is projected in one place.
// With $evidence false, a fact link leaves out its citations (evSource, evLine, evQuote): the flags and lever
// states do not read them, and a page that does not select a lever's evidence need not carry it. $links says which
// links to list: ALL, LEVER (only the incoming LEVER links, what its backers are read from) or NONE.
// The far ends of the page's fact links are described once (many initiatives share a national body or an HWB), as
// backers beside the items.
// A lever link counts when it is current at $asOf (validTo compared at its own precision: YYYY, YYYY-MM, ...)
// and its claimStatus is in $claims: REJECTED links never count.
UNWIND range(0, size($ids) - 1) AS at
MATCH (i:Initiative {id: $ids[at]})
WITH at, i ORDER BY at
WITH collect(i) AS page
CALL (page) {
  UNWIND page AS i
  WITH i, COLLECT {
    MATCH (i)<-[r:LEVER|COMMISSIONS|DELIVERS|FUNDS]-(b:Entity)
    WHERE r.claimStatus IN $claims
      AND @started(r)
    WITH r, b, type(r) AS type, @notEnded(r) AS current
    WHERE current OR type <> 'LEVER'
    // As in cypher/analysis/alignment.cypher: a list in the order of api/features/alignment/facts.ts LINK_FIELDS.
    RETURN CASE WHEN $evidence
      THEN [r.id, type, b.id, current, r.lever, r.stance, r.class, r.confidence, r.validFrom, r.validTo, r.amount, r.evSource, r.evLine, r.evQuote]
      ELSE [r.id, type, b.id, current, r.lever, r.stance, r.class, r.confidence, r.validFrom, r.validTo, r.amount] END
  } AS factLinks
  RETURN collect({
    label: 'Initiative',
    props: properties(i),
    // Links and their far ends, projected as cypher/analysis/alignment.cypher and alignment-backers.cypher do;
    // a test checks both give the same flags.
    facts: {
      links: factLinks
    },
    links: COLLECT {
      MATCH (i)-[r]-(m:Entity)
      WHERE $links = 'ALL' OR ($links = 'LEVER' AND type(r) = 'LEVER' AND endNode(r) = i)
      RETURN {type: type(r), props: properties(r), outgoing: startNode(r) = i,
              other: {id: m.id, name: m.name, placeholder: coalesce(m.placeholder, false),
                      label: [l IN labels(m) WHERE l <> 'Entity'][0]}}
    }
  }) AS items
}
// Described as cypher/analysis/alignment-backers.cypher describes them, except a partnership's VCSE members: the
// rules ask only whether it has one (a hub partnership has tens of thousands), so the first found stands for them all.
CALL (items) {
  UNWIND items AS it
  UNWIND it.facts.links AS l
  WITH DISTINCT l[2] AS id
  MATCH (b:Entity {id: id})
  RETURN collect({id: b.id, name: b.name, placeholder: coalesce(b.placeholder, false), label: [l IN labels(b) WHERE l <> 'Entity'][0],
    orgType: CASE WHEN b:Organisation THEN b.type END,
    owner: COLLECT { MATCH (b:Directorate)-[p:PART_OF]->(o:Organisation) WHERE p.claimStatus IN $claims RETURN o.id ORDER BY o.id }[0],
    vcse: CASE WHEN b:Organisation AND b.type = 'VCSE' THEN [[b.id, b.name, coalesce(b.placeholder, false)]] ELSE COLLECT {
      MATCH (b:Partnership)<-[m:MEMBER_OF]-(o:Organisation {type: 'VCSE'})
      WHERE m.claimStatus IN $claims
        AND @validAt(m)
      RETURN [o.id, o.name, coalesce(o.placeholder, false)]
      LIMIT 1
    } END}) AS backers
}
RETURN [it IN items | it {.label, .props, .links, facts: {links: it.facts.links}}] AS items, backers;
