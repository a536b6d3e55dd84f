"""The terminal reader for English learners: the Textual app and the command line."""

__version__ = "0.1.0"
