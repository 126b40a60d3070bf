#!/usr/bin/env python3
"""Build data/cities/stories.json from the hand-checked entries below.

Every entry was transcribed by hand from /work/shared/research/gnlc-notes-*.md
(and the seeds in /work/shared/seeds/).  This script only sorts, checks and
pretty-prints; the facts live in the tables below.

    python3 data/tools/stories/build_stories.py   # writes data/cities/stories.json

Story ids are checked against data/cities/cities.json, the source of truth for
ids (ALIGN below maps the strict TSV-name slugs it spells differently).
--tsv-ids keeps the strict slugs of the research TSV instead (slugs.py).
"""
import json, os, re, sys
from collections import OrderedDict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from slugs import cities  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
OUT = os.path.join(ROOT, "data", "cities", "stories.json")

# ---------------------------------------------------------------- awards
AW = {
    2015: "https://uil.unesco.org/lifelong-learning/learning-cities/2015-unesco-learning-city-award",
    2017: "https://uil.unesco.org/press/sixteen-cities-receive-unesco-learning-city-award-2017",
    2019: "http://en.wataninet.com/features/tourism/aswan-wins-the-2019-unesco-learning-city-award/27808/",
    2021: "https://www.unesco.org/en/articles/unesco-learning-city-award-2021-go-10-cities-among-them-al-wakra-qatar-and-jubail-industrial-city",
    2024: "https://miragenews.com/10-cities-win-unesco-award-for-lifelong-1370077",
}
AWARDS = {
    2015: ["melton", "sorocaba", "beijing", "bahir-dar", "espoo", "cork", "amman",
           "mexico-city", "ybycui", "balanga", "namyangju", "swansea"],
    2017: ["bristol", "camara-de-lobos", "contagem", "gelsenkirchen", "giza", "hangzhou",
           "larissa", "limerick", "mayo-baleo", "n-zerekore", "okayama", "pecs", "surabaya",
           "suwon", "tunis", "villa-maria"],
    2019: ["aswan", "chengdu", "heraklion", "ibadan", "medellin", "melitopol",
           "petaling-jaya", "santiago-nuevo-leon", "seodaemun-gu", "s-nderborg"],
    # Shanghai is not a TSV row; cities.json records it from the notes (award = member).
    2021: ["shanghai", "al-wakrah-al-wakra", "belfast", "clermont-ferrand", "damietta", "dublin",
           "huejotzingo", "jubail-industrial-city", "osan", "wyndham"],
    # Eunpyeong-gu is not a TSV row; cities.json records it from the notes (award = member).
    2024: ["eunpyeong-gu", "benguerir", "bouake", "cork", "cuenca", "doha", "glasgow", "queretaro",
           "wuhan", "yanbu-industrial-city"],
}

# ---------------------------------------------------------------- initiatives
# (id, text, [sources], origin) -- origin = notes file/section, for the tick-off report
N1 = "notes-2015-2020 §3"
N2 = "notes-2021-2025 §2"
NA = "notes-additions (2015-2020) §2"
NB = "notes-additions (2024-2025) §2"

UIL_KR8 = "http://uil.unesco.org/lifelong-learning/learning-cities/learning-cities-republic-korea-eight-korean-cities-join-unesco"
UIL_KR13 = "https://uil.unesco.org/lifelong-learning/learning-cities/learning-cities-republic-korea-additional-thirteen-korean-cities"
ALICE = "https://alice.ch/de/dienstleistungen/newsroom/news/news-detailansicht/news/unesco-learning-cities-award-fuer-16-staedte/"
IRISH = "https://corkcity.ie/en/council-services/news-room/press-releases/symbolic-signing-of-all-island-learning-city-charter.html"
MIRAGE25 = "https://www.miragenews.com/72-cities-join-unescos-global-learning-network-1583685"
BR24 = "https://diariodoturismo.com.br/curitiba-leme-e-recife-no-brasil-sao-incluidas-em-lista-da-unesco"
DE22 = "https://www.unesco.de/bildung/unesco-learning-cities/77-neue-unesco-learning-cities"
IN22 = ["https://www.gktoday.in/3-indian-cities-in-unesco-network-of-learning-cities/",
        "https://gstimes.in/current-affairs/nilambur-and-thrissur-become-indias-1st-to-join-unesco-global-network-of-learning-cities"]
CRI = "https://big5.cri.cn/gate/big5/city.cri.cn/20260108/40b1b1bd-8668-4568-a32e-53f95eb10dd8.html"
EG25 = "https://masralyoum.net/9231593?source=true"
HINDI = "http://hindi-lyrics.com/en/articles/what-makes-unesco-learning-city-six-asian-cities-redefining-lifelong-learning"

def irish(city, others):
    return (f"{city} signed the all-island learning-city MOU of the Irish Network of Learning "
            f"Cities with {others} on 13 May 2019 (renewed in 2022).")

