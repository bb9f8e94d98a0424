<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AddonRow</name>
    <message>
        <source>Not offered to your team (see above)</source>
        <translation>Niet beschikbaar voor je team (zie hierboven)</translation>
    </message>
    <message>
        <source>Not bought</source>
        <translation>Niet gekocht</translation>
    </message>
    <message>
        <source>Ended on {date}</source>
        <translation>Beëindigd op {date}</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>{tier} — removal scheduled: it keeps working until {date}, and you can undo the removal until then.</source>
        <translation>{tier} — verwijdering gepland: de add-on blijft werken tot {date} en tot dan kun je de verwijdering ongedaan maken.</translation>
    </message>
    <message>
        <source>{tier} — active; {next} from {date}</source>
        <translation>{tier} — actief; {next} vanaf {date}</translation>
    </message>
    <message>
        <source>{tier} — active</source>
        <translation>{tier} — actief</translation>
    </message>
    <message numerus="yes">
        <source>{amount} a month for %n licence(s)</source>
        <translation>
            <numerusform>{amount} per maand voor %n licentie</numerusform>
            <numerusform>{amount} per maand voor %n licenties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{basic}: {basic_amount} a month · {enhanced}: {enhanced_amount} a month, for %n licence(s)</source>
        <translation>
            <numerusform>{basic}: {basic_amount} per maand · {enhanced}: {enhanced_amount} per maand, voor %n licentie</numerusform>
            <numerusform>{basic}: {basic_amount} per maand · {enhanced}: {enhanced_amount} per maand, voor %n licenties</numerusform>
        </translation>
    </message>
    <message>
        <source>Next charge: {amount} for {tier} on {date}</source>
        <translation>Volgende afschrijving: {amount} voor {tier} op {date}</translation>
    </message>
    <message>
        <source>Next charge: {amount} on {date}</source>
        <translation>Volgende afschrijving: {amount} op {date}</translation>
    </message>
    <message>
        <source>No further charges: it ends on {date}.</source>
        <translation>Geen afschrijvingen meer: de add-on stopt op {date}.</translation>
    </message>
    <message>
        <source>Premium Support for {product}</source>
        <translation>Premium Support voor {product}</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>{tier} — {amount} a month</source>
        <translation>{tier} — {amount} per maand</translation>
    </message>
    <message>
        <source>Compare Basic and Enhanced…</source>
        <translation>Basis en Enhanced vergelijken…</translation>
    </message>
    <message>
        <source>Change tier</source>
        <translation>Niveau wijzigen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Undo removal</source>
        <translation>Verwijdering ongedaan maken</translation>
    </message>
    <message>
        <source>Undo tier change</source>
        <translation>Niveauwijziging ongedaan maken</translation>
    </message>
    <message>
        <source>Add Premium Support for {product}</source>
        <translation>Premium Support voor {product} toevoegen</translation>
    </message>
    <message>
        <source>Change the tier of Premium Support for {product}</source>
        <translation>Het niveau van Premium Support voor {product} wijzigen</translation>
    </message>
    <message>
        <source>Remove Premium Support for {product}</source>
        <translation>Premium Support voor {product} verwijderen</translation>
    </message>
    <message>
        <source>Undo the removal of Premium Support for {product}</source>
        <translation>De verwijdering van Premium Support voor {product} ongedaan maken</translation>
    </message>
    <message>
        <source>Undo the change of tier of Premium Support for {product}</source>
        <translation>Wijziging van het niveau van Premium Support voor {product} ongedaan maken</translation>
    </message>
</context>
<context>
    <name>AnswerNotifier</name>
    <message>
        <source>New answer from support</source>
        <translation>Nieuw antwoord van Support</translation>
    </message>
    <message>
        <source>#{number} {subject}</source>
        <translation>#{number} {subject}</translation>
    </message>
    <message>
        <source>Premium Support Desk</source>
        <translation>Premium Support Desk</translation>
    </message>
</context>
<context>
    <name>AnsweredNotice</name>
    <message>
        <source>Glad the article helped — your question is kept as a draft for a week.</source>
        <translation>Fijn dat het artikel hielp — je vraag blijft een week bewaard als concept.</translation>
    </message>
    <message>
        <source>Support could not be reached, so this may not be counted. Your question is kept as a draft for a week.</source>
        <translation>Support was niet bereikbaar, dus dit is misschien niet geteld. Je vraag blijft een week bewaard als concept.</translation>
    </message>
    <message>
        <source>Open draft</source>
        <translation>Concept openen</translation>
    </message>
    <message>
        <source>Open the draft in Contact support</source>
        <translation>Het concept openen in Contact opnemen met Support</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>No system keyring: you will have to sign in again next time.</source>
        <translation>Geen sleutelbos van het systeem: je moet je de volgende keer opnieuw aanmelden.</translation>
    </message>
</context>
<context>
    <name>ArticleSuggestions</name>
    <message>
        <source>These help articles may answer your question:</source>
        <translation>Deze helpartikelen beantwoorden je vraag misschien:</translation>
    </message>
    <message>
        <source>Suggested help articles</source>
        <translation>Voorgestelde helpartikelen</translation>
    </message>
</context>
<context>
    <name>AttachmentActions</name>
    <message>
        <source>Save attachment</source>
        <translation>Bijlage opslaan</translation>
    </message>
</context>
<context>
    <name>AttachmentButton</name>
    <message>
        <source>📎 {name} ({size})</source>
        <translation>📎 {name} ({size})</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>{name} openen</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <source>Attachment {name}</source>
        <translation>Bijlage {name}</translation>
    </message>
    <message>
        <source>Enter opens it; Alt+Down shows Save as…</source>
        <translation>Enter opent het; Alt+Omlaag toont Opslaan als…</translation>
    </message>
</context>
<context>
    <name>AttachmentPicker</name>
    <message>
        <source>{name} is not a file.</source>
        <translation>{name} is geen bestand.</translation>
    </message>
    <message>
        <source>{name} is {size}; an attachment can be at most 25 MB.</source>
        <translation>{name} is {size}; een bijlage mag hoogstens 25 MB zijn.</translation>
    </message>
    <message>
        <source>{name} is a program or script and cannot be attached. You can attach documents, images, videos, text and log files, and archives of them.</source>
        <translation>{name} is een programma of script en kan niet worden bijgevoegd. Je kunt documenten, afbeeldingen, video&apos;s, tekst- en logbestanden en archieven daarvan bijvoegen.</translation>
    </message>
    <message>
        <source>At most 20 files can be attached to one message.</source>
        <translation>Je kunt hoogstens 20 bestanden aan één bericht toevoegen.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Bestanden bijvoegen</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} verwijderen</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Bestanden bijvoegen…</translation>
    </message>
    <message>
        <source>Add files, up to 25 MB each (or drop them on the message)</source>
        <translation>Bestanden toevoegen, elk tot 25 MB (of sleep ze op het bericht)</translation>
    </message>
</context>
<context>
    <name>Author</name>
    <message>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Collega</translation>
    </message>
    <message>
        <source>{name} (Support)</source>
        <translation>{name} (Support)</translation>
    </message>
</context>
<context>
    <name>BillingErrors</name>
    <message>
        <source>No answer from the service — the change may have gone through. Checking again when the connection returns.</source>
        <translation>Geen antwoord van de dienst — de wijziging is misschien toch doorgevoerd. Zodra de verbinding terug is, wordt dat opnieuw gecontroleerd.</translation>
    </message>
    <message>
        <source>The change was not made: the service could not be reached. Try again when the connection returns.</source>
        <translation>De wijziging is niet doorgevoerd: de dienst was niet bereikbaar. Probeer het opnieuw zodra de verbinding terug is.</translation>
    </message>
    <message>
        <source>Premium Support needs at least 10 licences.</source>
        <translation>Voor Premium Support zijn minstens 10 licenties nodig.</translation>
    </message>
    <message>
        <source>Your team pays by invoice: contact your sales representative to buy Premium Support.</source>
        <translation>Je team betaalt per factuur: neem contact op met je verkoopmedewerker om Premium Support te kopen.</translation>
    </message>
    <message>
        <source>Your team already has this tier. The page now shows the latest state.</source>
        <translation>Je team heeft dit niveau al. De pagina toont nu de actuele stand.</translation>
    </message>
    <message>
        <source>This add-on has already ended. Add it again to use it.</source>
        <translation>Deze add-on is al beëindigd. Voeg hem opnieuw toe om hem te gebruiken.</translation>
    </message>
    <message>
        <source>No removal is scheduled any more. The page now shows the latest state.</source>
        <translation>Er is geen verwijdering meer gepland. De pagina toont nu de actuele stand.</translation>
    </message>
    <message>
        <source>Your team has already booked its consultation for this product.</source>
        <translation>Je team heeft het overleg voor dit product al geboekt.</translation>
    </message>
    <message>
        <source>Someone else booked this time first. Please pick another time.</source>
        <translation>Iemand anders heeft dit tijdstip eerder geboekt. Kies een ander tijdstip.</translation>
    </message>
    <message>
        <source>This time can no longer be booked. Please pick another time.</source>
        <translation>Dit tijdstip kan niet meer geboekt worden. Kies een ander tijdstip.</translation>
    </message>
    <message>
        <source>This comes with Premium Support, which this product does not have.</source>
        <translation>Dit hoort bij Premium Support, en dat heeft dit product niet.</translation>
    </message>
    <message>
        <source>Enter a phone number that can be dialled directly, with its country code.</source>
        <translation>Voer een direct te bellen telefoonnummer in, met landcode.</translation>
    </message>
</context>
<context>
    <name>BillingPage</name>
    <message>
        <source>Premium Support for {product} changes to {tier} on {date}.</source>
        <translation>Premium Support voor {product} wordt op {date} {tier}.</translation>
    </message>
    <message>
        <source>Premium Support {tier} for {product} is active.</source>
        <translation>Premium Support {tier} voor {product} is actief.</translation>
    </message>
    <message>
        <source>Remove Premium Support</source>
        <translation>Premium Support verwijderen</translation>
    </message>
    <message>
        <source>Remove Premium Support for {product}? It keeps working until the renewal date, {date}, and you can undo the removal until then.</source>
        <translation>Premium Support voor {product} verwijderen? De add-on blijft werken tot de verlengingsdatum, {date}, en tot dan kun je de verwijdering ongedaan maken.</translation>
    </message>
    <message>
        <source>The scheduled change to {tier} is cancelled.</source>
        <translation>De geplande wijziging naar {tier} vervalt.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Removal scheduled: Premium Support for {product} keeps working until {date}.</source>
        <translation>Verwijdering gepland: Premium Support voor {product} blijft werken tot {date}.</translation>
    </message>
    <message>
        <source>Removal undone: Premium Support for {product} continues.</source>
        <translation>Verwijdering ongedaan gemaakt: Premium Support voor {product} loopt door.</translation>
    </message>
    <message>
        <source>Change undone: Premium Support {tier} for {product} continues after {date}.</source>
        <translation>Wijziging ongedaan gemaakt: Premium Support {tier} voor {product} loopt na {date} door.</translation>
    </message>
    <message>
        <source>Consultation for {product} booked for {time}.</source>
        <translation>Overleg voor {product} geboekt op {time}.</translation>
    </message>
    <message>
        <source>Your message was sent to your sales representative.</source>
        <translation>Je bericht is naar je verkoopmedewerker verzonden.</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation>Kan {file} niet schrijven: {reason}</translation>
    </message>
    <message>
        <source>The change was not made: Premium Support for {product} is as the page shows. You can try again.</source>
        <translation>De wijziging is niet doorgevoerd: Premium Support voor {product} is zoals deze pagina laat zien. Je kunt het opnieuw proberen.</translation>
    </message>
    <message>
        <source>{done} {charged}</source>
        <comment>two sentences one after the other</comment>
        <translation>{done} {charged}</translation>
    </message>
    <message>
        <source>Nothing more is charged for it.</source>
        <translation>Er wordt niets meer voor in rekening gebracht.</translation>
    </message>
    <message>
        <source>Saved {file}: open it to add the webinar to your calendar.</source>
        <translation>{file} opgeslagen: open het bestand om het webinar aan je agenda toe te voegen.</translation>
    </message>
    <message>
        <source>“{title}” was handed to your calendar app.</source>
        <translation>‘{title}’ is doorgegeven aan je agenda-app.</translation>
    </message>
    <message>
        <source>No calendar app opened the webinar. Use “Save to calendar file…” and import the file in your calendar.</source>
        <translation>Geen agenda-app heeft het webinar geopend. Kies ‘Opslaan als agendabestand…’ en importeer het bestand in je agenda.</translation>
    </message>
    <message>
        <source>Exported to {file}.</source>
        <translation>Geëxporteerd naar {file}.</translation>
    </message>
    <message>
        <source>Needs a connection to the service.</source>
        <translation>Hiervoor is een verbinding met de dienst nodig.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <source>pays by card</source>
        <translation>betaalt per creditcard</translation>
    </message>
    <message>
        <source>pays by invoice</source>
        <translation>betaalt per factuur</translation>
    </message>
    <message numerus="yes">
        <source>{team} · %n licence(s) · {payment} · billing period from {start}, renewal date {renewal}</source>
        <translation>
            <numerusform>{team} · %n licentie · {payment} · factureringsperiode vanaf {start}, verlengingsdatum {renewal}</numerusform>
            <numerusform>{team} · %n licenties · {payment} · factureringsperiode vanaf {start}, verlengingsdatum {renewal}</numerusform>
        </translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturering</translation>
    </message>
    <message>
        <source>Premium Support is an add-on per product: your admins create and follow support tickets, with faster responses.</source>
        <translation>Premium Support is een add-on per product: je beheerders maken supporttickets aan en volgen ze, met snellere reacties.</translation>
    </message>
    <message>
        <source>Available add-ons</source>
        <translation>Beschikbare add-ons</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <comment>short tab title</comment>
        <translation>Add-ons</translation>
    </message>
    <message>
        <source>Compare Basic and Enhanced</source>
        <translation>Basis en Enhanced vergelijken</translation>
    </message>
    <message>
        <source>Compare</source>
        <comment>short tab title</comment>
        <translation>Vergelijken</translation>
    </message>
    <message>
        <source>What is included</source>
        <translation>Wat erbij hoort</translation>
    </message>
    <message>
        <source>Included</source>
        <comment>short tab title</comment>
        <translation>Inbegrepen</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <source>You are offline: adding, changing and removing Premium Support wait until the connection returns.</source>
        <translation>Je bent offline: Premium Support toevoegen, wijzigen en verwijderen kan weer zodra de verbinding terug is.</translation>
    </message>
</context>
<context>
    <name>CancelCallBox</name>
    <message>
        <source>Cancel callback</source>
        <translation>Terugbelverzoek annuleren</translation>
    </message>
    <message>
        <source>Cancel the call to {phone}? You leave the queue: support will not call.</source>
        <translation>Het terugbelverzoek voor {phone} annuleren? Je verlaat de wachtrij: support belt je niet.</translation>
    </message>
    <message>
        <source>Kept open, the ticket stays with support as a written request: the answer comes here and by e-mail. Mark it solved only if you no longer need help.</source>
        <translation>Laat je het ticket open, dan behandelt support het als schriftelijk verzoek: het antwoord komt hier en per e-mail. Markeer het alleen als opgelost als je geen hulp meer nodig hebt.</translation>
    </message>
    <message>
        <source>Cancel the call, keep the ticket open</source>
        <translation>Terugbelverzoek annuleren, ticket open laten</translation>
    </message>
    <message>
        <source>Cancel the call and mark solved</source>
        <translation>Terugbelverzoek annuleren en markeren als opgelost</translation>
    </message>
    <message>
        <source>Keep waiting for the call</source>
        <translation>In de wachtrij blijven</translation>
    </message>
</context>
<context>
    <name>ChargeKind</name>
    <message>
        <source>Pro-rata amount</source>
        <translation>Pro-ratabedrag</translation>
    </message>
    <message>
        <source>Full amount</source>
        <translation>Volledig bedrag</translation>
    </message>
</context>
<context>
    <name>ChargeModel</name>
    <message>
        <source>{product}, {tier}</source>
        <translation>{product}, {tier}</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation>Add-on</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Afschrijving</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Factureringsperiode</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
