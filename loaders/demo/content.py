"""The demo content: the Alliance's own facts (from its current website), in English and
French, written for this site.

Every translatable value is a ``T(en, fr)`` pair. Pages are created in English, then
translated into French through wagtail-localize with the French half of each pair.
Good practices and the member list are illustrative examples for demonstrations and
tests, not the Council of Europe's records (see docs/decisions.md).
"""

from datetime import date, timedelta
from typing import NamedTuple


class T(NamedTuple):
    """A text in English and French."""

    en: str
    fr: str


def heading(text):
    return ("heading", {"text": text, "level": "h2"})


def para(text):
    return ("paragraph", text)


def quote(text, attribution, role):
    return ("quote", {"quote": text, "attribution": attribution, "role": role})


def figure(image_key, caption):
    return ("figure", {"image": image_key, "caption": caption, "credit": "Alliance CMS demo"})


# Generated placeholder pictures: key -> (title, RGB colour). Their alt texts are in IMAGE_ALT_TEXTS.
IMAGES = {
    "hero": ("Cities and regions for Roma inclusion", (30, 80, 140)),
    "launch": ("Launch of the Alliance, Strasbourg 2013", (120, 40, 60)),
    "romact": ("ROMACT and ROMED2 launching events", (20, 110, 90)),
    "remembrance": ("2 August, Roma Genocide Remembrance Day", (50, 50, 60)),
    "strategy": ("Strategic orientations 2014-2020", (140, 90, 20)),
    "dosta": ("Dosta! Congress Prize for Municipalities", (150, 30, 30)),
    "practice": ("A good practice of inclusion", (60, 100, 40)),
    "members": ("Participating cities and regions", (90, 60, 130)),
}

# What each picture shows, per language, for screen readers.
IMAGE_ALT_TEXTS = {
    "hero": T(
        "Banner of the Alliance: cities and regions for Roma inclusion",
        "Bannière de l'Alliance : villes et régions pour l'inclusion des Roms",
    ),
    "launch": T("Launch of the Alliance in Strasbourg, 2013", "Lancement de l'Alliance à Strasbourg en 2013"),
    "romact": T(
        "Poster of the ROMACT and ROMED2 launching events", "Affiche des événements de lancement de ROMACT et ROMED2"
    ),
    "remembrance": T(
        "2 August, Roma Genocide Remembrance Day", "2 août, Journée de commémoration du génocide des Roms"
    ),
    "strategy": T(
        "Cover of the strategic orientations 2014-2020", "Couverture des orientations stratégiques 2014-2020"
    ),
    "dosta": T("Dosta! Congress Prize for Municipalities", "Prix Dosta! du Congrès pour les municipalités"),
    "practice": T("A good practice of Roma inclusion", "Une bonne pratique d'inclusion des Roms"),
    "members": T("Map of participating cities and regions", "Carte des villes et régions participantes"),
}

# News tags in French (a tag missing here is a proper name, the same in every language).
TAG_LABELS = {
    "Congress": T("Congress", "Congrès"),
    "Remembrance": T("Remembrance", "Commémoration"),
    "Strategy": T("Strategy", "Stratégie"),
    "Good practices": T("Good practices", "Bonnes pratiques"),
}
PROPER_NAME_TAGS = {"Alliance", "ROMACT", "ROMED", "Dosta!"}

HOME = {
    "title": T(
        "European Alliance of Cities and Regions for Roma Inclusion",
        "Alliance européenne des villes et des régions pour l'inclusion des Roms",
    ),
    "slug": T("home", "accueil"),
    "intro": T(
        "The Alliance fights discrimination against Roma at local and regional level, promotes "
        "their inclusion and draws the attention of local and regional authorities to these communities.",
        "L'Alliance combat les discriminations envers les Roms aux niveaux local et régional, promeut "
        "leur inclusion et attire l'attention des autorités locales et régionales sur ces communautés.",
    ),
    "hero_title": T(
        "Cities and regions working together for Roma inclusion", "Villes et régions ensemble pour l'inclusion des Roms"
    ),
    "hero_text": T(
        "An initiative of the Congress of Local and Regional Authorities of the Council of Europe, "
        "launched on 20 March 2013.",
        "Une initiative du Congrès des pouvoirs locaux et régionaux du Conseil de l'Europe, lancée le 20 mars 2013.",
    ),
    "hero_image": "hero",
    "key_figures": [
        # Counted from the member registry when read: the old site's hand-typed "130" and "29"
        # disagreed with its own member list (issue 29).
        (
            "registry_figure",
            {"measure": "members", "label": T("participating cities and regions", "villes et régions participantes")},
        ),
        ("registry_figure", {"measure": "countries", "label": T("countries", "pays")}),
        ("figure", {"value": "2013", "label": T("year the Alliance was launched", "année de lancement de l'Alliance")}),
        (
            "figure",
            {
                "value": T("2 Aug", "2 août"),
                "label": T("Roma Genocide Remembrance Day", "Journée de commémoration du génocide des Roms"),
            },
        ),
    ],
    "featured": ["strategy", "about", "remembrance-2013"],
    "body": [
        para(
            T(
                "<p>The Alliance operates under the supervision of the Congress of Local and Regional "
                "Authorities of the Council of Europe. It brings together cities and regions that commit "
                "to running local programmes for Roma inclusion and to tackling prejudice and racism.</p>",
                "<p>L'Alliance opère sous le contrôle du Congrès des pouvoirs locaux et régionaux du "
                "Conseil de l'Europe. Elle rassemble des villes et des régions qui s'engagent à mener des "
                "programmes locaux d'inclusion des Roms et à combattre les préjugés et le racisme.</p>",
            )
        ),
    ],
}

STANDARD_PAGES = [
    {
        "key": "about",
        "show_in_menus": True,
        "title": T("About us", "À propos de nous"),
        "slug": T("about-us", "a-propos"),
        "intro": T(
            "The European Alliance of Cities and Regions for Roma Inclusion was set up by the Congress "
            "of Local and Regional Authorities with the support of the Special Representative of the "
            "Secretary General for Roma Issues.",
            "L'Alliance européenne des villes et des régions pour l'inclusion des Roms a été créée par le "
            "Congrès des pouvoirs locaux et régionaux avec le soutien du Représentant spécial du "
            "Secrétaire Général pour les questions roms.",
        ),
        "main_image": "members",
        "body": [
            para(
                T(
                    "<p>130 cities and regions from 29 countries now take part in the Alliance. Working with "
                    "their national governments and taking each country's situation into account, they "
                    "develop projects and policies for the inclusion of Roma and Travellers at local and "
                    "regional level and fight anti-Gypsyism.</p>",
                    "<p>130 villes et régions de 29 pays participent aujourd'hui à l'Alliance. En lien avec "
                    "leurs gouvernements nationaux et en tenant compte de la situation de chaque pays, elles "
                    "développent des projets et des politiques d'inclusion des Roms et des Gens du voyage aux "
                    "niveaux local et régional et luttent contre l'antitsiganisme.</p>",
                )
            ),
            heading(T("Objectives", "Objectifs")),
            para(
                T(
                    "<ol><li>A framework for co-operation: sharing good practices, strengthening local and "
                    "regional capacities, identifying problems and proposing solutions.</li>"
                    "<li>Recognition of anti-Gypsyism as a specific form of racism, condemning hate speech "
                    "against Roma and Travellers.</li>"
                    "<li>Better dialogue between local and regional authorities, Roma and Traveller "
                    "communities and NGOs, including civic participation in local decision-making.</li></ol>",
                    "<ol><li>Un cadre de coopération : partager les bonnes pratiques, renforcer les capacités "
                    "locales et régionales, identifier les problèmes et proposer des solutions.</li>"
                    "<li>La reconnaissance de l'antitsiganisme comme forme spécifique de racisme, en condamnant "
                    "les discours de haine envers les Roms et les Gens du voyage.</li>"
                    "<li>Un meilleur dialogue entre les collectivités territoriales, les communautés roms et des "
                    "Gens du voyage et les ONG, y compris leur participation civique aux décisions locales.</li></ol>",
                )
            ),
            heading(T("Four lines of action", "Quatre lignes d'action")),
            para(
                T(
                    "<ul><li>Fostering political will for Roma and Traveller inclusion.</li>"
                    "<li>Offering a forum for the exchange of good practices.</li>"
                    "<li>Increasing the visibility of the inclusion work of participating cities and regions.</li>"
                    "<li>Promoting the involvement of Roma and Traveller civil society.</li></ul>",
                    "<ul><li>Encourager la volonté politique en faveur de l'inclusion des Roms et des Gens du voyage.</li>"
                    "<li>Offrir un forum d'échange de bonnes pratiques.</li>"
                    "<li>Accroître la visibilité du travail d'inclusion des villes et régions participantes.</li>"
                    "<li>Promouvoir la participation de la société civile rom et des Gens du voyage.</li></ul>",
                )
            ),
        ],
    },
    {
        "key": "history",
        "show_in_menus": True,
        "title": T("History", "Historique"),
        "slug": T("history", "historique"),
        "intro": T(
            "From the Strasbourg Declaration of 2010 to the launch of the Alliance in March 2013.",
            "De la Déclaration de Strasbourg de 2010 au lancement de l'Alliance en mars 2013.",
        ),
        "main_image": "launch",
        "body": [
            para(
                T(
                    "<p>In October 2010 the Committee of Ministers of the Council of Europe adopted the "
                    "Strasbourg Declaration on Roma, which set clear priorities and gave the Council of Europe "
                    "a supporting role for national, local and regional authorities.</p>",
                    "<p>En octobre 2010, le Comité des Ministres du Conseil de l'Europe a adopté la Déclaration "
                    "de Strasbourg sur les Roms, qui fixe des priorités claires et confie au Conseil de l'Europe "
                    "un rôle de soutien aux autorités nationales, locales et régionales.</p>",
                )
            ),
            para(
                T(
                    "<p>The idea of the Alliance came out of the Summit of Mayors on Roma held in Strasbourg in "
                    "September 2011. A core group of volunteer cities and regions drafted its framework, and a "
                    "large consultation of local and regional authorities followed in 2012.</p>",
                    "<p>L'idée de l'Alliance est issue du Sommet des maires sur les Roms tenu à Strasbourg en "
                    "septembre 2011. Un groupe de villes et régions volontaires en a rédigé le cadre, puis une "
                    "vaste consultation des collectivités territoriales a eu lieu en 2012.</p>",
                )
            ),
            para(
                T(
                    "<p>The Alliance was officially launched during the 24th Session of the Congress on "
                    "20 March 2013. In September 2014 the Bureau of the Congress approved its strategic "
                    "orientations for 2014-2020.</p>",
                    "<p>L'Alliance a été officiellement lancée lors de la 24e session du Congrès, le "
                    "20 mars 2013. En septembre 2014, le Bureau du Congrès a approuvé ses orientations "
                    "stratégiques pour 2014-2020.</p>",
                )
            ),
            para(
                T(
                    "<p>Since 2012 the Alliance has been supported by young Austrian secondees chosen and "
                    "prepared by the Austrian Service Abroad.</p>",
                    "<p>Depuis 2012, l'Alliance est soutenue par de jeunes volontaires autrichiens détachés, "
                    "choisis et préparés par le Service autrichien à l'étranger.</p>",
                )
            ),
        ],
    },
    {
        "key": "participate",
        "show_in_menus": True,
        "title": T("Participate in the Alliance", "Participer à l'Alliance"),
        "slug": T("participate", "participer"),
        "intro": T(
            "Local and regional authorities of Council of Europe member States that commit to Roma "
            "inclusion can join the Alliance.",
            "Les collectivités territoriales des États membres du Conseil de l'Europe qui s'engagent pour "
            "l'inclusion des Roms peuvent rejoindre l'Alliance.",
        ),
        "body": [
            para(
                T(
                    "<p>An authority expresses its commitment in a letter from its highest elected "
                    "representative to the President of the Congress. Full participation requires:</p>",
                    "<p>Une collectivité exprime son engagement par une lettre de son élu du rang le plus élevé "
                    "au Président du Congrès. La pleine participation suppose :</p>",
                )
            ),
            para(
                T(
                    "<ul><li>a clear will to address the situation of Roma, such as a declared political commitment;</li>"
                    "<li>past or current activities for Roma inclusion;</li>"
                    "<li>mechanisms for dialogue and co-operation with local Roma communities.</li></ul>",
                    "<ul><li>une volonté manifeste d'agir sur la situation des Roms, par exemple un engagement politique déclaré ;</li>"
                    "<li>des activités passées ou en cours en faveur de l'inclusion des Roms ;</li>"
                    "<li>des mécanismes de dialogue et de coopération avec les communautés roms locales.</li></ul>",
                )
            ),
        ],
    },
]

