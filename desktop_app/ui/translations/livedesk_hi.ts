<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Gemini asks</source>
        <translation>Gemini पूछ रहा है</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Exactly what would be used or sent</source>
        <translation>ठीक वही जो इस्तेमाल या भेजा जाएगा</translation>
    </message>
    <message>
        <source>&amp;Always allow {tool} in this conversation</source>
        <translation>इस बातचीत में {tool} को हमेशा अनुमति दें(&amp;A)</translation>
    </message>
    <message>
        <source>Do not ask again about this until the conversation ends</source>
        <translation>बातचीत खत्म होने तक दोबारा न पूछें</translation>
    </message>
    <message>
        <source>Allow it this time</source>
        <translation>इस बार अनुमति दें</translation>
    </message>
    <message>
        <source>Refuse (the default)</source>
        <translation>मना करें (डिफ़ॉल्ट)</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>बातचीत</translation>
    </message>
    <message>
        <source>What you and Gemini said, newest at the bottom</source>
        <translation>आपने और Gemini ने जो कहा, सबसे नया सबसे नीचे</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>नई बातचीत</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Text in</source>
        <translation>पाठ (इनपुट)</translation>
    </message>
    <message>
        <source>Audio in</source>
        <translation>ऑडियो (इनपुट)</translation>
    </message>
    <message>
        <source>Images in</source>
        <translation>चित्र (इनपुट)</translation>
    </message>
    <message>
        <source>Video in</source>
        <translation>वीडियो (इनपुट)</translation>
    </message>
    <message>
        <source>Other in (not itemised)</source>
        <translation>अन्य इनपुट (बिना ब्योरे)</translation>
    </message>
    <message>
        <source>Text out</source>
        <translation>पाठ (आउटपुट)</translation>
    </message>
    <message>
        <source>Audio out</source>
        <translation>ऑडियो (आउटपुट)</translation>
    </message>
    <message>
        <source>Other out (not itemised)</source>
        <translation>अन्य आउटपुट (बिना ब्योरे)</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>सोच</translation>
    </message>
    <message>
        <source>No tokens yet.</source>
        <translation>अभी कोई टोकन नहीं।</translation>
    </message>
    <message>
        <source>No known price for this model: tokens only.</source>
        <translation>इस मॉडल की कोई ज्ञात कीमत नहीं: केवल टोकन।</translation>
    </message>
    <message>
        <source>{amount} at the prices of {date}.</source>
        <translation>{date} की कीमतों पर {amount}।</translation>
    </message>
    <message>
        <source>median answer {ms} ms</source>
        <translation>मध्य उत्तर {ms} ms</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>एक अज्ञात तिथि</translation>
    </message>
    <message>
        <source>{tokens} tokens have no known price ({kinds}).</source>
        <translation>{tokens} टोकन की कोई ज्ञात कीमत नहीं ({kinds})।</translation>
    </message>
    <message>
        <source>answer {ms} ms</source>
        <translation>उत्तर {ms} ms</translation>
    </message>
    <message>
        <source>{count} tokens</source>
        <translation>{count} टोकन</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPanel</name>
    <message>
        <source>Diagnostics</source>
        <translation>निदान</translation>
    </message>
    <message>
        <source>Latency and cost figures of this conversation</source>
        <translation>इस बातचीत की विलंब और लागत के आँकड़े</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>उत्तर</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>बारी</translation>
    </message>
    <message>
        <source>Answer (ms)</source>
        <translation>उत्तर (ms)</translation>
    </message>
    <message>
        <source>Ended by</source>
        <translation>अंत का कारण</translation>
    </message>
    <message>
        <source>Arrival (ms)</source>
        <translation>आगमन (ms)</translation>
    </message>
    <message>
        <source>Playout (ms)</source>
        <translation>प्लेबैक (ms)</translation>
    </message>
    <message>
        <source>Cut → silence (ms)</source>
        <translation>कटौती → मौन (ms)</translation>
    </message>
    <message>
        <source>Answer times</source>
        <translation>उत्तर समय</translation>
    </message>
    <message>
        <source>For each model turn: from the end of your turn to the first sound of the answer, split into its arrival and its playout</source>
        <translation>मॉडल की हर बारी के लिए: आपकी बारी के अंत से उत्तर की पहली ध्वनि तक, आगमन और प्लेबैक में बँटा हुआ</translation>
    </message>
    <message>
        <source>Answer time summary</source>
        <translation>उत्तर समय का सारांश</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>कनेक्शन</translation>
    </message>
    <message>
        <source>Setup times</source>
        <translation>सेटअप समय</translation>
    </message>
    <message>
        <source>From opening each connection to the server&apos;s setupComplete</source>
        <translation>हर कनेक्शन खुलने से सर्वर के setupComplete तक</translation>
    </message>
    <message>
        <source>Reconnect gaps</source>
        <translation>पुनः कनेक्शन के अंतराल</translation>
    </message>
    <message>
        <source>From losing the connection to the next setupComplete</source>
        <translation>कनेक्शन टूटने से अगले setupComplete तक</translation>
    </message>
    <message>
        <source>Setup (ms):</source>
        <translation>सेटअप (ms):</translation>
    </message>
    <message>
        <source>Reconnect gaps (ms):</source>
        <translation>पुनः कनेक्शन अंतराल (ms):</translation>
    </message>
    <message>
        <source>Tokens and cost</source>
        <translation>टोकन और लागत</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>टोकन</translation>
    </message>
    <message>
        <source>Tokens by kind</source>
        <translation>प्रकार के अनुसार टोकन</translation>
    </message>
    <message>
        <source>Tokens of this conversation by modality, as the server counted them</source>
        <translation>इस बातचीत के टोकन, माध्यम के अनुसार, जैसे सर्वर ने गिने</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>लागत</translation>
    </message>
    <message>
        <source>What the tokens cost, where known</source>
        <translation>टोकन की लागत, जहाँ ज्ञात हो</translation>
    </message>
    <message>
        <source>silence</source>
        <translation>मौन</translation>
    </message>
    <message>
        <source>key released</source>
        <translation>कुंजी छोड़ी गई</translation>
    </message>
    <message>
        <source>text sent</source>
        <translation>पाठ भेजा गया</translation>
    </message>
    <message>
        <source>Median answer time: {ms} ms.</source>
        <translation>मध्य उत्तर समय: {ms} ms.</translation>
    </message>
    <message>
        <source>No answer measured yet.</source>
        <translation>अभी तक कोई उत्तर नहीं मापा गया।</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