</context>
<context>
    <name>ChargedText</name>
    <message>
        <source>Charged now: {amount}, the pro-rata amount until {date}. From {date}, {full} a month is charged with your subscription.</source>
        <translation>Nu in rekening gebracht: {amount}, het pro-ratabedrag tot {date}. Vanaf {date} wordt elke maand {full} in rekening gebracht met je abonnement.</translation>
    </message>
    <message>
        <source>Nothing was charged now. From {date}, {full} a month is charged with your subscription.</source>
        <translation>Er is nu niets in rekening gebracht. Vanaf {date} wordt elke maand {full} in rekening gebracht met je abonnement.</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Save chart</source>
        <translation>Grafiek opslaan</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>Gegevens opslaan</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <source>Show chart</source>
        <translation>Grafiek tonen</translation>
    </message>
    <message>
        <source>Show table</source>
        <translation>Tabel tonen</translation>
    </message>
    <message>
        <source>Switch between chart and table</source>
        <translation>Wisselen tussen grafiek en tabel</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Grafiek opslaan als PNG…</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>Gegevens opslaan als CSV…</translation>
    </message>
    <message>
        <source>Copy as table</source>
        <translation>Kopiëren als tabel</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>{file} is opgeslagen.</translation>
    </message>
    <message>
        <source>Saved {file}, with the numbers as last synced on {time}.</source>
        <translation>{file} is opgeslagen, met de cijfers van de laatste synchronisatie ({time}).</translation>
    </message>
    <message>
        <source>Could not save {file}: {reason}</source>
        <translation>{file} kon niet worden opgeslagen: {reason}</translation>
    </message>
    <message>
        <source>Could not save {file}. Check that its folder exists and that you may write there.</source>
        <translation>{file} kon niet worden opgeslagen. Controleer of de map bestaat en of je daar mag schrijven.</translation>
    </message>
</context>
<context>
    <name>ChartTexts</name>
    <message>
        <source>{chart} - {period} - {scope}</source>
        <comment>a saved chart&apos;s file name</comment>
        <translation>{chart} - {period} - {scope}</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Periode: {period}</translation>
    </message>
    <message>
        <source>Period: {period}, {day}</source>
        <translation>Periode: {period}, {day}</translation>
    </message>
    <message>
        <source>Period: {day}</source>
        <translation>Periode: {day}</translation>
    </message>
    <message>
        <source>Period: {period}, {first} to {last}</source>
        <translation>Periode: {period}, van {first} tot en met {last}</translation>
    </message>
    <message>
        <source>Period: {first} to {last}</source>
        <translation>Periode: van {first} tot en met {last}</translation>
    </message>
    <message>
        <source>Tickets: {scope}</source>
        <translation>Tickets: {scope}</translation>
    </message>
    <message>
        <source>As of {time}</source>
        <translation>Stand van {time}</translation>
    </message>
</context>
<context>
    <name>ChatHandoverBar</name>
    <message>
        <source>This chat continues in its window.</source>
        <translation>Deze chat gaat verder in zijn eigen venster.</translation>
    </message>
    <message>
        <source>Show chat window</source>
        <translation>Chatvenster tonen</translation>
    </message>
</context>
<context>
    <name>ChatWindow</name>
    <message>
        <source>Chat — #{number} {subject}</source>
        <translation>Chat — #{number} {subject}</translation>
    </message>
    <message>
        <source>End chat</source>
        <translation>Chat beëindigen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>Dit venster sluiten (Esc)</translation>
    </message>
    <message>
        <source>Chat transcript</source>
        <translation>Chatverslag</translation>
    </message>
    <message>
        <source>Waiting for a support agent… You are number {position} in the queue.</source>
        <translation>Wachten op een supportmedewerker… Je bent nummer {position} in de wachtrij.</translation>
    </message>
    <message>
        <source>Waiting for a support agent…</source>
        <translation>Wachten op een supportmedewerker…</translation>
    </message>
    <message>
        <source>A support agent is with you.</source>
        <translation>Je bent verbonden met een supportmedewerker.</translation>
    </message>
    <message>
        <source>This chat has ended, so nothing can be typed here. To answer, reply on ticket #{number} in the main window.</source>
        <translation>Deze chat is beëindigd, dus hier kun je niets meer typen. Wil je reageren, beantwoord dan ticket #{number} in het hoofdvenster.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>{value} *</source>
        <comment>a value that the note under the table explains</comment>
        <translation>{value} *</translation>
    </message>
    <message>
        <source>* {hours}</source>
        <translation>* {hours}</translation>
    </message>
    <message>
        <source>Your current tier</source>
        <translation>Je huidige niveau</translation>
    </message>
    <message>
        <source>Starts at the renewal</source>
        <translation>Vanaf de verlengingsdatum</translation>
    </message>
    <message>
        <source>Choose {tier}</source>
        <translation>{tier} kiezen</translation>
    </message>
    <message numerus="yes">
        <source>Total for your %n licence(s), per month</source>
        <translation>
            <numerusform>Totaal voor je %n licentie, per maand</numerusform>
            <numerusform>Totaal voor je %n licenties, per maand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Premium Support is offered to teams with 10 or more licences, and your team has %n licence(s): it cannot be added for now. Below is what it includes. Your team members can always e-mail support, 24/7.</source>
        <translation>
            <numerusform>Premium Support wordt aangeboden aan teams met 10 of meer licenties, en je team heeft %n licentie: het kan nu niet worden toegevoegd. Hieronder zie je wat het omvat. Je teamleden kunnen altijd 24/7 support e-mailen.</numerusform>
            <numerusform>Premium Support wordt aangeboden aan teams met 10 of meer licenties, en je team heeft %n licenties: het kan nu niet worden toegevoegd. Hieronder zie je wat het omvat. Je teamleden kunnen altijd 24/7 support e-mailen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Product:</translation>
    </message>
    <message>
        <source>Product to compare</source>
        <translation>Te vergelijken product</translation>
    </message>
    <message>
        <source>Price per licence, per month</source>
        <translation>Prijs per licentie, per maand</translation>
    </message>
    <message>
        <source>Champions: a great champion&apos;s own tickets are answered within 4 hours, an epic champion&apos;s within 1 hour. This is personal to each champion and never covers the whole team; the team&apos;s response times come from its add-on.</source>
        <translation>Kampioenen: de eigen tickets van een grote kampioen worden binnen 4 uur beantwoord, die van een epische kampioen binnen 1 uur. Dit geldt persoonlijk voor elke kampioen en nooit voor het hele team; de responstijden van het team komen van de add-on.</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message numerus="yes">
        <source>Support answered while you were writing (%n new answer(s) above). Read it before you send: your reply is kept.</source>
        <translation>
            <numerusform>Support heeft geantwoord terwijl je schreef (%n nieuw antwoord hierboven). Lees het voordat je verzendt: je antwoord blijft bewaard.</numerusform>
            <numerusform>Support heeft geantwoord terwijl je schreef (%n nieuwe antwoorden hierboven). Lees ze voordat je verzendt: je antwoord blijft bewaard.</numerusform>
        </translation>
    </message>
    <message>
        <source>I have read it</source>
        <translation>Gelezen</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Toch verzenden</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>the local demo workspace</source>
        <translation>de lokale demowerkruimte</translation>
    </message>
    <message>
        <source>● Not connected</source>
        <translation>● Niet verbonden</translation>
    </message>
    <message>
        <source>● Connecting to {where}…</source>
        <translation>● Verbinden met {where}…</translation>
    </message>
    <message>
        <source>● Connected to {where} as {user}</source>
        <translation>● Verbonden met {where} als {user}</translation>
    </message>
    <message>
        <source>● Cannot reach {where}</source>
        <translation>● Kan {where} niet bereiken</translation>
    </message>
    <message>
        <source>● Offline: cannot reach {where}, trying again…</source>
        <translation>● Offline: {where} is niet bereikbaar, opnieuw proberen…</translation>
    </message>
    <message>
        <source>● Restarting the local demo workspace…</source>
        <translation>● De lokale demowerkruimte wordt opnieuw gestart…</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source>Book the implementation consultation</source>
        <translation>Implementatieoverleg boeken</translation>
    </message>
    <message>
        <source>Your add-on for {product} includes one 1-hour implementation consultation. Pick a time (shown in your time zone); a consultant will contact you at that time.</source>
        <translation>Je add-on voor {product} bevat één implementatieoverleg van 1 uur. Kies een tijdstip (in jouw tijdzone); een consultant neemt dan contact met je op.</translation>
    </message>
    <message>
        <source>Free times</source>
        <translation>Vrije tijdstippen</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>Bezig met boeken…</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Boeken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ContactSupportDialog</name>
    <message>
        <source>Contact support</source>
        <translation>Contact opnemen met Support</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Product:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categorie:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Hoe:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>Telefoon&amp;nummer:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Bijlagen:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <source>Premium Support answers in English or Japanese: choose one.</source>
        <translation>Premium Support antwoordt in het Engels of het Japans: kies er een.</translation>
    </message>
    <message>
        <source>Choose the product your question is about.</source>
        <translation>Kies het product waarover je vraag gaat.</translation>
    </message>
    <message>
        <source>Choose what your question is about.</source>
        <translation>Kies waarover je vraag gaat.</translation>
    </message>
    <message>
        <source>Write a subject.</source>
        <translation>Vul een onderwerp in.</translation>
    </message>
    <message>
        <source>Describe the problem.</source>
        <translation>Beschrijf het probleem.</translation>
    </message>
    <message>
        <source>Enter a phone number we can dial.</source>
        <translation>Vul een telefoonnummer in dat we kunnen bellen.</translation>
    </message>
    <message>
        <source>Choose the language support answers in.</source>
        <translation>Kies de taal waarin Support antwoordt.</translation>
    </message>
    <message>
        <source>You are offline. A written request waits in the outbox and is sent when the connection returns; chats and callbacks need a connection.</source>
        <translation>Je bent offline. Een schriftelijk verzoek wacht in het postvak UIT en wordt verzonden zodra de verbinding terug is; voor chat en terugbellen is een verbinding nodig.</translation>
    </message>
    <message>
        <source>Continue in English</source>
        <translation>Doorgaan in het Engels</translation>
    </message>
    <message>
        <source>Japanese chat and callback are available Monday to Friday, 09:00–17:00 Japan Standard Time. They open again on {time} (your time). Until then, send a written request in Japanese, or continue in English (24/7).</source>
        <translation>Chat en terugbellen in het Japans zijn beschikbaar van maandag t/m vrijdag, 09:00–17:00 uur Japanse standaardtijd. Ze zijn weer beschikbaar op {time} (jouw tijd). Stuur tot dan een schriftelijk verzoek in het Japans, of ga verder in het Engels (24/7).</translation>
    </message>
    <message>
        <source>The form was emptied.</source>
        <translation>Het formulier is leeggemaakt.</translation>
    </message>
    <message>
        <source>Help articles are suggested under the subject: press Down to read them.</source>
        <translation>Onder het onderwerp staan voorgestelde helpartikelen: druk op Pijl omlaag om ze te lezen.</translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation>P&amp;roduct:</translation>
    </message>
    <message>
        <source>Submit a re&amp;quest — the answer comes by e-mail</source>
        <translation>Een &amp;verzoek indienen — je krijgt het antwoord per e-mail</translation>
    </message>
    <message>
        <source>C&amp;hat with a support agent</source>
        <translation>C&amp;hatten met een supportmedewerker</translation>
    </message>
    <message>
        <source>Request a ph&amp;one call — for urgent issues</source>
        <translation>Een tele&amp;foongesprek aanvragen — voor dringende kwesties</translation>
    </message>
    <message>
        <source>Questions about {product} are not covered by your Premium Support add-on.</source>
        <translation>Vragen over {product} vallen niet onder je Premium Support add-on.</translation>
    </message>
    <message>
        <source>The local demo workspace is not running. A written request waits in the outbox and is sent once you choose “Start it again”; chats and callbacks need it running.</source>
        <translation>De lokale demowerkruimte draait niet. Een schriftelijk verzoek wacht in het postvak UIT en wordt verzonden zodra je ‘Opnieuw starten’ kiest; voor chat en terugbellen moet de werkruimte draaien.</translation>
    </message>
    <message>
        <source>In a few words: what is wrong?</source>
        <translation>In een paar woorden: wat is het probleem?</translation>
    </message>
    <message>
        <source>What happened, since when, who is affected, what you tried.</source>
        <translation>Wat er is gebeurd, sinds wanneer, wie erdoor getroffen wordt, wat je al hebt geprobeerd.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Verzoek verzenden</translation>
    </message>
    <message>
        <source>Start chat</source>
        <translation>Chat starten</translation>
    </message>
    <message>
        <source>Request a call</source>
        <translation>Telefoongesprek aanvragen</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Bezig met verzenden…</translation>
    </message>
    <message>
        <source>{action} (Ctrl+Enter)</source>
        <translation>{action} (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Premium Support answers in English or Japanese. Chosen to match the app&apos;s language; you can change it.</source>
        <translation>Premium Support antwoordt in het Engels of het Japans. Gekozen op basis van de taal van je app; je kunt dit wijzigen.</translation>
    </message>
    <message>
        <source>Premium Support answers in English or Japanese, in the language chosen here.</source>
        <translation>Premium Support antwoordt in het Engels of het Japans, in de taal die je hier hebt gekozen.</translation>
    </message>
    <message>
        <source>A number we can call directly: with its country code, or as written in your country.</source>
        <translation>Een nummer dat we direct kunnen bellen: met landcode, of zoals je het in je eigen land schrijft.</translation>
    </message>
    <message>
        <source>A number we can call directly, with country code.</source>
        <translation>Een nummer dat we direct kunnen bellen, met landcode.</translation>
    </message>
    <message>
        <source>We will call {number}.</source>
        <translation>We bellen {number}.</translation>
    </message>
    <message>
        <source>This is not a number we can dial.</source>
        <translation>Dit is geen nummer dat we kunnen bellen.</translation>
    </message>
    <message>
        <source>Your team&apos;s add-on covers no product: you cannot open a ticket.</source>
        <translation>De add-on van je team geldt voor geen enkel product: je kunt geen ticket openen.</translation>
    </message>
    <message>
        <source>Choose the product to see its response target.</source>
        <translation>Kies het product om de responstermijn te zien.</translation>
    </message>
    <message>
        <source>Japanese support opens {japan} JST — {here} your time. First answer {within} after that.</source>
        <translation>De Japanse support gaat {japan} JST open ({here} jouw tijd). Het eerste antwoord komt {within} na de opening.</translation>
    </message>
    <message>
        <source>Response target: first answer {within} of your request reaching support.</source>
        <translation>Responstermijn: eerste antwoord {within} nadat je verzoek support bereikt.</translation>
    </message>
    <message>
        <source>Response target: a support agent&apos;s first answer in the chat {within}.</source>
        <translation>Responstermijn: eerste antwoord van een supportmedewerker in de chat {within}.</translation>
    </message>
    <message>
        <source>Response target: first answer {within}.</source>
        <translation>Responstermijn: eerste antwoord {within}.</translation>
    </message>
</context>
<context>
    <name>DraftNote</name>
    <message>
        <source>Your draft, as you left it ({when}).</source>
        <translation>Je concept, zoals je het achterliet ({when}).</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Opnieuw beginnen</translation>
    </message>
    <message>
        <source>Empties the form; Undo brings the draft back for a few seconds.</source>
        <translation>Maakt het formulier leeg; met Ongedaan maken krijg je het concept een paar seconden terug.</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <source>#{number} {subject}</source>
        <translation>#{number} {subject}</translation>
    </message>
    <message>
        <source>A ticket not loaded yet</source>
        <translation>Een ticket dat nog niet is geladen</translation>
    </message>
    <message>
        <source>saved {when}</source>
        <translation>{when} opgeslagen</translation>
    </message>
    <message>
        <source>New ticket: {subject}</source>
        <translation>Nieuw ticket: {subject}</translation>
    </message>
    <message>
        <source>(no subject yet)</source>
        <translation>(nog geen onderwerp)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Send as a new request</source>
        <translation>Als nieuw verzoek versturen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>Concept weggegooid.</translation>
    </message>
    <message>
        <source>Removed from the outbox: it will not be sent.</source>
        <translation>Uit het postvak UIT weggegooid: het wordt niet verzonden.</translation>
    </message>
    <message>
        <source>Drafts and outbox</source>
        <translation>Concepten en postvak UIT</translation>
    </message>
    <message>
        <source>What you started and have not sent, saved on this computer as you type, and what waits to be sent. Press Enter to continue one.</source>
        <translation>Wat je bent begonnen en nog niet hebt verzonden (tijdens het typen op deze computer bewaard) en wat wacht op verzending. Druk op Enter om verder te gaan.</translation>
    </message>
    <message>
        <source>What you started and have not sent, saved on this computer as you type, and what waits to be sent.</source>
        <translation>Wat je bent begonnen en nog niet hebt verzonden (tijdens het typen op deze computer bewaard) en wat wacht op verzending.</translation>
    </message>
    <message>
        <source>Nothing else is waiting.</source>
        <translation>Verder wacht er niets.</translation>
    </message>
    <message>
        <source>No drafts, and nothing waiting to be sent.</source>
        <translation>Geen concepten, en niets dat nog verzonden moet worden.</translation>
    </message>
    <message>
        <source>Continue the draft, or open its ticket (Enter)</source>
        <translation>Ga verder met het concept of open het ticket (Enter)</translation>
    </message>
    <message>
        <source>Discard it (Delete); you can undo it for a moment</source>
        <translation>Weggooien (Delete); je kunt het nog even ongedaan maken</translation>
    </message>
    <message>
        <source>Contact support…</source>
        <translation>Contact opnemen met Support…</translation>
    </message>
</context>
<context>
    <name>DrillDownBar</name>
    <message>
        <source>← Insights</source>
        <translation>← Inzichten</translation>
    </message>
    <message>
        <source>Back to Insights</source>
        <translation>Terug naar Inzichten</translation>
    </message>
    <message>
        <source>Back to Insights, its period as it was ({keys} or Esc)</source>
        <translation>Terug naar Inzichten, met de periode zoals die was ({keys} of Esc)</translation>
    </message>
    <message>
        <source>Show all team tickets</source>
        <translation>Alle tickets van het team tonen</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>under 1 min</source>
        <translation>minder dan 1 min</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} u</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} u {minutes} min</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} d</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} d {hours} u</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>zojuist</translation>
    </message>
    <message>
        <source>{minutes} min ago</source>
        <translation>{minutes} min geleden</translation>
    </message>
    <message>
        <source>{hours} h ago</source>
        <translation>{hours} u geleden</translation>
    </message>
