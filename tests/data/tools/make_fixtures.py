#!/usr/bin/env python3
"""Writes the one-mistake fixtures of the model generalisation (issue 8), of
the language versions (issue 10) and of the codes no fixture had (issue 18):
each is tests/data/valid/minimal.toml (or, for `bilingual-*`,
tests/data/valid/bilingual.toml) with a single small edit, a first line
saying what the mistake is and a second naming the code of the finding it
exists for (`# code: none, …` when the file does not load), which
tests/it/validation.rs checks. Run from the crate root (or give another
directory to write to); existing files are overwritten. The fixtures are
committed; this script documents how they were made and lets them be made
again after a change to the base. The older fixtures of tests/data/invalid
were written by hand, in the same form."""

import pathlib
import sys

BASE = pathlib.Path("tests/data/valid/minimal.toml").read_text()
BODY = "\n".join(BASE.splitlines()[4:]) + "\n"  # without the base's own header

FIXTURES = {
    # name: (what, code, [(old, new), ...])  — each old must occur exactly once
    "provision-section-with-sign": ("a statute section is written with its sign, `14 §`", "section-number-sign",
        [('{ section = "14", topic', '{ section = "14 §", topic')]),
    "approval-section-with-sign": ("a minutes section is written with its sign, `§ 12`", "section-number-sign",
        [('date = 2024-01-15, section = "12" }', 'date = 2024-01-15, section = "§ 12" }')]),
    "municipality-code-malformed": ("a municipality code has two digits", "municipality-code-malformed",
        [('name = "Bkunta"\n', 'name = "Bkunta"\nmunicipality_code = "98"\n')]),
    "municipality-code-on-county": ("the wellbeing services county has a municipality code", "municipality-code-not-municipality",
        [('name = "Esimerkin hyvinvointialue"\n', 'name = "Esimerkin hyvinvointialue"\nmunicipality_code = "398"\n')]),
    "municipality-code-duplicate": ("two municipalities have the same code", "municipality-code-duplicate",
        [('name = "Bkunta"\n', 'name = "Bkunta"\nmunicipality_code = "098"\n'),
         ('name = "Ckunta"\n', 'name = "Ckunta"\nmunicipality_code = "098"\n')]),
    "forum-id-same-as-party": ("a forum has the id of a party", "forum-id-is-party",
        [('id = "hyte"\n', 'id = "town-a"\n')]),
    "forum-id-malformed": ("a forum id has a space", "forum-id-malformed",
        [('id = "hyte"\n', 'id = "hyte group"\n')]),
    "member-unknown": ("a member of a body names no party or body", "unknown-reference",
        [('composition = "Sopijaosapuolten johto"\n', 'composition = "Sopijaosapuolten johto"\nmembers = ["county", "nobody"]\n')]),
    "member-twice": ("a member is listed twice", "member-twice",
        [('composition = "Sopijaosapuolten johto"\n', 'composition = "Sopijaosapuolten johto"\nmembers = ["county", { id = "county", seats = 2 }]\n')]),
    "member-zero-seats": ("a member has no seats", "seats-zero",
        [('composition = "Sopijaosapuolten johto"\n', 'composition = "Sopijaosapuolten johto"\nmembers = [{ group = "all_municipalities", seats = 0 }]\n')]),
    "member-itself": ("a body is its own member", "member-of-itself",
        [('composition = "Sopijaosapuolten johto"\n', 'composition = "Sopijaosapuolten johto"\nmembers = ["strategic"]\n')]),
    "member-two-kinds": ("a member names both a party and an outside organisation", "none",
        [('composition = "Sopijaosapuolten johto"\n', 'composition = "Sopijaosapuolten johto"\nmembers = [{ id = "county", other = "Yrittäjät" }]\n')]),
    "appointed-by-group": ("a body is appointed by all municipalities at once", "group-not-allowed",
        [('convener = { chair = true }\n', 'convener = { chair = true }\nappointed_by = { group = "all_municipalities" }\n')]),
    "appointed-by-unknown-organ": ("an appointing organ belongs to an unknown party", "unknown-party",
        [('convener = { chair = true }\n', 'convener = { chair = true }\nappointed_by = { id = "nowhere", organ = "aluehallitus" }\n')]),
    "per-municipality-party-convener": ("a body that exists in each municipality has one party as convener", "convener-per-municipality",
        [('convener = { chair = true }\n', 'convener = { party = "town-a" }\nper_municipality = true\n')]),
    "municipalities-without-per-municipality": ("a body lists municipalities but does not exist per municipality", "municipalities-without-per-municipality",
        [('convener = { chair = true }\n', 'convener = { chair = true }\nmunicipalities = ["town-a"]\n')]),
    "per-municipality-not-a-municipality": ("a per-municipality body names the regional council", "not-a-municipality",
        [('convener = { chair = true }\n', 'convener = { chair = true }\nper_municipality = true\nmunicipalities = ["region"]\n')]),
    "tier-span-gap": ("a body spans tiers that are not next to each other", "none",
        [('kind = "working_group"\ntier = 2\n', 'kind = "working_group"\ntier = [1, 3]\n')]),
    "tier-span-unknown-tier": ("a body spans a tier that does not exist", "forum-tier-unknown",
        [('kind = "working_group"\ntier = 2\n', 'kind = "working_group"\ntier = [1, 2, 3]\n')]),
    "tier-contents-areas-without-areas": ("a tier shows the interface areas, but there are none", "tier-areas-none",
        [('name = "Työryhmät"\n', 'name = "Työryhmät"\ncontents = ["bodies", "interface_areas"]\n')]),
    "responsibility-names-no-one": ("a responsibility names no one", "responsibility-empty",
        [('lead = { forums = ["strategic"], partners = ["hyte"] }', 'lead = { responsible = [], partners = ["hyte"] }')]),
    "goal-lead-unknown": ("a goal's responsibility names an unknown party", "unknown-reference",
        [('text = "Hyvinvointi paranee"\n', 'text = "Hyvinvointi paranee"\nlead = { responsible = ["town-d"] }\n')]),
    "action-lead-organ-blank": ("an action's responsibility names an organ without a name", "field-empty",
        [('actions = [{ text = "Yhteinen suunnitelma" }]', 'actions = [{ text = "Yhteinen suunnitelma", lead = { responsible = [{ id = "county", organ = " " }] } }]')]),
    "responsibility-other-and-id": ("a responsibility entry names both an id and an outside organisation", "none",
        [('lead = { forums = ["strategic"], partners = ["hyte"] }', 'lead = { responsible = [{ id = "strategic", other = "Järjestö" }] }')]),
    "interface-area-missing-contact": ("an interface area has no county contact", "none",
        [('[[priorities]]\n', '[[interface_areas]]\nid = "hyte"\nname = "Hyvinvoinnin edistäminen"\nmunicipal_contact = "hyvinvointikoordinaattori"\n\n[[priorities]]\n')]),
    "interface-areas-not-inserted": ("interface areas are given but no section shows them", "content-not-inserted",
        [('[[priorities]]\n', '[[interface_areas]]\nid = "hyte"\nname = "Hyvinvoinnin edistäminen"\nmunicipal_contact = "hyvinvointikoordinaattori"\ncounty_contact = "hyte-päällikkö"\n\n[[priorities]]\n')]),
    "interface-areas-inserted-without-areas": ("the interface areas are inserted but there are none", "insert-without-content",
        [('blocks = [{ insert = "structure_figure" }, { insert = "tiers" }]', 'blocks = [{ insert = "structure_figure" }, { insert = "tiers" }, { insert = "interface_areas" }]')]),
    "item-id-duplicate": ("two indicators have the same id", "item-id-duplicate",
        [('{ text = "Hyvinvointikertomus laadittu", municipalities = "2/3" }', '{ id = "mittari", text = "Hyvinvointikertomus laadittu", municipalities = "2/3" }'),
         ('{ text = "Tyytyväisyys", scale', '{ id = "mittari", text = "Tyytyväisyys", scale')]),
    "item-id-clashes-with-generated": ("an indicator's id is the id generated for the goal", "item-id-duplicate",
        [('{ text = "Tyytyväisyys", scale', '{ id = "p1.g1", text = "Tyytyväisyys", scale')]),
    "item-id-malformed": ("a goal id has a space", "item-id-malformed",
        [('text = "Hyvinvointi paranee"\n', 'id = "tavoite 1"\ntext = "Hyvinvointi paranee"\n')]),
    "among-not-a-municipality": ("a share is counted among parties one of which is not a municipality", "among-not-a-municipality",
        [('municipalities = "2/3" }', 'municipalities = "1/2", among = ["town-a", "region"] }')]),
    "among-wrong-count": ("a share counts out of 3 but names 2 municipalities to count among", "share-wrong-total-among",
        [('municipalities = "2/3" }', 'municipalities = "2/3", among = ["town-a", "town-b"] }')]),
    "among-members-of-unknown": ("a share is counted among the members of an unknown body", "unknown-forum",
        [('municipalities = "2/3" }', 'municipalities = "2/3", among = { members_of = "network" } }')]),
    "share-too-many-municipalities": ("a share of all municipalities was not updated to the number of municipalities", "share-wrong-total",
        [('municipalities = "2/3" }', 'municipalities = "2/2" }')]),
    "follow-up-window-and-rounds": ("the follow-up has both one window and rounds", "none",
        [('window = { from_month = 5, to_month = 6 }\n', 'window = { from_month = 5, to_month = 6 }\nrounds = [{ from_month = 3, to_month = 4 }, { from_month = 9, to_month = 10 }]\n')]),
    "follow-up-rounds-overlap": ("two follow-up rounds overlap", "rounds-out-of-order",
        [('window = { from_month = 5, to_month = 6 }\n', 'rounds = [{ from_month = 3, to_month = 6 }, { from_month = 5, to_month = 10 }]\n')]),
    "follow-up-window-backwards": ("the follow-up window runs from June back to May", "window-backwards",
        [('window = { from_month = 5, to_month = 6 }\n', 'window = { from_month = 6, to_month = 5 }\n')]),
    "baseline-value-not-a-number": ("a baseline value is not a number", "baseline-not-a-number",
        [('scale = [1, 5], baseline_year = 2023 }', 'scale = [1, 5], baseline_year = 2023, baseline_value = nan }')]),
    "baseline-value-without-year": ("a baseline value has no year (a warning, the agreement stays valid)", "baseline-without-year",
        [('scale = [1, 5], baseline_year = 2023 }', 'scale = [1, 5], baseline_value = 3.4 }')]),
    "source-blank": ("an indicator's data source has an empty name", "field-empty",
        [('scale = [1, 5], baseline_year = 2023 }', 'scale = [1, 5], baseline_year = 2023, source = { name = "", id = "4559" } }')]),
    "annex-two-contents": ("an additional annex has both prose and a document", "none",
        [('[signing]\n', '[[annexes.additional]]\ntitle = "Hyvinvointikertomus"\nblocks = [{ paragraph = "Teksti" }]\ndocument = { name = "Hyvinvointikertomus 2025" }\n\n[signing]\n')]),
    "annex-table-row-too-short": ("a row of an annex table has fewer cells than the table has columns", "table-row-cells",
        [('[signing]\n', '[[annexes.additional]]\ntitle = "Yhteyshenkilöt"\ntable = { columns = ["Kunta", "Yhteyshenkilö"], rows = [["Akaupunki", "Anna"], ["Bkunta"]] }\n\n[signing]\n')]),
    "annex-heading-empty": ("a heading of Annex 2 is empty", "field-empty",
        [('[signing]\n', '[annexes]\ngoal_heading = " "\n\n[signing]\n')]),
    "simple-form-with-actions": ("the simple form of Annex 2 is chosen but a goal has actions", "actions-in-simple-form",
        [('[signing]\n', '[annexes]\ngoals_form = "simple"\n\n[signing]\n')]),
    "date-before-1900": ("the agreement is dated in the year 999", "date-out-of-range",
        [('date = 2024-03-01\n', 'date = 0999-03-01\n')]),
    "insert-inside-tier": ("a tier's text tries to insert the follow-up rules", "none",
        [('name = "Työryhmät"\n', 'name = "Työryhmät"\nblocks = [{ insert = "follow_up" }]\n')]),
    "frequency-too-many": ("a forum meets 1000 times a year", "frequency-too-many",
        [('frequency = { per_year = [1, 2] }', 'frequency = { per_year = 1000 }')]),
    "notice-too-long": ("the notice period is 600 months", "notice-too-long",
        [('notice_months = 12\n', 'notice_months = 600\n')]),
}

