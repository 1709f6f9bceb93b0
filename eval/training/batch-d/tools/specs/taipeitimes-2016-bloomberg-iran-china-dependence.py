# Hand-coded claims: Bloomberg (Marc Champion), a feature on Iran's economic dependence on China after
# the 2016 lifting of nuclear sanctions, as carried by the Taipei Times (editorials section,
# 21 October 2016; no headline in the excerpt). All CHN-IRN and economic: China's weight in Iran's
# economy (cooperation) against Tehran's attempt to reduce it (limitation). Mansour Moazami, an Iranian
# official quoted by name, is `named`; "some say" is `unnamed`. The passages on the United States,
# European companies and Western banks concern Iran and outsiders and are not coded.
PAIR = ["CHN-IRN"]
MOAZAMI = "Mansour Moazami"

CLAIMS = [
    dict(quote="the control room monitoring the North Azadegan Oil Field is manned entirely by Chinese technicians",
         countries=["IRN", "CHN"], scope="dyads", dyads=PAIR, hub=None, domain="economic", stance="cooperation",
         attribution="article", analyst=None,
         note="Chinese technicians run an Iranian oil field: a concrete economic presence (energy). Iran from the same sentence ('Iran’s border with Iraq')."),
    dict(quote="In central Tehran, hundreds of Chinese pour out at noon from Huawei Technologies Co to its canteen",
         countries=["IRN", "CHN"], scope="dyads", dyads=PAIR, hub=None, domain="economic", stance="cooperation",
         attribution="article", analyst=None,
         note="A Chinese company's large staff in Tehran: economic presence (weight 1, an illustration). One could fold it into the next record; kept apart as a separate observation."),
    dict(quote="There are now so many Chinese expatriates in the country, some say they outnumber all other nationalities combined",
         countries=["CHN", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="economic", stance="cooperation",
         attribution="unnamed", analyst=None,
         note="The size of the Chinese community in Iran, on unnamed authority ('some say'): economic presence, weight 1. Hard call on domain (people-to-people ties could be diplomatic); economic because the text presents them as the workforce of Chinese business."),
    dict(quote="A decade of international sanctions aimed at blocking Iran’s nuclear program has left China the country’s dominant investor and trade partner",
         countries=["IRN", "CHN"], scope="dyads", dyads=PAIR, hub=None, domain="economic", stance="cooperation",
         attribution="article", analyst=None,
         note="China as Iran's main investor and trading partner: economic cooperation (weight 2)."),
    dict(quote="a more pragmatic Iranian government has been trying to ease its dependence on China",
         countries=["IRN", "CHN"], scope="dyads", dyads=PAIR, hub=None, domain="economic", stance="limitation",
         attribution="article", analyst=None,
         note="Tehran seeking to reduce reliance on China: a limitation. 'only to find itself stymied by hard-line resistance and residual US sanctions' says the attempt failed, which restates the dependence already coded; it is not coded apart."),
    dict(quote="“China has done enough investment in Iran,” said Mansour Moazami",
         countries=["CHN", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="economic", stance="limitation",
         attribution="named", analyst=MOAZAMI,
         note="An Iranian official saying China has invested enough: Iran limiting China's economic role. Named (an official quoted in his own words, giving his view, not a government act; `article` is defensible under eval rule 8). The span includes the attribution so that the speaker is in it."),
    dict(quote="“We will provide opportunities and chances for others.”",
         countries=["IRN", "CHN"], scope="dyads", dyads=PAIR, hub=None, domain="economic", stance="limitation",
         attribution="named", analyst=MOAZAMI,
         note="Moazami's second sentence: Iran turning to non-Chinese investors, a separate proposition (diversifying away from China). China only from the previous sentence (eval rule 2: the partner from context). One record with the previous is defensible."),
    dict(quote="Western investors have been slow to arrive, forcing Iran back into the arms of the Chinese",
         countries=["IRN", "CHN"], scope="dyads", dyads=PAIR, hub=None, domain="economic", stance="cooperation",
         attribution="article", analyst=None,
         note="Iran pushed back to Chinese partners for want of others: cooperation, though by default ('forcing'); the reluctance is already coded in the limitation records. The next sentence ('That is especially true in the energy sector') restates it for one sector and is not coded apart (the same proposition)."),
]
