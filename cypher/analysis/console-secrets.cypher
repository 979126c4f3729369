// Values the read-only console must never return (account password hashes and session token hashes); it
// redacts any result string that contains one, or a run of 6 or more characters of one.
RETURN COLLECT { MATCH (u:LevermapUser) WHERE u.passwordHash IS NOT NULL RETURN u.passwordHash }
     + COLLECT { MATCH (s:LevermapSession) WHERE s.tokenHash IS NOT NULL RETURN s.tokenHash } AS secrets;
