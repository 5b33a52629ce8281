<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../hiptrainer/ui/printing/export.py" line="+26"/>
        <location line="+33"/>
        <source>Export PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Save {what} as a PDF to print later or to send.</source>
        <extracomment>{what} is &quot;the exercise sheet of “Clamshell”&quot;, &quot;the routine sheet of “…”&quot; or &quot;the sheets of 3 exercises&quot;.</extracomment>
        <translation>{what} als PDF speichern, um es später zu drucken oder zu versenden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern …</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrintCommands</name>
    <message>
        <location filename="../../hiptrainer/ui/printing/commands.py" line="+122"/>
        <location line="+6"/>
        <source>The PDF was not saved</source>
        <translation>Das PDF wurde nicht gespeichert</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The sheet cannot be made: {reason}</source>
        <extracomment>{reason} is the problem, in English for now.</extracomment>
        <translation>Das Blatt kann nicht erstellt werden: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write {path}</source>
        <extracomment>Followed by the system&apos;s reason (in English for now), such as &quot;: disk full&quot;.</extracomment>
        <translation>{path} kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nothing to print</source>
        <translation>Nichts zu drucken</translation>
    </message>
</context>
<context>
    <name>PrintCounts</name>
    <message numerus="yes">
        <location line="-15"/>
        <source>Saved {file} (%n page(s))</source>
        <extracomment>The status line after a sheet was saved as a PDF: &quot;Saved Clamshell.pdf (2 pages)&quot;.</extracomment>
        <translation>
            <numerusform>{file} gespeichert (%n Seite)</numerusform>
            <numerusform>{file} gespeichert (%n Seiten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetGrid</name>
    <message>
        <location filename="../../hiptrainer/printing/forms.py" line="+124"/>
        <source>Week {number}</source>
        <extracomment>What to do, in the top left corner over the labels. The head of a week&apos;s columns in a sheet&apos;s tick grid.</extracomment>
        <translation>Woche {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>W{number}</source>
        <extracomment>&quot;Week {number}&quot; abbreviated, where the column is too narrow for it.</extracomment>
        <translation>W{number}</translation>
    </message>
</context>
<context>
    <name>SheetJob</name>
    <message>
        <location filename="../../hiptrainer/ui/printing/jobs.py" line="+68"/>
        <source>The exercise &quot;{id}&quot; is not in the catalogue any more.</source>
        <translation>Die Übung „{id}“ ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No exercise is chosen.</source>
        <translation>Keine Übung gewählt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the exercise sheet of “{name}”</source>
        <extracomment>The title of a sheet of several exercises (and the name its PDF is offered under). Completes &quot;Save … as a PDF to print later or to send.&quot; (the export&apos;s intro).</extracomment>
        <translation>Das Übungsblatt „{name}“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sheets of {name}</source>
        <extracomment>Completes &quot;Save … as a PDF to print later or to send.&quot;; {name} is &quot;3 exercises&quot;.</extracomment>
        <translation>Die Blätter von {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The routine &quot;{id}&quot; is not in the catalogue any more.</source>
        <translation>Die Routine „{id}“ ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the routine sheet of “{name}”</source>
        <extracomment>Completes &quot;Save … as a PDF to print later or to send.&quot; (the export&apos;s intro).</extracomment>
        <translation>Das Routinenblatt „{name}“</translation>
    </message>
</context>
<context>
    <name>SheetJobCounts</name>
    <message numerus="yes">
        <location line="-49"/>
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetNotes</name>
    <message>
        <location filename="../../hiptrainer/printing/kit.py" line="+104"/>
        <location line="+8"/>
        <source>Notes</source>
        <extracomment>Where an exercise&apos;s pictures come from (by default its bundled poses). The heading of the lines left on a sheet for the user&apos;s own notes.</extracomment>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>SheetOptionsPanel</name>
    <message>
        <location filename="../../hiptrainer/ui/printing/options_panel.py" line="+27"/>
        <source>Left empty: a line to write on</source>
        <translation>Leer: eine Schreiblinie</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;aper:</source>
        <translation>P&amp;apier:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Large print (14 pt text)</source>
        <translation>&amp;Großdruck (14-pt-Schrift)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name on the sheet</source>
        <translation>Name auf dem Blatt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <extracomment>The name of the person the routine sheet is for.</extracomment>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rescribed by:</source>
        <translation>&amp;Verordnet von:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prescribed by</source>
        <translation>Verordnet von</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <location filename="../../hiptrainer/ui/printing/preview.py" line="+74"/>
        <source>Page set&amp;up…</source>
        <extracomment>The last paper a sheet was laid out on, to go back to from one too small.</extracomment>
        <translation>Seite ein&amp;richten …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page number</source>
        <translation>Seitenzahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pages of the sheet</source>
        <translation>Seiten des Blatts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sheet as it will print; the arrow keys and Page Down scroll.</source>
        <translation>Das Blatt, wie es gedruckt wird; die Pfeiltasten und Bild ab blättern.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the paper is too small for a sheet ({reason})</source>
        <extracomment>Completes &quot;Nothing was printed: …&quot;; {reason} (English for now) says why.</extracomment>
        <translation>das Papier ist zu klein für ein Blatt ({reason})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the sheet cannot be made: {reason}</source>
        <extracomment>Completes &quot;Nothing was printed: …&quot;; {reason} (English for now) says why.</extracomment>
        <translation>das Blatt kann nicht erstellt werden: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sheet cannot be made: {reason}.</source>
        <translation>Das Blatt kann nicht erstellt werden: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to print</source>
        <translation>Nichts zu drucken</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was printed: {problem}.</source>
        <translation>Nichts wurde gedruckt: {problem}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was printed</source>
        <translation>Nichts wurde gedruckt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The paper is too small for a sheet ({problem}). It is set back to {paper}.</source>
        <extracomment>{problem} (English for now) says how small; {paper} is a paper size such as A4.</extracomment>
        <translation>Das Papier ist zu klein für ein Blatt ({problem}). Es wird auf {paper} zurückgesetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper too small</source>
        <translation>Papier zu klein</translation>
    </message>
</context>
<context>
    <name>sheet</name>
    <message>
        <location filename="../../hiptrainer/printing/exercise.py" line="+110"/>
        <source>Shortened for print: HipTrainer has the full text.</source>
        <extracomment>Each side&apos;s set-up line only up to its colon. The layouts tried, fullest first; a sheet takes the first that fits one page. Each leaves out one more thing, the least needed at the gym first: the two sides&apos; pictures (their lines say the same), the why past its second sentence (background and studies), each side&apos;s set-up past its colon (the steps set the left side up in full, the right mirrors it), the why past its first sentence, then the last cues and mistakes (written most important first). Every step, the dose and every safety line are always printed. The step pictures&apos; scales tried for each shape, largest first: a shape leaves its text out only when its pictures at their smallest (1, still easy to follow) leave it too long. The note on a sheet that leaves text out (in English; the sheet prints it translated).</extracomment>
        <translation>Für den Druck gekürzt: HipTrainer hat den vollständigen Text.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exercise sheet: {name}</source>
        <translation>Übungsblatt: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exercise sheets: {names}</source>
        <translation>Übungsblätter: {names}</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Why it helps a runner: </source>
        <translation>Warum es Läuferinnen und Läufern hilft: </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cues</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Common mistakes</source>
        <translation>Häufige Fehler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Done</source>
        <extracomment>The tick grid&apos;s row for the sessions done (a tick per side and session).</extracomment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hiptrainer/printing/routine.py" line="+184"/>
        <source>Pain 0–10</source>
        <translation>Schmerz 0–10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick each side</source>
        <translation>Jede Seite abhaken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick when done</source>
        <translation>Abhaken, wenn erledigt</translation>
    </message>
    <message>
        <location filename="../../hiptrainer/printing/routine.py" line="-116"/>
        <source>Routine sheet: {name}</source>
        <extracomment>Cues printed per exercise: enough to remember the movement, few enough to glance at. Pictures this much wider than tall go one over the other. Pictures one over the other shrink to no less than this share of their full height to keep beside their words.</extracomment>
        <translation>Trainingsplan: {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name: </source>
        <translation>Name: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date: </source>
        <translation>Datum: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prescribed by: </source>
        <translation>Verordnet von: </translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Tick after each session</source>
        <translation>Nach jeder Einheit abhaken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L: left side, R: right side.</source>
        <translation>L: linke Seite, R: rechte Seite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Six weeks</source>
        <translation>Sechs Wochen</translation>
    </message>
    <message>
        <location filename="../../hiptrainer/printing/words.py" line="+35"/>
        <source>General exercise information, not medical advice. Stop on chest pain, dizziness, numbness or sharp joint pain.</source>
        <extracomment>A label printed in bold, then its text.</extracomment>
        <translation>Allgemeine Übungsinformationen, keine medizinische Beratung. Bei Brustschmerz, Schwindel, Taubheitsgefühl oder stechendem Gelenkschmerz abbrechen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{date} · page {page} of {count}</source>
        <translation>{date} · Seite {page} von {count}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>; also {muscles}</source>
        <translation>; außerdem {muscles}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works: </source>
        <translation>Trainiert: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Equipment: </source>
        <translation>Ausrüstung: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none.</source>
        <translation>keine.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dose: </source>
        <translation>Dosis: </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Easier: </source>
        <translation>Leichter: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Harder: </source>
        <translation>Schwerer: </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pain 0 (none) to 10 (worst): {zones}.</source>
        <translation>Schmerz 0 (keiner) bis 10 (stärkster): {zones}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 exercise</source>
        <translation>1 Übung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} exercises</source>
        <translation>{n} Übungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes {length}, {exercises}</source>
        <translation>Dauert {length}, {exercises}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, {seconds} s rest between them</source>
        <translation>, {seconds} s Pause dazwischen</translation>
    </message>
</context>
</TS>
