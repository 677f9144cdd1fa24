-- Whether a contact picked their account's language themselves (App settings); until then it is the default their
-- organization gave, and the portal follows the browser's Accept-Language. Existing accounts count as not chosen.
ALTER TABLE account ADD COLUMN language_chosen INTEGER NOT NULL DEFAULT 0;
