"""Identity end to end: invented articles in the shape of real ones, through extraction, ingest and the commands."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotebook.cli import cli

# One minister across outlets and cue forms (`kata Risma`, `ujar Mensos Risma`), a
# president whose nickname one article spells out (no title with it: the stated
# link joins it to the full name another article quotes), the same quote from two outlets,
# and people who only share a name part: a parking attendant and a minister called
# Budi, two traders called Yanto in different towns.
ARTICLES = [
    {"id": "x1", "outlet": "ANTARA", "text": "JAKARTA (ANTARA) - Menteri Sosial Tri Rismaharini meminta pemerintah daerah memperbarui data penerima bantuan.\n\n\"Bantuan harus tepat sasaran, jangan sampai ada yang terlewat,\" kata Risma di Jakarta, Senin.\n"},
    {"id": "x2", "outlet": "Radar Surabaya", "text": "SURABAYA - Mensos Risma meninjau dapur umum di Kecamatan Rungkut.\n\n\"Kami akan turun langsung ke lapangan setiap hari,\" ujar Mensos Risma.\n"},
    {"id": "x3", "outlet": "Kompas", "text": "JAKARTA, KOMPAS.com - Presiden Joko Widodo (Jokowi) meresmikan bendungan di Kupang.\n\n\"Bendungan ini untuk petani,\" kata Jokowi.\n"},
    {"id": "x10", "outlet": "Tempo", "text": "JAKARTA - Joko Widodo menerima tamu di Solo.\n\n\"Silakan masuk,\" kata Joko Widodo.\n"},
    {"id": "x4", "outlet": "Detik", "text": "Jokowi menjawab pertanyaan wartawan di Istana.\n\n\"Saya belum menerima laporannya,\" ujar Jokowi.\n"},
    {"id": "x5", "outlet": "Kompas", "text": "BOGOR, KOMPAS.com - Pedagang sayur di Pasar Bogor, Yanto, mengeluhkan harga cabai.\n\n\"Harga cabai naik terus sejak minggu lalu,\" kata Yanto.\n"},
    {"id": "x6", "outlet": "Tribun", "text": "KUDUS - Yanto, pedagang ikan di Pasar Kliwon Kudus, mengatakan pembeli sepi.\n\n\"Pembeli sepi sekali hari ini,\" kata Yanto.\n"},
    {"id": "x7", "outlet": "Kompas", "text": "JAKARTA, KOMPAS.com - Budi, juru parkir di Pasar Minggu, mengaku pendapatannya turun.\n\n\"Sekarang sepi, mobil jarang datang,\" kata Budi.\n"},
    {"id": "x8", "outlet": "ANTARA", "text": "JAKARTA (ANTARA) - Menteri Kesehatan Budi Gunadi Sadikin mengatakan vaksin tiba pekan depan.\n\n\"Vaksin akan tiba pekan depan,\" kata Budi.\n"},
    {"id": "x9", "outlet": "Radar Bogor", "text": "JAKARTA - Menteri Kesehatan Budi Gunadi Sadikin mengatakan vaksin tiba pekan depan.\n\n\"Vaksin akan tiba pekan depan,\" kata Budi.\n"}
]


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def ingested(tmp_path, articles):
    """A database of the articles (dicts), ingested as one JSON Lines file."""
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in articles))
    db = tmp_path / "q.db"
    assert run("ingest", path, "--jobs", 1, "--db", db).exit_code == 0
    return db


@pytest.fixture
def db(tmp_path):
    return ingested(tmp_path, ARTICLES)


def speakers(db):
    return sorted((s["name"], s["quotes"]) for s in json.loads(run("speakers", "--json", "--db", db).stdout))


def test_one_person_across_outlets_and_cue_forms_and_namesakes_apart(db):
    assert speakers(db) == [
        ("Budi", 1), ("Budi Gunadi Sadikin", 1), ("Joko Widodo", 3), ("Tri Rismaharini", 2), ("Yanto", 1), ("Yanto", 1),
    ]


def test_quotes_group_one_statement_published_twice(db):
    rows = json.loads(run("quotes", "--group", "--speaker", "Budi Gunadi Sadikin", "--json", "--db", db).stdout)
    assert [(r["outlets"], r["copies"]) for r in rows] == [("ANTARA; Radar Bogor", 2)]
    assert len(json.loads(run("quotes", "--speaker", "Budi Gunadi Sadikin", "--json", "--db", db).stdout)) == 2


def test_speaker_name_ranking_on_the_command_line(db):
    taken = run("quotes", "--speaker", "risma", "--db", db)
    assert taken.exit_code == 0 and "Tri Rismaharini" in taken.stdout
    jokowi = run("quotes", "--speaker", "Jokowi", "--json", "--db", db)
    assert {r["speaker"] for r in json.loads(jokowi.stdout)} == {"Joko Widodo"}
    missing = run("quotes", "--speaker", "Tri Rismahrini", "--db", db)
    assert missing.exit_code == 1
    assert "the closest: Tri Rismaharini (2)" in missing.stderr
    one_word = run("quotes", "--speaker", "rismahrani", "--db", db)  # (one word mistyped: near one word of the name)
    assert one_word.exit_code == 1 and "the closest: Tri Rismaharini (2)" in one_word.stderr
    both = run("quotes", "--speaker", "Yanto", "--db", db)
    assert both.exit_code == 1 and "say which one" in both.stderr


def test_suggest_merge_undo_and_unmerge_on_the_command_line(db):
    suggested = run("speakers", "--suggest", "--json", "--db", db)
    assert suggested.exit_code == 0
    assert json.loads(suggested.stdout) == []  # Budi and the minister are different people: nothing to suggest
    merged = run("merge", "Budi Gunadi Sadikin", "Budi", "--db", db)
    assert merged.stdout.startswith("Merged Budi into Budi Gunadi Sadikin: moved 1 quote")
    assert ("Budi", 1) not in speakers(db)
    undone = run("undo", "--db", db)
    assert undone.stdout == "Undid the merge of Budi into Budi Gunadi Sadikin: they are two speakers again.\n"
    assert ("Budi", 1) in speakers(db)
    split = run("unmerge", "Mensos Risma", "--db", db)
    assert split.exit_code == 0, split.output
    assert ("Risma", 1) in speakers(db) and ("Tri Rismaharini", 1) in speakers(db)
    profile = run("speaker", "Tri Rismaharini", "--db", db)
    assert "Joined" not in profile.stdout
    assert run("undo", "--db", db).exit_code == 0
    assert ("Tri Rismaharini", 2) in speakers(db)


def test_a_dominant_speaker_is_taken_and_stderr_says_who_else_matched(tmp_path):
    articles = [
        {"id": f"m{n}", "text": f"JAKARTA - Gubernur Anies Baswedan meninjau banjir di wilayah {n}.\n\n"
                                f"\"Pompa nomor {n} sudah bekerja,\" kata Anies Baswedan.\n"}
        for n in range(4)
    ] + [{"id": "g", "text": "JAKARTA - Ketua Umum Partai Gelora Anies Matta berpidato.\n\n"
                             "\"Kami siap berkoalisi,\" kata Anies Matta.\n"}]
    db = ingested(tmp_path, articles)
    taken = run("quotes", "--speaker", "anies", "--json", "--db", db)
    assert {r["speaker"] for r in json.loads(taken.stdout)} == {"Anies Baswedan"}
    assert taken.stderr == 'Note: "anies" is taken as Anies Baswedan (4 quotes); it also matches Anies Matta (1)\n'
    # Two letters open too many names to take the one quoted most: quotebook asks.
    asked = run("quotes", "--speaker", "an", "--json", "--db", db)
    assert asked.exit_code != 0 and asked.stdout == ""
    assert asked.stderr.startswith('Error: "an" matches 2 speakers; say which one:')


SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
DEV_SETS = [SHARED / f"{name}-dev.jsonl" for name in ("pfsa", "web", "news")]


@pytest.mark.skipif(not all(p.exists() for p in DEV_SETS), reason="needs ../shared/eval")
def test_the_development_sets_give_one_speaker_a_person_and_no_role_in_a_name(tmp_path):
    from quotebook import lexicon
    from quotebook.names import abbreviations, fold

    db = tmp_path / "dev.db"
    sample = Path(__file__).resolve().parents[1] / "data" / "sample"
    assert run("ingest", *DEV_SETS, sample, "--jobs", 1, "--db", db).exit_code == 0
    for name, forms in {
        "Tri Rismaharini": ("risma", "mensos risma", "tri rismaharini"),
        "Sri Mulyani Indrawati": ("sri mulyani", "sri mulyani indrawati"),
        "Joko Widodo": ("jokowi", "joko widodo"),
        "Ma'ruf Amin": ("ma'ruf amin", "kh ma'ruf amin"),
    }.items():
        found = [s for form in forms for s in json.loads(run("speakers", "--search", form, "--json", "--db", db).stdout)]
        names = {s["name"] for s in found}
        assert name in names and not names & {"Mensos Risma", "Mensos Tri Rismaharini"}
        # A short form apart from the full name only where nothing ties them: a one-word name with
        # no office (the sample's `ujar Jokowi` with no title anywhere in its article) joins no one.
        apart = {s["name"] for s in found if s["name"] in {"Risma", "Sri Mulyani", "Jokowi"}}
        assert all(s["latest_title"] is None and len(s["name"].split()) == 1 for s in found if s["name"] in apart)
    roles = set(lexicon.words("offices")) | set(abbreviations()) | {
        "".join(fold(entry)) for entry in lexicon.entries("ranks") + lexicon.entries("honorifics")
    }
    names = [s["name"] for s in json.loads(run("speakers", "--json", "--db", db).stdout)]
    assert [n for n in names if "".join(fold(n.split()[0])) in roles] == []


def test_a_nickname_an_article_states_finds_the_speaker_it_names(tmp_path):
    # The quote is stored under the full name (`kata Bamsur` resolves to it); the nickname
    # the article states in parentheses still finds him, though no speaker goes by it.
    text = (
        "JAKARTA - Anggota DPR RI Bambang Soekatmo (Bamsoet) menegaskan pentingnya pembenahan partai.\n\n"
        '"Partai harus berbenah," kata Bamsoet.\n'
    )
    db = ingested(tmp_path, [{"id": "n1", "outlet": "Detik", "text": text}])
    found = run("quotes", "--speaker", "bamsoet", "--json", "--db", db)
    assert found.exit_code == 0, found.stderr
    assert {r["speaker"] for r in json.loads(found.stdout)} == {"Bambang Soekatmo"}


def test_undoing_a_rename_after_a_merge_of_the_renamed_and_its_undo_renames_the_right_speaker(db):
    # (a state-machine test found it: the merge moved the rename's record to the speaker it kept,
    # and undoing the rename after undoing the merge renamed that one, making two speakers of one name)
    assert run("rename", "Budi Gunadi Sadikin", "Budi Gunadi Sadikin", "--db", db).exit_code == 0
    assert run("merge", "Tri Rismaharini", "Budi Gunadi Sadikin", "--db", db).exit_code == 0
    assert run("undo", "--db", db).exit_code == 0
    assert run("undo", "--db", db).stdout == "Undid the rename: Budi Gunadi Sadikin is Budi Gunadi Sadikin again.\n"
    names = [name for name, _ in speakers(db)]
    assert names.count("Budi Gunadi Sadikin") == 1 and "Tri Rismaharini" in names


def test_a_profile_counts_an_outlets_copies_of_a_statement_once(tmp_path):
    """Two articles of one outlet with the same quote (a story published twice): the
    profile's outlets and latest quotes count and show the statement once, as its
    quote count does."""
    said = 'JAKARTA - Menteri Keuangan Purbaya Yudhi Sadewa menilai ekonomi membaik.\n\n"Pertumbuhan kita kuat," kata Purbaya.\n'
    db = ingested(tmp_path, [{"id": f"d{n}", "outlet": "detikNews", "text": said + "x" * n} for n in (1, 2)])
    (profile,) = json.loads(run("speaker", "Purbaya", "--json", "--db", db).stdout)
    assert profile["quotes"] == 1
    assert [(o["outlet"], o["quotes"]) for o in profile["outlets"]] == [("detikNews", 1)]
    assert [q["quote"] for q in profile["latest_quotes"]] == ["Pertumbuhan kita kuat,"]
    assert len(json.loads(run("quotes", "--speaker", "Purbaya", "--json", "--db", db).stdout)) == 2


def test_a_pasted_page_is_no_name_and_is_not_echoed_whole(db):
    page = "Menteri Kesehatan mengatakan vaksin tiba pekan depan. " * 2000
    result = run("quotes", "--speaker", page, "--db", db)
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert line.startswith(f'Error: no speaker in {db} matches "Menteri Kesehatan') and len(line) < 200, line[:300]
    result = run("rename", "Budi Gunadi Sadikin", page, "--db", db)
    assert result.exit_code == 1
    assert result.stderr == f"Error: the new name is {len(page):,} characters long; a speaker's name has at most 200\n"
    assert "Budi Gunadi Sadikin" in [name for name, _ in speakers(db)]


def test_a_short_name_that_is_one_speakers_own_names_the_fuller_names_that_hold_it(tmp_path):
    # `Prabowo` alone in one article, `Presiden Prabowo Subianto` in another: the store keeps two
    # speakers (it cannot tell they are one person); asking for `prabowo` must not hide the other
    db = ingested(tmp_path, [
        {"id": "a1", "outlet": "Kompas.com", "text": 'JAKARTA - Rapat kabinet digelar di Istana pada Senin.\n\n"Kita harus bekerja lebih cepat," kata Prabowo.\n'},
        {"id": "a2", "outlet": "detikNews", "text": 'JAKARTA - Presiden Prabowo Subianto meresmikan jembatan baru.\n\n"Jembatan ini untuk rakyat," kata Prabowo.\n'},
    ])
    assert speakers(db) == [("Prabowo", 1), ("Prabowo Subianto", 1)]
    result = run("quotes", "--speaker", "prabowo", "--nl", "--db", db)
    assert [json.loads(line)["speaker"] for line in result.stdout.splitlines()] == ["Prabowo"]
    assert result.stderr == (
        'Note: "prabowo" is the speaker Prabowo; other speakers\' names hold it too: Prabowo Subianto (1). '
        'If one is the same person: quotebook merge "Prabowo Subianto" "Prabowo"\n'
    )
    assert run("quotes", "--speaker", "Prabowo Subianto", "--nl", "--db", db).stderr == ""


def test_a_merge_says_which_moved_quotes_the_speaker_had_already(tmp_path):
    # A count is of statements: the same words from another outlet count once, so 1 + 1 is 1.
    db = ingested(tmp_path, [
        {"id": "a1", "text": 'JAKARTA - Menteri Kesehatan Budi Gunadi Sadikin meninjau rumah sakit.\n\n"Layanan harus cepat," kata Budi Gunadi Sadikin.\n'},
        {"id": "a2", "text": 'JAKARTA - Rapat digelar di Istana pada Senin.\n\n"Layanan harus cepat," kata Budi.\n'},
    ])
    assert speakers(db) == [("Budi", 1), ("Budi Gunadi Sadikin", 1)]
    merged = run("merge", "Budi Gunadi Sadikin", "Budi", "--db", db)
    assert merged.stdout == (
        "Merged Budi into Budi Gunadi Sadikin: moved 1 quote; Budi Gunadi Sadikin now has 1 "
        "(a quote counts once however many articles print it: 1 moved was already its own).\n"
    )


def test_a_short_form_of_several_names_is_the_one_the_merge_hint_merges(tmp_path):
    # `Purbaya` alone, and two fuller names that hold it: which one it is is the user's to
    # say, and the one-word name goes into that one, not the other way round.
    db = ingested(tmp_path, [
        {"id": "a1", "text": 'JAKARTA - Rapat kabinet digelar di Istana pada Senin.\n\n"Inflasi terkendali," kata Purbaya.\n'},
        {"id": "a2", "text": 'JAKARTA - Menteri Keuangan Purbaya Yudhi Sadewa hadir.\n\n"Anggaran cukup," kata Purbaya Yudhi Sadewa.\n'},
        {"id": "a3", "text": 'BANDUNG - Petani Purbaya Hendra panen raya.\n\n"Hasilnya bagus," kata Purbaya Hendra.\n'},
    ])
    result = run("quotes", "--speaker", "purbaya", "--nl", "--db", db)
    assert result.stderr.endswith('If one is the same person: quotebook merge NAME "Purbaya"\n'), result.stderr


def test_the_merge_hint_names_no_pair_of_different_people(tmp_path):
    # `Prabowo` merged into the President, whose alias it now is; the police chief's name holds
    # the word too. A ready command would file one man's quotes under the other: the hint
    # leaves the name to the user.
    db = ingested(tmp_path, [
        {"id": "a1", "text": 'JAKARTA - Rapat kabinet digelar di Istana pada Senin.\n\n"Kita harus bekerja lebih cepat," kata Prabowo.\n'},
        {"id": "a2", "text": 'JAKARTA - Presiden Prabowo Subianto meresmikan jembatan baru.\n\n"Jembatan ini untuk rakyat," kata Prabowo.\n'},
        {"id": "a3", "text": 'JAKARTA - Kapolri Jenderal Listyo Sigit Prabowo meninjau pos mudik.\n\n"Arus mudik lancar," kata Listyo.\n'},
    ])
    assert run("merge", "Prabowo Subianto", "Prabowo", "--db", db).exit_code == 0
    result = run("quotes", "--speaker", "prabowo", "--nl", "--db", db)
    assert [json.loads(line)["speaker"] for line in result.stdout.splitlines()] == ["Prabowo Subianto"] * 2
    assert result.stderr == (
        'Note: "prabowo" is the speaker Prabowo Subianto; other speakers\' names hold it too: Listyo Sigit Prabowo (1). '
        'If one is the same person: quotebook merge "Prabowo Subianto" NAME\n'
    )


def test_a_body_speaking_is_stored_and_found_by_its_whole_name(tmp_path):
    # `tulis BPS` names the body; its name opens with `Badan`, no role before a person's name
    db = ingested(tmp_path, [{"id": "b1", "text": (
        "JAKARTA - Badan Pusat Statistik (BPS) mencatat inflasi tahunan sebesar 2,37 persen pada Juli 2025.\n\n"
        "\"Inflasi tahunan terutama didorong oleh kenaikan harga beras,\" tulis BPS dalam laman resminya, Jumat (1/8/2025).\n"
    )}])
    found = json.loads(run("quotes", "--speaker", "Badan Pusat Statistik", "--json", "--db", db).output)
    assert [q["speaker"] for q in found] == ["Badan Pusat Statistik"]
    assert [s["name"] for s in json.loads(run("speakers", "--json", "--db", db).output)] == ["Badan Pusat Statistik"]
