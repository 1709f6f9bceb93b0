# Hand-coded claims: Reuters, "North Korea condemns US strike on Iran as violation of sovereign
# rights" (23 June 2025), as carried by Business Recorder. All IRN-PRK. North Korea's foreign
# ministry statement is an event the story reports (`article`, eval rule 8); the UN panel of
# experts (a named body) and Ankit Panda are `named`; "have been suspected" is `unnamed`.
PAIR = ["IRN-PRK"]

CLAIMS = [
    dict(quote="North Korea condemns US strike on Iran as violation of sovereign rights",
         countries=["PRK", "USA", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Headline making a claim: North Korea's diplomatic backing of Iran (eval rule 10, coded at each occurrence)."),
    dict(quote="North Korea said on Monday it strongly condemns the US strikes against Iranian nuclear facilities as a grave violation of a sovereign state’s security interests and territorial rights",
         countries=["PRK", "USA", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="The lead restates the headline; coded at its occurrence. A government statement reported as an event: article."),
    dict(quote="strongly denounces the attack on Iran by the US",
         countries=["PRK", "IRN", "USA"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="The statement's own words, quoted. North Korea is in the span's bracket just before ('(North Korea) strongly denounces'); the span starts at the verb (eval rule 2). The paragraphs around it (the United States and Israel as 'the culprits'; the call on 'the just international community' to censure them) take Iran's side without naming Iran, or in the second case either country; read as part of the same condemnation and not coded apart. Coding them as further IRN-PRK diplomatic cooperation (weight 1) is defensible."),
    dict(quote="Iran and nuclear-armed North Korea have maintained friendly ties",
         countries=["IRN", "PRK"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="The story's own background (weight 1)."),
    dict(quote="have been suspected for decades of military cooperation including in developing ballistic missiles",
         countries=["IRN", "PRK"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="cooperation",
         attribution="unnamed", analyst=None,
         note="Second proposition of the sentence. 'Have been suspected' gives no source: unnamed (eval rule 8, like 'is accused of'). A suspicion, hedged, still a claim of cooperation."),
    dict(quote="A now-defunct panel of experts monitoring UN sanctions said in 2021 that the two countries had resumed cooperation on long-range missile development projects, including the transfer of critical parts",
         countries=["IRN", "PRK"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="cooperation",
         attribution="named", analyst="UN Panel of Experts (UN sanctions monitoring panel on North Korea)",
         note="A named body's finding: named (as a named office). 'The two countries' are Iran and North Korea from the paragraph before."),
    dict(quote="Pyongyang could provide important assistance in helping Iran reconstitute destroyed missile production facilities, including at new sites to avoid scrutiny, perhaps",
         countries=["PRK", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="cooperation",
         attribution="named", analyst="Ankit Panda",
         note="A hedged forecast of cooperation ('could', 'perhaps'), Panda's quoted words (Carnegie Endowment for International Peace)."),
    dict(quote="Whether either country would be interested in substantively cooperating on any efforts to rebuild or accelerate Iran’s nuclear weapons programme is less certain",
         countries=["IRN", "PRK"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="limitation",
         attribution="article", analyst=None,
         note="A hedge on nuclear cooperation: limitation. Unattributed after Panda's quotation: article (codebook rule 7). The reason ('given the political and military sensitivities over su...') is cut off and not coded apart."),
]
