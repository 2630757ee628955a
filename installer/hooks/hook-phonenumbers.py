"""PyInstaller hook for phonenumbers, replacing the contrib hook that collects every submodule.

fieldapp only parses, validates and formats numbers (phonenumbers.data holds the metadata, loaded
by module name, hence the hidden imports); the geocoder, carrier and time-zone data (~20 MB of
Python) are left out.
"""

from PyInstaller.utils.hooks import collect_submodules

_UNUSED = ("phonenumbers.geo", "phonenumbers.carrier", "phonenumbers.timezone", "phonenumbers.tz")

hiddenimports = collect_submodules("phonenumbers", filter=lambda name: not name.startswith(_UNUSED))
