// Link r has started by $asOf: validFrom is compared at its own precision (YYYY, YYYY-MM or YYYY-MM-DD).
(r.validFrom IS NULL OR r.validFrom <= left($asOf, size(r.validFrom)))
