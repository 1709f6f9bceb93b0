# Hand-coded claims: International Business Times Singapore, carrying AFP, "China Likely Supplying
# 'Dual-Use' Tech To Russian Military: US Intelligence" (mid-2023, estimated), on an assessment by the
# Office of the Director of National Intelligence. Every record is on CHN-RUS. What the text credits to
# the ODNI report ("the ODNI report said", "the report said", "ODNI said", and the opening sentence's
# "US intelligence report" that the next sentence names) is `named`; the headline's "US Intelligence"
# is `unnamed` (as the caption's "A congressional report" in eval/heldout4/); China's denials are
# events reported (`article`).
PAIR = ["CHN-RUS"]
ODNI = "Office of the Director of National Intelligence"


def c(quote, domain, stance, note, countries=("CHN", "RUS"), attribution="named", analyst=ODNI):
    return dict(quote=quote, countries=list(countries), scope="dyads", dyads=PAIR, hub=None,
                domain=domain, stance=stance, attribution=attribution, analyst=analyst, note=note)


CLAIMS = [
    c("China Likely Supplying 'Dual-Use' Tech To Russian Military: US Intelligence",
      "military", "cooperation",
      "Headline (eval rule 10): likely supplies of dual-use technology to Russia's military. 'US Intelligence' names no office: `unnamed`.",
      attribution="unnamed", analyst=None),
    c("China is helping Russia evade Western sanctions",
      "economic", "cooperation",
      "Sanctions evasion: economic cooperation (weight 2). The sentence goes on to a second, military proposition, coded next. `named`: the report is the ODNI's, as the next sentence says; `unnamed` for this opening sentence is defensible."),
    c("likely providing Moscow with military and dual-use technology for use in Ukraine",
      "military", "cooperation",
      "Military and dual-use technology (hedged 'likely'): military cooperation. Subject (China) from the same sentence.",
      countries=("CHN", "RUS", "UKR")),
    c("China has repeatedly denied sending military equipment to Russia since Moscow's all-out invasion of Ukraine in February 2022",
      "military", "limitation",
      "China's denials that it arms Russia: a limitation as China states it (a government's statement reported as an event: `article`). Credibility would be low against the report, but it is a claim the text makes.",
      countries=("CHN", "RUS", "UKR"), attribution="article", analyst=None),
    c("The PRC is providing some dual-use technology that Moscow's military uses to continue the war in Ukraine, despite an international cordon of sanctions and export controls",
      "military", "cooperation",
      "The report's own words: dual-use technology for Russia's war. Restates the opening claim and is coded at its occurrence (eval rule 10).",
      countries=("CHN", "RUS", "UKR")),
    c("PRC state-owned defense companies shipping navigation equipment, jamming technology, and fighter jet parts to sanctioned Russian Government-owned defense companies",
      "military", "cooperation",
      "Concrete shipments between state-owned defence companies, from customs records (weight 3)."),
    c("China has become \"an even more critical partner\" of Russia after Moscow invaded Ukraine last year",
      "diplomatic", "cooperation",
      "A more critical partner since the invasion. The excerpt says only 'partner', so coded diplomatic (economic is defensible: other copies of the report say 'economic partner', but that is not in this text).",
      countries=("CHN", "RUS", "UKR")),
    c("China and Russia had increased the share of bilateral trade settled in China's yuan currency",
      "economic", "cooperation",
      "Trade settled in yuan (weight 2-3)."),
    c("both countries' financial institutions are expanding their use of domestic payment systems",
      "economic", "cooperation",
      "Payment systems outside Western channels: a second financial proposition in the sentence, coded apart from the yuan share (weight 2)."),
    c("China has increased it importation of Russia energy exports, including oil and gas rerouted from Europe",
      "economic", "cooperation",
      "Energy imports (weight 2-3). The typo 'it importation' is in the text and kept."),
    c("The Intelligence Community lacks sufficient reporting to assess whether Beijing is deliberately inhibiting United States Government export control end-use checks",
      "military", "limitation",
      "The report cannot say whether the Chinese state deliberately shields the supply to Russia: a hedge on the state's role (limitation, weight 1). Russia is not named in the sentence; the checks concern exports reaching Russia, the subject of the whole text. Arguable: leaving it out (it is about China and the United States) is defensible.",
      countries=("CHN", "USA", "RUS")),
    c("Emmanuel Bonne said China was delivering items that could be used as military equipment to R",
      "military", "cooperation",
      "French President Macron's diplomatic adviser: China delivering items usable as military equipment. Cut mid-word ('to R[ussia]'); Russia taken from the cut word and the context. `named` (Emmanuel Bonne). France is the speaker's country and gets no code: the span names Macron's adviser, not a French act.",
      analyst="Emmanuel Bonne"),
]
