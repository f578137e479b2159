"""What every page shares: the base template, Designsystemet assets, errors, CSP and locale."""
