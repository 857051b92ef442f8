"""The `normdocs` command line (Typer and Rich): ingest, inspect, review, search, list, export, publish …"""
