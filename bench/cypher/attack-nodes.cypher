// Organisations $from .. $to - 1 of the attack benchmark's generated graph (bench/attack.ts); ids $prefix + i.
// Its names say "Generated"; it is not data about real bodies.
UNWIND range($from, $to - 1) AS i
CREATE (:Entity:Organisation {id: $prefix + i, name: 'Generated organisation ' + i, type: 'VCSE', placeholder: false,
  evSource: ['000'], evLine: [884], evQuote: ['where the strong area-based leadership provided a'], version: 1});
