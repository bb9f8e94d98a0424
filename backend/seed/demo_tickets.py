"""Northwind Traders' demo tickets (shared/DEMO.md): who asked what, when, and the replies.

Times are offsets before "now" (``created``) and after creation (``after``), except Noah's
five tickets from before the R18 cut-off, which carry absolute dates in October–November 2024.
"""

from datetime import UTC, datetime, timedelta

from backend.seed.spec import DemoMessage, DemoTicket

AVA = "ava@northwind.example"
NOAH = "noah@northwind.example"
YUKI = "yuki@northwind.example"
MIA = "mia@northwind.example"
LIAM = "liam@northwind.example"
AGENT = "agent@vendor.example"


def days(n: int, hours: int = 0, minutes: int = 0) -> timedelta:
    return timedelta(days=n, hours=hours, minutes=minutes)


def hours(n: int, minutes: int = 0) -> timedelta:
    return timedelta(hours=n, minutes=minutes)


def minutes(n: int) -> timedelta:
    return timedelta(minutes=n)


def utc(month: int, day: int, hour: int, minute: int) -> datetime:
    """A moment in 2024, before the R18 cut-off."""
    return datetime(2024, month, day, hour, minute, tzinfo=UTC)


def msg(author: str, after: timedelta, body: str) -> DemoMessage:
    return DemoMessage(author=author, body=body, after=after)


