"""Loading and validating the catalogue files (``data_access.catalogue.load_catalogue``): each
mistake is refused with a message that names the file, the entry and the key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from config import PROJECT_ROOT
from data_access.catalogue import CatalogueError, load_catalogue
from data_access.catalogue_model import Provenance

CATALOGUE = PROJECT_ROOT / "catalogue"


@pytest.fixture
def catalogue_dir(tmp_path: Path) -> Path:
    target = tmp_path / "catalogue"
    shutil.copytree(CATALOGUE, target)
    return target


def edit(directory: Path, file: str, old: str, new: str) -> None:
    path = directory / file
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def refused(directory: Path) -> str:
    with pytest.raises(CatalogueError) as error:
        load_catalogue(directory)
    return str(error.value)


def test_the_shipped_catalogue_loads():
    catalogue = load_catalogue(CATALOGUE)
    assert [a.id for a in catalogue.areas][:2] == ["edukacja", "polityka-spoleczna"]
    assert len(catalogue.indicators) >= 130
    assert catalogue.files["ludnosc"] == "kontekst.toml"


def test_demo_texts_are_composed_from_the_shared_ones():
    catalogue = load_catalogue(CATALOGUE)
    demo = next(i for i in catalogue.indicators if i.id == "biblioteki-ksiegozbior-na-1000")
    assert demo.provenance == Provenance.DEMO
    assert demo.caveats.startswith(catalogue.demo.caveat + " Selekcja")
    assert (
        demo.source
        == catalogue.demo.source_prefix + "GUS BDL, biblioteki publiczne (sprawozdanie K-03)"
    )
    assert demo.source_en.startswith("Demonstration data (generated), modelled on: GUS BDL")
    assert "demo" in demo.tags


def test_unknown_key(catalogue_dir):
    edit(
        catalogue_dir,
        "kultura.toml",
        'id = "biblioteki-ksiegozbior-na-1000"\n',
        'id = "biblioteki-ksiegozbior-na-1000"\nkolor = "czerwony"\n',
    )
    assert refused(catalogue_dir) == (
        "kultura.toml: indicator 'biblioteki-ksiegozbior-na-1000': unknown key 'kolor'"
    )


def test_missing_english_text(catalogue_dir):
    edit(
        catalogue_dir,
        "kultura.toml",
        'definition_en = "Volumes in public libraries and their branches per 1,000 residents."\n',
        "",
    )
    assert refused(catalogue_dir) == (
        "kultura.toml: indicator 'biblioteki-ksiegozbior-na-1000': "
        "missing English text 'definition_en'"
    )


def test_english_without_polish(catalogue_dir):
    edit(
        catalogue_dir,
        "kultura.toml",
        'id = "biblioteki-ksiegozbior-na-1000"\n',
        'id = "biblioteki-ksiegozbior-na-1000"\nbreaks_en = "A break."\n',
    )
    assert "'breaks_en' has no Polish text 'breaks'" in refused(catalogue_dir)


def test_duplicate_indicator_id_names_both_files(catalogue_dir):
    edit(
        catalogue_dir, "edukacja.toml", 'id = "przedszkola-miejsca-na-100-dzieci"', 'id = "ludnosc"'
    )
    message = refused(catalogue_dir)
    assert message.startswith("kontekst.toml: indicator 'ludnosc': duplicate id")
    assert "edukacja.toml" in message


def test_duplicate_service_and_area(catalogue_dir):
    edit(catalogue_dir, "kontekst.toml", 'id = "demografia"', 'id = "biblioteki-publiczne"')
    assert refused(catalogue_dir) == (
        "kontekst.toml: service 'biblioteki-publiczne': duplicate id (also in kultura.toml)"
    )
    edit(catalogue_dir, "kontekst.toml", 'id = "biblioteki-publiczne"', 'id = "demografia"')
    edit(catalogue_dir, "catalogue.toml", '"kontekst"]', '"kontekst", "kultura"]')
    assert (
        refused(catalogue_dir)
        == "kultura.toml: area 'kultura': duplicate id (also in kultura.toml)"
    )


def test_unknown_service(catalogue_dir):
    edit(catalogue_dir, "kultura.toml", 'service = "biblioteki-publiczne"', 'service = "kino"')
    assert refused(catalogue_dir) == (
        "kultura.toml: indicator 'biblioteki-ksiegozbior-na-1000': unknown service 'kino'"
    )


def test_area_file_not_listed_and_area_listed_without_file(catalogue_dir):
    shutil.copy(catalogue_dir / "kultura.toml", catalogue_dir / "kultura2.toml")
    assert refused(catalogue_dir) == "kultura2.toml: not listed in catalogue.toml 'areas'"
    (catalogue_dir / "kultura2.toml").unlink()
    (catalogue_dir / "kultura.toml").unlink()
    assert refused(catalogue_dir) == (
        "catalogue.toml: area 'kultura': file kultura.toml is missing"
    )


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            'dimension = "ilosc"',
            'dimension = "ilość"',
            "dimension 'ilość' is not one of: ilosc, jakosc, dostepnosc, efektywnosc, kontekst",
        ),
        (
            'polarity = "neutralny"',
            'polarity = "lepiej"',
            "polarity 'lepiej' is not one of: wyzej_lepiej, nizej_lepiej, neutralny",
        ),
        ('unit = "woluminy na 1000 mieszkańców"', 'unit = " "', "'unit' is empty"),
        ('unit = "woluminy na 1000 mieszkańców"', "unit = 5", "'unit' must be text"),
        ("decimals = 0", "decimals = 9", "'decimals' must be a whole number 0–6"),
        ("multiplier = 1000.0", "multiplier = -1", "'multiplier' must be a positive number"),
        ('provenance = "demo"', 'provenance = "made-up"', "provenance 'made-up' is not one of"),
    ],
)
def test_bad_values(catalogue_dir, old, new, message):
    edit(catalogue_dir, "kultura.toml", old, new)
    text = refused(catalogue_dir)
    assert text.startswith("kultura.toml: indicator 'biblioteki-ksiegozbior-na-1000': ")
    assert message in text


def test_an_indicator_without_real_source_is_refused(catalogue_dir):
    path = catalogue_dir / "kultura.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("[indicators.real_source]\n")  # that of the first indicator of the file
    end = text.index("\n\n", start) + 2
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    assert refused(catalogue_dir) == (
        "kultura.toml: indicator 'biblioteki-ksiegozbior-na-1000': "
        "missing real_source (BDL ids, SMUP ids or a url)"
    )


def test_every_shipped_indicator_names_its_real_source():
    catalogue = load_catalogue(CATALOGUE)
    demo = [i for i in catalogue.indicators if i.provenance == Provenance.DEMO]
    assert demo
    assert not [i.id for i in demo if i.real_source.is_empty]
    # Not only demonstration ones: a real indicator names the variables its values are.
    real = [i for i in catalogue.indicators if i.provenance == Provenance.REAL]
    assert not [i.id for i in real if not (i.real_source.bdl_numerator or i.real_source.url)]
    ludnosc = next(i for i in real if i.id == "ludnosc")
    assert ludnosc.real_source.bdl_numerator == ("72305",)


def test_ids_of_the_shipped_real_sources_are_digit_strings():
    catalogue = load_catalogue(CATALOGUE)
    ids = [
        bdl_id
        for indicator in catalogue.indicators
        for bdl_id in (*indicator.real_source.bdl_numerator, *indicator.real_source.bdl_denominator)
    ]
    assert ids
    assert all(isinstance(i, str) and i.isascii() and i.isdigit() for i in ids)
    urls = [i.real_source.url for i in catalogue.indicators if i.real_source.url]
    assert all(url.startswith(("https://", "http://")) for url in urls)


def test_malformed_toml(catalogue_dir):
    (catalogue_dir / "kultura.toml").write_text("[area\nid = ", encoding="utf-8")
    assert refused(catalogue_dir).startswith("kultura.toml: cannot read: ")


def test_a_formula_naming_a_component_no_source_provides():
    catalogue = load_catalogue(CATALOGUE)
    provided = catalogue.components() - {"demo_library_volumes"}
    with pytest.raises(CatalogueError) as error:
        catalogue.check_components(provided)
    assert str(error.value) == (
        "kultura.toml: indicator 'biblioteki-ksiegozbior-na-1000': numerator "
        "'demo_library_volumes' is not provided by any source"
    )
    catalogue.check_components(catalogue.components())


MINIMAL_AREA = """
[area]
id = "kultura"
name = "Kultura"
name_en = "Culture"
description = "Biblioteki."
description_en = "Libraries."

