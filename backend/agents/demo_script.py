"""What the built-in demo agent says (``serve --demo-agent``), in English and Japanese.

Placeholders for ``str.format``: ``{name}`` (the submitter's first name) and ``{phone}``
(the number called, in callback notes). Joining and ending a chat are events, not lines:
the client words them in the reader's language (R3).
"""

from __future__ import annotations

from backend.agents.demo_script_spec import CategoryAnswers

ANSWERS: tuple[CategoryAnswers, ...] = (
    CategoryAnswers(
        category="sign_in",
        request_en=(
            (
                "Hi {name}, thanks for reaching out, and sorry that sign-in is getting in the "
                "way. Could you send me the exact error message, the time it last appeared, and "
                "whether it happens in the browser, the desktop app or both? If your team uses "
                "single sign-on, please check Admin console → Settings → Single sign-on: the "
                "sign-in URL and the uploaded certificate should match what your identity "
                "provider uses today. If only one member is affected, Admin console → Members → "
                "(member) lets you reset their two-step verification or sign them out of all "
                "sessions so they can start fresh. I'll keep this ticket open until you confirm "
                "everyone can sign in again."
            ),
            (
                "Hi {name}, thank you for the details. To narrow this down, please tell me how "
                "many people are affected and whether they have anything in common, such as the "
                "same office, device type or admin role. If your security policy allows it, you "
                "can set Admin console → Settings → Single sign-on to Optional for a short while, "
                "so members can sign in with their password while we investigate. Please also "
                "make sure the affected devices show the correct date and time, because sign-in "
                "responses are rejected when a clock is off. I'll check the sign-in logs for your "
                "team as soon as I have this, and I'll keep this ticket open until access works "
                "for everyone."
            ),
        ),
        request_ja=(
            (
                "{name} 様、お問い合わせいただきありがとうございます。"
                "サインインできずご不便をおかけしており、申し訳ございません。"
                "表示されているエラー メッセージと最後に発生した時刻、またブラウザとデスクトップ "
                "アプリのどちらで発生しているかをお知らせいただけますでしょうか。"
                "シングル サインオンをご利用の場合は、管理コンソールの「設定」"
                "→「シングル サインオン」で、サインイン URL と証明書が ID プロバイダーの現在の設定"
                "と一致しているかご確認ください。特定のメンバーのみの場合は、「メンバー」"
                "→（対象のメンバー）から 2 段階認証のリセットや、"
                "すべてのセッションからのサインアウトを行えます。"
                "全員がサインインできることをご確認いただけるまで、"
                "こちらのチケットは対応中のままにいたします。"
            ),
            (
                "{name} 様、詳細をお知らせいただきありがとうございます。原因を絞り込むため、"
                "影響を受けているメンバーの人数と、同じオフィスや同じ種類のデバイスなどの共通点が"
                "あるかをお知らせいただけますでしょうか。セキュリティ ポリシー上問題がなければ、"
                "調査の間は管理コンソールの「設定」→「シングル サインオン」を「任意」に変更し、"
                "パスワードでサインインできるようにする方法もございます。また、"
                "デバイスの時刻がずれているとサインインが拒否されるため、"
                "該当のデバイスの日付と時刻が正しいかもご確認ください。"
                "情報をいただき次第チームのサインイン ログを確認し、"
                "全員がアクセスできるようになるまでこちらのチケットは対応中のままにいたします。"
            ),
        ),
        chat_en=(
            "Hi {name}, thanks for waiting, I'm here to help with the sign-in problem.",
            (
                "Is it one person or several, and what exact message do they see when they try to "
                "sign in?"
            ),
            (
                "Does your team sign in through single sign-on, and has anything changed there "
                "recently, such as a new certificate?"
            ),
            (
                "Meanwhile, Admin console → Settings → Single sign-on shows whether the sign-in "
                "URL and certificate are current."
            ),
        ),
        chat_ja=(
            "{name} 様、サインインの件でお問い合わせいただきありがとうございます。",
            "影響を受けているのはお一人だけでしょうか、それとも複数のメンバーでしょうか。",
            "サインイン時に表示されるエラー メッセージを、そのままお知らせいただけますでしょうか。",
            (
                "シングル サインオンをご利用の場合、管理コンソールの「設定」"
                "→「シングル サインオン」で証明書が最新かご確認いただけますでしょうか。"
            ),
        ),
    ),
    CategoryAnswers(
        category="sharing",
        request_en=(
            (
                "Hi {name}, thanks for your message about sharing. Most sharing errors come from "
                "a team policy, so please first open Admin console → Settings → Sharing and check "
                "whether sharing with people outside the team and shared links for them are "
                "allowed. If the content is in a team folder, that folder can have its own "
                "policy: Admin console → Content → (team folder) → Sharing policy shows who can "
                "be invited and who can create links. Could you also send me the exact message "
                "the person sees and whether the recipient is inside or outside your team? I'll "
                "keep this ticket open until sharing works the way you need."
            ),
            (
                "Hi {name}, thank you for the clear description. Shared link options such as "
                "passwords, expiry dates and who can open a link depend on your plan and on the "
                "defaults under Admin console → Settings → Sharing → Shared links. Please open "
                "the link settings from the item's Share dialog and tell me which options you see "
                "and which are missing, ideally with a screenshot. If the link was created before "
                "a policy change, deleting it and creating a new one often makes the new settings "
                "apply. I'll keep this ticket open until you confirm the link behaves as expected."
            ),
        ),
        request_ja=(
            (
                "{name} 様、共有についてお問い合わせいただきありがとうございます。"
                "共有に関するエラーの多くはチームのポリシーによるものですので、"
                "まず管理コンソールの「設定」→「共有」で、チーム外のユーザーとの共有や共有リンクの"
                "利用が許可されているかご確認いただけますでしょうか。"
                "対象がチーム フォルダ内にある場合はフォルダごとにポリシーを設定できますので、"
                "「コンテンツ」→（対象のチーム フォルダ）→「共有ポリシー」"
                "もあわせてご確認ください。また、表示されるメッセージと、"
                "共有先がチームの内部か外部かをお知らせください。"
                "ご希望どおりに共有できるようになるまで、"
                "こちらのチケットは対応中のままにいたします。"
            ),
            (
                "{name} 様、詳しくご説明いただきありがとうございます。"
                "共有リンクのパスワードや有効期限、リンクを開ける相手などのオプションは、"
                "ご契約のプランと、管理コンソールの「設定」→「共有」→「共有リンク」"
                "の既定の設定によって決まります。対象の項目の「共有」画面からリンクの設定を開き、"
                "表示されているオプションと表示されていないオプションを、"
                "可能であればスクリーンショットとあわせてお知らせいただけますでしょうか。"
                "ポリシーの変更前に作成されたリンクの場合は、"
                "一度削除して作成し直すと新しい設定が適用されることがございます。"
                "リンクが想定どおりに動作することをご確認いただけるまで、"
                "こちらのチケットは対応中のままにいたします。"
            ),
        ),
        chat_en=(
            "Hi {name}, thanks for contacting us about sharing, I'm happy to help.",
            "Are you sharing with someone inside your team or with someone outside it?",
            (
                "Is the item inside a team folder, and what exact message appears when you try to "
                "share it?"
            ),
            (
                "As a first check, Admin console → Settings → Sharing shows whether sharing "
                "outside the team is allowed."
            ),
        ),
        chat_ja=(
            "{name} 様、共有の件でお問い合わせいただきありがとうございます。",
            (
                "共有しようとしている相手は、チームのメンバーでしょうか、"
                "それともチーム外の方でしょうか。"
            ),
            "対象の項目はチーム フォルダの中にありますでしょうか。",
            (
                "まずは管理コンソールの「設定」→「共有」で、"
                "チーム外との共有が許可されているかご確認いただけますでしょうか。"
            ),
        ),
    ),
    CategoryAnswers(
        category="sync",
        request_en=(
            (
                "Hi {name}, thanks for reporting this sync problem. Please click the Dropbox icon "
                "in the taskbar or menu bar on an affected computer and tell me the status it "
                "shows, together with the desktop app version and the operating system. It's also "
                "worth checking that the computer has enough free disk space and that your "
                "antivirus software excludes the Dropbox folder, as both commonly stop sync. If "
                "only some files are affected, their names may contain characters or be longer "
                "than other systems accept, and the sync status lists those files by name. I'll "
                "keep this ticket open until the affected computers are in sync again."
            ),
            (
                "Hi {name}, thank you for the details. As a first step, please pause and resume "
                "sync from the Dropbox icon on one affected computer, then wait a few minutes to "
                "see whether files start moving again. If they don't, check Preferences → Sync → "
                "Selective sync to make sure the folders involved are selected on that computer, "
                "and whether the files are set to online-only. Could you also send me the desktop "
                "app version, the operating system and roughly when the problem started? I'll "
                "keep this ticket open until you confirm your files are syncing normally."
            ),
        ),
        request_ja=(
            (
                "{name} 様、同期の問題についてご連絡いただきありがとうございます。お手数ですが、影"
                "響を受けているパソコンでタスク バーまたはメニュー バーの Dropbox アイコンをクリッ"
                "クし、表示されている同期の状態と、デスクトップ アプリのバージョン、"
                "OS をお知らせいただけますでしょうか。ディスクの空き容量が不足している場合や、ウイ"
                "ルス対策ソフトが Dropbox フォルダをスキャンしている場合も同期が止まることがありま"
                "すので、あわせてご確認ください。一部のファイルのみが同期されない場合は、"
                "ファイル名に使用できない文字や長さの制限が原因のことがあり、"
                "同期の状態の画面に該当のファイルが表示されます。"
                "すべてのパソコンで同期が正常に戻るまで、"
                "こちらのチケットは対応中のままにいたします。"
            ),
            (
                "{name} 様、詳細をお知らせいただきありがとうございます。"
                "まずは影響を受けているパソコンの 1 台で、"
                "Dropbox アイコンから同期を一時停止して再開し、"
                "数分後にファイルの同期が進むかご確認いただけますでしょうか。改善しない場合は、"
                "「基本設定」→「同期」→「選択型同期」で対象のフォルダが選択されているか、"
                "またファイルがオンライン専用になっていないかご確認ください。あわせて、"
                "デスクトップ アプリのバージョン、OS、"
                "問題が始まったおおよその時期をお知らせください。"
                "ファイルが正常に同期されることをご確認いただけるまで、"
                "こちらのチケットは対応中のままにいたします。"
            ),
        ),
        chat_en=(
            "Hi {name}, thanks for reaching out about sync, let's get your files moving again.",
            "What does the Dropbox icon in the taskbar or menu bar say on an affected computer?",
            (
                "Is it one computer or several, and which desktop app version and operating "
                "system are they on?"
            ),
            (
                "Meanwhile, could you pause and resume sync from the Dropbox icon and tell me "
                "whether anything changes?"
            ),
        ),
        chat_ja=(
            "{name} 様、同期の件でお問い合わせいただきありがとうございます。",
            (
                "影響を受けているパソコンで、"
                "Dropbox アイコンにはどのような状態が表示されていますでしょうか。"
            ),
            "影響はパソコン 1 台のみでしょうか、それとも複数台でしょうか。",
            (
                "お手数ですが、Dropbox アイコンから同期を一時停止して再開し、"
                "変化があるかお知らせいただけますでしょうか。"
            ),
        ),
    ),
    CategoryAnswers(
        category="billing",
        request_en=(
            (
                "Hi {name}, thanks for your billing question. You can see your licences, renewal "
                "date and past invoices under Admin console → Billing, and each invoice can be "
                "downloaded there as a PDF. Could you send me the invoice number or the date of "
                "the charge you're asking about, so I can compare it with our records? If the "
                "question is about the Premium Support add-on, a pro-rata amount is charged for "
                "the current billing period at purchase and the full amount from the next billing "
                "cycle. I'll keep this ticket open until everything on the invoice is clear."
            ),
            (
                "Hi {name}, thank you for getting in touch. The licence count on a renewal is "
                "based on the licences on your team at the renewal date, so removing unused "
                "licences or cancelling invitations that were never accepted before that date "
                "lowers the charge. You can review members under Admin console → Members and "
                "adjust licences under Admin console → Billing. If your team pays by invoice, "
                "some changes go through your sales representative, and I can pass your request "
                "on if you like. I'll keep this ticket open until you confirm the amounts match "
                "what you expect."
            ),
        ),
        request_ja=(
            (
                "{name} 様、請求についてお問い合わせいただきありがとうございます。ライセンス数、"
                "更新日、過去の請求書は管理コンソールの「請求」でご確認いただけ、"
                "請求書はそれぞれ PDF でダウンロードできます。記録と照合いたしますので、"
                "お問い合わせの請求書の番号、または請求日をお知らせいただけますでしょうか。"
                "プレミアム サポート アドオンに関するご質問の場合、"
                "購入時には現在の請求期間の日割り金額が、"
                "次の請求サイクルからは全額が請求されます。"
                "請求内容についてご不明な点が解消されるまで、"
                "こちらのチケットは対応中のままにいたします。"
            ),
            (
                "{name} 様、ご連絡いただきありがとうございます。"
                "更新時のライセンス数は更新日時点のチームのライセンス数に基づくため、"
                "更新日より前に未使用のライセンスを削除したり、"
                "承諾されていない招待を取り消したりすると、請求額が少なくなります。"
                "メンバーの状況は管理コンソールの「メンバー」で、ライセンス数は「請求」"
                "でご確認・変更いただけます。"
                "請求書払いをご利用の場合は営業担当者を通じての変更が必要なことがございますので、"
                "ご希望であればこちらからご依頼をお伝えいたします。"
                "金額がご想定どおりであることをご確認いただけるまで、"
                "こちらのチケットは対応中のままにいたします。"
            ),
        ),
        chat_en=(
            "Hi {name}, thanks for your billing question, I'm happy to look into it.",
            "Which invoice or charge is this about, and could you share its number or date?",
            "Does your team pay by card or by invoice?",
            (
                "You'll find every invoice and your renewal date under Admin console → Billing if "
                "you'd like to check them alongside me."
            ),
        ),
        chat_ja=(
            "{name} 様、請求の件でお問い合わせいただきありがとうございます。",
            "対象の請求書の番号、または請求日をお知らせいただけますでしょうか。",
            "お支払い方法は、カードと請求書払いのどちらでしょうか。",
            "すべての請求書と更新日は、管理コンソールの「請求」でご確認いただけます。",
        ),
    ),
    CategoryAnswers(
        category="admin_console",
        request_en=(
            (
                "Hi {name}, thanks for your question about the Admin console. Could you tell me "
                "which page and action you were using, what you expected to happen and the exact "
                "message you saw, ideally with a screenshot? Please also check your admin role "
                "under Admin console → Members, because some pages and actions, such as billing "
                "and security settings, are only available to team admins. If the issue involves "
                "a report, Admin console → Activity → Create report lets you narrow the date "
                "range and event types, which avoids most size limits. I'll keep this ticket open "
                "until you can complete the task."
            ),
            (
                "Hi {name}, thank you for the details. Changes in the Admin console can take a "
                "few minutes to reach every member, so please wait a little and ask the affected "
                "members to sign out and in again before checking once more. If you uploaded a "
                "CSV file, make sure it is saved as UTF-8 with one member per row and the "
                "expected header row. Admin console → Activity records every admin action, so you "
                "can also confirm there whether your change was saved. I'll keep this ticket open "
                "until you confirm the change works as intended."
            ),
        ),
        request_ja=(
            (
                "{name} 様、管理コンソールについてお問い合わせいただきありがとうございます。"
                "ご利用になっていた画面と操作、想定していた結果、表示されたメッセージを、"
                "可能であればスクリーンショットとあわせてお知らせいただけますでしょうか。請求やセ"
                "キュリティの設定など一部の画面や操作はチーム管理者のみが利用できますので、"
                "管理コンソールの「メンバー」でご自身の管理者ロールもご確認ください。"
                "レポートに関する問題の場合は、「アクティビティ」→「レポートを作成」"
                "で期間やイベントの種類を絞り込むと、ほとんどのサイズ制限を避けられます。"
                "操作を完了できるようになるまで、こちらのチケットは対応中のままにいたします。"
            ),
            (
                "{name} 様、詳細をお知らせいただきありがとうございます。管理コンソールでの変更がす"
                "べてのメンバーに反映されるまで数分かかることがありますので、"
                "少し時間をおいてから、対象のメンバーに一度サインアウトしてサインインし直すようお"
                "伝えいただけますでしょうか。CSV ファイルをアップロードされた場合は、"
                "UTF-8 で保存され、1 行に 1 名ずつ記載され、所定の見出し行があるかご確認ください。"
                "管理者による操作はすべて「アクティビティ」に記録されますので、"
                "変更が保存されたかどうかもそちらでご確認いただけます。"
                "変更が意図どおりに反映されたことをご確認いただけるまで、"
                "こちらのチケットは対応中のままにいたします。"
            ),
        ),
        chat_en=(
            "Hi {name}, thanks for getting in touch about the Admin console, I'm here to help.",
            "Which page and action are you using, and what happens when you try it?",
            (
                "Could you also tell me your admin role, as some settings are only available to "
                "team admins?"
            ),
            "If you can, please send a screenshot of the page so I can see exactly what you see.",
        ),
        chat_ja=(
            "{name} 様、管理コンソールの件でお問い合わせいただきありがとうございます。",
            "どの画面でどのような操作をされた際に、問題が発生しましたでしょうか。",
            (
                "一部の設定はチーム管理者のみが変更できますので、"
                "ご自身の管理者ロールをお知らせいただけますでしょうか。"
            ),
            "可能であれば、該当の画面のスクリーンショットをお送りいただけますでしょうか。",
        ),
    ),
    CategoryAnswers(
        category="data_recovery",
        request_en=(
            (
                "Hi {name}, thanks for contacting us, and I'm sorry about the missing files. "
                "Deleted files can be restored from dropbox.com → Deleted files, where you can "
                "filter by folder and date and restore whole folders at once. If files were "
                "changed rather than deleted, right-click a file on dropbox.com and open Version "
                "history to go back to an earlier version. If you'd like us to check from our "
                "side, please tell me the folder path and roughly when the files disappeared. "
                "I'll keep this ticket open until you confirm everything is back."
            ),
            (
                "Hi {name}, thank you for the details. When many files in one folder were deleted "
                "or changed at once, Rewind is usually fastest: on dropbox.com, open the folder's "
                "menu (the three dots), choose Rewind and pick a moment before the problem "
                "started. Keep in mind that Rewind also undoes changes made after that moment, so "
                "if people have kept working in the folder, let me know and we can restore only "
                "the affected files from our side instead. If a specific device caused the "
                "deletions, unlink it under Admin console → Members → (member) → Devices so it "
                "can't happen again. I'll keep this ticket open until your files are back in "
                "place."
            ),
        ),
        request_ja=(
            (
                "{name} 様、ご連絡いただきありがとうございます。"
                "ファイルが見つからずご心配をおかけしており、申し訳ございません。"
                "削除されたファイルは dropbox.com の「削除したファイル」から、"
                "フォルダや日付で絞り込み、フォルダごとまとめて復元できます。"
                "削除ではなく内容が変更された場合は、dropbox.com でファイルを右クリックし、"
                "「バージョン履歴」から以前のバージョンに戻すことができます。"
                "こちらでの確認をご希望の場合は、対象のフォルダのパスと、"
                "ファイルが見当たらなくなったおおよその日時をお知らせいただけますでしょうか。"
                "すべてのファイルが戻ったことをご確認いただけるまで、"
                "こちらのチケットは対応中のままにいたします。"
            ),
            (
                "{name} 様、詳細をお知らせいただきありがとうございます。"
                "1 つのフォルダで多数のファイルが一度に削除・変更された場合は、"
                "dropbox.com でフォルダのメニュー（3 つの点）から「巻き戻し」を選び、"
                "問題が起きる前の時点を指定する方法が最も早いです。ただし、"
                "巻き戻しを行うとその時点以降の変更もすべて元に戻りますので、"
                "その後もフォルダで作業が続いている場合はお知らせください。その場合は、"
                "こちらで該当のファイルのみを復元いたします。"
                "特定のデバイスが削除の原因となった場合は、管理コンソールの「メンバー」"
                "→（対象のメンバー）→「デバイス」からリンクを解除すると、再発を防げます。"
                "ファイルが元どおりになるまで、こちらのチケットは対応中のままにいたします。"
            ),
        ),
        chat_en=(
            "Hi {name}, I'm sorry about the missing files, let's get them back.",
            "Which folder is affected, and roughly when did the files disappear or change?",
            "Were the files deleted, or do they still exist but with the wrong content?",
            "If you open dropbox.com → Deleted files, do you see the missing files listed there?",
        ),
        chat_ja=(
            "{name} 様、ファイルが見つからずご心配をおかけしており、申し訳ございません。",
            (
                "対象のフォルダと、"
                "ファイルが見当たらなくなったおおよその日時をお知らせいただけますでしょうか。"
            ),
            "ファイルは削除されていますでしょうか、それとも内容が変わってしまった状態でしょうか。",
            (
                "dropbox.com の「削除したファイル」に、"
                "該当のファイルが表示されているかご確認いただけますでしょうか。"
            ),
        ),
    ),
    CategoryAnswers(
        category="integrations",
        request_en=(
            (
                "Hi {name}, thanks for your question about the integration. Please first check "
                "that the app is allowed for your team under Admin console → Settings → "
                "Third-party apps, and that members connect it with their work account rather "
                "than a personal one. If the connection keeps dropping, a conditional access or "
                "session policy in your identity provider is the most common cause, so it's worth "
                "checking with whoever manages it. Could you tell me which app and version you're "
                "using, how many people are affected and the exact message they see? I'll keep "
                "this ticket open until the integration works reliably."
            ),
            (
                "Hi {name}, thank you for the details. When an app is connected to Dash, its "
                "content appears in search only after the first indexing run, which can take a "
                "few hours for large accounts, and only as far as the app's own admin settings "
                "allow third-party access. For Dropbox integrations such as Microsoft Teams or "
                "Slack, disconnecting the app in its own settings and connecting it again often "
                "clears a stale connection. Could you send me the name of the app, when it was "
                "connected and an example of what is missing or failing, leaving out anything "
                "confidential? I'll keep this ticket open until the integration works as expected."
            ),
        ),
        request_ja=(
            (
                "{name} 様、連携についてお問い合わせいただきありがとうございます。まず、"
                "管理コンソールの「設定」→「サードパーティ製アプリ」"
                "で対象のアプリがチームに許可されているか、またメンバーが個人のアカウントではなく"
                "仕事用のアカウントで接続しているかご確認いただけますでしょうか。"
                "接続が繰り返し切れる場合は、ID プロバイダーの条件付きアクセスやセッションのポリシ"
                "ーが原因であることが多いため、ご担当の方にご確認いただくことをおすすめします。"
                "あわせて、ご利用のアプリとバージョン、影響を受けている人数、"
                "表示されるメッセージをお知らせください。連携が安定して動作するようになるまで、"
                "こちらのチケットは対応中のままにいたします。"
            ),
            (
                "{name} 様、詳細をお知らせいただきありがとうございます。"
                "Dash にアプリを接続した場合、そのアプリのコンテンツは最初のインデックス作成が完了"
                "してから検索結果に表示されるため、データ量が多いと数時間かかることがあり、"
                "また接続先のアプリの管理者設定で許可された範囲のみが対象となります。"
                "Microsoft Teams や Slack などとの Dropbox の連携では、"
                "アプリ側の設定から一度接続を解除して接続し直すと、"
                "古い接続情報が解消されることがよくあります。接続先のアプリ名、接続した日時、"
                "表示されない内容やエラーの例を、機密情報を除いてお知らせいただけますでしょうか。"
                "連携が想定どおりに動作するまで、こちらのチケットは対応中のままにいたします。"
            ),
        ),
        chat_en=(
            (
                "Hi {name}, thanks for reaching out about the integration, I'll help you get it "
                "working."
            ),
            "Which app is involved, and is this about connecting it to Dropbox or to Dash?",
            "Does it affect everyone who uses the app, or only some members?",
            (
                "As a first step, please check that the app is allowed under Admin console → "
                "Settings → Third-party apps."
            ),
        ),
        chat_ja=(
            "{name} 様、連携の件でお問い合わせいただきありがとうございます。",
            "対象のアプリは何でしょうか、また Dropbox と Dash のどちらとの連携でしょうか。",
            (
                "アプリを利用しているメンバー全員に影響がありますでしょうか、"
                "それとも一部のメンバーのみでしょうか。"
            ),
            (
                "まずは管理コンソールの「設定」→「サードパーティ製アプリ」で、"
                "対象のアプリが許可されているかご確認いただけますでしょうか。"
            ),
        ),
    ),
    CategoryAnswers(
        category="performance",
        request_en=(
            (
                "Hi {name}, I'm sorry to hear things are slow. Could you tell me whether the "
                "slowness is in the desktop app, on dropbox.com or in Dash, how many computers "
                "are affected and when it started? For the desktop app, please check that your "
                "antivirus software excludes both the Dropbox folder and the Dropbox app data "
                "folder, because scanning them can keep the app busy indexing. Under Preferences "
                "→ Network → Bandwidth you can also see whether upload or download rates are "
                "limited. I'll keep this ticket open until performance is back to normal."
            ),
            (
                "Hi {name}, thanks for the details. Folders with many thousands of files in one "
                "place load more slowly on the web, and splitting them into subfolders usually "
                "makes a clear difference without breaking existing shared links. If the desktop "
                "app uses a lot of CPU or memory, restart it once and let it finish indexing; the "
                "Dropbox icon shows when it's done. If usage stays high, please send me the app "
                "version, the operating system and a screenshot of the app in Task Manager or "
                "Activity Monitor. I'll keep this ticket open until you confirm things are "
                "running smoothly."
            ),
        ),
        request_ja=(
            (
                "{name} 様、動作が遅くご不便をおかけしており、申し訳ございません。"
                "遅くなっているのがデスクトップ アプリ、dropbox.com、Dash のどれか、"
                "影響を受けているパソコンの台数、始まった時期をお知らせいただけますでしょうか。"
                "デスクトップ アプリの場合は、ウイルス対策ソフトのスキャン対象から Dropbox フォル"
                "ダと Dropbox のアプリ データ フォルダが除外されているかご確認ください。"
                "スキャンが原因で、アプリがインデックス作成を繰り返すことがございます。また、"
                "「基本設定」→「ネットワーク」→「帯域幅」で、"
                "アップロードやダウンロードの速度が制限されていないかもご確認いただけます。"
                "動作が通常に戻るまで、こちらのチケットは対応中のままにいたします。"
            ),
            (
                "{name} 様、詳細をお知らせいただきありがとうございます。1 つのフォルダに数千件以上"
                "のファイルがある場合はウェブ版での表示に時間がかかるため、"
                "サブフォルダに分けていただくと大幅に改善することが多く、"
                "既存の共有リンクもそのままご利用いただけます。"
                "デスクトップ アプリの CPU やメモリの使用率が高い場合は、アプリを一度再起動し、"
                "Dropbox アイコンにインデックス作成の完了が表示されるまでお待ちください。"
                "使用率が高いままの場合は、アプリのバージョン、OS、タスク マネージャーまたはアクテ"
                "ィビティ モニタの該当部分のスクリーンショットをお送りいただけますでしょうか。"
                "快適にご利用いただけるようになるまで、"
                "こちらのチケットは対応中のままにいたします。"
            ),
        ),
        chat_en=(
            "Hi {name}, sorry things are running slowly, let's find out why.",
            "Is the slowness in the desktop app, on dropbox.com or in Dash, and when did it start?",
            (
                "Is it one computer or many, and do they have anything in common, such as the "
                "same office or antivirus software?"
            ),
            (
                "If it's the desktop app, restarting the app once is a good first step while we "
                "look further."
            ),
        ),
        chat_ja=(
            "{name} 様、動作が遅くご不便をおかけしており、申し訳ございません。",
            "遅くなっているのはデスクトップ アプリ、dropbox.com、Dash のどれでしょうか。",
            "影響はパソコン 1 台のみでしょうか、それとも複数台でしょうか。",
            "デスクトップ アプリの場合は、まずアプリを一度再起動していただけますでしょうか。",
        ),
    ),
    CategoryAnswers(
        category="other",
        request_en=(
            (
                "Hi {name}, thanks for getting in touch with Premium Support. So that I can point "
                "you in the right direction, could you tell me which product this is about and "
                "what you'd like to achieve? If it's about setting up or rolling out a feature, "
                "your add-on includes a one-hour implementation consultation, and I can help you "
                "book it. You'll also find articles and courses picked for your team under "
                "Recommendations on the Premium Support page. I'll keep this ticket open until "
                "your question is answered."
            ),
            (
                "Hi {name}, thank you for your message. To help you as quickly as possible, "
                "please send me any screenshots, the exact wording of any message you saw and "
                "roughly when it happened. If several members are involved, let me know how many "
                "and whether they share something, such as an office, a device type or a group. "
                "I'll look into it as soon as I have the details and will keep this ticket open "
                "until you confirm everything is sorted."
            ),
        ),
        request_ja=(
            (
                "{name} 様、プレミアム サポートにお問い合わせいただきありがとうございます。"
                "適切にご案内できるよう、対象の製品と、"
                "実現したいことをお知らせいただけますでしょうか。"
                "機能の設定や展開に関するご相談であれば、"
                "アドオンに含まれる 1 時間の導入コンサルティングをご利用いただけますので、"
                "ご予約のお手伝いをいたします。また、プレミアム サポートのページの「おすすめ」"
                "では、チームに合わせて選ばれた記事やコースをご覧いただけます。"
                "ご質問が解決するまで、こちらのチケットは対応中のままにいたします。"
            ),
            (
                "{name} 様、ご連絡いただきありがとうございます。できるだけ早くご案内できるよう、"
                "スクリーンショット、表示されたメッセージの文言、"
                "発生したおおよその日時をお送りいただけますでしょうか。"
                "複数のメンバーに関わる場合は、人数と、オフィスやデバイスの種類、"
                "グループなどの共通点があるかもお知らせください。詳細をいただき次第、"
                "確認を進めてまいります。すべて解決したことをご確認いただけるまで、"
                "こちらのチケットは対応中のままにいたします。"
            ),
        ),
        chat_en=(
            "Hi {name}, thanks for contacting Premium Support, I'm happy to help.",
            "Could you tell me which product this is about and what you'd like to achieve?",
            "If you have a screenshot or the exact wording of a message, please paste it here.",
            (
                "If this is about rolling out a feature, your add-on includes a one-hour "
                "implementation consultation I can help you book."
            ),
        ),
        chat_ja=(
            "{name} 様、プレミアム サポートにお問い合わせいただきありがとうございます。",
            "対象の製品と、実現したいことをお知らせいただけますでしょうか。",
            (
                "スクリーンショットや表示されたメッセージの文言があれば、"
                "こちらに貼り付けていただけますでしょうか。"
            ),
            (
                "機能の導入に関するご相談であれば、"
                "アドオンに含まれる 1 時間の導入コンサルティングもご利用いただけます。"
            ),
        ),
    ),
)


