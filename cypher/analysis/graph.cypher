// The graph for network analysis and exports: entities (never Source nodes or migrations) and the links among them,
// narrowed by labels, link types, levers, a cited source and validity at $asOf. Nodes with no link are kept.
// Links a verifier REJECTED are left out, as in every analysis; unverified ones stay.
// Citations come as the stored parallel lists (evSource, evLine, evQuote, evRecord); readGraph decodes them.
// One row per node (kind 'node') and per link (kind 'link'), streamed: a single row holding the whole graph
// would be one huge Bolt record, slow to decode.
CALL () {
  MATCH (n:Entity)
  WHERE NOT n:Source AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
  RETURN 'node' AS kind, {id: n.id, name: n.name, placeholder: coalesce(n.placeholder, false),
    type: [l IN labels(n) WHERE l <> 'Entity'][0], kind: coalesce(n.type, n.kind), status: n.status,
    sources: coalesce(n.evSource, []), evSource: coalesce(n.evSource, []), evLine: coalesce(n.evLine, []),
    evQuote: coalesce(n.evQuote, []), evRecord: coalesce(n.evRecord, [])} AS item
  UNION ALL
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE r.claimStatus <> 'REJECTED'
    AND ($labels IS NULL OR (any(l IN labels(a) WHERE l IN $labels) AND any(l IN labels(b) WHERE l IN $labels)))
    AND ($linkTypes IS NULL OR type(r) IN $linkTypes)
    AND ($levers IS NULL OR type(r) <> 'LEVER' OR r.lever IN $levers)
    AND ($source IS NULL OR $source IN coalesce(r.evSource, []))
    AND ($asOf IS NULL OR @validAt(r))
  RETURN 'link' AS kind, {id: r.id, source: a.id, target: b.id, type: type(r), lever: r.lever, stance: r.stance, class: r.class,
    confidence: coalesce(r.confidence, 'STATED'), validFrom: r.validFrom, validTo: r.validTo,
    sources: coalesce(r.evSource, []), evSource: coalesce(r.evSource, []), evLine: coalesce(r.evLine, []),
    evQuote: coalesce(r.evQuote, []), evRecord: coalesce(r.evRecord, [])} AS item
}
RETURN kind, item;
