<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>About</name>
    <message>
        <source>none: this database is not a file on this computer</source>
        <translation>کوئی نہیں: یہ ڈیٹا بیس اس کمپیوٹر پر کوئی فائل نہیں</translation>
    </message>
    <message>
        <source>Tracks foreign prisoners held past the end of their sentence, the desks their repatriation file waits at, and the follow-ups that get them home.</source>
        <translation>سزا ختم ہونے کے بعد بھی قید غیر ملکی قیدیوں، ان کی وطن واپسی کی فائل جن ڈیسکوں پر رکی ہے، اور انہیں گھر پہنچانے والے فالو اپ کا ریکارڈ رکھتا ہے۔</translation>
    </message>
    <message>
        <source>&lt;b&gt;Licence:&lt;/b&gt; GNU General Public License, version 3 or later (GPL-3.0-or-later). You may copy, share and change the program under its terms.</source>
        <translation>&lt;b&gt;لائسنس:&lt;/b&gt; GNU General Public License، ورژن 3 یا بعد کا (GPL-3.0-or-later)۔ اس کی شرائط کے تحت آپ یہ پروگرام نقل، تقسیم اور تبدیل کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fonts:&lt;/b&gt; the Noto fonts that print fact sheets in every script (Noto Sans, Noto Sans Bengali, Devanagari, Myanmar, Sinhala, Tamil and Ethiopic, Noto Naskh Arabic) are under the SIL Open Font License 1.1, whose text comes with the program (resources/fonts/OFL.txt).</source>
        <translation>&lt;b&gt;فونٹ:&lt;/b&gt; ہر رسم الخط میں فیکٹ شیٹ چھاپنے والے Noto فونٹ (Noto Sans, Noto Sans Bengali, Devanagari, Myanmar, Sinhala, Tamil اور Ethiopic, Noto Naskh Arabic) SIL Open Font License 1.1 کے تحت ہیں، جس کا متن پروگرام کے ساتھ آتا ہے (resources/fonts/OFL.txt)۔</translation>
    </message>
    <message>
        <source>&lt;b&gt;Database:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;ڈیٹا بیس:&lt;/b&gt; ⁨%1⁩</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;بیک اپ:&lt;/b&gt; ⁨%1⁩</translation>
    </message>
    <message>
        <source>Press F1 for the guide.</source>
        <translation>رہنمائی کے لیے F1 دبائیں۔</translation>
    </message>
    <message>
        <source>About Repatriate</source>
        <translation>Repatriate کے بارے میں</translation>
    </message>
</context>
<context>
    <name>AdvocacyPage</name>
    <message>
        <source>Up to 90 days</source>
        <translation>90 دن تک</translation>
    </message>
    <message>
        <source>91 to 180</source>
        <translation>91 سے 180</translation>
    </message>
    <message>
        <source>181 to 365</source>
        <translation>181 سے 365</translation>
    </message>
    <message>
        <source>Over 365</source>
        <translation>365 سے زائد</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>قومیت</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ریاست</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>ڈیسک</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>کل</translation>
    </message>
    <message>
        <source>Times held</source>
        <translation>کتنی بار رکھی</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>وسطانیہ دن</translation>
    </message>
    <message>
        <source>90th pct. days</source>
        <translation>90واں پرسنٹائل دن</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>لوٹائی</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>رکاوٹ</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>لوٹانے کی تعداد</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>فائلیں</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>سہ ماہی</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>اختتامی تاریخ</translation>
    </message>
    <message>
        <source>Past release at its end</source>
        <translation>اختتام پر رہائی کے بعد بھی قید</translation>
    </message>
    <message>
        <source>New overstays</source>
        <translation>نئے اوور اسٹے</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>ریف</translation>
    </message>
    <message>
        <source>Release due</source>
        <translation>رہائی واجب</translation>
    </message>
    <message>
        <source>Days past release</source>
        <translation>رہائی کے بعد دن</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>کس کے پاس</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>پڑھا جا رہا ہے…</translation>
    </message>
    <message>
        <source>With &amp;names and prisoner numbers</source>
        <translation>ناموں اور قیدی نمبروں سمیت (&amp;N)</translation>
    </message>
    <message>
        <source>Saved files are anonymised (refs and counts only) unless this is ticked</source>
        <translation>جب تک اس پر نشان نہ لگے، محفوظ فائلیں گمنام رہتی ہیں (صرف ریف اور تعداد)</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>CSV میں محفوظ کریں (&amp;C)…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>PDF میں محفوظ کریں (&amp;P)…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>people</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>Chart: people past release by days</source>
        <translation>چارٹ: رہائی کے بعد بھی قید افراد، دنوں کے لحاظ سے</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>مرتبہ لوٹائی</translation>
    </message>
    <message>
        <source>Chart: why files were returned</source>
        <translation>چارٹ: فائلیں کیوں لوٹائی گئیں</translation>
    </message>
    <message>
        <source>No desk has returned a file</source>
        <translation>کسی ڈیسک نے کوئی فائل نہیں لوٹائی</translation>
    </message>
    <message>
        <source>Past release at the quarter&apos;s end</source>
        <translation>سہ ماہی کے اختتام پر رہائی کے بعد بھی قید</translation>
    </message>
    <message>
        <source>Chart: people past release by quarter</source>
        <translation>چارٹ: رہائی کے بعد بھی قید افراد، سہ ماہی کے لحاظ سے</translation>
    </message>
    <message>
        <source>People past release by group</source>
        <translation>رہائی کے بعد بھی قید افراد، گروہ کے لحاظ سے</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>ڈیسک</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>رکاوٹیں</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>سہ ماہیاں</translation>
    </message>
    <message>
        <source>Longest cases</source>
        <translation>طویل ترین کیس</translation>
    </message>
    <message>
        <source>Past release</source>
        <translation>رہائی کے بعد</translation>
    </message>
    <message>
        <source>Anonymised: file refs and counts only. Desk figures count every time a desk had a file; returns are filed under an obstacle by the reason given.</source>
        <translation>گمنام: صرف فائل ریف اور تعداد۔ ڈیسک کے اعداد ہر اس بار کو گنتے ہیں جب کسی ڈیسک کے پاس فائل رہی؛ لوٹائی گئی فائلیں بتائی گئی وجہ کے مطابق کسی رکاوٹ کے تحت درج ہوتی ہیں۔</translation>
    </message>
    <message>
        <source>As of %1: %2 held past their release date.</source>
        <translation>⁨%1⁩ تک: ⁨%2⁩ افراد رہائی کی تاریخ کے بعد بھی قید میں۔</translation>
    </message>
    <message>
        <source>Save the advocacy pack</source>
        <translation>ایڈووکیسی پیک محفوظ کریں</translation>
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
        <translation>ایڈووکیسی پیک ⁨%1⁩ میں محفوظ ہو گیا</translation>
    </message>
    <message>
        <source>Advocacy pack</source>
        <translation>ایڈووکیسی پیک</translation>
    </message>
