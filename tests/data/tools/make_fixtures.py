#!/usr/bin/env python3
"""Writes the one-mistake fixtures of the model generalisation (issue 8) and
of the language versions (issue 10): each is tests/data/valid/minimal.toml
(or, for `bilingual-*`, tests/data/valid/bilingual.toml) with a single small
edit and a first line saying what the mistake is. Run from the crate root; existing files are
overwritten. The fixtures are committed; this script documents how they were
made and lets them be made again after a change to the base."""

import pathlib

BASE = pathlib.Path("tests/data/valid/minimal.toml").read_text()
BODY = "\n".join(BASE.splitlines()[4:]) + "\n"  # without the base's own header

FIXTURES = {
    # name: (what, [(old, new), ...])  — each old must occur exactly once
    "provision-section-with-sign": ("a statute section is written with its sign, `14 §`",
        [('{ section = "14", topic', '{ section = "14 §", topic')]),
    "approval-section-with-sign": ("a minutes section is written with its sign, `§ 12`",
        [('date = 2024-01-15, section = "12" }', 'date = 2024-01-15, section = "§ 12" }')]),
    "municipality-code-malformed": ("a municipality code has two digits",
        [('name = "Bkunta"\n', 'name = "Bkunta"\nmunicipality_code = "98"\n')]),
    "municipality-code-on-county": ("the wellbeing services county has a municipality code",
        [('name = "Esimerkin hyvinvointialue"\n', 'name = "Esimerkin hyvinvointialue"\nmunicipality_code = "398"\n')]),
    "municipality-code-duplicate": ("two municipalities have the same code",
        [('name = "Bkunta"\n', 'name = "Bkunta"\nmunicipality_code = "098"\n'),
         ('name = "Ckunta"\n', 'name = "Ckunta"\nmunicipality_code = "098"\n')]),
    "forum-id-same-as-party": ("a forum has the id of a party",
        [('id = "hyte"\n', 'id = "town-a"\n')]),
    "forum-id-malformed": ("a forum id has a space",
        [('id = "hyte"\n', 'id = "hyte group"\n')]),
    "member-unknown": ("a member of a body names no party or body",
        [('composition = "Sopijaosapuolten johto"\n', 'composition = "Sopijaosapuolten johto"\nmembers = ["county", "nobody"]\n')]),
    "member-twice": ("a member is listed twice",
        [('composition = "Sopijaosapuolten johto"\n', 'composition = "Sopijaosapuolten johto"\nmembers = ["county", { id = "county", seats = 2 }]\n')]),
    "member-zero-seats": ("a member has no seats",
        [('composition = "Sopijaosapuolten johto"\n', 'composition = "Sopijaosapuolten johto"\nmembers = [{ group = "all_municipalities", seats = 0 }]\n')]),
    "member-itself": ("a body is its own member",
        [('composition = "Sopijaosapuolten johto"\n', 'composition = "Sopijaosapuolten johto"\nmembers = ["strategic"]\n')]),
    "member-two-kinds": ("a member names both a party and an outside organisation",
        [('composition = "Sopijaosapuolten johto"\n', 'composition = "Sopijaosapuolten johto"\nmembers = [{ id = "county", other = "Yrittäjät" }]\n')]),
    "appointed-by-group": ("a body is appointed by all municipalities at once",
        [('convener = { chair = true }\n', 'convener = { chair = true }\nappointed_by = { group = "all_municipalities" }\n')]),
    "appointed-by-unknown-organ": ("an appointing organ belongs to an unknown party",
        [('convener = { chair = true }\n', 'convener = { chair = true }\nappointed_by = { id = "nowhere", organ = "aluehallitus" }\n')]),
    "per-municipality-party-convener": ("a body that exists in each municipality has one party as convener",
        [('convener = { chair = true }\n', 'convener = { party = "town-a" }\nper_municipality = true\n')]),
    "municipalities-without-per-municipality": ("a body lists municipalities but does not exist per municipality",
        [('convener = { chair = true }\n', 'convener = { chair = true }\nmunicipalities = ["town-a"]\n')]),
    "per-municipality-not-a-municipality": ("a per-municipality body names the regional council",
        [('convener = { chair = true }\n', 'convener = { chair = true }\nper_municipality = true\nmunicipalities = ["region"]\n')]),
    "tier-span-gap": ("a body spans tiers that are not next to each other",
        [('kind = "working_group"\ntier = 2\n', 'kind = "working_group"\ntier = [1, 3]\n')]),
    "tier-span-unknown-tier": ("a body spans a tier that does not exist",
        [('kind = "working_group"\ntier = 2\n', 'kind = "working_group"\ntier = [1, 2, 3]\n')]),
    "tier-contents-areas-without-areas": ("a tier shows the interface areas, but there are none",
        [('name = "Työryhmät"\n', 'name = "Työryhmät"\ncontents = ["bodies", "interface_areas"]\n')]),
    "responsibility-names-no-one": ("a responsibility names no one",
        [('lead = { forums = ["strategic"], partners = ["hyte"] }', 'lead = { responsible = [], partners = ["hyte"] }')]),
    "goal-lead-unknown": ("a goal's responsibility names an unknown party",
        [('text = "Hyvinvointi paranee"\n', 'text = "Hyvinvointi paranee"\nlead = { responsible = ["town-d"] }\n')]),
    "action-lead-organ-blank": ("an action's responsibility names an organ without a name",
        [('actions = [{ text = "Yhteinen suunnitelma" }]', 'actions = [{ text = "Yhteinen suunnitelma", lead = { responsible = [{ id = "county", organ = " " }] } }]')]),
    "responsibility-other-and-id": ("a responsibility entry names both an id and an outside organisation",
        [('lead = { forums = ["strategic"], partners = ["hyte"] }', 'lead = { responsible = [{ id = "strategic", other = "Järjestö" }] }')]),
    "interface-area-missing-contact": ("an interface area has no county contact",
        [('[[priorities]]\n', '[[interface_areas]]\nid = "hyte"\nname = "Hyvinvoinnin edistäminen"\nmunicipal_contact = "hyvinvointikoordinaattori"\n\n[[priorities]]\n')]),
    "interface-areas-not-inserted": ("interface areas are given but no section shows them",
        [('[[priorities]]\n', '[[interface_areas]]\nid = "hyte"\nname = "Hyvinvoinnin edistäminen"\nmunicipal_contact = "hyvinvointikoordinaattori"\ncounty_contact = "hyte-päällikkö"\n\n[[priorities]]\n')]),
    "interface-areas-inserted-without-areas": ("the interface areas are inserted but there are none",
        [('blocks = [{ insert = "structure_figure" }, { insert = "tiers" }]', 'blocks = [{ insert = "structure_figure" }, { insert = "tiers" }, { insert = "interface_areas" }]')]),
    "item-id-duplicate": ("two indicators have the same id",
        [('{ text = "Hyvinvointikertomus laadittu", municipalities = "2/3" }', '{ id = "mittari", text = "Hyvinvointikertomus laadittu", municipalities = "2/3" }'),
         ('{ text = "Tyytyväisyys", scale', '{ id = "mittari", text = "Tyytyväisyys", scale')]),
    "item-id-clashes-with-generated": ("an indicator's id is the id generated for the goal",
        [('{ text = "Tyytyväisyys", scale', '{ id = "p1.g1", text = "Tyytyväisyys", scale')]),
    "item-id-malformed": ("a goal id has a space",
        [('text = "Hyvinvointi paranee"\n', 'id = "tavoite 1"\ntext = "Hyvinvointi paranee"\n')]),
    "among-not-a-municipality": ("a share is counted among parties one of which is not a municipality",
        [('municipalities = "2/3" }', 'municipalities = "1/2", among = ["town-a", "region"] }')]),
    "among-wrong-count": ("a share counts out of 3 but names 2 municipalities to count among",
        [('municipalities = "2/3" }', 'municipalities = "2/3", among = ["town-a", "town-b"] }')]),
    "among-members-of-unknown": ("a share is counted among the members of an unknown body",
        [('municipalities = "2/3" }', 'municipalities = "2/3", among = { members_of = "network" } }')]),
    "share-too-many-municipalities": ("a share of all municipalities was not updated to the number of municipalities",
        [('municipalities = "2/3" }', 'municipalities = "2/2" }')]),
    "follow-up-window-and-rounds": ("the follow-up has both one window and rounds",
        [('window = { from_month = 5, to_month = 6 }\n', 'window = { from_month = 5, to_month = 6 }\nrounds = [{ from_month = 3, to_month = 4 }, { from_month = 9, to_month = 10 }]\n')]),
    "follow-up-rounds-overlap": ("two follow-up rounds overlap",
        [('window = { from_month = 5, to_month = 6 }\n', 'rounds = [{ from_month = 3, to_month = 6 }, { from_month = 5, to_month = 10 }]\n')]),
    "follow-up-window-backwards": ("the follow-up window runs from June back to May",
        [('window = { from_month = 5, to_month = 6 }\n', 'window = { from_month = 6, to_month = 5 }\n')]),
    "baseline-value-not-a-number": ("a baseline value is not a number",
        [('scale = [1, 5], baseline_year = 2023 }', 'scale = [1, 5], baseline_year = 2023, baseline_value = nan }')]),
    "baseline-value-without-year": ("a baseline value has no year (a warning, the agreement stays valid)",
        [('scale = [1, 5], baseline_year = 2023 }', 'scale = [1, 5], baseline_value = 3.4 }')]),
    "source-blank": ("an indicator's data source has an empty name",
        [('scale = [1, 5], baseline_year = 2023 }', 'scale = [1, 5], baseline_year = 2023, source = { name = "", id = "4559" } }')]),
    "annex-two-contents": ("an additional annex has both prose and a document",
        [('[signing]\n', '[[annexes.additional]]\ntitle = "Hyvinvointikertomus"\nblocks = [{ paragraph = "Teksti" }]\ndocument = { name = "Hyvinvointikertomus 2025" }\n\n[signing]\n')]),
    "annex-table-row-too-short": ("a row of an annex table has fewer cells than the table has columns",
        [('[signing]\n', '[[annexes.additional]]\ntitle = "Yhteyshenkilöt"\ntable = { columns = ["Kunta", "Yhteyshenkilö"], rows = [["Akaupunki", "Anna"], ["Bkunta"]] }\n\n[signing]\n')]),
    "annex-heading-empty": ("a heading of Annex 2 is empty",
        [('[signing]\n', '[annexes]\ngoal_heading = " "\n\n[signing]\n')]),
    "simple-form-with-actions": ("the simple form of Annex 2 is chosen but a goal has actions",
        [('[signing]\n', '[annexes]\ngoals_form = "simple"\n\n[signing]\n')]),
    "date-before-1900": ("the agreement is dated in the year 999",
        [('date = 2024-03-01\n', 'date = 0999-03-01\n')]),
    "insert-inside-tier": ("a tier's text tries to insert the follow-up rules",
        [('name = "Työryhmät"\n', 'name = "Työryhmät"\nblocks = [{ insert = "follow_up" }]\n')]),
    "frequency-too-many": ("a forum meets 1000 times a year",
        [('frequency = { per_year = [1, 2] }', 'frequency = { per_year = 1000 }')]),
    "notice-too-long": ("the notice period is 600 months",
        [('notice_months = 12\n', 'notice_months = 600\n')]),
}