NEWS_INDEX = {
    "show_in_menus": True,
    "title": T("News", "Actualités"),
    "slug": T("news", "actualites"),
    "intro": T(
        "News of the Alliance and its participating cities and regions.",
        "Actualités de l'Alliance et de ses villes et régions participantes.",
    ),
}

NEWS = [
    {
        "key": "launch",
        "date": date(2013, 3, 20),
        "title": T(
            "The Alliance is launched at the 24th Session of the Congress",
            "L'Alliance est lancée lors de la 24e session du Congrès",
        ),
        "slug": T("alliance-launched", "lancement-alliance"),
        "intro": T(
            "On 20 March 2013 the Congress launched the European Alliance of Cities and Regions for Roma Inclusion.",
            "Le 20 mars 2013, le Congrès a lancé l'Alliance européenne des villes et des régions pour l'inclusion des Roms.",
        ),
        "main_image": "launch",
        "tags": ["Congress", "Alliance"],
        "body": [
            para(
                T(
                    "<p>The Alliance was launched in Strasbourg with messages of support from the Deputy "
                    "Secretary General of the Council of Europe, the President of the Congress, the EU "
                    "Commissioner for Regional Policy, the President of the European Roma and Travellers "
                    "Forum and several participating cities and regions.</p>",
                    "<p>L'Alliance a été lancée à Strasbourg avec des messages de soutien de la Secrétaire "
                    "Générale adjointe du Conseil de l'Europe, du Président du Congrès, du Commissaire européen "
                    "à la politique régionale, du Président du Forum européen des Roms et des Gens du voyage et "
                    "de plusieurs villes et régions participantes.</p>",
                )
            ),
        ],
        "related": ["history"],
    },
    {
        "key": "romact",
        "date": date(2013, 9, 30),
        "title": T(
            "ROMACT: a joint programme for local Roma integration policies",
            "ROMACT : un programme conjoint pour les politiques locales d'intégration des Roms",
        ),
        "slug": T("romact-joint-programme", "programme-conjoint-romact"),
        "intro": T(
            "Since September 2013 the Alliance has been implementing ROMACT, a joint project of the "
            "Council of Europe and the European Commission.",
            "Depuis septembre 2013, l'Alliance met en œuvre ROMACT, un projet conjoint du Conseil de "
            "l'Europe et de la Commission européenne.",
        ),
        "main_image": "romact",
        "tags": ["ROMACT", "ROMED"],
        "body": [
            para(
                T(
                    "<p>ROMACT helps cities and regions build local Roma integration policies that combine "
                    "housing, employment, education and health. It starts in five countries: Bulgaria, "
                    "Hungary, Italy, Romania and Slovakia.</p>",
                    "<p>ROMACT aide les villes et les régions à bâtir des politiques locales d'intégration des "
                    "Roms qui associent logement, emploi, éducation et santé. Il débute dans cinq pays : la "
                    "Bulgarie, la Hongrie, l'Italie, la Roumanie et la Slovaquie.</p>",
                )
            ),
            para(
                T(
                    "<p>The programme builds on the Council of Europe's ROMED programme for Roma mediators and "
                    "on the MERI programme of the Open Society Foundations.</p>",
                    "<p>Le programme s'appuie sur le programme ROMED du Conseil de l'Europe pour les "
                    "médiateurs roms et sur le programme MERI des Open Society Foundations.</p>",
                )
            ),
        ],
        "related": ["launch-events"],
    },
    {
        "key": "launch-events",
        "date": date(2013, 10, 1),
        "title": T(
            "Next launching events of ROMED2 and ROMACT", "Prochains événements de lancement de ROMED2 et ROMACT"
        ),
        "slug": T("romed2-romact-launching-events", "evenements-lancement-romed2-romact"),
        "intro": T(
            "After Budapest, ROMACT and ROMED2 will be launched in Albena on 14 October, Bucharest on "
            "15 October and Kosice on 5 November.",
            "Après Budapest, ROMACT et ROMED2 seront lancés à Albena le 14 octobre, à Bucarest le "
            "15 octobre et à Kosice le 5 novembre.",
        ),
        "main_image": "romact",
        "tags": ["ROMACT", "ROMED"],
        "body": [
            para(
                T(
                    "<p>The first national launching meeting, held in Budapest, brought together more than 100 "
                    "national and international players. Four more launching events follow: Albena, Bulgaria "
                    "(14 October), Bucharest, Romania (15 October), Kosice, Slovakia (5 November), and Italy, "
                    "where the date is still to be set.</p>",
                    "<p>La première réunion nationale de lancement, à Budapest, a réuni plus de 100 acteurs "
                    "nationaux et internationaux. Quatre autres événements suivront : Albena, Bulgarie "
                    "(14 octobre), Bucarest, Roumanie (15 octobre), Kosice, Slovaquie (5 novembre), et l'Italie, "
                    "où la date reste à fixer.</p>",
                )
            ),
            para(
                T(
                    "<p>ROMED2 follows the training of Roma mediators run by the Council of Europe and the "
                    "European Commission since January 2011, and boosts the participation of Roma communities "
                    "in democratic governance through mediation.</p>",
                    "<p>ROMED2 prolonge la formation de médiateurs roms menée par le Conseil de l'Europe et la "
                    "Commission européenne depuis janvier 2011 et renforce la participation des communautés roms "
                    "à la gouvernance démocratique par la médiation.</p>",
                )
            ),
        ],
        "related": ["romact"],
    },
    {
        "key": "president-call",
        "date": date(2013, 8, 2),
        "title": T(
            "Congress President calls on local and regional authorities to commit to Roma integration",
            "Le Président du Congrès appelle les pouvoirs locaux et régionaux à s'engager pour l'intégration des Roms",
        ),
        "slug": T("congress-president-call", "appel-president-congres"),
        "intro": T(
            "On 2 August, Herwig van Staa called on Europe's cities and regions to join the Alliance.",
            "Le 2 août, Herwig van Staa a appelé les villes et régions d'Europe à rejoindre l'Alliance.",
        ),
        "main_image": "remembrance",
        "tags": ["Congress", "Remembrance"],
        "body": [
            quote(
                T(
                    "Even today, Roma populations are victims of discrimination in our own cities and regions.",
                    "Aujourd'hui encore, les populations roms sont victimes de discriminations dans nos propres villes et régions.",
                ),
                "Herwig van Staa",
                T(
                    "President of the Congress of Local and Regional Authorities",
                    "Président du Congrès des pouvoirs locaux et régionaux",
                ),
            ),
            para(
                T(
                    "<p>The President recalled that the Alliance then brought together 120 cities and regions "
                    "from 23 countries, and invited local and regional authorities across Europe to join this "
                    "Council of Europe initiative.</p>",
                    "<p>Le Président a rappelé que l'Alliance rassemblait alors 120 villes et régions de "
                    "23 pays et a invité les collectivités de toute l'Europe à rejoindre cette initiative du "
                    "Conseil de l'Europe.</p>",
                )
            ),
        ],
        "related": ["remembrance-2013"],
    },
    {
        "key": "strategy-approved",
        "date": date(2014, 9, 30),
        "title": T("Strategic orientations 2014-2020 approved", "Les orientations stratégiques 2014-2020 approuvées"),
        "slug": T("strategic-orientations-approved", "orientations-strategiques-approuvees"),
        "intro": T(
            "In September 2014 the Bureau of the Congress approved the Alliance's strategic orientations.",
            "En septembre 2014, le Bureau du Congrès a approuvé les orientations stratégiques de l'Alliance.",
        ),
        "main_image": "strategy",
        "tags": ["Strategy"],
        "body": [
            para(
                T(
                    "<p>The orientations give the Alliance a long-term perspective and a more concrete "
                    "direction for its decisions, around four lines of action.</p>",
                    "<p>Ces orientations donnent à l'Alliance une perspective de long terme et une orientation "
                    "plus concrète pour ses décisions, autour de quatre lignes d'action.</p>",
                )
            ),
        ],
        "related": ["strategy"],
    },
    {
        "key": "dosta-prize",
        "date": date(2017, 10, 19),
        "title": T(
            "Dosta! Congress Prize for Municipalities awarded",
            "Remise du prix Dosta ! du Congrès pour les municipalités",
        ),
        "slug": T("dosta-congress-prize", "prix-dosta-congres"),
        "intro": T(
            "Every two years the Congress rewards three municipalities for innovative Roma and Traveller inclusion projects.",
            "Tous les deux ans, le Congrès récompense trois municipalités pour des projets innovants d'inclusion des Roms et des Gens du voyage.",
        ),
        "main_image": "dosta",
        "tags": ["Dosta!", "Good practices"],
        "body": [
            para(
                T(
                    "<p>Organised since 2007 as part of the Council of Europe's Dosta! campaign against "
                    "prejudice and stereotypes, the prize is awarded during the October plenary session of the "
                    "Congress. The Alliance Secretariat co-organised the ceremonies of 2015 and 2017.</p>",
                    "<p>Organisé depuis 2007 dans le cadre de la campagne Dosta ! du Conseil de l'Europe contre "
                    "les préjugés et les stéréotypes, le prix est remis lors de la session plénière d'octobre du "
                    "Congrès. Le Secrétariat de l'Alliance a co-organisé les cérémonies de 2015 et 2017.</p>",
                )
            ),
        ],
        "related": [],
    },
]