</context>
<context>
    <name>AgendaWords</name>
    <message numerus="yes">
        <source>%Ln file(s) with %1</source>
        <translation>
            <numerusform>⁨%1⁩ کے پاس %Ln فائل</numerusform>
            <numerusform>⁨%1⁩ کے پاس %Ln فائلیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) with %1 desks</source>
        <translation>
            <numerusform>⁨%1⁩ ڈیسکوں کے پاس %Ln فائل</numerusform>
            <numerusform>⁨%1⁩ ڈیسکوں کے پاس %Ln فائلیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln فالو اپ</numerusform>
            <numerusform>%Ln فالو اپ</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to chase this week</source>
        <translation>اس ہفتے پیچھا کرنے کو کچھ نہیں</translation>
    </message>
    <message numerus="yes">
        <source>with %Ln desk(s)</source>
        <translation>
            <numerusform>%Ln ڈیسک کے ساتھ</numerusform>
            <numerusform>%Ln ڈیسکوں کے ساتھ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln تاخیر شدہ</numerusform>
            <numerusform>%Ln تاخیر شدہ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held past release nobody is chasing</source>
        <translation>
            <numerusform>%Ln رہائی کے بعد بھی قید، کوئی پیچھا نہیں کر رہا</numerusform>
            <numerusform>%Ln رہائی کے بعد بھی قید، کوئی پیچھا نہیں کر رہا</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The database is open in another window</source>
        <translation>ڈیٹا بیس دوسری ونڈو میں کھلا ہے</translation>
    </message>
    <message>
        <source>%1 is open in another Repatriate window (%2). Only one window at a time may change it. Open it read-only here, to look without changing anything?</source>
        <translation>⁨%1⁩ دوسری Repatriate ونڈو میں کھلا ہے (⁨%2⁩)۔ ایک وقت میں صرف ایک ونڈو اسے تبدیل کر سکتی ہے۔ کچھ تبدیل کیے بغیر دیکھنے کے لیے اسے یہاں صرف پڑھنے کے لیے کھولیں؟</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>صرف پڑھنے کے لیے کھولیں</translation>
    </message>
    <message>
        <source>Do not open</source>
        <translation>نہ کھولیں</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>ڈیٹا بیس نہیں کھل سکا</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>آڈٹ لاگ</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>کب (UTC)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>اکاؤنٹ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>کارروائی</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فائل</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>تفصیل</translation>
    </message>
    <message>
        <source>every file</source>
        <translation>ہر فائل</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>دکھائیں (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation>لاگ کی تصدیق کریں (&amp;V)</translation>
    </message>
    <message>
        <source>File &amp;ref:</source>
        <translation>فائل ریف (&amp;R):</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>آڈٹ لاگ پڑھا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Entries: %1.</source>
        <translation>اندراجات: ⁨%1⁩۔</translation>
    </message>
    <message>
        <source>Entries for %2: %1.</source>
        <translation>⁨%2⁩ کے اندراجات: ⁨%1⁩۔</translation>
    </message>
    <message>
        <source>Checking every entry of the log…</source>
        <translation>لاگ کا ہر اندراج جانچا جا رہا ہے…</translation>
    </message>
    <message numerus="yes">
        <source>The log is intact: %Ln entr(y|ies), none edited, added or removed.</source>
        <translation>
            <numerusform>لاگ درست ہے: %Ln اندراج، کوئی ترمیم، اضافہ یا حذف نہیں۔</numerusform>
            <numerusform>لاگ درست ہے: %Ln اندراجات، کوئی ترمیم، اضافہ یا حذف نہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>The log was tampered with at entry %1: %2</source>
        <translation>لاگ میں اندراج ⁨%1⁩ پر چھیڑ چھاڑ کی گئی: ⁨%2⁩</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>بیک اپ</translation>
    </message>
    <message>
        <source>Verified backups are kept in %1. The last 10 are kept, and the newest of each of the last 7 days, 4 weeks and 12 months. Copy this folder to another disk from time to time.</source>
        <translation>تصدیق شدہ بیک اپ ⁨%1⁩ میں رکھے جاتے ہیں۔ آخری 10، اور پچھلے 7 دن، 4 ہفتوں اور 12 مہینوں میں سے ہر ایک کا تازہ ترین رکھا جاتا ہے۔ وقتاً فوقتاً یہ فولڈر کسی اور ڈسک پر نقل کریں۔</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>کب بنا</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>کیوں</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>فائلیں</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>سائز</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فائل</translation>
    </message>
    <message>
        <source>No backup yet: make one now.</source>
        <translation>ابھی کوئی بیک اپ نہیں: ابھی ایک بنائیں۔</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>ابھی بیک اپ لیں (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>یہ بیک اپ بحال کریں (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Check the database</source>
        <translation>ڈیٹا بیس جانچیں (&amp;C)</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>ہاتھ سے بنایا</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>خودکار</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>امپورٹ سے پہلے</translation>
    </message>
    <message>
        <source>before a deletion</source>
        <translation>حذف سے پہلے</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>بحالی سے پہلے</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>بیک اپ پڑھے جا رہے ہیں…</translation>
    </message>
    <message>
        <source>Making a backup and checking it…</source>
        <translation>بیک اپ بنایا اور جانچا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Backup made and verified: %1</source>
        <translation>بیک اپ بن گیا اور تصدیق ہو گئی: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>یہ بیک اپ بحال کریں</translation>
    </message>
    <message>
        <source>Put the backup made %1 in place of the database?

Everything changed since then is replaced. The database as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>⁨%1⁩ کو بنا بیک اپ ڈیٹا بیس کی جگہ رکھیں؟

تب سے ہونے والی ہر تبدیلی بدل جائے گی۔ موجودہ ڈیٹا بیس کا پہلے بیک اپ لیا جاتا ہے، اس لیے وہ بیک اپ بحال کر کے اسے واپس لیا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>بحال ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Restored. The database as it was is kept as %1</source>
        <translation>بحال ہو گیا۔ پہلے والا ڈیٹا بیس ⁨%1⁩ کے طور پر محفوظ ہے</translation>
    </message>
    <message>
        <source>Checking every page of the database…</source>
        <translation>ڈیٹا بیس کا ہر صفحہ جانچا جا رہا ہے…</translation>
    </message>
    <message>
        <source>No damage found in %1.</source>
        <translation>⁨%1⁩ میں کوئی خرابی نہیں ملی۔</translation>
    </message>
    <message>
        <source>The newest sound backup was made %1; choose it and restore it.</source>
        <translation>تازہ ترین درست بیک اپ ⁨%1⁩ کو بنا تھا؛ اسے چن کر بحال کریں۔</translation>
    </message>
    <message>
        <source>No sound backup was found.</source>
        <translation>کوئی درست بیک اپ نہیں ملا۔</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>ڈیٹا بیس خراب ہے</translation>
    </message>
    <message numerus="yes">
        <source>SQLite found %Ln problem(s), the first: %1

%2</source>
        <translation>
            <numerusform>SQLite کو %Ln مسئلہ ملا، پہلا: ⁨%1⁩

⁨%2⁩</numerusform>
            <numerusform>SQLite کو %Ln مسائل ملے، پہلا: ⁨%1⁩

⁨%2⁩</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleOffer</name>
    <message>
        <source>Cannot import the bundle</source>
        <translation>بنڈل امپورٹ نہیں ہو سکا</translation>
    </message>
    <message>
        <source>%1 is open read-only here: nothing can be imported into it.</source>
        <translation>⁨%1⁩ یہاں صرف پڑھنے کے لیے کھلا ہے: اس میں کچھ امپورٹ نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>بنڈل امپورٹ کریں</translation>
    </message>
    <message>
        <source>Import every file in %1 into the database %2?

A backup of the database is made first. If some of the bundle&apos;s refs are already taken here, nothing is imported.</source>
        <translation>⁨%1⁩ کی ہر فائل ڈیٹا بیس ⁨%2⁩ میں امپورٹ کریں؟

پہلے ڈیٹا بیس کا بیک اپ لیا جاتا ہے۔ اگر بنڈل کے کچھ ریف یہاں پہلے سے استعمال میں ہیں تو کچھ بھی امپورٹ نہیں ہوتا۔</translation>
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation>بنڈل امپورٹ نہیں ہوا</translation>
    </message>
    <message>
        <source>Files imported from %2: %1</source>
        <translation>⁨%2⁩ سے امپورٹ کی گئی فائلیں: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>ChainPanel</name>
    <message numerus="yes">
        <source>%1 — since %2, %Ln day(s)</source>
        <translation>
            <numerusform>⁨%1⁩ — ⁨%2⁩ سے، %Ln دن</numerusform>
            <numerusform>⁨%1⁩ — ⁨%2⁩ سے، %Ln دن</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stalled: expected within %Ln day(s)</source>
        <translation>
            <numerusform>رکی ہوئی: %Ln دن میں متوقع</numerusform>
            <numerusform>رکی ہوئی: %Ln دن میں متوقع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Came back to a desk %Ln time(s);</source>
        <translation>
            <numerusform>ڈیسک پر %Ln بار واپس آئی؛</numerusform>
            <numerusform>ڈیسک پر %Ln بار واپس آئی؛</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>returned with an objection %Ln time(s).</source>
        <translation>
            <numerusform>اعتراض کے ساتھ %Ln بار لوٹائی گئی۔</numerusform>
            <numerusform>اعتراض کے ساتھ %Ln بار لوٹائی گئی۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln step(s) done.</source>
        <translation>
            <numerusform>%Ln میں سے ⁨%1⁩ مرحلہ مکمل۔</numerusform>
            <numerusform>%Ln میں سے ⁨%1⁩ مراحل مکمل۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskDialog</name>
    <message>
        <source>Edit desk</source>
        <translation>ڈیسک میں ترمیم</translation>
    </message>
    <message>
        <source>Add desk</source>
        <translation>ڈیسک شامل کریں</translation>
    </message>
    <message>
        <source>e.g. EMB-BD</source>
        <translation>مثلاً EMB-BD</translation>
    </message>
    <message>
        <source>Where the desk is: an ISO code such as IN, or a name</source>
        <translation>ڈیسک کہاں ہے: ISO کوڈ جیسے IN، یا نام</translation>
    </message>
    <message>
        <source>Countries it deals with, separated by commas (codes such as BD, or names)</source>
        <translation>جن ممالک سے یہ متعلق ہے، کوما سے الگ (کوڈ جیسے BD، یا نام)</translation>
    </message>
    <message>
        <source>How long the desk should hold a file; longer than this, the file is stalled</source>
        <translation>ڈیسک کو فائل کتنی دیر رکھنی چاہیے؛ اس سے زیادہ ہو تو فائل رکی ہوئی ہے</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>افسران</translation>
    </message>
    <message>
        <source>Add o&amp;fficer</source>
        <translation>افسر شامل کریں (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Remove officer</source>
        <translation>افسر ہٹائیں (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>کوڈ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>نام (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>ادارہ (&amp;O)</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>کردار (&amp;L)</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>ملک (&amp;Y)</translation>
    </message>
    <message>
        <source>Deals &amp;with</source>
        <translation>متعلقہ ممالک (&amp;W)</translation>
    </message>
    <message>
        <source>Indian &amp;state</source>
        <translation>بھارتی ریاست (&amp;S)</translation>
    </message>
    <message>
        <source>Di&amp;vision</source>
        <translation>ڈویژن (&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>شہر (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>پتہ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>فون (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>ای میل (&amp;E)</translation>
    </message>
    <message>
        <source>E&amp;xpected days</source>
        <translation>متوقع دن (&amp;X)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>نوٹس (&amp;T)</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>ماخذ (&amp;U)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>مسائل</translation>
    </message>
    <message>
        <source>Officers (dates as 2025-04-01)</source>
        <translation>افسران (تاریخیں ⁦2025-04-01⁩ کی طرح)</translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <translation>ای میل پتہ نہیں</translation>
    </message>
    <message>
        <source>required (IN for a desk in India)</source>
        <translation>ضروری (بھارت میں ڈیسک کے لیے IN)</translation>
    </message>
    <message>
        <source>%1: “%2” — %3</source>
        <translation>⁨%1⁩: “⁨%2⁩” — ⁨%3⁩</translation>
    </message>
</context>
<context>
    <name>DesksPage</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عہدہ</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>سے</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>تک</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <source>A date such as 2025-04-01; leave empty if not known</source>
        <translation>تاریخ جیسے ⁦2025-04-01⁩؛ معلوم نہ ہو تو خالی چھوڑیں</translation>
    </message>
    <message>
        <source>Officer %1, %2</source>
        <translation>افسر ⁨%1⁩، ⁨%2⁩</translation>
    </message>
    <message>
        <source>required</source>
        <translation>ضروری</translation>
    </message>
    <message>
        <source>not a date such as 2025-04-01</source>
        <translation>⁦2025-04-01⁩ جیسی تاریخ نہیں</translation>
    </message>
    <message>
        <source>before the since date</source>
        <translation>آغاز کی تاریخ سے پہلے</translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <translation>ای میل پتہ نہیں</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>ادارہ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ملک</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ریاست</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شہر</translation>
    </message>
    <message>
        <source>Expected days</source>
        <translation>متوقع دن</translation>
    </message>
    <message>
        <source>Current officer</source>
        <translation>موجودہ افسر</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>ڈیسک</translation>
    </message>
    <message>
        <source>Median
days</source>
        <translation>وسطانیہ
دن</translation>
    </message>
    <message>
        <source>Half the times the desk had a file, it held it longer than this</source>
        <translation>جتنی بار ڈیسک کے پاس فائل رہی، ان میں سے آدھی بار اس نے اسے اس سے زیادہ دیر رکھا</translation>
    </message>
    <message>
        <source>90th pct.
days</source>
        <translation>90واں پرسنٹائل
دن</translation>
    </message>
    <message>
        <source>90th percentile: one time in ten, the desk held a file longer than this</source>
        <translation>90واں پرسنٹائل: دس میں سے ایک بار ڈیسک نے فائل اس سے زیادہ دیر رکھی</translation>
    </message>
    <message>
        <source>Times
held</source>
        <translation>کتنی
بار رکھی</translation>
    </message>
    <message>
        <source>Times the desk had a file, finished or still open</source>
        <translation>جتنی بار ڈیسک کے پاس فائل رہی، مکمل یا ابھی کھلی</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>لوٹائی</translation>
    </message>
    <message>
        <source>Times it sent a file back with an objection</source>
        <translation>جتنی بار اس نے فائل اعتراض کے ساتھ لوٹائی</translation>
    </message>
    <message>
        <source>Came
back</source>
        <translation>واپس
آئی</translation>
    </message>
    <message>
        <source>Times a file came back to it after it had let the file go</source>
        <translation>جتنی بار فائل چھوڑنے کے بعد دوبارہ اس کے پاس آئی</translation>
    </message>
    <message>
        <source>Held
now</source>
        <translation>ابھی
پاس</translation>
    </message>
    <message>
        <source>Files it holds now</source>
        <translation>اس وقت اس کے پاس موجود فائلیں</translation>
    </message>
    <message>
        <source>Stalled
now</source>
        <translation>ابھی
رکی</translation>
    </message>
    <message>
        <source>Files it holds now for longer than its expected time</source>
        <translation>اس وقت اس کے پاس متوقع وقت سے زیادہ دیر سے موجود فائلیں</translation>
    </message>
    <message>
        <source>Filter by code, name, organisation, state, city or officer</source>
        <translation>کوڈ، نام، ادارہ، ریاست، شہر یا افسر سے چھانٹیں</translation>
    </message>
    <message>
        <source>Filter desks</source>
        <translation>ڈیسک چھانٹیں</translation>
    </message>
    <message>
        <source>&amp;Add desk…</source>
        <translation>ڈیسک شامل کریں (&amp;A)…</translation>
    </message>
    <message>
        <source>Add a ministry desk, embassy or office</source>
        <translation>وزارت کا ڈیسک، سفارت خانہ یا دفتر شامل کریں</translation>
    </message>
    <message>
        <source>Edi&amp;t desk…</source>
        <translation>ڈیسک میں ترمیم (&amp;T)…</translation>
    </message>
    <message>
        <source>Edit the selected desk and its officers</source>
        <translation>منتخب ڈیسک اور اس کے افسران میں ترمیم کریں</translation>
    </message>
    <message>
        <source>Desk directory</source>
        <translation>ڈیسکوں کی ڈائریکٹری</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>قومیت</translation>
    </message>
    <message>
        <source>Any nationality</source>
        <translation>کوئی بھی قومیت</translation>
    </message>
    <message>
        <source>Prison state</source>
        <translation>جیل کی ریاست</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>کوئی بھی ریاست</translation>
    </message>
    <message>
        <source>Holds begun &amp;from</source>
        <translation>رکھنے کا آغاز، سے (&amp;F)</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>تک (&amp;O)</translation>
    </message>
    <message>
        <source>How long desks hold files</source>
        <translation>ڈیسک فائلیں کتنی دیر رکھتے ہیں</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>وسطانیہ دن</translation>
    </message>
    <message>
        <source>90th percentile days</source>
        <translation>90واں پرسنٹائل دن</translation>
    </message>
    <message>
        <source>days held</source>
        <translation>رکھنے کے دن</translation>
    </message>
    <message>
        <source>Chart: which desks hold files longest</source>
        <translation>چارٹ: کون سے ڈیسک فائلیں سب سے زیادہ دیر رکھتے ہیں</translation>
    </message>
    <message>
        <source>No desk has held a file of this choice</source>
        <translation>اس انتخاب کی کوئی فائل کسی ڈیسک کے پاس نہیں رہی</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more desk(s) in the table</source>
        <translation>
            <numerusform>جدول میں مزید %Ln ڈیسک</numerusform>
            <numerusform>جدول میں مزید %Ln ڈیسک</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Nationality</source>
        <translation>قومیت (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Prison state</source>
        <translation>جیل کی ریاست (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>ڈائریکٹری (&amp;D)</translation>
    </message>
    <message>
        <source>How &amp;long desks hold files</source>
        <translation>ڈیسک فائلیں کتنی دیر رکھتے ہیں (&amp;L)</translation>
    </message>
    <message>
        <source>Loading the desks…</source>
        <translation>ڈیسک لوڈ ہو رہے ہیں…</translation>
    </message>
    <message>
        <source>Counting how long desks held files…</source>
        <translation>ڈیسکوں کے فائلیں رکھنے کا وقت گنا جا رہا ہے…</translation>
    </message>
    <message numerus="yes">
        <source>As of %1: %Ln desk(s) (has|have) held these files;</source>
        <translation>
            <numerusform>⁨%1⁩ تک: %Ln ڈیسک نے یہ فائلیں رکھیں؛</numerusform>
            <numerusform>⁨%1⁩ تک: %Ln ڈیسکوں نے یہ فائلیں رکھیں؛</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) (sits|sit) now past a desk&apos;s expected time.</source>
        <translation>
            <numerusform>%Ln فائل اس وقت ڈیسک کے متوقع وقت سے آگے رکی ہے۔</numerusform>
            <numerusform>%Ln فائلیں اس وقت ڈیسک کے متوقع وقت سے آگے رکی ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Days count from the day a desk got the file to the day it let it go (or to today).</source>
        <translation>دن اس دن سے گنے جاتے ہیں جب ڈیسک کو فائل ملی، اس دن تک جب اس نے اسے آگے بھیجا (یا آج تک)۔</translation>
    </message>
    <message numerus="yes">
        <source>%Ln desk(s)</source>
        <translation>
            <numerusform>%Ln ڈیسک</numerusform>
            <numerusform>%Ln ڈیسک</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln desk(s)</source>
        <translation>
            <numerusform>%Ln میں سے ⁨%1⁩ ڈیسک</numerusform>
            <numerusform>%Ln میں سے ⁨%1⁩ ڈیسک</numerusform>
        </translation>
    </message>
    <message>
        <source>Desk %1 saved</source>
        <translation>ڈیسک ⁨%1⁩ محفوظ ہو گیا</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Likely the same person</source>
        <translation>غالباً ایک ہی شخص</translation>
    </message>
    <message>
        <source>%1 looks like people already on file. Merge it into one of them, or keep both if they are different people.</source>
        <translation>⁨%1⁩ پہلے سے موجود فائلوں کے افراد سے ملتا جلتا ہے۔ اسے ان میں سے کسی ایک میں ضم کریں، یا اگر وہ مختلف افراد ہیں تو دونوں رکھیں۔</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>ریف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Native script</source>
        <translation>اپنے رسم الخط میں نام</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>جیل</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>قومیت</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>سالِ پیدائش</translation>
    </message>
    <message>
        <source>Why alike</source>
        <translation>مشابہت کی وجہ</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>ممکنہ ڈپلیکیٹ فائلیں</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>خانہ</translation>
    </message>
    <message>
        <source>On file</source>
        <translation>فائل میں موجود</translation>
    </message>
    <message>
        <source>This file (tick to keep)</source>
        <translation>یہ فائل (رکھنے کے لیے نشان لگائیں)</translation>
    </message>
    <message>
        <source>Values to keep</source>
        <translation>رکھی جانے والی قدریں</translation>
    </message>
    <message>
        <source>&amp;Keep both — different people</source>
        <translation>دونوں رکھیں — مختلف افراد (&amp;K)</translation>
    </message>
    <message>
        <source>%1 on file and this file differ in these fields:</source>
        <translation>فائل میں موجود ⁨%1⁩ اور یہ فائل ان خانوں میں مختلف ہیں:</translation>
    </message>
    <message>
        <source>&amp;Merge into %1</source>
        <translation>⁨%1⁩ میں ضم کریں (&amp;M)</translation>
    </message>
</context>
<context>
    <name>ExportCalendarDialog</name>
    <message>
        <source>Export to a calendar</source>
        <translation>کیلنڈر میں ایکسپورٹ</translation>
    </message>
    <message>
        <source>Put the prisoners&apos; &amp;names in the calendar</source>
        <translation>قیدیوں کے نام کیلنڈر میں ڈالیں (&amp;N)</translation>
    </message>
    <message>
        <source>Calendars are often synced to phones and cloud services. Without names, each event shows only the file ref and the desk, which mean nothing to anyone outside the clinic.</source>
        <translation>کیلنڈر اکثر فونز اور کلاؤڈ سروسز سے ہم آہنگ ہوتے ہیں۔ ناموں کے بغیر ہر ایونٹ میں صرف فائل ریف اور ڈیسک دکھتے ہیں، جن کا کلینک سے باہر کسی کے لیے کوئی مطلب نہیں۔</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>فائل چنیں (&amp;C)…</translation>
    </message>
</context>
<context>
    <name>ExportReport</name>
    <message numerus="yes">
        <source>%Ln file(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln فائل ⁨%1⁩ میں ایکسپورٹ ہوئی۔</numerusform>
            <numerusform>%Ln فائلیں ⁨%1⁩ میں ایکسپورٹ ہوئیں۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>سرگرمی</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>ڈیسک</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>جواب</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>اگلا قدم</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>ذریعہ</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>جواب کی آخری تاریخ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>منجانب</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>فالو اپ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>دہرائیں</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>تک مؤخر</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>بند ہونے کی تاریخ</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>سرگرمیاں</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>فالو اپ</translation>
    </message>
    <message>
        <source>Delete activi&amp;ty…</source>
        <translation>سرگرمی حذف کریں (&amp;T)…</translation>
    </message>
    <message>
        <source>Delete the chosen activity, logged by mistake</source>
        <translation>غلطی سے درج کی گئی منتخب سرگرمی حذف کریں</translation>
    </message>
    <message>
        <source>Activity date</source>
        <translation>سرگرمی کی تاریخ</translation>
    </message>
    <message>
        <source>The desk &amp;replied (stops the weekly follow-up with it)</source>
        <translation>ڈیسک نے جواب دیا (&amp;R) (اس کے ساتھ ہفتہ وار فالو اپ رک جاتا ہے)</translation>
    </message>
    <message>
        <source>(not an escalation)</source>
        <translation>(معاملہ اوپر لے جانا نہیں)</translation>
    </message>
    <message>
        <source>&amp;Log activity</source>
        <translation>سرگرمی درج کریں (&amp;L)</translation>
    </message>
    <message>
        <source>Log a call, letter, visit or other activity on this file</source>
        <translation>اس فائل پر کال، خط، ملاقات یا کوئی اور سرگرمی درج کریں</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>فالو اپ کی تاریخ</translation>
    </message>
    <message>
        <source>Follow-up desk</source>
        <translation>فالو اپ کا ڈیسک</translation>
    </message>
    <message>
        <source>What to follow up</source>
        <translation>کس بات کا فالو اپ</translation>
    </message>
    <message>
        <source>e.g. ask the embassy for the travel permit</source>
        <translation>مثلاً سفارت خانے سے سفری اجازت نامہ مانگنا</translation>
    </message>
    <message>
        <source>once</source>
        <translation>ایک بار</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>ہر ہفتے</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>ہر دو ہفتے</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>ہر مہینے</translation>
    </message>
    <message>
        <source>Set &amp;follow-up</source>
        <translation>فالو اپ رکھیں (&amp;F)</translation>
    </message>
    <message>
        <source>Put a follow-up of this file on the agenda, once or repeating</source>
        <translation>اس فائل کا فالو اپ ایجنڈے پر رکھیں، ایک بار یا بار بار</translation>
    </message>
    <message>
        <source>Set a follow-up</source>
        <translation>فالو اپ رکھیں</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>تاریخ (&amp;O)</translation>
    </message>
    <message>
        <source>With des&amp;k</source>
        <translation>ڈیسک کے ساتھ (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>کیا (&amp;W)</translation>
    </message>
    <message>
        <source>Re&amp;peats</source>
        <translation>دہرائیں (&amp;P)</translation>
    </message>
    <message>
        <source>Log an activity</source>
        <translation>سرگرمی درج کریں</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation>سرگرمی (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>تاریخ (&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;esk</source>
        <translation>ڈیسک (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>نتیجہ (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>اگلا قدم (&amp;N)</translation>
    </message>
    <message>
        <source>Lever &amp;used</source>
        <translation>استعمال شدہ ذریعہ (&amp;U)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Activities&lt;/b&gt;</source>
        <translation>&lt;b&gt;سرگرمیاں&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Follow-ups set on this file&lt;/b&gt;</source>
        <translation>&lt;b&gt;اس فائل پر رکھے گئے فالو اپ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>سرگرمی حذف کریں</translation>
    </message>
    <message>
        <source>the %1%2 of %3</source>
        <translation>⁨%3⁩ کی ⁨%1⁩⁨%2⁩</translation>
    </message>
    <message>
        <source>date not known</source>
        <translation>تاریخ معلوم نہیں</translation>
    </message>
    <message>
        <source>taken %1</source>
        <translation>⁨%1⁩ کو لی گئی</translation>
    </message>
    <message>
        <source>court order</source>
        <translation>عدالتی حکم</translation>
    </message>
    <message>
        <source>travel document</source>
        <translation>سفری دستاویز</translation>
    </message>
    <message>
        <source>passport copy</source>
        <translation>پاسپورٹ کی نقل</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>خط</translation>
    </message>
    <message>
        <source>other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>مؤرخہ</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>فائل کا نام</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>سائز</translation>
    </message>
    <message>
        <source>Save the new file first: photos and documents attach to a saved file.</source>
        <translation>پہلے نئی فائل محفوظ کریں: تصاویر اور دستاویزات محفوظ فائل سے ہی منسلک ہوتی ہیں۔</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>تصاویر</translation>
    </message>
    <message>
        <source>Photo taken on</source>
        <translation>تصویر لینے کی تاریخ</translation>
    </message>
    <message>
        <source>Add p&amp;hoto…</source>
        <translation>تصویر شامل کریں (&amp;H)…</translation>
    </message>
    <message>
        <source>Attach a PNG or JPEG photo, with the date it was taken</source>
        <translation>PNG یا JPEG تصویر، لینے کی تاریخ کے ساتھ منسلک کریں</translation>
    </message>
    <message>
        <source>Save photo &amp;as…</source>
        <translation>تصویر بطور محفوظ کریں (&amp;A)…</translation>
    </message>
    <message>
        <source>Save a copy of the selected photo</source>
        <translation>منتخب تصویر کی نقل محفوظ کریں</translation>
    </message>
    <message>
        <source>No photo yet: add one with Add photo…. An embassy recognises its national by the face when the prison wrote the name wrongly.</source>
        <translation>ابھی کوئی تصویر نہیں: تصویر شامل کریں… سے ایک شامل کریں۔ جب جیل نے نام غلط لکھا ہو تو سفارت خانہ اپنے شہری کو چہرے سے پہچانتا ہے۔</translation>
    </message>
    <message>
        <source>No document yet: add the court order, the release order, a passport copy or a letter with Add document…; they are printed after the fact sheet.</source>
        <translation>ابھی کوئی دستاویز نہیں: عدالتی حکم، رہائی کا حکم، پاسپورٹ کی نقل یا خط دستاویز شامل کریں… سے شامل کریں؛ یہ فیکٹ شیٹ کے بعد چھپتے ہیں۔</translation>
    </message>
    <message>
        <source>&amp;Taken on</source>
        <translation>لینے کی تاریخ (&amp;T)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>دستاویزات</translation>
    </message>
    <message>
        <source>Document kind</source>
        <translation>دستاویز کی قسم</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>دستاویز کا عنوان</translation>
    </message>
    <message>
        <source>Document dated</source>
        <translation>دستاویز کی تاریخ</translation>
    </message>
    <message>
        <source>Add &amp;document…</source>
        <translation>دستاویز شامل کریں (&amp;D)…</translation>
    </message>
    <message>
        <source>Attach a PDF, PNG or JPEG document</source>
        <translation>PDF، PNG یا JPEG دستاویز منسلک کریں</translation>
    </message>
    <message>
        <source>Sa&amp;ve document as…</source>
        <translation>دستاویز بطور محفوظ کریں (&amp;V)…</translation>
    </message>
    <message>
        <source>Save a copy of the selected document</source>
        <translation>منتخب دستاویز کی نقل محفوظ کریں</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>قسم (&amp;K)</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>عنوان (&amp;I)</translation>
    </message>
    <message>
        <source>Dat&amp;ed</source>
        <translation>تاریخ (&amp;E)</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>تصویر شامل کریں</translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg)</source>
        <translation>تصاویر (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>دستاویز شامل کریں</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>دستاویزات (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>تاریخ: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Choose a photo first.</source>
        <translation>پہلے ایک تصویر چنیں۔</translation>
    </message>
    <message>
        <source>Choose a document first.</source>
        <translation>پہلے ایک دستاویز چنیں۔</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>نقل محفوظ کریں</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>نقل و حرکت</translation>
    </message>
    <message>
        <source>Letter ref</source>
        <translation>خط کا ریف</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>بذریعہ</translation>
    </message>
    <message>
        <source>Note or objection</source>
        <translation>نوٹ یا اعتراض</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>نقل و حرکت</translation>
    </message>
    <message>
        <source>Delete movemen&amp;t…</source>
        <translation>نقل و حرکت حذف کریں (&amp;T)…</translation>
    </message>
    <message>
        <source>Delete the chosen movement, recorded by mistake</source>
        <translation>غلطی سے درج کی گئی منتخب نقل و حرکت حذف کریں</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>درست کریں (&amp;R)…</translation>
    </message>
    <message>
        <source>Put the chosen movement in the form to record it again as it should have been</source>
        <translation>منتخب نقل و حرکت کو فارم میں ڈالیں تاکہ اسے دوبارہ ویسے درج کریں جیسے ہونا چاہیے تھا</translation>
    </message>
    <message>
        <source>Movement date</source>
        <translation>نقل و حرکت کی تاریخ</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <source>Forwarded from</source>
        <translation>کی طرف سے بھیجی گئی</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>for a return: the objection</source>
        <translation>واپسی کے لیے: اعتراض</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>رکاوٹ</translation>
    </message>
    <message>
        <source>Record &amp;movement</source>
        <translation>نقل و حرکت درج کریں (&amp;M)</translation>
    </message>
    <message>
        <source>Record that the file went to, came back from or was cleared by a desk</source>
        <translation>درج کریں کہ فائل کسی ڈیسک کو گئی، وہاں سے واپس آئی یا اس نے منظور کر دی</translation>
    </message>
    <message>
        <source>Record a movement</source>
        <translation>نقل و حرکت درج کریں</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>کیا ہوا (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Forwarded from</source>
        <translation>کی طرف سے بھیجی گئی (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Letter ref</source>
        <translation>خط کا ریف (&amp;L)</translation>
    </message>
    <message>
        <source>Vi&amp;a</source>
        <translation>بذریعہ (&amp;A)</translation>
    </message>
    <message>
        <source>O&amp;bstacle</source>
        <translation>رکاوٹ (&amp;B)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>نوٹ (&amp;O)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>اب</translation>
    </message>
    <message>
        <source>Record the co&amp;rrection</source>
        <translation>درستی درج کریں (&amp;R)</translation>
    </message>
    <message>
        <source>Correct: %1</source>
        <translation>درست کریں: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Delete movement</source>
        <translation>نقل و حرکت حذف کریں</translation>
    </message>
    <message>
        <source>the movement “%1”</source>
        <translation>نقل و حرکت “⁨%1⁩”</translation>
    </message>
    <message>
        <source>Proposed: the next desk on the file&apos;s route</source>
        <translation>تجویز: فائل کے راستے کا اگلا ڈیسک</translation>
    </message>
    <message>
        <source>The route proposes no desk for this file: choose the one it went to</source>
        <translation>راستہ اس فائل کے لیے کوئی ڈیسک تجویز نہیں کرتا: وہ ڈیسک چنیں جہاں فائل گئی</translation>
    </message>
    <message>
        <source>&lt;b&gt;Holding it now:&lt;/b&gt;</source>
        <translation>&lt;b&gt;اس وقت کس کے پاس:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;No desk holds it now.&lt;/b&gt;</source>
        <translation>&lt;b&gt;اس وقت کسی ڈیسک کے پاس نہیں۔&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;No repatriation step recorded yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;وطن واپسی کا کوئی مرحلہ ابھی درج نہیں۔&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No route applies to this file.</source>
        <translation>اس فائل پر کوئی راستہ لاگو نہیں ہوتا۔</translation>
    </message>
    <message>
        <source>&lt;b&gt;Route:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;راستہ:&lt;/b&gt; ⁨%1⁩</translation>
    </message>
    <message>
        <source>In progress: %1</source>
        <translation>جاری: ⁨%1⁩</translation>
    </message>
    <message>
        <source>no desk in the directory</source>
        <translation>ڈائریکٹری میں کوئی ڈیسک نہیں</translation>
    </message>
    <message>
        <source>Send next: %1 (%2)</source>
        <translation>اگلا بھیجیں: ⁨%1⁩ (⁨%2⁩)</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>پھر: ⁨%1⁩</translation>
    </message>
    <message>
        <source>&lt;i&gt;%1:&lt;/i&gt; %2</source>
        <translation>&lt;i&gt;⁨%1⁩:&lt;/i&gt; ⁨%2⁩</translation>
    </message>
    <message>
        <source>desk: (empty): choose the desk the file went to</source>
        <translation>ڈیسک: (خالی): وہ ڈیسک چنیں جہاں فائل گئی</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>رشتہ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>اپنے رسم الخط میں نام</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Traced on</source>
        <translation>سراغ ملنے کی تاریخ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>contact %1, traced on: not a date (YYYY-MM-DD)</source>
        <translation>رابطہ ⁨%1⁩، سراغ ملنے کی تاریخ: تاریخ نہیں (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Save the file&apos;s fields (Ctrl+S)</source>
        <translation>فائل کے خانے محفوظ کریں (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>فائل محفوظ کریں</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>تاریخِ رہائی</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flags&lt;/b&gt; (as saved)</source>
        <translation>&lt;b&gt;فلیگ&lt;/b&gt; (جیسے محفوظ ہوئے)</translation>
    </message>
    <message>
        <source>&amp;1 Person</source>
        <translation>شخص (&amp;1)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>&amp;2 Nationality</source>
        <translation>قومیت (&amp;2)</translation>
    </message>
    <message>
        <source>Nationality and documents</source>
        <translation>قومیت اور دستاویزات</translation>
    </message>
    <message>
        <source>&amp;3 Custody</source>
        <translation>حراست (&amp;3)</translation>
    </message>
    <message>
        <source>Custody and sentence</source>
        <translation>حراست اور سزا</translation>
    </message>
    <message>
        <source>&amp;4 Risk</source>
        <translation>خطرہ (&amp;4)</translation>
    </message>
    <message>
        <source>Category and risk</source>
        <translation>زمرہ اور خطرہ</translation>
    </message>
    <message>
        <source>&amp;5 Family</source>
        <translation>خاندان (&amp;5)</translation>
    </message>
    <message>
        <source>Family contacts</source>
        <translation>خاندانی رابطے</translation>
    </message>
    <message>
        <source>&amp;6 Desk chain</source>
        <translation>ڈیسک سلسلہ (&amp;6)</translation>
    </message>
    <message>
        <source>Desk chain and movements</source>
        <translation>ڈیسک سلسلہ اور نقل و حرکت</translation>
    </message>
    <message>
        <source>&amp;7 Activities</source>
        <translation>سرگرمیاں (&amp;7)</translation>
    </message>
    <message>
        <source>Activities and follow-ups</source>
        <translation>سرگرمیاں اور فالو اپ</translation>
    </message>
    <message>
        <source>&amp;8 Photos</source>
        <translation>تصاویر (&amp;8)</translation>
    </message>
    <message>
        <source>Photos and documents</source>
        <translation>تصاویر اور دستاویزات</translation>
    </message>
    <message>
        <source>&amp;9 Notes</source>
        <translation>نوٹس (&amp;9)</translation>
    </message>
    <message>
        <source>Referral and notes</source>
        <translation>حوالہ اور نوٹس</translation>
    </message>
    <message>
        <source>&amp;0 Orders</source>
        <translation>احکامات (&amp;0)</translation>
    </message>
    <message>
        <source>Orders of courts and commissions, RTI, travel documents</source>
        <translation>عدالتوں اور کمیشنوں کے احکامات، RTI، سفری دستاویزات</translation>
    </message>
    <message>
        <source>already used by another file</source>
        <translation>کسی اور فائل میں پہلے سے استعمال</translation>
    </message>
    <message>
        <source>The file was not saved</source>
        <translation>فائل محفوظ نہیں ہوئی</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>محفوظ ہوئی ⁨%1⁩</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>غیر محفوظ تبدیلیاں</translation>
    </message>
    <message>
        <source>The file %1 has changes that are not saved. Save them?</source>
        <translation>فائل ⁨%1⁩ میں ایسی تبدیلیاں ہیں جو محفوظ نہیں ہوئیں۔ محفوظ کریں؟</translation>
    </message>
    <message>
        <source>No file open</source>
        <translation>کوئی فائل کھلی نہیں</translation>
    </message>
    <message>
        <source>No flags raised.</source>
        <translation>کوئی فلیگ نہیں۔</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(ابھی نام نہیں)</translation>
    </message>
    <message>
        <source>Fix the problems shown in red first</source>
        <translation>پہلے سرخ میں دکھائے گئے مسائل درست کریں</translation>
    </message>
    <message>
        <source>New file, not saved yet</source>
        <translation>نئی فائل، ابھی محفوظ نہیں</translation>
    </message>
    <message>
        <source>Unsaved changes; the file was changed elsewhere</source>
        <translation>غیر محفوظ تبدیلیاں؛ فائل کہیں اور تبدیل ہوئی</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>محفوظ</translation>
    </message>
    <message numerus="yes">
        <source>To fix before saving (%Ln): </source>
        <translation>
            <numerusform>محفوظ کرنے سے پہلے درست کریں (%Ln): </numerusform>
            <numerusform>محفوظ کرنے سے پہلے درست کریں (%Ln): </numerusform>
        </translation>
    </message>
    <message>
        <source>Release due: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>رہائی واجب: &lt;b&gt;⁨%1⁩&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Release due: none yet (under trial, no conviction recorded)</source>
        <translation>رہائی واجب: ابھی نہیں (زیرِ سماعت، کوئی سزا یابی درج نہیں)</translation>
    </message>
    <message>
        <source>Release due: cannot be worked out (see the problems)</source>
        <translation>رہائی واجب: حساب نہیں ہو سکا (مسائل دیکھیں)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:%1&quot;&gt;Held %Ln day(s) past release&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;رہائی کے بعد %Ln دن سے قید&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;رہائی کے بعد %Ln دن سے قید&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Not held past release</source>
        <translation>رہائی کے بعد قید نہیں</translation>
    </message>
    <message>
        <source>Enter the conviction date and sentence to work out the release date.</source>
        <translation>تاریخِ رہائی کے حساب کے لیے سزا یابی کی تاریخ اور سزا درج کریں۔</translation>
    </message>
    <message>
        <source>Not saved: fix the problems shown in red</source>
        <translation>محفوظ نہیں ہوئی: سرخ میں دکھائے گئے مسائل درست کریں</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>محفوظ نہیں ہوئی</translation>
    </message>
    <message>
        <source>The files were not merged</source>
        <translation>فائلیں ضم نہیں ہوئیں</translation>
    </message>
    <message>
        <source>Merged %1 into %2</source>
        <translation>⁨%1⁩ کو ⁨%2⁩ میں ضم کر دیا گیا</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>کسی اور نے محفوظ کی</translation>
    </message>
    <message>
        <source>Someone else saved this file after you opened it, so your changes were not saved (%1).

Reload their version (your changes are lost), or keep your changes on screen to copy what you need before reloading?</source>
        <translation>آپ کے کھولنے کے بعد کسی اور نے یہ فائل محفوظ کی، اس لیے آپ کی تبدیلیاں محفوظ نہیں ہوئیں (⁨%1⁩)۔

ان کا ورژن دوبارہ لوڈ کریں (آپ کی تبدیلیاں ضائع ہوں گی)، یا دوبارہ لوڈ کرنے سے پہلے ضروری چیزیں نقل کرنے کے لیے اپنی تبدیلیاں اسکرین پر رکھیں؟</translation>
    </message>
    <message>
        <source>&amp;Reload their version</source>
        <translation>ان کا ورژن دوبارہ لوڈ کریں (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep my changes</source>
        <translation>میری تبدیلیاں رکھیں (&amp;K)</translation>
    </message>
    <message>
        <source>The file %1 was deleted</source>
        <translation>فائل ⁨%1⁩ حذف ہو گئی</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>ریف</translation>
    </message>
    <message>
        <source>Name as recorded</source>
        <translation>ریکارڈ میں درج نام</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>دیگر نام</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>والد کا نام</translation>
    </message>
    <message>
        <source>Mother&apos;s name</source>
        <translation>والدہ کا نام</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاریخِ پیدائش</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>اندازاً عمر</translation>
    </message>
    <message>
        <source>Age estimated on</source>
        <translation>عمر کے اندازے کی تاریخ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>زبانیں</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>نسل</translation>
    </message>
    <message>
        <source>Home address (as recorded)</source>
        <translation>گھر کا پتہ (جیسے درج ہے)</translation>
    </message>
    <message>
        <source>Home address (own script)</source>
        <translation>گھر کا پتہ (اپنے رسم الخط میں)</translation>
    </message>
    <message>
        <source>Claimed nationality</source>
        <translation>دعویٰ کردہ قومیت</translation>
    </message>
    <message>
        <source>Nationality per court</source>
        <translation>عدالت کے مطابق قومیت</translation>
    </message>
    <message>
        <source>Verified nationality</source>
        <translation>تصدیق شدہ قومیت</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>تصدیق کی تاریخ</translation>
    </message>
    <message>
        <source>Possible misidentification</source>
        <translation>ممکنہ غلط شناخت</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>پاسپورٹ نمبر</translation>
    </message>
    <message>
        <source>Passport book number</source>
        <translation>پاسپورٹ بک نمبر</translation>
    </message>
    <message>
        <source>Passport country</source>
        <translation>پاسپورٹ کا ملک</translation>
    </message>
    <message>
        <source>Passport held by</source>
        <translation>پاسپورٹ کس کے پاس</translation>
    </message>
    <message>
        <source>Copy on file</source>
        <translation>نقل فائل میں</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>جیل</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ریاست</translation>
    </message>
    <message>
        <source>Prisoner number</source>
        <translation>قیدی نمبر</translation>
    </message>
    <message>
        <source>Arrest date</source>
        <translation>گرفتاری کی تاریخ</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>الزام</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>عدالت</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>مقدمہ نمبر</translation>
    </message>
    <message>
        <source>Conviction date</source>
        <translation>سزا یابی کی تاریخ</translation>
    </message>
    <message>
        <source>Sentence years</source>
        <translation>سزا سال</translation>
    </message>
    <message>
        <source>Sentence months</source>
        <translation>سزا مہینے</translation>
    </message>
    <message>
        <source>Sentence days</source>
        <translation>سزا دن</translation>
    </message>
    <message>
        <source>Set-off days</source>
        <translation>سیٹ آف دن</translation>
    </message>
    <message>
        <source>Remission days</source>
        <translation>معافی کے دن</translation>
    </message>
    <message>
        <source>Fine default days</source>
        <translation>عدم ادائیگیِ جرمانہ کے دن</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>رہائی کی تاریخ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Sentence final</source>
        <translation>سزا حتمی</translation>
    </message>
    <message>
        <source>Consent to transfer</source>
        <translation>منتقلی پر رضامندی</translation>
    </message>
    <message>
        <source>Consular access on</source>
        <translation>قونصلر رسائی کی تاریخ</translation>
    </message>
    <message>
        <source>Consular access by</source>
        <translation>قونصلر رسائی دینے والا</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>کمزوری</translation>
    </message>
    <message>
        <source>UNHCR registration</source>
        <translation>UNHCR رجسٹریشن</translation>
    </message>
    <message>
        <source>At risk if returned</source>
        <translation>واپسی پر خطرہ</translation>
    </message>
    <message>
        <source>Risk note</source>
        <translation>خطرے کا نوٹ</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>حوالے کا ذریعہ</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>شناخت</translation>
    </message>
    <message>
        <source>&amp;Ref</source>
        <translation>ریف (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Name as recorded</source>
        <translation>ریکارڈ میں درج نام (&amp;N)</translation>
    </message>
    <message>
        <source>Name in o&amp;wn script</source>
        <translation>اپنے رسم الخط میں نام (&amp;W)</translation>
    </message>
    <message>
        <source>As the prisoner writes it, e.g. in Bengali or Burmese script</source>
        <translation>جیسے قیدی خود لکھتا ہے، مثلاً بنگالی یا برمی رسم الخط میں</translation>
    </message>
    <message>
        <source>separate aliases with ;</source>
        <translation>دیگر نام ; سے الگ کریں</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>دیگر نام (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Father&apos;s name</source>
        <translation>والد کا نام (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Mother&apos;s name</source>
        <translation>والدہ کا نام (&amp;M)</translation>
    </message>
    <message>
        <source>male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <source>female</source>
        <translation>عورت</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>جنس (&amp;X)</translation>
    </message>
    <message>
        <source>Age, languages and origin</source>
        <translation>عمر، زبانیں اور آبائی علاقہ</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>تاریخِ پیدائش (&amp;B)</translation>
    </message>
    <message>
        <source>Only when no birth date is known</source>
        <translation>صرف جب تاریخِ پیدائش معلوم نہ ہو</translation>
    </message>
    <message>
        <source>codes or names, separated by commas, e.g. bn, my</source>
        <translation>کوڈ یا نام، کوما سے الگ، مثلاً bn, my</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>زبانیں (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Ethnicity</source>
        <translation>نسل (&amp;E)</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>قومیت</translation>
    </message>
    <message>
        <source>&amp;Claimed nationality</source>
        <translation>دعویٰ کردہ قومیت (&amp;C)</translation>
    </message>
    <message>
        <source>Nationality per co&amp;urt</source>
        <translation>عدالت کے مطابق قومیت (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Verified nationality</source>
        <translation>تصدیق شدہ قومیت (&amp;V)</translation>
    </message>
    <message>
        <source>Verified &amp;on</source>
        <translation>تصدیق کی تاریخ (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Possible misidentification (e.g. Rohingya recorded as Bangladeshi)</source>
        <translation>ممکنہ غلط شناخت (&amp;P) (مثلاً روہنگیا کو بنگلہ دیشی درج کیا گیا)</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>پاسپورٹ</translation>
    </message>
    <message>
        <source>Passport &amp;number</source>
        <translation>پاسپورٹ نمبر (&amp;N)</translation>
    </message>
    <message>
        <source>The number embassies trace, printed on the data page</source>
        <translation>وہ نمبر جس سے سفارت خانے سراغ لگاتے ہیں، ڈیٹا صفحے پر چھپا</translation>
    </message>
    <message>
        <source>Passport &amp;book number</source>
        <translation>پاسپورٹ بک نمبر (&amp;B)</translation>
    </message>
    <message>
        <source>The booklet&apos;s serial number, which courts often write down; embassies cannot trace it</source>
        <translation>کتابچے کا سیریل نمبر، جو عدالتیں اکثر لکھتی ہیں؛ سفارت خانے اس سے سراغ نہیں لگا سکتے</translation>
    </message>
    <message>
        <source>Passport coun&amp;try</source>
        <translation>پاسپورٹ کا ملک (&amp;T)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>معلوم نہیں</translation>
    </message>
    <message>
        <source>A cop&amp;y is on file</source>
        <translation>نقل فائل میں ہے (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Prison</source>
        <translation>جیل (&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;tate</source>
        <translation>ریاست (&amp;T)</translation>
    </message>
    <message>
        <source>Prisoner &amp;number</source>
        <translation>قیدی نمبر (&amp;N)</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>حیثیت (&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;leased on</source>
        <translation>رہائی کی تاریخ (&amp;L)</translation>
    </message>
    <message>
        <source>Case and sentence</source>
        <translation>مقدمہ اور سزا</translation>
    </message>
    <message>
        <source>&amp;Arrest date</source>
        <translation>گرفتاری کی تاریخ (&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;harge</source>
        <translation>الزام (&amp;H)</translation>
    </message>
    <message>
        <source>Cou&amp;rt</source>
        <translation>عدالت (&amp;R)</translation>
    </message>
    <message>
        <source>Cas&amp;e number</source>
        <translation>مقدمہ نمبر (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Conviction date</source>
        <translation>سزا یابی کی تاریخ (&amp;C)</translation>
    </message>
    <message>
        <source>Set-o&amp;ff days</source>
        <translation>سیٹ آف دن (&amp;F)</translation>
    </message>
    <message>
        <source>Re&amp;mission days</source>
        <translation>معافی کے دن (&amp;M)</translation>
    </message>
    <message>
        <source>F&amp;ine default days</source>
        <translation>عدم ادائیگیِ جرمانہ کے دن (&amp;I)</translation>
    </message>
    <message>
        <source>Transfer of sentence</source>
        <translation>سزا کی منتقلی</translation>
    </message>
    <message>
        <source>yes, no appeal pending</source>
        <translation>ہاں، کوئی اپیل زیرِ التوا نہیں</translation>
    </message>
    <message>
        <source>no, an appeal is pending</source>
        <translation>نہیں، اپیل زیرِ التوا ہے</translation>
    </message>
    <message>
        <source>A transfer of sentenced persons needs a final sentence (no appeal pending)</source>
        <translation>سزا یافتہ افراد کی منتقلی کے لیے حتمی سزا ضروری ہے (کوئی اپیل زیرِ التوا نہ ہو)</translation>
    </message>
    <message>
        <source>The prisoner&apos;s answer to serving the rest of the sentence in their home country</source>
        <translation>باقی سزا اپنے ملک میں کاٹنے کے بارے میں قیدی کا جواب</translation>
    </message>
    <message>
        <source>Consular access</source>
        <translation>قونصلر رسائی</translation>
    </message>
    <message>
        <source>First consular access &amp;on</source>
        <translation>پہلی قونصلر رسائی کی تاریخ (&amp;O)</translation>
    </message>
    <message>
        <source>years</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>months</source>
        <translation>مہینے</translation>
    </message>
    <message>
        <source>days</source>
        <translation>دن</translation>
    </message>
    <message>
        <source>&amp;Sentence</source>
        <translation>سزا (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>زمرہ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Vulnerability</source>
        <translation>کمزوری (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;UNHCR registration</source>
        <translation>UNHCR رجسٹریشن (&amp;U)</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>غیر فیصلہ شدہ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>At &amp;risk if returned</source>
        <translation>واپسی پر خطرہ (&amp;R)</translation>
    </message>
    <message>
        <source>Risk &amp;note</source>
        <translation>خطرے کا نوٹ (&amp;N)</translation>
    </message>
    <message>
        <source>Relatives and how to reach them. Double-click a cell, or press F2, to edit it.</source>
        <translation>رشتہ دار اور ان سے رابطے کا طریقہ۔ ترمیم کے لیے خانے پر ڈبل کلک کریں یا F2 دبائیں۔</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>رابطہ شامل کریں (&amp;A)</translation>
    </message>
    <message>
        <source>Add a family contact</source>
        <translation>خاندانی رابطہ شامل کریں</translation>
    </message>
    <message>
        <source>&amp;Remove contact</source>
        <translation>رابطہ ہٹائیں (&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected family contact</source>
        <translation>منتخب خاندانی رابطہ ہٹائیں</translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation>حوالہ دینے والا (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>نوٹس (&amp;N)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>A date as year-month-day, e.g. 2024-03-14; empty if not known</source>
        <translation>سال-مہینہ-دن کی صورت میں تاریخ، مثلاً ⁦2024-03-14⁩؛ معلوم نہ ہو تو خالی</translation>
    </message>
    <message>
        <source>not a date: write it as YYYY-MM-DD</source>
        <translation>تاریخ نہیں: اسے YYYY-MM-DD کی صورت میں لکھیں</translation>
    </message>
    <message>
        <source>code or name, e.g. BD or Bangladesh</source>
        <translation>کوڈ یا نام، مثلاً BD یا Bangladesh</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>اندازہ نہیں لگایا</translation>
    </message>
    <message>
        <source>Type a code, name or country</source>
        <translation>کوڈ، نام یا ملک لکھیں</translation>
    </message>
    <message>
        <source>(no desk)</source>
        <translation>(کوئی ڈیسک نہیں)</translation>
    </message>
    <message>
        <source>Save the new file first: movements and activities need a saved file.</source>
        <translation>پہلے نئی فائل محفوظ کریں: نقل و حرکت اور سرگرمیوں کے لیے محفوظ فائل ضروری ہے۔</translation>
    </message>
    <message>
        <source>Delete %1? It was recorded by mistake; a correction on the file keeps what it said.</source>
        <translation>⁨%1⁩ حذف کریں؟ یہ غلطی سے درج ہوا تھا؛ فائل پر درستی میں اس کا متن محفوظ رہتا ہے۔</translation>
    </message>
    <message>
        <source>required: a date as YYYY-MM-DD</source>
        <translation>ضروری: YYYY-MM-DD کی صورت میں تاریخ</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Filter by name (in any script), ref or passport number</source>
        <translation>نام (کسی بھی رسم الخط میں)، ریف یا پاسپورٹ نمبر سے چھانٹیں</translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>فائلیں چھانٹیں</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>قومیت</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>جیل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>کوئی بھی حیثیت</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>فلیگ</translation>
    </message>
    <message>
        <source>Any flag</source>
        <translation>کوئی بھی فلیگ</translation>
    </message>
    <message>
        <source>What the flag badges mean</source>
        <translation>فلیگ کے نشانات کا مطلب</translation>
    </message>
    <message>
        <source>Flag badges</source>
        <translation>فلیگ کے نشانات</translation>
    </message>
    <message>
        <source>Show released and repatriated</source>
        <translation>رہا اور وطن واپس بھیجے گئے بھی دکھائیں</translation>
    </message>
    <message>
        <source>Also show the files of people no longer held: released, repatriated, deported, transferred or deceased</source>
        <translation>ان لوگوں کی فائلیں بھی دکھائیں جو اب قید نہیں: رہا، وطن واپس، ملک بدر، منتقل یا فوت شدہ</translation>
    </message>
    <message>
        <source>Loading files…</source>
        <translation>فائلیں لوڈ ہو رہی ہیں…</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln file(s) held longest past release; loading all files…</source>
        <translation>
            <numerusform>رہائی کے بعد سب سے زیادہ دیر قید %Ln فائل؛ تمام فائلیں لوڈ ہو رہی ہیں…</numerusform>
            <numerusform>رہائی کے بعد سب سے زیادہ دیر قید %Ln فائلیں؛ تمام فائلیں لوڈ ہو رہی ہیں…</numerusform>
        </translation>
    </message>
    <message>
        <source>Any nationality</source>
        <translation>کوئی بھی قومیت</translation>
    </message>
    <message>
        <source>Any prison</source>
        <translation>کوئی بھی جیل</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln فائل</numerusform>
            <numerusform>%Ln فائلیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln file(s)</source>
        <translation>
            <numerusform>%Ln میں سے ⁨%1⁩ فائل</numerusform>
            <numerusform>%Ln میں سے ⁨%1⁩ فائلیں</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Repatriate guide</source>
        <translation>Repatriate رہنمائی</translation>
    </message>
</context>
<context>
    <name>Histogram</name>
    <message>
        <source>No data</source>
        <translation>کوئی ڈیٹا نہیں</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Dates are written &amp;day first (31/12/2024)</source>
        <translation>تاریخیں دن پہلے لکھی ہیں (&amp;D) (31/12/2024)</translation>
    </message>
    <message>
        <source>(or tick “%1”)</source>
        <translation>(یا “⁨%1⁩” پر نشان لگائیں)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>قطار</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>مسائل</translation>
    </message>
    <message>
        <source>Import prisoner files from CSV</source>
        <translation>CSV سے قیدیوں کی فائلیں امپورٹ کریں</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV فائل</translation>
    </message>
    <message>
        <source>The CSV file to import</source>
        <translation>امپورٹ کرنے کے لیے CSV فائل</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>CSV فائل (&amp;F):</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>چنیں (&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the CSV file to import</source>
        <translation>امپورٹ کرنے کے لیے CSV فائل چنیں</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>دوبارہ جانچیں (&amp;A)</translation>
    </message>
    <message>
        <source>Read the file again, after correcting it</source>
        <translation>درستی کے بعد فائل دوبارہ پڑھیں</translation>
    </message>
    <message>
        <source>Without this, dates must be written as the year first: 2024-12-31</source>
        <translation>اس کے بغیر تاریخیں سال پہلے لکھنی ہوں گی: ⁦2024-12-31⁩</translation>
    </message>
    <message>
        <source>Choose a CSV file: its rows are checked before anything is written.</source>
        <translation>CSV فائل چنیں: کچھ لکھنے سے پہلے اس کی قطاریں جانچی جاتی ہیں۔</translation>
    </message>
    <message>
        <source>Rows of the CSV file</source>
        <translation>CSV فائل کی قطاریں</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>ملنے والے مسائل</translation>
    </message>
    <message>
        <source>Choose a problem to see its cell in the rows above</source>
        <translation>اوپر قطاروں میں اس کا خانہ دیکھنے کے لیے کوئی مسئلہ چنیں</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>امپورٹ کریں (&amp;I)</translation>
    </message>
    <message>
        <source>Write every row, or none if any is wrong</source>
        <translation>ہر قطار لکھیں، یا کوئی غلط ہو تو ایک بھی نہیں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Import prisoner files</source>
        <translation>قیدیوں کی فائلیں امپورٹ کریں</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV فائلیں (*.csv);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>⁨%1⁩ جانچی جا رہی ہے…</translation>
    </message>
    <message numerus="yes">
        <source>Problems found: %Ln, in %2 of the %3 rows. Nothing will be written until every problem is corrected: correct the file, then choose Check again.</source>
        <translation>
            <numerusform>ملنے والے مسائل: %Ln، ⁨%3⁩ قطاروں میں سے ⁨%2⁩ میں۔ جب تک ہر مسئلہ درست نہ ہو کچھ نہیں لکھا جائے گا: فائل درست کریں، پھر دوبارہ جانچیں چنیں۔</numerusform>
            <numerusform>ملنے والے مسائل: %Ln، ⁨%3⁩ قطاروں میں سے ⁨%2⁩ میں۔ جب تک ہر مسئلہ درست نہ ہو کچھ نہیں لکھا جائے گا: فائل درست کریں، پھر دوبارہ جانچیں چنیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) (is|are) ready to import;</source>
        <translation>
            <numerusform>%Ln فائل امپورٹ کے لیے تیار ہے؛</numerusform>
            <numerusform>%Ln فائلیں امپورٹ کے لیے تیار ہیں؛</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be given a new ref.</source>
        <translation>
            <numerusform>%Ln کو نیا ریف دیا جائے گا۔</numerusform>
            <numerusform>%Ln کو نئے ریف دیے جائیں گے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>فائل پڑھی نہیں جا سکتی: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>امپورٹ ہو رہا ہے…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln file(s) from %1</source>
        <translation>
            <numerusform>⁨%1⁩ سے %Ln فائل امپورٹ ہوئی</numerusform>
            <numerusform>⁨%1⁩ سے %Ln فائلیں امپورٹ ہوئیں</numerusform>
        </translation>
    </message>
    <message>
        <source>Export every file to CSV</source>
        <translation>ہر فائل CSV میں ایکسپورٹ کریں</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV فائلیں (*.csv)</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>CSV میں ایکسپورٹ</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>⁨%1⁩ لکھی جا رہی ہے…</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Letters: %1</source>
        <translation>خطوط: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Chaser to the desk</source>
        <translation>ڈیسک کو فالو اپ خط</translation>
    </message>
    <message>
        <source>RTI application to the desk&apos;s PIO</source>
        <translation>ڈیسک کے PIO کو RTI درخواست</translation>
    </message>
    <message>
        <source>Complaint to the NHRC</source>
        <translation>NHRC کو شکایت</translation>
    </message>
    <message>
        <source>The desk that holds the file</source>
        <translation>وہ ڈیسک جس کے پاس فائل ہے</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word document (editable)</source>
        <translation>Word دستاویز (قابلِ تدوین)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>چنیں…</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>خط (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Desk:</source>
        <translation>ڈیسک (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>فارمیٹ (&amp;F):</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>بطور محفوظ (&amp;A):</translation>
    </message>
    <message>
        <source>Save the letter as</source>
        <translation>خط بطور محفوظ کریں</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word دستاویز (*.docx)</translation>
    </message>
    <message>
        <source>Writing the letter…</source>
        <translation>خط لکھا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Written to %1 (our reference %2).</source>
        <translation>⁨%1⁩ میں لکھا گیا (ہمارا حوالہ ⁨%2⁩)۔</translation>
    </message>
</context>
<context>
    <name>LeversTab</name>
    <message>
        <source>Orders</source>
        <translation>احکامات</translation>
    </message>
    <message>
        <source>RTI</source>
        <translation>RTI</translation>
    </message>
    <message>
        <source>Travel documents</source>
        <translation>سفری دستاویزات</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Passphrase</source>
        <translation>پاس فریز</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>کھولیں (&amp;U)</translation>
    </message>
    <message>
        <source>Repatriate is locked</source>
        <translation>Repatriate مقفل ہے</translation>
    </message>
    <message>
        <source>Type the passphrase to go on where you left off.</source>
        <translation>جہاں چھوڑا تھا وہیں سے جاری رکھنے کے لیے پاس فریز لکھیں۔</translation>
    </message>
    <message>
        <source>This database is not encrypted: whoever has the file can read it (see `repatriate encrypt`).</source>
        <translation>یہ ڈیٹا بیس انکرپٹ نہیں: جس کے پاس فائل ہو وہ اسے پڑھ سکتا ہے (⁦`repatriate encrypt`⁩ دیکھیں)۔</translation>
    </message>
</context>
<context>
    <name>Locker</name>
    <message>
        <source>&amp;Lock</source>
        <translation>مقفل کریں (&amp;L)</translation>
    </message>
    <message>
        <source>Wrong passphrase for %1</source>
        <translation>⁨%1⁩ کے لیے غلط پاس فریز</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Repatriate — %1</source>
        <translation>Repatriate — ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>⁨%1⁩ (صرف پڑھنے کے لیے)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>فائلیں</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>یہ ہفتہ</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>ڈیسک</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>جائزہ</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>ایڈووکیسی</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>صفحات</translation>
    </message>
    <message>
        <source>Read-only: open in another window; changes are not saved</source>
        <translation>صرف پڑھنے کے لیے: دوسری ونڈو میں کھلا ہے؛ تبدیلیاں محفوظ نہیں ہوتیں</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>محفوظ ہوئی ⁨%1⁩</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>فائل (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New file</source>
        <translation>نئی فائل (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV امپورٹ (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV ایکسپورٹ (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print fact sheet…</source>
        <translation>فیکٹ شیٹ پرنٹ کریں (&amp;P)…</translation>
    </message>
    <message>
        <source>Embassy &amp;batch…</source>
        <translation>سفارت خانے کا بیچ (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Letters…</source>
        <translation>خطوط (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>بیک اپ (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>بند کریں (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ترمیم (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find files</source>
        <translation>فائلیں تلاش کریں (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Delete file…</source>
        <translation>فائل حذف کریں (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>جائیں (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مدد (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>رہنمائی (&amp;G)</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>آڈٹ لاگ (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;About Repatriate</source>
        <translation>Repatriate کے بارے میں (&amp;A)</translation>
    </message>
    <message>
        <source>Print fact sheet</source>
        <translation>فیکٹ شیٹ پرنٹ کریں</translation>
    </message>
    <message>
        <source>Choose a file in the Files table, or open one, to print its fact sheet.</source>
        <translation>فیکٹ شیٹ پرنٹ کرنے کے لیے فائلوں کے جدول میں کوئی فائل چنیں، یا کھولیں۔</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>خطوط</translation>
    </message>
    <message>
        <source>Choose a file in the Files table, or open one, to write a letter on it.</source>
        <translation>خط لکھنے کے لیے فائلوں کے جدول میں کوئی فائل چنیں، یا کھولیں۔</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>فائل حذف کریں</translation>
    </message>
    <message>
        <source>Choose a file in the Files table, or open one, to delete it.</source>
        <translation>حذف کرنے کے لیے فائلوں کے جدول میں کوئی فائل چنیں، یا کھولیں۔</translation>
    </message>
    <message>
        <source>Delete the file %1 with its family, photos, documents, movements and activities?

A backup is made first; restoring it brings the file back.</source>
        <translation>فائل ⁨%1⁩ کو اس کے خاندان، تصاویر، دستاویزات، نقل و حرکت اور سرگرمیوں سمیت حذف کریں؟

پہلے بیک اپ لیا جاتا ہے؛ اسے بحال کرنے سے فائل واپس آ جاتی ہے۔</translation>
    </message>
    <message>
        <source>Deleted %1; a backup was made first</source>
        <translation>⁨%1⁩ حذف ہو گئی؛ پہلے بیک اپ لیا گیا</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>ڈیٹا بیس خراب ہے</translation>
    </message>
    <message>
        <source>SQLite found damage in %1 (%2). Do not go on working in it: restore the newest sound backup in the Backups dialog, which opens now.</source>
        <translation>SQLite کو ⁨%1⁩ میں خرابی ملی (⁨%2⁩)۔ اس میں کام جاری نہ رکھیں: بیک اپ کے ڈائیلاگ میں تازہ ترین درست بیک اپ بحال کریں، جو اب کھلتا ہے۔</translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>کوئی بیک اپ نہیں بنا</translation>
    </message>
</context>
<context>
    <name>MarkDoneDialog</name>
    <message>
        <source>Mark done</source>
        <translation>مکمل نشان زد کریں</translation>
    </message>
    <message>
        <source>e.g. officer on leave; call next week</source>
        <translation>مثلاً افسر چھٹی پر؛ اگلے ہفتے کال کریں</translation>
    </message>
    <message>
        <source>&amp;Reply received</source>
        <translation>جواب موصول ہوا (&amp;R)</translation>
    </message>
    <message>
        <source>The desk answered: the weekly follow-up with it stops until the file moves on.</source>
        <translation>ڈیسک نے جواب دیا: فائل آگے بڑھنے تک اس کے ساتھ ہفتہ وار فالو اپ رک جاتا ہے۔</translation>
    </message>
    <message>
        <source>Only a desk can reply; some of these have no desk.</source>
        <translation>صرف ڈیسک ہی جواب دے سکتا ہے؛ ان میں سے کچھ کا کوئی ڈیسک نہیں۔</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>کیسے (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>تاریخ (&amp;O)</translation>
    </message>
    <message>
        <source>Out&amp;come</source>
        <translation>نتیجہ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>اگلا قدم (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Log it</source>
        <translation>درج کریں (&amp;L)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Saved by someone else</source>
        <translation>کسی اور نے محفوظ کی</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>سزا</translation>
    </message>
    <message>
        <source>Someone else saved %1 after you opened it. Their version and yours differ in these fields; tick the ones to keep from yours.</source>
        <translation>آپ کے کھولنے کے بعد کسی اور نے ⁨%1⁩ محفوظ کی۔ ان کا اور آپ کا نسخہ ان خانوں میں مختلف ہے؛ جو خانے آپ اپنے نسخے سے رکھنا چاہتے ہیں ان پر نشان لگائیں۔</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>خانہ</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>ان کا نسخہ</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>آپ کا نسخہ</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>میرا رکھیں (&amp;M)</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>ان کا رکھیں (&amp;T)</translation>
    </message>
    <message>
        <source>M&amp;erge the ticked fields</source>
        <translation>نشان زدہ خانے ضم کریں (&amp;E)</translation>
    </message>
    <message>
        <source>%1 years %2 months %3 days; set-off %4, remission %5, fine default %6</source>
        <translation>⁨%1⁩ سال ⁨%2⁩ ماہ ⁨%3⁩ دن؛ سیٹ آف ⁨%4⁩، معافی ⁨%5⁩، عدم ادائیگیِ جرمانہ ⁨%6⁩</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <source>Comply by</source>
        <translation>تعمیل کی میعاد</translation>
    </message>
    <message>
        <source>Ordered by</source>
        <translation>حکم دینے والا</translation>
    </message>
    <message>
        <source>Order of</source>
        <translation>حکم کی تاریخ</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>خلاف</translation>
    </message>
    <message>
        <source>Directs</source>
        <translation>ہدایت</translation>
    </message>
    <message>
        <source>Complied on</source>
        <translation>تعمیل کی تاریخ</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>تاخیر کے دن</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>احکامات</translation>
    </message>
    <message>
        <source>e.g. High Court of Calcutta, NHRC</source>
        <translation>مثلاً کلکتہ ہائی کورٹ، NHRC</translation>
    </message>
    <message>
        <source>Date of the order</source>
        <translation>حکم کی تاریخ</translation>
    </message>
    <message>
        <source>What it directs</source>
        <translation>حکم کیا ہدایت دیتا ہے</translation>
    </message>
    <message>
        <source>Against desk</source>
        <translation>جس ڈیسک کے خلاف</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>حکم</translation>
    </message>
    <message>
        <source>Ordered &amp;by</source>
        <translation>حکم دینے والا (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Order of</source>
        <translation>حکم کی تاریخ (&amp;O)</translation>
    </message>
    <message>
        <source>Di&amp;rects</source>
        <translation>ہدایت (&amp;R)</translation>
    </message>
    <message>
        <source>Comply b&amp;y</source>
        <translation>تعمیل کی میعاد (&amp;Y)</translation>
    </message>
    <message>
        <source>Against des&amp;k</source>
        <translation>جس ڈیسک کے خلاف (&amp;K)</translation>
    </message>
    <message>
        <source>Com&amp;plied on</source>
        <translation>تعمیل کی تاریخ (&amp;P)</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>نوٹ (&amp;T)</translation>
    </message>
    <message>
        <source>Orders of courts and commissions</source>
        <translation>عدالتوں اور کمیشنوں کے احکامات</translation>
    </message>
    <message>
        <source>the order of %1 of %2</source>
        <translation>⁨%1⁩ کا ⁨%2⁩ کا حکم</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Files by status</source>
        <translation>حیثیت کے لحاظ سے فائلیں</translation>
    </message>
    <message>
        <source>no status recorded</source>
        <translation>کوئی حیثیت درج نہیں</translation>
    </message>
    <message>
        <source>People still held past their release date</source>
        <translation>رہائی کی تاریخ کے بعد بھی قید افراد</translation>
    </message>
    <message>
        <source>Days held past release</source>
        <translation>رہائی کے بعد قید کے دن</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>ریف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Days past release</source>
        <translation>رہائی کے بعد دن</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>قومیت</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>جیل</translation>
    </message>
    <message>
        <source>Held a year or more past release</source>
        <translation>رہائی کے بعد ایک سال یا زیادہ قید</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>کس کے پاس</translation>
    </message>
    <message>
        <source>Why it is stalled</source>
        <translation>کیوں رکی ہے</translation>
    </message>
    <message>
        <source>Stalled files</source>
        <translation>رکی ہوئی فائلیں</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>حساب ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Stalled at a desk</source>
        <translation>ڈیسک پر رکی ہوئی</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s);</source>
        <translation>
            <numerusform>%Ln فائل؛</numerusform>
            <numerusform>%Ln فائلیں؛</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still held,</source>
        <translation>
            <numerusform>%Ln ابھی قید،</numerusform>
            <numerusform>%Ln ابھی قید،</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them past their release date.</source>
        <translation>
            <numerusform>ان میں سے %Ln رہائی کی تاریخ سے آگے۔</numerusform>
            <numerusform>ان میں سے %Ln رہائی کی تاریخ سے آگے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>people</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>Held a year or more past release (%1)</source>
        <translation>رہائی کے بعد ایک سال یا زیادہ قید (⁨%1⁩)</translation>
    </message>
    <message>
        <source>Stalled at a desk (%1)</source>
        <translation>ڈیسک پر رکی ہوئی (⁨%1⁩)</translation>
    </message>
    <message>
        <source>No file has been at a desk longer than expected.</source>
        <translation>کوئی فائل توقع سے زیادہ دیر کسی ڈیسک پر نہیں رہی۔</translation>
    </message>
    <message>
        <source>over %1 days</source>
        <translation>⁨%1⁩ سے زائد</translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>%1 is a range of days, low to high</comment>
        <translation>⁨%1⁩ دن</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Unlock the database</source>
        <translation>ڈیٹا بیس کھولیں</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>پاس فریز</translation>
    </message>
    <message>
        <source>Passphrase for %1</source>
        <translation>⁨%1⁩ کے لیے پاس فریز</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print fact sheet</source>
        <translation>فیکٹ شیٹ پرنٹ کریں</translation>
    </message>
    <message>
        <source>Embassy batch</source>
        <translation>سفارت خانے کا بیچ</translation>
    </message>
    <message>
        <source>Embassy of</source>
        <translation>سفارت خانہ</translation>
    </message>
    <message>
        <source>Only those &amp;past their release date</source>
        <translation>صرف وہ جو رہائی کی تاریخ سے آگے ہیں (&amp;P)</translation>
    </message>
    <message>
        <source>E&amp;veryone still held</source>
        <translation>ابھی قید ہر شخص (&amp;V)</translation>
    </message>
    <message>
        <source>Also write the annex table as a CSV file</source>
        <translation>ضمیمے کا جدول CSV فائل میں بھی لکھیں</translation>
    </message>
    <message>
        <source>Beside the PDF, with the same name ending in .csv, for the embassy&apos;s records</source>
        <translation>PDF کے ساتھ، اسی نام سے جس کے آخر میں .csv ہو، سفارت خانے کے ریکارڈ کے لیے</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>فائلیں پڑھی جا رہی ہیں…</translation>
    </message>
    <message>
        <source>&amp;Embassy of:</source>
        <translation>سفارت خانہ (&amp;E):</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>شامل کریں:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>فائل:</translation>
    </message>
    <message>
        <source>Leave empty for the usual ask, fitting the person&apos;s situation: verification and a travel document, the travel document once verified, consular access under trial, a referral when the sheet goes to UNHCR.</source>
        <translation>شخص کی صورتحال کے مطابق معمول کی درخواست کے لیے خالی چھوڑیں: تصدیق اور سفری دستاویز، تصدیق کے بعد سفری دستاویز، زیرِ سماعت ہو تو قونصلر رسائی، شیٹ UNHCR کو جائے تو حوالہ۔</translation>
    </message>
    <message>
        <source>Request to the embassy</source>
        <translation>سفارت خانے سے درخواست</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>درخواست (&amp;R):</translation>
    </message>
    <message>
        <source>Include the attached &amp;documents</source>
        <translation>منسلک دستاویزات شامل کریں (&amp;D)</translation>
    </message>
    <message>
        <source>The fact sheets stay in English; the cover letter can be in the embassy&apos;s</source>
        <translation>فیکٹ شیٹس انگریزی میں رہتی ہیں؛ کور لیٹر سفارت خانے کی زبان میں ہو سکتا ہے</translation>
    </message>
    <message>
        <source>Cover &amp;letter in:</source>
        <translation>کور لیٹر کی زبان (&amp;L):</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>PDF بطور محفوظ کریں</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>چنیں (&amp;H)…</translation>
    </message>
    <message>
        <source>Choose where to save the PDF</source>
        <translation>چنیں کہ PDF کہاں محفوظ ہو</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>بطور محفوظ (&amp;A):</translation>
    </message>
    <message>
        <source>What was printed</source>
        <translation>کیا پرنٹ ہوا</translation>
    </message>
    <message>
        <source>O&amp;verride with a reason…</source>
        <translation>وجہ کے ساتھ نظرانداز کریں (&amp;V)…</translation>
    </message>
    <message>
        <source>Record why this sheet may go to the home embassy despite the risk on return</source>
        <translation>درج کریں کہ واپسی پر خطرے کے باوجود یہ شیٹ آبائی ملک کے سفارت خانے کو کیوں جا سکتی ہے</translation>
    </message>
    <message>
        <source>&amp;Open the PDF</source>
        <translation>PDF کھولیں (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF</source>
        <translation>PDF کے طور پر محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <source>Write the PDF (the old file is kept until it is done)</source>
        <translation>PDF لکھیں (کام مکمل ہونے تک پرانی فائل رکھی جاتی ہے)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>پرنٹ کریں (&amp;P)…</translation>
    </message>
    <message>
        <source>Choose a printer and send the sheets to it</source>
        <translation>پرنٹر چن کر شیٹس اسے بھیجیں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>%1 (%2): %3 held, %4 past release</source>
        <translation>⁨%1⁩ (⁨%2⁩): ⁨%3⁩ قید، ⁨%4⁩ رہائی کی تاریخ سے آگے</translation>
    </message>
    <message>
        <source>Nobody is held: there is no embassy to write to.</source>
        <translation>کوئی قید نہیں: لکھنے کے لیے کوئی سفارت خانہ نہیں۔</translation>
    </message>
    <message>
        <source>Save the fact sheets as</source>
        <translation>فیکٹ شیٹس بطور محفوظ کریں</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>بطور محفوظ کریں</translation>
    </message>
    <message>
        <source>give a file name ending in .pdf</source>
        <translation>فائل کا ایسا نام دیں جس کے آخر میں .pdf ہو</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>فولڈر ⁨%1⁩ موجود نہیں</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>⁨%1⁩: ⁨%2⁩: ⁨%3⁩</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>⁨%1⁩ پرنٹ کریں</translation>
    </message>
    <message>
        <source>Writing the fact sheet of %1…</source>
        <translation>⁨%1⁩ کی فیکٹ شیٹ لکھی جا رہی ہے…</translation>
    </message>
    <message>
        <source>Embassy</source>
        <translation>سفارت خانہ</translation>
    </message>
    <message>
        <source>choose the embassy&apos;s country</source>
        <translation>سفارت خانے کا ملک چنیں</translation>
    </message>
    <message>
        <source>Writing the batch for the embassy of %1…</source>
        <translation>⁨%1⁩ کے سفارت خانے کے لیے بیچ لکھا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Nothing was printed: %1</source>
        <translation>کچھ پرنٹ نہیں ہوا: ⁨%1⁩</translation>
    </message>
    <message numerus="yes">
        <source>Fact sheets for %2: %Ln, sent to the printer %3</source>
        <translation>
            <numerusform>⁨%2⁩ کے لیے فیکٹ شیٹس: %Ln، پرنٹر ⁨%3⁩ کو بھیجی گئیں</numerusform>
            <numerusform>⁨%2⁩ کے لیے فیکٹ شیٹس: %Ln، پرنٹر ⁨%3⁩ کو بھیجی گئیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pages sent: %Ln.</source>
        <translation>
            <numerusform>بھیجے گئے صفحات: %Ln۔</numerusform>
            <numerusform>بھیجے گئے صفحات: %Ln۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Fact sheets sent to %1</source>
        <translation>فیکٹ شیٹس ⁨%1⁩ کو بھیجی گئیں</translation>
    </message>
    <message numerus="yes">
        <source>Fact sheets for %2: %Ln, written to %3.</source>
        <translation>
            <numerusform>⁨%2⁩ کے لیے فیکٹ شیٹس: %Ln، ⁨%3⁩ میں لکھی گئیں۔</numerusform>
            <numerusform>⁨%2⁩ کے لیے فیکٹ شیٹس: %Ln، ⁨%3⁩ میں لکھی گئیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>The annex table is in %1.</source>
        <translation>ضمیمے کا جدول ⁨%1⁩ میں ہے۔</translation>
    </message>
    <message>
        <source>Fact sheets written to %1</source>
        <translation>فیکٹ شیٹس ⁨%1⁩ میں لکھی گئیں</translation>
    </message>
    <message>
        <source>Left out (%1), for you to look at:</source>
        <translation>چھوڑ دیے گئے (⁨%1⁩)، آپ کے دیکھنے کے لیے:</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written or sent.</source>
        <translation>منسوخ: کچھ نہیں لکھا یا بھیجا گیا۔</translation>
    </message>
    <message>
        <source>Override the risk on return</source>
        <translation>واپسی پر خطرے کو نظرانداز کریں</translation>
    </message>
    <message>
        <source>%1 may be at risk if returned. Say why a fact sheet may go to the home country&apos;s embassy all the same. The override opens that one embassy only; the reason, the date and your name are kept on the file.</source>
        <translation>⁨%1⁩ کو واپسی پر خطرہ ہو سکتا ہے۔ بتائیں کہ فیکٹ شیٹ پھر بھی آبائی ملک کے سفارت خانے کو کیوں جا سکتی ہے۔ یہ صرف اسی ایک سفارت خانے کو کھولتا ہے؛ وجہ، تاریخ اور آپ کا نام فائل پر محفوظ رہتے ہیں۔</translation>
    </message>
    <message>
        <source>Override recorded: %1
Print again to write the sheet.</source>
        <translation>نظرانداز درج ہو گیا: ⁨%1⁩
شیٹ لکھنے کے لیے دوبارہ پرنٹ کریں۔</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>سب محفوظ کریں</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ہاں (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>سب کے لیے ہاں (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>نہیں (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>سب کے لیے نہیں (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ختم کریں</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>نظر انداز کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>رد کریں</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مدد</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>لاگو کریں</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ری سیٹ کریں</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>طے شدہ بحال کریں</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>%1 (issued by %2)</source>
        <translation>⁨%1⁩ (⁦%2⁩ کا جاری کردہ)</translation>
    </message>
    <message>
        <source>%1 (≥ %2)</source>
        <translation>⁨%1⁩ (≥ ⁦%2⁩)</translation>
    </message>
    <message>
        <source>%1 days past the release date %2</source>
        <translation>تاریخِ رہائی ⁦%2⁩ کے بعد ⁦%1⁩ دن</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>⁨%1⁩ کی میعاد ⁦%2⁩ کو ختم ہو گئی</translation>
    </message>
    <message>
        <source>%1 expires on %2, before the hand-over planned for %3</source>
        <translation>⁨%1⁩ کی میعاد ⁦%2⁩ کو ختم ہوتی ہے، ⁦%3⁩ کی طے شدہ حوالگی سے پہلے</translation>
    </message>
    <message>
        <source>%1 expires on %2, within %3 weeks and no hand-over date is planned</source>
        <translation>⁨%1⁩ کی میعاد ⁦%2⁩ کو، ⁦%3⁩ ہفتوں میں ختم ہوتی ہے اور حوالگی کی کوئی تاریخ طے نہیں</translation>
    </message>
    <message>
        <source>%1 has held it %2 days (expected %3)</source>
        <translation>⁦%1⁩ کے پاس ⁦%2⁩ دن سے رکی ہوئی ہے (متوقع ⁦%3⁩ دن)</translation>
    </message>
    <message>
        <source>%1 left to serve, release due %2 (the agreement requires at least %3 months)</source>
        <translation>باقی سزا: ⁨%1⁩، رہائی واجب ⁦%2⁩ (معاہدے کے تحت کم از کم ⁦%3⁩ ماہ باقی ہونے چاہییں)</translation>
    </message>
    <message>
        <source>%1&apos;s order of %2 against %3 was to be complied with by %4: %5; %6</source>
        <translation>⁨%1⁩ نے ⁦%2⁩ کو ⁦%3⁩ کے خلاف جو حکم دیا، اس کی تعمیل ⁦%4⁩ تک ہونی تھی: ⁨%5⁩؛ ⁨%6⁩</translation>
    </message>
    <message>
        <source>%1&apos;s order of %2 was to be complied with by %3: %4; %5</source>
        <translation>⁨%1⁩ نے ⁦%2⁩ کو جو حکم دیا، اس کی تعمیل ⁦%3⁩ تک ہونی تھی: ⁨%4⁩؛ ⁨%5⁩</translation>
    </message>
    <message>
        <source>%1: no fact sheet to the home embassy unless overridden with a reason</source>
        <translation>⁨%1⁩: وجہ کے ساتھ استثنا دیے بغیر آبائی ملک کے سفارت خانے کو فیکٹ شیٹ نہیں جائے گی</translation>
    </message>
    <message>
        <source>%1: persecuted in %2</source>
        <translation>⁨%1⁩: ⁦%2⁩ میں ظلم کا شکار</translation>
    </message>
    <message>
        <source>+ %1 days fine default (%2) = %3</source>
        <translation>+ ⁦%1⁩ دن عدم ادائیگیِ جرمانہ (⁦%2⁩) = ⁦%3⁩</translation>
    </message>
    <message>
        <source>RTI application to %1 of %2: reply due %3, none recorded (a deemed refusal, RTI Act 2005, s.7(2)); %4</source>
        <translation>⁦%1⁩ کو ⁦%2⁩ کی RTI درخواست: جواب کی میعاد ⁦%3⁩، کوئی جواب درج نہیں (انکار تصور ہوگا، ⁦RTI Act 2005⁩، دفعہ ⁦7(2)⁩)؛ ⁨%4⁩</translation>
    </message>
    <message>
        <source>RTI application to %1 of %2: the first appeal of %3 was to be decided by %4, no decision recorded; file the second appeal with the Information Commission by %5 (RTI Act 2005, s.19(3))</source>
        <translation>⁦%1⁩ کو ⁦%2⁩ کی RTI درخواست: ⁦%3⁩ کی پہلی اپیل کا فیصلہ ⁦%4⁩ تک ہونا تھا، کوئی فیصلہ درج نہیں؛ ⁦%5⁩ تک انفارمیشن کمیشن میں دوسری اپیل دائر کریں (⁦RTI Act 2005⁩، دفعہ ⁦19(3)⁩)</translation>
    </message>
    <message>
        <source>an appeal is pending: the sentence is not final</source>
        <translation>اپیل زیرِ التوا ہے: سزا حتمی نہیں</translation>
    </message>
    <message>
        <source>asylum seeker</source>
        <translation>پناہ گزین</translation>
    </message>
    <message>
        <source>claims %1, court recorded %2</source>
        <translation>⁦%1⁩ ہونے کا دعویٰ، عدالت کے ریکارڈ میں ⁦%2⁩</translation>
    </message>
    <message>
        <source>consent given</source>
        <translation>رضامندی دی گئی</translation>
    </message>
    <message>
        <source>consent: not recorded</source>
        <translation>رضامندی: درج نہیں</translation>
    </message>
    <message>
        <source>conviction %1 + %2 = %3</source>
        <translation>سزا یابی ⁦%1⁩ + ⁦%2⁩ = ⁦%3⁩</translation>
    </message>
    <message>
        <source>conviction %1 + %2 = %3 (%4 has no day %5: to its last day)</source>
        <translation>سزا یابی ⁦%1⁩ + ⁦%2⁩ = ⁦%3⁩ (⁦%4⁩ میں ⁦%5⁩ تاریخ نہیں: مہینے کے آخری دن تک)</translation>
    </message>
    <message>
        <source>embassy verified %1, court recorded %2</source>
        <translation>سفارت خانے نے ⁦%1⁩ کی تصدیق کی، عدالت کے ریکارڈ میں ⁦%2⁩</translation>
    </message>
    <message>
        <source>file a contempt petition before the court (Contempt of Courts Act 1971, s.2(b) and s.12)</source>
        <translation>عدالت میں توہینِ عدالت کی درخواست دائر کریں (⁦Contempt of Courts Act 1971⁩، دفعات ⁦2(b)⁩ اور ⁦12⁩)</translation>
    </message>
    <message>
        <source>file the first appeal by %1 (RTI Act 2005, s.19(1))</source>
        <translation>⁦%1⁩ تک پہلی اپیل دائر کریں (⁦RTI Act 2005⁩، دفعہ ⁦19(1)⁩)</translation>
    </message>
    <message>
        <source>held on %1: %2 days past release</source>
        <translation>⁦%1⁩ کو اب بھی قید: تاریخِ رہائی کے ⁦%2⁩ دن بعد</translation>
    </message>
    <message>
        <source>marked as possible misidentification</source>
        <translation>ممکنہ غلط شناخت کے طور پر نشان زد</translation>
    </message>
    <message>
        <source>newest photo taken %1, over %2 years</source>
        <translation>تازہ ترین تصویر ⁦%1⁩ کی، ⁦%2⁩ سال سے پرانی</translation>
    </message>
    <message>
        <source>none recorded in the %1 days since arrest</source>
        <translation>گرفتاری کے بعد ⁦%1⁩ دن میں کوئی قونصلر رسائی درج نہیں</translation>
    </message>
    <message>
        <source>not verified %1 days after the sentence ended (%2)</source>
        <translation>سزا ختم ہونے کے ⁦%1⁩ دن بعد بھی تصدیق نہیں ہوئی (⁦%2⁩)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>کچھ نہیں</translation>
    </message>
    <message>
        <source>only the passport book number %1 is known; embassies trace passport numbers</source>
        <translation>صرف پاسپورٹ بک نمبر ⁦%1⁩ معلوم ہے؛ سفارت خانے پاسپورٹ نمبر سے تلاش کرتے ہیں</translation>
    </message>
    <message>
        <source>recorded at risk if returned</source>
        <translation>واپسی پر خطرہ درج ہے</translation>
    </message>
    <message>
        <source>registered with UNHCR</source>
        <translation>UNHCR میں رجسٹرڈ</translation>
    </message>
    <message>
        <source>release due %1 (in %2 days) and no repatriation step started</source>
        <translation>رہائی واجب ⁦%1⁩ (⁦%2⁩ دن میں) اور وطن واپسی کا کوئی قدم شروع نہیں ہوا</translation>
    </message>
    <message>
        <source>released %1: %2 days past release</source>
        <translation>⁦%1⁩ کو رہائی ہوئی: تاریخِ رہائی کے ⁦%2⁩ دن بعد</translation>
    </message>
    <message>
        <source>remission %1 days covers %2</source>
        <translation>معافی کے ⁦%1⁩ دن ⁨%2⁩ کا احاطہ کرتے ہیں</translation>
    </message>
    <message>
        <source>remission %1 days covers %2: release due on the day of sentence, %3</source>
        <translation>معافی کے ⁦%1⁩ دن ⁨%2⁩ کا احاطہ کرتے ہیں: رہائی سزا کے دن ہی، ⁦%3⁩ کو واجب</translation>
    </message>
    <message>
        <source>sentence final</source>
        <translation>سزا حتمی</translation>
    </message>
    <message>
        <source>sentence final: not recorded</source>
        <translation>سزا حتمی: درج نہیں</translation>
    </message>
    <message>
        <source>serving a sentence; %1 has a transfer of sentenced persons agreement</source>
        <translation>سزا جاری ہے؛ ⁦%1⁩ کے ساتھ سزا کی منتقلی کا معاہدہ ہے</translation>
    </message>
    <message>
        <source>set-off %1 days (%2) covers %3</source>
        <translation>سیٹ آف کے ⁦%1⁩ دن (⁦%2⁩) ⁨%3⁩ کا احاطہ کرتے ہیں</translation>
    </message>
    <message>
        <source>set-off %1 days (%2) covers %3: release due on the day of sentence, %4</source>
        <translation>سیٹ آف کے ⁦%1⁩ دن (⁦%2⁩) ⁨%3⁩ کا احاطہ کرتے ہیں: رہائی سزا کے دن ہی، ⁦%4⁩ کو واجب</translation>
    </message>
    <message>
        <source>stateless</source>
        <translation>بے وطن</translation>
    </message>
    <message>
        <source>term left to serve: not known (the agreement requires at least %1 months)</source>
        <translation>باقی سزا: معلوم نہیں (معاہدے کے تحت کم از کم ⁦%1⁩ ماہ باقی ہونے چاہییں)</translation>
    </message>
    <message>
        <source>the first appeal was due by %1: file it with the reason for the delay (RTI Act 2005, s.19(1), proviso)</source>
        <translation>پہلی اپیل کی میعاد ⁦%1⁩ تھی: تاخیر کی وجہ کے ساتھ دائر کریں (⁦RTI Act 2005⁩، دفعہ ⁦19(1)⁩ کا شرطیہ فقرہ)</translation>
    </message>
    <message>
        <source>the original passport is with the trial court, no copy</source>
        <translation>اصل پاسپورٹ ٹرائل کورٹ کے پاس ہے، کوئی نقل نہیں</translation>
    </message>
    <message>
        <source>the prisoner refused consent</source>
        <translation>قیدی نے رضامندی سے انکار کیا</translation>
    </message>
    <message>
        <source>the rest</source>
        <translation>باقی مدت</translation>
    </message>
    <message>
        <source>the whole term</source>
        <translation>پوری سزا</translation>
    </message>
    <message>
        <source>under trial: in custody since %1 (%2 days)</source>
        <translation>زیرِ سماعت: ⁦%1⁩ سے حراست میں (⁦%2⁩ دن)</translation>
    </message>
    <message>
        <source>was held %1</source>
        <translation>⁨%1⁩ تک قید میں رہنا پڑا</translation>
    </message>
    <message>
        <source>write a reminder to the commission: the government must report the action taken within one month (Protection of Human Rights Act 1993, s.18(e))</source>
        <translation>کمیشن کو یاد دہانی کا خط لکھیں: حکومت کو ایک ماہ کے اندر کی گئی کارروائی کی رپورٹ دینی ہے (⁦Protection of Human Rights Act 1993⁩، دفعہ ⁦18(e)⁩)</translation>
    </message>
    <message>
        <source>− %1 days remission = %2</source>
        <translation>− ⁦%1⁩ دن معافی = ⁦%2⁩</translation>
    </message>
    <message>
        <source>− %1 days set-off (%2) = %3</source>
        <translation>− ⁦%1⁩ دن سیٹ آف (⁦%2⁩) = ⁦%3⁩</translation>
    </message>
    <message>
        <source>− 1 day: the day of sentence counts as served = %1</source>
        <translation>− 1 دن: سزا کا دن کاٹی ہوئی سزا میں شمار = ⁦%1⁩</translation>
    </message>
    <message numerus="yes">
        <source>not complied with %Ln day(s) later</source>
        <translation>
            <numerusform>%Ln دن گزرنے پر بھی تعمیل نہیں ہوئی</numerusform>
            <numerusform>%Ln دن گزرنے پر بھی تعمیل نہیں ہوئی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln ماہ</numerusform>
            <numerusform>%Ln ماہ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln دن</numerusform>
            <numerusform>%Ln دن</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>Save the new file first: its records need a saved file.</source>
        <translation>پہلے نئی فائل محفوظ کریں: اس کے ریکارڈ کے لیے محفوظ شدہ فائل ضروری ہے۔</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>شامل (&amp;A)</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>تبدیلیاں محفوظ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>حذف (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>نیا (&amp;N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <source>Delete %1? It was recorded by mistake.</source>
        <translation>⁨%1⁩ حذف کریں؟ یہ غلطی سے درج ہوا تھا۔</translation>
    </message>
</context>
<context>
    <name>RtiPanel</name>
    <message>
        <source>Filed</source>
        <translation>دائر</translation>
    </message>
    <message>
        <source>To desk</source>
        <translation>ڈیسک کو</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>جواب کی میعاد</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>جواب</translation>
    </message>
    <message>
        <source>First appeal by</source>
        <translation>اپیل کی میعاد</translation>
    </message>
    <message>
        <source>First appeal</source>
        <translation>پہلی اپیل</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>تاخیر شدہ</translation>
    </message>
    <message>
        <source>RTI applications</source>
        <translation>RTI درخواستیں</translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation>پبلک اتھارٹی</translation>
    </message>
    <message>
        <source>Public Information Officer</source>
        <translation>پبلک انفارمیشن آفیسر</translation>
    </message>
    <message>
        <source>Information sought</source>
        <translation>مطلوبہ معلومات</translation>
    </message>
    <message>
        <source>Concerns &amp;life or liberty (reply in 48 hours)</source>
        <translation>زندگی یا آزادی سے متعلق (جواب 48 گھنٹوں میں) (&amp;L)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>RTI application</source>
        <translation>RTI درخواست</translation>
    </message>
    <message>
        <source>To des&amp;k</source>
        <translation>ڈیسک کو (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;PIO</source>
        <translation>PIO (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Information sought</source>
        <translation>مطلوبہ معلومات (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Filed on</source>
        <translation>دائر کی تاریخ (&amp;F)</translation>
    </message>
    <message>
        <source>Rece&amp;ived by the PIO on</source>
        <translation>PIO کو موصولی (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Reply received on</source>
        <translation>جواب کی موصولی (&amp;R)</translation>
    </message>
    <message>
        <source>First appeal filed &amp;on</source>
        <translation>پہلی اپیل دائر (&amp;O)</translation>
    </message>
    <message>
        <source>First appeal deci&amp;ded on</source>
        <translation>پہلی اپیل کا فیصلہ (&amp;D)</translation>
    </message>
    <message>
        <source>Second appeal filed on</source>
        <translation>دوسری اپیل دائر</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>نوٹ (&amp;T)</translation>
    </message>
    <message>
        <source>the RTI application to %1 of %2</source>
        <translation>⁨%1⁩ کو ⁨%2⁩ کی RTI درخواست</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Clinic letterhead and contact</source>
        <translation>کلینک کا لیٹر ہیڈ اور رابطہ</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>کلینک کا نام (&amp;N):</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>کلینک کا نام</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>پتہ (&amp;A):</translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation>کلینک کا پتہ</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>فون (&amp;P):</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>کلینک کا فون</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>ای میل (&amp;E):</translation>
    </message>
    <message>
        <source>Clinic e-mail</source>
        <translation>کلینک کی ای میل</translation>
    </message>
    <message>
        <source>&amp;Request to embassies:</source>
        <translation>سفارت خانوں سے درخواست (&amp;R):</translation>
    </message>
    <message>
        <source>Request to embassies</source>
        <translation>سفارت خانوں سے درخواست</translation>
    </message>
    <message>
        <source>What every fact sheet asks of the embassy, unless replaced when printing</source>
        <translation>ہر فیکٹ شیٹ سفارت خانے سے کیا مانگتی ہے، جب تک پرنٹ کرتے وقت بدلا نہ جائے</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>ڈیٹا بیس</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation>دوسرا ڈیٹا بیس کھولیں (&amp;O)…</translation>
    </message>
    <message>
        <source>Choose another database file and reopen the window on it</source>
        <translation>دوسری ڈیٹا بیس فائل چن کر ونڈو اس پر دوبارہ کھولیں</translation>
    </message>
    <message>
        <source>Thresholds for the flags</source>
        <translation>فلیگ کی حدیں</translation>
    </message>
    <message>
        <source>Default routes</source>
        <translation>طے شدہ راستے</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>واپس لیں (&amp;R)</translation>
    </message>
    <message>
        <source>Show the saved settings again, dropping changes not yet saved</source>
        <translation>محفوظ ترتیبات دوبارہ دکھائیں، غیر محفوظ تبدیلیاں چھوڑ کر</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>ترتیبات محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <source>Save the letterhead and thresholds (Ctrl+S)</source>
        <translation>لیٹر ہیڈ اور حدیں محفوظ کریں (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>The reference on the clinic&apos;s letters. In braces: {country} (its code), {date} (YYYY-MM-DD), {year}, {count} (how many people the letter is about).</source>
        <translation>کلینک کے خطوط کا حوالہ۔ قوسین میں: {country} (اس کا کوڈ)، {date} (YYYY-MM-DD)، {year}، {count} (خط کتنے افراد کے بارے میں ہے)۔</translation>
    </message>
    <message>
        <source>Si&amp;gnatory:</source>
        <translation>دستخط کنندہ (&amp;G):</translation>
    </message>
    <message>
        <source>Desi&amp;gnation:</source>
        <translation>عہدہ (&amp;G):</translation>
    </message>
    <message>
        <source>Letter &amp;reference:</source>
        <translation>خط کا حوالہ (&amp;R):</translation>
    </message>
    <message>
        <source>The day of sentence counts as a day served</source>
        <translation>سزا سنائے جانے کا دن کاٹا ہوا دن شمار ہوتا ہے</translation>
    </message>
    <message>
        <source>As jail manuals count: a one-month term passed on 15 January ends on 14 February. Every file&apos;s release date is worked out again when this changes.</source>
        <translation>جیسے جیل مینول گنتے ہیں: 15 جنوری کو سنائی گئی ایک ماہ کی سزا 14 فروری کو ختم ہوتی ہے۔ اسے بدلنے پر ہر فائل کی تاریخِ رہائی دوبارہ نکالی جاتی ہے۔</translation>
    </message>
    <message>
        <source>Release date:</source>
        <translation>تاریخِ رہائی:</translation>
    </message>
    <message>
        <source>Dates shown as</source>
        <translation>تاریخیں اس طرح</translation>
    </message>
    <message>
        <source>%1 (year-month-day, ISO)</source>
        <translation>⁨%1⁩ (سال-مہینہ-دن، ISO)</translation>
    </message>
    <message>
        <source>%1 (this language&apos;s long form)</source>
        <translation>⁨%1⁩ (اس زبان کی لمبی صورت)</translation>
    </message>
    <message>
        <source>Dates shown as:</source>
        <translation>تاریخیں اس طرح:</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>ونڈو کی زبان</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>کمپیوٹر کی زبان</translation>
    </message>
    <message>
        <source>The window&apos;s language; it changes when Repatriate next starts. Fact sheets stay in English for the embassy, and commands answer in English.</source>
        <translation>ونڈو کی زبان؛ Repatriate اگلی بار شروع ہونے پر بدلتی ہے۔ فیکٹ شیٹس سفارت خانے کے لیے انگریزی میں رہتی ہیں، اور کمانڈز انگریزی میں جواب دیتی ہیں۔</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>زبان (&amp;L):</translation>
    </message>
    <message>
        <source>Write numbers and dates in the language&apos;s own digits</source>
        <translation>اعداد اور تاریخیں زبان کے اپنے ہندسوں میں لکھیں</translation>
    </message>
    <message>
        <source>Bengali ০-৯, Hindi and Nepali ०-९, Urdu ۰-۹; from the next start</source>
        <translation>بنگالی ০-৯، ہندی اور نیپالی ०-९، اردو ⁦۰-۹⁩؛ اگلی بار شروع ہونے سے</translation>
    </message>
    <message>
        <source> min</source>
        <translation> منٹ</translation>
    </message>
    <message>
        <source>Lock the window after minutes without use</source>
        <translation>استعمال کے بغیر کچھ منٹ بعد ونڈو مقفل کریں</translation>
    </message>
    <message>
        <source>After this many minutes without a key press or a click the window hides the files until it is unlocked (with the passphrase, for an encrypted database). Ctrl+L locks it at once.</source>
        <translation>اتنے منٹ تک کوئی کی یا کلک نہ ہو تو ونڈو فائلیں چھپا دیتی ہے جب تک اسے کھولا نہ جائے (انکرپٹڈ ڈیٹا بیس کے لیے پاس فریز سے)۔ Ctrl+L اسے فوراً مقفل کرتا ہے۔</translation>
    </message>
    <message>
        <source>Lock after, without use:</source>
        <translation>استعمال کے بغیر مقفل کریں:</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>راستہ</translation>
    </message>
    <message>
        <source>For</source>
        <translation>کس کے لیے</translation>
    </message>
    <message>
        <source>any other country</source>
        <translation>کوئی بھی دوسرا ملک</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>مراحل</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ماخذ</translation>
    </message>
    <message>
        <source>Default routes</source>
        <translation>طے شدہ راستے</translation>
    </message>
    <message>
        <source>The routes are the steps a file goes through to get a person home, read from the route files in %1. Each step says whether it comes from the case study or is our assumption.</source>
        <translation>راستے وہ مراحل ہیں جن سے گزر کر فائل کسی شخص کو گھر پہنچاتی ہے، ⁨%1⁩ کی راستہ فائلوں سے پڑھے گئے۔ ہر مرحلہ بتاتا ہے کہ وہ کیس اسٹڈی سے ہے یا ہمارا اندازہ ہے۔</translation>
    </message>
    <message>
        <source>This window works on: %1</source>
        <translation>یہ ونڈو اس پر کام کر رہی ہے: ⁨%1⁩</translation>
    </message>
    <message>
        <source>To open another database every time, start Repatriate with --db PATH or set the %1 environment variable. Without either it opens %2. Keep the database in a folder that is backed up, such as %3.</source>
        <translation>ہر بار دوسرا ڈیٹا بیس کھولنے کے لیے Repatriate کو ⁦--db PATH⁩ کے ساتھ شروع کریں یا ⁨%1⁩ ماحولیاتی متغیر سیٹ کریں۔ دونوں کے بغیر یہ ⁨%2⁩ کھولتا ہے۔ ڈیٹا بیس ایسے فولڈر میں رکھیں جس کا بیک اپ ہوتا ہو، جیسے ⁨%3⁩۔</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Long overstay (days)</source>
        <translation>طویل اوور اسٹے (دن)</translation>
    </message>
    <message>
        <source>Days past release that count as a long overstay</source>
        <translation>رہائی کے بعد کے دن جو طویل اوور اسٹے شمار ہوں</translation>
    </message>
    <message>
        <source>Very long overstay (days)</source>
        <translation>بہت طویل اوور اسٹے (دن)</translation>
    </message>
    <message>
        <source>Days past release that count as a very long overstay</source>
        <translation>رہائی کے بعد کے دن جو بہت طویل اوور اسٹے شمار ہوں</translation>
    </message>
    <message>
        <source>Start repatriation before release (days)</source>
        <translation>رہائی سے پہلے وطن واپسی شروع کریں (دن)</translation>
    </message>
    <message>
        <source>Flag a file whose release is this close and no step has been taken</source>
        <translation>اس فائل پر فلیگ جس کی رہائی اتنی قریب ہو اور کوئی قدم نہ اٹھایا گیا ہو</translation>
    </message>
    <message>
        <source>Nationality unverified after (days)</source>
        <translation>قومیت غیر تصدیق شدہ (دن بعد)</translation>
    </message>
    <message>
        <source>Flag a nationality still not verified this long after the sentence</source>
        <translation>سزا کے اتنی دیر بعد بھی قومیت کی تصدیق نہ ہو تو فلیگ</translation>
    </message>
    <message>
        <source>Consular access within (days)</source>
        <translation>قونصلر رسائی (دن کے اندر)</translation>
    </message>
    <message>
        <source>Flag a file with no consular access this long after arrest</source>
        <translation>گرفتاری کے اتنی دیر بعد تک قونصلر رسائی نہ ہو تو فلیگ</translation>
    </message>
    <message>
        <source>Photo out of date after (years)</source>
        <translation>تصویر پرانی (سال بعد)</translation>
    </message>
    <message>
        <source>Embassies need a recent photograph</source>
        <translation>سفارت خانوں کو حالیہ تصویر درکار ہوتی ہے</translation>
    </message>
    <message>
        <source>Escalate after unanswered follow-ups</source>
        <translation>جواب نہ ملنے والے فالو اپ کے بعد معاملہ اوپر لے جائیں</translation>
    </message>
    <message>
        <source>Weekly follow-ups with one desk gone unanswered before the next lever is suggested (a number of chases: 6 is six weeks)</source>
        <translation>اگلا ذریعہ تجویز کرنے سے پہلے ایک ڈیسک کے ساتھ بلا جواب ہفتہ وار فالو اپ (پیچھا کرنے کی تعداد: 6 یعنی چھ ہفتے)</translation>
    </message>
    <message>
        <source>RTI reply due within (days)</source>
        <translation>RTI جواب کی مدت (دن کے اندر)</translation>
    </message>
    <message>
        <source>Statutory time for a reply to a Right to Information request</source>
        <translation>حقِ معلومات (RTI) کی درخواست کے جواب کا قانونی وقت</translation>
    </message>
    <message>
        <source>Travel document expiring within (weeks)</source>
        <translation>سفری دستاویز کی میعاد ختم (ہفتوں کے اندر)</translation>
    </message>
    <message>
        <source>With no hand-over date planned, flag a travel document that expires within this many weeks</source>
        <translation>حوالگی کی تاریخ طے نہ ہو تو اتنے ہفتوں کے اندر میعاد ختم ہونے والی سفری دستاویز پر فلیگ لگائیں</translation>
    </message>
    <message>
        <source>Settings saved. The language changes when Repatriate next starts.</source>
        <translation>ترتیبات محفوظ ہو گئیں۔ زبان Repatriate کے اگلی بار شروع ہونے پر بدلے گی۔</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>ترتیبات محفوظ ہو گئیں۔</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>ترتیبات محفوظ ہو گئیں</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>⁨%1⁩: ⁨%2⁩: ⁨%3⁩</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>دوسرا ڈیٹا بیس کھولیں</translation>
    </message>
    <message>
        <source>Repatriate databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Repatriate ڈیٹا بیس (*.sqlite3 *.sqlite *.db);;تمام فائلیں (*)</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze</source>
        <translation>مؤخر کریں</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>تک (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>مؤخر کریں (&amp;S)</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>TravelPanel</name>
    <message>
        <source>Document</source>
        <translation>دستاویز</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>اجرا کی تاریخ</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>میعاد ختم</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>جاری کنندہ</translation>
    </message>
    <message>
        <source>Travel documents</source>
        <translation>سفری دستاویزات</translation>
    </message>
    <message>
        <source>Issued by desk</source>
        <translation>جاری کنندہ ڈیسک</translation>
    </message>
    <message>
        <source>Hand-over planned for</source>
        <translation>حوالگی کی تاریخ</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>طے کریں (&amp;P)</translation>
    </message>
    <message>
        <source>Set the day of the hand-over to the home country (empty: none planned)</source>
        <translation>وطن کے حوالے کرنے کا دن طے کریں (خالی: کوئی طے نہیں)</translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation>سفری دستاویز</translation>
    </message>
    <message>
        <source>&amp;Hand-over planned for</source>
        <translation>حوالگی کی تاریخ (&amp;H)</translation>
    </message>
    <message>
        <source>Doc&amp;ument</source>
        <translation>دستاویز (&amp;U)</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>نمبر (&amp;U)</translation>
    </message>
    <message>
        <source>Issued &amp;on</source>
        <translation>اجرا کی تاریخ (&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;xpires on</source>
        <translation>میعاد ختم (&amp;X)</translation>
    </message>
    <message>
        <source>Issued by des&amp;k</source>
        <translation>جاری کنندہ ڈیسک (&amp;K)</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <source>File</source>
        <translation>فائل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>آخری تاریخ</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>تاخیر کے دن</translation>
    </message>
    <message>
        <source>Days past release</source>
        <translation>رہائی کے بعد دن</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>فالو اپ</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>بلا جواب</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>تجویز</translation>
    </message>
    <message>
        <source>No desk</source>
        <translation>کوئی ڈیسک نہیں</translation>
    </message>
    <message>
        <source>%1 unanswered — suggest: %2</source>
        <translation>⁨%1⁩ بلا جواب — تجویز: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Nobody is chasing these · %1 held past release: no desk holds the file and no follow-up is set</source>
        <translation>ان کا کوئی پیچھا نہیں کر رہا · ⁨%1⁩ رہائی کے بعد بھی قید: کسی ڈیسک کے پاس فائل نہیں اور کوئی فالو اپ نہیں رکھا گیا</translation>
    </message>
    <message>
        <source>%1 · %2 to chase, %3 overdue</source>
        <translation>⁨%1⁩ · ⁨%2⁩ پیچھا کرنا ہے، ⁨%3⁩ تاخیر شدہ</translation>
    </message>
    <message>
        <source>Held past the release date, and no desk holds the file: record where it was sent, or set a follow-up. Open a file to record a movement.</source>
        <translation>رہائی کی تاریخ کے بعد بھی قید، اور کسی ڈیسک کے پاس فائل نہیں: درج کریں کہ یہ کہاں بھیجی گئی، یا فالو اپ رکھیں۔ نقل و حرکت درج کرنے کے لیے فائل کھولیں۔</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>فون: ⁨%1⁩</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>ای میل: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>افسر: ⁨%1⁩</translation>
    </message>
    <message>
        <source>nobody is chasing</source>
        <translation>کوئی پیچھا نہیں کر رہا</translation>
    </message>
    <message>
        <source>No desk on the route: choose one</source>
        <translation>راستے پر کوئی ڈیسک نہیں: ایک چنیں</translation>
    </message>
    <message>
        <source>Send to: %1</source>
        <translation>بھیجیں: ⁨%1⁩</translation>
    </message>
    <message>
        <source>The release date</source>
        <translation>تاریخِ رہائی</translation>
    </message>
    <message>
        <source>Weekly follow-ups with this desk have gone unanswered since it got the file: try the next lever and log it as an escalation on the file.</source>
        <translation>فائل ملنے کے بعد سے اس ڈیسک کے ساتھ ہفتہ وار فالو اپ کا جواب نہیں آیا: اگلا ذریعہ آزمائیں اور اسے فائل پر معاملہ اوپر لے جانے کے طور پر درج کریں۔</translation>
    </message>
    <message>
        <source>Follow-ups of the week by desk</source>
        <translation>ڈیسک کے لحاظ سے ہفتے کے فالو اپ</translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation>پچھلا ہفتہ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>یہ ہفتہ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation>اگلا ہفتہ (&amp;N)</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>مکمل (&amp;D)…</translation>
    </message>
    <message>
        <source>Mark a&amp;ll of this desk done…</source>
        <translation>اس ڈیسک کے سب مکمل (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>مؤخر (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Close follow-up…</source>
        <translation>فالو اپ بند (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>فائل کھولیں (&amp;O)</translation>
    </message>
    <message>
        <source>Export .&amp;ics…</source>
        <translation>.ics ایکسپورٹ (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>واپس لیں (&amp;U)</translation>
    </message>
    <message>
        <source>Take back the last mark done, snooze or close</source>
        <translation>آخری مکمل، مؤخر یا بند واپس لیں</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>آخری تبدیلی</translation>
    </message>
    <message>
        <source>Log the follow-up (a call by default) with its desk</source>
        <translation>اس کے ڈیسک کے ساتھ فالو اپ درج کریں (عام طور پر ایک کال)</translation>
    </message>
    <message>
        <source>Log one call with the desk for all its files</source>
        <translation>ڈیسک کے ساتھ اس کی تمام فائلوں کے لیے ایک کال درج کریں</translation>
    </message>
    <message>
        <source>Put the follow-up off to a day</source>
        <translation>فالو اپ کسی دن تک مؤخر کریں</translation>
    </message>
    <message>
        <source>Stop following up this desk on the file until it moves on to it again</source>
        <translation>جب تک فائل دوبارہ اس ڈیسک پر نہ آئے، فائل پر اس ڈیسک کا فالو اپ روک دیں</translation>
    </message>
    <message>
        <source>Open the prisoner file</source>
        <translation>قیدی کی فائل کھولیں</translation>
    </message>
    <message>
        <source>Save the week&apos;s follow-ups as calendar events</source>
        <translation>ہفتے کے فالو اپ کیلنڈر ایونٹس کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation>⁨%1⁩ · ⁨%2⁩ تا ⁨%3⁩</translation>
    </message>
    <message>
        <source>Loading the follow-ups…</source>
        <translation>فالو اپ لوڈ ہو رہے ہیں…</translation>
    </message>
    <message>
        <source>The follow-ups could not be loaded: %1</source>
        <translation>فالو اپ لوڈ نہیں ہو سکے: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Logging the follow-ups</source>
        <translation>فالو اپ درج ہو رہے ہیں</translation>
    </message>
    <message>
        <source>marked done</source>
        <translation>مکمل نشان زد</translation>
    </message>
    <message>
        <source>Snoozing the follow-ups</source>
        <translation>فالو اپ مؤخر ہو رہے ہیں</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>مؤخر</translation>
    </message>
    <message>
        <source>Close follow-up</source>
        <translation>فالو اپ بند کریں</translation>
    </message>
    <message>
        <source>Stop following up: %1? It starts again when the file moves on to the desk.</source>
        <translation>فالو اپ روکیں: ⁨%1⁩؟ فائل دوبارہ اس ڈیسک پر آنے پر یہ پھر شروع ہو جاتا ہے۔</translation>
    </message>
    <message>
        <source>Closing the follow-ups</source>
        <translation>فالو اپ بند ہو رہے ہیں</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>بند</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>فالو اپ</translation>
    </message>
    <message>
        <source>%1 %2 · %3 left to act on</source>
        <translation>⁨%1⁩ ⁨%2⁩ · ⁨%3⁩ پر کارروائی باقی</translation>
    </message>
    <message>
        <source>Undone: %1 back</source>
        <translation>واپس لیا: ⁨%1⁩ واپس</translation>
    </message>
    <message numerus="yes">
        <source>Export the %Ln follow-up(s) of %1 as all-day calendar events.</source>
        <translation>
            <numerusform>⁨%1⁩ کے %Ln فالو اپ کو پورے دن کے کیلنڈر ایونٹس کے طور پر ایکسپورٹ کریں۔</numerusform>
            <numerusform>⁨%1⁩ کے %Ln فالو اپ کو پورے دن کے کیلنڈر ایونٹس کے طور پر ایکسپورٹ کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the follow-ups as a calendar</source>
        <translation>فالو اپ کیلنڈر کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>کیلنڈر (*.ics)</translation>
    </message>
    <message>
        <source>%1 follow-ups saved to %2</source>
        <translation>⁨%1⁩ فالو اپ ⁨%2⁩ میں محفوظ ہوئے</translation>
    </message>
    <message>
        <source>%1 follow-ups due this week (%2 overdue)</source>
        <translation>اس ہفتے ⁨%1⁩ فالو اپ واجب (⁨%2⁩ تاخیر شدہ)</translation>
    </message>
    <message>
        <source>; %1 held past release nobody is chasing</source>
        <translation>؛ ⁨%1⁩ رہائی کے بعد بھی قید، کوئی پیچھا نہیں کر رہا</translation>
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
        <translation>Repatriate میں خوش آمدید</translation>
    </message>
    <message>
        <source>Repatriate keeps a file for every foreign prisoner you help: when their sentence ends, how long they have been held past it, which desk has their papers, and whom to call this week. This database has no files yet. How would you like to begin?</source>
        <translation>Repatriate ہر اس غیر ملکی قیدی کی فائل رکھتا ہے جس کی آپ مدد کرتے ہیں: اس کی سزا کب ختم ہوتی ہے، وہ اس کے بعد کتنی دیر سے قید ہے، اس کے کاغذات کس ڈیسک کے پاس ہیں، اور اس ہفتے کسے کال کرنی ہے۔ اس ڈیٹا بیس میں ابھی کوئی فائل نہیں۔ آپ کیسے شروع کرنا چاہیں گے؟</translation>
    </message>
    <message>
        <source>&amp;Add a file</source>
        <translation>فائل شامل کریں (&amp;A)</translation>
    </message>
    <message>
        <source>Type in the details of one prisoner from the prison&apos;s records.</source>
        <translation>جیل کے ریکارڈ سے ایک قیدی کی تفصیلات لکھیں۔</translation>
    </message>
    <message>
        <source>&amp;Import a CSV…</source>
        <translation>CSV امپورٹ کریں (&amp;I)…</translation>
    </message>
    <message>
        <source>Bring in a list kept in a spreadsheet. You see every row and every problem before anything is written.</source>
        <translation>اسپریڈ شیٹ میں رکھی فہرست لائیں۔ کچھ لکھے جانے سے پہلے آپ ہر قطار اور ہر مسئلہ دیکھتے ہیں۔</translation>
    </message>
    <message>
        <source>Explore &amp;demo data</source>
        <translation>ڈیمو ڈیٹا دیکھیں (&amp;D)</translation>
    </message>
    <message>
        <source>Try the program on invented files, in a separate database (%1). Your own database stays empty; restart Repatriate to come back to it.</source>
        <translation>فرضی فائلوں پر، الگ ڈیٹا بیس میں (⁨%1⁩)، پروگرام آزمائیں۔ آپ کا اپنا ڈیٹا بیس خالی رہتا ہے؛ اس پر واپس آنے کے لیے Repatriate دوبارہ شروع کریں۔</translation>
    </message>
    <message>
        <source>Making the demo database</source>
        <translation>ڈیمو ڈیٹا بیس بن رہا ہے</translation>
    </message>
    <message>
        <source>Your clinic, as its letters to embassies will name it</source>
        <translation>آپ کا کلینک، جیسے سفارت خانوں کو اس کے خطوط اس کا نام لکھیں گے</translation>
    </message>
    <message>
        <source>Printed on the cover letters and fact sheets. You can fill it in now or later in Settings.</source>
        <translation>کور لیٹرز اور فیکٹ شیٹس پر چھپتا ہے۔ آپ اسے ابھی یا بعد میں ترتیبات میں بھر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>کلینک کا نام (&amp;N):</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>پتہ (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>فون (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>ای میل (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation>دستخط کنندہ (&amp;S):</translation>
    </message>
    <message>
        <source>Desi&amp;gnation:</source>
        <translation>عہدہ (&amp;G):</translation>
    </message>
    <message>
        <source>lines separated by commas, e.g. 12 Court Road, Kolkata 700001</source>
        <translation>کوما سے الگ سطریں، مثلاً 12 Court Road, Kolkata 700001</translation>
    </message>
    <message>
        <source>Sa&amp;ve the letterhead</source>
        <translation>لیٹر ہیڈ محفوظ کریں (&amp;V)</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>ابھی چھوڑ دیں (&amp;K)</translation>
    </message>
    <message>
        <source>The letterhead is saved; Settings can change it.</source>
        <translation>لیٹر ہیڈ محفوظ ہو گیا؛ ترتیبات میں اسے بدلا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>The letterhead can be filled in later, in Settings.</source>
        <translation>لیٹر ہیڈ بعد میں ترتیبات میں بھرا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>Making the demo database in %1…</source>
        <translation>⁨%1⁩ میں ڈیمو ڈیٹا بیس بن رہا ہے…</translation>
    </message>
    <message>
        <source>The demo database is ready: %1</source>
        <translation>ڈیمو ڈیٹا بیس تیار ہے: ⁨%1⁩</translation>
    </message>
    <message>
        <source>The demo database could not be made: %1</source>
        <translation>ڈیمو ڈیٹا بیس نہیں بن سکا: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>under trial</source>
        <translation>زیرِ سماعت</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>سزا کاٹ رہا</translation>
    </message>
    <message>
        <source>sentence completed</source>
        <translation>سزا مکمل</translation>
    </message>
    <message>
        <source>in detention centre</source>
        <translation>حراستی مرکز میں</translation>
    </message>
    <message>
        <source>repatriated</source>
        <translation>وطن واپس</translation>
    </message>
    <message>
        <source>deported</source>
        <translation>ملک بدر</translation>
    </message>
    <message>
        <source>released</source>
        <translation>رہا</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>فوت شدہ</translation>
    </message>
    <message>
        <source>died in custody</source>
        <translation>حراست میں موت</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>منتقل</translation>
    </message>
    <message>
        <source>immigration detainee</source>
        <translation>امیگریشن زیرِ حراست</translation>
    </message>
    <message>
        <source>asylum seeker</source>
        <translation>پناہ گزین</translation>
    </message>
    <message>
        <source>other offender</source>
        <translation>دیگر ملزم</translation>
    </message>
    <message>
        <source>m</source>
        <translation>مرد</translation>
    </message>
    <message>
        <source>f</source>
        <translation>عورت</translation>
    </message>
    <message>
        <source>x</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>police</source>
        <translation>پولیس</translation>
    </message>
    <message>
        <source>trial court</source>
        <translation>ٹرائل کورٹ</translation>
    </message>
    <message>
        <source>prison</source>
        <translation>جیل</translation>
    </message>
    <message>
        <source>embassy</source>
        <translation>سفارت خانہ</translation>
    </message>
    <message>
        <source>prisoner</source>
        <translation>قیدی</translation>
    </message>
    <message>
        <source>clinic</source>
        <translation>کلینک</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>بالمشافہ</translation>
    </message>
    <message>
        <source>given</source>
        <translation>دی گئی</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>انکار</translation>
    </message>
    <message>
        <source>partner ngo</source>
        <translation>شراکت دار این جی او</translation>
    </message>
    <message>
        <source>clinic visit</source>
        <translation>کلینک کا دورہ</translation>
    </message>
    <message>
        <source>family</source>
        <translation>خاندان</translation>
    </message>
    <message>
        <source>court</source>
        <translation>عدالت</translation>
    </message>
    <message>
        <source>other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>travel permit</source>
        <translation>سفری اجازت نامہ</translation>
    </message>
    <message>
        <source>emergency certificate</source>
        <translation>ایمرجنسی سرٹیفکیٹ</translation>
    </message>
    <message>
        <source>exit permit</source>
        <translation>ایگزٹ پرمٹ</translation>
    </message>
    <message>
        <source>escort order</source>
        <translation>ایسکارٹ آرڈر</translation>
    </message>
    <message>
        <source>state prisons</source>
        <translation>ریاستی جیل خانہ جات</translation>
    </message>
    <message>
        <source>state home</source>
        <translation>ریاستی محکمۂ داخلہ</translation>
    </message>
    <message>
        <source>frro</source>
        <translation>FRRO</translation>
    </message>
    <message>
        <source>mha</source>
        <translation>وزارتِ داخلہ (MHA)</translation>
    </message>
    <message>
        <source>mea consular</source>
        <translation>MEA قونصلر</translation>
    </message>
    <message>
        <source>mea territorial</source>
        <translation>MEA علاقائی ڈویژن</translation>
    </message>
    <message>
        <source>home foreign ministry</source>
        <translation>آبائی ملک کی وزارتِ خارجہ</translation>
    </message>
    <message>
        <source>home verification</source>
        <translation>آبائی ملک میں تصدیق</translation>
    </message>
    <message>
        <source>home repatriation</source>
        <translation>آبائی ملک میں وطن واپسی</translation>
    </message>
    <message>
        <source>travel documents</source>
        <translation>سفری دستاویزات</translation>
    </message>
    <message>
        <source>border</source>
        <translation>سرحد</translation>
    </message>
    <message>
        <source>unhcr</source>
        <translation>UNHCR</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>بھیجی گئی</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>وصولی تسلیم</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>جواب</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>لوٹائی</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>آگے بھیجی گئی</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>منظور</translation>
    </message>
    <message>
        <source>post</source>
        <translation>ڈاک</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>دستی</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>فیکس</translation>
    </message>
    <message>
        <source>portal</source>
        <translation>پورٹل</translation>
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
        <translation>کال</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>خط</translation>
    </message>
    <message>
        <source>embassy visit</source>
        <translation>سفارت خانے کا دورہ</translation>
    </message>
    <message>
        <source>prison visit</source>
        <translation>جیل کا دورہ</translation>
    </message>
    <message>
        <source>consular access by phone</source>
        <translation>فون پر قونصلر رسائی</translation>
    </message>
    <message>
        <source>consular access in person</source>
        <translation>بالمشافہ قونصلر رسائی</translation>
    </message>
    <message>
        <source>rti request</source>
        <translation>RTI درخواست</translation>
    </message>
    <message>
        <source>rti appeal</source>
        <translation>RTI اپیل</translation>
    </message>
    <message>
        <source>court petition</source>
        <translation>عدالتی درخواست</translation>
    </message>
    <message>
        <source>court hearing</source>
        <translation>عدالتی سماعت</translation>
    </message>
    <message>
        <source>media story</source>
        <translation>میڈیا رپورٹ</translation>
    </message>
    <message>
        <source>ngo contact</source>
        <translation>این جی او سے رابطہ</translation>
    </message>
    <message>
        <source>family traced</source>
        <translation>خاندان کا پتہ چلا</translation>
    </message>
    <message>
        <source>unhcr form sent</source>
        <translation>UNHCR فارم بھیجا</translation>
    </message>
    <message>
        <source>certificate received</source>
        <translation>سرٹیفکیٹ موصول</translation>
    </message>
    <message>
        <source>escalation</source>
        <translation>معاملہ اوپر لے جانا</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>تصحیح</translation>
    </message>
    <message>
        <source>senior official</source>
        <translation>سینئر افسر</translation>
    </message>
    <message>
        <source>media in home country</source>
        <translation>آبائی ملک کا میڈیا</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>ہفتہ وار</translation>
    </message>
    <message>
        <source>one-off</source>
        <translation>ایک بار</translation>
    </message>
    <message>
        <source>recurring</source>
        <translation>بار بار</translation>
    </message>
    <message>
        <source>reply due</source>
        <translation>جواب کی میعاد</translation>
    </message>
    <message>
        <source>order</source>
        <translation>عدالتی حکم</translation>
    </message>
    <message>
        <source>unchased</source>
        <translation>کوئی پیچھا نہیں</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>due today</source>
        <translation>آج واجب</translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation>کل واجب</translation>
    </message>
    <message>
        <source>due in %1 days</source>
        <translation>⁨%1⁩ دن میں واجب</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>ریف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Own-script name</source>
        <translation>اپنے رسم الخط میں نام</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>قومیت</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>جیل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Release due</source>
        <translation>رہائی واجب</translation>
    </message>
    <message>
        <source>Desk holding it</source>
        <translation>کس ڈیسک کے پاس</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>اگلا فالو اپ</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>فلیگ</translation>
    </message>
    <message>
        <source>Days past release</source>
        <translation>رہائی کے بعد دن</translation>
    </message>
    <message>
        <source>Was held this long past release</source>
        <translation>رہائی کے بعد اتنی دیر قید رہا</translation>
    </message>
</context>
<context>
    <name>flags</name>
    <message>
        <source>Held past release</source>
        <translation>رہائی کے بعد بھی قید</translation>
    </message>
    <message>
        <source>Held past release ≥ 6 months</source>
        <translation>رہائی کے بعد بھی قید ≥ 6 ماہ</translation>
    </message>
    <message>
        <source>Held past release ≥ 1 year</source>
        <translation>رہائی کے بعد بھی قید ≥ 1 سال</translation>
    </message>
    <message>
        <source>Release soon, repatriation not started</source>
        <translation>رہائی قریب، وطن واپسی شروع نہیں</translation>
    </message>
    <message>
        <source>Nationality not verified</source>
        <translation>قومیت کی تصدیق نہیں</translation>
    </message>
    <message>
        <source>Possible misidentification</source>
        <translation>ممکنہ غلط شناخت</translation>
    </message>
    <message>
        <source>No consular access</source>
        <translation>قونصلر رسائی نہیں</translation>
    </message>
    <message>
        <source>At risk if returned</source>
        <translation>واپسی پر خطرہ</translation>
    </message>
    <message>
        <source>Eligible for transfer of sentence</source>
        <translation>سزا کی منتقلی کا اہل</translation>
    </message>
    <message>
        <source>Photo out of date</source>
        <translation>تصویر پرانی</translation>
    </message>
    <message>
        <source>Passport book number only</source>
        <translation>صرف پاسپورٹ بک نمبر</translation>
    </message>
    <message>
        <source>Passport held by the court</source>
        <translation>پاسپورٹ عدالت کے پاس</translation>
    </message>
    <message>
        <source>Stalled at a desk</source>
        <translation>ڈیسک پر رکی ہوئی</translation>
    </message>
    <message>
        <source>Order not complied with by its date</source>
        <translation>مقررہ تاریخ تک حکم کی تعمیل نہیں ہوئی</translation>
    </message>
    <message>
        <source>RTI reply or appeal overdue</source>
        <translation>RTI جواب یا اپیل میں تاخیر</translation>
    </message>
    <message>
        <source>Travel document expiring</source>
        <translation>سفری دستاویز کی میعاد ختم ہو رہی ہے</translation>
    </message>
    <message>
        <source>Data problem</source>
        <translation>ڈیٹا کا مسئلہ</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
</context>
</TS>
