"""Write the whole-page paste corpus in bench/pages/: select-all pastes of imagined news sites.

Each page wraps an article body (hand-written, in the page's language) in the furniture a
select-all paste carries: menus, breadcrumbs, share bars, cookie notices, newsletter boxes,
most-read lists, tags, author bios, comments and footers — arranged in different site layouts.
NAME.txt is the paste; NAME.body.txt is the article's true text (title, lead, body, captions).

    python tools/make_pages.py
"""

from __future__ import annotations

import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "bench" / "pages"

FURNITURE = {
    "id": {
        "site": ["KabarNusa", "Warta Kini", "Suara Pagi", "Berita Raya"],
        "menu": [
            "Beranda",
            "Nasional",
            "Internasional",
            "Ekonomi",
            "Olahraga",
            "Teknologi",
            "Hiburan",
            "Gaya Hidup",
            "Otomotif",
            "Video",
            "Foto",
            "Indeks",
        ],
        "crumbs": "Beranda > Berita > Nasional",
        "share": ["Bagikan", "Facebook", "Twitter", "WhatsApp", "Salin tautan"],
        "cookie": "Kami menggunakan cookie untuk meningkatkan pengalaman Anda di situs ini. Dengan melanjutkan, Anda menyetujui Kebijakan Privasi kami.",
        "cookie_buttons": ["Terima semua", "Atur preferensi"],
        "newsletter": [
            "Dapatkan berita pilihan setiap pagi langsung di kotak masuk Anda.",
            "Daftar newsletter",
            "Alamat email",
        ],
        "most_read": "Terpopuler",
        "headlines": [
            "Harga Beras Naik Menjelang Ramadan",
            "Timnas Menang Tipis atas Vietnam",
            "Gempa Guncang Maluku Utara",
            "Jalan Tol Baru Dibuka Pekan Depan",
            "Warga Keluhkan Antrean BBM",
            "Festival Kopi Digelar di Bandung",
        ],
        "tags": ["Tag:", "banjir", "kalimantan selatan", "bencana alam", "bpbd"],
        "bio": "Dewi Anggraini adalah wartawan lingkungan yang meliput isu bencana dan perubahan iklim sejak 2015.",
        "comments": [
            "Komentar (12)",
            "Budi Santoso",
            "2 jam lalu",
            "Semoga warga cepat mendapat bantuan.",
            "Balas",
            "Suka",
            "Rina",
            "1 jam lalu",
            "Pemerintah harus serius menangani hutan di hulu.",
            "Balas",
        ],
        "footer": [
            "Tentang Kami",
            "Redaksi",
            "Pedoman Media Siber",
            "Kontak",
            "Karier",
            "© 2025 {site}. Seluruh hak cipta dilindungi.",
        ],
        "login": ["Masuk", "Daftar"],
        "date": "Sabtu, 16 Januari 2025 | 10:32 WIB",
        "byline": "Penulis: Dewi Anggraini | Editor: Rudi Hartono",
    },
    "en": {
        "site": ["The Daily Ledger", "Coastal Herald", "Metro Times", "World Report"],
        "menu": [
            "Home",
            "News",
            "World",
            "Business",
            "Politics",
            "Science",
            "Climate",
            "Sport",
            "Culture",
            "Opinion",
            "Podcasts",
            "Newsletters",
        ],
        "crumbs": "Home / News / Environment",
        "share": ["Share", "Share on Facebook", "Share on X", "Email", "Copy link"],
        "cookie": "We use cookies and similar technologies to improve your experience, personalise content and ads, and analyse our traffic. By clicking Accept, you agree to our use of cookies.",
        "cookie_buttons": ["Accept all", "Manage preferences"],
        "newsletter": ["Get the morning briefing in your inbox every weekday.", "Sign up", "Enter your email address"],
        "most_read": "Most read",
        "headlines": [
            "Markets slide as inflation fears return",
            "Five things to know about the new budget",
            "Storm warning issued for the east coast",
            "Club appoints new head coach",
            "Scientists map the deepest trench yet",
            "How to save money on energy bills this winter",
        ],
        "tags": ["Topics", "Oceans", "Climate crisis", "Philippines", "Wildlife"],
        "bio": "Maria Santos is an environment correspondent based in Manila. She has covered climate and oceans since 2014.",
        "comments": [
            "Comments (48)",
            "oceanwatcher",
            "3 hours ago",
            "This is heartbreaking but the volunteers deserve credit.",
            "Reply",
            "Report",
            "jdavies",
            "2 hours ago",
            "Relocation only buys time, as the minister said.",
            "Reply",
        ],
        "footer": [
            "About us",
            "Contact",
            "Terms of use",
            "Privacy policy",
            "Advertise with us",
            "© 2025 {site}. All rights reserved.",
        ],
        "login": ["Sign in", "Subscribe"],
        "date": "Sat 16 Mar 2025 09.45 GMT",
        "byline": "By Maria Santos",
    },
    "de": {
        "site": ["Morgenpost Online", "Tagesblick", "Rundschau24", "Neue Zeitung"],
        "menu": [
            "Startseite",
            "Politik",
            "Wirtschaft",
            "Panorama",
            "Sport",
            "Kultur",
            "Wissen",
            "Gesundheit",
            "Reise",
            "Auto",
            "Digital",
            "Video",
        ],
        "crumbs": "Startseite > Panorama > Wetter",
        "share": ["Teilen", "Facebook", "X", "WhatsApp", "Link kopieren"],
        "cookie": "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu analysieren. Mit Klick auf „Alle akzeptieren“ stimmen Sie der Verarbeitung zu.",
        "cookie_buttons": ["Alle akzeptieren", "Einstellungen"],
        "newsletter": ["Der Newsletter am Morgen: alles Wichtige aus der Region.", "Jetzt anmelden", "E-Mail-Adresse"],
        "most_read": "Meistgelesen",
        "headlines": [
            "Bahnstreik legt Fernverkehr lahm",
            "Neue Regeln für Heizungen ab Januar",
            "Bayern gewinnt Spitzenspiel",
            "Mieten steigen in Großstädten weiter",
            "Forscher entdecken neue Käferart",
            "So wird das Wetter am Wochenende",
        ],
        "tags": ["Themen:", "Dürre", "Landwirtschaft", "Brandenburg", "Klimawandel"],
        "bio": "Katrin Vogel schreibt seit 2012 über Landwirtschaft und Umwelt in Ostdeutschland.",
        "comments": [
            "Kommentare (23)",
            "Landei42",
            "vor 3 Stunden",
            "Bei uns im Dorf sieht es genauso aus.",
            "Antworten",
            "Melden",
            "H. Berger",
            "vor 1 Stunde",
            "Die Politik hat viel zu lange gewartet.",
            "Antworten",
        ],
        "footer": [
            "Impressum",
            "Datenschutz",
            "Kontakt",
            "Abo kündigen",
            "Mediadaten",
            "© 2025 {site}. Alle Rechte vorbehalten.",
        ],
        "login": ["Anmelden", "Abo abschließen"],
        "date": "16.07.2025, 08:15 Uhr",
        "byline": "Von Katrin Vogel",
    },
    "fr": {
        "site": ["Le Quotidien du Sud", "Info Matin", "La Dépêche Libre", "Actu Régions"],
        "menu": [
            "Accueil",
            "Actualité",
            "Politique",
            "Économie",
            "Société",
            "Planète",
            "Sport",
            "Culture",
            "Vins",
            "Vidéos",
            "Podcasts",
            "Abonnez-vous",
        ],
        "crumbs": "Accueil > Régions > Gironde",
        "share": ["Partager", "Facebook", "X", "Envoyer par e-mail", "Copier le lien"],
        "cookie": "Nous utilisons des cookies pour améliorer votre expérience, mesurer l'audience et vous proposer des publicités personnalisées. Vous pouvez modifier vos choix à tout moment.",
        "cookie_buttons": ["Tout accepter", "Paramétrer"],
        "newsletter": [
            "Recevez chaque matin l'essentiel de l'actualité régionale.",
            "Je m'inscris",
            "Votre adresse e-mail",
        ],
        "most_read": "Les plus lus",
        "headlines": [
            "Grève des contrôleurs aériens ce week-end",
            "Le prix de l'essence repart à la hausse",
            "Les Girondins s'inclinent à domicile",
            "Un nouveau pont pour Bordeaux en 2027",
            "Alerte orange aux orages dans le Sud-Ouest",
            "Les meilleures plages de la côte atlantique",
        ],
        "tags": ["Sur le même thème :", "Vendanges", "Bordeaux", "Viticulture", "Climat"],
        "bio": "Julien Moreau est journaliste à la rédaction de Bordeaux, spécialiste de la viticulture.",
        "comments": [
            "Commentaires (15)",
            "Bernard33",
            "il y a 2 heures",
            "Chez nous aussi, du jamais vu !",
            "Répondre",
            "Signaler",
            "Claire L.",
            "il y a 1 heure",
            "Il faudra bien s'adapter au climat.",
            "Répondre",
        ],
        "footer": [
            "Mentions légales",
            "Politique de confidentialité",
            "Contact",
            "Publicité",
            "Plan du site",
            "© 2025 {site}. Tous droits réservés.",
        ],
        "login": ["Se connecter", "S'abonner"],
        "date": "Publié le 28 août 2025 à 07h30",
        "byline": "Par Julien Moreau",
    },
    "ru": {
        "site": ["Сибирские вести", "Новости Дня", "Обзор24", "Городская газета"],
        "menu": [
            "Главная",
            "Новости",
            "Политика",
            "Экономика",
            "Общество",
            "Происшествия",
            "Спорт",
            "Культура",
            "Наука",
            "Авто",
            "Видео",
            "Фото",
        ],
        "crumbs": "Главная > Новости > Общество",
        "share": ["Поделиться", "ВКонтакте", "Одноклассники", "Telegram", "Скопировать ссылку"],
        "cookie": "Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с политикой конфиденциальности.",
        "cookie_buttons": ["Принять", "Настроить"],
        "newsletter": ["Подпишитесь на нашу рассылку и получайте главные новости дня.", "Подписаться", "Ваш e-mail"],
        "most_read": "Самое читаемое",
        "headlines": [
            "Цены на бензин снова выросли",
            "В городе открылся новый парк",
            "Сборная вышла в финал турнира",
            "Морозы вернутся на следующей неделе",
            "Школьники победили на олимпиаде",
            "Мост закроют на ремонт",
        ],
        "tags": ["Теги:", "паводок", "Новосибирская область", "МЧС", "погода"],
        "bio": "Ольга Иванова — корреспондент отдела происшествий, пишет о чрезвычайных ситуациях в Сибири.",
        "comments": [
            "Комментарии (9)",
            "Сергей",
            "3 часа назад",
            "У нас в деревне вода уже у дома.",
            "Ответить",
            "Пожаловаться",
            "Анна",
            "час назад",
            "Спасибо спасателям за работу!",
            "Ответить",
        ],
        "footer": [
            "О редакции",
            "Реклама",
            "Контакты",
            "Пользовательское соглашение",
            "Политика конфиденциальности",
            "© 2025 {site}. Все права защищены.",
        ],
        "login": ["Войти", "Регистрация"],
        "date": "16 апреля 2025, 09:10",
        "byline": "Автор: Ольга Иванова",
    },
}


