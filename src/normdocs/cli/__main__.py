from normdocs.cli.main import app

app()
