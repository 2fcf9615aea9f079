/**
 * The task areas (Aufgabenbereiche) of a German municipal or district administration, as offices and
 * portals usually divide their services: modelled on the public KGSt "Verwaltungsgliederungsplan"
 * (Hauptamt, Kasse, Ordnungsamt, Bürgerbüro, Standesamt, Jugendamt, Sozialamt, Bauordnung, …) and
 * written for this project from general knowledge of that structure, not from any evaluation list.
 * The last five (Justiz & Gerichte … Finanzamt & Landessteuern) are the work of state authorities and
 * courts that state portals list beside the municipal services; written on 2026-12-07 the same way, by
 * a helper that saw only this file and `LEISTUNGSFAMILIEN`.
 * Each area has a name and the words its services are typically named by. The OZG catalogue groups
 * services by the resident's situation (Lebenslage); administrations group them by the office that
 * handles them, and these documents are that second view of the same subject matter.
 */
export interface Aufgabenbereich {
  /** Its name; the part before the first comma or "&" is its short name ("Standesamt"). */
  readonly name: string;
  /** Words (nouns, compounds) of typical services, separated by commas. */
  readonly words: string;
}

export const AUFGABENBEREICHE: readonly Aufgabenbereich[] = [
  {
    name: "Bürgerbüro & Meldewesen",
    words:
      "Personalausweis, Reisepass, Kinderreisepass, Pass, Ausweis, Online-Ausweisfunktion, PIN, Meldebescheinigung, " +
      "Wohnsitz, Hauptwohnung, Nebenwohnung, Umzug, Wohnungsgeberbestätigung, Melderegister, Melderegisterauskunft, " +
      "Auskunftssperre, Übermittlungssperre, Führungszeugnis, Gewerbezentralregister, Lebensbescheinigung, " +
      "Unterschriftsbeglaubigung, Haushaltsbescheinigung, Fundsache, Fundbüro, Bürgerbüro, Bürgeramt",
  },
  {
    name: "Standesamt & Personenstand",
    words:
      "Geburt, Geburtsurkunde, Geburtsanzeige, Eheschließung, Trauung, Ehe, Heirat, Eheurkunde, Lebenspartnerschaft, " +
      "Ehefähigkeitszeugnis, Namensänderung, Namenserklärung, Familienname, Vorname, Vaterschaft, " +
      "Vaterschaftsanerkennung, Sterbefall, Sterbeurkunde, Personenstand, Personenstandsurkunde, " +
      "Abstammungsurkunde, Kirchenaustritt, Geschlechtseintrag, Standesamt",
  },
  {
    name: "Ausländerbehörde & Einbürgerung",
    words:
      "Aufenthaltstitel, Aufenthaltserlaubnis, Niederlassungserlaubnis, Daueraufenthalt, Visum, Blaue Karte, " +
      "Verpflichtungserklärung, Einladung, Duldung, Asyl, Flüchtling, Geflüchtete, Einbürgerung, Staatsangehörigkeit, " +
      "Einbürgerungstest, Integrationskurs, Familiennachzug, Fiktionsbescheinigung, Reiseausweis, Ausländer, " +
      "Beschäftigungserlaubnis, Arbeitserlaubnis, Ausländerbehörde, Aufenthalt, Abschiebung, Ausreise, " +
      "Rückkehrberatung, Beibehaltungsgenehmigung, Aufenthaltskarte",
  },
  {
    name: "Wahlen & Bürgerbeteiligung",
    words:
      "Wahl, Briefwahl, Wahlschein, Wahlbenachrichtigung, Wahlhelfer, Wahlvorstand, Wählerverzeichnis, " +
      "Wahlvorschlag, Kandidatur, Unterstützungsunterschrift, Bürgerbegehren, Bürgerentscheid, Einwohnerantrag, " +
      "Volksbegehren, Abstimmung, Kommunalwahl, Europawahl, Bundestagswahl, Landtagswahl, Bürgerbeteiligung, " +
      "Petition, Anregung, Beschwerde, Einwohnerfragestunde",
  },
  {
    name: "Verwaltung, Rat & Personal",
    words:
      "Rat, Kreistag, Ratsinformation, Sitzung, Ausschuss, Fraktion, Mandat, Sitzungsgeld, Ehrung, Jubiläum, " +
      "Personal, Stellenausschreibung, Bewerbung, Ausbildungsplatz, Praktikum, Dienstausweis, Archiv, Stadtarchiv, " +
      "Informationsfreiheit, Informationszugang, Datenschutz, Presse, Öffentlichkeitsarbeit, " +
      "Städtepartnerschaft, Schiedsamt, Schiedsperson, Schöffe, Archivgut, Familienforschung, Kommunalaufsicht, " +
      "Satzung, Haushaltssatzung, Kreditaufnahme",
  },
  {
    name: "Steuern, Abgaben & Stadtkasse",
    words:
      "Grundsteuer, Gewerbesteuer, Hundesteuer, Zweitwohnungsteuer, Vergnügungsteuer, Steuer, Kurbeitrag, " +
      "Beherbergungssteuer, Gebührenbescheid, Kasse, Stadtkasse, Mahnung, Vollstreckung, " +
      "Stundung, Erlass, Ratenzahlung, Lastschrift, SEPA-Lastschriftmandat, Pfändung, Haushalt, " +
      "Erschließungsbeitrag, Straßenausbaubeitrag, Beitragsbescheid, Säumniszuschlag, Forderung, " +
      "Niederschlagung",
  },
  {
    name: "Liegenschaften & Grundstücke",
    words:
      "Grundstück, Grundstücksverkauf, Erbbaurecht, Pacht, Pachtvertrag, Kleingarten, Kleingartenparzelle, " +
      "Vorkaufsrecht, Liegenschaft, Dienstbarkeit, Gestattungsvertrag, Mietvertrag, Raumvermietung, Saalvermietung",
  },
  {
    name: "Wirtschaft, Gewerbe & Vergabe",
    words:
      "Gewerbe, Gewerbeanmeldung, Gewerbeummeldung, Gewerbeabmeldung, Reisegewerbe, Reisegewerbekarte, Gaststätte, " +
      "Gaststättenerlaubnis, Schankerlaubnis, Gestattung, Sperrzeit, Spielhalle, Geldspielgerät, Makler, " +
      "Bewachungsgewerbe, Versteigerer, Pfandleiher, Markt, Wochenmarkt, Flohmarkt, Marktstand, Jahrmarkt, " +
      "Schausteller, Ladenöffnung, Sonntagsöffnung, Wirtschaftsförderung, Existenzgründung, Gründung, Unternehmen, " +
      "Gewerbefläche, Ansiedlung, Standort, Tourismus, Ausschreibung, Auftrag, Präqualifikation, " +
      "Handwerk, Handwerksrolle, Meister, Bieter, Vergabeverfahren, VOB",
  },
  {
    name: "Öffentliche Sicherheit & Ordnung",
    words:
      "Ordnungsamt, Veranstaltung, Großveranstaltung, Feuerwerk, Pyrotechnik, Lotterie, Tombola, Sammlung, " +
      "Straßenmusik, Plakatierung, Plakat, Ruhestörung, Lärm, Lärmbelästigung, Hund, Hundehaltung, gefährlicher " +
      "Hund, Sachkundenachweis, Ordnungswidrigkeit, Bußgeld, Bußgeldbescheid, Verwarnung, Verwarngeld, Waffe, " +
      "Waffenbesitzkarte, Waffenschein, Sprengstoff, Obdachlosigkeit, Unterbringung, Prostitution, Schwarzarbeit, " +
      "Nichtraucherschutz, Taubenfütterung, Vermüllung, Falschparker, Jagd, Jagdschein, Fischereischein, " +
      "Angelschein, Jägerprüfung, Jagdpacht, Abschussplan, Jagdbezirk, Wildschaden",
  },
  {
    name: "Fahrzeugzulassung & Fahrerlaubnis",
    words:
      "Fahrzeug, Kraftfahrzeug, Zulassungsbescheinigung, Kennzeichen, Wunschkennzeichen, " +
      "Saisonkennzeichen, Kurzzeitkennzeichen, Ausfuhrkennzeichen, Oldtimerkennzeichen, " +
      "Halterwechsel, Anhänger, Motorrad, Oldtimer, Umweltplakette, Feinstaubplakette, " +
      "Fahrzeugschein, Fahrzeugbrief, Kfz-Steuer, eVB, Zulassungsstelle, " +
      "Führerschein, Ersatzführerschein, Führerscheinumtausch, Internationaler Führerschein, " +
      "Fahrschule, Fahrlehrer, Fahrlehrerlaubnis, Fahreignung, Fahrprüfung, Begleitetes Fahren, Punkte, " +
      "Punktesystem, Probezeit, Aufbauseminar, Fahrverbot, Fahrtenbuch, " +
      "Fahrgastbeförderung, Personenbeförderung, Taxi, Taxikonzession, Mietwagen, Berufskraftfahrer, Fahrerkarte, " +
      "Fahrtenschreiber, Fahrerlaubnisbehörde, Straßenverkehrsamt",
  },
  {
    name: "Straßen & Verkehr",
    words:
      "Straße, Straßenbau, Sondernutzung, Aufgrabung, Aufbruch, Baustelle, Verkehrsbehörde, Verkehrsrechtliche " +
      "Anordnung, Verkehrszeichen, Halteverbot, Umzugshalteverbot, Parken, Parkausweis, Bewohnerparkausweis, " +
      "Anwohnerparken, Parkerleichterung, Behindertenparkplatz, Schwertransport, " +
      "Großraumtransport, Ampel, Lichtsignalanlage, Straßenbeleuchtung, Schlagloch, Gehweg, Radweg, Fahrrad, " +
      "Brücke, Winterdienst, Straßenreinigung, Parkhaus, Haltestelle, Nahverkehr, Bus, Verkehr, Tiefbau, Grundstückszufahrt",
  },
  {
    name: "Bauen & Bauordnung",
    words:
      "Baugenehmigung, Bauantrag, Bauvorbescheid, Bauvoranfrage, Abbruch, Abriss, Rückbau, Nutzungsänderung, " +
      "Baulast, Baulastenverzeichnis, Bauanzeige, Baubeginn, Fertigstellung, Bauabnahme, Bauüberwachung, Schornstein, " +
      "Werbeanlage, Stellplatz, Garage, Carport, Terrasse, Wintergarten, Zaun, Solaranlage, Photovoltaik, " +
      "Wärmepumpe, Denkmal, Denkmalschutz, Abgeschlossenheitsbescheinigung, Bauvorlage, Bauherr, Wohngebäude, " +
      "Sonderbau, Schlussabnahme, Gebäude, " +
      "Anbau, Umbau, Neubau, Bauaufsicht, Bauordnung, Bauakte, Bauen",
  },
  {
    name: "Stadtplanung & Vermessung",
    words:
      "Bebauungsplan, Flächennutzungsplan, Bauleitplanung, Planung, Stadtplanung, Stadtentwicklung, " +
      "Sanierungsgebiet, Sanierung, Städtebauförderung, Vermessung, Kataster, Liegenschaftskataster, Flurkarte, " +
      "Lageplan, Grenzfeststellung, Grenzstein, Geodaten, Hausnummer, Straßenname, Erhaltungssatzung, Geoportal, " +
      "Karte, Stadtplan, Luftbild, Planfeststellung, Raumordnung, Bodenrichtwert, Gutachterausschuss, " +
      "Kaufpreissammlung, Verkehrswert, ALKIS, Gebäudeeinmessung",
  },
  {
    name: "Wohnen",
    words:
      "Wohngeld, Wohnberechtigungsschein, Sozialwohnung, Wohnraumförderung, Mietspiegel, Zweckentfremdung, " +
      "Wohnungsaufsicht, Wohnungslosigkeit, Wohnungsnotfall, Miete, Mietzuschuss, Lastenzuschuss, Wohnungsbau, " +
      "Förderdarlehen, Eigenheim, Eigentum, Modernisierung, Wohnung, Wohnraum, Leerstand",
  },
  {
    name: "Umwelt, Natur & Klima",
    words:
      "Umwelt, Naturschutz, Landschaftsschutz, Baumfällung, Baumschutz, Baum, Gewässer, Wasserrecht, Grundwasser, " +
      "Brunnen, Abwasser, Kleinkläranlage, Einleitung, Boden, Altlast, Immissionsschutz, Emission, Luftqualität, " +
      "Artenschutz, Biotop, Klimaschutz, Energie, Energieberatung, Förderprogramm, Lastenrad, Heizung, Öltank, " +
      "Heizöl, Wassergefährdende Stoffe, Hochwasser, Regenwasser, Niederschlagswasser, Wasser, Kanal, " +
      "Hausanschluss, Umweltschutz, Landschaftsschutzgebiet, Überschwemmungsgebiet, Ökokonto, Erdwärme, " +
      "Windenergieanlage",
  },
  {
    name: "Abfall & Stadtreinigung",
    words:
      "Abfall, Müll, Restmüll, Biotonne, Papiertonne, Gelber Sack, Wertstoff, Sperrmüll, Sondermüll, Schadstoff, " +
      "Grünschnitt, Gartenabfall, Recyclinghof, Wertstoffhof, Abfallbehälter, Mülltonne, Tonne, Container, Entsorgung, " +
      "Abfallgebühr, Müllabfuhr, Abfuhrkalender, Elektroschrott, Altkleider, Altglas, Müllablagerung, Laub, " +
      "Stadtreinigung, Kompost, Abfallberatung, Müllgebühr, Gewerbliche Sammlung",
  },
  {
    name: "Friedhof & Grünflächen",
    words:
      "Friedhof, Grab, Grabstätte, Bestattung, Beerdigung, Beisetzung, Urne, Grabnutzungsrecht, Nutzungsrecht, " +
      "Grabmal, Grabstein, Trauerhalle, Friedhofsgebühr, Umbettung, Leichenpass, Grünfläche, Park, Spielplatz, " +
      "Baumpatenschaft, Grünpflege, Grünanlage, Stadtgrün, Gartenamt",
  },
  {
    name: "Feuerwehr, Rettungsdienst & Katastrophenschutz",
    words:
      "Feuerwehr, Brandschutz, Brandschau, Brandverhütungsschau, Brandsicherheitswache, Rettungsdienst, " +
      "Krankentransport, Notruf, Katastrophenschutz, Bevölkerungsschutz, Zivilschutz, Warnung, Sirene, Warn-App, " +
      "Rauchmelder, Einsatz, Feuerwehreinsatz, Jugendfeuerwehr, Freiwillige Feuerwehr, Brandmeldeanlage, " +
      "Feuerwehrzufahrt, Osterfeuer, Brauchtumsfeuer, Lagerfeuer, Notfall",
  },
  {
    name: "Schule & Bildung",
    words:
      "Schule, Grundschule, Einschulung, Schulanmeldung, Schulwechsel, Schulbezirk, Schulweg, Schülerbeförderung, " +
      "Schülerfahrkarte, Schülerticket, Lernmittel, Schulbuch, Schulessen, Mittagessen, Ganztagsschule, Hort, " +
      "Schulsozialarbeit, Schulpflicht, Schulbegleitung, Berufsschule, Volkshochschule, Weiterbildung, Kurs, " +
      "Bildungsgutschein, BAföG, Ausbildungsförderung, Aufstiegsfortbildung, Stipendium, Bildung, " +
      "Schüler, Zeugnis, Berufsanerkennung, Gastschulbeitrag, Schülerfahrkosten",
  },
  {
    name: "Kultur, Sport & Freizeit",
    words:
      "Kultur, Museum, Theater, Musikschule, Bibliothek, Bücherei, Leseausweis, Ausleihe, Medien, Kunst, " +
      "Kulturförderung, Konzert, Sport, Sportverein, Sportstätte, Sporthalle, Schwimmbad, Freibad, Hallenbad, " +
      "Sportförderung, Sportabzeichen, Ehrenamt, Ehrenamtskarte, Verein, Vereinsförderung, Freizeit, Heimat, " +
      "Stadtführung, Veranstaltungskalender, Eintrittskarte, Zoo",
  },
  {
    name: "Kinder, Jugend & Familie",
    words:
      "Kita, Kindertagesstätte, Kindergarten, Kinderbetreuung, Kindertagespflege, Tagesmutter, Krippe, " +
      "Betreuungsplatz, Elternbeitrag, Kitagebühr, Elterngeld, Kindergeld, Kinderzuschlag, Unterhaltsvorschuss, " +
      "Unterhalt, Beistandschaft, Vormundschaft, Pflegschaft, Pflegekind, Pflegefamilie, Adoption, Sorgerecht, " +
      "Sorgeerklärung, Umgangsrecht, Erziehungsberatung, Erziehung, Hilfe zur Erziehung, Jugendhilfe, Jugendschutz, " +
      "Jugendarbeit, Jugendzentrum, Ferienfreizeit, Ferienbetreuung, Familienpass, Familie, Schwangerschaft, " +
      "Schwangerenberatung, Frühe Hilfen, Kinderschutz, Mutterschutz, Elternzeit, Jugendgerichtshilfe, Kind, " +
      "Jugendliche, Eltern, Jugendamt, Inobhutnahme, Hilfeplan, Kindeswohl, Partnerschaftsbonus",
  },
  {
    name: "Soziales, Senioren & Teilhabe",
    words:
      "Sozialhilfe, Grundsicherung, Lebensunterhalt, Bürgergeld, Jobcenter, Hilfe zur Pflege, Eingliederungshilfe, " +
      "Behinderung, Schwerbehinderung, Schwerbehindertenausweis, Merkzeichen, Blindengeld, Blindenhilfe, " +
      "Pflegegeld, Pflege, Pflegeberatung, Pflegestützpunkt, Pflegeheim, Seniorenberatung, Senioren, Rente, " +
      "Rentenantrag, Rentenversicherung, Versicherungsamt, Bestattungskosten, Sozialpass, Sozialticket, " +
      "Rundfunkbeitrag, Schuldnerberatung, Asylbewerberleistungen, Rechtliche Betreuung, Betreuungsbehörde, " +
      "Vorsorgevollmacht, Patientenverfügung, Heimaufsicht, Teilhabe, Integration, Migrationsberatung, " +
      "Sozialleistung, Sozialamt, Hilfe, Notlage, Betreuungsverfügung, Berufsbetreuer, Betreuungsgericht, " +
      "Unterhaltspflicht, Persönliches Budget, Frühförderung",
  },
  {
    name: "Gesundheit",
    words:
      "Gesundheitsamt, Impfung, Impfberatung, Infektionsschutz, Infektionsschutzbelehrung, Belehrung, " +
      "Gesundheitszeugnis, Hygiene, Badegewässer, Schuleingangsuntersuchung, Amtsarzt, Amtsärztliches Gutachten, " +
      "Gutachten, Sozialpsychiatrischer Dienst, Sucht, Suchtberatung, Psychiatrie, Krankheit, Tuberkulose, " +
      "Meldepflicht, Heilpraktiker, Heilpraktikererlaubnis, Gesundheitsberuf, Apotheke, Arzt, Leichenschau, " +
      "Todesbescheinigung, Zahngesundheit, Schwangerschaftskonfliktberatung, Aids, Gesundheit, Untersuchung, " +
      "Medizinal, Krankenhaus, Masernschutz, Kontaktperson, Legionellen, Trinkwasser, Attest",
  },
  {
    name: "Veterinärwesen & Lebensmittelüberwachung",
    words:
      "Veterinär, Veterinäramt, Tierarzt, Tierschutz, Tierhaltung, Tierseuche, Tierkörperbeseitigung, Schlachtung, " +
      "Fleischbeschau, Lebensmittel, Lebensmittelüberwachung, Lebensmittelkontrolle, Betriebsregistrierung, " +
      "Trichinenuntersuchung, Tiertransport, Heimtierausweis, Haustier, Katze, Bienen, Bienenhaltung, Geflügel, " +
      "Schwein, Rind, Pferd, Tierbestand, Tierseuchenkasse, Futtermittel, Verbraucherschutz, Tier, Zoohandlung, " +
      "Tierheim",
  },
  {
    name: "Landwirtschaft & Forst",
    words:
      "Landwirtschaft, Landwirt, Agrarförderung, Forst, Wald, Waldumwandlung, " +
      "Fischereirecht, Flurbereinigung, Düngung, Pflanzenschutz, Acker, Weide, Hofladen",
  },
  {
    name: "Justiz & Gerichte",
    words:
      "Justiz, Gericht, Amtsgericht, Landgericht, Oberlandesgericht, Verwaltungsgericht, Oberverwaltungsgericht, Verwaltungsgerichtshof, Sozialgericht, Landessozialgericht, Arbeitsgericht, Landesarbeitsgericht, Finanzgericht, Verfassungsgerichtshof, Staatsgerichtshof, Richter, Rechtspfleger, Urkundsbeamter, Justizministerium, Justizverwaltung, Urteil, Rechtsmittel, Berufung, Revision, Rechtskraft, Gerichtsstand",
  },
  {
    name: "Polizei & Innere Sicherheit",
    words:
      "Polizei, Landespolizei, Polizeipräsidium, Polizeidirektion, Polizeiinspektion, Polizeirevier, Polizeiwache, Polizeiposten, Polizeidienststelle, Polizeistation, Kriminalpolizei, Landeskriminalamt, LKA, Bundeskriminalamt, BKA, Bundespolizei, Bereitschaftspolizei, Wasserschutzpolizei, Autobahnpolizei, Polizeibeamter, Polizist, Bezirksbeamter, Kontaktbeamter, Verfassungsschutz, Extremismus, Innenministerium",
  },
  {
    name: "Landesbedienstete & Dienstrecht",
    words:
      "Landesbedienstete, Landesbeamte, Beamte, Beamtenrecht, Landesbeamtengesetz, Beamtenstatusgesetz, BeamtStG, Tarifbeschäftigte, Tarifvertrag, Öffentlicher Dienst, Dienstherr, Dienstvorgesetzter, Dienststelle, Personalstelle, Bezügestelle, Landesamt für Besoldung und Versorgung, LBV, Landesamt für Finanzen, Landesverwaltungsamt, Staatsdienst",
  },
  {
    name: "Hochschulen & Lehrkräfte",
    words:
      "Hochschule, Universität, Fachhochschule, HAW, Technische Hochschule, Kunsthochschule, Musikhochschule, Pädagogische Hochschule, Duale Hochschule, Wissenschaft, Wissenschaftsministerium, Forschung, Forschungsförderung, Hochschulgesetz, Kultusministerium, Kultusbehörde, Lehrerbildung, Lehrerausbildung",
  },
  {
    name: "Finanzamt & Landessteuern",
    words:
      "Finanzamt, Finanzverwaltung, Steuerverwaltung, Landesamt für Steuern, Oberfinanzdirektion, Bundeszentralamt für Steuern, BZSt, Finanzministerium, Abgabenordnung, Steuerpflicht, Steuerpflichtige, Steuerrecht, Steuergeheimnis, Besteuerung, Steuerbehörde, Finanzbehörde, Landessteuer",
  },
];