</context>
<context>
    <name>EligibilityNotice</name>
    <message>
        <source>Contact your sales representative…</source>
        <translation>Contact opnemen met je verkoopmedewerker…</translation>
    </message>
    <message>
        <source>Premium Support is for teams with 10 or more licences</source>
        <translation>Premium Support is voor teams met 10 of meer licenties</translation>
    </message>
    <message numerus="yes">
        <source>Your team has %n licence(s). Add {missing} more to your plan in the admin console and Premium Support can be added here. Until then, your team members can always e-mail support, 24/7.</source>
        <translation>
            <numerusform>Je team heeft %n licentie. Voeg er in de beheerconsole {missing} aan je abonnement toe, dan kun je hier Premium Support toevoegen. Tot die tijd kunnen je teamleden support altijd e-mailen, 24/7.</numerusform>
            <numerusform>Je team heeft %n licenties. Voeg er in de beheerconsole {missing} aan je abonnement toe, dan kun je hier Premium Support toevoegen. Tot die tijd kunnen je teamleden support altijd e-mailen, 24/7.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your team pays by invoice</source>
        <translation>Je team betaalt per factuur</translation>
    </message>
    <message>
        <source>Teams that pay by invoice buy Premium Support through their sales representative. Contact your sales representative, or send the sales contact form and they will get back to you.</source>
        <translation>Teams die per factuur betalen, kopen Premium Support via hun verkoopmedewerker. Neem contact op met je verkoopmedewerker of stuur het contactformulier van het verkoopteam, dan nemen ze contact met je op.</translation>
    </message>
</context>
<context>
    <name>EndChatBox</name>
    <message>
        <source>End chat</source>
        <translation>Chat beëindigen</translation>
    </message>
    <message>
        <source>End this chat? The agent leaves and it cannot be taken up again.</source>
        <translation>Deze chat beëindigen? De medewerker vertrekt en de chat kan niet worden hervat.</translation>
    </message>
    <message>
        <source>The transcript stays in the ticket, and you can still reply there.</source>
        <translation>Het chatverslag blijft in het ticket en je kunt daar nog steeds antwoorden.</translation>
    </message>
    <message>
        <source>Keep chatting</source>
        <translation>Verder chatten</translation>
    </message>
</context>
<context>
    <name>EntitlementBox</name>
    <message>
        <source>{product} — Premium Support {tier}</source>
        <translation>{product} — Premium Support {tier}</translation>
    </message>
    <message>
        <source>{title} (until {date})</source>
        <translation>{title} (tot {date})</translation>
    </message>
    <message>
        <source>Response time target:</source>
        <translation>Doel voor de responstijd:</translation>
    </message>
    <message>
        <source>Implementation consultation:</source>
        <translation>Implementatieoverleg:</translation>
    </message>
    <message>
        <source>Root-cause / trend meeting:</source>
        <translation>Bijeenkomst oorzaakanalyse / trends:</translation>
    </message>
    <message>
        <source>Quarterly feature e-mails:</source>
        <translation>Driemaandelijkse e-mails over functies:</translation>
    </message>
    <message>
        <source>E-mail support for team members:</source>
        <translation>E-mailondersteuning voor teamleden:</translation>
    </message>
    <message>
        <source>Booked for {time}</source>
        <translation>Geboekt op {time}</translation>
    </message>
    <message>
        <source>One 1-hour session, not booked yet</source>
        <translation>Eén sessie van 1 uur, nog niet geboekt</translation>
    </message>
    <message>
        <source>Book a time…</source>
        <translation>Tijdstip boeken…</translation>
    </message>
    <message>
        <source>Book the implementation consultation for {product}</source>
        <translation>Implementatieoverleg voor {product} boeken</translation>
    </message>
    <message>
        <source>Included with Enhanced only</source>
        <translation>Alleen bij Enhanced inbegrepen</translation>
    </message>
    <message>
        <source>Next review on {date}</source>
        <translation>Volgend overleg op {date}</translation>
    </message>
    <message>
        <source>No review before the add-on ends</source>
        <translation>Geen overleg meer voordat de add-on eindigt</translation>
    </message>
    <message>
        <source>Included: 3 unused or under-used features each quarter</source>
        <translation>Inbegrepen: elk kwartaal 3 ongebruikte of weinig gebruikte functies</translation>
    </message>
    <message>
        <source>Included, 24/7</source>
        <translation>Inbegrepen, 24/7</translation>
    </message>
</context>
<context>
    <name>EntitlementsView</name>
    <message>
        <source>Your team has no Premium Support yet. Once it is added, this tab shows what it includes: the implementation consultation, live webinars and, with Enhanced, the quarterly support-trend review.</source>
        <translation>Je team heeft nog geen Premium Support. Zodra het is toegevoegd, toont dit tabblad wat erbij hoort: het implementatieoverleg, live webinars en, bij Enhanced, het kwartaaloverleg over supporttrends.</translation>
    </message>
    <message>
        <source>Live webinars</source>
        <translation>Live webinars</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Premium Support Desk</source>
        <translation>Premium Support Desk</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopiëren</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The e-mail address or password is not correct.</source>
        <translation>Het e-mailadres of wachtwoord is onjuist.</translation>
    </message>
    <message>
        <source>The extra trusted certificate “{path}” cannot be loaded: it was moved, or holds no PEM certificate. Choose it again under Settings → Network, or clear the field.</source>
        <translation>Het extra vertrouwde certificaat “{path}” kan niet worden geladen: het is verplaatst of bevat geen PEM-certificaat. Kies het opnieuw onder Instellingen → Netwerk, of maak het veld leeg.</translation>
    </message>
    <message>
        <source>The local demo workspace is not running. Your work is kept on this computer. Choose “Start it again”, at the bottom of the window, to start it.</source>
        <translation>De lokale demowerkruimte draait niet. Je werk blijft bewaard op deze computer. Kies ‘Opnieuw starten’ onder in het venster om haar te starten.</translation>
    </message>
    <message>
        <source>The local demo workspace is not answering. Your work is kept on this computer, and the app keeps trying to reach it.</source>
        <translation>De lokale demowerkruimte antwoordt niet. Je werk blijft bewaard op deze computer en de app blijft proberen haar te bereiken.</translation>
    </message>
    <message>
        <source>Cannot reach the server at {url}. Check the address and your connection, then try again.</source>
        <translation>De server op {url} is niet bereikbaar. Controleer het adres en je verbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>“{url}” is not a server address. It should look like https://support.example.com.</source>
        <translation>“{url}” is geen serveradres. Een serveradres ziet eruit als https://support.example.com.</translation>
    </message>
    <message>
        <source>{url} answered, but it is not a Premium Support server. Check the address.</source>
        <translation>{url} reageert, maar is geen Premium Support-server. Controleer het adres.</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again to continue.</source>
        <translation>Je sessie is verlopen. Meld je opnieuw aan om verder te gaan.</translation>
    </message>
    <message>
        <source>Something went wrong in Premium Support Desk. Your work is safe; please send the details below to support.</source>
        <translation>Er is iets misgegaan in Premium Support Desk. Je werk is veilig; stuur de onderstaande details naar Support.</translation>
    </message>
    <message>
        <source>The text was empty or only spaces. Write a message to send it.</source>
        <translation>De tekst was leeg of bestond alleen uit spaties. Schrijf een bericht om het te versturen.</translation>
    </message>
    <message>
        <source>Programs and scripts cannot be attached. You can attach documents, images, videos, text and log files, and archives of them.</source>
        <translation>Programma&apos;s en scripts kunnen niet worden bijgevoegd. Je kunt documenten, afbeeldingen, video&apos;s, tekst- en logbestanden en archieven daarvan bijvoegen.</translation>
    </message>
    <message>
        <source>Only team admins can do this.</source>
        <translation>Alleen beheerders van het team kunnen dit doen.</translation>
    </message>
    <message>
        <source>This item no longer exists, or you have no access to it.</source>
        <translation>Dit item bestaat niet meer of je hebt er geen toegang toe.</translation>
    </message>
    <message>
        <source>Some fields are missing or not valid: {fields}.</source>
        <translation>Sommige velden ontbreken of zijn ongeldig: {fields}.</translation>
    </message>
    <message>
        <source>This ticket is closed and takes no more replies. To follow up, contact support again.</source>
        <translation>Dit ticket is gesloten en neemt geen antwoorden meer aan. Neem opnieuw contact op met Support om verder te gaan.</translation>
    </message>
    <message>
        <source>Too large: a file may be up to 25 MB, and a message&apos;s files 30 MB together.</source>
        <translation>Te groot: een bestand mag maximaal 25 MB zijn, en de bestanden van één bericht samen 30 MB.</translation>
    </message>
    <message>
        <source>The server had a problem. Try again in a moment.</source>
        <translation>Er is een probleem op de server opgetreden. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>The server refused the request ({code}).</source>
        <translation>De server heeft het verzoek geweigerd ({code}).</translation>
    </message>
    <message>
        <source>The certificate of {url} was issued by an authority this computer does not trust ({reason}). If your company inspects network traffic, ask IT to install its root certificate in the system&apos;s certificate store, then try again.</source>
        <translation>Het certificaat van {url} is uitgegeven door een instantie die deze computer niet vertrouwt ({reason}). Als je bedrijf het netwerkverkeer inspecteert, vraag IT dan het rootcertificaat van het bedrijf in het certificaatarchief van het systeem te installeren en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The certificate of {url} has expired ({reason}). Check the computer&apos;s date and time; if they are right, the server&apos;s administrator must renew the certificate.</source>
        <translation>Het certificaat van {url} is verlopen ({reason}). Controleer de datum en tijd van de computer; kloppen die, dan moet de beheerder van de server het certificaat vernieuwen.</translation>
    </message>
    <message>
        <source>The certificate of {url} is not valid yet ({reason}). Check the computer&apos;s date and time, then try again.</source>
        <translation>Het certificaat van {url} is nog niet geldig ({reason}). Controleer de datum en tijd van de computer en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The certificate of {url} belongs to another server ({reason}). Check the server address in Settings; a company proxy may also be answering in its place.</source>
        <translation>Het certificaat van {url} hoort bij een andere server ({reason}). Controleer het serveradres in Instellingen; mogelijk antwoordt een proxy van je bedrijf in plaats van de server.</translation>
    </message>
    <message>
        <source>The certificate of {url} cannot be trusted ({reason}). Ask your IT department or the server&apos;s administrator.</source>
        <translation>Het certificaat van {url} is niet te vertrouwen ({reason}). Vraag het aan je IT-afdeling of aan de beheerder van de server.</translation>
    </message>
    <message>
        <source>The certificate of {host} is self-signed by “{subject}”, which this computer does not trust. If that is your company&apos;s certificate, ask your IT department for it and add it under Settings → Network, or to your system&apos;s trusted certificates.</source>
        <translation>Het certificaat van {host} is door “{subject}” zelf ondertekend, en deze computer vertrouwt het niet. Als dat het certificaat van je bedrijf is, vraag het dan aan je IT-afdeling en voeg het toe onder Instellingen → Netwerk, of aan de vertrouwde certificaten van je systeem.</translation>
    </message>
    <message>
        <source>The certificate of {host} is issued by an unknown authority: “{issuer}”. Ask your IT department for that authority&apos;s certificate and add it under Settings → Network, or to your system&apos;s trusted certificates.</source>
        <translation>Het certificaat van {host} is uitgegeven door een onbekende instantie: “{issuer}”. Vraag je IT-afdeling om het certificaat van die instantie en voeg het toe onder Instellingen → Netwerk, of aan de vertrouwde certificaten van je systeem.</translation>
    </message>
    <message>
        <source>The certificate of {host} (“{subject}”, issued by “{issuer}”) expired on {date}. Check the computer&apos;s date and time; if they are right, the server&apos;s administrator must renew the certificate.</source>
        <translation>Het certificaat van {host} (“{subject}”, uitgegeven door “{issuer}”) is verlopen op {date}. Controleer de datum en tijd van de computer; kloppen die, dan moet de beheerder van de server het certificaat vernieuwen.</translation>
    </message>
    <message>
        <source>The certificate of {host} (“{subject}”, issued by “{issuer}”) is not valid before {date}. Check the computer&apos;s date and time, then try again.</source>
        <translation>Het certificaat van {host} (“{subject}”, uitgegeven door “{issuer}”) is pas geldig vanaf {date}. Controleer de datum en tijd van de computer en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The certificate presented for {host} belongs to “{subject}” (issued by “{issuer}”). Check the server address in Settings; a company proxy may also be answering in its place.</source>
        <translation>Het certificaat dat voor {host} wordt getoond, hoort bij “{subject}” (uitgegeven door “{issuer}”). Controleer het serveradres in Instellingen; mogelijk antwoordt een proxy van je bedrijf in plaats van de server.</translation>
    </message>
    <message>
        <source>The proxy {proxy} refused the connection: it needs a user name and password (proxy authentication), and none or wrong ones were given. Enter them in the proxy address under Settings → Network, like http://name:password@{proxy}.</source>
        <translation>De proxy {proxy} weigerde de verbinding: hij vraagt om een gebruikersnaam en wachtwoord (proxyauthenticatie), en die zijn niet of verkeerd opgegeven. Vul ze in het proxyadres in onder Instellingen → Netwerk, zoals http://naam:wachtwoord@{proxy}.</translation>
    </message>
    <message>
        <source>The proxy {proxy} did not let the connection to {url} through ({reason}). Ask your IT department whether the server can be reached through it, or change the proxy under Settings → Network.</source>
        <translation>De proxy {proxy} liet de verbinding met {url} niet door ({reason}). Vraag je IT-afdeling of de server via deze proxy bereikbaar is, of wijzig de proxy onder Instellingen → Netwerk.</translation>
    </message>
    <message>
        <source>The proxy {proxy} does not answer. Check the proxy under Settings → Network (leave it empty to use the system&apos;s proxy settings), then try again.</source>
        <translation>De proxy {proxy} antwoordt niet. Controleer de proxy onder Instellingen → Netwerk (laat het veld leeg om de proxyinstellingen van het systeem te gebruiken) en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>ExportStamp</name>
    <message>
        <source>As of</source>
        <translation>Stand van</translation>
    </message>
</context>
<context>
    <name>FeatureText</name>
    <message>
        <source>Support by phone, e-mail or chat</source>
        <translation>Support via telefoon, e-mail of chat</translation>
    </message>
    <message>
        <source>Response time target</source>
        <translation>Doel voor de responstijd</translation>
    </message>
    <message>
        <source>Implementation consultation</source>
        <translation>Implementatieoverleg</translation>
    </message>
    <message>
        <source>Quarterly e-mail on 3 unused or under-used features</source>
        <translation>Driemaandelijkse e-mail over 3 ongebruikte of weinig gebruikte functies</translation>
    </message>
    <message>
        <source>Root-cause / trend meeting</source>
        <translation>Bijeenkomst oorzaakanalyse / trends</translation>
    </message>
    <message>
        <source>E-mail support for team members</source>
        <translation>E-mailondersteuning voor teamleden</translation>
    </message>
    <message>
        <source>Live webinars</source>
        <translation>Live webinars</translation>
    </message>
    <message numerus="yes">
        <source>%n 1-hour session(s)</source>
        <translation>
            <numerusform>%n sessie van 1 uur</numerusform>
            <numerusform>%n sessies van 1 uur</numerusform>
        </translation>
    </message>
    <message>
        <source>Quarterly meeting reviewing support trends</source>
        <translation>Kwartaaloverleg ter beoordeling van supporttrends</translation>
    </message>
    <message>
        <source>Not included</source>
        <translation>Niet inbegrepen</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>24/7</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Enhanced</source>
        <translation>Enhanced</translation>
    </message>
