"""Quotes and speakers across quote-mark conventions and languages; scare quotes left out."""

from __future__ import annotations

import pytest

from reader.document.understanding.quotes import extract_quotes


def quotes(text: str, language: str) -> list[tuple[str, str | None]]:
    """(quote text, speaker) pairs found in one paragraph."""
    return [(quote.text, quote.speaker) for quote in extract_quotes([(1, text)], language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            '"We will rebuild every school in the valley," said Governor Maria Lopez.',
            "en",
            ("We will rebuild every school in the valley", "Maria Lopez"),
        ),
        (
            "“We will rebuild every school,” the mayor told reporters.",
            "en",
            ("We will rebuild every school", None),  # described, not named: the role says "the mayor"
        ),
        (
            "„Das ist ein schwerer Schlag für uns alle“, sagte Kanzlerin Anna Weber.",
            "de",
            ("Das ist ein schwerer Schlag für uns alle", "Anna Weber"),
        ),
        (
            "«\u00a0Nous n'avions jamais vu cela\u00a0», a déclaré le maire Paul Martin.",
            "fr",
            ("Nous n'avions jamais vu cela", "Paul Martin"),
        ),
        (
            "«Уровень воды растёт каждый час», — сказал глава МЧС Андрей Петров.",
            "ru",
            ("Уровень воды растёт каждый час", "Андрей Петров"),
        ),
        (
            '"Kami sudah menurunkan seluruh personel," kata Kepala BPBD Rahmat Hidayat kepada wartawan.',
            "id",
            ("Kami sudah menurunkan seluruh personel", "Rahmat Hidayat"),
        ),
        (
            "—«Es una tragedia para todo el pueblo», dijo el alcalde Juan Pérez.",
            "es",
            ("Es una tragedia para todo el pueblo", "Juan Pérez"),
        ),
        (
            "“A situação é muito grave na região”, afirmou o ministro Carlos Souza.",
            "pt",
            ("A situação é muito grave na região", "Carlos Souza"),
        ),
    ],
)
def test_quote_with_verb_after_it(text: str, language: str, expected: tuple[str, str]) -> None:
    assert quotes(text, language) == [expected]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            'Minister Ahmad Yusuf said: "The borders will stay open for aid convoys."',
            "en",
            ("The borders will stay open for aid convoys.", "Ahmad Yusuf"),
        ),
        (
            "Merkel sagte: „Wir schaffen das, davon bin ich überzeugt.“",
            "de",
            ("Wir schaffen das, davon bin ich überzeugt.", "Merkel"),
        ),
        (
            'Menurut Dewi Lestari, "banjir seperti ini akan menjadi kejadian tahunan."',
            "id",
            ("banjir seperti ini akan menjadi kejadian tahunan.", "Dewi Lestari"),
        ),
        (
            'وقال وزير الخارجية: "سنواصل العمل من أجل السلام في المنطقة"',
            "ar",
            ("سنواصل العمل من أجل السلام في المنطقة", "وزير الخارجية"),
        ),
        ("他表示：「我们将继续努力保护这片珊瑚礁的未来」", "zh", ("我们将继续努力保护这片珊瑚礁的未来", "他")),
    ],
)
def test_quote_with_speaker_and_verb_before_it(text: str, language: str, expected: tuple[str, str]) -> None:
    found = quotes(text, language)
    assert len(found) == 1
    assert found[0][0] == expected[0]
    assert expected[1] in (found[0][1] or "") or (found[0][1] is None and expected[1] == "他")


def test_scare_quotes_and_single_words_are_not_quotes() -> None:
    text = "Kota Aleppo jadi \"neraka\" setelah serangan, dan warga menyebutnya 'Armagedon' di media sosial."
    assert quotes(text, "id") == []
    assert quotes("Officials call it a “slow emergency” that nobody can stop.", "en") == []


def test_a_quoted_title_is_not_a_quote() -> None:
    assert quotes("She starred in “The Long Road Home and Other Stories” last year.", "en") == []


def test_apostrophes_do_not_open_quotes() -> None:
    text = "The team's boat couldn't reach the village, and the divers' gear wasn't enough for the '90s wreck."
    assert quotes(text, "en") == []


def test_pronoun_speaker_refers_back_to_the_last_named_speaker() -> None:
    lines = [
        (1, "“The water rose in minutes,” said Siti Aminah, a trader."),
        (2, "“We only took our papers with us,” she said."),
    ]
    found = extract_quotes(lines, "en")
    assert [(q.line, q.speaker) for q in found] == [(1, "Siti Aminah"), (2, "Siti Aminah")]


def test_second_quote_in_a_paragraph_continues_the_same_speaker() -> None:
    text = "„Wir haben so etwas nie erlebt“, sagte Jürgen Albrecht. „Die Böden sind völlig ausgetrocknet.“"
    assert [speaker for _, speaker in quotes(text, "de")] == ["Jürgen Albrecht", "Jürgen Albrecht"]


def test_long_unattributed_quoted_sentence_is_a_quote_without_speaker() -> None:
    assert quotes("“Nobody expected the river to rise this fast in the middle of the night.”", "en") == [
        ("Nobody expected the river to rise this fast in the middle of the night.", None)
    ]


def test_unbalanced_marks_on_a_huge_line_do_not_hang() -> None:
    text = "« " * 50_000 + "kata dia."
    assert quotes(text, "id") == []


