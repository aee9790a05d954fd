"""English names of units of measure and of population size classes, which lie outside the
interface messages (the English messages are in ``translations/en/LC_MESSAGES/messages.po``)."""

from __future__ import annotations

# Units of measure used outside the indicator catalogue (whose units have their English twin in
# the catalogue files: ``Indicator.unit_en``).
UNITS_EN: dict[str, str] = {
    "zł": "PLN",
    "osoby": "persons",
    # Profile key facts.
    "os./km²": "persons/km²",
    # Context variables of comparison groups (data_access.peers).
    "os.": "persons",
    "na 100": "per 100",
}

# Population size classes of the administrative comparison groups (``peers.SIZE_CLASSES``,
# whose Polish labels are the data); the lower bound belongs to the class.
SIZE_CLASSES_EN: dict[str, str] = {
    "do 5 tys.": "under 5,000",
    "5–10 tys.": "5,000–10,000",
    "10–20 tys.": "10,000–20,000",
    "20–50 tys.": "20,000–50,000",
    "50–100 tys.": "50,000–100,000",
    "100 tys. i więcej": "100,000 and more",
    "do 60 tys.": "under 60,000",
    "60–100 tys.": "60,000–100,000",
    "100–150 tys.": "100,000–150,000",
    "150 tys. i więcej": "150,000 and more",
    "do 100 tys.": "under 100,000",
    "100–250 tys.": "100,000–250,000",
    "250 tys. i więcej": "250,000 and more",
    "do 1,5 mln": "under 1.5 million",
    "1,5–2,5 mln": "1.5–2.5 million",
    "2,5 mln i więcej": "2.5 million and more",
}
