#!/usr/bin/env python3
"""Builds gold.jsonl for the second development set from the annotation table below.

Every statement is written as snippets of its article: the speaker's mention, the cue and an
anchor (a distinctive piece of the content). Offsets are computed here, never typed by hand:
the anchor must occur exactly once in the article (or once inside a unique `within` context);
the mention is the whole-word occurrence closest to the anchor unless a unique `near` context
pins it. `direct` is derived: the anchor lies wholly inside one pair of double quotation marks
(curly or straight) of its paragraph. Python str indices equal Java String indices here
because the texts hold no character outside the Basic Multilingual Plane (checked).

usage: python3 eval/devset2/annotate.py                  (rewrites eval/devset2/gold.jsonl)
       python3 eval/devset2/annotate.py --as-prediction  (prints the gold in the extractor's output
                                                          format, for a scorer self-check)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ACTORS = {}


def define(kind, key, name, side, *alt):
    ACTORS[key] = {"speaker": name, "speakerAlt": list(alt), "side": side, "kind": kind}


def S(key, mention, cue, anchor, typ, targets="", opt=False, near=None, within=None):
    return {"key": key, "mention": mention, "cue": cue, "anchor": anchor, "type": typ,
            "targets": targets.split(), "optional": opt, "near": near, "within": within}


G, P, O, U = "GOVERNMENT", "PERSON", "ORGANIZATION", "UNNAMED"

# ------------------------------------------------------------------ 01 Armenia / Azerbaijan (Reuters)
define(G, "AZE", "Azerbaijan", "AZE", "Azerbaijani government", "Baku")
define(G, "AZE_MOD", "Azerbaijani Defence Ministry", "AZE", "Azerbaijan", "Azerbaijani government", "Baku",
       "Azerbaijan Ministry of Defence")
define(G, "ARM", "Armenia", "ARM", "Armenian government", "Yerevan")
define(G, "ARM_MOD", "Armenian Defence Ministry", "ARM", "Armenia", "Armenian government", "Yerevan",
       "Armenia Ministry of Defence")
define(P, "HAKOBYAN", "Lusine Hakobyan", "ARM")
define(P, "SARGSYAN", "Davit Sargsyan", "ARM", "David Sargsyan")
define(P, "MAMMADLI", "Farid Mammadli", "AZE")
define(O, "EUMA", "EU monitoring mission in Armenia", "EU", "European Union", "EU monitoring mission", "EUMA")
define(G, "RUS_MFA", "Russian Foreign Ministry", "RUS", "Russia", "Russian government", "Moscow")
define(G, "US_STATE", "US State Department", "USA", "United States", "US government", "Washington",
       "State Department")
define(U, "US_STATE_SPOX", "US State Department spokesperson", "USA", "US State Department", "State Department",
       "United States", "Washington")

D01 = ("01_armenia_azerbaijan_wire.txt", [
    S("AZE", "Azerbaijan", "accuses", "Armenia of firing on border posts", "DISAPPROVE", "ARM", near="Azerbaijan accuses"),
    S("AZE_MOD", "Azerbaijan's defence ministry", "accused",
      "Armenian forces of opening fire on its positions in the Kalbajar district", "DISAPPROVE", "ARM"),
    S("ARM", "Armenia", "dismissed", "aimed at derailing a draft peace treaty", "REJECT", "AZE",
      near="allegation Armenia swiftly"),
    S("AZE_MOD", "The ministry", "said", "Armenian units had fired small arms and a mortar at two Azerbaijani posts",
      "DISAPPROVE", "ARM", near="The ministry said in a statement"),
    S("AZE_MOD", "It", "reported", "no casualties", "STATEMENT", opt=True, near="It reported"),
    S("AZE_MOD", "the ministry", "said", "All responsibility for the tension lies with the military-political leadership of Armenia",
      "DISAPPROVE", "ARM", near="the ministry said."),
    S("ARM_MOD", "Armenia's defence ministry", "rejected", "the account", "REJECT", "AZE", within="rejected the account"),
    S("HAKOBYAN", "Lusine Hakobyan", "wrote", "Azerbaijan's report does not correspond to reality", "REJECT", "AZE"),
    S("HAKOBYAN", "She", "said", "the claim was the third such report this month", "STATEMENT", "AZE"),
    S("HAKOBYAN", "She", "accused", "preparing the information ground for a new provocation", "DISAPPROVE", "AZE"),
    S("SARGSYAN", "Davit Sargsyan", "told", "his government remained committed to the talks", "STATEMENT"),
    S("SARGSYAN", "he", "said", "We are ready to sign the treaty tomorrow if Baku is ready", "INTENT", "AZE"),
    S("SARGSYAN", "he", "said", "But we will not negotiate under fire, real or invented", "REJECT", "AZE", opt=True),
    S("MAMMADLI", "Farid Mammadli", "demanded", "Armenia amend its constitution before any signing", "DEMAND", "ARM"),
    S("MAMMADLI", "Farid Mammadli", "saying", "the document still contains territorial claims against Azerbaijan",
      "DISAPPROVE", "ARM"),
    S("ARM", "Yerevan", "denies", "its constitution contains any such claims", "REJECT", "AZE", near="Yerevan denies that"),
    S("EUMA", "A European Union monitoring mission", "said", 'its patrols had "not observed" any exchange of fire',
      "STATEMENT"),
    S("RUS_MFA", "Russia's foreign ministry", "called on", "both sides to show restraint", "APPEAL", "ARM AZE"),
    S("RUS_MFA", "Russia's foreign ministry", "offered",
      "to host a meeting of the two countries' border commissions in Moscow", "INTENT", "ARM AZE", opt=True),
    S("US_STATE", "The U.S. State Department", "said", 'it was "concerned by reports" of the incident', "STATEMENT"),
    S("US_STATE_SPOX", "A department spokesperson", "urged", 'Baku and Yerevan "to stay the course" toward a lasting peace',
      "APPEAL", "ARM AZE"),
])

# ------------------------------------------------------------------ 02 Japan / South Korea (analysis)
define(P, "PARK", "Park Ji-hoon", "KOR", "Park")
define(P, "MORIYAMA", "Kenji Moriyama", "JPN")
define(U, "KOR_OFFICIAL", "senior South Korean official", "KOR", "South Korea", "South Korean government", "Seoul")
define(U, "BOTH_OFFICIALS", "officials in both capitals", "", "officials")
define(P, "LEE", "Lee Min-seo", "KOR", "Lee")
define(P, "TANABE", "Yuki Tanabe", "")
define(P, "CHOI", "Choi Dong-wook", "KOR", "Choi")
define(U, "US_OFFICIAL", "US State Department official", "USA", "State Department", "United States", "Washington")

D02 = ("02_japan_korea_analysis.txt", [
    S("BOTH_OFFICIALS", "officials in both capitals", "insist", "nothing had changed", "STATEMENT", opt=True),
    S("BOTH_OFFICIALS", "they", "said", "was too important to be hostage to a single boarding", "STATEMENT", opt=True),
    S("PARK", "Park", "said", "Dokdo is our territory historically, geographically and under international law",
      "REJECT", "JPN", near="Park said"),
    S("PARK", "Park", "said", "a future-oriented relationship cannot be built by pretending", "DISAPPROVE", "JPN",
      opt=True, near="Park said"),
    S("MORIYAMA", "Kenji Moriyama", "told", "the cutter had acted “calmly and in accordance with Japanese law”",
      "STATEMENT"),
    S("MORIYAMA", "He", "added", "Japan had lodged its own protest through diplomatic channels", "PROTEST", "KOR"),
    S("BOTH_OFFICIALS", "officials on both sides", "describe", "a relationship that has become more fragile",
      "STATEMENT", opt=True),
    S("KOR_OFFICIAL", "A senior South Korean official", "said", "the incident had “poisoned” plans for a leaders’ meeting",
      "STATEMENT"),
    S("KOR_OFFICIAL", "the official", "said",
      "The presidents had agreed to talk about supply chains, about North Korea, about energy", "STATEMENT"),
    S("KOR_OFFICIAL", "the official", "said", "Nobody in the Blue House wanted that", "STATEMENT", opt=True),
    S("LEE", "Lee Min-seo", "accused", "the government of “begging for a summit”", "DISAPPROVE", "JPN"),
    S("LEE", "Lee Min-seo", "demanded", "the defence ministry send navy vessels to the area", "DEMAND"),
    S("TANABE", "Professor Yuki Tanabe", "argues", "both governments have too much at stake to let the quarrel escalate",
      "STATEMENT", "JPN KOR"),
    S("TANABE", "she", "said", "This is a ritual", "STATEMENT"),
    S("TANABE", "she", "said", "What matters is whether the coast guards keep talking to each other at sea",
      "STATEMENT", opt=True),
    S("CHOI", "Choi Dong-wook", "warned", "public opinion in both countries was “far less patient than the diplomats",
      "STATEMENT"),
    S("CHOI", "Choi Dong-wook", "said",
      "a second incident this summer could force Seoul to suspend the military intelligence pact with Japan",
      "STATEMENT", "JPN"),
    S("US_OFFICIAL", "A State Department official", "said",
      "both of our close allies to resolve their differences through dialogue", "APPEAL", "JPN KOR"),
])

# ------------------------------------------------------------------ 03 climate talks (live blog)
define(U, "ISLANDS", "small island states", "", "Alliance of Small Island States", "island states")
define(P, "TESSEMA", "Abebe Tessema", "ETH")
define(P, "OTAIBI", "Faisal Al-Otaibi", "SAU", "Faisal al-Otaibi")
define(P, "LAIJOK", "Tina Laijok", "MHL")
define(P, "ENGSTROM", "Lars Engström", "EU", "Lars Engstrom")
define(P, "KULKARNI", "Rajesh Kulkarni", "IND")
define(P, "LINDAHL", "Maria Lindahl", "UN")
define(U, "UNSG", "UN Secretary-General", "UN", "United Nations", "Secretary-General", "Maria Lindahl")
define(U, "OBSERVERS", "observers", "")
define(O, "GREENPEACE", "Greenpeace", "")
define(P, "MARTINS", "Sofia Martins", "")
define(U, "CHN_NEGOTIATOR", "Chinese negotiator", "CHN", "China", "Chinese delegation", "Beijing")

D03 = ("03_climate_talks_live.txt", [
    S("ISLANDS", "Small island states", "threaten", "to block the deal", "THREATEN"),
    S("TESSEMA", "Summit president", "says", "talks will run into Saturday", "INTENT"),
    S("TESSEMA", "Abebe Tessema", "has just told", "negotiations will continue overnight", "INTENT"),
    S("TESSEMA", "he", "said", "I ask every delegation to stay in this building until we have an agreement", "APPEAL"),
    S("TESSEMA", "He", "added", "a revised draft would be circulated", "INTENT"),
    S("OTAIBI", "Faisal Al-Otaibi", "says", "the kingdom will not accept any text that “targets specific sources of energy”",
      "REJECT"),
    S("OTAIBI", "he", "said", "the agreement should focus on emissions, not fuels", "STATEMENT"),
    S("OTAIBI", "he", "said", "Every country has the right to choose its own path", "STATEMENT"),
    S("LAIJOK", "she", "told", "her bloc of small island states will block adoption of the final text", "THREATEN"),
    S("LAIJOK", "Laijok", "said", "We did not fly halfway around the world to sign our own death certificate", "REJECT"),
    S("LAIJOK", "Laijok", "said", "We are not going to be quiet this time", "INTENT", opt=True),
    S("ENGSTROM", "Lars Engström", "has called", "unacceptable in its current form", "DISAPPROVE"),
    S("ENGSTROM", "Engström", "wrote", "Europe wanted “a clear signal that the fossil fuel era is ending”", "APPEAL"),
    S("ENGSTROM", "Engström", "urged", "the presidency to restore the language from last year’s deal", "APPEAL"),
    S("KULKARNI", "Rajesh Kulkarni", "said", "rich countries had failed to deliver on earlier promises of climate finance",
      "DISAPPROVE"),
    S("KULKARNI", "He", "called on", "developed nations to triple adaptation funding by 2030", "APPEAL"),
    S("OBSERVERS", "observers in the room", "According to", "at least 80 countries objected", "STATEMENT", opt=True),
    S("LINDAHL", "Maria Lindahl", "has said", "the secretary-general is following the talks “minute by minute”",
      "STATEMENT"),
    S("LINDAHL", "She", "said", "he had spoken by phone with several heads of government this afternoon", "STATEMENT"),
    S("UNSG", "he", "urged", "flexibility and courage", "APPEAL", near="said he had spoken"),
    S("GREENPEACE", "Greenpeace", "has condemned", "the draft", "DISAPPROVE", within="has condemned the draft."),
    S("MARTINS", "Sofia Martins", "described", "a gift to the oil industry", "DISAPPROVE"),
    S("MARTINS", "Sofia Martins", "said", "the presidency had “caved” to pressure from producer countries", "DISAPPROVE"),
    S("CHN_NEGOTIATOR", "A Chinese negotiator", "told",
      "Beijing could “live with” either version of the fossil fuel paragraph", "STATEMENT"),
])

# ------------------------------------------------------------------ 04 Greece / Turkey (statements)
define(G, "GRC", "Greece", "GRC", "Greek government", "Athens")
define(G, "GRC_MFA", "Greek Foreign Ministry", "GRC", "Greece", "Greek government", "Athens",
       "Greek Ministry of Foreign Affairs")
define(P, "PAPADIMITRIOU", "Nikos Papadimitriou", "GRC")
define(G, "TUR_MFA", "Turkish Foreign Ministry", "TUR", "Turkey", "Turkish government", "Ankara",
       "Turkish Ministry of Foreign Affairs")
define(P, "KILINC", "Ayşe Kılınç", "TUR", "Ayse Kilinc")
define(G, "TUR_MOD", "Turkish Ministry of National Defence", "TUR", "Turkey", "Turkish government", "Ankara",
       "Turkish Defence Ministry")
define(O, "EC", "European Commission", "EU", "EU", "European Union", "Commission", "Brussels")
define(P, "LAURENT", "Isabelle Laurent", "EU")
define(G, "GRC_PMO", "Greek Prime Minister's Office", "GRC", "Greece", "Greek government", "Athens")
define(G, "CYP_MFA", "Cypriot Foreign Ministry", "CYP", "Cyprus", "Cypriot government", "Nicosia")
define(U, "NATO_SPOX", "NATO spokesperson", "NATO", "NATO")

D04 = ("04_greece_turkey_statements.txt", [
    S("GRC", "Athens", "considers", "part of its continental shelf", "STATEMENT", "TUR", opt=True),
    S("GRC_MFA", "The Greek Ministry of Foreign Affairs", "said",
      "constitutes a serious violation of international law and of Greece’s sovereign rights", "DISAPPROVE", "TUR",
      near="The Greek Ministry of Foreign Affairs said"),
    S("GRC_MFA", "The Greek Ministry of Foreign Affairs", "said", "Greece calls on Turkey to withdraw the vessel immediately",
      "DEMAND", "TUR", opt=True, near="The Greek Ministry of Foreign Affairs said"),
    S("GRC_MFA", "The ministry", "added",
      "Greece’s ambassador in Ankara had delivered a démarche to the Turkish foreign ministry", "PROTEST", "TUR"),
    S("PAPADIMITRIOU", "Nikos Papadimitriou", "told", "Greece would “defend its sovereign rights by all legal means”",
      "THREATEN", "TUR"),
    S("PAPADIMITRIOU", "he", "declined to comment", "operational matters", "STATEMENT", opt=True),
    S("TUR_MFA", "it", "said", "The claims in the statement of the Greek Ministry of Foreign Affairs are null and void",
      "REJECT", "GRC", near="it said. “We invite"),
    S("TUR_MFA", "it", "said", "We invite Greece to abandon its maximalist positions", "APPEAL", "GRC", opt=True,
      near="it said. “We invite"),
    S("KILINC", "Ayşe Kılınç", "said", "Ankara remained “ready for a constructive dialogue with our neighbour on all issues”",
      "INTENT", "GRC"),
    S("TUR_MOD", "Turkey’s Ministry of National Defence", "said", "Turkish naval units were accompanying the vessel",
      "STATEMENT"),
    S("EC", "The European Commission", "said", "it was “following developments closely”", "STATEMENT"),
    S("LAURENT", "Isabelle Laurent", "said",
      "the EU expected Turkey “to respect the sovereignty and sovereign rights of EU member states”", "DEMAND", "TUR"),
    S("LAURENT", "Isabelle Laurent", "called for", "de-escalation and good-neighbourly relations", "APPEAL", "GRC TUR"),
    S("GRC_PMO", "The press office of the Greek prime minister", "said",
      "the prime minister had spoken by telephone with the president of the European Council", "STATEMENT"),
    S("CYP_MFA", "A statement from Cyprus’s foreign ministry", "expressed", "full solidarity with Greece", "APPROVE", "GRC"),
    S("CYP_MFA", "A statement from Cyprus’s foreign ministry", "condemned",
      "Turkey’s “illegal activities in the Eastern Mediterranean”", "DISAPPROVE", "TUR"),
    S("NATO_SPOX", "A NATO spokesperson", "said", "both allies to resolve differences through dialogue", "APPEAL",
      "GRC TUR"),
])

# ------------------------------------------------------------------ 05 Pakistan / Afghanistan (attributions)
define(U, "BOTH_SIDES", "officials from both countries", "", "officials")
define(G, "PAK_MIL", "Pakistani military", "PAK", "Pakistan Army", "Inter-Services Public Relations", "ISPR", "Pakistan",
       "Pakistani military media wing")
define(G, "PAK", "Pakistan", "PAK", "Pakistani government", "Islamabad")
define(G, "AFG", "Afghan Taliban administration", "AFG", "Afghanistan", "Taliban", "Afghan government", "Kabul",
       "Taliban administration")
define(P, "KARIMI", "Zabihullah Karimi", "AFG")
define(U, "PAK_OFFICIAL", "senior Pakistani security official", "PAK", "Pakistan", "Pakistani government",
       "Pakistani security official")
define(P, "REHMAN", "Sadia Rehman", "PAK")
define(O, "PCC", "Peshawar Chamber of Commerce", "", "Peshawar Chamber of Commerce and Industry")
define(P, "AFRIDI", "Tariq Afridi", "")
define(U, "AFG_OFFICIALS", "Afghan officials", "AFG", "Afghanistan", "Taliban", "Afghan government", "Kabul")
define(P, "SAHEL", "Hamidullah Sahel", "AFG")
define(O, "UNAMA", "United Nations Assistance Mission in Afghanistan", "UN", "UNAMA", "United Nations")
define(U, "FAMILIAR", "people familiar with the talks", "")
define(U, "PARTICIPANT", "meeting participant", "", "participant")

D05 = ("05_pakistan_afghanistan_border.txt", [
    S("BOTH_SIDES", "officials from both countries", "according to",
      "a dispute over a new Afghan border post escalated into an exchange of fire", "STATEMENT"),
    S("PAK_MIL", "the Pakistani military’s media wing", "according to",
      "Pakistani security forces closed the Torkham crossing on Tuesday", "STATEMENT", "AFG"),
    S("PAK", "Islamabad", "says", "lies inside Pakistani territory", "STATEMENT", "AFG", near="Islamabad says"),
    S("AFG", "Afghanistan’s Taliban administration", "said", "the post was being built on Afghan soil", "REJECT", "PAK"),
    S("KARIMI", "Zabihullah Karimi", "According to", "Pakistani troops fired first on Wednesday night", "DISAPPROVE", "PAK"),
    S("KARIMI", "Karimi", "said", "one Afghan border guard was killed", "STATEMENT", near="Karimi said"),
    S("PAK_OFFICIAL", "A senior Pakistani security official", "said",
      "Afghan fighters had opened fire on a Pakistani patrol", "DISAPPROVE", "AFG"),
    S("PAK_OFFICIAL", "The official", "said",
      "Pakistan would not reopen the crossing until construction of the post was halted", "DEMAND", "AFG"),
    S("REHMAN", "Sadia Rehman", "told",
      "expected the Afghan authorities to prevent militants from using Afghan soil to attack Pakistan", "DEMAND", "AFG"),
    S("REHMAN", "She", "said", "a security decision, not a political one", "STATEMENT"),
    S("PCC", "the Peshawar Chamber of Commerce", "According to",
      "more than 5,000 trucks loaded with fruit, cement and medicine are stuck", "STATEMENT"),
    S("AFRIDI", "Tariq Afridi", "urged", "both governments to separate trade from security disputes", "APPEAL", "PAK AFG"),
    S("AFG_OFFICIALS", "Afghan officials", "have repeatedly accused", "using border closures as a pressure tactic",
      "DISAPPROVE", "PAK"),
    S("SAHEL", "Hamidullah Sahel", "said", "Kabul would look for alternative routes through Iran and Central Asia",
      "THREATEN", "PAK"),
    S("PAK", "Pakistan", "has long accused", "the Taliban of sheltering fighters of the Pakistani Taliban", "DISAPPROVE",
      "AFG", near="Pakistan has long accused"),
    S("AFG", "Kabul", "denies", "the charge", "REJECT", "PAK", near="Kabul denies", within="denies the charge"),
    S("UNAMA", "The United Nations Assistance Mission in Afghanistan", "said",
      "it was concerned about the humanitarian impact of the closure", "STATEMENT"),
    S("UNAMA", "The United Nations Assistance Mission in Afghanistan", "called on",
      "both sides to reopen the crossing to humanitarian cargo", "APPEAL", "PAK AFG"),
    S("FAMILIAR", "people familiar with the talks", "said", "Tribal elders from both sides of the border met on Friday",
      "STATEMENT", opt=True),
    S("PARTICIPANT", "one participant", "According to", "the meeting ended without agreement", "STATEMENT", opt=True),
])

# ------------------------------------------------------------------ 06 UK High Court (courtroom)
define(G, "HOME_OFFICE", "Home Office", "GBR", "UK government", "British government", "United Kingdom")
define(U, "HO_SPOX", "Home Office spokesperson", "GBR", "Home Office", "UK government", "British government")
define(G, "HIGH_COURT", "High Court", "GBR", "High Court of England and Wales", "Eleanor Whitcombe")
define(P, "WHITCOMBE", "Eleanor Whitcombe", "GBR", "Mrs Justice Whitcombe")
define(P, "ACHEBE", "Daniel Achebe", "")
define(P, "HALE", "Victoria Hale", "GBR")
define(P, "OSEI", "Miriam Osei", "")
define(G, "PRY_EMB", "Paraguayan Embassy in London", "PRY", "Paraguay", "Paraguayan government", "Paraguayan embassy")

D06 = ("06_uk_high_court_removals.txt", [
    S("HOME_OFFICE", "Home Office", "says", "it will appeal", "THREATEN", near="Home Office says"),
    S("HIGH_COURT", "The High Court", "ruling", "the legality of the scheme must be tested at a full hearing", "STATEMENT"),
    S("WHITCOMBE", "She", "said", "the court had heard “serious and substantial” arguments", "STATEMENT"),
    S("WHITCOMBE", "the judge", "said", "It would be wrong to allow the removal of these claimants", "STATEMENT",
      near="the judge said"),
    S("WHITCOMBE", "the judge", "said", "the harm may be impossible to undo", "STATEMENT", opt=True,
      near="the judge said"),
    S("ACHEBE", "Daniel Achebe", "told", "the Home Office had relied on “assurances on paper” from the Paraguayan government",
      "DISAPPROVE", "GBR"),
    S("ACHEBE", "He", "said", "internal documents disclosed to the claimants showed that caseworkers had raised doubts",
      "STATEMENT", "GBR"),
    S("ACHEBE", "Achebe", "said", "The Secretary of State was told, in terms, that the system was not ready",
      "DISAPPROVE", "GBR"),
    S("HALE", "Victoria Hale", "argued", "the agreement contained “robust safeguards”", "STATEMENT"),
    S("HALE", "She", "told", "delaying the flight would “undermine the deterrent effect” of the policy", "STATEMENT"),
    S("HALE", "she", "added", "had “every confidence” that the scheme was lawful", "STATEMENT"),
    S("WHITCOMBE", "The judge", "rejected", "the government’s request to allow the flight to proceed", "REJECT"),
    S("WHITCOMBE", "she", "declined", "the charity’s application to suspend the entire scheme", "REJECT"),
    S("OSEI", "Miriam Osei", "welcomed", "the ruling", "APPROVE", within="welcomed the ruling"),
    S("OSEI", "she", "said", "Today the law stood up for eleven people who had nowhere else to turn", "APPROVE"),
    S("OSEI", "She", "called on", "ministers to scrap the agreement", "DEMAND", "GBR"),
    S("HO_SPOX", "A Home Office spokesperson", "said", "the department was “disappointed” by the decision", "DISAPPROVE"),
    S("HO_SPOX", "the spokesperson", "said",
      "We remain committed to stopping the boats and to delivering this partnership with Paraguay", "INTENT", "PRY"),
    S("PRY_EMB", "The Paraguayan embassy in London", "said", "Paraguay had “fulfilled every commitment” under the agreement",
      "STATEMENT"),
])

# ------------------------------------------------------------------ 07 Nimbra Cloud / European Commission
define(O, "NIMBRA", "Nimbra Cloud", "", "Nimbra")
define(P, "VARGA", "Elena Varga", "EU")
define(P, "CASTELLANO", "Brian Castellano", "")
define(U, "NIMBRA_SOURCE", "person familiar with the company's thinking", "")
define(O, "CISPE", "CISPE", "", "Cloud Infrastructure Services Providers in Europe")
define(P, "DUBREUIL", "Hélène Dubreuil", "", "Helene Dubreuil")
define(U, "US_COMMERCE_SPOX", "US Commerce Department spokesperson", "USA", "US Commerce Department",
       "Commerce Department", "United States", "Washington")
define(P, "REITER", "Thomas Reiter", "EU")

D07 = ("07_eu_cloud_fine.txt", [
    S("NIMBRA", "company", "vows", "to fight ‘unprecedented’ decision", "THREATEN", "EU", near="company vows"),
    S("EC", "The Commission", "said", "Nimbra had charged business customers up to four times more", "DISAPPROVE"),
    S("EC", "It", "ordered", "the company to end the practice within 90 days", "DEMAND"),
    S("VARGA", "Elena Varga", "told", "Nimbra built a wall around its customers", "DISAPPROVE"),
    S("VARGA", "Elena Varga", "told", "European businesses must be free to choose where their data lives", "STATEMENT",
      opt=True),
    S("VARGA", "Varga", "said", "the investigation had found “clear and consistent” evidence", "DISAPPROVE"),
    S("VARGA", "She", "added", "the Commission was examining similar practices at two other providers", "STATEMENT"),
    S("NIMBRA", "Nimbra", "rejected", "the findings", "REJECT", "EU", near="Nimbra rejected"),
    S("NIMBRA", "the company", "said", "unprecedented and wrong on the law", "REJECT", "EU", near="the company said"),
    S("CASTELLANO", "Brian Castellano", "said", "We will appeal this decision to the EU courts", "THREATEN", "EU"),
    S("CASTELLANO", "He", "accused", "punishing success", "DISAPPROVE", "EU"),
    S("CASTELLANO", "He", "said", "the fine would “chill investment in European cloud infrastructure”", "DISAPPROVE", "EU"),
    S("NIMBRA_SOURCE", "A person familiar with the company’s thinking", "said", "Nimbra had offered concessions last year",
      "STATEMENT", opt=True),
    S("CISPE", "CISPE", "welcomed", "the decision", "APPROVE", "EU", within="welcomed the decision"),
    S("DUBREUIL", "Hélène Dubreuil", "called", "a turning point for fair competition in the cloud", "APPROVE", "EU"),
    S("DUBREUIL", "Hélène Dubreuil", "urged", "the Commission to enforce the order without delay", "APPEAL", "EU"),
    S("US_COMMERCE_SPOX", "A spokesperson for the U.S. Commerce Department", "said",
      "EU competition enforcement was “disproportionately targeting American companies”", "DISAPPROVE", "EU"),
    S("US_COMMERCE_SPOX", "The spokesperson", "said", "the department would raise the matter with the Commission",
      "INTENT", "EU"),
    S("REITER", "Thomas Reiter", "rejected", "that criticism", "REJECT", "USA"),
    S("REITER", "he", "said", "Our rules apply to every company operating in the single market", "REJECT", "USA"),
    S("NIMBRA", "The company", "reported", "revenue of $38 billion last year", "STATEMENT", opt=True),
])

# ------------------------------------------------------------------ 08 Colombia / Ecuador (AFP)
define(G, "COL", "Colombia", "COL", "Colombian government", "Bogotá", "Bogota")
define(G, "COL_MFA", "Colombian Foreign Ministry", "COL", "Colombia", "Colombian government", "Bogotá")
define(P, "PAREDES", "Gabriela Paredes", "ECU")
define(P, "CIFUENTES", "Laura Cifuentes", "COL")
define(P, "VILLAMIZAR", "Andrés Villamizar", "COL", "Andres Villamizar")
define(P, "SALVATIERRA", "Rodrigo Salvatierra", "ECU")
define(P, "LLERAS", "Mauricio Lleras", "")
define(P, "QUISPE", "Carmen Rosa Quispe", "CAN")
define(U, "ECU_OFFICIALS", "Ecuadoran officials", "ECU", "Ecuador", "Ecuadoran government", "Quito")
define(U, "ECU_SOURCE", "Ecuadoran government source", "ECU", "Ecuador", "Ecuadoran government", "Quito")

D08 = ("08_colombia_ecuador_tariffs.txt", [
    S("COL", "Colombia", "announced", "retaliatory duties on Ecuadoran goods", "INTENT", "ECU"),
    S("PAREDES", "Gabriela Paredes", "said", "the tariff would remain in place until Colombia showed “real results”",
      "DEMAND", "COL"),
    S("PAREDES", "Paredes", "told", "Ecuador cannot keep paying the price for the violence that crosses our northern border",
      "DISAPPROVE", "COL"),
    S("PAREDES", "Paredes", "told", "We have asked for cooperation for two years", "DISAPPROVE", "COL", opt=True),
    S("PAREDES", "She", "added", "the measure excluded medicines and food staples", "STATEMENT"),
    S("COL_MFA", "Colombia’s Foreign Ministry", "called", "unjustified and contrary to the rules of the Andean Community",
      "DISAPPROVE", "ECU"),
    S("COL_MFA", "Colombia’s Foreign Ministry", "announced",
      "Colombian duties of the same level would apply to a list of Ecuadoran products", "INTENT", "ECU"),
    S("CIFUENTES", "Laura Cifuentes", "said", "Colombia does not accept that trade be used as an instrument of pressure",
      "REJECT", "ECU"),
    S("CIFUENTES", "Laura Cifuentes", "said", "Our door to dialogue remains open, but we will defend our producers",
      "INTENT", "ECU", opt=True),
    S("VILLAMIZAR", "Andrés Villamizar", "accusing", "hiding its own security failures behind Colombia", "DISAPPROVE", "ECU"),
    S("VILLAMIZAR", "He", "said", "Bogotá would file a complaint with the Andean Community’s general secretariat in Lima",
      "THREATEN", "ECU"),
    S("VILLAMIZAR", "He", "added", "Colombia was also studying a suspension of electricity sales to Ecuador", "THREATEN",
      "ECU"),
    S("SALVATIERRA", "Rodrigo Salvatierra", "warned",
      "such a step would be “an act of hostility against the Ecuadoran people”", "THREATEN", "COL"),
    S("LLERAS", "Mauricio Lleras", "said", "the row put at risk nearly $2 billion in annual trade", "STATEMENT"),
    S("LLERAS", "Mauricio Lleras", "called on", "both governments to sit down", "APPEAL", "COL ECU"),
    S("QUISPE", "Carmen Rosa Quispe", "said", "she had offered to mediate", "INTENT", "COL ECU"),
    S("ECU_OFFICIALS", "Ecuadoran officials", "say", "much of the cocaine comes from Colombia", "STATEMENT", "COL"),
    S("ECU_SOURCE", "a government source in Quito", "According to",
      "Ecuador’s president was “not in a hurry” to lift the tariff", "STATEMENT", "COL"),
])

# ------------------------------------------------------------------ 09 Malaysia / Indonesia haze
define(G, "MYS", "Malaysia", "MYS", "Malaysian government", "Kuala Lumpur", "Putrajaya")
define(P, "AMINAH", "Aminah Rashid", "MYS", "Aminah")
define(G, "IDN", "Indonesia", "IDN", "Indonesian government", "Jakarta")
define(P, "SURYADI", "Suryadi", "IDN")
define(P, "BAMBANG", "Bambang Wicaksono", "IDN", "Bambang")
define(O, "ASMC", "ASEAN Specialised Meteorological Centre", "ASEAN", "ASEAN", "ASMC")
define(G, "SGP_NEA", "Singapore National Environment Agency", "SGP", "Singapore", "National Environment Agency")
define(U, "GREEN_GROUPS", "environmental groups", "")
define(P, "KARTIKA", "Rina Kartika", "")
define(P, "LIM", "Lim Kok Seng", "MYS", "Lim")
define(G, "MYS_MOH", "Malaysian health ministry", "MYS", "Malaysia", "Malaysian government", "Ministry of Health")

D09 = ("09_malaysia_indonesia_haze.txt", [
    S("MYS", "Malaysia", "blames", "Indonesian fires", "DISAPPROVE", "IDN", near="Malaysia blames"),
    S("IDN", "Jakarta", "says", "data ‘misleading’", "REJECT", "MYS", near="Jakarta says"),
    S("AMINAH", "its environment minister", "blamed", "forest and peatland fires in neighbouring Indonesia", "DISAPPROVE",
      "IDN"),
    S("AMINAH", "Aminah Rashid", "told", "The satellite data are very clear", "DISAPPROVE", "IDN"),
    S("AMINAH", "Aminah Rashid", "told", "We are asking Indonesia to act now, not next month", "APPEAL", "IDN", opt=True),
    S("AMINAH", "Aminah", "said", "Malaysia had sent a diplomatic note to Jakarta", "PROTEST", "IDN", near="Aminah said"),
    S("AMINAH", "She", "added", "Malaysia would raise the matter at an emergency meeting of ASEAN environment ministers",
      "INTENT", "IDN"),
    S("IDN", "Indonesia", "rejected", "the accusation", "REJECT", "MYS", near="Indonesia rejected"),
    S("SURYADI", "Suryadi", "said", "the number of hotspots in Indonesia had fallen by more than half", "REJECT", "MYS"),
    S("SURYADI", "he", "said", "Not all the haze comes from Indonesia", "REJECT", "MYS"),
    S("SURYADI", "He", "said", "did not need foreign aircraft", "REJECT", "MYS"),
    S("BAMBANG", "He", "said", "the two countries were “brothers” who should not let smoke come between them", "APPROVE",
      "MYS"),
    S("BAMBANG", "He", "welcomed", "Malaysia’s offer of help", "APPROVE", "MYS", opt=True, near="He said the two"),
    S("ASMC", "The ASEAN Specialised Meteorological Centre", "said",
      "hotspot counts in Sumatra had risen sharply over the past week", "STATEMENT", "IDN"),
    S("SGP_NEA", "Singapore’s National Environment Agency", "said",
      "air quality in the city-state could reach the unhealthy range by the weekend", "STATEMENT"),
    S("GREEN_GROUPS", "Environmental groups", "accused", "both governments of protecting palm oil companies",
      "DISAPPROVE", "MYS IDN", opt=True),
    S("KARTIKA", "Rina Kartika", "said", "the haze was “a regional crime with corporate fingerprints”", "DISAPPROVE"),
    S("KARTIKA", "Rina Kartika", "demanded", "Kuala Lumpur and Jakarta publish the names of concessions", "DEMAND",
      "MYS IDN"),
    S("LIM", "Lim Kok Seng", "called on", "the government to demand compensation from Indonesia", "DEMAND", "IDN"),
    S("LIM", "he", "said", "Every year we send notes, every year we breathe smoke", "DISAPPROVE"),
    S("MYS_MOH", "Malaysia’s health ministry", "said",
      "hospital admissions for asthma in the affected states had risen by 30 per cent", "STATEMENT"),
    S("MYS_MOH", "Malaysia’s health ministry", "urged", "the public to wear face masks outdoors", "APPEAL"),
])

# ------------------------------------------------------------------ 10 Iraq / Turkey water
define(G, "IRQ", "Iraq", "IRQ", "Iraqi government", "Baghdad")
define(G, "TUR", "Turkey", "TUR", "Turkish government", "Ankara", "Türkiye")
define(P, "SAADI", "Haider al-Saadi", "IRQ")
define(G, "IRQ_MFA", "Iraqi Foreign Ministry", "IRQ", "Iraq", "Iraqi government", "Baghdad")
define(P, "RUBAIE", "Ahmed al-Rubaie", "IRQ")
define(P, "YALCIN", "Mehmet Yalçın", "TUR", "Mehmet Yalcin")
define(P, "TAMIMI", "Asaad al-Tamimi", "IRQ")
define(P, "JASSIM", "Kadhim Jassim", "")
define(U, "IRQ_SPEAKER", "Iraqi parliament speaker", "IRQ", "Iraq", "Iraqi parliament", "speaker of parliament")
define(P, "JUBOURI", "Nadia al-Jubouri", "IRQ")
define(O, "UNDP", "United Nations Development Programme", "UN", "UNDP", "United Nations")

D10 = ("10_iraq_turkey_water.txt", [
    S("IRQ", "Baghdad", "accuses", "Ankara of ‘strangling’ the Tigris", "DISAPPROVE", "TUR", near="Baghdad accuses"),
    S("TUR", "Turkey", "says", "it is releasing ‘more than its obligations’", "REJECT", "IRQ", near="Turkey says"),
    S("IRQ", "Iraq’s government", "accused",
      "Turkey of deliberately holding back water on the Tigris and Euphrates rivers", "DISAPPROVE", "TUR"),
    S("IRQ", "Iraq’s government", "warning", "farmers in the south faced the worst growing season in decades",
      "STATEMENT"),
    S("SAADI", "Haider al-Saadi", "said", "inflows from Turkey had fallen to less than 35 percent of Iraq’s needs",
      "STATEMENT", "TUR"),
    S("SAADI", "he", "said", "What is happening is not a natural drought", "DISAPPROVE", "TUR"),
    S("SAADI", "he", "said", "Iraq will not accept to be treated as the end of a pipe", "DISAPPROVE", "TUR", opt=True),
    S("SAADI", "Al-Saadi", "said", "Baghdad had asked Ankara to release at least 500 cubic metres per second", "APPEAL",
      "TUR"),
    S("IRQ_MFA", "The foreign ministry", "confirmed", "the ambassador had been summoned", "PROTEST", "TUR"),
    S("RUBAIE", "Ahmed al-Rubaie", "said", "Iraq had handed over a memorandum", "PROTEST", "TUR"),
    S("TUR", "Turkey", "rejected", "the criticism", "REJECT", "IRQ", near="Turkey rejected"),
    S("TUR_MFA", "A Turkish foreign ministry statement", "said", "Turkey was releasing “more water than its obligations require",
      "REJECT", "IRQ"),
    S("TUR_MFA", "A Turkish foreign ministry statement", "described", "the Iraqi accusations as “unfounded and unhelpful”",
      "REJECT", "IRQ"),
    S("YALCIN", "Mehmet Yalçın", "told", "Our dams regulate the flow for everyone downstream", "STATEMENT", "IRQ"),
    S("YALCIN", "He", "added", "Iraq lost much of its water to outdated irrigation", "DISAPPROVE", "IRQ"),
    S("YALCIN", "He", "urged", "Baghdad to modernise its canals", "APPEAL", "IRQ"),
    S("TAMIMI", "Asaad al-Tamimi", "said", "salt water from the Gulf had pushed more than 60", "STATEMENT"),
    S("JASSIM", "Kadhim Jassim", "said", "thousands of families had already abandoned their land", "STATEMENT"),
    S("IRQ_SPEAKER", "Iraq’s parliament speaker", "called for", "the water file to be linked to trade with Turkey",
      "THREATEN", "TUR"),
    S("JUBOURI", "Nadia al-Jubouri", "said", "use every card it holds", "THREATEN", "TUR"),
    S("UNDP", "The United Nations Development Programme", "said",
      "Iraq was among the five countries most vulnerable to climate change", "STATEMENT", "IRQ"),
    S("UNDP", "The United Nations Development Programme", "urged", "regional cooperation on shared rivers", "APPEAL"),
])

# ------------------------------------------------------------------ 11 Kenya / Uganda fuel (AP)
define(G, "UGA", "Uganda", "UGA", "Ugandan government", "Kampala")
define(G, "KEN", "Kenya", "KEN", "Kenyan government", "Nairobi")
define(P, "NAMULI", "Harriet Namuli", "UGA")
define(P, "MUTUA", "Joseph Mutua", "KEN")
define(U, "KEN_OFFICIAL", "senior Kenyan official", "KEN", "Kenya", "Kenyan government")
define(G, "UGA_PRES", "Ugandan President's Office", "UGA", "Uganda", "Ugandan government", "Uganda President's office")
define(P, "MWANGI", "Veronica Mwangi", "EAC")
define(U, "UGA_TRADERS", "Ugandan traders", "", "traders")
define(O, "KCTA", "Kampala City Traders Association", "", "KCTA")
define(P, "MOLLEL", "Baraka Mollel", "TZA")

D11 = ("11_kenya_uganda_fuel.txt", [
    S("UGA", "Uganda", "says", "Kenya is blocking fuel imports", "DISAPPROVE", "KEN", near="Uganda says"),
    S("UGA", "Uganda", "threatens", "to reroute through Tanzania", "THREATEN", "KEN", near="Uganda says"),
    S("UGA", "Uganda", "accused", "deliberately delaying fuel shipments bound for Kampala", "DISAPPROVE", "KEN",
      near="Uganda accused"),
    S("UGA", "Uganda", "saying", "Nairobi was trying to force Ugandan importers to buy petroleum", "DISAPPROVE", "KEN",
      near="Uganda accused"),
    S("NAMULI", "Harriet Namuli", "told", "more than 40 tankers had been held at the port of Mombasa for over a week",
      "DISAPPROVE", "KEN"),
    S("NAMULI", "she", "said", "This is not a technical problem", "DISAPPROVE", "KEN"),
    S("NAMULI", "she", "said", "If our fuel cannot pass through Kenya, we will bring it through Tanzania", "THREATEN",
      "KEN", opt=True),
    S("NAMULI", "She", "said", "the government had instructed the state-owned Uganda National Oil Company", "INTENT"),
    S("KEN", "Kenya", "denied", "any blockade", "REJECT", "UGA", within="denied any blockade"),
    S("MUTUA", "Joseph Mutua", "said", "the delays were caused by congestion at the Kipevu oil terminal", "REJECT", "UGA"),
    S("MUTUA", "Mutua", "said", "There is no blockade, and there will be no blockade", "REJECT", "UGA", near="Mutua said at"),
    S("MUTUA", "He", "added", "the tankers would be released", "INTENT", "UGA"),
    S("KEN_OFFICIAL", "a senior Kenyan official", "said",
      "the government wanted Ugandan marketers to buy fuel through the Kenyan import scheme", "STATEMENT", "UGA"),
    S("UGA_PRES", "Uganda's President's office", "said", "the president had spoken to his Kenyan counterpart by phone",
      "STATEMENT", "KEN"),
    S("MWANGI", "Veronica Mwangi", "urged", "both countries to respect the bloc's common market protocol", "APPEAL",
      "KEN UGA"),
    S("MWANGI", "she", "said", "Disputes between partner states must be solved at the table, not at the port", "APPEAL",
      "KEN UGA"),
    S("UGA_TRADERS", "Ugandan traders", "say", "the delays have already pushed up pump prices", "STATEMENT", opt=True),
    S("KCTA", "The Kampala City Traders Association", "said", "diesel prices had risen by 15% in a week", "STATEMENT"),
    S("KCTA", "The Kampala City Traders Association", "threatened", "to close shops in protest", "THREATEN", "UGA"),
    S("MOLLEL", "Baraka Mollel", "said", 'Tanzania was "ready to serve all our neighbors"', "INTENT"),
])

# ------------------------------------------------------------------ 12 Italy / France
define(P, "FERRARESI", "Giulia Ferraresi", "ITA")
define(P, "MARCHETTI", "Julien Marchetti", "FRA")
define(G, "ITA_PMO", "Italian Prime Minister's Office", "ITA", "Palazzo Chigi", "Italy", "Italian government")
define(P, "AUBERT", "Claire Aubert", "FRA")
define(P, "COLOMB", "Marine Colomb", "FRA")
define(P, "RINALDI", "Stefano Rinaldi", "ITA")
define(U, "EC_SPOX", "European Commission spokesperson", "EU", "European Commission", "EU", "Commission")
define(U, "RIGHTS_GROUPS", "human rights groups", "")
define(O, "INTERSOS", "Intersos", "")

D12 = ("12_italy_france_border.txt", [
    S("FERRARESI", "Italian minister", "–", "France is ‘dumping its problems on our border’", "DISAPPROVE", "FRA"),
    S("MARCHETTI", "a French minister", "accused", "Rome of “losing control” of migration", "DISAPPROVE", "ITA"),
    S("MARCHETTI", "Julien Marchetti", "announced", "400 additional police officers would be deployed to the Italian border",
      "INTENT", "ITA"),
    S("MARCHETTI", "Marchetti", "told", "Italy has lost control of its external border and France will not pay the price for it",
      "DISAPPROVE", "ITA", near="Marchetti told"),
    S("MARCHETTI", "Marchetti", "told", "We expect Rome to honour its European commitments", "DEMAND", "ITA", opt=True,
      near="Marchetti told"),
    S("FERRARESI", "Giulia Ferraresi", "called", "offensive and unacceptable", "DISAPPROVE", "FRA"),
    S("FERRARESI", "Giulia Ferraresi", "said", "the French ambassador had been summoned to the Farnesina", "PROTEST", "FRA"),
    S("FERRARESI", "Ferraresi", "told", "France is dumping its problems on our border", "DISAPPROVE", "FRA",
      near="Ferraresi told"),
    S("FERRARESI", "Ferraresi", "told", "We will not take lessons from anyone", "REJECT", "FRA", opt=True,
      near="Ferraresi told"),
    S("FERRARESI", "She", "added", "Italy expected “an apology, not a police operation”", "DEMAND", "FRA"),
    S("ITA_PMO", "The Italian prime minister’s office", "said",
      "the government would raise the matter with the European Commission", "INTENT", "FRA"),
    S("AUBERT", "Claire Aubert", "said", "France “respects the efforts made by Italy”", "APPROVE", "ITA"),
    S("AUBERT", "She", "said", "the two interior ministers would speak by phone on Friday", "INTENT", "ITA"),
    S("COLOMB", "Marine Colomb", "said", "the government was right to protect the border", "APPROVE"),
    S("COLOMB", "Marine Colomb", "urged", "suspending the Schengen rules on the Italian frontier altogether", "APPEAL",
      "ITA"),
    S("RINALDI", "Stefano Rinaldi", "accused", "the government of “shouting at Paris to hide its own failures”",
      "DISAPPROVE"),
    S("RINALDI", "Stefano Rinaldi", "said", "the French minister’s words had been “clumsy at best”", "DISAPPROVE", "FRA"),
    S("EC", "The European Commission", "said", "it was in contact with both capitals", "STATEMENT"),
    S("EC_SPOX", "A Commission spokesperson", "said", "internal border controls must remain “a measure of last resort”",
      "STATEMENT", "FRA"),
    S("EC_SPOX", "A Commission spokesperson", "called on", "member states to “work together in a spirit of solidarity”",
      "APPEAL", "FRA ITA"),
    S("RIGHTS_GROUPS", "Human rights groups", "have long criticised", "pushbacks at the Ventimiglia crossing",
      "DISAPPROVE", "FRA", opt=True),
    S("INTERSOS", "the aid group Intersos", "According to",
      "more than 1,200 people were sent back from France to Italy in September alone", "STATEMENT", "FRA"),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]


def only(text, snippet, where):
    hits = [m.start() for m in re.finditer(re.escape(snippet), text)]
    assert len(hits) == 1, f"{where}: {snippet!r} found {len(hits)} times"
    return hits[0]


def anchor_span(text, row, doc):
    base = only(text, row["within"], doc) if row["within"] else 0
    scope = text[base:base + len(row["within"])] if row["within"] else text
    start = base + only(scope, row["anchor"], doc)
    return start, start + len(row["anchor"])


def mention_span(text, row, doc, a_start, a_end):
    if row["near"]:
        assert row["mention"] in row["near"], f"{doc}: {row['mention']!r} not in {row['near']!r}"
        start = only(text, row["near"], doc) + row["near"].index(row["mention"])
    else:
        pattern = r"(?<!\w)" + re.escape(row["mention"]) + r"(?!\w)"
        hits = [m.start() for m in re.finditer(pattern, text)]
        assert hits, f"{doc}: mention {row['mention']!r} not found"
        start = min(hits, key=lambda h: min(abs(h - a_end), abs(h + len(row["mention"]) - a_start)))
    return start, start + len(row["mention"])


def inside_quotes(text, start, end):
    """True when [start, end) lies inside one pair of double quotation marks of its paragraph."""
    if any(q in text[start:end] for q in "“”\""):
        return False
    before = text[text.rfind("\n", 0, start) + 1:start]
    if before.rfind("“") > before.rfind("”"):
        return True
    return before.count('"') % 2 == 1


def build():
    rows = []
    for doc, table in DOCS:
        text = open(os.path.join(HERE, "texts", doc), encoding="utf-8").read()
        assert all(ord(c) <= 0xFFFF for c in text), f"{doc}: character outside the BMP"
        for n, row in enumerate(table, 1):
            a_start, a_end = anchor_span(text, row, doc)
            m_start, m_end = mention_span(text, row, doc, a_start, a_end)
            assert row["cue"] in text, f"{doc}: cue {row['cue']!r} not in text"
            rows.append({"id": f"{doc[:2]}-{n:02d}", "doc": doc, **ACTORS[row["key"]],
                         "mention": {"text": row["mention"], "start": m_start, "end": m_end},
                         "cue": row["cue"],
                         "anchor": {"text": row["anchor"], "start": a_start, "end": a_end},
                         "direct": inside_quotes(text, a_start, a_end),
                         "targets": row["targets"], "type": row["type"], "optional": row["optional"]})
    return rows


def as_prediction(row):
    return {"doc": row["doc"], "speaker": {"name": row["speaker"], "side": row["side"], "kind": row["kind"]},
            "mention": row["mention"], "cue": {"text": row["cue"]}, "content": row["anchor"],
            "direct": row["direct"], "targets": [{"side": t} for t in row["targets"]], "type": row["type"]}


def main():
    rows = build()
    if "--as-prediction" in sys.argv[1:]:
        for r in rows:
            print(json.dumps(as_prediction(r), ensure_ascii=False))
        return
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as out:
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} statements in {len(DOCS)} articles, {sum(not r['optional'] for r in rows)} required")


if __name__ == "__main__":
    main()
