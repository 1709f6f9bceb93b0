# Hand-coded claims: Congressional Research Service, "China-North Korea Relations" (R41043), by
# Dick K. Nanto, Mark E. Manyin and Kerry Dumbaugh, 22 January 2010, as republished by
# EveryCRSReport.com. The excerpt is the title page and the Summary. Every record is on CHN-PRK.
# The report's own voice is `article` (the CRS is the source, not a party quoted by it); the views
# it ascribes to "many Chinese officials and scholars" are `unnamed`. The title, the running title
# and "This report provides a brief survey of China-North Korea relations" only name the topic and
# are not coded. China hosting the Six-Party Talks (with Russia among the six) is a multilateral
# process over North Korea's programme, not a relation among the four, and is not coded; nor is
# China's "pivotal role in the success of U.S. efforts" (a role in US policy, not a stated act).
PAIR = ["CHN-PRK"]

CLAIMS = [
    dict(quote="The PRC is North Korea’s closest ally",
         countries=["CHN", "PRK"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="First of three propositions in one sentence (ally, provider, influence), each its own record. 'Closest ally' is a general standing, coded diplomatic; military (the alliance) is defensible, but the treaty is named apart below."),
    dict(quote="largest provider of food, fuel, and industrial machinery",
         countries=["CHN", "PRK"], scope="dyads", dyads=PAIR, hub=None, domain="economic", stance="cooperation",
         attribution="article", analyst=None,
         note="China as North Korea's largest supplier: economic cooperation (weight 2). Subject (the PRC) and partner from the same sentence."),
    dict(quote="arguably the country most able to\nwield influence in Pyongyang",
         countries=["CHN", "PRK"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="China's leverage over Pyongyang, hedged ('arguably'): a close relationship, coded diplomatic cooperation (weight 1). It says nothing of China using the influence, so it is not a limitation."),
    dict(quote="The close PRC-DPRK relationship",
         countries=["CHN", "PRK"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Presupposed closeness, the subject of a sentence about US interest (weight 1). The rest of the sentence is about US policy and is not coded."),
    dict(quote="Since late 2008,\nChina has been not just the largest, but also the dominant, provider of aid and partner in trade\nwith North Korea",
         countries=["CHN", "PRK"], scope="dyads", dyads=PAIR, hub=None, domain="economic", stance="cooperation",
         attribution="article", analyst=None,
         note="Aid and trade, dated (since late 2008): economic cooperation (weight 2). The span crosses two of the PDF's line breaks, kept as in the text."),
    dict(quote="Beijing still maintains its military\nalliance",
         countries=["CHN", "PRK"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="The 1961 alliance still in force (weight 3). Pyongyang from the same clause ('assistance to Pyongyang'). The sentence has three propositions: alliance, aid (both cooperation) and incompatible interests (limitation), each a record (codebook rule 4)."),
    dict(quote="continues its substantial economic assistance to Pyongyang",
         countries=["CHN", "PRK"], scope="dyads", dyads=PAIR, hub=None, domain="economic", stance="cooperation",
         attribution="article", analyst=None,
         note="Continuing aid: economic cooperation. Subject (Beijing) elided from the same clause."),
    dict(quote="in recent years many\nPRC and North Korean interests and goals appear to have grown increasingly incompatible",
         countries=["CHN", "PRK"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="Diverging interests, hedged ('appear'): limitation, the second stance of the 'While ...' sentence. Diplomatic (interests and goals in foreign policy)."),
    dict(quote="many Chinese officials and scholars appear to regard North Korea as more of a\nburden than a benefit",
         countries=["CHN", "PRK"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="limitation",
         attribution="unnamed", analyst=None,
         note="A view the report ascribes to unnamed Chinese officials and scholars: unnamed ('article' is defensible, since the report states it as its own observation). Limitation. The span crosses a line break, as in the text."),
    dict(quote="Beijing’s shared interest with Pyongyang in preserving North\nKorean stability generally has trumped these other considerations",
         countries=["CHN", "PRK"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="A shared interest that outweighs the frictions: cooperation ('However' turns back from the limitation). Diplomatic. The span crosses a line break, as in the text."),
]