INITIATIVES = [
    # ---- gnlc-notes-2015-2020.md §3
    ("jeonju", "The 'Jeonju Humanities 365' project, run with about 40 humanities bodies, encourages citizens, especially marginalized and vulnerable people, to discover reading and lifelong learning.",
     [UIL_KR8, "https://www.jjan.kr/articleAmp/20160525582605"], N1),
    ("namyangju", "Its '1-2-3 Lifelong Learning Infrastructure' places lifelong-learning facilities within short reach of every resident; the city took part in the pilot phase of UNESCO's learning-city project.",
     [UIL_KR8], N1),
    ("tongyeong", "Tongyeong was designated a UNU Regional Centre of Expertise on Education for Sustainable Development in 2005, one of the world's longest-running regional ESD initiatives.",
     [UIL_KR8], N1),
    ("gwanak-gu", "Gwanak-gu runs a book-delivery service as part of its lifelong learning promotion plan.", [UIL_KR13], N1),
    ("dongducheon", "Dongducheon runs a volunteer-led English programme.", [UIL_KR13], N1),
    ("sangju", "Sangju offers at-home learning for its ageing population.", [UIL_KR13], N1),
    ("gwangmyeong", "Gwangmyeong publishes community learning maps.", [UIL_KR13], N1),
    ("seodaemun-gu", "Its 'Serogolmok' programme sends instructors wherever five or more residents gather to form small learning communities; the district also runs 'jjimjilbang (sauna) humanities' classes and neighbourhood 'Dongne baeumteo' learning spots.",
     ["https://www.fnnews.com/ampNews/201910021435333333"], N1),
    ("larissa", "Larissa launched 'A learning city' with the Scientific Union of Adult Education, planning a lifelong-learning week; its 'City-Camping' scheme involved more than 600 children in educational visits.",
     ["https://uil.unesco.org/lifelong-learning/learning-cities/greece-larissa-joins-unesco-global-network-learning-cities",
      "http://uil.unesco.org/lifelong-learning/learning-cities/seeking-common-actions-period-crisis-greece-2nd-larissa"], N1),
    # Lesbos: the 2015-2020 bullet and the additions bullet cite the same UIL page -> merged
    ("lesbos", "Lesbos is building Mytilene/Lesbos as a learning city to include refugees in education, health and welfare amid the economic crisis. Its learning-city strategy, built around refugee inclusion, includes summer schools, music contests, workshops, foreign-language clubs and activities for refugees.",
     ["http://uil.unesco.org/lifelong-learning/learning-cities/learning-cities-greece-lesbos-joins-unesco-global-network-learning"], N1 + " + " + NA),
    ("heraklion", "The 'Fit for All' sport-and-education programme brings residents and migrants together.",
     ["https://www.apopsilive.gr/epikairotita-cat/brabeio-tis-unesco-sto-hrakleio"], N1),
    ("s-nderborg", "Sønderborg's '4-17-42' mindset links 4 sustainability commitments, the 17 SDGs and the 42 Key Features of Learning Cities.",
     ["https://uil.unesco.org/lifelong-learning/learning-cities/learning-cities-denmark-sonderborg-joins-unesco-global-network-0"], N1),
    ("cascais", "Cascais works with a '4 Axes' framework (territory, people, present, future), including community and school gardening projects.",
     ["https://webarchive.unesco.org/web/20201206130809/https://uil.unesco.org/lifelong-learning/learning-cities/learning-cities-portugal-cascais-joins-unesco-global-network"], N1),
    ("bristol", "Bristol declared 2016 its 'year of learning' and ran a 'love learning' campaign with an evaluation system.",
     ["https://uil.unesco.org/press/sixteen-cities-receive-unesco-learning-city-award-2017", ALICE], N1),
    ("villa-maria", "Villa María set up a mobile library and turned disused railway carriages into cultural and learning centres.",
     [ALICE], N1),
    ("gelsenkirchen", "Gelsenkirchen works with a network of about 120 local partners, runs mobile Kitas that visit refugee shelters, and anchors education for sustainable development across kindergartens, schools and the adult-education centre.",
     ["https://app-webview.sparknews.funkemedien.de/nrw-waz/staedte/gelsenkirchen/article209450177/unesco-wuerdigt-gelsenkirchens-bildungsarbeit-mit-einem-preis.html"], N1),
    ("groningen", "Groningen's first contribution to the network was 'Spacetime Layers', an app made by a teacher and class linking education and culture on an interactive map.",
     ["https://northerntimes.nl/groningen-named-as-unesco-learning-city/"], N1),
    ("aswan", "Aswan runs gardening and water-conservation programmes in schools plus entrepreneurial training for all groups.",
     ["http://en.wataninet.com/features/tourism/aswan-wins-the-2019-unesco-learning-city-award/27808/"], N1),
    ("melitopol", "Melitopol retrains internally displaced people formerly employed in mining.",
     ["https://www.ukrinform.de/amp/rubric-society/2633394-melitopol-gewinnt-unesco-learning-city-award.html"], N1),
    ("medellin", "Medellín brought 4,560 children back into school.",
     ["https://www.lapatria.com/opinion/editorial/la-red-de-aprendizaje?qt-qt_3_lomas=1"], N1),
    ("damietta", "Damietta's 'Safe Cities' project trains women in crafts and entrepreneurship, and kept running during COVID-19.",
     ["https://unesco-uil.pageflow.io/gnlc-awardee-damietta"], N1),
    ("jubail-industrial-city", "Jubail Industrial City upskilled more than 168,000 citizens through evening classes, improved literacy for more than 5,000 people and runs a 'JUBAIL is Reading' programme.",
     ["https://unesco-uil.pageflow.io/gnlc-awardee-jubail-industrial-city"], N1),
    ("al-wakrah-al-wakra", "Al Wakra has a sustainability action plan and holds a local 'Environment Day' every 26 February.",
     ["https://unesco-uil.pageflow.io/gnlc-awardee-al-wakra"], N1),
    ("wyndham", "'Habitat Heroes', 'Trees for Schools' and an Environmental Youth Summit connect Wyndham residents with nature.",
     ["https://unesco-uil.pageflow.io/gnlc-awardee-wyndham"], N1),
    ("clermont-ferrand", "Clermont-Ferrand runs 'Mille Formes', an art-initiation centre for 0–6-year-olds co-designed with parents and the Centre Pompidou, and has designated Espace Nelson Mandela as its 'learning-city venue'.",
     ["https://www.francebleu.fr/infos/education/clermont-ferrand-ville-apprenante-distinguee-par-l-unesco-1643195400",
      "https://region-aura.latribune.fr/en-bref/2017-02-02/clermont-ferrand-premiere-ville-apprenante-de-l-unesco-en-france.html?amp=1"], N1),
    ("huejotzingo", "Music programmes have taken many children off the streets as part of Huejotzingo's learning strategy against violence and insecurity.",
     ["https://tijuanapress.com/2022/10/11/la-alcaldesa-que-logro-combatir-la-inseguridad-y-lograr-una-ciudad-del-aprendizaje/"], N1),
    # Mayo-Baléo: the 2015-2020 bullet (English UIL story) and the additions bullet (French
    # version of the same UIL story) describe the same centres -> merged, both sources kept
    ("mayo-baleo", "Mayo-Baléo built formal adult-education and non-formal learning centres across the commune, despite budget constraints, to raise literacy. Its communal development plan focuses on the environment, public health and more classrooms.",
     ["https://uil.unesco.org/lifelong-learning/learning-cities/unesco-learning-city-mayo-baleo-improves-living-conditions-through",
      "https://uil.unesco.org/fr/apprendre-au-long-vie/villes-apprenantes/ville-apprenante-lunesco-mayo-baleo-ameliore-conditions-vie"], N1 + " + " + NA),
    ("limerick", "The annual Limerick Lifelong Learning Festival (in its sixth year in 2016) brings learning providers from all sectors together.",
     ["http://www.vsopublicationsltd.ie/limerick-joins-unesco-global-network-of-learning-cities/"], N1),
    ("belfast", irish("Belfast", "Cork, Dublin, Limerick and Derry–Strabane"), [IRISH], N1),
    ("cork", irish("Cork", "Belfast, Dublin, Limerick and Derry–Strabane"), [IRISH], N1),
    ("dublin", irish("Dublin", "Belfast, Cork, Limerick and Derry–Strabane"), [IRISH], N1),
    ("limerick", irish("Limerick", "Belfast, Cork, Dublin and Derry–Strabane"), [IRISH], N1),
    ("derry-city-and-strabane", irish("Derry City and Strabane", "Belfast, Cork, Dublin and Limerick"), [IRISH], N1),
    ("sorocaba", "Sorocaba runs programmes such as Escola Viva, Escola Digital and Escola da Escola, plus senior-citizen clubs and environmental education.",
     ["http://agencia-local.sorocaba.sp.gov.br/sorocaba-e-uma-das-12-cidades-de-aprendizagem-do-mundo"], N1),
    ("petaling-jaya", "Petaling Jaya runs free city bus services on four routes that double as information screens, and the 'Karung Kitar Semula' project in which low-income housewives sew bags from old council banners.",
     ["https://www.thestar.com.my/metro/metro-news/2019/02/20/community-programmes-key-to-pjs-learning-cities-award-win",
      "https://www.freemalaysiatoday.com/category/nation/2019/02/03/pj-wins-2019-unesco-learning-award/"], N1),
    ("chengdu", "Chengdu combined learning with themed city walks on regional features, traditional culture and modern industry.",
     ["https://www.positivenaija.com/ibadan-wins-unesco-learning-city-award-2019/"], N1),
    ("ibadan", "Ibadan holds a festival of learning plus OYOMESI initiatives: a hackathon, financial and digital literacy, the 'Gbalumo' cleaner-city drive and WAEC boot camps.",
     ["https://insideoyo.com/ibadan-among-worlds-unesco-learning-cities-of-2019"], N1),
    ("quibdo", "The 'Quibdó Educada' programme in the development plan targets quality and coverage from pre-school to secondary education and encourages higher education.",
     ["https://www.excelsio.net/2020/09/three-cities-from-colombia-join-unesco.html"], N1),
    ("al-sheehaniya-al-shahaniya", "Al Sheehaniya offers environmental education for all ages, for example a plant-a-tree initiative and awareness programmes in schools and the media.",
     ["https://www.gulf-times.com/story/673520/qatars-al-sheehaniya-joins-unesco-global-network-of-learning-cities"], N1),
    ("bonn", "In Bonn, school classes and kindergartens work with the Transition Town initiative on biodiversity, and the adult-education centre's (VHS) 'Digital Academy' targets older people's digital skills.",
     ["https://www.unesco.de/staette/unesco-learning-city-bonn/"], N1),
    ("dublin", "The 'Your Place is Here' campaign and the Dublin Open Learning programme widen access to higher education.",
     ["https://unesco-uil.pageflow.io/gnlc-awardee-dublin"], N1),
    ("yeonsu-gu-incheon", "Yeonsu-gu led the formation of a regional network of more than 70 Asia-Pacific UNESCO learning cities (2020 Yeonsu Asia-Pacific GNLC Network Conference) and hosted the 5th International Conference on Learning Cities (2021).",
     ["http://www.koreaherald.com/view.php?ud=20201214000742"], N1),
    ("loures", "Loures joined the network's thematic group on Education for Citizenship; four local school clusters are UNESCO Associated Schools.",
     ["https://educacao.cm-loures.pt/loures-onde-a-educacao-constroi-o-futuro/cidade-de-aprendizagem"], N1),

    # ---- gnlc-notes-2021-2025.md §2 (2025 cohort)
    ("porto-novo", "The Women's Entrepreneurial Pathways Project combines literacy, vocational training and microfinance to help women become entrepreneurs in crafts and food processing.",
     [MIRAGE25], N2),
    ("lisbon", "The 'Lisboa Cidade da Aprendizagem' platform links more than 120 partners and more than 1,200 mapped learning opportunities with open-badge micro-credentials. By the time of the application it had more than 7,600 users and about 3,200 badges, and the Digital Inclusion and Literacy Programme reached 3,500 participants in 2017–2024.",
     ["https://informacao.lisboa.pt/noticias/detalhe/unesco-reconhece-lisboa-como-cidade-da-aprendizagem",
      MIRAGE25], N2 + " (+ seed 001)"),
    ("buenos-aires", "The Secondary Learns ('Secundaria Aprende') programme is reshaping secondary school through personalised pathways and interdisciplinary teaching, to cut dropout.",
     ["https://www.abc.com.py/internacionales/2025/12/04/buenos-aires-y-caracas-integran-la-red-mundial-de-ciudades-del-aprendizaje-de-la-unesco/",
      "https://gacetaeducativa.com.ar/la-unesco-suma-72-nuevas-ciudades-del-aprendizaje-y-buenos-aires-ingresa-a-la-red-global-con-una-politica-destacada-de-educacion-secundaria",
      MIRAGE25], N2 + " (+ seed 001)"),
    ("hanoi", "Hanoi's 'Happy School' model runs in nearly 3,000 schools and the Cha Ching financial-education project has reached more than 7,000 pupils. The city also counts 1.42 million 'learning families' (67%), 6,900 learning clans and about 4,400 learning residential groups.",
     ["https://vnexpress.net/ha-noi-la-thanh-pho-hoc-tap-toan-cau-thu-6-cua-viet-nam-4989954.html",
      "https://cafef.vn/mot-noi-o-viet-nam-vua-duoc-unesco-cong-nhan-la-thanh-pho-hoc-tap-toan-cau-so-huu-nhieu-hoat-dong-giao-duc-noi-bat-188251205164053867.chn"], N2),
    ("ankara", "The metropolitan municipality's BELMEK courses follow an education model developed in 2019 that centres on empowering women; UNESCO also selected the model as a good-practice example.",
     ["https://www.haber3.com/yerel/ankara-unesco-ogrenen-sehirler-kuresel-agina-resmen-kabul-edildi-haberi-6243074"], N2),
    ("brescia", "Brescia was cited for participatory governance, universal preschool, and AI for democratic participation, in a city where about 20% of residents are foreign.",
     ["https://onuitalia.com/2025/12/04/brescia-e-cividale-del-friuli-tra-le-72-nuove-citta-del-global-network-of-learning-cities"], N2),
    ("culiacan", "Culiacán's learning-city programmes include Somos Inclusión, Verano CienCiaSional, Mujeres Emprendedoras por el Bienestar, Young Demo Day, the Culiacán Book Fair and Parques Alegres. A council with Tec de Monterrey, UAS, Fundación Coppel and others steers a 2025–2030 strategic plan.",
     ["https://www.noroeste.com.mx/culiacan/culiacan-es-incorporada-a-la-red-mundial-de-ciudades-del-aprendizaje-de-la-unesco-BK18120067"], N2),
    ("quezon-city", "Quezon City was recognised for its public libraries, learning and development programmes for different sectors, health and life-skills education, and cultural and civic events.",
     ["https://mb.com.ph/2026/02/11/qc-joins-unesco-global-learning-hub"], N2),
    ("casablanca", "The municipality plans to use membership to strengthen non-formal education, vocational training, support for young people and women, and cultural and digital outreach in neighbourhoods.",
     ["https://fr.le360.ma/societe/casablanca-admise-au-reseau-mondial-des-villes-apprenantes-de-lunesco_TMLNS25BLJGKFOMWOUSTUL3LEM/"], N2),
    ("hull", "Hull presents learning as central to its aim of raising the city out of poverty; one example is the schools programme at Colliderfest 2025 (a University of Hull 'CSI' session).",
     ["https://hullisthis.news/hull-joins-unescos-global-network-of-learning-cities"], N2),
    ("boundiali", "Boundiali was cited for its municipal library and a cashew-processing plant.",
     ["https://www.koaci.com/index.php/article/2025/12/05/cote-divoire/culture/cote-divoire-boundiali-officiellement-integree-au-reseau-mondial-unesco-des-villes-apprenantes_192543.html"], N2 + " (URL from TSV row)"),
    ("maragheh", "Maragheh was cited for its themed educational parks.",
     ["https://newspaper.irandaily.ir/7998/7/20301"], N2),
    ("lowell", "Lowell is the first US member; its bid rests on a long public-education history, including Lowell High School (1831).",
     ["https://lowellma.gov/m/newsflash/Home/Detail/987"], N2),
    # ---- gnlc-notes-2021-2025.md §2 (2024 cohort)
    ("curitiba", "Curitiba runs programmes for entrepreneurship, innovation and sustainable urban agriculture, plus a partnership with the Human Rights Office against discrimination.",
     [BR24], N2),
    ("leme", "Leme prioritises education for people with disabilities (adapted classrooms, speech and occupational therapy) and runs the Festival EduCaipira for family and community learning.",
     [BR24], N2),
    ("recife", "Recife offers advanced technical training for disadvantaged youth and has installed solar power in 94 education units.",
     [BR24, "https://www.telanon.info/sociedade/2024/02/15/43331/cinco-cidades-lusofonas-escolhidas-pela-unesco-como-referencia-em-aprendizagem/"], N2),
    ("merida", "Mérida has 60 free education centres (from English academies to Maya-identity workshops) and the most non-formal learning spaces per 100,000 inhabitants in Mexico; it held a Festival del Aprendizaje on 15 August 2025.",
     ["https://www.sdpnoticias.com/estados/comite-de-merida-ciudad-del-aprendizaje-de-la-unesco-ya-fue-instalado/"], N2),
    ("fundao", "The jury valued Fundão's intergenerational approach, its mix of local traditions with technology, its community museums ('Casas e Lugares do Sentir') and its welcome for immigrants.",
     ["https://noticiasdacovilha.pt/fundao-e-cidade-de-aprendizagem-da-unesco/"], N2),
    ("manchester", "Manchester's bid was co-designed with more than 150 organisations and is led by the Manchester Adult Skills Network. Manchester is the only UK city that is both a UNESCO City of Literature and a City of Lifelong Learning.",
     ["https://prolificnews.com/manchester-joins-prestigious-unesco-learning-cities-network-commits-to-lifelong-learning-for-all/",
      "https://www.staffnet.manchester.ac.uk/news/display/?id=32756"], N2),
    ("liege", "Liège set three priorities: the digital divide, inclusive access to knowledge, and critical thinking.",
     ["https://www.enseignement.uliege.be/cms/c_19408734/en/liege-unesco-s-new-learning-city"], N2),
    ("galati", "Galați, like Cugir, puts the repurposing of industrial heritage at the centre of learning.",
     ["https://romania-insider.com/galati-cugir-unesco-learning-cities-february-2024"], N2),
    ("cugir", "Cugir, like Galați, puts the repurposing of industrial heritage at the centre of learning.",
     ["https://romania-insider.com/galati-cugir-unesco-learning-cities-february-2024"], N2),
    ("ho-chi-minh-city", "Community learning centres offer vocational, digital-literacy and language classes, and the city is building schools for about 25,000 extra pupils a year.",
     [HINDI], N2),
    ("la-paz", "La Paz (Baja California Sur) runs sustainability programmes (Pulmones Urbanos, BiciViernes, Ruta Cero, Plan Más Agua) and hosted the 3rd Latin American Learning Cities Forum on 5–7 November 2025.",
     ["https://tribunademexico.com/la-paz-ciudades-del-aprendizaje/"], N2),
    ("sumy", "The application was prepared during wartime by Sumy State University (Yurii Petrushenko, Hanna Shvindina) with the city council; Sumy had applied every year since 2019.",
     ["https://news.sumdu.edu.ua/en/en-news/633-unesco-indexation-of-sumy-education.html",
      "https://cukr.city/news/2024/sumy-unesco/"], N2),
    # ---- gnlc-notes-2021-2025.md §2 (2022 cohort)
    ("la-estrella", "La Estrella runs an empowerment programme for women and the LGBTIQ* community.", [DE22], N2),
    ("hina", "Hina set up ten new adult-literacy schools.", [DE22], N2),
    ("braga", "Braga uses a participatory (citizens') budget to increase public participation in urban policy.", [DE22], N2),
    ("loja", "Loja's municipal schools teach road safety, nutrition and waste separation, and the city runs the Festival Internacional de Artes Vivas and entrepreneurship support.",
     ["https://www.lahora.com.ec/loja/loja-reconocida-unesco-aprendizaje/"], N2),
    ("bouake", "Bouaké runs inclusive literacy and training programmes for women and young people (Ivorian National Commission); the city celebrated its membership on 9 February 2023.",
     ["https://www.aimf.asso.fr/actualite/bouake-celebre-son-adhesion-au-reseau-mondial-des-villes-apprenantes-de-lunesco/"], N2),
    ("pallini", "Pallini has a 2019 local action plan that uses education for sustainable development as its guide, plus a diversity, equity and inclusion policy (women, LGBTQ rights, migrants).",
     ["https://unesco-uil.pageflow.io/unesco-learning-city-of-pallini-greece"], N2),
    ("kirklees", "Kirklees has the 'Our Kirklees Futures' learning strategy to 2030 and a 2038 carbon-neutral target.",
     ["https://www.dewsburyreporter.co.uk/news/people/a-legacy-of-excellence-kirklees-announced-as-new-member-of-unesco-global-network-of-learning-cities-3904466",
      "https://uil.unesco.org/city/kirklees"], N2),
    ("derby", "Derby's stakeholders committed to an annual Festival of Learning.",
     ["https://unesco.org.uk/learning-cities/"], N2),
    ("girona", "A municipal learning-city structure (education council, children's council, vocational training council) drives 'Girona ciutat d'aprenentatge'.",
     ["https://www.diaridegirona.cat/girona/2022/09/09/girona-entra-xarxa-mundial-ciutats-75210571.html"], N2),
    ("nilambur", "Nilambur, one of India's first GNLC members (with Thrissur and Warangal), focuses on agriculture, eco-tourism, gender equality and 'zero hunger'.", IN22, N2),
    ("thrissur", "Thrissur, one of India's first GNLC members (with Nilambur and Warangal), focuses on equitable access to learning.", IN22, N2),
    ("warangal", "Warangal is one of India's first GNLC members, with Nilambur and Thrissur.", IN22, N2),
    ("hat-yai", "Hat Yai holds workshops on disaster-risk reduction to build residents' resilience to floods and landslides.",
     [HINDI], N2),

    # ---- gnlc-notes-additions.md §2 (2015-2020 part)
    ("jinan-gun", "Jinan-gun supports adult literacy, runs the residents' civic-education lecture series 'Mai Hakdang' (마이학당) and outreach learning for elderly learners, and has posted lifelong-learning leaders in all 11 towns and townships.",
     ["https://www.jjan.kr/articleAmp/20170410608383"], NA),
    ("seo-gu-busan", "Seo-gu uses learning communities for village regeneration in an ageing, run-down district, e.g. the 'Holssi talent delivery' (학습공동체 홀씨 재능배달) and 'attic' (다락방) projects.",
     ["http://www.newscj.com/news/articleView.html?idxno=545790"], NA),
    ("nam-gu-ulsan", "Nam-gu runs 'Good Father classes' (좋은 아버지 교실), village schools, 'Hanmaeum University' and a parents' academy.",
     ["http://www.ksilbo.co.kr/news/articleView.html?idxno=568235"], NA),
    ("jincheon", "Jincheon plans joint international workshops with UNESCO and youth cultural exchange linked to its International Culture & Education Special Zone.",
     ["http://www.thecm.net/news/articleView.html?idxno=18642"], NA),
    ("lagoa-acores", "Lagoa offers cultural training, guided exhibition visits and workshops under its yearly plan 'Das artes ao artesanato contemporâneo'.",
     ["http://diariodalagoa.com/arquivo/35761"], NA),
    ("benguerir", "Benguerir's learning offer is anchored by the UM6P university and the 'École d'Excellence' (an integrated lycée with preparatory classes, 3,000 places); later (2024 Award) it added a 'second-chance school' and a women's literacy drive.",
     ["https://familleactuelle.ma/?p=14046", "https://fr.allafrica.com/stories/202412040224.html"], NA),
    ("chefchaouen", "Chefchaouen has been an ecological city since 2010; its 2030 vision is built on localising the SDGs, climate and heritage.",
     ["https://familleactuelle.ma/?p=14046"], NA),
    ("arequipa", "Arequipa's application was prepared by a volunteer 'Grupo Promotor Arequipa Ciudad de Aprendizaje' with the municipal education sub-office, with seven priority areas including ESD, global citizenship and literacy.",
     ["https://larepublica.pe/sociedad/2020/09/30/unesco-reconoce-a-arequipa-como-miembro-de-la-red-de-ciudades-del-aprendizaje-lrsd"], NA),
    ("huejotzingo", "Huejotzingo runs 'Huejotzingo Limpio y Adopta un Parque' (permanent reforestation) and the youth network 'Somos Juventud Huejo'.",
     ["https://interaccionmx.com/?p=8719"], NA),
    ("kashan", "Kashan holds the 'Mentha Festival' and 'Vital Citizen Festival' learning festivals and offers mental-health education for marginalised groups.",
     ["https://uil.unesco.org/city/kashan"], NA),
    ("vitebsk", "Vitebsk's accession was prepared with DVV International's Belarus office; the certificate was handed over at the Ministry of Foreign Affairs in Minsk.",
     ["https://www.dvv-international.de/dvv-international/aktuelles/detail/witebsk-tritt-als-erste-belarussische-stadt-dem-unesco-global-network-of-learning-cities-bei/"], NA),
    ("nikopol", "The city council frames membership as recognition of Nikopol's history and as access for NGOs to international grant programmes.",
     ["http://nikopol-mrada.dp.gov.ua/news/mizhnarodnyi-den-osvity-2023"], NA),
    ("saha-gu-busan", "Saha-gu hosted an 'International Educating City Day' for IAEC Asia-Pacific member cities and was the first winner of the IAEC Educating City Award.",
     ["https://m.ilyo.co.kr/?ac=article_view&entry_id=218094"], NA),

    # ---- gnlc-notes-additions.md §2 (2024-2025 part)
    ("wollongong", "UNESCO praised Wollongong's Illawarra Multicultural Water Safety Network, Living Books, and economic-development and business-learning programmes. The city's Learning City Project began in 2021 with priorities of sustainability, health, equity, inclusion and entrepreneurship.",
     ["https://www.miragenews.com/wollongong-joins-unesco-learning-cities-roster-1589628"], NB),
    ("al-khor-and-al-thakhira", "Al Khor and Al Thakhira was admitted for spreading sustainable-development concepts and bringing the local community into development and education programmes; this completes membership of all 8 Qatari municipalities.",
     ["http://65.108.61.0/article/06/12/2025/انضمام-الخور-والذخيرة-إلى-شبكة-مدن-التعلم-العالمية"], NB),
    ("bissau", "UNESCO cited Bissau's Community Environmental Education Programme (ESD), adult literacy in national languages (the ADPP People-to-People adult literacy project) and the ADPP Vocational School, which teaches agriculture, solar energy, IT, construction and entrepreneurship (women were 40% of enrolments in 2023). Bissau is the country's first member.",
     ["https://www.correiodamanhacanada.com/bissau-integra-rede-global-de-cidades-de-apredizagem-da-unesco"], NB),
    ("ningbo", "Ningbo was cited for actively promoting continuous learning for all citizens.", [CRI], NB),
    ("tianjin", "Tianjin was cited for a complete system covering seniors' education, community education, vocational training and industry–education integration.", [CRI], NB),
    ("shenyang", "Shenyang was cited for equity and access in preschool, compulsory and vocational education.", [CRI], NB),
    ("cairo", "At the ceremony for Egypt's three 2025 learning cities (Cairo, Mansoura, Shebin El-Kom), Minister of Local Development Manal Awad announced a national Egyptian network of learning cities that will give technical support to member and applicant cities and run a national digital platform for joint planning between governorates.",
     [EG25], NB),
    ("mansoura", "At the ceremony for Egypt's three 2025 learning cities (Cairo, Mansoura, Shebin El-Kom), Minister of Local Development Manal Awad announced a national Egyptian network of learning cities that will give technical support to member and applicant cities and run a national digital platform for joint planning between governorates.",
     [EG25], NB),
    ("shebin-el-kom", "At the ceremony for Egypt's three 2025 learning cities (Cairo, Mansoura, Shebin El-Kom), Minister of Local Development Manal Awad announced a national Egyptian network of learning cities that will give technical support to member and applicant cities and run a national digital platform for joint planning between governorates.",
     [EG25], NB),
    ("kermanshah", "Kermanshah plans to use membership for structured programmes in cultural, social, media, economic and job-skills literacy, run with universities, schools and civil society.",
     ["https://www.iribnews.ir/fa/news/5660048/%DA%A9%D8%B1%D9%85%D8%A7%D9%86%D8%B4%D8%A7%D9%87-%D8%A8%D9%87-%D8%AC%D9%85%D8%B9-%D8%B4%D9%87%D8%B1%E2%80%8C%D9%87%D8%A7%DB%8C-%DB%8C%D8%A7%D8%AF%DA%AF%DB%8C%D8%B1%D9%86%D8%AF%D9%87-%D8%AC%D9%87%D8%A7%D9%86-%D9%BE%DB%8C%D9%88%D8%B3%D8%AA"], NB),
    ("nabeul", "Nabeul joined the network with Sousse on 4 December 2025 on the bid of Tunisia's Permanent Delegation to UNESCO; Tunisia now has three members (Tunis, Nabeul, Sousse).",
     ["https://www.webmanagercenter.com/2025/12/06/557324/nabeul-et-sousse-integrent-le-reseau-mondial-des-villes-apprenantes-de-lunesco/"], NB),
    ("maragheh", "IRIB calls Maragheh the first Iranian city holding WHO 'Healthy City' certification (obtained the year before) to enter the network, and presents the two titles as complementary.",
     ["https://www.iribnews.ir/fa/news/5647977/%D9%85%D8%B1%D8%A7%D8%BA%D9%87-%D8%AF%D8%B1-%D9%81%D9%87%D8%B1%D8%B3%D8%AA-%D8%B4%D9%87%D8%B1%E2%80%8C%D9%87%D8%A7%DB%8C-%DB%8C%D8%A7%D8%AF%DA%AF%DB%8C%D8%B1%D9%86%D8%AF%D9%87-%DB%8C%D9%88%D9%86%D8%B3%DA%A9%D9%88"], NB),
    ("kermanshah", "The bid was a proposal from the municipality's Cultural Organization, prepared in about a month with the Iranian National Commission; the membership certificate was signed by UIL Director Isabell Kempf. IRIB calls Kermanshah Iran's 10th member city.",
     ["https://www.mehrnews.com/news/6691851/%DA%A9%D8%B1%D9%85%D8%A7%D9%86%D8%B4%D8%A7%D9%87-%D8%A8%D9%87-%D8%B4%D8%A8%DA%A9%D9%87-%D8%AC%D9%87%D8%A7%D9%86%DB%8C-%D8%B4%D9%87%D8%B1%D9%87%D8%A7%DB%8C-%DB%8C%D8%A7%D8%AF%DA%AF%DB%8C%D8%B1%D9%86%D8%AF%D9%87-%DB%8C%D9%88%D9%86%D8%B3%DA%A9%D9%88-%D9%BE%DB%8C%D9%88%D8%B3%D8%AA",
      "https://www.iribnews.ir/fa/news/5656723/%DA%A9%D8%B1%D9%85%D8%A7%D9%86%D8%B4%D8%A7%D9%87-%D8%A8%D9%87-%D8%B4%D8%A8%DA%A9%D9%87-%D8%AC%D9%87%D8%A7%D9%86%DB%8C-%D8%B4%D9%87%D8%B1%E2%80%8C%D9%87%D8%A7%DB%8C-%DB%8C%D8%A7%D8%AF%DA%AF%DB%8C%D8%B1%D9%86%D8%AF%D9%87-%DB%8C%D9%88%D9%86%D8%B3%DA%A9%D9%88-%D9%BE%DB%8C%D9%88%D8%B3%D8%AA"], NB),
    ("fujairah", "The UAE Ministry of Culture backed Fujairah's bid through the National Commission for Education, Culture and Science; the emirate runs a 'Fujairah Learning City Project'.",
     ["https://www.wam.ae/ar/article/bn2sdsa-%D9%85%D9%86%D8%B8%D9%85%D8%A9-%D8%A7%D9%84%D9%8A%D9%88%D9%86%D8%B3%D9%83%D9%88-%D8%AA%D9%85%D9%86%D8%AD-%D8%A5%D9%85%D8%A7%D8%B1%D8%A9-%D8%A7%D9%84%D9%81%D8%AC%D9%8A%D8%B1%D8%A9-%D8%B9%D8%B6%D9%88%D9%8A%D8%A9-%D8%B4%D8%A8%D9%83%D8%AA%D9%87%D8%A7",
      "https://arablondonnews.com/اليونسكو-تمنح-الفجيرة-عضوية-شبكتها-ا"], NB),
    ("nasiriyah", "The University of Thi-Qar announced Nasiriyah's admission among the 72 new cities from 46 countries; the bid was made on the direct instruction of the Ministry of Higher Education (Scholarships and Cultural Relations Directorate) and prepared by university teams.",
     ["https://am.utq.edu.iq/2025/12/14/963"], NB),
    ("waterford", "The application was prepared jointly by Waterford City and County Council, Kilkenny County Council, the Southern Regional Assembly, SETU, Waterford Chambers and the ETBs; the Regional Spatial and Economic Strategy aims to develop the whole Southern Region as a UNESCO Learning Region.",
     ["http://crm.waterfordchamber.ie/news/details/waterford-joins-the-unesco-global-network-of-learning-cities-gnlc"], NB),
    ("andahuaylillas", "Its municipal community school (escuela comunitaria municipal) covers health and sustainability (healthy habits, community gardens), equity and inclusion (literacy, access to education) and decent work (farming and marketing). It was started by citizen Antonio Villalobos and consolidated under former mayor Juvenal Palma.",
     ["https://www.gob.pe/institucion/minedu/noticias/913500-escuela-comunitaria-de-andahuaylillas-es-reconocida-como-ciudad-del-aprendizaje"], NB),
    ("ajman", "Ajman's application file was prepared by the General Secretariat of the Ajman Executive Council with the Ministry of Culture and the National Commission; it stresses integrated work among education authorities and a goal of 'an educated generation and a skilled workforce'.",
     ["https://thedubaimail.com/ajman-joins-unesco-global-network-of-learning-cities/",
      "https://mcy.gov.ae/en/news/unesco-grants-ajman-membership-to-the-global-network-of-learning-cities"], NB),
    ("cugir", "Cugir hosted the UNESCO Global Network of Learning Cities conference on 17–18 November 2025 with the Romanian National Commission for UNESCO.",
     ["https://www.caleaeuropeana.ro/unesco-global-network-of-learning-cities-conference-for-two-days-the-city-of-cugir-was-the-epicenter-of-promoting-lifelong-learning-and-sustainable-development/"], NB),
]

