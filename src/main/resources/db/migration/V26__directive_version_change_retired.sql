-- Order text import (issue 13): a new version of an order's text may retire a directive (no longer in
-- the text, or replaced); the retirement is applied with the rest of the import and kept in the
-- directive's version history like an addition or a change (its wording before, none after).
ALTER TABLE directive_version_change DROP CONSTRAINT ck_directive_version_change_kind;
ALTER TABLE directive_version_change ADD CONSTRAINT ck_directive_version_change_kind
    CHECK (change_kind IN ('ADDED', 'CHANGED', 'RETIRED'));
