<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ne">
<context>
    <name>About</name>
    <message>
        <source>none: this database is not a file on this computer</source>
        <translation>छैन: यो डाटाबेस यस कम्प्युटरको फाइल होइन</translation>
    </message>
    <message>
        <source>Tracks foreign prisoners held past the end of their sentence, the desks their repatriation file waits at, and the follow-ups that get them home.</source>
        <translation>सजाय सकिएपछि पनि थुनामा राखिएका विदेशी कैदीहरू, उनीहरूको स्वदेश फिर्तीको फाइल पर्खिरहेका डेस्कहरू, र उनीहरूलाई घर पुर्‍याउने ताकेताहरूको अभिलेख राख्छ।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Licence:&lt;/b&gt; GNU General Public License, version 3 or later (GPL-3.0-or-later). You may copy, share and change the program under its terms.</source>
        <translation>&lt;b&gt;इजाजतपत्र:&lt;/b&gt; GNU General Public License, संस्करण 3 वा पछिको (GPL-3.0-or-later)। यसका सर्तअनुसार तपाईं यो प्रोग्राम प्रतिलिपि गर्न, बाँड्न र परिवर्तन गर्न सक्नुहुन्छ।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fonts:&lt;/b&gt; the Noto fonts that print fact sheets in every script (Noto Sans, Noto Sans Bengali, Devanagari, Myanmar, Sinhala, Tamil and Ethiopic, Noto Naskh Arabic) are under the SIL Open Font License 1.1, whose text comes with the program (resources/fonts/OFL.txt).</source>
        <translation>&lt;b&gt;फन्टहरू:&lt;/b&gt; हरेक लिपिमा तथ्य पत्र छाप्ने Noto फन्टहरू (Noto Sans, Noto Sans Bengali, Devanagari, Myanmar, Sinhala, Tamil र Ethiopic, Noto Naskh Arabic) SIL Open Font License 1.1 अन्तर्गत छन्, जसको पाठ प्रोग्रामसँगै आउँछ (resources/fonts/OFL.txt)।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Database:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;डाटाबेस:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;ब्याकअपहरू:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Press F1 for the guide.</source>
        <translation>गाइडका लागि F1 थिच्नुहोस्।</translation>
    </message>
    <message>
        <source>About Repatriate</source>
        <translation>Repatriate बारे</translation>
    </message>
</context>
<context>
    <name>AdvocacyPage</name>
    <message>
        <source>Up to 90 days</source>
        <translation>90 दिनसम्म</translation>
    </message>
    <message>
        <source>91 to 180</source>
        <translation>91 देखि 180</translation>
    </message>
    <message>
        <source>181 to 365</source>
        <translation>181 देखि 365</translation>
    </message>
    <message>
        <source>Over 365</source>
        <translation>365 भन्दा बढी</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>राष्ट्रियता</translation>
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
        <translation>जम्मा</translation>
    </message>
    <message>
        <source>Times held</source>
        <translation>राखेको पटक</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>मध्यिका दिन</translation>
    </message>
    <message>
        <source>90th pct. days</source>
        <translation>९०औं प्रतिशतक दिन</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>फिर्ता</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>अवरोध</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>फिर्ता संख्या</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>फाइलहरू</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>त्रैमास</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>अन्त्य मिति</translation>
    </message>
    <message>
        <source>Past release at its end</source>
        <translation>अन्त्यमा रिहाइ मिति नाघेका</translation>
    </message>
    <message>
        <source>New overstays</source>
        <translation>नयाँ ओभरस्टे</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>रेफ</translation>
    </message>
    <message>
        <source>Release due</source>
        <translation>रिहाइ हुनुपर्ने</translation>
    </message>
    <message>
        <source>Days past release</source>
        <translation>रिहाइ मिति नाघेका दिन</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>राख्ने</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>पढ्दै…</translation>
    </message>
    <message>
        <source>With &amp;names and prisoner numbers</source>
        <translation>नाम र कैदी नम्बरसहित (&amp;N)</translation>
    </message>
    <message>
        <source>Saved files are anonymised (refs and counts only) unless this is ticked</source>
        <translation>यो टिक नगरेसम्म सुरक्षित फाइलहरू बेनामी हुन्छन् (रेफ र सङ्ख्या मात्र)</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>CSV मा सुरक्षित गर्नुहोस् (&amp;C)…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>PDF मा सुरक्षित गर्नुहोस् (&amp;P)…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>व्यक्तिहरू</translation>
    </message>
    <message>
        <source>people</source>
        <translation>जना</translation>
    </message>
    <message>
        <source>Chart: people past release by days</source>
        <translation>चार्ट: रिहाइ मिति नाघेका व्यक्ति, दिनअनुसार</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>पटक फिर्ता</translation>
    </message>
    <message>
        <source>Chart: why files were returned</source>
        <translation>चार्ट: फाइलहरू किन फिर्ता गरिए</translation>
    </message>
    <message>
        <source>No desk has returned a file</source>
        <translation>कुनै डेस्कले फाइल फिर्ता गरेको छैन</translation>
    </message>
    <message>
        <source>Past release at the quarter&apos;s end</source>
        <translation>त्रैमासको अन्त्यमा रिहाइ मिति नाघेका</translation>
    </message>
    <message>
        <source>Chart: people past release by quarter</source>
        <translation>चार्ट: रिहाइ मिति नाघेका व्यक्ति, त्रैमासअनुसार</translation>
    </message>
    <message>
        <source>People past release by group</source>
        <translation>रिहाइ मिति नाघेका व्यक्ति, समूहअनुसार</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>डेस्कहरू</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>अवरोधहरू</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>त्रैमासहरू</translation>
    </message>
    <message>
        <source>Longest cases</source>
        <translation>सबैभन्दा लामा मुद्दा</translation>
    </message>
    <message>
        <source>Past release</source>
        <translation>रिहाइ मिति नाघेका</translation>
    </message>
    <message>
        <source>Anonymised: file refs and counts only. Desk figures count every time a desk had a file; returns are filed under an obstacle by the reason given.</source>
        <translation>बेनामी: फाइल रेफ र सङ्ख्या मात्र। डेस्कका तथ्याङ्कले डेस्कमा फाइल रहेको हरेक पटक गन्छन्; फिर्ताहरू दिइएको कारणअनुसार कुनै अवरोधमा राखिन्छन्।</translation>
    </message>
    <message>
        <source>As of %1: %2 held past their release date.</source>
        <translation>%1 सम्म: %2 जना रिहाइ मिति नाघेर थुनामा।</translation>
    </message>
    <message>
        <source>Save the advocacy pack</source>
        <translation>पैरवी प्याक सुरक्षित गर्नुहोस्</translation>
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
        <translation>पैरवी प्याक %1 मा सुरक्षित भयो</translation>
    </message>
    <message>
        <source>Advocacy pack</source>
        <translation>पैरवी प्याक</translation>
    </message>
