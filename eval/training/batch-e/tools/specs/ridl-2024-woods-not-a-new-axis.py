# Hand-coded claims: Riddle Russia (ridl.io), Eric Woods, "Russia, Iran, North Korea: Not a New
# Axis", 2024 (estimated). The standfirst is the editors' summary of Woods (`named`: Eric Woods); the
# body is Woods's own text (`article`), except "The alleged introduction" (`unnamed`). Iran and North
# Korea are named as Russia's partners, so their pairs with Russia are dyads (codebook rule 2); the
# three named together as a would-be axis or "tripartite alliance" give the three pairs among them
# (eval rule 5). Russia's partners in general, not named one by one, give hub RUS. The page
# furniture ("Conflicts / Foreign policy / Russia - World", "Читать на русском", "Photo: Scanpix") is
# kept and not coded. Not coded: "Russia is now using its place in the international system to
# flaunt them [sanctions] with abandon" (names no partner), "Both North Korea and Iran have pioneered
# several tactics in avoiding sanctions" (each on its own), "This informal learning is arguably just
# as important ... as any military partnerships" (weighs the learning already coded).
CLAIMS = [
    dict(quote="Russia, Iran, North Korea: Not a New Axis",
         countries=["RUS", "IRN", "PRK"], scope="dyads", dyads=["IRN-PRK", "IRN-RUS", "PRK-RUS"], hub=None, domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="Headline: the three named together are not an axis. Three of the four named together give the three pairs among them (eval rule 5). A heading that makes a claim is coded (eval rule 10)."),
    dict(quote="Eric Woods downplays the cohesion of Russia’s new alliances of convenience with states like North Korea and Iran",
         countries=["RUS", "PRK", "IRN"], scope="dyads", dyads=["IRN-RUS", "PRK-RUS"], hub=None, domain="diplomatic", stance="limitation",
         attribution="named", analyst="Eric Woods",
         note="Standfirst: Woods doubts the cohesion of Russia's ties with North Korea and Iran (named partners: dyads). The alliances themselves are coded next, nested."),
    dict(quote="Russia’s new alliances of convenience with states like North Korea and Iran in its war against Ukraine",
         countries=["RUS", "PRK", "IRN", "UKR"], scope="dyads", dyads=["IRN-RUS", "PRK-RUS"], hub=None, domain="military", stance="cooperation",
         attribution="named", analyst="Eric Woods",
         note="Nested in the previous record: the alliances of convenience exist (two stances in one sentence, codebook rule 4). Military for the war; diplomatic is defensible. Named as part of the standfirst's summary of Woods; article is defensible."),
    dict(quote="Russia’s only true allies might be its army and navy",
         countries=["RUS"] + ["CHN", "IRN", "PRK"], scope="hub", dyads=[], hub="RUS", domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="Hard call. Russia has no true allies (hedged, 'might'), partners not named: hub RUS limitation. The countries are listed as the validator asks of hub records; the span names only Russia. Leaving it out as a saying about Russia alone is defensible."),
    dict(quote="it does have partners on the international stage",
         countries=["RUS"] + ["CHN", "IRN", "PRK"], scope="hub", dyads=[], hub="RUS", domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Second stance of the sentence: Russia has partners, not named (North Korea and Iran follow): hub RUS cooperation, as the ICDS 'Russia and its backers' record in eval/heldout3/."),
    dict(quote="The alleged introduction of North Korean troops to join the fight in Ukraine",
         countries=["PRK", "UKR", "RUS"], scope="dyads", dyads=["PRK-RUS"], hub=None, domain="military", stance="cooperation",
         attribution="unnamed", analyst=None,
         note="North Korean troops fighting on Russia's side: PRK-RUS military. Russia comes from the same sentence ('the partnerships Russia has built up'); the span does not name it (eval rule 2, as seed E020), but countries lists it (eval rule 4: a subject from the same sentence). 'alleged': unnamed."),
    dict(quote="the partnerships Russia has built up to combat the array of economic controls against it and meet its own warfighting deficiencies",
         countries=["RUS"] + ["CHN", "IRN", "PRK"], scope="hub", dyads=[], hub="RUS", domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Russia's partnerships in general, partners not named one by one: hub RUS. PRK-RUS alone (the troops are their result) is defensible. Spans sanctions relief and war supplies; diplomatic for the partnerships."),
    dict(quote="Rather than constituting an organized «axis», a loaded term in its own right, Russia’s deepening military cooperation with Iran and North Korea is not a tripartite alliance",
         countries=["RUS", "IRN", "PRK"], scope="dyads", dyads=["IRN-PRK", "IRN-RUS", "PRK-RUS"], hub=None, domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="Not an axis, not a tripartite alliance: the three named together, so the three pairs (eval rule 5). IRN-RUS and PRK-RUS only is defensible (the cooperation is Russia's with each). The deepening cooperation itself is nested, next."),
    dict(quote="Russia’s deepening military cooperation with Iran and North Korea",
         countries=["RUS", "IRN", "PRK"], scope="dyads", dyads=["IRN-RUS", "PRK-RUS"], hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="Nested: the deepening military cooperation with each named partner (codebook rule 2), the other stance of the sentence."),
    dict(quote="but an interlocking series of partnerships and knowledge sharing",
         countries=["RUS", "IRN", "PRK"], scope="dyads", dyads=["IRN-RUS", "PRK-RUS"], hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="What the ties are instead: bilateral partnerships with knowledge sharing, a cooperation claim on Russia's pairs from the same sentence. Merging it with the nested record is defensible."),
    dict(quote="the partnerships Russia is engaging in here are the result of decades of previous collaboration in the realm of arms sales",
         countries=["RUS", "IRN", "PRK"], scope="dyads", dyads=["IRN-RUS", "PRK-RUS"], hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="'here' is Russia's partnerships with Iran and North Korea of the paragraph before: decades of arms sales, military. The span names only Russia; 'here' clearly refers to the two partners, so they are in countries (eval rule 4)."),
    dict(quote="Russia, recognizing its gaps, has turned to importing rather than exporting weapons",
         countries=["RUS", "IRN", "PRK"], scope="dyads", dyads=["IRN-RUS", "PRK-RUS"], hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="Russia now buys weapons from the partners in view (Iran, North Korea): military. Partners from context; hub RUS is defensible."),
    dict(quote="Russia under sanctions has been forced to adapt and learn from North Korea and Iran",
         countries=["RUS", "PRK", "IRN"], scope="dyads", dyads=["IRN-RUS", "PRK-RUS"], hub=None, domain="economic", stance="cooperation",
         attribution="article", analyst=None,
         note="Learning sanctions evasion from each named country: economic (sanctions evasion, eval rule 7)."),
    dict(quote="A detailed look at Russia’s tactics in avoiding sanctions shows an evolution of ideas and tactics first used by North Korea and Iran",
         countries=["RUS", "PRK", "IRN"], scope="dyads", dyads=["IRN-RUS", "PRK-RUS"], hub=None, domain="economic", stance="cooperation",
         attribution="article", analyst=None,
         note="The same learning, restated with its evidence (eval rule 10: restatements coded at each occurrence)."),
]
