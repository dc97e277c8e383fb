<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Gemini asks</source>
        <translation>O Gemini pergunta</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Exactly what would be used or sent</source>
        <translation>Exatamente o que seria usado ou enviado</translation>
    </message>
    <message>
        <source>&amp;Always allow {tool} in this conversation</source>
        <translation>Permitir &amp;sempre {tool} nesta conversa</translation>
    </message>
    <message>
        <source>Do not ask again about this until the conversation ends</source>
        <translation>Não perguntar de novo até o fim da conversa</translation>
    </message>
    <message>
        <source>Allow it this time</source>
        <translation>Permitir desta vez</translation>
    </message>
    <message>
        <source>Refuse (the default)</source>
        <translation>Recusar (padrão)</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>What you and Gemini said, newest at the bottom</source>
        <translation>O que você e o Gemini disseram, o mais recente embaixo</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nova conversa</translation>
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
        <translation>Áudio de entrada</translation>
    </message>
    <message>
        <source>Images in</source>
        <translation>Imagens de entrada</translation>
    </message>
    <message>
        <source>Video in</source>
        <translation>Vídeo de entrada</translation>
    </message>
    <message>
        <source>Other in (not itemised)</source>
        <translation>Outros de entrada (sem detalhe)</translation>
    </message>
    <message>
        <source>Text out</source>
        <translation>Texto de saída</translation>
    </message>
    <message>
        <source>Audio out</source>
        <translation>Áudio de saída</translation>
    </message>
    <message>
        <source>Other out (not itemised)</source>
        <translation>Outros de saída (sem detalhe)</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Raciocínio</translation>
    </message>
    <message>
        <source>No tokens yet.</source>
        <translation>Ainda não há tokens.</translation>
    </message>
    <message>
        <source>No known price for this model: tokens only.</source>
        <translation>Nenhum preço conhecido para este modelo: só tokens.</translation>
    </message>
    <message>
        <source>{amount} at the prices of {date}.</source>
        <translation>{amount} aos preços de {date}.</translation>
    </message>
    <message>
        <source>median answer {ms} ms</source>
        <translation>resposta mediana {ms} ms</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>uma data desconhecida</translation>
    </message>
    <message>
        <source>{tokens} tokens have no known price ({kinds}).</source>
        <translation>{tokens} tokens não têm preço conhecido ({kinds}).</translation>
    </message>
    <message>
        <source>answer {ms} ms</source>
        <translation>resposta {ms} ms</translation>
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
        <translation>Números de latência e custo desta conversa</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respostas</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Answer (ms)</source>
        <translation>Resposta (ms)</translation>
    </message>
    <message>
        <source>Ended by</source>
        <translation>Terminado por</translation>
    </message>
    <message>
        <source>Arrival (ms)</source>
        <translation>Chegada (ms)</translation>
    </message>
    <message>
        <source>Playout (ms)</source>
        <translation>Reprodução (ms)</translation>
    </message>
    <message>
        <source>Cut → silence (ms)</source>
        <translation>Corte → silêncio (ms)</translation>
    </message>
    <message>
        <source>Answer times</source>
        <translation>Tempos de resposta</translation>
    </message>
    <message>
        <source>For each model turn: from the end of your turn to the first sound of the answer, split into its arrival and its playout</source>
        <translation>Para cada turno do modelo: do fim do seu turno ao primeiro som da resposta, dividido em chegada e reprodução</translation>
    </message>
    <message>
        <source>Answer time summary</source>
        <translation>Resumo dos tempos de resposta</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Setup times</source>
        <translation>Tempos de configuração</translation>
    </message>
    <message>
        <source>From opening each connection to the server&apos;s setupComplete</source>
        <translation>Da abertura de cada conexão até o setupComplete do servidor</translation>
    </message>
    <message>
        <source>Reconnect gaps</source>
        <translation>Intervalos de reconexão</translation>
    </message>
    <message>
        <source>From losing the connection to the next setupComplete</source>
        <translation>Da perda da conexão até o próximo setupComplete</translation>
    </message>
    <message>
        <source>Setup (ms):</source>
        <translation>Configuração (ms):</translation>
    </message>
    <message>
        <source>Reconnect gaps (ms):</source>
        <translation>Intervalos de reconexão (ms):</translation>
    </message>
    <message>
        <source>Tokens and cost</source>
        <translation>Tokens e custo</translation>
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
        <translation>Tokens desta conversa por modalidade, como o servidor os contou</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>What the tokens cost, where known</source>
        <translation>Quanto custam os tokens, quando se sabe</translation>
    </message>
    <message>
        <source>silence</source>
        <translation>silêncio</translation>
    </message>
    <message>
        <source>key released</source>
        <translation>tecla solta</translation>
    </message>
    <message>
        <source>text sent</source>
        <translation>texto enviado</translation>
    </message>
    <message>
        <source>Median answer time: {ms} ms.</source>
        <translation>Tempo de resposta mediano: {ms} ms.</translation>
    </message>
    <message>
        <source>No answer measured yet.</source>
        <translation>Nenhuma resposta medida ainda.</translation>
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
        <translation>Você</translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation>Chamada de ferramenta</translation>
    </message>
    <message>
        <source>— listening…</source>
        <translation>— ouvindo…</translation>
    </message>
    <message>
        <source>— speaking…</source>
        <translation>— falando…</translation>
    </message>
    <message>
        <source>— running…</source>
        <translation>— em andamento…</translation>
    </message>
    <message>
        <source>— interrupted</source>
        <translation>— interrompido</translation>
    </message>
    <message>
        <source>— cancelled</source>
        <translation>— cancelado</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Pensamentos</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s thought summaries</source>
        <translation>Mostrar ou ocultar os resumos de pensamento do modelo</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>The pages Google Search found</source>
        <translation>As páginas que a Pesquisa Google encontrou</translation>
    </message>
    <message>
        <source>Sources: {links}</source>
        <translation>Fontes: {links}</translation>
    </message>
    <message>
        <source>Searched: {queries}</source>
        <translation>Pesquisado: {queries}</translation>
    </message>
    <message>
        <source>{speaker}: {text}</source>
        <translation>{speaker}: {text}</translation>
    </message>
    <message>
        <source>— failed</source>
        <translation>— falhou</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>&lt;h3&gt;Welcome to LiveDesk&lt;/h3&gt;&lt;p&gt;Talk with Gemini in real time, with your voice, your camera or your screen.&lt;/p&gt;&lt;p&gt;LiveDesk needs a Gemini API key. It is free to create one; the key is kept in your system&apos;s keyring, never in a file or a log.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Boas-vindas ao LiveDesk&lt;/h3&gt;&lt;p&gt;Converse com o Gemini em tempo real, com sua voz, sua câmera ou sua tela.&lt;/p&gt;&lt;p&gt;O LiveDesk precisa de uma chave de API do Gemini. Criar uma é grátis; a chave fica no chaveiro do seu sistema, nunca em um arquivo ou log.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Welcome to LiveDesk</source>
        <translation>Boas-vindas ao LiveDesk</translation>
    </message>
    <message>
        <source>Get a Gemini API key</source>
        <translation>Obter uma chave de API do Gemini</translation>
    </message>
    <message>
        <source>Opens Google AI Studio</source>
        <translation>Abre o Google AI Studio</translation>
    </message>
    <message>
        <source>Paste your API key here</source>
        <translation>Cole sua chave de API aqui</translation>
    </message>
    <message>
        <source>No key yet? Offline mode talks to a small built-in stand-in for the service: it answers with a fixed sentence, and shows that your microphone, speaker and camera work.</source>
        <translation>Ainda sem chave? O modo offline conversa com um pequeno substituto do serviço embutido no app: ele responde com uma frase fixa e mostra que seu microfone, alto-falante e câmera funcionam.</translation>
    </message>
    <message>
        <source>&amp;Use this key</source>
        <translation>&amp;Usar esta chave</translation>
    </message>
    <message>
        <source>Use this key</source>
        <translation>Usar esta chave</translation>
    </message>
    <message>
        <source>Keep the key in the system keyring and start</source>
        <translation>Guardar a chave no chaveiro do sistema e começar</translation>
    </message>
    <message>
        <source>Try &amp;offline mode</source>
        <translation>Experimentar o modo &amp;offline</translation>
    </message>
    <message>
        <source>Try offline mode</source>
        <translation>Experimentar o modo offline</translation>
    </message>
    <message>
        <source>Talk to the built-in stand-in for the service: no key, no network</source>
        <translation>Conversar com o substituto embutido do serviço: sem chave, sem rede</translation>
    </message>
    <message>
        <source>Close without a key</source>
        <translation>Fechar sem chave</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>LiveDesk history</source>
        <translation>Histórico do LiveDesk</translation>
    </message>
    <message>
        <source>Search everything that was said</source>
        <translation>Pesquisar em tudo o que foi dito</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Saved conversations, newest first; choose one to read it</source>
        <translation>Conversas salvas, as mais recentes primeiro; escolha uma para ler</translation>
    </message>
    <message>
        <source>Choose a conversation on the left.</source>
        <translation>Escolha uma conversa à esquerda.</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Status da exportação</translation>
    </message>
    <message>
        <source>Whether the export was saved</source>
        <translation>Se a exportação foi salva</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Exportar em &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export Markdown</source>
        <translation>Exportar em Markdown</translation>
    </message>
    <message>
        <source>Save this conversation as a Markdown file</source>
        <translation>Salvar esta conversa como arquivo Markdown</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exportar em &amp;JSON…</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Exportar em JSON</translation>
    </message>
    <message>
        <source>Save this conversation as a JSON file</source>
        <translation>Salvar esta conversa como arquivo JSON</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete this conversation for good</source>
        <translation>Excluir esta conversa para sempre</translation>
    </message>
    <message>
        <source> · recording</source>
        <translation> · gravando</translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n mensagem</numerusform>
            <numerusform>%n mensagens</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Nenhum resultado.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Could not read the history: {error}</source>
        <translation>Não foi possível ler o histórico: {error}</translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation>Nenhuma conversa ainda.</translation>
    </message>
    <message>
        <source>Could not read this conversation: {error}</source>
        <translation>Não foi possível ler esta conversa: {error}</translation>
    </message>
    <message>
        <source>This conversation was deleted.</source>
        <translation>Esta conversa foi excluída.</translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation>Salvando {file}…</translation>
    </message>
    <message>
        <source>Could not save {file}: {error}</source>
        <translation>Não foi possível salvar {file}: {error}</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>{file} salvo.</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Excluir conversa</translation>
    </message>
    <message>
        <source>Delete “{title}” for good?</source>
        <translation>Excluir “{title}” para sempre?</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Excluindo…</translation>
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
        <translation>Exportar conversa</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>How loud it is</source>
        <translation>O volume do som</translation>
    </message>
    <message>
        <source>{meter} level</source>
        <translation>Nível: {meter}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Video off. Choose Camera or Screen to let Gemini see.</source>
        <translation>Vídeo desligado. Escolha Câmera ou Tela para o Gemini ver.</translation>
    </message>
    <message>
        <source>The camera starts when you connect.</source>
        <translation>A câmera liga quando você se conecta.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Ligando a câmera…</translation>
    </message>
    <message>
        <source>Screen sharing starts when you connect.</source>
        <translation>O compartilhamento de tela começa quando você se conecta.</translation>
    </message>
    <message>
        <source>Starting screen sharing…</source>
        <translation>Iniciando o compartilhamento de tela…</translation>
    </message>
    <message>
        <source>What the model sees (one picture a second)</source>
        <translation>O que o modelo vê (uma imagem por segundo)</translation>
    </message>
    <message>
        <source>This model hears only: no camera or screen is shared with it.</source>
        <translation>Este modelo só ouve: nenhuma câmera ou tela é compartilhada com ele.</translation>
    </message>
    <message>
        <source>Connect, or resume a paused conversation</source>
        <translation>Conectar, ou retomar uma conversa pausada</translation>
    </message>
    <message>
        <source>Pause (keeps the conversation)</source>
        <translation>Pausar (mantém a conversa)</translation>
    </message>
    <message>
        <source>End the conversation</source>
        <translation>Encerrar a conversa</translation>
    </message>
    <message>
        <source>Mute or unmute the microphone</source>
        <translation>Silenciar ou reativar o microfone</translation>
    </message>
    <message>
        <source>Hold to talk, in push-to-talk mode (not while typing)</source>
        <translation>Segurar para falar, no modo apertar para falar (não enquanto digita)</translation>
    </message>
    <message>
        <source>Type a message</source>
        <translation>Digitar uma mensagem</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Diagnostics: answer times, tokens and cost</source>
        <translation>Diagnóstico: tempos de resposta, tokens e custo</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>A live voice and video conversation with Gemini</source>
        <translation>Uma conversa de voz e vídeo ao vivo com o Gemini</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Encerrar</translation>
    </message>
    <message>
        <source>&amp;Mute microphone</source>
        <translation>&amp;Silenciar microfone</translation>
    </message>
    <message>
        <source>&amp;Type a message</source>
        <translation>&amp;Digitar uma mensagem</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>C&amp;onfigurações…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Histórico…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atalhos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnóstico…</translation>
    </message>
    <message>
        <source>&amp;About LiveDesk</source>
        <translation>&amp;Sobre o LiveDesk</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>What went wrong and what to do</source>
        <translation>O que deu errado e o que fazer</translation>
    </message>
    <message>
        <source>&amp;Open settings</source>
        <translation>&amp;Abrir configurações</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Abrir configurações</translation>
    </message>
    <message>
        <source>Change the settings to fix this</source>
        <translation>Mudar as configurações para resolver isto</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Hide these problems</source>
        <translation>Ocultar estes problemas</translation>
    </message>
    <message>
        <source>Gemini &amp;sees:</source>
        <translation>O Gemini &amp;vê:</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Câmera</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Tela</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Gemini sees</source>
        <translation>O Gemini vê</translation>
    </message>
    <message>
        <source>Which screen to share</source>
        <translation>Qual tela compartilhar</translation>
    </message>
    <message>
        <source>Screen to share</source>
        <translation>Tela a compartilhar</translation>
    </message>
    <message>
        <source>Press Connect (F5) and start talking, or type below.