# Note added to the ticket after a completed callback.
CALLBACK_SUMMARY_EN: str = (
    "Call summary: I called {name} at {phone} and we went through the issue together. Any "
    "follow-up from our side will be posted in this ticket. I'll keep this ticket open until "
    "you confirm everything works, so just reply here if anything comes up."
)
CALLBACK_SUMMARY_JA: str = (
    "通話の概要：{phone} にお電話し、{name} 様と問題を一緒に確認いたしました。"
    "こちらからのフォローアップは、このチケットでご連絡いたします。"
    "問題が解決したことをご確認いただけるまでこちらのチケットは対応中のままにいたしますので、"
    "ご不明な点があればこちらにご返信ください。"
)

# Note added after a callback nobody answered.
CALLBACK_FAILED_EN: str = (
    "I called {phone} for your callback request, but nobody answered and I couldn't leave a "
    "message. If you'd like us to try again, reply here with a good time or another directly "
    "dialable number, or request a new call. We can also continue in writing in this ticket, "
    "whichever suits you best."
)
CALLBACK_FAILED_JA: str = (
    "折り返し電話のリクエストにより {phone} にお電話いたしましたが、つながりませんでした。"
    "再度お電話をご希望の場合は、"
    "ご都合のよい時間帯または別の直通の電話番号をこちらにご返信いただくか、"
    "改めて電話をリクエストしてください。"
    "このチケットで文面にてやり取りを続けることも可能ですので、"
    "ご希望の方法をお知らせください。"
)
