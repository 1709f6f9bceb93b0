"""Word lists for the claim extractor (`extract.py`): countries and their names, group, pair
and hub words, pronouns, stance cues, domain keywords, relation words, attribution frames.

Every list is plain data compiled once into regular expressions at import. Edit the lists,
not the code, to teach the extractor a new leader, capital or phrase; `tests/ingest` pins
the behaviour each entry is there for.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = [
    "FOUR", "COUNTRY_TERMS", "Mention", "find_countries", "GROUP_RE", "PAIR_RE", "HUB_RE",
    "PLURAL_PRONOUN_RE", "SINGULAR_RE", "LIMITATION_CUES", "NOT_LIMITATION_RE",
    "CONCESSIVE_RE", "DOMAIN_TERMS", "RELATION_RE", "REPORTING_VERBS", "UNNAMED_RE",
    "TITLE_WORDS", "SPLIT_VERBS", "SPLIT_PAST_VERBS",
    "INTRO_SUBORDINATORS", "CONDITIONAL_SUBORDINATORS",
    "AGREEMENT_ANAPHOR_RE", "DISCOURSE_MARKERS", "ABBREVIATIONS",
    "INSTITUTION_TAIL_RE", "SUPPORT_NOUNS", "THEIR_RELATION_RE", "ITS_RELATION_TO_RE",
    "RELATION_ANAPHOR_RE",
    "GROUP_LABEL_RE", "NAMING_RE",
]

FOUR = ("CHN", "RUS", "IRN", "PRK")

_POSS = r"(?:['’]s\b|['’](?=\s))?"

# Country code -> the names that denote it: official and short names, adjectives and
# demonyms, capitals and seats of power, leaders and officials, institutions. Regex
# fragments, matched case-sensitively on word boundaries, longest first within a code.
COUNTRY_TERMS = {
    "CHN": [
        r"People['’]s Republic of China", r"Communist Party of China", r"Chinese Communist Party",
        r"China", r"Chinese", r"PRC", r"Beijing", r"Zhongnanhai", r"Sino(?=-)",
        r"Xi Jinping", r"President Xi", r"Xi", r"Wang Yi", r"Li Qiang", r"Li Keqiang",
        r"Wang Huning", r"Wang Qishan", r"Hu Jintao", r"Dong Jun", r"CPC", r"CCP",
        r"People['’]s Liberation Army", r"PLA",
    ],
    "RUS": [
        r"Russian Federation", r"Russia", r"Russians?", r"Moscow", r"the Kremlin", r"Kremlin",
        r"Russo(?=-)", r"Vladimir Vladimirovich Putin", r"Vladimir Putin", r"Putin",
        r"Serge[iy] Lavrov", r"Lavrov", r"Dmitry Peskov", r"Peskov", r"Serge[iy] Shoigu",
        r"Shoigu", r"Andrei Belousov", r"Belousov", r"Dmitry Medvedev", r"Medvedev",
        r"Mikhail Mishustin", r"Mishustin", r"State Duma",
    ],
    "IRN": [
        r"Islamic Republic of Iran", r"Iran", r"Iranians?", r"Tehran", r"Teheran",
        r"Ayatollah Ali Khamenei", r"Ali Khamenei", r"Khamenei", r"Masoud Pezeshkian",
        r"Pezeshkian", r"Ebrahim Raisi", r"Raisi", r"Abbas Araghchi", r"Araghchi",
        r"Hassan Rouhani", r"Rouhani", r"Javad Zarif", r"Zarif", r"Ahmadinejad",
        r"Islamic Revolutionary Guard Corps", r"Revolutionary Guards?", r"IRGC", r"Majlis",
    ],
    "PRK": [
        r"Democratic People['’]s Republic of Korea", r"North Korea", r"North Koreans?",
        r"D\.P\.R\.K\.", r"DPRK", r"N\.\s?Korean?s?", r"Pyongyang",
        r"Workers['’] Party of Korea", r"WPK",
        r"Korean People['’]s Army", r"Kim Jong[ -][Uu]n", r"Kim Jong[ -][Ii]l",
        r"Kim Il[ -][Ss]ung", r"Kim Yo[ -][Jj]ong", r"Choe Son[ -][Hh]ui",
        r"Kim(?!\s+[A-Z])", r"KPA", r"(?<=\bthe )North(?![\s-]+[A-Z]|-)",
    ],
    # Outsiders: listed in a claim's `countries`, never in its pairs.
    "USA": [r"United States of America", r"United States", r"U\.S\.A\.", r"U\.S\.", r"USA",
            r"US(?=\s)", r"America", r"Americans?", r"Washington(?!\s+Post)", r"Pentagon",
            r"White House", r"Biden", r"Trump"],
    "ISR": [r"Israel", r"Israelis?", r"Netanyahu", r"Tel Aviv"],
    "UKR": [r"Ukraine", r"Ukrainians?", r"Kyiv", r"Kiev", r"Zelensk(?:yy|y|iy)"],
    "SAU": [r"Saudi Arabia", r"Saudis?", r"Riyadh"],
    "KOR": [r"South Koreans?", r"South Korea", r"Republic of Korea", r"Seoul", r"ROK"],
    "JPN": [r"Japan", r"Japanese", r"Tokyo"],
    "IND": [r"India", r"Indians?", r"New Delhi"],
    "SYR": [r"Syria", r"Syrians?", r"Damascus"],
    "BLR": [r"Belarus", r"Belarusians?", r"Minsk", r"Lukashenko"],
    "TUR": [r"Turkey", r"Türkiye", r"Turkish", r"Ankara"],
    "GBR": [r"United Kingdom", r"Britain", r"British", r"U\.K\.", r"UK"],
    "FRA": [r"France", r"French"],
    "DEU": [r"Germany", r"German"],
}

# A country word followed by these is part of an institution's or outlet's name
# ("the Carnegie Russia Eurasia Center", "the Tehran Times"), not a mention of the country.
INSTITUTION_TAIL_RE = re.compile(
    r"(?:[ \t]+[A-Z][\w'’&-]*){0,3}[ \t]+(?:Center|Centre|Institute|Council|Endowment|Foundation|"
    r"University|Program|Programme|Studies|Times|Daily|News|Today|Herald|Review|Post|"
    r"Academy|Project|Forum|Initiative|Observer|Monitor|Watch)\b")
_INSTITUTION_HEAD_RE = re.compile(
    r"(?:Center|Centre|Institute|Council|Endowment|Foundation|University|Program|Programme|"
    r"Academy|Project|Forum|Initiative) (?:for|of|on) (?:the )?(?:[A-Z][\w'’-]* )*$")


class Mention(NamedTuple):
    """One country mention: its code, character span (possessive included) and text."""

    code: str
    start: int
    end: int
    text: str


def _country_regex() -> re.Pattern:
    parts = []
    for code, terms in COUNTRY_TERMS.items():
        alt = "|".join(terms)
        parts.append(f"(?P<{code}>(?:{alt}){_POSS})")
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])")


_COUNTRY_RE = _country_regex()


def find_countries(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Every country mention in text[start:end], in order, with offsets into `text`.

    Names inside an institution's name ("Carnegie Russia Eurasia Center") are left out."""
    end = len(text) if end is None else end
    out = []
    for m in _COUNTRY_RE.finditer(text, start, end):
        if not m.group(0).endswith(("s", "'", "’")) and INSTITUTION_TAIL_RE.match(text, m.end()):
            continue
        if _INSTITUTION_HEAD_RE.search(text[max(0, m.start() - 60):m.start()]):
            continue
        out.append(Mention(m.lastgroup, m.start(), m.end(), m.group(0)))
    return out


