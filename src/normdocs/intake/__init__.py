"""Intake: what a run is given besides the files: the site manifest (normdocs-manifest.csv) and its checks."""
