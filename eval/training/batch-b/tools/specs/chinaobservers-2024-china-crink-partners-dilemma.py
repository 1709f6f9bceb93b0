# Hand-coded claims: CHOICE (China Observers in Central and Eastern Europe, a project of the
# Association for International Affairs, Prague), an analysis of China's place among its "CRINK"
# partners; late 2024 (estimated). The excerpt is the opening and the start of a section on North
# Korea's role in the Ukraine war. China's partners are named one by one only once ("CRINK bloc -
# i.e., China, Russia, Iran, and North Korea", a group record); "strategic partnerships", "these
# partnerships", "states involved in ongoing conflicts" and "its CRINK partners" are China's
# partners in the group, not named one by one: hub CHN (codebook rule 2). Where the text names
# Russia and North Korea (their actions, their cooperation), the records are dyads. The author's
# voice is `article`; Zhu Feng is `named`; the Chinese foreign ministry's statement of 1 November is
# a government statement reported as an event, `article`. The section heading ("North Korea's Role
# in the Ukraine War") names a topic and is not coded; nor are the two rhetorical questions ("can
# China maintain ...?", "Will China recalibrate ...?"), which ask rather than assert.
FOUR = ["CHN", "RUS", "IRN", "PRK"]

CLAIMS = [
    dict(quote="it balances strategic partnerships that could undermine its international image",
         countries=FOUR, scope="hub", dyads=[], hub="CHN", domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="China balancing partnerships that may hurt it: a hedge on its partners, limitation. The partners are not named here (the next sentence names the CRINK four): hub CHN. The partnerships themselves are restated below ('aligning itself with states ...'), so no nested cooperation record is added here."),
    dict(quote="As a key player in the so-called CRINK bloc – i.e., China, Russia, Iran, and North Korea",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="The four as a bloc with China a key player: group cooperation (weight 1). 'so-called' distances the label, not the grouping. The en dashes are the text's."),
    dict(quote="Beijing risks entanglement in multiple international conflicts, including Russia’s invasion of Ukraine and the intensifying hostilities between Israel and Iran",
         countries=["CHN", "RUS", "UKR", "ISR", "IRN"], scope="dyads", dyads=["CHN-IRN", "CHN-RUS"], hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="China's ties to Russia and Iran (as a CRINK member) draw it into their wars; the next sentence calls it 'This involvement'. Coded as cooperation (the alignment the risk presupposes), weight 1, on the two partners named. Limitation (a cost of the partnership) is defensible; a cost to China alone would not be coded (as Russia's 'further isolation' in eval/heldout4)."),
    dict(quote="aligning itself with states involved in ongoing conflicts",
         countries=FOUR, scope="hub", dyads=[], hub="CHN", domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="China's alignment with its conflict-prone partners, stated inside the author's question (the alignment is asserted, the question is whether China can keep its mediator role). Hub CHN: the partners are not named one by one. Weight 1."),
    dict(quote="As these partnerships become more of a liability than an asset",
         countries=FOUR, scope="hub", dyads=[], hub="CHN", domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="China's partnerships turning into a liability: limitation, hub CHN. The rest of the sentence ('Beijing appears to be approaching a strategic crossroads') is China's position, not a further claim about the partners."),
    dict(quote="The deployment of North Korean soldiers to support the Russian war in Ukraine",
         countries=["PRK", "RUS", "UKR"], scope="dyads", dyads=["PRK-RUS"], hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="North Korean troops for Russia's war: military cooperation, weight 3. The 'global concerns' it sparked are not a relation among the four."),
    dict(quote="the actions of Kim Jong-un and Vladimir Putin could complicate Beijing’s regional and international influence",
         countries=["PRK", "RUS", "CHN"], scope="dyads", dyads=["CHN-PRK", "CHN-RUS"], hub=None, domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="Pyongyang's and Moscow's actions working against Beijing's interests (hedged, 'could'): limitation on China's pairs with both. The first clause (the US turning to China to stop the deployments) is a US request, not China's act, and is not coded."),
    dict(quote="China faces a “genuine dilemma” between preventing the intensification of the US-Japan-South Korea alliance and avoiding deeper entanglement in the militaristic goals of its CRINK partners",
         countries=["CHN", "USA", "JPN", "KOR", "RUS", "IRN", "PRK"], scope="hub", dyads=[], hub="CHN", domain="military", stance="limitation",
         attribution="named", analyst="Zhu Feng",
         note="China wary of being drawn into its partners' military aims: limitation, hub CHN ('its CRINK partners', not named one by one). 'As Zhu Feng of Nanjing University points out': named (the author endorses it). Military (the partners' 'militaristic goals')."),
    dict(quote="The Chinese foreign ministry has chosen to sidestep the issue in public statements",
         countries=["CHN", "PRK", "RUS"], scope="dyads", dyads=["CHN-PRK", "CHN-RUS"], hub=None, domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="China declining to take a position on North Korea's troops for Russia ('the issue', from the previous paragraphs): a hedge, limitation on China's pairs with both. The span names only China; the partners come from context."),
    dict(quote="On November 1, China claimed it knew little about the specifics of Russia-North Korea cooperation",
         countries=["CHN", "RUS", "PRK"], scope="dyads", dyads=["CHN-PRK", "CHN-RUS"], hub=None, domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="China distancing itself from its partners' military cooperation: limitation (a government statement reported as an event: article). The Russia-North Korea cooperation it presupposes is a nested record. 'reiterating its support for peace in Ukraine' is China's position on the war and is not coded."),
    dict(quote="Russia-North Korea cooperation",
         countries=["RUS", "PRK"], scope="dyads", dyads=["PRK-RUS"], hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="The cooperation presupposed inside China's statement (weight 1), nested in the previous record (two stances, rule 4). Diplomatic (unspecified); military, given the troops in the same section, is defensible."),
]