# --- references without a country name ---------------------------------------------------------

_GROUP_NOUNS = (r"(?:nations|countries|states|powers|regimes|governments|autocracies|actors|"
                r"partners|adversaries|members|capitals|players|dictatorships)")
# The group as a whole.
GROUP_RE = re.compile(
    r"\baxis of (?:upheaval|autocracies|evil|resistance)\b|\bCRINK\b|"
    r"\b(?:the|this|that|an?|new|emerging|so-called)\s+(?:(?!of\b|and\b|with\b)[a-z][\w.-]*\s+){0,3}"
    r"[\"“‘']?axis\b(?:\s+of\s+(?:upheaval|autocracies|evil|resistance)\b)?[\"”’']?|"
    r"\baxis\s+(?:countr(?:y|ies)|capitals?|members?|states|partners|powers)\b|"
    r"\bmembers of the axis\b|"
    rf"\b(?:these|those|the|all)\s+(?:four|4)(?:\s+{_GROUP_NOUNS})?\b|\bfour {_GROUP_NOUNS}\b|"
    rf"\b(?:these|those)\s+(?:(?:authoritarian|autocratic|revisionist|four)\s+)?{_GROUP_NOUNS}\b|"
    r"\b(?:this|the)\s+(?:overall\s+|whole\s+|wider\s+|broader\s+)?(?:group|grouping|bloc|"
    r"quartet|coalition)\b|\b(?:some of )?these relationships\b|"
    r"\b(?:an?|this|that|the)\s+[\"“‘']?(?:[\w-]+\s+)?(?:quartet|foursome)\b[\"”’']?|"
    r"\bthis (?:alliance|alignment)\b|"
    r"\bthe (?:nations|countries|states|regimes)\b(?!\s+(?:of|that|in|which|with)\b)|"
    rf"\bauthoritarian (?:adversaries|powers|states|regimes)\b|"
    r"\b(?:each|every) axis (?:country|member|state|capital)\b|"
    r"\bone axis capital\b|\bmember (?:states|countries|nations)\b|"
    r"\b(?:the|its|their|all)\s+(?:four\s+)?members\b(?!\s+of\s+(?!the\s+(?:axis|group|grouping|bloc|"
    r"quartet|coalition)\b))",
    re.I)

# A pair already named ("the two countries", "both sides", "the Contracting Parties").
PAIR_RE = re.compile(
    r"\b(?:the|both|these|those|our)\s+two\s+(?:countries|nations|states|sides|parties|"
    r"governments|leaders|capitals|neighbou?rs|partners|allies|powers|regimes|parties)\b|"
    r"\bboth\s+(?:countries|nations|states|sides|parties|governments|leaders|capitals|"
    r"partners|powers)\b|\bthe\s+pair\b|\bthe\s+duo\b|\bthe\s+Contracting\s+Parties\b|"
    r"\b(?:the|these) two\b(?=\s+(?:\w+ly\s+)?(?:have|has|had|are|were|will|would|can|could|do|"
    r"did|share|exchange|remain|continue|agree\w*|sign\w*|hold|held|maintain\w*|\w+ed)\b)|"
    r"\bboth\b(?=\s+(?:have|has|had|are|were|say|see|want|share|remain|would|will|can|"
    r"signed|agreed|seek|need)\b)|"
    r"\bneither\b(?=\s+(?:has|have|is|was|will|would|can|could|side|country|capital)\b)|"
    r"\bbilateral (?:relations|ties|relationship|trade)\b",
    re.I)

