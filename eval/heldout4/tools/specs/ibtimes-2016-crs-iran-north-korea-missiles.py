# Hand-coded claims: International Business Times, "Iran may still depend on North Korea to procure
# materials for missiles, report says" (title from the URL; 2016, estimated), a news report (via
# Yonhap) on a Congressional Research Service report on Iran's missile programme. Every record is on
# IRN-PRK. What the story credits to the CRS report is `named` (analyst "Congressional Research
# Service", a named office); the photo caption's "A congressional report" names no office and is
# `unnamed`; James Clapper (then Director of National Intelligence) is `named`; "some observers" is
# `unnamed`. The report sets past and possibly continuing help against Iran's self-sufficiency and
# the DNI's "not ... a great deal of interchange": both sides are coded.
PAIR = ["IRN-PRK"]
CRS = "Congressional Research Service"

CLAIMS = [
    dict(quote="A congressional report raised suspicions that Iran may still be depending on North Korea to procure materials needed to develop its ballistic missiles",
         countries=["IRN", "PRK"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="cooperation",
         attribution="unnamed", analyst=None,
         note="Photo caption restating the story's lead. 'A congressional report' names no author: unnamed (the body names the CRS). Hedged ('raised suspicions', 'may still'). The first line, 'Iran North Korea missies cooperation' (a label with a typo), names a topic and is not coded; nor is the rest of the caption (an Iranian parade, 2003)."),
    dict(quote="Iran boosted its missile development by taking help from North Korea",
         countries=["IRN", "PRK"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="cooperation",
         attribution="named", analyst=CRS,
         note="Past help with missiles, as the CRS report says ('A report by Washington's Congressional Research Service (CRS) raised suspicions that ...'): named. Hedged by 'raised suspicions'. The second half of the sentence (possible present dependence) is coded apart."),
    dict(quote="may still be dependent on the Kim Jong Un regime to get some materials for the ballistic missiles",
         countries=["IRN", "PRK"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="cooperation",
         attribution="named", analyst=CRS,
         note="Possible continuing dependence (hedged), a separate proposition from past help. North Korea as 'the Kim Jong Un regime'; Iran from the same sentence."),
    dict(quote="North Korea’s cooperation with Iran was significant until the 2000s",
         countries=["PRK", "IRN"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="cooperation",
         attribution="named", analyst=CRS,
         note="'The CRS report cited the intelligence community to say that ...': named (the CRS; the U.S. intelligence community is its source). Cooperation in the past; the implied decline after the 2000s is stated outright in the next records and is not coded here. Military (missiles, from the paragraph)."),
    dict(quote="Iran has likely exceeded North Korea's ability to develop, test and build ballistic missiles",
         countries=["IRN", "PRK"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="limitation",
         attribution="named", analyst=CRS,
         note="Iran has outgrown its supplier: a limit on the missile relationship (less need for North Korea), in the report's quoted words. Arguable: a capability comparison that an extractor may read as neutral."),
    dict(quote="But Tehran may, to some extent, still rely on Pyongyang for certain materials for producing Iranian ballistic missiles",
         countries=["IRN", "PRK"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="cooperation",
         attribution="named", analyst=CRS,
         note="The report's own words for the possible continuing reliance (hedged twice): restates the third record, coded at its occurrence."),
    dict(quote="Iran's claims to the contrary notwithstanding",
         countries=["IRN", "PRK"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="limitation",
         attribution="named", analyst=CRS,
         note="Hard call. Iran denies relying on Pyongyang: a limitation claim made by Iran and reported inside the CRS quotation, so named (CRS). 'article' (a government's claim reported as an event) is defensible; so is leaving it out as a denial the report doubts."),
    dict(quote="some observers argue that Iran may not be able to produce even its Scud B and Scud C equivalents — Shahab-1 and Shahab-2, respectively — without some foreign support for key materials or components",
         countries=["IRN", "PRK"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="cooperation",
         attribution="unnamed", analyst=None,
         note="Hard call. 'For example' ties the 'foreign support' to reliance on Pyongyang in the previous sentence; North Korea is not named in this one. 'some observers': unnamed (inside the report's words). Leaving it out is defensible."),
    dict(quote="Iran was not receiving assistance for its inter-continental ballistic missile program",
         countries=["IRN", "PRK"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="limitation",
         attribution="named", analyst="James Clapper",
         note="No assistance for Iran's ICBM programme, in Clapper's 2014 words as the report cites them: named. North Korea is not named in the clause; it comes from the paragraph ('However', against the report's suspicions of North Korean help) and the next sentence."),
    dict(quote="there has “not been a great deal of interchange” between Tehran and Pyongyang",
         countries=["IRN", "PRK"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="limitation",
         attribution="named", analyst="James Clapper",
         note="Little exchange between the two (Clapper, 'He also said last month'): named. Coded military (missile exchanges, the story's subject); diplomatic is defensible."),
    dict(quote="the report raised suspicions about the Iran-North Korea partnership over missile programs",
         countries=["IRN", "PRK"], scope="dyads", dyads=PAIR, hub=None, domain="military", stance="cooperation",
         attribution="named", analyst=CRS,
         note="A summary of the report's suspicions (hedged cooperation), restated at its occurrence. 'Syria continues to depend on the two countries for its missile program' (same sentence) says the two both supply Syria, not that they work together, and is not coded; nor is Flynn's testimony on Syria."),
]
