"""Errors a user can cause, reported as one plain line (exit status 2)."""


class UserError(Exception):
    """Something the user asked for cannot be done; the message says why and what to do."""