# One country against the other three ("Iran and the other three").
HUB_RE = re.compile(
    r"\b(?:and|with|from|to|of)\s+the\s+other\s+(?:three|3)\b(?:\s+(?:nations|countries|"
    r"states|members|powers|partners))?|\b(?:its|the)\s+three\s+(?:partners|allies|backers|"
    r"friends)\b|"
    # partners not named one by one ("Moscow leaned on its authoritarian partners")
    r"\bits\s+(?:(?:authoritarian|autocratic|anti-Western|fellow|axis|closest|new|main|key)\s+)"
    r"(?:partners|allies|backers|friends|patrons|suppliers)\b|"
    r"\bits\s+partners\s+in\s+the\s+(?:axis|group|grouping|bloc|quartet)\b", re.I)

# "they", "their": the most recent plural referent (a pair or the group).
PLURAL_PRONOUN_RE = re.compile(r"\b(?:they|their|them|theirs|themselves)\b|\bthey['’]re\b",
                               re.I)
# "their cooperation", "their ties": a pronoun that owns a relation refers to a pair or group.
_RELATION_NOUNS = (r"(?:cooperation|collaboration|ties|relations?|relationship|partnership|"
                   r"alliance|alignment|friendship|rapprochement|coordination|bonds?|exchanges?|"
                   r"dealings|links|axis|pact|treaty|agreement)")
THEIR_RELATION_RE = re.compile(rf"\btheir\s+(?:[\w-]+\s+){{0,2}}?{_RELATION_NOUNS}\b", re.I)
# "have cemented these bonds": a relation already named, whoever its parties were.
RELATION_ANAPHOR_RE = re.compile(
    r"\b(?:these|those|such|this|that)\s+(?:[\w-]+\s+)?(?:bonds|ties|links|partnerships?|"
    r"alignment|rapprochement|cooperation|collaboration|friendship)\b", re.I)
# "its economic ties to North Korea and Iran": one owner's relation with those named after it.
ITS_RELATION_TO_RE = re.compile(
    rf"\bits\s+(?:[\w-]+\s+){{0,2}}?{_RELATION_NOUNS}\s+(?:to|with)\s+", re.I)
# "it", "its", "the nation": the most recent single country.
SINGULAR_RE = re.compile(r"\b(?:its|it)\b|\bthe (?:nation|country)\b(?!s)", re.I)


# --- stance -------------------------------------------------------------------------------------

# Limitation cues: (label, regex). Negation, avoidance, hedging, limits, divergence, absence.
def _alt(*parts: str) -> str:
    return "|".join(parts)


