# Hand-coded claims: Scripps News, "4 countries threaten global order; will the US stand in their
# way?", as carried by KPAX (a Scripps station site), 2024 (estimated). A news report in its own
# voice (`article`), with the standfirst's "Global risk analysts" (`unnamed`), the U.S. intelligence
# community (a named office), "reportedly" (`unnamed`) and Cliff Kupchan (`named`). The page furniture
# (section names, a photo caption, two related-story headlines) is kept in the text; the caption and
# the related headline about Kim and Putin make claims and are coded (eval rule 10, as the Korea
# Herald caption in eval/heldout4/); "US agency fighting Russian, Chinese disinformation may lose
# funding" is not about relations among the four and is not coded. The headline ("4 countries
# threaten global order") is about each country's threat, not a relation among them, and is not
# coded; nor is the heading "Axis of Upheaval" (a topic).
FOUR = ["CHN", "RUS", "IRN", "PRK"]

CLAIMS = [
    dict(quote="authoritarian enemies of America are sidestepping sanctions to coalesce and enhance one another militarily",
         countries=FOUR + ["USA"], scope="group", dyads=[], hub=None, domain="military", stance="cooperation",
         attribution="unnamed", analyst=None,
         note="'4 countries' of the headline, coalescing: group. What 'Global risk analysts warn': unnamed. Military for 'enhance one another militarily'; sanctions evasion (economic) is the means."),
    dict(quote="a so-called \"axis of upheaval\" — authoritarian enemies of America coalescing and enhancing one another militarily",
         countries=FOUR + ["USA"], scope="group", dyads=[], hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="The standfirst's claim restated in the article's own voice (eval rule 10). 'so-called' distances the label, not the coalescing. The North Korean missile in Kharkiv before it does not name Russia and is not coded as a pair (codebook rule 2)."),
    dict(quote="Russia is replenishing its missile stocks with ones made in North Korea",
         countries=["RUS", "PRK"], scope="dyads", dyads=["PRK-RUS"], hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="Arms supply: military."),
    dict(quote="Moscow is believed, by the U.S. intelligence community, to be helping Pyongyang acquire spy satellites and submarines and develop more advanced nuclear missiles",
         countries=["RUS", "PRK", "USA"], scope="dyads", dyads=["PRK-RUS"], hub=None, domain="military", stance="cooperation",
         attribution="named", analyst="U.S. intelligence community",
         note="Russia's return help, credited to the U.S. intelligence community (a named office, as the CRS in eval/heldout4/). USA listed as the office's country."),
    dict(quote="Russian President Vladimir Putin and North Korean leader Kim Jong Un shake hands",
         countries=["RUS", "PRK"], scope="dyads", dyads=["PRK-RUS"], hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Photo caption: a meeting of the two leaders (diplomatic). Coded as the caption in eval/heldout4/ Korea Herald was; leaving captions out is defensible."),
    dict(quote="Kim Jong Un vows support for Russia's 'just fight' during Putin talks",
         countries=["PRK", "RUS"], scope="dyads", dyads=["PRK-RUS"], hub=None, domain="diplomatic", stance="cooperation",
         attribution="article", analyst=None,
         note="Headline of a related AP story printed in the page: Kim's pledge of support in talks with Putin. A statement reported as an event (article). Diplomatic backing; military is defensible ('just fight')."),
    dict(quote="Iran is selling Russia missiles and drones to attack Ukraine",
         countries=["IRN", "RUS", "UKR"], scope="dyads", dyads=["IRN-RUS"], hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="Arms sales: military."),
    dict(quote="Moscow reportedly provides Tehran advanced fighter jets and air defenses",
         countries=["RUS", "IRN"], scope="dyads", dyads=["IRN-RUS"], hub=None, domain="military", stance="cooperation",
         attribution="unnamed", analyst=None,
         note="'reportedly': unnamed sources (eval rule 8)."),
    dict(quote="China, in alleged violation of U.S. sanctions, is transferring microchips and other banned military components to Russia",
         countries=["CHN", "RUS", "USA"], scope="dyads", dyads=["CHN-RUS"], hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="Military components: military; economic (trade in breach of sanctions) is defensible. 'alleged' qualifies the sanctions violation, not the transfer, so article."),
    dict(quote="Moscow reciprocates by helping Beijing with its submarine and anti-ship weaponry programs",
         countries=["RUS", "CHN"], scope="dyads", dyads=["CHN-RUS"], hub=None, domain="military", stance="cooperation",
         attribution="article", analyst=None,
         note="Weapons help in return: military."),
    dict(quote="China is also bankrolling the Russian and Iranian weapons spending spree — snubbing sanctions and buying up their oil",
         countries=["CHN", "RUS", "IRN"], scope="dyads", dyads=["CHN-IRN", "CHN-RUS"], hub=None, domain="economic", stance="cooperation",
         attribution="article", analyst=None,
         note="One proposition about two pairs (China with Russia, China with Iran; codebook rule 5): money through oil purchases, economic. The dash clause says how, so one record. IRN-RUS is not coded: the sentence is about China's money to each."),
    dict(quote="They are chomping away at the edifice of the international system",
         countries=FOUR, scope="group", dyads=[], hub=None, domain="diplomatic", stance="cooperation",
         attribution="named", analyst="Cliff Kupchan",
         note="'They' are 'these four countries' of Kupchan's previous sentence (the termite simile), acting together against the international system: group, named. Ideological is defensible."),
]
