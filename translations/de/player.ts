<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>PlayerOptions</name>
    <message>
        <location filename="../../hiptrainer/ui/player/options.py" line="+44"/>
        <source>To&amp;nes</source>
        <extracomment>The side order setting changed (a routine&apos;s phases, and so its length, change with it).</extracomment>
        <translation>Tö&amp;ne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vo&amp;ice</source>
        <translation>Sti&amp;mme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spoken phases, sides, what comes next, rep counts and last sets</source>
        <translation>Gesprochene Phasen, Seiten, was als Nächstes kommt, Wiederholungszahlen und letzte Sätze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Count down aloud</source>
        <translation>Laut &amp;zählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The voice counts the last three seconds of a hold, a rest or a switch: three, two, one</source>
        <translation>Die Stimme zählt die letzten drei Sekunden einer Haltephase, Pause oder eines Seitenwechsels: drei, zwei, eins</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Side order</source>
        <translation>Seitenfolge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vol&amp;ume</source>
        <translation>&amp;Lautstärke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side &amp;order</source>
        <translation>S&amp;eitenfolge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sound:</source>
        <translation>Ton:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Beeps for the last five seconds and each new phase</source>
        <translation>Pieptöne in den letzten fünf Sekunden und bei jeder neuen Phase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beeps for the last three seconds and each new phase</source>
        <translation>Pieptöne in den letzten drei Sekunden und bei jeder neuen Phase</translation>
    </message>
</context>
<context>
    <name>PlayerSession</name>
    <message>
        <location filename="../../hiptrainer/ui/player/session.py" line="+116"/>
        <source>The sets saved before could not be read: {problem}</source>
        <extracomment>&quot;Save what waits&quot;: posted below the priority of a widget&apos;s repaint, so the new phase is painted before the commit waits for the disk. Every engine event, after its set has been saved (or kept to save later). Everything done so far is in the store now (after sets had waited for it). Sets done before an interruption, read back from the store when resuming. Sets the store has not taken yet, oldest first. Why the store last refused something (one line), &apos;&apos; if it never did.</extracomment>
        <translation>Die zuvor gespeicherten Sätze konnten nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not saving yet, will try again: {problem}</source>
        <translation>Noch nicht gespeichert, wird erneut versucht: {problem}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The session could not be saved: {problem}</source>
        <translation>Die Einheit konnte nicht gespeichert werden: {problem}</translation>
    </message>
