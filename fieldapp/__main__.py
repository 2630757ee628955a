"""`python -m fieldapp` runs the command-line interface."""

from __future__ import annotations

import sys

from fieldapp.cli import main

sys.exit(main())
