<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>About</name>
    <message>
        <source>none: this database is not a file on this computer</source>
        <translation>nenhum: este banco de dados não é um arquivo neste computador</translation>
    </message>
    <message>
        <source>Tracks foreign prisoners held past the end of their sentence, the desks their repatriation file waits at, and the follow-ups that get them home.</source>
        <translation>Acompanha presos estrangeiros mantidos presos além do fim da pena, os órgãos onde o processo de repatriação está parado e os acompanhamentos que os levam de volta para casa.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Licence:&lt;/b&gt; GNU General Public License, version 3 or later (GPL-3.0-or-later). You may copy, share and change the program under its terms.</source>
        <translation>&lt;b&gt;Licença:&lt;/b&gt; Licença Pública Geral GNU, versão 3 ou posterior (GPL-3.0-or-later). Você pode copiar, compartilhar e modificar o programa nos termos dela.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fonts:&lt;/b&gt; the Noto fonts that print fact sheets in every script (Noto Sans, Noto Sans Bengali, Devanagari, Myanmar, Sinhala, Tamil and Ethiopic, Noto Naskh Arabic) are under the SIL Open Font License 1.1, whose text comes with the program (resources/fonts/OFL.txt).</source>
        <translation>&lt;b&gt;Fontes:&lt;/b&gt; as fontes Noto com que as fichas são impressas em qualquer escrita (Noto Sans, Noto Sans Bengali, Devanagari, Myanmar, Sinhala, Tamil e Ethiopic, Noto Naskh Arabic) estão sob a SIL Open Font License 1.1, cujo texto acompanha o programa (resources/fonts/OFL.txt).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Database:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Banco de dados:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Backups:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Press F1 for the guide.</source>
        <translation>Pressione F1 para abrir o guia.</translation>
    </message>
    <message>
        <source>About Repatriate</source>
        <translation>Sobre o Repatriate</translation>
    </message>
</context>
<context>
    <name>AdvocacyPage</name>
    <message>
        <source>Up to 90 days</source>
        <translation>Até 90 dias</translation>
    </message>
    <message>
        <source>91 to 180</source>
        <translation>91 a 180</translation>
    </message>
    <message>
        <source>181 to 365</source>
        <translation>181 a 365</translation>
    </message>
    <message>
        <source>Over 365</source>
        <translation>Mais de 365</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidade</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Órgão</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Times held</source>
        <translation>Vezes com o caso</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Mediana de dias</translation>
    </message>
    <message>
        <source>90th pct. days</source>
        <translation>Dias (pct. 90)</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devolvidos</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>Obstáculo</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devoluções</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Past release at its end</source>
        <translation>Presos no fim</translation>
    </message>
    <message>
        <source>New overstays</source>
        <translation>Novos presos após a soltura</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Release due</source>
        <translation>Soltura prevista</translation>
    </message>
    <message>
        <source>Days past release</source>
        <translation>Dias após a soltura</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Órgãos com o caso</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lendo…</translation>
    </message>
    <message>
        <source>With &amp;names and prisoner numbers</source>
        <translation>Com &amp;nomes e números de matrícula</translation>
    </message>
    <message>
        <source>Saved files are anonymised (refs and counts only) unless this is ticked</source>
        <translation>Os arquivos salvos são anônimos (só referências e contagens), a menos que isto esteja marcado</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Salvar como &amp;CSV…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Salvar como &amp;PDF…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>people</source>
        <translation>pessoas</translation>
    </message>
    <message>
        <source>Chart: people past release by days</source>
        <translation>Gráfico: pessoas presas após a soltura, por dias</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>devoluções</translation>
    </message>
    <message>
        <source>Chart: why files were returned</source>
        <translation>Gráfico: por que os casos foram devolvidos</translation>
    </message>
    <message>
        <source>No desk has returned a file</source>
        <translation>Nenhum órgão devolveu um caso</translation>
    </message>
    <message>
        <source>Past release at the quarter&apos;s end</source>
        <translation>Presos após a soltura no fim do trimestre</translation>
    </message>
    <message>
        <source>Chart: people past release by quarter</source>
        <translation>Gráfico: pessoas presas após a soltura, por trimestre</translation>
    </message>
    <message>
        <source>People past release by group</source>
        <translation>Pessoas presas após a soltura, por grupo</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>Órgãos</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>Obstáculos</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Trimestres</translation>
    </message>
    <message>
        <source>Longest cases</source>
        <translation>Casos mais longos</translation>
    </message>
    <message>
        <source>Past release</source>
        <translation>Após a soltura</translation>
    </message>
    <message>
        <source>Anonymised: file refs and counts only. Desk figures count every time a desk had a file; returns are filed under an obstacle by the reason given.</source>
        <translation>Anônimo: só referências dos casos e contagens. Os números dos órgãos contam cada vez que um órgão ficou com um caso; as devoluções são classificadas por obstáculo segundo o motivo informado.</translation>
    </message>
    <message>
        <source>As of %1: %2 held past their release date.</source>
        <translation>Em %1: %2 pessoas presas após a data de soltura.</translation>
    </message>
    <message>
        <source>Save the advocacy pack</source>
        <translation>Salvar o dossiê de incidência</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Advocacy pack saved to %1</source>
        <translation>Dossiê de incidência salvo em %1</translation>
    </message>
    <message>
        <source>Advocacy pack</source>
        <translation>Dossiê de incidência</translation>
    </message>
</context>
<context>
    <name>AgendaWords</name>
    <message numerus="yes">
        <source>%Ln file(s) with %1</source>
        <translation>
            <numerusform>%Ln caso com %1</numerusform>
            <numerusform>%Ln casos com %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) with %1 desks</source>
        <translation>
            <numerusform>%Ln caso com %1 órgãos</numerusform>
            <numerusform>%Ln casos com %1 órgãos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln acompanhamento</numerusform>
            <numerusform>%Ln acompanhamentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to chase this week</source>
        <translation>Nada a cobrar esta semana</translation>
    </message>
    <message numerus="yes">
        <source>with %Ln desk(s)</source>
        <translation>
            <numerusform>com %Ln órgão</numerusform>
            <numerusform>com %Ln órgãos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln atrasado</numerusform>
            <numerusform>%Ln atrasados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held past release nobody is chasing</source>
        <translation>
            <numerusform>%Ln preso após a soltura sem ninguém acompanhando</numerusform>
            <numerusform>%Ln presos após a soltura sem ninguém acompanhando</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The database is open in another window</source>
        <translation>O banco de dados está aberto em outra janela</translation>
    </message>
    <message>
        <source>%1 is open in another Repatriate window (%2). Only one window at a time may change it. Open it read-only here, to look without changing anything?</source>
        <translation>%1 está aberto em outra janela do Repatriate (%2). Só uma janela por vez pode alterá-lo. Abrir aqui somente para leitura, para consultar sem alterar nada?</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Abrir somente leitura</translation>
    </message>
    <message>
        <source>Do not open</source>
        <translation>Não abrir</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Não é possível abrir o banco de dados</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoria</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quando (UTC)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>every file</source>
        <translation>todos os casos</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation>&amp;Verificar o registro</translation>
    </message>
    <message>
        <source>File &amp;ref:</source>
        <translation>&amp;Ref. do caso:</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Lendo o registro de auditoria…</translation>
    </message>
    <message>
        <source>Entries: %1.</source>
        <translation>Entradas: %1.</translation>
    </message>
    <message>
        <source>Entries for %2: %1.</source>
        <translation>Entradas de %2: %1.</translation>
    </message>
    <message>
        <source>Checking every entry of the log…</source>
        <translation>Verificando cada entrada do registro…</translation>
    </message>
    <message numerus="yes">
        <source>The log is intact: %Ln entr(y|ies), none edited, added or removed.</source>
        <translation>
            <numerusform>O registro está íntegro: %Ln entrada, nenhuma editada, adicionada ou removida.</numerusform>
            <numerusform>O registro está íntegro: %Ln entradas, nenhuma editada, adicionada ou removida.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log was tampered with at entry %1: %2</source>
        <translation>O registro foi adulterado na entrada %1: %2</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Verified backups are kept in %1. The last 10 are kept, and the newest of each of the last 7 days, 4 weeks and 12 months. Copy this folder to another disk from time to time.</source>
        <translation>Os backups verificados ficam em %1. São mantidos os 10 últimos e o mais recente de cada um dos últimos 7 dias, 4 semanas e 12 meses. Copie esta pasta para outro disco de vez em quando.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>No backup yet: make one now.</source>
        <translation>Ainda não há backup: faça um agora.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Fazer backup agora</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restaurar este backup…</translation>
    </message>
    <message>
        <source>&amp;Check the database</source>
        <translation>&amp;Verificar o banco de dados</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>feito manualmente</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>antes de uma importação</translation>
    </message>
    <message>
        <source>before a deletion</source>
        <translation>antes de uma exclusão</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de uma restauração</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Lendo os backups…</translation>
    </message>
    <message>
        <source>Making a backup and checking it…</source>
        <translation>Fazendo um backup e verificando-o…</translation>
    </message>
    <message>
        <source>Backup made and verified: %1</source>
        <translation>Backup feito e verificado: %1</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurar este backup</translation>
    </message>
    <message>
        <source>Put the backup made %1 in place of the database?

Everything changed since then is replaced. The database as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Colocar o backup feito %1 no lugar do banco de dados?

Tudo o que mudou desde então é substituído. Antes é feito um backup do banco de dados como está agora, então isso pode ser desfeito restaurando esse backup.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>Restored. The database as it was is kept as %1</source>
        <translation>Restaurado. O banco de dados anterior foi guardado como %1</translation>
    </message>
    <message>
        <source>Checking every page of the database…</source>
        <translation>Verificando cada página do banco de dados…</translation>
    </message>
    <message>
        <source>No damage found in %1.</source>
        <translation>Nenhum dano encontrado em %1.</translation>
    </message>
    <message>
        <source>The newest sound backup was made %1; choose it and restore it.</source>
        <translation>O backup íntegro mais recente foi feito %1; selecione-o e restaure-o.</translation>
    </message>
    <message>
        <source>No sound backup was found.</source>
        <translation>Nenhum backup íntegro foi encontrado.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>O banco de dados está danificado</translation>
    </message>
    <message numerus="yes">
        <source>SQLite found %Ln problem(s), the first: %1

%2</source>
        <translation>
            <numerusform>O SQLite encontrou %Ln problema; o primeiro: %1

%2</numerusform>
            <numerusform>O SQLite encontrou %Ln problemas; o primeiro: %1

%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleOffer</name>
    <message>
        <source>Cannot import the bundle</source>
        <translation>Não é possível importar o pacote</translation>
    </message>
    <message>
        <source>%1 is open read-only here: nothing can be imported into it.</source>
        <translation>%1 está aberto aqui somente para leitura: nada pode ser importado nele.</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Importar um pacote</translation>
    </message>
    <message>
        <source>Import every file in %1 into the database %2?

A backup of the database is made first. If some of the bundle&apos;s refs are already taken here, nothing is imported.</source>
        <translation>Importar todos os casos de %1 para o banco de dados %2?

Antes é feito um backup do banco de dados. Se alguma referência do pacote já estiver em uso aqui, nada é importado.</translation>
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation>Pacote não importado</translation>
    </message>
    <message>
        <source>Files imported from %2: %1</source>
        <translation>Casos importados de %2: %1</translation>
    </message>
</context>
<context>
    <name>ChainPanel</name>
    <message numerus="yes">
        <source>%1 — since %2, %Ln day(s)</source>
        <translation>
            <numerusform>%1 — desde %2, %Ln dia</numerusform>
            <numerusform>%1 — desde %2, %Ln dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stalled: expected within %Ln day(s)</source>
        <translation>
            <numerusform>parado: esperado em %Ln dia</numerusform>
            <numerusform>parado: esperado em %Ln dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Came back to a desk %Ln time(s);</source>
        <translation>
            <numerusform>Voltou a um órgão %Ln vez;</numerusform>
            <numerusform>Voltou a um órgão %Ln vezes;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>returned with an objection %Ln time(s).</source>
        <translation>
            <numerusform>devolvido com uma objeção %Ln vez.</numerusform>
            <numerusform>devolvido com uma objeção %Ln vezes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln step(s) done.</source>
        <translation>
            <numerusform>%1 de %Ln etapa concluída.</numerusform>
            <numerusform>%1 de %Ln etapas concluídas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskDialog</name>
    <message>
        <source>Edit desk</source>
        <translation>Editar órgão</translation>
    </message>
    <message>
        <source>Add desk</source>
        <translation>Adicionar órgão</translation>
    </message>
    <message>
        <source>e.g. EMB-BD</source>
        <translation>ex.: EMB-BD</translation>
    </message>
    <message>
        <source>Where the desk is: an ISO code such as IN, or a name</source>
        <translation>Onde fica o órgão: um código ISO como IN, ou um nome</translation>
    </message>
    <message>
        <source>Countries it deals with, separated by commas (codes such as BD, or names)</source>
        <translation>Países que atende, separados por vírgulas (códigos como BD, ou nomes)</translation>
    </message>
    <message>
        <source>How long the desk should hold a file; longer than this, the file is stalled</source>
        <translation>Por quanto tempo o órgão deveria ficar com um caso; passado esse prazo, o caso está parado</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>Add o&amp;fficer</source>
        <translation>Adicionar &amp;servidor</translation>
    </message>
    <message>
        <source>&amp;Remove officer</source>
        <translation>&amp;Remover servidor</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organização</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>&amp;Papel</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>Paí&amp;s</translation>
    </message>
    <message>
        <source>Deals &amp;with</source>
        <translation>&amp;Atende</translation>
    </message>
    <message>
        <source>Indian &amp;state</source>
        <translation>&amp;Estado da Índia</translation>
    </message>
    <message>
        <source>Di&amp;vision</source>
        <translation>Di&amp;visão</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>C&amp;idade</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Endereço</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>E&amp;xpected days</source>
        <translation>Dias e&amp;sperados</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>&amp;Observações</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>&amp;Fonte</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Officers (dates as 2025-04-01)</source>
        <translation>Servidores (datas como 2025-04-01)</translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <translation>não é um endereço de e-mail</translation>
    </message>
    <message>
        <source>required (IN for a desk in India)</source>
        <translation>obrigatório (IN para um órgão na Índia)</translation>
    </message>
    <message>
        <source>%1: “%2” — %3</source>
        <translation>%1: “%2” — %3</translation>
    </message>