</context>
<context>
    <name>PlayerWords</name>
    <message>
        <location filename="../../hiptrainer/ui/player/wording.py" line="+19"/>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both sides</source>
        <translation>Beide Seiten</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n Haltephase</numerusform>
            <numerusform>%n Haltephasen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n set(s) of reps</source>
        <translation>
            <numerusform>%n Wiederholungssatz</numerusform>
            <numerusform>%n Wiederholungssätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{work} is not saved yet, kept to try again: {error}</source>
        <translation>{work} ist noch nicht gespeichert und wird für einen neuen Versuch aufbewahrt: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{work} are not saved yet, kept to try again: {error}</source>
        <translation>{work} sind noch nicht gespeichert und werden für einen neuen Versuch aufbewahrt: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{work} and how it felt — {problem}</source>
        <translation>{work} und wie es sich anfühlte – {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how it felt — {problem}</source>
        <translation>wie es sich anfühlte – {problem}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} skipped</source>
        <translation>{count} übersprungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Practice run: nothing was saved.</source>
        <translation>Probelauf: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{work} was not saved: the training data could not be written. Save tries again.</source>
        <translation>{work} wurde nicht gespeichert: Die Trainingsdaten konnten nicht geschrieben werden. „Speichern“ versucht es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{work} were not saved: the training data could not be written. Save tries again.</source>
        <translation>{work} wurden nicht gespeichert: Die Trainingsdaten konnten nicht geschrieben werden. „Speichern“ versucht es erneut.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set {number} of {count}</source>
        <translation>Satz {number} von {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold {number} of {count}</source>
        <translation>Haltephase {number} von {count}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This practice run is not saved. Leave it now?</source>
        <translation>Dieser Probelauf wird nicht gespeichert. Jetzt verlassen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{work} could not be saved and will be lost. Leave this workout now?</source>
        <translation>{work} konnte nicht gespeichert werden und geht verloren. Dieses Training jetzt verlassen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sets you have done are saved. Leave this workout now?</source>
        <translation>Ihre erledigten Sätze sind gespeichert. Dieses Training jetzt verlassen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: seconds held in the last hold</source>
        <translation>{name}: gehaltene Sekunden in der letzten Haltephase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: reps done in the last set</source>
        <translation>{name}: Wiederholungen im letzten Satz</translation>
    </message>
</context>
<context>
    <name>RoutineCard</name>
    <message>
        <location filename="../../hiptrainer/ui/player/cards.py" line="+62"/>
        <source>Needs: {things}</source>
        <extracomment>The card&apos;s rich text, in the item&apos;s data under this role.</extracomment>
        <translation>Benötigt: {things}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No equipment</source>
        <translation>Keine Ausrüstung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>both sides together throughout</source>
        <translation>durchgehend beide Seiten zugleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one-sided: {one_sided} of {count}, each side in turn</source>
        <translation>einseitig: {one_sided} von {count}, jede Seite im Wechsel</translation>
    </message>
</context>
<context>
    <name>RoutineChooser</name>
    <message>
        <location filename="../../hiptrainer/ui/player/chooser.py" line="+58"/>
        <source>Your training data is read-only: the database file cannot be written, so a workout here would not be recorded. Make the data folder writable (or free the disk), then open HipTrainer again.</source>
        <extracomment>What becomes of a workout: saved as it goes, refused (read-only data), or a practice run.</extracomment>
        <translation>Ihre Trainingsdaten sind schreibgeschützt: Die Datenbankdatei kann nicht geschrieben werden, ein Training hier würde also nicht aufgezeichnet. Machen Sie den Datenordner beschreibbar (oder schaffen Sie Platz auf dem Datenträger) und öffnen Sie HipTrainer erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your training data could not be opened, so nothing you do here will be saved. You can still practise a routine.</source>
        <translation>Ihre Trainingsdaten konnten nicht geöffnet werden, daher wird hier nichts gespeichert. Sie können trotzdem eine Routine üben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <location line="+110"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>&amp;Start practice (not saved)</source>
        <translation>Probelauf &amp;starten (nicht gespeichert)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yours</source>
        <extracomment>Pictures of a routine&apos;s exercises on the right, at most this many. After the name of a routine of the user&apos;s own (the card&apos;s title line and the item text).</extracomment>
        <translation>Eigene</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Routines</source>
        <extracomment>A custom exercise&apos;s id -&gt; (its definition as JSON, its illustration). Enter on the routine list, or a double click on a routine: start it. (Not the list&apos;s &quot;activated&quot;, which some desktops emit on a single click while the user only browses.)</extracomment>
        <translation>Routinen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a &amp;routine</source>
        <translation>&amp;Routine wählen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Start the routine</source>
        <translation>Die Routine starten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Test &amp;your sides ▸</source>
        <extracomment>The Test mode: hip self-tests, one number for each side.</extracomment>
        <translation>&amp;Ihre Seiten testen ▸</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hip self-tests: a number for each side, to compare them</source>
        <translation>Hüft-Selbsttests: eine Zahl für jede Seite, um sie zu vergleichen</translation>
    </message>
</context>
<context>
    <name>ScoreBox</name>
    <message>
        <location filename="../../hiptrainer/ui/player/score.py" line="+30"/>
        <source>not given</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}; “{not_given}” leaves it out</source>
        <translation>{name}; „{not_given}“ lässt den Wert weg</translation>
    </message>
