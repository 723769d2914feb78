"""Reading the store (quotebook/store/reads.py): full-text searches, quote filters, speaker listings."""
import pytest

from quotebook.store import BadQuery, fts_query


def test_search_words_with_signs_are_quoted_and_operators_kept():
    assert fts_query("covid-19") == '"covid-19"'
    assert fts_query('"bantuan sosial" OR bansos*') == '"bantuan sosial" OR bansos*'
    assert fts_query("(Ma'ruf AND amin)") == '("Ma\'ruf" AND amin)'


@pytest.mark.parametrize("bad", ['"unbalanced', "   ", 'a " b'])
def test_unusable_searches_raise_bad_query(bad):
    with pytest.raises(BadQuery):
        fts_query(bad)



def test_quote_filters(filled):
    def texts(**kw):
        return [q["quote"] for q in filled.quotes(**kw)]

    assert texts() == ["Kuota covid-19 ditambah", "Tanpa nama", "Harga cabai naik lagi", "Pekerja rentan harus terlindungi"]
    assert texts(search="covid-19") == ["Kuota covid-19 ditambah"]
    assert texts(search="cabai OR rentan") == ["Harga cabai naik lagi", "Pekerja rentan harus terlindungi"]
    assert texts(since="2022", until="2022-12") == ["Harga cabai naik lagi"]
    assert texts(until="2021-10-05") == ["Pekerja rentan harus terlindungi"]
    assert texts(source="tempo") == texts(source="tempo.co") == ["Harga cabai naik lagi"]
    assert texts(limit=1) == ["Kuota covid-19 ditambah"]
    row = next(filled.quotes(speaker="Budi Santoso"))
    assert (row["speaker"], row["title"], row["outlet"], row["date"]) == ("Budi Santoso", "Kepala Dinas", "ANTARA", "2023-06-12")
    with pytest.raises(BadQuery):
        filled.quotes(search="(cabai")


def test_speakers_listing_and_search(filled):
    assert [(s["name"], s["quotes"]) for s in filled.speakers()] == [("Budi Hartono", 1), ("Budi Santoso", 1), ("Ma'ruf Amin", 1)]
    assert [s["name"] for s in filled.speakers(search="budi")] == ["Budi Hartono", "Budi Santoso"]
    assert [s["name"] for s in filled.speakers(search="maruf am")] == ["Ma'ruf Amin"]
    assert len(list(filled.speakers(limit=2))) == 2


def test_every_plan_of_a_search_gives_what_sorting_all_its_matches_gives(store, monkeypatch):
    """A rare word's hits are sorted by date; a common word's quotes are read newest first until
    the limit, tested against its hits or, for a very common word, each looked up in the
    full-text index. The rows (and their order: newest first, an article's own in reading order)
    are the same whichever plan is taken."""
    from conftest import quote, record, write

    from quotebook.store import reads

    articles = []
    for n in range(12):
        date = f"2024-0{1 + n % 3}-1{n % 4}"
        said = [quote(f"Harga beras di pasar {n} naik", "Rina Lubis"), quote(f"Stok gudang {n} aman", "Agus Pohan"),
                quote(f"Harga cabai {n} turun lagi", "Rina Lubis")]
        articles.append((record(f"a{n}", f"Teks {n}.", date=date, outlet=["Kompas", "Tempo"][n % 2]), said))
    write(store, *articles)
    plans = {"hits": (10**6, 10), "newest": (2, 1), "newest, each": (2, 10**6)}  # plan: (COMMON, EACH_SHARE)
    for search, since, source in (("harga", None, None), ("harga", "2024-02", None), ("harga cabai", None, "tempo")):
        for limit in (1, 5, 30):
            found = {}
            for plan, (common, each_share) in plans.items():
                monkeypatch.setattr(reads, "COMMON", common)
                monkeypatch.setattr(reads, "EACH_SHARE", each_share)
                assert store._search_plan(search, speaker=None, limit=limit) == plan
                found[plan] = [q["id"] for q in store.quotes(search=search, since=since, source=source, limit=limit)]
            assert found["hits"], (search, since, source, limit)
            assert found["hits"] == found["newest"] == found["newest, each"], (search, since, source, limit)
