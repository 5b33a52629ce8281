<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>PlayerOptions</name>
    <message>
        <location filename="../../hiptrainer/ui/player/options.py" line="+46"/>
        <source>To&amp;nes</source>
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
        <location line="+1"/>
        <source>How loud the tones and the voice are</source>
        <translation>Wie laut Töne und Stimme sind</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Side order</source>
        <translation>Seitenfolge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which side a one-sided exercise starts with</source>
        <translation>Mit welcher Seite eine einseitige Übung beginnt</translation>
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
        <location line="+5"/>
        <source>Sound:</source>
        <translation>Ton:</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+6"/>
        <source>{time} left</source>
        <translation>noch {time}</translation>
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
    <message>
        <location filename="../../hiptrainer/ui/player/display.py" line="+47"/>
        <source>Get ready</source>
        <extracomment>Seconds between two pictures of a moving rep: ten a second, smooth enough for a movement that takes a second or two, on a grid that every rep repeats (its pictures are kept). A paced rep&apos;s next picture is worth a wake-up once some joint has moved this many pixels from the last picture shown: the eased start and end of a movement creep by less than that in a frame, and are passed over (see :meth:`PhaseDisplay._rep_schedule`). Five: the eye resolves about one minute of arc, which from the mat (3 m) is about 0.9 mm, four pixels of a 14-inch laptop screen 1280 pixels wide; a smaller step is not seen from there, and each wake-up costs about as much as a second of a plain countdown. Where a moment&apos;s joints are drawn: (illustration, pose, from pose, t, width, height). What a set&apos;s schedule of pictures depends on: exercise, illustration, tempo, figure size. Each phase&apos;s word, read from the mat (translated when shown).</extracomment>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Next: {name}</source>
        <extracomment>The work it is about is a paced set (its moving pictures are worth keeping). The exercise and side the figure and step text show (in a rest: what is next). Where each moment of a paced rep draws its joints, worked out once (every rep shows the same moments). Each paced set&apos;s pictures worth showing (see :meth:`_rep_schedule`).</extracomment>
        <translation>Als Nächstes: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise {number} of {count}</source>
        <translation>Übung {number} von {count}</translation>
    </message>
    <message>
        <location filename="../../hiptrainer/ui/player/playback.py" line="+96"/>
        <source>Practice run: nothing is saved</source>
        <extracomment>The next phase&apos;s picture is drawn this long after a phase begins: once its own page, cue and commit are done. A redraw due this close before the engine&apos;s next event (a countdown second, a rep, the end of the phase) waits for it: the event redraws, and its cue is not kept waiting. Topics of the warnings strip, in the order they are listed. What the warnings strip keeps saying, by topic: &quot;practice&quot;, &quot;storage&quot;, &quot;sound&quot;. Wakes the display when something on it changes next (a second, a frame); it runs only while a routine plays and the page can be seen.</extracomment>
        <translation>Probelauf: Es wird nichts gespeichert</translation>
    </message>
