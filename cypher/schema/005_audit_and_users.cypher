// Audit trail, users and sessions live beside the domain graph, never labelled Entity.
CREATE CONSTRAINT audit_id IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.id IS UNIQUE;
CREATE INDEX audit_target IF NOT EXISTS FOR (n:AuditEntry) ON (n.targetId);
CREATE CONSTRAINT user_name IF NOT EXISTS FOR (n:LevermapUser) REQUIRE n.username IS UNIQUE;
CREATE CONSTRAINT session_token IF NOT EXISTS FOR (n:LevermapSession) REQUIRE n.tokenHash IS UNIQUE;
CREATE CONSTRAINT workspace_id IF NOT EXISTS FOR (n:LevermapWorkspace) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT draft_id IF NOT EXISTS FOR (n:Draft) REQUIRE n.id IS UNIQUE;
