# Hand-coded claims: Dr. Robert Hamilton's evidence to the Canadian House of Commons defence committee
# (openparliament.ca, 44th Parliament, meeting 132; year estimated). China-Russia only (CHN-RUS). The
# source is the witness's own testimony, so his sentences are the source's voice (`article`); "It's
# been described as" is `unnamed`. Ukraine is listed in countries where a span names it.
PAIR = ["CHN-RUS"]


def c(quote, domain, stance, note, countries=("CHN", "RUS"), attribution="article", analyst=None):
    return dict(quote=quote, countries=list(countries), scope="dyads", dyads=PAIR, hub=None,
                domain=domain, stance=stance, attribution=attribution, analyst=analyst, note=note)


CLAIMS = [
    c("the question of China's support for Russia is most important in terms of the war in Ukraine",
      "diplomatic", "cooperation",
      "Presupposes China's support for Russia in the war (weight 1, general). The kinds of support follow and are coded one by one.",
      countries=("CHN", "RUS", "UKR")),
    c("China mostly supporting Russia in what it is not doing",
      "diplomatic", "cooperation",
      "Diplomatic support by omission (he says 'diplomatically'): cooperation, weight 1-2."),
    c("freeriding on Russian vetoes of UN Security Council resolutions on Ukraine",
      "diplomatic", "cooperation",
      "'It's been described as': a characterisation he cites without naming its author (`unnamed`). China relying on Russia's vetoes: passive diplomatic cooperation at the UN.",
      countries=("RUS", "UKR", "CHN"), attribution="unnamed"),
    c("The Chinese know the Russians are going to veto anything that calls for a Russian withdrawal from Ukraine or criticizes Russia's invasion of Ukraine, so they abstain",
      "diplomatic", "cooperation",
      "China abstains where Russia vetoes: the concrete pattern of UN votes (weight 2-3). Coded cooperation because the speaker presents the abstention as support for Russia; that China does not cast a veto itself could be read as a limit, but the text does not say so.",
      countries=("CHN", "RUS", "UKR")),
    c("It's sort of passive diplomatic support",
      "diplomatic", "cooperation",
      "His summary of the UN pattern: a restatement coded at its occurrence (eval rule 10). Countries from the preceding sentences."),
    c("China's information operations are very closely echoing Russia's justification for the war in terms of NATO enlargement, indivisibility of security",
      "ideological", "cooperation",
      "China's messaging repeats Russia's case against NATO enlargement: a shared grievance and narrative (ideological). Diplomatic (information support) is defensible."),
    c("Militarily and economically, I would describe China's response as self-interest more than direct support of Russia",
      "military", "limitation",
      "China acts from self-interest rather than supporting Russia directly: limitation. Spans two domains; coded military because the next sentences are about military support (economic is defensible)."),
    c("We know that Russia has asked for direct military support",
      "military", "cooperation",
      "Russia turning to China for arms: coded as Russia seeking military cooperation (weight 1). The refusal is the next record. Leaving the request out, or coding it with the refusal as one limitation, is defensible."),
    c("We believe that China has not provided it",
      "military", "limitation",
      "No direct military support from China (weight 3, a concrete non-act). The next sentence ('That's the conclusion of all the western intelligence services') gives the basis; it restates this by reference and is not coded apart."),
    c("The Chinese are exercising more with the Russian military—ground, sea, and air",
      "military", "cooperation",
      "More joint exercises: military cooperation (weight 3)."),
    c("It does provide a little bit of legitimacy to the Russian military exercising with China",
      "military", "cooperation",
      "The exercises lend the Russian military legitimacy: a benefit to Russia from the military tie (weight 1)."),
    c("China is also benefiting and learning from that",
      "military", "cooperation",
      "China learns from exercising with a Russia at war: a benefit to China from the same tie (weight 1). Separate from the benefit to Russia in the same sentence."),
    c("Economically, yes, China is providing dual-use items and items that allow the Russian economy to sustain itself in the face of sanctions",
      "economic", "cooperation",
      "Dual-use goods and goods that keep Russia's economy going under sanctions (weight 2). Coded economic, as the speaker frames it; the dual-use items could be military. The next sentences (many EU and North American countries do the same through intermediaries such as Kyrgyzstan) qualify how special China's role is, but say nothing about China and Russia, and are not coded."),
]
