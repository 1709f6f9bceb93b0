# Hand-coded claims: Daniel DePetris, opinion column on the "axis" framing, from a newspaper
# e-edition hosted by PageSuite (edition.pagesuite.com/tribune; no headline or outlet name in the
# excerpt), 2024 (estimated). The author's own voice (`article`) except what he credits to "U.S.
# foreign policy experts" and "Some ... others" (`unnamed`). The four named together, "all four",
# "the bloc" are `group`. Not coded: the opening hypothetical ("We might also be led to believe that
# four countries ... are ... forming an alliance to destroy the so-called rules-based order"), a
# framing the author sets up to question (as the Newsweek "portray ... as a budding alignment" in
# eval/); the three questions; "the 'axis of evil' ... is reappearing in popular discourse" (about
# a phrase, not about the four); and the sentences on each country's grievance against the United
# States taken one at a time (the shared view is coded once, as "all four view ...").
FOUR = ["CHN", "RUS", "IRN", "PRK"]

CLAIMS = [
    dict(quote="U.S. foreign policy experts have used the word “axis” to describe the blossoming relationships among Beijing, Moscow, Tehran and Pyongyang",
         countries=FOUR + ["USA"], scope="group", dyads=[], hub=None, domain="diplomatic", stance="cooperation",
         attribution="unnamed", analyst=None,
         note="The four capitals named together: group. The 'axis' reading is the unnamed experts'; 'blossoming relationships' is the author's own wording, so article is defensible."),
    dict(quote="Some refer to the bloc as an “axis of upheaval”; and others frame it as an “axis of revisionist powers” or the wordier “axis of growing malign partnerships.”",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="diplomatic", stance="cooperation",
         attribution="unnamed", analyst=None,
         note="More labels for the four as one bloc, by unnamed commentators: group cooperation. Close to the previous record; kept as its own record because it is a separate sentence with its own claim (the bloc), as eval rule 10 codes restatements."),
    dict(quote="Yes, cooperation among China, Russia, Iran and North Korea is in fact happening",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="The author's own answer: group cooperation."),
    dict(quote="They may be very different countries with different languages, cultures and history",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="ideological", stance="limitation",
         attribution="article", analyst=None,
         note="Divergence of culture and history: ideological limitation. First stance of the sentence (codebook rule 4)."),
    dict(quote="all four view the United States as a hostile adversary",
         countries=FOUR + ["USA"], scope="group", dyads=[], hub=None, domain="ideological", stance="cooperation",
         attribution="article", analyst=None,
         note="A shared grievance: ideological cooperation. Second stance of the sentence."),
    dict(quote="But we shouldn’t overstate the similarities and ignore the nuances",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="ideological", stance="limitation",
         attribution="article", analyst=None,
         note="A warning that the four are less alike than the axis framing suggests: group limitation. Ideological for 'similarities'; diplomatic is defensible. 'the similarities' refers to the four, from the paragraph before."),
    dict(quote="What the U.S. and its allies are confronting is less an “axis,”",
         countries=FOUR + ["USA"], scope="group", dyads=[], hub=None, domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="Not really an axis: group limitation (eval rule 6). The excerpt is cut after the comma; what it is instead is not in the text."),
]
