"""A unit's bulk download (``/jst/<teryt>/dane.csv`` and ``.xlsx``): all indicators × all
years, each row with its metadata, demonstration values marked in every row."""

import io
import zipfile

import polars as pl

COLUMNS = [
    "kod_teryt",
    "nazwa",
    "rodzaj",
    "obszar",
    "usluga",
    "wskaznik",
    "nazwa_wskaznika",
    "rok",
    "wartosc",
    "jednostka",
    "status",
    "jakosc",
    "pochodzenie",
    "zrodlo",
    "data_importu",
    "pozycja",
    "liczba_jednostek",
]


def test_csv_holds_every_indicator_and_year_with_metadata(client, repository):
    response = client.get("/jst/0201011/dane.csv")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert "0201011_wszystkie_wskazniki.csv" in response.headers["Content-Disposition"]
    frame = pl.read_csv(io.BytesIO(response.data), schema_overrides={"kod_teryt": pl.String})
    assert frame.columns == COLUMNS
    assert set(frame["kod_teryt"]) == {"0201011"}  # the leading zero kept
    gmina_indicators = {i.id for i in repository.indicators if "gmina" in i.levels}
    assert set(frame["wskaznik"]) == gmina_indicators
    assert frame["rok"].n_unique() > 5
    demo = frame.filter(pl.col("pochodzenie") == "dane demonstracyjne (wygenerowane)")
    real = frame.filter(pl.col("pochodzenie") == "dane rzeczywiste")
    assert demo.height and real.height
    assert demo["zrodlo"].str.starts_with("Dane demonstracyjne").all()
    income = real.filter(pl.col("wskaznik") == "dochody-wlasne-na-mieszkanca")
    assert income["jednostka"][0] == "zł" and income["obszar"][0]
    # Rounded to the indicator's precision, not float noise.
    decimals = repository.indicator("dochody-wlasne-na-mieszkanca").decimals
    values = income["wartosc"].drop_nulls()
    assert (values.round(decimals) == values).all()


def test_xlsx_has_data_and_metadata_sheets(client):
    response = client.get("/jst/0201011/dane.xlsx")
    assert response.status_code == 200
    book = zipfile.ZipFile(io.BytesIO(response.data))
    workbook = book.read("xl/workbook.xml").decode()
    assert 'name="dane"' in workbook and 'name="metadane"' in workbook
    strings = book.read("xl/sharedStrings.xml").decode()
    assert "UWAGA" in strings and "dane demonstracyjne" in strings
    assert "wskaźnik: dochody-wlasne-na-mieszkanca" in strings


def test_unknown_unit_answers_a_polish_404(client):
    response = client.get("/jst/9999999/dane.csv")
    assert response.status_code == 404
    assert response.mimetype == "text/html"
    assert "9999999" in response.get_data(as_text=True)
    assert "Nie ma jednostki o kodzie „9999999”" in response.get_data(as_text=True)
    assert client.get("/jst/0201011/dane.pdf").status_code == 404


def test_profile_links_the_downloads(client):
    from pages.profile import layout

    text = str(layout(teryt="0201011"))
    assert "/jst/0201011/dane.csv" in text and "/jst/0201011/dane.xlsx" in text