# ---------------------------------------------------------------- quotes
Q1 = "notes-2015-2020 §4"
Q2 = "notes-2021-2025 §3"
QA = "notes-additions (2015-2020) §1"
QB = "notes-additions (2024-2025) §3"
SEED = "seed 002"
ED_GLOSS = "English gloss by the data editor: the research notes give the original only."

def q(cid, text, lang, gloss, speaker, role, date, source, origin, reported=False, date_note=None, note=None):
    d = OrderedDict()
    d["text"] = text
    d["lang"] = lang
    d["gloss"] = gloss
    d["speaker"] = speaker
    d["role"] = role
    d["date"] = date
    if date_note is not None:
        d["date_note"] = date_note
    d["reported"] = reported
    d["source"] = source
    if note is not None:
        d["note"] = note
    return (cid, d, origin)

AZ = "https://unesco.mfa.gov.az/en/news/3117/baku-ganja-and-gabala-joined-the-unesco-global-network-of-learning-cities-gnlc"
AZ_TEXT = ("will take their appropriate place in the international network based on the creation and distribution of "
           "knowledge, strengthening learning and skills on an equal basis, and will share their experience with other member cities")
AZ_NOTE = ("Reported speech (Azerbaijan National Commission for UNESCO): Atchoarena believes Baku, Ganja and Gabala "
           "\"will take …\"; the text is the quoted fragment.")
