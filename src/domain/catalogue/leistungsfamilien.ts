/**
 * The service families (Leistungsfamilien) inside each task area of `AUFGABENBEREICHE`: the small
 * bundles of services a portal or an office handles together as one online service or topic page
 * ("Eheschließung": Trauung, Heirat, Ehefähigkeitszeugnis …; "Waffen": Waffenbesitzkarte, Munitionserwerb
 * …), each with the words such services are named by, their synonyms and common abbreviations. Written
 * for this project (2026-12-06) by a helper that saw nothing of the project but the task areas, from
 * general knowledge of German municipal, district and state administration; not from the OZG catalogue or
 * any evaluation list. The families of the five state-level areas and a few state-level families of
 * the municipal ones (Arbeitnehmerschutz, Grundbuchamt, Soziale Entschädigung …) were added on 2026-12-07
 * the same way, by a helper that saw only this file and `AUFGABENBEREICHE`; a second such helper then
 * added 165 words of sub-services and synonyms to 91 families ("Geschwisterbonus" to Elterngeld,
 * "Sperrstunde" to Gaststätten), each checked to place alone in its family. On 2026-12-07 the family
 * "Außerbetriebsetzung & Halterwechsel" was merged into "Fahrzeugzulassung", as the OZG-Leistung
 * "Kraftfahrzeugzulassung, -um- und Abmeldung" and i-Kfz bundle them (the motion's own example). Families
 * link names that share no word; every word is in one family only.
 */
export interface Leistungsfamilie {
  /** Its name (German, whole words). */
  readonly name: string;
  /** Words of its services, separated by commas. */
  readonly words: string;
}

