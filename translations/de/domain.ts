<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>definitions</name>
    <message>
        <location filename="../../hiptrainer/catalog/definitions.py" line="+90"/>
        <source>{name} (copy)</source>
        <extracomment>The name of an editable copy of an exercise or routine; {name} is the original&apos;s.</extracomment>
        <translation>{name} (Kopie)</translation>
    </message>
</context>
<context>
    <name>dose</name>
    <message>
        <location filename="../../hiptrainer/domain/dose.py" line="+50"/>
        <source>{holds} × {seconds} s hold</source>
        <translation>{holds} × {seconds} s Halten</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../hiptrainer/domain/progression_ladder.py" line="+55"/>
        <source>{sets} sets of {holds}</source>
        <translation>{sets} Sätze à {holds}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{dose}, each side</source>
        <translation>{dose}, je Seite</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>left: {left} / right: {right}</source>
        <translation>links: {left} / rechts: {right}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{seconds} s up</source>
        <translation>{seconds} s hoch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{seconds} s hold</source>
        <translation>{seconds} s halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{seconds} s down</source>
        <translation>{seconds} s runter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tempo {tempo}: {words}.</source>
        <translation>Tempo {tempo}: {words}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{seconds} s between holds</source>
        <translation>{seconds} s zwischen den Haltephasen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{seconds} s between reps</source>
        <translation>{seconds} s zwischen den Wiederholungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{seconds} s between sets</source>
        <translation>{seconds} s zwischen den Sätzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rest {rests}.</source>
        <translation>Pause: {rests}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{sessions} sessions a week.</source>
        <translation>{sessions} Einheiten pro Woche.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Left side: {details}</source>
        <translation>Linke Seite: {details}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right side: {details}</source>
        <translation>Rechte Seite: {details}</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>about {minutes} min</source>
        <translation>etwa {minutes} Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about {low}–{high} min</source>
        <translation>etwa {low}–{high} Min.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Takes {length}, rests and the side switch included.</source>
        <translation>Dauert {length}, Pausen und Seitenwechsel eingerechnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Takes {length}, rests included.</source>
        <translation>Dauert {length}, Pausen eingerechnet.</translation>
    </message>
</context>
<context>
    <name>effort</name>
    <message>
        <location filename="../../hiptrainer/domain/summary.py" line="+46"/>
        <source>Rest</source>
        <extracomment>Effort in the CR10 words (session RPE): what each number from 0 to 10 feels like. Read in the interface&apos;s language each time.</extracomment>
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
        <translation>Mehr als schwer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very hard</source>
        <translation>Sehr schwer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very hard, close to the end</source>
        <translation>Sehr schwer, fast am Limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Almost all-out</source>
        <translation>Beinahe maximal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All-out</source>
        <translation>Maximal</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../hiptrainer/storage/import_summary.py" line="+27"/>
        <source>1 session</source>
        <extracomment>One line per item stored under another id than its own (its id was taken). Self-test sittings, side results and dismissed suggestions added.</extracomment>
        <translation>1 Trainingseinheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} sessions</source>
        <translation>{n} Trainingseinheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 set</source>
        <translation>1 Satz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} sets</source>
        <translation>{n} Sätze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 exercise</source>
        <translation>1 Übung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} exercises</source>
        <translation>{n} Übungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 routine</source>
        <translation>1 Trainingsplan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} routines</source>
        <translation>{n} Trainingspläne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 self-test</source>
        <translation>1 Selbsttest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} self-tests</source>
        <translation>{n} Selbsttests</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 self-test result</source>
        <translation>1 Selbsttest-Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} self-test results</source>
        <translation>{n} Selbsttest-Ergebnisse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 dismissed suggestion</source>
        <translation>1 verworfener Vorschlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} dismissed suggestions</source>
        <translation>{n} verworfene Vorschläge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing new</source>
        <translation>nichts Neues</translation>
    </message>
