# Hand-coded claims: Andrea Berger's answer to the Standing Committee on Foreign Affairs and
# International Development of the House of Commons of Canada (42nd Parliament, 1st session,
# meeting 37; 2016, estimated), as openparliament.ca republishes the transcript. Every record is on
# CHN-PRK. The source is the witness's own testimony, so her statements are the source's voice:
# `article` (`named`, Andrea Berger, is defensible for all of them; she is not named in the
# excerpt). What she reports Chinese officials as saying is `unnamed`. The first paragraph (Russia's
# threat to the United Kingdom) is not about relations among the four and is not coded.
PAIR = ["CHN-PRK"]
C = ["CHN", "PRK"]

CLAIMS = [
    dict(quote="The relationship between China and North Korea is much more complex than that",
         countries=C, scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="Hard call. She rejects calling North Korea China's 'client state' ('I'll take issue with the term ...'): China does not simply command North Korea, a limit on the relationship. Read as a neutral remark on complexity it would not be coded."),
    dict(quote="there is certainly a degree of dependency",
         countries=C, scope="dyads", dyads=PAIR, hub=None, domain="economic", stance="cooperation",
         attribution="article", analyst=None,
         note="North Korea depends on China to a degree: the concession in the sentence ('While ...'); the difficulty is the next record (eval rule 3). Economic (dependence on China is chiefly trade and aid); diplomatic is defensible. Countries from the previous sentence."),
    dict(quote="it is an enormously difficult relationship from both sides",
         countries=C, scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="Friction on both sides."),
    dict(quote="China's no doubt irritated at the trajectory of the North Korean nuclear missile issue",
         countries=C, scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="Chinese irritation over North Korea's nuclear and missile programme: a divergence, coded diplomatic (friction between governments), though the subject is weapons; military is defensible."),
    dict(quote="they're aggravated by the current North Korean leadership",
         countries=C, scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="China ('they', from the previous sentence) is aggravated by Kim's leadership: a separate limitation (about the leadership, not the programme)."),
    dict(quote="North Korea is being disrespectful to China",
         countries=C, scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="limitation",
         attribution="unnamed", analyst=None,
         note="What 'a Chinese official' (unnamed, reported by the witness) often says: Chinese resentment of North Korea. Her comment on the language is not coded."),
    dict(quote="their priorities are no war, no instability, and no nuclear weapons, in that order",
         countries=C, scope="dyads", dyads=PAIR, hub=None, domain="military", stance="limitation",
         attribution="article", analyst=None,
         note="Hard call. China's 'three noes' towards North Korea include no nuclear weapons (China's goal diverges from Pyongyang's), though ranked last; coded as a limitation, military (nuclear weapons). The ranking also implies tolerance, which the next record codes as China's economic approach. Leaving this out as a statement of China's priorities only is defensible. 'their' is China's, from the sentence ('China's view on North Korea')."),
    dict(quote="the Chinese view of how to reduce the prospect of instability is through economic integration",
         countries=C, scope="dyads", dyads=PAIR, hub=None, domain="economic", stance="cooperation",
         attribution="article", analyst=None,
         note="China prefers economic integration with North Korea to pressure, which is why the West has 'an issue' with China 'over sanctions implementation' (same sentence; that friction is between China and the West and is not coded apart). North Korea comes from the paragraph ('the North Korean issue') and the next sentence ('not a policy that China merely applies to North Korea'), which restates the policy's reach and is not coded again."),
    dict(quote="That same thinking applies to the Korean Peninsula,",
         countries=C, scope="dyads", dyads=PAIR, hub=None, domain="economic", stance="cooperation",
         attribution="article", analyst=None,
         note="Hard call. China seeks economic interdependence on the Korean Peninsula, North Korea included: a restatement of the previous record for the pair, coded at its occurrence (eval rule 10). The Peninsula takes in South Korea too, and the excerpt is cut after the comma; leaving it out is defensible. The sentence before it (the Belt and Road and China's neighbours in general) names no pair and is not coded."),
]
