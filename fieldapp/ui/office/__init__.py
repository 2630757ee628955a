"""The sync and chamber-office screens: settings and enrolment, bundle export, receipts,
bundle import, the merged registry of people, follow-up and possible duplicates."""