</context>
<context>
    <name>pain</name>
    <message>
        <location filename="../../hiptrainer/domain/progress_pain.py" line="+29"/>
        <source>during</source>
        <extracomment>Read in the interface&apos;s language each time, as ZONE_WORDS.</extracomment>
        <translation>während</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after</source>
        <translation>danach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next morning</source>
        <translation>am nächsten Morgen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fine</source>
        <extracomment>The order a session&apos;s ratings were given in, newest first.</extracomment>
        <translation>unbedenklich</translation>
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
        <location line="+130"/>
        <source>No pain ratings yet</source>
        <translation>Noch keine Schmerzangaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain {value}/10 {measure}: {zone}</source>
        <translation>Schmerz {value}/10 {measure}: {zone}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pain {measure} rose by {rise}, to {value}/10</source>
        <translation>Schmerz {measure} um {rise} gestiegen, auf {value}/10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain {measure} rose twice in a row, to {value}/10</source>
        <translation>Schmerz {measure} zweimal in Folge gestiegen, auf {value}/10</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <location filename="../../hiptrainer/domain/progress.py" line="+275"/>
        <source>one week ago</source>
        <extracomment>The range buttons, in order, with their labels. Left and right within this much of each other draw inside the &quot;balanced&quot; band. A balance &quot;N weeks ago&quot; needs a session no older than this before that day; older data would put words in the past the runner did not live through. Weaker side ÷ stronger side × 100: 100 is even. None when there were no sessions with both sides back then to compare with.</extracomment>
        <translation>vor einer Woche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one two three four five six seven eight nine ten eleven twelve</source>
        <translation>eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number} weeks ago</source>
        <translation>vor {number} Wochen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not enough sessions with both sides yet.</source>
        <translation>Noch zu wenige Einheiten mit beiden Seiten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{side} {percent}% behind</source>
        <translation>{side} {percent} % im Rückstand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left and right even</source>
        <translation>Links und rechts ausgeglichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{head}; no sessions with both sides {ago} to compare.</source>
        <translation>{head}; {ago} keine Einheiten mit beiden Seiten zum Vergleich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{head}, as {ago}.</source>
        <translation>{head}, wie schon {ago}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{head}, was even {ago}.</source>
        <translation>{head}; {ago} war es ausgeglichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{head}, was {percent}% {ago}.</source>
        <translation>{head}; {ago} waren es {percent} %.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{head}, was left side {percent}% behind {ago}.</source>
        <translation>{head}; {ago} lag die linke Seite {percent} % zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{head}, was right side {percent}% behind {ago}.</source>
        <translation>{head}; {ago} lag die rechte Seite {percent} % zurück.</translation>
    </message>
