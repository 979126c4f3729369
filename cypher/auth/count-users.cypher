RETURN COUNT { (:LevermapUser) } AS users;
