<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>About</name>
    <message>
        <source>none: this database is not a file on this computer</source>
        <translation>ninguna: esta base de datos no es un archivo en esta computadora</translation>
    </message>
    <message>
        <source>Tracks foreign prisoners held past the end of their sentence, the desks their repatriation file waits at, and the follow-ups that get them home.</source>
        <translation>Da seguimiento a personas extranjeras presas retenidas más allá del fin de su condena, a las oficinas donde espera su expediente de repatriación y a los seguimientos que las llevan a casa.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Licence:&lt;/b&gt; GNU General Public License, version 3 or later (GPL-3.0-or-later). You may copy, share and change the program under its terms.</source>
        <translation>&lt;b&gt;Licencia:&lt;/b&gt; Licencia Pública General de GNU, versión 3 o posterior (GPL-3.0-or-later). Puede copiar, compartir y modificar el programa según sus términos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fonts:&lt;/b&gt; the Noto fonts that print fact sheets in every script (Noto Sans, Noto Sans Bengali, Devanagari, Myanmar, Sinhala, Tamil and Ethiopic, Noto Naskh Arabic) are under the SIL Open Font License 1.1, whose text comes with the program (resources/fonts/OFL.txt).</source>
        <translation>&lt;b&gt;Fuentes:&lt;/b&gt; las fuentes Noto con las que se imprimen las fichas en cualquier escritura (Noto Sans, Noto Sans Bengali, Devanagari, Myanmar, Sinhala, Tamil y Ethiopic, Noto Naskh Arabic) están bajo la SIL Open Font License 1.1, cuyo texto acompaña al programa (resources/fonts/OFL.txt).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Database:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Base de datos:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Copias de seguridad:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Press F1 for the guide.</source>
        <translation>Pulse F1 para abrir la guía.</translation>
    </message>
    <message>
        <source>About Repatriate</source>
        <translation>Acerca de Repatriate</translation>
    </message>
</context>
<context>
    <name>AdvocacyPage</name>
    <message>
        <source>Up to 90 days</source>
        <translation>Hasta 90 días</translation>
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
        <translation>Más de 365</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Times held</source>
        <translation>Retenciones</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Mediana de días</translation>
    </message>
    <message>
        <source>90th pct. days</source>
        <translation>Días (pct. 90)</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devueltos</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>Obstáculo</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Expedientes</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Past release at its end</source>
        <translation>Retenidas al cierre</translation>
    </message>
    <message>
        <source>New overstays</source>
        <translation>Nuevas retenciones</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Release due</source>
        <translation>Liberación prevista</translation>
    </message>
    <message>
        <source>Days past release</source>
        <translation>Días tras la liberación</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Retenido por</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>With &amp;names and prisoner numbers</source>
        <translation>Con &amp;nombres y números de recluso</translation>
    </message>
    <message>
        <source>Saved files are anonymised (refs and counts only) unless this is ticked</source>
        <translation>Los archivos guardados son anónimos (solo referencias y cifras) salvo que marque esto</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Guardar como &amp;CSV…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>Chart: people past release by days</source>
        <translation>Gráfico: personas retenidas tras la liberación, por días</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>devoluciones</translation>
    </message>
    <message>
        <source>Chart: why files were returned</source>
        <translation>Gráfico: por qué se devolvieron los expedientes</translation>
    </message>
    <message>
        <source>No desk has returned a file</source>
        <translation>Ninguna oficina ha devuelto un expediente</translation>
    </message>
    <message>
        <source>Past release at the quarter&apos;s end</source>
        <translation>Retenidas tras la liberación al cierre del trimestre</translation>
    </message>
    <message>
        <source>Chart: people past release by quarter</source>
        <translation>Gráfico: personas retenidas tras la liberación, por trimestre</translation>
    </message>
    <message>
        <source>People past release by group</source>
        <translation>Personas retenidas tras la liberación, por grupo</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>Oficinas</translation>
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
        <translation>Retenciones más largas</translation>
    </message>
    <message>
        <source>Past release</source>
        <translation>Tras la liberación</translation>
    </message>
    <message>
        <source>Anonymised: file refs and counts only. Desk figures count every time a desk had a file; returns are filed under an obstacle by the reason given.</source>
        <translation>Anónimo: solo referencias de expedientes y cifras. Las cifras de oficinas cuentan cada vez que una oficina tuvo un expediente; las devoluciones se clasifican por obstáculo según el motivo indicado.</translation>
    </message>
    <message>
        <source>As of %1: %2 held past their release date.</source>
        <translation>Al %1: %2 personas retenidas después de su fecha de liberación.</translation>
    </message>
    <message>
        <source>Save the advocacy pack</source>
        <translation>Guardar el dossier de incidencia</translation>
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
        <translation>Dossier de incidencia guardado en %1</translation>
    </message>
    <message>
        <source>Advocacy pack</source>
        <translation>Dossier de incidencia</translation>
    </message>
</context>
<context>
    <name>AgendaWords</name>
    <message numerus="yes">
        <source>%Ln file(s) with %1</source>
        <translation>
            <numerusform>%Ln expediente con %1</numerusform>
            <numerusform>%Ln expedientes con %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) with %1 desks</source>
        <translation>
            <numerusform>%Ln expediente con %1 oficinas</numerusform>
            <numerusform>%Ln expedientes con %1 oficinas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln seguimiento</numerusform>
            <numerusform>%Ln seguimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to chase this week</source>
        <translation>Nada que perseguir esta semana</translation>
    </message>
    <message numerus="yes">
        <source>with %Ln desk(s)</source>
        <translation>
            <numerusform>con %Ln oficina</numerusform>
            <numerusform>con %Ln oficinas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln vencido</numerusform>
            <numerusform>%Ln vencidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held past release nobody is chasing</source>
        <translation>
            <numerusform>%Ln retenida tras la liberación sin que nadie dé seguimiento</numerusform>
            <numerusform>%Ln retenidas tras la liberación sin que nadie dé seguimiento</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The database is open in another window</source>
        <translation>La base de datos está abierta en otra ventana</translation>
    </message>
    <message>
        <source>%1 is open in another Repatriate window (%2). Only one window at a time may change it. Open it read-only here, to look without changing anything?</source>
        <translation>%1 está abierta en otra ventana de Repatriate (%2). Solo una ventana a la vez puede modificarla. ¿Abrirla aquí en solo lectura, para consultar sin cambiar nada?</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>Do not open</source>
        <translation>No abrir</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>every file</source>
        <translation>todos los expedientes</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation>&amp;Verificar el registro</translation>
    </message>
    <message>
        <source>File &amp;ref:</source>
        <translation>&amp;Ref. del expediente:</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Leyendo el registro de auditoría…</translation>
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
        <translation>Revisando cada entrada del registro…</translation>
    </message>
    <message numerus="yes">
        <source>The log is intact: %Ln entr(y|ies), none edited, added or removed.</source>
        <translation>
            <numerusform>El registro está intacto: %Ln entrada, ninguna editada, añadida ni eliminada.</numerusform>
            <numerusform>El registro está intacto: %Ln entradas, ninguna editada, añadida ni eliminada.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log was tampered with at entry %1: %2</source>
        <translation>El registro fue alterado en la entrada %1: %2</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Verified backups are kept in %1. The last 10 are kept, and the newest of each of the last 7 days, 4 weeks and 12 months. Copy this folder to another disk from time to time.</source>
        <translation>Las copias verificadas se guardan en %1. Se conservan las 10 últimas y la más reciente de cada uno de los últimos 7 días, 4 semanas y 12 meses. Copie esta carpeta a otro disco de vez en cuando.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Expedientes</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>No backup yet: make one now.</source>
        <translation>Aún no hay copias: haga una ahora.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restaurar esta copia…</translation>
    </message>
    <message>
        <source>&amp;Check the database</source>
        <translation>&amp;Comprobar la base de datos</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>hecha a mano</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>antes de una importación</translation>
    </message>
    <message>
        <source>before a deletion</source>
        <translation>antes de una eliminación</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Leyendo las copias de seguridad…</translation>
    </message>
    <message>
        <source>Making a backup and checking it…</source>
        <translation>Haciendo una copia de seguridad y comprobándola…</translation>
    </message>
    <message>
        <source>Backup made and verified: %1</source>
        <translation>Copia hecha y verificada: %1</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurar esta copia</translation>
    </message>
    <message>
        <source>Put the backup made %1 in place of the database?

Everything changed since then is replaced. The database as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>¿Poner la copia hecha %1 en lugar de la base de datos?

Todo lo cambiado desde entonces se reemplaza. Antes se hace una copia de la base de datos tal como está, así que esto puede deshacerse restaurando esa copia.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>Restored. The database as it was is kept as %1</source>
        <translation>Restaurada. La base de datos anterior se conserva como %1</translation>
    </message>
    <message>
        <source>Checking every page of the database…</source>
        <translation>Revisando cada página de la base de datos…</translation>
    </message>
    <message>
        <source>No damage found in %1.</source>
        <translation>No se encontraron daños en %1.</translation>
    </message>
    <message>
        <source>The newest sound backup was made %1; choose it and restore it.</source>
        <translation>La copia sana más reciente se hizo %1; selecciónela y restáurela.</translation>
    </message>
    <message>
        <source>No sound backup was found.</source>
        <translation>No se encontró ninguna copia sana.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message numerus="yes">
        <source>SQLite found %Ln problem(s), the first: %1

%2</source>
        <translation>
            <numerusform>SQLite encontró %Ln problema; el primero: %1

%2</numerusform>
            <numerusform>SQLite encontró %Ln problemas; el primero: %1

%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleOffer</name>
    <message>
        <source>Cannot import the bundle</source>
        <translation>No se puede importar el paquete</translation>
    </message>
    <message>
        <source>%1 is open read-only here: nothing can be imported into it.</source>
        <translation>%1 está abierta aquí en solo lectura: no se puede importar nada en ella.</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Importar un paquete</translation>
    </message>
    <message>
        <source>Import every file in %1 into the database %2?

A backup of the database is made first. If some of the bundle&apos;s refs are already taken here, nothing is imported.</source>
        <translation>¿Importar todos los expedientes de %1 en la base de datos %2?

Antes se hace una copia de seguridad de la base de datos. Si alguna referencia del paquete ya está en uso aquí, no se importa nada.</translation>
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation>Paquete no importado</translation>
    </message>
    <message>
        <source>Files imported from %2: %1</source>
        <translation>Expedientes importados de %2: %1</translation>
    </message>
</context>
<context>
    <name>ChainPanel</name>
    <message numerus="yes">
        <source>%1 — since %2, %Ln day(s)</source>
        <translation>
            <numerusform>%1 — desde %2, %Ln día</numerusform>
            <numerusform>%1 — desde %2, %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stalled: expected within %Ln day(s)</source>
        <translation>
            <numerusform>estancado: se esperaba en %Ln día</numerusform>
            <numerusform>estancado: se esperaba en %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Came back to a desk %Ln time(s);</source>
        <translation>
            <numerusform>Volvió a una oficina %Ln vez;</numerusform>
            <numerusform>Volvió a una oficina %Ln veces;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>returned with an objection %Ln time(s).</source>
        <translation>
            <numerusform>devuelto con una objeción %Ln vez.</numerusform>
            <numerusform>devuelto con una objeción %Ln veces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln step(s) done.</source>
        <translation>
            <numerusform>%1 de %Ln paso hecho.</numerusform>
            <numerusform>%1 de %Ln pasos hechos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskDialog</name>
    <message>
        <source>Edit desk</source>
        <translation>Editar oficina</translation>
    </message>
    <message>
        <source>Add desk</source>
        <translation>Añadir oficina</translation>
    </message>
    <message>
        <source>e.g. EMB-BD</source>
        <translation>p. ej. EMB-BD</translation>
    </message>
    <message>
        <source>Where the desk is: an ISO code such as IN, or a name</source>
        <translation>Dónde está la oficina: un código ISO como IN, o un nombre</translation>
    </message>
    <message>
        <source>Countries it deals with, separated by commas (codes such as BD, or names)</source>
        <translation>Países que atiende, separados por comas (códigos como BD, o nombres)</translation>
    </message>
    <message>
        <source>How long the desk should hold a file; longer than this, the file is stalled</source>
        <translation>Cuánto debería retener la oficina un expediente; pasado este plazo, el expediente está estancado</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Funcionarios</translation>
    </message>
    <message>
        <source>Add o&amp;fficer</source>
        <translation>Añadir &amp;funcionario</translation>
    </message>
    <message>
        <source>&amp;Remove officer</source>
        <translation>&amp;Quitar funcionario</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organismo</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>Ro&amp;l</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>Deals &amp;with</source>
        <translation>&amp;Atiende a</translation>
    </message>
    <message>
        <source>Indian &amp;state</source>
        <translation>&amp;Estado de la India</translation>
    </message>
    <message>
        <source>Di&amp;vision</source>
        <translation>Di&amp;visión</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>C&amp;iudad</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>Co&amp;rreo electrónico</translation>
    </message>
    <message>
        <source>E&amp;xpected days</source>
        <translation>Días &amp;esperados</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tas</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>F&amp;uente</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Officers (dates as 2025-04-01)</source>
        <translation>Funcionarios (fechas como 2025-04-01)</translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <translation>no es una dirección de correo</translation>
    </message>
    <message>
        <source>required (IN for a desk in India)</source>
        <translation>obligatorio (IN para una oficina en la India)</translation>
    </message>
    <message>
        <source>%1: “%2” — %3</source>
        <translation>%1: «%2» — %3</translation>
    </message>
