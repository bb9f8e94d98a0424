<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../desktop/ui/main_window.py" line="488"/>
        <source>My tickets (%n new)</source>
        <translation>
            <numerusform>My tickets (%n new)</numerusform>
            <numerusform>My tickets (%n new)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/main_window.py" line="493"/>
        <source>Drafts (%n)</source>
        <translation>
            <numerusform>Drafts (%n)</numerusform>
            <numerusform>Drafts (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spans</name>
    <message numerus="yes">
        <location filename="../desktop/ui/tickets/contact_support_dialog.py" line="41"/>
        <source>within %n hour(s)</source>
        <translation>
            <numerusform>within %n hour</numerusform>
            <numerusform>within %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/tickets/contact_support_dialog.py" line="42"/>
        <source>within %n minute(s)</source>
        <translation>
            <numerusform>within %n minute</numerusform>
            <numerusform>within %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketListPage</name>
    <message numerus="yes">
        <location filename="../desktop/ui/tickets/ticket_list_page.py" line="428"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <location filename="../desktop/ui/error_text.py" line="113"/>
        <source>Too many sign-in attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many sign-in attempts. Try again in %n second.</numerusform>
            <numerusform>Too many sign-in attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