</context>
<context>
    <name>progression</name>
    <message>
        <location filename="../../hiptrainer/domain/progression.py" line="+187"/>
        <source>already the easiest dose here: keep it, and if pain keeps coming back, ask a physiotherapist</source>
        <extracomment>A hold stopped this close to its target counts as done (a key press takes a moment). Every completed session (any routine) in the period read, oldest first. The routine&apos;s sets in its latest completed sessions. What each failed set or hold reached (seconds or reps), short of the dose&apos;s target.</extracomment>
        <translation>bereits die leichteste Dosis hier: beibehalten, und wenn der Schmerz wiederkommt, eine Physiotherapeutin oder einen Physiotherapeuten fragen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>short 2 sessions running at the bottom of this dose</source>
        <translation>2 Einheiten in Folge am unteren Ende dieser Dosis nicht geschafft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the bottom of this dose already: repeat it</source>
        <translation>bereits das untere Ende dieser Dosis: wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bottom of this dose already: repeat it (the easier variant follows if it falls short 2 sessions running)</source>
        <translation>bereits das untere Ende dieser Dosis: wiederholen (die leichtere Variante folgt, wenn es 2 Einheiten in Folge nicht reicht)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the routine plays {dose} now, with no session at it yet</source>
        <translation>der Trainingsplan spielt jetzt {dose}, noch ohne Einheit damit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 session at {dose} so far (moving on needs {needed})</source>
        <translation>bisher 1 Einheit mit {dose} (zum Steigern braucht es {needed})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} skipped{where} on {day}</source>
        <translation>{count} übersprungen{where} am {day}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the top of this dose, and no harder variant: keep it here</source>
        <translation>das obere Ende dieser Dosis und keine schwerere Variante: hier bleiben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the top of this warm-up&apos;s dose, and a warm-up stays light: keep it here</source>
        <translation>das obere Ende der Dosis dieses Aufwärmens, und ein Aufwärmen bleibt leicht: hier bleiben</translation>
    </message>
    <message>
        <location filename="../../hiptrainer/domain/progression_reasons.py" line="+42"/>
        <source>a hold of {reached} s of {target} s{where} on {day}</source>
        <translation>{reached} s von {target} s gehalten{where} am {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a set of {reached} of {target} reps{where} on {day}</source>
        <translation>ein Satz mit {reached} von {target} Wiederholungen{where} am {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} holds short of {target} s{where} on {day} ({low} s each)</source>
        <translation>{count} Haltephasen unter {target} s{where} am {day} (je {low} s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} holds short of {target} s{where} on {day} ({low}–{high} s)</source>
        <translation>{count} Haltephasen unter {target} s{where} am {day} ({low}–{high} s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} sets short of {target} reps{where} on {day} ({low} reps each)</source>
        <translation>{count} Sätze unter {target} Wiederholungen{where} am {day} (je {low} Wiederholungen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} sets short of {target} reps{where} on {day} ({low}–{high} reps)</source>
        <translation>{count} Sätze unter {target} Wiederholungen{where} am {day} ({low}–{high} Wiederholungen)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> on the left side</source>
        <translation> auf der linken Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> on the right side</source>
        <translation> auf der rechten Seite</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>pain {value} {measure} on {day} (above {most})</source>
        <translation>Schmerz {value} {measure} am {day} (über {most})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pain next morning {value} after {day}, up from {previous}</source>
        <translation>Schmerz am nächsten Morgen {value} nach dem {day}, gestiegen von {previous}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>effort not rated on {day}</source>
        <translation>Anstrengung am {day} nicht angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>effort {value} on {day} (moving on needs {most} or less)</source>
        <translation>Anstrengung {value} am {day} (zum Steigern höchstens {most})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pain during not rated on {day}</source>
        <translation>Schmerz während des Trainings am {day} nicht angegeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pain {value} {measure} on {day}: acceptable, but moving on needs {most} or less</source>
        <translation>Schmerz {value} {measure} am {day}: akzeptabel, aber zum Steigern höchstens {most}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>pain next morning {value} after {day}: not settled to 2 or less</source>
        <translation>Schmerz am nächsten Morgen {value} nach dem {day}: nicht auf 2 oder weniger abgeklungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the next-morning answer for {day} comes tomorrow</source>
        <translation>die Angabe für den Morgen nach dem {day} kommt morgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no next-morning answer for {day}, and moving on waits for it</source>
        <translation>keine Angabe für den Morgen nach dem {day}, und das Steigern wartet darauf</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>effort {value}</source>
        <translation>Anstrengung {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>effort {value} at most</source>
        <translation>Anstrengung höchstens {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>effort 0</source>
        <translation>Anstrengung 0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pain during and after {value}</source>
        <translation>Schmerz während und danach {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pain during and after {value} at most</source>
        <translation>Schmerz während und danach höchstens {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no pain during or after</source>
        <translation>kein Schmerz während oder danach</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pain next morning {value}</source>
        <translation>Schmerz am nächsten Morgen {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pain next morning {value} at most</source>
        <translation>Schmerz am nächsten Morgen höchstens {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no pain next morning</source>
        <translation>kein Schmerz am nächsten Morgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} sessions at {dose}, {effort}, {pain}, {morning}</source>
        <translation>{count} Einheiten mit {dose}, {effort}, {pain}, {morning}</translation>
    </message>
    <message>
        <location filename="../../hiptrainer/domain/progression_sides.py" line="+31"/>
        <source>the left side has no session of it yet</source>
        <translation>die linke Seite hat noch keine Einheit damit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the left side moves on</source>
        <translation>die linke Seite steigert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the left side stays on this exercise</source>
        <translation>die linke Seite bleibt bei dieser Übung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the left side steps back within this exercise</source>
        <translation>die linke Seite geht innerhalb dieser Übung zurück</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the right side has no session of it yet</source>
        <translation>die rechte Seite hat noch keine Einheit damit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the right side moves on</source>
        <translation>die rechte Seite steigert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the right side stays on this exercise</source>
        <translation>die rechte Seite bleibt bei dieser Übung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the right side steps back within this exercise</source>
        <translation>die rechte Seite geht innerhalb dieser Übung zurück</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{why}, so the left keeps this exercise at its easiest dose; if it keeps falling short, ask a physiotherapist</source>
        <translation>{why}, also bleibt die linke bei dieser Übung in ihrer leichtesten Dosis; wenn sie weiter nicht reicht, eine Physiotherapeutin oder einen Physiotherapeuten fragen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{why}, so the right keeps this exercise at its easiest dose; if it keeps falling short, ask a physiotherapist</source>
        <translation>{why}, also bleibt die rechte bei dieser Übung in ihrer leichtesten Dosis; wenn sie weiter nicht reicht, eine Physiotherapeutin oder einen Physiotherapeuten fragen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{why}, so the left repeats this exercise at {dose} instead of changing exercise</source>
        <translation>{why}, also wiederholt die linke diese Übung mit {dose}, statt die Übung zu wechseln</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{why}, so the right repeats this exercise at {dose} instead of changing exercise</source>
        <translation>{why}, also wiederholt die rechte diese Übung mit {dose}, statt die Übung zu wechseln</translation>
    </message>
</context>
<context>
    <name>progression_apply</name>
    <message>
        <location filename="../../hiptrainer/domain/progression_apply.py" line="+49"/>
        <source>{name} (mine)</source>
        <extracomment>The name of the user&apos;s own copy of a routine, made when they accept a suggested change of dose; {name} is the routine&apos;s name.</extracomment>
        <translation>{name} (eigene)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the left side {before} → {after}</source>
        <translation>die linke Seite {before} → {after}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the right side {before} → {after}</source>
        <translation>die rechte Seite {before} → {after}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the left side stays at {dose}</source>
        <translation>die linke Seite bleibt bei {dose}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the right side stays at {dose}</source>
        <translation>die rechte Seite bleibt bei {dose}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the left side</source>
        <translation>die linke Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the right side</source>
        <translation>die rechte Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>both sides</source>
        <translation>beide Seiten</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>{exercise}: {changes} (both sides at one dose again)</source>
        <translation>{exercise}: {changes} (beide Seiten wieder mit einer Dosis)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{exercise}: {changes} (each side its own dose)</source>
        <translation>{exercise}: {changes} (jede Seite mit eigener Dosis)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the left side {left}, the right side {right}</source>
        <translation>die linke Seite {left}, die rechte Seite {right}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+100"/>
        <source>{exercise}: {before} → {variant}, {after}</source>
        <translation>{exercise}: {before} → {variant}, {after}</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>{exercise}: the left side could change to {variant}, {after}, but the right side stays on {exercise}, and a block is one exercise; the left side stays at {before}.</source>
        <translation>{exercise}: Die linke Seite könnte zu {variant} wechseln ({after}), aber die rechte Seite bleibt bei {exercise}, und ein Block ist eine Übung; die linke Seite bleibt bei {before}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{exercise}: the right side could change to {variant}, {after}, but the left side stays on {exercise}, and a block is one exercise; the right side stays at {before}.</source>
        <translation>{exercise}: Die rechte Seite könnte zu {variant} wechseln ({after}), aber die linke Seite bleibt bei {exercise}, und ein Block ist eine Übung; die rechte Seite bleibt bei {before}.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{exercise}: {ready} could move on to {after}, but {waits} stays at {before}, and both sides share one dose in a routine.</source>
        <translation>{exercise}: {ready} könnte auf {after} steigern, aber {waits} bleibt bei {before}, und in einer Routine teilen sich beide Seiten eine Dosis.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the other side</source>
        <translation>die andere Seite</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{exercise}: {before} → {after}</source>
        <translation>{exercise}: {before} → {after}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{change} (both sides: a routine has one dose for both)</source>
        <translation>{change} (beide Seiten: Eine Routine hat eine Dosis für beide)</translation>
    </message>
</context>
<context>
    <name>readout</name>
    <message>
        <location filename="../../hiptrainer/domain/readout.py" line="+78"/>
        <source>reps — Enter when done</source>
        <extracomment>Under the countdown ring&apos;s number, read from the mat: the reps to do at one&apos;s own pace, and the Enter key that says they are done (keep it short).</extracomment>
        <translation>Wdh., dann Eingabe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rep of {n}</source>
        <extracomment>Under the ring&apos;s number (the rep under way), read from the mat: &quot;3 / rep of 12&quot; (keep it short).</extracomment>
        <translation>Wdh. von {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>seconds</source>
        <extracomment>Under the ring&apos;s number (the seconds left), read from the mat (keep it short).</extracomment>
        <translation>Sekunden</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../hiptrainer/domain/progress_records.py" line="+159"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Longest hold</source>
        <translation>Längstes Halten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most reps in a set</source>
        <translation>Meiste Wiederholungen in einem Satz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{record}, {side}</source>
        <translation>{record}, {side}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{record}: {amount}</source>
        <translation>{record}: {amount}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{text} (was {amount})</source>
        <translation>{text} (vorher {amount})</translation>
    </message>
</context>
<context>
    <name>selftest</name>
    <message>
        <location filename="../../hiptrainer/domain/selftest.py" line="+145"/>
        <source>{seconds} s</source>
        <extracomment>Limb symmetry index of 90% or more is the usual return-to-sport line (self-tests.md). Who measured it, short: &quot;McGill et al. 1999&quot;. The exercise the test is built on (its Library page and set-up; its pictures too, unless the test has a pose file of its own, resources/poses/selftests/&lt;id&gt;.toml). Where the body goes for the LEFT side, naming it; the right side swaps the words. When the count ends, in one sentence. What the number says, and what it does not. Where the pictures differ from the protocol (borrowed from an exercise that is done a little differently); a test drawn with its own poses needs none. McGill&apos;s flag: right ÷ left further than this from 1.0. Whose bands they are: &quot;Freckleton et al. 2014, 482 … football players&quot;.</extracomment>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 rep</source>
        <translation>1 Wiederholung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} reps</source>
        <translation>{n} Wiederholungen</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>No result yet.</source>
        <extracomment>Weaker ÷ stronger × 100 (100 is even), as everywhere else in the app. Right ÷ left, the ratio McGill&apos;s test reads.</extracomment>
        <translation>Noch kein Ergebnis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left {amount}; the other side has no result to compare.</source>
        <translation>Links {amount}; die andere Seite hat kein Ergebnis zum Vergleich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right {amount}; the other side has no result to compare.</source>
        <translation>Rechts {amount}; die andere Seite hat kein Ergebnis zum Vergleich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left {left}, right {right}</source>
        <translation>Links {left}, rechts {right}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{found}: even.</source>
        <translation>{found}: ausgeglichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{found}: the left side is {gap}% behind.</source>
        <translation>{found}: Die linke Seite liegt {gap} % zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{found}: the right side is {gap}% behind.</source>
        <translation>{found}: Die rechte Seite liegt {gap} % zurück.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>inside</source>
        <translation>innerhalb von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>outside</source>
        <translation>außerhalb von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right ÷ left = {ratio}, {where} {low}–{high}: in McGill&apos;s test a ratio further than {within} from {one} is the usual flag for an imbalance between the sides.</source>
        <translation>Rechts ÷ links = {ratio}, {where} {low}–{high}: Im Test nach McGill gilt ein Verhältnis, das mehr als {within} von {one} abweicht, üblicherweise als Hinweis auf ein Ungleichgewicht zwischen den Seiten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The weaker side is at {index}% of the stronger. For context: return-to-sport testing often looks for {context}% or more, a custom rather than a rule.</source>
        <translation>Die schwächere Seite erreicht {index} % der stärkeren. Zur Einordnung: Tests für die Rückkehr zum Sport verlangen oft {context} % oder mehr – eine Gepflogenheit, keine Regel.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For comparison, {group} ({source}) held on average right {right}, left {left}.</source>
        <translation>Zum Vergleich: {group} ({source}) hielten im Schnitt rechts {right}, links {left}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>For comparison, the bands reported from {source}: {scale}.</source>
        <translation>Zum Vergleich die Bereiche aus {source}: {scale}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left {amount}: in the “{band}” band of those figures.</source>
        <translation>Links {amount}: im Bereich „{band}“ dieser Werte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right {amount}: in the “{band}” band of those figures.</source>
        <translation>Rechts {amount}: im Bereich „{band}“ dieser Werte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No published figures to compare with: compare your two sides, and yourself over time.</source>
        <translation>Keine veröffentlichten Vergleichswerte: Vergleichen Sie Ihre beiden Seiten und sich selbst im Lauf der Zeit.</translation>
    </message>
    <message>
        <location filename="../../hiptrainer/domain/selftest_retest.py" line="+30"/>
        <source>1 day</source>
        <extracomment>Retest every 4–6 weeks (self-tests.md, &quot;Retesting&quot;). One line for the Progress tab&apos;s at-a-glance strip.</extracomment>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} days</source>
        <translation>{n} Tagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} days ago</source>
        <translation>vor {n} Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} weeks ago</source>
        <translation>vor {n} Wochen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No self-test yet: one puts a number on each side, to compare them and to see change over the months.</source>
        <translation>Noch kein Selbsttest: Er gibt jeder Seite eine Zahl, um beide zu vergleichen und Veränderungen über die Monate zu sehen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last self-test {ago}; next one in {days} or later (every 4–6 weeks).</source>
        <translation>Letzter Selbsttest {ago}; der nächste in {days} oder später (alle 4–6 Wochen).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time to retest: last self-test {ago} (test when rested, at the same time of day as before).</source>
        <translation>Zeit für einen neuen Test: letzter Selbsttest {ago} (ausgeruht testen, zur gleichen Tageszeit wie zuvor).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retest overdue: last self-test {ago}; every 4–6 weeks shows change (test when rested, at the same time of day as before).</source>
        <translation>Neuer Test überfällig: letzter Selbsttest {ago}; alle 4–6 Wochen zeigen sich Veränderungen (ausgeruht testen, zur gleichen Tageszeit wie zuvor).</translation>
    </message>
</context>
<context>
    <name>sides</name>
    <message>
        <location filename="../../hiptrainer/domain/sides.py" line="+39"/>
        <source>Left side means the left side works: the left leg lifts, stands or rests on the bench, or, in a side plank, you lie on your left side. Each one-sided exercise says where your body goes for each side.</source>
        <extracomment>The convention in one sentence, in English (:func:`convention` is it in the interface&apos;s language).</extracomment>
        <translation>„Linke Seite“ heißt: Die linke Seite arbeitet – das linke Bein hebt, steht oder liegt auf der Bank, oder Sie liegen im Seitstütz auf der linken Seite. Jede einseitige Übung sagt, wohin Ihr Körper auf jeder Seite kommt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <location line="+8"/>
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
</context>
<context>
    <name>summary</name>
    <message>
        <location filename="../../hiptrainer/domain/summary.py" line="+172"/>
        <source>Left and right even on the one-sided exercise</source>
        <extracomment>exercise, side, set index, rep (hold) index exercise id → side → what that side did of it. Holds and sets of reps done but not in the store (it failed to take them). False for a practice run with no training data open: nothing was meant to be saved. Weaker ÷ stronger × 100 (100 is even).</extracomment>
        <translation>Links und rechts ausgeglichen bei der einseitigen Übung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left and right even on every one-sided exercise</source>
        <translation>Links und rechts ausgeglichen bei jeder einseitigen Übung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{even} (within {margin}%).</source>
        <translation>{even} (innerhalb von {margin} %).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>left {left}, right {right} reps</source>
        <translation>links {left}, rechts {right} Wiederholungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left {left}, right {right}</source>
        <translation>links {left}, rechts {right}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{side} {gap}% behind on {name} ({totals}).</source>
        <translation>{side} {gap} % im Rückstand bei {name} ({totals}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 more exercise uneven by {margin}% or more.</source>
        <translation>1 weitere Übung mit {margin} % Unterschied oder mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} more exercises uneven by {margin}% or more.</source>
        <translation>{n} weitere Übungen mit {margin} % Unterschied oder mehr.</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../hiptrainer/domain/words.py" line="+164"/>
        <source>or</source>
        <extracomment>(context, source text, disambiguation or None) -&gt; the text in the interface&apos;s language.</extracomment>
        <translation>oder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>and</source>
        <translation>und</translation>
    </message>
</context>
</TS>
