// One node of any label with all its links and the refs at their other ends.
MATCH (n:Entity {id: $id})
RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props,
  COLLECT {
    MATCH (n)-[r]-(m:Entity)
    RETURN {type: type(r), props: properties(r), outgoing: startNode(r) = n,
            other: {id: m.id, name: m.name, placeholder: coalesce(m.placeholder, false),
                    label: [l IN labels(m) WHERE l <> 'Entity'][0]}}
  } AS links;
