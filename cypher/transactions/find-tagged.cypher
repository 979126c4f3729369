// The transactions still running whose metadata $key (set by api/db/database.ts: `query` names the statement,
// `request` the HTTP request) is $value, so that the work of a client who has gone can be ended.
SHOW TRANSACTIONS YIELD transactionId, metaData
WHERE metaData[$key] = $value
RETURN transactionId;
