"""The article (quotebook/extraction/article.py): one object per article with
its paragraphs, words and verbs found once, and the speaker phrases read in it.
Nothing read in one article is kept for another."""
from __future__ import annotations

from quotebook.extraction.article import Article

TEXT = (
    "JAKARTA, KOMPAS.com - Kepala Dinas Kesehatan DKI Jakarta Imron Fatoni mengatakan, stok vaksin aman.\n"
    "\n"
    '"Kami siap," kata Imron. Dr. Budi menjelaskan hal lain.\n'
)


def test_words_and_where_they_start():
    article = Article(TEXT)
    assert len(article.words) == len(article.starts)
    for word, start in zip(article.words, article.starts):
        assert TEXT[start : start + len(word)] == word
    assert "Imron" in article.words and "JAKARTA" in article.words


def test_paragraphs_are_the_non_empty_lines():
    article = Article(TEXT)
    assert [TEXT[p.start : p.end][:7] for p in article.paragraphs] == ["JAKARTA", '"Kami s']
    assert article.by_index == {p.index: p for p in article.paragraphs}


def test_reporting_and_cue_verbs_are_found_once_by_word_index():
    article = Article(TEXT)
    assert [article.words[i] for i in article.reporting_at] == ["mengatakan", "menjelaskan"]
    assert [article.words[i] for i in article.cue_at] == ["kata"]
    first = article.paragraphs[0]
    assert [article.words[i] for i in article.within(article.reporting_words, first)] == ["mengatakan"]


def test_a_clause_starts_after_a_sentence_end_but_not_after_an_abbreviation():
    article = Article(TEXT)
    verb = TEXT.index("menjelaskan")
    para = article.paragraphs[1]
    assert TEXT[article.clause_start(para.start, verb) : verb] == "Dr. Budi "


def test_the_short_forms_come_from_the_whole_article():
    article = Article(TEXT)
    assert "imron" in article.evidence.short and "imron" in article.evidence.cued


def test_a_phrase_is_read_once_per_article_and_never_shared_with_another():
    one, other = Article(TEXT), Article(TEXT)
    mention = one.mention("Kepala Dinas Kesehatan DKI Jakarta Imron Fatoni")
    assert mention is not None and mention.name == ("Imron", "Fatoni")
    assert one.mention("Kepala Dinas Kesehatan DKI Jakarta Imron Fatoni") is mention
    assert "Kepala Dinas Kesehatan DKI Jakarta Imron Fatoni" not in other._mentions


def test_a_clause_looks_back_past_every_abbreviation_to_the_last_sentence_end():
    text = "Warga datang. Dr. H. M. Budi mengatakan.\n" + "Prof. Dr. H. Rudi, S.H. menjelaskan.\n" * 3
    article = Article(text)
    first = text.index("Dr. H. M. Budi")
    verb = text.index("mengatakan")
    assert article.clause_start(0, verb) == first  # the periods of Dr. H. M. end no clause
    last = article.paragraphs[-1]
    at = text.rindex("menjelaskan")
    assert article.clause_start(last.start, at) == last.start  # not before its paragraph
    assert article.clause_start(0, at) == text.rindex("menjelaskan", 0, at) + len("menjelaskan.\n")
