import multiprocessing
import sys

from repatriate.app import main

if __name__ == "__main__":
    # Before anything else: a frozen program's worker processes start here too.
    multiprocessing.freeze_support()
    sys.exit(main())
