"""Enrichment: what a reviewed record gains from its library and rules: provenance (published date and its
source), validity (有效性 and links to what it amends or abolishes), topic (主题分类) and the GB/T 9704 format
report. Each is a plain function on typed models."""
