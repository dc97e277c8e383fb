<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Gemini asks</source>
        <translation>Gemini demande</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Exactly what would be used or sent</source>
        <translation>Exactement ce qui serait utilisé ou envoyé</translation>
    </message>
    <message>
        <source>&amp;Always allow {tool} in this conversation</source>
        <translation>&amp;Toujours autoriser {tool} dans cette conversation</translation>
    </message>
    <message>
        <source>Do not ask again about this until the conversation ends</source>
        <translation>Ne plus demander jusqu&apos;à la fin de la conversation</translation>
    </message>
    <message>
        <source>Allow it this time</source>
        <translation>L&apos;autoriser cette fois</translation>
    </message>
    <message>
        <source>Refuse (the default)</source>
        <translation>Refuser (par défaut)</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>What you and Gemini said, newest at the bottom</source>
        <translation>Ce que vous et Gemini avez dit, le plus récent en bas</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Text in</source>
        <translation>Texte en entrée</translation>
    </message>
    <message>
        <source>Audio in</source>
        <translation>Audio en entrée</translation>
    </message>
    <message>
        <source>Images in</source>
        <translation>Images en entrée</translation>
    </message>
    <message>
        <source>Video in</source>
        <translation>Vidéo en entrée</translation>
    </message>
    <message>
        <source>Other in (not itemised)</source>
        <translation>Autre en entrée (non détaillé)</translation>
    </message>
    <message>
        <source>Text out</source>
        <translation>Texte en sortie</translation>
    </message>
    <message>
        <source>Audio out</source>
        <translation>Audio en sortie</translation>
    </message>
    <message>
        <source>Other out (not itemised)</source>
        <translation>Autre en sortie (non détaillé)</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>No tokens yet.</source>
        <translation>Pas encore de jetons.</translation>
    </message>
    <message>
        <source>No known price for this model: tokens only.</source>
        <translation>Aucun prix connu pour ce modèle : jetons seulement.</translation>
    </message>
    <message>
        <source>{amount} at the prices of {date}.</source>
        <translation>{amount} aux prix du {date}.</translation>
    </message>
    <message>
        <source>median answer {ms} ms</source>
        <translation>réponse médiane {ms} ms</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <source>{tokens} tokens have no known price ({kinds}).</source>
        <translation>{tokens} jetons n’ont pas de prix connu ({kinds}).</translation>
    </message>
    <message>
        <source>answer {ms} ms</source>
        <translation>réponse {ms} ms</translation>
    </message>
    <message>
        <source>{count} tokens</source>
        <translation>{count} jetons</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPanel</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Latency and cost figures of this conversation</source>
        <translation>Latence et coût de cette conversation</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Answer (ms)</source>
        <translation>Réponse (ms)</translation>
    </message>
    <message>
        <source>Ended by</source>
        <translation>Fini par</translation>
    </message>
    <message>
        <source>Arrival (ms)</source>
        <translation>Arrivée (ms)</translation>
    </message>
    <message>
        <source>Playout (ms)</source>
        <translation>Lecture (ms)</translation>
    </message>
    <message>
        <source>Cut → silence (ms)</source>
        <translation>Coupure → silence (ms)</translation>
    </message>
    <message>
        <source>Answer times</source>
        <translation>Temps de réponse</translation>
    </message>
    <message>
        <source>For each model turn: from the end of your turn to the first sound of the answer, split into its arrival and its playout</source>
        <translation>Pour chaque tour du modèle : de la fin de votre tour au premier son de la réponse, divisé en arrivée et lecture</translation>
    </message>
    <message>
        <source>Answer time summary</source>
        <translation>Résumé des temps de réponse</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Setup times</source>
        <translation>Temps d’établissement</translation>
    </message>
    <message>
        <source>From opening each connection to the server&apos;s setupComplete</source>
        <translation>De l’ouverture de chaque connexion au setupComplete du serveur</translation>
    </message>
    <message>
        <source>Reconnect gaps</source>
        <translation>Interruptions de reconnexion</translation>
    </message>
    <message>
        <source>From losing the connection to the next setupComplete</source>
        <translation>De la perte de la connexion au setupComplete suivant</translation>
    </message>
    <message>
        <source>Setup (ms):</source>
        <translation>Établissement (ms) :</translation>
    </message>
    <message>
        <source>Reconnect gaps (ms):</source>
        <translation>Reconnexions (ms) :</translation>
    </message>
    <message>
        <source>Tokens and cost</source>
        <translation>Jetons et coût</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Tokens by kind</source>
        <translation>Jetons par type</translation>
    </message>
    <message>
        <source>Tokens of this conversation by modality, as the server counted them</source>
        <translation>Jetons de cette conversation par modalité, comptés par le serveur</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>What the tokens cost, where known</source>
        <translation>Ce que coûtent les jetons, quand on le sait</translation>
    </message>
    <message>
        <source>silence</source>
        <translation>silence</translation>
    </message>
    <message>
        <source>key released</source>
        <translation>touche relâchée</translation>
    </message>
    <message>
        <source>text sent</source>
        <translation>texte envoyé</translation>
    </message>
    <message>
        <source>Median answer time: {ms} ms.</source>
        <translation>Temps de réponse médian : {ms} ms.</translation>
    </message>
    <message>
        <source>No answer measured yet.</source>
        <translation>Aucune réponse mesurée pour l’instant.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>EntryWidget</name>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation>Appel d&apos;outil</translation>
    </message>
    <message>
        <source>— listening…</source>
        <translation>— écoute…</translation>
    </message>
    <message>
        <source>— speaking…</source>
        <translation>— parle…</translation>
    </message>
    <message>
        <source>— running…</source>
        <translation>— en cours…</translation>
    </message>
    <message>
        <source>— interrupted</source>
        <translation>— interrompu</translation>
    </message>
    <message>
        <source>— cancelled</source>
        <translation>— annulé</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Réflexions</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s thought summaries</source>
        <translation>Afficher ou masquer les résumés de réflexion du modèle</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>The pages Google Search found</source>
        <translation>Les pages trouvées par la recherche Google</translation>
    </message>
    <message>
        <source>Sources: {links}</source>
        <translation>Sources : {links}</translation>
    </message>
    <message>
        <source>Searched: {queries}</source>
        <translation>Recherché : {queries}</translation>
    </message>
    <message>
        <source>{speaker}: {text}</source>
        <translation>{speaker} : {text}</translation>
    </message>
    <message>
        <source>— failed</source>
        <translation>— échec</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>&lt;h3&gt;Welcome to LiveDesk&lt;/h3&gt;&lt;p&gt;Talk with Gemini in real time, with your voice, your camera or your screen.&lt;/p&gt;&lt;p&gt;LiveDesk needs a Gemini API key. It is free to create one; the key is kept in your system&apos;s keyring, never in a file or a log.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bienvenue dans LiveDesk&lt;/h3&gt;&lt;p&gt;Parlez avec Gemini en temps réel, avec votre voix, votre caméra ou votre écran.&lt;/p&gt;&lt;p&gt;LiveDesk a besoin d&apos;une clé API Gemini. La créer est gratuit ; la clé est conservée dans le trousseau de votre système, jamais dans un fichier ni un journal.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome to LiveDesk</source>
        <translation>Bienvenue dans LiveDesk</translation>
    </message>
    <message>
        <source>Get a Gemini API key</source>
        <translation>Obtenir une clé API Gemini</translation>
    </message>
    <message>
        <source>Opens Google AI Studio</source>
        <translation>Ouvre Google AI Studio</translation>
    </message>
    <message>
        <source>Paste your API key here</source>
        <translation>Collez votre clé API ici</translation>
    </message>
    <message>
        <source>No key yet? Offline mode talks to a small built-in stand-in for the service: it answers with a fixed sentence, and shows that your microphone, speaker and camera work.</source>
        <translation>Pas encore de clé ? Le mode hors ligne parle à une petite doublure intégrée du service : elle répond par une phrase fixe et montre que votre micro, votre haut-parleur et votre caméra fonctionnent.</translation>
    </message>
    <message>
        <source>&amp;Use this key</source>
        <translation>&amp;Utiliser cette clé</translation>
    </message>
    <message>
        <source>Use this key</source>
        <translation>Utiliser cette clé</translation>
    </message>
    <message>
        <source>Keep the key in the system keyring and start</source>
        <translation>Conserver la clé dans le trousseau du système et commencer</translation>
    </message>
    <message>
        <source>Try &amp;offline mode</source>
        <translation>Essayer le mode &amp;hors ligne</translation>
    </message>
    <message>
        <source>Try offline mode</source>
        <translation>Essayer le mode hors ligne</translation>
    </message>
    <message>
        <source>Talk to the built-in stand-in for the service: no key, no network</source>
        <translation>Parler à la doublure intégrée du service : sans clé, sans réseau</translation>
    </message>
    <message>
        <source>Close without a key</source>
        <translation>Fermer sans clé</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>LiveDesk history</source>
        <translation>Historique de LiveDesk</translation>
    </message>
    <message>
        <source>Search everything that was said</source>
        <translation>Rechercher dans tout ce qui a été dit</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Saved conversations, newest first; choose one to read it</source>
        <translation>Conversations enregistrées, les plus récentes d&apos;abord ; choisissez-en une pour la lire</translation>
    </message>
    <message>
        <source>Choose a conversation on the left.</source>
        <translation>Choisissez une conversation à gauche.</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l&apos;export</translation>
    </message>
    <message>
        <source>Whether the export was saved</source>
        <translation>Si l&apos;export a été enregistré</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Exporter en &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export Markdown</source>
        <translation>Exporter en Markdown</translation>
    </message>
    <message>
        <source>Save this conversation as a Markdown file</source>
        <translation>Enregistrer cette conversation dans un fichier Markdown</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Exporter en JSON</translation>
    </message>
    <message>
        <source>Save this conversation as a JSON file</source>
        <translation>Enregistrer cette conversation dans un fichier JSON</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this conversation for good</source>
        <translation>Supprimer définitivement cette conversation</translation>
    </message>
    <message>
        <source> · recording</source>
        <translation> · enregistrement en cours</translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Could not read the history: {error}</source>
        <translation>Impossible de lire l&apos;historique : {error}</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>Aucune conversation pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Could not read this conversation: {error}</source>
        <translation>Impossible de lire cette conversation : {error}</translation>
    </message>
    <message>
        <source>This conversation was deleted.</source>
        <translation>Cette conversation a été supprimée.</translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation>Enregistrement de {file}…</translation>
    </message>
    <message>
        <source>Could not save {file}: {error}</source>
        <translation>Impossible d&apos;enregistrer {file} : {error}</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>{file} enregistré.</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Supprimer la conversation</translation>
    </message>
    <message>
        <source>Delete “{title}” for good?</source>
        <translation>Supprimer définitivement « {title} » ?</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
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
        <translation>Exporter la conversation</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>How loud it is</source>
        <translation>Le volume du son</translation>
    </message>
    <message>
        <source>{meter} level</source>
        <translation>Niveau : {meter}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Video off. Choose Camera or Screen to let Gemini see.</source>
        <translation>Vidéo désactivée. Choisissez Caméra ou Écran pour que Gemini voie.</translation>
    </message>
    <message>
        <source>The camera starts when you connect.</source>
        <translation>La caméra démarre à la connexion.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <source>Screen sharing starts when you connect.</source>
        <translation>Le partage d&apos;écran démarre à la connexion.</translation>
    </message>
    <message>
        <source>Starting screen sharing…</source>
        <translation>Démarrage du partage d&apos;écran…</translation>
    </message>
    <message>
        <source>What the model sees (one picture a second)</source>
        <translation>Ce que voit le modèle (une image par seconde)</translation>
    </message>
    <message>
        <source>This model hears only: no camera or screen is shared with it.</source>
        <translation>Ce modèle ne fait qu&apos;écouter : aucune caméra ni aucun écran ne lui est partagé.</translation>
    </message>
    <message>
        <source>Connect, or resume a paused conversation</source>
        <translation>Se connecter, ou reprendre une conversation en pause</translation>
    </message>
    <message>
        <source>Pause (keeps the conversation)</source>
        <translation>Pause (garde la conversation)</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>Terminer la conversation</translation>
    </message>
    <message>
        <source>Mute or unmute the microphone</source>
        <translation>Couper ou rétablir le micro</translation>
    </message>
    <message>
        <source>Hold to talk, in push-to-talk mode (not while typing)</source>
        <translation>Maintenir pour parler, en mode « appuyer pour parler » (pas pendant la saisie)</translation>
    </message>
    <message>
        <source>Type a message</source>
        <translation>Écrire un message</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Diagnostics: answer times, tokens and cost</source>
        <translation>Diagnostic : temps de réponse, jetons et coût</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>A live voice and video conversation with Gemini</source>
        <translation>Une conversation vocale et vidéo en direct avec Gemini</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>&amp;Mute microphone</source>
        <translation>Couper le &amp;micro</translation>
    </message>
    <message>
        <source>&amp;Type a message</source>
        <translation>É&amp;crire un message</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnostic…</translation>
    </message>
    <message>
        <source>&amp;About LiveDesk</source>
        <translation>À &amp;propos de LiveDesk</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>What went wrong and what to do</source>
        <translation>Ce qui n&apos;a pas marché et quoi faire</translation>
    </message>
    <message>
        <source>&amp;Open settings</source>
        <translation>&amp;Ouvrir les paramètres</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <source>Change the settings to fix this</source>
        <translation>Modifier les paramètres pour corriger cela</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Hide these problems</source>
        <translation>Masquer ces problèmes</translation>
    </message>
    <message>
        <source>Gemini &amp;sees:</source>
        <translation>Gemini &amp;voit :</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Rien</translation>
    </message>
    <message>
        <source>Gemini sees</source>
        <translation>Gemini voit</translation>
    </message>
    <message>
        <source>Which screen to share</source>
        <translation>Quel écran partager</translation>
    </message>
    <message>
        <source>Screen to share</source>
        <translation>Écran à partager</translation>
    </message>
    <message>
        <source>Press Connect (F5) and start talking, or type below.
