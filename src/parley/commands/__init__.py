"""CLI command groups, one module per pipeline stage. Shared flag helpers live in ``_common``."""
