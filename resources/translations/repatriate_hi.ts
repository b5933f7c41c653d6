<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>About</name>
    <message>
        <source>none: this database is not a file on this computer</source>
        <translation>कोई नहीं: यह डेटाबेस इस कंप्यूटर पर कोई फ़ाइल नहीं है</translation>
    </message>
    <message>
        <source>Tracks foreign prisoners held past the end of their sentence, the desks their repatriation file waits at, and the follow-ups that get them home.</source>
        <translation>सज़ा पूरी होने के बाद भी जेल में रखे गए विदेशी क़ैदियों का हिसाब रखता है: उनके प्रत्यावर्तन की फ़ाइल किन डेस्कों पर रुकी है, और कौन से फ़ॉलो-अप उन्हें घर पहुँचाते हैं।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Licence:&lt;/b&gt; GNU General Public License, version 3 or later (GPL-3.0-or-later). You may copy, share and change the program under its terms.</source>
        <translation>&lt;b&gt;लाइसेंस:&lt;/b&gt; GNU General Public License, संस्करण 3 या बाद का (GPL-3.0-or-later)। इसकी शर्तों के तहत आप प्रोग्राम की प्रतिलिपि बना सकते हैं, बाँट सकते हैं और बदल सकते हैं।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fonts:&lt;/b&gt; the Noto fonts that print fact sheets in every script (Noto Sans, Noto Sans Bengali, Devanagari, Myanmar, Sinhala, Tamil and Ethiopic, Noto Naskh Arabic) are under the SIL Open Font License 1.1, whose text comes with the program (resources/fonts/OFL.txt).</source>
        <translation>&lt;b&gt;फ़ॉन्ट:&lt;/b&gt; हर लिपि में फ़ैक्ट शीट छापने वाले Noto फ़ॉन्ट (Noto Sans, Noto Sans Bengali, Devanagari, Myanmar, Sinhala, Tamil और Ethiopic, Noto Naskh Arabic) SIL Open Font License 1.1 के तहत हैं, जिसका पाठ प्रोग्राम के साथ आता है (resources/fonts/OFL.txt)।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Database:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;डेटाबेस:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;बैकअप:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Press F1 for the guide.</source>
        <translation>गाइड के लिए F1 दबाएँ।</translation>
    </message>
    <message>
        <source>About Repatriate</source>
        <translation>Repatriate के बारे में</translation>
    </message>
</context>
<context>
    <name>AdvocacyPage</name>
    <message>
        <source>Up to 90 days</source>
        <translation>90 दिन तक</translation>
    </message>
    <message>
        <source>91 to 180</source>
        <translation>91 से 180</translation>
    </message>
    <message>
        <source>181 to 365</source>
        <translation>181 से 365</translation>
    </message>
    <message>
        <source>Over 365</source>
        <translation>365 से ज़्यादा</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>राष्ट्रीयता</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>डेस्क</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Times held</source>
        <translation>कितनी बार रखी</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>माध्यिका दिन</translation>
    </message>
    <message>
        <source>90th pct. days</source>
        <translation>90वाँ पर्सेंटाइल दिन</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>लौटाई</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>रुकावट</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>वापसी</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>फ़ाइलें</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>तिमाही</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>अंतिम तारीख़</translation>
    </message>
    <message>
        <source>Past release at its end</source>
        <translation>अंत में रिहाई के बाद भी बंद</translation>
    </message>
    <message>
        <source>New overstays</source>
        <translation>नई अतिरिक्त क़ैद</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>रेफ़</translation>
    </message>
    <message>
        <source>Release due</source>
        <translation>रिहाई की तारीख़</translation>
    </message>
    <message>
        <source>Days past release</source>
        <translation>रिहाई के बाद दिन</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>जिस डेस्क के पास</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>With &amp;names and prisoner numbers</source>
        <translation>नाम और क़ैदी नंबर के साथ (&amp;N)</translation>
    </message>
    <message>
        <source>Saved files are anonymised (refs and counts only) unless this is ticked</source>
        <translation>टिक न करने पर सहेजी गई फ़ाइलें गुमनाम रहती हैं (केवल रेफ़ और गिनती)</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>CSV के रूप में सहेजें (&amp;C)…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>PDF के रूप में सहेजें (&amp;P)…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>लोग</translation>
    </message>
    <message>
        <source>people</source>
        <translation>लोग</translation>
    </message>
    <message>
        <source>Chart: people past release by days</source>
        <translation>चार्ट: दिनों के हिसाब से रिहाई के बाद भी बंद लोग</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>बार लौटाई</translation>
    </message>
    <message>
        <source>Chart: why files were returned</source>
        <translation>चार्ट: फ़ाइलें क्यों लौटाई गईं</translation>
    </message>
    <message>
        <source>No desk has returned a file</source>
        <translation>किसी डेस्क ने कोई फ़ाइल नहीं लौटाई</translation>
    </message>
    <message>
        <source>Past release at the quarter&apos;s end</source>
        <translation>तिमाही के अंत में रिहाई के बाद भी बंद</translation>
    </message>
    <message>
        <source>Chart: people past release by quarter</source>
        <translation>चार्ट: तिमाही के हिसाब से रिहाई के बाद भी बंद लोग</translation>
    </message>
    <message>
        <source>People past release by group</source>
        <translation>समूह के हिसाब से रिहाई के बाद भी बंद लोग</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>डेस्क</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>रुकावटें</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>तिमाहियाँ</translation>
    </message>
    <message>
        <source>Longest cases</source>
        <translation>सबसे लंबे मामले</translation>
    </message>
    <message>
        <source>Past release</source>
        <translation>रिहाई के बाद भी बंद</translation>
    </message>
    <message>
        <source>Anonymised: file refs and counts only. Desk figures count every time a desk had a file; returns are filed under an obstacle by the reason given.</source>
        <translation>गुमनाम: केवल फ़ाइल रेफ़ और गिनती। डेस्क के आँकड़ों में हर वह बार गिना जाता है जब किसी डेस्क के पास फ़ाइल रही; वापसी बताए गए कारण के अनुसार किसी रुकावट के तहत दर्ज होती है।</translation>
    </message>
    <message>
        <source>As of %1: %2 held past their release date.</source>
        <translation>%1 तक: %2 लोग रिहाई की तारीख़ के बाद भी बंद।</translation>
    </message>
    <message>
        <source>Save the advocacy pack</source>
        <translation>एडवोकेसी पैक सहेजें</translation>
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
        <translation>एडवोकेसी पैक %1 में सहेजा गया</translation>
    </message>
    <message>
        <source>Advocacy pack</source>
        <translation>एडवोकेसी पैक</translation>
    </message>
