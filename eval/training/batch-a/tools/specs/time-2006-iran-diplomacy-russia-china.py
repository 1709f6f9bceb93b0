# Hand-coded claims: TIME, "Iran Diplomacy: Why Russia and China Won't Play Ball" (March 2006,
# estimated). China and Russia together at the UN Security Council on Iran: their joint stand is coded
# on CHN-RUS, and their shielding of Iran on CHN-IRN and IRN-RUS, when the span names all three. The
# reporter's voice throughout (`article`).
ALL3 = ["CHN-IRN", "CHN-RUS", "IRN-RUS"]
SHIELD = ["CHN-IRN", "IRN-RUS"]
THREE = ["IRN", "RUS", "CHN"]


def c(quote, dyads, domain, stance, note, countries=THREE):
    return dict(quote=quote, countries=list(countries), scope="dyads", dyads=dyads, hub=None,
                domain=domain, stance=stance, attribution="article", analyst=None, note=note)


CLAIMS = [
    c("Iran Diplomacy: Why Russia and China Won't Play Ball", ALL3, "diplomatic", "cooperation",
      "Headline (eval rule 10): Russia and China together refuse to go along with pressure on Iran. Names all three: their joint stand (CHN-RUS) and their backing of Iran (CHN-IRN, IRN-RUS), one proposition with one stance (codebook rule 5)."),
    c("closer economic ties and strategic ties during President Putin's visit to Beijing", ["CHN-RUS"], "diplomatic", "cooperation",
      "Putin's visit to Beijing and the ties announced there. Economic and strategic ties in one phrase; coded diplomatic (a state visit, strategic ties); economic is defensible.",
      countries=("RUS", "CHN")),
    c("Sino-Russian concerns over U.S. policy elsewhere may prolong the Iran deadlock", ALL3, "diplomatic", "cooperation",
      "Shared Chinese and Russian concerns about US policy, keeping the Iran dispute open (hedged 'may'). The shared concern is CHN-RUS; prolonging the deadlock in Iran's favour names Iran. One record on the three pairs; CHN-RUS only is defensible.",
      countries=("CHN", "RUS", "USA", "IRN")),
    c("China and Russia Push Back", ["CHN-RUS"], "diplomatic", "cooperation",
      "Subheading that makes a claim (eval rule 10): the two act together against the US position. Only China and Russia are named.",
      countries=("CHN", "RUS")),
    c("Moscow and Beijing are blocking efforts by the U.S. and its allies to have the Security Council issue an ultimatum to Iran", ALL3, "diplomatic", "cooperation",
      "Joint blocking of a Security Council ultimatum to Iran: a concrete diplomatic act (weight 3) by China and Russia together (CHN-RUS) in Iran's favour (CHN-IRN, IRN-RUS). The next sentences (more time for talks, back to the IAEA; 'Without their support, a Security Council statement can't be adopted') explain the same stand and are not coded apart.",
      countries=("RUS", "CHN", "USA", "IRN")),
    c("China's strategic stake in Iran's energy sector makes comprehensive sanctions intolerable", ["CHN-IRN"], "economic", "cooperation",
      "China's energy stake in Iran (weight 2) and its opposition to sanctions on that account. Economic.",
      countries=("CHN", "IRN")),
    c("Russia's own economic ties with Tehran give it a similar, although not quite as critical, incentive to avoid sanctions", ["IRN-RUS"], "economic", "cooperation",
      "Russia's economic ties with Iran and its interest in avoiding sanctions. 'Not quite as critical' compares Russia's stake with China's; it is a degree, not a limit on the pair, and is not coded as a limitation.",
      countries=("RUS", "IRN")),
    c("both sides are determined to avoid letting the Security Council become a platform for confrontation as it was before the Iraq invasion", ["CHN-RUS"], "diplomatic", "cooperation",
      "A shared Chinese-Russian aim at the Security Council ('both sides' are China and Russia, from the paragraph). Iraq is a historical reference and gets no code.",
      countries=("CHN", "RUS")),
    c("though both countries are committed to the nuclear nonproliferation system that Iran is being accused of threatening", SHIELD, "diplomatic", "limitation",
      "The one limit in the excerpt: China and Russia are committed to the non-proliferation system Iran is accused of threatening. A divergence from Iran on CHN-IRN and IRN-RUS ('both countries' from the paragraph). The sentence's second half is coded next (two stances)."),
    c("neither views Iran as as big a strategic threat to its own interests and influence as does the U.S.", SHIELD, "diplomatic", "cooperation",
      "Neither China nor Russia sees Iran as the threat the US does: a negated threat, which leans toward Iran, so cooperation (weight 1), not limitation. The doubled 'as as' is in the text and kept.",
      countries=("IRN", "USA", "CHN", "RUS")),
]