</context>
<context>
    <name>AgendaWords</name>
    <message numerus="yes">
        <source>%Ln file(s) with %1</source>
        <translation>
            <numerusform>%1 सँग %Ln फाइल</numerusform>
            <numerusform>%1 सँग %Ln फाइल</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) with %1 desks</source>
        <translation>
            <numerusform>%1 डेस्कसँग %Ln फाइल</numerusform>
            <numerusform>%1 डेस्कसँग %Ln फाइल</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln ताकेता</numerusform>
            <numerusform>%Ln ताकेता</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to chase this week</source>
        <translation>यो हप्ता ताकेता गर्नुपर्ने केही छैन</translation>
    </message>
    <message numerus="yes">
        <source>with %Ln desk(s)</source>
        <translation>
            <numerusform>%Ln डेस्कसँग</numerusform>
            <numerusform>%Ln डेस्कसँग</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln म्याद नाघेको</numerusform>
            <numerusform>%Ln म्याद नाघेका</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held past release nobody is chasing</source>
        <translation>
            <numerusform>%Ln जना रिहाइ मिति नाघेर थुनामा, ताकेता नभएको</numerusform>
            <numerusform>%Ln जना रिहाइ मिति नाघेर थुनामा, ताकेता नभएका</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The database is open in another window</source>
        <translation>डाटाबेस अर्को विन्डोमा खुला छ</translation>
    </message>
    <message>
        <source>%1 is open in another Repatriate window (%2). Only one window at a time may change it. Open it read-only here, to look without changing anything?</source>
        <translation>%1 अर्को Repatriate विन्डोमा खुला छ (%2)। एक पटकमा एउटा विन्डोले मात्र यसलाई परिवर्तन गर्न सक्छ। केही परिवर्तन नगरी हेर्न यहाँ पढ्ने-मात्र रूपमा खोल्ने?</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>पढ्ने-मात्र खोल्नुहोस्</translation>
    </message>
    <message>
        <source>Do not open</source>
        <translation>नखोल्नुहोस्</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>डाटाबेस खोल्न सकिएन</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>अडिट लग</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>क्र.सं.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>कहिले (UTC)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>खाता</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फाइल</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>every file</source>
        <translation>सबै फाइल</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>देखाउनुहोस् (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation>लग जाँच्नुहोस् (&amp;V)</translation>
    </message>
    <message>
        <source>File &amp;ref:</source>
        <translation>फाइल रेफ (&amp;R):</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>अडिट लग पढ्दै…</translation>
    </message>
    <message>
        <source>Entries: %1.</source>
        <translation>प्रविष्टिहरू: %1।</translation>
    </message>
    <message>
        <source>Entries for %2: %1.</source>
        <translation>%2 का प्रविष्टिहरू: %1।</translation>
    </message>
    <message>
        <source>Checking every entry of the log…</source>
        <translation>लगका सबै प्रविष्टि जाँच्दै…</translation>
    </message>
    <message numerus="yes">
        <source>The log is intact: %Ln entr(y|ies), none edited, added or removed.</source>
        <translation>
            <numerusform>लग सुरक्षित छ: %Ln प्रविष्टि, कुनै पनि सम्पादन, थप वा हटाइएको छैन।</numerusform>
            <numerusform>लग सुरक्षित छ: %Ln प्रविष्टि, कुनै पनि सम्पादन, थप वा हटाइएको छैन।</numerusform>
        </translation>
    </message>
    <message>
        <source>The log was tampered with at entry %1: %2</source>
        <translation>लगमा प्रविष्टि %1 मा छेडछाड गरिएको छ: %2</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>ब्याकअपहरू</translation>
    </message>
    <message>
        <source>Verified backups are kept in %1. The last 10 are kept, and the newest of each of the last 7 days, 4 weeks and 12 months. Copy this folder to another disk from time to time.</source>
        <translation>प्रमाणित ब्याकअपहरू %1 मा राखिन्छन्। पछिल्ला 10 वटा, र पछिल्ला 7 दिन, 4 हप्ता र 12 महिनाको हरेकको सबैभन्दा नयाँ राखिन्छ। बेलाबेलामा यो फोल्डर अर्को डिस्कमा प्रतिलिपि गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>बनाइएको</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>किन</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>फाइलहरू</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फाइल</translation>
    </message>
    <message>
        <source>No backup yet: make one now.</source>
        <translation>अहिलेसम्म ब्याकअप छैन: अहिले नै एउटा बनाउनुहोस्।</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>अहिले ब्याकअप लिनुहोस् (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>यो ब्याकअप पुनर्स्थापना गर्नुहोस् (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Check the database</source>
        <translation>डाटाबेस जाँच्नुहोस् (&amp;C)</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>हातैले बनाइएको</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>स्वचालित</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>आयात गर्नुअघि</translation>
    </message>
    <message>
        <source>before a deletion</source>
        <translation>मेटाउनुअघि</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>पुनर्स्थापना गर्नुअघि</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>ब्याकअपहरू पढ्दै…</translation>
    </message>
    <message>
        <source>Making a backup and checking it…</source>
        <translation>ब्याकअप बनाउँदै र जाँच्दै…</translation>
    </message>
    <message>
        <source>Backup made and verified: %1</source>
        <translation>ब्याकअप बनाइयो र प्रमाणित गरियो: %1</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>यो ब्याकअप पुनर्स्थापना गर्नुहोस्</translation>
    </message>
    <message>
        <source>Put the backup made %1 in place of the database?

Everything changed since then is replaced. The database as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>%1 मा बनाइएको ब्याकअपलाई डाटाबेसको ठाउँमा राख्ने?

त्यसपछि भएका सबै परिवर्तन हट्नेछन्। अहिलेको डाटाबेसको पहिले ब्याकअप लिइन्छ, त्यसैले त्यो ब्याकअप पुनर्स्थापना गरेर यो फिर्ता लिन सकिन्छ।</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>पुनर्स्थापना गर्दै…</translation>
    </message>
    <message>
        <source>Restored. The database as it was is kept as %1</source>
        <translation>पुनर्स्थापना भयो। पहिलेको डाटाबेस %1 को रूपमा राखिएको छ</translation>
    </message>
    <message>
        <source>Checking every page of the database…</source>
        <translation>डाटाबेसका सबै पेज जाँच्दै…</translation>
    </message>
    <message>
        <source>No damage found in %1.</source>
        <translation>%1 मा कुनै क्षति भेटिएन।</translation>
    </message>
    <message>
        <source>The newest sound backup was made %1; choose it and restore it.</source>
        <translation>सबैभन्दा नयाँ ठीक ब्याकअप %1 मा बनाइएको थियो; त्यसलाई छानेर पुनर्स्थापना गर्नुहोस्।</translation>
    </message>
    <message>
        <source>No sound backup was found.</source>
        <translation>कुनै ठीक ब्याकअप भेटिएन।</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>डाटाबेस बिग्रिएको छ</translation>
    </message>
    <message numerus="yes">
        <source>SQLite found %Ln problem(s), the first: %1

%2</source>
        <translation>
            <numerusform>SQLite ले %Ln समस्या भेट्यो, पहिलो: %1

%2</numerusform>
            <numerusform>SQLite ले %Ln समस्या भेट्यो, पहिलो: %1

%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleOffer</name>
    <message>
        <source>Cannot import the bundle</source>
        <translation>बन्डल आयात गर्न सकिएन</translation>
    </message>
    <message>
        <source>%1 is open read-only here: nothing can be imported into it.</source>
        <translation>%1 यहाँ पढ्ने-मात्र खुला छ: यसमा केही आयात गर्न सकिँदैन।</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>बन्डल आयात गर्नुहोस्</translation>
    </message>
    <message>
        <source>Import every file in %1 into the database %2?

A backup of the database is made first. If some of the bundle&apos;s refs are already taken here, nothing is imported.</source>
        <translation>%1 का सबै फाइल डाटाबेस %2 मा आयात गर्ने?

पहिले डाटाबेसको ब्याकअप लिइन्छ। बन्डलका कुनै रेफ यहाँ पहिले नै प्रयोगमा भए, केही पनि आयात हुँदैन।</translation>
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation>बन्डल आयात भएन</translation>
    </message>
    <message>
        <source>Files imported from %2: %1</source>
        <translation>%2 बाट आयात गरिएका फाइलहरू: %1</translation>
    </message>
</context>
<context>
    <name>ChainPanel</name>
    <message numerus="yes">
        <source>%1 — since %2, %Ln day(s)</source>
        <translation>
            <numerusform>%1 — %2 देखि, %Ln दिन</numerusform>
            <numerusform>%1 — %2 देखि, %Ln दिन</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stalled: expected within %Ln day(s)</source>
        <translation>
            <numerusform>अड्किएको: %Ln दिनभित्र अपेक्षित</numerusform>
            <numerusform>अड्किएको: %Ln दिनभित्र अपेक्षित</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Came back to a desk %Ln time(s);</source>
        <translation>
            <numerusform>डेस्कमा %Ln पटक फर्किआयो;</numerusform>
            <numerusform>डेस्कमा %Ln पटक फर्किआयो;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>returned with an objection %Ln time(s).</source>
        <translation>
            <numerusform>आपत्तिसहित %Ln पटक फिर्ता पठाइयो।</numerusform>
            <numerusform>आपत्तिसहित %Ln पटक फिर्ता पठाइयो।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln step(s) done.</source>
        <translation>
            <numerusform>%Ln मध्ये %1 चरण पूरा।</numerusform>
            <numerusform>%Ln मध्ये %1 चरण पूरा।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskDialog</name>
    <message>
        <source>Edit desk</source>
        <translation>डेस्क सम्पादन</translation>
    </message>
    <message>
        <source>Add desk</source>
        <translation>डेस्क थप्नुहोस्</translation>
    </message>
    <message>
        <source>e.g. EMB-BD</source>
        <translation>जस्तै EMB-BD</translation>
    </message>
    <message>
        <source>Where the desk is: an ISO code such as IN, or a name</source>
        <translation>डेस्क कहाँ छ: IN जस्तो ISO कोड, वा नाम</translation>
    </message>
    <message>
        <source>Countries it deals with, separated by commas (codes such as BD, or names)</source>
        <translation>यसले हेर्ने देशहरू, अल्पविरामले छुट्याएर (BD जस्ता कोड, वा नाम)</translation>
    </message>
    <message>
        <source>How long the desk should hold a file; longer than this, the file is stalled</source>
        <translation>डेस्कले फाइल कति दिन राख्नुपर्छ; यसभन्दा बढी भए फाइल अड्किएको मानिन्छ</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>अधिकारीहरू</translation>
    </message>
    <message>
        <source>Add o&amp;fficer</source>
        <translation>अधिकारी थप्नुहोस् (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Remove officer</source>
        <translation>अधिकारी हटाउनुहोस् (&amp;R)</translation>
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
        <translation>संस्था (&amp;O)</translation>
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
        <translation>हेर्ने देश (&amp;W)</translation>
    </message>
    <message>
        <source>Indian &amp;state</source>
        <translation>भारतीय राज्य (&amp;S)</translation>
    </message>
    <message>
        <source>Di&amp;vision</source>
        <translation>डिभिजन (&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>शहर (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>ठेगाना (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>फोन (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>इमेल (&amp;E)</translation>
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
        <translation>समस्याहरू</translation>
    </message>
    <message>
        <source>Officers (dates as 2025-04-01)</source>
        <translation>अधिकारीहरू (मिति 2025-04-01 जस्तो)</translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <translation>इमेल ठेगाना होइन</translation>
    </message>
    <message>
        <source>required (IN for a desk in India)</source>
        <translation>आवश्यक (भारतको डेस्कका लागि IN)</translation>
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
        <translation>देखि</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>सम्म</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फोन</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>इमेल</translation>
    </message>
    <message>
        <source>A date such as 2025-04-01; leave empty if not known</source>
        <translation>2025-04-01 जस्तो मिति; थाहा नभए खाली छोड्नुहोस्</translation>
    </message>
    <message>
        <source>Officer %1, %2</source>
        <translation>अधिकारी %1, %2</translation>
    </message>
    <message>
        <source>required</source>
        <translation>आवश्यक</translation>
    </message>
    <message>
        <source>not a date such as 2025-04-01</source>
        <translation>2025-04-01 जस्तो मिति होइन</translation>
    </message>
    <message>
        <source>before the since date</source>
        <translation>सुरु मितिभन्दा अघि</translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <translation>इमेल ठेगाना होइन</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>संस्था</translation>
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
        <translation>हालका अधिकारी</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>डेस्क</translation>
    </message>
    <message>
        <source>Median
days</source>
        <translation>मध्यिका
दिन</translation>
    </message>
    <message>
        <source>Half the times the desk had a file, it held it longer than this</source>
        <translation>डेस्कमा फाइल पुगेका आधा पटक, डेस्कले यसभन्दा लामो समय राख्यो</translation>
    </message>
    <message>
        <source>90th pct.
days</source>
        <translation>९०औं प्रतिशतक
दिन</translation>
    </message>
    <message>
        <source>90th percentile: one time in ten, the desk held a file longer than this</source>
        <translation>९०औं प्रतिशतक: दस पटकमा एक पटक, डेस्कले फाइल यसभन्दा लामो समय राख्यो</translation>
    </message>
    <message>
        <source>Times
held</source>
        <translation>राखेको
पटक</translation>
    </message>
    <message>
        <source>Times the desk had a file, finished or still open</source>
        <translation>डेस्कमा फाइल पुगेका पटक, सकिएका वा अझै खुला</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>फिर्ता</translation>
    </message>
    <message>
        <source>Times it sent a file back with an objection</source>
        <translation>आपत्तिसहित फाइल फिर्ता पठाएका पटक</translation>
    </message>
    <message>
        <source>Came
back</source>
        <translation>फर्केर
आयो</translation>
    </message>
    <message>
        <source>Times a file came back to it after it had let the file go</source>
        <translation>फाइल छाडिसकेपछि फेरि यहाँ फर्केर आएका पटक</translation>
    </message>
    <message>
        <source>Held
now</source>
        <translation>अहिले
राखेको</translation>
    </message>
    <message>
        <source>Files it holds now</source>
        <translation>अहिले यसले राखेका फाइलहरू</translation>
    </message>
    <message>
        <source>Stalled
now</source>
        <translation>अहिले
अड्किएका</translation>
    </message>
    <message>
        <source>Files it holds now for longer than its expected time</source>
        <translation>अपेक्षित समयभन्दा लामो समयदेखि अहिले यसले राखेका फाइलहरू</translation>
    </message>
    <message>
        <source>Filter by code, name, organisation, state, city or officer</source>
        <translation>कोड, नाम, संस्था, राज्य, शहर वा अधिकारीद्वारा छान्नुहोस्</translation>
    </message>
    <message>
        <source>Filter desks</source>
        <translation>डेस्कहरू छान्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Add desk…</source>
        <translation>डेस्क थप्नुहोस् (&amp;A)…</translation>
    </message>
    <message>
        <source>Add a ministry desk, embassy or office</source>
        <translation>मन्त्रालयको डेस्क, दूतावास वा कार्यालय थप्नुहोस्</translation>
    </message>
    <message>
        <source>Edi&amp;t desk…</source>
        <translation>डेस्क सम्पादन (&amp;T)…</translation>
    </message>
    <message>
        <source>Edit the selected desk and its officers</source>
        <translation>छानिएको डेस्क र यसका अधिकारीहरू सम्पादन गर्नुहोस्</translation>
    </message>
    <message>
        <source>Desk directory</source>
        <translation>डेस्क निर्देशिका</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>राष्ट्रियता</translation>
    </message>
    <message>
        <source>Any nationality</source>
        <translation>जुनसुकै राष्ट्रियता</translation>
    </message>
    <message>
        <source>Prison state</source>
        <translation>जेलको राज्य</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>जुनसुकै राज्य</translation>
    </message>
    <message>
        <source>Holds begun &amp;from</source>
        <translation>राख्न सुरु गरेको मिति, देखि (&amp;F)</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>सम्म (&amp;O)</translation>
    </message>
    <message>
        <source>How long desks hold files</source>
        <translation>डेस्कहरूले फाइल कति समय राख्छन्</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>मध्यिका दिन</translation>
    </message>
    <message>
        <source>90th percentile days</source>
        <translation>९०औं प्रतिशतक दिन</translation>
    </message>
    <message>
        <source>days held</source>
        <translation>राखेका दिन</translation>
    </message>
    <message>
        <source>Chart: which desks hold files longest</source>
        <translation>चार्ट: कुन डेस्कले फाइल सबैभन्दा लामो समय राख्छ</translation>
    </message>
    <message>
        <source>No desk has held a file of this choice</source>
        <translation>यो छनोटको कुनै फाइल कुनै डेस्कले राखेको छैन</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more desk(s) in the table</source>
        <translation>
            <numerusform>तालिकामा थप %Ln डेस्क</numerusform>
            <numerusform>तालिकामा थप %Ln डेस्क</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Nationality</source>
        <translation>राष्ट्रियता (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Prison state</source>
        <translation>जेलको राज्य (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>निर्देशिका (&amp;D)</translation>
    </message>
    <message>
        <source>How &amp;long desks hold files</source>
        <translation>डेस्कहरूले फाइल कति समय राख्छन् (&amp;L)</translation>
    </message>
    <message>
        <source>Loading the desks…</source>
        <translation>डेस्कहरू लोड गर्दै…</translation>
    </message>
    <message>
        <source>Counting how long desks held files…</source>
        <translation>डेस्कहरूले फाइल कति समय राखे गन्दै…</translation>
    </message>
    <message numerus="yes">
        <source>As of %1: %Ln desk(s) (has|have) held these files;</source>
        <translation>
            <numerusform>%1 सम्म: %Ln डेस्कले यी फाइल राखेको छ;</numerusform>
            <numerusform>%1 सम्म: %Ln डेस्कले यी फाइल राखेका छन्;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) (sits|sit) now past a desk&apos;s expected time.</source>
        <translation>
            <numerusform>%Ln फाइल अहिले डेस्कको अपेक्षित समय नाघेर रोकिएको छ।</numerusform>
            <numerusform>%Ln फाइल अहिले डेस्कको अपेक्षित समय नाघेर रोकिएका छन्।</numerusform>
        </translation>
    </message>
    <message>
        <source>Days count from the day a desk got the file to the day it let it go (or to today).</source>
        <translation>दिन डेस्कले फाइल पाएको दिनदेखि छाडेको दिनसम्म (वा आजसम्म) गनिन्छ।</translation>
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
            <numerusform>%Ln मध्ये %1 डेस्क</numerusform>
            <numerusform>%Ln मध्ये %1 डेस्क</numerusform>
        </translation>
    </message>
    <message>
        <source>Desk %1 saved</source>
        <translation>डेस्क %1 सुरक्षित गरियो</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Likely the same person</source>
        <translation>सम्भवतः एउटै व्यक्ति</translation>
    </message>
    <message>
        <source>%1 looks like people already on file. Merge it into one of them, or keep both if they are different people.</source>
        <translation>%1 पहिले नै फाइलमा रहेका व्यक्तिहरूजस्तै देखिन्छ। यसलाई तीमध्ये एउटामा मिलाउनुहोस्, वा फरक व्यक्ति हुन् भने दुवै राख्नुहोस्।</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>रेफ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Native script</source>
        <translation>आफ्नै लिपिमा नाम</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>जेल</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>राष्ट्रियता</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>जन्म वर्ष</translation>
    </message>
    <message>
        <source>Why alike</source>
        <translation>किन मिल्दोजुल्दो</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>सम्भावित दोहोरो फाइलहरू</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>फिल्ड</translation>
    </message>
    <message>
        <source>On file</source>
        <translation>फाइलमा रहेको</translation>
    </message>
    <message>
        <source>This file (tick to keep)</source>
        <translation>यो फाइल (राख्न टिक लगाउनुहोस्)</translation>
    </message>
    <message>
        <source>Values to keep</source>
        <translation>राख्ने मानहरू</translation>
    </message>
    <message>
        <source>&amp;Keep both — different people</source>
        <translation>दुवै राख्नुहोस् — फरक व्यक्ति (&amp;K)</translation>
    </message>
    <message>
        <source>%1 on file and this file differ in these fields:</source>
        <translation>फाइलमा रहेको %1 र यो फाइल यी फिल्डहरूमा फरक छन्:</translation>
    </message>
    <message>
        <source>&amp;Merge into %1</source>
        <translation>%1 मा मिलाउनुहोस् (&amp;M)</translation>
    </message>
</context>
<context>
    <name>ExportCalendarDialog</name>
    <message>
        <source>Export to a calendar</source>
        <translation>क्यालेन्डरमा निर्यात</translation>
    </message>
    <message>
        <source>Put the prisoners&apos; &amp;names in the calendar</source>
        <translation>कैदीहरूको नाम क्यालेन्डरमा राख्नुहोस् (&amp;N)</translation>
    </message>
    <message>
        <source>Calendars are often synced to phones and cloud services. Without names, each event shows only the file ref and the desk, which mean nothing to anyone outside the clinic.</source>
        <translation>क्यालेन्डरहरू प्रायः फोन र क्लाउड सेवासँग सिंक हुन्छन्। नाम नराख्दा हरेक घटनामा फाइल रेफ र डेस्क मात्र देखिन्छ, जसको अर्थ क्लिनिकबाहिर कसैलाई थाहा हुँदैन।</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>फाइल छान्नुहोस् (&amp;C)…</translation>
    </message>
</context>
<context>
    <name>ExportReport</name>
    <message numerus="yes">
        <source>%Ln file(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln फाइल %1 मा निर्यात गरियो।</numerusform>
            <numerusform>%Ln फाइल %1 मा निर्यात गरियो।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <source>Date</source>
        <translation>मिति</translation>
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
        <translation>जवाफ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>नतिजा</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>अर्को कदम</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>उपाय</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>जवाफको म्याद</translation>
    </message>
    <message>
        <source>From</source>
        <translation>बाट</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>ताकेता</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>दोहोरिने</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>सम्म स्थगित</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>बन्द गरेको मिति</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>गतिविधिहरू</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>ताकेताहरू</translation>
    </message>
    <message>
        <source>Delete activi&amp;ty…</source>
        <translation>गतिविधि मेटाउनुहोस् (&amp;T)…</translation>
    </message>
    <message>
        <source>Delete the chosen activity, logged by mistake</source>
        <translation>गल्तीले लेखिएको छानिएको गतिविधि मेटाउनुहोस्</translation>
    </message>
    <message>
        <source>Activity date</source>
        <translation>गतिविधिको मिति</translation>
    </message>
    <message>
        <source>The desk &amp;replied (stops the weekly follow-up with it)</source>
        <translation>डेस्कले जवाफ दियो (&amp;R) (यससँगको साप्ताहिक ताकेता रोकिन्छ)</translation>
    </message>
    <message>
        <source>(not an escalation)</source>
        <translation>(माथिल्लो तहमा लैजाने होइन)</translation>
    </message>
    <message>
        <source>&amp;Log activity</source>
        <translation>गतिविधि लेख्नुहोस् (&amp;L)</translation>
    </message>
    <message>
        <source>Log a call, letter, visit or other activity on this file</source>
        <translation>यो फाइलमा फोन, पत्र, भेट वा अन्य गतिविधि लेख्नुहोस्</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>ताकेताको मिति</translation>
    </message>
    <message>
        <source>Follow-up desk</source>
        <translation>ताकेताको डेस्क</translation>
    </message>
    <message>
        <source>What to follow up</source>
        <translation>के ताकेता गर्ने</translation>
    </message>
    <message>
        <source>e.g. ask the embassy for the travel permit</source>
        <translation>जस्तै दूतावाससँग यात्रा अनुमतिपत्र माग्ने</translation>
    </message>
    <message>
        <source>once</source>
        <translation>एक पटक</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>हरेक हप्ता</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>हरेक दुई हप्ता</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>हरेक महिना</translation>
    </message>
    <message>
        <source>Set &amp;follow-up</source>
        <translation>ताकेता राख्नुहोस् (&amp;F)</translation>
    </message>
    <message>
        <source>Put a follow-up of this file on the agenda, once or repeating</source>
        <translation>यो फाइलको ताकेता एजेन्डामा राख्नुहोस्, एक पटक वा दोहोरिने</translation>
    </message>
    <message>
        <source>Set a follow-up</source>
        <translation>ताकेता राख्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>मिति (&amp;O)</translation>
    </message>
    <message>
        <source>With des&amp;k</source>
        <translation>डेस्कसँग (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>के (&amp;W)</translation>
    </message>
    <message>
        <source>Re&amp;peats</source>
        <translation>दोहोरिने (&amp;P)</translation>
    </message>
    <message>
        <source>Log an activity</source>
        <translation>गतिविधि लेख्नुहोस्</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation>गतिविधि (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>मिति (&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;esk</source>
        <translation>डेस्क (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>नतिजा (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>अर्को कदम (&amp;N)</translation>
    </message>
    <message>
        <source>Lever &amp;used</source>
        <translation>प्रयोग गरिएको उपाय (&amp;U)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Activities&lt;/b&gt;</source>
        <translation>&lt;b&gt;गतिविधिहरू&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Follow-ups set on this file&lt;/b&gt;</source>
        <translation>&lt;b&gt;यो फाइलमा राखिएका ताकेताहरू&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>गतिविधि मेटाउनुहोस्</translation>
    </message>
    <message>
        <source>the %1%2 of %3</source>
        <translation>%3 को %1%2</translation>
    </message>
    <message>
        <source>date not known</source>
        <translation>मिति थाहा छैन</translation>
    </message>
    <message>
        <source>taken %1</source>
        <translation>%1 मा खिचिएको</translation>
    </message>
    <message>
        <source>court order</source>
        <translation>अदालतको आदेश</translation>
    </message>
    <message>
        <source>travel document</source>
        <translation>यात्रा कागजात</translation>
    </message>
    <message>
        <source>passport copy</source>
        <translation>राहदानीको प्रतिलिपि</translation>
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
        <translation>मिति</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>फाइलको नाम</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>Save the new file first: photos and documents attach to a saved file.</source>
        <translation>पहिले नयाँ फाइल सुरक्षित गर्नुहोस्: फोटो र कागजात सुरक्षित फाइलमा मात्र जोडिन्छन्।</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>फोटोहरू</translation>
    </message>
    <message>
        <source>Photo taken on</source>
        <translation>फोटो खिचिएको मिति</translation>
    </message>
    <message>
        <source>Add p&amp;hoto…</source>
        <translation>फोटो थप्नुहोस् (&amp;H)…</translation>
    </message>
    <message>
        <source>Attach a PNG or JPEG photo, with the date it was taken</source>
        <translation>खिचिएको मितिसहित PNG वा JPEG फोटो जोड्नुहोस्</translation>
    </message>
    <message>
        <source>Save photo &amp;as…</source>
        <translation>फोटो यसरी सुरक्षित गर्नुहोस् (&amp;A)…</translation>
    </message>
    <message>
        <source>Save a copy of the selected photo</source>
        <translation>छानिएको फोटोको प्रतिलिपि सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>No photo yet: add one with Add photo…. An embassy recognises its national by the face when the prison wrote the name wrongly.</source>
        <translation>अहिलेसम्म फोटो छैन: फोटो थप्नुहोस्… बाट एउटा थप्नुहोस्। जेलले नाम गलत लेखेको बेला दूतावासले आफ्नो नागरिकलाई अनुहारबाट चिन्छ।</translation>
    </message>
    <message>
        <source>No document yet: add the court order, the release order, a passport copy or a letter with Add document…; they are printed after the fact sheet.</source>
        <translation>अहिलेसम्म कागजात छैन: अदालतको आदेश, रिहाइ आदेश, राहदानीको प्रतिलिपि वा पत्र कागजात थप्नुहोस्… बाट थप्नुहोस्; ती तथ्य पत्रपछि छापिन्छन्।</translation>
    </message>
    <message>
        <source>&amp;Taken on</source>
        <translation>खिचिएको मिति (&amp;T)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>कागजातहरू</translation>
    </message>
    <message>
        <source>Document kind</source>
        <translation>कागजातको प्रकार</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>कागजातको शीर्षक</translation>
    </message>
    <message>
        <source>Document dated</source>
        <translation>कागजातको मिति</translation>
    </message>
    <message>
        <source>Add &amp;document…</source>
        <translation>कागजात थप्नुहोस् (&amp;D)…</translation>
    </message>
    <message>
        <source>Attach a PDF, PNG or JPEG document</source>
        <translation>PDF, PNG वा JPEG कागजात जोड्नुहोस्</translation>
    </message>
    <message>
        <source>Sa&amp;ve document as…</source>
        <translation>कागजात यसरी सुरक्षित गर्नुहोस् (&amp;V)…</translation>
    </message>
    <message>
        <source>Save a copy of the selected document</source>
        <translation>छानिएको कागजातको प्रतिलिपि सुरक्षित गर्नुहोस्</translation>
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
        <translation>मिति (&amp;E)</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>फोटो थप्नुहोस्</translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg)</source>
        <translation>फोटोहरू (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>कागजात थप्नुहोस्</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>कागजातहरू (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>मिति: %1</translation>
    </message>
    <message>
        <source>Choose a photo first.</source>
        <translation>पहिले फोटो छान्नुहोस्।</translation>
    </message>
    <message>
        <source>Choose a document first.</source>
        <translation>पहिले कागजात छान्नुहोस्।</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>प्रतिलिपि सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>आवतजावत</translation>
    </message>
    <message>
        <source>Letter ref</source>
        <translation>पत्रको रेफ</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>मार्फत</translation>
    </message>
    <message>
        <source>Note or objection</source>
        <translation>टिप्पणी वा आपत्ति</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>आवतजावतहरू</translation>
    </message>
    <message>
        <source>Delete movemen&amp;t…</source>
        <translation>आवतजावत मेटाउनुहोस् (&amp;T)…</translation>
    </message>
    <message>
        <source>Delete the chosen movement, recorded by mistake</source>
        <translation>गल्तीले लेखिएको छानिएको आवतजावत मेटाउनुहोस्</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>सच्याउनुहोस् (&amp;R)…</translation>
    </message>
    <message>
        <source>Put the chosen movement in the form to record it again as it should have been</source>
        <translation>छानिएको आवतजावतलाई फारममा राखेर जस्तो हुनुपर्थ्यो त्यसै गरी फेरि लेख्नुहोस्</translation>
    </message>
    <message>
        <source>Movement date</source>
        <translation>आवतजावतको मिति</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>लेखिएको छैन</translation>
    </message>
    <message>
        <source>Forwarded from</source>
        <translation>बाट पठाइएको</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>for a return: the objection</source>
        <translation>फिर्ताका लागि: आपत्ति</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>अवरोध</translation>
    </message>
    <message>
        <source>Record &amp;movement</source>
        <translation>आवतजावत लेख्नुहोस् (&amp;M)</translation>
    </message>
    <message>
        <source>Record that the file went to, came back from or was cleared by a desk</source>
        <translation>फाइल डेस्कमा गयो, डेस्कबाट फर्कियो वा डेस्कले स्वीकृत गर्‍यो भनी लेख्नुहोस्</translation>
    </message>
    <message>
        <source>Record a movement</source>
        <translation>आवतजावत लेख्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>के भयो (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Forwarded from</source>
        <translation>बाट पठाइएको (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Letter ref</source>
        <translation>पत्रको रेफ (&amp;L)</translation>
    </message>
    <message>
        <source>Vi&amp;a</source>
        <translation>मार्फत (&amp;A)</translation>
    </message>
    <message>
        <source>O&amp;bstacle</source>
        <translation>अवरोध (&amp;B)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>टिप्पणी (&amp;O)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>अहिले</translation>
    </message>
    <message>
        <source>Record the co&amp;rrection</source>
        <translation>सुधार लेख्नुहोस् (&amp;R)</translation>
    </message>
    <message>
        <source>Correct: %1</source>
        <translation>सच्याउनुहोस्: %1</translation>
    </message>
    <message>
        <source>Delete movement</source>
        <translation>आवतजावत मेटाउनुहोस्</translation>
    </message>
    <message>
        <source>the movement “%1”</source>
        <translation>आवतजावत “%1”</translation>
    </message>
    <message>
        <source>Proposed: the next desk on the file&apos;s route</source>
        <translation>प्रस्तावित: फाइलको मार्गको अर्को डेस्क</translation>
    </message>
    <message>
        <source>The route proposes no desk for this file: choose the one it went to</source>
        <translation>मार्गले यो फाइलका लागि कुनै डेस्क प्रस्ताव गर्दैन: फाइल गएको डेस्क छान्नुहोस्</translation>
    </message>
    <message>
        <source>&lt;b&gt;Holding it now:&lt;/b&gt;</source>
        <translation>&lt;b&gt;अहिले राख्ने:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;No desk holds it now.&lt;/b&gt;</source>
        <translation>&lt;b&gt;अहिले कुनै डेस्कले राखेको छैन।&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;No repatriation step recorded yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;स्वदेश फिर्तीको कुनै चरण अहिलेसम्म लेखिएको छैन।&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No route applies to this file.</source>
        <translation>यो फाइलमा कुनै मार्ग लागू हुँदैन।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Route:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;मार्ग:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>In progress: %1</source>
        <translation>चलिरहेको: %1</translation>
    </message>
    <message>
        <source>no desk in the directory</source>
        <translation>निर्देशिकामा डेस्क छैन</translation>
    </message>
    <message>
        <source>Send next: %1 (%2)</source>
        <translation>अर्को पठाउने: %1 (%2)</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>त्यसपछि: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;%1:&lt;/i&gt; %2</source>
        <translation>&lt;i&gt;%1:&lt;/i&gt; %2</translation>
    </message>
    <message>
        <source>desk: (empty): choose the desk the file went to</source>
        <translation>डेस्क: (खाली): फाइल गएको डेस्क छान्नुहोस्</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>नाता</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>आफ्नै लिपिमा नाम</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ठेगाना</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फोन</translation>
    </message>
    <message>
        <source>Traced on</source>
        <translation>पत्ता लागेको मिति</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>contact %1, traced on: not a date (YYYY-MM-DD)</source>
        <translation>सम्पर्क %1, पत्ता लागेको मिति: मिति होइन (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>Save the file&apos;s fields (Ctrl+S)</source>
        <translation>फाइलका फिल्डहरू सुरक्षित गर्नुहोस् (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>फाइल सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>रिहाइ मिति</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flags&lt;/b&gt; (as saved)</source>
        <translation>&lt;b&gt;फ्ल्यागहरू&lt;/b&gt; (सुरक्षित गरेअनुसार)</translation>
    </message>
    <message>
        <source>&amp;1 Person</source>
        <translation>व्यक्ति (&amp;1)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <source>&amp;2 Nationality</source>
        <translation>राष्ट्रियता (&amp;2)</translation>
    </message>
    <message>
        <source>Nationality and documents</source>
        <translation>राष्ट्रियता र कागजात</translation>
    </message>
    <message>
        <source>&amp;3 Custody</source>
        <translation>हिरासत (&amp;3)</translation>
    </message>
    <message>
        <source>Custody and sentence</source>
        <translation>हिरासत र सजाय</translation>
    </message>
    <message>
        <source>&amp;4 Risk</source>
        <translation>जोखिम (&amp;4)</translation>
    </message>
    <message>
        <source>Category and risk</source>
        <translation>वर्ग र जोखिम</translation>
    </message>
    <message>
        <source>&amp;5 Family</source>
        <translation>परिवार (&amp;5)</translation>
    </message>
    <message>
        <source>Family contacts</source>
        <translation>परिवारका सम्पर्क</translation>
    </message>
    <message>
        <source>&amp;6 Desk chain</source>
        <translation>डेस्क शृङ्खला (&amp;6)</translation>
    </message>
    <message>
        <source>Desk chain and movements</source>
        <translation>डेस्क शृङ्खला र आवतजावत</translation>
    </message>
    <message>
        <source>&amp;7 Activities</source>
        <translation>गतिविधि (&amp;7)</translation>
    </message>
    <message>
        <source>Activities and follow-ups</source>
        <translation>गतिविधि र ताकेता</translation>
    </message>
    <message>
        <source>&amp;8 Photos</source>
        <translation>फोटो (&amp;8)</translation>
    </message>
    <message>
        <source>Photos and documents</source>
        <translation>फोटो र कागजात</translation>
    </message>
    <message>
        <source>&amp;9 Notes</source>
        <translation>टिप्पणी (&amp;9)</translation>
    </message>
    <message>
        <source>Referral and notes</source>
        <translation>सिफारिस र टिप्पणी</translation>
    </message>
    <message>
        <source>&amp;0 Orders</source>
        <translation>आदेश (&amp;0)</translation>
    </message>
    <message>
        <source>Orders of courts and commissions, RTI, travel documents</source>
        <translation>अदालत र आयोगका आदेश, RTI, यात्रा कागजात</translation>
    </message>
    <message>
        <source>already used by another file</source>
        <translation>अर्को फाइलले पहिले नै प्रयोग गरेको</translation>
    </message>
    <message>
        <source>The file was not saved</source>
        <translation>फाइल सुरक्षित भएन</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>सुरक्षित गरियो %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>सुरक्षित नगरिएका परिवर्तन</translation>
    </message>
    <message>
        <source>The file %1 has changes that are not saved. Save them?</source>
        <translation>फाइल %1 मा सुरक्षित नगरिएका परिवर्तन छन्। सुरक्षित गर्ने?</translation>
    </message>
    <message>
        <source>No file open</source>
        <translation>कुनै फाइल खुला छैन</translation>
    </message>
    <message>
        <source>No flags raised.</source>
        <translation>कुनै फ्ल्याग उठेको छैन।</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(अहिलेसम्म नाम छैन)</translation>
    </message>
    <message>
        <source>Fix the problems shown in red first</source>
        <translation>पहिले रातोमा देखाइएका समस्या सच्याउनुहोस्</translation>
    </message>
    <message>
        <source>New file, not saved yet</source>
        <translation>नयाँ फाइल, अहिलेसम्म सुरक्षित गरिएको छैन</translation>
    </message>
    <message>
        <source>Unsaved changes; the file was changed elsewhere</source>
        <translation>सुरक्षित नगरिएका परिवर्तन; फाइल अन्यत्र परिवर्तन भयो</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>सुरक्षित गरियो</translation>
    </message>
    <message numerus="yes">
        <source>To fix before saving (%Ln): </source>
        <translation>
            <numerusform>सुरक्षित गर्नुअघि सच्याउनुपर्ने (%Ln): </numerusform>
            <numerusform>सुरक्षित गर्नुअघि सच्याउनुपर्ने (%Ln): </numerusform>
        </translation>
    </message>
    <message>
        <source>Release due: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>रिहाइ हुनुपर्ने: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Release due: none yet (under trial, no conviction recorded)</source>
        <translation>रिहाइ हुनुपर्ने: अहिले छैन (विचाराधीन, कसुर ठहर लेखिएको छैन)</translation>
    </message>
    <message>
        <source>Release due: cannot be worked out (see the problems)</source>
        <translation>रिहाइ हुनुपर्ने: निकाल्न सकिएन (समस्याहरू हेर्नुहोस्)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:%1&quot;&gt;Held %Ln day(s) past release&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;रिहाइ मिति नाघेर %Ln दिन थुनामा&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;रिहाइ मिति नाघेर %Ln दिन थुनामा&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Not held past release</source>
        <translation>रिहाइ मिति नाघेर थुनामा छैन</translation>
    </message>
    <message>
        <source>Enter the conviction date and sentence to work out the release date.</source>
        <translation>रिहाइ मिति निकाल्न कसुर ठहर मिति र सजाय लेख्नुहोस्।</translation>
    </message>
    <message>
        <source>Not saved: fix the problems shown in red</source>
        <translation>सुरक्षित भएन: रातोमा देखाइएका समस्या सच्याउनुहोस्</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>सुरक्षित भएन</translation>
    </message>
    <message>
        <source>The files were not merged</source>
        <translation>फाइलहरू मिलाइएनन्</translation>
    </message>
    <message>
        <source>Merged %1 into %2</source>
        <translation>%1 लाई %2 मा मिलाइयो</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>अरू कसैले सुरक्षित गर्‍यो</translation>
    </message>
    <message>
        <source>Someone else saved this file after you opened it, so your changes were not saved (%1).

Reload their version (your changes are lost), or keep your changes on screen to copy what you need before reloading?</source>
        <translation>तपाईंले खोलेपछि अरू कसैले यो फाइल सुरक्षित गर्‍यो, त्यसैले तपाईंका परिवर्तन सुरक्षित भएनन् (%1)।

उहाँको संस्करण फेरि लोड गर्ने (तपाईंका परिवर्तन हराउनेछन्), वा फेरि लोड गर्नुअघि चाहिने कुरा प्रतिलिपि गर्न आफ्ना परिवर्तन स्क्रिनमै राख्ने?</translation>
    </message>
    <message>
        <source>&amp;Reload their version</source>
        <translation>उहाँको संस्करण फेरि लोड गर्नुहोस् (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep my changes</source>
        <translation>मेरा परिवर्तन राख्नुहोस् (&amp;K)</translation>
    </message>
    <message>
        <source>The file %1 was deleted</source>
        <translation>फाइल %1 मेटाइयो</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>रेफ</translation>
    </message>
    <message>
        <source>Name as recorded</source>
        <translation>अभिलेखमा लेखिएको नाम</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>उपनामहरू</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>बुबाको नाम</translation>
    </message>
    <message>
        <source>Mother&apos;s name</source>
        <translation>आमाको नाम</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>लिङ्ग</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>जन्म मिति</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>अनुमानित उमेर</translation>
    </message>
    <message>
        <source>Age estimated on</source>
        <translation>उमेर अनुमान गरिएको मिति</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>भाषाहरू</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>जातीयता</translation>
    </message>
    <message>
        <source>Home address (as recorded)</source>
        <translation>घरको ठेगाना (अभिलेखअनुसार)</translation>
    </message>
    <message>
        <source>Home address (own script)</source>
        <translation>घरको ठेगाना (आफ्नै लिपिमा)</translation>
    </message>
    <message>
        <source>Claimed nationality</source>
        <translation>दाबी गरिएको राष्ट्रियता</translation>
    </message>
    <message>
        <source>Nationality per court</source>
        <translation>अदालतअनुसार राष्ट्रियता</translation>
    </message>
    <message>
        <source>Verified nationality</source>
        <translation>प्रमाणित राष्ट्रियता</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>प्रमाणित गरिएको मिति</translation>
    </message>
    <message>
        <source>Possible misidentification</source>
        <translation>गलत पहिचानको सम्भावना</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>राहदानी नम्बर</translation>
    </message>
    <message>
        <source>Passport book number</source>
        <translation>राहदानी पुस्तिका नम्बर</translation>
    </message>
    <message>
        <source>Passport country</source>
        <translation>राहदानीको देश</translation>
    </message>
    <message>
        <source>Passport held by</source>
        <translation>राहदानी कोसँग छ</translation>
    </message>
    <message>
        <source>Copy on file</source>
        <translation>प्रतिलिपि फाइलमा छ</translation>
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
        <translation>कैदी नम्बर</translation>
    </message>
    <message>
        <source>Arrest date</source>
        <translation>पक्राउ मिति</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>अभियोग</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>अदालत</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>मुद्दा नम्बर</translation>
    </message>
    <message>
        <source>Conviction date</source>
        <translation>कसुर ठहर मिति</translation>
    </message>
    <message>
        <source>Sentence years</source>
        <translation>सजाय वर्ष</translation>
    </message>
    <message>
        <source>Sentence months</source>
        <translation>सजाय महिना</translation>
    </message>
    <message>
        <source>Sentence days</source>
        <translation>सजाय दिन</translation>
    </message>
    <message>
        <source>Set-off days</source>
        <translation>सेट-अफ दिन</translation>
    </message>
    <message>
        <source>Remission days</source>
        <translation>सजाय छुट दिन</translation>
    </message>
    <message>
        <source>Fine default days</source>
        <translation>जरिवाना नतिरेबापत दिन</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>रिहा भएको मिति</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Sentence final</source>
        <translation>सजाय अन्तिम</translation>
    </message>
    <message>
        <source>Consent to transfer</source>
        <translation>स्थानान्तरणमा सहमति</translation>
    </message>
    <message>
        <source>Consular access on</source>
        <translation>कन्सुलर पहुँच मिति</translation>
    </message>
    <message>
        <source>Consular access by</source>
        <translation>कन्सुलर पहुँच दिने</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>वर्ग</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>जोखिमपूर्ण अवस्था</translation>
    </message>
    <message>
        <source>UNHCR registration</source>
        <translation>UNHCR दर्ता</translation>
    </message>
    <message>
        <source>At risk if returned</source>
        <translation>फर्काइए जोखिममा</translation>
    </message>
    <message>
        <source>Risk note</source>
        <translation>जोखिम टिप्पणी</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>सिफारिसको स्रोत</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(खाली)</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>पहिचान</translation>
    </message>
    <message>
        <source>&amp;Ref</source>
        <translation>रेफ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Name as recorded</source>
        <translation>अभिलेखमा लेखिएको नाम (&amp;N)</translation>
    </message>
    <message>
        <source>Name in o&amp;wn script</source>
        <translation>आफ्नै लिपिमा नाम (&amp;W)</translation>
    </message>
    <message>
        <source>As the prisoner writes it, e.g. in Bengali or Burmese script</source>
        <translation>कैदी आफैं लेख्ने जस्तै, जस्तै बंगाली वा बर्मेली लिपिमा</translation>
    </message>
    <message>
        <source>separate aliases with ;</source>
        <translation>उपनामहरू ; ले छुट्याउनुहोस्</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>उपनामहरू (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Father&apos;s name</source>
        <translation>बुबाको नाम (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Mother&apos;s name</source>
        <translation>आमाको नाम (&amp;M)</translation>
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
        <translation>लिङ्ग (&amp;X)</translation>
    </message>
    <message>
        <source>Age, languages and origin</source>
        <translation>उमेर, भाषा र उत्पत्ति</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>जन्म मिति (&amp;B)</translation>
    </message>
    <message>
        <source>Only when no birth date is known</source>
        <translation>जन्म मिति थाहा नभएमा मात्र</translation>
    </message>
    <message>
        <source>codes or names, separated by commas, e.g. bn, my</source>
        <translation>कोड वा नाम, अल्पविरामले छुट्याएर, जस्तै bn, my</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>भाषाहरू (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Ethnicity</source>
        <translation>जातीयता (&amp;E)</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>राष्ट्रियता</translation>
    </message>
    <message>
        <source>&amp;Claimed nationality</source>
        <translation>दाबी गरिएको राष्ट्रियता (&amp;C)</translation>
    </message>
    <message>
        <source>Nationality per co&amp;urt</source>
        <translation>अदालतअनुसार राष्ट्रियता (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Verified nationality</source>
        <translation>प्रमाणित राष्ट्रियता (&amp;V)</translation>
    </message>
    <message>
        <source>Verified &amp;on</source>
        <translation>प्रमाणित गरिएको मिति (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Possible misidentification (e.g. Rohingya recorded as Bangladeshi)</source>
        <translation>गलत पहिचानको सम्भावना (&amp;P) (जस्तै रोहिङ्ग्यालाई बंगलादेशी लेखिएको)</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>राहदानी</translation>
    </message>
    <message>
        <source>Passport &amp;number</source>
        <translation>राहदानी नम्बर (&amp;N)</translation>
    </message>
    <message>
        <source>The number embassies trace, printed on the data page</source>
        <translation>दूतावासले खोज्ने नम्बर, डाटा पेजमा छापिएको</translation>
    </message>
    <message>
        <source>Passport &amp;book number</source>
        <translation>राहदानी पुस्तिका नम्बर (&amp;B)</translation>
    </message>
    <message>
        <source>The booklet&apos;s serial number, which courts often write down; embassies cannot trace it</source>
        <translation>पुस्तिकाको क्रम नम्बर, जुन अदालतले प्रायः लेख्छ; दूतावासले यसबाट खोज्न सक्दैन</translation>
    </message>
    <message>
        <source>Passport coun&amp;try</source>
        <translation>राहदानीको देश (&amp;T)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>थाहा छैन</translation>
    </message>
    <message>
        <source>A cop&amp;y is on file</source>
        <translation>प्रतिलिपि फाइलमा छ (&amp;Y)</translation>
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
        <translation>कैदी नम्बर (&amp;N)</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>स्थिति (&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;leased on</source>
        <translation>रिहा भएको मिति (&amp;L)</translation>
    </message>
    <message>
        <source>Case and sentence</source>
        <translation>मुद्दा र सजाय</translation>
    </message>
    <message>
        <source>&amp;Arrest date</source>
        <translation>पक्राउ मिति (&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;harge</source>
        <translation>अभियोग (&amp;H)</translation>
    </message>
    <message>
        <source>Cou&amp;rt</source>
        <translation>अदालत (&amp;R)</translation>
    </message>
    <message>
        <source>Cas&amp;e number</source>
        <translation>मुद्दा नम्बर (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Conviction date</source>
        <translation>कसुर ठहर मिति (&amp;C)</translation>
    </message>
    <message>
        <source>Set-o&amp;ff days</source>
        <translation>सेट-अफ दिन (&amp;F)</translation>
    </message>
    <message>
        <source>Re&amp;mission days</source>
        <translation>सजाय छुट दिन (&amp;M)</translation>
    </message>
    <message>
        <source>F&amp;ine default days</source>
        <translation>जरिवाना नतिरेबापत दिन (&amp;I)</translation>
    </message>
    <message>
        <source>Transfer of sentence</source>
        <translation>सजायको स्थानान्तरण</translation>
    </message>
    <message>
        <source>yes, no appeal pending</source>
        <translation>हो, पुनरावेदन बाँकी छैन</translation>
    </message>
    <message>
        <source>no, an appeal is pending</source>
        <translation>होइन, पुनरावेदन बाँकी छ</translation>
    </message>
    <message>
        <source>A transfer of sentenced persons needs a final sentence (no appeal pending)</source>
        <translation>सजाय पाएका व्यक्तिको स्थानान्तरणका लागि अन्तिम सजाय चाहिन्छ (पुनरावेदन बाँकी नभएको)</translation>
    </message>
    <message>
        <source>The prisoner&apos;s answer to serving the rest of the sentence in their home country</source>
        <translation>बाँकी सजाय आफ्नै देशमा भुक्तान गर्ने विषयमा कैदीको जवाफ</translation>
    </message>
    <message>
        <source>Consular access</source>
        <translation>कन्सुलर पहुँच</translation>
    </message>
    <message>
        <source>First consular access &amp;on</source>
        <translation>पहिलो कन्सुलर पहुँच मिति (&amp;O)</translation>
    </message>
    <message>
        <source>years</source>
        <translation>वर्ष</translation>
    </message>
    <message>
        <source>months</source>
        <translation>महिना</translation>
    </message>
    <message>
        <source>days</source>
        <translation>दिन</translation>
    </message>
    <message>
        <source>&amp;Sentence</source>
        <translation>सजाय (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>वर्ग (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Vulnerability</source>
        <translation>जोखिमपूर्ण अवस्था (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;UNHCR registration</source>
        <translation>UNHCR दर्ता (&amp;U)</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>निर्णय भएको छैन</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हो</translation>
    </message>
    <message>
        <source>no</source>
        <translation>होइन</translation>
    </message>
    <message>
        <source>At &amp;risk if returned</source>
        <translation>फर्काइए जोखिममा (&amp;R)</translation>
    </message>
    <message>
        <source>Risk &amp;note</source>
        <translation>जोखिम टिप्पणी (&amp;N)</translation>
    </message>
    <message>
        <source>Relatives and how to reach them. Double-click a cell, or press F2, to edit it.</source>
        <translation>आफन्तहरू र उनीहरूलाई कसरी सम्पर्क गर्ने। सम्पादन गर्न सेलमा डबल-क्लिक गर्नुहोस् वा F2 थिच्नुहोस्।</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>सम्पर्क थप्नुहोस् (&amp;A)</translation>
    </message>
    <message>
        <source>Add a family contact</source>
        <translation>परिवारको सम्पर्क थप्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Remove contact</source>
        <translation>सम्पर्क हटाउनुहोस् (&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected family contact</source>
        <translation>छानिएको परिवारको सम्पर्क हटाउनुहोस्</translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation>सिफारिस गर्ने (&amp;R)</translation>
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
        <translation>वर्ष-महिना-दिनको मिति, जस्तै 2024-03-14; थाहा नभए खाली</translation>
    </message>
    <message>
        <source>not a date: write it as YYYY-MM-DD</source>
        <translation>मिति होइन: YYYY-MM-DD रूपमा लेख्नुहोस्</translation>
    </message>
    <message>
        <source>code or name, e.g. BD or Bangladesh</source>
        <translation>कोड वा नाम, जस्तै BD वा Bangladesh</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>अनुमान गरिएको छैन</translation>
    </message>
    <message>
        <source>Type a code, name or country</source>
        <translation>कोड, नाम वा देश टाइप गर्नुहोस्</translation>
    </message>
    <message>
        <source>(no desk)</source>
        <translation>(डेस्क छैन)</translation>
    </message>
    <message>
        <source>Save the new file first: movements and activities need a saved file.</source>
        <translation>पहिले नयाँ फाइल सुरक्षित गर्नुहोस्: आवतजावत र गतिविधिका लागि सुरक्षित फाइल चाहिन्छ।</translation>
    </message>
    <message>
        <source>Delete %1? It was recorded by mistake; a correction on the file keeps what it said.</source>
        <translation>%1 मेटाउने? यो गल्तीले लेखिएको थियो; फाइलमा सुधारले यसमा के लेखिएको थियो राख्छ।</translation>
    </message>
    <message>
        <source>required: a date as YYYY-MM-DD</source>
        <translation>आवश्यक: YYYY-MM-DD रूपमा मिति</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Filter by name (in any script), ref or passport number</source>
        <translation>नाम (जुनसुकै लिपिमा), रेफ वा राहदानी नम्बरद्वारा छान्नुहोस्</translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>फाइलहरू छान्नुहोस्</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>राष्ट्रियता</translation>
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
        <translation>जुनसुकै स्थिति</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>फ्ल्याग</translation>
    </message>
    <message>
        <source>Any flag</source>
        <translation>जुनसुकै फ्ल्याग</translation>
    </message>
    <message>
        <source>What the flag badges mean</source>
        <translation>फ्ल्याग चिन्हहरूको अर्थ</translation>
    </message>
    <message>
        <source>Flag badges</source>
        <translation>फ्ल्याग चिन्हहरू</translation>
    </message>
    <message>
        <source>Show released and repatriated</source>
        <translation>रिहा र स्वदेश फर्काइएका देखाउनुहोस्</translation>
    </message>
    <message>
        <source>Also show the files of people no longer held: released, repatriated, deported, transferred or deceased</source>
        <translation>अब थुनामा नरहेका मानिसहरूका फाइल पनि देखाउनुहोस्: रिहा, स्वदेश फर्काइएका, निर्वासित, स्थानान्तरित वा मृत</translation>
    </message>
    <message>
        <source>Loading files…</source>
        <translation>फाइलहरू लोड गर्दै…</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln file(s) held longest past release; loading all files…</source>
        <translation>
            <numerusform>रिहाइ मिति नाघेर सबैभन्दा लामो समय थुनामा रहेको %Ln फाइल; सबै फाइल लोड गर्दै…</numerusform>
            <numerusform>रिहाइ मिति नाघेर सबैभन्दा लामो समय थुनामा रहेका %Ln फाइल; सबै फाइल लोड गर्दै…</numerusform>
        </translation>
    </message>
    <message>
        <source>Any nationality</source>
        <translation>जुनसुकै राष्ट्रियता</translation>
    </message>
    <message>
        <source>Any prison</source>
        <translation>जुनसुकै जेल</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln फाइल</numerusform>
            <numerusform>%Ln फाइल</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln file(s)</source>
        <translation>
            <numerusform>%Ln मध्ये %1 फाइल</numerusform>
            <numerusform>%Ln मध्ये %1 फाइल</numerusform>
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
        <translation>डाटा छैन</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Dates are written &amp;day first (31/12/2024)</source>
        <translation>मितिहरूमा दिन पहिले लेखिएको छ (&amp;D) (31/12/2024)</translation>
    </message>
    <message>
        <source>(or tick “%1”)</source>
        <translation>(वा “%1” मा चिन्ह लगाउनुहोस्)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>पङ्क्ति</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>समस्याहरू</translation>
    </message>
    <message>
        <source>Import prisoner files from CSV</source>
        <translation>CSV बाट कैदी फाइलहरू आयात गर्नुहोस्</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV फाइल</translation>
    </message>
    <message>
        <source>The CSV file to import</source>
        <translation>आयात गर्ने CSV फाइल</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>CSV फाइल (&amp;F):</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>छान्नुहोस् (&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the CSV file to import</source>
        <translation>आयात गर्ने CSV फाइल छान्नुहोस्</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>फेरि जाँच्नुहोस् (&amp;A)</translation>
    </message>
    <message>
        <source>Read the file again, after correcting it</source>
        <translation>सच्याएपछि फाइल फेरि पढ्नुहोस्</translation>
    </message>
    <message>
        <source>Without this, dates must be written as the year first: 2024-12-31</source>
        <translation>यो बिना, मितिहरू वर्ष पहिले राखेर लेख्नुपर्छ: 2024-12-31</translation>
    </message>
    <message>
        <source>Choose a CSV file: its rows are checked before anything is written.</source>
        <translation>CSV फाइल छान्नुहोस्: केही लेख्नुअघि यसका पङ्क्तिहरू जाँचिन्छन्।</translation>
    </message>
    <message>
        <source>Rows of the CSV file</source>
        <translation>CSV फाइलका पङ्क्तिहरू</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>भेटिएका समस्याहरू</translation>
    </message>
    <message>
        <source>Choose a problem to see its cell in the rows above</source>
        <translation>माथिका पङ्क्तिमा यसको सेल हेर्न समस्या छान्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>आयात गर्नुहोस् (&amp;I)</translation>
    </message>
    <message>
        <source>Write every row, or none if any is wrong</source>
        <translation>सबै पङ्क्ति लेख्नुहोस्, वा कुनै गलत भए एउटा पनि नलेख्नुहोस्</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Import prisoner files</source>
        <translation>कैदी फाइलहरू आयात गर्नुहोस्</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV फाइलहरू (*.csv);;सबै फाइल (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 जाँच्दै…</translation>
    </message>
    <message numerus="yes">
        <source>Problems found: %Ln, in %2 of the %3 rows. Nothing will be written until every problem is corrected: correct the file, then choose Check again.</source>
        <translation>
            <numerusform>भेटिएका समस्या: %Ln, %3 पङ्क्तिमध्ये %2 मा। सबै समस्या नसच्याएसम्म केही लेखिँदैन: फाइल सच्याउनुहोस्, अनि फेरि जाँच्नुहोस् छान्नुहोस्।</numerusform>
            <numerusform>भेटिएका समस्या: %Ln, %3 पङ्क्तिमध्ये %2 मा। सबै समस्या नसच्याएसम्म केही लेखिँदैन: फाइल सच्याउनुहोस्, अनि फेरि जाँच्नुहोस् छान्नुहोस्।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) (is|are) ready to import;</source>
        <translation>
            <numerusform>%Ln फाइल आयात गर्न तयार छ;</numerusform>
            <numerusform>%Ln फाइल आयात गर्न तयार छन्;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be given a new ref.</source>
        <translation>
            <numerusform>%Ln लाई नयाँ रेफ दिइनेछ।</numerusform>
            <numerusform>%Ln लाई नयाँ रेफ दिइनेछ।</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>फाइल पढ्न सकिएन: %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>आयात गर्दै…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln file(s) from %1</source>
        <translation>
            <numerusform>%1 बाट %Ln फाइल आयात गरियो</numerusform>
            <numerusform>%1 बाट %Ln फाइल आयात गरियो</numerusform>
        </translation>
    </message>
    <message>
        <source>Export every file to CSV</source>
        <translation>सबै फाइल CSV मा निर्यात गर्नुहोस्</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फाइलहरू (*.csv)</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>CSV मा निर्यात</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 लेख्दै…</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Letters: %1</source>
        <translation>पत्रहरू: %1</translation>
    </message>
    <message>
        <source>Chaser to the desk</source>
        <translation>डेस्कलाई ताकेता पत्र</translation>
    </message>
    <message>
        <source>RTI application to the desk&apos;s PIO</source>
        <translation>डेस्कको जन सूचना अधिकारी (PIO) लाई RTI निवेदन</translation>
    </message>
    <message>
        <source>Complaint to the NHRC</source>
        <translation>NHRC मा उजुरी</translation>
    </message>
    <message>
        <source>The desk that holds the file</source>
        <translation>फाइल राख्ने डेस्क</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word document (editable)</source>
        <translation>Word कागजात (सम्पादन गर्न मिल्ने)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>छान्नुहोस्…</translation>
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
        <translation>ढाँचा (&amp;F):</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>यसरी सुरक्षित (&amp;A):</translation>
    </message>
    <message>
        <source>Save the letter as</source>
        <translation>पत्र यसरी सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word कागजात (*.docx)</translation>
    </message>
    <message>
        <source>Writing the letter…</source>
        <translation>पत्र लेख्दै…</translation>
    </message>
    <message>
        <source>Written to %1 (our reference %2).</source>
        <translation>%1 मा लेखियो (हाम्रो सन्दर्भ %2)।</translation>
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
        <translation>यात्रा कागजात</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Passphrase</source>
        <translation>पासफ्रेज</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>खोल्नुहोस् (&amp;U)</translation>
    </message>
    <message>
        <source>Repatriate is locked</source>
        <translation>Repatriate लक गरिएको छ</translation>
    </message>
    <message>
        <source>Type the passphrase to go on where you left off.</source>
        <translation>जहाँ छाड्नुभएको थियो त्यहींबाट जारी राख्न पासफ्रेज टाइप गर्नुहोस्।</translation>
    </message>
    <message>
        <source>This database is not encrypted: whoever has the file can read it (see `repatriate encrypt`).</source>
        <translation>यो डाटाबेस इन्क्रिप्ट गरिएको छैन: फाइल जोसँग छ उसले पढ्न सक्छ (`repatriate encrypt` हेर्नुहोस्)।</translation>
    </message>
</context>
<context>
    <name>Locker</name>
    <message>
        <source>&amp;Lock</source>
        <translation>लक गर्नुहोस् (&amp;L)</translation>
    </message>
    <message>
        <source>Wrong passphrase for %1</source>
        <translation>%1 का लागि गलत पासफ्रेज</translation>
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
        <translation>%1 (पढ्ने-मात्र)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>फाइलहरू</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>यो हप्ता</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>डेस्कहरू</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>पैरवी</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिङहरू</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>पृष्ठहरू</translation>
    </message>
    <message>
        <source>Read-only: open in another window; changes are not saved</source>
        <translation>पढ्ने-मात्र: अर्को विन्डोमा खुला छ; परिवर्तनहरू सुरक्षित हुँदैनन्</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>सुरक्षित गरियो %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New file</source>
        <translation>नयाँ फाइल (&amp;N)</translation>
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
        <translation>तथ्य पत्र छाप्नुहोस् (&amp;P)…</translation>
    </message>
    <message>
        <source>Embassy &amp;batch…</source>
        <translation>दूतावास ब्याच (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Letters…</source>
        <translation>पत्रहरू (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>ब्याकअपहरू (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बन्द गर्नुहोस् (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>सम्पादन (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find files</source>
        <translation>फाइलहरू खोज्नुहोस् (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Delete file…</source>
        <translation>फाइल मेटाउनुहोस् (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>जानुहोस् (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>मद्दत (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>गाइड (&amp;G)</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>अडिट लग (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;About Repatriate</source>
        <translation>Repatriate बारे (&amp;A)</translation>
    </message>
    <message>
        <source>Print fact sheet</source>
        <translation>तथ्य पत्र छाप्नुहोस्</translation>
    </message>
    <message>
        <source>Choose a file in the Files table, or open one, to print its fact sheet.</source>
        <translation>तथ्य पत्र छाप्न फाइल तालिकामा एउटा फाइल छान्नुहोस्, वा खोल्नुहोस्।</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>पत्रहरू</translation>
    </message>
    <message>
        <source>Choose a file in the Files table, or open one, to write a letter on it.</source>
        <translation>पत्र लेख्न फाइल तालिकामा एउटा फाइल छान्नुहोस्, वा खोल्नुहोस्।</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>फाइल मेटाउनुहोस्</translation>
    </message>
    <message>
        <source>Choose a file in the Files table, or open one, to delete it.</source>
        <translation>मेटाउन फाइल तालिकामा एउटा फाइल छान्नुहोस्, वा खोल्नुहोस्।</translation>
    </message>
    <message>
        <source>Delete the file %1 with its family, photos, documents, movements and activities?

A backup is made first; restoring it brings the file back.</source>
        <translation>फाइल %1 लाई यसको परिवार, फोटो, कागजात, आवतजावत र गतिविधिसहित मेटाउने?

पहिले ब्याकअप लिइन्छ; त्यसलाई पुनर्स्थापना गर्दा फाइल फर्किन्छ।</translation>
    </message>
    <message>
        <source>Deleted %1; a backup was made first</source>
        <translation>%1 मेटाइयो; पहिले ब्याकअप लिइयो</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>डाटाबेस बिग्रिएको छ</translation>
    </message>
    <message>
        <source>SQLite found damage in %1 (%2). Do not go on working in it: restore the newest sound backup in the Backups dialog, which opens now.</source>
        <translation>SQLite ले %1 मा क्षति भेट्यो (%2)। यसमा काम जारी नराख्नुहोस्: ब्याकअप संवादमा सबैभन्दा नयाँ ठीक ब्याकअप पुनर्स्थापना गर्नुहोस्, जुन अब खुल्छ।</translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>ब्याकअप बनाइएन</translation>
    </message>
</context>
<context>
    <name>MarkDoneDialog</name>
    <message>
        <source>Mark done</source>
        <translation>पूरा भयो भनी चिन्ह लगाउनुहोस्</translation>
    </message>
    <message>
        <source>e.g. officer on leave; call next week</source>
        <translation>जस्तै अधिकारी बिदामा; अर्को हप्ता फोन गर्ने</translation>
    </message>
    <message>
        <source>&amp;Reply received</source>
        <translation>जवाफ प्राप्त भयो (&amp;R)</translation>
    </message>
    <message>
        <source>The desk answered: the weekly follow-up with it stops until the file moves on.</source>
        <translation>डेस्कले जवाफ दियो: फाइल अगाडि नबढेसम्म यससँगको साप्ताहिक ताकेता रोकिन्छ।</translation>
    </message>
    <message>
        <source>Only a desk can reply; some of these have no desk.</source>
        <translation>डेस्कले मात्र जवाफ दिन सक्छ; यीमध्ये केहीको डेस्क छैन।</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>कसरी (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>मिति (&amp;O)</translation>
    </message>
    <message>
        <source>Out&amp;come</source>
        <translation>नतिजा (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>अर्को कदम (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Log it</source>
        <translation>लेख्नुहोस् (&amp;L)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Saved by someone else</source>
        <translation>अरू कसैले सुरक्षित गर्‍यो</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>सजाय</translation>
    </message>
    <message>
        <source>Someone else saved %1 after you opened it. Their version and yours differ in these fields; tick the ones to keep from yours.</source>
        <translation>तपाईंले खोलेपछि अरू कसैले %1 सुरक्षित गर्‍यो। उहाँको र तपाईंको संस्करण यी फिल्डहरूमा फरक छन्; तपाईंको संस्करणबाट राख्ने फिल्डहरूमा टिक लगाउनुहोस्।</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>फिल्ड</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>उहाँको संस्करण</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>तपाईंको संस्करण</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>मेरो राख्नुहोस् (&amp;M)</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>उहाँको राख्नुहोस् (&amp;T)</translation>
    </message>
    <message>
        <source>M&amp;erge the ticked fields</source>
        <translation>टिक लगाएका फिल्डहरू मिलाउनुहोस् (&amp;E)</translation>
    </message>
    <message>
        <source>%1 years %2 months %3 days; set-off %4, remission %5, fine default %6</source>
        <translation>%1 वर्ष %2 महिना %3 दिन; सेट-अफ %4, सजाय छुट %5, जरिवाना नतिरेबापत %6</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <source>Comply by</source>
        <translation>पालनाको म्याद</translation>
    </message>
    <message>
        <source>Ordered by</source>
        <translation>आदेश दिने</translation>
    </message>
    <message>
        <source>Order of</source>
        <translation>आदेश मिति</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>विरुद्ध</translation>
    </message>
    <message>
        <source>Directs</source>
        <translation>निर्देशन</translation>
    </message>
    <message>
        <source>Complied on</source>
        <translation>पालना गरेको मिति</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>म्याद नाघेका दिन</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>आदेश</translation>
    </message>
    <message>
        <source>e.g. High Court of Calcutta, NHRC</source>
        <translation>जस्तै कलकत्ता उच्च अदालत, NHRC</translation>
    </message>
    <message>
        <source>Date of the order</source>
        <translation>आदेशको मिति</translation>
    </message>
    <message>
        <source>What it directs</source>
        <translation>आदेशले के निर्देशन दिन्छ</translation>
    </message>
    <message>
        <source>Against desk</source>
        <translation>विरुद्धको डेस्क</translation>
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
        <translation>आदेश दिने (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Order of</source>
        <translation>आदेश मिति (&amp;O)</translation>
    </message>
    <message>
        <source>Di&amp;rects</source>
        <translation>निर्देशन (&amp;R)</translation>
    </message>
    <message>
        <source>Comply b&amp;y</source>
        <translation>पालनाको म्याद (&amp;Y)</translation>
    </message>
    <message>
        <source>Against des&amp;k</source>
        <translation>विरुद्धको डेस्क (&amp;K)</translation>
    </message>
    <message>
        <source>Com&amp;plied on</source>
        <translation>पालना गरेको मिति (&amp;P)</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>टिप्पणी (&amp;T)</translation>
    </message>
    <message>
        <source>Orders of courts and commissions</source>
        <translation>अदालत र आयोगका आदेश</translation>
    </message>
    <message>
        <source>the order of %1 of %2</source>
        <translation>%1 ले %2 मा दिएको आदेश</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Files by status</source>
        <translation>स्थितिअनुसार फाइलहरू</translation>
    </message>
    <message>
        <source>no status recorded</source>
        <translation>स्थिति लेखिएको छैन</translation>
    </message>
    <message>
        <source>People still held past their release date</source>
        <translation>रिहाइ मिति नाघेर अझै थुनामा रहेका मानिसहरू</translation>
    </message>
    <message>
        <source>Days held past release</source>
        <translation>रिहाइ मिति नाघेर थुनामा रहेका दिन</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>रेफ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Days past release</source>
        <translation>रिहाइ मिति नाघेका दिन</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>राष्ट्रियता</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>जेल</translation>
    </message>
    <message>
        <source>Held a year or more past release</source>
        <translation>रिहाइ मिति नाघेर एक वर्ष वा बढी थुनामा</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>राख्ने</translation>
    </message>
    <message>
        <source>Why it is stalled</source>
        <translation>किन अड्कियो</translation>
    </message>
    <message>
        <source>Stalled files</source>
        <translation>अड्किएका फाइलहरू</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>गणना गर्दै…</translation>
    </message>
    <message>
        <source>Stalled at a desk</source>
        <translation>डेस्कमा अड्किएको</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s);</source>
        <translation>
            <numerusform>%Ln फाइल;</numerusform>
            <numerusform>%Ln फाइल;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still held,</source>
        <translation>
            <numerusform>%Ln अझै थुनामा,</numerusform>
            <numerusform>%Ln अझै थुनामा,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them past their release date.</source>
        <translation>
            <numerusform>तीमध्ये %Ln रिहाइ मिति नाघेको।</numerusform>
            <numerusform>तीमध्ये %Ln रिहाइ मिति नाघेका।</numerusform>
        </translation>
    </message>
    <message>
        <source>people</source>
        <translation>जना</translation>
    </message>
    <message>
        <source>Held a year or more past release (%1)</source>
        <translation>रिहाइ मिति नाघेर एक वर्ष वा बढी थुनामा (%1)</translation>
    </message>
    <message>
        <source>Stalled at a desk (%1)</source>
        <translation>डेस्कमा अड्किएको (%1)</translation>
    </message>
    <message>
        <source>No file has been at a desk longer than expected.</source>
        <translation>कुनै फाइल अपेक्षित समयभन्दा लामो डेस्कमा रहेको छैन।</translation>
    </message>
    <message>
        <source>over %1 days</source>
        <translation>%1 दिनभन्दा बढी</translation>
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
        <translation>डाटाबेस खोल्नुहोस्</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>पासफ्रेज</translation>
    </message>
    <message>
        <source>Passphrase for %1</source>
        <translation>%1 का लागि पासफ्रेज</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print fact sheet</source>
        <translation>तथ्य पत्र छाप्नुहोस्</translation>
    </message>
    <message>
        <source>Embassy batch</source>
        <translation>दूतावास ब्याच</translation>
    </message>
    <message>
        <source>Embassy of</source>
        <translation>दूतावास</translation>
    </message>
    <message>
        <source>Only those &amp;past their release date</source>
        <translation>रिहाइ मिति नाघेकाहरू मात्र (&amp;P)</translation>
    </message>
    <message>
        <source>E&amp;veryone still held</source>
        <translation>अझै थुनामा रहेका सबै (&amp;V)</translation>
    </message>
    <message>
        <source>Also write the annex table as a CSV file</source>
        <translation>अनुसूची तालिका CSV फाइलमा पनि लेख्नुहोस्</translation>
    </message>
    <message>
        <source>Beside the PDF, with the same name ending in .csv, for the embassy&apos;s records</source>
        <translation>PDF को छेउमा, उही नाम तर .csv अन्त्य भएको, दूतावासको अभिलेखका लागि</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>फाइलहरू पढ्दै…</translation>
    </message>
    <message>
        <source>&amp;Embassy of:</source>
        <translation>दूतावास (&amp;E):</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>समावेश:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>फाइल:</translation>
    </message>
    <message>
        <source>Leave empty for the usual ask, fitting the person&apos;s situation: verification and a travel document, the travel document once verified, consular access under trial, a referral when the sheet goes to UNHCR.</source>
        <translation>व्यक्तिको अवस्थाअनुसारको सामान्य अनुरोधका लागि खाली छोड्नुहोस्: प्रमाणीकरण र यात्रा कागजात, प्रमाणित भइसकेपछि यात्रा कागजात, विचाराधीन मुद्दामा कन्सुलर पहुँच, पत्र UNHCR मा जाँदा सिफारिस।</translation>
    </message>
    <message>
        <source>Request to the embassy</source>
        <translation>दूतावासलाई अनुरोध</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>अनुरोध (&amp;R):</translation>
    </message>
    <message>
        <source>Include the attached &amp;documents</source>
        <translation>जोडिएका कागजात समावेश गर्नुहोस् (&amp;D)</translation>
    </message>
    <message>
        <source>The fact sheets stay in English; the cover letter can be in the embassy&apos;s</source>
        <translation>तथ्य पत्रहरू अंग्रेजीमै रहन्छन्; कभर पत्र दूतावासको भाषामा हुन सक्छ</translation>
    </message>
    <message>
        <source>Cover &amp;letter in:</source>
        <translation>कभर पत्रको भाषा (&amp;L):</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>PDF यसरी सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>छान्नुहोस् (&amp;H)…</translation>
    </message>
    <message>
        <source>Choose where to save the PDF</source>
        <translation>PDF कहाँ सुरक्षित गर्ने छान्नुहोस्</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>यसरी सुरक्षित (&amp;A):</translation>
    </message>
    <message>
        <source>What was printed</source>
        <translation>के छापियो</translation>
    </message>
    <message>
        <source>O&amp;verride with a reason…</source>
        <translation>कारणसहित ओभरराइड (&amp;V)…</translation>
    </message>
    <message>
        <source>Record why this sheet may go to the home embassy despite the risk on return</source>
        <translation>फर्काइँदा जोखिम भए पनि यो पत्र किन आफ्नै देशको दूतावासमा जान सक्छ लेख्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Open the PDF</source>
        <translation>PDF खोल्नुहोस् (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF</source>
        <translation>PDF रूपमा सुरक्षित गर्नुहोस् (&amp;S)</translation>
    </message>
    <message>
        <source>Write the PDF (the old file is kept until it is done)</source>
        <translation>PDF लेख्नुहोस् (काम नसकिएसम्म पुरानो फाइल राखिन्छ)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>छाप्नुहोस् (&amp;P)…</translation>
    </message>
    <message>
        <source>Choose a printer and send the sheets to it</source>
        <translation>प्रिन्टर छानेर पत्रहरू त्यहाँ पठाउनुहोस्</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>%1 (%2): %3 held, %4 past release</source>
        <translation>%1 (%2): %3 थुनामा, %4 रिहाइ मिति नाघेका</translation>
    </message>
    <message>
        <source>Nobody is held: there is no embassy to write to.</source>
        <translation>कोही थुनामा छैन: पत्र लेख्ने दूतावास छैन।</translation>
    </message>
    <message>
        <source>Save the fact sheets as</source>
        <translation>तथ्य पत्रहरू यसरी सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>यसरी सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>give a file name ending in .pdf</source>
        <translation>.pdf मा अन्त्य हुने फाइलको नाम दिनुहोस्</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>फोल्डर %1 अवस्थित छैन</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(खाली)</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 छाप्नुहोस्</translation>
    </message>
    <message>
        <source>Writing the fact sheet of %1…</source>
        <translation>%1 को तथ्य पत्र लेख्दै…</translation>
    </message>
    <message>
        <source>Embassy</source>
        <translation>दूतावास</translation>
    </message>
    <message>
        <source>choose the embassy&apos;s country</source>
        <translation>दूतावासको देश छान्नुहोस्</translation>
    </message>
    <message>
        <source>Writing the batch for the embassy of %1…</source>
        <translation>%1 को दूतावासका लागि ब्याच लेख्दै…</translation>
    </message>
    <message>
        <source>Nothing was printed: %1</source>
        <translation>केही छापिएन: %1</translation>
    </message>
    <message numerus="yes">
        <source>Fact sheets for %2: %Ln, sent to the printer %3</source>
        <translation>
            <numerusform>%2 का लागि तथ्य पत्र: %Ln, प्रिन्टर %3 मा पठाइयो</numerusform>
            <numerusform>%2 का लागि तथ्य पत्र: %Ln, प्रिन्टर %3 मा पठाइयो</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pages sent: %Ln.</source>
        <translation>
            <numerusform>पठाइएका पेज: %Ln।</numerusform>
            <numerusform>पठाइएका पेज: %Ln।</numerusform>
        </translation>
    </message>
    <message>
        <source>Fact sheets sent to %1</source>
        <translation>तथ्य पत्र %1 मा पठाइयो</translation>
    </message>
    <message numerus="yes">
        <source>Fact sheets for %2: %Ln, written to %3.</source>
        <translation>
            <numerusform>%2 का लागि तथ्य पत्र: %Ln, %3 मा लेखियो।</numerusform>
            <numerusform>%2 का लागि तथ्य पत्र: %Ln, %3 मा लेखियो।</numerusform>
        </translation>
    </message>
    <message>
        <source>The annex table is in %1.</source>
        <translation>अनुसूची तालिका %1 मा छ।</translation>
    </message>
    <message>
        <source>Fact sheets written to %1</source>
        <translation>तथ्य पत्र %1 मा लेखियो</translation>
    </message>
    <message>
        <source>Left out (%1), for you to look at:</source>
        <translation>छुटाइएका (%1), तपाईंले हेर्नका लागि:</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written or sent.</source>
        <translation>रद्द गरियो: केही लेखिएन वा पठाइएन।</translation>
    </message>
    <message>
        <source>Override the risk on return</source>
        <translation>फर्काइँदाको जोखिम ओभरराइड गर्नुहोस्</translation>
    </message>
    <message>
        <source>%1 may be at risk if returned. Say why a fact sheet may go to the home country&apos;s embassy all the same. The override opens that one embassy only; the reason, the date and your name are kept on the file.</source>
        <translation>%1 फर्काइए जोखिममा पर्न सक्छ। तैपनि तथ्य पत्र किन आफ्नै देशको दूतावासमा जान सक्छ भन्नुहोस्। ओभरराइडले त्यो एउटा दूतावास मात्र खोल्छ; कारण, मिति र तपाईंको नाम फाइलमा राखिन्छ।</translation>
    </message>
    <message>
        <source>Override recorded: %1
Print again to write the sheet.</source>
        <translation>ओभरराइड लेखियो: %1
पत्र लेख्न फेरि छाप्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक छ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>सबै सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोल्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>हो (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>सबैलाई हो (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>होइन (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>सबैलाई होइन (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>परित्याग गर्नुहोस्</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>पुनः प्रयास गर्नुहोस्</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>बेवास्ता गर्नुहोस्</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>खारेज गर्नुहोस्</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>मद्दत</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू गर्नुहोस्</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>रिसेट गर्नुहोस्</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>पूर्वनिर्धारित पुनर्स्थापना गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>%1 (issued by %2)</source>
        <translation>%1 (%2 द्वारा जारी)</translation>
    </message>
    <message>
        <source>%1 (≥ %2)</source>
        <translation>%1 (≥ %2)</translation>
    </message>
    <message>
        <source>%1 days past the release date %2</source>
        <translation>रिहाइ मिति %2 नाघेको %1 दिन</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1 को म्याद %2 मा सकियो</translation>
    </message>
    <message>
        <source>%1 expires on %2, before the hand-over planned for %3</source>
        <translation>%1 को म्याद %2 मा सकिन्छ, %3 मा तय भएको हस्तान्तरणभन्दा अघि</translation>
    </message>
    <message>
        <source>%1 expires on %2, within %3 weeks and no hand-over date is planned</source>
        <translation>%1 को म्याद %2 मा, %3 हप्ताभित्र सकिन्छ र हस्तान्तरण मिति तय भएको छैन</translation>
    </message>
    <message>
        <source>%1 has held it %2 days (expected %3)</source>
        <translation>%1 ले %2 दिनदेखि राखेको छ (अपेक्षित %3 दिन)</translation>
    </message>
    <message>
        <source>%1 left to serve, release due %2 (the agreement requires at least %3 months)</source>
        <translation>बाँकी सजाय: %1, रिहाइ हुनुपर्ने %2 (सम्झौताअनुसार कम्तीमा %3 महिना बाँकी हुनुपर्छ)</translation>
    </message>
    <message>
        <source>%1&apos;s order of %2 against %3 was to be complied with by %4: %5; %6</source>
        <translation>%1 ले %2 मा %3 विरुद्ध दिएको आदेश %4 सम्म पालना हुनुपर्ने थियो: %5; %6</translation>
    </message>
    <message>
        <source>%1&apos;s order of %2 was to be complied with by %3: %4; %5</source>
        <translation>%1 ले %2 मा दिएको आदेश %3 सम्म पालना हुनुपर्ने थियो: %4; %5</translation>
    </message>
    <message>
        <source>%1: no fact sheet to the home embassy unless overridden with a reason</source>
        <translation>%1: कारणसहित ओभरराइड नगरेसम्म आफ्नै देशको दूतावासलाई तथ्य पत्र जाँदैन</translation>
    </message>
    <message>
        <source>%1: persecuted in %2</source>
        <translation>%1: %2 मा उत्पीडित</translation>
    </message>
    <message>
        <source>+ %1 days fine default (%2) = %3</source>
        <translation>+ %1 दिन जरिवाना नतिरेबापत (%2) = %3</translation>
    </message>
    <message>
        <source>RTI application to %1 of %2: reply due %3, none recorded (a deemed refusal, RTI Act 2005, s.7(2)); %4</source>
        <translation>%1 लाई %2 मा दिइएको RTI निवेदन: जवाफ %3 सम्म आउनुपर्ने, कुनै जवाफ अभिलेखमा छैन (अस्वीकार मानिन्छ, RTI Act 2005, दफा 7(2)); %4</translation>
    </message>
    <message>
        <source>RTI application to %1 of %2: the first appeal of %3 was to be decided by %4, no decision recorded; file the second appeal with the Information Commission by %5 (RTI Act 2005, s.19(3))</source>
        <translation>%1 लाई %2 मा दिइएको RTI निवेदन: %3 को पहिलो पुनरावेदनको निर्णय %4 सम्म हुनुपर्ने थियो, कुनै निर्णय अभिलेखमा छैन; %5 सम्म सूचना आयोगमा दोस्रो पुनरावेदन दर्ता गर्नुहोस् (RTI Act 2005, दफा 19(3))</translation>
    </message>
    <message>
        <source>an appeal is pending: the sentence is not final</source>
        <translation>पुनरावेदन बाँकी छ: सजाय अन्तिम भएको छैन</translation>
    </message>
    <message>
        <source>asylum seeker</source>
        <translation>शरणार्थी</translation>
    </message>
    <message>
        <source>claims %1, court recorded %2</source>
        <translation>%1 भएको दाबी, अदालतको अभिलेखमा %2</translation>
    </message>
    <message>
        <source>consent given</source>
        <translation>सहमति दिइएको</translation>
    </message>
    <message>
        <source>consent: not recorded</source>
        <translation>सहमति: अभिलेख छैन</translation>
    </message>
    <message>
        <source>conviction %1 + %2 = %3</source>
        <translation>कसुर ठहर %1 + %2 = %3</translation>
    </message>
    <message>
        <source>conviction %1 + %2 = %3 (%4 has no day %5: to its last day)</source>
        <translation>कसुर ठहर %1 + %2 = %3 (%4 मा %5 गते छैन: महिनाको अन्तिम दिनसम्म)</translation>
    </message>
    <message>
        <source>embassy verified %1, court recorded %2</source>
        <translation>दूतावासले %1 प्रमाणित गर्‍यो, अदालतको अभिलेखमा %2</translation>
    </message>
    <message>
        <source>file a contempt petition before the court (Contempt of Courts Act 1971, s.2(b) and s.12)</source>
        <translation>अदालतमा अवहेलना निवेदन दर्ता गर्नुहोस् (Contempt of Courts Act 1971, दफा 2(b) र 12)</translation>
    </message>
    <message>
        <source>file the first appeal by %1 (RTI Act 2005, s.19(1))</source>
        <translation>%1 सम्म पहिलो पुनरावेदन दर्ता गर्नुहोस् (RTI Act 2005, दफा 19(1))</translation>
    </message>
    <message>
        <source>held on %1: %2 days past release</source>
        <translation>%1 मा पनि थुनामा: रिहाइ मिति नाघेको %2 दिन</translation>
    </message>
    <message>
        <source>marked as possible misidentification</source>
        <translation>गलत पहिचानको सम्भावना भनी चिनो लगाइएको</translation>
    </message>
    <message>
        <source>newest photo taken %1, over %2 years</source>
        <translation>पछिल्लो फोटो %1 मा खिचिएको, %2 वर्षभन्दा पुरानो</translation>
    </message>
    <message>
        <source>none recorded in the %1 days since arrest</source>
        <translation>पक्राउ परेको %1 दिनसम्म कुनै कन्सुलर पहुँच अभिलेखमा छैन</translation>
    </message>
    <message>
        <source>not verified %1 days after the sentence ended (%2)</source>
        <translation>सजाय सकिएको %1 दिनपछि पनि प्रमाणित भएको छैन (%2)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>केही छैन</translation>
    </message>
    <message>
        <source>only the passport book number %1 is known; embassies trace passport numbers</source>
        <translation>राहदानी पुस्तिका नम्बर %1 मात्र थाहा छ; दूतावासहरूले राहदानी नम्बरबाट खोजी गर्छन्</translation>
    </message>
    <message>
        <source>recorded at risk if returned</source>
        <translation>फर्काइए जोखिममा भनी अभिलेख गरिएको</translation>
    </message>
    <message>
        <source>registered with UNHCR</source>
        <translation>UNHCR मा दर्ता</translation>
    </message>
    <message>
        <source>release due %1 (in %2 days) and no repatriation step started</source>
        <translation>रिहाइ हुनुपर्ने %1 (%2 दिनमा), स्वदेश फिर्तीको कुनै काम सुरु भएको छैन</translation>
    </message>
    <message>
        <source>released %1: %2 days past release</source>
        <translation>%1 मा रिहा: रिहाइ मिति नाघेको %2 दिनपछि</translation>
    </message>
    <message>
        <source>remission %1 days covers %2</source>
        <translation>सजाय छुटका %1 दिनले %2 समेट्छ</translation>
    </message>
    <message>
        <source>remission %1 days covers %2: release due on the day of sentence, %3</source>
        <translation>सजाय छुटका %1 दिनले %2 समेट्छ: सजाय सुनाएकै दिन, %3 मा रिहाइ हुनुपर्ने</translation>
    </message>
    <message>
        <source>sentence final</source>
        <translation>सजाय अन्तिम भएको</translation>
    </message>
    <message>
        <source>sentence final: not recorded</source>
        <translation>सजाय अन्तिम भएको: अभिलेख छैन</translation>
    </message>
    <message>
        <source>serving a sentence; %1 has a transfer of sentenced persons agreement</source>
        <translation>सजाय भोग्दै; %1 सँग सजायको स्थानान्तरण सम्झौता छ</translation>
    </message>
    <message>
        <source>set-off %1 days (%2) covers %3</source>
        <translation>सेट-अफका %1 दिनले (%2) %3 समेट्छ</translation>
    </message>
    <message>
        <source>set-off %1 days (%2) covers %3: release due on the day of sentence, %4</source>
        <translation>सेट-अफका %1 दिनले (%2) %3 समेट्छ: सजाय सुनाएकै दिन, %4 मा रिहाइ हुनुपर्ने</translation>
    </message>
    <message>
        <source>stateless</source>
        <translation>राज्यविहीन</translation>
    </message>
    <message>
        <source>term left to serve: not known (the agreement requires at least %1 months)</source>
        <translation>बाँकी सजाय: थाहा छैन (सम्झौताअनुसार कम्तीमा %1 महिना बाँकी हुनुपर्छ)</translation>
    </message>
    <message>
        <source>the first appeal was due by %1: file it with the reason for the delay (RTI Act 2005, s.19(1), proviso)</source>
        <translation>पहिलो पुनरावेदनको म्याद %1 थियो: ढिलाइको कारणसहित दर्ता गर्नुहोस् (RTI Act 2005, दफा 19(1) को प्रतिबन्धात्मक वाक्यांश)</translation>
    </message>
    <message>
        <source>the original passport is with the trial court, no copy</source>
        <translation>सक्कली राहदानी सुनुवाइ गर्ने अदालतमा छ, प्रतिलिपि छैन</translation>
    </message>
    <message>
        <source>the prisoner refused consent</source>
        <translation>कैदीले सहमति दिन अस्वीकार गरे</translation>
    </message>
    <message>
        <source>the rest</source>
        <translation>बाँकी सजाय</translation>
    </message>
    <message>
        <source>the whole term</source>
        <translation>पूरै सजाय</translation>
    </message>
    <message>
        <source>under trial: in custody since %1 (%2 days)</source>
        <translation>विचाराधीन: %1 देखि हिरासतमा (%2 दिन)</translation>
    </message>
    <message>
        <source>was held %1</source>
        <translation>%1 सम्म थुनामा राखिएको थियो</translation>
    </message>
    <message>
        <source>write a reminder to the commission: the government must report the action taken within one month (Protection of Human Rights Act 1993, s.18(e))</source>
        <translation>आयोगलाई ताकेता पत्र लेख्नुहोस्: सरकारले गरेको कारबाहीको प्रतिवेदन एक महिनाभित्र दिनुपर्छ (Protection of Human Rights Act 1993, दफा 18(e))</translation>
    </message>
    <message>
        <source>− %1 days remission = %2</source>
        <translation>− %1 दिन सजाय छुट = %2</translation>
    </message>
    <message>
        <source>− %1 days set-off (%2) = %3</source>
        <translation>− %1 दिन सेट-अफ (%2) = %3</translation>
    </message>
    <message>
        <source>− 1 day: the day of sentence counts as served = %1</source>
        <translation>− 1 दिन: सजाय सुनाएको दिन भुक्तान गरेको मानिन्छ = %1</translation>
    </message>
    <message numerus="yes">
        <source>not complied with %Ln day(s) later</source>
        <translation>
            <numerusform>%Ln दिन बितिसक्दा पनि पालना भएको छैन</numerusform>
            <numerusform>%Ln दिन बितिसक्दा पनि पालना भएको छैन</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln महिना</numerusform>
            <numerusform>%Ln महिना</numerusform>
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
        <translation>पहिले नयाँ फाइल सुरक्षित गर्नुहोस्: यसका अभिलेखहरूका लागि सुरक्षित फाइल चाहिन्छ।</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>थप्नुहोस् (&amp;A)</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>परिवर्तन सुरक्षित (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>मेटाउनुहोस् (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>नयाँ (&amp;N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मेटाउनुहोस्</translation>
    </message>
    <message>
        <source>Delete %1? It was recorded by mistake.</source>
        <translation>%1 मेटाउने? यो गल्तीले लेखिएको थियो।</translation>
    </message>
</context>
<context>
    <name>RtiPanel</name>
    <message>
        <source>Filed</source>
        <translation>दर्ता</translation>
    </message>
    <message>
        <source>To desk</source>
        <translation>डेस्कलाई</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>जवाफको म्याद</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>जवाफ</translation>
    </message>
    <message>
        <source>First appeal by</source>
        <translation>पुनरावेदन म्याद</translation>
    </message>
    <message>
        <source>First appeal</source>
        <translation>पहिलो पुनरावेदन</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>म्याद नाघेको</translation>
    </message>
    <message>
        <source>RTI applications</source>
        <translation>RTI निवेदनहरू</translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation>सार्वजनिक निकाय</translation>
    </message>
    <message>
        <source>Public Information Officer</source>
        <translation>जन सूचना अधिकारी</translation>
    </message>
    <message>
        <source>Information sought</source>
        <translation>मागिएको सूचना</translation>
    </message>
    <message>
        <source>Concerns &amp;life or liberty (reply in 48 hours)</source>
        <translation>जीवन वा स्वतन्त्रतासँग सम्बन्धित (48 घण्टाभित्र जवाफ) (&amp;L)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>RTI application</source>
        <translation>RTI निवेदन</translation>
    </message>
    <message>
        <source>To des&amp;k</source>
        <translation>डेस्कलाई (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;PIO</source>
        <translation>PIO (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Information sought</source>
        <translation>मागिएको सूचना (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Filed on</source>
        <translation>दर्ता मिति (&amp;F)</translation>
    </message>
    <message>
        <source>Rece&amp;ived by the PIO on</source>
        <translation>PIO ले पाएको मिति (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Reply received on</source>
        <translation>जवाफ पाएको मिति (&amp;R)</translation>
    </message>
    <message>
        <source>First appeal filed &amp;on</source>
        <translation>पहिलो पुनरावेदन दर्ता (&amp;O)</translation>
    </message>
    <message>
        <source>First appeal deci&amp;ded on</source>
        <translation>पहिलो पुनरावेदन निर्णय (&amp;D)</translation>
    </message>
    <message>
        <source>Second appeal filed on</source>
        <translation>दोस्रो पुनरावेदन दर्ता</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>टिप्पणी (&amp;T)</translation>
    </message>
    <message>
        <source>the RTI application to %1 of %2</source>
        <translation>%2 मा %1 लाई दिइएको RTI निवेदन</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Clinic letterhead and contact</source>
        <translation>क्लिनिकको लेटरहेड र सम्पर्क</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>क्लिनिकको नाम (&amp;N):</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>क्लिनिकको नाम</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>ठेगाना (&amp;A):</translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation>क्लिनिकको ठेगाना</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>फोन (&amp;P):</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>क्लिनिकको फोन</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>इमेल (&amp;E):</translation>
    </message>
    <message>
        <source>Clinic e-mail</source>
        <translation>क्लिनिकको इमेल</translation>
    </message>
    <message>
        <source>&amp;Request to embassies:</source>
        <translation>दूतावासहरूलाई अनुरोध (&amp;R):</translation>
    </message>
    <message>
        <source>Request to embassies</source>
        <translation>दूतावासहरूलाई अनुरोध</translation>
    </message>
    <message>
        <source>What every fact sheet asks of the embassy, unless replaced when printing</source>
        <translation>छाप्दा अर्को नराखिएमा, हरेक तथ्य पत्रले दूतावाससँग माग्ने कुरा</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>डाटाबेस</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation>अर्को डाटाबेस खोल्नुहोस् (&amp;O)…</translation>
    </message>
    <message>
        <source>Choose another database file and reopen the window on it</source>
        <translation>अर्को डाटाबेस फाइल छानेर त्यसमा विन्डो फेरि खोल्नुहोस्</translation>
    </message>
    <message>
        <source>Thresholds for the flags</source>
        <translation>फ्ल्यागका सीमाहरू</translation>
    </message>
    <message>
        <source>Default routes</source>
        <translation>पूर्वनिर्धारित मार्गहरू</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>फिर्ता लिनुहोस् (&amp;R)</translation>
    </message>
    <message>
        <source>Show the saved settings again, dropping changes not yet saved</source>
        <translation>सुरक्षित सेटिङहरू फेरि देखाउनुहोस्, सुरक्षित नगरिएका परिवर्तन हटाएर</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>सेटिङहरू सुरक्षित गर्नुहोस् (&amp;S)</translation>
    </message>
    <message>
        <source>Save the letterhead and thresholds (Ctrl+S)</source>
        <translation>लेटरहेड र सीमाहरू सुरक्षित गर्नुहोस् (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>The reference on the clinic&apos;s letters. In braces: {country} (its code), {date} (YYYY-MM-DD), {year}, {count} (how many people the letter is about).</source>
        <translation>क्लिनिकका पत्रहरूको सन्दर्भ। कोष्ठमा: {country} (यसको कोड), {date} (YYYY-MM-DD), {year}, {count} (पत्र कति जनाको बारेमा हो)।</translation>
    </message>
    <message>
        <source>Si&amp;gnatory:</source>
        <translation>हस्ताक्षरकर्ता (&amp;G):</translation>
    </message>
    <message>
        <source>Desi&amp;gnation:</source>
        <translation>पद (&amp;G):</translation>
    </message>
    <message>
        <source>Letter &amp;reference:</source>
        <translation>पत्रको सन्दर्भ (&amp;R):</translation>
    </message>
    <message>
        <source>The day of sentence counts as a day served</source>
        <translation>सजाय सुनाएको दिन भुक्तान गरेको दिनमा गनिन्छ</translation>
    </message>
    <message>
        <source>As jail manuals count: a one-month term passed on 15 January ends on 14 February. Every file&apos;s release date is worked out again when this changes.</source>
        <translation>जेल नियमावलीले गनेझैँ: 15 जनवरीमा सुनाइएको एक महिनाको सजाय 14 फेब्रुअरीमा सकिन्छ। यो परिवर्तन गर्दा हरेक फाइलको रिहाइ मिति फेरि निकालिन्छ।</translation>
    </message>
    <message>
        <source>Release date:</source>
        <translation>रिहाइ मिति:</translation>
    </message>
    <message>
        <source>Dates shown as</source>
        <translation>मिति देखाउने ढाँचा</translation>
    </message>
    <message>
        <source>%1 (year-month-day, ISO)</source>
        <translation>%1 (वर्ष-महिना-दिन, ISO)</translation>
    </message>
    <message>
        <source>%1 (this language&apos;s long form)</source>
        <translation>%1 (यो भाषाको लामो रूप)</translation>
    </message>
    <message>
        <source>Dates shown as:</source>
        <translation>मिति देखाउने ढाँचा:</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>विन्डोको भाषा</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>कम्प्युटरको भाषा</translation>
    </message>
    <message>
        <source>The window&apos;s language; it changes when Repatriate next starts. Fact sheets stay in English for the embassy, and commands answer in English.</source>
        <translation>विन्डोको भाषा; Repatriate अर्को पटक सुरु हुँदा परिवर्तन हुन्छ। तथ्य पत्रहरू दूतावासका लागि अंग्रेजीमै रहन्छन्, र कमान्डहरूले अंग्रेजीमा जवाफ दिन्छन्।</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा (&amp;L):</translation>
    </message>
    <message>
        <source>Write numbers and dates in the language&apos;s own digits</source>
        <translation>अङ्क र मितिहरू भाषाकै अङ्कमा लेख्नुहोस्</translation>
    </message>
    <message>
        <source>Bengali ০-৯, Hindi and Nepali ०-९, Urdu ۰-۹; from the next start</source>
        <translation>बंगाली ০-৯, हिन्दी र नेपाली ०-९, उर्दू ۰-۹; अर्को सुरुदेखि</translation>
    </message>
    <message>
        <source> min</source>
        <translation> मिनेट</translation>
    </message>
    <message>
        <source>Lock the window after minutes without use</source>
        <translation>प्रयोग नभएको केही मिनेटपछि विन्डो लक गर्नुहोस्</translation>
    </message>
    <message>
        <source>After this many minutes without a key press or a click the window hides the files until it is unlocked (with the passphrase, for an encrypted database). Ctrl+L locks it at once.</source>
        <translation>यति मिनेटसम्म कुनै कुञ्जी नथिचिए वा क्लिक नभए, विन्डोले फाइलहरू लुकाउँछ र खोलेपछि मात्र देखाउँछ (इन्क्रिप्टेड डाटाबेसका लागि पासफ्रेजसहित)। Ctrl+L ले तुरुन्तै लक गर्छ।</translation>
    </message>
    <message>
        <source>Lock after, without use:</source>
        <translation>प्रयोग नभएपछि लक:</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>मार्ग</translation>
    </message>
    <message>
        <source>For</source>
        <translation>कसका लागि</translation>
    </message>
    <message>
        <source>any other country</source>
        <translation>अन्य जुनसुकै देश</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>चरणहरू</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Default routes</source>
        <translation>पूर्वनिर्धारित मार्गहरू</translation>
    </message>
    <message>
        <source>The routes are the steps a file goes through to get a person home, read from the route files in %1. Each step says whether it comes from the case study or is our assumption.</source>
        <translation>मार्गहरू भनेका व्यक्तिलाई घर पुर्‍याउन फाइलले पार गर्ने चरणहरू हुन्, %1 का मार्ग फाइलहरूबाट पढिएका। हरेक चरणले त्यो केस अध्ययनबाट आएको हो वा हाम्रो अनुमान हो भन्छ।</translation>
    </message>
    <message>
        <source>This window works on: %1</source>
        <translation>यो विन्डोले काम गरिरहेको: %1</translation>
    </message>
    <message>
        <source>To open another database every time, start Repatriate with --db PATH or set the %1 environment variable. Without either it opens %2. Keep the database in a folder that is backed up, such as %3.</source>
        <translation>हरेक पटक अर्को डाटाबेस खोल्न, Repatriate लाई --db PATH सहित सुरु गर्नुहोस् वा %1 वातावरण चर सेट गर्नुहोस्। दुवै नभए यसले %2 खोल्छ। डाटाबेसलाई ब्याकअप हुने फोल्डरमा राख्नुहोस्, जस्तै %3।</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Long overstay (days)</source>
        <translation>लामो ओभरस्टे (दिन)</translation>
    </message>
    <message>
        <source>Days past release that count as a long overstay</source>
        <translation>लामो ओभरस्टे मानिने रिहाइ मिति नाघेका दिन</translation>
    </message>
    <message>
        <source>Very long overstay (days)</source>
        <translation>धेरै लामो ओभरस्टे (दिन)</translation>
    </message>
    <message>
        <source>Days past release that count as a very long overstay</source>
        <translation>धेरै लामो ओभरस्टे मानिने रिहाइ मिति नाघेका दिन</translation>
    </message>
    <message>
        <source>Start repatriation before release (days)</source>
        <translation>रिहाइअघि स्वदेश फिर्ती सुरु (दिन)</translation>
    </message>
    <message>
        <source>Flag a file whose release is this close and no step has been taken</source>
        <translation>रिहाइ यति नजिक भएर पनि कुनै कदम नचालिएको फाइलमा फ्ल्याग</translation>
    </message>
    <message>
        <source>Nationality unverified after (days)</source>
        <translation>राष्ट्रियता अप्रमाणित (दिनपछि)</translation>
    </message>
    <message>
        <source>Flag a nationality still not verified this long after the sentence</source>
        <translation>सजायपछि यति लामो समयसम्म राष्ट्रियता प्रमाणित नभएमा फ्ल्याग</translation>
    </message>
    <message>
        <source>Consular access within (days)</source>
        <translation>कन्सुलर पहुँच (दिनभित्र)</translation>
    </message>
    <message>
        <source>Flag a file with no consular access this long after arrest</source>
        <translation>पक्राउपछि यति लामो समयसम्म कन्सुलर पहुँच नभएको फाइलमा फ्ल्याग</translation>
    </message>
    <message>
        <source>Photo out of date after (years)</source>
        <translation>फोटो पुरानो (वर्षपछि)</translation>
    </message>
    <message>
        <source>Embassies need a recent photograph</source>
        <translation>दूतावासलाई हालैको फोटो चाहिन्छ</translation>
    </message>
    <message>
        <source>Escalate after unanswered follow-ups</source>
        <translation>जवाफ नआएका ताकेतापछि माथिल्लो तहमा</translation>
    </message>
    <message>
        <source>Weekly follow-ups with one desk gone unanswered before the next lever is suggested (a number of chases: 6 is six weeks)</source>
        <translation>अर्को उपाय सुझाउनुअघि एउटै डेस्कसँग जवाफ नआएका साप्ताहिक ताकेता (ताकेताको सङ्ख्या: 6 भनेको छ हप्ता)</translation>
    </message>
    <message>
        <source>RTI reply due within (days)</source>
        <translation>RTI जवाफको म्याद (दिनभित्र)</translation>
    </message>
    <message>
        <source>Statutory time for a reply to a Right to Information request</source>
        <translation>सूचनाको हक (RTI) अनुरोधको जवाफका लागि कानुनी समय</translation>
    </message>
    <message>
        <source>Travel document expiring within (weeks)</source>
        <translation>यात्रा कागजातको म्याद सकिँदै (हप्ताभित्र)</translation>
    </message>
    <message>
        <source>With no hand-over date planned, flag a travel document that expires within this many weeks</source>
        <translation>हस्तान्तरण मिति तय नभएमा, यति हप्ताभित्र म्याद सकिने यात्रा कागजातमा फ्ल्याग लगाउनुहोस्</translation>
    </message>
    <message>
        <source>Settings saved. The language changes when Repatriate next starts.</source>
        <translation>सेटिङहरू सुरक्षित भए। Repatriate अर्को पटक सुरु हुँदा भाषा परिवर्तन हुन्छ।</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>सेटिङहरू सुरक्षित भए।</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>सेटिङहरू सुरक्षित भए</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(खाली)</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>अर्को डाटाबेस खोल्नुहोस्</translation>
    </message>
    <message>
        <source>Repatriate databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Repatriate डाटाबेसहरू (*.sqlite3 *.sqlite *.db);;सबै फाइल (*)</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze</source>
        <translation>स्थगित</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>सम्म (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>स्थगित गर्नुहोस् (&amp;S)</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>रद्द गर्नुहोस्</translation>
    </message>
</context>
<context>
    <name>TravelPanel</name>
    <message>
        <source>Document</source>
        <translation>कागजात</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>नम्बर</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>जारी मिति</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>म्याद सकिने मिति</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>जारी गर्ने</translation>
    </message>
    <message>
        <source>Travel documents</source>
        <translation>यात्रा कागजात</translation>
    </message>
    <message>
        <source>Issued by desk</source>
        <translation>जारी गर्ने डेस्क</translation>
    </message>
    <message>
        <source>Hand-over planned for</source>
        <translation>हस्तान्तरण मिति</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>तय गर्नुहोस् (&amp;P)</translation>
    </message>
    <message>
        <source>Set the day of the hand-over to the home country (empty: none planned)</source>
        <translation>स्वदेशलाई हस्तान्तरण गर्ने दिन तय गर्नुहोस् (खाली: तय छैन)</translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation>यात्रा कागजात</translation>
    </message>
    <message>
        <source>&amp;Hand-over planned for</source>
        <translation>हस्तान्तरण मिति (&amp;H)</translation>
    </message>
    <message>
        <source>Doc&amp;ument</source>
        <translation>कागजात (&amp;U)</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>नम्बर (&amp;U)</translation>
    </message>
    <message>
        <source>Issued &amp;on</source>
        <translation>जारी मिति (&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;xpires on</source>
        <translation>म्याद सकिने मिति (&amp;X)</translation>
    </message>
    <message>
        <source>Issued by des&amp;k</source>
        <translation>जारी गर्ने डेस्क (&amp;K)</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <source>File</source>
        <translation>फाइल</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>म्याद</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>म्याद नाघेका दिन</translation>
    </message>
    <message>
        <source>Days past release</source>
        <translation>रिहाइ मिति नाघेका दिन</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>ताकेता</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>जवाफ नआएका</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>सुझाव</translation>
    </message>
    <message>
        <source>No desk</source>
        <translation>डेस्क छैन</translation>
    </message>
    <message>
        <source>%1 unanswered — suggest: %2</source>
        <translation>%1 जवाफ नआएका — सुझाव: %2</translation>
    </message>
    <message>
        <source>Nobody is chasing these · %1 held past release: no desk holds the file and no follow-up is set</source>
        <translation>यिनको कसैले ताकेता गरिरहेको छैन · %1 रिहाइ मिति नाघेर थुनामा: कुनै डेस्कले फाइल राखेको छैन र कुनै ताकेता राखिएको छैन</translation>
    </message>
    <message>
        <source>%1 · %2 to chase, %3 overdue</source>
        <translation>%1 · %2 ताकेता गर्नुपर्ने, %3 म्याद नाघेका</translation>
    </message>
    <message>
        <source>Held past the release date, and no desk holds the file: record where it was sent, or set a follow-up. Open a file to record a movement.</source>
        <translation>रिहाइ मिति नाघेर थुनामा, र कुनै डेस्कले फाइल राखेको छैन: यो कहाँ पठाइयो लेख्नुहोस्, वा ताकेता राख्नुहोस्। आवतजावत लेख्न फाइल खोल्नुहोस्।</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>फोन: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>इमेल: %1</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>अधिकारी: %1</translation>
    </message>
    <message>
        <source>nobody is chasing</source>
        <translation>कसैले ताकेता गरिरहेको छैन</translation>
    </message>
    <message>
        <source>No desk on the route: choose one</source>
        <translation>मार्गमा डेस्क छैन: एउटा छान्नुहोस्</translation>
    </message>
    <message>
        <source>Send to: %1</source>
        <translation>पठाउने: %1</translation>
    </message>
    <message>
        <source>The release date</source>
        <translation>रिहाइ मिति</translation>
    </message>
    <message>
        <source>Weekly follow-ups with this desk have gone unanswered since it got the file: try the next lever and log it as an escalation on the file.</source>
        <translation>फाइल पाएदेखि यो डेस्कसँगका साप्ताहिक ताकेताको जवाफ आएको छैन: अर्को उपाय अपनाउनुहोस् र फाइलमा माथिल्लो तहमा लगेको भनी लेख्नुहोस्।</translation>
    </message>
    <message>
        <source>Follow-ups of the week by desk</source>
        <translation>डेस्कअनुसार हप्ताका ताकेताहरू</translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation>अघिल्लो हप्ता (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>यो हप्ता (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation>अर्को हप्ता (&amp;N)</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>पूरा भयो (&amp;D)…</translation>
    </message>
    <message>
        <source>Mark a&amp;ll of this desk done…</source>
        <translation>यो डेस्कका सबै पूरा (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>स्थगित (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Close follow-up…</source>
        <translation>ताकेता बन्द (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>फाइल खोल्नुहोस् (&amp;O)</translation>
    </message>
    <message>
        <source>Export .&amp;ics…</source>
        <translation>.ics निर्यात (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत् (&amp;U)</translation>
    </message>
    <message>
        <source>Take back the last mark done, snooze or close</source>
        <translation>पछिल्लो पूरा, स्थगित वा बन्द फिर्ता लिनुहोस्</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>पछिल्लो परिवर्तन</translation>
    </message>
    <message>
        <source>Log the follow-up (a call by default) with its desk</source>
        <translation>ताकेता (पूर्वनिर्धारित रूपमा फोन) यसको डेस्कसँग लेख्नुहोस्</translation>
    </message>
    <message>
        <source>Log one call with the desk for all its files</source>
        <translation>डेस्कसँग यसका सबै फाइलका लागि एउटा फोन लेख्नुहोस्</translation>
    </message>
    <message>
        <source>Put the follow-up off to a day</source>
        <translation>ताकेतालाई कुनै दिनसम्म सार्नुहोस्</translation>
    </message>
    <message>
        <source>Stop following up this desk on the file until it moves on to it again</source>
        <translation>फाइल फेरि यो डेस्कमा नआएसम्म यो डेस्कको ताकेता रोक्नुहोस्</translation>
    </message>
    <message>
        <source>Open the prisoner file</source>
        <translation>कैदी फाइल खोल्नुहोस्</translation>
    </message>
    <message>
        <source>Save the week&apos;s follow-ups as calendar events</source>
        <translation>हप्ताका ताकेताहरू क्यालेन्डर घटनाका रूपमा सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation>%1 · %2 देखि %3</translation>
    </message>
    <message>
        <source>Loading the follow-ups…</source>
        <translation>ताकेताहरू लोड गर्दै…</translation>
    </message>
    <message>
        <source>The follow-ups could not be loaded: %1</source>
        <translation>ताकेताहरू लोड गर्न सकिएन: %1</translation>
    </message>
    <message>
        <source>Logging the follow-ups</source>
        <translation>ताकेताहरू लेख्दै</translation>
    </message>
    <message>
        <source>marked done</source>
        <translation>पूरा भयो</translation>
    </message>
    <message>
        <source>Snoozing the follow-ups</source>
        <translation>ताकेताहरू स्थगित गर्दै</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>स्थगित</translation>
    </message>
    <message>
        <source>Close follow-up</source>
        <translation>ताकेता बन्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Stop following up: %1? It starts again when the file moves on to the desk.</source>
        <translation>ताकेता रोक्ने: %1? फाइल यो डेस्कमा फेरि आएपछि फेरि सुरु हुन्छ।</translation>
    </message>
    <message>
        <source>Closing the follow-ups</source>
        <translation>ताकेताहरू बन्द गर्दै</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>बन्द</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>ताकेताहरू</translation>
    </message>
    <message>
        <source>%1 %2 · %3 left to act on</source>
        <translation>%1 %2 · %3 काम गर्न बाँकी</translation>
    </message>
    <message>
        <source>Undone: %1 back</source>
        <translation>पूर्ववत् गरियो: %1 फिर्ता</translation>
    </message>
    <message numerus="yes">
        <source>Export the %Ln follow-up(s) of %1 as all-day calendar events.</source>
        <translation>
            <numerusform>%1 का %Ln ताकेता दिनभरिका क्यालेन्डर घटनाका रूपमा निर्यात गर्नुहोस्।</numerusform>
            <numerusform>%1 का %Ln ताकेता दिनभरिका क्यालेन्डर घटनाका रूपमा निर्यात गर्नुहोस्।</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the follow-ups as a calendar</source>
        <translation>ताकेताहरू क्यालेन्डरका रूपमा सुरक्षित गर्नुहोस्</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>क्यालेन्डर (*.ics)</translation>
    </message>
    <message>
        <source>%1 follow-ups saved to %2</source>
        <translation>%1 ताकेता %2 मा सुरक्षित गरियो</translation>
    </message>
    <message>
        <source>%1 follow-ups due this week (%2 overdue)</source>
        <translation>यो हप्ता %1 ताकेता गर्नुपर्ने (%2 म्याद नाघेका)</translation>
    </message>
    <message>
        <source>; %1 held past release nobody is chasing</source>
        <translation>; %1 जना रिहाइ मिति नाघेर थुनामा, ताकेता नभएका</translation>
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
        <translation>Repatriate मा स्वागत छ</translation>
    </message>
    <message>
        <source>Repatriate keeps a file for every foreign prisoner you help: when their sentence ends, how long they have been held past it, which desk has their papers, and whom to call this week. This database has no files yet. How would you like to begin?</source>
        <translation>Repatriate ले तपाईंले सहयोग गर्ने हरेक विदेशी कैदीको फाइल राख्छ: उनीहरूको सजाय कहिले सकिन्छ, त्यसपछि कति समय थुनामा छन्, कुन डेस्कमा उनीहरूका कागजात छन्, र यो हप्ता कसलाई फोन गर्ने। यो डाटाबेसमा अहिलेसम्म कुनै फाइल छैन। कसरी सुरु गर्न चाहनुहुन्छ?</translation>
    </message>
    <message>
        <source>&amp;Add a file</source>
        <translation>फाइल थप्नुहोस् (&amp;A)</translation>
    </message>
    <message>
        <source>Type in the details of one prisoner from the prison&apos;s records.</source>
        <translation>जेलको अभिलेखबाट एक जना कैदीको विवरण टाइप गर्नुहोस्।</translation>
    </message>
    <message>
        <source>&amp;Import a CSV…</source>
        <translation>CSV आयात गर्नुहोस् (&amp;I)…</translation>
    </message>
    <message>
        <source>Bring in a list kept in a spreadsheet. You see every row and every problem before anything is written.</source>
        <translation>स्प्रेडसिटमा राखिएको सूची ल्याउनुहोस्। केही लेखिनुअघि तपाईंले हरेक पङ्क्ति र हरेक समस्या देख्नुहुन्छ।</translation>
    </message>
    <message>
        <source>Explore &amp;demo data</source>
        <translation>डेमो डाटा हेर्नुहोस् (&amp;D)</translation>
    </message>
    <message>
        <source>Try the program on invented files, in a separate database (%1). Your own database stays empty; restart Repatriate to come back to it.</source>
        <translation>काल्पनिक फाइलहरूमा, छुट्टै डाटाबेसमा (%1) प्रोग्राम चलाएर हेर्नुहोस्। तपाईंको आफ्नै डाटाबेस खाली रहन्छ; त्यसमा फर्कन Repatriate फेरि सुरु गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Making the demo database</source>
        <translation>डेमो डाटाबेस बनाउँदै</translation>
    </message>
    <message>
        <source>Your clinic, as its letters to embassies will name it</source>
        <translation>तपाईंको क्लिनिक, दूतावासहरूलाई पठाइने पत्रमा लेखिने नाम</translation>
    </message>
    <message>
        <source>Printed on the cover letters and fact sheets. You can fill it in now or later in Settings.</source>
        <translation>कभर पत्र र तथ्य पत्रहरूमा छापिन्छ। अहिले वा पछि सेटिङहरूमा भर्न सक्नुहुन्छ।</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>क्लिनिकको नाम (&amp;N):</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>ठेगाना (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>फोन (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>इमेल (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation>हस्ताक्षरकर्ता (&amp;S):</translation>
    </message>
    <message>
        <source>Desi&amp;gnation:</source>
        <translation>पद (&amp;G):</translation>
    </message>
    <message>
        <source>lines separated by commas, e.g. 12 Court Road, Kolkata 700001</source>
        <translation>अल्पविरामले छुट्याइएका लाइनहरू, जस्तै 12 Court Road, Kolkata 700001</translation>
    </message>
    <message>
        <source>Sa&amp;ve the letterhead</source>
        <translation>लेटरहेड सुरक्षित गर्नुहोस् (&amp;V)</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>अहिलेलाई छोड्नुहोस् (&amp;K)</translation>
    </message>
    <message>
        <source>The letterhead is saved; Settings can change it.</source>
        <translation>लेटरहेड सुरक्षित भयो; सेटिङहरूबाट परिवर्तन गर्न सकिन्छ।</translation>
    </message>
    <message>
        <source>The letterhead can be filled in later, in Settings.</source>
        <translation>लेटरहेड पछि सेटिङहरूमा भर्न सकिन्छ।</translation>
    </message>
    <message>
        <source>Making the demo database in %1…</source>
        <translation>%1 मा डेमो डाटाबेस बनाउँदै…</translation>
    </message>
    <message>
        <source>The demo database is ready: %1</source>
        <translation>डेमो डाटाबेस तयार छ: %1</translation>
    </message>
    <message>
        <source>The demo database could not be made: %1</source>
        <translation>डेमो डाटाबेस बनाउन सकिएन: %1</translation>
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
        <translation>सजाय भोग्दै</translation>
    </message>
    <message>
        <source>sentence completed</source>
        <translation>सजाय पूरा</translation>
    </message>
    <message>
        <source>in detention centre</source>
        <translation>हिरासत केन्द्रमा</translation>
    </message>
    <message>
        <source>repatriated</source>
        <translation>स्वदेश फिर्ती भएको</translation>
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
        <translation>हिरासतमा मृत्यु</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>स्थानान्तरित</translation>
    </message>
    <message>
        <source>immigration detainee</source>
        <translation>अध्यागमन बन्दी</translation>
    </message>
    <message>
        <source>asylum seeker</source>
        <translation>शरणार्थी</translation>
    </message>
    <message>
        <source>other offender</source>
        <translation>अन्य कसुरदार</translation>
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
        <translation>प्रहरी</translation>
    </message>
    <message>
        <source>trial court</source>
        <translation>मुद्दा हेर्ने अदालत</translation>
    </message>
    <message>
        <source>prison</source>
        <translation>कारागार</translation>
    </message>
    <message>
        <source>embassy</source>
        <translation>दूतावास</translation>
    </message>
    <message>
        <source>prisoner</source>
        <translation>कैदी</translation>
    </message>
    <message>
        <source>clinic</source>
        <translation>क्लिनिक</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>थाहा छैन</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>फोन</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>प्रत्यक्ष</translation>
    </message>
    <message>
        <source>given</source>
        <translation>दिइएको</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>अस्वीकार</translation>
    </message>
    <message>
        <source>partner ngo</source>
        <translation>साझेदार संस्था</translation>
    </message>
    <message>
        <source>clinic visit</source>
        <translation>क्लिनिक भ्रमण</translation>
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
        <translation>यात्रा अनुमतिपत्र</translation>
    </message>
    <message>
        <source>emergency certificate</source>
        <translation>आपत्कालीन प्रमाणपत्र</translation>
    </message>
    <message>
        <source>exit permit</source>
        <translation>निकास अनुमति</translation>
    </message>
    <message>
        <source>escort order</source>
        <translation>एस्कर्ट आदेश</translation>
    </message>
    <message>
        <source>state prisons</source>
        <translation>राज्य कारागार</translation>
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
        <translation>गृह मन्त्रालय (MHA)</translation>
    </message>
    <message>
        <source>mea consular</source>
        <translation>MEA कन्सुलर</translation>
    </message>
    <message>
        <source>mea territorial</source>
        <translation>MEA क्षेत्रीय डिभिजन</translation>
    </message>
    <message>
        <source>home foreign ministry</source>
        <translation>स्वदेशको विदेश मन्त्रालय</translation>
    </message>
    <message>
        <source>home verification</source>
        <translation>स्वदेशमा प्रमाणीकरण</translation>
    </message>
    <message>
        <source>home repatriation</source>
        <translation>स्वदेशमा फिर्ती</translation>
    </message>
    <message>
        <source>travel documents</source>
        <translation>यात्रा कागजात</translation>
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
        <translation>पठाइयो</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>प्राप्ति स्वीकार</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>जवाफ</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>फिर्ता</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>अगाडि पठाइयो</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>post</source>
        <translation>हुलाक</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>इमेल</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>हातैले</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>फ्याक्स</translation>
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
        <translation>फोन</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>पत्र</translation>
    </message>
    <message>
        <source>embassy visit</source>
        <translation>दूतावास भ्रमण</translation>
    </message>
    <message>
        <source>prison visit</source>
        <translation>कारागार भ्रमण</translation>
    </message>
    <message>
        <source>consular access by phone</source>
        <translation>फोनमार्फत कन्सुलर पहुँच</translation>
    </message>
    <message>
        <source>consular access in person</source>
        <translation>प्रत्यक्ष कन्सुलर पहुँच</translation>
    </message>
    <message>
        <source>rti request</source>
        <translation>RTI निवेदन</translation>
    </message>
    <message>
        <source>rti appeal</source>
        <translation>RTI पुनरावेदन</translation>
    </message>
    <message>
        <source>court petition</source>
        <translation>अदालतमा निवेदन</translation>
    </message>
    <message>
        <source>court hearing</source>
        <translation>अदालतको सुनुवाइ</translation>
    </message>
    <message>
        <source>media story</source>
        <translation>सञ्चार समाचार</translation>
    </message>
    <message>
        <source>ngo contact</source>
        <translation>संस्थासँग सम्पर्क</translation>
    </message>
    <message>
        <source>family traced</source>
        <translation>परिवार भेटियो</translation>
    </message>
    <message>
        <source>unhcr form sent</source>
        <translation>UNHCR फारम पठाइयो</translation>
    </message>
    <message>
        <source>certificate received</source>
        <translation>प्रमाणपत्र प्राप्त</translation>
    </message>
    <message>
        <source>escalation</source>
        <translation>माथिल्लो तहमा</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>सच्याइ</translation>
    </message>
    <message>
        <source>senior official</source>
        <translation>वरिष्ठ अधिकारी</translation>
    </message>
    <message>
        <source>media in home country</source>
        <translation>स्वदेशका सञ्चार माध्यम</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>साप्ताहिक</translation>
    </message>
    <message>
        <source>one-off</source>
        <translation>एक पटक</translation>
    </message>
    <message>
        <source>recurring</source>
        <translation>दोहोरिने</translation>
    </message>
    <message>
        <source>reply due</source>
        <translation>जवाफको म्याद</translation>
    </message>
    <message>
        <source>order</source>
        <translation>आदेश</translation>
    </message>
    <message>
        <source>unchased</source>
        <translation>ताकेता नभएको</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>due today</source>
        <translation>आज म्याद</translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation>भोलि म्याद</translation>
    </message>
    <message>
        <source>due in %1 days</source>
        <translation>%1 दिनमा म्याद</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>रेफ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Own-script name</source>
        <translation>आफ्नै लिपिमा नाम</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>राष्ट्रियता</translation>
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
        <translation>रिहाइ हुनुपर्ने</translation>
    </message>
    <message>
        <source>Desk holding it</source>
        <translation>राख्ने डेस्क</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>अर्को ताकेता</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>फ्ल्यागहरू</translation>
    </message>
    <message>
        <source>Days past release</source>
        <translation>रिहाइ मिति नाघेका दिन</translation>
    </message>
    <message>
        <source>Was held this long past release</source>
        <translation>रिहाइ मिति नाघेर यति लामो थुनामा रह्यो</translation>
    </message>
</context>
<context>
    <name>flags</name>
    <message>
        <source>Held past release</source>
        <translation>रिहाइ मिति नाघेर थुनामा</translation>
    </message>
    <message>
        <source>Held past release ≥ 6 months</source>
        <translation>रिहाइ मिति नाघेर थुनामा ≥ 6 महिना</translation>
    </message>
    <message>
        <source>Held past release ≥ 1 year</source>
        <translation>रिहाइ मिति नाघेर थुनामा ≥ 1 वर्ष</translation>
    </message>
    <message>
        <source>Release soon, repatriation not started</source>
        <translation>रिहाइ नजिक, स्वदेश फिर्ती सुरु भएको छैन</translation>
    </message>
    <message>
        <source>Nationality not verified</source>
        <translation>राष्ट्रियता प्रमाणित भएको छैन</translation>
    </message>
    <message>
        <source>Possible misidentification</source>
        <translation>गलत पहिचानको सम्भावना</translation>
    </message>
    <message>
        <source>No consular access</source>
        <translation>कन्सुलर पहुँच छैन</translation>
    </message>
    <message>
        <source>At risk if returned</source>
        <translation>फर्काइए जोखिममा</translation>
    </message>
    <message>
        <source>Eligible for transfer of sentence</source>
        <translation>सजाय स्थानान्तरणका लागि योग्य</translation>
    </message>
    <message>
        <source>Photo out of date</source>
        <translation>फोटो पुरानो</translation>
    </message>
    <message>
        <source>Passport book number only</source>
        <translation>राहदानी पुस्तिका नम्बर मात्र</translation>
    </message>
    <message>
        <source>Passport held by the court</source>
        <translation>राहदानी अदालतसँग</translation>
    </message>
    <message>
        <source>Stalled at a desk</source>
        <translation>डेस्कमा अड्किएको</translation>
    </message>
    <message>
        <source>Order not complied with by its date</source>
        <translation>म्यादभित्र आदेश पालना नभएको</translation>
    </message>
    <message>
        <source>RTI reply or appeal overdue</source>
        <translation>RTI जवाफ वा पुनरावेदनको म्याद नाघेको</translation>
    </message>
    <message>
        <source>Travel document expiring</source>
        <translation>यात्रा कागजातको म्याद सकिँदै</translation>
    </message>
    <message>
        <source>Data problem</source>
        <translation>डाटा समस्या</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <source>yes</source>
        <translation>हो</translation>
    </message>
</context>
</TS>
