<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>About</name>
    <message>
        <source>none: this database is not a file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks foreign prisoners held past the end of their sentence, the desks their repatriation file waits at, and the follow-ups that get them home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Licence:&lt;/b&gt; GNU General Public License, version 3 or later (GPL-3.0-or-later). You may copy, share and change the program under its terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Fonts:&lt;/b&gt; the Noto fonts that print fact sheets in every script (Noto Sans, Noto Sans Bengali, Devanagari, Myanmar, Sinhala, Tamil and Ethiopic, Noto Naskh Arabic) are under the SIL Open Font License 1.1, whose text comes with the program (resources/fonts/OFL.txt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Database:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press F1 for the guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Repatriate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvocacyPage</name>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>91 to 180</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>181 to 365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th pct. days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past release at its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New overstays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days past release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With &amp;names and prisoner numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved files are anonymised (refs and counts only) unless this is ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: people past release by days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: why files were returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desk has returned a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past release at the quarter&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: people past release by quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People past release by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised: file refs and counts only. Desk figures count every time a desk had a file; returns are filed under an obstacle by the reason given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1: %2 held past their release date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the advocacy pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocacy pack saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocacy pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaWords</name>
    <message numerus="yes">
        <source>%Ln file(s) with %1</source>
        <translation type="unfinished">
            <numerusform>%Ln file with %1</numerusform>
            <numerusform>%Ln files with %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) with %1 desks</source>
        <translation type="unfinished">
            <numerusform>%Ln file with %1 desks</numerusform>
            <numerusform>%Ln files with %1 desks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln follow-up</numerusform>
            <numerusform>%Ln follow-ups</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to chase this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>with %Ln desk(s)</source>
        <translation type="unfinished">
            <numerusform>with %Ln desk</numerusform>
            <numerusform>with %Ln desks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation type="unfinished">
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held past release nobody is chasing</source>
        <translation type="unfinished">
            <numerusform>%Ln held past release nobody is chasing</numerusform>
            <numerusform>%Ln held past release nobody is chasing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The database is open in another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another Repatriate window (%2). Only one window at a time may change it. Open it read-only here, to look without changing anything?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;ref:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries for %2: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every entry of the log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The log is intact: %Ln entr(y|ies), none edited, added or removed.</source>
        <translation>
            <numerusform>The log is intact: %Ln entry, none edited, added or removed.</numerusform>
            <numerusform>The log is intact: %Ln entries, none edited, added or removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log was tampered with at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified backups are kept in %1. The last 10 are kept, and the newest of each of the last 7 days, 4 weeks and 12 months. Copy this folder to another disk from time to time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup yet: make one now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a backup and checking it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made and verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the backup made %1 in place of the database?

Everything changed since then is replaced. The database as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. The database as it was is kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every page of the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No damage found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest sound backup was made %1; choose it and restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound backup was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>SQLite found %Ln problem(s), the first: %1

%2</source>
        <translation>
            <numerusform>SQLite found %Ln problem, the first: %1

%2</numerusform>
            <numerusform>SQLite found %Ln problems, the first: %1

%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleOffer</name>
    <message>
        <source>Cannot import the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only here: nothing can be imported into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every file in %1 into the database %2?