HANOI = "https://www.thestar.com.my/aseanplus/aseanplus-news/2025/12/06/hanoi-now-part-of-unescos-global-network-of-learning-cities"
HANOI_NOTE = ("From the Bernama-VNA article republished by The Star (seed text 002); the URL is the one the research "
              "TSV gives for this article (\"VNA/Bernama via The Star 6 Dec 2025\").")

QUOTES = [
    # ---- gnlc-notes-2015-2020.md §4
    q("izmir", "At lzmir Metropolitan Municipality, we attach importance to the concept of 'learning by living' in achieving our goal. In this sense, we see the whole city as a campus or training ground.",
      "en", None, "Tunç Soyer", "Mayor of İzmir", "2020-09",
      "https://www.dailysabah.com/life/unesco-adds-3-turkish-cities-to-its-learning-cities-list/news/amp", Q1,
      note="\"lzmir\" (with a lower-case L) is as published."),
    q("puebla", "True changes come from education, learning, and culture",
      "en", None, "Claudia Rivera Vivanco", "Municipal president of Puebla", "2020-09",
      "https://www.eluniversal.com.mx/english/puebla-joins-unesco-global-network-learning-cities", Q1,
      note="English-language rendering published by El Universal English; another English version of the same statement is published by ciudadespatrimonio.mx."),
    q("gdynia", "Gdynia's admission to the UNESCO Global Network of Learning Cities proves that all these tasks are carried out on a world-class level",
      "en", None, "Wojciech Szczurek", "Mayor of Gdynia", "2019",
      "https://polandin.com/43426663/gdynia-joins-unesco-learning-cities-network", Q1, date_note="mid-2019"),
    q("palermo", "Questo nuovo riconoscimento conferma la bontà del lavoro svolto nella nostra città da quella vasta rete coordinata dal Garante per l'infanzia e dall'assessorato alla scuola",
      "it", "confirms the value of the city-wide network's work", "Leoluca Orlando", "Mayor of Palermo", "2019-07-03",
      "https://palermo.gds.it/articoli/cultura/2019/07/03/palermo-proclamata-citta-educativa-dellunesco-9974cf2e-6116-4023-a9c7-1baf29223edb/", Q1),
    q("clermont-ferrand", "En rejoignant ce réseau mondial Unesco, la ville institue l'apprentissage tout au long de la vie de ses citoyens comme une condition essentielle de son développement",
      "fr", "by joining, the city makes lifelong learning an essential condition of its development", "Olivier Bianchi",
      "Mayor of Clermont-Ferrand", "2017-01",
      "https://www.letudiant.fr/educpros/actualite/clermont-ferrand-rejoint-le-reseau-unesco-des-villes-apprenantes.html", Q1),
    q("gelsenkirchen", "Wir freuen uns sehr über den Preis. Bildung ist der Schlüssel für die Zukunft unserer Stadt.",
      "de", "Education is the key to our city's future", "Frank Baranowski", "Lord Mayor of Gelsenkirchen", "2017-09-18",
      "https://gelsenkirchen.de/de/_meta/aktuelles/artikel/31239-oberbuergermeister-nimmt-unesco-preis-entgegen", Q1),
    q("cork", "We all live on one island – by working on the basis of an all-island approach to Learning, this agreement has a North – South dimension at a time when solidarity is needed.",
      "en", None, "Mick Finn", "Lord Mayor of Cork", "2019-05-13", IRISH, Q1),
    q("limerick", "This is a great achievement for Limerick and we are looking forward to being part of the dynamic network of international learning cities",
      "en", None, "John Buttery", "PAUL Partnership, Learning Limerick Steering Group", "2016",
      "http://www.vsopublicationsltd.ie/limerick-joins-unesco-global-network-of-learning-cities/", Q1),
    q("espoo", "We might be similar enough to collaborate on learning cities' development and have a joint contextualization of the Key Features for the Nordic Countries.",
      "en", None, "Kristiina Erkkilä", "Director of Development, Espoo", "2016",
      "https://uil.unesco.org/lifelong-learning/learning-cities/developing-learning-cities-nordic-countries", Q1,
      date_note="approximate (c. 2016)"),
    q("mayo-baleo", "Our main mission is to improve the living conditions of our people through community development that is participatory and inclusive, based on the education and training of all, without discrimination, and respecting the natural environment",
      "en", None, "ABBA", "Mayor of Mayo-Baléo", "2020-01-21",
      "https://uil.unesco.org/lifelong-learning/learning-cities/unesco-learning-city-mayo-baleo-improves-living-conditions-through", Q1,
      note="English version of the UIL story; the French version (29 Jan 2020) names the mayor \"M. Abba\"."),
    q("sorocaba", "Sorocaba, part of the triangle of cities that are responsible for one third of São Paulo's total GDP, strives to be a space for transformation and social well-being",
      "en", None, "Antonio Carlos Pannunzio", "Mayor of Sorocaba", "2015-09",
      "https://uil.unesco.org/lifelong-learning/learning-cities/creating-human-and-educational-city-sorocaba", Q1),
    q("wyndham", "The focus of the network is making cities inclusive, safe, resilient and sustainable.",
      "en", None, "Josh Gilligan", "Councillor, Learning City portfolio holder, Wyndham", "2019",
      "https://www.wyndham.vic.gov.au/news/wyndham-now-unesco-global-learning-city", Q1),
    q("swansea", "Our cities may be in different parts of the world, but we face many of the same problems, such as youth unemployment, an ageing population, and poor health.",
      "en", None, "Judith James", "Swansea University, lead of Swansea Bay learning-city partnership", "2013",
      "https://www-2018.swansea.ac.uk/press-office/news-archive/2013/swanseaisfirstcityinuktopilotunescoslearningcities.php", Q1),
    q("gelsenkirchen", "Die Stadt Gelsenkirchen zeigt in herausragender Weise, wie durch die Verankerung von Nachhaltigkeit als Leitbild aller Bildungsstrukturen eine zukunftsfähige Stadtentwicklung gelingen kann.",
      "de", "The city of Gelsenkirchen shows in an outstanding way how anchoring sustainability as the guiding principle of all educational structures can make sustainable urban development succeed.",
      "Walter Hirche", "Board member, German Commission for UNESCO", "2017-09-18",
      "https://www.unesco.de/presse/pressearchiv/2017/unesco-verleiht-learning-city-award-urkunde-an-gelsenkirchen.html", Q1,
      note=ED_GLOSS),
    q("ibadan", "Ibadan is continually striving to turn the ideal of 'inclusive education' into reality.",
      "en", None, "Oluseyi Abiodun Makinde", "Governor of Oyo State", "2019",
      "https://www.positivenaija.com/ibadan-wins-unesco-learning-city-award-2019/", Q1, date_note="Sep/Oct 2019"),
    q("al-sheehaniya-al-shahaniya", "A particular feature of Al-Sheehaniya surely is its work on environmental education for citizens of all ages.",
      "en", None, "David Atchoarena", "Director, UNESCO Institute for Lifelong Learning", "2020-09",
      "https://www.gulf-times.com/story/673520/qatars-al-sheehaniya-joins-unesco-global-network-of-learning-cities", Q1),
    q("yeonsu-gu-incheon", "Lifelong learning is a leading educational paradigm in Yeonsu-gu, a city that has shown remarkable engagement in the UNESCO Global Network of Learning Cities",
      "en", None, "David Atchoarena", "Director, UNESCO Institute for Lifelong Learning", "2020-12-09",
      "https://uil.unesco.org/press/yeonsu-gu-host-fifth-international-conference-learning-cities-2021", Q1),
    q("quibdo", "The adoption of the concept of a learning city would allow Quibdó to face the many challenges in a sustainable manner.",
      "en", None, "Martin Sanchez", "Mayor of Quibdó", "2020-09",
      "https://www.excelsio.net/2020/09/three-cities-from-colombia-join-unesco.html", Q1),
    q("yeonsu-gu-incheon", "Mankind will need to continue to prepare for global crises similar to COVID-19",
      "en", None, "Ko Nam-seok", "Head of Yeonsu-gu Office", "2020-09",
      "https://m.koreaherald.com/view.php?ud=20200909000703&np=13&mp=2", Q1),
    q("dublin", "We couldn't be more delighted with the news. It's a very prestigious award that recognises how much work has gone into creating an inclusive educational environment in our city",
      "en", None, "Denise McMorrow", "Co-chair, Dublin Learning City", "2021-10-27",
      "https://dublincityinclusion.ie/projects/dublin-city-awarded-prestigious-unesco-learning-city-award-2021", Q1),
    q("dublin", "We are committed to establishing Dublin as a Learning City and to creating inclusive lifelong learning opportunities for individuals to participate in learning socially",
      "en", None, "Nial Ring", "Lord Mayor of Dublin", "2018-12",
      "https://www.iadt.ie/news/dublin-learning-city-to-promote-accessible-and-life-long-learning", Q1),
    q("dublin", "The Irish Network has been a great help to us in Dublin and a great way to get advice, to motivate us, and a safe place for us to share the challenges we faced in our first year",
      "en", None, "Trevor Purtill", "Co-chair, Dublin Learning City", "2019-05-13",
      "https://www.dublinlearningcity.ie/news/all-island-network-of-learning-cities.html", Q1),
    q("glasgow", "Glasgow launched itself as a learning city in 1999 and this concept has been the driving force for the city's development in lifelong learning.",
      "en", None, "Jacqueline McLaren", "Lord Provost of Glasgow", "2024-12",
      "https://glasgowcityofscienceandinnovation.com/glasgow-named-scotlands-first-unesco-learning-city", Q1),

    # ---- gnlc-notes-2021-2025.md §3
    q("quezon-city", "In Quezon City, we believe that learning is not confined to classrooms alone.",
      "en", None, "Joy Belmonte", "Mayor of Quezon City", "2025-12",
      "https://mb.com.ph/2026/02/11/qc-joins-unesco-global-learning-hub", Q2,
      note="Also published at https://www.collector.com.tr/973642415"),
    q("ankara", "Biz, öğrenmenin ve üretmenin yaşı olmadığını savunan bir belediyeyiz.",
      "tr", "We are a municipality that holds that there is no age for learning and producing.", "Mansur Yavaş",
      "Mayor of Ankara", "2025-12-05",
      "https://www.odatv.com/guncel/abb-baskani-mansur-yavas-duyurdu-ankara-unesco-listesinde-120126108", Q2),
    q("lisbon", "esta distinção pertence à cidade. É o reconhecimento do trabalho diário da CML e de mais de 120 parceiros que transformaram Lisboa numa sala de aula a céu aberto",
      "pt", "this distinction belongs to the city. It is the recognition of the daily work of the City Council (CML) and of more than 120 partners who have turned Lisbon into an open-air classroom",
      "Carlos Moedas", "Mayor of Lisbon", "2025-12",
      "https://informacao.lisboa.pt/noticias/detalhe/unesco-reconhece-lisboa-como-cidade-da-aprendizagem", Q2, note=ED_GLOSS),
    q("casablanca", "Investir dans la formation continue, c'est renforcer les compétences, l'inclusion et la résilience collective de tous les Casablancais",
      "fr", "Investing in continuing education means strengthening the skills, inclusion and collective resilience of all the people of Casablanca",
      "Nabila Rmili", "Mayor of Casablanca", "2025-12", "https://www.lebrief.ma/?p=100133075", Q2, note=ED_GLOSS),
    q("oujda", "En investissant dans la formation continue, nous préparons une ville plus innovante, équitable et durable",
      "fr", "By investing in continuing education, we are preparing a more innovative, equitable and sustainable city",
      "Mohamed Azzaoui", "Mayor of Oujda", "2025-12", "https://www.lebrief.ma/?p=100133075", Q2, note=ED_GLOSS),
    q("hull", "Learning is central to Hull's ambition to raise our city out of poverty, grow our workforce, and deliver opportunities for all.",
      "en", None, "Mike Ross", "Leader, Hull City Council", "2025-12",
      "https://hullisthis.news/hull-joins-unescos-global-network-of-learning-cities", Q2),
    q("hull", "Congratulations to the City of Hull on becoming part of UNESCO's Global Network of Learning Cities.",
      "en", None, "Prof. Anne Anderson", "Chair, UK National Commission for UNESCO", "2025-12",
      "https://hullisthis.news/hull-joins-unescos-global-network-of-learning-cities", Q2),
    q("culiacan", "Este programa nos define desde una lógica de construcción de un plan de trabajo con metas, con puntos fijos",
      "es", "This programme defines us through the logic of building a work plan with goals, with fixed points",
      "Juan de Dios Gámez Mendívil", "Mayor of Culiacán", "2025-12-04",
      "https://noticieroaltavoz.com/culiacan-oficialmente-forma-parte-de-la-red-mundial-de-ciudades-del-aprendizaje-de-la-unesco", Q2,
      note=ED_GLOSS),
    q("maragheh", "We believe that lifelong learning is the foundation of sustainable development…",
      "en", None, "Shahram Morovati", "Maragheh official (as in Iran Daily)", "2025-12",
      "https://newspaper.irandaily.ir/7998/7/20301", Q2,
      note="IRIB (7 Dec 2025) gives his title as mayor of Maragheh (شهردار)."),
    q("manchester", "Our main goal is to ensure that every local resident can benefit from this designation and have access to quality lifelong learning.",
      "en", None, "Bev Craig", "Leader, Manchester City Council", "2024-02",
      "https://euronewstop.co.uk/manchester-has-been-awarded-the-title-of-unesco-city.html", Q2,
      note="Wording differs slightly in other reports (e.g. meetinmanchester.com)."),
    q("wakefield-district", "We want all our residents to have the opportunity to learn, no matter their age or where they're from.",
      "en", None, "Cllr Michael Graham", "Cabinet Member, Wakefield Council", "2024-02-14",
      "https://www.wakefield.gov.uk/your-district/wakefield-council-joins-unesco-international-lifelong-learning-network/", Q2),
    q("wakefield-district", "We are delighted to welcome Wakefield to the UNESCO Global Network of Learning Cities.",
      "en", None, "James Bridge", "Secretary-General, UK National Commission for UNESCO", "2024-02-14",
      "https://www.wakefield.gov.uk/your-district/wakefield-council-joins-unesco-international-lifelong-learning-network/", Q2),
    q("waterford", "As Mayor I would like to express how proud we are to be joining the UNESCO Learning Cities family.",
      "en", None, "Cllr Joe Conway", "Mayor of Waterford City and County", "2024",
      "https://wlrfm.com/news/waterford-joins-unesco-global-network-of-learning-cities-347546", Q2),
    q("fundao", "Este selo vai permitir-nos entrar em mais redes internacionais.",
      "pt", "This seal will let us join more international networks.", "Paulo Fernandes", "Mayor of Fundão", "2024-02",
      "https://noticiasdacovilha.pt/fundao-e-cidade-de-aprendizagem-da-unesco/", Q2),
    q("kirklees", "I am absolutely delighted that Kirklees has been chosen to become a member of the UNESCO Global Network of Learning Cities.",
      "en", None, "Cllr Will Simpson", "Cabinet Member, Kirklees Council", "2022-11",
      "https://www.dewsburyreporter.co.uk/news/people/a-legacy-of-excellence-kirklees-announced-as-new-member-of-unesco-global-network-of-learning-cities-3904466", Q2),
    q("girona", "L'acceptació de la ciutat a la xarxa és un reconeixement a la feina feta fins ara pel consistori…",
      "ca", "Girona's acceptance recognises the council's work so far.", "Marta Madrenas", "Mayor of Girona", "2022-09-09",
      "https://www.diaridegirona.cat/girona/2022/09/09/girona-entra-xarxa-mundial-ciutats-75210571.html", Q2),
    q("concepcion-del-uruguay", "Es un orgullo para todas y todos quienes vivimos en esta ciudad, haber alcanzado esta calificación…",
      "es", "It is a source of pride for all of us who live in this city to have achieved this designation…",
      "Martín Oliva", "Intendente, Concepción del Uruguay", "2022-09",
      "https://informedigital.com.ar/concepcion-del-uruguay-es-la-primera-ciudad-entrerriana-reconocida-por-la-unesco", Q2,
      note=ED_GLOSS),
    q("loja", "Este nombramiento se convierte en un reto para la ciudad y sus habitantes…",
      "es", "This appointment becomes a challenge for the city and its inhabitants…", "Patricia Picoita", "Mayor of Loja", "2022-12",
      "https://loja.gob.ec./noticia/2022-12/reconocimiento-de-loja-la-red-mundial-del-aprendizaje?page=7", Q2, note=ED_GLOSS),
    q("queretaro", "Being part of this network and holding this forum will allow us to connect with other cities in the world…",
      "en", None, "Luis Bernardo Nava", "Mayor of Querétaro", "2023-02-16",
      "https://thequeretaropost.com/2023/02/17/queretaro-will-host-the-latin-american-learning-cities-forum/", Q2,
      note="English translation by the outlet."),
    q("braga", "é um espaço de cooperação e de esperança",
      "pt", "it is a space of cooperation and hope", "Carla Sepúlveda", "Education councillor, Braga", "2025",
      "https://www.pressminho.pt/braga-acolhe-encontro-da-rede-das-cidades-de-aprendizagem-da-unesco-em-portugal", Q2,
      note="Said of the learning-cities network (per the research notes)."),

    # ---- gnlc-notes-additions.md §1 (2015-2020 part)
    q("baku", AZ_TEXT, "en", None, "David Atchoarena", "Director, UNESCO Institute for Lifelong Learning", "2020-09-23", AZ, QA,
      reported=True, date_note="virtual announcement", note=AZ_NOTE),
    q("ganja", AZ_TEXT, "en", None, "David Atchoarena", "Director, UNESCO Institute for Lifelong Learning", "2020-09-23", AZ, QA,
      reported=True, date_note="virtual announcement", note=AZ_NOTE),
    q("gabala", AZ_TEXT, "en", None, "David Atchoarena", "Director, UNESCO Institute for Lifelong Learning", "2020-09-23", AZ, QA,
      reported=True, date_note="virtual announcement", note=AZ_NOTE),
    q("vitebsk", "An important decision was made to include the first Belarusian city, Vitebsk, to the UNESCO Global Network of Learning Cities. This is an acknowledgment of the efforts that Vitebsk has put in the process of ensuring continuous education of the population.",
      "en", None, "Oleg Kravchenko", "Deputy Foreign Minister of Belarus", "2018-10-18",
      "https://belarus.by/en/press-center/speeches-and-interviews/belarus-vitebsk-joins-unesco-global-network-of-learning-cities_i_87560.html", QA),
    q("kaunas", "It is a huge recognition and offers great opportunities we must use. But it is also a commitment. We should understand that a city is not only the buildings, streets or infrastructure. First of all, a city is its people and its community on which depends if the city moves forward.",
      "en", None, "Visvaldas Varžinskas", "Kaunas City Council member responsible for the learning-city project", "2016",
      "https://baltic-review.com/unesco-kaunas-becomes-member-network-learning-cities", QA, date_note="undated source; c. 2016"),
    q("nairobi", "This will help us forge more links and partnerships and we will be in a position to have an influential role in national and world affairs.",
      "en", None, "Mike Sonko", "Governor, Nairobi City County", "2020-06-25", "https://www.kenyans.co.ke/node/54675", QA),
    q("jincheon", "이번 유네스코 글로벌 학습도시 네트워크 가입 승인으로 군의 평생교육 환경이 풍성해 질 것",
      "ko", "membership approval will enrich the county's lifelong-education environment", "Song Ki-seop (송기섭)",
      "Head (군수) of Jincheon County", "2019-07-09", "http://www.thecm.net/news/articleView.html?idxno=18642", QA),
    q("yongsan-gu-seoul", "GNLC 회원도시로서 세계 우수한 평생학습 정책을 배우고 우리 것도 국내외로 알리겠다",
      "ko", "as a member we will learn the world's best lifelong-learning policies and promote ours at home and abroad",
      "Sung Jang-hyun (성장현)", "Head of Yongsan-gu, Seoul", "2018-08", "https://insight.co.kr/news/172666", QA),
    q("seo-gu-busan", "GNLC 회원 도시로서 전 세계에 서구 평생학습의 우수성을 알리고 세계 도시의 우수사례를 적극적으로 배우는 등 … 적극적 파트너가 되기 위해 노력할 것",
      "ko", "as a GNLC member city, we will strive to be an active partner … by making the excellence of Seo-gu's lifelong learning known to the world and actively learning from other cities' good practice",
      "Gong Han-su (공한수)", "Head of Seo-gu, Busan", "2018-08-13", "http://www.newscj.com/news/articleView.html?idxno=545790", QA,
      note=ED_GLOSS),
    q("nam-gu-ulsan", "이번 일을 계기로 선진 학습도시의 시스템을 도입하고, 글로벌 시대에 맞는 학습도시 조성을 통해 행복남구 건설에 앞장서겠다",
      "ko", "taking this opportunity, we will bring in the systems of advanced learning cities and lead the building of a 'Happy Nam-gu' by creating a learning city fit for the global era",
      "Seo Dong-wook (서동욱)", "Head of Nam-gu, Ulsan", "2016-12-01", "http://www.ksilbo.co.kr/news/articleView.html?idxno=568235", QA,
      date_note="year inferred", note=ED_GLOSS),
    q("nam-gu-busan", "유네스코 글로벌 학습도시 네트워크 가입은 남구민의 평생학습에 대한 열망이 일궈낸 성과",
      "ko", "membership is the fruit of residents' aspiration for lifelong learning", "Park Jae-beom (박재범)",
      "Head of Nam-gu, Busan", "2020-09-23", "http://www.gukjenews.com/news/articleView.html?idxno=2079592", QA,
      date_note="UIL webinar"),
    q("gongju", "유네스코 글로벌 학습도시로써의 위상을 새롭게 정립하고 … ‘모두를 위한 평생학습 보장’이라는 공주시의 목표를 더욱 공고히",
      "ko", "newly establishing its standing as a UNESCO global learning city … further consolidating Gongju's goal of 'guaranteeing lifelong learning for all'",
      "Kim Jeong-seop (김정섭)", "Mayor of Gongju", "2020-09-23", "http://kor.theasian.asia/archives/274489", QA, note=ED_GLOSS),
    q("andong", "2003년 대구경북 최초의 평생학습도시 선정, 2010년 국제교육도시연합(IAEC) 가입, 2019년 유네스코 글로벌학습도시 네트워크 가입을 통해 시민과 교육이 중심되는 안동이 입증된 것",
      "ko", "selection in 2003 as the first lifelong-learning city in Daegu–Gyeongbuk, joining the International Association of Educating Cities (IAEC) in 2010 and joining the UNESCO Global Network of Learning Cities in 2019 prove that Andong is a city centred on its citizens and education",
      "Kwon Young-sae (권영세)", "Mayor of Andong", "2019-04", "https://www.imaeil.com/page/view/2019041211044019852", QA, note=ED_GLOSS),
    q("tecamachalco", "es un logro el que tenemos, después de meses de trabajo en diversas áreas que son fundamentales para el crecimiento de nuestro municipio",
      "es", "it is an achievement we have, after months of work in various areas that are fundamental to the growth of our municipality",
      "Marisol Cruz García", "Municipal president of Tecamachalco", "2019",
      "https://mail.periodicoenfoque.com.mx/municipios/tecamachalco-logra-membresia-a-la-red-de-ciudades-del-aprendizaje-de-la-unesco", QA,
      date_note="approximate (c. 2019)", note=ED_GLOSS),
    q("yazd", "سه شهر از ایران توانستند جواز حضور در شبکه جهانی شهرهای یادگیرنده را داشته باشند در صورتی که در چهار سال گذشته تنها یک یا دو شهر از ایران توانسته بودند",
      "fa", "three Iranian cities got in this year, whereas in the past four years only one or two had",
      "Jafar Amini-Moghaddam (جعفر امینی‌مقدم)", "Director, Creativity & New Technologies Centre, Yazd Municipality", "2019-08",
      "https://www.mehrnews.com/news/4693000/", QA, note="Said after Yazd's file went to Paris."),
    q("yazd", "the city of Yazd with its clay and straw walls can be instructive to the world learning cities",
      "en", None, "Hojjatollah Ayoubi", "Secretary-General, Iranian National Commission for UNESCO", "2019-08-14",
      "https://en.irna.ir/news/83436950/Yazd-joins-UNESCO-Global-Network", QA, reported=True),
    q("hashtgerd-new-city-shahr-e-jadid-e-hashtgerd", "is a good advantage that helps promote 'lifelong learning opportunities' and 'enhance quality' to attract more population",
      "en", None, "Davoud Safdari", "Managing director, Hashtgerd New Town development company", "2019-07",
      "https://en.irna.ir/news/83399602/Hashtgerd-Modern-City-joins-UNESCO-Global-Network", QA, reported=True,
      note="Reported speech: membership \"is a good advantage …\"."),
    q("bahir-dar", "The mission of Bahir Dar City is to build a competent citizen by expanding formal and non-formal education programmes and training…",
      "en", None, "Muluken Ayehu", "Head, Bahir Dar City Administration Education Office", "2015",
      "https://uil.unesco.org/lifelong-learning/learning-cities/responding-social-economic-and-environmental-issues-bahir-dar", QA,
      date_note="approximate (c. 2015, UIL city story)"),
    q("mayo-baleo", "Notre principale mission consiste à améliorer les conditions de vie de notre peuple grâce à un développement communautaire participatif et inclusif fondé sur l'éducation et la formation pour tous, sans discrimination, et en respectant l'environnement naturel",
      "fr", "Our main mission is to improve the living conditions of our people through community development that is participatory and inclusive, based on the education and training of all, without discrimination, and respecting the natural environment",
      "M. Abba", "Mayor of Mayo-Baléo", "2020-01-29",
      "https://uil.unesco.org/fr/apprendre-au-long-vie/villes-apprenantes/ville-apprenante-lunesco-mayo-baleo-ameliore-conditions-vie", QA,
      note="Gloss: UIL's own English version of the same sentence (English story dated 21 Jan 2020)."),
    q("mayo-baleo", "le développement de notre commune en tant que ville apprenante prouve que nous avons pris le bon chemin",
      "fr", "the development of our commune as a learning city proves that we have taken the right path",
      "M. Abba", "Mayor of Mayo-Baléo", "2020-01-29",
      "https://uil.unesco.org/fr/apprendre-au-long-vie/villes-apprenantes/ville-apprenante-lunesco-mayo-baleo-ameliore-conditions-vie", QA,
      note=ED_GLOSS),
    q("saha-gu-busan", "국제사회에서 인정받은 사하구의 평생학습 우수사례와 정책을 유네스코 GNLC 학습도시들에게 소개하여 국제교육도시 사하의 위상을 한층 더 높여 나갈 것",
      "ko", "will introduce Saha-gu's internationally recognised lifelong-learning practice to GNLC cities and raise its standing as an international educating city",
      "Lee Kyung-hoon (이경훈)", "Head of Saha-gu, Busan", "2016", "https://m.ilyo.co.kr/?ac=article_view&entry_id=218094", QA,
      date_note="year inferred from context: the article refers to the GNLC launch \"last September\" in Mexico City"),
    q("puebla", "The real changes come from education, learning and culture",
      "en", None, "Claudia Rivera Vivanco", "Municipal president of Puebla", "2020-09-23",
      "https://ciudadespatrimonio.mx/?lang=en&p=8434", QA,
      note="English version of the city's statement; El Universal English publishes a slightly different English wording."),
    q("corinth-korinthos", "Η Κόρινθος είναι μια πόλη με μεγάλη ιστορία και πολλά υποσχόμενο μέλλον! Στο δήμο μας έχουμε τρείς πυλώνες, την εκπαίδευση, τον πολιτισμό και τον τουρισμό.",
      "el", "Corinth is a city with a great history and a promising future; our three pillars are education, culture and tourism",
      "Vasilis Nanopoulos (Βασίλης Νανόπουλος)", "Mayor of Corinth", "2020-09-23",
      "https://hmerisiakorinthou.gr/%ce%b7-%ce%ba%cf%8c%cf%81%ce%b9%ce%bd%ce%b8%ce%bf%cf%82-%ce%b5%ce%bd%cf%84%ce%ac%cf%87%ce%b8%ce%b7%ce%ba%ce%b5-%cf%83%ce%ae%ce%bc%ce%b5%cf%81%ce%b1-%cf%83%cf%84%ce%bf-%cf%80%ce%b1%ce%b3%ce%ba%cf%8c/",
      QA + " + " + Q1),

    # ---- gnlc-notes-additions.md §3 (2024-2025 part)
    q("wollongong", "We are building a Learning City because we value access and healthy attitudes towards learning throughout life, especially in our rapidly changing world,",
      "en", None, "Cr Tania Brown", "Lord Mayor of Wollongong", "2025-12",
      "https://www.miragenews.com/wollongong-joins-unesco-learning-cities-roster-1589628", QB),
    q("ajman", "The Ministry of Culture extended support to the emirate's candidacy for the GNLC membership through the National Commission for Education, Culture and Science.",
      "en", None, "Sheikh Salem bin Khalid Al Qassimi", "UAE Minister of Culture", "2024-02-26",
      "https://mcy.gov.ae/en/news/unesco-grants-ajman-membership-to-the-global-network-of-learning-cities", QB),
    q("bikok", "J'ai toujours l'ambition d'ouvrir notre commune sur le monde, pour le mieux-être de nos habitants, notamment dans les domaines de la santé et de l'éducation.",
      "fr", "I have always aimed to open our commune to the world, for our residents' wellbeing, especially in health and education.",
      "Ottou Crescence Odette", "Mayor of Bikok", "2024-02",
      "https://fr.journalducameroun.com/lunesco-inscrit-une-nouvelle-ville-camerounaise-dans-son-reseau/", QB),
    q("galati", "Avem la Galaţi un adevărat record de investiţii în şcoli, susţinem performanţa şi excelenţa în educaţie…",
      "ro", "In Galați we have a real record of investment in schools; we support performance and excellence in education…",
      "Ionuț Pucheanu", "Mayor of Galați", "2024",
      "https://monitoruldegalati.ro/stirea-zilei/municipiul-galati-inclus-in-reteaua-globala-unesco-a-oraselor-care-invata.html", QB,
      date_note="undated archived page; after 14 Feb 2024 (it refers to the 356-city network)"),
    q("cugir", "Cugir is a small city in terms of population, but ambitious in terms of its aspirations.",
      "en", None, "Adrian Ovidiu Teban", "Mayor of Cugir", "2025-11-17",
      "https://www.caleaeuropeana.ro/unesco-global-network-of-learning-cities-conference-for-two-days-the-city-of-cugir-was-the-epicenter-of-promoting-lifelong-learning-and-sustainable-development/", QB),
    q("san-luis-potosi", "Implica un arduo trabajo que incluye al Cabildo, así como a distintas direcciones municipales, además de la asignación de presupuesto para invertir en la educación con resultados a largo plazo",
      "es", "It involves hard work by the council and several municipal departments, plus a budget for education with long-term results",
      "Enrique Galindo Ceballos", "Mayor of San Luis Potosí", "2024",
      "https://pulsoslp.com.mx/amp/slp/la-unesco-reconoce-a-san-luis-potosi-como-ciudad-del-aprendizaje/1761982", QB,
      date_note="designation ceremony"),
    q("nasiriyah", "هذا الإنجاز يمثل محطة مهمة في مسار تعزيز التعلّم مدى الحياة في المحافظة، ويدعم توجهات التنمية المستدامة…",
      "ar", "This achievement is an important milestone in promoting lifelong learning in the province and supports sustainable-development goals",
      "Kamal Hamed Al-Yasiri", "President, University of Thi-Qar", "2025-12-14", "https://am.utq.edu.iq/2025/12/14/963", QB),
    q("waterford", "Becoming a Learning City will help achieve progress in disadvantaged areas and marginalised communities and will develop our knowledge, innovation and strong skills base our future.",
      "en", None, "Terry Shannon", "Cathaoirleach, Southern Regional Assembly", "2024",
      "https://wlrfm.com/news/waterford-joins-unesco-global-network-of-learning-cities-347546", QB),
    q("muscat", "It encourages learning within families and communities, facilitates learning for work and on the job, expands the use of modern learning technologies,",
      "en", None, "Ali bin Muhammed Al-Saidi", "Wali of Muscat", "2024-02",
      "https://timesofoman.com/article/142206-unesco-learning-city-award-to-muscat-a-great-honour", QB,
      note="He is describing the learning-city concept."),
    q("fujairah", "إن انضمام الإمارة إلى الشبكة يعد شهادة على رؤيتها الاستراتيجية في توسيع فرص التعلم مدى الحياة وتنمية اقتصاد قائم على المعرفة المستدامة",
      "ar", "The emirate's joining the network testifies to its strategic vision of widening lifelong-learning opportunities and growing a sustainable knowledge economy",
      "Sheikh Salem bin Khalid Al Qassimi", "UAE Minister of Culture", "2025-12", 
      "https://www.khaleejtimes.com/arabic/uae/%D8%A5%D9%86%D8%AC%D8%A7%D8%B2-%D8%A5%D9%85%D8%A7%D8%B1%D8%A7%D8%AA%D9%8A-%D8%AC%D8%AF%D9%8A%D8%AF%D8%A7%D9%84%D9%81%D8%AC%D9%8A%D8%B1%D8%A9-%D8%B6%D9%85%D9%86-%D8%B4%D8%A8%D9%83%D8%A9-%D8%A7%D9%84%D9%8A%D9%88%D9%86%D8%B3%D9%83%D9%88-%D9%84%D9%85%D8%AF%D9%86-%D8%A7%D9%84%D8%AA%D8%B9%D9%84%D9%85",
      QB, date_note="6–7 Dec 2025",
      note="WAM and Emarat Al Youm carry a longer reported-speech version."),
    q("maragheh", "پیوستن مراغه به شبکه جهانی شهرهای یادگیرنده، گامی مهم در جهت توسعه پایدار و افزایش سرمایه‌های انسانی شهر است.",
      "fa", "Maragheh's joining the GNLC is an important step towards sustainable development and growing the city's human capital.",
      "Shahram Morovati", "Mayor of Maragheh", "2025-12-07",
      "https://www.iribnews.ir/fa/news/5647977/%D9%85%D8%B1%D8%A7%D8%BA%D9%87-%D8%AF%D8%B1-%D9%81%D9%87%D8%B1%D8%B3%D8%AA-%D8%B4%D9%87%D8%B1%E2%80%8C%D9%87%D8%A7%DB%8C-%DB%8C%D8%A7%D8%AF%DA%AF%DB%8C%D8%B1%D9%86%D8%AF%D9%87-%DB%8C%D9%88%D9%86%D8%B3%DA%A9%D9%88",
      QB, note="IRIB gives the title شهردار (mayor); Iran Daily calls him a Maragheh official."),

    # ---- seed 002 (Bernama-VNA via The Star)
    q("hanoi", "Deputy Minister of Foreign Affairs and Chairman of the Vietnam National Commission for UNESCO Ngo Le Van described Hanoi’s admission to the Global Network of Learning Cities as a step to carry out the Party and State’s policies for facilitating life-long learning and developing a learning society.",
      "en", None, "Ngo Le Van", "Deputy Minister of Foreign Affairs and Chairman of the Vietnam National Commission for UNESCO",
      "2025-12", HANOI, SEED, reported=True, date_note="published 6 Dec 2025", note=HANOI_NOTE),
    q("hanoi", "Ambassador Nguyen Thi Van Anh, Permanent Representative of Vietnam to UNESCO, said this is a shared joy of Hanoi and Vietnam, marking another significant success in the fruitful cooperation between the country and UNESCO.",
      "en", None, "Nguyen Thi Van Anh", "Ambassador, Permanent Representative of Viet Nam to UNESCO",
      "2025-12", HANOI, SEED, reported=True, date_note="published 6 Dec 2025", note=HANOI_NOTE),
]