</context>
<context>
    <name>PlayingView</name>
    <message>
        <location filename="../../hiptrainer/ui/player/page_controls.py" line="+17"/>
        <source>◀ Back</source>
        <extracomment>The buttons in their row, by the signal each emits.</extracomment>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back: restart this phase, or go to the previous one</source>
        <translation>Zurück: diese Phase neu beginnen oder zur vorigen wechseln</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../hiptrainer/ui/player/playing_view.py" line="+156"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause or resume</source>
        <translation>Anhalten oder fortsetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add ten seconds</source>
        <translation>Zehn Sekunden dazugeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done ✓</source>
        <translation>Fertig ✓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set done</source>
        <translation>Satz fertig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skip ▶</source>
        <translation>Überspringen ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip this phase</source>
        <translation>Diese Phase überspringen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix last set</source>
        <translation>Letzten Satz korrigieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the reps or hold of the last set</source>
        <translation>Wiederholungen oder Haltezeit des letzten Satzes korrigieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen on or off</source>
        <translation>Vollbild ein oder aus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the workout</source>
        <translation>Training verlassen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>LEFT</source>
        <translation>LINKS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RIGHT</source>
        <translation>RECHTS</translation>
    </message>
    <message>
        <location filename="../../hiptrainer/ui/player/playing_view.py" line="-42"/>
        <source>Workout player</source>
        <extracomment>Buttons after the gap in the row: rarely needed, kept small and out of the way. The least the page asks of the window: at its smallest scale its buttons, in German too, fit in 640 px. Sizes in pixels for a 1280×800 window; :meth:`PlayingView.scale` multiplies them. The playing page&apos;s name for screen readers (the page has the focus and the keys).</extracomment>
        <translation>Trainingsplayer</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Workout progress</source>
        <extracomment>What the runner should know while playing (a practice run saves nothing, a set waits to be saved, the sound is off): its own strip, kept until it is no longer true. Two lines high whatever the name: the figure below keeps its size (and its drawn picture) from phase to phase. Where the body goes for the side about to start (get ready, next up, switch).</extracomment>
        <translation>Trainingsfortschritt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paused</source>
        <extracomment>Said on every pause and resume: looked up once.</extracomment>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../hiptrainer/ui/player/playing_keys.py" line="+37"/>
        <source>{key}: {action}</source>
        <extracomment>A key and what it does, in the playing page&apos;s description for screen readers.</extracomment>
        <translation>{key}: {action}</translation>
    </message>
