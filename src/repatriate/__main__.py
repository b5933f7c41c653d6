import sys

from repatriate.app import main

if __name__ == "__main__":
    sys.exit(main())