BILINGUAL = pathlib.Path("tests/data/valid/bilingual.toml").read_text()
BILINGUAL_BODY = "\n".join(BILINGUAL.splitlines()[3:]) + "\n"

BILINGUAL_FIXTURES = {
    "bilingual-translation-missing": ("a goal has no Finnish version", "translation-missing",
        [('text = { sv = "Välmåendet ökar", fi = "Hyvinvointi paranee" }', 'text = { sv = "Välmåendet ökar" }')]),
    "bilingual-plain-string": ("a forum's name is a plain string, which is Swedish only", "translation-missing",
        [('name = { sv = "Strategiskt forum", fi = "Strateginen foorumi" }', 'name = "Strategiskt forum"')]),
    "bilingual-translation-blank": ("an action's Finnish version is blank", "text-empty",
        [('fi = "Yhteinen suunnitelma"', 'fi = " "')]),
    "bilingual-no-versions": ("a unit is written as a table with no language in it", "none",
        [('unit = { sv = "st", fi = "kpl" }', 'unit = {}')]),
    "bilingual-unknown-language": ("the languages name English, which sopimus does not write", "none",
        [('languages = ["sv", "fi"]', 'languages = ["sv", "en"]')]),
    "bilingual-language-twice": ("Swedish is declared twice", "none",
        [('languages = ["sv", "fi"]', 'languages = ["sv", "fi", "sv"]')]),
    "bilingual-footnote-unused-in-one": ("the Finnish version of a paragraph lacks the footnote mark", "footnote-unused-in-version",
        [('fi = "Sopimus koskee yhteistyötä.[^1]"', 'fi = "Sopimus koskee yhteistyötä."')]),
    "bilingual-language-and-languages": ("the languages are given twice, as `language` and `languages`", "none",
        [('languages = ["sv", "fi"]', 'languages = ["sv", "fi"]\nlanguage = "sv"')]),
    "bilingual-version-of-undeclared-language": ("the languages are Swedish only, but a text has a Finnish version", "language-not-declared",
        [('languages = ["sv", "fi"]', 'languages = ["sv"]\n# (every text keeps its Finnish version)')]),
}

