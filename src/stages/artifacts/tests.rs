//! One golden case per rule, each beside a near miss that must stay, in the six languages.

use crate::config::Removals;
use crate::Normalizer;

fn fix(lang: &str, input: &str) -> String {
    Normalizer::builder()
        .language(lang)
        .disable("names")
        .build()
        .unwrap()
        .normalize(input)
        .text
}

/// (language, input, expected output)
const CASES: &[(&str, &str, &str)] = &[
    // teaser.label, and sentences with the same word that stay
    ("en", "Body.\n\nSIGHT: Putin puts his forces on high alert\n\nMore body.", "Body.\n\nMore body."),
    ("en", "Body.\nLook: the numbers speak for themselves.", "Body.\nLook: the numbers speak for themselves."),
    // a label left untranslated is a label whatever the text's language
    ("en", "Body.\n\nMIRA: Putin pone sus fuerzas nucleares en alerta\n\nMore body.", "Body.\n\nMore body."),
    ("en", "Body.\nLIVE | Ukraine maintains control of Kiev\nEnd.", "Body.\nEnd."),
    ("en", "Body.\nALIVE | Russia-Ukraine war: latest news of June 6\nEnd.", "Body.\nEnd."),
    ("en", "Body.\nPHOTO | Consequences of the missile strike on the center of Sumy\nEnd.", "Body.\nEnd."),
    // A credit after the label is chrome: its surname in capitals is fixed, the line kept.
    ("en", "Body.\nPHOTO: Sergei SUPINSKY / AFP\nEnd.", "Body.\nPHOTO: Sergei Supinsky / AFP\nEnd."),
    // A marker of what the linked page holds before the headline.
    ("en", "Body.\n\nWATCH: [VIDEO] Kuleba after the meeting: “Ukraine has not surrendered”\n\nEnd.", "Body.\n\nEnd."),
    ("en", "Live coverage continued through the night.", "Live coverage continued through the night."),
    // Topics under a heading of tags; a heading of the article's own over a sentence stays.
    ("en", "Body.\nRelated Topics\nRussia-Ukraine war\nKramatorsk\n", "Body.\n"),
    ("en", "Body.\nRelated Topics\nRussia-Ukraine war\nThe talks covered grain.\n", "Body.\nRussia-Ukraine war\nThe talks covered grain.\n"),
    // A toggle's label over its button; a heading over its own list stays.
    ("en", "Body.\nKey events\nShow key events only\nText.", "Body.\nText."),
    ("en", "Body.\nKey events\n1h ago Ukrainian air force says 75 missiles launched\nText.", "Body.\nKey events\n1h ago Ukrainian air force says 75 missiles launched\nText."),
    // A rule over chrome goes with it; a rule over the article's own line stays.
    ("en", "Text.\n\n___\n\nFollow AP's coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine\n", "Text.\n"),
    ("en", "Text.\n\n___\n\nAssociated Press writers in Kyiv contributed.\n", "Text.\n\n___\n\nAssociated Press writers in Kyiv contributed.\n"),
    // A byline in capitals signed by its agency in title case; capitals that name no one stay.
    ("en", "By JIM HEINTZ and YURAS KARMANAU Associated Press\nText.", "By Jim Heintz and Yuras Karmanau Associated Press\nText."),
    ("en", "By NATO TROOPS Associated Press\nText.", "By NATO TROOPS Associated Press\nText."),
    // Reactions counted under an aggregator's copy; a sentence with a figure stays.
    ("en", "Text.\n👍 1.4K  💬 212  ↗ Share\n", "Text.\n"),
    ("en", "Text.\n1.4K people shared the post.\n", "Text.\n1.4K people shared the post.\n"),
    // A credit in brackets at a caption's end.
    ("en", "A flooded street in Kherson [Oleksandr GIMANOV/AFP]\nText.", "A flooded street in Kherson [Oleksandr Gimanov/AFP]\nText."),
    ("en", "Body.\nSource: Al Jazeera and news agencies\n", "Body.\n"),
    // A label naming the site; a sentence opening with the same words stays.
    ("en", "Body.\n\nALSO ON LSM: Baltic Defence Line: the first obstacles placed\n\nEnd.", "Body.\n\nEnd."),
    ("en", "Body.\nAlso on Monday: the talks resumed in Riga.\nEnd.", "Body.\nAlso on Monday: the talks resumed in Riga.\nEnd."),
    // chrome.menu: a menu in capitals with no separators left, sections and language codes
    ("en", "The talks went on.\nNEWSPOLITICSECONOMYWORLDSPORTCULTUREHRVEN\nMore body.", "The talks went on.\nMore body."),
    ("en", "The talks went on.\nUNITEDNATIONSWORLDFOODPROGRAMME\nMore.", "The talks went on.\nUNITEDNATIONSWORLDFOODPROGRAMME\nMore."),
    // a row of tags with their counts of articles; a sentence with figures in parentheses stays
    ("en", "The talks went on.\nDnipro (5714)   missile strike (2090)   war (31872)", "The talks went on."),
    ("en", "Deaths rose in Kharkiv (12) and Sumy (3)", "Deaths rose in Kharkiv (12) and Sumy (3)"),
    ("es", "Texto.\nLEA TAMBIÉN: Zelenski pide más armas a la OTAN\nFin.", "Texto.\nFin."),
    ("es", "Texto.\nMira: los números hablan por sí solos.", "Texto.\nMira: los números hablan por sí solos."),
    ("fr", "Texte.\nÀ LIRE AUSSI : Kiev sous les bombes\nFin.", "Texte.\nFin."),
    ("de", "Text.\nLESEN SIE AUCH: Selenskyj fordert mehr Waffen\nEnde.", "Text.\nEnde."),
    ("pt", "Texto.\nLEIA TAMBÉM: Zelensky pede mais armas\nFim.", "Texto.\nFim."),
    ("it", "Testo.\nLEGGI ANCHE: Zelensky chiede più armi\nFine.", "Testo.\nFine."),
    // teaser.headline-list, and a list of facts that stays
    (
        "en",
        "Body.\n\n  • Ukraine compares bombing of Kiev to that of 1941\n  • Why did Russia invade Ukraine and what are the arguments?\n  • NATO activates its defense troops for the first time\n\nEnd.",
        "Body.\n\nEnd.",
    ),
    (
        "en",
        "Body.\n\nMost popular\n  • Tajikistan opens new hydropower unit on the Vakhsh river\n  • Kyrgyz som hits record high against the dollar\n",
        "Body.\n",
    ),
    (
        "en",
        "Most popular\nThe plan has two parts, the minister said.\n  • Freezing the assets of the central bank\nEnd.",
        "The plan has two parts, the minister said.\n  • Freezing the assets of the central bank\nEnd.",
    ),
    (
        "en",
        "The measures include:\n• Freezing the assets of the central bank\n• Closing the airspace to Russian planes\n• Cutting banks from the SWIFT system\nEnd.",
        "The measures include:\n• Freezing the assets of the central bank\n• Closing the airspace to Russian planes\n• Cutting banks from the SWIFT system\nEnd.",
    ),
    // figures and results are the article's own lists, whatever their shape
    (
        "en",
        "The figures break down as follows.\n  • 4.2 million tonnes of grain and oilseeds shipped by sea\n  • 312 vessels handled at Odesa and Chornomorsk\n  • 61% of cargo bound for Asia and Africa\nEnd.",
        "The figures break down as follows.\n  • 4.2 million tonnes of grain and oilseeds shipped by sea\n  • 312 vessels handled at Odesa and Chornomorsk\n  • 61% of cargo bound for Asia and Africa\nEnd.",
    ),
    (
        "en",
        "The top finishers were confirmed.\n  • Kateřina Horáková (CZE) 2:21:47\n  • Siobhán Ní Bhriain (IRL) 2:22:30\n  • Agnieszka Wójcik (POL) 2:23:05\nEnd.",
        "The top finishers were confirmed.\n  • Kateřina Horáková (CZE) 2:21:47\n  • Siobhán Ní Bhriain (IRL) 2:22:30\n  • Agnieszka Wójcik (POL) 2:23:05\nEnd.",
    ),
    // amounts after their currency and scores with a hyphen are data too; a season is no score
    (
        "en",
        "Closing levels\n  • LQ45: 771.40 (+1.02%)\n  • Rupiah: Rp16,250 per US$ (+0.3%)\n  • Newcastle coal futures: US$104.50 a tonne (+2.1%)\n  • Crude palm oil on Bursa Malaysia: 4,612 ringgit a tonne\nEnd.",
        "Closing levels\n  • LQ45: 771.40 (+1.02%)\n  • Rupiah: Rp16,250 per US$ (+0.3%)\n  • Newcastle coal futures: US$104.50 a tonne (+2.1%)\n  • Crude palm oil on Bursa Malaysia: 4,612 ringgit a tonne\nEnd.",
    ),
    (
        "en",
        "The club's record\n  • Palmeiras 0-0 Porto at the Club World Cup\n  • Palmeiras 2-0 Al Ahly in New Jersey\n  • Inter Miami 2-2 Palmeiras in Miami\nEnd.",
        "The club's record\n  • Palmeiras 0-0 Porto at the Club World Cup\n  • Palmeiras 2-0 Al Ahly in New Jersey\n  • Inter Miami 2-2 Palmeiras in Miami\nEnd.",
    ),
    (
        "en",
        "Body.\n  • Premier League 2024-25 fixtures announced for opening weekend\n  • Arsenal sign striker from Brentford in record deal\n  • Chelsea appoint new head coach after long search\nEnd.",
        "Body.\nEnd.",
    ),
    // an article's summary before its text repeats the text's figures and stays; a list of
    // other articles does not
    (
        "en",
        "Moldova's ruling party keeps majority\n\n  • PAS wins 50.2% of the vote with almost all ballots counted\n  • Pro-Russian Patriotic Bloc second on 24.2%\n  • Turnout of 52.2%, including a record diaspora vote\n\nWith 99.9% of ballots counted, PAS had 50.2% of the vote, ahead of the bloc on 24.2%.\n\n  • Zelensky visits Washington for talks on 20 billion in aid\n  • Russia launches 40 drones at Odesa overnight\n  • Grain prices rise 3% after the port attack\n",
        "Moldova's ruling party keeps majority\n\n  • PAS wins 50.2% of the vote with almost all ballots counted\n  • Pro-Russian Patriotic Bloc second on 24.2%\n  • Turnout of 52.2%, including a record diaspora vote\n\nWith 99.9% of ballots counted, PAS had 50.2% of the vote, ahead of the bloc on 24.2%.\n",
    ),
    // a bulleted headline beside a bulleted teaser with its label; two bullets alone stay
    (
        "en",
        "Strike on Dnipro\n\n  • LIVE | Russia's war against Ukraine, minute by minute\n  • Ukraine receives the first F-16 fighter jets: what changes at the front\n\nBody text.\n\n  • Air defence shot down most drones overnight\n  • Two people were injured in the city\n\nEnd text.",
        "Strike on Dnipro\n\nBody text.\n\n  • Air defence shot down most drones overnight\n  • Two people were injured in the city\n\nEnd text.",
    ),
    // an aggregator's feed: headlines with their ages (`14h`) are items as bullets are; a line
    // alone ending so stays
    (
        "en",
        "Body.\nThe museum printed the statue in 3d\nBody.\nBiden makes surprise visit to Kyiv ahead of anniversary  1d\nPutin suspends participation in New START treaty  14h\nWagner chief says ammunition shortages slow Bakhmut push  3h\n\nEnd.",
        "Body.\nThe museum printed the statue in 3d\nBody.\nEnd.",
    ),
    // under a heading, a numbered list of headlines goes; a numbered list with no heading stays
    (
        "pt",
        "Texto.\nMais lidas\n1. Moldávia vota em referendo sobre adesão à União Europeia\n2. Zelensky apresenta plano de vitória ao Parlamento\n",
        "Texto.\n",
    ),
    (
        "en",
        "Key points\n1. Russia launched forty drones at the port overnight\n2. Air defences shot down most of them near the city\n3. Grain exports will resume on Monday, officials say\nEnd.",
        "Key points\n1. Russia launched forty drones at the port overnight\n2. Air defences shot down most of them near the city\n3. Grain exports will resume on Monday, officials say\nEnd.",
    ),
    // under a `Related` heading, headlines with figures are headlines too
    (
        "en",
        "Body.\nRelated\n  • Vilnius airport suspended flights again because of balloons\n  • Lukashenko pardoned 31 Ukrainians and 2 Lithuanians\n\nMore body.",
        "Body.\nMore body.",
    ),
    // a teaser label alone heads the bulleted headlines under it
    (
        "en",
        "Body.\nREAD TOO:\n• In Kharkov district a drone hit a car of volunteers\n• Shelling of Kupyansk: a woman was wounded\nMore body.",
        "Body.\nMore body.",
    ),
    // two headlines end the document: other articles; two bullets above the body are its summary
    (
        "en",
        "Body.\nSource: Ukrinform\n  • Russians hit the cathedral in Odesa: UNESCO reacted\n  • Romania condemned the attack on Izmail near its border\n",
        "Body.\n",
    ),
    (
        "en",
        "Headline\n  • Poland opens doors to refugees with reception centers\n  • More than 200,000 people remain trapped in Mariupol\nKYIV: The body begins here.",
        "Headline\n  • Poland opens doors to refugees with reception centers\n  • More than 200,000 people remain trapped in Mariupol\nKYIV: The body begins here.",
    ),
    // a headline with its kicker after a label; a two-word label in sentence case; one word must be in capitals
    ("en", "Body.\nREAD ALSO: Sparta fans will pay again. The commission punished the pyrotechnics\nEnd.", "Body.\nEnd."),
    ("en", "Body.\nRead also: The Central Bank raised the key rate. What will happen to deposits\nEnd.", "Body.\nEnd."),
    ("en", "Body.\nREAD ALSO: The fans paid. The commission punished the club.\nEnd.", "Body.\nREAD ALSO: The fans paid. The commission punished the club.\nEnd."),
    ("en", "Body.\nSee: The numbers speak for themselves\nEnd.", "Body.\nSee: The numbers speak for themselves\nEnd."),
    // an aggregator's stamps: an age and a reading time after a bullet, a date and a reading time
    // after a dash, a section and an agency before the stamp; a dash after a place stays
    ("en", "Headline\n • 2d • 3 min read\n\nBody of the article.", "Headline\nBody of the article."),
    ("en", "Headline\nJul 8, 2024 - 3 min read\n\nBody of the article.", "Headline\nBody of the article."),
    (
        "en",
        "Headline\nWorld News | Agence France-Presse | Updated: July 23, 2023 7:16 pm IST\n\nBody of the article.",
        "Headline\nBody of the article.",
    ),
    ("en", "Headline\nKharkiv - 3 killed\n\nBody of the article.", "Headline\nKharkiv - 3 killed\n\nBody of the article."),
    // a byline all in capitals, as the Associated Press writes it; capitals that are no names stay
    (
        "en",
        "Headline\nBy HANNA ARHIROVA and SUSIE BLANN\n\nBody of the article.",
        "Headline\nBy Hanna Arhirova and Susie Blann\n\nBody of the article.",
    ),
    ("en", "Headline\nBy NATO TROOPS\n\nBody of the article.", "Headline\nBy NATO TROOPS\n\nBody of the article."),
    // a site's name and a stamp; a label MT renders from Romanian
    ("en", "Headline\nDigi24 | 06.09.2023, 14:10\n\nBody of the article.", "Headline\nBody of the article."),
    ("en", "Body.\n\nSEE AND: What remains of the old lighthouse on the island\n\nEnd.", "Body.\n\nEnd."),
    // a channel's prompt with its call after a colon (MT of `Наш канал в Telegram: подпишитесь`)
    ("en", "Body of the article.\nTASS in Telegram: subscribe\nEnd of it.", "Body of the article.\nEnd of it."),
    // a comma closes the call; a button's verb that adds the site to a channel; a mailing list
    ("en", "Body.\n\nUNIAN news on Telegram: subscribe, only verified information", "Body."),
    ("en", "Body.\nAdd RBC-Ukraine to your Google News sources\n\nEnd.", "Body.\nEnd."),
    ("en", "Body.\n\nMediazona is blocked in Russia. Subscribe to our mailing list so as not to lose us", "Body."),
    // a news agency's section over the headline; the Pravda network's link under the text
    (
        "en",
        "Russian Politics & Diplomacy\n\nRussia, US agree to restore work of embassies\n\nRIYADH, February 18. /TASS/. Talks went on.",
        "Russia, US agree to restore work of embassies\n\nRIYADH, February 18. /TASS/. Talks went on.",
    ),
    ("en", "Body of the article.\n\nRead on the website", "Body of the article."),
    // a row of hashtags; a newsletter's pitch that names its hour; a German MT notice that
    // speaks of its spelling; credit lines
    ("en", "The talks ended on Friday.\n\n#TrumpPutin #summit #Alaska #agreement", "The talks ended on Friday."),
    (
        "en",
        "The talks ended on Friday.\n#1 in the charts was a hit #again and #again",
        "The talks ended on Friday.\n#1 in the charts was a hit #again and #again",
    ),
    ("fr", "Texte.\nRecevez chaque matin l'essentiel de l'actualité internationale\nFin.", "Texte.\nFin."),
    (
        "de",
        "Titel\nMaschinelle Übersetzung aus dem Russischen. Die Schreibweise von Namen wurde nicht redaktionell geprüft.\nText.",
        "Titel\nText.",
    ),
    ("en", "The talks ended.\n\nMain image credit: KPRM/Flickr (under CC BY-NC-ND 2.0)", "The talks ended."),
    ("en", "The talks ended.\n\nUsed photographs: Ministry of Defense of the Russian Federation", "The talks ended."),
    // a regional site's name over the headline, as machine translation renders it
    (
        "en",
        "News of Zaporozhye\n\nZelensky introduced the new head of the region\n\nOn Sunday the president visited.",
        "Zelensky introduced the new head of the region\n\nOn Sunday the president visited.",
    ),
    // WordPress share rows in Portuguese; a German forum's counter
    ("pt", "Texto.\n\nCompartilhe isso:\nCurtir isso:\nCurtir Carregando...", "Texto."),
    ("de", "Text.\nDiskussion im Forum (0 Beiträge)\nEnde.", "Text.\nEnde."),
    // a trail that lost its separators; a source with its country
    ("fr", "Accueil Europe Ukraine\nGuerre en Ukraine : Wagner revendique la prise de Bakhmout\n\nTexte.", "Guerre en Ukraine : Wagner revendique la prise de Bakhmout\n\nTexte."),
    ("en", "Body of the article.\n\nSource: ABC (Spain)", "Body of the article."),
    // a label opening with a word of one letter, in sentence case
    ("fr", "Texte.\nÀ lire aussi : Guerre en Ukraine : comment Kiev a pris l'armée russe de vitesse\nFin.", "Texte.\nFin."),
    // a label in capitals with an `also` the list does not write, before or after the label's
    // words; a sentence in capitals with one stays
    ("en", "Text.\nALSO CHECK: Farmers block Medyka. \"Grain from Ukraine is ruining us\"\nEnd.", "Text.\nEnd."),
    ("en", "Text.\nEARLIER ON THE TOPIC: Lukashenko signed another pardon decree\nEnd.", "Text.\nEnd."),
    ("en", "Text.\nPHOTO REPORT | The city said goodbye to the victims of the attack\nEnd.", "Text.\nEnd."),
    ("en", "Text.\nTHIS MAY ALSO INTEREST YOU: Orbán: we must stay out of this war\nEnd.", "Text.\nEnd."),
    ("en", "Text.\nWE ALSO CHECKED: the figures add up\nEnd.", "Text.\nWE ALSO CHECKED: the figures add up\nEnd."),
    // a newsletter box's pitch and its button in the reader's first person, or with the reader's
    // mailbox; the same verb in an article's sentence stays
    ("fr", "Texte.\nNewsletter Livres : recevez chaque jeudi notre sélection de romans et d’essais. Je m’inscris\nFin.", "Texte.\nFin."),
    ("fr", "Texte.\nPour voter, il a dit : je m'inscris.\nFin.", "Texte.\nPour voter, il a dit : je m'inscris.\nFin."),
    ("de", "Text.\nDie wichtigsten Kulturthemen der Woche jeden Freitag in Ihrem Postfach. Jetzt kostenlos abonnieren!\nEnde.", "Text.\nEnde."),
    // a headline without a bullet under a `Related` heading; a page cut short after one stays
    ("en", "Body.\n\nRELATED NEWS\nMeteorology warned 14 provinces: orange code for the Black Sea\n\nMore body.", "Body.\n\nMore body."),
    // a heading that names its source (`More from Reuters`) heads a list; a row of items does not
    (
        "en",
        "Body.\n\nMore from Reuters\nEU agrees to suspend visa deal with Russia, ministers say\nGrain ship leaves Odesa as exports pick up pace\n\nMore body.",
        "Body.\n\nMore body.",
    ),
    (
        "en",
        "Body.\n\nRelated news\n\nRegarding Ukraine’s entry into NATO, in a videoconference message to leaders of the Nordic and Baltic countries convened",
        "Body.\n\nRegarding Ukraine’s entry into NATO, in a videoconference message to leaders of the Nordic and Baltic countries convened",
    ),
    // chrome.reader-prompt in any wording, and sentences that stay
    ("en", "Body.\nSubscribe to our Telegram channel so as not to miss the main news of the economy\nEnd.", "Body.\nEnd."),
    ("en", "Body.\nIf you notice a mistake, select the required text and press Ctrl+Enter to inform the editors\nEnd.", "Body.\nEnd."),
    ("es", "Texto.\nSíguenos en Facebook, X e Instagram para no perderte ninguna novedad\nFin.", "Texto.\nFin."),
    ("it", "Testo.\nIscriviti alla newsletter per ricevere ogni mattina le notizie del basket europeo\nFine.", "Testo.\nFine."),
    ("en", "Body.\nFollow the money, the investigators said.\nEnd.", "Body.\nFollow the money, the investigators said.\nEnd."),
    ("en", "Body.\n“Subscribe to my Telegram channel,” he told the crowd.\nEnd.", "Body.\n“Subscribe to my Telegram channel,” he told the crowd.\nEnd."),
    ("en", "Body.\nThe channel said it would appeal.\nEnd.", "Body.\nThe channel said it would appeal.\nEnd."),
    // a comment counter, a credit abbreviated as MT renders the Polish `Fot.`, a banner's button
    ("en", "Body.\nDiscussion (112 posts)\nEnd.", "Body.\nEnd."),
    ("en", "Body.\nDiscussion (in Parliament) went on for hours\nEnd.", "Body.\nDiscussion (in Parliament) went on for hours\nEnd."),
    ("en", "Body.\n\nPhot. Shutterstock\n\nEnd.", "Body.\n\nEnd."),
    ("pt", "Usamos cookies para melhorar a sua experiência. Ao continuar, você concorda.\nOK\n\nTexto.", "Texto."),
    ("en", "“Are you ready?”\nOK\nEnd.", "“Are you ready?”\nOK\nEnd."),
    // a labelled teaser inside a bullet run makes it a list of other articles' headlines
    (
        "en",
        "Body.\n\n  • NATO responds to Putin for putting the forces on “high alert”\n  • LIVE | Ukraine keeps control of Kiev\n  • “This invasion is the sole responsibility of Putin”\n\nEnd.",
        "Body.\n\nEnd.",
    ),
    // teaser.dangling-intro, and a colon that introduces what follows, or ends a longer paragraph
    ("en", "The talks ended.\n\nThis is how a humanitarian corridor works in Kyiv — see:", "The talks ended."),
    ("de", "Die Gespräche endeten.\n\nSo funktioniert ein humanitärer Korridor:", "Die Gespräche endeten."),
    ("en", "The talks ended.\n\nThe demands were these:\nNo troops in the east.", "The talks ended.\n\nThe demands were these:\nNo troops in the east."),
    ("en", "The talks ended. Officials listed three demands:", "The talks ended. Officials listed three demands:"),
    // chrome.breadcrumb, and a short headline right after the marker that stays
    (
        "en",
        "You are here\n\nRussia-Ukraine Conflict\n\nUN: Ukraine exodus is the fastest growing refugee crisis\n\nPeople arrived in Berlin.",
        "UN: Ukraine exodus is the fastest growing refugee crisis\n\nPeople arrived in Berlin.",
    ),
    ("en", "You are here\n\nKyiv under fire\n\nPeople arrived in Berlin.", "Kyiv under fire\n\nPeople arrived in Berlin."),
    // a trail on one line; a sentence with an arrow stays
    ("en", "Home » World » Europe\n\nKyiv under fire\n\nPeople arrived.", "Kyiv under fire\n\nPeople arrived."),
    ("fr", "Culture › Livres\n\nLa guerre au cœur des débats\n\nTexte.", "La guerre au cœur des débats\n\nTexte."),
    ("en", "Prices rose > 5% in May.\nGrowth → recession?\nEnd.", "Prices rose > 5% in May.\nGrowth → recession?\nEnd."),
    ("en", "Politics | World\n\nHome / News / Region\n\nKyiv / Kiev\nEnd.", "Kyiv / Kiev\nEnd."),
    ("es", "Por Lucía FERNÁNDEZ | Madrid\n\nTexto.", "Por Lucía Fernández | Madrid\n\nTexto."),
    // comment counters, share prompts with their colon, a channel before the call, MT labels
    ("de", "Text.\n3 Kommentare\nArtikel teilen: Facebook | X | WhatsApp | E-Mail\nNewsletter abonnieren – die wichtigsten Nachrichten jeden Morgen\nEnde.", "Text.\nEnde."),
    ("fr", "Texte.\n14 commentaires\nPartager cet article : Facebook Twitter Email\nFin.", "Texte.\nFin."),
    ("it", "Testo.\nLEGGERE ANCHE: Elezioni comunali in Brianza, tutti i risultati\n0 commenti\nFine.", "Testo.\nFine."),
    ("de", "Text.\n3 Kommentare zum Gesetz liegen vor.\nEnde.", "Text.\n3 Kommentare zum Gesetz liegen vor.\nEnde."),
    // a page's metadata line, an agency alone, share prompts with the networks of China
    ("en", "Body.\n2024-07-24 21:15:08 Source: Xinhua Editor: Zhang Lu\n[Editor: Zhang Lu]\nAA\nShare to: WeChat | Weibo | QQ\nEnd.", "Body.\nEnd."),
    ("en", "Body.\nEditor: the word the paper chose in 1990 was another.\nEnd.", "Body.\nEditor: the word the paper chose in 1990 was another.\nEnd."),
    // chrome.phrase, chrome.source-line, chrome.image-file, chrome.timestamp, chrome.punctuation-line
    ("en", "Skip to content\n\nHeadline\n\nBody text here.\n\nShare this article:\nmost popular", "Headline\n\nBody text here."),
    ("en", "Body.\n\nSource: Elcomercio", "Body."),
    ("en", "Body.\nPhoto: illustrative / RBC-Ukraine\nPhoto: Government portal\nPhoto: the press office was closed\n", "Body.\nPhoto: the press office was closed\n"),
    ("de", "Text.\nQuelle: picture alliance/AA/Oleksandr Hrytsenko\nEnde.", "Text.\nEnde."),
    ("es", "Texto.\nAGENCIA AFP\nLa agencia AFP informó.\n", "Texto.\nLa agencia AFP informó.\n"),
    // machine-translated consent notices for embedded content
    (
        "en",
        "Body.\nThis content is not accessible because you have refused the deposit of cookies and other tracers.\nManage my choices\nAt this point you will find external content from X, which complements the article.\nI agree that external content is displayed to me. Personal data may be transmitted to third-party platforms.\nEnd.",
        "Body.\nEnd.",
    ),
    ("en", "Body.\nSource: Zelensky's video message", "Body.\nSource: Zelensky's video message"),
    ("en", "The source said the talks had stalled.", "The source said the talks had stalled."),
    ("en", "Body.\nglobalhappenings news.jpg\nEnd.", "Body.\nEnd."),
    ("en", "Body.\n\n2022-02-27T13:30+0000\n\nEnd.", "Body.\n\nEnd."),
    ("en", "Body.\n\n.\n\nEnd.", "Body.\n\nEnd."),
    // a stamp with its weekday and zone offset; an agency desk's sign-off; and/or alone stays
    ("en", "Body.\nUpdated Mon, November 14, 2022 at 3:41 AM·3 min read\nFri, May 17, 2024 at 8:32 PM GMT+2·2 min read\nEnd.", "Body.\nEnd."),
    ("en", "Body.\nbur-oc/jc\nach/rmb/sst\n", "Body.\n"),
    ("en", "Body.\nand/or\nSun, sea\n", "Body.\nand/or\nSun, sea\n"),
    ("es", "Texto.\nCompartir en Facebook\nFin.", "Texto.\nFin."),
    ("de", "Text.\nQuelle: Ministerium der Verteidigung", "Text."),
    ("fr", "Texte.\nPartager cet article\nFin.", "Texte.\nFin."),
    ("en", "Body.\nShare on Monday rose 4% in early trading.", "Body.\nShare on Monday rose 4% in early trading."),
    // chrome.menu: glued menus, a button row glued, language pickers; title-case lines with brands stay
    (
        "en",
        "HomeWorldEconomyTechnologySportsEntertainment\nHome pageNewsRegionSportObituariesLog in\nBody.\nShare on FacebookShare on XCopy link\nShare:FacebookTwitterWhatsAppE-mail\n",
        "Body.\n",
    ),
    ("de", "StartseitePolitikWirtschaftUkraine-KriegEnergieSport\nText.\n", "Text.\n"),
    ("de", "NewsletterAbonnementAnmeldenSPIEGEL+\nText.\n", "Text.\n"),
    // a French call to receive the newsletter; a list under a heading that names its subject
    (
        "fr",
        "Texte.\n\nNos articles sur la guerre en Ukraine\n  • Guerre en Ukraine : à Villeneuve-d’Ascq, des familles racontent\n  • Dunkerque : le port s’organise pour les céréales\n\nRecevez chaque jour l’essentiel de l’actualité : inscrivez-vous à notre newsletter\n",
        "Texte.\n",
    ),
    // chrome items written with spaces only; a sentence of such words stays
    (
        "en",
        "Text.\nAccept cookies Refuse Customize\nMenu Search Newsletter Subscribe\nMenu Search\nHome Office\nSearch and rescue teams worked all night.\nLAST HOUR | Germany expels 40 Russian diplomats after the images of Bucha\nPlease log in to comment\n",
        "Text.\nHome Office\nSearch and rescue teams worked all night.\n",
    ),
    // a row of buttons that say what they do around one platform; a German call put last
    ("pt", "Texto.\nPartilhar no Facebook Partilhar no X Partilhar por e-mail\nFim.", "Texto.\nFim."),
    ("de", "Text.\nNewsletter „Leipzig am Abend“ – jetzt kostenlos abonnieren\nJetzt können Leser den Newsletter abonnieren.\nEnde.", "Text.\nJetzt können Leser den Newsletter abonnieren.\nEnde."),
    // chrome.page-head: the site's name above its menu, a section's name above the headline; a
    // short headline above the text stays, and so does a person's name above the headline
    ("es", "Guerra de Ucrania\n\nBombas guiadas sobre Járkov: al menos 14 muertos\n\nTexto.\n", "Bombas guiadas sobre Járkov: al menos 14 muertos\n\nTexto.\n"),
    ("en", "Sergey Shoigu\n\nNews\n\nThe ministry announced a slowdown of the offensive\n\nText.\n", "Sergey Shoigu\n\nThe ministry announced a slowdown of the offensive\n\nText.\n"),
    ("en", "World\n\nThe talks went on for hours.\n", "World\n\nThe talks went on for hours.\n"),
    ("en", "Suspilne Odesa\nAll newsOdesa regionWarEconomyCultureSportsVideo\n\nHeadline here\n\nBody.\n", "Headline here\n\nBody.\n"),
    ("en", "Odesa Port Reopens\n\nBody.\nHomeWorldEconomyTechnologySports\n", "Odesa Port Reopens\n\nBody.\n"),
    ("pt", "AssinarEntrarPúblico+Newsletters\nTexto.\nDisney+Hotstar e Apple TV+ subiram.\n", "Texto.\nDisney+Hotstar e Apple TV+ subiram.\n"),
    ("en", "EditionENESPTFR\nΕλληνικάEnglish\nEnglish | Русский | Українська\nBody.\nEnglish\nPolish and English\n", "Body.\nEnglish\nPolish and English\n"),
    (
        "en",
        "LinkedIn Buys GitHub Rival\nBody.\nYouTube PlayStation\nPayPal and eBay\n",
        "LinkedIn Buys GitHub Rival\nBody.\nYouTube PlayStation\nPayPal and eBay\n",
    ),
    // credit.caps in bylines alone or before a date; a frequent word in capitals stays
    (
        "en",
        "Anna WILCZYŃSKA\n\nTereza HORÁKOVÁ, ČTK\n\nEditor: Selin KAYA\n\nMinisters NATO\n\nBody.\n",
        "Anna Wilczyńska\n\nTereza Horáková, ČTK\n\nEditor: Selin Kaya\n\nMinisters NATO\n\nBody.\n",
    ),
    (
        "fr",
        "Par Élodie MARCHAND – Publié le 01/09/2022 à 14h30\nTexte.\n",
        "Par Élodie Marchand – Publié le 01/09/2022 à 14h30\nTexte.\n",
    ),
    // chrome.source-line: the agencies an article draws on, an editor in brackets
    ("en", "Body.\n\nWith AFP\n\n[Editor: Zhang Lu]\n", "Body.\n"),
    ("en", "Body.\n\nWith his family nearby.\n", "Body.\n\nWith his family nearby.\n"),
    ("fr", "Texte.\n\nAvec AFP et Reuters\n", "Texte.\n"),
    // chrome.translation-notice, and an article about machine translation that stays
    (
        "en",
        "Body.\n\nDisclaimer: This story has been translated from Hindi using machine translation and has not been edited by our staff.\n",
        "Body.\n",
    ),
    (
        "en",
        "DeepL, a machine translation company, raised $300 million this week.\n",
        "DeepL, a machine translation company, raised $300 million this week.\n",
    ),
    // a summary in bullets under its heading is the article's own
    (
        "en",
        "Dam breached in the south\n\nKey points\n• The dam was breached overnight, sending water downstream\n• Thousands of people live in the zone at greatest risk\n• Both sides blame each other for destroying the dam\n\nBody.",
        "Dam breached in the south\n\nKey points\n• The dam was breached overnight, sending water downstream\n• Thousands of people live in the zone at greatest risk\n• Both sides blame each other for destroying the dam\n\nBody.",
    ),
    // labels of scripts without letter case, credits with agencies in parentheses or after dashes
    ("en", "Body.\n\nاقرأ أيضاً: ارتفاع أسعار القمح في الأسواق الخليجية\n\n(With inputs from PTI and ANI)\n\n-- BERNAMA\n", "Body.\n"),
    // chrome.menu between separators, chrome.copyright with the page's links
    (
        "en",
        "Start | Analyses | Commentaries | Events | Publications | Contact\nBody.\n© Berliner Forum Osteuropa 2024 | Imprint | Data protection\n",
        "Body.\n",
    ),
    // credit.caps in a part of a line after a date, with an honorific, before a role
    (
        "en",
        "11.01.2024 | Author: Katarzyna WRÓBEL\n\n04.03.2024 | Dr. Jonas HÄUSLER\n\nBody.\n\nKatarzyna WRÓBEL – analyst of the NATO Forum.\n",
        "11.01.2024 | Author: Katarzyna Wróbel\n\n04.03.2024 | Dr. Jonas Häusler\n\nBody.\n\nKatarzyna Wróbel – analyst of the NATO Forum.\n",
    ),
    // a cookie banner's buttons glued, a reading time, a glued menu with a number
    (
        "es",
        "Texto.\n\nUtilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus preferencias. Si continúa navegando, consideramos que acepta su uso.\nAceptarConfigurar\n\nTiempo de lectura: 3 min\nCyclingFootballTennisMotoGPFormula 1Other sports\n",
        "Texto.\n",
    ),
    // chrome of another language than the text's, left untranslated, is chrome all the same
    ("en", "Body.\nCompartir en Facebook\nFoto: dpa\nEnd.", "Body.\nEnd."),
    ("fr", "Texte.\nLeer más\nFin.", "Texte.\nFin."),
    // chrome.site-attribution, chrome.scraper-date, chrome.trailing-prompt
    ("en", "Text.\n“A quote,” the Kremlin said. / Argumentum.al", "Text.\n“A quote,” the Kremlin said."),
    ("en", "He lives in Moscow / Russia.", "He lives in Moscow / Russia."),
    // a site's name without its domain, after a sentence or a paragraph that lost its full stop;
    // a caption's credit stays
    ("en", "Text.\nWheat rose 8% on Wednesday. / Europa Press", "Text.\nWheat rose 8% on Wednesday."),
    ("it", "Testo.\nLe donazioni sono aperte fino a febbraio. / il Resto del Carlino", "Testo.\nLe donazioni sono aperte fino a febbraio."),
    ("pt", "Rússia lança ofensiva a norte de Kharkiv e milhares de civis são retirados / Público\n\nTexto.", "Rússia lança ofensiva a norte de Kharkiv e milhares de civis são retirados\n\nTexto."),
    ("en", "Lukashenko during a meeting in Minsk. Vasily FEDOSENKO / Reuters", "Lukashenko during a meeting in Minsk. Vasily Fedosenko / Reuters"),
    ("en", "The building after the riots, January 7, 2022. © EWR / Sergei KOVALYOV", "The building after the riots, January 7, 2022. © EWR / Sergei Kovalyov"),
    ("en", " date 2022-03-08 Steps have been reported.", "Steps have been reported."),
    ("en", "The date 2022-03-08 was set.", "The date 2022-03-08 was set."),
    ("en", "Delegates arrived. Follow Sputnik's Live Feed to Find Out More!", "Delegates arrived."),
    // credit.caps, and acronyms that stay
    ("en", "Reznikov arrives. (Sergei KHOLODILIN / BELTA / AFP).", "Reznikov arrives. (Sergei Kholodilin / BELTA / AFP)."),
    ("en", "Body text.\nText: Dmitry KOZLOV", "Body text.\nText: Dmitry Kozlov"),
    // a credit in parentheses names an agency or opens with its prefix; a team with a slash is none
    ("fr", "La grève continue.\n(Photo : Laure FABRE / archives)", "La grève continue.\n(Photo : Laure Fabre / archives)"),
    (
        "de",
        "2. Tadej Pogačar (Slowenien/UAE Team Emirates XRG) +0:18 Min.",
        "2. Tadej Pogačar (Slowenien/UAE Team Emirates XRG) +0:18 Min.",
    ),
    ("en", "NATO and the UNHCR (UN refugee agency) met.", "NATO and the UNHCR (UN refugee agency) met."),
    ("en", "Prisoners arrive. Photo: Andrei STASEVICH / Reuters", "Prisoners arrive. Photo: Andrei Stasevich / Reuters"),
    // a credit line that names its photographer in capitals stays, fixed; one that does not goes
    ("en", "Body.\nPhoto: Oleh BONDAR / Ukrinform\nEnd.", "Body.\nPhoto: Oleh Bondar / Ukrinform\nEnd."),
    ("en", "Body.\nPhoto: Sergueï Bobok / AFP\nEnd.", "Body.\nEnd."),
    // a caption without its full stop, then its credit
    ("de", "Text.\n\nBeschädigtes Umspannwerk am Stadtrand Foto: Serhij KOVAL / AFP", "Text.\n\nBeschädigtes Umspannwerk am Stadtrand Foto: Serhij Koval / AFP"),
    ("en", "By Tamar KIKNADZE, Tbilisi\nTalks began.", "By Tamar Kiknadze, Tbilisi\nTalks began."),
    ("en", "He left. (Photo by Ryan MCGOWAN / AFP)\nText.", "He left. (Photo by Ryan McGowan / AFP)\nText."),
    ("en", "He left. (Photo: Sean O'NEILL and Ana MACHADO / AFP)\nText.", "He left. (Photo: Sean O'Neill and Ana Machado / AFP)\nText."),
    ("fr", "Par Jean DUPONT et Marie MARTIN\nTexte.", "Par Jean Dupont et Marie Martin\nTexte."),
    ("en", "By Sunday NATO had agreed.", "By Sunday NATO had agreed."),
    ("en", "Author: Iryna KOVALENKO\nText.", "Author: Iryna Kovalenko\nText."),
    ("en", "Lukashenka in Minsk. Vasily FEDOSENKO / Reuters\nText.", "Lukashenka in Minsk. Vasily Fedosenko / Reuters\nText."),
    // the agency first; a credit prefix inside parentheses, where the agency after a comma stays
    ("es", "En el Teatro Nacional de Sarajevo. EFE/Elvir HODŽIĆ\nTexto.", "En el Teatro Nacional de Sarajevo. EFE/Elvir Hodžić\nTexto."),
    // an agency that opens a credit after a caption without its full stop, glued or not; a
    // credit line alone
    ("es", "Bomberos en un edificio en Járkov, UcraniaEFE/Oleh KOVALENKO\nTexto.", "Bomberos en un edificio en Járkov, Ucrania EFE/Oleh Kovalenko\nTexto."),
    ("it", "Testo.\nFoto ANSA/Giorgio VESCOVINI\nFine.", "Testo.\nFoto ANSA/Giorgio Vescovini\nFine."),
    ("de", "Ein Wohnhaus im Norden von CharkiwSergey BOBOK/AFP\nText.", "Ein Wohnhaus im Norden von Charkiw Sergey Bobok/AFP\nText."),
    // A cookie banner that opens with the site's name, by its row of buttons.
    ("fr", "Orange et ses partenaires utilisent des cookies pour mesurer l'audience du site. Tout accepter | Tout refuser | Paramétrer\nTexte.", "Texte."),
    // A page's stamp with its counter, thousands separated, and a German label of an update.
    ("de", "Titel des Artikels hier\n07.04.2024 16:40 · 1.532 Aufrufe\nText.", "Titel des Artikels hier\nText."),
    ("de", "Titel des Artikels hier\nAktualisiert am 12.08.2024, 18:47 Uhr\nText.", "Titel des Artikels hier\nText."),
    // A trail's section with small words (`Krieg in der Ukraine`).
    ("de", "Magazine › Politik › Krieg in der Ukraine\nSyrskyj: Ukraine kontrolliert Gebiete\nText.", "Syrskyj: Ukraine kontrolliert Gebiete\nText."),
    // An agency's name before a page's stamp.
    ("fr", "Titre de l'article ici\nReuters, publié le mardi 06 juin 2023 à 15h42\nTexte.", "Titre de l'article ici\nTexte."),
    // A timeline's entries are the article's own facts.
    ("en", "Text.\n\nKey moments\n  • April 2021: Russia’s Justice Ministry designates Meduza a “foreign agent”\n  • January 2023: prosecutors declare it an “undesirable” organisation\n  • May 2025: investigators open a criminal case against her\n\nMore text.", "Text.\n\nKey moments\n  • April 2021: Russia’s Justice Ministry designates Meduza a “foreign agent”\n  • January 2023: prosecutors declare it an “undesirable” organisation\n  • May 2025: investigators open a criminal case against her\n\nMore text."),
    // A heading over other articles' headlines, with their topic.
    ("en", "Text.\n\nMore about the war in Ukraine:\n  • Ukraine calls on residents in the east to leave\n  • EU agrees on import ban on Russian coal", "Text."),
    // A menu from the home page, its separators spaces.
    ("en", "Home  Football  Euro 2024  Transfers  Boxing  Tennis\nUkraine out of Euro 2024 after draw with Belgium\nText.", "Ukraine out of Euro 2024 after draw with Belgium\nText."),
    // A sport's section first on the page goes; under the headline, over a paragraph, it is the article's own.
    ("en", "Athletics\n\nMahuchikh breaks the oldest world record of high jump\n\nThe Ukrainian broke the record on Sunday.", "Mahuchikh breaks the oldest world record of high jump\n\nThe Ukrainian broke the record on Sunday."),
    ("en", "The week in sport: Kane sinks PSG\nFOOTBALL\nHarry Kane scored twice as Bayern Munich beat Paris Saint-Germain.\nGOLF\nBryson DeChambeau won by two shots.", "The week in sport: Kane sinks PSG\nFOOTBALL\nHarry Kane scored twice as Bayern Munich beat Paris Saint-Germain.\nGOLF\nBryson DeChambeau won by two shots."),
    // Reaction buttons with their icons; a share row closed by the site's domain; a note that the article goes on past a video.
    ("en", "Text.\n👍 Like 💬 Comment ↗ Share\nEnd.", "Text.\nEnd."),
    ("de", "Text.\nTeilen: Facebook Twitter Telegram WhatsApp / Ukrinform.de\nEnde.", "Text.\nEnde."),
    ("en", "Text.\nThe rest of the article is below the video\nThe ad campaign continues after the election\nEnd.", "Text.\nThe ad campaign continues after the election\nEnd."),
    // An agency in mixed case is one word.
    ("en", "A freight train near the station. Photo: Ramil NASIBULIN / BelTA\nText.", "A freight train near the station. Photo: Ramil Nasibulin / BelTA\nText."),
    // Sections' names alone, spaced; a trail from the site's name; an Italian update stamp; a byline's lead with French spacing.
    ("en", "Politics Economy Society Region World Sport Culture\nThe headline of the story here\nText.", "The headline of the story here\nText."),
    ("en", "DELFI › News › Abroad\nThe headline of the story here\nText.", "The headline of the story here\nText."),
    ("it", "Titolo dell'articolo qui\nUltimo aggiornamento: Mercoledì 23 Marzo 2022, 09:12\nTesto.", "Titolo dell'articolo qui\nTesto."),
    ("en", "The headline of the story here\n\nEditor : Cristina NEAGU\n\nText.", "The headline of the story here\n\nEditor : Cristina Neagu\n\nText."),
    // A menu and a row of buttons one item a line (some buttons known alone); a notice to link to the source.
    ("en", "Home Page\nAgenda\nEconomy\nWorld\nSports\nWriters\nGrain corridor deal signed in Istanbul\nShare\nTweet\nSend via WhatsApp\nText.", "Grain corridor deal signed in Istanbul\nText."),
    ("en", "Text.\nWhen using the information, a hyperlink to APA.az is mandatory.", "Text."),
    // A list of sections in the article's body, and a sentence about links, stay.
    ("en", "The headline of the story here\nText.\nUkraine\nRussia\nEurope\nChina\nThe court said a link to the source is required by law.", "The headline of the story here\nText.\nUkraine\nRussia\nEurope\nChina\nThe court said a link to the source is required by law."),
    // A live blog's entry repeated with its time and title.
    ("de", "18:00 Uhr\nErste Prognose: Union vorn\nNach den ersten Prognosen liegt die Union bei rund 29 Prozent, die AfD bei knapp 20 Prozent.\n\n18:30 Uhr\nMerz spricht\nDer Kandidat spricht im Konrad-Adenauer-Haus zu seinen Anhängern.\n\n18:00 Uhr\nErste Prognose: Union vorn\nNach den ersten Prognosen liegt die Union bei rund 29 Prozent, die AfD bei knapp 20 Prozent.", "18:00 Uhr\nErste Prognose: Union vorn\nNach den ersten Prognosen liegt die Union bei rund 29 Prozent, die AfD bei knapp 20 Prozent.\n\n18:30 Uhr\nMerz spricht\nDer Kandidat spricht im Konrad-Adenauer-Haus zu seinen Anhängern."),
    // A site's name in capitals with its domain; the city's weather before the exchange rates; a table's rows stay.
    ("en", "RG.RU\nThe headline of the story here\nText.\nBelgorod -1°C USD 89.69 EUR 99.19", "The headline of the story here\nText."),
    ("en", "Text.\nCommodity | Share of tonnage\nMaize | 51%\nWheat | 27%", "Text.\nCommodity | Share of tonnage\nMaize | 51%\nWheat | 27%"),
    ("en", "Text.\nTool | What it finds\nLiDAR | Craters and trenches\nRadar | Buried objects", "Text.\nTool | What it finds\nLiDAR | Craters and trenches\nRadar | Buried objects"),
    // A channel's alerts and credit after their pictographs; the article's own count of alerts stays.
    ("en", "Text.\n🔴 AIR ALERT in Sumy region! 06:09\n⚡️ 07:55 All clear in Sumy region\n📷 Photo: Sumy Regional Military Administration\n>> Subscribe to our Viber channel to be the first to know the news!\nThe city recorded:\n- 3 air raid alerts on Thursday;\n- 5 alerts on Friday.", "Text.\nThe city recorded:\n- 3 air raid alerts on Thursday;\n- 5 alerts on Friday."),
    // A label of two words in capitals alone over bullets; a cookie notice that opens with the site and ends in one button.
    ("en", "Text.\n\nMORE ON THE SUBJECT\n› Leopard 2: What the battle tank can do and what it cannot\n› Poland wants to deliver tanks without approval\n\nMore text.", "Text.\n\nMore text."),
    ("en", "Text.\nLe Figaro and its partners use cookies to offer you content adapted to your interests. Accept and close", "Text."),
    // A screen reader's labels around a list of links.
    ("en", "Text.\nlist of 2 items\nlist 1 of 2\nend of list\nMore text.", "Text.\nMore text."),
    // Separators that share a space are one (no panic).
    ("en", "o · | h", "o · | h"),
    // Sites one after another after a paragraph go together.
    ("en", "The talks went on for most of the day in the capital. / Europa Press / EFE", "The talks went on for most of the day in the capital."),
    // A credit's word before the agency.
    ("it", "Giorgia Meloni alla Nuvola (foto: ANSA/FABIO FRUSTACI)\nTesto.", "Giorgia Meloni alla Nuvola (foto: ANSA/Fabio Frustaci)\nTesto."),
    // The site's domain opens a trail.
    ("it", "ANSA.it › Mondo › Ucraina\nMeloni apre la conferenza sulla ricostruzione\nTesto.", "Meloni apre la conferenza sulla ricostruzione\nTesto."),
    // A German call in a sentence of its own after the channel.
    ("de", "Text.\nCheckpoint – Berlins meistgelesener Newsletter. Jeden Morgen kostenlos in Ihrem Postfach. Jetzt bestellen\nMehr Text.", "Text.\nMehr Text."),
    // The agency in parentheses after a photographer's name in capitals.
    ("en", "Rescuers in the center of Kramatorsk. GENYA SAVILOV (AFP)\nText.", "Rescuers in the center of Kramatorsk. Genya Savilov (AFP)\nText."),
    // A middle initial's full stop ends no sentence.
    ("fr", "Le vote, mercredi à New York. © Timothy A. CLARY / AFP\nTexte.", "Le vote, mercredi à New York. © Timothy A. Clary / AFP\nTexte."),
    // a wire's staff credits with a surname in capitals and the place reported from
    (
        "en",
        "Text.\nReporting by Olena VYSOTSKA in Zaporizhzhia and Pavlo Kravets in Kyiv; Editing by Gareth Pryce\nReporting by NATO SOURCES suggests more.\n",
        "Text.\nReporting by Olena Vysotska in Zaporizhzhia and Pavlo Kravets in Kyiv; Editing by Gareth Pryce\nReporting by NATO SOURCES suggests more.\n",
    ),
    // a name all in capitals after an agency's slash; an acronym there stays; a photographer
    // after a spaced slash is a credit, not a site's name; a byline with the writer's role
    (
        "en",
        "Meloni and Zelensky at Palazzo Chigi (ANSA/ MARCO LUPERI)\nThe rubble (AFP/ NATO TV) here.\nRescuers at the store in Kharkiv, UkraineEFE / Mykyta ZHURAVEL\nby our correspondent Paolo FERRANTE\nAt the Nuvola (LaPresse / Luca MARCHETTI)\n",
        "Meloni and Zelensky at Palazzo Chigi (ANSA/ Marco Luperi)\nThe rubble (AFP/ NATO TV) here.\nRescuers at the store in Kharkiv, Ukraine EFE / Mykyta Zhuravel\nby our correspondent Paolo Ferrante\nAt the Nuvola (LaPresse / Luca Marchetti)\n",
    ),
    ("fr", "Le convoi, mardi matin. Photo Thierry MORVAN\nLe convoi, mardi matin. Thierry MORVAN a parlé.\n", "Le convoi, mardi matin. Photo Thierry Morvan\nLe convoi, mardi matin. Thierry MORVAN a parlé.\n"),
    ("en", "Slavia players celebrate at Letná. (Photo: Vojtěch KREJČÍ, MAFRA)\nText.", "Slavia players celebrate at Letná. (Photo: Vojtěch Krejčí, MAFRA)\nText."),
    ("en", "The deal (Photo: not available) was signed by NATO.\nText.", "The deal (Photo: not available) was signed by NATO.\nText."),
    ("en", "He met the NATO chief. Jens STOLTENBERG / NATO said no.", "He met the NATO chief. Jens STOLTENBERG / NATO said no."),
    ("en", "Photo: Ukrainian soldiers ride a T-72 TANK near Kharkiv", "Photo: Ukrainian soldiers ride a T-72 TANK near Kharkiv"),
    // credit.speaker-caps, and datelines, headings and acronyms that stay
    ("en", "He said. MARIA KOWALSKA (Poland): “We stay.”", "He said. Maria Kowalska (Poland): “We stay.”"),
    ("en", "Kyiv resident, 32, DMITRIY (no family name given), (Russian): “We are here.”", "Kyiv resident, 32, Dmitriy (no family name given), (Russian): “We are here.”"),
    ("en", "KYIV (Reuters) - Talks began.", "KYIV (Reuters) - Talks began."),
    ("en", "UPDATE (Monday): “Talks resumed.”", "UPDATE (Monday): “Talks resumed.”"),
    ("en", "NATO (the alliance): “We stand ready.”", "NATO (the alliance): “We stand ready.”"),
    ("en", "He met KOWALSKA (Poland): “We stay.”", "He met KOWALSKA (Poland): “We stay.”"),
    ("es", "Dijo. MARIA KOWALSKA (Polonia): «Nos quedamos.»", "Dijo. Maria Kowalska (Polonia): «Nos quedamos.»"),
    // a paragraph's last sentence alone again after a teaser is a repeat; a slogan said twice
    // in quotation marks stays
    (
        "en",
        "Fighting went on. The plant, with six reactors, produces a fifth of the power of Ukraine.\n\nREAD ALSO: Macron spoke again with Putin for 90 minutes\n\nThe plant, with six reactors, produces a fifth of the power of Ukraine.\n\n\"We will not give up.\" They said it again.\n\n\"We will not give up.\"\n",
        "Fighting went on. The plant, with six reactors, produces a fifth of the power of Ukraine.\n\n\"We will not give up.\" They said it again.\n\n\"We will not give up.\"\n",
    ),
    // duplicate.paragraph and duplicate.sentence; a live blog's entry repeated with its time
    (
        "en",
        "12:40\nZelensky visited the troops on the front in the Zaporizhzhia region and awarded several soldiers; the visit was not announced in advance.\n\n13:15\nTajani spoke.\n\n12:40\nZelensky visited the troops on the front in the Zaporizhzhia region and awarded several soldiers; the visit was not announced in advance.\n\n14:02\nEnd.\n",
        "12:40\nZelensky visited the troops on the front in the Zaporizhzhia region and awarded several soldiers; the visit was not announced in advance.\n\n13:15\nTajani spoke.\n\n14:02\nEnd.\n",
    ),
    (
        "fr",
        "Car ce pays sert de base arrière à l’invasion de l’Ukraine, a-t-il dit.\nAutre chose ici.\nCar ce pays sert de base arrière à l’invasion de l’Ukraine, a-t-il dit.\n",
        "Car ce pays sert de base arrière à l’invasion de l’Ukraine, a-t-il dit.\nAutre chose ici.\n",
    ),
    (
        "en",
        "It will bring further\nhardship to Russia’s people and its weak economy.\nIt will bring further hardship to Russia’s people and its weak economy. Not all reserves can be blocked.",
        "It will bring further\nhardship to Russia’s people and its weak economy.\nNot all reserves can be blocked.",
    ),
    ("en", "Kyiv\nText one.\nKyiv\nText two.", "Kyiv\nText one.\nKyiv\nText two."),
    // a short quotation said again is a refrain; a short line that is no quotation is a repeat
    (
        "en",
        "\"The river keeps the names we could not keep.\"\nThe chorus sang.\nThe hall was full.\nThe act ended.\n\"The river keeps the names we could not keep.\"\nEnd.",
        "\"The river keeps the names we could not keep.\"\nThe chorus sang.\nThe hall was full.\nThe act ended.\n\"The river keeps the names we could not keep.\"\nEnd.",
    ),
    // a long quotation the article introduces again stays; said again with no introduction it is
    // a repeat
    (
        "en",
        "“Language carries culture, and culture carries the entire body of values by which we come to perceive ourselves.”\nHe wrote in Gikuyu.\nThe students read the passage his readers quote most often:\n“Language carries culture, and culture carries the entire body of values by which we come to perceive ourselves.”\nEnd.",
        "“Language carries culture, and culture carries the entire body of values by which we come to perceive ourselves.”\nHe wrote in Gikuyu.\nThe students read the passage his readers quote most often:\n“Language carries culture, and culture carries the entire body of values by which we come to perceive ourselves.”\nEnd.",
    ),
    (
        "en",
        "“Language carries culture, and culture carries the entire body of values by which we come to perceive ourselves.”\nHe wrote in Gikuyu.\n“Language carries culture, and culture carries the entire body of values by which we come to perceive ourselves.”\nEnd.",
        "“Language carries culture, and culture carries the entire body of values by which we come to perceive ourselves.”\nHe wrote in Gikuyu.\nEnd.",
    ),
    (
        "en",
        "Rescuers at the scene of the strike in Odesa.\nRescuers at the scene of the strike in Odesa.\nEnd.",
        "Rescuers at the scene of the strike in Odesa.\nEnd.",
    ),
    // a paragraph that opens an earlier one which took in its neighbour; one that is less than
    // half of the earlier stays
    (
        "en",
        "Serbia will learn its opponent at the draw in London in November. The federation wants the tie in Belgrade.Serbia last won the Cup in 2010.\n\nSerbia will learn its opponent at the draw in London in November. The federation wants the tie in Belgrade.\n\nEnd.",
        "Serbia will learn its opponent at the draw in London in November. The federation wants the tie in Belgrade. Serbia last won the Cup in 2010.\n\nEnd.",
    ),
    (
        "en",
        "Serbia will learn its opponent at the draw in London in November. The federation wants the tie in Belgrade, the capital, where the team has not lost since 2010.\n\nSerbia will learn its opponent at the draw in London in November.\n\nEnd.",
        "Serbia will learn its opponent at the draw in London in November. The federation wants the tie in Belgrade, the capital, where the team has not lost since 2010.\n\nSerbia will learn its opponent at the draw in London in November.\n\nEnd.",
    ),
    // A space lost before the repeat's end or inside a chrome line: judged as the words stage
    // will leave it, so that a second run finds nothing more.
    (
        "en",
        "It will bring further hardship to Russia’s people and its weak economy.\nIt will bring further hardship to Russia’s people and its weakeconomy.Not all reserves can be blocked.",
        "It will bring further hardship to Russia’s people and its weak economy.\nNot all reserves can be blocked.",
    ),
    ("en", "Body text.\nMostpopular\nEnd of it.", "Body text.\nEnd of it."),
    // A cookie notice's sentences next to its lines; a sentence about cookies in the body stays.
    (
        "en",
        "Cookies on GOV.UK\nWe'd like to set additional cookies to understand how you use GOV.UK.\nAccept additional cookies\n\nThe regulator fined the firm over tracking cookies.",
        "The regulator fined the firm over tracking cookies.",
    ),
    (
        "en",
        "The regulator fined the firm over tracking cookies.\nIt said cookies were set without consent.",
        "The regulator fined the firm over tracking cookies.\nIt said cookies were set without consent.",
    ),
    // A stamp over two lines, its label over its date; a heading over a dated sentence stays.
    ("en", "Title of the release\nPublished\n16 January 2025\n\nThe talks went on.", "Title of the release\nThe talks went on."),
    ("en", "Body.\nTimeline\nOn 16 January 2025 the talks went on.", "Body.\nTimeline\nOn 16 January 2025 the talks went on."),
    // What a screen reader is told after a link's text is no part of it.
    ("en", "Body.\nShare on Facebook (opens in new tab)\nEnd.", "Body.\nEnd."),
    ("en", "Body.\nThe agency's page (opens in new tab) lists the rules.\nEnd.", "Body.\nThe agency's page (opens in new tab) lists the rules.\nEnd."),
    // A site that reposts the agencies opens their credit; a byline stays.
    ("fr", "Texte.\nOuest-France avec AFP\nFin.", "Texte.\nFin."),
    ("de", "Text.\nVon Katrin SCHMIDT mit dpa\nEnde.", "Text.\nVon Katrin Schmidt mit dpa\nEnde."),
    // An agency's name with numbers only is a caption's debris; a place before a date is a dateline.
    ("en", "Body.\nRIA Novosti, 1920, 17.02.2024\nEnd.", "Body.\nEnd."),
    ("en", "Body.\nKyiv, 24 February 2022\nEnd.", "Body.\nKyiv, 24 February 2022\nEnd."),
    // The site's own channel, a newsletter's title and pitch, a call to the site by its name; not
    // to a country, nor a podcast the article describes.
    ("en", "Body.\nOnly verified information - in our Telegram channel and in Viber.\nEnd.", "Body.\nEnd."),
    ("en", "Body.\nUkrainska Pravda is now on Threads\nEnd.", "Body.\nEnd."),
    ("fr", "Texte.\nNewsletter Monde\nFin.", "Texte.\nFin."),
    ("en", "Body.\nThe most important news from Russia, in your inbox every weekday\nEnd.", "Body.\nEnd."),
    ("en", "Body.\nSupport Meduza\nEnd.", "Body.\nEnd."),
    ("en", "Body.\nSupport Ukraine\nEnd.", "Body.\nSupport Ukraine\nEnd."),
    (
        "en",
        "Body.\nThis is an edited transcript of our weekly podcast on Eastern Europe.\nEnd.",
        "Body.\nThis is an edited transcript of our weekly podcast on Eastern Europe.\nEnd.",
    ),
    // A comment's head and counter; a site that uses cookies, unless someone reports it.
    ("en", "Body.\nGary W. · 14h\nView all 9 comments\nEnd.", "Body.\nEnd."),
    ("en", "Body.\nLRT.lt uses cookies to make the website work and to analyse traffic.\nEnd.", "Body.\nEnd."),
    (
        "en",
        "Body.\nMeta uses cookies to track users, the regulator said on Monday.\nEnd.",
        "Body.\nMeta uses cookies to track users, the regulator said on Monday.\nEnd.",
    ),
    // A section and the story's topic over the headline.
    ("es", "Deportes | Eurocopa 2024\nEspaña gana la Eurocopa en Berlín\nEl equipo de Luis de la Fuente venció a Inglaterra.", "España gana la Eurocopa en Berlín\nEl equipo de Luis de la Fuente venció a Inglaterra."),
];

