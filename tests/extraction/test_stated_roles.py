"""Stated roles (quotebook/extraction/stated_roles.py): the role the article
writes next to a person's full name anywhere, also where the person does not
speak, is that person's title when the quote's cue gives none (issue 12: the
title stated at the introduction was lost when later quotes used the short form).

Every text here was written for these tests (see tests/extraction/conftest.py)."""
from __future__ import annotations

import pytest

from .conftest import check_one

STATED = [
    pytest.param(
        (
            "JAKARTA, KOMPAS.com - Asisten pelatih Timnas U20 Indonesia, Hendrik van Beek, ragu "
            "tentang peluang timnya di laga final.\n"
            "Timnas U20 akan menghadapi Thailand pada Sabtu malam.\n"
            '"Kami harus lebih sabar menunggu peluang," kata Van Beek.\n'
        ),
        dict(speaker="Hendrik van Beek", title="Asisten pelatih Timnas U20 Indonesia"),
        id="role_at_an_introduction_with_no_speech_verb",
    ),
    pytest.param(
        (
            "Menanggapi penetapan tersangka itu, pihak keluarga angkat suara. Pengacara keluarga korban, "
            "Samuel Hutapea yakin polisi bekerja profesional.\n"
            '"Ini bukti penyidik bekerja sungguh-sungguh," ujar Samuel kepada wartawan.\n'
        ),
        dict(speaker="Samuel Hutapea", title="Pengacara keluarga korban"),
        id="role_before_a_set_off_name_in_a_sentence_nobody_speaks_in",
    ),
    pytest.param(
        (
            "Capaian itu menuai apresiasi dari Anggota Komisi B DPRD Jawa Tengah dari Fraksi Partai Maju, "
            "Hartono Wijaya. Ia menilai capaian itu buah kebijakan yang tepat.\n"
            '"Ini pencapaian yang patut kita syukuri," ujar Hartono.\n'
        ),
        dict(speaker="Hartono Wijaya", title_has=("Anggota Komisi B DPRD Jawa Tengah",)),
        id="role_of_a_name_after_a_preposition",
    ),
    pytest.param(
        (
            "Kuasa hukum Rina Amelia mengajukan banding atas putusan itu pada Senin.\n"
            "Rina Amelia sendiri hadir di ruang sidang.\n"
            '"Saya tidak pernah menerima uang itu," kata Rina.\n'
        ),
        dict(speaker="Rina Amelia", title=None),
        id="a_relation_before_the_name_is_someone_elses_role",
    ),
    pytest.param(
        (
            "Para menteri di kabinet pimpinan Presiden Arjuna Wibisono mulai bekerja.\n"
            '"Semua menteri harus bekerja cepat," kata Presiden Arjuna Wibisono.\n'
        ),
        dict(speaker="Arjuna Wibisono", title="Presiden"),
        id="a_longer_phrase_before_the_name_does_not_replace_the_stated_title",
    ),
    pytest.param(
        (
            "BEKASI, KOMPAS.com - Ibunda almarhum, Sri Wahyuningsih, mengungkapkan putranya sempat mengeluh pusing.\n"
            '"Dia bilang mau pulang hari Minggu," ujar Sri saat ditemui di pemakaman.\n'
        ),
        dict(speaker="Sri Wahyuningsih", title="Ibunda almarhum"),
        id="kinship_word_with_nda_is_a_role",
    ),
    pytest.param(
        (
            "Kabar itu juga dikonfirmasi oleh manajernya, Lestiani, yang menyebut penyanyi itu jatuh.\n"
            '"Benar, dia jatuh di kamar mandi," ujar Lestiani kepada wartawan.\n'
        ),
        dict(speaker="Lestiani", title="manajer"),
        id="a_role_with_nya_after_oleh_is_the_role_without_nya",
    ),
]


@pytest.mark.parametrize("text,want", STATED)
def test_stated_roles(text, want):
    check_one(text, **want)