Your words and Gemini&apos;s answers appear here as they are spoken.</source>
        <translation>Appuyez sur Connecter (F5) et parlez, ou écrivez ci-dessous.
Vos paroles et les réponses de Gemini s&apos;affichent ici au fil de la voix.</translation>
    </message>
    <message>
        <source>Type a message to Gemini and press Enter</source>
        <translation>Écrivez un message à Gemini et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Type a message to Gemini and press Enter (Ctrl+L comes here)</source>
        <translation>Écrivez un message à Gemini et appuyez sur Entrée (Ctrl+L mène ici)</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>En&amp;voyer</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send the typed message to Gemini</source>
        <translation>Envoyer le message écrit à Gemini</translation>
    </message>
    <message>
        <source>Hold to talk ({key})</source>
        <translation>Maintenir pour parler ({key})</translation>
    </message>
    <message>
        <source>Hold to talk</source>
        <translation>Maintenir pour parler</translation>
    </message>
    <message>
        <source>Gemini listens while this button or {key} is held</source>
        <translation>Gemini écoute tant que ce bouton ou {key} est maintenu</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micro</translation>
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
        <translation>{model} n&apos;accepte que la voix.</translation>
    </message>
    <message>
        <source>{model} hears only: it takes no pictures.</source>
        <translation>{model} ne fait qu&apos;écouter : il ne prend pas d&apos;images.</translation>
    </message>
    <message>
        <source>Un&amp;mute microphone</source>
        <translation>Rétablir le &amp;micro</translation>
    </message>
    <message>
        <source>Microphone (muted: not sent)</source>
        <translation>Micro (coupé : rien n&apos;est envoyé)</translation>
    </message>
    <message>
        <source>Monitor 1</source>
        <translation>Écran 1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About LiveDesk</source>
        <translation>À propos de LiveDesk</translation>
    </message>
    <message>
        <source>LiveDesk {version}&lt;br&gt;Real-time voice and video conversations with Gemini through the Live API.</source>
        <translation>LiveDesk {version}&lt;br&gt;Conversations vocales et vidéo en temps réel avec Gemini via la Live API.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Haut-parleur</translation>
    </message>
    <message>
        <source>{device} not found: {message}</source>
        <translation>{device} introuvable : {message}</translation>
    </message>
    <message>
        <source>{device} unavailable: {message}</source>
        <translation>{device} indisponible : {message}</translation>
    </message>
    <message>
        <source>{device} lost: {message}</source>
        <translation>{device} perdu : {message}</translation>
    </message>
    <message>
        <source>{problem}
