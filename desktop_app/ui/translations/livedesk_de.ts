<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Gemini asks</source>
        <translation>Gemini fragt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Exactly what would be used or sent</source>
        <translation>Genau das, was verwendet oder gesendet würde</translation>
    </message>
    <message>
        <source>&amp;Always allow {tool} in this conversation</source>
        <translation>{tool} in diesem Gespräch &amp;immer erlauben</translation>
    </message>
    <message>
        <source>Do not ask again about this until the conversation ends</source>
        <translation>Bis zum Ende des Gesprächs nicht mehr fragen</translation>
    </message>
    <message>
        <source>Allow it this time</source>
        <translation>Dieses Mal erlauben</translation>
    </message>
    <message>
        <source>Refuse (the default)</source>
        <translation>Ablehnen (Standard)</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>What you and Gemini said, newest at the bottom</source>
        <translation>Was Sie und Gemini gesagt haben, das Neueste unten</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neues Gespräch</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Text in</source>
        <translation>Text hinein</translation>
    </message>
    <message>
        <source>Audio in</source>
        <translation>Audio hinein</translation>
    </message>
    <message>
        <source>Images in</source>
        <translation>Bilder hinein</translation>
    </message>
    <message>
        <source>Video in</source>
        <translation>Video hinein</translation>
    </message>
    <message>
        <source>Other in (not itemised)</source>
        <translation>Sonstiges hinein (nicht aufgeschlüsselt)</translation>
    </message>
    <message>
        <source>Text out</source>
        <translation>Text heraus</translation>
    </message>
    <message>
        <source>Audio out</source>
        <translation>Audio heraus</translation>
    </message>
    <message>
        <source>Other out (not itemised)</source>
        <translation>Sonstiges heraus (nicht aufgeschlüsselt)</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Denken</translation>
    </message>
    <message>
        <source>No tokens yet.</source>
        <translation>Noch keine Tokens.</translation>
    </message>
    <message>
        <source>No known price for this model: tokens only.</source>
        <translation>Kein bekannter Preis für dieses Modell: nur Tokens.</translation>
    </message>
    <message>
        <source>{amount} at the prices of {date}.</source>
        <translation>{amount} zu den Preisen vom {date}.</translation>
    </message>
    <message>
        <source>median answer {ms} ms</source>
        <translation>Antwort im Median {ms} ms</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>einem unbekannten Datum</translation>
    </message>
    <message>
        <source>{tokens} tokens have no known price ({kinds}).</source>
        <translation>{tokens} Tokens haben keinen bekannten Preis ({kinds}).</translation>
    </message>
    <message>
        <source>answer {ms} ms</source>
        <translation>Antwort {ms} ms</translation>
    </message>
    <message>
        <source>{count} tokens</source>
        <translation>{count} Tokens</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPanel</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Latency and cost figures of this conversation</source>
        <translation>Latenz- und Kostenwerte dieses Gesprächs</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Zug</translation>
    </message>
    <message>
        <source>Answer (ms)</source>
        <translation>Antwort (ms)</translation>
    </message>
    <message>
        <source>Ended by</source>
        <translation>Beendet durch</translation>
    </message>
    <message>
        <source>Arrival (ms)</source>
        <translation>Ankunft (ms)</translation>
    </message>
    <message>
        <source>Playout (ms)</source>
        <translation>Wiedergabe (ms)</translation>
    </message>
    <message>
        <source>Cut → silence (ms)</source>
        <translation>Unterbrochen → Stille (ms)</translation>
    </message>
    <message>
        <source>Answer times</source>
        <translation>Antwortzeiten</translation>
    </message>
    <message>
        <source>For each model turn: from the end of your turn to the first sound of the answer, split into its arrival and its playout</source>
        <translation>Für jeden Zug des Modells: vom Ende Ihres Zugs bis zum ersten Ton der Antwort, aufgeteilt in Ankunft und Wiedergabe</translation>
    </message>
    <message>
        <source>Answer time summary</source>
        <translation>Zusammenfassung der Antwortzeiten</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Setup times</source>
        <translation>Aufbauzeiten</translation>
    </message>
    <message>
        <source>From opening each connection to the server&apos;s setupComplete</source>
        <translation>Vom Öffnen jeder Verbindung bis zum setupComplete des Servers</translation>
    </message>
    <message>
        <source>Reconnect gaps</source>
        <translation>Unterbrechungen beim Neuverbinden</translation>
    </message>
    <message>
        <source>From losing the connection to the next setupComplete</source>
        <translation>Vom Verlust der Verbindung bis zum nächsten setupComplete</translation>
    </message>
    <message>
        <source>Setup (ms):</source>
        <translation>Aufbau (ms):</translation>
    </message>
    <message>
        <source>Reconnect gaps (ms):</source>
        <translation>Neuverbindungen (ms):</translation>
    </message>
    <message>
        <source>Tokens and cost</source>
        <translation>Tokens und Kosten</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Tokens by kind</source>
        <translation>Tokens nach Art</translation>
    </message>
    <message>
        <source>Tokens of this conversation by modality, as the server counted them</source>
        <translation>Tokens dieses Gesprächs nach Modalität, wie der Server sie gezählt hat</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>What the tokens cost, where known</source>
        <translation>Was die Tokens kosten, soweit bekannt</translation>
    </message>
    <message>
        <source>silence</source>
        <translation>Stille</translation>
    </message>
    <message>
        <source>key released</source>
        <translation>Taste losgelassen</translation>
    </message>
    <message>
        <source>text sent</source>
        <translation>Text gesendet</translation>
    </message>
    <message>
        <source>Median answer time: {ms} ms.</source>
        <translation>Median der Antwortzeit: {ms} ms.</translation>
    </message>
    <message>
        <source>No answer measured yet.</source>
        <translation>Noch keine Antwort gemessen.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>EntryWidget</name>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation>Werkzeugaufruf</translation>
    </message>
    <message>
        <source>— listening…</source>
        <translation>— hört zu…</translation>
    </message>
    <message>
        <source>— speaking…</source>
        <translation>— spricht…</translation>
    </message>
    <message>
        <source>— running…</source>
        <translation>— läuft…</translation>
    </message>
    <message>
        <source>— interrupted</source>
        <translation>— unterbrochen</translation>
    </message>
    <message>
        <source>— cancelled</source>
        <translation>— abgebrochen</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Gedanken</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s thought summaries</source>
        <translation>Die Gedankenzusammenfassungen des Modells zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>The pages Google Search found</source>
        <translation>Die Seiten, die die Google-Suche gefunden hat</translation>
    </message>
    <message>
        <source>Sources: {links}</source>
        <translation>Quellen: {links}</translation>
    </message>
    <message>
        <source>Searched: {queries}</source>
        <translation>Gesucht: {queries}</translation>
    </message>
    <message>
        <source>{speaker}: {text}</source>
        <translation>{speaker}: {text}</translation>
    </message>
    <message>
        <source>— failed</source>
        <translation>— fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>&lt;h3&gt;Welcome to LiveDesk&lt;/h3&gt;&lt;p&gt;Talk with Gemini in real time, with your voice, your camera or your screen.&lt;/p&gt;&lt;p&gt;LiveDesk needs a Gemini API key. It is free to create one; the key is kept in your system&apos;s keyring, never in a file or a log.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Willkommen bei LiveDesk&lt;/h3&gt;&lt;p&gt;Sprechen Sie mit Gemini in Echtzeit, mit Ihrer Stimme, Ihrer Kamera oder Ihrem Bildschirm.&lt;/p&gt;&lt;p&gt;LiveDesk braucht einen Gemini-API-Schlüssel. Er ist kostenlos; der Schlüssel wird im Schlüsselbund Ihres Systems aufbewahrt, nie in einer Datei oder einem Protokoll.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome to LiveDesk</source>
        <translation>Willkommen bei LiveDesk</translation>
    </message>
    <message>
        <source>Get a Gemini API key</source>
        <translation>Einen Gemini-API-Schlüssel holen</translation>
    </message>
    <message>
        <source>Opens Google AI Studio</source>
        <translation>Öffnet Google AI Studio</translation>
    </message>
    <message>
        <source>Paste your API key here</source>
        <translation>Fügen Sie hier Ihren API-Schlüssel ein</translation>
    </message>
    <message>
        <source>No key yet? Offline mode talks to a small built-in stand-in for the service: it answers with a fixed sentence, and shows that your microphone, speaker and camera work.</source>
        <translation>Noch kein Schlüssel? Der Offline-Modus spricht mit einem kleinen eingebauten Ersatz für den Dienst: Er antwortet mit einem festen Satz und zeigt, dass Mikrofon, Lautsprecher und Kamera funktionieren.</translation>
    </message>
    <message>
        <source>&amp;Use this key</source>
        <translation>Diesen Schlüssel &amp;verwenden</translation>
    </message>
    <message>
        <source>Use this key</source>
        <translation>Diesen Schlüssel verwenden</translation>
    </message>
    <message>
        <source>Keep the key in the system keyring and start</source>
        <translation>Den Schlüssel im Schlüsselbund des Systems aufbewahren und beginnen</translation>
    </message>
    <message>
        <source>Try &amp;offline mode</source>
        <translation>&amp;Offline-Modus ausprobieren</translation>
    </message>
    <message>
        <source>Try offline mode</source>
        <translation>Offline-Modus ausprobieren</translation>
    </message>
    <message>
        <source>Talk to the built-in stand-in for the service: no key, no network</source>
        <translation>Mit dem eingebauten Ersatz für den Dienst sprechen: kein Schlüssel, kein Netzwerk</translation>
    </message>
    <message>
        <source>Close without a key</source>
        <translation>Ohne Schlüssel schließen</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>LiveDesk history</source>
        <translation>LiveDesk-Verlauf</translation>
    </message>
    <message>
        <source>Search everything that was said</source>
        <translation>Alles durchsuchen, was gesagt wurde</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Saved conversations, newest first; choose one to read it</source>
        <translation>Gespeicherte Gespräche, das neueste zuerst; wählen Sie eines zum Lesen</translation>
    </message>
    <message>
        <source>Choose a conversation on the left.</source>
        <translation>Wählen Sie links ein Gespräch.</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <source>Whether the export was saved</source>
        <translation>Ob der Export gespeichert wurde</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export Markdown</source>
        <translation>Als Markdown exportieren</translation>
    </message>
    <message>
        <source>Save this conversation as a Markdown file</source>
        <translation>Dieses Gespräch als Markdown-Datei speichern</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <source>Save this conversation as a JSON file</source>
        <translation>Dieses Gespräch als JSON-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this conversation for good</source>
        <translation>Dieses Gespräch endgültig löschen</translation>
    </message>
    <message>
        <source> · recording</source>
        <translation> · wird aufgezeichnet</translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not read the history: {error}</source>
        <translation>Der Verlauf konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>Noch keine Gespräche.</translation>
    </message>
    <message>
        <source>Could not read this conversation: {error}</source>
        <translation>Dieses Gespräch konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>This conversation was deleted.</source>
        <translation>Dieses Gespräch wurde gelöscht.</translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation>{file} wird gespeichert…</translation>
    </message>
    <message>
        <source>Could not save {file}: {error}</source>
        <translation>{file} konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>{file} gespeichert.</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Gespräch löschen</translation>
    </message>
    <message>
        <source>Delete “{title}” for good?</source>
        <translation>„{title}“ endgültig löschen?</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
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
        <translation>Gespräch exportieren</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>How loud it is</source>
        <translation>Wie laut es ist</translation>
    </message>
    <message>
        <source>{meter} level</source>
        <translation>Pegel: {meter}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Video off. Choose Camera or Screen to let Gemini see.</source>
        <translation>Video aus. Wählen Sie Kamera oder Bildschirm, damit Gemini etwas sieht.</translation>
    </message>
    <message>
        <source>The camera starts when you connect.</source>
        <translation>Die Kamera startet beim Verbinden.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Kamera wird gestartet…</translation>
    </message>
    <message>
        <source>Screen sharing starts when you connect.</source>
        <translation>Die Bildschirmfreigabe startet beim Verbinden.</translation>
    </message>
    <message>
        <source>Starting screen sharing…</source>
        <translation>Bildschirmfreigabe wird gestartet…</translation>
    </message>
    <message>
        <source>What the model sees (one picture a second)</source>
        <translation>Was das Modell sieht (ein Bild pro Sekunde)</translation>
    </message>
    <message>
        <source>This model hears only: no camera or screen is shared with it.</source>
        <translation>Dieses Modell hört nur zu: Weder Kamera noch Bildschirm werden mit ihm geteilt.</translation>
    </message>
    <message>
        <source>Connect, or resume a paused conversation</source>
        <translation>Verbinden oder ein pausiertes Gespräch fortsetzen</translation>
    </message>
    <message>
        <source>Pause (keeps the conversation)</source>
        <translation>Pause (das Gespräch bleibt erhalten)</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>Das Gespräch beenden</translation>
    </message>
    <message>
        <source>Mute or unmute the microphone</source>
        <translation>Mikrofon stumm- oder wieder einschalten</translation>
    </message>
    <message>
        <source>Hold to talk, in push-to-talk mode (not while typing)</source>
        <translation>Halten zum Sprechen, im Push-to-Talk-Modus (nicht beim Tippen)</translation>
    </message>
    <message>
        <source>Type a message</source>
        <translation>Eine Nachricht schreiben</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Diagnostics: answer times, tokens and cost</source>
        <translation>Diagnose: Antwortzeiten, Tokens und Kosten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>A live voice and video conversation with Gemini</source>
        <translation>Ein Live-Sprach- und Videogespräch mit Gemini</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Mute microphone</source>
        <translation>Mikrofon &amp;stummschalten</translation>
    </message>
    <message>
        <source>&amp;Type a message</source>
        <translation>Nachricht &amp;schreiben</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnose…</translation>
    </message>
    <message>
        <source>&amp;About LiveDesk</source>
        <translation>&amp;Über LiveDesk</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Gespräch</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>What went wrong and what to do</source>
        <translation>Was schiefging und was zu tun ist</translation>
    </message>
    <message>
        <source>&amp;Open settings</source>
        <translation>Einstellungen ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Change the settings to fix this</source>
        <translation>Die Einstellungen ändern, um das zu beheben</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide these problems</source>
        <translation>Diese Probleme ausblenden</translation>
    </message>
    <message>
        <source>Gemini &amp;sees:</source>
        <translation>Gemini &amp;sieht:</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Gemini sees</source>
        <translation>Gemini sieht</translation>
    </message>
    <message>
        <source>Which screen to share</source>
        <translation>Welcher Bildschirm geteilt wird</translation>
    </message>
    <message>
        <source>Screen to share</source>
        <translation>Geteilter Bildschirm</translation>
    </message>
    <message>
        <source>Press Connect (F5) and start talking, or type below.
