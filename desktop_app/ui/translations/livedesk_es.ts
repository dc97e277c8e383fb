<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Gemini asks</source>
        <translation>Gemini pregunta</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Exactly what would be used or sent</source>
        <translation>Exactamente lo que se usaría o enviaría</translation>
    </message>
    <message>
        <source>&amp;Always allow {tool} in this conversation</source>
        <translation>Permitir &amp;siempre {tool} en esta conversación</translation>
    </message>
    <message>
        <source>Do not ask again about this until the conversation ends</source>
        <translation>No volver a preguntar hasta que acabe la conversación</translation>
    </message>
    <message>
        <source>Allow it this time</source>
        <translation>Permitirlo esta vez</translation>
    </message>
    <message>
        <source>Refuse (the default)</source>
        <translation>Rechazar (predeterminado)</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>What you and Gemini said, newest at the bottom</source>
        <translation>Lo que usted y Gemini han dicho, lo más reciente abajo</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Text in</source>
        <translation>Texto de entrada</translation>
    </message>
    <message>
        <source>Audio in</source>
        <translation>Audio de entrada</translation>
    </message>
    <message>
        <source>Images in</source>
        <translation>Imágenes de entrada</translation>
    </message>
    <message>
        <source>Video in</source>
        <translation>Vídeo de entrada</translation>
    </message>
    <message>
        <source>Other in (not itemised)</source>
        <translation>Otros de entrada (sin desglosar)</translation>
    </message>
    <message>
        <source>Text out</source>
        <translation>Texto de salida</translation>
    </message>
    <message>
        <source>Audio out</source>
        <translation>Audio de salida</translation>
    </message>
    <message>
        <source>Other out (not itemised)</source>
        <translation>Otros de salida (sin desglosar)</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>No tokens yet.</source>
        <translation>Aún no hay tokens.</translation>
    </message>
    <message>
        <source>No known price for this model: tokens only.</source>
        <translation>No se conoce el precio de este modelo: solo tokens.</translation>
    </message>
    <message>
        <source>{amount} at the prices of {date}.</source>
        <translation>{amount} a los precios del {date}.</translation>
    </message>
    <message>
        <source>median answer {ms} ms</source>
        <translation>respuesta mediana {ms} ms</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>una fecha desconocida</translation>
    </message>
    <message>
        <source>{tokens} tokens have no known price ({kinds}).</source>
        <translation>{tokens} tokens no tienen precio conocido ({kinds}).</translation>
    </message>
    <message>
        <source>answer {ms} ms</source>
        <translation>respuesta {ms} ms</translation>
    </message>
    <message>
        <source>{count} tokens</source>
        <translation>{count} tokens</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPanel</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Latency and cost figures of this conversation</source>
        <translation>Cifras de latencia y coste de esta conversación</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Answer (ms)</source>
        <translation>Respuesta (ms)</translation>
    </message>
    <message>
        <source>Ended by</source>
        <translation>Terminado por</translation>
    </message>
    <message>
        <source>Arrival (ms)</source>
        <translation>Llegada (ms)</translation>
    </message>
    <message>
        <source>Playout (ms)</source>
        <translation>Reproducción (ms)</translation>
    </message>
    <message>
        <source>Cut → silence (ms)</source>
        <translation>Corte → silencio (ms)</translation>
    </message>
    <message>
        <source>Answer times</source>
        <translation>Tiempos de respuesta</translation>
    </message>
    <message>
        <source>For each model turn: from the end of your turn to the first sound of the answer, split into its arrival and its playout</source>
        <translation>Para cada turno del modelo: del final de tu turno al primer sonido de la respuesta, dividido en su llegada y su reproducción</translation>
    </message>
    <message>
        <source>Answer time summary</source>
        <translation>Resumen de tiempos de respuesta</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Setup times</source>
        <translation>Tiempos de configuración</translation>
    </message>
    <message>
        <source>From opening each connection to the server&apos;s setupComplete</source>
        <translation>Desde que se abre cada conexión hasta el setupComplete del servidor</translation>
    </message>
    <message>
        <source>Reconnect gaps</source>
        <translation>Pausas de reconexión</translation>
    </message>
    <message>
        <source>From losing the connection to the next setupComplete</source>
        <translation>Desde que se pierde la conexión hasta el siguiente setupComplete</translation>
    </message>
    <message>
        <source>Setup (ms):</source>
        <translation>Configuración (ms):</translation>
    </message>
    <message>
        <source>Reconnect gaps (ms):</source>
        <translation>Pausas de reconexión (ms):</translation>
    </message>
    <message>
        <source>Tokens and cost</source>
        <translation>Tokens y coste</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Tokens by kind</source>
        <translation>Tokens por tipo</translation>
    </message>
    <message>
        <source>Tokens of this conversation by modality, as the server counted them</source>
        <translation>Tokens de esta conversación por modalidad, tal como los contó el servidor</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>What the tokens cost, where known</source>
        <translation>Lo que cuestan los tokens, cuando se sabe</translation>
    </message>
    <message>
        <source>silence</source>
        <translation>silencio</translation>
    </message>
    <message>
        <source>key released</source>
        <translation>tecla soltada</translation>
    </message>
    <message>
        <source>text sent</source>
        <translation>texto enviado</translation>
    </message>
    <message>
        <source>Median answer time: {ms} ms.</source>
        <translation>Mediana del tiempo de respuesta: {ms} ms.</translation>
    </message>
    <message>
        <source>No answer measured yet.</source>
        <translation>Aún no se ha medido ninguna respuesta.</translation>
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
        <translation>Usted</translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation>Llamada a herramienta</translation>
    </message>
    <message>
        <source>— listening…</source>
        <translation>— escuchando…</translation>
    </message>
    <message>
        <source>— speaking…</source>
        <translation>— hablando…</translation>
    </message>
    <message>
        <source>— running…</source>
        <translation>— en curso…</translation>
    </message>
    <message>
        <source>— interrupted</source>
        <translation>— interrumpido</translation>
    </message>
    <message>
        <source>— cancelled</source>
        <translation>— cancelado</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Pensamientos</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s thought summaries</source>
        <translation>Mostrar u ocultar los resúmenes de pensamiento del modelo</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>The pages Google Search found</source>
        <translation>Las páginas que encontró la Búsqueda de Google</translation>
    </message>
    <message>
        <source>Sources: {links}</source>
        <translation>Fuentes: {links}</translation>
    </message>
    <message>
        <source>Searched: {queries}</source>
        <translation>Buscado: {queries}</translation>
    </message>
    <message>
        <source>{speaker}: {text}</source>
        <translation>{speaker}: {text}</translation>
    </message>
    <message>
        <source>— failed</source>
        <translation>— falló</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>&lt;h3&gt;Welcome to LiveDesk&lt;/h3&gt;&lt;p&gt;Talk with Gemini in real time, with your voice, your camera or your screen.&lt;/p&gt;&lt;p&gt;LiveDesk needs a Gemini API key. It is free to create one; the key is kept in your system&apos;s keyring, never in a file or a log.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bienvenido a LiveDesk&lt;/h3&gt;&lt;p&gt;Hable con Gemini en tiempo real, con su voz, su cámara o su pantalla.&lt;/p&gt;&lt;p&gt;LiveDesk necesita una clave de API de Gemini. Crearla es gratis; la clave se guarda en el llavero del sistema, nunca en un archivo ni en un registro.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome to LiveDesk</source>
        <translation>Bienvenido a LiveDesk</translation>
    </message>
    <message>
        <source>Get a Gemini API key</source>
        <translation>Obtener una clave de API de Gemini</translation>
    </message>
    <message>
        <source>Opens Google AI Studio</source>
        <translation>Abre Google AI Studio</translation>
    </message>
    <message>
        <source>Paste your API key here</source>
        <translation>Pegue aquí su clave de API</translation>
    </message>
    <message>
        <source>No key yet? Offline mode talks to a small built-in stand-in for the service: it answers with a fixed sentence, and shows that your microphone, speaker and camera work.</source>
        <translation>¿Aún no tiene clave? El modo sin conexión habla con un pequeño sustituto integrado del servicio: responde con una frase fija y muestra que su micrófono, altavoz y cámara funcionan.</translation>
    </message>
    <message>
        <source>&amp;Use this key</source>
        <translation>&amp;Usar esta clave</translation>
    </message>
    <message>
        <source>Use this key</source>
        <translation>Usar esta clave</translation>
    </message>
    <message>
        <source>Keep the key in the system keyring and start</source>
        <translation>Guardar la clave en el llavero del sistema y empezar</translation>
    </message>
    <message>
        <source>Try &amp;offline mode</source>
        <translation>Probar el modo sin &amp;conexión</translation>
    </message>
    <message>
        <source>Try offline mode</source>
        <translation>Probar el modo sin conexión</translation>
    </message>
    <message>
        <source>Talk to the built-in stand-in for the service: no key, no network</source>
        <translation>Hablar con el sustituto integrado del servicio: sin clave, sin red</translation>
    </message>
    <message>
        <source>Close without a key</source>
        <translation>Cerrar sin clave</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>LiveDesk history</source>
        <translation>Historial de LiveDesk</translation>
    </message>
    <message>
        <source>Search everything that was said</source>
        <translation>Buscar en todo lo que se dijo</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Saved conversations, newest first; choose one to read it</source>
        <translation>Conversaciones guardadas, las más recientes primero; elija una para leerla</translation>
    </message>
    <message>
        <source>Choose a conversation on the left.</source>
        <translation>Elija una conversación a la izquierda.</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>Whether the export was saved</source>
        <translation>Si la exportación se guardó</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Exportar a &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export Markdown</source>
        <translation>Exportar a Markdown</translation>
    </message>
    <message>
        <source>Save this conversation as a Markdown file</source>
        <translation>Guardar esta conversación como archivo Markdown</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exportar a &amp;JSON…</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Exportar a JSON</translation>
    </message>
    <message>
        <source>Save this conversation as a JSON file</source>
        <translation>Guardar esta conversación como archivo JSON</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this conversation for good</source>
        <translation>Eliminar esta conversación para siempre</translation>
    </message>
    <message>
        <source> · recording</source>
        <translation> · grabando</translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Sin resultados.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Could not read the history: {error}</source>
        <translation>No se pudo leer el historial: {error}</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>Todavía no hay conversaciones.</translation>
    </message>
    <message>
        <source>Could not read this conversation: {error}</source>
        <translation>No se pudo leer esta conversación: {error}</translation>
    </message>
    <message>
        <source>This conversation was deleted.</source>
        <translation>Esta conversación se eliminó.</translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation>Guardando {file}…</translation>
    </message>
    <message>
        <source>Could not save {file}: {error}</source>
        <translation>No se pudo guardar {file}: {error}</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>{file} guardado.</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Eliminar conversación</translation>
    </message>
    <message>
        <source>Delete “{title}” for good?</source>
        <translation>¿Eliminar «{title}» para siempre?</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Eliminando…</translation>
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
        <translation>Exportar conversación</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>How loud it is</source>
        <translation>El volumen del sonido</translation>
    </message>
    <message>
        <source>{meter} level</source>
        <translation>Nivel: {meter}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Video off. Choose Camera or Screen to let Gemini see.</source>
        <translation>Vídeo apagado. Elija Cámara o Pantalla para que Gemini vea.</translation>
    </message>
    <message>
        <source>The camera starts when you connect.</source>
        <translation>La cámara se inicia al conectar.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Iniciando la cámara…</translation>
    </message>
    <message>
        <source>Screen sharing starts when you connect.</source>
        <translation>Compartir la pantalla empieza al conectar.</translation>
    </message>
    <message>
        <source>Starting screen sharing…</source>
        <translation>Iniciando el uso compartido de pantalla…</translation>
    </message>
    <message>
        <source>What the model sees (one picture a second)</source>
        <translation>Lo que ve el modelo (una imagen por segundo)</translation>
    </message>
    <message>
        <source>This model hears only: no camera or screen is shared with it.</source>
        <translation>Este modelo solo escucha: no se le comparte ninguna cámara ni pantalla.</translation>
    </message>
    <message>
        <source>Connect, or resume a paused conversation</source>
        <translation>Conectar, o reanudar una conversación en pausa</translation>
    </message>
    <message>
        <source>Pause (keeps the conversation)</source>
        <translation>Pausa (conserva la conversación)</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>Terminar la conversación</translation>
    </message>
    <message>
        <source>Mute or unmute the microphone</source>
        <translation>Silenciar o activar el micrófono</translation>
    </message>
    <message>
        <source>Hold to talk, in push-to-talk mode (not while typing)</source>
        <translation>Mantener para hablar, en modo pulsar para hablar (no mientras escribe)</translation>
    </message>
    <message>
        <source>Type a message</source>
        <translation>Escribir un mensaje</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Diagnostics: answer times, tokens and cost</source>
        <translation>Diagnóstico: tiempos de respuesta, tokens y coste</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>A live voice and video conversation with Gemini</source>
        <translation>Una conversación de voz y vídeo en directo con Gemini</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <source>&amp;Mute microphone</source>
        <translation>&amp;Silenciar micrófono</translation>
    </message>
    <message>
        <source>&amp;Type a message</source>
        <translation>&amp;Escribir un mensaje</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnóstico…</translation>
    </message>
    <message>
        <source>&amp;About LiveDesk</source>
        <translation>&amp;Acerca de LiveDesk</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversación</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>What went wrong and what to do</source>
        <translation>Qué salió mal y qué hacer</translation>
    </message>
    <message>
        <source>&amp;Open settings</source>
        <translation>&amp;Abrir ajustes</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Abrir ajustes</translation>
    </message>
    <message>
        <source>Change the settings to fix this</source>
        <translation>Cambiar los ajustes para solucionarlo</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Hide these problems</source>
        <translation>Ocultar estos problemas</translation>
    </message>
    <message>
        <source>Gemini &amp;sees:</source>
        <translation>Gemini &amp;ve:</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Gemini sees</source>
        <translation>Gemini ve</translation>
    </message>
    <message>
        <source>Which screen to share</source>
        <translation>Qué pantalla compartir</translation>
    </message>
    <message>
        <source>Screen to share</source>
        <translation>Pantalla que compartir</translation>
    </message>
    <message>
        <source>Press Connect (F5) and start talking, or type below.
