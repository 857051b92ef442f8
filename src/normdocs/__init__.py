"""normdocs: an archive of official documents (公文) into a searchable normative-document library."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("normdocs")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"
