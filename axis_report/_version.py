"""The package version, kept apart so any module can read it without importing the package face."""

__version__ = "0.2.0"