The conversation goes on without video.</source>
        <translation>{problem}
La conversation continue sans vidéo.</translation>
    </message>
    <message>
        <source>{device}: {name}.</source>
        <translation>{device} : {name}.</translation>
    </message>
</context>
<context>
    <name>RollingColumn</name>
    <message>
        <source>Older messages are in History (Ctrl+H).</source>
        <translation>Les messages plus anciens sont dans l&apos;historique (Ctrl+H).</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <source>Show the key as plain text to check it</source>
        <translation>Afficher la clé en clair pour la vérifier</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Server default</source>
        <translation>Valeur du serveur</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Automatic: low for the camera, medium for a screen</source>
        <translation>Automatique : basse pour la caméra, moyenne pour un écran</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Your speech and every video frame</source>
        <translation>Votre parole et chaque image vidéo</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>Valeur du modèle</translation>
    </message>
    <message>
        <source>Only what came while you spoke (cheapest; typed questions may not see the picture)</source>
        <translation>Seulement ce qui est arrivé pendant que vous parliez (le moins cher ; une question écrite peut ne pas voir l&apos;image)</translation>
    </message>
    <message>
        <source>Everything since the last turn, silence included</source>
        <translation>Tout depuis le dernier tour, silences compris</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Token budget</source>
        <translation>Budget de jetons</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Automatic (what the model needs)</source>
        <translation>Automatique (ce dont le modèle a besoin)</translation>
    </message>
    <message>
        <source>Get a Gemini API key (Google AI Studio)</source>
        <translation>Obtenir une clé API Gemini (Google AI Studio)</translation>
    </message>
    <message>
        <source>Not supported by {model}.</source>
        <translation>Non pris en charge par {model}.</translation>
    </message>
    <message>
        <source>LiveDesk settings</source>
        <translation>Paramètres de LiveDesk</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Model and voice</source>
        <translation>Modèle et voix</translation>
    </message>
    <message>
        <source>Turn taking</source>
        <translation>Tours de parole</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Changes apply at once. A live conversation reconnects with its resumption handle and keeps its context.</source>
        <translation>Les modifications s&apos;appliquent tout de suite. Une conversation en cours se reconnecte avec son identifiant de reprise et garde son contexte.</translation>
    </message>
    <message>
        <source>Apply the changes and close</source>
        <translation>Appliquer les modifications et fermer</translation>
    </message>
    <message>
        <source>Close; applied changes stay</source>
        <translation>Fermer ; les modifications appliquées restent</translation>
    </message>
    <message>
        <source>Apply the changes now</source>
        <translation>Appliquer les modifications maintenant</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>Ctrl+Tab moves to the next page</source>
        <translation>Ctrl+Tab passe à la page suivante</translation>
    </message>
    <message>
        <source>Gemini API (API key)</source>
        <translation>API Gemini (clé API)</translation>
    </message>
    <message>
        <source>Vertex AI (project, Application Default Credentials)</source>
        <translation>Vertex AI (projet, Application Default Credentials)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Paste your key; it is kept in the system keyring only</source>
        <translation>Collez votre clé ; elle n&apos;est conservée que dans le trousseau du système</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;Clé API</translation>
    </message>
    <message>
        <source>Get a Gemini API key</source>
        <translation>Obtenir une clé API Gemini</translation>
    </message>
    <message>
        <source>Opens Google AI Studio</source>
        <translation>Ouvre Google AI Studio</translation>
    </message>
    <message>
        <source>Vertex project</source>
        <translation>Projet Vertex</translation>
    </message>
    <message>
        <source>Vertex location</source>
        <translation>Région Vertex</translation>
    </message>
    <message>
        <source>Google (default), or https://relay.example:443</source>
        <translation>Google (par défaut), ou https://relay.example:443</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point d&apos;accès</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation>Choisir un fichier d&apos;autorité de certification</translation>
    </message>
    <message>
        <source>Choose a PEM file</source>
        <translation>Choisir un fichier PEM</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt)</source>
        <translation>Fichiers PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Fichier d&apos;AC</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>An organisation&apos;s token service (optional)</source>
        <translation>Le service de jetons d&apos;une organisation (facultatif)</translation>
    </message>
    <message>
        <source>Token service</source>
        <translation>Service de jetons</translation>
    </message>
    <message>
        <source>Vertex AI</source>
        <translation>Vertex AI</translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation>Ajouter à la liste</translation>
    </message>
    <message>
        <source>Keep the typed model ID in the list</source>
        <translation>Garder l&apos;identifiant de modèle saisi dans la liste</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove a model you added from the list</source>
        <translation>Retirer de la liste un modèle que vous avez ajouté</translation>
    </message>
    <message>
        <source>Ask the server</source>
        <translation>Demander au serveur</translation>
    </message>
    <message>
        <source>Add the models the service lists for Live conversations</source>
        <translation>Ajouter les modèles que le service propose pour les conversations Live</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Écouter</translation>
    </message>
    <message>
        <source>Play a sample of this voice</source>
        <translation>Écouter un extrait de cette voix</translation>
    </message>
    <message>
        <source>The chosen model says one short sentence in this voice and language</source>
        <translation>Le modèle choisi dit une courte phrase avec cette voix et dans cette langue</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>&amp;Voix</translation>
    </message>
    <message>
        <source>Voice sample</source>
        <translation>Extrait de voix</translation>
    </message>
    <message>
        <source>How the voice sample goes</source>
        <translation>Où en est l&apos;extrait de voix</translation>
    </message>
    <message>
        <source>The interface&apos;s language, where the model speaks it</source>
        <translation>La langue de l&apos;interface, si le modèle la parle</translation>
    </message>
    <message>
        <source>Automatic (the model chooses)</source>
        <translation>Automatique (le modèle choisit)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language the model speaks; by default the interface&apos;s</source>
        <translation>La langue que parle le modèle ; par défaut celle de l&apos;interface</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>The language of LiveDesk&apos;s windows; it changes at the next start</source>
        <translation>La langue des fenêtres de LiveDesk ; elle change au prochain démarrage</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>Langue de l&apos;&amp;interface</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Translate into</source>
        <translation>Traduire en</translation>
    </message>
    <message>
        <source>How the model should behave (optional)</source>
        <translation>Comment le modèle doit se comporter (facultatif)</translation>
    </message>
    <message>
        <source>S&amp;ystem instruction</source>
        <translation>Instruction s&amp;ystème</translation>
    </message>
    <message>
        <source>Show what the model says as text</source>
        <translation>Afficher en texte ce que dit le modèle</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>Video resolution</source>
        <translation>Résolution vidéo</translation>
    </message>
    <message>
        <source>How finely the model looks at each frame: low costs 64 tokens a frame, medium and high 256</source>
        <translation>Avec quelle finesse le modèle regarde chaque image : basse coûte 64 jetons par image, moyenne et haute 256</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Définir</translation>
    </message>
    <message>
        <source>Set the temperature</source>
        <translation>Définir la température</translation>
    </message>
    <message>
        <source>Unticked, the model&apos;s default temperature is used</source>
        <translation>Décoché, la température par défaut du modèle est utilisée</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>From 0 (steady) to 2 (varied)</source>
        <translation>De 0 (stable) à 2 (varié)</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> jetons</translation>
    </message>
    <message>
        <source>Thinking budget</source>
        <translation>Budget de réflexion</translation>
    </message>
    <message>
        <source>How many tokens the model may think with</source>
        <translation>Combien de jetons le modèle peut utiliser pour réfléchir</translation>
    </message>
    <message>
        <source>Thinking level</source>
        <translation>Niveau de réflexion</translation>
    </message>
    <message>
        <source>How much the model thinks</source>
        <translation>Combien le modèle réfléchit</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Show thought summaries (collapsed)</source>
        <translation>Afficher les résumés de réflexion (repliés)</translation>
    </message>
    <message>
        <source>Affective dialog (adapts to your tone)</source>
        <translation>Dialogue affectif (s&apos;adapte à votre ton)</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <source>Proactive audio (may choose not to answer)</source>
        <translation>Audio proactif (peut choisir de ne pas répondre)</translation>
    </message>
    <message>
        <source>Google Search grounding</source>
        <translation>Ancrage avec la recherche Google</translation>
    </message>
    <message>
        <source>Functions it may call</source>
        <translation>Fonctions qu&apos;il peut appeler</translation>
    </message>
    <message>
        <source>Tick the local functions the model may call; Space ticks</source>
        <translation>Cochez les fonctions locales que le modèle peut appeler ; Espace coche</translation>
    </message>
    <message>
        <source>Pages on this computer or the local network may be opened</source>
        <translation>Les pages de cet ordinateur ou du réseau local peuvent être ouvertes</translation>
    </message>
    <message>
        <source>{tool} — asks you first</source>
        <translation>{tool} — vous demande d&apos;abord</translation>
    </message>
    <message>
        <source>Push to talk: the model listens only while Space is held</source>
        <translation>Appuyer pour parler : le modèle n&apos;écoute que tant qu&apos;Espace est maintenu</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Start-of-speech sensitivity</source>
        <translation>Sensibilité au début de la parole</translation>
    </message>
    <message>
        <source>End-of-speech sensitivity</source>
        <translation>Sensibilité à la fin de la parole</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Silence that ends your turn</source>
        <translation>Silence qui termine votre tour</translation>
    </message>
    <message>
        <source>Speech kept before the start</source>
        <translation>Parole gardée avant le début</translation>
    </message>
    <message>
        <source>What a turn includes</source>
        <translation>Ce que contient un tour</translation>
    </message>
    <message>
        <source>Which of the audio and video sent since the last answer the model takes (and bills) with your turn</source>
        <translation>Quelle part du son et de la vidéo envoyés depuis la dernière réponse le modèle prend (et facture) avec votre tour</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Valeur du système</translation>
    </message>
    <message>
        <source>&amp;Microphone</source>
        <translation>&amp;Micro</translation>
    </message>
    <message>
        <source>S&amp;peaker</source>
        <translation>&amp;Haut-parleur</translation>
    </message>
    <message>
        <source>I use headphones (turns echo cancellation off)</source>
        <translation>J&apos;utilise un casque (désactive l&apos;annulation d&apos;écho)</translation>
    </message>
    <message>
        <source>Suppress background noise</source>
        <translation>Atténuer le bruit de fond</translation>
    </message>
    <message>
        <source>Pause sending while the microphone hears nothing (saves CPU and data)</source>
        <translation>Suspendre l&apos;envoi tant que le micro n&apos;entend rien (économise processeur et données)</translation>
    </message>
    <message>
        <source>Video at start</source>
        <translation>Vidéo au démarrage</translation>
    </message>
    <message>
        <source>A camera index, or a video file or URL</source>
        <translation>Un numéro de caméra, ou un fichier ou une URL vidéo</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>Fichier vidéo…</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>Fichier vidéo</translation>
    </message>
    <message>
        <source>Use a video file as the camera</source>
        <translation>Utiliser un fichier vidéo comme caméra</translation>
    </message>
    <message>
        <source>Monitor 1</source>
        <translation>Écran 1</translation>
    </message>
    <message>
        <source>Screen to share</source>
        <translation>Écran à partager</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A still picture is sent every</source>
        <translation>Une image fixe est envoyée toutes les</translation>
    </message>
    <message>
        <source>When nothing moves and nobody speaks; changes, speech and the start of your turn send a frame at once. 1 sends one every second</source>
        <translation>Quand rien ne bouge et que personne ne parle ; un changement, la parole et le début de votre tour envoient une image aussitôt. 1 en envoie une chaque seconde</translation>
    </message>
    <message>
        <source>Asking the server for its Live models…</source>
        <translation>Demande au serveur de ses modèles Live…</translation>
    </message>
    <message>
        <source>Offline: this is the built-in emulator&apos;s stand-in voice, not {voice}.</source>
        <translation>Hors ligne : voici la voix de remplacement de l&apos;émulateur intégré, pas {voice}.</translation>
    </message>
    <message>
        <source>Asking the model for a sample of {voice}…</source>
        <translation>Demande au modèle d&apos;un extrait de {voice}…</translation>
    </message>
    <message>
        <source>Playing {voice} (kept from before: no request).</source>
        <translation>Lecture de {voice} (conservé : aucune requête).</translation>
    </message>
    <message>
        <source>Playing {voice}.</source>
        <translation>Lecture de {voice}.</translation>
    </message>
    <message>
        <source>That was {voice}.</source>
        <translation>C&apos;était {voice}.</translation>
    </message>
    <message>
        <source>Gemini is speaking in the conversation: play the sample when it has finished.</source>
        <translation>Gemini parle dans la conversation : écoutez l&apos;extrait quand il aura fini.</translation>
    </message>
    <message>
        <source>A sample is already being asked for or played.</source>
        <translation>Un extrait est déjà demandé ou en cours de lecture.</translation>
    </message>
    <message>
        <source>No sample of {voice}: {error}</source>
        <translation>Pas d&apos;extrait de {voice} : {error}</translation>
    </message>
    <message>
        <source>Could not list the server&apos;s models: {error}</source>
        <translation>Impossible d&apos;obtenir la liste des modèles du serveur : {error}</translation>
    </message>
    <message>
        <source>The server lists {count} Live models; {new} were new here.</source>
        <translation>Le serveur propose {count} modèles Live ; {new} étaient nouveaux ici.</translation>
    </message>
    <message>
        <source>Only for translation models.</source>
        <translation>Seulement pour les modèles de traduction.</translation>
    </message>
    <message>
        <source>Always on for this model.</source>
        <translation>Toujours actif pour ce modèle.</translation>
    </message>
    <message>
        <source>{model} has no thinking control.</source>
        <translation>{model} n&apos;a pas de réglage de réflexion.</translation>
    </message>
    <message>
        <source>Push to talk turns the server&apos;s voice detection off.</source>
        <translation>Appuyer pour parler désactive la détection de voix du serveur.</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>Video (*.mp4 *.avi *.mkv *.mov)</source>
        <translation>Vidéo (*.mp4 *.avi *.mkv *.mov)</translation>
    </message>
    <message>
        <source>A model the app does not know: only the options every Live model accepts are sent. Add it to resources/models.json to use more.</source>
        <translation>Un modèle que l&apos;application ne connaît pas : seules les options acceptées par tous les modèles Live sont envoyées. Ajoutez-le à resources/models.json pour en utiliser davantage.</translation>
    </message>
    <message>
        <source>speech translation: no voice, tools or text input</source>
        <translation>traduction vocale : pas de voix, d&apos;outils ni de saisie de texte</translation>
    </message>
    <message>
        <source>thinking by budget</source>
        <translation>réflexion par budget</translation>
    </message>
    <message>
        <source>thinking by level</source>
        <translation>réflexion par niveau</translation>
    </message>
    <message>
        <source>affective dialog</source>
        <translation>dialogue affectif</translation>
    </message>
    <message>
        <source>proactive audio always on</source>
        <translation>audio proactif toujours actif</translation>
    </message>
    <message>
        <source>proactive audio</source>
        <translation>audio proactif</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Not connected. Press Connect (F5) to start talking.</source>
        <translation>Non connecté. Appuyez sur Connecter (F5) pour commencer à parler.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Paused. Resume (F5) continues the same conversation.</source>
        <translation>En pause. Reprendre (F5) poursuit la même conversation.</translation>
    </message>
    <message>
        <source>Conversation ended. Connect (F5) starts a new one.</source>
        <translation>Conversation terminée. Connecter (F5) en commence une nouvelle.</translation>
    </message>
    <message>
        <source>{text} (code {code})</source>
        <translation>{text} (code {code})</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>What is happening now</source>
        <translation>Ce qui se passe maintenant</translation>
    </message>
    <message>
        <source>The server ends this connection in {seconds} s; switching over.</source>
        <translation>Le serveur termine cette connexion dans {seconds} s ; basculement en cours.</translation>
    </message>
    <message>
        <source>The server ends this connection soon; switching over.</source>
        <translation>Le serveur termine bientôt cette connexion ; basculement en cours.</translation>
    </message>
    <message>
        <source>Answer time, tokens and cost</source>
        <translation>Temps de réponse, jetons et coût</translation>
    </message>
    <message>
        <source>The last answer&apos;s wait, the tokens this conversation has used and their cost where known (View, Diagnostics for more)</source>
        <translation>L’attente de la dernière réponse, les jetons de cette conversation et leur coût quand on le sait (plus dans Affichage, Diagnostic)</translation>
    </message>
    <message>
        <source>Live: {activity}.</source>
        <translation>En direct : {activity}.</translation>
    </message>
    <message>
        <source>Stopped. {error}</source>
        <translation>Arrêté. {error}</translation>
    </message>
    <message>
        <source>translating</source>
        <translation>traduction en cours</translation>
    </message>
    <message>
        <source>Gemini is speaking (talk to interrupt)</source>
        <translation>Gemini parle (parlez pour l&apos;interrompre)</translation>
    </message>
    <message>
        <source>microphone muted (Ctrl+M to unmute); type below</source>
        <translation>micro coupé (Ctrl+M pour le rétablir) ; écrivez ci-dessous</translation>
    </message>
    <message>
        <source>microphone muted (Ctrl+M to unmute)</source>
        <translation>micro coupé (Ctrl+M pour le rétablir)</translation>
    </message>
    <message>
        <source>talking</source>
        <translation>vous parlez</translation>
    </message>
    <message>
        <source>hold Space to talk</source>
        <translation>maintenez Espace pour parler</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>écoute</translation>
    </message>
    <message>
        <source>Connection lost{why}. Reconnecting in {seconds} s…</source>
        <translation>Connexion perdue{why}. Reconnexion dans {seconds} s…</translation>
    </message>
    <message>
        <source>Connection lost{why}. Reconnecting…</source>
        <translation>Connexion perdue{why}. Reconnexion…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
