MATCH (s:LevermapSession) WHERE s.tokenHash = $tokenHash OR s.expiresAt < datetime()
DELETE s;
