# Hand-coded claims: Associated Press, as carried by WPLG Local 10, on China's reaction to the
# Russia-North Korea defence pact (URL date 21 June 2024). China's unease is coded on both of its pairs
# with the two signatories (CHN-PRK and CHN-RUS: Beijing's reaction is to the pair's deal, and the text
# names both), except where the text ties it to North Korea alone; the pact itself is PRK-RUS. The
# reporter's voice (`article`); "Experts say" is `unnamed`; Victor Cha (CSIS) is `named`, including the
# relative clauses that continue his reported speech. The page's dashes and quotation marks are
# garbled into 'ā' in the text; quotes keep them.
CHINA_BOTH = ["CHN-PRK", "CHN-RUS"]
PACT = ["PRK-RUS"]
THREE = ["CHN", "RUS", "PRK"]


def c(quote, dyads, domain, stance, note, countries=THREE, attribution="article", analyst=None):
    return dict(quote=quote, countries=list(countries), scope="dyads", dyads=dyads, hub=None,
                domain=domain, stance=stance, attribution=attribution, analyst=analyst, note=note)


CHA = dict(attribution="named", analyst="Victor Cha")

CLAIMS = [
    c("China appears to be keeping its distance", CHINA_BOTH, "diplomatic", "limitation",
      "China holding back as its two partners draw together: limitation on CHN-PRK and CHN-RUS (both partners are named in the same sentence). The pact in the same sentence is coded next (two stances, codebook rule 4)."),
    c("Russia and North Korea move closer to each other with a new defense pact", PACT, "military", "cooperation",
      "The new defence pact: military cooperation (weight 3).",
      countries=("RUS", "PRK")),
    c("China's leaders are likely fretting over a potential loss of influence over North Korea", ["CHN-PRK"], "diplomatic", "limitation",
      "'Experts say' (`unnamed`): Beijing may lose influence over Pyongyang. Limitation on CHN-PRK only: the span names North Korea, and Russia enters only as a signatory of the deal (coded next).",
      countries=("CHN", "PRK"), attribution="unnamed"),
    c("its leader Kim Jong Un and Russian President Vladimir Putin signed the deal this week", PACT, "military", "cooperation",
      "The signing itself, a concrete act (weight 3), reported as fact inside the experts' sentence (`article`: the experts are credited with the fretting, not the signing). Partly restates the pact above; coded at its occurrence (eval rule 10).",
      countries=("PRK", "RUS")),
    c("Beijing may also be struggling to come up with a response to what could be the strongest Russia-North Korea partnership since the Cold War", CHINA_BOTH, "diplomatic", "limitation",
      "Beijing at a loss over its partners' new closeness: limitation (hedged 'may') on CHN-PRK and CHN-RUS. The Russia-North Korea partnership nested in it is coded apart (two stances)."),
    c("what could be the strongest Russia-North Korea partnership since the Cold War", PACT, "diplomatic", "cooperation",
      "The partnership's strength (hedged 'could be'): cooperation, nested in the previous record. Diplomatic (a partnership); the pact records carry the military side.",
      countries=("RUS", "PRK")),
    c("Beijing so far has not commented on the deal", CHINA_BOTH, "diplomatic", "limitation",
      "China's silence on its partners' deal (it 'only reiterated boilerplate statements' on the peninsula): the absence of an expected endorsement, a limitation. The boilerplate that follows is the same point and is not coded apart."),
    c("which requires both countries to provide defense assistance if the other is attacked", PACT, "military", "cooperation",
      "The pact's mutual defence obligation (weight 3). 'Both countries' are Russia and North Korea (the deal's parties, named earlier).",
      countries=("RUS", "PRK")),
    c("The Chinese response has been āvery weak,\"", CHINA_BOTH, "diplomatic", "limitation",
      "Victor Cha (CSIS): China's weak response to the pact. Limitation on China's pairs with both signatories. The quotation marks are garbled ('ā' opening, straight '\"' closing) and kept. The rest of his remarks ('Beijing doesn't yet know what to do', 'Every option is a bad option') elaborate this and are not coded apart.",
      **CHA),
    c("Some in Beijing may welcome the Russia-North Korea partnership as a way of pushing back at America's dominance in world affairs", CHINA_BOTH, "diplomatic", "cooperation",
      "Some in Beijing may see the partnership as useful against the United States: hedged cooperation on CHN-PRK and CHN-RUS (shared anti-US purpose; ideological is defensible). The reporter's voice: 'some in Beijing' hold the view, the text does not cite them as sources. The sentence turns on 'but' to Cha's 'discomfort', coded next.",
      countries=("CHN", "RUS", "PRK", "USA")),
    c("āthere is also a great deal of discomfortā in China", CHINA_BOTH, "diplomatic", "limitation",
      "Cha: discomfort in China at the Russia-North Korea partnership. Limitation on both of China's pairs (the partnership is the subject of the sentence). Garbled quotation marks kept.",
      countries=("CHN", "RUS", "PRK"), **CHA),
    c("doesnāt want to lose its sway over its neighbor to Russia", CHINA_BOTH, "diplomatic", "limitation",
      "China does not want to lose its sway over North Korea ('its neighbor') to Russia: rivalry over Pyongyang, limitation on CHN-PRK and CHN-RUS. Continues Cha's reported speech ('Cha said that ... in China, which ...'): `named`. 'doesnāt' is garbled in the text and kept.",
      **CHA),
    c("doesnāt want to see a destabilizing nuclear power on its doorstep", ["CHN-PRK"], "military", "limitation",
      "China's unease at a destabilising nuclear-armed North Korea on its border: CHN-PRK limitation (military). North Korea is 'a destabilizing nuclear power', clear from context.",
      countries=("CHN", "PRK"), **CHA),
    c("doesnāt want to bring the conflict in Europe to Asia", CHINA_BOTH, "military", "limitation",
      "China does not want Russia's war ('the conflict in Europe') carried into Asia through the Russia-North Korea pact: a divergence from both partners' course. Limitation on CHN-PRK and CHN-RUS; coding CHN-RUS only, or leaving it out (no partner named in the span), is defensible. The cut-off last sentence ('But China isn't raising these concerns') is not coded.",
      countries=("CHN", "RUS", "PRK", "UKR"), **CHA),
]