</context>
<context>
    <name>DesksPage</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
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
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>A date such as 2025-04-01; leave empty if not known</source>
        <translation>Una fecha como 2025-04-01; déjela vacía si no se conoce</translation>
    </message>
    <message>
        <source>Officer %1, %2</source>
        <translation>Funcionario %1, %2</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>not a date such as 2025-04-01</source>
        <translation>no es una fecha como 2025-04-01</translation>
    </message>
    <message>
        <source>before the since date</source>
        <translation>anterior a la fecha «desde»</translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <translation>no es una dirección de correo</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
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
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Expected days</source>
        <translation>Días esperados</translation>
    </message>
    <message>
        <source>Current officer</source>
        <translation>Funcionario actual</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Median
days</source>
        <translation>Mediana
días</translation>
    </message>
    <message>
        <source>Half the times the desk had a file, it held it longer than this</source>
        <translation>La mitad de las veces que la oficina tuvo un expediente, lo retuvo más que esto</translation>
    </message>
    <message>
        <source>90th pct.
days</source>
        <translation>Pct. 90
días</translation>
    </message>
    <message>
        <source>90th percentile: one time in ten, the desk held a file longer than this</source>
        <translation>Percentil 90: una vez de cada diez, la oficina retuvo un expediente más que esto</translation>
    </message>
    <message>
        <source>Times
held</source>
        <translation>Veces
retenido</translation>
    </message>
    <message>
        <source>Times the desk had a file, finished or still open</source>
        <translation>Veces que la oficina tuvo un expediente, terminadas o aún abiertas</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devueltos</translation>
    </message>
    <message>
        <source>Times it sent a file back with an objection</source>
        <translation>Veces que devolvió un expediente con una objeción</translation>
    </message>
    <message>
        <source>Came
back</source>
        <translation>Volvió</translation>
    </message>
    <message>
        <source>Times a file came back to it after it had let the file go</source>
        <translation>Veces que un expediente volvió a ella después de haberlo despachado</translation>
    </message>
    <message>
        <source>Held
now</source>
        <translation>Retiene
ahora</translation>
    </message>
    <message>
        <source>Files it holds now</source>
        <translation>Expedientes que retiene ahora</translation>
    </message>
    <message>
        <source>Stalled
now</source>
        <translation>Estancados
ahora</translation>
    </message>
    <message>
        <source>Files it holds now for longer than its expected time</source>
        <translation>Expedientes que retiene ahora por más tiempo del esperado</translation>
    </message>
    <message>
        <source>Filter by code, name, organisation, state, city or officer</source>
        <translation>Filtrar por código, nombre, organismo, estado, ciudad o funcionario</translation>
    </message>
    <message>
        <source>Filter desks</source>
        <translation>Filtrar oficinas</translation>
    </message>
    <message>
        <source>&amp;Add desk…</source>
        <translation>&amp;Añadir oficina…</translation>
    </message>
    <message>
        <source>Add a ministry desk, embassy or office</source>
        <translation>Añadir una oficina de ministerio, embajada u otra dependencia</translation>
    </message>
    <message>
        <source>Edi&amp;t desk…</source>
        <translation>Edi&amp;tar oficina…</translation>
    </message>
    <message>
        <source>Edit the selected desk and its officers</source>
        <translation>Editar la oficina seleccionada y sus funcionarios</translation>
    </message>
    <message>
        <source>Desk directory</source>
        <translation>Directorio de oficinas</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Any nationality</source>
        <translation>Cualquier país</translation>
    </message>
    <message>
        <source>Prison state</source>
        <translation>Estado de la prisión</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Holds begun &amp;from</source>
        <translation>Retenciones iniciadas &amp;desde</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>How long desks hold files</source>
        <translation>Cuánto retienen las oficinas los expedientes</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Mediana de días</translation>
    </message>
    <message>
        <source>90th percentile days</source>
        <translation>Días del percentil 90</translation>
    </message>
    <message>
        <source>days held</source>
        <translation>días retenido</translation>
    </message>
    <message>
        <source>Chart: which desks hold files longest</source>
        <translation>Gráfico: qué oficinas retienen más tiempo los expedientes</translation>
    </message>
    <message>
        <source>No desk has held a file of this choice</source>
        <translation>Ninguna oficina ha retenido un expediente de esta selección</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more desk(s) in the table</source>
        <translation>
            <numerusform>%Ln oficina más en la tabla</numerusform>
            <numerusform>%Ln oficinas más en la tabla</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Nationality</source>
        <translation>&amp;Nacionalidad</translation>
    </message>
    <message>
        <source>&amp;Prison state</source>
        <translation>Estado de la &amp;prisión</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Directorio</translation>
    </message>
    <message>
        <source>How &amp;long desks hold files</source>
        <translation>Cuánto &amp;retienen las oficinas</translation>
    </message>
    <message>
        <source>Loading the desks…</source>
        <translation>Cargando las oficinas…</translation>
    </message>
    <message>
        <source>Counting how long desks held files…</source>
        <translation>Calculando cuánto retuvieron las oficinas los expedientes…</translation>
    </message>
    <message numerus="yes">
        <source>As of %1: %Ln desk(s) (has|have) held these files;</source>
        <translation>
            <numerusform>Al %1: %Ln oficina ha retenido estos expedientes;</numerusform>
            <numerusform>Al %1: %Ln oficinas han retenido estos expedientes;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) (sits|sit) now past a desk&apos;s expected time.</source>
        <translation>
            <numerusform>%Ln expediente está ahora más allá del plazo esperado de una oficina.</numerusform>
            <numerusform>%Ln expedientes están ahora más allá del plazo esperado de una oficina.</numerusform>
        </translation>
    </message>
    <message>
        <source>Days count from the day a desk got the file to the day it let it go (or to today).</source>
        <translation>Los días cuentan desde el día en que una oficina recibió el expediente hasta el día en que lo despachó (o hasta hoy).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln desk(s)</source>
        <translation>
            <numerusform>%Ln oficina</numerusform>
            <numerusform>%Ln oficinas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln desk(s)</source>
        <translation>
            <numerusform>%1 de %Ln oficina</numerusform>
            <numerusform>%1 de %Ln oficinas</numerusform>
        </translation>
    </message>
    <message>
        <source>Desk %1 saved</source>
        <translation>Oficina %1 guardada</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Likely the same person</source>
        <translation>Probablemente la misma persona</translation>
    </message>
    <message>
        <source>%1 looks like people already on file. Merge it into one of them, or keep both if they are different people.</source>
        <translation>%1 se parece a personas ya registradas. Combine este expediente con el de una de ellas o conserve ambos si son personas distintas.</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Native script</source>
        <translation>Escritura propia</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>Prisión</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Why alike</source>
        <translation>Por qué se parecen</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Probables expedientes duplicados</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>On file</source>
        <translation>Expediente registrado</translation>
    </message>
    <message>
        <source>This file (tick to keep)</source>
        <translation>Este expediente (marque para conservar)</translation>
    </message>
    <message>
        <source>Values to keep</source>
        <translation>Valores que conservar</translation>
    </message>
    <message>
        <source>&amp;Keep both — different people</source>
        <translation>Conservar &amp;ambos — personas distintas</translation>
    </message>
    <message>
        <source>%1 on file and this file differ in these fields:</source>
        <translation>El expediente registrado %1 y este difieren en estos campos:</translation>
    </message>
    <message>
        <source>&amp;Merge into %1</source>
        <translation>&amp;Combinar en %1</translation>
    </message>
</context>
<context>
    <name>ExportCalendarDialog</name>
    <message>
        <source>Export to a calendar</source>
        <translation>Exportar a un calendario</translation>
    </message>
    <message>
        <source>Put the prisoners&apos; &amp;names in the calendar</source>
        <translation>Poner los &amp;nombres de las personas presas en el calendario</translation>
    </message>
    <message>
        <source>Calendars are often synced to phones and cloud services. Without names, each event shows only the file ref and the desk, which mean nothing to anyone outside the clinic.</source>
        <translation>Los calendarios suelen sincronizarse con teléfonos y servicios en la nube. Sin nombres, cada evento muestra solo la referencia del expediente y la oficina, que no significan nada para nadie fuera de la organización.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
