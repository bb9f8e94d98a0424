<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AddonRow</name>
    <message>
        <source>Not offered to your team (see above)</source>
        <translation>このチームには提供されていません (上記を参照)</translation>
    </message>
    <message>
        <source>Not bought</source>
        <translation>未購入</translation>
    </message>
    <message>
        <source>Ended on {date}</source>
        <translation>{date}に終了</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>{tier} — removal scheduled: it keeps working until {date}, and you can undo the removal until then.</source>
        <translation>{tier} — 削除予定: {date}まで引き続き利用でき、それまでは削除を取り消せます。</translation>
    </message>
    <message>
        <source>{tier} — active; {next} from {date}</source>
        <translation>{tier} — 有効 ({date}から{next})</translation>
    </message>
    <message>
        <source>{tier} — active</source>
        <translation>{tier} — 有効</translation>
    </message>
    <message numerus="yes">
        <source>{amount} a month for %n licence(s)</source>
        <translation>
            <numerusform>月額 {amount} (%n ライセンス分)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{basic}: {basic_amount} a month · {enhanced}: {enhanced_amount} a month, for %n licence(s)</source>
        <translation>
            <numerusform>{basic}: 月額 {basic_amount} · {enhanced}: 月額 {enhanced_amount} (%n ライセンス分)</numerusform>
        </translation>
    </message>
    <message>
        <source>Next charge: {amount} for {tier} on {date}</source>
        <translation>次回の請求: {date}に {tier}の {amount}</translation>
    </message>
    <message>
        <source>Next charge: {amount} on {date}</source>
        <translation>次回の請求: {date}に {amount}</translation>
    </message>
    <message>
        <source>No further charges: it ends on {date}.</source>
        <translation>今後の請求はありません: {date}に終了します。</translation>
    </message>
    <message>
        <source>Premium Support for {product}</source>
        <translation>{product}のプレミアム サポート</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>{tier} — {amount} a month</source>
        <translation>{tier} — 月額 {amount}</translation>
    </message>
    <message>
        <source>Compare Basic and Enhanced…</source>
        <translation>ベーシックとエンハンストの比較…</translation>
    </message>
    <message>
        <source>Change tier</source>
        <translation>レベルを変更</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Undo removal</source>
        <translation>削除を取り消す</translation>
    </message>
    <message>
        <source>Undo tier change</source>
        <translation>レベルの変更を取り消す</translation>
    </message>
    <message>
        <source>Add Premium Support for {product}</source>
        <translation>{product}のプレミアム サポートを追加</translation>
    </message>
    <message>
        <source>Change the tier of Premium Support for {product}</source>
        <translation>{product}のプレミアム サポートのレベルを変更</translation>
    </message>
    <message>
        <source>Remove Premium Support for {product}</source>
        <translation>{product}のプレミアム サポートを削除</translation>
    </message>
    <message>
        <source>Undo the removal of Premium Support for {product}</source>
        <translation>{product}のプレミアム サポートの削除を取り消す</translation>
    </message>
    <message>
        <source>Undo the change of tier of Premium Support for {product}</source>
        <translation>{product}のプレミアム サポートのレベル変更を取り消す</translation>
    </message>
</context>
<context>
    <name>AnswerNotifier</name>
    <message>
        <source>New answer from support</source>
        <translation>サポートから新しい回答があります</translation>
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
        <translation>記事がお役に立ってよかったです。質問は下書きとして 1 週間保存されます。</translation>
    </message>
    <message>
        <source>Support could not be reached, so this may not be counted. Your question is kept as a draft for a week.</source>
        <translation>サポートに接続できなかったため、カウントされていない可能性があります。質問は下書きとして 1 週間保存されます。</translation>
    </message>
    <message>
        <source>Open draft</source>
        <translation>下書きを開く</translation>
    </message>
    <message>
        <source>Open the draft in Contact support</source>
        <translation>下書きを「サポートに問い合わせる」で開く</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>No system keyring: you will have to sign in again next time.</source>
        <translation>システムのキーリングがないため、サインイン状態を保存できません。次回もサインインが必要です。</translation>
    </message>
</context>
<context>
    <name>ArticleSuggestions</name>
    <message>
        <source>These help articles may answer your question:</source>
        <translation>次のヘルプ記事で質問が解決するかもしれません:</translation>
    </message>
    <message>
        <source>Suggested help articles</source>
        <translation>おすすめのヘルプ記事</translation>
    </message>
</context>
<context>
    <name>AttachmentActions</name>
    <message>
        <source>Save attachment</source>
        <translation>添付ファイルを保存</translation>
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
        <translation>{name}を開く</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Attachment {name}</source>
        <translation>添付ファイル {name}</translation>
    </message>
    <message>
        <source>Enter opens it; Alt+Down shows Save as…</source>
        <translation>Enter キーで開きます。Alt+↓ キーで「名前を付けて保存…」を表示します</translation>
    </message>
</context>
<context>
    <name>AttachmentPicker</name>
    <message>
        <source>{name} is not a file.</source>
        <translation>{name}はファイルではありません。</translation>
    </message>
    <message>
        <source>{name} is {size}; an attachment can be at most 25 MB.</source>
        <translation>{name}のサイズは {size}です。添付ファイルは 25 MB までです。</translation>
    </message>
    <message>
        <source>{name} is a program or script and cannot be attached. You can attach documents, images, videos, text and log files, and archives of them.</source>
        <translation>{name}はプログラムまたはスクリプトのため添付できません。文書、画像、動画、テキストファイル、ログファイル、およびそれらのアーカイブを添付できます。</translation>
    </message>
    <message>
        <source>At most 20 files can be attached to one message.</source>
        <translation>1 つのメッセージに添付できるファイルは 20 個までです。</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name}を削除</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>ファイルを添付…</translation>
    </message>
    <message>
        <source>Add files, up to 25 MB each (or drop them on the message)</source>
        <translation>ファイルを追加します (1 つ 25 MB まで。メッセージにドロップしても追加できます)</translation>
    </message>
</context>
<context>
    <name>Author</name>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>同僚</translation>
    </message>
    <message>
        <source>{name} (Support)</source>
        <translation>{name} (サポート)</translation>
    </message>
</context>
<context>
    <name>BillingErrors</name>
    <message>
        <source>No answer from the service — the change may have gone through. Checking again when the connection returns.</source>
        <translation>サービスから応答がありません。変更は完了している可能性があります。接続が回復したら、もう一度確認します。</translation>
    </message>
    <message>
        <source>The change was not made: the service could not be reached. Try again when the connection returns.</source>
        <translation>変更は行われませんでした: サービスに接続できませんでした。接続が回復してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Premium Support needs at least 10 licences.</source>
        <translation>プレミアム サポートには 10 ライセンス以上が必要です。</translation>
    </message>
    <message>
        <source>Your team pays by invoice: contact your sales representative to buy Premium Support.</source>
        <translation>チームのお支払い方法は請求書払いです。プレミアム サポートのご購入については、営業担当者にお問い合わせください。</translation>
    </message>
    <message>
        <source>Your team already has this tier. The page now shows the latest state.</source>
        <translation>チームはすでにこのレベルを利用しています。ページを最新の状態に更新しました。</translation>
    </message>
    <message>
        <source>This add-on has already ended. Add it again to use it.</source>
        <translation>このアドオンはすでに終了しています。利用するにはもう一度追加してください。</translation>
    </message>
    <message>
        <source>No removal is scheduled any more. The page now shows the latest state.</source>
        <translation>削除はもう予定されていません。ページを最新の状態に更新しました。</translation>
    </message>
    <message>
        <source>Your team has already booked its consultation for this product.</source>
        <translation>チームはこの製品のコンサルティングをすでに予約しています。</translation>
    </message>
    <message>
        <source>Someone else booked this time first. Please pick another time.</source>
        <translation>この時間は先に予約されました。別の時間を選んでください。</translation>
    </message>
    <message>
        <source>This time can no longer be booked. Please pick another time.</source>
        <translation>この時間はもう予約できません。別の時間を選んでください。</translation>
    </message>
    <message>
        <source>This comes with Premium Support, which this product does not have.</source>
        <translation>これはプレミアム サポートに含まれますが、この製品にはプレミアム サポートがありません。</translation>
    </message>
    <message>
        <source>Enter a phone number that can be dialled directly, with its country code.</source>
        <translation>国番号付きの、直接ダイヤルできる電話番号を入力してください。</translation>
    </message>
</context>
<context>
    <name>BillingPage</name>
    <message>
        <source>Premium Support for {product} changes to {tier} on {date}.</source>
        <translation>{product}のプレミアム サポートは{date}に{tier}に変更されます。</translation>
    </message>
    <message>
        <source>Premium Support {tier} for {product} is active.</source>
        <translation>{product}のプレミアム サポート {tier}が有効になりました。</translation>
    </message>
    <message>
        <source>Remove Premium Support</source>
        <translation>プレミアム サポートの削除</translation>
    </message>
    <message>
        <source>Remove Premium Support for {product}? It keeps working until the renewal date, {date}, and you can undo the removal until then.</source>
        <translation>{product}のプレミアム サポートを削除しますか？更新日 ({date}) まで引き続き利用でき、それまでは削除を取り消せます。</translation>
    </message>
    <message>
        <source>The scheduled change to {tier} is cancelled.</source>
        <translation>予定されていた{tier}への変更は取り消されます。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Removal scheduled: Premium Support for {product} keeps working until {date}.</source>
        <translation>削除を予定しました: {product}のプレミアム サポートは{date}まで利用できます。</translation>
    </message>
    <message>
        <source>Removal undone: Premium Support for {product} continues.</source>
        <translation>削除を取り消しました: {product}のプレミアム サポートは継続されます。</translation>
    </message>
    <message>
        <source>Change undone: Premium Support {tier} for {product} continues after {date}.</source>
        <translation>変更を取り消しました: {product}のプレミアム サポート ({tier}) は{date}以降も継続されます。</translation>
    </message>
    <message>
        <source>Consultation for {product} booked for {time}.</source>
        <translation>{product}の導入コンサルティングを{time}に予約しました。</translation>
    </message>
    <message>
        <source>Your message was sent to your sales representative.</source>
        <translation>メッセージを営業担当者に送信しました。</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation>{file}に書き込めませんでした: {reason}</translation>
    </message>
    <message>
        <source>The change was not made: Premium Support for {product} is as the page shows. You can try again.</source>
        <translation>変更は行われませんでした: {product}のプレミアム サポートはこのページに表示されているとおりです。もう一度お試しいただけます。</translation>
    </message>
    <message>
        <source>{done} {charged}</source>
        <comment>two sentences one after the other</comment>
        <translation>{done}{charged}</translation>
    </message>
    <message>
        <source>Nothing more is charged for it.</source>
        <translation>以降の請求はありません。</translation>
    </message>
    <message>
        <source>Saved {file}: open it to add the webinar to your calendar.</source>
        <translation>{file}を保存しました。ファイルを開いてウェビナーをカレンダーに追加してください。</translation>
    </message>
    <message>
        <source>“{title}” was handed to your calendar app.</source>
        <translation>「{title}」をカレンダー アプリに渡しました。</translation>
    </message>
    <message>
        <source>No calendar app opened the webinar. Use “Save to calendar file…” and import the file in your calendar.</source>
        <translation>ウェビナーを開けるカレンダー アプリがありません。「カレンダー ファイルに保存…」を使い、ファイルをカレンダーに読み込んでください。</translation>
    </message>
    <message>
        <source>Exported to {file}.</source>
        <translation>{file}にエクスポートしました。</translation>
    </message>
    <message>
        <source>Needs a connection to the service.</source>
        <translation>サービスへの接続が必要です。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>pays by card</source>
        <translation>カード払い</translation>
    </message>
    <message>
        <source>pays by invoice</source>
        <translation>請求書払い</translation>
    </message>
    <message numerus="yes">
        <source>{team} · %n licence(s) · {payment} · billing period from {start}, renewal date {renewal}</source>
        <translation>
            <numerusform>{team} · %n ライセンス · {payment} · 請求期間 {start}から、更新日 {renewal}</numerusform>
        </translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>Premium Support is an add-on per product: your admins create and follow support tickets, with faster responses.</source>
        <translation>プレミアム サポートは製品ごとのアドオンです。管理者がサポート チケットを作成・追跡でき、より迅速な応答を受けられます。</translation>
    </message>
    <message>
        <source>Available add-ons</source>
        <translation>利用可能なアドオン</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <comment>short tab title</comment>
        <translation>アドオン</translation>
    </message>
    <message>
        <source>Compare Basic and Enhanced</source>
        <translation>ベーシックとエンハンストの比較</translation>
    </message>
    <message>
        <source>Compare</source>
        <comment>short tab title</comment>
        <translation>比較</translation>
    </message>
    <message>
        <source>What is included</source>
        <translation>含まれる内容</translation>
    </message>
    <message>
        <source>Included</source>
        <comment>short tab title</comment>
        <translation>含まれる内容</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>請求書</translation>
    </message>
    <message>
        <source>You are offline: adding, changing and removing Premium Support wait until the connection returns.</source>
        <translation>オフラインです: プレミアム サポートの追加、変更、削除は接続が回復するまで行えません。</translation>
    </message>
</context>
<context>
    <name>CancelCallBox</name>
    <message>
        <source>Cancel callback</source>
        <translation>折り返し電話をキャンセル</translation>
    </message>
    <message>
        <source>Cancel the call to {phone}? You leave the queue: support will not call.</source>
        <translation>{phone}への折り返し電話をキャンセルしますか？順番待ちから外れ、サポートからの電話はありません。</translation>
    </message>
    <message>
        <source>Kept open, the ticket stays with support as a written request: the answer comes here and by e-mail. Mark it solved only if you no longer need help.</source>
        <translation>チケットを開いたままにすると、書面のリクエストとしてサポートが対応し、回答はこことメールに届きます。サポートが不要になった場合のみ解決済みにしてください。</translation>
    </message>
    <message>
        <source>Cancel the call, keep the ticket open</source>
        <translation>折り返し電話をキャンセルし、チケットは開いたままにする</translation>
    </message>
    <message>
        <source>Cancel the call and mark solved</source>
        <translation>折り返し電話をキャンセルして解決済みにする</translation>
    </message>
    <message>
        <source>Keep waiting for the call</source>
        <translation>順番待ちを続ける</translation>
    </message>
</context>
<context>
    <name>ChargeKind</name>
    <message>
        <source>Pro-rata amount</source>
        <translation>日割り金額</translation>
    </message>
    <message>
        <source>Full amount</source>
        <translation>全額</translation>
    </message>
</context>
<context>
    <name>ChargeModel</name>
    <message>
        <source>{product}, {tier}</source>
        <translation>{product}、{tier}</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start}～{end}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation>アドオン</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>請求の種類</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>請求期間</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