</context>
<context>
    <name>AgendaWords</name>
    <message numerus="yes">
        <source>%Ln file(s) with %1</source>
        <translation>
            <numerusform>%1 पर %Ln फ़ाइल</numerusform>
            <numerusform>%1 पर %Ln फ़ाइलें</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) with %1 desks</source>
        <translation>
            <numerusform>%1 डेस्कों पर %Ln फ़ाइल</numerusform>
            <numerusform>%1 डेस्कों पर %Ln फ़ाइलें</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln फ़ॉलो-अप</numerusform>
            <numerusform>%Ln फ़ॉलो-अप</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to chase this week</source>
        <translation>इस हफ़्ते पीछा करने को कुछ नहीं</translation>
    </message>
    <message numerus="yes">
        <source>with %Ln desk(s)</source>
        <translation>
            <numerusform>%Ln डेस्क के साथ</numerusform>
            <numerusform>%Ln डेस्कों के साथ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln की तारीख़ निकल गई</numerusform>
            <numerusform>%Ln की तारीख़ निकल गई</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held past release nobody is chasing</source>
        <translation>
            <numerusform>रिहाई के बाद भी बंद %Ln, जिनका कोई पीछा नहीं कर रहा</numerusform>
            <numerusform>रिहाई के बाद भी बंद %Ln, जिनका कोई पीछा नहीं कर रहा</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The database is open in another window</source>
        <translation>डेटाबेस दूसरी विंडो में खुला है</translation>
    </message>
    <message>
        <source>%1 is open in another Repatriate window (%2). Only one window at a time may change it. Open it read-only here, to look without changing anything?</source>
        <translation>%1 दूसरी Repatriate विंडो में खुला है (%2)। एक समय में केवल एक विंडो इसे बदल सकती है। कुछ बदले बिना सिर्फ़ देखने के लिए इसे यहाँ केवल-पठन खोलें?</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>केवल-पठन खोलें</translation>
    </message>
    <message>
        <source>Do not open</source>
        <translation>न खोलें</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>डेटाबेस नहीं खुल सकता</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>ऑडिट लॉग</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>क्रम</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>कब (UTC)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>खाता</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>every file</source>
        <translation>हर फ़ाइल</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>दिखाएँ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation>लॉग जाँचें (&amp;V)</translation>
    </message>
    <message>
        <source>File &amp;ref:</source>
        <translation>फ़ाइल रेफ़ (&amp;R):</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>ऑडिट लॉग पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>Entries: %1.</source>
        <translation>प्रविष्टियाँ: %1।</translation>
    </message>
    <message>
        <source>Entries for %2: %1.</source>
        <translation>%2 की प्रविष्टियाँ: %1।</translation>
    </message>
    <message>
        <source>Checking every entry of the log…</source>
        <translation>लॉग की हर प्रविष्टि जाँची जा रही है…</translation>
    </message>
    <message numerus="yes">
        <source>The log is intact: %Ln entr(y|ies), none edited, added or removed.</source>
        <translation>
            <numerusform>लॉग सुरक्षित है: %Ln प्रविष्टि, कोई बदली, जोड़ी या हटाई नहीं गई।</numerusform>
            <numerusform>लॉग सुरक्षित है: %Ln प्रविष्टियाँ, कोई बदली, जोड़ी या हटाई नहीं गई।</numerusform>
        </translation>
    </message>
    <message>
        <source>The log was tampered with at entry %1: %2</source>
        <translation>लॉग में प्रविष्टि %1 पर छेड़छाड़ हुई: %2</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>बैकअप</translation>
    </message>
    <message>
        <source>Verified backups are kept in %1. The last 10 are kept, and the newest of each of the last 7 days, 4 weeks and 12 months. Copy this folder to another disk from time to time.</source>
        <translation>जाँचे गए बैकअप %1 में रखे जाते हैं। आख़िरी 10 रखे जाते हैं, और पिछले 7 दिनों, 4 हफ़्तों और 12 महीनों में से हर एक का सबसे नया। समय-समय पर यह फ़ोल्डर किसी दूसरी डिस्क पर कॉपी करें।</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>बना</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>क्यों</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>फ़ाइलें</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>No backup yet: make one now.</source>
        <translation>अभी कोई बैकअप नहीं: अभी एक बनाएँ।</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>अभी बैकअप लें (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>यह बैकअप बहाल करें (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Check the database</source>
        <translation>डेटाबेस जाँचें (&amp;C)</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>हाथ से बनाया</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>स्वचालित</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>आयात से पहले</translation>
    </message>
    <message>
        <source>before a deletion</source>
        <translation>हटाने से पहले</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>बहाली से पहले</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>बैकअप पढ़े जा रहे हैं…</translation>
    </message>
    <message>
        <source>Making a backup and checking it…</source>
        <translation>बैकअप बनाया और जाँचा जा रहा है…</translation>
    </message>
    <message>
        <source>Backup made and verified: %1</source>
        <translation>बैकअप बना और जाँचा गया: %1</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>यह बैकअप बहाल करें</translation>
    </message>
    <message>
        <source>Put the backup made %1 in place of the database?

Everything changed since then is replaced. The database as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>%1 को बना बैकअप डेटाबेस की जगह रखें?

तब से बदली गई हर चीज़ बदल दी जाएगी। पहले डेटाबेस की मौजूदा स्थिति का बैकअप लिया जाता है, इसलिए उस बैकअप को बहाल करके इसे पलटा जा सकता है।</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>बहाल किया जा रहा है…</translation>
    </message>
    <message>
        <source>Restored. The database as it was is kept as %1</source>
        <translation>बहाल हो गया। पहले वाला डेटाबेस %1 के रूप में रखा गया है</translation>
    </message>
    <message>
        <source>Checking every page of the database…</source>
        <translation>डेटाबेस का हर पेज जाँचा जा रहा है…</translation>
    </message>
    <message>
        <source>No damage found in %1.</source>
        <translation>%1 में कोई ख़राबी नहीं मिली।</translation>
    </message>
    <message>
        <source>The newest sound backup was made %1; choose it and restore it.</source>
        <translation>सबसे नया सही बैकअप %1 को बना था; उसे चुनकर बहाल करें।</translation>
    </message>
    <message>
        <source>No sound backup was found.</source>
        <translation>कोई सही बैकअप नहीं मिला।</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>डेटाबेस ख़राब है</translation>
    </message>
    <message numerus="yes">
        <source>SQLite found %Ln problem(s), the first: %1

%2</source>
        <translation>
            <numerusform>SQLite को %Ln समस्या मिली, पहली: %1

%2</numerusform>
            <numerusform>SQLite को %Ln समस्याएँ मिलीं, पहली: %1

%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleOffer</name>
    <message>
        <source>Cannot import the bundle</source>
        <translation>बंडल आयात नहीं हो सकता</translation>
    </message>
    <message>
        <source>%1 is open read-only here: nothing can be imported into it.</source>
        <translation>%1 यहाँ केवल-पठन खुला है: इसमें कुछ भी आयात नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>बंडल आयात करें</translation>
    </message>
    <message>
        <source>Import every file in %1 into the database %2?

A backup of the database is made first. If some of the bundle&apos;s refs are already taken here, nothing is imported.</source>
        <translation>%1 की हर फ़ाइल डेटाबेस %2 में आयात करें?

पहले डेटाबेस का बैकअप लिया जाता है। अगर बंडल के कुछ रेफ़ यहाँ पहले से इस्तेमाल में हैं, तो कुछ भी आयात नहीं होगा।</translation>
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation>बंडल आयात नहीं हुआ</translation>
    </message>
    <message>
        <source>Files imported from %2: %1</source>
        <translation>%2 से आयात की गई फ़ाइलें: %1</translation>
    </message>
</context>
<context>
    <name>ChainPanel</name>
    <message numerus="yes">
        <source>%1 — since %2, %Ln day(s)</source>
        <translation>
            <numerusform>%1 — %2 से, %Ln दिन</numerusform>
            <numerusform>%1 — %2 से, %Ln दिन</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stalled: expected within %Ln day(s)</source>
        <translation>
            <numerusform>अटकी: %Ln दिन में होना था</numerusform>
            <numerusform>अटकी: %Ln दिनों में होना था</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Came back to a desk %Ln time(s);</source>
        <translation>
            <numerusform>एक डेस्क पर %Ln बार लौटी;</numerusform>
            <numerusform>एक डेस्क पर %Ln बार लौटी;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>returned with an objection %Ln time(s).</source>
        <translation>
            <numerusform>आपत्ति के साथ %Ln बार वापस आई।</numerusform>
            <numerusform>आपत्ति के साथ %Ln बार वापस आई।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln step(s) done.</source>
        <translation>
            <numerusform>%Ln चरण में से %1 पूरे।</numerusform>
            <numerusform>%Ln चरणों में से %1 पूरे।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskDialog</name>
    <message>
        <source>Edit desk</source>
        <translation>डेस्क संपादित करें</translation>
    </message>
    <message>
        <source>Add desk</source>
        <translation>डेस्क जोड़ें</translation>
    </message>
    <message>
        <source>e.g. EMB-BD</source>
        <translation>जैसे EMB-BD</translation>
    </message>
    <message>
        <source>Where the desk is: an ISO code such as IN, or a name</source>
        <translation>डेस्क कहाँ है: IN जैसा ISO कोड, या नाम</translation>
    </message>
    <message>
        <source>Countries it deals with, separated by commas (codes such as BD, or names)</source>
        <translation>जिन देशों का काम देखता है, कॉमा से अलग (BD जैसे कोड, या नाम)</translation>
    </message>
    <message>
        <source>How long the desk should hold a file; longer than this, the file is stalled</source>
        <translation>डेस्क को फ़ाइल कितने दिन रखनी चाहिए; इससे ज़्यादा होने पर फ़ाइल अटकी मानी जाती है</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>अधिकारी</translation>
    </message>
    <message>
        <source>Add o&amp;fficer</source>
        <translation>अधिकारी जोड़ें (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Remove officer</source>
        <translation>अधिकारी हटाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>कोड (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>नाम (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>संगठन (&amp;O)</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>भूमिका (&amp;L)</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>देश (&amp;Y)</translation>
    </message>
    <message>
        <source>Deals &amp;with</source>
        <translation>किनका काम देखता है (&amp;W)</translation>
    </message>
    <message>
        <source>Indian &amp;state</source>
        <translation>भारतीय राज्य (&amp;S)</translation>
    </message>
    <message>
        <source>Di&amp;vision</source>
        <translation>डिवीज़न (&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>शहर (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>पता (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>फ़ोन (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>ई-मेल (&amp;E)</translation>
    </message>
    <message>
        <source>E&amp;xpected days</source>
        <translation>अपेक्षित दिन (&amp;X)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>टिप्पणी (&amp;T)</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>स्रोत (&amp;U)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>समस्याएँ</translation>
    </message>
    <message>
        <source>Officers (dates as 2025-04-01)</source>
        <translation>अधिकारी (तारीख़ 2025-04-01 की तरह)</translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <translation>ई-मेल पता नहीं है</translation>
    </message>
    <message>
        <source>required (IN for a desk in India)</source>
        <translation>ज़रूरी (भारत के डेस्क के लिए IN)</translation>
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
        <translation>नाम</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>पद</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>कब से</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>कब तक</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>A date such as 2025-04-01; leave empty if not known</source>
        <translation>2025-04-01 जैसी तारीख़; पता न हो तो ख़ाली छोड़ें</translation>
    </message>
    <message>
        <source>Officer %1, %2</source>
        <translation>अधिकारी %1, %2</translation>
    </message>
    <message>
        <source>required</source>
        <translation>ज़रूरी</translation>
    </message>
    <message>
        <source>not a date such as 2025-04-01</source>
        <translation>2025-04-01 जैसी तारीख़ नहीं है</translation>
    </message>
    <message>
        <source>before the since date</source>
        <translation>शुरुआती तारीख़ से पहले</translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <translation>ई-मेल पता नहीं है</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>संगठन</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>Expected days</source>
        <translation>अपेक्षित दिन</translation>
    </message>
    <message>
        <source>Current officer</source>
        <translation>मौजूदा अधिकारी</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>डेस्क</translation>
    </message>
    <message>
        <source>Median
days</source>
        <translation>माध्यिका
दिन</translation>
    </message>
    <message>
        <source>Half the times the desk had a file, it held it longer than this</source>
        <translation>डेस्क के पास जितनी बार फ़ाइल रही, उनमें से आधी बार उसने इससे ज़्यादा दिन रखी</translation>
    </message>
    <message>
        <source>90th pct.
days</source>
        <translation>90वाँ पर्सेंटाइल
दिन</translation>
    </message>
    <message>
        <source>90th percentile: one time in ten, the desk held a file longer than this</source>
        <translation>90वाँ पर्सेंटाइल: दस में से एक बार डेस्क ने फ़ाइल इससे ज़्यादा दिन रखी</translation>
    </message>
    <message>
        <source>Times
held</source>
        <translation>कितनी
बार रखी</translation>
    </message>
    <message>
        <source>Times the desk had a file, finished or still open</source>
        <translation>डेस्क के पास कितनी बार फ़ाइल आई, पूरी हुई या अभी खुली</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>लौटाई</translation>
    </message>
    <message>
        <source>Times it sent a file back with an objection</source>
        <translation>कितनी बार आपत्ति के साथ फ़ाइल लौटाई</translation>
    </message>
    <message>
        <source>Came
back</source>
        <translation>फिर
आई</translation>
    </message>
    <message>
        <source>Times a file came back to it after it had let the file go</source>
        <translation>छोड़ने के बाद कितनी बार फ़ाइल उसके पास फिर आई</translation>
    </message>
    <message>
        <source>Held
now</source>
        <translation>अभी
पास</translation>
    </message>
    <message>
        <source>Files it holds now</source>
        <translation>अभी उसके पास की फ़ाइलें</translation>
    </message>
    <message>
        <source>Stalled
now</source>
        <translation>अभी
अटकी</translation>
    </message>
    <message>
        <source>Files it holds now for longer than its expected time</source>
        <translation>अपेक्षित समय से ज़्यादा से उसके पास पड़ी फ़ाइलें</translation>
    </message>
    <message>
        <source>Filter by code, name, organisation, state, city or officer</source>
        <translation>कोड, नाम, संगठन, राज्य, शहर या अधिकारी से छाँटें</translation>
    </message>
    <message>
        <source>Filter desks</source>
        <translation>डेस्क छाँटें</translation>
    </message>
    <message>
        <source>&amp;Add desk…</source>
        <translation>डेस्क जोड़ें (&amp;A)…</translation>
    </message>
    <message>
        <source>Add a ministry desk, embassy or office</source>
        <translation>मंत्रालय का डेस्क, दूतावास या दफ़्तर जोड़ें</translation>
    </message>
    <message>
        <source>Edi&amp;t desk…</source>
        <translation>डेस्क संपादित करें (&amp;T)…</translation>
    </message>
    <message>
        <source>Edit the selected desk and its officers</source>
        <translation>चुने गए डेस्क और उसके अधिकारियों को संपादित करें</translation>
    </message>
    <message>
        <source>Desk directory</source>
        <translation>डेस्क निर्देशिका</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>राष्ट्रीयता</translation>
    </message>
    <message>
        <source>Any nationality</source>
        <translation>कोई भी राष्ट्रीयता</translation>
    </message>
    <message>
        <source>Prison state</source>
        <translation>जेल का राज्य</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>कोई भी राज्य</translation>
    </message>
    <message>
        <source>Holds begun &amp;from</source>
        <translation>फ़ाइल रखने की शुरुआत, से (&amp;F)</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>तक (&amp;O)</translation>
    </message>
    <message>
        <source>How long desks hold files</source>
        <translation>डेस्क फ़ाइलें कितने दिन रखते हैं</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>माध्यिका दिन</translation>
    </message>
    <message>
        <source>90th percentile days</source>
        <translation>90वाँ पर्सेंटाइल दिन</translation>
    </message>
    <message>
        <source>days held</source>
        <translation>रखे गए दिन</translation>
    </message>
    <message>
        <source>Chart: which desks hold files longest</source>
        <translation>चार्ट: कौन से डेस्क फ़ाइलें सबसे लंबे समय तक रखते हैं</translation>
    </message>
    <message>
        <source>No desk has held a file of this choice</source>
        <translation>इस चुनाव की कोई फ़ाइल किसी डेस्क के पास नहीं रही</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more desk(s) in the table</source>
        <translation>
            <numerusform>तालिका में %Ln और डेस्क</numerusform>
            <numerusform>तालिका में %Ln और डेस्क</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Nationality</source>
        <translation>राष्ट्रीयता (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Prison state</source>
        <translation>जेल का राज्य (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>निर्देशिका (&amp;D)</translation>
    </message>
    <message>
        <source>How &amp;long desks hold files</source>
        <translation>डेस्क फ़ाइलें कितने दिन रखते हैं (&amp;L)</translation>
    </message>
    <message>
        <source>Loading the desks…</source>
        <translation>डेस्क लोड हो रहे हैं…</translation>
    </message>
    <message>
        <source>Counting how long desks held files…</source>
        <translation>डेस्कों ने फ़ाइलें कितने दिन रखीं, यह गिना जा रहा है…</translation>
    </message>
    <message numerus="yes">
        <source>As of %1: %Ln desk(s) (has|have) held these files;</source>
        <translation>
            <numerusform>%1 तक: %Ln डेस्क ने ये फ़ाइलें रखी हैं;</numerusform>
            <numerusform>%1 तक: %Ln डेस्कों ने ये फ़ाइलें रखी हैं;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) (sits|sit) now past a desk&apos;s expected time.</source>
        <translation>
            <numerusform>%Ln फ़ाइल अभी डेस्क के अपेक्षित समय से आगे पड़ी है।</numerusform>
            <numerusform>%Ln फ़ाइलें अभी डेस्क के अपेक्षित समय से आगे पड़ी हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Days count from the day a desk got the file to the day it let it go (or to today).</source>
        <translation>दिन उस दिन से गिने जाते हैं जब डेस्क को फ़ाइल मिली, उस दिन तक जब उसने फ़ाइल आगे भेजी (या आज तक)।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln desk(s)</source>
        <translation>
            <numerusform>%Ln डेस्क</numerusform>
            <numerusform>%Ln डेस्क</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln desk(s)</source>
        <translation>
            <numerusform>%Ln डेस्क में से %1</numerusform>
            <numerusform>%Ln डेस्कों में से %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Desk %1 saved</source>
        <translation>डेस्क %1 सहेजा गया</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Likely the same person</source>
        <translation>संभवतः एक ही व्यक्ति</translation>
    </message>
    <message>
        <source>%1 looks like people already on file. Merge it into one of them, or keep both if they are different people.</source>
        <translation>पहले से रिकॉर्ड में दर्ज कुछ लोग %1 से मिलते-जुलते हैं। इसे उनमें से किसी एक की फ़ाइल में मिलाएँ, या अगर वे अलग-अलग व्यक्ति हैं तो दोनों फ़ाइलें रखें।</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>रेफ़</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Native script</source>
        <translation>अपनी लिपि में नाम</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>जेल</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>राष्ट्रीयता</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>जन्म वर्ष</translation>
    </message>
    <message>
        <source>Why alike</source>
        <translation>समानता का कारण</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>संभावित डुप्लिकेट फ़ाइलें</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <source>On file</source>
        <translation>रिकॉर्ड की फ़ाइल</translation>
    </message>
    <message>
        <source>This file (tick to keep)</source>
        <translation>यह फ़ाइल (रखने के लिए टिक करें)</translation>
    </message>
    <message>
        <source>Values to keep</source>
        <translation>रखे जाने वाले मान</translation>
    </message>
    <message>
        <source>&amp;Keep both — different people</source>
        <translation>दोनों रखें — अलग-अलग व्यक्ति (&amp;K)</translation>
    </message>
    <message>
        <source>%1 on file and this file differ in these fields:</source>
        <translation>रिकॉर्ड की फ़ाइल %1 और यह फ़ाइल इन फ़ील्ड में अलग हैं:</translation>
    </message>
    <message>
        <source>&amp;Merge into %1</source>
        <translation>%1 में मिलाएँ (&amp;M)</translation>
    </message>
</context>
<context>
    <name>ExportCalendarDialog</name>
    <message>
        <source>Export to a calendar</source>
        <translation>कैलेंडर में निर्यात</translation>
    </message>
    <message>
        <source>Put the prisoners&apos; &amp;names in the calendar</source>
        <translation>कैलेंडर में क़ैदियों के नाम डालें (&amp;N)</translation>
    </message>
    <message>
        <source>Calendars are often synced to phones and cloud services. Without names, each event shows only the file ref and the desk, which mean nothing to anyone outside the clinic.</source>
        <translation>कैलेंडर अक्सर फ़ोन और क्लाउड सेवाओं से सिंक होते हैं। नामों के बिना हर इवेंट में सिर्फ़ फ़ाइल रेफ़ और डेस्क दिखते हैं, जिनका क्लिनिक के बाहर किसी के लिए कोई मतलब नहीं।</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>फ़ाइल चुनें (&amp;C)…</translation>
    </message>
</context>
<context>
    <name>ExportReport</name>
    <message numerus="yes">
        <source>%Ln file(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln फ़ाइल %1 में निर्यात हुई।</numerusform>
            <numerusform>%Ln फ़ाइलें %1 में निर्यात हुईं।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <source>Date</source>
        <translation>तारीख़</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>गतिविधि</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>डेस्क</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>जवाब</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>नतीजा</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>अगला क़दम</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>दबाव का तरीक़ा</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>जवाब की अंतिम तिथि</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>फ़ॉलो-अप</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>पद</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>दोहराव</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>कब तक टला</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>बंद होने की तारीख़</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>गतिविधियाँ</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>फ़ॉलो-अप</translation>
    </message>
    <message>
        <source>Delete activi&amp;ty…</source>
        <translation>गतिविधि हटाएँ (&amp;T)…</translation>
    </message>
    <message>
        <source>Delete the chosen activity, logged by mistake</source>
        <translation>ग़लती से दर्ज चुनी गई गतिविधि हटाएँ</translation>
    </message>
    <message>
        <source>Activity date</source>
        <translation>गतिविधि की तारीख़</translation>
    </message>
    <message>
        <source>The desk &amp;replied (stops the weekly follow-up with it)</source>
        <translation>डेस्क ने जवाब दिया (&amp;R) (उससे साप्ताहिक फ़ॉलो-अप रुकता है)</translation>
    </message>
    <message>
        <source>(not an escalation)</source>
        <translation>(एस्केलेशन नहीं)</translation>
    </message>
    <message>
        <source>&amp;Log activity</source>
        <translation>गतिविधि दर्ज करें (&amp;L)</translation>
    </message>
    <message>
        <source>Log a call, letter, visit or other activity on this file</source>
        <translation>इस फ़ाइल पर कॉल, पत्र, मुलाक़ात या कोई और गतिविधि दर्ज करें</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>फ़ॉलो-अप की तारीख़</translation>
    </message>
    <message>
        <source>Follow-up desk</source>
        <translation>फ़ॉलो-अप का डेस्क</translation>
    </message>
    <message>
        <source>What to follow up</source>
        <translation>किस बात का फ़ॉलो-अप</translation>
    </message>
    <message>
        <source>e.g. ask the embassy for the travel permit</source>
        <translation>जैसे दूतावास से यात्रा परमिट माँगना</translation>
    </message>
    <message>
        <source>once</source>
        <translation>एक बार</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>हर हफ़्ते</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>हर दो हफ़्ते</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>हर महीने</translation>
    </message>
    <message>
        <source>Set &amp;follow-up</source>
        <translation>फ़ॉलो-अप तय करें (&amp;F)</translation>
    </message>
    <message>
        <source>Put a follow-up of this file on the agenda, once or repeating</source>
        <translation>इस फ़ाइल का फ़ॉलो-अप एजेंडा पर रखें, एक बार या बार-बार</translation>
    </message>
    <message>
        <source>Set a follow-up</source>
        <translation>फ़ॉलो-अप तय करें</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>तारीख़ (&amp;O)</translation>
    </message>
    <message>
        <source>With des&amp;k</source>
        <translation>डेस्क के साथ (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>क्या (&amp;W)</translation>
    </message>
    <message>
        <source>Re&amp;peats</source>
        <translation>दोहराव (&amp;P)</translation>
    </message>
    <message>
        <source>Log an activity</source>
        <translation>गतिविधि दर्ज करें</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation>गतिविधि (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>तारीख़ (&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;esk</source>
        <translation>डेस्क (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>नतीजा (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>अगला क़दम (&amp;N)</translation>
    </message>
    <message>
        <source>Lever &amp;used</source>
        <translation>इस्तेमाल किया दबाव (&amp;U)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Activities&lt;/b&gt;</source>
        <translation>&lt;b&gt;गतिविधियाँ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Follow-ups set on this file&lt;/b&gt;</source>
        <translation>&lt;b&gt;इस फ़ाइल पर तय फ़ॉलो-अप&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>गतिविधि हटाएँ</translation>
    </message>
    <message>
        <source>the %1%2 of %3</source>
        <translation>%3 की %1%2</translation>
    </message>
    <message>
        <source>date not known</source>
        <translation>तारीख़ पता नहीं</translation>
    </message>
    <message>
        <source>taken %1</source>
        <translation>%1 को खींची</translation>
    </message>
    <message>
        <source>court order</source>
        <translation>अदालत का आदेश</translation>
    </message>
    <message>
        <source>travel document</source>
        <translation>यात्रा दस्तावेज़</translation>
    </message>
    <message>
        <source>passport copy</source>
        <translation>पासपोर्ट की प्रति</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>पत्र</translation>
    </message>
    <message>
        <source>other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>दिनांक</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>फ़ाइल का नाम</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>Save the new file first: photos and documents attach to a saved file.</source>
        <translation>पहले नई फ़ाइल सहेजें: फ़ोटो और दस्तावेज़ सहेजी गई फ़ाइल से ही जुड़ते हैं।</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <source>Photo taken on</source>
        <translation>फ़ोटो खींचने की तारीख़</translation>
    </message>
    <message>
        <source>Add p&amp;hoto…</source>
        <translation>फ़ोटो जोड़ें (&amp;H)…</translation>
    </message>
    <message>
        <source>Attach a PNG or JPEG photo, with the date it was taken</source>
        <translation>PNG या JPEG फ़ोटो जोड़ें, खींचने की तारीख़ के साथ</translation>
    </message>
    <message>
        <source>Save photo &amp;as…</source>
        <translation>फ़ोटो इस रूप में सहेजें (&amp;A)…</translation>
    </message>
    <message>
        <source>Save a copy of the selected photo</source>
        <translation>चुनी गई फ़ोटो की एक प्रति सहेजें</translation>
    </message>
    <message>
        <source>No photo yet: add one with Add photo…. An embassy recognises its national by the face when the prison wrote the name wrongly.</source>
        <translation>अभी कोई फ़ोटो नहीं: “फ़ोटो जोड़ें…” से जोड़ें। जब जेल ने नाम ग़लत लिखा हो, तो दूतावास अपने नागरिक को चेहरे से पहचानता है।</translation>
    </message>
    <message>
        <source>No document yet: add the court order, the release order, a passport copy or a letter with Add document…; they are printed after the fact sheet.</source>
        <translation>अभी कोई दस्तावेज़ नहीं: “दस्तावेज़ जोड़ें…” से अदालत का आदेश, रिहाई का आदेश, पासपोर्ट की प्रति या पत्र जोड़ें; ये फ़ैक्ट शीट के बाद छपते हैं।</translation>
    </message>
    <message>
        <source>&amp;Taken on</source>
        <translation>खींचने की तारीख़ (&amp;T)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Document kind</source>
        <translation>दस्तावेज़ का प्रकार</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>दस्तावेज़ का शीर्षक</translation>
    </message>
    <message>
        <source>Document dated</source>
        <translation>दस्तावेज़ की तारीख़</translation>
    </message>
    <message>
        <source>Add &amp;document…</source>
        <translation>दस्तावेज़ जोड़ें (&amp;D)…</translation>
    </message>
    <message>
        <source>Attach a PDF, PNG or JPEG document</source>
        <translation>PDF, PNG या JPEG दस्तावेज़ जोड़ें</translation>
    </message>
    <message>
        <source>Sa&amp;ve document as…</source>
        <translation>दस्तावेज़ इस रूप में सहेजें (&amp;V)…</translation>
    </message>
    <message>
        <source>Save a copy of the selected document</source>
        <translation>चुने गए दस्तावेज़ की एक प्रति सहेजें</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>प्रकार (&amp;K)</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>शीर्षक (&amp;I)</translation>
    </message>
    <message>
        <source>Dat&amp;ed</source>
        <translation>दिनांक (&amp;E)</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>फ़ोटो जोड़ें</translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg)</source>
        <translation>फ़ोटो (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>दस्तावेज़ जोड़ें</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>दस्तावेज़ (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>तारीख़: %1</translation>
    </message>
    <message>
        <source>Choose a photo first.</source>
        <translation>पहले एक फ़ोटो चुनें।</translation>
    </message>
    <message>
        <source>Choose a document first.</source>
        <translation>पहले एक दस्तावेज़ चुनें।</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>एक प्रति सहेजें</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>आवाजाही</translation>
    </message>
    <message>
        <source>Letter ref</source>
        <translation>पत्र रेफ़</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>माध्यम</translation>
    </message>
    <message>
        <source>Note or objection</source>
        <translation>टिप्पणी या आपत्ति</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>फ़ाइल की आवाजाही</translation>
    </message>
    <message>
        <source>Delete movemen&amp;t…</source>
        <translation>आवाजाही हटाएँ (&amp;T)…</translation>
    </message>
    <message>
        <source>Delete the chosen movement, recorded by mistake</source>
        <translation>ग़लती से दर्ज चुनी गई आवाजाही हटाएँ</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>सुधारें (&amp;R)…</translation>
    </message>
    <message>
        <source>Put the chosen movement in the form to record it again as it should have been</source>
        <translation>चुनी गई आवाजाही को फ़ॉर्म में लाएँ, ताकि उसे सही रूप में फिर से दर्ज किया जा सके</translation>
    </message>
    <message>
        <source>Movement date</source>
        <translation>आवाजाही की तारीख़</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>दर्ज नहीं</translation>
    </message>
    <message>
        <source>Forwarded from</source>
        <translation>कहाँ से भेजी गई</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>for a return: the objection</source>
        <translation>लौटाने पर: आपत्ति</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>रुकावट</translation>
    </message>
    <message>
        <source>Record &amp;movement</source>
        <translation>आवाजाही दर्ज करें (&amp;M)</translation>
    </message>
    <message>
        <source>Record that the file went to, came back from or was cleared by a desk</source>
        <translation>दर्ज करें कि फ़ाइल किसी डेस्क को गई, वहाँ से लौटी या वहाँ से मंज़ूर हुई</translation>
    </message>
    <message>
        <source>Record a movement</source>
        <translation>आवाजाही दर्ज करें</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>क्या हुआ (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Forwarded from</source>
        <translation>कहाँ से भेजी गई (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Letter ref</source>
        <translation>पत्र रेफ़ (&amp;L)</translation>
    </message>
    <message>
        <source>Vi&amp;a</source>
        <translation>माध्यम (&amp;A)</translation>
    </message>
    <message>
        <source>O&amp;bstacle</source>
        <translation>रुकावट (&amp;B)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>टिप्पणी (&amp;O)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>अभी</translation>
    </message>
    <message>
        <source>Record the co&amp;rrection</source>
        <translation>सुधार दर्ज करें (&amp;R)</translation>
    </message>
    <message>
        <source>Correct: %1</source>
        <translation>सुधार: %1</translation>
    </message>
    <message>
        <source>Delete movement</source>
        <translation>आवाजाही हटाएँ</translation>
    </message>
    <message>
        <source>the movement “%1”</source>
        <translation>आवाजाही “%1”</translation>
    </message>
    <message>
        <source>Proposed: the next desk on the file&apos;s route</source>
        <translation>प्रस्तावित: फ़ाइल के रास्ते का अगला डेस्क</translation>
    </message>
    <message>
        <source>The route proposes no desk for this file: choose the one it went to</source>
        <translation>इस फ़ाइल के लिए रास्ता कोई डेस्क नहीं सुझाता: जिस डेस्क पर फ़ाइल गई वह चुनें</translation>
    </message>
    <message>
        <source>&lt;b&gt;Holding it now:&lt;/b&gt;</source>
        <translation>&lt;b&gt;अभी किसके पास:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;No desk holds it now.&lt;/b&gt;</source>
        <translation>&lt;b&gt;अभी किसी डेस्क के पास नहीं।&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;No repatriation step recorded yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;अभी प्रत्यावर्तन का कोई चरण दर्ज नहीं।&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No route applies to this file.</source>
        <translation>इस फ़ाइल पर कोई रास्ता लागू नहीं होता।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Route:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;रास्ता:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>In progress: %1</source>
        <translation>जारी: %1</translation>
    </message>
    <message>
        <source>no desk in the directory</source>
        <translation>निर्देशिका में कोई डेस्क नहीं</translation>
    </message>
    <message>
        <source>Send next: %1 (%2)</source>
        <translation>आगे भेजें: %1 (%2)</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>फिर: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;%1:&lt;/i&gt; %2</source>
        <translation>&lt;i&gt;%1:&lt;/i&gt; %2</translation>
    </message>
    <message>
        <source>desk: (empty): choose the desk the file went to</source>
        <translation>डेस्क: (ख़ाली): जिस डेस्क पर फ़ाइल गई वह चुनें</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>रिश्ता</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>अपनी लिपि में नाम</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Traced on</source>
        <translation>पता लगा</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>contact %1, traced on: not a date (YYYY-MM-DD)</source>
        <translation>संपर्क %1, पता लगा: तारीख़ नहीं है (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Save the file&apos;s fields (Ctrl+S)</source>
        <translation>फ़ाइल के खाने सहेजें (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>फ़ाइल सहेजें</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>रिहाई की तारीख़</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flags&lt;/b&gt; (as saved)</source>
        <translation>&lt;b&gt;फ़्लैग&lt;/b&gt; (सहेजे गए रूप में)</translation>
    </message>
    <message>
        <source>&amp;1 Person</source>
        <translation>&amp;1 व्यक्ति</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <source>&amp;2 Nationality</source>
        <translation>&amp;2 राष्ट्रीयता</translation>
    </message>
    <message>
        <source>Nationality and documents</source>
        <translation>राष्ट्रीयता और दस्तावेज़</translation>
    </message>
    <message>
        <source>&amp;3 Custody</source>
        <translation>&amp;3 हिरासत</translation>
    </message>
    <message>
        <source>Custody and sentence</source>
        <translation>हिरासत और सज़ा</translation>
    </message>
    <message>
        <source>&amp;4 Risk</source>
        <translation>&amp;4 जोखिम</translation>
    </message>
    <message>
        <source>Category and risk</source>
        <translation>श्रेणी और जोखिम</translation>
    </message>
    <message>
        <source>&amp;5 Family</source>
        <translation>&amp;5 परिवार</translation>
    </message>
    <message>
        <source>Family contacts</source>
        <translation>परिवार के संपर्क</translation>
    </message>
    <message>
        <source>&amp;6 Desk chain</source>
        <translation>&amp;6 डेस्क-शृंखला</translation>
    </message>
    <message>
        <source>Desk chain and movements</source>
        <translation>डेस्क-शृंखला और आवाजाही</translation>
    </message>
    <message>
        <source>&amp;7 Activities</source>
        <translation>&amp;7 गतिविधियाँ</translation>
    </message>
    <message>
        <source>Activities and follow-ups</source>
        <translation>गतिविधियाँ और फ़ॉलो-अप</translation>
    </message>
    <message>
        <source>&amp;8 Photos</source>
        <translation>&amp;8 फ़ोटो</translation>
    </message>
    <message>
        <source>Photos and documents</source>
        <translation>फ़ोटो और दस्तावेज़</translation>
    </message>
    <message>
        <source>&amp;9 Notes</source>
        <translation>&amp;9 टिप्पणी</translation>
    </message>
    <message>
        <source>Referral and notes</source>
        <translation>रेफ़रल और टिप्पणी</translation>
    </message>
    <message>
        <source>&amp;0 Orders</source>
        <translation>&amp;0 आदेश</translation>
    </message>
    <message>
        <source>Orders of courts and commissions, RTI, travel documents</source>
        <translation>अदालतों और आयोगों के आदेश, RTI, यात्रा दस्तावेज़</translation>
    </message>
    <message>
        <source>already used by another file</source>
        <translation>दूसरी फ़ाइल में पहले से इस्तेमाल</translation>
    </message>
    <message>
        <source>The file was not saved</source>
        <translation>फ़ाइल नहीं सहेजी गई</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 सहेजी गई</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>बिना सहेजे बदलाव</translation>
    </message>
    <message>
        <source>The file %1 has changes that are not saved. Save them?</source>
        <translation>फ़ाइल %1 में ऐसे बदलाव हैं जो सहेजे नहीं गए। उन्हें सहेजें?</translation>
    </message>
    <message>
        <source>No file open</source>
        <translation>कोई फ़ाइल खुली नहीं</translation>
    </message>
    <message>
        <source>No flags raised.</source>
        <translation>कोई फ़्लैग नहीं।</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(अभी नाम नहीं)</translation>
    </message>
    <message>
        <source>Fix the problems shown in red first</source>
        <translation>पहले लाल रंग में दिखाई गई समस्याएँ ठीक करें</translation>
    </message>
    <message>
        <source>New file, not saved yet</source>
        <translation>नई फ़ाइल, अभी सहेजी नहीं गई</translation>
    </message>
    <message>
        <source>Unsaved changes; the file was changed elsewhere</source>
        <translation>बिना सहेजे बदलाव; फ़ाइल कहीं और बदली गई</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>सहेजी गई</translation>
    </message>
    <message numerus="yes">
        <source>To fix before saving (%Ln): </source>
        <translation>
            <numerusform>सहेजने से पहले ठीक करें (%Ln): </numerusform>
            <numerusform>सहेजने से पहले ठीक करें (%Ln): </numerusform>
        </translation>
    </message>
    <message>
        <source>Release due: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>रिहाई की तारीख़: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Release due: none yet (under trial, no conviction recorded)</source>
        <translation>रिहाई की तारीख़: अभी नहीं (विचाराधीन, कोई दोषसिद्धि दर्ज नहीं)</translation>
    </message>
    <message>
        <source>Release due: cannot be worked out (see the problems)</source>
        <translation>रिहाई की तारीख़: निकाली नहीं जा सकती (समस्याएँ देखें)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:%1&quot;&gt;Held %Ln day(s) past release&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;रिहाई के बाद %Ln दिन से बंद&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;रिहाई के बाद %Ln दिन से बंद&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Not held past release</source>
        <translation>रिहाई के बाद बंद नहीं</translation>
    </message>
    <message>
        <source>Enter the conviction date and sentence to work out the release date.</source>
        <translation>रिहाई की तारीख़ निकालने के लिए दोषसिद्धि की तारीख़ और सज़ा भरें।</translation>
    </message>
    <message>
        <source>Not saved: fix the problems shown in red</source>
        <translation>नहीं सहेजी गई: लाल रंग में दिखाई गई समस्याएँ ठीक करें</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>नहीं सहेजी गई</translation>
    </message>
    <message>
        <source>The files were not merged</source>
        <translation>फ़ाइलें नहीं मिलाई गईं</translation>
    </message>
    <message>
        <source>Merged %1 into %2</source>
        <translation>%1 को %2 में मिलाया गया</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>किसी और ने सहेजी</translation>
    </message>
    <message>
        <source>Someone else saved this file after you opened it, so your changes were not saved (%1).

Reload their version (your changes are lost), or keep your changes on screen to copy what you need before reloading?</source>
        <translation>आपके खोलने के बाद किसी और ने यह फ़ाइल सहेजी, इसलिए आपके बदलाव नहीं सहेजे गए (%1)।

उनका संस्करण फिर से लोड करें (आपके बदलाव खो जाएँगे), या फिर से लोड करने से पहले ज़रूरी हिस्सा कॉपी करने के लिए अपने बदलाव स्क्रीन पर रखें?</translation>
    </message>
    <message>
        <source>&amp;Reload their version</source>
        <translation>उनका संस्करण लोड करें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep my changes</source>
        <translation>मेरे बदलाव रखें (&amp;K)</translation>
    </message>
    <message>
        <source>The file %1 was deleted</source>
        <translation>फ़ाइल %1 हटा दी गई</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>रेफ़</translation>
    </message>
    <message>
        <source>Name as recorded</source>
        <translation>दर्ज नाम</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>दूसरे नाम</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>पिता का नाम</translation>
    </message>
    <message>
        <source>Mother&apos;s name</source>
        <translation>माता का नाम</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>जन्मतिथि</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>अनुमानित उम्र</translation>
    </message>
    <message>
        <source>Age estimated on</source>
        <translation>उम्र का अनुमान कब</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>भाषाएँ</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>जातीयता</translation>
    </message>
    <message>
        <source>Home address (as recorded)</source>
        <translation>घर का पता (दर्ज रूप में)</translation>
    </message>
    <message>
        <source>Home address (own script)</source>
        <translation>घर का पता (अपनी लिपि में)</translation>
    </message>
    <message>
        <source>Claimed nationality</source>
        <translation>दावा की गई राष्ट्रीयता</translation>
    </message>
    <message>
        <source>Nationality per court</source>
        <translation>अदालत के अनुसार राष्ट्रीयता</translation>
    </message>
    <message>
        <source>Verified nationality</source>
        <translation>सत्यापित राष्ट्रीयता</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>सत्यापन की तारीख़</translation>
    </message>
    <message>
        <source>Possible misidentification</source>
        <translation>ग़लत पहचान की आशंका</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>पासपोर्ट नंबर</translation>
    </message>
    <message>
        <source>Passport book number</source>
        <translation>पासपोर्ट बुक नंबर</translation>
    </message>
    <message>
        <source>Passport country</source>
        <translation>पासपोर्ट का देश</translation>
    </message>
    <message>
        <source>Passport held by</source>
        <translation>पासपोर्ट किसके पास</translation>
    </message>
    <message>
        <source>Copy on file</source>
        <translation>प्रति फ़ाइल में</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>जेल</translation>
    </message>
    <message>
        <source>State</source>
        <translation>राज्य</translation>
    </message>
    <message>
        <source>Prisoner number</source>
        <translation>क़ैदी नंबर</translation>
    </message>
    <message>
        <source>Arrest date</source>
        <translation>गिरफ़्तारी की तारीख़</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>आरोप</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>अदालत</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>केस नंबर</translation>
    </message>
    <message>
        <source>Conviction date</source>
        <translation>दोषसिद्धि की तारीख़</translation>
    </message>
    <message>
        <source>Sentence years</source>
        <translation>सज़ा (वर्ष)</translation>
    </message>
    <message>
        <source>Sentence months</source>
        <translation>सज़ा (महीने)</translation>
    </message>
    <message>
        <source>Sentence days</source>
        <translation>सज़ा (दिन)</translation>
    </message>
    <message>
        <source>Set-off days</source>
        <translation>सेट-ऑफ़ दिन</translation>
    </message>
    <message>
        <source>Remission days</source>
        <translation>सज़ा में छूट के दिन</translation>
    </message>
    <message>
        <source>Fine default days</source>
        <translation>जुर्माना न भरने के दिन</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>रिहा हुए</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Sentence final</source>
        <translation>सज़ा अंतिम</translation>
    </message>
    <message>
        <source>Consent to transfer</source>
        <translation>स्थानांतरण की सहमति</translation>
    </message>
    <message>
        <source>Consular access on</source>
        <translation>कांसुलर पहुँच की तारीख़</translation>
    </message>
    <message>
        <source>Consular access by</source>
        <translation>कांसुलर पहुँच किसने दी</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>असुरक्षा</translation>
    </message>
    <message>
        <source>UNHCR registration</source>
        <translation>UNHCR पंजीकरण</translation>
    </message>
    <message>
        <source>At risk if returned</source>
        <translation>लौटाने पर जोखिम</translation>
    </message>
    <message>
        <source>Risk note</source>
        <translation>जोखिम पर टिप्पणी</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>रेफ़रल का स्रोत</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(ख़ाली)</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>पहचान</translation>
    </message>
    <message>
        <source>&amp;Ref</source>
        <translation>रेफ़ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Name as recorded</source>
        <translation>दर्ज नाम (&amp;N)</translation>
    </message>
    <message>
        <source>Name in o&amp;wn script</source>
        <translation>अपनी लिपि में नाम (&amp;W)</translation>
    </message>
    <message>
        <source>As the prisoner writes it, e.g. in Bengali or Burmese script</source>
        <translation>जैसे क़ैदी ख़ुद लिखता है, जैसे बांग्ला या बर्मी लिपि में</translation>
    </message>
    <message>
        <source>separate aliases with ;</source>
        <translation>दूसरे नाम ; से अलग करें</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>दूसरे नाम (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Father&apos;s name</source>
        <translation>पिता का नाम (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Mother&apos;s name</source>
        <translation>माता का नाम (&amp;M)</translation>
    </message>
    <message>
        <source>male</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <source>female</source>
        <translation>महिला</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>लिंग (&amp;X)</translation>
    </message>
    <message>
        <source>Age, languages and origin</source>
        <translation>उम्र, भाषा और मूल</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>जन्मतिथि (&amp;B)</translation>
    </message>
    <message>
        <source>Only when no birth date is known</source>
        <translation>केवल तब जब जन्मतिथि पता न हो</translation>
    </message>
    <message>
        <source>codes or names, separated by commas, e.g. bn, my</source>
        <translation>कोड या नाम, कॉमा से अलग, जैसे bn, my</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>भाषाएँ (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Ethnicity</source>
        <translation>जातीयता (&amp;E)</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>राष्ट्रीयता</translation>
    </message>
    <message>
        <source>&amp;Claimed nationality</source>
        <translation>दावा की गई राष्ट्रीयता (&amp;C)</translation>
    </message>
    <message>
        <source>Nationality per co&amp;urt</source>
        <translation>अदालत के अनुसार राष्ट्रीयता (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Verified nationality</source>
        <translation>सत्यापित राष्ट्रीयता (&amp;V)</translation>
    </message>
    <message>
        <source>Verified &amp;on</source>
        <translation>सत्यापन की तारीख़ (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Possible misidentification (e.g. Rohingya recorded as Bangladeshi)</source>
        <translation>ग़लत पहचान की आशंका (&amp;P) (जैसे रोहिंग्या को बांग्लादेशी दर्ज किया गया)</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>पासपोर्ट</translation>
    </message>
    <message>
        <source>Passport &amp;number</source>
        <translation>पासपोर्ट नंबर (&amp;N)</translation>
    </message>
    <message>
        <source>The number embassies trace, printed on the data page</source>
        <translation>वह नंबर जिससे दूतावास पता लगाते हैं, डेटा पेज पर छपा</translation>
    </message>
    <message>
        <source>Passport &amp;book number</source>
        <translation>पासपोर्ट बुक नंबर (&amp;B)</translation>
    </message>
    <message>
        <source>The booklet&apos;s serial number, which courts often write down; embassies cannot trace it</source>
        <translation>पुस्तिका का क्रमांक, जो अदालतें अक्सर लिखती हैं; दूतावास इससे पता नहीं लगा सकते</translation>
    </message>
    <message>
        <source>Passport coun&amp;try</source>
        <translation>पासपोर्ट का देश (&amp;T)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>पता नहीं</translation>
    </message>
    <message>
        <source>A cop&amp;y is on file</source>
        <translation>एक प्रति फ़ाइल में है (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Prison</source>
        <translation>जेल (&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;tate</source>
        <translation>राज्य (&amp;T)</translation>
    </message>
    <message>
        <source>Prisoner &amp;number</source>
        <translation>क़ैदी नंबर (&amp;N)</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>स्थिति (&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;leased on</source>
        <translation>रिहाई की तारीख़ (&amp;L)</translation>
    </message>
    <message>
        <source>Case and sentence</source>
        <translation>मुक़दमा और सज़ा</translation>
    </message>
    <message>
        <source>&amp;Arrest date</source>
        <translation>गिरफ़्तारी की तारीख़ (&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;harge</source>
        <translation>आरोप (&amp;H)</translation>
    </message>
    <message>
        <source>Cou&amp;rt</source>
        <translation>अदालत (&amp;R)</translation>
    </message>
    <message>
        <source>Cas&amp;e number</source>
        <translation>केस नंबर (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Conviction date</source>
        <translation>दोषसिद्धि की तारीख़ (&amp;C)</translation>
    </message>
    <message>
        <source>Set-o&amp;ff days</source>
        <translation>सेट-ऑफ़ दिन (&amp;F)</translation>
    </message>
    <message>
        <source>Re&amp;mission days</source>
        <translation>सज़ा में छूट के दिन (&amp;M)</translation>
    </message>
    <message>
        <source>F&amp;ine default days</source>
        <translation>जुर्माना न भरने के दिन (&amp;I)</translation>
    </message>
    <message>
        <source>Transfer of sentence</source>
        <translation>सज़ायाफ़्ता व्यक्तियों का स्थानांतरण</translation>
    </message>
    <message>
        <source>yes, no appeal pending</source>
        <translation>हाँ, कोई अपील लंबित नहीं</translation>
    </message>
    <message>
        <source>no, an appeal is pending</source>
        <translation>नहीं, अपील लंबित है</translation>
    </message>
    <message>
        <source>A transfer of sentenced persons needs a final sentence (no appeal pending)</source>
        <translation>सज़ायाफ़्ता व्यक्तियों के स्थानांतरण के लिए अंतिम सज़ा चाहिए (कोई अपील लंबित नहीं)</translation>
    </message>
    <message>
        <source>The prisoner&apos;s answer to serving the rest of the sentence in their home country</source>
        <translation>बाक़ी सज़ा अपने देश में काटने पर क़ैदी का जवाब</translation>
    </message>
    <message>
        <source>Consular access</source>
        <translation>कांसुलर पहुँच</translation>
    </message>
    <message>
        <source>First consular access &amp;on</source>
        <translation>पहली कांसुलर पहुँच की तारीख़ (&amp;O)</translation>
    </message>
    <message>
        <source>years</source>
        <translation>वर्ष</translation>
    </message>
    <message>
        <source>months</source>
        <translation>महीने</translation>
    </message>
    <message>
        <source>days</source>
        <translation>दिन</translation>
    </message>
    <message>
        <source>&amp;Sentence</source>
        <translation>सज़ा (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>श्रेणी (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Vulnerability</source>
        <translation>असुरक्षा (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;UNHCR registration</source>
        <translation>UNHCR पंजीकरण (&amp;U)</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>तय नहीं</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>At &amp;risk if returned</source>
        <translation>लौटाने पर जोखिम (&amp;R)</translation>
    </message>
    <message>
        <source>Risk &amp;note</source>
        <translation>जोखिम पर टिप्पणी (&amp;N)</translation>
    </message>
    <message>
        <source>Relatives and how to reach them. Double-click a cell, or press F2, to edit it.</source>
        <translation>रिश्तेदार और उनसे संपर्क कैसे करें। संपादित करने के लिए खाने पर डबल-क्लिक करें या F2 दबाएँ।</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>संपर्क जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <source>Add a family contact</source>
        <translation>परिवार का संपर्क जोड़ें</translation>
    </message>
    <message>
        <source>&amp;Remove contact</source>
        <translation>संपर्क हटाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected family contact</source>
        <translation>चुना गया पारिवारिक संपर्क हटाएँ</translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation>किसने भेजा (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>टिप्पणी (&amp;N)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>A date as year-month-day, e.g. 2024-03-14; empty if not known</source>
        <translation>वर्ष-महीना-दिन के रूप में तारीख़, जैसे 2024-03-14; पता न हो तो ख़ाली</translation>
    </message>
    <message>
        <source>not a date: write it as YYYY-MM-DD</source>
        <translation>तारीख़ नहीं: YYYY-MM-DD के रूप में लिखें</translation>
    </message>
    <message>
        <source>code or name, e.g. BD or Bangladesh</source>
        <translation>कोड या नाम, जैसे BD या Bangladesh</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>अनुमान नहीं</translation>
    </message>
    <message>
        <source>Type a code, name or country</source>
        <translation>कोड, नाम या देश लिखें</translation>
    </message>
    <message>
        <source>(no desk)</source>
        <translation>(कोई डेस्क नहीं)</translation>
    </message>
    <message>
        <source>Save the new file first: movements and activities need a saved file.</source>
        <translation>पहले नई फ़ाइल सहेजें: आवाजाही और गतिविधियों के लिए सहेजी गई फ़ाइल चाहिए।</translation>
    </message>
    <message>
        <source>Delete %1? It was recorded by mistake; a correction on the file keeps what it said.</source>
        <translation>%1 हटाएँ? यह ग़लती से दर्ज हुआ था; फ़ाइल पर एक सुधार इसमें लिखी बात को सुरक्षित रखता है।</translation>
    </message>
    <message>
        <source>required: a date as YYYY-MM-DD</source>
        <translation>ज़रूरी: YYYY-MM-DD के रूप में तारीख़</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Filter by name (in any script), ref or passport number</source>
        <translation>नाम (किसी भी लिपि में), रेफ़ या पासपोर्ट नंबर से छाँटें</translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>फ़ाइलें छाँटें</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>राष्ट्रीयता</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>जेल</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>कोई भी स्थिति</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>फ़्लैग</translation>
    </message>
    <message>
        <source>Any flag</source>
        <translation>कोई भी फ़्लैग</translation>
    </message>
    <message>
        <source>What the flag badges mean</source>
        <translation>फ़्लैग बैज का मतलब</translation>
    </message>
    <message>
        <source>Flag badges</source>
        <translation>फ़्लैग बैज</translation>
    </message>
    <message>
        <source>Show released and repatriated</source>
        <translation>रिहा और प्रत्यावर्तित भी दिखाएँ</translation>
    </message>
    <message>
        <source>Also show the files of people no longer held: released, repatriated, deported, transferred or deceased</source>
        <translation>उनकी फ़ाइलें भी दिखाएँ जो अब बंद नहीं हैं: रिहा, प्रत्यावर्तित, निर्वासित, स्थानांतरित या मृत</translation>
    </message>
    <message>
        <source>Loading files…</source>
        <translation>फ़ाइलें लोड हो रही हैं…</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln file(s) held longest past release; loading all files…</source>
        <translation>
            <numerusform>रिहाई के बाद सबसे लंबे समय से बंद %Ln फ़ाइल; सभी फ़ाइलें लोड हो रही हैं…</numerusform>
            <numerusform>रिहाई के बाद सबसे लंबे समय से बंद %Ln फ़ाइलें; सभी फ़ाइलें लोड हो रही हैं…</numerusform>
        </translation>
    </message>
    <message>
        <source>Any nationality</source>
        <translation>कोई भी राष्ट्रीयता</translation>
    </message>
    <message>
        <source>Any prison</source>
        <translation>कोई भी जेल</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln फ़ाइल</numerusform>
            <numerusform>%Ln फ़ाइलें</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln file(s)</source>
        <translation>
            <numerusform>%Ln फ़ाइल में से %1</numerusform>
            <numerusform>%Ln फ़ाइलों में से %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Repatriate guide</source>
        <translation>Repatriate गाइड</translation>
    </message>
</context>
<context>
    <name>Histogram</name>
    <message>
        <source>No data</source>
        <translation>कोई डेटा नहीं</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Dates are written &amp;day first (31/12/2024)</source>
        <translation>तारीख़ें पहले दिन से लिखी हैं (&amp;D) (31/12/2024)</translation>
    </message>
    <message>
        <source>(or tick “%1”)</source>
        <translation>(या “%1” पर टिक करें)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>समस्याएँ</translation>
    </message>
    <message>
        <source>Import prisoner files from CSV</source>
        <translation>CSV से क़ैदियों की फ़ाइलें आयात करें</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV फ़ाइल</translation>
    </message>
    <message>
        <source>The CSV file to import</source>
        <translation>आयात करने की CSV फ़ाइल</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>CSV फ़ाइल (&amp;F):</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>चुनें (&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the CSV file to import</source>
        <translation>आयात करने की CSV फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>फिर जाँचें (&amp;A)</translation>
    </message>
    <message>
        <source>Read the file again, after correcting it</source>
        <translation>सुधारने के बाद फ़ाइल फिर से पढ़ें</translation>
    </message>
    <message>
        <source>Without this, dates must be written as the year first: 2024-12-31</source>
        <translation>इसके बिना तारीख़ें पहले वर्ष से लिखनी होंगी: 2024-12-31</translation>
    </message>
    <message>
        <source>Choose a CSV file: its rows are checked before anything is written.</source>
        <translation>एक CSV फ़ाइल चुनें: कुछ भी लिखने से पहले उसकी पंक्तियाँ जाँची जाती हैं।</translation>
    </message>
    <message>
        <source>Rows of the CSV file</source>
        <translation>CSV फ़ाइल की पंक्तियाँ</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>मिली समस्याएँ</translation>
    </message>
    <message>
        <source>Choose a problem to see its cell in the rows above</source>
        <translation>ऊपर की पंक्तियों में उसका खाना देखने के लिए एक समस्या चुनें</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>आयात करें (&amp;I)</translation>
    </message>
    <message>
        <source>Write every row, or none if any is wrong</source>
        <translation>हर पंक्ति लिखें, या कोई एक भी ग़लत हो तो कोई नहीं</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Import prisoner files</source>
        <translation>क़ैदियों की फ़ाइलें आयात करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV फ़ाइलें (*.csv);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 जाँची जा रही है…</translation>
    </message>
    <message numerus="yes">
        <source>Problems found: %Ln, in %2 of the %3 rows. Nothing will be written until every problem is corrected: correct the file, then choose Check again.</source>
        <translation>
            <numerusform>मिली समस्याएँ: %Ln, %3 में से %2 पंक्तियों में। हर समस्या ठीक होने तक कुछ नहीं लिखा जाएगा: फ़ाइल ठीक करें, फिर “फिर जाँचें” चुनें।</numerusform>
            <numerusform>मिली समस्याएँ: %Ln, %3 में से %2 पंक्तियों में। हर समस्या ठीक होने तक कुछ नहीं लिखा जाएगा: फ़ाइल ठीक करें, फिर “फिर जाँचें” चुनें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) (is|are) ready to import;</source>
        <translation>
            <numerusform>%Ln फ़ाइल आयात के लिए तैयार है;</numerusform>
            <numerusform>%Ln फ़ाइलें आयात के लिए तैयार हैं;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be given a new ref.</source>
        <translation>
            <numerusform>%Ln को नया रेफ़ मिलेगा।</numerusform>
            <numerusform>%Ln को नया रेफ़ मिलेगा।</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>फ़ाइल पढ़ी नहीं जा सकती: %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>आयात हो रहा है…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln file(s) from %1</source>
        <translation>
            <numerusform>%1 से %Ln फ़ाइल आयात हुई</numerusform>
            <numerusform>%1 से %Ln फ़ाइलें आयात हुईं</numerusform>
        </translation>
    </message>
    <message>
        <source>Export every file to CSV</source>
        <translation>हर फ़ाइल CSV में निर्यात करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>CSV में निर्यात</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 लिखी जा रही है…</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Letters: %1</source>
        <translation>पत्र: %1</translation>
    </message>
    <message>
        <source>Chaser to the desk</source>
        <translation>डेस्क को याद-दिहानी पत्र</translation>
    </message>
    <message>
        <source>RTI application to the desk&apos;s PIO</source>
        <translation>डेस्क के PIO को RTI आवेदन</translation>
    </message>
    <message>
        <source>Complaint to the NHRC</source>
        <translation>NHRC को शिकायत</translation>
    </message>
    <message>
        <source>The desk that holds the file</source>
        <translation>वह डेस्क जिसके पास फ़ाइल है</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word document (editable)</source>
        <translation>Word दस्तावेज़ (संपादन योग्य)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>पत्र (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Desk:</source>
        <translation>डेस्क (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>फ़ॉर्मैट (&amp;F):</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>इस रूप में सहेजें (&amp;A):</translation>
    </message>
    <message>
        <source>Save the letter as</source>
        <translation>पत्र इस रूप में सहेजें</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word दस्तावेज़ (*.docx)</translation>
    </message>
    <message>
        <source>Writing the letter…</source>
        <translation>पत्र लिखा जा रहा है…</translation>
    </message>
    <message>
        <source>Written to %1 (our reference %2).</source>
        <translation>%1 में लिखा गया (हमारा संदर्भ %2)।</translation>
    </message>
</context>
<context>
    <name>LeversTab</name>
    <message>
        <source>Orders</source>
        <translation>आदेश</translation>
    </message>
    <message>
        <source>RTI</source>
        <translation>RTI</translation>
    </message>
    <message>
        <source>Travel documents</source>
        <translation>यात्रा दस्तावेज़</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Passphrase</source>
        <translation>पासफ़्रेज़</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>अनलॉक करें (&amp;U)</translation>
    </message>
    <message>
        <source>Repatriate is locked</source>
        <translation>Repatriate लॉक है</translation>
    </message>
    <message>
        <source>Type the passphrase to go on where you left off.</source>
        <translation>जहाँ छोड़ा था वहीं से आगे बढ़ने के लिए पासफ़्रेज़ लिखें।</translation>
    </message>
    <message>
        <source>This database is not encrypted: whoever has the file can read it (see `repatriate encrypt`).</source>
        <translation>यह डेटाबेस एन्क्रिप्टेड नहीं है: जिसके पास फ़ाइल है वह इसे पढ़ सकता है (`repatriate encrypt` देखें)।</translation>
    </message>
</context>
<context>
    <name>Locker</name>
    <message>
        <source>&amp;Lock</source>
        <translation>लॉक करें (&amp;L)</translation>
    </message>
    <message>
        <source>Wrong passphrase for %1</source>
        <translation>%1 के लिए ग़लत पासफ़्रेज़</translation>
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
        <translation>%1 (केवल-पठन)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>फ़ाइलें</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>यह हफ़्ता</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>डेस्क</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>एडवोकेसी</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>पेज</translation>
    </message>
    <message>
        <source>Read-only: open in another window; changes are not saved</source>
        <translation>केवल-पठन: दूसरी विंडो में खुला; बदलाव सहेजे नहीं जाते</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 सहेजी गई</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New file</source>
        <translation>नई फ़ाइल (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV आयात (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV निर्यात (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print fact sheet…</source>
        <translation>फ़ैक्ट शीट छापें (&amp;P)…</translation>
    </message>
    <message>
        <source>Embassy &amp;batch…</source>
        <translation>दूतावास बैच (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Letters…</source>
        <translation>पत्र (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>बैकअप (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>संपादन (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find files</source>
        <translation>फ़ाइलें खोजें (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Delete file…</source>
        <translation>फ़ाइल हटाएँ (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>जाएँ (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>गाइड (&amp;G)</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>ऑडिट लॉग (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;About Repatriate</source>
        <translation>Repatriate के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>Print fact sheet</source>
        <translation>फ़ैक्ट शीट छापें</translation>
    </message>
    <message>
        <source>Choose a file in the Files table, or open one, to print its fact sheet.</source>
        <translation>फ़ैक्ट शीट छापने के लिए फ़ाइल तालिका में एक फ़ाइल चुनें, या एक खोलें।</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>पत्र</translation>
    </message>
    <message>
        <source>Choose a file in the Files table, or open one, to write a letter on it.</source>
        <translation>पत्र लिखने के लिए फ़ाइल तालिका में कोई फ़ाइल चुनें, या कोई फ़ाइल खोलें।</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>फ़ाइल हटाएँ</translation>
    </message>
    <message>
        <source>Choose a file in the Files table, or open one, to delete it.</source>
        <translation>हटाने के लिए फ़ाइल तालिका में एक फ़ाइल चुनें, या एक खोलें।</translation>
    </message>
    <message>
        <source>Delete the file %1 with its family, photos, documents, movements and activities?

A backup is made first; restoring it brings the file back.</source>
        <translation>फ़ाइल %1 को उसके परिवार, फ़ोटो, दस्तावेज़, आवाजाही और गतिविधियों सहित हटाएँ?

पहले बैकअप लिया जाता है; उसे बहाल करने से फ़ाइल वापस आ जाती है।</translation>
    </message>
    <message>
        <source>Deleted %1; a backup was made first</source>
        <translation>%1 हटाई गई; पहले बैकअप लिया गया</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>डेटाबेस ख़राब है</translation>
    </message>
    <message>
        <source>SQLite found damage in %1 (%2). Do not go on working in it: restore the newest sound backup in the Backups dialog, which opens now.</source>
        <translation>SQLite को %1 में ख़राबी मिली (%2)। इसमें काम जारी न रखें: बैकअप डायलॉग में सबसे नया सही बैकअप बहाल करें, जो अभी खुल रहा है।</translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>कोई बैकअप नहीं लिया गया</translation>
    </message>
</context>
<context>
    <name>MarkDoneDialog</name>
    <message>
        <source>Mark done</source>
        <translation>पूरा चिह्नित करें</translation>
    </message>
    <message>
        <source>e.g. officer on leave; call next week</source>
        <translation>जैसे अधिकारी छुट्टी पर; अगले हफ़्ते कॉल</translation>
    </message>
    <message>
        <source>&amp;Reply received</source>
        <translation>जवाब मिला (&amp;R)</translation>
    </message>
    <message>
        <source>The desk answered: the weekly follow-up with it stops until the file moves on.</source>
        <translation>डेस्क ने जवाब दिया: फ़ाइल आगे बढ़ने तक उससे साप्ताहिक फ़ॉलो-अप रुका रहेगा।</translation>
    </message>
    <message>
        <source>Only a desk can reply; some of these have no desk.</source>
        <translation>सिर्फ़ डेस्क ही जवाब दे सकता है; इनमें से कुछ का कोई डेस्क नहीं।</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>कैसे (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>तारीख़ (&amp;O)</translation>
    </message>
    <message>
        <source>Out&amp;come</source>
        <translation>नतीजा (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>अगला क़दम (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Log it</source>
        <translation>दर्ज करें (&amp;L)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Saved by someone else</source>
        <translation>किसी और ने सहेजी</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>सज़ा</translation>
    </message>
    <message>
        <source>Someone else saved %1 after you opened it. Their version and yours differ in these fields; tick the ones to keep from yours.</source>
        <translation>आपके खोलने के बाद किसी और ने %1 सहेजी। उनके और आपके संस्करण इन फ़ील्ड में अलग हैं; जिन्हें आपके संस्करण से रखना है उन पर टिक करें।</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>उनका संस्करण</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>आपका संस्करण</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>मेरा रखें (&amp;M)</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>उनका रखें (&amp;T)</translation>
    </message>
    <message>
        <source>M&amp;erge the ticked fields</source>
        <translation>टिक किए फ़ील्ड मिलाएँ (&amp;E)</translation>
    </message>
    <message>
        <source>%1 years %2 months %3 days; set-off %4, remission %5, fine default %6</source>
        <translation>%1 वर्ष %2 महीने %3 दिन; सेट-ऑफ़ %4, सज़ा में छूट %5, जुर्माना न भरने के दिन %6</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <source>Comply by</source>
        <translation>अंतिम तिथि</translation>
    </message>
    <message>
        <source>Ordered by</source>
        <translation>आदेश देने वाला</translation>
    </message>
    <message>
        <source>Order of</source>
        <translation>आदेश की तारीख़</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>किसके विरुद्ध</translation>
    </message>
    <message>
        <source>Directs</source>
        <translation>निर्देश</translation>
    </message>
    <message>
        <source>Complied on</source>
        <translation>पालन की तारीख़</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>देरी (दिन)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>आदेश</translation>
    </message>
    <message>
        <source>e.g. High Court of Calcutta, NHRC</source>
        <translation>जैसे कलकत्ता उच्च न्यायालय, NHRC</translation>
    </message>
    <message>
        <source>Date of the order</source>
        <translation>आदेश की तारीख़</translation>
    </message>
    <message>
        <source>What it directs</source>
        <translation>क्या निर्देश देता है</translation>
    </message>
    <message>
        <source>Against desk</source>
        <translation>किस डेस्क के विरुद्ध</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>आदेश</translation>
    </message>
    <message>
        <source>Ordered &amp;by</source>
        <translation>आदेश देने वाला (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Order of</source>
        <translation>आदेश की तारीख़ (&amp;O)</translation>
    </message>
    <message>
        <source>Di&amp;rects</source>
        <translation>निर्देश (&amp;R)</translation>
    </message>
    <message>
        <source>Comply b&amp;y</source>
        <translation>पालन की अंतिम तिथि (&amp;Y)</translation>
    </message>
    <message>
        <source>Against des&amp;k</source>
        <translation>किस डेस्क के विरुद्ध (&amp;K)</translation>
    </message>
    <message>
        <source>Com&amp;plied on</source>
        <translation>पालन की तारीख़ (&amp;P)</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>टिप्पणी (&amp;T)</translation>
    </message>
    <message>
        <source>Orders of courts and commissions</source>
        <translation>अदालतों और आयोगों के आदेश</translation>
    </message>
    <message>
        <source>the order of %1 of %2</source>
        <translation>%1 का %2 की तारीख़ का आदेश</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Files by status</source>
        <translation>स्थिति के अनुसार फ़ाइलें</translation>
    </message>
    <message>
        <source>no status recorded</source>
        <translation>कोई स्थिति दर्ज नहीं</translation>
    </message>
    <message>
        <source>People still held past their release date</source>
        <translation>रिहाई की तारीख़ के बाद भी बंद लोग</translation>
    </message>
    <message>
        <source>Days held past release</source>
        <translation>रिहाई के बाद बंद रहने के दिन</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>रेफ़</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Days past release</source>
        <translation>रिहाई के बाद दिन</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>राष्ट्रीयता</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>जेल</translation>
    </message>
    <message>
        <source>Held a year or more past release</source>
        <translation>रिहाई के बाद एक साल या ज़्यादा से बंद</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>किसके पास</translation>
    </message>
    <message>
        <source>Why it is stalled</source>
        <translation>क्यों अटकी है</translation>
    </message>
    <message>
        <source>Stalled files</source>
        <translation>अटकी फ़ाइलें</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>गणना हो रही है…</translation>
    </message>
    <message>
        <source>Stalled at a desk</source>
        <translation>डेस्क पर अटकी</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s);</source>
        <translation>
            <numerusform>%Ln फ़ाइल;</numerusform>
            <numerusform>%Ln फ़ाइलें;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still held,</source>
        <translation>
            <numerusform>%Ln अभी भी बंद,</numerusform>
            <numerusform>%Ln अभी भी बंद,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them past their release date.</source>
        <translation>
            <numerusform>उनमें से %Ln रिहाई की तारीख़ के पार।</numerusform>
            <numerusform>उनमें से %Ln रिहाई की तारीख़ के पार।</numerusform>
        </translation>
    </message>
    <message>
        <source>people</source>
        <translation>लोग</translation>
    </message>
    <message>
        <source>Held a year or more past release (%1)</source>
        <translation>रिहाई के बाद एक साल या ज़्यादा से बंद (%1)</translation>
    </message>
    <message>
        <source>Stalled at a desk (%1)</source>
        <translation>डेस्क पर अटकी (%1)</translation>
    </message>
    <message>
        <source>No file has been at a desk longer than expected.</source>
        <translation>कोई फ़ाइल किसी डेस्क पर अपेक्षा से ज़्यादा समय से नहीं है।</translation>
    </message>
    <message>
        <source>over %1 days</source>
        <translation>%1 दिन से ज़्यादा</translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>%1 is a range of days, low to high</comment>
        <translation>%1 दिन</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Unlock the database</source>
        <translation>डेटाबेस अनलॉक करें</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>पासफ़्रेज़</translation>
    </message>
    <message>
        <source>Passphrase for %1</source>
        <translation>%1 का पासफ़्रेज़</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print fact sheet</source>
        <translation>फ़ैक्ट शीट छापें</translation>
    </message>
    <message>
        <source>Embassy batch</source>
        <translation>दूतावास बैच</translation>
    </message>
    <message>
        <source>Embassy of</source>
        <translation>किस देश का दूतावास</translation>
    </message>
    <message>
        <source>Only those &amp;past their release date</source>
        <translation>केवल वे जिनकी रिहाई की तारीख़ निकल चुकी (&amp;P)</translation>
    </message>
    <message>
        <source>E&amp;veryone still held</source>
        <translation>अभी भी बंद सभी (&amp;V)</translation>
    </message>
    <message>
        <source>Also write the annex table as a CSV file</source>
        <translation>अनुलग्नक तालिका को CSV फ़ाइल के रूप में भी लिखें</translation>
    </message>
    <message>
        <source>Beside the PDF, with the same name ending in .csv, for the embassy&apos;s records</source>
        <translation>PDF के साथ, उसी नाम से .csv पर ख़त्म, दूतावास के रिकॉर्ड के लिए</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>फ़ाइलें पढ़ी जा रही हैं…</translation>
    </message>
    <message>
        <source>&amp;Embassy of:</source>
        <translation>किस देश का दूतावास (&amp;E):</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>शामिल करें:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>फ़ाइल:</translation>
    </message>
    <message>
        <source>Leave empty for the usual ask, fitting the person&apos;s situation: verification and a travel document, the travel document once verified, consular access under trial, a referral when the sheet goes to UNHCR.</source>
        <translation>व्यक्ति की स्थिति के अनुसार सामान्य अनुरोध के लिए ख़ाली छोड़ें: सत्यापन और यात्रा दस्तावेज़, सत्यापन के बाद यात्रा दस्तावेज़, विचाराधीन होने पर कांसुलर पहुँच, शीट UNHCR को जाए तो रेफ़रल।</translation>
    </message>
    <message>
        <source>Request to the embassy</source>
        <translation>दूतावास से अनुरोध</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>अनुरोध (&amp;R):</translation>
    </message>
    <message>
        <source>Include the attached &amp;documents</source>
        <translation>जुड़े दस्तावेज़ शामिल करें (&amp;D)</translation>
    </message>
    <message>
        <source>The fact sheets stay in English; the cover letter can be in the embassy&apos;s</source>
        <translation>फ़ैक्ट शीट अंग्रेज़ी में ही रहती हैं; कवर लेटर दूतावास की भाषा में हो सकता है</translation>
    </message>
    <message>
        <source>Cover &amp;letter in:</source>
        <translation>कवर लेटर की भाषा (&amp;L):</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>PDF इस रूप में सहेजें</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>चुनें (&amp;H)…</translation>
    </message>
    <message>
        <source>Choose where to save the PDF</source>
        <translation>PDF कहाँ सहेजना है चुनें</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>इस रूप में सहेजें (&amp;A):</translation>
    </message>
    <message>
        <source>What was printed</source>
        <translation>क्या छपा</translation>
    </message>
    <message>
        <source>O&amp;verride with a reason…</source>
        <translation>कारण देकर अनदेखा करें (&amp;V)…</translation>
    </message>
    <message>
        <source>Record why this sheet may go to the home embassy despite the risk on return</source>
        <translation>दर्ज करें कि लौटाने पर जोखिम के बावजूद यह शीट अपने देश के दूतावास को क्यों जा सकती है</translation>
    </message>
    <message>
        <source>&amp;Open the PDF</source>
        <translation>PDF खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF</source>
        <translation>PDF के रूप में सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Write the PDF (the old file is kept until it is done)</source>
        <translation>PDF लिखें (काम पूरा होने तक पुरानी फ़ाइल रखी रहती है)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>छापें (&amp;P)…</translation>
    </message>
    <message>
        <source>Choose a printer and send the sheets to it</source>
        <translation>प्रिंटर चुनकर शीट उसे भेजें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>%1 (%2): %3 held, %4 past release</source>
        <translation>%1 (%2): %3 बंद, %4 रिहाई के बाद</translation>
    </message>
    <message>
        <source>Nobody is held: there is no embassy to write to.</source>
        <translation>कोई बंद नहीं है: लिखने के लिए कोई दूतावास नहीं।</translation>
    </message>
    <message>
        <source>Save the fact sheets as</source>
        <translation>फ़ैक्ट शीट इस रूप में सहेजें</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>इस रूप में सहेजें</translation>
    </message>
    <message>
        <source>give a file name ending in .pdf</source>
        <translation>.pdf पर ख़त्म होने वाला फ़ाइल नाम दें</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>फ़ोल्डर %1 मौजूद नहीं है</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(ख़ाली)</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 छापें</translation>
    </message>
    <message>
        <source>Writing the fact sheet of %1…</source>
        <translation>%1 की फ़ैक्ट शीट लिखी जा रही है…</translation>
    </message>
    <message>
        <source>Embassy</source>
        <translation>दूतावास</translation>
    </message>
    <message>
        <source>choose the embassy&apos;s country</source>
        <translation>दूतावास का देश चुनें</translation>
    </message>
    <message>
        <source>Writing the batch for the embassy of %1…</source>
        <translation>%1 के दूतावास के लिए बैच लिखा जा रहा है…</translation>
    </message>
    <message>
        <source>Nothing was printed: %1</source>
        <translation>कुछ नहीं छपा: %1</translation>
    </message>
    <message numerus="yes">
        <source>Fact sheets for %2: %Ln, sent to the printer %3</source>
        <translation>
            <numerusform>%2 के लिए फ़ैक्ट शीट: %Ln, प्रिंटर %3 को भेजी गई</numerusform>
            <numerusform>%2 के लिए फ़ैक्ट शीट: %Ln, प्रिंटर %3 को भेजी गईं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pages sent: %Ln.</source>
        <translation>
            <numerusform>भेजे गए पेज: %Ln।</numerusform>
            <numerusform>भेजे गए पेज: %Ln।</numerusform>
        </translation>
    </message>
    <message>
        <source>Fact sheets sent to %1</source>
        <translation>फ़ैक्ट शीट %1 को भेजी गईं</translation>
    </message>
    <message numerus="yes">
        <source>Fact sheets for %2: %Ln, written to %3.</source>
        <translation>
            <numerusform>%2 के लिए फ़ैक्ट शीट: %Ln, %3 में लिखी गई।</numerusform>
            <numerusform>%2 के लिए फ़ैक्ट शीट: %Ln, %3 में लिखी गईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>The annex table is in %1.</source>
        <translation>अनुलग्नक तालिका %1 में है।</translation>
    </message>
    <message>
        <source>Fact sheets written to %1</source>
        <translation>फ़ैक्ट शीट %1 में लिखी गईं</translation>
    </message>
    <message>
        <source>Left out (%1), for you to look at:</source>
        <translation>छूटी हुई (%1), आपके देखने के लिए:</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written or sent.</source>
        <translation>रद्द: कुछ नहीं लिखा या भेजा गया।</translation>
    </message>
    <message>
        <source>Override the risk on return</source>
        <translation>लौटाने पर जोखिम को अनदेखा करें</translation>
    </message>
    <message>
        <source>%1 may be at risk if returned. Say why a fact sheet may go to the home country&apos;s embassy all the same. The override opens that one embassy only; the reason, the date and your name are kept on the file.</source>
        <translation>%1 को लौटाने पर जोखिम हो सकता है। बताएँ कि फिर भी फ़ैक्ट शीट उनके देश के दूतावास को क्यों जा सकती है। यह छूट केवल उसी एक दूतावास के लिए है; कारण, तारीख़ और आपका नाम फ़ाइल पर दर्ज रहते हैं।</translation>
    </message>
    <message>
        <source>Override recorded: %1
Print again to write the sheet.</source>
        <translation>छूट दर्ज हुई: %1
शीट लिखने के लिए फिर से छापें।</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>सभी सहेजें</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>हाँ (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>सभी के लिए हाँ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>नहीं (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>सभी के लिए नहीं (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>फिर से कोशिश करें</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>अनदेखा करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ें</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>रीसेट करें</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>डिफ़ॉल्ट बहाल करें</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>%1 (issued by %2)</source>
        <translation>%1 (जारीकर्ता %2)</translation>
    </message>
    <message>
        <source>%1 (≥ %2)</source>
        <translation>%1 (≥&#xa0;%2)</translation>
    </message>
    <message>
        <source>%1 days past the release date %2</source>
        <translation>रिहाई की तारीख़ %2 के %1 दिन बाद</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1 की मियाद %2 को ख़त्म हो गई</translation>
    </message>
    <message>
        <source>%1 expires on %2, before the hand-over planned for %3</source>
        <translation>%1 की मियाद %2 को ख़त्म होगी, सौंपने की नियत तारीख़ %3 से पहले</translation>
    </message>
    <message>
        <source>%1 expires on %2, within %3 weeks and no hand-over date is planned</source>
        <translation>%1 की मियाद %2 को, %3 हफ़्तों के भीतर, ख़त्म होगी और सौंपने की कोई तारीख़ तय नहीं है</translation>
    </message>
    <message>
        <source>%1 has held it %2 days (expected %3)</source>
        <translation>%1 डेस्क पर %2 दिन से पड़ी है (अपेक्षित %3 दिन)</translation>
    </message>
    <message>
        <source>%1 left to serve, release due %2 (the agreement requires at least %3 months)</source>
        <translation>बाक़ी सज़ा %1, रिहाई की नियत तारीख़ %2 (समझौते के लिए कम से कम %3 महीने बाक़ी होने चाहिए)</translation>
    </message>
    <message>
        <source>%1&apos;s order of %2 against %3 was to be complied with by %4: %5; %6</source>
        <translation>%1 के %2 के आदेश का पालन %3 को %4 तक करना था: %5; %6</translation>
    </message>
    <message>
        <source>%1&apos;s order of %2 was to be complied with by %3: %4; %5</source>
        <translation>%1 के %2 के आदेश का पालन %3 तक होना था: %4; %5</translation>
    </message>
    <message>
        <source>%1: no fact sheet to the home embassy unless overridden with a reason</source>
        <translation>%1: कारण दर्ज कर जोखिम अनदेखा किए बिना स्वदेश के दूतावास को कोई फ़ैक्ट शीट नहीं जाएगी</translation>
    </message>
    <message>
        <source>%1: persecuted in %2</source>
        <translation>%1: %2 में उत्पीड़ित</translation>
    </message>
    <message>
        <source>+ %1 days fine default (%2) = %3</source>
        <translation>+ जुर्माना न भरने के %1 दिन (%2) = %3</translation>
    </message>
    <message>
        <source>RTI application to %1 of %2: reply due %3, none recorded (a deemed refusal, RTI Act 2005, s.7(2)); %4</source>
        <translation>%1 को %2 का RTI आवेदन: जवाब की अंतिम तिथि %3, कोई जवाब दर्ज नहीं (सूचना का अधिकार अधिनियम 2005, धारा 7(2) के तहत इनकार माना जाएगा); %4</translation>
    </message>
    <message>
        <source>RTI application to %1 of %2: the first appeal of %3 was to be decided by %4, no decision recorded; file the second appeal with the Information Commission by %5 (RTI Act 2005, s.19(3))</source>
        <translation>%1 को %2 का RTI आवेदन: %3 की प्रथम अपील का फ़ैसला %4 तक होना था, कोई फ़ैसला दर्ज नहीं; %5 तक सूचना आयोग में द्वितीय अपील दायर करें (सूचना का अधिकार अधिनियम 2005, धारा 19(3))</translation>
    </message>
    <message>
        <source>an appeal is pending: the sentence is not final</source>
        <translation>अपील लंबित है: सज़ा अंतिम नहीं</translation>
    </message>
    <message>
        <source>asylum seeker</source>
        <translation>शरण चाहने वाले</translation>
    </message>
    <message>
        <source>claims %1, court recorded %2</source>
        <translation>दावा %1, अदालत ने %2 दर्ज किया</translation>
    </message>
    <message>
        <source>consent given</source>
        <translation>सहमति दी गई</translation>
    </message>
    <message>
        <source>consent: not recorded</source>
        <translation>सहमति: दर्ज नहीं</translation>
    </message>
    <message>
        <source>conviction %1 + %2 = %3</source>
        <translation>दोषसिद्धि %1 + %2 = %3</translation>
    </message>
    <message>
        <source>conviction %1 + %2 = %3 (%4 has no day %5: to its last day)</source>
        <translation>दोषसिद्धि %1 + %2 = %3 (%4 में %5 तारीख़ नहीं होती: महीने का आख़िरी दिन)</translation>
    </message>
    <message>
        <source>embassy verified %1, court recorded %2</source>
        <translation>दूतावास ने %1 सत्यापित किया, अदालत ने %2 दर्ज किया</translation>
    </message>
    <message>
        <source>file a contempt petition before the court (Contempt of Courts Act 1971, s.2(b) and s.12)</source>
        <translation>अदालत में अवमानना याचिका दायर करें (न्यायालय अवमान अधिनियम 1971, धारा 2(ख) और धारा 12)</translation>
    </message>
    <message>
        <source>file the first appeal by %1 (RTI Act 2005, s.19(1))</source>
        <translation>%1 तक प्रथम अपील दायर करें (सूचना का अधिकार अधिनियम 2005, धारा 19(1))</translation>
    </message>
    <message>
        <source>held on %1: %2 days past release</source>
        <translation>%1 को भी बंद: रिहाई की तारीख़ के %2 दिन बाद</translation>
    </message>
    <message>
        <source>marked as possible misidentification</source>
        <translation>ग़लत पहचान की आशंका दर्ज</translation>
    </message>
    <message>
        <source>newest photo taken %1, over %2 years</source>
        <translation>सबसे नई फ़ोटो %1 को खींची गई, %2 साल से ज़्यादा पुरानी</translation>
    </message>
    <message>
        <source>none recorded in the %1 days since arrest</source>
        <translation>गिरफ़्तारी के बाद %1 दिनों में कोई कांसुलर पहुँच दर्ज नहीं</translation>
    </message>
    <message>
        <source>not verified %1 days after the sentence ended (%2)</source>
        <translation>सज़ा ख़त्म होने के %1 दिन बाद भी सत्यापन नहीं (%2)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>कुछ नहीं</translation>
    </message>
    <message>
        <source>only the passport book number %1 is known; embassies trace passport numbers</source>
        <translation>केवल पासपोर्ट बुक नंबर %1 पता है; दूतावास पासपोर्ट नंबर से पता लगाते हैं</translation>
    </message>
    <message>
        <source>recorded at risk if returned</source>
        <translation>लौटाने पर जोखिम दर्ज</translation>
    </message>
    <message>
        <source>registered with UNHCR</source>
        <translation>UNHCR में पंजीकृत</translation>
    </message>
    <message>
        <source>release due %1 (in %2 days) and no repatriation step started</source>
        <translation>रिहाई की नियत तारीख़ %1 (%2 दिन में), और प्रत्यावर्तन का कोई क़दम शुरू नहीं हुआ</translation>
    </message>
    <message>
        <source>released %1: %2 days past release</source>
        <translation>%1 को रिहा: रिहाई की तारीख़ के %2 दिन बाद</translation>
    </message>
    <message>
        <source>remission %1 days covers %2</source>
        <translation>सज़ा में छूट के %1 दिनों में %2 कट जाती है</translation>
    </message>
    <message>
        <source>remission %1 days covers %2: release due on the day of sentence, %3</source>
        <translation>सज़ा में छूट के %1 दिनों में %2 कट जाती है: रिहाई सज़ा के दिन ही, %3</translation>
    </message>
    <message>
        <source>sentence final</source>
        <translation>सज़ा अंतिम</translation>
    </message>
    <message>
        <source>sentence final: not recorded</source>
        <translation>सज़ा अंतिम है या नहीं: दर्ज नहीं</translation>
    </message>
    <message>
        <source>serving a sentence; %1 has a transfer of sentenced persons agreement</source>
        <translation>सज़ा काट रहे हैं; %1 के साथ सज़ायाफ़्ता व्यक्तियों के स्थानांतरण का समझौता है</translation>
    </message>
    <message>
        <source>set-off %1 days (%2) covers %3</source>
        <translation>सेट-ऑफ़ के %1 दिनों (%2) में %3 कट जाती है</translation>
    </message>
    <message>
        <source>set-off %1 days (%2) covers %3: release due on the day of sentence, %4</source>
        <translation>सेट-ऑफ़ के %1 दिनों (%2) में %3 कट जाती है: रिहाई सज़ा के दिन ही, %4</translation>
    </message>
    <message>
        <source>stateless</source>
        <translation>राज्यविहीन</translation>
    </message>
    <message>
        <source>term left to serve: not known (the agreement requires at least %1 months)</source>
        <translation>बाक़ी सज़ा: पता नहीं (समझौते के लिए कम से कम %1 महीने बाक़ी होने चाहिए)</translation>
    </message>
    <message>
        <source>the first appeal was due by %1: file it with the reason for the delay (RTI Act 2005, s.19(1), proviso)</source>
        <translation>प्रथम अपील की अंतिम तिथि %1 थी: देरी का कारण बताते हुए दायर करें (सूचना का अधिकार अधिनियम 2005, धारा 19(1) का परंतुक)</translation>
    </message>
    <message>
        <source>the original passport is with the trial court, no copy</source>
        <translation>असली पासपोर्ट ट्रायल कोर्ट के पास है, कोई प्रति नहीं</translation>
    </message>
    <message>
        <source>the prisoner refused consent</source>
        <translation>क़ैदी ने सहमति नहीं दी</translation>
    </message>
    <message>
        <source>the rest</source>
        <translation>बाक़ी सज़ा</translation>
    </message>
    <message>
        <source>the whole term</source>
        <translation>पूरी सज़ा</translation>
    </message>
    <message>
        <source>under trial: in custody since %1 (%2 days)</source>
        <translation>विचाराधीन: %1 से हिरासत में (%2 दिन)</translation>
    </message>
    <message>
        <source>was held %1</source>
        <translation>%1 तक बंद रहे</translation>
    </message>
    <message>
        <source>write a reminder to the commission: the government must report the action taken within one month (Protection of Human Rights Act 1993, s.18(e))</source>
        <translation>आयोग को याद-दिहानी पत्र लिखें: सरकार को एक महीने के भीतर की गई कार्रवाई की रिपोर्ट देनी होती है (मानव अधिकार संरक्षण अधिनियम 1993, धारा 18(ङ))</translation>
    </message>
    <message>
        <source>− %1 days remission = %2</source>
        <translation>− सज़ा में छूट के %1 दिन = %2</translation>
    </message>
    <message>
        <source>− %1 days set-off (%2) = %3</source>
        <translation>− सेट-ऑफ़ के %1 दिन (%2) = %3</translation>
    </message>
    <message>
        <source>− 1 day: the day of sentence counts as served = %1</source>
        <translation>− 1 दिन: सज़ा का दिन भी काटा हुआ माना जाता है = %1</translation>
    </message>
    <message numerus="yes">
        <source>not complied with %Ln day(s) later</source>
        <translation>
            <numerusform>%Ln दिन बाद भी पालन नहीं हुआ</numerusform>
            <numerusform>%Ln दिन बाद भी पालन नहीं हुआ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln महीना</numerusform>
            <numerusform>%Ln महीने</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln दिन</numerusform>
            <numerusform>%Ln दिन</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>Save the new file first: its records need a saved file.</source>
        <translation>पहले नई फ़ाइल सहेजें: इसके रिकॉर्ड के लिए सहेजी गई फ़ाइल चाहिए।</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>बदलाव सहेजें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>हटाएँ (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>नया (&amp;N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Delete %1? It was recorded by mistake.</source>
        <translation>%1 हटाएँ? यह ग़लती से दर्ज हुआ था।</translation>
    </message>
</context>
<context>
    <name>RtiPanel</name>
    <message>
        <source>Filed</source>
        <translation>दायर</translation>
    </message>
    <message>
        <source>To desk</source>
        <translation>किस डेस्क को</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>जवाब की अंतिम तिथि</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>जवाब</translation>
    </message>
    <message>
        <source>First appeal by</source>
        <translation>अपील की अंतिम तिथि</translation>
    </message>
    <message>
        <source>First appeal</source>
        <translation>प्रथम अपील</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>देरी</translation>
    </message>
    <message>
        <source>RTI applications</source>
        <translation>RTI आवेदन</translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation>लोक प्राधिकरण</translation>
    </message>
    <message>
        <source>Public Information Officer</source>
        <translation>लोक सूचना अधिकारी</translation>
    </message>
    <message>
        <source>Information sought</source>
        <translation>माँगी गई सूचना</translation>
    </message>
    <message>
        <source>Concerns &amp;life or liberty (reply in 48 hours)</source>
        <translation>जीवन या स्वतंत्रता से जुड़ा (&amp;L) (48 घंटे में जवाब)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>RTI application</source>
        <translation>RTI आवेदन</translation>
    </message>
    <message>
        <source>To des&amp;k</source>
        <translation>किस डेस्क को (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;PIO</source>
        <translation>PIO (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Information sought</source>
        <translation>माँगी गई सूचना (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Filed on</source>
        <translation>दायर की तारीख़ (&amp;F)</translation>
    </message>
    <message>
        <source>Rece&amp;ived by the PIO on</source>
        <translation>PIO को मिला (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Reply received on</source>
        <translation>जवाब मिला (&amp;R)</translation>
    </message>
    <message>
        <source>First appeal filed &amp;on</source>
        <translation>प्रथम अपील दायर (&amp;O)</translation>
    </message>
    <message>
        <source>First appeal deci&amp;ded on</source>
        <translation>प्रथम अपील का फ़ैसला (&amp;D)</translation>
    </message>
    <message>
        <source>Second appeal filed on</source>
        <translation>द्वितीय अपील दायर</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>टिप्पणी (&amp;T)</translation>
    </message>
    <message>
        <source>the RTI application to %1 of %2</source>
        <translation>%1 को %2 का RTI आवेदन</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Clinic letterhead and contact</source>
        <translation>क्लिनिक का लेटरहेड और संपर्क</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>क्लिनिक का नाम (&amp;N):</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>क्लिनिक का नाम</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>पता (&amp;A):</translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation>क्लिनिक का पता</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>फ़ोन (&amp;P):</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>क्लिनिक का फ़ोन</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>ई-मेल (&amp;E):</translation>
    </message>
    <message>
        <source>Clinic e-mail</source>
        <translation>क्लिनिक का ई-मेल</translation>
    </message>
    <message>
        <source>&amp;Request to embassies:</source>
        <translation>दूतावासों से अनुरोध (&amp;R):</translation>
    </message>
    <message>
        <source>Request to embassies</source>
        <translation>दूतावासों से अनुरोध</translation>
    </message>
    <message>
        <source>What every fact sheet asks of the embassy, unless replaced when printing</source>
        <translation>हर फ़ैक्ट शीट दूतावास से क्या माँगती है, जब तक छापते समय बदला न जाए</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>डेटाबेस</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation>दूसरा डेटाबेस खोलें (&amp;O)…</translation>
    </message>
    <message>
        <source>Choose another database file and reopen the window on it</source>
        <translation>दूसरी डेटाबेस फ़ाइल चुनें और विंडो उस पर फिर से खोलें</translation>
    </message>
    <message>
        <source>Thresholds for the flags</source>
        <translation>फ़्लैग की सीमाएँ</translation>
    </message>
    <message>
        <source>Default routes</source>
        <translation>डिफ़ॉल्ट रास्ते</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>वापस लें (&amp;R)</translation>
    </message>
    <message>
        <source>Show the saved settings again, dropping changes not yet saved</source>
        <translation>सहेजी गई सेटिंग्स फिर दिखाएँ, बिना सहेजे बदलाव छोड़कर</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>सेटिंग्स सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Save the letterhead and thresholds (Ctrl+S)</source>
        <translation>लेटरहेड और सीमाएँ सहेजें (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>The reference on the clinic&apos;s letters. In braces: {country} (its code), {date} (YYYY-MM-DD), {year}, {count} (how many people the letter is about).</source>
        <translation>क्लिनिक के पत्रों का संदर्भ। कोष्ठक में: {country} (उसका कोड), {date} (YYYY-MM-DD), {year}, {count} (पत्र कितने लोगों के बारे में है)।</translation>
    </message>
    <message>
        <source>Si&amp;gnatory:</source>
        <translation>हस्ताक्षरकर्ता (&amp;G):</translation>
    </message>
    <message>
        <source>Desi&amp;gnation:</source>
        <translation>पदनाम (&amp;G):</translation>
    </message>
    <message>
        <source>Letter &amp;reference:</source>
        <translation>पत्र संदर्भ (&amp;R):</translation>
    </message>
    <message>
        <source>The day of sentence counts as a day served</source>
        <translation>सज़ा सुनाए जाने का दिन काटे गए दिन में गिना जाता है</translation>
    </message>
    <message>
        <source>As jail manuals count: a one-month term passed on 15 January ends on 14 February. Every file&apos;s release date is worked out again when this changes.</source>
        <translation>जैसे जेल मैनुअल गिनते हैं: 15 जनवरी को सुनाई गई एक महीने की सज़ा 14 फ़रवरी को पूरी होती है। इसे बदलने पर हर फ़ाइल की रिहाई की तारीख़ फिर से निकाली जाती है।</translation>
    </message>
    <message>
        <source>Release date:</source>
        <translation>रिहाई की तारीख़:</translation>
    </message>
    <message>
        <source>Dates shown as</source>
        <translation>तारीख़ें इस रूप में</translation>
    </message>
    <message>
        <source>%1 (year-month-day, ISO)</source>
        <translation>%1 (वर्ष-महीना-दिन, ISO)</translation>
    </message>
    <message>
        <source>%1 (this language&apos;s long form)</source>
        <translation>%1 (इस भाषा का लंबा रूप)</translation>
    </message>
    <message>
        <source>Dates shown as:</source>
        <translation>तारीख़ें इस रूप में:</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>विंडो की भाषा</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>कंप्यूटर की भाषा</translation>
    </message>
    <message>
        <source>The window&apos;s language; it changes when Repatriate next starts. Fact sheets stay in English for the embassy, and commands answer in English.</source>
        <translation>विंडो की भाषा; Repatriate के अगली बार शुरू होने पर बदलती है। फ़ैक्ट शीट दूतावास के लिए अंग्रेज़ी में ही रहती हैं, और कमांड अंग्रेज़ी में जवाब देती हैं।</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा (&amp;L):</translation>
    </message>
    <message>
        <source>Write numbers and dates in the language&apos;s own digits</source>
        <translation>अंक और तारीख़ें भाषा के अपने अंकों में लिखें</translation>
    </message>
    <message>
        <source>Bengali ০-৯, Hindi and Nepali ०-९, Urdu ۰-۹; from the next start</source>
        <translation>बांग्ला ০-৯, हिंदी और नेपाली ०-९, उर्दू ۰-۹; अगली बार शुरू होने से</translation>
    </message>
    <message>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <source>Lock the window after minutes without use</source>
        <translation>इतने मिनट इस्तेमाल न होने पर विंडो लॉक करें</translation>
    </message>
    <message>
        <source>After this many minutes without a key press or a click the window hides the files until it is unlocked (with the passphrase, for an encrypted database). Ctrl+L locks it at once.</source>
        <translation>इतने मिनट तक कोई कुंजी न दबाने या क्लिक न करने पर विंडो अनलॉक होने तक फ़ाइलें छिपा देती है (एन्क्रिप्टेड डेटाबेस के लिए पासफ़्रेज़ से)। Ctrl+L तुरंत लॉक करता है।</translation>
    </message>
    <message>
        <source>Lock after, without use:</source>
        <translation>इस्तेमाल न होने पर लॉक:</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>रास्ता</translation>
    </message>
    <message>
        <source>For</source>
        <translation>किसके लिए</translation>
    </message>
    <message>
        <source>any other country</source>
        <translation>कोई और देश</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>चरण</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Default routes</source>
        <translation>डिफ़ॉल्ट रास्ते</translation>
    </message>
    <message>
        <source>The routes are the steps a file goes through to get a person home, read from the route files in %1. Each step says whether it comes from the case study or is our assumption.</source>
        <translation>रास्ते वे चरण हैं जिनसे होकर फ़ाइल किसी व्यक्ति को घर पहुँचाती है, %1 की रास्ता-फ़ाइलों से पढ़े गए। हर चरण बताता है कि वह केस स्टडी से आया है या हमारा अनुमान है।</translation>
    </message>
    <message>
        <source>This window works on: %1</source>
        <translation>यह विंडो इस पर काम कर रही है: %1</translation>
    </message>
    <message>
        <source>To open another database every time, start Repatriate with --db PATH or set the %1 environment variable. Without either it opens %2. Keep the database in a folder that is backed up, such as %3.</source>
        <translation>हर बार दूसरा डेटाबेस खोलने के लिए Repatriate को --db PATH के साथ शुरू करें या %1 एनवायरनमेंट वेरिएबल सेट करें। दोनों में से कोई न हो तो यह %2 खोलता है। डेटाबेस ऐसे फ़ोल्डर में रखें जिसका बैकअप होता हो, जैसे %3।</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Long overstay (days)</source>
        <translation>लंबी अतिरिक्त क़ैद (दिन)</translation>
    </message>
    <message>
        <source>Days past release that count as a long overstay</source>
        <translation>रिहाई के बाद कितने दिन लंबी अतिरिक्त क़ैद माने जाते हैं</translation>
    </message>
    <message>
        <source>Very long overstay (days)</source>
        <translation>बहुत लंबी अतिरिक्त क़ैद (दिन)</translation>
    </message>
    <message>
        <source>Days past release that count as a very long overstay</source>
        <translation>रिहाई के बाद कितने दिन बहुत लंबी अतिरिक्त क़ैद माने जाते हैं</translation>
    </message>
    <message>
        <source>Start repatriation before release (days)</source>
        <translation>रिहाई से पहले प्रत्यावर्तन शुरू (दिन)</translation>
    </message>
    <message>
        <source>Flag a file whose release is this close and no step has been taken</source>
        <translation>उस फ़ाइल पर फ़्लैग लगाएँ जिसकी रिहाई इतनी पास हो और कोई क़दम न उठा हो</translation>
    </message>
    <message>
        <source>Nationality unverified after (days)</source>
        <translation>राष्ट्रीयता असत्यापित, इसके बाद (दिन)</translation>
    </message>
    <message>
        <source>Flag a nationality still not verified this long after the sentence</source>
        <translation>सज़ा के इतने समय बाद भी राष्ट्रीयता सत्यापित न हो तो फ़्लैग लगाएँ</translation>
    </message>
    <message>
        <source>Consular access within (days)</source>
        <translation>कांसुलर पहुँच, इतने में (दिन)</translation>
    </message>
    <message>
        <source>Flag a file with no consular access this long after arrest</source>
        <translation>गिरफ़्तारी के इतने समय बाद भी कांसुलर पहुँच न मिली हो तो फ़्लैग लगाएँ</translation>
    </message>
    <message>
        <source>Photo out of date after (years)</source>
        <translation>फ़ोटो पुरानी, इसके बाद (वर्ष)</translation>
    </message>
    <message>
        <source>Embassies need a recent photograph</source>
        <translation>दूतावासों को हाल की फ़ोटो चाहिए</translation>
    </message>
    <message>
        <source>Escalate after unanswered follow-ups</source>
        <translation>बिना जवाब के फ़ॉलो-अप के बाद एस्केलेट करें</translation>
    </message>
    <message>
        <source>Weekly follow-ups with one desk gone unanswered before the next lever is suggested (a number of chases: 6 is six weeks)</source>
        <translation>एक डेस्क से कितने साप्ताहिक फ़ॉलो-अप बिना जवाब रहें तब अगला दबाव सुझाया जाए (पीछा करने की संख्या: 6 यानी छह हफ़्ते)</translation>
    </message>
    <message>
        <source>RTI reply due within (days)</source>
        <translation>RTI जवाब की समय-सीमा (दिन)</translation>
    </message>
    <message>
        <source>Statutory time for a reply to a Right to Information request</source>
        <translation>सूचना का अधिकार (RTI) आवेदन के जवाब का क़ानूनी समय</translation>
    </message>
    <message>
        <source>Travel document expiring within (weeks)</source>
        <translation>यात्रा दस्तावेज़ की मियाद ख़त्म, इतने में (हफ़्ते)</translation>
    </message>
    <message>
        <source>With no hand-over date planned, flag a travel document that expires within this many weeks</source>
        <translation>सौंपने की कोई तारीख़ तय न हो, तो इतने हफ़्तों में मियाद ख़त्म होने वाले यात्रा दस्तावेज़ पर फ़्लैग लगाएँ</translation>
    </message>
    <message>
        <source>Settings saved. The language changes when Repatriate next starts.</source>
        <translation>सेटिंग्स सहेजी गईं। Repatriate के अगली बार शुरू होने पर भाषा बदलेगी।</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>सेटिंग्स सहेजी गईं।</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>सेटिंग्स सहेजी गईं</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(ख़ाली)</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>दूसरा डेटाबेस खोलें</translation>
    </message>
    <message>
        <source>Repatriate databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Repatriate डेटाबेस (*.sqlite3 *.sqlite *.db);;सभी फ़ाइलें (*)</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze</source>
        <translation>टालें</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>तक (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>टालें (&amp;S)</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>TravelPanel</name>
    <message>
        <source>Document</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>जारी होने की तारीख़</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>मियाद ख़त्म</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>जारीकर्ता</translation>
    </message>
    <message>
        <source>Travel documents</source>
        <translation>यात्रा दस्तावेज़</translation>
    </message>
    <message>
        <source>Issued by desk</source>
        <translation>जारी करने वाला डेस्क</translation>
    </message>
    <message>
        <source>Hand-over planned for</source>
        <translation>सौंपने की नियत तारीख़</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>तय करें (&amp;P)</translation>
    </message>
    <message>
        <source>Set the day of the hand-over to the home country (empty: none planned)</source>
        <translation>अपने देश को सौंपने का दिन तय करें (ख़ाली: कोई योजना नहीं)</translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation>यात्रा दस्तावेज़</translation>
    </message>
    <message>
        <source>&amp;Hand-over planned for</source>
        <translation>सौंपने की नियत तारीख़ (&amp;H)</translation>
    </message>
    <message>
        <source>Doc&amp;ument</source>
        <translation>दस्तावेज़ (&amp;U)</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>नंबर (&amp;U)</translation>
    </message>
    <message>
        <source>Issued &amp;on</source>
        <translation>जारी होने की तारीख़ (&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;xpires on</source>
        <translation>मियाद ख़त्म (&amp;X)</translation>
    </message>
    <message>
        <source>Issued by des&amp;k</source>
        <translation>जारी करने वाला डेस्क (&amp;K)</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>नियत</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>देरी (दिन)</translation>
    </message>
    <message>
        <source>Days past release</source>
        <translation>रिहाई के बाद दिन</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>फ़ॉलो-अप</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>बिना जवाब</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>सुझाव</translation>
    </message>
    <message>
        <source>No desk</source>
        <translation>कोई डेस्क नहीं</translation>
    </message>
    <message>
        <source>%1 unanswered — suggest: %2</source>
        <translation>%1 बिना जवाब — सुझाव: %2</translation>
    </message>
    <message>
        <source>Nobody is chasing these · %1 held past release: no desk holds the file and no follow-up is set</source>
        <translation>इनका कोई पीछा नहीं कर रहा · रिहाई के बाद भी बंद %1: फ़ाइल किसी डेस्क के पास नहीं और कोई फ़ॉलो-अप तय नहीं</translation>
    </message>
    <message>
        <source>%1 · %2 to chase, %3 overdue</source>
        <translation>%1 · पीछा करने को %2, देरी %3</translation>
    </message>
    <message>
        <source>Held past the release date, and no desk holds the file: record where it was sent, or set a follow-up. Open a file to record a movement.</source>
        <translation>रिहाई की तारीख़ के बाद भी बंद, और फ़ाइल किसी डेस्क के पास नहीं: दर्ज करें कि उसे कहाँ भेजा गया, या फ़ॉलो-अप तय करें। आवाजाही दर्ज करने के लिए फ़ाइल खोलें।</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>फ़ोन: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>ई-मेल: %1</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>अधिकारी: %1</translation>
    </message>
    <message>
        <source>nobody is chasing</source>
        <translation>कोई पीछा नहीं कर रहा</translation>
    </message>
    <message>
        <source>No desk on the route: choose one</source>
        <translation>रास्ते पर कोई डेस्क नहीं: एक चुनें</translation>
    </message>
    <message>
        <source>Send to: %1</source>
        <translation>भेजें: %1</translation>
    </message>
    <message>
        <source>The release date</source>
        <translation>रिहाई की तारीख़</translation>
    </message>
    <message>
        <source>Weekly follow-ups with this desk have gone unanswered since it got the file: try the next lever and log it as an escalation on the file.</source>
        <translation>फ़ाइल मिलने के बाद से इस डेस्क से साप्ताहिक फ़ॉलो-अप का जवाब नहीं आया: अगला दबाव आज़माएँ और उसे फ़ाइल पर एस्केलेशन के रूप में दर्ज करें।</translation>
    </message>
    <message>
        <source>Follow-ups of the week by desk</source>
        <translation>डेस्क के अनुसार हफ़्ते के फ़ॉलो-अप</translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation>पिछला हफ़्ता (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>यह हफ़्ता (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation>अगला हफ़्ता (&amp;N)</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>पूरा चिह्नित करें (&amp;D)…</translation>
    </message>
    <message>
        <source>Mark a&amp;ll of this desk done…</source>
        <translation>इस डेस्क के सभी पूरे (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>टालें (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Close follow-up…</source>
        <translation>फ़ॉलो-अप बंद करें (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>फ़ाइल खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>Export .&amp;ics…</source>
        <translation>.ics निर्यात (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <source>Take back the last mark done, snooze or close</source>
        <translation>आख़िरी पूरा, टालना या बंद करना वापस लें</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>आख़िरी बदलाव</translation>
    </message>
    <message>
        <source>Log the follow-up (a call by default) with its desk</source>
        <translation>डेस्क के साथ फ़ॉलो-अप दर्ज करें (डिफ़ॉल्ट रूप से एक कॉल)</translation>
    </message>
    <message>
        <source>Log one call with the desk for all its files</source>
        <translation>डेस्क की सभी फ़ाइलों के लिए एक कॉल दर्ज करें</translation>
    </message>
    <message>
        <source>Put the follow-up off to a day</source>
        <translation>फ़ॉलो-अप किसी दिन तक टालें</translation>
    </message>
    <message>
        <source>Stop following up this desk on the file until it moves on to it again</source>
        <translation>जब तक फ़ाइल फिर इस डेस्क पर न आए, फ़ाइल पर इस डेस्क का फ़ॉलो-अप बंद रखें</translation>
    </message>
    <message>
        <source>Open the prisoner file</source>
        <translation>क़ैदी की फ़ाइल खोलें</translation>
    </message>
    <message>
        <source>Save the week&apos;s follow-ups as calendar events</source>
        <translation>हफ़्ते के फ़ॉलो-अप कैलेंडर इवेंट के रूप में सहेजें</translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation>%1 · %2 से %3</translation>
    </message>
    <message>
        <source>Loading the follow-ups…</source>
        <translation>फ़ॉलो-अप लोड हो रहे हैं…</translation>
    </message>
    <message>
        <source>The follow-ups could not be loaded: %1</source>
        <translation>फ़ॉलो-अप लोड नहीं हो सके: %1</translation>
    </message>
    <message>
        <source>Logging the follow-ups</source>
        <translation>फ़ॉलो-अप दर्ज हो रहे हैं</translation>
    </message>
    <message>
        <source>marked done</source>
        <translation>पूरा चिह्नित</translation>
    </message>
    <message>
        <source>Snoozing the follow-ups</source>
        <translation>फ़ॉलो-अप टाले जा रहे हैं</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>टाला गया</translation>
    </message>
    <message>
        <source>Close follow-up</source>
        <translation>फ़ॉलो-अप बंद करें</translation>
    </message>
    <message>
        <source>Stop following up: %1? It starts again when the file moves on to the desk.</source>
        <translation>फ़ॉलो-अप बंद करें: %1? फ़ाइल फिर से इस डेस्क पर आने पर यह फिर शुरू होगा।</translation>
    </message>
    <message>
        <source>Closing the follow-ups</source>
        <translation>फ़ॉलो-अप बंद हो रहे हैं</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>फ़ॉलो-अप</translation>
    </message>
    <message>
        <source>%1 %2 · %3 left to act on</source>
        <translation>%1 %2 · %3 पर कार्रवाई बाक़ी</translation>
    </message>
    <message>
        <source>Undone: %1 back</source>
        <translation>वापस लिया: %1 पहले जैसे</translation>
    </message>
    <message numerus="yes">
        <source>Export the %Ln follow-up(s) of %1 as all-day calendar events.</source>
        <translation>
            <numerusform>%1 के %Ln फ़ॉलो-अप को पूरे दिन के कैलेंडर इवेंट के रूप में निर्यात करें।</numerusform>
            <numerusform>%1 के %Ln फ़ॉलो-अप को पूरे दिन के कैलेंडर इवेंट के रूप में निर्यात करें।</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the follow-ups as a calendar</source>
        <translation>फ़ॉलो-अप कैलेंडर के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>कैलेंडर (*.ics)</translation>
    </message>
    <message>
        <source>%1 follow-ups saved to %2</source>
        <translation>%1 फ़ॉलो-अप %2 में सहेजे गए</translation>
    </message>
    <message>
        <source>%1 follow-ups due this week (%2 overdue)</source>
        <translation>इस हफ़्ते %1 फ़ॉलो-अप नियत (%2 में देरी)</translation>
    </message>
    <message>
        <source>; %1 held past release nobody is chasing</source>
        <translation>; रिहाई के बाद भी बंद %1, जिनका कोई पीछा नहीं कर रहा</translation>
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
        <translation>Repatriate में आपका स्वागत है</translation>
    </message>
    <message>
        <source>Repatriate keeps a file for every foreign prisoner you help: when their sentence ends, how long they have been held past it, which desk has their papers, and whom to call this week. This database has no files yet. How would you like to begin?</source>
        <translation>आप जिस भी विदेशी क़ैदी की मदद करते हैं, Repatriate उसकी एक फ़ाइल रखता है: उसकी सज़ा कब पूरी होती है, उसके बाद वह कितने समय से बंद है, उसके काग़ज़ किस डेस्क के पास हैं, और इस हफ़्ते किसे फ़ोन करना है। इस डेटाबेस में अभी कोई फ़ाइल नहीं है। आप कैसे शुरू करना चाहेंगे?</translation>
    </message>
    <message>
        <source>&amp;Add a file</source>
        <translation>फ़ाइल जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <source>Type in the details of one prisoner from the prison&apos;s records.</source>
        <translation>जेल के रिकॉर्ड से एक क़ैदी का विवरण भरें।</translation>
    </message>
    <message>
        <source>&amp;Import a CSV…</source>
        <translation>CSV आयात करें (&amp;I)…</translation>
    </message>
    <message>
        <source>Bring in a list kept in a spreadsheet. You see every row and every problem before anything is written.</source>
        <translation>स्प्रेडशीट में रखी सूची लाएँ। कुछ भी लिखे जाने से पहले आप हर पंक्ति और हर समस्या देखते हैं।</translation>
    </message>
    <message>
        <source>Explore &amp;demo data</source>
        <translation>डेमो डेटा देखें (&amp;D)</translation>
    </message>
    <message>
        <source>Try the program on invented files, in a separate database (%1). Your own database stays empty; restart Repatriate to come back to it.</source>
        <translation>प्रोग्राम को काल्पनिक फ़ाइलों पर आज़माएँ, एक अलग डेटाबेस में (%1)। आपका अपना डेटाबेस ख़ाली रहता है; उस पर लौटने के लिए Repatriate फिर से शुरू करें।</translation>
    </message>
    <message>
        <source>Making the demo database</source>
        <translation>डेमो डेटाबेस बन रहा है</translation>
    </message>
    <message>
        <source>Your clinic, as its letters to embassies will name it</source>
        <translation>आपका क्लिनिक, जिस नाम से दूतावासों को उसके पत्र जाएँगे</translation>
    </message>
    <message>
        <source>Printed on the cover letters and fact sheets. You can fill it in now or later in Settings.</source>
        <translation>कवर लेटर और फ़ैक्ट शीट पर छपता है। आप इसे अभी या बाद में सेटिंग्स में भर सकते हैं।</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>क्लिनिक का नाम (&amp;N):</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>पता (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>फ़ोन (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>ई-मेल (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation>हस्ताक्षरकर्ता (&amp;S):</translation>
    </message>
    <message>
        <source>Desi&amp;gnation:</source>
        <translation>पदनाम (&amp;G):</translation>
    </message>
    <message>
        <source>lines separated by commas, e.g. 12 Court Road, Kolkata 700001</source>
        <translation>कॉमा से अलग पंक्तियाँ, जैसे 12 Court Road, Kolkata 700001</translation>
    </message>
    <message>
        <source>Sa&amp;ve the letterhead</source>
        <translation>लेटरहेड सहेजें (&amp;V)</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>अभी छोड़ें (&amp;K)</translation>
    </message>
    <message>
        <source>The letterhead is saved; Settings can change it.</source>
        <translation>लेटरहेड सहेजा गया; सेटिंग्स में बदला जा सकता है।</translation>
    </message>
    <message>
        <source>The letterhead can be filled in later, in Settings.</source>
        <translation>लेटरहेड बाद में सेटिंग्स में भरा जा सकता है।</translation>
    </message>
    <message>
        <source>Making the demo database in %1…</source>
        <translation>%1 में डेमो डेटाबेस बन रहा है…</translation>
    </message>
    <message>
        <source>The demo database is ready: %1</source>
        <translation>डेमो डेटाबेस तैयार है: %1</translation>
    </message>
    <message>
        <source>The demo database could not be made: %1</source>
        <translation>डेमो डेटाबेस नहीं बन सका: %1</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>under trial</source>
        <translation>विचाराधीन</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>सज़ा काट रहे</translation>
    </message>
    <message>
        <source>sentence completed</source>
        <translation>सज़ा पूरी</translation>
    </message>
    <message>
        <source>in detention centre</source>
        <translation>डिटेंशन सेंटर में</translation>
    </message>
    <message>
        <source>repatriated</source>
        <translation>प्रत्यावर्तित</translation>
    </message>
    <message>
        <source>deported</source>
        <translation>निर्वासित</translation>
    </message>
    <message>
        <source>released</source>
        <translation>रिहा</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>मृत</translation>
    </message>
    <message>
        <source>died in custody</source>
        <translation>हिरासत में मौत</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>स्थानांतरित</translation>
    </message>
    <message>
        <source>immigration detainee</source>
        <translation>आप्रवासन बंदी</translation>
    </message>
    <message>
        <source>asylum seeker</source>
        <translation>शरण चाहने वाले</translation>
    </message>
    <message>
        <source>other offender</source>
        <translation>अन्य अपराधी</translation>
    </message>
    <message>
        <source>m</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <source>f</source>
        <translation>महिला</translation>
    </message>
    <message>
        <source>x</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>police</source>
        <translation>पुलिस</translation>
    </message>
    <message>
        <source>trial court</source>
        <translation>ट्रायल कोर्ट</translation>
    </message>
    <message>
        <source>prison</source>
        <translation>जेल</translation>
    </message>
    <message>
        <source>embassy</source>
        <translation>दूतावास</translation>
    </message>
    <message>
        <source>prisoner</source>
        <translation>क़ैदी</translation>
    </message>
    <message>
        <source>clinic</source>
        <translation>क्लिनिक</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>फ़ोन पर</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>आमने-सामने</translation>
    </message>
    <message>
        <source>given</source>
        <translation>दी गई</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>इनकार</translation>
    </message>
    <message>
        <source>partner ngo</source>
        <translation>सहयोगी NGO</translation>
    </message>
    <message>
        <source>clinic visit</source>
        <translation>क्लिनिक दौरा</translation>
    </message>
    <message>
        <source>family</source>
        <translation>परिवार</translation>
    </message>
    <message>
        <source>court</source>
        <translation>अदालत</translation>
    </message>
    <message>
        <source>other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>travel permit</source>
        <translation>ट्रैवल परमिट</translation>
    </message>
    <message>
        <source>emergency certificate</source>
        <translation>इमरजेंसी सर्टिफ़िकेट</translation>
    </message>
    <message>
        <source>exit permit</source>
        <translation>एग्ज़िट परमिट</translation>
    </message>
    <message>
        <source>escort order</source>
        <translation>एस्कॉर्ट आदेश</translation>
    </message>
    <message>
        <source>state prisons</source>
        <translation>राज्य जेल विभाग</translation>
    </message>
    <message>
        <source>state home</source>
        <translation>राज्य गृह विभाग</translation>
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
        <translation>MEA कांसुलर</translation>
    </message>
    <message>
        <source>mea territorial</source>
        <translation>MEA क्षेत्रीय</translation>
    </message>
    <message>
        <source>home foreign ministry</source>
        <translation>स्वदेश का विदेश मंत्रालय</translation>
    </message>
    <message>
        <source>home verification</source>
        <translation>स्वदेश में सत्यापन</translation>
    </message>
    <message>
        <source>home repatriation</source>
        <translation>स्वदेश में प्रत्यावर्तन</translation>
    </message>
    <message>
        <source>travel documents</source>
        <translation>यात्रा दस्तावेज़</translation>
    </message>
    <message>
        <source>border</source>
        <translation>सीमा</translation>
    </message>
    <message>
        <source>unhcr</source>
        <translation>UNHCR</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>भेजी</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>पावती मिली</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>जवाब</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>लौटाई</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>आगे भेजी</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>मंज़ूर</translation>
    </message>
    <message>
        <source>post</source>
        <translation>डाक</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>हाथों-हाथ</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>फ़ैक्स</translation>
    </message>
    <message>
        <source>portal</source>
        <translation>पोर्टल</translation>
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
        <translation>फ़ोन कॉल</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>पत्र</translation>
    </message>
    <message>
        <source>embassy visit</source>
        <translation>दूतावास दौरा</translation>
    </message>
    <message>
        <source>prison visit</source>
        <translation>जेल दौरा</translation>
    </message>
    <message>
        <source>consular access by phone</source>
        <translation>फ़ोन पर कांसुलर पहुँच</translation>
    </message>
    <message>
        <source>consular access in person</source>
        <translation>आमने-सामने कांसुलर पहुँच</translation>
    </message>
    <message>
        <source>rti request</source>
        <translation>RTI आवेदन</translation>
    </message>
    <message>
        <source>rti appeal</source>
        <translation>RTI अपील</translation>
    </message>
    <message>
        <source>court petition</source>
        <translation>अदालत में याचिका</translation>
    </message>
    <message>
        <source>court hearing</source>
        <translation>अदालत में सुनवाई</translation>
    </message>
    <message>
        <source>media story</source>
        <translation>मीडिया ख़बर</translation>
    </message>
    <message>
        <source>ngo contact</source>
        <translation>NGO संपर्क</translation>
    </message>
    <message>
        <source>family traced</source>
        <translation>परिवार का पता चला</translation>
    </message>
    <message>
        <source>unhcr form sent</source>
        <translation>UNHCR फ़ॉर्म भेजा</translation>
    </message>
    <message>
        <source>certificate received</source>
        <translation>प्रमाणपत्र मिला</translation>
    </message>
    <message>
        <source>escalation</source>
        <translation>एस्केलेशन</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>सुधार</translation>
    </message>
    <message>
        <source>senior official</source>
        <translation>वरिष्ठ अधिकारी</translation>
    </message>
    <message>
        <source>media in home country</source>
        <translation>स्वदेश का मीडिया</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>साप्ताहिक</translation>
    </message>
    <message>
        <source>one-off</source>
        <translation>एक बार</translation>
    </message>
    <message>
        <source>recurring</source>
        <translation>आवर्ती</translation>
    </message>
    <message>
        <source>reply due</source>
        <translation>जवाब की अंतिम तिथि</translation>
    </message>
    <message>
        <source>order</source>
        <translation>आदेश</translation>
    </message>
    <message>
        <source>unchased</source>
        <translation>कोई पीछा नहीं कर रहा</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>due today</source>
        <translation>आज नियत</translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation>कल नियत</translation>
    </message>
    <message>
        <source>due in %1 days</source>
        <translation>%1 दिन में नियत</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>रेफ़</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Own-script name</source>
        <translation>अपनी लिपि में नाम</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>राष्ट्रीयता</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>जेल</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Release due</source>
        <translation>रिहाई की नियत तारीख़</translation>
    </message>
    <message>
        <source>Desk holding it</source>
        <translation>किस डेस्क के पास</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>अगला फ़ॉलो-अप</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>फ़्लैग</translation>
    </message>
    <message>
        <source>Days past release</source>
        <translation>रिहाई के बाद दिन</translation>
    </message>
    <message>
        <source>Was held this long past release</source>
        <translation>रिहाई के बाद इतने समय तक बंद रहा</translation>
    </message>
</context>
<context>
    <name>flags</name>
    <message>
        <source>Held past release</source>
        <translation>रिहाई के बाद भी बंद</translation>
    </message>
    <message>
        <source>Held past release ≥ 6 months</source>
        <translation>रिहाई के बाद भी बंद ≥ 6 महीने</translation>
    </message>
    <message>
        <source>Held past release ≥ 1 year</source>
        <translation>रिहाई के बाद भी बंद ≥ 1 साल</translation>
    </message>
    <message>
        <source>Release soon, repatriation not started</source>
        <translation>रिहाई पास, प्रत्यावर्तन शुरू नहीं</translation>
    </message>
    <message>
        <source>Nationality not verified</source>
        <translation>राष्ट्रीयता सत्यापित नहीं</translation>
    </message>
    <message>
        <source>Possible misidentification</source>
        <translation>ग़लत पहचान की आशंका</translation>
    </message>
    <message>
        <source>No consular access</source>
        <translation>कांसुलर पहुँच नहीं</translation>
    </message>
    <message>
        <source>At risk if returned</source>
        <translation>लौटाने पर जोखिम</translation>
    </message>
    <message>
        <source>Eligible for transfer of sentence</source>
        <translation>सज़ा के स्थानांतरण के योग्य</translation>
    </message>
    <message>
        <source>Photo out of date</source>
        <translation>फ़ोटो पुरानी</translation>
    </message>
    <message>
        <source>Passport book number only</source>
        <translation>केवल पासपोर्ट बुक नंबर</translation>
    </message>
    <message>
        <source>Passport held by the court</source>
        <translation>पासपोर्ट अदालत के पास</translation>
    </message>
    <message>
        <source>Stalled at a desk</source>
        <translation>डेस्क पर अटकी</translation>
    </message>
    <message>
        <source>Order not complied with by its date</source>
        <translation>तय तारीख़ तक आदेश का पालन नहीं हुआ</translation>
    </message>
    <message>
        <source>RTI reply or appeal overdue</source>
        <translation>RTI जवाब या अपील में देरी</translation>
    </message>
    <message>
        <source>Travel document expiring</source>
        <translation>यात्रा दस्तावेज़ की मियाद ख़त्म हो रही है</translation>
    </message>
    <message>
        <source>Data problem</source>
        <translation>डेटा की समस्या</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
</context>
</TS>
