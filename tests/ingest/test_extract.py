"""The rule-based claim extractor: one case per pattern, with the expected claims written
out (quote, scope and pairs or hub, domain, stance, and attribution where it matters)."""

import json

import pytest

from axis_report import cli
from axis_report.ingest import extract as ex
from axis_report.ingest.lexicon import find_countries


def claims(text):
    """(quote, target, domain, stance) of each candidate; target is 'group', 'hub:XXX' or
    the pairs joined by commas."""
    out = []
    for c in ex.extract(text):
        assert text[c["start"]:c["end"]] == c["quote"]
        target = ("group" if c["scope"] == "group" else f"hub:{c['hub']}" if c["scope"] == "hub"
                  else ",".join(c["dyads"]))
        out.append((c["quote"], target, c["domain"], c["stance"]))
    return out


# --- countries ------------------------------------------------------------------------------

def test_countries_by_name_adjective_capital_leader_and_institution():
    text = ("Beijing, the Kremlin, Pyongyang, Xi, Tehran's envoy, Moscow's forces, Kim Jong Un, "
            "Putin, Khamenei, Pezeshkian, Chinese firms, the DPRK, Iranian drones, "
            "the Islamic Republic of Iran, North Korean troops, Sino-Russian ties, Washington.")
    assert [(m.text, m.code) for m in find_countries(text)] == [
        ("Beijing", "CHN"), ("the Kremlin", "RUS"), ("Pyongyang", "PRK"), ("Xi", "CHN"),
        ("Tehran's", "IRN"), ("Moscow's", "RUS"), ("Kim Jong Un", "PRK"), ("Putin", "RUS"),
        ("Khamenei", "IRN"), ("Pezeshkian", "IRN"), ("Chinese", "CHN"), ("DPRK", "PRK"),
        ("Iranian", "IRN"), ("Islamic Republic of Iran", "IRN"), ("North Korean", "PRK"),
        ("Sino", "CHN"), ("Russian", "RUS"), ("Washington", "USA")]


def test_a_country_word_inside_an_institution_name_is_not_a_mention():
    text = "Alexander Gabuev of the Carnegie Russia Eurasia Center wrote in the Tehran Times."
    assert find_countries(text) == []


def test_capitals_and_leaders_make_pairs():
    assert claims("Beijing and Moscow signed a new trade agreement. Tehran's drones reached "
                  "Moscow's forces. Putin met Kim Jong Un in Pyongyang. The Kremlin praised Xi. "
                  "Khamenei and Pezeshkian welcomed Chinese investment.") == [
        ("Beijing and Moscow signed a new trade agreement", "CHN-RUS", "diplomatic",
         "cooperation"),
        ("Tehran's drones reached Moscow's forces", "IRN-RUS", "military", "cooperation"),
        ("Putin met Kim Jong Un in Pyongyang", "PRK-RUS", "diplomatic", "cooperation"),
        ("The Kremlin praised Xi", "CHN-RUS", "diplomatic", "cooperation"),
        ("Khamenei and Pezeshkian welcomed Chinese investment", "CHN-IRN", "economic",
         "cooperation"),
    ]


def test_two_names_and_one_apart_give_the_pairs_across():
    assert claims("The secular governments of Russia and China are wary of Iran's theocratic "
                  "governance.") == [
        ("The secular governments of Russia and China are wary of Iran's theocratic governance",
         "CHN-IRN,IRN-RUS", "ideological", "limitation")]


def test_three_named_together_give_three_pairs():
    assert claims("China and Iran and Russia held naval exercises in the Gulf of Oman.") == [
        ("China and Iran and Russia held naval exercises in the Gulf of Oman",
         "CHN-IRN,CHN-RUS,IRN-RUS", "military", "cooperation")]


def test_each_country_pursuing_its_own_programme_is_no_relation():
    assert claims("This includes China's and Russia's pursuit of new missile capabilities.") == []


# --- coreference ------------------------------------------------------------------------------

def test_the_two_countries_and_both_refer_to_the_last_pair():
    assert claims("Russia and Iran held talks in January. The two countries also agreed to "
                  "expand trade in oil. Both have since signed a treaty.") == [
        ("Russia and Iran held talks in January", "IRN-RUS", "diplomatic", "cooperation"),
        ("The two countries also agreed to expand trade in oil", "IRN-RUS", "economic",
         "cooperation"),
        ("Both have since signed a treaty", "IRN-RUS", "diplomatic", "cooperation"),
    ]