</context>
<context>
    <name>ToolListing</name>
    <message>
        <source>Tell the time</source>
        <translation>Donner l&apos;heure</translation>
    </message>
    <message>
        <source>Open a web page</source>
        <translation>Ouvrir une page web</translation>
    </message>
    <message>
        <source>Copy text to your clipboard</source>
        <translation>Copier du texte dans votre presse-papiers</translation>
    </message>
    <message>
        <source>Look at your screen</source>
        <translation>Regarder votre écran</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>The saved conversation, every message</source>
        <translation>La conversation enregistrée, tous ses messages</translation>
    </message>
    <message>
        <source>Searched: {queries}</source>
        <translation>Recherché : {queries}</translation>
    </message>
    <message>
        <source>Sources: {links}</source>
        <translation>Sources : {links}</translation>
    </message>
    <message>
        <source>▾ Thoughts</source>
        <translation>▾ Réflexions</translation>
    </message>
    <message>
        <source>▸ Thoughts</source>
        <translation>▸ Réflexions</translation>
    </message>
</context>
<context>
    <name>TranslationView</name>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>What was heard and its translation, side by side, newest at the bottom</source>
        <translation>Ce qui a été entendu et sa traduction, côte à côte, le plus récent en bas</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Entendu</translation>
    </message>
    <message>
        <source>Translation — {language}</source>
        <translation>Traduction — {language}</translation>
    </message>
</context>
<context>
    <name>VideoPreview</name>
    <message>
        <source>Video preview</source>
        <translation>Aperçu vidéo</translation>
    </message>
    <message>
        <source>What the model sees</source>
        <translation>Ce que voit le modèle</translation>
    </message>
    <message>
        <source>Video off</source>
        <translation>Vidéo désactivée</translation>
    </message>
</context>
</TS>
