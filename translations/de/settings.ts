<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>SettingsControls</name>
    <message>
        <location filename="../../hiptrainer/ui/settings/controls.py" line="+115"/>
        <source>System default</source>
        <extracomment>The speaking voice: the one the system&apos;s speech engine picks.</extracomment>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The voice that speaks the cues</source>
        <translation>Die Stimme, die die Ansagen spricht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{voice} (not installed)</source>
        <extracomment>A voice chosen earlier that the system no longer has.</extracomment>
        <translation>{voice} (nicht installiert)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../hiptrainer/ui/settings/dialog.py" line="+51"/>
        <source>Follow the system</source>
        <extracomment>Colour theme: light or dark as the desktop is set, changing when it does.</extracomment>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The region&apos;s usual (A4 or Letter)</source>
        <translation>Wie in der Region üblich (A4 oder Letter)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The last 3 seconds</source>
        <extracomment>How many of a phase&apos;s last seconds the tones count down.</extracomment>
        <translation>Die letzten 3 Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last 5 seconds</source>
        <translation>Die letzten 5 Sekunden</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <message>
        <location line="+20"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Player</source>
        <translation>&amp;Player</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rogress &amp;&amp; Sheets</source>
        <translation>&amp;Fortschritt &amp;&amp; Übungsblätter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Appearance &amp;&amp; Language</source>
        <translation>&amp;Darstellung &amp;&amp; Sprache</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore &amp;Defaults</source>
        <translation>Standard&amp;werte wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put every setting on every page back to its default</source>
        <translation>Alle Einstellungen auf allen Seiten auf ihren Standardwert zurücksetzen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Times</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Get ready</source>
        <extracomment>The seconds to get into position before the first exercise.</extracomment>
        <translation>&amp;Vorbereitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds to get into position at the start</source>
        <translation>Sekunden, um zu Beginn in Position zu kommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;witch sides</source>
        <translation>Seitenwe&amp;chsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds to change sides</source>
        <translation>Sekunden für den Seitenwechsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest between s&amp;ets</source>
        <translation>Pause zwischen Sä&amp;tzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rest a new exercise starts with</source>
        <translation>Die Pause, mit der eine neue Übung beginnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest between e&amp;xercises</source>
        <translation>Pause zwischen Ü&amp;bungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rest a new routine starts with</source>
        <translation>Die Pause, mit der eine neue Routine beginnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side &amp;order</source>
        <translation>&amp;Reihenfolge der Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which side a one-sided exercise starts with</source>
        <translation>Mit welcher Seite eine einseitige Übung beginnt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tones</source>
        <translation>Si&amp;gnaltöne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beeps for each new phase and the last seconds</source>
        <translation>Töne bei jeder neuen Phase und in den letzten Sekunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Voice</source>
        <translation>Sprach&amp;ausgabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spoken phases, sides, what comes next, rep counts</source>
        <translation>Gesprochene Phasen, Seiten, was als Nächstes kommt, Wiederholungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Beeps count down</source>
        <translation>Countdow&amp;n-Töne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many of a phase&apos;s last seconds the tones count</source>
        <translation>Wie viele der letzten Sekunden einer Phase die Töne zählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spea&amp;king voice</source>
        <translation>Sti&amp;mme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Count down aloud</source>
        <translation>Laut herunter&amp;zählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The voice counts the last three seconds: three, two, one</source>
        <translation>Die Stimme zählt die letzten drei Sekunden: drei, zwei, eins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vol&amp;ume</source>
        <translation>&amp;Lautstärke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How loud the tones and the voice are</source>
        <translation>Wie laut die Töne und die Stimme sind</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sessions a week to aim for</source>
        <translation>&amp;Einheiten pro Woche als Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks with this many sessions count towards your streak</source>
        <translation>Wochen mit so vielen Einheiten zählen für Ihre Serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed sheets</source>
        <translation>Gedruckte Übungsblätter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper si&amp;ze</source>
        <translation>Pap&amp;ierformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The paper sheets are laid out for</source>
        <translation>Das Papier, für das die Blätter gesetzt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Large print (14 pt text)</source>
        <translation>Gr&amp;oßdruck (14-pt-Schrift)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bigger text on sheets</source>
        <translation>Größere Schrift auf den Blättern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Appearance and language</source>
        <translation>Darstellung und Sprache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colour t&amp;heme</source>
        <translation>Farb&amp;schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light, dark, or as the system is set</source>
        <translation>Hell, dunkel oder wie im System eingestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;nguage</source>
        <translation>Sprac&amp;he</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of menus, pages and voice</source>
        <translation>Die Sprache von Menüs, Seiten und Stimme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new language takes effect when HipTrainer starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von HipTrainer.</translation>
    </message>
</context>
</TS>