def test_the_pair_with_a_third_country_gives_the_third_with_each():
    assert claims("Iran and North Korea have cooperated on missiles for decades. But the pair "
                  "rarely coordinates with China.") == [
        ("Iran and North Korea have cooperated on missiles for decades", "IRN-PRK", "military",
         "cooperation"),
        ("the pair rarely coordinates with China", "CHN-IRN,CHN-PRK", "diplomatic",
         "limitation"),
    ]


def test_the_four_and_they_refer_to_the_group():
    assert claims("Russia, China, Iran and North Korea oppose the West. The four share deep "
                  "grievances against the United States. They also trade in oil.") == [
        ("Russia, China, Iran and North Korea oppose the West", "group", "ideological",
         "cooperation"),
        ("The four share deep grievances against the United States", "group", "ideological",
         "cooperation"),
        ("They also trade in oil", "group", "economic", "cooperation"),
    ]


def test_their_takes_the_pair_named_as_subject_before():
    assert claims("Only Russia and North Korea hold a mutual defense treaty. Their solidarity "
                  "stems from shared history and ideological ties.") == [
        ("Only Russia and North Korea hold a mutual defense treaty", "group", "military",
         "limitation"),
        ("Russia and North Korea hold a mutual defense treaty", "PRK-RUS", "military",
         "cooperation"),
        ("Their solidarity stems from shared history and ideological ties", "PRK-RUS",
         "ideological", "cooperation"),
    ]


def test_its_and_an_elided_subject_take_the_sentence_subject():
    assert claims("Iran's drone sales to Russia and its oil trade with China grew.") == [
        ("Iran's drone sales to Russia", "IRN-RUS", "military", "cooperation"),
        ("its oil trade with China grew", "CHN-IRN", "economic", "cooperation"),
    ]


# --- group and hub ----------------------------------------------------------------------------

def test_group_words():
    assert claims("CRINK members cooperate on arms. These nations share an ideology of "
                  "resistance. The axis of upheaval trades oil for drones. The axis lacks a "
                  "common enemy.") == [
        ("CRINK members cooperate on arms", "group", "military", "cooperation"),
        ("These nations share an ideology of resistance", "group", "ideological",
         "cooperation"),
        ("The axis of upheaval trades oil for drones", "group", "economic", "cooperation"),
        ("The axis lacks a common enemy", "group", "ideological", "limitation"),
    ]


def test_all_four_named_in_one_list_is_the_group():
    assert claims("Beijing, Moscow, Pyongyang, and Tehran have accelerated cooperation since "
                  "2022.") == [
        ("Beijing, Moscow, Pyongyang, and Tehran have accelerated cooperation since 2022",
         "group", "diplomatic", "cooperation")]


def test_one_and_the_other_three_is_a_hub():
    assert claims("Ideological differences complicate relations between Iran and the other "
                  "three.") == [
        ("Ideological differences complicate relations between Iran and the other three",
         "hub:IRN", "ideological", "limitation")]


def test_three_named_and_one_apart_is_a_hub():
    assert claims("Russia's collaboration with China, North Korea, and Iran grew during its "
                  "war.") == [
        ("Russia's collaboration with China, North Korea, and Iran grew during its war",
         "hub:RUS", "military", "cooperation")]


def test_a_group_word_with_one_country_is_that_countrys_hub():
    assert claims("Their support to Russia sustained its war machine.") == [
        ("Their support to Russia sustained its war machine", "hub:RUS", "military",
         "cooperation")]


# --- stance: negation and hedging -------------------------------------------------------------

@pytest.mark.parametrize("sentence, target, domain", [
    ("China has avoided sending weapons to Russia.", "CHN-RUS", "military"),
    ("The support from Moscow for Tehran did not materialize.", "IRN-RUS", "diplomatic"),
    ("Beijing called for calm, refraining from military support for Iran.", "CHN-IRN",
     "military"),
    ("Iran's foreign minister left Moscow without assurances of aid.", "IRN-RUS", "military"),
    ("The treaty between Russia and Iran contains no mutual defence clause.", "IRN-RUS",
     "military"),
    ("Russia's limited support for Iran disappointed Tehran.", "IRN-RUS", "diplomatic"),
    ("Neither Russia nor China has indicated a willingness to intervene militarily to support "
     "Iran.", "CHN-IRN,IRN-RUS", "military"),
])
def test_negation_and_hedging_give_limitation(sentence, target, domain):
    assert claims(sentence) == [(sentence.rstrip("."), target, domain, "limitation")]