EVENT_INDEX = {
    "show_in_menus": True,
    "title": T("Events", "Événements"),
    "slug": T("events", "evenements"),
    "intro": T(
        "Launching events, meetings and commemorations of the Alliance and its partners.",
        "Événements de lancement, réunions et commémorations de l'Alliance et de ses partenaires.",
    ),
}

ROMACT_ORGANISER = "Council of Europe and European Commission (ROMACT, ROMED2)"


def launching_event(key, city, slug_city, country, day, time_zone, fr_city=None, member=None):
    """A ROMACT and ROMED2 launching event of autumn 2013 (seed 001: dates and places), hosted
    by ``member`` when the city is a demo member."""
    fr_city = fr_city or city
    return {
        "key": key,
        "title": T(f"Launch of ROMACT and ROMED2 in {city}", f"Lancement de ROMACT et ROMED2 à {fr_city}"),
        "slug": T(f"romact-romed2-launch-{slug_city}", f"lancement-romact-romed2-{slug_city}"),
        "intro": T(
            f"Official launching event of the ROMACT and ROMED2 joint programmes of the Council of Europe and "
            f"the European Commission in {city}.",
            f"Événement officiel de lancement des programmes conjoints ROMACT et ROMED2 du Conseil de l'Europe "
            f"et de la Commission européenne à {fr_city}.",
        ),
        "start_date": day,
        "time_zone": time_zone,
        "city": T(city, fr_city),
        "country": country,
        "organiser": ROMACT_ORGANISER,
        "member": member,
        "main_image": "romact",
        "body": [
            para(
                T(
                    "<p>Officials from the European Commission, the Council of Europe, the Open Society "
                    "Foundations and the governments taking part in the programmes speak at the opening session.</p>",
                    "<p>Des représentants de la Commission européenne, du Conseil de l'Europe, des Open Society "
                    "Foundations et des gouvernements participant aux programmes prennent la parole lors de la "
                    "séance d'ouverture.</p>",
                )
            ),
        ],
    }


EVENTS = [
    launching_event("event-albena", "Albena", "albena", "BG", date(2013, 10, 14), "Europe/Sofia"),
    launching_event(
        "event-bucharest",
        "Bucharest",
        "bucharest",
        "RO",
        date(2013, 10, 15),
        "Europe/Bucharest",
        "Bucarest",
        member="Bucharest",
    ),
    launching_event("event-kosice", "Košice", "kosice", "SK", date(2013, 11, 5), "Europe/Bratislava", member="Kosice"),
    # Illustrative: the annual commemoration of 2 August at the Auschwitz-Birkenau memorial.
    {
        "key": "event-remembrance-2027",
        "title": T("Roma Genocide Remembrance Day 2027", "Journée de commémoration du génocide des Roms 2027"),
        "slug": T("roma-genocide-remembrance-day-2027", "commemoration-genocide-roms-2027"),
        "intro": T(
            "Commemoration of the victims of the Pharrajimos on 2 August, International Roma Genocide "
            "Remembrance Day (illustrative demo event).",
            "Commémoration des victimes du Pharrajimos le 2 août, Journée internationale de commémoration du "
            "génocide des Roms (événement de démonstration).",
        ),
        "start_date": date(2027, 8, 2),
        "time_zone": "Europe/Warsaw",
        "city": T("Oświęcim", "Oświęcim"),
        "country": "PL",
        "organiser": "Council of Europe",
        "main_image": "remembrance",
        "body": [],
    },
]

REMEMBRANCES = [
    {
        "key": "remembrance-2013",
        "commemoration_date": date(2013, 8, 2),
        "year": 2013,
        "place": T("Strasbourg, Council of Europe headquarters", "Strasbourg, siège du Conseil de l'Europe"),
        "title": T(
            "Council of Europe marks International Remembrance Day of the Pharrajimos",
            "Le Conseil de l'Europe commémore la Journée internationale du Pharrajimos",
        ),
        "slug": T("remembrance-day-2013", "journee-commemoration-2013"),
        "intro": T(
            "A ceremony in front of the Palais de l'Europe remembered the hundreds of thousands of Roma "
            "murdered by the Nazis during the Second World War.",
            "Une cérémonie devant le Palais de l'Europe a rappelé la mémoire des centaines de milliers de "
            "Roms assassinés par les nazis pendant la Seconde Guerre mondiale.",
        ),
        "main_image": "remembrance",
        "body": [
            para(
                T(
                    "<p>The Special Representative of the Secretary General for Roma Issues announced that "
                    "the Council of Europe was examining a proposal of the European Roma and Travellers Forum "
                    "to encourage all member States to officially recognise and commemorate the Roma Genocide. "
                    "The Congress welcomed and supported the initiative.</p>",
                    "<p>Le Représentant spécial du Secrétaire Général pour les questions roms a annoncé que le "
                    "Conseil de l'Europe examinait une proposition du Forum européen des Roms et des Gens du "
                    "voyage visant à encourager tous les États membres à reconnaître et commémorer officiellement "
                    "le génocide des Roms. Le Congrès a salué et soutenu cette initiative.</p>",
                )
            ),
        ],
        "speakers": [
            {
                "name": "Herwig van Staa",
                "role": T("President of the Congress", "Président du Congrès"),
                "quote": T(
                    "We are reminded, on 2 August, of the need to build a Europe of peace and tolerance, "
                    "involving all levels of governance.",
                    "Le 2 août nous rappelle la nécessité de bâtir une Europe de paix et de tolérance, "
                    "associant tous les niveaux de gouvernance.",
                ),
            },
            {
                "name": "Jeroen Schokkenbroek",
                "role": T(
                    "Special Representative of the Secretary General for Roma Issues",
                    "Représentant spécial du Secrétaire Général pour les questions roms",
                ),
                "quote": T("", ""),
            },
            {
                "name": "Rudko Kawczynski",
                "role": T(
                    "President of the European Roma and Travellers Forum",
                    "Président du Forum européen des Roms et des Gens du voyage",
                ),
                "quote": T("", ""),
            },
        ],
        "related_news": ["president-call"],
    },
    {
        "key": "remembrance-2014",
        "commemoration_date": date(2014, 8, 2),
        "year": 2014,
        "place": T("Auschwitz-Birkenau memorial, Poland", "Mémorial d'Auschwitz-Birkenau, Pologne"),
        "title": T(
            "2 August: remembering the Roma Genocide, 70 years on",
            "2 août : se souvenir du génocide des Roms, 70 ans après",
        ),
        "slug": T("remembrance-day-2014", "journee-commemoration-2014"),
        "intro": T(
            "In the night of 2 to 3 August 1944, the last Roma and Sinti held in the so-called "
            "'Gypsy family camp' of Auschwitz-Birkenau were murdered.",
            "Dans la nuit du 2 au 3 août 1944, les derniers Roms et Sinti détenus dans le « camp des "
            "familles tsiganes » d'Auschwitz-Birkenau ont été assassinés.",
        ),
        "main_image": "remembrance",
        "body": [
            para(
                T(
                    "<p>Promoting Roma culture and history, and remembering the Pharrajimos with the "
                    "International Remembrance Day on 2 August, is one of the Alliance's priorities. "
                    "Participating cities and regions are encouraged to hold their own commemorations with "
                    "schools and Roma organisations.</p>",
                    "<p>Promouvoir la culture et l'histoire des Roms, et se souvenir du Pharrajimos avec la "
                    "Journée internationale de commémoration du 2 août, est l'une des priorités de l'Alliance. "
                    "Les villes et régions participantes sont encouragées à organiser leurs propres "
                    "commémorations avec les écoles et les organisations roms.</p>",
                )
            ),
        ],
        "speakers": [],
        "related_news": ["president-call"],
    },
]

