# Hand-coded claims: Elizabeth Wishnick, "Still 'No Limits'? The China-Russia Partnership After
# Samarkand" (Russia Matters, 22 September 2022; the author's repost on her own site). Every record
# is on CHN-RUS. The author's voice (`article`) except the "many observers" reading she rejects
# (`unnamed`). Putin's and Xi's words at the summit are events the text reports: `article`.
PAIR = ["CHN-RUS"]


def c(quote, domain, stance, note, countries=("CHN", "RUS"), attribution="article", analyst=None):
    return dict(quote=quote, countries=list(countries), scope="dyads", dyads=PAIR, hub=None,
                domain=domain, stance=stance, attribution=attribution, analyst=analyst, note=note)


CLAIMS = [
    c("meeting between the Chinese and Russian presidents on the sidelines of the Shanghai Cooperation Organization summit in Uzbekistan",
      "diplomatic", "cooperation",
      "The Xi-Putin meeting at the Samarkand SCO summit: a summit meeting (diplomatic). Uzbekistan is the venue, not a party, and gets no code."),
    c("Xi Jinping referred to Vladimir Putin as his “dear and old friend,”",
      "diplomatic", "cooperation",
      "Xi's warm words (weight 1). The same sentence turns on 'but' to the limitation coded next (two stances, codebook rule 4)."),
    c("Putin admitted that Xi had raised “questions and concerns” about Ukraine",
      "diplomatic", "limitation",
      "Xi's reservations about the war, as Putin reported them: a divergence (limitation). Ukraine is the topic, listed in countries.",
      countries=("RUS", "CHN", "UKR")),
    c("the Russian president also praised China’s “balanced position” on the conflict",
      "diplomatic", "cooperation",
      "Putin's praise of China's stance on the war: diplomatic backing acknowledged (weight 1). Third stance in the same sentence."),
    c("Many observers have filled in the blanks and jumped to the conclusion that Xi has finally broken with Putin over Ukraine",
      "diplomatic", "limitation",
      "A break between Xi and Putin, as 'many observers' read it (`unnamed`). The author rejects it in the next sentence, so it is doubtful as this source gives it (credibility 4-5 if it were loaded), but it is a claim the text reports; coded so that the rejection that follows has its target. Leaving it out is defensible.",
      countries=("CHN", "RUS", "UKR"), attribution="unnamed"),
    c("This reflects a misunderstanding of what the “no limits” partnership between Russia and China really means",
      "diplomatic", "cooperation",
      "The author's rebuttal: there has been no break; the 'no limits' partnership stands, on its own terms. Cooperation, weight 1."),
    c("Putin and Xi Across the Table at the SCO Summit",
      "diplomatic", "cooperation",
      "Photo caption restating the summit meeting (eval rule 10: a restated claim is coded at each occurrence). Its lead-in, 'So Far Yet So Close:', is a figure of speech for distance and closeness at once and is not coded apart."),
    c("Despite their many conflicts of interest in Ukraine and elsewhere",
      "diplomatic", "limitation",
      "Conflicts of interest between the two: limitation. The subject (Russia and China) comes from the same sentence. The main clause, coded next, is the cooperation side (two stances).",
      countries=("RUS", "CHN", "UKR")),
    c("Russia and China continue to be bound together",
      "diplomatic", "cooperation",
      "General statement of the tie (weight 1-2)."),
    c("perceived threats from the U.S. and its allies",
      "diplomatic", "cooperation",
      "A shared threat perception that binds them, listed by the author among 'the geopolitical factors' (so diplomatic); she keeps the normative side (ideological) for the next sentence. Ideological is defensible. Subject from the sentence ('Russia and China ... bound together').",
      countries=("CHN", "RUS", "USA")),
    c("the need for security along their lengthy border",
      "military", "cooperation",
      "A common interest in a secure shared border, a factor binding them. Coded military (security); diplomatic is defensible."),
    c("their growing energy partnership",
      "economic", "cooperation",
      "Energy trade: economic cooperation (weight 2)."),
    c("both view regime security as their main priority and are determined to shape the international order in such a way that authoritarian states can be rulemakers",
      "ideological", "cooperation",
      "The 'normative dimension': shared regime type and aims for the international order (ideological). 'Xi and Putin' name the two earlier in the sentence."),
    c("Putin and Xi signed a statement proclaiming that there were “no limits to Sino-Russian cooperation… no forbidden zones.”",
      "diplomatic", "cooperation",
      "The joint statement of 4 February 2022 ('20 days before Russia invaded Ukraine' in the text): a formal commitment (weight 3). Coded as written; no event_date is typed here. The heading before it ('‘No Limits’ to Sino-Russian Partnership?') is a question and is not coded."),
    c("This does not mean that the partnership has no parame",
      "diplomatic", "limitation",
      "Cut mid-word ('parame[ters]'): the partnership has limits despite the slogan. Limitation, weight 1; the excerpt stops before saying which."),
]