@pytest.mark.parametrize("sentence", [
    "China and Russia announced a no limits partnership.",
    "No matter how the situation changes, China will deepen its relations with Russia.",
    "China and Russia cooperate not only on trade but also on arms.",
])
def test_phrases_that_only_look_negative_stay_cooperation(sentence):
    assert [c[3] for c in claims(sentence)] == ["cooperation"]


def test_a_hedge_inside_a_cooperative_clause_stays_cooperation():
    assert claims("Iran's defense minister visited China, an ongoing if cautious engagement.") == [
        ("Iran's defense minister visited China, an ongoing if cautious engagement", "CHN-IRN",
         "military", "cooperation")]


def test_a_support_inside_a_limitation_is_also_a_claim():
    assert claims("Doubts about Iran's leadership temper China's support for Tehran.") == [
        ("Doubts about Iran's leadership temper China's support for Tehran", "CHN-IRN",
         "diplomatic", "limitation"),
        ("China's support for Tehran", "CHN-IRN", "diplomatic", "cooperation"),
    ]


# --- several claims in one sentence ------------------------------------------------------------

def test_opting_instead_to_and_a_new_predicate_split_the_sentence():
    assert claims("China has avoided sending substantial arms to Russia, opting instead to "
                  "support Russia's defense industrial base and remain a prominent purchaser "
                  "of Russian oil.") == [
        ("China has avoided sending substantial arms to Russia", "CHN-RUS", "military",
         "limitation"),
        ("opting instead to support Russia's defense industrial base", "CHN-RUS", "military",
         "cooperation"),
        ("remain a prominent purchaser of Russian oil", "CHN-RUS", "economic", "cooperation"),
    ]


def test_but_semicolon_and_while_split_the_sentence():
    assert claims("Russia supplies Iran with fighter jets, but Iran has not received the "
                  "promised air-defence systems. North Korea sent troops to Russia; China stayed "
                  "on the sidelines. While Iran sells drones to Russia, China buys Iranian "
                  "oil.") == [
        ("Russia supplies Iran with fighter jets", "IRN-RUS", "military", "cooperation"),
        ("Iran has not received the promised air-defence systems", "IRN-RUS", "military",
         "limitation"),
        ("North Korea sent troops to Russia", "PRK-RUS", "military", "cooperation"),
        ("China stayed on the sidelines", "CHN-RUS", "diplomatic", "limitation"),
        ("While Iran sells drones to Russia", "IRN-RUS", "military", "cooperation"),
        ("China buys Iranian oil", "CHN-IRN", "economic", "cooperation"),
    ]


def test_a_concession_and_its_main_clause_are_two_claims():
    assert claims("Although an alignment exists among China, Russia, Iran, and North Korea, it "
                  "does not equate to a cohesive or binding partnership.") == [
        ("Although an alignment exists among China, Russia, Iran, and North Korea", "group",
         "diplomatic", "cooperation"),
        ("it does not equate to a cohesive or binding partnership", "group", "diplomatic",
         "limitation"),
    ]


def test_an_elaboration_stays_with_its_clause():
    assert claims("Neither China nor Russia provided substantial assistance to Iran, undermining "
                  "the concept of a unified front.") == [
        ("Neither China nor Russia provided substantial assistance to Iran, undermining the "
         "concept of a unified front", "CHN-IRN,IRN-RUS", "military", "limitation")]


# --- domain ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, domain", [
    ("North Korea sent troops to Russia.", "military"),
    ("Iran sold drones and missiles to Russia.", "military"),
    ("China buys Iranian oil despite sanctions.", "economic"),
    ("Moscow is Iran's largest source of foreign investment.", "economic"),
    ("Wang Yi visited Moscow for a meeting with Lavrov.", "diplomatic"),
    ("Russia and China vote together at the UN.", "diplomatic"),
    ("Russia and Iran share conservative values and a grudge against the West.", "ideological"),
])
def test_domain_from_what_is_exchanged(sentence, domain):
    assert [c[2] for c in claims(sentence)] == [domain]


# --- attribution ---------------------------------------------------------------------------

