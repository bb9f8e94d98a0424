"""Help-centre catalogue behind Recommendations (R19): articles, videos and courses.

Seed data only. ``popularity`` ranks items across all customers; the top of that
ranking is what a team with no tickets yet is shown.
"""

from __future__ import annotations

from backend.seed.catalogue_spec import CatalogueItem, Localized

CATALOGUE: tuple[CatalogueItem, ...] = (
    # sign_in
    CatalogueItem(
        key="set-up-single-sign-on",
        kind="article",
        category="sign_in",
        product="both",
        url="https://help.example.com/articles/set-up-single-sign-on",
        title=Localized(
            en="Set up single sign-on (SSO) for your team",
            ja="チームのシングル サインオン (SSO) を設定する",
            nl="Single sign-on (SSO) instellen voor je team",
        ),
        summary=Localized(
            en=(
                "Let members sign in to Dropbox and Dash with your company's identity provider. "
                "Choose whether SSO is optional or required and test it before you enforce it."
            ),
            ja=(
                "会社の ID プロバイダで Dropbox と Dash にサインインできるようにします。"
                "SSO を任意にするか必須にするかを選び、適用する前にテストしてください。"
            ),
            nl=(
                "Laat teamleden zich bij Dropbox en Dash aanmelden via de identiteitsprovider van "
                "je bedrijf. Kies of SSO optioneel of verplicht is en test het voordat je het "
                "afdwingt."
            ),
        ),
        popularity=93,
    ),
    CatalogueItem(
        key="sso-okta",
        kind="article",
        category="sign_in",
        product="dropbox",
        url="https://help.example.com/articles/sso-okta",
        title=Localized(
            en="Configure SAML single sign-on with Okta",
            ja="Okta で SAML シングル サインオンを構成する",
            nl="Single sign-on via SAML instellen met Okta",
        ),
        summary=Localized(
            en=(
                "Add the Dropbox app in Okta, copy the sign-in URL and certificate into the admin "
                "console, and assign users or groups."
            ),
            ja=(
                "Okta に Dropbox アプリを追加し、"
                "サインイン URL と証明書を管理コンソールに入力して、"
                "ユーザーまたはグループを割り当てます。"
            ),
            nl=(
                "Voeg de Dropbox-app toe in Okta, neem de aanmeld-URL en het certificaat over in "
                "de beheerconsole en wijs gebruikers of groepen toe."
            ),
        ),
        popularity=57,
    ),
    CatalogueItem(
        key="sso-microsoft-entra-id",
        kind="article",
        category="sign_in",
        product="dropbox",
        url="https://help.example.com/articles/sso-microsoft-entra-id",
        title=Localized(
            en="Configure single sign-on with Microsoft Entra ID (Azure AD)",
            ja="Microsoft Entra ID (Azure AD) でシングル サインオンを構成する",
            nl="Single sign-on configureren met Microsoft Entra ID (Azure AD)",
        ),
        summary=Localized(
            en=(
                "Connect Dropbox to Microsoft Entra ID, formerly Azure AD, for SAML sign-in. "
                "Covers the enterprise app, claims and common certificate errors."
            ),
            ja=(
                "SAML サインインのために Dropbox を Microsoft Entra ID (旧 Azure AD) に接続します。"
                "エンタープライズ アプリ、クレーム、よくある証明書のエラーについて説明します。"
            ),
            nl=(
                "Koppel Dropbox aan Microsoft Entra ID, voorheen Azure AD, om aan te melden via "
                "SAML. Met uitleg over de bedrijfsapp, claims en veelvoorkomende certificaatfouten."
            ),
        ),
        popularity=62,
    ),
    CatalogueItem(
        key="sso-google-workspace",
        kind="article",
        category="sign_in",
        product="both",
        url="https://help.example.com/articles/sso-google-workspace",
        title=Localized(
            en="Use Google Workspace as your single sign-on provider",
            ja="Google Workspace をシングル サインオンのプロバイダとして使用する",
            nl="Google Workspace gebruiken als provider voor single sign-on",
        ),
        summary=Localized(
            en=(
                "Set up Google Workspace as a SAML identity provider so members sign in with their "
                "Google account. Works for Dropbox and Dash."
            ),
            ja=(
                "Google Workspace を SAML ID プロバイダとして設定し、"
                "チーム メンバーが Google アカウントでサインインできるようにします。"
                "Dropbox と Dash の両方で使えます。"
            ),
            nl=(
                "Stel Google Workspace in als SAML-identiteitsprovider, zodat teamleden zich "
                "aanmelden met hun Google-account. Werkt voor Dropbox en Dash."
            ),
        ),
        popularity=45,
    ),
    CatalogueItem(
        key="two-step-verification-video",
        kind="video",
        category="sign_in",
        product="dropbox",
        url="https://help.example.com/videos/require-two-step-verification",
        title=Localized(
            en="Require two-step verification for your team",
            ja="チームで 2 段階認証を必須にする",
            nl="Verificatie in twee stappen verplicht stellen voor je team",
        ),
        summary=Localized(
            en=(
                "A five-minute walkthrough of turning on two-step verification for all members and "
                "helping people who lost their phone."
            ),
            ja=(
                "すべてのチーム メンバーに 2 段階認証を必須にする手順と、"
                "スマートフォンをなくしたメンバーへの対応を 5 分で説明します。"
            ),
            nl=(
                "In vijf minuten zie je hoe je verificatie in twee stappen voor alle teamleden "
                "aanzet en hoe je iemand helpt die zijn telefoon kwijt is."
            ),
        ),
        popularity=64,
        minutes=5,
    ),
    CatalogueItem(
        key="device-approvals-video",
        kind="video",
        category="sign_in",
        product="dropbox",
        url="https://help.example.com/videos/device-approvals",
        title=Localized(
            en="Limit sign-ins with device approvals",
            ja="デバイス承認でサインインを制限する",
            nl="Aanmeldingen beperken met apparaatgoedkeuringen",
        ),
        summary=Localized(
            en=(
                "See how to cap the number of computers and phones each member can link, and how "
                "to approve or remove devices from the admin console."
            ),
            ja=(
                "チーム メンバーごとにリンクできるパソコンとスマートフォンの台数を制限する方法と、"
                "管理コンソールでデバイスを承認または削除する方法を紹介します。"
            ),
            nl=(
                "Bekijk hoe je het aantal computers en telefoons per teamlid beperkt en hoe je "
                "apparaten goedkeurt of verwijdert in de beheerconsole."
            ),
        ),
        popularity=38,
        minutes=4,
    ),
    CatalogueItem(
        key="secure-team-sign-in-course",
        kind="course",
        category="sign_in",
        product="both",
        url="https://help.example.com/learn/secure-team-sign-in",
        title=Localized(
            en="Secure sign-in for your team: SSO, 2-step verification and devices",
            ja="チームのサインインを安全に: SSO、2 段階認証、デバイス管理",
            nl="Veilig aanmelden voor je team: SSO, verificatie in twee stappen en apparaten",
        ),
        summary=Localized(
            en=(
                "A self-paced course for admins that combines single sign-on, two-step "
                "verification and device approvals into one sign-in policy."
            ),
            ja=(
                "シングル サインオン、2 段階認証、"
                "デバイス承認を組み合わせて 1 つのサインイン ポリシーを作る、"
                "管理者向けの自習コースです。"
            ),
            nl=(
                "Een cursus in je eigen tempo voor beheerders: combineer single sign-on, "
                "verificatie in twee stappen en apparaatgoedkeuringen tot één aanmeldbeleid."
            ),
        ),
        popularity=33,
        minutes=45,
    ),
    # sharing
    CatalogueItem(
        key="share-files-and-folders",
        kind="article",
        category="sharing",
        product="dropbox",
        url="https://help.example.com/articles/share-files-and-folders",
        title=Localized(
            en="Share files and folders",
            ja="ファイルとフォルダを共有する",
            nl="Bestanden en mappen delen",
        ),
        summary=Localized(
            en=(
                "Invite people to a folder or send a link to a file, and choose whether they can "
                "view or edit. Works in the desktop app, on the web and on mobile."
            ),
            ja=(
                "フォルダにユーザーを招待したり、ファイルのリンクを送信したりして、"
                "閲覧と編集のどちらを許可するかを選びます。デスクトップ アプリ、ウェブ、"
                "モバイルで使えます。"
            ),
            nl=(
                "Nodig mensen uit voor een map of stuur een link naar een bestand en kies of ze "
                "mogen bekijken of bewerken. Werkt in de desktop-app, op het web en mobiel."
            ),
        ),
        popularity=97,
    ),
    CatalogueItem(
        key="shared-link-settings",
        kind="article",
        category="sharing",
        product="dropbox",
        url="https://help.example.com/articles/shared-link-settings",
        title=Localized(
            en="Change shared link settings: passwords, expiry and access",
            ja="共有リンクの設定を変更する: パスワード、有効期限、アクセス権",
            nl="Instellingen van gedeelde links wijzigen: wachtwoord, vervaldatum en toegang",
        ),
        summary=Localized(
            en=(
                "Protect a shared link with a password, set an expiry date or limit it to team "
                "members. Admins can set the team's default link access."
            ),
            ja=(
                "共有リンクにパスワードや有効期限を設定したり、"
                "チーム メンバーだけに限定したりできます。"
                "管理者はチームのリンクの既定のアクセス権を設定できます。"
            ),
            nl=(
                "Bescherm een gedeelde link met een wachtwoord, stel een vervaldatum in of beperk "
                "hem tot teamleden. Als beheerder stel je de standaardtoegang voor links in."
            ),
        ),
        popularity=77,
    ),
    CatalogueItem(
        key="team-folders",
        kind="article",
        category="sharing",
        product="dropbox",
        url="https://help.example.com/articles/team-folders",
        title=Localized(
            en="Create and manage team folders",
            ja="チーム フォルダを作成して管理する",
            nl="Teammappen maken en beheren",
        ),
        summary=Localized(
            en=(
                "Team folders belong to the team, not to one member, so content stays put when "
                "people leave. Learn how to create them, add groups and set access."
            ),
            ja=(
                "チーム フォルダは個々のメンバーではなくチームが所有するため、"
                "メンバーが退職してもコンテンツが残ります。作成方法、グループの追加、"
                "アクセス権の設定を説明します。"
            ),
            nl=(
                "Teammappen zijn van het team en niet van één teamlid, dus de inhoud blijft als "
                "iemand vertrekt. Lees hoe je ze maakt, groepen toevoegt en toegang instelt."
            ),
        ),
        popularity=68,
    ),
    CatalogueItem(
        key="transfer-shared-folder-ownership",
        kind="article",
        category="sharing",
        product="dropbox",
        url="https://help.example.com/articles/transfer-shared-folder-ownership",
        title=Localized(
            en="Transfer ownership of a shared folder",
            ja="共有フォルダの所有権を譲渡する",
            nl="Eigendom van een gedeelde map overdragen",
        ),
        summary=Localized(
            en=(
                "Make another member the owner of a shared folder before the current owner leaves, "
                "so that nobody loses access."
            ),
            ja=(
                "現在の所有者が退職する前に別のチーム メンバーを共有フォルダの所有者にして、"
                "誰もアクセスを失わないようにします。"
            ),
            nl=(
                "Maak een ander teamlid eigenaar van een gedeelde map voordat de huidige eigenaar "
                "vertrekt, zodat niemand de toegang verliest."
            ),
        ),
        popularity=52,
    ),
    CatalogueItem(
        key="share-with-links-video",
        kind="video",
        category="sharing",
        product="dropbox",
        url="https://help.example.com/videos/share-with-links",
        title=Localized(
            en="Share with view-only or edit links",
            ja="閲覧のみ・編集可能なリンクで共有する",
            nl="Delen met links om te bekijken of te bewerken",
        ),
        summary=Localized(
            en=(
                "Watch how to create a link, pick view or edit access and stop sharing again when "
                "a project ends."
            ),
            ja=(
                "リンクを作成し、閲覧または編集のアクセス権を選び、"
                "プロジェクトが終わったら共有を停止する方法を動画で紹介します。"
            ),
            nl=(
                "Bekijk hoe je een link maakt, kiest tussen bekijken en bewerken en het delen weer "
                "stopzet als een project klaar is."
            ),
        ),
        popularity=71,
        minutes=3,
    ),
    CatalogueItem(
        key="sharing-policies-video",
        kind="video",
        category="sharing",
        product="dropbox",
        url="https://help.example.com/videos/team-sharing-policies",
        title=Localized(
            en="Set team-wide sharing policies",
            ja="チーム全体の共有ポリシーを設定する",
            nl="Deelbeleid voor het hele team instellen",
        ),
        summary=Localized(
            en=(
                "A walkthrough of the sharing settings in the admin console: who can share outside "
                "the team, who can join outside folders and default link access."
            ),
            ja=(
                "チーム外との共有を許可するユーザー、外部フォルダへの参加、"
                "リンクの既定のアクセス権など、管理コンソールの共有設定を順に説明します。"
            ),
            nl=(
                "Een rondleiding langs de deelinstellingen in de beheerconsole: wie buiten het "
                "team mag delen, wie externe mappen mag openen en de standaardtoegang voor links."
            ),
        ),
        popularity=49,
        minutes=6,
    ),
    CatalogueItem(
        key="plan-team-folders-course",
        kind="course",
        category="sharing",
        product="dropbox",
        url="https://help.example.com/learn/plan-your-team-folders",
        title=Localized(
            en="Plan a team folder structure that scales",
            ja="拡張しやすいチーム フォルダの構成を計画する",
            nl="Een teammapstructuur plannen die meegroeit",
        ),
        summary=Localized(
            en=(
                "Design team folders, groups and permissions for departments and projects, and "
                "move away from personal folders without breaking links."
            ),
            ja=(
                "部署やプロジェクトに合わせてチーム フォルダ、グループ、権限を設計し、"
                "リンクを壊さずに個人フォルダから移行する方法を学びます。"
            ),
            nl=(
                "Ontwerp teammappen, groepen en rechten voor afdelingen en projecten, en stap over "
                "van persoonlijke mappen zonder links kapot te maken."
            ),
        ),
        popularity=29,
        minutes=40,
    ),
    # sync
    CatalogueItem(
        key="fix-sync-conflicts",
        kind="article",
        category="sync",
        product="dropbox",
        url="https://help.example.com/articles/fix-sync-conflicts",
        title=Localized(
            en="Fix sync conflicts and conflicted copies",
            ja="同期の競合と競合コピーを解決する",
            nl="Synchronisatieconflicten en conflicterende kopieën oplossen",
        ),
        summary=Localized(
            en=(
                "Find out why a conflicted copy appears when two people edit a file at once, and "
                "how to merge the changes and avoid it next time."
            ),
            ja=(
                "2 人が同時にファイルを編集すると競合コピーが作成される理由と、"
                "変更を統合して再発を防ぐ方法を説明します。"
            ),
            nl=(
                "Ontdek waarom er een conflicterende kopie ontstaat als twee mensen tegelijk een "
                "bestand bewerken, en hoe je de wijzigingen samenvoegt en het voortaan voorkomt."
            ),
        ),
        popularity=95,
    ),
    CatalogueItem(
        key="online-only-files",
        kind="article",
        category="sync",
        product="dropbox",
        url="https://help.example.com/articles/online-only-files",
        title=Localized(
            en="Save disk space with online-only files",
            ja="オンライン専用ファイルでディスク容量を節約する",
            nl="Schijfruimte besparen met alleen-online bestanden",
        ),
        summary=Localized(
            en=(
                "Make files online-only so they stay in Dropbox but take no space on the computer. "
                "Admins can set the default for new members."
            ),
            ja=(
                "ファイルをオンライン専用にすると、"
                "Dropbox に保存したままパソコンの容量を使いません。"
                "管理者は新しいメンバーの既定の設定を指定できます。"
            ),
            nl=(
                "Maak bestanden alleen-online, dan blijven ze in Dropbox staan zonder ruimte op je "
                "computer in te nemen. Als beheerder kies je de standaard voor nieuwe teamleden."
            ),
        ),
        popularity=76,
    ),
    CatalogueItem(
        key="selective-sync",
        kind="article",
        category="sync",
        product="dropbox",
        url="https://help.example.com/articles/selective-sync",
        title=Localized(
            en="Choose which folders sync with selective sync",
            ja="選択型同期で同期するフォルダを選ぶ",
            nl="Met selectieve synchronisatie kiezen welke mappen synchroniseren",
        ),
        summary=Localized(
            en=(
                "Keep large or rarely used folders off a computer with selective sync, and learn "
                "how it differs from online-only files."
            ),
            ja=(
                "選択型同期を使うと、"
                "容量の大きいフォルダやあまり使わないフォルダをパソコンに同期しないようにできます。"
                "オンライン専用ファイルとの違いも説明します。"
            ),
            nl=(
                "Houd grote of zelden gebruikte mappen van je computer met selectieve "
                "synchronisatie, en lees hoe dat verschilt van alleen-online bestanden."
            ),
        ),
        popularity=63,
    ),
    CatalogueItem(
        key="files-not-syncing",
        kind="article",
        category="sync",
        product="dropbox",
        url="https://help.example.com/articles/files-not-syncing",
        title=Localized(
            en="Files not syncing? Check these first",
            ja="ファイルが同期されない場合に最初に確認すること",
            nl="Bestanden synchroniseren niet? Controleer eerst dit",
        ),
        summary=Localized(
            en=(
                "A checklist for stuck syncs: the desktop app status, file names the system cannot "
                "use, paused syncing, storage space and firewall settings."
            ),
            ja=(
                "同期が止まったときのチェックリストです。デスクトップ アプリの状態、"
                "使用できないファイル名、同期の一時停止、空き容量、"
                "ファイアウォールの設定を確認します。"
            ),
            nl=(
                "Een checklist als de synchronisatie vastloopt: de status van de desktop-app, "
                "ongeldige bestandsnamen, gepauzeerde synchronisatie, opslagruimte en "
                "firewallinstellingen."
            ),
        ),
        popularity=82,
    ),
    CatalogueItem(
        key="online-only-files-video",
        kind="video",
        category="sync",
        product="dropbox",
        url="https://help.example.com/videos/online-only-and-offline-files",
        title=Localized(
            en="How online-only and offline files work",
            ja="オンライン専用ファイルとオフライン ファイルのしくみ",
            nl="Zo werken alleen-online en offline bestanden",
        ),
        summary=Localized(
            en=(
                "A short animation about Smart Sync: what the file icons mean, what happens when "
                "you open an online-only file and how to keep files offline."
            ),
            ja=(
                "スマート シンクを短いアニメーションで紹介します。ファイル アイコンの意味、"
                "オンライン専用ファイルを開いたときの動作、"
                "ファイルをオフラインで使う方法がわかります。"
            ),
            nl=(
                "Een korte animatie over Smart Sync: wat de bestandspictogrammen betekenen, wat er "
                "gebeurt als je een alleen-online bestand opent en hoe je bestanden offline "
                "bewaart."
            ),
        ),
        popularity=54,
        minutes=4,
    ),
    CatalogueItem(
        key="deploy-desktop-app-course",
        kind="course",
        category="sync",
        product="dropbox",
        url="https://help.example.com/learn/deploy-the-desktop-app",
        title=Localized(
            en="Roll out the desktop app to your team",
            ja="チームにデスクトップ アプリを展開する",
            nl="De desktop-app uitrollen in je team",
        ),
        summary=Localized(
            en=(
                "Install the desktop app with your device management tool, choose sync defaults "
                "and move existing files in without flooding the network."
            ),
            ja=(
                "デバイス管理ツールでデスクトップ アプリをインストールし、"
                "同期の既定の設定を選んで、"
                "ネットワークに負荷をかけずに既存のファイルを移行する方法を学びます。"
            ),
            nl=(
                "Installeer de desktop-app met je tool voor apparaatbeheer, kies "
                "standaardinstellingen voor synchronisatie en zet bestaande bestanden over zonder "
                "het netwerk te overbelasten."
            ),
        ),
        popularity=31,
        minutes=60,
    ),
    # billing
    CatalogueItem(
        key="manage-licences",
        kind="article",
        category="billing",
        product="both",
        url="https://help.example.com/articles/manage-licences",
        title=Localized(
            en="Add or remove licences",
            ja="ライセンスを追加または削除する",
            nl="Licenties toevoegen of verwijderen",
        ),
        summary=Localized(
            en=(
                "Buy more licences when your team grows, or remove unused ones before the renewal "
                "date. See how the pro-rata amount is calculated."
            ),
            ja=(
                "チームの拡大に合わせてライセンスを購入したり、"
                "更新日の前に未使用のライセンスを削除したりできます。"
                "日割り金額の計算方法も説明します。"
            ),
            nl=(
                "Koop extra licenties als je team groeit of verwijder ongebruikte licenties vóór "
                "de verlengingsdatum. Lees ook hoe het pro-ratabedrag wordt berekend."
            ),
        ),
        popularity=72,
    ),
    CatalogueItem(
        key="download-invoices",
        kind="article",
        category="billing",
        product="both",
        url="https://help.example.com/articles/download-invoices",
        title=Localized(
            en="Find and download invoices",
            ja="請求書を確認してダウンロードする",
            nl="Facturen vinden en downloaden",
        ),
        summary=Localized(
            en=(
                "Download invoices and receipts from the Billing page, add your VAT number and "
                "change the billing address shown on them."
            ),
            ja=(
                "請求ページから請求書と領収書をダウンロードできます。VAT 番号の追加や、"
                "請求書に記載される請求先住所の変更も行えます。"
            ),
            nl=(
                "Download facturen en betaalbewijzen via de pagina Facturering, voeg je btw-nummer "
                "toe en wijzig het factuuradres dat erop staat."
            ),
        ),
        popularity=78,
    ),
    CatalogueItem(
        key="change-payment-method",
        kind="article",
        category="billing",
        product="both",
        url="https://help.example.com/articles/change-payment-method",
        title=Localized(
            en="Change the payment method or billing contact",
            ja="支払い方法または請求先の連絡先を変更する",
            nl="Betaalmethode of factuurcontact wijzigen",
        ),
        summary=Localized(
            en=(
                "Update the card on file or ask to switch to paying by invoice. Teams that pay by "
                "invoice contact their sales representative."
            ),
            ja=(
                "登録済みのカードを更新したり、請求書払いへの切り替えを依頼したりできます。"
                "請求書払いのチームは営業担当者にお問い合わせください。"
            ),
            nl=(
                "Werk de opgeslagen kaart bij of vraag om over te stappen op betalen per factuur. "
                "Betaal je per factuur, neem dan contact op met je verkoopmedewerker."
            ),
        ),
        popularity=58,
    ),
    CatalogueItem(
        key="change-plan-or-billing-cycle",
        kind="article",
        category="billing",
        product="both",
        url="https://help.example.com/articles/change-plan-or-billing-cycle",
        title=Localized(
            en="Change your plan or billing cycle",
            ja="プランまたは請求サイクルを変更する",
            nl="Je abonnement of factureringscyclus wijzigen",
        ),
        summary=Localized(
            en=(
                "Move to another plan or from monthly to yearly billing. Upgrades start right "
                "away; downgrades take effect on the renewal date."
            ),
            ja=(
                "プランの変更や、月払いから年払いへの切り替えができます。"
                "アップグレードはすぐに反映され、ダウングレードは更新日に適用されます。"
            ),
            nl=(
                "Stap over naar een ander abonnement of van maandelijks naar jaarlijks betalen. "
                "Een upgrade gaat direct in, een downgrade op de verlengingsdatum."
            ),
        ),
        popularity=44,
    ),
    CatalogueItem(
        key="assign-dash-licences",
        kind="article",
        category="billing",
        product="dash",
        url="https://help.example.com/articles/assign-dash-licences",
        title=Localized(
            en="Assign Dash licences to team members",
            ja="チーム メンバーに Dash のライセンスを割り当てる",
            nl="Dash-licenties toewijzen aan teamleden",
        ),
        summary=Localized(
            en=(
                "Give Dash to the whole team or to selected groups, and see how Dash licences "
                "appear on your invoice."
            ),
            ja=(
                "Dash をチーム全体または特定のグループに割り当てる方法と、"
                "Dash のライセンスが請求書にどのように記載されるかを説明します。"
            ),
            nl=(
                "Geef Dash aan het hele team of aan bepaalde groepen, en zie hoe Dash-licenties op "
                "je factuur staan."
            ),
        ),
        popularity=36,
    ),
    CatalogueItem(
        key="billing-page-tour-video",
        kind="video",
        category="billing",
        product="both",
        url="https://help.example.com/videos/billing-page-tour",
        title=Localized(
            en="A tour of the Billing page",
            ja="請求ページの紹介",
            nl="Een rondleiding door de pagina Facturering",
        ),
        summary=Localized(
            en=(
                "See where to find licences, invoices, the renewal date and available add-ons such "
                "as Premium Support, all in four minutes."
            ),
            ja=(
                "ライセンス、請求書、更新日、"
                "プレミアム サポートなどの利用可能なアドオンがどこにあるかを 4 分で紹介します。"
            ),
            nl=(
                "Zie in vier minuten waar je licenties, facturen, de verlengingsdatum en "
                "beschikbare add-ons zoals Premium Support vindt."
            ),
        ),
        popularity=41,
        minutes=4,
    ),
    # admin_console
    CatalogueItem(
        key="admin-roles",
        kind="article",
        category="admin_console",
        product="both",
        url="https://help.example.com/articles/admin-roles",
        title=Localized(
            en="Admin roles and what each one can do",
            ja="管理者の役割とそれぞれの権限",
            nl="Beheerdersrollen en wat elke rol mag",
        ),
        summary=Localized(
            en=(
                "Compare team admin, user management admin, support admin and billing admin, and "
                "give each person only the access they need."
            ),
            ja=(
                "チーム管理者、ユーザー管理の管理者、サポート管理者、請求管理者の違いを比べ、"
                "必要な権限だけを付与する方法を説明します。"
            ),
            nl=(
                "Vergelijk teambeheerder, gebruikersbeheerder, supportbeheerder en "
                "factureringsbeheerder, en geef iedereen alleen de toegang die nodig is."
            ),
        ),
        popularity=74,
    ),
    CatalogueItem(
        key="audit-log",
        kind="article",
        category="admin_console",
        product="dropbox",
        url="https://help.example.com/articles/audit-log",
        title=Localized(
            en="Review team activity in the audit log",
            ja="監査ログでチームのアクティビティを確認する",
            nl="Teamactiviteit bekijken in het auditlogboek",
        ),
        summary=Localized(
            en=(
                "Filter sign-in, sharing, file and admin events by member or date, and export the "
                "results as a CSV file for your security team."
            ),
            ja=(
                "サインイン、共有、ファイル、管理者の操作をメンバーや日付で絞り込み、"
                "結果を CSV ファイルとしてエクスポートしてセキュリティ チームに渡せます。"
            ),
            nl=(
                "Filter aanmeldingen, deelacties, bestands- en beheeracties op teamlid of datum, "
                "en exporteer het resultaat als csv-bestand voor je securityteam."
            ),
        ),
        popularity=69,
    ),
    CatalogueItem(
        key="suspend-a-member",
        kind="article",
        category="admin_console",
        product="both",
        url="https://help.example.com/articles/suspend-a-member",
        title=Localized(
            en="Suspend a team member",
            ja="チーム メンバーを一時停止する",
            nl="Een teamlid tijdelijk blokkeren",
        ),
        summary=Localized(
            en=(
                "Block a member's access right away while keeping their files and sharing intact, "
                "for example during leave or an investigation."
            ),
            ja=(
                "ファイルや共有設定はそのままにして、メンバーのアクセスをすぐに停止します。"
                "休職中や調査中などに使います。"
            ),
            nl=(
                "Blokkeer direct de toegang van een teamlid terwijl bestanden en gedeelde mappen "
                "blijven zoals ze zijn, bijvoorbeeld tijdens verlof of een onderzoek."
            ),
        ),
        popularity=66,
    ),
    CatalogueItem(
        key="offboard-a-member",
        kind="article",
        category="admin_console",
        product="both",
        url="https://help.example.com/articles/offboard-a-member",
        title=Localized(
            en="Remove a member and transfer their files",
            ja="メンバーを削除してファイルを移管する",
            nl="Een teamlid verwijderen en de bestanden overdragen",
        ),
        summary=Localized(
            en=(
                "Offboard someone who leaves: wipe linked devices, transfer their files to another "
                "member and free up the licence."
            ),
            ja=(
                "退職するメンバーのオフボーディングを行います。"
                "リンク済みのデバイスのデータを消去し、ファイルを別のメンバーに移管して、"
                "ライセンスを解放します。"
            ),
            nl=(
                "Zo laat je iemand vertrekken: wis gekoppelde apparaten, draag de bestanden over "
                "aan een ander teamlid en maak de licentie vrij."
            ),
        ),
        popularity=70,
    ),
    CatalogueItem(
        key="dash-admin-console",
        kind="article",
        category="admin_console",
        product="dash",
        url="https://help.example.com/articles/dash-admin-console",
        title=Localized(
            en="Manage Dash settings in the admin console",
            ja="管理コンソールで Dash の設定を管理する",
            nl="Dash-instellingen beheren in de beheerconsole",
        ),
        summary=Localized(
            en=(
                "Turn Dash on for the team, decide which connectors members may use and control "
                "what Dash shows in search results."
            ),
            ja=(
                "チームで Dash を有効にし、メンバーが使用できるコネクタを決めて、"
                "Dash の検索結果に表示する内容を管理します。"
            ),
            nl=(
                "Zet Dash aan voor je team, bepaal welke connectors teamleden mogen gebruiken en "
                "regel wat Dash in de zoekresultaten toont."
            ),
        ),
        popularity=46,
    ),
    CatalogueItem(
        key="admin-console-tour-video",
        kind="video",
        category="admin_console",
        product="both",
        url="https://help.example.com/videos/admin-console-tour",
        title=Localized(
            en="A tour of the admin console",
            ja="管理コンソールの紹介",
            nl="Een rondleiding door de beheerconsole",
        ),
        summary=Localized(
            en=(
                "Get to know the members, content, activity, billing and settings pages of the "
                "admin console in six minutes."
            ),
            ja=(
                "管理コンソールのメンバー、コンテンツ、アクティビティ、請求、"
                "設定の各ページを 6 分で紹介します。"
            ),
            nl=(
                "Leer in zes minuten de pagina's voor teamleden, inhoud, activiteit, facturering "
                "en instellingen in de beheerconsole kennen."
            ),
        ),
        popularity=60,
        minutes=6,
    ),
    CatalogueItem(
        key="activity-reports-video",
        kind="video",
        category="admin_console",
        product="dropbox",
        url="https://help.example.com/videos/activity-reports",
        title=Localized(
            en="Read and export activity reports",
            ja="アクティビティ レポートを確認してエクスポートする",
            nl="Activiteitsrapporten lezen en exporteren",
        ),
        summary=Localized(
            en=(
                "Learn to spot unusual sharing or mass deletions in activity reports, and schedule "
                "regular exports for compliance."
            ),
            ja=(
                "アクティビティ レポートで普段と異なる共有や大量の削除を見つける方法と、"
                "コンプライアンスのために定期的にエクスポートする方法を紹介します。"
            ),
            nl=(
                "Leer ongebruikelijk delen of massaal verwijderen te herkennen in "
                "activiteitsrapporten, en plan regelmatige exports voor compliance."
            ),
        ),
        popularity=43,
        minutes=5,
    ),
    CatalogueItem(
        key="admin-essentials-course",
        kind="course",
        category="admin_console",
        product="both",
        url="https://help.example.com/learn/admin-essentials",
        title=Localized(
            en="Admin essentials for Dropbox teams",
            ja="Dropbox チーム管理者の基本",
            nl="Basiskennis voor beheerders van Dropbox-teams",
        ),
        summary=Localized(
            en=(
                "A four-module course on inviting members, groups, sharing settings and security "
                "basics, with a short quiz after each module."
            ),
            ja=(
                "メンバーの招待、グループ、共有設定、"
                "セキュリティの基本を 4 つのモジュールで学ぶコースです。"
                "各モジュールの後に短いクイズがあります。"
            ),
            nl=(
                "Een cursus in vier modules over teamleden uitnodigen, groepen, deelinstellingen "
                "en de basis van beveiliging, met na elke module een korte quiz."
            ),
        ),
        popularity=52,
        minutes=90,
    ),
    # data_recovery
    CatalogueItem(
        key="restore-deleted-files",
        kind="article",
        category="data_recovery",
        product="dropbox",
        url="https://help.example.com/articles/restore-deleted-files",
        title=Localized(
            en="Restore deleted files and folders",
            ja="削除したファイルとフォルダを復元する",
            nl="Verwijderde bestanden en mappen herstellen",
        ),
        summary=Localized(
            en=(
                "Bring back deleted files from the Deleted files page within your plan's recovery "
                "period, one by one or in bulk."
            ),
            ja=(
                "プランの復元期間内であれば、削除済みファイルのページから、"
                "削除したファイルを 1 つずつ、またはまとめて復元できます。"
            ),
            nl=(
                "Haal verwijderde bestanden terug via de pagina Verwijderde bestanden, los of "
                "allemaal tegelijk, zolang de herstelperiode van je abonnement loopt."
            ),
        ),
        popularity=99,
    ),
    CatalogueItem(
        key="version-history",
        kind="article",
        category="data_recovery",
        product="dropbox",
        url="https://help.example.com/articles/version-history",
        title=Localized(
            en="Restore an earlier version of a file",
            ja="ファイルの以前のバージョンを復元する",
            nl="Een eerdere versie van een bestand terugzetten",
        ),
        summary=Localized(
            en=(
                "Open version history to see who changed a file and when, preview older versions "
                "and restore the one you need."
            ),
            ja=(
                "バージョン履歴では、ファイルを変更したユーザーと日時を確認し、"
                "以前のバージョンをプレビューして必要なものを復元できます。"
            ),
            nl=(
                "Open de versiegeschiedenis om te zien wie een bestand wanneer heeft gewijzigd, "
                "bekijk oudere versies en zet de versie terug die je nodig hebt."
            ),
        ),
        popularity=79,
    ),
    CatalogueItem(
        key="rewind-video",
        kind="video",
        category="data_recovery",
        product="dropbox",
        url="https://help.example.com/videos/rewind-a-folder-or-account",
        title=Localized(
            en="Rewind a folder or a whole account",
            ja="フォルダまたはアカウント全体を巻き戻す",
            nl="Een map of een heel account terugdraaien",
        ),
        summary=Localized(
            en=(
                "Use Dropbox Rewind to roll a folder or account back to a moment before files were "
                "damaged, deleted or moved by mistake."
            ),
            ja=(
                "Dropbox Rewind を使うと、ファイルが誤って破損、削除、"
                "移動される前の時点にフォルダやアカウントを戻せます。"
            ),
            nl=(
                "Met Dropbox Rewind zet je een map of account terug naar een moment voordat "
                "bestanden per ongeluk zijn beschadigd, verwijderd of verplaatst."
            ),
        ),
        popularity=67,
        minutes=3,
    ),
    CatalogueItem(
        key="ransomware-recovery",
        kind="article",
        category="data_recovery",
        product="dropbox",
        url="https://help.example.com/articles/ransomware-recovery",
        title=Localized(
            en="Recover files after a ransomware attack",
            ja="ランサムウェアの被害からファイルを復元する",
            nl="Bestanden herstellen na een ransomware-aanval",
        ),
        summary=Localized(
            en=(
                "Stop the infected device from syncing, find when the encryption started and "
                "restore the affected files in one go."
            ),
            ja=(
                "感染したデバイスの同期を停止し、暗号化が始まった時点を特定して、"
                "影響を受けたファイルをまとめて復元します。"
            ),
            nl=(
                "Stop de synchronisatie op het besmette apparaat, zoek uit wanneer de "
                "versleuteling begon en herstel de getroffen bestanden in één keer."
            ),
        ),
        popularity=56,
    ),
    CatalogueItem(
        key="restore-removed-member-files",
        kind="article",
        category="data_recovery",
        product="dropbox",
        url="https://help.example.com/articles/restore-removed-member-files",
        title=Localized(
            en="Recover the files of a removed member",
            ja="削除したメンバーのファイルを復元する",
            nl="Bestanden van een verwijderd teamlid terughalen",
        ),
        summary=Localized(
            en=(
                "Removed a member without transferring their files? For a limited time you can "
                "restore the account and move the files to someone else."
            ),
            ja=(
                "ファイルを移管せずにメンバーを削除した場合でも、"
                "一定期間内であればアカウントを復元して、ファイルを別のメンバーに移せます。"
            ),
            nl=(
                "Heb je een teamlid verwijderd zonder de bestanden over te dragen? Dan kun je het "
                "account nog een tijdje herstellen en de bestanden naar iemand anders verplaatsen."
            ),
        ),
        popularity=37,
    ),
    CatalogueItem(
        key="restore-deleted-files-video",
        kind="video",
        category="data_recovery",
        product="dropbox",
        url="https://help.example.com/videos/restore-deleted-files",
        title=Localized(
            en="Bring back deleted files in three steps",
            ja="3 ステップで削除したファイルを元に戻す",
            nl="Verwijderde bestanden terughalen in drie stappen",
        ),
        summary=Localized(
            en=(
                "Watch how to find a deleted file on the web, restore it and check that it is back "
                "on every linked device."
            ),
            ja=(
                "ウェブで削除したファイルを見つけて復元し、"
                "リンクしたすべてのデバイスに戻ったことを確認する方法を動画で紹介します。"
            ),
            nl=(
                "Bekijk hoe je een verwijderd bestand op het web terugvindt, het herstelt en "
                "controleert of het weer op al je gekoppelde apparaten staat."
            ),
        ),
        popularity=73,
        minutes=4,
    ),
    CatalogueItem(
        key="ransomware-readiness-course",
        kind="course",
        category="data_recovery",
        product="dropbox",
        url="https://help.example.com/learn/ransomware-readiness",
        title=Localized(
            en="Prepare your team for ransomware",
            ja="ランサムウェアに備えてチームを準備する",
            nl="Je team voorbereiden op ransomware",
        ),
        summary=Localized(
            en=(
                "Build a recovery plan before you need it: alerts, version history, Rewind, remote "
                "device wipes and who does what during an incident."
            ),
            ja=(
                "アラート、バージョン履歴、Rewind、デバイスのリモート消去、"
                "インシデント発生時の役割分担など、いざというときの復元計画を事前に作ります。"
            ),
            nl=(
                "Maak een herstelplan voordat je het nodig hebt: meldingen, versiegeschiedenis, "
                "Rewind, apparaten op afstand wissen en wie wat doet tijdens een incident."
            ),
        ),
        popularity=26,
        minutes=50,
    ),
    # integrations
    CatalogueItem(
        key="connect-apps-to-dash",
        kind="article",
        category="integrations",
        product="dash",
        url="https://help.example.com/articles/connect-apps-to-dash",
        title=Localized(
            en="Connect your team's apps to Dash",
            ja="チームのアプリを Dash に接続する",
            nl="De apps van je team koppelen aan Dash",
        ),
        summary=Localized(
            en=(
                "Add connectors so Dash can search the tools your team already uses. Members only "
                "see content they already have access to."
            ),
            ja=(
                "コネクタを追加すると、チームが普段使っているツールを Dash で検索できます。"
                "メンバーに表示されるのは、もともとアクセス権のあるコンテンツだけです。"
            ),
            nl=(
                "Voeg connectors toe, zodat Dash kan zoeken in de tools die je team al gebruikt. "
                "Teamleden zien alleen inhoud waar ze al toegang toe hebben."
            ),
        ),
        popularity=64,
    ),
    CatalogueItem(
        key="dash-slack-connector",
        kind="article",
        category="integrations",
        product="dash",
        url="https://help.example.com/articles/dash-slack-connector",
        title=Localized(
            en="Connect Slack to Dash",
            ja="Slack を Dash に接続する",
            nl="Slack koppelen aan Dash",
        ),
        summary=Localized(
            en=(
                "Let Dash find messages and files from public Slack channels, and choose whether "
                "members may add private channels too."
            ),
            ja=(
                "Slack の公開チャンネルのメッセージやファイルを Dash で検索できるようにし、"
                "メンバーがプライベート チャンネルも追加できるかどうかを選びます。"
            ),
            nl=(
                "Laat Dash berichten en bestanden uit openbare Slack-kanalen vinden en kies of "
                "teamleden ook privékanalen mogen toevoegen."
            ),
        ),
        popularity=51,
    ),
    CatalogueItem(
        key="dash-google-drive-connector",
        kind="article",
        category="integrations",
        product="dash",
        url="https://help.example.com/articles/dash-google-drive-connector",
        title=Localized(
            en="Connect Google Drive to Dash",
            ja="Google ドライブを Dash に接続する",
            nl="Google Drive koppelen aan Dash",
        ),
        summary=Localized(
            en=(
                "Search Google Docs, Sheets and Slides from Dash. Covers admin consent in Google "
                "Workspace and how long the first indexing takes."
            ),
            ja=(
                "Dash から Google ドキュメント、スプレッドシート、スライドを検索できます。"
                "Google Workspace での管理者の同意と、"
                "初回のインデックス作成にかかる時間を説明します。"
            ),
            nl=(
                "Doorzoek Google Documenten, Spreadsheets en Presentaties vanuit Dash. Met uitleg "
                "over toestemming in Google Workspace en hoe lang de eerste indexering duurt."
            ),
        ),
        popularity=48,
    ),
    CatalogueItem(
        key="dash-confluence-jira-connectors",
        kind="article",
        category="integrations",
        product="dash",
        url="https://help.example.com/articles/dash-confluence-jira-connectors",
        title=Localized(
            en="Connect Confluence and Jira to Dash",
            ja="Confluence と Jira を Dash に接続する",
            nl="Confluence en Jira koppelen aan Dash",
        ),
        summary=Localized(
            en=(
                "Bring Confluence pages and Jira issues into Dash search through your Atlassian "
                "site, with the same permissions as in Atlassian."
            ),
            ja=(
                "Atlassian サイトを通じて Confluence のページと Jira の課題を Dash "
                "で検索できるようにします。権限は Atlassian の設定がそのまま適用されます。"
            ),
            nl=(
                "Maak Confluence-pagina's en Jira-issues doorzoekbaar in Dash via je "
                "Atlassian-site, met dezelfde rechten als in Atlassian."
            ),
        ),
        popularity=40,
    ),
    CatalogueItem(
        key="dash-microsoft-365-connector",
        kind="article",
        category="integrations",
        product="dash",
        url="https://help.example.com/articles/dash-microsoft-365-connector",
        title=Localized(
            en="Connect Microsoft 365 to Dash",
            ja="Microsoft 365 を Dash に接続する",
            nl="Microsoft 365 koppelen aan Dash",
        ),
        summary=Localized(
            en=(
                "Search Outlook, OneDrive, SharePoint and Teams from Dash once a Microsoft 365 "
                "admin approves the connector for your tenant."
            ),
            ja=(
                "Microsoft 365 の管理者がテナントでコネクタを承認すると、Outlook、OneDrive、"
                "SharePoint、Teams を Dash から検索できます。"
            ),
            nl=(
                "Doorzoek Outlook, OneDrive, SharePoint en Teams vanuit Dash zodra een Microsoft "
                "365-beheerder de connector voor jullie tenant heeft goedgekeurd."
            ),
        ),
        popularity=43,
    ),
    CatalogueItem(
        key="microsoft-teams-video",
        kind="video",
        category="integrations",
        product="dropbox",
        url="https://help.example.com/videos/dropbox-for-microsoft-teams",
        title=Localized(
            en="Use Dropbox in Microsoft Teams",
            ja="Microsoft Teams で Dropbox を使用する",
            nl="Dropbox gebruiken in Microsoft Teams",
        ),
        summary=Localized(
            en=(
                "Add the Dropbox app to Microsoft Teams to share files in chats and channels, and "
                "control the integration from the admin console."
            ),
            ja=(
                "Microsoft Teams に Dropbox アプリを追加すると、"
                "チャットやチャネルでファイルを共有できます。連携は管理コンソールで管理します。"
            ),
            nl=(
                "Voeg de Dropbox-app toe aan Microsoft Teams om bestanden te delen in chats en "
                "kanalen, en beheer de integratie vanuit de beheerconsole."
            ),
        ),
        popularity=55,
        minutes=4,
    ),
    CatalogueItem(
        key="dropbox-for-slack-video",
        kind="video",
        category="integrations",
        product="dropbox",
        url="https://help.example.com/videos/dropbox-for-slack",
        title=Localized(
            en="Share Dropbox files in Slack",
            ja="Slack で Dropbox のファイルを共有する",
            nl="Dropbox-bestanden delen in Slack",
        ),
        summary=Localized(
            en=(
                "See how the Dropbox app for Slack lets people share files, get link previews and "
                "receive notifications without leaving Slack."
            ),
            ja=(
                "Slack 用 Dropbox アプリを使って、Slack から離れずにファイルの共有、"
                "リンクのプレビュー、通知の受信を行う様子を紹介します。"
            ),
            nl=(
                "Zie hoe je met de Dropbox-app voor Slack bestanden deelt, linkvoorbeelden krijgt "
                "en meldingen ontvangt zonder Slack te verlaten."
            ),
        ),
        popularity=47,
        minutes=3,
    ),
    CatalogueItem(
        key="zoom-recordings-video",
        kind="video",
        category="integrations",
        product="dropbox",
        url="https://help.example.com/videos/save-zoom-recordings",
        title=Localized(
            en="Save Zoom recordings to Dropbox automatically",
            ja="Zoom のレコーディングを Dropbox に自動保存する",
            nl="Zoom-opnamen automatisch opslaan in Dropbox",
        ),
        summary=Localized(
            en=(
                "Connect Zoom so that cloud recordings land in a Dropbox folder of your choice, "
                "ready to share with people who missed the meeting."
            ),
            ja=(
                "Zoom を接続すると、クラウド レコーディングが指定した Dropbox フォルダに保存され、"
                "会議に参加できなかった人とすぐに共有できます。"
            ),
            nl=(
                "Koppel Zoom, zodat cloudopnamen in een Dropbox-map naar keuze terechtkomen, klaar "
                "om te delen met wie de vergadering heeft gemist."
            ),
        ),
        popularity=34,
        minutes=3,
    ),
    CatalogueItem(
        key="dash-connectors-course",
        kind="course",
        category="integrations",
        product="dash",
        url="https://help.example.com/learn/dash-connectors-for-admins",
        title=Localized(
            en="Dash connectors for admins",
            ja="管理者のための Dash コネクタ",
            nl="Dash-connectors voor beheerders",
        ),
        summary=Localized(
            en=(
                "Plan which connectors to switch on, test them with a pilot group and explain to "
                "members what Dash can and cannot see."
            ),
            ja=(
                "有効にするコネクタを計画し、パイロット グループでテストして、"
                "Dash が参照できる範囲をメンバーに説明する方法を学びます。"
            ),
            nl=(
                "Plan welke connectors je aanzet, test ze met een pilotgroep en leg teamleden uit "
                "wat Dash wel en niet kan zien."
            ),
        ),
        popularity=30,
        minutes=35,
    ),
    # performance
    CatalogueItem(
        key="upload-large-files",
        kind="article",
        category="performance",
        product="dropbox",
        url="https://help.example.com/articles/upload-large-files",
        title=Localized(
            en="Upload large files reliably",
            ja="大容量のファイルを確実にアップロードする",
            nl="Grote bestanden betrouwbaar uploaden",
        ),
        summary=Localized(
            en=(
                "Use the desktop app rather than the browser for very large files, and learn what "
                "to do when an upload stalls or starts over."
            ),
            ja=(
                "非常に大きなファイルはブラウザではなくデスクトップ "
                "アプリでアップロードしてください。アップロードが止まったり、"
                "やり直しになったりしたときの対処法も説明します。"
            ),
            nl=(
                "Gebruik voor heel grote bestanden de desktop-app in plaats van de browser, en "
                "lees wat je doet als een upload blijft hangen of opnieuw begint."
            ),
        ),
        popularity=61,
    ),
    CatalogueItem(
        key="bandwidth-settings",
        kind="article",
        category="performance",
        product="dropbox",
        url="https://help.example.com/articles/bandwidth-settings",
        title=Localized(
            en="Change the desktop app's bandwidth settings",
            ja="デスクトップ アプリの帯域幅設定を変更する",
            nl="De bandbreedte-instellingen van de desktop-app wijzigen",
        ),
        summary=Localized(
            en=(
                "Limit upload and download rates so syncing does not slow down video calls, or "
                "remove the limits to finish a big sync faster."
            ),
            ja=(
                "アップロードとダウンロードの速度を制限して、"
                "同期でビデオ通話が遅くならないようにします。"
                "大量の同期を早く終わらせたいときは制限を解除します。"
            ),
            nl=(
                "Beperk de upload- en downloadsnelheid, zodat synchronisatie je videogesprekken "
                "niet vertraagt, of haal de limiet weg om een grote synchronisatie sneller af te "
                "ronden."
            ),
        ),
        popularity=53,
    ),
    CatalogueItem(
        key="slow-sync-troubleshooting",
        kind="article",
        category="performance",
        product="dropbox",
        url="https://help.example.com/articles/slow-sync-troubleshooting",
        title=Localized(
            en="Troubleshoot slow syncing",
            ja="同期が遅い場合のトラブルシューティング",
            nl="Problemen met trage synchronisatie oplossen",
        ),
        summary=Localized(
            en=(
                "Find what slows the desktop app down, such as many small files, antivirus scans, "
                "proxy settings or a full disk, and how to fix each one."
            ),
            ja=(
                "大量の小さなファイル、ウイルス対策ソフトのスキャン、プロキシ設定、"
                "ディスクの空き容量不足など、"
                "デスクトップ アプリが遅くなる原因と対処法を説明します。"
            ),
            nl=(
                "Ontdek wat de desktop-app vertraagt, zoals heel veel kleine bestanden, "
                "virusscans, proxyinstellingen of een volle schijf, en hoe je elk probleem oplost."
            ),
        ),
        popularity=65,
    ),
    CatalogueItem(
        key="dash-results-out-of-date",
        kind="article",
        category="performance",
        product="dash",
        url="https://help.example.com/articles/dash-results-out-of-date",
        title=Localized(
            en="Dash results missing or out of date",
            ja="Dash の検索結果が表示されない、または古い場合",
            nl="Resultaten in Dash ontbreken of zijn verouderd",
        ),
        summary=Localized(
            en=(
                "Check a connector's indexing status, reconnect expired accounts and see how soon "
                "new content appears in Dash search."
            ),
            ja=(
                "コネクタのインデックス作成の状況を確認し、期限切れのアカウントを再接続します。"
                "新しいコンテンツが Dash の検索に表示されるまでの目安も説明します。"
            ),
            nl=(
                "Controleer de indexeringsstatus van een connector, koppel verlopen accounts "
                "opnieuw en lees hoe snel nieuwe inhoud in de zoekresultaten van Dash verschijnt."
            ),
        ),
        popularity=39,
    ),
    CatalogueItem(
        key="lan-sync-video",
        kind="video",
        category="performance",
        product="dropbox",
        url="https://help.example.com/videos/lan-sync",
        title=Localized(
            en="Speed up office syncing with LAN sync",
            ja="LAN 同期でオフィスの同期を高速化する",
            nl="Sneller synchroniseren op kantoor met LAN-synchronisatie",
        ),
        summary=Localized(
            en=(
                "Learn how LAN sync lets computers on the same network share new files with each "
                "other instead of downloading them again."
            ),
            ja=(
                "LAN 同期を使うと、同じネットワーク上のパソコン同士で新しいファイルをやり取りでき、"
                "同じファイルを何度もダウンロードせずに済みます。そのしくみを紹介します。"
            ),
            nl=(
                "Leer hoe computers op hetzelfde netwerk met LAN-synchronisatie nieuwe bestanden "
                "met elkaar delen in plaats van ze opnieuw te downloaden."
            ),
        ),
        popularity=45,
        minutes=5,
    ),
    CatalogueItem(
        key="large-migration-course",
        kind="course",
        category="performance",
        product="dropbox",
        url="https://help.example.com/learn/plan-a-large-migration",
        title=Localized(
            en="Plan a large data migration to Dropbox",
            ja="Dropbox への大規模なデータ移行を計画する",
            nl="Een grote datamigratie naar Dropbox plannen",
        ),
        summary=Localized(
            en=(
                "Move terabytes from file servers or other clouds in phases, with bandwidth "
                "planning, a pilot group and checks that nothing was left behind."
            ),
            ja=(
                "ファイル サーバーやほかのクラウドから数テラバイトのデータを段階的に移行します。"
                "帯域幅の計画、パイロット グループ、移行漏れの確認方法を学びます。"
            ),
            nl=(
                "Verhuis terabytes aan data van fileservers of andere clouds in fasen, met een "
                "planning voor bandbreedte, een pilotgroep en controles of er niets is "
                "achtergebleven."
            ),
        ),
        popularity=24,
        minutes=75,
    ),
    # other
    CatalogueItem(
        key="getting-started-for-admins",
        kind="article",
        category="other",
        product="both",
        url="https://help.example.com/articles/getting-started-for-admins",
        title=Localized(
            en="Getting started as a team admin",
            ja="チーム管理者のためのスタート ガイド",
            nl="Aan de slag als teambeheerder",
        ),
        summary=Localized(
            en=(
                "Your first steps: invite members, create team folders, set sharing and security "
                "defaults and install the desktop app."
            ),
            ja=(
                "メンバーの招待、チーム フォルダの作成、共有とセキュリティの既定の設定、"
                "デスクトップ アプリのインストールなど、最初に行う手順を紹介します。"
            ),
            nl=(
                "Je eerste stappen: teamleden uitnodigen, teammappen maken, standaardinstellingen "
                "voor delen en beveiliging kiezen en de desktop-app installeren."
            ),
        ),
        popularity=84,
    ),
    CatalogueItem(
        key="security-overview",
        kind="article",
        category="other",
        product="both",
        url="https://help.example.com/articles/security-overview",
        title=Localized(
            en="How Dropbox and Dash keep your data secure",
            ja="Dropbox と Dash のデータ保護のしくみ",
            nl="Zo houden Dropbox en Dash je gegevens veilig",
        ),
        summary=Localized(
            en=(
                "An overview of encryption, data centres, compliance certifications and the admin "
                "controls that protect your team's content."
            ),
            ja=(
                "暗号化、データ センター、コンプライアンス認証、"
                "そしてチームのコンテンツを保護するための管理機能の概要を説明します。"
            ),
            nl=(
                "Een overzicht van versleuteling, datacenters, compliancecertificeringen en de "
                "beheerinstellingen waarmee je de inhoud van je team beschermt."
            ),
        ),
        popularity=59,
    ),
    CatalogueItem(
        key="dash-search-tips",
        kind="article",
        category="other",
        product="dash",
        url="https://help.example.com/articles/dash-search-tips",
        title=Localized(
            en="Search tips for Dash",
            ja="Dash の検索のヒント",
            nl="Zoektips voor Dash",
        ),
        summary=Localized(
            en=(
                "Filter by app, person or date, search for exact phrases and use stacks to keep "
                "related links together."
            ),
            ja=(
                "アプリ、ユーザー、日付で絞り込んだり、完全一致で検索したり、"
                "スタックを使って関連するリンクをまとめたりする方法を紹介します。"
            ),
            nl=(
                "Filter op app, persoon of datum, zoek op exacte woordgroepen en gebruik stacks om "
                "links die bij elkaar horen te bundelen."
            ),
        ),
        popularity=62,
    ),
    CatalogueItem(
        key="get-started-with-dash",
        kind="article",
        category="other",
        product="dash",
        url="https://help.example.com/articles/get-started-with-dash",
        title=Localized(
            en="Get started with Dash for teams",
            ja="チーム向け Dash を使い始める",
            nl="Aan de slag met Dash voor teams",
        ),
        summary=Localized(
            en=(
                "What Dash is, how it differs from searching in Dropbox, and the three things to "
                "set up before you invite your team."
            ),
            ja=(
                "Dash とは何か、Dropbox での検索とどう違うのか、"
                "そしてチームを招待する前に設定しておく 3 つのことを説明します。"
            ),
            nl=(
                "Wat Dash is, hoe het verschilt van zoeken in Dropbox en welke drie dingen je "
                "instelt voordat je je team uitnodigt."
            ),
        ),
        popularity=57,
    ),
    CatalogueItem(
        key="admin-best-practices-webinar",
        kind="video",
        category="other",
        product="both",
        url="https://help.example.com/videos/admin-best-practices-webinar",
        title=Localized(
            en="Webinar: admin best practices",
            ja="ウェビナー: 管理者のベスト プラクティス",
            nl="Webinar: best practices voor beheerders",
        ),
        summary=Localized(
            en=(
                "A recording of a live webinar in which support engineers share the settings, "
                "reports and habits of well-run team accounts, followed by Q&A."
            ),
            ja=(
                "サポート エンジニアが、うまく運用されているチーム アカウントの設定、レポート、"
                "習慣を紹介するライブ ウェビナーの録画です。最後に質疑応答があります。"
            ),
            nl=(
                "Een opname van een live webinar waarin supportengineers de instellingen, "
                "rapporten en gewoontes van goed beheerde teamaccounts delen, met een vragenronde."
            ),
        ),
        popularity=44,
        minutes=45,
    ),
    CatalogueItem(
        key="dash-search-video",
        kind="video",
        category="other",
        product="dash",
        url="https://help.example.com/videos/find-anything-with-dash",
        title=Localized(
            en="Find anything with Dash search",
            ja="Dash の検索で何でも見つける",
            nl="Alles vinden met Dash",
        ),
        summary=Localized(
            en=(
                "A three-minute demo of universal search across files, email, chats and calendars, "
                "with answers that point back to their sources."
            ),
            ja=(
                "ファイル、メール、チャット、カレンダーを横断するユニバーサル検索と、"
                "出典を示す回答を 3 分のデモで紹介します。"
            ),
            nl=(
                "Een demo van drie minuten van universeel zoeken in bestanden, e-mail, chats en "
                "agenda's, met antwoorden die naar hun bron verwijzen."
            ),
        ),
        popularity=50,
        minutes=3,
    ),
    CatalogueItem(
        key="roll-out-dash-course",
        kind="course",
        category="other",
        product="dash",
        url="https://help.example.com/learn/roll-out-dash",
        title=Localized(
            en="Roll out Dash to your team",
            ja="チームに Dash を展開する",
            nl="Dash uitrollen in je team",
        ),
        summary=Localized(
            en=(
                "A course for admins: choose a pilot group, connect the first apps, train members "
                "and measure adoption after 30 days."
            ),
            ja=(
                "管理者向けのコースです。パイロット グループを選び、最初のアプリを接続し、"
                "メンバーをトレーニングして、30 日後の利用状況を確認します。"
            ),
            nl=(
                "Een cursus voor beheerders: kies een pilotgroep, koppel de eerste apps, train "
                "teamleden en meet na 30 dagen hoeveel Dash wordt gebruikt."
            ),
        ),
        popularity=32,
        minutes=40,
    ),
    CatalogueItem(
        key="premium-support-course",
        kind="course",
        category="other",
        product="both",
        url="https://help.example.com/learn/get-the-most-from-premium-support",
        title=Localized(
            en="Get the most from Premium Support",
            ja="プレミアム サポートを最大限に活用する",
            nl="Haal het meeste uit Premium Support",
        ),
        summary=Localized(
            en=(
                "Learn when to chat, request a callback or submit a request, how to use your "
                "implementation consultation and what Insights tell you."
            ),
            ja=(
                "チャット、折り返し電話のリクエスト、リクエストの送信の使い分け、"
                "導入コンサルティングの活用方法、インサイトからわかることを学びます。"
            ),
            nl=(
                "Leer wanneer je chat, een terugbelverzoek doet of een verzoek indient, hoe je het "
                "implementatieoverleg benut en wat Inzichten je vertellen."
            ),
        ),
        popularity=38,
        minutes=30,
    ),
)