</context>
<context>
    <name>FollowerPicker</name>
    <message>
        <source>admin</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <source>member</source>
        <translation>lid</translation>
    </message>
    <message>
        <source>{name} ({role}) · {email}</source>
        <translation>{name} ({role}) · {email}</translation>
    </message>
    <message>
        <source>Members get the answers by e-mail only.</source>
        <translation>Leden krijgen de antwoorden alleen per e-mail.</translation>
    </message>
    <message>
        <source>Add follower</source>
        <translation>Volger toevoegen</translation>
    </message>
    <message>
        <source>Followers get support&apos;s answers to this ticket by e-mail. Admins also see it under Team tickets.</source>
        <translation>Volgers krijgen de antwoorden van support op dit ticket per e-mail. Beheerders zien het ook bij Tickets van het team.</translation>
    </message>
    <message>
        <source>Find by name or e-mail</source>
        <translation>Zoek op naam of e-mailadres</translation>
    </message>
    <message>
        <source>Find a teammate</source>
        <translation>Zoek tussen je teamleden</translation>
    </message>
    <message>
        <source>Teammates who can follow</source>
        <translation>Teamleden die kunnen volgen</translation>
    </message>
    <message>
        <source>Nobody else on your team can follow this ticket.</source>
        <translation>Niemand anders in je team kan dit ticket volgen.</translation>
    </message>
    <message>
        <source>No teammate matches.</source>
        <translation>Geen van je teamleden komt overeen.</translation>
    </message>
    <message>
        <source>Add the chosen person as a follower</source>
        <translation>De gekozen persoon als volger toevoegen</translation>
    </message>
</context>
<context>
    <name>FollowerRow</name>
    <message>
        <source>{name} (admin), added by {adder}</source>
        <translation>{name} (beheerder), toegevoegd door {adder}</translation>
    </message>
    <message>
        <source>{name} (member, by e-mail only), added by {adder}</source>
        <translation>{name} (lid, alleen per e-mail), toegevoegd door {adder}</translation>
    </message>
    <message>
        <source>Added on {when}</source>
        <translation>Toegevoegd op {when}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove {name} from the followers</source>
        <translation>{name} als volger verwijderen</translation>
    </message>
</context>
<context>
    <name>FollowersBox</name>
    <message>
        <source>The ticket is closed: its followers can no longer change.</source>
        <translation>Het ticket is gesloten: de volgers kunnen niet meer veranderen.</translation>
    </message>
    <message>
        <source>Offline: followers can be changed once the service answers again.</source>
        <translation>Offline: je kunt de volgers wijzigen zodra de dienst weer antwoordt.</translation>
    </message>
    <message>
        <source>{name} submitted the ticket and gets every answer already.</source>
        <translation>{name} heeft het ticket ingediend en krijgt elk antwoord al.</translation>
    </message>
    <message>
        <source>{name} is no longer on your team.</source>
        <translation>{name} zit niet meer in je team.</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Volgers</translation>
    </message>
    <message numerus="yes">
        <source>Followers (%n)</source>
        <translation>
            <numerusform>Volgers (%n)</numerusform>
            <numerusform>Volgers (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Followers (%n), list shown</source>
        <translation>
            <numerusform>Volgers (%n), lijst zichtbaar</numerusform>
            <numerusform>Volgers (%n), lijst zichtbaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Followers (%n), list hidden</source>
        <translation>
            <numerusform>Volgers (%n), lijst verborgen</numerusform>
            <numerusform>Volgers (%n), lijst verborgen</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide the list of followers</source>
        <translation>Lijst met volgers verbergen</translation>
    </message>
    <message>
        <source>Show the followers, with who added them</source>
        <translation>Volgers tonen, met wie ze heeft toegevoegd</translation>
    </message>
    <message>
        <source>Nobody yet. Followers get support&apos;s answers by e-mail.</source>
        <translation>Nog niemand. Volgers krijgen de antwoorden van support per e-mail.</translation>
    </message>
    <message>
        <source>Add follower…</source>
        <translation>Volger toevoegen…</translation>
    </message>
    <message>
        <source>Add a follower to this ticket</source>
        <translation>Een volger aan dit ticket toevoegen</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{date}, {time}</source>
        <translation>{date} {time}</translation>
    </message>
</context>
<context>
    <name>GetHelpPage</name>
    <message>
        <source>Get help</source>
        <translation>Hulp krijgen</translation>
    </message>
    <message>
        <source>E-mail support: {hours}</source>
        <translation>E-mailondersteuning: {hours}</translation>
    </message>
    <message>
        <source>Premium Support is for your team&apos;s admins; your requests are answered {within}.</source>
        <translation>Premium Support is voor de beheerders van je team; je verzoeken worden {within} beantwoord.</translation>
    </message>
    <message>
        <source>As a Dropbox champion you get this faster response personally.</source>
        <translation>Als Dropbox-kampioen krijg je deze snellere reactie persoonlijk.</translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation>P&amp;roduct:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categorie:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <source>Choose the product your question is about.</source>
        <translation>Kies het product waarover je vraag gaat.</translation>
    </message>
    <message>
        <source>Choose what your question is about.</source>
        <translation>Kies waarover je vraag gaat.</translation>
    </message>
    <message>
        <source>Write a subject.</source>
        <translation>Vul een onderwerp in.</translation>
    </message>
    <message>
        <source>Describe the problem.</source>
        <translation>Beschrijf het probleem.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Bezig met verzenden…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Verzenden</translation>
    </message>
    <message>
        <source>Sent as request #{number}. We will answer by e-mail.</source>
        <translation>Verzonden als verzoek #{number}. We antwoorden per e-mail.</translation>
    </message>
</context>
<context>
    <name>GoMenu</name>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
</context>
<context>
    <name>HiddenColumnsButton</name>
    <message>
        <source>Hidden: {columns}</source>
        <translation>Verborgen: {columns}</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) hidden</source>
        <translation>
            <numerusform>%n kolom verborgen</numerusform>
            <numerusform>%n kolommen verborgen</numerusform>
        </translation>
    </message>
    <message>
        <source>These columns make room for the subject in a narrow window.</source>
        <translation>Deze kolommen maken in een smal venster plaats voor het onderwerp.</translation>
    </message>
    <message>
        <source>Making room for the subject in a narrow window: {columns}.</source>
        <translation>Plaats voor het onderwerp in een smal venster: {columns}.</translation>
    </message>
    <message>
        <source>Choose the columns here or by right-clicking a column header.</source>
        <translation>Kies de kolommen hier of door met de rechtermuisknop op een kolomkop te klikken.</translation>
    </message>
    <message>
        <source>Opens the list of columns to show</source>
        <translation>Opent de lijst met kolommen om te tonen</translation>
    </message>
</context>
<context>
    <name>HoverHint</name>
    <message numerus="yes">
        <source>Show these %n ticket(s)</source>
        <translation>
            <numerusform>%n ticket tonen</numerusform>
            <numerusform>Deze %n tickets tonen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImagePaste</name>
    <message>
        <source>Screenshot {time}.png</source>
        <translation>Schermafbeelding {time}.png</translation>
    </message>
    <message>
        <source>The pasted image is {size}; an attachment can be at most 25 MB. Paste a smaller part of the screen.</source>
        <translation>De geplakte afbeelding is {size}; een bijlage mag maximaal 25 MB zijn. Plak een kleiner deel van het scherm.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Loading {name}…</source>
        <translation>{name} laden…</translation>
    </message>
    <message>
        <source>{name} cannot be shown: it could not be downloaded, or it is not an image this app can read safely.</source>
        <translation>{name} kan niet worden getoond: het kon niet worden gedownload, of het is geen afbeelding die deze app veilig kan lezen.</translation>
    </message>
</context>
<context>
    <name>InsightCharts</name>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>In time: {n}</source>
        <translation>Op tijd: {n}</translation>
    </message>
    <message>
        <source>Late: {n}</source>
        <translation>Te laat: {n}</translation>
    </message>
</context>
<context>
    <name>InsightDrillDown</name>
    <message>
        <source>{first} to {last}</source>
        <translation>van {first} tot en met {last}</translation>
    </message>
    <message>
        <source>Tickets opened {days} and first answered in time.</source>
        <translation>Tickets geopend {days} en op tijd voor het eerst beantwoord.</translation>
    </message>
    <message>
        <source>Tickets opened {days} and first answered late, or not yet and overdue.</source>
        <translation>Tickets geopend {days} en te laat voor het eerst beantwoord, of nog niet en over tijd.</translation>
    </message>
    <message>
        <source>Tickets solved {days}.</source>
        <translation>Tickets opgelost {days}.</translation>
    </message>
    <message>
        <source>Tickets opened {days}.</source>
        <translation>Tickets geopend {days}.</translation>
    </message>
    <message>
        <source>Tickets open now (new, open or pending), whenever opened.</source>
        <translation>Tickets die nu openstaan (nieuw, open of in afwachting), ongeacht wanneer geopend.</translation>
    </message>
    <message>
        <source>Tickets, whenever opened.</source>
        <translation>Tickets, ongeacht wanneer geopend.</translation>
    </message>
    <message>
        <source>About {issue}, for {product}.</source>
        <translation>Over {issue}, voor {product}.</translation>
    </message>
    <message>
        <source>About {issue}.</source>
        <translation>Over {issue}.</translation>
    </message>
    <message>
        <source>For {product}.</source>
        <translation>Voor {product}.</translation>
    </message>
    <message>
        <source>Status: {status}.</source>
        <translation>Status: {status}.</translation>
    </message>
    <message>
        <source>Only tickets you submitted.</source>
        <translation>Alleen tickets die jij hebt ingediend.</translation>
    </message>
    <message>
        <source>The whole team&apos;s tickets, yours included.</source>
        <translation>De tickets van het hele team, die van jou inbegrepen.</translation>
    </message>
</context>
<context>
    <name>InsightTables</name>
    <message>
        <source>Issue</source>
        <translation>Kwestie</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Week van</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Eerste reactie</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>Op tijd</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Te laat</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Tickets open now (new, open or pending), whenever opened</source>
        <translation>Tickets die nu openstaan (nieuw, open of in afwachting), ongeacht wanneer geopend</translation>
    </message>
    <message>
        <source>Tickets opened, and tickets solved, on {day}</source>
        <translation>Tickets geopend en tickets opgelost op {day}</translation>
    </message>
    <message>
        <source>Tickets opened, and tickets solved, {first} to {last}</source>
        <translation>Tickets geopend en tickets opgelost van {first} tot en met {last}</translation>
    </message>
    <message>
        <source>No tickets are open now.</source>
        <translation>Er staan nu geen tickets open.</translation>
    </message>
    <message>
        <source>No tickets were opened in this period.</source>
        <translation>In deze periode zijn geen tickets geopend.</translation>
    </message>
    <message>
        <source>No first response was due in this period yet: once one is, this shows how many came in time.</source>
        <translation>In deze periode was nog geen eerste reactie verschuldigd: zodra dat zo is, zie je hier hoeveel er op tijd kwamen.</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Inzichten</translation>
    </message>
    <message>
        <source>Top issues</source>
        <translation>Belangrijkste kwesties</translation>
    </message>
    <message>
        <source>Top products per issue</source>
        <translation>Belangrijkste producten per kwestie</translation>
    </message>
    <message>
        <source>Tickets opened and solved per week</source>
        <translation>Geopende en opgeloste tickets per week</translation>
    </message>
    <message>
        <source>First responses in time and late</source>
        <translation>Eerste reacties op tijd en te laat</translation>
    </message>
    <message>
        <source>Loading insights…</source>
        <translation>Inzichten laden…</translation>
    </message>
    <message>
        <source>The service cannot be reached and no insights for this period were stored yet.</source>
        <translation>De dienst is niet bereikbaar en voor deze periode zijn nog geen inzichten opgeslagen.</translation>
    </message>
    <message>
        <source>Offline: insights as last synced {when}.</source>
        <translation>Offline: inzichten van de laatste synchronisatie ({when}).</translation>
    </message>
    <message>
        <source>Your team has no open tickets now. Choose a period to see the tickets opened in it.</source>
        <translation>Je team heeft nu geen openstaande tickets. Kies een periode om de tickets te zien die daarin zijn geopend.</translation>
    </message>
    <message>
        <source>All these tickets are about {product}. “Top products per issue” shows once tickets are about another product too.</source>
        <translation>Al deze tickets gaan over {product}. ‘Belangrijkste producten per kwestie’ verschijnt zodra er ook tickets over een ander product zijn.</translation>
    </message>
    <message>
        <source>You have no open tickets now. Choose “Whole team” to see your team&apos;s tickets.</source>
        <translation>Je hebt nu geen openstaande tickets. Kies ‘Hele team’ om de tickets van je team te zien.</translation>
    </message>
    <message>
        <source>Your team has no tickets in this period. Insights show here once tickets are submitted: how many are open, the issues raised most often, the products they are about, and how quickly support answered.</source>
        <translation>Je team heeft in deze periode geen tickets. Zodra er tickets zijn ingediend, tonen de inzichten hier hoeveel er openstaan, welke kwesties het vaakst voorkomen, over welke producten ze gaan en hoe snel Support antwoordde.</translation>
    </message>
    <message>
        <source>You submitted no tickets in this period. Choose “Whole team” to see your team&apos;s tickets.</source>
        <translation>Je hebt in deze periode geen tickets ingediend. Kies ‘Hele team’ om de tickets van je team te zien.</translation>
    </message>
</context>
<context>
    <name>InvoicesView</name>
    <message>
        <source>Export invoices</source>
        <translation>Facturen exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>premium-support-invoices.csv</source>
        <translation>premium-support-facturen.csv</translation>
    </message>
    <message>
        <source>{amount} for Premium Support {tier} for {product}</source>
        <translation>{amount} voor Premium Support {tier} voor {product}</translation>
    </message>
    <message>
        <source>No charges recorded yet. The next charge, {charge}, will be made on the renewal date, {date}.</source>
        <translation>Nog geen afschrijvingen geregistreerd. De volgende afschrijving, {charge}, volgt op de verlengingsdatum, {date}.</translation>
    </message>
    <message>
        <source>No charges recorded yet. The next charges will be made on the renewal date, {date}: {charges}.</source>
        <translation>Nog geen afschrijvingen geregistreerd. De volgende afschrijvingen volgen op de verlengingsdatum, {date}: {charges}.</translation>
    </message>
    <message>
        <source>No charges recorded yet, and none will be: Premium Support ends on {date}.</source>
        <translation>Nog geen afschrijvingen geregistreerd, en er volgen er ook geen: Premium Support stopt op {date}.</translation>
    </message>
    <message>
        <source>No charges recorded yet. Buying Premium Support adds its charges here.</source>
        <translation>Nog geen afschrijvingen geregistreerd. Als je Premium Support koopt, verschijnen de afschrijvingen hier.</translation>
    </message>
    <message>
        <source>No charges recorded yet.</source>
        <translation>Nog geen afschrijvingen geregistreerd.</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporteren als CSV…</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
