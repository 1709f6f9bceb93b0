# Hand-coded claims: Philipp Ivanov, "Together and Apart: The Conundrum of the China-Russia
# Partnership", a paper for the Asia Society Policy Institute's Center for China Analysis (23 October
# 2023), as the author republished it on his own site. CHN-RUS throughout: what draws the two together
# (interests, geography, values, grievance, the leaders' bond) and what drives them apart. The author
# writes in his own voice: `article` throughout.
PAIR = ["CHN-RUS"]

CLAIMS = [
    dict(quote="the war in Ukraine and China’s competition with the United States have accelerated ties between China and Russia",
         countries=["UKR", "CHN", "USA", "RUS"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Accelerated ties. The title ('Together and Apart: The Conundrum of the China-Russia Partnership') names the paper's question and is not coded; nor are the questions that follow ('What unites China and Russia?', 'What forces are driving them apart?', and 'their growing relationship' inside the last one)."),
    dict(quote="the two nations have been growing closer for the last four decades",
         countries=["CHN", "RUS"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="A separate proposition from the acceleration (a long trend against a recent push): two records for the sentence."),
    dict(quote="we could be forgiven for thinking of them as fully fledged allies",
         countries=["CHN", "RUS"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="limitation",
         attribution="article", analyst=None,
         note="Hard call: 'could be forgiven for thinking' grants the appearance of an alliance while implying that the two are not fully fledged allies; coded as a limitation (hedge, eval rule 6), military (alliance). Reading it as cooperation (they look like allies) is defensible. 'the partnership between Beijing and Moscow' earlier in the sentence is presupposed and not coded apart."),
    dict(quote="Their interests converge in so many areas, from trade and multilateral diplomacy to their resentment of Western liberal democracy and joint military drills",
         countries=["CHN", "RUS"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="One proposition (converging interests) over four domains (trade, diplomacy, ideology, drills): one record, coded diplomatic as the general case. Splitting it by domain is defensible."),
    dict(quote="China and Russia are also drawn to each other by virtue of their strategic geography, alignment of values and views of their current leaders, common enemy in Washington, natural economic complementarities, and opportunism",
         countries=["CHN", "RUS", "USA"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="The drivers of attraction: one record, diplomatic (general); ideological is defensible (values, common enemy)."),
    dict(quote="Russia and China are also driven apart by historical animosities, power asymmetry, competition in overlapping spheres of interest, deep cultural differences, and shallow societal links",
         countries=["RUS", "CHN"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="The forces driving them apart: one limitation record for the list (one proposition). Diplomatic (general)."),
    dict(quote="China and Russia are also aggrieved superpowers",
         countries=["CHN", "RUS"], scope="dyads", dyads=PAIR, hub=None, domain="ideological", stance="cooperation",
         attribution="article", analyst=None,
         note="A shared grievance against the West, offered as common ground: ideological (eval rule 7)."),
    dict(quote="They crave respect and resent the Global West for not treating them as equals",
         countries=["CHN", "RUS"], scope="dyads", dyads=PAIR, hub=None, domain="ideological", stance="cooperation",
         attribution="article", analyst=None,
         note="The shared resentment spelled out: close to the previous record but its own sentence; coded at its occurrence (eval rule 10). The next sentence (their national narratives of humiliation) describes each country's narrative and is not coded."),
    dict(quote="Presidents Xi Jinping and Vladimir Putin, who share a close personal bond",
         countries=["CHN", "RUS"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="The leaders' personal bond: diplomatic."),
    dict(quote="values of centralized power, autocratic governance, and nationalism",
         countries=["CHN", "RUS"], scope="dyads", dyads=PAIR, hub=None, domain="ideological", stance="cooperation",
         attribution="article", analyst=None,
         note="Shared values (the leaders 'share ... values of ...'; subject and verb elided from the same sentence): ideological, a separate proposition from the personal bond. 'Xi and Putin are determined not to be humiliated again' describes each leader and is not coded."),
]