Your words and Gemini&apos;s answers appear here as they are spoken.</source>
        <translation>Pressione Conectar (F5) e comece a falar, ou digite abaixo.
Suas palavras e as respostas do Gemini aparecem aqui enquanto são faladas.</translation>
    </message>
    <message>
        <source>Type a message to Gemini and press Enter</source>
        <translation>Digite uma mensagem para o Gemini e pressione Enter</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Type a message to Gemini and press Enter (Ctrl+L comes here)</source>
        <translation>Digite uma mensagem para o Gemini e pressione Enter (Ctrl+L traz para cá)</translation>
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
        <translation>Enviar a mensagem digitada ao Gemini</translation>
    </message>
    <message>
        <source>Hold to talk ({key})</source>
        <translation>Segurar para falar ({key})</translation>
    </message>
    <message>
        <source>Hold to talk</source>
        <translation>Segurar para falar</translation>
    </message>
    <message>
        <source>Gemini listens while this button or {key} is held</source>
        <translation>O Gemini ouve enquanto este botão ou {key} estiver pressionado</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microfone</translation>
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
        <translation>{model} só aceita fala.</translation>
    </message>
    <message>
        <source>{model} hears only: it takes no pictures.</source>
        <translation>{model} só ouve: não recebe imagens.</translation>
    </message>
    <message>
        <source>Un&amp;mute microphone</source>
        <translation>Reativar &amp;microfone</translation>
    </message>
    <message>
        <source>Microphone (muted: not sent)</source>
        <translation>Microfone (silenciado: nada é enviado)</translation>
    </message>
    <message>
        <source>Monitor 1</source>
        <translation>Tela 1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>About LiveDesk</source>
        <translation>Sobre o LiveDesk</translation>
    </message>
    <message>
        <source>LiveDesk {version}&lt;br&gt;Real-time voice and video conversations with Gemini through the Live API.</source>
        <translation>LiveDesk {version}&lt;br&gt;Conversas de voz e vídeo em tempo real com o Gemini pela Live API.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Alto-falante</translation>
    </message>
    <message>
        <source>{device} not found: {message}</source>
        <translation>{device} não encontrado: {message}</translation>
    </message>
    <message>
        <source>{device} unavailable: {message}</source>
        <translation>{device} indisponível: {message}</translation>
    </message>
    <message>
        <source>{device} lost: {message}</source>
        <translation>{device} perdido: {message}</translation>
    </message>
    <message>
        <source>{problem}
