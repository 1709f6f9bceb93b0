# Hand-coded claims: "Joint Statement on DPRK-Russia (31 May 2024)", the foreign ministers of
# Australia, Canada, France, Germany, Italy, Japan, New Zealand, the Republic of Korea, the United
# Kingdom, the EU High Representative and the US Secretary of State, as published by the French
# foreign ministry. An official text: the governments' own voice is the source's voice (`article`),
# as the Chinese ministry's readout in eval/heldout4. PRK-RUS throughout, all cooperation as the
# signatories (outsiders to the pair) describe it: arms transfers, deepening cooperation, and
# Russia's veto shielding North Korea from UN monitoring. Calls and demands on the DPRK alone
# (denuclearisation, a return to diplomacy) are not coded.
PAIR = ["PRK-RUS"]

CLAIMS = [
    dict(quote="the unlawful transfer of arms from the DPRK to Russia for use in attacking Ukraine",
         countries=["PRK", "RUS", "UKR"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="Arms transfers from North Korea to Russia, stated as the ground of the coordinated sanctions (a concrete act). 'to hold the DPRK and Russia to account' earlier in the sentence presupposes the same conduct and is not coded apart."),
    dict(quote="these continued arms transfers, which Russia has used to strike Ukraine’s critical infrastructure",
         countries=["PRK", "RUS", "UKR"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="Continued transfers and their use by Russia: a separate proposition from the transfer itself (use against Ukraine's infrastructure). North Korea from the previous sentence ('these')."),
    dict(quote="the deepening DPRK-Russia cooperation in flagrant violation of multiple United Nations Security Council resolutions",
         countries=["PRK", "RUS"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="Deepening cooperation in breach of the UN resolutions (which concern arms and missile programmes): coded military from the statement's context; diplomatic (cooperation in general) is defensible."),
    dict(quote="Russia’s veto of the UN Security Council resolution that would have extended the mandate of the UN 1718 Committee Panel of Experts",
         countries=["RUS", "PRK"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Russia's veto ending the panel that monitors sanctions on North Korea: diplomatic protection of the DPRK. North Korea is not named in the span (the 1718 Committee is the DPRK sanctions committee); it is named in the sentence ('DPRK-Russia cooperation') and the next."),
    dict(quote="By the use of its veto, Russia has sought to deprive all UN Member States of the objective and independent information and guidance they need to implement binding Security Council resolutions concerning the DPRK",
         countries=["RUS", "PRK"], scope="dyads", dyads=PAIR, hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="What the veto was for: a restatement of the shielding (eval rule 10, coded at its occurrence). One record with the previous one would be defensible."),
    dict(quote="We call on the DPRK and Russia to cease unlawful arms transfers",
         countries=["PRK", "RUS"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="A demand that presupposes ongoing arms transfers between the two: coded as a restatement of the transfers at its occurrence. Leaving a demand uncoded is defensible. The rest of the sentence (the DPRK's nuclear weapons) concerns the DPRK alone."),
]