#[test]
fn golden_cases() {
    for (lang, input, expected) in CASES {
        assert_eq!(&fix(lang, input), expected, "{lang}: {input:?}");
    }
}

#[test]
fn every_rule_can_be_switched_off() {
    for (rule, input) in [
        ("teaser", "Body.\nSIGHT: Putin puts his forces on alert"),
        ("chrome.phrase", "Skip to content\nBody."),
    ] {
        let n = Normalizer::builder().language("en").disable(rule).build().unwrap();
        assert_eq!(n.normalize(input).text, input, "{rule}");
    }
}

#[test]
fn report_mode_keeps_lines_and_flags_them() {
    let n = Normalizer::builder()
        .language("en")
        .removals(Removals::Report)
        .build()
        .unwrap();
    let out = n.normalize("Skip to content\nBody text.");
    assert_eq!(out.text, "Skip to content\nBody text.");
    assert_eq!(out.flags[0].rule, "chrome.phrase");
    assert_eq!(out.flags[0].span, crate::Span::new(0, 16));
}

/// The labelled lines in `tests/data/artifacts/lines.tsv`: every `keep` line stays; the share of
/// artifact lines caught is reported and must not fall.
#[test]
fn labelled_lines() {
    let data = include_str!("../../../tests/data/artifacts/lines.tsv");
    let (mut caught, mut total) = (0, 0);
    for row in data.lines().skip(1).filter(|l| !l.starts_with('#')) {
        let [expect, lang, line]: [&str; 3] = row.splitn(3, '\t').collect::<Vec<_>>().try_into().unwrap();
        let input =
            format!("A sentence of the article comes first here.\n{line}\nAnd one more sentence of the article.");
        let out = fix(lang, &input);
        if expect == "keep" {
            assert!(out.contains(line), "{lang}: kept line was changed: {line:?} -> {out:?}");
        } else {
            total += 1;
            caught += usize::from(!out.contains(line));
        }
    }
    assert!(
        caught * 100 >= total * 85,
        "only {caught} of {total} artifact lines caught"
    );
}