Your words and Gemini&apos;s answers appear here as they are spoken.</source>
        <translation>Pulse Conectar (F5) y empiece a hablar, o escriba abajo.
Sus palabras y las respuestas de Gemini aparecen aquí mientras se dicen.</translation>
    </message>
    <message>
        <source>Type a message to Gemini and press Enter</source>
        <translation>Escriba un mensaje a Gemini y pulse Intro</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Type a message to Gemini and press Enter (Ctrl+L comes here)</source>
        <translation>Escriba un mensaje a Gemini y pulse Intro (Ctrl+L lleva aquí)</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>En&amp;viar</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the typed message to Gemini</source>
        <translation>Enviar a Gemini el mensaje escrito</translation>
    </message>
    <message>
        <source>Hold to talk ({key})</source>
        <translation>Mantener para hablar ({key})</translation>
    </message>
    <message>
        <source>Hold to talk</source>
        <translation>Mantener para hablar</translation>
    </message>
    <message>
        <source>Gemini listens while this button or {key} is held</source>
        <translation>Gemini escucha mientras se mantiene este botón o {key}</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micrófono</translation>
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
        <translation>{model} solo acepta voz.</translation>
    </message>
    <message>
        <source>{model} hears only: it takes no pictures.</source>
        <translation>{model} solo escucha: no acepta imágenes.</translation>
    </message>
    <message>
        <source>Un&amp;mute microphone</source>
        <translation>Activar el &amp;micrófono</translation>
    </message>
    <message>
        <source>Microphone (muted: not sent)</source>
        <translation>Micrófono (silenciado: no se envía)</translation>
    </message>
    <message>
        <source>Monitor 1</source>
        <translation>Pantalla 1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About LiveDesk</source>
        <translation>Acerca de LiveDesk</translation>
    </message>
    <message>
        <source>LiveDesk {version}&lt;br&gt;Real-time voice and video conversations with Gemini through the Live API.</source>
        <translation>LiveDesk {version}&lt;br&gt;Conversaciones de voz y vídeo en tiempo real con Gemini a través de la Live API.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Altavoz</translation>
    </message>
    <message>
        <source>{device} not found: {message}</source>
        <translation>{device} no encontrado: {message}</translation>
    </message>
    <message>
        <source>{device} unavailable: {message}</source>
        <translation>{device} no disponible: {message}</translation>
    </message>
    <message>
        <source>{device} lost: {message}</source>
        <translation>{device} perdido: {message}</translation>
    </message>
    <message>
        <source>{problem}
