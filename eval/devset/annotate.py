#!/usr/bin/env python3
"""Writes gold.jsonl from the hand annotations below, computing every offset from text snippets.

Each annotation names the speaker, the mention and anchor as snippets of the article text, the
cue, the type, the target sides and whether it is optional; `direct` is derived: the anchor lies
wholly inside double quotation marks. An anchor must occur exactly once in its article (or
once inside the unique context `ac`); a mention is the whole-word occurrence nearest to the
anchor unless a unique context `mc` pins it. Offsets are Python str indices, equal to Java String
indices because the texts hold no characters outside the BMP.

usage: python3 eval/devset/annotate.py   (rewrites eval/devset/gold.jsonl)
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")


def actor(name, side, kind, *alt):
    return {"speaker": name, "speakerAlt": list(alt), "side": side, "kind": kind}


def gov(name, side, *alt):
    return actor(name, side, "GOVERNMENT", *alt)


def person(name, side, *alt):
    return actor(name, side, "PERSON", *alt)


def org(name, side, *alt):
    return actor(name, side, "ORGANIZATION", *alt)


def unnamed(name, side, *alt):
    return actor(name, side, "UNNAMED", *alt)


def s(spk, mention, cue, anchor, typ, targets=(), optional=False, mc=None, ac=None):
    return dict(spk=spk, mention=mention, cue=cue, anchor=anchor, type=typ, targets=list(targets),
                optional=optional, mc=mc, ac=ac)


# ---------------------------------------------------------------- 01 China / Philippines
CHN = gov("China", "CHN", "Chinese government", "Beijing", "Chinese Foreign Ministry")
CHN_MFA = gov("Chinese Foreign Ministry", "CHN", "China", "Chinese government", "Beijing")
LIN = person("Lin Jiawei", "CHN", "Lin")  # Chinese order: the surname comes first
PHL_DFA = gov("Philippine Department of Foreign Affairs", "PHL", "Philippines", "Philippine government",
              "Department of Foreign Affairs", "Philippine Foreign Ministry", "Manila")
VILLANUEVA = person("Ramon Villanueva", "PHL")
USA = gov("United States", "USA", "US government", "Washington", "US State Department")
WHITLOCK = person("Karen Whitlock", "USA")
TRIBUNAL = org("arbitral tribunal", "", "arbitral award")

D01 = ("01_china_philippines_shoal.txt", [
    s(CHN_MFA, "Chinese foreign ministry", "—", "Manila’s resupply run was a ‘deliberate provocation’", "DISAPPROVE", ["PHL"]),
    s(CHN, "China", "accused", "deliberately provoking a confrontation near the disputed Sabina Shoal", "DISAPPROVE", ["PHL"]),
    s(CHN, "China", "warned", "take all necessary measures", "THREATEN", ["PHL"], mc="China on Monday"),
    s(LIN, "Lin Jiawei", "told", "two Philippine coast guard vessels had “illegally intruded”", "DISAPPROVE", ["PHL"]),
    s(LIN, "Lin", "said", "We urge Manila to stop its provocations immediately", "DEMAND", ["PHL"], mc="Lin said"),
    s(LIN, "Lin", "adding", "China’s coast guard had acted in a “professional and restrained” manner", "STATEMENT", [], mc="Lin said"),
    s(PHL_DFA, "The Philippine Department of Foreign Affairs", "rejected", "Beijing’s account", "REJECT", ["CHN"]),
    s(PHL_DFA, "It", "said", "summoned China’s deputy chief of mission in Manila", "PROTEST", ["CHN"], mc="It said it had"),
    s(PHL_DFA, "it", "called", "dangerous and aggressive manoeuvres", "DISAPPROVE", ["CHN"], optional=True),
    s(PHL_DFA, "it", "said", "fired water cannon at a civilian supply boat", "DISAPPROVE", ["CHN"]),
    s(VILLANUEVA, "Ramon Villanueva", "told", "Our vessels will keep operating inside our exclusive economic zone", "REJECT", ["CHN"]),
    s(VILLANUEVA, "He", "said", "three crew members had suffered minor injuries", "STATEMENT", []),
    s(PHL_DFA, "the foreign affairs department", "according to", "Manila has filed more than 150 diplomatic protests against Beijing", "STATEMENT", ["CHN"]),
    s(USA, "The United States", "backed", "Manila", "APPROVE", ["PHL"], ac="backed Manila"),
    s(WHITLOCK, "Karen Whitlock", "said", "Washington “stands firmly with our ally”", "APPROVE", ["PHL"]),
    s(WHITLOCK, "Karen Whitlock", "reaffirmed", "an armed attack on Philippine public vessels would invoke U.S. mutual defence commitments", "THREATEN", ["CHN"]),
    s(LIN, "the spokesperson", "said", "countries outside the region had “no right to interfere”", "DISAPPROVE", ["USA"]),
    s(TRIBUNAL, "A 2016 arbitral award", "found", "China’s sweeping claims had no legal basis", "STATEMENT", ["CHN"], optional=True),
    s(CHN, "Beijing", "does not recognise", "a decision", "REJECT", [], optional=True, ac="a decision Beijing"),
])

# ---------------------------------------------------------------- 02 US budget
WH = gov("White House", "USA", "United States", "US government", "US administration")
WHITFIELD = person("Dana Whitfield", "USA")
COLE = person("Raymond Cole", "USA")
OYELARAN = person("Patricia Oyelaran", "USA")
CBO = gov("Congressional Budget Office", "USA", "CBO")
MARSH = person("Alan Marsh", "USA")
HERRERA = person("Luis Herrera", "USA")

D02 = ("02_us_budget_standoff.txt", [
    s(WH, "White House", "slams", "House spending bill as ‘ransom note’", "DISAPPROVE", [], mc="White House slams"),
    s(WH, "The White House", "condemned", "a Republican spending plan that would cut funding", "DISAPPROVE", []),
    s(WH, "The White House", "calling", "a reckless bet with the paychecks of millions of workers", "DISAPPROVE", []),
    s(WHITFIELD, "Dana Whitfield", "said", "the president would veto the bill in its current form", "THREATEN", []),
    s(WHITFIELD, "she", "said", "This is not a serious proposal", "DISAPPROVE", []),
    s(COLE, "Raymond Cole", "saying", "finally brings Washington’s spending under control", "APPROVE", []),
    s(COLE, "He", "accused", "refusing to negotiate", "DISAPPROVE", []),
    s(COLE, "Cole", "told", "The president’s door has been closed for six weeks", "DISAPPROVE", [], mc="Cole told"),
    s(COLE, "Cole", "told", "We’re ready to talk", "INTENT", [], optional=True, mc="Cole told"),
    s(OYELARAN, "Patricia Oyelaran", "said", "the House plan was “dead on arrival”", "REJECT", []),
    s(OYELARAN, "Patricia Oyelaran", "urged", "take up a bipartisan stopgap", "APPEAL", []),
    s(CBO, "The Congressional Budget Office", "estimated", "the cuts would reduce deficits by about $310 billion", "STATEMENT", [], optional=True),
    s(MARSH, "Alan Marsh", "said", "he would not vote for cuts to veterans’ health care", "REJECT", []),
    s(MARSH, "Alan Marsh", "adding", "a shutdown helps nobody", "STATEMENT", []),
    s(HERRERA, "Luis Herrera", "warned", "a shutdown would force the furlough of roughly 800,000 federal employees", "STATEMENT", []),
    s(HERRERA, "he", "said", "Families will feel this within days", "STATEMENT", []),
    s(WHITFIELD, "Whitfield", "said", "open to any clean bill that keeps the government running", "INTENT", [], mc="Whitfield said he"),
    s(COLE, "Cole’s office", "said", "the House would vote on the bill on Thursday", "INTENT", []),
])

# ---------------------------------------------------------------- 03 India / Pakistan
IND = gov("India", "IND", "Indian government", "New Delhi", "Indian Ministry of External Affairs")
IND_MEA = gov("Indian Ministry of External Affairs", "IND", "India", "Indian government", "Ministry of External Affairs")
PAK = gov("Pakistan", "PAK", "Pakistani government", "Islamabad", "Pakistani Foreign Office")
ISPR = gov("Inter-Services Public Relations", "PAK", "ISPR", "Pakistan Army", "Pakistani military", "Pakistan")
SEHGAL = person("Vikrant Sehgal", "IND")
QURESHI = person("Saima Qureshi", "PAK")
NABI = person("Ghulam Nabi", "")
MENON = person("Rakesh Menon", "IND")

D03 = ("03_india_pakistan_loc.txt", [
    s(IND, "India", "says", "Pakistani troops broke ceasefire in Poonch", "DISAPPROVE", ["PAK"], mc="India says"),
    s(PAK, "Islamabad", "calls", "charge ‘baseless’", "REJECT", ["IND"], mc="Islamabad calls"),
    s(IND, "India", "accused", "opening unprovoked fire along the Line of Control", "DISAPPROVE", ["PAK"], mc="India on Wednesday"),
    s(PAK, "Islamabad", "rejected", "the allegation", "REJECT", ["IND"], mc="Islamabad rejected"),
    s(PAK, "Islamabad", "said", "Indian forces had fired first", "DISAPPROVE", ["IND"], mc="Islamabad rejected"),
    s(SEHGAL, "Colonel Vikrant Sehgal", "said", "Pakistani troops had targeted forward posts", "DISAPPROVE", ["PAK"]),
    s(SEHGAL, "he", "said", "Our troops responded effectively and in a measured manner", "STATEMENT", []),
    s(IND_MEA, "India’s Ministry of External Affairs", "lodged a strong protest", "Pakistan’s chargé d’affaires in New Delhi", "PROTEST", ["PAK"]),
    s(IND_MEA, "India’s Ministry of External Affairs", "demanded", "Islamabad “rein in” its forces", "DEMAND", ["PAK"]),
    s(ISPR, "Inter-Services Public Relations (ISPR)", "said", "Indian troops had committed a “deliberate violation”", "DISAPPROVE", ["IND"]),
    s(ISPR, "the ISPR", "said", "a familiar attempt to divert attention from its own actions", "REJECT", ["IND"]),
    s(QURESHI, "Saima Qureshi", "told", "will respond with full force to any aggression", "THREATEN", ["IND"]),
    s(QURESHI, "She", "urged", "take notice of India’s “irresponsible conduct”", "APPEAL", ["IND"]),
    s(unnamed("residents", ""), "residents", "described", "hours of shelling", "STATEMENT", [], optional=True),
    s(NABI, "Ghulam Nabi", "said", "We spent the whole night in the bunker with the children", "STATEMENT", []),
    s(unnamed("defence analysts", ""), "Defence analysts", "said", "the exchange was the most serious since", "STATEMENT", [], optional=True),
    s(MENON, "His office", "said", "he would review the security situation with field commanders", "INTENT", []),
])

# ---------------------------------------------------------------- 04 EU / UK
EC = org("European Commission", "EU", "EU", "European Union", "Brussels", "Commission")
VALL = person("Henrik Vallström", "EU", "Henrik Vallstrom")
GBR = gov("British government", "GBR", "United Kingdom", "UK government", "Downing Street", "UK prime minister's spokesperson")
BRENNAN = person("Olivia Brennan", "GBR")
EUROFER = org("Eurofer", "", "European steel association")
MAKEUK = org("Make UK", "")
OSUIL = person("Ciarán Ó Súilleabháin", "IRL")
EU_DIPL = unnamed("EU diplomats", "EU", "EU", "European Union")
UK_OFF = unnamed("British officials", "GBR", "British government", "United Kingdom", "UK government")

D04 = ("04_eu_uk_steel.txt", [
    s(EC, "Brussels", "threatens", "tariffs", "THREATEN", ["GBR"], mc="Brussels threatens", ac="threatens tariffs"),
    s(EC, "The European Commission", "threatened", "impose retaliatory tariffs on British goods", "THREATEN", ["GBR"]),
    s(VALL, "Henrik Vallström", "said", "breached the Trade and Cooperation Agreement", "DISAPPROVE", ["GBR"]),
    s(VALL, "Vallström", "told", "Our patience is not unlimited", "THREATEN", ["GBR"], mc="Vallström told"),
    s(VALL, "Vallström", "adding", "the Commission would present a list of products", "INTENT", ["GBR"], mc="Vallström told"),
    s(GBR, "A spokesperson for the prime minister", "said", "fully compatible with our international obligations", "REJECT", ["EU"]),
    s(BRENNAN, "Olivia Brennan", "urged", "the EU to “de-escalate”", "APPEAL", ["EU"]),
    s(BRENNAN, "Olivia Brennan", "called for", "talks at the Partnership Council", "APPEAL", ["EU"]),
    s(BRENNAN, "She", "said", "she had written to Vallstrom on Wednesday", "STATEMENT", ["EU"]),
    s(EUROFER, "Eurofer", "welcomed", "the Commission’s firm stance", "APPROVE", ["EU"]),
    s(MAKEUK, "Make UK", "warned", "a tit-for-tat escalation “would be a disaster", "STATEMENT", []),
    s(OSUIL, "Ciarán Ó\u00a0Súilleabháin", "said", "Dublin supported the Commission", "APPROVE", ["EU"]),
    s(OSUIL, "Ciarán Ó\u00a0Súilleabháin", "hoped for", "a negotiated outcome rather than a trade war", "APPEAL", [], optional=True),
    s(EU_DIPL, "two EU diplomats", "according to", "expected to target whisky, motorcycles and ceramics", "STATEMENT", ["GBR"]),
    s(UK_OFF, "British officials", "describe", "the Commission’s timetable as “ambitious”", "DISAPPROVE", ["EU"]),
])

# ---------------------------------------------------------------- 05 UN Security Council, Haiti
USA5 = gov("United States", "USA", "US government", "Washington")
RUS = gov("Russia", "RUS", "Russian government", "Moscow", "China")
DIALLO = person("Amara Diallo", "UN")
OKAFOR = person("Linda Okafor-Grant", "USA")
POLYAKOV = person("Dmitry Polyakov", "RUS")
ZHAO = person("Zhao Minghui", "CHN", "Zhao")
FRA_ECU = gov("France", "FRA", "French government", "Ecuador")
ROCHE = person("Nicolas Roche-Marin", "FRA")
ETIENNE = person("Jean-Robert Etienne", "HTI")
HADDAD = person("Farid Haddad", "UN", "UN Secretary-General", "secretary-general")
SG = unnamed("UN Secretary-General", "UN", "secretary-general", "United Nations")
DIPL5 = unnamed("diplomats", "")

D05 = ("05_unsc_haiti.txt", [
    s(USA5, "the United States", "pressing for", "a stronger mandate", "APPEAL", []),
    s(RUS, "Russia and China", "warning against", "open-ended foreign intervention", "DISAPPROVE", [], optional=True),
    s(DIALLO, "Amara Diallo", "told", "armed gangs now controlled “close to 90 percent”", "STATEMENT", []),
    s(DIALLO, "she", "said", "The people of Haiti cannot wait for another round of consultations", "APPEAL", []),
    s(OKAFOR, "Linda Okafor-Grant", "urged", "back a draft resolution", "APPEAL", ["UN"]),
    s(OKAFOR, "she", "said", "Every week we delay, more Haitians die", "APPEAL", []),
    s(OKAFOR, "she", "said", "This council must act", "APPEAL", [], optional=True),
    s(POLYAKOV, "Dmitry Polyakov", "said", "Moscow could not support a mandate", "REJECT", ["USA"]),
    s(POLYAKOV, "Dmitry Polyakov", "accused", "seeking to shift the costs of a failed policy onto the UN budget", "DISAPPROVE", ["USA"]),
    s(ZHAO, "Zhao Minghui", "said", "Beijing favoured a political process led by Haitians", "STATEMENT", []),
    s(ZHAO, "Zhao Minghui", "adding", "any new force must respect Haiti’s sovereignty", "DEMAND", []),
    s(ZHAO, "He", "called on", "countries that had pledged funds to deliver them", "APPEAL", []),
    s(FRA_ECU, "France and Ecuador", "backed", "the text", "APPROVE", [], optional=True),
    s(ROCHE, "Nicolas Roche-Marin", "described", "the minimum the situation requires", "APPROVE", []),
    s(ETIENNE, "Jean-Robert Etienne", "appealed for", "urgency", "APPEAL", []),
    s(ETIENNE, "He", "said", "the transitional government welcomed the draft", "APPROVE", []),
    s(HADDAD, "Farid Haddad", "said", "“remains deeply concerned” about reports of sexual violence", "DISAPPROVE", []),
    s(SG, "the secretary-general", "had asked", "member states to fund the humanitarian appeal", "APPEAL", [], optional=True),
    s(DIPL5, "Diplomats", "said", "Russia and China were unlikely to use their veto", "STATEMENT", [], optional=True),
])

# ---------------------------------------------------------------- 06 African Union, South Sudan
AU = org("African Union", "AU", "AU", "AU mediators", "AU High-Level Panel")
AUC = org("African Union Commission", "AU", "African Union", "AU Commission", "AU")
MACUACUA = person("Alberto Macuácua", "AU", "Alberto Macuacua")
ELM = org("Equatoria Liberation Movement", "ELM", "ELM", "rebels")
WANI = person("Lokiden Wani", "ELM")
SSD = gov("South Sudan", "SSD", "South Sudanese government", "Juba")
MABIOR = person("Akol Deng Mabior", "SSD")
IGAD = org("IGAD", "IGAD", "Intergovernmental Authority on Development")
UNHCR = org("UNHCR", "UN", "United Nations refugee agency", "UN refugee agency", "United Nations")
WDIPL = unnamed("Western diplomat", "")

D06 = ("06_au_equatoria_talks.txt", [
    s(AU, "AU mediators", "push for", "truce", "APPEAL", ["SSD", "ELM"], mc="AU mediators push", ac="push for truce"),
    s(AU, "African Union mediators", "urged", "return to the negotiating table", "APPEAL", ["SSD", "ELM"]),
    s(ELM, "the rebel delegation", "accusing", "government forces of bombing villages during the negotiations", "DISAPPROVE", ["SSD"]),
    s(MACUACUA, "Alberto Macuácua", "said", "We expect them to honour those commitments", "APPEAL", ["SSD", "ELM"]),
    s(MACUACUA, "He", "said", "the panel would remain in Addis Ababa", "INTENT", []),
    s(ELM, "The ELM", "said", "government aircraft had struck three villages near Yei", "DISAPPROVE", ["SSD"]),
    s(WANI, "Lokiden Wani", "told", "We cannot talk peace in the morning and bury our people in the evening", "DISAPPROVE", ["SSD"]),
    s(WANI, "He", "demanded", "an independent investigation", "DEMAND", ["SSD"]),
    s(SSD, "South Sudan’s government", "denied", "carrying out any air strikes", "REJECT", ["ELM"]),
    s(MABIOR, "Akol Deng Mabior", "said", "fabricated to justify a walkout", "REJECT", ["ELM"]),
    s(MABIOR, "He", "insisted", "Juba remained committed to the talks", "STATEMENT", []),
    s(MABIOR, "He", "warned", "defend the population against any attack", "THREATEN", ["ELM"]),
    s(AUC, "The AU Commission chairperson’s office", "expressing", "the reports of civilian deaths", "DISAPPROVE", []),
    s(AUC, "The AU Commission chairperson’s office", "calling on", "observe the cessation of hostilities signed in March", "APPEAL", ["SSD", "ELM"]),
    s(IGAD, "IGAD", "welcomed", "the AU’s efforts", "APPROVE", ["AU"]),
    s(IGAD, "Its executive secretary", "said", "ready to deploy ceasefire monitors", "INTENT", []),
    s(UNHCR, "the United Nations refugee agency", "According to", "more than 40,000 people have fled Central Equatoria", "STATEMENT", []),
    s(WDIPL, "A Western diplomat", "said", "a tactic, not a rupture", "STATEMENT", ["ELM"]),
])

# ---------------------------------------------------------------- 07 Maplecrest lockout
CTWU = org("Canadian Transport Workers Union", "", "CTWU", "union")
PELLETIER = person("Gordon Pelletier", "")
BOUCHARD = person("Nadia Bouchard", "")
TREMBLAY = person("Sophie Tremblay-Roy", "CAN")
CIRB = gov("Canada Industrial Relations Board", "CAN", "Industrial Relations Board")
GAGNON = person("Émilie Gagnon", "", "Emilie Gagnon")
MAPLE = org("Maplecrest Freight", "", "Maplecrest")

D07 = ("07_freight_strike.txt", [
    s(CTWU, "union", "vows", "to fight “to the last day”", "INTENT", [], mc="union vows"),
    s(PELLETIER, "Gordon Pelletier", "said", "the company had been left “no choice”", "STATEMENT", []),
    s(PELLETIER, "he", "called", "the most generous offer in Maplecrest’s history", "APPROVE", [], optional=True),
    s(PELLETIER, "Pelletier", "said", "We offered a 14 per cent raise over four years", "STATEMENT", [], mc="Pelletier said in"),
    s(PELLETIER, "Pelletier", "adding", "the company hoped to resume talks", "INTENT", [], mc="Pelletier said in"),
    s(CTWU, "The Canadian Transport Workers Union (CTWU)", "condemned", "a blatant attempt to starve workers", "DISAPPROVE", []),
    s(BOUCHARD, "Nadia Bouchard", "told", "members would not return", "REJECT", []),
    s(BOUCHARD, "she", "said", "They want robots in the warehouses", "REJECT", []),
    s(TREMBLAY, "Sophie Tremblay-Roy", "said", "Ottawa was “monitoring the situation closely”", "STATEMENT", []),
    s(TREMBLAY, "Sophie Tremblay-Roy", "called on", "both parties to return to the bargaining table", "APPEAL", []),
    s(TREMBLAY, "She", "did not rule out", "referring the dispute to binding arbitration", "INTENT", [], optional=True),
    s(CTWU, "the union", "has said", "it would challenge in court", "THREATEN", ["CAN"]),
    s(CIRB, "The Canada Industrial Relations Board", "said", "it had received a complaint from the CTWU", "STATEMENT", []),
    s(CTWU, "the CTWU", "alleging", "bad-faith bargaining", "DISAPPROVE", [], optional=True),
    s(GAGNON, "Émilie Gagnon", "warned", "store shelves could thin within days", "STATEMENT", []),
    s(GAGNON, "she", "said", "Our members are already rerouting shipments", "STATEMENT", []),
    s(MAPLE, "The company", "reported", "net income of $412 million", "STATEMENT", [], optional=True),
])

# ---------------------------------------------------------------- 08 Kremlin / Kyiv
KREMLIN = gov("Kremlin", "RUS", "Russia", "Russian government", "Moscow")
UKR = gov("Ukrainian Foreign Ministry", "UKR", "Ukraine", "Ukrainian government", "Kyiv")
MOROZOV = person("Alexei Morozov", "RUS", "Aleksei Morozov")
KRAVETS = person("Oleh Kravets", "UKR", "Oleg Kravets")
LYTVYN = person("Serhiy Lytvyn", "UKR")
SAVCHUK = person("Yelena Savchuk", "RUS")
UAF = gov("Ukrainian Air Force", "UKR", "Ukraine", "Ukrainian military")
EU8 = org("European Union", "EU", "EU")
LINDQVIST = person("Katarina Lindqvist", "EU")

D08 = ("08_kremlin_kyiv_grain.txt", [
    s(KREMLIN, "Kremlin", "says", "Kyiv ‘not ready’ for talks", "DISAPPROVE", ["UKR"], mc="Kremlin says"),
    s(UKR, "Ukraine", "calls", "remarks ‘cynical’", "DISAPPROVE", ["RUS"], mc="Ukraine calls"),
    s(KREMLIN, "The Kremlin", "said", "Ukraine was “not ready for serious negotiations”", "DISAPPROVE", ["UKR"]),
    s(KREMLIN, "The Kremlin", "accused", "Western governments of encouraging Kyiv to prolong the war", "DISAPPROVE", []),
    s(MOROZOV, "Alexei Morozov", "told", "We see no signs that the Kyiv regime is prepared", "DISAPPROVE", ["UKR"]),
    s(MOROZOV, "Alexei Morozov", "told", "the special military operation will continue", "THREATEN", ["UKR"], optional=True),
    s(MOROZOV, "Morozov", "said", "Moscow remained open to a “political and diplomatic settlement”", "INTENT", ["UKR"], mc="Morozov said"),
    s(UKR, "Ukraine’s foreign ministry", "dismissed", "the comments", "REJECT", ["RUS"]),
    s(KRAVETS, "Oleh Kravets", "wrote", "Russia kills civilians in Odesa in the morning", "DISAPPROVE", ["RUS"]),
    s(KRAVETS, "He", "called on", "partners to speed up deliveries of air defence systems", "APPEAL", []),
    s(LYTVYN, "Serhiy Lytvyn", "said", "Kyiv would not accept any deal that “legalises occupation”", "REJECT", ["RUS"]),
    s(SAVCHUK, "Yelena Savchuk", "told", "the strike had targeted “military infrastructure", "STATEMENT", ["UKR"]),
    s(SAVCHUK, "She", "accused", "placing weapons in residential districts", "DISAPPROVE", ["UKR"]),
    s(UAF, "Ukraine’s air force", "said", "Russia launched 42\u00a0drones and four ballistic missiles", "STATEMENT", ["RUS"]),
    s(EU8, "The European Union", "condemned", "the attack", "DISAPPROVE", ["RUS"]),
    s(LINDQVIST, "Katarina Lindqvist", "said", "the strike was “another war crime”", "DISAPPROVE", ["RUS"]),
    s(LINDQVIST, "Katarina Lindqvist", "urged", "agree a new package of sanctions swiftly", "APPEAL", ["RUS"]),
    s(MOROZOV, "Aleksei Morozov", "told", "considered it “absolutely biased”", "REJECT", ["EU"]),
])

# ---------------------------------------------------------------- 09 Honduras election
AGUILAR = person("Marisol Aguilar", "HND")
MATAMOROS = person("Rosa Elena Matamoros", "HND")
ZELAYA = person("Héctor Zelaya Ruiz", "HND", "Hector Zelaya Ruiz", "Zelaya Ruiz")
OAS = org("OAS observer mission", "OAS", "Organization of American States", "OAS")
VALENZUELA = person("Andrés Valenzuela", "OAS", "Andres Valenzuela")
US_EMB = gov("US Embassy in Honduras", "USA", "United States", "US government", "U.S. embassy")
ALIANZA = org("Alianza Democrática", "HND", "Alianza Democratica")

D09 = ("09_honduras_election.txt", [
    s(AGUILAR, "Opposition leader", "rejects", "election count", "REJECT", []),
    s(AGUILAR, "Opposition leader", "—", "We will not accept fraud", "REJECT", [], optional=True, ac="count — “We will not accept fraud"),
    s(AGUILAR, "Marisol Aguilar", "rejected", "the preliminary results of Sunday’s presidential election", "REJECT", []),
    s(AGUILAR, "Marisol Aguilar", "accusing", "manipulating the count in favour of the ruling party’s candidate", "DISAPPROVE", []),
    s(AGUILAR, "Aguilar", "told", "What the CNE is doing is not counting votes", "DISAPPROVE", [], mc="Aguilar told"),
    s(AGUILAR, "Aguilar", "told", "We demand a full recount, ballot by ballot", "DEMAND", [], optional=True, mc="Aguilar told"),
    s(MATAMOROS, "Rosa Elena Matamoros", "said", "a technical failure in a data centre", "STATEMENT", []),
    s(MATAMOROS, "She", "rejected", "the fraud allegations", "REJECT", []),
    s(MATAMOROS, "She", "said", "every tally sheet could be checked online", "STATEMENT", [], mc="She rejected"),
    s(MATAMOROS, "Matamoros", "said", "The council will not yield to pressure from any party", "REJECT", [], mc="Matamoros said."),
    s(ZELAYA, "Zelaya Ruiz", "claimed", "victory", "STATEMENT", [], mc="Zelaya Ruiz, for", ac="claimed victory"),
    s(ZELAYA, "Zelaya Ruiz", "called for", "calm", "APPEAL", [], mc="Zelaya Ruiz, for", ac="called for calm"),
    s(ZELAYA, "He", "said", "refusal to accept the results was “irresponsible”", "DISAPPROVE", []),
    s(ZELAYA, "He", "urged", "respect the will of the Honduran people", "APPEAL", [], mc="He said Aguilar"),
    s(OAS, "The Organization of American States’ observer mission", "said", "no evidence of large-scale fraud", "STATEMENT", []),
    s(OAS, "The Organization of American States’ observer mission", "recommended", "an audit of the tally sheets", "APPEAL", []),
    s(VALENZUELA, "Andrés Valenzuela", "urged", "resolve disputes “through legal channels”", "APPEAL", []),
    s(US_EMB, "The U.S. embassy in Tegucigalpa", "said", "it was following the process closely", "STATEMENT", ["HND"]),
    s(US_EMB, "The U.S. embassy in Tegucigalpa", "called on", "the CNE to complete the count “with full transparency”", "APPEAL", ["HND"]),
    s(ALIANZA, "Aguilar’s Alianza Democrática party", "said", "it would file formal challenges", "INTENT", []),
])

# ---------------------------------------------------------------- 10 WHO / Malawi cholera
WHO = org("World Health Organization", "WHO", "WHO")
ASANTE = person("Emmanuel Asante-Boadu", "WHO")
MWI_GOV = gov("Malawi government", "MWI", "Malawi", "Malawi health ministry", "Malawian government")
MWI_MOH = gov("Malawi health ministry", "MWI", "Malawi", "Malawi government", "Ministry of Health", "health ministry")
BANDA = person("Chikondi Banda", "MWI")
IFRC = org("International Federation of Red Cross and Red Crescent Societies", "IFRC", "IFRC", "Red Cross")
NDIAYE = person("Marguerite Ndiaye", "IFRC")
ZMB = gov("Zambia", "ZMB", "Zambian government")
EXPERTS = unnamed("health experts", "")

D10 = ("10_who_cholera.txt", [
    s(WHO, "WHO", "warns", "cholera outbreak in Malawi “far from over”", "STATEMENT", ["MWI"], mc="WHO warns"),
    s(MWI_GOV, "government", "disputes", "toll", "REJECT", ["WHO"], mc="government disputes", ac="disputes toll"),
    s(WHO, "The World Health Organization", "warned", "spreading faster than official figures suggested", "STATEMENT", ["MWI"]),
    s(WHO, "The World Health Organization", "urged", "donors to release emergency funds", "APPEAL", []),
    s(ASANTE, "Dr. Emmanuel Asante-Boadu", "told", "We are seeing new cases in districts that had none a month ago", "STATEMENT", ["MWI"]),
    s(ASANTE, "He", "said", "at least 4,800 people had been infected since August", "STATEMENT", ["MWI"]),
    s(MWI_MOH, "Malawi’s health ministry", "said", "based on modelling, not on confirmed cases", "REJECT", ["WHO"]),
    s(MWI_MOH, "Malawi’s health ministry", "insisted", "the outbreak was being contained", "STATEMENT", []),
    s(BANDA, "Chikondi Banda", "said", "We are not hiding anything", "REJECT", ["WHO"]),
    s(BANDA, "She", "added", "the ministry welcomed “any support that respects our data”", "APPROVE", ["WHO"]),
    s(IFRC, "The International Federation of Red Cross and Red Crescent Societies (IFRC)", "said",
      "its volunteers had reached more than 200,000 people", "STATEMENT", []),
    s(NDIAYE, "Marguerite Ndiaye", "said", "What we need now is chlorine, latrines and trucks", "APPEAL", []),
    s(NDIAYE, "Marguerite Ndiaye", "adding", "funding for its appeal stood at just 31 per cent", "STATEMENT", []),
    s(ZMB, "Zambia", "said", "it had stepped up screening at border crossings", "STATEMENT", []),
    s(WHO, "The WHO", "said", "it had shipped 1.2\u00a0million doses of oral vaccine to Malawi", "STATEMENT", ["MWI"]),
    s(WHO, "the agency", "According to", "global vaccine stocks remain “critically low”", "STATEMENT", []),
    s(EXPERTS, "Health experts", "said", "reflected weak testing capacity in rural districts", "STATEMENT", [], optional=True),
    s(ASANTE, "Dr. Asante-Boadu", "said", "the WHO and the ministry “work hand in hand”", "APPROVE", ["MWI"]),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]


def unique(text, snippet, doc):
    n = text.count(snippet)
    assert n == 1, f"{doc}: {snippet!r} occurs {n} times"
    return text.index(snippet)


def locate(doc, text, a):
    base = unique(text, a["ac"], doc) if a["ac"] else 0
    scope = text[base:base + len(a["ac"])] if a["ac"] else text
    a_start = base + unique(scope, a["anchor"], doc)
    a_end = a_start + len(a["anchor"])
    if a["mc"]:
        m_start = unique(text, a["mc"], doc) + a["mc"].index(a["mention"])
        assert a["mention"] in a["mc"], f"{doc}: mention {a['mention']!r} not in {a['mc']!r}"
    else:
        hits = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(a["mention"]) + r"(?!\w)", text)]
        assert hits, f"{doc}: mention {a['mention']!r} not found"
        m_start = min(hits, key=lambda h: min(abs(h - a_end), abs(h + len(a["mention"]) - a_start)))
    m_end = m_start + len(a["mention"])
    assert text[a_start:a_end] == a["anchor"] and text[m_start:m_end] == a["mention"]
    return (m_start, m_end), (a_start, a_end)


def quoted(text, start, end):
    """True when the span lies wholly inside one pair of double quotation marks of its paragraph."""
    para = text.rfind("\n", 0, start) + 1
    before = text[para:start]
    opened = max(before.rfind("“"), before.rfind('"') if before.count('"') % 2 else -1)
    return opened > before.rfind("”") and not any(q in text[start:end] for q in "“”\"")


def main():
    rows = []
    for doc, anns in DOCS:
        text = open(os.path.join(TEXTS, doc), encoding="utf-8").read()
        assert all(ord(c) <= 0xFFFF for c in text), f"{doc}: non-BMP character"
        for n, a in enumerate(anns, 1):
            (ms, me), (as_, ae) = locate(doc, text, a)
            rows.append({"id": f"{doc[:2]}-{n:02d}", "doc": doc, **a["spk"],
                         "mention": {"text": a["mention"], "start": ms, "end": me}, "cue": a["cue"],
                         "anchor": {"text": a["anchor"], "start": as_, "end": ae}, "direct": quoted(text, as_, ae),
                         "targets": a["targets"], "type": a["type"], "optional": a["optional"]})
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} statements, {sum(not r['optional'] for r in rows)} required")


if __name__ == "__main__":
    main()