</context>
<context>
    <name>ChargedText</name>
    <message>
        <source>Charged now: {amount}, the pro-rata amount until {date}. From {date}, {full} a month is charged with your subscription.</source>
        <translation>今回の請求額: {amount} ({date}までの日割り金額)。{date}以降は、毎月 {full}がサブスクリプションと一緒に請求されます。</translation>
    </message>
    <message>
        <source>Nothing was charged now. From {date}, {full} a month is charged with your subscription.</source>
        <translation>今回の請求はありません。{date}以降は、毎月 {full}がサブスクリプションと一緒に請求されます。</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Save chart</source>
        <translation>グラフを保存</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>データを保存</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Show chart</source>
        <translation>グラフを表示</translation>
    </message>
    <message>
        <source>Show table</source>
        <translation>表を表示</translation>
    </message>
    <message>
        <source>Switch between chart and table</source>
        <translation>グラフと表を切り替える</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>グラフを PNG で保存…</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>データを CSV で保存…</translation>
    </message>
    <message>
        <source>Copy as table</source>
        <translation>表としてコピー</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>{file}を保存しました。</translation>
    </message>
    <message>
        <source>Saved {file}, with the numbers as last synced on {time}.</source>
        <translation>{file}を保存しました。数値は最終同期 ({time}) 時点のものです。</translation>
    </message>
    <message>
        <source>Could not save {file}: {reason}</source>
        <translation>{file}を保存できませんでした: {reason}</translation>
    </message>
    <message>
        <source>Could not save {file}. Check that its folder exists and that you may write there.</source>
        <translation>{file}を保存できませんでした。フォルダーが存在し、書き込み権限があることを確認してください。</translation>
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
        <translation>期間: {period}</translation>
    </message>
    <message>
        <source>Period: {period}, {day}</source>
        <translation>期間: {period} ({day})</translation>
    </message>
    <message>
        <source>Period: {day}</source>
        <translation>期間: {day}</translation>
    </message>
    <message>
        <source>Period: {period}, {first} to {last}</source>
        <translation>期間: {period} ({first}～{last})</translation>
    </message>
    <message>
        <source>Period: {first} to {last}</source>
        <translation>期間: {first}～{last}</translation>
    </message>
    <message>
        <source>Tickets: {scope}</source>
        <translation>チケット: {scope}</translation>
    </message>
    <message>
        <source>As of {time}</source>
        <translation>{time} 時点</translation>
    </message>
</context>
<context>
    <name>ChatHandoverBar</name>
    <message>
        <source>This chat continues in its window.</source>
        <translation>このチャットは専用のウィンドウで続いています。</translation>
    </message>
    <message>
        <source>Show chat window</source>
        <translation>チャット ウィンドウを表示</translation>
    </message>
</context>
<context>
    <name>ChatWindow</name>
    <message>
        <source>Chat — #{number} {subject}</source>
        <translation>チャット — #{number} {subject}</translation>
    </message>
    <message>
        <source>End chat</source>
        <translation>チャットを終了</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>このウィンドウを閉じる (Esc)</translation>
    </message>
    <message>
        <source>Chat transcript</source>
        <translation>チャットの記録</translation>
    </message>
    <message>
        <source>Waiting for a support agent… You are number {position} in the queue.</source>
        <translation>サポート担当者を待っています… 現在の順番は {position} 番目です。</translation>
    </message>
    <message>
        <source>Waiting for a support agent…</source>
        <translation>サポート担当者を待っています…</translation>
    </message>
    <message>
        <source>A support agent is with you.</source>
        <translation>サポート担当者が対応中です。</translation>
    </message>
    <message>
        <source>This chat has ended, so nothing can be typed here. To answer, reply on ticket #{number} in the main window.</source>
        <translation>このチャットは終了したため、ここには入力できません。返答するには、メイン ウィンドウでチケット #{number}に返信してください。</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>{value} *</source>
        <comment>a value that the note under the table explains</comment>
        <translation>{value} ※</translation>
    </message>
    <message>
        <source>* {hours}</source>
        <translation>※ {hours}</translation>
    </message>
    <message>
        <source>Your current tier</source>
        <translation>現在のレベル</translation>
    </message>
    <message>
        <source>Starts at the renewal</source>
        <translation>更新日から開始</translation>
    </message>
    <message>
        <source>Choose {tier}</source>
        <translation>{tier}を選択</translation>
    </message>
    <message numerus="yes">
        <source>Total for your %n licence(s), per month</source>
        <translation>
            <numerusform>%n ライセンスの合計 (月額)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Premium Support is offered to teams with 10 or more licences, and your team has %n licence(s): it cannot be added for now. Below is what it includes. Your team members can always e-mail support, 24/7.</source>
        <translation>
            <numerusform>プレミアム サポートは 10 ライセンス以上のチームに提供されます。チームは %n ライセンスのため、現在は追加できません。以下はプレミアム サポートに含まれる内容です。チーム メンバーはいつでも 24 時間 365 日、メールでサポートに問い合わせることができます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>製品:</translation>
    </message>
    <message>
        <source>Product to compare</source>
        <translation>比較する製品</translation>
    </message>
    <message>
        <source>Price per licence, per month</source>
        <translation>ライセンスあたりの価格 (月額)</translation>
    </message>
    <message>
        <source>Champions: a great champion&apos;s own tickets are answered within 4 hours, an epic champion&apos;s within 1 hour. This is personal to each champion and never covers the whole team; the team&apos;s response times come from its add-on.</source>
        <translation>チャンピオン: グレート チャンピオン本人のチケットには 4 時間以内、エピック チャンピオン本人のチケットには 1 時間以内に応答します。これはチャンピオン個人への特典で、チーム全体には適用されません。チームの応答時間はアドオンによって決まります。</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message numerus="yes">
        <source>Support answered while you were writing (%n new answer(s) above). Read it before you send: your reply is kept.</source>
        <translation>
            <numerusform>入力中にサポートから回答がありました (上に新しい回答が %n 件あります)。送信する前にお読みください。入力中の返信は保持されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>I have read it</source>
        <translation>読みました</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>このまま送信</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>the local demo workspace</source>
        <translation>ローカル デモ ワークスペース</translation>
    </message>
    <message>
        <source>● Not connected</source>
        <translation>● 未接続</translation>
    </message>
    <message>
        <source>● Connecting to {where}…</source>
        <translation>● {where}に接続しています…</translation>
    </message>
    <message>
        <source>● Connected to {where} as {user}</source>
        <translation>● {user}として {where}に接続済み</translation>
    </message>
    <message>
        <source>● Cannot reach {where}</source>
        <translation>● {where}に接続できません</translation>
    </message>
    <message>
        <source>● Offline: cannot reach {where}, trying again…</source>
        <translation>● オフライン: {where}に接続できません。再試行しています…</translation>
    </message>
    <message>
        <source>● Restarting the local demo workspace…</source>
        <translation>● ローカル デモ ワークスペースを再起動しています…</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source>Book the implementation consultation</source>
        <translation>導入コンサルティングを予約</translation>
    </message>
    <message>
        <source>Your add-on for {product} includes one 1-hour implementation consultation. Pick a time (shown in your time zone); a consultant will contact you at that time.</source>
        <translation>{product}のアドオンには 1 時間の導入コンサルティングが 1 回含まれます。時間を選んでください (お使いのタイム ゾーンで表示)。その時間にコンサルタントからご連絡します。</translation>
    </message>
    <message>
        <source>Free times</source>
        <translation>空いている時間</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>予約中…</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>予約</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>ContactSupportDialog</name>
    <message>
        <source>Contact support</source>
        <translation>サポートに問い合わせる</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>製品:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>カテゴリ(&amp;C):</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>方法:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>電話番号(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>件名(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>添付ファイル:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択してください…</translation>
    </message>
    <message>
        <source>Premium Support answers in English or Japanese: choose one.</source>
        <translation>プレミアム サポートは英語または日本語で回答します。どちらかを選択してください。</translation>
    </message>
    <message>
        <source>Choose the product your question is about.</source>
        <translation>質問の対象となる製品を選択してください。</translation>
    </message>
    <message>
        <source>Choose what your question is about.</source>
        <translation>質問の内容に合うカテゴリを選択してください。</translation>
    </message>
    <message>
        <source>Write a subject.</source>
        <translation>件名を入力してください。</translation>
    </message>
    <message>
        <source>Describe the problem.</source>
        <translation>問題の内容を説明してください。</translation>
    </message>
    <message>
        <source>Enter a phone number we can dial.</source>
        <translation>発信可能な電話番号を入力してください。</translation>
    </message>
    <message>
        <source>Choose the language support answers in.</source>
        <translation>サポートが回答する言語を選択してください。</translation>
    </message>
    <message>
        <source>You are offline. A written request waits in the outbox and is sent when the connection returns; chats and callbacks need a connection.</source>
        <translation>オフラインです。書面でのリクエストは送信トレイで待機し、接続が回復すると送信されます。チャットと折り返し電話には接続が必要です。</translation>
    </message>
    <message>
        <source>Continue in English</source>
        <translation>英語で続行</translation>
    </message>
    <message>
        <source>Japanese chat and callback are available Monday to Friday, 09:00–17:00 Japan Standard Time. They open again on {time} (your time). Until then, send a written request in Japanese, or continue in English (24/7).</source>
        <translation>日本語のチャットと折り返し電話は、月曜日から金曜日の 09:00–17:00 (日本標準時) にご利用いただけます。次回の受付開始は {time} (現地時間) です。それまでは日本語で書面のリクエストを送信するか、英語で続けてください (24 時間 365 日対応)。</translation>
    </message>
    <message>
        <source>The form was emptied.</source>
        <translation>フォームを空にしました。</translation>
    </message>
    <message>
        <source>Help articles are suggested under the subject: press Down to read them.</source>
        <translation>件名の下にヘルプ記事が提案されています。↓ キーで移動して読めます。</translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation>製品(&amp;R):</translation>
    </message>
    <message>
        <source>Submit a re&amp;quest — the answer comes by e-mail</source>
        <translation>リクエストを送信 — 回答はメールで届きます(&amp;Q)</translation>
    </message>
    <message>
        <source>C&amp;hat with a support agent</source>
        <translation>サポート担当者とチャット(&amp;H)</translation>
    </message>
    <message>
        <source>Request a ph&amp;one call — for urgent issues</source>
        <translation>電話をリクエスト — 緊急の問題向け(&amp;O)</translation>
    </message>
    <message>
        <source>Questions about {product} are not covered by your Premium Support add-on.</source>
        <translation>{product}に関するご質問は、ご利用のプレミアム サポート アドオンの対象外です。</translation>
    </message>
    <message>
        <source>The local demo workspace is not running. A written request waits in the outbox and is sent once you choose “Start it again”; chats and callbacks need it running.</source>
        <translation>ローカル デモ ワークスペースは実行されていません。書面でのリクエストは送信トレイで待機し、「もう一度起動」を選ぶと送信されます。チャットと折り返し電話には、ワークスペースの実行が必要です。</translation>
    </message>
    <message>
        <source>In a few words: what is wrong?</source>
        <translation>問題の概要を簡潔に入力してください</translation>
    </message>
    <message>
        <source>What happened, since when, who is affected, what you tried.</source>
        <translation>発生した内容、発生時期、影響を受けているユーザー、試した対処法を入力してください。</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>リクエストを送信</translation>
    </message>
    <message>
        <source>Start chat</source>
        <translation>チャットを開始</translation>
    </message>
    <message>
        <source>Request a call</source>
        <translation>電話をリクエスト</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>{action} (Ctrl+Enter)</source>
        <translation>{action} (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Premium Support answers in English or Japanese. Chosen to match the app&apos;s language; you can change it.</source>
        <translation>プレミアム サポートは英語または日本語で回答します。アプリの言語に合わせて選択されています。変更することもできます。</translation>
    </message>
    <message>
        <source>Premium Support answers in English or Japanese, in the language chosen here.</source>
        <translation>プレミアム サポートは英語または日本語で回答します。回答はここで選択した言語で届きます。</translation>
    </message>
    <message>
        <source>A number we can call directly: with its country code, or as written in your country.</source>
        <translation>直接おかけできる電話番号を、国番号付きまたは国内での表記で入力してください。</translation>
    </message>
    <message>
        <source>A number we can call directly, with country code.</source>
        <translation>直接おかけできる電話番号を国番号付きで入力してください。</translation>
    </message>
    <message>
        <source>We will call {number}.</source>
        <translation>{number}にお電話します。</translation>
    </message>
    <message>
        <source>This is not a number we can dial.</source>
        <translation>この番号には発信できません。</translation>
    </message>
    <message>
        <source>Your team&apos;s add-on covers no product: you cannot open a ticket.</source>
        <translation>チームのアドオンの対象製品がないため、チケットを作成できません。</translation>
    </message>
    <message>
        <source>Choose the product to see its response target.</source>
        <translation>製品を選択すると応答期限が表示されます。</translation>
    </message>
    <message>
        <source>Japanese support opens {japan} JST — {here} your time. First answer {within} after that.</source>
        <translation>日本語サポートの受付開始は {japan} (日本標準時)、現地時間では {here}です。最初の応答は受付開始から {within}です。</translation>
    </message>
    <message>
        <source>Response target: first answer {within} of your request reaching support.</source>
        <translation>応答期限: リクエストがサポートに届いてから、最初の応答は {within}です。</translation>
    </message>
    <message>
        <source>Response target: a support agent&apos;s first answer in the chat {within}.</source>
        <translation>応答期限: チャットでのサポート担当者の最初の応答は {within}です。</translation>
    </message>
    <message>
        <source>Response target: first answer {within}.</source>
        <translation>応答期限: 最初の応答は {within}です。</translation>
    </message>
</context>
<context>
    <name>DraftNote</name>
    <message>
        <source>Your draft, as you left it ({when}).</source>
        <translation>前回の下書きをそのまま開いています ({when})。</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>最初からやり直す</translation>
    </message>
    <message>
        <source>Empties the form; Undo brings the draft back for a few seconds.</source>
        <translation>フォームを空にします。数秒間は「元に戻す」で下書きを戻せます。</translation>
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
        <translation>まだ読み込まれていないチケット</translation>
    </message>
    <message>
        <source>saved {when}</source>
        <translation>保存: {when}</translation>
    </message>
    <message>
        <source>New ticket: {subject}</source>
        <translation>新しいチケット: {subject}</translation>
    </message>
    <message>
        <source>(no subject yet)</source>
        <translation>(件名なし)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Send as a new request</source>
        <translation>新しいリクエストとして送信</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>下書きを破棄しました。</translation>
    </message>
    <message>
        <source>Removed from the outbox: it will not be sent.</source>
        <translation>送信トレイから削除しました。送信されません。</translation>
    </message>
    <message>
        <source>Drafts and outbox</source>
        <translation>下書きと送信トレイ</translation>
    </message>
    <message>
        <source>What you started and have not sent, saved on this computer as you type, and what waits to be sent. Press Enter to continue one.</source>
        <translation>書きかけで未送信のもの (入力中にこのコンピューターに保存されます) と、送信を待っているものです。Enter キーで続きを書けます。</translation>
    </message>
    <message>
        <source>What you started and have not sent, saved on this computer as you type, and what waits to be sent.</source>
        <translation>書きかけで未送信のもの (入力中にこのコンピューターに保存されます) と、送信を待っているものです。</translation>
    </message>
    <message>
        <source>Nothing else is waiting.</source>
        <translation>ほかに待機中のものはありません。</translation>
    </message>
    <message>
        <source>No drafts, and nothing waiting to be sent.</source>
        <translation>下書きはなく、送信を待っているものもありません。</translation>
    </message>
    <message>
        <source>Continue the draft, or open its ticket (Enter)</source>
        <translation>下書きの続きを書くか、そのチケットを開きます (Enter)</translation>
    </message>
    <message>
        <source>Discard it (Delete); you can undo it for a moment</source>
        <translation>破棄します (Delete)。しばらくの間は元に戻せます</translation>
    </message>
    <message>
        <source>Contact support…</source>
        <translation>サポートに問い合わせる…</translation>
    </message>
</context>
<context>
    <name>DrillDownBar</name>
    <message>
        <source>← Insights</source>
        <translation>← インサイト</translation>
    </message>
    <message>
        <source>Back to Insights</source>
        <translation>インサイトに戻る</translation>
    </message>
    <message>
        <source>Back to Insights, its period as it was ({keys} or Esc)</source>
        <translation>インサイトに戻ります。期間は元のままです ({keys}、Esc)</translation>
    </message>
    <message>
        <source>Show all team tickets</source>
        <translation>チームのチケットをすべて表示</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>under 1 min</source>
        <translation>1 分未満</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} 時間</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 時間 {minutes} 分</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} 日</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} 日 {hours} 時間</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message>
        <source>{minutes} min ago</source>
        <translation>{minutes} 分前</translation>
    </message>
    <message>
        <source>{hours} h ago</source>
        <translation>{hours} 時間前</translation>
    </message>