PRACTICE_INDEX = {
    "show_in_menus": True,
    "title": T("Good practices", "Bonnes pratiques"),
    "slug": T("good-practices", "bonnes-pratiques"),
    "intro": T(
        "Practices of cities and regions, classified as promising, demonstrated or replicated.",
        "Pratiques de villes et de régions, classées comme prometteuses, démontrées ou reproduites.",
    ),
}

# Illustrative practices for demonstrations (see the module docstring).
PRACTICES = [
    {
        "key": "health-mediators",
        "title": T("Health mediators in Roma neighbourhoods", "Médiateurs de santé dans les quartiers roms"),
        "slug": T("health-mediators", "mediateurs-sante"),
        "country": "BG",
        "city_or_region": "Sofia",
        "member": "Sofia",
        "level": "local",
        "themes": ["health", "women-youth"],
        "status": "replicated",
        "period_start": 2011,
        "period_end": None,
        "dosta_prize_year": None,
        "intro": T(
            "Trained Roma mediators link families with doctors, clinics and vaccination campaigns.",
            "Des médiateurs roms formés relient les familles aux médecins, aux centres de santé et aux campagnes de vaccination.",
        ),
        "results": T(
            "<p>More children vaccinated and more women attending prenatal check-ups.</p>",
            "<p>Davantage d'enfants vaccinés et de femmes suivies pendant leur grossesse.</p>",
        ),
        "partners": [
            T("ROMED programme", "Programme ROMED"),
            T("Municipal health department", "Service municipal de santé"),
        ],
    },
    {
        "key": "housing-legalisation",
        "title": T(
            "Legalising and upgrading informal settlements", "Régularisation et amélioration des quartiers informels"
        ),
        "slug": T("settlement-upgrading", "amelioration-quartiers-informels"),
        "country": "RO",
        "city_or_region": T("Cluj County", "Département de Cluj"),
        "member": "Cluj County",
        "level": "regional",
        "themes": ["housing"],
        "status": "demonstrated",
        "period_start": 2014,
        "period_end": 2019,
        "dosta_prize_year": None,
        "intro": T(
            "Land titles, water and electricity for families living in informal settlements.",
            "Titres fonciers, eau et électricité pour les familles vivant dans des quartiers informels.",
        ),
        "results": T(
            "<p>Families obtained secure tenure and basic services.</p>",
            "<p>Les familles ont obtenu un statut d'occupation sûr et des services de base.</p>",
        ),
        "partners": [
            T("County council", "Conseil départemental"),
            T("Local Roma association", "Association rom locale"),
        ],
    },
    {
        "key": "school-inclusion",
        "title": T("Inclusive schooling from kindergarten", "Une scolarité inclusive dès la maternelle"),
        "slug": T("inclusive-schooling", "scolarite-inclusive"),
        "country": "SK",
        "city_or_region": "Košice",
        "member": "Kosice",
        "level": "local",
        "themes": ["education"],
        "status": "promising",
        "period_start": 2016,
        "period_end": None,
        "dosta_prize_year": None,
        "intro": T(
            "Free kindergarten places and teaching assistants end segregated classes.",
            "Des places gratuites en maternelle et des assistants pédagogiques mettent fin aux classes séparées.",
        ),
        "results": T(
            "<p>Attendance rose in the first two school years.</p>",
            "<p>L'assiduité a progressé dès les deux premières années scolaires.</p>",
        ),
        "partners": [T("ROMACT programme", "Programme ROMACT")],
    },
    {
        "key": "municipal-jobs",
        "title": T("Municipal job placement with Roma employers", "Placement municipal avec des employeurs roms"),
        "slug": T("job-placement", "placement-emploi"),
        "country": "HU",
        "city_or_region": "Pécs",
        "member": "Pécs",
        "level": "local",
        "themes": ["employment"],
        "status": "promising",
        "period_start": 2015,
        "period_end": 2018,
        "dosta_prize_year": None,
        "intro": T(
            "A job centre desk run with Roma entrepreneurs matches job seekers with local employers.",
            "Un guichet de l'agence pour l'emploi tenu avec des entrepreneurs roms rapproche demandeurs d'emploi et employeurs locaux.",
        ),
        "results": T(
            "<p>Job seekers found work with local employers.</p>",
            "<p>Des demandeurs d'emploi ont trouvé un travail chez des employeurs locaux.</p>",
        ),
        "partners": [T("Local employment office", "Agence locale pour l'emploi")],
    },
    {
        "key": "roma-council",
        "title": T("A Roma advisory council at city hall", "Un conseil consultatif rom à la mairie"),
        "slug": T("roma-advisory-council", "conseil-consultatif-rom"),
        "country": "IT",
        "city_or_region": T("Bologna", "Bologne"),
        "member": "Bologna",
        "level": "local",
        "themes": ["political-participation"],
        "status": "demonstrated",
        "period_start": 2013,
        "period_end": None,
        "dosta_prize_year": 2015,
        "intro": T(
            "Roma residents elect representatives who advise the city council on every policy that concerns them.",
            "Les habitants roms élisent des représentants qui conseillent le conseil municipal sur toute politique qui les concerne.",
        ),
        "results": T(
            "<p>The council is consulted on the budget every year.</p>",
            "<p>Le conseil est consulté chaque année sur le budget.</p>",
        ),
        "partners": [T("Roma and Sinti associations", "Associations roms et sintés")],
    },
    {
        "key": "school-remembrance",
        "title": T("Schools remember the Pharrajimos", "Les écoles se souviennent du Pharrajimos"),
        "slug": T("schools-remember", "ecoles-se-souviennent"),
        "country": "ES",
        "city_or_region": T("Valencian Community", "Communauté valencienne"),
        "level": "regional",
        "themes": ["culture-remembrance", "education"],
        "status": "replicated",
        "period_start": 2012,
        "period_end": None,
        "dosta_prize_year": None,
        "intro": T(
            "Secondary schools prepare the 2 August commemoration with Roma historians and artists.",
            "Des collèges et lycées préparent la commémoration du 2 août avec des historiens et artistes roms.",
        ),
        "results": T(
            "<p>Schools across the region now take part.</p>",
            "<p>Des établissements de toute la région y participent désormais.</p>",
        ),
        "partners": [T("Regional education authority", "Autorité régionale de l'éducation")],
    },
    {
        "key": "media-campaign",
        "title": T("Local media against anti-Gypsyism", "Les médias locaux contre l'antitsiganisme"),
        "slug": T("media-against-anti-gypsyism", "medias-contre-antitsiganisme"),
        "country": "GR",
        "city_or_region": T("Athens", "Athènes"),
        "member": "Athens",
        "level": "local",
        "themes": ["anti-gypsyism"],
        "status": "promising",
        "period_start": 2017,
        "period_end": 2018,
        "dosta_prize_year": None,
        "intro": T(
            "Journalists and Roma youth produce reports that challenge stereotypes, following the Dosta! campaign.",
            "Journalistes et jeunes Roms réalisent des reportages qui défont les stéréotypes, dans l'esprit de la campagne Dosta !",
        ),
        "results": T(
            "<p>Reports broadcast on local radio and television.</p>",
            "<p>Des reportages diffusés à la radio et à la télévision locales.</p>",
        ),
        "partners": [T("Local broadcasters", "Radios et télévisions locales")],
    },
    {
        "key": "youth-mentoring",
        "title": T("Mentoring young Roma women", "Mentorat pour les jeunes femmes roms"),
        "slug": T("mentoring-young-roma-women", "mentorat-jeunes-femmes-roms"),
        "country": "AL",
        "city_or_region": "Tirana",
        "member": "Tirana",
        "level": "national",
        "themes": ["women-youth", "education"],
        "status": "demonstrated",
        "period_start": 2014,
        "period_end": None,
        "dosta_prize_year": 2017,
        "intro": T(
            "University students mentor Roma girls through secondary school and into higher education.",
            "Des étudiantes accompagnent des jeunes filles roms jusqu'au baccalauréat et vers l'enseignement supérieur.",
        ),
        "results": T(
            "<p>More Roma girls finish secondary school.</p>",
            "<p>Davantage de jeunes filles roms terminent leurs études secondaires.</p>",
        ),
        "partners": [T("Universities", "Universités"), T("Roma women's network", "Réseau des femmes roms")],
    },
]

