<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Gemini asks</source>
        <translation>Gemini からの確認</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Exactly what would be used or sent</source>
        <translation>実際に使われる、または送信される内容</translation>
    </message>
    <message>
        <source>&amp;Always allow {tool} in this conversation</source>
        <translation>この会話では {tool} を常に許可(&amp;A)</translation>
    </message>
    <message>
        <source>Do not ask again about this until the conversation ends</source>
        <translation>この会話が終わるまで再び確認しない</translation>
    </message>
    <message>
        <source>Allow it this time</source>
        <translation>今回は許可する</translation>
    </message>
    <message>
        <source>Refuse (the default)</source>
        <translation>拒否する(既定)</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>What you and Gemini said, newest at the bottom</source>
        <translation>あなたと Gemini の発言。最新のものが一番下です</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>新しい会話</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Text in</source>
        <translation>テキスト入力</translation>
    </message>
    <message>
        <source>Audio in</source>
        <translation>音声入力</translation>
    </message>
    <message>
        <source>Images in</source>
        <translation>画像入力</translation>
    </message>
    <message>
        <source>Video in</source>
        <translation>動画入力</translation>
    </message>
    <message>
        <source>Other in (not itemised)</source>
        <translation>その他の入力 (内訳なし)</translation>
    </message>
    <message>
        <source>Text out</source>
        <translation>テキスト出力</translation>
    </message>
    <message>
        <source>Audio out</source>
        <translation>音声出力</translation>
    </message>
    <message>
        <source>Other out (not itemised)</source>
        <translation>その他の出力 (内訳なし)</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>No tokens yet.</source>
        <translation>まだトークンはありません。</translation>
    </message>
    <message>
        <source>No known price for this model: tokens only.</source>
        <translation>このモデルの価格は不明です: トークンのみ表示します。</translation>
    </message>
    <message>
        <source>{amount} at the prices of {date}.</source>
        <translation>{date} 時点の価格で {amount}。</translation>
    </message>
    <message>
        <source>median answer {ms} ms</source>
        <translation>応答の中央値 {ms} ms</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>不明な日付</translation>
    </message>
    <message>
        <source>{tokens} tokens have no known price ({kinds}).</source>
        <translation>{tokens} トークンは価格が不明です ({kinds})。</translation>
    </message>
    <message>
        <source>answer {ms} ms</source>
        <translation>応答 {ms} ms</translation>
    </message>
    <message>
        <source>{count} tokens</source>
        <translation>{count} トークン</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPanel</name>
    <message>
        <source>Diagnostics</source>
        <translation>診断</translation>
    </message>
    <message>
        <source>Latency and cost figures of this conversation</source>
        <translation>この会話の遅延とコストの数値</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>ターン</translation>
    </message>
    <message>
        <source>Answer (ms)</source>
        <translation>応答 (ms)</translation>
    </message>
    <message>
        <source>Ended by</source>
        <translation>終了の仕方</translation>
    </message>
    <message>
        <source>Arrival (ms)</source>
        <translation>到着 (ms)</translation>
    </message>
    <message>
        <source>Playout (ms)</source>
        <translation>再生 (ms)</translation>
    </message>
    <message>
        <source>Cut → silence (ms)</source>
        <translation>中断 → 無音 (ms)</translation>
    </message>
    <message>
        <source>Answer times</source>
        <translation>応答時間</translation>
    </message>
    <message>
        <source>For each model turn: from the end of your turn to the first sound of the answer, split into its arrival and its playout</source>
        <translation>モデルの各ターン: あなたのターンの終わりから応答の最初の音まで (到着と再生に分けて)</translation>
    </message>
    <message>
        <source>Answer time summary</source>
        <translation>応答時間の概要</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Setup times</source>
        <translation>セットアップ時間</translation>
    </message>
    <message>
        <source>From opening each connection to the server&apos;s setupComplete</source>
        <translation>各接続を開いてからサーバーの setupComplete まで</translation>
    </message>
    <message>
        <source>Reconnect gaps</source>
        <translation>再接続の空白</translation>
    </message>
    <message>
        <source>From losing the connection to the next setupComplete</source>
        <translation>接続が切れてから次の setupComplete まで</translation>
    </message>
    <message>
        <source>Setup (ms):</source>
        <translation>セットアップ (ms):</translation>
    </message>
    <message>
        <source>Reconnect gaps (ms):</source>
        <translation>再接続の空白 (ms):</translation>
    </message>
    <message>
        <source>Tokens and cost</source>
        <translation>トークンとコスト</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Tokens by kind</source>
        <translation>種類別のトークン</translation>
    </message>
    <message>
        <source>Tokens of this conversation by modality, as the server counted them</source>
        <translation>この会話のトークン (モダリティ別、サーバーの集計)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>What the tokens cost, where known</source>
        <translation>トークンの費用 (分かる場合)</translation>
    </message>
    <message>
        <source>silence</source>
        <translation>無音</translation>
    </message>
    <message>
        <source>key released</source>
        <translation>キーを離した</translation>
    </message>
    <message>
        <source>text sent</source>
        <translation>テキスト送信</translation>
    </message>
    <message>
        <source>Median answer time: {ms} ms.</source>
        <translation>応答時間の中央値: {ms} ms。</translation>
    </message>
    <message>
        <source>No answer measured yet.</source>
        <translation>まだ応答は計測されていません。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
