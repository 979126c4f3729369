// Every node that can stand at the far end of an initiative's lever, commissioning, delivery or funding link
// (model/link-rules.ts), described once for analysis/alignment-summary: label, organisation type, the
// organisation a directorate is PART_OF, and whether it stands for a VCSE organisation (itself, or a member at
// $asOf). As in queries/initiative-items, the first VCSE member found stands for them all: the rule asks only
// whether there is one, and a hub partnership has tens of thousands of members. Reading every such node, linked or
// not, is cheaper than finding the linked ones through every initiative's links.
MATCH (b:Entity)
WHERE b:Organisation OR b:Directorate OR b:Partnership OR b:TargetGroup
RETURN b.id AS id, b.name AS name, coalesce(b.placeholder, false) AS placeholder,
  [l IN labels(b) WHERE l <> 'Entity'][0] AS label,
  CASE WHEN b:Organisation THEN b.type END AS orgType,
  CASE WHEN b:Directorate THEN COLLECT {
    MATCH (b)-[p:PART_OF]->(o:Organisation) WHERE p.claimStatus IN $claims RETURN o.id ORDER BY o.id
  }[0] END AS owner,
  CASE WHEN b:Organisation AND b.type = 'VCSE' THEN [[b.id, b.name, coalesce(b.placeholder, false)]]
    WHEN b:Partnership THEN COLLECT {
      MATCH (b)<-[m:MEMBER_OF]-(o:Organisation {type: 'VCSE'})
      WHERE m.claimStatus IN $claims
        AND @validAt(m)
      RETURN [o.id, o.name, coalesce(o.placeholder, false)]
      LIMIT 1
    }
    ELSE [] END AS vcse;