def test_a_verb_after_the_quote_attributes_it_even_without_a_name() -> None:
    found = quotes('"ለተጎዱ ቤተሰቦች ጊዜያዊ መጠለያ እያዘጋጀን ነው" ብለዋል።', "am")
    assert found == [("ለተጎዱ ቤተሰቦች ጊዜያዊ መጠለያ እያዘጋጀን ነው", None)]


# --- attribution pattern families ------------------------------------------------------------


def speakers(paragraphs: list[str], language: str) -> list[str | None]:
    """The speaker of every quote found in numbered paragraphs."""
    return [quote.speaker for quote in extract_quotes(list(enumerate(paragraphs, start=1)), language)]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ("“The pumps failed at dawn,” said the head of the Riverside Water Board, Tomas Ekdahl.", "en", "Tomas Ekdahl"),
        (
            '"Jalan desa putus total," kata Kepala Desa Sukaraja, Wawan Hermawan, kepada wartawan.',
            "id",
            "Wawan Hermawan",
        ),
        (
            "“A fila começou às cinco da manhã”, disse a diretora do hospital de Caruaru, Lívia Montenegro.",
            "pt",
            "Lívia Montenegro",
        ),
        ("«Nadie nos avisó del corte de agua», dijo el alcalde de Alhama, Sergio Lozano.", "es", "Sergio Lozano"),
        (
            "“A ponte foi interditada antes da chuva”, disse o comandante do batalhão, capitão Renato Queiroz.",
            "pt",
            "Renato Queiroz",  # a rank between the comma and the name belongs to the role
        ),
        ("“The ferry will not sail tonight,” said the port's duty officer, Captain Ilse Marten.", "en", "Ilse Marten"),
    ],
)
def test_a_role_before_the_name_is_the_role_and_the_name_speaks(text: str, language: str, speaker: str) -> None:
    assert speakers([text], language) == [speaker]


def test_an_organisation_inside_a_job_title_is_not_the_speaker() -> None:
    text = "Hanna Lindqvist, director for logistics at Nordcargo, said: “The trucks will be back by Monday.”"
    assert speakers([text], "en") == ["Hanna Lindqvist"]
    text = "“The trucks will be back by Monday,” said Hanna Lindqvist, director for logistics at Nordcargo."
    assert speakers([text], "en") == ["Hanna Lindqvist"]


@pytest.mark.parametrize(
    ("paragraphs", "language", "expected"),
    [
        (["“We counted every boat twice,” Maria Okafor told the Coastal Herald."], "en", ["Maria Okafor"]),
        (
            ["Der Sprecher Jonas Brehm äußerte sich. „Die Brücke bleibt bis Juni gesperrt“, sagte er dem Abendblatt."],
            "de",
            ["Jonas Brehm"],
        ),
        (
            ["« Le port restera fermé toute la semaine », a déclaré au Journal du Sud le préfet Alain Morvan."],
            "fr",
            ["Alain Morvan"],
        ),
    ],
)
def test_the_listener_is_never_the_speaker(paragraphs: list[str], language: str, expected: list[str]) -> None:
    assert speakers(paragraphs, language) == expected


def test_a_pronoun_is_the_person_the_paragraph_is_about_not_the_last_name_seen() -> None:
    paragraphs = [
        "“The ferry left without us,” said Peter Hollis, a teacher from the island.",
        "Council engineer Ruth Abara inspected the ramp on Monday. Hollis had warned about it, she said.",
        "“The concrete under the ramp has cracked right through,” she told reporters.",
    ]
    assert speakers(paragraphs, "en") == ["Peter Hollis", "Ruth Abara"]


def test_a_short_name_and_a_verb_that_carries_its_subject_take_the_full_name() -> None:
    paragraphs = [
        '"Air laut masuk sampai ke dapur," kata nelayan setempat, Darto Wibisono.',
        'Menurut Darto, warga sudah memindahkan perahu. "Kami tidak punya tempat lain untuk tidur," ujarnya sambil menunjuk rumahnya.',
    ]
    assert speakers(paragraphs, "id") == ["Darto Wibisono", "Darto Wibisono"]


def test_a_bare_quote_paragraph_continues_the_speaker_above() -> None:
    paragraphs = [
        "“Every winter the water comes higher,” said Lena Marsh, who runs the village shop.",
        "“Next year we will move the shop to the hill.”",
    ]
    assert speakers(paragraphs, "en") == ["Lena Marsh", "Lena Marsh"]


def test_someone_described_but_not_named_has_no_speaker_even_after_a_named_one() -> None:
    paragraphs = [
        "“We rebuilt the school in six months,” said Ada Kimani, the district engineer.",
        "A teacher, who asked not to be named, disagreed. “The roof still leaks every time it rains,” he said.",
    ]
    assert speakers(paragraphs, "en") == ["Ada Kimani", None]


def test_an_interrupted_quote_is_one_quote_and_a_new_sentence_after_it_is_another() -> None:
    interrupted = "“The road was closed for weeks,” said Omar Haddad, “and nobody told the farmers why.”"
    found = extract_quotes([(1, interrupted)], "en")
    assert [(q.text, q.speaker) for q in found] == [
        ("The road was closed for weeks, and nobody told the farmers why.", "Omar Haddad")
    ]
    two = "“Perfect,” said Omar Haddad. “The new road saves us two hours every market day.”"
    assert speakers([two], "en") == ["Omar Haddad"]  # the first is too short to report, yet names the speaker


