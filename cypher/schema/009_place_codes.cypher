// Places carry their ONS area code (api/features/places): one place per code.
CREATE CONSTRAINT place_code IF NOT EXISTS FOR (p:Place) REQUIRE p.code IS UNIQUE;
