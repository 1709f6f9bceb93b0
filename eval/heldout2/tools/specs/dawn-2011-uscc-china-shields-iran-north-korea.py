# Hand-coded claims: Dawn, 16 November 2011, on the U.S.-China Economic and Security Review
# Commission's 2011 annual report (China's support for Iran and North Korea). What the report
# says ("charged", "it said", "according to the report", its words in quotation marks) is
# `named` with the commission as analyst; the article's own framing is `article`.
USCC = "U.S.-China Economic and Security Review Commission"
BOTH = ["CHN-IRN", "CHN-PRK"]

CLAIMS = [
    dict(quote="China undermines international efforts to force Iran and North Korea to halt their nuclear programs",
         countries=["CHN", "IRN", "PRK"], scope="dyads", dyads=BOTH, hub=None, domain="diplomatic", stance="cooperation",
         attribution="named", analyst=USCC,
         note="China shielding both from international pressure: diplomatic backing, one proposition about two pairs (rule 5). 'a panel of US experts charged' = the commission, named in the next sentence. The photo caption (Taiwan fighter jets) and the space and cyber warning are about China and the United States and are not coded."),
    dict(quote="its economic ties to North Korea and Iran",
         countries=["CHN", "PRK", "IRN"], scope="dyads", dyads=BOTH, hub=None, domain="economic", stance="cooperation",
         attribution="article", analyst=None,
         note="'its' = China's. The article's own background (what Congress is angry about), not the report's words."),
    dict(quote="Chinese support for North Korea and Iran demonstrates China's willingness to place its national interests ahead of regional stability by providing economic and diplomatic support to countries that undermine international security",
         countries=["CHN", "PRK", "IRN"], scope="dyads", dyads=BOTH, hub=None, domain="diplomatic", stance="cooperation",
         attribution="named", analyst=USCC,
         note="Quoted from the report ('it said'). Economic and diplomatic support in one span; coded diplomatic (support for the two in foreign policy); the economic side has its own records."),
    dict(quote="Beijing “shields” Pyongyang from diplomatic pressure",
         countries=["CHN", "PRK"], scope="dyads", dyads=["CHN-PRK"], hub=None, domain="diplomatic", stance="cooperation",
         attribution="named", analyst=USCC,
         note="'according to the report' at the end of the sentence covers both clauses."),
    dict(quote="trades and invests with the secretive regime, giving it “an economic lifeline in the face of growing international ostracism",
         countries=["CHN", "PRK"], scope="dyads", dyads=["CHN-PRK"], hub=None, domain="economic", stance="cooperation",
         attribution="named", analyst=USCC,
         note="Second proposition of the sentence: trade and investment as a lifeline (one economic record). Beijing and North Korea from the first clause."),
    dict(quote="Beijing's continued support for Pyongyang is primarily driven by its fear of a collapse of the North Korean regime",
         countries=["CHN", "PRK"], scope="dyads", dyads=["CHN-PRK"], hub=None, domain="diplomatic", stance="cooperation",
         attribution="named", analyst=USCC,
         note="States continued support (cooperation) and its motive. The motive (fear of collapse, a buffer state) explains the support rather than limiting it, so no limitation record; the span stops before the list of consequences."),
    dict(quote="China is “a large investor” in Iran's energy sector and “major provider” of refined petroleum products",
         countries=["CHN", "IRN"], scope="dyads", dyads=["CHN-IRN"], hub=None, domain="economic", stance="cooperation",
         attribution="named", analyst=USCC,
         note="Investment and fuel supply in one clause: one economic record. The quoted phrases are the report's words."),
    dict(quote="supplying Tehran “with advanced conventional weapons, such as cruise missiles,”",
         countries=["CHN", "IRN"], scope="dyads", dyads=["CHN-IRN"], hub=None, domain="military", stance="cooperation",
         attribution="named", analyst=USCC,
         note="China (subject of the sentence) arming Iran. 'all in potential violation of US law' is not a relation between the two and is not coded."),
]
