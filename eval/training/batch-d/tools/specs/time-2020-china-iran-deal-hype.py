# Hand-coded claims: TIME, an explainer on the China-Iran deal (no headline in the excerpt; URL slug
# "china-iran-deal"; late July or August 2020, estimated from the text). A news explainer on the leaked draft of the 25-year China-Iran
# agreement, weighing alarm in Washington against "several reasons to be skeptical". All CHN-IRN. The
# draft's own words, quoted, are the document's text reported by the article (`article`); "according
# to the leaked draft" and the New York Times attribution stay `article` (a document, not a person),
# while "concern in Washington" is `unnamed`. The U.S.-China and U.S.-Iran frictions in the third
# paragraph involve one of the four and an outsider and are not coded.
PAIR = ["CHN-IRN"]

CLAIMS = [
    dict(quote="a sweeping bilateral accord being negotiated between Beijing and Tehran",
         countries=["CHN", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="The two governments negotiating a sweeping agreement: diplomatic cooperation (the subject phrase of the sentence; 'is ringing alarms in Washington' is the U.S. reaction)."),
    dict(quote="It has the potential to dramatically deepen the relationship between America’s principal global rival and its long term antagonist in the Middle East",
         countries=["CHN", "IRN", "USA"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="A forecast (hedged, 'potential') that the accord deepens the relationship. China and Iran by description ('America’s principal global rival', 'its long term antagonist in the Middle East') and from the previous sentence."),
    dict(quote="undermining White House attempts to isolate Iran on the world stage",
         countries=["USA", "IRN", "CHN"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="The accord would break Iran's isolation: a separate proposition (diplomatic support), hedged with the previous clause. China from the accord's subject."),
    dict(quote="“Two partners in the sectors of trade, economy, politics, culture and security with a similar outlook and many mutual bilateral and multilateral interests will consider one another strategic partners.”",
         countries=["CHN", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="The leaked draft's own commitment to a strategic partnership (the document reported, `article`). Spans several domains; coded diplomatic (the partnership). The shared 'similar outlook' could be a second, ideological record; kept in one as the draft's one sentence. The opening line 'Two ancient Asian cultures' is not coded apart."),
    dict(quote="amid concern in Washington over a new China–Iran axis",
         countries=["USA", "CHN", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="unnamed", analyst=None,
         note="An unnamed view ('concern in Washington') that an axis is forming: cooperation, unnamed. The en dash in 'China–Iran' is the text's."),
    dict(quote="there are several reasons to be skeptical of what the accord’s contents promise",
         countries=["CHN", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="economic", stance="limitation",
         attribution="article", analyst=None,
         note="Doubt that the accord will deliver: a limitation, the second stance of the sentence (eval rule 3). Coded economic because what the contents promise is mainly investment (the next paragraphs); diplomatic is defensible."),
    dict(quote="why the new accord might not live up to the hype",
         countries=["CHN", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="economic", stance="limitation",
         attribution="article", analyst=None,
         note="Restates the doubt in the explainer's list of questions: coded at its occurrence (eval rule 10). 'the state of China-Iran relations' earlier in the sentence names the topic and is not coded."),
    dict(quote="Iran’s Foreign Minister Mohammad Javad Zarif confirmed on July 5 that Iran was negotiating a 25-year deal with China",
         countries=["IRN", "CHN"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="An official confirmation of the negotiation: an event the article reports (`article`, eval rule 8). The heading 'What’s in the deal?' is not coded."),
    dict(quote="it paves the way for billions of dollars worth of Chinese investments in energy, transportation, banking, and cybersecurity in Iran",
         countries=["CHN", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="economic", stance="cooperation",
         attribution="article", analyst=None,
         note="Planned Chinese investment in Iran per the draft ('According to the leaked draft'): economic cooperation, a plan rather than an act."),
    dict(quote="The draft also dangles the possibility of Chinese–Iranian co-operation on weapons development and intelligence sharing, and joint military drills",
         countries=["CHN", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="Possible military cooperation in the draft: hedged ('dangles the possibility') military cooperation, one proposition listing three forms. The excerpt is cut in the attribution that follows ('according to the Time[s]')."),
]
