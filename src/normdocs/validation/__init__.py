"""Validation: the Great Expectations suite (rules/validation.yaml) run through a checkpoint over a batch
of masked rows, with Data Docs; what fails it is quarantined with its reasons."""