</context>
<context>
    <name>EntryWidget</name>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation>ツールの呼び出し</translation>
    </message>
    <message>
        <source>— listening…</source>
        <translation>— 聞き取り中…</translation>
    </message>
    <message>
        <source>— speaking…</source>
        <translation>— 話しています…</translation>
    </message>
    <message>
        <source>— running…</source>
        <translation>— 実行中…</translation>
    </message>
    <message>
        <source>— interrupted</source>
        <translation>— 中断</translation>
    </message>
    <message>
        <source>— cancelled</source>
        <translation>— 取り消し</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s thought summaries</source>
        <translation>モデルの思考の要約を表示または非表示にする</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>The pages Google Search found</source>
        <translation>Google 検索で見つかったページ</translation>
    </message>
    <message>
        <source>Sources: {links}</source>
        <translation>出典: {links}</translation>
    </message>
    <message>
        <source>Searched: {queries}</source>
        <translation>検索語: {queries}</translation>
    </message>
    <message>
        <source>{speaker}: {text}</source>
        <translation>{speaker}: {text}</translation>
    </message>
    <message>
        <source>— failed</source>
        <translation>— 失敗</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>&lt;h3&gt;Welcome to LiveDesk&lt;/h3&gt;&lt;p&gt;Talk with Gemini in real time, with your voice, your camera or your screen.&lt;/p&gt;&lt;p&gt;LiveDesk needs a Gemini API key. It is free to create one; the key is kept in your system&apos;s keyring, never in a file or a log.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LiveDesk へようこそ&lt;/h3&gt;&lt;p&gt;声、カメラ、画面を使って、Gemini とリアルタイムで話せます。&lt;/p&gt;&lt;p&gt;LiveDesk には Gemini API キーが必要です。キーは無料で作成できます。キーはシステムのキーリングにだけ保存され、ファイルやログには書かれません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome to LiveDesk</source>
        <translation>LiveDesk へようこそ</translation>
    </message>
    <message>
        <source>Get a Gemini API key</source>
        <translation>Gemini API キーを取得する</translation>
    </message>
    <message>
        <source>Opens Google AI Studio</source>
        <translation>Google AI Studio を開きます</translation>
    </message>
    <message>
        <source>Paste your API key here</source>
        <translation>ここに API キーを貼り付けてください</translation>
    </message>
    <message>
        <source>No key yet? Offline mode talks to a small built-in stand-in for the service: it answers with a fixed sentence, and shows that your microphone, speaker and camera work.</source>
        <translation>まだキーがありませんか？オフライン モードは、アプリに内蔵された小さなサービスの代役と話します。決まった文で応答し、マイク、スピーカー、カメラが動くことを確かめられます。</translation>
    </message>
    <message>
        <source>&amp;Use this key</source>
        <translation>このキーを使う(&amp;U)</translation>
    </message>
    <message>
        <source>Use this key</source>
        <translation>このキーを使う</translation>
    </message>
    <message>
        <source>Keep the key in the system keyring and start</source>
        <translation>キーをシステムのキーリングに保存して始める</translation>
    </message>
    <message>
        <source>Try &amp;offline mode</source>
        <translation>オフライン モードを試す(&amp;O)</translation>
    </message>
    <message>
        <source>Try offline mode</source>
        <translation>オフライン モードを試す</translation>
    </message>
    <message>
        <source>Talk to the built-in stand-in for the service: no key, no network</source>
        <translation>内蔵されたサービスの代役と話す: キーもネットワークも不要</translation>
    </message>
    <message>
        <source>Close without a key</source>
        <translation>キーなしで閉じる</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>LiveDesk history</source>
        <translation>LiveDesk の履歴</translation>
    </message>
    <message>
        <source>Search everything that was said</source>
        <translation>話された内容をすべて検索</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Saved conversations, newest first; choose one to read it</source>
        <translation>保存された会話(新しい順)。選ぶと読めます</translation>
    </message>
    <message>
        <source>Choose a conversation on the left.</source>
        <translation>左側で会話を選んでください。</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>書き出しの状態</translation>
    </message>
    <message>
        <source>Whether the export was saved</source>
        <translation>書き出しが保存されたかどうか</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Markdown で書き出す(&amp;M)…</translation>
    </message>
    <message>
        <source>Export Markdown</source>
        <translation>Markdown で書き出す</translation>
    </message>
    <message>
        <source>Save this conversation as a Markdown file</source>
        <translation>この会話を Markdown ファイルに保存する</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>JSON で書き出す(&amp;J)…</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>JSON で書き出す</translation>
    </message>
    <message>
        <source>Save this conversation as a JSON file</source>
        <translation>この会話を JSON ファイルに保存する</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete this conversation for good</source>
        <translation>この会話を完全に削除する</translation>
    </message>
    <message>
        <source> · recording</source>
        <translation> · 記録中</translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n 件のメッセージ</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>一致するものはありません。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Could not read the history: {error}</source>
        <translation>履歴を読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>まだ会話はありません。</translation>
    </message>
    <message>
        <source>Could not read this conversation: {error}</source>
        <translation>この会話を読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>This conversation was deleted.</source>
        <translation>この会話は削除されました。</translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation>{file} を保存しています…</translation>
    </message>
    <message>
        <source>Could not save {file}: {error}</source>
        <translation>{file} を保存できませんでした: {error}</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>{file} を保存しました。</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>会話の削除</translation>
    </message>
    <message>
        <source>Delete “{title}” for good?</source>
        <translation>「{title}」を完全に削除しますか？</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>削除しています…</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>会話の書き出し</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>How loud it is</source>
        <translation>音の大きさ</translation>
    </message>
    <message>
        <source>{meter} level</source>
        <translation>{meter} のレベル</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Video off. Choose Camera or Screen to let Gemini see.</source>
        <translation>ビデオはオフです。Gemini に見せるにはカメラか画面を選んでください。</translation>
    </message>
    <message>
        <source>The camera starts when you connect.</source>
        <translation>接続するとカメラが起動します。</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>カメラを起動しています…</translation>
    </message>
    <message>
        <source>Screen sharing starts when you connect.</source>
        <translation>接続すると画面共有が始まります。</translation>
    </message>
    <message>
        <source>Starting screen sharing…</source>
        <translation>画面共有を開始しています…</translation>
    </message>
    <message>
        <source>What the model sees (one picture a second)</source>
        <translation>モデルが見ているもの(1 秒に 1 枚)</translation>
    </message>
    <message>
        <source>This model hears only: no camera or screen is shared with it.</source>
        <translation>このモデルは音声のみを聞きます。カメラや画面は共有されません。</translation>
    </message>
    <message>
        <source>Connect, or resume a paused conversation</source>
        <translation>接続する、または一時停止中の会話を再開する</translation>
    </message>
    <message>
        <source>Pause (keeps the conversation)</source>
        <translation>一時停止(会話は保持されます)</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>会話を終了する</translation>
    </message>
    <message>
        <source>Mute or unmute the microphone</source>
        <translation>マイクをミュートまたはミュート解除する</translation>
    </message>
    <message>
        <source>Hold to talk, in push-to-talk mode (not while typing)</source>
        <translation>押している間だけ話す(プッシュ トゥ トーク モード、入力中は無効)</translation>
    </message>
    <message>
        <source>Type a message</source>
        <translation>メッセージを入力する</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Diagnostics: answer times, tokens and cost</source>
        <translation>診断: 応答時間、トークン、コスト</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>A live voice and video conversation with Gemini</source>
        <translation>Gemini とのライブの音声・ビデオ会話</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>終了(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Mute microphone</source>
        <translation>マイクをミュート(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Type a message</source>
        <translation>メッセージを入力(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボード ショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation>診断(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;About LiveDesk</source>
        <translation>LiveDesk について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>会話(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>What went wrong and what to do</source>
        <translation>何がうまくいかなかったか、どうすればよいか</translation>
    </message>
    <message>
        <source>&amp;Open settings</source>
        <translation>設定を開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>Change the settings to fix this</source>
        <translation>設定を変更してこれを解決する</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Hide these problems</source>
        <translation>これらの問題を非表示にする</translation>
    </message>
    <message>
        <source>Gemini &amp;sees:</source>
        <translation>Gemini に見せるもの(&amp;S):</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>画面</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Gemini sees</source>
        <translation>Gemini に見せるもの</translation>
    </message>
    <message>
        <source>Which screen to share</source>
        <translation>共有する画面</translation>
    </message>
    <message>
        <source>Screen to share</source>
        <translation>共有する画面</translation>
    </message>
    <message>
        <source>Press Connect (F5) and start talking, or type below.
Your words and Gemini&apos;s answers appear here as they are spoken.</source>
        <translation>接続 (F5) を押して話し始めるか、下に入力してください。
あなたの言葉と Gemini の答えが、話されるそばからここに表示されます。</translation>
    </message>
    <message>
        <source>Type a message to Gemini and press Enter</source>
        <translation>Gemini へのメッセージを入力して Enter を押してください</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Type a message to Gemini and press Enter (Ctrl+L comes here)</source>
        <translation>Gemini へのメッセージを入力して Enter を押してください(Ctrl+L でここに移動)</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>送信(&amp;D)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Send the typed message to Gemini</source>
        <translation>入力したメッセージを Gemini に送る</translation>
    </message>
    <message>
        <source>Hold to talk ({key})</source>
        <translation>押して話す ({key})</translation>
    </message>
    <message>
        <source>Hold to talk</source>
        <translation>押して話す</translation>
    </message>
    <message>
        <source>Gemini listens while this button or {key} is held</source>
        <translation>このボタンまたは {key} を押している間、Gemini が聞き取ります</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>マイク</translation>
    </message>
    <message>
        <source>Gemini</source>
        <translation>Gemini</translation>
    </message>
    <message>
        <source>{action} ({shortcut})</source>
        <translation>{action} ({shortcut})</translation>
    </message>
    <message>
        <source>{model} takes spoken input only.</source>
        <translation>{model} は音声入力のみ受け付けます。</translation>
    </message>
    <message>
        <source>{model} hears only: it takes no pictures.</source>
        <translation>{model} は音声のみを聞きます。画像は受け取りません。</translation>
    </message>
    <message>
        <source>Un&amp;mute microphone</source>
        <translation>マイクのミュートを解除(&amp;M)</translation>
    </message>
    <message>
        <source>Microphone (muted: not sent)</source>
        <translation>マイク(ミュート中: 送信されません)</translation>
    </message>
    <message>
        <source>Monitor 1</source>
        <translation>モニター 1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボード ショートカット</translation>
    </message>
    <message>
        <source>About LiveDesk</source>
        <translation>LiveDesk について</translation>
    </message>
    <message>
        <source>LiveDesk {version}&lt;br&gt;Real-time voice and video conversations with Gemini through the Live API.</source>
        <translation>LiveDesk {version}&lt;br&gt;Live API を通じた Gemini とのリアルタイムの音声・ビデオ会話。</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>スピーカー</translation>
    </message>
    <message>
        <source>{device} not found: {message}</source>
        <translation>{device}が見つかりません: {message}</translation>
    </message>
    <message>
        <source>{device} unavailable: {message}</source>
        <translation>{device}を使用できません: {message}</translation>
    </message>
    <message>
        <source>{device} lost: {message}</source>
        <translation>{device}が切断されました: {message}</translation>
    </message>
    <message>
        <source>{problem}
The conversation goes on without video.</source>
        <translation>{problem}
会話はビデオなしで続きます。</translation>
    </message>
    <message>
        <source>{device}: {name}.</source>
        <translation>{device}: {name}。</translation>
    </message>
</context>
<context>
    <name>RollingColumn</name>
    <message>
        <source>Older messages are in History (Ctrl+H).</source>
        <translation>古いメッセージは履歴にあります (Ctrl+H)。</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>表示(&amp;W)</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>キーを表示</translation>
    </message>
    <message>
        <source>Show the key as plain text to check it</source>
        <translation>確認のためにキーを平文で表示する</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Server default</source>
        <translation>サーバーの既定値</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Automatic: low for the camera, medium for a screen</source>
        <translation>自動(カメラは低、画面は中)</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Your speech and every video frame</source>
        <translation>あなたの音声とすべてのビデオ フレーム</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>モデルの既定値</translation>
    </message>
    <message>
        <source>Only what came while you spoke (cheapest; typed questions may not see the picture)</source>
        <translation>話している間に届いたものだけ(最も安価。入力した質問では画像が見えないことがあります)</translation>
    </message>
    <message>
        <source>Everything since the last turn, silence included</source>
        <translation>前の番以降のすべて(無音も含む)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Token budget</source>
        <translation>トークン予算</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>画面</translation>
    </message>
    <message>
        <source>Automatic (what the model needs)</source>
        <translation>自動(モデルに必要なもの)</translation>
    </message>
    <message>
        <source>Get a Gemini API key (Google AI Studio)</source>
        <translation>Gemini API キーを取得する (Google AI Studio)</translation>
    </message>
    <message>
        <source>Not supported by {model}.</source>
        <translation>{model} では使えません。</translation>
    </message>
    <message>
        <source>LiveDesk settings</source>
        <translation>LiveDesk の設定</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Model and voice</source>
        <translation>モデルと声</translation>
    </message>
    <message>
        <source>Turn taking</source>
        <translation>話者の交代</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Changes apply at once. A live conversation reconnects with its resumption handle and keeps its context.</source>
        <translation>変更はすぐに反映されます。会話中の場合は再開用ハンドルで再接続し、文脈は保たれます。</translation>
    </message>
    <message>
        <source>Apply the changes and close</source>
        <translation>変更を適用して閉じる</translation>
    </message>
    <message>
        <source>Close; applied changes stay</source>
        <translation>閉じる(適用済みの変更は残ります)</translation>
    </message>
    <message>
        <source>Apply the changes now</source>
        <translation>変更を今すぐ適用する</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>設定のページ</translation>
    </message>
    <message>
        <source>Ctrl+Tab moves to the next page</source>
        <translation>Ctrl+Tab で次のページへ移動します</translation>
    </message>
    <message>
        <source>Gemini API (API key)</source>
        <translation>Gemini API (API キー)</translation>
    </message>
    <message>
        <source>Vertex AI (project, Application Default Credentials)</source>
        <translation>Vertex AI (プロジェクト、Application Default Credentials)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Paste your key; it is kept in the system keyring only</source>
        <translation>キーを貼り付けてください。システムのキーリングにのみ保存されます</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API キー(&amp;K)</translation>
    </message>
    <message>
        <source>Get a Gemini API key</source>
        <translation>Gemini API キーを取得する</translation>
    </message>
    <message>
        <source>Opens Google AI Studio</source>
        <translation>Google AI Studio を開きます</translation>
    </message>
    <message>
        <source>Vertex project</source>
        <translation>Vertex のプロジェクト</translation>
    </message>
    <message>
        <source>Vertex location</source>
        <translation>Vertex のロケーション</translation>
    </message>
    <message>
        <source>Google (default), or https://relay.example:443</source>
        <translation>Google (既定)、または https://relay.example:443</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation>CA ファイルを参照</translation>
    </message>
    <message>
        <source>Choose a PEM file</source>
        <translation>PEM ファイルを選ぶ</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt)</source>
        <translation>PEM ファイル (*.pem *.crt)</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA ファイル</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API のバージョン</translation>
    </message>
    <message>
        <source>An organisation&apos;s token service (optional)</source>
        <translation>組織のトークン サービス(省略可)</translation>
    </message>
    <message>
        <source>Token service</source>
        <translation>トークン サービス</translation>
    </message>
    <message>
        <source>Vertex AI</source>
        <translation>Vertex AI</translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation>一覧に追加</translation>
    </message>
    <message>
        <source>Keep the typed model ID in the list</source>
        <translation>入力したモデル ID を一覧に残す</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove a model you added from the list</source>
        <translation>自分で追加したモデルを一覧から削除する</translation>
    </message>
    <message>
        <source>Ask the server</source>
        <translation>サーバーに問い合わせる</translation>
    </message>
    <message>
        <source>Add the models the service lists for Live conversations</source>
        <translation>サービスが Live 会話用に提供するモデルを追加する</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>再生(&amp;P)</translation>
    </message>
    <message>
        <source>Play a sample of this voice</source>
        <translation>この声のサンプルを再生</translation>
    </message>
    <message>
        <source>The chosen model says one short sentence in this voice and language</source>
        <translation>選んだモデルがこの声と言語で短い一文を話します</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>声(&amp;V)</translation>
    </message>
    <message>
        <source>Voice sample</source>
        <translation>声のサンプル</translation>
    </message>
    <message>
        <source>How the voice sample goes</source>
        <translation>声のサンプルの状況</translation>
    </message>
    <message>
        <source>The interface&apos;s language, where the model speaks it</source>
        <translation>インターフェースの言語(モデルが話せる場合)</translation>
    </message>
    <message>
        <source>Automatic (the model chooses)</source>
        <translation>自動(モデルが選ぶ)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The language the model speaks; by default the interface&apos;s</source>
        <translation>モデルが話す言語。既定ではインターフェースの言語</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>インターフェースの言語</translation>
    </message>
    <message>
        <source>The language of LiveDesk&apos;s windows; it changes at the next start</source>
        <translation>LiveDesk のウィンドウの言語。次回の起動から変わります</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>インターフェースの言語(&amp;I)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Translate into</source>
        <translation>翻訳先の言語</translation>
    </message>
    <message>
        <source>How the model should behave (optional)</source>
        <translation>モデルのふるまい方(省略可)</translation>
    </message>
    <message>
        <source>S&amp;ystem instruction</source>
        <translation>システム指示(&amp;Y)</translation>
    </message>
    <message>
        <source>Show what the model says as text</source>
        <translation>モデルの発言をテキストで表示する</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>文字起こし</translation>
    </message>
    <message>
        <source>Video resolution</source>
        <translation>ビデオの解像度</translation>
    </message>
    <message>
        <source>How finely the model looks at each frame: low costs 64 tokens a frame, medium and high 256</source>
        <translation>モデルが各フレームをどれだけ細かく見るか: 低は 1 フレーム 64 トークン、中と高は 256</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>指定する</translation>
    </message>
    <message>
        <source>Set the temperature</source>
        <translation>温度を指定する</translation>
    </message>
    <message>
        <source>Unticked, the model&apos;s default temperature is used</source>
        <translation>チェックしない場合、モデルの既定の温度が使われます</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>From 0 (steady) to 2 (varied)</source>
        <translation>0(安定)から 2(多様)まで</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> トークン</translation>
    </message>
    <message>
        <source>Thinking budget</source>
        <translation>思考の予算</translation>
    </message>
    <message>
        <source>How many tokens the model may think with</source>
        <translation>モデルが思考に使えるトークン数</translation>
    </message>
    <message>
        <source>Thinking level</source>
        <translation>思考のレベル</translation>
    </message>
    <message>
        <source>How much the model thinks</source>
        <translation>モデルがどれだけ考えるか</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>Show thought summaries (collapsed)</source>
        <translation>思考の要約を表示する(折りたたみ)</translation>
    </message>
    <message>
        <source>Affective dialog (adapts to your tone)</source>
        <translation>感情に応じた対話(あなたの口調に合わせます)</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>機能</translation>
    </message>
    <message>
        <source>Proactive audio (may choose not to answer)</source>
        <translation>プロアクティブ音声(答えないことを選ぶ場合があります)</translation>
    </message>
    <message>
        <source>Google Search grounding</source>
        <translation>Google 検索によるグラウンディング</translation>
    </message>
    <message>
        <source>Functions it may call</source>
        <translation>呼び出しを許可する関数</translation>
    </message>
    <message>
        <source>Tick the local functions the model may call; Space ticks</source>
        <translation>モデルが呼び出せるローカル関数にチェックを入れてください。Space キーでチェックできます</translation>
    </message>
    <message>
        <source>Pages on this computer or the local network may be opened</source>
        <translation>このコンピューターやローカル ネットワーク上のページを開くことを許可する</translation>
    </message>
    <message>
        <source>{tool} — asks you first</source>
        <translation>{tool} — 事前に確認します</translation>
    </message>
    <message>
        <source>Push to talk: the model listens only while Space is held</source>
        <translation>プッシュ トゥ トーク: Space キーを押している間だけモデルが聞き取ります</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Start-of-speech sensitivity</source>
        <translation>話し始めの感度</translation>
    </message>
    <message>
        <source>End-of-speech sensitivity</source>
        <translation>話し終わりの感度</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ミリ秒</translation>
    </message>
    <message>
        <source>Silence that ends your turn</source>
        <translation>あなたの番を終える無音の長さ</translation>
    </message>
    <message>
        <source>Speech kept before the start</source>
        <translation>話し始めの前に残す音声</translation>
    </message>
    <message>
        <source>What a turn includes</source>
        <translation>1 回の番に含めるもの</translation>
    </message>
    <message>
        <source>Which of the audio and video sent since the last answer the model takes (and bills) with your turn</source>
        <translation>前回の応答以降に送った音声とビデオのうち、モデルがあなたの番で受け取る(そして課金する)もの</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>&amp;Microphone</source>
        <translation>マイク(&amp;M)</translation>
    </message>
    <message>
        <source>S&amp;peaker</source>
        <translation>スピーカー(&amp;P)</translation>
    </message>
    <message>
        <source>I use headphones (turns echo cancellation off)</source>
        <translation>ヘッドホンを使う(エコー キャンセルをオフにします)</translation>
    </message>
    <message>
        <source>Suppress background noise</source>
        <translation>背景のノイズを抑える</translation>
    </message>
    <message>
        <source>Pause sending while the microphone hears nothing (saves CPU and data)</source>
        <translation>マイクに何も聞こえない間は送信を一時停止する（CPU とデータを節約）</translation>
    </message>
    <message>
        <source>Video at start</source>
        <translation>開始時のビデオ</translation>
    </message>
    <message>
        <source>A camera index, or a video file or URL</source>
        <translation>カメラ番号、またはビデオ ファイルか URL</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>ビデオ ファイル…</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>ビデオ ファイル</translation>
    </message>
    <message>
        <source>Use a video file as the camera</source>
        <translation>ビデオ ファイルをカメラとして使う</translation>
    </message>
    <message>
        <source>Monitor 1</source>
        <translation>モニター 1</translation>
    </message>
    <message>
        <source>Screen to share</source>
        <translation>共有する画面</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>A still picture is sent every</source>
        <translation>静止画を送る間隔</translation>
    </message>
    <message>
        <source>When nothing moves and nobody speaks; changes, speech and the start of your turn send a frame at once. 1 sends one every second</source>
        <translation>何も動かず誰も話していないとき。変化、音声、あなたの番の開始ではすぐに 1 フレーム送ります。1 にすると毎秒 1 枚送ります</translation>
    </message>
    <message>
        <source>Asking the server for its Live models…</source>
        <translation>サーバーに Live モデルを問い合わせています…</translation>
    </message>
    <message>
        <source>Offline: this is the built-in emulator&apos;s stand-in voice, not {voice}.</source>
        <translation>オフライン：これは内蔵エミュレーターの代わりの声で、{voice} ではありません。</translation>
    </message>
    <message>
        <source>Asking the model for a sample of {voice}…</source>
        <translation>{voice} のサンプルをモデルに依頼しています…</translation>
    </message>
    <message>
        <source>Playing {voice} (kept from before: no request).</source>
        <translation>{voice} を再生中（保存済み：リクエストなし）。</translation>
    </message>
    <message>
        <source>Playing {voice}.</source>
        <translation>{voice} を再生中。</translation>
    </message>
    <message>
        <source>That was {voice}.</source>
        <translation>今のが {voice} です。</translation>
    </message>
    <message>
        <source>Gemini is speaking in the conversation: play the sample when it has finished.</source>
        <translation>会話で Gemini が話しています：話し終えてからサンプルを再生してください。</translation>
    </message>
    <message>
        <source>A sample is already being asked for or played.</source>
        <translation>サンプルはすでに依頼中か再生中です。</translation>
    </message>
    <message>
        <source>No sample of {voice}: {error}</source>
        <translation>{voice} のサンプルはありません：{error}</translation>
    </message>
    <message>
        <source>Could not list the server&apos;s models: {error}</source>
        <translation>サーバーのモデル一覧を取得できませんでした: {error}</translation>
    </message>
    <message>
        <source>The server lists {count} Live models; {new} were new here.</source>
        <translation>サーバーには {count} 個の Live モデルがあり、{new} 個が新しく追加されました。</translation>
    </message>
    <message>
        <source>Only for translation models.</source>
        <translation>翻訳モデル専用です。</translation>
    </message>
    <message>
        <source>Always on for this model.</source>
        <translation>このモデルでは常にオンです。</translation>
    </message>
    <message>
        <source>{model} has no thinking control.</source>
        <translation>{model} には思考の設定がありません。</translation>
    </message>
    <message>
        <source>Push to talk turns the server&apos;s voice detection off.</source>
        <translation>プッシュ トゥ トークではサーバーの音声検出がオフになります。</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>ファイルを選ぶ</translation>
    </message>
    <message>
        <source>Video (*.mp4 *.avi *.mkv *.mov)</source>
        <translation>ビデオ (*.mp4 *.avi *.mkv *.mov)</translation>
    </message>
    <message>
        <source>A model the app does not know: only the options every Live model accepts are sent. Add it to resources/models.json to use more.</source>
        <translation>アプリが知らないモデルです。すべての Live モデルが受け付けるオプションだけを送ります。さらに使うには resources/models.json に追加してください。</translation>
    </message>
    <message>
        <source>speech translation: no voice, tools or text input</source>
        <translation>音声翻訳: 声、ツール、テキスト入力なし</translation>
    </message>
    <message>
        <source>thinking by budget</source>
        <translation>予算による思考</translation>
    </message>
    <message>
        <source>thinking by level</source>
        <translation>レベルによる思考</translation>
    </message>
    <message>
        <source>affective dialog</source>
        <translation>感情に応じた対話</translation>
    </message>
    <message>
        <source>proactive audio always on</source>
        <translation>プロアクティブ音声(常にオン)</translation>
    </message>
    <message>
        <source>proactive audio</source>
        <translation>プロアクティブ音声</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Not connected. Press Connect (F5) to start talking.</source>
        <translation>接続していません。接続 (F5) を押して話し始めてください。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>Paused. Resume (F5) continues the same conversation.</source>
        <translation>一時停止中です。再開 (F5) で同じ会話を続けます。</translation>
    </message>
    <message>
        <source>Conversation ended. Connect (F5) starts a new one.</source>
        <translation>会話を終了しました。接続 (F5) で新しい会話を始めます。</translation>
    </message>
    <message>
        <source>{text} (code {code})</source>
        <translation>{text} (コード {code})</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>What is happening now</source>
        <translation>いま起きていること</translation>
    </message>
    <message>
        <source>The server ends this connection in {seconds} s; switching over.</source>
        <translation>サーバーはこの接続を {seconds} 秒後に終了します。切り替えています。</translation>
    </message>
    <message>
        <source>The server ends this connection soon; switching over.</source>
        <translation>サーバーはまもなくこの接続を終了します。切り替えています。</translation>
    </message>
    <message>
        <source>Answer time, tokens and cost</source>
        <translation>応答時間、トークン、コスト</translation>
    </message>
    <message>
        <source>The last answer&apos;s wait, the tokens this conversation has used and their cost where known (View, Diagnostics for more)</source>
        <translation>直前の応答までの待ち時間、この会話のトークン、分かる場合はその費用 (詳しくは 表示 &gt; 診断)</translation>
    </message>
    <message>
        <source>Live: {activity}.</source>
        <translation>ライブ: {activity}。</translation>
    </message>
    <message>
        <source>Stopped. {error}</source>
        <translation>停止しました。{error}</translation>
    </message>
    <message>
        <source>translating</source>
        <translation>翻訳中</translation>
    </message>
    <message>
        <source>Gemini is speaking (talk to interrupt)</source>
        <translation>Gemini が話しています(話すと割り込めます)</translation>
    </message>
    <message>
        <source>microphone muted (Ctrl+M to unmute); type below</source>
        <translation>マイクはミュート中 (Ctrl+M で解除)。下に入力できます</translation>
    </message>
    <message>
        <source>microphone muted (Ctrl+M to unmute)</source>
        <translation>マイクはミュート中 (Ctrl+M で解除)</translation>
    </message>
    <message>
        <source>talking</source>
        <translation>話しています</translation>
    </message>
    <message>
        <source>hold Space to talk</source>
        <translation>Space キーを押している間に話してください</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>聞き取り中</translation>
    </message>
    <message>
        <source>Connection lost{why}. Reconnecting in {seconds} s…</source>
        <translation>接続が切れました{why}。{seconds} 秒後に再接続します…</translation>
    </message>
    <message>
        <source>Connection lost{why}. Reconnecting…</source>
        <translation>接続が切れました{why}。再接続しています…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>再接続しています…</translation>
    </message>
</context>
<context>
    <name>ToolListing</name>
    <message>
        <source>Tell the time</source>
        <translation>時刻を伝える</translation>
    </message>
    <message>
        <source>Open a web page</source>
        <translation>ウェブ ページを開く</translation>
    </message>
    <message>
        <source>Copy text to your clipboard</source>
        <translation>テキストをクリップボードにコピーする</translation>
    </message>
    <message>
        <source>Look at your screen</source>
        <translation>画面を見る</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>The saved conversation, every message</source>
        <translation>保存された会話の全メッセージ</translation>
    </message>
    <message>
        <source>Searched: {queries}</source>
        <translation>検索語: {queries}</translation>
    </message>
    <message>
        <source>Sources: {links}</source>
        <translation>出典: {links}</translation>
    </message>
    <message>
        <source>▾ Thoughts</source>
        <translation>▾ 思考</translation>
    </message>
    <message>
        <source>▸ Thoughts</source>
        <translation>▸ 思考</translation>
    </message>
</context>
<context>
    <name>TranslationView</name>
    <message>
        <source>Translation</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>What was heard and its translation, side by side, newest at the bottom</source>
        <translation>聞き取った内容とその翻訳を並べて表示します。最新のものが一番下です</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>聞き取った内容</translation>
    </message>
    <message>
        <source>Translation — {language}</source>
        <translation>翻訳 — {language}</translation>
    </message>
</context>
<context>
    <name>VideoPreview</name>
    <message>
        <source>Video preview</source>
        <translation>ビデオのプレビュー</translation>
    </message>
    <message>
        <source>What the model sees</source>
        <translation>モデルが見ているもの</translation>
    </message>
    <message>
        <source>Video off</source>
        <translation>ビデオはオフです</translation>
    </message>
</context>
</TS>