The conversation goes on without video.</source>
        <translation>{problem}
La conversación sigue sin vídeo.</translation>
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
        <translation>Los mensajes anteriores están en el historial (Ctrl+H).</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Mostrar la clave</translation>
    </message>
    <message>
        <source>Show the key as plain text to check it</source>
        <translation>Mostrar la clave como texto para comprobarla</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Server default</source>
        <translation>Valor del servidor</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Automatic: low for the camera, medium for a screen</source>
        <translation>Automática: baja para la cámara, media para una pantalla</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Your speech and every video frame</source>
        <translation>Su voz y cada fotograma de vídeo</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>Valor del modelo</translation>
    </message>
    <message>
        <source>Only what came while you spoke (cheapest; typed questions may not see the picture)</source>
        <translation>Solo lo que llegó mientras hablaba (lo más barato; las preguntas escritas pueden no ver la imagen)</translation>
    </message>
    <message>
        <source>Everything since the last turn, silence included</source>
        <translation>Todo desde el último turno, silencios incluidos</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Token budget</source>
        <translation>Presupuesto de tokens</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Automatic (what the model needs)</source>
        <translation>Automática (la que necesita el modelo)</translation>
    </message>
    <message>
        <source>Get a Gemini API key (Google AI Studio)</source>
        <translation>Obtener una clave de API de Gemini (Google AI Studio)</translation>
    </message>
    <message>
        <source>Not supported by {model}.</source>
        <translation>{model} no lo admite.</translation>
    </message>
    <message>
        <source>LiveDesk settings</source>
        <translation>Ajustes de LiveDesk</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Model and voice</source>
        <translation>Modelo y voz</translation>
    </message>
    <message>
        <source>Turn taking</source>
        <translation>Turnos de palabra</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Changes apply at once. A live conversation reconnects with its resumption handle and keeps its context.</source>
        <translation>Los cambios se aplican al instante. Una conversación en curso se reconecta con su identificador de reanudación y conserva su contexto.</translation>
    </message>
    <message>
        <source>Apply the changes and close</source>
        <translation>Aplicar los cambios y cerrar</translation>
    </message>
    <message>
        <source>Close; applied changes stay</source>
        <translation>Cerrar; los cambios aplicados se mantienen</translation>
    </message>
    <message>
        <source>Apply the changes now</source>
        <translation>Aplicar los cambios ahora</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de ajustes</translation>
    </message>
    <message>
        <source>Ctrl+Tab moves to the next page</source>
        <translation>Ctrl+Tab pasa a la página siguiente</translation>
    </message>
    <message>
        <source>Gemini API (API key)</source>
        <translation>API de Gemini (clave de API)</translation>
    </message>
    <message>
        <source>Vertex AI (project, Application Default Credentials)</source>
        <translation>Vertex AI (proyecto, Application Default Credentials)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Paste your key; it is kept in the system keyring only</source>
        <translation>Pegue su clave; solo se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;Clave de API</translation>
    </message>
    <message>
        <source>Get a Gemini API key</source>
        <translation>Obtener una clave de API de Gemini</translation>
    </message>
    <message>
        <source>Opens Google AI Studio</source>
        <translation>Abre Google AI Studio</translation>
    </message>
    <message>
        <source>Vertex project</source>
        <translation>Proyecto de Vertex</translation>
    </message>
    <message>
        <source>Vertex location</source>
        <translation>Región de Vertex</translation>
    </message>
    <message>
        <source>Google (default), or https://relay.example:443</source>
        <translation>Google (predeterminado), o https://relay.example:443</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Punto de acceso</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation>Buscar un archivo de CA</translation>
    </message>
    <message>
        <source>Choose a PEM file</source>
        <translation>Elegir un archivo PEM</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt)</source>
        <translation>Archivos PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Archivo de CA</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Versión de la API</translation>
    </message>
    <message>
        <source>An organisation&apos;s token service (optional)</source>
        <translation>El servicio de tokens de una organización (opcional)</translation>
    </message>
    <message>
        <source>Token service</source>
        <translation>Servicio de tokens</translation>
    </message>
    <message>
        <source>Vertex AI</source>
        <translation>Vertex AI</translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation>Añadir a la lista</translation>
    </message>
    <message>
        <source>Keep the typed model ID in the list</source>
        <translation>Conservar en la lista el ID de modelo escrito</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove a model you added from the list</source>
        <translation>Quitar de la lista un modelo que usted añadió</translation>
    </message>
    <message>
        <source>Ask the server</source>
        <translation>Preguntar al servidor</translation>
    </message>
    <message>
        <source>Add the models the service lists for Live conversations</source>
        <translation>Añadir los modelos que el servicio ofrece para conversaciones Live</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Escuchar</translation>
    </message>
    <message>
        <source>Play a sample of this voice</source>
        <translation>Escuchar una muestra de esta voz</translation>
    </message>
    <message>
        <source>The chosen model says one short sentence in this voice and language</source>
        <translation>El modelo elegido dice una frase corta con esta voz y en este idioma</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>&amp;Voz</translation>
    </message>
    <message>
        <source>Voice sample</source>
        <translation>Muestra de voz</translation>
    </message>
    <message>
        <source>How the voice sample goes</source>
        <translation>Cómo va la muestra de voz</translation>
    </message>
    <message>
        <source>The interface&apos;s language, where the model speaks it</source>
        <translation>El idioma de la interfaz, si el modelo lo habla</translation>
    </message>
    <message>
        <source>Automatic (the model chooses)</source>
        <translation>Automático (elige el modelo)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language the model speaks; by default the interface&apos;s</source>
        <translation>El idioma que habla el modelo; por defecto, el de la interfaz</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>The language of LiveDesk&apos;s windows; it changes at the next start</source>
        <translation>El idioma de las ventanas de LiveDesk; cambia en el próximo inicio</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>Idioma de la i&amp;nterfaz</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Translate into</source>
        <translation>Traducir al</translation>
    </message>
    <message>
        <source>How the model should behave (optional)</source>
        <translation>Cómo debe comportarse el modelo (opcional)</translation>
    </message>
    <message>
        <source>S&amp;ystem instruction</source>
        <translation>Instrucción del s&amp;istema</translation>
    </message>
    <message>
        <source>Show what the model says as text</source>
        <translation>Mostrar como texto lo que dice el modelo</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Video resolution</source>
        <translation>Resolución de vídeo</translation>
    </message>
    <message>
        <source>How finely the model looks at each frame: low costs 64 tokens a frame, medium and high 256</source>
        <translation>Con qué detalle mira el modelo cada fotograma: baja cuesta 64 tokens por fotograma, media y alta 256</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Set the temperature</source>
        <translation>Fijar la temperatura</translation>
    </message>
    <message>
        <source>Unticked, the model&apos;s default temperature is used</source>
        <translation>Sin marcar, se usa la temperatura predeterminada del modelo</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>From 0 (steady) to 2 (varied)</source>
        <translation>De 0 (estable) a 2 (variado)</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <source>Thinking budget</source>
        <translation>Presupuesto de razonamiento</translation>
    </message>
    <message>
        <source>How many tokens the model may think with</source>
        <translation>Cuántos tokens puede usar el modelo para razonar</translation>
    </message>
    <message>
        <source>Thinking level</source>
        <translation>Nivel de razonamiento</translation>
    </message>
    <message>
        <source>How much the model thinks</source>
        <translation>Cuánto razona el modelo</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>Show thought summaries (collapsed)</source>
        <translation>Mostrar resúmenes de pensamiento (plegados)</translation>
    </message>
    <message>
        <source>Affective dialog (adapts to your tone)</source>
        <translation>Diálogo afectivo (se adapta a su tono)</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Proactive audio (may choose not to answer)</source>
        <translation>Audio proactivo (puede decidir no responder)</translation>
    </message>
    <message>
        <source>Google Search grounding</source>
        <translation>Fundamentación con la Búsqueda de Google</translation>
    </message>
    <message>
        <source>Functions it may call</source>
        <translation>Funciones que puede llamar</translation>
    </message>
    <message>
        <source>Tick the local functions the model may call; Space ticks</source>
        <translation>Marque las funciones locales que el modelo puede llamar; Espacio marca</translation>
    </message>
    <message>
        <source>Pages on this computer or the local network may be opened</source>
        <translation>Se pueden abrir páginas de este equipo o de la red local</translation>
    </message>
    <message>
        <source>{tool} — asks you first</source>
        <translation>{tool} — le pregunta antes</translation>
    </message>
    <message>
        <source>Push to talk: the model listens only while Space is held</source>
        <translation>Pulsar para hablar: el modelo solo escucha mientras se mantiene Espacio</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Start-of-speech sensitivity</source>
        <translation>Sensibilidad al inicio del habla</translation>
    </message>
    <message>
        <source>End-of-speech sensitivity</source>
        <translation>Sensibilidad al final del habla</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Silence that ends your turn</source>
        <translation>Silencio que termina su turno</translation>
    </message>
    <message>
        <source>Speech kept before the start</source>
        <translation>Voz conservada antes del inicio</translation>
    </message>
    <message>
        <source>What a turn includes</source>
        <translation>Qué incluye un turno</translation>
    </message>
    <message>
        <source>Which of the audio and video sent since the last answer the model takes (and bills) with your turn</source>
        <translation>Qué parte del audio y el vídeo enviados desde la última respuesta toma (y cobra) el modelo con su turno</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>&amp;Microphone</source>
        <translation>&amp;Micrófono</translation>
    </message>
    <message>
        <source>S&amp;peaker</source>
        <translation>Alta&amp;voz</translation>
    </message>
    <message>
        <source>I use headphones (turns echo cancellation off)</source>
        <translation>Uso auriculares (desactiva la cancelación de eco)</translation>
    </message>
    <message>
        <source>Suppress background noise</source>
        <translation>Suprimir el ruido de fondo</translation>
    </message>
    <message>
        <source>Pause sending while the microphone hears nothing (saves CPU and data)</source>
        <translation>Pausar el envío mientras el micrófono no oiga nada (ahorra CPU y datos)</translation>
    </message>
    <message>
        <source>Video at start</source>
        <translation>Vídeo al empezar</translation>
    </message>
    <message>
        <source>A camera index, or a video file or URL</source>
        <translation>Un número de cámara, o un archivo o URL de vídeo</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>Archivo de vídeo…</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>Archivo de vídeo</translation>
    </message>
    <message>
        <source>Use a video file as the camera</source>
        <translation>Usar un archivo de vídeo como cámara</translation>
    </message>
    <message>
        <source>Monitor 1</source>
        <translation>Pantalla 1</translation>
    </message>
    <message>
        <source>Screen to share</source>
        <translation>Pantalla que compartir</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A still picture is sent every</source>
        <translation>Se envía una imagen fija cada</translation>
    </message>
    <message>
        <source>When nothing moves and nobody speaks; changes, speech and the start of your turn send a frame at once. 1 sends one every second</source>
        <translation>Cuando nada se mueve y nadie habla; los cambios, la voz y el inicio de su turno envían un fotograma al momento. 1 envía uno cada segundo</translation>
    </message>
    <message>
        <source>Asking the server for its Live models…</source>
        <translation>Preguntando al servidor por sus modelos Live…</translation>
    </message>
    <message>
        <source>Offline: this is the built-in emulator&apos;s stand-in voice, not {voice}.</source>
        <translation>Sin conexión: esta es la voz sustituta del emulador integrado, no {voice}.</translation>
    </message>
    <message>
        <source>Asking the model for a sample of {voice}…</source>
        <translation>Pidiendo al modelo una muestra de {voice}…</translation>
    </message>
    <message>
        <source>Playing {voice} (kept from before: no request).</source>
        <translation>Reproduciendo {voice} (guardada: sin solicitud).</translation>
    </message>
    <message>
        <source>Playing {voice}.</source>
        <translation>Reproduciendo {voice}.</translation>
    </message>
    <message>
        <source>That was {voice}.</source>
        <translation>Esa era {voice}.</translation>
    </message>
    <message>
        <source>Gemini is speaking in the conversation: play the sample when it has finished.</source>
        <translation>Gemini está hablando en la conversación: escuche la muestra cuando termine.</translation>
    </message>
    <message>
        <source>A sample is already being asked for or played.</source>
        <translation>Ya se está pidiendo o reproduciendo una muestra.</translation>
    </message>
    <message>
        <source>No sample of {voice}: {error}</source>
        <translation>No hay muestra de {voice}: {error}</translation>
    </message>
    <message>
        <source>Could not list the server&apos;s models: {error}</source>
        <translation>No se pudo obtener la lista de modelos del servidor: {error}</translation>
    </message>
    <message>
        <source>The server lists {count} Live models; {new} were new here.</source>
        <translation>El servidor ofrece {count} modelos Live; {new} eran nuevos aquí.</translation>
    </message>
    <message>
        <source>Only for translation models.</source>
        <translation>Solo para modelos de traducción.</translation>
    </message>
    <message>
        <source>Always on for this model.</source>
        <translation>Siempre activo en este modelo.</translation>
    </message>
    <message>
        <source>{model} has no thinking control.</source>
        <translation>{model} no tiene control de razonamiento.</translation>
    </message>
    <message>
        <source>Push to talk turns the server&apos;s voice detection off.</source>
        <translation>Pulsar para hablar desactiva la detección de voz del servidor.</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <source>Video (*.mp4 *.avi *.mkv *.mov)</source>
        <translation>Vídeo (*.mp4 *.avi *.mkv *.mov)</translation>
    </message>
    <message>
        <source>A model the app does not know: only the options every Live model accepts are sent. Add it to resources/models.json to use more.</source>
        <translation>Un modelo que la aplicación no conoce: solo se envían las opciones que acepta todo modelo Live. Añádalo a resources/models.json para usar más.</translation>
    </message>
    <message>
        <source>speech translation: no voice, tools or text input</source>
        <translation>traducción de voz: sin voz, herramientas ni entrada de texto</translation>
    </message>
    <message>
        <source>thinking by budget</source>
        <translation>razonamiento por presupuesto</translation>
    </message>
    <message>
        <source>thinking by level</source>
        <translation>razonamiento por nivel</translation>
    </message>
    <message>
        <source>affective dialog</source>
        <translation>diálogo afectivo</translation>
    </message>
    <message>
        <source>proactive audio always on</source>
        <translation>audio proactivo siempre activo</translation>
    </message>
    <message>
        <source>proactive audio</source>
        <translation>audio proactivo</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Not connected. Press Connect (F5) to start talking.</source>
        <translation>Sin conexión. Pulse Conectar (F5) para empezar a hablar.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Paused. Resume (F5) continues the same conversation.</source>
        <translation>En pausa. Reanudar (F5) continúa la misma conversación.</translation>
    </message>
    <message>
        <source>Conversation ended. Connect (F5) starts a new one.</source>
        <translation>Conversación terminada. Conectar (F5) empieza una nueva.</translation>
    </message>
    <message>
        <source>{text} (code {code})</source>
        <translation>{text} (código {code})</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What is happening now</source>
        <translation>Qué está pasando ahora</translation>
    </message>
    <message>
        <source>The server ends this connection in {seconds} s; switching over.</source>
        <translation>El servidor cierra esta conexión en {seconds} s; cambiando de conexión.</translation>
    </message>
    <message>
        <source>The server ends this connection soon; switching over.</source>
        <translation>El servidor cerrará pronto esta conexión; cambiando de conexión.</translation>
    </message>
    <message>
        <source>Answer time, tokens and cost</source>
        <translation>Tiempo de respuesta, tokens y coste</translation>
    </message>
    <message>
        <source>The last answer&apos;s wait, the tokens this conversation has used and their cost where known (View, Diagnostics for more)</source>
        <translation>La espera de la última respuesta, los tokens de esta conversación y su coste cuando se sabe (más en Ver, Diagnóstico)</translation>
    </message>
    <message>
        <source>Live: {activity}.</source>
        <translation>En directo: {activity}.</translation>
    </message>
    <message>
        <source>Stopped. {error}</source>
        <translation>Detenido. {error}</translation>
    </message>
    <message>
        <source>translating</source>
        <translation>traduciendo</translation>
    </message>
    <message>
        <source>Gemini is speaking (talk to interrupt)</source>
        <translation>Gemini está hablando (hable para interrumpir)</translation>
    </message>
    <message>
        <source>microphone muted (Ctrl+M to unmute); type below</source>
        <translation>micrófono silenciado (Ctrl+M para activarlo); escriba abajo</translation>
    </message>
    <message>
        <source>microphone muted (Ctrl+M to unmute)</source>
        <translation>micrófono silenciado (Ctrl+M para activarlo)</translation>
    </message>
    <message>
        <source>talking</source>
        <translation>hablando</translation>
    </message>
    <message>
        <source>hold Space to talk</source>
        <translation>mantenga Espacio para hablar</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>escuchando</translation>
    </message>
    <message>
        <source>Connection lost{why}. Reconnecting in {seconds} s…</source>
        <translation>Conexión perdida{why}. Reconectando en {seconds} s…</translation>
    </message>
    <message>
        <source>Connection lost{why}. Reconnecting…</source>
        <translation>Conexión perdida{why}. Reconectando…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
