<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BlockList</name>
    <message>
        <location filename="../../hiptrainer/ui/routines/block_list.py" line="+27"/>
        <source>Blocks of the routine</source>
        <extracomment>The drag&apos;s own data: the row dragged (a drop from anywhere else is refused). The grip drawn at the start of each row: it says the row can be dragged. (index of the block, index it goes to)</extracomment>
        <translation>Blöcke der Routine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The routine&apos;s exercises in order; Alt+Up and Alt+Down move the chosen one.</source>
        <translation>Die Übungen der Routine der Reihe nach; Alt+Pfeil hoch und Alt+Pfeil runter verschieben die gewählte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drag a block by its handle, or move it with Alt+Up and Alt+Down</source>
        <translation>Ziehen Sie einen Block an seinem Griff oder verschieben Sie ihn mit Alt+Auf und Alt+Ab</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../hiptrainer/ui/routines/fields.py" line="+191"/>
        <source>Space ticks or unticks the chosen word.</source>
        <translation>Die Leertaste hakt das gewählte Wort an oder ab.</translation>
    </message>
</context>
<context>
    <name>DoseEditor</name>
    <message>
        <location filename="../../hiptrainer/ui/routines/dose_editor.py" line="+35"/>
        <source>Which side goes first is a player setting on the Train tab, the same for every exercise. The player plays the low end of each range.</source>
        <translation>Welche Seite zuerst kommt, ist eine Einstellung des Players im Tab „Training“, für alle Übungen gleich. Der Player spielt jeweils das untere Ende eines Bereichs.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reps</source>
        <extracomment>The dose switching between holds and reps falls back on (the exercise&apos;s own).</extracomment>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds (each held for some seconds)</source>
        <translation>Halten (jeweils einige Sekunden)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <extracomment>The unit after a number of seconds in a spin box (with its space).</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>self-paced (or lift-pause-lower, such as 2-1-2)</source>
        <translation>eigenes Tempo (oder Heben-Pause-Senken, z. B. 2-1-2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work</source>
        <extracomment>A dose&apos;s kind of work: reps, or holds of some seconds.</extracomment>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+104"/>
        <source>Reps a set</source>
        <translation>Wiederholungen pro Satz</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Seconds a hold</source>
        <translation>Sekunden pro Halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted in</source>
        <translation>Gezählt in</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+102"/>
        <source>Rest between reps</source>
        <translation>Pause zwischen Wiederholungen</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Rest between sets</source>
        <translation>Pause zwischen Sätzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions a week</source>
        <translation>Einheiten pro Woche</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Holds a set</source>
        <translation>Halten pro Satz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest between holds</source>
        <translation>Pause zwischen dem Halten</translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <location filename="../../hiptrainer/ui/routines/exercise_editor.py" line="+52"/>
        <source>New exercise</source>
        <extracomment>What a new exercise starts with: a dose, three steps and the texts the schema requires, for the user to change.</extracomment>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>My own notes</source>
        <extracomment>The source a new exercise of the user&apos;s names: the user&apos;s own notes.</extracomment>
        <translation>Eigene Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My own</source>
        <extracomment>The licence of a new exercise&apos;s texts: the user&apos;s own (a short phrase).</extracomment>
        <translation>Eigene</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;One-sided (each side done in turn)</source>
        <translation>&amp;Einseitig (eine Seite nach der anderen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For the left side, e.g. &quot;Left leg on the bench: lie on …&quot;</source>
        <translation>Für die linke Seite, z. B. „Linkes Bein auf der Bank: auf … liegen“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>One a line: a title, then a web address if there is one</source>
        <translation>Eine pro Zeile: ein Titel, dann ggf. eine Webadresse</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also called (one a line)</source>
        <translation>Auch genannt (einer pro Zeile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summar&amp;y</source>
        <translation>Kurzbes&amp;chreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it helps</source>
        <translation>Warum es hilft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main muscles</source>
        <translation>Hauptmuskeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other muscles</source>
        <translation>Weitere Muskeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment</source>
        <translation>Hilfsmittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Körperlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difficulty (1–5)</source>
        <translation>Schwierigkeit (1–5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set-up line (left side)</source>
        <translation>Ausgangsstellung (linke Seite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps (3 to 6)</source>
        <translation>Schritte (3 bis 6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cues (one a line)</source>
        <translation>Hinweise (einer pro Zeile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common mistakes (one a line)</source>
        <translation>Häufige Fehler (einer pro Zeile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety notes (one a line)</source>
        <translation>Sicherheitshinweise (einer pro Zeile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easier variants</source>
        <translation>Leichtere Varianten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harder variants</source>
        <translation>Schwerere Varianten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources (one a line)</source>
        <translation>Quellen (eine pro Zeile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence of the texts</source>
        <translation>Lizenz der Texte</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Id: {id}</source>
        <extracomment>An exercise&apos;s id (a lower-case slug such as &quot;my_plank&quot;) follows.</extracomment>
        <translation>Kennung: {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Id: made from the name on saving</source>
        <translation>Kennung: wird beim Speichern aus dem Namen gebildet</translation>
    </message>
</context>
<context>
    <name>ExercisePage</name>
    <message>
        <location filename="../../hiptrainer/ui/routines/exercise_page.py" line="+45"/>
        <location line="+9"/>
        <source>Your exercises</source>
        <translation>Ihre Übungen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The exercises you made or copied: the chosen one is open in the editor.</source>
        <translation>Die Übungen, die Sie erstellt oder kopiert haben: Die gewählte ist im Editor geöffnet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None yet. Start a new one, or copy any exercise of the Library and change it.</source>
        <translation>Noch keine. Legen Sie eine neue an oder kopieren Sie eine Übung aus der Bibliothek und ändern Sie sie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ne&amp;w exercise</source>
        <translation>&amp;Neue Übung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exercise to copy</source>
        <translation>Zu kopierende Übung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Duplicate</source>
        <translation>Dupli&amp;zieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a copy of the chosen exercise that is yours to edit</source>
        <translation>Eine eigene Kopie der gewählten Übung zum Bearbeiten anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cop&amp;y of:</source>
        <translation>&amp;Kopie von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete your exercise (Delete); Undo brings it back</source>
        <translation>Ihre Übung löschen (Entf); Rückgängig holt sie zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo delete</source>
        <translation>Löschen rückgän&amp;gig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dis&amp;card changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Made “{name}”: yours to edit.</source>
        <translation>„{name}“ angelegt: Sie können sie bearbeiten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your training data is not open for changes (read-only or not found), so exercises cannot be copied or edited now.</source>
        <translation>Ihre Trainingsdaten können nicht geändert werden (schreibgeschützt oder nicht gefunden), daher lassen sich Übungen jetzt weder kopieren noch bearbeiten.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Deleted “{name}”.</source>
        <translation>„{name}“ gelöscht.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Brought back.</source>
        <translation>Wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saved “{name}”.</source>
        <translation>„{name}“ gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changes discarded.</source>
        <translation>Änderungen verworfen.</translation>
    </message>
</context>
<context>
    <name>PosePicker</name>
    <message>
        <location filename="../../hiptrainer/ui/routines/pose_picker.py" line="+43"/>
        <source>Search the poses: an exercise or a position</source>
        <translation>Posen durchsuchen: eine Übung oder eine Körperlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the poses</source>
        <translation>Posen durchsuchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pose library</source>
        <translation>Posenbibliothek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poses by group; the chosen pose is the step&apos;s picture.</source>
        <translation>Posen nach Gruppen; die gewählte Pose ist das Bild des Schritts.</translation>
    </message>
</context>
<context>
    <name>PosePreview</name>
    <message>
        <location line="+90"/>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right side (mirrored)</source>
        <translation>Rechte Seite (gespiegelt)</translation>
    </message>
</context>
<context>
    <name>RangeEdit</name>
    <message>
        <location filename="../../hiptrainer/ui/routines/fields.py" line="-60"/>
        <source>to</source>
        <extracomment>Between the two numbers of a range: &quot;8 to 12&quot; reps.</extracomment>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what}, lowest</source>
        <extracomment>The two spin boxes of a range such as 8–12 reps: {what} is what the range counts.</extracomment>
        <translation>{what}, kleinster Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lowest</source>
        <translation>kleinster Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}, highest</source>
        <translation>{what}, größter Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>highest</source>
        <translation>größter Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Raising one end past the other moves that one too.</source>
        <translation>Wird ein Ende über das andere hinaus verstellt, geht das andere mit.</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <location filename="../../hiptrainer/ui/routines/routine_editor.py" line="+39"/>
        <source>Strength</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation (a warm-up)</source>
        <translation>Aktivierung (zum Aufwärmen)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>What the routine is for, in a line</source>
        <translation>Wozu die Routine dient, in einer Zeile</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> s</source>
        <extracomment>The unit after a number of seconds in a spin box (with its space).</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summar&amp;y</source>
        <translation>&amp;Kurzbeschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ocus</source>
        <translation>Sch&amp;werpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rest between exercises</source>
        <translation>&amp;Pause zwischen Übungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bloc&amp;ks (drag ⠿ or Alt+Up/Down to reorder)</source>
        <translation>B&amp;löcke (zum Umordnen ⠿ ziehen oder Alt+Auf/Ab)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move the block up (Alt+Up)</source>
        <translation>Block nach oben schieben (Alt+Auf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the block up</source>
        <translation>Block nach oben schieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the block down (Alt+Down)</source>
        <translation>Block nach unten schieben (Alt+Ab)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the block down</source>
        <translation>Block nach unten schieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move block</source>
        <translation>Block &amp;entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exercise to add</source>
        <translation>Hinzuzufügende Übung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add block</source>
        <translation>Block h&amp;inzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the exercise after the chosen block, with that block&apos;s dose</source>
        <translation>Die Übung nach dem gewählten Block einfügen, mit dessen Dosis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xercise:</source>
        <translation>Üb&amp;ung:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dis&amp;card changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location line="+65"/>
        <source> (yours)</source>
        <extracomment>After the name of the user&apos;s own exercise in the list of exercises to add.</extracomment>
        <translation> (eigene)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Bundled with HipTrainer, so it cannot be changed here. Duplicate it to make a copy of your own to edit.</source>
        <translation>Mit HipTrainer mitgeliefert, daher hier nicht änderbar. Duplizieren Sie sie, um eine eigene Kopie zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../../hiptrainer/ui/routines/routine_length.py" line="+24"/>
        <source>left side first</source>
        <translation>linke Seite zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right side first</source>
        <translation>rechte Seite zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alternate sides every set</source>
        <translation>Seiten bei jedem Satz wechseln</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a block to see how long the routine takes.</source>
        <translation>Fügen Sie einen Block hinzu, um zu sehen, wie lange die Routine dauert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Takes {time} as the player plays it ({sides}).</source>
        <extracomment>A routine&apos;s length: {time} such as &quot;12 min&quot;, {sides} such as &quot;left side first&quot;.</extracomment>
        <translation>Dauert {time}, so wie der Player sie abspielt ({sides}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Takes {time} as the player plays it ({sides}); {span} from the low to the high end of the ranges.</source>
        <extracomment>As &quot;Takes {time} as the player plays it ({sides}).&quot; and then {span}, the length from the low to the high end of the dose ranges, such as &quot;10–14 min&quot;.</extracomment>
        <translation>Dauert {time}, so wie der Player sie abspielt ({sides}); {span} vom unteren bis zum oberen Ende der Bereiche.</translation>
    </message>
    <message>
        <location filename="../../hiptrainer/ui/routines/routine_editor.py" line="+102"/>
        <source>No block chosen: add an exercise.</source>
        <translation>Kein Block gewählt: Fügen Sie eine Übung hinzu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dose of block {number}: {name}</source>
        <translation>Dosis von Block {number}: {name}</translation>
    </message>
</context>
<context>
    <name>RoutinePage</name>
    <message>
        <location filename="../../hiptrainer/ui/routines/routine_page.py" line="+43"/>
        <location line="+9"/>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>HipTrainer&apos;s routines, then yours: the chosen one is shown beside the list.</source>
        <translation>Die Routinen von HipTrainer, dann Ihre: Die gewählte steht neben der Liste.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ne&amp;w routine</source>
        <translation>&amp;Neue Routine</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+119"/>
        <source>&amp;Duplicate</source>
        <translation>Dupli&amp;zieren</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete your routine (Delete); Undo brings it back</source>
        <translation>Ihre Routine löschen (Entf); Rückgängig holt sie zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo delete</source>
        <translation>Löschen rückgän&amp;gig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back the routine just deleted (Ctrl+Z)</source>
        <translation>Die eben gelöschte Routine zurückholen (Strg+Z)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{name}  (bundled)</source>
        <extracomment>A bundled routine in the list of routines: its name, then this tag.</extracomment>
        <translation>{name}  (mitgeliefert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yours</source>
        <extracomment>The tooltip of a routine of the user&apos;s own in the list of routines.</extracomment>
        <translation>Eigene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundled with HipTrainer: duplicate it to edit</source>
        <translation>Mit HipTrainer mitgeliefert: zum Bearbeiten duplizieren</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;Duplicate to edit</source>
        <translation>Zum Bearbeiten dupli&amp;zieren</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Made “{name}”: yours to edit.</source>
        <translation>„{name}“ angelegt: Sie können sie bearbeiten.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Deleted “{name}”.</source>
        <translation>„{name}“ gelöscht.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Brought back.</source>
        <translation>Wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saved “{name}”.</source>
        <translation>„{name}“ gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes discarded.</source>
        <translation>Änderungen verworfen.</translation>
    </message>
</context>
<context>
    <name>RoutinesPort</name>
    <message>
        <location filename="../../hiptrainer/ui/routines/ports.py" line="+71"/>
        <source>Could not save: {reason}</source>
        <extracomment>What to do with unsaved edits before the editor shows something else or the window closes. {reason} is a storage error&apos;s line, in English for now.</extracomment>
        <translation>Speichern nicht möglich: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the changes to “{name}”?</source>
        <translation>Die Änderungen an „{name}“ speichern?</translation>
    </message>
</context>
<context>
    <name>RoutinesTab</name>
    <message>
        <location filename="../../hiptrainer/ui/routines/routines_tab.py" line="+39"/>
        <source>Routines</source>
        <extracomment>What Print… would print here may have changed (another routine or exercise chosen, the other page shown).</extracomment>
        <translation>Routinen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom exercises</source>
        <translation>Eigene Übungen</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <location filename="../../hiptrainer/ui/routines/steps_editor.py" line="+54"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exercise&apos;s steps in order; the chosen one is edited below the list.</source>
        <translation>Die Schritte der Übung der Reihe nach; der gewählte wird unter der Liste bearbeitet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag a step by its handle, or move it with Alt+Up and Alt+Down</source>
        <translation>Ziehen Sie einen Schritt an seinem Griff oder verschieben Sie ihn mit Alt+Auf und Alt+Ab</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add ste&amp;p</source>
        <translation>Schritt h&amp;inzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step text</source>
        <translation>Schritttext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do in this step, in a sentence</source>
        <translation>Was in diesem Schritt zu tun ist, in einem Satz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step te&amp;xt</source>
        <translation>Schrittte&amp;xt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pose (from the pose &amp;library)</source>
        <translation>Pose (aus der &amp;Posenbibliothek)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>(no text yet)</source>
        <extracomment>A step in the list of an exercise&apos;s steps that has no text yet.</extracomment>
        <translation>(noch kein Text)</translation>
    </message>
</context>
</TS>
