# Hand-coded claims: The Christian Science Monitor, "China has weapons to give Russia an edge in
# Ukraine – why hasn't it?", by Ann Scott Tyson (URL date 15 March 2023). Every record is on CHN-RUS:
# what China gives (an economic lifeline, a growing military relationship) and what it withholds
# (arms). The reporter's voice (`article`) except what she credits to US intelligence or officials
# (`unnamed`) and to Alexander Korolev (`named`).
PAIR = ["CHN-RUS"]


def c(quote, domain, stance, note, countries=("CHN", "RUS"), attribution="article", analyst=None):
    return dict(quote=quote, countries=list(countries), scope="dyads", dyads=PAIR, hub=None,
                domain=domain, stance=stance, attribution=attribution, analyst=analyst, note=note)


CLAIMS = [
    c("China has weapons to give Russia an edge in Ukraine – why hasn’t it?",
      "military", "limitation",
      "Headline (eval rule 10): China has not given Russia weapons. A limitation, weight 3 (a concrete non-act).",
      countries=("CHN", "RUS", "UKR")),
    c("China’s growing military relationship with Russia gives it the potential to tip the scales in Ukraine",
      "military", "cooperation",
      "Standfirst: a growing military relationship (weight 2). The 'potential to tip the scales' is a capability, not an act, and is not coded apart.",
      countries=("CHN", "RUS", "UKR")),
    c("As they weigh whether to help their northern ally",
      "military", "limitation",
      "China's leaders have not decided to help Russia militarily: a hedge (limitation, weight 1). 'Their northern ally' is Russia; 'they' are the Chinese leaders named later in the sentence. The word 'ally' presupposes closeness, which the other records carry; it is not coded apart."),
    c("Moscow is increasingly desperate for an infusion of lethal aid from the country",
      "military", "cooperation",
      "Russia seeking lethal aid from China ('the country' is China, named at the end of the sentence): coded as Russia turning to China for military cooperation (weight 1), as the request in the Hamilton transcript. That the aid has not come is coded in the headline and in 'no evidence has emerged'. Coding this as a limitation (the aid is missing) is defensible."),
    c("the country that’s already serving as an economic lifeline – China",
      "economic", "cooperation",
      "China as Russia's economic lifeline (weight 2). Moscow is the subject of the sentence."),
    c("U.S. intelligence indicated China is considering providing its northern ally with weaponry – reportedly including artillery shells and attack drones used in front-line combat",
      "military", "cooperation",
      "Possible arms deliveries under consideration, as US intelligence indicated (`unnamed`: no office is named). Hedged cooperation (weight 1-2); the next sentence limits it.",
      countries=("USA", "CHN", "RUS"), attribution="unnamed"),
    c("So far, no evidence has emerged showing Beijing has made such transfers, U.S. officials say",
      "military", "limitation",
      "No sign of arms transfers, according to unnamed US officials: limitation (weight 3). Russia comes from 'such transfers' (to its northern ally) in the previous sentence.",
      countries=("CHN", "USA", "RUS"), attribution="unnamed"),
    c("Beijing’s view, he says, is that China and the United States “are clearly on a collision course, so we will need Russia.”",
      "diplomatic", "cooperation",
      "Alexander Korolev (University of New South Wales): Beijing expects to need Russia against the United States. Cooperation (a strategic reason to stay close), diplomatic.",
      countries=("CHN", "USA", "RUS"), attribution="named",
      analyst="Alexander Korolev"),
    c("Beijing’s incentives to draw closer to Russia and possibly provide weapons and other military assistance – albeit as covertly as possible – will also mount",
      "military", "cooperation",
      "A conditional forecast (if US-China relations worsen): closer ties and possibly arms. Hedged cooperation, coded military for the weapons; 'draw closer' alone would be diplomatic. The reporter's voice (`article`): the sentence follows Korolev's quotation but is not attributed to him (eval rule 8). The cut-off quotation after it ('The most likely issue which might lead to further deterioration') is not coded."),
]
