# Hand-coded claims: "U.S.-Japan-ROK Joint Statement Condemning DPRK-Russia Arms Transfers"
# (26 October 2023), released by the foreign ministers of the United States, Japan and South Korea
# and posted by the U.S. Department of State, as carried on the website of U.S. Indo-Pacific Command
# (pacom.mil). An official text: the three governments' own statement. Its assertions are the
# source's own voice (article), as the Chinese ministry's readout was in eval/heldout4 (eval rule 8).
# Only Russia and North Korea of the four appear. Begins with the site's banner (no claims).
PR = ["PRK-RUS"]
TRI = ["USA", "JPN", "KOR"]

CLAIMS = [
    dict(quote="U.S.-Japan-ROK Joint Statement Condemning DPRK-Russia Arms Transfers",
         countries=TRI + ["PRK", "RUS"], scope="dyads", dyads=PR, hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="Headline presupposing arms transfers between North Korea and Russia (eval rule 10). Weight 1."),
    dict(quote="strongly condemn the provision of military equipment and munitions by the Democratic People’s Republic of Korea (DPRK) to the Russian Federation for use against the government and people of Ukraine",
         countries=TRI + ["PRK", "RUS", "UKR"], scope="dyads", dyads=PR, hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="North Korea's arms supply to Russia, stated by the three governments as fact. The condemnation is the outsiders' stance; the claim about the pair is the provision of arms."),
    dict(quote="Such weapons deliveries, several of which we now confirm have been completed",
         countries=TRI + ["PRK", "RUS"], scope="dyads", dyads=PR, hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="Completed deliveries, confirmed: a concrete act. The pair from the previous sentence ('Such weapons deliveries'). The rest of the sentence (the human toll in Ukraine) is a consequence, not coded."),
    dict(quote="Russia’s attempts to acquire military equipment from the DPRK",
         countries=["RUS", "PRK"], scope="dyads", dyads=PR, hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="Russia's procurement from North Korea, presupposed by the pledge to expose it."),
    dict(quote="Russia’s attempt to prolong the war with assistance from the DPRK",
         countries=["RUS", "PRK", "UKR"], scope="dyads", dyads=PR, hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="North Korean assistance to Russia's war, presupposed. A restatement in another form, coded at its occurrence."),
    dict(quote="In return for its support to Russia, the DPRK is seeking military assistance to advance its own military capabilities",
         countries=["PRK", "RUS"], scope="dyads", dyads=PR, hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="The exchange: North Korea's support to Russia and the military help it seeks in return, one record (as CSIS's 'in exchange for'). 'is seeking' is not yet receiving; still cooperation (a sought bargain with Russia)."),
    dict(quote="any materials that Russia provides to the DPRK in support of Pyongyang’s military objectives",
         countries=["RUS", "PRK"], scope="dyads", dyads=PR, hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="Possible Russian transfers to North Korea, which the governments are 'monitoring closely for': hedged cooperation, weight 1. Leaving it out as too hypothetical is defensible. The next sentence (transfers 'would violate' UN resolutions) is a legal statement naming no partner of North Korea and is not coded."),
    dict(quote="Russia itself voted for the UN Security Counci",
         countries=["RUS", "PRK"], scope="dyads", dyads=PR, hub=None, domain="diplomatic", stance="limitation",
         attribution="article", analyst=None,
         note="Cut mid-word. In context (the resolutions on North Korea's weapons programmes just named), Russia once voted for UN sanctions on North Korea: a past act against North Korea, coded as a PRK-RUS diplomatic limitation, weight 1. The pair is inferred from the preceding sentence, since the excerpt ends before the resolutions are named; leaving it out is defensible."),
]
