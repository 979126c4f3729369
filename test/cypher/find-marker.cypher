MATCH (m:AccessModeMarker {id: $id}) RETURN m.id AS id;
