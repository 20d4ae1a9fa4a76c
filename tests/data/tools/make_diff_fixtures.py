#!/usr/bin/env python3
"""Writes the diff fixtures (issue 12): each is tests/data/diff/base.toml (or
base-no-ids.toml, the same without item ids) with one known change, and a
first line saying what it is. tests/it/diff.rs compares each with its base
and checks that exactly that change is reported. Run from the crate root;
existing files are overwritten. The fixtures are committed; this script
documents how they were made."""

import pathlib
import re

DIR = pathlib.Path("tests/data/diff")
BASE = (DIR / "base.toml").read_text()
BODY = BASE[BASE.index("[meta]"):]

# The base without any item id: every id is generated from its place.
NO_IDS = re.sub(r'^id = "(hyvinvointi|turvallisuus|hyvinvointi-paranee|liikunta|varautuminen)"\n', "", BODY, flags=re.M)
NO_IDS = re.sub(r'\{ id = "[a-z-]+", ', "{ ", NO_IDS)
assert 'id = "kertomus"' not in NO_IDS and 'id = "liikunta"' not in NO_IDS

FIXTURES = {
    # name: (base, what, [(old, new), ...]) — each old must occur exactly once
    "party-added": (BODY, "a party is added (an organisation, so no share of municipalities changes)",
        [('[[sections]]\nheading = "Sopimuksen tausta', '[[parties]]\nid = "yhteiso"\nkind = "other"\nname = "Esimerkin yhteisö"\nbusiness_id = "0146456-0"\nsignatory = { name = "Olli Ojala", title = "toiminnanjohtaja" }\n\n[[sections]]\nheading = "Sopimuksen tausta')]),
    "party-removed": (BODY, "the regional council leaves",
        [('[[parties]]\nid = "region"\nkind = "regional_council"\nname = "Esimerkin liitto"\nbusiness_id = "0826048-0"\naddress = "Niittykatu 5, 13100 Hämeenlinna"\nsignatory = { name = "Matti Virtanen", title = "maakuntajohtaja" }\n\n', '')]),
    "party-renamed": (BODY, "a municipality is renamed (the same business ID)",
        [('name = "Ckunta"', 'name = "Cekunta"')]),
    "party-id-and-name-changed": (BODY, "a municipality's id and name change, its business ID stays: the same party",
        [('id = "town-b"\nkind = "municipality"\nname = "Bkunta"', 'id = "bee-town"\nkind = "municipality"\nname = "Beekunta"')]),
    "business-id-changed": (BODY, "a municipality's business ID changes (the same party id)",
        [('business_id = "0145997-2"', 'business_id = "0146456-0"')]),
    "signatory-changed": (BODY, "a municipality has a new signatory",
        [('{ name = "Bertta Berg", title = "kunnanjohtaja" }', '{ name = "Bertta Björk", title = "kunnanjohtaja" }')]),
    "body-added": (BODY, "a working group is added",
        [('[[priorities]]\nid = "hyvinvointi"', '[[forums]]\nid = "kotoutuminen"\nname = "Kotoutumisen työryhmä"\nkind = "working_group"\ntier = 2\n\n[[priorities]]\nid = "hyvinvointi"')]),
    "body-removed": (BODY, "the open network is removed",
        [('[[forums]]\nid = "verkosto"\nname = "Avoin hyvinvointiverkosto"\nkind = "network"\ntier = 2\nfrequency = "as_needed"\n\n', '')]),
    "body-moved": (BODY, "the open network moves from tier 2 to tier 1",
        [('kind = "network"\ntier = 2', 'kind = "network"\ntier = 1')]),
    "body-convener-changed": (BODY, "the strategic forum is convened by its chair, not the county",
        [('convener = { party = "county" }', 'convener = { chair = true }')]),
    "body-frequency-changed": (BODY, "the strategic forum meets four times a year, not once or twice",
        [('frequency = { per_year = [1, 2] }', 'frequency = { per_year = 4 }')]),
    "body-id-renamed": (BODY, "the open network's id changes, nothing else: no change in the document",
        [('id = "verkosto"', 'id = "avoin-verkosto"')]),
    "priority-added": (BODY, "a third priority with a goal and an indicator with its target and source",
        [('[follow_up]', '[[priorities]]\nid = "osallisuus"\nnumber = 3\ntitle = "Osallisuus"\n\n[[priorities.goals]]\nid = "vaikuttaminen"\ntext = "Asukkaat vaikuttavat palveluihin"\nindicators = [{ id = "raadit", text = "Asukasraatien määrä", target = "vähintään yksi jokaisessa kunnassa", source = { name = "Kuntien pöytäkirjat" } }]\n\n[follow_up]')]),
    "priority-removed": (BODY, "the second priority is removed, with its goal, indicators and action",
        [('[[priorities]]\nid = "turvallisuus"\nnumber = 2\ntitle = "Turvallinen arki"\n\n[[priorities.goals]]\nid = "varautuminen"\ntext = "Kunnat ja hyvinvointialue varautuvat häiriötilanteisiin yhdessä"\nindicators = [\n  { id = "tilannekuva", text = "Yhteinen turvallisuuden tilannekuva kootaan kahdesti vuodessa" },\n  { id = "harjoitukset", text = "Yhteisiä valmiusharjoituksia pidetään vuosittain" },\n]\nactions = [{ id = "harjoitus", text = "Järjestetään alueellinen valmiusharjoitus" }]\n\n', '')]),
    "goal-moved": (BODY, "a goal moves from the first priority to the second",
        [('[[priorities.goals]]\nid = "liikunta"\ntext = "Liikkumisen olosuhteet paranevat kaikissa kunnissa"\nindicators = [\n  { id = "liikuntapaikat", text = "Liikuntapaikkojen määrä asukasta kohden kasvaa" },\n]\n\n', ''),
         ('actions = [{ id = "harjoitus", text = "Järjestetään alueellinen valmiusharjoitus" }]\n', 'actions = [{ id = "harjoitus", text = "Järjestetään alueellinen valmiusharjoitus" }]\n\n[[priorities.goals]]\nid = "liikunta"\ntext = "Liikkumisen olosuhteet paranevat kaikissa kunnissa"\nindicators = [\n  { id = "liikuntapaikat", text = "Liikuntapaikkojen määrä asukasta kohden kasvaa" },\n]\n')]),
    "indicator-reworded": (BODY, "an indicator is reworded",
        [('text = "Asukkaiden tyytyväisyys palveluihin"', 'text = "Asukkaiden tyytyväisyys sosiaali- ja terveyspalveluihin"')]),
    "indicator-target-added": (BODY, "an indicator gets a target",
        [('scale = [1, 5], baseline_year = 2023 }', 'scale = [1, 5], baseline_year = 2023, target = "vähintään 4" }')]),
    "action-added": (BODY, "an action is added to the second priority's goal",
        [('actions = [{ id = "harjoitus", text = "Järjestetään alueellinen valmiusharjoitus" }]', 'actions = [\n  { id = "harjoitus", text = "Järjestetään alueellinen valmiusharjoitus" },\n  { id = "viestinta", text = "Sovitaan häiriötilanteiden viestinnästä" },\n]')]),
    "actions-reordered": (BODY, "the two actions of the first goal swap places",
        [('  { id = "suunnitelma", text = "Laaditaan yhteinen hyvinvointisuunnitelma" },\n  { id = "kysely", text = "Toteutetaan yhteinen asukaskysely joka toinen vuosi" },\n',
          '  { id = "kysely", text = "Toteutetaan yhteinen asukaskysely joka toinen vuosi" },\n  { id = "suunnitelma", text = "Laaditaan yhteinen hyvinvointisuunnitelma" },\n')]),
    "notice-period-changed": (BODY, "the notice period is six months, not twelve",
        [('notice_months = 12', 'notice_months = 6')]),
    "validity-changed": (BODY, "the agreement is in force until the end of 2030, not until further notice",
        [('[validity]\n', '[validity]\nuntil = 2030-12-31\n')]),
    "follow-up-changed": (BODY, "follow-up twice a year, in spring and autumn",
        [('window = { from_month = 5, to_month = 6 }', 'rounds = [{ from_month = 3, to_month = 4 }, { from_month = 9, to_month = 10 }]')]),
    "signing-changed": (BODY, "signed on paper, not electronically",
        [('mode = "electronic"', 'mode = "paper"')]),
    "settings-changed": (BODY, "the settings that change only the wording or order: the Finnish section sign, the parties' order, the own-part subject, the counterparts' party word",
        [('status = "final"\ndate = 2024-03-01\n', 'status = "final"\ndate = 2024-03-01\nsection_sign = "before"\nparty_order = "alphabetical"\n'),
         ('[termination]\nnotice_months = 12', '[termination]\nnotice_months = 12\nown_part_subject = "organisation"'),
         ('mode = "electronic"', 'mode = "electronic"\nparty_term = "contracting_party"')]),
    "follow-up-values-and-number-set": (BODY, "an indicator gets the follow-up's kind of value and target number, an action a written number",
        [('scale = [1, 5], baseline_year = 2023 }', 'scale = [1, 5], baseline_year = 2023, target = "vähintään 4", value_kind = "scale", target_value = 4 }'),
         ('{ id = "kysely", text', '{ id = "kysely", number = 5, text')]),
    "indicator-added-with-target": (BODY, "an indicator with its target, direction, unit, baseline and source is added to a goal",
        [('  { id = "liikuntapaikat", text = "Liikuntapaikkojen määrä asukasta kohden kasvaa" },\n', '  { id = "liikuntapaikat", text = "Liikuntapaikkojen määrä asukasta kohden kasvaa" },\n  { id = "uimahallit", text = "Uimahallikäynnit asukasta kohden", target = "vähintään 5", direction = "higher_is_better", unit = "kpl", baseline_year = 2023, baseline_value = 4.2, source = { name = "Kuntien liikuntatilastot", id = "L12" } },\n')]),
    "version-changed": (BODY, "the version label changes",
        [('version = "Versio 1.0"', 'version = "Versio 1.1"')]),
    "section-reworded": (BODY, "a paragraph of a section is reworded",
        [('{ paragraph = "Sopimuksella sovitaan yhteistyöstä.[^1]" }', '{ paragraph = "Sopimuksella sovitaan kuntien ja hyvinvointialueen yhteistyöstä.[^1]" }')]),
    "reformatted": (BODY, "the same agreement written differently: comments, key order, an inline table as a table",
        [('[meta]\nkind = "framework_agreement"\ntitle = "Esimerkkialueen yhteistyösopimus"', '# A comment that changes nothing.\n[meta]\ntitle = "Esimerkkialueen yhteistyösopimus"\nkind = "framework_agreement"'),
         ('[termination]\nnotice_months = 12', '[termination]\nnotice_months = 12\nin_writing = true')]),
    # Against base-no-ids.toml: the ids are generated from the places.
    "no-ids-indicator-inserted": (NO_IDS, "without ids: an indicator is inserted first, so every later generated id of that goal shifts",
        [('indicators = [\n  { text = "Hyvinvointikertomus', 'indicators = [\n  { text = "Kuntien yhteiset hyvinvointimittarit ovat käytössä" },\n  { text = "Hyvinvointikertomus')]),
    "no-ids-goal-reworded": (NO_IDS, "without ids: a goal is reworded (paired by similar text)",
        [('text = "Liikkumisen olosuhteet paranevat kaikissa kunnissa"', 'text = "Liikkumisen ja ulkoilun olosuhteet paranevat kaikissa kunnissa"')]),
    "no-ids-priorities-swapped": (NO_IDS, "without ids: the two priorities swap places (and numbers)",
        [('number = 1\ntitle = "Hyvinvointi ja terveys"', 'number = 2\ntitle = "Hyvinvointi ja terveys"'),
         ('number = 2\ntitle = "Turvallinen arki"', 'number = 1\ntitle = "Turvallinen arki"')]),
}


