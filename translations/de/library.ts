<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ExerciseDelegate</name>
    <message>
        <location filename="../../hiptrainer/ui/library/delegate.py" line="+109"/>
        <source>Yours</source>
        <extracomment>The tag at the right end of the name line of an exercise of the user&apos;s own.</extracomment>
        <translation>Eigene</translation>
    </message>
</context>
<context>
    <name>ExerciseDetail</name>
    <message>
        <location filename="../../hiptrainer/ui/library/detail_html.py" line="+72"/>
        <source>▶ Play the movement</source>
        <extracomment>Each step picture links to its larger view (clicked, or reached with Tab and opened with Enter). &quot;Edit a copy&quot; (or &quot;Edit&quot; for your own exercise): the exercise editor of the Routines tab.</extracomment>
        <translation>▶ Bewegung abspielen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step {number}: a larger view, both sides</source>
        <translation>Schritt {number}: größere Ansicht, beide Seiten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Left side:</source>
        <translation>Linke Seite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right side:</source>
        <translation>Rechte Seite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The steps describe the left side.</source>
        <translation>Die Schritte beschreiben die linke Seite.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✎ Edit</source>
        <translation>✎ Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change your exercise in the Routines tab (Ctrl+E)</source>
        <translation>Ihre Übung im Tab „Routinen“ ändern (Strg+E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✎ Edit a copy</source>
        <translation>✎ Kopie bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A copy of your own to change, in the Routines tab (Ctrl+E)</source>
        <translation>Eine eigene Kopie zum Ändern, im Tab „Routinen“ (Strg+E)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Level {level} of 5</source>
        <translation>Stufe {level} von 5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One side at a time</source>
        <translation>Eine Seite nach der anderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both sides together</source>
        <translation>Beide Seiten zugleich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs: {equipment}</source>
        <extracomment>The equipment an exercise needs, listed after the colon.</extracomment>
        <translation>Benötigt: {equipment}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No equipment</source>
        <translation>Ohne Hilfsmittel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Also called {names}</source>
        <extracomment>Other names of the exercise follow.</extracomment>
        <translation>Auch genannt: {names}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your own exercise</source>
        <translation>Ihre eigene Übung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— added by you or from a pack you imported.</source>
        <translation>– von Ihnen angelegt oder aus einem importierten Paket.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>★ From the founding article</source>
        <translation>★ Aus dem Gründungsartikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— the dose is the article&apos;s own.</source>
        <translation>– die Dosis stammt aus dem Artikel.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it helps runners</source>
        <translation>Warum es Läufern hilft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main:</source>
        <extracomment>The muscles an exercise works most.</extracomment>
        <translation>Hauptsächlich:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also:</source>
        <extracomment>The muscles an exercise works as well, less than the main ones.</extracomment>
        <translation>Außerdem:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Muscles</source>
        <translation>Muskeln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cues</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Common mistakes</source>
        <translation>Häufige Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Easier:</source>
        <translation>Leichter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harder:</source>
        <translation>Schwerer:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Variations</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your own text, licensed {license}.</source>
        <extracomment>{license} is a licence&apos;s short name, such as CC-BY-4.0.</extracomment>
        <translation>Ihr eigener Text, Lizenz: {license}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text written for HipTrainer, licensed {license}.</source>
        <translation>Für HipTrainer geschriebener Text, Lizenz: {license}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is general exercise information, not medical advice: stop if an exercise causes sharp pain, and ask a health professional about an injury.</source>
        <translation>Dies sind allgemeine Übungsinformationen, keine medizinische Beratung: Brechen Sie eine Übung ab, wenn sie stechende Schmerzen verursacht, und fragen Sie bei einer Verletzung eine Fachperson.</translation>
    </message>
    <message>
        <location filename="../../hiptrainer/ui/library/detail_view.py" line="+74"/>
        <source>Exercise details</source>
        <extracomment>Longest line of text in pixels: wider lines are hard to read on a large screen. The stand-in pictures&apos; size before the first paint (and without pictures). How long resizing must pause before the pictures are drawn at the new size.</extracomment>
        <translation>Übungsdetails</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen exercise: its dose, steps with pictures, cues and sources. Tab moves from link to link; Enter on a picture shows that step large.</source>
        <translation>Die gewählte Übung: Dosis, Schritte mit Bildern, Hinweise und Quellen. Die Tabulatortaste geht von Link zu Link; die Eingabetaste auf einem Bild zeigt den Schritt groß.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>· click a picture (or Tab to it, Enter) to see it large, both sides</source>
        <extracomment>After the Steps heading of an exercise&apos;s page, when its steps have pictures.</extracomment>
        <translation>· Bild anklicken (oder mit Tab hin, Eingabe), um es groß zu sehen, beide Seiten</translation>
    </message>
</context>
<context>
    <name>ExerciseListModel</name>
    <message>
        <location filename="../../hiptrainer/ui/library/model.py" line="+79"/>
        <source>Your own exercise.</source>
        <extracomment>What a search for the user&apos;s own exercises may type (&quot;yours&quot;, &quot;mine&quot;, &quot;custom&quot;, &quot;own&quot;), in English whatever the language (and in the interface&apos;s language too, see haystack).</extracomment>
        <translation>Ihre eigene Übung.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>yours | mine | my own | custom</source>
        <extracomment>Words that find the user&apos;s own exercises in the Library&apos;s search, separated by &quot; | &quot;: &quot;yours&quot;, &quot;mine&quot;, &quot;my own&quot;, &quot;custom&quot; and the like.</extracomment>
        <translation>eigene | meine | selbst erstellt | benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../hiptrainer/ui/library/filter_bar.py" line="+50"/>
        <source>Search name, muscle, equipment, position</source>
        <translation>Name, Muskel, Hilfsmittel, Körperlage suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search exercises</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+65"/>
        <source>Any muscle</source>
        <translation>Alle Muskeln</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+65"/>
        <source>Any equipment</source>
        <translation>Alle Hilfsmittel</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+65"/>
        <source>Any position</source>
        <translation>Alle Körperlagen</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Any level</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level 1 only</source>
        <translation>Nur Stufe 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to level {level}</source>
        <translation>Bis Stufe {level}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One or both sides</source>
        <translation>Eine oder beide Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One side at a time</source>
        <translation>Eine Seite nach der anderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both sides together</source>
        <translation>Beide Seiten zugleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundled and yours</source>
        <translation>Mitgelieferte und eigene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundled with HipTrainer</source>
        <translation>Mit HipTrainer mitgeliefert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yours</source>
        <extracomment>A filter&apos;s choice: only the exercises the user made or imported.</extracomment>
        <translation>Eigene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Muscle</source>
        <translation>&amp;Muskel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Muscle filter</source>
        <translation>Muskelfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;quipment</source>
        <translation>Hilfsm&amp;ittel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Equipment filter</source>
        <translation>Hilfsmittelfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;osition</source>
        <translation>&amp;Körperlage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position filter</source>
        <translation>Körperlagenfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Difficulty</source>
        <translation>&amp;Schwierigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difficulty filter</source>
        <translation>Schwierigkeitsfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sides</source>
        <translation>S&amp;eiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sides filter</source>
        <translation>Seitenfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sou&amp;rce</source>
        <translation>Herk&amp;unft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source filter: bundled or your own</source>
        <translation>Herkunftsfilter: mitgeliefert oder eigene</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No equipment</source>
        <translation>Ohne Hilfsmittel</translation>
    </message>
</context>
<context>
    <name>LargeStepView</name>
    <message>
        <location filename="../../hiptrainer/ui/library/large_view.py" line="+39"/>
        <source>▶ &amp;Play the movement</source>
        <translation>▶ Bewegung &amp;abspielen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>■ &amp;Stop</source>
        <translation>■ &amp;Stopp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both sides together</source>
        <translation>Beide Seiten zugleich</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>◀ P&amp;revious step</source>
        <translation>◀ &amp;Vorheriger Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next step ▶</source>
        <translation>&amp;Nächster Schritt ▶</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{name} — step {number} of {count}</source>
        <extracomment>The large view&apos;s window title: an exercise&apos;s name, then which step it shows.</extracomment>
        <translation>{name} – Schritt {number} von {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, step {number} of {count}, larger view</source>
        <translation>{name}, Schritt {number} von {count}, größere Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} · step {number} of {count}</source>
        <translation>{name} · Schritt {number} von {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{side}, step {number}</source>
        <translation>{side}, Schritt {number}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This step is a position: nothing moves.</source>
        <translation>Dieser Schritt ist eine Haltung: Nichts bewegt sich.</translation>
    </message>
</context>
<context>
    <name>LibraryTab</name>
    <message>
        <location filename="../../hiptrainer/ui/library/library_tab.py" line="+57"/>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exercises that match the search and filters. Enter shows the chosen one in full; Shift or Ctrl with the arrows chooses several to print.</source>
        <translation>Die Übungen, die zur Suche und zu den Filtern passen. Die Eingabetaste zeigt die gewählte ganz; Umschalt oder Strg mit den Pfeiltasten wählt mehrere zum Drucken.</translation>
    </message>
    <message numerus="yes">
        <location line="+149"/>
        <source>Left out: %n saved item(s) of yours that could not be read; the log (logs/hiptrainer.log in the data folder) says why.</source>
        <translation>
            <numerusform>Ausgelassen: %n gespeicherter Eintrag von Ihnen, der nicht gelesen werden konnte; das Protokoll (logs/hiptrainer.log im Datenordner) nennt den Grund.</numerusform>
            <numerusform>Ausgelassen: %n gespeicherte Einträge von Ihnen, die nicht gelesen werden konnten; das Protokoll (logs/hiptrainer.log im Datenordner) nennt den Grund.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No exercise matches this search and these filters.</source>
        <translation>Keine Übung passt zu dieser Suche und diesen Filtern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;all exercises</source>
        <translation>A&amp;lle Übungen zeigen</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{shown} of %n exercise(s)</source>
        <extracomment>Some exercises are hidden by the search or filters: &quot;{shown} of 23 exercises&quot;.</extracomment>
        <translation>
            <numerusform>{shown} von %n Übung</numerusform>
            <numerusform>{shown} von %n Übungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>, %n selected</source>
        <extracomment>Follows the count of exercises listed: &quot;23 exercises, 3 selected&quot;.</extracomment>
        <translation>
            <numerusform>, %n ausgewählt</numerusform>
            <numerusform>, %n ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackExportDialog</name>
    <message>
        <location filename="../../hiptrainer/ui/library/packs.py" line="+140"/>
        <source>Export an exercise pack</source>
        <translation>Übungspaket exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose what goes in the pack. A routine takes the exercises of yours it uses along; bundled exercises are named, not copied.</source>
        <translation>Wählen Sie, was ins Paket kommt. Eine Routine nimmt Ihre eigenen Übungen mit, die sie verwendet; mitgelieferte Übungen werden nur genannt, nicht kopiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exercises and routines to export</source>
        <translation>Zu exportierende Übungen und Routinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space ticks or unticks the chosen one.</source>
        <translation>Die Leertaste hakt den gewählten Eintrag an oder ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routine: {name}</source>
        <translation>Routine: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise: {name}</source>
        <translation>Übung: {name}</translation>
    </message>
</context>
<context>
    <name>Packs</name>
    <message>
        <location line="-110"/>
        <source>HipTrainer exercise packs (*.hiptrainer-pack)</source>
        <translation>HipTrainer-Übungspakete (*.hiptrainer-pack)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HipTrainer backups (*.json)</source>
        <translation>HipTrainer-Sicherungen (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the training data is not open, so nothing can be imported</source>
        <translation>die Trainingsdaten sind nicht geöffnet, daher kann nichts importiert werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported {what} from {file}.</source>
        <extracomment>{what} is a list in English for now, such as &quot;3 exercises and 1 routine&quot;.</extracomment>
        <translation>Aus {file} importiert: {what}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was imported</source>
        <translation>Nichts wurde importiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported</source>
        <extracomment>A message box&apos;s title after an import.</extracomment>
        <translation>Importiert</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Nothing to export yet</source>
        <translation>Noch nichts zu exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pack holds your own exercises and routines, and you have none yet.</source>
        <translation>Ein Paket enthält Ihre eigenen Übungen und Routinen, und Sie haben noch keine.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export exercise pack</source>
        <translation>Übungspaket exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>my-exercises.hiptrainer-pack</source>
        <extracomment>The file name a new pack is offered; keep the .hiptrainer-pack ending.</extracomment>
        <translation>meine-uebungen.hiptrainer-pack</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>The pack was not saved</source>
        <translation>Das Paket wurde nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: cannot write: {reason}</source>
        <translation>{file}: kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported {file}</source>
        <translation>{file} exportiert</translation>
    </message>
</context>
</TS>