LIMITATION_CUES = [
    ("negation", _alt(r"\bnot\b", r"n['’]t\b", r"\bnever\b", r"\bneither\b", r"\bnor\b",
                      r"\bnone\b", r"\bnothing like\b", r"\brarely\b", r"\bseldom\b",
                      r"\bhardly\b", r"\bbarely\b")),
    ("no", r"\bno\b(?!\s+(?:matter|less|limits?|doubt|question|surprise|small)\b)(?![\"”-])"),
    ("without", r"\bwithout\b"),
    ("lack", _alt(r"\black(?:s|ed|ing)?\b", r"\babsen(?:ce|t)\b", r"\bfail(?:s|ed|ing)? to\b")),
    ("avoid", _alt(r"\bavoid(?:s|ed|ing|ance)?\b", r"\brefrain(?:s|ed|ing)?\b",
                   r"\bstopp?(?:ed|ing|s)? short\b", r"\bdecline[sd]? to\b", r"\bdeclining to\b",
                   r"\bshied away\b", r"\bshy(?:ing)? away\b",
                   r"\bkeep(?:ing|s)? (?:its|their) distance\b",
                   r"\bdistance[sd]? (?:itself|themselves)\b", r"\bheld back\b",
                   r"\bholding back\b", r"\bon the sidelines\b",
                   r"\brefus(?:e|es|ed|ing|al)\b",
                   r"\b(?:kept|keep|keeps|keeping|remained|remains|stayed|stays) (?:largely |"
                   r"conspicuously |notably )?(?:quiet|silent|mute)\b",
                   r"\bslow(?:ed|s|ing)? (?:down )?(?:payments|deliveries|shipments|trade)\b",
                   r"\b(?:scaled|scaling|cut|cutting) back\b", r"\bsat out\b",
                   r"\bstay(?:ed)? out\b",
                   r"\b(?:certain |safe |some )?distance (?:from|between)\b",
                   r"\b(?:keep|keeps|keeping|kept|held|holds?|holding) (?:[\w-]+ ){0,3}at "
                   r"arm['’]s length\b",
                   r"\bnot obliged\b", r"\bunder no obligation\b",
                   # turning a partner away
                   r"\babandon(?:s|ed|ing)?\b", r"\bsnub(?:s|bed|bing)?\b",
                   r"\brebuff(?:s|ed|ing)?\b", r"\bspurn(?:s|ed|ing)?\b",
                   r"\bbetray(?:s|ed|ing|al)?\b", r"\bsidelin(?:e|es|ed|ing)\b",
                   r"\bto fend for (?:itself|themselves)\b", r"\bin the lurch\b")),
    ("not-yet", _alt(r"\b(?:has|have|had|is|are)\s+yet\s+to\b", r"\bremains? to be seen\b",
                     r"\b(?:slow|late)\s+to\b", r"\bunclear\b", r"\buncertain\w*\b",
                     r"\bopen question\b", r"\bin name only\b", r"\bon paper\b", r"\bunsure\b")),
    ("did-not-happen", _alt(r"\bdid not (?:materiali[sz]e|yield|come|follow)\b",
                            r"\bnever materiali[sz]ed\b", r"\bfell short\b", r"\bfalls? short\b")),
    ("limited", _alt(r"\blimit(?:s|ed|ing|ations?)?\b", r"\blittle\b", r"\bminimal\b",
                     r"\bmodest\b",
                     r"\bscant\b", r"\bmarginal\b", r"\bsuperficial\b", r"\bshallow\b",
                     r"\bsymbolic\b", r"\bfar from\b", r"\bless than\b", r"\bat most\b",
                     r"\brestrain(?:s|ed|t)?\b", r"\bconstrain(?:s|ed|ts?)?\b",
                     r"\btemper(?:s|ed)?\b", r"\bunlikely\b", r"\bless spectacular\b",
                     r"\bnarrow(?:ly)?\b", r"\bwithhold\w*\b", r"\bbilaterally\b",
                     r"\bbilateral\w*\b[^.;]{0,40}\b(?:over|rather than|instead of)\s+"
                     r"multilateral\w*")),
    ("reluctance", _alt(r"\breluctan(?:t|ce)\b", r"\breticen(?:t|ce)\b",
                        r"\bhesita(?:nt|nce|ncy|tion|ted)\b", r"\bwary\b", r"\bwariness\b",
                        r"\bcautio(?:n|us|usly)\b", r"\bmeasured\b", r"\bambivalen\w*\b",
                        r"\bskeptic\w*\b", r"\bsceptic\w*\b", r"\buneasy\b", r"\bunease\b",
                        r"\bdeliberated\b")),
    ("hedge", _alt(r"\bbalancing\b", r"\bcalibrat\w*\b",
                   r"\bbalanc(?:e|es|ed)\s+(?:its|their|between|against)\b",
                   r"\bdownplay\w*\b", r"\bplay(?:s|ed|ing)? down\b", r"\bneutral(?:ity)?\b",
                   r"\bhedg(?:e|es|ed|ing)\b",
                   r"\bpragmatic\b", r"\bprioriti[sz]\w+\b", r"\bself-interested\b",
                   r"\b(?:its|their) own (?:interests|agendas?|priorities)\b",
                   r"\bof convenience\b",
                   r"\bindividualistic\b", r"\bopportunistic\b", r"\btransactional\b")),
    ("divergence", _alt(r"\bdifferences?\b", r"\bdiverg\w*\b", r"\bcontradict\w*\b",
                        r"\bfriction\b", r"\btensions?\b", r"\brival\w*\b", r"\bcompetit\w*\b",
                        r"\bcompet(?:e|es|ed|ing)\b", r"\bdistrust\w*\b", r"\bmistrust\w*\b",
                        r"\bsuspicio\w*\b", r"\bapprehensions?\b", r"\bconcerns?\b",
                        r"\bcomplicat\w*\b", r"\bstrain(?:s|ed)?\b", r"\bdisagree\w*\b",
                        r"\bat odds\b", r"\bclash\w*\b", r"\bdispute[sd]?\b", r"\brifts?\b",
                        r"\bchallenges?\b(?!\s+(?:to|for)\s+(?:the\s+)?(?:West|Western|U\.S\.|"
                        r"United States|America|NATO|Washington)\b)",
                        r"\bcompeting\b", r"\bseparate (?:aims|interests|agendas)\b",
                        r"\bindependent of one another\b", r"\bindependently\b")),
    ("low", _alt(r"\b(?:a |an )?(?:all-time |historic |new )?low point\b", r"\bnadir\b",
                 r"\bcool(?:ed|ing)\b", r"\bchill(?:ed|y)?\b", r"\bsour(?:ed|ing)\b",
                 r"\bdeteriorat\w*\b", r"\bworsen\w*\b", r"\bfray\w*\b",
                 # a relation or exchange shrinking ("trade between the two has fallen")
                 r"\b(?:fell|fallen|falling|dropped|shrank|shrunk|shrinking|slumped|plunged|"
                 r"plummeted|dwindl\w*|waned|waning)\b",
                 r"\buncomfortable\b", r"\bdiscomfort\b", r"\birritat\w*\b",
                 r"\bdispleas\w*\b", r"\bfrustrat\w*\b", r"\bdilemmas?\b", r"\bdisappoint\w*\b",
                 r"\bbelies?\b", r"\bbelied\b", r"\bmarriage of convenience\b",
                 r"\bless (?:a|an|of a|of an) [\w-]+(?: [\w-]+)? than\b", r"\bfragile\b",
                 r"\blopsided\b", r"\basymmetr\w*\b", r"\bone-sided\b", r"\bad hoc\b",
                 r"\bfluid\b", r"\bamorphous\b", r"\bill-defined\b",
                 r"\bunreliab\w+\b", r"\bundependable\b", r"\bunpredictab\w+\b",
                 r"\bsubdued\b", r"\buntrustworthy\b",
                 r"\btalk is cheap\b", r"\blip service\b", r"\bempty (?:rhetoric|words|"
                 r"promises)\b", r"\brhetorical (?:support|backing|solidarity)\b",
                 r"\bexclud(?:ing|es|ed)\b(?=[^.;]{0,40}\b(?:defen[cs]e|commitment|clause|"
                 r"guarantee|obligation)s?\b)",
                 # a relation or a partner's standing worn down, or gained at its cost
                 r"\bweaken\w*\b(?=[^.;]{0,40}\b(?:relationship|relations|ties|partnership|"
                 r"alliance|cooperation|bonds?|position|leverage|standing|trust)\b)",
                 r"\bat the (?:expense|cost) of\b", r"\bdiminish\w*\b(?!\s+(?:the\s+)?"
                 r"(?:West|Western|U\.S\.|US|American|America|NATO)\b)",
                 r"\berod(?:e|es|ed|ing)\b", r"\berosion\b",
                 r"\bdeclin(?:ed|es|ing)\b(?!\s+to\b)",
                 # one partner's grievance against another
                 r"\bdissatisf\w*\b", r"\bdiscontent\w*\b", r"\bresent(?:ment|ful|s|ed)\b",
                 r"\baccus(?:e|es|ed|ing)\s+(?:the\s+)?(?-i:[A-Z])",
                 r"\banti-(?:Russian|Russia|Chinese|China|Iranian|Iran|North Korean|Beijing|"
                 r"Moscow|Tehran|Pyongyang)\b")),
    ("doubt", _alt(r"\b(?:less|scant|thin|limited|mixed) evidence\b",
                   r"\bundermin\w+ (?:the|their|its) (?:concept|idea|unity|cohesion|image|"
                   r"notion)\b",
                   r"\braised questions\b", r"\bquestions about\b", r"\bdoubts?\b",
                   r"\bhype\b", r"\bdebunk\w*\b", r"\brefut\w+\b", r"\bmyths?\b",
                   r"\bdismiss(?:ed|es|ing)?\b[^.;]{0,40}\bas\b", r"\bfantas(?:y|ies)\b",
                   r"\bexaggerate[sd]?\b", r"\boverstat(?:e|es|ed|ing)\b", r"\boverblown\b",
                   r"\boverhyped\b", r"\bpremature\b")),
    ("only", r"\bonly\b(?!\s+(?:to|as)\b)"),     # counted only before a country ("only Russia")
    ("delay", r"\buntil\b"),                      # counted only after "months", "years"
]
# Phrases that look like a cue and are not one.
NOT_LIMITATION_RE = re.compile(
    r"\bnot only\b|\bnot just\b|\bno matter\b|\bno[- ]limits?\b|\bnot otherwise\b|\bif not\b|"
    r"\bif (?:\w+ )?(?:has|have|had) not (?:done so|already)\b|"
    r"\bof (?:mutual |common |particular |great )?concern\b|"
    r"\b(?:compartmentali[sz]\w*|manag\w+|overcom\w+|set aside|paper\w* over|bridg\w+)\s+"
    r"(?:these |their |the |its )?(?:differences|tensions|frictions?|disagreements)\b|"
    r"\bwhether or not\b|\bno less\b|\bnon-interference\b|\bwithout limits\b|"
    r"\bnot least\b|"
    # what the group poses to others ("pose a significant challenge to the UK")
    r"\bpos(?:e|es|ed|ing)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:challenges?|threats?)\b|"
    # challenging an outsider together ("sought to challenge the United States")
    r"\bchalleng(?:e|es|ed|ing)\s+(?:the\s+)?(?:West|Western|U\.S\.|US|United States|America|"
    r"NATO|Washington|Europe|EU)\b|"
    # a source declining to say more: a reporting formula, not a limit between countries
    r"\b(?:declin\w+|refus\w+)\s+to\s+(?:comment|elaborate|confirm|disclose|discuss|say|specify|"
    r"reveal|identify|(?:provide|give|offer)(?:\s+up)?\s+(?:any\s+|further\s+|more\s+)?(?:details|"
    r"specifics|information|which|what|when|how|whether|where))\b|"
    # a correction that names who ("met not with his counterpart but with Putin himself")
    r"\bnot(?=\s+(?:with|to|by|from|for)\s+[^.;]{1,80}?,?\s+but\s)|"
    # a time ("less than a year ago", "in little more than a decade"), not a limit
    r"\b(?:less|little more|no more) than (?:a|an|one|two|three|four|five|six|\d+|half a)\s+"
    r"(?:years?|months?|weeks?|days?|decades?)\b|"
    # declining to act against a partner is support ("did not condemn Russia's invasion")
    r"\b(?:not|never|nor\s+(?:did|does|has|have|will|would)\s+(?:it|they)|refus\w+\s+to|"
    r"declin\w+\s+to|avoid\w*|refrain\w*(?:\s+from)?)\s+(?:to\s+)?(?:\w+\s+)?(?:condemn\w*|criticiz\w*|"
    r"criticis\w*|censur\w*|denounc\w*|join\w*\s+(?:the\s+)?(?:\w+\s+)?sanctions|"
    r"impos\w+\s+(?:\w+\s+)?sanctions|vot\w+\s+against)\b|"
    # the concern of outsiders about the group, not a limit among its members
    r"\b(?:international|global|western|regional|growing|widespread)\s+(?:concerns?|alarm)\b|"
    r"\bconcerns? (?:in|among|across) (?:the )?(?:West|Washington|Europe|Western capitals)\b|"
    # an observer's suspicion that they cooperate is an allegation of it, not a limit
    r"\b(?:rais\w+|express\w*|voic\w+|fuel\w*|stok\w+)\s+(?:\w+\s+)?(?:suspicions?|concerns?|"
    r"fears?|worries)\s+(?:that|about|over)\b",
    re.I)
