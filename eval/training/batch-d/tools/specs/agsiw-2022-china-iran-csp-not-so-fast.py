# Hand-coded claims: Arab Gulf States Institute in Washington (AGSIW), "Implementing the China-Iran
# Comprehensive Strategic Partnership: Not So Fast" (2022, about three months after the 15 January
# 2022 launch of implementation). A think-tank analysis, all CHN-IRN: the 25-year partnership launched
# but "short on substance", China balancing Iran against the Gulf states (limitation) against the SCO
# admission and rising oil imports (cooperation). No analyst is quoted; the author's own voice is
# `article`. Raisi's framing is an event the text reports (`article`, eval rule 8).
PAIR = ["CHN-IRN"]

CLAIMS = [
    dict(quote="implementation of the comprehensive strategic partnership has seemed short on substance",
         countries=["CHN", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="economic", stance="limitation",
         attribution="article", analyst=None,
         note="The partnership's implementation lacks substance: a limitation. China and Iran from the same sentence ('China's ... viewing Tehran'). Coded economic because what is missing is the investment and projects the 25-year plan promised (the theme of the piece); diplomatic is defensible."),
    dict(quote="China’s long-held strategy of viewing Tehran as an expendable piece in its chess match with Washington",
         countries=["CHN", "IRN", "USA"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="China treats Iran as expendable, a bargaining chip with the United States: a limitation (low commitment). A separate proposition from the thin implementation it explains."),
    dict(quote="Iranian Foreign Minister Hossein Amir-Abdollahian and his Chinese counterpart Wang Yi announced the start of the implementation of the 25-year comprehensive strategic partnership",
         countries=["IRN", "CHN"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="A joint announcement by the two foreign ministers (15 January 2022): a concrete diplomatic act. China from 'his Chinese counterpart Wang Yi'."),
    dict(quote="which Iran and China signed in March 2021 after five years of negotiations",
         countries=["IRN", "CHN"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="The signing of the 25-year agreement in March 2021: a separate event from the launch of its implementation. Diplomatic (an agreement); the plan's economic content is not stated here."),
    dict(quote="Beijing wasn’t playing favorites in the Gulf",
         countries=["CHN", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="China does not favour Iran over the Gulf Arab states: a limitation for CHN-IRN. Iran from 'For Iran, the timing made once again clear', the same sentence. The Gulf states are not in the span by name ('the Gulf'), so no outsider code."),
    dict(quote="the new phase of the comprehensive strategic partnership was, if anything, just the continuation of China’s balancing strategy in the region",
         countries=["CHN", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="The partnership's new phase is only China's balancing between Iran and its rivals: a limitation, a second proposition in the sentence (what the partnership amounts to, not only that China plays no favourites). Iran from the sentence's 'For Iran'. One record for the two clauses is defensible."),
    dict(quote="two China-Iran developments have made headlines",
         countries=["CHN", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Hard call: a topic sentence announcing two developments in the relationship (the two records that follow). Coded as a passing cooperation claim (weight 1) because the developments it introduces are both cooperative; leaving it out as a mere heading is defensible."),
    dict(quote="the Shanghai Cooperation Organization announced that, after 15 years, Iran’s bid to obtain full membership in the organization was finally approved",
         countries=["IRN", "CHN"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Iran admitted to the SCO, offered by the text as one of the 'two China-Iran developments': CHN-IRN diplomatic cooperation in a multilateral setting. Russia, a founding SCO member, is not named in the excerpt, so IRN-RUS is not coded (codebook rule 2). China is listed in countries from the paragraph's 'China-Iran developments'."),
    dict(quote="framing it as an indication that “hegemony and unilateralism are failing” to the benefit of “independent” countries like Iran",
         countries=["IRN", "CHN"], scope="dyads", dyads=PAIR, hub=None, domain="ideological", stance="cooperation",
         attribution="article", analyst=None,
         note="Raisi presents admission to the China-led SCO as a defeat for (Western) hegemony: a shared anti-hegemonic outlook, ideological cooperation. Raisi's words are an event the text reports (`article`, eval rule 8); `named` (Ebrahim Raisi) is defensible. Arguable as a claim about China at all (the SCO stands in for it); leaving it out is defensible."),
    dict(quote="since the end of 2021, China has significantly ramped up oil imports from Iran, despite sanctions",
         countries=["CHN", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="economic", stance="cooperation",
         attribution="article", analyst=None,
         note="Oil purchases in defiance of sanctions: economic cooperation (weight 2-3)."),
    dict(quote="Chinese customs authorities officially declaring the purchase of Iranian crude for the first time since December 2020",
         countries=["CHN", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="economic", stance="cooperation",
         attribution="article", analyst=None,
         note="China's customs openly declaring Iranian crude imports: a separate, official act (the trade acknowledged, not only conducted). One record with the previous is defensible."),
]
