<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn">
<context>
    <name>About</name>
    <message>
        <source>none: this database is not a file on this computer</source>
        <translation>নেই: এই ডেটাবেস এই কম্পিউটারের কোনো ফাইল নয়</translation>
    </message>
    <message>
        <source>Tracks foreign prisoners held past the end of their sentence, the desks their repatriation file waits at, and the follow-ups that get them home.</source>
        <translation>সাজার মেয়াদ শেষ হওয়ার পরেও আটক বিদেশি বন্দিদের খোঁজ রাখে, তাঁদের প্রত্যাবাসনের ফাইল কোন কোন ডেস্কে অপেক্ষা করছে, আর কোন ফলো-আপে তাঁরা দেশে ফেরেন।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Licence:&lt;/b&gt; GNU General Public License, version 3 or later (GPL-3.0-or-later). You may copy, share and change the program under its terms.</source>
        <translation>&lt;b&gt;লাইসেন্স:&lt;/b&gt; GNU General Public License, সংস্করণ ৩ বা পরবর্তী (GPL-3.0-or-later)। এর শর্ত মেনে আপনি প্রোগ্রামটি কপি, বিতরণ ও পরিবর্তন করতে পারেন।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fonts:&lt;/b&gt; the Noto fonts that print fact sheets in every script (Noto Sans, Noto Sans Bengali, Devanagari, Myanmar, Sinhala, Tamil and Ethiopic, Noto Naskh Arabic) are under the SIL Open Font License 1.1, whose text comes with the program (resources/fonts/OFL.txt).</source>
        <translation>&lt;b&gt;ফন্ট:&lt;/b&gt; যে Noto ফন্টগুলি প্রতিটি লিপিতে ফ্যাক্ট শিট ছাপে (Noto Sans, Noto Sans Bengali, Devanagari, Myanmar, Sinhala, Tamil ও Ethiopic, Noto Naskh Arabic) সেগুলি SIL Open Font License 1.1-এর অধীন; তার পাঠ প্রোগ্রামের সঙ্গেই আসে (resources/fonts/OFL.txt)।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Database:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;ডেটাবেস:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;ব্যাকআপ:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Press F1 for the guide.</source>
        <translation>নির্দেশিকার জন্য F1 চাপুন।</translation>
    </message>
    <message>
        <source>About Repatriate</source>
        <translation>Repatriate সম্পর্কে</translation>
    </message>
</context>
<context>
    <name>AdvocacyPage</name>
    <message>
        <source>Up to 90 days</source>
        <translation>৯০ দিন পর্যন্ত</translation>
    </message>
    <message>
        <source>91 to 180</source>
        <translation>৯১ থেকে ১৮০</translation>
    </message>
    <message>
        <source>181 to 365</source>
        <translation>১৮১ থেকে ৩৬৫</translation>
    </message>
    <message>
        <source>Over 365</source>
        <translation>৩৬৫-এর বেশি</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>জাতীয়তা</translation>
    </message>
    <message>
        <source>State</source>
        <translation>রাজ্য</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>ডেস্ক</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>মোট</translation>
    </message>
    <message>
        <source>Times held</source>
        <translation>কতবার রেখেছে</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>মধ্যমা দিন</translation>
    </message>
    <message>
        <source>90th pct. days</source>
        <translation>৯০তম শতাংশক দিন</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>ফেরত</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>বাধা</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>ফেরত</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ফাইল</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>ত্রৈমাসিক</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>শেষ তারিখ</translation>
    </message>
    <message>
        <source>Past release at its end</source>
        <translation>শেষে মুক্তির পরেও আটক</translation>
    </message>
    <message>
        <source>New overstays</source>
        <translation>নতুন অতিরিক্ত আটক</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>রেফ</translation>
    </message>
    <message>
        <source>Release due</source>
        <translation>মুক্তির তারিখ</translation>
    </message>
    <message>
        <source>Days past release</source>
        <translation>মুক্তির পরে দিন</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>যে ডেস্কের কাছে</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>পড়া হচ্ছে…</translation>
    </message>
    <message>
        <source>With &amp;names and prisoner numbers</source>
        <translation>নাম ও বন্দি নম্বরসহ (&amp;N)</translation>
    </message>
    <message>
        <source>Saved files are anonymised (refs and counts only) unless this is ticked</source>
        <translation>টিক না দিলে সংরক্ষিত ফাইল বেনামী থাকে (শুধু রেফ ও সংখ্যা)</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>CSV হিসেবে সংরক্ষণ (&amp;C)…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>PDF হিসেবে সংরক্ষণ (&amp;P)…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>মানুষ</translation>
    </message>
    <message>
        <source>people</source>
        <translation>জন</translation>
    </message>
    <message>
        <source>Chart: people past release by days</source>
        <translation>চার্ট: দিন অনুযায়ী মুক্তির পরেও আটক মানুষ</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>বার ফেরত</translation>
    </message>
    <message>
        <source>Chart: why files were returned</source>
        <translation>চার্ট: ফাইল কেন ফেরত এসেছে</translation>
    </message>
    <message>
        <source>No desk has returned a file</source>
        <translation>কোনো ডেস্ক ফাইল ফেরত পাঠায়নি</translation>
    </message>
    <message>
        <source>Past release at the quarter&apos;s end</source>
        <translation>ত্রৈমাসিকের শেষে মুক্তির পরেও আটক</translation>
    </message>
    <message>
        <source>Chart: people past release by quarter</source>
        <translation>চার্ট: ত্রৈমাসিক অনুযায়ী মুক্তির পরেও আটক মানুষ</translation>
    </message>
    <message>
        <source>People past release by group</source>
        <translation>দল অনুযায়ী মুক্তির পরেও আটক মানুষ</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>ডেস্ক</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>বাধা</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>ত্রৈমাসিক</translation>
    </message>
    <message>
        <source>Longest cases</source>
        <translation>দীর্ঘতম মামলা</translation>
    </message>
    <message>
        <source>Past release</source>
        <translation>মুক্তির পরেও আটক</translation>
    </message>
    <message>
        <source>Anonymised: file refs and counts only. Desk figures count every time a desk had a file; returns are filed under an obstacle by the reason given.</source>
        <translation>বেনামী: শুধু ফাইল রেফ ও সংখ্যা। ডেস্কের হিসাবে যতবার কোনো ডেস্কে ফাইল ছিল ততবার গোনা হয়; ফেরতগুলি দেওয়া কারণ অনুযায়ী একটি বাধার নিচে রাখা হয়।</translation>
    </message>
    <message>
        <source>As of %1: %2 held past their release date.</source>
        <translation>%1 অনুযায়ী: %2 জন মুক্তির তারিখের পরেও আটক।</translation>
    </message>
    <message>
        <source>Save the advocacy pack</source>
        <translation>অ্যাডভোকেসি প্যাক সংরক্ষণ করুন</translation>
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
        <translation>অ্যাডভোকেসি প্যাক %1-এ সংরক্ষিত</translation>
    </message>
    <message>
        <source>Advocacy pack</source>
        <translation>অ্যাডভোকেসি প্যাক</translation>
    </message>