Your words and Gemini&apos;s answers appear here as they are spoken.</source>
        <translation>Drücken Sie Verbinden (F5) und sprechen Sie los, oder tippen Sie unten.
Ihre Worte und Geminis Antworten erscheinen hier, während sie gesprochen werden.</translation>
    </message>
    <message>
        <source>Type a message to Gemini and press Enter</source>
        <translation>Schreiben Sie Gemini eine Nachricht und drücken Sie die Eingabetaste</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Type a message to Gemini and press Enter (Ctrl+L comes here)</source>
        <translation>Schreiben Sie Gemini eine Nachricht und drücken Sie die Eingabetaste (Strg+L führt hierher)</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>Sen&amp;den</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the typed message to Gemini</source>
        <translation>Die geschriebene Nachricht an Gemini senden</translation>
    </message>
    <message>
        <source>Hold to talk ({key})</source>
        <translation>Halten zum Sprechen ({key})</translation>
    </message>
    <message>
        <source>Hold to talk</source>
        <translation>Halten zum Sprechen</translation>
    </message>
    <message>
        <source>Gemini listens while this button or {key} is held</source>
        <translation>Gemini hört zu, solange diese Taste oder {key} gehalten wird</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
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
        <translation>{model} nimmt nur gesprochene Eingaben an.</translation>
    </message>
    <message>
        <source>{model} hears only: it takes no pictures.</source>
        <translation>{model} hört nur zu: Es nimmt keine Bilder an.</translation>
    </message>
    <message>
        <source>Un&amp;mute microphone</source>
        <translation>Mikrofon &amp;einschalten</translation>
    </message>
    <message>
        <source>Microphone (muted: not sent)</source>
        <translation>Mikrofon (stumm: nichts wird gesendet)</translation>
    </message>
    <message>
        <source>Monitor 1</source>
        <translation>Bildschirm 1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About LiveDesk</source>
        <translation>Über LiveDesk</translation>
    </message>
    <message>
        <source>LiveDesk {version}&lt;br&gt;Real-time voice and video conversations with Gemini through the Live API.</source>
        <translation>LiveDesk {version}&lt;br&gt;Sprach- und Videogespräche in Echtzeit mit Gemini über die Live API.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Lautsprecher</translation>
    </message>
    <message>
        <source>{device} not found: {message}</source>
        <translation>{device} nicht gefunden: {message}</translation>
    </message>
    <message>
        <source>{device} unavailable: {message}</source>
        <translation>{device} nicht verfügbar: {message}</translation>
    </message>
    <message>
        <source>{device} lost: {message}</source>
        <translation>{device} verloren: {message}</translation>
    </message>
    <message>
        <source>{problem}