# A hedge inside a cooperative clause ("an ongoing if cautious engagement").
CONCESSIVE_RE = re.compile(r"\b(?:if|albeit|though|but still)\s+$", re.I)


# --- domain -------------------------------------------------------------------------------------

def _words(*fragments: str) -> str:
    """One regex matching any of the fragments as whole words."""
    return r"\b(?:" + "|".join(fragments) + r")\b"


# domain -> [(regex, weight)]: what is exchanged weighs 1 (2 for unambiguous compounds);
# the setting of a claim (a war, an invasion) and generic words of relation weigh 0.5.
DOMAIN_TERMS = {
    "military": [
        (_words(r"mutual (?:military )?(?:assistance|defen[cs]e|aid)",
                r"military (?:assistance|aid|alliance|support|cooperation|ties|technology)",
                r"defen[cs]e (?:pact|treaty|clause|cooperation|industr\w*|minister\w*|"
                r"officials?)"), 2.0),
        (_words(r"troops?", r"soldiers?", r"militar\w*", "arms", r"weapon\w*", r"munitions?",
                r"missiles?", "ballistic", r"drones?", "warfare", "warfighting", "battlefield",
                "naval", "navy", r"exercises?", r"drills?", "army", "armed", "combat",
                r"deploy\w*", "artillery", "shells", r"ICBMs?", r"rockets?", "nuclear",
                r"defen[cs]e", "security", r"intervene\w*", "intervention", r"fighters?",
                r"jets?", "Shahed", "technology", "militarily", "assistance", "aid",
                r"(?-i:S-\d{3}s?)", r"(?-i:Su-\d{2}s?)", r"(?-i:MiG-\d{2}s?)", "air defen[cs]e",
                "equipment",
                r"lethal", "ammunition", r"aircraft", r"helicopters?",
                r"air-defen[cs]e", r"warships?", r"submarines?", r"UAVs?",
                r"unmanned (?:aerial|combat) vehicles?"), 1.0),
        (_words("war", "wars", r"strikes?", r"airstrikes?", "invasion", "aggression",
                r"conflicts?", r"attacks?"), 0.5),
    ],
    "economic": [
        (_words("oil", "crude", r"trad(?:e|es|ed|ing)", r"invest(?!igat)\w*", r"financ\w*",
                r"econom\w*", r"de-?dollari[sz]ation", "dollar", r"currenc\w*", r"bank\w*",
                r"purchas\w*", r"buyers?", r"exports?", r"imports?", r"markets?", r"commerc\w*",
                "cash", r"loans?", r"payments?", "revenue", "energy", "gas",
                r"sanctions? evasion", "evade sanctions", "goods",
                r"supplier of (?:crude|oil|gas|energy)", "lifeline", "Belt and Road",
                "infrastructure", r"corridors?", r"pipelines?", r"railways?"), 1.0),
        (_words(r"sanction\w*"), 0.5),
    ],
    "ideological": [
        (_words(r"ideolog\w*", "values", r"regimes?", r"authoritarian\w*", r"autocra\w*",
                r"theocra\w*", "secular", r"religio\w*", r"grievances?", "animosity",
                "opposition to", r"oppos\w* (?:the )?(?:West|United States|U\.S(?=\.)|America)",
                r"anti-(?:Western|American|U\.S(?=\.)|US)", r"against (?:the )?West\w*",
                r"(?:U\.S\.|US|American|Western|Washington)-led (?:\w+ )?(?:order|system)",
                r"hostil\w* (?:to|toward|towards) (?:the )?(?:West|United States|U\.S(?=\.)|"
                r"America)",
                r"Western (?:influence|pressure|order|dominance|hegemony)", "world order",
                "international order", r"multipolar\w*", r"hegemon\w*", "solidarity",
                r"historical (?:ties|context|friendship|bonds?|solidarity)", r"cultur\w*",
                "spiritual", "moral", r"extremis\w*", "self-interested", "individualistic",
                r"worldviews?", "identity", r"shared (?:history|outlook|vision)",
                r"common (?:frustrations|enemy|cause)", "structures"), 1.0),
    ],
    "diplomatic": [
        (_words(r"diplomat\w*", r"meet(?:s|ing|ings)?", "met", r"visit\w*", r"summits?",
                "talks", r"partnership\w*", r"treat(?:y|ies)", r"agreements?", r"accords?",
                r"sign(?:s(?!\s+of\b)|ed|ing)", r"statements?", r"vot(?:e|es|ed|ing)",
                "United Nations",
                "Security Council", r"(?-i:UN)", r"veto\w*", r"mediat\w*", "rapprochement",
                "dialogue", r"negotiat\w*", r"consult\w*", r"delegations?", r"envoys?",
                r"ambassadors?", r"foreign ministers?", "alignment", "aligned", r"coordinat\w*",
                "bloc", r"cohesi\w*", "unified", "unity", "binding", "foreign policy",
                "communication", "concerted action", r"interactions?", "engagement",
                r"condemn\w*", r"denounc\w*", "international law", r"violation of",
                r"shield\w*",
                "neutral"), 1.0),
        (_words(r"support\w*", "backing", r"cooperat\w*", r"collaborat\w*", r"relations?",
                r"relationships?", "ties"), 0.5),
    ],
}