def test_an_attribution_inside_the_quote_names_its_speaker() -> None:
    paragraphs = [
        "La concejala Marta Ibáñez visitó la zona. «Pedimos ayuda en enero —afirmó ella— y seguimos esperando».",
    ]
    assert speakers(paragraphs, "es") == ["Marta Ibáñez"]


def test_a_quoted_fragment_is_marked_and_takes_the_sentence_subject() -> None:
    text = "L'association Terre Vive a dénoncé un projet qu'elle juge « contraire à toutes les promesses faites aux riverains »."
    found = extract_quotes([(1, text)], "fr")
    assert [(q.fragment, q.speaker) for q in found] == [(True, "L'association Terre Vive")]


def test_a_gendered_pronoun_passes_over_a_person_of_the_other_gender() -> None:
    paragraphs = ["Mrs Anna Berg and Tom Reid inspected the dock. “The ramp has to close tonight,” he said."]
    assert speakers(paragraphs, "en") == ["Tom Reid"]
    paragraphs = ["Herr Jonas Brehm und Lea Vogt prüften den Damm. „Der Deich hält noch zwei Tage“, sagte er."]
    assert speakers(paragraphs, "de") == ["Herr Jonas Brehm"]  # the honorific stays with the name


def test_a_quoted_headline_in_title_case_is_not_a_quote() -> None:
    text = "The council's report, “Harbour Board Promises Nothing New,” was published on Friday."
    assert quotes(text, "en") == []


def test_an_organisation_described_by_its_common_noun_is_the_one_named_before() -> None:
    paragraphs = [
        "Antofagasta – La Compañía Minera del Norte suspendió el lunes los turnos de noche.",
        "«La seguridad de los trabajadores está primero», indicó la compañía en un comunicado.",
    ]
    assert speakers(paragraphs, "es") == ["Compañía Minera del Norte"]


def test_a_name_described_by_what_it_is_before_the_comma_gives_way_to_the_person_after_it() -> None:
    text = '"Semua penumpang kapal selamat," kata nakhoda kapal motor Bintang Laut, Rudi Hartono, kepada wartawan.'
    assert speakers([text], "id") == ["Rudi Hartono"]


def test_a_verb_phrase_that_ends_on_a_linking_word_is_followed_by_the_listener() -> None:
    text = "„Dach zerwało w nocy” – powiedział w rozmowie z Radiem Tatry Plus sołtys wsi, Jan Kowalczyk."
    assert speakers([text], "pl") == ["Jan Kowalczyk"]


@pytest.mark.parametrize(
    ("paragraphs", "language", "expected"),
    [
        (  # the organisation word ends its name
            [
                "Brightwater Motors is recalling 12,000 vans over a faulty brake sensor.",
                "“Every owner will get a letter this week,” the carmaker said in a statement.",
            ],
            "en",
            ["Brightwater Motors"],
        ),
        (  # the organisation noun comes before its name
            [
                "De gemeente Zandvoort sluit het strand bij de boulevard voor badgasten.",
                "'We vragen iedereen om uit het water te blijven,' zei de gemeente in een verklaring.",
            ],
            "nl",
            ["Zandvoort"],
        ),
        (  # an inflected noun (авиакомпании) and a plain one (авиакомпания) are the same word
            [
                "Самолёт авиакомпании Северный Ветер вернулся в аэропорт вылета.",
                "«Все пассажиры пересажены на другой борт», — сообщила авиакомпания.",
            ],
            "ru",
            ["Северный Ветер"],
        ),
    ],
)
def test_the_company_said_stands_for_the_organisation_named_before(
    paragraphs: list[str], language: str, expected: list[str]
) -> None:
    assert speakers(paragraphs, language) == expected


def test_an_organisation_name_goes_on_past_its_linking_word() -> None:
    text = "The Ministry of Coastal Affairs said the fences were “temporary and needed for public safety” on Monday."
    assert speakers([text], "en") == ["Ministry of Coastal Affairs"]


def test_a_name_ending_like_a_short_title_is_still_a_name() -> None:
    # "sen", "gen" and "rat" are titles somewhere (Sen., Gen., Stadtrat), never the end of a name
    text = "“The pier will reopen on Monday,” said Ingrid Halvorsen, and Jürgen Murat nodded."
    assert speakers([text], "en") == ["Ingrid Halvorsen"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Ann Cole, the harbour master, told reporters: “The pier stays shut until the storm has passed.”",
            "en",
            "Ann Cole",
        ),
        ("港务局副局长李国强告诉记者：“码头将关闭到台风过境以后，请市民不要靠近海边。”", "zh", "李国强"),
    ],
)
def test_a_verb_that_names_its_listener_leaves_the_speaker_before_it(text: str, language: str, expected: str) -> None:
    assert speakers([text], language) == [expected]


