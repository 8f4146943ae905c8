"""Coach codes on kinds of construction (issue 12, second coach round): for each construction a
turn that has the code and a look-alike that does not. The rules' own examples live with the
rules in the lexicons (test_rules.py); these check the final codes of whole turns."""

import pytest

from dialogues.analysis import analyse

CASES = [
    # advice: a dismissing imperative, a clause verb-first and permission are no advice
    ("advice", "stuur hem vandaag nog een mail", True),
    ("advice", "maak je daar nou niet zo druk om, zo zijn pubers", False),
    ("advice", "zeg jij eigenlijk: als teamleider mag ik nooit twijfelen", False),
    ("advice", "Dat mag er zijn. Neem gerust even de tijd.", False),
    ("advice", "Zou je deze week eens een van de inspecteurs kunnen bellen?", True),
    ("advice", "zoudt ge da ne keer aan hem vragen?", True),
    ("advice", "zou je het hem willen vertellen", False),
    ("advice", "probeer u daar aan vast te houden, da ge wel gegaan zijt", True),
    # dismissing: normalising and contradicting
    ("dismissing", "een recept terugsturen is geen drama. iedereen maakt fouten", True),
    ("dismissing", "iedereen heeft zijn eigen manier om dat aan te pakken", False),
    ("dismissing", "Dat komt doordat je het nog spannend vindt. Dat went vanzelf.", True),
    ("dismissing", "stuur elke dag vijf sollicitaties, dan komt het vanzelf", False),
    ("dismissing", "Iedereen? Dat geloof ik niet.", True),
    ("dismissing", "ik geloof dat je het meent", False),
    ("dismissing", "allez, zo erg zal het nie zijn, het zijn pubers", True),
    ("dismissing", "jamal is gewoon een pestkop, trek u daar niks van aan", True),
    # clarification: a reading handed back as a yes/no question
    ("clarification", "Een watje. Is dat hoe je jezelf nu ziet?", True),
    ("clarification", "Je voelde je aangevallen, ligt het zo?", True),
    ("clarification", "Dat klinkt als klem zitten. Voelt ge u zo?", True),
    ("clarification", "Is dat wat hij zei?", False),
    (
        "clarification",
        "dus eerst dat hete hoofd, en dan de gedachte 'morgen'. zeg ik het zo goed?",
        True,
    ),
    ("clarification", "ik merk dat ik nu een beetje vastloop. herkent ge da?", False),
    ("clarification", "Slap. Is dat wat je dacht, of ook wat je voelde?", False),
    # closed_question: what only looks like a question
    ("closed_question", "Heb je dat ook tegen haar gezegd?", True),
    ("closed_question", "da's lang, en ge zijt nu echt kwaad, hoor ik", False),
    ("closed_question", "dat doet pijn, kan ik me voorstellen", False),
    ("closed_question", "dat ge dat kunt zien terwijl ge nog zo kwaad zijt, vind ik straf", False),
    ("closed_question", "ja goed plan, noteer ik", False),
    ("closed_question", "Mag ik je even onderbreken? Ik wil terug naar dat moment.", False),
    # empathic_validation: what it costs, what he hears; no rule, no perception, no plan
    ("empathic_validation", "drie maand al, amai. da's lang", True),
    ("empathic_validation", "allez, da's lang geleden, da moet ge achter u laten", False),
    ("empathic_validation", "Uren piekeren, dat kost veel energie.", True),
    ("empathic_validation", "Je hebt het zwaar met hem, hoor ik.", True),
    ("empathic_validation", "Je komt net uit de lunchdienst, zie ik.", False),
    ("empathic_validation", "klinkt als een zware start van je dag", True),
    ("empathic_validation", "klinkt als een goed plan", False),
    ("empathic_validation", "Dat klinkt als een duidelijke regel. Waar komt die vandaan?", False),
    ("empathic_validation", "Ik zie dat je steeds naar de klok kijkt.", False),
    ("empathic_validation", "ik zie dat het je enorm raakt", True),
    # alternative_perspective
    (
        "alternative_perspective",
        "zou er iets in haar ochtend kunnen spelen waardoor het zo loopt",
        True,
    ),
    ("alternative_perspective", "zeurpiet, of iemand die zich schaamt?", True),
    ("alternative_perspective", "zou ze weten dat je met je vriendin bezig was?", True),
    ("alternative_perspective", "zou je het hem willen vertellen", False),
    (
        "alternative_perspective",
        "Nooit iets? Ik vraag me af of er momenten zijn waarop hij wel iets vertelt.",
        True,
    ),
    ("alternative_perspective", "ik vraag me af of jij die druk hier bij mij ook voelt", False),
    (
        "alternative_perspective",
        "200 opmerkingen kan ook betekenen dat hij het grondig gelezen heeft",
        True,
    ),
    (
        "alternative_perspective",
        "Dat zijn twee heel andere verklaringen dan dat hij je niet ziet zitten.",
        False,
    ),
    ("alternative_perspective", "Wat zou je Lisa willen vragen, als je haar morgen ziet?", False),
    (
        "alternative_perspective",
        "Kun je een moment noemen waarop je een compliment had verwacht?",
        False,
    ),
    # interpretation and relationship focus: a transference reading is no look at the here and now
    ("interpretation", "je hebt nu een hekel aan mij omdat ik je doe denken aan je moeder", True),
    (
        "relationship_focus",
        "je hebt nu een hekel aan mij omdat ik je doe denken aan je moeder",
        False,
    ),
    ("relationship_focus", "Ben je nu ook boos op mij, omdat ik dat vroeg?", True),
    (
        "relationship_focus",
        "sorry, da was een stap te ver. voelt ge u nu aangevallen door mij?",
        True,
    ),
    (
        "relationship_focus",
        "Je hebt gelijk. Dat was niet handig van me. Hoe was dat voor jou, hier net?",
        True,
    ),
    ("relationship_focus", "Ik merk dat we elkaar hier nu opjutten.", True),
    ("relationship_focus", "Mensen gaan hier nu eenmaal dood.", False),
    ("relationship_focus", "wat bedoel je precies met 'een hekel aan mij'?", False),
    (
        "relationship_focus",
        "Je zegt: misschien gaat het meer over hun planning dan over mij.",
        False,
    ),
    ("relationship_focus", "Mag ik zeggen wat er bij mij opkomt?", False),
    ("relationship_focus", "Wanneer wil je daarna weer met mij afspreken?", False),
    ("relationship_focus", "Hoe is het om dat hier bij mij te zeggen?", True),
    # telling_feelings
    ("telling_feelings", "Je bent in shock. En je voelt je schuldig dat je weg bent gegaan.", True),
    ("telling_feelings", "je hebt eigenlijk een hekel aan dit werk", True),
    ("telling_feelings", "Je werd woedend. Wat zag je toen?", False),
    # coach_self_disclosure: the coach's own act told verb-first
    ("coach_self_disclosure", "Je hebt gelijk, dat deed ik te makkelijk af.", True),
    ("coach_self_disclosure", "je hebt gelijk, daar ging ik te ver. sorry.", True),
    ("coach_self_disclosure", "Ziet ge wel, ge zijt dus toch bang. Dat zei ik toch.", False),
    # stop_and_rewind: a phone in the story is no logistics
    (
        "stop_and_rewind",
        "Zullen we even teruggaan naar het moment dat Marco je telefoon pakte?",
        True,
    ),
    ("stop_and_rewind", "wacht ff, ik zet mn telefoon even op stil", False),
    # not_knowing_question: the agenda or a date is asked, no experience
    ("not_knowing_question", "hoi dennis, waar wil je het vandaag over hebben?", False),
    ("not_knowing_question", "Wanneer zie je de vader weer?", False),
    ("not_knowing_question", "wanneer merkte je dat voor het eerst", True),
    ("not_knowing_question", "ge knikte. en vanbinnen?", True),
    ("not_knowing_question", "ok, uw vrouw wou dat ge kwam. en gijzelf?", True),
    ("not_knowing_question", "en toen", False),
    ("closed_question", "en jij zelf, twijfel je weleens", True),
    (
        "not_knowing_question",
        "laat ik het anders vragen: wat zou je willen voelen aan het eind van de dag?",
        True,
    ),
    (
        "closed_question",
        "laat ik het anders vragen: wat zou je willen voelen aan het eind van de dag?",
        False,
    ),
    (
        "not_knowing_question",
        "snap ik. dan vraag ik het liever: hoe is het voor jou, zonder je pc",
        True,
    ),
    ("not_knowing_question", "ik weet niet hoe het moet, maar we zien wel", False),
    (
        "not_knowing_question",
        "dit is echt een ramp, hoe moet dat nou met je huur, straks sta je op straat",
        False,
    ),
    # third coach round (issue 12): the feeling allowed, a sympathetic opener, what it weighs
    ("empathic_validation", "ge zijt woest, en da mag", True),
    ("empathic_validation", "dat mag niet van de directie", False),
    ("empathic_validation", "oei, ge zijt echt moe", True),
    ("empathic_validation", "oei, da wist ik nie. wanneer was dat?", False),
    ("empathic_validation", "drie ziekenhuizen op een week, da vraagt veel van u", True),
    ("empathic_validation", "dat is hard werken, maar het lukt wel", False),
    ("empathic_validation", "Twee gevoelen tegelijk: allebei mag waar zijn.", True),
    # dismissing: shrugged off, made small, 'niet jouw schuld'
    ("dismissing", "ach, daar moet je je nie te veel van aantrekken", True),
    ("dismissing", "wat trekt je aan in dat werk?", False),
    ("dismissing", "het is toch niet jouw schuld dat hij ziek is", True),
    ("dismissing", "er zijn ergere zaken dan een gemiste bus", True),
    # advice after a comma; amplifying the worst case
    ("advice", "da's veel te laat, ge moet om tien uur slapen", True),
    ("advice", "ik weet niet wat je moet doen", False),
    ("amplifying", "dat kan echt verkeerd aflopen als ge niks doet", True),
    ("amplifying", "hoe is het afgelopen met die ruzie?", False),
    ("amplifying", "drie nachten wakker? ik zou flippen", True),
    # telling_feelings: the client's mind stated with certainty
    ("telling_feelings", "ge zijt gewoon jaloers op uw zus", True),
    ("telling_feelings", "ge hebt gewoon gelijk", False),
    ("telling_feelings", "je voelt je tekort schieten, dat is het hele probleem", True),
    # a reading checked at once is a clarification; how the coach's own words landed is the
    # relationship; 'toen' asks about then
    ("empathic_validation", "het klinkt alsof ge u buitengesloten voelt, klopt da?", False),
    ("clarification", "het klinkt alsof ge u buitengesloten voelt, klopt da?", True),
    ("empathic_validation", "dat klinkt als een zware week voor je", True),
    ("relationship_focus", "dat was nie mijn bedoeling, maar ik begrijp dat het zo aankwam", True),
    ("relationship_focus", "ik snap dat het zo loopt met je baas", False),
    ("relationship_focus", "sorry, dat was te snel. zijt ge nu boos op mij?", True),
    ("relationship_focus", "je bent boos op mij omdat ik je aan je vader doe denken", False),
    ("relationship_focus", "uw zus zei dat. hoe kwam da toen bij u binnen?", False),
    ("relationship_focus", "hoe kwam dat bij je binnen, wat ik net zei?", True),
    ("empathic_validation", "boos, ja. da kan ik mij goed inbeelden", True),
    # another view is about another's mind, not about what would happen or what helps him
    ("alternative_perspective", "wat zou er gebeuren, denk je, als je het haar vraagt?", False),
    ("alternative_perspective", "wat zou jou nu helpen, denkt ge", False),
    ("alternative_perspective", "en wat zou er in uw dochter omgaan als ge da zegt?", True),
    # self-disclosure: what it stirs in the coach, not a fact of his life
    ("coach_self_disclosure", "da zou mij ook storen, eerlijk gezegd", True),
    ("coach_self_disclosure", "ik heb zelf ook een dochter van twaalf", False),
    ("coach_self_disclosure", "ik schrik daar eerlijk gezegd wat van", True),
    ("coach_self_disclosure", "ik denk nu aan mijn eigen moeder, die ook alleen woonde", True),
    ("coach_self_disclosure", "zou je het hem willen vertellen", False),
    # advice: taking pressure off is no advice
    ("advice", "ge hoeft vandaag nog niks te kiezen", False),
    ("advice", "je moet vandaag nog bellen", True),
    # a feeling the coach sees and lets stand validates; 'dat zie ik zo' tells
    ("empathic_validation", "Ge zijt echt aangedaan, da zie ik. We nemen de tijd.", True),
    ("telling_feelings", "Ge zijt echt aangedaan, da zie ik. We nemen de tijd.", False),
    ("telling_feelings", "je bent gewoon bang, dat zie ik zo", True),
    # chat forms: a request as 'zou je … kunnen', 'zeg maar gewoon tegen haar', Flemish 'versta'
    ("advice", "zou je da eens met uw ploeg kunnen bespreken", True),
    ("advice", "zou je willen dat hij eerst belt?", False),
    ("advice", "zeg maar gewoon tegen hem dat het zo niet gaat", True),
    ("advice", "hoi, zeg het maar", False),
    ("clarification", "als ik u goed versta, zijt ge vooral teleurgesteld?", True),
    ("telling_feelings", "ge zijt eigenlijk gewoon jaloers, da's wat het is", True),
    ("relationship_focus", "zou ik hier zitten om u te beoordelen, denkt ge", True),
    ("coach_self_disclosure", "mag ik zeggen wat het bij mij oproept? ik word er stil van", True),
    ("empathic_validation", "da moet eng geweest zijn, alleen in dat huis", True),
    ("amplifying", "da moogt ge echt nie pikken!!", True),
    ("dismissing", "tja, dan moet ge het maar aanvaarden he", True),
    ("stop_and_rewind", "laten we ff een stap terug doen. wat gebeurde er eerst?", True),
    # interpretation: the coach's own past, a comparison with before, a shift handover are none
    ("interpretation", "ik heb vroeger zelf ook in een band gespeeld", False),
    ("interpretation", "ze belt je nu minder dan vroeger, hoor ik", False),
    ("interpretation", "ik moet om drie uur naar de overdracht", False),
    ("interpretation", "die angst komt voort uit je jeugd", True),
    ("interpretation", "da heeft alles te maken met uw moeder", True),
    ("clarification", "dus ge wilt vooral rust, zit ik juist?", True),
    ("relationship_focus", "ge zijt stiller sinds mijn opmerking", True),
    ("dismissing", "ge ziet weer overal beren op de weg", True),
    # advice as a bare infinitive, a proposal or 'wat als ge …'
    ("advice", "gewoon wat vaker gaan wandelen en nie piekeren", True),
    ("advice", "gewoon wat moe. hoe merkt ge dat?", False),
    ("advice", "wat als je haar morgen eens belt?", True),
    ("alternative_perspective", "wat als je haar morgen eens belt?", False),
    ("alternative_perspective", "wat als hij het gewoon vergeten was?", True),
    ("advice", "zou het helpen om vooraf een lijstje te maken?", True),
    ("telling_feelings", "ge zijt gewoon lui, zegt ge. wat betekent da voor u", False),
    ("telling_feelings", "jij schrikt daar eigenlijk van", True),
    ("empathic_validation", "dat zal zwaar zijn, elke dag alleen", True),
    ("stop_and_rewind", "laat ons teruggaan naar het moment dat ze uw planning omgooide", True),
    ("stop_and_rewind", "wacht, ik open ff mijn agenda", False),
]


@pytest.mark.parametrize("code,text,expected", CASES, ids=[f"{c}:{t[:40]}" for c, t, _ in CASES])
def test_coach_construction(code, text, expected):
    analysis = analyse(text, "coach")
    assert (code in analysis.codes) == expected, [(m.rule, m.text) for m in analysis.markers]
