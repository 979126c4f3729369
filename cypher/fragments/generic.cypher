// Node r stands for no one body: a placeholder ("unnamed lead provider") or a generic class ("Local authorities in
// England (generic)"). Suggestions rank these last and mark them.
(coalesce(r.placeholder, false) OR r.name CONTAINS '(generic')
