import sys

from hiptrainer.cli import run

sys.exit(run())