The conversation goes on without video.</source>
        <translation>{problem}
A conversa continua sem vídeo.</translation>
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
        <translation>As mensagens mais antigas estão no histórico (Ctrl+H).</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Mo&amp;strar</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Mostrar a chave</translation>
    </message>
    <message>
        <source>Show the key as plain text to check it</source>
        <translation>Mostrar a chave como texto para conferi-la</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Server default</source>
        <translation>Padrão do servidor</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Automatic: low for the camera, medium for a screen</source>
        <translation>Automática: baixa para a câmera, média para uma tela</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Your speech and every video frame</source>
        <translation>Sua fala e cada quadro de vídeo</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>Padrão do modelo</translation>
    </message>
    <message>
        <source>Only what came while you spoke (cheapest; typed questions may not see the picture)</source>
        <translation>Só o que chegou enquanto você falava (o mais barato; perguntas digitadas podem não ver a imagem)</translation>
    </message>
    <message>
        <source>Everything since the last turn, silence included</source>
        <translation>Tudo desde a última vez, silêncio incluído</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <source>Token budget</source>
        <translation>Orçamento de tokens</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Câmera</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Tela</translation>
    </message>
    <message>
        <source>Automatic (what the model needs)</source>
        <translation>Automática (a que o modelo precisa)</translation>
    </message>
    <message>
        <source>Get a Gemini API key (Google AI Studio)</source>
        <translation>Obter uma chave de API do Gemini (Google AI Studio)</translation>
    </message>
    <message>
        <source>Not supported by {model}.</source>
        <translation>Sem suporte em {model}.</translation>
    </message>
    <message>
        <source>LiveDesk settings</source>
        <translation>Configurações do LiveDesk</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Model and voice</source>
        <translation>Modelo e voz</translation>
    </message>
    <message>
        <source>Turn taking</source>
        <translation>Turnos de fala</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Changes apply at once. A live conversation reconnects with its resumption handle and keeps its context.</source>
        <translation>As mudanças valem na hora. Uma conversa ao vivo se reconecta com seu identificador de retomada e mantém o contexto.</translation>
    </message>
    <message>
        <source>Apply the changes and close</source>
        <translation>Aplicar as mudanças e fechar</translation>
    </message>
    <message>
        <source>Close; applied changes stay</source>
        <translation>Fechar; as mudanças aplicadas continuam</translation>
    </message>
    <message>
        <source>Apply the changes now</source>
        <translation>Aplicar as mudanças agora</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuração</translation>
    </message>
    <message>
        <source>Ctrl+Tab moves to the next page</source>
        <translation>Ctrl+Tab vai para a próxima página</translation>
    </message>
    <message>
        <source>Gemini API (API key)</source>
        <translation>API do Gemini (chave de API)</translation>
    </message>
    <message>
        <source>Vertex AI (project, Application Default Credentials)</source>
        <translation>Vertex AI (projeto, Application Default Credentials)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Paste your key; it is kept in the system keyring only</source>
        <translation>Cole sua chave; ela fica só no chaveiro do sistema</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;Chave de API</translation>
    </message>
    <message>
        <source>Get a Gemini API key</source>
        <translation>Obter uma chave de API do Gemini</translation>
    </message>
    <message>
        <source>Opens Google AI Studio</source>
        <translation>Abre o Google AI Studio</translation>
    </message>
    <message>
        <source>Vertex project</source>
        <translation>Projeto do Vertex</translation>
    </message>
    <message>
        <source>Vertex location</source>
        <translation>Região do Vertex</translation>
    </message>
    <message>
        <source>Google (default), or https://relay.example:443</source>
        <translation>Google (padrão), ou https://relay.example:443</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation>Procurar um arquivo de CA</translation>
    </message>
    <message>
        <source>Choose a PEM file</source>
        <translation>Escolher um arquivo PEM</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt)</source>
        <translation>Arquivos PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Arquivo de CA</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Versão da API</translation>
    </message>
    <message>
        <source>An organisation&apos;s token service (optional)</source>
        <translation>O serviço de tokens de uma organização (opcional)</translation>
    </message>
    <message>
        <source>Token service</source>
        <translation>Serviço de tokens</translation>
    </message>
    <message>
        <source>Vertex AI</source>
        <translation>Vertex AI</translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation>Adicionar à lista</translation>
    </message>
    <message>
        <source>Keep the typed model ID in the list</source>
        <translation>Manter na lista o ID de modelo digitado</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove a model you added from the list</source>
        <translation>Remover da lista um modelo que você adicionou</translation>
    </message>
    <message>
        <source>Ask the server</source>
        <translation>Perguntar ao servidor</translation>
    </message>
    <message>
        <source>Add the models the service lists for Live conversations</source>
        <translation>Adicionar os modelos que o serviço lista para conversas Live</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Ouvir</translation>
    </message>
    <message>
        <source>Play a sample of this voice</source>
        <translation>Ouvir uma amostra desta voz</translation>
    </message>
    <message>
        <source>The chosen model says one short sentence in this voice and language</source>
        <translation>O modelo escolhido diz uma frase curta com esta voz e neste idioma</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>&amp;Voz</translation>
    </message>
    <message>
        <source>Voice sample</source>
        <translation>Amostra de voz</translation>
    </message>
    <message>
        <source>How the voice sample goes</source>
        <translation>Como vai a amostra de voz</translation>
    </message>
    <message>
        <source>The interface&apos;s language, where the model speaks it</source>
        <translation>O idioma da interface, se o modelo o fala</translation>
    </message>
    <message>
        <source>Automatic (the model chooses)</source>
        <translation>Automático (o modelo escolhe)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language the model speaks; by default the interface&apos;s</source>
        <translation>O idioma que o modelo fala; por padrão, o da interface</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>O idioma do sistema</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <source>The language of LiveDesk&apos;s windows; it changes at the next start</source>
        <translation>O idioma das janelas do LiveDesk; muda na próxima vez que o app abrir</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>Idioma da i&amp;nterface</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Translate into</source>
        <translation>Traduzir para</translation>
    </message>
    <message>
        <source>How the model should behave (optional)</source>
        <translation>Como o modelo deve se comportar (opcional)</translation>
    </message>
    <message>
        <source>S&amp;ystem instruction</source>
        <translation>Instrução do s&amp;istema</translation>
    </message>
    <message>
        <source>Show what the model says as text</source>
        <translation>Mostrar como texto o que o modelo diz</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcrição</translation>
    </message>
    <message>
        <source>Video resolution</source>
        <translation>Resolução do vídeo</translation>
    </message>
    <message>
        <source>How finely the model looks at each frame: low costs 64 tokens a frame, medium and high 256</source>
        <translation>Com que detalhe o modelo olha cada quadro: baixa custa 64 tokens por quadro, média e alta 256</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Definir</translation>
    </message>
    <message>
        <source>Set the temperature</source>
        <translation>Definir a temperatura</translation>
    </message>
    <message>
        <source>Unticked, the model&apos;s default temperature is used</source>
        <translation>Desmarcado, vale a temperatura padrão do modelo</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>From 0 (steady) to 2 (varied)</source>
        <translation>De 0 (estável) a 2 (variado)</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <source>Thinking budget</source>
        <translation>Orçamento de raciocínio</translation>
    </message>
    <message>
        <source>How many tokens the model may think with</source>
        <translation>Quantos tokens o modelo pode usar para pensar</translation>
    </message>
    <message>
        <source>Thinking level</source>
        <translation>Nível de raciocínio</translation>
    </message>
    <message>
        <source>How much the model thinks</source>
        <translation>Quanto o modelo pensa</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Raciocínio</translation>
    </message>
    <message>
        <source>Show thought summaries (collapsed)</source>
        <translation>Mostrar resumos de pensamento (recolhidos)</translation>
    </message>
    <message>
        <source>Affective dialog (adapts to your tone)</source>
        <translation>Diálogo afetivo (se adapta ao seu tom)</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Proactive audio (may choose not to answer)</source>
        <translation>Áudio proativo (pode escolher não responder)</translation>
    </message>
    <message>
        <source>Google Search grounding</source>
        <translation>Embasamento com a Pesquisa Google</translation>
    </message>
    <message>
        <source>Functions it may call</source>
        <translation>Funções que ele pode chamar</translation>
    </message>
    <message>
        <source>Tick the local functions the model may call; Space ticks</source>
        <translation>Marque as funções locais que o modelo pode chamar; Espaço marca</translation>
    </message>
    <message>
        <source>Pages on this computer or the local network may be opened</source>
        <translation>Páginas deste computador ou da rede local podem ser abertas</translation>
    </message>
    <message>
        <source>{tool} — asks you first</source>
        <translation>{tool} — pergunta antes</translation>
    </message>
    <message>
        <source>Push to talk: the model listens only while Space is held</source>
        <translation>Apertar para falar: o modelo só ouve enquanto Espaço estiver pressionado</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Start-of-speech sensitivity</source>
        <translation>Sensibilidade ao início da fala</translation>
    </message>
    <message>
        <source>End-of-speech sensitivity</source>
        <translation>Sensibilidade ao fim da fala</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Silence that ends your turn</source>
        <translation>Silêncio que encerra sua vez</translation>
    </message>
    <message>
        <source>Speech kept before the start</source>
        <translation>Fala mantida antes do início</translation>
    </message>
    <message>
        <source>What a turn includes</source>
        <translation>O que uma vez inclui</translation>
    </message>
    <message>
        <source>Which of the audio and video sent since the last answer the model takes (and bills) with your turn</source>
        <translation>Qual parte do áudio e do vídeo enviados desde a última resposta o modelo usa (e cobra) com a sua vez</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>&amp;Microphone</source>
        <translation>&amp;Microfone</translation>
    </message>
    <message>
        <source>S&amp;peaker</source>
        <translation>&amp;Alto-falante</translation>
    </message>
    <message>
        <source>I use headphones (turns echo cancellation off)</source>
        <translation>Uso fones de ouvido (desliga o cancelamento de eco)</translation>
    </message>
    <message>
        <source>Suppress background noise</source>
        <translation>Suprimir ruído de fundo</translation>
    </message>
    <message>
        <source>Pause sending while the microphone hears nothing (saves CPU and data)</source>
        <translation>Pausar o envio enquanto o microfone não ouve nada (economiza CPU e dados)</translation>
    </message>
    <message>
        <source>Video at start</source>
        <translation>Vídeo ao iniciar</translation>
    </message>
    <message>
        <source>A camera index, or a video file or URL</source>
        <translation>Um número de câmera, ou um arquivo ou URL de vídeo</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>Arquivo de vídeo…</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>Arquivo de vídeo</translation>
    </message>
    <message>
        <source>Use a video file as the camera</source>
        <translation>Usar um arquivo de vídeo como câmera</translation>
    </message>
    <message>
        <source>Monitor 1</source>
        <translation>Tela 1</translation>
    </message>
    <message>
        <source>Screen to share</source>
        <translation>Tela a compartilhar</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A still picture is sent every</source>
        <translation>Uma imagem parada é enviada a cada</translation>
    </message>
    <message>
        <source>When nothing moves and nobody speaks; changes, speech and the start of your turn send a frame at once. 1 sends one every second</source>
        <translation>Quando nada se move e ninguém fala; mudanças, fala e o início da sua vez enviam um quadro na hora. 1 envia um a cada segundo</translation>
    </message>
    <message>
        <source>Asking the server for its Live models…</source>
        <translation>Perguntando ao servidor quais são seus modelos Live…</translation>
    </message>
    <message>
        <source>Offline: this is the built-in emulator&apos;s stand-in voice, not {voice}.</source>
        <translation>Offline: esta é a voz substituta do emulador integrado, não {voice}.</translation>
    </message>
    <message>
        <source>Asking the model for a sample of {voice}…</source>
        <translation>Pedindo ao modelo uma amostra de {voice}…</translation>
    </message>
    <message>
        <source>Playing {voice} (kept from before: no request).</source>
        <translation>Tocando {voice} (guardada: sem pedido).</translation>
    </message>
    <message>
        <source>Playing {voice}.</source>
        <translation>Tocando {voice}.</translation>
    </message>
    <message>
        <source>That was {voice}.</source>
        <translation>Essa era {voice}.</translation>
    </message>
    <message>
        <source>Gemini is speaking in the conversation: play the sample when it has finished.</source>
        <translation>O Gemini está falando na conversa: ouça a amostra quando ele terminar.</translation>
    </message>
    <message>
        <source>A sample is already being asked for or played.</source>
        <translation>Já há uma amostra sendo pedida ou tocada.</translation>
    </message>
    <message>
        <source>No sample of {voice}: {error}</source>
        <translation>Sem amostra de {voice}: {error}</translation>
    </message>
    <message>
        <source>Could not list the server&apos;s models: {error}</source>
        <translation>Não foi possível listar os modelos do servidor: {error}</translation>
    </message>
    <message>
        <source>The server lists {count} Live models; {new} were new here.</source>
        <translation>O servidor lista {count} modelos Live; {new} eram novos aqui.</translation>
    </message>
    <message>
        <source>Only for translation models.</source>
        <translation>Só para modelos de tradução.</translation>
    </message>
    <message>
        <source>Always on for this model.</source>
        <translation>Sempre ligado neste modelo.</translation>
    </message>
    <message>
        <source>{model} has no thinking control.</source>
        <translation>{model} não tem controle de raciocínio.</translation>
    </message>
    <message>
        <source>Push to talk turns the server&apos;s voice detection off.</source>
        <translation>Apertar para falar desliga a detecção de voz do servidor.</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Escolher um arquivo</translation>
    </message>
    <message>
        <source>Video (*.mp4 *.avi *.mkv *.mov)</source>
        <translation>Vídeo (*.mp4 *.avi *.mkv *.mov)</translation>
    </message>
    <message>
        <source>A model the app does not know: only the options every Live model accepts are sent. Add it to resources/models.json to use more.</source>
        <translation>Um modelo que o app não conhece: só são enviadas as opções que todo modelo Live aceita. Adicione-o a resources/models.json para usar mais.</translation>
    </message>
    <message>
        <source>speech translation: no voice, tools or text input</source>
        <translation>tradução de fala: sem voz, ferramentas ou entrada de texto</translation>
    </message>
    <message>
        <source>thinking by budget</source>
        <translation>raciocínio por orçamento</translation>
    </message>
    <message>
        <source>thinking by level</source>
        <translation>raciocínio por nível</translation>
    </message>
    <message>
        <source>affective dialog</source>
        <translation>diálogo afetivo</translation>
    </message>
    <message>
        <source>proactive audio always on</source>
        <translation>áudio proativo sempre ligado</translation>
    </message>
    <message>
        <source>proactive audio</source>
        <translation>áudio proativo</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Not connected. Press Connect (F5) to start talking.</source>
        <translation>Desconectado. Pressione Conectar (F5) para começar a falar.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Paused. Resume (F5) continues the same conversation.</source>
        <translation>Pausado. Retomar (F5) continua a mesma conversa.</translation>
    </message>
    <message>
        <source>Conversation ended. Connect (F5) starts a new one.</source>
        <translation>Conversa encerrada. Conectar (F5) começa uma nova.</translation>
    </message>
    <message>
        <source>{text} (code {code})</source>
        <translation>{text} (código {code})</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What is happening now</source>
        <translation>O que está acontecendo agora</translation>
    </message>
    <message>
        <source>The server ends this connection in {seconds} s; switching over.</source>
        <translation>O servidor encerra esta conexão em {seconds} s; trocando de conexão.</translation>
    </message>
    <message>
        <source>The server ends this connection soon; switching over.</source>
        <translation>O servidor vai encerrar esta conexão em breve; trocando de conexão.</translation>
    </message>
    <message>
        <source>Answer time, tokens and cost</source>
        <translation>Tempo de resposta, tokens e custo</translation>
    </message>
    <message>
        <source>The last answer&apos;s wait, the tokens this conversation has used and their cost where known (View, Diagnostics for more)</source>
        <translation>A espera da última resposta, os tokens desta conversa e o custo quando se sabe (mais em Exibir, Diagnóstico)</translation>
    </message>
    <message>
        <source>Live: {activity}.</source>
        <translation>Ao vivo: {activity}.</translation>
    </message>
    <message>
        <source>Stopped. {error}</source>
        <translation>Parado. {error}</translation>
    </message>
    <message>
        <source>translating</source>
        <translation>traduzindo</translation>
    </message>
    <message>
        <source>Gemini is speaking (talk to interrupt)</source>
        <translation>O Gemini está falando (fale para interromper)</translation>
    </message>
    <message>
        <source>microphone muted (Ctrl+M to unmute); type below</source>
        <translation>microfone silenciado (Ctrl+M para reativar); digite abaixo</translation>
    </message>
    <message>
        <source>microphone muted (Ctrl+M to unmute)</source>
        <translation>microfone silenciado (Ctrl+M para reativar)</translation>
    </message>
    <message>
        <source>talking</source>
        <translation>falando</translation>
    </message>
    <message>
        <source>hold Space to talk</source>
        <translation>segure Espaço para falar</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>ouvindo</translation>
    </message>
    <message>
        <source>Connection lost{why}. Reconnecting in {seconds} s…</source>
        <translation>Conexão perdida{why}. Reconectando em {seconds} s…</translation>
    </message>
    <message>
        <source>Connection lost{why}. Reconnecting…</source>
        <translation>Conexão perdida{why}. Reconectando…</translation>
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
        <translation>Dizer as horas</translation>
    </message>
    <message>
        <source>Open a web page</source>
        <translation>Abrir uma página da web</translation>
    </message>
    <message>
        <source>Copy text to your clipboard</source>
        <translation>Copiar texto para a sua área de transferência</translation>
    </message>
    <message>
        <source>Look at your screen</source>
        <translation>Olhar a sua tela</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>The saved conversation, every message</source>
        <translation>A conversa salva, com todas as mensagens</translation>
    </message>
    <message>
        <source>Searched: {queries}</source>
        <translation>Pesquisado: {queries}</translation>
    </message>
    <message>
        <source>Sources: {links}</source>
        <translation>Fontes: {links}</translation>
    </message>
    <message>
        <source>▾ Thoughts</source>
        <translation>▾ Pensamentos</translation>
    </message>
    <message>
        <source>▸ Thoughts</source>
        <translation>▸ Pensamentos</translation>
    </message>
</context>
<context>
    <name>TranslationView</name>
    <message>
        <source>Translation</source>
        <translation>Tradução</translation>
    </message>
    <message>
        <source>What was heard and its translation, side by side, newest at the bottom</source>
        <translation>O que foi ouvido e sua tradução, lado a lado, o mais recente embaixo</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Ouvido</translation>
    </message>
    <message>
        <source>Translation — {language}</source>
        <translation>Tradução — {language}</translation>
    </message>
</context>
<context>
    <name>VideoPreview</name>
    <message>
        <source>Video preview</source>
        <translation>Prévia do vídeo</translation>
    </message>
    <message>
        <source>What the model sees</source>
        <translation>O que o modelo vê</translation>
    </message>
    <message>
        <source>Video off</source>
        <translation>Vídeo desligado</translation>
    </message>
</context>
</TS>
