"""The vocabulary: every word list of data/ the extractor reads, loaded once.

``VOCAB`` holds them for the whole process; the stages read their lists from
it (``VOCAB.titles``, ``VOCAB.given_names``). Each list's file says in its
header what the list is for. The patterns that are built from a list live
beside the code that runs them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from .. import lexicon
from ..names import TWO_SPACES


def longest_first(words: frozenset[str]) -> str:
    """The words as regex alternatives, the longest first, so that the longest
    form matches (`mengatakan` before `kata`)."""
    return "|".join(sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class Vocabulary:
    """The word lists (lower-cased sets unless said otherwise) and the few
    patterns that are nothing but a list."""

    cues: frozenset[str]  # cue verbs after a quote: `kata`, `ujar`
    cue_pattern: re.Pattern[str]  # a cue verb right after a closing mark
    cue_words: frozenset[str]  # the cue verbs as written, and `menurut`
    reporting: frozenset[str]  # reporting verbs: `mengatakan`
    saying_verbs: frozenset[str]  # of those, speech proper (`mengaku`, not `meminta`)
    reporting_pattern: re.Pattern[str]
    passive_reporting: frozenset[str]  # `disampaikan`: the speaker comes after (and the verbs of answering)
    answer_passives: frozenset[str]  # `ditanggapi`, `dibantah`: the one answering comes after
    verb_words: frozenset[str]  # every verb the word index looks for
    pronouns: frozenset[str]
    honorifics: frozenset[str]  # without their final period
    name_abbreviations: frozenset[str]  # `moh`, `muh`: a given name shortened, its period kept
    ranks: frozenset[str]  # every word of every rank
    titles: frozenset[str]
    roles: frozenset[str]
    offices: frozenset[str]
    english_offices: frozenset[str]  # `Manager`, `Secretary`: head an English office, after its modifiers
    determiners: tuple[str, ...]  # longest first
    determiners_spaced: tuple[str, ...]  # each with a space after it
    determiner_heads: frozenset[str]  # the first word of each determiner
    not_names: frozenset[str]
    places: frozenset[str]
    foreign_cities: frozenset[str]  # `new york`: two words, folded, one space between
    name_words: frozenset[str]
    given_names: frozenset[str]
    first_names: frozenset[str]
    common_names: frozenset[str]
    lower_case: frozenset[str]  # common words by the corpus' evidence, less the listed names (`Lalu`)
    usually_lower: frozenset[str]  # words the corpus usually writes in lower case, less the listed names
    mostly_lower: frozenset[str]  # those and rarer ones (seen twice), less the listed names
    chrome: re.Pattern[str]  # a line of site chrome
    place_kinds: frozenset[str]
    kinds: frozenset[str]  # data/place_kinds.txt and institution_kinds.txt: a kind of place or institution, named by the word after it
    kinds_after_names: frozenset[str]  # `Sentosa University`: English puts the kind last
    association_kinds: frozenset[str]  # `Kelompok`, `Koperasi`: open a name that a word such as `Tani`, `Makmur` closes
    organisation_tails: frozenset[str]  # `Sejahtera`, `Tani`: close such a name, or a firm's (`PT Bandung Graha Sejahtera`)
    place_words_before: frozenset[str]  # as written
    name_particles: frozenset[str]
    name_prefixes: frozenset[tuple[str, ...]]  # each as its lower-case words
    role_compounds: frozenset[tuple[str, ...]]  # `anak buah`: a role whose first word alone means another
    compass_words: frozenset[str]
    org_prefixes: tuple[str, ...]  # for str.startswith
    familiar_address: frozenset[str]
    address_words: frozenset[str]  # `bang`, `sus`: in lower case before a name, left out of the phrase
    english_connectors: tuple[str, ...]  # in file order
    title_connectors: frozenset[str]  # with the English ones
    phrase_stops: frozenset[str]
    source_verbs: frozenset[str]  # `dikutip`, `dilansir`: a source's name follows, not the speaker's
    trailing_adverbs: frozenset[str]
    people_in_the_news: frozenset[str]
    naming_words: frozenset[str]  # `bernama`: the name after it, the role before it
    region_kinds: frozenset[str]
    organisation_heads: frozenset[str]  # `Dinas`, `Komnas`: a body named by the field after it
    place_words: frozenset[str]  # seen as places in a corpus (and the hand lists of places and countries)
    countries: frozenset[str]  # the hand list of countries
    country_abbreviations: frozenset[str]  # `AS`, `RI`: a country, not a person's initials (as written)
    name_openers: frozenset[str]  # seen opening a name in a corpus (`kata Budi`, `Kombes Budi`)
    inner_name_openers: frozenset[str]  # `Daeng`: opens the name one is called by inside the full name
    name_word_bodies: frozenset[str]  # `Kejaksaan`, `Mahkamah`: go on with a name word (`Kejaksaan Agung`)
    role_end_words: frozenset[str]
    predicate_openers: frozenset[str]
    circumstance_words: tuple[str, ...]
    introducing_words: tuple[str, ...]
    seen_words: frozenset[str]  # `tampak`: `tampak X, wisatawan asal Prancis.` introduces X
    sentence_openers: tuple[str, ...]  # as written
    degrees: tuple[str, ...]  # as written
    no_name_words: frozenset[str]  # titles, places, not_names, ranks, honorifics, roles, offices, cues, reporting verbs
    statement_nouns: frozenset[str]  # `keterangan`, `pernyataan`: written words a cue may name
    work_nouns: frozenset[str]  # `kitab`, `buku`: the capitalised words after one are its title
    account_nouns: frozenset[str]  # `penuturan`: `menurut penuturan X` reads X as `menurut X` does
    rank_surnames: frozenset[str]  # `laksamana`: a rank that is also a family name (`Harry Laksamana`)
    time_words: frozenset[str]  # `pagi`, `pekan`: a time phrase opening a sentence, no role
    person_nouns: frozenset[str]  # `pria`, `perempuan`: a person with no role
    platforms: frozenset[str]  # `instagram`: before a handle, the medium, not who writes
    police_words: frozenset[str]  # `polres`, `kapolsek`, `akbp`: a police officer's title
    written_cues: frozenset[str]  # `tulis`, `demikian`
    definite_determiners: frozenset[str]  # `sang`
    group_determiners: frozenset[str]  # `sejumlah`, `para`: a group follows, not one person
    reply_cues: frozenset[str]  # `sahut`, `jawab`: someone answers the previous speaker
    reply_verbs: frozenset[str]  # `menjawab`, `membantah`: a reply told between a question and a quote
    kin_words: frozenset[str]  # `anak`, `suami`: `anak saya` in a quote speaks as a private person
    male_words: frozenset[str]  # `pria`, `ayah`: `kata pria itu` means no one brought in as a woman
    female_words: frozenset[str]  # `wanita`, `istri`: and the reverse
    male_honorifics: frozenset[str]  # `pak`, `kang`: a man addressed (`kata perempuan itu` means no `Pak Darmo`)
    female_honorifics: frozenset[str]  # `bu`, `mbak`: a woman addressed
    territorial_commands: frozenset[str]  # `kapolsek`, `dandim`: `Kapolsek Wonokromo` names a territory, no one
    spoken_manners: frozenset[str]  # `nada`, `santai`: `ditanggapi X dengan nada pasrah` is an answer in words
    force_passives: frozenset[str]  # `ditangkap`, `dihadiahi`: the subject is acted on
    suspect_words: frozenset[str]  # `tersangka`, `mendekam`: someone suspected or held
    undergoing_verbs: frozenset[str]  # `mengalami`, `meninggal`: what befell someone, spoken of
    view_nouns: frozenset[str]  # `pandangan`, `kritik`: `... datang dari NAME` brings a speaker in
    regnal_titles: frozenset[str]  # `paus`: its holders are numbered after their name
    professional_relations: frozenset[str]  # `pengacara`: a relation that is a profession too
    subordinators: frozenset[str]  # `karena`, `meski`: open a clause before the main one
    noun_cues: frozenset[str]  # `usul`, `tuntas`: a cue only after quoted words ending with punctuation
    office_epithets: dict[str, str]  # folded epithet -> the office it stands for: `kepala negara` -> `Presiden`
    cue_compound_openers: frozenset[str]  # `tanggung` of `tanggung jawab`: no cue
    group_nouns: frozenset[str]  # `tim`, `pihak`: a group, not one person
    prepositions: frozenset[str]  # `dengan`, `kepada`: a name after one is in a prepositional phrase
    clause_conjunctions: tuple[str, ...]  # `, padahal`: a new clause, its own subject
    months: frozenset[str]  # `Juli`: also a name word between two others (`Raja Juli Antoni`)
    office_fields: frozenset[str]  # `Imigrasi`, `Pajak`: a field that names an office after its head (`Kantor Imigrasi`)
    office_names: frozenset[str]  # `Rio Hakim`: an office word after a name word is a name word
    view_verbs: frozenset[str]  # reporting verbs for a wish or belief: `ingin`, `berharap`
    thanks_verbs: frozenset[str]  # reporting verbs of thanks, `bersyukur`: a speaker, no reported words
    post_verbs: frozenset[str]  # reporting verbs of a post, `memposting`: a cue after a quote, no speaker in running text
    not_the_holders_name: frozenset[str]  # `pribadi`, `pemilik`: the name after the role is another's or a thing's
    subject_pronouns: frozenset[str]  # `Kedepan dia memastikan`: the capitalised word before one is no name
    negations: frozenset[str]  # `belum merespons`: no answer
    response_verbs: frozenset[str]  # (responding: negated, the subject said nothing)
    relational_roles: frozenset[str]  # `kuasa hukum X`, `pendukung X`: X is not the role's holder
    apposition_words: frozenset[str]  # `selaku`: sets a role off after a name as a comma does
    office_modifiers: frozenset[str]  # `mantan`, `wakil`: open a role before its office word
    product_nouns: tuple[str, ...]  # `mobil`, `merek`: the capitalised words after one name a product
    deceased_words: frozenset[str]  # `almarhum`, `mendiang`: the name after one is the dead person's
    product_words: frozenset[str]  # `toyota`, `honda`: seen naming a product in a corpus, never a person
    wording_verbs: frozenset[str]  # `berbunyi`: a text's words follow, no one's speech

    @staticmethod
    def load() -> Vocabulary:
        words = lexicon.words
        cues = words("cues")
        reporting = words("reporting_verbs")
        answer_passives = words("answer_passives")
        passive = words("passive_reporting_verbs") | answer_passives
        cue_words = cues | {"menurut", "Menurut"}
        determiners = tuple(sorted(words("determiners"), key=len, reverse=True))
        english = lexicon.entries("english_connectors")
        titles, places, not_names, roles = words("titles"), words("places"), words("not_names"), words("roles")
        countries = words("countries")
        names = words("given_names") | words("common_names") | words("first_names")
        honorifics = frozenset(w.lower().rstrip(".") for w in lexicon.entries("honorifics"))
        ranks = frozenset(w.lower() for entry in lexicon.entries("ranks") + lexicon.entries("corps_codes") for w in entry.split())
        return Vocabulary(
            cues=cues,
            # After the closing mark: optional comma or dash, then the cue
            # verb, with -nya or a pronoun or a speaker phrase after it.
            cue_pattern=re.compile(
                rf"[ \t]*[,.]?[ \t]*(?:[\u2013\u2014-][ \t]*)?(?P<cue>{longest_first(cues)})(?P<nya>nya)?\b",
                re.IGNORECASE,
            ),
            cue_words=cue_words,
            reporting=reporting,
            saying_verbs=words("saying_verbs"),
            reporting_pattern=re.compile(rf"\b(?P<verb>{longest_first(reporting)})\b"),
            passive_reporting=passive, answer_passives=answer_passives,
            verb_words=reporting | passive | cue_words,
            pronouns=words("pronouns"),
            honorifics=honorifics,
            name_abbreviations=words("name_abbreviations"),
            ranks=ranks,
            titles=titles,
            roles=roles,
            offices=words("offices"),
            english_offices=words("english_offices"),
            determiners=determiners,
            determiners_spaced=tuple(det + " " for det in determiners),
            determiner_heads=frozenset(det.split()[0] for det in determiners),
            not_names=not_names,
            places=places,
            foreign_cities=frozenset(" ".join(entry.lower().split()) for entry in lexicon.entries("foreign_cities")),
            name_words=words("name_words"),
            given_names=words("given_names"),
            first_names=words("first_names"),
            common_names=words("common_names"),
            lower_case=words("lower_case_words") - names,
            usually_lower=words("common_words") - names,
            mostly_lower=words("mostly_lower_words") - names,
            chrome=re.compile("|".join(f"(?:{p})" for p in lexicon.entries("chrome")), re.IGNORECASE),
            place_kinds=words("place_kinds"),
            kinds=words("place_kinds") | words("institution_kinds"),
            kinds_after_names=words("kinds_after_names"),
            association_kinds=words("association_kinds"),
            organisation_tails=words("organisation_tail_words"),
            place_words_before=frozenset(lexicon.entries("place_words_before")),
            name_particles=words("name_particles"),
            name_prefixes=frozenset(tuple(p.split()) for p in words("name_prefixes")),
            role_compounds=frozenset(tuple(p.split()) for p in words("role_compounds")),
            compass_words=words("compass_words"),
            org_prefixes=lexicon.entries("org_prefixes"),
            familiar_address=words("familiar_address"), address_words=words("address_words"),
            english_connectors=english,
            title_connectors=words("title_connectors") | frozenset(english),
            phrase_stops=words("phrase_stops"),
            source_verbs=words("source_verbs"),
            trailing_adverbs=words("trailing_adverbs"),
            people_in_the_news=words("people_in_the_news"),
            naming_words=words("naming_words"), region_kinds=words("region_kinds"), organisation_heads=words("organisation_heads"),
            place_words=words("place_words") | countries | places, countries=countries, country_abbreviations=frozenset(lexicon.entries("country_abbreviations")), name_openers=words("name_openers"), inner_name_openers=words("inner_name_openers"), name_word_bodies=words("name_word_bodies"),
            role_end_words=words("role_end_words"), predicate_openers=words("predicate_openers"),
            circumstance_words=lexicon.entries("circumstance_words"),
            introducing_words=lexicon.entries("introducing_words"), seen_words=words("seen_words"),
            sentence_openers=lexicon.entries("sentence_openers"),
            degrees=lexicon.entries("degrees"),
            no_name_words=titles | places | not_names | ranks | honorifics | roles | words("offices") | words("english_offices") | cues | reporting,
            statement_nouns=words("statement_nouns"), work_nouns=words("work_nouns"), account_nouns=words("account_nouns"), rank_surnames=words("rank_surnames"), time_words=words("time_words"), person_nouns=words("person_nouns"),
            platforms=words("platforms"), police_words=words("police_words"),
            written_cues=words("written_cues"), definite_determiners=words("definite_determiners"),
            group_determiners=words("group_determiners"), reply_cues=words("reply_cues"), reply_verbs=words("reply_verbs"), kin_words=words("kin_words"), male_words=words("male_words"), female_words=words("female_words"), male_honorifics=words("male_honorifics"), female_honorifics=words("female_honorifics"), spoken_manners=words("spoken_manners"), territorial_commands=words("territorial_commands"), force_passives=words("force_passives"), suspect_words=words("suspect_words"), undergoing_verbs=words("undergoing_verbs"), view_nouns=words("view_nouns"), regnal_titles=words("regnal_titles"), professional_relations=words("professional_relations"), subordinators=words("subordinators"), noun_cues=words("noun_cues"),
            office_epithets={k.lower(): v.strip() for k, v in (TWO_SPACES.split(e, maxsplit=1) for e in lexicon.entries("office_epithets"))},
            cue_compound_openers=words("cue_compound_openers"),
            group_nouns=words("group_nouns"), prepositions=words("prepositions"),
            relational_roles=words("relational_roles"), apposition_words=words("apposition_words"), subject_pronouns=words("subject_pronouns"), view_verbs=words("view_verbs"), thanks_verbs=words("thanks_verbs"), post_verbs=words("post_verbs"), not_the_holders_name=words("not_the_holders_name"),
            negations=words("negations"), response_verbs=words("response_verbs"),
            office_names=words("office_names"), office_fields=words("office_fields"), months=frozenset(w for e in lexicon.entries("months") for w in e.lower().split()[1:]), clause_conjunctions=lexicon.entries("clause_conjunctions"),
            office_modifiers=words("office_modifiers"),
            product_nouns=lexicon.entries("product_nouns"), deceased_words=words("deceased_words"), product_words=words("product_words"),
            wording_verbs=words("wording_verbs"),
        )


VOCAB: Final = Vocabulary.load()
