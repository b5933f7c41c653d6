"""The frozen program's entry point: the same `main` as the `repatriate` command."""

import sys

from repatriate.app import main

sys.exit(main())