def test_in_a_script_without_capitals_the_name_after_the_role_speaks_and_someone_described_is_not_named() -> None:
    paragraphs = [
        "وقال مدير الميناء، سمير حداد، للصحفيين: «لن تبحر أي سفينة قبل أن تهدأ الرياح تماماً».",
        "وقال أحد الصيادين، طالباً عدم ذكر اسمه: «خسرنا أسبوعاً كاملاً من العمل بسبب العاصفة».",
    ]
    assert speakers(paragraphs, "ar") == ["سمير حداد", None]
    paragraphs = ["一名不愿透露姓名的码头工人告诉记者：“我们已经三天没有开工了，工资也没有着落。”"]
    assert speakers(paragraphs, "zh") == [None]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("“The road is gone completely,” Dr. Anil Kumar Sharma said on Tuesday.", "en", "Anil Kumar Sharma"),
        ("“Nobody warned us at all,” Sen. Maria Lopez told the hearing.", "en", "Maria Lopez"),
        (
            "“It will take months to rebuild,” said Ana María de la Cruz, who runs the bakery.",
            "en",
            "Ana María de la Cruz",
        ),
        ("«No teníamos agua desde el martes», afirmó doña Carmen de los Ríos.", "es", "Carmen de los Ríos"),
        (
            "„Die Halle brannte schon lichterloh“, sagte Einsatzleiter Jan Brügge von der Feuerwehr Kiel.",
            "de",
            "Jan Brügge",
        ),
    ],
)
def test_honorific_periods_and_chained_particles_stay_inside_the_name(text: str, language: str, expected: str) -> None:
    assert speakers([text], language) == [expected]


def test_a_quote_of_three_words_is_a_saying_not_a_quotation() -> None:
    # LABELS.md: a direct quotation has four or more words
    assert quotes("“Never again, ever,” said Maria Lopez.", "en") == []
    assert quotes("“Never again, not ever,” said Maria Lopez.", "en") == [("Never again, not ever", "Maria Lopez")]


def test_a_pull_quote_signed_with_a_dash_names_its_speaker() -> None:
    assert speakers(["“The water came up through the floor.” — Brian Kowalczyk"], "en") == ["Brian Kowalczyk"]


def test_an_organisation_whose_name_runs_past_of_is_the_speaker_not_the_place_after_it() -> None:
    text = "“Safety is our top priority,” the Port Authority of New Jersey said in a statement."
    assert speakers([text], "en") == ["Port Authority of New Jersey"]


@pytest.mark.parametrize(
    ("paragraphs", "language", "expected"),
    [
        (
            [
                "Die Polizei Hamburg teilte am Abend mit, dass die Ursache noch unklar sei. „Wir ermitteln in alle"
                " Richtungen und bitten Zeugen, sich zu melden“, hieß es in der Mitteilung."
            ],
            "de",
            ["Polizei Hamburg"],
        ),
        (
            [
                "Il gruppo Pastificio Lucano ha chiuso l'anno con ricavi in crescita.",
                "«I risultati confermano la forza dei nostri marchi storici», si legge in una nota del gruppo.",
            ],
            "it",
            ["Pastificio Lucano"],
        ),
    ],
)
def test_a_quote_from_a_statement_is_the_organisation_named_before(
    paragraphs: list[str], language: str, expected: list[str]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("“The river turns black every evening,” said a Riverside Road resident who walks there daily.", "en", None),
        ("Her son, Tom Reid, said: “The nurse came over at about two in the morning.”", "en", "Tom Reid"),
        (
            "Pour Karim Haddad, le plus dur reste à venir : « Une fois en orbite, on ne peut plus rien réparer. »",
            "fr",
            "Karim Haddad",
        ),
        (
            "Im Gespräch mit unserer Zeitung schilderte eine Anwohnerin die Nacht: „Es hat zweimal laut geknallt.“",
            "de",
            None,
        ),
        (
            "Eine Anwohnerin sagte gegenüber dieser Zeitung: „Es hat zweimal laut geknallt, dann war alles orange.“",
            "de",
            None,
        ),
    ],
)
def test_the_speaker_is_the_person_the_sentence_is_about_not_a_place_a_phrase_or_a_listener(
    text: str, language: str, expected: str | None
) -> None:
    assert speakers([text], language) == [expected]


@pytest.mark.parametrize(
    ("paragraphs", "language", "expected"),
    [
        (
            [
                "Di Puskesmas Mawar, antrean pasien mengular. Kepala puskesmas itu, dr. Rina Kartika Sari, Sp.PD, "
                'mengatakan stok obat menipis. "Kami sudah meminta kiriman tambahan sejak pekan lalu," tuturnya.'
            ],
            "id",
            "Rina Kartika Sari",
        ),
        (
            [
                "Pengarah Jabatan Kerja Raya negeri, Datuk Hamdan bin Yusof, berkata jalan itu akan dibaiki. "
                "“Kerja pembaikan bermula minggu depan dan siap dalam sebulan,” katanya."
            ],
            "ms",
            "Hamdan bin Yusof",
        ),
        (
            [
                "Na Escola Municipal do Porto Velho, o professor Carlos Eduardo Lima disse ao Diário do Norte que os alunos "
                "“chegam com fome e sem material para acompanhar as aulas”."
            ],
            "pt",
            "Carlos Eduardo Lima",
        ),
        (
            [
                "“The water came up to the second step,” said Dora Vance, who runs the bakery.",
                "A volunteer from the shelter, speaking on condition of anonymity, said the pumps had failed twice. "
                "“Nobody came to fix them for three days,” he said.",
            ],
            "en",
            None,
        ),
    ],
)
def test_a_pronoun_after_reported_speech_is_the_one_who_said_it_not_the_place_named_first(
    paragraphs: list[str], language: str, expected: str | None
) -> None:
    assert speakers(paragraphs, language)[-1] == expected