STRATEGY = {
    "key": "strategy",
    "show_in_menus": True,
    "title": T("Strategic orientations of the Alliance 2014-2020", "Orientations stratégiques de l'Alliance 2014-2020"),
    "slug": T("strategic-orientations-2014-2020", "orientations-strategiques-2014-2020"),
    "intro": T(
        "Approved by the Bureau of the Congress in September 2014: objectives, synergies, lines of "
        "action, expected results and structure of the Alliance.",
        "Approuvées par le Bureau du Congrès en septembre 2014 : objectifs, synergies, lignes d'action, "
        "résultats attendus et structure de l'Alliance.",
    ),
    "period_start": 2014,
    "period_end": 2020,
    "main_image": "strategy",
    "summary": T(
        "<p>The Alliance helps participating cities and regions, in co-ordination with their governments, "
        "to promote projects and policies for Roma inclusion at local and regional level. It pays special "
        "attention to Roma women and youth, and to Roma culture and history, including the remembrance "
        "of the Pharrajimos on 2 August.</p>",
        "<p>L'Alliance aide les villes et régions participantes, en coordination avec leurs gouvernements, "
        "à promouvoir des projets et des politiques d'inclusion des Roms aux niveaux local et régional. "
        "Elle accorde une attention particulière aux femmes et aux jeunes roms, ainsi qu'à la culture et à "
        "l'histoire des Roms, dont la commémoration du Pharrajimos le 2 août.</p>",
    ),
    "action_lines": [
        {
            "number": "3.1",
            "title": T("Fostering political will", "Encourager la volonté politique"),
            "description": T(
                "<p>Encourage participating cities and regions and other actors to promote Roma inclusion through local and regional projects and policies.</p>",
                "<p>Encourager les villes et régions participantes et d'autres acteurs à promouvoir l'inclusion des Roms par des projets et politiques locaux et régionaux.</p>",
            ),
            "measures": [
                T(
                    "Remove obstacles to inclusion and make good practices better known.",
                    "Lever les obstacles à l'inclusion et mieux faire connaître les bonnes pratiques.",
                ),
                T(
                    "Engage councillors, mayors and staff through meetings and peer-to-peer exchanges.",
                    "Mobiliser les élus, les maires et le personnel par des réunions et des échanges entre pairs.",
                ),
                T(
                    "Use the Congress network to raise awareness of the need to act locally.",
                    "Utiliser le réseau du Congrès pour sensibiliser à la nécessité d'agir localement.",
                ),
            ],
        },
        {
            "number": "3.2",
            "title": T("A forum for exchange and mutual learning", "Un cadre d'échange et d'apprentissage mutuel"),
            "description": T(
                "<p>Offer participating authorities a framework for exchanges that fosters mutual learning.</p>",
                "<p>Offrir aux collectivités participantes un cadre d'échanges favorisant l'apprentissage mutuel.</p>",
            ),
            "measures": [
                T(
                    "Biennial plenary conferences of the participants on Roma inclusion, their needs and "
                    "expectations, and the Alliance's future activities.",
                    "Des conférences plénières biennales des participants sur l'inclusion des Roms, leurs "
                    "besoins et attentes, et les activités futures de l'Alliance.",
                ),
                T(
                    "National and international conferences promoting mutual learning among participants.",
                    "Des conférences nationales et internationales pour l'apprentissage mutuel des participants.",
                ),
                T(
                    "National thematic workshops and round tables on the role of local and regional authorities "
                    "in housing, education, health and employment.",
                    "Des ateliers et tables rondes thématiques nationaux sur le rôle des collectivités "
                    "territoriales dans le logement, l'éducation, la santé et l'emploi.",
                ),
                T(
                    "A web platform presenting the participating cities and regions (political, geographical, "
                    "demographic and economic profiles) and their Roma inclusion projects and policies.",
                    "Une plateforme web présentant les villes et régions participantes (profils politique, "
                    "géographique, démographique et économique) et leurs projets et politiques d'inclusion des "
                    "Roms.",
                ),
                T(
                    "Use and enrich the Council of Europe's European database of policies and good practices "
                    "on Roma, set up in 2011.",
                    "Utiliser et enrichir la Base de données européenne sur les politiques et les bonnes "
                    "pratiques relatives aux Roms, mise en place par le Conseil de l'Europe en 2011.",
                ),
                T(
                    "Spread the Council of Europe's reference texts, handbooks and tools (factsheets on Roma "
                    "history, the Dosta! toolkit, the Romani language portfolio, self-assessment tools).",
                    "Diffuser les textes de référence, manuels et outils du Conseil de l'Europe (fiches sur "
                    "l'histoire des Roms, mallette pédagogique Dosta !, portfolio de langue romani, outils "
                    "d'auto-évaluation).",
                ),
                T(
                    "Share the know-how of the ROMACT and ROMED joint programmes and of the CAHROM.",
                    "Diffuser le savoir-faire des programmes conjoints ROMACT et ROMED et du CAHROM.",
                ),
                T(
                    "Ease access to EU and other funds for Roma inclusion: monitoring, technical advice and "
                    "peer-to-peer exchange.",
                    "Faciliter l'accès aux fonds de l'UE et d'autres instances pour l'inclusion des Roms : "
                    "veille, conseils techniques et échanges entre pairs.",
                ),
                T(
                    "Encourage exchanges, partnerships and joint initiatives between participants, across borders too.",
                    "Encourager les échanges, partenariats et initiatives conjointes entre participants, y "
                    "compris dans la coopération transfrontalière.",
                ),
                T(
                    "Co-operate closely with other Council of Europe sectors (Commissioner for Human Rights, "
                    "ECRI, Intercultural Cities, Cultural Routes).",
                    "Coopérer étroitement avec d'autres secteurs du Conseil de l'Europe (Commissaire aux droits "
                    "de l'homme, ECRI, Cités interculturelles, Itinéraires culturels).",
                ),
                T(
                    "Build contacts with other networks of cities and regions (EUROCITIES, ECCAR, MtM/MERI).",
                    "Établir des contacts avec d'autres réseaux de villes et régions (EUROCITÉS, ECCAR, MtM/MERI).",
                ),
                T(
                    "Build contacts with European organisations of cities and regions (EU Committee of the "
                    "Regions, Assembly of European Regions, CEMR).",
                    "Établir des contacts avec les organisations européennes de villes et régions (Comité des "
                    "régions de l'UE, Assemblée des régions d'Europe, CCRE).",
                ),
                T(
                    "Co-operate with international organisations (OSCE, EU, UNDP) and networks such as EQUINET.",
                    "Coopérer avec les organisations internationales (OSCE, UE, PNUD) et des réseaux tels qu'EQUINET.",
                ),
            ],
        },
        {
            "number": "3.3",
            "title": T("Visibility of inclusion work", "Visibilité des actions d'inclusion"),
            "description": T(
                "<p>Make the inclusion work of participating cities and regions visible.</p>",
                "<p>Rendre visibles les actions d'inclusion des villes et régions participantes.</p>",
            ),
            "measures": [
                T(
                    "Make the Dosta! campaign better known among local and regional authorities.",
                    "Mieux faire connaître la campagne Dosta ! auprès des collectivités territoriales.",
                ),
                T(
                    "Explore new ways to recognise and reward successful inclusion projects.",
                    "Explorer de nouveaux moyens de reconnaître et récompenser les projets d'inclusion réussis.",
                ),
            ],
        },
        {
            "number": "3.4",
            "title": T("Involving civil society", "Associer la société civile"),
            "description": T(
                "<p>Promote the participation of Roma communities and NGOs in local and regional inclusion policies.</p>",
                "<p>Promouvoir la participation des communautés roms et des ONG aux politiques locales et régionales d'inclusion.</p>",
            ),
            "measures": [
                T(
                    "Encourage regular consultation of Roma and Roma NGOs.",
                    "Encourager la consultation régulière des Roms et des ONG roms.",
                ),
                T(
                    "Encourage participatory budgeting that lets Roma have a say on priorities.",
                    "Encourager une budgétisation participative qui donne aux Roms leur mot à dire sur les priorités.",
                ),
                T(
                    "Invite NGOs to take part in specific parts of Alliance events, for direct exchanges with "
                    "cities and regions.",
                    "Inviter les ONG à participer à des volets des manifestations de l'Alliance, pour des "
                    "échanges directs avec les villes et régions.",
                ),
                T(
                    "Strengthen links between NGOs at European, national and local level (European Roma and "
                    "Travellers Forum, EGAM).",
                    "Resserrer les liens entre ONG aux niveaux européen, national et local (Forum européen des "
                    "Roms et des Gens du voyage, EGAM).",
                ),
                T(
                    "Build close contacts with local and regional media.",
                    "Nouer des contacts étroits avec les médias locaux et régionaux.",
                ),
                T(
                    "Encourage active citizenship within Roma communities (European Charter on active citizenship).",
                    "Encourager la citoyenneté active au sein des communautés roms (Charte européenne de la "
                    "citoyenneté active).",
                ),
            ],
        },
    ],
    # Seed 004, the sections after the lines of action, complete (English: the Alliance's own
    # wording where the seeds give it, else a faithful translation of the French).
    "body": [
        heading(T("Synergies", "Synergies")),
        para(
            T(
                "<p>Since October 2013 the Alliance has supported the ROMACT programme, a joint initiative of the "
                "Council of Europe and the European Commission aimed first at elected representatives and senior "
                "officials, which builds the capacity of local and regional authorities to develop and implement "
                "Roma inclusion policies and projects. ROMACT is run together with ROMED, the joint programme "
                "training Roma mediators launched in 2011: the two are complementary and build the capacity for "
                "Roma inclusion at local level with the active participation of Roma communities.</p>",
                "<p>Depuis octobre 2013, l'Alliance soutient la mise en œuvre du Programme ROMACT, une initiative "
                "du Conseil de l'Europe et de la Commission européenne, initialement destinée aux représentants "
                "élus et aux hauts fonctionnaires, dont le but est de renforcer la capacité des collectivités "
                "territoriales à développer et mettre en œuvre des politiques et des projets d'inclusion des Roms. "
                "ROMACT est mis en œuvre de pair avec ROMED, un autre programme conjoint CdE/CE pour la formation "
                "de médiateurs roms lancé en 2011 : les deux programmes sont complémentaires et visent à renforcer "
                "les capacités nécessaires pour l'inclusion des Roms au niveau local avec la participation active "
                "des communautés roms.</p>",
            )
        ),
        heading(T("Expected mid-term results", "Résultats attendus à mi-parcours")),
        para(
            T(
                "<ul><li>more cities and regions that have improved Roma inclusion at local and regional level;</li>"
                "<li>methods of co-operation, mutual learning and support spread among cities and regions;</li>"
                "<li>better use of existing financial resources by the participating cities and regions;</li>"
                "<li>stronger political will, and better knowledge of how to use existing resources for "
                "integration policies;</li>"
                "<li>working methods and tools for Roma inclusion identified and systematised;</li>"
                "<li>better conditions for synergies between cities and regions, including national networks of "
                "cities;</li>"
                "<li>examples of successful influence on national policy from a local and regional perspective;</li>"
                "<li>less social exclusion of Roma, discriminatory behaviour and hate speech, with the participating "
                "cities and regions as models;</li>"
                "<li>better dialogue between local and regional authorities, Roma communities and NGOs, and more "
                "civic participation of Roma communities.</li></ul>",
                "<ul><li>augmentation du nombre de villes et régions ayant fait progresser l'inclusion des Roms aux "
                "niveaux local et régional ;</li>"
                "<li>diffusion des méthodes de coopération, d'apprentissage mutuel et de soutien dans les villes et "
                "les régions ;</li>"
                "<li>meilleure utilisation par les villes et régions participantes des ressources financières "
                "existantes ;</li>"
                "<li>renforcement de la volonté politique et meilleure connaissance des modalités d'utilisation des "
                "ressources existantes dans les politiques d'intégration ;</li>"
                "<li>identification et systématisation des méthodes et outils de travail pour l'inclusion des "
                "Roms ;</li>"
                "<li>conditions plus favorables aux synergies entre villes et régions, notamment constitution de "
                "réseaux nationaux de villes ;</li>"
                "<li>exemples d'influence réussie sur les processus politiques nationaux dans une perspective locale "
                "et régionale ;</li>"
                "<li>diminution de l'exclusion sociale des Roms, des comportements discriminants et du discours de "
                "haine, les villes et régions participantes servant de modèles ;</li>"
                "<li>amélioration du dialogue entre les collectivités territoriales, les communautés roms et les ONG "
                "et renforcement de la participation citoyenne des communautés roms.</li></ul>",
            )
        ),
        heading(T("Structure", "Structure")),
        para(
            T(
                "<p>The Alliance was set up by the Congress of Local and Regional Authorities of the Council of "
                "Europe; it follows the Congress's general procedures under the supervision of the Bureau of the "
                "Congress. It keeps a light structure (no separate legal personality, no complex governance) and "
                "concentrates on a few strategic activities and concrete actions: demand-driven and "
                "result-oriented. It is funded by the Congress's ordinary budget and secondments at first, then by "
                "joint programmes, secondments and voluntary contributions.</p>",
                "<p>L'Alliance a été mise en place par le Congrès des pouvoirs locaux et régionaux du Conseil de "
                "l'Europe ; son fonctionnement est calqué sur les procédures générales du Congrès et contrôlé par "
                "le Bureau du Congrès. Elle entend se doter d'une structure légère (pas de personnalité juridique "
                "distincte, pas de structure de gouvernance complexe) et mettre l'accent sur quelques activités "
                "stratégiques et des actions concrètes : déterminée par la demande et orientée sur les résultats. "
                "Elle est financée par le budget ordinaire du Congrès et des détachements dans un premier temps, "
                "puis par des programmes conjoints, des détachements et des contributions volontaires.</p>",
            )
        ),
        ("heading", {"text": T("Participants", "Participants de l'Alliance"), "level": "h3"}),
        para(
            T(
                "<p>Participants are local and regional authorities of Council of Europe member States committed "
                "to Roma inclusion. An authority joins by a letter from its highest elected representative to the "
                "President of the Congress. Full participation requires a clear will to address the situation of "
                "Roma (a declared political commitment, for instance), past or ongoing Roma inclusion activities, "
                "and mechanisms for dialogue and co-operation with local Roma communities. Participants adopt and "
                "sign a charter at the first plenary conference, including the duty to refrain from hate speech "
                "against Roma and to avoid any segregation.</p>",
                "<p>Les participants sont des collectivités territoriales d'États membres du Conseil de l'Europe "
                "qui s'engagent à œuvrer à l'inclusion des Roms. Une collectivité exprime son engagement par une "
                "lettre de l'élu du rang le plus élevé au Président du Congrès. La pleine participation suppose la "
                "volonté manifeste de venir à bout des problèmes concernant la situation des Roms (un engagement "
                "politique déclaré, par exemple), des activités antérieures ou en cours en faveur de l'inclusion "
                "des Roms, et des mécanismes de dialogue et de coopération avec les communautés roms locales. Les "
                "participants adoptent et signent une charte lors de la première conférence plénière, dont "
                "l'obligation de s'abstenir de discours de haine envers les Roms et d'éviter toute "
                "ségrégation.</p>",
            )
        ),
        ("heading", {"text": T("Rotating presidency", "Présidence tournante"), "level": "h3"}),
        para(
            T(
                "<p>A participating city or region holds the presidency for two years, designated at a biennial "
                "conference, in co-ordination with the Congress Rapporteur on Roma inclusion and the Congress "
                "secretariat. It co-organises the biennial plenary conference, represents the Alliance and sees "
                "that its action plan is carried out.</p>",
                "<p>La présidence est détenue par une ville ou région participante désignée pour deux ans lors "
                "d'une conférence biennale, en coordination avec le Rapporteur du Congrès sur l'inclusion des Roms "
                "et le Secrétariat du Congrès. Elle coorganise la conférence plénière biennale, représente "
                "l'Alliance et assure la mise en œuvre effective de son Plan d'action.</p>",
            )
        ),
        ("heading", {"text": T("Taskforce", "Taskforce"), "level": "h3"}),
        para(
            T(
                "<p>A Taskforce within the Congress in Strasbourg prepares and carries out the Alliance's "
                "activities, in close consultation with the Congress's Directorate and the participating cities "
                "and regions.</p>",
                "<p>Une Taskforce mise en place au sein du Congrès à Strasbourg formule et met en œuvre les "
                "activités de l'Alliance en étroite consultation avec la Direction du Congrès et les villes et "
                "régions participantes.</p>",
            )
        ),
        heading(T("Working methods", "Fonctionnement")),
        ("heading", {"text": T("Working languages", "Langue de travail"), "level": "h3"}),
        para(
            T(
                "<p>The official languages of the Alliance are those of the Council of Europe, English and French. "
                "Where resources allow, other working languages are used to communicate effectively with "
                "participants and partners.</p>",
                "<p>Les langues officielles de l'Alliance sont les langues officielles du Conseil de l'Europe, "
                "l'anglais et le français. Lorsque les ressources le permettent, d'autres langues de travail sont "
                "utilisées pour assurer une communication efficace avec les participants et partenaires.</p>",
            )
        ),
        ("heading", {"text": T("Resources", "Ressources"), "level": "h3"}),
        para(
            T(
                "<ul><li>the Council of Europe's ordinary budget;</li>"
                "<li>joint programmes of the Council of Europe and the European Commission;</li>"
                "<li>contributions of participants (when they host activities, for instance);</li>"
                "<li>voluntary contributions of member States;</li>"
                "<li>contributions of, and joint projects with, civil society and international financial "
                "institutions and donors.</li></ul>",
                "<ul><li>budget ordinaire du Conseil de l'Europe ;</li>"
                "<li>programmes conjoints CdE/Commission européenne ;</li>"
                "<li>contributions de participants de l'Alliance (par exemple lorsqu'ils accueillent des "
                "activités) ;</li>"
                "<li>contributions volontaires d'États membres ;</li>"
                "<li>contributions de et projets conjoints avec la société civile et des institutions et donateurs "
                "financiers internationaux.</li></ul>",
            )
        ),
        (
            "heading",
            {
                "text": T(
                    "Congress members taking part in the Alliance's activities",
                    "Groupe de membres du Congrès participant aux activités de l'Alliance",
                ),
                "level": "h3",
            },
        ),
        para(
            T(
                "<p>John Warmisham, Vice-President of the Congress and its rapporteur on Roma issues, actively "
                "supports the Alliance, with other Congress members who represent it at events when he cannot. "
                "As of 11 June 2014: Gaye Doganoglu (Turkey), Inger Linge (Sweden), Guilherme Pinto (Portugal), "
                "Maruska Piredda (Italy), Viacheslav Rogov (Russian Federation), Tracey Simpson-Laing (United "
                "Kingdom), Ludmila Sfirloaga (Romania) and Barbara Toce (Italy).</p>",
                "<p>L'Alliance bénéficie du soutien actif de John Warmisham, Vice-Président du Congrès et "
                "Rapporteur sur les questions relatives aux Roms, et d'autres membres du Congrès qui la "
                "représentent lorsqu'il n'est pas disponible. À compter du 11 juin 2014 : Mme Gaye Doganoglu "
                "(Turquie), Mme Inger Linge (Suède), M. Guilherme Pinto (Portugal), Mme Maruska Piredda (Italie), "
                "M. Viacheslav Rogov (Fédération de Russie), Mme Tracey Simpson-Laing (Royaume-Uni), Mme Ludmila "
                "Sfirloaga (Roumanie), Mme Barbara Toce (Italie).</p>",
            )
        ),
        heading(T("Annex: key questions and answers", "Annexe : questions et réponses essentielles")),
        ("heading", {"text": T("Why?", "Pourquoi ?"), "level": "h3"}),
        para(
            T(
                "<p>Local and regional policy is decisive for real progress in the social inclusion of Roma in "
                "education, housing, employment and health, as the Strasbourg Declaration of October 2010 stresses. "
                "The Congress therefore held the first European Summit of Mayors on Roma inclusion in September "
                "2011; the call for a European Alliance of Cities and Regions for Roma Inclusion followed it.</p>",
                "<p>Les mesures politiques aux niveaux local et régional revêtent une importance déterminante pour "
                "améliorer véritablement l'inclusion sociale des Roms dans l'éducation, le logement, l'emploi et la "
                "santé, comme le souligne la Déclaration de Strasbourg d'octobre 2010. Le Congrès a donc organisé en "
                "septembre 2011 le premier Sommet européen des maires pour l'inclusion des Roms, au lendemain duquel "
                "a été lancé l'appel à la création d'une Alliance européenne des villes et des régions pour "
                "l'inclusion des Roms.</p>",
            )
        ),
        ("heading", {"text": T("For what purpose?", "Dans quel but ?"), "level": "h3"}),
        para(
            T(
                "<p>To promote Roma inclusion projects and policies through the participating cities and regions, "
                "and so reduce discrimination: a platform for peer political support, exchange and mutual learning, "
                "drawing on the Council of Europe's programmes (ROMACT, ROMED, Dosta!).</p>",
                "<p>Promouvoir via les villes et les régions participantes des projets et politiques d'inclusion des "
                "Roms et réduire ainsi la discrimination : une plateforme de soutien politique par les pairs, "
                "d'échanges et d'apprentissage mutuel, nourrie des programmes du Conseil de l'Europe (ROMACT, "
                "ROMED, Dosta !).</p>",
            )
        ),
        ("heading", {"text": T("How?", "Comment ?"), "level": "h3"}),
        para(
            T(
                "<p>By strengthening political will, improving the capacity to act and offering a forum of exchange "
                "between the participating cities and regions.</p>",
                "<p>Par le renforcement de la volonté politique, l'amélioration de la capacité d'agir et la mise en "
                "place d'un forum d'échange entre les villes et les régions participantes.</p>",
            )
        ),
        ("heading", {"text": T("When?", "Quand ?"), "level": "h3"}),
        para(
            T(
                "<p>The orientation document sets out the aims, objectives, activities and resources of the "
                "Alliance for 2014-2016: some actions are permanent where funding allows, others are one-off (the "
                "biennial conference, national seminars as needed, thematic workshops).</p>",
                "<p>Le document d'orientation expose les buts, objectifs, activités et ressources de l'Alliance pour "
                "la période 2014-2016 : quelques actions sont permanentes si les financements le permettent, "
                "d'autres ponctuelles (Conférence biennale, séminaires nationaux selon les besoins, ateliers "
                "thématiques).</p>",
            )
        ),
        ("heading", {"text": T("Where?", "Où ?"), "level": "h3"}),
        para(
            T(
                "<p>In the participating cities and regions, as each event needs: the biennial conference in the "
                "city or region holding the next presidency, national seminars in a city of the country concerned, "
                "thematic seminars wherever suits best.</p>",
                "<p>Dans les villes ou régions participantes, en fonction des besoins de chaque manifestation : la "
                "Conférence biennale chez la ville ou région assumant la présidence suivante, les séminaires "
                "nationaux dans une ville du pays ciblé, les séminaires thématiques dans le lieu le plus "
                "approprié.</p>",
            )
        ),
    ],
}