# ---------------------------------------------------------------- build + checks
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
LANG_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]+)*$")

# ids that data/cities/cities.json (import-tsv.mjs + decisions.json) spells
# differently from the strict TSV-name slug.  Applied unless --tsv-ids is given.
ALIGN = {
    "al-sheehaniya-al-shahaniya": "al-sheehaniya",
    "al-wakrah-al-wakra": "al-wakrah",
    "corinth-korinthos": "corinth",
    "hashtgerd-new-city-shahr-e-jadid-e-hashtgerd": "hashtgerd-new-city",
    "s-nderborg": "sonderborg",
}
CITIES_JSON = os.path.join(ROOT, "data", "cities", "cities.json")


def main():
    align = "--tsv-ids" not in sys.argv[1:]
    known = cities()
    if align:
        with open(CITIES_JSON, encoding="utf-8") as f:
            known = {c["id"]: c for c in json.load(f)["cities"]}
    errors = []
    stories = {}

    def story(cid):
        if align:
            cid = ALIGN.get(cid, cid)
        if cid not in known:
            errors.append(f"unknown id {cid}")
        if cid not in stories:
            stories[cid] = OrderedDict([("id", cid), ("awards", []), ("initiatives", []), ("quotes", [])])
        return stories[cid]

    for year, ids in AWARDS.items():
        for cid in ids:
            story(cid)["awards"].append(OrderedDict([("year", year), ("source", AW[year])]))
    for cid, text, sources, _origin in INITIATIVES:
        story(cid)["initiatives"].append(OrderedDict([("text", text), ("sources", list(sources))]))
    for cid, d, _origin in QUOTES:
        story(cid)["quotes"].append(d)

    for cid, s in stories.items():
        s["awards"].sort(key=lambda a: a["year"])
        years = [a["year"] for a in s["awards"]]
        if len(years) != len(set(years)):
            errors.append(f"{cid}: duplicate award year")
        texts = [i["text"] for i in s["initiatives"]]
        if len(texts) != len(set(texts)):
            errors.append(f"{cid}: duplicate initiative")
        qk = [(x["text"], x["speaker"]) for x in s["quotes"]]
        if len(qk) != len(set(qk)):
            errors.append(f"{cid}: duplicate quote")
        for i in s["initiatives"]:
            if not i["sources"]:
                errors.append(f"{cid}: initiative without source")
            if len(i["sources"]) != len(set(i["sources"])):
                errors.append(f"{cid}: repeated source")
            for u in i["sources"]:
                if not re.match(r"^https?://", u):
                    errors.append(f"{cid}: bad url {u}")
        for x in s["quotes"]:
            if not DATE_RE.match(x["date"]):
                errors.append(f"{cid}: bad date {x['date']}")
            if not LANG_RE.match(x["lang"]):
                errors.append(f"{cid}: bad lang {x['lang']}")
            if (x["lang"] == "en") != (x["gloss"] is None):
                errors.append(f"{cid}: gloss/lang mismatch {x['text'][:30]}")
            if not re.match(r"^https?://", x["source"]):
                errors.append(f"{cid}: bad url {x['source']}")
            for k in ("text", "speaker", "role"):
                if not x[k].strip():
                    errors.append(f"{cid}: empty {k}")
        for a in s["awards"]:
            if a["year"] not in (2015, 2017, 2019, 2021, 2024):
                errors.append(f"{cid}: bad award year")

    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)

    # report (never fail) ids that cities.json does not know, when it exists
    if not align and os.path.exists(CITIES_JSON):
        with open(CITIES_JSON, encoding="utf-8") as f:
            cj = {c["id"] for c in json.load(f)["cities"]}
        for cid in sorted(stories):
            if cid not in cj:
                print(f"note: id {cid} not in cities.json", file=sys.stderr)

    doc = OrderedDict([("format", "learning-cities/stories"), ("version", 1),
                       ("stories", [stories[k] for k in sorted(stories)])])
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    n_aw = sum(len(s["awards"]) for s in stories.values())
    n_in = sum(len(s["initiatives"]) for s in stories.values())
    n_q = sum(len(s["quotes"]) for s in stories.values())
    print(f"stories={len(stories)} awards={n_aw} initiatives={n_in} quotes={n_q}")

if __name__ == "__main__":
    main()
