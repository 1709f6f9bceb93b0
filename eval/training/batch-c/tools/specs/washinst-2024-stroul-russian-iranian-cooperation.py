# Hand-coded claims: "Russian-Iranian Cooperation and Threats to U.S. Interests", prepared
# remarks to a joint hearing of two House Foreign Affairs subcommittees, published by the
# Washington Institute for Near East Policy (April 2024). The witness (a former senior Pentagon
# official; Dana Stroul, not named in the excerpt) speaks in her own voice, so her sentences are
# `article` (the text's own voice); the standfirst is the Institute's. Mostly IRN-RUS, with China
# added in two sentences (three named countries give three pairs, eval rule 5). The title only
# names a topic and is not coded. The standfirst's list of problems the alliance "could create"
# (know-how on U.S. defence technology, nuclear proliferation, sanctions evasion) is a list of
# possibilities, not stated acts, and is not coded (as Carnegie's "potential proliferation" in
# eval/).
PAIR = ["IRN-RUS"]
THREE = ["CHN-IRN", "CHN-RUS", "IRN-RUS"]

CLAIMS = [
    dict(quote="the growing alliance between the two regimes",
         countries=["RUS", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Standfirst. 'the two regimes' are Russia and Iran, from the title just above. 'A former senior Pentagon official assesses' frames the whole, but 'the growing alliance' is presupposed in the Institute's own voice: article. Diplomatic (an alliance in general terms); military is defensible."),
    dict(quote="the critical issue of Russian-Iranian strategic cooperation",
         countries=["RUS", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Strategic cooperation named as the hearing's subject (weight 1)."),
    dict(quote="longstanding historical animosity and ideological differences between Moscow and Tehran",
         countries=["RUS", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="ideological", stance="limitation",
         attribution="article", analyst=None,
         note="The concession clause ('Despite ...'): historical animosity and ideological differences, one limitation record (ideological covers both). The cooperation it concedes to is the next record (two stances, rule 4)."),
    dict(quote="incentivizes both governments to more closely cooperate in a manner that threatens the objectives and interests of the United States",
         countries=["RUS", "IRN", "USA"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Closer cooperation driven by the strategic environment. 'both governments' are Russia and Iran, named in the dash clause of the same sentence. Diplomatic; the text gives no domain."),
    dict(quote="Iran-Russia cooperation is quickly evolving into Iran-Russia-China cooperation",
         countries=["IRN", "RUS", "CHN"], scope="dyads", dyads=THREE, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Three named countries: the three pairs (eval rule 5). It sits inside 'The U.S. view is that ...': the witness gives it as the U.S. government's view, which she shares; coded article, and named (the U.S. government) is defensible."),
    dict(quote="The risk of a Russia-Iran-China revisionist axis",
         countries=["RUS", "IRN", "CHN"], scope="dyads", dyads=THREE, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Hard call. A risk, not a stated fact; coded as hedged cooperation because the sentence before says the three-way cooperation is already forming (as Carnegie's 'even deeper cooperation among them is possible' in eval/). Three named countries: three dyads, not group scope (the fourth, North Korea, is not in it)."),
    dict(quote="Iran-Russia cooperation existed before Moscow’s watershed 2015 decision",
         countries=["IRN", "RUS"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Cooperation before 2015 (weight 1). The 2015 decision is the next, overlapping record."),
    dict(quote="Moscow’s watershed 2015 decision to militarily coordinate with Tehran and intervene in Syria on behalf of the Assad regime",
         countries=["RUS", "IRN", "SYR"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="Military coordination in Syria from 2015 (weight 3). Overlaps the previous record: a separate proposition (a concrete act) in the same sentence."),
    dict(quote="But it has now evolved from tactical cooperation to a full-f",
         countries=["IRN", "RUS"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="From tactical to (presumably) full-fledged cooperation; the excerpt is cut mid-word. 'it' is Iran-Russia cooperation, from the previous sentence."),
]
