<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttendanceDocumentBuilder</name>
    <message numerus="yes">
        <source>%n youth(s) ticked in Lotsen.</source>
        <translation>
            <numerusform>%n youth ticked in Lotsen.</numerusform>
            <numerusform>%n youths ticked in Lotsen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttentionRules</name>
    <message numerus="yes">
        <source>Never contacted, %n days since the start</source>
        <translation>
            <numerusform>Never contacted, %n day since the start</numerusform>
            <numerusform>Never contacted, %n days since the start</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n days</source>
        <translation>
            <numerusform>No contact for %n day</numerusform>
            <numerusform>No contact for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered contact attempts since %1</source>
        <translation>
            <numerusform>%n unanswered contact attempt since %1</numerusform>
            <numerusform>%n unanswered contact attempts since %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Referral of %1 without an answer for %n days</source>
        <translation>
            <numerusform>Referral of %1 without an answer for %n day</numerusform>
            <numerusform>Referral of %1 without an answer for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-up %1 after exit, overdue by %n day(s)</source>
        <translation>
            <numerusform>Follow-up %1 after exit, overdue by %n day</numerusform>
            <numerusform>Follow-up %1 after exit, overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupCommandLine</name>
    <message numerus="yes">
        <source>%n youth(s); contacts: %1; access-log entries: %2</source>
        <translation>
            <numerusform>%n youth; contacts: %1; access-log entries: %2</numerusform>
            <numerusform>%n youths; contacts: %1; access-log entries: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n older backup(s) (keeping 7 daily, 5 weekly and 12 monthly).</source>
        <translation>
            <numerusform>Removed %n older backup (keeping 7 daily, 5 weekly and 12 monthly).</numerusform>
            <numerusform>Removed %n older backups (keeping 7 daily, 5 weekly and 12 monthly).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2; %3), checked with pg_restore --list (%n entries).</source>
        <translation>
            <numerusform>Wrote %1 (%2; %3), checked with pg_restore --list (%n entry).</numerusform>
            <numerusform>Wrote %1 (%2; %3), checked with pg_restore --list (%n entries).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message numerus="yes">
        <source>You have no planned contacts, plan reviews or follow-ups in the next %n week(s). Nothing was written.</source>
        <translation>
            <numerusform>You have no planned contacts, plan reviews or follow-ups in the next %n week. Nothing was written.</numerusform>
            <numerusform>You have no planned contacts, plan reviews or follow-ups in the next %n weeks. Nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar entry(s) for the next %1 week(s) written. Open the file to add them to your calendar.</source>
        <translation>
            <numerusform>%n calendar entry for the next %1 week written. Open the file to add them to your calendar.</numerusform>
            <numerusform>%n calendar entries for the next %1 weeks written. Open the file to add them to your calendar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrolmentRules</name>
    <message numerus="yes">
        <source>A follow-up can be closed as not reached after %n unanswered attempt(s); %1 so far.</source>
        <translation>
            <numerusform>A follow-up can be closed as not reached after %n unanswered attempt; %1 so far.</numerusform>
            <numerusform>A follow-up can be closed as not reached after %n unanswered attempts; %1 so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrolmentVocabulary</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message numerus="yes">
        <source>Taken out %1 by %2; %n row(s).</source>
        <translation>
            <numerusform>Taken out %1 by %2; %n row.</numerusform>
            <numerusform>Taken out %1 by %2; %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Taken out %1; %n row(s).</source>
        <translation>
            <numerusform>Taken out %1; %n row.</numerusform>
            <numerusform>Taken out %1; %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanExportCommand</name>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterExtractDocumentBuilder</name>
    <message numerus="yes">
        <source>%n entry(s) in all.</source>
        <translation>
            <numerusform>%n entry in all.</numerusform>
            <numerusform>%n entries in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message numerus="yes">
        <source>Wrote %1 (participant list, %n row(s)).</source>
        <translation>
            <numerusform>Wrote %1 (participant list, %n row).</numerusform>
            <numerusform>Wrote %1 (participant list, %n rows).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2, %n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%2, %n page).</numerusform>
            <numerusform>Wrote %1 (%2, %n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2, %n table(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%2, %n table).</numerusform>
            <numerusform>Wrote %1 (%2, %n tables).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreRunner</name>
    <message numerus="yes">
        <source>%n culling(s) from after the backup applied again, so no culled person came back.</source>
        <translation>
            <numerusform>%n culling from after the backup applied again, so no culled person came back.</numerusform>
            <numerusform>%n cullings from after the backup applied again, so no culled person came back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotsen::AccessDetail</name>
    <message numerus="yes">
        <source>%n youth(s) imported</source>
        <translation>
            <numerusform>%n youth imported</numerusform>
            <numerusform>%n youths imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n youth(s) imported from the command line</source>
        <translation>
            <numerusform>%n youth imported from the command line</numerusform>
            <numerusform>%n youths imported from the command line</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>trial run from the command line, %n youth(s) would be imported</source>
        <translation>
            <numerusform>trial run from the command line, %n youth would be imported</numerusform>
            <numerusform>trial run from the command line, %n youths would be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), %1</source>
        <translation>
            <numerusform>%n row, %1</numerusform>
            <numerusform>%n rows, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), %1, from the command line</source>
        <translation>
            <numerusform>%n row, %1, from the command line</numerusform>
            <numerusform>%n rows, %1, from the command line</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>backup of %1; %n culling(s) re-applied</source>
        <translation>
            <numerusform>backup of %1; %n culling re-applied</numerusform>
            <numerusform>backup of %1; %n cullings re-applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n youth(s); prospects: %1; access-log entries: %2</source>
        <translation>
            <numerusform>%n youth; prospects: %1; access-log entries: %2</numerusform>
            <numerusform>%n youths; prospects: %1; access-log entries: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n culling(s) re-applied after a restore</source>
        <translation>
            <numerusform>%n culling re-applied after a restore</numerusform>
            <numerusform>%n cullings re-applied after a restore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), %2</source>
        <translation>
            <numerusform>%1: %n row, %2</numerusform>
            <numerusform>%1: %n rows, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), printed</source>
        <translation>
            <numerusform>%1: %n row, printed</numerusform>
            <numerusform>%1: %n rows, printed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar event(s)</source>
        <translation>
            <numerusform>%n calendar event</numerusform>
            <numerusform>%n calendar events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotsen::AccessLog</name>
    <message numerus="yes">
        <source>The access log is intact: %n entries checked.</source>
        <translation>
            <numerusform>The access log is intact: %n entry checked.</numerusform>
            <numerusform>The access log is intact: %n entries checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The access log is broken: the newest %n entries are missing. This PC recorded entry %1 as the newest, and the log ends at entry %2.</source>
        <translation>
            <numerusform>The access log is broken: the newest entry is missing. This PC recorded entry %1 as the newest, and the log ends at entry %2.</numerusform>
            <numerusform>The access log is broken: the newest %n entries are missing. This PC recorded entry %1 as the newest, and the log ends at entry %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The record of the access log kept outside the database on this PC was changed, so removed newest entries cannot be ruled out. %n entries were checked.</source>
        <translation>
            <numerusform>The record of the access log kept outside the database on this PC was changed, so removed newest entries cannot be ruled out. %n entry was checked.</numerusform>
            <numerusform>The record of the access log kept outside the database on this PC was changed, so removed newest entries cannot be ruled out. %n entries were checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The access log cannot be verified on this PC: %n entries are sealed with another PC&apos;s key. Import that key to check them. The order of all entries is intact.</source>
        <translation>
            <numerusform>The access log cannot be verified on this PC: %n entry is sealed with another PC&apos;s key. Import that key to check it. The order of all entries is intact.</numerusform>
            <numerusform>The access log cannot be verified on this PC: %n entries are sealed with another PC&apos;s key. Import that key to check them. The order of all entries is intact.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotsen::AccessLogPage</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The log&apos;s hash chain is intact (%n entries checked).</source>
        <translation>
            <numerusform>The log&apos;s hash chain is intact (%n entry checked).</numerusform>
            <numerusform>The log&apos;s hash chain is intact (%n entries checked).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The log&apos;s hash chain was intact at login (%n entries checked).</source>
        <translation>
            <numerusform>The log&apos;s hash chain was intact at login (%n entry checked).</numerusform>
            <numerusform>The log&apos;s hash chain was intact at login (%n entries checked).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotsen::AccountDialog</name>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>The password must have at least %n character.</numerusform>
            <numerusform>The password must have at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotsen::AccountRepository</name>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passwords. Try again in %n second.</numerusform>
            <numerusform>Too many wrong passwords. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong passwords. Try again in %n minute.</numerusform>
            <numerusform>Too many wrong passwords. Try again in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotsen::BackgroundChainCheck</name>
    <message numerus="yes">
        <source>Access log verified (%n entries).</source>
        <translation>
            <numerusform>Access log verified (%n entry).</numerusform>
            <numerusform>Access log verified (%n entries).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotsen::CentreSettings</name>
    <message numerus="yes">
        <source>Someone else changed %n of the settings you are saving, after you opened them. Nothing of yours was saved.</source>
        <translation>
            <numerusform>Someone else changed %n of the settings you are saving, after you opened them. Nothing of yours was saved.</numerusform>
            <numerusform>Someone else changed %n of the settings you are saving, after you opened them. Nothing of yours was saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotsen::ConsentModel</name>
    <message numerus="yes">
        <source>Valid, expires in %n days</source>
        <translation>
            <numerusform>Valid, expires in %n day</numerusform>
            <numerusform>Valid, expires in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotsen::ContactRepository</name>
    <message numerus="yes">
        <source>The note is longer than %n character(s).</source>
        <translation>
            <numerusform>The note is longer than %n character.</numerusform>
            <numerusform>The note is longer than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotsen::EnrolmentTab</name>
    <message numerus="yes">
        <source>&lt;b&gt;Period from %1&lt;/b&gt; · mentor %2 · referred by %3 · %n day(s) in the programme</source>
        <translation>
            <numerusform>&lt;b&gt;Period from %1&lt;/b&gt; · mentor %2 · referred by %3 · %n day in the programme</numerusform>
            <numerusform>&lt;b&gt;Period from %1&lt;/b&gt; · mentor %2 · referred by %3 · %n days in the programme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotsen::ExportListDialog</name>
    <message numerus="yes">
        <source>%n row(s) as shown on screen, </source>
        <translation>
            <numerusform>%n row as shown on screen, </numerusform>
            <numerusform>%n rows as shown on screen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s).</source>
        <translation>
            <numerusform>%n column.</numerusform>
            <numerusform>%n columns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotsen::FollowUpDialog</name>
    <message numerus="yes">
        <source>Possible after %n unanswered attempt(s); the follow-up then leaves Today.</source>
        <translation>
            <numerusform>Possible after %n unanswered attempt; the follow-up then leaves Today.</numerusform>
            <numerusform>Possible after %n unanswered attempts; the follow-up then leaves Today.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotsen::ImportDialog</name>
    <message numerus="yes">
        <source>%n row(s), separated by &quot;%1&quot;, %2</source>
        <translation>
            <numerusform>%n row, separated by &quot;%1&quot;, %2</numerusform>
            <numerusform>%n rows, separated by &quot;%1&quot;, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n youth(s)</source>
        <translation>
            <numerusform>&amp;Import %n youth</numerusform>
            <numerusform>&amp;Import %n youths</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n youth(s) imported as prospects, referred by %1.</source>
        <translation>
            <numerusform>%n youth imported as prospects, referred by %1.</numerusform>
            <numerusform>%n youths imported as prospects, referred by %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotsen::InterventionsPartnersPage</name>
    <message numerus="yes">
        <source>No organisation matches the search and filter.

