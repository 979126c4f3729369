// A person signing in through the configured identity provider gets an account on first sign-in
// (no password: they can only sign in through the provider), with the default role.
MERGE (u:LevermapUser {username: $username})
ON CREATE SET u.role = $role, u.createdAt = datetime(), u.oidcSubject = $subject, u.oidcIssuer = $issuer
RETURN u.username AS username, u.role AS role, u.oidcSubject = $subject AND u.oidcIssuer = $issuer AS matches;
