// Tests: a node no product statement reads, to see a write from the next read.
CREATE (:AccessModeMarker {id: $id});