</context>
<context>
    <name>EligibilityNotice</name>
    <message>
        <source>Contact your sales representative…</source>
        <translation>営業担当者に問い合わせる…</translation>
    </message>
    <message>
        <source>Premium Support is for teams with 10 or more licences</source>
        <translation>プレミアム サポートは 10 ライセンス以上のチーム向けです</translation>
    </message>
    <message numerus="yes">
        <source>Your team has %n licence(s). Add {missing} more to your plan in the admin console and Premium Support can be added here. Until then, your team members can always e-mail support, 24/7.</source>
        <translation>
            <numerusform>チームには %n ライセンスがあります。管理コンソールでプランにあと {missing} ライセンス追加すると、ここでプレミアム サポートを追加できます。それまでも、チーム メンバーはいつでも (24 時間 365 日) メールでサポートに問い合わせできます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your team pays by invoice</source>
        <translation>チームのお支払い方法は請求書払いです</translation>
    </message>
    <message>
        <source>Teams that pay by invoice buy Premium Support through their sales representative. Contact your sales representative, or send the sales contact form and they will get back to you.</source>
        <translation>請求書払いのチームは、営業担当者を通じてプレミアム サポートを購入します。営業担当者に直接お問い合わせいただくか、営業チームへのお問い合わせフォームを送信してください。担当者からご連絡します。</translation>
    </message>
</context>
<context>
    <name>EndChatBox</name>
    <message>
        <source>End chat</source>
        <translation>チャットを終了</translation>
    </message>
    <message>
        <source>End this chat? The agent leaves and it cannot be taken up again.</source>
        <translation>このチャットを終了しますか？担当者は退出し、チャットを再開することはできません。</translation>
    </message>
    <message>
        <source>The transcript stays in the ticket, and you can still reply there.</source>
        <translation>記録はチケットに残り、チケットから引き続き返信できます。</translation>
    </message>
    <message>
        <source>Keep chatting</source>
        <translation>チャットを続ける</translation>
    </message>
</context>
<context>
    <name>EntitlementBox</name>
    <message>
        <source>{product} — Premium Support {tier}</source>
        <translation>{product} — プレミアム サポート {tier}</translation>
    </message>
    <message>
        <source>{title} (until {date})</source>
        <translation>{title} ({date}まで)</translation>
    </message>
    <message>
        <source>Response time target:</source>
        <translation>応答時間の目標:</translation>
    </message>
    <message>
        <source>Implementation consultation:</source>
        <translation>導入コンサルティング:</translation>
    </message>
    <message>
        <source>Root-cause / trend meeting:</source>
        <translation>根本原因分析ミーティング / 傾向ミーティング:</translation>
    </message>
    <message>
        <source>Quarterly feature e-mails:</source>
        <translation>機能に関する四半期ごとのメール:</translation>
    </message>
    <message>
        <source>E-mail support for team members:</source>
        <translation>チーム メンバー向けメール サポート:</translation>
    </message>
    <message>
        <source>Booked for {time}</source>
        <translation>{time}に予約済み</translation>
    </message>
    <message>
        <source>One 1-hour session, not booked yet</source>
        <translation>1 時間のセッション 1 回 (未予約)</translation>
    </message>
    <message>
        <source>Book a time…</source>
        <translation>時間を予約…</translation>
    </message>
    <message>
        <source>Book the implementation consultation for {product}</source>
        <translation>{product}の導入コンサルティングを予約</translation>
    </message>
    <message>
        <source>Included with Enhanced only</source>
        <translation>エンハンストのみに含まれます</translation>
    </message>
    <message>
        <source>Next review on {date}</source>
        <translation>次回のレビュー: {date}</translation>
    </message>
    <message>
        <source>No review before the add-on ends</source>
        <translation>アドオン終了前のレビューはありません</translation>
    </message>
    <message>
        <source>Included: 3 unused or under-used features each quarter</source>
        <translation>含まれます: 未使用またはあまり使われていない機能を四半期ごとに 3 つご紹介</translation>
    </message>
    <message>
        <source>Included, 24/7</source>
        <translation>含まれます (24 時間 365 日)</translation>
    </message>
</context>
<context>
    <name>EntitlementsView</name>
    <message>
        <source>Your team has no Premium Support yet. Once it is added, this tab shows what it includes: the implementation consultation, live webinars and, with Enhanced, the quarterly support-trend review.</source>
        <translation>チームにはまだプレミアム サポートがありません。追加すると、このタブに含まれる内容 (導入コンサルティング、ライブ ウェビナー、エンハンストではサポート傾向の四半期レビュー) が表示されます。</translation>
    </message>
    <message>
        <source>Live webinars</source>
        <translation>ライブ ウェビナー</translation>
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
        <translation>詳細をコピー</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The e-mail address or password is not correct.</source>
        <translation>メール アドレスまたはパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>The extra trusted certificate “{path}” cannot be loaded: it was moved, or holds no PEM certificate. Choose it again under Settings → Network, or clear the field.</source>
        <translation>追加の信頼する証明書「{path}」を読み込めません。移動されたか、PEM 形式の証明書が含まれていません。設定 → ネットワークでもう一度選択するか、欄を空にしてください。</translation>
    </message>
    <message>
        <source>The local demo workspace is not running. Your work is kept on this computer. Choose “Start it again”, at the bottom of the window, to start it.</source>
        <translation>ローカル デモ ワークスペースは実行されていません。作業内容はこのコンピューターに保存されています。ウィンドウ下部の「もう一度起動」を選ぶと起動します。</translation>
    </message>
    <message>
        <source>The local demo workspace is not answering. Your work is kept on this computer, and the app keeps trying to reach it.</source>
        <translation>ローカル デモ ワークスペースが応答していません。作業内容はこのコンピューターに保存されています。アプリは接続を再試行し続けます。</translation>
    </message>
    <message>
        <source>Cannot reach the server at {url}. Check the address and your connection, then try again.</source>
        <translation>{url}のサーバーに接続できません。アドレスとネットワーク接続を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>“{url}” is not a server address. It should look like https://support.example.com.</source>
        <translation>「{url}」はサーバー アドレスではありません。https://support.example.com のような形式で入力してください。</translation>
    </message>
    <message>
        <source>{url} answered, but it is not a Premium Support server. Check the address.</source>
        <translation>{url}から応答がありましたが、プレミアム サポート サーバーではありません。アドレスを確認してください。</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again to continue.</source>
        <translation>セッションの有効期限が切れました。続行するには、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Something went wrong in Premium Support Desk. Your work is safe; please send the details below to support.</source>
        <translation>Premium Support Desk で問題が発生しました。作業内容は失われていません。以下の詳細をサポートに送信してください。</translation>
    </message>
    <message>
        <source>The text was empty or only spaces. Write a message to send it.</source>
        <translation>テキストが空か、空白だけでした。送信するにはメッセージを入力してください。</translation>
    </message>
    <message>
        <source>Programs and scripts cannot be attached. You can attach documents, images, videos, text and log files, and archives of them.</source>
        <translation>プログラムやスクリプトは添付できません。文書、画像、動画、テキストファイル、ログファイル、およびそれらのアーカイブを添付できます。</translation>
    </message>
    <message>
        <source>Only team admins can do this.</source>
        <translation>この操作を実行できるのはチームの管理者のみです。</translation>
    </message>
    <message>
        <source>This item no longer exists, or you have no access to it.</source>
        <translation>この項目は存在しないか、アクセス権がありません。</translation>
    </message>
    <message>
        <source>Some fields are missing or not valid: {fields}.</source>
        <translation>未入力または無効な項目があります: {fields}。</translation>
    </message>
    <message>
        <source>This ticket is closed and takes no more replies. To follow up, contact support again.</source>
        <translation>このチケットは終了しているため、返信できません。引き続きサポートが必要な場合は、もう一度お問い合わせください。</translation>
    </message>
    <message>
        <source>Too large: a file may be up to 25 MB, and a message&apos;s files 30 MB together.</source>
        <translation>サイズが大きすぎます。ファイルは 1 つあたり 25 MB まで、1 件のメッセージの合計で 30 MB までです。</translation>
    </message>
    <message>
        <source>The server had a problem. Try again in a moment.</source>
        <translation>サーバーで問題が発生しました。しばらくしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server refused the request ({code}).</source>
        <translation>サーバーがリクエストを拒否しました ({code})。</translation>
    </message>
    <message>
        <source>The certificate of {url} was issued by an authority this computer does not trust ({reason}). If your company inspects network traffic, ask IT to install its root certificate in the system&apos;s certificate store, then try again.</source>
        <translation>{url}の証明書は、このコンピューターが信頼していない認証局によって発行されています ({reason})。会社がネットワーク通信を検査している場合は、会社のルート証明書をシステムの証明書ストアにインストールするよう IT 部門に依頼してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The certificate of {url} has expired ({reason}). Check the computer&apos;s date and time; if they are right, the server&apos;s administrator must renew the certificate.</source>
        <translation>{url}の証明書は有効期限が切れています ({reason})。コンピューターの日付と時刻を確認してください。正しい場合は、サーバーの管理者が証明書を更新する必要があります。</translation>
    </message>
    <message>
        <source>The certificate of {url} is not valid yet ({reason}). Check the computer&apos;s date and time, then try again.</source>
        <translation>{url}の証明書はまだ有効になっていません ({reason})。コンピューターの日付と時刻を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The certificate of {url} belongs to another server ({reason}). Check the server address in Settings; a company proxy may also be answering in its place.</source>
        <translation>{url}の証明書は別のサーバーのものです ({reason})。設定でサーバー アドレスを確認してください。会社のプロキシが代わりに応答している可能性もあります。</translation>
    </message>
    <message>
        <source>The certificate of {url} cannot be trusted ({reason}). Ask your IT department or the server&apos;s administrator.</source>
        <translation>{url}の証明書は信頼できません ({reason})。IT 部門またはサーバーの管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>The certificate of {host} is self-signed by “{subject}”, which this computer does not trust. If that is your company&apos;s certificate, ask your IT department for it and add it under Settings → Network, or to your system&apos;s trusted certificates.</source>
        <translation>{host}の証明書は「{subject}」による自己署名証明書で、このコンピューターは信頼していません。会社の証明書であれば、IT 部門から入手して、設定 → ネットワーク、またはシステムの信頼された証明書に追加してください。</translation>
    </message>
    <message>
        <source>The certificate of {host} is issued by an unknown authority: “{issuer}”. Ask your IT department for that authority&apos;s certificate and add it under Settings → Network, or to your system&apos;s trusted certificates.</source>
        <translation>{host}の証明書は、不明な認証局「{issuer}」によって発行されています。その認証局の証明書を IT 部門から入手して、設定 → ネットワーク、またはシステムの信頼された証明書に追加してください。</translation>
    </message>
    <message>
        <source>The certificate of {host} (“{subject}”, issued by “{issuer}”) expired on {date}. Check the computer&apos;s date and time; if they are right, the server&apos;s administrator must renew the certificate.</source>
        <translation>{host}の証明書 (「{subject}」、発行元「{issuer}」) は{date}に有効期限が切れました。コンピューターの日付と時刻を確認してください。正しい場合は、サーバーの管理者が証明書を更新する必要があります。</translation>
    </message>
    <message>
        <source>The certificate of {host} (“{subject}”, issued by “{issuer}”) is not valid before {date}. Check the computer&apos;s date and time, then try again.</source>
        <translation>{host}の証明書 (「{subject}」、発行元「{issuer}」) は{date}まで有効になりません。コンピューターの日付と時刻を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The certificate presented for {host} belongs to “{subject}” (issued by “{issuer}”). Check the server address in Settings; a company proxy may also be answering in its place.</source>
        <translation>{host}に対して提示された証明書は「{subject}」のものです (発行元「{issuer}」)。設定でサーバー アドレスを確認してください。会社のプロキシが代わりに応答している可能性もあります。</translation>
    </message>
    <message>
        <source>The proxy {proxy} refused the connection: it needs a user name and password (proxy authentication), and none or wrong ones were given. Enter them in the proxy address under Settings → Network, like http://name:password@{proxy}.</source>
        <translation>プロキシ {proxy}が接続を拒否しました。ユーザー名とパスワード (プロキシ認証) が必要ですが、入力されていないか、正しくありません。設定 → ネットワークのプロキシ アドレスに http://name:password@{proxy}のように入力してください。</translation>
    </message>
    <message>
        <source>The proxy {proxy} did not let the connection to {url} through ({reason}). Ask your IT department whether the server can be reached through it, or change the proxy under Settings → Network.</source>
        <translation>プロキシ {proxy}が {url}への接続を中継しませんでした ({reason})。このプロキシ経由でサーバーに接続できるか IT 部門に確認するか、設定 → ネットワークでプロキシを変更してください。</translation>
    </message>
    <message>
        <source>The proxy {proxy} does not answer. Check the proxy under Settings → Network (leave it empty to use the system&apos;s proxy settings), then try again.</source>
        <translation>プロキシ {proxy}が応答しません。設定 → ネットワークでプロキシを確認してから (システムのプロキシ設定を使うには空欄にします)、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>ExportStamp</name>
    <message>
        <source>As of</source>
        <translation>基準日時</translation>
    </message>
</context>
<context>
    <name>FeatureText</name>
    <message>
        <source>Support by phone, e-mail or chat</source>
        <translation>電話、メール、チャットによるサポート</translation>
    </message>
    <message>
        <source>Response time target</source>
        <translation>応答時間の目標</translation>
    </message>
    <message>
        <source>Implementation consultation</source>
        <translation>導入コンサルティング</translation>
    </message>
    <message>
        <source>Quarterly e-mail on 3 unused or under-used features</source>
        <translation>未使用またはあまり使われていない 3 つの機能に関する四半期ごとのメール</translation>
    </message>
    <message>
        <source>Root-cause / trend meeting</source>
        <translation>根本原因分析ミーティング / 傾向ミーティング</translation>
    </message>
    <message>
        <source>E-mail support for team members</source>
        <translation>チーム メンバー向けメール サポート</translation>
    </message>
    <message>
        <source>Live webinars</source>
        <translation>ライブ ウェビナー</translation>
    </message>
    <message numerus="yes">
        <source>%n 1-hour session(s)</source>
        <translation>
            <numerusform>1 時間のセッション %n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>Quarterly meeting reviewing support trends</source>
        <translation>サポート傾向を確認する四半期ごとのミーティング</translation>
    </message>
    <message>
        <source>Not included</source>
        <translation>含まれません</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>24 時間 365 日</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>ベーシック</translation>
    </message>
    <message>
        <source>Enhanced</source>
        <translation>エンハンスト</translation>
    </message>
</context>
<context>
    <name>FollowerPicker</name>
    <message>
        <source>admin</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>member</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>{name} ({role}) · {email}</source>
        <translation>{name} ({role}) · {email}</translation>
    </message>
    <message>
        <source>Members get the answers by e-mail only.</source>
        <translation>メンバーには回答がメールでのみ届きます。</translation>
    </message>
    <message>
        <source>Add follower</source>
        <translation>フォロワーを追加</translation>
    </message>
    <message>
        <source>Followers get support&apos;s answers to this ticket by e-mail. Admins also see it under Team tickets.</source>
        <translation>フォロワーには、このチケットへのサポートの回答がメールで届きます。管理者は「チームのチケット」でもこのチケットを確認できます。</translation>
    </message>
    <message>
        <source>Find by name or e-mail</source>
        <translation>名前またはメール アドレスで検索</translation>
    </message>
    <message>
        <source>Find a teammate</source>
        <translation>チーム メンバーを検索</translation>
    </message>
    <message>
        <source>Teammates who can follow</source>
        <translation>フォローできるチーム メンバー</translation>
    </message>
    <message>
        <source>Nobody else on your team can follow this ticket.</source>
        <translation>このチケットをフォローできる人はチームにほかにいません。</translation>
    </message>
    <message>
        <source>No teammate matches.</source>
        <translation>一致するチーム メンバーはいません。</translation>
    </message>
    <message>
        <source>Add the chosen person as a follower</source>
        <translation>選択したユーザーをフォロワーに追加</translation>
    </message>