</context>
<context>
    <name>RoutineCard</name>
    <message>
        <location filename="../../hiptrainer/ui/player/cards.py" line="+64"/>
        <source>Needs: {things}</source>
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
        <location filename="../../hiptrainer/ui/player/chooser.py" line="+60"/>
        <source>Your training data is read-only: the database file cannot be written, so a workout here would not be recorded. Make the data folder writable (or free the disk), then open HipTrainer again.</source>
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
        <location line="+94"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>&amp;Start practice (not saved)</source>
        <translation>Probelauf &amp;starten (nicht gespeichert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yours</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chosen routine is described beside the list; Enter starts it</source>
        <translation>Die gewählte Routine wird neben der Liste beschrieben; die Eingabetaste startet sie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a &amp;routine</source>
        <translation>&amp;Routine wählen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start the routine</source>
        <translation>Die Routine starten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test &amp;your sides ▸</source>
        <translation>&amp;Ihre Seiten testen ▸</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hip self-tests: a number for each side, to compare them</source>
        <translation>Hüft-Selbsttests: eine Zahl für jede Seite, um sie zu vergleichen</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Plays the chosen routine; Space pauses it, Escape leaves it</source>
        <translation>Spielt die gewählte Routine ab; die Leertaste pausiert sie, Esc beendet sie</translation>
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
        <location filename="../../hiptrainer/ui/player/segmented.py" line="+61"/>
        <source>{name}: a click or a digit gives it; Delete leaves it out</source>
        <translation>{name}: ein Klick oder eine Ziffer setzt den Wert; Entf lässt ihn weg</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not given</source>
        <translation>keine Angabe</translation>
    </message>
</context>
<context>
    <name>SelfTestMode</name>
    <message>
        <location filename="../../hiptrainer/ui/player/selftest/mode.py" line="+132"/>
        <source>Earlier results could not be read: {problem}</source>
        <translation>Frühere Ergebnisse konnten nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Practice: your training data is not open, nothing is saved.</source>
        <translation>Probelauf: Ihre Trainingsdaten sind nicht geöffnet, es wird nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Not saved yet ({sides}): {problem}. Done tries again.</source>
        <translation>Noch nicht gespeichert ({sides}): {problem}. „Fertig“ versucht es erneut.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{side} · {number} of {count}</source>
        <translation>{side} · {number} von {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Space stops the clock.</source>
        <translation>Leertaste hält die Uhr an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter for each rep; Space when done, or T to type the count.</source>
        <translation>Eingabe bei jeder Wiederholung; Leertaste, wenn Sie fertig sind, oder T, um die Zahl einzugeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>Zählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest, then the {side}.</source>
        <translation>Pause, dann die {side}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>seconds held</source>
        <translation>Sekunden gehalten</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>rep(s)</source>
        <translation>
            <numerusform>Wiederholung</numerusform>
            <numerusform>Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Reps on the left side</source>
        <translation>Wiederholungen auf der linken Seite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reps on the right side</source>
        <translation>Wiederholungen auf der rechten Seite</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leave the self-test?</source>
        <translation>Selbsttest verlassen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The side under way is not counted; the sides done are saved. Leave the test?</source>
        <translation>Die laufende Seite wird nicht gezählt; die erledigten Seiten sind gespeichert. Den Test verlassen?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the count</source>
        <translation>Anzahl eingeben</translation>
    </message>
</context>
<context>
    <name>SelfTestPicker</name>
    <message>
        <location filename="../../hiptrainer/ui/player/selftest/picker.py" line="+55"/>
        <source>a hold to form failure on each side</source>
        <translation>Halten bis zum Formverlust auf jeder Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reps to failure on each leg</source>
        <translation>Wiederholungen bis zur Erschöpfung auf jedem Bein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your training data is read-only: a result here could not be saved. Make the data folder writable (or free the disk), then open HipTrainer again.</source>
        <translation>Ihre Trainingsdaten sind schreibgeschützt: Ein Ergebnis könnte hier nicht gespeichert werden. Machen Sie den Datenordner beschreibbar (oder schaffen Sie Platz auf dem Datenträger) und öffnen Sie HipTrainer erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your training data could not be opened: a test here saves nothing.</source>
        <translation>Ihre Trainingsdaten konnten nicht geöffnet werden: Ein Test hier speichert nichts.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>&amp;Start the test</source>
        <translation>Test &amp;starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start (practice, not saved)</source>
        <translation>&amp;Starten (Probelauf, nicht gespeichert)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>left {amount}</source>
        <translation>links {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>right {amount}</source>
        <translation>rechts {amount}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>d MMM yyyy</source>
        <extracomment>A Qt date format: the day of the last result (&quot;3 Mar 2026&quot;).</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last result, {day}: {sides}.</source>
        <translation>Letztes Ergebnis, {day}: {sides}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no side finished</source>
        <translation>keine Seite beendet</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Self-tests</source>
        <translation>Selbsttests</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chosen test is described beside the list; Enter starts it</source>
        <translation>Der gewählte Test wird neben der Liste beschrieben; die Eingabetaste startet ihn</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>◀ &amp;Routines</source>
        <translation>◀ &amp;Routinen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the routines</source>
        <translation>Zurück zu den Routinen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Choose a self-test: one number for each side</source>
        <translation>Selbsttest &amp;wählen: eine Zahl für jede Seite</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When to stop</source>
        <translation>Wann aufhören</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your results</source>
        <translation>Ihre Ergebnisse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How the test goes</source>
        <translation>So läuft der Test ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chosen test&apos;s steps, when to stop, safety and your last result</source>
        <translation>Die Schritte des gewählten Tests, wann Sie aufhören, Sicherheit und Ihr letztes Ergebnis</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>A countdown leads into the first side; Space or Enter ends each effort</source>
        <translation>Ein Countdown führt zur ersten Seite; Leertaste oder Eingabetaste beendet jede Anstrengung</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You need: {needs}. A countdown of {countdown} s leads into each side; {rest} s of rest between the sides.</source>
        <translation>Sie brauchen: {needs}. Ein Countdown von {countdown} s führt in jede Seite; {rest} s Pause zwischen den Seiten.</translation>
    </message>
</context>
<context>
    <name>SelfTestResult</name>
    <message>
        <location filename="../../hiptrainer/ui/player/selftest/result_view.py" line="+48"/>
        <source>d MMM</source>
        <extracomment>A Qt date format: a day of the coming weeks (&quot;30 Mar&quot;).</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test again in 4–6 weeks: between {first} and {last}, rested, at the same time of day and with the same set-up, so the numbers compare.</source>
        <translation>Testen Sie in 4–6 Wochen erneut: zwischen {first} und {last}, ausgeruht, zur selben Tageszeit und mit demselben Aufbau, damit die Zahlen vergleichbar sind.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>One side only: no difference to show.</source>
        <translation>Nur eine Seite: kein Unterschied zu zeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two sides are even.</source>
        <translation>Beide Seiten sind gleich stark.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The left side is {gap}% behind the other.</source>
        <translation>Die linke Seite liegt {gap} % hinter der anderen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The right side is {gap}% behind the other.</source>
        <translation>Die rechte Seite liegt {gap} % hinter der anderen.</translation>
    </message>
</context>
<context>
    <name>SelfTestResultView</name>
    <message>
        <location line="+62"/>
        <source>&amp;Done</source>
        <translation>Fe&amp;rtig</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your result</source>
        <translation>Ihr Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each side&apos;s number, how far apart they are and what it means</source>
        <translation>Die Zahl jeder Seite, wie weit sie auseinander liegen und was das bedeutet</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{test}: your result</source>
        <translation>{test}: Ihr Ergebnis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sources: {sources}</source>
        <translation>Quellen: {sources}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice: nothing was saved.</source>
        <translation>Probelauf: Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>SelfTestRun</name>
    <message>
        <location filename="../../hiptrainer/ui/player/selftest/run.py" line="+111"/>
        <source>The left side&apos;s result is not saved yet: {problem}</source>
        <translation>Das Ergebnis der linken Seite ist noch nicht gespeichert: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The right side&apos;s result is not saved yet: {problem}</source>
        <translation>Das Ergebnis der rechten Seite ist noch nicht gespeichert: {problem}</translation>
    </message>
</context>
<context>
    <name>SelfTestView</name>
    <message>
        <location filename="../../hiptrainer/ui/player/selftest/test_view.py" line="+31"/>
        <source>Stop ■</source>
        <translation>Stopp ■</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Stop the clock: the side&apos;s result is what it shows</source>
        <translation>Die Uhr anhalten: Das Ergebnis der Seite ist, was sie zeigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+224"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>Pause or resume the countdown or rest</source>
        <translation>Countdown oder Pause anhalten oder fortsetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+1 rep</source>
        <translation>+1 Wiederholung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count one rep</source>
        <translation>Eine Wiederholung zählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the count…</source>
        <translation>Anzahl eingeben …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the number of reps at the end</source>
        <translation>Die Zahl der Wiederholungen am Ende eingeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skip ▶</source>
        <translation>Überspringen ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>Rechts-Pfeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip: the countdown or rest ends; a side skipped is not saved</source>
        <translation>Überspringen: Countdown oder Pause enden; eine übersprungene Seite wird nicht gespeichert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the test (the sides done are saved)</source>
        <translation>Den Test verlassen (die erledigten Seiten sind gespeichert)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Self-test</source>
        <translation>Selbsttest</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LEFT</source>
        <translation>LINKS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RIGHT</source>
        <translation>RECHTS</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-test: {name}</source>
        <extracomment>The running test page&apos;s name for screen readers: the test&apos;s name.</extracomment>
        <translation>Selbsttest: {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{key}: {action}</source>
        <extracomment>A key and what it does, in the running test&apos;s description.</extracomment>
        <translation>{key}: {action}</translation>
    </message>
</context>
<context>
    <name>SideFigure</name>
    <message>
        <location filename="../../hiptrainer/ui/player/selftest/result_view.py" line="-107"/>
        <source>LEFT</source>
        <translation>LINKS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RIGHT</source>
        <translation>RECHTS</translation>
    </message>
</context>
<context>
    <name>SideOrders</name>
    <message>
        <location filename="../../hiptrainer/ui/player/options.py" line="-76"/>
        <source>Left side first</source>
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
    <name>SuggestionKeeper</name>
    <message>
        <location filename="../../hiptrainer/ui/player/selftest/suggestion_keeper.py" line="+89"/>
        <source>Not dismissed: {problem}</source>
        <translation>Nicht verworfen: {problem}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not applied: your training data is not open.</source>
        <translation>Nicht übernommen: Ihre Trainingsdaten sind nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not applied: {problem}</source>
        <translation>Nicht übernommen: {problem}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved as your routine “{name}”:</source>
        <translation>Als Ihre Routine „{name}“ gespeichert:</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <location filename="../../hiptrainer/ui/player/selftest/suggestion_panel.py" line="+51"/>
        <source>Suggested for next time</source>
        <translation>Vorschläge für nächstes Mal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes of dose the rules suggest; Space ticks or unticks the chosen one</source>
        <translation>Dosisänderungen, die die Regeln vorschlagen; die Leertaste hakt die gewählte an oder ab</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Apply to my copy</source>
        <translation>In meine &amp;Kopie übernehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make your own copy of the routine with the ticked doses (the original stays)</source>
        <translation>Eine eigene Kopie der Routine mit den angehakten Dosierungen anlegen (das Original bleibt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dis&amp;miss</source>
        <translation>We&amp;glassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not offer the ticked suggestions again</source>
        <translation>Die angehakten Vorschläge nicht mehr anbieten</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>{heading}: %n change(s)</source>
        <translation>
            <numerusform>{heading}: %n Änderung</numerusform>
            <numerusform>{heading}: %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{heading}: keep the doses</source>
        <translation>{heading}: Dosierungen beibehalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your training data is read-only: nothing can be saved.</source>
        <translation>Ihre Trainingsdaten sind schreibgeschützt: Es kann nichts gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <location filename="../../hiptrainer/ui/player/selftest/suggestions.py" line="+31"/>
        <source>▲ Move on</source>
        <translation>▲ Steigern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▼ Step back</source>
        <translation>▼ Zurückgehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>= Stay</source>
        <translation>= Beibehalten</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>, left side</source>
        <translation>, linke Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, right side</source>
        <translation>, rechte Seite</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>If the pain has settled by the next morning: {dose}.</source>
        <translation>Wenn der Schmerz bis zum nächsten Morgen abgeklungen ist: {dose}.</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../hiptrainer/ui/player/summary_view.py" line="+116"/>
        <source>Nothing was done.</source>
        <translation>Es wurde nichts gemacht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holds</source>
        <translation>Haltephasen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sets of reps</source>
        <translation>Wiederholungssätze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Effort, 0 rest to 10 all-out</source>
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
        <location line="+8"/>
        <source>Next time</source>
        <translation>Nächstes Mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+107"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Dis&amp;card</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave without saving how it felt</source>
        <translation>Verlassen, ohne zu speichern, wie es sich anfühlte</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&lt;b&gt;How did it feel?&lt;/b&gt; Leave a row empty if you are unsure.</source>
        <translation>&lt;b&gt;Wie hat es sich angefühlt?&lt;/b&gt; Lassen Sie eine Zeile leer, wenn Sie unsicher sind.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+11"/>
        <source>Pain: 0–2 fine, 3–5 acceptable, above 5 too much.</source>
        <translation>Schmerz: 0–2 in Ordnung, 3–5 akzeptabel, über 5 zu viel.</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+2"/>
        <source>Keeps how it felt with the session and goes back to the routines</source>
        <translation>Speichert, wie es sich angefühlt hat, mit der Einheit und kehrt zu den Routinen zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the routines</source>
        <translation>Zurück zu den Routinen</translation>
    </message>
    <message>
        <location line="+10"/>
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
