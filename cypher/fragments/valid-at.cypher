// Link r is valid at $asOf: started by then and not ended before.
(@started(r) AND @notEnded(r))