PAIJAT_HAME = pathlib.Path("examples/paijat-hame-2026.toml").read_text()
PAIJAT_HAME = PAIJAT_HAME[PAIJAT_HAME.index("\n") + 1:]  # without the `#:schema` line

# Another county's shape, edited in several known ways at once.
PAIJAT_HAME_EDITS = [
    ('version = "Luonnos 2.2.2026 (esimerkki)"', 'version = "Luonnos 16.3.2026 (esimerkki)"'),
    ('text = "Itsensä yksinäiseksi tuntevat 20 vuotta täyttäneet"', 'text = "Itsensä usein yksinäiseksi tuntevat 20 vuotta täyttäneet"'),
    ('unit = "%", baseline_year = 2025, baseline_value = 5.0,', 'unit = "%", baseline_year = 2025, baseline_value = 4.5,'),
    ('  { id = "osallisuus.jarjestot.kulttuuri", text = "Selvitetään alueellisen kulttuurihyvinvoinnin verkoston perustaminen.", lead = { responsible = [{ other = "Kauno ry" }], partners = ["hyvinvointikoordinaattorit"] } },\n', ''),
    ('{ id = "paijat-hame", role = "hyvinvointialueen johto" }', '{ id = "paijat-hame", seats = 2, role = "hyvinvointialueen johto" }'),
    ('own_part_only = true\nnotice_months = 12', 'own_part_only = true\nnotice_months = 6'),
]

