# Hand-coded claims: Re:Russia (re-russia.net), review "Alliance of 'Nuclear Pariahs'", 18 September
# 2023 (stated: "18.09.23 Review"). A review of expert commentary written in the outlet's own voice
# (`article`), except "some commentators" (`unnamed`). Three of the four named together give the
# three pairs among them (eval rule 5): Russia, North Korea and Iran (IRN-PRK, IRN-RUS, PRK-RUS), or
# Russia, North Korea and China (CHN-PRK, CHN-RUS, PRK-RUS). Forecasts of a possible alliance ("A
# more realistic scenario", "may soon face") are coded as hedged cooperation, as Carnegie's "even
# deeper cooperation among them is possible" in eval/. Not coded: "this 'outcast tango' has a flip
# side" (no claim beyond the meeting), "Although it will lag behind both China and the Western
# alliance in terms of its capabilities" (a comparison of power, not a relation), "Several analysts
# have interpreted it as confirmation of Moscow's isolation" (Russia alone), and "a parody of the
# Kremlin's grandly announced plan to 'pivot to the East'" (its point about China is made plainly in
# the last sentence, coded).
THREE_SANCTIONED = ["IRN-PRK", "IRN-RUS", "PRK-RUS"]
AXIS_WITH_CHINA = ["CHN-PRK", "CHN-RUS", "PRK-RUS"]

CLAIMS = [
    dict(quote="Alliance of 'Nuclear Pariahs': Collaboration between Russia, Iran, and North Korea leads to further erosion of the sanctions regime",
         countries=["RUS", "IRN", "PRK"], scope="dyads", dyads=THREE_SANCTIONED, hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="Headline: the three named together collaborate (an 'alliance' of nuclear-armed states): three pairs. Military for the alliance; economic (erosion of sanctions) is defensible. One record for the heading."),
    dict(quote="the talks between Putin and Kim Jong Un",
         countries=["RUS", "PRK"], scope="dyads", dyads=["PRK-RUS"], hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="A summit: diplomatic. The arms supply in the same sentence is coded apart."),
    dict(quote="it finds itself compelled to seek supplies of munitions and weapons from North Korea",
         countries=["RUS", "PRK"], scope="dyads", dyads=["PRK-RUS"], hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="Russia ('it', from the same sentence) seeking North Korean arms: military."),
    dict(quote="some commentators view this meeting as a step towards forming an 'authoritarian axis' made up of Russia, North Korea, and China",
         countries=["RUS", "PRK", "CHN"], scope="dyads", dyads=AXIS_WITH_CHINA, hub=None, domain="diplomatic", stance="cooperation",
         attribution="unnamed", analyst=None,
         note="Three named together as a forming axis: the three pairs among them (eval rule 5), unnamed commentators. The text rejects the view next."),
    dict(quote="such an assessment appears somewhat premature",
         countries=["RUS", "PRK", "CHN"], scope="dyads", dyads=AXIS_WITH_CHINA, hub=None, domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="The outlet's own rejection of the Russia-North Korea-China axis: limitation on the same three pairs. Second stance of the sentence (codebook rule 4). CHN-PRK and CHN-RUS only (China is the doubtful member) is defensible."),
    dict(quote="Beijing has so far distanced itself from military cooperation with Russia and North Korea",
         countries=["CHN", "RUS", "PRK"], scope="dyads", dyads=["CHN-PRK", "CHN-RUS"], hub=None, domain="military", stance="limitation",
         attribution="article", analyst=None,
         note="One proposition about two pairs with one stance (codebook rule 5): China keeps out of military cooperation with each. PRK-RUS is not coded: the distance is China's."),
    dict(quote="demonstrating loyalty to sanction regimes",
         countries=["CHN", "RUS", "PRK"], scope="dyads", dyads=["CHN-PRK", "CHN-RUS"], hub=None, domain="economic", stance="limitation",
         attribution="article", analyst=None,
         note="Hard call. China keeping to the sanctions on Russia and North Korea: an economic limitation on the same pairs, a separate proposition from the military distance. The span names none of them; Beijing and its partners come from the same sentence ('Beijing has ... distanced itself from military cooperation with Russia and North Korea, demonstrating'), so they are in countries (eval rule 4). Folding it into the previous record is defensible."),
    dict(quote="A more realistic scenario today is a military alliance of the three nations, which are all under extensive Western sanctions: Russia, North Korea, and Iran",
         countries=["RUS", "PRK", "IRN"], scope="dyads", dyads=THREE_SANCTIONED, hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="A likely (not yet formed) military alliance of the three named: hedged cooperation on the three pairs."),
    dict(quote="the decades-long history of North Korean-Iranian military cooperation",
         countries=["PRK", "IRN"], scope="dyads", dyads=["IRN-PRK"], hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="Past and continuing military cooperation: IRN-PRK military."),
    dict(quote="such cooperation would further weaken the effect of sanctions on each country",
         countries=["RUS", "PRK", "IRN"], scope="dyads", dyads=THREE_SANCTIONED, hub=None, domain="economic", stance="cooperation",
         attribution="article", analyst=None,
         note="A forecast that the three's cooperation would blunt sanctions: economic, hedged ('would'). 'All three countries' in the sentence are Russia, North Korea and Iran. The first clause (each brings technology and resources to the alliance) is part of the alliance scenario already coded and is not coded apart. The text's typo 'AAll' is kept."),
    dict(quote="the world may soon face a military alliance of three nuclear-armed, sanctioned states",
         countries=["RUS", "PRK", "IRN"], scope="dyads", dyads=THREE_SANCTIONED, hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="The forecast alliance restated ('may soon'): coded at its occurrence (eval rule 10). The three states are those named before."),
    dict(quote="The recent meeting between Putin and Kim Jong Un, which was aimed at expanding the supply of North Korean munitions and weapons for the war in Ukraine",
         countries=["RUS", "PRK", "UKR"], scope="dyads", dyads=["PRK-RUS"], hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="A meeting aimed at more arms supply: military (the aim). Diplomatic for the meeting is defensible; the meeting itself was coded in the first paragraph."),
    dict(quote="this meeting points to the Kremlin's dashed hopes for a stronger alliance with China",
         countries=["RUS", "CHN"], scope="dyads", dyads=["CHN-RUS"], hub=None, domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="Russia did not get the stronger alliance it hoped for with China: CHN-RUS limitation."),
]