def article_bodies(language: str) -> list[tuple[str, list[str]]]:
    """(title, body lines) of the article texts a page may carry, in that language."""
    import json

    root = Path(__file__).resolve().parent.parent / "articles"
    sample = next(root.glob(f"{language}_*.txt"))
    truth = json.loads(sample.with_suffix(".expected.json").read_text(encoding="utf-8"))
    clutter = {entry["line"] for entry in truth["clutter"]}  # the sample's own ad and video lines are not body
    numbered = [(n, line) for n, line in enumerate(sample.read_text(encoding="utf-8").splitlines(), start=1)]
    lines = [line for n, line in numbered if line.strip() and n not in clutter]
    title = lines[0]
    body = lines[1:]
    extra = EXTRA_BODIES.get(language, [])
    return [(title, body), *extra]


EXTRA_BODIES: dict[str, list[tuple[str, list[str]]]] = {
    "id": [
        (
            "Petani Kopi Gayo Raih Harga Terbaik Tahun Ini",
            [
                "Petani kopi di dataran tinggi Gayo, Aceh, menikmati harga jual tertinggi dalam lima tahun terakhir setelah permintaan dari Eropa melonjak.",
                "Harga kopi gelondong merah di tingkat petani kini mencapai Rp14.000 per kilogram, naik hampir dua kali lipat dibanding tahun lalu.",
                '"Tahun ini kami bisa menyekolahkan anak tanpa berutang," kata Ketua Koperasi Kopi Gayo Makmur Safrizal kepada wartawan.',
                "Namun para petani khawatir cuaca ekstrem akan mengganggu panen berikutnya. Curah hujan yang tidak menentu membuat bunga kopi mudah rontok.",
                "Dinas Pertanian Aceh Tengah berencana membagikan bibit unggul yang lebih tahan terhadap perubahan iklim kepada seribu petani.",
            ],
        )
    ],
    "en": [
        (
            "Town votes to turn old rail line into cycle path",
            [
                "Residents of Millbrook have voted by a large majority to convert a disused railway line into a twelve-mile cycle and walking path.",
                "The council says the project will cost about four million pounds and could be finished within three years if funding is secured.",
                "“This is the biggest thing to happen to the town in decades,” said councillor Priya Shah, who campaigned for the scheme.",
                "Opponents had argued that the money should be spent on repairing roads, many of which are in poor condition after a wet winter.",
                "The path will link two villages with the town centre and the secondary school, and planners expect thousands of journeys a week.",
            ],
        )
    ],
    "de": [
        (
            "Stadt eröffnet ersten Hitzeschutzraum",
            [
                "Die Stadt Magdeburg hat am Montag ihren ersten öffentlichen Hitzeschutzraum eröffnet. In der Stadtbibliothek können sich Menschen bei hohen Temperaturen abkühlen.",
                "Der Raum ist klimatisiert, bietet Wasser und Sitzplätze und ist an heißen Tagen bis 22 Uhr geöffnet.",
                "„Gerade ältere Menschen leiden unter der Hitze in ihren Wohnungen“, sagte Sozialdezernentin Andrea Klein bei der Eröffnung.",
                "Weitere Räume sollen im kommenden Jahr in Schulen und Gemeindezentren folgen, falls das Angebot angenommen wird.",
            ],
        )
    ],
    "fr": [
        (
            "Un village de montagne rouvre sa dernière épicerie",
            [
                "Après trois ans sans commerce, le village de Saint-Véran a rouvert son épicerie grâce à une coopérative d'habitants.",
                "Une centaine de familles ont acheté des parts pour financer les travaux et le premier stock de produits locaux.",
                "« On avait perdu un lieu de vie, pas seulement un magasin », a déclaré la présidente de la coopérative Anne Girard.",
                "L'épicerie emploie deux personnes à mi-temps et propose aussi un point relais pour les colis et un dépôt de pain.",
            ],
        )
    ],
    "ru": [
        (
            "В Томске открыли первую в городе велодорожку вдоль реки",
            [
                "В Томске завершили строительство велодорожки длиной четыре километра вдоль набережной реки Томи.",
                "По словам городских властей, дорожка соединит два крупных жилых района с центром города.",
                "«Мы ждали этого много лет, теперь можно ездить на работу без машины», — сказал житель города Павел Смирнов.",
                "В следующем году власти планируют продлить маршрут до университетского кампуса и установить пункты проката.",
            ],
        )
    ],
}

