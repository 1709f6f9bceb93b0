# Hand-coded claims: Probe International, "In Brief" on the CSIS panel "What do strikes on Iran
# mean for China, Russia and North Korea?" (July 2025). Group claims on CRINK (the four named in
# the text), then IRN-RUS and CHN-IRN. Attribution: Probe's standfirst is `article`; the panel's
# takeaways are `named` (CSIS panel), "are characterized as" is `unnamed`; the panellists' points
# are `named` where the text says who said them, and unattributed sentences after them stay
# `article` (codebook rule 7).
IR = ["IRN-RUS"]
CI = ["CHN-IRN"]
FOUR = ["CHN", "RUS", "IRN", "PRK"]
PANEL = "CSIS panel (Center for Strategic and International Studies)"

CLAIMS = [
    dict(quote="a loose coalition of convenience rather than a unified bloc that might evolve into a cohesive strategic alliance",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="The standfirst: the 'Axis of Upheaval' (the four, named in the next paragraph) is not a bloc. Group. Probe's own summary voice: article."),
    dict(quote="CRINK states collaborate—particularly in terms of arms supply and sanctions evasion",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="military", stance="cooperation",
         attribution="named", analyst=PANEL,
         note="'Key takeaways from the discussion explored the ways in which ...': the panel's finding, named (CSIS, a named organisation, as the Friedrich Naumann Foundation in eval/heldout4). Military (arms supply first); economic (sanctions evasion) is defensible."),
    dict(quote="remain constrained due to distrust and divergent interests that underscore the fragility of these alliances",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="diplomatic", stance="limitation",
         attribution="named", analyst=PANEL,
         note="The second stance of the takeaway sentence (codebook rule 4). Subject 'CRINK states' from the same sentence."),
    dict(quote="CRINK partnerships are characterized as transactional",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="diplomatic", stance="limitation",
         attribution="unnamed", analyst=None,
         note="'Are characterized' names no one: unnamed (the panel is the likely source; named is defensible). 'Rather than a shared long-term vision' is part of the same limit."),
    dict(quote="driven by anti-Western grievances",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="ideological", stance="cooperation",
         attribution="unnamed", analyst=None,
         note="The shared grievance that binds them: a second proposition of the sentence, ideological cooperation (weight 1)."),
    dict(quote="the Russia-Iran alliance intensified following Russia’s 2022 invasion of Ukraine",
         countries=["RUS", "IRN", "UKR"], scope="dyads", dyads=IR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="named", analyst="Mona Yakubian",
         note="'Mona Yakubian, noted': named, with the name as the text spells it (CSIS's Mona Yacoubian)."),
    dict(quote="Moscow increasingly relied on Tehran for military support, including Shahed-136 drones and expertise in evading sanctions",
         countries=["RUS", "IRN"], scope="dyads", dyads=IR, hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="Unattributed sentence after Yakubian's: article (codebook rule 7). Drones and sanctions expertise in one list; military for the drones."),
    dict(quote="the two nations formalized their collaboration with a strategic partnership agreement",
         countries=["RUS", "IRN"], scope="dyads", dyads=IR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="The January 2025 treaty."),
    dict(quote="though it conspicuously omitted a mutual defense commitment",
         countries=["RUS", "IRN"], scope="dyads", dyads=IR, hub=None, domain="military", stance="limitation",
         attribution="article", analyst=None,
         note="Second stance of the sentence: no defence obligation."),
    dict(quote="economic ties—such as Russian exports of agricultural and industrial goods—have expanded",
         countries=["RUS", "IRN"], scope="dyads", dyads=IR, hub=None, domain="economic", stance="cooperation",
         attribution="article", analyst=None,
         note="The concessive clause of Snegovaya's sentence ('While ...'); the attribution verb governs the main clause, so article. Named (Snegovaya) is defensible."),
    dict(quote="Snegovaya underscored enduring historical tensions and mutual distrust, fueled by espionage and conflicting regional interests",
         countries=["RUS", "IRN"], scope="dyads", dyads=IR, hub=None, domain="diplomatic", stance="limitation",
         attribution="named", analyst="Snegovaya",
         note="The excerpt gives only the surname (Maria Snegovaya, CSIS, in the panel). The span includes the name because the verb's object is the claim; starting at 'enduring' is equally good. Diplomatic; ideological (historical tensions) is defensible."),
    dict(quote="She characterized the relationship as a fragile “marriage of convenience,” vulnerable to disruption",
         countries=["RUS", "IRN"], scope="dyads", dyads=IR, hub=None, domain="diplomatic", stance="limitation",
         attribution="named", analyst="Snegovaya",
         note="A fragile partnership of convenience: limitation. The rest of the sentence (if the West counters 'their alignment') is a condition on the same point."),
    dict(quote="Brian Hart, underscored its economic and energy-centered dynamic",
         countries=["CHN", "IRN"], scope="dyads", dyads=CI, hub=None, domain="economic", stance="cooperation",
         attribution="named", analyst="Brian Hart",
         note="The China-Iran relationship (named at the start of the sentence) as economic and energy-based."),
    dict(quote="China’s reliance on Iran for its annual oil imports",
         countries=["CHN", "IRN"], scope="dyads", dyads=CI, hub=None, domain="economic", stance="cooperation",
         attribution="named", analyst="Brian Hart",
         note="'He estimates ...': China's oil imports from Iran (the figure is cut off). Named."),
]
