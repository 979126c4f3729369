// Link r has not ended before $asOf: validTo is compared at its own precision, so validTo '2016' lasts all of 2016.
(r.validTo IS NULL OR r.validTo >= left($asOf, size(r.validTo)))
