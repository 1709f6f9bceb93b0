# Hand-coded claims: Iran Times (Washington), "Russia, Iran sign treaty not worth reading"
# (21 February 2025; headline from the URL). The 2025 Russia-Iran comprehensive strategic
# partnership treaty, read as nearly empty: no mutual defence clause (limitation), with the
# Russia-North Korea mutual security agreement as the contrast (cooperation). The excerpt starts
# after the headline, so the first sentences name neither country; the pair comes from the rest
# of the excerpt ("the previous 2001 Iran-Russia agreement") and the headline. The article's own
# voice throughout (no author in the excerpt). Articles 7 and 28 of the treaty are quoted as
# "almost laughable" examples, offered by the author as the limit, and are not coded as
# cooperation (as Singleton's "condemnations, UN statements" in eval/heldout4/).
PAIR = ["IRN-RUS"]

CLAIMS = [
    dict(quote="The new agreement is really just an update of a similar agreement signed in 2001",
         countries=["IRN", "RUS"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="The treaty adds little to 2001: a limitation ('really just'). No country named in the sentence; the pair from the headline and the rest of the excerpt. An extractor that needs both names in the sentence will miss it."),
    dict(quote="Both agreements are more like checklists of what they might engage in, rather than substantive, actionable projects",
         countries=["IRN", "RUS"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="Checklists, not projects: a limitation on the substance of the partnership. Pair from context."),
    dict(quote="they actually commit the regime to next-to nothing",
         countries=["IRN", "RUS"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="Such framework agreements commit Iran ('the regime') to almost nothing. 'The Islamic Republic likes such framework agreements since they can be touted as important' is about Iran's habits, not the pair, and is not coded apart."),
    dict(quote="the other Contracting Party shall not provide any military or other assistance to the aggressor",
         countries=["IRN", "RUS"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="Hard call. The treaty's provision as quoted: each side promises not to help an aggressor against the other, a (weak) security commitment, coded cooperation (weight 1). The author calls it 'limp' and reads it as no defence commitment; those words are coded as limitations in the next records. Leaving the provision out, as the limit the author offers, is defensible."),
    dict(quote="this is not a mutual security agreement in which the parties pledge to join in war as an ally if the other party is attacked",
         countries=["IRN", "RUS"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="limitation",
         attribution="article", analyst=None,
         note="No mutual defence clause (weight 3), as the 'did not include a mutual defence clause' record in eval/ (Al Jazeera)."),
    dict(quote="Russia has mutual security agreements with North Korea and Belarus, but not with Iran",
         countries=["RUS", "PRK", "BLR", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="limitation",
         attribution="article", analyst=None,
         note="Two stances (rule 4): this record is the IRN-RUS limitation ('but not with Iran'), spanning the whole sentence because the contrast needs both halves; the Russia-North Korea agreement inside it is the next record."),
    dict(quote="Russia has mutual security agreements with North Korea and Belarus",
         countries=["RUS", "PRK", "BLR"], scope="dyads", dyads=["PRK-RUS"], hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="The Russia-North Korea mutual security agreement (weight 3), nested in the previous record. Belarus is an outsider."),
    dict(quote="Russia is not offering Iran any help if the United States at tacks it",
         countries=["RUS", "IRN", "USA"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="limitation",
         attribution="article", analyst=None,
         note="A restatement in plain words ('In plain language, this means'), coded at its occurrence (eval rule 10). The text's stray space ('at tacks') is kept."),
    dict(quote="This limp provision was also contained in the previous 2001 Iran-Russia agreement",
         countries=["IRN", "RUS"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="limitation",
         attribution="article", analyst=None,
         note="The weak provision already in the 2001 agreement: limitation ('limp'). The next sentence (Iran drafted the text, Persian calendar dates) is about the drafting, not the relation, and is not coded."),
    dict(quote="the Treaty between Persia and the Russian Socialist Federal Soviet Republic dated 7 Esfand 1299 of Solar Hijri (corresponding to 26 February 1921)",
         countries=["IRN", "RUS"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Hard call. The 1921 Persian-Soviet treaty, cited in the new treaty's preamble as the article quotes it: a historical treaty between the two (Persia = IRN, the Russian SFSR = RUS), weight 1. The author quotes it to show who drafted the text; leaving it out is defensible."),
    dict(quote="A few of the 47 articles are almost laughable",
         countries=["IRN", "RUS"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="Part of the treaty dismissed as laughable: a limitation on its substance. The examples (Article 7, hostage taking; Article 28, a healthy lifestyle) are not coded as cooperation."),
    dict(quote="The Contracting Parties shall guarantee the non-application of unilateral coercive measures aimed directly or indirectly against the other Contracting Party",
         countries=["IRN", "RUS"], scope="dyads", dyads=PAIR, hub=None, domain="economic", stance="cooperation",
         attribution="article", analyst=None,
         note="Article 19 as quoted: a commitment not to apply each other's sanctions (economic, sanctions evasion). Unlike Articles 7 and 28, the author does not call it laughable but explains it (next record)."),
    dict(quote="neither Russia nor Iran will adhere to American sanctions against the other, which neither is doing anyhow",
         countries=["RUS", "IRN", "USA"], scope="dyads", dyads=PAIR, hub=None, domain="economic", stance="cooperation",
         attribution="article", analyst=None,
         note="The author's plain reading of Article 19: neither enforces US sanctions on the other, and neither did before. Cooperation in evading sanctions (weight 2); the remark that it changes nothing ('which neither is doing anyhow') says the practice already exists, so it is kept in the same record rather than coded as a limitation. The excerpt ends with 'EU ', not coded."),
]