# Words that make a clause about relations between countries (not only about one of them).
RELATION_RE = re.compile(
    r"\bcooperat\w*|\bcollaborat\w*|\bsupport\w*|\bassist\w*|\baid\b|\bhelp\w*|\bpartner\w*"
    r"|\balliance\b|\ballied\b|\bally\b|\balign\w*|\bties\b|\brelations?\b|\brelationships?\b"
    r"|\btreat(?:y|ies)\b|\bpact\b|\bagreements?\b|\baccords?\b|\bdeals?\b"
    r"|\bsign(?:s(?!\s+of\b)|ed|ing)\b"
    r"|\bsummits?\b|\bmet\b|\bmeet\w*|\bvisit\w*|\btalks\b|\btrad(?:e|es|ed|ing)\b|\boil\b"
    r"|\bpurchas\w*|\bbuy\w*|\bbought\b|\bsell\w*|\bsold\b|\bsales\b|\bsuppl\w*|\bprovid\w*"
    r"|\bdeliver\w*|\btransfer\w*|\bsen[dt]\b|\bsending\b|\bship(?:s|ped|ping|ments?)\b"
    r"|\bexport\w*|\bimport(?!an)\w*|\breceiv\w*|\bacquir\w*|\barrival\b|\bdeploy\w*|\bexercises?\b"
    r"|\bdrills?\b|\binvest(?!igat)\w*|\bsanctions? evasion\b|\bsolidarity\b"
    r"|\bunity\b|\bunified\b|\bcohesi\w*|\bcoordinat\w*|\bbloc\b|\bfriend\w*|\bcommon\b"
    r"|\bshared?\b|\bmutual\b|\bjoint\w*|\btogether\b|\bunited\b(?!\s+(?:States|Nations|Kingdom|Arab))|\bback(?:s|ed|ing|ers)?\b"
    r"|\bopposition\b|\boppos\w*|\bagainst\b|\bvalues\b|\bideolog\w*|\binteractions?\b"
    r"|\bconnectivity\b|\bengagement\b|\bdialogue\b|\bcommunication\b|\bconsult\w*|\bstrategic\b"
    r"|\bprocure\w*|\bexchang\w*|\bcash\b|\bdependen\w*|\blifeline\b|\bmediat\w*"
    r"|\brapprochement\b|\bfrustrations\b|\bdiffus\w*|\bflows?\b|\btravel\w*|\bbenefi\w*"
    r"|\binvit\w*|\bimportance\b|\bmultipolar\b|\border\b|\bregimes?\b|\bgrievances\b"
    r"|\bcontradictions\b|\bfriction\b|\bdifferences\b|\bnature\b|\bpartnership\b|\bcatalyst\b"
    r"|\bprais\w*|\bthank\w*|\bcongratulat\w*|\bendors\w*|\bcondemn\w*|\bdenounc\w*"
    r"|\bviolation of\b|\baffinity\b|\bstance\b|\bshield\w*"
    r"|\btak(?:e|es|ing|en)\s+shape\b|\bcoalesc\w*"
    r"|\bpa(?:id|ys?|ying) for\b|\bsimilar(?:ly)?\b|\bconverg\w*|\beye to eye\b"
    r"|\bsame page\b|\bin step\b|\bin tandem\b"
    r"|\bst(?:and|ands|anding|ood)\s+(?:by|with)\b"
    r"|\bloyal\w*|\bnetwork\w*|\bembrac\w*|\bbond\w*|\bclose\w*|\bdeepen\w*|\bstrengthen\w*"
    r"|\bexpand\w*|\baccelerat\w*|\benabl\w*|\bsustain\w*|\bfavou?r\w*|\bevolved\b|\benabler\b"
    r"|\bcapabilities\b|\btechnology\b|\bassurances?\b|\bcommitment\b|\bprioritiz\w*|\bneighbou?rs\b"
    r"|\bstationing\b|\bsoldiers\b|\bgovernance\b|\bperceptions\b|\bwary\b"
    r"|\bautocra\w*|\bauthoritarian\w*|\bdictatorships?\b",
    re.I)

