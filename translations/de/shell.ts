<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../hiptrainer/ui/about.py" line="+130"/>
        <source>Versions, licences and the sources of the exercises; Tab moves from link to link and Enter opens one in the browser.</source>
        <translation>Versionen, Lizenzen und die Quellen der Übungen; die Tabulatortaste geht von Link zu Link, die Eingabetaste öffnet einen im Browser.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>The program&apos;s code is under the MIT licence.</source>
        <translation>Der Programmcode steht unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exercise texts are written for HipTrainer from the facts in the sources below, and licensed &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;.</source>
        <translation>Die Übungstexte wurden für HipTrainer anhand der unten genannten Quellen geschrieben und stehen unter &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The exercise figures are drawn by HipTrainer&apos;s own code from its pose files, and are under the MIT licence with the code.</source>
        <translation>Die Übungsfiguren zeichnet HipTrainers eigener Code aus seinen Posendateien; sie stehen mit dem Code unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The interface icons are from &lt;a href=&quot;https://lucide.dev&quot;&gt;Lucide&lt;/a&gt;, under the ISC licence.</source>
        <translation>Die Symbole der Oberfläche stammen von &lt;a href=&quot;https://lucide.dev&quot;&gt;Lucide&lt;/a&gt; und stehen unter der ISC-Lizenz.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Built with Qt and PySide6 (LGPL v3; Help ▸ About Qt says more), pyqtgraph (MIT) and msgspec (BSD).</source>
        <translation>Erstellt mit Qt und PySide6 (LGPL v3; mehr unter Hilfe ▸ Über Qt), pyqtgraph (MIT) und msgspec (BSD).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A desktop trainer for runners&apos; hip and glute strength.</source>
        <translation>Ein Desktop-Trainer für die Hüft- und Gesäßkraft von Läuferinnen und Läufern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HipTrainer offers general exercise information. It does not replace advice from a doctor or physiotherapist. Stop an exercise that causes chest pain, dizziness, numbness or sharp joint pain, and seek advice for pain that lasts more than a week or two.</source>
        <translation>HipTrainer bietet allgemeine Informationen zu Übungen. Es ersetzt nicht den Rat einer Ärztin, eines Arztes oder einer physiotherapeutischen Fachkraft. Brechen Sie eine Übung ab, die Brustschmerzen, Schwindel, Taubheit oder stechende Gelenkschmerzen auslöst, und lassen Sie sich bei Schmerzen beraten, die länger als ein, zwei Wochen anhalten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sources of the exercise facts</source>
        <translation>Quellen der Übungsangaben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sources your own exercises name</source>
        <translation>Quellen Ihrer eigenen Übungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>About HipTrainer</source>
        <translation>Über HipTrainer</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../hiptrainer/ui/actions.py" line="+26"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an exercise pack, or a backup, to your data</source>
        <translation>Ein Übungspaket oder eine Sicherung zu Ihren Daten hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Exercise Pack…</source>
        <translation>Übungspaket &amp;exportieren …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save your own exercises and routines as a pack to share</source>
        <translation>Ihre eigenen Übungen und Routinen als Paket zum Weitergeben speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Sets as &amp;CSV…</source>
        <translation>Sätze als &amp;CSV exportieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every set you recorded as a spreadsheet (CSV)</source>
        <translation>Alle aufgezeichneten Sätze als Tabelle (CSV) speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;JSON Backup…</source>
        <translation>&amp;JSON-Sicherung exportieren …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save all your data (sessions, sets, self-tests, your exercises and routines) as JSON</source>
        <translation>Alle Ihre Daten (Einheiten, Sätze, Selbsttests, Ihre Übungen und Routinen) als JSON speichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the database into the backups folder of your data folder</source>
        <translation>Die Datenbank in den Sicherungsordner Ihres Datenordners kopieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace your data with a backup; what is there now is kept as a copy first</source>
        <translation>Ihre Daten durch eine Sicherung ersetzen; der jetzige Stand wird vorher als Kopie aufbewahrt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the chosen exercises, or the chosen routine, as sheets</source>
        <translation>Die gewählten Übungen oder die gewählte Routine als Blätter drucken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export P&amp;DF…</source>
        <translation>&amp;PDF exportieren …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the chosen exercises, or the chosen routine, as a PDF</source>
        <translation>Die gewählten Übungen oder die gewählte Routine als PDF speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close HipTrainer</source>
        <translation>HipTrainer schließen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find Exercise…</source>
        <translation>Übung &amp;suchen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the exercise library</source>
        <translation>In der Übungsbibliothek suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the exercise library</source>
        <translation>Die Übungsbibliothek zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Train</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play a routine</source>
        <translation>Eine Routine abspielen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Progress</source>
        <translation>&amp;Fortschritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charts of your holds, reps, balance and pain</source>
        <translation>Diagramme Ihrer Haltezeiten, Wiederholungen, Seitenbalance und Schmerzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Routines</source>
        <translation>&amp;Routinen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build your own routines and exercises</source>
        <translation>Eigene Routinen und Übungen erstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit a Copy of the Exercise</source>
        <translation>&amp;Kopie der Übung bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the exercise shown in the Library in the exercise editor: a copy of a bundled one, or your own to change</source>
        <translation>Die in der Bibliothek gezeigte Übung im Übungseditor öffnen: als Kopie einer mitgelieferten Übung oder Ihre eigene zum Ändern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hip &amp;Self-Tests…</source>
        <translation>Hüft-&amp;Selbsttests …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measure each side: side bridge, Copenhagen hold, single-leg bridge</source>
        <translation>Jede Seite messen: Seitstütz, Copenhagen-Halten, einbeinige Brücke</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Player times and sound, the weekly goal, sheets, theme and language</source>
        <translation>Zeiten und Ton des Players, Wochenziel, Blätter, Design und Sprache</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;About HipTrainer</source>
        <translation>Ü&amp;ber HipTrainer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../hiptrainer/ui/app.py" line="+134"/>
        <source>&amp;Train</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Progress</source>
        <translation>&amp;Fortschritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routines</source>
        <extracomment>A tab with no Alt letter: every letter of &quot;Routines&quot; is taken on some page (Ctrl+4 shows it); leave the translation without one too.</extracomment>
        <translation>Routinen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Your own exercises and routines: {reason}</source>
        <extracomment>In the status bar: why the user&apos;s own exercises could not be read (in English).</extracomment>
        <translation>Ihre eigenen Übungen und Routinen: {reason}</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>The exercise catalogue is broken: {reason}</source>
        <translation>Der Übungskatalog ist beschädigt: {reason}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../hiptrainer/ui/crash.py" line="+47"/>
        <source>HipTrainer ran into an error in its own code ({error}) and stopped what it was doing.</source>
        <extracomment>{error} is the error&apos;s type and message, in English (&quot;KeyError: &apos;left&apos;&quot;).</extracomment>
        <translation>In HipTrainers eigenem Code ist ein Fehler aufgetreten ({error}); der laufende Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>HipTrainer hit a problem</source>
        <translation>HipTrainer ist auf ein Problem gestoßen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your recorded sets are saved. You can carry on; if something looks wrong, close HipTrainer and start it again.</source>
        <translation>Ihre aufgezeichneten Sätze sind gespeichert. Sie können weitermachen; wenn etwas nicht stimmt, schließen Sie HipTrainer und starten Sie es neu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The details are in the log:
{file}</source>
        <translation>Die Einzelheiten stehen im Protokoll:
{file}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The log could not be written (see the message in the terminal); use Copy details to keep them.</source>
        <translation>Das Protokoll konnte nicht geschrieben werden (siehe die Meldung im Terminal); sichern Sie die Einzelheiten mit „Details kopieren“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the versions and the error&apos;s details for a bug report</source>
        <translation>Versionen und Fehlerdetails für einen Fehlerbericht kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open log folder</source>
        <translation>Protokoll&amp;ordner öffnen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The details are on the clipboard, ready to paste into a report.</source>
        <translation>Die Einzelheiten sind in der Zwischenablage und können in einen Bericht eingefügt werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No file manager could open {folder}.</source>
        <translation>Kein Dateimanager konnte {folder} öffnen.</translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <location filename="../../hiptrainer/ui/data_menu.py" line="+111"/>
        <source>Not done</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The training data is not open.</source>
        <translation>Die Trainingsdaten sind nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{problem}; nothing was written</source>
        <translation>{problem}; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export every set as CSV</source>
        <translation>Alle Sätze als CSV exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export a JSON backup</source>
        <translation>Eine JSON-Sicherung exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HipTrainer JSON backups (*.json)</source>
        <translation>HipTrainer-JSON-Sicherungen (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was exported</source>
        <translation>Es wurde nichts exportiert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exported every set to {name}</source>
        <translation>Alle Sätze nach {name} exportiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported a backup of all your data to {name}</source>
        <translation>Eine Sicherung aller Ihrer Daten nach {name} exportiert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A pack holds your own exercises and routines, and you have none yet.</source>
        <translation>Ein Paket enthält Ihre eigenen Übungen und Routinen, und Sie haben noch keine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to export yet</source>
        <translation>Noch nichts zu exportieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export exercise pack</source>
        <translation>Übungspaket exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pack was not saved</source>
        <translation>Das Paket wurde nicht gespeichert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported {name}</source>
        <translation>{name} exportiert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No backup was made</source>
        <translation>Es wurde keine Sicherung angelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backed up to {name} in {folder}</source>
        <translation>Gesichert als {name} in {folder}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A workout is under way: finish it (or leave it) on the Train tab first; a restore would replace the data it is saving to.</source>
        <translation>Ein Training läuft: Beenden (oder verlassen) Sie es zuerst im Tab „Training“; eine Wiederherstellung würde die Daten ersetzen, in die es speichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A self-test is under way: finish it (or leave it) on the Train tab first; a restore would replace the data it is saving to.</source>
        <translation>Ein Selbsttest läuft: Beenden (oder verlassen) Sie ihn zuerst im Tab „Training“; eine Wiederherstellung würde die Daten ersetzen, in die er speichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Routines tab has unsaved changes: save or undo them first.</source>
        <translation>Der Tab „Routinen“ hat ungespeicherte Änderungen: Speichern oder verwerfen Sie sie zuerst.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+47"/>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+20"/>
        <source>Restore a backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>HipTrainer database backups (*.db);;All files (*)</source>
        <translation>HipTrainer-Datenbanksicherungen (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replace all your training data, exercises and routines with the backup {name}?

What HipTrainer holds now is kept as a copy in {folder} first, so you can restore it again later.</source>
        <translation>Alle Ihre Trainingsdaten, Übungen und Routinen durch die Sicherung {name} ersetzen?

Der jetzige Stand von HipTrainer wird vorher als Kopie in {folder} aufbewahrt, sodass Sie ihn später wiederherstellen können.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The backup was not restored</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored {name}; what was there before is kept as {kept}</source>
        <translation>{name} wiederhergestellt; der vorige Stand ist als {kept} aufbewahrt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your own exercises and routines</source>
        <translation>Ihre eigenen Übungen und Routinen</translation>
    </message>
</context>
<context>
    <name>DataStartup</name>
    <message>
        <location filename="../../hiptrainer/ui/data_startup.py" line="+62"/>
        <source>{file} was found damaged and moved to {moved}; nothing in it was deleted, and an empty database took its place</source>
        <extracomment>Shown with its details; {file} is the database, {moved} the name it was given.</extracomment>
        <translation>{file} war beschädigt und wurde nach {moved} verschoben; nichts darin wurde gelöscht, und eine leere Datenbank trat an ihre Stelle</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{file} cannot be written (read-only); workouts cannot be recorded</source>
        <translation>{file} kann nicht geschrieben werden (schreibgeschützt); Trainings können nicht aufgezeichnet werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Today&apos;s backup failed: {reason}</source>
        <extracomment>{reason} is the storage&apos;s own reason (in English).</extracomment>
        <translation>Die heutige Sicherung ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A workout</source>
        <extracomment>An unfinished workout whose routine is gone: &quot;A workout, started …, did not finish.&quot;</extracomment>
        <translation>Ein Training</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>dddd d MMMM, HH:mm</source>
        <extracomment>A Qt date-time format: when an unfinished workout started (&quot;Sunday 29 November, 14:05&quot;).</extracomment>
        <translation>dddd, d. MMMM, HH:mm &apos;Uhr&apos;</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../hiptrainer/ui/i18n.py" line="+63"/>
        <source>Same as the system</source>
        <extracomment>In the language menu: HipTrainer speaks the language of the desktop (German on a German desktop, English on any other).</extracomment>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hiptrainer/ui/main_window.py" line="+82"/>
        <source>The window&apos;s pages; the arrow keys or Ctrl+1 to Ctrl+4 switch them.</source>
        <translation>Die Seiten des Fensters; die Pfeiltasten oder Strg+1 bis Strg+4 wechseln sie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Library</source>
        <extracomment>German: no Alt letter, as for Routines: B is the Edit menu&apos;s (Bearbeiten), and the rest of &quot;Bibliothek&quot; is taken by the Library page, the tabs or Progress (Rek&amp;orde).</extracomment>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Nothing to print here: choose exercises in the Library, or a routine on the Train or Routines tab</source>
        <translation>Hier gibt es nichts zu drucken: Wählen Sie Übungen in der Bibliothek oder eine Routine im Tab „Training“ oder „Routinen“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sheet shows it as last saved: save (Ctrl+S) to print your changes</source>
        <translation>Das Blatt zeigt den zuletzt gespeicherten Stand: Speichern Sie (Strg+S), um Ihre Änderungen zu drucken</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Training data: {problem}</source>
        <extracomment>In the status bar: why the training data could not be opened (in English).</extracomment>
        <translation>Trainingsdaten: {problem}</translation>
    </message>
</context>
<context>
    <name>PromptTexts</name>
    <message>
        <location filename="../../hiptrainer/ui/prompts.py" line="+87"/>
        <source>1 set or hold was saved</source>
        <translation>1 Satz wurde gespeichert</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sets and holds were saved</source>
        <extracomment>Never one (that has a text of its own): 0, 2, 3 … sets and holds.</extracomment>
        <translation>
            <numerusform>%n Satz wurde gespeichert</numerusform>
            <numerusform>%n Sätze wurden gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location line="-37"/>
        <source>Pain this morning</source>
        <translation>Schmerz heute Morgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain this morning (0–10)</source>
        <translation>Schmerz heute Morgen (0–10)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After your workout on {day}: how much pain did you feel this morning?
0 is none, 10 the worst imaginable; leave it “not given” if you are unsure.</source>
        <extracomment>{day} is the workout&apos;s day; “not given” is what the score box shows before a choice.</extracomment>
        <translation>Nach Ihrem Training am {day}: Wie stark waren Ihre Schmerzen heute Morgen?
0 heißt keine, 10 die schlimmsten vorstellbaren; lassen Sie „nicht angegeben“ stehen, wenn Sie unsicher sind.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+51"/>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Pain this &amp;morning</source>
        <translation>Schmerz heute &amp;Morgen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unfinished workout</source>
        <translation>Unvollendetes Training</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;{workout}&lt;/b&gt;, started {started}, did not finish.</source>
        <extracomment>Rich text: {workout} is the routine&apos;s name, {started} when it started.</extracomment>
        <translation>&lt;b&gt;{workout}&lt;/b&gt;, begonnen am {started}, wurde nicht beendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{saved}. Continue at the next unfinished one, or close it?</source>
        <extracomment>{saved} says how many sets were saved (&quot;3 sets and holds were saved&quot;).</extracomment>
        <translation>{saved}. Beim nächsten offenen Satz fortsetzen oder das Training abschließen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lose it</source>
        <translation>&amp;Abschließen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{message}.

Switch to the open HipTrainer window; only one can use the same data at a time.</source>
        <extracomment>{message} says which data folder is in use (in English).</extracomment>
        <translation>{message}.

Wechseln Sie zum geöffneten HipTrainer-Fenster; es kann immer nur eines dieselben Daten verwenden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HipTrainer is already running</source>
        <translation>HipTrainer läuft bereits</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{message}.

The exercise library still works; workouts cannot be recorded until this is fixed.</source>
        <extracomment>{message} is the problem, often in English (from the file system or database).</extracomment>
        <translation>{message}.

Die Übungsbibliothek funktioniert weiterhin; Trainings können erst aufgezeichnet werden, wenn das behoben ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HipTrainer cannot save your training</source>
        <translation>HipTrainer kann Ihr Training nicht speichern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your training data needs attention</source>
        <translation>Ihre Trainingsdaten brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;HipTrainer&apos;s database file is damaged.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Die Datenbankdatei von HipTrainer ist beschädigt.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The damaged file was set aside as &lt;i&gt;{file}&lt;/i&gt; in the data folder; nothing in it was deleted.</source>
        <extracomment>Rich text: {file} is the name the damaged file was given.</extracomment>
        <translation>Die beschädigte Datei wurde als &lt;i&gt;{file}&lt;/i&gt; im Datenordner beiseitegelegt; nichts darin wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You can restore the newest good backup, made on {when}, or start with no recorded training.</source>
        <translation>Sie können die neueste intakte Sicherung vom {when} wiederherstellen oder ohne aufgezeichnetes Training beginnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no backup to restore; HipTrainer can start with no data.</source>
        <translation>Es gibt keine Sicherung zum Wiederherstellen; HipTrainer kann ohne Daten starten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Restore the backup</source>
        <translation>Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start with no data</source>
        <translation>Ohne Daten &amp;starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>d MMMM yyyy, HH:mm</source>
        <extracomment>A Qt date-time format: when a backup was made (&quot;29 November 2026, 14:05&quot;).</extracomment>
        <translation>d. MMMM yyyy, HH:mm &apos;Uhr&apos;</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <location filename="../../hiptrainer/cues/tones.py" line="+45"/>
        <source>sound could not be loaded ({reason})</source>
        <translation>die Tonausgabe ließ sich nicht laden ({reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no audio output device</source>
        <translation>kein Audioausgabegerät vorhanden</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>tones are off: {reason}</source>
        <extracomment>Why the cue tones do not sound: {reason} such as &quot;there is no audio output device&quot;. Starts in lower case in English: it may follow another.</extracomment>
        <translation>die Töne sind aus: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>tones are off: cannot write {path} ({reason})</source>
        <extracomment>{path} is a file, {reason} the system&apos;s words (&quot;No space left on device&quot;).</extracomment>
        <translation>die Töne sind aus: {path} lässt sich nicht schreiben ({reason})</translation>
    </message>
    <message>
        <location filename="../../hiptrainer/cues/voice.py" line="+37"/>
        <source>the voice is off: text-to-speech is not installed ({reason})</source>
        <extracomment>Why the spoken cues are silent; {reason} is the system&apos;s (English) words.</extracomment>
        <translation>die Stimme ist aus: Sprachausgabe ist nicht installiert ({reason})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the voice is off: no speech engine is installed</source>
        <translation>die Stimme ist aus: kein Sprachmodul installiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the voice is off: the speech engine did not start</source>
        <translation>die Stimme ist aus: das Sprachmodul ließ sich nicht starten</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../hiptrainer/ui/welcome.py" line="+172"/>
        <source>Welcome and health note</source>
        <translation>Willkommen und Gesundheitshinweis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why hip and glute strength matters, and when to stop; the arrows scroll.</source>
        <translation>Warum Hüft- und Gesäßkraft zählt und wann Sie aufhören sollten; die Pfeiltasten blättern.</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Welcome to HipTrainer</source>
        <translation>Willkommen bei HipTrainer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each running stride lands on one leg with a force of two to three times your body weight. The muscles around the hip (the three glutes: maximus, medius and minimus, with the abductors on the outside of the thigh and the adductors on the inside) hold your pelvis level as you land and steer the thigh as it turns in the socket. When they are weak, the hip drops on every step and the hamstrings and lower back take over work that is not theirs, a common road to strain and pain. A few minutes of hip and glute work, before a run or after it, keeps the stride steady.</source>
        <translation>Bei jedem Laufschritt landen Sie auf einem Bein, mit dem Zwei- bis Dreifachen Ihres Körpergewichts. Die Muskeln rund um die Hüfte (die drei Gesäßmuskeln – der große, mittlere und kleine –, dazu die Abduktoren an der Außenseite und die Adduktoren an der Innenseite des Oberschenkels) halten beim Aufsetzen das Becken waagerecht und führen den Oberschenkel, während er sich im Hüftgelenk dreht. Sind sie schwach, sinkt die Hüfte bei jedem Schritt ab, und die hintere Oberschenkelmuskulatur und der untere Rücken übernehmen Arbeit, die nicht ihre ist – ein häufiger Weg zu Überlastung und Schmerzen. Ein paar Minuten Hüft- und Gesäßtraining vor oder nach dem Lauf halten den Schritt stabil.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop at once if you feel sharp pain, dizziness or chest pain.</source>
        <translation>Hören Sie sofort auf, wenn Sie stechende Schmerzen, Schwindel oder Brustschmerzen spüren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HipTrainer gives general exercise information. It is not a substitute for a doctor or physiotherapist: ask one first if you have an injury or a health condition, and about pain that does not go away.</source>
        <translation>HipTrainer gibt allgemeine Informationen zu Übungen. Es ersetzt keine Ärztin, keinen Arzt und keine Physiotherapie: Fragen Sie vorher nach, wenn Sie eine Verletzung oder eine Erkrankung haben, und ebenso bei Schmerzen, die nicht vergehen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Either button below confirms that you have read this note.</source>
        <extracomment>Above the two buttons &quot;Start with the warm-up&quot; and &quot;I understand&quot;.</extracomment>
        <translation>Mit jeder der beiden Schaltflächen unten bestätigen Sie, dass Sie diesen Hinweis gelesen haben.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Why your hips and glutes matter when you run</source>
        <translation>Warum Hüfte und Gesäß beim Laufen wichtig sind</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New here? Start with the “{routine}”, a short routine to do before a run. The Train tab shows its exercises and how long it takes.</source>
        <translation>Neu hier? Beginnen Sie mit „{routine}“, einer kurzen Routine vor dem Laufen. Der Tab „Training“ zeigt ihre Übungen und wie lange sie dauert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New here? Pick a routine on the Train tab (Ctrl+2).</source>
        <translation>Neu hier? Wählen Sie eine Routine im Tab „Training“ (Strg+2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start with the &amp;warm-up</source>
        <translation>Mit dem &amp;Aufwärmen beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirms the note, then opens the Train tab on the warm-up</source>
        <translation>Bestätigt den Hinweis und öffnet dann den Tab „Training“ mit dem Aufwärmen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;I understand</source>
        <translation>&amp;Verstanden</translation>
    </message>
</context>
</TS>
