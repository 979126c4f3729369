// The alignment report's counts: every initiative at $asOf, in name then id order, with only what the status and
// the flag rules read (api/features/alignment/report.ts evaluates them; the page is read whole by
// queries/initiative-items). Links are lists in the order of api/features/alignment/facts.ts LINK_FIELDS, with
// null for what no rule reads: the link's id (only a trigger shows it; the page is read whole), a role's lever,
// stance and class, a lever's validTo. A commissioning or delivery
// link that has ended is left out (every rule asks for current ones); a FUNDS link that has ended stays for the
// funding rule. Far ends are described by analysis/alignment-summary-backers. A link counts when its claimStatus
// is in $claims, so REJECTED links never count.
MATCH (i:Initiative)
CALL (i) {
  MATCH (i)<-[r:LEVER|COMMISSIONS|DELIVERS|FUNDS]-(b:Entity)
  WHERE r.claimStatus IN $claims
    AND @started(r)
  WITH r, b, type(r) AS type, @notEnded(r) AS current
  WHERE current OR type = 'FUNDS'
  RETURN collect(CASE WHEN type = 'LEVER'
    THEN [null, type, b.id, current, r.lever, r.stance, r.class, null, null, null, null]
    ELSE [null, type, b.id, current, null, null, null, null, null, r.validTo, null] END) AS links
}
RETURN i.id AS id, i.status AS recordedStatus, i.endDate AS endDate, i.benefitExpected AS benefitExpected,
  i.absLever AS absLever, links
ORDER BY i.name, i.id;
