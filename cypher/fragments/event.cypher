// Node r is an event (a partnership of kind EVENT: a colloquium, a conference): attending one together is meeting,
// not partnership. No other label has an EVENT kind.
(coalesce(r.kind, '') = 'EVENT')