TERMINOLOGY_NOTE = {
    "term": T("Roma and Travellers", "Roms et Gens du voyage"),
    "definition": T(
        '<p>The Council of Europe uses the term "Roma and Travellers" to cover the wide diversity of '
        "groups concerned by its work in this field: Roma, Sinti/Manush, Calé, Kaale, Romanichals, "
        "Boyash/Rudari, Balkan Egyptians (Egyptians and Ashkali), Eastern groups (Dom, Lom and Abdal), "
        'Travellers, Yenish and the populations designated by the administrative term "Gens du voyage", '
        "as well as persons who identify themselves as Gypsies.</p>",
        "<p>Le terme « Roms et Gens du voyage » est utilisé par le Conseil de l'Europe pour englober la "
        "diversité des groupes concernés par ses travaux : Roms, Sinti/Manouches, Calé, Kaale, "
        "Romanichels, Boyash/Rudari, Égyptiens des Balkans (Égyptiens et Ashkali), groupes orientaux (Dom, "
        "Lom et Abdal), Travellers, Yéniches et populations désignées par le terme administratif « Gens du "
        "voyage », ainsi que les personnes qui s'identifient elles-mêmes comme Tsiganes.</p>",
    ),
}

CONTACT = {
    "organisation": "Congress of Local and Regional Authorities of the Council of Europe",
    "contact_name": "Tobias Mayr",
    "contact_role": "Alliance Taskforce",
    "address": "Council of Europe\nFR-67075 Strasbourg Cedex\nFrance",
    "phone": "+33 (0)3 88 41 32 28",
}

