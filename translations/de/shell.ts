<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Language</name>
    <message>
        <location filename="../../hiptrainer/ui/i18n.py" line="+52"/>
        <source>Same as the system</source>
        <extracomment>In the language menu: HipTrainer speaks the language of the desktop (German on a German desktop, English on any other).</extracomment>
        <translation>Systemsprache</translation>
    </message>
</context>
</TS>
