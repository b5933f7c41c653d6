import sys

from repatriate.app import main

sys.exit(main())