BILINGUAL = pathlib.Path("tests/data/valid/bilingual.toml").read_text()
BILINGUAL_BODY = "\n".join(BILINGUAL.splitlines()[3:]) + "\n"

BILINGUAL_FIXTURES = {
    "bilingual-translation-missing": ("a goal has no Finnish version",
        [('text = { sv = "Välmåendet ökar", fi = "Hyvinvointi paranee" }', 'text = { sv = "Välmåendet ökar" }')]),
    "bilingual-plain-string": ("a forum's name is a plain string, which is Swedish only",
        [('name = { sv = "Strategiskt forum", fi = "Strateginen foorumi" }', 'name = "Strategiskt forum"')]),
    "bilingual-translation-blank": ("an action's Finnish version is blank",
        [('fi = "Yhteinen suunnitelma"', 'fi = " "')]),
    "bilingual-no-versions": ("a unit is written as a table with no language in it",
        [('unit = { sv = "st", fi = "kpl" }', 'unit = {}')]),
    "bilingual-unknown-language": ("the languages name English, which sopimus does not write",
        [('languages = ["sv", "fi"]', 'languages = ["sv", "en"]')]),
    "bilingual-language-twice": ("Swedish is declared twice",
        [('languages = ["sv", "fi"]', 'languages = ["sv", "fi", "sv"]')]),
    "bilingual-footnote-unused-in-one": ("the Finnish version of a paragraph lacks the footnote mark",
        [('fi = "Sopimus koskee yhteistyötä.[^1]"', 'fi = "Sopimus koskee yhteistyötä."')]),
    "bilingual-language-and-languages": ("the languages are given twice, as `language` and `languages`",
        [('languages = ["sv", "fi"]', 'languages = ["sv", "fi"]\nlanguage = "sv"')]),
    "bilingual-version-of-undeclared-language": ("the languages are Swedish only, but a text has a Finnish version",
        [('languages = ["sv", "fi"]', 'languages = ["sv"]\n# (every text keeps its Finnish version)')]),
}

FIXTURES["translation-of-undeclared-language"] = (
    "a Finnish-only agreement has a Swedish version of one text",
    [('text = "Hyvinvointi paranee"\n', 'text = { fi = "Hyvinvointi paranee", sv = "Välmåendet ökar" }\n')])

out = pathlib.Path("tests/data/invalid")
for name, (what, edits), body in [(n, f, BODY) for n, f in FIXTURES.items()] + \
        [(n, f, BILINGUAL_BODY) for n, f in BILINGUAL_FIXTURES.items()]:
    text = body
    for old, new in edits:
        count = text.count(old)
        if count != 1:
            raise SystemExit(f"{name}: `{old}` occurs {count} times in the base")
        text = text.replace(old, new)
    (out / f"{name}.toml").write_text(f"# One mistake: {what}\n\n" + text)
print(f"wrote {len(FIXTURES) + len(BILINGUAL_FIXTURES)} fixtures")
