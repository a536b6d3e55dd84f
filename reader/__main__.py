from reader.cli import main

# Guarded: the engine's child process ("spawn") imports the parent's main module.
if __name__ == "__main__":
    raise SystemExit(main())
