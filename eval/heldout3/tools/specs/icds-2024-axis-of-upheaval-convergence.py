# Hand-coded claims: International Centre for Defence and Security (ICDS, Tallinn), "The Axis of
# Upheaval: How the Convergence of Russia, China, Iran, and North Korea Will Challenge the US and
# Europe" (29 May 2024), an essay by the co-author, with Richard Fontaine, of the "axis of upheaval"
# label. Mostly group claims ("their", "this axis", "these revisionist actors" = the four). Russia with
# its partners named one by one is dyads; Russia with "its backers" (not named in that clause) is a
# hub (codebook rule 2). The author's voice throughout: `article`.
FOUR = ["RUS", "CHN", "IRN", "PRK"]

CLAIMS = [
    dict(quote="Russia has similarly catalysed deepening cooperation among its partners, namely China, Iran, and North Korea",
         countries=FOUR + ["UKR"], scope="dyads", dyads=["CHN-RUS", "IRN-RUS", "PRK-RUS"], hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Hard call. Read with the next sentence ('the growing collaboration among Russia and its backers'): Russia's ties with each partner, named one by one, so the three Russian pairs (codebook rule 2), not hub RUS. Two other readings are defensible: group (all four named, cooperation within Russia's camp) and, literally, cooperation among China, Iran and North Korea themselves (CHN-IRN, CHN-PRK, IRN-PRK). Ukraine from 'Since its invasion'. Kind of cooperation not stated: diplomatic."),
    dict(quote="accelerated the growing collaboration among Russia and its backers",
         countries=FOUR + ["UKR"], scope="hub", dyads=[], hub="RUS", domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="'its backers' are not named in this clause: hub RUS, as 'the three partners' in eval/heldout2/ (JoongAng). The war (Ukraine) is the subject. A restatement of the previous record at another scope."),
    dict(quote="Their alignment of interests and convergence of efforts are creating nothing short of what Richard Fontaine and I have labelled an “axis of upheaval”",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="'Their' = Russia and its backers: the four as a whole, group. The author speaks in the first person ('I'); Fontaine is named as co-coiner of the label, not as the source of a claim, so article."),
    dict(quote="one that is bent on overturning the principles, rules, and institutions that underlie the prevailing international system",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="ideological", stance="cooperation",
         attribution="article", analyst=None,
         note="The axis's shared revisionist aim: ideological (shared grievance against the order), a separate proposition from the alignment itself."),
    dict(quote="their cooperation is increasing the military capabilities of these revisionist actors",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="'their' and 'these revisionist actors' = the axis: group. The first of three effects listed after the colon; each is coded apart (distinct domains and propositions). 'The challenges that this axis pose are significant' presupposes the axis and adds nothing, and is not coded."),
    dict(quote="diluting the efficacy of the foreign policy tools that the US and Europe use to confront them",
         countries=FOUR + ["USA"], scope="group", dyads=[], hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Their cooperation blunts Western tools (sanctions among them, from the first paragraph). Coded diplomatic ('foreign policy tools'); economic is defensible. Subject ('their cooperation') from the same sentence."),
    dict(quote="creating the basis of an alternative order that portends greater global instability",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Third effect: building an alternative international order together. Diplomatic; ideological is defensible."),
    dict(quote="There are myriad fissures and distrust that plague their relationships",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="The excerpt's one limitation: 'their relationships' = the relations among the four, group. Two stances in the sentence (rule 4): the shared objective is coded next as cooperation."),
    dict(quote="their shared and overarching geopolitical objective — to undermine the US-led global order — provides powerful motivation for their partnership",
         countries=FOUR + ["USA"], scope="group", dyads=[], hub=None, domain="ideological", stance="cooperation",
         attribution="article", analyst=None,
         note="A shared grievance and goal binding the partnership: ideological."),
    dict(quote="the evidence of their convergence has mounted",
         countries=FOUR + ["UKR"], scope="group", dyads=[], hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="'In the two years since Russia’s invasion' (Ukraine) opens the sentence. 'making it impossible and even irresponsible to dismiss their alignment' restates it and is not coded apart."),
    dict(quote="Russia: The Key Instigator",
         countries=FOUR, scope="hub", dyads=[], hub="RUS", domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Section heading: Russia as the driver of the axis, its partners not named (hub RUS). Headings that make a claim are coded; arguable, since the heading only names Russia's role. The section's text is cut off ('For Moscow, the war in Ukraine is first and')."),
]
