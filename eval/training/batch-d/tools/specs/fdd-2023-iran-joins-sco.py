# Hand-coded claims: Foundation for Defense of Democracies (FDD), Flash Brief "Iran Becomes Full
# Member of Shanghai Cooperation Organization" (6 July 2023). A think-tank brief on Iran's entry into
# the SCO: the organisation's own text ("Latest Developments", `article`) and two quoted experts
# (Craig Singleton, Bradley Bowman: `named`). Mostly CHN-IRN, plus the Russia-China-Iran "axis"
# (three pairs) and the China-Russia founding of the SCO. All cooperation: the brief states no limit.
# The headline, printed twice, only names the event (Iran's membership of a body) and is not coded;
# see the note on the first body record.
PAIR = ["CHN-IRN"]
SINGLETON = "Craig Singleton"
BOWMAN = "Bradley Bowman"

CLAIMS = [
    dict(quote="Iran’s entry into the SCO marks another step by the Islamic Republic to bolster the Russia-China-Iran economic and military axis against the West",
         countries=["IRN", "RUS", "CHN"], scope="dyads", dyads=["CHN-IRN", "CHN-RUS", "IRN-RUS"], hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Three of the four named together give the three pairs (seed E001; eval rule 5), not a group claim. The 'economic and military axis' spans two domains; coded diplomatic because the act is joining an organisation (alignment). Hard call on the headline and the first sentence ('Iran officially became the ninth member of the SCO'): they name only Iran and the body, and the text ties membership to China and Russia only here, so they are not coded apart."),
    dict(quote="Founded in 2001 by China and Russia",
         countries=["CHN", "RUS"], scope="dyads", dyads=["CHN-RUS"], hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="China and Russia co-founded the SCO: a past joint act, diplomatic (weight 1-2). Short span: the rest of the sentence lists other members."),
    dict(quote="In championing Iran’s SCO membership, Beijing aims to demonstrate ideological solidarity with Tehran",
         countries=["IRN", "CHN"], scope="dyads", dyads=PAIR, hub=None, domain="ideological", stance="cooperation",
         attribution="named", analyst=SINGLETON,
         note="Two propositions in one clause, kept as one record: China championed Iran's membership (diplomatic act) in order to show ideological solidarity. Coded ideological for the stated aim; splitting off 'championing Iran’s SCO membership' as a diplomatic record is defensible. Singleton's quotation, credited after it: named."),
    dict(quote="easing the regime’s international isolation",
         countries=["CHN", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="named", analyst=SINGLETON,
         note="A second aim of China's: to ease Iran's isolation (diplomatic support). China (Beijing) and Iran ('the regime') from the same sentence."),
    dict(quote="China hopes to secure favorable terms for Iranian oil",
         countries=["CHN", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="economic", stance="cooperation",
         attribution="named", analyst=SINGLETON,
         note="China's expected return, discounted Iranian oil: economic cooperation (an expectation, hedged by 'hopes')."),
    dict(quote="benefitting from Iranian insight into U.S. sanctions evasion",
         countries=["IRN", "USA", "CHN"], scope="dyads", dyads=PAIR, hub=None, domain="economic", stance="cooperation",
         attribution="named", analyst=SINGLETON,
         note="China learning sanctions evasion from Iran: economic cooperation (codebook: sanctions evasion is economic), a separate benefit from the oil. China from the sentence's subject. The Taiwan remark that follows is about China alone and is not coded."),
    dict(quote="The Chinese Communist Party and the Islamic Republic of Iran are united in their disdain for the United States",
         countries=["CHN", "IRN", "USA"], scope="dyads", dyads=PAIR, hub=None, domain="ideological", stance="cooperation",
         attribution="named", analyst=BOWMAN,
         note="Shared hostility to the United States: ideological cooperation. Bowman's quotation."),
    dict(quote="increasingly close Sino-Iranian relations",
         countries=["CHN", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="named", analyst=BOWMAN,
         note="Relations growing closer: a general diplomatic claim (weight 1), the subject of the clause whose predicate (challenges for Washington, its Arab partners and Israel) is about outsiders."),
    dict(quote="Chinese investment in Tehran will make U.S.-led sanctions against the Islamic Republic less effective",
         countries=["CHN", "IRN", "USA"], scope="dyads", dyads=PAIR, hub=None, domain="economic", stance="cooperation",
         attribution="named", analyst=BOWMAN,
         note="Chinese investment in Iran blunting sanctions: economic cooperation (a forecast that presupposes investment). The rest of the sentence (eroding U.S. leverage, possible military action against Iran) concerns the United States and is not coded."),
    dict(quote="Iran’s accession to the SCO was initially approved in a 2021 vote of member states",
         countries=["IRN", "CHN", "RUS"], scope="dyads", dyads=["CHN-IRN", "IRN-RUS"], hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Hard call. The member states that voted Iran in include China and Russia, whom the same text names as the SCO's founders two paragraphs up; coded as both pairs' diplomatic cooperation in a multilateral setting. The span names neither, so a strict reading of codebook rule 2 would leave it out or code CHN-IRN only (the section is headed 'China Active in Middle East')."),
    dict(quote="Tehran and Beijing signed a 25-year strategic partnership",
         countries=["IRN", "CHN"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="The 2021 agreement (\"Earlier that year\"): a concrete act. 'The exact contents of the agreement remain a secret' that follows says the text is unpublished, not that the partnership is limited, and is not coded."),
]