</context>
<context>
    <name>ScoreChoice</name>
    <message>
        <location filename="../../hiptrainer/ui/player/segmented.py" line="+59"/>
        <source>{name}: a click or a digit gives it; Delete leaves it out</source>
        <extracomment>The score (an int 0–10), or None: not given.</extracomment>
        <translation>{name}: ein Klick oder eine Ziffer setzt den Wert; Entf lässt ihn weg</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not given</source>
        <translation>keine Angabe</translation>
    </message>
</context>
<context>
    <name>SideOrders</name>
    <message>
        <location filename="../../hiptrainer/ui/player/options.py" line="-79"/>
        <source>Left side first</source>
        <extracomment>The end of each dose range the player plays (the low end: 4 of &quot;4–6&quot;); one value for the chooser&apos;s estimate and the session, so the two agree. Each side order with its English label; :func:`side_order_text` translates a label.</extracomment>
        <translation>Linke Seite zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right side first</source>
        <translation>Rechte Seite zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternate sides every set</source>
        <translation>Seiten bei jedem Satz wechseln</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../hiptrainer/ui/player/summary_view.py" line="+39"/>
        <source>Rest</source>
        <translation>Ruhe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very easy</source>
        <translation>Sehr leicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easy</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somewhat hard</source>
        <translation>Etwas schwer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard, and then some</source>
        <translation>Schwer, und noch etwas mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very hard</source>
        <translation>Sehr schwer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very hard, close to the end</source>
        <translation>Sehr schwer, fast am Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Almost all-out</source>
        <translation>Fast maximal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All-out</source>
        <translation>Maximal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fine</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acceptable</source>
        <translation>akzeptabel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too much</source>
        <translation>zu viel</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Nothing was done.</source>
        <translation>Es wurde nichts gemacht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holds</source>
        <translation>Haltephasen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets of reps</source>
        <translation>Wiederholungssätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Effort, 0 rest to 10 all-out</source>
        <extracomment>effort, pain during, pain now (each an int 0–10 or None: not given), notes The user gave up saving a session the store would not take. Effort or pain changed on the page (the suggestions for next time follow them).</extracomment>
        <translation>Anstrengung, 0 Ruhe bis 10 maximal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain during</source>
        <translation>Schmerz während</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain now</source>
        <translation>Schmerz jetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anything to remember: a side that felt weaker, a niggle…</source>
        <translation>Was Sie sich merken möchten: eine Seite, die schwächer war, ein Zwicken …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next time</source>
        <extracomment>What the rules suggest for the routine&apos;s next session, from the ratings given here.</extracomment>
        <translation>Nächstes Mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Dis&amp;card</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave without saving how it felt</source>
        <translation>Verlassen, ohne zu speichern, wie es sich anfühlte</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b&gt;How did it feel?&lt;/b&gt; Leave a row empty if you are unsure.</source>
        <translation>&lt;b&gt;Wie hat es sich angefühlt?&lt;/b&gt; Lassen Sie eine Zeile leer, wenn Sie unsicher sind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Effo&amp;rt</source>
        <translation>Anstr&amp;engung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain &amp;during</source>
        <translation>Schmerz &amp;während</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain &amp;now</source>
        <translation>Schmerz &amp;jetzt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pain: 0–2 fine, 3–5 acceptable, above 5 too much.</source>
        <translation>Schmerz: 0–2 in Ordnung, 3–5 akzeptabel, über 5 zu viel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;otes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Well done: {workout}</source>
        <translation>Gut gemacht: {workout}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New records</source>
        <translation>Neue Bestwerte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance:</source>
        <translation>Seitenbalance:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved: {problem}. Save tries again; Discard leaves without them.</source>
        <translation>Nicht gespeichert: {problem}. „Speichern“ versucht es erneut; „Verwerfen“ verlässt die Seite ohne sie.</translation>
    </message>
</context>
<context>
    <name>TrainTab</name>
    <message>
        <location filename="../../hiptrainer/ui/player/train_tab.py" line="+329"/>
        <source>Fix the last set</source>
        <translation>Letzten Satz korrigieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave the workout?</source>
        <translation>Training verlassen?</translation>
    </message>
</context>
</TS>
