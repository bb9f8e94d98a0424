<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AppController</name>
    <message>
        <location filename="../desktop/bootstrap/controller.py" line="127"/>
        <source>No system keyring: you will have to sign in again next time.</source>
        <translation>Geen systeemsleutelhanger: je moet je de volgende keer opnieuw aanmelden.</translation>
    </message>
</context>
<context>
    <name>Author</name>
    <message>
        <location filename="../desktop/ui/labels.py" line="53"/>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="55"/>
        <source>Colleague</source>
        <translation>Collega</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="57"/>
        <source>{name} (Support)</source>
        <translation>{name} (Support)</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <location filename="../desktop/ui/connection_indicator.py" line="36"/>
        <source>the local demo workspace</source>
        <translation>de lokale demowerkruimte</translation>
    </message>
    <message>
        <location filename="../desktop/ui/connection_indicator.py" line="38"/>
        <source>● Not connected</source>
        <translation>● Niet verbonden</translation>
    </message>
    <message>
        <location filename="../desktop/ui/connection_indicator.py" line="39"/>
        <source>● Connecting to {where}…</source>
        <translation>● Verbinden met {where}…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/connection_indicator.py" line="40"/>
        <source>● Connected to {where} as {user}</source>
        <translation>● Verbonden met {where} als {user}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/connection_indicator.py" line="43"/>
        <source>● Cannot reach {where}</source>
        <translation>● {where} is niet bereikbaar</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <location filename="../desktop/ui/messages.py" line="31"/>
        <source>Premium Support Desk</source>
        <translation>Premium Support Desk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/messages.py" line="36"/>
        <source>Copy details</source>
        <translation>Details kopiëren</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../desktop/bootstrap/screenshots.py" line="106"/>
        <location filename="../desktop/ui/error_text.py" line="85"/>
        <source>The e-mail address or password is not correct.</source>
        <translation>Het e-mailadres of wachtwoord is onjuist.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="37"/>
        <source>Cannot reach the server at {url}. Check the address and your connection, then try again.</source>
        <translation>De server op {url} is niet bereikbaar. Controleer het adres en je verbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="45"/>
        <source>“{url}” is not a server address. It should look like https://support.example.com.</source>
        <translation>“{url}” is geen serveradres. Een serveradres ziet eruit als https://support.example.com.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="52"/>
        <source>{url} answered, but it is not a Premium Support server. Check the address.</source>
        <translation>{url} reageert, maar is geen Premium Support-server. Controleer het adres.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="59"/>
        <source>Your session has expired. Sign in again to continue.</source>
        <translation>Je sessie is verlopen. Meld je opnieuw aan om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="65"/>
        <source>The local demo workspace could not start. Restart the app; if it happens again, send the details below to support.</source>
        <translation>De lokale demowerkruimte kon niet worden gestart. Start de app opnieuw; gebeurt dit nog eens, stuur dan de onderstaande details naar Support.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="73"/>
        <source>Something went wrong in Premium Support Desk. Your work is safe; please send the details below to support.</source>
        <translation>Er is iets misgegaan in Premium Support Desk. Je werk is veilig; stuur de onderstaande details naar Support.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="91"/>
        <source>Only team admins can do this.</source>
        <translation>Alleen beheerders van het team kunnen dit doen.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="93"/>
        <source>This item no longer exists, or you have no access to it.</source>
        <translation>Dit item bestaat niet meer of je hebt er geen toegang toe.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="97"/>
        <source>Some fields are missing or not valid: {fields}.</source>
        <translation>Sommige velden ontbreken of zijn ongeldig: {fields}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="101"/>
        <source>The server had a problem. Try again in a moment.</source>
        <translation>Er is een probleem op de server opgetreden. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/error_text.py" line="104"/>
        <source>The server refused the request ({code}).</source>
        <translation>De server heeft het verzoek geweigerd ({code}).</translation>
    </message>