</context>
<context>
    <name>ToolListing</name>
    <message>
        <source>Tell the time</source>
        <translation>Decir la hora</translation>
    </message>
    <message>
        <source>Open a web page</source>
        <translation>Abrir una página web</translation>
    </message>
    <message>
        <source>Copy text to your clipboard</source>
        <translation>Copiar texto en su portapapeles</translation>
    </message>
    <message>
        <source>Look at your screen</source>
        <translation>Mirar su pantalla</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>The saved conversation, every message</source>
        <translation>La conversación guardada, con todos sus mensajes</translation>
    </message>
    <message>
        <source>Searched: {queries}</source>
        <translation>Buscado: {queries}</translation>
    </message>
    <message>
        <source>Sources: {links}</source>
        <translation>Fuentes: {links}</translation>
    </message>
    <message>
        <source>▾ Thoughts</source>
        <translation>▾ Pensamientos</translation>
    </message>
    <message>
        <source>▸ Thoughts</source>
        <translation>▸ Pensamientos</translation>
    </message>
</context>
<context>
    <name>TranslationView</name>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>What was heard and its translation, side by side, newest at the bottom</source>
        <translation>Lo que se oyó y su traducción, lado a lado, lo más reciente abajo</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Oído</translation>
    </message>
    <message>
        <source>Translation — {language}</source>
        <translation>Traducción — {language}</translation>
    </message>
</context>
<context>
    <name>VideoPreview</name>
    <message>
        <source>Video preview</source>
        <translation>Vista previa del vídeo</translation>
    </message>
    <message>
        <source>What the model sees</source>
        <translation>Lo que ve el modelo</translation>
    </message>
    <message>
        <source>Video off</source>
        <translation>Vídeo apagado</translation>
    </message>
</context>
</TS>
