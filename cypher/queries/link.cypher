// One link by id; the id starts TYPE:from:to, so the start node's index finds it.
MATCH (a:Entity {id: $from})-[r {id: $id}]->(b:Entity)
RETURN {type: type(r), props: properties(r),
        from: {id: a.id, name: a.name, placeholder: coalesce(a.placeholder, false), label: [l IN labels(a) WHERE l <> 'Entity'][0]},
        to: {id: b.id, name: b.name, placeholder: coalesce(b.placeholder, false), label: [l IN labels(b) WHERE l <> 'Entity'][0]}} AS link;