def test_an_organisation_word_that_begins_another_word_is_no_organisation() -> None:
    # "official" begins like "office", but an official is a person
    paragraphs = [
        "The Northgate Transit Office closed the depot on Monday.",
        "A senior official, who was not authorised to speak, said the roof had failed an inspection. "
        "“Everybody here knew it was only a matter of time,” he said.",
    ]
    assert speakers(paragraphs, "en") == [None]


@pytest.mark.parametrize(
    ("paragraphs", "language", "expected"),
    [
        (
            [
                "La consejera delegada, Marta Oliveira Sanz, presentó ayer las cuentas del grupo.",
                "Sobre una posible fusión, Oliveira fue tajante: «No vamos a vender la empresa a nadie este año».",
            ],
            "es",
            "Marta Oliveira Sanz",
        ),
        (
            [
                "Molto deluso è apparso il portiere, Matteo Ferraris, autore di due parate decisive: "
                "«Abbiamo buttato via una partita che avevamo in mano»."
            ],
            "it",
            "Matteo Ferraris",
        ),
        (
            ["Über die neue Regel sagt das Amt wenig. Berlin bleibt hart: „Wir ändern die Frist für niemanden mehr.“"],
            "de",
            None,
        ),
    ],
)
def test_a_colon_introduces_the_quote_of_the_person_a_part_of_its_sentence_opens_with(
    paragraphs: list[str], language: str, expected: str | None
) -> None:
    assert speakers(paragraphs, language)[-1] == expected


def test_a_pronoun_right_after_the_verb_is_the_speaker_whatever_follows_it() -> None:
    paragraphs = [
        "Seine Anwältin, Rechtsanwältin Petra Lindqvist, kündigte Berufung an. "
        "„Das Urteil wird vor dem Obergericht keinen Bestand haben“, sagte sie vor dem Gerichtssaal."
    ]
    assert speakers(paragraphs, "de") == ["Petra Lindqvist"]


def test_someone_introduced_by_a_possessive_is_described_not_named() -> None:
    text = "Seine Schwester sagte gegenüber dieser Zeitung: „Er hat jeden Morgen vor der Arbeit den Hund ausgeführt.“"
    assert speakers([text], "de") == [None]


@pytest.mark.parametrize(
    ("paragraphs", "language", "expected"),
    [
        (
            [
                "L’Office régional de l’eau (ORE) Bretagne a restreint mardi l’arrosage dans quarante communes.",
                "« Chaque litre compte jusqu’aux prochaines pluies », a indiqué l’ORE dans un communiqué.",
            ],
            "fr",
            "ORE",  # as the attribution names it
        ),
        (
            ["Глава районной администрации Павел Сомов заявил журналистам: «Мост откроют не раньше конца октября»."],
            "ru",
            "Павел Сомов",
        ),
    ],
)
def test_an_elided_article_and_a_listener_without_a_preposition_leave_the_speaker_named(
    paragraphs: list[str], language: str, expected: str
) -> None:
    assert speakers(paragraphs, language)[-1] == expected


def test_a_quote_a_dash_and_a_verb_attribute_as_polish_writes_it() -> None:
    paragraphs = [
        "Sołtys wsi, pani Barbara Sikorska, pamięta tamtą noc. „Woda weszła do kuchni w kilka minut i zabrała "
        "wszystko z parteru” – opowiada."
    ]
    assert speakers(paragraphs, "pl") == ["Barbara Sikorska"]


def test_the_place_in_a_speakers_role_is_no_one_new_between_two_quotes() -> None:
    text = (
        '"Kami semua selamat," kata kapten kapal Bintang Laut, Yusuf Hamzah Lubis, Minggu (9/3). '
        '"Ombak terlalu tinggi untuk kembali ke pelabuhan malam itu."'
    )
    assert speakers([text], "id") == ["Yusuf Hamzah Lubis"]


def test_a_turkish_participle_after_the_quote_names_the_speaker_after_it() -> None:
    paragraphs = [
        "Kemal Sarıoğlu dün belediye binasında basın toplantısı düzenledi.",
        "“Köprü inşaatı ekim ayında bitecek” diyen Sarıoğlu, vatandaşlardan sabır istedi.",
    ]
    assert speakers(paragraphs, "tr") == ["Kemal Sarıoğlu"]


@pytest.mark.parametrize(
    ("paragraphs", "language", "expected"),
    [
        (
            [
                "Martha Ellery has lived on Quarry Lane since 1971. "
                "“Nobody ever asked us what we wanted for this street,” the 81-year-old said."
            ],
            "en",
            "Martha Ellery",
        ),
        (
            [
                "Seit dem Morgen wartet Jonas Albers am Bahnsteig. "
                "„Ich habe meinem Chef geschrieben, dass ich heute nicht mehr komme“, so der 34-Jährige."
            ],
            "de",
            "Jonas Albers",
        ),
    ],
)
def test_someone_called_by_their_age_is_the_person_named_before(
    paragraphs: list[str], language: str, expected: str
) -> None:
    assert speakers(paragraphs, language) == [expected]