</context>
<context>
    <name>ExportReport</name>
    <message numerus="yes">
        <source>%Ln file(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln expediente exportado a %1.</numerusform>
            <numerusform>%Ln expedientes exportados a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Oficina</translation>
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
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Respuesta esperada</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Se repite</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>Pospuesto hasta</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Cerrado el</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Delete activi&amp;ty…</source>
        <translation>Eliminar activi&amp;dad…</translation>
    </message>
    <message>
        <source>Delete the chosen activity, logged by mistake</source>
        <translation>Eliminar la actividad elegida, registrada por error</translation>
    </message>
    <message>
        <source>Activity date</source>
        <translation>Fecha de la actividad</translation>
    </message>
    <message>
        <source>The desk &amp;replied (stops the weekly follow-up with it)</source>
        <translation>La oficina &amp;respondió (detiene el seguimiento semanal con ella)</translation>
    </message>
    <message>
        <source>(not an escalation)</source>
        <translation>(no es un escalamiento)</translation>
    </message>
    <message>
        <source>&amp;Log activity</source>
        <translation>&amp;Registrar actividad</translation>
    </message>
    <message>
        <source>Log a call, letter, visit or other activity on this file</source>
        <translation>Registrar una llamada, carta, visita u otra actividad en este expediente</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha del seguimiento</translation>
    </message>
    <message>
        <source>Follow-up desk</source>
        <translation>Oficina del seguimiento</translation>
    </message>
    <message>
        <source>What to follow up</source>
        <translation>Qué seguir</translation>
    </message>
    <message>
        <source>e.g. ask the embassy for the travel permit</source>
        <translation>p. ej. pedir a la embajada el permiso de viaje</translation>
    </message>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>cada semana</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>cada dos semanas</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>cada mes</translation>
    </message>
    <message>
        <source>Set &amp;follow-up</source>
        <translation>Programar &amp;seguimiento</translation>
    </message>
    <message>
        <source>Put a follow-up of this file on the agenda, once or repeating</source>
        <translation>Poner un seguimiento de este expediente en la agenda, una vez o periódico</translation>
    </message>
    <message>
        <source>Set a follow-up</source>
        <translation>Programar un seguimiento</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;El</translation>
    </message>
    <message>
        <source>With des&amp;k</source>
        <translation>Con la o&amp;ficina</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Qué</translation>
    </message>
    <message>
        <source>Re&amp;peats</source>
        <translation>Se re&amp;pite</translation>
    </message>
    <message>
        <source>Log an activity</source>
        <translation>Registrar una actividad</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation>Acti&amp;vidad</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>D&amp;esk</source>
        <translation>O&amp;ficina</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>Pró&amp;ximo paso</translation>
    </message>
    <message>
        <source>Lever &amp;used</source>
        <translation>Recurso &amp;usado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Activities&lt;/b&gt;</source>
        <translation>&lt;b&gt;Actividades&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Follow-ups set on this file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Seguimientos programados en este expediente&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Eliminar actividad</translation>
    </message>
    <message>
        <source>the %1%2 of %3</source>
        <translation>%1%2 del %3</translation>
    </message>
    <message>
        <source>date not known</source>
        <translation>fecha desconocida</translation>
    </message>
    <message>
        <source>taken %1</source>
        <translation>tomada el %1</translation>
    </message>
    <message>
        <source>court order</source>
        <translation>orden judicial</translation>
    </message>
    <message>
        <source>travel document</source>
        <translation>documento de viaje</translation>
    </message>
    <message>
        <source>passport copy</source>
        <translation>copia del pasaporte</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>carta</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Save the new file first: photos and documents attach to a saved file.</source>
        <translation>Guarde primero el expediente nuevo: las fotos y documentos se adjuntan a un expediente guardado.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Photo taken on</source>
        <translation>Foto tomada el</translation>
    </message>
    <message>
        <source>Add p&amp;hoto…</source>
        <translation>Añadir &amp;foto…</translation>
    </message>
    <message>
        <source>Attach a PNG or JPEG photo, with the date it was taken</source>
        <translation>Adjuntar una foto PNG o JPEG, con la fecha en que se tomó</translation>
    </message>
    <message>
        <source>Save photo &amp;as…</source>
        <translation>Guardar foto &amp;como…</translation>
    </message>
    <message>
        <source>Save a copy of the selected photo</source>
        <translation>Guardar una copia de la foto seleccionada</translation>
    </message>
    <message>
        <source>No photo yet: add one with Add photo…. An embassy recognises its national by the face when the prison wrote the name wrongly.</source>
        <translation>Aún no hay fotos: añada una con Añadir foto…. Una embajada reconoce a su nacional por la cara cuando la prisión escribió mal el nombre.</translation>
    </message>
    <message>
        <source>No document yet: add the court order, the release order, a passport copy or a letter with Add document…; they are printed after the fact sheet.</source>
        <translation>Aún no hay documentos: añada la orden judicial, la orden de liberación, una copia del pasaporte o una carta con Añadir documento…; se imprimen después de la ficha.</translation>
    </message>
    <message>
        <source>&amp;Taken on</source>
        <translation>&amp;Tomada el</translation>
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
        <translation>Título del documento</translation>
    </message>
    <message>
        <source>Document dated</source>
        <translation>Fecha del documento</translation>
    </message>
    <message>
        <source>Add &amp;document…</source>
        <translation>Añadir &amp;documento…</translation>
    </message>
    <message>
        <source>Attach a PDF, PNG or JPEG document</source>
        <translation>Adjuntar un documento PDF, PNG o JPEG</translation>
    </message>
    <message>
        <source>Sa&amp;ve document as…</source>
        <translation>Guardar documento co&amp;mo…</translation>
    </message>
    <message>
        <source>Save a copy of the selected document</source>
        <translation>Guardar una copia del documento seleccionado</translation>
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
        <translation>F&amp;echa</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>Añadir una foto</translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg)</source>
        <translation>Fotos (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Añadir un documento</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Documentos (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>Choose a photo first.</source>
        <translation>Elija primero una foto.</translation>
    </message>
    <message>
        <source>Choose a document first.</source>
        <translation>Elija primero un documento.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Letter ref</source>
        <translation>Ref. de la carta</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Note or objection</source>
        <translation>Nota u objeción</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Movimientos</translation>
    </message>
    <message>
        <source>Delete movemen&amp;t…</source>
        <translation>Eliminar movimien&amp;to…</translation>
    </message>
    <message>
        <source>Delete the chosen movement, recorded by mistake</source>
        <translation>Eliminar el movimiento elegido, registrado por error</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>Co&amp;rregir…</translation>
    </message>
    <message>
        <source>Put the chosen movement in the form to record it again as it should have been</source>
        <translation>Poner el movimiento elegido en el formulario para registrarlo de nuevo como debió ser</translation>
    </message>
    <message>
        <source>Movement date</source>
        <translation>Fecha del movimiento</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Forwarded from</source>
        <translation>Remitido desde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>for a return: the objection</source>
        <translation>si es una devolución: la objeción</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>Obstáculo</translation>
    </message>
    <message>
        <source>Record &amp;movement</source>
        <translation>Registrar &amp;movimiento</translation>
    </message>
    <message>
        <source>Record that the file went to, came back from or was cleared by a desk</source>
        <translation>Registrar que el expediente fue a una oficina, volvió de ella o fue aprobado por ella</translation>
    </message>
    <message>
        <source>Record a movement</source>
        <translation>Registrar un movimiento</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Qué pasó</translation>
    </message>
    <message>
        <source>&amp;Forwarded from</source>
        <translation>&amp;Remitido desde</translation>
    </message>
    <message>
        <source>&amp;Letter ref</source>
        <translation>Ref. de la &amp;carta</translation>
    </message>
    <message>
        <source>Vi&amp;a</source>
        <translation>Ví&amp;a</translation>
    </message>
    <message>
        <source>O&amp;bstacle</source>
        <translation>O&amp;bstáculo</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Record the co&amp;rrection</source>
        <translation>Registrar la co&amp;rrección</translation>
    </message>
    <message>
        <source>Correct: %1</source>
        <translation>Corregir: %1</translation>
    </message>
    <message>
        <source>Delete movement</source>
        <translation>Eliminar movimiento</translation>
    </message>
    <message>
        <source>the movement “%1”</source>
        <translation>el movimiento «%1»</translation>
    </message>
    <message>
        <source>Proposed: the next desk on the file&apos;s route</source>
        <translation>Propuesta: la siguiente oficina en la ruta del expediente</translation>
    </message>
    <message>
        <source>The route proposes no desk for this file: choose the one it went to</source>
        <translation>La ruta no propone ninguna oficina para este expediente: elija aquella a la que fue</translation>
    </message>
    <message>
        <source>&lt;b&gt;Holding it now:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lo retiene ahora:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;No desk holds it now.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ninguna oficina lo retiene ahora.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;No repatriation step recorded yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aún no hay pasos de repatriación registrados.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No route applies to this file.</source>
        <translation>Ninguna ruta se aplica a este expediente.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Route:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ruta:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>In progress: %1</source>
        <translation>En curso: %1</translation>
    </message>
    <message>
        <source>no desk in the directory</source>
        <translation>ninguna oficina en el directorio</translation>
    </message>
    <message>
        <source>Send next: %1 (%2)</source>
        <translation>Enviar después: %1 (%2)</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Luego: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;%1:&lt;/i&gt; %2</source>
        <translation>&lt;i&gt;%1:&lt;/i&gt; %2</translation>
    </message>
    <message>
        <source>desk: (empty): choose the desk the file went to</source>
        <translation>oficina: (vacía): elija la oficina a la que fue el expediente</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>Nombre en su propia escritura</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Traced on</source>
        <translation>Localizado el</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>contact %1, traced on: not a date (YYYY-MM-DD)</source>
        <translation>contacto %1, localizado el: no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the file&apos;s fields (Ctrl+S)</source>
        <translation>Guardar los campos del expediente (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>Guardar expediente</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Fecha de liberación</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flags&lt;/b&gt; (as saved)</source>
        <translation>&lt;b&gt;Alertas&lt;/b&gt; (según lo guardado)</translation>
    </message>
    <message>
        <source>&amp;1 Person</source>
        <translation>&amp;1 Persona</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>&amp;2 Nationality</source>
        <translation>&amp;2 Nacionalidad</translation>
    </message>
    <message>
        <source>Nationality and documents</source>
        <translation>Nacionalidad y documentos</translation>
    </message>
    <message>
        <source>&amp;3 Custody</source>
        <translation>&amp;3 Custodia</translation>
    </message>
    <message>
        <source>Custody and sentence</source>
        <translation>Custodia y condena</translation>
    </message>
    <message>
        <source>&amp;4 Risk</source>
        <translation>&amp;4 Riesgo</translation>
    </message>
    <message>
        <source>Category and risk</source>
        <translation>Categoría y riesgo</translation>
    </message>
    <message>
        <source>&amp;5 Family</source>
        <translation>&amp;5 Familia</translation>
    </message>
    <message>
        <source>Family contacts</source>
        <translation>Contactos familiares</translation>
    </message>
    <message>
        <source>&amp;6 Desk chain</source>
        <translation>&amp;6 Oficinas</translation>
    </message>
    <message>
        <source>Desk chain and movements</source>
        <translation>Cadena de oficinas y movimientos</translation>
    </message>
    <message>
        <source>&amp;7 Activities</source>
        <translation>&amp;7 Actividades</translation>
    </message>
    <message>
        <source>Activities and follow-ups</source>
        <translation>Actividades y seguimientos</translation>
    </message>
    <message>
        <source>&amp;8 Photos</source>
        <translation>&amp;8 Fotos</translation>
    </message>
    <message>
        <source>Photos and documents</source>
        <translation>Fotos y documentos</translation>
    </message>
    <message>
        <source>&amp;9 Notes</source>
        <translation>&amp;9 Notas</translation>
    </message>
    <message>
        <source>Referral and notes</source>
        <translation>Derivación y notas</translation>
    </message>
    <message>
        <source>&amp;0 Orders</source>
        <translation>&amp;0 Órdenes</translation>
    </message>
    <message>
        <source>Orders of courts and commissions, RTI, travel documents</source>
        <translation>Órdenes de tribunales y comisiones, RTI, documentos de viaje</translation>
    </message>
    <message>
        <source>already used by another file</source>
        <translation>ya la usa otro expediente</translation>
    </message>
    <message>
        <source>The file was not saved</source>
        <translation>El expediente no se guardó</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The file %1 has changes that are not saved. Save them?</source>
        <translation>El expediente %1 tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <source>No file open</source>
        <translation>Ningún expediente abierto</translation>
    </message>
    <message>
        <source>No flags raised.</source>
        <translation>Ninguna alerta.</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(aún sin nombre)</translation>
    </message>
    <message>
        <source>Fix the problems shown in red first</source>
        <translation>Corrija primero los problemas marcados en rojo</translation>
    </message>
    <message>
        <source>New file, not saved yet</source>
        <translation>Expediente nuevo, aún sin guardar</translation>
    </message>
    <message>
        <source>Unsaved changes; the file was changed elsewhere</source>
        <translation>Cambios sin guardar; el expediente se modificó en otro lugar</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message numerus="yes">
        <source>To fix before saving (%Ln): </source>
        <translation>
            <numerusform>Por corregir antes de guardar (%Ln): </numerusform>
            <numerusform>Por corregir antes de guardar (%Ln): </numerusform>
        </translation>
    </message>
    <message>
        <source>Release due: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Liberación prevista: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Release due: none yet (under trial, no conviction recorded)</source>
        <translation>Liberación prevista: aún ninguna (en proceso, sin condena registrada)</translation>
    </message>
    <message>
        <source>Release due: cannot be worked out (see the problems)</source>
        <translation>Liberación prevista: no se puede calcular (vea los problemas)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:%1&quot;&gt;Held %Ln day(s) past release&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;Retenida %Ln día tras la liberación&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;Retenida %Ln días tras la liberación&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Not held past release</source>
        <translation>No retenida tras la liberación</translation>
    </message>
    <message>
        <source>Enter the conviction date and sentence to work out the release date.</source>
        <translation>Ingrese la fecha de condena y la pena para calcular la fecha de liberación.</translation>
    </message>
    <message>
        <source>Not saved: fix the problems shown in red</source>
        <translation>No guardado: corrija los problemas marcados en rojo</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>The files were not merged</source>
        <translation>Los expedientes no se combinaron</translation>
    </message>
    <message>
        <source>Merged %1 into %2</source>
        <translation>Se combinó %1 en %2</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Guardado por otra persona</translation>
    </message>
    <message>
        <source>Someone else saved this file after you opened it, so your changes were not saved (%1).

Reload their version (your changes are lost), or keep your changes on screen to copy what you need before reloading?</source>
        <translation>Otra persona guardó este expediente después de que usted lo abriera, así que sus cambios no se guardaron (%1).

¿Recargar su versión (sus cambios se pierden) o mantener sus cambios en pantalla para copiar lo que necesite antes de recargar?</translation>
    </message>
    <message>
        <source>&amp;Reload their version</source>
        <translation>&amp;Recargar su versión</translation>
    </message>
    <message>
        <source>&amp;Keep my changes</source>
        <translation>&amp;Mantener mis cambios</translation>
    </message>
    <message>
        <source>The file %1 was deleted</source>
        <translation>El expediente %1 fue eliminado</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Name as recorded</source>
        <translation>Nombre según registro</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>Nombre del padre</translation>
    </message>
    <message>
        <source>Mother&apos;s name</source>
        <translation>Nombre de la madre</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>Edad estimada</translation>
    </message>
    <message>
        <source>Age estimated on</source>
        <translation>Edad estimada el</translation>
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
        <translation>Domicilio (según registro)</translation>
    </message>
    <message>
        <source>Home address (own script)</source>
        <translation>Domicilio (escritura propia)</translation>
    </message>
    <message>
        <source>Claimed nationality</source>
        <translation>Nacionalidad declarada</translation>
    </message>
    <message>
        <source>Nationality per court</source>
        <translation>Nacionalidad según el tribunal</translation>
    </message>
    <message>
        <source>Verified nationality</source>
        <translation>Nacionalidad verificada</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Verificada el</translation>
    </message>
    <message>
        <source>Possible misidentification</source>
        <translation>Posible identificación errónea</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Número de pasaporte</translation>
    </message>
    <message>
        <source>Passport book number</source>
        <translation>Número de libreta del pasaporte</translation>
    </message>
    <message>
        <source>Passport country</source>
        <translation>País del pasaporte</translation>
    </message>
    <message>
        <source>Passport held by</source>
        <translation>Pasaporte en poder de</translation>
    </message>
    <message>
        <source>Copy on file</source>
        <translation>Copia en el expediente</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>Prisión</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Prisoner number</source>
        <translation>Número de recluso</translation>
    </message>
    <message>
        <source>Arrest date</source>
        <translation>Fecha de detención</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de causa</translation>
    </message>
    <message>
        <source>Conviction date</source>
        <translation>Fecha de condena</translation>
    </message>
    <message>
        <source>Sentence years</source>
        <translation>Años de condena</translation>
    </message>
    <message>
        <source>Sentence months</source>
        <translation>Meses de condena</translation>
    </message>
    <message>
        <source>Sentence days</source>
        <translation>Días de condena</translation>
    </message>
    <message>
        <source>Set-off days</source>
        <translation>Días de abono</translation>
    </message>
    <message>
        <source>Remission days</source>
        <translation>Días de remisión</translation>
    </message>
    <message>
        <source>Fine default days</source>
        <translation>Días por multa impaga</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>Liberada el</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Sentence final</source>
        <translation>Condena firme</translation>
    </message>
    <message>
        <source>Consent to transfer</source>
        <translation>Consiente el traslado</translation>
    </message>
    <message>
        <source>Consular access on</source>
        <translation>Acceso consular el</translation>
    </message>
    <message>
        <source>Consular access by</source>
        <translation>Acceso consular por</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Vulnerabilidad</translation>
    </message>
    <message>
        <source>UNHCR registration</source>
        <translation>Registro ACNUR</translation>
    </message>
    <message>
        <source>At risk if returned</source>
        <translation>En riesgo si es devuelta</translation>
    </message>
    <message>
        <source>Risk note</source>
        <translation>Nota de riesgo</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Fuente de derivación</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>&amp;Ref</source>
        <translation>&amp;Ref.</translation>
    </message>
    <message>
        <source>&amp;Name as recorded</source>
        <translation>&amp;Nombre según registro</translation>
    </message>
    <message>
        <source>Name in o&amp;wn script</source>
        <translation>Nombre en su &amp;escritura</translation>
    </message>
    <message>
        <source>As the prisoner writes it, e.g. in Bengali or Burmese script</source>
        <translation>Como la persona presa lo escribe, p. ej. en escritura bengalí o birmana</translation>
    </message>
    <message>
        <source>separate aliases with ;</source>
        <translation>separe los alias con ;</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>&amp;Alias</translation>
    </message>
    <message>
        <source>&amp;Father&apos;s name</source>
        <translation>Nombre del &amp;padre</translation>
    </message>
    <message>
        <source>&amp;Mother&apos;s name</source>
        <translation>Nombre de la &amp;madre</translation>
    </message>
    <message>
        <source>male</source>
        <translation>masculino</translation>
    </message>
    <message>
        <source>female</source>
        <translation>femenino</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Se&amp;xo</translation>
    </message>
    <message>
        <source>Age, languages and origin</source>
        <translation>Edad, idiomas y origen</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Fecha de &amp;nacimiento</translation>
    </message>
    <message>
        <source>Only when no birth date is known</source>
        <translation>Solo si no se conoce la fecha de nacimiento</translation>
    </message>
    <message>
        <source>codes or names, separated by commas, e.g. bn, my</source>
        <translation>códigos o nombres, separados por comas, p. ej. bn, my</translation>
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
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>&amp;Claimed nationality</source>
        <translation>Nacionalidad &amp;declarada</translation>
    </message>
    <message>
        <source>Nationality per co&amp;urt</source>
        <translation>Nacionalidad según el tri&amp;bunal</translation>
    </message>
    <message>
        <source>&amp;Verified nationality</source>
        <translation>Nacionalidad &amp;verificada</translation>
    </message>
    <message>
        <source>Verified &amp;on</source>
        <translation>Verificada &amp;el</translation>
    </message>
    <message>
        <source>&amp;Possible misidentification (e.g. Rohingya recorded as Bangladeshi)</source>
        <translation>&amp;Posible identificación errónea (p. ej. rohinyá registrado como bangladesí)</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <source>Passport &amp;number</source>
        <translation>&amp;Número de pasaporte</translation>
    </message>
    <message>
        <source>The number embassies trace, printed on the data page</source>
        <translation>El número que rastrean las embajadas, impreso en la página de datos</translation>
    </message>
    <message>
        <source>Passport &amp;book number</source>
        <translation>Número de &amp;libreta del pasaporte</translation>
    </message>
    <message>
        <source>The booklet&apos;s serial number, which courts often write down; embassies cannot trace it</source>
        <translation>El número de serie de la libreta, que los tribunales suelen anotar; las embajadas no pueden rastrearlo</translation>
    </message>
    <message>
        <source>Passport coun&amp;try</source>
        <translation>País del pasapor&amp;te</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>A cop&amp;y is on file</source>
        <translation>Hay una cop&amp;ia en el expediente</translation>
    </message>
    <message>
        <source>&amp;Prison</source>
        <translation>&amp;Prisión</translation>
    </message>
    <message>
        <source>S&amp;tate</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <source>Prisoner &amp;number</source>
        <translation>&amp;Número de recluso</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Sit&amp;uación</translation>
    </message>
    <message>
        <source>Re&amp;leased on</source>
        <translation>Li&amp;berada el</translation>
    </message>
    <message>
        <source>Case and sentence</source>
        <translation>Causa y condena</translation>
    </message>
    <message>
        <source>&amp;Arrest date</source>
        <translation>Fecha de &amp;detención</translation>
    </message>
    <message>
        <source>C&amp;harge</source>
        <translation>Car&amp;go</translation>
    </message>
    <message>
        <source>Cou&amp;rt</source>
        <translation>Tri&amp;bunal</translation>
    </message>
    <message>
        <source>Cas&amp;e number</source>
        <translation>Número de ca&amp;usa</translation>
    </message>
    <message>
        <source>&amp;Conviction date</source>
        <translation>Fecha de &amp;condena</translation>
    </message>
    <message>
        <source>Set-o&amp;ff days</source>
        <translation>Días de a&amp;bono</translation>
    </message>
    <message>
        <source>Re&amp;mission days</source>
        <translation>Días de re&amp;misión</translation>
    </message>
    <message>
        <source>F&amp;ine default days</source>
        <translation>Días por m&amp;ulta impaga</translation>
    </message>
    <message>
        <source>Transfer of sentence</source>
        <translation>Traslado de la condena</translation>
    </message>
    <message>
        <source>yes, no appeal pending</source>
        <translation>sí, sin apelación pendiente</translation>
    </message>
    <message>
        <source>no, an appeal is pending</source>
        <translation>no, hay una apelación pendiente</translation>
    </message>
    <message>
        <source>A transfer of sentenced persons needs a final sentence (no appeal pending)</source>
        <translation>El traslado de personas condenadas requiere una condena firme (sin apelación pendiente)</translation>
    </message>
    <message>
        <source>The prisoner&apos;s answer to serving the rest of the sentence in their home country</source>
        <translation>La respuesta de la persona a cumplir el resto de la condena en su país de origen</translation>
    </message>
    <message>
        <source>Consular access</source>
        <translation>Acceso consular</translation>
    </message>
    <message>
        <source>First consular access &amp;on</source>
        <translation>Primer acceso consular &amp;el</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>&amp;Sentence</source>
        <translation>&amp;Condena</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <source>&amp;Vulnerability</source>
        <translation>&amp;Vulnerabilidad</translation>
    </message>
    <message>
        <source>&amp;UNHCR registration</source>
        <translation>Registro &amp;ACNUR</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>sin decidir</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>At &amp;risk if returned</source>
        <translation>En &amp;riesgo si es devuelta</translation>
    </message>
    <message>
        <source>Risk &amp;note</source>
        <translation>&amp;Nota de riesgo</translation>
    </message>
    <message>
        <source>Relatives and how to reach them. Double-click a cell, or press F2, to edit it.</source>
        <translation>Familiares y cómo contactarlos. Haga doble clic en una celda, o pulse F2, para editarla.</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>&amp;Añadir contacto</translation>
    </message>
    <message>
        <source>Add a family contact</source>
        <translation>Añadir un contacto familiar</translation>
    </message>
    <message>
        <source>&amp;Remove contact</source>
        <translation>&amp;Quitar contacto</translation>
    </message>
    <message>
        <source>Remove the selected family contact</source>
        <translation>Quitar el contacto familiar seleccionado</translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation>&amp;Derivado por</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>A date as year-month-day, e.g. 2024-03-14; empty if not known</source>
        <translation>Una fecha como año-mes-día, p. ej. 2024-03-14; vacía si no se conoce</translation>
    </message>
    <message>
        <source>not a date: write it as YYYY-MM-DD</source>
        <translation>no es una fecha: escríbala como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>code or name, e.g. BD or Bangladesh</source>
        <translation>código o nombre, p. ej. BD o Bangladesh</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>no estimada</translation>
    </message>
    <message>
        <source>Type a code, name or country</source>
        <translation>Escriba un código, nombre o país</translation>
    </message>
    <message>
        <source>(no desk)</source>
        <translation>(sin oficina)</translation>
    </message>
    <message>
        <source>Save the new file first: movements and activities need a saved file.</source>
        <translation>Guarde primero el expediente nuevo: los movimientos y actividades necesitan un expediente guardado.</translation>
    </message>
    <message>
        <source>Delete %1? It was recorded by mistake; a correction on the file keeps what it said.</source>
        <translation>¿Eliminar %1? Se registró por error; una corrección en el expediente conserva lo que decía.</translation>
    </message>
    <message>
        <source>required: a date as YYYY-MM-DD</source>
        <translation>obligatorio: una fecha como AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Filter by name (in any script), ref or passport number</source>
        <translation>Filtrar por nombre (en cualquier escritura), ref. o número de pasaporte</translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>Filtrar expedientes</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>Prisión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier situación</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Any flag</source>
        <translation>Cualquier alerta</translation>
    </message>
    <message>
        <source>What the flag badges mean</source>
        <translation>Qué significan las insignias de alerta</translation>
    </message>
    <message>
        <source>Flag badges</source>
        <translation>Insignias de alerta</translation>
    </message>
    <message>
        <source>Show released and repatriated</source>
        <translation>Mostrar liberados y repatriados</translation>
    </message>
    <message>
        <source>Also show the files of people no longer held: released, repatriated, deported, transferred or deceased</source>
        <translation>Mostrar también los expedientes de personas que ya no están detenidas: liberadas, repatriadas, deportadas, trasladadas o fallecidas</translation>
    </message>
    <message>
        <source>Loading files…</source>
        <translation>Cargando expedientes…</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln file(s) held longest past release; loading all files…</source>
        <translation>
            <numerusform>El expediente retenido más tiempo tras la liberación; cargando todos los expedientes…</numerusform>
            <numerusform>Los %Ln expedientes retenidos más tiempo tras la liberación; cargando todos los expedientes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Any nationality</source>
        <translation>Cualquier país</translation>
    </message>
    <message>
        <source>Any prison</source>
        <translation>Cualquier prisión</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln expediente</numerusform>
            <numerusform>%Ln expedientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln file(s)</source>
        <translation>
            <numerusform>%1 de %Ln expediente</numerusform>
            <numerusform>%1 de %Ln expedientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Repatriate guide</source>
        <translation>Guía de Repatriate</translation>
    </message>
</context>
<context>
    <name>Histogram</name>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Dates are written &amp;day first (31/12/2024)</source>
        <translation>Las fechas se escriben con el &amp;día primero (31/12/2024)</translation>
    </message>
    <message>
        <source>(or tick “%1”)</source>
        <translation>(o marque «%1»)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Import prisoner files from CSV</source>
        <translation>Importar expedientes desde CSV</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <source>The CSV file to import</source>
        <translation>El archivo CSV que se importará</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>&amp;Archivo CSV:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose the CSV file to import</source>
        <translation>Elegir el archivo CSV que se importará</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Read the file again, after correcting it</source>
        <translation>Leer el archivo de nuevo, después de corregirlo</translation>
    </message>
    <message>
        <source>Without this, dates must be written as the year first: 2024-12-31</source>
        <translation>Sin esto, las fechas deben escribirse con el año primero: 2024-12-31</translation>
    </message>
    <message>
        <source>Choose a CSV file: its rows are checked before anything is written.</source>
        <translation>Elija un archivo CSV: sus filas se comprueban antes de escribir nada.</translation>
    </message>
    <message>
        <source>Rows of the CSV file</source>
        <translation>Filas del archivo CSV</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
    <message>
        <source>Choose a problem to see its cell in the rows above</source>
        <translation>Elija un problema para ver su celda en las filas de arriba</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Write every row, or none if any is wrong</source>
        <translation>Escribir todas las filas, o ninguna si alguna está mal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Import prisoner files</source>
        <translation>Importar expedientes</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message numerus="yes">
        <source>Problems found: %Ln, in %2 of the %3 rows. Nothing will be written until every problem is corrected: correct the file, then choose Check again.</source>
        <translation>
            <numerusform>Problemas encontrados: %Ln, en %2 de las %3 filas. No se escribirá nada hasta corregir todos los problemas: corrija el archivo y elija Comprobar de nuevo.</numerusform>
            <numerusform>Problemas encontrados: %Ln, en %2 de las %3 filas. No se escribirá nada hasta corregir todos los problemas: corrija el archivo y elija Comprobar de nuevo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) (is|are) ready to import;</source>
        <translation>
            <numerusform>%Ln expediente está listo para importar;</numerusform>
            <numerusform>%Ln expedientes están listos para importar;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be given a new ref.</source>
        <translation>
            <numerusform>%Ln recibirá una nueva ref.</numerusform>
            <numerusform>%Ln recibirán una nueva ref.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln file(s) from %1</source>
        <translation>
            <numerusform>Se importó %Ln expediente de %1</numerusform>
            <numerusform>Se importaron %Ln expedientes de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export every file to CSV</source>
        <translation>Exportar todos los expedientes a CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
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
        <translation>Reclamo a la oficina</translation>
    </message>
    <message>
        <source>RTI application to the desk&apos;s PIO</source>
        <translation>Solicitud RTI al PIO de la oficina</translation>
    </message>
    <message>
        <source>Complaint to the NHRC</source>
        <translation>Queja ante la NHRC</translation>
    </message>
    <message>
        <source>The desk that holds the file</source>
        <translation>La oficina que tiene el expediente</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word document (editable)</source>
        <translation>Documento de Word (editable)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Carta:</translation>
    </message>
    <message>
        <source>&amp;Desk:</source>
        <translation>&amp;Oficina:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Guardar &amp;como:</translation>
    </message>
    <message>
        <source>Save the letter as</source>
        <translation>Guardar la carta como</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Documento de Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing the letter…</source>
        <translation>Redactando la carta…</translation>
    </message>
    <message>
        <source>Written to %1 (our reference %2).</source>
        <translation>Escrita en %1 (nuestra referencia %2).</translation>
    </message>
</context>
<context>
    <name>LeversTab</name>
    <message>
        <source>Orders</source>
        <translation>Órdenes</translation>
    </message>
    <message>
        <source>RTI</source>
        <translation>RTI</translation>
    </message>
    <message>
        <source>Travel documents</source>
        <translation>Documentos de viaje</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Repatriate is locked</source>
        <translation>Repatriate está bloqueado</translation>
    </message>
    <message>
        <source>Type the passphrase to go on where you left off.</source>
        <translation>Escriba la frase de contraseña para seguir donde lo dejó.</translation>
    </message>
    <message>
        <source>This database is not encrypted: whoever has the file can read it (see `repatriate encrypt`).</source>
        <translation>Esta base de datos no está cifrada: quien tenga el archivo puede leerla (vea `repatriate encrypt`).</translation>
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
        <translation>Frase de contraseña incorrecta para %1</translation>
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
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Expedientes</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>Oficinas</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Read-only: open in another window; changes are not saved</source>
        <translation>Solo lectura: abierta en otra ventana; los cambios no se guardan</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New file</source>
        <translation>&amp;Nuevo expediente</translation>
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
        <translation>&amp;Lote para embajada…</translation>
    </message>
    <message>
        <source>&amp;Letters…</source>
        <translation>Car&amp;tas…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Copias de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find files</source>
        <translation>&amp;Buscar expedientes</translation>
    </message>
    <message>
        <source>&amp;Delete file…</source>
        <translation>&amp;Eliminar expediente…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>&amp;Registro de auditoría…</translation>
    </message>
    <message>
        <source>&amp;About Repatriate</source>
        <translation>&amp;Acerca de Repatriate</translation>
    </message>
    <message>
        <source>Print fact sheet</source>
        <translation>Imprimir ficha</translation>
    </message>
    <message>
        <source>Choose a file in the Files table, or open one, to print its fact sheet.</source>
        <translation>Elija un expediente en la tabla de expedientes, o abra uno, para imprimir su ficha.</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <source>Choose a file in the Files table, or open one, to write a letter on it.</source>
        <translation>Elija un expediente en la tabla de expedientes, o abra uno, para escribir una carta sobre él.</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Eliminar expediente</translation>
    </message>
    <message>
        <source>Choose a file in the Files table, or open one, to delete it.</source>
        <translation>Elija un expediente en la tabla de expedientes, o abra uno, para eliminarlo.</translation>
    </message>
    <message>
        <source>Delete the file %1 with its family, photos, documents, movements and activities?

A backup is made first; restoring it brings the file back.</source>
        <translation>¿Eliminar el expediente %1 con su familia, fotos, documentos, movimientos y actividades?

Antes se hace una copia de seguridad; restaurarla recupera el expediente.</translation>
    </message>
    <message>
        <source>Deleted %1; a backup was made first</source>
        <translation>Se eliminó %1; antes se hizo una copia de seguridad</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <source>SQLite found damage in %1 (%2). Do not go on working in it: restore the newest sound backup in the Backups dialog, which opens now.</source>
        <translation>SQLite encontró daños en %1 (%2). No siga trabajando en ella: restaure la copia sana más reciente en el diálogo Copias de seguridad, que se abre ahora.</translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>No se hizo ninguna copia</translation>
    </message>
</context>
<context>
    <name>MarkDoneDialog</name>
    <message>
        <source>Mark done</source>
        <translation>Marcar como hecho</translation>
    </message>
    <message>
        <source>e.g. officer on leave; call next week</source>
        <translation>p. ej. funcionario de licencia; llamar la próxima semana</translation>
    </message>
    <message>
        <source>&amp;Reply received</source>
        <translation>&amp;Respuesta recibida</translation>
    </message>
    <message>
        <source>The desk answered: the weekly follow-up with it stops until the file moves on.</source>
        <translation>La oficina respondió: el seguimiento semanal con ella se detiene hasta que el expediente avance.</translation>
    </message>
    <message>
        <source>Only a desk can reply; some of these have no desk.</source>
        <translation>Solo una oficina puede responder; algunos de estos no tienen oficina.</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Cómo</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;El</translation>
    </message>
    <message>
        <source>Out&amp;come</source>
        <translation>Resul&amp;tado</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>Pró&amp;ximo paso</translation>
    </message>
    <message>
        <source>&amp;Log it</source>
        <translation>&amp;Registrarlo</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Saved by someone else</source>
        <translation>Guardado por otra persona</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Condena</translation>
    </message>
    <message>
        <source>Someone else saved %1 after you opened it. Their version and yours differ in these fields; tick the ones to keep from yours.</source>
        <translation>Otra persona guardó %1 después de que usted lo abrió. La otra versión y la suya difieren en estos campos; marque los que quiere conservar de la suya.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Otra versión</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Conservar la &amp;mía</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Conservar la &amp;otra</translation>
    </message>
    <message>
        <source>M&amp;erge the ticked fields</source>
        <translation>&amp;Combinar los campos marcados</translation>
    </message>
    <message>
        <source>%1 years %2 months %3 days; set-off %4, remission %5, fine default %6</source>
        <translation>%1 años %2 meses %3 días; abono %4, remisión %5, multa impaga %6</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <source>Comply by</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Ordered by</source>
        <translation>Dictada por</translation>
    </message>
    <message>
        <source>Order of</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contra</translation>
    </message>
    <message>
        <source>Directs</source>
        <translation>Dispone</translation>
    </message>
    <message>
        <source>Complied on</source>
        <translation>Cumplida el</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Órdenes</translation>
    </message>
    <message>
        <source>e.g. High Court of Calcutta, NHRC</source>
        <translation>p. ej. High Court de Calcuta, NHRC</translation>
    </message>
    <message>
        <source>Date of the order</source>
        <translation>Fecha de la orden</translation>
    </message>
    <message>
        <source>What it directs</source>
        <translation>Lo que dispone</translation>
    </message>
    <message>
        <source>Against desk</source>
        <translation>Contra la oficina</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Ordered &amp;by</source>
        <translation>&amp;Dictada por</translation>
    </message>
    <message>
        <source>&amp;Order of</source>
        <translation>&amp;Fecha de la orden</translation>
    </message>
    <message>
        <source>Di&amp;rects</source>
        <translation>Dis&amp;pone</translation>
    </message>
    <message>
        <source>Comply b&amp;y</source>
        <translation>Pla&amp;zo de cumplimiento</translation>
    </message>
    <message>
        <source>Against des&amp;k</source>
        <translation>Contra la &amp;oficina</translation>
    </message>
    <message>
        <source>Com&amp;plied on</source>
        <translation>C&amp;umplida el</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>No&amp;ta</translation>
    </message>
    <message>
        <source>Orders of courts and commissions</source>
        <translation>Órdenes de tribunales y comisiones</translation>
    </message>
    <message>
        <source>the order of %1 of %2</source>
        <translation>la orden de %1 del %2</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Files by status</source>
        <translation>Expedientes por situación</translation>
    </message>
    <message>
        <source>no status recorded</source>
        <translation>sin situación registrada</translation>
    </message>
    <message>
        <source>People still held past their release date</source>
        <translation>Personas aún retenidas después de su fecha de liberación</translation>
    </message>
    <message>
        <source>Days held past release</source>
        <translation>Días retenidas tras la liberación</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Days past release</source>
        <translation>Días tras la liberación</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>Prisión</translation>
    </message>
    <message>
        <source>Held a year or more past release</source>
        <translation>Retenidas un año o más tras la liberación</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Retenido por</translation>
    </message>
    <message>
        <source>Why it is stalled</source>
        <translation>Por qué está estancado</translation>
    </message>
    <message>
        <source>Stalled files</source>
        <translation>Expedientes estancados</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Stalled at a desk</source>
        <translation>Estancados en una oficina</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s);</source>
        <translation>
            <numerusform>%Ln expediente;</numerusform>
            <numerusform>%Ln expedientes;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still held,</source>
        <translation>
            <numerusform>%Ln aún detenida,</numerusform>
            <numerusform>%Ln aún detenidas,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them past their release date.</source>
        <translation>
            <numerusform>%Ln de ellas después de su fecha de liberación.</numerusform>
            <numerusform>%Ln de ellas después de su fecha de liberación.</numerusform>
        </translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>Held a year or more past release (%1)</source>
        <translation>Retenidas un año o más tras la liberación (%1)</translation>
    </message>
    <message>
        <source>Stalled at a desk (%1)</source>
        <translation>Estancados en una oficina (%1)</translation>
    </message>
    <message>
        <source>No file has been at a desk longer than expected.</source>
        <translation>Ningún expediente ha estado en una oficina más tiempo del esperado.</translation>
    </message>
    <message>
        <source>over %1 days</source>
        <translation>más de %1 días</translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>%1 is a range of days, low to high</comment>
        <translation>%1 días</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Unlock the database</source>
        <translation>Desbloquear la base de datos</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase for %1</source>
        <translation>Frase de contraseña para %1</translation>
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
        <translation>Lote para embajada</translation>
    </message>
    <message>
        <source>Embassy of</source>
        <translation>Embajada de</translation>
    </message>
    <message>
        <source>Only those &amp;past their release date</source>
        <translation>Solo las personas &amp;después de su fecha de liberación</translation>
    </message>
    <message>
        <source>E&amp;veryone still held</source>
        <translation>&amp;Todas las personas aún detenidas</translation>
    </message>
    <message>
        <source>Also write the annex table as a CSV file</source>
        <translation>Escribir también la tabla anexa como archivo CSV</translation>
    </message>
    <message>
        <source>Beside the PDF, with the same name ending in .csv, for the embassy&apos;s records</source>
        <translation>Junto al PDF, con el mismo nombre terminado en .csv, para los registros de la embajada</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Leyendo los expedientes…</translation>
    </message>
    <message>
        <source>&amp;Embassy of:</source>
        <translation>&amp;Embajada de:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Incluir:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Expediente:</translation>
    </message>
    <message>
        <source>Leave empty for the usual ask, fitting the person&apos;s situation: verification and a travel document, the travel document once verified, consular access under trial, a referral when the sheet goes to UNHCR.</source>
        <translation>Déjelo vacío para la solicitud habitual, según la situación de la persona: verificación y documento de viaje, el documento de viaje una vez verificada, acceso consular si está en proceso, una derivación cuando la ficha va al ACNUR.</translation>
    </message>
    <message>
        <source>Request to the embassy</source>
        <translation>Solicitud a la embajada</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Solicitud:</translation>
    </message>
    <message>
        <source>Include the attached &amp;documents</source>
        <translation>Incluir los &amp;documentos adjuntos</translation>
    </message>
    <message>
        <source>The fact sheets stay in English; the cover letter can be in the embassy&apos;s</source>
        <translation>Las fichas se mantienen en inglés; la carta de presentación puede ir en el idioma de la embajada</translation>
    </message>
    <message>
        <source>Cover &amp;letter in:</source>
        <translation>Carta de &amp;presentación en:</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>Guardar el PDF como</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose where to save the PDF</source>
        <translation>Elegir dónde guardar el PDF</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Guardar &amp;como:</translation>
    </message>
    <message>
        <source>What was printed</source>
        <translation>Qué se imprimió</translation>
    </message>
    <message>
        <source>O&amp;verride with a reason…</source>
        <translation>&amp;Anular con un motivo…</translation>
    </message>
    <message>
        <source>Record why this sheet may go to the home embassy despite the risk on return</source>
        <translation>Registrar por qué esta ficha puede ir a la embajada del país de origen pese al riesgo de devolución</translation>
    </message>
    <message>
        <source>&amp;Open the PDF</source>
        <translation>&amp;Abrir el PDF</translation>
    </message>
    <message>
        <source>&amp;Save as PDF</source>
        <translation>&amp;Guardar como PDF</translation>
    </message>
    <message>
        <source>Write the PDF (the old file is kept until it is done)</source>
        <translation>Escribir el PDF (el archivo anterior se conserva hasta que termine)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Choose a printer and send the sheets to it</source>
        <translation>Elegir una impresora y enviarle las fichas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>%1 (%2): %3 held, %4 past release</source>
        <translation>%1 (%2): %3 detenidas, %4 tras la liberación</translation>
    </message>
    <message>
        <source>Nobody is held: there is no embassy to write to.</source>
        <translation>No hay nadie detenido: no hay embajada a la que escribir.</translation>
    </message>
    <message>
        <source>Save the fact sheets as</source>
        <translation>Guardar las fichas como</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>give a file name ending in .pdf</source>
        <translation>indique un nombre de archivo terminado en .pdf</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
    <message>
        <source>Writing the fact sheet of %1…</source>
        <translation>Escribiendo la ficha de %1…</translation>
    </message>
    <message>
        <source>Embassy</source>
        <translation>Embajada</translation>
    </message>
    <message>
        <source>choose the embassy&apos;s country</source>
        <translation>elija el país de la embajada</translation>
    </message>
    <message>
        <source>Writing the batch for the embassy of %1…</source>
        <translation>Escribiendo el lote para la embajada de %1…</translation>
    </message>
    <message>
        <source>Nothing was printed: %1</source>
        <translation>No se imprimió nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>Fact sheets for %2: %Ln, sent to the printer %3</source>
        <translation>
            <numerusform>Fichas para %2: %Ln, enviada a la impresora %3</numerusform>
            <numerusform>Fichas para %2: %Ln, enviadas a la impresora %3</numerusform>
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
        <translation>Fichas enviadas a %1</translation>
    </message>
    <message numerus="yes">
        <source>Fact sheets for %2: %Ln, written to %3.</source>
        <translation>
            <numerusform>Fichas para %2: %Ln, escrita en %3.</numerusform>
            <numerusform>Fichas para %2: %Ln, escritas en %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The annex table is in %1.</source>
        <translation>La tabla anexa está en %1.</translation>
    </message>
    <message>
        <source>Fact sheets written to %1</source>
        <translation>Fichas escritas en %1</translation>
    </message>
    <message>
        <source>Left out (%1), for you to look at:</source>
        <translation>Omitidos (%1), para que los revise:</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written or sent.</source>
        <translation>Cancelado: no se escribió ni envió nada.</translation>
    </message>
    <message>
        <source>Override the risk on return</source>
        <translation>Anular el riesgo de devolución</translation>
    </message>
    <message>
        <source>%1 may be at risk if returned. Say why a fact sheet may go to the home country&apos;s embassy all the same. The override opens that one embassy only; the reason, the date and your name are kept on the file.</source>
        <translation>%1 puede estar en riesgo si es devuelta. Indique por qué una ficha puede ir de todos modos a la embajada de su país de origen. La anulación abre solo esa embajada; el motivo, la fecha y su nombre quedan en el expediente.</translation>
    </message>
    <message>
        <source>Override recorded: %1
Print again to write the sheet.</source>
        <translation>Anulación registrada: %1
Imprima de nuevo para escribir la ficha.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Guardar todo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Sí a &amp;todo</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o a todo</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Interrumpir</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
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
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reinicializar</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurar los valores predeterminados</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>%1 (issued by %2)</source>
        <translation>%1 (emisor: %2)</translation>
    </message>
    <message>
        <source>%1 (≥ %2)</source>
        <translation>%1 (≥ %2)</translation>
    </message>
    <message>
        <source>%1 days past the release date %2</source>
        <translation>%1 días tras la liberación prevista para el %2</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1: venció el %2</translation>
    </message>
    <message>
        <source>%1 expires on %2, before the hand-over planned for %3</source>
        <translation>%1: vence el %2, antes de la entrega prevista para el %3</translation>
    </message>
    <message>
        <source>%1 expires on %2, within %3 weeks and no hand-over date is planned</source>
        <translation>%1: vence el %2, dentro de %3 semanas, y no hay fecha de entrega prevista</translation>
    </message>
    <message>
        <source>%1 has held it %2 days (expected %3)</source>
        <translation>%1 retiene el expediente desde hace %2 días (previsto: %3)</translation>
    </message>
    <message>
        <source>%1 left to serve, release due %2 (the agreement requires at least %3 months)</source>
        <translation>condena restante: %1; liberación prevista el %2 (el acuerdo exige al menos %3 meses)</translation>
    </message>
    <message>
        <source>%1&apos;s order of %2 against %3 was to be complied with by %4: %5; %6</source>
        <translation>la orden dictada por %1 el %2 contra %3 debía cumplirse a más tardar el %4: %5; %6</translation>
    </message>
    <message>
        <source>%1&apos;s order of %2 was to be complied with by %3: %4; %5</source>
        <translation>la orden dictada por %1 el %2 debía cumplirse a más tardar el %3: %4; %5</translation>
    </message>
    <message>
        <source>%1: no fact sheet to the home embassy unless overridden with a reason</source>
        <translation>%1: ninguna ficha a la embajada del país de origen, salvo que se anule el riesgo con un motivo</translation>
    </message>
    <message>
        <source>%1: persecuted in %2</source>
        <translation>%1: perseguidos en %2</translation>
    </message>
    <message>
        <source>+ %1 days fine default (%2) = %3</source>
        <translation>+ %1 días por multa impaga (%2) = %3</translation>
    </message>
    <message>
        <source>RTI application to %1 of %2: reply due %3, none recorded (a deemed refusal, RTI Act 2005, s.7(2)); %4</source>
        <translation>solicitud RTI a %1, presentada el %2: respuesta debida a más tardar el %3, ninguna registrada (denegación presunta, RTI Act 2005, s.7(2)); %4</translation>
    </message>
    <message>
        <source>RTI application to %1 of %2: the first appeal of %3 was to be decided by %4, no decision recorded; file the second appeal with the Information Commission by %5 (RTI Act 2005, s.19(3))</source>
        <translation>solicitud RTI a %1, presentada el %2: la primera apelación del %3 debía resolverse a más tardar el %4, sin resolución registrada; presente la segunda apelación ante la Comisión de Información a más tardar el %5 (RTI Act 2005, s.19(3))</translation>
    </message>
    <message>
        <source>an appeal is pending: the sentence is not final</source>
        <translation>hay una apelación pendiente: la condena no es firme</translation>
    </message>
    <message>
        <source>asylum seeker</source>
        <translation>solicitante de asilo</translation>
    </message>
    <message>
        <source>claims %1, court recorded %2</source>
        <translation>declara %1, el tribunal registró %2</translation>
    </message>
    <message>
        <source>consent given</source>
        <translation>consentimiento otorgado</translation>
    </message>
    <message>
        <source>consent: not recorded</source>
        <translation>consentimiento: sin registrar</translation>
    </message>
    <message>
        <source>conviction %1 + %2 = %3</source>
        <translation>condena %1 + %2 = %3</translation>
    </message>
    <message>
        <source>conviction %1 + %2 = %3 (%4 has no day %5: to its last day)</source>
        <translation>condena %1 + %2 = %3 (%4 no tiene día %5: se toma su último día)</translation>
    </message>
    <message>
        <source>embassy verified %1, court recorded %2</source>
        <translation>la embajada verificó %1, el tribunal registró %2</translation>
    </message>
    <message>
        <source>file a contempt petition before the court (Contempt of Courts Act 1971, s.2(b) and s.12)</source>
        <translation>presente un incidente de desacato ante el tribunal (Contempt of Courts Act 1971, s.2(b) y s.12)</translation>
    </message>
    <message>
        <source>file the first appeal by %1 (RTI Act 2005, s.19(1))</source>
        <translation>presente la primera apelación a más tardar el %1 (RTI Act 2005, s.19(1))</translation>
    </message>
    <message>
        <source>held on %1: %2 days past release</source>
        <translation>aún retenida al %1: %2 días tras la liberación</translation>
    </message>
    <message>
        <source>marked as possible misidentification</source>
        <translation>marcado como posible identificación errónea</translation>
    </message>
    <message>
        <source>newest photo taken %1, over %2 years</source>
        <translation>foto más reciente tomada el %1, hace más de %2 años</translation>
    </message>
    <message>
        <source>none recorded in the %1 days since arrest</source>
        <translation>ninguno registrado en los %1 días desde la detención</translation>
    </message>
    <message>
        <source>not verified %1 days after the sentence ended (%2)</source>
        <translation>sin verificar %1 días después del fin de la condena (%2)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>only the passport book number %1 is known; embassies trace passport numbers</source>
        <translation>solo se conoce el número de libreta del pasaporte %1; las embajadas rastrean números de pasaporte</translation>
    </message>
    <message>
        <source>recorded at risk if returned</source>
        <translation>registrada en riesgo si es devuelta</translation>
    </message>
    <message>
        <source>registered with UNHCR</source>
        <translation>registrada ante ACNUR</translation>
    </message>
    <message>
        <source>release due %1 (in %2 days) and no repatriation step started</source>
        <translation>liberación prevista el %1 (en %2 días) y ningún trámite de repatriación iniciado</translation>
    </message>
    <message>
        <source>released %1: %2 days past release</source>
        <translation>liberada el %1: %2 días tras la liberación</translation>
    </message>
    <message>
        <source>remission %1 days covers %2</source>
        <translation>la remisión de %1 días cubre %2</translation>
    </message>
    <message>
        <source>remission %1 days covers %2: release due on the day of sentence, %3</source>
        <translation>la remisión de %1 días cubre %2: liberación prevista el día de la condena, %3</translation>
    </message>
    <message>
        <source>sentence final</source>
        <translation>condena firme</translation>
    </message>
    <message>
        <source>sentence final: not recorded</source>
        <translation>condena firme: sin registrar</translation>
    </message>
    <message>
        <source>serving a sentence; %1 has a transfer of sentenced persons agreement</source>
        <translation>cumpliendo condena; %1 tiene un acuerdo de traslado de personas condenadas</translation>
    </message>
    <message>
        <source>set-off %1 days (%2) covers %3</source>
        <translation>el abono de %1 días (%2) cubre %3</translation>
    </message>
    <message>
        <source>set-off %1 days (%2) covers %3: release due on the day of sentence, %4</source>
        <translation>el abono de %1 días (%2) cubre %3: liberación prevista el día de la condena, %4</translation>
    </message>
    <message>
        <source>stateless</source>
        <translation>apátrida</translation>
    </message>
    <message>
        <source>term left to serve: not known (the agreement requires at least %1 months)</source>
        <translation>condena restante: desconocida (el acuerdo exige al menos %1 meses)</translation>
    </message>
    <message>
        <source>the first appeal was due by %1: file it with the reason for the delay (RTI Act 2005, s.19(1), proviso)</source>
        <translation>la primera apelación vencía el %1: preséntela con el motivo de la demora (RTI Act 2005, s.19(1), salvedad)</translation>
    </message>
    <message>
        <source>the original passport is with the trial court, no copy</source>
        <translation>el pasaporte original está en el tribunal de juicio, sin copia</translation>
    </message>
    <message>
        <source>the prisoner refused consent</source>
        <translation>la persona presa no dio su consentimiento</translation>
    </message>
    <message>
        <source>the rest</source>
        <translation>el resto de la condena</translation>
    </message>
    <message>
        <source>the whole term</source>
        <translation>toda la condena</translation>
    </message>
    <message>
        <source>under trial: in custody since %1 (%2 days)</source>
        <translation>en proceso: en prisión preventiva desde el %1 (%2 días)</translation>
    </message>
    <message>
        <source>was held %1</source>
        <translation>estuvo retenida %1</translation>
    </message>
    <message>
        <source>write a reminder to the commission: the government must report the action taken within one month (Protection of Human Rights Act 1993, s.18(e))</source>
        <translation>envíe un recordatorio a la comisión: el gobierno debe informar las medidas adoptadas en el plazo de un mes (Protection of Human Rights Act 1993, s.18(e))</translation>
    </message>
    <message>
        <source>− %1 days remission = %2</source>
        <translation>− %1 días de remisión = %2</translation>
    </message>
    <message>
        <source>− %1 days set-off (%2) = %3</source>
        <translation>− %1 días de abono (%2) = %3</translation>
    </message>
    <message>
        <source>− 1 day: the day of sentence counts as served = %1</source>
        <translation>− 1 día: el día de la condena cuenta como cumplido = %1</translation>
    </message>
    <message numerus="yes">
        <source>not complied with %Ln day(s) later</source>
        <translation>
            <numerusform>sin cumplir %Ln día después</numerusform>
            <numerusform>sin cumplir %Ln días después</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln mes</numerusform>
            <numerusform>%Ln meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>Save the new file first: its records need a saved file.</source>
        <translation>Guarde primero el expediente nuevo: sus registros necesitan un expediente guardado.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>Guardar &amp;cambios</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete %1? It was recorded by mistake.</source>
        <translation>¿Eliminar %1? Se registró por error.</translation>
    </message>
</context>
<context>
    <name>RtiPanel</name>
    <message>
        <source>Filed</source>
        <translation>Presentada</translation>
    </message>
    <message>
        <source>To desk</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Plazo resp.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>First appeal by</source>
        <translation>Apelar hasta</translation>
    </message>
    <message>
        <source>First appeal</source>
        <translation>1.ª apelación</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>RTI applications</source>
        <translation>Solicitudes RTI</translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation>Autoridad pública</translation>
    </message>
    <message>
        <source>Public Information Officer</source>
        <translation>Funcionario de Información Pública (PIO)</translation>
    </message>
    <message>
        <source>Information sought</source>
        <translation>Información solicitada</translation>
    </message>
    <message>
        <source>Concerns &amp;life or liberty (reply in 48 hours)</source>
        <translation>Afecta la &amp;vida o la libertad (respuesta en 48 h)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>RTI application</source>
        <translation>Solicitud RTI</translation>
    </message>
    <message>
        <source>To des&amp;k</source>
        <translation>&amp;Oficina</translation>
    </message>
    <message>
        <source>&amp;PIO</source>
        <translation>&amp;PIO</translation>
    </message>
    <message>
        <source>&amp;Information sought</source>
        <translation>&amp;Información solicitada</translation>
    </message>
    <message>
        <source>&amp;Filed on</source>
        <translation>Presenta&amp;da el</translation>
    </message>
    <message>
        <source>Rece&amp;ived by the PIO on</source>
        <translation>Reci&amp;bida por el PIO el</translation>
    </message>
    <message>
        <source>&amp;Reply received on</source>
        <translation>&amp;Respuesta recibida el</translation>
    </message>
    <message>
        <source>First appeal filed &amp;on</source>
        <translation>Pri&amp;mera apelación el</translation>
    </message>
    <message>
        <source>First appeal deci&amp;ded on</source>
        <translation>Apelación res&amp;uelta el</translation>
    </message>
    <message>
        <source>Second appeal filed on</source>
        <translation>Segunda apelación el</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>No&amp;ta</translation>
    </message>
    <message>
        <source>the RTI application to %1 of %2</source>
        <translation>la solicitud RTI a %1 del %2</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Clinic letterhead and contact</source>
        <translation>Membrete y contacto de la organización</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nombre de la organización:</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation>Dirección de la organización</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>Teléfono de la organización</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>Clinic e-mail</source>
        <translation>Correo electrónico de la organización</translation>
    </message>
    <message>
        <source>&amp;Request to embassies:</source>
        <translation>&amp;Solicitud a las embajadas:</translation>
    </message>
    <message>
        <source>Request to embassies</source>
        <translation>Solicitud a las embajadas</translation>
    </message>
    <message>
        <source>What every fact sheet asks of the embassy, unless replaced when printing</source>
        <translation>Lo que cada ficha pide a la embajada, salvo que se reemplace al imprimir</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation>&amp;Abrir otra base de datos…</translation>
    </message>
    <message>
        <source>Choose another database file and reopen the window on it</source>
        <translation>Elegir otro archivo de base de datos y reabrir la ventana con él</translation>
    </message>
    <message>
        <source>Thresholds for the flags</source>
        <translation>Umbrales de las alertas</translation>
    </message>
    <message>
        <source>Default routes</source>
        <translation>Rutas predeterminadas</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Show the saved settings again, dropping changes not yet saved</source>
        <translation>Volver a mostrar la configuración guardada, descartando los cambios no guardados</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Guardar configuración</translation>
    </message>
    <message>
        <source>Save the letterhead and thresholds (Ctrl+S)</source>
        <translation>Guardar el membrete y los umbrales (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>The reference on the clinic&apos;s letters. In braces: {country} (its code), {date} (YYYY-MM-DD), {year}, {count} (how many people the letter is about).</source>
        <translation>La referencia en las cartas de la organización. Entre llaves: {country} (su código), {date} (AAAA-MM-DD), {year}, {count} (de cuántas personas trata la carta).</translation>
    </message>
    <message>
        <source>Si&amp;gnatory:</source>
        <translation>&amp;Firmante:</translation>
    </message>
    <message>
        <source>Desi&amp;gnation:</source>
        <translation>Ca&amp;rgo:</translation>
    </message>
    <message>
        <source>Letter &amp;reference:</source>
        <translation>&amp;Referencia de la carta:</translation>
    </message>
    <message>
        <source>The day of sentence counts as a day served</source>
        <translation>El día de la sentencia cuenta como día cumplido</translation>
    </message>
    <message>
        <source>As jail manuals count: a one-month term passed on 15 January ends on 14 February. Every file&apos;s release date is worked out again when this changes.</source>
        <translation>Como cuentan los reglamentos penitenciarios: una pena de un mes impuesta el 15 de enero termina el 14 de febrero. La fecha de liberación de cada expediente se recalcula cuando esto cambia.</translation>
    </message>
    <message>
        <source>Release date:</source>
        <translation>Fecha de liberación:</translation>
    </message>
    <message>
        <source>Dates shown as</source>
        <translation>Fechas mostradas como</translation>
    </message>
    <message>
        <source>%1 (year-month-day, ISO)</source>
        <translation>%1 (año-mes-día, ISO)</translation>
    </message>
    <message>
        <source>%1 (this language&apos;s long form)</source>
        <translation>%1 (forma larga de este idioma)</translation>
    </message>
    <message>
        <source>Dates shown as:</source>
        <translation>Fechas mostradas como:</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Idioma de la ventana</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>El idioma de la computadora</translation>
    </message>
    <message>
        <source>The window&apos;s language; it changes when Repatriate next starts. Fact sheets stay in English for the embassy, and commands answer in English.</source>
        <translation>El idioma de la ventana; cambia la próxima vez que se inicie Repatriate. Las fichas se mantienen en inglés para la embajada, y los comandos responden en inglés.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Write numbers and dates in the language&apos;s own digits</source>
        <translation>Escribir números y fechas con los dígitos propios del idioma</translation>
    </message>
    <message>
        <source>Bengali ০-৯, Hindi and Nepali ०-९, Urdu ۰-۹; from the next start</source>
        <translation>Bengalí ০-৯, hindi y nepalí ०-९, urdu ۰-۹; desde el próximo inicio</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock the window after minutes without use</source>
        <translation>Bloquear la ventana tras minutos sin uso</translation>
    </message>
    <message>
        <source>After this many minutes without a key press or a click the window hides the files until it is unlocked (with the passphrase, for an encrypted database). Ctrl+L locks it at once.</source>
        <translation>Tras esta cantidad de minutos sin pulsar una tecla ni hacer clic, la ventana oculta los expedientes hasta que se desbloquee (con la frase de contraseña, si la base de datos está cifrada). Ctrl+L la bloquea de inmediato.</translation>
    </message>
    <message>
        <source>Lock after, without use:</source>
        <translation>Bloquear tras, sin uso:</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>any other country</source>
        <translation>cualquier otro país</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Default routes</source>
        <translation>Rutas predeterminadas</translation>
    </message>
    <message>
        <source>The routes are the steps a file goes through to get a person home, read from the route files in %1. Each step says whether it comes from the case study or is our assumption.</source>
        <translation>Las rutas son los pasos que sigue un expediente para llevar a una persona a casa, leídos de los archivos de rutas en %1. Cada paso indica si viene del estudio de caso o es una suposición nuestra.</translation>
    </message>
    <message>
        <source>This window works on: %1</source>
        <translation>Esta ventana trabaja con: %1</translation>
    </message>
    <message>
        <source>To open another database every time, start Repatriate with --db PATH or set the %1 environment variable. Without either it opens %2. Keep the database in a folder that is backed up, such as %3.</source>
        <translation>Para abrir siempre otra base de datos, inicie Repatriate con --db RUTA o defina la variable de entorno %1. Sin ninguna de las dos abre %2. Guarde la base de datos en una carpeta con copia de seguridad, como %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Long overstay (days)</source>
        <translation>Retención prolongada (días)</translation>
    </message>
    <message>
        <source>Days past release that count as a long overstay</source>
        <translation>Días tras la liberación que cuentan como retención prolongada</translation>
    </message>
    <message>
        <source>Very long overstay (days)</source>
        <translation>Retención muy prolongada (días)</translation>
    </message>
    <message>
        <source>Days past release that count as a very long overstay</source>
        <translation>Días tras la liberación que cuentan como retención muy prolongada</translation>
    </message>
    <message>
        <source>Start repatriation before release (days)</source>
        <translation>Iniciar la repatriación antes de la liberación (días)</translation>
    </message>
    <message>
        <source>Flag a file whose release is this close and no step has been taken</source>
        <translation>Alertar sobre un expediente cuya liberación está así de cerca sin ningún paso dado</translation>
    </message>
    <message>
        <source>Nationality unverified after (days)</source>
        <translation>Nacionalidad sin verificar después de (días)</translation>
    </message>
    <message>
        <source>Flag a nationality still not verified this long after the sentence</source>
        <translation>Alertar sobre una nacionalidad aún sin verificar tanto tiempo después de la condena</translation>
    </message>
    <message>
        <source>Consular access within (days)</source>
        <translation>Acceso consular dentro de (días)</translation>
    </message>
    <message>
        <source>Flag a file with no consular access this long after arrest</source>
        <translation>Alertar sobre un expediente sin acceso consular tanto tiempo después de la detención</translation>
    </message>
    <message>
        <source>Photo out of date after (years)</source>
        <translation>Foto desactualizada después de (años)</translation>
    </message>
    <message>
        <source>Embassies need a recent photograph</source>
        <translation>Las embajadas necesitan una fotografía reciente</translation>
    </message>
    <message>
        <source>Escalate after unanswered follow-ups</source>
        <translation>Escalar tras seguimientos sin respuesta</translation>
    </message>
    <message>
        <source>Weekly follow-ups with one desk gone unanswered before the next lever is suggested (a number of chases: 6 is six weeks)</source>
        <translation>Seguimientos semanales sin respuesta con una oficina antes de sugerir el siguiente recurso (un número de reclamos: 6 son seis semanas)</translation>
    </message>
    <message>
        <source>RTI reply due within (days)</source>
        <translation>Respuesta RTI dentro de (días)</translation>
    </message>
    <message>
        <source>Statutory time for a reply to a Right to Information request</source>
        <translation>Plazo legal para responder a una solicitud de Derecho a la Información (RTI)</translation>
    </message>
    <message>
        <source>Travel document expiring within (weeks)</source>
        <translation>Documento de viaje que vence dentro de (semanas)</translation>
    </message>
    <message>
        <source>With no hand-over date planned, flag a travel document that expires within this many weeks</source>
        <translation>Sin fecha de entrega prevista, alertar sobre un documento de viaje que vence dentro de estas semanas</translation>
    </message>
    <message>
        <source>Settings saved. The language changes when Repatriate next starts.</source>
        <translation>Configuración guardada. El idioma cambia la próxima vez que se inicie Repatriate.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Configuración guardada</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>Abrir otra base de datos</translation>
    </message>
    <message>
        <source>Repatriate databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de Repatriate (*.sqlite3 *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Posponer</translation>
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
        <translation>Expedido el</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Expedido por</translation>
    </message>
    <message>
        <source>Travel documents</source>
        <translation>Documentos de viaje</translation>
    </message>
    <message>
        <source>Issued by desk</source>
        <translation>Oficina que lo expidió</translation>
    </message>
    <message>
        <source>Hand-over planned for</source>
        <translation>Entrega prevista para</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Programar</translation>
    </message>
    <message>
        <source>Set the day of the hand-over to the home country (empty: none planned)</source>
        <translation>Fijar el día de la entrega al país de origen (vacío: ninguna prevista)</translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation>Documento de viaje</translation>
    </message>
    <message>
        <source>&amp;Hand-over planned for</source>
        <translation>Entre&amp;ga prevista para</translation>
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
        <translation>E&amp;xpedido el</translation>
    </message>
    <message>
        <source>E&amp;xpires on</source>
        <translation>&amp;Vence el</translation>
    </message>
    <message>
        <source>Issued by des&amp;k</source>
        <translation>Expedido por la o&amp;ficina</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <source>File</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Días de atraso</translation>
    </message>
    <message>
        <source>Days past release</source>
        <translation>Días tras la liberación</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>No desk</source>
        <translation>Sin oficina</translation>
    </message>
    <message>
        <source>%1 unanswered — suggest: %2</source>
        <translation>%1 sin respuesta — sugerencia: %2</translation>
    </message>
    <message>
        <source>Nobody is chasing these · %1 held past release: no desk holds the file and no follow-up is set</source>
        <translation>Nadie da seguimiento a estos · %1 retenidas tras la liberación: ninguna oficina tiene el expediente y no hay seguimiento programado</translation>
    </message>
    <message>
        <source>%1 · %2 to chase, %3 overdue</source>
        <translation>%1 · %2 por reclamar, %3 vencidos</translation>
    </message>
    <message>
        <source>Held past the release date, and no desk holds the file: record where it was sent, or set a follow-up. Open a file to record a movement.</source>
        <translation>Retenida después de la fecha de liberación y ninguna oficina tiene el expediente: registre adónde se envió o programe un seguimiento. Abra un expediente para registrar un movimiento.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>Correo: %1</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>Funcionario: %1</translation>
    </message>
    <message>
        <source>nobody is chasing</source>
        <translation>nadie da seguimiento</translation>
    </message>
    <message>
        <source>No desk on the route: choose one</source>
        <translation>Ninguna oficina en la ruta: elija una</translation>
    </message>
    <message>
        <source>Send to: %1</source>
        <translation>Enviar a: %1</translation>
    </message>
    <message>
        <source>The release date</source>
        <translation>La fecha de liberación</translation>
    </message>
    <message>
        <source>Weekly follow-ups with this desk have gone unanswered since it got the file: try the next lever and log it as an escalation on the file.</source>
        <translation>Los seguimientos semanales con esta oficina no tienen respuesta desde que recibió el expediente: pruebe el siguiente recurso y regístrelo como escalamiento en el expediente.</translation>
    </message>
    <message>
        <source>Follow-ups of the week by desk</source>
        <translation>Seguimientos de la semana por oficina</translation>
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
        <translation>Semana &amp;siguiente</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Marcar &amp;hecho…</translation>
    </message>
    <message>
        <source>Mark a&amp;ll of this desk done…</source>
        <translation>Marcar &amp;todo lo de esta oficina como hecho…</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>&amp;Posponer…</translation>
    </message>
    <message>
        <source>&amp;Close follow-up…</source>
        <translation>&amp;Cerrar seguimiento…</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Abrir expediente</translation>
    </message>
    <message>
        <source>Export .&amp;ics…</source>
        <translation>Exportar .&amp;ics…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Take back the last mark done, snooze or close</source>
        <translation>Revertir la última marca de hecho, posposición o cierre</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Log the follow-up (a call by default) with its desk</source>
        <translation>Registrar el seguimiento (una llamada por defecto) con su oficina</translation>
    </message>
    <message>
        <source>Log one call with the desk for all its files</source>
        <translation>Registrar una llamada con la oficina para todos sus expedientes</translation>
    </message>
    <message>
        <source>Put the follow-up off to a day</source>
        <translation>Aplazar el seguimiento hasta un día</translation>
    </message>
    <message>
        <source>Stop following up this desk on the file until it moves on to it again</source>
        <translation>Dejar de dar seguimiento a esta oficina en el expediente hasta que vuelva a pasar a ella</translation>
    </message>
    <message>
        <source>Open the prisoner file</source>
        <translation>Abrir el expediente de la persona presa</translation>
    </message>
    <message>
        <source>Save the week&apos;s follow-ups as calendar events</source>
        <translation>Guardar los seguimientos de la semana como eventos de calendario</translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation>%1 · %2 a %3</translation>
    </message>
    <message>
        <source>Loading the follow-ups…</source>
        <translation>Cargando los seguimientos…</translation>
    </message>
    <message>
        <source>The follow-ups could not be loaded: %1</source>
        <translation>No se pudieron cargar los seguimientos: %1</translation>
    </message>
    <message>
        <source>Logging the follow-ups</source>
        <translation>Registrando los seguimientos</translation>
    </message>
    <message>
        <source>marked done</source>
        <translation>marcados como hechos</translation>
    </message>
    <message>
        <source>Snoozing the follow-ups</source>
        <translation>Posponiendo los seguimientos</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>pospuestos</translation>
    </message>
    <message>
        <source>Close follow-up</source>
        <translation>Cerrar seguimiento</translation>
    </message>
    <message>
        <source>Stop following up: %1? It starts again when the file moves on to the desk.</source>
        <translation>¿Dejar de dar seguimiento: %1? Se reanuda cuando el expediente vuelve a pasar a la oficina.</translation>
    </message>
    <message>
        <source>Closing the follow-ups</source>
        <translation>Cerrando los seguimientos</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrados</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>%1 %2 · %3 left to act on</source>
        <translation>%1 %2 · %3 pendientes</translation>
    </message>
    <message>
        <source>Undone: %1 back</source>
        <translation>Deshecho: %1 de vuelta</translation>
    </message>
    <message numerus="yes">
        <source>Export the %Ln follow-up(s) of %1 as all-day calendar events.</source>
        <translation>
            <numerusform>Exportar el seguimiento (%Ln) de %1 como evento de calendario de día completo.</numerusform>
            <numerusform>Exportar los %Ln seguimientos de %1 como eventos de calendario de día completo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the follow-ups as a calendar</source>
        <translation>Guardar los seguimientos como calendario</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
    <message>
        <source>%1 follow-ups saved to %2</source>
        <translation>%1 seguimientos guardados en %2</translation>
    </message>
    <message>
        <source>%1 follow-ups due this week (%2 overdue)</source>
        <translation>%1 seguimientos para esta semana (%2 vencidos)</translation>
    </message>
    <message>
        <source>; %1 held past release nobody is chasing</source>
        <translation>; %1 retenidas tras la liberación sin que nadie dé seguimiento</translation>
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
        <translation>Bienvenido a Repatriate</translation>
    </message>
    <message>
        <source>Repatriate keeps a file for every foreign prisoner you help: when their sentence ends, how long they have been held past it, which desk has their papers, and whom to call this week. This database has no files yet. How would you like to begin?</source>
        <translation>Repatriate lleva un expediente de cada persona extranjera presa a la que usted ayuda: cuándo termina su condena, cuánto tiempo lleva retenida después, qué oficina tiene sus papeles y a quién llamar esta semana. Esta base de datos aún no tiene expedientes. ¿Cómo desea empezar?</translation>
    </message>
    <message>
        <source>&amp;Add a file</source>
        <translation>&amp;Añadir un expediente</translation>
    </message>
    <message>
        <source>Type in the details of one prisoner from the prison&apos;s records.</source>
        <translation>Ingrese los datos de una persona presa a partir de los registros de la prisión.</translation>
    </message>
    <message>
        <source>&amp;Import a CSV…</source>
        <translation>&amp;Importar un CSV…</translation>
    </message>
    <message>
        <source>Bring in a list kept in a spreadsheet. You see every row and every problem before anything is written.</source>
        <translation>Traer una lista llevada en una hoja de cálculo. Verá cada fila y cada problema antes de que se escriba nada.</translation>
    </message>
    <message>
        <source>Explore &amp;demo data</source>
        <translation>Explorar datos de &amp;demostración</translation>
    </message>
    <message>
        <source>Try the program on invented files, in a separate database (%1). Your own database stays empty; restart Repatriate to come back to it.</source>
        <translation>Pruebe el programa con expedientes inventados, en una base de datos aparte (%1). Su propia base de datos queda vacía; reinicie Repatriate para volver a ella.</translation>
    </message>
    <message>
        <source>Making the demo database</source>
        <translation>Creando la base de datos de demostración</translation>
    </message>
    <message>
        <source>Your clinic, as its letters to embassies will name it</source>
        <translation>Su organización, tal como la nombrarán sus cartas a las embajadas</translation>
    </message>
    <message>
        <source>Printed on the cover letters and fact sheets. You can fill it in now or later in Settings.</source>
        <translation>Se imprime en las cartas de presentación y las fichas. Puede completarlo ahora o más tarde en Configuración.</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nombre de la organización:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Di&amp;rección:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation>&amp;Firmante:</translation>
    </message>
    <message>
        <source>Desi&amp;gnation:</source>
        <translation>Ca&amp;rgo:</translation>
    </message>
    <message>
        <source>lines separated by commas, e.g. 12 Court Road, Kolkata 700001</source>
        <translation>líneas separadas por comas, p. ej. 12 Court Road, Kolkata 700001</translation>
    </message>
    <message>
        <source>Sa&amp;ve the letterhead</source>
        <translation>&amp;Guardar el membrete</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>&amp;Omitir por ahora</translation>
    </message>
    <message>
        <source>The letterhead is saved; Settings can change it.</source>
        <translation>El membrete está guardado; puede cambiarse en Configuración.</translation>
    </message>
    <message>
        <source>The letterhead can be filled in later, in Settings.</source>
        <translation>El membrete puede completarse más tarde, en Configuración.</translation>
    </message>
    <message>
        <source>Making the demo database in %1…</source>
        <translation>Creando la base de datos de demostración en %1…</translation>
    </message>
    <message>
        <source>The demo database is ready: %1</source>
        <translation>La base de datos de demostración está lista: %1</translation>
    </message>
    <message>
        <source>The demo database could not be made: %1</source>
        <translation>No se pudo crear la base de datos de demostración: %1</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>under trial</source>
        <translation>en proceso</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>cumpliendo condena</translation>
    </message>
    <message>
        <source>sentence completed</source>
        <translation>condena cumplida</translation>
    </message>
    <message>
        <source>in detention centre</source>
        <translation>en centro de detención</translation>
    </message>
    <message>
        <source>repatriated</source>
        <translation>repatriada</translation>
    </message>
    <message>
        <source>deported</source>
        <translation>deportada</translation>
    </message>
    <message>
        <source>released</source>
        <translation>liberada</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>fallecida</translation>
    </message>
    <message>
        <source>died in custody</source>
        <translation>murió bajo custodia</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>trasladada</translation>
    </message>
    <message>
        <source>immigration detainee</source>
        <translation>detenida migratoria</translation>
    </message>
    <message>
        <source>asylum seeker</source>
        <translation>solicitante de asilo</translation>
    </message>
    <message>
        <source>other offender</source>
        <translation>otro delito</translation>
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
        <translation>otro</translation>
    </message>
    <message>
        <source>police</source>
        <translation>policía</translation>
    </message>
    <message>
        <source>trial court</source>
        <translation>tribunal de juicio</translation>
    </message>
    <message>
        <source>prison</source>
        <translation>prisión</translation>
    </message>
    <message>
        <source>embassy</source>
        <translation>embajada</translation>
    </message>
    <message>
        <source>prisoner</source>
        <translation>persona presa</translation>
    </message>
    <message>
        <source>clinic</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>por teléfono</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <source>given</source>
        <translation>otorgado</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>partner ngo</source>
        <translation>ONG aliada</translation>
    </message>
    <message>
        <source>clinic visit</source>
        <translation>visita de la organización</translation>
    </message>
    <message>
        <source>family</source>
        <translation>familia</translation>
    </message>
    <message>
        <source>court</source>
        <translation>tribunal</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>travel permit</source>
        <translation>permiso de viaje</translation>
    </message>
    <message>
        <source>emergency certificate</source>
        <translation>certificado de emergencia</translation>
    </message>
    <message>
        <source>exit permit</source>
        <translation>permiso de salida</translation>
    </message>
    <message>
        <source>escort order</source>
        <translation>orden de escolta</translation>
    </message>
    <message>
        <source>state prisons</source>
        <translation>prisiones del estado</translation>
    </message>
    <message>
        <source>state home</source>
        <translation>Interior del estado</translation>
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
        <translation>cancillería del país</translation>
    </message>
    <message>
        <source>home verification</source>
        <translation>verificación en el país</translation>
    </message>
    <message>
        <source>home repatriation</source>
        <translation>repatriación en el país</translation>
    </message>
    <message>
        <source>travel documents</source>
        <translation>documentos de viaje</translation>
    </message>
    <message>
        <source>border</source>
        <translation>frontera</translation>
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
        <translation>acuse de recibo</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>devuelto</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>remitido</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>post</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>en mano</translation>
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
        <translation>llamada</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>carta</translation>
    </message>
    <message>
        <source>embassy visit</source>
        <translation>visita a la embajada</translation>
    </message>
    <message>
        <source>prison visit</source>
        <translation>visita a la prisión</translation>
    </message>
    <message>
        <source>consular access by phone</source>
        <translation>acceso consular por teléfono</translation>
    </message>
    <message>
        <source>consular access in person</source>
        <translation>acceso consular en persona</translation>
    </message>
    <message>
        <source>rti request</source>
        <translation>solicitud RTI</translation>
    </message>
    <message>
        <source>rti appeal</source>
        <translation>apelación RTI</translation>
    </message>
    <message>
        <source>court petition</source>
        <translation>petición judicial</translation>
    </message>
    <message>
        <source>court hearing</source>
        <translation>audiencia</translation>
    </message>
    <message>
        <source>media story</source>
        <translation>nota de prensa</translation>
    </message>
    <message>
        <source>ngo contact</source>
        <translation>contacto con ONG</translation>
    </message>
    <message>
        <source>family traced</source>
        <translation>familia localizada</translation>
    </message>
    <message>
        <source>unhcr form sent</source>
        <translation>formulario ACNUR enviado</translation>
    </message>
    <message>
        <source>certificate received</source>
        <translation>certificado recibido</translation>
    </message>
    <message>
        <source>escalation</source>
        <translation>escalamiento</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>corrección</translation>
    </message>
    <message>
        <source>senior official</source>
        <translation>alto funcionario</translation>
    </message>
    <message>
        <source>media in home country</source>
        <translation>prensa del país de origen</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>semanal</translation>
    </message>
    <message>
        <source>one-off</source>
        <translation>única vez</translation>
    </message>
    <message>
        <source>recurring</source>
        <translation>periódico</translation>
    </message>
    <message>
        <source>reply due</source>
        <translation>plazo de respuesta</translation>
    </message>
    <message>
        <source>order</source>
        <translation>orden</translation>
    </message>
    <message>
        <source>unchased</source>
        <translation>sin seguimiento</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation>vence mañana</translation>
    </message>
    <message>
        <source>due in %1 days</source>
        <translation>vence en %1 días</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Own-script name</source>
        <translation>Nombre en escritura propia</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>Prisión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Release due</source>
        <translation>Liberación prevista</translation>
    </message>
    <message>
        <source>Desk holding it</source>
        <translation>Oficina que lo tiene</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Próximo seguimiento</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Days past release</source>
        <translation>Días tras la liberación</translation>
    </message>
    <message>
        <source>Was held this long past release</source>
        <translation>Estuvo retenida este tiempo tras la liberación</translation>
    </message>
</context>
<context>
    <name>flags</name>
    <message>
        <source>Held past release</source>
        <translation>Retenida tras la liberación</translation>
    </message>
    <message>
        <source>Held past release ≥ 6 months</source>
        <translation>Retenida tras la liberación ≥ 6 meses</translation>
    </message>
    <message>
        <source>Held past release ≥ 1 year</source>
        <translation>Retenida tras la liberación ≥ 1 año</translation>
    </message>
    <message>
        <source>Release soon, repatriation not started</source>
        <translation>Liberación cercana, repatriación no iniciada</translation>
    </message>
    <message>
        <source>Nationality not verified</source>
        <translation>Nacionalidad no verificada</translation>
    </message>
    <message>
        <source>Possible misidentification</source>
        <translation>Posible identificación errónea</translation>
    </message>
    <message>
        <source>No consular access</source>
        <translation>Sin acceso consular</translation>
    </message>
    <message>
        <source>At risk if returned</source>
        <translation>En riesgo si es devuelta</translation>
    </message>
    <message>
        <source>Eligible for transfer of sentence</source>
        <translation>Apta para traslado de la condena</translation>
    </message>
    <message>
        <source>Photo out of date</source>
        <translation>Foto desactualizada</translation>
    </message>
    <message>
        <source>Passport book number only</source>
        <translation>Solo número de libreta del pasaporte</translation>
    </message>
    <message>
        <source>Passport held by the court</source>
        <translation>Pasaporte en poder del tribunal</translation>
    </message>
    <message>
        <source>Stalled at a desk</source>
        <translation>Estancados en una oficina</translation>
    </message>
    <message>
        <source>Order not complied with by its date</source>
        <translation>Orden no cumplida en su plazo</translation>
    </message>
    <message>
        <source>RTI reply or appeal overdue</source>
        <translation>Respuesta o apelación RTI vencida</translation>
    </message>
    <message>
        <source>Travel document expiring</source>
        <translation>Documento de viaje por vencer</translation>
    </message>
    <message>
        <source>Data problem</source>
        <translation>Datos con problemas</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
</context>
</TS>