</context>
<context>
    <name>DesksPage</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>A date such as 2025-04-01; leave empty if not known</source>
        <translation>Uma data como 2025-04-01; deixe vazio se não souber</translation>
    </message>
    <message>
        <source>Officer %1, %2</source>
        <translation>Servidor %1, %2</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obrigatório</translation>
    </message>
    <message>
        <source>not a date such as 2025-04-01</source>
        <translation>não é uma data como 2025-04-01</translation>
    </message>
    <message>
        <source>before the since date</source>
        <translation>antes da data “desde”</translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <translation>não é um endereço de e-mail</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Expected days</source>
        <translation>Dias esperados</translation>
    </message>
    <message>
        <source>Current officer</source>
        <translation>Servidor atual</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Órgão</translation>
    </message>
    <message>
        <source>Median
days</source>
        <translation>Mediana
dias</translation>
    </message>
    <message>
        <source>Half the times the desk had a file, it held it longer than this</source>
        <translation>Metade das vezes em que o órgão teve um caso, ficou com ele mais tempo do que isto</translation>
    </message>
    <message>
        <source>90th pct.
days</source>
        <translation>Pct. 90
dias</translation>
    </message>
    <message>
        <source>90th percentile: one time in ten, the desk held a file longer than this</source>
        <translation>Percentil 90: uma vez em dez, o órgão ficou com um caso mais tempo do que isto</translation>
    </message>
    <message>
        <source>Times
held</source>
        <translation>Vezes
com ele</translation>
    </message>
    <message>
        <source>Times the desk had a file, finished or still open</source>
        <translation>Vezes em que o órgão teve um caso, concluídas ou ainda abertas</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devolvidos</translation>
    </message>
    <message>
        <source>Times it sent a file back with an objection</source>
        <translation>Vezes em que devolveu um caso com uma objeção</translation>
    </message>
    <message>
        <source>Came
back</source>
        <translation>Voltou</translation>
    </message>
    <message>
        <source>Times a file came back to it after it had let the file go</source>
        <translation>Vezes em que um caso voltou a ele depois de tê-lo liberado</translation>
    </message>
    <message>
        <source>Held
now</source>
        <translation>Com ele
agora</translation>
    </message>
    <message>
        <source>Files it holds now</source>
        <translation>Casos com ele agora</translation>
    </message>
    <message>
        <source>Stalled
now</source>
        <translation>Parados
agora</translation>
    </message>
    <message>
        <source>Files it holds now for longer than its expected time</source>
        <translation>Casos com ele agora há mais tempo do que o esperado</translation>
    </message>
    <message>
        <source>Filter by code, name, organisation, state, city or officer</source>
        <translation>Filtrar por código, nome, organização, estado, cidade ou servidor</translation>
    </message>
    <message>
        <source>Filter desks</source>
        <translation>Filtrar órgãos</translation>
    </message>
    <message>
        <source>&amp;Add desk…</source>
        <translation>&amp;Adicionar órgão…</translation>
    </message>
    <message>
        <source>Add a ministry desk, embassy or office</source>
        <translation>Adicionar um órgão de ministério, embaixada ou repartição</translation>
    </message>
    <message>
        <source>Edi&amp;t desk…</source>
        <translation>Edi&amp;tar órgão…</translation>
    </message>
    <message>
        <source>Edit the selected desk and its officers</source>
        <translation>Editar o órgão selecionado e seus servidores</translation>
    </message>
    <message>
        <source>Desk directory</source>
        <translation>Diretório de órgãos</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidade</translation>
    </message>
    <message>
        <source>Any nationality</source>
        <translation>Qualquer país</translation>
    </message>
    <message>
        <source>Prison state</source>
        <translation>Estado da prisão</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Qualquer estado</translation>
    </message>
    <message>
        <source>Holds begun &amp;from</source>
        <translation>Início a &amp;partir de</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;até</translation>
    </message>
    <message>
        <source>How long desks hold files</source>
        <translation>Por quanto tempo os órgãos ficam com os casos</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Mediana de dias</translation>
    </message>
    <message>
        <source>90th percentile days</source>
        <translation>Dias do percentil 90</translation>
    </message>
    <message>
        <source>days held</source>
        <translation>dias com o caso</translation>
    </message>
    <message>
        <source>Chart: which desks hold files longest</source>
        <translation>Gráfico: quais órgãos ficam mais tempo com os casos</translation>
    </message>
    <message>
        <source>No desk has held a file of this choice</source>
        <translation>Nenhum órgão ficou com um caso desta seleção</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more desk(s) in the table</source>
        <translation>
            <numerusform>mais %Ln órgão na tabela</numerusform>
            <numerusform>mais %Ln órgãos na tabela</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Nationality</source>
        <translation>&amp;Nacionalidade</translation>
    </message>
    <message>
        <source>&amp;Prison state</source>
        <translation>Estado da &amp;prisão</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Diretório</translation>
    </message>
    <message>
        <source>How &amp;long desks hold files</source>
        <translation>Por quanto &amp;tempo os órgãos ficam com os casos</translation>
    </message>
    <message>
        <source>Loading the desks…</source>
        <translation>Carregando os órgãos…</translation>
    </message>
    <message>
        <source>Counting how long desks held files…</source>
        <translation>Calculando por quanto tempo os órgãos ficaram com os casos…</translation>
    </message>
    <message numerus="yes">
        <source>As of %1: %Ln desk(s) (has|have) held these files;</source>
        <translation>
            <numerusform>Em %1: %Ln órgão ficou com estes casos;</numerusform>
            <numerusform>Em %1: %Ln órgãos ficaram com estes casos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) (sits|sit) now past a desk&apos;s expected time.</source>
        <translation>
            <numerusform>%Ln caso está agora além do prazo esperado de um órgão.</numerusform>
            <numerusform>%Ln casos estão agora além do prazo esperado de um órgão.</numerusform>
        </translation>
    </message>
    <message>
        <source>Days count from the day a desk got the file to the day it let it go (or to today).</source>
        <translation>Os dias contam do dia em que um órgão recebeu o caso até o dia em que o liberou (ou até hoje).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln desk(s)</source>
        <translation>
            <numerusform>%Ln órgão</numerusform>
            <numerusform>%Ln órgãos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln desk(s)</source>
        <translation>
            <numerusform>%1 de %Ln órgão</numerusform>
            <numerusform>%1 de %Ln órgãos</numerusform>
        </translation>
    </message>
    <message>
        <source>Desk %1 saved</source>
        <translation>Órgão %1 salvo</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Likely the same person</source>
        <translation>Provavelmente a mesma pessoa</translation>
    </message>
    <message>
        <source>%1 looks like people already on file. Merge it into one of them, or keep both if they are different people.</source>
        <translation>%1 se parece com pessoas já cadastradas. Combine este caso com o de uma delas ou mantenha os dois se forem pessoas diferentes.</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Native script</source>
        <translation>Escrita própria</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>Prisão</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidade</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nascimento</translation>
    </message>
    <message>
        <source>Why alike</source>
        <translation>Por que se parecem</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Prováveis casos duplicados</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>On file</source>
        <translation>Caso cadastrado</translation>
    </message>
    <message>
        <source>This file (tick to keep)</source>
        <translation>Este caso (marque para manter)</translation>
    </message>
    <message>
        <source>Values to keep</source>
        <translation>Valores a manter</translation>
    </message>
    <message>
        <source>&amp;Keep both — different people</source>
        <translation>Manter os &amp;dois — pessoas diferentes</translation>
    </message>
    <message>
        <source>%1 on file and this file differ in these fields:</source>
        <translation>O caso cadastrado %1 e este diferem nestes campos:</translation>
    </message>
    <message>
        <source>&amp;Merge into %1</source>
        <translation>&amp;Combinar em %1</translation>
    </message>
</context>
<context>
    <name>ExportCalendarDialog</name>
    <message>
        <source>Export to a calendar</source>
        <translation>Exportar para um calendário</translation>
    </message>
    <message>
        <source>Put the prisoners&apos; &amp;names in the calendar</source>
        <translation>Colocar os &amp;nomes dos presos no calendário</translation>
    </message>
    <message>
        <source>Calendars are often synced to phones and cloud services. Without names, each event shows only the file ref and the desk, which mean nothing to anyone outside the clinic.</source>
        <translation>Os calendários costumam ser sincronizados com celulares e serviços na nuvem. Sem nomes, cada evento mostra só a referência do caso e o órgão, que não significam nada para quem está fora da organização.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Escolher arquivo…</translation>
    </message>