def test_a_verb_opening_its_sentence_has_its_speaker_after_it_in_arabic() -> None:
    paragraphs = [
        "وقال مدير مستشفى الزرقاء الحكومي، الدكتور نبيل حداد، إن المستشفى استقبل عشرين مصاباً. "
        "وأضاف: «نعمل بكامل طاقتنا منذ مساء أمس ولم نغلق أبواب الطوارئ»."
    ]
    [speaker] = speakers(paragraphs, "ar")
    assert speaker is not None and speaker.endswith("نبيل حداد")  # the honorific may lead the name


def test_a_capitalised_noun_after_an_article_is_no_one_a_pronoun_can_stand_for() -> None:
    paragraphs = [
        "Das alte Schild der Bäckerei hängt noch über der Tür. Inhaber Lothar Brinkmann, 71, hört im Frühjahr auf. "
        "„Meine Enkel wollen studieren, und das ist auch richtig so“, sagte er."
    ]
    assert speakers(paragraphs, "de") == ["Lothar Brinkmann"]


def test_a_first_name_that_is_also_a_common_word_stays_in_the_name() -> None:
    paragraphs = [
        "Pegawai Daerah Kuala Nerus, Datuk Ahmad Rizal bin Omar, berkata bekalan air akan pulih esok. "
        "“Kami sudah hantar lori tangki ke semua kampung yang terjejas,” katanya."
    ]
    assert speakers(paragraphs, "ms") == ["Ahmad Rizal bin Omar"]


@pytest.mark.parametrize(
    ("paragraphs", "language", "expected"),
    [
        (
            [
                "“Ekiplerimiz sabaha kadar sahada çalıştı” diyen Murat Ekinci, hasarın büyük olduğunu söyledi.",
                "Kasabada fırın işleten ve adının yazılmasını istemeyen bir esnaf ise “Her kışın aynı sorunu yaşıyoruz, "
                "kimse bizi dinlemiyor” diye konuştu.",
            ],
            "tr",
            None,
        ),
        (
            [
                "Murat Ekinci dün sabah sahada incelemelerde bulundu.",
                "Ekinci ise “Altyapı çalışmaları ilkbaharda başlayacak ve yaz sonunda bitecek” dedi.",
            ],
            "tr",
            "Murat Ekinci",
        ),
        (
            [
                "“We will finish the bridge by spring,” said the council leader, Harriet Vane.",
                "Asked whether she would resign if it were late, “Not for a single day,” she said.",
            ],
            "en",
            "Harriet Vane",
        ),
    ],
)
def test_a_subject_written_before_the_quote_in_its_own_sentence_speaks_it(
    paragraphs: list[str], language: str, expected: str | None
) -> None:
    assert speakers(paragraphs, language)[-1] == expected


def test_an_arabic_organisation_named_by_its_definite_words_speaks_for_the_company_of_a_later_statement() -> None:
    paragraphs = [
        "أعلنت هيئة الطيران المدني تأجيل افتتاح المدرج الجديد في مطار المدينة حتى الربيع المقبل.",
        "وقالت الهيئة في بيان: «نعمل مع المقاول لإنهاء الأعمال المتبقية في أسرع وقت ممكن».",
        "وقال أحد الموظفين في المطار، طالباً عدم ذكر اسمه: «الركاب يسألوننا كل يوم عن الموعد الجديد».",
    ]
    assert speakers(paragraphs, "ar") == ["هيئة الطيران المدني", None]
    # a name runs on through a preposition written onto a word when a definite word follows it
    paragraphs = [
        "افتتح المعهد الوطني للبحوث الزراعية، الاثنين، مختبراً جديداً لفحص البذور.",
        "وقال المعهد في بيان: «المختبر سيخدم المزارعين في المحافظات الجنوبية كلها».",
    ]
    assert speakers(paragraphs, "ar") == ["المعهد الوطني للبحوث الزراعية"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Главный врач больницы в Томске Андрей Соколов рассказал о новых правилах. "
            "«Мы принимаем всех, кто пришёл, но ждать придётся долго», — сказал он.",
            "ru",
            "Андрей Соколов",
        ),
        (
            "Kierownik schroniska w Zakopanem Marek Wójcik przyznał, że brakuje miejsc. "
            "„Każdej zimy jest nas za mało”, powiedział.",
            "pl",
            "Marek Wójcik",
        ),
    ],
)
def test_a_place_after_a_linking_word_is_no_part_of_the_name_that_follows_it(
    text: str, language: str, expected: str
) -> None:
    assert speakers([text], language) == [expected]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "« Nous avons attendu trois heures sur le quai, raconte Sylvie Marchand, usagère de la ligne. "
            "Personne ne nous a rien dit. »",
            "fr",
            "Sylvie Marchand",
        ),
        (
            "«Abbiamo chiesto aiuto due volte, spiega Giulia Ferretti. Nessuno ci ha risposto.»",
            "it",
            "Giulia Ferretti",
        ),
    ],
)
def test_an_attribution_inside_a_quote_after_a_comma_names_its_speaker(text: str, language: str, expected: str) -> None:
    assert speakers([text], language) == [expected]


def test_a_comma_and_a_verb_inside_a_quote_without_a_name_attribute_nothing() -> None:
    text = "«Abbiamo chiesto aiuto due volte, dice la gente qui. Nessuno ci ha risposto.»"
    assert speakers([text], "it") == [None]