[[services]]
id = "biblioteki"
name = "Biblioteki"
name_en = "Libraries"
description = "Biblioteki publiczne."
description_en = "Public libraries."

[[indicators]]
id = "czytelnicy"
service = "biblioteki"
name = "Czytelnicy na 1000 mieszkańców"
name_en = "Readers per 1,000 residents"
provenance = "real"
dimension = "dostepnosc"
polarity = "wyzej_lepiej"
unit = "osoby na 1000 mieszkańców"
unit_en = "persons per 1,000 residents"
decimals = 0
multiplier = 1000
numerator = "library_readers"
numerator_label = "czytelnicy"
numerator_label_en = "readers"
denominator = "pop_total"
denominator_label = "ludność"
denominator_label_en = "population"
definition = "Czytelnicy na 1000 mieszkańców."
definition_en = "Readers per 1,000 residents."
source = "GUS BDL"
source_en = "GUS BDL"
levels = ["gmina", "kraj"]

[indicators.real_source]
bdl_numerator = [1234, "5678"]
bdl_denominator = [72305]
url = "https://bdl.stat.gov.pl"
note = "Do sprawdzenia."
note_en = "To check."
"""


def minimal_catalogue(directory: Path, area: str = MINIMAL_AREA) -> Path:
    (directory / "catalogue.toml").write_text(
        (CATALOGUE / "catalogue.toml").read_text(encoding="utf-8").split("areas =")[0]
        + 'areas = ["kultura"]\n[demo]\ncaveat = "D."\ncaveat_en = "D."\n'
        + 'source_prefix = "D: "\nsource_prefix_en = "D: "\n',
        encoding="utf-8",
    )
    (directory / "kultura.toml").write_text(area, encoding="utf-8")
    return directory


def test_a_minimal_catalogue_with_its_real_source(tmp_path):
    (indicator,) = load_catalogue(minimal_catalogue(tmp_path)).indicators
    assert indicator.real_source.bdl_numerator == ("1234", "5678")
    assert indicator.real_source.bdl_denominator == ("72305",)
    assert indicator.real_source.note_en == "To check."
    assert indicator.levels == ("kraj", "gmina")  # in the catalogue's order of levels
    assert indicator.multiplier == 1000.0 and indicator.formula.endswith("× 1000")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            'bdl_numerator = [1234, "5678"]',
            "bdl_numerator = 1234",
            "real_source: 'bdl_numerator' must be a list of ids",
        ),
        ('url = "https://bdl.stat.gov.pl"', 'adres = "x"', "real_source: unknown key 'adres'"),
        ('note_en = "To check."', "", "real_source: missing English text 'note_en'"),
        ('levels = ["gmina", "kraj"]', 'levels = ["miasto"]', "'levels' must be some of"),
        ('denominator = "pop_total"', "", "'denominator' and 'denominator_label' go together"),
        (
            "bdl_denominator = [72305]",
            'bdl_denominator = ["P2137"]',
            "real_source: 'bdl_denominator': BDL id 'P2137' is not a number",
        ),
        (
            'url = "https://bdl.stat.gov.pl"',
            'url = "javascript:alert(1)"',
            "real_source: 'url' must start with https:// or http://",
        ),
    ],
)
def test_bad_real_source_and_formula(tmp_path, old, new, message):
    assert old in MINIMAL_AREA
    with pytest.raises(CatalogueError) as error:
        load_catalogue(minimal_catalogue(tmp_path, MINIMAL_AREA.replace(old, new)))
    assert str(error.value).startswith("kultura.toml: indicator 'czytelnicy': ")
    assert message in str(error.value)


@pytest.mark.parametrize(
    "real_source",
    [
        "",  # no table at all
        '[indicators.real_source]\nbdl_denominator = [72305]\nnote = "X."\nnote_en = "X."\n',
        '[indicators.real_source]\nurl = " "\n',
    ],
)
def test_real_source_is_required_with_bdl_ids_smup_ids_or_a_url(tmp_path, real_source):
    area = MINIMAL_AREA.split("[indicators.real_source]")[0] + real_source
    with pytest.raises(CatalogueError) as error:
        load_catalogue(minimal_catalogue(tmp_path, area))
    assert str(error.value) == (
        "kultura.toml: indicator 'czytelnicy': missing real_source (BDL ids, SMUP ids or a url)"
    )


@pytest.mark.parametrize(
    "real_source",
    [
        'bdl_numerator = ["1234"]',
        'smup = ["101"]',
        'url = "https://cke.gov.pl"',
    ],
)
def test_any_one_of_bdl_numerator_smup_or_url_is_enough(tmp_path, real_source):
    area = MINIMAL_AREA.split("[indicators.real_source]")[0]
    area += f"[indicators.real_source]\n{real_source}\n"
    (indicator,) = load_catalogue(minimal_catalogue(tmp_path, area)).indicators
    assert not indicator.real_source.is_empty
