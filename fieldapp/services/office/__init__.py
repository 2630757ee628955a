"""The office's use cases: bundle import (trust, record checks, merge, report), trusted
devices, office keys, the people registry with its follow-ups and clerk decisions, and the
registry's exports."""