</context>
<context>
    <name>ExportReport</name>
    <message numerus="yes">
        <source>%Ln file(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln caso exportado para %1.</numerusform>
            <numerusform>%Ln casos exportados para %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Órgão</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Resp.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo passo</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Resposta até</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repete</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>Adiado até</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Encerrado em</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Atividades</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Acompanhamentos</translation>
    </message>
    <message>
        <source>Delete activi&amp;ty…</source>
        <translation>Excluir a&amp;tividade…</translation>
    </message>
    <message>
        <source>Delete the chosen activity, logged by mistake</source>
        <translation>Excluir a atividade escolhida, registrada por engano</translation>
    </message>
    <message>
        <source>Activity date</source>
        <translation>Data da atividade</translation>
    </message>
    <message>
        <source>The desk &amp;replied (stops the weekly follow-up with it)</source>
        <translation>O órgão &amp;respondeu (encerra o acompanhamento semanal)</translation>
    </message>
    <message>
        <source>(not an escalation)</source>
        <translation>(não é um escalonamento)</translation>
    </message>
    <message>
        <source>&amp;Log activity</source>
        <translation>&amp;Registrar atividade</translation>
    </message>
    <message>
        <source>Log a call, letter, visit or other activity on this file</source>
        <translation>Registrar uma ligação, carta, visita ou outra atividade neste caso</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Data do acompanhamento</translation>
    </message>
    <message>
        <source>Follow-up desk</source>
        <translation>Órgão do acompanhamento</translation>
    </message>
    <message>
        <source>What to follow up</source>
        <translation>O que acompanhar</translation>
    </message>
    <message>
        <source>e.g. ask the embassy for the travel permit</source>
        <translation>ex.: pedir à embaixada a autorização de viagem</translation>
    </message>
    <message>
        <source>once</source>
        <translation>uma vez</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>toda semana</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>a cada duas semanas</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>todo mês</translation>
    </message>
    <message>
        <source>Set &amp;follow-up</source>
        <translation>Agendar &amp;acompanhamento</translation>
    </message>
    <message>
        <source>Put a follow-up of this file on the agenda, once or repeating</source>
        <translation>Colocar um acompanhamento deste caso na agenda, uma vez ou repetido</translation>
    </message>
    <message>
        <source>Set a follow-up</source>
        <translation>Agendar um acompanhamento</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Em</translation>
    </message>
    <message>
        <source>With des&amp;k</source>
        <translation>Com o ór&amp;gão</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;O quê</translation>
    </message>
    <message>
        <source>Re&amp;peats</source>
        <translation>Re&amp;pete</translation>
    </message>
    <message>
        <source>Log an activity</source>
        <translation>Registrar uma atividade</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation>Ati&amp;vidade</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>D&amp;esk</source>
        <translation>Ór&amp;gão</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>Pró&amp;ximo passo</translation>
    </message>
    <message>
        <source>Lever &amp;used</source>
        <translation>&amp;Medida usada</translation>
    </message>
    <message>
        <source>&lt;b&gt;Activities&lt;/b&gt;</source>
        <translation>&lt;b&gt;Atividades&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Follow-ups set on this file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Acompanhamentos agendados neste caso&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Excluir atividade</translation>
    </message>
    <message>
        <source>the %1%2 of %3</source>
        <translation>%1%2 de %3</translation>
    </message>
    <message>
        <source>date not known</source>
        <translation>data desconhecida</translation>
    </message>
    <message>
        <source>taken %1</source>
        <translation>tirada em %1</translation>
    </message>
    <message>
        <source>court order</source>
        <translation>decisão judicial</translation>
    </message>
    <message>
        <source>travel document</source>
        <translation>documento de viagem</translation>
    </message>
    <message>
        <source>passport copy</source>
        <translation>cópia do passaporte</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>carta</translation>
    </message>
    <message>
        <source>other</source>
        <translation>outro</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nome do arquivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Save the new file first: photos and documents attach to a saved file.</source>
        <translation>Salve primeiro o caso novo: fotos e documentos são anexados a um caso salvo.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Photo taken on</source>
        <translation>Foto tirada em</translation>
    </message>
    <message>
        <source>Add p&amp;hoto…</source>
        <translation>Adicionar &amp;foto…</translation>
    </message>
    <message>
        <source>Attach a PNG or JPEG photo, with the date it was taken</source>
        <translation>Anexar uma foto PNG ou JPEG, com a data em que foi tirada</translation>
    </message>
    <message>
        <source>Save photo &amp;as…</source>
        <translation>Salvar foto &amp;como…</translation>
    </message>
    <message>
        <source>Save a copy of the selected photo</source>
        <translation>Salvar uma cópia da foto selecionada</translation>
    </message>
    <message>
        <source>No photo yet: add one with Add photo…. An embassy recognises its national by the face when the prison wrote the name wrongly.</source>
        <translation>Ainda não há foto: adicione uma com Adicionar foto…. Uma embaixada reconhece seu nacional pelo rosto quando a prisão escreveu o nome errado.</translation>
    </message>
    <message>
        <source>No document yet: add the court order, the release order, a passport copy or a letter with Add document…; they are printed after the fact sheet.</source>
        <translation>Ainda não há documento: adicione a decisão judicial, o alvará de soltura, uma cópia do passaporte ou uma carta com Adicionar documento…; eles são impressos depois da ficha.</translation>
    </message>
    <message>
        <source>&amp;Taken on</source>
        <translation>&amp;Tirada em</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Document kind</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Título do documento</translation>
    </message>
    <message>
        <source>Document dated</source>
        <translation>Data do documento</translation>
    </message>
    <message>
        <source>Add &amp;document…</source>
        <translation>Adicionar &amp;documento…</translation>
    </message>
    <message>
        <source>Attach a PDF, PNG or JPEG document</source>
        <translation>Anexar um documento PDF, PNG ou JPEG</translation>
    </message>
    <message>
        <source>Sa&amp;ve document as…</source>
        <translation>Sal&amp;var documento como…</translation>
    </message>
    <message>
        <source>Save a copy of the selected document</source>
        <translation>Salvar uma cópia do documento selecionado</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>Tí&amp;tulo</translation>
    </message>
    <message>
        <source>Dat&amp;ed</source>
        <translation>Dat&amp;a</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>Adicionar uma foto</translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg)</source>
        <translation>Fotos (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Adicionar um documento</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Documentos (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>Choose a photo first.</source>
        <translation>Escolha uma foto primeiro.</translation>
    </message>
    <message>
        <source>Choose a document first.</source>
        <translation>Escolha um documento primeiro.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Salvar uma cópia</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimentação</translation>
    </message>
    <message>
        <source>Letter ref</source>
        <translation>Ref. do ofício</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Note or objection</source>
        <translation>Observação ou objeção</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Movimentações</translation>
    </message>
    <message>
        <source>Delete movemen&amp;t…</source>
        <translation>Excluir movimen&amp;tação…</translation>
    </message>
    <message>
        <source>Delete the chosen movement, recorded by mistake</source>
        <translation>Excluir a movimentação escolhida, registrada por engano</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>Co&amp;rrigir…</translation>
    </message>
    <message>
        <source>Put the chosen movement in the form to record it again as it should have been</source>
        <translation>Colocar a movimentação escolhida no formulário para registrá-la de novo como deveria ter sido</translation>
    </message>
    <message>
        <source>Movement date</source>
        <translation>Data da movimentação</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>não registrado</translation>
    </message>
    <message>
        <source>Forwarded from</source>
        <translation>Encaminhado por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>for a return: the objection</source>
        <translation>em uma devolução: a objeção</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>Obstáculo</translation>
    </message>
    <message>
        <source>Record &amp;movement</source>
        <translation>Registrar &amp;movimentação</translation>
    </message>
    <message>
        <source>Record that the file went to, came back from or was cleared by a desk</source>
        <translation>Registrar que o caso foi a um órgão, voltou dele ou foi liberado por ele</translation>
    </message>
    <message>
        <source>Record a movement</source>
        <translation>Registrar uma movimentação</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;O que aconteceu</translation>
    </message>
    <message>
        <source>&amp;Forwarded from</source>
        <translation>&amp;Encaminhado por</translation>
    </message>
    <message>
        <source>&amp;Letter ref</source>
        <translation>Ref. do o&amp;fício</translation>
    </message>
    <message>
        <source>Vi&amp;a</source>
        <translation>Vi&amp;a</translation>
    </message>
    <message>
        <source>O&amp;bstacle</source>
        <translation>O&amp;bstáculo</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>Obser&amp;vação</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <source>Record the co&amp;rrection</source>
        <translation>Registrar a co&amp;rreção</translation>
    </message>
    <message>
        <source>Correct: %1</source>
        <translation>Corrigir: %1</translation>
    </message>
    <message>
        <source>Delete movement</source>
        <translation>Excluir movimentação</translation>
    </message>
    <message>
        <source>the movement “%1”</source>
        <translation>a movimentação “%1”</translation>
    </message>
    <message>
        <source>Proposed: the next desk on the file&apos;s route</source>
        <translation>Proposto: o próximo órgão na rota do caso</translation>
    </message>
    <message>
        <source>The route proposes no desk for this file: choose the one it went to</source>
        <translation>A rota não propõe nenhum órgão para este caso: escolha aquele para onde foi</translation>
    </message>
    <message>
        <source>&lt;b&gt;Holding it now:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Com ele agora:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;No desk holds it now.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nenhum órgão está com ele agora.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;No repatriation step recorded yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nenhuma etapa de repatriação registrada ainda.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No route applies to this file.</source>
        <translation>Nenhuma rota se aplica a este caso.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Route:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Rota:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>In progress: %1</source>
        <translation>Em andamento: %1</translation>
    </message>
    <message>
        <source>no desk in the directory</source>
        <translation>nenhum órgão no diretório</translation>
    </message>
    <message>
        <source>Send next: %1 (%2)</source>
        <translation>Enviar em seguida: %1 (%2)</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Depois: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;%1:&lt;/i&gt; %2</source>
        <translation>&lt;i&gt;%1:&lt;/i&gt; %2</translation>
    </message>
    <message>
        <source>desk: (empty): choose the desk the file went to</source>
        <translation>órgão: (vazio): escolha o órgão para onde o caso foi</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>Nome na própria escrita</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Traced on</source>
        <translation>Localizado em</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>contact %1, traced on: not a date (YYYY-MM-DD)</source>
        <translation>contato %1, localizado em: não é uma data (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Save the file&apos;s fields (Ctrl+S)</source>
        <translation>Salvar os campos do caso (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>Salvar caso</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Data de soltura</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flags&lt;/b&gt; (as saved)</source>
        <translation>&lt;b&gt;Alertas&lt;/b&gt; (como salvos)</translation>
    </message>
    <message>
        <source>&amp;1 Person</source>
        <translation>&amp;1 Pessoa</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>&amp;2 Nationality</source>
        <translation>&amp;2 Nacionalidade</translation>
    </message>
    <message>
        <source>Nationality and documents</source>
        <translation>Nacionalidade e documentos</translation>
    </message>
    <message>
        <source>&amp;3 Custody</source>
        <translation>&amp;3 Custódia</translation>
    </message>
    <message>
        <source>Custody and sentence</source>
        <translation>Custódia e pena</translation>
    </message>
    <message>
        <source>&amp;4 Risk</source>
        <translation>&amp;4 Risco</translation>
    </message>
    <message>
        <source>Category and risk</source>
        <translation>Categoria e risco</translation>
    </message>
    <message>
        <source>&amp;5 Family</source>
        <translation>&amp;5 Família</translation>
    </message>
    <message>
        <source>Family contacts</source>
        <translation>Contatos familiares</translation>
    </message>
    <message>
        <source>&amp;6 Desk chain</source>
        <translation>&amp;6 Órgãos</translation>
    </message>
    <message>
        <source>Desk chain and movements</source>
        <translation>Cadeia de órgãos e movimentações</translation>
    </message>
    <message>
        <source>&amp;7 Activities</source>
        <translation>&amp;7 Atividades</translation>
    </message>
    <message>
        <source>Activities and follow-ups</source>
        <translation>Atividades e acompanhamentos</translation>
    </message>
    <message>
        <source>&amp;8 Photos</source>
        <translation>&amp;8 Fotos</translation>
    </message>
    <message>
        <source>Photos and documents</source>
        <translation>Fotos e documentos</translation>
    </message>
    <message>
        <source>&amp;9 Notes</source>
        <translation>&amp;9 Notas</translation>
    </message>
    <message>
        <source>Referral and notes</source>
        <translation>Encaminhamento e observações</translation>
    </message>
    <message>
        <source>&amp;0 Orders</source>
        <translation>&amp;0 Decisões</translation>
    </message>
    <message>
        <source>Orders of courts and commissions, RTI, travel documents</source>
        <translation>Decisões de tribunais e comissões, RTI, documentos de viagem</translation>
    </message>
    <message>
        <source>already used by another file</source>
        <translation>já usada por outro caso</translation>
    </message>
    <message>
        <source>The file was not saved</source>
        <translation>O caso não foi salvo</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvo %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>The file %1 has changes that are not saved. Save them?</source>
        <translation>O caso %1 tem alterações não salvas. Salvá-las?</translation>
    </message>
    <message>
        <source>No file open</source>
        <translation>Nenhum caso aberto</translation>
    </message>
    <message>
        <source>No flags raised.</source>
        <translation>Nenhum alerta.</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(ainda sem nome)</translation>
    </message>
    <message>
        <source>Fix the problems shown in red first</source>
        <translation>Corrija primeiro os problemas mostrados em vermelho</translation>
    </message>
    <message>
        <source>New file, not saved yet</source>
        <translation>Caso novo, ainda não salvo</translation>
    </message>
    <message>
        <source>Unsaved changes; the file was changed elsewhere</source>
        <translation>Alterações não salvas; o caso foi alterado em outro lugar</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvo</translation>
    </message>
    <message numerus="yes">
        <source>To fix before saving (%Ln): </source>
        <translation>
            <numerusform>A corrigir antes de salvar (%Ln): </numerusform>
            <numerusform>A corrigir antes de salvar (%Ln): </numerusform>
        </translation>
    </message>
    <message>
        <source>Release due: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Soltura prevista: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Release due: none yet (under trial, no conviction recorded)</source>
        <translation>Soltura prevista: ainda nenhuma (preso provisório, sem condenação registrada)</translation>
    </message>
    <message>
        <source>Release due: cannot be worked out (see the problems)</source>
        <translation>Soltura prevista: não é possível calcular (veja os problemas)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:%1&quot;&gt;Held %Ln day(s) past release&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;Preso %Ln dia após a soltura&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;Preso %Ln dias após a soltura&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Not held past release</source>
        <translation>Não está preso após a soltura</translation>
    </message>
    <message>
        <source>Enter the conviction date and sentence to work out the release date.</source>
        <translation>Informe a data da condenação e a pena para calcular a data de soltura.</translation>
    </message>
    <message>
        <source>Not saved: fix the problems shown in red</source>
        <translation>Não salvo: corrija os problemas mostrados em vermelho</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>The files were not merged</source>
        <translation>Os casos não foram combinados</translation>
    </message>
    <message>
        <source>Merged %1 into %2</source>
        <translation>%1 combinado em %2</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Salvo por outra pessoa</translation>
    </message>
    <message>
        <source>Someone else saved this file after you opened it, so your changes were not saved (%1).

Reload their version (your changes are lost), or keep your changes on screen to copy what you need before reloading?</source>
        <translation>Outra pessoa salvou este caso depois que você o abriu, então suas alterações não foram salvas (%1).

Recarregar a versão dela (suas alterações se perdem) ou manter suas alterações na tela para copiar o que precisar antes de recarregar?</translation>
    </message>
    <message>
        <source>&amp;Reload their version</source>
        <translation>&amp;Recarregar a versão dela</translation>
    </message>
    <message>
        <source>&amp;Keep my changes</source>
        <translation>&amp;Manter minhas alterações</translation>
    </message>
    <message>
        <source>The file %1 was deleted</source>
        <translation>O caso %1 foi excluído</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Name as recorded</source>
        <translation>Nome como registrado</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Outros nomes</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>Nome do pai</translation>
    </message>
    <message>
        <source>Mother&apos;s name</source>
        <translation>Nome da mãe</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>Idade estimada</translation>
    </message>
    <message>
        <source>Age estimated on</source>
        <translation>Idade estimada em</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Etnia</translation>
    </message>
    <message>
        <source>Home address (as recorded)</source>
        <translation>Endereço de origem (como registrado)</translation>
    </message>
    <message>
        <source>Home address (own script)</source>
        <translation>Endereço de origem (escrita própria)</translation>
    </message>
    <message>
        <source>Claimed nationality</source>
        <translation>Nacionalidade declarada</translation>
    </message>
    <message>
        <source>Nationality per court</source>
        <translation>Nacionalidade segundo o tribunal</translation>
    </message>
    <message>
        <source>Verified nationality</source>
        <translation>Nacionalidade verificada</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Verificada em</translation>
    </message>
    <message>
        <source>Possible misidentification</source>
        <translation>Possível erro de identificação</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Número do passaporte</translation>
    </message>
    <message>
        <source>Passport book number</source>
        <translation>Número da caderneta do passaporte</translation>
    </message>
    <message>
        <source>Passport country</source>
        <translation>País do passaporte</translation>
    </message>
    <message>
        <source>Passport held by</source>
        <translation>Passaporte em poder de</translation>
    </message>
    <message>
        <source>Copy on file</source>
        <translation>Cópia no caso</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>Prisão</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Prisoner number</source>
        <translation>Número de matrícula</translation>
    </message>
    <message>
        <source>Arrest date</source>
        <translation>Data da prisão</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Acusação</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número do processo</translation>
    </message>
    <message>
        <source>Conviction date</source>
        <translation>Data da condenação</translation>
    </message>
    <message>
        <source>Sentence years</source>
        <translation>Anos de pena</translation>
    </message>
    <message>
        <source>Sentence months</source>
        <translation>Meses de pena</translation>
    </message>
    <message>
        <source>Sentence days</source>
        <translation>Dias de pena</translation>
    </message>
    <message>
        <source>Set-off days</source>
        <translation>Dias de detração</translation>
    </message>
    <message>
        <source>Remission days</source>
        <translation>Dias de remição</translation>
    </message>
    <message>
        <source>Fine default days</source>
        <translation>Dias por multa não paga</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>Solto em</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Sentence final</source>
        <translation>Trânsito em julgado</translation>
    </message>
    <message>
        <source>Consent to transfer</source>
        <translation>Consente na transferência</translation>
    </message>
    <message>
        <source>Consular access on</source>
        <translation>Acesso consular em</translation>
    </message>
    <message>
        <source>Consular access by</source>
        <translation>Acesso consular por</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Vulnerabilidade</translation>
    </message>
    <message>
        <source>UNHCR registration</source>
        <translation>Registro no ACNUR</translation>
    </message>
    <message>
        <source>At risk if returned</source>
        <translation>Em risco se devolvido</translation>
    </message>
    <message>
        <source>Risk note</source>
        <translation>Nota de risco</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Origem do encaminhamento</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidade</translation>
    </message>
    <message>
        <source>&amp;Ref</source>
        <translation>&amp;Ref.</translation>
    </message>
    <message>
        <source>&amp;Name as recorded</source>
        <translation>&amp;Nome como registrado</translation>
    </message>
    <message>
        <source>Name in o&amp;wn script</source>
        <translation>Nome na própria &amp;escrita</translation>
    </message>
    <message>
        <source>As the prisoner writes it, e.g. in Bengali or Burmese script</source>
        <translation>Como o preso o escreve, ex.: em escrita bengali ou birmanesa</translation>
    </message>
    <message>
        <source>separate aliases with ;</source>
        <translation>separe os outros nomes com ;</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>&amp;Outros nomes</translation>
    </message>
    <message>
        <source>&amp;Father&apos;s name</source>
        <translation>Nome do &amp;pai</translation>
    </message>
    <message>
        <source>&amp;Mother&apos;s name</source>
        <translation>Nome da &amp;mãe</translation>
    </message>
    <message>
        <source>male</source>
        <translation>masculino</translation>
    </message>
    <message>
        <source>female</source>
        <translation>feminino</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Se&amp;xo</translation>
    </message>
    <message>
        <source>Age, languages and origin</source>
        <translation>Idade, idiomas e origem</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Data de &amp;nascimento</translation>
    </message>
    <message>
        <source>Only when no birth date is known</source>
        <translation>Só quando não se sabe a data de nascimento</translation>
    </message>
    <message>
        <source>codes or names, separated by commas, e.g. bn, my</source>
        <translation>códigos ou nomes, separados por vírgulas, ex.: bn, my</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Idiomas</translation>
    </message>
    <message>
        <source>&amp;Ethnicity</source>
        <translation>E&amp;tnia</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidade</translation>
    </message>
    <message>
        <source>&amp;Claimed nationality</source>
        <translation>Nacionalidade &amp;declarada</translation>
    </message>
    <message>
        <source>Nationality per co&amp;urt</source>
        <translation>Nacionalidade segundo o tri&amp;bunal</translation>
    </message>
    <message>
        <source>&amp;Verified nationality</source>
        <translation>Nacionalidade &amp;verificada</translation>
    </message>
    <message>
        <source>Verified &amp;on</source>
        <translation>Verificada &amp;em</translation>
    </message>
    <message>
        <source>&amp;Possible misidentification (e.g. Rohingya recorded as Bangladeshi)</source>
        <translation>&amp;Possível erro de identificação (ex.: rohingya registrado como bengalês)</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passaporte</translation>
    </message>
    <message>
        <source>Passport &amp;number</source>
        <translation>&amp;Número do passaporte</translation>
    </message>
    <message>
        <source>The number embassies trace, printed on the data page</source>
        <translation>O número que as embaixadas rastreiam, impresso na página de dados</translation>
    </message>
    <message>
        <source>Passport &amp;book number</source>
        <translation>Número da &amp;caderneta do passaporte</translation>
    </message>
    <message>
        <source>The booklet&apos;s serial number, which courts often write down; embassies cannot trace it</source>
        <translation>O número de série da caderneta, que os tribunais costumam anotar; as embaixadas não conseguem rastreá-lo</translation>
    </message>
    <message>
        <source>Passport coun&amp;try</source>
        <translation>País do passapor&amp;te</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>A cop&amp;y is on file</source>
        <translation>Há uma cóp&amp;ia no caso</translation>
    </message>
    <message>
        <source>&amp;Prison</source>
        <translation>&amp;Prisão</translation>
    </message>
    <message>
        <source>S&amp;tate</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <source>Prisoner &amp;number</source>
        <translation>Número de &amp;matrícula</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Sit&amp;uação</translation>
    </message>
    <message>
        <source>Re&amp;leased on</source>
        <translation>So&amp;lto em</translation>
    </message>
    <message>
        <source>Case and sentence</source>
        <translation>Processo e pena</translation>
    </message>
    <message>
        <source>&amp;Arrest date</source>
        <translation>Data da &amp;prisão</translation>
    </message>
    <message>
        <source>C&amp;harge</source>
        <translation>Acusa&amp;ção</translation>
    </message>
    <message>
        <source>Cou&amp;rt</source>
        <translation>Tri&amp;bunal</translation>
    </message>
    <message>
        <source>Cas&amp;e number</source>
        <translation>Número do pr&amp;ocesso</translation>
    </message>
    <message>
        <source>&amp;Conviction date</source>
        <translation>Data da &amp;condenação</translation>
    </message>
    <message>
        <source>Set-o&amp;ff days</source>
        <translation>Dias de detra&amp;ção</translation>
    </message>
    <message>
        <source>Re&amp;mission days</source>
        <translation>Dias de re&amp;mição</translation>
    </message>
    <message>
        <source>F&amp;ine default days</source>
        <translation>Dias por m&amp;ulta não paga</translation>
    </message>
    <message>
        <source>Transfer of sentence</source>
        <translation>Transferência da pena</translation>
    </message>
    <message>
        <source>yes, no appeal pending</source>
        <translation>sim, sem recurso pendente</translation>
    </message>
    <message>
        <source>no, an appeal is pending</source>
        <translation>não, há um recurso pendente</translation>
    </message>
    <message>
        <source>A transfer of sentenced persons needs a final sentence (no appeal pending)</source>
        <translation>A transferência de pessoas condenadas exige condenação transitada em julgado (sem recurso pendente)</translation>
    </message>
    <message>
        <source>The prisoner&apos;s answer to serving the rest of the sentence in their home country</source>
        <translation>A resposta do preso sobre cumprir o restante da pena em seu país de origem</translation>
    </message>
    <message>
        <source>Consular access</source>
        <translation>Acesso consular</translation>
    </message>
    <message>
        <source>First consular access &amp;on</source>
        <translation>Primeiro acesso consular &amp;em</translation>
    </message>
    <message>
        <source>years</source>
        <translation>anos</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dias</translation>
    </message>
    <message>
        <source>&amp;Sentence</source>
        <translation>&amp;Pena</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoria</translation>
    </message>
    <message>
        <source>&amp;Vulnerability</source>
        <translation>&amp;Vulnerabilidade</translation>
    </message>
    <message>
        <source>&amp;UNHCR registration</source>
        <translation>Registro no &amp;ACNUR</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>indefinido</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>At &amp;risk if returned</source>
        <translation>Em &amp;risco se devolvido</translation>
    </message>
    <message>
        <source>Risk &amp;note</source>
        <translation>&amp;Nota de risco</translation>
    </message>
    <message>
        <source>Relatives and how to reach them. Double-click a cell, or press F2, to edit it.</source>
        <translation>Parentes e como contatá-los. Clique duas vezes numa célula, ou pressione F2, para editá-la.</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>&amp;Adicionar contato</translation>
    </message>
    <message>
        <source>Add a family contact</source>
        <translation>Adicionar um contato familiar</translation>
    </message>
    <message>
        <source>&amp;Remove contact</source>
        <translation>&amp;Remover contato</translation>
    </message>
    <message>
        <source>Remove the selected family contact</source>
        <translation>Remover o contato familiar selecionado</translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation>&amp;Encaminhado por</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Observações</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>A date as year-month-day, e.g. 2024-03-14; empty if not known</source>
        <translation>Uma data como ano-mês-dia, ex.: 2024-03-14; vazia se não souber</translation>
    </message>
    <message>
        <source>not a date: write it as YYYY-MM-DD</source>
        <translation>não é uma data: escreva como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>code or name, e.g. BD or Bangladesh</source>
        <translation>código ou nome, ex.: BD ou Bangladesh</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>não estimada</translation>
    </message>
    <message>
        <source>Type a code, name or country</source>
        <translation>Digite um código, nome ou país</translation>
    </message>
    <message>
        <source>(no desk)</source>
        <translation>(sem órgão)</translation>
    </message>
    <message>
        <source>Save the new file first: movements and activities need a saved file.</source>
        <translation>Salve primeiro o caso novo: movimentações e atividades precisam de um caso salvo.</translation>
    </message>
    <message>
        <source>Delete %1? It was recorded by mistake; a correction on the file keeps what it said.</source>
        <translation>Excluir %1? Foi registrado por engano; uma correção no caso guarda o que dizia.</translation>
    </message>
    <message>
        <source>required: a date as YYYY-MM-DD</source>
        <translation>obrigatório: uma data como AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Filter by name (in any script), ref or passport number</source>
        <translation>Filtrar por nome (em qualquer escrita), ref. ou número do passaporte</translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>Filtrar casos</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidade</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>Prisão</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualquer situação</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Any flag</source>
        <translation>Qualquer alerta</translation>
    </message>
    <message>
        <source>What the flag badges mean</source>
        <translation>O que significam os selos de alerta</translation>
    </message>
    <message>
        <source>Flag badges</source>
        <translation>Selos de alerta</translation>
    </message>
    <message>
        <source>Show released and repatriated</source>
        <translation>Mostrar soltos e repatriados</translation>
    </message>
    <message>
        <source>Also show the files of people no longer held: released, repatriated, deported, transferred or deceased</source>
        <translation>Mostrar também os casos de pessoas que não estão mais presas: soltas, repatriadas, deportadas, transferidas ou falecidas</translation>
    </message>
    <message>
        <source>Loading files…</source>
        <translation>Carregando casos…</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln file(s) held longest past release; loading all files…</source>
        <translation>
            <numerusform>O caso preso há mais tempo após a soltura; carregando todos os casos…</numerusform>
            <numerusform>Os %Ln casos presos há mais tempo após a soltura; carregando todos os casos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Any nationality</source>
        <translation>Qualquer país</translation>
    </message>
    <message>
        <source>Any prison</source>
        <translation>Qualquer prisão</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln caso</numerusform>
            <numerusform>%Ln casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln file(s)</source>
        <translation>
            <numerusform>%1 de %Ln caso</numerusform>
            <numerusform>%1 de %Ln casos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Repatriate guide</source>
        <translation>Guia do Repatriate</translation>
    </message>
</context>
<context>
    <name>Histogram</name>
    <message>
        <source>No data</source>
        <translation>Sem dados</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Dates are written &amp;day first (31/12/2024)</source>
        <translation>As datas são escritas com o &amp;dia primeiro (31/12/2024)</translation>
    </message>
    <message>
        <source>(or tick “%1”)</source>
        <translation>(ou marque “%1”)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Import prisoner files from CSV</source>
        <translation>Importar casos de CSV</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Arquivo CSV</translation>
    </message>
    <message>
        <source>The CSV file to import</source>
        <translation>O arquivo CSV a importar</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>&amp;Arquivo CSV:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Escolher…</translation>
    </message>
    <message>
        <source>Choose the CSV file to import</source>
        <translation>Escolher o arquivo CSV a importar</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Verificar &amp;novamente</translation>
    </message>
    <message>
        <source>Read the file again, after correcting it</source>
        <translation>Ler o arquivo de novo, depois de corrigi-lo</translation>
    </message>
    <message>
        <source>Without this, dates must be written as the year first: 2024-12-31</source>
        <translation>Sem isto, as datas devem ser escritas com o ano primeiro: 2024-12-31</translation>
    </message>
    <message>
        <source>Choose a CSV file: its rows are checked before anything is written.</source>
        <translation>Escolha um arquivo CSV: as linhas são verificadas antes de qualquer gravação.</translation>
    </message>
    <message>
        <source>Rows of the CSV file</source>
        <translation>Linhas do arquivo CSV</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
    <message>
        <source>Choose a problem to see its cell in the rows above</source>
        <translation>Escolha um problema para ver sua célula nas linhas acima</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Write every row, or none if any is wrong</source>
        <translation>Gravar todas as linhas, ou nenhuma se alguma estiver errada</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Import prisoner files</source>
        <translation>Importar casos</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Verificando %1…</translation>
    </message>
    <message numerus="yes">
        <source>Problems found: %Ln, in %2 of the %3 rows. Nothing will be written until every problem is corrected: correct the file, then choose Check again.</source>
        <translation>
            <numerusform>Problemas encontrados: %Ln, em %2 das %3 linhas. Nada será gravado até que todos os problemas sejam corrigidos: corrija o arquivo e escolha Verificar novamente.</numerusform>
            <numerusform>Problemas encontrados: %Ln, em %2 das %3 linhas. Nada será gravado até que todos os problemas sejam corrigidos: corrija o arquivo e escolha Verificar novamente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) (is|are) ready to import;</source>
        <translation>
            <numerusform>%Ln caso está pronto para importar;</numerusform>
            <numerusform>%Ln casos estão prontos para importar;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be given a new ref.</source>
        <translation>
            <numerusform>%Ln receberá uma nova ref.</numerusform>
            <numerusform>%Ln receberão uma nova ref.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Não é possível ler o arquivo: %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln file(s) from %1</source>
        <translation>
            <numerusform>%Ln caso importado de %1</numerusform>
            <numerusform>%Ln casos importados de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export every file to CSV</source>
        <translation>Exportar todos os casos para CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exportar para CSV</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Gravando %1…</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Letters: %1</source>
        <translation>Cartas: %1</translation>
    </message>
    <message>
        <source>Chaser to the desk</source>
        <translation>Cobrança ao órgão</translation>
    </message>
    <message>
        <source>RTI application to the desk&apos;s PIO</source>
        <translation>Pedido de RTI ao PIO do órgão</translation>
    </message>
    <message>
        <source>Complaint to the NHRC</source>
        <translation>Queixa à NHRC</translation>
    </message>
    <message>
        <source>The desk that holds the file</source>
        <translation>O órgão que está com o caso</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word document (editable)</source>
        <translation>Documento do Word (editável)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Carta:</translation>
    </message>
    <message>
        <source>&amp;Desk:</source>
        <translation>Ór&amp;gão:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Salvar &amp;como:</translation>
    </message>
    <message>
        <source>Save the letter as</source>
        <translation>Salvar a carta como</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Documento do Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing the letter…</source>
        <translation>Redigindo a carta…</translation>
    </message>
    <message>
        <source>Written to %1 (our reference %2).</source>
        <translation>Gravada em %1 (nossa referência %2).</translation>
    </message>
</context>
<context>
    <name>LeversTab</name>
    <message>
        <source>Orders</source>
        <translation>Decisões</translation>
    </message>
    <message>
        <source>RTI</source>
        <translation>RTI</translation>
    </message>
    <message>
        <source>Travel documents</source>
        <translation>Documentos de viagem</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Repatriate is locked</source>
        <translation>O Repatriate está bloqueado</translation>
    </message>
    <message>
        <source>Type the passphrase to go on where you left off.</source>
        <translation>Digite a frase secreta para continuar de onde parou.</translation>
    </message>
    <message>
        <source>This database is not encrypted: whoever has the file can read it (see `repatriate encrypt`).</source>
        <translation>Este banco de dados não está criptografado: quem tiver o arquivo pode lê-lo (veja `repatriate encrypt`).</translation>
    </message>
</context>
<context>
    <name>Locker</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Wrong passphrase for %1</source>
        <translation>Frase secreta errada para %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Repatriate — %1</source>
        <translation>Repatriate — %1</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (somente leitura)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>Órgãos</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Incidência</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Read-only: open in another window; changes are not saved</source>
        <translation>Somente leitura: aberto em outra janela; as alterações não são salvas</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvo %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New file</source>
        <translation>&amp;Novo caso</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>&amp;Print fact sheet…</source>
        <translation>Im&amp;primir ficha…</translation>
    </message>
    <message>
        <source>Embassy &amp;batch…</source>
        <translation>&amp;Lote para embaixada…</translation>
    </message>
    <message>
        <source>&amp;Letters…</source>
        <translation>&amp;Cartas…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find files</source>
        <translation>&amp;Localizar casos</translation>
    </message>
    <message>
        <source>&amp;Delete file…</source>
        <translation>E&amp;xcluir caso…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>I&amp;r</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guia</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>&amp;Registro de auditoria…</translation>
    </message>
    <message>
        <source>&amp;About Repatriate</source>
        <translation>&amp;Sobre o Repatriate</translation>
    </message>
    <message>
        <source>Print fact sheet</source>
        <translation>Imprimir ficha</translation>
    </message>
    <message>
        <source>Choose a file in the Files table, or open one, to print its fact sheet.</source>
        <translation>Escolha um caso na tabela de casos, ou abra um, para imprimir a ficha.</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <source>Choose a file in the Files table, or open one, to write a letter on it.</source>
        <translation>Escolha um caso na tabela de casos, ou abra um, para escrever uma carta sobre ele.</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Excluir caso</translation>
    </message>
    <message>
        <source>Choose a file in the Files table, or open one, to delete it.</source>
        <translation>Escolha um caso na tabela de casos, ou abra um, para excluí-lo.</translation>
    </message>
    <message>
        <source>Delete the file %1 with its family, photos, documents, movements and activities?

A backup is made first; restoring it brings the file back.</source>
        <translation>Excluir o caso %1 com sua família, fotos, documentos, movimentações e atividades?

Antes é feito um backup; restaurá-lo traz o caso de volta.</translation>
    </message>
    <message>
        <source>Deleted %1; a backup was made first</source>
        <translation>%1 excluído; antes foi feito um backup</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>O banco de dados está danificado</translation>
    </message>
    <message>
        <source>SQLite found damage in %1 (%2). Do not go on working in it: restore the newest sound backup in the Backups dialog, which opens now.</source>
        <translation>O SQLite encontrou danos em %1 (%2). Não continue trabalhando nele: restaure o backup íntegro mais recente na janela Backups, que se abre agora.</translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>Nenhum backup feito</translation>
    </message>
</context>
<context>
    <name>MarkDoneDialog</name>
    <message>
        <source>Mark done</source>
        <translation>Marcar como feito</translation>
    </message>
    <message>
        <source>e.g. officer on leave; call next week</source>
        <translation>ex.: servidor de licença; ligar na próxima semana</translation>
    </message>
    <message>
        <source>&amp;Reply received</source>
        <translation>&amp;Resposta recebida</translation>
    </message>
    <message>
        <source>The desk answered: the weekly follow-up with it stops until the file moves on.</source>
        <translation>O órgão respondeu: o acompanhamento semanal com ele para até o caso seguir adiante.</translation>
    </message>
    <message>
        <source>Only a desk can reply; some of these have no desk.</source>
        <translation>Só um órgão pode responder; alguns destes não têm órgão.</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Como</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Em</translation>
    </message>
    <message>
        <source>Out&amp;come</source>
        <translation>Resul&amp;tado</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>Pró&amp;ximo passo</translation>
    </message>
    <message>
        <source>&amp;Log it</source>
        <translation>&amp;Registrar</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Saved by someone else</source>
        <translation>Salvo por outra pessoa</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Pena</translation>
    </message>
    <message>
        <source>Someone else saved %1 after you opened it. Their version and yours differ in these fields; tick the ones to keep from yours.</source>
        <translation>Outra pessoa salvou %1 depois que você o abriu. A versão dela e a sua diferem nestes campos; marque os que quer manter da sua.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Versão dela</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Sua versão</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Manter a &amp;minha</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Manter a &amp;dela</translation>
    </message>
    <message>
        <source>M&amp;erge the ticked fields</source>
        <translation>&amp;Combinar os campos marcados</translation>
    </message>
    <message>
        <source>%1 years %2 months %3 days; set-off %4, remission %5, fine default %6</source>
        <translation>%1 anos %2 meses %3 dias; detração %4, remição %5, multa não paga %6</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <source>Comply by</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Ordered by</source>
        <translation>Proferida por</translation>
    </message>
    <message>
        <source>Order of</source>
        <translation>Data da decisão</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contra</translation>
    </message>
    <message>
        <source>Directs</source>
        <translation>Determina</translation>
    </message>
    <message>
        <source>Complied on</source>
        <translation>Cumprida em</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Dias de atraso</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Decisões</translation>
    </message>
    <message>
        <source>e.g. High Court of Calcutta, NHRC</source>
        <translation>ex.: High Court de Calcutá, NHRC</translation>
    </message>
    <message>
        <source>Date of the order</source>
        <translation>Data da decisão</translation>
    </message>
    <message>
        <source>What it directs</source>
        <translation>O que determina</translation>
    </message>
    <message>
        <source>Against desk</source>
        <translation>Contra o órgão</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Ordered &amp;by</source>
        <translation>Proferida &amp;por</translation>
    </message>
    <message>
        <source>&amp;Order of</source>
        <translation>&amp;Data da decisão</translation>
    </message>
    <message>
        <source>Di&amp;rects</source>
        <translation>De&amp;termina</translation>
    </message>
    <message>
        <source>Comply b&amp;y</source>
        <translation>Cu&amp;mprir até</translation>
    </message>
    <message>
        <source>Against des&amp;k</source>
        <translation>Contra o ór&amp;gão</translation>
    </message>
    <message>
        <source>Com&amp;plied on</source>
        <translation>C&amp;umprida em</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>Obser&amp;vação</translation>
    </message>
    <message>
        <source>Orders of courts and commissions</source>
        <translation>Decisões de tribunais e comissões</translation>
    </message>
    <message>
        <source>the order of %1 of %2</source>
        <translation>a decisão de %1 de %2</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Files by status</source>
        <translation>Casos por situação</translation>
    </message>
    <message>
        <source>no status recorded</source>
        <translation>sem situação registrada</translation>
    </message>
    <message>
        <source>People still held past their release date</source>
        <translation>Pessoas ainda presas após a data de soltura</translation>
    </message>
    <message>
        <source>Days held past release</source>
        <translation>Dias presos após a soltura</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Days past release</source>
        <translation>Dias após a soltura</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidade</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>Prisão</translation>
    </message>
    <message>
        <source>Held a year or more past release</source>
        <translation>Presos um ano ou mais após a soltura</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Órgãos com o caso</translation>
    </message>
    <message>
        <source>Why it is stalled</source>
        <translation>Por que está parado</translation>
    </message>
    <message>
        <source>Stalled files</source>
        <translation>Casos parados</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Stalled at a desk</source>
        <translation>Parado em um órgão</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s);</source>
        <translation>
            <numerusform>%Ln caso;</numerusform>
            <numerusform>%Ln casos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still held,</source>
        <translation>
            <numerusform>%Ln ainda preso,</numerusform>
            <numerusform>%Ln ainda presos,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them past their release date.</source>
        <translation>
            <numerusform>%Ln deles após a data de soltura.</numerusform>
            <numerusform>%Ln deles após a data de soltura.</numerusform>
        </translation>
    </message>
    <message>
        <source>people</source>
        <translation>pessoas</translation>
    </message>
    <message>
        <source>Held a year or more past release (%1)</source>
        <translation>Presos um ano ou mais após a soltura (%1)</translation>
    </message>
    <message>
        <source>Stalled at a desk (%1)</source>
        <translation>Parados em um órgão (%1)</translation>
    </message>
    <message>
        <source>No file has been at a desk longer than expected.</source>
        <translation>Nenhum caso ficou em um órgão mais tempo do que o esperado.</translation>
    </message>
    <message>
        <source>over %1 days</source>
        <translation>mais de %1 dias</translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>%1 is a range of days, low to high</comment>
        <translation>%1 dias</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Unlock the database</source>
        <translation>Desbloquear o banco de dados</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <source>Passphrase for %1</source>
        <translation>Frase secreta para %1</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print fact sheet</source>
        <translation>Imprimir ficha</translation>
    </message>
    <message>
        <source>Embassy batch</source>
        <translation>Lote para embaixada</translation>
    </message>
    <message>
        <source>Embassy of</source>
        <translation>Embaixada de</translation>
    </message>
    <message>
        <source>Only those &amp;past their release date</source>
        <translation>Só os que passaram da data de &amp;soltura</translation>
    </message>
    <message>
        <source>E&amp;veryone still held</source>
        <translation>&amp;Todos ainda presos</translation>
    </message>
    <message>
        <source>Also write the annex table as a CSV file</source>
        <translation>Gravar também a tabela anexa como arquivo CSV</translation>
    </message>
    <message>
        <source>Beside the PDF, with the same name ending in .csv, for the embassy&apos;s records</source>
        <translation>Ao lado do PDF, com o mesmo nome terminado em .csv, para os registros da embaixada</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Lendo os casos…</translation>
    </message>
    <message>
        <source>&amp;Embassy of:</source>
        <translation>&amp;Embaixada de:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Incluir:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Caso:</translation>
    </message>
    <message>
        <source>Leave empty for the usual ask, fitting the person&apos;s situation: verification and a travel document, the travel document once verified, consular access under trial, a referral when the sheet goes to UNHCR.</source>
        <translation>Deixe vazio para o pedido habitual, conforme a situação da pessoa: verificação e documento de viagem, o documento de viagem depois de verificada, acesso consular se preso provisório, um encaminhamento quando a ficha vai para o ACNUR.</translation>
    </message>
    <message>
        <source>Request to the embassy</source>
        <translation>Pedido à embaixada</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Pedido:</translation>
    </message>
    <message>
        <source>Include the attached &amp;documents</source>
        <translation>Incluir os &amp;documentos anexos</translation>
    </message>
    <message>
        <source>The fact sheets stay in English; the cover letter can be in the embassy&apos;s</source>
        <translation>As fichas ficam em inglês; a carta de apresentação pode ser no idioma da embaixada</translation>
    </message>
    <message>
        <source>Cover &amp;letter in:</source>
        <translation>Carta de &amp;apresentação em:</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>Salvar o PDF como</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Escolher…</translation>
    </message>
    <message>
        <source>Choose where to save the PDF</source>
        <translation>Escolher onde salvar o PDF</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Salvar &amp;como:</translation>
    </message>
    <message>
        <source>What was printed</source>
        <translation>O que foi impresso</translation>
    </message>
    <message>
        <source>O&amp;verride with a reason…</source>
        <translation>&amp;Liberar com um motivo…</translation>
    </message>
    <message>
        <source>Record why this sheet may go to the home embassy despite the risk on return</source>
        <translation>Registrar por que esta ficha pode ir à embaixada do país de origem apesar do risco no retorno</translation>
    </message>
    <message>
        <source>&amp;Open the PDF</source>
        <translation>&amp;Abrir o PDF</translation>
    </message>
    <message>
        <source>&amp;Save as PDF</source>
        <translation>&amp;Salvar como PDF</translation>
    </message>
    <message>
        <source>Write the PDF (the old file is kept until it is done)</source>
        <translation>Gravar o PDF (o arquivo anterior é mantido até terminar)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Choose a printer and send the sheets to it</source>
        <translation>Escolher uma impressora e enviar as fichas para ela</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>%1 (%2): %3 held, %4 past release</source>
        <translation>%1 (%2): %3 presos, %4 após a soltura</translation>
    </message>
    <message>
        <source>Nobody is held: there is no embassy to write to.</source>
        <translation>Ninguém está preso: não há embaixada a quem escrever.</translation>
    </message>
    <message>
        <source>Save the fact sheets as</source>
        <translation>Salvar as fichas como</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Salvar como</translation>
    </message>
    <message>
        <source>give a file name ending in .pdf</source>
        <translation>informe um nome de arquivo terminado em .pdf</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>a pasta %1 não existe</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
    <message>
        <source>Writing the fact sheet of %1…</source>
        <translation>Gravando a ficha de %1…</translation>
    </message>
    <message>
        <source>Embassy</source>
        <translation>Embaixada</translation>
    </message>
    <message>
        <source>choose the embassy&apos;s country</source>
        <translation>escolha o país da embaixada</translation>
    </message>
    <message>
        <source>Writing the batch for the embassy of %1…</source>
        <translation>Gravando o lote para a embaixada de %1…</translation>
    </message>
    <message>
        <source>Nothing was printed: %1</source>
        <translation>Nada foi impresso: %1</translation>
    </message>
    <message numerus="yes">
        <source>Fact sheets for %2: %Ln, sent to the printer %3</source>
        <translation>
            <numerusform>Fichas para %2: %Ln, enviada à impressora %3</numerusform>
            <numerusform>Fichas para %2: %Ln, enviadas à impressora %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pages sent: %Ln.</source>
        <translation>
            <numerusform>página enviada: %Ln.</numerusform>
            <numerusform>páginas enviadas: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fact sheets sent to %1</source>
        <translation>Fichas enviadas para %1</translation>
    </message>
    <message numerus="yes">
        <source>Fact sheets for %2: %Ln, written to %3.</source>
        <translation>
            <numerusform>Fichas para %2: %Ln, gravada em %3.</numerusform>
            <numerusform>Fichas para %2: %Ln, gravadas em %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The annex table is in %1.</source>
        <translation>A tabela anexa está em %1.</translation>
    </message>
    <message>
        <source>Fact sheets written to %1</source>
        <translation>Fichas gravadas em %1</translation>
    </message>
    <message>
        <source>Left out (%1), for you to look at:</source>
        <translation>Deixados de fora (%1), para você examinar:</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written or sent.</source>
        <translation>Cancelado: nada foi gravado nem enviado.</translation>
    </message>
    <message>
        <source>Override the risk on return</source>
        <translation>Liberar apesar do risco no retorno</translation>
    </message>
    <message>
        <source>%1 may be at risk if returned. Say why a fact sheet may go to the home country&apos;s embassy all the same. The override opens that one embassy only; the reason, the date and your name are kept on the file.</source>
        <translation>%1 pode estar em risco se for devolvido. Diga por que uma ficha pode ir mesmo assim à embaixada do país de origem. A liberação vale só para essa embaixada; o motivo, a data e seu nome ficam no caso.</translation>
    </message>
    <message>
        <source>Override recorded: %1
Print again to write the sheet.</source>
        <translation>Liberação registrada: %1
Imprima de novo para gravar a ficha.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Salvar tudo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Sim par&amp;a tudo</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Nã&amp;o para tudo</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>%1 (issued by %2)</source>
        <translation>%1 (emissor: %2)</translation>
    </message>
    <message>
        <source>%1 (≥ %2)</source>
        <translation>%1 (≥ %2)</translation>
    </message>
    <message>
        <source>%1 days past the release date %2</source>
        <translation>%1 dias após a soltura prevista para %2</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1: venceu em %2</translation>
    </message>
    <message>
        <source>%1 expires on %2, before the hand-over planned for %3</source>
        <translation>%1: vence em %2, antes da entrega prevista para %3</translation>
    </message>
    <message>
        <source>%1 expires on %2, within %3 weeks and no hand-over date is planned</source>
        <translation>%1: vence em %2, dentro de %3 semanas, e não há data de entrega planejada</translation>
    </message>
    <message>
        <source>%1 has held it %2 days (expected %3)</source>
        <translation>%1 está com o caso há %2 dias (previsto: %3)</translation>
    </message>
    <message>
        <source>%1 left to serve, release due %2 (the agreement requires at least %3 months)</source>
        <translation>pena restante: %1; soltura prevista para %2 (o acordo exige pelo menos %3 meses)</translation>
    </message>
    <message>
        <source>%1&apos;s order of %2 against %3 was to be complied with by %4: %5; %6</source>
        <translation>a decisão proferida por %1 em %2 contra %3 devia ser cumprida até %4: %5; %6</translation>
    </message>
    <message>
        <source>%1&apos;s order of %2 was to be complied with by %3: %4; %5</source>
        <translation>a decisão proferida por %1 em %2 devia ser cumprida até %3: %4; %5</translation>
    </message>
    <message>
        <source>%1: no fact sheet to the home embassy unless overridden with a reason</source>
        <translation>%1: nenhuma ficha à embaixada do país de origem, salvo liberação apesar do risco, com justificativa</translation>
    </message>
    <message>
        <source>%1: persecuted in %2</source>
        <translation>%1: perseguidos em %2</translation>
    </message>
    <message>
        <source>+ %1 days fine default (%2) = %3</source>
        <translation>+ %1 dias por multa não paga (%2) = %3</translation>
    </message>
    <message>
        <source>RTI application to %1 of %2: reply due %3, none recorded (a deemed refusal, RTI Act 2005, s.7(2)); %4</source>
        <translation>pedido de RTI a %1, apresentado em %2: resposta devida até %3, nenhuma registrada (recusa presumida, RTI Act 2005, s.7(2)); %4</translation>
    </message>
    <message>
        <source>RTI application to %1 of %2: the first appeal of %3 was to be decided by %4, no decision recorded; file the second appeal with the Information Commission by %5 (RTI Act 2005, s.19(3))</source>
        <translation>pedido de RTI a %1, apresentado em %2: o primeiro recurso, interposto em %3, devia ser decidido até %4, sem decisão registrada; interponha o segundo recurso na Comissão de Informação até %5 (RTI Act 2005, s.19(3))</translation>
    </message>
    <message>
        <source>an appeal is pending: the sentence is not final</source>
        <translation>há um recurso pendente: a pena não transitou em julgado</translation>
    </message>
    <message>
        <source>asylum seeker</source>
        <translation>solicitante de asilo</translation>
    </message>
    <message>
        <source>claims %1, court recorded %2</source>
        <translation>declara %1, o tribunal registrou %2</translation>
    </message>
    <message>
        <source>consent given</source>
        <translation>consentimento dado</translation>
    </message>
    <message>
        <source>consent: not recorded</source>
        <translation>consentimento: não registrado</translation>
    </message>
    <message>
        <source>conviction %1 + %2 = %3</source>
        <translation>condenação %1 + %2 = %3</translation>
    </message>
    <message>
        <source>conviction %1 + %2 = %3 (%4 has no day %5: to its last day)</source>
        <translation>condenação %1 + %2 = %3 (%4 não tem dia %5: conta-se até o último dia)</translation>
    </message>
    <message>
        <source>embassy verified %1, court recorded %2</source>
        <translation>a embaixada verificou %1, o tribunal registrou %2</translation>
    </message>
    <message>
        <source>file a contempt petition before the court (Contempt of Courts Act 1971, s.2(b) and s.12)</source>
        <translation>apresente reclamação por descumprimento ao tribunal (Contempt of Courts Act 1971, s.2(b) e s.12)</translation>
    </message>
    <message>
        <source>file the first appeal by %1 (RTI Act 2005, s.19(1))</source>
        <translation>interponha o primeiro recurso até %1 (RTI Act 2005, s.19(1))</translation>
    </message>
    <message>
        <source>held on %1: %2 days past release</source>
        <translation>ainda preso em %1: %2 dias após a soltura</translation>
    </message>
    <message>
        <source>marked as possible misidentification</source>
        <translation>marcado como possível erro de identificação</translation>
    </message>
    <message>
        <source>newest photo taken %1, over %2 years</source>
        <translation>foto mais recente tirada em %1, há mais de %2 anos</translation>
    </message>
    <message>
        <source>none recorded in the %1 days since arrest</source>
        <translation>nenhum registrado nos %1 dias desde a prisão</translation>
    </message>
    <message>
        <source>not verified %1 days after the sentence ended (%2)</source>
        <translation>sem verificação %1 dias após o fim da pena (%2)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>only the passport book number %1 is known; embassies trace passport numbers</source>
        <translation>só se conhece o número da caderneta do passaporte %1; as embaixadas rastreiam números de passaporte</translation>
    </message>
    <message>
        <source>recorded at risk if returned</source>
        <translation>registrado em risco se devolvido</translation>
    </message>
    <message>
        <source>registered with UNHCR</source>
        <translation>registrado no ACNUR</translation>
    </message>
    <message>
        <source>release due %1 (in %2 days) and no repatriation step started</source>
        <translation>soltura prevista para %1 (daqui a %2 dias) e nenhuma etapa de repatriação iniciada</translation>
    </message>
    <message>
        <source>released %1: %2 days past release</source>
        <translation>solto em %1: %2 dias após a soltura</translation>
    </message>
    <message>
        <source>remission %1 days covers %2</source>
        <translation>a remição de %1 dias cobre %2</translation>
    </message>
    <message>
        <source>remission %1 days covers %2: release due on the day of sentence, %3</source>
        <translation>a remição de %1 dias cobre %2: soltura prevista no dia da condenação, %3</translation>
    </message>
    <message>
        <source>sentence final</source>
        <translation>pena transitada em julgado</translation>
    </message>
    <message>
        <source>sentence final: not recorded</source>
        <translation>trânsito em julgado: não registrado</translation>
    </message>
    <message>
        <source>serving a sentence; %1 has a transfer of sentenced persons agreement</source>
        <translation>cumprindo pena; %1 tem acordo de transferência de pessoas condenadas</translation>
    </message>
    <message>
        <source>set-off %1 days (%2) covers %3</source>
        <translation>a detração de %1 dias (%2) cobre %3</translation>
    </message>
    <message>
        <source>set-off %1 days (%2) covers %3: release due on the day of sentence, %4</source>
        <translation>a detração de %1 dias (%2) cobre %3: soltura prevista no dia da condenação, %4</translation>
    </message>
    <message>
        <source>stateless</source>
        <translation>apátrida</translation>
    </message>
    <message>
        <source>term left to serve: not known (the agreement requires at least %1 months)</source>
        <translation>pena restante: desconhecida (o acordo exige pelo menos %1 meses)</translation>
    </message>
    <message>
        <source>the first appeal was due by %1: file it with the reason for the delay (RTI Act 2005, s.19(1), proviso)</source>
        <translation>o prazo do primeiro recurso venceu em %1: interponha-o com a justificativa do atraso (RTI Act 2005, s.19(1), ressalva)</translation>
    </message>
    <message>
        <source>the original passport is with the trial court, no copy</source>
        <translation>o passaporte original está no juízo de origem, sem cópia</translation>
    </message>
    <message>
        <source>the prisoner refused consent</source>
        <translation>o preso recusou o consentimento</translation>
    </message>
    <message>
        <source>the rest</source>
        <translation>o restante da pena</translation>
    </message>
    <message>
        <source>the whole term</source>
        <translation>toda a pena</translation>
    </message>
    <message>
        <source>under trial: in custody since %1 (%2 days)</source>
        <translation>preso provisório: sob custódia desde %1 (%2 dias)</translation>
    </message>
    <message>
        <source>was held %1</source>
        <translation>ficou preso %1</translation>
    </message>
    <message>
        <source>write a reminder to the commission: the government must report the action taken within one month (Protection of Human Rights Act 1993, s.18(e))</source>
        <translation>envie um lembrete à comissão: o governo deve informar as providências tomadas em até um mês (Protection of Human Rights Act 1993, s.18(e))</translation>
    </message>
    <message>
        <source>− %1 days remission = %2</source>
        <translation>− %1 dias de remição = %2</translation>
    </message>
    <message>
        <source>− %1 days set-off (%2) = %3</source>
        <translation>− %1 dias de detração (%2) = %3</translation>
    </message>
    <message>
        <source>− 1 day: the day of sentence counts as served = %1</source>
        <translation>− 1 dia: o dia da condenação conta como cumprido = %1</translation>
    </message>
    <message numerus="yes">
        <source>not complied with %Ln day(s) later</source>
        <translation>
            <numerusform>não cumprida %Ln dia depois</numerusform>
            <numerusform>não cumprida %Ln dias depois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln mês</numerusform>
            <numerusform>%Ln meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dia</numerusform>
            <numerusform>%Ln dias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>Save the new file first: its records need a saved file.</source>
        <translation>Salve primeiro o caso novo: seus registros precisam de um caso salvo.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>&amp;Salvar alterações</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Excluir…</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete %1? It was recorded by mistake.</source>
        <translation>Excluir %1? Foi registrado por engano.</translation>
    </message>
</context>
<context>
    <name>RtiPanel</name>
    <message>
        <source>Filed</source>
        <translation>Apresentado</translation>
    </message>
    <message>
        <source>To desk</source>
        <translation>Órgão</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Resposta até</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>First appeal by</source>
        <translation>1º recurso até</translation>
    </message>
    <message>
        <source>First appeal</source>
        <translation>1º recurso</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>RTI applications</source>
        <translation>Pedidos de RTI</translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation>Autoridade pública</translation>
    </message>
    <message>
        <source>Public Information Officer</source>
        <translation>Responsável pela Informação Pública (PIO)</translation>
    </message>
    <message>
        <source>Information sought</source>
        <translation>Informação solicitada</translation>
    </message>
    <message>
        <source>Concerns &amp;life or liberty (reply in 48 hours)</source>
        <translation>Envolve vida ou &amp;liberdade (resposta em 48 h)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>RTI application</source>
        <translation>Pedido de RTI</translation>
    </message>
    <message>
        <source>To des&amp;k</source>
        <translation>Ór&amp;gão</translation>
    </message>
    <message>
        <source>&amp;PIO</source>
        <translation>&amp;PIO</translation>
    </message>
    <message>
        <source>&amp;Information sought</source>
        <translation>&amp;Informação solicitada</translation>
    </message>
    <message>
        <source>&amp;Filed on</source>
        <translation>Apresen&amp;tado em</translation>
    </message>
    <message>
        <source>Rece&amp;ived by the PIO on</source>
        <translation>Rece&amp;bido pelo PIO em</translation>
    </message>
    <message>
        <source>&amp;Reply received on</source>
        <translation>&amp;Resposta recebida em</translation>
    </message>
    <message>
        <source>First appeal filed &amp;on</source>
        <translation>Pri&amp;meiro recurso em</translation>
    </message>
    <message>
        <source>First appeal deci&amp;ded on</source>
        <translation>Recurso &amp;decidido em</translation>
    </message>
    <message>
        <source>Second appeal filed on</source>
        <translation>Segundo recurso em</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>Obser&amp;vação</translation>
    </message>
    <message>
        <source>the RTI application to %1 of %2</source>
        <translation>o pedido de RTI a %1 de %2</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Clinic letterhead and contact</source>
        <translation>Timbre e contato da organização</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nome da organização:</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nome da organização</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation>Endereço da organização</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>Telefone da organização</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>Clinic e-mail</source>
        <translation>E-mail da organização</translation>
    </message>
    <message>
        <source>&amp;Request to embassies:</source>
        <translation>&amp;Pedido às embaixadas:</translation>
    </message>
    <message>
        <source>Request to embassies</source>
        <translation>Pedido às embaixadas</translation>
    </message>
    <message>
        <source>What every fact sheet asks of the embassy, unless replaced when printing</source>
        <translation>O que toda ficha pede à embaixada, salvo se substituído na impressão</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Banco de dados</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation>&amp;Abrir outro banco de dados…</translation>
    </message>
    <message>
        <source>Choose another database file and reopen the window on it</source>
        <translation>Escolher outro arquivo de banco de dados e reabrir a janela nele</translation>
    </message>
    <message>
        <source>Thresholds for the flags</source>
        <translation>Limites dos alertas</translation>
    </message>
    <message>
        <source>Default routes</source>
        <translation>Rotas padrão</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Reverter</translation>
    </message>
    <message>
        <source>Show the saved settings again, dropping changes not yet saved</source>
        <translation>Mostrar de novo as configurações salvas, descartando as alterações ainda não salvas</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Salvar configurações</translation>
    </message>
    <message>
        <source>Save the letterhead and thresholds (Ctrl+S)</source>
        <translation>Salvar o timbre e os limites (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>The reference on the clinic&apos;s letters. In braces: {country} (its code), {date} (YYYY-MM-DD), {year}, {count} (how many people the letter is about).</source>
        <translation>A referência nos ofícios da organização. Entre chaves: {country} (seu código), {date} (AAAA-MM-DD), {year}, {count} (de quantas pessoas trata a carta).</translation>
    </message>
    <message>
        <source>Si&amp;gnatory:</source>
        <translation>&amp;Signatário:</translation>
    </message>
    <message>
        <source>Desi&amp;gnation:</source>
        <translation>Car&amp;go:</translation>
    </message>
    <message>
        <source>Letter &amp;reference:</source>
        <translation>&amp;Referência da carta:</translation>
    </message>
    <message>
        <source>The day of sentence counts as a day served</source>
        <translation>O dia da sentença conta como dia cumprido</translation>
    </message>
    <message>
        <source>As jail manuals count: a one-month term passed on 15 January ends on 14 February. Every file&apos;s release date is worked out again when this changes.</source>
        <translation>Como contam os regulamentos prisionais: uma pena de um mês imposta em 15 de janeiro termina em 14 de fevereiro. A data de soltura de cada caso é recalculada quando isto muda.</translation>
    </message>
    <message>
        <source>Release date:</source>
        <translation>Data de soltura:</translation>
    </message>
    <message>
        <source>Dates shown as</source>
        <translation>Datas mostradas como</translation>
    </message>
    <message>
        <source>%1 (year-month-day, ISO)</source>
        <translation>%1 (ano-mês-dia, ISO)</translation>
    </message>
    <message>
        <source>%1 (this language&apos;s long form)</source>
        <translation>%1 (forma longa deste idioma)</translation>
    </message>
    <message>
        <source>Dates shown as:</source>
        <translation>Datas mostradas como:</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Idioma da janela</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>O idioma do computador</translation>
    </message>
    <message>
        <source>The window&apos;s language; it changes when Repatriate next starts. Fact sheets stay in English for the embassy, and commands answer in English.</source>
        <translation>O idioma da janela; muda na próxima vez que o Repatriate for iniciado. As fichas ficam em inglês para a embaixada, e os comandos respondem em inglês.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Write numbers and dates in the language&apos;s own digits</source>
        <translation>Escrever números e datas com os dígitos próprios do idioma</translation>
    </message>
    <message>
        <source>Bengali ০-৯, Hindi and Nepali ०-९, Urdu ۰-۹; from the next start</source>
        <translation>Bengali ০-৯, hindi e nepali ०-९, urdu ۰-۹; a partir do próximo início</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock the window after minutes without use</source>
        <translation>Bloquear a janela após minutos sem uso</translation>
    </message>
    <message>
        <source>After this many minutes without a key press or a click the window hides the files until it is unlocked (with the passphrase, for an encrypted database). Ctrl+L locks it at once.</source>
        <translation>Após esse número de minutos sem uma tecla ou um clique, a janela oculta os casos até ser desbloqueada (com a frase secreta, se o banco de dados for criptografado). Ctrl+L bloqueia na hora.</translation>
    </message>
    <message>
        <source>Lock after, without use:</source>
        <translation>Bloquear após, sem uso:</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Rota</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>any other country</source>
        <translation>qualquer outro país</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Default routes</source>
        <translation>Rotas padrão</translation>
    </message>
    <message>
        <source>The routes are the steps a file goes through to get a person home, read from the route files in %1. Each step says whether it comes from the case study or is our assumption.</source>
        <translation>As rotas são as etapas por que passa um caso para levar uma pessoa para casa, lidas dos arquivos de rotas em %1. Cada etapa diz se vem do estudo de caso ou é uma suposição nossa.</translation>
    </message>
    <message>
        <source>This window works on: %1</source>
        <translation>Esta janela trabalha com: %1</translation>
    </message>
    <message>
        <source>To open another database every time, start Repatriate with --db PATH or set the %1 environment variable. Without either it opens %2. Keep the database in a folder that is backed up, such as %3.</source>
        <translation>Para abrir sempre outro banco de dados, inicie o Repatriate com --db CAMINHO ou defina a variável de ambiente %1. Sem nenhum dos dois, ele abre %2. Mantenha o banco de dados numa pasta com backup, como %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Long overstay (days)</source>
        <translation>Prisão prolongada após a soltura (dias)</translation>
    </message>
    <message>
        <source>Days past release that count as a long overstay</source>
        <translation>Dias após a soltura que contam como prisão prolongada</translation>
    </message>
    <message>
        <source>Very long overstay (days)</source>
        <translation>Prisão muito prolongada (dias)</translation>
    </message>
    <message>
        <source>Days past release that count as a very long overstay</source>
        <translation>Dias após a soltura que contam como prisão muito prolongada</translation>
    </message>
    <message>
        <source>Start repatriation before release (days)</source>
        <translation>Iniciar a repatriação antes da soltura (dias)</translation>
    </message>
    <message>
        <source>Flag a file whose release is this close and no step has been taken</source>
        <translation>Alertar sobre um caso cuja soltura está tão próxima sem nenhuma etapa tomada</translation>
    </message>
    <message>
        <source>Nationality unverified after (days)</source>
        <translation>Nacionalidade não verificada após (dias)</translation>
    </message>
    <message>
        <source>Flag a nationality still not verified this long after the sentence</source>
        <translation>Alertar sobre uma nacionalidade ainda não verificada tanto tempo após a condenação</translation>
    </message>
    <message>
        <source>Consular access within (days)</source>
        <translation>Acesso consular em até (dias)</translation>
    </message>
    <message>
        <source>Flag a file with no consular access this long after arrest</source>
        <translation>Alertar sobre um caso sem acesso consular tanto tempo após a prisão</translation>
    </message>
    <message>
        <source>Photo out of date after (years)</source>
        <translation>Foto desatualizada após (anos)</translation>
    </message>
    <message>
        <source>Embassies need a recent photograph</source>
        <translation>As embaixadas precisam de uma fotografia recente</translation>
    </message>
    <message>
        <source>Escalate after unanswered follow-ups</source>
        <translation>Escalonar após acompanhamentos sem resposta</translation>
    </message>
    <message>
        <source>Weekly follow-ups with one desk gone unanswered before the next lever is suggested (a number of chases: 6 is six weeks)</source>
        <translation>Acompanhamentos semanais sem resposta com um órgão antes de sugerir a próxima medida (um número de cobranças: 6 são seis semanas)</translation>
    </message>
    <message>
        <source>RTI reply due within (days)</source>
        <translation>Resposta a RTI em até (dias)</translation>
    </message>
    <message>
        <source>Statutory time for a reply to a Right to Information request</source>
        <translation>Prazo legal para responder a um pedido de Direito à Informação (RTI)</translation>
    </message>
    <message>
        <source>Travel document expiring within (weeks)</source>
        <translation>Documento de viagem vencendo em (semanas)</translation>
    </message>
    <message>
        <source>With no hand-over date planned, flag a travel document that expires within this many weeks</source>
        <translation>Sem data de entrega planejada, alertar sobre um documento de viagem que vence dentro deste número de semanas</translation>
    </message>
    <message>
        <source>Settings saved. The language changes when Repatriate next starts.</source>
        <translation>Configurações salvas. O idioma muda na próxima vez que o Repatriate for iniciado.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configurações salvas.</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Configurações salvas</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>Abrir outro banco de dados</translation>
    </message>
    <message>
        <source>Repatriate databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bancos de dados do Repatriate (*.sqlite3 *.sqlite *.db);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze</source>
        <translation>Adiar</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Até</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Adiar</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>TravelPanel</name>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Emitido em</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Válido até</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitido por</translation>
    </message>
    <message>
        <source>Travel documents</source>
        <translation>Documentos de viagem</translation>
    </message>
    <message>
        <source>Issued by desk</source>
        <translation>Emitido pelo órgão</translation>
    </message>
    <message>
        <source>Hand-over planned for</source>
        <translation>Entrega prevista para</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planejar</translation>
    </message>
    <message>
        <source>Set the day of the hand-over to the home country (empty: none planned)</source>
        <translation>Definir o dia da entrega ao país de origem (vazio: nenhuma planejada)</translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation>Documento de viagem</translation>
    </message>
    <message>
        <source>&amp;Hand-over planned for</source>
        <translation>Entrega pre&amp;vista para</translation>
    </message>
    <message>
        <source>Doc&amp;ument</source>
        <translation>&amp;Documento</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>Nú&amp;mero</translation>
    </message>
    <message>
        <source>Issued &amp;on</source>
        <translation>Emi&amp;tido em</translation>
    </message>
    <message>
        <source>E&amp;xpires on</source>
        <translation>Vál&amp;ido até</translation>
    </message>
    <message>
        <source>Issued by des&amp;k</source>
        <translation>Emitido pelo ór&amp;gão</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <source>File</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Dias de atraso</translation>
    </message>
    <message>
        <source>Days past release</source>
        <translation>Dias após a soltura</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugestão</translation>
    </message>
    <message>
        <source>No desk</source>
        <translation>Sem órgão</translation>
    </message>
    <message>
        <source>%1 unanswered — suggest: %2</source>
        <translation>%1 sem resposta — sugestão: %2</translation>
    </message>
    <message>
        <source>Nobody is chasing these · %1 held past release: no desk holds the file and no follow-up is set</source>
        <translation>Ninguém acompanha estes · %1 presos após a soltura: nenhum órgão está com o caso e não há acompanhamento agendado</translation>
    </message>
    <message>
        <source>%1 · %2 to chase, %3 overdue</source>
        <translation>%1 · %2 a cobrar, %3 atrasados</translation>
    </message>
    <message>
        <source>Held past the release date, and no desk holds the file: record where it was sent, or set a follow-up. Open a file to record a movement.</source>
        <translation>Preso após a data de soltura e nenhum órgão está com o caso: registre para onde foi enviado ou agende um acompanhamento. Abra um caso para registrar uma movimentação.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefone: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>nobody is chasing</source>
        <translation>ninguém acompanha</translation>
    </message>
    <message>
        <source>No desk on the route: choose one</source>
        <translation>Nenhum órgão na rota: escolha um</translation>
    </message>
    <message>
        <source>Send to: %1</source>
        <translation>Enviar para: %1</translation>
    </message>
    <message>
        <source>The release date</source>
        <translation>A data de soltura</translation>
    </message>
    <message>
        <source>Weekly follow-ups with this desk have gone unanswered since it got the file: try the next lever and log it as an escalation on the file.</source>
        <translation>Os acompanhamentos semanais com este órgão estão sem resposta desde que ele recebeu o caso: tente a próxima medida e registre-a como escalonamento no caso.</translation>
    </message>
    <message>
        <source>Follow-ups of the week by desk</source>
        <translation>Acompanhamentos da semana por órgão</translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation>Semana &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>Es&amp;ta semana</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation>&amp;Próxima semana</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Marcar como &amp;feito…</translation>
    </message>
    <message>
        <source>Mark a&amp;ll of this desk done…</source>
        <translation>Marcar &amp;tudo deste órgão como feito…</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>A&amp;diar…</translation>
    </message>
    <message>
        <source>&amp;Close follow-up…</source>
        <translation>&amp;Encerrar acompanhamento…</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>Abrir &amp;caso</translation>
    </message>
    <message>
        <source>Export .&amp;ics…</source>
        <translation>Exportar .&amp;ics…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Des&amp;fazer</translation>
    </message>
    <message>
        <source>Take back the last mark done, snooze or close</source>
        <translation>Desfazer a última marcação de feito, adiamento ou encerramento</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <source>Log the follow-up (a call by default) with its desk</source>
        <translation>Registrar o acompanhamento (uma ligação, por padrão) com o órgão</translation>
    </message>
    <message>
        <source>Log one call with the desk for all its files</source>
        <translation>Registrar uma ligação com o órgão para todos os seus casos</translation>
    </message>
    <message>
        <source>Put the follow-up off to a day</source>
        <translation>Adiar o acompanhamento para um dia</translation>
    </message>
    <message>
        <source>Stop following up this desk on the file until it moves on to it again</source>
        <translation>Parar de acompanhar este órgão no caso até que o caso volte a ele</translation>
    </message>
    <message>
        <source>Open the prisoner file</source>
        <translation>Abrir o caso do preso</translation>
    </message>
    <message>
        <source>Save the week&apos;s follow-ups as calendar events</source>
        <translation>Salvar os acompanhamentos da semana como eventos de calendário</translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation>%1 · %2 a %3</translation>
    </message>
    <message>
        <source>Loading the follow-ups…</source>
        <translation>Carregando os acompanhamentos…</translation>
    </message>
    <message>
        <source>The follow-ups could not be loaded: %1</source>
        <translation>Não foi possível carregar os acompanhamentos: %1</translation>
    </message>
    <message>
        <source>Logging the follow-ups</source>
        <translation>Registrando os acompanhamentos</translation>
    </message>
    <message>
        <source>marked done</source>
        <translation>marcados como feitos</translation>
    </message>
    <message>
        <source>Snoozing the follow-ups</source>
        <translation>Adiando os acompanhamentos</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>adiados</translation>
    </message>
    <message>
        <source>Close follow-up</source>
        <translation>Encerrar acompanhamento</translation>
    </message>
    <message>
        <source>Stop following up: %1? It starts again when the file moves on to the desk.</source>
        <translation>Parar de acompanhar: %1? Recomeça quando o caso voltar ao órgão.</translation>
    </message>
    <message>
        <source>Closing the follow-ups</source>
        <translation>Encerrando os acompanhamentos</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>encerrados</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Acompanhamentos</translation>
    </message>
    <message>
        <source>%1 %2 · %3 left to act on</source>
        <translation>%1 %2 · %3 pendentes</translation>
    </message>
    <message>
        <source>Undone: %1 back</source>
        <translation>Desfeito: %1 de volta</translation>
    </message>
    <message numerus="yes">
        <source>Export the %Ln follow-up(s) of %1 as all-day calendar events.</source>
        <translation>
            <numerusform>Exportar o acompanhamento (%Ln) de %1 como evento de calendário de dia inteiro.</numerusform>
            <numerusform>Exportar os %Ln acompanhamentos de %1 como eventos de calendário de dia inteiro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the follow-ups as a calendar</source>
        <translation>Salvar os acompanhamentos como calendário</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendário (*.ics)</translation>
    </message>
    <message>
        <source>%1 follow-ups saved to %2</source>
        <translation>%1 acompanhamentos salvos em %2</translation>
    </message>
    <message>
        <source>%1 follow-ups due this week (%2 overdue)</source>
        <translation>%1 acompanhamentos nesta semana (%2 atrasados)</translation>
    </message>
    <message>
        <source>; %1 held past release nobody is chasing</source>
        <translation>; %1 presos após a soltura sem ninguém acompanhando</translation>
    </message>
    <message>
        <source>Repatriate</source>
        <translation>Repatriate</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Repatriate</source>
        <translation>Bem-vindo ao Repatriate</translation>
    </message>
    <message>
        <source>Repatriate keeps a file for every foreign prisoner you help: when their sentence ends, how long they have been held past it, which desk has their papers, and whom to call this week. This database has no files yet. How would you like to begin?</source>
        <translation>O Repatriate mantém um caso para cada preso estrangeiro que você ajuda: quando a pena termina, há quanto tempo a pessoa está presa além dela, qual órgão está com seus papéis e para quem ligar esta semana. Este banco de dados ainda não tem casos. Como você quer começar?</translation>
    </message>
    <message>
        <source>&amp;Add a file</source>
        <translation>&amp;Adicionar um caso</translation>
    </message>
    <message>
        <source>Type in the details of one prisoner from the prison&apos;s records.</source>
        <translation>Digite os dados de um preso a partir dos registros da prisão.</translation>
    </message>
    <message>
        <source>&amp;Import a CSV…</source>
        <translation>&amp;Importar um CSV…</translation>
    </message>
    <message>
        <source>Bring in a list kept in a spreadsheet. You see every row and every problem before anything is written.</source>
        <translation>Trazer uma lista mantida numa planilha. Você vê cada linha e cada problema antes de qualquer gravação.</translation>
    </message>
    <message>
        <source>Explore &amp;demo data</source>
        <translation>Explorar dados de &amp;demonstração</translation>
    </message>
    <message>
        <source>Try the program on invented files, in a separate database (%1). Your own database stays empty; restart Repatriate to come back to it.</source>
        <translation>Experimente o programa com casos inventados, num banco de dados separado (%1). Seu próprio banco de dados continua vazio; reinicie o Repatriate para voltar a ele.</translation>
    </message>
    <message>
        <source>Making the demo database</source>
        <translation>Criando o banco de dados de demonstração</translation>
    </message>
    <message>
        <source>Your clinic, as its letters to embassies will name it</source>
        <translation>Sua organização, como as cartas às embaixadas vão nomeá-la</translation>
    </message>
    <message>
        <source>Printed on the cover letters and fact sheets. You can fill it in now or later in Settings.</source>
        <translation>Impresso nas cartas de apresentação e nas fichas. Você pode preencher agora ou depois em Configurações.</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nome da organização:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>En&amp;dereço:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation>&amp;Signatário:</translation>
    </message>
    <message>
        <source>Desi&amp;gnation:</source>
        <translation>Car&amp;go:</translation>
    </message>
    <message>
        <source>lines separated by commas, e.g. 12 Court Road, Kolkata 700001</source>
        <translation>linhas separadas por vírgulas, ex.: 12 Court Road, Kolkata 700001</translation>
    </message>
    <message>
        <source>Sa&amp;ve the letterhead</source>
        <translation>Sal&amp;var o timbre</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>&amp;Pular por enquanto</translation>
    </message>
    <message>
        <source>The letterhead is saved; Settings can change it.</source>
        <translation>O timbre está salvo; Configurações pode alterá-lo.</translation>
    </message>
    <message>
        <source>The letterhead can be filled in later, in Settings.</source>
        <translation>O timbre pode ser preenchido depois, em Configurações.</translation>
    </message>
    <message>
        <source>Making the demo database in %1…</source>
        <translation>Criando o banco de dados de demonstração em %1…</translation>
    </message>
    <message>
        <source>The demo database is ready: %1</source>
        <translation>O banco de dados de demonstração está pronto: %1</translation>
    </message>
    <message>
        <source>The demo database could not be made: %1</source>
        <translation>Não foi possível criar o banco de dados de demonstração: %1</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>under trial</source>
        <translation>preso provisório</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>cumprindo pena</translation>
    </message>
    <message>
        <source>sentence completed</source>
        <translation>pena cumprida</translation>
    </message>
    <message>
        <source>in detention centre</source>
        <translation>em centro de detenção</translation>
    </message>
    <message>
        <source>repatriated</source>
        <translation>repatriado</translation>
    </message>
    <message>
        <source>deported</source>
        <translation>deportado</translation>
    </message>
    <message>
        <source>released</source>
        <translation>solto</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>falecido</translation>
    </message>
    <message>
        <source>died in custody</source>
        <translation>morreu sob custódia</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>transferido</translation>
    </message>
    <message>
        <source>immigration detainee</source>
        <translation>detido migratório</translation>
    </message>
    <message>
        <source>asylum seeker</source>
        <translation>solicitante de asilo</translation>
    </message>
    <message>
        <source>other offender</source>
        <translation>outro crime</translation>
    </message>
    <message>
        <source>m</source>
        <translation>masc.</translation>
    </message>
    <message>
        <source>f</source>
        <translation>fem.</translation>
    </message>
    <message>
        <source>x</source>
        <translation>outro</translation>
    </message>
    <message>
        <source>police</source>
        <translation>polícia</translation>
    </message>
    <message>
        <source>trial court</source>
        <translation>juízo de origem</translation>
    </message>
    <message>
        <source>prison</source>
        <translation>prisão</translation>
    </message>
    <message>
        <source>embassy</source>
        <translation>embaixada</translation>
    </message>
    <message>
        <source>prisoner</source>
        <translation>preso</translation>
    </message>
    <message>
        <source>clinic</source>
        <translation>organização</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>por telefone</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>presencial</translation>
    </message>
    <message>
        <source>given</source>
        <translation>dado</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>recusado</translation>
    </message>
    <message>
        <source>partner ngo</source>
        <translation>ONG parceira</translation>
    </message>
    <message>
        <source>clinic visit</source>
        <translation>visita da organização</translation>
    </message>
    <message>
        <source>family</source>
        <translation>família</translation>
    </message>
    <message>
        <source>court</source>
        <translation>tribunal</translation>
    </message>
    <message>
        <source>other</source>
        <translation>outro</translation>
    </message>
    <message>
        <source>travel permit</source>
        <translation>autorização de viagem</translation>
    </message>
    <message>
        <source>emergency certificate</source>
        <translation>certificado de emergência</translation>
    </message>
    <message>
        <source>exit permit</source>
        <translation>autorização de saída</translation>
    </message>
    <message>
        <source>escort order</source>
        <translation>ordem de escolta</translation>
    </message>
    <message>
        <source>state prisons</source>
        <translation>administração penitenciária</translation>
    </message>
    <message>
        <source>state home</source>
        <translation>Secretaria do Interior</translation>
    </message>
    <message>
        <source>frro</source>
        <translation>FRRO</translation>
    </message>
    <message>
        <source>mha</source>
        <translation>MHA</translation>
    </message>
    <message>
        <source>mea consular</source>
        <translation>MEA consular</translation>
    </message>
    <message>
        <source>mea territorial</source>
        <translation>MEA territorial</translation>
    </message>
    <message>
        <source>home foreign ministry</source>
        <translation>chancelaria do país</translation>
    </message>
    <message>
        <source>home verification</source>
        <translation>verificação no país</translation>
    </message>
    <message>
        <source>home repatriation</source>
        <translation>repatriação no país</translation>
    </message>
    <message>
        <source>travel documents</source>
        <translation>documentos de viagem</translation>
    </message>
    <message>
        <source>border</source>
        <translation>fronteira</translation>
    </message>
    <message>
        <source>unhcr</source>
        <translation>ACNUR</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>recebimento confirmado</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>resposta</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>devolvido</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>encaminhado</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>aprovado</translation>
    </message>
    <message>
        <source>post</source>
        <translation>correio</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>em mãos</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>portal</source>
        <translation>portal</translation>
    </message>
    <message>
        <source>nhrc</source>
        <translation>NHRC</translation>
    </message>
    <message>
        <source>shrc</source>
        <translation>SHRC</translation>
    </message>
    <message>
        <source>call</source>
        <translation>ligação</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>carta</translation>
    </message>
    <message>
        <source>embassy visit</source>
        <translation>visita à embaixada</translation>
    </message>
    <message>
        <source>prison visit</source>
        <translation>visita à prisão</translation>
    </message>
    <message>
        <source>consular access by phone</source>
        <translation>acesso consular por telefone</translation>
    </message>
    <message>
        <source>consular access in person</source>
        <translation>acesso consular presencial</translation>
    </message>
    <message>
        <source>rti request</source>
        <translation>pedido de RTI</translation>
    </message>
    <message>
        <source>rti appeal</source>
        <translation>recurso de RTI</translation>
    </message>
    <message>
        <source>court petition</source>
        <translation>petição judicial</translation>
    </message>
    <message>
        <source>court hearing</source>
        <translation>audiência</translation>
    </message>
    <message>
        <source>media story</source>
        <translation>matéria na imprensa</translation>
    </message>
    <message>
        <source>ngo contact</source>
        <translation>contato com ONG</translation>
    </message>
    <message>
        <source>family traced</source>
        <translation>família localizada</translation>
    </message>
    <message>
        <source>unhcr form sent</source>
        <translation>formulário do ACNUR enviado</translation>
    </message>
    <message>
        <source>certificate received</source>
        <translation>certificado recebido</translation>
    </message>
    <message>
        <source>escalation</source>
        <translation>escalonamento</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>correção</translation>
    </message>
    <message>
        <source>senior official</source>
        <translation>autoridade superior</translation>
    </message>
    <message>
        <source>media in home country</source>
        <translation>imprensa do país de origem</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>semanal</translation>
    </message>
    <message>
        <source>one-off</source>
        <translation>avulso</translation>
    </message>
    <message>
        <source>recurring</source>
        <translation>recorrente</translation>
    </message>
    <message>
        <source>reply due</source>
        <translation>prazo de resposta</translation>
    </message>
    <message>
        <source>order</source>
        <translation>decisão</translation>
    </message>
    <message>
        <source>unchased</source>
        <translation>sem cobrança</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>due today</source>
        <translation>vence hoje</translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation>vence amanhã</translation>
    </message>
    <message>
        <source>due in %1 days</source>
        <translation>vence em %1 dias</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Own-script name</source>
        <translation>Nome na própria escrita</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidade</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>Prisão</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Release due</source>
        <translation>Soltura prevista</translation>
    </message>
    <message>
        <source>Desk holding it</source>
        <translation>Órgão com o caso</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Próximo acompanhamento</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Days past release</source>
        <translation>Dias após a soltura</translation>
    </message>
    <message>
        <source>Was held this long past release</source>
        <translation>Ficou preso este tempo após a soltura</translation>
    </message>
</context>
<context>
    <name>flags</name>
    <message>
        <source>Held past release</source>
        <translation>Preso após a soltura</translation>
    </message>
    <message>
        <source>Held past release ≥ 6 months</source>
        <translation>Preso após a soltura ≥ 6 meses</translation>
    </message>
    <message>
        <source>Held past release ≥ 1 year</source>
        <translation>Preso após a soltura ≥ 1 ano</translation>
    </message>
    <message>
        <source>Release soon, repatriation not started</source>
        <translation>Soltura próxima, repatriação não iniciada</translation>
    </message>
    <message>
        <source>Nationality not verified</source>
        <translation>Nacionalidade não verificada</translation>
    </message>
    <message>
        <source>Possible misidentification</source>
        <translation>Possível erro de identificação</translation>
    </message>
    <message>
        <source>No consular access</source>
        <translation>Sem acesso consular</translation>
    </message>
    <message>
        <source>At risk if returned</source>
        <translation>Em risco se devolvido</translation>
    </message>
    <message>
        <source>Eligible for transfer of sentence</source>
        <translation>Apto à transferência da pena</translation>
    </message>
    <message>
        <source>Photo out of date</source>
        <translation>Foto desatualizada</translation>
    </message>
    <message>
        <source>Passport book number only</source>
        <translation>Só número da caderneta do passaporte</translation>
    </message>
    <message>
        <source>Passport held by the court</source>
        <translation>Passaporte em poder do tribunal</translation>
    </message>
    <message>
        <source>Stalled at a desk</source>
        <translation>Parado em um órgão</translation>
    </message>
    <message>
        <source>Order not complied with by its date</source>
        <translation>Decisão não cumprida no prazo</translation>
    </message>
    <message>
        <source>RTI reply or appeal overdue</source>
        <translation>Resposta ou recurso de RTI atrasado</translation>
    </message>
    <message>
        <source>Travel document expiring</source>
        <translation>Documento de viagem vencendo</translation>
    </message>
    <message>
        <source>Data problem</source>
        <translation>Problema nos dados</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
</context>
</TS>
