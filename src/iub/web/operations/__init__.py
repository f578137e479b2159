"""Operations of the site: backup and restore, retention (docs/operations.md)."""