def test_two_surnames_after_the_full_name_cite_the_full_name() -> None:
    paragraphs = [
        "La directora del colegio, Rosa Elena Huamán Condori, anunció el cierre temporal del comedor.",
        "«No podemos servir comida sin agua potable», dijo Huamán Condori.",
    ]
    assert speakers(paragraphs, "es") == ["Rosa Elena Huamán Condori"]


@pytest.mark.parametrize(
    ("paragraphs", "language", "expected"),
    [
        (
            [
                "Mamlaka ya Maji ya Jiji la Arusha imetangaza kukatwa kwa maji kwa siku mbili.",
                '"Tunawaomba wakazi wahifadhi maji ya kutosha kabla ya Jumatatu," ilisema taarifa hiyo.',
            ],
            "sw",
            "Mamlaka ya Maji ya Jiji la Arusha",
        ),
        (
            [
                "A Companhia Estadual de Águas interrompeu o abastecimento em três bairros de Niterói.",
                "“O serviço será normalizado até a noite de quinta-feira”, diz a nota oficial.",
            ],
            "pt",
            "Companhia Estadual de Águas",
        ),
    ],
)
def test_a_statement_described_in_a_few_words_speaks_for_the_organisation_named_before(
    paragraphs: list[str], language: str, expected: str
) -> None:
    assert speakers(paragraphs, language) == [expected]


@pytest.mark.parametrize(
    ("paragraphs", "language", "expected"),
    [
        (
            [
                "El pescador Juan Carlos Ibáñez perdió su barca en el temporal del martes.",
                "«Treinta años en el mar y nunca vi olas así», contó el hombre, todavía en el puerto.",
            ],
            "es",
            ["Juan Carlos Ibáñez"],
        ),
        (
            [
                "Hafenmeister Jens Albrecht hat die Fähre am Morgen gestoppt.",
                "„Bei diesem Wind lasse ich niemanden hinaus“, sagte der Mann im Hafenbüro.",
                "„Wir warten schon seit sechs Uhr“, sagte ein Urlauber.",
            ],
            "de",
            ["Jens Albrecht", None],
        ),
    ],
)
def test_someone_described_with_a_definite_article_was_named_before_and_with_another_is_someone_new(
    paragraphs: list[str], language: str, expected: list[str | None]
) -> None:
    assert speakers(paragraphs, language) == expected


def test_a_place_after_a_preposition_and_a_particle_before_an_honorific_name_no_one_a_pronoun_stands_for() -> None:
    said = "Die 72-Jährige, die den Laden von ihrem Vater übernommen hat, sagt: „Ich finde niemanden, der weitermacht.“"
    for paragraph in (
        f"In Wittstock an der Oberen Havel führt Frau Gisela Hoffmeister seit vierzig Jahren die Bäckerei. {said}",
        f"Die Bäckerei von Frau Dr. Gisela Hoffmeister schließt nach vierzig Jahren. {said}",
    ):
        [speaker] = speakers([paragraph], "de")
        assert speaker is not None and speaker.endswith("Gisela Hoffmeister")  # the honorific may lead the name


def test_a_first_name_ending_like_a_title_is_a_name_and_a_compound_title_still_a_title() -> None:
    text = "“Foi uma noite emocionante para todos nós”, disse a realizadora Beatriz Monteiro sobre o seu filme “Vento Norte” no festival."
    assert speakers([text], "pt") == ["Beatriz Monteiro"]
    text = "„Wir brauchen mehr Personal“, sagte Gesundheitsministerin Petra Köpping am Montag."
    [speaker] = speakers([text], "de")
    assert speaker is not None and speaker.endswith("Petra Köpping") and "Gesundheitsministerin" not in speaker


def test_names_describing_the_speaker_after_a_short_quote_are_no_one_new_for_the_next_quote() -> None:
    text = (
        "“Exhausted,” said Harriet Okonkwo-Baines, a volunteer at the shelter run by the charity Northern Light Trust, "
        "when asked how she felt. “We served 300 meals last night and ran out of blankets by ten.”"
    )
    assert speakers([text], "en") == ["Harriet Okonkwo-Baines"]
    text = (
        "“Exhausted,” said Harriet Okonkwo-Baines. Her colleague Samuel Adeyemi shook his head. "
        "“We ran out of blankets by ten,” he said."
    )
    assert speakers([text], "en") == ["Samuel Adeyemi"]


def test_a_role_and_a_place_run_into_a_name_are_not_its_given_names() -> None:
    text = '"Stok obat kami cukup untuk dua minggu," kata Kepala Dinas Kesehatan Kota Palu Andi Rahman kepada wartawan.'
    [speaker] = speakers([text], "id")
    assert speaker == "Andi Rahman"