def test_named_analyst_with_affiliation_then_he():
    found = ex.extract("Alexander Gabuev of the Carnegie Russia Eurasia Center said that Russia "
                       "and China did not come to Iran's aid. He noted that the two countries "
                       "share no values.")
    assert [(c["quote"], c["attribution"], c["analyst"], c["affiliation"], c["stance"])
            for c in found] == [
        ("Russia and China did not come to Iran's aid", "named", "Alexander Gabuev",
         "Carnegie Russia Eurasia Center", "limitation"),
        ("the two countries share no values", "named", "Alexander Gabuev",
         "Carnegie Russia Eurasia Center", "limitation"),
    ]
    assert [c["dyads"] for c in found] == [["CHN-IRN", "IRN-RUS"], ["CHN-RUS"]]


def test_appositive_affiliation_and_unnamed_sources():
    found = ex.extract("Michael Kimmage, a former State Department official, remarked that their "
                       "interactions lack strategic implications. Analysts suggest that China "
                       "and Russia may deepen their partnership. Russia and China vote together "
                       "at the UN, experts say.")
    assert [(c["quote"], c["attribution"], c["analyst"]) for c in found] == [
        ("their interactions lack strategic implications", "named", "Michael Kimmage"),
        ("China and Russia may deepen their partnership", "unnamed", None),
        ("Russia and China vote together at the UN", "unnamed", None),
    ]
    assert found[0]["affiliation"] == "a former State Department official"


def test_a_country_saying_something_is_not_a_named_analyst():
    [c] = ex.extract("China said it will deepen its partnership with Russia.")
    assert (c["attribution"], c["analyst"], c["dyads"]) == ("article", None, ["CHN-RUS"])


# --- the interface --------------------------------------------------------------------------

SAMPLE = ("Russia's collaboration with China, North Korea, and Iran grew during its war. "
          "However, China has avoided sending substantial arms to Russia, opting instead to "
          "support Russia's defense industrial base.\n")


def test_every_field_of_a_candidate():
    first = ex.extract(SAMPLE)[0]
    assert first == {
        "quote": "Russia's collaboration with China, North Korea, and Iran grew during its war",
        "start": 0, "end": 76, "countries": ["CHN", "RUS", "IRN", "PRK"], "scope": "hub",
        "dyads": [], "hub": "RUS", "domain": "military", "stance": "cooperation",
        "confidence": 0.8, "cues": ["countries:three and one", "military:war"],
        "attribution": "article", "analyst": None, "affiliation": None,
    }


def test_the_extractor_is_deterministic():
    text = SAMPLE * 3
    assert ex.extract(text) == ex.extract(text)
    assert ex.to_json(ex.extract(text)) == ex.to_json(ex.extract(text))


def test_the_json_command(tmp_path, capsys):
    path = tmp_path / "article.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    assert cli.main(["extract", str(path), "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [(c["quote"], c["scope"], c["hub"], c["dyads"], c["domain"], c["stance"])
            for c in found] == [
        ("Russia's collaboration with China, North Korea, and Iran grew during its war",
         "hub", "RUS", [], "military", "cooperation"),
        ("China has avoided sending substantial arms to Russia", "dyads", None, ["CHN-RUS"],
         "military", "limitation"),
        ("opting instead to support Russia's defense industrial base", "dyads", None,
         ["CHN-RUS"], "military", "cooperation"),
    ]
    for c in found:
        assert SAMPLE[c["start"]:c["end"]] == c["quote"]
        assert 0 <= c["confidence"] <= 1 and c["cues"]


def test_the_table_and_a_missing_file(tmp_path, capsys):
    path = tmp_path / "article.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    assert cli.main(["extract", str(path)]) == 0
    out = capsys.readouterr().out
    assert "[0:76] hub RUS military cooperation 0.80 article |" in out
    assert out.rstrip().endswith(f"3 candidate claims in {path}")
    assert cli.main(["extract", str(tmp_path / "gone.txt")]) == 2
    assert "cannot be read as UTF-8 text" in capsys.readouterr().err


def test_offsets_count_a_crlf_file_as_it_is(tmp_path, capsys):
    path = tmp_path / "crlf.txt"
    path.write_bytes(SAMPLE.replace("\n", "\r\n").replace(". However", ".\r\nHowever")
                     .encode("utf-8"))
    assert cli.main(["extract", str(path), "--json"]) == 0
    raw = path.read_bytes().decode("utf-8")
    for c in json.loads(capsys.readouterr().out):
        assert raw[c["start"]:c["end"]] == c["quote"]


def test_a_text_without_the_four_has_no_claims():
    assert ex.extract("The United States and Japan held talks in Tokyo.") == []
    assert ex.extract("") == []
