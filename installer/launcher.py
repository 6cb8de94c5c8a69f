"""Entry point of the frozen program: the same command line as the `workbench` script."""

import sys

from workbench.cli import main

if __name__ == "__main__":
    sys.exit(main())