# A label for the group ("a latter-day axis of evil") says they act as one when the clause
# names them or names the label (`extract._chunk`).
GROUP_LABEL_RE = re.compile(r"\b(?:axis|quartet|foursome|grouping|CRINK)\b", re.I)
NAMING_RE = re.compile(r"\b(?:call(?:s|ed|ing)?|label\w*|dub(?:s|bed|bing)?|brand(?:s|ed|ing)|"
                       r"describ\w*|(?<!-)term(?:s|ed)|nam(?:e|es|ed|ing)|formulations?|"
                       r"monikers?|nicknam\w*)\b", re.I)

# Nouns of help, for the "X's support for Y" inside a limitation ("temper China's support for
# Tehran" also says that China supports Iran).
SUPPORT_NOUNS = r"(?:support|assistance|aid|backing|help)"


# --- attribution --------------------------------------------------------------------------------

REPORTING_VERBS = (
    r"(?:said|says|say|noted|notes|note|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|remarked|"
    r"argued|argues|argue|pointed out|points out|told|added|adds|warned|warns|warn|stated|states|"
    r"explained|explains|observed|observes|wrote|writes|contended|contends|believes|believe|"
    r"suggested|suggests|suggest|highlighted|highlights|asserted|asserts|claimed|claims|"
    r"assessed|assesses|assess|concluded|concludes|acknowledged|acknowledges|cautioned|"
    r"maintained|maintains|insisted|insists|predicted|predicts|expressed|expresses|"
    r"contend|observe|think|thinks|thought|according)"
)
TITLE_WORDS = (r"(?:Historian|Analyst|Professor|Prof\.|Dr\.|Expert|Researcher|Scholar|"
               r"Ambassador|Minister|President|General|Admiral|Senator|Secretary|Director|"
               r"Chairman|Fellow|Economist|Commentator|Journalist|Spokesman|Spokeswoman|"
               r"Spokesperson|Dean|Mr\.|Ms\.|Mrs\.)")