BILINGUAL = pathlib.Path("tests/data/valid/bilingual.toml").read_text()
BILINGUAL = BILINGUAL[BILINGUAL.index("[meta]"):]

# Against tests/data/valid/bilingual.toml (Swedish first, then Finnish).
BILINGUAL_FIXTURES = {
    "bilingual-sv-reworded": ("the Swedish version of a paragraph is reworded, the Finnish one stays",
        [('{ sv = "Avtalet gäller samarbetet.[^1]"', '{ sv = "Avtalet gäller samarbetet mellan parterna.[^1]"')]),
    "bilingual-fi-reworded": ("the Finnish version (the second language) of a goal is reworded, the Swedish one stays",
        [('fi = "Hyvinvointi paranee"', 'fi = "Asukkaiden hyvinvointi paranee"')]),
    "bilingual-notice-changed": ("the notice period is six months, not twelve: one change, worded in both languages",
        [('notice_months = 12', 'notice_months = 6')]),
}


def main():
    (DIR / "base-no-ids.toml").write_text(
        "# tests/data/diff/base.toml without any item id: every id is generated.\n\n" + NO_IDS)
    for name, (base, what, edits) in FIXTURES.items():
        text = base
        for old, new in edits:
            assert text.count(old) == 1, f"{name}: {old!r} occurs {text.count(old)} times"
            text = text.replace(old, new)
        (DIR / f"{name}.toml").write_text(f"# Diff fixture: {what}.\n\n{text}")
    for name, (what, edits) in BILINGUAL_FIXTURES.items():
        text = BILINGUAL
        for old, new in edits:
            assert text.count(old) == 1, f"{name}: {old!r} occurs {text.count(old)} times"
            text = text.replace(old, new)
        (DIR / f"{name}.toml").write_text(f"# Diff fixture against tests/data/valid/bilingual.toml: {what}.\n\n{text}")
    # The bilingual base in Swedish alone: each text its Swedish version.
    swedish = re.sub(r'\{ sv = ("[^"]*"), fi = "[^"]*" \}', r"\1", BILINGUAL)
    assert 'fi = "' not in swedish
    swedish = swedish.replace('languages = ["sv", "fi"]', 'language = "sv"')
    (DIR / "bilingual-swedish-only.toml").write_text(
        "# Diff fixture: tests/data/valid/bilingual.toml in Swedish alone.\n\n" + swedish)
    text = PAIJAT_HAME
    for old, new in PAIJAT_HAME_EDITS:
        assert text.count(old) == 1, f"paijat-hame: {old!r} occurs {text.count(old)} times"
        text = text.replace(old, new)
    (DIR / "paijat-hame-2026-edited.toml").write_text(
        "# Diff fixture: examples/paijat-hame-2026.toml with six edits: the version label, an\n"
        "# indicator reworded, a baseline value, an action removed, a member's seats, the\n"
        "# notice period.\n" + text)
    # Swapping priorities by their numbers alone does not move them: move
    # the whole second priority before the first.
    swapped = (DIR / "no-ids-priorities-swapped.toml").read_text()
    head, first = swapped.split("[[priorities]]\nnumber = 2\ntitle = \"Hyvinvointi", 1)
    first = "[[priorities]]\nnumber = 2\ntitle = \"Hyvinvointi" + first
    first, rest = first.split("[[priorities]]\nnumber = 1", 1)
    second, tail = ("[[priorities]]\nnumber = 1" + rest).split("[follow_up]", 1)
    (DIR / "no-ids-priorities-swapped.toml").write_text(head + second + first + "[follow_up]" + tail)


main()