</context>
<context>
    <name>FollowerRow</name>
    <message>
        <source>{name} (admin), added by {adder}</source>
        <translation>{name} (管理者)、{adder}さんが追加</translation>
    </message>
    <message>
        <source>{name} (member, by e-mail only), added by {adder}</source>
        <translation>{name} (メンバー、メールのみ)、{adder}さんが追加</translation>
    </message>
    <message>
        <source>Added on {when}</source>
        <translation>{when}に追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove {name} from the followers</source>
        <translation>{name}をフォロワーから削除</translation>
    </message>
</context>
<context>
    <name>FollowersBox</name>
    <message>
        <source>The ticket is closed: its followers can no longer change.</source>
        <translation>このチケットは終了しています。フォロワーは変更できません。</translation>
    </message>
    <message>
        <source>Offline: followers can be changed once the service answers again.</source>
        <translation>オフラインです。サービスが再び応答すると、フォロワーを変更できます。</translation>
    </message>
    <message>
        <source>{name} submitted the ticket and gets every answer already.</source>
        <translation>{name}さんはこのチケットの送信者なので、すべての回答をすでに受け取っています。</translation>
    </message>
    <message>
        <source>{name} is no longer on your team.</source>
        <translation>{name}さんはもうチームにいません。</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>フォロワー</translation>
    </message>
    <message numerus="yes">
        <source>Followers (%n)</source>
        <translation>
            <numerusform>フォロワー (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Followers (%n), list shown</source>
        <translation>
            <numerusform>フォロワー (%n)、一覧を表示中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Followers (%n), list hidden</source>
        <translation>
            <numerusform>フォロワー (%n)、一覧を非表示中</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide the list of followers</source>
        <translation>フォロワーの一覧を隠す</translation>
    </message>
    <message>
        <source>Show the followers, with who added them</source>
        <translation>フォロワーと追加した人を表示</translation>
    </message>
    <message>
        <source>Nobody yet. Followers get support&apos;s answers by e-mail.</source>
        <translation>まだいません。フォロワーにはサポートの回答がメールで届きます。</translation>
    </message>
    <message>
        <source>Add follower…</source>
        <translation>フォロワーを追加…</translation>
    </message>
    <message>
        <source>Add a follower to this ticket</source>
        <translation>このチケットにフォロワーを追加</translation>
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
        <translation>ヘルプを受ける</translation>
    </message>
    <message>
        <source>E-mail support: {hours}</source>
        <translation>メール サポート: {hours}</translation>
    </message>
    <message>
        <source>Premium Support is for your team&apos;s admins; your requests are answered {within}.</source>
        <translation>プレミアム サポートはチームの管理者向けです。お問い合わせには {within}に応答します。</translation>
    </message>
    <message>
        <source>As a Dropbox champion you get this faster response personally.</source>
        <translation>Dropbox チャンピオンであるあなたには、この迅速な応答が個人として適用されます。</translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation>製品(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>カテゴリ(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>件名(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択してください…</translation>
    </message>
    <message>
        <source>Choose the product your question is about.</source>
        <translation>質問の対象となる製品を選択してください。</translation>
    </message>
    <message>
        <source>Choose what your question is about.</source>
        <translation>質問の内容に合うカテゴリを選択してください。</translation>
    </message>
    <message>
        <source>Write a subject.</source>
        <translation>件名を入力してください。</translation>
    </message>
    <message>
        <source>Describe the problem.</source>
        <translation>問題の内容を説明してください。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Sent as request #{number}. We will answer by e-mail.</source>
        <translation>リクエスト #{number}として送信しました。メールで回答します。</translation>
    </message>
</context>
<context>
    <name>GoMenu</name>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
</context>
<context>
    <name>HiddenColumnsButton</name>
    <message>
        <source>Hidden: {columns}</source>
        <translation>非表示: {columns}</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) hidden</source>
        <translation>
            <numerusform>%n 列が非表示</numerusform>
        </translation>
    </message>
    <message>
        <source>These columns make room for the subject in a narrow window.</source>
        <translation>狭いウィンドウでは件名の幅を確保するため、これらの列を非表示にしています。</translation>
    </message>
    <message>
        <source>Making room for the subject in a narrow window: {columns}.</source>
        <translation>狭いウィンドウで件名の幅を確保するため非表示: {columns}。</translation>
    </message>
    <message>
        <source>Choose the columns here or by right-clicking a column header.</source>
        <translation>ここか、列見出しを右クリックして表示する列を選べます。</translation>
    </message>
    <message>
        <source>Opens the list of columns to show</source>
        <translation>表示する列の一覧を開きます</translation>
    </message>
</context>
<context>
    <name>HoverHint</name>
    <message numerus="yes">
        <source>Show these %n ticket(s)</source>
        <translation>
            <numerusform>この %n 件のチケットを表示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImagePaste</name>
    <message>
        <source>Screenshot {time}.png</source>
        <translation>スクリーンショット {time}.png</translation>
    </message>
    <message>
        <source>The pasted image is {size}; an attachment can be at most 25 MB. Paste a smaller part of the screen.</source>
        <translation>貼り付けた画像は{size}です。添付ファイルは最大25 MBです。画面のより小さな範囲を貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Loading {name}…</source>
        <translation>{name}を読み込み中…</translation>
    </message>
    <message>
        <source>{name} cannot be shown: it could not be downloaded, or it is not an image this app can read safely.</source>
        <translation>{name}を表示できません。ダウンロードできなかったか、このアプリで安全に読み込めない画像です。</translation>
    </message>
</context>
<context>
    <name>InsightCharts</name>
    <message>
        <source>Tickets</source>
        <translation>チケット</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>In time: {n}</source>
        <translation>期限内: {n}</translation>
    </message>
    <message>
        <source>Late: {n}</source>
        <translation>期限超過: {n}</translation>
    </message>
</context>
<context>
    <name>InsightDrillDown</name>
    <message>
        <source>{first} to {last}</source>
        <translation>{first}～{last}</translation>
    </message>
    <message>
        <source>Tickets opened {days}.</source>
        <translation>{days}に作成されたチケット。</translation>
    </message>
    <message>
        <source>Tickets solved {days}.</source>
        <translation>{days}に解決されたチケット。</translation>
    </message>
    <message>
        <source>Tickets opened {days} and first answered in time.</source>
        <translation>{days}に作成され、期限内に最初の応答があったチケット。</translation>
    </message>
    <message>
        <source>Tickets opened {days} and first answered late, or not yet and overdue.</source>
        <translation>{days}に作成され、最初の応答が期限を過ぎた、またはまだ応答がなく期限を過ぎているチケット。</translation>
    </message>
    <message>
        <source>Tickets open now (new, open or pending), whenever opened.</source>
        <translation>作成日に関係なく、現在未解決 (新規・対応中・保留中) のチケット。</translation>
    </message>
    <message>
        <source>Tickets, whenever opened.</source>
        <translation>作成日に関係なく、すべてのチケット。</translation>
    </message>
    <message>
        <source>About {issue}, for {product}.</source>
        <translation>{product}の「{issue}」に関するもの。</translation>
    </message>
    <message>
        <source>About {issue}.</source>
        <translation>「{issue}」に関するもの。</translation>
    </message>
    <message>
        <source>For {product}.</source>
        <translation>{product}に関するもの。</translation>
    </message>
    <message>
        <source>Status: {status}.</source>
        <translation>ステータス: {status}。</translation>
    </message>
    <message>
        <source>Only tickets you submitted.</source>
        <translation>あなたが送信したチケットのみ。</translation>
    </message>
    <message>
        <source>The whole team&apos;s tickets, yours included.</source>
        <translation>あなたのものを含む、チーム全体のチケット。</translation>
    </message>
</context>
<context>
    <name>InsightTables</name>
    <message>
        <source>Issue</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>チケット</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>週の開始日</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>最初の応答</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>期限内</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>期限超過</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Tickets open now (new, open or pending), whenever opened</source>
        <translation>作成日に関係なく、現在未解決 (新規・対応中・保留中) のチケット</translation>
    </message>
    <message>
        <source>Tickets opened, and tickets solved, on {day}</source>
        <translation>{day}に作成されたチケットと解決されたチケット</translation>
    </message>
    <message>
        <source>Tickets opened, and tickets solved, {first} to {last}</source>
        <translation>{first}～{last}に作成されたチケットと解決されたチケット</translation>
    </message>
    <message>
        <source>No tickets are open now.</source>
        <translation>現在未解決のチケットはありません。</translation>
    </message>
    <message>
        <source>No tickets were opened in this period.</source>
        <translation>この期間に作成されたチケットはありません。</translation>
    </message>
    <message>
        <source>No first response was due in this period yet: once one is, this shows how many came in time.</source>
        <translation>この期間に期限を迎えた最初の応答はまだありません。期限を迎えると、期限内に応答した件数がここに表示されます。</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>インサイト</translation>
    </message>
    <message>
        <source>Top issues</source>
        <translation>主な問題</translation>
    </message>
    <message>
        <source>Top products per issue</source>
        <translation>問題別の主な製品</translation>
    </message>
    <message>
        <source>Tickets opened and solved per week</source>
        <translation>週ごとに作成・解決されたチケット</translation>
    </message>
    <message>
        <source>First responses in time and late</source>
        <translation>期限内と期限超過の最初の応答</translation>
    </message>
    <message>
        <source>Loading insights…</source>
        <translation>インサイトを読み込んでいます…</translation>
    </message>
    <message>
        <source>The service cannot be reached and no insights for this period were stored yet.</source>
        <translation>サービスに接続できず、この期間の保存されたインサイトもまだありません。</translation>
    </message>
    <message>
        <source>Offline: insights as last synced {when}.</source>
        <translation>オフライン: 最終同期 ({when}) 時点のインサイトです。</translation>
    </message>
    <message>
        <source>Your team has no open tickets now. Choose a period to see the tickets opened in it.</source>
        <translation>現在、チームに未解決のチケットはありません。期間を選ぶと、その期間に作成されたチケットが表示されます。</translation>
    </message>
    <message>
        <source>All these tickets are about {product}. “Top products per issue” shows once tickets are about another product too.</source>
        <translation>これらのチケットはすべて{product}に関するものです。別の製品のチケットもできると、「問題別の主な製品」が表示されます。</translation>
    </message>
    <message>
        <source>You have no open tickets now. Choose “Whole team” to see your team&apos;s tickets.</source>
        <translation>現在、あなたの未解決のチケットはありません。チームのチケットを見るには「チーム全体」を選んでください。</translation>
    </message>
    <message>
        <source>Your team has no tickets in this period. Insights show here once tickets are submitted: how many are open, the issues raised most often, the products they are about, and how quickly support answered.</source>
        <translation>この期間にチームのチケットはありません。チケットが送信されると、未解決の件数、よく寄せられる問題、対象の製品、サポートの応答の速さがインサイトとしてここに表示されます。</translation>
    </message>
    <message>
        <source>You submitted no tickets in this period. Choose “Whole team” to see your team&apos;s tickets.</source>
        <translation>この期間にあなたが送信したチケットはありません。チームのチケットを見るには「チーム全体」を選んでください。</translation>
    </message>
</context>
<context>
    <name>InvoicesView</name>
    <message>
        <source>Export invoices</source>
        <translation>請求書をエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>premium-support-invoices.csv</source>
        <translation>premium-support-invoices.csv</translation>
    </message>
    <message>
        <source>{amount} for Premium Support {tier} for {product}</source>
        <translation>{product}のプレミアム サポート {tier}の {amount}</translation>
    </message>
    <message>
        <source>No charges recorded yet. The next charge, {charge}, will be made on the renewal date, {date}.</source>
        <translation>記録された請求はまだありません。次回の請求は更新日の{date}に行われます ({charge})。</translation>
    </message>
    <message>
        <source>No charges recorded yet. The next charges will be made on the renewal date, {date}: {charges}.</source>
        <translation>記録された請求はまだありません。次回の請求は更新日の{date}に行われます: {charges}。</translation>
    </message>
    <message>
        <source>No charges recorded yet, and none will be: Premium Support ends on {date}.</source>
        <translation>記録された請求はまだなく、今後も請求はありません: プレミアム サポートは{date}に終了します。</translation>
    </message>
    <message>
        <source>No charges recorded yet. Buying Premium Support adds its charges here.</source>
        <translation>記録された請求はまだありません。プレミアム サポートを購入すると、その請求がここに表示されます。</translation>
    </message>
    <message>
        <source>No charges recorded yet.</source>
        <translation>記録された請求はまだありません。</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>CSV でエクスポート…</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>請求書</translation>
    </message>
</context>
<context>
    <name>KpiTiles</name>
    <message numerus="yes">
        <source>Opened this week so far (%n day(s))</source>
        <translation>
            <numerusform>今週これまでに作成 (%n 日間)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>未解決のチケット</translation>
    </message>
    <message>
        <source>Open now, whenever opened</source>
        <translation>作成日に関係なく、現在未解決</translation>
    </message>
    <message>
        <source>New, open or pending.</source>
        <translation>新規・対応中・保留中。</translation>
    </message>
    <message>
        <source>Tickets opened in this period</source>
        <translation>この期間に作成されたチケット</translation>
    </message>
    <message>
        <source>First responses in time</source>
        <translation>期限内の最初の応答</translation>
    </message>
    <message>
        <source>{met} of {total}</source>
        <translation>{total} 件中 {met} 件</translation>
    </message>
    <message numerus="yes">
        <source>%n late in this period.</source>
        <translation>
            <numerusform>この期間の期限超過: %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>最初の応答までの中央値</translation>
    </message>
    <message>
        <source>Half of this period&apos;s answered tickets had one sooner.</source>
        <translation>この期間に応答済みのチケットの半数は、これより早く応答されました。</translation>
    </message>
    <message>
        <source>No ticket of this period has a first response yet.</source>
        <translation>この期間のチケットにはまだ最初の応答がありません。</translation>
    </message>
    <message>
        <source>Opened this week</source>
        <translation>今週作成</translation>
    </message>
    <message>
        <source>Tickets opened {first} to {last}</source>
        <translation>{first}～{last}に作成されたチケット</translation>
    </message>
    <message>
        <source>Tickets opened on {day}</source>
        <translation>{day}に作成されたチケット</translation>
    </message>
    <message>
        <source>Opened in the period&apos;s last week</source>
        <translation>期間の最終週に作成</translation>
    </message>
    <message numerus="yes">
        <source>%n in the whole week before.</source>
        <translation>
            <numerusform>前週 (7 日間全体): %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the week before.</source>
        <translation>
            <numerusform>前週: %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rated good</source>
        <translation>「良い」の評価</translation>
    </message>
    <message>
        <source>Tickets rated in this period</source>
        <translation>この期間に評価されたチケット</translation>
    </message>
    <message>
        <source>{good} good, {bad} bad.</source>
        <translation>良い {good} 件、悪い {bad} 件。</translation>
    </message>
    <message>
        <source>No ticket was rated in this period.</source>
        <translation>この期間に評価されたチケットはありません。</translation>
    </message>
</context>
<context>
    <name>LateFindsButton</name>
    <message numerus="yes">
        <source>%n more result(s) found — Show</source>
        <translation>
            <numerusform>さらに %n 件見つかりました — 表示</numerusform>
        </translation>
    </message>
    <message>
        <source>The service found these in messages after the list was shown. They wait here so that no row moves while you point at the list.</source>
        <translation>サービスが、一覧の表示後にメッセージ内で見つけたチケットです。一覧をポイントしている間に行が動かないよう、ここで待機しています。</translation>
    </message>
</context>
<context>
    <name>ListExporter</name>
    <message>
        <source>Export the list</source>
        <translation>リストのエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Exporting {count} tickets…</source>
        <translation>{count} 件のチケットをエクスポートしています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>ListMenu</name>
    <message>
        <source>&amp;Open</source>
        <comment>action: open the ticket</comment>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Sort by</source>
        <translation>並べ替え(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Ascending</source>
        <translation>昇順(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>降順(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
</context>
<context>
    <name>LocalModeBanner</name>
    <message>
        <source>&lt;b&gt;Local demo workspace&lt;/b&gt; — a sample team on this computer, signed in as {name}.</source>
        <translation>&lt;b&gt;ローカル デモ ワークスペース&lt;/b&gt; — このコンピューター上のサンプル チームです。{name}としてサインインしています。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Local demo workspace&lt;/b&gt; — a sample team on this computer.</source>
        <translation>&lt;b&gt;ローカル デモ ワークスペース&lt;/b&gt; — このコンピューター上のサンプル チームです。</translation>
    </message>
    <message>
        <source>Settings → Server…</source>
        <translation>設定 → サーバー…</translation>
    </message>
    <message>
        <source>Open the server settings</source>
        <translation>サーバー設定を開く</translation>
    </message>
</context>
<context>
    <name>LocalStopDetails</name>
    <message>
        <source>Why the local demo workspace stopped</source>
        <translation>ローカル デモ ワークスペースが停止した理由</translation>
    </message>
    <message>
        <source>Its &amp;log file:</source>
        <translation>ログ ファイル(&amp;L):</translation>
    </message>
    <message>
        <source>The last &amp;error lines in its log:</source>
        <translation>ログの最後のエラー行(&amp;E):</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
</context>
<context>
    <name>LocalStopText</name>
    <message>
        <source>The local demo workspace stopped: something outside the app ended its service, and it did not stay up when the app restarted it.</source>
        <translation>ローカル デモ ワークスペースが停止しました: アプリの外部からサービスが終了され、アプリが再起動しても動き続けませんでした。</translation>
    </message>
    <message>
        <source>The local demo workspace stopped: its service quit with an error, and did not stay up when the app restarted it.</source>
        <translation>ローカル デモ ワークスペースが停止しました: サービスがエラーで終了し、アプリが再起動しても動き続けませんでした。</translation>
    </message>
    <message>
        <source>The local demo workspace could not start: something outside the app ended its service while it started.</source>
        <translation>ローカル デモ ワークスペースを起動できませんでした: 起動中に、アプリの外部からサービスが終了されました。</translation>
    </message>
    <message>
        <source>The local demo workspace could not start: its service quit with an error.</source>
        <translation>ローカル デモ ワークスペースを起動できませんでした: サービスがエラーで終了しました。</translation>
    </message>
    <message>
        <source>The local demo workspace stopped, and when the app restarted it, its service did not answer in time.</source>
        <translation>ローカル デモ ワークスペースが停止しました。アプリが再起動しましたが、サービスが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The local demo workspace stopped: its service process was ended by signal {signal}, sent from outside the app, and did not stay up when the app restarted it.</source>
        <translation>ローカル デモ ワークスペースが停止しました: サービスのプロセスが、アプリの外部から送られたシグナル {signal}で終了され、アプリが再起動しても動き続けませんでした。</translation>
    </message>
    <message>
        <source>The local demo workspace stopped: its service process exited with code {code}, and did not stay up when the app restarted it.</source>
        <translation>ローカル デモ ワークスペースが停止しました: サービスのプロセスがコード {code}で終了し、アプリが再起動しても動き続けませんでした。</translation>
    </message>
    <message>
        <source>The local demo workspace could not start: its service did not answer in time.</source>
        <translation>ローカル デモ ワークスペースを起動できませんでした: サービスが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The local demo workspace could not start: its service process was ended by signal {signal}, sent from outside the app, while it started.</source>
        <translation>ローカル デモ ワークスペースを起動できませんでした: 起動中に、サービスのプロセスがアプリの外部から送られたシグナル {signal}で終了されました。</translation>
    </message>
    <message>
        <source>The local demo workspace could not start: its service process exited with code {code}.</source>
        <translation>ローカル デモ ワークスペースを起動できませんでした: サービスのプロセスがコード {code}で終了しました。</translation>
    </message>
    <message>
        <source>Your work is kept on this computer. Choose “Start it again” at the bottom of the window to start it.</source>
        <translation>作業内容はこのコンピューターに保存されています。ウィンドウ下部の「もう一度起動」を選ぶと起動します。</translation>
    </message>
    <message>
        <source>Its log has no error lines from this run: no warning, error or traceback.</source>
        <translation>今回の実行のログにエラー行はありません (警告、エラー、トレースバックのいずれもありません)。</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>ログ ファイル: {path}</translation>
    </message>
</context>
<context>
    <name>LocalStopped</name>
    <message>
        <source>The local demo workspace is not running: choose “Start it again” first.</source>
        <translation>ローカル デモ ワークスペースは実行されていません。先に「もう一度起動」を選んでください。</translation>
    </message>
    <message>
        <source>The local demo workspace is not running: adding, changing and removing Premium Support are possible once you choose “Start it again”.</source>
        <translation>ローカル デモ ワークスペースは実行されていません。プレミアム サポートの追加、変更、削除は「もう一度起動」を選ぶと行えます。</translation>
    </message>
    <message>
        <source>The local demo workspace is not running: followers can be changed once you choose “Start it again”.</source>
        <translation>ローカル デモ ワークスペースは実行されていません。「もう一度起動」を選ぶと、フォロワーを変更できます。</translation>
    </message>
    <message>
        <source>Waiting to be sent: it goes once you choose “Start it again”.</source>
        <translation>送信待ち: 「もう一度起動」を選ぶと送信されます。</translation>
    </message>
    <message>
        <source>The local demo workspace is not running: a line you send now waits in the outbox and reaches the chat once you choose “Start it again”.</source>
        <translation>ローカル デモ ワークスペースは実行されていません。今送信するメッセージは送信トレイで待機し、「もう一度起動」を選ぶとチャットに届きます。</translation>
    </message>
    <message>
        <source>The local demo workspace is not running: a reply you send now waits in the outbox and goes once you choose “Start it again”.</source>
        <translation>ローカル デモ ワークスペースは実行されていません。今送信する返信は送信トレイで待機し、「もう一度起動」を選ぶと送信されます。</translation>
    </message>
    <message>
        <source>This chat was not downloaded before the local demo workspace stopped, so it cannot be shown or written in until you choose “Start it again”.</source>
        <translation>このチャットはローカル デモ ワークスペースが停止する前にダウンロードされていないため、「もう一度起動」を選ぶまで表示も入力もできません。</translation>
    </message>
</context>
<context>
    <name>LocalStoppedBanner</name>
    <message>
        <source>Details…</source>
        <translation>詳細…</translation>
    </message>
    <message>
        <source>Details of why the local demo workspace stopped</source>
        <translation>ローカル デモ ワークスペースが停止した理由の詳細</translation>
    </message>
    <message>
        <source>&lt;b&gt;Starting the local demo workspace again…&lt;/b&gt; What you see is as last synced until it is running.</source>
        <translation>&lt;b&gt;ローカル デモ ワークスペースをもう一度起動しています…&lt;/b&gt; 起動するまで、表示内容は最終同期時点のものです。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{why}&lt;/b&gt; What you see is as last synced.</source>
        <translation>&lt;b&gt;{why}&lt;/b&gt; 表示内容は最終同期時点のものです。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The local demo workspace is not running&lt;/b&gt;: it stopped, or could not start. What you see is as last synced.</source>
        <translation>&lt;b&gt;ローカル デモ ワークスペースは実行されていません&lt;/b&gt;: 停止したか、起動できませんでした。表示内容は最終同期時点のものです。</translation>
    </message>
    <message>
        <source>Start it again</source>
        <translation>もう一度起動</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>The local demo workspace is not running: choose “Start it again” to refresh.</source>
        <translation>ローカル デモ ワークスペースは実行されていません。更新するには「もう一度起動」を選んでください。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>サインイン(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Contact support…</source>
        <translation>サポートに問い合わせる(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>アプリを終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Issue &amp;trend chart on My tickets</source>
        <translation>マイ チケットの問題の傾向グラフ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボード ショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Premium Support Desk</source>
        <translation>Premium Support Desk について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>About Premium Support Desk</source>
        <translation>Premium Support Desk について</translation>
    </message>
    <message>
        <source>&lt;b&gt;Premium Support Desk&lt;/b&gt; {version}&lt;br&gt;Create, follow and answer your team&apos;s Premium Support tickets.</source>
        <translation>&lt;b&gt;Premium Support Desk&lt;/b&gt; {version}&lt;br&gt;チームのプレミアム サポート チケットを作成、確認し、返信できます。</translation>
    </message>
    <message>
        <source>Build {build}</source>
        <translation>ビルド {build}</translation>
    </message>
    <message>
        <source>Icons: Font Awesome Free by Fonticons, Inc. (icons CC BY 4.0, font SIL OFL 1.1).</source>
        <translation>アイコン: Fonticons, Inc. の Font Awesome Free (アイコンは CC BY 4.0、フォントは SIL OFL 1.1)。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your reply is kept as a draft, in Drafts and outbox.</source>
        <translation>返信は下書きとして「下書きと送信トレイ」に保存されています。</translation>
    </message>
    <message numerus="yes">
        <source>(%n new) Premium Support Desk</source>
        <translation>
            <numerusform>(新着 %n 件) Premium Support Desk</numerusform>
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
        <translation>チームの管理者が返信しました。あなたのチケットへのチーム メンバーの返信は「同僚」と表示されます。</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message numerus="yes">
        <source>My tickets (%n new)</source>
        <translation>
            <numerusform>マイ チケット (新着 %n 件)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team tickets (%n new)</source>
        <translation>
            <numerusform>チームのチケット (新着 %n 件)</numerusform>
        </translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>マイ チケット</translation>
    </message>
    <message>
        <source>Team tickets</source>
        <translation>チームのチケット</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>ヘルプを受ける</translation>
    </message>
    <message numerus="yes">
        <source>Drafts and outbox (%n)</source>
        <translation>
            <numerusform>下書きと送信トレイ (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts and outbox</source>
        <translation>下書きと送信トレイ</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>インサイト</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>おすすめ</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>ナビゲーション</translation>
    </message>
</context>
<context>
    <name>NetworkSettingsBox</name>
    <message>
        <source>Extra trusted certificate</source>
        <translation>追加の信頼する証明書</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>証明書 (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>P&amp;roxy:</source>
        <translation>プロキシ(&amp;R):</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy</source>
        <translation>システムのプロキシを使用</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>プロキシ アドレス</translation>
    </message>
    <message>
        <source>Enter the proxy as http://host:port, for example http://proxy.example.com:8080 (with a user name and password: http://name:password@proxy.example.com:8080), or leave it empty to use the system&apos;s proxy.</source>
        <translation>プロキシは http://host:port の形式で入力してください (例: http://proxy.example.com:8080、ユーザー名とパスワード付きの場合は http://name:password@proxy.example.com:8080)。システムのプロキシを使うには空欄にしてください。</translation>
    </message>
    <message>
        <source>Extra trusted &amp;certificate (PEM):</source>
        <translation>追加の信頼する証明書 (PEM)(&amp;C):</translation>
    </message>
    <message>
        <source>None (system certificates only)</source>
        <translation>なし (システムの証明書のみ)</translation>
    </message>
    <message>
        <source>Extra trusted certificate file</source>
        <translation>追加の信頼する証明書ファイル</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>証明書ファイルを選択</translation>
    </message>
    <message>
        <source>This file cannot be used: it does not exist, or holds no PEM certificate (text that begins with -----BEGIN CERTIFICATE-----). Choose the certificate file your IT department gave you.</source>
        <translation>このファイルは使用できません。存在しないか、PEM 形式の証明書 (-----BEGIN CERTIFICATE----- で始まるテキスト) が含まれていません。IT 部門から受け取った証明書ファイルを選んでください。</translation>
    </message>
    <message>
        <source>Only needed if your IT department asks for it. Changes apply the next time the app connects to a server: when you sign in again or restart the app.</source>
        <translation>IT 部門から指示があった場合にのみ必要です。変更は、次にアプリがサーバーに接続したとき (もう一度サインインしたとき、またはアプリを再起動したとき) に適用されます。</translation>
    </message>
</context>
<context>
    <name>NewLinesButton</name>
    <message>
        <source>New messages</source>
        <translation>新しいメッセージ</translation>
    </message>
    <message>
        <source>New messages: go to the newest</source>
        <translation>新しいメッセージ: 最新のメッセージへ移動</translation>
    </message>
    <message>
        <source>Go to the newest message</source>
        <translation>最新のメッセージへ移動</translation>
    </message>
</context>
<context>
    <name>NewTicketFlow</name>
    <message>
        <source>Your request is kept as a draft, in Drafts and outbox.</source>
        <translation>リクエストは下書きとして「下書きと送信トレイ」に保存されています。</translation>
    </message>
    <message>
        <source>Opening the contact form…</source>
        <translation>お問い合わせフォームを開いています…</translation>
    </message>
    <message>
        <source>Follow-up to #{number}: {subject}</source>
        <translation>#{number}のフォローアップ: {subject}</translation>
    </message>
    <message>
        <source>Follow-up to a closed ticket</source>
        <translation>終了したチケットのフォローアップ</translation>
    </message>
    <message>
        <source>Contact support</source>
        <translation>サポートに問い合わせる</translation>
    </message>
    <message>
        <source>Premium Support covers none of your team&apos;s products yet.</source>
        <translation>プレミアム サポートは、まだチームのどの製品も対象にしていません。</translation>
    </message>
    <message>
        <source>Tickets, chats and callbacks come with the Premium Support add-on. Billing shows whether your team can add it, and how.</source>
        <translation>チケット、チャット、折り返し電話はプレミアム サポートのアドオンで利用できます。チームで追加できるかどうかと、その方法は [請求] に表示されます。</translation>
    </message>
    <message>
        <source>Tickets, chats and callbacks come with the Premium Support add-on.</source>
        <translation>チケット、チャット、折り返し電話はプレミアム サポートのアドオンで利用できます。</translation>
    </message>
    <message>
        <source>Open Billing</source>
        <translation>請求を開く</translation>
    </message>
    <message>
        <source>Chats and callbacks need a connection to support. Send a written request instead: it goes out as soon as the connection returns.</source>
        <translation>チャットと折り返し電話にはサポートへの接続が必要です。代わりに書面でリクエストを送信してください。接続が回復するとすぐに送信されます。</translation>
    </message>
    <message>
        <source>Chat started: ticket #{number}.</source>
        <translation>チャットを開始しました: チケット #{number}。</translation>
    </message>
    <message>
        <source>Call requested: ticket #{number}. Support will call you.</source>
        <translation>電話をリクエストしました: チケット #{number}。サポートからお電話します。</translation>
    </message>
    <message>
        <source>Request sent: ticket #{number}.</source>
        <translation>リクエストを送信しました: チケット #{number}。</translation>
    </message>
    <message>
        <source>Your request is in the outbox: it is sent once you start the local demo workspace again.</source>
        <translation>リクエストは送信トレイにあります。ローカル デモ ワークスペースをもう一度起動すると送信されます。</translation>
    </message>
    <message>
        <source>Your request is in the outbox: it is sent when the connection returns.</source>
        <translation>リクエストは送信トレイにあります。接続が回復すると送信されます。</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>&lt;b&gt;Restarting the local demo workspace…&lt;/b&gt; Its service stopped, and the app is starting it again. Your replies wait in Drafts and outbox until it is running.</source>
        <translation>&lt;b&gt;ローカル デモ ワークスペースを再起動しています…&lt;/b&gt; サービスが停止したため、アプリがもう一度起動しています。実行されるまで、返信は「下書きと送信トレイ」で待機します。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline&lt;/b&gt;: cannot reach {where}. Your replies will be sent when the connection returns; until then they wait in Drafts and outbox.</source>
        <translation>&lt;b&gt;オフライン&lt;/b&gt;: {where}に接続できません。返信は接続が回復すると送信されます。それまでは「下書きと送信トレイ」で待機します。</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>今すぐ再試行</translation>
    </message>
</context>
<context>
    <name>OpenHint</name>
    <message>
        <source>Enter or double-click opens the selected ticket.</source>
        <translation>Enter キーまたはダブルクリックで、選択したチケットを開きます。</translation>
    </message>
</context>
<context>
    <name>OutboxCard</name>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Send as a new request</source>
        <translation>新しいリクエストとして送信</translation>
    </message>
    <message>
        <source>Open Contact support with this text and its files; sent, it leaves here</source>
        <translation>このテキストとファイルで「サポートに問い合わせる」を開きます。送信するとここから消えます</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Take the text back into the reply box</source>
        <translation>テキストを返信欄に戻す</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
</context>
<context>
    <name>OutboxText</name>
    <message>
        <source>You are signed out. Sign in again and it is sent.</source>
        <translation>サインアウトしています。もう一度サインインすると送信されます。</translation>
    </message>
    <message>
        <source>An attached file is no longer there: {path}</source>
        <translation>添付ファイルが見つかりません: {path}</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>送信できませんでした: {reason}</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>送信待ち</translation>
    </message>
</context>
<context>
    <name>PartText</name>
    <message numerus="yes">
        <source>{part}: %n ticket(s)</source>
        <translation>
            <numerusform>{part}: %n 件のチケット</numerusform>
        </translation>
    </message>
    <message>
        <source>{issue}, {product}</source>
        <translation>{issue}、{product}</translation>
    </message>
    <message>
        <source>{series}, week of {day}</source>
        <translation>{series}、{day}からの週</translation>
    </message>
    <message>
        <source>{series}, {day}</source>
        <comment>a week&apos;s one counted day</comment>
        <translation>{series}、{day}</translation>
    </message>
    <message>
        <source>{series}, {first} to {last}</source>
        <comment>a week&apos;s counted days</comment>
        <translation>{series}、{first}～{last}</translation>
    </message>
</context>
<context>
    <name>PeriodSelector</name>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>現在未解決</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>過去 4 週間</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>過去 12 週間</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>今四半期</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>過去 12 か月</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>期間を指定…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <comment>the first day of a custom period</comment>
        <translation>開始日(&amp;M):</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <comment>the last day of a custom period</comment>
        <translation>終了日(&amp;O):</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了日</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>フォルダ</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ドライブ</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>アドレス(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T):</translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <source>Confirm Premium Support</source>
        <translation>プレミアム サポートの確認</translation>
    </message>
    <message>
        <source>Change Premium Support for {product} from {old} to {new}</source>
        <translation>{product}のプレミアム サポートを{old}から{new}に変更</translation>
    </message>
    <message>
        <source>Add Premium Support {tier} for {product}</source>
        <translation>{product}にプレミアム サポート {tier}を追加</translation>
    </message>
    <message>
        <source>Charged now (pro-rata amount):</source>
        <translation>今回の請求額 (日割り金額):</translation>
    </message>
    <message>
        <source>From the renewal date, per month:</source>
        <translation>更新日以降の月額:</translation>
    </message>
    <message>
        <source>Renewal date:</source>
        <translation>更新日:</translation>
    </message>
    <message>
        <source>Today you pay {now} for the rest of this billing period, until {date}. From {date} on, {full} is charged with your regular subscription each month.</source>
        <translation>本日、現在の請求期間の残り ({date}まで) の分として {now}をお支払いいただきます。{date}以降は、毎月 {full}が通常のサブスクリプションと一緒に請求されます。</translation>
    </message>
    <message>
        <source>Nothing more is charged for this billing period. From {date} on, {full} is charged with your regular subscription each month.</source>
        <translation>現在の請求期間の追加請求はありません。{date}以降は、毎月 {full}が通常のサブスクリプションと一緒に請求されます。</translation>
    </message>
    <message>
        <source>The price was updated because the earlier quote expired. Please check it.</source>
        <translation>以前の見積もりの有効期限が切れたため、価格が更新されました。ご確認ください。</translation>
    </message>
    <message>
        <source>Getting an up-to-date price…</source>
        <translation>最新の価格を取得中…</translation>
    </message>
    <message>
        <source>This price is valid until {time}.</source>
        <translation>この価格は{time}まで有効です。</translation>
    </message>
    <message>
        <source>Buying…</source>
        <translation>購入中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Pay {amount} now</source>
        <translation>今すぐ {amount}を支払う</translation>
    </message>
    <message>
        <source>Change to {tier}</source>
        <translation>{tier}に変更</translation>
    </message>
    <message>
        <source>Add {tier}</source>
        <translation>{tier}を追加</translation>
    </message>
    <message>
        <source>The scheduled removal is cancelled: {old} keeps working until {date}, then {new} continues.</source>
        <translation>予定されていた削除は取り消されます: {date}までは{old}、その後は{new}で継続されます。</translation>
    </message>
    <message>
        <source>The scheduled removal is cancelled: Premium Support continues after {date}.</source>
        <translation>予定されていた削除は取り消されます: プレミアム サポートは{date}以降も継続されます。</translation>
    </message>
    <message>
        <source>The scheduled change to {next} on {date} is cancelled: {new} continues.</source>
        <translation>{date}に予定されていた{next}への変更は取り消され、{new}が継続されます。</translation>
    </message>
    <message>
        <source>{old} keeps working until {date}; {new} starts then. You can undo the change until that date.</source>
        <translation>{date}までは{old}を利用でき、その日から{new}になります。それまでは変更を取り消せます。</translation>
    </message>
</context>
<context>
    <name>RecommendationCard</name>
    <message numerus="yes">
        <source>Because of %n ticket(s) about {issue}.</source>
        <translation>
            <numerusform>「{issue}」に関する %n 件のチケットに基づいています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Popular with teams like yours.</source>
        <translation>同様のチームに人気があります。</translation>
    </message>
    <message>
        <source>Dropbox and Dropbox Dash</source>
        <translation>Dropbox と Dropbox Dash</translation>
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
        <translation>ブラウザで開く</translation>
    </message>
    <message>
        <source>Open “{title}” in the browser</source>
        <translation>「{title}」をブラウザで開く</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>完了にする</translation>
    </message>
    <message>
        <source>Not useful</source>
        <translation>役に立たない</translation>
    </message>
    <message>
        <source>Offline: this can be marked once the service is back.</source>
        <translation>オフライン: サービスに再接続すると設定できます。</translation>
    </message>
</context>
<context>
    <name>RecommendationKind</name>
    <message>
        <source>Article</source>
        <translation>記事</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>コース</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>記事</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>コース</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <source>Recommendations</source>
        <translation>おすすめ</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>Kind of recommendation</source>
        <translation>おすすめの種類</translation>
    </message>
    <message>
        <source>Your team has no tickets yet, so these are the most popular articles, videos and courses. Once you submit tickets, recommendations follow your team&apos;s issues.</source>
        <translation>チームにはまだチケットがないため、最も人気のある記事、動画、コースを表示しています。チケットを送信すると、チームの問題に合わせたおすすめが表示されます。</translation>
    </message>
    <message>
        <source>Chosen from your team&apos;s tickets of the last six months.</source>
        <translation>過去 6 か月間のチームのチケットに基づいて選んでいます。</translation>
    </message>
    <message>
        <source>These are in English: the help centre has them in no other language yet.</source>
        <translation>これらは英語です。ヘルプ センターにはまだ他の言語版がありません。</translation>
    </message>
    <message>
        <source>Loading recommendations…</source>
        <translation>おすすめを読み込んでいます…</translation>
    </message>
    <message>
        <source>The service cannot be reached and no recommendations were stored yet.</source>
        <translation>サービスに接続できず、保存されたおすすめもまだありません。</translation>
    </message>
    <message>
        <source>Offline: recommendations as last synced {when}.</source>
        <translation>オフライン: 最終同期 ({when}) 時点のおすすめです。</translation>
    </message>
    <message>
        <source>“{title}” marked as done.</source>
        <translation>「{title}」を完了にしました。</translation>
    </message>
    <message>
        <source>“{title}” marked as not useful.</source>
        <translation>「{title}」を役に立たないとしました。</translation>
    </message>
    <message>
        <source>No recommendations of this kind right now.</source>
        <translation>この種類のおすすめは現在ありません。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
</context>
<context>
    <name>RemovedFollowerLine</name>
    <message>
        <source>{name} was removed from the followers.</source>
        <translation>{name}をフォロワーから削除しました。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Undo: add {name} back to the followers</source>
        <translation>元に戻す: {name}をフォロワーに戻す</translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <source>Type a message…</source>
        <translation>メッセージを入力…</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>返信を入力…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>送信 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>送信 (Enter)</translation>
    </message>
    <message>
        <source>Enter to send, Shift+Enter for a new line</source>
        <translation>Enter で送信、Shift+Enter で改行</translation>
    </message>
    <message>
        <source>Write a message to send it</source>
        <translation>送信するにはメッセージを入力してください</translation>
    </message>
    <message>
        <source>Nothing to send yet</source>
        <translation>送信する内容がありません</translation>
    </message>
    <message>
        <source>Ctrl+Enter to send</source>
        <translation>Ctrl+Enter で送信</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>メッセージを閉じる</translation>
    </message>
    <message>
        <source>Your reply is shown as from “Colleague” and {name} is notified.</source>
        <translation>返信は「同僚」からのものとして表示され、{name}に通知されます。</translation>
    </message>
    <message>
        <source>A reply can be at most 20,000 characters.</source>
        <translation>返信は 20,000 文字以内で入力してください。</translation>
    </message>
</context>
<context>
    <name>SalesContactDialog</name>
    <message>
        <source>Please write a message for your sales representative.</source>
        <translation>営業担当者へのメッセージを入力してください。</translation>
    </message>
    <message>
        <source>The message is too long: at most {count} characters.</source>
        <translation>メッセージが長すぎます。{count} 文字以内にしてください。</translation>
    </message>
    <message>
        <source>Enter a phone number that can be dialled directly, with its country code (for example +44 20 7946 0958), or leave it empty.</source>
        <translation>国番号付きの、直接ダイヤルできる電話番号 (例: +44 20 7946 0958) を入力するか、空欄のままにしてください。</translation>
    </message>
    <message>
        <source>Contact your sales representative</source>
        <translation>営業担当者に問い合わせる</translation>
    </message>
    <message>
        <source>Your team pays by invoice, so Premium Support is bought through your sales representative. Tell them what you need; they will contact you.</source>
        <translation>チームのお支払い方法は請求書払いのため、プレミアム サポートは営業担当者を通じてご購入いただきます。ご要望をお知らせください。担当者からご連絡します。</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>メッセージ(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Phone (optional):</source>
        <translation>電話番号 (任意)(&amp;P):</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>電話番号 (任意)</translation>
    </message>
    <message>
        <source>Thank you. Your message was sent to your sales representative, who will contact you about Premium Support.</source>
        <translation>ありがとうございます。メッセージを営業担当者に送信しました。プレミアム サポートについて担当者からご連絡します。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>SatisfactionBox</name>
    <message>
        <source>The ticket is open again: rate it once it is solved.</source>
        <translation>このチケットは再開されました。解決済みになってから評価してください。</translation>
    </message>
    <message>
        <source>Your rating of the answer</source>
        <translation>回答の評価</translation>
    </message>
    <message>
        <source>Was the answer good?</source>
        <translation>回答はいかがでしたか？</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良い</translation>
    </message>
    <message>
        <source>Rate the answer good</source>
        <translation>回答を「良い」と評価</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>悪い</translation>
    </message>
    <message>
        <source>Rate the answer bad</source>
        <translation>回答を「悪い」と評価</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>コメント (任意)</translation>
    </message>
    <message>
        <source>Comment on the answer</source>
        <translation>回答へのコメント</translation>
    </message>
    <message>
        <source>Change rating</source>
        <translation>評価を変更</translation>
    </message>
    <message>
        <source>Send rating</source>
        <translation>評価を送信</translation>
    </message>
    <message>
        <source>Rated good on {when}.</source>
        <translation>{when}に「良い」と評価しました。</translation>
    </message>
    <message>
        <source>Rated bad on {when}.</source>
        <translation>{when}に「悪い」と評価しました。</translation>
    </message>
    <message>
        <source>Your comment: “{comment}”</source>
        <translation>あなたのコメント:「{comment}」</translation>
    </message>
    <message>
        <source>Your rating helps support improve. You can change it.</source>
        <translation>評価はサポートの改善に役立ちます。評価は後から変更できます。</translation>
    </message>
</context>
<context>
    <name>SatisfactionTable</name>
    <message>
        <source>Ratings per issue</source>
        <translation>問題別の評価</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良い</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>悪い</translation>
    </message>
    <message>
        <source>Rated good</source>
        <translation>「良い」の評価</translation>
    </message>
    <message>
        <source>Good and bad ratings per issue</source>
        <translation>問題別の「良い」と「悪い」の評価</translation>
    </message>
    <message>
        <source>Tickets rated {first} to {last}, by issue: the last rating each ticket was given, and the share of good ones.</source>
        <translation>{first}〜{last}に評価されたチケット (問題別): 各チケットの最新の評価と、「良い」の割合です。</translation>
    </message>
    <message>
        <source>No ticket was rated in this period.</source>
        <translation>この期間に評価されたチケットはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered by a help article in this period, with no ticket needed.</source>
        <translation>
            <numerusform>この期間に %n 件の質問がヘルプ記事で解決し、チケットは不要でした。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopeSelector</name>
    <message>
        <source>&amp;Tickets:</source>
        <translation>チケット(&amp;T):</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>チーム全体</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>自分のチケット</translation>
    </message>
    <message>
        <source>Whose tickets</source>
        <translation>対象のチケット</translation>
    </message>
</context>
<context>
    <name>SearchNote</name>
    <message>
        <source>No tickets on this computer match. Searching every message on the service…</source>
        <translation>このコンピューターには一致するチケットがありません。サービスですべてのメッセージを検索しています…</translation>
    </message>
    <message>
        <source>No tickets match these filters, in subjects or in any message.</source>
        <translation>件名にもどのメッセージにも、これらのフィルターに一致するチケットはありません。</translation>
    </message>
    <message>
        <source>No tickets match these filters. You are offline: messages are searched only in the conversations opened on this computer.</source>
        <translation>これらのフィルターに一致するチケットはありません。オフラインのため、メッセージはこのコンピューターで開いたことのある会話の中だけで検索されます。</translation>
    </message>
    <message>
        <source>No tickets match these filters. The service could not search just now: messages are searched only in the conversations opened on this computer.</source>
        <translation>これらのフィルターに一致するチケットはありません。サービスで検索できなかったため、メッセージはこのコンピューターで開いたことのある会話の中だけで検索されます。</translation>
    </message>
    <message>
        <source>Searching every message on the service…</source>
        <translation>サービスですべてのメッセージを検索しています…</translation>
    </message>
    <message>
        <source>You are offline: messages are searched only in the conversations opened on this computer.</source>
        <translation>オフラインです。メッセージはこのコンピューターで開いたことのある会話の中だけで検索されます。</translation>
    </message>
    <message>
        <source>The service could not search just now: messages are searched only in the conversations opened on this computer. Change the search to try again.</source>
        <translation>サービスで検索できませんでした。メッセージはこのコンピューターで開いたことのある会話の中だけで検索されます。もう一度試すには、検索語を変更してください。</translation>
    </message>
    <message>
        <source>The service found more tickets than it lists for one search: add words to narrow it.</source>
        <translation>サービスで見つかったチケットが 1 回の検索で表示できる数を超えています。語句を追加して絞り込んでください。</translation>
    </message>
    <message>
        <source>Searched every message, here and on the service.</source>
        <translation>このコンピューターとサービスで、すべてのメッセージを検索しました。</translation>
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
        <translation>Premium Support Desk はすでに実行中ですが、応答がありません。</translation>
    </message>
    <message>
        <source>Wait a moment and start it again. Or close it (if it does not close, end process {pid} in your system&apos;s task manager), then start it again.</source>
        <translation>しばらく待ってから、もう一度起動してください。または、実行中の Premium Support Desk を閉じてから (閉じられない場合は、システムのタスク マネージャーでプロセス {pid}を終了してください)、もう一度起動してください。</translation>
    </message>
    <message>
        <source>Wait a moment and start it again. Or close it (if it does not close, end it in your system&apos;s task manager), then start it again.</source>
        <translation>しばらく待ってから、もう一度起動してください。または、実行中の Premium Support Desk を閉じてから (閉じられない場合は、システムのタスク マネージャーで終了してください)、もう一度起動してください。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The account&apos;s language ({language})</source>
        <translation>アカウントの言語 ({language})</translation>
    </message>
    <message>
        <source>The account&apos;s language</source>
        <translation>アカウントの言語</translation>
    </message>
    <message>
        <source>Chosen at start for this run. A language you choose here is kept.</source>
        <translation>今回は起動時に指定された言語です。ここで選んだ言語は保存されます。</translation>
    </message>
    <message>
        <source>&amp;Notify me when support answers one of my tickets</source>
        <translation>自分のチケットにサポートが回答したら通知する(&amp;N)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Local &amp;demo workspace on this computer</source>
        <translation>このコンピューター上のローカル デモ ワークスペース(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Premium Support server:</source>
        <translation>プレミアム サポート サーバー(&amp;P):</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>サーバー アドレス</translation>
    </message>
    <message>
        <source>The local demo workspace keeps a sample team on this computer. Choose a server to work with your team&apos;s real tickets.</source>
        <translation>ローカル デモ ワークスペースには、このコンピューター上のサンプル チームが保存されています。チームの実際のチケットを扱うには、サーバーを選択してください。</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>オランダ語</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, or choose the local demo workspace.</source>
        <translation>サーバーのアドレスを入力するか、ローカル デモ ワークスペースを選択してください。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Contact support (new ticket)</source>
        <translation>サポートに問い合わせる (新しいチケット)</translation>
    </message>
    <message>
        <source>Contact support: from the subject to the suggested help articles</source>
        <translation>サポートに問い合わせる: 件名から提案されたヘルプ記事へ</translation>
    </message>
    <message>
        <source>Search the ticket list</source>
        <translation>チケット一覧を検索</translation>
    </message>
    <message>
        <source>Clear the search (in the search box or the list)</source>
        <translation>検索をクリア (検索ボックスまたは一覧で)</translation>
    </message>
    <message>
        <source>Refresh the page shown</source>
        <translation>表示中のページを更新</translation>
    </message>
    <message>
        <source>Go to the 1st, 2nd … page of the navigation (the Go menu lists them)</source>
        <translation>ナビゲーションの 1 番目、2 番目… のページへ移動 ([移動] メニューに一覧があります)</translation>
    </message>
    <message>
        <source>Open the selected ticket</source>
        <translation>選択したチケットを開く</translation>
    </message>
    <message>
        <source>The list&apos;s first or last ticket</source>
        <translation>一覧の最初または最後のチケット</translation>
    </message>
    <message>
        <source>Sort the list, show or hide its columns (on a row)</source>
        <translation>一覧の並べ替え、列の表示・非表示 (行の上で)</translation>
    </message>
    <message>
        <source>Insights: the chart&apos;s next bar (first, last)</source>
        <translation>インサイト: グラフの次のバー (最初、最後)</translation>
    </message>
    <message>
        <source>Arrows, {keys}</source>
        <translation>矢印キー、{keys}</translation>
    </message>
    <message>
        <source>Insights: open a bar&apos;s or a tile&apos;s tickets</source>
        <translation>インサイト: バーまたはタイルのチケットを開く</translation>
    </message>
    <message>
        <source>Write a reply (to the open ticket, or the one selected in a list)</source>
        <translation>返信を書く (開いているチケット、または一覧で選択したチケットに)</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>返信を送信</translation>
    </message>
    <message>
        <source>Send a chat line (Shift+Enter: a new line)</source>
        <translation>チャットのメッセージを送信 (Shift+Enter: 改行)</translation>
    </message>
    <message>
        <source>Back (to the list; from a chart&apos;s tickets, to Insights)</source>
        <translation>戻る (一覧へ。グラフのチケットからはインサイトへ)</translation>
    </message>
    <message>
        <source>Close the chat window</source>
        <translation>チャット ウィンドウを閉じる</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボード ショートカット</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>アプリを終了</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Premium Support</source>
        <translation>プレミアム サポートにサインイン</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>For example {email}</source>
        <translation>例: {email}</translation>
    </message>
    <message>
        <source>you@company.example</source>
        <translation>you@company.example</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in</source>
        <translation>サインインしたままにする(&amp;K)</translation>
    </message>
    <message>
        <source>There is no system keyring on this computer to keep you signed in: you will sign in again each time the app starts.</source>
        <translation>システムのキーリングがないため、サインイン状態を保存できません。アプリを起動するたびにサインインが必要です。</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>サーバー アドレス</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>メール アドレス</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>サインイン中…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Local demo workspace on this computer</source>
        <translation>このコンピューター上のローカル デモ ワークスペース</translation>
    </message>
    <message>
        <source>Demo password: {password}</source>
        <translation>デモ用パスワード: {password}</translation>
    </message>
    <message>
        <source>Sign in to a server instead</source>
        <translation>代わりにサーバーにサインイン</translation>
    </message>
    <message>
        <source>Use the local demo workspace</source>
        <translation>ローカル デモ ワークスペースを使用</translation>
    </message>
    <message>
        <source>Please fill in the server, your e-mail address and password.</source>
        <translation>サーバー、メール アドレス、パスワードを入力してください。</translation>
    </message>
</context>
<context>
    <name>SignOutConfirmation</name>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Sign out? What you have not sent stays on this computer, for when you sign in with this account again.</source>
        <translation>サインアウトしますか？未送信の内容はこのコンピューターに保存され、このアカウントで再びサインインすると使えます。</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s), in Drafts and outbox.</source>
        <translation>
            <numerusform>下書き %n 件 (「下書きと送信トレイ」にあります)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting in the outbox: sent when you sign in again.</source>
        <translation>
            <numerusform>送信トレイで待機中のメッセージ %n 件 (再びサインインすると送信されます)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) that could not be sent: in Drafts and outbox, with the reason.</source>
        <translation>
            <numerusform>送信できなかったメッセージ %n 件 (理由とともに「下書きと送信トレイ」にあります)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignedOutPage</name>
    <message>
        <source>You are not signed in. Sign in to see your support tickets.</source>
        <translation>サインインしていません。サポート チケットを表示するにはサインインしてください。</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>サインイン…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
</context>
<context>
    <name>SlaBadge</name>
    <message>
        <source>answered in {span}</source>
        <translation>{span}で応答</translation>
    </message>
    <message>
        <source>answer due in under 1 min</source>
        <comment>a ticket list&apos;s Response cell, under that title: as short as it can be</comment>
        <translation>応答期限まであと 1 分未満</translation>
    </message>
    <message>
        <source>answer due in {span}</source>
        <comment>a ticket list&apos;s Response cell, under that title: as short as it can be</comment>
        <translation>応答期限まであと {span}</translation>
    </message>
    <message>
        <source>answer due in {span}</source>
        <translation>応答期限まであと {span}</translation>
    </message>
    <message>
        <source>overdue by under 1 min</source>
        <comment>a ticket list&apos;s Response cell, under that title: as short as it can be</comment>
        <translation>1 分未満超過</translation>
    </message>
    <message>
        <source>overdue by {span}</source>
        <translation>{span}超過</translation>
    </message>
</context>
<context>
    <name>Spans</name>
    <message numerus="yes">
        <source>within %n hour(s)</source>
        <translation>
            <numerusform>%n 時間以内</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within %n minute(s)</source>
        <translation>
            <numerusform>%n 分以内</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusEventLine</name>
    <message>
        <source>{name} joined the chat</source>
        <translation>{name}さんがチャットに参加しました</translation>
    </message>
    <message>
        <source>You ended the chat</source>
        <translation>あなたがチャットを終了しました</translation>
    </message>
    <message>
        <source>{name} ended the chat</source>
        <translation>{name}さんがチャットを終了しました</translation>
    </message>
    <message>
        <source>You marked this solved</source>
        <translation>あなたが解決済みにしました</translation>
    </message>
    <message>
        <source>{name} marked this solved</source>
        <translation>{name}さんが解決済みにしました</translation>
    </message>
    <message>
        <source>You reopened this</source>
        <translation>あなたがチケットを再開しました</translation>
    </message>
    <message>
        <source>{name} reopened this</source>
        <translation>{name}さんがチケットを再開しました</translation>
    </message>
    <message>
        <source>You set the status to {status}</source>
        <translation>あなたがステータスを「{status}」にしました</translation>
    </message>
    <message>
        <source>{name} set the status to {status}</source>
        <translation>{name}さんがステータスを「{status}」にしました</translation>
    </message>
    <message>
        <source>{what} · {time}</source>
        <translation>{what} · {time}</translation>
    </message>
    <message>
        <source>{what}, {time}</source>
        <translation>{what}、{time}</translation>
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
        <translation>このコンピューター上のチケットのコピーは新しいバージョンの Premium Support Desk で作成されたため、このバージョンでは読み取れません。新しいコピーを作成し、サービスからチケットを再ダウンロードしています。</translation>
    </message>
    <message>
        <source>The copy of your tickets on this computer was damaged. A new copy was made, and your tickets are being downloaded again from the service.</source>
        <translation>このコンピューター上のチケットのコピーが破損していました。新しいコピーを作成し、サービスからチケットを再ダウンロードしています。</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) kept.</source>
        <translation>
            <numerusform>下書き %n 件を保持しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent message(s) kept; they will be sent as usual.</source>
        <translation>
            <numerusform>未送信のメッセージ %n 件を保持しました。通常どおり送信されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Any other drafts or unsent messages were on damaged parts of the file and could not be read.</source>
        <translation>ファイルの破損した部分にあった下書きや未送信のメッセージは読み取れませんでした。</translation>
    </message>
    <message>
        <source>No drafts or unsent messages could be read from it.</source>
        <translation>そのコピーから下書きや未送信のメッセージを読み取ることはできませんでした。</translation>
    </message>
    <message>
        <source>It held no drafts or unsent messages.</source>
        <translation>下書きや未送信のメッセージはありませんでした。</translation>
    </message>
    <message>
        <source>The old copy is kept at: {path}</source>
        <translation>以前のコピーの保存場所: {path}</translation>
    </message>
    <message>
        <source>The damaged copy is kept at: {path}</source>
        <translation>破損したコピーの保存場所: {path}</translation>
    </message>
    <message>
        <source>Still nothing can be saved: free some space first.</source>
        <translation>まだ保存できません。先に空き容量を確保してください。</translation>
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
        <translation>{kind}: {title} (ブラウザで開きます)</translation>
    </message>
    <message>
        <source>Answered — close the form</source>
        <translation>解決しました (フォームを閉じる)</translation>
    </message>
    <message>
        <source>“{title}” answered my question. Closes Contact support without sending; your question is kept as a draft for a week.</source>
        <translation>「{title}」で質問が解決しました。送信せずに「サポートに問い合わせる」を閉じます。質問は下書きとして 1 週間保存されます。</translation>
    </message>
    <message>
        <source>Answered by {title}: close the form without sending</source>
        <translation>{title}で解決: 送信せずにフォームを閉じる</translation>
    </message>
</context>
<context>
    <name>SuggestionsSlot</name>
    <message>
        <source>Help articles that match your question appear here.</source>
        <translation>質問に合うヘルプ記事がここに表示されます。</translation>
    </message>
</context>
<context>
    <name>SupportHoursText</name>
    <message>
        <source>24/7 in English. In Japanese: Monday to Friday, 09:00–17:00 Japan Standard Time.</source>
        <translation>英語は 24 時間 365 日対応。日本語は月曜日から金曜日の 09:00–17:00 (日本標準時) に対応します。</translation>
    </message>
</context>
<context>
    <name>ThumbnailButton</name>
    <message>
        <source>{name}
Loading…</source>
        <translation>{name}
読み込み中…</translation>
    </message>
    <message>
        <source>Loading the image</source>
        <translation>画像を読み込み中</translation>
    </message>
    <message>
        <source>{name}
No preview</source>
        <translation>{name}
プレビューなし</translation>
    </message>
    <message>
        <source>The preview could not be loaded (offline?). Click to try to show it.</source>
        <translation>プレビューを読み込めませんでした (オフラインの可能性があります)。クリックすると表示を試みます。</translation>
    </message>
    <message>
        <source>Show {name} full size</source>
        <translation>{name}を原寸で表示</translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation>画像 {name}</translation>
    </message>
    <message>
        <source>Press Enter to show it full size</source>
        <translation>Enter キーを押すと原寸で表示します</translation>
    </message>
</context>
<context>
    <name>TicketCategory</name>
    <message>
        <source>Sign-in and access</source>
        <translation>サインインとアクセス</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>共有</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>Admin console</source>
        <translation>管理コンソール</translation>
    </message>
    <message>
        <source>Data recovery</source>
        <translation>データの復元</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>連携</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>パフォーマンス</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>TicketChannel</name>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>折り返し電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
</context>
<context>
    <name>TicketExport</name>
    <message>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>送信者</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>First response due</source>
        <translation>最初の応答の期限</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>最初の応答</translation>
    </message>
    <message>
        <source>Response target status</source>
        <translation>応答期限の状況</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>解決日時</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>期限内</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>応答待ち</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>期限超過</translation>
    </message>
</context>
<context>
    <name>TicketFilters</name>
    <message>
        <source>Search subjects and messages… (Ctrl+F)</source>
        <translation>件名とメッセージを検索… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>チケットを検索</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>すべての製品</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>すべてのカテゴリ</translation>
    </message>
    <message>
        <source>New, open or pending</source>
        <translation>新規・対応中・保留中</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
</context>
<context>
    <name>TicketLinks</name>
    <message>
        <source>This link does not name a ticket: {link}</source>
        <translation>このリンクはチケットを指していません: {link}</translation>
    </message>
    <message>
        <source>Looking for ticket #{number}…</source>
        <translation>チケット #{number}を探しています…</translation>
    </message>
    <message>
        <source>Ticket #{number} is not on this computer yet, and the service cannot be reached. Open the link again when you are online.</source>
        <translation>チケット #{number}はまだこのコンピューターになく、サービスにも接続できません。オンラインになってからもう一度リンクを開いてください。</translation>
    </message>
    <message>
        <source>Ticket #{number} is not among the tickets you can see. It may belong to another team, or the link has a typo.</source>
        <translation>チケット #{number}は、表示できるチケットの中にありません。別のチームのチケットか、リンクに誤りがある可能性があります。</translation>
    </message>
    <message>
        <source>Open a ticket link</source>
        <translation>チケットのリンクを開く</translation>
    </message>
</context>
<context>
    <name>TicketListPage</name>
    <message numerus="yes">
        <source>Syncing… %n ticket(s) so far</source>
        <translation>
            <numerusform>同期中… これまでに %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>同期中…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>最新の状態</translation>
    </message>
    <message>
        <source>Live updates are on. Last synced {when}.</source>
        <translation>ライブ更新がオンです。最終同期: {when}。</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>最終同期: {when}</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>マイ チケット</translation>
    </message>
    <message>
        <source>Team tickets</source>
        <translation>チームのチケット</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>マイ リクエスト</translation>
    </message>
    <message>
        <source>Tickets from Insights</source>
        <translation>インサイトのチケット</translation>
    </message>
    <message>
        <source>Your teammates&apos; tickets changed since {date} (earlier ones are not listed here). A reply you send on one shows as from “Colleague”, and the teammate who asked is told.</source>
        <translation>{date}以降に更新されたチーム メンバーのチケットです (それより前のものはここには表示されません)。ここから送信した返信は「同僚」からのものとして表示され、依頼したチーム メンバーに通知されます。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Contact support…</source>
        <translation>サポートに問い合わせる…</translation>
    </message>
    <message>
        <source>Open a new ticket (Ctrl+N)</source>
        <translation>新しいチケットを作成 (Ctrl+N)</translation>
    </message>
    <message>
        <source>The local demo workspace is not running: choose “Start it again” to refresh.</source>
        <translation>ローカル デモ ワークスペースは実行されていません。更新するには「もう一度起動」を選んでください。</translation>
    </message>
    <message>
        <source>Load the newest tickets (F5)</source>
        <translation>最新のチケットを読み込む (F5)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>The tickets could not be loaded: the local demo workspace is not running.</source>
        <translation>チケットを読み込めませんでした。ローカル デモ ワークスペースは実行されていません。</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>検索をクリア</translation>
    </message>
    <message>
        <source>Save this list, as filtered, as a CSV file</source>
        <translation>絞り込んだままのこのリストを CSV ファイルとして保存します</translation>
    </message>
    <message>
        <source>More than 10,000 tickets</source>
        <translation>10,000 件を超えるチケット</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n 件のチケット</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the local demo workspace…</source>
        <translation>ローカル デモ ワークスペースを起動しています…</translation>
    </message>
    <message>
        <source>Loading tickets…</source>
        <translation>チケットを読み込んでいます…</translation>
    </message>
    <message>
        <source>The tickets could not be loaded. Press Refresh to try again.</source>
        <translation>チケットを読み込めませんでした。[更新] を押して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>もう一度試す</translation>
    </message>
    <message>
        <source>No tickets match these filters.</source>
        <translation>この条件に一致するチケットはありません。</translation>
    </message>
    <message>
        <source>Messages are searched in the conversations opened on this computer.</source>
        <translation>メッセージは、このコンピューターで開いたことのある会話の中から検索されます。</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <source>You have no tickets yet.</source>
        <translation>チケットはまだありません。</translation>
    </message>
    <message>
        <source>Nothing to export: this list is empty</source>
        <translation>エクスポートするものはありません: この一覧は空です</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n ticket(s) to {file}.</source>
        <translation>
            <numerusform>%n 件のチケットを {file}にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your team members have no recent tickets.</source>
        <translation>チーム メンバーの最近のチケットはありません。</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>← My tickets</source>
        <translation>← マイ チケット</translation>
    </message>
    <message>
        <source>← Team tickets</source>
        <translation>← チームのチケット</translation>
    </message>
    <message>
        <source>Discard reply</source>
        <translation>返信を破棄</translation>
    </message>
    <message>
        <source>Discard this reply? It has not been sent, and its text will be lost.</source>
        <translation>この返信を破棄しますか？まだ送信されていないため、テキストは失われます。</translation>
    </message>
    <message>
        <source>The callback was not cancelled: {why}</source>
        <translation>折り返し電話はキャンセルされませんでした: {why}</translation>
    </message>
    <message>
        <source>Callback for ticket #{number} cancelled; the ticket stays open.</source>
        <translation>チケット #{number}の折り返し電話をキャンセルしました。チケットは開いたままです。</translation>
    </message>
    <message>
        <source>Callback for ticket #{number} cancelled; the ticket is solved.</source>
        <translation>チケット #{number}の折り返し電話をキャンセルし、解決済みにしました。</translation>
    </message>
    <message>
        <source>Support answered meanwhile: read it, or Send anyway.</source>
        <translation>その間にサポートから回答がありました。お読みいただくか、「このまま送信」を選んでください。</translation>
    </message>
    <message>
        <source>{name} is told by e-mail.</source>
        <translation>{name}さんにメールで通知されます。</translation>
    </message>
    <message>
        <source>Ticket #{number} is marked solved.</source>
        <translation>チケット #{number}を解決済みにしました。</translation>
    </message>
    <message>
        <source>Ticket #{number} is open again.</source>
        <translation>チケット #{number}を再開しました。</translation>
    </message>
    <message>
        <source>← Tickets from Insights</source>
        <translation>← インサイトのチケット</translation>
    </message>
    <message>
        <source>← Get help</source>
        <translation>← ヘルプを受ける</translation>
    </message>
    <message>
        <source>← Drafts</source>
        <translation>← 下書き</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>戻る (Esc)</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Arrow and Page keys scroll it; R writes a reply.</source>
        <translation>矢印キーと Page Up/Page Down キーでスクロールします。R キーで返信を書きます。</translation>
    </message>
    <message>
        <source>This ticket&apos;s conversation has not been downloaded yet. It loads once the local demo workspace is started again.</source>
        <translation>このチケットの会話はまだダウンロードされていません。ローカル デモ ワークスペースをもう一度起動すると読み込まれます。</translation>
    </message>
    <message>
        <source>Offline: this ticket&apos;s conversation has not been downloaded yet. It loads by itself when the connection returns.</source>
        <translation>オフライン: このチケットの会話はまだダウンロードされていません。接続が戻ると自動的に読み込まれます。</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>会話を読み込んでいます…</translation>
    </message>
    <message>
        <source>The local demo workspace is not running: the conversation as last synced.</source>
        <translation>ローカル デモ ワークスペースは実行されていません: 最後に同期した時点の会話です。</translation>
    </message>
    <message>
        <source>Offline: the conversation as last synced.</source>
        <translation>オフライン: 最後に同期した時点の会話です。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Mark solved</source>
        <translation>解決済みにする</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Contact support…</source>
        <translation>サポートに問い合わせる…</translation>
    </message>
    <message>
        <source>Contact support</source>
        <translation>サポートに問い合わせる</translation>
    </message>
    <message>
        <source>Ask a new question that follows up this one</source>
        <translation>このチケットの続きとして新しい質問をする</translation>
    </message>
    <message>
        <source>Show chat window</source>
        <translation>チャット ウィンドウを表示</translation>
    </message>
    <message>
        <source>Follow this chat in a window of its own</source>
        <translation>このチャットを別のウィンドウで表示します</translation>
    </message>
    <message>
        <source>Cancel callback</source>
        <translation>折り返し電話をキャンセル</translation>
    </message>
    <message>
        <source>You no longer need the call: leave the queue. You are asked whether the ticket stays open.</source>
        <translation>電話が不要になった場合: 順番待ちから外れます。チケットを開いたままにするかどうかを確認します。</translation>
    </message>
    <message>
        <source>End chat</source>
        <translation>チャットを終了</translation>
    </message>
    <message>
        <source>End this live chat with support</source>
        <translation>サポートとのこのライブ チャットを終了します</translation>
    </message>
    <message>
        <source>No ticket to show. The ticket you select in the list is shown here.</source>
        <translation>表示するチケットはありません。一覧で選択したチケットがここに表示されます。</translation>
    </message>
    <message>
        <source>Offline: possible once the service answers again.</source>
        <translation>オフライン: サービスが再び応答すると実行できます。</translation>
    </message>
    <message>
        <source>#{number} {subject}</source>
        <translation>#{number} {subject}</translation>
    </message>
    <message>
        <source>opened {created} by {name}</source>
        <translation>{created}に {name}が作成</translation>
    </message>
    <message>
        <source>This ticket was closed while you were writing. Your text is kept below: copy it, then contact support again.</source>
        <translation>入力中にこのチケットが終了しました。入力したテキストは下に残っています。コピーしてから、もう一度サポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>This ticket is closed: it was solved and then quiet for 7 days. To follow up, contact support again.</source>
        <translation>このチケットは終了しています。解決済みになった後、7 日間やり取りがありませんでした。引き続きサポートが必要な場合は、もう一度お問い合わせください。</translation>
    </message>
    <message>
        <source>Chat: waiting for a support agent to join… You are number {position} in the queue.</source>
        <translation>チャット: サポート担当者の参加を待っています… 現在の順番は {position} 番目です。</translation>
    </message>
    <message>
        <source>Chat: waiting for a support agent to join…</source>
        <translation>チャット: サポート担当者の参加を待っています…</translation>
    </message>
    <message>
        <source>Chat: a support agent is with you.</source>
        <translation>チャット: サポート担当者が対応しています。</translation>
    </message>
    <message>
        <source>Chat ended.</source>
        <translation>チャットは終了しました。</translation>
    </message>
    <message>
        <source>Callback to {phone}: number {position} in the queue, about {minutes} min.</source>
        <translation>{phone}への折り返し電話: 順番待ち {position} 番目、約 {minutes} 分。</translation>
    </message>
    <message>
        <source>Callback: calling {phone} now.</source>
        <translation>折り返し電話: {phone}に発信しています。</translation>
    </message>
    <message>
        <source>Callback to {phone} completed.</source>
        <translation>{phone}への折り返し電話が完了しました。</translation>
    </message>
    <message>
        <source>Callback to {phone} cancelled: support answers in writing, here and by e-mail.</source>
        <translation>{phone}への折り返し電話をキャンセルしました。サポートの回答は書面で、こことメールに届きます。</translation>
    </message>
    <message>
        <source>Callback to {phone} cancelled.</source>
        <translation>{phone}への折り返し電話をキャンセルしました。</translation>
    </message>
    <message>
        <source>Callback to {phone} failed: nobody answered.</source>
        <translation>{phone}への折り返し電話に失敗しました。応答がありませんでした。</translation>
    </message>
    <message>
        <source>Answered in time: first response {answered} (target {due}).</source>
        <translation>期限内に応答済み: 最初の応答 {answered} (期限 {due})。</translation>
    </message>
    <message>
        <source>Response target missed: first response {answered}, it was due {due}.</source>
        <translation>応答期限超過: 最初の応答 {answered} (期限 {due})。</translation>
    </message>
    <message>
        <source>Solved without a response from support.</source>
        <translation>サポートが応答する前に解決済みになりました。</translation>
    </message>
    <message>
        <source>Response target missed: the first response was due {due}.</source>
        <translation>応答期限超過: 最初の応答の期限は {due}でした。</translation>
    </message>
    <message>
        <source>Waiting for the first response, due {due}.</source>
        <translation>最初の応答を待っています (期限 {due})。</translation>
    </message>
</context>
<context>
    <name>TicketStatus</name>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>送信者</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>#</source>
        <comment>the Number column&apos;s title, over #1049; kept short</comment>
        <translation>#</translation>
    </message>
    <message>
        <source>{subject}. In a message: {snippet}</source>
        <translation>{subject}。メッセージ内: {snippet}</translation>
    </message>
    <message>
        <source>In time: first answered before its target ran out.</source>
        <translation>期限内: 目標時間内に最初の応答がありました。</translation>
    </message>
    <message>
        <source>Waiting for a first answer, still in time.</source>
        <translation>最初の応答を待っています。まだ期限内です。</translation>
    </message>
    <message>
        <source>Late: first answered after its target ran out.</source>
        <translation>期限超過: 目標時間を過ぎてから最初の応答がありました。</translation>
    </message>
    <message>
        <source>Late: no first answer yet, and its target has run out.</source>
        <translation>期限超過: 最初の応答がまだなく、目標時間を過ぎています。</translation>
    </message>
    <message>
        <source>Response time target: first answer {within}</source>
        <translation>応答時間の目標: {within}に最初の応答</translation>
    </message>
    <message>
        <source>First response due {due}</source>
        <translation>最初の応答の期限: {due}</translation>
    </message>
    <message>
        <source>Counted from {start}, when Japanese support opened.</source>
        <translation>日本語サポートの受付が始まった {start}から数えています。</translation>
    </message>
    <message>
        <source>{subject} — new answer from support</source>
        <translation>{subject} — サポートから新しい回答</translation>
    </message>
</context>
<context>
    <name>TileHint</name>
    <message numerus="yes">
        <source>Show the %n late ticket(s)</source>
        <translation>
            <numerusform>期限超過の %n 件のチケットを表示</numerusform>
        </translation>
    </message>
    <message>
        <source>Opens the list of these tickets. {tickets}</source>
        <translation>これらのチケットの一覧を開きます。{tickets}</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Issue trends: your tickets per week, by category</source>
        <translation>問題の傾向: 週ごとのあなたのチケット (カテゴリ別)</translation>
    </message>
    <message>
        <source>Issue trends</source>
        <translation>問題の傾向</translation>
    </message>
    <message>
        <source>Issue trends are shown when the connection returns.</source>
        <translation>接続が回復すると問題の傾向が表示されます。</translation>
    </message>
    <message>
        <source>Loading issue trends…</source>
        <translation>問題の傾向を読み込んでいます…</translation>
    </message>
    <message>
        <source>No tickets in the last 12 weeks: no trends to show.</source>
        <translation>過去 12 週間にチケットはありません。表示する傾向はありません。</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
</context>
<context>
    <name>UnwritableBanner</name>
    <message>
        <source>&lt;b&gt;Nothing can be saved on this computer&lt;/b&gt; — its disk is full or the app&apos;s folder is read-only. What you write is kept while the app stays open; free some space, then try again.</source>
        <translation>&lt;b&gt;このコンピューターには何も保存できません&lt;/b&gt; — ディスクがいっぱいか、アプリのフォルダーが読み取り専用です。入力した内容はアプリを開いている間は保持されます。空き容量を確保してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Save again</source>
        <translation>もう一度保存</translation>
    </message>
    <message>
        <source>Try saving on this computer again</source>
        <translation>このコンピューターへの保存をもう一度試す</translation>
    </message>
</context>
<context>
    <name>WebinarActions</name>
    <message>
        <source>Add the webinar to a calendar</source>
        <translation>ウェビナーをカレンダーに追加</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>カレンダー ファイル (*.ics)</translation>
    </message>
    <message>
        <source>Save to calendar file…</source>
        <translation>カレンダー ファイルに保存…</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>カレンダーに追加</translation>
    </message>
    <message>
        <source>Open webinar page</source>
        <translation>ウェビナーのページを開く</translation>
    </message>
    <message>
        <source>Save the chosen webinar as a calendar file (.ics)</source>
        <translation>選んだウェビナーをカレンダー ファイル (.ics) として保存</translation>
    </message>
    <message>
        <source>Add the chosen webinar to your calendar app</source>
        <translation>選んだウェビナーをカレンダー アプリに追加</translation>
    </message>
    <message>
        <source>Open the chosen webinar&apos;s page in the browser</source>
        <translation>選んだウェビナーのページをブラウザーで開く</translation>
    </message>
</context>
<context>
    <name>WebinarModel</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>ウェビナー</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>長さ</translation>
    </message>
</context>
<context>
    <name>WebinarTime</name>
    <message>
        <source>{date}, {time} ({zone})</source>
        <translation>{date} {time} ({zone})</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>Too many sign-in attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>サインインの試行回数が多すぎます。%n 秒後にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>サインインの試行回数が多すぎます。%n 分後にもう一度お試しください。</numerusform>
        </translation>
    </message>
</context>
</TS>