TICKETS: tuple[DemoTicket, ...] = (
    # Ava Jansen, admin ------------------------------------------------------------------------
    DemoTicket(
        submitter=AVA,
        product="dropbox",
        channel="callback",
        category="sign_in",
        language="en",
        subject="Rotterdam office locked out: 'SAML response signature is invalid'",
        body=(
            "Since this morning nobody who signs in through Okta can get into Dropbox: the browser "
            "shows 'SAML response signature is invalid' and the desktop app keeps asking people to "
            "sign in again. We rotated the Okta signing certificate earlier today and I uploaded "
            "the new certificate under Admin console → Settings → Single sign-on, but it made no "
            "difference. 18 people in the Rotterdam office are blocked and we have a customer "
            "delivery at noon. Please call me as soon as possible."
        ),
        status="new",
        created=minutes(20),
        phone="+31102345678",
    ),
    DemoTicket(
        submitter=AVA,
        product="dropbox",
        channel="request",
        category="billing",
        language="en",
        subject="Renewal preview shows 27 licences while the Admin console lists 25 members",
        body=(
            "The preview of our next renewal lists 27 licences, while Admin console → Members "
            "shows 25 active members and 2 invitations that were never accepted. Are pending "
            "invitations counted as licences? If so, does cancelling those two invitations before "
            "the renewal date bring the charge back to 25? We pay by card and I'd rather not pay "
            "for seats nobody uses."
        ),
        status="new",
        created=hours(5),
    ),
    DemoTicket(
        submitter=AVA,
        product="dropbox",
        channel="chat",
        category="sharing",
        language="en",
        subject="Can't share the 'Year-end audit' folder with our external auditor",
        body=(
            "Hi! I'm trying to share the folder 'Year-end audit' with our auditor "
            "(j.peters@auditfirm.example) and get 'This folder can't be shared outside Northwind "
            "Traders'."
        ),
        status="open",
        created=minutes(35),
        replies=(
            msg(
                AGENT,
                minutes(2),
                "Hi Ava, Sam here. That message comes from a sharing policy. Is the folder inside "
                "a team folder or in your own space?",
            ),
            msg(
                AVA,
                minutes(4),
                "It's in the Finance team folder. Sharing outside the team works for other folders "
                "though.",
            ),
            msg(
                AGENT,
                minutes(7),
                "Thanks. Team folders can have their own policy: Admin console → Content → Finance "
                "→ 'Who can be invited'. I suspect it says 'Only team members'.",
            ),
            msg(
                AVA,
                minutes(10),
                "Found it, it's indeed team members only. Can I open up just 'Year-end audit' "
                "without opening all of Finance?",
            ),
            msg(
                AGENT,
                minutes(13),
                "Good question. I'm checking with a colleague whether a subfolder can override the "
                "team folder policy, one moment please.",
            ),
        ),
    ),
    DemoTicket(
        submitter=AVA,
        product="dropbox",
        channel="request",
        category="sync",
        language="en",
        subject="Dozens of 'conflicted copy' files in the Finance team folder every day",
        body=(
            "For about a week our Finance team folder has been filling up with files like "
            "'Cashflow forecast (Mia Bakker's conflicted copy).xlsx'. Three people work on the "
            "same workbooks in Excel desktop, but as far as we know never at the same time. We "
            "counted 46 conflicted copies yesterday alone. How do we find out what causes this and "
            "stop it?"
        ),
        status="open",
        created=days(1, 3),
        replies=(
            msg(
                AGENT,
                minutes(22),
                "Hi Ava, thanks for the detail. A conflicted copy appears when two computers save "
                "the same file before each has received the other's change. With Excel this often "
                "happens when a workbook is saved in the background while it is open elsewhere. "
                "Which Dropbox desktop app version do the three people run, and are the workbooks "
                "linked to each other (external references)?",
            ),
            msg(
                AVA,
                hours(2),
                "All three run version 219.4.4463 on Windows 11. Yes, the cashflow workbook pulls "
                "figures from two other workbooks in the same folder. AutoSave is off.",
            ),
            msg(
                AGENT,
                hours(5),
                "That explains a lot: when a workbook with links is opened, Excel updates the "
                "links and saves the file even if nobody changes anything, so every open counts as "
                "a save. I've asked our sync engineers to confirm this from the folder's "
                "server-side events. Meanwhile, setting Excel to ask before updating links (File → "
                "Options → Advanced → General) should cut the number of copies sharply. I'll "
                "update you as soon as engineering comes back.",
            ),
            msg(
                NOAH,
                hours(8),
                "Noah here: I've changed the Excel setting to 'ask before updating links' on the "
                "three Finance PCs. We'll count the conflicted copies again tomorrow.",
            ),
        ),
    ),
    DemoTicket(
        submitter=AVA,
        product="dropbox",
        channel="request",
        category="data_recovery",
        language="en",
        subject="Restore about 1,200 files deleted by an old laptop that came back online",
        body=(
            "A laptop that had been in a drawer for months was switched on again, and its Dropbox "
            "app deleted about 1,200 files in 'Sales/Quotes' for everyone: files it had removed "
            "locally long ago. The Deleted files page shows them, but restoring them folder by "
            "folder is very slow. Can you restore everything that device deleted in one go, "
            "without bringing back files that were deleted on purpose?"
        ),
        status="open",
        created=days(3, 4),
        replies=(
            msg(
                AGENT,
                minutes(31),
                "Hi Ava, sorry about this. There are two options. Rewind on 'Sales/Quotes' rolls "
                "the whole folder back to a moment before the laptop synced, but also undoes edits "
                "made since then. Or we restore only the deletions made by that device from our "
                "side. For the second, I need the device name as shown under Admin console → "
                "Members → (member) → Devices, and roughly when it connected.",
            ),
            msg(
                AVA,
                hours(1, 50),
                "The device is 'NW-LT-017' (Liam's old laptop). It came online around 08:40 our "
                "time. Please do the targeted restore; people have kept editing quotes since.",
            ),
            msg(
                AGENT,
                days(1, 2),
                "Thanks. I found 1,187 deletions by NW-LT-017 within 15 minutes of it connecting "
                "and started a restore job for exactly those files. Large restores run in batches; "
                "640 files are back so far. I'd also unlink NW-LT-017 in the Admin console so it "
                "can't do this again.",
            ),
            msg(
                AVA,
                days(2, 1),
                "I've unlinked the laptop. The sales team is asking about the remaining ~550 "
                "quotes: is there an ETA for the rest of the restore?",
            ),
        ),
    ),
    DemoTicket(
        submitter=AVA,
        product="dropbox",
        channel="request",
        category="admin_console",
        language="en",
        subject="Activity log export stops at exactly 100,000 rows",
        body=(
            "Our ISO 27001 auditor needs the full activity log for the last quarter. The report "
            "from Admin console → Activity → Create report finishes, but the CSV always has "
            "exactly 100,000 rows and ends halfway through the second month. Is there a limit, and "
            "how do I get the rest?"
        ),
        status="pending",
        created=days(2),
        replies=(
            msg(
                AGENT,
                minutes(18),
                "Hi Ava, yes, a single activity report is capped at 100,000 rows. The usual way "
                "round it is to split the period: one report per month (or per two weeks in busy "
                "months), optionally filtered to the event types the auditor needs, such as "
                "sharing and sign-ins.",
            ),
            msg(
                AVA,
                hours(3),
                "Per month still hits the cap for the second month; we migrated a lot of files "
                "then. The auditor wants every event, unfiltered. Can you export it from your "
                "side?",
            ),
            msg(
                AGENT,
                days(1, 1),
                "We can prepare a full export for you. Because it's audit data we need a written "
                "confirmation from a team admin: please reply with the exact date range (in UTC) "
                "and confirm that we may send the file to ava@northwind.example as a "
                "password-protected link.",
            ),
        ),
    ),
    DemoTicket(
        submitter=AVA,
        product="dropbox",
        channel="request",
        category="integrations",
        language="en",
        subject="Dropbox app in Microsoft Teams asks everyone to connect again every morning",
        body=(
            "Since we enabled the Dropbox app in Microsoft Teams, about 20 of our 25 users get "
            "'Connect your Dropbox account' every morning, even though they connected the day "
            "before. Once they reconnect, files shared in Teams channels open fine. Is this "
            "expected, or can the connection last longer?"
        ),
        status="pending",
        created=days(6),
        replies=(
            msg(
                AGENT,
                minutes(40),
                "Hi Ava, that isn't expected: the connection normally lasts until someone "
                "disconnects it. The most common cause is a conditional access policy in Microsoft "
                "Entra ID that ends third-party app sessions every day. Could you check whether "
                "such a policy applies to the Teams app?",
            ),
            msg(
                AVA,
                days(1),
                "Our IT partner checked: there is a 24-hour sign-in frequency policy, but only for "
                "the Microsoft 365 apps, not for third-party apps.",
            ),
            msg(
                AGENT,
                days(1, 6),
                "Thanks for checking. To trace it on our side, could you send us your Microsoft "
                "Entra tenant ID, the e-mail addresses of two affected users and the time they "
                "last saw the prompt? With those I can look up why their connections are being "
                "revoked.",
            ),
        ),
    ),
    DemoTicket(
        submitter=AVA,
        product="dropbox",
        channel="callback",
        category="sign_in",
        language="en",
        subject="CFO lost her phone and can't sign in: two-step verification reset needed today",
        body=(
            "Our CFO lost her phone yesterday and with it her authenticator app; she has no backup "
            "codes. She has to approve payment files in a shared folder before 15:00 today. I "
            "tried to reset her two-step verification from the Admin console, but the option is "
            "greyed out for her account. Please call me."
        ),
        status="solved",
        created=days(4),
        phone="+31207945512",
        replies=(
            msg(
                AGENT,
                minutes(14),
                "Call summary: I called Ava and verified her as a team admin. Because the CFO's "
                "account is itself an admin account, its two-step verification can only be removed "
                "by support. After a second check by e-mail with the CFO, I removed it; she signed "
                "in while we were still on the call, set up two-step verification on her new phone "
                "and saved new backup codes. Nothing else on the account was changed.",
            ),
            msg(
                AVA,
                hours(1),
                "Thank you, she approved the payments in time. Is there a way to remind all admins "
                "to keep their backup codes somewhere safe?",
            ),
            msg(
                AGENT,
                hours(1, 30),
                "Glad it worked out. Under Admin console → Security you can require two-step "
                "verification for everyone; each person is shown backup codes when they enrol. "
                "I'll mark this ticket as solved; just reply if anything else comes up.",
            ),
        ),
    ),
    DemoTicket(
        submitter=AVA,
        product="dropbox",
        channel="request",
        category="performance",
        language="en",
        subject="40 GB video uploads stall at 99% in the desktop app",
        body=(
            "Our marketing team exports product videos of 30–45 GB. In the desktop app these "
            "uploads run fine up to 99% and then sit at 'Uploading 1 file' for hours; smaller "
            "files sync normally. The Rotterdam office has a 500 Mbit/s fibre line. Is there a "
            "size limit or a setting we are missing?"
        ),
        status="solved",
        created=days(6, 5),
        replies=(
            msg(
                AGENT,
                minutes(27),
                "Hi Ava, there's no size limit that would explain this; files of that size upload "
                "through the desktop app every day. The last step is a check of all uploaded "
                "blocks, and it starts over if the file changes during the upload. Does the video "
                "software keep writing to the export, or to a sidecar file next to it, while it's "
                "in the Dropbox folder?",
            ),
            msg(
                AVA,
                days(1),
                "Yes: Premiere exports straight into the synced folder, and it also updates an "
                ".xmp file next to the video.",
            ),
            msg(
                AGENT,
                days(1, 3),
                "That's the cause: the app restarts the final check because the file is still "
                "being written. Let Premiere export to a local folder and move the finished file "
                "into Dropbox, or pause syncing during the export. The .xmp sidecar is fine once "
                "the export has finished.",
            ),
            msg(
                AVA,
                days(2),
                "Exporting locally first did it: a 42 GB file uploaded in about 20 minutes. "
                "Thanks!",
            ),
        ),
    ),
    DemoTicket(
        submitter=AVA,
        product="dropbox",
        channel="chat",
        category="admin_console",
        language="en",
        subject="Make Noah owner of a shared folder owned by a suspended member",
        body=(
            "Hi, quick one: the shared folder 'Trade fair Hannover' is owned by a member I "
            "suspended last month. Can I make Noah the owner without reactivating her?"
        ),
        status="solved",
        created=days(2),
        replies=(
            msg(
                AGENT,
                minutes(1),
                "Hi Ava, yes. In the Admin console open Content, find 'Trade fair Hannover' and "
                "choose 'Change owner'.",
            ),
            msg(AVA, minutes(3), "I see it. Will the people who have access now keep it?"),
            msg(
                AGENT,
                minutes(4),
                "Yes, members and their permissions stay the same; only the owner changes.",
            ),
            msg(AVA, minutes(6), "Done, Noah is the owner now. Thanks!"),
        ),
    ),
    DemoTicket(
        submitter=AVA,
        product="dropbox",
        channel="request",
        category="sharing",
        language="en",
        subject="Shared links expire after 7 days although people choose 30 days",
        body=(
            "When our sales people create a shared link for a customer and set it to expire after "
            "30 days, the link stops working after a week with 'This link has expired'. It has "
            "happened to at least five links to our price lists this month. Did something change?"
        ),
        status="closed",
        created=days(21),
        replies=(
            msg(
                AGENT,
                minutes(44),
                "Hi Ava, I checked your team's settings: under Admin console → Settings → Shared "
                "links, new links get a default expiry of 7 days and members aren't allowed to "
                "choose a later date. The team setting wins over what people pick in the link "
                "dialog, which is why the 30 days isn't applied.",
            ),
            msg(
                AVA,
                hours(3),
                "Ah, one of our admins set that during a security review. If I change it to 30 "
                "days, do existing links get the new date?",
            ),
            msg(
                AGENT,
                hours(4),
                "No, existing links keep the expiry they were created with; only new links use the "
                "new default. An existing link can be extended from its link settings by the "
                "person who created it.",
            ),
        ),
    ),
    DemoTicket(
        submitter=AVA,
        product="dropbox",
        channel="callback",
        category="data_recovery",
        language="en",
        subject="Ransomware encrypted files on a synced PC: Marketing folder must be rolled back",
        body=(
            "One of our PCs was hit by ransomware this morning. Hundreds of files in the Marketing "
            "team folder were renamed to '.locked' and synced to everyone. We have taken the PC "
            "off the network. We need the folder back as it was before the attack, and we must "
            "make sure the PC can't sync again. Please call me urgently."
        ),
        status="closed",
        created=days(33),
        phone="+31108765432",
        replies=(
            msg(
                AGENT,
                hours(1, 25),
                "Call summary: apologies that our call came later than the one-hour target. "
                "Together we unlinked the infected PC ('NW-PC-031') from the team and rewound the "
                "Marketing team folder to the minute before the first '.locked' file appeared. "
                "2,314 files were restored to their previous versions and the '.locked' copies "
                "were removed by the rewind. Ava will check a sample of files and reply here.",
            ),
            msg(
                AVA,
                hours(4),
                "I checked 30 files across the subfolders and all open fine. Our IT partner has "
                "wiped the PC. Thanks for the help once we were connected.",
            ),
            msg(
                AGENT,
                hours(5),
                "Good to hear. For the future: ransomware detection in the Admin console alerts "
                "admins when many files are encrypted in a short time. I'll close this on our "
                "side; the folder's history stays available if you notice anything else.",
            ),
        ),
    ),
    DemoTicket(
        submitter=AVA,
        product="dropbox",
        channel="request",
        category="admin_console",
        language="en",
        subject="What happens to a leaving member's shared links when I suspend the account",
        body=(
            "One of our sales reps leaves at the end of this week. I want to suspend his account "
            "rather than delete it, so that we keep his files, but he has shared many links with "
            "customers who still use them. If I suspend him, do those links stop working? And how "
            "can a colleague take over his folders?"
        ),
        status="closed",
        created=days(48),
        replies=(
            msg(
                AGENT,
                hours(1, 35),
                "Hi Ava, sorry for the wait. A suspended member keeps their files and folder "
                "memberships, but their shared links stop working until the account is "
                "reactivated, because links belong to the person who created them. To hand over "
                "the work, share his folders with a colleague as editor before you suspend him; "
                "when you later delete the account, you can transfer his files to that colleague. "
                "Links can't be transferred, so the colleague will need to create new ones for "
                "customers who still need them.",
            ),
            msg(
                AVA,
                hours(3),
                "OK. Can I get a list of his active links, so the colleague knows which ones to "
                "recreate?",
            ),
            msg(
                AGENT,
                hours(3, 40),
                "Yes: Admin console → Members → (his name) → Shared links lists his active links "
                "with their paths, and you can export the list as a CSV from there. I'll close "
                "this ticket; just reply if anything is unclear.",
            ),
        ),
    ),
    DemoTicket(
        submitter=AVA,
        product="dropbox",
        channel="chat",
        category="billing",
        language="en",
        subject="Two Dropbox charges on our company card this month",
        body=(
            "Hi, I see two charges from Dropbox on our company card this month: €1,187.50 and "
            "€96.25. Is one of them a mistake?"
        ),
        status="closed",
        created=days(62),
        replies=(
            msg(AGENT, minutes(2), "Hi Ava! Let me look that up for you, one moment."),
            msg(
                AGENT,
                minutes(4),
                "Found them: €1,187.50 is your regular monthly charge. The €96.25 is the pro-rata "
                "charge for the two licences you added on the 18th, for the rest of the billing "
                "period.",
            ),
            msg(
                AVA,
                minutes(5),
                "Right, we hired two people. So next month it'll be one charge again?",
            ),
            msg(
                AGENT,
                minutes(7),
                "Exactly: from the next billing cycle the two licences are part of the regular "
                "amount. Both invoices are under Billing → Invoices.",
            ),
            msg(AVA, minutes(8), "Perfect, thanks Sam!"),
        ),
    ),
    DemoTicket(
        submitter=AVA,
        product="dropbox",
        channel="request",
        category="other",
        language="en",
        subject="Booking our implementation consultation session",
        body=(
            "Our Premium Support add-on includes a one-hour implementation consultation. We'd like "
            "to use it to review our team folder structure and sharing policies before 8 new "
            "people join next month. Which dates are available, and who should attend from our "
            "side?"
        ),
        status="closed",
        created=days(88),
        replies=(
            msg(
                AGENT,
                minutes(35),
                "Hi Ava, happy to set that up. Our consultants have slots next Tuesday at 10:00 or "
                "14:00 CET and next Thursday at 11:00 CET. For a folder and sharing review it "
                "works best if the admins who manage the Admin console attend (you and Noah, for "
                "instance) and if you send us your current top-level folder list beforehand.",
            ),
            msg(
                AVA,
                hours(2),
                "Thursday 11:00 works. Noah and I will attend; the folder list is attached as 'NW "
                "team folders.xlsx'.",
            ),
            msg(
                AGENT,
                hours(3),
                "Booked for Thursday 11:00 CET; the invitation has gone to you and Noah. Thanks "
                "for the list, our consultant will go through it beforehand.",
            ),
        ),
    ),
    DemoTicket(
        submitter=AVA,
        product="dropbox",
        channel="request",
        category="sync",
        language="en",
        subject="Online-only files download again by themselves after the macOS update",
        body=(
            "After updating six MacBooks to the latest macOS, files we had made online-only "
            "download again as soon as someone opens their folder in Finder, and the disks are "
            "filling up (one laptop has 4 GB free). The Dropbox folder now lives under "
            "~/Library/CloudStorage. How do we keep files online-only?"
        ),
        status="closed",
        created=days(110),
        replies=(
            msg(
                AGENT,
                minutes(29),
                "Hi Ava, on current macOS Dropbox uses Apple's File Provider, and a file is "
                "downloaded as soon as any app reads it; Quick Look previews, backup tools and "
                "virus scanners do that too. Could you check whether a backup tool or virus "
                "scanner scans the CloudStorage folder?",
            ),
            msg(
                AVA,
                hours(5),
                "Good call: our antivirus scans the whole home folder, including CloudStorage.",
            ),
            msg(
                AGENT,
                hours(6),
                "Excluding ~/Library/CloudStorage from the scan should stop the downloads. To free "
                "the space again, select the folders in Finder and choose 'Remove download'. Let "
                "us know if it comes back.",
            ),
            msg(
                AVA,
                days(2),
                "Excluded on all six MacBooks and the files stay online-only now. Thanks.",
            ),
        ),
    ),
    DemoTicket(
        submitter=AVA,
        product="dash",
        channel="request",
        category="integrations",
        language="en",
        subject="Dash doesn't find messages from our private Slack channels",
        body=(
            "We connected Slack to Dash last week. Results from public channels show up, but "
            "nothing from private channels such as #deals-benelux, not even for people who are "
            "members of them. Is indexing of private channels supported?"
        ),
        status="closed",
        created=days(130),
        replies=(
            msg(
                AGENT,
                hours(1, 10),
                "Hi Ava, yes, private channels are supported, but only after each person connects "
                "their own Slack account in Dash (Settings → Connected apps → Slack). The admin's "
                "connection covers public channels only. Could you ask one member of "
                "#deals-benelux to connect and search again after about an hour?",
            ),
            msg(
                AVA,
                days(1),
                "Mia connected her Slack account and #deals-benelux results show up for her now. "
                "Can we do this for everyone at once?",
            ),
            msg(
                AGENT,
                days(1, 2),
                "Not at the moment: the personal connection is what makes sure Dash shows each "
                "person only what they can see in Slack. A short announcement with the steps works "
                "well; I've attached our one-page guide you can forward. I'll close this ticket.",
            ),
        ),
    ),
    DemoTicket(
        submitter=AVA,
        product="dash",
        channel="request",
        category="other",
        language="en",
        subject="Dash search misses a PDF in the Contracts team folder",
        body=(
            "Searching Dash for 'framework agreement Hendriks' finds nothing, although 'Framework "
            "agreement Hendriks Logistics.pdf' is in the Contracts team folder and opens fine in "
            "Dropbox. Other PDFs in that folder are found. The file was uploaded two weeks ago."
        ),
        status="closed",
        created=days(150),
        replies=(
            msg(
                AGENT,
                hours(2, 40),
                "Hi Ava, I looked at the file: it's a scanned PDF without a text layer, so Dash "
                "can only match it by name, and the index for that folder was behind after a "
                "connector error. I've started a re-index of the Contracts folder; it can take a "
                "few hours.",
            ),
            msg(
                AVA,
                days(1),
                "It's found by its name now, thanks. Can Dash read scanned PDFs at all?",
            ),
            msg(
                AGENT,
                days(1, 1),
                "Dash searches the text inside a PDF when there is one. Scans need text "
                "recognition (OCR) first, for example with your scanner's OCR setting; after that "
                "their content is searchable as well.",
            ),
        ),
    ),
    # Noah de Vries, admin ---------------------------------------------------------------------
    DemoTicket(
        submitter=NOAH,
        product="dropbox",
        channel="request",
        category="sharing",
        language="en",
        subject=(
            "Engineers get 'You don't have permission' after moving Projects into a team folder"
        ),
        body=(
            "Yesterday I moved our shared folder 'Projects' (about 380 GB) into the new team "
            "folder 'Engineering'. Since then 9 of the 14 engineers get 'You don't have permission "
            "to edit this file' when they save CAD drawings, although they're in the Engineering "
            "group with edit access. The other 5 can save normally."
        ),
        status="open",
        created=days(2, 6),
        replies=(
            msg(
                AGENT,
                hours(2, 10),
                "Hi Noah, apologies for the slow first reply. After a move into a team folder, "
                "access comes from the team folder's groups and no longer from the old shared "
                "folder's member list; desktop apps can hold on to the old permissions until they "
                "resync. Could you ask one of the nine to sign out of the desktop app, sign in "
                "again and retry?",
            ),
            msg(
                NOAH,
                hours(5),
                "Tried it with Bram: signing out and in didn't help. Same error on 'Pand Zuidas - "
                "BG.dwg'.",
            ),
            msg(
                AVA,
                hours(7),
                "Adding to Noah's reply: I checked the Engineering group in the Admin console. The "
                "9 people came in through the 'Engineers-NL' group synced from Entra ID; the other "
                "5 were added by hand. Could that matter?",
            ),
            msg(
                AGENT,
                days(1, 4),
                "Thank you both, that's the clue: the synced group kept 'can view' as its role on "
                "the moved folder. I've asked our engineers to correct the role on the server "
                "side. As a workaround, you can add the 9 people to 'Engineering' directly as "
                "editors in the meantime.",
            ),
        ),
    ),
    DemoTicket(
        submitter=NOAH,
        product="dropbox",
        channel="request",
        category="sync",
        language="en",
        subject="Selective sync reset after the desktop app update on 12 Windows laptops",
        body=(
            "After the desktop app updated itself last night, 12 laptops in our Utrecht office "
            "started downloading the entire team space again, about 600 GB each, although "
            "selective sync was set to a few folders only. Disks are full and our internet line is "
            "saturated. How do we stop this and get the old selective sync settings back?"
        ),
        status="pending",
        created=days(5),
        replies=(
            msg(
                AGENT,
                minutes(25),
                "Hi Noah, to stop the traffic right away, pause syncing from the Dropbox icon in "
                "the taskbar on the affected laptops. Selective sync settings are stored per "
                "device and normally survive an update. Which app version are they on now, and did "
                "people have to sign in again after the update?",
            ),
            msg(
                NOAH,
                hours(2),
                "Version 221.4.5462 on all of them. Yes, several people said they had to sign in "
                "again this morning.",
            ),
            msg(
                AGENT,
                days(1),
                "Thanks. A new sign-in creates a new device link, which starts with default "
                "settings: that explains the full download. To find out why they were signed out, "
                "we need the desktop app logs of two laptops: in the app, go to Preferences → Help "
                "→ 'Send logs to Dropbox support', then reply with the device names. Until then, "
                "making the big folders online-only in Explorer avoids downloading them again.",
            ),
        ),
    ),
    DemoTicket(
        submitter=NOAH,
        product="dropbox",
        channel="chat",
        category="sign_in",
        language="en",
        subject="SSO sign-in fails with 'Invalid audience' after our domain change",
        body=(
            "Hi, we moved from northwind-traders.example to northwind.example yesterday and now "
            "SSO sign-in says 'Invalid audience'."
        ),
        status="solved",
        created=days(1, 2),
        replies=(
            msg(
                AGENT,
                minutes(1),
                "Hi Noah, that error means the identity provider sends an audience Dropbox doesn't "
                "expect. Did anything change in the Dropbox app in your IdP?",
            ),
            msg(NOAH, minutes(3), "Yes, our IT changed the Entity ID to the new domain."),
            msg(
                AGENT,
                minutes(5),
                "That's it: the Entity ID must stay 'Dropbox' as in the setup guide, not your "
                "domain. Could you set it back?",
            ),
            msg(NOAH, minutes(11), "Changed it back and sign-in works again. Thanks!"),
            msg(AGENT, minutes(12), "Great! I'll mark this chat as solved."),
        ),
    ),
    DemoTicket(
        submitter=NOAH,
        product="dropbox",
        channel="request",
        category="admin_console",
        language="en",
        subject="Plan for migrating 3 TB of old shared folders into the team space",
        body=(
            "We want to move our old shared folders (about 3 TB in 140 folders, owned by 11 "
            "different people) into the team space so they're managed centrally. The engineering "
            "team is close to a project deadline and can't afford downtime. What order do you "
            "recommend, and can the move happen on the server side?"
        ),
        status="open",
        created=days(6),
        replies=(
            msg(
                AGENT,
                minutes(33),
                "Hi Noah, good plan. Moves inside Dropbox happen on the server, so nothing is "
                "uploaded again; what takes time is every desktop app re-indexing the moved "
                "folders. We recommend: 1) remove folders nobody needs, 2) move in batches of "
                "10–20 folders per evening, 3) leave the busiest folders for a weekend. I can "
                "prepare a folder-by-folder plan if you send us the list with owners and sizes.",
            ),
            msg(
                NOAH,
                days(1),
                "List attached as 'shared-folders-overview.csv'. The engineering folders (the "
                "largest, about 1.9 TB) are the critical ones.",
            ),
            msg(
                AGENT,
                days(3),
                "Thanks, the plan is attached as 'Northwind migration plan.pdf': five evenings, "
                "with the engineering folders last, on a Saturday. One question: 'Archief 2019', "
                "'Archief 2020' and 'Tenders-old' are owned by a suspended member. Should they "
                "move into the team space as well, or be archived?",
            ),
            msg(
                NOAH,
                days(5, 20),
                "Move 'Tenders-old' and archive the other two. Can you start with batch 1 on "
                "Thursday evening?",
            ),
        ),
    ),
    DemoTicket(
        submitter=NOAH,
        product="dropbox",
        channel="callback",
        category="data_recovery",
        language="en",
        subject="Project folder 'Bouw Zuidas' deleted by mistake, client meeting this afternoon",
        body=(
            "An intern deleted the project folder 'Bouw Zuidas' (about 8,000 files) while tidying "
            "up and then emptied the recycle bin on his PC. We meet the client this afternoon and "
            "need the drawings. Please call me."
        ),
        status="solved",
        created=days(3, 2),
        phone="+31208765432",
        replies=(
            msg(
                AGENT,
                minutes(18),
                "Call summary: we looked at Deleted files together. 'Bouw Zuidas' was deleted in "
                "Dropbox itself, not only on the PC, so we restored the whole folder in one step: "
                "all 8,012 files are back with their version history. Noah confirmed that the "
                "drawings open in the desktop app.",
            ),
            msg(
                NOAH,
                hours(1),
                "Everything is there and the meeting is saved. Can we stop interns from deleting "
                "top-level project folders?",
            ),
            msg(
                AGENT,
                hours(2),
                "Yes: in the team folder's sharing settings, give the interns' group 'can view' on "
                "the top level and 'can edit' only on the subfolders they work in. I'll mark this "
                "as solved; reply if you'd like help setting it up.",
            ),
        ),
    ),
    DemoTicket(
        submitter=NOAH,
        product="dropbox",
        channel="request",
        category="billing",
        language="en",
        subject="Can we switch from card to invoice payment and keep Premium Support",
        body=(
            "Our finance department would like to pay Dropbox by invoice instead of by company "
            "card from the next renewal. We have 25 licences and the Enhanced Premium Support "
            "add-on. If we switch, does the add-on stay active, and who do we talk to about it?"
        ),
        status="closed",
        created=days(40),
        replies=(
            msg(
                AGENT,
                minutes(48),
                "Hi Noah, yes, the add-on stays active when you switch to invoicing. The switch "
                "itself is arranged by our sales team: I've passed your request to your account "
                "manager, who will contact you within two working days. Good to know: once you pay "
                "by invoice, adding or removing add-ons also goes through your account manager "
                "instead of the Billing page.",
            ),
            msg(
                NOAH,
                days(2),
                "The account manager called. Since we add licences quite often, we'll keep paying "
                "by card for now. You can close this.",
            ),
            msg(
                AGENT,
                days(2, 2),
                "Understood, I'm closing this ticket. Good luck with the new hires!",
            ),
        ),
    ),
    DemoTicket(
        submitter=NOAH,
        product="dropbox",
        channel="callback",
        category="performance",
        language="en",
        subject=(
            "Uploads from the Utrecht office crawl at 2 Mbit/s the day before a client deadline"
        ),
        body=(
            "Since this morning every upload from our Utrecht office runs at 1–2 Mbit/s, while a "
            "speed test shows 400 Mbit/s upstream. We have to deliver 60 GB of renders to a client "
            "through a shared folder by tomorrow morning. Please call, this is urgent."
        ),
        status="closed",
        created=days(75),
        phone="+31302345678",
        replies=(
            msg(
                AGENT,
                minutes(22),
                "Call summary: we checked the desktop app's bandwidth settings on two PCs "
                "together. The upload rate was limited to 250 KB/s by a setting your device "
                "management pushed last week. Noah set it to 'Don't limit' on one PC and the "
                "upload went up to about 35 MB/s. Noah will update the policy for all Utrecht PCs; "
                "I'll check in tomorrow.",
            ),
            msg(
                NOAH,
                hours(3),
                "Policy updated and all renders are uploaded. Thanks for the quick call.",
            ),
            msg(
                AGENT,
                days(1),
                "Glad the renders got there in time. I'm marking this as solved; it closes "
                "automatically after a week.",
            ),
        ),
    ),
    DemoTicket(
        submitter=NOAH,
        product="dash",
        channel="request",
        category="integrations",
        language="en",
        subject="Dash Confluence connector fails with '401 Unauthorized' after a token rotation",
        body=(
            "Our Atlassian admin rotated all API tokens as part of a security policy, and since "
            "then the Confluence connector in Dash shows 'Sync failed: 401 Unauthorized'. "
            "Confluence results in Dash are now days old. Reconnecting from the Dash admin page "
            "gives the same error."
        ),
        status="closed",
        created=days(100),
        replies=(
            msg(
                AGENT,
                hours(5, 20),
                "Hi Noah, sorry for the late reply; we missed our 4-hour target on this one. The "
                "connector uses the Atlassian account of the person who connected it, and the "
                "rotation revoked its access. Reconnecting fails when that account no longer has "
                "the Confluence administrator permission. Could you check who originally connected "
                "it and whether they still have that role?",
            ),
            msg(
                NOAH,
                days(1),
                "It was connected by a colleague who has moved to another job and lost her "
                "Confluence admin rights. I've reconnected it with my own account (I'm a "
                "Confluence admin) and it now says 'Syncing'.",
            ),
            msg(
                AGENT,
                days(1, 1),
                "That's it. The first full sync of your spaces can take a few hours; after that, "
                "changes show up within minutes. I'll close this once you confirm the results are "
                "current.",
            ),
            msg(NOAH, days(2), "All current again. Thanks."),
        ),
    ),
    DemoTicket(
        submitter=NOAH,
        product="dash",
        channel="chat",
        category="sharing",
        language="en",
        subject="Sharing a Dash stack with a freelancer outside the team",
        body="Hi! Can I share a Dash stack with a freelancer who isn't on our team?",
        status="closed",
        created=days(170),
        replies=(
            msg(
                AGENT,
                minutes(2),
                "Hi Noah! You can share a stack by link, but the freelancer only sees the items "
                "she has access to herself.",
            ),
            msg(
                NOAH,
                minutes(4),
                "So the links to our Dropbox files in the stack won't open for her?",
            ),
            msg(
                AGENT,
                minutes(5),
                "Right, she needs those files shared with her separately, for example through a "
                "shared folder or a shared link.",
            ),
            msg(NOAH, minutes(6), "Clear, thanks!"),
        ),
    ),
    # Noah's tickets from before the R18 cut-off (11 December 2024): never under Team tickets.
    DemoTicket(
        submitter=NOAH,
        product="dropbox",
        channel="request",
        category="sharing",
        language="en",
        subject="File request stopped accepting uploads from our suppliers",
        body=(
            "We use the file request 'Supplier certificates' so suppliers can upload their ISO "
            "certificates. Since this morning they get 'This file request is closed', but nobody "
            "closed it and it has no deadline. About 30 suppliers still have to upload."
        ),
        status="closed",
        created=utc(10, 8, 9, 15),
        replies=(
            msg(
                AGENT,
                minutes(38),
                "Hi Noah, the file request uploads to '/Inkoop/Certificates', and that folder was "
                "renamed yesterday to '/Inkoop/Certificaten'. When the destination folder is "
                "renamed or moved, the request closes automatically. You can reopen it on "
                "dropbox.com under File requests → Closed → Reopen; it will then upload to the "
                "renamed folder.",
            ),
            msg(NOAH, hours(2), "Reopened, and a supplier has just uploaded successfully. Thanks!"),
            msg(
                AGENT,
                hours(2, 20),
                "Great. The link stays the same, so your suppliers don't need a new one.",
            ),
        ),
    ),
    DemoTicket(
        submitter=NOAH,
        product="dropbox",
        channel="request",
        category="sync",
        language="en",
        subject="More than 300 conflicted copies in the shared CAD folder",
        body=(
            "Our CAD folder has more than 300 files named like 'Hal 3 - fundering (Bram's "
            "conflicted copy 2024-10-18).dwg'. Four workstations open the drawings in AutoCAD "
            "straight from the Dropbox folder. Which copy is the right one, and how do we prevent "
            "this?"
        ),
        status="closed",
        created=utc(10, 21, 13, 40),
        replies=(
            msg(
                AGENT,
                minutes(40),
                "Hi Noah, when two people have the same drawing open, both AutoCAD sessions save "
                "their own version and Dropbox keeps the second as a conflicted copy. The right "
                "copy is usually the newest; the version history of each file shows who saved "
                "what. To prevent it, have people lock a drawing while they work on it: "
                "right-click the file → Lock editing. Others can then open it read-only.",
            ),
            msg(
                NOAH,
                days(1),
                "We'll start locking files. Can you help us clean up the copies? Deleting 300 "
                "files by hand is a lot of work.",
            ),
            msg(
                AGENT,
                days(1, 3),
                "Search for 'conflicted copy' in the CAD folder on dropbox.com, select the results "
                "and delete them in one go. Deleted files stay restorable for your team's recovery "
                "period, so it's safe. I've attached a short checklist for the team.",
            ),
            msg(NOAH, days(2), "Done: 312 copies gone and everyone locks drawings now. Thanks."),
        ),
    ),
    DemoTicket(
        submitter=NOAH,
        product="dropbox",
        channel="request",
        category="sign_in",
        language="en",
        subject="Member can't set up two-step verification on his new phone",
        body=(
            "Liam has a new phone and can't sign in: the old phone with his authenticator app was "
            "traded in, and he has no backup codes. As an admin, how can I reset his two-step "
            "verification?"
        ),
        status="closed",
        created=utc(11, 4, 8, 5),
        replies=(
            msg(
                AGENT,
                minutes(25),
                "Hi Noah, as a team admin you can do this yourself: Admin console → Members → Liam "
                "Smit → Security → Remove two-step verification. He can then sign in with his "
                "password and set it up again on the new phone.",
            ),
            msg(
                NOAH,
                hours(1),
                "Done, he has signed in and set it up again. Thanks for the quick answer.",
            ),
            msg(
                AGENT,
                hours(1, 15),
                "You're welcome! Tip: ask him to keep the new backup codes in your password "
                "manager.",
            ),
        ),
    ),
    DemoTicket(
        submitter=NOAH,
        product="dropbox",
        channel="request",
        category="data_recovery",
        language="en",
        subject="Get back last week's version of the Q4 forecast a colleague overwrote",
        body=(
            "Someone saved an older copy over 'Forecast Q4 2024.xlsx' in the Finance folder, so "
            "last week's changes are gone. Version history in the desktop app only shows today's "
            "versions. How do I get back the version of Friday 8 November?"
        ),
        status="closed",
        created=utc(11, 14, 15, 20),
        replies=(
            msg(
                AGENT,
                minutes(35),
                "Hi Noah, the full history is on dropbox.com. Open the Finance folder there, click "
                "'…' next to 'Forecast Q4 2024.xlsx' → Activity → Version history, and restore the "
                "version of 8 November. The current version is kept in the history as well, so "
                "nothing is lost.",
            ),
            msg(NOAH, hours(2), "Found it: the version of 8 November 17:42 is restored. Perfect."),
        ),
    ),
    DemoTicket(
        submitter=NOAH,
        product="dropbox",
        channel="request",
        category="admin_console",
        language="en",
        subject="Activity page doesn't show who deleted the folder 'Klanten 2023'",
        body=(
            "The folder 'Klanten 2023' disappeared from our team folder last week. I searched the "
            "Activity page in the Admin console for 'Klanten 2023' but there's no delete event. We "
            "need to know who did it and when."
        ),
        status="closed",
        created=utc(11, 25, 10, 0),
        replies=(
            msg(
                AGENT,
                minutes(45),
                "Hi Noah, the folder wasn't deleted but moved: on 19 November one of your members "
                "moved it to '/Archief/Klanten 2023'. The Activity page lists that as a move under "
                "file operations, which a search on the old name doesn't match. Filtering on "
                "'Moved files and folders' and that date shows it.",
            ),
            msg(
                NOAH,
                hours(3),
                "Found it: it was moved by accident during an archive clean-up. We've put it back. "
                "Thanks!",
            ),
            msg(AGENT, days(1), "Glad it's sorted. I'll close this ticket."),
        ),
    ),
    # Yuki Tanaka, admin (Japanese) ------------------------------------------------------------
    DemoTicket(
        submitter=YUKI,
        product="dropbox",
        channel="request",
        category="sync",
        language="ja",
        subject="東京オフィスのMacでオンライン専用ファイルが開けません",
        body=(
            "東京オフィスのMac 5台で、オンライン専用に設定したファイルをFinderでダブルクリックする"
            "と「ファイルを開けませんでした」と表示されます。"
            "Macに保存されているファイルは問題なく開けます。"
            "先週macOSをアップデートしてから発生しているようです。"
            "原因と対処方法を教えていただけますでしょうか。"
        ),
        status="open",
        created=days(1, 20),
        replies=(
            msg(
                AGENT,
                minutes(28),
                "田中様、お問い合わせいただきありがとうございます。macOSのアップデート後、"
                "Dropboxのファイルへのアクセス許可がリセットされることがあります。お手数ですが、"
                "該当のMacで「システム設定」→「プライバシーとセキュリティ」→「ファイルとフォルダ」"
                "を開き、Dropboxへのアクセスが許可されているかご確認いただけますでしょうか。"
                "あわせて、デスクトップアプリのバージョンもお知らせください。",
            ),
            msg(
                YUKI,
                hours(3),
                "ご回答ありがとうございます。5台とも許可はオンになっていました。"
                "デスクトップアプリのバージョンは221.4.5462です。"
                "Macを再起動しても改善しませんでした。",
            ),
            msg(
                AGENT,
                hours(20),
                "ご確認ありがとうございます。同じバージョンのmacOSで同様のご報告が寄せられており、"
                "現在エンジニアチームが調査しております。回避策として、"
                "該当のファイルを右クリックし「ダウンロード」"
                "を選択していただくと開けることを確認しております。進展がありましたら、"
                "こちらでご連絡いたします。",
            ),
        ),
    ),
    DemoTicket(
        submitter=YUKI,
        product="dropbox",
        channel="request",
        category="sharing",
        language="ja",
        subject="共有リンクにパスワードを設定できません",
        body=(
            "取引先にファイルを送る際に共有リンクにパスワードを設定しようとしていますが、"
            "リンクの設定画面にパスワードの項目が表示されません。"
            "管理者のアカウントでもメンバーのアカウントでも同じ状況です。"
            "チームの設定で制限されているのでしょうか。"
        ),
        status="pending",
        created=days(3),
        replies=(
            msg(
                AGENT,
                minutes(35),
                "田中様、ご連絡ありがとうございます。パスワードの項目は、"
                "リンクの公開範囲が「リンクを知っている全員」の場合にのみ表示されます。"
                "公開範囲が「チームメンバーのみ」になっていないか、ご確認いただけますでしょうか。",
            ),
            msg(
                YUKI,
                hours(4),
                "公開範囲は「リンクを知っている全員」になっています。"
                "それでもパスワードの項目が表示されません。",
            ),
            msg(
                AGENT,
                days(1),
                "ご確認ありがとうございます。詳しく調査いたしますので、"
                "リンクの設定画面のスクリーンショットと、"
                "対象ファイルのパス（例：/営業/見積書/見積書_A社.pdf）"
                "をお送りいただけますでしょうか。管理コンソールの「設定」→「共有リンク」"
                "の画面のスクリーンショットもあわせてお送りいただけますと幸いです。",
            ),
        ),
    ),
    DemoTicket(
        submitter=YUKI,
        product="dropbox",
        channel="request",
        category="sign_in",
        language="ja",
        subject="SSOを必須にした後、デスクトップアプリにサインインできません",
        body=(
            "昨日、チーム全体のサインイン方法をSSO（必須）に切り替えました。"
            "ブラウザからは問題なくサインインできますが、"
            "デスクトップアプリでは「サインインできませんでした。もう一度お試しください」"
            "と表示され、東京オフィスの8名がファイルを同期できない状態です。"
            "至急ご確認をお願いいたします。"
        ),
        status="solved",
        created=days(5),
        replies=(
            msg(
                AGENT,
                minutes(40),
                "田中様、ご不便をおかけして申し訳ございません。SSOを必須にした後は、"
                "デスクトップアプリで一度サインアウトし、「シングルサインオンでサインイン」"
                "を選んでサインインし直していただく必要がございます。ブラウザが開きますので、"
                "社内の認証画面でサインインを完了してください。",
            ),
            msg(
                YUKI,
                hours(2),
                "ありがとうございます。サインアウトしてSSOでサインインし直したところ、"
                "8名とも同期が再開しました。",
            ),
            msg(
                AGENT,
                hours(2, 30),
                "ご確認いただきありがとうございます。解決してなによりです。"
                "こちらのチケットは解決済みとさせていただきます。"
                "ほかにご不明な点がございましたら、お気軽にお問い合わせください。",
            ),
        ),
    ),
    DemoTicket(
        submitter=YUKI,
        product="dropbox",
        channel="callback",
        category="performance",
        language="en",
        subject="Desktop app at 100% CPU on all Tokyo PCs after this morning's update",
        body=(
            "Since the desktop app updated this morning, Dropbox uses 100% CPU on all 9 Windows "
            "PCs in our Tokyo office and people can hardly work in Excel. Japanese support is "
            "closed at this hour, so I'm asking in English. It's urgent because we close the month "
            "today; please call my mobile."
        ),
        status="closed",
        created=days(12),
        phone="+819087654321",
        replies=(
            msg(
                AGENT,
                minutes(16),
                "Call summary: Yuki and I looked at one PC together over screen sharing. After the "
                "update the app was re-indexing the whole team space, because an antivirus rule "
                "kept quarantining its index file. After we added the Dropbox folder and the "
                "Dropbox app data folder to the antivirus exclusions and restarted the app, CPU "
                "dropped below 5% within 10 minutes. Yuki will apply the same exclusions on the "
                "other 8 PCs.",
            ),
            msg(
                YUKI,
                hours(2),
                "All nine PCs are back to normal. Thank you for calling so quickly.",
            ),
            msg(AGENT, hours(3), "Glad to hear it. I'll mark this as solved."),
        ),
    ),
    DemoTicket(
        submitter=YUKI,
        product="dropbox",
        channel="request",
        category="performance",
        language="ja",
        subject="ウェブ版で大きなフォルダを開くのに30秒以上かかります",
        body=(
            "dropbox.comで「製品写真」フォルダ（約18,000ファイル）を開くと、"
            "一覧が表示されるまでに30秒以上かかります。ほかのフォルダはすぐに表示されます。"
            "東京オフィスの全員が同じ状況です。改善する方法はありますでしょうか。"
        ),
        status="closed",
        created=days(14),
        replies=(
            msg(
                AGENT,
                minutes(45),
                "田中様、お問い合わせありがとうございます。"
                "1つのフォルダに大量のファイルがある場合、"
                "ウェブ版では一覧の読み込みとサムネイルの作成に時間がかかります。"
                "年別や製品別のサブフォルダに分けていただくと、表示が大幅に速くなります。",
            ),
            msg(
                YUKI,
                days(1),
                "ありがとうございます。サブフォルダに分けた場合、"
                "既存の共有リンクは無効になりますでしょうか。",
            ),
            msg(
                AGENT,
                days(1, 2),
                "ファイルを移動しても、各ファイルの共有リンクはそのままご利用いただけます。また、"
                "「製品写真」フォルダ自体の共有リンクからも、"
                "移動後のサブフォルダを含めてご覧いただけますので、"
                "取引先へリンクを送り直す必要はございません。",
            ),
            msg(
                YUKI,
                days(3),
                "年別に分けたところ、2秒ほどで表示されるようになりました。ありがとうございました。",
            ),
        ),
    ),
    DemoTicket(
        submitter=YUKI,
        product="dropbox",
        channel="request",
        category="data_recovery",
        language="ja",
        subject="誤って削除した「契約書アーカイブ」フォルダを復元したいです",
        body=(
            "メンバーが整理作業中に、チームフォルダ内の「契約書アーカイブ」"
            "フォルダ（約2,300ファイル）を誤って削除してしまいました。「削除したファイル」"
            "の画面には表示されていますが、フォルダ全体をまとめて復元する方法が分かりません。"
            "取引先との契約確認に必要なため、できるだけ早く復元したいです。"
        ),
        status="closed",
        created=days(27),
        replies=(
            msg(
                AGENT,
                hours(3, 10),
                "田中様、ご返信が遅くなり申し訳ございません。dropbox.comの「削除したファイル」"
                "で「契約書アーカイブ」フォルダを選択し、「復元」をクリックしていただくと、"
                "フォルダ内のファイルをまとめて復元できます。ファイル数が多いため、"
                "完了まで数分かかる場合がございます。",
            ),
            msg(
                YUKI,
                hours(4),
                "ご案内いただいた手順で復元できました。"
                "2,300件すべてのファイルが戻っていることも確認しました。ありがとうございました。",
            ),
            msg(
                AGENT,
                hours(4, 30),
                "ご確認ありがとうございます。同様のことを防ぐため、"
                "チームフォルダの上位階層ではメンバーの権限を「閲覧可能」"
                "にしておく方法もございます。こちらのチケットはクローズさせていただきます。",
            ),
        ),
    ),
    DemoTicket(
        submitter=YUKI,
        product="dropbox",
        channel="request",
        category="admin_console",
        language="ja",
        subject="メンバーの一括招待でCSVをアップロードするとエラーになります",
        body=(
            "管理コンソールから新入社員12名をCSVで一括招待しようとしたところ、"
            "「ファイルの形式が正しくありません」というエラーが表示されました。"
            "列はメールアドレスと氏名の2列で、Excelから保存したCSVファイルです。"
            "正しい形式を教えていただけますでしょうか。"
        ),
        status="closed",
        created=days(55),
        replies=(
            msg(
                AGENT,
                minutes(42),
                "田中様、お問い合わせありがとうございます。"
                "日本語の氏名を含むファイルをExcelで「CSV（コンマ区切り）」として保存すると、"
                "文字コードがShift_JISになり、このエラーの原因となります。"
                "「CSV UTF-8（コンマ区切り）」で保存し直してから、"
                "もう一度アップロードしていただけますでしょうか。",
            ),
            msg(
                YUKI,
                hours(2),
                "UTF-8で保存し直したところ、12名全員に招待を送ることができました。"
                "ありがとうございます。",
            ),
            msg(
                AGENT,
                hours(2, 20),
                "ご確認いただきありがとうございます。招待の状況は、管理コンソールの「メンバー」"
                "画面でご確認いただけます。",
            ),
        ),
    ),
    DemoTicket(
        submitter=YUKI,
        product="dropbox",
        channel="request",
        category="billing",
        language="ja",
        subject="領収書の宛名を日本法人の名称に変更したいです",
        body=(
            "毎月のカード決済の領収書の宛名が「Northwind Traders B.V.」になっていますが、"
            "経理処理の都合上、東京オフィス分は日本法人「ノースウィンド・トレーダーズ株式会社」"
            "の名称で発行していただきたいと考えております。対応は可能でしょうか。"
        ),
        status="closed",
        created=days(80),
        replies=(
            msg(
                AGENT,
                minutes(50),
                "田中様、お問い合わせありがとうございます。"
                "領収書はチーム全体で1つの請求先情報に基づいて発行されるため、"
                "オフィスごとに宛名を分けることはできません。請求先の会社名と住所は「請求」"
                "→「請求先情報」から変更でき、変更後に発行される領収書に反映されます。",
            ),
            msg(
                YUKI,
                days(1),
                "承知しました。本社と相談し、現在の宛名のままにすることにいたしました。"
                "ご説明ありがとうございました。",
            ),
            msg(
                AGENT,
                days(1, 1),
                "ご確認ありがとうございます。過去の領収書は「請求」→「請求書」"
                "からいつでもダウンロードしていただけます。",
            ),
        ),
    ),
    DemoTicket(
        submitter=YUKI,
        product="dash",
        channel="request",
        category="integrations",
        language="ja",
        subject="DashでGoogleドライブの共有ドライブのファイルが検索結果に表示されません",
        body=(
            "DashにGoogleドライブを接続して3日経ちましたが、共有ドライブ「マーケティング」"
            "にあるファイルが検索結果に表示されません。"
            "マイドライブのファイルは正常に表示されます。"
            "共有ドライブも検索対象にする設定はありますでしょうか。"
        ),
        status="closed",
        created=days(120),
        replies=(
            msg(
                AGENT,
                hours(1, 50),
                "田中様、ご連絡ありがとうございます。共有ドライブのファイルは、"
                "Google Workspaceの管理者がDashに共有ドライブへのアクセスを許可している場合にのみ"
                "検索対象となります。Googleの管理コンソールの「APIの制御」で、"
                "Dashのアクセス設定をご確認いただけますでしょうか。",
            ),
            msg(
                YUKI,
                days(1),
                "社内のGoogle管理者に確認したところ、"
                "共有ドライブへのアクセスが制限されていました。許可したところ、"
                "数時間後に検索結果に表示されるようになりました。",
            ),
            msg(
                AGENT,
                days(1, 2),
                "ご確認いただきありがとうございます。解決してなによりです。"
                "こちらのチケットはクローズさせていただきます。",
            ),
        ),
    ),
    DemoTicket(
        submitter=YUKI,
        product="dash",
        channel="request",
        category="sharing",
        language="ja",
        subject="Dashの検索結果に、閲覧権限のないファイル名が表示されます",
        body=(
            "Dashで「人事評価」と検索すると、"
            "一般メンバーのアカウントでも人事部フォルダ内のファイル名が検索結果に表示されるという"
            "報告がありました。ファイル自体は開けないそうですが、"
            "ファイル名が表示されるだけでも問題です。設定をご確認いただけますでしょうか。"
        ),
        status="closed",
        created=days(160),
        replies=(
            msg(
                AGENT,
                hours(1, 20),
                "田中様、ご報告ありがとうございます。確認したところ、"
                "該当のファイルへのリンクが公開のSlackチャンネルに投稿されており、"
                "Dashはそのメッセージ（ファイル名を含む）"
                "をSlackの検索結果として表示しておりました。"
                "Dropbox上のファイルのアクセス権限は正しく守られております。",
            ),
            msg(
                YUKI,
                hours(5),
                "原因が分かり安心いたしました。該当のSlackチャンネルは非公開に変更しました。",
            ),
            msg(
                AGENT,
                hours(6),
                "ご対応ありがとうございます。再インデックスが完了すると、"
                "一般メンバーの検索結果には表示されなくなります。"
                "こちらのチケットはクローズさせていただきます。",
            ),
        ),
    ),
    # Members' e-mail requests (R6): Mia Bakker (epic champion) and Liam Smit -------------------
    DemoTicket(
        submitter=MIA,
        product="dropbox",
        channel="email",
        category="sharing",
        language="en",
        subject="Can't add files to the Marketing team folder anymore",
        body=(
            "Hi, since yesterday I can't add files to the Marketing team folder: Dropbox says 'You "
            "don't have permission to add files to this folder'. It worked last week, and I need "
            "to upload the new brochure drafts for the campaign. Could you help?"
        ),
        status="open",
        created=days(2, 1),
        replies=(
            msg(
                AGENT,
                minutes(35),
                "Hi Mia, thanks for writing in. Your access to the Marketing team folder changed "
                "from 'can edit' to 'can view' yesterday. That change was made by your team's "
                "admins, so we can't undo it from our side; I've let them know, and you can also "
                "ask Ava or Noah directly.",
            ),
            msg(MIA, hours(2), "Thanks, I didn't know that. I'll ask Ava."),
            msg(
                AVA,
                days(1),
                "Hi Mia, Marketing was set to view-only for everyone by mistake during the brand "
                "review. I'm checking with Noah which groups should get edit access back and will "
                "fix it today.",
            ),
            msg(
                AGENT,
                days(1, 2),
                "Thanks, Ava. Mia, I'll keep this request open until you can upload to the folder "
                "again.",
            ),
        ),
    ),
    DemoTicket(
        submitter=MIA,
        product="dropbox",
        channel="email",
        category="sync",
        language="en",
        subject="My Word document keeps creating 'conflicted copy' files",
        body=(
            "Every time I save 'Campaign plan spring.docx', a new file 'Campaign plan spring (Mia "
            "Bakker's conflicted copy).docx' appears next to it. I'm the only one editing it, "
            "sometimes on my laptop and sometimes on my PC at the office. What am I doing wrong?"
        ),
        status="solved",
        created=days(3),
        replies=(
            msg(
                AGENT,
                minutes(20),
                "Hi Mia, you're not doing anything wrong. If the document is open in Word on your "
                "laptop and your office PC at the same time, each computer saves its own version "
                "and Dropbox keeps both. Close the document on the computer you're not using and "
                "the copies will stop. Once you've checked that the main file has your latest "
                "changes, you can delete the copies.",
            ),
            msg(
                MIA,
                days(1),
                "That was it: the office PC still had it open from the day before. No new copies "
                "since. Thanks!",
            ),
            msg(AGENT, days(1, 1), "Great, thanks for letting us know. I'll mark this as solved."),
        ),
    ),
    DemoTicket(
        submitter=MIA,
        product="dropbox",
        channel="email",
        category="data_recovery",
        language="en",
        subject="I deleted my 'Event photos' folder by accident",
        body=(
            "I deleted my folder 'Event photos' with about 900 pictures from our customer day, "
            "thinking it was a copy. It isn't in the Windows recycle bin either. Is there a way to "
            "get it back?"
        ),
        status="closed",
        created=days(45),
        replies=(
            msg(
                AGENT,
                minutes(52),
                "Hi Mia, yes: files deleted from Dropbox can be restored on dropbox.com. Open "
                "Deleted files in the left-hand menu, find 'Event photos', select it and click "
                "Restore. The whole folder with all 900 photos comes back and syncs to your "
                "computer again.",
            ),
            msg(
                MIA,
                hours(2),
                "Found it and restored it, all the photos are back. Thank you so much!",
            ),
            msg(AGENT, hours(2, 20), "You're welcome, Mia! I'll close this request."),
        ),
    ),
    DemoTicket(
        submitter=LIAM,
        product="dropbox",
        channel="email",
        category="sync",
        language="en",
        subject="Files saved on a colleague's Mac don't sync to my Windows PC",
        body=(
            "Some files a colleague saved on her Mac, like 'Offerte: Jansen BV.pdf' and 'Q3 "
            "results?.xlsx', don't appear on my Windows PC. The Dropbox icon says '2 files can't "
            "sync' and mentions characters that aren't allowed. Can you rename them automatically, "
            "or do I have to ask her?"
        ),
        status="new",
        created=hours(6),
    ),
    DemoTicket(
        submitter=LIAM,
        product="dropbox",
        channel="email",
        category="other",
        language="en",
        subject="Is there a Dropbox desktop app for Linux?",
        body=(
            "I've switched to Ubuntu on my work laptop. Is there an official Dropbox app for "
            "Linux, and does it support our team space and online-only files like on Windows?"
        ),
        status="closed",
        created=days(19),
        replies=(
            msg(
                AGENT,
                hours(5),
                "Hi Liam, yes, there's an official app for Ubuntu and Fedora on "
                "dropbox.com/install-linux. It syncs your team space just like on Windows, but "
                "online-only files aren't available on Linux; use selective sync to choose which "
                "folders are stored on the laptop.",
            ),
            msg(LIAM, days(1), "Installed and syncing. Selective sync is fine for me, thanks."),
        ),
    ),
    DemoTicket(
        submitter=LIAM,
        product="dropbox",
        channel="email",
        category="sign_in",
        language="en",
        subject="Can't sign in on my new laptop: 'Your team requires single sign-on'",
        body=(
            "I got a new laptop, and when I sign in to the Dropbox desktop app with my e-mail "
            "address and password it says 'Your team requires single sign-on'. I don't know what "
            "my SSO password is. Who should I ask?"
        ),
        status="closed",
        created=days(70),
        replies=(
            msg(
                AGENT,
                hours(26),
                "Hi Liam, sorry for the slow reply. Your team signs in through its company login "
                "(single sign-on). In the desktop app, enter your e-mail address and click "
                "Continue: you'll be taken to the Northwind sign-in page, where you use the same "
                "password as for your work computer.",
            ),
            msg(
                LIAM,
                hours(28),
                "That worked, thanks. Might be worth telling people it's just the Windows "
                "password.",
            ),
            msg(
                AGENT,
                hours(29),
                "Glad it works! Your admins can add a note about this to the team's welcome "
                "e-mail. I'll close this request.",
            ),
        ),
    ),
    DemoTicket(
        submitter=LIAM,
        product="dropbox",
        channel="email",
        category="sharing",
        language="en",
        subject="Customer says our shared link has been disabled",
        body=(
            "I sent a customer a shared link to our product catalogue (a 250 MB PDF), and today "
            "she gets 'This link has been temporarily disabled'. The link worked last week. Do I "
            "need to make a new one?"
        ),
        status="closed",
        created=days(110),
        replies=(
            msg(
                AGENT,
                hours(6),
                "Hi Liam, links are temporarily disabled when they cause a very large amount of "
                "downloads in a short time; your catalogue was downloaded a few thousand times "
                "yesterday. The link is enabled again automatically within 24 hours. If the "
                "catalogue is meant for a wide audience, a lighter web version or a download on "
                "your own website is a better fit.",
            ),
            msg(
                LIAM,
                days(1),
                "Ah, our distributor put the link in their newsletter. It works again now, thanks.",
            ),
        ),
    ),
)
