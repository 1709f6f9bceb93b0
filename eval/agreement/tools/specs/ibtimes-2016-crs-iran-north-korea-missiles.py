# Hand-coded claims (second, independent coding): International Business Times, "Iran may still
# depend on North Korea to procure materials for missiles, report says" (2016, date estimated). One
# pair only, IRN-PRK, all military (ballistic missiles). The story relays the Congressional Research
# Service report (`named`, the office) and the Director of National Intelligence, James Clapper
# (`named`); the reporter's own framing (image label, "the Iran-North Korea partnership") is `article`.
PAIR = ["IRN-PRK"]
IP = ["IRN", "PRK"]
CRS = "Congressional Research Service"
CLAPPER = "James Clapper"

CLAIMS = [
    dict(quote="Iran North Korea missies cooperation",
         countries=IP, scope="dyads", dyads=PAIR, hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="Hard call. The page's image label, a noun phrase that presupposes missile cooperation; coded like a heading that makes a claim (eval rule 10), typo kept. Leaving page furniture out is defensible."),
    dict(quote="Iran may still be depending on North Korea to procure materials needed to develop its ballistic missiles",
         countries=IP, scope="dyads", dyads=PAIR, hub=None, domain="military", stance="cooperation",
         attribution="named", analyst=CRS,
         note="Photo caption ('A congressional report raised suspicions that ...'); captions are coded (eval/heldout2/). The report is the CRS, as the body says: named (an office). Hedged ('may still'), still cooperation. The rest of the caption (the Shahab-3 parade) is not about the pair."),
    dict(quote="Iran boosted its missile development by taking help from North Korea",
         countries=IP, scope="dyads", dyads=PAIR, hub=None, domain="military", stance="cooperation",
         attribution="named", analyst=CRS,
         note="Past help, a distinct proposition from the present dependence (next record). Relayed through Yonhap; the holder of the view is the CRS report."),
    dict(quote="may still be dependent on the Kim Jong Un regime to get some materials for the ballistic missiles",
         countries=IP, scope="dyads", dyads=PAIR, hub=None, domain="military", stance="cooperation",
         attribution="named", analyst=CRS,
         note="Present dependence; restates the caption, coded at each occurrence (eval rule 10). Elided subject Iran from the same sentence."),
    dict(quote="North Korea’s cooperation with Iran was significant until the 2000s",
         countries=["PRK", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="cooperation",
         attribution="named", analyst=CRS,
         note="'The CRS report cited the intelligence community to say that ...': the report is the named holder. 'until the 2000s' implies less since; that decline is not coded apart, since the next sentence states the limit outright ('Iran has likely exceeded ...')."),
    dict(quote="Iran has likely exceeded North Korea's ability to develop, test and build ballistic missiles",
         countries=IP, scope="dyads", dyads=PAIR, hub=None, domain="military", stance="limitation",
         attribution="named", analyst=CRS,
         note="Iran has outgrown its supplier: a limit on the pair's missile cooperation (less need of North Korea). Quoted from the report: named."),
    dict(quote="Tehran may, to some extent, still rely on Pyongyang for certain materials for producing Iranian ballistic missiles",
         countries=IP, scope="dyads", dyads=PAIR, hub=None, domain="military", stance="cooperation",
         attribution="named", analyst=CRS,
         note="The report's own words for the present dependence; a restatement coded at its occurrence."),
    dict(quote="Iran's claims to the contrary notwithstanding",
         countries=IP, scope="dyads", dyads=PAIR, hub=None, domain="military", stance="limitation",
         attribution="named", analyst=CRS,
         note="Hard call. Iran denies relying on North Korea: a limitation (a denial of the tie), reported inside the CRS quotation, so named CRS (the report relays Iran's claim and dismisses it). North Korea comes from the same sentence ('rely on Pyongyang') and is listed in countries. Leaving it out as a mere concession is defensible."),
    dict(quote="Iran was not receiving assistance for its inter-continental ballistic missile program",
         countries=IP, scope="dyads", dyads=PAIR, hub=None, domain="military", stance="limitation",
         attribution="named", analyst=CLAPPER,
         note="'the report cited James Clapper ... as saying in 2014 that ...': the view is Clapper's, named. The source of the assistance is not named in the clause; North Korea comes from the context ('However,' after the paragraph on North Korean help), as an elided partner (eval rule 2), and is listed in countries. Dated by the text (2014)."),
    dict(quote="there has “not been a great deal of interchange” between Tehran and Pyongyang",
         countries=IP, scope="dyads", dyads=PAIR, hub=None, domain="military", stance="limitation",
         attribution="named", analyst=CLAPPER,
         note="'He also said last month that ...': Clapper, named. 'interchange' is not specified; coded military from the missile context, diplomatic is defensible."),
    dict(quote="the report raised suspicions about the Iran-North Korea partnership over missile programs",
         countries=IP, scope="dyads", dyads=PAIR, hub=None, domain="military", stance="cooperation",
         attribution="named", analyst=CRS,
         note="A restatement of the report's suspicion, coded at its occurrence. 'Syria continues to depend on the two countries for its missile program' is about each country's help to Syria, not a tie between Iran and North Korea, and is not coded; nor is the observers' 'without some foreign support', which names no supplier."),
]
