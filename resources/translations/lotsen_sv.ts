<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>CommandLine</name>
    <message>
        <source>Lotsen keeps track of the young people at a drop-in meeting place.

Commands:
  (none)   start the program
  demo     write a demo database (with --database FILE) and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional command: demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or write the database FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on a separate demo database with invented people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With demo: overwrite an existing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: sv or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be sv or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo needs --database FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --demo or --database, not both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Lotsen databases (*.lotsen);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lotsen cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file (for example the latest backup), create a new database, or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Lotsen database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Lotsen database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>The demo database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo youth %1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of youths cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test data could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>%1 already exists. Use --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another Lotsen window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalNumber</name>
    <message>
        <source>The personal number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the personal number as YYYYMMDD-NNNN or YYMMDD-NNNN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal number does not contain a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last digit (check digit) is wrong. Check the number for typing errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal number gives a birth date in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Prospect (outreach)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-binary / other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KAA (municipal activity responsibility)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public employment service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social insurance agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither working nor studying (UVAS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term unemployed (&gt;12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sick-listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychosocial problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newly arrived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lotsen::Database</name>
    <message>
        <source>%1 is a folder, not a Lotsen database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is read-only, or its folder is. Lotsen needs to write to it. Copy the file to a folder where you may write, or ask for write permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Lotsen database, or its beginning is damaged. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is already open in another Lotsen window (process %2 on %3). Close that window first, or open another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be prepared: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). It has not been changed. Restore the latest backup, or open another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged. It has not been changed. Restore the latest backup, or open another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Lotsen database. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was saved by a newer version of Lotsen (schema %2; this version understands up to %3). Install the newer Lotsen, or open another file. The file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file system does not support WAL journaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before updating the database Lotsen makes a backup, and that failed: %1. The database has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be updated to version %1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The updated database has broken references.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup copy failed its integrity check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lotsen::MainWindow</name>
    <message>
        <source>Lotsen – demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lotsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who needs attention now: contacts that were lost, calls nobody answered, plans due for review, with the reason for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in drop-in visits with a few keystrokes and keep attendance lists for group activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions &amp; partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue of interventions and the partner organisations with their contact persons; referrals and consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures for the coordinator and the funder: participants by gender and age, situation at exit, and the share of youths with a recent contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database with invented people. It is recreated at every start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close card</source>
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
        <source>&amp;Find youth</source>
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
        <source>&amp;About Lotsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Lotsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lotsen %1&lt;/h3&gt;&lt;p&gt;Follow-up of young people at a drop-in meeting place, so that no one falls between the chairs.&lt;/p&gt;&lt;p&gt;Licence: European Union Public Licence 1.2 (EUPL-1.2).&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version: %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lotsen::PersonalDataForm</name>
    <message>
        <source>YYYYMMDD-NNNN (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in from the personal number. Without a number, enter it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Personal number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;unicipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star&amp;t date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes since the last save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete youth…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for prospects without history; others are exited instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mentor yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 from the register? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lotsen::PlaceholderPage</name>
    <message>
        <source>Coming in a later version of Lotsen. Nothing on this page is stored or counted yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lotsen::RegisterWidget</name>
    <message>
        <source>Search name, personal number or phone (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new youth (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No youths are registered yet.
Register the first one with New youth (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No youth matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lotsen::SettingsPage</name>
    <message>
        <source>Mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff who can be a youth&apos;s mentor. A mentor who leaves is deactivated, not deleted, so that the history still shows who did what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a new mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of Lotsen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect the next time Lotsen starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lotsen::StaffRepository</name>
    <message>
        <source>Write the staff member&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff member could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff member could not be renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff member could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lotsen::YouthCard</name>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in what you know now; everything except the name can be added later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No personal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card for %1 has changes that are not saved. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lotsen::YouthListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lotsen::YouthRepository</name>
    <message>
        <source>Write the first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal number must be stored with 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date does not match the personal number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already registered with this personal number (no. %2). Open that youth instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address does not look right (name@example.se).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The youth could not be saved. Nothing was changed. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This youth no longer exists in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only prospects without history can be deleted. Set the status to Exited instead, so that the history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This youth has a history (status or mentor changes) and cannot be deleted. Set the status to Exited instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The youth could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lotsen::YouthsPage</name>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lotsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