</context>
<context>
    <name>LocalModeBanner</name>
    <message>
        <location filename="../desktop/ui/local_banner.py" line="41"/>
        <source>&lt;b&gt;Local demo workspace&lt;/b&gt; — a sample team on this computer, signed in as {name}.</source>
        <translation>&lt;b&gt;Lokale demowerkruimte&lt;/b&gt; — een voorbeeldteam op deze computer, aangemeld als {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/local_banner.py" line="44"/>
        <source>Settings → Server…</source>
        <translation>Instellingen → Server…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/local_banner.py" line="45"/>
        <source>Open the server settings</source>
        <translation>Serverinstellingen openen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="191"/>
        <source>Premium Support Desk</source>
        <translation>Premium Support Desk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="192"/>
        <source>My tickets</source>
        <translation>Mijn tickets</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="193"/>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="194"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="195"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="196"/>
        <source>Sign &amp;out</source>
        <translation>A&amp;fmelden</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="197"/>
        <source>Sign &amp;in…</source>
        <translation>&amp;Aanmelden…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="198"/>
        <source>&amp;Quit</source>
        <translation>Af&amp;sluiten</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="199"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="200"/>
        <source>&amp;About Premium Support Desk</source>
        <translation>&amp;Over Premium Support Desk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="216"/>
        <source>About Premium Support Desk</source>
        <translation>Over Premium Support Desk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="219"/>
        <source>&lt;b&gt;Premium Support Desk&lt;/b&gt; {version}&lt;br&gt;Create, follow and answer your team&apos;s Premium Support tickets.</source>
        <translation>&lt;b&gt;Premium Support Desk&lt;/b&gt; {version}&lt;br&gt;Maak, volg en beantwoord de Premium Support-tickets van je team.</translation>
    </message>
</context>
<context>
    <name>MessageCard</name>
    <message>
        <location filename="../desktop/ui/tickets/message_card.py" line="68"/>
        <source>Attachments: {names}</source>
        <translation>Bijlagen: {names}</translation>
    </message>
</context>
<context>
    <name>MyTicketsPage</name>
    <message>
        <location filename="../desktop/ui/tickets/my_tickets_page.py" line="164"/>
        <location filename="../desktop/ui/tickets/my_tickets_page.py" line="167"/>
        <source>My tickets</source>
        <translation>Mijn tickets</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tickets/my_tickets_page.py" line="165"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tickets/my_tickets_page.py" line="166"/>
        <source>Load the newest tickets (F5)</source>
        <translation>Nieuwste tickets laden (F5)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/tickets/my_tickets_page.py" line="170"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/tickets/my_tickets_page.py" line="174"/>
        <source>Starting the local demo workspace…</source>
        <translation>Lokale demowerkruimte starten…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tickets/my_tickets_page.py" line="175"/>
        <source>Loading your tickets…</source>
        <translation>Je tickets laden…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tickets/my_tickets_page.py" line="176"/>
        <source>Your tickets could not be loaded. Press Refresh to try again.</source>
        <translation>Je tickets konden niet worden geladen. Klik op Vernieuwen om het opnieuw te proberen.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tickets/my_tickets_page.py" line="177"/>
        <source>Not signed in.</source>
        <translation>Niet aangemeld.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tickets/my_tickets_page.py" line="180"/>
        <source>You have no tickets yet.</source>
        <translation>Je hebt nog geen tickets.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="98"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="99"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="100"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="101"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="102"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="103"/>
        <source>Local &amp;demo workspace on this computer</source>
        <translation>&amp;Lokale demowerkruimte op deze computer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="104"/>
        <source>&amp;Premium Support server:</source>
        <translation>&amp;Premium Support-server:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="105"/>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="108"/>
        <source>The local demo workspace keeps a sample team on this computer. Choose a server to work with your team&apos;s real tickets.</source>
        <translation>De lokale demowerkruimte bewaart een voorbeeldteam op deze computer. Kies een server om met de echte tickets van je team te werken.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings_dialog.py" line="126"/>
        <source>Enter the server&apos;s address, or choose the local demo workspace.</source>
        <translation>Voer het adres van de server in of kies de lokale demowerkruimte.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../desktop/ui/sign_in_dialog.py" line="107"/>
        <location filename="../desktop/ui/sign_in_dialog.py" line="108"/>
        <source>Sign in to Premium Support</source>
        <translation>Aanmelden bij Premium Support</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sign_in_dialog.py" line="109"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sign_in_dialog.py" line="111"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sign_in_dialog.py" line="113"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sign_in_dialog.py" line="115"/>
        <source>you@company.example</source>
        <translation>jij@bedrijf.example</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sign_in_dialog.py" line="116"/>
        <source>&amp;Keep me signed in</source>
        <translation>&amp;Aangemeld blijven</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sign_in_dialog.py" line="117"/>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sign_in_dialog.py" line="118"/>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sign_in_dialog.py" line="119"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sign_in_dialog.py" line="120"/>
        <source>Signing in…</source>
        <translation>Bezig met aanmelden…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sign_in_dialog.py" line="120"/>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sign_in_dialog.py" line="121"/>
        <source>Use the local demo workspace</source>
        <translation>Lokale demowerkruimte gebruiken</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sign_in_dialog.py" line="168"/>
        <source>Please fill in the server, your e-mail address and password.</source>
        <translation>Vul de server, je e-mailadres en je wachtwoord in.</translation>
    </message>
</context>
<context>
    <name>TicketCategory</name>
    <message>
        <location filename="../desktop/ui/labels.py" line="37"/>
        <source>Sign-in and access</source>
        <translation>Aanmelden en toegang</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="38"/>
        <source>Sharing</source>
        <translation>Delen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="39"/>
        <source>Sync</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="40"/>
        <source>Billing</source>
        <translation>Facturering</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="41"/>
        <source>Admin console</source>
        <translation>Beheerconsole</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="42"/>
        <source>Data recovery</source>
        <translation>Gegevensherstel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="43"/>
        <source>Integrations</source>
        <translation>Integraties</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="44"/>
        <source>Performance</source>
        <translation>Prestaties</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="45"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>TicketChannel</name>
    <message>
        <location filename="../desktop/ui/labels.py" line="27"/>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="28"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="29"/>
        <source>Callback</source>
        <translation>Terugbelverzoek</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="30"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <location filename="../desktop/ui/tickets/ticket_page.py" line="137"/>
        <source>← My tickets</source>
        <translation>← Mijn tickets</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tickets/ticket_page.py" line="138"/>
        <source>Back to My tickets (Esc)</source>
        <translation>Terug naar Mijn tickets (Esc)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tickets/ticket_page.py" line="139"/>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tickets/ticket_page.py" line="141"/>
        <source>Loading the conversation…</source>
        <translation>Gesprek laden…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tickets/ticket_page.py" line="148"/>
        <source>#{number} {subject}</source>
        <translation>#{number} {subject}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tickets/ticket_page.py" line="152"/>
        <source>{status} · {product} · {channel} · {category} · opened {created} by {name}</source>
        <translation>{status} · {product} · {channel} · {category} · geopend op {created} door {name}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tickets/ticket_page.py" line="167"/>
        <source>This ticket is closed: it was solved and then quiet for 7 days. To follow up, contact support again.</source>
        <translation>Dit ticket is gesloten: het was opgelost en daarna 7 dagen lang inactief. Neem opnieuw contact op met Support als je nog vragen hebt.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tickets/ticket_page.py" line="178"/>
        <source>Answered in time: first response {answered} (target {due}).</source>
        <translation>Op tijd beantwoord: eerste reactie op {answered} (uiterlijk {due}).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tickets/ticket_page.py" line="183"/>
        <source>Response target missed: first response {answered}, it was due {due}.</source>
        <translation>Responstermijn overschreden: eerste reactie op {answered}, uiterlijk {due} verwacht.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tickets/ticket_page.py" line="186"/>
        <source>Response target missed: the first response was due {due}.</source>
        <translation>Responstermijn overschreden: de eerste reactie werd uiterlijk {due} verwacht.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tickets/ticket_page.py" line="189"/>
        <source>Waiting for the first response, due {due}.</source>
        <translation>Wachten op de eerste reactie, uiterlijk {due}.</translation>
    </message>
</context>
<context>
    <name>TicketStatus</name>
    <message>
        <location filename="../desktop/ui/labels.py" line="11"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="12"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="13"/>
        <source>Pending</source>
        <translation>In afwachting</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="14"/>
        <source>Solved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <location filename="../desktop/ui/labels.py" line="15"/>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../desktop/ui/tickets/ticket_table_model.py" line="108"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tickets/ticket_table_model.py" line="109"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tickets/ticket_table_model.py" line="110"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tickets/ticket_table_model.py" line="111"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tickets/ticket_table_model.py" line="112"/>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <location filename="../desktop/ui/error_text.py" line="113"/>
        <source>Too many sign-in attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Te veel aanmeldpogingen. Probeer het over %n seconde opnieuw.</numerusform>
            <numerusform>Te veel aanmeldpogingen. Probeer het over %n seconden opnieuw.</numerusform>
        </translation>
    </message>
</context>
</TS>
