MATCH (m:AccessModeMarker {id: $id}) DELETE m;
