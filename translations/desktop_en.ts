<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddonRow</name>
    <message numerus="yes">
        <source>{amount} a month for %n licence(s)</source>
        <translation>
            <numerusform>{amount} a month for %n licence</numerusform>
            <numerusform>{amount} a month for %n licences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{basic}: {basic_amount} a month · {enhanced}: {enhanced_amount} a month, for %n licence(s)</source>
        <translation>
            <numerusform>{basic}: {basic_amount} a month · {enhanced}: {enhanced_amount} a month, for %n licence</numerusform>
            <numerusform>{basic}: {basic_amount} a month · {enhanced}: {enhanced_amount} a month, for %n licences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BillingPage</name>
    <message numerus="yes">
        <source>{team} · %n licence(s) · {payment} · billing period from {start}, renewal date {renewal}</source>
        <translation>
            <numerusform>{team} · %n licence · {payment} · billing period from {start}, renewal date {renewal}</numerusform>
            <numerusform>{team} · %n licences · {payment} · billing period from {start}, renewal date {renewal}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message numerus="yes">
        <source>Total for your %n licence(s), per month</source>
        <translation>
            <numerusform>Total for your %n licence, per month</numerusform>
            <numerusform>Total for your %n licences, per month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Premium Support is offered to teams with 10 or more licences, and your team has %n licence(s): it cannot be added for now. Below is what it includes. Your team members can always e-mail support, 24/7.</source>
        <translation>
            <numerusform>Premium Support is offered to teams with 10 or more licences, and your team has %n licence: it cannot be added for now. Below is what it includes. Your team members can always e-mail support, 24/7.</numerusform>
            <numerusform>Premium Support is offered to teams with 10 or more licences, and your team has %n licences: it cannot be added for now. Below is what it includes. Your team members can always e-mail support, 24/7.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message numerus="yes">
        <source>Support answered while you were writing (%n new answer(s) above). Read it before you send: your reply is kept.</source>
        <translation>
            <numerusform>Support answered while you were writing (%n new answer above). Read it before you send: your reply is kept.</numerusform>
            <numerusform>Support answered while you were writing (%n new answers above). Read them before you send: your reply is kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EligibilityNotice</name>
    <message numerus="yes">
        <source>Your team has %n licence(s). Add {missing} more to your plan in the admin console and Premium Support can be added here. Until then, your team members can always e-mail support, 24/7.</source>
        <translation>
            <numerusform>Your team has %n licence. Add {missing} more to your plan in the admin console and Premium Support can be added here. Until then, your team members can always e-mail support, 24/7.</numerusform>
            <numerusform>Your team has %n licences. Add {missing} more to your plan in the admin console and Premium Support can be added here. Until then, your team members can always e-mail support, 24/7.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeatureText</name>
    <message numerus="yes">
        <source>%n 1-hour session(s)</source>
        <translation>
            <numerusform>one 1-hour session</numerusform>
            <numerusform>%n 1-hour sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowersBox</name>
    <message numerus="yes">
        <source>Followers (%n)</source>
        <translation>
            <numerusform>Followers (%n)</numerusform>
            <numerusform>Followers (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Followers (%n), list shown</source>
        <translation>
            <numerusform>Followers (%n), list shown</numerusform>
            <numerusform>Followers (%n), list shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Followers (%n), list hidden</source>
        <translation>
            <numerusform>Followers (%n), list hidden</numerusform>
            <numerusform>Followers (%n), list hidden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HiddenColumnsButton</name>
    <message numerus="yes">
        <source>%n column(s) hidden</source>
        <translation>
            <numerusform>%n column hidden</numerusform>
            <numerusform>%n columns hidden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoverHint</name>
    <message numerus="yes">
        <source>Show these %n ticket(s)</source>
        <translation>
            <numerusform>Show this ticket</numerusform>
            <numerusform>Show these %n tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiTiles</name>
    <message numerus="yes">
        <source>Opened this week so far (%n day(s))</source>
        <translation>
            <numerusform>Opened this week so far (%n day)</numerusform>
            <numerusform>Opened this week so far (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the whole week before.</source>
        <translation>
            <numerusform>%n in the whole week before.</numerusform>
            <numerusform>%n in the whole week before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late in this period.</source>
        <translation>
            <numerusform>%n late in this period.</numerusform>
            <numerusform>%n late in this period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the week before.</source>
        <translation>
            <numerusform>%n in the week before.</numerusform>
            <numerusform>%n in the week before.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LateFindsButton</name>
    <message numerus="yes">
        <source>%n more result(s) found — Show</source>
        <translation>
            <numerusform>%n more result found — Show</numerusform>
            <numerusform>%n more results found — Show</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>(%n new) Premium Support Desk</source>
        <translation>
            <numerusform>(%n new) Premium Support Desk</numerusform>
            <numerusform>(%n new) Premium Support Desk</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message numerus="yes">
        <source>My tickets (%n new)</source>
        <translation>
            <numerusform>My tickets (%n new)</numerusform>
            <numerusform>My tickets (%n new)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team tickets (%n new)</source>
        <translation>
            <numerusform>Team tickets (%n new)</numerusform>
            <numerusform>Team tickets (%n new)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drafts and outbox (%n)</source>
        <translation>
            <numerusform>Drafts and outbox (%n)</numerusform>
            <numerusform>Drafts and outbox (%n)</numerusform>
        </translation>
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
</context>
<context>
    <name>RecommendationCard</name>
    <message numerus="yes">
        <source>Because of %n ticket(s) about {issue}.</source>
        <translation>
            <numerusform>Because of %n ticket about {issue}.</numerusform>
            <numerusform>Because of %n tickets about {issue}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SatisfactionTable</name>
    <message numerus="yes">
        <source>%n question(s) answered by a help article in this period, with no ticket needed.</source>
        <translation>
            <numerusform>%n question answered by a help article in this period, with no ticket needed.</numerusform>
            <numerusform>%n questions answered by help articles in this period, with no ticket needed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignOutConfirmation</name>
    <message numerus="yes">
        <source>%n draft(s), in Drafts and outbox.</source>
        <translation>
            <numerusform>%n draft, in Drafts and outbox.</numerusform>
            <numerusform>%n drafts, in Drafts and outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting in the outbox: sent when you sign in again.</source>
        <translation>
            <numerusform>%n message waiting in the outbox: sent when you sign in again.</numerusform>
            <numerusform>%n messages waiting in the outbox: sent when you sign in again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) that could not be sent: in Drafts and outbox, with the reason.</source>
        <translation>
            <numerusform>%n message that could not be sent: in Drafts and outbox, with the reason.</numerusform>
            <numerusform>%n messages that could not be sent: in Drafts and outbox, with the reason.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spans</name>
    <message numerus="yes">
        <source>within %n hour(s)</source>
        <translation>
            <numerusform>within %n hour</numerusform>
            <numerusform>within %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within %n minute(s)</source>
        <translation>
            <numerusform>within %n minute</numerusform>
            <numerusform>within %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreNotices</name>
    <message numerus="yes">
        <source>%n draft(s) kept.</source>
        <translation>
            <numerusform>%n draft kept.</numerusform>
            <numerusform>%n drafts kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent message(s) kept; they will be sent as usual.</source>
        <translation>
            <numerusform>%n unsent message kept; it will be sent as usual.</numerusform>
            <numerusform>%n unsent messages kept; they will be sent as usual.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketListPage</name>
    <message numerus="yes">
        <source>Syncing… %n ticket(s) so far</source>
        <translation>
            <numerusform>Syncing… %n ticket so far</numerusform>
            <numerusform>Syncing… %n tickets so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n ticket(s) to {file}.</source>
        <translation>
            <numerusform>Exported %n ticket to {file}.</numerusform>
            <numerusform>Exported %n tickets to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TileHint</name>
    <message numerus="yes">
        <source>Show the %n late ticket(s)</source>
        <translation>
            <numerusform>Show the late ticket</numerusform>
            <numerusform>Show the %n late tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>Too many sign-in attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many sign-in attempts. Try again in %n second.</numerusform>
            <numerusform>Too many sign-in attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many sign-in attempts. Try again in %n minute.</numerusform>
            <numerusform>Too many sign-in attempts. Try again in %n minutes.</numerusform>
        </translation>
    </message>
</context>
</TS>
