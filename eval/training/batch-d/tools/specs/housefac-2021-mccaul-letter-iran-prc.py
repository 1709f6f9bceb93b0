# Hand-coded claims: House Foreign Affairs Committee (Republican side), press release "McCaul Asks
# Secretary Blinken for Details Concerning Iran-China Relationship" with the text of Lead Republican
# Michael McCaul's letter to Secretary of State Antony Blinken (April 2021, estimated). An official
# congressional text, all CHN-IRN. The press release quotes the letter's key paragraph, which the
# letter itself then prints again: each occurrence is coded (eval rule 10); the build script's
# `occurrence` picks the second. Attribution: the release's quotation, credited "McCaul wrote", is
# `named`; the letter's body is the document's own text (`article`), except what it says was
# "reportedly" done (`unnamed`). Every claim is cooperation: the letter states China-Iran ties as a
# concern, and its conditionals ("if it chooses", "if the PRC is benefiting") are hedged cooperation.
PAIR = ["CHN-IRN"]
MCCAUL = "Michael McCaul"

BLOCK = "The PRC’s role as one of the five permanent members of the UN Security Council gives it significant power to block efforts to curb Iran’s malign activities if it chooses"
LESS = "if the PRC is benefiting from these activities, it will be less inclined to cooperate with international efforts to mitigate Iran’s threats"
WORK = "U.S. policy toward both regimes must be constructed so that the two cannot work together to our disadvantage"

CLAIMS = [
    dict(quote="requesting information on the relationship between Iran and the People’s Republic of China (PRC)",
         countries=["IRN", "CHN"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Hard call: the release only names the relationship as its subject. Left out by a strict reading (a topic, not a claim); coded as a passing mention (weight 1) because the letter's premise is that the relationship exists and matters. Leaving it out is defensible."),
    dict(quote=BLOCK, occurrence=0,
         countries=["CHN", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="named", analyst=MCCAUL,
         note="China could shield Iran at the Security Council: diplomatic cooperation, hedged ('if it chooses'), a capability rather than an act. The release's quotation of the letter: named (McCaul)."),
    dict(quote=LESS, occurrence=0,
         countries=["CHN", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="named", analyst=MCCAUL,
         note="China benefiting from Iran's activities and so less willing to act against them: hedged cooperation (conditional). Not a limitation: what is less is China's cooperation with the West against Iran."),
    dict(quote=WORK, occurrence=0,
         countries=["CHN", "IRN", "USA"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="named", analyst=MCCAUL,
         note="Presupposes that the two could work together against the United States: a passing, hedged cooperation claim (weight 1). 'both regimes' and 'the two' are the PRC and Iran from the sentences before. Leaving it out as a policy prescription is defensible."),
    dict(quote="the Iran-People’s Republic of China (PRC) bilateral relationship, which I believe is undermining U.S. interests and those of our allies",
         countries=["IRN", "CHN", "USA"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="The relationship works against U.S. interests: a general cooperation claim in the letter's own voice ('I believe': the letter is the document, signed by McCaul; `named` is defensible)."),
    dict(quote="the PRC and Iran reportedly signed a deal for $400 billion of PRC investment in Iran in exchange for a regular supply of Iranian oil",
         countries=["CHN", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="economic", stance="cooperation",
         attribution="unnamed", analyst=None,
         note="The March 2021 agreement as reported: investment for oil, economic. 'reportedly' attributes it to unnamed reports (eval rule 8). Coded as written; the $400 billion figure is not in the published record (eval rule 9)."),
    dict(quote="The deal reportedly also includes strengthened military cooperation",
         countries=["CHN", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="cooperation",
         attribution="unnamed", analyst=None,
         note="A second proposition about the deal: military cooperation, reported (unnamed). Pair from the previous sentence."),
    dict(quote="Iranian oil exports to the PRC have been increasing",
         countries=["IRN", "CHN"], scope="dyads", dyads=PAIR, hub=None, domain="economic", stance="cooperation",
         attribution="article", analyst=None,
         note="Rising oil trade: economic cooperation in the letter's own voice."),
    dict(quote="may have reached a new high in March, in defiance of U.S. sanctions",
         countries=["IRN", "CHN", "USA"], scope="dyads", dyads=PAIR, hub=None, domain="economic", stance="cooperation",
         attribution="article", analyst=None,
         note="A separate, hedged proposition ('may have'): a record level, and trade in defiance of sanctions (sanctions evasion is economic). Pair from the same sentence. One record with the previous is defensible."),
    dict(quote=BLOCK, occurrence=1,
         countries=["CHN", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="The letter's own text of the sentence the release quoted: coded again at this occurrence (eval rule 10), in the document's voice (`article`)."),
    dict(quote=LESS, occurrence=1,
         countries=["CHN", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Second occurrence (the letter itself); see the first."),
    dict(quote=WORK, occurrence=1,
         countries=["CHN", "IRN", "USA"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Second occurrence (the letter itself); see the first."),
    dict(quote="each instance of a PRC entity violating U.S. sanctions on Iran",
         countries=["CHN", "USA", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="economic", stance="cooperation",
         attribution="article", analyst=None,
         note="Hard call: a question that presupposes Chinese entities trading with Iran against U.S. sanctions (economic cooperation, weight 1). Companies rather than the state; the excerpt ends here. Leaving it out as a request, not a claim, is defensible."),
]
