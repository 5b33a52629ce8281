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
        <location filename="../../hiptrainer/ui/printing/options_panel.py" line="+26"/>
        <source>Left empty: a line to write on</source>
        <translation>Leer gelassen: eine Zeile zum Ausfüllen</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location filename="../../hiptrainer/ui/printing/preview.py" line="+63"/>
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
        <location line="+27"/>
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
</TS>
