"""The PySide6 user interface. Talks to services only: no SQL, no ReportLab, no file formats."""
