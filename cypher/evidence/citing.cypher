// What cites each of some lines: the nodes and links whose citations (evSource/evLine, parallel lists) name that
// source and line. $refs: [{sourceId, line}]; each link comes as queries/link gives it.
UNWIND $refs AS ref
CALL (ref) {
  MATCH (n:Entity)
  WHERE ref.sourceId IN n.evSource
  WITH n, [i IN range(0, size(n.evSource) - 1) WHERE n.evSource[i] = ref.sourceId AND n.evLine[i] = ref.line] AS at
  WHERE size(at) > 0
  WITH n, at ORDER BY n.name, n.id
  RETURN collect({label: [l IN labels(n) WHERE l <> 'Entity'][0], props: properties(n), quote: n.evQuote[at[0]]})
         AS nodes
}
CALL (ref) {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE ref.sourceId IN r.evSource
  WITH a, r, b, [i IN range(0, size(r.evSource) - 1) WHERE r.evSource[i] = ref.sourceId AND r.evLine[i] = ref.line]
       AS at
  WHERE size(at) > 0
  WITH a, r, b, at ORDER BY r.id
  RETURN collect({quote: r.evQuote[at[0]], link: {type: type(r), props: properties(r),
          from: {id: a.id, name: a.name, placeholder: coalesce(a.placeholder, false),
                 label: [l IN labels(a) WHERE l <> 'Entity'][0]},
          to: {id: b.id, name: b.name, placeholder: coalesce(b.placeholder, false),
               label: [l IN labels(b) WHERE l <> 'Entity'][0]}}}) AS links
}
RETURN ref.sourceId AS sourceId, ref.line AS line, nodes, links;
