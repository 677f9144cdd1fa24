-- Lists filtered to the categories a customer may see by a field the policy hides elsewhere (leaf_category IN ...),
-- newest first.
CREATE INDEX ticket_by_leaf ON ticket (leaf_category, updated_at, number);
