# Hand-coded claims: G7 Foreign Ministers' Statement of 14 September 2024 on Iran's export and
# Russia's procurement of Iranian ballistic missiles, as archived by the G7 Research Group
# (University of Toronto). An official text: the ministers' own statement, so every record is
# `article` (eval rule 8, as the Chinese readout in eval/heldout4/). One pair, IRN-RUS, all
# cooperation: the statement condemns the transfers and restates them several times; each
# restatement is coded at its occurrence (eval rule 10). The G7 members are outsiders.
PAIR = ["IRN-RUS"]

CLAIMS = [
    dict(quote="Iran’s export and Russia’s procurement of Iranian ballistic missiles",
         countries=["IRN", "RUS"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="The transfer the ministers condemn: arms from Iran to Russia (weight 3). The span is the object of 'condemn in the strongest possible terms'; the condemnation is the G7's stance, not a relation among the four, so the G7 members named in the subject are left out of the span."),
    dict(quote="Iran has continued to transfer weaponry to Russia despite repeated international calls to stop",
         countries=["IRN", "RUS"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="Continued arms transfers despite calls to stop: a restatement of the first record with persistence added; coded at its occurrence."),
    dict(quote="a further escalation of Iran’s military support to Russia’s war of aggression against Ukraine",
         countries=["IRN", "RUS", "UKR"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="A second proposition in the sentence: Iran's military support for Russia's war is growing. Merging it with the previous record (one sentence, one stance) is defensible."),
    dict(quote="Russia has used Iranian weaponry such as UAVs to kill Ukrainian civilians and strike their critical infrastructure",
         countries=["RUS", "IRN", "UKR"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="Russia's use of Iranian drones in its war: military cooperation (the supply presupposed)."),
    dict(quote="Iran must immediately cease all support to Russia’s illegal and unjustifiable war against Ukraine",
         countries=["IRN", "RUS", "UKR"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="A demand that presupposes Iran's support for Russia's war: cooperation, not limitation (the demand is the G7's, not a limit either party sets). Military: the support named in the statement is weapons."),
    dict(quote="halt such transfers of ballistic missiles, UAVs and related technology",
         countries=["IRN", "RUS"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="The second demand of the sentence, on the transfers themselves (missiles, drones, technology) rather than support in general; Iran is the elided subject, Russia the recipient from 'such transfers'. One record for the whole sentence is defensible."),
    dict(quote="hold Iran to account for its unacceptable support for Russia’s illegal war in Ukraine",
         countries=["IRN", "RUS", "UKR"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="Another restatement of Iran's support for Russia's war, presupposed in the ministers' commitment; coded at its occurrence. Military as above; diplomatic is defensible since the phrase names no weapon."),
]