</context>
<context>
    <name>EntryWidget</name>
    <message>
        <source>You</source>
        <translation>आप</translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation>टूल कॉल</translation>
    </message>
    <message>
        <source>— listening…</source>
        <translation>— सुन रहा है…</translation>
    </message>
    <message>
        <source>— speaking…</source>
        <translation>— बोल रहा है…</translation>
    </message>
    <message>
        <source>— running…</source>
        <translation>— चल रहा है…</translation>
    </message>
    <message>
        <source>— interrupted</source>
        <translation>— बीच में रोका गया</translation>
    </message>
    <message>
        <source>— cancelled</source>
        <translation>— रद्द किया गया</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>विचार</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s thought summaries</source>
        <translation>मॉडल के विचारों का सारांश दिखाएँ या छिपाएँ</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>The pages Google Search found</source>
        <translation>Google Search को मिले पेज</translation>
    </message>
    <message>
        <source>Sources: {links}</source>
        <translation>स्रोत: {links}</translation>
    </message>
    <message>
        <source>Searched: {queries}</source>
        <translation>खोजा गया: {queries}</translation>
    </message>
    <message>
        <source>{speaker}: {text}</source>
        <translation>{speaker}: {text}</translation>
    </message>
    <message>
        <source>— failed</source>
        <translation>— विफल</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>&lt;h3&gt;Welcome to LiveDesk&lt;/h3&gt;&lt;p&gt;Talk with Gemini in real time, with your voice, your camera or your screen.&lt;/p&gt;&lt;p&gt;LiveDesk needs a Gemini API key. It is free to create one; the key is kept in your system&apos;s keyring, never in a file or a log.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LiveDesk में आपका स्वागत है&lt;/h3&gt;&lt;p&gt;अपनी आवाज़, कैमरा या स्क्रीन के साथ Gemini से रीयल टाइम में बात करें।&lt;/p&gt;&lt;p&gt;LiveDesk को Gemini API कुंजी चाहिए। इसे बनाना मुफ़्त है; कुंजी आपके सिस्टम के कीरिंग में रखी जाती है, कभी किसी फ़ाइल या लॉग में नहीं।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome to LiveDesk</source>
        <translation>LiveDesk में आपका स्वागत है</translation>
    </message>
    <message>
        <source>Get a Gemini API key</source>
        <translation>Gemini API कुंजी पाएँ</translation>
    </message>
    <message>
        <source>Opens Google AI Studio</source>
        <translation>Google AI Studio खोलता है</translation>
    </message>
    <message>
        <source>Paste your API key here</source>
        <translation>अपनी API कुंजी यहाँ चिपकाएँ</translation>
    </message>
    <message>
        <source>No key yet? Offline mode talks to a small built-in stand-in for the service: it answers with a fixed sentence, and shows that your microphone, speaker and camera work.</source>
        <translation>अभी कुंजी नहीं है? ऑफ़लाइन मोड सेवा के एक छोटे, ऐप में बने विकल्प से बात करता है: वह एक तय वाक्य से जवाब देता है, और दिखाता है कि आपका माइक्रोफ़ोन, स्पीकर और कैमरा काम करते हैं।</translation>
    </message>
    <message>
        <source>&amp;Use this key</source>
        <translation>यह कुंजी इस्तेमाल करें(&amp;U)</translation>
    </message>
    <message>
        <source>Use this key</source>
        <translation>यह कुंजी इस्तेमाल करें</translation>
    </message>
    <message>
        <source>Keep the key in the system keyring and start</source>
        <translation>कुंजी को सिस्टम कीरिंग में रखें और शुरू करें</translation>
    </message>
    <message>
        <source>Try &amp;offline mode</source>
        <translation>ऑफ़लाइन मोड आज़माएँ(&amp;O)</translation>
    </message>
    <message>
        <source>Try offline mode</source>
        <translation>ऑफ़लाइन मोड आज़माएँ</translation>
    </message>
    <message>
        <source>Talk to the built-in stand-in for the service: no key, no network</source>
        <translation>सेवा के ऐप में बने विकल्प से बात करें: न कुंजी, न नेटवर्क</translation>
    </message>
    <message>
        <source>Close without a key</source>
        <translation>बिना कुंजी के बंद करें</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>LiveDesk history</source>
        <translation>LiveDesk इतिहास</translation>
    </message>
    <message>
        <source>Search everything that was said</source>
        <translation>जो कुछ कहा गया, उसमें खोजें</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>बातचीतें</translation>
    </message>
    <message>
        <source>Saved conversations, newest first; choose one to read it</source>
        <translation>सहेजी गई बातचीतें, सबसे नई पहले; पढ़ने के लिए एक चुनें</translation>
    </message>
    <message>
        <source>Choose a conversation on the left.</source>
        <translation>बाईं ओर से एक बातचीत चुनें।</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>निर्यात की स्थिति</translation>
    </message>
    <message>
        <source>Whether the export was saved</source>
        <translation>निर्यात सहेजा गया या नहीं</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Markdown में निर्यात करें(&amp;M)…</translation>
    </message>
    <message>
        <source>Export Markdown</source>
        <translation>Markdown में निर्यात करें</translation>
    </message>
    <message>
        <source>Save this conversation as a Markdown file</source>
        <translation>इस बातचीत को Markdown फ़ाइल के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>JSON में निर्यात करें(&amp;J)…</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>JSON में निर्यात करें</translation>
    </message>
    <message>
        <source>Save this conversation as a JSON file</source>
        <translation>इस बातचीत को JSON फ़ाइल के रूप में सहेजें</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>हटाएँ(&amp;D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Delete this conversation for good</source>
        <translation>इस बातचीत को हमेशा के लिए हटाएँ</translation>
    </message>
    <message>
        <source> · recording</source>
        <translation> · रिकॉर्ड हो रही है</translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n संदेश</numerusform>
            <numerusform>%n संदेश</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>कोई मेल नहीं मिला।</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Could not read the history: {error}</source>
        <translation>इतिहास पढ़ा नहीं जा सका: {error}</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>अभी कोई बातचीत नहीं है।</translation>
    </message>
    <message>
        <source>Could not read this conversation: {error}</source>
        <translation>यह बातचीत पढ़ी नहीं जा सकी: {error}</translation>
    </message>
    <message>
        <source>This conversation was deleted.</source>
        <translation>यह बातचीत हटा दी गई है।</translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation>{file} सहेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Could not save {file}: {error}</source>
        <translation>{file} सहेजा नहीं जा सका: {error}</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>{file} सहेजा गया।</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>बातचीत हटाएँ</translation>
    </message>
    <message>
        <source>Delete “{title}” for good?</source>
        <translation>“{title}” को हमेशा के लिए हटाएँ?</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>हटाया जा रहा है…</translation>
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
        <translation>बातचीत निर्यात करें</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>How loud it is</source>
        <translation>आवाज़ कितनी तेज़ है</translation>
    </message>
    <message>
        <source>{meter} level</source>
        <translation>{meter} का स्तर</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Video off. Choose Camera or Screen to let Gemini see.</source>
        <translation>वीडियो बंद है। Gemini को दिखाने के लिए कैमरा या स्क्रीन चुनें।</translation>
    </message>
    <message>
        <source>The camera starts when you connect.</source>
        <translation>कनेक्ट करने पर कैमरा शुरू होता है।</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>कैमरा शुरू हो रहा है…</translation>
    </message>
    <message>
        <source>Screen sharing starts when you connect.</source>
        <translation>कनेक्ट करने पर स्क्रीन शेयरिंग शुरू होती है।</translation>
    </message>
    <message>
        <source>Starting screen sharing…</source>
        <translation>स्क्रीन शेयरिंग शुरू हो रही है…</translation>
    </message>
    <message>
        <source>What the model sees (one picture a second)</source>
        <translation>मॉडल क्या देखता है (हर सेकंड एक तस्वीर)</translation>
    </message>
    <message>
        <source>This model hears only: no camera or screen is shared with it.</source>
        <translation>यह मॉडल सिर्फ़ सुनता है: इसके साथ कोई कैमरा या स्क्रीन शेयर नहीं होती।</translation>
    </message>
    <message>
        <source>Connect, or resume a paused conversation</source>
        <translation>कनेक्ट करें, या रुकी हुई बातचीत फिर से शुरू करें</translation>
    </message>
    <message>
        <source>Pause (keeps the conversation)</source>
        <translation>रोकें (बातचीत बनी रहती है)</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>बातचीत खत्म करें</translation>
    </message>
    <message>
        <source>Mute or unmute the microphone</source>
        <translation>माइक्रोफ़ोन म्यूट या अनम्यूट करें</translation>
    </message>
    <message>
        <source>Hold to talk, in push-to-talk mode (not while typing)</source>
        <translation>बोलने के लिए दबाए रखें, पुश-टू-टॉक मोड में (टाइप करते समय नहीं)</translation>
    </message>
    <message>
        <source>Type a message</source>
        <translation>संदेश टाइप करें</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>History</source>
        <translation>इतिहास</translation>
    </message>
    <message>
        <source>Diagnostics: answer times, tokens and cost</source>
        <translation>निदान: उत्तर समय, टोकन और लागत</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>बाहर निकलें</translation>
    </message>
    <message>
        <source>A live voice and video conversation with Gemini</source>
        <translation>Gemini के साथ लाइव आवाज़ और वीडियो बातचीत</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>कनेक्ट करें(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>रोकें(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>खत्म करें(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Mute microphone</source>
        <translation>माइक्रोफ़ोन म्यूट करें(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Type a message</source>
        <translation>संदेश टाइप करें(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>सेटिंग्स(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>इतिहास(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation>निदान(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;About LiveDesk</source>
        <translation>LiveDesk के बारे में(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>बातचीत(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <source>What went wrong and what to do</source>
        <translation>क्या गलत हुआ और क्या करें</translation>
    </message>
    <message>
        <source>&amp;Open settings</source>
        <translation>सेटिंग्स खोलें(&amp;O)</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>सेटिंग्स खोलें</translation>
    </message>
    <message>
        <source>Change the settings to fix this</source>
        <translation>इसे ठीक करने के लिए सेटिंग्स बदलें</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Hide these problems</source>
        <translation>ये समस्याएँ छिपाएँ</translation>
    </message>
    <message>
        <source>Gemini &amp;sees:</source>
        <translation>Gemini देखता है(&amp;S):</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>कैमरा</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>स्क्रीन</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>कुछ नहीं</translation>
    </message>
    <message>
        <source>Gemini sees</source>
        <translation>Gemini देखता है</translation>
    </message>
    <message>
        <source>Which screen to share</source>
        <translation>कौन-सी स्क्रीन शेयर करनी है</translation>
    </message>
    <message>
        <source>Screen to share</source>
        <translation>शेयर करने वाली स्क्रीन</translation>
    </message>
    <message>
        <source>Press Connect (F5) and start talking, or type below.
Your words and Gemini&apos;s answers appear here as they are spoken.</source>
        <translation>कनेक्ट (F5) दबाएँ और बोलना शुरू करें, या नीचे टाइप करें।
आपके शब्द और Gemini के जवाब बोले जाते ही यहाँ दिखते हैं।</translation>
    </message>
    <message>
        <source>Type a message to Gemini and press Enter</source>
        <translation>Gemini को संदेश टाइप करें और Enter दबाएँ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <source>Type a message to Gemini and press Enter (Ctrl+L comes here)</source>
        <translation>Gemini को संदेश टाइप करें और Enter दबाएँ (Ctrl+L यहाँ लाता है)</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>भेजें(&amp;D)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>भेजें</translation>
    </message>
    <message>
        <source>Send the typed message to Gemini</source>
        <translation>टाइप किया गया संदेश Gemini को भेजें</translation>
    </message>
    <message>
        <source>Hold to talk ({key})</source>
        <translation>बोलने के लिए दबाए रखें ({key})</translation>
    </message>
    <message>
        <source>Hold to talk</source>
        <translation>बोलने के लिए दबाए रखें</translation>
    </message>
    <message>
        <source>Gemini listens while this button or {key} is held</source>
        <translation>जब तक यह बटन या {key} दबा रहता है, Gemini सुनता है</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>माइक्रोफ़ोन</translation>
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
        <translation>{model} सिर्फ़ बोला गया इनपुट लेता है।</translation>
    </message>
    <message>
        <source>{model} hears only: it takes no pictures.</source>
        <translation>{model} सिर्फ़ सुनता है: यह तस्वीरें नहीं लेता।</translation>
    </message>
    <message>
        <source>Un&amp;mute microphone</source>
        <translation>माइक्रोफ़ोन अनम्यूट करें(&amp;M)</translation>
    </message>
    <message>
        <source>Microphone (muted: not sent)</source>
        <translation>माइक्रोफ़ोन (म्यूट: कुछ नहीं भेजा जाता)</translation>
    </message>
    <message>
        <source>Monitor 1</source>
        <translation>मॉनिटर 1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>About LiveDesk</source>
        <translation>LiveDesk के बारे में</translation>
    </message>
    <message>
        <source>LiveDesk {version}&lt;br&gt;Real-time voice and video conversations with Gemini through the Live API.</source>
        <translation>LiveDesk {version}&lt;br&gt;Live API के ज़रिए Gemini के साथ रीयल-टाइम आवाज़ और वीडियो बातचीत।</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>फिर से शुरू करें(&amp;R)</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>स्पीकर</translation>
    </message>
    <message>
        <source>{device} not found: {message}</source>
        <translation>{device} नहीं मिला: {message}</translation>
    </message>
    <message>
        <source>{device} unavailable: {message}</source>
        <translation>{device} उपलब्ध नहीं: {message}</translation>
    </message>
    <message>
        <source>{device} lost: {message}</source>
        <translation>{device} का संपर्क टूट गया: {message}</translation>
    </message>
    <message>
        <source>{problem}
The conversation goes on without video.</source>
        <translation>{problem}
बातचीत बिना वीडियो के जारी रहती है।</translation>
    </message>
    <message>
        <source>{device}: {name}.</source>
        <translation>{device}: {name}।</translation>
    </message>
</context>
<context>
    <name>RollingColumn</name>
    <message>
        <source>Older messages are in History (Ctrl+H).</source>
        <translation>पुराने संदेश इतिहास में हैं (Ctrl+H)।</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>API key</source>
        <translation>API कुंजी</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>दिखाएँ(&amp;W)</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>कुंजी दिखाएँ</translation>
    </message>
    <message>
        <source>Show the key as plain text to check it</source>
        <translation>जाँचने के लिए कुंजी को सादे टेक्स्ट में दिखाएँ</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Server default</source>
        <translation>सर्वर का डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>High</source>
        <translation>ज़्यादा</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>कम</translation>
    </message>
    <message>
        <source>Automatic: low for the camera, medium for a screen</source>
        <translation>अपने आप: कैमरे के लिए कम, स्क्रीन के लिए मध्यम</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>मध्यम</translation>
    </message>
    <message>
        <source>Your speech and every video frame</source>
        <translation>आपकी आवाज़ और हर वीडियो फ़्रेम</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>मॉडल का डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>Only what came while you spoke (cheapest; typed questions may not see the picture)</source>
        <translation>सिर्फ़ वह जो आपके बोलते समय आया (सबसे सस्ता; टाइप किए गए सवाल शायद तस्वीर न देखें)</translation>
    </message>
    <message>
        <source>Everything since the last turn, silence included</source>
        <translation>पिछली बारी के बाद से सब कुछ, चुप्पी समेत</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Token budget</source>
        <translation>टोकन बजट</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>स्तर</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>कैमरा</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>स्क्रीन</translation>
    </message>
    <message>
        <source>Automatic (what the model needs)</source>
        <translation>अपने आप (जो मॉडल को चाहिए)</translation>
    </message>
    <message>
        <source>Get a Gemini API key (Google AI Studio)</source>
        <translation>Gemini API कुंजी पाएँ (Google AI Studio)</translation>
    </message>
    <message>
        <source>Not supported by {model}.</source>
        <translation>{model} इसे सपोर्ट नहीं करता।</translation>
    </message>
    <message>
        <source>LiveDesk settings</source>
        <translation>LiveDesk सेटिंग्स</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>कनेक्शन</translation>
    </message>
    <message>
        <source>Model and voice</source>
        <translation>मॉडल और आवाज़</translation>
    </message>
    <message>
        <source>Turn taking</source>
        <translation>बोलने की बारी</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>डिवाइस</translation>
    </message>
    <message>
        <source>Changes apply at once. A live conversation reconnects with its resumption handle and keeps its context.</source>
        <translation>बदलाव तुरंत लागू होते हैं। चल रही बातचीत अपने रिज़्यूम हैंडल से फिर से कनेक्ट होती है और अपना संदर्भ बनाए रखती है।</translation>
    </message>
    <message>
        <source>Apply the changes and close</source>
        <translation>बदलाव लागू करें और बंद करें</translation>
    </message>
    <message>
        <source>Close; applied changes stay</source>
        <translation>बंद करें; लागू किए गए बदलाव बने रहते हैं</translation>
    </message>
    <message>
        <source>Apply the changes now</source>
        <translation>बदलाव अभी लागू करें</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>सेटिंग्स के पेज</translation>
    </message>
    <message>
        <source>Ctrl+Tab moves to the next page</source>
        <translation>Ctrl+Tab अगले पेज पर ले जाता है</translation>
    </message>
    <message>
        <source>Gemini API (API key)</source>
        <translation>Gemini API (API कुंजी)</translation>
    </message>
    <message>
        <source>Vertex AI (project, Application Default Credentials)</source>
        <translation>Vertex AI (प्रोजेक्ट, Application Default Credentials)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>सेवा</translation>
    </message>
    <message>
        <source>Paste your key; it is kept in the system keyring only</source>
        <translation>अपनी कुंजी चिपकाएँ; यह सिर्फ़ सिस्टम कीरिंग में रखी जाती है</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API कुंजी(&amp;K)</translation>
    </message>
    <message>
        <source>Get a Gemini API key</source>
        <translation>Gemini API कुंजी पाएँ</translation>
    </message>
    <message>
        <source>Opens Google AI Studio</source>
        <translation>Google AI Studio खोलता है</translation>
    </message>
    <message>
        <source>Vertex project</source>
        <translation>Vertex प्रोजेक्ट</translation>
    </message>
    <message>
        <source>Vertex location</source>
        <translation>Vertex लोकेशन</translation>
    </message>
    <message>
        <source>Google (default), or https://relay.example:443</source>
        <translation>Google (डिफ़ॉल्ट), या https://relay.example:443</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>एंडपॉइंट</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation>CA फ़ाइल ब्राउज़ करें</translation>
    </message>
    <message>
        <source>Choose a PEM file</source>
        <translation>PEM फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt)</source>
        <translation>PEM फ़ाइलें (*.pem *.crt)</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA फ़ाइल</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API संस्करण</translation>
    </message>
    <message>
        <source>An organisation&apos;s token service (optional)</source>
        <translation>किसी संगठन की टोकन सेवा (वैकल्पिक)</translation>
    </message>
    <message>
        <source>Token service</source>
        <translation>टोकन सेवा</translation>
    </message>
    <message>
        <source>Vertex AI</source>
        <translation>Vertex AI</translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation>सूची में जोड़ें</translation>
    </message>
    <message>
        <source>Keep the typed model ID in the list</source>
        <translation>टाइप किया गया मॉडल ID सूची में रखें</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>निकालें</translation>
    </message>
    <message>
        <source>Remove a model you added from the list</source>
        <translation>आपका जोड़ा हुआ मॉडल सूची से निकालें</translation>
    </message>
    <message>
        <source>Ask the server</source>
        <translation>सर्वर से पूछें</translation>
    </message>
    <message>
        <source>Add the models the service lists for Live conversations</source>
        <translation>सेवा जिन मॉडलों को Live बातचीत के लिए दिखाती है, उन्हें जोड़ें</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>मॉडल(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>चलाएँ(&amp;P)</translation>
    </message>
    <message>
        <source>Play a sample of this voice</source>
        <translation>इस आवाज़ का नमूना चलाएँ</translation>
    </message>
    <message>
        <source>The chosen model says one short sentence in this voice and language</source>
        <translation>चुना गया मॉडल इस आवाज़ और भाषा में एक छोटा वाक्य बोलता है</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>आवाज़(&amp;V)</translation>
    </message>
    <message>
        <source>Voice sample</source>
        <translation>आवाज़ का नमूना</translation>
    </message>
    <message>
        <source>How the voice sample goes</source>
        <translation>आवाज़ के नमूने की स्थिति</translation>
    </message>
    <message>
        <source>The interface&apos;s language, where the model speaks it</source>
        <translation>इंटरफ़ेस की भाषा, अगर मॉडल उसे बोलता है</translation>
    </message>
    <message>
        <source>Automatic (the model chooses)</source>
        <translation>अपने आप (मॉडल चुनता है)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>The language the model speaks; by default the interface&apos;s</source>
        <translation>मॉडल जो भाषा बोलता है; डिफ़ॉल्ट रूप से इंटरफ़ेस की भाषा</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा(&amp;L)</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>सिस्टम की भाषा</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>इंटरफ़ेस की भाषा</translation>
    </message>
    <message>
        <source>The language of LiveDesk&apos;s windows; it changes at the next start</source>
        <translation>LiveDesk की विंडो की भाषा; यह अगली बार शुरू करने पर बदलती है</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>इंटरफ़ेस की भाषा(&amp;I)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Translate into</source>
        <translation>इसमें अनुवाद करें</translation>
    </message>
    <message>
        <source>How the model should behave (optional)</source>
        <translation>मॉडल को कैसा व्यवहार करना चाहिए (वैकल्पिक)</translation>
    </message>
    <message>
        <source>S&amp;ystem instruction</source>
        <translation>सिस्टम निर्देश(&amp;Y)</translation>
    </message>
    <message>
        <source>Show what the model says as text</source>
        <translation>मॉडल जो कहता है उसे टेक्स्ट के रूप में दिखाएँ</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>ट्रांसक्रिप्ट</translation>
    </message>
    <message>
        <source>Video resolution</source>
        <translation>वीडियो रिज़ॉल्यूशन</translation>
    </message>
    <message>
        <source>How finely the model looks at each frame: low costs 64 tokens a frame, medium and high 256</source>
        <translation>मॉडल हर फ़्रेम को कितनी बारीकी से देखता है: कम पर हर फ़्रेम के 64 टोकन लगते हैं, मध्यम और ज़्यादा पर 256</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>तय करें</translation>
    </message>
    <message>
        <source>Set the temperature</source>
        <translation>तापमान तय करें</translation>
    </message>
    <message>
        <source>Unticked, the model&apos;s default temperature is used</source>
        <translation>निशान न होने पर मॉडल का डिफ़ॉल्ट तापमान इस्तेमाल होता है</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>तापमान</translation>
    </message>
    <message>
        <source>From 0 (steady) to 2 (varied)</source>
        <translation>0 (स्थिर) से 2 (विविध) तक</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> टोकन</translation>
    </message>
    <message>
        <source>Thinking budget</source>
        <translation>सोचने का बजट</translation>
    </message>
    <message>
        <source>How many tokens the model may think with</source>
        <translation>मॉडल सोचने के लिए कितने टोकन इस्तेमाल कर सकता है</translation>
    </message>
    <message>
        <source>Thinking level</source>
        <translation>सोचने का स्तर</translation>
    </message>
    <message>
        <source>How much the model thinks</source>
        <translation>मॉडल कितना सोचता है</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>सोचना</translation>
    </message>
    <message>
        <source>Show thought summaries (collapsed)</source>
        <translation>विचारों के सारांश दिखाएँ (समेटे हुए)</translation>
    </message>
    <message>
        <source>Affective dialog (adapts to your tone)</source>
        <translation>भावनात्मक संवाद (आपके लहजे के अनुसार ढलता है)</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>सुविधाएँ</translation>
    </message>
    <message>
        <source>Proactive audio (may choose not to answer)</source>
        <translation>प्रोएक्टिव ऑडियो (जवाब न देना भी चुन सकता है)</translation>
    </message>
    <message>
        <source>Google Search grounding</source>
        <translation>Google Search से ग्राउंडिंग</translation>
    </message>
    <message>
        <source>Functions it may call</source>
        <translation>वे फ़ंक्शन जिन्हें यह कॉल कर सकता है</translation>
    </message>
    <message>
        <source>Tick the local functions the model may call; Space ticks</source>
        <translation>उन लोकल फ़ंक्शन पर निशान लगाएँ जिन्हें मॉडल कॉल कर सकता है; Space से निशान लगता है</translation>
    </message>
    <message>
        <source>Pages on this computer or the local network may be opened</source>
        <translation>इस कंप्यूटर या लोकल नेटवर्क के पेज खोले जा सकते हैं</translation>
    </message>
    <message>
        <source>{tool} — asks you first</source>
        <translation>{tool} — पहले आपसे पूछता है</translation>
    </message>
    <message>
        <source>Push to talk: the model listens only while Space is held</source>
        <translation>पुश-टू-टॉक: मॉडल सिर्फ़ तब सुनता है जब Space दबा हो</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>मोड</translation>
    </message>
    <message>
        <source>Start-of-speech sensitivity</source>
        <translation>बोलना शुरू होने की संवेदनशीलता</translation>
    </message>
    <message>
        <source>End-of-speech sensitivity</source>
        <translation>बोलना खत्म होने की संवेदनशीलता</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Silence that ends your turn</source>
        <translation>आपकी बारी खत्म करने वाली चुप्पी</translation>
    </message>
    <message>
        <source>Speech kept before the start</source>
        <translation>शुरुआत से पहले रखी जाने वाली आवाज़</translation>
    </message>
    <message>
        <source>What a turn includes</source>
        <translation>एक बारी में क्या शामिल है</translation>
    </message>
    <message>
        <source>Which of the audio and video sent since the last answer the model takes (and bills) with your turn</source>
        <translation>पिछले जवाब के बाद भेजे गए ऑडियो और वीडियो में से मॉडल आपकी बारी के साथ क्या लेता है (और उसका बिल बनाता है)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>सिस्टम डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>&amp;Microphone</source>
        <translation>माइक्रोफ़ोन(&amp;M)</translation>
    </message>
    <message>
        <source>S&amp;peaker</source>
        <translation>स्पीकर(&amp;P)</translation>
    </message>
    <message>
        <source>I use headphones (turns echo cancellation off)</source>
        <translation>मैं हेडफ़ोन इस्तेमाल करता हूँ (इको कैंसलेशन बंद करता है)</translation>
    </message>
    <message>
        <source>Suppress background noise</source>
        <translation>पीछे का शोर कम करें</translation>
    </message>
    <message>
        <source>Pause sending while the microphone hears nothing (saves CPU and data)</source>
        <translation>जब माइक्रोफ़ोन कुछ न सुने, तब भेजना रोकें (CPU और डेटा बचाता है)</translation>
    </message>
    <message>
        <source>Video at start</source>
        <translation>शुरुआत में वीडियो</translation>
    </message>
    <message>
        <source>A camera index, or a video file or URL</source>
        <translation>कैमरा नंबर, या कोई वीडियो फ़ाइल या URL</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>वीडियो फ़ाइल…</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>वीडियो फ़ाइल</translation>
    </message>
    <message>
        <source>Use a video file as the camera</source>
        <translation>किसी वीडियो फ़ाइल को कैमरे की तरह इस्तेमाल करें</translation>
    </message>
    <message>
        <source>Monitor 1</source>
        <translation>मॉनिटर 1</translation>
    </message>
    <message>
        <source>Screen to share</source>
        <translation>शेयर करने वाली स्क्रीन</translation>
    </message>
    <message>
        <source> s</source>
        <translation> सेकंड</translation>
    </message>
    <message>
        <source>A still picture is sent every</source>
        <translation>स्थिर तस्वीर हर इतने समय में भेजी जाती है</translation>
    </message>
    <message>
        <source>When nothing moves and nobody speaks; changes, speech and the start of your turn send a frame at once. 1 sends one every second</source>
        <translation>जब कुछ नहीं हिलता और कोई नहीं बोलता; बदलाव, आवाज़ और आपकी बारी की शुरुआत तुरंत एक फ़्रेम भेजते हैं। 1 हर सेकंड एक भेजता है</translation>
    </message>
    <message>
        <source>Asking the server for its Live models…</source>
        <translation>सर्वर से उसके Live मॉडल पूछे जा रहे हैं…</translation>
    </message>
    <message>
        <source>Offline: this is the built-in emulator&apos;s stand-in voice, not {voice}.</source>
        <translation>ऑफ़लाइन: यह बिल्ट-इन एमुलेटर की स्थानापन्न आवाज़ है, {voice} नहीं।</translation>
    </message>
    <message>
        <source>Asking the model for a sample of {voice}…</source>
        <translation>मॉडल से {voice} का नमूना माँगा जा रहा है…</translation>
    </message>
    <message>
        <source>Playing {voice} (kept from before: no request).</source>
        <translation>{voice} चल रही है (पहले से रखा हुआ: कोई अनुरोध नहीं)।</translation>
    </message>
    <message>
        <source>Playing {voice}.</source>
        <translation>{voice} चल रही है।</translation>
    </message>
    <message>
        <source>That was {voice}.</source>
        <translation>यह {voice} थी।</translation>
    </message>
    <message>
        <source>Gemini is speaking in the conversation: play the sample when it has finished.</source>
        <translation>Gemini बातचीत में बोल रहा है: उसके बोल चुकने के बाद नमूना चलाएँ।</translation>
    </message>
    <message>
        <source>A sample is already being asked for or played.</source>
        <translation>एक नमूना पहले से माँगा या चलाया जा रहा है।</translation>
    </message>
    <message>
        <source>No sample of {voice}: {error}</source>
        <translation>{voice} का कोई नमूना नहीं: {error}</translation>
    </message>
    <message>
        <source>Could not list the server&apos;s models: {error}</source>
        <translation>सर्वर के मॉडलों की सूची नहीं मिल सकी: {error}</translation>
    </message>
    <message>
        <source>The server lists {count} Live models; {new} were new here.</source>
        <translation>सर्वर {count} Live मॉडल दिखाता है; उनमें से {new} यहाँ नए थे।</translation>
    </message>
    <message>
        <source>Only for translation models.</source>
        <translation>सिर्फ़ अनुवाद मॉडलों के लिए।</translation>
    </message>
    <message>
        <source>Always on for this model.</source>
        <translation>इस मॉडल के लिए हमेशा चालू।</translation>
    </message>
    <message>
        <source>{model} has no thinking control.</source>
        <translation>{model} में सोचने का कोई नियंत्रण नहीं है।</translation>
    </message>
    <message>
        <source>Push to talk turns the server&apos;s voice detection off.</source>
        <translation>पुश-टू-टॉक सर्वर की आवाज़ पहचान को बंद कर देता है।</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>Video (*.mp4 *.avi *.mkv *.mov)</source>
        <translation>वीडियो (*.mp4 *.avi *.mkv *.mov)</translation>
    </message>
    <message>
        <source>A model the app does not know: only the options every Live model accepts are sent. Add it to resources/models.json to use more.</source>
        <translation>ऐसा मॉडल जिसे ऐप नहीं जानता: सिर्फ़ वे विकल्प भेजे जाते हैं जो हर Live मॉडल स्वीकार करता है। ज़्यादा इस्तेमाल करने के लिए इसे resources/models.json में जोड़ें।</translation>
    </message>
    <message>
        <source>speech translation: no voice, tools or text input</source>
        <translation>बोली का अनुवाद: न आवाज़, न टूल, न टेक्स्ट इनपुट</translation>
    </message>
    <message>
        <source>thinking by budget</source>
        <translation>बजट से सोचना</translation>
    </message>
    <message>
        <source>thinking by level</source>
        <translation>स्तर से सोचना</translation>
    </message>
    <message>
        <source>affective dialog</source>
        <translation>भावनात्मक संवाद</translation>
    </message>
    <message>
        <source>proactive audio always on</source>
        <translation>प्रोएक्टिव ऑडियो हमेशा चालू</translation>
    </message>
    <message>
        <source>proactive audio</source>
        <translation>प्रोएक्टिव ऑडियो</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Not connected. Press Connect (F5) to start talking.</source>
        <translation>कनेक्ट नहीं है। बोलना शुरू करने के लिए कनेक्ट (F5) दबाएँ।</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source>Paused. Resume (F5) continues the same conversation.</source>
        <translation>रुका हुआ। फिर से शुरू करें (F5) वही बातचीत जारी रखता है।</translation>
    </message>
    <message>
        <source>Conversation ended. Connect (F5) starts a new one.</source>
        <translation>बातचीत खत्म हुई। कनेक्ट (F5) नई बातचीत शुरू करता है।</translation>
    </message>
    <message>
        <source>{text} (code {code})</source>
        <translation>{text} (कोड {code})</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>What is happening now</source>
        <translation>अभी क्या हो रहा है</translation>
    </message>
    <message>
        <source>The server ends this connection in {seconds} s; switching over.</source>
        <translation>सर्वर यह कनेक्शन {seconds} सेकंड में बंद करेगा; दूसरे कनेक्शन पर जा रहे हैं।</translation>
    </message>
    <message>
        <source>The server ends this connection soon; switching over.</source>
        <translation>सर्वर यह कनेक्शन जल्द बंद करेगा; दूसरे कनेक्शन पर जा रहे हैं।</translation>
    </message>
    <message>
        <source>Answer time, tokens and cost</source>
        <translation>उत्तर समय, टोकन और लागत</translation>
    </message>
    <message>
        <source>The last answer&apos;s wait, the tokens this conversation has used and their cost where known (View, Diagnostics for more)</source>
        <translation>पिछले उत्तर की प्रतीक्षा, इस बातचीत के टोकन और ज्ञात होने पर उनकी लागत (अधिक के लिए दृश्य, निदान)</translation>
    </message>
    <message>
        <source>Live: {activity}.</source>
        <translation>लाइव: {activity}।</translation>
    </message>
    <message>
        <source>Stopped. {error}</source>
        <translation>रुक गया। {error}</translation>
    </message>
    <message>
        <source>translating</source>
        <translation>अनुवाद हो रहा है</translation>
    </message>
    <message>
        <source>Gemini is speaking (talk to interrupt)</source>
        <translation>Gemini बोल रहा है (बीच में रोकने के लिए बोलें)</translation>
    </message>
    <message>
        <source>microphone muted (Ctrl+M to unmute); type below</source>
        <translation>माइक्रोफ़ोन म्यूट है (अनम्यूट करने के लिए Ctrl+M); नीचे टाइप करें</translation>
    </message>
    <message>
        <source>microphone muted (Ctrl+M to unmute)</source>
        <translation>माइक्रोफ़ोन म्यूट है (अनम्यूट करने के लिए Ctrl+M)</translation>
    </message>
    <message>
        <source>talking</source>
        <translation>आप बोल रहे हैं</translation>
    </message>
    <message>
        <source>hold Space to talk</source>
        <translation>बोलने के लिए Space दबाए रखें</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>सुन रहा है</translation>
    </message>
    <message>
        <source>Connection lost{why}. Reconnecting in {seconds} s…</source>
        <translation>कनेक्शन टूट गया{why}। {seconds} सेकंड में फिर से कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source>Connection lost{why}. Reconnecting…</source>
        <translation>कनेक्शन टूट गया{why}। फिर से कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>फिर से कनेक्ट हो रहा है…</translation>
    </message>
</context>
<context>
    <name>ToolListing</name>
    <message>
        <source>Tell the time</source>
        <translation>समय बताना</translation>
    </message>
    <message>
        <source>Open a web page</source>
        <translation>वेब पेज खोलना</translation>
    </message>
    <message>
        <source>Copy text to your clipboard</source>
        <translation>टेक्स्ट को आपके क्लिपबोर्ड पर कॉपी करना</translation>
    </message>
    <message>
        <source>Look at your screen</source>
        <translation>आपकी स्क्रीन देखना</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Conversation</source>
        <translation>बातचीत</translation>
    </message>
    <message>
        <source>The saved conversation, every message</source>
        <translation>सहेजी गई बातचीत, हर संदेश के साथ</translation>
    </message>
    <message>
        <source>Searched: {queries}</source>
        <translation>खोजा गया: {queries}</translation>
    </message>
    <message>
        <source>Sources: {links}</source>
        <translation>स्रोत: {links}</translation>
    </message>
    <message>
        <source>▾ Thoughts</source>
        <translation>▾ विचार</translation>
    </message>
    <message>
        <source>▸ Thoughts</source>
        <translation>▸ विचार</translation>
    </message>
</context>
<context>
    <name>TranslationView</name>
    <message>
        <source>Translation</source>
        <translation>अनुवाद</translation>
    </message>
    <message>
        <source>What was heard and its translation, side by side, newest at the bottom</source>
        <translation>जो सुना गया और उसका अनुवाद, साथ-साथ, सबसे नया सबसे नीचे</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>सुना गया</translation>
    </message>
    <message>
        <source>Translation — {language}</source>
        <translation>अनुवाद — {language}</translation>
    </message>
</context>
<context>
    <name>VideoPreview</name>
    <message>
        <source>Video preview</source>
        <translation>वीडियो पूर्वावलोकन</translation>
    </message>
    <message>
        <source>What the model sees</source>
        <translation>मॉडल क्या देखता है</translation>
    </message>
    <message>
        <source>Video off</source>
        <translation>वीडियो बंद</translation>
    </message>
</context>
</TS>