LAYOUTS = ["classic", "portal", "blog", "minimal"]


def page(language: str, title: str, body: list[str], layout: str, rng: random.Random) -> list[str]:
    """A select-all paste of one page: furniture, then the article, then more furniture."""
    f = FURNITURE[language]
    site = rng.choice(f["site"])
    menu = f["menu"][:]
    rng.shuffle(menu)
    lines: list[str] = []
    if layout in ("classic", "portal"):
        lines += [f["cookie"], *f["cookie_buttons"], ""]
    lines += [site, *f["login"]]
    lines += menu[: rng.randint(7, 12)]
    if layout != "minimal":
        lines += [f["crumbs"]]
    lines += ["", title, f["byline"], f["date"]]
    if layout != "blog":
        lines += f["share"][: rng.randint(3, 5)]
    lines += [""]
    middle = len(body) // 2
    for index, line in enumerate(body):
        lines += [line, ""] if layout == "blog" else [line]
        if index == middle and layout == "portal":
            lines += [f["most_read"], *f["headlines"][:3]]
    if layout != "minimal":
        lines += f["tags"]
    if layout in ("classic", "blog"):
        lines += [f["bio"]]
    lines += f["share"][:3]
    if layout in ("classic", "portal", "minimal"):
        lines += f["newsletter"]
    lines += [f["most_read"], *rng.sample(f["headlines"], 5)]
    if layout in ("classic", "blog"):
        lines += f["comments"]
    lines += [line.format(site=site) for line in f["footer"]]
    return lines


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    rng = random.Random(2025)
    count = 0
    for language in FURNITURE:
        for number, (title, body) in enumerate(article_bodies(language)):
            for layout in LAYOUTS[number * 2 : number * 2 + 2]:
                name = f"{language}_{layout}_{number + 1}"
                (OUT / f"{name}.txt").write_text(
                    "\n".join(page(language, title, body, layout, rng)) + "\n", encoding="utf-8"
                )
                (OUT / f"{name}.body.txt").write_text("\n".join([title, *body]) + "\n", encoding="utf-8")
                count += 1
    print(f"{count} pages written to {OUT}")


if __name__ == "__main__":
    main()