# The same contact details' French wording.
CONTACT_FR = {
    "organisation": "Congrès des pouvoirs locaux et régionaux du Conseil de l'Europe",
    "contact_role": "Équipe spéciale de l'Alliance",
    "address": "Conseil de l'Europe\nF-67075 Strasbourg Cedex\nFrance",
}

# Member profiles (the strategy document's "political, geographical, demographic and economic
# profiles"): short, factual, illustrative.
MEMBER_PROFILES = {
    "Sofia": T(
        "<p>Capital and largest city of Bulgaria, at the foot of Mount Vitosha.</p>",
        "<p>Capitale et plus grande ville de la Bulgarie, au pied du mont Vitocha.</p>",
    ),
    "Bucharest": T(
        "<p>Capital and largest city of Romania, on the Dâmbovița river.</p>",
        "<p>Capitale et plus grande ville de la Roumanie, sur la Dâmbovița.</p>",
    ),
    "Kosice": T(
        "<p>Second city of Slovakia, in the east of the country; European Capital of Culture in 2013.</p>",
        "<p>Deuxième ville de Slovaquie, dans l'est du pays ; Capitale européenne de la culture en 2013.</p>",
    ),
}
# Members that signed the Declaration of Mayors and Elected Local Representatives against
# anti-Gypsyism (seed 002 counts 74 signatories from 30 countries): illustrative dates.
DECLARATION_SIGNED = {
    "Sofia": date(2014, 10, 16),
    "Kosice": date(2014, 10, 16),
    "Strasbourg": date(2015, 3, 25),
    "Bologna": date(2015, 3, 25),
}

# Days the Alliance marks again and again, on the editorial calendar (name, month, day, every
# (years), first year, note). The Dosta! prize is awarded every two years (seed 003); its
# ceremony's day here is the demo news item's, illustrative.
COMMEMORATIONS = [
    (
        "International Roma Genocide Remembrance Day (Pharrajimos)",
        8,
        2,
        1,
        2015,
        "Statement of the Congress and remembrance page in every language, approved by 31 July.",
    ),
    (
        "Dosta! Congress Prize for Municipalities: ceremony",
        10,
        19,
        2,
        2007,
        "Call for candidates in spring; news item on the three winners on the day.",
    ),
]

