"""The pipeline's stages as plain functions on typed models (file -> extraction -> review -> enrichment ->
validation rows -> library item or quarantine -> report row), wired by the Prefect flows in normdocs.flows."""
