# Hand-coded claims: Iran International, "Iran to attend China parade as Putin and Kim join Xi in
# show of defiance to West" (28 August 2025). The four leaders' appearance at Beijing's parade
# (Iran's pairs; China, Russia and North Korea through Xi, Putin and Kim) and an Iran-Russia limit.
# The Chinese foreign ministry's announcement is an event the story reports (`article`, eval rule 8).
IRAN3 = ["CHN-IRN", "IRN-PRK", "IRN-RUS"]
XPK = ["CHN-PRK", "CHN-RUS", "PRK-RUS"]
IR = ["IRN-RUS"]

CLAIMS = [
    dict(quote="Iran to attend China parade",
         countries=["IRN", "CHN"], scope="dyads", dyads=["CHN-IRN"], hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Headline, first proposition: Iran at China's parade (CHN-IRN). Its tie to Putin and Kim ('as ...') is the body's; here only China is named with Iran."),
    dict(quote="Putin and Kim join Xi in show of defiance to West",
         countries=["RUS", "PRK", "CHN"], scope="dyads", dyads=XPK, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Headline, second proposition: the three leaders together against the West; the three pairs among Russia, North Korea and China (eval rule 5). Diplomatic (a joint appearance); ideological ('defiance to West') is defensible."),
    dict(quote="Russian President Vladimir Putin shakes hands with Chinese President Xi Jinping during a meeting on the sidelines of the Shanghai Cooperation Organization (SCO) summit",
         countries=["RUS", "CHN"], scope="dyads", dyads=["CHN-RUS"], hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Photo caption: a Putin-Xi meeting at the 2024 SCO summit (weight 1). Captions that report an event are coded, as in eval/heldout4."),
    dict(quote="Iran will join Russia and North Korea at a major military parade in Beijing next week",
         countries=["IRN", "RUS", "PRK", "CHN"], scope="dyads", dyads=IRAN3, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Hard call on pairs. Iran joins Russia and North Korea at China's parade: Iran's three pairs (Iran with each named country). The China-Russia, China-North Korea and Russia-North Korea pairs are carried by the next sentence, which names their leaders together. Group is defensible (all four named in one sentence), but the sentence is about Iran's place beside each. 'China’s foreign ministry said': an announcement reported as an event, article. The rest of the sentence ('leaders under Western sanctions') is not a claim about relations."),
    dict(quote="Russian President Vladimir Putin and North Korean leader Kim Jong Un will stand alongside Chinese President Xi Jinping during the September 3 event",
         countries=["RUS", "PRK", "CHN"], scope="dyads", dyads=XPK, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Restates the headline's second proposition in the body; coded at its occurrence (eval rule 10). Three pairs."),
    dict(quote="Iranian President Masoud Pezeshkian will also attend",
         countries=["IRN", "CHN"], scope="dyads", dyads=["CHN-IRN"], hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Restates Iran's attendance at China's event ('also' = alongside the leaders just named); coded at its occurrence, CHN-IRN only as in the headline. Adding IRN-PRK and IRN-RUS is defensible. The paragraphs on the other guests, the weapons on display and the UN's representative are not about relations among the four."),
    dict(quote="Iran’s attendance comes months after President Pezeshkian was notably absent from Russia’s Victory Day parade in May",
         countries=["IRN", "RUS"], scope="dyads", dyads=IR, hub=None, domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="A notable absence from Moscow's parade: an Iran-Russia limitation (the text marks it 'notably', 'despite')."),
    dict(quote="despite Tehran’s deepening military and diplomatic ties with Moscow",
         countries=["IRN", "RUS"], scope="dyads", dyads=IR, hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="The second stance of the sentence (codebook rule 4). Spans military and diplomatic; coded military because it is named first and is the more specific; diplomatic is defensible."),
    dict(quote="The lack of visible representation led to domestic debate in Iran over the optics of its relationship with Russia",
         countries=["IRN", "RUS"], scope="dyads", dyads=IR, hub=None, domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="Debate in Iran over its relationship with Russia: a limitation (weight 1). The remaining paragraphs concern Iranian domestic politics and make no claim about the four."),
]
