# Hand-coded claims: CNAS, "China's Role in the Axis of Autocracy", Andrea Kendall-Taylor's written
# testimony before the U.S.-China Economic and Security Review Commission, 20 February 2025. The
# testimony is the witness's own first-person text, so her claims are the source's own voice
# (`article`), as in the ICDS essay by the same author in eval/heldout3/. The four named together, or
# "these four countries", "the axis", are `group` (eval rule 5). The page title and the hearing title
# ("An Axis of Autocracy? China's Relations with Russia, Iran, and North Korea", printed twice) name a
# topic or ask a question and are not coded (eval rule 10).
FOUR = ["CHN", "RUS", "IRN", "PRK"]

CLAIMS = [
    dict(quote="the growing partnership between China, Russia, Iran, and North Korea",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="All four named as one partnership that the 'axis of upheaval' label describes: group, not six dyads (eval rule 5). A general partnership: diplomatic."),
    dict(quote="Some people bristle at the term “axis,”",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="diplomatic", stance="limitation",
         attribution="unnamed", analyst=None,
         note="Hard call. Doubt, by people not named, that the four form an axis: a group limitation, unnamed. The witness rejects it in the same sentence (next record). Leaving it out as a remark about a word is defensible."),
    dict(quote="in my view it is the most appropriate way to describe the dynamics among these four countries that we see today",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="The witness's own view that 'axis' fits the four: group cooperation. Second stance of the sentence (codebook rule 4)."),
    dict(quote="This well describes what China, Russia, Iran, and North Korea are doing—they are collaborating on their troubles",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="All four named together as collaborating: group. Mussolini's description of Italy and Germany, quoted before it, is not about the four and is not coded."),
    dict(quote="Their shared aim of weakening the United States and its power and influence provides such strong motivation for their actions",
         countries=FOUR + ["USA"], scope="group", dyads=[], hub=None, domain="ideological", stance="cooperation",
         attribution="article", analyst=None,
         note="A shared anti-US aim as the motive: ideological (eval rule 7), as the ICDS 'shared and overarching geopolitical objective' record in eval/heldout3/."),
    dict(quote="This new axis of upheaval, then, is best thought of as a collection of dissatisfied states converging on a shared purpose of overturning U.S. leadership",
         countries=FOUR + ["USA"], scope="group", dyads=[], hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="The axis as states converging on one purpose: group cooperation. Diplomatic for the convergence; ideological (dissatisfaction, shared purpose) is defensible. The rest of the sentence (the principles, rules and institutions) is the object of the same purpose and is not coded apart."),
    dict(quote="the cooperation among these four countries is likely to be deeper, more durable, and more consequential than many policymakers and analysts currently assume",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="A judgement ('likely') that the four's cooperation is deeper and more durable than assumed: group cooperation. The excerpt is cut at 'one of the most significant'."),
]
