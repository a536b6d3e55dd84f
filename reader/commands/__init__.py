"""Sub-commands of ``reader``; each module has ``register(subparsers)``."""