@pytest.mark.parametrize(
    ("paragraphs", "language", "expected"),
    [
        (  # a definite description with an organisation's noun, no name for it anywhere: the organisation speaks
            [
                "El paciente, un albañil de 52 años, «sigue en cuidados intensivos», según el hospital provincial de Jaén."
            ],
            "es",
            ["hospital provincial"],
        ),
        (  # an indefinite one is someone described, not the organisation
            ["“The roof could have come down on anyone,” a hospital porter said."],
            "en",
            [None],
        ),
        (  # "the trust" stands for the trust named after "by the"
            [
                "Waiting times rose again, according to figures released by the Northfield Valley Health Trust.",
                "In a statement, the trust said: “We are sorry for every hour our patients have waited.”",
            ],
            "en",
            ["Northfield Valley Health Trust"],
        ),
        (  # an organisation's name in quote marks after its noun is the one its statement speaks for
            [
                "Паром компании «Северная линия» вернулся в порт из-за шторма.",
                "«Безопасность пассажиров для нас важнее расписания», — говорится в сообщении компании.",
            ],
            "ru",
            ["Северная линия"],
        ),
    ],
)
def test_an_organisation_speaks_when_its_noun_or_its_name_is_given(
    paragraphs: list[str], language: str, expected: list[str | None]
) -> None:
    assert speakers(paragraphs, language) == expected


@pytest.mark.parametrize(
    ("paragraphs", "language", "expected"),
    [
        (  # the sentence's subject says the fragment, not the clause after it
            [
                "The Severn Basin Agency said in a statement that levels were “likely to keep rising until late on Sunday,” "
                "but warned drivers to stay off the bridge."
            ],
            "en",
            ["Severn Basin Agency"],
        ),
        (  # "according to her": the one who spoke last
            [
                "Brandweercommandant Els Wouters zei dat het vuur snel onder controle was: “Niemand is gewond geraakt.”",
                "Volgens haar is het “een wonder dat de buren op tijd buiten stonden”.",
            ],
            "nl",
            ["Els Wouters", "Els Wouters"],
        ),
        (
            [
                "«Ремонт триватиме до кінця місяця», — сказав директор депо Петро Коваль.",
                "За його словами, пасажирів «перевозитимуть автобусами тим самим маршрутом».",
            ],
            "uk",
            ["Петро Коваль", "Петро Коваль"],
        ),
        (  # an organisation named after its noun, in the fragment's sentence
            ["Volgens vakbond Dokwerk, die de actie leidt, gaat het om “de langste staking in twintig jaar”."],
            "nl",
            ["Dokwerk"],
        ),
    ],
)
def test_a_fragment_is_said_by_its_sentence_subject_or_by_whom_according_to_names(
    paragraphs: list[str], language: str, expected: list[str | None]
) -> None:
    assert speakers(paragraphs, language) == expected


def test_a_colon_introduced_quote_is_said_by_the_name_nearest_the_colon_not_by_a_capitalised_opening_word() -> None:
    text = (
        "Preguntada por si el centro cerrará en agosto, Valdés fue rotunda: «No cerraremos ni un solo día este verano»."
    )
    paragraphs = ["«Necesitamos más personal ya», dijo la directora del centro, Lucía Valdés.", text]
    assert speakers(paragraphs, "es") == ["Lucía Valdés", "Lucía Valdés"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # an Arabic comma between the closing mark and the verb opens no speaker
        ("«سنعيد فتح السوق قبل نهاية الشهر الجاري»، قال يوسف الحمدان.", "ar", "يوسف الحمدان"),
        # a quoted organisation name before the person is part of the role, not of the name
        (
            "«Ремонт мосту завершимо до зими», — сказав директор підприємства «Дніпромостобуд» Петро Коваль.",
            "uk",
            "Петро Коваль",
        ),
        # Swahili joins an organisation's name with its class connectives ("cha", "za")
        (
            "Kwa mujibu wa taarifa ya Chama cha Walimu Tanzania, mgomo huo “utaendelea hadi madai yote yatimizwe”.",
            "sw",
            "Chama cha Walimu Tanzania",
        ),
    ],
)
def test_a_speaker_is_not_cut_or_joined_at_a_comma_a_quoted_name_or_a_connective(
    text: str, language: str, expected: str
) -> None:
    assert speakers([text], language) == [expected]


@pytest.mark.parametrize(
    ("paragraphs", "language", "expected"),
    [
        # the name is the run of ideographs before an honorific, after a relative clause in kana
        (["漁を40年続ける田村浩二さんは「こんなに水が温かい秋は初めてだ」と話した。"], "ja", ["田村浩二"]),
        # a role written before the name stays out of it, and a verb new to the list still attributes
        (["県水産課の主任研究員村井玲子氏は「原因はまだ分からない」と付け加えた。"], "ja", ["村井玲子"]),
        # a straight closing mark followed at once by a Korean particle still closes the quote
        (['박정호 교수는 "해수 온도가 평년보다 3도 높다"라고 말했다.'], "ko", ["박정호"]),
        # the quotative particle written onto the closing mark is no speaker: the subject before the quote is
        (["어촌계 이순자 선임연구원은 “올해는 작년보다 두 배나 많이 잡혔다”고 설명했다."], "ko", ["이순자"]),
        (
            [
                "이순자 선임연구원은 “올해는 작년보다 두 배나 많이 잡혔다”고 설명했다.",
                "그는 “내년에도 이런 추세가 이어질 것”이라고 덧붙였다.",
            ],
            "ko",
            ["이순자", "이순자"],
        ),
    ],
)
def test_in_japanese_and_korean_the_name_before_an_honorific_or_a_title_speaks(
    paragraphs: list[str], language: str, expected: list[str]
) -> None:
    assert speakers(paragraphs, language) == expected
