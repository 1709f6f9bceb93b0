# Hand-coded claims: Reuters, "Xi hosts Russia, North Korea, Iran and Myanmar at Beijing military
# parade" (headline from the URL; 28 August 2025), as carried by Business Standard from the Reuters
# feed. A news report on the leaders due at the 3 September 2025 Victory Day parade: the four together
# in a multilateral setting. Coding of the four named one by one: when Russia, North Korea and Iran
# are each named as Xi's guests, the pairs are coded as dyads (codebook rule 2; three named give three
# pairs, seed E001), so the first record lists all six pairs; the "quartet"/"Axis of Upheaval" and
# "each other" of the same group are `group`. Alfred Wu (NUS) is `named`; "analysts say" and
# "Western political and economic analysts have described" are `unnamed`. All cooperation: the excerpt
# states no limit (the "loose coalition" note below).
ALL_SIX = ["CHN-IRN", "CHN-PRK", "CHN-RUS", "IRN-PRK", "IRN-RUS", "PRK-RUS"]
FOUR = ["CHN", "RUS", "IRN", "PRK"]

CLAIMS = [
    dict(quote="Chinese President Xi Jinping will be flanked by leaders of some of the world's most heavily sanctioned nations - Russia, North Korea, Iran and Myanmar - at a military parade next week in Beijing, in a show of solidarity against the West",
         countries=["CHN", "RUS", "PRK", "IRN", "MMR"], scope="dyads", dyads=ALL_SIX, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="The four leaders together at one event, in a show of solidarity: each of the four is named, so the six pairs are listed (codebook rule 2: named partners give dyads). Hard call: 'group' is defensible because the sentence presents them as one bloc, and a reader may see Xi's hosting as three CHN pairs only; but 'in a show of solidarity' covers all the guests standing together. Diplomatic (a joint public appearance)."),
    dict(quote="Russian President Vladimir Putin and North Korea's Kim Jong-Un will attend \"Victory Day\" parade on September 3",
         countries=["RUS", "PRK", "CHN"], scope="dyads", dyads=["CHN-PRK", "CHN-RUS", "PRK-RUS"], hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Putin and Kim attending China's parade: a concrete diplomatic act for the three pairs (China as host, from the first sentence; the two guests together). The 'first time' that follows is coded next."),
    dict(quote="the first time they have appeared in public alongside Xi",
         countries=["RUS", "PRK", "CHN"], scope="dyads", dyads=["CHN-PRK", "CHN-RUS", "PRK-RUS"], hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="A first joint public appearance of Putin and Kim with Xi: a separate proposition (a new step). 'they' is Putin and Kim from the same sentence."),
    dict(quote="Iranian President Masoud Pezeshkian is also expected to be on the dais",
         countries=["IRN", "CHN"], scope="dyads", dyads=["CHN-IRN"], hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Pezeshkian's expected attendance at China's parade: CHN-IRN diplomatic cooperation (hedged, 'expected'). China from 'the Chinese capital' later in the sentence. The quartet it completes is coded next as group."),
    dict(quote="completing a quartet that Western political and economic analysts have described as the Axis of Upheaval",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="diplomatic", stance="cooperation",
         attribution="unnamed", analyst=None,
         note="The four as one grouping under the analysts' label: group, attributed to unnamed 'Western political and economic analysts'. Diplomatic (an alignment); ideological is defensible."),
    dict(quote="which political analysts say will demonstrate Xi's influence over nations intent on reshaping the Western-led global order",
         countries=["CHN", "RUS", "PRK", "IRN"], scope="hub", dyads=[], hub="CHN", domain="diplomatic", stance="cooperation",
         attribution="unnamed", analyst=None,
         note="Hard call: China's sway over the attending 'nations', not named one by one in the span: hub CHN (codebook rule 2). The 26 attendees include Myanmar and others, so the hub reading follows the article's focus on the three named guests; leaving it out as not specific to the four is defensible. 'political analysts say': unnamed."),
    dict(quote="When Xi was just a regional leader, he looked up to Putin, and saw the kind of leader he could learn from",
         countries=["CHN", "RUS"], scope="dyads", dyads=["CHN-RUS"], hub=None, domain="ideological", stance="cooperation",
         attribution="named", analyst="Alfred Wu",
         note="Xi's admiration of Putin as a model: ideological affinity between the leaders (cooperation). The rest of Wu's sentence ('now he is a global leader') marks a shift in standing, which could be read as a limitation (Russia now the junior partner) but the text does not say so; not coded apart."),
    dict(quote="Having Kim alongside him, as well, highlights how Xi is now also a global leader",
         countries=["PRK", "CHN"], scope="dyads", dyads=["CHN-PRK"], hub=None, domain="diplomatic", stance="cooperation",
         attribution="named", analyst="Alfred Wu",
         note="Kim standing with Xi, seen as adding to Xi's stature: CHN-PRK diplomatic cooperation (weight 1). Wu's quotation. His first sentence (Xi showing he is strong at home) is about China alone and is not coded."),
    dict(quote="A loose coalition of states bent on reshaping the Western-led global order",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="ideological", stance="cooperation",
         attribution="unnamed", analyst=None,
         note="The Axis of Upheaval as a coalition with a shared revisionist aim: group, ideological cooperation. 'loose' qualifies it; a separate limitation record for 'loose' is defensible but the clause's point is the shared aim. Attribution from 'the analysts say' at the end of the sentence: unnamed."),
    dict(quote="the \"Axis of Upheaval\" has sought to undermine U.S. interests, whether over Taiwan or by blocking shipping lanes",
         countries=FOUR + ["USA"], scope="group", dyads=[], hub=None, domain="diplomatic", stance="cooperation",
         attribution="unnamed", analyst=None,
         note="The grouping acting against U.S. interests: group, diplomatic (the examples are one member's each, but the text credits the axis). Unnamed ('the analysts say')."),
    dict(quote="sought to undermine Western sanctions by providing economic lifelines to each other",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="economic", stance="cooperation",
         attribution="unnamed", analyst=None,
         note="Mutual economic lifelines against sanctions: group ('each other'), economic (sanctions evasion). A separate proposition from undermining U.S. interests."),
]
