"""The run report: a self-contained Chinese HTML page for auditors and its JSON twin."""
