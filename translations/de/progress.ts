<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BalanceChart</name>
    <message>
        <location filename="../../hiptrainer/ui/progress/balance_chart.py" line="+22"/>
        <source>Left behind</source>
        <translation>Links im Rückstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right behind</source>
        <translation>Rechts im Rückstand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Even</source>
        <extracomment>Legend: sessions where the left and right side were even.</extracomment>
        <translation>Ausgeglichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{index}%, left and right even</source>
        <extracomment>A session&apos;s balance: &quot;97%, left and right even&quot;.</extracomment>
        <translation>{index} %, links und rechts ausgeglichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{index}%, left side {gap}% behind</source>
        <extracomment>A session&apos;s balance: &quot;85%, left side 15% behind&quot;.</extracomment>
        <translation>{index} %, linke Seite {gap} % schwächer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{index}%, right side {gap}% behind</source>
        <translation>{index} %, rechte Seite {gap} % schwächer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left and right balance (symmetry index) over time</source>
        <translation>Balance zwischen links und rechts (Symmetrieindex) im Verlauf</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Symmetry (%)</source>
        <translation>Symmetrie (%)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No {exercise} sessions with both sides between {first} and {last}: balance compares the left and right side of one-sided exercises done in the same session.</source>
        <translation>Keine Einheiten „{exercise}“ mit beiden Seiten zwischen {first} und {last}: Die Balance vergleicht linke und rechte Seite einseitiger Übungen aus derselben Einheit.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{exercise}: left/right balance per session</source>
        <translation>{exercise}: Balance links/rechts je Einheit</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Balanced: {low}–100%</source>
        <extracomment>The legend of the shaded band: &quot;Balanced: 90–100%&quot;.</extracomment>
        <translation>Ausgeglichen: {low}–100 %</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{exercise}: {trend} Latest ({day}): {latest}. Lowest in this range: {lowest}% on {lowest_day}. 100% is even; the band marks {low}–100%.</source>
        <extracomment>{trend} is a sentence of its own; {latest} a session&apos;s balance (&quot;97%, left and right even&quot;); {lowest} a percentage.</extracomment>
        <translation>{exercise}: {trend} Zuletzt ({day}): {latest}. Niedrigster Wert im Zeitraum: {lowest} % am {lowest_day}. 100 % ist ausgeglichen; das Band markiert {low}–100 %.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Balance {words}</source>
        <extracomment>A tooltip&apos;s line: &quot;Balance 85%, left side 15% behind&quot;.</extracomment>
        <translation>Balance {words}</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../hiptrainer/ui/progress/card.py" line="+86"/>
        <source>&amp;Save…</source>
        <translation>S&amp;peichern …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the chart “{title}” or its data</source>
        <extracomment>A Save button&apos;s name for screen readers.</extracomment>
        <translation>Diagramm „{title}“ oder seine Daten speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as a PNG or SVG picture, a PDF, or the data as CSV</source>
        <translation>Als PNG- oder SVG-Bild, als PDF oder die Daten als CSV speichern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{title}: summary</source>
        <extracomment>A chart summary&apos;s name for screen readers.</extracomment>
        <translation>{title}: Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../../hiptrainer/ui/progress/export.py" line="+38"/>
        <source>PNG picture (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV data (*.csv)</source>
        <translation>CSV-Daten (*.csv)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the picture could not be made: {reason}</source>
        <translation>das Bild konnte nicht erstellt werden: {reason}</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>{chart} can be saved as {formats} only</source>
        <extracomment>{formats} lists file types: &quot;.png, .svg, .pdf, .csv&quot;.</extracomment>
        <translation>„{chart}“ lässt sich nur als {formats} speichern</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save {chart}</source>
        <extracomment>The Save dialog&apos;s title: &quot;Save Weekly volume&quot;.</extracomment>
        <translation>„{chart}“ speichern</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <location filename="../../hiptrainer/ui/progress/controls.py" line="+19"/>
        <source>&amp;4 weeks</source>
        <translation>&amp;4 Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;3 months</source>
        <translation>&amp;3 Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 &amp;year</source>
        <translation>1 &amp;Jahr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;All</source>
        <extracomment>The range button that shows every day with data.</extracomment>
        <translation>All&amp;e</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exercise the charts, the balance and the records follow</source>
        <translation>Die Übung, der die Diagramme, die Balance und die Rekorde folgen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xercise:</source>
        <translation>Übun&amp;g:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Range:</source>
        <extracomment>Before the buttons 4 weeks, 3 months, 1 year, All: how far back the charts go.</extracomment>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show {range}</source>
        <extracomment>A range button&apos;s name for screen readers; {range} is its text (&quot;4 weeks&quot;).</extracomment>
        <translation>{range} anzeigen</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../hiptrainer/ui/progress/card.py" line="-55"/>
        <location filename="../../hiptrainer/ui/progress/plotlib.py" line="+113"/>
        <source>d MMM</source>
        <extracomment>A Qt date format: a day of this year in the charts&apos; words (&quot;12 Nov&quot;).</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>d MMM yyyy</source>
        <extracomment>A Qt date format: a day of another year in the charts&apos; words (&quot;12 Nov 2025&quot;).</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ddd d MMM yyyy</source>
        <extracomment>A Qt date format: a day with its weekday, in tooltips and tables (&quot;Sun 29 Nov 2026&quot;).</extracomment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../hiptrainer/ui/progress/plotlib.py" line="+2"/>
        <source>ddd d</source>
        <extracomment>A Qt date format: a day on a chart&apos;s date axis (&quot;Sun 29&quot;).</extracomment>
        <translation>ddd d.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../hiptrainer/ui/progress/empty_state.py" line="+16"/>
        <source>Nothing recorded yet. After your first workout you will find here:&lt;ul&gt;&lt;li&gt;hold times and reps per side, for each exercise,&lt;/li&gt;&lt;li&gt;how even your left and right sides are,&lt;/li&gt;&lt;li&gt;your weekly volume,&lt;/li&gt;&lt;li&gt;the pain and effort you rated,&lt;/li&gt;&lt;li&gt;a calendar of the days you trained, and your records.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>Noch nichts aufgezeichnet. Nach Ihrem ersten Training finden Sie hier:&lt;ul&gt;&lt;li&gt;Haltezeiten und Wiederholungen je Seite für jede Übung,&lt;/li&gt;&lt;li&gt;wie ausgeglichen Ihre linke und rechte Seite sind,&lt;/li&gt;&lt;li&gt;Ihren Trainingsumfang pro Woche,&lt;/li&gt;&lt;li&gt;die Schmerzen und die Anstrengung, die Sie angegeben haben,&lt;/li&gt;&lt;li&gt;einen Kalender Ihrer Trainingstage und Ihre Rekorde.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your training data is not open, so there is no progress to show. Workouts done now are practice runs and are not recorded.</source>
        <translation>Ihre Trainingsdaten sind nicht geöffnet, daher gibt es keinen Fortschritt zu zeigen. Trainings, die Sie jetzt machen, sind Probeläufe und werden nicht aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your progress will appear here</source>
        <translation>Hier erscheint Ihr Fortschritt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start the &amp;warm-up</source>
        <translation>Aufwärmen &amp;starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the runner&apos;s hip warm-up</source>
        <translation>Das Hüft-Aufwärmprogramm für Läufer starten</translation>
    </message>
</context>
<context>
    <name>ExerciseChart</name>
    <message>
        <location filename="../../hiptrainer/ui/progress/exercise_chart.py" line="+25"/>
        <source>Best hold (s)</source>
        <translation>Längstes Halten (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total hold (s)</source>
        <translation>Haltezeit gesamt (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reps per session</source>
        <translation>Wdh. pro Einheit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>best hold</source>
        <extracomment>In the summary: &quot;Latest (25 Nov), best hold: left 18 s, right 15 s.&quot;</extracomment>
        <translation>längstes Halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total hold</source>
        <translation>Haltezeit gesamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reps</source>
        <extracomment>In the summary: &quot;Latest (25 Nov), reps: left 12, right 10.&quot;</extracomment>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Best hold</source>
        <extracomment>In a tooltip: &quot;Best hold: left 18 s, right 15 s&quot;.</extracomment>
        <translation>Längstes Halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total hold</source>
        <translation>Haltezeit gesamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reps</source>
        <extracomment>In a tooltip: &quot;Reps: left 12, right 10&quot;.</extracomment>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Over time</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold times and reps per side over time</source>
        <translation>Haltezeiten und Wiederholungen je Seite im Verlauf</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No {exercise} sessions between {first} and {last}. Choose a longer range to see earlier ones.</source>
        <translation>Keine Einheiten „{exercise}“ zwischen {first} und {last}. Wählen Sie einen längeren Zeitraum, um frühere zu sehen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{exercise}: best and total hold per session</source>
        <translation>{exercise}: längstes Halten und Haltezeit gesamt je Einheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{exercise}: reps per session</source>
        <translation>{exercise}: Wiederholungen je Einheit</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{exercise}: nothing recorded in this range.</source>
        <translation>{exercise}: In diesem Zeitraum nichts aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{side} {amount} on {day}</source>
        <extracomment>A side&apos;s best in the summary: &quot;left 20 s on 12 Nov&quot;.</extracomment>
        <translation>{side} {amount} am {day}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Longest hold in this range: {bests}.</source>
        <translation>Längstes Halten im Zeitraum: {bests}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most reps in this range: {bests}.</source>
        <translation>Meiste Wiederholungen im Zeitraum: {bests}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{exercise}, %n session(s) in range.</source>
        <translation>
            <numerusform>{exercise}, %n Einheit im Zeitraum.</numerusform>
            <numerusform>{exercise}, %n Einheiten im Zeitraum.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest ({day}), {what}: {values}.</source>
        <extracomment>{what} is &quot;best hold&quot; or &quot;reps&quot;; {values} one per side (&quot;left 18 s, right 15 s&quot;).</extracomment>
        <translation>Zuletzt ({day}), {what}: {values}.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>left</source>
        <extracomment>A side within a sentence: &quot;left 18 s, right 15 s&quot;.</extracomment>
        <translation>links</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>both sides</source>
        <extracomment>Within a sentence: &quot;both sides 30 s&quot;.</extracomment>
        <translation>beidseitig</translation>
    </message>
</context>
<context>
    <name>Glance</name>
    <message numerus="yes">
        <location filename="../../hiptrainer/ui/progress/glance.py" line="+35"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Goal of %n met this week</source>
        <translation>
            <numerusform>Ziel von %n Einheit diese Woche erreicht</numerusform>
            <numerusform>Ziel von %n Einheiten diese Woche erreicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{done} of %n session(s)</source>
        <extracomment>This week&apos;s sessions against the goal: {done} done, of %n (the weekly goal).</extracomment>
        <translation>
            <numerusform>{done} von %n Einheit</numerusform>
            <numerusform>{done} von %n Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goal met this week</source>
        <translation>Ziel diese Woche erreicht</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more to reach the weekly goal</source>
        <translation>
            <numerusform>Noch %n bis zum Wochenziel</numerusform>
            <numerusform>Noch %n bis zum Wochenziel</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No streak yet</source>
        <translation>Noch keine Serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meet the weekly goal to start one</source>
        <translation>Erreichen Sie das Wochenziel, um eine zu beginnen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in a row meeting the weekly goal</source>
        <extracomment>Under the streak&apos;s length (&quot;3 weeks&quot;): what the weeks were.</extracomment>
        <translation>in Folge mit erreichtem Wochenziel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>vor %n Woche</numerusform>
            <numerusform>vor %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n week(s)</source>
        <comment>later</comment>
        <extracomment>How long until the next self-test: &quot;Next self-test in {when}&quot; takes it.</extracomment>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s)</source>
        <comment>later</comment>
        <extracomment>How long until the next self-test: &quot;Next self-test in {when}&quot; takes it.</extracomment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test mode in the Train tab puts a number on each side</source>
        <translation>Der Testmodus im Tab „Training“ misst jede Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No self-test yet</source>
        <translation>Noch kein Selbsttest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next self-test in {when}</source>
        <extracomment>{when} is how long until then (&quot;2 weeks&quot;).</extracomment>
        <translation>Nächster Selbsttest in {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last one {ago}; retest every 4–6 weeks</source>
        <extracomment>{ago} says when the last one was (&quot;5 days ago&quot;, &quot;yesterday&quot;).</extracomment>
        <translation>Letzter {ago}; alle 4–6 Wochen wiederholen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last self-test {ago}: time to retest</source>
        <extracomment>{ago} says when the last one was (&quot;5 weeks ago&quot;).</extracomment>
        <translation>Letzter Selbsttest {ago}: Zeit für einen neuen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last self-test {ago}: retest overdue</source>
        <extracomment>{ago} says when the last one was (&quot;9 weeks ago&quot;).</extracomment>
        <translation>Letzter Selbsttest {ago}: neuer Test überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test mode in the Train tab, when rested</source>
        <translation>Testmodus im Tab „Training“, ausgeruht</translation>
    </message>
</context>
<context>
    <name>GlanceStrip</name>
    <message>
        <location line="+54"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly streak</source>
        <translation>Wochenserie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest pain</source>
        <translation>Letzter Schmerz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-tests</source>
        <translation>Selbsttests</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Balance · {exercise}</source>
        <extracomment>The balance tile&apos;s caption, with the exercise&apos;s name.</extracomment>
        <translation>Balance · {exercise}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balance, {exercise}</source>
        <extracomment>The balance tile&apos;s name for screen readers, with the exercise&apos;s name.</extracomment>
        <translation>Balance, {exercise}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rate pain after a workout to see it here</source>
        <translation>Bewerten Sie den Schmerz nach einem Training, um ihn hier zu sehen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rated on {day}</source>
        <extracomment>When the latest pain was rated (&quot;12 Nov&quot;).</extracomment>
        <translation>Bewertet am {day}</translation>
    </message>
</context>
<context>
    <name>GoalChart</name>
    <message>
        <location filename="../../hiptrainer/ui/progress/goal_chart.py" line="+34"/>
        <source>Sessions per week</source>
        <translation>Einheiten pro Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions per week against the weekly goal</source>
        <translation>Einheiten pro Woche im Vergleich zum Wochenziel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>No weeks in this range yet.</source>
        <translation>Noch keine Wochen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Goal met</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below goal</source>
        <translation>Unter dem Ziel</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Met in {met} of %n week(s) shown; {mean} sessions a week on average.</source>
        <extracomment>{met} of %n weeks (the weeks shown) met the goal; {mean} has one decimal.</extracomment>
        <translation>
            <numerusform>Erreicht in {met} von %n gezeigten Woche; im Schnitt {mean} Einheiten pro Woche.</numerusform>
            <numerusform>Erreicht in {met} von %n gezeigten Wochen; im Schnitt {mean} Einheiten pro Woche.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Goal: {sessions} a week</source>
        <translation>Ziel: {sessions} pro Woche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>goal {goal}</source>
        <extracomment>In a tooltip, after the week&apos;s sessions: &quot;1 session (goal 2)&quot;.</extracomment>
        <translation>Ziel {goal}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goal met</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week {first} – {last}</source>
        <translation>Woche {first} – {last}</translation>
    </message>
</context>
<context>
    <name>GoalWords</name>
    <message numerus="yes">
        <location line="-80"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatmapCard</name>
    <message>
        <location filename="../../hiptrainer/ui/progress/heatmap.py" line="+172"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save cale&amp;ndar…</source>
        <translation>&amp;Kalender speichern …</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No sessions in the last 12 months.</source>
        <translation>Keine Einheiten in den letzten 12 Monaten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MMMM yyyy</source>
        <extracomment>A Qt date format: the busiest month of the calendar (&quot;November 2026&quot;).</extracomment>
        <translation>MMMM yyyy</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{sessions} on %n day(s) in the last 12 months.</source>
        <extracomment>{sessions} is &quot;12 sessions&quot;; %n counts the days they were on.</extracomment>
        <translation>
            <numerusform>{sessions} an %n Tag in den letzten 12 Monaten.</numerusform>
            <numerusform>{sessions} an %n Tagen in den letzten 12 Monaten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Busiest month: {month}, {sessions}. Hover a day for its date.</source>
        <translation>Aktivster Monat: {month}, {sessions}. Zeigen Sie auf einen Tag, um sein Datum zu sehen.</translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <location line="-158"/>
        <source>Calendar of training days over the last 12 months</source>
        <translation>Kalender der Trainingstage der letzten 12 Monate</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Less</source>
        <extracomment>The calendar&apos;s key: &quot;Less ▢▢▢ More (2 sessions a day)&quot;.</extracomment>
        <translation>Weniger</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>More (%n session(s) a day)</source>
        <translation>
            <numerusform>Mehr (%n Einheit pro Tag)</numerusform>
            <numerusform>Mehr (%n Einheiten pro Tag)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatmapWords</name>
    <message>
        <location line="-126"/>
        <source>no session</source>
        <extracomment>A calendar day&apos;s tooltip: &quot;Sun 29 Nov 2026: no session&quot;.</extracomment>
        <translation>keine Einheit</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <location filename="../../hiptrainer/ui/progress/pain_chart.py" line="+32"/>
        <source>0–2 fine</source>
        <translation>0–2 unbedenklich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3–5 acceptable</source>
        <translation>3–5 vertretbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6–10 too much</source>
        <translation>6–10 zu viel</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pain and effort</source>
        <translation>Schmerz und Anstrengung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain during, after and next morning, and effort</source>
        <translation>Schmerz währenddessen, danach und am nächsten Morgen, und Anstrengung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pain (0–10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effort (0–10)</source>
        <translation>Anstrengung (0–10)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No pain or effort ratings in this range. After each workout HipTrainer asks how hard it was and how much it hurt, and the next morning how it feels.</source>
        <translation>Keine Bewertungen von Schmerz oder Anstrengung in diesem Zeitraum. Nach jedem Training fragt HipTrainer, wie anstrengend es war und wie sehr es wehgetan hat, und am nächsten Morgen, wie es sich anfühlt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No pain or effort ratings in this range.</source>
        <translation>Keine Bewertungen von Schmerz oder Anstrengung in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pain {measure}</source>
        <extracomment>A legend entry; {measure} is &quot;during&quot;, &quot;after&quot; or &quot;next morning&quot;.</extracomment>
        <translation>Schmerz {measure}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Effort (RPE, 0 rest – 10 hardest)</source>
        <translation>Anstrengung (RPE, 0 Ruhe – 10 maximal)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pain rose</source>
        <extracomment>The legend of the rings around sessions where pain rose.</extracomment>
        <translation>Schmerz gestiegen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Latest pain: {ratings}.</source>
        <extracomment>{ratings}: each measure&apos;s latest, &quot;during 2/10 (fine, 12 Nov); after 3/10 …&quot;.</extracomment>
        <translation>Letzter Schmerz: {ratings}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No pain ratings yet.</source>
        <translation>Noch keine Schmerzbewertungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latest effort: {effort}/10.</source>
        <translation>Letzte Anstrengung: {effort}/10.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rises in pain to flag in this range.</source>
        <translation>Kein Schmerzanstieg in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Flagged ({count}): {flags}.</source>
        <translation>Markiert ({count}): {flags}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} flags in this range; the latest {shown}: {flags}.</source>
        <extracomment>More flags than the summary lists: {count} in all, the latest {shown} listed.</extracomment>
        <translation>{count} Markierungen in diesem Zeitraum; die letzten {shown}: {flags}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pain {measure}: {value}/10 ({zone})</source>
        <extracomment>A tooltip&apos;s line: &quot;Pain after: 3/10 (acceptable)&quot;.</extracomment>
        <translation>Schmerz {measure}: {value}/10 ({zone})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Effort: {value}/10</source>
        <translation>Anstrengung: {value}/10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flag: {words}</source>
        <translation>Markierung: {words}</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <location filename="../../hiptrainer/ui/progress/progress_tab.py" line="+123"/>
        <source>&amp;Over time</source>
        <extracomment>Sessions a week counted as meeting the goal when none is given (the settings&apos; default). &quot;Start the warm-up&quot; on the empty page: the window switches to Train and starts it.</extracomment>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Balance</source>
        <translation>Balan&amp;ce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wee&amp;kly volume</source>
        <translation>&amp;Wochenumfang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;in and effort</source>
        <translation>Schmer&amp;z und Anstrengung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;dherence</source>
        <extracomment>The section with the training calendar and the sessions per week.</extracomment>
        <translation>&amp;Regelmäßigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;cords</source>
        <translation>Rek&amp;orde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-test res&amp;ults</source>
        <translation>&amp;Selbsttests</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Your training data could not be read: {reason}.</source>
        <extracomment>{reason} is the database&apos;s own reason (in English).</extracomment>
        <translation>Ihre Trainingsdaten konnten nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Done with both sides at once: no left/right balance to show.</source>
        <translation>Mit beiden Seiten zugleich ausgeführt: keine Balance zwischen links und rechts.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Could not save {file}: {reason}</source>
        <extracomment>{reason} is the system&apos;s reason (&quot;No space left on device&quot;).</extracomment>
        <translation>{file} konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not save</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>RecordsCard</name>
    <message>
        <location filename="../../hiptrainer/ui/progress/records_table.py" line="+26"/>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set on</source>
        <extracomment>The column with the day a record was set.</extracomment>
        <translation>Aufgestellt am</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Records</source>
        <translation>Rekorde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records: all time, every exercise</source>
        <translation>Rekorde: gesamte Zeit, alle Übungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the records as CSV</source>
        <translation>Die Rekorde als CSV speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Records: longest hold and most reps per exercise and side</source>
        <translation>Rekorde: längstes Halten und meiste Wiederholungen je Übung und Seite</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No records yet: a hold or a set of reps becomes the first one.</source>
        <translation>Noch keine Rekorde: Das erste Halten oder der erste Wiederholungssatz wird der erste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No records yet.</source>
        <translation>Noch keine Rekorde.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>{records} across %n exercise(s).</source>
        <extracomment>{records} is &quot;12 records&quot;; %n counts the exercises.</extracomment>
        <translation>
            <numerusform>{records} in %n Übung.</numerusform>
            <numerusform>{records} in %n Übungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Rekord</numerusform>
            <numerusform>%n Rekorde</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Newest: {exercise}, {record}, on {day}.</source>
        <extracomment>{record} is the record in words (&quot;longest hold, left: 45 s&quot;).</extracomment>
        <translation>Neuester: {exercise}, {record}, am {day}.</translation>
    </message>
</context>
<context>
    <name>SelfTestChart</name>
    <message>
        <location filename="../../hiptrainer/ui/progress/selftest_chart.py" line="+34"/>
        <source>For comparison: group means {low}–{high} ({sources})</source>
        <extracomment>The legend of the shaded band: &quot;For comparison: group means 40–60 s (Author 2019)&quot;.</extracomment>
        <translation>Zum Vergleich: Gruppenmittelwerte {low}–{high} ({sources})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>For comparison: “{label}”, {words} ({source})</source>
        <extracomment>The legend of the shaded band: a band of the sources&apos; figures, {label} its name (&quot;average&quot;), {words} what it spans.</extracomment>
        <translation>Zum Vergleich: „{label}“, {words} ({source})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Self-tests</source>
        <translation>Selbsttests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hip self-test results per side over time</source>
        <translation>Ergebnisse der Hüft-Selbsttests je Seite im Verlauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Self-test to show</source>
        <translation>Angezeigter Selbsttest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The self-test whose results are drawn</source>
        <translation>Der Selbsttest, dessen Ergebnisse gezeichnet werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-test:</source>
        <translation>Selbsttest:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No {test} results yet. Test mode in the Train tab plays it: one effort on each side, saved side by side.</source>
        <translation>Noch keine Ergebnisse für „{test}“. Der Testmodus im Tab „Training“ führt ihn durch: ein Versuch je Seite, nebeneinander gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{test}: each side per sitting</source>
        <translation>{test}: jede Seite je Durchgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds held</source>
        <translation>Gehaltene Sekunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{test}, latest on {day}:</source>
        <translation>{test}, zuletzt am {day}:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources: {sources}</source>
        <translation>Quellen: {sources}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The left side {gap}% behind</source>
        <translation>Linke Seite {gap} % schwächer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The right side {gap}% behind</source>
        <translation>Rechte Seite {gap} % schwächer</translation>
    </message>
</context>
<context>
    <name>Sides</name>
    <message>
        <location filename="../../hiptrainer/ui/progress/theme.py" line="+24"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both sides</source>
        <translation>Beidseitig</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../../hiptrainer/ui/progress/glance.py" line="-55"/>
        <source>{caption}: {value}. {detail}</source>
        <extracomment>A tile&apos;s description for screen readers: its caption, value and detail line.</extracomment>
        <translation>{caption}: {value}. {detail}</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../hiptrainer/ui/progress/card.py" line="+10"/>
        <source>{number} s</source>
        <extracomment>A number of seconds (&quot;12.5 s&quot;).</extracomment>
        <translation>{number} s</translation>
    </message>
</context>
<context>
    <name>VolumeChart</name>
    <message>
        <location filename="../../hiptrainer/ui/progress/volume_chart.py" line="+28"/>
        <source>Time under tension (min)</source>
        <translation>Zeit unter Spannung (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reps per week</source>
        <translation>Wiederholungen pro Woche</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} min {seconds} s</source>
        <extracomment>A time held: &quot;3 min 05 s&quot;.</extracomment>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Weekly volume</source>
        <translation>Wochenumfang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly volume stacked by exercise</source>
        <translation>Wochenumfang, nach Übungen gestapelt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ti&amp;me under tension</source>
        <translation>Zeit &amp;unter Spannung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reps</source>
        <translation>Wiederholu&amp;ngen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No holds recorded in this range.</source>
        <translation>Kein Halten in diesem Zeitraum aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rep sets recorded in this range.</source>
        <translation>Keine Wiederholungssätze in diesem Zeitraum aufgezeichnet.</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wdh.</numerusform>
            <numerusform>%n Wdh.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Time under tension per week, %n exercise(s).</source>
        <translation>
            <numerusform>Zeit unter Spannung pro Woche, %n Übung.</numerusform>
            <numerusform>Zeit unter Spannung pro Woche, %n Übungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Reps per week, %n exercise(s).</source>
        <translation>
            <numerusform>Wiederholungen pro Woche, %n Übung.</numerusform>
            <numerusform>Wiederholungen pro Woche, %n Übungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This week: {this_week}. Average of the weeks trained: {average}. Busiest: week of {busiest_week}, {busiest}.</source>
        <translation>Diese Woche: {this_week}. Durchschnitt der Trainingswochen: {average}. Meiste: Woche ab {busiest_week}, {busiest}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Week {first} – {last}</source>
        <translation>Woche {first} – {last}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total: {amount}</source>
        <translation>Gesamt: {amount}</translation>
    </message>
</context>
</TS>