Clear the search, choose “All kinds” or tick “Show inactive” to see the other %n organisation(s).</source>
        <translation>
            <numerusform>No organisation matches the search and filter.

Clear the search, choose “All kinds” or tick “Show inactive” to see the other %n organisation.</numerusform>
            <numerusform>No organisation matches the search and filter.

Clear the search, choose “All kinds” or tick “Show inactive” to see the other %n organisations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No intervention matches the search and filter.

Clear the search, choose “All categories” or tick “Show inactive” to see the other %n intervention(s).</source>
        <translation>
            <numerusform>No intervention matches the search and filter.

Clear the search, choose “All categories” or tick “Show inactive” to see the other %n intervention.</numerusform>
            <numerusform>No intervention matches the search and filter.

Clear the search, choose “All categories” or tick “Show inactive” to see the other %n interventions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In “%1” now: %n youth(s)</source>
        <translation>
            <numerusform>In “%1” now: %n youth</numerusform>
            <numerusform>In “%1” now: %n youths</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n contact person(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete “%1” and its %n contact person? This cannot be undone.</numerusform>
            <numerusform>Delete “%1” and its %n contact persons? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n organisation(s) shown</source>
        <translation>
            <numerusform>%1 of %n organisation shown</numerusform>
            <numerusform>%1 of %n organisations shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n intervention(s) shown</source>
        <translation>
            <numerusform>%1 of %n intervention shown</numerusform>
            <numerusform>%1 of %n interventions shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotsen::InterventionsTab</name>
    <message numerus="yes">
        <source>No referrals yet. A referral hands the youth over to a partner organisation such as Arbetsförmedlingen or the social services, and records the partner&apos;s answer. It relies on the youth&apos;s valid consent to share information with that organisation (recorded in the Network &amp; consent tab); without one you give a written reason. Referrals still without an answer after %n days are shown in red.</source>
        <translation>
            <numerusform>No referrals yet. A referral hands the youth over to a partner organisation such as Arbetsförmedlingen or the social services, and records the partner&apos;s answer. It relies on the youth&apos;s valid consent to share information with that organisation (recorded in the Network &amp; consent tab); without one you give a written reason. Referrals still without an answer after %n day are shown in red.</numerusform>
            <numerusform>No referrals yet. A referral hands the youth over to a partner organisation such as Arbetsförmedlingen or the social services, and records the partner&apos;s answer. It relies on the youth&apos;s valid consent to share information with that organisation (recorded in the Network &amp; consent tab); without one you give a written reason. Referrals still without an answer after %n days are shown in red.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotsen::ListCommands</name>
    <message numerus="yes">
        <source>Saved %1 (%n row(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n row).</numerusform>
            <numerusform>Saved %1 (%n rows).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotsen::MeetingPlacePage</name>
    <message numerus="yes">
        <source>%n youths match. Choose one with Up/Down and press Enter.</source>
        <translation>
            <numerusform>%n youth matches. Choose one with Up/Down and press Enter.</numerusform>
            <numerusform>%n youths match. Choose one with Up/Down and press Enter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Attendance: %1, %2&lt;/b&gt; — tick those who came. %n present.</source>
        <translation>
            <numerusform>&lt;b&gt;Attendance: %1, %2&lt;/b&gt; — tick those who came. %n present.</numerusform>
            <numerusform>&lt;b&gt;Attendance: %1, %2&lt;/b&gt; — tick those who came. %n present.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotsen::MoveToServerCommand</name>
    <message numerus="yes">
        <source>Copying %1: %n rows…</source>
        <translation>
            <numerusform>Copying %1: %n row…</numerusform>
            <numerusform>Copying %1: %n rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows were copied to %1; the access log&apos;s chain was verified on the server (%2 entries).</source>
        <translation>
            <numerusform>%n row was copied to %1; the access log&apos;s chain was verified on the server (%2 entries).</numerusform>
            <numerusform>%n rows were copied to %1; the access log&apos;s chain was verified on the server (%2 entries).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotsen::OutreachWidget</name>
    <message numerus="yes">
        <source>%n prospect(s)</source>
        <translation>
            <numerusform>%n prospect</numerusform>
            <numerusform>%n prospects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotsen::PlanRepository</name>
    <message numerus="yes">
        <source>A text of the plan is longer than %n character(s). Shorten it, or keep the details in a note.</source>
        <translation>
            <numerusform>A text of the plan is longer than %n character. Shorten it, or keep the details in a note.</numerusform>
            <numerusform>A text of the plan is longer than %n characters. Shorten it, or keep the details in a note.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A step of the plan is longer than %n character(s).</source>
        <translation>
            <numerusform>A step of the plan is longer than %n character.</numerusform>
            <numerusform>A step of the plan is longer than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotsen::ReferralModel</name>
    <message numerus="yes">
        <source>No answer for %n days: time to ask the partner or record the answer.</source>
        <translation>
            <numerusform>No answer for %n day: time to ask the partner or record the answer.</numerusform>
            <numerusform>No answer for %n days: time to ask the partner or record the answer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotsen::RegisterExtractCommand</name>
    <message numerus="yes">
        <source>The register extract (%n entry(s)) was saved to %1.

It holds everything about the youth, hidden notes too: give it only to the youth, and delete your copy once it has been handed over.</source>
        <translation>
            <numerusform>The register extract (%n entry) was saved to %1.

It holds everything about the youth, hidden notes too: give it only to the youth, and delete your copy once it has been handed over.</numerusform>
            <numerusform>The register extract (%n entries) was saved to %1.

It holds everything about the youth, hidden notes too: give it only to the youth, and delete your copy once it has been handed over.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotsen::ReportsPage</name>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n table(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n table).</numerusform>
            <numerusform>Saved %1 (%n tables).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n row(s)); the export is recorded in the access log.</source>
        <translation>
            <numerusform>Saved %1 (%n row); the export is recorded in the access log.</numerusform>
            <numerusform>Saved %1 (%n rows); the export is recorded in the access log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotsen::RetentionDialog</name>
    <message numerus="yes">
        <source>%n youth(s) would be culled now.</source>
        <translation>
            <numerusform>%n youth would be culled now.</numerusform>
            <numerusform>%n youths would be culled now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n access-log entry(s) older than the policy would be removed.</source>
        <translation>
            <numerusform>%n access-log entry older than the policy would be removed.</numerusform>
            <numerusform>%n access-log entries older than the policy would be removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s)</source>
        <translation>
            <numerusform>%n prospect</numerusform>
            <numerusform>%n prospects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n access-log entry(s) removed</source>
        <translation>
            <numerusform>%n access-log entry removed</numerusform>
            <numerusform>%n access-log entries removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotsen::RetentionRepository</name>
    <message numerus="yes">
        <source>Never enrolled; last entry %1, more than %n month(s) ago</source>
        <translation>
            <numerusform>Never enrolled; last entry %1, more than %n month ago</numerusform>
            <numerusform>Never enrolled; last entry %1, more than %n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last period ended %1, last entry %2, more than %n year(s) ago</source>
        <translation>
            <numerusform>Last period ended %1, last entry %2, more than %n year ago</numerusform>
            <numerusform>Last period ended %1, last entry %2, more than %n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotsen::SettingsPage</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <comment>a unit after a number</comment>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>a unit after a number</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <comment>a unit after a number</comment>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <comment>a unit after a number</comment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotsen::TodayPage</name>
    <message numerus="yes">
        <source>%n youths need attention.</source>
        <translation>
            <numerusform>%n youth needs attention.</numerusform>
            <numerusform>%n youths need attention.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n urgent (unanswered attempts in a row), shown in red.</source>
        <translation>
            <numerusform>%n urgent (unanswered attempts in a row), shown in red.</numerusform>
            <numerusform>%n urgent (unanswered attempts in a row), shown in red.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No verified backup for %n day(s).</source>
        <translation>
            <numerusform>No verified backup for %n day.</numerusform>
            <numerusform>No verified backup for %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotsen::YouthCard</name>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotsen::YouthRepository</name>
    <message numerus="yes">
        <source>This field takes at most %n character(s).</source>
        <translation>
            <numerusform>This field takes at most %n character.</numerusform>
            <numerusform>This field takes at most %n characters.</numerusform>
        </translation>
    </message>
</context>
</TS>