FIXTURES["translation-of-undeclared-language"] = (
    "a Finnish-only agreement has a Swedish version of one text", "language-not-declared",
    [('text = "Hyvinvointi paranee"\n', 'text = { fi = "Hyvinvointi paranee", sv = "Välmåendet ökar" }\n')])

# The codes no fixture gave before (issue 18): each its own fixture.
IND2 = '  { text = "Tyytyväisyys", scale = [1, 5], baseline_year = 2023 },\n'
SCALE = 'scale = [1, 5], baseline_year = 2023 }'
SHARE = 'municipalities = "2/3" }'
HYTE = 'convener = { chair = true }\n'
BULLETS = '{ bullets = ["Yhteiset tavoitteet", "Yhteiset **rakenteet**"] }'
ACTION = 'actions = [{ text = "Yhteinen suunnitelma" }]'
AREA = '{{ id = "{id}", name = "{name}", municipal_contact = "hyvinvointikoordinaattori", county_contact = "hyte-päällikkö" }}'
ROUNDS = ", ".join(f"{{ from_month = {m}, to_month = {m} }}" for m in list(range(1, 13)) + [12])
FIXTURES.update({
    "among-empty": ("a share is counted among an empty list of parties", "among-empty",
        [(SHARE, 'municipalities = "2/3", among = [] }')]),
    "among-no-municipal-members": ("a share is counted among the municipal members of a body that has none", "among-no-municipal-members",
        [(SHARE, 'municipalities = "2/3", among = { members_of = "hyte" } }')]),
    "among-without-share": ("an indicator says whom it counts among but counts no share (a warning, the agreement stays valid)", "among-without-share",
        [(SCALE, 'scale = [1, 5], baseline_year = 2023, among = ["town-a", "town-b"] }')]),
    "annex-blocks-empty": ("an additional annex is prose without a block", "annex-blocks-empty",
        [('[signing]\n', '[[annexes.additional]]\ntitle = "Hyvinvointikertomus"\nblocks = []\n\n[signing]\n')]),
    "appoints-itself": ("a body is appointed by itself", "appoints-itself",
        [(HYTE, HYTE + 'appointed_by = "hyte"\n')]),
    "approval-missing": ("the regional council has signed, but no approving decision is given (a warning, the agreement stays valid)", "approval-missing",
        [('title = "maakuntajohtaja" }\n', 'title = "maakuntajohtaja" }\nsigned_on = 2024-02-01\n')]),
    "area-id-duplicate": ("two interface areas have the same id", "area-id-duplicate",
        [('[meta]\n', 'interface_areas = [\n  ' + AREA.format(id="hyte", name="Hyvinvointi") + ',\n  '
          + AREA.format(id="hyte", name="Terveys") + ',\n]\n\n[meta]\n')]),
    "area-id-malformed": ("an interface area's id has a space", "area-id-malformed",
        [('[meta]\n', 'interface_areas = [\n  ' + AREA.format(id="hyte alue", name="Hyvinvointi") + ',\n]\n\n[meta]\n')]),
    "baseline-year": ("an indicator's baseline year is after the agreement's (a warning, the agreement stays valid)", "baseline-year",
        [(SCALE, 'scale = [1, 5], baseline_year = 2030 }')]),
    "business-id-empty": ("a party's business ID is empty", "business-id-empty",
        [('business_id = "0145801-3"', 'business_id = ""')]),
    "convener-both": ("a body's convener is both a party and another body", "convener-both",
        [('convener = { party = "county" }\n', 'convener = { party = "county", other = "Järjestöneuvosto" }\n')]),
    "convener-empty": ("a body's convener names no one", "convener-empty",
        [(HYTE, 'convener = {}\n')]),
    "follow-up-rounds-too-many": ("the follow-up has thirteen rounds a year", "follow-up-rounds-too-many",
        [('window = { from_month = 5, to_month = 6 }\n', f'rounds = [{ROUNDS}]\n')]),
    "forum-id-duplicate": ("two bodies have the same id", "forum-id-duplicate",
        [('id = "hyte"\n', 'id = "strategic"\n')]),
    "forum-id-empty": ("a body's id is empty", "forum-id-empty",
        [('id = "hyte"\n', 'id = ""\n')]),
    "forum-not-drawn": ("a body sits on a tier whose box in the figure shows no bodies (a warning, the agreement stays valid)", "forum-not-drawn",
        [('name = "Työryhmät"\n', 'name = "Työryhmät"\ncontents = ["municipalities"]\n')]),
    "forum-tier-none-defined": ("the bodies sit on tiers, but there are none", "forum-tier-none-defined",
        [('[[tiers]]\nlevel = 1\nname = "Strategiset foorumit"\n\n[[tiers]]\nlevel = 2\nname = "Työryhmät"\n\n', '')]),
    "frequency-not-range": ("a body meets from two down to one times a year", "frequency-not-range",
        [('frequency = { per_year = [1, 2] }', 'frequency = { per_year = [2, 1] }')]),
    "generated-id-duplicate": ("an indicator's id is the id generated for the next one", "generated-id-duplicate",
        [('{ text = "Hyvinvointikertomus laadittu"', '{ id = "p1.g1.i2", text = "Hyvinvointikertomus laadittu"')]),
    "joint-meeting-forums": ("a joint meeting of one body", "joint-meeting-forums",
        [('[[priorities]]\n', '[[joint_meetings]]\nforums = ["strategic"]\nat_least_per_year = 1\n\n[[priorities]]\n')]),
    "joint-meeting-too-many": ("a joint meeting at least 400 times a year", "joint-meeting-too-many",
        [('[[priorities]]\n', '[[joint_meetings]]\nforums = ["strategic", "hyte"]\nat_least_per_year = 400\n\n[[priorities]]\n')]),
    "joint-meeting-zero": ("a joint meeting at least zero times a year", "joint-meeting-zero",
        [('[[priorities]]\n', '[[joint_meetings]]\nforums = ["strategic", "hyte"]\nat_least_per_year = 0\n\n[[priorities]]\n')]),
    "limit-exceeded": ("a bulleted list of 1001 items", "limit-exceeded",
        [(BULLETS, '{ bullets = [' + ", ".join(['"Kohta"'] * 1001) + '] }')]),
    "list-empty": ("a bulleted list without items", "list-empty",
        [(BULLETS, '{ bullets = [] }')]),
    "listed-twice": ("a body that exists in each municipality lists one municipality twice", "listed-twice",
        [(HYTE, HYTE + 'per_municipality = true\nmunicipalities = ["town-a", "town-a"]\n')]),
    "markup-footnote-empty": ("a footnote mark without a name, `[^]`", "markup-footnote-empty",
        [(ACTION, 'actions = [{ text = "Yhteinen suunnitelma[^]" }]')]),
    "markup-footnote-unclosed": ("a footnote mark without its closing bracket", "markup-footnote-unclosed",
        [(ACTION, 'actions = [{ text = "Yhteinen suunnitelma[^1" }]')]),
    "named-twice": ("a priority's lead names the same body twice (a warning, the agreement stays valid)", "named-twice",
        [('lead = { forums = ["strategic"]', 'lead = { forums = ["strategic", "strategic"]')]),
    "notice-long": ("a notice period of six years (a warning, the agreement stays valid)", "notice-long",
        [('notice_months = 12\n', 'notice_months = 72\n')]),
    "party-id-malformed": ("a party's id has a space", "party-id-malformed",
        [('id = "town-a"\n', 'id = "town a"\n')]),
    "priority-number-duplicate": ("two priorities have the number 1", "priority-number-duplicate",
        [('[follow_up]\n', '[[priorities]]\nid = "osallisuus"\nnumber = 1\ntitle = "Osallisuus"\n\n[[priorities.goals]]\n'
          'text = "Osallisuus vahvistuu"\nindicators = [{ text = "Osallisuuskysely tehty" }]\n\n[follow_up]\n')]),
    "provisions-none": ("a statute of the legal basis without provisions", "provisions-none",
        [('provisions = [{ section = "14", topic = "Hyvinvointialueen ja kuntien yhteistyö" }]', 'provisions = []')]),
    "representatives-not-named": ("a representative is named to a body whose representatives are not named", "representatives-not-named",
        [('frequency = "as_needed"\n', 'frequency = "as_needed"\nnamed_representatives = false\n\n[[representatives]]\n'
          'party = "county"\nforum = "hyte"\nname = "Maija Meikäläinen"\n')]),
    "seats-too-many": ("a member has 2000 seats", "seats-too-many",
        [('composition = "Sopijaosapuolten johto"\n', 'composition = "Sopijaosapuolten johto"\nmembers = [{ id = "county", seats = 2000 }]\n')]),
    "signed-draft": ("a draft with a party's signing date (a warning, the agreement stays valid)", "signed-draft",
        [('status = "final"\n', 'status = "draft"\n')]),
    "table-columns-none": ("an annex table without columns", "table-columns-none",
        [('[signing]\n', '[[annexes.additional]]\ntitle = "Yhteyshenkilöt"\ntable = { columns = [], rows = [["Akaupunki"]] }\n\n[signing]\n')]),
    "table-rows-none": ("an annex table without rows", "table-rows-none",
        [('[signing]\n', '[[annexes.additional]]\ntitle = "Yhteyshenkilöt"\ntable = { columns = ["Kunta"], rows = [] }\n\n[signing]\n')]),
    "target-value-not-a-number": ("an indicator's numeric target is not a number", "target-value-not-a-number",
        [(SCALE, 'scale = [1, 5], baseline_year = 2023, target = "vähintään 4", target_value = nan }')]),
    "target-value-percentage": ("a percentage's numeric target is 150", "target-value-percentage",
        [(IND2, IND2 + '  { text = "Kattavuus", value_kind = "percentage", target = "150 %", target_value = 150 },\n')]),
    "target-value-scale": ("a numeric target of 6 on a scale from 1 to 5", "target-value-scale",
        [(SCALE, 'scale = [1, 5], baseline_year = 2023, target = "6", target_value = 6 }')]),
    "target-value-share": ("a share out of 3 has the numeric target 5", "target-value-share",
        [(SHARE, 'municipalities = "2/3", target = "viisi kuntaa", target_value = 5 }')]),
    "target-value-without-words": ("a numeric target without the target in words", "target-value-without-words",
        [(SCALE, 'scale = [1, 5], baseline_year = 2023, target_value = 4 }')]),
    "target-value-yes-no": ("a yes/no indicator has a numeric target", "target-value-yes-no",
        [(IND2, IND2 + '  { text = "Suunnitelma hyväksytty", value_kind = "yes_no", target = "kyllä", target_value = 1 },\n')]),
    "text-glyph-missing": ("the title has a character the fonts lack (U+1F91D)", "text-glyph-missing",
        [('title = "Esimerkkialueen yhteistyösopimus"', 'title = "Esimerkkialueen yhteistyösopimus \U0001F91D"')]),
    "text-share-among": ("an indicator's text counts out of 5 among 2 municipalities (a warning, the agreement stays valid)", "text-share-among",
        [('{ text = "Tyytyväisyys", ' + SCALE, '{ text = "Tyytyväisyys X/5 kunnassa", scale = [1, 5], baseline_year = 2023, among = ["town-a", "town-b"] }')]),
    "text-share-differs": ("an indicator's text says X/5, its share 2/3 (a warning, the agreement stays valid)", "text-share-differs",
        [('{ text = "Hyvinvointikertomus laadittu"', '{ text = "Hyvinvointikertomus laadittu (X/5)"')]),
    "tier-content-twice": ("a tier shows the bodies twice", "tier-content-twice",
        [('name = "Työryhmät"\n', 'name = "Työryhmät"\ncontents = ["bodies", "bodies"]\n')]),
    "tier-contents-empty": ("a tier shows nothing", "tier-contents-empty",
        [('name = "Työryhmät"\n', 'name = "Työryhmät"\ncontents = []\n')]),
    "tier-level-duplicate": ("two tiers are on level 1", "tier-level-duplicate",
        [('level = 2\n', 'level = 1\n')]),
    "value-kind-not-scale": ("an indicator with a scale has values of the kind number", "value-kind-not-scale",
        [(SCALE, 'scale = [1, 5], baseline_year = 2023, value_kind = "number" }')]),
    "value-kind-percentage-unit": ("a percentage indicator's unit is not %", "value-kind-percentage-unit",
        [(IND2, IND2 + '  { text = "Kattavuus", value_kind = "percentage", unit = "kpl" },\n')]),
    "value-kind-scale-without-scale": ("an indicator has values on a scale but no scale", "value-kind-scale-without-scale",
        [(IND2, IND2 + '  { text = "Arvio", value_kind = "scale" },\n')]),
    "value-kind-share": ("a share of municipalities has values of the kind number", "value-kind-share",
        [(SHARE, 'municipalities = "2/3", value_kind = "number" }')]),
})

out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "tests/data/invalid")
for name, (what, code, edits), body in [(n, f, BODY) for n, f in FIXTURES.items()] + \
        [(n, f, BILINGUAL_BODY) for n, f in BILINGUAL_FIXTURES.items()]:
    text = body
    for old, new in edits:
        count = text.count(old)
        if count != 1:
            raise SystemExit(f"{name}: `{old}` occurs {count} times in the base")
        text = text.replace(old, new)
    if code == "none":
        code = "none, the file does not load (an input error, exit code 2)"
    (out / f"{name}.toml").write_text(f"# One mistake: {what}\n# code: {code}\n" + text)
print(f"wrote {len(FIXTURES) + len(BILINGUAL_FIXTURES)} fixtures")
