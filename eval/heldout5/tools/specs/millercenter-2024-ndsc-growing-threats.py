# Hand-coded claims: "U.S. faces growing threats, and we’re woefully unprepared", op-ed by the chair
# and vice chair of the Commission on the National Defense Strategy (Miller Center, August 2024,
# estimated). Only the fourth paragraph bears on relations among the four, but it does so densely:
# the China-Russia partnership, the two embracing Iran and North Korea (four pairs in one clause),
# an exchange centred on Russia (hub), and the four as a group. The commission chairs' own voice
# throughout (`article`); the US and Ukraine are outsiders.

CLAIMS = [
    dict(quote="China and Russia have forged a “no-limits” partnership",
         countries=["CHN", "RUS"], scope="dyads", dyads=["CHN-RUS"], hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="The 'no-limits' partnership (a commitment, weight 3)."),
    dict(quote="they have embraced rogue states Iran and North Korea",
         countries=["CHN", "RUS", "IRN", "PRK"], scope="dyads", dyads=["CHN-IRN", "CHN-PRK", "IRN-RUS", "PRK-RUS"], hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="'they' are China and Russia (the first clause of the sentence), and each partner is named: dyads, not hubs (codebook rule 2), one record listing the four pairs (codebook rule 5). IRN-PRK is not among them: the sentence says nothing of Iran and North Korea with each other."),
    dict(quote="Russia receives the means to keep fighting in Ukraine",
         countries=["RUS", "UKR", "CHN", "IRN", "PRK"], scope="hub", dyads=[], hub="RUS", domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="Russia as the receiver of support for its war, its suppliers not named in the clause: a hub claim on Russia (codebook rule 2; eval rule 5, as 'their support to Russia'). The semicolon pairs it with what Iran and North Korea gain, so dyads IRN-RUS and PRK-RUS (leaving China out) are a defensible reading; the hub keeps China, whom the previous sentence names as Russia's partner. Military (the means to fight); economic is defensible."),
    dict(quote="Iran and North Korea stand to gain weapons and expertise",
         countries=["IRN", "PRK", "RUS"], scope="dyads", dyads=["IRN-RUS", "PRK-RUS"], hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="What Iran and North Korea get in return: read as from Russia, the other side of the semicolon ('Russia receives ...; Iran and North Korea stand to gain ...'), so IRN-RUS and PRK-RUS. Russia is not named in the span. Hedged ('stand to gain'). Adding China's pairs, from 'they have embraced', is defensible. Not IRN-PRK: the two gain side by side, not from each other."),
    dict(quote="along with diplomatic and economic protection",
         countries=["IRN", "PRK", "CHN", "RUS"], scope="dyads", dyads=["CHN-IRN", "CHN-PRK", "IRN-RUS", "PRK-RUS"], hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="A second proposition in the clause (protection rather than arms), coded apart because its domain and its givers differ: diplomatic and economic cover is what both China and Russia, who 'embraced' the two, provide, so the four pairs of the previous sentence. Diplomatic (protection, e.g. at the UN); economic is defensible. One record for the whole clause is defensible."),
    dict(quote="All four states seek to counter U.S. influence",
         countries=["CHN", "RUS", "IRN", "PRK", "USA"], scope="group", dyads=[], hub=None, domain="ideological", stance="cooperation",
         attribution="article", analyst=None,
         note="The four as a whole: a group claim (eval rule 5). A shared anti-US aim: ideological (anti-Western outlook, eval rule 7); diplomatic is defensible."),
    dict(quote="their alignment presents a real risk that conflict in any of their three theaters would become a global war",
         countries=["CHN", "RUS", "IRN", "PRK"], scope="group", dyads=[], hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="The four's alignment and its military consequence (a regional war spreading): group, military, cooperation. A forecast (credibility 3 in the project's terms). 'their' is the four states, same sentence."),
]
