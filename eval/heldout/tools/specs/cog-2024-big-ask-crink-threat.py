# Hand-coded claims: Council on Geostrategy, Britain's World, "The Big Ask" on the CRINK.
# Everything after the "Neil Brown / Distinguished Fellow, Council on Geostrategy" byline is his
# answer, so those claims are `named`. The opening paragraph is the editors' own voice.
FOUR = ["CHN", "RUS", "IRN", "PRK"]
NB = "Neil Brown"

CLAIMS = [
    dict(quote="the People’s Republic of China (PRC), Russia, Iran and North Korea – brought together under the new acronym, the CRINK – are forming closer relations and working together to oppose the open international order",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Editors' introduction; 'There is increasing evidence that' is their own framing. All four named as one set (the CRINK): group. Diplomatic for 'working together'; the purpose, opposing the international order, would be ideological."),
    dict(quote="North Korea’s deployment of troops to Russia",
         countries=["PRK", "RUS"], scope="dyads", dyads=["PRK-RUS"], hub=None, domain="military", stance="cooperation",
         attribution="named", analyst=NB),
    dict(quote="Diplomatically, economically, and militarily, the CRINK is connected and active",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="diplomatic", stance="cooperation",
         attribution="named", analyst=NB,
         note="Spans three domains; coded diplomatic as the general statement of connection."),
    dict(quote="Their support to Russia’s military and military-industrial complex for its war of aggression against Ukraine, and what Russia is providing in return",
         countries=FOUR + ["UKR"], scope="hub", dyads=[], hub="RUS", domain="military", stance="cooperation",
         attribution="named", analyst=NB,
         note="'Their' = the other CRINK members, not named one by one: hub RUS (codebook rule 2). Support both ways is one proposition (mutual military support)."),
    dict(quote="two permanent members of the United Nations (UN) Security Council and two of the world’s most UN-sanctioned states combining to increase global military risk and undermine the functioning of the Security Council",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="diplomatic", stance="cooperation",
         attribution="named", analyst=NB,
         note="The four, described by role (China and Russia; Iran and North Korea), acting together: group. Diplomatic for undermining the Security Council; 'military risk' in the same clause is not coded separately."),
    dict(quote="But these nations are not natural bedfellows",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="diplomatic", stance="limitation",
         attribution="named", analyst=NB),
    dict(quote="Deep suspicions, present in PRC-Russian and PRC-Korean relations – even when they were fellow Communist powers – remain",
         countries=["CHN", "RUS", "PRK"], scope="dyads", dyads=["CHN-PRK", "CHN-RUS"], hub=None, domain="diplomatic", stance="limitation",
         attribution="named", analyst=NB,
         note="'PRC-Korean' read as China-North Korea (the fellow Communist power; the piece is about North Korea). One proposition about two pairs, same stance: one record (codebook rule 5)."),
    dict(quote="they have a common cause",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="ideological", stance="cooperation",
         attribution="named", analyst=NB,
         note="'they' read as 'these nations' (the four) from the sentence before, not as the two pairs just named."),
    dict(quote="gives them collective resilience and influence that they wield strategically across global energy, commodities and currency markets",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="economic", stance="cooperation",
         attribution="named", analyst=NB,
         note="'them' = 'this deadly quartet'. Collective economic influence wielded together. 'developing advanced technologies and control over vital supply chains' is not clearly joint and is not coded; the cut-off last sentence ('individually and collectively ...') is not coded."),
]