A backup of the database is made first. If some of the bundle&apos;s refs are already taken here, nothing is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files imported from %2: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChainPanel</name>
    <message numerus="yes">
        <source>%1 — since %2, %Ln day(s)</source>
        <translation>
            <numerusform>%1 — since %2, %Ln day</numerusform>
            <numerusform>%1 — since %2, %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stalled: expected within %Ln day(s)</source>
        <translation>
            <numerusform>stalled: expected within %Ln day</numerusform>
            <numerusform>stalled: expected within %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Came back to a desk %Ln time(s);</source>
        <translation>
            <numerusform>Came back to a desk %Ln time;</numerusform>
            <numerusform>Came back to a desk %Ln times;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>returned with an objection %Ln time(s).</source>
        <translation>
            <numerusform>returned with an objection %Ln time.</numerusform>
            <numerusform>returned with an objection %Ln times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln step(s) done.</source>
        <translation>
            <numerusform>%1 of %Ln step done.</numerusform>
            <numerusform>%1 of %Ln steps done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskDialog</name>
    <message>
        <source>Edit desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. EMB-BD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the desk is: an ISO code such as IN, or a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries it deals with, separated by commas (codes such as BD, or names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the desk should hold a file; longer than this, the file is stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add o&amp;fficer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals &amp;with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indian &amp;state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di&amp;vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpected days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers (dates as 2025-04-01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required (IN for a desk in India)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” — %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesksPage</name>
    <message>
        <source>Filter by code, name, organisation, state, city or officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a ministry desk, embassy or office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edi&amp;t desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected desk and its officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prison state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds begun &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long desks hold files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: which desks hold files longest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desk has held a file of this choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln more desk(s) in the table</source>
        <translation>
            <numerusform>%Ln more desk in the table</numerusform>
            <numerusform>%Ln more desks in the table</numerusform>
        </translation>
    </message>
    <message>
        <source>Days count from the day a desk got the file to the day it let it go (or to today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln desk(s)</source>
        <translation>
            <numerusform>%Ln desk</numerusform>
            <numerusform>%Ln desks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln desk(s)</source>
        <translation>
            <numerusform>%1 of %Ln desk</numerusform>
            <numerusform>%1 of %Ln desks</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prison state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How &amp;long desks hold files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the desks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting how long desks held files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>As of %1: %Ln desk(s) (has|have) held these files;</source>
        <translation>
            <numerusform>As of %1: %Ln desk has held these files;</numerusform>
            <numerusform>As of %1: %Ln desks have held these files;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) (sits|sit) now past a desk&apos;s expected time.</source>
        <translation>
            <numerusform>%Ln file sits now past a desk&apos;s expected time.</numerusform>
            <numerusform>%Ln files sit now past a desk&apos;s expected time.</numerusform>
        </translation>
    </message>
    <message>
        <source>Desk %1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date such as 2025-04-01; leave empty if not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date such as 2025-04-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the since date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median
days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half the times the desk had a file, it held it longer than this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th pct.
days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile: one time in ten, the desk held a file longer than this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times
held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times the desk had a file, finished or still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times it sent a file back with an objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came
back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times a file came back to it after it had let the file go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held
now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files it holds now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled
now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files it holds now for longer than its expected time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Likely the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like people already on file. Merge it into one of them, or keep both if they are different people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file (tick to keep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep both — different people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on file and this file differ in these fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCalendarDialog</name>
    <message>
        <source>Export to a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the prisoners&apos; &amp;names in the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendars are often synced to phones and cloud services. Without names, each event shows only the file ref and the desk, which mean nothing to anyone outside the clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportReport</name>
    <message numerus="yes">
        <source>%Ln file(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln file exported to %1.</numerusform>
            <numerusform>%Ln files exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file&apos;s fields (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Flags&lt;/b&gt; (as saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1 Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2 Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3 Custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody and sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;4 Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category and risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;5 Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;6 Desk chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk chain and movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;7 Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities and follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;8 Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;9 Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;0 Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders of courts and commissions, RTI, travel documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already used by another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flags raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems shown in red first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New file, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes; the file was changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>To fix before saving (%Ln): </source>
        <translation>
            <numerusform>To fix before saving (%Ln): </numerusform>
            <numerusform>To fix before saving (%Ln): </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:%1&quot;&gt;Held %Ln day(s) past release&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;Held %Ln day past release&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;Held %Ln days past release&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Release due: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release due: none yet (under trial, no conviction recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release due: cannot be worked out (see the problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not held past release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the conviction date and sentence to work out the release date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: fix the problems shown in red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files were not merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this file after you opened it, so your changes were not saved (%1).

Reload their version (your changes are lost), or keep your changes on screen to copy what you need before reloading?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete activi&amp;ty…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen activity, logged by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk &amp;replied (stops the weekly follow-up with it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not an escalation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call, letter, visit or other activity on this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ask the embassy for the travel permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a follow-up of this file on the agenda, once or repeating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With des&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;esk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lever &amp;used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Activities&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Follow-ups set on this file&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>court order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>travel document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passport copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new file first: photos and documents attach to a saved file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo taken on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add p&amp;hoto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a PNG or JPEG photo, with the date it was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save photo &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the selected photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo yet: add one with Add photo…. An embassy recognises its national by the face when the prison wrote the name wrongly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document yet: add the court order, the release order, a passport copy or a letter with Add document…; they are printed after the fact sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Taken on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a PDF, PNG or JPEG document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve document as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the selected document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dat&amp;ed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note or objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete movemen&amp;t…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen movement, recorded by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the chosen movement in the form to record it again as it should have been</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for a return: the objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the file went to, came back from or was cleared by a desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forwarded from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vi&amp;a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;bstacle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the co&amp;rrection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the movement “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed: the next desk on the file&apos;s route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route proposes no desk for this file: choose the one it went to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Holding it now:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No desk holds it now.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No repatriation step recorded yet.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route applies to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Route:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no desk in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send next: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;%1:&lt;/i&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desk: (empty): choose the desk the file went to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traced on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact %1, traced on: not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age estimated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home address (as recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home address (own script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality per court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible misidentification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport book number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prisoner number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conviction date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-off days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remission days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine default days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consular access on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consular access by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNHCR registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk if returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name as recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in o&amp;wn script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the prisoner writes it, e.g. in Bengali or Burmese script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separate aliases with ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Father&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mother&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age, languages and origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when no birth date is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes or names, separated by commas, e.g. bn, my</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claimed nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality per co&amp;urt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verified nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Possible misidentification (e.g. Rohingya recorded as Bangladeshi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number embassies trace, printed on the data page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport &amp;book number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booklet&apos;s serial number, which courts often write down; embassies cannot trace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport coun&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cop&amp;y is on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prisoner &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;leased on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case and sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrest date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cou&amp;rt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cas&amp;e number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conviction date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-o&amp;ff days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;mission days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ine default days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer of sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, no appeal pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no, an appeal is pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transfer of sentenced persons needs a final sentence (no appeal pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prisoner&apos;s answer to serving the rest of the sentence in their home country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consular access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First consular access &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vulnerability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;UNHCR registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;risk if returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relatives and how to reach them. Double-click a cell, or press F2, to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a family contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected family contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date as year-month-day, e.g. 2024-03-14; empty if not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date: write it as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code or name, e.g. BD or Bangladesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a code, name or country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new file first: movements and activities need a saved file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? It was recorded by mistake; a correction on the file keeps what it said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Filter by name (in any script), ref or passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the flag badges mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show released and repatriated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show the files of people no longer held: released, repatriated, deported, transferred or deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %Ln file(s) held longest past release; loading all files…</source>
        <translation>
            <numerusform>The %Ln file held longest past release; loading all files…</numerusform>
            <numerusform>The %Ln files held longest past release; loading all files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln file(s)</source>
        <translation>
            <numerusform>%1 of %Ln file</numerusform>
            <numerusform>%1 of %Ln files</numerusform>
        </translation>
    </message>
    <message>
        <source>Any nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any prison</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Repatriate guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Histogram</name>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Dates are written &amp;day first (31/12/2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(or tick “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import prisoner files from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file again, after correcting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without this, dates must be written as the year first: 2024-12-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file: its rows are checked before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a problem to see its cell in the rows above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every row, or none if any is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import prisoner files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Problems found: %Ln, in %2 of the %3 rows. Nothing will be written until every problem is corrected: correct the file, then choose Check again.</source>
        <translation>
            <numerusform>Problems found: %Ln, in %2 of the %3 rows. Nothing will be written until every problem is corrected: correct the file, then choose Check again.</numerusform>
            <numerusform>Problems found: %Ln, in %2 of the %3 rows. Nothing will be written until every problem is corrected: correct the file, then choose Check again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be given a new ref.</source>
        <translation>
            <numerusform>%Ln will be given a new ref.</numerusform>
            <numerusform>%Ln will be given a new ref.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln file(s) from %1</source>
        <translation>
            <numerusform>Imported %Ln file from %1</numerusform>
            <numerusform>Imported %Ln files from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) (is|are) ready to import;</source>
        <translation>
            <numerusform>%Ln file is ready to import;</numerusform>
            <numerusform>%Ln files are ready to import;</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every file to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Letters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaser to the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTI application to the desk&apos;s PIO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint to the NHRC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk that holds the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (editable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1 (our reference %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeversTab</name>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repatriate is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase to go on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is not encrypted: whoever has the file can read it (see `repatriate encrypt`).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Locker</name>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Repatriate — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: open in another window; changes are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print fact sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embassy &amp;batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Repatriate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print fact sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file in the Files table, or open one, to print its fact sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file in the Files table, or open one, to write a letter on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file in the Files table, or open one, to delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the file %1 with its family, photos, documents, movements and activities?

A backup is made first; restoring it brings the file back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1; a backup was made first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite found damage in %1 (%2). Do not go on working in it: restore the newest sound backup in the Backups dialog, which opens now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkDoneDialog</name>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. officer on leave; call next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk answered: the weekly follow-up with it stops until the file moves on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a desk can reply; some of these have no desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out&amp;come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Saved by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved %1 after you opened it. Their version and yours differ in these fields; tick the ones to keep from yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;erge the ticked fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years %2 months %3 days; set-off %4, remission %5, fine default %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <source>Comply by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. High Court of Calcutta, NHRC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it directs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di&amp;rects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comply b&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against des&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Com&amp;plied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders of courts and commissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order of %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Files by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no status recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People still held past their release date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days held past release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days past release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held a year or more past release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled at a desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s);</source>
        <translation>
            <numerusform>%Ln file;</numerusform>
            <numerusform>%Ln files;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still held,</source>
        <translation>
            <numerusform>%Ln still held,</numerusform>
            <numerusform>%Ln still held,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them past their release date.</source>
        <translation>
            <numerusform>%Ln of them past their release date.</numerusform>
            <numerusform>%Ln of them past their release date.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>%1 is a range of days, low to high</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held a year or more past release (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled at a desk (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file has been at a desk longer than expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over %1 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Unlock the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print fact sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embassy batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embassy of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those &amp;past their release date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;veryone still held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the annex table as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside the PDF, with the same name ending in .csv, for the embassy&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Embassy of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for the usual ask, fitting the person&apos;s situation: verification and a travel document, the travel document once verified, consular access under trial, a referral when the sheet goes to UNHCR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to the embassy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the attached &amp;documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fact sheets stay in English; the cover letter can be in the embassy&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover &amp;letter in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verride with a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record why this sheet may go to the home embassy despite the risk on return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the PDF (the old file is kept until it is done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a printer and send the sheets to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 held, %4 past release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is held: there is no embassy to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the fact sheets as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a file name ending in .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the fact sheet of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embassy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the embassy&apos;s country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the batch for the embassy of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fact sheets for %2: %Ln, sent to the printer %3</source>
        <translation>
            <numerusform>Fact sheets for %2: %Ln, sent to the printer %3</numerusform>
            <numerusform>Fact sheets for %2: %Ln, sent to the printer %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pages sent: %Ln.</source>
        <translation>
            <numerusform>pages sent: %Ln.</numerusform>
            <numerusform>pages sent: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fact sheets for %2: %Ln, written to %3.</source>
        <translation>
            <numerusform>Fact sheets for %2: %Ln, written to %3.</numerusform>
            <numerusform>Fact sheets for %2: %Ln, written to %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fact sheets sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annex table is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact sheets written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out (%1), for you to look at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written or sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the risk on return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may be at risk if returned. Say why a fact sheet may go to the home country&apos;s embassy all the same. The override opens that one embassy only; the reason, the date and your name are kept on the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override recorded: %1
Print again to write the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>%1 (issued by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (≥ %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days past the release date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expires on %2, before the hand-over planned for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expires on %2, within %3 weeks and no hand-over date is planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has held it %2 days (expected %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left to serve, release due %2 (the agreement requires at least %3 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s order of %2 against %3 was to be complied with by %4: %5; %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s order of %2 was to be complied with by %3: %4; %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no fact sheet to the home embassy unless overridden with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: persecuted in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ %1 days fine default (%2) = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTI application to %1 of %2: reply due %3, none recorded (a deemed refusal, RTI Act 2005, s.7(2)); %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTI application to %1 of %2: the first appeal of %3 was to be decided by %4, no decision recorded; file the second appeal with the Information Commission by %5 (RTI Act 2005, s.19(3))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an appeal is pending: the sentence is not final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asylum seeker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims %1, court recorded %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent: not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conviction %1 + %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conviction %1 + %2 = %3 (%4 has no day %5: to its last day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embassy verified %1, court recorded %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file a contempt petition before the court (Contempt of Courts Act 1971, s.2(b) and s.12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file the first appeal by %1 (RTI Act 2005, s.19(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held on %1: %2 days past release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked as possible misidentification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest photo taken %1, over %2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded in the %1 days since arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified %1 days after the sentence ended (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the passport book number %1 is known; embassies trace passport numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded at risk if returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered with UNHCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release due %1 (in %2 days) and no repatriation step started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released %1: %2 days past release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remission %1 days covers %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remission %1 days covers %2: release due on the day of sentence, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sentence final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sentence final: not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serving a sentence; %1 has a transfer of sentenced persons agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-off %1 days (%2) covers %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-off %1 days (%2) covers %3: release due on the day of sentence, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stateless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>term left to serve: not known (the agreement requires at least %1 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first appeal was due by %1: file it with the reason for the delay (RTI Act 2005, s.19(1), proviso)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the original passport is with the trial court, no copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prisoner refused consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under trial: in custody since %1 (%2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was held %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a reminder to the commission: the government must report the action taken within one month (Protection of Human Rights Act 1993, s.18(e))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− %1 days remission = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− %1 days set-off (%2) = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− 1 day: the day of sentence counts as served = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not complied with %Ln day(s) later</source>
        <translation>
            <numerusform>not complied with %Ln day later</numerusform>
            <numerusform>not complied with %Ln days later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>Save the new file first: its records need a saved file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? It was recorded by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RtiPanel</name>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First appeal by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTI applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public Information Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns &amp;life or liberty (reply in 48 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTI application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To des&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Information sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rece&amp;ived by the PIO on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First appeal filed &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First appeal deci&amp;ded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second appeal filed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the RTI application to %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Clinic letterhead and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request to embassies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to embassies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What every fact sheet asks of the embassy, unless replaced when printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another database file and reopen the window on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds for the flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the saved settings again, dropping changes not yet saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letterhead and thresholds (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>The reference on the clinic&apos;s letters. In braces: {country} (its code), {date} (YYYY-MM-DD), {year}, {count} (how many people the letter is about).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnatory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desi&amp;gnation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of sentence counts as a day served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As jail manuals count: a one-month term passed on 15 January ends on 14 February. Every file&apos;s release date is worked out again when this changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates shown as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (year-month-day, ISO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this language&apos;s long form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates shown as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window&apos;s language; it changes when Repatriate next starts. Fact sheets stay in English for the embassy, and commands answer in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write numbers and dates in the language&apos;s own digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bengali ০-৯, Hindi and Nepali ०-९, Urdu ۰-۹; from the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the window after minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this many minutes without a key press or a click the window hides the files until it is unlocked (with the passphrase, for an encrypted database). Ctrl+L locks it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after, without use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any other country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routes are the steps a file goes through to get a person home, read from the route files in %1. Each step says whether it comes from the case study or is our assumption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window works on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To open another database every time, start Repatriate with --db PATH or set the %1 environment variable. Without either it opens %2. Keep the database in a folder that is backed up, such as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long overstay (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days past release that count as a long overstay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very long overstay (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days past release that count as a very long overstay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start repatriation before release (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag a file whose release is this close and no step has been taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality unverified after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag a nationality still not verified this long after the sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consular access within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag a file with no consular access this long after arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo out of date after (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embassies need a recent photograph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate after unanswered follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly follow-ups with one desk gone unanswered before the next lever is suggested (a number of chases: 6 is six weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTI reply due within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory time for a reply to a Right to Information request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel document expiring within (weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With no hand-over date planned, flag a travel document that expires within this many weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved. The language changes when Repatriate next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repatriate databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TravelPanel</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-over planned for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the day of the hand-over to the home country (empty: none planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand-over planned for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doc&amp;ument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by des&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <source>&amp;Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a&amp;ll of this desk done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export .&amp;ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the last mark done, snooze or close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the follow-up (a call by default) with its desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log one call with the desk for all its files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the follow-up off to a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop following up this desk on the file until it moves on to it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the prisoner file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the week&apos;s follow-ups as calendar events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the follow-ups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-ups could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging the follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozing the follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop following up: %1? It starts again when the file moves on to the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3 left to act on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1 back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export the %Ln follow-up(s) of %1 as all-day calendar events.</source>
        <translation>
            <numerusform>Export the %Ln follow-up of %1 as all-day calendar events.</numerusform>
            <numerusform>Export the %Ln follow-ups of %1 as all-day calendar events.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the follow-ups as a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 follow-ups saved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days past release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unanswered — suggest: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is chasing these · %1 held past release: no desk holds the file and no follow-up is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 to chase, %3 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held past the release date, and no desk holds the file: record where it was sent, or set a follow-up. Open a file to record a movement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody is chasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desk on the route: choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly follow-ups with this desk have gone unanswered since it got the file: try the next lever and log it as an escalation on the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups of the week by desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 follow-ups due this week (%2 overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 held past release nobody is chasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repatriate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Repatriate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repatriate keeps a file for every foreign prisoner you help: when their sentence ends, how long they have been held past it, which desk has their papers, and whom to call this week. This database has no files yet. How would you like to begin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in the details of one prisoner from the prison&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in a list kept in a spreadsheet. You see every row and every problem before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the program on invented files, in a separate database (%1). Your own database stays empty; restart Repatriate to come back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clinic, as its letters to embassies will name it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on the cover letters and fact sheets. You can fill it in now or later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desi&amp;gnation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines separated by commas, e.g. 12 Court Road, Kolkata 700001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve the letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letterhead is saved; Settings can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letterhead can be filled in later, in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the demo database in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database is ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>under trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sentence completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in detention centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repatriated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>died in custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>immigration detainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asylum seeker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other offender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trial court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embassy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prisoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner ngo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clinic visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>travel permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emergency certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escort order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state prisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mea consular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mea territorial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home foreign ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home repatriation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>travel documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unhcr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nhrc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shrc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embassy visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prison visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consular access by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consular access in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rti request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rti appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>court petition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>court hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngo contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family traced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unhcr form sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>senior official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media in home country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recurring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchased</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own-script name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk holding it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days past release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was held this long past release</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flags</name>
    <message>
        <source>Held past release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held past release ≥ 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held past release ≥ 1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release soon, repatriation not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible misidentification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consular access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk if returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible for transfer of sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport book number only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport held by the court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled at a desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order not complied with by its date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTI reply or appeal overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel document expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
