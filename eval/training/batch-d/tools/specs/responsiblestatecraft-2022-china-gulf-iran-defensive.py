# Hand-coded claims: Responsible Statecraft (Quincy Institute for Responsible Statecraft), "China dips
# toes in the Gulf, puts Iran on the defensive" (20 December 2022), an analysis of Xi Jinping's
# December 2022 visit to Saudi Arabia and the China-GCC summit. Almost all CHN-IRN limitation: China
# signing statements with Saudi Arabia and the Gulf states that cut against Iran. The author's own
# voice throughout (`article`); "According to reports" is `unnamed`. The Saudi-China partnership
# itself (outsiders) is not coded.
PAIR = ["CHN-IRN"]

CLAIMS = [
    dict(quote="China dips toes in the Gulf, puts Iran on the defensive",
         countries=["CHN", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="Headline making a claim (eval rule 10): China's Gulf engagement puts Iran on the defensive, a strain on the pair. The image file name above it is page furniture and is not coded."),
    dict(quote="Beijing and Iran always had 'convenient' relations",
         countries=["CHN", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Standing relations, qualified as merely 'convenient' (in scare quotes): coded as passing cooperation (weight 1), the first stance of a two-stance sentence (eval rule 3). Reading 'convenient' as itself a hedge (limitation) is defensible."),
    dict(quote="the former's visit to Saudi Arabia exposed some new limits",
         countries=["CHN", "SAU", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="The second stance: limits of the China-Iran relationship exposed. 'the former' is Beijing; Iran from the same sentence."),
    dict(quote="it also managed to ruffle feathers in Iran",
         countries=["CHN", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="Xi's trip (the 'it') annoyed Tehran: friction, a limitation. China from the previous paragraph (Xi's visit)."),
    dict(quote="Saudi Arabia and China announced their agreement to strengthen cooperation to  “maintain the non-proliferation regime,” with respect to Iran",
         countries=["SAU", "CHN", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="China joining Iran's rival in a statement aimed at Iran's nuclear programme: a limitation for CHN-IRN (China sides against Iran on the issue). The double space before the quotation mark is the text's. The statement's further call for 'non-interference' is not tied to Iran in the text and is not coded."),
    dict(quote="The joint statement emphasized the need to address Iran’s “destabilising regional activities” and “support for terrorist and sectarian groups and illegal armed organisations.”",
         countries=["IRN", "CHN"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="The China-GCC summit statement, which China signed, criticising Iran: a limitation. China from 'the first China-GCC summit' in the previous sentence. One proposition (the statement's criticism of Iran), one record; 'As a further sign of China's growing interest in the affairs of the Persian Gulf region' is about China and the Gulf and is not coded."),
    dict(quote="The statement further called for a peaceful resolution to the issue of the three islands in the Persian Gulf where Iran and the United Arab Emirates have territorial disputes",
         countries=["IRN", "ARE", "CHN"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="China endorsing a call that treats islands Iran claims as disputed (the next sentence says Iran holds them inseparable): a separate limitation from the criticism of Iran's activities. China from the statement it signed. The next sentence (Iran's view of the islands) is about Iran alone and is not coded."),
    dict(quote="Iranian officials hit back at the portrayal of Tehran and the island disputes in the pair of statements",
         countries=["IRN", "CHN"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="limitation",
         attribution="unnamed", analyst=None,
         note="Iran's public objection to statements China signed: friction, a limitation. 'According to reports' opens the sentence: unnamed. The cut-off sentence that follows (criticism in the Iranian media; the foreign minister's tweet) is not coded: its object is not in the excerpt."),
]