# Unnamed sources: "analysts suggest", "experts assess", "is accused of".
UNNAMED_RE = re.compile(
    r"\b(?:(?:some|many|most|several|other|western|u\.s\.|american|chinese|russian|"
    r"iranian|south korean|independent)\s+)?(?:analysts|experts|observers|critics|officials|"
    r"diplomats|scholars|commentators|sources|insiders|researchers)\s+"
    r"(?:have\s+|had\s+)?(?:say|said|suggest|suggested|assess|assessed|believe|believed|"
    r"note|noted|argue|argued|warn|warned|think|thought|contend|point out|pointed out|agree|"
    r"claim|claimed|told|observe|observed|expect|fear)\b|"
    r"\b(?:is|are|was|were|been|being)\s+(?:widely\s+)?(?:accused|alleged|believed|said|"
    r"reported|thought|suspected)\s+(?:of|to)\b|\breportedly\b|\ballegedly\b|"
    r"\bsome claims\b|\bthere is a (?:growing )?consensus\b|\baccording to (?:analysts|experts|"
    r"officials|sources|reports|observers|diplomats)\b",
    re.I)


# --- clause splitting ---------------------------------------------------------------------------

# Verbs that start a new predicate after "and" ("... and remain a purchaser of Russian oil").
_BASE_VERBS = (
    "remain continue provide support supply send sign hold maintain strengthen expand deepen "
    "increase seek help work share oppose buy sell purchase conduct develop intensify build "
    "deploy transfer exchange coordinate cooperate condemn call refrain avoid stop offer pledge "
    "agree reject keep enable embolden magnify aspire establish ensure promote pursue receive "
    "acquire host join back finance fund invest trade export import train arm equip assist "
    "defend protect pay provide deliver launch reach gain benefit undermine weaken degrade "
    "hold become stand vote veto block shield sustain meet visit travel pose face lack view see "
    "want need threaten challenge cement"
).split()


def _inflections(verbs) -> list:
    out = set()
    for v in verbs:
        out.add(v)
        if v.endswith("e"):
            out.update({v + "s", v + "d", v[:-1] + "ing"})
        elif v.endswith("y") and v[-2] not in "aeiou":
            out.update({v[:-1] + "ies", v[:-1] + "ied", v + "ing"})
        else:
            out.update({v + "s", v + "ed", v + "ing", v + "es"})
    return sorted(out, key=lambda w: (-len(w), w))


# Base, -s and -ing forms only: "-ed" forms are too often adjectives ("and shared animosity").
SPLIT_VERBS = [w for w in _inflections(_BASE_VERBS) if not w.endswith(("ed", "ied"))
               or w in _BASE_VERBS]
# Their past forms: after "and" they start a new predicate only when the clause before has
# a finite verb of its own ("have signed deals and expanded coordination").
SPLIT_PAST_VERBS = [w for w in _inflections(_BASE_VERBS) if w.endswith(("ed", "ied"))
                    and w not in _BASE_VERBS] + ["sent", "held", "kept", "built", "sold",
                                                 "bought", "met", "paid", "stood", "became",
                                                 "gave", "took", "made", "struck"]
# A sentence opening with one of these has a subordinate clause before its first comma
# (itself a claim: "Although an alignment exists among ..., it does not ...").
INTRO_SUBORDINATORS = re.compile(
    r"(?:Despite|Although|Though|While|Whereas|Even though|Even as|Just as|Unlike|"
    r"Notwithstanding)\b")
# A sentence opening with one of these has a condition before its first comma (not a claim).
CONDITIONAL_SUBORDINATORS = re.compile(
    r"(?:If|In case|In the event|Unless|When|Whenever|Once|Should|Provided|Where)\b")
# A definite agreement already named ("the accord") stands for the pair that made it.
AGREEMENT_ANAPHOR_RE = re.compile(
    r"\bthe (?:[\w-]+ ){0,2}(?:accord|agreement|deal|treaty|pact|document|draft)\b", re.I)
# Sentence openers that are not part of a claim.
DISCOURSE_MARKERS = re.compile(
    r"(?:(?:However|Notably|Moreover|Furthermore|In contrast|By contrast|Meanwhile|Indeed|"
    r"Similarly|Likewise|Additionally|In addition|Nevertheless|Nonetheless|Consequently|"
    r"In reality|In fact|Of course|Obviously|Importantly|Crucially|At the same time|"
    r"For example|For instance|Overall|In short|Ultimately|Therefore|Thus)\b,?|"
    r"(?:Instead|Yet|Still|Also|Already|Recently|Today|Now|Then|So|First|Second|Third|"
    r"Finally)\b,)\s*", re.I)
# Tokens ending in a full stop that do not end a sentence.
ABBREVIATIONS = frozenset(
    "U.S U.S.A U.N U.K E.U D.P.R.K Mr Mrs Ms Dr Prof St Gen Col Lt Sen Rep Gov Mme Jr Sr Inc "
    "Ltd Co Corp No vs etc e.g i.e Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Fig al "
    "approx Adm Capt Cmdr Maj Sgt Amb Pres Dept".split())

# A finite verb: an auxiliary, or a lower-case word in -ed/-es (the extractor's clause test
# and a feature of the learned layer).
FINITE_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|"
                       r"must|should|do|does|did)\b|\b(?-i:[a-z]\w+(?:ed|es))\b", re.I)