# The terms the French seeds and the terminology note fix (source, translation, note).
GLOSSARY = [
    ("Roma and Travellers", "Roms et Gens du voyage", "The Council of Europe's umbrella term (terminology note)."),
    ("anti-Gypsyism", "antitsiganisme", "Seeds 003 and 004; one word, no hyphen."),
    ("Pharrajimos", "Pharrajimos", "The Roma genocide; not translated (seeds 000, 004)."),
    ("Roma Genocide", "génocide des Roms", "Seed 000."),
    ("Congress of Local and Regional Authorities", "Congrès des pouvoirs locaux et régionaux", "Seed 004."),
]

# Seed 000: the Congress's communication unit answers the press, in both languages.
_PRESS = {"phone": "+33 (0)3 90 21 48 95", "fax": "+33 (0)3 88 41 27 51"}
OTHER_CONTACTS = [
    (
        "en",
        {
            "purpose": "Press",
            "organisation": "Congress of Local and Regional Authorities",
            "unit": "Planning, Coordination and Institutional Communication Unit",
            **_PRESS,
        },
    ),
    (
        "fr",
        {
            "purpose": "Presse",
            "organisation": "Congrès des pouvoirs locaux et régionaux",
            "unit": "Unité de la planification, de la coordination et de la communication institutionnelle",
            **_PRESS,
        },
    ),
]
# The seeds link "facebook twitter rss" without addresses: the Congress's accounts.
SOCIAL_MEDIA = ("https://www.facebook.com/CongressCoE", "https://x.com/congresscoe")

# Illustrative participants (name en, name fr, kind, country, latitude, longitude).
# Dates of joining of the demo members: from the launch (20 March 2013), a few weeks apart.
JOINED = [date(2013, 3, 20) + timedelta(days=37 * number) for number in range(24)]
# Members (name en, name fr, kind, country, latitude, longitude, website, joined on, population band).
# Websites, dates of joining and population bands are illustrative demo values, not the
# Alliance's records: dates are spread over the Alliance's first years from its launch.
MEMBERS = [
    ("Sofia", "Sofia", "city", "BG", "42.697708", "23.321868", "https://www.sofia.bg", JOINED[0], "over-1m"),
    ("Plovdiv", "Plovdiv", "city", "BG", "42.135408", "24.745290", "https://www.plovdiv.bg", JOINED[1], "100k-500k"),
    ("Bucharest", "Bucarest", "city", "RO", "44.426767", "26.102538", "https://www.pmb.ro", JOINED[2], "over-1m"),
    (
        "Cluj County",
        "Județ de Cluj",
        "region",
        "RO",
        "46.766667",
        "23.583333",
        "https://cjcluj.ro",
        JOINED[3],
        "500k-1m",
    ),
    (
        "Timisoara",
        "Timișoara",
        "city",
        "RO",
        "45.748871",
        "21.208679",
        "https://www.primariatm.ro",
        JOINED[4],
        "100k-500k",
    ),
    ("Kosice", "Košice", "city", "SK", "48.716385", "21.261074", "https://www.kosice.sk", JOINED[5], "100k-500k"),
    (
        "Presov Region",
        "Région de Prešov",
        "region",
        "SK",
        "49.001797",
        "21.239441",
        "https://www.po-kraj.sk",
        JOINED[6],
        "500k-1m",
    ),
    ("Pécs", "Pécs", "city", "HU", "46.072734", "18.232266", "https://www.pecs.hu", JOINED[7], "100k-500k"),
    ("Budapest", "Budapest", "city", "HU", "47.497913", "19.040236", "https://budapest.hu", JOINED[8], "over-1m"),
    (
        "Bologna",
        "Bologne",
        "city",
        "IT",
        "44.494887",
        "11.342616",
        "https://www.comune.bologna.it",
        JOINED[9],
        "100k-500k",
    ),
    ("Rome", "Rome", "city", "IT", "41.902782", "12.496366", "https://www.comune.roma.it", JOINED[10], "over-1m"),
    ("Valencia", "Valence", "city", "ES", "39.469907", "-0.376288", "https://www.valencia.es", JOINED[11], "500k-1m"),
    ("Madrid", "Madrid", "city", "ES", "40.416775", "-3.703790", "https://www.madrid.es", JOINED[12], "over-1m"),
    ("Athens", "Athènes", "city", "GR", "37.983810", "23.727539", "https://www.cityofathens.gr", JOINED[13], "500k-1m"),
    ("Tirana", "Tirana", "city", "AL", "41.327546", "19.818698", "https://www.tirana.al", JOINED[14], "500k-1m"),
    (
        "Strasbourg",
        "Strasbourg",
        "city",
        "FR",
        "48.573405",
        "7.752111",
        "https://www.strasbourg.eu",
        JOINED[15],
        "100k-500k",
    ),
    ("Ghent", "Gand", "city", "BE", "51.054342", "3.717424", "https://stad.gent", JOINED[16], "100k-500k"),
    ("Graz", "Graz", "city", "AT", "47.070714", "15.439504", "https://www.graz.at", JOINED[17], "100k-500k"),
    ("Gothenburg", "Göteborg", "city", "SE", "57.708870", "11.974560", "https://goteborg.se", JOINED[18], "500k-1m"),
    ("Leeds", "Leeds", "city", "GB", "53.800755", "-1.549077", "https://www.leeds.gov.uk", JOINED[19], "500k-1m"),
    ("Skopje", "Skopje", "city", "MK", "41.997346", "21.427996", "https://skopje.gov.mk", JOINED[20], "500k-1m"),
    ("Novi Sad", "Novi Sad", "city", "RS", "45.267136", "19.833549", "https://www.novisad.rs", JOINED[21], "100k-500k"),
    ("Ostrava", "Ostrava", "city", "CZ", "49.820923", "18.262524", "https://www.ostrava.cz", JOINED[22], "100k-500k"),
    ("Istanbul", "Istanbul", "city", "TR", "41.008238", "28.978359", "https://www.ibb.istanbul", JOINED[23], "over-1m"),
]

# Demo accounts, one per editorial group (password: DEMO_ADMIN_PASSWORD).
DEMO_USERS = {
    "editor": "Editors",
    "moderator": "Moderators",
    "communication": "Communication",
    "translator-fr": "Translators (fr)",
    # E-mailed when an application arrives (to the console in development).
    "membership": "Membership staff",
}

# The 2 August package of the next commemoration, prepared ahead and published together: a
# remembrance page in English and French, drafts gathered in an open release (illustrative).
RELEASE_2027 = {
    "name": "2 August 2027: Roma Genocide Remembrance Day",
    "page": {
        "key": "remembrance-2027",
        "commemoration_date": date(2027, 8, 2),
        "year": 2027,
        "place": T("Strasbourg, Council of Europe headquarters", "Strasbourg, siège du Conseil de l'Europe"),
        "title": T(
            "2 August 2027: the Alliance remembers the Roma Genocide",
            "2 août 2027 : l'Alliance se souvient du génocide des Roms",
        ),
        "slug": T("remembrance-day-2027", "journee-commemoration-2027"),
        "intro": T(
            "Member cities and regions are invited to mark the International Roma Genocide Remembrance "
            "Day with a local ceremony.",
            "Les villes et régions membres sont invitées à marquer la Journée internationale de "
            "commémoration du génocide des Roms par une cérémonie locale.",
        ),
        "main_image": "remembrance",
        "body": [
            para(
                T(
                    "<p>On 2 August, Europe remembers the Roma and Sinti murdered in the night of 2 to 3 August "
                    "1944 in Auschwitz-Birkenau. The Alliance publishes the programme of the commemoration in "
                    "Strasbourg and a guide for local ceremonies.</p>",
                    "<p>Le 2 août, l'Europe se souvient des Roms et des Sinti assassinés dans la nuit du 2 au 3 "
                    "août 1944 à Auschwitz-Birkenau. L'Alliance publie le programme de la commémoration à "
                    "Strasbourg et un guide pour les cérémonies locales.</p>",
                )
            ),
        ],
        "speakers": [],
        "related_news": [],
    },
}

# Two applications waiting for the membership staff (illustrative authorities and people).
APPLICATIONS = [
    {
        "authority_name": "City of Timișoara",
        "kind": "city",
        "country": "RO",
        "contact_name": "Ana Popescu",
        "contact_role": "Roma inclusion officer",
        "email": "ana.popescu@example.org",
        "website": "https://www.example.org/timisoara",
        "motivation": "The city runs a school mediation programme with Roma families and wants to share it "
        "with the Alliance's members and learn from theirs.",
        "language": "en",
        "idempotency_key": "demo-application-timisoara",
    },
    {
        "authority_name": "Métropole de Lyon",
        "kind": "city",
        "country": "FR",
        "contact_name": "Julien Martin",
        "contact_role": "Chargé de mission inclusion",
        "email": "julien.martin@example.org",
        "website": "https://www.example.org/lyon",
        "motivation": "La Métropole accompagne des familles roms vers le logement et l'emploi et souhaite "
        "rejoindre l'Alliance pour échanger avec d'autres collectivités.",
        "language": "fr",
        "idempotency_key": "demo-application-lyon",
    },
]
