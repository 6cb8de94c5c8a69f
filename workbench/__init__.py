"""Programme workbench: the records, services, reports and screens of a country office."""

from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("workbench")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