The conversation goes on without video.</source>
        <translation>{problem}
Das Gespräch geht ohne Video weiter.</translation>
    </message>
    <message>
        <source>{device}: {name}.</source>
        <translation>{device}: {name}.</translation>
    </message>
</context>
<context>
    <name>RollingColumn</name>
    <message>
        <source>Older messages are in History (Ctrl+H).</source>
        <translation>Ältere Nachrichten stehen im Verlauf (Strg+H).</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Schlüssel zeigen</translation>
    </message>
    <message>
        <source>Show the key as plain text to check it</source>
        <translation>Den Schlüssel im Klartext zeigen, um ihn zu prüfen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Server default</source>
        <translation>Vorgabe des Servers</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Automatic: low for the camera, medium for a screen</source>
        <translation>Automatisch: niedrig für die Kamera, mittel für einen Bildschirm</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Your speech and every video frame</source>
        <translation>Ihre Sprache und jedes Videobild</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>Vorgabe des Modells</translation>
    </message>
    <message>
        <source>Only what came while you spoke (cheapest; typed questions may not see the picture)</source>
        <translation>Nur, was kam, während Sie sprachen (am günstigsten; getippte Fragen sehen das Bild vielleicht nicht)</translation>
    </message>
    <message>
        <source>Everything since the last turn, silence included</source>
        <translation>Alles seit dem letzten Beitrag, Stille eingeschlossen</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Token budget</source>
        <translation>Token-Budget</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>Automatic (what the model needs)</source>
        <translation>Automatisch (was das Modell braucht)</translation>
    </message>
    <message>
        <source>Get a Gemini API key (Google AI Studio)</source>
        <translation>Einen Gemini-API-Schlüssel holen (Google AI Studio)</translation>
    </message>
    <message>
        <source>Not supported by {model}.</source>
        <translation>Von {model} nicht unterstützt.</translation>
    </message>
    <message>
        <source>LiveDesk settings</source>
        <translation>LiveDesk-Einstellungen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Model and voice</source>
        <translation>Modell und Stimme</translation>
    </message>
    <message>
        <source>Turn taking</source>
        <translation>Sprecherwechsel</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Changes apply at once. A live conversation reconnects with its resumption handle and keeps its context.</source>
        <translation>Änderungen gelten sofort. Ein laufendes Gespräch verbindet sich mit seinem Fortsetzungs-Handle neu und behält seinen Kontext.</translation>
    </message>
    <message>
        <source>Apply the changes and close</source>
        <translation>Änderungen übernehmen und schließen</translation>
    </message>
    <message>
        <source>Close; applied changes stay</source>
        <translation>Schließen; übernommene Änderungen bleiben</translation>
    </message>
    <message>
        <source>Apply the changes now</source>
        <translation>Änderungen jetzt übernehmen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Ctrl+Tab moves to the next page</source>
        <translation>Strg+Tab wechselt zur nächsten Seite</translation>
    </message>
    <message>
        <source>Gemini API (API key)</source>
        <translation>Gemini API (API-Schlüssel)</translation>
    </message>
    <message>
        <source>Vertex AI (project, Application Default Credentials)</source>
        <translation>Vertex AI (Projekt, Application Default Credentials)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Paste your key; it is kept in the system keyring only</source>
        <translation>Fügen Sie Ihren Schlüssel ein; er wird nur im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <source>Get a Gemini API key</source>
        <translation>Einen Gemini-API-Schlüssel holen</translation>
    </message>
    <message>
        <source>Opens Google AI Studio</source>
        <translation>Öffnet Google AI Studio</translation>
    </message>
    <message>
        <source>Vertex project</source>
        <translation>Vertex-Projekt</translation>
    </message>
    <message>
        <source>Vertex location</source>
        <translation>Vertex-Region</translation>
    </message>
    <message>
        <source>Google (default), or https://relay.example:443</source>
        <translation>Google (Standard) oder https://relay.example:443</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation>Eine CA-Datei suchen</translation>
    </message>
    <message>
        <source>Choose a PEM file</source>
        <translation>Eine PEM-Datei wählen</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt)</source>
        <translation>PEM-Dateien (*.pem *.crt)</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>An organisation&apos;s token service (optional)</source>
        <translation>Der Token-Dienst einer Organisation (optional)</translation>
    </message>
    <message>
        <source>Token service</source>
        <translation>Token-Dienst</translation>
    </message>
    <message>
        <source>Vertex AI</source>
        <translation>Vertex AI</translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation>Zur Liste hinzufügen</translation>
    </message>
    <message>
        <source>Keep the typed model ID in the list</source>
        <translation>Die eingegebene Modell-ID in der Liste behalten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove a model you added from the list</source>
        <translation>Ein selbst hinzugefügtes Modell aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Ask the server</source>
        <translation>Den Server fragen</translation>
    </message>
    <message>
        <source>Add the models the service lists for Live conversations</source>
        <translation>Die Modelle hinzufügen, die der Dienst für Live-Gespräche anbietet</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Anhören</translation>
    </message>
    <message>
        <source>Play a sample of this voice</source>
        <translation>Eine Hörprobe dieser Stimme abspielen</translation>
    </message>
    <message>
        <source>The chosen model says one short sentence in this voice and language</source>
        <translation>Das gewählte Modell sagt einen kurzen Satz in dieser Stimme und Sprache</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>S&amp;timme</translation>
    </message>
    <message>
        <source>Voice sample</source>
        <translation>Hörprobe</translation>
    </message>
    <message>
        <source>How the voice sample goes</source>
        <translation>Wie die Hörprobe vorankommt</translation>
    </message>
    <message>
        <source>The interface&apos;s language, where the model speaks it</source>
        <translation>Die Sprache der Oberfläche, wenn das Modell sie spricht</translation>
    </message>
    <message>
        <source>Automatic (the model chooses)</source>
        <translation>Automatisch (das Modell wählt)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language the model speaks; by default the interface&apos;s</source>
        <translation>Die Sprache, die das Modell spricht; standardmäßig die der Oberfläche</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>The language of LiveDesk&apos;s windows; it changes at the next start</source>
        <translation>Die Sprache der LiveDesk-Fenster; sie ändert sich beim nächsten Start</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>Sprache der &amp;Oberfläche</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Translate into</source>
        <translation>Übersetzen in</translation>
    </message>
    <message>
        <source>How the model should behave (optional)</source>
        <translation>Wie sich das Modell verhalten soll (optional)</translation>
    </message>
    <message>
        <source>S&amp;ystem instruction</source>
        <translation>S&amp;ystemanweisung</translation>
    </message>
    <message>
        <source>Show what the model says as text</source>
        <translation>Zeigen, was das Modell sagt, als Text</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>Video resolution</source>
        <translation>Videoauflösung</translation>
    </message>
    <message>
        <source>How finely the model looks at each frame: low costs 64 tokens a frame, medium and high 256</source>
        <translation>Wie genau das Modell jedes Bild ansieht: niedrig kostet 64 Token pro Bild, mittel und hoch 256</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <source>Set the temperature</source>
        <translation>Die Temperatur festlegen</translation>
    </message>
    <message>
        <source>Unticked, the model&apos;s default temperature is used</source>
        <translation>Nicht angehakt gilt die Standardtemperatur des Modells</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>From 0 (steady) to 2 (varied)</source>
        <translation>Von 0 (gleichmäßig) bis 2 (abwechslungsreich)</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> Token</translation>
    </message>
    <message>
        <source>Thinking budget</source>
        <translation>Denkbudget</translation>
    </message>
    <message>
        <source>How many tokens the model may think with</source>
        <translation>Mit wie vielen Token das Modell denken darf</translation>
    </message>
    <message>
        <source>Thinking level</source>
        <translation>Denkstufe</translation>
    </message>
    <message>
        <source>How much the model thinks</source>
        <translation>Wie viel das Modell nachdenkt</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Denken</translation>
    </message>
    <message>
        <source>Show thought summaries (collapsed)</source>
        <translation>Gedankenzusammenfassungen zeigen (eingeklappt)</translation>
    </message>
    <message>
        <source>Affective dialog (adapts to your tone)</source>
        <translation>Affektiver Dialog (passt sich Ihrem Ton an)</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Proactive audio (may choose not to answer)</source>
        <translation>Proaktives Audio (kann entscheiden, nicht zu antworten)</translation>
    </message>
    <message>
        <source>Google Search grounding</source>
        <translation>Fundierung mit der Google-Suche</translation>
    </message>
    <message>
        <source>Functions it may call</source>
        <translation>Funktionen, die es aufrufen darf</translation>
    </message>
    <message>
        <source>Tick the local functions the model may call; Space ticks</source>
        <translation>Haken Sie die lokalen Funktionen an, die das Modell aufrufen darf; die Leertaste hakt an</translation>
    </message>
    <message>
        <source>Pages on this computer or the local network may be opened</source>
        <translation>Seiten auf diesem Computer oder im lokalen Netzwerk dürfen geöffnet werden</translation>
    </message>
    <message>
        <source>{tool} — asks you first</source>
        <translation>{tool} — fragt Sie vorher</translation>
    </message>
    <message>
        <source>Push to talk: the model listens only while Space is held</source>
        <translation>Push-to-Talk: Das Modell hört nur zu, solange die Leertaste gehalten wird</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Start-of-speech sensitivity</source>
        <translation>Empfindlichkeit für Sprechbeginn</translation>
    </message>
    <message>
        <source>End-of-speech sensitivity</source>
        <translation>Empfindlichkeit für Sprechende</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Silence that ends your turn</source>
        <translation>Stille, die Ihren Beitrag beendet</translation>
    </message>
    <message>
        <source>Speech kept before the start</source>
        <translation>Vor dem Beginn behaltene Sprache</translation>
    </message>
    <message>
        <source>What a turn includes</source>
        <translation>Was ein Beitrag enthält</translation>
    </message>
    <message>
        <source>Which of the audio and video sent since the last answer the model takes (and bills) with your turn</source>
        <translation>Welcher Teil des seit der letzten Antwort gesendeten Tons und Videos mit Ihrem Beitrag vom Modell genommen (und berechnet) wird</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Microphone</source>
        <translation>&amp;Mikrofon</translation>
    </message>
    <message>
        <source>S&amp;peaker</source>
        <translation>&amp;Lautsprecher</translation>
    </message>
    <message>
        <source>I use headphones (turns echo cancellation off)</source>
        <translation>Ich nutze Kopfhörer (schaltet die Echounterdrückung aus)</translation>
    </message>
    <message>
        <source>Suppress background noise</source>
        <translation>Hintergrundgeräusche unterdrücken</translation>
    </message>
    <message>
        <source>Pause sending while the microphone hears nothing (saves CPU and data)</source>
        <translation>Senden pausieren, solange das Mikrofon nichts hört (spart CPU und Daten)</translation>
    </message>
    <message>
        <source>Video at start</source>
        <translation>Video beim Start</translation>
    </message>
    <message>
        <source>A camera index, or a video file or URL</source>
        <translation>Eine Kameranummer oder eine Videodatei bzw. URL</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>Videodatei…</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>Videodatei</translation>
    </message>
    <message>
        <source>Use a video file as the camera</source>
        <translation>Eine Videodatei als Kamera verwenden</translation>
    </message>
    <message>
        <source>Monitor 1</source>
        <translation>Bildschirm 1</translation>
    </message>
    <message>
        <source>Screen to share</source>
        <translation>Geteilter Bildschirm</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A still picture is sent every</source>
        <translation>Ein Standbild wird gesendet alle</translation>
    </message>
    <message>
        <source>When nothing moves and nobody speaks; changes, speech and the start of your turn send a frame at once. 1 sends one every second</source>
        <translation>Wenn sich nichts bewegt und niemand spricht; Änderungen, Sprache und der Beginn Ihres Beitrags senden sofort ein Bild. 1 sendet jede Sekunde eines</translation>
    </message>
    <message>
        <source>Asking the server for its Live models…</source>
        <translation>Der Server wird nach seinen Live-Modellen gefragt…</translation>
    </message>
    <message>
        <source>Offline: this is the built-in emulator&apos;s stand-in voice, not {voice}.</source>
        <translation>Offline: Dies ist die Ersatzstimme des eingebauten Emulators, nicht {voice}.</translation>
    </message>
    <message>
        <source>Asking the model for a sample of {voice}…</source>
        <translation>Das Modell wird um eine Hörprobe von {voice} gebeten…</translation>
    </message>
    <message>
        <source>Playing {voice} (kept from before: no request).</source>
        <translation>{voice} wird abgespielt (gespeichert: keine Anfrage).</translation>
    </message>
    <message>
        <source>Playing {voice}.</source>
        <translation>{voice} wird abgespielt.</translation>
    </message>
    <message>
        <source>That was {voice}.</source>
        <translation>Das war {voice}.</translation>
    </message>
    <message>
        <source>Gemini is speaking in the conversation: play the sample when it has finished.</source>
        <translation>Gemini spricht gerade im Gespräch: Spielen Sie die Hörprobe ab, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>A sample is already being asked for or played.</source>
        <translation>Eine Hörprobe wird bereits angefragt oder abgespielt.</translation>
    </message>
    <message>
        <source>No sample of {voice}: {error}</source>
        <translation>Keine Hörprobe von {voice}: {error}</translation>
    </message>
    <message>
        <source>Could not list the server&apos;s models: {error}</source>
        <translation>Die Modelle des Servers konnten nicht abgefragt werden: {error}</translation>
    </message>
    <message>
        <source>The server lists {count} Live models; {new} were new here.</source>
        <translation>Der Server bietet {count} Live-Modelle an; {new} waren hier neu.</translation>
    </message>
    <message>
        <source>Only for translation models.</source>
        <translation>Nur für Übersetzungsmodelle.</translation>
    </message>
    <message>
        <source>Always on for this model.</source>
        <translation>Bei diesem Modell immer an.</translation>
    </message>
    <message>
        <source>{model} has no thinking control.</source>
        <translation>{model} hat keine Denksteuerung.</translation>
    </message>
    <message>
        <source>Push to talk turns the server&apos;s voice detection off.</source>
        <translation>Push-to-Talk schaltet die Spracherkennung des Servers aus.</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Eine Datei wählen</translation>
    </message>
    <message>
        <source>Video (*.mp4 *.avi *.mkv *.mov)</source>
        <translation>Video (*.mp4 *.avi *.mkv *.mov)</translation>
    </message>
    <message>
        <source>A model the app does not know: only the options every Live model accepts are sent. Add it to resources/models.json to use more.</source>
        <translation>Ein Modell, das die App nicht kennt: Es werden nur die Optionen gesendet, die jedes Live-Modell annimmt. Tragen Sie es in resources/models.json ein, um mehr zu nutzen.</translation>
    </message>
    <message>
        <source>speech translation: no voice, tools or text input</source>
        <translation>Sprachübersetzung: keine Stimme, keine Werkzeuge, keine Texteingabe</translation>
    </message>
    <message>
        <source>thinking by budget</source>
        <translation>Denken per Budget</translation>
    </message>
    <message>
        <source>thinking by level</source>
        <translation>Denken per Stufe</translation>
    </message>
    <message>
        <source>affective dialog</source>
        <translation>affektiver Dialog</translation>
    </message>
    <message>
        <source>proactive audio always on</source>
        <translation>proaktives Audio immer an</translation>
    </message>
    <message>
        <source>proactive audio</source>
        <translation>proaktives Audio</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Not connected. Press Connect (F5) to start talking.</source>
        <translation>Nicht verbunden. Drücken Sie Verbinden (F5), um zu sprechen.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Paused. Resume (F5) continues the same conversation.</source>
        <translation>Pausiert. Fortsetzen (F5) führt dasselbe Gespräch weiter.</translation>
    </message>
    <message>
        <source>Conversation ended. Connect (F5) starts a new one.</source>
        <translation>Gespräch beendet. Verbinden (F5) beginnt ein neues.</translation>
    </message>
    <message>
        <source>{text} (code {code})</source>
        <translation>{text} (Code {code})</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What is happening now</source>
        <translation>Was gerade geschieht</translation>
    </message>
    <message>
        <source>The server ends this connection in {seconds} s; switching over.</source>
        <translation>Der Server beendet diese Verbindung in {seconds} s; es wird umgeschaltet.</translation>
    </message>
    <message>
        <source>The server ends this connection soon; switching over.</source>
        <translation>Der Server beendet diese Verbindung bald; es wird umgeschaltet.</translation>
    </message>
    <message>
        <source>Answer time, tokens and cost</source>
        <translation>Antwortzeit, Tokens und Kosten</translation>
    </message>
    <message>
        <source>The last answer&apos;s wait, the tokens this conversation has used and their cost where known (View, Diagnostics for more)</source>
        <translation>Die Wartezeit der letzten Antwort, die Tokens dieses Gesprächs und ihre Kosten, soweit bekannt (mehr unter Ansicht, Diagnose)</translation>
    </message>
    <message>
        <source>Live: {activity}.</source>
        <translation>Live: {activity}.</translation>
    </message>
    <message>
        <source>Stopped. {error}</source>
        <translation>Angehalten. {error}</translation>
    </message>
    <message>
        <source>translating</source>
        <translation>übersetzt</translation>
    </message>
    <message>
        <source>Gemini is speaking (talk to interrupt)</source>
        <translation>Gemini spricht (sprechen Sie, um zu unterbrechen)</translation>
    </message>
    <message>
        <source>microphone muted (Ctrl+M to unmute); type below</source>
        <translation>Mikrofon stumm (Strg+M zum Einschalten); unten tippen</translation>
    </message>
    <message>
        <source>microphone muted (Ctrl+M to unmute)</source>
        <translation>Mikrofon stumm (Strg+M zum Einschalten)</translation>
    </message>
    <message>
        <source>talking</source>
        <translation>Sie sprechen</translation>
    </message>
    <message>
        <source>hold Space to talk</source>
        <translation>Leertaste halten zum Sprechen</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>hört zu</translation>
    </message>
    <message>
        <source>Connection lost{why}. Reconnecting in {seconds} s…</source>
        <translation>Verbindung verloren{why}. Neuer Versuch in {seconds} s…</translation>
    </message>
    <message>
        <source>Connection lost{why}. Reconnecting…</source>
        <translation>Verbindung verloren{why}. Neuer Versuch…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbinde neu…</translation>
    </message>
