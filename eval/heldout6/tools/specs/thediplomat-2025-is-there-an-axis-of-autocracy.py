# Hand-coded claims: The Diplomat, "Is There an Axis of Autocracy?" (March 2025, from the URL), a
# commentary on the U.S.-China Economic and Security Review Commission's hearing of 20 February 2025.
# Group level throughout (the four as a whole): transactional ties, deepened dependencies, a loose
# unit whose members keep their sovereignty, few positive commonalities. The repeated headline and the
# hearing's question are questions and are not coded; the passage on African autocracies names none of
# the four's relations and is not coded.
FOUR = ["CHN", "IRN", "PRK", "RUS"]

CLAIMS = [
    dict(quote="At heart, what binds China, Iran, North Korea, and Russia is a set of transactional relationships",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="The standfirst: the four are bound, but only transactionally. Coded as one limitation (transactional, not an alliance), the thrust of the sentence; a second, cooperation record for 'what binds' is defensible."),
    dict(quote="the activities and dependencies among China, Iran, North Korea, and Russia have increased and deepened",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="diplomatic", stance="cooperation",
         attribution="unnamed", analyst=None,
         note="'as several testimonies at the USCC hearing revealed': the witnesses are not named, so unnamed (the author endorses it; article is defensible). Diplomatic (general)."),
    dict(quote="the relationships can be loosely characterized as a single unit – an axis of autocracy",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="diplomatic", stance="cooperation",
         attribution="unnamed", analyst=None,
         note="The four as a unit, an axis: cooperation, hedged by 'loosely' (the hedge's substance is the sovereignty record that follows, coded as a limitation). Same attribution as the clause it depends on."),
    dict(quote="all while each maintains a great deal of individual sovereignty",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="diplomatic", stance="limitation",
         attribution="unnamed", analyst=None,
         note="Each keeps its freedom of action: a limitation on the axis (eval rule 3, a second stance in the sentence)."),
    dict(quote="It is hard to find positive commonalities among these four countries",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="ideological", stance="limitation",
         attribution="article", analyst=None,
         note="Little shared positive ground: ideological limitation."),
    dict(quote="but very simple to find negative ones",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="ideological", stance="cooperation",
         attribution="article", analyst=None,
         note="Hard call: shared negative traits (the next sentence begins the list: curtailed freedoms), coded as ideological common ground (cooperation). It describes likeness rather than collaboration; leaving it out is defensible."),
]
