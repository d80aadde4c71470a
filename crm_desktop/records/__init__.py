"""The shared vocabulary every layer may import: frozen drafts and records, typed ids, enums,
partial dates and naming. Standard library only (checked by import-linter)."""