/** The families of each task area, in the order of `AUFGABENBEREICHE`. */
export const LEISTUNGSFAMILIEN: readonly (readonly Leistungsfamilie[])[] = [
  // Bürgerbüro & Meldewesen
  [
    {
      name: "Personalausweis",
      words:
        "Personalausweis, Ausweis, Online-Ausweisfunktion, eID, eID-Karte, PIN, PIN-Brief, Rücksetzbrief, PUK, AusweisApp, Vorläufiger Personalausweis, Ausweisverlust, Verlustanzeige, Passfoto, Lichtbild, Biometrisches Passbild, Fingerabdruck, Ausweisdokument, Künstlername, Ordensname",
    },
    {
      name: "Reisepass",
      words:
        "Reisepass, Pass, Kinderreisepass, Expressreisepass, Express-Pass, Vorläufiger Reisepass, Zweitpass, Passverlust, ePass, Reisedokument, Passbehörde, Passversagung, Passentziehung, Kinderausweis",
    },
    {
      name: "Wohnsitz & Umzug",
      words:
        "Wohnsitz, Hauptwohnung, Nebenwohnung, Erstwohnsitz, Zweitwohnsitz, Umzug, Zuzug, Wegzug, Auszug, Wohnsitzummeldung, Wohnsitzanmeldung, Wohnsitzabmeldung, Auslandsabmeldung, Wohnungsgeberbestätigung, Wohnungsgeber, Vermieterbescheinigung, Einwohnermeldeamt, Meldebehörde, Adressänderung, Anschrift, Wohnort, Neubürger",
    },
    {
      name: "Meldebescheinigung",
      words:
        "Meldebescheinigung, Aufenthaltsbescheinigung, Wohnsitzbescheinigung, Haushaltsbescheinigung, Meldebestätigung, Lebensbescheinigung, Lebensnachweis",
    },
    {
      name: "Melderegisterauskunft & Sperren",
      words:
        "Melderegister, Melderegisterauskunft, Registerauskunft, Adressauskunft, Anschriftenermittlung, Adressermittlung, Gruppenauskunft, Meldedaten, Datenübermittlung, Auskunftssperre, Übermittlungssperre, Widerspruchsrecht, Sperrvermerk, Datenweitergabe",
    },
    {
      name: "Führungszeugnis",
      words:
        "Führungszeugnis, Erweitertes Führungszeugnis, Europäisches Führungszeugnis, Polizeiliches Führungszeugnis, Bundeszentralregister, BZR, Gewerbezentralregister, Gewerbezentralregisterauskunft, Strafregister",
    },
    {
      name: "Beglaubigungen",
      words:
        "Unterschriftsbeglaubigung, Amtliche Beglaubigung, Dokumentenbeglaubigung, Beglaubigte Kopie, Beglaubigte Abschrift, Kopie, Abschrift, Fotokopie, Apostille, Legalisation",
    },
    {
      name: "Fundsachen",
      words:
        "Fundsache, Fundbüro, Fundgegenstand, Fundanzeige, Fundfahrrad, Fundsachenversteigerung, Finderlohn, Verlustmeldung, Verlorene Gegenstände",
    },
    {
      name: "Bürgerservice & Termine",
      words:
        "Bürgerbüro, Bürgeramt, Bürgerservice, Bürgerdienste, Servicecenter, Termin, Terminvereinbarung, Online-Termin, Öffnungszeiten, Wartenummer, Behördennummer, 115, Bürgerterminal, Kundenzentrum, BundID, Servicekonto, Nutzerkonto, Bürgertelefon, Rathaus",
    },
  ],
  // Standesamt & Personenstand
  [
    {
      name: "Geburt",
      words:
        "Geburt, Geburtsurkunde, Geburtsanzeige, Geburtsbeurkundung, Geburtenregister, Neugeborenes, Baby, Hausgeburt, Geburtsbescheinigung, Namenserteilung, Vornamenswahl, Vaterschaft, Vaterschaftsanerkennung, Mutterschaftsanerkennung, Vaterschaftsfeststellung, Vaterschaftsanfechtung, Abstammung, Totgeburt, Sternenkind, Vertrauliche Geburt",
    },
    {
      name: "Eheschließung & Lebenspartnerschaft",
      words:
        "Eheschließung, Trauung, Standesamtliche Trauung, Heirat, Hochzeit, Ehe, Eheurkunde, Heiratsurkunde, Eheregister, Ehefähigkeitszeugnis, Eheanmeldung, Trauzeuge, Trautermin, Trauort, Trauzimmer, Auslandsheirat, Lebenspartnerschaft, Eingetragene Lebenspartnerschaft, Lebenspartnerschaftsurkunde, Verpartnerung",
    },
    {
      name: "Namensrecht",
      words:
        "Namensänderung, Namenserklärung, Familienname, Nachname, Vorname, Vornamensänderung, Ehename, Geburtsname, Begleitname, Doppelname, Einbenennung, Rückbenennung, Namensangleichung, Angleichungserklärung, Namensbestimmung, Namensführung, Namenswahl, Name",
    },
    {
      name: "Sterbefall",
      words:
        "Sterbefall, Sterbeurkunde, Todesfall, Tod, Sterbefallanzeige, Sterberegister, Sterbefallbeurkundung, Verstorbener, Todeserklärung, Trauerfall, Hinterbliebene",
    },
    {
      name: "Personenstandsurkunden",
      words:
        "Personenstand, Personenstandsurkunde, Personenstandsregister, Urkunde, Abstammungsurkunde, Registerausdruck, Beglaubigter Registerausdruck, Internationale Urkunde, Mehrsprachige Urkunde, Nachbeurkundung, Auslandsbeurkundung, Beurkundung, Standesamt, Urkundenbestellung, Familienbuch, Stammbuch",
    },
    {
      name: "Geschlechtseintrag",
      words:
        "Geschlechtseintrag, Geschlechtsangabe, Geschlechtszugehörigkeit, Selbstbestimmungsgesetz, SBGG, Divers, Transgender, Intergeschlechtlichkeit, Nichtbinär, Transsexuellengesetz, TSG",
    },
    {
      name: "Kirchenaustritt",
      words:
        "Kirchenaustritt, Kirchenaustrittsbescheinigung, Kirche, Kirchensteuer, Religionsgemeinschaft, Religionszugehörigkeit, Konfession, Kircheneintritt, Wiedereintritt",
    },
  ],
  // Ausländerbehörde & Einbürgerung
  [
    {
      name: "Aufenthaltstitel",
      words:
        "Aufenthaltstitel, Elektronischer Aufenthaltstitel, eAT, Aufenthaltserlaubnis, Niederlassungserlaubnis, Daueraufenthalt, Daueraufenthalt-EU, Aufenthalt, Aufenthaltsrecht, Aufenthaltsstatus, Fiktionsbescheinigung, Zusatzblatt, Ausländer, Ausländerbehörde, Ausländeramt, Studienaufenthalt, Ausbildungsaufenthalt",
    },
    {
      name: "EU-Freizügigkeit",
      words:
        "Freizügigkeit, Freizügigkeitsrecht, Unionsbürger, EU-Bürger, EWR, Aufenthaltskarte, Daueraufenthaltskarte, Grenzgängerkarte, Aufenthaltsdokument-GB, Brexit",
    },
    {
      name: "Visum & Einladung",
      words:
        "Visum, Nationales Visum, Schengenvisum, Besuchervisum, Visumverlängerung, Einreise, Verpflichtungserklärung, Einladung, Einladungsschreiben, Besuch, Gastgeber, Bonitätsnachweis, Vorabzustimmung, Visa, Auslandsvertretung, Konsulat",
    },
    {
      name: "Arbeit & Fachkräfte",
      words:
        "Blaue Karte, Blue Card, Beschäftigungserlaubnis, Arbeitserlaubnis, Erwerbstätigkeit, Fachkräfte, Fachkräfteeinwanderung, Beschleunigtes Fachkräfteverfahren, Chancenkarte, ICT-Karte, Forscher, Westbalkanregelung, Saisonbeschäftigung, Anerkennungspartnerschaft",
    },
    {
      name: "Familiennachzug",
      words:
        "Familiennachzug, Ehegattennachzug, Kindernachzug, Elternnachzug, Familienzusammenführung, Nachzug, Sprachnachweis, Deutschkenntnisse",
    },
    {
      name: "Asyl & Duldung",
      words:
        "Asyl, Asylverfahren, Asylbewerber, Flüchtling, Geflüchtete, Schutzsuchende, Duldung, Ausbildungsduldung, Beschäftigungsduldung, Aufenthaltsgestattung, Ankunftsnachweis, Subsidiärer Schutz, Vorübergehender Schutz, Wohnsitzauflage, Wohnsitzregelung, Umverteilung, BAMF, Bleiberecht, Härtefallkommission, Erstaufnahmeeinrichtung, Ukraine",
    },
    {
      name: "Reiseausweis & Passersatz",
      words:
        "Reiseausweis, Reiseausweis für Flüchtlinge, Reiseausweis für Ausländer, Reiseausweis für Staatenlose, Staatenlose, Staatenlosigkeit, Passersatz, Passersatzpapier, Ausweisersatz, Passbeschaffung, Passpflicht, Nationalpass",
    },
    {
      name: "Ausreise & Rückkehr",
      words:
        "Abschiebung, Ausreise, Freiwillige Ausreise, Ausreisepflicht, Rückkehr, Rückkehrberatung, Rückkehrförderung, Rückführung, Ausweisung, Einreisesperre, Wiedereinreisesperre, Grenzübertrittsbescheinigung, Abschiebungshaft, Abschiebungsverbot",
    },
    {
      name: "Einbürgerung & Staatsangehörigkeit",
      words:
        "Einbürgerung, Einbürgerungsurkunde, Einbürgerungstest, Leben-in-Deutschland-Test, Einbürgerungsfeier, Staatsangehörigkeit, Deutsche Staatsangehörigkeit, Doppelte Staatsangehörigkeit, Mehrstaatigkeit, Staatsangehörigkeitsausweis, Staatsangehörigkeitsfeststellung, Beibehaltungsgenehmigung, Optionspflicht, Sprachzertifikat, Staatsbürgerschaft",
    },
    {
      name: "Integrationskurs",
      words:
        "Integrationskurs, Orientierungskurs, Deutschkurs, Berufssprachkurs, Integrationskursberechtigung, Teilnahmeberechtigung, Berechtigungsschein, DTZ, Alphabetisierungskurs",
    },
  ],
  // Wahlen & Bürgerbeteiligung
  [
    {
      name: "Wahlen",
      words:
        "Wahl, Kommunalwahl, Europawahl, Bundestagswahl, Landtagswahl, Bürgermeisterwahl, Oberbürgermeisterwahl, Landratswahl, Stichwahl, Kreistagswahl, Kreiswahl, Gemeinderatswahl, Stadtratswahl, Ortschaftsratswahl, Bezirksvertretungswahl, Integrationsratswahl, Seniorenbeiratswahl, Wahlergebnis, Wahltermin, Wahlsonntag, Wahlbezirk, Wahlamt, Wahllokal, Wahlraum",
    },
    {
      name: "Briefwahl",
      words:
        "Briefwahl, Wahlschein, Briefwahlunterlagen, Briefwahlantrag, Briefwahlbüro, Wahlbrief, Stimmzettel, Stimmzettelschablone, Stimmabgabe, Wahlbenachrichtigung",
    },
    {
      name: "Wahlrecht & Wählerverzeichnis",
      words:
        "Wählerverzeichnis, Wahlrecht, Wahlberechtigung, Wahlberechtigte, Auslandsdeutsche, Wählbarkeit, Wahlausschluss",
    },
    {
      name: "Wahlhelfer",
      words:
        "Wahlhelfer, Wahlhelfende, Wahlvorstand, Briefwahlvorstand, Wahlvorsteher, Schriftführer, Beisitzer, Erfrischungsgeld, Wahlehrenamt",
    },
    {
      name: "Kandidatur & Wahlvorschläge",
      words:
        "Wahlvorschlag, Kandidatur, Kandidat, Unterstützungsunterschrift, Wählergruppe, Partei, Listenvorschlag, Landesliste, Wahlkreisbewerber, Wahlausschuss, Wahlwerbung, Wahlplakat, Wahlprüfung, Wahleinspruch, Wahlbewerber",
    },
    {
      name: "Bürgerbegehren & Bürgerentscheid",
      words:
        "Bürgerbegehren, Bürgerentscheid, Ratsbürgerentscheid, Einwohnerantrag, Einwohnerbegehren, Volksbegehren, Volksentscheid, Volksinitiative, Abstimmung, Unterschriftenliste, Unterschriftensammlung, Kostendeckungsvorschlag, Direkte Demokratie",
    },
    {
      name: "Bürgerbeteiligung",
      words:
        "Bürgerbeteiligung, Beteiligung, Öffentlichkeitsbeteiligung, Beteiligungsportal, Online-Beteiligung, Bürgerdialog, Bürgerversammlung, Einwohnerversammlung, Einwohnerfragestunde, Bürgerhaushalt, Bürgerrat, Bürgerforum, Jugendbeteiligung, Jugendparlament, Bürgerbefragung, Einwohnerbefragung",
    },
    {
      name: "Anregungen & Beschwerden",
      words:
        "Petition, Anregung, Beschwerde, Eingabe, Bürgeranliegen, Beschwerdemanagement, Ideenmanagement, Lob, Kritik, Mängelmelder, Mängelmeldung, Bürgerbeauftragter, Ombudsstelle, Petitionsausschuss, Dienstaufsichtsbeschwerde",
    },
  ],
  // Verwaltung, Rat & Personal
  [
    {
      name: "Ratsinformation & Sitzungen",
      words:
        "Rat, Gemeinderat, Stadtrat, Kreistag, Ratsinformation, Ratsinformationssystem, Sitzung, Sitzungskalender, Tagesordnung, Niederschrift, Protokoll, Beschluss, Ausschuss, Bezirksvertretung, Ortsbeirat, Ortschaftsrat, Bürgermeister, Oberbürgermeister, Landrat, Stadtverordnetenversammlung, Gemeindevertretung, Ortsrat, Magistrat",
    },
    {
      name: "Mandat & Fraktionen",
      words:
        "Mandat, Mandatsträger, Fraktion, Ratsmitglied, Kreistagsmitglied, Sitzungsgeld, Aufwandsentschädigung, Verdienstausfall, Ehrenbeamter, Ortsvorsteher, Sachkundige Bürger",
    },
    {
      name: "Ehrungen & Jubiläen",
      words:
        "Ehrung, Jubiläum, Ehejubiläum, Goldene Hochzeit, Altersjubiläum, Glückwunsch, Gratulation, Ehrenbürger, Ehrennadel, Bundesverdienstkreuz, Verdienstorden, Goldenes Buch, Empfang, Ehrenpatenschaft, Rettungsmedaille, Schirmherrschaft, Geburtstag, Ehrenring",
    },
    {
      name: "Städtepartnerschaft",
      words:
        "Städtepartnerschaft, Partnerstadt, Städtefreundschaft, Partnerschaftsverein, Bürgerreise, Schüleraustausch, Internationale Beziehungen, Partnergemeinde",
    },
    {
      name: "Stellen & Bewerbung",
      words:
        "Personal, Personalamt, Stellenausschreibung, Stellenangebot, Stellenbörse, Bewerbung, Initiativbewerbung, Job, Karriere, Arbeitgeber, Beschäftigte, Dienstausweis",
    },
    {
      name: "Ausbildung & Praktikum",
      words:
        "Ausbildungsplatz, Ausbildung, Duales Studium, Praktikum, Praktikumsplatz, Schülerpraktikum, Freiwilliges Soziales Jahr, FSJ, Bundesfreiwilligendienst, BFD, Anwärter, Verwaltungsfachangestellte, Auszubildende, Azubi, Trainee, FÖJ",
    },
    {
      name: "Archiv & Familienforschung",
      words:
        "Archiv, Stadtarchiv, Kreisarchiv, Archivgut, Archivbenutzung, Lesesaal, Familienforschung, Ahnenforschung, Genealogie, Chronik, Stadtgeschichte, Ortsgeschichte, Heimatforschung, Bildarchiv, Reproduktion",
    },
    {
      name: "Informationsfreiheit & Datenschutz",
      words:
        "Informationsfreiheit, Informationszugang, Informationsfreiheitsgesetz, IFG, Akteneinsicht, Transparenz, Transparenzgesetz, Umweltinformation, Umweltinformationsgesetz, UIG, Datenschutz, Datenschutzbeauftragter, DSGVO, Datenauskunft, Betroffenenrechte, Auskunftsrecht",
    },
    {
      name: "Presse & Öffentlichkeitsarbeit",
      words:
        "Presse, Pressemitteilung, Pressestelle, Öffentlichkeitsarbeit, Amtsblatt, Bekanntmachung, Öffentliche Bekanntmachung, Newsletter, Social Media, Stadtmagazin, Wappen, Stadtwappen, Wappennutzung, Logo, Flagge, Beflaggung, Mitteilungsblatt, Gemeindeblatt, Hoheitszeichen",
    },
    {
      name: "Schiedsamt & Schöffen",
      words:
        "Schiedsamt, Schiedsperson, Schiedsmann, Schiedsfrau, Schlichtung, Streitschlichtung, Sühneverfahren, Nachbarschaftsstreit, Schöffe, Jugendschöffe, Schöffenwahl, Schöffenamt, Ehrenamtlicher Richter, Vorschlagsliste",
    },
    {
      name: "Kommunalaufsicht & Ortsrecht",
      words:
        "Kommunalaufsicht, Rechtsaufsicht, Satzung, Ortsrecht, Hauptsatzung, Geschäftsordnung, Gemeindeordnung, Haushaltssatzung, Kreditaufnahme, Zweckverband, Beteiligungsbericht, Gebietsreform, Eingemeindung",
    },
  ],
  // Steuern, Abgaben & Stadtkasse
  [
    {
      name: "Grundsteuer",
      words:
        "Grundsteuer, Grundsteuer A, Grundsteuer B, Grundsteuer C, Grundsteuerbescheid, Grundsteuerreform, Grundsteuerwert, Grundsteuermessbetrag, Messbescheid, Hebesatz, Grundsteuererlass, Grundbesitzabgaben, Grundbesitzabgabenbescheid, Feststellungserklärung",
    },
    {
      name: "Gewerbesteuer",
      words:
        "Gewerbesteuer, Gewerbesteuerbescheid, Gewerbesteuervorauszahlung, Vorauszahlung, Gewerbesteuermessbetrag, Gewerbesteuerhebesatz, Zerlegung, Zerlegungsbescheid, Gewerbesteuererklärung",
    },
    {
      name: "Hundesteuer",
      words:
        "Hundesteuer, Hundesteuermarke, Steuermarke, Hundemarke, Hundesteuerbefreiung, Kampfhundesteuer, Hundeanmeldung, Hundeabmeldung, Zweithund, Hundebestandsaufnahme",
    },
    {
      name: "Örtliche Aufwandsteuern",
      words:
        "Steuer, Kommunalsteuer, Zweitwohnungsteuer, Zweitwohnungssteuer, Zweitwohnsitzsteuer, Zweitwohnung, Vergnügungsteuer, Vergnügungssteuer, Spielgerätesteuer, Spielautomatensteuer, Wettbürosteuer, Verpackungssteuer, Jagdsteuer, Getränkesteuer",
    },
    {
      name: "Kurbeitrag & Übernachtungssteuer",
      words:
        "Kurbeitrag, Kurtaxe, Gästebeitrag, Gästekarte, Kurkarte, Beherbergungssteuer, Übernachtungssteuer, Bettensteuer, City-Tax, Kulturförderabgabe, Fremdenverkehrsbeitrag, Tourismusbeitrag, Tourismusabgabe, Gästemeldeschein",
    },
    {
      name: "Erschließungs- & Ausbaubeiträge",
      words:
        "Erschließungsbeitrag, Erschließungskosten, Straßenausbaubeitrag, Ausbaubeitrag, Wiederkehrende Beiträge, Anliegerbeitrag, Anlieger, Anschlussbeitrag, Kanalanschlussbeitrag, Kanalbaubeitrag, Beitragsbescheid, Vorausleistung, Ablösevereinbarung",
    },
    {
      name: "Zahlung & Stadtkasse",
      words:
        "Kasse, Stadtkasse, Kreiskasse, Gemeindekasse, Zahlung, Zahlungsverkehr, Lastschrift, SEPA-Lastschriftmandat, SEPA-Mandat, Einzugsermächtigung, Bankverbindung, Kontoverbindung, Überweisung, Kassenzeichen, Gebührenbescheid, Abgabenbescheid, Verwaltungsgebühr, Erstattung, Rückerstattung, Online-Bezahlung",
    },
    {
      name: "Mahnung & Vollstreckung",
      words:
        "Mahnung, Zahlungserinnerung, Mahngebühr, Säumniszuschlag, Rückstand, Zahlungsrückstand, Forderung, Vollstreckung, Zwangsvollstreckung, Vollstreckungsankündigung, Vollstreckungsbehörde, Vollstreckungsersuchen, Vollziehungsbeamter, Pfändung, Kontopfändung, Lohnpfändung, Vermögensauskunft, Zwangsgeld, Amtshilfe, Insolvenz",
    },
    {
      name: "Stundung & Erlass",
      words:
        "Stundung, Erlass, Ratenzahlung, Ratenzahlungsvereinbarung, Teilzahlung, Zahlungsaufschub, Niederschlagung, Billigkeitsmaßnahme, Härtefall, Zahlungsschwierigkeiten",
    },
    {
      name: "Haushalt & Finanzen",
      words:
        "Haushalt, Haushaltsplan, Jahresabschluss, Gesamtabschluss, Doppik, Kämmerei, Finanzen, Kommunalfinanzen, Haushaltssicherungskonzept, Investitionsprogramm, Schlüsselzuweisung, Spende, Zuwendungsbestätigung, Spendenquittung, Sponsoring",
    },
  ],
  // Liegenschaften & Grundstücke
  [
    {
      name: "Grundstücksverkauf & Bauplätze",
      words:
        "Grundstück, Grundstücksverkauf, Grundstückskauf, Grundstücksankauf, Grunderwerb, Grundstücksangebot, Grundstücksbörse, Baugrundstück, Bauplatz, Bauplatzvergabe, Baulandvergabe, Bauland, Einheimischenmodell, Kaufvertrag, Immobilie, Immobilienverkauf, Liegenschaft, Liegenschaftsamt, Immobilienmanagement, Gebäudemanagement",
    },
    {
      name: "Erbbaurecht",
      words:
        "Erbbaurecht, Erbbaurechtsvertrag, Erbbauzins, Erbbaugrundstück, Erbbauberechtigter, Heimfall, Erbpacht",
    },
    {
      name: "Vorkaufsrecht",
      words:
        "Vorkaufsrecht, Gemeindliches Vorkaufsrecht, Vorkaufsrechtsverzicht, Negativattest, Negativzeugnis, Verzichtserklärung, Notar",
    },
    {
      name: "Pacht",
      words:
        "Pacht, Pachtvertrag, Pachtzins, Pachtfläche, Pachtland, Landpacht, Gartenland, Gewässerpacht, Verpachtung",
    },
    {
      name: "Kleingarten",
      words:
        "Kleingarten, Kleingartenparzelle, Kleingartenanlage, Kleingartenverein, Schrebergarten, Gartenparzelle, Parzelle, Grabeland, Gartenlaube, Laube",
    },
    {
      name: "Dienstbarkeiten & Gestattungen",
      words:
        "Dienstbarkeit, Grunddienstbarkeit, Beschränkte persönliche Dienstbarkeit, Leitungsrecht, Wegerecht, Überfahrtsrecht, Gestattungsvertrag, Nutzungsvereinbarung, Grundbuch, Grundbuchauszug, Löschungsbewilligung, Eintragungsbewilligung",
    },
    {
      name: "Raumvermietung",
      words:
        "Mietvertrag, Raumvermietung, Saalvermietung, Raum, Saal, Bürgerhaus, Bürgersaal, Dorfgemeinschaftshaus, Gemeinschaftshaus, Stadthalle, Festhalle, Veranstaltungsraum, Raumbelegung, Gewerberaum, Gewerbemiete, Grillhütte",
    },
    {
      name: "Grundbuchamt & Grundpfandrechte",
      words:
        "Grundbuchamt, Grundschuld, Hypothek, Grundpfandrecht, Grundschuldbrief, Auflassung, Auflassungsvormerkung, Grundbuchblatt, Wohnungsgrundbuch, Nießbrauch, Wohnrecht, Reallast, Rangrücktritt",
    },
  ],
  // Wirtschaft, Gewerbe & Vergabe
  [
    {
      name: "Gewerbeanzeige",
      words:
        "Gewerbe, Gewerbeanmeldung, Gewerbeummeldung, Gewerbeabmeldung, Gewerbeanzeige, Gewerbeschein, Gewerberegister, Gewerberegisterauskunft, Gewerbeuntersagung, Gewerbetreibende, Gewerbeamt, Nebengewerbe, Kleingewerbe, Betriebsaufgabe, Betriebsverlegung, Zweigniederlassung",
    },
    {
      name: "Erlaubnispflichtige Gewerbe",
      words:
        "Makler, Immobilienmakler, Maklererlaubnis, Darlehensvermittler, Wohnimmobilienverwalter, Bauträger, Baubetreuer, Bewachungsgewerbe, Bewacher, Sicherheitsdienst, Versteigerer, Pfandleiher, Pfandleihe, Finanzanlagenvermittler, Versicherungsvermittler, Erlaubnispflichtiges Gewerbe, Versicherungsberater, Türsteher, Bewachungsregister",
    },
    {
      name: "Reisegewerbe",
      words:
        "Reisegewerbe, Reisegewerbekarte, Wandergewerbe, Hausierer, Haustürgeschäft, Straßenhandel, Straßenverkauf, Ambulantes Gewerbe",
    },
    {
      name: "Gaststätten",
      words:
        "Gaststätte, Gaststättenerlaubnis, Schankerlaubnis, Gestattung, Ausschank, Alkoholausschank, Gastronomie, Restaurant, Kneipe, Bar, Imbiss, Sperrzeit, Sperrzeitverkürzung, Außengastronomie, Freisitz, Freischankfläche, Unterrichtungsnachweis, Gaststättenunterrichtung, Sperrstunde, Biergarten, Diskothek, Straußwirtschaft, Besenwirtschaft",
    },
    {
      name: "Spielhallen & Glücksspiel",
      words:
        "Spielhalle, Spielhallenerlaubnis, Geldspielgerät, Spielautomat, Automatenaufsteller, Aufstellerlaubnis, Geeignetheitsbestätigung, Wettbüro, Wettvermittlungsstelle, Glücksspiel, Spielverordnung, Sportwetten, Spielbank",
    },
    {
      name: "Märkte & Schausteller",
      words:
        "Markt, Wochenmarkt, Flohmarkt, Trödelmarkt, Weihnachtsmarkt, Jahrmarkt, Kirmes, Volksfest, Marktstand, Standplatz, Standgebühr, Marktgebühr, Marktfestsetzung, Marktzulassung, Schausteller, Fahrgeschäft, Messe, Kirchweih, Kerwe, Schützenfest",
    },
    {
      name: "Ladenöffnung",
      words:
        "Ladenöffnung, Ladenöffnungszeiten, Ladenschluss, Ladenschlussgesetz, Sonntagsöffnung, Verkaufsoffener Sonntag, Sonntagsverkauf",
    },
    {
      name: "Arbeitsschutz",
      words:
        "Arbeitsschutz, Gewerbeaufsicht, Arbeitssicherheit, Arbeitszeitgesetz, Sonntagsarbeit, Feiertagsarbeit, Jugendarbeitsschutz, Kinderarbeit, Gefahrstoffe, Produktsicherheit, Marktüberwachung, Baustellenverordnung, Gefährdungsbeurteilung, Betriebssicherheit",
    },
    {
      name: "Handwerk",
      words:
        "Handwerk, Handwerksrolle, Handwerkskarte, Handwerksbetrieb, Handwerkskammer, Zulassungspflichtiges Handwerk, Handwerksähnliches Gewerbe, Meister, Meisterbrief, Meisterpflicht, Gesellenbrief, Ausübungsberechtigung, Altgesellenregelung",
    },
    {
      name: "Existenzgründung & Wirtschaftsförderung",
      words:
        "Wirtschaftsförderung, Existenzgründung, Gründung, Gründer, Unternehmensgründung, Gründungsberatung, Gründerzentrum, Startup, Unternehmen, Unternehmensservice, Mittelstand, Einheitlicher Ansprechpartner, Gründungszuschuss, Businessplan, Unternehmensnachfolge, Selbstständigkeit, Selbständigkeit",
    },
    {
      name: "Ansiedlung & Gewerbeflächen",
      words:
        "Ansiedlung, Standort, Wirtschaftsstandort, Standortmarketing, Gewerbefläche, Gewerbegebiet, Industriegebiet, Gewerbegrundstück, Gewerbeimmobilie, Breitband, Breitbandausbau, Glasfaser",
    },
    {
      name: "Tourismus",
      words:
        "Tourismus, Tourist-Information, Touristinformation, Fremdenverkehr, Gastgeberverzeichnis, Ferienwohnung, Stadtmarketing, Urlaub, Sehenswürdigkeit, Ausflugsziel, Wohnmobilstellplatz, Reisemobilstellplatz, Campingplatz",
    },
    {
      name: "Vergabe & Ausschreibungen",
      words:
        "Vergabe, Auftragsvergabe, Öffentliche Vergabe, Vergabeverfahren, Vergabestelle, Vergabeplattform, eVergabe, Ausschreibung, Auftrag, Bieter, Präqualifikation, VOB, VgV, UVgO, Bauauftrag, Lieferauftrag, Wettbewerbsregister, Tariftreue, E-Rechnung, XRechnung, Submission, Korruptionsregister",
    },
    {
      name: "Arbeitnehmerschutz & Arbeitszeit",
      words:
        "Arbeitnehmerschutz, Arbeitszeit, Mutterschutzgesetz, MuSchG, Beschäftigungsverbot, Stillzeit, Kündigungsschutz, Kündigungszulässigkeit, Nachtarbeit, Schichtarbeit, Mehrarbeit, Heimarbeit, Mindestlohn, Arbeitnehmerentsendung, Arbeitnehmerüberlassung, Leiharbeit, Zeitarbeit, Arbeitsstättenverordnung",
    },
    {
      name: "Kurzarbeit & Beschäftigungssicherung",
      words:
        "Kurzarbeit, Kurzarbeitergeld, KUG, Saison-Kurzarbeitergeld, Transferkurzarbeitergeld, Insolvenzgeld, Massenentlassung, Eingliederungszuschuss, Umlageverfahren, Aufwendungsausgleichsgesetz, Beschäftigungssicherung",
    },
    {
      name: "Eichwesen & Messgeräte",
      words:
        "Eichamt, Eichung, Eichpflicht, Nacheichung, Eichfrist, Eichbehörde, Messgerät, Mess- und Eichgesetz, MessEG, Waage, Zapfsäule, Wasserzähler, Stromzähler, Gaszähler, Fertigpackung, Konformitätsbewertung",
    },
    {
      name: "Kammern & Sachverständige",
      words:
        "Öffentlich bestellter Sachverständiger, Sachverständiger, Sachverständigenbestellung, IHK, Industrie- und Handelskammer, Kammerbeitrag, Kammermitgliedschaft, Architektenkammer, Architektenliste, Ingenieurkammer, Berufskammer",
    },
  ],
  // Öffentliche Sicherheit & Ordnung
  [
    {
      name: "Ordnungsdienst & Gefahrenabwehr",
      words:
        "Ordnungsamt, Ordnungsdienst, Kommunaler Ordnungsdienst, Stadtordnungsdienst, Gefahrenabwehr, Gefahrenabwehrverordnung, Polizeiverordnung, Alkoholverbot, Glasverbot, Bettelei, Kriminalprävention, Videoüberwachung, Nichtraucherschutz, Rauchverbot, Schwarzarbeit, Illegale Beschäftigung, Gemeindevollzugsdienst",
    },
    {
      name: "Veranstaltungen",
      words:
        "Veranstaltung, Großveranstaltung, Veranstaltungsanzeige, Sicherheitskonzept, Straßenfest, Stadtfest, Festumzug, Martinsumzug, Karnevalsumzug, Open Air, Musikveranstaltung, Tanzveranstaltung, Dorffest, Sommerfest",
    },
    {
      name: "Versammlungen",
      words:
        "Versammlung, Versammlungsanzeige, Versammlungsbehörde, Versammlungsrecht, Demonstration, Kundgebung, Mahnwache, Aufzug",
    },
    {
      name: "Straßenmusik & Plakatierung",
      words:
        "Straßenmusik, Straßenmusiker, Straßenkunst, Straßenkünstler, Plakatierung, Plakat, Plakatwerbung, Wildplakatierung, Flyer, Flugblatt, Werbung, Infostand",
    },
    {
      name: "Feuerwerk & Sprengstoff",
      words:
        "Feuerwerk, Pyrotechnik, Silvester, Feuerwerkskörper, Böller, Höhenfeuerwerk, Bühnenfeuerwerk, Feuerwerksverbot, Abbrennerlaubnis, Sprengstoff, Sprengstofferlaubnis, Sprengarbeiten, Befähigungsschein, Schwarzpulver, Böllerschießen, Wiederladen",
    },
    {
      name: "Lotterien & Sammlungen",
      words:
        "Lotterie, Tombola, Verlosung, Ausspielung, Losverkauf, Gewinnspiel, Preisausschreiben, Sammlung, Straßensammlung, Haussammlung, Spendensammlung",
    },
    {
      name: "Lärm & Ruhestörung",
      words:
        "Ruhestörung, Lärm, Lärmbelästigung, Lärmbeschwerde, Lärmschutz, Nachtruhe, Mittagsruhe, Sonntagsruhe, Baulärm, Nachbarschaftslärm, Partylärm, Rasenmäher, Laubbläser, Gartengeräte",
    },
    {
      name: "Hunde",
      words:
        "Hund, Hundehaltung, Hundehalter, Gefährlicher Hund, Kampfhund, Listenhund, Gefahrhund, Große Hunde, Sachkundenachweis, Wesenstest, Hundeführerschein, Leinenpflicht, Maulkorb, Maulkorbpflicht, Hunderegister, Hundehaftpflicht, Hundebiss, Beißvorfall, Hundekot",
    },
    {
      name: "Bußgeld & Verwarngeld",
      words:
        "Ordnungswidrigkeit, Verkehrsordnungswidrigkeit, Verkehrsverstoß, Bußgeld, Bußgeldbescheid, Bußgeldstelle, Bußgeldverfahren, Verwarnung, Verwarngeld, Verwarnungsgeld, Anhörungsbogen, Zeugenfragebogen, Fahrerermittlung",
    },
    {
      name: "Parküberwachung",
      words:
        "Falschparker, Knöllchen, Strafzettel, Parkverstoß, Halteverstoß, Parkraumüberwachung, Politesse, Abschleppen, Abschleppdienst, Abschleppkosten",
    },
    {
      name: "Geschwindigkeitsüberwachung",
      words:
        "Blitzer, Radarfalle, Starenkasten, Radarkontrolle, Geschwindigkeitsüberschreitung, Geschwindigkeitsmessung, Tempokontrolle, Blitzerfoto, Messfoto, Rotlichtverstoß",
    },
    {
      name: "Waffen",
      words:
        "Waffe, Waffenbesitzkarte, WBK, Waffenschein, Kleiner Waffenschein, Munition, Munitionserwerb, Munitionserwerbsberechtigung, Waffenbehörde, Waffenrecht, Waffenbesitz, Schusswaffe, Schreckschusswaffe, Waffenaufbewahrung, Waffenschrank, Europäischer Feuerwaffenpass, Sportschütze, Schützenverein, Erbwaffe, Bedürfnisnachweis, Schießstätte",
    },
    {
      name: "Jagd",
      words:
        "Jagd, Jagdschein, Jahresjagdschein, Tagesjagdschein, Jugendjagdschein, Ausländerjagdschein, Falknerjagdschein, Jägerprüfung, Jäger, Jagdbehörde, Jagdpacht, Jagdpachtvertrag, Jagdbezirk, Jagdgenossenschaft, Abschussplan, Streckenliste, Wildschaden, Wildunfall, Schonzeit, Falknerei",
    },
    {
      name: "Fischereischein",
      words:
        "Fischereischein, Angelschein, Jugendfischereischein, Urlauberfischereischein, Friedfischangelschein, Fischereiprüfung, Anglerprüfung, Fischereiabgabe, Angelkarte, Fischereierlaubnisschein, Angeln, Fischerei",
    },
    {
      name: "Obdachlosigkeit & Unterbringung",
      words:
        "Obdachlosigkeit, Obdachlose, Obdachlosenunterkunft, Unterbringung, Notunterkunft, Wohnungslosenunterkunft, Notschlafstelle, Übernachtungsstelle, Wärmestube, Kältebus, Einweisung",
    },
    {
      name: "Prostitution",
      words:
        "Prostitution, Prostituierte, Sexarbeit, Prostituiertenschutzgesetz, ProstSchG, Prostituiertenausweis, Aliasbescheinigung, Prostitutionsstätte, Bordell, Prostitutionsgewerbe",
    },
    {
      name: "Schädlinge & Verwahrlosung",
      words:
        "Taubenfütterung, Fütterungsverbot, Stadttauben, Ratten, Rattenbefall, Schädlingsbekämpfung, Schädlingsbefall, Vermüllung, Verwahrlosung, Messie, Ungeziefer",
    },
  ],
  // Fahrzeugzulassung & Fahrerlaubnis
  [
    {
      name: "Fahrzeugzulassung",
      words:
        "Fahrzeug, Kraftfahrzeug, Kfz, Kfz-Zulassung, Neuzulassung, Wiederzulassung, Zulassungsstelle, Straßenverkehrsamt, Zulassungsbescheinigung, Fahrzeugschein, Fahrzeugbrief, Fahrzeugpapiere, eVB, Versicherungsbestätigung, i-Kfz, Kfz-Steuer, Anhänger, Motorrad, Leichtkraftrad, Wohnmobil, Personenkraftwagen, Zulassungsbehörde, Hauptuntersuchung, Kraftrad, Außerbetriebsetzung, Fahrzeugstilllegung, Kfz-Abmeldung, Halterwechsel, Halter, Fahrzeughalter, Fahrzeugverkauf, Verwertungsnachweis, Verschrottung, Halterauskunft, Fahrzeugregister",
    },
    {
      name: "Kennzeichen",
      words:
        "Kennzeichen, Nummernschild, Wunschkennzeichen, Kennzeichenreservierung, Kennzeichenmitnahme, Saisonkennzeichen, Kurzzeitkennzeichen, Überführungskennzeichen, Ausfuhrkennzeichen, Zollkennzeichen, Oldtimerkennzeichen, H-Kennzeichen, Oldtimer, Rotes Kennzeichen, Händlerkennzeichen, Wechselkennzeichen, E-Kennzeichen",
    },
    {
      name: "Umweltplakette",
      words: "Umweltplakette, Feinstaubplakette, Grüne Plakette, Umweltzone, Feinstaub, Dieselfahrverbot",
    },
    {
      name: "Führerschein",
      words:
        "Führerschein, Fahrerlaubnis, Ersatzführerschein, Führerscheinumtausch, Kartenführerschein, Internationaler Führerschein, Ausländischer Führerschein, EU-Führerschein, Führerscheinklasse, Fahrerlaubnisklasse, Lkw-Führerschein, Begleitetes Fahren, BF17, Fahrerlaubnisbehörde, Führerscheinstelle, Fahrprüfung, Führerscheinprüfung, Sehtest, Erste-Hilfe-Kurs, Karteikartenabschrift, Theorieprüfung",
    },
    {
      name: "Fahreignung & Punkte",
      words:
        "Fahreignung, Punkte, Punktesystem, Punktekonto, Flensburg, Fahreignungsregister, Probezeit, Aufbauseminar, Fahreignungsseminar, MPU, Medizinisch-Psychologische Untersuchung, Idiotentest, Fahrverbot, Fahrerlaubnisentzug, Führerscheinentzug, Neuerteilung, Fahrtenbuch, Fahrtenbuchauflage, Verkehrszentralregister",
    },
    {
      name: "Fahrschulen",
      words:
        "Fahrschule, Fahrschulerlaubnis, Fahrschulüberwachung, Fahrlehrer, Fahrlehrerlaubnis, Fahrlehrerschein, Fahrlehrerprüfung",
    },
    {
      name: "Taxi & Personenbeförderung",
      words:
        "Fahrgastbeförderung, Personenbeförderung, Personenbeförderungsgesetz, PBefG, Personenbeförderungsschein, P-Schein, Taxischein, Ortskundeprüfung, Taxi, Taxikonzession, Taxiunternehmen, Taxitarif, Mietwagen, Mietwagenkonzession, Linienverkehr, Krankenfahrt",
    },
    {
      name: "Berufskraftfahrer & Güterverkehr",
      words:
        "Berufskraftfahrer, Berufskraftfahrerqualifikation, Schlüsselzahl 95, Grundqualifikation, Berufskraftfahrerweiterbildung, Fahrerkarte, Fahrtenschreiber, Tachograph, Unternehmenskarte, Werkstattkarte, Kontrollkarte, Lenkzeiten, Güterkraftverkehr, Güterkraftverkehrserlaubnis, Lkw-Fahrer, Gefahrgut",
    },
    {
      name: "Drohnen, Luftfahrt & Sportboote",
      words:
        "Drohne, Drohnenführerschein, EU-Kompetenznachweis, Luftfahrtbehörde, Aufstiegsgenehmigung, Modellflug, Flugmodell, Flugplatz, Außenlandung, Sportbootführerschein, Sportboot, Bootsführerschein, Bootskennzeichen, Wasserfahrzeug, Binnenschifffahrt, Schiffsregister",
    },
  ],
  // Straßen & Verkehr
  [
    {
      name: "Sondernutzung",
      words:
        "Sondernutzung, Sondernutzungserlaubnis, Straßennutzung, Gehwegnutzung, Gerüst, Baukran, Baustelleneinrichtung, Materiallagerung, Werbeaufsteller, Kundenstopper, Warenauslage, Verkaufsstand, Drehgenehmigung, Filmaufnahmen, Arbeitsbühne, Bauzaun",
    },
    {
      name: "Aufgrabung & Zufahrt",
      words:
        "Aufgrabung, Aufbruch, Straßenaufbruch, Aufgrabeschein, Leitungsbau, Leitungsverlegung, Spartenauskunft, Leitungsauskunft, Grundstückszufahrt, Zufahrt, Überfahrt, Gehwegabsenkung, Bordsteinabsenkung",
    },
    {
      name: "Verkehrsrechtliche Anordnung & Sperrung",
      words:
        "Verkehrsbehörde, Verkehrsrechtliche Anordnung, Baustelle, Baustellenabsicherung, Verkehrssicherung, Absperrung, Straßensperrung, Vollsperrung, Umleitung, Verkehrszeichenplan, Halteverbot, Umzugshalteverbot, Halteverbotszone, Straßenveranstaltung, Radrennen, Laufveranstaltung, Straßenverkehrsbehörde",
    },
    {
      name: "Verkehrszeichen & Verkehrsregelung",
      words:
        "Verkehrszeichen, Beschilderung, Ampel, Lichtsignalanlage, Tempo 30, Geschwindigkeitsbegrenzung, Zebrastreifen, Fußgängerüberweg, Verkehrsberuhigung, Spielstraße, Verkehrsspiegel, Verkehrsschau, Verkehrsführung, Verkehrssicherheit, Verkehrszählung, Querungshilfe",
    },
    {
      name: "Bewohnerparken",
      words:
        "Bewohnerparkausweis, Anwohnerparkausweis, Anwohnerparken, Bewohnerparken, Bewohnerparkzone, Parkausweis, Parkzone, Parkgenehmigung, Handwerkerparkausweis, Gewerbeparkausweis, Pflegedienstparkausweis, Bewohnerparkschein, Parkvignette",
    },
    {
      name: "Behindertenparken",
      words:
        "Parkerleichterung, Behindertenparkplatz, Behindertenparkausweis, Blauer Parkausweis, Orangefarbener Parkausweis, EU-Parkausweis, Schwerbehindertenparkplatz, Behindertenstellplatz",
    },
    {
      name: "Parken & Parkraum",
      words:
        "Parken, Parkplatz, Parkhaus, Tiefgarage, Parkgebühr, Parkschein, Parkscheinautomat, Handyparken, Parkscheibe, Parkraumbewirtschaftung, Parkleitsystem, Park and Ride, P+R",
    },
    {
      name: "Schwertransport",
      words:
        "Schwertransport, Großraumtransport, Großraum- und Schwertransport, GST, Schwerlasttransport, Sondertransport, Transportgenehmigung, VEMAGS, Übermaß, Überbreite",
    },
    {
      name: "Straßenbau & Straßenschäden",
      words:
        "Straße, Straßenbau, Straßenbaumaßnahme, Straßenbaustelle, Straßensanierung, Straßenunterhaltung, Straßenschaden, Schlagloch, Fahrbahn, Gehweg, Brücke, Tiefbau, Tiefbauamt, Fußweg, Bürgersteig",
    },
    {
      name: "Straßenrecht & Widmung",
      words:
        "Widmung, Straßenwidmung, Entwidmung, Umstufung, Einziehung, Straßenbestandsverzeichnis, Straßenbaulast, Öffentliche Straße, Privatstraße, Anliegerstraße, Gemeindestraße, Kreisstraße, Landesstraße, Ortsdurchfahrt",
    },
    {
      name: "Straßenbeleuchtung",
      words: "Straßenbeleuchtung, Straßenlaterne, Laterne, Straßenlampe, Laternenausfall, Beleuchtungsmangel",
    },
    {
      name: "Winterdienst & Straßenreinigung",
      words:
        "Winterdienst, Räumpflicht, Streupflicht, Schneeräumung, Glätte, Glatteis, Streusalz, Streugut, Straßenreinigung, Straßenreinigungsgebühr, Kehrpflicht, Gehwegreinigung, Kehrwoche, Räumdienst",
    },
    {
      name: "Nahverkehr",
      words:
        "Nahverkehr, ÖPNV, Bus, Linienbus, Straßenbahn, Haltestelle, Fahrplan, Busfahrplan, Rufbus, Bürgerbus, Anrufsammeltaxi, Deutschlandticket, Monatskarte, Jobticket, Nahverkehrsplan, Verkehrsverbund, Fahrkarte",
    },
    {
      name: "Radverkehr",
      words:
        "Fahrrad, Radverkehr, Radweg, Radroute, Radschnellweg, Fahrradstraße, Fahrradständer, Fahrradabstellanlage, Fahrradbox, Fahrradparkhaus, Leihfahrrad, Bikesharing, Radfahrstreifen",
    },
    {
      name: "Mobilität & Elektromobilität",
      words:
        "Verkehr, Verkehrsplanung, Verkehrsentwicklungsplan, Mobilität, Mobilitätskonzept, Mobilitätsstation, Carsharing, E-Scooter, Ladesäule, Ladestation, Ladeinfrastruktur, Elektromobilität, E-Mobilität, Wallbox",
    },
  ],
  // Bauen & Bauordnung
  [
    {
      name: "Baugenehmigung",
      words:
        "Baugenehmigung, Bauantrag, Digitaler Bauantrag, Baugesuch, Bauschein, Baugenehmigungsverfahren, Vereinfachtes Baugenehmigungsverfahren, Genehmigungsfreistellung, Kenntnisgabeverfahren, Bauanzeige, Bauvorlage, Bauvorlageberechtigung, Architekt, Bauherr, Bauvorhaben, Neubau, Bauen, Bauamt, Bauaufsicht, Bauordnung, Entwurfsverfasser, Baurecht",
    },
    {
      name: "Bauvoranfrage & Bauberatung",
      words: "Bauvorbescheid, Bauvoranfrage, Vorbescheid, Bebaubarkeit, Bauberatung, Bauvoranfrageverfahren",
    },
    {
      name: "Baubeginn & Bauabnahme",
      words:
        "Baubeginn, Baubeginnsanzeige, Baufreigabe, Roter Punkt, Bauschild, Fertigstellung, Fertigstellungsanzeige, Bauabnahme, Rohbauabnahme, Schlussabnahme, Bauüberwachung, Bauzustandsbesichtigung, Nutzungsaufnahme",
    },
    {
      name: "Schwarzbau & Baukontrolle",
      words:
        "Schwarzbau, Ungenehmigter Bau, Baustopp, Baueinstellung, Nutzungsuntersagung, Beseitigungsanordnung, Rückbauverfügung, Baukontrolle, Baurechtswidrigkeit",
    },
    {
      name: "Nachbarrecht & Abstandsflächen",
      words:
        "Nachbarbeteiligung, Nachbarzustimmung, Nachbarunterschrift, Nachbarschutz, Nachbarrecht, Nachbarwiderspruch, Nachbarbeschwerde, Abstandsfläche, Grenzabstand, Grenzbebauung, Angrenzer",
    },
    {
      name: "Abbruch",
      words:
        "Abbruch, Abriss, Rückbau, Abbruchanzeige, Abbruchgenehmigung, Abrissgenehmigung, Gebäudeabriss, Entkernung, Asbest, Asbestsanierung",
    },
    {
      name: "Umbau & Nutzungsänderung",
      words:
        "Nutzungsänderung, Umnutzung, Umbau, Anbau, Erweiterung, Aufstockung, Dachausbau, Dachgeschossausbau, Einliegerwohnung, Wohnungsteilung",
    },
    {
      name: "Baulasten",
      words:
        "Baulast, Baulastenverzeichnis, Baulastenauskunft, Baulasteintragung, Baulastübernahme, Baulastlöschung, Vereinigungsbaulast, Zufahrtsbaulast, Abstandsflächenbaulast, Stellplatzbaulast",
    },
    {
      name: "Garage, Zaun & Gartenhaus",
      words:
        "Garage, Carport, Terrasse, Terrassenüberdachung, Wintergarten, Balkon, Dachgaube, Gaube, Zaun, Mauer, Stützmauer, Einfriedung, Sichtschutz, Gartenhaus, Geräteschuppen, Pool, Schwimmbecken, Tiny House, Verfahrensfreies Bauvorhaben, Pergola, Vordach, Überdachung",
    },
    {
      name: "Stellplätze",
      words:
        "Stellplatz, Stellplatznachweis, Stellplatzablöse, Stellplatzsatzung, Fahrradstellplatz, Tiefgaragenstellplatz",
    },
    {
      name: "Solar & Wärmepumpe",
      words:
        "Solaranlage, Photovoltaik, PV-Anlage, Balkonkraftwerk, Stecker-Solargerät, Solarthermie, Wärmepumpe, Luftwärmepumpe, Klimaanlage, Gebäudeenergiegesetz, GEG, Energieausweis",
    },
    {
      name: "Schornstein & Feuerstätten",
      words:
        "Schornstein, Kamin, Kaminofen, Ofen, Holzofen, Feuerstätte, Feuerstättenschau, Feuerstättenbescheid, Schornsteinfeger, Bezirksschornsteinfeger, Kehrbuch, Schornsteinfegerarbeiten, Abgasanlage, Feuerungsanlage, Kaminkehrer",
    },
    {
      name: "Werbeanlagen",
      words:
        "Werbeanlage, Werbeschild, Werbetafel, Leuchtreklame, Außenwerbung, Plakatwand, Werbeträger, Firmenschild, Werbepylon",
    },
    {
      name: "Denkmalschutz",
      words:
        "Denkmal, Denkmalschutz, Denkmalpflege, Baudenkmal, Kulturdenkmal, Bodendenkmal, Denkmalliste, Denkmalbehörde, Denkmalrechtliche Erlaubnis, Denkmalförderung, Denkmalsteuerbescheinigung, Denkmal-AfA, Ensembleschutz, Archäologie, Bodenfund, Tag des offenen Denkmals",
    },
    {
      name: "Abgeschlossenheit & Wohnungseigentum",
      words:
        "Abgeschlossenheitsbescheinigung, Aufteilungsplan, Teilungserklärung, Wohnungseigentum, Teileigentum, Eigentumswohnung, Wohnungseigentumsgesetz, WEG",
    },
    {
      name: "Bauakten",
      words: "Bauakte, Bauakteneinsicht, Bauaktenauskunft, Hausakte, Bauzeichnung, Baupläne, Grundriss",
    },
    {
      name: "Sonderbau & Bautechnik",
      words:
        "Sonderbau, Fliegende Bauten, Ausführungsgenehmigung, Gebrauchsabnahme, Versammlungsstätte, Prüfingenieur, Prüfsachverständiger, Standsicherheit, Statik, Brandschutznachweis, Brandschutzkonzept, Gebäudeklasse, Wohngebäude, Gebäude, Bautechnik, Barrierefreies Bauen",
    },
  ],
  // Stadtplanung & Vermessung
  [
    {
      name: "Bebauungsplan & Bauleitplanung",
      words:
        "Bebauungsplan, B-Plan, Vorhabenbezogener Bebauungsplan, Flächennutzungsplan, FNP, Bauleitplanung, Planung, Stadtplanung, Planungsrecht, Bauplanungsrecht, Aufstellungsbeschluss, Öffentliche Auslegung, Offenlage, Planauskunft, Veränderungssperre, Baugebiet, Neubaugebiet, Innenbereich, Außenbereich, Städtebaulicher Vertrag",
    },
    {
      name: "Sanierung & Städtebauförderung",
      words:
        "Sanierungsgebiet, Sanierung, Städtebauliche Sanierung, Städtebauförderung, Sanierungsrechtliche Genehmigung, Sanierungsvermerk, Ausgleichsbetrag, Stadterneuerung, Stadtumbau, Soziale Stadt, Quartiersmanagement, Fassadenprogramm",
    },
    {
      name: "Stadtentwicklung & Ortsbild",
      words:
        "Stadtentwicklung, Stadtentwicklungskonzept, ISEK, Rahmenplan, Masterplan, Leitbild, Innenstadtentwicklung, Dorfentwicklung, Dorferneuerung, Erhaltungssatzung, Milieuschutz, Gestaltungssatzung, Ortsbild, Architekturwettbewerb",
    },
    {
      name: "Liegenschaftskataster & Flurkarte",
      words:
        "Kataster, Liegenschaftskataster, Katasteramt, ALKIS, Flurkarte, Liegenschaftskarte, Katasterauszug, Flurstück, Flurstücksnummer, Flurstücksnachweis, Gemarkung, Flur, Liegenschaftsbuch, Eigentümerauskunft, Lageplan, Amtlicher Lageplan",
    },
    {
      name: "Vermessung & Grenzen",
      words:
        "Vermessung, Vermessungsamt, Vermessungsingenieur, ÖbVI, Grenzfeststellung, Grenzstein, Grenzpunkt, Grenzanzeige, Grenzwiederherstellung, Grenzverlauf, Teilungsvermessung, Grundstücksteilung, Gebäudeeinmessung, Einmessung, Abmarkung",
    },
    {
      name: "Geodaten & Karten",
      words:
        "Geodaten, Geoportal, Geoinformation, GIS, Karte, Stadtplan, Stadtkarte, Topographische Karte, Luftbild, Schrägluftbild, Orthophoto, Digitales Geländemodell, 3D-Stadtmodell, Open Data",
    },
    {
      name: "Hausnummer & Straßenname",
      words:
        "Hausnummer, Hausnummernvergabe, Hausnummernschild, Straßenname, Straßenbenennung, Straßenumbenennung, Straßenverzeichnis, Adresse, Adressvergabe, Straßenschild",
    },
    {
      name: "Grundstückswertermittlung",
      words:
        "Bodenrichtwert, BORIS, Gutachterausschuss, Kaufpreissammlung, Verkehrswert, Verkehrswertgutachten, Wertermittlung, Grundstückswert, Bodenwert, Immobilienbewertung, Grundstücksmarktbericht, Immobilienmarktbericht",
    },
    {
      name: "Planfeststellung & Raumordnung",
      words:
        "Planfeststellung, Planfeststellungsverfahren, Plangenehmigung, Raumordnung, Raumordnungsverfahren, Regionalplan, Regionalplanung, Landesentwicklungsplan, Umweltverträglichkeitsprüfung, UVP, Infrastrukturprojekt",
    },
    {
      name: "Umlegung",
      words:
        "Umlegung, Baulandumlegung, Umlegungsverfahren, Umlegungsausschuss, Vereinfachte Umlegung, Grenzregelung",
    },
  ],
  // Wohnen
  [
    {
      name: "Wohngeld",
      words:
        "Wohngeld, Wohngeld Plus, Mietzuschuss, Lastenzuschuss, Wohngeldstelle, Wohngeldrechner, Wohngeldbescheid, Heizkostenzuschuss, Heizkostenkomponente, Klimakomponente",
    },
    {
      name: "Wohnberechtigungsschein & Sozialwohnung",
      words:
        "Wohnberechtigungsschein, WBS, Sozialwohnung, Geförderter Wohnraum, Sozialer Wohnungsbau, Mietpreisbindung, Belegungsbindung, Dringlichkeitsschein, Wohnungssuche, Wohnungsvermittlung, Wohnungsvergabe, Städtische Wohnung, Wohnungsbaugesellschaft, Einkommensgrenze",
    },
    {
      name: "Wohnraumförderung & Eigentum",
      words:
        "Wohnraumförderung, Wohnungsbau, Wohnungsbauförderung, Mietwohnungsbau, Förderdarlehen, Eigenheim, Eigenheimförderung, Eigentum, Wohneigentum, Eigentumsförderung, Familienbaudarlehen, Baukindergeld, Modernisierung, Modernisierungsförderung, Altersgerechter Umbau, KfW, Landesförderbank",
    },
    {
      name: "Miete & Mietspiegel",
      words:
        "Miete, Mietspiegel, Vergleichsmiete, Ortsübliche Vergleichsmiete, Mietrecht, Mietpreisbremse, Kappungsgrenze, Mieterhöhung, Mietpreisüberhöhung, Mietwucher, Nebenkosten, Betriebskosten, Mieterberatung, Mieterverein",
    },
    {
      name: "Zweckentfremdung & Leerstand",
      words:
        "Zweckentfremdung, Zweckentfremdungsverbot, Wohnraumzweckentfremdung, Wohnraumschutz, Kurzzeitvermietung, Ferienwohnungsvermietung, Airbnb, Leerstand, Leerstandsmeldung, Wohnraum",
    },
    {
      name: "Wohnungsaufsicht",
      words:
        "Wohnungsaufsicht, Wohnungsaufsichtsgesetz, Wohnungsmängel, Schimmel, Feuchtigkeit, Heizungsausfall, Überbelegung, Unbewohnbarkeit, Problemimmobilie, Schrottimmobilie, Wohnung",
    },
    {
      name: "Wohnungsnotfall",
      words:
        "Wohnungslosigkeit, Wohnungsnotfall, Wohnungsnotfallhilfe, Wohnungsverlust, Wohnungssicherung, Räumungsklage, Zwangsräumung, Räumung, Mietschulden, Mietrückstand, Wohnungskündigung",
    },
  ],
  // Umwelt, Natur & Klima
  [
    {
      name: "Naturschutz & Schutzgebiete",
      words:
        "Naturschutz, Naturschutzbehörde, Naturschutzgebiet, Landschaftsschutz, Landschaftsschutzgebiet, Geschützter Landschaftsbestandteil, Naturdenkmal, Biotop, FFH-Gebiet, Natura 2000, Landschaftsplan, Eingriffsregelung, Ausgleichsmaßnahme, Ausgleichsfläche, Kompensation, Ökokonto, Nationalpark, Naturpark, Biosphärenreservat",
    },
    {
      name: "Artenschutz",
      words:
        "Artenschutz, Artenschutzprüfung, Geschützte Arten, Artenschutzbescheinigung, CITES, Vogelschutz, Wespen, Wespennest, Hornissen, Hornissennest, Fledermaus, Schwalbennest, Nistkasten, Biber, Wolf, Insekten, Biodiversität, Blühwiese, Wildtier",
    },
    {
      name: "Bäume & Gehölze",
      words:
        "Baumfällung, Baumfällgenehmigung, Fällgenehmigung, Baumschutz, Baumschutzsatzung, Baum, Baumpflege, Baumschnitt, Ersatzpflanzung, Gehölz, Gehölzschnitt, Hecke, Heckenschnitt, Rückschnitt, Brutzeit",
    },
    {
      name: "Gewässer & Wasserrecht",
      words:
        "Gewässer, Wasserrecht, Wasserbehörde, Wasserrechtliche Erlaubnis, Gewässerbenutzung, Gewässerunterhaltung, Gewässerausbau, Gewässerrandstreifen, Gewässerschutz, Uferbereich, Steg, Bootssteg, Wasserentnahme, Bach, Teich, Fließgewässer",
    },
    {
      name: "Grundwasser, Brunnen & Erdwärme",
      words:
        "Grundwasser, Grundwasserabsenkung, Bauwasserhaltung, Brunnen, Gartenbrunnen, Hausbrunnen, Bohrung, Bohranzeige, Erdwärme, Erdwärmesonde, Geothermie, Wasserschutzgebiet, Wasser",
    },
    {
      name: "Abwasser & Kanal",
      words:
        "Abwasser, Schmutzwasser, Abwasserentsorgung, Abwassergebühr, Kanal, Kanalgebühr, Kanalanschluss, Hausanschluss, Anschlusszwang, Grundstücksentwässerung, Entwässerungsantrag, Dichtheitsprüfung, Rückstausicherung, Einleitung, Indirekteinleitung, Kleinkläranlage, Sammelgrube, Abflusslose Grube, Fäkalschlamm, Grubenentleerung, Abscheider, Fettabscheider",
    },
    {
      name: "Regenwasser",
      words:
        "Regenwasser, Niederschlagswasser, Niederschlagswassergebühr, Regenwassergebühr, Gesplittete Abwassergebühr, Versickerung, Zisterne, Regenwassernutzung, Versiegelung, Entsiegelung, Dachbegrünung, Gründach",
    },
    {
      name: "Hochwasser & Starkregen",
      words:
        "Hochwasser, Hochwasserschutz, Hochwasserrisiko, Hochwassergefahrenkarte, Überschwemmungsgebiet, Überflutung, Starkregen, Starkregengefahrenkarte, Pegel, Sandsäcke, Objektschutz",
    },
    {
      name: "Boden & Altlasten",
      words:
        "Boden, Bodenschutz, Bodenverunreinigung, Bodenbelastung, Bodenuntersuchung, Bodenaushub, Erdaushub, Auffüllung, Altlast, Altlastenkataster, Altlastenauskunft, Altlastenverdacht, Altstandort, Kampfmittel, Kampfmittelauskunft, Kampfmittelräumdienst, Blindgänger",
    },
    {
      name: "Immissionsschutz & Luft",
      words:
        "Immissionsschutz, BImSchG, Anlagengenehmigung, Störfallbetrieb, Emission, Luftqualität, Luftreinhaltung, Luftreinhalteplan, Geruch, Geruchsbelästigung, Staub, Lichtimmission, Lichtverschmutzung, Gewerbelärm, Verkehrslärm, Lärmaktionsplan, Lärmkartierung, Mobilfunkanlage, Funkmast, Elektrosmog",
    },
    {
      name: "Windenergie & Erneuerbare Energien",
      words:
        "Windenergieanlage, Windkraft, Windkraftanlage, Windrad, Windpark, Repowering, Biogasanlage, Freiflächen-Photovoltaik, Solarpark, Agri-PV, Erneuerbare Energien, Energiewende",
    },
    {
      name: "Heizöl & wassergefährdende Stoffe",
      words:
        "Wassergefährdende Stoffe, AwSV, Heizöl, Öltank, Heizöltank, Heizölverbraucheranlage, Tankanlage, Tankprüfung, Tankstilllegung, Ölunfall, Gewässerverunreinigung, Umweltschaden",
    },
    {
      name: "Klimaschutz & Förderprogramme",
      words:
        "Klimaschutz, Klimaschutzkonzept, Klimaschutzmanagement, Klimaneutralität, CO2-Bilanz, Förderprogramm, Lastenrad, Lastenradförderung, Solarförderung, Solarkataster, Energiesparen",
    },
    {
      name: "Energieberatung & Wärme",
      words:
        "Energie, Energieberatung, Energieeffizienz, Heizung, Heizungstausch, Heizungsförderung, Wärmeplanung, Kommunale Wärmeplanung, Fernwärme, Nahwärme, Wärmenetz, Energetische Sanierung, Gebäudesanierung, Dämmung, Sanierungsfahrplan",
    },
    {
      name: "Klimaanpassung & Hitze",
      words:
        "Klimaanpassung, Stadtklima, Hitze, Hitzeschutz, Hitzeaktionsplan, Hitzewarnung, Trinkbrunnen, Kühle Orte, Verschattung",
    },
    {
      name: "Umweltberatung & Nachhaltigkeit",
      words:
        "Umwelt, Umweltschutz, Umweltamt, Umweltberatung, Umweltbildung, Umweltpreis, Nachhaltigkeit, Agenda 21, Umweltdelikt",
    },
    {
      name: "Strahlenschutz & Radon",
      words:
        "Strahlenschutz, Strahlenschutzgesetz, Radon, Radonmessung, Röntgen, Röntgeneinrichtung, Radioaktive Stoffe, Radioaktivität, Strahlenpass, Laser, UV-Strahlung, Solarium, Kerntechnik",
    },
  ],
  // Abfall & Stadtreinigung
  [
    {
      name: "Müllabfuhr & Abfallkalender",
      words:
        "Abfall, Müll, Müllabfuhr, Abfuhrkalender, Abfallkalender, Abfuhrtermin, Abfall-App, Restmüll, Restabfall, Biotonne, Biomüll, Papiertonne, Altpapier, Gelber Sack, Gelbe Tonne, Wertstofftonne, Wertstoff, Sperrmüll, Sperrmüllabholung, Sperrgut",
    },
    {
      name: "Mülltonnen & Abfallgebühren",
      words:
        "Mülltonne, Tonne, Abfallbehälter, Müllbehälter, Behältertausch, Tonnentausch, Zusatztonne, Windeltonne, Container, Abfallcontainer, Abfallgebühr, Müllgebühr, Abfallgebührenbescheid, Abfallsatzung",
    },
    {
      name: "Schadstoffe & Elektroschrott",
      words:
        "Sondermüll, Sonderabfall, Problemabfall, Schadstoff, Schadstoffmobil, Elektroschrott, Elektroaltgeräte, Batterien, Energiesparlampe, Farben, Lacke, Altöl, Altmedikamente, Kühlschrank, Altreifen, Asbestentsorgung",
    },
    {
      name: "Recyclinghof & Wertstoffhof",
      words:
        "Recyclinghof, Wertstoffhof, Entsorgung, Annahmestelle, Deponie, Bauschutt, Altholz, Altmetall, Schrott, Mineralische Abfälle",
    },
    {
      name: "Altglas & Altkleider",
      words:
        "Altglas, Glascontainer, Altkleider, Altkleidercontainer, Altkleidersammlung, Textilien, Depotcontainer, Containerstandort, Wertstoffinsel, Gewerbliche Sammlung",
    },
    {
      name: "Grünschnitt & Kompost",
      words:
        "Grünschnitt, Grüngut, Grünabfall, Gartenabfall, Strauchschnitt, Grüngutannahme, Häckselplatz, Laub, Laubsack, Kompost, Kompostanlage, Kompostierung, Eigenkompostierung, Weihnachtsbaum, Christbaum, Tannenbaum",
    },
    {
      name: "Stadtreinigung & wilder Müll",
      words:
        "Stadtreinigung, Müllablagerung, Illegale Müllablagerung, Wilder Müll, Wilde Müllkippe, Littering, Papierkorb, Mülleimer, Dreckecke, Sauberkeit, Verunreinigung, Müllsammelaktion, Frühjahrsputz, Hundekotbeutel, Graffiti, Graffitientfernung, Autowrack",
    },
    {
      name: "Abfallberatung & Abfallvermeidung",
      words:
        "Abfallberatung, Abfallvermeidung, Mülltrennung, Abfalltrennung, Abfallwirtschaft, Abfallwirtschaftsbetrieb, Kreislaufwirtschaft, Zero Waste, Repair-Café, Verschenkbörse, Gewerbeabfall, Gewerbemüll",
    },
  ],
  // Friedhof & Grünflächen
  [
    {
      name: "Bestattung & Trauerfeier",
      words:
        "Bestattung, Beerdigung, Beisetzung, Urne, Urnenbeisetzung, Erdbestattung, Feuerbestattung, Einäscherung, Kremation, Seebestattung, Baumbestattung, Waldbestattung, Friedwald, Trauerfeier, Trauerhalle, Leichenhalle, Aufbahrung, Bestatter, Bestattungsunternehmen, Bestattungspflicht, Sarg",
    },
    {
      name: "Umbettung & Überführung",
      words:
        "Umbettung, Exhumierung, Leichenpass, Überführung, Auslandsüberführung, Leichentransport, Urnenversand",
    },
    {
      name: "Grabstätte & Nutzungsrecht",
      words:
        "Grab, Grabstätte, Grabart, Grabnutzungsrecht, Nutzungsrecht, Nutzungsberechtigter, Ruhezeit, Graberwerb, Grabauflösung, Grabrückgabe, Reihengrab, Wahlgrab, Urnengrab, Urnenwand, Kolumbarium, Rasengrab, Anonymes Grab, Gemeinschaftsgrab, Familiengrab",
    },
    {
      name: "Grabmal & Grabpflege",
      words:
        "Grabmal, Grabstein, Grabmalgenehmigung, Grabmalprüfung, Grabplatte, Grabkreuz, Grabeinfassung, Grabgestaltung, Grabschmuck, Grabpflege, Grabbepflanzung, Steinmetz",
    },
    {
      name: "Friedhofsverwaltung & Gebühren",
      words:
        "Friedhof, Friedhofsverwaltung, Friedhofsamt, Friedhofsgebühr, Friedhofssatzung, Friedhofsordnung, Friedhofsplan, Waldfriedhof, Grabsuche, Gräbersuche, Kriegsgräber, Friedhofsführung",
    },
    {
      name: "Parks & Grünanlagen",
      words:
        "Grünfläche, Grünanlage, Park, Stadtpark, Parkanlage, Stadtgarten, Stadtgrün, Gartenamt, Grünflächenamt, Grillplatz, Grillen, Liegewiese, Hundewiese, Hundeauslauffläche, Botanischer Garten",
    },
    {
      name: "Grünpflege & Patenschaften",
      words:
        "Grünpflege, Grünflächenpflege, Rasenmahd, Mäharbeiten, Blumenbeet, Blühstreifen, Beetpatenschaft, Grünpatenschaft, Urban Gardening, Gemeinschaftsgarten, Pflanzaktion",
    },
    {
      name: "Stadtbäume",
      words:
        "Straßenbaum, Stadtbaum, Baumkataster, Baumkontrolle, Baumpflanzung, Baumspende, Baumpatenschaft, Eichenprozessionsspinner, Astbruch, Überhängende Äste, Sturmschaden",
    },
    {
      name: "Spielplätze",
      words:
        "Spielplatz, Kinderspielplatz, Wasserspielplatz, Spielplatzpatenschaft, Spielplatzkontrolle, Spielplatzmängel, Spielgerät, Sandkasten, Bolzplatz, Skatepark, Pumptrack",
    },
  ],
  // Feuerwehr, Rettungsdienst & Katastrophenschutz
  [
    {
      name: "Brandschau & vorbeugender Brandschutz",
      words:
        "Brandschutz, Vorbeugender Brandschutz, Brandschutzdienststelle, Brandschau, Brandverhütungsschau, Feuerbeschau, Brandmeldeanlage, BMA, Feuerwehrschlüsseldepot, Feuerwehrplan, Feuerwehrzufahrt, Feuerwehraufstellfläche, Rettungsweg, Flucht- und Rettungsplan, Löschwasser, Löschwasserversorgung, Hydrant, Laufkarte, Brandschutzordnung",
    },
    {
      name: "Rauchmelder & Brandschutzerziehung",
      words:
        "Rauchmelder, Rauchwarnmelder, Rauchmelderpflicht, Feuerlöscher, Brandschutzerziehung, Brandschutzaufklärung, Brandschutzhelfer, Brandschutzhelferausbildung, Brandschutzunterweisung",
    },
    {
      name: "Brandsicherheitswache",
      words:
        "Brandsicherheitswache, Sicherheitswache, Brandwache, Feuersicherheitswache, Sanitätsdienst, Sanitätswachdienst",
    },
    {
      name: "Feuer im Freien",
      words:
        "Osterfeuer, Brauchtumsfeuer, Lagerfeuer, Johannisfeuer, Martinsfeuer, Sonnwendfeuer, Maifeuer, Offenes Feuer, Feuerstelle, Feuerkorb, Verbrennungsverbot, Gartenabfallverbrennung, Waldbrand, Waldbrandgefahr, Waldbrandgefahrenindex",
    },
    {
      name: "Rettungsdienst & Notruf",
      words:
        "Rettungsdienst, Notruf, 112, Notfall, Notarzt, Rettungswagen, RTW, Krankenwagen, Krankentransport, Rettungswache, Leitstelle, Integrierte Leitstelle, Rettungsleitstelle, Notfallsanitäter, Rettungsdienstgebühr, Notfallseelsorge",
    },
    {
      name: "Erste Hilfe & Ersthelfer",
      words: "Defibrillator, AED, Erste Hilfe, First Responder, Helfer vor Ort, Notfalldose, Hausnotruf",
    },
    {
      name: "Feuerwehreinsatz & Kostenersatz",
      words:
        "Einsatz, Feuerwehreinsatz, Brandeinsatz, Technische Hilfe, Hilfeleistung, Einsatzkosten, Kostenersatz, Feuerwehrkosten, Einsatzbescheid, Fehlalarm, Fehlalarmierung, Einsatzbericht, Ölspur, Tierrettung, Türöffnung",
    },
    {
      name: "Freiwillige Feuerwehr",
      words:
        "Feuerwehr, Freiwillige Feuerwehr, Berufsfeuerwehr, Werkfeuerwehr, Jugendfeuerwehr, Kinderfeuerwehr, Feuerwehrmitglied, Feuerwehrdienst, Feuerwehrhaus, Feuerwehrgerätehaus, Feuerwehrverein, Feuerwehrausbildung, Feuerwehrführerschein, Feuerwehrbedarfsplan, Feuerwehrfest, Ehrenzeichen",
    },
    {
      name: "Warnung & Sirenen",
      words:
        "Warnung, Bevölkerungswarnung, Warnsystem, Warnmeldung, Unwetterwarnung, Sirene, Sirenenalarm, Warntag, Warn-App, NINA, KATWARN, Cell Broadcast",
    },
    {
      name: "Katastrophenschutz & Notfallvorsorge",
      words:
        "Katastrophenschutz, Bevölkerungsschutz, Zivilschutz, Katastrophe, Katastrophenfall, Krisenstab, THW, Technisches Hilfswerk, Stromausfall, Blackout, Notvorrat, Notfallvorsorge, Krisenvorsorge, Notfalltreffpunkt, Evakuierung, Bombenfund, Bombenentschärfung, Schutzraum",
    },
  ],
  // Schule & Bildung
  [
    {
      name: "Einschulung",
      words:
        "Einschulung, Schulanmeldung, Schulanfänger, Schulaufnahme, Schulfähigkeit, Zurückstellung, Grundschule, Schulbezirk, Schulsprengel, Schuleinzugsbereich, Vorschule, Sprachstandsfeststellung",
    },
    {
      name: "Weiterführende Schule & Schulwechsel",
      words:
        "Schule, Schulwechsel, Schulplatz, Schulwahl, Weiterführende Schule, Gymnasium, Realschule, Gesamtschule, Oberschule, Sekundarschule, Förderschule, Schulformwechsel, Gastschulbeitrag, Schulträger, Schulentwicklungsplan, Übertritt, Hauptschule, Gemeinschaftsschule, Mittelschule",
    },
    {
      name: "Schülerbeförderung",
      words:
        "Schulweg, Schülerbeförderung, Schülerfahrkarte, Schülerticket, Schülermonatskarte, Schülerfahrkosten, Fahrkostenerstattung, Schulbus, Schülerverkehr, Schülerspezialverkehr, Schulwegplan, Schulwegsicherheit",
    },
    {
      name: "Lernmittel",
      words:
        "Lernmittel, Lernmittelfreiheit, Lernmittelzuschuss, Lernmittelgutschein, Schulbuch, Schulbuchausleihe, Schulmaterial, Schulbedarf, Eigenanteil, Schultablet, Digitales Endgerät, Leihgerät",
    },
    {
      name: "Ganztag & Hort",
      words:
        "Ganztagsschule, Ganztag, Offener Ganztag, OGS, Ganztagsbetreuung, Hort, Hortplatz, Nachmittagsbetreuung, Übermittagsbetreuung, Verlässliche Grundschule, Schulkindbetreuung, Mittagsbetreuung",
    },
    {
      name: "Schulverpflegung",
      words:
        "Schulessen, Mittagessen, Schulverpflegung, Mittagsverpflegung, Mensa, Essensgeld, Essensbestellung, Schulmilch, Schulobst",
    },
    {
      name: "Schulpflicht",
      words:
        "Schulpflicht, Schulpflichtverletzung, Schulschwänzen, Schulabsentismus, Schulverweigerung, Beurlaubung, Unterrichtsbefreiung, Hausunterricht, Krankenhausunterricht, Schüler, Schülerausweis",
    },
    {
      name: "Inklusion & Schulbegleitung",
      words:
        "Schulbegleitung, Schulassistenz, Integrationshelfer, Inklusion, Inklusive Beschulung, Sonderpädagogischer Förderbedarf, Förderbedarf, Nachteilsausgleich, Schulsozialarbeit, Schulpsychologie, Schulpsychologischer Dienst, Legasthenie, LRS, Dyskalkulie",
    },
    {
      name: "Zeugnisse & Berufsanerkennung",
      words:
        "Zeugnis, Zeugnisabschrift, Zeugniszweitschrift, Abschlusszeugnis, Schulabschluss, Abitur, Hauptschulabschluss, Mittlere Reife, Hochschulzugangsberechtigung, Zeugnisanerkennung, Zeugnisbewertung, Berufsanerkennung, Berufsabschluss, Anerkennungsberatung, Gleichwertigkeitsfeststellung, Berufsqualifikation",
    },
    {
      name: "BAföG & Stipendien",
      words:
        "BAföG, Ausbildungsförderung, Amt für Ausbildungsförderung, Schüler-BAföG, Auslands-BAföG, Studienfinanzierung, Studium, Studierende, Bildungskredit, Studienkredit, Stipendium, Deutschlandstipendium, Begabtenförderung, Berufsausbildungsbeihilfe, BAB",
    },
    {
      name: "Aufstiegsfortbildung & Weiterbildung",
      words:
        "Aufstiegsfortbildung, Aufstiegs-BAföG, Meister-BAföG, AFBG, Weiterbildung, Fortbildung, Umschulung, Qualifizierung, Bildungsgutschein, Bildungsprämie, Bildungsurlaub, Bildungsfreistellung, Bildungsberatung, Weiterbildungsberatung, Bildung, Bildungsbüro, Zweiter Bildungsweg, Abendschule, Meisterbonus",
    },
    {
      name: "Volkshochschule",
      words:
        "Volkshochschule, VHS, Kurs, Kursprogramm, Kursgebühr, Sprachkurs, Erwachsenenbildung, Gesundheitskurs, EDV-Kurs, Vortrag, Prüfungszentrum, Schulabschlusskurs",
    },
    {
      name: "Berufsschule & Berufsorientierung",
      words:
        "Berufsschule, Berufskolleg, Berufsbildende Schule, Berufsfachschule, Fachschule, Fachoberschule, Berufsschulpflicht, Berufsorientierung, Berufsberatung, Jugendberufsagentur, Ausbildungsmesse",
    },
  ],
  // Kultur, Sport & Freizeit
  [
    {
      name: "Bibliothek",
      words:
        "Bibliothek, Bücherei, Stadtbibliothek, Stadtbücherei, Leseausweis, Bibliotheksausweis, Ausleihe, Medien, Medienausleihe, Onleihe, E-Book, Fernleihe, Vormerkung, Bibliotheksgebühr, Bücherbus, Fahrbibliothek, Leseförderung, Lesesommer, OPAC, Mediathek",
    },
    {
      name: "Museum & Gedenkstätten",
      words:
        "Museum, Stadtmuseum, Museumsführung, Museumspädagogik, Ausstellung, Sonderausstellung, Galerie, Gedenkstätte, Erinnerungskultur, Stolpersteine",
    },
    {
      name: "Theater & Konzerte",
      words:
        "Theater, Konzert, Oper, Kino, Kleinkunst, Kabarett, Festival, Lesung, Kulturveranstaltung, Kulturprogramm, Kulturzentrum, Kulturhaus, Veranstaltungskalender, Eintrittskarte, Ticket, Vorverkauf, Abonnement",
    },
    {
      name: "Musikschule & Kunstschule",
      words:
        "Musikschule, Musikunterricht, Instrumentalunterricht, Gesangsunterricht, Musikalische Früherziehung, Instrument, Instrumentenverleih, Musikschulgebühr, Chor, Orchester, Ensemble, Jugendkunstschule, Kunstschule",
    },
    {
      name: "Kulturförderung & Kunst",
      words:
        "Kultur, Kulturamt, Kulturbüro, Kulturförderung, Kulturprojekt, Kulturpreis, Kunst, Kunstförderung, Kunst im öffentlichen Raum, Kunstankauf, Künstler, Künstlerförderung, Künstlerstipendium, Atelier, Atelierförderung",
    },
    {
      name: "Heimat & Brauchtum",
      words:
        "Heimat, Heimatpflege, Heimatpfleger, Heimatverein, Heimatmuseum, Brauchtum, Brauchtumspflege, Mundart, Tracht, Karneval, Fastnacht, Fasching",
    },
    {
      name: "Sportstätten",
      words:
        "Sportstätte, Sportanlage, Sporthalle, Turnhalle, Sportplatz, Kunstrasenplatz, Tennisplatz, Stadion, Hallenbelegung, Hallenzeiten, Sportstättenvergabe, Sportstättenbelegung, Laufstrecke, Trimm-dich-Pfad, Outdoor-Fitness",
    },
    {
      name: "Sportförderung & Sportvereine",
      words:
        "Sport, Sportverein, Vereinssport, Sportförderung, Breitensport, Leistungssport, Sportabzeichen, Sportlerehrung, Sportehrung, Stadtsportbund, Kreissportbund, Sportentwicklungsplan, Übungsleiter, Übungsleiterpauschale",
    },
    {
      name: "Schwimmbäder",
      words:
        "Schwimmbad, Freibad, Hallenbad, Bad, Strandbad, Naturbad, Badesee, Schwimmkurs, Schwimmunterricht, Seepferdchen, Saisonkarte, Sauna, Bäderbetrieb",
    },
    {
      name: "Ehrenamt",
      words:
        "Ehrenamt, Ehrenamtliche, Ehrenamtskarte, Ehrenamtsbörse, Ehrenamtsagentur, Freiwilligenagentur, Freiwilligenarbeit, Engagement, Bürgerschaftliches Engagement",
    },
    {
      name: "Vereine",
      words:
        "Verein, Vereinsförderung, Vereinszuschuss, Vereinsregister, Vereinsgründung, Vereinsverzeichnis, Gemeinnützigkeit",
    },
    {
      name: "Freizeit & Ausflüge",
      words:
        "Freizeit, Freizeitangebot, Freizeiteinrichtung, Freizeitpark, Stadtführung, Ausflug, Zoo, Tierpark, Wildpark, Wanderweg, Radtour, Rundweg, Naherholung, Naherholungsgebiet, Minigolf",
    },
    {
      name: "Stiftungen & Stiftungsaufsicht",
      words:
        "Stiftung, Stiftungsaufsicht, Stiftungsbehörde, Stiftungsgründung, Stiftungssatzung, Stiftungsverzeichnis, Stiftungsregister, Rechtsfähige Stiftung, Treuhandstiftung, Bürgerstiftung, Stifter, Zustiftung",
    },
  ],
  // Kinder, Jugend & Familie
  [
    {
      name: "Kita & Krippe",
      words:
        "Kita, Kita-Platz, Kitaplatz, Kindertagesstätte, Kindergarten, Kinderbetreuung, Krippe, Kinderkrippe, Betreuungsplatz, Kitaplatzvergabe, Kita-Portal, Rechtsanspruch, Betreuungsvertrag, Eingewöhnung, Kinderhaus, Familienzentrum, Kindertageseinrichtung",
    },
    {
      name: "Kindertagespflege",
      words:
        "Kindertagespflege, Tagesmutter, Tagesvater, Tagespflegeperson, Kindertagespflegeperson, Großtagespflege, Tagespflegestelle, Pflegeerlaubnis, Tageseltern",
    },
    {
      name: "Elternbeitrag & Kitagebühr",
      words:
        "Elternbeitrag, Kitagebühr, Kita-Gebühr, Betreuungsgebühr, Kostenbeitrag, Beitragsfreiheit, Beitragsermäßigung, Beitragstabelle, Verpflegungsgeld, Geschwisterermäßigung, Krippengeld",
    },
    {
      name: "Elterngeld & Elternzeit",
      words:
        "Elterngeld, ElterngeldPlus, Basiselterngeld, Partnerschaftsbonus, Elterngeldstelle, Elternzeit, Mutterschutz, Mutterschaftsgeld, Landeserziehungsgeld, Familiengeld, Eltern, Geschwisterbonus, Mehrlingszuschlag",
    },
    {
      name: "Kindergeld & Kinderzuschlag",
      words:
        "Kindergeld, Kinderzuschlag, KiZ, Familienkasse, Kinderfreibetrag, Kindergrundsicherung, Kindergeldnummer, Kinderbonus",
    },
    {
      name: "Unterhalt & Beistandschaft",
      words:
        "Unterhaltsvorschuss, UVG, Unterhalt, Kindesunterhalt, Unterhaltsberechnung, Düsseldorfer Tabelle, Unterhaltstitel, Jugendamtsurkunde, Beistandschaft, Beistand, Alleinerziehende",
    },
    {
      name: "Sorgerecht & Umgang",
      words:
        "Sorgerecht, Sorgeerklärung, Gemeinsames Sorgerecht, Alleiniges Sorgerecht, Umgangsrecht, Umgang, Umgangsregelung, Trennung, Scheidung, Trennungsberatung, Familiengericht",
    },
    {
      name: "Pflegekinder & Vormundschaft",
      words:
        "Vormundschaft, Vormund, Amtsvormundschaft, Pflegschaft, Ergänzungspflegschaft, Pflegekind, Pflegefamilie, Pflegeeltern, Vollzeitpflege, Bereitschaftspflege, Pflegestelle",
    },
    {
      name: "Adoption",
      words:
        "Adoption, Adoptionsvermittlung, Stiefkindadoption, Auslandsadoption, Adoptiveltern, Adoptionsbewerber, Herkunftssuche",
    },
    {
      name: "Hilfe zur Erziehung",
      words:
        "Erziehungsberatung, Erziehung, Hilfe zur Erziehung, HzE, Erziehungsbeistand, Sozialpädagogische Familienhilfe, SPFH, Heimerziehung, Wohngruppe, Hilfeplan, Hilfeplangespräch, Jugendhilfe, Kinder- und Jugendhilfe, Allgemeiner Sozialer Dienst, ASD, Jugendamt, Seelische Behinderung, SGB VIII",
    },
    {
      name: "Kinderschutz",
      words:
        "Kinderschutz, Kindeswohl, Kindeswohlgefährdung, Gefährdungsmeldung, Inobhutnahme, Vernachlässigung, Misshandlung, Kindesmissbrauch, Kinderschutzhotline, Insoweit erfahrene Fachkraft",
    },
    {
      name: "Frühe Hilfen & Schwangerschaft",
      words:
        "Frühe Hilfen, Schwangerschaft, Schwangere, Schwangerenberatung, Schwangerschaftsberatung, Familienhebamme, Hebamme, Babylotse, Babybesuch, Willkommensbesuch, Stiftung Mutter und Kind, Babyerstausstattung, Elternkurs, Familienbildung, Familienbildungsstätte",
    },
    {
      name: "Familienförderung",
      words:
        "Familie, Familienpass, Familienkarte, Familienförderung, Familienbüro, Familienberatung, Familienwegweiser, Kinderreiche Familie, Begrüßungsgeld, Kind, Kinder",
    },
    {
      name: "Jugendarbeit",
      words:
        "Jugendarbeit, Offene Jugendarbeit, Mobile Jugendarbeit, Streetwork, Jugendzentrum, Jugendtreff, Jugendhaus, Jugendverband, Jugendring, Jugendleitercard, JuLeiCa, Jugendförderung, Jugendaustausch, Jugendliche",
    },
    {
      name: "Ferienangebote",
      words:
        "Ferienfreizeit, Ferienbetreuung, Ferienprogramm, Sommerferienprogramm, Ferienpass, Ferienspiele, Ferienlager, Zeltlager, Stadtranderholung, Jugendreise",
    },
    {
      name: "Jugendschutz",
      words:
        "Jugendschutz, Jugendschutzgesetz, Erziehungsbeauftragung, Muttizettel, Jugendmedienschutz, Jugendschutzkontrolle, Testkauf",
    },
    {
      name: "Jugendgerichtshilfe",
      words:
        "Jugendgerichtshilfe, Jugendhilfe im Strafverfahren, Jugendstrafverfahren, Jugendgericht, Jugendstrafrecht, Jugendkriminalität, Sozialstunden, Arbeitsstunden, Täter-Opfer-Ausgleich, Diversion",
    },
  ],
  // Soziales, Senioren & Teilhabe
  [
    {
      name: "Sozialhilfe & Grundsicherung",
      words:
        "Sozialhilfe, Grundsicherung, Grundsicherung im Alter, Erwerbsminderung, Hilfe zum Lebensunterhalt, Lebensunterhalt, Regelsatz, Regelbedarf, Mehrbedarf, Einmalige Beihilfe, Sozialamt, Sozialleistung, Hilfe, Notlage, Bestattungskosten, Sozialbestattung, Unterhaltspflicht, Elternunterhalt, SGB XII",
    },
    {
      name: "Bürgergeld & Jobcenter",
      words:
        "Bürgergeld, Jobcenter, Arbeitslosengeld II, ALG II, Hartz IV, Arbeitslosengeld, Agentur für Arbeit, Arbeitsagentur, Arbeitslosigkeit, Arbeitssuche, Arbeitslosmeldung, Bedarfsgemeinschaft, Kooperationsplan, Eingliederungsvereinbarung, Kosten der Unterkunft, KdU, Erstausstattung, Einstiegsgeld, SGB II",
    },
    {
      name: "Bildung und Teilhabe",
      words:
        "Bildung und Teilhabe, BuT, Bildungspaket, Lernförderung, Nachhilfe, Schulbedarfspaket, Klassenfahrt, Mittagessenzuschuss, Teilhabebetrag, Schulausflug",
    },
    {
      name: "Asylbewerberleistungen",
      words:
        "Asylbewerberleistungen, AsylbLG, Asylbewerberleistungsgesetz, Grundleistungen, Analogleistungen, Bezahlkarte, Behandlungsschein, Krankenschein, Gemeinschaftsunterkunft, Flüchtlingsunterkunft, Flüchtlingsunterbringung, Anschlussunterbringung",
    },
    {
      name: "Schwerbehindertenausweis",
      words:
        "Behinderung, Schwerbehinderung, Schwerbehindertenausweis, Behindertenausweis, Schwerbehindertenrecht, Grad der Behinderung, GdB, Merkzeichen, Versorgungsamt, Wertmarke, Freifahrt, Beiblatt, Integrationsamt, Inklusionsamt, Behindertenbeauftragter, Barrierefreiheit",
    },
    {
      name: "Blindengeld & Gehörlosengeld",
      words:
        "Blindengeld, Landesblindengeld, Blindenhilfe, Blindheit, Sehbehinderung, Hochgradige Sehbehinderung, Gehörlosengeld, Gehörlosigkeit, Taubblindengeld",
    },
    {
      name: "Eingliederungshilfe & Teilhabe",
      words:
        "Eingliederungshilfe, Teilhabe, Teilhabeleistungen, Teilhabeplan, Gesamtplan, Bundesteilhabegesetz, BTHG, Persönliches Budget, Budget für Arbeit, Assistenz, Assistenzleistung, Werkstatt für behinderte Menschen, WfbM, Ambulant betreutes Wohnen, Besonderes Wohnen, Integrationsfachdienst, Frühförderung, Heilpädagogik, SGB IX",
    },
    {
      name: "Pflege & Pflegeberatung",
      words:
        "Pflege, Pflegegeld, Pflegegrad, Pflegekasse, Pflegeversicherung, Pflegeberatung, Pflegestützpunkt, Ambulante Pflege, Pflegedienst, Verhinderungspflege, Entlastungsbetrag, Pflegende Angehörige, Pflegezeit, Familienpflegezeit, Wohnraumanpassung, SGB XI",
    },
    {
      name: "Pflegeheim & Hilfe zur Pflege",
      words:
        "Hilfe zur Pflege, Pflegeheim, Pflegeheimplatz, Heimplatz, Altenheim, Seniorenheim, Heimkosten, Pflegewohngeld, Kurzzeitpflege, Tagespflege, Betreutes Wohnen, Heimaufsicht, Heimbewohner",
    },
    {
      name: "Senioren",
      words:
        "Senioren, Seniorenberatung, Seniorenbüro, Seniorentreff, Seniorenbegegnungsstätte, Seniorenbeirat, Seniorenvertretung, Seniorenpass, Seniorenwegweiser, Altenhilfe, Mehrgenerationenhaus, Nachbarschaftshilfe, Besuchsdienst, Einsamkeit",
    },
    {
      name: "Rente & Versicherungsamt",
      words:
        "Rente, Rentenantrag, Rentenversicherung, Rentenberatung, Rentenauskunft, Versicherungsamt, Versichertenberater, Altersrente, Erwerbsminderungsrente, Witwenrente, Hinterbliebenenrente, Waisenrente, Grundrente, Mütterrente, Kontenklärung, Versicherungsverlauf, Sozialversicherungsausweis, Sozialversicherungsnummer, Kindererziehungszeiten",
    },
    {
      name: "Sozialpass & Ermäßigungen",
      words:
        "Sozialpass, Sozialticket, Stadtpass, Teilhabekarte, Kulturpass, Sozialermäßigung, Tafel, Kleiderkammer, Sozialkaufhaus",
    },
    {
      name: "Rundfunkbeitrag",
      words:
        "Rundfunkbeitrag, Rundfunkbeitragsbefreiung, Rundfunkbefreiung, Rundfunkermäßigung, Rundfunkgebühr, GEZ, Beitragsservice, Sozialtarif",
    },
    {
      name: "Schuldnerberatung",
      words:
        "Schuldnerberatung, Schuldenberatung, Schulden, Überschuldung, Privatinsolvenz, Verbraucherinsolvenz, Insolvenzberatung, Restschuldbefreiung, Pfändungsschutzkonto, P-Konto, P-Konto-Bescheinigung, Energieschulden, Stromsperre, Energiesperre",
    },
    {
      name: "Rechtliche Betreuung",
      words:
        "Rechtliche Betreuung, Betreuungsbehörde, Betreuungsgericht, Betreuungsverfahren, Betreuer, Berufsbetreuer, Ehrenamtlicher Betreuer, Betreuungsverein",
    },
    {
      name: "Vorsorgevollmacht & Patientenverfügung",
      words:
        "Vorsorgevollmacht, Patientenverfügung, Betreuungsverfügung, Vollmacht, Vollmachtsbeglaubigung, Vorsorgeregister, Notvertretungsrecht, Ehegattennotvertretungsrecht, Vorsorge",
    },
    {
      name: "Integration & Migrationsberatung",
      words:
        "Integration, Migration, Migrationsberatung, Migrationsdienst, Jugendmigrationsdienst, Integrationsbeauftragte, Integrationsrat, Migrationsbeirat, Integrationslotse, Dolmetscher, Sprachmittler, Antidiskriminierung, Antidiskriminierungsstelle, Diskriminierung",
    },
    {
      name: "Gewaltschutz & Gleichstellung",
      words:
        "Gleichstellung, Gleichstellungsbeauftragte, Frauenhaus, Häusliche Gewalt, Gewaltschutz, Opferhilfe, Opferschutz, Frauenberatung, Frauennotruf, Hilfetelefon, Zwangsheirat, Stalking, Männerberatung",
    },
    {
      name: "Soziale Entschädigung",
      words:
        "Soziale Entschädigung, Opferentschädigung, OEG, Opferentschädigungsgesetz, SGB XIV, Gewaltopfer, Kriegsopferversorgung, Kriegsopferfürsorge, Impfschaden, Traumaambulanz, Schädigungsfolge, Beschädigtenversorgung, Bundesversorgungsgesetz, Entschädigungsrente",
    },
  ],
  // Gesundheit
  [
    {
      name: "Gesundheitsamt & Gesundheitsförderung",
      words:
        "Gesundheit, Gesundheitsamt, Öffentlicher Gesundheitsdienst, ÖGD, Gesundheitsförderung, Prävention, Gesundheitsberatung, Gesundheitsbericht, Gesundheitskonferenz, Gesundheitsregion, Gesundheitswegweiser, Organspende",
    },
    {
      name: "Infektionsschutzbelehrung",
      words:
        "Infektionsschutzbelehrung, Belehrung, Erstbelehrung, Folgebelehrung, Hygienebelehrung, Lebensmittelbelehrung, Belehrungsbescheinigung, Gesundheitszeugnis, Gesundheitsausweis, Rote Karte",
    },
    {
      name: "Infektionskrankheiten & Meldepflicht",
      words:
        "Infektionsschutz, Infektionskrankheit, Meldepflicht, Meldepflichtige Krankheit, Krankheit, Tuberkulose, TBC, Kontaktperson, Quarantäne, Absonderung, Ausbruch, Tätigkeitsverbot, Corona, COVID-19, Norovirus, Kopfläuse, Läuse, Krätze, Skabies",
    },
    {
      name: "Impfung",
      words:
        "Impfung, Impfberatung, Impfschutz, Impfpass, Impfausweis, Impfbuch, Impfnachweis, Impfstelle, Impftermin, Auffrischimpfung, Grippeimpfung, Reiseimpfung, Gelbfieberimpfung, Reisemedizin, Masernschutz, Masernschutznachweis, Masernimpfung, Masern, STIKO",
    },
    {
      name: "Trinkwasser & Badegewässer",
      words:
        "Trinkwasser, Trinkwasserqualität, Trinkwasseruntersuchung, Trinkwasserverordnung, Legionellen, Legionellenprüfung, Hausinstallation, Eigenwasserversorgung, Badegewässer, Badegewässerqualität, Badewasser, Badestelle, Badeverbot, Blaualgen",
    },
    {
      name: "Hygieneüberwachung",
      words:
        "Hygiene, Hygieneüberwachung, Hygieneplan, Infektionshygiene, Krankenhaushygiene, Praxishygiene, Gemeinschaftseinrichtung, Tattoo, Tattoostudio, Piercing, Kosmetikstudio",
    },
    {
      name: "Kinder- und Jugendgesundheit",
      words:
        "Schuleingangsuntersuchung, Einschulungsuntersuchung, Kitauntersuchung, Kinder- und Jugendgesundheitsdienst, U-Untersuchung, Vorsorgeuntersuchung, Hörtest, Sprachentwicklung, Entwicklungsdiagnostik, Jugendarbeitsschutzuntersuchung, Untersuchungsberechtigungsschein",
    },
    {
      name: "Zahngesundheit",
      words:
        "Zahngesundheit, Zahnärztlicher Dienst, Zahnprophylaxe, Jugendzahnpflege, Zahnuntersuchung, Zahnpflege",
    },
    {
      name: "Amtsärztliche Gutachten",
      words:
        "Amtsarzt, Amtsärztlicher Dienst, Amtsärztliches Gutachten, Amtsärztliche Untersuchung, Amtsärztliches Zeugnis, Gutachten, Begutachtung, Untersuchung, Attest, Dienstfähigkeit, Verbeamtung, Einstellungsuntersuchung, Prüfungsunfähigkeit, Reisefähigkeit, Reiseunfähigkeit",
    },
    {
      name: "Leichenschau & Todesbescheinigung",
      words:
        "Leichenschau, Zweite Leichenschau, Krematoriumsleichenschau, Todesbescheinigung, Totenschein, Todesursache, Obduktion, Leichenöffnung",
    },
    {
      name: "Sozialpsychiatrischer Dienst",
      words:
        "Sozialpsychiatrischer Dienst, SpDi, Psychiatrie, Psychische Erkrankung, Psychische Gesundheit, Depression, Psychose, Krisendienst, Krisenintervention, PsychKG, Zwangseinweisung, Zwangsunterbringung",
    },
    {
      name: "Sucht & Selbsthilfe",
      words:
        "Sucht, Suchtberatung, Suchtprävention, Drogenberatung, Drogen, Alkohol, Alkoholsucht, Spielsucht, Glücksspielsucht, Substitution, Methadon, Drogenkonsumraum, Selbsthilfe, Selbsthilfegruppe, Selbsthilfekontaktstelle, Cannabis, Anbauvereinigung",
    },
    {
      name: "HIV & sexuelle Gesundheit",
      words:
        "Aids, HIV, HIV-Test, Aidsberatung, Sexuell übertragbare Infektionen, STI, Geschlechtskrankheiten, Syphilis, Hepatitis, Sexualberatung, Sexualpädagogik",
    },
    {
      name: "Schwangerschaftskonfliktberatung",
      words:
        "Schwangerschaftskonfliktberatung, Konfliktberatung, Beratungsschein, Schwangerschaftsabbruch, Familienplanung, Verhütung, Verhütungsmittel, Pränataldiagnostik",
    },
    {
      name: "Heilpraktiker",
      words:
        "Heilpraktiker, Heilpraktikererlaubnis, Heilpraktikerprüfung, Heilpraktikerüberprüfung, Sektoraler Heilpraktiker, Heilpraktiker für Psychotherapie, Kenntnisüberprüfung, Naturheilkunde",
    },
    {
      name: "Gesundheitsberufe",
      words:
        "Gesundheitsberuf, Gesundheitsfachberuf, Berufserlaubnis, Berufsurkunde, Berufsbezeichnung, Approbation, Kenntnisprüfung, Fachsprachprüfung, Arzt, Zahnarzt, Physiotherapeut, Logopäde, Pflegefachkraft, Medizinal, Medizinalaufsicht, Ergotherapeut, Podologe, Masseur, Diätassistent, Psychotherapeut, Pflegefachfrau",
    },
    {
      name: "Apotheken, Krankenhäuser & Notdienste",
      words:
        "Apotheke, Apothekenaufsicht, Apothekenbetriebserlaubnis, Apothekennotdienst, Notdienstapotheke, Notdienst, Ärztlicher Bereitschaftsdienst, Bereitschaftsdienst, 116117, Krankenhaus, Krankenhausaufsicht, Arztpraxis, Betäubungsmittel, BtM, Arzneimittel, Medizinprodukte",
    },
  ],
  // Veterinärwesen & Lebensmittelüberwachung
  [
    {
      name: "Tierschutz",
      words:
        "Tierschutz, Veterinär, Veterinäramt, Amtstierarzt, Tierschutzverstoß, Tierquälerei, Tiermisshandlung, Tiervernachlässigung, Tierschutzmeldung, Animal Hoarding, Tierhalteverbot, Tierwohl",
    },
    {
      name: "Tierschutzerlaubnis & Tierheim",
      words:
        "Tierschutzerlaubnis, Zoohandlung, Tierbörse, Tierpension, Hundeschule, Hundetrainer, Hundezucht, Katzenzucht, Tierheim, Fundtier, Tiervermittlung, Tierauslandsvermittlung, Tierausstellung, Zirkus, Zirkustiere, Reitbetrieb",
    },
    {
      name: "Haustiere & Heimtierausweis",
      words:
        "Haustier, Heimtier, Tier, Tierarzt, Katze, Katzenschutzverordnung, Kastrationspflicht, Kastration, Heimtierausweis, EU-Heimtierausweis, Tollwutimpfung, Mikrochip, Exoten, Reptilien, Gefahrtier",
    },
    {
      name: "Tierseuchen",
      words:
        "Tierseuche, Tierseuchenbekämpfung, Tierseuchenkasse, Tierseuchenmeldung, Afrikanische Schweinepest, Schweinepest, ASP, Geflügelpest, Vogelgrippe, Aviäre Influenza, Blauzungenkrankheit, Maul- und Klauenseuche, BSE, Tollwut, Aufstallungspflicht, Stallpflicht, Sperrzone, Sperrbezirk",
    },
    {
      name: "Nutztierhaltung & Registrierung",
      words:
        "Tierhaltung, Nutztierhaltung, Nutztiere, Viehhaltung, Tierhalter, Tierhalterregistrierung, Betriebsnummer, HIT-Datenbank, HI-Tier, Viehverkehrsverordnung, Ohrmarke, Tierbestand, Tierbestandsmeldung, Tierarzneimittel, Antibiotikadatenbank",
    },
    {
      name: "Geflügel, Schweine, Rinder & Pferde",
      words:
        "Geflügel, Hühner, Hühnerhaltung, Hobbyhühnerhaltung, Schwein, Schweinehaltung, Rind, Rinderhaltung, Pferd, Pferdehaltung, Equidenpass, Pferdepass, Schaf, Ziege, Wildgehege, Gehege",
    },
    {
      name: "Bienen",
      words:
        "Bienen, Bienenhaltung, Bienenstand, Bienenvolk, Imker, Imkerei, Bienenwanderung, Bienengesundheitszeugnis, Faulbrut, Amerikanische Faulbrut, Bienenseuche, Varroa, Honig",
    },
    {
      name: "Tiertransport",
      words:
        "Tiertransport, Tiertransporteur, Tiertransportgenehmigung, Transportbefähigungsnachweis, Langstreckentransport, Viehtransport, Viehhandel, Viehhändler",
    },
    {
      name: "Schlachtung & Fleischbeschau",
      words:
        "Schlachtung, Hausschlachtung, Notschlachtung, Schlachtbetrieb, Schlachthof, Schlachttieruntersuchung, Fleischbeschau, Fleischuntersuchung, Fleischhygiene, Trichinenuntersuchung, Trichinenprobe, Wildbret, Wildfleisch, Schächten",
    },
    {
      name: "Tierkörperbeseitigung",
      words:
        "Tierkörperbeseitigung, Tierkörperbeseitigungsanstalt, Tierkörper, Tierkadaver, Kadaver, Falltier, Verendetes Tier, Tierische Nebenprodukte, Tierfriedhof, Tierkrematorium, Haustierbestattung",
    },
    {
      name: "Veterinärbescheinigungen & Export",
      words:
        "Veterinärbescheinigung, Veterinärzertifikat, Tiergesundheitsbescheinigung, Gesundheitsbescheinigung, Exportzertifikat, Ausfuhrbescheinigung, TRACES, Innergemeinschaftliches Verbringen, Einfuhr",
    },
    {
      name: "Lebensmittelkontrolle",
      words:
        "Lebensmittel, Lebensmittelüberwachung, Lebensmittelkontrolle, Lebensmittelkontrolleur, Lebensmittelhygiene, Lebensmittelsicherheit, Lebensmittelprobe, Probenahme, Hygienemängel, Kontrollergebnis",
    },
    {
      name: "Lebensmittelbetriebe & Registrierung",
      words:
        "Betriebsregistrierung, Lebensmittelbetrieb, Lebensmittelunternehmer, Lebensmittelhandel, EU-Zulassung, Zulassungsnummer, Identitätskennzeichen, Foodtruck, Imbisswagen, Catering, Cateringbetrieb, Heimküche",
    },
    {
      name: "Verbraucherschutz & Lebensmittelwarnungen",
      words:
        "Verbraucherschutz, Verbraucherbeschwerde, Lebensmittelbeschwerde, Lebensmittelwarnung, Produktwarnung, Rückruf, Kennzeichnung, Allergene, Allergenkennzeichnung, Verbraucherinformation, Verbraucherinformationsgesetz, VIG",
    },
    {
      name: "Futtermittel",
      words:
        "Futtermittel, Futtermittelüberwachung, Futtermittelkontrolle, Futtermittelunternehmer, Futtermittelbetrieb, Futtermittelregistrierung, Mischfutter",
    },
  ],
  // Landwirtschaft & Forst
  [
    {
      name: "Agrarförderung",
      words:
        "Agrarförderung, Agrarantrag, Sammelantrag, Flächenantrag, Direktzahlungen, Betriebsprämie, GAP, InVeKoS, Agrarumweltmaßnahmen, Ausgleichszulage, Agrarinvestitionsförderung, Junglandwirt, Vertragsnaturschutz, Ökolandbau, Ökologischer Landbau, Kulturlandschaftsprogramm",
    },
    {
      name: "Landwirtschaftliche Betriebe",
      words:
        "Landwirtschaft, Landwirt, Landwirtschaftsamt, Landwirtschaftskammer, Landwirtschaftlicher Betrieb, Agrarbetrieb, Bauernhof, Hof, Hofübergabe, Höfeordnung, Landwirtschaftliche Sozialversicherung, Grundstücksverkehr, Grundstücksverkehrsgenehmigung, Landpachtanzeige",
    },
    {
      name: "Düngung",
      words:
        "Düngung, Düngeverordnung, Dünger, Düngebedarfsermittlung, Nährstoffbilanz, Stoffstrombilanz, Wirtschaftsdünger, Gülle, Mist, Gärreste, Klärschlamm, Nitrat, Rote Gebiete, JGS-Anlage",
    },
    {
      name: "Pflanzenschutz",
      words:
        "Pflanzenschutz, Pflanzenschutzmittel, Pflanzenschutzsachkunde, Sachkundeausweis, Pflanzenschutzgerät, Spritzgeräteprüfung, Pflanzenschutzdienst, Pestizid, Spritzmittel, Glyphosat, Pflanzengesundheit, Pflanzenpass, Schaderreger",
    },
    {
      name: "Acker & Grünland",
      words:
        "Acker, Ackerbau, Ackerland, Feld, Weide, Wiese, Grünland, Dauergrünland, Grünlandumbruch, Landwirtschaftliche Fläche, Erosionsschutz",
    },
    {
      name: "Flurbereinigung & ländliche Entwicklung",
      words:
        "Flurbereinigung, Flurneuordnung, Flurbereinigungsverfahren, Bodenordnung, Teilnehmergemeinschaft, Freiwilliger Landtausch, Landtausch, Ländliche Entwicklung, LEADER, ILE, Ländlicher Wegebau, Wirtschaftsweg, Feldweg",
    },
    {
      name: "Wald & Forstverwaltung",
      words:
        "Forst, Wald, Forstamt, Förster, Revierförster, Waldbesitzer, Privatwald, Kommunalwald, Stadtwald, Forstbetrieb, Forstbetriebsgemeinschaft, Waldbesitzervereinigung, Forstförderung, Waldförderung, Waldschaden, Borkenkäfer, Waldumbau, Waldbetretung, Waldweg",
    },
    {
      name: "Brennholz",
      words:
        "Holz, Brennholz, Kaminholz, Brennholzverkauf, Holzverkauf, Selbstwerber, Flächenlos, Polterholz, Leseholz, Holzsammelschein, Motorsägenschein",
    },
    {
      name: "Waldumwandlung & Aufforstung",
      words:
        "Waldumwandlung, Rodung, Waldrodung, Aufforstung, Erstaufforstung, Ersatzaufforstung, Waldausgleich, Walderhaltungsabgabe",
    },
    {
      name: "Fischereirecht & Fischzucht",
      words:
        "Fischereirecht, Fischereipacht, Fischereigenossenschaft, Fischereiaufsicht, Fischereiaufseher, Hegeplan, Fischbesatz, Fischzucht, Aquakultur, Teichwirtschaft, Berufsfischerei",
    },
    {
      name: "Direktvermarktung & Hofladen",
      words:
        "Hofladen, Direktvermarktung, Ab-Hof-Verkauf, Selbstbedienungsstand, Milchtankstelle, Verkaufsautomat, Regiomat, Regionalvermarktung, Regionale Produkte, Bauernmarkt",
    },
    {
      name: "Weinbau & Weinkontrolle",
      words:
        "Weinbau, Weinberg, Rebfläche, Rebpflanzung, Pflanzrecht, Wiederbepflanzung, Weinbaukartei, Weinbergsrolle, Qualitätsweinprüfung, AP-Nummer, Winzer, Weingut, Weinkontrolle, Weinüberwachung, Weinbauamt",
    },
  ],
  // Justiz & Gerichte
  [
    {
      name: "Nachlass & Erbschein",
      words:
        "Nachlass, Erbschein, Nachlassgericht, Nachlasssache, Erbe, Erbschaft, Erbfall, Erbausschlagung, Ausschlagung, Testament, Testamentseröffnung, Testamentshinterlegung, Zentrales Testamentsregister, Erbvertrag, Europäisches Nachlasszeugnis, Nachlasspflegschaft, Nachlassverzeichnis, Erbenermittlung, Pflichtteil",
    },
    {
      name: "Handelsregister & Registergericht",
      words:
        "Handelsregister, Handelsregisterauszug, Registergericht, Genossenschaftsregister, Partnerschaftsregister, Gesellschaftsregister, Güterrechtsregister, Unternehmensregister, Transparenzregister, Registerportal, Gesellschafterliste, GmbH, Kaufmann, Firma, Prokura, eGbR",
    },
    {
      name: "Beratungshilfe & Prozesskostenhilfe",
      words:
        "Beratungshilfe, Beratungshilfeschein, Prozesskostenhilfe, PKH, Verfahrenskostenhilfe, VKH, Rechtsantragstelle, Rechtsberatung, Rechtsanwalt, Anwalt, Pflichtverteidiger, Rechtsschutz, Rechtshilfe",
    },
    {
      name: "Mahnbescheid & Gerichtsvollzieher",
      words:
        "Mahnbescheid, Mahngericht, Vollstreckungsbescheid, Europäischer Zahlungsbefehl, Schuldnerverzeichnis, Gerichtsvollzieher, Vollstreckungsgericht, Pfändungsbeschluss, Pfändungs- und Überweisungsbeschluss, Vollstreckungstitel, Eidesstattliche Versicherung, Vermögensverzeichnis, Vollstreckungsportal",
    },
    {
      name: "Zwangsversteigerung & Insolvenzgericht",
      words:
        "Zwangsversteigerung, Versteigerungstermin, Versteigerungskalender, Zwangsverwaltung, Teilungsversteigerung, Insolvenzgericht, Insolvenzbekanntmachung, Insolvenzverwalter, Insolvenzplan, Insolvenztabelle, Hinterlegung, Hinterlegungsstelle, Hinterlegungsgeld",
    },
    {
      name: "Klage & Gerichtsverfahren",
      words:
        "Klage, Zivilklage, Zivilprozess, Rechtsstreit, Gerichtskosten, Gerichtsgebühr, Gerichtskostenvorschuss, Gerichtstermin, Gerichtsverhandlung, Ladung, Zeuge, Zeugenentschädigung, Sachverständigenentschädigung, Mein Justizpostfach, Elektronischer Rechtsverkehr, Geringfügige Forderungen",
    },
    {
      name: "Staatsanwaltschaft & Justizvollzug",
      words:
        "Staatsanwaltschaft, Ermittlungsverfahren, Strafbefehl, Strafvollstreckung, Geldstrafe, Ersatzfreiheitsstrafe, Gnadengesuch, Bewährung, Bewährungshilfe, Führungsaufsicht, Justizvollzugsanstalt, JVA, Gefängnis, Untersuchungshaft, Haft, Gefangenenbesuch, Gefangene, Resozialisierung, Straffälligenhilfe, Nebenklage",
    },
    {
      name: "Gerichtsdolmetscher & Übersetzer",
      words:
        "Gerichtsdolmetscher, Übersetzer, Übersetzung, Beglaubigte Übersetzung, Ermächtigter Übersetzer, Beeidigung, Dolmetscherverzeichnis, Dolmetscherdatenbank, Dolmetschergesetz",
    },
  ],
  // Polizei & Innere Sicherheit
  [
    {
      name: "Strafanzeige & Online-Wache",
      words:
        "Strafanzeige, Online-Wache, Onlinewache, Internetwache, Straftat, Kriminalität, Diebstahl, Fahrraddiebstahl, Einbruch, Wohnungseinbruch, Sachbeschädigung, Betrug, Internetbetrug, Cybercrime, Internetkriminalität, Hasskriminalität, Hassrede, Körperverletzung, Beleidigung",
    },
    {
      name: "Verkehrsunfall & Verkehrskontrolle",
      words:
        "Verkehrsunfall, Unfallaufnahme, Unfallflucht, Fahrerflucht, Unfallbericht, Bagatellunfall, Unfallbeteiligter, Unfallakte, Verkehrskontrolle, Alkoholkontrolle, Trunkenheitsfahrt, Drogenfahrt, Blutprobe",
    },
    {
      name: "Vermisste & Fahndung",
      words:
        "Vermisstenanzeige, Vermisste Person, Vermisstensuche, Fahndung, Öffentlichkeitsfahndung, Fahndungsaufruf, Zeugenaufruf, Hinweisportal, Belohnung, Phantombild, Sachfahndung",
    },
    {
      name: "Einbruchschutz & Polizeiliche Beratung",
      words:
        "Einbruchschutz, Einbruchsschutz, Kriminalpolizeiliche Beratungsstelle, Fahrradcodierung, Fahrradpass, Enkeltrick, Trickbetrug, Schockanruf, Falsche Polizeibeamte, Seniorensicherheit, Zivilcourage, Gewaltprävention, Weißer Ring",
    },
    {
      name: "Polizeiliche Daten & Sicherheitsüberprüfung",
      words:
        "Zuverlässigkeitsüberprüfung, ZÜP, Luftsicherheit, Luftsicherheitsgesetz, Sicherheitsüberprüfung, Datenspeicherung, Polizeiliche Datenspeicherung, INPOL, Kriminalakte, Polizeiakte, Erkennungsdienst, Erkennungsdienstliche Behandlung, Polizeibeauftragter, Polizeibeschwerde",
    },
    {
      name: "Polizeiberuf & Polizeiausbildung",
      words:
        "Polizeiausbildung, Polizeistudium, Polizeivollzugsdienst, Polizeibewerbung, Einstellungstest, Sporttest, Polizeiakademie, Polizeihochschule, Polizeianwärter, Kommissaranwärter, Wachpolizei, Freiwilliger Polizeidienst, Polizeifreiwilligendienst, Sicherheitswacht",
    },
  ],
  // Landesbedienstete & Dienstrecht
  [
    {
      name: "Besoldung & Entgelt",
      words:
        "Besoldung, Beamtenbesoldung, Besoldungsgruppe, Besoldungsordnung, Landesbesoldungsgesetz, LBesG, Dienstbezüge, Bezüge, Besoldungsmitteilung, Gehaltsabrechnung, Gehalt, Entgelt, TV-L, Familienzuschlag, Stufenaufstieg, Erfahrungsstufe, Jahressonderzahlung, Zulage, Vermögenswirksame Leistungen",
    },
    {
      name: "Beamtenversorgung & Ruhestand",
      words:
        "Beamtenversorgung, Versorgung, Versorgungsbezüge, Ruhegehalt, Pension, Pensionär, Ruhestand, Zurruhesetzung, Dienstunfähigkeit, Versorgungsauskunft, Versorgungsabschlag, Hinterbliebenenversorgung, Witwengeld, Waisengeld, BeamtVG, LBeamtVG, Altersgeld, Nachversicherung",
    },
    {
      name: "Beihilfe & Heilfürsorge",
      words:
        "Beihilfe, Beihilfestelle, Beihilfeverordnung, BhV, BVO, Beihilfe-App, Beihilfefähigkeit, Beihilfeberechtigte, Kostendämpfungspauschale, Pflegebeihilfe, Pauschale Beihilfe, Heilfürsorge, Freie Heilfürsorge",
    },
    {
      name: "Reisekosten, Trennungsgeld & Umzugskosten",
      words:
        "Reisekosten, Reisekostenvergütung, Dienstreise, Dienstgang, LRKG, BRKG, Tagegeld, Übernachtungsgeld, Wegstreckenentschädigung, Trennungsgeld, Trennungsgeldverordnung, Umzugskostenvergütung, Umzugskosten",
    },
    {
      name: "Dienstunfall & Unfallversicherung",
      words:
        "Dienstunfall, Unfallfürsorge, Unfallausgleich, Unfallruhegehalt, Sachschadenersatz, Wegeunfall, Arbeitsunfall, Unfallkasse, Unfallversicherung, Gesetzliche Unfallversicherung, Berufskrankheit, Berufsgenossenschaft, Schülerunfallversicherung, Durchgangsarzt",
    },
    {
      name: "Teilzeit, Sonderurlaub & Nebentätigkeit",
      words:
        "Nebentätigkeit, Nebentätigkeitsgenehmigung, Sonderurlaub, Erholungsurlaub, Dienstbefreiung, Teilzeit, Teilzeitbeschäftigung, Altersteilzeit, Sabbatjahr, Freistellungsjahr, Langzeitkonto, Arbeitszeitkonto, Telearbeit, Homeoffice, Mobiles Arbeiten",
    },
    {
      name: "Laufbahn, Versetzung & Personalakte",
      words:
        "Laufbahn, Ernennung, Ernennungsurkunde, Dienstliche Beurteilung, Beurteilung, Versetzung, Abordnung, Dienstherrnwechsel, Personalakte, Dienstzeugnis, Arbeitszeugnis, Dienstjubiläum, Jubiläumszuwendung, Entlassung, Disziplinarverfahren, Disziplinarrecht, Personalrat, Personalvertretung, Höhergruppierung, Eingruppierung",
    },
  ],
  // Hochschulen & Lehrkräfte
  [
    {
      name: "Studienplatz & Immatrikulation",
      words:
        "Studienplatz, Studienbewerbung, Hochschulzulassung, Hochschulstart, Dialogorientiertes Serviceverfahren, Immatrikulation, Einschreibung, Exmatrikulation, Studiengang, Studienfachwechsel, Studienkolleg, Gasthörer, Zweitstudium, Teilzeitstudium, Numerus clausus, Wartesemester, TestAS, Beruflich Qualifizierte, Urlaubssemester",
    },
    {
      name: "Studiengebühren & Studierendenwerk",
      words:
        "Semesterbeitrag, Studiengebühren, Langzeitstudiengebühr, Zweitstudiengebühr, Studierendenwerk, Studentenwerk, Studentenwohnheim, Wohnheimplatz, Semesterticket, Studierendenausweis, Studentenausweis, Studienstarthilfe, AStA",
    },
    {
      name: "Akademische Grade & Promotion",
      words:
        "Akademischer Grad, Hochschulgrad, Ausländischer Hochschulgrad, Gradführung, Titelführung, Doktorgrad, Doktortitel, Promotion, Promotionsordnung, Habilitation, Professorentitel, Honorarprofessor, Bachelor, Master, Diplom, Magister, Hochschulabschluss, Studienabschluss, ZAB, anabin",
    },
    {
      name: "Staatsexamen & Prüfungsämter",
      words:
        "Staatsexamen, Erstes Staatsexamen, Zweites Staatsexamen, Staatsprüfung, Lehramtsprüfung, Landesprüfungsamt, Landeslehrerprüfungsamt, Justizprüfungsamt, Juristische Staatsprüfung, Erste Juristische Prüfung, Landesprüfungsamt für Medizin, Medizinstudium, Physikum",
    },
    {
      name: "Vorbereitungsdienst & Referendariat",
      words:
        "Vorbereitungsdienst, Referendariat, Referendar, Lehramtsanwärter, Studienreferendar, Studienseminar, Ausbildungsseminar, ZfsL, Rechtsreferendariat, Rechtsreferendar, Unterhaltsbeihilfe, Anwärterbezüge, Ausbildungsschule, Lehrprobe, Unterrichtsbesuch",
    },
    {
      name: "Lehrkräfte & Schuldienst",
      words:
        "Lehrkraft, Lehrer, Lehrerin, Schuldienst, Lehrerstelle, Vertretungslehrkraft, Vertretungsvertrag, Seiteneinstieg, Quereinstieg, Direkteinstieg, Lehrbefähigung, Lehramt, Lehramtsstudium, Lehrerfortbildung, Lehrerqualifikation, Ländertausch, Lehrkräftegewinnung",
    },
    {
      name: "Schulaufsicht & Privatschulen",
      words:
        "Schulamt, Staatliches Schulamt, Schulaufsicht, Schulbehörde, Landesschulbehörde, Schulrat, Ersatzschule, Ergänzungsschule, Privatschule, Freie Schule, Schule in freier Trägerschaft, Waldorfschule, Schulgeld, Externenprüfung, Nichtschülerprüfung, Schulfremdenprüfung, Schulversuch, Auslandsschule",
    },
  ],
  // Finanzamt & Landessteuern
  [
    {
      name: "Einkommensteuer & Steuererklärung",
      words:
        "Einkommensteuer, Einkommensteuererklärung, Steuererklärung, ELSTER, Zusammenveranlagung, Werbungskosten, Sonderausgaben, Außergewöhnliche Belastungen, Haushaltsnahe Dienstleistungen, Entfernungspauschale, Pendlerpauschale, Rentenbesteuerung, Belegabruf, Kapitalertragsteuer, Freistellungsauftrag, Steuerberater, Lohnsteuerhilfeverein, Pauschbetrag, Arbeitnehmersparzulage, Abgeltungsteuer, Ehegattensplitting, Arbeitszimmer, Doppelte Haushaltsführung",
    },
    {
      name: "Lohnsteuer & Steuerklassen",
      words:
        "Lohnsteuer, Steuerklasse, Steuerklassenwechsel, Lohnsteuerabzugsmerkmale, ELStAM, Lohnsteuerermäßigung, Freibetrag, Faktorverfahren, Steuer-ID, Steueridentifikationsnummer, Identifikationsnummer, IdNr, Solidaritätszuschlag, Lohnsteuer-Außenprüfung",
    },
    {
      name: "Steuernummer & Unternehmenssteuern",
      words:
        "Steuernummer, Steuerliche Erfassung, Fragebogen zur steuerlichen Erfassung, Umsatzsteuer, Umsatzsteuervoranmeldung, Umsatzsteuererklärung, Umsatzsteuer-Identifikationsnummer, Kleinunternehmer, Kleinunternehmerregelung, Körperschaftsteuer, Einnahmenüberschussrechnung, EÜR, E-Bilanz, Gewinnermittlung, Dauerfristverlängerung, Bauabzugsteuer, Kassensystem, Registrierkasse, Vorsteuer",
    },
    {
      name: "Erbschaftsteuer & Grunderwerbsteuer",
      words:
        "Erbschaftsteuer, Erbschaftssteuer, Schenkungsteuer, Schenkungssteuer, Schenkung, Erbschaftsteuererklärung, Grunderwerbsteuer, Grundbesitzwert, Bedarfsbewertung, Einheitswert",
    },
    {
      name: "Steuerkonto, Steuerstundung & Steuerstrafsachen",
      words:
        "Steuerkonto, Steuerrückstand, Steuerschulden, Steuerstundung, Steuererlass, Vollstreckungsaufschub, Verspätungszuschlag, Steuerhinterziehung, Steuerfahndung, Steuerstrafsache, Steuerstrafverfahren, Billigkeitserlass, Steuersachen",
    },
  ],
];