</context>
<context>
    <name>AgendaWords</name>
    <message numerus="yes">
        <source>%Ln file(s) with %1</source>
        <translation>
            <numerusform>%1-এ %Ln টি ফাইল</numerusform>
            <numerusform>%1-এ %Ln টি ফাইল</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) with %1 desks</source>
        <translation>
            <numerusform>%1 ডেস্কে %Ln টি ফাইল</numerusform>
            <numerusform>%1 ডেস্কে %Ln টি ফাইল</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln টি ফলো-আপ</numerusform>
            <numerusform>%Ln টি ফলো-আপ</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to chase this week</source>
        <translation>এই সপ্তাহে তাগাদা দেওয়ার কিছু নেই</translation>
    </message>
    <message numerus="yes">
        <source>with %Ln desk(s)</source>
        <translation>
            <numerusform>%Ln টি ডেস্কের সঙ্গে</numerusform>
            <numerusform>%Ln টি ডেস্কের সঙ্গে</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln টি মেয়াদ পেরিয়েছে</numerusform>
            <numerusform>%Ln টি মেয়াদ পেরিয়েছে</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held past release nobody is chasing</source>
        <translation>
            <numerusform>মুক্তির পরেও আটক %Ln জন, কেউ তাগাদা দিচ্ছে না</numerusform>
            <numerusform>মুক্তির পরেও আটক %Ln জন, কেউ তাগাদা দিচ্ছে না</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The database is open in another window</source>
        <translation>ডেটাবেসটি অন্য একটি উইন্ডোতে খোলা</translation>
    </message>
    <message>
        <source>%1 is open in another Repatriate window (%2). Only one window at a time may change it. Open it read-only here, to look without changing anything?</source>
        <translation>%1 অন্য একটি Repatriate উইন্ডোতে খোলা আছে (%2)। একবারে কেবল একটি উইন্ডো এটি বদলাতে পারে। কিছু না বদলে শুধু দেখার জন্য এখানে কেবল-পাঠ্য হিসেবে খুলবেন?</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>কেবল-পাঠ্য খুলুন</translation>
    </message>
    <message>
        <source>Do not open</source>
        <translation>খুলবেন না</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>ডেটাবেস খোলা যাচ্ছে না</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>অডিট লগ</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>নং</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>কখন (UTC)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>অ্যাকাউন্ট</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>কাজ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ফাইল</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>বিবরণ</translation>
    </message>
    <message>
        <source>every file</source>
        <translation>সব ফাইল</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>দেখান (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation>লগ যাচাই করুন (&amp;V)</translation>
    </message>
    <message>
        <source>File &amp;ref:</source>
        <translation>ফাইল রেফ (&amp;R):</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>অডিট লগ পড়া হচ্ছে…</translation>
    </message>
    <message>
        <source>Entries: %1.</source>
        <translation>এন্ট্রি: %1।</translation>
    </message>
    <message>
        <source>Entries for %2: %1.</source>
        <translation>%2-এর এন্ট্রি: %1।</translation>
    </message>
    <message>
        <source>Checking every entry of the log…</source>
        <translation>লগের প্রতিটি এন্ট্রি যাচাই করা হচ্ছে…</translation>
    </message>
    <message numerus="yes">
        <source>The log is intact: %Ln entr(y|ies), none edited, added or removed.</source>
        <translation>
            <numerusform>লগ অক্ষত: %Ln টি এন্ট্রি, কোনোটি বদলানো, যোগ করা বা মোছা হয়নি।</numerusform>
            <numerusform>লগ অক্ষত: %Ln টি এন্ট্রি, কোনোটি বদলানো, যোগ করা বা মোছা হয়নি।</numerusform>
        </translation>
    </message>
    <message>
        <source>The log was tampered with at entry %1: %2</source>
        <translation>লগে %1 নম্বর এন্ট্রিতে কারসাজি হয়েছে: %2</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>ব্যাকআপ</translation>
    </message>
    <message>
        <source>Verified backups are kept in %1. The last 10 are kept, and the newest of each of the last 7 days, 4 weeks and 12 months. Copy this folder to another disk from time to time.</source>
        <translation>যাচাই করা ব্যাকআপ %1-এ রাখা হয়। শেষ ১০টি রাখা হয়, আর শেষ ৭ দিন, ৪ সপ্তাহ ও ১২ মাসের প্রতিটির সবচেয়ে নতুনটি। মাঝে মাঝে এই ফোল্ডারটি অন্য ডিস্কে কপি করুন।</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>তৈরি</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>কেন</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ফাইল</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>আকার</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ফাইল</translation>
    </message>
    <message>
        <source>No backup yet: make one now.</source>
        <translation>এখনও কোনো ব্যাকআপ নেই: এখনই একটি তৈরি করুন।</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>এখনই ব্যাকআপ নিন (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>এই ব্যাকআপ ফিরিয়ে আনুন (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Check the database</source>
        <translation>ডেটাবেস পরীক্ষা করুন (&amp;C)</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>হাতে তৈরি</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>স্বয়ংক্রিয়</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>আমদানির আগে</translation>
    </message>
    <message>
        <source>before a deletion</source>
        <translation>মুছে ফেলার আগে</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>ফিরিয়ে আনার আগে</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>ব্যাকআপগুলি পড়া হচ্ছে…</translation>
    </message>
    <message>
        <source>Making a backup and checking it…</source>
        <translation>ব্যাকআপ তৈরি ও যাচাই করা হচ্ছে…</translation>
    </message>
    <message>
        <source>Backup made and verified: %1</source>
        <translation>ব্যাকআপ তৈরি ও যাচাই হয়েছে: %1</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>এই ব্যাকআপ ফিরিয়ে আনুন</translation>
    </message>
    <message>
        <source>Put the backup made %1 in place of the database?

Everything changed since then is replaced. The database as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>%1-এ তৈরি ব্যাকআপটি ডেটাবেসের জায়গায় বসাবেন?

তার পর থেকে যা কিছু বদলেছে সব প্রতিস্থাপিত হবে। ডেটাবেসের বর্তমান অবস্থার আগে ব্যাকআপ নেওয়া হয়, তাই সেই ব্যাকআপ ফিরিয়ে এনে এটি বাতিল করা যায়।</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>ফিরিয়ে আনা হচ্ছে…</translation>
    </message>
    <message>
        <source>Restored. The database as it was is kept as %1</source>
        <translation>ফিরিয়ে আনা হয়েছে। আগের ডেটাবেসটি %1 হিসেবে রাখা আছে</translation>
    </message>
    <message>
        <source>Checking every page of the database…</source>
        <translation>ডেটাবেসের প্রতিটি পাতা পরীক্ষা করা হচ্ছে…</translation>
    </message>
    <message>
        <source>No damage found in %1.</source>
        <translation>%1-এ কোনো ক্ষতি পাওয়া যায়নি।</translation>
    </message>
    <message>
        <source>The newest sound backup was made %1; choose it and restore it.</source>
        <translation>সবচেয়ে নতুন অক্ষত ব্যাকআপটি %1-এ তৈরি; সেটি বেছে নিয়ে ফিরিয়ে আনুন।</translation>
    </message>
    <message>
        <source>No sound backup was found.</source>
        <translation>কোনো অক্ষত ব্যাকআপ পাওয়া যায়নি।</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>ডেটাবেসটি ক্ষতিগ্রস্ত</translation>
    </message>
    <message numerus="yes">
        <source>SQLite found %Ln problem(s), the first: %1

%2</source>
        <translation>
            <numerusform>SQLite %Ln টি সমস্যা পেয়েছে, প্রথমটি: %1

%2</numerusform>
            <numerusform>SQLite %Ln টি সমস্যা পেয়েছে, প্রথমটি: %1

%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleOffer</name>
    <message>
        <source>Cannot import the bundle</source>
        <translation>বান্ডল আমদানি করা যাচ্ছে না</translation>
    </message>
    <message>
        <source>%1 is open read-only here: nothing can be imported into it.</source>
        <translation>%1 এখানে কেবল-পাঠ্য হিসেবে খোলা: এতে কিছু আমদানি করা যাবে না।</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>একটি বান্ডল আমদানি করুন</translation>
    </message>
    <message>
        <source>Import every file in %1 into the database %2?

A backup of the database is made first. If some of the bundle&apos;s refs are already taken here, nothing is imported.</source>
        <translation>%1-এর প্রতিটি ফাইল %2 ডেটাবেসে আমদানি করবেন?

আগে ডেটাবেসের একটি ব্যাকআপ নেওয়া হবে। বান্ডলের কোনো রেফ এখানে আগে থেকেই ব্যবহৃত হলে কিছুই আমদানি হবে না।</translation>
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation>বান্ডল আমদানি হয়নি</translation>
    </message>
    <message>
        <source>Files imported from %2: %1</source>
        <translation>%2 থেকে আমদানি করা ফাইল: %1</translation>
    </message>
</context>
<context>
    <name>ChainPanel</name>
    <message numerus="yes">
        <source>%1 — since %2, %Ln day(s)</source>
        <translation>
            <numerusform>%1 — %2 থেকে, %Ln দিন</numerusform>
            <numerusform>%1 — %2 থেকে, %Ln দিন</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stalled: expected within %Ln day(s)</source>
        <translation>
            <numerusform>আটকে আছে: %Ln দিনের মধ্যে হওয়ার কথা</numerusform>
            <numerusform>আটকে আছে: %Ln দিনের মধ্যে হওয়ার কথা</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Came back to a desk %Ln time(s);</source>
        <translation>
            <numerusform>একটি ডেস্কে %Ln বার ফিরে এসেছে;</numerusform>
            <numerusform>একটি ডেস্কে %Ln বার ফিরে এসেছে;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>returned with an objection %Ln time(s).</source>
        <translation>
            <numerusform>আপত্তিসহ %Ln বার ফেরত এসেছে।</numerusform>
            <numerusform>আপত্তিসহ %Ln বার ফেরত এসেছে।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln step(s) done.</source>
        <translation>
            <numerusform>%Ln টি ধাপের %1 টি সম্পন্ন।</numerusform>
            <numerusform>%Ln টি ধাপের %1 টি সম্পন্ন।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskDialog</name>
    <message>
        <source>Edit desk</source>
        <translation>ডেস্ক সম্পাদনা</translation>
    </message>
    <message>
        <source>Add desk</source>
        <translation>ডেস্ক যোগ করুন</translation>
    </message>
    <message>
        <source>e.g. EMB-BD</source>
        <translation>যেমন EMB-BD</translation>
    </message>
    <message>
        <source>Where the desk is: an ISO code such as IN, or a name</source>
        <translation>ডেস্কটি কোথায়: IN-এর মতো একটি ISO কোড, বা একটি নাম</translation>
    </message>
    <message>
        <source>Countries it deals with, separated by commas (codes such as BD, or names)</source>
        <translation>যে দেশগুলির কাজ দেখে, কমা দিয়ে আলাদা করে (BD-র মতো কোড, বা নাম)</translation>
    </message>
    <message>
        <source>How long the desk should hold a file; longer than this, the file is stalled</source>
        <translation>ডেস্কের কাছে একটি ফাইল কতদিন থাকা উচিত; এর বেশি হলে ফাইলটি আটকে আছে ধরা হয়</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>আধিকারিক</translation>
    </message>
    <message>
        <source>Add o&amp;fficer</source>
        <translation>আধিকারিক যোগ করুন (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Remove officer</source>
        <translation>আধিকারিক সরান (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>কোড (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>নাম (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>সংস্থা (&amp;O)</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>ভূমিকা (&amp;L)</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>দেশ (&amp;Y)</translation>
    </message>
    <message>
        <source>Deals &amp;with</source>
        <translation>যাদের কাজ দেখে (&amp;W)</translation>
    </message>
    <message>
        <source>Indian &amp;state</source>
        <translation>ভারতীয় রাজ্য (&amp;S)</translation>
    </message>
    <message>
        <source>Di&amp;vision</source>
        <translation>বিভাগ (&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>শহর (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>ঠিকানা (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>ফোন (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>ই-মেল (&amp;E)</translation>
    </message>
    <message>
        <source>E&amp;xpected days</source>
        <translation>প্রত্যাশিত দিন (&amp;X)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>মন্তব্য (&amp;T)</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>উৎস (&amp;U)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>সমস্যা</translation>
    </message>
    <message>
        <source>Officers (dates as 2025-04-01)</source>
        <translation>আধিকারিক (তারিখ 2025-04-01 ধাঁচে)</translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <translation>ই-মেল ঠিকানা নয়</translation>
    </message>
    <message>
        <source>required (IN for a desk in India)</source>
        <translation>আবশ্যক (ভারতের ডেস্কের জন্য IN)</translation>
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
        <translation>নাম</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>পদবি</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>থেকে</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>পর্যন্ত</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ই-মেল</translation>
    </message>
    <message>
        <source>A date such as 2025-04-01; leave empty if not known</source>
        <translation>2025-04-01-এর মতো তারিখ; জানা না থাকলে খালি রাখুন</translation>
    </message>
    <message>
        <source>Officer %1, %2</source>
        <translation>আধিকারিক %1, %2</translation>
    </message>
    <message>
        <source>required</source>
        <translation>আবশ্যক</translation>
    </message>
    <message>
        <source>not a date such as 2025-04-01</source>
        <translation>2025-04-01-এর মতো তারিখ নয়</translation>
    </message>
    <message>
        <source>before the since date</source>
        <translation>শুরুর তারিখের আগে</translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <translation>ই-মেল ঠিকানা নয়</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>কোড</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>সংস্থা</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ভূমিকা</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>দেশ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>রাজ্য</translation>
    </message>
    <message>
        <source>City</source>
        <translation>শহর</translation>
    </message>
    <message>
        <source>Expected days</source>
        <translation>প্রত্যাশিত দিন</translation>
    </message>
    <message>
        <source>Current officer</source>
        <translation>বর্তমান আধিকারিক</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>ডেস্ক</translation>
    </message>
    <message>
        <source>Median
days</source>
        <translation>মধ্যমা
দিন</translation>
    </message>
    <message>
        <source>Half the times the desk had a file, it held it longer than this</source>
        <translation>যতবার ডেস্কে ফাইল ছিল, তার অর্ধেক বার এর চেয়ে বেশি দিন রেখেছে</translation>
    </message>
    <message>
        <source>90th pct.
days</source>
        <translation>৯০তম শতাংশক
দিন</translation>
    </message>
    <message>
        <source>90th percentile: one time in ten, the desk held a file longer than this</source>
        <translation>৯০তম শতাংশক: দশবারে একবার ডেস্কটি এর চেয়ে বেশি দিন ফাইল রেখেছে</translation>
    </message>
    <message>
        <source>Times
held</source>
        <translation>কতবার
রেখেছে</translation>
    </message>
    <message>
        <source>Times the desk had a file, finished or still open</source>
        <translation>কতবার ডেস্কে ফাইল এসেছে, শেষ হয়েছে বা এখনও খোলা</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>ফেরত</translation>
    </message>
    <message>
        <source>Times it sent a file back with an objection</source>
        <translation>কতবার আপত্তিসহ ফাইল ফেরত পাঠিয়েছে</translation>
    </message>
    <message>
        <source>Came
back</source>
        <translation>ফিরে
এসেছে</translation>
    </message>
    <message>
        <source>Times a file came back to it after it had let the file go</source>
        <translation>ছেড়ে দেওয়ার পর কতবার ফাইল আবার ফিরে এসেছে</translation>
    </message>
    <message>
        <source>Held
now</source>
        <translation>এখন
আছে</translation>
    </message>
    <message>
        <source>Files it holds now</source>
        <translation>এখন যে ফাইলগুলি ডেস্কে আছে</translation>
    </message>
    <message>
        <source>Stalled
now</source>
        <translation>এখন
আটকে</translation>
    </message>
    <message>
        <source>Files it holds now for longer than its expected time</source>
        <translation>প্রত্যাশিত সময়ের বেশি ধরে যে ফাইলগুলি ডেস্কে আছে</translation>
    </message>
    <message>
        <source>Filter by code, name, organisation, state, city or officer</source>
        <translation>কোড, নাম, সংস্থা, রাজ্য, শহর বা আধিকারিক দিয়ে ছাঁকুন</translation>
    </message>
    <message>
        <source>Filter desks</source>
        <translation>ডেস্ক ছাঁকুন</translation>
    </message>
    <message>
        <source>&amp;Add desk…</source>
        <translation>ডেস্ক যোগ করুন (&amp;A)…</translation>
    </message>
    <message>
        <source>Add a ministry desk, embassy or office</source>
        <translation>মন্ত্রকের ডেস্ক, দূতাবাস বা দপ্তর যোগ করুন</translation>
    </message>
    <message>
        <source>Edi&amp;t desk…</source>
        <translation>ডেস্ক সম্পাদনা (&amp;T)…</translation>
    </message>
    <message>
        <source>Edit the selected desk and its officers</source>
        <translation>বাছাই করা ডেস্ক ও তার আধিকারিকদের সম্পাদনা করুন</translation>
    </message>
    <message>
        <source>Desk directory</source>
        <translation>ডেস্ক তালিকা</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>জাতীয়তা</translation>
    </message>
    <message>
        <source>Any nationality</source>
        <translation>যেকোনো জাতীয়তা</translation>
    </message>
    <message>
        <source>Prison state</source>
        <translation>কারাগারের রাজ্য</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>যেকোনো রাজ্য</translation>
    </message>
    <message>
        <source>Holds begun &amp;from</source>
        <translation>রাখা শুরু, থেকে (&amp;F)</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>পর্যন্ত (&amp;O)</translation>
    </message>
    <message>
        <source>How long desks hold files</source>
        <translation>ডেস্কগুলি কতদিন ফাইল রাখে</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>মধ্যমা দিন</translation>
    </message>
    <message>
        <source>90th percentile days</source>
        <translation>৯০তম শতাংশক দিন</translation>
    </message>
    <message>
        <source>days held</source>
        <translation>রাখা দিন</translation>
    </message>
    <message>
        <source>Chart: which desks hold files longest</source>
        <translation>চার্ট: কোন ডেস্ক সবচেয়ে বেশি দিন ফাইল রাখে</translation>
    </message>
    <message>
        <source>No desk has held a file of this choice</source>
        <translation>এই বাছাইয়ের কোনো ফাইল কোনো ডেস্কে থাকেনি</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more desk(s) in the table</source>
        <translation>
            <numerusform>সারণিতে আরও %Ln টি ডেস্ক</numerusform>
            <numerusform>সারণিতে আরও %Ln টি ডেস্ক</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Nationality</source>
        <translation>জাতীয়তা (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Prison state</source>
        <translation>কারাগারের রাজ্য (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>তালিকা (&amp;D)</translation>
    </message>
    <message>
        <source>How &amp;long desks hold files</source>
        <translation>ডেস্কগুলি কতদিন ফাইল রাখে (&amp;L)</translation>
    </message>
    <message>
        <source>Loading the desks…</source>
        <translation>ডেস্কগুলি লোড হচ্ছে…</translation>
    </message>
    <message>
        <source>Counting how long desks held files…</source>
        <translation>ডেস্কগুলি কতদিন ফাইল রেখেছে তা গোনা হচ্ছে…</translation>
    </message>
    <message numerus="yes">
        <source>As of %1: %Ln desk(s) (has|have) held these files;</source>
        <translation>
            <numerusform>%1 অনুযায়ী: %Ln টি ডেস্ক এই ফাইলগুলি রেখেছে;</numerusform>
            <numerusform>%1 অনুযায়ী: %Ln টি ডেস্ক এই ফাইলগুলি রেখেছে;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) (sits|sit) now past a desk&apos;s expected time.</source>
        <translation>
            <numerusform>%Ln টি ফাইল এখন ডেস্কের প্রত্যাশিত সময় পেরিয়ে আছে।</numerusform>
            <numerusform>%Ln টি ফাইল এখন ডেস্কের প্রত্যাশিত সময় পেরিয়ে আছে।</numerusform>
        </translation>
    </message>
    <message>
        <source>Days count from the day a desk got the file to the day it let it go (or to today).</source>
        <translation>দিন গোনা হয় ডেস্ক যেদিন ফাইল পেয়েছে সেদিন থেকে যেদিন ছেড়েছে সেদিন পর্যন্ত (বা আজ পর্যন্ত)।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln desk(s)</source>
        <translation>
            <numerusform>%Ln টি ডেস্ক</numerusform>
            <numerusform>%Ln টি ডেস্ক</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln desk(s)</source>
        <translation>
            <numerusform>%Ln টি ডেস্কের %1 টি</numerusform>
            <numerusform>%Ln টি ডেস্কের %1 টি</numerusform>
        </translation>
    </message>
    <message>
        <source>Desk %1 saved</source>
        <translation>ডেস্ক %1 সংরক্ষিত</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Likely the same person</source>
        <translation>সম্ভবত একই ব্যক্তি</translation>
    </message>
    <message>
        <source>%1 looks like people already on file. Merge it into one of them, or keep both if they are different people.</source>
        <translation>আগে থেকে রেকর্ডে থাকা কয়েকজনের সঙ্গে %1-এর মিল আছে। এটিকে তাঁদের একজনের ফাইলের সঙ্গে মেলান, অথবা তাঁরা আলাদা মানুষ হলে দুটি ফাইলই রাখুন।</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>রেফ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Native script</source>
        <translation>নিজের লিপিতে নাম</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>কারাগার</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>জাতীয়তা</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>জন্মসাল</translation>
    </message>
    <message>
        <source>Why alike</source>
        <translation>মিলের কারণ</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>সম্ভাব্য ডুপ্লিকেট ফাইল</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ঘর</translation>
    </message>
    <message>
        <source>On file</source>
        <translation>রেকর্ডের ফাইল</translation>
    </message>
    <message>
        <source>This file (tick to keep)</source>
        <translation>এই ফাইল (রাখতে টিক দিন)</translation>
    </message>
    <message>
        <source>Values to keep</source>
        <translation>যে মানগুলি রাখা হবে</translation>
    </message>
    <message>
        <source>&amp;Keep both — different people</source>
        <translation>দুটিই রাখুন — আলাদা মানুষ (&amp;K)</translation>
    </message>
    <message>
        <source>%1 on file and this file differ in these fields:</source>
        <translation>রেকর্ডের ফাইল %1 আর এই ফাইল এই ঘরগুলিতে আলাদা:</translation>
    </message>
    <message>
        <source>&amp;Merge into %1</source>
        <translation>%1-এর সঙ্গে মেলান (&amp;M)</translation>
    </message>
</context>
<context>
    <name>ExportCalendarDialog</name>
    <message>
        <source>Export to a calendar</source>
        <translation>ক্যালেন্ডারে রপ্তানি</translation>
    </message>
    <message>
        <source>Put the prisoners&apos; &amp;names in the calendar</source>
        <translation>ক্যালেন্ডারে বন্দিদের নাম রাখুন (&amp;N)</translation>
    </message>
    <message>
        <source>Calendars are often synced to phones and cloud services. Without names, each event shows only the file ref and the desk, which mean nothing to anyone outside the clinic.</source>
        <translation>ক্যালেন্ডার প্রায়ই ফোন ও ক্লাউড পরিষেবার সঙ্গে সিঙ্ক হয়। নাম ছাড়া প্রতিটি ইভেন্টে শুধু ফাইল রেফ ও ডেস্ক দেখায়, যা ক্লিনিকের বাইরের কারও কাছে অর্থহীন।</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>ফাইল বাছুন (&amp;C)…</translation>
    </message>
</context>
<context>
    <name>ExportReport</name>
    <message numerus="yes">
        <source>%Ln file(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln টি ফাইল %1-এ রপ্তানি হয়েছে।</numerusform>
            <numerusform>%Ln টি ফাইল %1-এ রপ্তানি হয়েছে।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <source>Date</source>
        <translation>তারিখ</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>কাজ</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>ডেস্ক</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>উত্তর</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ফলাফল</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>পরের ধাপ</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>চাপের উপায়</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>উত্তরের শেষ তারিখ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>থেকে</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>ফলো-আপ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>পদবি</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>পুনরাবৃত্তি</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>স্থগিত যতদিন</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>বন্ধ হয়েছে</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>কাজকর্ম</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>ফলো-আপ</translation>
    </message>
    <message>
        <source>Delete activi&amp;ty…</source>
        <translation>কাজ মুছুন (&amp;T)…</translation>
    </message>
    <message>
        <source>Delete the chosen activity, logged by mistake</source>
        <translation>ভুল করে লেখা বাছাই করা কাজটি মুছুন</translation>
    </message>
    <message>
        <source>Activity date</source>
        <translation>কাজের তারিখ</translation>
    </message>
    <message>
        <source>The desk &amp;replied (stops the weekly follow-up with it)</source>
        <translation>ডেস্ক উত্তর দিয়েছে (&amp;R) (তার সঙ্গে সাপ্তাহিক ফলো-আপ থামে)</translation>
    </message>
    <message>
        <source>(not an escalation)</source>
        <translation>(এসকেলেশন নয়)</translation>
    </message>
    <message>
        <source>&amp;Log activity</source>
        <translation>কাজ লিখুন (&amp;L)</translation>
    </message>
    <message>
        <source>Log a call, letter, visit or other activity on this file</source>
        <translation>এই ফাইলে একটি ফোন, চিঠি, সাক্ষাৎ বা অন্য কাজ লিখুন</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>ফলো-আপের তারিখ</translation>
    </message>
    <message>
        <source>Follow-up desk</source>
        <translation>ফলো-আপের ডেস্ক</translation>
    </message>
    <message>
        <source>What to follow up</source>
        <translation>কী নিয়ে ফলো-আপ</translation>
    </message>
    <message>
        <source>e.g. ask the embassy for the travel permit</source>
        <translation>যেমন দূতাবাসের কাছে ট্রাভেল পারমিট চাওয়া</translation>
    </message>
    <message>
        <source>once</source>
        <translation>একবার</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>প্রতি সপ্তাহে</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>প্রতি দুই সপ্তাহে</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>প্রতি মাসে</translation>
    </message>
    <message>
        <source>Set &amp;follow-up</source>
        <translation>ফলো-আপ ঠিক করুন (&amp;F)</translation>
    </message>
    <message>
        <source>Put a follow-up of this file on the agenda, once or repeating</source>
        <translation>এই ফাইলের একটি ফলো-আপ এজেন্ডায় রাখুন, একবার বা বারবার</translation>
    </message>
    <message>
        <source>Set a follow-up</source>
        <translation>ফলো-আপ ঠিক করুন</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>তারিখ (&amp;O)</translation>
    </message>
    <message>
        <source>With des&amp;k</source>
        <translation>ডেস্কের সঙ্গে (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>কী (&amp;W)</translation>
    </message>
    <message>
        <source>Re&amp;peats</source>
        <translation>পুনরাবৃত্তি (&amp;P)</translation>
    </message>
    <message>
        <source>Log an activity</source>
        <translation>একটি কাজ লিখুন</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation>কাজ (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>তারিখ (&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;esk</source>
        <translation>ডেস্ক (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>ফলাফল (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>পরের ধাপ (&amp;N)</translation>
    </message>
    <message>
        <source>Lever &amp;used</source>
        <translation>ব্যবহৃত চাপের উপায় (&amp;U)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Activities&lt;/b&gt;</source>
        <translation>&lt;b&gt;কাজকর্ম&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Follow-ups set on this file&lt;/b&gt;</source>
        <translation>&lt;b&gt;এই ফাইলে ঠিক করা ফলো-আপ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>কাজ মুছুন</translation>
    </message>
    <message>
        <source>the %1%2 of %3</source>
        <translation>%3 তারিখের %1%2</translation>
    </message>
    <message>
        <source>date not known</source>
        <translation>তারিখ জানা নেই</translation>
    </message>
    <message>
        <source>taken %1</source>
        <translation>তোলা %1</translation>
    </message>
    <message>
        <source>court order</source>
        <translation>আদালতের আদেশ</translation>
    </message>
    <message>
        <source>travel document</source>
        <translation>ভ্রমণ নথি</translation>
    </message>
    <message>
        <source>passport copy</source>
        <translation>পাসপোর্টের কপি</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>চিঠি</translation>
    </message>
    <message>
        <source>other</source>
        <translation>অন্যান্য</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>তারিখ</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>ফাইলের নাম</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>আকার</translation>
    </message>
    <message>
        <source>Save the new file first: photos and documents attach to a saved file.</source>
        <translation>আগে নতুন ফাইলটি সংরক্ষণ করুন: ছবি ও নথি সংরক্ষিত ফাইলেই যুক্ত হয়।</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>ছবি</translation>
    </message>
    <message>
        <source>Photo taken on</source>
        <translation>ছবি তোলার তারিখ</translation>
    </message>
    <message>
        <source>Add p&amp;hoto…</source>
        <translation>ছবি যোগ করুন (&amp;H)…</translation>
    </message>
    <message>
        <source>Attach a PNG or JPEG photo, with the date it was taken</source>
        <translation>একটি PNG বা JPEG ছবি যুক্ত করুন, তোলার তারিখসহ</translation>
    </message>
    <message>
        <source>Save photo &amp;as…</source>
        <translation>ছবি সংরক্ষণ করুন এভাবে (&amp;A)…</translation>
    </message>
    <message>
        <source>Save a copy of the selected photo</source>
        <translation>বাছাই করা ছবির একটি কপি সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>No photo yet: add one with Add photo…. An embassy recognises its national by the face when the prison wrote the name wrongly.</source>
        <translation>এখনও কোনো ছবি নেই: “ছবি যোগ করুন…” দিয়ে যোগ করুন। কারাগার নাম ভুল লিখলে দূতাবাস মুখ দেখেই নিজের নাগরিককে চেনে।</translation>
    </message>
    <message>
        <source>No document yet: add the court order, the release order, a passport copy or a letter with Add document…; they are printed after the fact sheet.</source>
        <translation>এখনও কোনো নথি নেই: “নথি যোগ করুন…” দিয়ে আদালতের আদেশ, মুক্তির আদেশ, পাসপোর্টের কপি বা চিঠি যোগ করুন; সেগুলি ফ্যাক্ট শিটের পরে ছাপা হয়।</translation>
    </message>
    <message>
        <source>&amp;Taken on</source>
        <translation>তোলার তারিখ (&amp;T)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>নথি</translation>
    </message>
    <message>
        <source>Document kind</source>
        <translation>নথির ধরন</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>নথির শিরোনাম</translation>
    </message>
    <message>
        <source>Document dated</source>
        <translation>নথির তারিখ</translation>
    </message>
    <message>
        <source>Add &amp;document…</source>
        <translation>নথি যোগ করুন (&amp;D)…</translation>
    </message>
    <message>
        <source>Attach a PDF, PNG or JPEG document</source>
        <translation>একটি PDF, PNG বা JPEG নথি যুক্ত করুন</translation>
    </message>
    <message>
        <source>Sa&amp;ve document as…</source>
        <translation>নথি সংরক্ষণ করুন এভাবে (&amp;V)…</translation>
    </message>
    <message>
        <source>Save a copy of the selected document</source>
        <translation>বাছাই করা নথির একটি কপি সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ধরন (&amp;K)</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>শিরোনাম (&amp;I)</translation>
    </message>
    <message>
        <source>Dat&amp;ed</source>
        <translation>তারিখ (&amp;E)</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>ছবি যোগ করুন</translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg)</source>
        <translation>ছবি (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>নথি যোগ করুন</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>নথি (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>তারিখ: %1</translation>
    </message>
    <message>
        <source>Choose a photo first.</source>
        <translation>আগে একটি ছবি বাছুন।</translation>
    </message>
    <message>
        <source>Choose a document first.</source>
        <translation>আগে একটি নথি বাছুন।</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>একটি কপি সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>চলাচল</translation>
    </message>
    <message>
        <source>Letter ref</source>
        <translation>চিঠির রেফ</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>মাধ্যমে</translation>
    </message>
    <message>
        <source>Note or objection</source>
        <translation>মন্তব্য বা আপত্তি</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>ফাইলের চলাচল</translation>
    </message>
    <message>
        <source>Delete movemen&amp;t…</source>
        <translation>চলাচল মুছুন (&amp;T)…</translation>
    </message>
    <message>
        <source>Delete the chosen movement, recorded by mistake</source>
        <translation>ভুল করে লেখা বাছাই করা চলাচলটি মুছুন</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>সংশোধন (&amp;R)…</translation>
    </message>
    <message>
        <source>Put the chosen movement in the form to record it again as it should have been</source>
        <translation>বাছাই করা চলাচলটি ফর্মে আনুন, যেমন হওয়া উচিত ছিল তেমন আবার লেখার জন্য</translation>
    </message>
    <message>
        <source>Movement date</source>
        <translation>চলাচলের তারিখ</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>লেখা হয়নি</translation>
    </message>
    <message>
        <source>Forwarded from</source>
        <translation>যেখান থেকে পাঠানো</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>মন্তব্য</translation>
    </message>
    <message>
        <source>for a return: the objection</source>
        <translation>ফেরতের ক্ষেত্রে: আপত্তি</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>বাধা</translation>
    </message>
    <message>
        <source>Record &amp;movement</source>
        <translation>চলাচল লিখুন (&amp;M)</translation>
    </message>
    <message>
        <source>Record that the file went to, came back from or was cleared by a desk</source>
        <translation>লিখুন যে ফাইলটি কোনো ডেস্কে গেছে, সেখান থেকে ফিরেছে বা সেখানে ছাড় পেয়েছে</translation>
    </message>
    <message>
        <source>Record a movement</source>
        <translation>একটি চলাচল লিখুন</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>কী ঘটেছে (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Forwarded from</source>
        <translation>যেখান থেকে পাঠানো (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Letter ref</source>
        <translation>চিঠির রেফ (&amp;L)</translation>
    </message>
    <message>
        <source>Vi&amp;a</source>
        <translation>মাধ্যমে (&amp;A)</translation>
    </message>
    <message>
        <source>O&amp;bstacle</source>
        <translation>বাধা (&amp;B)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>মন্তব্য (&amp;O)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>এখন</translation>
    </message>
    <message>
        <source>Record the co&amp;rrection</source>
        <translation>সংশোধন লিখুন (&amp;R)</translation>
    </message>
    <message>
        <source>Correct: %1</source>
        <translation>সংশোধন: %1</translation>
    </message>
    <message>
        <source>Delete movement</source>
        <translation>চলাচল মুছুন</translation>
    </message>
    <message>
        <source>the movement “%1”</source>
        <translation>চলাচল “%1”</translation>
    </message>
    <message>
        <source>Proposed: the next desk on the file&apos;s route</source>
        <translation>প্রস্তাবিত: ফাইলের পথে পরের ডেস্ক</translation>
    </message>
    <message>
        <source>The route proposes no desk for this file: choose the one it went to</source>
        <translation>এই ফাইলের পথে কোনো ডেস্ক প্রস্তাবিত নেই: যেখানে গেছে সেই ডেস্কটি বাছুন</translation>
    </message>
    <message>
        <source>&lt;b&gt;Holding it now:&lt;/b&gt;</source>
        <translation>&lt;b&gt;এখন যার কাছে:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;No desk holds it now.&lt;/b&gt;</source>
        <translation>&lt;b&gt;এখন কোনো ডেস্কের কাছে নেই।&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;No repatriation step recorded yet.&lt;/b&gt;</source>
        <translation>&lt;b&gt;এখনও প্রত্যাবাসনের কোনো ধাপ লেখা হয়নি।&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No route applies to this file.</source>
        <translation>এই ফাইলে কোনো পথ প্রযোজ্য নয়।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Route:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;পথ:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>In progress: %1</source>
        <translation>চলছে: %1</translation>
    </message>
    <message>
        <source>no desk in the directory</source>
        <translation>তালিকায় কোনো ডেস্ক নেই</translation>
    </message>
    <message>
        <source>Send next: %1 (%2)</source>
        <translation>এরপর পাঠান: %1 (%2)</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>তারপর: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;%1:&lt;/i&gt; %2</source>
        <translation>&lt;i&gt;%1:&lt;/i&gt; %2</translation>
    </message>
    <message>
        <source>desk: (empty): choose the desk the file went to</source>
        <translation>ডেস্ক: (খালি): ফাইলটি যে ডেস্কে গেছে সেটি বাছুন</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>সম্পর্ক</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>নিজের লিপিতে নাম</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ঠিকানা</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <source>Traced on</source>
        <translation>খোঁজ মিলেছে</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>মন্তব্য</translation>
    </message>
    <message>
        <source>contact %1, traced on: not a date (YYYY-MM-DD)</source>
        <translation>যোগাযোগ %1, খোঁজ মিলেছে: তারিখ নয় (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>সংরক্ষণ</translation>
    </message>
    <message>
        <source>Save the file&apos;s fields (Ctrl+S)</source>
        <translation>ফাইলের ঘরগুলি সংরক্ষণ করুন (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>ফাইল সংরক্ষণ</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>মুক্তির তারিখ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flags&lt;/b&gt; (as saved)</source>
        <translation>&lt;b&gt;ফ্ল্যাগ&lt;/b&gt; (সংরক্ষিত অবস্থায়)</translation>
    </message>
    <message>
        <source>&amp;1 Person</source>
        <translation>&amp;1 ব্যক্তি</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>ব্যক্তি</translation>
    </message>
    <message>
        <source>&amp;2 Nationality</source>
        <translation>&amp;2 জাতীয়তা</translation>
    </message>
    <message>
        <source>Nationality and documents</source>
        <translation>জাতীয়তা ও নথি</translation>
    </message>
    <message>
        <source>&amp;3 Custody</source>
        <translation>&amp;3 হেফাজত</translation>
    </message>
    <message>
        <source>Custody and sentence</source>
        <translation>হেফাজত ও সাজা</translation>
    </message>
    <message>
        <source>&amp;4 Risk</source>
        <translation>&amp;4 ঝুঁকি</translation>
    </message>
    <message>
        <source>Category and risk</source>
        <translation>শ্রেণি ও ঝুঁকি</translation>
    </message>
    <message>
        <source>&amp;5 Family</source>
        <translation>&amp;5 পরিবার</translation>
    </message>
    <message>
        <source>Family contacts</source>
        <translation>পরিবারের যোগাযোগ</translation>
    </message>
    <message>
        <source>&amp;6 Desk chain</source>
        <translation>&amp;6 ডেস্ক-শৃঙ্খল</translation>
    </message>
    <message>
        <source>Desk chain and movements</source>
        <translation>ডেস্ক-শৃঙ্খল ও চলাচল</translation>
    </message>
    <message>
        <source>&amp;7 Activities</source>
        <translation>&amp;7 কাজকর্ম</translation>
    </message>
    <message>
        <source>Activities and follow-ups</source>
        <translation>কাজকর্ম ও ফলো-আপ</translation>
    </message>
    <message>
        <source>&amp;8 Photos</source>
        <translation>&amp;8 ছবি</translation>
    </message>
    <message>
        <source>Photos and documents</source>
        <translation>ছবি ও নথি</translation>
    </message>
    <message>
        <source>&amp;9 Notes</source>
        <translation>&amp;9 মন্তব্য</translation>
    </message>
    <message>
        <source>Referral and notes</source>
        <translation>রেফারাল ও মন্তব্য</translation>
    </message>
    <message>
        <source>&amp;0 Orders</source>
        <translation>&amp;0 আদেশ</translation>
    </message>
    <message>
        <source>Orders of courts and commissions, RTI, travel documents</source>
        <translation>আদালত ও কমিশনের আদেশ, RTI, ভ্রমণ নথি</translation>
    </message>
    <message>
        <source>already used by another file</source>
        <translation>অন্য একটি ফাইলে আগেই ব্যবহৃত</translation>
    </message>
    <message>
        <source>The file was not saved</source>
        <translation>ফাইলটি সংরক্ষিত হয়নি</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>সংরক্ষিত %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>অসংরক্ষিত পরিবর্তন</translation>
    </message>
    <message>
        <source>The file %1 has changes that are not saved. Save them?</source>
        <translation>%1 ফাইলে এমন পরিবর্তন আছে যা সংরক্ষিত হয়নি। সংরক্ষণ করবেন?</translation>
    </message>
    <message>
        <source>No file open</source>
        <translation>কোনো ফাইল খোলা নেই</translation>
    </message>
    <message>
        <source>No flags raised.</source>
        <translation>কোনো ফ্ল্যাগ ওঠেনি।</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(এখনও নাম নেই)</translation>
    </message>
    <message>
        <source>Fix the problems shown in red first</source>
        <translation>আগে লাল রঙে দেখানো সমস্যাগুলি ঠিক করুন</translation>
    </message>
    <message>
        <source>New file, not saved yet</source>
        <translation>নতুন ফাইল, এখনও সংরক্ষিত নয়</translation>
    </message>
    <message>
        <source>Unsaved changes; the file was changed elsewhere</source>
        <translation>অসংরক্ষিত পরিবর্তন; ফাইলটি অন্য কোথাও বদলানো হয়েছে</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>সংরক্ষিত</translation>
    </message>
    <message numerus="yes">
        <source>To fix before saving (%Ln): </source>
        <translation>
            <numerusform>সংরক্ষণের আগে ঠিক করতে হবে (%Ln): </numerusform>
            <numerusform>সংরক্ষণের আগে ঠিক করতে হবে (%Ln): </numerusform>
        </translation>
    </message>
    <message>
        <source>Release due: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>মুক্তির তারিখ: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Release due: none yet (under trial, no conviction recorded)</source>
        <translation>মুক্তির তারিখ: এখনও নেই (বিচারাধীন, কোনো দোষী সাব্যস্তের তথ্য নেই)</translation>
    </message>
    <message>
        <source>Release due: cannot be worked out (see the problems)</source>
        <translation>মুক্তির তারিখ: হিসাব করা যাচ্ছে না (সমস্যাগুলি দেখুন)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:%1&quot;&gt;Held %Ln day(s) past release&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;মুক্তির পরেও %Ln দিন আটক&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:%1&quot;&gt;মুক্তির পরেও %Ln দিন আটক&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Not held past release</source>
        <translation>মুক্তির পরে আটক নয়</translation>
    </message>
    <message>
        <source>Enter the conviction date and sentence to work out the release date.</source>
        <translation>মুক্তির তারিখ হিসাব করতে দোষী সাব্যস্তের তারিখ ও সাজা লিখুন।</translation>
    </message>
    <message>
        <source>Not saved: fix the problems shown in red</source>
        <translation>সংরক্ষিত হয়নি: লাল রঙে দেখানো সমস্যাগুলি ঠিক করুন</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>সংরক্ষিত হয়নি</translation>
    </message>
    <message>
        <source>The files were not merged</source>
        <translation>ফাইলগুলি মেলানো হয়নি</translation>
    </message>
    <message>
        <source>Merged %1 into %2</source>
        <translation>%1-কে %2-এর সঙ্গে মেলানো হয়েছে</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>অন্য কেউ সংরক্ষণ করেছেন</translation>
    </message>
    <message>
        <source>Someone else saved this file after you opened it, so your changes were not saved (%1).

Reload their version (your changes are lost), or keep your changes on screen to copy what you need before reloading?</source>
        <translation>আপনি খোলার পরে অন্য কেউ এই ফাইলটি সংরক্ষণ করেছেন, তাই আপনার পরিবর্তন সংরক্ষিত হয়নি (%1)।

তাঁদের সংস্করণ আবার লোড করবেন (আপনার পরিবর্তন হারাবে), নাকি আবার লোড করার আগে দরকারি অংশ কপি করতে আপনার পরিবর্তন পর্দায় রাখবেন?</translation>
    </message>
    <message>
        <source>&amp;Reload their version</source>
        <translation>তাঁদের সংস্করণ লোড করুন (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep my changes</source>
        <translation>আমার পরিবর্তন রাখুন (&amp;K)</translation>
    </message>
    <message>
        <source>The file %1 was deleted</source>
        <translation>%1 ফাইলটি মুছে ফেলা হয়েছে</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>রেফ</translation>
    </message>
    <message>
        <source>Name as recorded</source>
        <translation>নথিতে লেখা নাম</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>অন্য নাম</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>বাবার নাম</translation>
    </message>
    <message>
        <source>Mother&apos;s name</source>
        <translation>মায়ের নাম</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>লিঙ্গ</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>জন্মতারিখ</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>আনুমানিক বয়স</translation>
    </message>
    <message>
        <source>Age estimated on</source>
        <translation>বয়স অনুমানের তারিখ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>জাতিগোষ্ঠী</translation>
    </message>
    <message>
        <source>Home address (as recorded)</source>
        <translation>বাড়ির ঠিকানা (নথিতে যেমন)</translation>
    </message>
    <message>
        <source>Home address (own script)</source>
        <translation>বাড়ির ঠিকানা (নিজের লিপিতে)</translation>
    </message>
    <message>
        <source>Claimed nationality</source>
        <translation>দাবি করা জাতীয়তা</translation>
    </message>
    <message>
        <source>Nationality per court</source>
        <translation>আদালতের মতে জাতীয়তা</translation>
    </message>
    <message>
        <source>Verified nationality</source>
        <translation>যাচাই করা জাতীয়তা</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>যাচাইয়ের তারিখ</translation>
    </message>
    <message>
        <source>Possible misidentification</source>
        <translation>ভুল পরিচয়ের সম্ভাবনা</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>পাসপোর্ট নম্বর</translation>
    </message>
    <message>
        <source>Passport book number</source>
        <translation>পাসপোর্ট বুক নম্বর</translation>
    </message>
    <message>
        <source>Passport country</source>
        <translation>পাসপোর্টের দেশ</translation>
    </message>
    <message>
        <source>Passport held by</source>
        <translation>পাসপোর্ট কার কাছে</translation>
    </message>
    <message>
        <source>Copy on file</source>
        <translation>কপি ফাইলে আছে</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>কারাগার</translation>
    </message>
    <message>
        <source>State</source>
        <translation>রাজ্য</translation>
    </message>
    <message>
        <source>Prisoner number</source>
        <translation>বন্দি নম্বর</translation>
    </message>
    <message>
        <source>Arrest date</source>
        <translation>গ্রেপ্তারের তারিখ</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>অভিযোগ</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>আদালত</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>মামলা নম্বর</translation>
    </message>
    <message>
        <source>Conviction date</source>
        <translation>দোষী সাব্যস্তের তারিখ</translation>
    </message>
    <message>
        <source>Sentence years</source>
        <translation>সাজা (বছর)</translation>
    </message>
    <message>
        <source>Sentence months</source>
        <translation>সাজা (মাস)</translation>
    </message>
    <message>
        <source>Sentence days</source>
        <translation>সাজা (দিন)</translation>
    </message>
    <message>
        <source>Set-off days</source>
        <translation>সেট-অফ দিন</translation>
    </message>
    <message>
        <source>Remission days</source>
        <translation>সাজা মকুবের দিন</translation>
    </message>
    <message>
        <source>Fine default days</source>
        <translation>জরিমানা অনাদায়ে দিন</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>মুক্তি পেয়েছেন</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <source>Sentence final</source>
        <translation>সাজা চূড়ান্ত</translation>
    </message>
    <message>
        <source>Consent to transfer</source>
        <translation>স্থানান্তরে সম্মতি</translation>
    </message>
    <message>
        <source>Consular access on</source>
        <translation>কনস্যুলার সাক্ষাতের তারিখ</translation>
    </message>
    <message>
        <source>Consular access by</source>
        <translation>কনস্যুলার সাক্ষাৎ করেছেন</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>শ্রেণি</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>দুর্বলতা</translation>
    </message>
    <message>
        <source>UNHCR registration</source>
        <translation>UNHCR নিবন্ধন</translation>
    </message>
    <message>
        <source>At risk if returned</source>
        <translation>ফেরত পাঠালে ঝুঁকি</translation>
    </message>
    <message>
        <source>Risk note</source>
        <translation>ঝুঁকির মন্তব্য</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>রেফারালের উৎস</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(খালি)</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>পরিচয়</translation>
    </message>
    <message>
        <source>&amp;Ref</source>
        <translation>রেফ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Name as recorded</source>
        <translation>নথিতে লেখা নাম (&amp;N)</translation>
    </message>
    <message>
        <source>Name in o&amp;wn script</source>
        <translation>নিজের লিপিতে নাম (&amp;W)</translation>
    </message>
    <message>
        <source>As the prisoner writes it, e.g. in Bengali or Burmese script</source>
        <translation>বন্দি নিজে যেমন লেখেন, যেমন বাংলা বা বর্মি লিপিতে</translation>
    </message>
    <message>
        <source>separate aliases with ;</source>
        <translation>অন্য নামগুলি ; দিয়ে আলাদা করুন</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>অন্য নাম (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Father&apos;s name</source>
        <translation>বাবার নাম (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Mother&apos;s name</source>
        <translation>মায়ের নাম (&amp;M)</translation>
    </message>
    <message>
        <source>male</source>
        <translation>পুরুষ</translation>
    </message>
    <message>
        <source>female</source>
        <translation>নারী</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>লিঙ্গ (&amp;X)</translation>
    </message>
    <message>
        <source>Age, languages and origin</source>
        <translation>বয়স, ভাষা ও উৎস</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>জন্মতারিখ (&amp;B)</translation>
    </message>
    <message>
        <source>Only when no birth date is known</source>
        <translation>কেবল জন্মতারিখ জানা না থাকলে</translation>
    </message>
    <message>
        <source>codes or names, separated by commas, e.g. bn, my</source>
        <translation>কোড বা নাম, কমা দিয়ে আলাদা, যেমন bn, my</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>ভাষা (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Ethnicity</source>
        <translation>জাতিগোষ্ঠী (&amp;E)</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>জাতীয়তা</translation>
    </message>
    <message>
        <source>&amp;Claimed nationality</source>
        <translation>দাবি করা জাতীয়তা (&amp;C)</translation>
    </message>
    <message>
        <source>Nationality per co&amp;urt</source>
        <translation>আদালতের মতে জাতীয়তা (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Verified nationality</source>
        <translation>যাচাই করা জাতীয়তা (&amp;V)</translation>
    </message>
    <message>
        <source>Verified &amp;on</source>
        <translation>যাচাইয়ের তারিখ (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Possible misidentification (e.g. Rohingya recorded as Bangladeshi)</source>
        <translation>ভুল পরিচয়ের সম্ভাবনা (&amp;P) (যেমন রোহিঙ্গাকে বাংলাদেশি লেখা)</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>পাসপোর্ট</translation>
    </message>
    <message>
        <source>Passport &amp;number</source>
        <translation>পাসপোর্ট নম্বর (&amp;N)</translation>
    </message>
    <message>
        <source>The number embassies trace, printed on the data page</source>
        <translation>যে নম্বর দূতাবাস খুঁজে বের করে, ডেটা পাতায় ছাপা</translation>
    </message>
    <message>
        <source>Passport &amp;book number</source>
        <translation>পাসপোর্ট বুক নম্বর (&amp;B)</translation>
    </message>
    <message>
        <source>The booklet&apos;s serial number, which courts often write down; embassies cannot trace it</source>
        <translation>পুস্তিকার ক্রমিক নম্বর, যা আদালত প্রায়ই লেখে; দূতাবাস এটি খুঁজে পায় না</translation>
    </message>
    <message>
        <source>Passport coun&amp;try</source>
        <translation>পাসপোর্টের দেশ (&amp;T)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>জানা নেই</translation>
    </message>
    <message>
        <source>A cop&amp;y is on file</source>
        <translation>একটি কপি ফাইলে আছে (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Prison</source>
        <translation>কারাগার (&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;tate</source>
        <translation>রাজ্য (&amp;T)</translation>
    </message>
    <message>
        <source>Prisoner &amp;number</source>
        <translation>বন্দি নম্বর (&amp;N)</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>অবস্থা (&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;leased on</source>
        <translation>মুক্তির তারিখ (&amp;L)</translation>
    </message>
    <message>
        <source>Case and sentence</source>
        <translation>মামলা ও সাজা</translation>
    </message>
    <message>
        <source>&amp;Arrest date</source>
        <translation>গ্রেপ্তারের তারিখ (&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;harge</source>
        <translation>অভিযোগ (&amp;H)</translation>
    </message>
    <message>
        <source>Cou&amp;rt</source>
        <translation>আদালত (&amp;R)</translation>
    </message>
    <message>
        <source>Cas&amp;e number</source>
        <translation>মামলা নম্বর (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Conviction date</source>
        <translation>দোষী সাব্যস্তের তারিখ (&amp;C)</translation>
    </message>
    <message>
        <source>Set-o&amp;ff days</source>
        <translation>সেট-অফ দিন (&amp;F)</translation>
    </message>
    <message>
        <source>Re&amp;mission days</source>
        <translation>সাজা মকুবের দিন (&amp;M)</translation>
    </message>
    <message>
        <source>F&amp;ine default days</source>
        <translation>জরিমানা অনাদায়ে দিন (&amp;I)</translation>
    </message>
    <message>
        <source>Transfer of sentence</source>
        <translation>সাজাপ্রাপ্তের স্থানান্তর</translation>
    </message>
    <message>
        <source>yes, no appeal pending</source>
        <translation>হ্যাঁ, কোনো আপিল বাকি নেই</translation>
    </message>
    <message>
        <source>no, an appeal is pending</source>
        <translation>না, আপিল বাকি আছে</translation>
    </message>
    <message>
        <source>A transfer of sentenced persons needs a final sentence (no appeal pending)</source>
        <translation>সাজাপ্রাপ্ত ব্যক্তির স্থানান্তরের জন্য চূড়ান্ত সাজা দরকার (কোনো আপিল বাকি নয়)</translation>
    </message>
    <message>
        <source>The prisoner&apos;s answer to serving the rest of the sentence in their home country</source>
        <translation>বাকি সাজা নিজের দেশে খাটার ব্যাপারে বন্দির উত্তর</translation>
    </message>
    <message>
        <source>Consular access</source>
        <translation>কনস্যুলার সাক্ষাৎ</translation>
    </message>
    <message>
        <source>First consular access &amp;on</source>
        <translation>প্রথম কনস্যুলার সাক্ষাতের তারিখ (&amp;O)</translation>
    </message>
    <message>
        <source>years</source>
        <translation>বছর</translation>
    </message>
    <message>
        <source>months</source>
        <translation>মাস</translation>
    </message>
    <message>
        <source>days</source>
        <translation>দিন</translation>
    </message>
    <message>
        <source>&amp;Sentence</source>
        <translation>সাজা (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>শ্রেণি (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Vulnerability</source>
        <translation>দুর্বলতা (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;UNHCR registration</source>
        <translation>UNHCR নিবন্ধন (&amp;U)</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>অনির্ধারিত</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>হ্যাঁ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>না</translation>
    </message>
    <message>
        <source>At &amp;risk if returned</source>
        <translation>ফেরত পাঠালে ঝুঁকি (&amp;R)</translation>
    </message>
    <message>
        <source>Risk &amp;note</source>
        <translation>ঝুঁকির মন্তব্য (&amp;N)</translation>
    </message>
    <message>
        <source>Relatives and how to reach them. Double-click a cell, or press F2, to edit it.</source>
        <translation>আত্মীয়স্বজন ও তাঁদের সঙ্গে যোগাযোগের উপায়। সম্পাদনা করতে ঘরে দুবার ক্লিক করুন বা F2 চাপুন।</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>যোগাযোগ যোগ করুন (&amp;A)</translation>
    </message>
    <message>
        <source>Add a family contact</source>
        <translation>পরিবারের একটি যোগাযোগ যোগ করুন</translation>
    </message>
    <message>
        <source>&amp;Remove contact</source>
        <translation>যোগাযোগ সরান (&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected family contact</source>
        <translation>বাছাই করা পারিবারিক যোগাযোগটি সরান</translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation>যিনি পাঠিয়েছেন (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>মন্তব্য (&amp;N)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>A date as year-month-day, e.g. 2024-03-14; empty if not known</source>
        <translation>বছর-মাস-দিন হিসেবে তারিখ, যেমন 2024-03-14; জানা না থাকলে খালি</translation>
    </message>
    <message>
        <source>not a date: write it as YYYY-MM-DD</source>
        <translation>তারিখ নয়: YYYY-MM-DD হিসেবে লিখুন</translation>
    </message>
    <message>
        <source>code or name, e.g. BD or Bangladesh</source>
        <translation>কোড বা নাম, যেমন BD বা Bangladesh</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>অনুমান করা হয়নি</translation>
    </message>
    <message>
        <source>Type a code, name or country</source>
        <translation>কোড, নাম বা দেশ লিখুন</translation>
    </message>
    <message>
        <source>(no desk)</source>
        <translation>(ডেস্ক নেই)</translation>
    </message>
    <message>
        <source>Save the new file first: movements and activities need a saved file.</source>
        <translation>আগে নতুন ফাইলটি সংরক্ষণ করুন: চলাচল ও কাজকর্মের জন্য সংরক্ষিত ফাইল দরকার।</translation>
    </message>
    <message>
        <source>Delete %1? It was recorded by mistake; a correction on the file keeps what it said.</source>
        <translation>%1 মুছবেন? এটি ভুল করে লেখা হয়েছিল; ফাইলে একটি সংশোধন এতে কী লেখা ছিল তা রেখে দেয়।</translation>
    </message>
    <message>
        <source>required: a date as YYYY-MM-DD</source>
        <translation>আবশ্যক: YYYY-MM-DD হিসেবে একটি তারিখ</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Filter by name (in any script), ref or passport number</source>
        <translation>নাম (যেকোনো লিপিতে), রেফ বা পাসপোর্ট নম্বর দিয়ে ছাঁকুন</translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>ফাইল ছাঁকুন</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>জাতীয়তা</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>কারাগার</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>যেকোনো অবস্থা</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>ফ্ল্যাগ</translation>
    </message>
    <message>
        <source>Any flag</source>
        <translation>যেকোনো ফ্ল্যাগ</translation>
    </message>
    <message>
        <source>What the flag badges mean</source>
        <translation>ফ্ল্যাগ ব্যাজগুলির অর্থ</translation>
    </message>
    <message>
        <source>Flag badges</source>
        <translation>ফ্ল্যাগ ব্যাজ</translation>
    </message>
    <message>
        <source>Show released and repatriated</source>
        <translation>মুক্ত ও প্রত্যাবাসিতদেরও দেখান</translation>
    </message>
    <message>
        <source>Also show the files of people no longer held: released, repatriated, deported, transferred or deceased</source>
        <translation>যাঁরা আর আটক নেই তাঁদের ফাইলও দেখান: মুক্ত, প্রত্যাবাসিত, বহিষ্কৃত, স্থানান্তরিত বা মৃত</translation>
    </message>
    <message>
        <source>Loading files…</source>
        <translation>ফাইল লোড হচ্ছে…</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln file(s) held longest past release; loading all files…</source>
        <translation>
            <numerusform>মুক্তির পরে সবচেয়ে বেশি দিন আটক %Ln টি ফাইল; সব ফাইল লোড হচ্ছে…</numerusform>
            <numerusform>মুক্তির পরে সবচেয়ে বেশি দিন আটক %Ln টি ফাইল; সব ফাইল লোড হচ্ছে…</numerusform>
        </translation>
    </message>
    <message>
        <source>Any nationality</source>
        <translation>যেকোনো জাতীয়তা</translation>
    </message>
    <message>
        <source>Any prison</source>
        <translation>যেকোনো কারাগার</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln টি ফাইল</numerusform>
            <numerusform>%Ln টি ফাইল</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln file(s)</source>
        <translation>
            <numerusform>%Ln টি ফাইলের %1 টি</numerusform>
            <numerusform>%Ln টি ফাইলের %1 টি</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Repatriate guide</source>
        <translation>Repatriate নির্দেশিকা</translation>
    </message>
</context>
<context>
    <name>Histogram</name>
    <message>
        <source>No data</source>
        <translation>কোনো তথ্য নেই</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Dates are written &amp;day first (31/12/2024)</source>
        <translation>তারিখ আগে দিন দিয়ে লেখা (&amp;D) (31/12/2024)</translation>
    </message>
    <message>
        <source>(or tick “%1”)</source>
        <translation>(অথবা “%1” টিক দিন)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>সারি</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>সমস্যা</translation>
    </message>
    <message>
        <source>Import prisoner files from CSV</source>
        <translation>CSV থেকে বন্দির ফাইল আমদানি</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV ফাইল</translation>
    </message>
    <message>
        <source>The CSV file to import</source>
        <translation>আমদানির জন্য CSV ফাইল</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>CSV ফাইল (&amp;F):</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>বাছুন (&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the CSV file to import</source>
        <translation>আমদানির জন্য CSV ফাইলটি বাছুন</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>আবার যাচাই (&amp;A)</translation>
    </message>
    <message>
        <source>Read the file again, after correcting it</source>
        <translation>ঠিক করার পরে ফাইলটি আবার পড়ুন</translation>
    </message>
    <message>
        <source>Without this, dates must be written as the year first: 2024-12-31</source>
        <translation>এটি ছাড়া তারিখ আগে বছর দিয়ে লিখতে হবে: 2024-12-31</translation>
    </message>
    <message>
        <source>Choose a CSV file: its rows are checked before anything is written.</source>
        <translation>একটি CSV ফাইল বাছুন: কিছু লেখার আগে এর সারিগুলি যাচাই করা হয়।</translation>
    </message>
    <message>
        <source>Rows of the CSV file</source>
        <translation>CSV ফাইলের সারি</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>পাওয়া সমস্যা</translation>
    </message>
    <message>
        <source>Choose a problem to see its cell in the rows above</source>
        <translation>উপরের সারিতে ঘরটি দেখতে একটি সমস্যা বাছুন</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>আমদানি (&amp;I)</translation>
    </message>
    <message>
        <source>Write every row, or none if any is wrong</source>
        <translation>সব সারি লিখুন, বা একটিও ভুল থাকলে কোনোটিই নয়</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <source>Import prisoner files</source>
        <translation>বন্দির ফাইল আমদানি</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ফাইল (*.csv);;সব ফাইল (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 যাচাই হচ্ছে…</translation>
    </message>
    <message numerus="yes">
        <source>Problems found: %Ln, in %2 of the %3 rows. Nothing will be written until every problem is corrected: correct the file, then choose Check again.</source>
        <translation>
            <numerusform>সমস্যা পাওয়া গেছে: %Ln টি, %3 টি সারির %2 টিতে। সব সমস্যা ঠিক না হওয়া পর্যন্ত কিছুই লেখা হবে না: ফাইলটি ঠিক করে “আবার যাচাই” বাছুন।</numerusform>
            <numerusform>সমস্যা পাওয়া গেছে: %Ln টি, %3 টি সারির %2 টিতে। সব সমস্যা ঠিক না হওয়া পর্যন্ত কিছুই লেখা হবে না: ফাইলটি ঠিক করে “আবার যাচাই” বাছুন।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) (is|are) ready to import;</source>
        <translation>
            <numerusform>%Ln টি ফাইল আমদানির জন্য তৈরি;</numerusform>
            <numerusform>%Ln টি ফাইল আমদানির জন্য তৈরি;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be given a new ref.</source>
        <translation>
            <numerusform>%Ln টি নতুন রেফ পাবে।</numerusform>
            <numerusform>%Ln টি নতুন রেফ পাবে।</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>ফাইলটি পড়া যাচ্ছে না: %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>আমদানি হচ্ছে…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln file(s) from %1</source>
        <translation>
            <numerusform>%1 থেকে %Ln টি ফাইল আমদানি হয়েছে</numerusform>
            <numerusform>%1 থেকে %Ln টি ফাইল আমদানি হয়েছে</numerusform>
        </translation>
    </message>
    <message>
        <source>Export every file to CSV</source>
        <translation>সব ফাইল CSV-তে রপ্তানি</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ফাইল (*.csv)</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>CSV-তে রপ্তানি</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 লেখা হচ্ছে…</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Letters: %1</source>
        <translation>চিঠি: %1</translation>
    </message>
    <message>
        <source>Chaser to the desk</source>
        <translation>ডেস্কে তাগাদার চিঠি</translation>
    </message>
    <message>
        <source>RTI application to the desk&apos;s PIO</source>
        <translation>ডেস্কের PIO-র কাছে RTI আবেদন</translation>
    </message>
    <message>
        <source>Complaint to the NHRC</source>
        <translation>NHRC-তে অভিযোগ</translation>
    </message>
    <message>
        <source>The desk that holds the file</source>
        <translation>যে ডেস্কের কাছে ফাইলটি আছে</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word document (editable)</source>
        <translation>Word নথি (সম্পাদনযোগ্য)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>বাছুন…</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>চিঠি (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Desk:</source>
        <translation>ডেস্ক (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>ফরম্যাট (&amp;F):</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>সংরক্ষণের জায়গা (&amp;A):</translation>
    </message>
    <message>
        <source>Save the letter as</source>
        <translation>চিঠিটি সংরক্ষণ করুন এভাবে</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word নথি (*.docx)</translation>
    </message>
    <message>
        <source>Writing the letter…</source>
        <translation>চিঠি লেখা হচ্ছে…</translation>
    </message>
    <message>
        <source>Written to %1 (our reference %2).</source>
        <translation>%1-এ লেখা হয়েছে (আমাদের রেফারেন্স %2)।</translation>
    </message>
</context>
<context>
    <name>LeversTab</name>
    <message>
        <source>Orders</source>
        <translation>আদেশ</translation>
    </message>
    <message>
        <source>RTI</source>
        <translation>RTI</translation>
    </message>
    <message>
        <source>Travel documents</source>
        <translation>ভ্রমণ নথি</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Passphrase</source>
        <translation>পাসফ্রেজ</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>আনলক (&amp;U)</translation>
    </message>
    <message>
        <source>Repatriate is locked</source>
        <translation>Repatriate লক করা</translation>
    </message>
    <message>
        <source>Type the passphrase to go on where you left off.</source>
        <translation>যেখানে ছেড়েছিলেন সেখান থেকে চালিয়ে যেতে পাসফ্রেজ লিখুন।</translation>
    </message>
    <message>
        <source>This database is not encrypted: whoever has the file can read it (see `repatriate encrypt`).</source>
        <translation>এই ডেটাবেস এনক্রিপ্ট করা নয়: ফাইলটি যার কাছে আছে সে-ই পড়তে পারে (`repatriate encrypt` দেখুন)।</translation>
    </message>
</context>
<context>
    <name>Locker</name>
    <message>
        <source>&amp;Lock</source>
        <translation>লক (&amp;L)</translation>
    </message>
    <message>
        <source>Wrong passphrase for %1</source>
        <translation>%1-এর জন্য ভুল পাসফ্রেজ</translation>
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
        <translation>%1 (কেবল-পাঠ্য)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ফাইল</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>এই সপ্তাহ</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>ডেস্ক</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>সারসংক্ষেপ</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>অ্যাডভোকেসি</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>সেটিংস</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>পাতা</translation>
    </message>
    <message>
        <source>Read-only: open in another window; changes are not saved</source>
        <translation>কেবল-পাঠ্য: অন্য উইন্ডোতে খোলা; পরিবর্তন সংরক্ষিত হয় না</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>সংরক্ষিত %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ফাইল (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New file</source>
        <translation>নতুন ফাইল (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV আমদানি (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV রপ্তানি (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print fact sheet…</source>
        <translation>ফ্যাক্ট শিট ছাপুন (&amp;P)…</translation>
    </message>
    <message>
        <source>Embassy &amp;batch…</source>
        <translation>দূতাবাসের ব্যাচ (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Letters…</source>
        <translation>চিঠি (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>ব্যাকআপ (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>বেরিয়ে যান (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>সম্পাদনা (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find files</source>
        <translation>ফাইল খুঁজুন (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Delete file…</source>
        <translation>ফাইল মুছুন (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>যান (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>সাহায্য (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>নির্দেশিকা (&amp;G)</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>অডিট লগ (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;About Repatriate</source>
        <translation>Repatriate সম্পর্কে (&amp;A)</translation>
    </message>
    <message>
        <source>Print fact sheet</source>
        <translation>ফ্যাক্ট শিট ছাপুন</translation>
    </message>
    <message>
        <source>Choose a file in the Files table, or open one, to print its fact sheet.</source>
        <translation>ফ্যাক্ট শিট ছাপতে ফাইল সারণিতে একটি ফাইল বাছুন, বা একটি খুলুন।</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>চিঠি</translation>
    </message>
    <message>
        <source>Choose a file in the Files table, or open one, to write a letter on it.</source>
        <translation>চিঠি লিখতে ফাইল সারণিতে একটি ফাইল বাছুন, বা একটি খুলুন।</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>ফাইল মুছুন</translation>
    </message>
    <message>
        <source>Choose a file in the Files table, or open one, to delete it.</source>
        <translation>মুছতে ফাইল সারণিতে একটি ফাইল বাছুন, বা একটি খুলুন।</translation>
    </message>
    <message>
        <source>Delete the file %1 with its family, photos, documents, movements and activities?

A backup is made first; restoring it brings the file back.</source>
        <translation>%1 ফাইলটি তার পরিবার, ছবি, নথি, চলাচল ও কাজকর্মসহ মুছবেন?

আগে একটি ব্যাকআপ নেওয়া হয়; সেটি ফিরিয়ে আনলে ফাইলটি ফিরে আসে।</translation>
    </message>
    <message>
        <source>Deleted %1; a backup was made first</source>
        <translation>%1 মোছা হয়েছে; আগে একটি ব্যাকআপ নেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>ডেটাবেসটি ক্ষতিগ্রস্ত</translation>
    </message>
    <message>
        <source>SQLite found damage in %1 (%2). Do not go on working in it: restore the newest sound backup in the Backups dialog, which opens now.</source>
        <translation>SQLite %1-এ ক্ষতি পেয়েছে (%2)। এতে আর কাজ চালাবেন না: ব্যাকআপ ডায়ালগে সবচেয়ে নতুন অক্ষত ব্যাকআপটি ফিরিয়ে আনুন, যা এখন খুলছে।</translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>কোনো ব্যাকআপ নেওয়া হয়নি</translation>
    </message>
</context>
<context>
    <name>MarkDoneDialog</name>
    <message>
        <source>Mark done</source>
        <translation>সম্পন্ন চিহ্নিত করুন</translation>
    </message>
    <message>
        <source>e.g. officer on leave; call next week</source>
        <translation>যেমন আধিকারিক ছুটিতে; পরের সপ্তাহে ফোন</translation>
    </message>
    <message>
        <source>&amp;Reply received</source>
        <translation>উত্তর পাওয়া গেছে (&amp;R)</translation>
    </message>
    <message>
        <source>The desk answered: the weekly follow-up with it stops until the file moves on.</source>
        <translation>ডেস্ক উত্তর দিয়েছে: ফাইল এগিয়ে না যাওয়া পর্যন্ত তার সঙ্গে সাপ্তাহিক ফলো-আপ থামে।</translation>
    </message>
    <message>
        <source>Only a desk can reply; some of these have no desk.</source>
        <translation>কেবল ডেস্কই উত্তর দিতে পারে; এগুলির কয়েকটির কোনো ডেস্ক নেই।</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>কীভাবে (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>তারিখ (&amp;O)</translation>
    </message>
    <message>
        <source>Out&amp;come</source>
        <translation>ফলাফল (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>পরের ধাপ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Log it</source>
        <translation>লিখুন (&amp;L)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Saved by someone else</source>
        <translation>অন্য কেউ সংরক্ষণ করেছেন</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>সাজা</translation>
    </message>
    <message>
        <source>Someone else saved %1 after you opened it. Their version and yours differ in these fields; tick the ones to keep from yours.</source>
        <translation>আপনি খোলার পরে অন্য কেউ %1 সংরক্ষণ করেছেন। তাঁদের ও আপনার সংস্করণ এই ঘরগুলিতে আলাদা; যেগুলি আপনার সংস্করণ থেকে রাখতে চান সেগুলিতে টিক দিন।</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ঘর</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>তাঁদের সংস্করণ</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>আপনার সংস্করণ</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>আমারটা রাখুন (&amp;M)</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>তাঁদেরটা রাখুন (&amp;T)</translation>
    </message>
    <message>
        <source>M&amp;erge the ticked fields</source>
        <translation>টিক দেওয়া ঘরগুলি মেলান (&amp;E)</translation>
    </message>
    <message>
        <source>%1 years %2 months %3 days; set-off %4, remission %5, fine default %6</source>
        <translation>%1 বছর %2 মাস %3 দিন; সেট-অফ %4, সাজা মকুব %5, জরিমানা অনাদায়ে %6</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <source>Comply by</source>
        <translation>শেষ তারিখ</translation>
    </message>
    <message>
        <source>Ordered by</source>
        <translation>আদেশদাতা</translation>
    </message>
    <message>
        <source>Order of</source>
        <translation>আদেশের তারিখ</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>যার বিরুদ্ধে</translation>
    </message>
    <message>
        <source>Directs</source>
        <translation>নির্দেশ</translation>
    </message>
    <message>
        <source>Complied on</source>
        <translation>পালনের তারিখ</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>বিলম্ব (দিন)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>আদেশ</translation>
    </message>
    <message>
        <source>e.g. High Court of Calcutta, NHRC</source>
        <translation>যেমন কলকাতা হাইকোর্ট, NHRC</translation>
    </message>
    <message>
        <source>Date of the order</source>
        <translation>আদেশের তারিখ</translation>
    </message>
    <message>
        <source>What it directs</source>
        <translation>কী নির্দেশ দিয়েছে</translation>
    </message>
    <message>
        <source>Against desk</source>
        <translation>যে ডেস্কের বিরুদ্ধে</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>মন্তব্য</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>আদেশ</translation>
    </message>
    <message>
        <source>Ordered &amp;by</source>
        <translation>আদেশদাতা (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Order of</source>
        <translation>আদেশের তারিখ (&amp;O)</translation>
    </message>
    <message>
        <source>Di&amp;rects</source>
        <translation>নির্দেশ (&amp;R)</translation>
    </message>
    <message>
        <source>Comply b&amp;y</source>
        <translation>পালনের শেষ তারিখ (&amp;Y)</translation>
    </message>
    <message>
        <source>Against des&amp;k</source>
        <translation>যে ডেস্কের বিরুদ্ধে (&amp;K)</translation>
    </message>
    <message>
        <source>Com&amp;plied on</source>
        <translation>পালনের তারিখ (&amp;P)</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>মন্তব্য (&amp;T)</translation>
    </message>
    <message>
        <source>Orders of courts and commissions</source>
        <translation>আদালত ও কমিশনের আদেশ</translation>
    </message>
    <message>
        <source>the order of %1 of %2</source>
        <translation>%2 তারিখের %1-এর আদেশ</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Files by status</source>
        <translation>অবস্থা অনুযায়ী ফাইল</translation>
    </message>
    <message>
        <source>no status recorded</source>
        <translation>কোনো অবস্থা লেখা নেই</translation>
    </message>
    <message>
        <source>People still held past their release date</source>
        <translation>মুক্তির তারিখের পরেও যাঁরা আটক</translation>
    </message>
    <message>
        <source>Days held past release</source>
        <translation>মুক্তির পরে আটকের দিন</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>রেফ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Days past release</source>
        <translation>মুক্তির পরে দিন</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>জাতীয়তা</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>কারাগার</translation>
    </message>
    <message>
        <source>Held a year or more past release</source>
        <translation>মুক্তির পরে এক বছর বা বেশি আটক</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>যার কাছে</translation>
    </message>
    <message>
        <source>Why it is stalled</source>
        <translation>কেন আটকে আছে</translation>
    </message>
    <message>
        <source>Stalled files</source>
        <translation>আটকে থাকা ফাইল</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>হিসাব হচ্ছে…</translation>
    </message>
    <message>
        <source>Stalled at a desk</source>
        <translation>ডেস্কে আটকে আছে</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s);</source>
        <translation>
            <numerusform>%Ln টি ফাইল;</numerusform>
            <numerusform>%Ln টি ফাইল;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still held,</source>
        <translation>
            <numerusform>%Ln জন এখনও আটক,</numerusform>
            <numerusform>%Ln জন এখনও আটক,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them past their release date.</source>
        <translation>
            <numerusform>তাঁদের %Ln জন মুক্তির তারিখ পেরিয়েছেন।</numerusform>
            <numerusform>তাঁদের %Ln জন মুক্তির তারিখ পেরিয়েছেন।</numerusform>
        </translation>
    </message>
    <message>
        <source>people</source>
        <translation>জন</translation>
    </message>
    <message>
        <source>Held a year or more past release (%1)</source>
        <translation>মুক্তির পরে এক বছর বা বেশি আটক (%1)</translation>
    </message>
    <message>
        <source>Stalled at a desk (%1)</source>
        <translation>ডেস্কে আটকে আছে (%1)</translation>
    </message>
    <message>
        <source>No file has been at a desk longer than expected.</source>
        <translation>কোনো ফাইল প্রত্যাশার বেশি সময় কোনো ডেস্কে নেই।</translation>
    </message>
    <message>
        <source>over %1 days</source>
        <translation>%1 দিনের বেশি</translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>%1 is a range of days, low to high</comment>
        <translation>%1 দিন</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Unlock the database</source>
        <translation>ডেটাবেস আনলক করুন</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>পাসফ্রেজ</translation>
    </message>
    <message>
        <source>Passphrase for %1</source>
        <translation>%1-এর পাসফ্রেজ</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print fact sheet</source>
        <translation>ফ্যাক্ট শিট ছাপুন</translation>
    </message>
    <message>
        <source>Embassy batch</source>
        <translation>দূতাবাসের ব্যাচ</translation>
    </message>
    <message>
        <source>Embassy of</source>
        <translation>যে দেশের দূতাবাস</translation>
    </message>
    <message>
        <source>Only those &amp;past their release date</source>
        <translation>কেবল মুক্তির তারিখ পেরোনোরা (&amp;P)</translation>
    </message>
    <message>
        <source>E&amp;veryone still held</source>
        <translation>এখনও আটক সবাই (&amp;V)</translation>
    </message>
    <message>
        <source>Also write the annex table as a CSV file</source>
        <translation>অ্যানেক্স সারণিটি CSV ফাইল হিসেবেও লিখুন</translation>
    </message>
    <message>
        <source>Beside the PDF, with the same name ending in .csv, for the embassy&apos;s records</source>
        <translation>PDF-এর পাশে, একই নামে .csv দিয়ে শেষ, দূতাবাসের রেকর্ডের জন্য</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>ফাইলগুলি পড়া হচ্ছে…</translation>
    </message>
    <message>
        <source>&amp;Embassy of:</source>
        <translation>যে দেশের দূতাবাস (&amp;E):</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>অন্তর্ভুক্ত:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ফাইল:</translation>
    </message>
    <message>
        <source>Leave empty for the usual ask, fitting the person&apos;s situation: verification and a travel document, the travel document once verified, consular access under trial, a referral when the sheet goes to UNHCR.</source>
        <translation>সাধারণ অনুরোধের জন্য খালি রাখুন, যা ব্যক্তির অবস্থা অনুযায়ী হয়: যাচাই ও ভ্রমণ নথি, যাচাইয়ের পরে ভ্রমণ নথি, বিচারাধীন অবস্থায় কনস্যুলার সাক্ষাৎ, শিট UNHCR-এ গেলে রেফারাল।</translation>
    </message>
    <message>
        <source>Request to the embassy</source>
        <translation>দূতাবাসের কাছে অনুরোধ</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>অনুরোধ (&amp;R):</translation>
    </message>
    <message>
        <source>Include the attached &amp;documents</source>
        <translation>সংযুক্ত নথিগুলি অন্তর্ভুক্ত করুন (&amp;D)</translation>
    </message>
    <message>
        <source>The fact sheets stay in English; the cover letter can be in the embassy&apos;s</source>
        <translation>ফ্যাক্ট শিট ইংরেজিতেই থাকে; কভার লেটার দূতাবাসের ভাষায় হতে পারে</translation>
    </message>
    <message>
        <source>Cover &amp;letter in:</source>
        <translation>কভার লেটারের ভাষা (&amp;L):</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>PDF সংরক্ষণ করুন এভাবে</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>বাছুন (&amp;H)…</translation>
    </message>
    <message>
        <source>Choose where to save the PDF</source>
        <translation>PDF কোথায় সংরক্ষণ হবে বাছুন</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>সংরক্ষণের জায়গা (&amp;A):</translation>
    </message>
    <message>
        <source>What was printed</source>
        <translation>কী ছাপা হল</translation>
    </message>
    <message>
        <source>O&amp;verride with a reason…</source>
        <translation>কারণসহ উপেক্ষা (&amp;V)…</translation>
    </message>
    <message>
        <source>Record why this sheet may go to the home embassy despite the risk on return</source>
        <translation>ফেরত পাঠালে ঝুঁকি সত্ত্বেও এই শিট কেন নিজের দেশের দূতাবাসে যেতে পারে তা লিখুন</translation>
    </message>
    <message>
        <source>&amp;Open the PDF</source>
        <translation>PDF খুলুন (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF</source>
        <translation>PDF হিসেবে সংরক্ষণ (&amp;S)</translation>
    </message>
    <message>
        <source>Write the PDF (the old file is kept until it is done)</source>
        <translation>PDF লিখুন (কাজ শেষ না হওয়া পর্যন্ত পুরোনো ফাইল রাখা থাকে)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>ছাপুন (&amp;P)…</translation>
    </message>
    <message>
        <source>Choose a printer and send the sheets to it</source>
        <translation>একটি প্রিন্টার বেছে শিটগুলি পাঠান</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <source>%1 (%2): %3 held, %4 past release</source>
        <translation>%1 (%2): %3 জন আটক, %4 জন মুক্তির পরে</translation>
    </message>
    <message>
        <source>Nobody is held: there is no embassy to write to.</source>
        <translation>কেউ আটক নেই: লেখার মতো কোনো দূতাবাস নেই।</translation>
    </message>
    <message>
        <source>Save the fact sheets as</source>
        <translation>ফ্যাক্ট শিট সংরক্ষণ করুন এভাবে</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>সংরক্ষণ করুন এভাবে</translation>
    </message>
    <message>
        <source>give a file name ending in .pdf</source>
        <translation>.pdf দিয়ে শেষ হওয়া একটি ফাইলের নাম দিন</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>%1 ফোল্ডারটি নেই</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(খালি)</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 ছাপুন</translation>
    </message>
    <message>
        <source>Writing the fact sheet of %1…</source>
        <translation>%1-এর ফ্যাক্ট শিট লেখা হচ্ছে…</translation>
    </message>
    <message>
        <source>Embassy</source>
        <translation>দূতাবাস</translation>
    </message>
    <message>
        <source>choose the embassy&apos;s country</source>
        <translation>দূতাবাসের দেশ বাছুন</translation>
    </message>
    <message>
        <source>Writing the batch for the embassy of %1…</source>
        <translation>%1-এর দূতাবাসের জন্য ব্যাচ লেখা হচ্ছে…</translation>
    </message>
    <message>
        <source>Nothing was printed: %1</source>
        <translation>কিছুই ছাপা হয়নি: %1</translation>
    </message>
    <message numerus="yes">
        <source>Fact sheets for %2: %Ln, sent to the printer %3</source>
        <translation>
            <numerusform>%2-এর জন্য ফ্যাক্ট শিট: %Ln টি, %3 প্রিন্টারে পাঠানো হয়েছে</numerusform>
            <numerusform>%2-এর জন্য ফ্যাক্ট শিট: %Ln টি, %3 প্রিন্টারে পাঠানো হয়েছে</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pages sent: %Ln.</source>
        <translation>
            <numerusform>পাঠানো পাতা: %Ln।</numerusform>
            <numerusform>পাঠানো পাতা: %Ln।</numerusform>
        </translation>
    </message>
    <message>
        <source>Fact sheets sent to %1</source>
        <translation>ফ্যাক্ট শিট %1-এ পাঠানো হয়েছে</translation>
    </message>
    <message numerus="yes">
        <source>Fact sheets for %2: %Ln, written to %3.</source>
        <translation>
            <numerusform>%2-এর জন্য ফ্যাক্ট শিট: %Ln টি, %3-এ লেখা হয়েছে।</numerusform>
            <numerusform>%2-এর জন্য ফ্যাক্ট শিট: %Ln টি, %3-এ লেখা হয়েছে।</numerusform>
        </translation>
    </message>
    <message>
        <source>The annex table is in %1.</source>
        <translation>অ্যানেক্স সারণি %1-এ আছে।</translation>
    </message>
    <message>
        <source>Fact sheets written to %1</source>
        <translation>ফ্যাক্ট শিট %1-এ লেখা হয়েছে</translation>
    </message>
    <message>
        <source>Left out (%1), for you to look at:</source>
        <translation>বাদ পড়েছে (%1), আপনার দেখার জন্য:</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written or sent.</source>
        <translation>বাতিল: কিছুই লেখা বা পাঠানো হয়নি।</translation>
    </message>
    <message>
        <source>Override the risk on return</source>
        <translation>ফেরত পাঠানোর ঝুঁকি উপেক্ষা</translation>
    </message>
    <message>
        <source>%1 may be at risk if returned. Say why a fact sheet may go to the home country&apos;s embassy all the same. The override opens that one embassy only; the reason, the date and your name are kept on the file.</source>
        <translation>ফেরত পাঠালে %1 ঝুঁকিতে পড়তে পারেন। তবুও কেন ফ্যাক্ট শিট নিজের দেশের দূতাবাসে যেতে পারে তা লিখুন। উপেক্ষা কেবল সেই একটি দূতাবাসের জন্য খোলে; কারণ, তারিখ ও আপনার নাম ফাইলে রাখা হয়।</translation>
    </message>
    <message>
        <source>Override recorded: %1
Print again to write the sheet.</source>
        <translation>উপেক্ষা লেখা হয়েছে: %1
শিট লিখতে আবার ছাপুন।</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>সংরক্ষণ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>সব সংরক্ষণ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>খুলুন</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>হ্যাঁ (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>সবগুলোতে হ্যাঁ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>না (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>সবগুলোতে না (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>থামান</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>আবার চেষ্টা করুন</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>উপেক্ষা করুন</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>বাদ দিন</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>সাহায্য</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>প্রয়োগ করুন</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>রিসেট করুন</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>ডিফল্টে ফিরিয়ে আনুন</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>%1 (issued by %2)</source>
        <translation>%1 (জারিকারী %2)</translation>
    </message>
    <message>
        <source>%1 (≥ %2)</source>
        <translation>%1 (≥&#xa0;%2)</translation>
    </message>
    <message>
        <source>%1 days past the release date %2</source>
        <translation>মুক্তির তারিখ %2-এর %1 দিন পর</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1-এর মেয়াদ %2 তারিখে শেষ হয়েছে</translation>
    </message>
    <message>
        <source>%1 expires on %2, before the hand-over planned for %3</source>
        <translation>%1-এর মেয়াদ শেষ হবে %2 তারিখে, হস্তান্তরের পরিকল্পিত তারিখ %3-এর আগেই</translation>
    </message>
    <message>
        <source>%1 expires on %2, within %3 weeks and no hand-over date is planned</source>
        <translation>%1-এর মেয়াদ শেষ হবে %2 তারিখে, %3 সপ্তাহের মধ্যে, অথচ হস্তান্তরের কোনো তারিখ ঠিক হয়নি</translation>
    </message>
    <message>
        <source>%1 has held it %2 days (expected %3)</source>
        <translation>%1 ডেস্কে %2 দিন ধরে পড়ে আছে (প্রত্যাশিত %3 দিন)</translation>
    </message>
    <message>
        <source>%1 left to serve, release due %2 (the agreement requires at least %3 months)</source>
        <translation>বাকি সাজা %1, মুক্তির নির্ধারিত তারিখ %2 (চুক্তিতে অন্তত %3 মাস বাকি থাকা দরকার)</translation>
    </message>
    <message>
        <source>%1&apos;s order of %2 against %3 was to be complied with by %4: %5; %6</source>
        <translation>%2 তারিখের %1-এর আদেশ %3-কে %4-এর মধ্যে পালন করার কথা ছিল: %5; %6</translation>
    </message>
    <message>
        <source>%1&apos;s order of %2 was to be complied with by %3: %4; %5</source>
        <translation>%2 তারিখের %1-এর আদেশ %3-এর মধ্যে পালন করার কথা ছিল: %4; %5</translation>
    </message>
    <message>
        <source>%1: no fact sheet to the home embassy unless overridden with a reason</source>
        <translation>%1: কারণ লিখে ঝুঁকি উপেক্ষা না করলে তাঁর দেশের দূতাবাসে কোনো ফ্যাক্ট শিট যাবে না</translation>
    </message>
    <message>
        <source>%1: persecuted in %2</source>
        <translation>%1: %2-এ নিপীড়িত</translation>
    </message>
    <message>
        <source>+ %1 days fine default (%2) = %3</source>
        <translation>+ জরিমানা অনাদায়ে %1 দিন (%2) = %3</translation>
    </message>
    <message>
        <source>RTI application to %1 of %2: reply due %3, none recorded (a deemed refusal, RTI Act 2005, s.7(2)); %4</source>
        <translation>%1-এ %2 তারিখের RTI আবেদন: উত্তরের শেষ তারিখ %3, কোনো উত্তর নথিভুক্ত নেই (তথ্যের অধিকার আইন 2005, ধারা 7(2) অনুযায়ী প্রত্যাখ্যান বলে গণ্য); %4</translation>
    </message>
    <message>
        <source>RTI application to %1 of %2: the first appeal of %3 was to be decided by %4, no decision recorded; file the second appeal with the Information Commission by %5 (RTI Act 2005, s.19(3))</source>
        <translation>%1-এ %2 তারিখের RTI আবেদন: %3 তারিখের প্রথম আপিলের নিষ্পত্তি %4-এর মধ্যে হওয়ার কথা ছিল, কোনো সিদ্ধান্ত নথিভুক্ত নেই; %5-এর মধ্যে তথ্য কমিশনে দ্বিতীয় আপিল দাখিল করুন (তথ্যের অধিকার আইন 2005, ধারা 19(3))</translation>
    </message>
    <message>
        <source>an appeal is pending: the sentence is not final</source>
        <translation>আপিল বাকি আছে: সাজা চূড়ান্ত নয়</translation>
    </message>
    <message>
        <source>asylum seeker</source>
        <translation>আশ্রয়প্রার্থী</translation>
    </message>
    <message>
        <source>claims %1, court recorded %2</source>
        <translation>দাবি %1, আদালতের নথিতে %2</translation>
    </message>
    <message>
        <source>consent given</source>
        <translation>সম্মতি দিয়েছেন</translation>
    </message>
    <message>
        <source>consent: not recorded</source>
        <translation>সম্মতি: নথিভুক্ত নেই</translation>
    </message>
    <message>
        <source>conviction %1 + %2 = %3</source>
        <translation>দোষী সাব্যস্ত %1 + %2 = %3</translation>
    </message>
    <message>
        <source>conviction %1 + %2 = %3 (%4 has no day %5: to its last day)</source>
        <translation>দোষী সাব্যস্ত %1 + %2 = %3 (%4 মাসে %5 তারিখ নেই: মাসের শেষ দিন ধরা হয়েছে)</translation>
    </message>
    <message>
        <source>embassy verified %1, court recorded %2</source>
        <translation>দূতাবাসের যাচাইয়ে %1, আদালতের নথিতে %2</translation>
    </message>
    <message>
        <source>file a contempt petition before the court (Contempt of Courts Act 1971, s.2(b) and s.12)</source>
        <translation>আদালতে আদালত অবমাননার আবেদন দাখিল করুন (আদালত অবমাননা আইন 1971, ধারা 2(খ) ও ধারা 12)</translation>
    </message>
    <message>
        <source>file the first appeal by %1 (RTI Act 2005, s.19(1))</source>
        <translation>%1-এর মধ্যে প্রথম আপিল দাখিল করুন (তথ্যের অধিকার আইন 2005, ধারা 19(1))</translation>
    </message>
    <message>
        <source>held on %1: %2 days past release</source>
        <translation>%1 তারিখেও আটক: মুক্তির তারিখের %2 দিন পরে</translation>
    </message>
    <message>
        <source>marked as possible misidentification</source>
        <translation>ভুল পরিচয়ের সম্ভাবনা চিহ্নিত</translation>
    </message>
    <message>
        <source>newest photo taken %1, over %2 years</source>
        <translation>সর্বশেষ ছবি %1 তারিখে তোলা, %2 বছরের বেশি পুরোনো</translation>
    </message>
    <message>
        <source>none recorded in the %1 days since arrest</source>
        <translation>গ্রেপ্তারের পর %1 দিনে কোনো কনস্যুলার সাক্ষাৎ নথিভুক্ত নেই</translation>
    </message>
    <message>
        <source>not verified %1 days after the sentence ended (%2)</source>
        <translation>সাজা শেষ হওয়ার %1 দিন পরেও যাচাই হয়নি (%2)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>কিছুই না</translation>
    </message>
    <message>
        <source>only the passport book number %1 is known; embassies trace passport numbers</source>
        <translation>কেবল পাসপোর্ট বুক নম্বর %1 জানা; দূতাবাস পাসপোর্ট নম্বর দিয়ে খোঁজে</translation>
    </message>
    <message>
        <source>recorded at risk if returned</source>
        <translation>ফেরত পাঠালে ঝুঁকি আছে বলে নথিভুক্ত</translation>
    </message>
    <message>
        <source>registered with UNHCR</source>
        <translation>UNHCR-এ নিবন্ধিত</translation>
    </message>
    <message>
        <source>release due %1 (in %2 days) and no repatriation step started</source>
        <translation>মুক্তির নির্ধারিত তারিখ %1 (%2 দিন পরে), অথচ প্রত্যাবাসনের কোনো ধাপ শুরু হয়নি</translation>
    </message>
    <message>
        <source>released %1: %2 days past release</source>
        <translation>%1 তারিখে মুক্তি: মুক্তির তারিখের %2 দিন পরে</translation>
    </message>
    <message>
        <source>remission %1 days covers %2</source>
        <translation>সাজা মকুবের %1 দিনে %2 মিটে যায়</translation>
    </message>
    <message>
        <source>remission %1 days covers %2: release due on the day of sentence, %3</source>
        <translation>সাজা মকুবের %1 দিনে %2 মিটে যায়: মুক্তি সাজার দিনই, %3</translation>
    </message>
    <message>
        <source>sentence final</source>
        <translation>সাজা চূড়ান্ত</translation>
    </message>
    <message>
        <source>sentence final: not recorded</source>
        <translation>সাজা চূড়ান্ত কি না: নথিভুক্ত নেই</translation>
    </message>
    <message>
        <source>serving a sentence; %1 has a transfer of sentenced persons agreement</source>
        <translation>সাজা ভোগ করছেন; %1-এর সঙ্গে সাজাপ্রাপ্তের স্থানান্তর চুক্তি আছে</translation>
    </message>
    <message>
        <source>set-off %1 days (%2) covers %3</source>
        <translation>সেট-অফের %1 দিনে (%2) %3 মিটে যায়</translation>
    </message>
    <message>
        <source>set-off %1 days (%2) covers %3: release due on the day of sentence, %4</source>
        <translation>সেট-অফের %1 দিনে (%2) %3 মিটে যায়: মুক্তি সাজার দিনই, %4</translation>
    </message>
    <message>
        <source>stateless</source>
        <translation>রাষ্ট্রহীন</translation>
    </message>
    <message>
        <source>term left to serve: not known (the agreement requires at least %1 months)</source>
        <translation>বাকি সাজা: জানা নেই (চুক্তিতে অন্তত %1 মাস বাকি থাকা দরকার)</translation>
    </message>
    <message>
        <source>the first appeal was due by %1: file it with the reason for the delay (RTI Act 2005, s.19(1), proviso)</source>
        <translation>প্রথম আপিলের শেষ তারিখ ছিল %1: দেরির কারণ জানিয়ে দাখিল করুন (তথ্যের অধিকার আইন 2005, ধারা 19(1)-এর শর্তাংশ)</translation>
    </message>
    <message>
        <source>the original passport is with the trial court, no copy</source>
        <translation>আসল পাসপোর্ট বিচারিক আদালতে, কোনো কপি নেই</translation>
    </message>
    <message>
        <source>the prisoner refused consent</source>
        <translation>বন্দি সম্মতি দেননি</translation>
    </message>
    <message>
        <source>the rest</source>
        <translation>বাকি সাজা</translation>
    </message>
    <message>
        <source>the whole term</source>
        <translation>পুরো সাজা</translation>
    </message>
    <message>
        <source>under trial: in custody since %1 (%2 days)</source>
        <translation>বিচারাধীন: %1 থেকে হেফাজতে (%2 দিন)</translation>
    </message>
    <message>
        <source>was held %1</source>
        <translation>%1 পর্যন্ত আটক ছিলেন</translation>
    </message>
    <message>
        <source>write a reminder to the commission: the government must report the action taken within one month (Protection of Human Rights Act 1993, s.18(e))</source>
        <translation>কমিশনকে তাগাদার চিঠি লিখুন: সরকারকে এক মাসের মধ্যে গৃহীত ব্যবস্থা জানাতে হবে (মানবাধিকার সুরক্ষা আইন 1993, ধারা 18(ঙ))</translation>
    </message>
    <message>
        <source>− %1 days remission = %2</source>
        <translation>− সাজা মকুবের %1 দিন = %2</translation>
    </message>
    <message>
        <source>− %1 days set-off (%2) = %3</source>
        <translation>− সেট-অফের %1 দিন (%2) = %3</translation>
    </message>
    <message>
        <source>− 1 day: the day of sentence counts as served = %1</source>
        <translation>− 1 দিন: সাজার দিনটিও খাটা বলে গণ্য = %1</translation>
    </message>
    <message numerus="yes">
        <source>not complied with %Ln day(s) later</source>
        <translation>
            <numerusform>%Ln দিন পরেও পালন হয়নি</numerusform>
            <numerusform>%Ln দিন পরেও পালন হয়নি</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln মাস</numerusform>
            <numerusform>%Ln মাস</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln দিন</numerusform>
            <numerusform>%Ln দিন</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>Save the new file first: its records need a saved file.</source>
        <translation>আগে নতুন ফাইলটি সংরক্ষণ করুন: এর রেকর্ডের জন্য সংরক্ষিত ফাইল দরকার।</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>যোগ করুন (&amp;A)</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>পরিবর্তন সংরক্ষণ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>মুছুন (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>নতুন (&amp;N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <source>Delete %1? It was recorded by mistake.</source>
        <translation>%1 মুছবেন? এটি ভুল করে লেখা হয়েছিল।</translation>
    </message>
</context>
<context>
    <name>RtiPanel</name>
    <message>
        <source>Filed</source>
        <translation>দাখিল</translation>
    </message>
    <message>
        <source>To desk</source>
        <translation>যে ডেস্কে</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>বিষয়</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>উত্তরের শেষ তারিখ</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>উত্তর</translation>
    </message>
    <message>
        <source>First appeal by</source>
        <translation>আপিলের সময়সীমা</translation>
    </message>
    <message>
        <source>First appeal</source>
        <translation>প্রথম আপিল</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>বিলম্বিত</translation>
    </message>
    <message>
        <source>RTI applications</source>
        <translation>RTI আবেদন</translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation>সরকারি কর্তৃপক্ষ</translation>
    </message>
    <message>
        <source>Public Information Officer</source>
        <translation>জনতথ্য আধিকারিক</translation>
    </message>
    <message>
        <source>Information sought</source>
        <translation>চাওয়া তথ্য</translation>
    </message>
    <message>
        <source>Concerns &amp;life or liberty (reply in 48 hours)</source>
        <translation>জীবন বা স্বাধীনতা সংক্রান্ত (&amp;L) (৪৮ ঘণ্টায় উত্তর)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>মন্তব্য</translation>
    </message>
    <message>
        <source>RTI application</source>
        <translation>RTI আবেদন</translation>
    </message>
    <message>
        <source>To des&amp;k</source>
        <translation>যে ডেস্কে (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;PIO</source>
        <translation>PIO (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Information sought</source>
        <translation>চাওয়া তথ্য (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Filed on</source>
        <translation>দাখিলের তারিখ (&amp;F)</translation>
    </message>
    <message>
        <source>Rece&amp;ived by the PIO on</source>
        <translation>PIO পেয়েছেন (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Reply received on</source>
        <translation>উত্তর পাওয়া গেছে (&amp;R)</translation>
    </message>
    <message>
        <source>First appeal filed &amp;on</source>
        <translation>প্রথম আপিল দাখিল (&amp;O)</translation>
    </message>
    <message>
        <source>First appeal deci&amp;ded on</source>
        <translation>প্রথম আপিল নিষ্পত্তি (&amp;D)</translation>
    </message>
    <message>
        <source>Second appeal filed on</source>
        <translation>দ্বিতীয় আপিল দাখিল</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>মন্তব্য (&amp;T)</translation>
    </message>
    <message>
        <source>the RTI application to %1 of %2</source>
        <translation>%2 তারিখে %1-এ RTI আবেদন</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Clinic letterhead and contact</source>
        <translation>ক্লিনিকের লেটারহেড ও যোগাযোগ</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>ক্লিনিকের নাম (&amp;N):</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>ক্লিনিকের নাম</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>ঠিকানা (&amp;A):</translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation>ক্লিনিকের ঠিকানা</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>ফোন (&amp;P):</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>ক্লিনিকের ফোন</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>ই-মেল (&amp;E):</translation>
    </message>
    <message>
        <source>Clinic e-mail</source>
        <translation>ক্লিনিকের ই-মেল</translation>
    </message>
    <message>
        <source>&amp;Request to embassies:</source>
        <translation>দূতাবাসের কাছে অনুরোধ (&amp;R):</translation>
    </message>
    <message>
        <source>Request to embassies</source>
        <translation>দূতাবাসের কাছে অনুরোধ</translation>
    </message>
    <message>
        <source>What every fact sheet asks of the embassy, unless replaced when printing</source>
        <translation>প্রতিটি ফ্যাক্ট শিট দূতাবাসের কাছে যা চায়, ছাপার সময় বদলানো না হলে</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>ডেটাবেস</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation>অন্য ডেটাবেস খুলুন (&amp;O)…</translation>
    </message>
    <message>
        <source>Choose another database file and reopen the window on it</source>
        <translation>অন্য একটি ডেটাবেস ফাইল বেছে তাতে উইন্ডো আবার খুলুন</translation>
    </message>
    <message>
        <source>Thresholds for the flags</source>
        <translation>ফ্ল্যাগের সীমা</translation>
    </message>
    <message>
        <source>Default routes</source>
        <translation>ডিফল্ট পথ</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>ফিরিয়ে নিন (&amp;R)</translation>
    </message>
    <message>
        <source>Show the saved settings again, dropping changes not yet saved</source>
        <translation>সংরক্ষিত সেটিংস আবার দেখান, অসংরক্ষিত পরিবর্তন বাদ দিয়ে</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>সেটিংস সংরক্ষণ (&amp;S)</translation>
    </message>
    <message>
        <source>Save the letterhead and thresholds (Ctrl+S)</source>
        <translation>লেটারহেড ও সীমা সংরক্ষণ করুন (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>The reference on the clinic&apos;s letters. In braces: {country} (its code), {date} (YYYY-MM-DD), {year}, {count} (how many people the letter is about).</source>
        <translation>ক্লিনিকের চিঠির রেফারেন্স। বন্ধনীতে: {country} (তার কোড), {date} (YYYY-MM-DD), {year}, {count} (চিঠিটি কতজনকে নিয়ে)।</translation>
    </message>
    <message>
        <source>Si&amp;gnatory:</source>
        <translation>স্বাক্ষরকারী (&amp;G):</translation>
    </message>
    <message>
        <source>Desi&amp;gnation:</source>
        <translation>পদ (&amp;G):</translation>
    </message>
    <message>
        <source>Letter &amp;reference:</source>
        <translation>চিঠির রেফারেন্স (&amp;R):</translation>
    </message>
    <message>
        <source>The day of sentence counts as a day served</source>
        <translation>সাজা ঘোষণার দিনটি খাটা দিন হিসেবে গোনা হয়</translation>
    </message>
    <message>
        <source>As jail manuals count: a one-month term passed on 15 January ends on 14 February. Every file&apos;s release date is worked out again when this changes.</source>
        <translation>জেল ম্যানুয়াল যেভাবে গোনে: ১৫ জানুয়ারি দেওয়া এক মাসের সাজা ১৪ ফেব্রুয়ারি শেষ হয়। এটি বদলালে প্রতিটি ফাইলের মুক্তির তারিখ আবার হিসাব করা হয়।</translation>
    </message>
    <message>
        <source>Release date:</source>
        <translation>মুক্তির তারিখ:</translation>
    </message>
    <message>
        <source>Dates shown as</source>
        <translation>তারিখ দেখানো হয়</translation>
    </message>
    <message>
        <source>%1 (year-month-day, ISO)</source>
        <translation>%1 (বছর-মাস-দিন, ISO)</translation>
    </message>
    <message>
        <source>%1 (this language&apos;s long form)</source>
        <translation>%1 (এই ভাষার দীর্ঘ রূপ)</translation>
    </message>
    <message>
        <source>Dates shown as:</source>
        <translation>তারিখ দেখানো হয়:</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>উইন্ডোর ভাষা</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>কম্পিউটারের ভাষা</translation>
    </message>
    <message>
        <source>The window&apos;s language; it changes when Repatriate next starts. Fact sheets stay in English for the embassy, and commands answer in English.</source>
        <translation>উইন্ডোর ভাষা; Repatriate পরের বার চালু হলে বদলায়। ফ্যাক্ট শিট দূতাবাসের জন্য ইংরেজিতেই থাকে, কমান্ডও ইংরেজিতে উত্তর দেয়।</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ভাষা (&amp;L):</translation>
    </message>
    <message>
        <source>Write numbers and dates in the language&apos;s own digits</source>
        <translation>সংখ্যা ও তারিখ ভাষার নিজস্ব অঙ্কে লিখুন</translation>
    </message>
    <message>
        <source>Bengali ০-৯, Hindi and Nepali ०-९, Urdu ۰-۹; from the next start</source>
        <translation>বাংলা ০-৯, হিন্দি ও নেপালি ०-९, উর্দু ۰-۹; পরের বার চালু থেকে</translation>
    </message>
    <message>
        <source> min</source>
        <translation> মিনিট</translation>
    </message>
    <message>
        <source>Lock the window after minutes without use</source>
        <translation>এত মিনিট ব্যবহার না হলে উইন্ডো লক করুন</translation>
    </message>
    <message>
        <source>After this many minutes without a key press or a click the window hides the files until it is unlocked (with the passphrase, for an encrypted database). Ctrl+L locks it at once.</source>
        <translation>এত মিনিট কোনো কী না চাপলে বা ক্লিক না করলে উইন্ডো আনলক না হওয়া পর্যন্ত ফাইলগুলি লুকিয়ে রাখে (এনক্রিপ্ট করা ডেটাবেসে পাসফ্রেজ দিয়ে)। Ctrl+L সঙ্গে সঙ্গে লক করে।</translation>
    </message>
    <message>
        <source>Lock after, without use:</source>
        <translation>ব্যবহার না হলে লক হবে:</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>পথ</translation>
    </message>
    <message>
        <source>For</source>
        <translation>কার জন্য</translation>
    </message>
    <message>
        <source>any other country</source>
        <translation>অন্য যেকোনো দেশ</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ধাপ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>উৎস</translation>
    </message>
    <message>
        <source>Default routes</source>
        <translation>ডিফল্ট পথ</translation>
    </message>
    <message>
        <source>The routes are the steps a file goes through to get a person home, read from the route files in %1. Each step says whether it comes from the case study or is our assumption.</source>
        <translation>পথ হল একজন মানুষকে দেশে ফেরাতে ফাইলটি যে ধাপগুলি পেরোয়, %1-এর পথ-ফাইলগুলি থেকে পড়া। প্রতিটি ধাপ বলে সেটি কেস স্টাডি থেকে এসেছে নাকি আমাদের অনুমান।</translation>
    </message>
    <message>
        <source>This window works on: %1</source>
        <translation>এই উইন্ডো কাজ করছে: %1</translation>
    </message>
    <message>
        <source>To open another database every time, start Repatriate with --db PATH or set the %1 environment variable. Without either it opens %2. Keep the database in a folder that is backed up, such as %3.</source>
        <translation>প্রতিবার অন্য ডেটাবেস খুলতে Repatriate চালু করুন --db PATH দিয়ে, বা %1 এনভায়রনমেন্ট ভেরিয়েবল সেট করুন। দুটির কোনোটি না থাকলে এটি %2 খোলে। ডেটাবেসটি এমন ফোল্ডারে রাখুন যার ব্যাকআপ হয়, যেমন %3।</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Long overstay (days)</source>
        <translation>দীর্ঘ অতিরিক্ত আটক (দিন)</translation>
    </message>
    <message>
        <source>Days past release that count as a long overstay</source>
        <translation>মুক্তির পরে কত দিন হলে দীর্ঘ অতিরিক্ত আটক ধরা হয়</translation>
    </message>
    <message>
        <source>Very long overstay (days)</source>
        <translation>অতি দীর্ঘ অতিরিক্ত আটক (দিন)</translation>
    </message>
    <message>
        <source>Days past release that count as a very long overstay</source>
        <translation>মুক্তির পরে কত দিন হলে অতি দীর্ঘ অতিরিক্ত আটক ধরা হয়</translation>
    </message>
    <message>
        <source>Start repatriation before release (days)</source>
        <translation>মুক্তির আগে প্রত্যাবাসন শুরু (দিন)</translation>
    </message>
    <message>
        <source>Flag a file whose release is this close and no step has been taken</source>
        <translation>মুক্তি এত কাছে অথচ কোনো ধাপ নেওয়া হয়নি এমন ফাইলে ফ্ল্যাগ দিন</translation>
    </message>
    <message>
        <source>Nationality unverified after (days)</source>
        <translation>জাতীয়তা অযাচাইকৃত, এর পরে (দিন)</translation>
    </message>
    <message>
        <source>Flag a nationality still not verified this long after the sentence</source>
        <translation>সাজার পরে এতদিনেও জাতীয়তা যাচাই না হলে ফ্ল্যাগ দিন</translation>
    </message>
    <message>
        <source>Consular access within (days)</source>
        <translation>কনস্যুলার সাক্ষাৎ, এর মধ্যে (দিন)</translation>
    </message>
    <message>
        <source>Flag a file with no consular access this long after arrest</source>
        <translation>গ্রেপ্তারের পরে এতদিনেও কনস্যুলার সাক্ষাৎ না হলে ফ্ল্যাগ দিন</translation>
    </message>
    <message>
        <source>Photo out of date after (years)</source>
        <translation>ছবি পুরোনো, এর পরে (বছর)</translation>
    </message>
    <message>
        <source>Embassies need a recent photograph</source>
        <translation>দূতাবাসের সাম্প্রতিক ছবি দরকার</translation>
    </message>
    <message>
        <source>Escalate after unanswered follow-ups</source>
        <translation>উত্তরহীন ফলো-আপের পরে এসকেলেট করুন</translation>
    </message>
    <message>
        <source>Weekly follow-ups with one desk gone unanswered before the next lever is suggested (a number of chases: 6 is six weeks)</source>
        <translation>একটি ডেস্কের সঙ্গে কতগুলি সাপ্তাহিক ফলো-আপ উত্তরহীন থাকলে পরের চাপের উপায় প্রস্তাব করা হবে (তাগাদার সংখ্যা: ৬ মানে ছয় সপ্তাহ)</translation>
    </message>
    <message>
        <source>RTI reply due within (days)</source>
        <translation>RTI উত্তরের সময়সীমা (দিন)</translation>
    </message>
    <message>
        <source>Statutory time for a reply to a Right to Information request</source>
        <translation>তথ্যের অধিকার (RTI) আবেদনের উত্তরের আইনি সময়সীমা</translation>
    </message>
    <message>
        <source>Travel document expiring within (weeks)</source>
        <translation>ভ্রমণ নথির মেয়াদ শেষ, এর মধ্যে (সপ্তাহ)</translation>
    </message>
    <message>
        <source>With no hand-over date planned, flag a travel document that expires within this many weeks</source>
        <translation>হস্তান্তরের কোনো তারিখ ঠিক না থাকলে, এত সপ্তাহের মধ্যে মেয়াদ শেষ হওয়া ভ্রমণ নথিতে ফ্ল্যাগ দিন</translation>
    </message>
    <message>
        <source>Settings saved. The language changes when Repatriate next starts.</source>
        <translation>সেটিংস সংরক্ষিত। Repatriate পরের বার চালু হলে ভাষা বদলাবে।</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>সেটিংস সংরক্ষিত।</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>সেটিংস সংরক্ষিত</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(খালি)</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>অন্য ডেটাবেস খুলুন</translation>
    </message>
    <message>
        <source>Repatriate databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Repatriate ডেটাবেস (*.sqlite3 *.sqlite *.db);;সব ফাইল (*)</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze</source>
        <translation>স্থগিত</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>পর্যন্ত (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>স্থগিত করুন (&amp;S)</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
</context>
<context>
    <name>TravelPanel</name>
    <message>
        <source>Document</source>
        <translation>নথি</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>নম্বর</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>জারির তারিখ</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>মেয়াদ শেষ</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>জারিকারী</translation>
    </message>
    <message>
        <source>Travel documents</source>
        <translation>ভ্রমণ নথি</translation>
    </message>
    <message>
        <source>Issued by desk</source>
        <translation>জারিকারী ডেস্ক</translation>
    </message>
    <message>
        <source>Hand-over planned for</source>
        <translation>হস্তান্তরের পরিকল্পিত তারিখ</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>পরিকল্পনা (&amp;P)</translation>
    </message>
    <message>
        <source>Set the day of the hand-over to the home country (empty: none planned)</source>
        <translation>নিজের দেশে হস্তান্তরের দিন ঠিক করুন (খালি: কোনো পরিকল্পনা নেই)</translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation>ভ্রমণ নথি</translation>
    </message>
    <message>
        <source>&amp;Hand-over planned for</source>
        <translation>হস্তান্তরের পরিকল্পিত তারিখ (&amp;H)</translation>
    </message>
    <message>
        <source>Doc&amp;ument</source>
        <translation>নথি (&amp;U)</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>নম্বর (&amp;U)</translation>
    </message>
    <message>
        <source>Issued &amp;on</source>
        <translation>জারির তারিখ (&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;xpires on</source>
        <translation>মেয়াদ শেষ (&amp;X)</translation>
    </message>
    <message>
        <source>Issued by des&amp;k</source>
        <translation>জারিকারী ডেস্ক (&amp;K)</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <source>File</source>
        <translation>ফাইল</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>নির্ধারিত</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>বিলম্ব (দিন)</translation>
    </message>
    <message>
        <source>Days past release</source>
        <translation>মুক্তির পরে দিন</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>ফলো-আপ</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>উত্তরহীন</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>প্রস্তাব</translation>
    </message>
    <message>
        <source>No desk</source>
        <translation>ডেস্ক নেই</translation>
    </message>
    <message>
        <source>%1 unanswered — suggest: %2</source>
        <translation>%1 উত্তরহীন — প্রস্তাব: %2</translation>
    </message>
    <message>
        <source>Nobody is chasing these · %1 held past release: no desk holds the file and no follow-up is set</source>
        <translation>এগুলির তাগাদা কেউ দিচ্ছে না · মুক্তির পরেও আটক %1: কোনো ডেস্কের কাছে ফাইল নেই, কোনো ফলো-আপও নেই</translation>
    </message>
    <message>
        <source>%1 · %2 to chase, %3 overdue</source>
        <translation>%1 · তাগাদা %2, বিলম্বিত %3</translation>
    </message>
    <message>
        <source>Held past the release date, and no desk holds the file: record where it was sent, or set a follow-up. Open a file to record a movement.</source>
        <translation>মুক্তির তারিখের পরেও আটক, আর কোনো ডেস্কের কাছে ফাইল নেই: কোথায় পাঠানো হয়েছিল লিখুন, বা ফলো-আপ ঠিক করুন। চলাচল লিখতে একটি ফাইল খুলুন।</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>ফোন: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>ই-মেল: %1</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>আধিকারিক: %1</translation>
    </message>
    <message>
        <source>nobody is chasing</source>
        <translation>কেউ তাগাদা দিচ্ছে না</translation>
    </message>
    <message>
        <source>No desk on the route: choose one</source>
        <translation>পথে কোনো ডেস্ক নেই: একটি বাছুন</translation>
    </message>
    <message>
        <source>Send to: %1</source>
        <translation>পাঠান: %1</translation>
    </message>
    <message>
        <source>The release date</source>
        <translation>মুক্তির তারিখ</translation>
    </message>
    <message>
        <source>Weekly follow-ups with this desk have gone unanswered since it got the file: try the next lever and log it as an escalation on the file.</source>
        <translation>ফাইল পাওয়ার পর থেকে এই ডেস্কের সঙ্গে সাপ্তাহিক ফলো-আপের উত্তর আসেনি: পরের চাপের উপায় চেষ্টা করুন ও ফাইলে এসকেলেশন হিসেবে লিখুন।</translation>
    </message>
    <message>
        <source>Follow-ups of the week by desk</source>
        <translation>ডেস্ক অনুযায়ী সপ্তাহের ফলো-আপ</translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation>আগের সপ্তাহ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>এই সপ্তাহ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation>পরের সপ্তাহ (&amp;N)</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>সম্পন্ন চিহ্নিত করুন (&amp;D)…</translation>
    </message>
    <message>
        <source>Mark a&amp;ll of this desk done…</source>
        <translation>এই ডেস্কের সব সম্পন্ন (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>স্থগিত করুন (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Close follow-up…</source>
        <translation>ফলো-আপ বন্ধ করুন (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>ফাইল খুলুন (&amp;O)</translation>
    </message>
    <message>
        <source>Export .&amp;ics…</source>
        <translation>.ics রপ্তানি (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>পূর্বাবস্থা (&amp;U)</translation>
    </message>
    <message>
        <source>Take back the last mark done, snooze or close</source>
        <translation>শেষ সম্পন্ন, স্থগিত বা বন্ধ করা ফিরিয়ে নিন</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>শেষ পরিবর্তন</translation>
    </message>
    <message>
        <source>Log the follow-up (a call by default) with its desk</source>
        <translation>ডেস্কের সঙ্গে ফলো-আপটি লিখুন (ডিফল্টভাবে একটি ফোন)</translation>
    </message>
    <message>
        <source>Log one call with the desk for all its files</source>
        <translation>ডেস্কের সব ফাইলের জন্য একটি ফোন লিখুন</translation>
    </message>
    <message>
        <source>Put the follow-up off to a day</source>
        <translation>ফলো-আপ কোনো দিন পর্যন্ত পিছিয়ে দিন</translation>
    </message>
    <message>
        <source>Stop following up this desk on the file until it moves on to it again</source>
        <translation>ফাইলটি আবার এই ডেস্কে না আসা পর্যন্ত এর ফলো-আপ বন্ধ রাখুন</translation>
    </message>
    <message>
        <source>Open the prisoner file</source>
        <translation>বন্দির ফাইল খুলুন</translation>
    </message>
    <message>
        <source>Save the week&apos;s follow-ups as calendar events</source>
        <translation>সপ্তাহের ফলো-আপগুলি ক্যালেন্ডার ইভেন্ট হিসেবে সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation>%1 · %2 থেকে %3</translation>
    </message>
    <message>
        <source>Loading the follow-ups…</source>
        <translation>ফলো-আপ লোড হচ্ছে…</translation>
    </message>
    <message>
        <source>The follow-ups could not be loaded: %1</source>
        <translation>ফলো-আপ লোড করা যায়নি: %1</translation>
    </message>
    <message>
        <source>Logging the follow-ups</source>
        <translation>ফলো-আপ লেখা হচ্ছে</translation>
    </message>
    <message>
        <source>marked done</source>
        <translation>সম্পন্ন চিহ্নিত</translation>
    </message>
    <message>
        <source>Snoozing the follow-ups</source>
        <translation>ফলো-আপ স্থগিত হচ্ছে</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>স্থগিত</translation>
    </message>
    <message>
        <source>Close follow-up</source>
        <translation>ফলো-আপ বন্ধ</translation>
    </message>
    <message>
        <source>Stop following up: %1? It starts again when the file moves on to the desk.</source>
        <translation>ফলো-আপ বন্ধ করবেন: %1? ফাইলটি আবার ডেস্কে এলে এটি আবার শুরু হবে।</translation>
    </message>
    <message>
        <source>Closing the follow-ups</source>
        <translation>ফলো-আপ বন্ধ হচ্ছে</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>বন্ধ</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>ফলো-আপ</translation>
    </message>
    <message>
        <source>%1 %2 · %3 left to act on</source>
        <translation>%1 %2 · %3 টি বাকি</translation>
    </message>
    <message>
        <source>Undone: %1 back</source>
        <translation>ফিরিয়ে নেওয়া হয়েছে: %1 আবার আগের মতো</translation>
    </message>
    <message numerus="yes">
        <source>Export the %Ln follow-up(s) of %1 as all-day calendar events.</source>
        <translation>
            <numerusform>%1-এর %Ln টি ফলো-আপ সারাদিনের ক্যালেন্ডার ইভেন্ট হিসেবে রপ্তানি করুন।</numerusform>
            <numerusform>%1-এর %Ln টি ফলো-আপ সারাদিনের ক্যালেন্ডার ইভেন্ট হিসেবে রপ্তানি করুন।</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the follow-ups as a calendar</source>
        <translation>ফলো-আপগুলি ক্যালেন্ডার হিসেবে সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>ক্যালেন্ডার (*.ics)</translation>
    </message>
    <message>
        <source>%1 follow-ups saved to %2</source>
        <translation>%1 টি ফলো-আপ %2-এ সংরক্ষিত</translation>
    </message>
    <message>
        <source>%1 follow-ups due this week (%2 overdue)</source>
        <translation>এই সপ্তাহে %1 টি ফলো-আপ নির্ধারিত (%2 টি বিলম্বিত)</translation>
    </message>
    <message>
        <source>; %1 held past release nobody is chasing</source>
        <translation>; মুক্তির পরেও আটক %1 জন, কেউ তাগাদা দিচ্ছে না</translation>
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
        <translation>Repatriate-এ স্বাগত</translation>
    </message>
    <message>
        <source>Repatriate keeps a file for every foreign prisoner you help: when their sentence ends, how long they have been held past it, which desk has their papers, and whom to call this week. This database has no files yet. How would you like to begin?</source>
        <translation>আপনি যে প্রতিটি বিদেশি বন্দিকে সাহায্য করেন, Repatriate তাঁর একটি ফাইল রাখে: কবে সাজা শেষ, তার পরে কতদিন আটক, কোন ডেস্কে কাগজপত্র, আর এই সপ্তাহে কাকে ফোন করতে হবে। এই ডেটাবেসে এখনও কোনো ফাইল নেই। কীভাবে শুরু করবেন?</translation>
    </message>
    <message>
        <source>&amp;Add a file</source>
        <translation>একটি ফাইল যোগ করুন (&amp;A)</translation>
    </message>
    <message>
        <source>Type in the details of one prisoner from the prison&apos;s records.</source>
        <translation>কারাগারের রেকর্ড থেকে একজন বন্দির বিবরণ লিখুন।</translation>
    </message>
    <message>
        <source>&amp;Import a CSV…</source>
        <translation>CSV আমদানি করুন (&amp;I)…</translation>
    </message>
    <message>
        <source>Bring in a list kept in a spreadsheet. You see every row and every problem before anything is written.</source>
        <translation>স্প্রেডশিটে রাখা তালিকা নিয়ে আসুন। কিছু লেখার আগে আপনি প্রতিটি সারি ও প্রতিটি সমস্যা দেখতে পাবেন।</translation>
    </message>
    <message>
        <source>Explore &amp;demo data</source>
        <translation>ডেমো ডেটা দেখুন (&amp;D)</translation>
    </message>
    <message>
        <source>Try the program on invented files, in a separate database (%1). Your own database stays empty; restart Repatriate to come back to it.</source>
        <translation>আলাদা ডেটাবেসে (%1) বানানো ফাইল দিয়ে প্রোগ্রামটি চালিয়ে দেখুন। আপনার নিজের ডেটাবেস খালি থাকে; সেখানে ফিরতে Repatriate আবার চালু করুন।</translation>
    </message>
    <message>
        <source>Making the demo database</source>
        <translation>ডেমো ডেটাবেস তৈরি হচ্ছে</translation>
    </message>
    <message>
        <source>Your clinic, as its letters to embassies will name it</source>
        <translation>আপনার ক্লিনিক, দূতাবাসে চিঠিতে যে নামে লেখা হবে</translation>
    </message>
    <message>
        <source>Printed on the cover letters and fact sheets. You can fill it in now or later in Settings.</source>
        <translation>কভার লেটার ও ফ্যাক্ট শিটে ছাপা হয়। এখন বা পরে সেটিংসে পূরণ করতে পারেন।</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>ক্লিনিকের নাম (&amp;N):</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>ঠিকানা (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>ফোন (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>ই-মেল (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation>স্বাক্ষরকারী (&amp;S):</translation>
    </message>
    <message>
        <source>Desi&amp;gnation:</source>
        <translation>পদ (&amp;G):</translation>
    </message>
    <message>
        <source>lines separated by commas, e.g. 12 Court Road, Kolkata 700001</source>
        <translation>কমা দিয়ে আলাদা লাইন, যেমন 12 Court Road, Kolkata 700001</translation>
    </message>
    <message>
        <source>Sa&amp;ve the letterhead</source>
        <translation>লেটারহেড সংরক্ষণ করুন (&amp;V)</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>এখন বাদ দিন (&amp;K)</translation>
    </message>
    <message>
        <source>The letterhead is saved; Settings can change it.</source>
        <translation>লেটারহেড সংরক্ষিত; সেটিংসে বদলানো যায়।</translation>
    </message>
    <message>
        <source>The letterhead can be filled in later, in Settings.</source>
        <translation>লেটারহেড পরে সেটিংসে পূরণ করা যায়।</translation>
    </message>
    <message>
        <source>Making the demo database in %1…</source>
        <translation>%1-এ ডেমো ডেটাবেস তৈরি হচ্ছে…</translation>
    </message>
    <message>
        <source>The demo database is ready: %1</source>
        <translation>ডেমো ডেটাবেস তৈরি: %1</translation>
    </message>
    <message>
        <source>The demo database could not be made: %1</source>
        <translation>ডেমো ডেটাবেস তৈরি করা যায়নি: %1</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>under trial</source>
        <translation>বিচারাধীন</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>সাজা চলছে</translation>
    </message>
    <message>
        <source>sentence completed</source>
        <translation>সাজা শেষ</translation>
    </message>
    <message>
        <source>in detention centre</source>
        <translation>আটক কেন্দ্রে</translation>
    </message>
    <message>
        <source>repatriated</source>
        <translation>প্রত্যাবাসিত</translation>
    </message>
    <message>
        <source>deported</source>
        <translation>বহিষ্কৃত</translation>
    </message>
    <message>
        <source>released</source>
        <translation>মুক্ত</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>মৃত</translation>
    </message>
    <message>
        <source>died in custody</source>
        <translation>হেফাজতে মৃত্যু</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>স্থানান্তরিত</translation>
    </message>
    <message>
        <source>immigration detainee</source>
        <translation>অভিবাসন-বন্দি</translation>
    </message>
    <message>
        <source>asylum seeker</source>
        <translation>আশ্রয়প্রার্থী</translation>
    </message>
    <message>
        <source>other offender</source>
        <translation>অন্য অপরাধী</translation>
    </message>
    <message>
        <source>m</source>
        <translation>পুরুষ</translation>
    </message>
    <message>
        <source>f</source>
        <translation>নারী</translation>
    </message>
    <message>
        <source>x</source>
        <translation>অন্য</translation>
    </message>
    <message>
        <source>police</source>
        <translation>পুলিশ</translation>
    </message>
    <message>
        <source>trial court</source>
        <translation>বিচারিক আদালত</translation>
    </message>
    <message>
        <source>prison</source>
        <translation>কারাগার</translation>
    </message>
    <message>
        <source>embassy</source>
        <translation>দূতাবাস</translation>
    </message>
    <message>
        <source>prisoner</source>
        <translation>বন্দি</translation>
    </message>
    <message>
        <source>clinic</source>
        <translation>ক্লিনিক</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>অজানা</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>ফোনে</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>সরাসরি</translation>
    </message>
    <message>
        <source>given</source>
        <translation>দেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>প্রত্যাখ্যাত</translation>
    </message>
    <message>
        <source>partner ngo</source>
        <translation>সহযোগী NGO</translation>
    </message>
    <message>
        <source>clinic visit</source>
        <translation>ক্লিনিক পরিদর্শন</translation>
    </message>
    <message>
        <source>family</source>
        <translation>পরিবার</translation>
    </message>
    <message>
        <source>court</source>
        <translation>আদালত</translation>
    </message>
    <message>
        <source>other</source>
        <translation>অন্যান্য</translation>
    </message>
    <message>
        <source>travel permit</source>
        <translation>ট্রাভেল পারমিট</translation>
    </message>
    <message>
        <source>emergency certificate</source>
        <translation>জরুরি শংসাপত্র</translation>
    </message>
    <message>
        <source>exit permit</source>
        <translation>এক্সিট পারমিট</translation>
    </message>
    <message>
        <source>escort order</source>
        <translation>এসকর্ট আদেশ</translation>
    </message>
    <message>
        <source>state prisons</source>
        <translation>রাজ্য কারা দপ্তর</translation>
    </message>
    <message>
        <source>state home</source>
        <translation>রাজ্য স্বরাষ্ট্র দপ্তর</translation>
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
        <translation>MEA কনস্যুলার</translation>
    </message>
    <message>
        <source>mea territorial</source>
        <translation>MEA আঞ্চলিক</translation>
    </message>
    <message>
        <source>home foreign ministry</source>
        <translation>স্বদেশের বিদেশ মন্ত্রক</translation>
    </message>
    <message>
        <source>home verification</source>
        <translation>স্বদেশে যাচাই</translation>
    </message>
    <message>
        <source>home repatriation</source>
        <translation>স্বদেশে প্রত্যাবাসন</translation>
    </message>
    <message>
        <source>travel documents</source>
        <translation>ভ্রমণ নথি</translation>
    </message>
    <message>
        <source>border</source>
        <translation>সীমান্ত</translation>
    </message>
    <message>
        <source>unhcr</source>
        <translation>UNHCR</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>পাঠানো</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>প্রাপ্তি স্বীকার</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>উত্তর</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>ফেরত</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>অন্যত্র পাঠানো</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>নিষ্পন্ন</translation>
    </message>
    <message>
        <source>post</source>
        <translation>ডাক</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>ই-মেল</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>হাতে হাতে</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>ফ্যাক্স</translation>
    </message>
    <message>
        <source>portal</source>
        <translation>পোর্টাল</translation>
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
        <translation>ফোন কল</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>চিঠি</translation>
    </message>
    <message>
        <source>embassy visit</source>
        <translation>দূতাবাসে সাক্ষাৎ</translation>
    </message>
    <message>
        <source>prison visit</source>
        <translation>কারাগার পরিদর্শন</translation>
    </message>
    <message>
        <source>consular access by phone</source>
        <translation>ফোনে কনস্যুলার সাক্ষাৎ</translation>
    </message>
    <message>
        <source>consular access in person</source>
        <translation>সরাসরি কনস্যুলার সাক্ষাৎ</translation>
    </message>
    <message>
        <source>rti request</source>
        <translation>RTI আবেদন</translation>
    </message>
    <message>
        <source>rti appeal</source>
        <translation>RTI আপিল</translation>
    </message>
    <message>
        <source>court petition</source>
        <translation>আদালতে আবেদন</translation>
    </message>
    <message>
        <source>court hearing</source>
        <translation>আদালতে শুনানি</translation>
    </message>
    <message>
        <source>media story</source>
        <translation>সংবাদ প্রতিবেদন</translation>
    </message>
    <message>
        <source>ngo contact</source>
        <translation>NGO যোগাযোগ</translation>
    </message>
    <message>
        <source>family traced</source>
        <translation>পরিবারের খোঁজ মিলেছে</translation>
    </message>
    <message>
        <source>unhcr form sent</source>
        <translation>UNHCR ফর্ম পাঠানো</translation>
    </message>
    <message>
        <source>certificate received</source>
        <translation>শংসাপত্র পাওয়া গেছে</translation>
    </message>
    <message>
        <source>escalation</source>
        <translation>এসকেলেশন</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>সংশোধন</translation>
    </message>
    <message>
        <source>senior official</source>
        <translation>ঊর্ধ্বতন আধিকারিক</translation>
    </message>
    <message>
        <source>media in home country</source>
        <translation>স্বদেশের সংবাদমাধ্যম</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>সাপ্তাহিক</translation>
    </message>
    <message>
        <source>one-off</source>
        <translation>একবারের</translation>
    </message>
    <message>
        <source>recurring</source>
        <translation>পুনরাবৃত্ত</translation>
    </message>
    <message>
        <source>reply due</source>
        <translation>উত্তরের শেষ তারিখ</translation>
    </message>
    <message>
        <source>order</source>
        <translation>আদেশ</translation>
    </message>
    <message>
        <source>unchased</source>
        <translation>কেউ তাগাদা দিচ্ছে না</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>due today</source>
        <translation>আজ নির্ধারিত</translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation>কাল নির্ধারিত</translation>
    </message>
    <message>
        <source>due in %1 days</source>
        <translation>%1 দিন পরে নির্ধারিত</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>রেফ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Own-script name</source>
        <translation>নিজের লিপিতে নাম</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>জাতীয়তা</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>কারাগার</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <source>Release due</source>
        <translation>মুক্তির নির্ধারিত তারিখ</translation>
    </message>
    <message>
        <source>Desk holding it</source>
        <translation>যে ডেস্কের কাছে</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>পরের ফলো-আপ</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>ফ্ল্যাগ</translation>
    </message>
    <message>
        <source>Days past release</source>
        <translation>মুক্তির পরে দিন</translation>
    </message>
    <message>
        <source>Was held this long past release</source>
        <translation>মুক্তির পরে এতদিন আটক ছিলেন</translation>
    </message>
</context>
<context>
    <name>flags</name>
    <message>
        <source>Held past release</source>
        <translation>মুক্তির পরেও আটক</translation>
    </message>
    <message>
        <source>Held past release ≥ 6 months</source>
        <translation>মুক্তির পরেও আটক ≥ ৬ মাস</translation>
    </message>
    <message>
        <source>Held past release ≥ 1 year</source>
        <translation>মুক্তির পরেও আটক ≥ ১ বছর</translation>
    </message>
    <message>
        <source>Release soon, repatriation not started</source>
        <translation>মুক্তি আসন্ন, প্রত্যাবাসন শুরু হয়নি</translation>
    </message>
    <message>
        <source>Nationality not verified</source>
        <translation>জাতীয়তা যাচাই হয়নি</translation>
    </message>
    <message>
        <source>Possible misidentification</source>
        <translation>ভুল পরিচয়ের সম্ভাবনা</translation>
    </message>
    <message>
        <source>No consular access</source>
        <translation>কনস্যুলার সাক্ষাৎ হয়নি</translation>
    </message>
    <message>
        <source>At risk if returned</source>
        <translation>ফেরত পাঠালে ঝুঁকি</translation>
    </message>
    <message>
        <source>Eligible for transfer of sentence</source>
        <translation>সাজা স্থানান্তরের যোগ্য</translation>
    </message>
    <message>
        <source>Photo out of date</source>
        <translation>ছবি পুরোনো</translation>
    </message>
    <message>
        <source>Passport book number only</source>
        <translation>কেবল পাসপোর্ট বুক নম্বর</translation>
    </message>
    <message>
        <source>Passport held by the court</source>
        <translation>পাসপোর্ট আদালতের কাছে</translation>
    </message>
    <message>
        <source>Stalled at a desk</source>
        <translation>ডেস্কে আটকে আছে</translation>
    </message>
    <message>
        <source>Order not complied with by its date</source>
        <translation>নির্ধারিত তারিখে আদেশ পালন হয়নি</translation>
    </message>
    <message>
        <source>RTI reply or appeal overdue</source>
        <translation>RTI উত্তর বা আপিল বিলম্বিত</translation>
    </message>
    <message>
        <source>Travel document expiring</source>
        <translation>ভ্রমণ নথির মেয়াদ শেষ হচ্ছে</translation>
    </message>
    <message>
        <source>Data problem</source>
        <translation>তথ্যের সমস্যা</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <source>yes</source>
        <translation>হ্যাঁ</translation>
    </message>
</context>
</TS>