</context>
<context>
    <name>KpiTiles</name>
    <message>
        <source>Open tickets</source>
        <translation>Openstaande tickets</translation>
    </message>
    <message>
        <source>Open now, whenever opened</source>
        <translation>Nu openstaand, ongeacht wanneer geopend</translation>
    </message>
    <message>
        <source>New, open or pending.</source>
        <translation>Nieuw, open of in afwachting.</translation>
    </message>
    <message>
        <source>Tickets opened {first} to {last}</source>
        <translation>Tickets geopend van {first} tot en met {last}</translation>
    </message>
    <message>
        <source>First responses in time</source>
        <translation>Eerste reacties op tijd</translation>
    </message>
    <message>
        <source>Tickets opened in this period</source>
        <translation>Tickets geopend in deze periode</translation>
    </message>
    <message>
        <source>Tickets opened on {day}</source>
        <translation>Tickets geopend op {day}</translation>
    </message>
    <message>
        <source>Opened in the period&apos;s last week</source>
        <translation>Geopend in de laatste week van de periode</translation>
    </message>
    <message numerus="yes">
        <source>%n in the whole week before.</source>
        <translation>
            <numerusform>%n in de hele week ervoor.</numerusform>
            <numerusform>%n in de hele week ervoor.</numerusform>
        </translation>
    </message>
    <message>
        <source>{met} of {total}</source>
        <translation>{met} van {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n late in this period.</source>
        <translation>
            <numerusform>%n te laat in deze periode.</numerusform>
            <numerusform>%n te laat in deze periode.</numerusform>
        </translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>Mediaan eerste reactie</translation>
    </message>
    <message>
        <source>Half of this period&apos;s answered tickets had one sooner.</source>
        <translation>De helft van de beantwoorde tickets van deze periode kreeg sneller een eerste reactie.</translation>
    </message>
    <message>
        <source>No ticket of this period has a first response yet.</source>
        <translation>Nog geen ticket van deze periode heeft een eerste reactie.</translation>
    </message>
    <message>
        <source>Opened this week</source>
        <translation>Deze week geopend</translation>
    </message>
    <message numerus="yes">
        <source>Opened this week so far (%n day(s))</source>
        <translation>
            <numerusform>Deze week tot nu toe geopend (%n dag)</numerusform>
            <numerusform>Deze week tot nu toe geopend (%n dagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the week before.</source>
        <translation>
            <numerusform>%n in de week ervoor.</numerusform>
            <numerusform>%n in de week ervoor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rated good</source>
        <translation>Goed beoordeeld</translation>
    </message>
    <message>
        <source>Tickets rated in this period</source>
        <translation>Tickets beoordeeld in deze periode</translation>
    </message>
    <message>
        <source>{good} good, {bad} bad.</source>
        <translation>{good} goed, {bad} slecht.</translation>
    </message>
    <message>
        <source>No ticket was rated in this period.</source>
        <translation>In deze periode is geen ticket beoordeeld.</translation>
    </message>
</context>
<context>
    <name>LateFindsButton</name>
    <message numerus="yes">
        <source>%n more result(s) found — Show</source>
        <translation>
            <numerusform>Nog %n resultaat gevonden — Tonen</numerusform>
            <numerusform>Nog %n resultaten gevonden — Tonen</numerusform>
        </translation>
    </message>
    <message>
        <source>The service found these in messages after the list was shown. They wait here so that no row moves while you point at the list.</source>
        <translation>De dienst vond deze in berichten nadat de lijst werd getoond. Ze wachten hier, zodat er geen rij verschuift terwijl u naar de lijst wijst.</translation>
    </message>
</context>
<context>
    <name>ListExporter</name>
    <message>
        <source>Export the list</source>
        <translation>Lijst exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Exporting {count} tickets…</source>
        <translation>{count} tickets exporteren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ListMenu</name>
    <message>
        <source>&amp;Open</source>
        <comment>action: open the ticket</comment>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>&amp;Sort by</source>
        <translation>&amp;Sorteren op</translation>
    </message>
    <message>
        <source>&amp;Ascending</source>
        <translation>&amp;Oplopend</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>&amp;Aflopend</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Kolommen</translation>
    </message>
</context>
<context>
    <name>LocalModeBanner</name>
    <message>
        <source>&lt;b&gt;Local demo workspace&lt;/b&gt; — a sample team on this computer, signed in as {name}.</source>
        <translation>&lt;b&gt;Lokale demowerkruimte&lt;/b&gt; — een voorbeeldteam op deze computer, aangemeld als {name}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Local demo workspace&lt;/b&gt; — a sample team on this computer.</source>
        <translation>&lt;b&gt;Lokale demowerkruimte&lt;/b&gt; — een voorbeeldteam op deze computer.</translation>
    </message>
    <message>
        <source>Settings → Server…</source>
        <translation>Instellingen → Server…</translation>
    </message>
    <message>
        <source>Open the server settings</source>
        <translation>Serverinstellingen openen</translation>
    </message>
</context>
<context>
    <name>LocalStopDetails</name>
    <message>
        <source>Why the local demo workspace stopped</source>
        <translation>Waarom de lokale demowerkruimte is gestopt</translation>
    </message>
    <message>
        <source>Its &amp;log file:</source>
        <translation>Het &amp;logbestand:</translation>
    </message>
    <message>
        <source>The last &amp;error lines in its log:</source>
        <translation>De laatste &amp;foutregels in het logbestand:</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopiëren</translation>
    </message>
</context>
<context>
    <name>LocalStopText</name>
    <message>
        <source>The local demo workspace stopped: something outside the app ended its service, and it did not stay up when the app restarted it.</source>
        <translation>De lokale demowerkruimte is gestopt: iets buiten de app heeft de dienst beëindigd, en die bleef niet draaien toen de app hem opnieuw startte.</translation>
    </message>
    <message>
        <source>The local demo workspace stopped: its service quit with an error, and did not stay up when the app restarted it.</source>
        <translation>De lokale demowerkruimte is gestopt: de dienst is met een fout afgesloten, en bleef niet draaien toen de app hem opnieuw startte.</translation>
    </message>
    <message>
        <source>The local demo workspace could not start: something outside the app ended its service while it started.</source>
        <translation>De lokale demowerkruimte kon niet starten: iets buiten de app heeft de dienst tijdens het starten beëindigd.</translation>
    </message>
    <message>
        <source>The local demo workspace could not start: its service quit with an error.</source>
        <translation>De lokale demowerkruimte kon niet starten: de dienst is met een fout afgesloten.</translation>
    </message>
    <message>
        <source>The local demo workspace stopped, and when the app restarted it, its service did not answer in time.</source>
        <translation>De lokale demowerkruimte is gestopt, en toen de app haar opnieuw startte, antwoordde de dienst niet op tijd.</translation>
    </message>
    <message>
        <source>The local demo workspace stopped: its service process was ended by signal {signal}, sent from outside the app, and did not stay up when the app restarted it.</source>
        <translation>De lokale demowerkruimte is gestopt: het proces van de dienst is beëindigd door signaal {signal}, van buiten de app gestuurd, en bleef niet draaien toen de app het opnieuw startte.</translation>
    </message>
    <message>
        <source>The local demo workspace stopped: its service process exited with code {code}, and did not stay up when the app restarted it.</source>
        <translation>De lokale demowerkruimte is gestopt: het proces van de dienst is afgesloten met code {code}, en bleef niet draaien toen de app het opnieuw startte.</translation>
    </message>
    <message>
        <source>The local demo workspace could not start: its service did not answer in time.</source>
        <translation>De lokale demowerkruimte kon niet starten: de dienst antwoordde niet op tijd.</translation>
    </message>
    <message>
        <source>The local demo workspace could not start: its service process was ended by signal {signal}, sent from outside the app, while it started.</source>
        <translation>De lokale demowerkruimte kon niet starten: het proces van de dienst is tijdens het starten beëindigd door signaal {signal}, van buiten de app gestuurd.</translation>
    </message>
    <message>
        <source>The local demo workspace could not start: its service process exited with code {code}.</source>
        <translation>De lokale demowerkruimte kon niet starten: het proces van de dienst is afgesloten met code {code}.</translation>
    </message>
    <message>
        <source>Your work is kept on this computer. Choose “Start it again” at the bottom of the window to start it.</source>
        <translation>Je werk blijft bewaard op deze computer. Kies ‘Opnieuw starten’ onder in het venster om haar te starten.</translation>
    </message>
    <message>
        <source>Its log has no error lines from this run: no warning, error or traceback.</source>
        <translation>Het logbestand heeft geen foutregels van deze keer: geen waarschuwing, fout of traceback.</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Logbestand: {path}</translation>
    </message>
</context>
<context>
    <name>LocalStopped</name>
    <message>
        <source>The local demo workspace is not running: choose “Start it again” first.</source>
        <translation>De lokale demowerkruimte draait niet: kies eerst ‘Opnieuw starten’.</translation>
    </message>
    <message>
        <source>The local demo workspace is not running: adding, changing and removing Premium Support are possible once you choose “Start it again”.</source>
        <translation>De lokale demowerkruimte draait niet: Premium Support toevoegen, wijzigen en verwijderen kan zodra je ‘Opnieuw starten’ kiest.</translation>
    </message>
    <message>
        <source>The local demo workspace is not running: followers can be changed once you choose “Start it again”.</source>
        <translation>De lokale demowerkruimte draait niet: je kunt de volgers wijzigen zodra je ‘Opnieuw starten’ kiest.</translation>
    </message>
    <message>
        <source>Waiting to be sent: it goes once you choose “Start it again”.</source>
        <translation>In de wachtrij: wordt verzonden zodra je ‘Opnieuw starten’ kiest.</translation>
    </message>
    <message>
        <source>The local demo workspace is not running: a line you send now waits in the outbox and reaches the chat once you choose “Start it again”.</source>
        <translation>De lokale demowerkruimte draait niet: een bericht dat je nu verstuurt, wacht in het postvak UIT en komt in de chat zodra je ‘Opnieuw starten’ kiest.</translation>
    </message>
    <message>
        <source>The local demo workspace is not running: a reply you send now waits in the outbox and goes once you choose “Start it again”.</source>
        <translation>De lokale demowerkruimte draait niet: een antwoord dat je nu verstuurt, wacht in het postvak UIT en wordt verzonden zodra je ‘Opnieuw starten’ kiest.</translation>
    </message>
    <message>
        <source>This chat was not downloaded before the local demo workspace stopped, so it cannot be shown or written in until you choose “Start it again”.</source>
        <translation>Deze chat was nog niet gedownload toen de lokale demowerkruimte stopte. Je kunt hem pas zien en erin schrijven als je ‘Opnieuw starten’ kiest.</translation>
    </message>
</context>
<context>
    <name>LocalStoppedBanner</name>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Details of why the local demo workspace stopped</source>
        <translation>Details over waarom de lokale demowerkruimte is gestopt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Starting the local demo workspace again…&lt;/b&gt; What you see is as last synced until it is running.</source>
        <translation>&lt;b&gt;De lokale demowerkruimte wordt opnieuw gestart…&lt;/b&gt; Tot ze draait, is wat je ziet van de laatste synchronisatie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{why}&lt;/b&gt; What you see is as last synced.</source>
        <translation>&lt;b&gt;{why}&lt;/b&gt; Wat je ziet is van de laatste synchronisatie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The local demo workspace is not running&lt;/b&gt;: it stopped, or could not start. What you see is as last synced.</source>
        <translation>&lt;b&gt;De lokale demowerkruimte draait niet&lt;/b&gt;: ze is gestopt of kon niet starten. Wat je ziet is van de laatste synchronisatie.</translation>
    </message>
    <message>
        <source>Start it again</source>
        <translation>Opnieuw starten</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>The local demo workspace is not running: choose “Start it again” to refresh.</source>
        <translation>De lokale demowerkruimte draait niet: kies ‘Opnieuw starten’ om te vernieuwen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>A&amp;fmelden</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Aanmelden…</translation>
    </message>
    <message>
        <source>&amp;Contact support…</source>
        <translation>&amp;Contact opnemen met Support…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Af&amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>Issue &amp;trend chart on My tickets</source>
        <translation>Grafiek met probleem&amp;trends op Mijn tickets</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;About Premium Support Desk</source>
        <translation>&amp;Over Premium Support Desk</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>About Premium Support Desk</source>
        <translation>Over Premium Support Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Premium Support Desk&lt;/b&gt; {version}&lt;br&gt;Create, follow and answer your team&apos;s Premium Support tickets.</source>
        <translation>&lt;b&gt;Premium Support Desk&lt;/b&gt; {version}&lt;br&gt;Maak, volg en beantwoord de Premium Support-tickets van je team.</translation>
    </message>
    <message>
        <source>Build {build}</source>
        <translation>Build {build}</translation>
    </message>
    <message>
        <source>Icons: Font Awesome Free by Fonticons, Inc. (icons CC BY 4.0, font SIL OFL 1.1).</source>
        <translation>Pictogrammen: Font Awesome Free van Fonticons, Inc. (pictogrammen CC BY 4.0, lettertype SIL OFL 1.1).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your reply is kept as a draft, in Drafts and outbox.</source>
        <translation>Je antwoord is bewaard als concept, in Concepten en postvak UIT.</translation>
    </message>
    <message numerus="yes">
        <source>(%n new) Premium Support Desk</source>
        <translation>
            <numerusform>(%n nieuw) Premium Support Desk</numerusform>
            <numerusform>(%n nieuw) Premium Support Desk</numerusform>
        </translation>
    </message>
    <message>
        <source>Premium Support Desk</source>
        <translation>Premium Support Desk</translation>
    </message>
</context>
<context>
    <name>MessageCard</name>
    <message>
        <source>An admin of your team replied. A teammate&apos;s reply on your ticket shows as “Colleague”.</source>
        <translation>Een beheerder van je team heeft gereageerd. Een antwoord van een van je teamleden op je ticket staat er als ‘Collega’.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message numerus="yes">
        <source>My tickets (%n new)</source>
        <translation>
            <numerusform>Mijn tickets (%n nieuw)</numerusform>
            <numerusform>Mijn tickets (%n nieuw)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team tickets (%n new)</source>
        <translation>
            <numerusform>Tickets van het team (%n nieuw)</numerusform>
            <numerusform>Tickets van het team (%n nieuw)</numerusform>
        </translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>Mijn tickets</translation>
    </message>
    <message>
        <source>Team tickets</source>
        <translation>Tickets van het team</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>Hulp krijgen</translation>
    </message>
    <message numerus="yes">
        <source>Drafts and outbox (%n)</source>
        <translation>
            <numerusform>Concepten en postvak UIT (%n)</numerusform>
            <numerusform>Concepten en postvak UIT (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts and outbox</source>
        <translation>Concepten en postvak UIT</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturering</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Inzichten</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Aanbevelingen</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
</context>
<context>
    <name>NetworkSettingsBox</name>
    <message>
        <source>Extra trusted certificate</source>
        <translation>Extra vertrouwd certificaat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificaten (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>P&amp;roxy:</source>
        <translation>P&amp;roxy:</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy</source>
        <translation>De proxy van het systeem gebruiken</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Proxyadres</translation>
    </message>
    <message>
        <source>Enter the proxy as http://host:port, for example http://proxy.example.com:8080 (with a user name and password: http://name:password@proxy.example.com:8080), or leave it empty to use the system&apos;s proxy.</source>
        <translation>Vul de proxy in als http://host:poort, bijvoorbeeld http://proxy.example.com:8080 (met gebruikersnaam en wachtwoord: http://naam:wachtwoord@proxy.example.com:8080), of laat het veld leeg om de proxy van het systeem te gebruiken.</translation>
    </message>
    <message>
        <source>Extra trusted &amp;certificate (PEM):</source>
        <translation>Extra vertrouwd &amp;certificaat (PEM):</translation>
    </message>
    <message>
        <source>None (system certificates only)</source>
        <translation>Geen (alleen die van het systeem)</translation>
    </message>
    <message>
        <source>Extra trusted certificate file</source>
        <translation>Bestand met extra vertrouwd certificaat</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Het certificaatbestand kiezen</translation>
    </message>
    <message>
        <source>This file cannot be used: it does not exist, or holds no PEM certificate (text that begins with -----BEGIN CERTIFICATE-----). Choose the certificate file your IT department gave you.</source>
        <translation>Dit bestand is niet te gebruiken: het bestaat niet of bevat geen PEM-certificaat (tekst die begint met -----BEGIN CERTIFICATE-----). Kies het certificaatbestand dat je van je IT-afdeling hebt gekregen.</translation>
    </message>
    <message>
        <source>Only needed if your IT department asks for it. Changes apply the next time the app connects to a server: when you sign in again or restart the app.</source>
        <translation>Alleen nodig als je IT-afdeling erom vraagt. Wijzigingen gelden vanaf de volgende keer dat de app verbinding maakt met een server: wanneer je je opnieuw aanmeldt of de app opnieuw start.</translation>
    </message>
</context>
<context>
    <name>NewLinesButton</name>
    <message>
        <source>New messages</source>
        <translation>Nieuwe berichten</translation>
    </message>
    <message>
        <source>New messages: go to the newest</source>
        <translation>Nieuwe berichten: naar het nieuwste</translation>
    </message>
    <message>
        <source>Go to the newest message</source>
        <translation>Naar het nieuwste bericht</translation>
    </message>
</context>
<context>
    <name>NewTicketFlow</name>
    <message>
        <source>Your request is kept as a draft, in Drafts and outbox.</source>
        <translation>Je verzoek is bewaard als concept, in Concepten en postvak UIT.</translation>
    </message>
    <message>
        <source>Opening the contact form…</source>
        <translation>Contactformulier openen…</translation>
    </message>
    <message>
        <source>Follow-up to #{number}: {subject}</source>
        <translation>Vervolg op #{number}: {subject}</translation>
    </message>
    <message>
        <source>Follow-up to a closed ticket</source>
        <translation>Vervolg op een gesloten ticket</translation>
    </message>
    <message>
        <source>Contact support</source>
        <translation>Contact opnemen met Support</translation>
    </message>
    <message>
        <source>Premium Support covers none of your team&apos;s products yet.</source>
        <translation>Premium Support dekt nog geen enkel product van je team.</translation>
    </message>
    <message>
        <source>Tickets, chats and callbacks come with the Premium Support add-on. Billing shows whether your team can add it, and how.</source>
        <translation>Tickets, chat en terugbellen horen bij de Premium Support add-on. Facturering laat zien of en hoe je team die kan toevoegen.</translation>
    </message>
    <message>
        <source>Tickets, chats and callbacks come with the Premium Support add-on.</source>
        <translation>Tickets, chat en terugbellen horen bij de Premium Support add-on.</translation>
    </message>
    <message>
        <source>Open Billing</source>
        <translation>Facturering openen</translation>
    </message>
    <message>
        <source>Chats and callbacks need a connection to support. Send a written request instead: it goes out as soon as the connection returns.</source>
        <translation>Voor chat en terugbellen is een verbinding met Support nodig. Stuur in plaats daarvan een schriftelijk verzoek: dat gaat weg zodra de verbinding terug is.</translation>
    </message>
    <message>
        <source>Chat started: ticket #{number}.</source>
        <translation>Chat gestart: ticket #{number}.</translation>
    </message>
    <message>
        <source>Call requested: ticket #{number}. Support will call you.</source>
        <translation>Terugbelverzoek ingediend: ticket #{number}. Support belt je terug.</translation>
    </message>
    <message>
        <source>Request sent: ticket #{number}.</source>
        <translation>Verzoek verzonden: ticket #{number}.</translation>
    </message>
    <message>
        <source>Your request is in the outbox: it is sent once you start the local demo workspace again.</source>
        <translation>Je verzoek staat in het postvak UIT: het wordt verzonden zodra je de lokale demowerkruimte opnieuw start.</translation>
    </message>
    <message>
        <source>Your request is in the outbox: it is sent when the connection returns.</source>
        <translation>Je verzoek staat in het postvak UIT: het wordt verzonden zodra de verbinding terug is.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>&lt;b&gt;Restarting the local demo workspace…&lt;/b&gt; Its service stopped, and the app is starting it again. Your replies wait in Drafts and outbox until it is running.</source>
        <translation>&lt;b&gt;De lokale demowerkruimte wordt opnieuw gestart…&lt;/b&gt; De dienst is gestopt en de app start hem opnieuw. Tot hij draait, wachten je antwoorden in Concepten en postvak UIT.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline&lt;/b&gt;: cannot reach {where}. Your replies will be sent when the connection returns; until then they wait in Drafts and outbox.</source>
        <translation>&lt;b&gt;Offline&lt;/b&gt;: {where} is niet bereikbaar. Je antwoorden worden verzonden zodra de verbinding terug is; tot dan wachten ze in Concepten en postvak UIT.</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Nu opnieuw proberen</translation>
    </message>
</context>
<context>
    <name>OpenHint</name>
    <message>
        <source>Enter or double-click opens the selected ticket.</source>
        <translation>Met Enter of dubbelklikken open je het gekozen ticket.</translation>
    </message>
</context>
<context>
    <name>OutboxCard</name>
    <message>
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Send as a new request</source>
        <translation>Als nieuw verzoek versturen</translation>
    </message>
    <message>
        <source>Open Contact support with this text and its files; sent, it leaves here</source>
        <translation>Opent Contact opnemen met Support met deze tekst en bestanden; eenmaal verzonden verdwijnt het hier</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Take the text back into the reply box</source>
        <translation>De tekst terugzetten in het antwoordvak</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
</context>
<context>
    <name>OutboxText</name>
    <message>
        <source>You are signed out. Sign in again and it is sent.</source>
        <translation>Je bent afgemeld. Meld je opnieuw aan, dan wordt het verzonden.</translation>
    </message>
    <message>
        <source>An attached file is no longer there: {path}</source>
        <translation>Een bijgevoegd bestand is er niet meer: {path}</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Niet verzonden: {reason}</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wordt verzonden…</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>In de wachtrij</translation>
    </message>
</context>
<context>
    <name>PartText</name>
    <message numerus="yes">
        <source>{part}: %n ticket(s)</source>
        <translation>
            <numerusform>{part}: %n ticket</numerusform>
            <numerusform>{part}: %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>{issue}, {product}</source>
        <translation>{issue}, {product}</translation>
    </message>
    <message>
        <source>{series}, week of {day}</source>
        <translation>{series}, week van {day}</translation>
    </message>
    <message>
        <source>{series}, {day}</source>
        <comment>a week&apos;s one counted day</comment>
        <translation>{series}, {day}</translation>
    </message>
    <message>
        <source>{series}, {first} to {last}</source>
        <comment>a week&apos;s counted days</comment>
        <translation>{series}, {first} tot en met {last}</translation>
    </message>
</context>
<context>
    <name>PeriodSelector</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Nu openstaand</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Afgelopen 4 weken</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Afgelopen 12 weken</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dit kwartaal</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Afgelopen 12 maanden</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Aangepast…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <comment>the first day of a custom period</comment>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <comment>the last day of a custom period</comment>
        <translation>T&amp;ot en met:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Map</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Station</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <source>Confirm Premium Support</source>
        <translation>Premium Support bevestigen</translation>
    </message>
    <message>
        <source>Change Premium Support for {product} from {old} to {new}</source>
        <translation>Premium Support voor {product} wijzigen van {old} naar {new}</translation>
    </message>
    <message>
        <source>Add Premium Support {tier} for {product}</source>
        <translation>Premium Support {tier} toevoegen voor {product}</translation>
    </message>
    <message>
        <source>Charged now (pro-rata amount):</source>
        <translation>Nu in rekening gebracht (pro-ratabedrag):</translation>
    </message>
    <message>
        <source>From the renewal date, per month:</source>
        <translation>Vanaf de verlengingsdatum, per maand:</translation>
    </message>
    <message>
        <source>Renewal date:</source>
        <translation>Verlengingsdatum:</translation>
    </message>
    <message>
        <source>Today you pay {now} for the rest of this billing period, until {date}. From {date} on, {full} is charged with your regular subscription each month.</source>
        <translation>Vandaag betaal je {now} voor de rest van deze factureringsperiode, tot {date}. Vanaf {date} wordt elke maand {full} in rekening gebracht met je gewone abonnement.</translation>
    </message>
    <message>
        <source>Nothing more is charged for this billing period. From {date} on, {full} is charged with your regular subscription each month.</source>
        <translation>Voor deze factureringsperiode wordt niets meer in rekening gebracht. Vanaf {date} wordt elke maand {full} in rekening gebracht met je gewone abonnement.</translation>
    </message>
    <message>
        <source>The price was updated because the earlier quote expired. Please check it.</source>
        <translation>De prijs is bijgewerkt omdat de eerdere offerte is verlopen. Controleer de nieuwe prijs.</translation>
    </message>
    <message>
        <source>Getting an up-to-date price…</source>
        <translation>Actuele prijs ophalen…</translation>
    </message>
    <message>
        <source>This price is valid until {time}.</source>
        <translation>Deze prijs is geldig tot {time}.</translation>
    </message>
    <message>
        <source>Buying…</source>
        <translation>Bezig met kopen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Pay {amount} now</source>
        <translation>Nu {amount} betalen</translation>
    </message>
    <message>
        <source>Change to {tier}</source>
        <translation>Wijzigen naar {tier}</translation>
    </message>
    <message>
        <source>Add {tier}</source>
        <translation>{tier} toevoegen</translation>
    </message>
    <message>
        <source>The scheduled removal is cancelled: {old} keeps working until {date}, then {new} continues.</source>
        <translation>De geplande verwijdering vervalt: {old} blijft werken tot {date}, daarna loopt {new} door.</translation>
    </message>
    <message>
        <source>The scheduled removal is cancelled: Premium Support continues after {date}.</source>
        <translation>De geplande verwijdering vervalt: Premium Support loopt na {date} door.</translation>
    </message>
    <message>
        <source>The scheduled change to {next} on {date} is cancelled: {new} continues.</source>
        <translation>De geplande wijziging naar {next} op {date} vervalt: {new} loopt door.</translation>
    </message>
    <message>
        <source>{old} keeps working until {date}; {new} starts then. You can undo the change until that date.</source>
        <translation>{old} blijft werken tot {date}; dan begint {new}. Tot die datum kun je de wijziging ongedaan maken.</translation>
    </message>
</context>
<context>
    <name>RecommendationCard</name>
    <message numerus="yes">
        <source>Because of %n ticket(s) about {issue}.</source>
        <translation>
            <numerusform>Vanwege %n ticket over {issue}.</numerusform>
            <numerusform>Vanwege %n tickets over {issue}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Popular with teams like yours.</source>
        <translation>Populair bij teams zoals het jouwe.</translation>
    </message>
    <message>
        <source>Dropbox and Dropbox Dash</source>
        <translation>Dropbox en Dropbox Dash</translation>
    </message>
    <message>
        <source>{kind} · {product} · {duration}</source>
        <translation>{kind} · {product} · {duration}</translation>
    </message>
    <message>
        <source>{kind} · {product}</source>
        <translation>{kind} · {product}</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Openen in browser</translation>
    </message>
    <message>
        <source>Open “{title}” in the browser</source>
        <translation>‘{title}’ openen in de browser</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Markeren als gedaan</translation>
    </message>
    <message>
        <source>Not useful</source>
        <translation>Niet nuttig</translation>
    </message>
    <message>
        <source>Offline: this can be marked once the service is back.</source>
        <translation>Offline: dit kan worden gemarkeerd zodra de dienst weer bereikbaar is.</translation>
    </message>
</context>
<context>
    <name>RecommendationKind</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cursus</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikelen</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Video&apos;s</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursussen</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <source>Recommendations</source>
        <translation>Aanbevelingen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>Kind of recommendation</source>
        <translation>Soort aanbeveling</translation>
    </message>
    <message>
        <source>Your team has no tickets yet, so these are the most popular articles, videos and courses. Once you submit tickets, recommendations follow your team&apos;s issues.</source>
        <translation>Je team heeft nog geen tickets, dus dit zijn de populairste artikelen, video&apos;s en cursussen. Zodra je tickets indient, volgen de aanbevelingen de kwesties van je team.</translation>
    </message>
    <message>
        <source>Chosen from your team&apos;s tickets of the last six months.</source>
        <translation>Gekozen op basis van de tickets van je team van de afgelopen zes maanden.</translation>
    </message>
    <message>
        <source>These are in English: the help centre has them in no other language yet.</source>
        <translation>Deze zijn in het Engels: het helpcentrum heeft ze nog in geen andere taal.</translation>
    </message>
    <message>
        <source>Loading recommendations…</source>
        <translation>Aanbevelingen laden…</translation>
    </message>
    <message>
        <source>The service cannot be reached and no recommendations were stored yet.</source>
        <translation>De dienst is niet bereikbaar en er zijn nog geen aanbevelingen opgeslagen.</translation>
    </message>
    <message>
        <source>Offline: recommendations as last synced {when}.</source>
        <translation>Offline: aanbevelingen van de laatste synchronisatie ({when}).</translation>
    </message>
    <message>
        <source>“{title}” marked as done.</source>
        <translation>‘{title}’ is gemarkeerd als gedaan.</translation>
    </message>
    <message>
        <source>“{title}” marked as not useful.</source>
        <translation>‘{title}’ is gemarkeerd als niet nuttig.</translation>
    </message>
    <message>
        <source>No recommendations of this kind right now.</source>
        <translation>Er zijn nu geen aanbevelingen van deze soort.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
</context>
<context>
    <name>RemovedFollowerLine</name>
    <message>
        <source>{name} was removed from the followers.</source>
        <translation>{name} is als volger verwijderd.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Undo: add {name} back to the followers</source>
        <translation>Ongedaan maken: {name} weer als volger toevoegen</translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <source>Type a message…</source>
        <translation>Typ een bericht…</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>Schrijf een antwoord…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Bezig met verzenden…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Verzenden</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Verzenden (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Verzenden (Enter)</translation>
    </message>
    <message>
        <source>Enter to send, Shift+Enter for a new line</source>
        <translation>Enter om te verzenden, Shift+Enter voor een nieuwe regel</translation>
    </message>
    <message>
        <source>Write a message to send it</source>
        <translation>Schrijf een bericht om het te versturen</translation>
    </message>
    <message>
        <source>Nothing to send yet</source>
        <translation>Nog niets te verzenden</translation>
    </message>
    <message>
        <source>Ctrl+Enter to send</source>
        <translation>Ctrl+Enter om te verzenden</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Het bericht sluiten</translation>
    </message>
    <message>
        <source>Your reply is shown as from “Colleague” and {name} is notified.</source>
        <translation>Je antwoord wordt vermeld als ‘Collega’ en {name} wordt op de hoogte gebracht.</translation>
    </message>
    <message>
        <source>A reply can be at most 20,000 characters.</source>
        <translation>Een antwoord mag maximaal 20.000 tekens lang zijn.</translation>
    </message>
</context>
<context>
    <name>SalesContactDialog</name>
    <message>
        <source>Please write a message for your sales representative.</source>
        <translation>Schrijf een bericht voor je verkoopmedewerker.</translation>
    </message>
    <message>
        <source>The message is too long: at most {count} characters.</source>
        <translation>Het bericht is te lang: hoogstens {count} tekens.</translation>
    </message>
    <message>
        <source>Enter a phone number that can be dialled directly, with its country code (for example +44 20 7946 0958), or leave it empty.</source>
        <translation>Voer een direct te bellen telefoonnummer in, met landcode (bijvoorbeeld +44 20 7946 0958), of laat het leeg.</translation>
    </message>
    <message>
        <source>Contact your sales representative</source>
        <translation>Contact opnemen met je verkoopmedewerker</translation>
    </message>
    <message>
        <source>Your team pays by invoice, so Premium Support is bought through your sales representative. Tell them what you need; they will contact you.</source>
        <translation>Je team betaalt per factuur, dus Premium Support koop je via je verkoopmedewerker. Laat weten wat je nodig hebt; ze nemen contact met je op.</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>&amp;Phone (optional):</source>
        <translation>&amp;Telefoon (optioneel):</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Telefoon (optioneel)</translation>
    </message>
    <message>
        <source>Thank you. Your message was sent to your sales representative, who will contact you about Premium Support.</source>
        <translation>Bedankt. Je bericht is naar je verkoopmedewerker verzonden, die contact met je opneemt over Premium Support.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Bezig met verzenden…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Verzenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>SatisfactionBox</name>
    <message>
        <source>The ticket is open again: rate it once it is solved.</source>
        <translation>Het ticket is weer open: beoordeel het zodra het is opgelost.</translation>
    </message>
    <message>
        <source>Your rating of the answer</source>
        <translation>Je beoordeling van het antwoord</translation>
    </message>
    <message>
        <source>Was the answer good?</source>
        <translation>Was het antwoord goed?</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <source>Rate the answer good</source>
        <translation>Het antwoord als goed beoordelen</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Slecht</translation>
    </message>
    <message>
        <source>Rate the answer bad</source>
        <translation>Het antwoord als slecht beoordelen</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Opmerking (optioneel)</translation>
    </message>
    <message>
        <source>Comment on the answer</source>
        <translation>Opmerking over het antwoord</translation>
    </message>
    <message>
        <source>Change rating</source>
        <translation>Beoordeling wijzigen</translation>
    </message>
    <message>
        <source>Send rating</source>
        <translation>Beoordeling verzenden</translation>
    </message>
    <message>
        <source>Rated good on {when}.</source>
        <translation>Op {when} als goed beoordeeld.</translation>
    </message>
    <message>
        <source>Rated bad on {when}.</source>
        <translation>Op {when} als slecht beoordeeld.</translation>
    </message>
    <message>
        <source>Your comment: “{comment}”</source>
        <translation>Je opmerking: ‘{comment}’</translation>
    </message>
    <message>
        <source>Your rating helps support improve. You can change it.</source>
        <translation>Je beoordeling helpt Support beter te worden. Je kunt haar later wijzigen.</translation>
    </message>
</context>
<context>
    <name>SatisfactionTable</name>
    <message>
        <source>Ratings per issue</source>
        <translation>Beoordelingen per kwestie</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Kwestie</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Slecht</translation>
    </message>
    <message>
        <source>Rated good</source>
        <translation>Goed beoordeeld</translation>
    </message>
    <message>
        <source>Good and bad ratings per issue</source>
        <translation>Goede en slechte beoordelingen per kwestie</translation>
    </message>
    <message>
        <source>Tickets rated {first} to {last}, by issue: the last rating each ticket was given, and the share of good ones.</source>
        <translation>Tickets beoordeeld van {first} tot en met {last}, per kwestie: de laatste beoordeling van elk ticket, en het aandeel goede.</translation>
    </message>
    <message>
        <source>No ticket was rated in this period.</source>
        <translation>In deze periode is geen ticket beoordeeld.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered by a help article in this period, with no ticket needed.</source>
        <translation>
            <numerusform>%n vraag in deze periode beantwoord door een helpartikel, zonder ticket.</numerusform>
            <numerusform>%n vragen in deze periode beantwoord door helpartikelen, zonder ticket.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopeSelector</name>
    <message>
        <source>&amp;Tickets:</source>
        <translation>&amp;Tickets:</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Hele team</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mijn tickets</translation>
    </message>
    <message>
        <source>Whose tickets</source>
        <translation>Wiens tickets</translation>
    </message>
</context>
<context>
    <name>SearchNote</name>
    <message>
        <source>No tickets on this computer match. Searching every message on the service…</source>
        <translation>Geen tickets op deze computer komen overeen. Alle berichten worden bij de dienst doorzocht…</translation>
    </message>
    <message>
        <source>No tickets match these filters, in subjects or in any message.</source>
        <translation>Geen tickets gevonden met deze filters, niet in de onderwerpen en niet in de berichten.</translation>
    </message>
    <message>
        <source>No tickets match these filters. You are offline: messages are searched only in the conversations opened on this computer.</source>
        <translation>Geen tickets komen overeen met deze filters. Je bent offline: berichten worden alleen doorzocht in de gesprekken die op deze computer zijn geopend.</translation>
    </message>
    <message>
        <source>No tickets match these filters. The service could not search just now: messages are searched only in the conversations opened on this computer.</source>
        <translation>Geen tickets komen overeen met deze filters. De dienst kon nu niet zoeken: berichten worden alleen doorzocht in de gesprekken die op deze computer zijn geopend.</translation>
    </message>
    <message>
        <source>Searching every message on the service…</source>
        <translation>Alle berichten worden bij de dienst doorzocht…</translation>
    </message>
    <message>
        <source>You are offline: messages are searched only in the conversations opened on this computer.</source>
        <translation>Je bent offline: berichten worden alleen doorzocht in de gesprekken die op deze computer zijn geopend.</translation>
    </message>
    <message>
        <source>The service could not search just now: messages are searched only in the conversations opened on this computer. Change the search to try again.</source>
        <translation>De dienst kon nu niet zoeken: berichten worden alleen doorzocht in de gesprekken die op deze computer zijn geopend. Wijzig de zoekopdracht om het opnieuw te proberen.</translation>
    </message>
    <message>
        <source>The service found more tickets than it lists for one search: add words to narrow it.</source>
        <translation>De dienst vond meer tickets dan één zoekopdracht toont: voeg woorden toe om de zoekopdracht te verfijnen.</translation>
    </message>
    <message>
        <source>Searched every message, here and on the service.</source>
        <translation>Alle berichten doorzocht, op deze computer en bij de dienst.</translation>
    </message>
</context>
<context>
    <name>SecondStart</name>
    <message>
        <source>Premium Support Desk</source>
        <translation>Premium Support Desk</translation>
    </message>
    <message>
        <source>Premium Support Desk is already running, but it does not answer.</source>
        <translation>Premium Support Desk is al gestart, maar reageert niet.</translation>
    </message>
    <message>
        <source>Wait a moment and start it again. Or close it (if it does not close, end process {pid} in your system&apos;s task manager), then start it again.</source>
        <translation>Wacht even en start het opnieuw. Of sluit het programma dat al draait (sluit het niet, beëindig dan proces {pid} in taakbeheer van je systeem) en start het daarna opnieuw.</translation>
    </message>
    <message>
        <source>Wait a moment and start it again. Or close it (if it does not close, end it in your system&apos;s task manager), then start it again.</source>
        <translation>Wacht even en start het opnieuw. Of sluit het programma dat al draait (sluit het niet, beëindig het dan in taakbeheer van je systeem) en start het daarna opnieuw.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The account&apos;s language ({language})</source>
        <translation>Taal van je account ({language})</translation>
    </message>
    <message>
        <source>The account&apos;s language</source>
        <translation>Taal van je account</translation>
    </message>
    <message>
        <source>Chosen at start for this run. A language you choose here is kept.</source>
        <translation>Bij het starten gekozen voor deze keer. Een taal die je hier kiest, wordt bewaard.</translation>
    </message>
    <message>
        <source>&amp;Notify me when support answers one of my tickets</source>
        <translation>&amp;Melding geven als Support een van mijn tickets beantwoordt</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Local &amp;demo workspace on this computer</source>
        <translation>&amp;Lokale demowerkruimte op deze computer</translation>
    </message>
    <message>
        <source>&amp;Premium Support server:</source>
        <translation>&amp;Premium Support-server:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <source>The local demo workspace keeps a sample team on this computer. Choose a server to work with your team&apos;s real tickets.</source>
        <translation>De lokale demowerkruimte bewaart een voorbeeldteam op deze computer. Kies een server om met de echte tickets van je team te werken.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japans</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, or choose the local demo workspace.</source>
        <translation>Voer het adres van de server in of kies de lokale demowerkruimte.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Contact support (new ticket)</source>
        <translation>Contact opnemen met Support (nieuw ticket)</translation>
    </message>
    <message>
        <source>Contact support: from the subject to the suggested help articles</source>
        <translation>Contact opnemen met Support: van het onderwerp naar de voorgestelde helpartikelen</translation>
    </message>
    <message>
        <source>Search the ticket list</source>
        <translation>In de ticketlijst zoeken</translation>
    </message>
    <message>
        <source>Clear the search (in the search box or the list)</source>
        <translation>De zoekopdracht wissen (in het zoekvak of de lijst)</translation>
    </message>
    <message>
        <source>Refresh the page shown</source>
        <translation>De getoonde pagina vernieuwen</translation>
    </message>
    <message>
        <source>Go to the 1st, 2nd … page of the navigation (the Go menu lists them)</source>
        <translation>Naar de 1e, 2e … pagina van de navigatie (het menu Ga naar toont ze)</translation>
    </message>
    <message>
        <source>Open the selected ticket</source>
        <translation>Het gekozen ticket openen</translation>
    </message>
    <message>
        <source>The list&apos;s first or last ticket</source>
        <translation>Eerste of laatste ticket van de lijst</translation>
    </message>
    <message>
        <source>Sort the list, show or hide its columns (on a row)</source>
        <translation>De lijst sorteren, kolommen tonen of verbergen (op een rij)</translation>
    </message>
    <message>
        <source>Insights: the chart&apos;s next bar (first, last)</source>
        <translation>Inzichten: volgende balk van de grafiek (eerste, laatste)</translation>
    </message>
    <message>
        <source>Arrows, {keys}</source>
        <translation>Pijltjestoetsen, {keys}</translation>
    </message>
    <message>
        <source>Insights: open a bar&apos;s or a tile&apos;s tickets</source>
        <translation>Inzichten: de tickets van een balk of tegel openen</translation>
    </message>
    <message>
        <source>Write a reply (to the open ticket, or the one selected in a list)</source>
        <translation>Een antwoord schrijven (op het geopende ticket, of het gekozen ticket in een lijst)</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Het antwoord verzenden</translation>
    </message>
    <message>
        <source>Send a chat line (Shift+Enter: a new line)</source>
        <translation>Een chatbericht verzenden (Shift+Enter: nieuwe regel)</translation>
    </message>
    <message>
        <source>Back (to the list; from a chart&apos;s tickets, to Insights)</source>
        <translation>Terug (naar de lijst; van de tickets van een grafiek naar Inzichten)</translation>
    </message>
    <message>
        <source>Close the chat window</source>
        <translation>Het chatvenster sluiten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Sneltoets</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Premium Support</source>
        <translation>Aanmelden bij Premium Support</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>For example {email}</source>
        <translation>Bijvoorbeeld {email}</translation>
    </message>
    <message>
        <source>you@company.example</source>
        <translation>jij@bedrijf.example</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in</source>
        <translation>&amp;Aangemeld blijven</translation>
    </message>
    <message>
        <source>There is no system keyring on this computer to keep you signed in: you will sign in again each time the app starts.</source>
        <translation>Deze computer heeft geen sleutelbos van het systeem om je aangemeld te houden: je meldt je opnieuw aan telkens als de app start.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Bezig met aanmelden…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Local demo workspace on this computer</source>
        <translation>Lokale demowerkruimte op deze computer</translation>
    </message>
    <message>
        <source>Demo password: {password}</source>
        <translation>Demowachtwoord: {password}</translation>
    </message>
    <message>
        <source>Sign in to a server instead</source>
        <translation>In plaats daarvan aanmelden bij een server</translation>
    </message>
    <message>
        <source>Use the local demo workspace</source>
        <translation>Lokale demowerkruimte gebruiken</translation>
    </message>
    <message>
        <source>Please fill in the server, your e-mail address and password.</source>
        <translation>Vul de server, je e-mailadres en je wachtwoord in.</translation>
    </message>
</context>
<context>
    <name>SignOutConfirmation</name>
    <message>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <source>Sign out? What you have not sent stays on this computer, for when you sign in with this account again.</source>
        <translation>Afmelden? Wat je nog niet hebt verzonden, blijft bewaard op deze computer tot je je opnieuw aanmeldt met dit account.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s), in Drafts and outbox.</source>
        <translation>
            <numerusform>%n concept, in Concepten en postvak UIT.</numerusform>
            <numerusform>%n concepten, in Concepten en postvak UIT.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting in the outbox: sent when you sign in again.</source>
        <translation>
            <numerusform>%n bericht wacht in het postvak UIT: het wordt verzonden als je je opnieuw aanmeldt.</numerusform>
            <numerusform>%n berichten wachten in het postvak UIT: ze worden verzonden als je je opnieuw aanmeldt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) that could not be sent: in Drafts and outbox, with the reason.</source>
        <translation>
            <numerusform>%n bericht kon niet worden verzonden: in Concepten en postvak UIT, met de reden.</numerusform>
            <numerusform>%n berichten konden niet worden verzonden: in Concepten en postvak UIT, met de reden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignedOutPage</name>
    <message>
        <source>You are not signed in. Sign in to see your support tickets.</source>
        <translation>Je bent niet aangemeld. Meld je aan om je supporttickets te zien.</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Aanmelden…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
</context>
<context>
    <name>SlaBadge</name>
    <message>
        <source>answered in {span}</source>
        <translation>beantwoord in {span}</translation>
    </message>
    <message>
        <source>answer due in under 1 min</source>
        <comment>a ticket list&apos;s Response cell, under that title: as short as it can be</comment>
        <translation>binnen 1 min</translation>
    </message>
    <message>
        <source>answer due in {span}</source>
        <comment>a ticket list&apos;s Response cell, under that title: as short as it can be</comment>
        <translation>binnen {span}</translation>
    </message>
    <message>
        <source>answer due in {span}</source>
        <translation>antwoord binnen {span}</translation>
    </message>
    <message>
        <source>overdue by under 1 min</source>
        <comment>a ticket list&apos;s Response cell, under that title: as short as it can be</comment>
        <translation>net te laat</translation>
    </message>
    <message>
        <source>overdue by {span}</source>
        <translation>{span} te laat</translation>
    </message>
</context>
<context>
    <name>Spans</name>
    <message numerus="yes">
        <source>within %n hour(s)</source>
        <translation>
            <numerusform>binnen %n uur</numerusform>
            <numerusform>binnen %n uur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within %n minute(s)</source>
        <translation>
            <numerusform>binnen %n minuut</numerusform>
            <numerusform>binnen %n minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusEventLine</name>
    <message>
        <source>{name} joined the chat</source>
        <translation>{name} heeft zich bij de chat gevoegd</translation>
    </message>
    <message>
        <source>You ended the chat</source>
        <translation>Je hebt de chat beëindigd</translation>
    </message>
    <message>
        <source>{name} ended the chat</source>
        <translation>{name} heeft de chat beëindigd</translation>
    </message>
    <message>
        <source>You marked this solved</source>
        <translation>Je hebt dit als opgelost gemarkeerd</translation>
    </message>
    <message>
        <source>{name} marked this solved</source>
        <translation>{name} heeft dit als opgelost gemarkeerd</translation>
    </message>
    <message>
        <source>You reopened this</source>
        <translation>Je hebt dit heropend</translation>
    </message>
    <message>
        <source>{name} reopened this</source>
        <translation>{name} heeft dit heropend</translation>
    </message>
    <message>
        <source>You set the status to {status}</source>
        <translation>Je hebt de status op {status} gezet</translation>
    </message>
    <message>
        <source>{name} set the status to {status}</source>
        <translation>{name} heeft de status op {status} gezet</translation>
    </message>
    <message>
        <source>{what} · {time}</source>
        <translation>{what} · {time}</translation>
    </message>
    <message>
        <source>{what}, {time}</source>
        <translation>{what}, {time}</translation>
    </message>
</context>
<context>
    <name>StoreNotices</name>
    <message>
        <source>Premium Support Desk</source>
        <translation>Premium Support Desk</translation>
    </message>
    <message>
        <source>The copy of your tickets on this computer was written by a newer version of Premium Support Desk, which this version cannot read. A new copy was made, and your tickets are being downloaded again from the service.</source>
        <translation>De kopie van je tickets op deze computer is gemaakt door een nieuwere versie van Premium Support Desk, die deze versie niet kan lezen. Er is een nieuwe kopie gemaakt en je tickets worden opnieuw gedownload van de dienst.</translation>
    </message>
    <message>
        <source>The copy of your tickets on this computer was damaged. A new copy was made, and your tickets are being downloaded again from the service.</source>
        <translation>De kopie van je tickets op deze computer was beschadigd. Er is een nieuwe kopie gemaakt en je tickets worden opnieuw gedownload van de dienst.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) kept.</source>
        <translation>
            <numerusform>%n concept bewaard.</numerusform>
            <numerusform>%n concepten bewaard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent message(s) kept; they will be sent as usual.</source>
        <translation>
            <numerusform>%n niet-verzonden bericht bewaard; het wordt gewoon verzonden.</numerusform>
            <numerusform>%n niet-verzonden berichten bewaard; ze worden gewoon verzonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Any other drafts or unsent messages were on damaged parts of the file and could not be read.</source>
        <translation>Eventuele andere concepten of niet-verzonden berichten stonden op beschadigde delen van het bestand en konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>No drafts or unsent messages could be read from it.</source>
        <translation>Er konden geen concepten of niet-verzonden berichten uit worden gelezen.</translation>
    </message>
    <message>
        <source>It held no drafts or unsent messages.</source>
        <translation>Er stonden geen concepten of niet-verzonden berichten in.</translation>
    </message>
    <message>
        <source>The old copy is kept at: {path}</source>
        <translation>De oude kopie staat hier: {path}</translation>
    </message>
    <message>
        <source>The damaged copy is kept at: {path}</source>
        <translation>De beschadigde kopie staat hier: {path}</translation>
    </message>
    <message>
        <source>Still nothing can be saved: free some space first.</source>
        <translation>Er kan nog steeds niets worden opgeslagen: maak eerst ruimte vrij.</translation>
    </message>
</context>
<context>
    <name>SuggestionRow</name>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <source>{kind}: {title} (opens in the browser)</source>
        <translation>{kind}: {title} (wordt geopend in de browser)</translation>
    </message>
    <message>
        <source>Answered — close the form</source>
        <translation>Dit helpt — sluiten</translation>
    </message>
    <message>
        <source>“{title}” answered my question. Closes Contact support without sending; your question is kept as a draft for a week.</source>
        <translation>“{title}” beantwoordt mijn vraag. Sluit Contact opnemen met Support zonder te verzenden; je vraag blijft een week bewaard als concept.</translation>
    </message>
    <message>
        <source>Answered by {title}: close the form without sending</source>
        <translation>Mijn vraag is beantwoord door {title}: formulier sluiten zonder te verzenden</translation>
    </message>
</context>
<context>
    <name>SuggestionsSlot</name>
    <message>
        <source>Help articles that match your question appear here.</source>
        <translation>Helpartikelen die bij je vraag passen, verschijnen hier.</translation>
    </message>
</context>
<context>
    <name>SupportHoursText</name>
    <message>
        <source>24/7 in English. In Japanese: Monday to Friday, 09:00–17:00 Japan Standard Time.</source>
        <translation>24/7 in het Engels. In het Japans: maandag t/m vrijdag, 09:00–17:00 uur Japanse standaardtijd.</translation>
    </message>
</context>
<context>
    <name>ThumbnailButton</name>
    <message>
        <source>{name}
Loading…</source>
        <translation>{name}
Laden…</translation>
    </message>
    <message>
        <source>Loading the image</source>
        <translation>Afbeelding laden</translation>
    </message>
    <message>
        <source>{name}
No preview</source>
        <translation>{name}
Geen voorbeeld</translation>
    </message>
    <message>
        <source>The preview could not be loaded (offline?). Click to try to show it.</source>
        <translation>Het voorbeeld kon niet worden geladen (offline?). Klik om te proberen het te tonen.</translation>
    </message>
    <message>
        <source>Show {name} full size</source>
        <translation>{name} op ware grootte tonen</translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation>Afbeelding {name}</translation>
    </message>
    <message>
        <source>Press Enter to show it full size</source>
        <translation>Druk op Enter om het op ware grootte te tonen</translation>
    </message>
</context>
<context>
    <name>TicketCategory</name>
    <message>
        <source>Sign-in and access</source>
        <translation>Aanmelden en toegang</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Delen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturering</translation>
    </message>
    <message>
        <source>Admin console</source>
        <translation>Beheerconsole</translation>
    </message>
    <message>
        <source>Data recovery</source>
        <translation>Gegevensherstel</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integraties</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Prestaties</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>TicketChannel</name>
    <message>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Terugbelverzoek</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>TicketExport</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Ingediend door</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>First response due</source>
        <translation>Eerste reactie uiterlijk</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Eerste reactie</translation>
    </message>
    <message>
        <source>Response target status</source>
        <translation>Status responstermijn</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Op tijd</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Wacht op reactie</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Overschreden</translation>
    </message>
</context>
<context>
    <name>TicketFilters</name>
    <message>
        <source>Search subjects and messages… (Ctrl+F)</source>
        <translation>Zoek in onderwerpen en berichten… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>Tickets zoeken</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Alle producten</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <source>New, open or pending</source>
        <translation>Nieuw, open of in afwachting</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
</context>
<context>
    <name>TicketLinks</name>
    <message>
        <source>This link does not name a ticket: {link}</source>
        <translation>Deze link verwijst niet naar een ticket: {link}</translation>
    </message>
    <message>
        <source>Looking for ticket #{number}…</source>
        <translation>Ticket #{number} zoeken…</translation>
    </message>
    <message>
        <source>Ticket #{number} is not on this computer yet, and the service cannot be reached. Open the link again when you are online.</source>
        <translation>Ticket #{number} staat nog niet op deze computer en de dienst is niet bereikbaar. Open de link opnieuw wanneer je online bent.</translation>
    </message>
    <message>
        <source>Ticket #{number} is not among the tickets you can see. It may belong to another team, or the link has a typo.</source>
        <translation>Ticket #{number} hoort niet bij de tickets die je kunt zien. Het is misschien van een ander team, of de link bevat een typefout.</translation>
    </message>
    <message>
        <source>Open a ticket link</source>
        <translation>Ticketlink openen</translation>
    </message>
</context>
<context>
    <name>TicketListPage</name>
    <message numerus="yes">
        <source>Syncing… %n ticket(s) so far</source>
        <translation>
            <numerusform>Synchroniseren… %n ticket tot nu toe</numerusform>
            <numerusform>Synchroniseren… %n tickets tot nu toe</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Actueel</translation>
    </message>
    <message>
        <source>Live updates are on. Last synced {when}.</source>
        <translation>Live-updates staan aan. Laatst gesynchroniseerd: {when}.</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>Laatst gesynchroniseerd: {when}</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>Mijn tickets</translation>
    </message>
    <message>
        <source>Team tickets</source>
        <translation>Tickets van het team</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>Mijn verzoeken</translation>
    </message>
    <message>
        <source>Tickets from Insights</source>
        <translation>Tickets uit Inzichten</translation>
    </message>
    <message>
        <source>Your teammates&apos; tickets changed since {date} (earlier ones are not listed here). A reply you send on one shows as from “Colleague”, and the teammate who asked is told.</source>
        <translation>Tickets van je teamleden die sinds {date} zijn gewijzigd (eerdere staan hier niet). Een antwoord dat je hier verzendt, verschijnt als van ‘Collega’, en het teamlid dat de vraag stelde, krijgt bericht.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Contact support…</source>
        <translation>Contact opnemen met Support…</translation>
    </message>
    <message>
        <source>Open a new ticket (Ctrl+N)</source>
        <translation>Nieuw ticket openen (Ctrl+N)</translation>
    </message>
    <message>
        <source>The local demo workspace is not running: choose “Start it again” to refresh.</source>
        <translation>De lokale demowerkruimte draait niet: kies ‘Opnieuw starten’ om te vernieuwen.</translation>
    </message>
    <message>
        <source>Load the newest tickets (F5)</source>
        <translation>Nieuwste tickets laden (F5)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>The tickets could not be loaded: the local demo workspace is not running.</source>
        <translation>De tickets konden niet worden geladen: de lokale demowerkruimte draait niet.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Zoekopdracht wissen</translation>
    </message>
    <message>
        <source>Save this list, as filtered, as a CSV file</source>
        <translation>Deze lijst, zoals gefilterd, opslaan als CSV-bestand</translation>
    </message>
    <message>
        <source>More than 10,000 tickets</source>
        <translation>Meer dan 10.000 tickets</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the local demo workspace…</source>
        <translation>Lokale demowerkruimte starten…</translation>
    </message>
    <message>
        <source>Loading tickets…</source>
        <translation>Tickets laden…</translation>
    </message>
    <message>
        <source>The tickets could not be loaded. Press Refresh to try again.</source>
        <translation>De tickets konden niet worden geladen. Klik op Vernieuwen om het opnieuw te proberen.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Niet aangemeld.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>No tickets match these filters.</source>
        <translation>Geen tickets voldoen aan deze filters.</translation>
    </message>
    <message>
        <source>Messages are searched in the conversations opened on this computer.</source>
        <translation>Berichten worden doorzocht in de gesprekken die op deze computer zijn geopend.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>You have no tickets yet.</source>
        <translation>Je hebt nog geen tickets.</translation>
    </message>
    <message>
        <source>Nothing to export: this list is empty</source>
        <translation>Niets te exporteren: deze lijst is leeg</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n ticket(s) to {file}.</source>
        <translation>
            <numerusform>%n ticket geëxporteerd naar {file}.</numerusform>
            <numerusform>%n tickets geëxporteerd naar {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your team members have no recent tickets.</source>
        <translation>Je teamleden hebben geen recente tickets.</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>← My tickets</source>
        <translation>← Mijn tickets</translation>
    </message>
    <message>
        <source>← Team tickets</source>
        <translation>← Tickets van het team</translation>
    </message>
    <message>
        <source>Discard reply</source>
        <translation>Antwoord weggooien</translation>
    </message>
    <message>
        <source>Discard this reply? It has not been sent, and its text will be lost.</source>
        <translation>Dit antwoord weggooien? Het is niet verzonden en de tekst gaat verloren.</translation>
    </message>
    <message>
        <source>The callback was not cancelled: {why}</source>
        <translation>Het terugbelverzoek is niet geannuleerd: {why}</translation>
    </message>
    <message>
        <source>Callback for ticket #{number} cancelled; the ticket stays open.</source>
        <translation>Terugbelverzoek voor ticket #{number} geannuleerd; het ticket blijft open.</translation>
    </message>
    <message>
        <source>Callback for ticket #{number} cancelled; the ticket is solved.</source>
        <translation>Terugbelverzoek voor ticket #{number} geannuleerd; het ticket is opgelost.</translation>
    </message>
    <message>
        <source>Support answered meanwhile: read it, or Send anyway.</source>
        <translation>Support heeft intussen geantwoord: lees het, of kies Toch verzenden.</translation>
    </message>
    <message>
        <source>{name} is told by e-mail.</source>
        <translation>{name} krijgt hierover een e-mail.</translation>
    </message>
    <message>
        <source>Ticket #{number} is marked solved.</source>
        <translation>Ticket #{number} is als opgelost gemarkeerd.</translation>
    </message>
    <message>
        <source>Ticket #{number} is open again.</source>
        <translation>Ticket #{number} is weer open.</translation>
    </message>
    <message>
        <source>← Tickets from Insights</source>
        <translation>← Tickets uit Inzichten</translation>
    </message>
    <message>
        <source>← Get help</source>
        <translation>← Hulp krijgen</translation>
    </message>
    <message>
        <source>← Drafts</source>
        <translation>← Concepten</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Terug (Esc)</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Arrow and Page keys scroll it; R writes a reply.</source>
        <translation>Met de pijltjestoetsen en Page Up/Page Down scroll je erdoor; R schrijft een antwoord.</translation>
    </message>
    <message>
        <source>This ticket&apos;s conversation has not been downloaded yet. It loads once the local demo workspace is started again.</source>
        <translation>Het gesprek van dit ticket is nog niet gedownload. Het wordt geladen zodra de lokale demowerkruimte opnieuw is gestart.</translation>
    </message>
    <message>
        <source>Offline: this ticket&apos;s conversation has not been downloaded yet. It loads by itself when the connection returns.</source>
        <translation>Offline: het gesprek van dit ticket is nog niet gedownload. Het wordt vanzelf geladen zodra de verbinding terug is.</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Gesprek laden…</translation>
    </message>
    <message>
        <source>The local demo workspace is not running: the conversation as last synced.</source>
        <translation>De lokale demowerkruimte draait niet: het gesprek zoals het laatst is gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Offline: the conversation as last synced.</source>
        <translation>Offline: het gesprek zoals het laatst is gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Mark solved</source>
        <translation>Markeren als opgelost</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <source>Contact support…</source>
        <translation>Contact opnemen met Support…</translation>
    </message>
    <message>
        <source>Contact support</source>
        <translation>Contact opnemen met Support</translation>
    </message>
    <message>
        <source>Ask a new question that follows up this one</source>
        <translation>Stel een nieuwe vraag als vervolg op deze</translation>
    </message>
    <message>
        <source>Show chat window</source>
        <translation>Chatvenster tonen</translation>
    </message>
    <message>
        <source>Follow this chat in a window of its own</source>
        <translation>Deze chat in een eigen venster volgen</translation>
    </message>
    <message>
        <source>Cancel callback</source>
        <translation>Terugbelverzoek annuleren</translation>
    </message>
    <message>
        <source>You no longer need the call: leave the queue. You are asked whether the ticket stays open.</source>
        <translation>Je hoeft niet meer gebeld te worden: je verlaat de wachtrij. Je wordt gevraagd of het ticket open blijft.</translation>
    </message>
    <message>
        <source>End chat</source>
        <translation>Chat beëindigen</translation>
    </message>
    <message>
        <source>End this live chat with support</source>
        <translation>Deze livechat met support beëindigen</translation>
    </message>
    <message>
        <source>No ticket to show. The ticket you select in the list is shown here.</source>
        <translation>Geen ticket om te tonen. Het ticket dat je in de lijst selecteert, wordt hier getoond.</translation>
    </message>
    <message>
        <source>Offline: possible once the service answers again.</source>
        <translation>Offline: mogelijk zodra de dienst weer antwoordt.</translation>
    </message>
    <message>
        <source>#{number} {subject}</source>
        <translation>#{number} {subject}</translation>
    </message>
    <message>
        <source>opened {created} by {name}</source>
        <translation>{created} geopend door {name}</translation>
    </message>
    <message>
        <source>This ticket was closed while you were writing. Your text is kept below: copy it, then contact support again.</source>
        <translation>Dit ticket is gesloten terwijl je schreef. Je tekst staat hieronder: kopieer hem en neem dan opnieuw contact op met Support.</translation>
    </message>
    <message>
        <source>This ticket is closed: it was solved and then quiet for 7 days. To follow up, contact support again.</source>
        <translation>Dit ticket is gesloten: het was opgelost en daarna 7 dagen lang inactief. Neem opnieuw contact op met Support als je nog vragen hebt.</translation>
    </message>
    <message>
        <source>Chat: waiting for a support agent to join… You are number {position} in the queue.</source>
        <translation>Chat: wachten tot een supportmedewerker deelneemt… Je bent nummer {position} in de wachtrij.</translation>
    </message>
    <message>
        <source>Chat: waiting for a support agent to join…</source>
        <translation>Chat: wachten tot een supportmedewerker deelneemt…</translation>
    </message>
    <message>
        <source>Chat: a support agent is with you.</source>
        <translation>Chat: je bent verbonden met een supportmedewerker.</translation>
    </message>
    <message>
        <source>Chat ended.</source>
        <translation>Chat beëindigd.</translation>
    </message>
    <message>
        <source>Callback to {phone}: number {position} in the queue, about {minutes} min.</source>
        <translation>Terugbelverzoek voor {phone}: nummer {position} in de wachtrij, ongeveer {minutes} min.</translation>
    </message>
    <message>
        <source>Callback: calling {phone} now.</source>
        <translation>Terugbelverzoek: we bellen je nu op {phone}.</translation>
    </message>
    <message>
        <source>Callback to {phone} completed.</source>
        <translation>Terugbelverzoek voor {phone} afgehandeld.</translation>
    </message>
    <message>
        <source>Callback to {phone} cancelled: support answers in writing, here and by e-mail.</source>
        <translation>Terugbelverzoek voor {phone} geannuleerd: support antwoordt schriftelijk, hier en per e-mail.</translation>
    </message>
    <message>
        <source>Callback to {phone} cancelled.</source>
        <translation>Terugbelverzoek voor {phone} geannuleerd.</translation>
    </message>
    <message>
        <source>Callback to {phone} failed: nobody answered.</source>
        <translation>Terugbelverzoek voor {phone} mislukt: er werd niet opgenomen.</translation>
    </message>
    <message>
        <source>Answered in time: first response {answered} (target {due}).</source>
        <translation>Op tijd beantwoord: eerste reactie {answered} (uiterlijk {due}).</translation>
    </message>
    <message>
        <source>Response target missed: first response {answered}, it was due {due}.</source>
        <translation>Responstermijn overschreden: eerste reactie {answered}, uiterlijk {due} verwacht.</translation>
    </message>
    <message>
        <source>Solved without a response from support.</source>
        <translation>Opgelost zonder reactie van support.</translation>
    </message>
    <message>
        <source>Response target missed: the first response was due {due}.</source>
        <translation>Responstermijn overschreden: de eerste reactie werd uiterlijk {due} verwacht.</translation>
    </message>
    <message>
        <source>Waiting for the first response, due {due}.</source>
        <translation>Wachten op de eerste reactie, uiterlijk {due}.</translation>
    </message>
</context>
<context>
    <name>TicketStatus</name>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In afwachting</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Reactie</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Ingediend door</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>#</source>
        <comment>the Number column&apos;s title, over #1049; kept short</comment>
        <translation>#</translation>
    </message>
    <message>
        <source>{subject}. In a message: {snippet}</source>
        <translation>{subject}. In een bericht: {snippet}</translation>
    </message>
    <message>
        <source>In time: first answered before its target ran out.</source>
        <translation>Op tijd: de eerste reactie kwam voordat het doel verstreken was.</translation>
    </message>
    <message>
        <source>Waiting for a first answer, still in time.</source>
        <translation>Wacht op een eerste reactie, nog op tijd.</translation>
    </message>
    <message>
        <source>Late: first answered after its target ran out.</source>
        <translation>Te laat: de eerste reactie kwam nadat het doel verstreken was.</translation>
    </message>
    <message>
        <source>Late: no first answer yet, and its target has run out.</source>
        <translation>Te laat: nog geen eerste reactie, en het doel is verstreken.</translation>
    </message>
    <message>
        <source>Response time target: first answer {within}</source>
        <translation>Doel voor de responstijd: eerste reactie {within}</translation>
    </message>
    <message>
        <source>First response due {due}</source>
        <translation>Eerste reactie uiterlijk {due}</translation>
    </message>
    <message>
        <source>Counted from {start}, when Japanese support opened.</source>
        <translation>Geteld vanaf {start}, toen de Japanse support openging.</translation>
    </message>
    <message>
        <source>{subject} — new answer from support</source>
        <translation>{subject} — nieuw antwoord van Support</translation>
    </message>
</context>
<context>
    <name>TileHint</name>
    <message numerus="yes">
        <source>Show the %n late ticket(s)</source>
        <translation>
            <numerusform>%n te laat ticket tonen</numerusform>
            <numerusform>De %n te late tickets tonen</numerusform>
        </translation>
    </message>
    <message>
        <source>Opens the list of these tickets. {tickets}</source>
        <translation>Opent de lijst van deze tickets. {tickets}</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Issue trends: your tickets per week, by category</source>
        <translation>Probleemtrends: je tickets per week, per categorie</translation>
    </message>
    <message>
        <source>Issue trends</source>
        <translation>Probleemtrends</translation>
    </message>
    <message>
        <source>Issue trends are shown when the connection returns.</source>
        <translation>Probleemtrends worden getoond zodra de verbinding terug is.</translation>
    </message>
    <message>
        <source>Loading issue trends…</source>
        <translation>Probleemtrends laden…</translation>
    </message>
    <message>
        <source>No tickets in the last 12 weeks: no trends to show.</source>
        <translation>Geen tickets in de afgelopen 12 weken: geen trends om te tonen.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
</context>
<context>
    <name>UnwritableBanner</name>
    <message>
        <source>&lt;b&gt;Nothing can be saved on this computer&lt;/b&gt; — its disk is full or the app&apos;s folder is read-only. What you write is kept while the app stays open; free some space, then try again.</source>
        <translation>&lt;b&gt;Er kan niets worden opgeslagen op deze computer&lt;/b&gt; — de schijf is vol of de map van de app is alleen-lezen. Wat je schrijft, blijft bewaard zolang de app open blijft; maak ruimte vrij en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>Save again</source>
        <translation>Opnieuw opslaan</translation>
    </message>
    <message>
        <source>Try saving on this computer again</source>
        <translation>Opnieuw proberen op te slaan op deze computer</translation>
    </message>
</context>
<context>
    <name>WebinarActions</name>
    <message>
        <source>Add the webinar to a calendar</source>
        <translation>Het webinar aan een agenda toevoegen</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <source>Save to calendar file…</source>
        <translation>Opslaan als agendabestand…</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Aan agenda toevoegen</translation>
    </message>
    <message>
        <source>Open webinar page</source>
        <translation>Webinarpagina openen</translation>
    </message>
    <message>
        <source>Save the chosen webinar as a calendar file (.ics)</source>
        <translation>Het gekozen webinar opslaan als agendabestand (.ics)</translation>
    </message>
    <message>
        <source>Add the chosen webinar to your calendar app</source>
        <translation>Het gekozen webinar aan je agenda-app toevoegen</translation>
    </message>
    <message>
        <source>Open the chosen webinar&apos;s page in the browser</source>
        <translation>De pagina van het gekozen webinar in de browser openen</translation>
    </message>
</context>
<context>
    <name>WebinarModel</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duur</translation>
    </message>
</context>
<context>
    <name>WebinarTime</name>
    <message>
        <source>{date}, {time} ({zone})</source>
        <translation>{date} om {time} ({zone})</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>Too many sign-in attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Te veel aanmeldpogingen. Probeer het over %n seconde opnieuw.</numerusform>
            <numerusform>Te veel aanmeldpogingen. Probeer het over %n seconden opnieuw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Te veel aanmeldpogingen. Probeer het over %n minuut opnieuw.</numerusform>
            <numerusform>Te veel aanmeldpogingen. Probeer het over %n minuten opnieuw.</numerusform>
        </translation>
    </message>
</context>
</TS>