</context>
<context>
    <name>ToolListing</name>
    <message>
        <source>Tell the time</source>
        <translation>Die Uhrzeit sagen</translation>
    </message>
    <message>
        <source>Open a web page</source>
        <translation>Eine Webseite öffnen</translation>
    </message>
    <message>
        <source>Copy text to your clipboard</source>
        <translation>Text in Ihre Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Look at your screen</source>
        <translation>Ihren Bildschirm ansehen</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>The saved conversation, every message</source>
        <translation>Das gespeicherte Gespräch mit allen Nachrichten</translation>
    </message>
    <message>
        <source>Searched: {queries}</source>
        <translation>Gesucht: {queries}</translation>
    </message>
    <message>
        <source>Sources: {links}</source>
        <translation>Quellen: {links}</translation>
    </message>
    <message>
        <source>▾ Thoughts</source>
        <translation>▾ Gedanken</translation>
    </message>
    <message>
        <source>▸ Thoughts</source>
        <translation>▸ Gedanken</translation>
    </message>
</context>
<context>
    <name>TranslationView</name>
    <message>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>What was heard and its translation, side by side, newest at the bottom</source>
        <translation>Was gehört wurde und seine Übersetzung, nebeneinander, das Neueste unten</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Gehört</translation>
    </message>
    <message>
        <source>Translation — {language}</source>
        <translation>Übersetzung — {language}</translation>
    </message>
</context>
<context>
    <name>VideoPreview</name>
    <message>
        <source>Video preview</source>
        <translation>Videovorschau</translation>
    </message>
    <message>
        <source>What the model sees</source>
        <translation>Was das Modell sieht</translation>
    </message>
    <message>
        <source>Video off</source>
        <translation>Video aus</translation>
    </message>
</context>
</TS>
