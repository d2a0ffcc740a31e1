<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AccountPreferences</name>
    <message>
        <source>Your choice could not be saved.</source>
        <translation>Ditt val kunde inte sparas.</translation>
    </message>
</context>
<context>
    <name>AttendanceDocumentBuilder</name>
    <message>
        <source>Attendance list – %1 %2</source>
        <translation>Närvarolista – %1 %2</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Närvarolista</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Ledare</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message numerus="yes">
        <source>%n youth(s) ticked in Lotsen.</source>
        <translation>
            <numerusform>%n ungdom avbockad i Lotsen.</numerusform>
            <numerusform>%n ungdomar avbockade i Lotsen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttentionRules</name>
    <message>
        <source>No contact</source>
        <translation>Ingen kontakt</translation>
    </message>
    <message>
        <source>Unanswered contact attempts</source>
        <translation>Obesvarade kontaktförsök</translation>
    </message>
    <message>
        <source>Planned contact</source>
        <translation>Planerad kontakt</translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation>Uppföljning av planen</translation>
    </message>
    <message>
        <source>Pause ended</source>
        <translation>Pausen är slut</translation>
    </message>
    <message numerus="yes">
        <source>Never contacted, %n days since the start</source>
        <translation>
            <numerusform>Aldrig kontaktad, %n dag sedan starten</numerusform>
            <numerusform>Aldrig kontaktad, %n dagar sedan starten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n days</source>
        <translation>
            <numerusform>Ingen kontakt på %n dag</numerusform>
            <numerusform>Ingen kontakt på %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered contact attempts since %1</source>
        <translation>
            <numerusform>%n obesvarat kontaktförsök sedan %1</numerusform>
            <numerusform>%n obesvarade kontaktförsök sedan %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned contact today</source>
        <translation>Planerad kontakt idag</translation>
    </message>
    <message>
        <source>Planned contact %1 passed</source>
        <translation>Planerad kontakt %1 passerad</translation>
    </message>
    <message>
        <source>Plan review due %1</source>
        <translation>Planen ska följas upp %1</translation>
    </message>
    <message>
        <source>Pause ended %1</source>
        <translation>Pausen slutade %1</translation>
    </message>
    <message>
        <source>Referral without answer</source>
        <translation>Remiss utan svar</translation>
    </message>
    <message>
        <source>Consent expiring</source>
        <translation>Samtycke går ut snart</translation>
    </message>
    <message numerus="yes">
        <source>Referral of %1 without an answer for %n days</source>
        <translation>
            <numerusform>Remiss skickad %1, utan svar i %n dag</numerusform>
            <numerusform>Remiss skickad %1, utan svar i %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>A consent ends today</source>
        <translation>Ett samtycke upphör idag</translation>
    </message>
    <message>
        <source>A consent ends %1</source>
        <translation>Ett samtycke upphör %1</translation>
    </message>
    <message>
        <source>Follow-up after exit</source>
        <translation>Uppföljning efter avslut</translation>
    </message>
    <message>
        <source>Follow-up %1 after exit, due today</source>
        <translation>Uppföljning %1 efter avslut, ska göras idag</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up %1 after exit, overdue by %n day(s)</source>
        <translation>
            <numerusform>Uppföljning %1 efter avslut, förfallen sedan %n dag</numerusform>
            <numerusform>Uppföljning %1 efter avslut, förfallen sedan %n dagar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupCatalogue</name>
    <message>
        <source>The backup&apos;s description could not be written: %1</source>
        <translation>Säkerhetskopians beskrivning kunde inte skrivas: %1</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be read.</source>
        <translation>Mappen för säkerhetskopior %1 kan inte läsas.</translation>
    </message>
</context>
<context>
    <name>BackupCipher</name>
    <message>
        <source>The encrypted backup cannot be read: %1</source>
        <translation>Den krypterade säkerhetskopian kan inte läsas: %1</translation>
    </message>
    <message>
        <source>The file is not an encrypted Lotsen backup.</source>
        <translation>Filen är inte en krypterad säkerhetskopia från Lotsen.</translation>
    </message>
    <message>
        <source>The encrypted backup&apos;s header is damaged.</source>
        <translation>Den krypterade säkerhetskopians filhuvud är skadat.</translation>
    </message>
    <message>
        <source>The encrypted backup is incomplete (cut off).</source>
        <translation>Den krypterade säkerhetskopian är ofullständig (avbruten).</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the encrypted backup has been altered or damaged.</source>
        <translation>Fel lösenfras, eller så har den krypterade säkerhetskopian ändrats eller skadats.</translation>
    </message>
    <message>
        <source>The decrypted backup could not be written.</source>
        <translation>Den dekrypterade säkerhetskopian kunde inte skrivas.</translation>
    </message>
    <message>
        <source>The encrypted backup has data after its end.</source>
        <translation>Den krypterade säkerhetskopian innehåller data efter slutet.</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>Krypteringsbiblioteket kunde inte startas.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Lösenfrasen är tom.</translation>
    </message>
    <message>
        <source>The encrypted backup&apos;s key settings are not valid.</source>
        <translation>Nyckelinställningarna i den krypterade säkerhetskopian är ogiltiga.</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the backup key.</source>
        <translation>Det finns inte tillräckligt med minne för att ta fram nyckeln till säkerhetskopian.</translation>
    </message>
    <message>
        <source>The encrypted backup was written by a newer Lotsen.</source>
        <translation>Den krypterade säkerhetskopian har skrivits av en nyare version av Lotsen.</translation>
    </message>
    <message>
        <source>No valid backup key is set.</source>
        <translation>Ingen giltig nyckel för säkerhetskopior är angiven.</translation>
    </message>
    <message>
        <source>The backup cannot be read: %1</source>
        <translation>Säkerhetskopian kan inte läsas: %1</translation>
    </message>
    <message>
        <source>The encrypted backup cannot be written: %1</source>
        <translation>Den krypterade säkerhetskopian kan inte skrivas: %1</translation>
    </message>
    <message>
        <source>The decrypted backup could not be written: %1</source>
        <translation>Den dekrypterade säkerhetskopian kunde inte skrivas: %1</translation>
    </message>
</context>
<context>
    <name>BackupCommandLine</name>
    <message numerus="yes">
        <source>%n youth(s); contacts: %1; access-log entries: %2</source>
        <translation>
            <numerusform>%n ungdom; kontakter: %1; poster i åtkomstloggen: %2</numerusform>
            <numerusform>%n ungdomar; kontakter: %1; poster i åtkomstloggen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an administrator may back up the database.</source>
        <translation>Bara en administratör får säkerhetskopiera databasen.</translation>
    </message>
    <message>
        <source>The backup could not be recorded in the access log and was removed: %1</source>
        <translation>Säkerhetskopian kunde inte registreras i åtkomstloggen och har tagits bort: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2), verified.</source>
        <translation>%1 (%2) har skrivits och kontrollerats.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n older backup(s) (keeping 7 daily, 5 weekly and 12 monthly).</source>
        <translation>
            <numerusform>%n äldre säkerhetskopia har tagits bort (7 dagliga, 5 veckovisa och 12 månatliga sparas).</numerusform>
            <numerusform>%n äldre säkerhetskopior har tagits bort (7 dagliga, 5 veckovisa och 12 månatliga sparas).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: filen finns inte.</translation>
    </message>
    <message>
        <source>No private temporary folder for the decrypted copy.</source>
        <translation>Det finns ingen privat tillfällig mapp för den dekrypterade kopian.</translation>
    </message>
    <message>
        <source>the encrypted backup</source>
        <translation>den krypterade säkerhetskopian</translation>
    </message>
    <message>
        <source>%1: not sound: %2</source>
        <translation>%1: inte felfri: %2</translation>
    </message>
    <message>
        <source>%1: sound (schema %2; %3).</source>
        <translation>%1: felfri (schema %2; %3).</translation>
    </message>
    <message>
        <source>%1 is not a server&apos;s address; write it as postgresql://user@host:port/dbname.</source>
        <translation>%1 är inte en serveradress; skriv den som postgresql://user@host:port/dbname.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2; %3), checked with pg_restore --list (%n entries).</source>
        <translation>
            <numerusform>%1 (%2; %3) har skrivits och kontrollerats med pg_restore --list (%n post).</numerusform>
            <numerusform>%1 (%2; %3) har skrivits och kontrollerats med pg_restore --list (%n poster).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>The backup cannot be read: %1</source>
        <translation>Säkerhetskopian kan inte läsas: %1</translation>
    </message>
    <message>
        <source>The backup cannot be copied: %1</source>
        <translation>Säkerhetskopian kan inte kopieras: %1</translation>
    </message>
    <message>
        <source>The database is open in Lotsen; close it before restoring.</source>
        <translation>Databasen är öppen i Lotsen. Stäng den innan du återställer.</translation>
    </message>
    <message>
        <source>The database&apos;s folder cannot be created.</source>
        <translation>Databasens mapp kan inte skapas.</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation>Säkerhetskopian kan inte återställas: %1</translation>
    </message>
    <message>
        <source>The current database could not be set aside, so nothing was restored.</source>
        <translation>Den nuvarande databasen kunde inte flyttas undan, så ingenting har återställts.</translation>
    </message>
    <message>
        <source>The backup could not take the database&apos;s place; nothing was changed.</source>
        <translation>Säkerhetskopian kunde inte ersätta databasen. Ingenting har ändrats.</translation>
    </message>
    <message>
        <source>The copy of the backup could not be written to the disk.</source>
        <translation>Kopian av säkerhetskopian kunde inte skrivas till disken.</translation>
    </message>
    <message>
        <source>The current database&apos;s journal (-wal) could not be set aside, so nothing was restored.</source>
        <translation>Den nuvarande databasens journal (-wal) kunde inte flyttas undan, så ingenting återställdes.</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>The key for encrypted backups cannot be read: %1</source>
        <translation>Nyckeln för krypterade säkerhetskopior kan inte läsas: %1</translation>
    </message>
    <message>
        <source>The key for encrypted backups is damaged; set the passphrase again.</source>
        <translation>Nyckeln för krypterade säkerhetskopior är skadad. Ange lösenfrasen igen.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 12 characters.</source>
        <translation>Lösenfrasen måste ha minst 12 tecken.</translation>
    </message>
    <message>
        <source>The key for encrypted backups cannot be saved: %1</source>
        <translation>Nyckeln för krypterade säkerhetskopior kan inte sparas: %1</translation>
    </message>
    <message>
        <source>The key for encrypted backups cannot be removed.</source>
        <translation>Nyckeln för krypterade säkerhetskopior kan inte tas bort.</translation>
    </message>
    <message>
        <source>The folder already has a retention log of this database (%1); the backups stay where they were.</source>
        <translation>Mappen har redan en gallringslogg för den här databasen (%1); säkerhetskopiorna stannar där de var.</translation>
    </message>
    <message>
        <source>The retention log could not be moved to the new folder; the backups stay where they were.</source>
        <translation>Gallringsloggen kunde inte flyttas till den nya mappen; säkerhetskopiorna stannar där de var.</translation>
    </message>
</context>
<context>
    <name>BackupVerifier</name>
    <message>
        <source>The rows could not be counted: %1</source>
        <translation>Raderna kunde inte räknas: %1</translation>
    </message>
    <message>
        <source>The backup file does not exist.</source>
        <translation>Filen med säkerhetskopian finns inte.</translation>
    </message>
    <message>
        <source>The backup cannot be opened: %1</source>
        <translation>Säkerhetskopian kan inte öppnas: %1</translation>
    </message>
    <message>
        <source>The file is not a Lotsen database.</source>
        <translation>Filen är inte en databas från Lotsen.</translation>
    </message>
    <message>
        <source>The backup&apos;s schema version cannot be read.</source>
        <translation>Säkerhetskopians schemaversion kan inte läsas.</translation>
    </message>
    <message>
        <source>The backup was written by a newer Lotsen (schema %1; this Lotsen knows up to %2).</source>
        <translation>Säkerhetskopian har skrivits av en nyare version av Lotsen (schema %1; den här versionen klarar upp till %2).</translation>
    </message>
    <message>
        <source>The backup has schema version %1, not %2.</source>
        <translation>Säkerhetskopian har schemaversion %1, inte %2.</translation>
    </message>
    <message>
        <source>The backup is damaged (%1).</source>
        <translation>Säkerhetskopian är skadad (%1).</translation>
    </message>
    <message>
        <source>The backup is damaged: its integrity check failed.</source>
        <translation>Säkerhetskopian är skadad: den klarade inte integritetskontrollen.</translation>
    </message>
    <message>
        <source>The backup&apos;s table %1 has %2 rows, the database had %3.</source>
        <translation>Tabellen %1 i säkerhetskopian har %2 rader, databasen hade %3.</translation>
    </message>
    <message>
        <source>The backup&apos;s row counts differ from the database&apos;s.</source>
        <translation>Antalet rader i säkerhetskopian stämmer inte med databasen.</translation>
    </message>
</context>
<context>
    <name>BackupWriter</name>
    <message>
        <source>No backup folder is set.</source>
        <translation>Ingen mapp för säkerhetskopior är angiven.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Mappen för säkerhetskopior %1 kan inte skapas.</translation>
    </message>
    <message>
        <source>A backup of this second already exists.</source>
        <translation>Det finns redan en säkerhetskopia från just den här sekunden.</translation>
    </message>
    <message>
        <source>The database cannot be read for the backup: %1</source>
        <translation>Databasen kan inte läsas för säkerhetskopiering: %1</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>Säkerhetskopian kunde inte skrivas: %1</translation>
    </message>
    <message>
        <source>The backup failed its check and was discarded: %1</source>
        <translation>Säkerhetskopian klarade inte kontrollen och har tagits bort: %1</translation>
    </message>
    <message>
        <source>The verified backup could not be given its name.</source>
        <translation>Den kontrollerade säkerhetskopian kunde inte få sitt filnamn.</translation>
    </message>
    <message>
        <source>No passphrase is set for encrypted copies, so none was written to the second folder.</source>
        <translation>Ingen lösenfras är angiven för krypterade kopior, så ingen kopia skrevs till den andra mappen.</translation>
    </message>
    <message>
        <source>The encrypted copy did not read back the same.</source>
        <translation>Den krypterade kopian gav inte samma innehåll när den lästes tillbaka.</translation>
    </message>
    <message>
        <source>The encrypted copy could not be given its name.</source>
        <translation>Den krypterade kopian kunde inte få sitt filnamn.</translation>
    </message>
    <message>
        <source>The backup failed its check and was discarded: its table %1 has %2 rows, the database had %3.</source>
        <translation>Säkerhetskopian klarade inte kontrollen och togs bort: dess tabell %1 har %2 rader, databasen hade %3.</translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message>
        <source>Add to calendar</source>
        <translation>Lägg i kalendern</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Kalenderfilen sparades inte</translation>
    </message>
    <message>
        <source>There is nothing to put in the calendar: the date is no longer planned.</source>
        <translation>Det finns inget att lägga i kalendern: datumet är inte längre planerat.</translation>
    </message>
    <message>
        <source>The calendar file is saved. Open it to add the entry to your calendar (Outlook, Thunderbird or your phone). It names the youth by first name only.</source>
        <translation>Kalenderfilen är sparad. Öppna den för att lägga in posten i din kalender (Outlook, Thunderbird eller telefonen). Ungdomen anges bara med förnamn.</translation>
    </message>
    <message>
        <source>Export my planned contacts</source>
        <translation>Exportera mina planerade kontakter</translation>
    </message>
    <message numerus="yes">
        <source>You have no planned contacts, plan reviews or follow-ups in the next %n week(s). Nothing was written.</source>
        <translation>
            <numerusform>Du har inga planerade kontakter, uppföljningar av planer eller uppföljningar efter avslut inom %n vecka. Ingenting har sparats.</numerusform>
            <numerusform>Du har inga planerade kontakter, uppföljningar av planer eller uppföljningar efter avslut inom %n veckor. Ingenting har sparats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar entry(s) for the next %1 week(s) written. Open the file to add them to your calendar.</source>
        <translation>
            <numerusform>%n kalenderpost har sparats (veckor framåt: %1). Öppna filen för att lägga in den i din kalender.</numerusform>
            <numerusform>%n kalenderposter har sparats (veckor framåt: %1). Öppna filen för att lägga in dem i din kalender.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>There is nothing to put in the calendar.</source>
        <translation>Det finns inget att lägga i kalendern.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Filen %1 kunde inte skrivas: %2</translation>
    </message>
    <message>
        <source>Nothing was written, because the access log could not record the export: %1</source>
        <translation>Ingenting sparades, eftersom åtkomstloggen inte kunde registrera exporten: %1</translation>
    </message>
</context>
<context>
    <name>ChainSeal</name>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>Lösenfrasen måste ha minst %1 tecken.</translation>
    </message>
    <message>
        <source>This PC has no access-log key to export.</source>
        <translation>Den här datorn har ingen nyckel för åtkomstloggen att exportera.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name.</source>
        <translation>%1 finns redan. Välj ett annat filnamn.</translation>
    </message>
    <message>
        <source>The key could not be encrypted (not enough memory).</source>
        <translation>Nyckeln kunde inte krypteras (för lite minne).</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunde inte skrivas: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1 is not an exported Lotsen access-log key.</source>
        <translation>%1 är ingen exporterad nyckel för Lotsens åtkomstlogg.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the file was changed. Nothing was imported.</source>
        <translation>Lösenfrasen är fel, eller så har filen ändrats. Ingenting har importerats.</translation>
    </message>
    <message>
        <source>The key could not be stored on this PC.</source>
        <translation>Nyckeln kunde inte sparas på den här datorn.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Open or write the database FILE.</source>
        <translation>Öppna eller skriv databasen FILE.</translation>
    </message>
    <message>
        <source>Start on a separate demo database with invented people.</source>
        <translation>Starta med en separat demodatabas med påhittade personer.</translation>
    </message>
    <message>
        <source>With demo: overwrite an existing file.</source>
        <translation>Med demo: skriv över en befintlig fil.</translation>
    </message>
    <message>
        <source>User interface language: sv or en.</source>
        <translation>Programmets språk: sv eller en.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Okänt kommando: %1</translation>
    </message>
    <message>
        <source>--lang must be sv or en.</source>
        <translation>--lang måste vara sv eller en.</translation>
    </message>
    <message>
        <source>Use either --demo or --database, not both.</source>
        <translation>Använd antingen --demo eller --database, inte båda.</translation>
    </message>
    <message>
        <source>With export-plan: the youth&apos;s number in Lotsen or personal number.</source>
        <translation>Med export-plan: ungdomens nummer i Lotsen eller personnummer.</translation>
    </message>
    <message>
        <source>With export-plan: the plan version (default: the current one).</source>
        <translation>Med export-plan: planens version (standard: den aktuella).</translation>
    </message>
    <message>
        <source>With export-plan: the PDF file to write.</source>
        <translation>Med export-plan: PDF-filen som ska skrivas.</translation>
    </message>
    <message>
        <source>With export-plan: a blank template with the youth&apos;s name.</source>
        <translation>Med export-plan: en tom mall med ungdomens namn.</translation>
    </message>
    <message>
        <source>--version must be a plan version number (1, 2, 3 …).</source>
        <translation>--version måste vara ett versionsnummer för planen (1, 2, 3 …).</translation>
    </message>
    <message>
        <source>%1 needs --database FILE.</source>
        <translation>%1 kräver --database FILE.</translation>
    </message>
    <message>
        <source>export-plan needs --youth ID|PERSONNUMMER and --pdf OUT.pdf.</source>
        <translation>export-plan kräver --youth ID|PERSONNUMMER och --pdf OUT.pdf.</translation>
    </message>
    <message>
        <source>With import: the referral source of the imported youths, e.g. KAA.</source>
        <translation>Med import: remittent för de importerade ungdomarna, t.ex. KAA.</translation>
    </message>
    <message>
        <source>With import: check the file, write nothing.</source>
        <translation>Med import: kontrollera filen men skriv ingenting.</translation>
    </message>
    <message>
        <source>import needs --source CODE and the CSV file, e.g. lotsen import --database FILE --source KAA youths.csv.</source>
        <translation>import kräver --source CODE och CSV-filen, t.ex. lotsen import --database FILE --source KAA ungdomar.csv.</translation>
    </message>
    <message>
        <source>%1 needs the key file, e.g. lotsen %1 lotsen-key.txt.</source>
        <translation>%1 kräver nyckelfilen, t.ex. lotsen %1 lotsen-nyckel.txt.</translation>
    </message>
    <message>
        <source>report needs --from and --to, the first and last day of the period, e.g. --from 2026-03-01 --to 2026-03-31.</source>
        <translation>report behöver --from och --to, periodens första och sista dag, t.ex. --from 2026-03-01 --to 2026-03-31.</translation>
    </message>
    <message>
        <source>--from must be a date as YYYY-MM-DD, not %1.</source>
        <translation>--from måste vara ett datum som ÅÅÅÅ-MM-DD, inte %1.</translation>
    </message>
    <message>
        <source>--to must be a date as YYYY-MM-DD, not %1.</source>
        <translation>--to måste vara ett datum som ÅÅÅÅ-MM-DD, inte %1.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from får inte vara efter --to.</translation>
    </message>
    <message>
        <source>report needs --format pdf, xlsx or csv.</source>
        <translation>report behöver --format pdf, xlsx eller csv.</translation>
    </message>
    <message>
        <source>--format must be pdf, xlsx or csv, not %1.</source>
        <translation>--format måste vara pdf, xlsx eller csv, inte %1.</translation>
    </message>
    <message>
        <source>report needs --out FILE, the file to write.</source>
        <translation>report behöver --out FILE, filen som ska skrivas.</translation>
    </message>
    <message>
        <source>The participant list is written as XLSX or CSV: use --format xlsx or --format csv.</source>
        <translation>Deltagarlistan skrivs som XLSX eller CSV: använd --format xlsx eller --format csv.</translation>
    </message>
    <message>
        <source>With report: the first day of the period (YYYY-MM-DD).</source>
        <translation>Med report: periodens första dag (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>With report: the last day of the period (YYYY-MM-DD).</source>
        <translation>Med report: periodens sista dag (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>With report: the file format, pdf, xlsx or csv.</source>
        <translation>Med report: filformatet, pdf, xlsx eller csv.</translation>
    </message>
    <message>
        <source>With report: the file to write.</source>
        <translation>Med report: filen som ska skrivas.</translation>
    </message>
    <message>
        <source>With report: the funder&apos;s participant list (personal data; xlsx or csv) instead of the reports.</source>
        <translation>Med report: finansiärens deltagarlista (personuppgifter; xlsx eller csv) i stället för rapporterna.</translation>
    </message>
    <message>
        <source>With report: exact counts; by default counts of 1-4 are written as &lt;5.</source>
        <translation>Med report: exakta antal; annars skrivs antal 1–4 som &lt;5.</translation>
    </message>
    <message>
        <source>Optional command: demo, export-plan, import, report, backup or verify-backup.</source>
        <translation>Valfritt kommando: demo, export-plan, import, report, backup eller verify-backup.</translation>
    </message>
    <message>
        <source>With export-plan, import, report and backup on a database with staff accounts: your username; the password is read from standard input.</source>
        <translation>Med export-plan, import, report och backup på en databas med personalkonton: ditt användarnamn. Lösenordet läses från standardinmatningen.</translation>
    </message>
    <message>
        <source>With backup: the folder to write the backup into.</source>
        <translation>Med backup: mappen som säkerhetskopian ska skrivas till.</translation>
    </message>
    <message>
        <source>verify-backup needs the backup file, e.g. lotsen verify-backup lotsen-auto-2026-12-06-093000.lotsen.</source>
        <translation>verify-backup kräver filen med säkerhetskopian, t.ex. lotsen verify-backup lotsen-auto-2026-12-06-093000.lotsen.</translation>
    </message>
    <message>
        <source>backup needs --to DIR, the folder to write the backup into.</source>
        <translation>backup kräver --to DIR, mappen som säkerhetskopian ska skrivas till.</translation>
    </message>
    <message>
        <source>Lotsen keeps track of the young people at a drop-in meeting place.

Commands:
  (none)        start the program
  demo          write a demo database (--database FILE [--force]) and exit
  export-plan   write a youth&apos;s action plan as PDF (--database FILE --youth ID|PERSONNUMMER
                [--version N] [--blank] --pdf OUT.pdf [--user NAME]) and exit
  export-key    write the access log&apos;s key to FILE, encrypted with a passphrase read from
                standard input, to move the database to another PC, and exit
  import-key    read such a key FILE on the other PC and exit
  import        import youths from a CSV file as prospects (--database FILE --source KAA
                [--dry-run] [--user NAME] FILE.csv) and exit
  report        write the reports for a period as PDF, XLSX or CSV (--database FILE
                --from YYYY-MM-DD --to YYYY-MM-DD --format pdf|xlsx|csv --out FILE [--no-mask]
                [--participants] [--user NAME]) and exit
  backup        write a verified backup into a folder, keeping 7 daily, 5 weekly and 12
                monthly backups there (--database FILE --to DIR [--user NAME]) and exit
  verify-backup check a backup FILE (an encrypted one with its passphrase from standard input);
                the exit code is 0 only for a sound backup
  setup-server  prepare a PostgreSQL server for a shared database, once, as its superuser
                (--server postgresql://postgres@HOST:5432/postgres [--database lotsen]
                [--owner lotsen_owner] [--app-user lotsen_app]); piped standard input: the
                superuser&apos;s, the owner&apos;s and the program&apos;s passwords, one a line
  migrate       move a centre&apos;s register from its file into an empty shared database on a
                server, as the database&apos;s owner (--from FILE.lotsen
                --to postgresql://OWNER@HOST:5432/DBNAME); the password from standard input
                when piped; the file is only read</source>
        <translation>Lotsen håller reda på ungdomarna på en öppen mötesplats.

Kommandon:
  (inget)       startar programmet
  demo          skriver en demodatabas (--database FILE [--force]) och avslutar
  export-plan   skriver en ungdoms handlingsplan som PDF (--database FILE --youth ID|PERSONNUMMER
                [--version N] [--blank] --pdf OUT.pdf [--user NAME]) och avslutar
  export-key    skriver åtkomstloggens nyckel till FILE, krypterad med en lösenfras som läses från
                standardinmatningen, för att flytta databasen till en annan dator, och avslutar
  import-key    läser in en sådan nyckelfil FILE på den andra datorn och avslutar
  import        importerar ungdomar från en CSV-fil med status Uppsökande
                (--database FILE --source KAA [--dry-run] [--user NAME] FILE.csv) och avslutar
  report        skriver rapporterna för en period som PDF, XLSX eller CSV (--database FILE
                --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD --format pdf|xlsx|csv --out FILE [--no-mask]
                [--participants] [--user NAME]) och avslutar
  backup        skriver en kontrollerad säkerhetskopia till en mapp och sparar där 7 dagliga,
                5 veckovisa och 12 månatliga (--database FILE --to DIR [--user NAME]) och avslutar
  verify-backup kontrollerar en säkerhetskopia FILE (en krypterad med sin lösenfras från
                standardinmatningen); returkoden är 0 bara för en felfri säkerhetskopia
  setup-server  förbereder en PostgreSQL-server för en delad databas, en gång, som dess
                superanvändare (--server postgresql://postgres@HOST:5432/postgres
                [--database lotsen] [--owner lotsen_owner] [--app-user lotsen_app]); via en pipe
                till standardinmatningen: superanvändarens, ägarens och programmets lösenord,
                ett per rad
  migrate       flyttar en mötesplats register från dess fil till en tom delad databas på en
                server, som databasens ägare (--from FILE.lotsen
                --to postgresql://OWNER@HOST:5432/DBNAME); lösenordet läses från
                standardinmatningen om den kommer via en pipe; filen läses bara</translation>
    </message>
    <message>
        <source>With setup-server: a superuser&apos;s address on the server, e.g. postgresql://postgres@server:5432/postgres.</source>
        <translation>Med setup-server: en superanvändares adress på servern, t.ex. postgresql://postgres@server:5432/postgres.</translation>
    </message>
    <message>
        <source>With setup-server: the role that owns the database (default lotsen_owner).</source>
        <translation>Med setup-server: rollen som äger databasen (standard: lotsen_owner).</translation>
    </message>
    <message>
        <source>With setup-server: the role Lotsen logs in as (default lotsen_app).</source>
        <translation>Med setup-server: rollen som Lotsen loggar in som (standard: lotsen_app).</translation>
    </message>
    <message>
        <source>setup-server needs --server postgresql://SUPERUSER@HOST:5432/postgres, a superuser&apos;s address on the server.</source>
        <translation>setup-server kräver --server postgresql://SUPERUSER@HOST:5432/postgres, en superanvändares adress på servern.</translation>
    </message>
    <message>
        <source>migrate needs --from FILE.lotsen and --to postgresql://OWNER@HOST:5432/DBNAME.</source>
        <translation>migrate kräver --from FILE.lotsen och --to postgresql://OWNER@HOST:5432/DBNAME.</translation>
    </message>
</context>
<context>
    <name>CommandLineSession</name>
    <message>
        <source>This database has staff accounts. Give your username with --user NAME; the password is read from standard input.</source>
        <translation>Databasen har personalkonton. Ange ditt användarnamn med --user NAMN; lösenordet läses från standard in.</translation>
    </message>
    <message>
        <source>Your password must be changed before you can use Lotsen. Log in in Lotsen&apos;s window first.</source>
        <translation>Ditt lösenord måste bytas innan du kan använda Lotsen. Logga först in i Lotsens fönster.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Lösenord för %1: </translation>
    </message>
    <message>
        <source>This database has no staff accounts, so --user cannot be checked. Check that this is the right file; leave out --user only for a database without accounts.</source>
        <translation>Databasen har inga personalkonton, så --user kan inte kontrolleras. Kontrollera att det är rätt fil; utelämna --user bara för en databas utan konton.</translation>
    </message>
</context>
<context>
    <name>ConsentDocumentBuilder</name>
    <message>
        <source>Consent – %1</source>
        <translation>Samtycke – %1</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>I agree that the meeting place may do what is ticked below. I can withdraw my consent at any time, in writing or by telling my mentor; that does not affect my support here.</source>
        <translation>Jag samtycker till att mötesplatsen får göra det som är ikryssat nedan. Jag kan när som helst återkalla mitt samtycke, skriftligt eller genom att säga det till min mentor. Det påverkar inte mitt stöd här.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Samtycke till</translation>
    </message>
    <message>
        <source>Whom or what, valid until</source>
        <translation>Vem eller vad, giltigt till och med</translation>
    </message>
    <message>
        <source>all relatives</source>
        <translation>alla anhöriga</translation>
    </message>
    <message>
        <source>given %1</source>
        <translation>lämnat %1</translation>
    </message>
    <message>
        <source>(until %1)</source>
        <translation>(till och med %1)</translation>
    </message>
    <message>
        <source>Signature of the young person</source>
        <translation>Underskrift, ungdomen</translation>
    </message>
    <message>
        <source>Signature of legal guardian (%1)</source>
        <translation>Underskrift, vårdnadshavare (%1)</translation>
    </message>
    <message>
        <source>Signature of legal guardian</source>
        <translation>Underskrift, vårdnadshavare</translation>
    </message>
    <message>
        <source>Received by (staff)</source>
        <translation>Mottaget av (personal)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>ConsentRules</name>
    <message>
        <source>There is no valid consent for contact with relatives.</source>
        <translation>Det finns inget giltigt samtycke för kontakt med anhöriga.</translation>
    </message>
    <message>
        <source>There is no valid consent to share information with this partner.</source>
        <translation>Det finns inget giltigt samtycke till att dela uppgifter med den här samverkanspartnern.</translation>
    </message>
    <message>
        <source>There is no valid consent to share information with %1.</source>
        <translation>Det finns inget giltigt samtycke till att dela uppgifter med %1.</translation>
    </message>
    <message>
        <source>There is no valid consent for this.</source>
        <translation>Det finns inget giltigt samtycke för detta.</translation>
    </message>
    <message>
        <source>Choose the youth the consent is for.</source>
        <translation>Välj den ungdom som samtycket gäller.</translation>
    </message>
    <message>
        <source>Enter the date the consent was given.</source>
        <translation>Ange det datum då samtycket lämnades.</translation>
    </message>
    <message>
        <source>Choose the partner organisation the information may be shared with.</source>
        <translation>Välj den samverkanspartner som uppgifterna får delas med.</translation>
    </message>
    <message>
        <source>Only a consent to share information names a partner organisation.</source>
        <translation>Endast ett samtycke till att dela uppgifter anger en samverkanspartner.</translation>
    </message>
    <message>
        <source>Only a consent for contact with relatives names a relative.</source>
        <translation>Endast ett samtycke för kontakt med anhöriga anger en anhörig.</translation>
    </message>
    <message>
        <source>Describe what the consent covers.</source>
        <translation>Beskriv vad samtycket omfattar.</translation>
    </message>
    <message>
        <source>A verbal consent needs a witness: enter who heard it.</source>
        <translation>Ett muntligt samtycke behöver ett vittne: ange vem som hörde det.</translation>
    </message>
    <message>
        <source>The consent cannot end before it was given.</source>
        <translation>Samtycket kan inte upphöra innan det lämnades.</translation>
    </message>
    <message>
        <source>Only a legal guardian can give consent for the youth.</source>
        <translation>Endast en vårdnadshavare kan lämna samtycke för ungdomen.</translation>
    </message>
    <message>
        <source>A guardian&apos;s consent applies only while the youth is under 18. From 18 the youth gives consent.</source>
        <translation>En vårdnadshavares samtycke gäller bara så länge ungdomen är under 18 år. Från 18 år lämnar ungdomen själv sitt samtycke.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Filen %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>The file ends inside a quoted field that starts on line %1. It may be cut off; nothing was imported.</source>
        <translation>Filen slutar mitt i ett fält inom citattecken som börjar på rad %1. Filen kan vara avkortad; ingenting har importerats.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>The file is %1 MB; Lotsen imports lists of up to %2 MB. Split the list and import it in parts.</source>
        <translation>Filen är %1 MB; Lotsen importerar listor på högst %2 MB. Dela upp listan och importera den i delar.</translation>
    </message>
    <message>
        <source>Lotsen cannot read this file&apos;s encoding, or it is not a text file. In Excel, choose Save As and the type &quot;CSV UTF-8 (comma delimited)&quot;, then import that file.</source>
        <translation>Lotsen kan inte läsa filens teckenkodning, eller så är det inte en textfil. Välj Spara som i Excel och filformatet ”CSV UTF-8 (kommaavgränsad)”, och importera sedan den filen.</translation>
    </message>
    <message>
        <source>The quote that opens on line %1 is not closed on that line, and the lines after it do not fit into that row. Check the quotes on line %1; nothing was imported.</source>
        <translation>Citattecknet som börjar på rad %1 avslutas inte på den raden, och raderna efter den passar inte in i den raden. Kontrollera citattecknen på rad %1; ingenting har importerats.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; Lotsen imports lists of up to %1 rows. Split the list and import it in parts.</source>
        <translation>Filen har fler än %1 rader; Lotsen importerar listor på högst %1 rader. Dela upp listan och importera den i delar.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>Only an administrator can back up the database.</source>
        <translation>Bara en administratör kan säkerhetskopiera databasen.</translation>
    </message>
    <message>
        <source>%1 already exists. A backup never replaces a file: choose another name.</source>
        <translation>%1 finns redan. En säkerhetskopia ersätter aldrig en fil: välj ett annat namn.</translation>
    </message>
    <message>
        <source>The database could not be backed up to %1: %2</source>
        <translation>Databasen kunde inte säkerhetskopieras till %1: %2</translation>
    </message>
    <message>
        <source>The backup was removed again, because the access log could not record it: %1</source>
        <translation>Säkerhetskopian togs bort igen eftersom åtkomstloggen inte kunde registrera den: %1</translation>
    </message>
    <message>
        <source>The database could not be backed up to %1: the checked copy could not be given its name.</source>
        <translation>Databasen kunde inte säkerhetskopieras till %1: den kontrollerade kopian kunde inte få sitt namn.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Lotsen databases (*.lotsen);;All files (*)</source>
        <translation>Lotsen-databaser (*.lotsen);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Lotsen cannot open the database</source>
        <translation>Lotsen kan inte öppna databasen</translation>
    </message>
    <message>
        <source>Choose another file (for example the latest backup), create a new database, or quit.</source>
        <translation>Välj en annan fil (till exempel den senaste säkerhetskopian), skapa en ny databas eller avsluta.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Öppna en annan fil…</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Ny databas…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Open a Lotsen database</source>
        <translation>Öppna en Lotsen-databas</translation>
    </message>
    <message>
        <source>New Lotsen database</source>
        <translation>Ny Lotsen-databas</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>Restore the latest backup, choose another file, create a new database, or quit.</source>
        <translation>Återställ den senaste säkerhetskopian, välj en annan fil, skapa en ny databas eller avsluta.</translation>
    </message>
    <message>
        <source>Welcome to Lotsen</source>
        <translation>Välkommen till Lotsen</translation>
    </message>
    <message>
        <source>Where should Lotsen keep the centre&apos;s data?</source>
        <translation>Var ska Lotsen spara mötesplatsens uppgifter?</translation>
    </message>
    <message>
        <source>Only this PC: a file on this computer, for a centre where Lotsen is used on one PC.

A shared database: several PCs use the same register on the office&apos;s PostgreSQL server, set up beforehand by whoever runs the server.</source>
        <translation>Bara den här datorn: en fil på den här datorn, för en mötesplats där Lotsen används på en dator.

En delad databas: flera datorer använder samma register på kontorets PostgreSQL-server, som den som sköter servern har förberett i förväg.</translation>
    </message>
    <message>
        <source>Only this PC (a file)</source>
        <translation>Bara den här datorn (en fil)</translation>
    </message>
    <message>
        <source>A shared database on the office&apos;s server (PostgreSQL)…</source>
        <translation>En delad databas på kontorets server (PostgreSQL)…</translation>
    </message>
    <message>
        <source>The centre&apos;s shared database on the office&apos;s PostgreSQL server. Ask whoever set up the server for these details.</source>
        <translation>Mötesplatsens delade databas på kontorets PostgreSQL-server. Fråga den som har förberett servern om de här uppgifterna.</translation>
    </message>
    <message>
        <source>Lotsen could not open the shared database with what this PC knows. Give the password, or check the address.</source>
        <translation>Lotsen kunde inte öppna den delade databasen med det som den här datorn känner till. Ange lösenordet eller kontrollera adressen.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Password and address…</source>
        <translation>Lösenord och adress…</translation>
    </message>
    <message>
        <source>Try again, give the password or another address, choose a file, or quit.</source>
        <translation>Försök igen, ange lösenordet eller en annan adress, välj en fil eller avsluta.</translation>
    </message>
    <message>
        <source>The shared database on the office&apos;s server. Lotsen remembers this address for the next start.</source>
        <translation>Den delade databasen på kontorets server. Lotsen kommer ihåg den här adressen till nästa start.</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>The demo database is not open.</source>
        <translation>Demodatabasen är inte öppen.</translation>
    </message>
    <message>
        <source>The demo data needs a valid date.</source>
        <translation>Demodata kräver ett giltigt datum.</translation>
    </message>
    <message>
        <source>Demo youth %1 could not be saved: %2</source>
        <translation>Demoungdom nr %1 kunde inte sparas: %2</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Databasen är inte öppen.</translation>
    </message>
    <message>
        <source>The number of youths cannot be negative.</source>
        <translation>Antalet ungdomar kan inte vara negativt.</translation>
    </message>
    <message>
        <source>The test data could not be written: %1</source>
        <translation>Testdata kunde inte skrivas: %1</translation>
    </message>
    <message>
        <source>The number of contacts per youth must be between 0 and 1000.</source>
        <translation>Antalet kontakter per ungdom måste vara mellan 0 och 1000.</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>%1 already exists. Use --force to replace it.</source>
        <translation>%1 finns redan. Använd --force för att ersätta den.</translation>
    </message>
    <message>
        <source>%1 is open in another Lotsen window.</source>
        <translation>%1 är öppen i ett annat Lotsen-fönster.</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>%1 kunde inte tas bort.</translation>
    </message>
</context>
<context>
    <name>EnrolmentRules</name>
    <message>
        <source>Give the exit date.</source>
        <translation>Ange datum för avslutet.</translation>
    </message>
    <message>
        <source>The exit date cannot be before the start of the participation (%1).</source>
        <translation>Avslutet kan inte vara före deltagandets start (%1).</translation>
    </message>
    <message>
        <source>The exit date cannot be in the future. Record the exit on the day it happens.</source>
        <translation>Avslutet kan inte ligga i framtiden. Registrera avslutet den dag det sker.</translation>
    </message>
    <message>
        <source>Choose the reason for the exit.</source>
        <translation>Välj orsak till avslutet.</translation>
    </message>
    <message>
        <source>Describe the reason when it is &quot;Other reason&quot;.</source>
        <translation>Beskriv orsaken när den är ”Annan orsak”.</translation>
    </message>
    <message>
        <source>Choose the actor the youth was handed over to.</source>
        <translation>Välj den aktör som ungdomen lämnades över till.</translation>
    </message>
    <message>
        <source>A text is longer than 2,000 characters. Shorten it.</source>
        <translation>En text är längre än 2 000 tecken. Korta den.</translation>
    </message>
    <message>
        <source>Say which qualification the youth gained.</source>
        <translation>Ange vilken merit ungdomen fick.</translation>
    </message>
    <message>
        <source>Give the start date.</source>
        <translation>Ange startdatum.</translation>
    </message>
    <message>
        <source>The new participation cannot start before the previous one ended (%1).</source>
        <translation>Det nya deltagandet kan inte börja innan det förra slutade (%1).</translation>
    </message>
    <message>
        <source>Write why the exit is reopened. The reason stays in the timeline.</source>
        <translation>Skriv varför avslutet ångras. Skälet står kvar i tidslinjen.</translation>
    </message>
    <message>
        <source>This follow-up is already closed.</source>
        <translation>Uppföljningen är redan avslutad.</translation>
    </message>
    <message>
        <source>The date of the attempt cannot be in the future.</source>
        <translation>Försökets datum kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <source>The attempt cannot be before the exit (%1).</source>
        <translation>Försöket kan inte vara före avslutet (%1).</translation>
    </message>
    <message>
        <source>The youth was reached: choose their situation now.</source>
        <translation>Ungdomen nåddes: välj hens situation nu.</translation>
    </message>
    <message>
        <source>The note is longer than 20,000 characters. Shorten it.</source>
        <translation>Anteckningen är längre än 20 000 tecken. Korta den.</translation>
    </message>
    <message numerus="yes">
        <source>A follow-up can be closed as not reached after %n unanswered attempt(s); %1 so far.</source>
        <translation>
            <numerusform>En uppföljning kan avslutas som ej nådd efter %n obesvarat försök; hittills %1.</numerusform>
            <numerusform>En uppföljning kan avslutas som ej nådd efter %n obesvarade försök; hittills %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrolmentVocabulary</name>
    <message>
        <source>Not known</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <source>Unemployed, registered at Arbetsförmedlingen</source>
        <translation>Arbetslös, inskriven på Arbetsförmedlingen</translation>
    </message>
    <message>
        <source>Unemployed, not registered</source>
        <translation>Arbetslös, inte inskriven</translation>
    </message>
    <message>
        <source>In education</source>
        <translation>Studerar</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Anställd</translation>
    </message>
    <message>
        <source>Inactive (neither studying nor looking for work)</source>
        <translation>Inaktiv (varken studerar eller söker arbete)</translation>
    </message>
    <message>
        <source>Under 6 months</source>
        <translation>Under 6 månader</translation>
    </message>
    <message>
        <source>6–12 months</source>
        <translation>6–12 månader</translation>
    </message>
    <message>
        <source>Over 12 months</source>
        <translation>Över 12 månader</translation>
    </message>
    <message>
        <source>Compulsory school not completed</source>
        <translation>Ej fullföljd grundskola</translation>
    </message>
    <message>
        <source>Compulsory school</source>
        <translation>Grundskola</translation>
    </message>
    <message>
        <source>Upper secondary school not completed</source>
        <translation>Ej fullföljt gymnasium</translation>
    </message>
    <message>
        <source>Upper secondary school</source>
        <translation>Gymnasieskola</translation>
    </message>
    <message>
        <source>Post-secondary education</source>
        <translation>Eftergymnasial utbildning</translation>
    </message>
    <message>
        <source>ISCED 1–2</source>
        <translation>ISCED 1–2</translation>
    </message>
    <message>
        <source>ISCED 3–4</source>
        <translation>ISCED 3–4</translation>
    </message>
    <message>
        <source>ISCED 5–8</source>
        <translation>ISCED 5–8</translation>
    </message>
    <message>
        <source>No income</source>
        <translation>Ingen inkomst</translation>
    </message>
    <message>
        <source>Social assistance (försörjningsstöd)</source>
        <translation>Försörjningsstöd</translation>
    </message>
    <message>
        <source>Activity or sickness compensation</source>
        <translation>Aktivitets- eller sjukersättning</translation>
    </message>
    <message>
        <source>Sickness benefit</source>
        <translation>Sjukpenning</translation>
    </message>
    <message>
        <source>Activity support (aktivitetsstöd)</source>
        <translation>Aktivitetsstöd</translation>
    </message>
    <message>
        <source>Wage</source>
        <translation>Lön</translation>
    </message>
    <message>
        <source>Study allowance</source>
        <translation>Studiemedel</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>Annan inkomst</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Inte tillfrågad</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Does not want to say</source>
        <translation>Vill inte uppge</translation>
    </message>
    <message>
        <source>Completed according to the plan</source>
        <translation>Fullföljt enligt planen</translation>
    </message>
    <message>
        <source>Left on own initiative</source>
        <translation>Avbrutit på eget initiativ</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Samtycket återkallat</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>Tappad kontakt</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Flyttat</translation>
    </message>
    <message>
        <source>Handed over to another actor</source>
        <translation>Överlämnad till annan aktör</translation>
    </message>
    <message>
        <source>Reached the age limit</source>
        <translation>Nått åldersgränsen</translation>
    </message>
    <message>
        <source>Ill health</source>
        <translation>Ohälsa</translation>
    </message>
    <message>
        <source>Registered in error</source>
        <translation>Felregistrerad</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Annan orsak</translation>
    </message>
    <message>
        <source>Not recorded (exited before version 9)</source>
        <translation>Ej registrerad (avslutad före version 9)</translation>
    </message>
    <message>
        <source>Employed (unsubsidised)</source>
        <translation>Anställning (osubventionerad)</translation>
    </message>
    <message>
        <source>Subsidised employment</source>
        <translation>Subventionerad anställning</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Eget företag</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studier</translation>
    </message>
    <message>
        <source>Job-seeking at Arbetsförmedlingen</source>
        <translation>Arbetssökande på Arbetsförmedlingen</translation>
    </message>
    <message>
        <source>Labour-market programme or internship</source>
        <translation>Arbetsmarknadspolitiskt program eller praktik</translation>
    </message>
    <message>
        <source>Rehabilitation, sick leave or activity compensation</source>
        <translation>Rehabilitering, sjukskrivning eller aktivitetsersättning</translation>
    </message>
    <message>
        <source>Parental leave</source>
        <translation>Föräldraledighet</translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation>Annan sysselsättning</translation>
    </message>
    <message>
        <source>No occupation</source>
        <translation>Ingen sysselsättning</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>Upper secondary, national programme</source>
        <translation>Gymnasiet, nationellt program</translation>
    </message>
    <message>
        <source>Upper secondary, introduction programme</source>
        <translation>Gymnasiet, introduktionsprogram</translation>
    </message>
    <message>
        <source>Komvux (adult education)</source>
        <translation>Komvux</translation>
    </message>
    <message>
        <source>Folk high school</source>
        <translation>Folkhögskola</translation>
    </message>
    <message>
        <source>University or higher vocational education</source>
        <translation>Högskola eller yrkeshögskola</translation>
    </message>
    <message>
        <source>Other studies</source>
        <translation>Andra studier</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gjord</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Ej nådd</translation>
    </message>
    <message>
        <source>Cancelled (exit reopened)</source>
        <translation>Struken (avslutet ångrat)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Through a partner</source>
        <translation>Via samverkanspartner</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Nådd</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Inget svar</translation>
    </message>
    <message>
        <source>Message left</source>
        <translation>Meddelande lämnat</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Fel nummer</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Avböjde</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n vecka</numerusform>
            <numerusform>%n veckor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n månad</numerusform>
            <numerusform>%n månader</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 wk</source>
        <translation>%1 v</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation>%1 mån</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Unknown referral source %1. Use one of: %2.</source>
        <translation>Okänd remittent %1. Använd någon av: %2.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Databasen %1 finns inte.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not imported.</source>
        <translation>Kolumnen ”%1” importeras inte.</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message>
        <source>The import failed at row %1. Nothing was imported.</source>
        <translation>Importen misslyckades på rad %1. Ingenting har importerats.</translation>
    </message>
    <message>
        <source>The import failed. Nothing was imported.</source>
        <translation>Importen misslyckades. Ingenting har importerats.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ingenting har importerats: %1</translation>
    </message>
    <message>
        <source>Dry run: %1 rows read: %2 would be imported, %3 already registered, %4 rejected. Nothing was written.</source>
        <translation>Provkörning – lästa rader: %1, skulle importeras: %2, redan registrerade: %3, avvisade: %4. Ingenting har skrivits.</translation>
    </message>
    <message>
        <source>%1 rows read: %2 imported, %3 already registered, %4 rejected</source>
        <translation>Lästa rader: %1, importerade: %2, redan registrerade: %3, avvisade: %4</translation>
    </message>
</context>
<context>
    <name>KeyCommand</name>
    <message>
        <source>the key file</source>
        <translation>nyckelfilen</translation>
    </message>
    <message>
        <source>The access-log key was written to %1. Keep the passphrase apart from the file.</source>
        <translation>Åtkomstloggens nyckel har skrivits till %1. Förvara lösenfrasen skild från filen.</translation>
    </message>
    <message>
        <source>The access-log key %1 was imported: the log&apos;s entries sealed with it can be verified on this PC.</source>
        <translation>Åtkomstloggens nyckel %1 har importerats: loggposter som förseglats med den kan kontrolleras på den här datorn.</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Register of youths</source>
        <translation>Ungdomsregister</translation>
    </message>
    <message>
        <source>Outreach list</source>
        <translation>Lista för uppsökande verksamhet</translation>
    </message>
    <message>
        <source>Today&apos;s work list</source>
        <translation>Dagens arbetslista</translation>
    </message>
    <message>
        <source>Meeting place visits</source>
        <translation>Besök på mötesplatsen</translation>
    </message>
    <message>
        <source>Intervention catalogue</source>
        <translation>Insatskatalog</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Samverkanspartner</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Urval: %1</translation>
    </message>
    <message numerus="yes">
        <source>Taken out %1 by %2; %n row(s).</source>
        <translation>
            <numerusform>Uttaget %1 av %2; %n rad.</numerusform>
            <numerusform>Uttaget %1 av %2; %n rader.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Taken out %1; %n row(s).</source>
        <translation>
            <numerusform>Uttaget %1; %n rad.</numerusform>
            <numerusform>Uttaget %1; %n rader.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contains personal data. Keep it as the centre&apos;s rules for personal data say, and delete it when it is no longer needed.</source>
        <translation>Innehåller personuppgifter. Förvara den enligt mötesplatsens regler för personuppgifter och radera den när den inte längre behövs.</translation>
    </message>
    <message>
        <source>Nothing was written, because the access log could not record the export: %1</source>
        <translation>Ingenting sparades, eftersom åtkomstloggen inte kunde registrera exporten: %1</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Filen %1 kunde inte skrivas: %2</translation>
    </message>
    <message>
        <source>Contains no personal data</source>
        <translation>Innehåller inga personuppgifter</translation>
    </message>
</context>
<context>
    <name>ListSnapshot</name>
    <message>
        <source>The list could not be read completely, so it is not written out. Try again; if it keeps failing, the message above the list says why.</source>
        <translation>Listan kunde inte läsas helt, så den skrivs inte ut eller sparas. Försök igen; om det fortsätter att misslyckas står orsaken ovanför listan.</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Not recorded in the access log</source>
        <translation>Inte registrerat i åtkomstloggen</translation>
    </message>
    <message>
        <source>This was done, but the access log could not record it. Tell your administrator.

%1</source>
        <translation>Det här har gjorts, men åtkomstloggen kunde inte registrera det. Meddela din administratör.

%1</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: filen finns inte.</translation>
    </message>
    <message>
        <source>%1 is not a server&apos;s address; write it as postgresql://user@host:port/dbname.</source>
        <translation>%1 är inte en serveradress; skriv den som postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>access log chain verified (%1 entries)</source>
        <translation>åtkomstloggens kedja kontrollerad (%1 poster)</translation>
    </message>
    <message>
        <source>Moved %1 rows to %2 in %3 s (%4 rows/s).</source>
        <translation>%1 rader har flyttats till %2 på %3 s (%4 rader/s).</translation>
    </message>
</context>
<context>
    <name>OutreachQuery</name>
    <message>
        <source>The outreach list could not be read.</source>
        <translation>Listan för uppsökande verksamhet kunde inte läsas.</translation>
    </message>
</context>
<context>
    <name>OwnerOnlyFile</name>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>%1 kunde inte skapas: %2</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 är en mapp</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty</source>
        <translation>%1 finns redan och är inte tom</translation>
    </message>
    <message>
        <source>only its owner should read %1, and its permissions could not be changed</source>
        <translation>bara ägaren ska kunna läsa %1, och behörigheterna kunde inte ändras</translation>
    </message>
</context>
<context>
    <name>PagedDocumentRenderer</name>
    <message>
        <source>Printed %1</source>
        <translation>Utskrivet %1</translation>
    </message>
    <message>
        <source>Confidential: contains personal data</source>
        <translation>Sekretess: innehåller personuppgifter</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunde inte skrivas: %2</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>Use at least %1 characters (now %2).</source>
        <translation>Använd minst %1 tecken (nu %2).</translation>
    </message>
    <message>
        <source>Avoid repeating the same few characters.</source>
        <translation>Undvik att upprepa några få tecken.</translation>
    </message>
    <message>
        <source>Mix lower and upper case letters, digits and symbols, or use a passphrase of at least %1 characters.</source>
        <translation>Blanda små och stora bokstäver, siffror och symboler eller använd en lösenfras på minst %1 tecken.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Samordnare</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <source>Your role in Lotsen does not allow this. Ask an administrator.</source>
        <translation>Din roll i Lotsen tillåter inte det här. Fråga en administratör.</translation>
    </message>
</context>
<context>
    <name>PersonalNumber</name>
    <message>
        <source>The personal number is empty.</source>
        <translation>Personnumret är tomt.</translation>
    </message>
    <message>
        <source>Write the personal number as YYYYMMDD-NNNN or YYMMDD-NNNN.</source>
        <translation>Skriv personnumret som ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN.</translation>
    </message>
    <message>
        <source>The personal number does not contain a real date.</source>
        <translation>Personnumret innehåller inte ett giltigt datum.</translation>
    </message>
    <message>
        <source>The last digit (check digit) is wrong. Check the number for typing errors.</source>
        <translation>Den sista siffran (kontrollsiffran) stämmer inte. Kontrollera att numret är rätt inskrivet.</translation>
    </message>
    <message>
        <source>The personal number gives a birth date in the future.</source>
        <translation>Personnumret ger ett födelsedatum i framtiden.</translation>
    </message>
</context>
<context>
    <name>PlanDocumentBuilder</name>
    <message>
        <source>Action plan – %1</source>
        <translation>Handlingsplan – %1</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>Date: ____________   Next review: ____________</source>
        <translation>Datum: ____________   Nästa uppföljning: ____________</translation>
    </message>
    <message>
        <source>Version %1 · %2 · Next review: %3</source>
        <translation>Version %1 · %2 · Nästa uppföljning: %3</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte bestämd</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Resultat: %1</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>The youth</source>
        <translation>Ungdomen</translation>
    </message>
    <message>
        <source>The mentor</source>
        <translation>Mentorn</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Namn: %1</translation>
    </message>
    <message>
        <source>Date: ____________________</source>
        <translation>Datum: ____________________</translation>
    </message>
    <message>
        <source>Signed on paper %1.</source>
        <translation>Underskriven på papper %1.</translation>
    </message>
</context>
<context>
    <name>PlanExportCommand</name>
    <message>
        <source>The youth has no plan version %1.</source>
        <translation>Ungdomen har ingen version %1 av planen.</translation>
    </message>
    <message>
        <source>The youth has no action plan yet. Use --blank for a blank template.</source>
        <translation>Ungdomen har ingen handlingsplan ännu. Använd --blank för en tom mall.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 har skrivits (%n sida).</numerusform>
            <numerusform>%1 har skrivits (%n sidor).</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF was removed again, because the access log could not record it: %1</source>
        <translation>PDF-filen togs bort igen, eftersom åtkomstloggen inte kunde registrera den: %1</translation>
    </message>
    <message>
        <source>No youth with that number was found.</source>
        <translation>Ingen ungdom med det numret hittades.</translation>
    </message>
</context>
<context>
    <name>PlannedCalendarQuery</name>
    <message>
        <source>Lotsen ref. %1</source>
        <translation>Referens i Lotsen: %1</translation>
    </message>
    <message>
        <source>Lotsen: contact with %1</source>
        <translation>Lotsen: kontakt med %1</translation>
    </message>
    <message>
        <source>Lotsen: plan review with %1</source>
        <translation>Lotsen: uppföljning av planen med %1</translation>
    </message>
    <message>
        <source>Lotsen: follow-up with %1</source>
        <translation>Lotsen: uppföljning efter avslut med %1</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Visa detaljer…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Dölj detaljer…</translation>
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
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Spara inte</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Stäng utan att spara</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>RegisterExtractDocumentBuilder</name>
    <message>
        <source>Registered</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status ändrad</translation>
    </message>
    <message>
        <source>Mentor changed</source>
        <translation>Mentor bytt</translation>
    </message>
    <message>
        <source>Reminder postponed</source>
        <translation>Påminnelse uppskjuten</translation>
    </message>
    <message>
        <source>Intervention started</source>
        <translation>Insats startad</translation>
    </message>
    <message>
        <source>Intervention ended</source>
        <translation>Insats avslutad</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Samtycke registrerat</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Samtycke återkallat</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Remiss</translation>
    </message>
    <message>
        <source>Referral without consent</source>
        <translation>Remiss utan samtycke</translation>
    </message>
    <message>
        <source>Referral answered</source>
        <translation>Remiss besvarad</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personuppgifter</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <source>Enrolment periods</source>
        <translation>Inskrivningsperioder</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Avslut</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <source>Follow-up attempts</source>
        <translation>Uppföljningsförsök</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Handlingsplaner</translation>
    </message>
    <message>
        <source>Steps of the action plans</source>
        <translation>Steg i handlingsplanerna</translation>
    </message>
    <message>
        <source>Contacts and notes</source>
        <translation>Kontakter och anteckningar</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Postponed reminders</source>
        <translation>Uppskjutna påminnelser</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Remisser</translation>
    </message>
    <message>
        <source>Your network</source>
        <translation>Ditt nätverk</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>Contact persons at partner organisations</source>
        <translation>Kontaktpersoner hos samverkansparter</translation>
    </message>
    <message>
        <source>Who has opened your data</source>
        <translation>Vem som har öppnat dina uppgifter</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>Orsak till avslut</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Påminnelse</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Status in the register</source>
        <translation>Status i registret</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Situation after leaving</source>
        <translation>Situation efter avslut</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Note (only some staff can see it)</source>
        <translation>Anteckning (bara viss personal kan se den)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Remitterad av</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Senast ändrad</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Registrerad av</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>Senast ändrad av</translation>
    </message>
    <message>
        <source>Latest contact</source>
        <translation>Senaste kontakt</translation>
    </message>
    <message>
        <source>Next planned contact</source>
        <translation>Nästa planerade kontakt</translation>
    </message>
    <message>
        <source>Unanswered attempts in a row</source>
        <translation>Obesvarade försök i rad</translation>
    </message>
    <message>
        <source>First unanswered attempt</source>
        <translation>Första obesvarade försöket</translation>
    </message>
    <message>
        <source>Paused until</source>
        <translation>Vilande till</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymiserad</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>Situation at the start</source>
        <translation>Situation vid starten</translation>
    </message>
    <message>
        <source>Time without work or studies</source>
        <translation>Tid utan arbete eller studier</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Inkomst</translation>
    </message>
    <message>
        <source>Under the municipality&apos;s activity responsibility (KAA)</source>
        <translation>Omfattas av kommunens aktivitetsansvar (KAA)</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Funktionsnedsättning</translation>
    </message>
    <message>
        <source>Foreign background</source>
        <translation>Utländsk bakgrund</translation>
    </message>
    <message>
        <source>Enrolment period no.</source>
        <translation>Inskrivningsperiod nr</translation>
    </message>
    <message>
        <source>Date of leaving</source>
        <translation>Datum för avslut</translation>
    </message>
    <message>
        <source>Reason in words</source>
        <translation>Orsak i fritext</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kind of studies</source>
        <translation>Typ av studier</translation>
    </message>
    <message>
        <source>Qualification gained</source>
        <translation>Merit under perioden</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Merit</translation>
    </message>
    <message>
        <source>Agreed to be followed up</source>
        <translation>Gick med på uppföljning</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Ångrad</translation>
    </message>
    <message>
        <source>Why it was undone</source>
        <translation>Varför den ångrades</translation>
    </message>
    <message>
        <source>Undone by</source>
        <translation>Ångrad av</translation>
    </message>
    <message>
        <source>Exit no.</source>
        <translation>Avslut nr</translation>
    </message>
    <message>
        <source>When after leaving</source>
        <translation>Tid efter avslutet</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Ska göras</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Avslutad av</translation>
    </message>
    <message>
        <source>Follow-up no.</source>
        <translation>Uppföljning nr</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Action plan version</source>
        <translation>Version av handlingsplanen</translation>
    </message>
    <message>
        <source>Date of the plan</source>
        <translation>Planens datum</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Mitt mål</translation>
    </message>
    <message>
        <source>My strengths</source>
        <translation>Mina styrkor</translation>
    </message>
    <message>
        <source>Support I need</source>
        <translation>Stöd jag behöver</translation>
    </message>
    <message>
        <source>My wishes</source>
        <translation>Mina önskemål</translation>
    </message>
    <message>
        <source>Long-term goal</source>
        <translation>Långsiktigt mål</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nästa uppföljning</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Underskriven</translation>
    </message>
    <message>
        <source>Signature registered by</source>
        <translation>Underskriften registrerad av</translation>
    </message>
    <message>
        <source>Closed for changes</source>
        <translation>Låst för ändringar</translation>
    </message>
    <message>
        <source>Closed for changes by (staff)</source>
        <translation>Låst för ändringar av (medarbetare)</translation>
    </message>
    <message>
        <source>Closed for changes by</source>
        <translation>Låst för ändringar av</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Ansvarig person</translation>
    </message>
    <message>
        <source>To be done by</source>
        <translation>Ska vara klart senast</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Med</translation>
    </message>
    <message>
        <source>Corrects entry no.</source>
        <translation>Rättar post nr</translation>
    </message>
    <message>
        <source>Group activity</source>
        <translation>Gruppaktivitet</translation>
    </message>
    <message>
        <source>Activity date</source>
        <translation>Datum för aktiviteten</translation>
    </message>
    <message>
        <source>Struck out</source>
        <translation>Struken</translation>
    </message>
    <message>
        <source>Struck out by (staff)</source>
        <translation>Struken av (medarbetare)</translation>
    </message>
    <message>
        <source>Struck out by</source>
        <translation>Struken av</translation>
    </message>
    <message>
        <source>Why it was struck out</source>
        <translation>Varför den ströks</translation>
    </message>
    <message>
        <source>Person in your network</source>
        <translation>Person i ditt nätverk</translation>
    </message>
    <message>
        <source>Relies on consent no.</source>
        <translation>Bygger på samtycke nr</translation>
    </message>
    <message>
        <source>Why without consent</source>
        <translation>Varför utan samtycke</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Postponed until</source>
        <translation>Uppskjuten till</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Kind of intervention</source>
        <translation>Typ av insats</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Anordnas av</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planerat slut</translation>
    </message>
    <message>
        <source>Carries out plan step no.</source>
        <translation>Genomför steg nr</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Their role</source>
        <translation>Kontaktpersonens roll</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvarad</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Answer registered by</source>
        <translation>Svaret registrerat av</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>Vårdnadshavare</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Samtycke till</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>Vad det gäller</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Lämnat</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Vittne</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gäller till</translation>
    </message>
    <message>
        <source>Given by guardian</source>
        <translation>Lämnat av vårdnadshavare</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <source>About the withdrawal</source>
        <translation>Om återkallelsen</translation>
    </message>
    <message>
        <source>Withdrawal registered by</source>
        <translation>Återkallelsen registrerad av</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Register extract – %1</source>
        <translation>Registerutdrag – %1</translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>Upprättat</translation>
    </message>
    <message>
        <source>Produced by</source>
        <translation>Upprättat av</translation>
    </message>
    <message>
        <source>the centre</source>
        <translation>mötesplatsen</translation>
    </message>
    <message>
        <source>This is a register extract: everything %1 keeps about you in Lotsen, the program the centre uses to keep track of its work with young people. You have the right to receive it under Article 15 of the EU General Data Protection Regulation (GDPR).</source>
        <translation>Det här är ett registerutdrag: allt som %1 sparar om dig i Lotsen, det program som mötesplatsen använder för att hålla ordning på sitt arbete med unga. Du har rätt att få det enligt artikel 15 i EU:s dataskyddsförordning (GDPR).</translation>
    </message>
    <message>
        <source>Nothing is left out: it includes notes that not all staff can see, entries that were struck out or corrected, and a list of the staff who have opened your data. Empty fields are not shown.</source>
        <translation>Ingenting är utelämnat: här finns anteckningar som inte all personal kan se, poster som har strukits eller rättats och en lista över den personal som har öppnat dina uppgifter. Tomma fält visas inte.</translation>
    </message>
    <message>
        <source>If something is wrong you may ask for it to be corrected (Article 16), and you may ask for your data to be erased (Article 17). The same content can be given to you as a machine-readable file (JSON) to take to another service (Article 20). If you are not satisfied with how your data is handled, you may complain to the Swedish Authority for Privacy Protection (IMY).</source>
        <translation>Om något är fel kan du begära att det rättas (artikel 16), och du kan begära att dina uppgifter raderas (artikel 17). Du kan också få samma innehåll som en maskinläsbar fil (JSON) för att ta med till en annan tjänst (artikel 20). Om du inte är nöjd med hur dina uppgifter hanteras kan du klaga hos Integritetsskyddsmyndigheten (IMY).</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Vad den innehåller</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source>Nothing is recorded.</source>
        <translation>Inget är registrerat.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) in all.</source>
        <translation>
            <numerusform>Totalt %n post.</numerusform>
            <numerusform>Totalt %n poster.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Nr %1</translation>
    </message>
    <message>
        <source>struck out</source>
        <translation>struken</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>ångrad</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>återkallat</translation>
    </message>
    <message>
        <source>What is registered about you as a person, including the note that only some staff can see.</source>
        <translation>Det som är registrerat om dig som person, också anteckningen som bara en del av personalen kan se.</translation>
    </message>
    <message>
        <source>The groups the centre&apos;s project counts you in.</source>
        <translation>De grupper som mötesplatsens projekt räknar dig till.</translation>
    </message>
    <message>
        <source>Each time staff tried to reach you for a follow-up, and how it went.</source>
        <translation>Varje gång personalen försökte nå dig för en uppföljning, och hur det gick.</translation>
    </message>
    <message>
        <source>The steps of each version of your action plan.</source>
        <translation>Stegen i varje version av din handlingsplan.</translation>
    </message>
    <message>
        <source>Work training, studies and other interventions you have taken part in.</source>
        <translation>Arbetsträning, studier och andra insatser som du har deltagit i.</translation>
    </message>
    <message>
        <source>When the centre referred you to another organisation, and their answer.</source>
        <translation>När mötesplatsen remitterade dig till en annan organisation, och vad de svarade.</translation>
    </message>
    <message>
        <source>Staff at other organisations who work with you.</source>
        <translation>Personal på andra organisationer som arbetar med dig.</translation>
    </message>
    <message>
        <source>Each period you have taken part in the centre&apos;s work, with your situation when you started.</source>
        <translation>Varje period då du har varit inskriven hos mötesplatsen, med din situation när du började.</translation>
    </message>
    <message>
        <source>When and why a period ended and what you went on to. An exit that was undone is kept, with the reason.</source>
        <translation>När och varför en period avslutades och vad du gick vidare till. Ett avslut som har ångrats finns kvar, med skälet.</translation>
    </message>
    <message>
        <source>Contacts planned after you left, to hear how things are going for you.</source>
        <translation>Kontakter som planerades efter att du slutade, för att höra hur det går för dig.</translation>
    </message>
    <message>
        <source>Every version of your action plan, the earlier ones too.</source>
        <translation>Alla versioner av din handlingsplan, även de tidigare.</translation>
    </message>
    <message>
        <source>Every contact and attempt at contact, with the notes, also entries that were struck out or corrected, and your visits to the meeting place.</source>
        <translation>Varje kontakt och kontaktförsök, med anteckningarna, även poster som har strukits eller rättats, och dina besök på mötesplatsen.</translation>
    </message>
    <message>
        <source>What the program recorded by itself: registration, changes of status or mentor, and similar.</source>
        <translation>Det som programmet har registrerat av sig självt: registrering, ändrad status eller mentor och liknande.</translation>
    </message>
    <message>
        <source>When staff postponed a reminder about you, and why.</source>
        <translation>När personalen sköt upp en påminnelse om dig, och varför.</translation>
    </message>
    <message>
        <source>Relatives and others around you.</source>
        <translation>Anhöriga och andra personer runt dig.</translation>
    </message>
    <message>
        <source>The consents you (or your guardian) have given, and when they were withdrawn.</source>
        <translation>De samtycken som du (eller din vårdnadshavare) har lämnat, och när de återkallades.</translation>
    </message>
    <message>
        <source>From Lotsen&apos;s access log: every time a member of staff opened, changed, printed or exported your data, with their name and role.</source>
        <translation>Från Lotsens åtkomstlogg: varje gång någon i personalen öppnade, ändrade, skrev ut eller exporterade dina uppgifter, med namn och roll.</translation>
    </message>
</context>
<context>
    <name>RegisterExtractExport</name>
    <message>
        <source>register-extract-%1.%2</source>
        <extracomment>A file name: lower case, no spaces</extracomment>
        <translation>registerutdrag-%1.%2</translation>
    </message>
    <message>
        <source>Register extracts are for coordinators and administrators.</source>
        <translation>Bara samordnare och administratörer kan ta fram registerutdrag.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunde inte skrivas: %2</translation>
    </message>
    <message>
        <source>the document could not be laid out</source>
        <translation>dokumentet kunde inte delas upp i sidor</translation>
    </message>
    <message>
        <source>The register extract was not written, because the access log could not record it: %1</source>
        <translation>Registerutdraget sparades inte, eftersom åtkomstloggen inte kunde registrera det: %1</translation>
    </message>
</context>
<context>
    <name>RegisterExtractQuery</name>
    <message>
        <source>This youth no longer exists.</source>
        <translation>Ungdomen finns inte längre.</translation>
    </message>
</context>
<context>
    <name>RegisterMover</name>
    <message>
        <source>Nothing was moved.</source>
        <translation>Ingenting har flyttats.</translation>
    </message>
    <message>
        <source>A register is moved from a Lotsen file to a database on a server.</source>
        <translation>Ett register flyttas från en Lotsen-fil till en databas på en server.</translation>
    </message>
    <message>
        <source>The database on the server was opened read-only.</source>
        <translation>Databasen på servern öppnades i skrivskyddat läge.</translation>
    </message>
    <message>
        <source>The file has schema version %1 and the database on the server %2: both must be this version of Lotsen&apos;s (%3). Open the file in this Lotsen once to update it.</source>
        <translation>Filen har schemaversion %1 och databasen på servern %2: båda måste ha den schemaversion som den här versionen av Lotsen använder (%3). Öppna filen en gång i den här versionen av Lotsen för att uppdatera den.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Filen kunde inte läsas.</translation>
    </message>
    <message>
        <source>The database on the server could not be read.</source>
        <translation>Databasen på servern kunde inte läsas.</translation>
    </message>
    <message>
        <source>The database %1 has no table %2, which the file has: it was set up by another version of Lotsen.</source>
        <translation>Databasen %1 saknar tabellen %2, som finns i filen: databasen har skapats av en annan version av Lotsen.</translation>
    </message>
    <message>
        <source>The table %1 of the database %2 has no column %3, which the file has: it was set up by another version of Lotsen.</source>
        <translation>Tabellen %1 i databasen %2 saknar kolumnen %3, som finns i filen: databasen har skapats av en annan version av Lotsen.</translation>
    </message>
    <message>
        <source>The database %1 has a table %2 that the file does not have: it was set up by another version of Lotsen.</source>
        <translation>Databasen %1 har en tabell %2 som inte finns i filen: databasen har skapats av en annan version av Lotsen.</translation>
    </message>
    <message>
        <source>The database %1 has no table %2: it was set up by another version of Lotsen.</source>
        <translation>Databasen %1 saknar tabellen %2: databasen har skapats av en annan version av Lotsen.</translation>
    </message>
    <message>
        <source>The tables of the database %1 refer to each other in a circle (%2): they cannot be filled one after the other.</source>
        <translation>Tabellerna i databasen %1 hänvisar till varandra i en cirkel (%2): de kan inte fyllas en i taget.</translation>
    </message>
    <message>
        <source>The file&apos;s access log does not verify on this PC, so the move could not be checked against it: %1</source>
        <translation>Filens åtkomstlogg klarar inte kontrollen på den här datorn, så flytten kunde inte kontrolleras mot den: %1</translation>
    </message>
    <message>
        <source>The account %1 does not own the tables of the database %2: a register is moved with the owner&apos;s account (the owner that &quot;lotsen setup-server&quot; made).</source>
        <translation>Kontot %1 äger inte tabellerna i databasen %2: ett register flyttas med ägarens konto (den ägare som ”lotsen setup-server” skapade).</translation>
    </message>
    <message>
        <source>The database %1 could not be prepared.</source>
        <translation>Databasen %1 kunde inte förberedas.</translation>
    </message>
    <message>
        <source>The database %1 could not be read.</source>
        <translation>Databasen %1 kunde inte läsas.</translation>
    </message>
    <message>
        <source>The database %1 is not empty (its table %2 holds rows): a register is moved only into an empty database. Nothing was changed.</source>
        <translation>Databasen %1 är inte tom (tabellen %2 innehåller rader): ett register kan bara flyttas till en tom databas. Ingenting har ändrats.</translation>
    </message>
    <message>
        <source>The table %1 could not be copied.</source>
        <translation>Tabellen %1 kunde inte kopieras.</translation>
    </message>
    <message>
        <source>The search index could not be built.</source>
        <translation>Sökindexet kunde inte byggas.</translation>
    </message>
    <message>
        <source>The table %1 has %2 rows on the server but %3 in the file.</source>
        <translation>Tabellen %1 har %2 rader på servern men %3 i filen.</translation>
    </message>
    <message>
        <source>The access log does not verify on the server as it does in the file: %1</source>
        <translation>Kontrollen av åtkomstloggen ger inte samma resultat på servern som i filen: %1</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>--format must be pdf, xlsx or csv.</source>
        <translation>--format måste vara pdf, xlsx eller csv.</translation>
    </message>
    <message>
        <source>The participant list holds personal data, so it is only written from a database with staff accounts, where the access log records who wrote it.</source>
        <translation>Deltagarlistan innehåller personuppgifter och skrivs därför bara från en databas med personalkonton, där åtkomstloggen registrerar vem som skrev den.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (participant list, %n row(s)).</source>
        <translation>
            <numerusform>Skrev %1 (deltagarlista, %n rad).</numerusform>
            <numerusform>Skrev %1 (deltagarlista, %n rader).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n rapport</numerusform>
            <numerusform>%n rapporter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2, %n page(s)).</source>
        <translation>
            <numerusform>Skrev %1 (%2, %n sida).</numerusform>
            <numerusform>Skrev %1 (%2, %n sidor).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2, %n table(s)).</source>
        <translation>
            <numerusform>Skrev %1 (%2, %n tabell).</numerusform>
            <numerusform>Skrev %1 (%2, %n tabeller).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDocumentBuilder</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Report – %1</source>
        <translation>Rapport – %1</translation>
    </message>
    <message>
        <source>Aggregate figures; counts of 1–4 shown as &lt;5</source>
        <translation>Sammanräknade uppgifter; antal 1–4 visas som &lt;5</translation>
    </message>
    <message>
        <source>For internal use: small counts are not masked</source>
        <translation>För internt bruk: små antal är inte maskerade</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Urval</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Inget</translation>
    </message>
    <message>
        <source>Counts of 1–4 are shown as &lt;5; totals are exact.</source>
        <translation>Antal 1–4 visas som &lt;5; summor är exakta.</translation>
    </message>
    <message>
        <source>No chart: every count in it is under 5 and masked.</source>
        <translation>Inget diagram: alla antal i det är under 5 och maskerade.</translation>
    </message>
    <message>
        <source>No chart: there are no figures above 0 to draw.</source>
        <translation>Inget diagram: det finns inga siffror över 0 att rita.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>Period: %1 (%2 – %3)</source>
        <translation>Period: %1 (%2 – %3)</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Urval: %1</translation>
    </message>
    <message>
        <source>Counts of 1–4 are shown as &lt;5; totals are exact.</source>
        <translation>Antal 1–4 visas som &lt;5; summor är exakta.</translation>
    </message>
    <message>
        <source>Reports are for coordinators and administrators.</source>
        <translation>Rapporterna är till för samordnare och administratörer.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>The participant list is written as XLSX or CSV.</source>
        <translation>Deltagarlistan skrivs som XLSX eller CSV.</translation>
    </message>
    <message>
        <source>Participant list</source>
        <translation>Deltagarlista</translation>
    </message>
    <message>
        <source>Contains personal data. Keep it as the centre&apos;s rules for personal data say.</source>
        <translation>Innehåller personuppgifter. Hantera den som mötesplatsens regler för personuppgifter säger.</translation>
    </message>
    <message>
        <source>The participant list was removed again, because the access log could not record it: %1</source>
        <translation>Deltagarlistan togs bort igen, eftersom åtkomstloggen inte kunde registrera den: %1</translation>
    </message>
    <message>
        <source>The access log could not record the participant list (%1), and the file %2 could not be removed: delete it yourself.</source>
        <translation>Åtkomstloggen kunde inte registrera deltagarlistan (%1), och filen %2 kunde inte tas bort: radera den själv.</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Tertial</source>
        <translation>Tertial</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Halvår</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Från – till</translation>
    </message>
    <message>
        <source>Quarter %1 %2</source>
        <translation>Kvartal %1 %2</translation>
    </message>
    <message>
        <source>Tertial %1 %2</source>
        <translation>Tertial %1 %2</translation>
    </message>
    <message>
        <source>Half-year %1 %2</source>
        <translation>Halvår %1 %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>ReportQuery</name>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>15–17</source>
        <translation>15–17</translation>
    </message>
    <message>
        <source>18–19</source>
        <translation>18–19</translation>
    </message>
    <message>
        <source>20–24</source>
        <translation>20–24</translation>
    </message>
    <message>
        <source>25–29</source>
        <translation>25–29</translation>
    </message>
    <message>
        <source>Other age</source>
        <translation>Annan ålder</translation>
    </message>
    <message>
        <source>Reports are for coordinators and administrators.</source>
        <translation>Rapporterna är till för samordnare och administratörer.</translation>
    </message>
    <message>
        <source>There is no report called %1.</source>
        <translation>Det finns ingen rapport som heter %1.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Participants by gender and age group</source>
        <translation>Deltagare efter kön och åldersgrupp</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Active at the start</source>
        <translation>Aktiva vid periodens början</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nya</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Avslut</translation>
    </message>
    <message>
        <source>Active at the end</source>
        <translation>Aktiva vid periodens slut</translation>
    </message>
    <message>
        <source>Participants since the project start (%1)</source>
        <translation>Deltagare sedan projektstart (%1)</translation>
    </message>
    <message>
        <source>Planned and actual participants</source>
        <translation>Planerat och faktiskt antal deltagare</translation>
    </message>
    <message>
        <source>Share of planned</source>
        <translation>Andel av planerat</translation>
    </message>
    <message>
        <source>Planned participants</source>
        <translation>Planerat antal deltagare</translation>
    </message>
    <message>
        <source>Participants since the project start</source>
        <translation>Deltagare sedan projektstart</translation>
    </message>
    <message>
        <source>New and exits month by month</source>
        <translation>Nya och avslut månad för månad</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Active at the end of the month</source>
        <translation>Aktiva vid månadens slut</translation>
    </message>
    <message>
        <source>Situation at entry</source>
        <translation>Situation vid inskrivning</translation>
    </message>
    <message>
        <source>The situation recorded at entry for every enrolment period that began in the period (a youth enrolled twice counts twice). Education is grouped by ISCED level. The KAA group is the youth&apos;s mark at entry, or under 20 without a completed upper-secondary education and not in education.</source>
        <translation>Situationen som registrerades vid inskrivning för varje inskrivningsperiod som började under perioden (en ungdom som skrivits in två gånger räknas två gånger). Utbildning grupperas efter ISCED-nivå. KAA-gruppen är markeringen vid inskrivningen, annars under 20 år utan fullföljd gymnasieutbildning och inte i utbildning.</translation>
    </message>
    <message>
        <source>All new participants</source>
        <translation>Alla nya deltagare</translation>
    </message>
    <message>
        <source>Labour-market situation at entry</source>
        <translation>Arbetsmarknadssituation vid inskrivning</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Time without work or studies</source>
        <translation>Tid utan arbete eller studier</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Education level (ISCED)</source>
        <translation>Utbildningsnivå (ISCED)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Income at entry</source>
        <translation>Försörjning vid inskrivning</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Försörjning</translation>
    </message>
    <message>
        <source>KAA group at entry</source>
        <translation>KAA-gruppen vid inskrivning</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>In the KAA group</source>
        <translation>I KAA-gruppen</translation>
    </message>
    <message>
        <source>Not in the KAA group</source>
        <translation>Inte i KAA-gruppen</translation>
    </message>
    <message>
        <source>Exits and results</source>
        <translation>Avslut och resultat</translation>
    </message>
    <message>
        <source>Exits in force (not reopened) dated in the period; exits registered in error are never counted. In work or studies: employed, subsidised employment, self-employed or studies at exit. Closer to the labour market: those, job-seeking at the employment service, or a labour-market programme.</source>
        <translation>Avslut som gäller (inte ångrade) daterade i perioden; avslut registrerade av misstag räknas aldrig. I arbete eller studier: anställd, subventionerad anställning, egen företagare eller studier vid avslut. Närmare arbetsmarknaden: dessa samt arbetssökande hos Arbetsförmedlingen eller i arbetsmarknadsprogram.</translation>
    </message>
    <message>
        <source>All exits</source>
        <translation>Alla avslut</translation>
    </message>
    <message>
        <source>Exits by reason</source>
        <translation>Avslut efter orsak</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Situation at exit</source>
        <translation>Situation vid avslut</translation>
    </message>
    <message>
        <source>Results at exit</source>
        <translation>Resultat vid avslut</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Youths</source>
        <translation>Ungdomar</translation>
    </message>
    <message>
        <source>Share of exits</source>
        <translation>Andel av avsluten</translation>
    </message>
    <message>
        <source>In work or studies</source>
        <translation>I arbete eller studier</translation>
    </message>
    <message>
        <source>Closer to the labour market</source>
        <translation>Närmare arbetsmarknaden</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <source>Follow-ups due in the period, of exits in force (a reopened exit cancels its follow-ups, which are not counted). Response rate: done out of those closed (done or not reached). The situations compare, for the follow-ups that were done, the situation at the follow-up with the same youths&apos; situation at exit.</source>
        <translation>Uppföljningar som förföll under perioden, av avslut som gäller (ett ångrat avslut avbryter sina uppföljningar, som inte räknas). Svarsfrekvens: gjorda av de stängda (gjorda eller inte nådda). Situationerna jämför, för de uppföljningar som gjordes, situationen vid uppföljningen med samma ungdomars situation vid avslut.</translation>
    </message>
    <message>
        <source>Follow-ups due in the period</source>
        <translation>Uppföljningar som förföll under perioden</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfallna</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gjorda</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Inte nådda</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Fortfarande öppna</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Svarsfrekvens</translation>
    </message>
    <message>
        <source>All follow-ups</source>
        <translation>Alla uppföljningar</translation>
    </message>
    <message>
        <source>Situation at follow-up against the situation at exit</source>
        <translation>Situation vid uppföljning jämfört med situation vid avslut</translation>
    </message>
    <message>
        <source>At exit (%1 cohort)</source>
        <translation>Vid avslut (gruppen för %1)</translation>
    </message>
    <message>
        <source>After %1</source>
        <translation>Efter %1</translation>
    </message>
    <message>
        <source>Time in the programme</source>
        <translation>Tid i insatsen</translation>
    </message>
    <message>
        <source>Days from the start of an enrolment period to its exit (periods that ended in the period), or to the last day of the period (periods still running then). Under 1 month: 0–30 days; 1–3 months: 31–91; 3–6 months: 92–182; 6–12 months: 183–365; over 12 months: 366 days or more. Exits registered in error are not counted.</source>
        <translation>Dagar från en inskrivnings början till avslutet (inskrivningar som avslutades under perioden), eller till periodens sista dag (inskrivningar som pågick då). Under 1 månad: 0–30 dagar; 1–3 månader: 31–91; 3–6 månader: 92–182; 6–12 månader: 183–365; över 12 månader: 366 dagar eller mer. Avslut registrerade av misstag räknas inte.</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>Exited in the period</source>
        <translation>Avslutade under perioden</translation>
    </message>
    <message>
        <source>Still enrolled at the end</source>
        <translation>Fortfarande inskrivna vid slutet</translation>
    </message>
    <message>
        <source>Under 1 month</source>
        <translation>Under 1 månad</translation>
    </message>
    <message>
        <source>1–3 months</source>
        <translation>1–3 månader</translation>
    </message>
    <message>
        <source>3–6 months</source>
        <translation>3–6 månader</translation>
    </message>
    <message>
        <source>6–12 months</source>
        <translation>6–12 månader</translation>
    </message>
    <message>
        <source>Over 12 months</source>
        <translation>Över 12 månader</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>Alla inskrivningar</translation>
    </message>
    <message>
        <source>Median time in the programme</source>
        <translation>Mediantid i insatsen</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Inskrivningar</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Median (days)</source>
        <translation>Median (dagar)</translation>
    </message>
    <message>
        <source>Median (months)</source>
        <translation>Median (månader)</translation>
    </message>
    <message>
        <source>No one lost</source>
        <translation>Ingen faller mellan stolarna</translation>
    </message>
    <message>
        <source>The register as it is today (%1), whatever the period: youths with the status Active. With an action plan: the youth has a plan. Reviewed in time: the latest plan version&apos;s next review date has not passed. Contact: a successful contact (not an unanswered attempt, not struck out) in the last 30 days. The names are shown on screen only, never printed or exported.</source>
        <translation>Registret som det ser ut idag (%1), oavsett period: ungdomar med status Aktiv. Med handlingsplan: ungdomen har en plan. Följd upp i tid: den senaste planversionens nästa uppföljningsdatum har inte passerat. Kontakt: en lyckad kontakt (inte ett obesvarat försök, inte struken) de senaste 30 dagarna. Namnen visas bara på skärmen, skrivs aldrig ut och exporteras aldrig.</translation>
    </message>
    <message>
        <source>Active youths who miss one of these</source>
        <translation>Aktiva ungdomar som saknar något av detta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Contact in 30 days</source>
        <translation>Kontakt inom 30 dagar</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Saknas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Inget</translation>
    </message>
    <message>
        <source>Active youths today</source>
        <translation>Aktiva ungdomar idag</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mått</translation>
    </message>
    <message>
        <source>Share of active youths</source>
        <translation>Andel av de aktiva</translation>
    </message>
    <message>
        <source>With an action plan</source>
        <translation>Med handlingsplan</translation>
    </message>
    <message>
        <source>With the plan reviewed in time</source>
        <translation>Med planen uppföljd i tid</translation>
    </message>
    <message>
        <source>With a successful contact in the last 30 days</source>
        <translation>Med lyckad kontakt de senaste 30 dagarna</translation>
    </message>
    <message>
        <source>Active youths</source>
        <translation>Aktiva ungdomar</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Contacts by kind and month</source>
        <translation>Kontakter efter slag och månad</translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation>Hela perioden</translation>
    </message>
    <message>
        <source>Meeting place month by month</source>
        <translation>Mötesplatsen månad för månad</translation>
    </message>
    <message>
        <source>Named drop-in visits</source>
        <translation>Drop in-besök med namn</translation>
    </message>
    <message>
        <source>Unique visitors</source>
        <translation>Unika besökare</translation>
    </message>
    <message>
        <source>Anonymous visits</source>
        <translation>Anonyma besök</translation>
    </message>
    <message>
        <source>Group activities</source>
        <translation>Gruppaktiviteter</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Unique visitors over the whole period are the sum of the months&apos; unique visitors.</source>
        <translation>Unika besökare för hela perioden är summan av månadernas unika besökare.</translation>
    </message>
    <message>
        <source>Interventions and referrals</source>
        <translation>Insatser och remisser</translation>
    </message>
    <message>
        <source>Participants per intervention</source>
        <translation>Deltagare per insats</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Påbörjade</translation>
    </message>
    <message>
        <source>Ongoing at the end</source>
        <translation>Pågående vid slutet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutade</translation>
    </message>
    <message>
        <source>All interventions</source>
        <translation>Alla insatser</translation>
    </message>
    <message>
        <source>Referrals by partner kind</source>
        <translation>Remisser efter slag av samverkanspart</translation>
    </message>
    <message>
        <source>Partner kind</source>
        <translation>Slag av samverkanspart</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickade</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepterade</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Avböjda</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Obesvarade</translation>
    </message>
    <message>
        <source>Median answer time (days)</source>
        <translation>Median svarstid (dagar)</translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation>Alla remisser</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Uppsökande</translation>
    </message>
    <message>
        <source>Prospects: youths registered in the period who were not enrolled on the day they were registered, by referral source (the KAA list, outreach, a referral from an agency, or coming by themselves). Contacted: at least one successful contact since. Enrolled: an enrolment period began since. Days to enrolment: from the first contact or attempt to the start of the first period (median).</source>
        <translation>Uppsökta: ungdomar som registrerades under perioden och inte skrevs in samma dag som de registrerades, efter varifrån de kom (KAA-listan, uppsökande arbete, remiss från en myndighet eller på eget initiativ). Kontaktade: minst en lyckad kontakt sedan dess. Inskrivna: en inskrivning har börjat sedan dess. Dagar till inskrivning: från första kontakt eller försök till första inskrivningens början (median).</translation>
    </message>
    <message>
        <source>From prospect to participant</source>
        <translation>Från uppsökt till deltagare</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Uppsökta</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktade</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inskrivna</translation>
    </message>
    <message>
        <source>Share enrolled</source>
        <translation>Andel inskrivna</translation>
    </message>
    <message>
        <source>Median days to enrolment</source>
        <translation>Median dagar till inskrivning</translation>
    </message>
    <message>
        <source>All prospects</source>
        <translation>Alla uppsökta</translation>
    </message>
    <message>
        <source>Municipal activity responsibility (KAA)</source>
        <translation>Kommunala aktivitetsansvaret (KAA)</translation>
    </message>
    <message>
        <source>Youths under 20 on the last day of the period, registered by then, who came from the KAA list or whose latest enrolment period by then is in the KAA group, and who had not exited before the period. Contacted: a successful contact in the period. With a first measure: enrolled by the last day. Declined: exited on their own initiative or withdrew consent. Ended: an exit by the last day (not registered in error).</source>
        <translation>Ungdomar under 20 år på periodens sista dag, registrerade senast då, som kom från KAA-listan eller vars senaste inskrivning dittills hör till KAA-gruppen, och som inte hade avslutats före perioden. Kontaktade: en lyckad kontakt under perioden. Med en första åtgärd: inskrivna senast sista dagen. Tackade nej: avslutade på eget initiativ eller återkallade samtycket. Avslutade: ett avslut senast sista dagen (inte registrerat av misstag).</translation>
    </message>
    <message>
        <source>The KAA group</source>
        <translation>KAA-gruppen</translation>
    </message>
    <message>
        <source>Youths under 20 in the KAA group</source>
        <translation>Ungdomar under 20 år i KAA-gruppen</translation>
    </message>
    <message>
        <source>Contacted in the period</source>
        <translation>Kontaktade under perioden</translation>
    </message>
    <message>
        <source>With a first measure</source>
        <translation>Med en första åtgärd</translation>
    </message>
    <message>
        <source>Ended by reason (KAA group)</source>
        <translation>Avslutade efter orsak (KAA-gruppen)</translation>
    </message>
    <message>
        <source>All ended</source>
        <translation>Alla avslutade</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Födelseår</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>Follow-up after 6 months</source>
        <translation>Uppföljning efter 6 månader</translation>
    </message>
    <message>
        <source>Declined to take part</source>
        <translation>Tackade nej</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitet</translation>
    </message>
    <message>
        <source>Birth date (no personal number)</source>
        <translation>Födelsedatum (inget personnummer)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <source>Counted are enrolment periods. Active at the start: a period that began before the first day and had not ended before it. New: a period that began in the period. Exits: a period whose exit date is in the period (an exit on the last day counts as an exit, and the youth is not active at the end). Active at the end: a period that began by the last day and had not ended by it. A youth who exits and is enrolled again in the same period counts once as an exit and once as new. Exits registered in error are not counted at all. Age is counted at the start of the enrolment period; without a birth date it is &apos;Other age&apos;.</source>
        <translation>Det som räknas är inskrivningsperioder. Aktiva vid periodens början: en inskrivning som började före första dagen och inte hade avslutats före den. Nya: en inskrivning som började under perioden. Avslut: en inskrivning vars avslutsdatum ligger i perioden (ett avslut på sista dagen räknas som avslut, och ungdomen är då inte aktiv vid slutet). Aktiva vid periodens slut: en inskrivning som började senast sista dagen och inte hade avslutats då. En ungdom som avslutas och skrivs in igen under samma period räknas en gång som avslut och en gång som ny. Avslut registrerade av misstag räknas inte alls. Åldern räknas vid inskrivningens början; utan födelsedatum blir det &apos;Annan ålder&apos;.</translation>
    </message>
    <message>
        <source>Contacts and attempts in the timeline dated in the period, by kind and month; struck-out entries and entries replaced by a correction are not counted. Named drop-in visits are drop-in entries of registered youths; unique visitors count each youth once a month. Anonymous visits and group activities are counted from the meeting place; attendance is the number of youths ticked on the activities&apos; lists. With filters, anonymous visits and activities are not shown (they belong to no youth).</source>
        <translation>Kontakter och försök i tidslinjen daterade i perioden, efter slag och månad; strukna poster och poster som ersatts av en rättelse räknas inte. Besök med namn är drop in-poster för registrerade ungdomar; unika besökare räknar varje ungdom en gång per månad. Anonyma besök och gruppaktiviteter räknas från mötesplatsen; närvaro är antalet ungdomar som bockats av på aktiviteternas listor. Med urval visas inte anonyma besök och aktiviteter (de hör inte till någon ungdom).</translation>
    </message>
    <message>
        <source>Started: participations with a start date in the period. Ongoing at the end: started by the last day and ongoing then (still ongoing, or ended after the period). Ended: completed or interrupted participations last changed in the period (Lotsen keeps no separate end date). Referrals sent in the period, by the kind of partner: answered means accepted or declined; unanswered means no answer yet or none came. Answer time: days from sending to the answer.</source>
        <translation>Påbörjade: deltaganden med startdatum i perioden. Pågående vid slutet: påbörjade senast sista dagen och pågående då (pågår fortfarande eller avslutades efter perioden). Avslutade: genomförda eller avbrutna deltaganden som senast ändrades under perioden (Lotsen har inget separat slutdatum). Remisser skickade under perioden, efter slag av samverkanspart: besvarade betyder accepterade eller avböjda; obesvarade betyder inget svar ännu eller att inget kom. Svarstid: dagar från att remissen skickades till svaret.</translation>
    </message>
</context>
<context>
    <name>ReportSpreadsheet</name>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Filen %1 kunde inte skrivas: %2</translation>
    </message>
</context>
<context>
    <name>RestoreRunner</name>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>The restore could not be written to the access log: %1</source>
        <translation>Återställningen kunde inte skrivas till åtkomstloggen: %1</translation>
    </message>
    <message>
        <source>The backup was not restored: %1

The database is as it was before.</source>
        <translation>Säkerhetskopian återställdes inte: %1

Databasen är som den var innan.</translation>
    </message>
    <message>
        <source>The backup of %1 was restored.</source>
        <translation>Säkerhetskopian från %1 har återställts.</translation>
    </message>
    <message>
        <source>The database as it was before is kept as %1.</source>
        <translation>Databasen som den var innan finns kvar som %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n culling(s) from after the backup applied again, so no culled person came back.</source>
        <translation>
            <numerusform>%n gallring från tiden efter säkerhetskopian har gjorts igen, så ingen gallrad person kom tillbaka.</numerusform>
            <numerusform>%n gallringar från tiden efter säkerhetskopian har gjorts igen, så ingen gallrad person kom tillbaka.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionLog</name>
    <message>
        <source>The retention log could not be written: its folder could not be made.</source>
        <translation>Gallringsloggen kunde inte skrivas: mappen för den kunde inte skapas.</translation>
    </message>
    <message>
        <source>The retention log could not be written: %1</source>
        <translation>Gallringsloggen kunde inte skrivas: %1</translation>
    </message>
    <message>
        <source>The retention log could not be read: %1</source>
        <translation>Gallringsloggen kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>The retention log cannot be read: line %1 is damaged.</source>
        <translation>Gallringsloggen kan inte läsas: rad %1 är skadad.</translation>
    </message>
</context>
<context>
    <name>RetentionPolicy</name>
    <message>
        <source>Personal data must be kept between 1 and 100 years.</source>
        <translation>Tiden för att spara personuppgifter måste vara mellan 1 och 100 år.</translation>
    </message>
    <message>
        <source>Prospects must be kept between 1 and 1200 months.</source>
        <translation>Tiden för uppsökta som aldrig skrevs in måste vara mellan 1 och 1200 månader.</translation>
    </message>
    <message>
        <source>The access log must be kept between 1 and 100 years.</source>
        <translation>Tiden för att spara åtkomstloggen måste vara mellan 1 och 100 år.</translation>
    </message>
    <message>
        <source>The retention decision may have at most 2000 characters.</source>
        <translation>Gallringsbeslutet får vara högst 2000 tecken.</translation>
    </message>
</context>
<context>
    <name>ServerBackup</name>
    <message>
        <source>PostgreSQL&apos;s pg_dump and pg_restore were not found. Install PostgreSQL&apos;s client programs (the same major version as the server or newer) and try again.</source>
        <translation>PostgreSQL:s pg_dump och pg_restore hittades inte. Installera PostgreSQL:s klientprogram (samma huvudversion som servern eller nyare) och försök igen.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Mappen %1 kan inte skapas.</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was overwritten.</source>
        <translation>%1 finns redan; ingenting har skrivits över.</translation>
    </message>
    <message>
        <source>The backup cannot be written in %1.</source>
        <translation>Säkerhetskopian kan inte skrivas i %1.</translation>
    </message>
    <message>
        <source>pg_dump could not be started (%1).</source>
        <translation>pg_dump kunde inte startas (%1).</translation>
    </message>
    <message>
        <source>pg_dump failed for %1: %2</source>
        <translation>pg_dump misslyckades för %1: %2</translation>
    </message>
    <message>
        <source>The dump of %1 does not read back: %2</source>
        <translation>Dumpen av %1 går inte att läsa tillbaka: %2</translation>
    </message>
    <message>
        <source>The dump of %1 is incomplete: its table of contents has no access log. Is this a Lotsen database?</source>
        <translation>Dumpen av %1 är ofullständig: dess innehållsförteckning saknar åtkomstlogg. Är det här en databas från Lotsen?</translation>
    </message>
    <message>
        <source>The backup could not be given its name %1.</source>
        <translation>Säkerhetskopian kunde inte få namnet %1.</translation>
    </message>
</context>
<context>
    <name>ServerCredentials</name>
    <message>
        <source>The folder for the server&apos;s password could not be made.</source>
        <translation>Mappen för serverns lösenord kunde inte skapas.</translation>
    </message>
    <message>
        <source>The server&apos;s password could not be kept: %1</source>
        <translation>Serverns lösenord kunde inte sparas: %1</translation>
    </message>
</context>
<context>
    <name>ServerSetup</name>
    <message>
        <source>The role %1 could not be looked up.</source>
        <translation>Det gick inte att slå upp rollen %1.</translation>
    </message>
    <message>
        <source>The role %1 could not be created.</source>
        <translation>Rollen %1 kunde inte skapas.</translation>
    </message>
    <message>
        <source>Created the role %1.</source>
        <translation>Rollen %1 har skapats.</translation>
    </message>
    <message>
        <source>The role %1 exists already with rights Lotsen&apos;s roles must not have (superuser, creating roles or databases, replication or bypassing row security). Remove those rights, or choose another name.</source>
        <translation>Rollen %1 finns redan och har rättigheter som Lotsens roller inte får ha (superanvändare, skapa roller eller databaser, replikering eller kringgå radsäkerhet). Ta bort de rättigheterna eller välj ett annat namn.</translation>
    </message>
    <message>
        <source>The password of the role %1 could not be set.</source>
        <translation>Lösenordet för rollen %1 kunde inte ställas in.</translation>
    </message>
    <message>
        <source>The role %1 exists already; its password was set to the one given.</source>
        <translation>Rollen %1 finns redan; dess lösenord har ändrats till det angivna.</translation>
    </message>
    <message>
        <source>The role %1 could not be allowed to log in.</source>
        <translation>Rollen %1 kunde inte få rätt att logga in.</translation>
    </message>
    <message>
        <source>The role %1 exists already; its password is unchanged.</source>
        <translation>Rollen %1 finns redan; dess lösenord är oförändrat.</translation>
    </message>
    <message>
        <source>The database %1 could not be looked up.</source>
        <translation>Det gick inte att slå upp databasen %1.</translation>
    </message>
    <message>
        <source>The database %1 could not be created.</source>
        <translation>Databasen %1 kunde inte skapas.</translation>
    </message>
    <message>
        <source>Created the database %1, owned by %2.</source>
        <translation>Databasen %1 har skapats och ägs av %2.</translation>
    </message>
    <message>
        <source>The database %1 exists already.</source>
        <translation>Databasen %1 finns redan.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation>Databasen %1 kunde inte öppnas.</translation>
    </message>
    <message>
        <source>The database %1 could not be read.</source>
        <translation>Databasen %1 kunde inte läsas.</translation>
    </message>
    <message>
        <source>The database %1 is a Lotsen database that belongs to the role %2. Run setup-server again with --owner %2.</source>
        <translation>Databasen %1 är en databas från Lotsen som tillhör rollen %2. Kör setup-server igen med --owner %2.</translation>
    </message>
    <message>
        <source>The database %1 exists already and holds another program&apos;s tables. It has not been changed; choose another name with --database.</source>
        <translation>Databasen %1 finns redan och innehåller ett annat programs tabeller. Den har inte ändrats; välj ett annat namn med --database.</translation>
    </message>
    <message>
        <source>The database %1 could not be given to %2.</source>
        <translation>Databasen %1 kunde inte överlåtas till %2.</translation>
    </message>
    <message>
        <source>The empty database %1 now belongs to %2.</source>
        <translation>Den tomma databasen %1 tillhör nu %2.</translation>
    </message>
    <message>
        <source>%1 is not a name setup-server accepts: use lower-case letters, digits and _ (at most 63), beginning with a letter.</source>
        <translation>%1 är inte ett namn som setup-server godtar: använd små bokstäver, siffror och _ (högst 63 tecken) och börja med en bokstav.</translation>
    </message>
    <message>
        <source>The owner role and the program&apos;s role must be two different roles.</source>
        <translation>Ägarrollen och programmets roll måste vara två olika roller.</translation>
    </message>
    <message>
        <source>setup-server connects to %1, so it cannot create it for Lotsen. Connect to the server&apos;s maintenance database (postgres) and name Lotsen&apos;s database with --database.</source>
        <translation>setup-server ansluter till %1 och kan därför inte skapa den åt Lotsen. Anslut till serverns underhållsdatabas (postgres) och ange namnet på Lotsens databas med --database.</translation>
    </message>
    <message>
        <source>The owner role and the program&apos;s role must not be the superuser %1.</source>
        <translation>Ägarrollen och programmets roll får inte vara superanvändaren %1.</translation>
    </message>
    <message>
        <source>The server %1 could not be reached as %2.</source>
        <translation>Det gick inte att nå servern %1 som %2.</translation>
    </message>
    <message>
        <source>The rights of %1 could not be read.</source>
        <translation>Rättigheterna för %1 kunde inte läsas.</translation>
    </message>
    <message>
        <source>%1 is not a superuser on the server. setup-server needs one, for example postgres.</source>
        <translation>%1 är inte superanvändare på servern. setup-server behöver en superanvändare, till exempel postgres.</translation>
    </message>
    <message>
        <source>The role %1 is a member of %2 and would have the rights of the database&apos;s owner. Remove it from %2 (REVOKE %2 FROM %1), or choose another name.</source>
        <translation>Rollen %1 är medlem i %2 och skulle få databasägarens rättigheter. Ta bort den från %2 (REVOKE %2 FROM %1) eller välj ett annat namn.</translation>
    </message>
    <message>
        <source>Created Lotsen&apos;s tables (schema version %1), owned by %2.</source>
        <translation>Lotsens tabeller har skapats (schemaversion %1) och ägs av %2.</translation>
    </message>
    <message>
        <source>Lotsen&apos;s tables are at schema version %1.</source>
        <translation>Lotsens tabeller har schemaversion %1.</translation>
    </message>
    <message>
        <source>Granted %1 the use of the rows (no changes of structure, the access log append-only).</source>
        <translation>%1 har fått rätt att använda raderna (inga ändringar av strukturen, och åtkomstloggen kan bara fyllas på).</translation>
    </message>
    <message>
        <source>%1 or %2 is not a name setup-server accepts.</source>
        <translation>%1 eller %2 är inte ett namn som setup-server godtar.</translation>
    </message>
    <message>
        <source>The rights of %1 could not be set.</source>
        <translation>Rättigheterna för %1 kunde inte ställas in.</translation>
    </message>
    <message>
        <source>The role %1 owns objects on the server, so it could change them. Give them to another role (REASSIGN OWNED BY %1 TO %2) and run setup-server again.</source>
        <translation>Rollen %1 äger objekt på servern och skulle därför kunna ändra dem. Överlåt dem till en annan roll (REASSIGN OWNED BY %1 TO %2) och kör setup-server igen.</translation>
    </message>
</context>
<context>
    <name>SetupServerCommand</name>
    <message>
        <source>%1 is not a server address Lotsen understands. Write it as postgresql://postgres@server:5432/postgres.</source>
        <translation>%1 är inte en serveradress som Lotsen förstår. Skriv den som postgresql://postgres@server:5432/postgres.</translation>
    </message>
    <message>
        <source>The server was not set up: %1</source>
        <translation>Servern ställdes inte i ordning: %1</translation>
    </message>
    <message>
        <source>New passwords, shown only this once. Store them now, for example in the office&apos;s password manager:</source>
        <translation>Nya lösenord, som visas bara den här gången. Spara dem nu, till exempel i kontorets lösenordshanterare:</translation>
    </message>
    <message>
        <source>(the owner: for updating the database with a later version of Lotsen)</source>
        <translation>(ägaren: för att uppdatera databasen med en senare version av Lotsen)</translation>
    </message>
    <message>
        <source>(the program: typed once on each PC at Lotsen&apos;s first start there)</source>
        <translation>(programmet: skrivs in en gång på varje dator första gången Lotsen startas där)</translation>
    </message>
    <message>
        <source>Each PC opens the shared database as: %1</source>
        <translation>Varje dator öppnar den delade databasen som: %1</translation>
    </message>
    <message>
        <source>(Write the server&apos;s name, as the PCs reach it, instead of %1.)</source>
        <translation>(Skriv serverns namn, så som datorerna når den, i stället för %1.)</translation>
    </message>
</context>
<context>
    <name>SqlRead</name>
    <message>
        <source>Lotsen could not read the database: %1</source>
        <translation>Lotsen kunde inte läsa databasen: %1</translation>
    </message>
    <message>
        <source>Lotsen could not read the database: an expected row was missing.</source>
        <translation>Lotsen kunde inte läsa databasen: en förväntad rad saknades.</translation>
    </message>
    <message>
        <source>the connection to the database is closed.</source>
        <translation>anslutningen till databasen är stängd.</translation>
    </message>
    <message>
        <source>another program is using the database file. Try again in a moment.</source>
        <translation>ett annat program använder databasfilen. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>the file could not be read from the disk. Check that the disk or network folder is there.</source>
        <translation>filen kunde inte läsas från disken. Kontrollera att disken eller nätverksmappen finns.</translation>
    </message>
    <message>
        <source>the database file is damaged. Restore a backup.</source>
        <translation>databasfilen är skadad. Återställ en säkerhetskopia.</translation>
    </message>
    <message>
        <source>an unexpected error (database error %1).</source>
        <translation>ett oväntat fel (databasfel %1).</translation>
    </message>
    <message>
        <source>an unexpected error.</source>
        <translation>ett oväntat fel.</translation>
    </message>
</context>
<context>
    <name>StaffChoice</name>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
</context>
<context>
    <name>TimelineQuery</name>
    <message>
        <source>The timeline&apos;s events could not be read.</source>
        <translation>Tidslinjens händelser kunde inte läsas.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Prospect (outreach)</source>
        <translation>Uppsökande</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Vilande</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Non-binary / other</source>
        <translation>Icke-binär / annat</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <source>KAA (municipal activity responsibility)</source>
        <translation>KAA (kommunala aktivitetsansvaret)</translation>
    </message>
    <message>
        <source>Public employment service</source>
        <translation>Arbetsförmedlingen</translation>
    </message>
    <message>
        <source>Social insurance agency</source>
        <translation>Försäkringskassan</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Socialtjänsten</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <source>Self-referral</source>
        <translation>Egen anmälan</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Uppsökande verksamhet</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Anhörig</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Neither working nor studying (UVAS)</source>
        <translation>Varken arbetar eller studerar (UVAS)</translation>
    </message>
    <message>
        <source>Long-term unemployed (&gt;12 months)</source>
        <translation>Långtidsarbetslös (&gt;12 månader)</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Funktionsnedsättning</translation>
    </message>
    <message>
        <source>Sick-listed</source>
        <translation>Sjukskriven</translation>
    </message>
    <message>
        <source>Activity compensation</source>
        <translation>Aktivitetsersättning</translation>
    </message>
    <message>
        <source>Psychosocial problems</source>
        <translation>Psykosocial problematik</translation>
    </message>
    <message>
        <source>Newly arrived</source>
        <translation>Nyanländ</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>The youth</source>
        <translation>Ungdomen</translation>
    </message>
    <message>
        <source>The mentor</source>
        <translation>Mentorn</translation>
    </message>
    <message>
        <source>Partner / other</source>
        <translation>Partner / annan</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Mitt mål</translation>
    </message>
    <message>
        <source>This is what I am good at</source>
        <translation>Det här är jag bra på</translation>
    </message>
    <message>
        <source>This is what I need support with</source>
        <translation>Det här behöver jag stöd med</translation>
    </message>
    <message>
        <source>This is what I want</source>
        <translation>Det här vill jag</translation>
    </message>
    <message>
        <source>My longer-term goal</source>
        <translation>Mitt mål på längre sikt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>The youth&apos;s own goal, in their own words.</source>
        <translation>Ungdomens eget mål, med egna ord.</translation>
    </message>
    <message>
        <source>Strengths, interests and competences.</source>
        <translation>Styrkor, intressen och kompetenser.</translation>
    </message>
    <message>
        <source>What the youth needs help or support with.</source>
        <translation>Det som ungdomen behöver hjälp eller stöd med.</translation>
    </message>
    <message>
        <source>Wishes for work, studies, everyday life.</source>
        <translation>Önskemål om arbete, studier och vardagsliv.</translation>
    </message>
    <message>
        <source>Optional: where the youth wants to be in a year or two.</source>
        <translation>Frivilligt: var ungdomen vill vara om ett eller två år.</translation>
    </message>
    <message>
        <source>Free notes for the plan.</source>
        <translation>Fria anteckningar till planen.</translation>
    </message>
    <message>
        <source>Meeting at the centre</source>
        <translation>Möte på mötesplatsen</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonsamtal</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Video meeting</source>
        <translation>Videomöte</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <source>Drop-in visit</source>
        <translation>Drop in-besök</translation>
    </message>
    <message>
        <source>Group activity</source>
        <translation>Gruppaktivitet</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Attempt without answer</source>
        <translation>Kontaktförsök utan svar</translation>
    </message>
    <message>
        <source>A relative</source>
        <translation>En anhörig</translation>
    </message>
    <message>
        <source>A partner</source>
        <translation>En samverkanspartner</translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation>Försäkringskassan</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Hälso- och sjukvård</translation>
    </message>
    <message>
        <source>Education provider</source>
        <translation>Utbildningsanordnare</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Civilsamhälle</translation>
    </message>
    <message>
        <source>Work training / internship</source>
        <translation>Arbetsträning/praktik</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studier</translation>
    </message>
    <message>
        <source>Study preparation</source>
        <translation>Studieförberedande</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>Rehabilitering</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Kartläggning</translation>
    </message>
    <message>
        <source>Supported Employment / IPS</source>
        <translation>Supported Employment/IPS</translation>
    </message>
    <message>
        <source>Folk high school</source>
        <translation>Folkhögskola</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>Studiebesök</translation>
    </message>
    <message>
        <source>Lecture / workshop</source>
        <translation>Föreläsning/workshop</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Hälsa</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Föreslagen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Förälder</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Syskon</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Vårdnadshavare</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Vän</translation>
    </message>
    <message>
        <source>Contact with relatives</source>
        <translation>Kontakt med anhöriga</translation>
    </message>
    <message>
        <source>Sharing information with a partner</source>
        <translation>Dela uppgifter med samverkanspartner</translation>
    </message>
    <message>
        <source>Registration of sensitive notes</source>
        <translation>Registrering av känsliga uppgifter</translation>
    </message>
    <message>
        <source>Photos at activities</source>
        <translation>Foton vid aktiviteter</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skriftligt</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Muntligt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepterad</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Avböjd</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Inget svar</translation>
    </message>
</context>
<context>
    <name>YouthImporter</name>
    <message>
        <source>(do not import)</source>
        <translation>(importera inte)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Full name (last word = last name)</source>
        <translation>Hela namnet (sista ordet = efternamn)</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Two columns are mapped to &quot;%1&quot;. Choose one.</source>
        <translation>Två kolumner är kopplade till ”%1”. Välj en av dem.</translation>
    </message>
    <message>
        <source>Map columns to the first and last name, or one column to the full name.</source>
        <translation>Koppla kolumner till förnamn och efternamn, eller en kolumn till hela namnet.</translation>
    </message>
    <message>
        <source>The row has more columns than the header. Is there a separator in a field without quotes?</source>
        <translation>Raden har fler kolumner än rubrikraden. Finns det en avgränsare i ett fält utan citattecken?</translation>
    </message>
    <message>
        <source>The first name is missing.</source>
        <translation>Förnamn saknas.</translation>
    </message>
    <message>
        <source>The last name is missing.</source>
        <translation>Efternamn saknas.</translation>
    </message>
    <message>
        <source>The same personal number as row %1.</source>
        <translation>Samma personnummer som rad %1.</translation>
    </message>
    <message>
        <source>Nothing was imported. Row %1 could not be saved: %2</source>
        <translation>Ingenting har importerats. Rad %1 kunde inte sparas: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ingenting har importerats: %1</translation>
    </message>
    <message>
        <source>The same name as row %1, and no personal number.</source>
        <translation>Samma namn som rad %1, och inget personnummer.</translation>
    </message>
    <message>
        <source>Postal town</source>
        <translation>Postort</translation>
    </message>
    <message>
        <source>The row has %1 columns, the header has %2. Is a separator missing, or a quote left open?</source>
        <translation>Raden har %1 kolumner, rubrikraden har %2. Saknas ett skiljetecken, eller är ett citattecken inte avslutat?</translation>
    </message>
</context>
<context>
    <name>lotsen::AccessDetail</name>
    <message>
        <source>the centre&apos;s own logo</source>
        <translation>mötesplatsens egen logotyp</translation>
    </message>
    <message>
        <source>Lotsen&apos;s logo</source>
        <translation>Lotsens logotyp</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>demo database</source>
        <translation>demodatabas</translation>
    </message>
    <message>
        <source>at the lock screen</source>
        <translation>på låsskärmen</translation>
    </message>
    <message>
        <source>as another user at the lock screen</source>
        <translation>som en annan användare på låsskärmen</translation>
    </message>
    <message>
        <source>unsaved changes were discarded</source>
        <translation>osparade ändringar kastades</translation>
    </message>
    <message>
        <source>there were no unsaved changes</source>
        <translation>det fanns inga osparade ändringar</translation>
    </message>
    <message>
        <source>action plan</source>
        <translation>handlingsplan</translation>
    </message>
    <message>
        <source>action plan, print preview</source>
        <translation>handlingsplan, förhandsgranskning</translation>
    </message>
    <message>
        <source>blank action plan template</source>
        <translation>tom mall för handlingsplan</translation>
    </message>
    <message>
        <source>consent form</source>
        <translation>samtyckesblankett</translation>
    </message>
    <message>
        <source>attendance list</source>
        <translation>närvarolista</translation>
    </message>
    <message>
        <source>personal data</source>
        <translation>personuppgifter</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-fil</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intakt</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>bruten</translation>
    </message>
    <message>
        <source>broken at entry %1 (check at start)</source>
        <translation>bruten vid post %1 (kontroll vid start)</translation>
    </message>
    <message>
        <source>created account %1</source>
        <translation>skapade konto %1</translation>
    </message>
    <message>
        <source>deactivated account %1</source>
        <translation>inaktiverade konto %1</translation>
    </message>
    <message>
        <source>activated account %1</source>
        <translation>aktiverade konto %1</translation>
    </message>
    <message>
        <source>account %1 now has the role %2</source>
        <translation>konto %1 har nu rollen %2</translation>
    </message>
    <message>
        <source>account %1 may now see every youth</source>
        <translation>konto %1 får nu se alla ungdomar</translation>
    </message>
    <message>
        <source>account %1 no longer sees every youth</source>
        <translation>konto %1 ser inte längre alla ungdomar</translation>
    </message>
    <message>
        <source>account %1 is linked to another mentor record</source>
        <translation>konto %1 är kopplat till en annan mentor</translation>
    </message>
    <message>
        <source>reset the password of account %1</source>
        <translation>återställde lösenordet för konto %1</translation>
    </message>
    <message numerus="yes">
        <source>%n youth(s) imported</source>
        <translation>
            <numerusform>%n ungdom importerad</numerusform>
            <numerusform>%n ungdomar importerade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n youth(s) imported from the command line</source>
        <translation>
            <numerusform>%n ungdom importerad från kommandoraden</numerusform>
            <numerusform>%n ungdomar importerade från kommandoraden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>trial run from the command line, %n youth(s) would be imported</source>
        <translation>
            <numerusform>provkörning från kommandoraden, %n ungdom skulle importeras</numerusform>
            <numerusform>provkörning från kommandoraden, %n ungdomar skulle importeras</numerusform>
        </translation>
    </message>
    <message>
        <source>action plan, from the command line</source>
        <translation>handlingsplan, från kommandoraden</translation>
    </message>
    <message>
        <source>blank action plan, from the command line</source>
        <translation>tom handlingsplan, från kommandoraden</translation>
    </message>
    <message>
        <source>setting %1: %2 → %3</source>
        <translation>inställning %1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), %1</source>
        <translation>
            <numerusform>%n rad, %1</numerusform>
            <numerusform>%n rader, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), %1, from the command line</source>
        <translation>
            <numerusform>%n rad, %1, från kommandoraden</numerusform>
            <numerusform>%n rader, %1, från kommandoraden</numerusform>
        </translation>
    </message>
    <message>
        <source>automatic backup</source>
        <translation>automatisk säkerhetskopiering</translation>
    </message>
    <message>
        <source>from the command line</source>
        <translation>från kommandoraden</translation>
    </message>
    <message numerus="yes">
        <source>backup of %1; %n culling(s) re-applied</source>
        <translation>
            <numerusform>säkerhetskopia från %1; %n gallring genomförd igen</numerusform>
            <numerusform>säkerhetskopia från %1; %n gallringar genomförda igen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n culling(s) re-applied after a restore</source>
        <translation>
            <numerusform>%n gallring genomförd igen efter en återställning</numerusform>
            <numerusform>%n gallringar genomförda igen efter en återställning</numerusform>
        </translation>
    </message>
    <message>
        <source>on the youth&apos;s request</source>
        <translation>på ungdomens begäran</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>JSON-fil</translation>
    </message>
    <message numerus="yes">
        <source>%n youth(s); prospects: %1; access-log entries: %2</source>
        <translation>
            <numerusform>%n ungdom; uppsökta: %1; poster i åtkomstloggen: %2</numerusform>
            <numerusform>%n ungdomar; uppsökta: %1; poster i åtkomstloggen: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), %2</source>
        <translation>
            <numerusform>%1: %n rad, %2</numerusform>
            <numerusform>%1: %n rader, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), printed</source>
        <translation>
            <numerusform>%1: %n rad, utskrift</numerusform>
            <numerusform>%1: %n rader, utskrift</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar event(s)</source>
        <translation>
            <numerusform>%n kalenderpost</numerusform>
            <numerusform>%n kalenderposter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotsen::AccessLog</name>
    <message>
        <source>Logged in</source>
        <translation>Inloggning</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Misslyckad inloggning</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Utloggning</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Upplåst</translation>
    </message>
    <message>
        <source>Another user logged in at the lock screen</source>
        <translation>Bytte användare på låsskärmen</translation>
    </message>
    <message>
        <source>Changed password</source>
        <translation>Bytte lösenord</translation>
    </message>
    <message>
        <source>Changed an account</source>
        <translation>Ändrade ett konto</translation>
    </message>
    <message>
        <source>Opened a youth&apos;s card</source>
        <translation>Öppnade ungdomens kort</translation>
    </message>
    <message>
        <source>Changed a youth&apos;s data</source>
        <translation>Ändrade ungdomens uppgifter</translation>
    </message>
    <message>
        <source>Printed a document</source>
        <translation>Skrev ut ett dokument</translation>
    </message>
    <message>
        <source>Exported a PDF</source>
        <translation>Exporterade en PDF</translation>
    </message>
    <message>
        <source>Imported youths</source>
        <translation>Importerade ungdomar</translation>
    </message>
    <message>
        <source>Exported the access log</source>
        <translation>Exporterade åtkomstloggen</translation>
    </message>
    <message>
        <source>Verified the access log</source>
        <translation>Kontrollerade åtkomstloggen</translation>
    </message>
    <message>
        <source>The access log could not be read: %1</source>
        <translation>Åtkomstloggen kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>The access log is broken at entry %1: it is the first entry but does not start the log. Earlier entries were removed.</source>
        <translation>Åtkomstloggen är bruten vid post %1: posten är den första men inleder inte loggen. Tidigare poster har tagits bort.</translation>
    </message>
    <message>
        <source>The access log is broken at entry %1: it does not follow entry %2. Entries between them were removed or the order was changed.</source>
        <translation>Åtkomstloggen är bruten vid post %1: posten följer inte på post %2. Poster mellan dem har tagits bort eller så har ordningen ändrats.</translation>
    </message>
    <message>
        <source>The access log is broken at entry %1: its contents were changed after it was written.</source>
        <translation>Åtkomstloggen är bruten vid post %1: postens innehåll har ändrats efter att den skrevs.</translation>
    </message>
    <message numerus="yes">
        <source>The access log is intact: %n entries checked.</source>
        <translation>
            <numerusform>Åtkomstloggen är intakt: %n post kontrollerad.</numerusform>
            <numerusform>Åtkomstloggen är intakt: %n poster kontrollerade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>Konto-id</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>Händelsekod</translation>
    </message>
    <message>
        <source>Youth id</source>
        <translation>Ungdoms-id</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalj</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Filen %1 kunde inte skrivas: %2</translation>
    </message>
    <message>
        <source>Backed up the database</source>
        <translation>Säkerhetskopierade databasen</translation>
    </message>
    <message>
        <source>The check of the access log was cancelled.</source>
        <translation>Kontrollen av åtkomstloggen avbröts.</translation>
    </message>
    <message>
        <source>The access log could not be written: the database is not open.</source>
        <translation>Åtkomstloggen kunde inte skrivas: databasen är inte öppen.</translation>
    </message>
    <message>
        <source>The access log could not be written: %1</source>
        <translation>Åtkomstloggen kunde inte skrivas: %1</translation>
    </message>
    <message>
        <source>Changed a setting of the centre</source>
        <translation>Ändrade en inställning för mötesplatsen</translation>
    </message>
    <message>
        <source>Detail code</source>
        <translation>Detaljkod</translation>
    </message>
    <message>
        <source>Lotsen cannot write the access log right now. %1</source>
        <translation>Lotsen kan inte skriva åtkomstloggen just nu. %1</translation>
    </message>
    <message>
        <source>Sealed the access log with this PC&apos;s key</source>
        <translation>Förseglade åtkomstloggen med den här datorns nyckel</translation>
    </message>
    <message>
        <source>The access log is broken at entry %1: it is not sealed with the key, although earlier entries are. The log was rewritten without Lotsen.</source>
        <translation>Åtkomstloggen är bruten vid post %1: den är inte förseglad med nyckeln, fast tidigare poster är det. Loggen har skrivits om utanför Lotsen.</translation>
    </message>
    <message>
        <source>The access log is broken at entry %1: it is not the entry this PC recorded there. The log was replaced from this entry on.</source>
        <translation>Åtkomstloggen är bruten vid post %1: det är inte den post som den här datorn registrerade där. Loggen har bytts ut från och med den posten.</translation>
    </message>
    <message numerus="yes">
        <source>The access log is broken: the newest %n entries are missing. This PC recorded entry %1 as the newest, and the log ends at entry %2.</source>
        <translation>
            <numerusform>Åtkomstloggen är bruten: den nyaste posten saknas. Den här datorn registrerade post %1 som den nyaste, och loggen slutar vid post %2.</numerusform>
            <numerusform>Åtkomstloggen är bruten: de %n nyaste posterna saknas. Den här datorn registrerade post %1 som den nyaste, och loggen slutar vid post %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The record of the access log kept outside the database on this PC was changed, so removed newest entries cannot be ruled out. %n entries were checked.</source>
        <translation>
            <numerusform>Uppgiften om åtkomstloggen som den här datorn sparar utanför databasen har ändrats, så det går inte att utesluta att de nyaste posterna tagits bort. %n post kontrollerades.</numerusform>
            <numerusform>Uppgiften om åtkomstloggen som den här datorn sparar utanför databasen har ändrats, så det går inte att utesluta att de nyaste posterna tagits bort. %n poster kontrollerades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The access log cannot be verified on this PC: %n entries are sealed with another PC&apos;s key. Import that key to check them. The order of all entries is intact.</source>
        <translation>
            <numerusform>Åtkomstloggen kan inte kontrolleras på den här datorn: %n post är förseglad med en annan dators nyckel. Importera den nyckeln för att kontrollera den. Ordningen mellan alla poster är intakt.</numerusform>
            <numerusform>Åtkomstloggen kan inte kontrolleras på den här datorn: %n poster är förseglade med en annan dators nyckel. Importera den nyckeln för att kontrollera dem. Ordningen mellan alla poster är intakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Viewed disability and foreign background</source>
        <translation>Visade funktionsnedsättning och utländsk bakgrund</translation>
    </message>
    <message>
        <source>Exported the participant list</source>
        <translation>Exporterade deltagarlistan</translation>
    </message>
    <message>
        <source>Restored the database from a backup</source>
        <translation>Återställde databasen från en säkerhetskopia</translation>
    </message>
    <message>
        <source>Culled personal data under the retention policy</source>
        <translation>Gallrade personuppgifter enligt gallringsreglerna</translation>
    </message>
    <message>
        <source>Erased a youth&apos;s personal data on request</source>
        <translation>Raderade en ungdoms personuppgifter på begäran</translation>
    </message>
    <message>
        <source>Produced a register extract</source>
        <translation>Tog fram ett registerutdrag</translation>
    </message>
    <message>
        <source>The access log is broken at entry %1: earlier entries were removed without Lotsen.</source>
        <translation>Åtkomstloggen är bruten vid post %1: tidigare poster har tagits bort utanför Lotsen.</translation>
    </message>
    <message>
        <source>Exported a list</source>
        <translation>Exporterade en lista</translation>
    </message>
    <message>
        <source>Exported to a calendar file</source>
        <translation>Exporterade till en kalenderfil</translation>
    </message>
</context>
<context>
    <name>lotsen::AccessLogModel</name>
    <message>
        <source>(unknown)</source>
        <translation>(okänt)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Ungdom</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalj</translation>
    </message>
</context>
<context>
    <name>lotsen::AccessLogPage</name>
    <message>
        <source>Youth&apos;s number in Lotsen</source>
        <translation>Ungdomens nummer i Lotsen</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alla händelser</translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation>Visa a&amp;lla</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Youth:</source>
        <translation>&amp;Ungdom:</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Hän&amp;delse:</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Till:</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportera CSV…</translation>
    </message>
    <message>
        <source>&amp;Verify log</source>
        <translation>K&amp;ontrollera loggen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Access log&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Åtkomstlogg&lt;/h2&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alla konton</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>access-log.csv</source>
        <translation>åtkomstlogg.csv</translation>
    </message>
    <message>
        <source>Export the access log</source>
        <translation>Exportera åtkomstloggen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Verify log</source>
        <translation>Kontrollera loggen</translation>
    </message>
    <message numerus="yes">
        <source>The log&apos;s hash chain is intact (%n entries checked).</source>
        <translation>
            <numerusform>Loggens hashkedja är intakt (%n post kontrollerad).</numerusform>
            <numerusform>Loggens hashkedja är intakt (%n poster kontrollerade).</numerusform>
        </translation>
    </message>
    <message>
        <source>The access log has been altered outside Lotsen: %1</source>
        <translation>Åtkomstloggen har ändrats utanför Lotsen: %1</translation>
    </message>
    <message numerus="yes">
        <source>The log&apos;s hash chain was intact at login (%n entries checked).</source>
        <translation>
            <numerusform>Loggens hashkedja var intakt vid inloggningen (%n post kontrollerad).</numerusform>
            <numerusform>Loggens hashkedja var intakt vid inloggningen (%n poster kontrollerade).</numerusform>
        </translation>
    </message>
    <message>
        <source>Access log entries</source>
        <translation>Poster i åtkomstloggen</translation>
    </message>
</context>
<context>
    <name>lotsen::AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nytt konto</translation>
    </message>
    <message>
        <source>Change account</source>
        <translation>Ändra konto</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Återställ lösenord</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Användarnamn:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Roll:</translation>
    </message>
    <message>
        <source>Mentor record:</source>
        <translation>Kopplad mentor:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Lösenord:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nytt lösenord:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Upprepa lösenordet:</translation>
    </message>
    <message>
        <source>The user must change this password at the next login.</source>
        <translation>Användaren måste byta det här lösenordet vid nästa inloggning.</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Skapa konto</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Minst %n tecken.</numerusform>
            <numerusform>Minst %n tecken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>Lösenordet måste ha minst %n tecken.</numerusform>
            <numerusform>Lösenordet måste ha minst %n tecken.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De två lösenorden är inte likadana.</translation>
    </message>
    <message>
        <source>Only an administrator can manage accounts.</source>
        <translation>Bara en administratör kan hantera konton.</translation>
    </message>
    <message>
        <source>Fill in the name and the username.</source>
        <translation>Fyll i namn och användarnamn.</translation>
    </message>
    <message>
        <source>The mentor record this account is: its user sees the sensitive notes of the youths they are mentor for.</source>
        <translation>Den mentor som kontot hör till: användaren ser de känsliga anteckningarna för de ungdomar hen är mentor för.</translation>
    </message>
    <message>
        <source>Wider access: every youth&apos;s sensitive notes</source>
        <translation>Utökad behörighet: alla ungdomars känsliga anteckningar</translation>
    </message>
</context>
<context>
    <name>lotsen::AccountListModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivt</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Inaktiverat</translation>
    </message>
    <message>
        <source>At next login</source>
        <translation>Vid nästa inloggning</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Mentor record</source>
        <translation>Kopplad mentor</translation>
    </message>
    <message>
        <source>Wider access</source>
        <translation>Utökad behörighet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Måste byta lösenord</translation>
    </message>
</context>
<context>
    <name>lotsen::AccountRepository</name>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>För många felaktiga lösenord. Försök igen om %n sekund.</numerusform>
            <numerusform>För många felaktiga lösenord. Försök igen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n minute(s).</source>
        <translation>
            <numerusform>För många felaktiga lösenord. Försök igen om %n minut.</numerusform>
            <numerusform>För många felaktiga lösenord. Försök igen om %n minuter.</numerusform>
        </translation>
    </message>
    <message>
        <source>This staff member no longer exists.</source>
        <translation>Den här medarbetaren finns inte längre.</translation>
    </message>
    <message>
        <source>This staff member is already linked to another account.</source>
        <translation>Den här medarbetaren är redan kopplad till ett annat konto.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Ange ett användarnamn.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Ange personens namn.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Lösenordet måste ha minst %1 tecken.</translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory).</source>
        <translation>Lösenordet kunde inte skyddas (för lite minne).</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>Kontot kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>This database already has accounts; ask an administrator for one.</source>
        <translation>Den här databasen har redan konton; be en administratör om ett.</translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation>Användarnamnet %1 är redan upptaget.</translation>
    </message>
    <message>
        <source>Unknown user name or wrong password.</source>
        <translation>Okänt användarnamn eller fel lösenord.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an administrator.</source>
        <translation>Det här kontot har inaktiverats. Vänd dig till en administratör.</translation>
    </message>
    <message>
        <source>Only an administrator can manage accounts.</source>
        <translation>Bara en administratör kan hantera konton.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Det här kontot finns inte längre.</translation>
    </message>
    <message>
        <source>Lotsen needs at least one active administrator.</source>
        <translation>Lotsen behöver minst en aktiv administratör.</translation>
    </message>
    <message>
        <source>You can only change your own password.</source>
        <translation>Du kan bara byta ditt eget lösenord.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Det nuvarande lösenordet är fel.</translation>
    </message>
    <message>
        <source>Choose a new password that differs from the current one.</source>
        <translation>Välj ett nytt lösenord som skiljer sig från det nuvarande.</translation>
    </message>
    <message>
        <source>Lotsen could not record the failed login, so it accepts no login now: %1</source>
        <translation>Lotsen kunde inte registrera den misslyckade inloggningen och tar därför inte emot någon inloggning nu: %1</translation>
    </message>
</context>
<context>
    <name>lotsen::AccountsWidget</name>
    <message>
        <source>Staff accounts</source>
        <translation>Personalens konton</translation>
    </message>
    <message>
        <source>Who can log in to Lotsen and what their role lets them see. An account that is no longer used is deactivated, not deleted: the access log refers to it.</source>
        <translation>Vem som kan logga in i Lotsen och vad deras roll ger tillgång till. Ett konto som inte används längre inaktiveras i stället för att tas bort, eftersom åtkomstloggen hänvisar till det.</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nytt konto…</translation>
    </message>
    <message>
        <source>Change r&amp;ole or access…</source>
        <translation>Ändra r&amp;oll eller behörighet…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Återställ lö&amp;senord…</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>Inak&amp;tivera</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>Akti&amp;vera</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Inaktivera konto</translation>
    </message>
    <message>
        <source>Deactivate the account %1? Its user can no longer log in. The account stays in the list and in the access log, and can be activated again.</source>
        <translation>Vill du inaktivera kontot %1? Användaren kan då inte längre logga in. Kontot finns kvar i listan och i åtkomstloggen och kan aktiveras igen.</translation>
    </message>
    <message>
        <source>Activate account</source>
        <translation>Aktivera konto</translation>
    </message>
</context>
<context>
    <name>lotsen::ActionPlanTab</name>
    <message>
        <source>&lt;h3&gt;No action plan yet&lt;/h3&gt;&lt;p&gt;The individual action plan is written together with the youth, in their own words: their goal, what they are good at, what they need support with, what they want, and the concrete steps to get there.&lt;/p&gt;&lt;p&gt;It is printed for the meeting, signed by both of you, and reviewed every few weeks. Earlier versions are kept.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ingen handlingsplan ännu&lt;/h3&gt;&lt;p&gt;Den individuella handlingsplanen skrivs tillsammans med ungdomen, med ungdomens egna ord: målet, det hen är bra på, det hen behöver stöd med, det hen vill och de konkreta stegen för att komma dit.&lt;/p&gt;&lt;p&gt;Den skrivs ut till mötet, skrivs under av er båda och följs upp med några veckors mellanrum. Tidigare versioner sparas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;Ny plan</translation>
    </message>
    <message>
        <source>Blank template for the first meeting…</source>
        <translation>Tom mall för första mötet…</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Lägg till steg</translation>
    </message>
    <message>
        <source>Add a step (Ctrl+Shift+N)</source>
        <translation>Lägg till ett steg (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Ta bort steg</translation>
    </message>
    <message>
        <source>Remove the selected step (can be undone with Ctrl+Z)</source>
        <translation>Ta bort det markerade steget (kan ångras med Ctrl+Z)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Steps past their end date that are not done are marked in red.</source>
        <translation>Steg som har passerat sitt slutdatum utan att vara klara markeras med rött.</translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation>Nästa uppföljning:</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Spara planen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Revise plan…</source>
        <translation>Revidera planen…</translation>
    </message>
    <message>
        <source>Freeze this version and start the next one from it</source>
        <translation>Lås den här versionen och börja nästa version utifrån den</translation>
    </message>
    <message>
        <source>Mark as signed…</source>
        <translation>Markera som underskriven…</translation>
    </message>
    <message>
        <source>Record that the printed plan was signed by the youth and the mentor</source>
        <translation>Registrera att den utskrivna planen har skrivits under av ungdomen och mentorn</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Förhandsgranska utskrift…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportera PDF…</translation>
    </message>
    <message>
        <source>Blank template…</source>
        <translation>Tom mall…</translation>
    </message>
    <message>
        <source>A template with only the youth&apos;s name, to fill in by hand at the first meeting</source>
        <translation>En mall med bara ungdomens namn, att fylla i för hand vid första mötet</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 – %2 (current)</source>
        <translation>%1 – %2 (aktuell)</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Upprättad %1</translation>
    </message>
    <message>
        <source>Made %1 by %2</source>
        <translation>Upprättad %1 av %2</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>underskriven %1</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>inte underskriven ännu</translation>
    </message>
    <message>
        <source>frozen %1: read only</source>
        <translation>låst %1: skrivskyddad</translation>
    </message>
    <message>
        <source>Unsaved plan</source>
        <translation>Osparad plan</translation>
    </message>
    <message>
        <source>The action plan has changes that are not saved. Save them?</source>
        <translation>Handlingsplanen har ändringar som inte är sparade. Vill du spara dem?</translation>
    </message>
    <message>
        <source>No plan created</source>
        <translation>Planen skapades inte</translation>
    </message>
    <message>
        <source>Plan not saved</source>
        <translation>Planen sparades inte</translation>
    </message>
    <message>
        <source>Revise plan</source>
        <translation>Revidera planen</translation>
    </message>
    <message>
        <source>Version %1 will be frozen as it is now and can no longer be changed. Version %2 starts as a copy of it, dated today.

Revise the plan?</source>
        <translation>Version %1 låses som den är nu och kan inte längre ändras. Version %2 börjar som en kopia av den, med dagens datum.

Vill du revidera planen?</translation>
    </message>
    <message>
        <source>Plan not revised</source>
        <translation>Planen reviderades inte</translation>
    </message>
    <message>
        <source>Mark as signed</source>
        <translation>Markera som underskriven</translation>
    </message>
    <message>
        <source>The printed plan was signed by the youth and the mentor on:</source>
        <translation>Den utskrivna planen skrevs under av ungdomen och mentorn den:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Not marked as signed</source>
        <translation>Inte markerad som underskriven</translation>
    </message>
    <message>
        <source>Save before printing</source>
        <translation>Spara före utskrift</translation>
    </message>
    <message>
        <source>The plan has unsaved changes. Save them first, so that the printed plan is the one that is stored?</source>
        <translation>Planen har osparade ändringar. Vill du spara dem först, så att den utskrivna planen är den som är sparad?</translation>
    </message>
    <message>
        <source>Action plan template %1.pdf</source>
        <translation>Mall för handlingsplan %1.pdf</translation>
    </message>
    <message>
        <source>Action plan %1 v%2 %3.pdf</source>
        <translation>Handlingsplan %1 v%2 %3.pdf</translation>
    </message>
    <message>
        <source>Export action plan as PDF</source>
        <translation>Exportera handlingsplanen som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>PDF-filen sparades inte</translation>
    </message>
    <message>
        <source>Blank action plan template as PDF</source>
        <translation>Tom mall för handlingsplan som PDF</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Planversion</translation>
    </message>
    <message>
        <source>Steps of the plan</source>
        <translation>Planens steg</translation>
    </message>
    <message>
        <source>%1: saved “%2”, yours “%3”</source>
        <translation>%1: sparat ”%2”, ditt ”%3”</translation>
    </message>
    <message>
        <source>Next review: saved %1, yours %2</source>
        <translation>Nästa uppföljning: sparat %1, ditt %2</translation>
    </message>
    <message>
        <source>Marked as signed on %1</source>
        <translation>Markerad som undertecknad %1</translation>
    </message>
    <message>
        <source>No longer marked as signed</source>
        <translation>Inte längre markerad som undertecknad</translation>
    </message>
    <message>
        <source>Step “%1”: only in yours</source>
        <translation>Steg ”%1”: bara i din</translation>
    </message>
    <message>
        <source>Step “%1”: its dates, status or outcome differ</source>
        <translation>Steg ”%1”: datum, status eller resultat skiljer sig</translation>
    </message>
    <message>
        <source>Step: saved “%1”, yours “%2”</source>
        <translation>Steg: sparat ”%1”, ditt ”%2”</translation>
    </message>
    <message>
        <source>Step “%1”: only in the saved plan</source>
        <translation>Steg ”%1”: bara i den sparade planen</translation>
    </message>
    <message>
        <source>Show the saved plan now? Then make again what should still change, and save. With No, your changes stay here, unsaved.</source>
        <translation>Visa den sparade planen nu? Gör sedan om det som fortfarande ska ändras, och spara. Med Nej blir dina ändringar kvar här, osparade.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Ändrad av någon annan</translation>
    </message>
    <message>
        <source>Add to calendar…</source>
        <translation>Lägg i kalendern…</translation>
    </message>
    <message>
        <source>Save the next review as a calendar file (.ics), with the youth&apos;s first name only; save the plan first</source>
        <translation>Spara nästa uppföljning av planen som en kalenderfil (.ics), med bara ungdomens förnamn; spara planen först</translation>
    </message>
</context>
<context>
    <name>lotsen::AttendanceModel</name>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>lotsen::AttentionModel</name>
    <message>
        <source>No mentor</source>
        <translation>Ingen mentor</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Ungdom</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Needs attention because</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Dagar över tiden</translation>
    </message>
</context>
<context>
    <name>lotsen::AutomaticBackup</name>
    <message>
        <source>Backing up…</source>
        <translation>Säkerhetskopierar…</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Säkerhetskopieringen misslyckades: %1</translation>
    </message>
    <message>
        <source>Backed up %1</source>
        <translation>Säkerhetskopierad %1</translation>
    </message>
    <message>
        <source>The backup could not be recorded in the access log and was removed: %1</source>
        <translation>Säkerhetskopian kunde inte registreras i åtkomstloggen och har tagits bort: %1</translation>
    </message>
    <message>
        <source>No verified backup yet</source>
        <translation>Ingen kontrollerad säkerhetskopia än</translation>
    </message>
    <message>
        <source>no one was logged in</source>
        <translation>ingen var inloggad</translation>
    </message>
</context>
<context>
    <name>lotsen::BackgroundChainCheck</name>
    <message numerus="yes">
        <source>Access log verified (%n entries).</source>
        <translation>
            <numerusform>Åtkomstloggen är kontrollerad (%n post).</numerusform>
            <numerusform>Åtkomstloggen är kontrollerad (%n poster).</numerusform>
        </translation>
    </message>
    <message>
        <source>Access log altered</source>
        <translation>Åtkomstloggen har ändrats</translation>
    </message>
    <message>
        <source>Lotsen has found that its access log was changed outside Lotsen. Please tell an administrator.</source>
        <translation>Lotsen har upptäckt att åtkomstloggen har ändrats utanför Lotsen. Meddela en administratör.</translation>
    </message>
    <message>
        <source>Lotsen has found that the access log was changed outside Lotsen. The first entry that fails the check is number %1, dated %2.</source>
        <translation>Lotsen har upptäckt att åtkomstloggen har ändrats utanför Lotsen. Den första posten som inte klarar kontrollen är nummer %1, daterad %2.</translation>
    </message>
    <message>
        <source>This means that the database file has been altered with another tool. Entry %1 and every entry after it cannot be trusted; the entries before it passed the check.</source>
        <translation>Det betyder att databasfilen har ändrats med ett annat verktyg. Post %1 och alla poster efter den går inte att lita på; posterna före den klarade kontrollen.</translation>
    </message>
    <message>
        <source>Keep a copy of the database file as it is now (%1) and contact the person responsible for data protection in your organisation. Lotsen cannot repair the log.</source>
        <translation>Spara en kopia av databasfilen som den är nu (%1) och kontakta den som ansvarar för dataskydd i er organisation. Lotsen kan inte reparera loggen.</translation>
    </message>
    <message>
        <source>Show the &amp;access log</source>
        <translation>Visa &amp;åtkomstloggen</translation>
    </message>
</context>
<context>
    <name>lotsen::BackgroundIntegrityCheck</name>
    <message>
        <source>Lotsen</source>
        <translation>Lotsen</translation>
    </message>
</context>
<context>
    <name>lotsen::BackupCommand</name>
    <message>
        <source>&amp;Back up database…</source>
        <translation>Säkerhets&amp;kopiera databasen…</translation>
    </message>
    <message>
        <source>Write a copy of the whole database to a file (administrators)</source>
        <translation>Skriv en kopia av hela databasen till en fil (administratörer)</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Säkerhetskopiera databasen</translation>
    </message>
    <message>
        <source>Lotsen databases (*.lotsen);;All files (*)</source>
        <translation>Lotsen-databaser (*.lotsen);;Alla filer (*)</translation>
    </message>
    <message>
        <source>The database was backed up to %1.

The copy holds the same personal data as the database: keep it where only you and other administrators can reach it.</source>
        <translation>Databasen har säkerhetskopierats till %1.

Kopian innehåller samma personuppgifter som databasen: förvara den där bara du och andra administratörer kommer åt den.</translation>
    </message>
</context>
<context>
    <name>lotsen::BackupListModel</name>
    <message>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>Other copy</source>
        <translation>Annan kopia</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>krypterad</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>kontrollerad</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>inte kontrollerad</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Youths</source>
        <translation>Ungdomar</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
</context>
<context>
    <name>lotsen::BackupSettingsWidget</name>
    <message>
        <source>Automatic backups</source>
        <translation>Automatiska säkerhetskopior</translation>
    </message>
    <message>
        <source>Lotsen backs up the database at the first start of each day and when it closes after changes, checks every copy, and keeps 7 daily, 5 weekly and 12 monthly backups. Copies in the second folder are encrypted. These settings are this PC&apos;s and apply at once.</source>
        <translation>Lotsen säkerhetskopierar databasen vid första starten varje dag och när programmet stängs efter ändringar, kontrollerar varje kopia och behåller 7 dagliga, 5 veckovisa och 12 månatliga säkerhetskopior. Kopiorna i den andra mappen är krypterade. De här inställningarna gäller bara den här datorn och börjar gälla direkt.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Bläddra efter %1</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Välj en mapp</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Mapp för säkerhetskopior:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Mapp för säkerhetskopior</translation>
    </message>
    <message>
        <source>&amp;Second folder (encrypted):</source>
        <translation>An&amp;dra mappen (krypterad):</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Andra mappen för säkerhetskopior</translation>
    </message>
    <message>
        <source>None (for example a USB disk or a network share)</source>
        <translation>Ingen (till exempel ett USB-minne eller en delad nätverksmapp)</translation>
    </message>
    <message>
        <source>Set &amp;passphrase…</source>
        <translation>Ange &amp;lösenfras…</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Kryptering:</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Antal dagliga säkerhetskopior som sparas</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Antal veckovisa säkerhetskopior som sparas</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>Antal månatliga säkerhetskopior som sparas</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>dagliga</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>veckovisa</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>månatliga</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Behåll:</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Säkerhetskopiera &amp;nu</translation>
    </message>
    <message>
        <source>Latest:</source>
        <translation>Senaste:</translation>
    </message>
    <message>
        <source>The change was not made, because it could not be written to the access log: %1</source>
        <translation>Ändringen gjordes inte, eftersom den inte kunde skrivas till åtkomstloggen: %1</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. The backups stay where they were.</source>
        <translation>Mappen %1 kan inte skapas. Säkerhetskopiorna ligger kvar där de var.</translation>
    </message>
    <message>
        <source>Passphrase for encrypted backups</source>
        <translation>Lösenfras för krypterade säkerhetskopior</translation>
    </message>
    <message>
        <source>Copies in the second folder are encrypted with this passphrase. Keep it somewhere safe, away from the PC: without it an encrypted copy cannot be restored. At least 12 characters.</source>
        <translation>Kopiorna i den andra mappen krypteras med den här lösenfrasen. Förvara den på ett säkert ställe, inte vid datorn: utan den kan en krypterad kopia inte återställas. Minst 12 tecken.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Lösenfras igen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Igen:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Lösenfraserna är inte likadana.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 12 characters.</source>
        <translation>Lösenfrasen måste ha minst 12 tecken.</translation>
    </message>
    <message>
        <source>set</source>
        <translation>angiven</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte angiven</translation>
    </message>
    <message>
        <source>set (new)</source>
        <translation>angiven (ny)</translation>
    </message>
    <message>
        <source>A passphrase is set; copies in the second folder are encrypted.</source>
        <translation>En lösenfras är angiven; kopiorna i den andra mappen krypteras.</translation>
    </message>
    <message>
        <source>No passphrase set: nothing is copied to the second folder.</source>
        <translation>Ingen lösenfras är angiven: ingenting kopieras till den andra mappen.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Säkerhetskopierar…</translation>
    </message>
    <message>
        <source>No verified backup yet.</source>
        <translation>Det finns ingen kontrollerad säkerhetskopia ännu.</translation>
    </message>
    <message>
        <source>%1, %2, verified.</source>
        <translation>%1, %2, kontrollerad.</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Senaste försöket: %1</translation>
    </message>
    <message>
        <source>The demo database is not backed up.</source>
        <translation>Demodatabasen säkerhetskopieras inte.</translation>
    </message>
</context>
<context>
    <name>lotsen::CalendarWeeksDialog</name>
    <message>
        <source>Export my planned contacts</source>
        <translation>Exportera mina planerade kontakter</translation>
    </message>
    <message>
        <source>Your planned contacts, plan reviews and follow-ups from today, as a calendar file. The entries name the youth by first name only, with a Lotsen reference.</source>
        <translation>Dina planerade kontakter, uppföljningar av planer och uppföljningar efter avslut från och med idag, som en kalenderfil. Posterna anger ungdomen bara med förnamn och en referens i Lotsen.</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> veckor</translation>
    </message>
    <message>
        <source>&amp;Weeks ahead:</source>
        <translation>&amp;Veckor framåt:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
</context>
<context>
    <name>lotsen::CentreSettings</name>
    <message>
        <source>The meeting place</source>
        <translation>Mötesplatsen</translation>
    </message>
    <message>
        <source>The settings could not be saved: the database is busy or cannot be written.</source>
        <translation>Inställningarna kunde inte sparas: databasen är upptagen eller går inte att skriva till.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Inställningarna kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>The settings were not saved, because the access log could not record the change: %1</source>
        <translation>Inställningarna sparades inte, eftersom åtkomstloggen inte kunde registrera ändringen: %1</translation>
    </message>
    <message>
        <source>The settings could not be saved: the database could not be written.</source>
        <translation>Inställningarna kunde inte sparas: det gick inte att skriva till databasen.</translation>
    </message>
    <message>
        <source>Centre name</source>
        <translation>Mötesplatsens namn</translation>
    </message>
    <message>
        <source>Logo on printouts</source>
        <translation>Logotyp på utskrifter</translation>
    </message>
    <message>
        <source>Next plan review after (weeks)</source>
        <translation>Nästa uppföljning av planen efter (veckor)</translation>
    </message>
    <message>
        <source>Timeline entries can be changed by anyone for (hours)</source>
        <translation>Poster i tidslinjen kan ändras av alla under (timmar)</translation>
    </message>
    <message>
        <source>Today: active youth without contact for more than (days)</source>
        <translation>Idag: aktiv ungdom utan kontakt i mer än (dagar)</translation>
    </message>
    <message>
        <source>Today: prospect without contact for more than (days)</source>
        <translation>Idag: ungdom i uppsökande verksamhet utan kontakt i mer än (dagar)</translation>
    </message>
    <message>
        <source>Today: referral without an answer after (days)</source>
        <translation>Idag: remiss utan svar efter (dagar)</translation>
    </message>
    <message>
        <source>Today: consent that ends within (days)</source>
        <translation>Idag: samtycke som upphör inom (dagar)</translation>
    </message>
    <message>
        <source>Lock Lotsen after no input for (minutes)</source>
        <translation>Lås Lotsen efter ingen aktivitet på (minuter)</translation>
    </message>
    <message>
        <source>Follow-ups after exit (e.g. 4w, 6m, 12m)</source>
        <translation>Uppföljningar efter avslut (t.ex. 4w, 6m, 12m)</translation>
    </message>
    <message>
        <source>A follow-up may be closed as not reached after (unanswered attempts)</source>
        <translation>En uppföljning får avslutas som ej nådd efter (obesvarade försök)</translation>
    </message>
    <message>
        <source>Ask about disability and foreign background at entry</source>
        <translation>Fråga om funktionsnedsättning och utländsk bakgrund vid inskrivning</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projektets namn</translation>
    </message>
    <message>
        <source>Project start</source>
        <translation>Projektstart</translation>
    </message>
    <message>
        <source>Project end</source>
        <translation>Projektslut</translation>
    </message>
    <message>
        <source>Planned participants</source>
        <translation>Planerat antal deltagare</translation>
    </message>
    <message>
        <source>Cull personal data after the last period and entry (years)</source>
        <translation>Gallra personuppgifter efter senaste inskrivningsperiod och senaste post (år)</translation>
    </message>
    <message>
        <source>Cull prospects who never enrolled after their last entry (months)</source>
        <translation>Gallra uppsökta som aldrig skrevs in efter deras senaste post (månader)</translation>
    </message>
    <message>
        <source>Keep the access log for (years)</source>
        <translation>Behåll åtkomstloggen i (år)</translation>
    </message>
    <message>
        <source>Retention decision</source>
        <translation>Gallringsbeslut</translation>
    </message>
    <message>
        <source>“%1”: changed by %2 at %3</source>
        <translation>”%1”: ändrad av %2 %3</translation>
    </message>
    <message>
        <source>“%1”: changed by someone else at %2</source>
        <translation>”%1”: ändrad av någon annan %2</translation>
    </message>
    <message>
        <source>“%1”: changed by %2</source>
        <translation>”%1”: ändrad av %2</translation>
    </message>
    <message>
        <source>“%1”: changed by someone else</source>
        <translation>”%1”: ändrad av någon annan</translation>
    </message>
    <message numerus="yes">
        <source>Someone else changed %n of the settings you are saving, after you opened them. Nothing of yours was saved.</source>
        <translation>
            <numerusform>Någon annan ändrade %n av inställningarna du sparar efter att du öppnade dem. Inget av ditt sparades.</numerusform>
            <numerusform>Någon annan ändrade %n av inställningarna du sparar efter att du öppnade dem. Inget av ditt sparades.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotsen::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Byt mitt lösenord</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Nuvarande lösenord:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>N&amp;ytt lösenord:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Upprepa det nya lösenordet:</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>&amp;Byt lösenord</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose a new one that only you know before you continue.</source>
        <translation>Ditt lösenord har valts av en administratör. Välj ett nytt som bara du känner till innan du fortsätter.</translation>
    </message>
    <message>
        <source>At least %1 characters; a passphrase of a few words is easy to remember.</source>
        <translation>Minst %1 tecken; en lösenfras med några ord är lätt att komma ihåg.</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation>Tillräckligt starkt.</translation>
    </message>
    <message>
        <source>Nobody is logged in.</source>
        <translation>Ingen är inloggad.</translation>
    </message>
    <message>
        <source>The new password must have at least %1 characters.</source>
        <translation>Det nya lösenordet måste ha minst %1 tecken.</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the same password twice.</source>
        <translation>De två nya lösenorden är olika. Skriv samma lösenord två gånger.</translation>
    </message>
</context>
<context>
    <name>lotsen::ConsentDialog</name>
    <message>
        <source>Record consent – %1</source>
        <translation>Registrera samtycke – %1</translation>
    </message>
    <message>
        <source>Record a consent the youth has given. A consent is never deleted: when it is withdrawn, the date and a note are recorded and it stays in the list.</source>
        <translation>Registrera ett samtycke som ungdomen har lämnat. Ett samtycke tas aldrig bort: när det återkallas registreras datum och en anteckning, och samtycket finns kvar i listan.</translation>
    </message>
    <message>
        <source>All relatives</source>
        <translation>Alla anhöriga</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose an organisation</source>
        <translation>Välj en organisation</translation>
    </message>
    <message>
        <source>What the consent covers</source>
        <translation>Vad samtycket omfattar</translation>
    </message>
    <message>
        <source>Who heard the youth give it (required for a verbal consent)</source>
        <translation>Vem som hörde ungdomen lämna det (krävs för ett muntligt samtycke)</translation>
    </message>
    <message>
        <source>Leave empty for a consent that holds until it is withdrawn.</source>
        <translation>Lämna tomt för ett samtycke som gäller tills det återkallas.</translation>
    </message>
    <message>
        <source>The youth</source>
        <translation>Ungdomen</translation>
    </message>
    <message>
        <source>%1 (legal guardian)</source>
        <translation>%1 (vårdnadshavare)</translation>
    </message>
    <message>
        <source>For a youth under 18, a legal guardian&apos;s consent can be recorded as well. Legal guardians are added in the network.</source>
        <translation>För en ungdom under 18 år kan även en vårdnadshavares samtycke registreras. Vårdnadshavare läggs till i nätverket.</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <source>&amp;Consent to:</source>
        <translation>&amp;Samtycke till:</translation>
    </message>
    <message>
        <source>&amp;Relative:</source>
        <translation>A&amp;nhörig:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Describe:</source>
        <translation>&amp;Beskriv:</translation>
    </message>
    <message>
        <source>Given o&amp;n:</source>
        <translation>&amp;Lämnat den:</translation>
    </message>
    <message>
        <source>&amp;Written or verbal:</source>
        <translation>S&amp;kriftligt eller muntligt:</translation>
    </message>
    <message>
        <source>Wi&amp;tness:</source>
        <translation>&amp;Vittne:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>Giltigt &amp;till och med:</translation>
    </message>
    <message>
        <source>Given &amp;by:</source>
        <translation>Lämnat &amp;av:</translation>
    </message>
    <message>
        <source>Staff memb&amp;er:</source>
        <translation>&amp;Medarbetare:</translation>
    </message>
</context>
<context>
    <name>lotsen::ConsentModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: all relatives</source>
        <translation>%1: alla anhöriga</translation>
    </message>
    <message>
        <source>Valid, last day today</source>
        <translation>Gäller, sista dagen idag</translation>
    </message>
    <message>
        <source>Valid, expires tomorrow</source>
        <translation>Gäller, upphör i morgon</translation>
    </message>
    <message numerus="yes">
        <source>Valid, expires in %n days</source>
        <translation>
            <numerusform>Gäller, upphör om %n dag</numerusform>
            <numerusform>Gäller, upphör om %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid, withdrawn from %1</source>
        <translation>Gäller, återkallas från och med %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Valid from %1</source>
        <translation>Gäller från och med %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Upphört</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>Återkallat %1</translation>
    </message>
    <message>
        <source>No longer valid: the youth decides from 18</source>
        <translation>Gäller inte längre: ungdomen bestämmer själv från 18 år</translation>
    </message>
    <message>
        <source>%1 (witness: %2)</source>
        <translation>%1 (vittne: %2)</translation>
    </message>
    <message>
        <source>Until withdrawn</source>
        <translation>Tills det återkallas</translation>
    </message>
    <message>
        <source>%1 (guardian)</source>
        <translation>%1 (vårdnadshavare)</translation>
    </message>
    <message>
        <source>The youth</source>
        <translation>Ungdomen</translation>
    </message>
    <message>
        <source>Withdrawn on %1: %2</source>
        <translation>Återkallat %1: %2</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Samtycke till</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Lämnat</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Giltigt till och med</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Lämnat av</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>lotsen::ConsentRepository</name>
    <message>
        <source>The person named in the consent is not in this youth&apos;s network.</source>
        <translation>Personen som anges i samtycket finns inte i ungdomens nätverk.</translation>
    </message>
    <message>
        <source>The consent could not be saved: %1</source>
        <translation>Samtycket kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>This consent no longer exists.</source>
        <translation>Samtycket finns inte längre.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn on %1.</source>
        <translation>Samtycket återkallades redan %1.</translation>
    </message>
    <message>
        <source>The consent cannot be withdrawn before it was given (%1).</source>
        <translation>Samtycket kan inte återkallas före det datum då det lämnades (%1).</translation>
    </message>
    <message>
        <source>The consent could not be withdrawn: %1</source>
        <translation>Samtycket kunde inte återkallas: %1</translation>
    </message>
    <message>
        <source>The consent could not be saved.</source>
        <translation>Samtycket kunde inte sparas.</translation>
    </message>
</context>
<context>
    <name>lotsen::ContactDialog</name>
    <message>
        <source>Log contact – %1</source>
        <translation>Registrera kontakt – %1</translation>
    </message>
    <message>
        <source>Change entry – %1</source>
        <translation>Ändra post – %1</translation>
    </message>
    <message>
        <source>Correct entry – %1</source>
        <translation>Rätta post – %1</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Ej angiven</translation>
    </message>
    <message>
        <source>What was said or agreed (optional)</source>
        <translation>Vad som sades eller bestämdes (frivilligt)</translation>
    </message>
    <message>
        <source>Lotsen reminds you on the Today page when this date comes without a contact.</source>
        <translation>Lotsen påminner dig på sidan Idag om det inte har blivit någon kontakt till det här datumet.</translation>
    </message>
    <message>
        <source>The original entry stays in the timeline; this correction refers to it.</source>
        <translation>Den ursprungliga posten finns kvar i tidslinjen; den här rättelsen hänvisar till den.</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;När:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ av kontakt:</translation>
    </message>
    <message>
        <source>With &amp;whom:</source>
        <translation>Med &amp;vem:</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>&amp;Medarbetare:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <source>&amp;Next planned contact:</source>
        <translation>Nästa &amp;planerade kontakt:</translation>
    </message>
    <message>
        <source>&amp;Record consent now…</source>
        <translation>&amp;Registrera samtycke nu…</translation>
    </message>
    <message>
        <source>Continue &amp;without consent…</source>
        <translation>Fortsätt &amp;utan samtycke…</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Ej namngiven</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Relative:</source>
        <translation>An&amp;hörig:</translation>
    </message>
    <message>
        <source>Without consent. Reason: %1</source>
        <translation>Utan samtycke. Skäl: %1</translation>
    </message>
    <message>
        <source>Consent given on %1 for contact with %2.</source>
        <translation>Samtycke lämnat %1 för kontakt med %2.</translation>
    </message>
    <message>
        <source>Consent given on %1 for contact with relatives.</source>
        <translation>Samtycke lämnat %1 för kontakt med anhöriga.</translation>
    </message>
    <message>
        <source>You will be asked what to do when you save.</source>
        <translation>Du får välja vad som ska hända när du sparar.</translation>
    </message>
    <message>
        <source>Record the youth&apos;s consent now, or continue without consent and write down why. Cancel goes back to the contact; nothing is saved.</source>
        <translation>Registrera ungdomens samtycke nu, eller fortsätt utan samtycke och skriv varför. Avbryt går tillbaka till kontakten; ingenting sparas.</translation>
    </message>
    <message>
        <source>No valid consent</source>
        <translation>Inget giltigt samtycke</translation>
    </message>
    <message>
        <source>The contact is not saved yet.</source>
        <translation>Kontakten är inte sparad ännu.</translation>
    </message>
    <message>
        <source>Continue without consent</source>
        <translation>Fortsätt utan samtycke</translation>
    </message>
    <message>
        <source>The contact is saved without consent, with your reason. The reason is kept with the entry and shown in the timeline.
Why is contact needed without the youth&apos;s consent?</source>
        <translation>Kontakten sparas utan samtycke, med ditt skäl. Skälet sparas med posten och visas i tidslinjen.
Varför behövs kontakt utan ungdomens samtycke?</translation>
    </message>
    <message>
        <source>Save without consent</source>
        <translation>Spara utan samtycke</translation>
    </message>
</context>
<context>
    <name>lotsen::ContactRepository</name>
    <message>
        <source>The contact could not be saved. Nothing was changed. (%1)</source>
        <translation>Kontakten kunde inte sparas. Ingenting har ändrats. (%1)</translation>
    </message>
    <message>
        <source>Choose the youth the contact was with.</source>
        <translation>Välj den ungdom som kontakten gällde.</translation>
    </message>
    <message>
        <source>Choose when the contact took place.</source>
        <translation>Välj när kontakten ägde rum.</translation>
    </message>
    <message>
        <source>The contact cannot be in the future. Plan it as the next contact instead.</source>
        <translation>Kontakten kan inte ligga i framtiden. Planera den som nästa kontakt i stället.</translation>
    </message>
    <message>
        <source>The next planned contact must be after this contact.</source>
        <translation>Nästa planerade kontakt måste ligga efter den här kontakten.</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>Posten finns inte längre.</translation>
    </message>
    <message>
        <source>This entry can no longer be changed. Write a correction instead; the original stays in the timeline.</source>
        <translation>Posten kan inte längre ändras. Skriv en rättelse i stället; den ursprungliga posten finns kvar i tidslinjen.</translation>
    </message>
    <message>
        <source>An entry cannot be moved to another youth. Strike it out and log it again.</source>
        <translation>En post kan inte flyttas till en annan ungdom. Stryk den och registrera den på nytt.</translation>
    </message>
    <message>
        <source>A struck-out entry cannot be corrected. Log a new contact instead.</source>
        <translation>En struken post kan inte rättas. Registrera en ny kontakt i stället.</translation>
    </message>
    <message>
        <source>This entry is already struck out.</source>
        <translation>Posten är redan struken.</translation>
    </message>
    <message>
        <source>Write why the entry is struck out.</source>
        <translation>Skriv varför posten stryks.</translation>
    </message>
    <message>
        <source>The relative is not in this youth&apos;s network.</source>
        <translation>Den anhöriga finns inte i ungdomens nätverk.</translation>
    </message>
    <message numerus="yes">
        <source>The note is longer than %n character(s).</source>
        <translation>
            <numerusform>Anteckningen är längre än %n tecken.</numerusform>
            <numerusform>Anteckningen är längre än %n tecken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotsen::Database</name>
    <message>
        <source>%1 is a folder, not a Lotsen database file.</source>
        <translation>%1 är en mapp, inte en Lotsen-databasfil.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Mappen %1 kunde inte skapas.</translation>
    </message>
    <message>
        <source>The database %1 is read-only, or its folder is. Lotsen needs to write to it. Copy the file to a folder where you may write, or ask for write permission.</source>
        <translation>Databasen %1 eller dess mapp är skrivskyddad. Lotsen behöver kunna skriva i den. Kopiera filen till en mapp där du har skrivbehörighet, eller be om skrivbehörighet.</translation>
    </message>
    <message>
        <source>The database %1 could not be read: %2</source>
        <translation>Databasen %1 kunde inte läsas: %2</translation>
    </message>
    <message>
        <source>%1 is not a Lotsen database, or its beginning is damaged. It has not been changed.</source>
        <translation>%1 är inte en Lotsen-databas, eller så är filens början skadad. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>The database %1 is already open in another Lotsen window (process %2 on %3). Close that window first, or open another file.</source>
        <translation>Databasen %1 är redan öppen i ett annat Lotsen-fönster (process %2 på %3). Stäng det fönstret först, eller öppna en annan fil.</translation>
    </message>
    <message>
        <source>The database %1 could not be prepared: %2</source>
        <translation>Databasen %1 kunde inte förberedas: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged. It has not been changed. Restore the latest backup, or open another file.</source>
        <translation>Databasen %1 är skadad. Den har inte ändrats. Återställ den senaste säkerhetskopian, eller öppna en annan fil.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Lotsen database. It has not been changed.</source>
        <translation>%1 är en databas från ett annat program, inte en Lotsen-databas. Den har inte ändrats.</translation>
    </message>
    <message>
        <source>The database %1 was saved by a newer version of Lotsen (schema %2; this version understands up to %3). Install the newer Lotsen, or open another file. The file has not been changed.</source>
        <translation>Databasen %1 har sparats av en nyare version av Lotsen (schema %2; den här versionen klarar upp till %3). Installera den nyare versionen av Lotsen, eller öppna en annan fil. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>the file system does not support WAL journaling</source>
        <translation>filsystemet har inte stöd för WAL-journalföring</translation>
    </message>
    <message>
        <source>Before updating the database Lotsen makes a backup, and that failed: %1. The database has not been changed.</source>
        <translation>Innan databasen uppdateras gör Lotsen en säkerhetskopia, och det misslyckades: %1. Databasen har inte ändrats.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Migrering %1 saknas i den här versionen.</translation>
    </message>
    <message>
        <source>The database could not be updated: %1</source>
        <translation>Databasen kunde inte uppdateras: %1</translation>
    </message>
    <message>
        <source>The database could not be updated to version %1: %2. Nothing was changed.</source>
        <translation>Databasen kunde inte uppdateras till version %1: %2. Ingenting har ändrats.</translation>
    </message>
    <message>
        <source>The updated database has broken references.</source>
        <translation>Den uppdaterade databasen har brutna referenser.</translation>
    </message>
    <message>
        <source>the backup copy failed its integrity check</source>
        <translation>säkerhetskopian klarade inte integritetskontrollen</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Databasen %1 finns inte.</translation>
    </message>
    <message>
        <source>The database %1 was saved by an older version of Lotsen. Open it in Lotsen once to update it, then try again.</source>
        <translation>Databasen %1 har sparats av en äldre version av Lotsen. Öppna den en gång i Lotsen så att den uppdateras, och försök sedan igen.</translation>
    </message>
    <message>
        <source>The database %1 is damaged. Close Lotsen and restore the latest backup; until then, do not rely on what it shows.</source>
        <translation>Databasen %1 är skadad. Stäng Lotsen och återställ den senaste säkerhetskopian; lita inte på det som visas tills dess.</translation>
    </message>
    <message>
        <source>The database %1 could not be created: %2</source>
        <translation>Databasen %1 kunde inte skapas: %2</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>ingen databas är öppen</translation>
    </message>
    <message>
        <source>The database file or its folder is read-only.</source>
        <translation>Databasfilen eller dess mapp är skrivskyddad.</translation>
    </message>
    <message>
        <source>The disk could not be read or written.</source>
        <translation>Disken kunde inte läsas eller skrivas.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>Databasfilen är skadad.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Disken är full.</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>Databasen rapporterade ett fel.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The database %1 could not be checked.</source>
        <translation>Databasen %1 kunde inte kontrolleras.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation>Databasen %1 kunde inte öppnas.</translation>
    </message>
    <message>
        <source>The database %1 is empty (0 bytes), so it holds no Lotsen data. It has not been changed. Check the path, or restore the latest backup.</source>
        <translation>Databasen %1 är tom (0 byte) och innehåller alltså inga uppgifter från Lotsen. Den har inte ändrats. Kontrollera sökvägen eller återställ den senaste säkerhetskopian.</translation>
    </message>
    <message>
        <source>The database %1 was not closed properly. Open it in Lotsen once, then try again. It has not been changed.</source>
        <translation>Databasen %1 stängdes inte korrekt. Öppna den i Lotsen en gång och försök sedan igen. Den har inte ändrats.</translation>
    </message>
    <message>
        <source>The database %1 could not be prepared.</source>
        <translation>Databasen %1 kunde inte förberedas.</translation>
    </message>
    <message>
        <source>Another program is writing to the database (for example a backup tool). Try again in a moment.</source>
        <translation>Ett annat program skriver i databasen (till exempel ett program för säkerhetskopiering). Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The database server does not answer, or the connection to it was lost. Check the network and try again.</source>
        <translation>Databasservern svarar inte, eller så bröts anslutningen till den. Kontrollera nätverket och försök igen.</translation>
    </message>
    <message>
        <source>The database server refused the login: the user name or password is wrong.</source>
        <translation>Databasservern nekade inloggningen: användarnamnet eller lösenordet är fel.</translation>
    </message>
    <message>
        <source>The database server does not allow this account to do that.</source>
        <translation>Databasservern tillåter inte att det här kontot gör det.</translation>
    </message>
    <message>
        <source>Someone else is saving the same data at this moment. Try again in a moment.</source>
        <translation>Någon annan sparar samma uppgifter just nu. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The database server accepts no changes at the moment (read-only).</source>
        <translation>Databasservern tar inte emot några ändringar just nu (skrivskyddad).</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full.</source>
        <translation>Databasserverns disk är full.</translation>
    </message>
    <message>
        <source>The database does not exist on the server.</source>
        <translation>Databasen finns inte på servern.</translation>
    </message>
    <message>
        <source>%1 is not a database address Lotsen understands. Write it as postgresql://user@server:5432/database.</source>
        <translation>%1 är inte en databasadress som Lotsen förstår. Skriv den som postgresql://user@server:5432/database.</translation>
    </message>
    <message>
        <source>This Lotsen cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Den här Lotsen kan inte nå PostgreSQL-servrar: Qt:s PostgreSQL-drivrutin (QPSQL) är inte installerad.</translation>
    </message>
    <message>
        <source>The database %1 belongs to another program: it has tables, but not Lotsen&apos;s. It has not been changed.</source>
        <translation>Databasen %1 tillhör ett annat program: den har tabeller, men inte Lotsens. Den har inte ändrats.</translation>
    </message>
    <message>
        <source>The database %1 was set up by a newer version of Lotsen (schema %2; this version understands up to %3). Install the newer Lotsen. Nothing has been changed.</source>
        <translation>Databasen %1 har ställts i ordning av en nyare version av Lotsen (schema %2; den här versionen förstår upp till %3). Installera den nyare Lotsen. Ingenting har ändrats.</translation>
    </message>
    <message>
        <source>The database %1 is empty: it has not been set up for Lotsen yet.</source>
        <translation>Databasen %1 är tom: den har inte ställts i ordning för Lotsen än.</translation>
    </message>
    <message>
        <source>The database %1 was set up by an older version of Lotsen. Open it in Lotsen once to update it, then try again.</source>
        <translation>Databasen %1 har ställts i ordning av en äldre version av Lotsen. Öppna den i Lotsen en gång för att uppdatera den och försök sedan igen.</translation>
    </message>
    <message>
        <source>The database server at %1 does not answer (%2). Check the network and the address, then try again.</source>
        <translation>Databasservern på %1 svarar inte (%2). Kontrollera nätverket och adressen och försök sedan igen.</translation>
    </message>
    <message>
        <source>The database server refused the login of %1 to %2: the user name or password is wrong.</source>
        <translation>Databasservern nekade inloggningen för %1 till %2: användarnamnet eller lösenordet är fel.</translation>
    </message>
    <message>
        <source>The database %1 could not be updated: %2</source>
        <translation>Databasen %1 kunde inte uppdateras: %2</translation>
    </message>
    <message>
        <source>The database %1 has not been set up for this version of Lotsen, and this account may not change its structure. Ask whoever looks after the server to run &quot;lotsen setup-server&quot; with this version.</source>
        <translation>Databasen %1 har inte ställts i ordning för den här versionen av Lotsen, och det här kontot får inte ändra dess struktur. Be den som sköter servern att köra &quot;lotsen setup-server&quot; med den här versionen.</translation>
    </message>
    <message>
        <source>a shared database on a server is backed up with &quot;lotsen backup&quot; (pg_dump)</source>
        <translation>en delad databas på en server säkerhetskopieras med &quot;lotsen backup&quot; (pg_dump)</translation>
    </message>
</context>
<context>
    <name>lotsen::DatabaseLocationWidget</name>
    <message>
        <source>shared database %1</source>
        <translation>delad databas %1</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <source>A file on this PC…</source>
        <translation>En fil på den här datorn…</translation>
    </message>
    <message>
        <source>A shared database on the office&apos;s server…</source>
        <translation>En delad databas på kontorets server…</translation>
    </message>
    <message>
        <source>Data is kept in:</source>
        <translation>Uppgifterna sparas i:</translation>
    </message>
    <message>
        <source>the shared database %1</source>
        <translation>den delade databasen %1</translation>
    </message>
    <message>
        <source>the file %1 (only this PC)</source>
        <translation>filen %1 (bara den här datorn)</translation>
    </message>
    <message>
        <source>At the next start Lotsen opens %1 instead.</source>
        <translation>Vid nästa start öppnar Lotsen %1 i stället.</translation>
    </message>
    <message>
        <source>Open a Lotsen database</source>
        <translation>Öppna en Lotsen-databas</translation>
    </message>
    <message>
        <source>Lotsen databases (*.lotsen);;All files (*)</source>
        <translation>Lotsen-databaser (*.lotsen);;Alla filer (*)</translation>
    </message>
    <message>
        <source>The centre&apos;s shared database on the office&apos;s PostgreSQL server. Lotsen opens it at the next start; the database open now stays open until then.</source>
        <translation>Mötesplatsens delade databas på kontorets PostgreSQL-server. Lotsen öppnar den vid nästa start; databasen som är öppen nu förblir öppen till dess.</translation>
    </message>
</context>
<context>
    <name>lotsen::DocumentPrinter</name>
    <message>
        <source>Print preview</source>
        <translation>Förhandsgranska utskrift</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>Ingen skrivare</translation>
    </message>
    <message>
        <source>No printer is installed on this computer. Use Export PDF and print the file from another computer, or ask for a printer to be installed.</source>
        <translation>Det finns ingen skrivare installerad på den här datorn. Använd Exportera PDF och skriv ut filen från en annan dator, eller be om att få en skrivare installerad.</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Kan inte skriva ut</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>Det finns inget att skriva ut.</translation>
    </message>
    <message>
        <source>Lotsen shows and prints personal data only when the access log records it, and it cannot do so now.

%1</source>
        <translation>Lotsen visar och skriver ut personuppgifter bara när åtkomstloggen registrerar det, och det går inte just nu.

%1</translation>
    </message>
    <message>
        <source>File removed</source>
        <translation>Filen togs bort</translation>
    </message>
    <message>
        <source>%1 was removed again, because the access log could not record it.

%2</source>
        <translation>%1 togs bort igen, eftersom åtkomstloggen inte kunde registrera den.

%2</translation>
    </message>
</context>
<context>
    <name>lotsen::EnrolDialog</name>
    <message>
        <source>Enrol – %1</source>
        <translation>Skriv in – %1</translation>
    </message>
    <message>
        <source>Choose a mentor</source>
        <translation>Välj en mentor</translation>
    </message>
    <message>
        <source>The youth becomes an active participant from the start date.</source>
        <translation>Ungdomen blir aktiv deltagare från och med startdatumet.</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>&amp;Startdatum:</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>&amp;Mentor:</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>Skriv &amp;in</translation>
    </message>
    <message>
        <source>There are no mentors yet. Add them under Settings first.</source>
        <translation>Det finns inga mentorer ännu. Lägg först till dem under Inställningar.</translation>
    </message>
    <message>
        <source>Choose the mentor who takes over.</source>
        <translation>Välj den mentor som tar över.</translation>
    </message>
    <message>
        <source>Re-enrol – %1</source>
        <translation>Skriv in igen – %1</translation>
    </message>
    <message>
        <source>A new participation period starts. The earlier periods, plans and history stay on the card.</source>
        <translation>En ny deltagandeperiod börjar. Tidigare perioder, planer och historik finns kvar på kortet.</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>&amp;Remitterad av:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Situation at entry&lt;/b&gt; (&quot;Not known&quot; is a fine answer; it can be changed later)</source>
        <translation>&lt;b&gt;Situation vid inskrivning&lt;/b&gt; (”Okänt” går bra; det kan ändras senare)</translation>
    </message>
    <message>
        <source>&amp;Re-enrol</source>
        <translation>Skriv in &amp;igen</translation>
    </message>
</context>
<context>
    <name>lotsen::EnrolmentPeriodsModel</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <source>Reason for exit</source>
        <translation>Orsak till avslut</translation>
    </message>
    <message>
        <source>Situation at exit</source>
        <translation>Situation vid avslut</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>pågår</translation>
    </message>
</context>
<context>
    <name>lotsen::EnrolmentRepository</name>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Ingenting sparades: %1</translation>
    </message>
    <message>
        <source>This youth no longer exists in the database.</source>
        <translation>Ungdomen finns inte längre i databasen.</translation>
    </message>
    <message>
        <source>This youth is already taking part. A new period starts only after an exit.</source>
        <translation>Ungdomen deltar redan. En ny period börjar först efter ett avslut.</translation>
    </message>
    <message>
        <source>Choose the mentor who takes over.</source>
        <translation>Välj den mentor som tar över.</translation>
    </message>
    <message>
        <source>This participation period no longer exists in the database.</source>
        <translation>Deltagandeperioden finns inte längre i databasen.</translation>
    </message>
    <message>
        <source>Only coordinators and the youth&apos;s own mentor may see these answers.</source>
        <translation>Bara samordnare och ungdomens egen mentor får se de här svaren.</translation>
    </message>
    <message>
        <source>The answers are not shown, because the access log could not record that you read them: %1</source>
        <translation>Svaren visas inte, eftersom åtkomstloggen inte kunde registrera att du läste dem: %1</translation>
    </message>
    <message>
        <source>This youth has already exited. Re-enrol them to start a new period.</source>
        <translation>Ungdomen är redan avslutad. Skriv in hen igen för att börja en ny period.</translation>
    </message>
    <message>
        <source>This youth has never been enrolled, so there is no participation to end.</source>
        <translation>Ungdomen har aldrig skrivits in, så det finns inget deltagande att avsluta.</translation>
    </message>
    <message>
        <source>A step of the plan changed while the exit was being recorded. Close the dialog and try again.</source>
        <translation>Ett steg i planen ändrades medan avslutet registrerades. Stäng dialogen och försök igen.</translation>
    </message>
    <message>
        <source>An intervention changed while the exit was being recorded. Close the dialog and try again.</source>
        <translation>En insats ändrades medan avslutet registrerades. Stäng dialogen och försök igen.</translation>
    </message>
    <message>
        <source>Only coordinators can reopen an exit.</source>
        <translation>Bara samordnare kan ångra ett avslut.</translation>
    </message>
    <message>
        <source>This exit no longer exists in the database.</source>
        <translation>Avslutet finns inte längre i databasen.</translation>
    </message>
    <message>
        <source>This exit has already been reopened.</source>
        <translation>Avslutet är redan ångrat.</translation>
    </message>
    <message>
        <source>The youth has been enrolled again since this exit, so it can no longer be reopened.</source>
        <translation>Ungdomen har skrivits in igen efter avslutet, så det kan inte längre ångras.</translation>
    </message>
</context>
<context>
    <name>lotsen::EnrolmentTab</name>
    <message>
        <source>&amp;Enrol…</source>
        <translation>Skriv &amp;in…</translation>
    </message>
    <message>
        <source>E&amp;xit…</source>
        <translation>A&amp;vsluta…</translation>
    </message>
    <message>
        <source>End the participation: date, reason and situation at exit</source>
        <translation>Avsluta deltagandet: datum, orsak och situation vid avslut</translation>
    </message>
    <message>
        <source>Change situation at &amp;entry…</source>
        <translation>Ändra situation vid &amp;inskrivning…</translation>
    </message>
    <message>
        <source>Re&amp;open exit…</source>
        <translation>Ån&amp;gra avslut…</translation>
    </message>
    <message>
        <source>For an exit made by mistake (coordinators)</source>
        <translation>För ett avslut som gjorts av misstag (samordnare)</translation>
    </message>
    <message>
        <source>Record &amp;follow-up…</source>
        <translation>Registrera &amp;uppföljning…</translation>
    </message>
    <message>
        <source>Participation periods</source>
        <translation>Deltagandeperioder</translation>
    </message>
    <message>
        <source>Follow-ups after exit</source>
        <translation>Uppföljningar efter avslut</translation>
    </message>
    <message>
        <source>Not enrolled yet. A prospect becomes a participant with Enrol…, which asks for the start date, the mentor and the situation at entry.</source>
        <translation>Inte inskriven än. En ungdom i uppsökande verksamhet blir deltagare med Skriv in…, som frågar efter startdatum, mentor och situation vid inskrivning.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Follow-ups after exit&lt;/b&gt;</source>
        <translation>&lt;b&gt;Uppföljningar efter avslut&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Participation periods&lt;/b&gt;</source>
        <translation>&lt;b&gt;Deltagandeperioder&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Re-enrol…</source>
        <translation>Skriv in &amp;igen…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Period from %1&lt;/b&gt; · mentor %2 · referred by %3 · %n day(s) in the programme</source>
        <translation>
            <numerusform>&lt;b&gt;Period från %1&lt;/b&gt; · mentor %2 · remitterad av %3 · %n dag i verksamheten</numerusform>
            <numerusform>&lt;b&gt;Period från %1&lt;/b&gt; · mentor %2 · remitterad av %3 · %n dagar i verksamheten</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>At entry: %1 · without work or studies: %2 · education: %3 (%4) · income: %5 · KAA group: %6</source>
        <translation>Vid inskrivning: %1 · utan arbete eller studier: %2 · utbildning: %3 (%4) · inkomst: %5 · KAA-gruppen: %6</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Exit %1: %2</source>
        <translation>Avslut %1: %2</translation>
    </message>
    <message>
        <source> (to %1)</source>
        <translation> (till %1)</translation>
    </message>
    <message>
        <source> · situation at exit: %1</source>
        <translation> · situation vid avslut: %1</translation>
    </message>
    <message>
        <source> · qualification: %1</source>
        <translation> · merit: %1</translation>
    </message>
    <message>
        <source> · no qualification</source>
        <translation> · ingen merit</translation>
    </message>
    <message>
        <source> · no follow-up</source>
        <translation> · ingen uppföljning</translation>
    </message>
    <message>
        <source> · recorded by %1</source>
        <translation> · registrerat av %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>&lt;i&gt;reopened %1 by %2: %3&lt;/i&gt;</source>
        <translation>&lt;i&gt;ångrat %1 av %2: %3&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Situation at entry</source>
        <translation>Situation vid inskrivning</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Add to calendar…</source>
        <translation>Lägg i kalendern…</translation>
    </message>
    <message>
        <source>Save the selected follow-up as a calendar file (.ics), with the youth&apos;s first name only</source>
        <translation>Spara den markerade uppföljningen som en kalenderfil (.ics), med bara ungdomens förnamn</translation>
    </message>
</context>
<context>
    <name>lotsen::EntrySituationDialog</name>
    <message>
        <source>Situation at entry, %1</source>
        <translation>Situation vid inskrivning, %1</translation>
    </message>
</context>
<context>
    <name>lotsen::EntrySituationForm</name>
    <message>
        <source>Yes (set by hand)</source>
        <translation>Ja (angivet för hand)</translation>
    </message>
    <message>
        <source>No (set by hand)</source>
        <translation>Nej (angivet för hand)</translation>
    </message>
    <message>
        <source>The municipality&apos;s activity responsibility (KAA): under 20 and not in or finished with upper secondary school. Derived from the birth date and education; set it by hand when you know better.</source>
        <translation>Kommunens aktivitetsansvar (KAA): under 20 år och varken går eller har gått ut gymnasiet. Räknas fram ur födelsedatum och utbildning; ange det för hand när du vet bättre.</translation>
    </message>
    <message>
        <source>Labour-market &amp;situation:</source>
        <translation>&amp;Situation på arbetsmarknaden:</translation>
    </message>
    <message>
        <source>&amp;Time without work or studies:</source>
        <translation>&amp;Tid utan arbete eller studier:</translation>
    </message>
    <message>
        <source>Highest completed &amp;education:</source>
        <translation>Högsta avslutade &amp;utbildning:</translation>
    </message>
    <message>
        <source>&amp;Income:</source>
        <translation>&amp;Inkomst:</translation>
    </message>
    <message>
        <source>In the &amp;KAA group:</source>
        <translation>I &amp;KAA-gruppen:</translation>
    </message>
    <message>
        <source>Special-category data: only coordinators and the youth&apos;s own mentor see these answers, and every time they are shown it is logged.</source>
        <translation>Känsliga personuppgifter: bara samordnare och ungdomens egen mentor ser de här svaren, och varje gång de visas loggas det.</translation>
    </message>
    <message>
        <source>&amp;Disability:</source>
        <translation>&amp;Funktionsnedsättning:</translation>
    </message>
    <message>
        <source>&amp;Foreign background:</source>
        <translation>Utländsk &amp;bakgrund:</translation>
    </message>
    <message>
        <source>Yes (derived)</source>
        <translation>Ja (framräknat)</translation>
    </message>
    <message>
        <source>No (derived)</source>
        <translation>Nej (framräknat)</translation>
    </message>
</context>
<context>
    <name>lotsen::EraseYouthDialog</name>
    <message>
        <source>Erase personal data</source>
        <translation>Radera personuppgifter</translation>
    </message>
    <message>
        <source>The youth&apos;s name, personal number, contact details, address, notes, plan texts, network and the texts of consents and entries are erased now, for good. What the reports count stays, without a name. This cannot be undone, and the erasure is logged.</source>
        <translation>Ungdomens namn, personnummer, kontaktuppgifter, adress, anteckningar, texter i handlingsplanen, nätverk och texterna i samtycken och poster raderas nu för alltid. Det som räknas i rapporterna finns kvar, utan namn. Det går inte att ångra, och raderingen loggas.</translation>
    </message>
    <message>
        <source>Reason for the erasure</source>
        <translation>Skäl till raderingen</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Ditt lösenord</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Radera</translation>
    </message>
    <message>
        <source>&amp;Why is the data erased?</source>
        <translation>&amp;Varför raderas uppgifterna?</translation>
    </message>
    <message>
        <source>Confirm with your &amp;password:</source>
        <translation>Bekräfta med ditt &amp;lösenord:</translation>
    </message>
    <message>
        <source>Only an administrator may erase personal data.</source>
        <translation>Bara en administratör får radera personuppgifter.</translation>
    </message>
    <message>
        <source>This youth has an ongoing enrolment period. End it with an exit first; then the data can be erased.</source>
        <translation>Den här ungdomen har en pågående inskrivningsperiod. Avsluta den först; sedan kan uppgifterna raderas.</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Radera personuppgifter…</translation>
    </message>
    <message>
        <source>Erase this youth&apos;s personal data on request (administrators)</source>
        <translation>Radera ungdomens personuppgifter på begäran (administratörer)</translation>
    </message>
    <message>
        <source>e.g. request received 2026-03-01, case no. 123 (no names)</source>
        <translation>t.ex. begäran inkom 2026-03-01, dnr 123 (inga namn)</translation>
    </message>
</context>
<context>
    <name>lotsen::ExitDialog</name>
    <message>
        <source>Exit – %1</source>
        <translation>Avsluta – %1</translation>
    </message>
    <message>
        <source>Choose the reason</source>
        <translation>Välj orsak</translation>
    </message>
    <message>
        <source>Choose the actor</source>
        <translation>Välj aktör</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Which: e.g. grades in Swedish, a forklift licence</source>
        <translation>Vilken: t.ex. betyg i svenska, truckkort</translation>
    </message>
    <message>
        <source>The youth agrees to be contacted for follow-up</source>
        <translation>Ungdomen går med på att bli kontaktad för uppföljning</translation>
    </message>
    <message>
        <source>Follow-ups are then due %1 after the exit date.</source>
        <translation>Uppföljningar görs då %1 efter avslutsdatumet.</translation>
    </message>
    <message>
        <source>E&amp;xit date:</source>
        <translation>&amp;Avslutsdatum:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <source>&amp;Handed over to:</source>
        <translation>&amp;Överlämnad till:</translation>
    </message>
    <message>
        <source>&amp;Describe:</source>
        <translation>&amp;Beskriv:</translation>
    </message>
    <message>
        <source>&amp;Situation at exit:</source>
        <translation>&amp;Situation vid avslut:</translation>
    </message>
    <message>
        <source>&amp;Type of studies:</source>
        <translation>&amp;Typ av studier:</translation>
    </message>
    <message>
        <source>&amp;Qualification gained:</source>
        <translation>&amp;Merit under perioden:</translation>
    </message>
    <message>
        <source>&amp;Which:</source>
        <translation>&amp;Vilken:</translation>
    </message>
    <message>
        <source>Open work: what became of it?</source>
        <translation>Pågående arbete: hur gick det?</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gjord</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Struket</translation>
    </message>
    <message>
        <source>(step without description)</source>
        <translation>(steg utan beskrivning)</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Steg: %1</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fullföljd</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Intervention: %1</source>
        <translation>Insats: %1</translation>
    </message>
    <message>
        <source>%1 (sent %2)</source>
        <translation>%1 (skickad %2)</translation>
    </message>
    <message>
        <source>Referrals still waiting for an answer: %1. They stay open; record the answers when they come.</source>
        <translation>Remisser som väntar på svar: %1. De står kvar; registrera svaren när de kommer.</translation>
    </message>
    <message>
        <source>The current action plan version is frozen at the exit.</source>
        <translation>Den aktuella versionen av handlingsplanen låses vid avslutet.</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>This youth has already exited.</source>
        <translation>Ungdomen är redan avslutad.</translation>
    </message>
    <message>
        <source>This youth has never been enrolled, so there is no participation to end.</source>
        <translation>Ungdomen har aldrig skrivits in, så det finns inget deltagande att avsluta.</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Välj</translation>
    </message>
    <message>
        <source>Choose the reason for the exit.</source>
        <translation>Välj orsak till avslutet.</translation>
    </message>
    <message>
        <source>Say for each open step whether it was done or cancelled.</source>
        <translation>Ange för varje pågående steg om det blev gjort eller struket.</translation>
    </message>
    <message>
        <source>Say for each open intervention whether it was completed or interrupted.</source>
        <translation>Ange för varje pågående insats om den fullföljdes eller avbröts.</translation>
    </message>
</context>
<context>
    <name>lotsen::ExportListDialog</name>
    <message>
        <source>Export list</source>
        <translation>Exportera lista</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) as shown on screen, </source>
        <translation>
            <numerusform>%n rad som den visas på skärmen, </numerusform>
            <numerusform>%n rader som de visas på skärmen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s).</source>
        <translation>
            <numerusform>%n kolumn.</numerusform>
            <numerusform>%n kolumner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Urval: %1</translation>
    </message>
    <message>
        <source>&amp;Excel workbook (.xlsx): numbers and dates you can sort and sum</source>
        <translation>&amp;Excel-arbetsbok (.xlsx): tal och datum som du kan sortera och summera</translation>
    </message>
    <message>
        <source>&amp;CSV for Excel in Swedish (.csv): semicolons, decimal comma</source>
        <translation>&amp;CSV för svenskt Excel (.csv): semikolon, decimalkomma</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>The list contains personal data. The export is recorded in the access log with your name, and only your own login on this PC can open the file. Keep it as the centre&apos;s rules say, and delete it when it is no longer needed.</source>
        <translation>Listan innehåller personuppgifter. Exporten registreras i åtkomstloggen med ditt namn, och bara ditt eget användarkonto på den här datorn kan öppna filen. Förvara den enligt mötesplatsens regler och radera den när den inte längre behövs.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Välj fil…</translation>
    </message>
</context>
<context>
    <name>lotsen::FirstStartDialog</name>
    <message>
        <source>Welcome to Lotsen</source>
        <translation>Välkommen till Lotsen</translation>
    </message>
    <message>
        <source>This database is new. Enter your centre&apos;s name and create the first administrator account: it can create accounts for the rest of the staff afterwards.</source>
        <translation>Den här databasen är ny. Ange mötesplatsens namn och skapa det första administratörskontot: med det kan du sedan skapa konton åt resten av personalen.</translation>
    </message>
    <message>
        <source>e.g. Mötesplats Hisingen</source>
        <translation>t.ex. Mötesplats Hisingen</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>För- och efternamn</translation>
    </message>
    <message>
        <source>What you type to log in, e.g. your first name</source>
        <translation>Det du skriver när du loggar in, t.ex. ditt förnamn</translation>
    </message>
    <message>
        <source>&amp;Centre&apos;s name:</source>
        <translation>&amp;Mötesplatsens namn:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ditt namn:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>A&amp;nvändarnamn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Upprepa lösenordet:</translation>
    </message>
    <message>
        <source>Create &amp;administrator</source>
        <translation>&amp;Skapa administratör</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Enter the centre&apos;s name; it is printed on plans and lists.</source>
        <translation>Ange mötesplatsens namn; det skrivs ut på planer och listor.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Ange ditt namn.</translation>
    </message>
    <message>
        <source>Choose a user name.</source>
        <translation>Välj ett användarnamn.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Lösenordet måste ha minst %1 tecken.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>De två lösenorden är olika. Skriv samma lösenord två gånger.</translation>
    </message>
    <message>
        <source>Centre name not saved</source>
        <translation>Mötesplatsens namn sparades inte</translation>
    </message>
    <message>
        <source>The centre&apos;s name could not be saved: %1. It can be set on the Settings page.</source>
        <translation>Mötesplatsens namn kunde inte sparas: %1. Det kan anges på sidan Inställningar.</translation>
    </message>
</context>
<context>
    <name>lotsen::FirstStartTour</name>
    <message>
        <source>Tour of Lotsen</source>
        <translation>Rundtur i Lotsen</translation>
    </message>
    <message>
        <source>Welcome to Lotsen</source>
        <translation>Välkommen till Lotsen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Lotsen helps you follow every young person at the meeting place, so that no one falls between the chairs.&lt;/p&gt;&lt;p&gt;Everything about a youth is in one place: contacts, the action plan, interventions, consents, exit and follow-up. Lotsen needs no internet: the data stays on this PC or on your centre&apos;s own server.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lotsen hjälper dig att följa varje ung person på mötesplatsen, så att ingen hamnar mellan stolarna.&lt;/p&gt;&lt;p&gt;Allt om en ungdom finns på ett ställe: kontakter, handlingsplanen, insatser, samtycken, avslut och uppföljning. Lotsen behöver inget internet: uppgifterna stannar på den här datorn eller på mötesplatsens egen server.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Today is your work list</source>
        <translation>Sidan Idag är din arbetslista</translation>
    </message>
    <message>
        <source>&lt;p&gt;Lotsen opens on &lt;b&gt;Today&lt;/b&gt;. It lists every youth who needs attention now, with the reason: no contact for too long, calls without answer, a planned contact or a plan review that is due, a follow-up after exit, a consent that ends soon.&lt;/p&gt;&lt;p&gt;Choose a youth and log a contact, log an attempt, or snooze the reason to a date with an explanation. A reason leaves the list when it is dealt with.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lotsen öppnas på &lt;b&gt;Idag&lt;/b&gt;. Där visas varje ungdom som behöver uppmärksammas nu, med skälet: ingen kontakt på för länge, samtal utan svar, en planerad kontakt eller en uppföljning av planen som ska göras, en uppföljning efter avslut, ett samtycke som snart upphör.&lt;/p&gt;&lt;p&gt;Välj en ungdom och registrera en kontakt, registrera ett kontaktförsök eller skjut upp skälet till ett datum med en förklaring. Ett skäl försvinner från listan när det är åtgärdat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The youth card and the action plan</source>
        <translation>Ungdomens kort och handlingsplanen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Open a youth from Today or from &lt;b&gt;Youths&lt;/b&gt; (Ctrl+F searches). The card has tabs: personal data, action plan, timeline, interventions, network and consent, enrolment and exit.&lt;/p&gt;&lt;p&gt;The action plan is written with the youth, in their own words. Print it for signing; &lt;b&gt;Revise plan&lt;/b&gt; keeps the earlier version unchanged.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Öppna en ungdoms kort från Idag eller från &lt;b&gt;Ungdomar&lt;/b&gt; (Ctrl+F söker). Kortet har flikar: personuppgifter, handlingsplan, tidslinje, insatser, nätverk och samtycke, inskrivning och avslut.&lt;/p&gt;&lt;p&gt;Handlingsplanen skrivs tillsammans med ungdomen, med ungdomens egna ord. Skriv ut den för underskrift; &lt;b&gt;Revidera planen&lt;/b&gt; behåller den tidigare versionen oförändrad.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Help is always under %1</source>
        <translation>Hjälpen finns alltid under %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Press &lt;b&gt;%1&lt;/b&gt; on any page and the user guide opens at that page. Help › Keyboard shortcuts lists every shortcut, and Help › Tour of Lotsen shows this tour again.&lt;/p&gt;&lt;p&gt;Lock Lotsen with &lt;b&gt;Ctrl+L&lt;/b&gt; when you leave the PC.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tryck på &lt;b&gt;%1&lt;/b&gt; på vilken sida som helst så öppnas användarhandboken på den sidan. Hjälp › Kortkommandon visar alla kortkommandon, och Hjälp › Rundtur i Lotsen visar den här rundturen igen.&lt;/p&gt;&lt;p&gt;Lås Lotsen med &lt;b&gt;Ctrl+L&lt;/b&gt; när du lämnar datorn.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Read the guide: getting started</source>
        <translation>Läs handboken: kom igång</translation>
    </message>
    <message>
        <source>&amp;Skip tour</source>
        <translation>&amp;Hoppa över rundturen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tillbaka</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nästa</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Klar</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>lotsen::FollowUpDialog</name>
    <message>
        <source>Follow-up – %1</source>
        <translation>Uppföljning – %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 after exit&lt;/b&gt;, due %2</source>
        <translation>&lt;b&gt;%1 efter avslut&lt;/b&gt;, ska göras %2</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>No attempts yet.</source>
        <translation>Inga försök än.</translation>
    </message>
    <message>
        <source>Earlier attempts:
%1</source>
        <translation>Tidigare försök:
%1</translation>
    </message>
    <message>
        <source>Choose the situation</source>
        <translation>Välj situation</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Resultat:</translation>
    </message>
    <message>
        <source>&amp;Situation now:</source>
        <translation>&amp;Situation nu:</translation>
    </message>
    <message>
        <source>&amp;Type of studies:</source>
        <translation>&amp;Typ av studier:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <source>&amp;Save attempt</source>
        <translation>&amp;Spara försöket</translation>
    </message>
    <message>
        <source>Close as &amp;not reached</source>
        <translation>Avsluta som &amp;ej nådd</translation>
    </message>
    <message numerus="yes">
        <source>Possible after %n unanswered attempt(s); the follow-up then leaves Today.</source>
        <translation>
            <numerusform>Möjligt efter %n obesvarat försök; uppföljningen försvinner då från Idag.</numerusform>
            <numerusform>Möjligt efter %n obesvarade försök; uppföljningen försvinner då från Idag.</numerusform>
        </translation>
    </message>
    <message>
        <source>This follow-up no longer exists in the database.</source>
        <translation>Uppföljningen finns inte längre i databasen.</translation>
    </message>
    <message>
        <source>This follow-up is closed: %1.</source>
        <translation>Uppföljningen är avslutad: %1.</translation>
    </message>
    <message>
        <source>Close as not reached</source>
        <translation>Avsluta som ej nådd</translation>
    </message>
    <message>
        <source>Close this follow-up as not reached? It leaves Today and counts as not reached in the reports.</source>
        <translation>Avsluta uppföljningen som ej nådd? Den försvinner från Idag och räknas som ej nådd i rapporterna.</translation>
    </message>
</context>
<context>
    <name>lotsen::FollowUpRepository</name>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Ingenting sparades: %1</translation>
    </message>
    <message>
        <source>This follow-up no longer exists in the database.</source>
        <translation>Uppföljningen finns inte längre i databasen.</translation>
    </message>
</context>
<context>
    <name>lotsen::FollowUpsModel</name>
    <message>
        <source>Due</source>
        <translation>Ska göras</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Försök</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>%1 after exit</source>
        <translation>%1 efter avslut</translation>
    </message>
</context>
<context>
    <name>lotsen::GroupActivityDialog</name>
    <message>
        <source>New group activity</source>
        <translation>Ny gruppaktivitet</translation>
    </message>
    <message>
        <source>Group activity – %1</source>
        <translation>Gruppaktivitet – %1</translation>
    </message>
    <message>
        <source>e.g. study visit, lecture, fika, workshop</source>
        <translation>t.ex. studiebesök, föreläsning, fika, workshop</translation>
    </message>
    <message>
        <source>e.g. the meeting place, the folk high school</source>
        <translation>t.ex. mötesplatsen, folkhögskolan</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Ej angiven</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Aktivitet:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation>&amp;Ledare:</translation>
    </message>
</context>
<context>
    <name>lotsen::HelpWindow</name>
    <message>
        <source>Read more in the user guide (F1)</source>
        <translation>Läs mer i användarhandboken (F1)</translation>
    </message>
    <message>
        <source>Lotsen – user guide</source>
        <translation>Lotsen – användarhandbok</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Användarhandbok</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Bakåt</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Framåt</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>Search the guide (Ctrl+F)</source>
        <translation>Sök i handboken (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Sök i handboken</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Sök nästa</translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translation>Stäng handboken</translation>
    </message>
    <message>
        <source>en</source>
        <comment>The language of the user guide: sv in the Swedish translation (do not change)</comment>
        <translation>sv</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Hittades inte</translation>
    </message>
</context>
<context>
    <name>lotsen::ImportDialog</name>
    <message>
        <source>Import youths from CSV</source>
        <translation>Importera ungdomar från CSV</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ingen fil vald</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Välj fil…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>&amp;Remitterad av:</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(kolumn %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), separated by &quot;%1&quot;, %2</source>
        <translation>
            <numerusform>%n rad, avgränsare ”%1”, %2</numerusform>
            <numerusform>%n rader, avgränsare ”%1”, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1 · already registered: %2 · with errors (not imported): %3</source>
        <translation>Nya: %1 · redan registrerade: %2 · med fel (importeras inte): %3</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n youth(s)</source>
        <translation>
            <numerusform>&amp;Importera %n ungdom</numerusform>
            <numerusform>&amp;Importera %n ungdomar</numerusform>
        </translation>
    </message>
    <message>
        <source>Import youths</source>
        <translation>Importera ungdomar</translation>
    </message>
    <message>
        <source>There are no new, valid rows to import.</source>
        <translation>Det finns inga nya, giltiga rader att importera.</translation>
    </message>
    <message numerus="yes">
        <source>%n youth(s) imported as prospects, referred by %1.</source>
        <translation>
            <numerusform>%n ungdom har importerats med status Uppsökande, remitterad av %1.</numerusform>
            <numerusform>%n ungdomar har importerats med status Uppsökande, remitterade av %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already registered: %1. Not imported because of errors: %2.</source>
        <translation>Redan registrerade: %1. Importerades inte på grund av fel: %2.</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Filens kolumner</translation>
    </message>
</context>
<context>
    <name>lotsen::ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Already registered (%1)</source>
        <translation>Redan registrerad (%1)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Postal town</source>
        <translation>Postort</translation>
    </message>
</context>
<context>
    <name>lotsen::InterventionCatalogueModel</name>
    <message>
        <source>Youths with an ongoing participation in this intervention now</source>
        <translation>Ungdomar som just nu deltar i den här insatsen</translation>
    </message>
    <message>
        <source>Inactive: kept for the history, not offered for new participations</source>
        <translation>Inaktiv: finns kvar för historiken, erbjuds inte för nya deltaganden</translation>
    </message>
    <message>
        <source>the centre</source>
        <translation>mötesplatsen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anordnare</translation>
    </message>
    <message>
        <source>Typical length</source>
        <translation>Typisk längd</translation>
    </message>
    <message>
        <source>In it now</source>
        <translation>Deltar nu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>lotsen::InterventionDialog</name>
    <message>
        <source>New intervention</source>
        <translation>Ny insats</translation>
    </message>
    <message>
        <source>Intervention – %1</source>
        <translation>Insats – %1</translation>
    </message>
    <message>
        <source>e.g. Praktik via Arbetsförmedlingen</source>
        <translation>t.ex. Praktik via Arbetsförmedlingen</translation>
    </message>
    <message>
        <source>The centre itself</source>
        <translation>Mötesplatsen själv</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>What the youth does, who it suits, how to apply</source>
        <translation>Vad ungdomen gör, vem insatsen passar för, hur man söker</translation>
    </message>
    <message>
        <source>e.g. 8 weeks, one day, a term</source>
        <translation>t.ex. 8 veckor, en dag, en termin</translation>
    </message>
    <message>
        <source>Acti&amp;ve: offered for new participations</source>
        <translation>Akti&amp;v: erbjuds för nya deltaganden</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anordnare:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>T&amp;ypical length:</source>
        <translation>&amp;Typisk längd:</translation>
    </message>
    <message>
        <source>The intervention needs a name.</source>
        <translation>Insatsen måste ha ett namn.</translation>
    </message>
</context>
<context>
    <name>lotsen::InterventionRepository</name>
    <message>
        <source>Enter the intervention&apos;s name.</source>
        <translation>Ange insatsens namn.</translation>
    </message>
    <message>
        <source>The provider no longer exists. Choose another one.</source>
        <translation>Anordnaren finns inte längre. Välj en annan.</translation>
    </message>
    <message>
        <source>The intervention could not be saved: %1</source>
        <translation>Insatsen kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>This intervention no longer exists.</source>
        <translation>Insatsen finns inte längre.</translation>
    </message>
    <message>
        <source>Youths have taken part in this intervention, so it cannot be deleted. Deactivate it instead.</source>
        <translation>Ungdomar har deltagit i insatsen, så den kan inte tas bort. Inaktivera den i stället.</translation>
    </message>
    <message>
        <source>Choose the youth.</source>
        <translation>Välj ungdom.</translation>
    </message>
    <message>
        <source>Choose an intervention from the catalogue.</source>
        <translation>Välj en insats i katalogen.</translation>
    </message>
    <message>
        <source>The planned end cannot be before the start.</source>
        <translation>Det planerade slutet kan inte ligga före starten.</translation>
    </message>
    <message>
        <source>Enter the start date: the intervention has started.</source>
        <translation>Ange startdatum: insatsen har startat.</translation>
    </message>
    <message>
        <source>This participation no longer exists.</source>
        <translation>Deltagandet finns inte längre.</translation>
    </message>
    <message>
        <source>The participation could not be saved: %1</source>
        <translation>Deltagandet kunde inte sparas: %1</translation>
    </message>
</context>
<context>
    <name>lotsen::InterventionsPartnersPage</name>
    <message>
        <source>&amp;Partners</source>
        <translation>Samverkans&amp;partner</translation>
    </message>
    <message>
        <source>Intervention &amp;catalogue</source>
        <translation>Insats&amp;katalog</translation>
    </message>
    <message>
        <source>Part of the organisation&apos;s name</source>
        <translation>Del av organisationens namn</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Organisationstyp:</translation>
    </message>
    <message>
        <source>Show inacti&amp;ve</source>
        <translation>&amp;Visa inaktiva</translation>
    </message>
    <message>
        <source>&amp;New organisation…</source>
        <translation>&amp;Ny organisation…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Än&amp;dra…</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>&amp;Inaktivera</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Ta &amp;bort…</translation>
    </message>
    <message>
        <source>Only an organisation that nothing refers to can be deleted; deactivate the others.</source>
        <translation>Bara en organisation som ingenting hänvisar till kan tas bort; inaktivera de andra.</translation>
    </message>
    <message>
        <source>Part of the intervention&apos;s name</source>
        <translation>Del av insatsens namn</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alla kategorier</translation>
    </message>
    <message>
        <source>Categ&amp;ory:</source>
        <translation>Kat&amp;egori:</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the youth&apos;s card</source>
        <translation>Dubbelklicka eller tryck Enter för att öppna ungdomens kort</translation>
    </message>
    <message>
        <source>Open &amp;youth card</source>
        <translation>&amp;Öppna ungdomens kort</translation>
    </message>
    <message>
        <source>&amp;New intervention…</source>
        <translation>N&amp;y insats…</translation>
    </message>
    <message>
        <source>Only an intervention that nobody has taken part in can be deleted; deactivate the others.</source>
        <translation>Bara en insats som ingen har deltagit i kan tas bort; inaktivera de andra.</translation>
    </message>
    <message>
        <source>No partner organisations yet.

Add the organisations the centre works with – the public employment service, social insurance, social services, schools, employers – with “New organisation”. Their contact persons are added in the same dialog.</source>
        <translation>Inga samverkanspartner ännu.

Lägg till de organisationer som mötesplatsen samarbetar med – Arbetsförmedlingen, Försäkringskassan, socialtjänsten, skolor, arbetsgivare – med ”Ny organisation”. Deras kontaktpersoner läggs till i samma dialogruta.</translation>
    </message>
    <message numerus="yes">
        <source>No organisation matches the search and filter.

Clear the search, choose “All kinds” or tick “Show inactive” to see the other %n organisation(s).</source>
        <translation>
            <numerusform>Ingen organisation matchar sökningen och filtret.

Rensa sökningen, välj ”Alla typer” eller kryssa i ”Visa inaktiva” för att se ytterligare %n organisation.</numerusform>
            <numerusform>Ingen organisation matchar sökningen och filtret.

Rensa sökningen, välj ”Alla typer” eller kryssa i ”Visa inaktiva” för att se ytterligare %n organisationer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>Ak&amp;tivera</translation>
    </message>
    <message>
        <source>The catalogue is empty.

Add the interventions youths can take part in – work training, study visits, folk high school courses, assessments – with “New intervention”. An intervention run by a partner organisation names it as provider.</source>
        <translation>Katalogen är tom.

Lägg till de insatser som ungdomar kan delta i – arbetsträning, studiebesök, folkhögskolekurser, kartläggningar – med ”Ny insats”. För en insats som en samverkanspartner anordnar anges samverkanspartnern som anordnare.</translation>
    </message>
    <message numerus="yes">
        <source>No intervention matches the search and filter.

Clear the search, choose “All categories” or tick “Show inactive” to see the other %n intervention(s).</source>
        <translation>
            <numerusform>Ingen insats matchar sökningen och filtret.

Rensa sökningen, välj ”Alla kategorier” eller kryssa i ”Visa inaktiva” för att se ytterligare %n insats.</numerusform>
            <numerusform>Ingen insats matchar sökningen och filtret.

Rensa sökningen, välj ”Alla kategorier” eller kryssa i ”Visa inaktiva” för att se ytterligare %n insatser.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an intervention to see who takes part in it now.</source>
        <translation>Markera en insats för att se vilka som deltar i den nu.</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (sedan %2)</translation>
    </message>
    <message>
        <source>Nobody takes part in “%1” just now. Participations are recorded on the youth&apos;s card.</source>
        <translation>Ingen deltar i ”%1” just nu. Deltaganden registreras på ungdomens kort.</translation>
    </message>
    <message numerus="yes">
        <source>In “%1” now: %n youth(s)</source>
        <translation>
            <numerusform>I ”%1” nu: %n ungdom</numerusform>
            <numerusform>I ”%1” nu: %n ungdomar</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation not changed</source>
        <translation>Organisationen ändrades inte</translation>
    </message>
    <message>
        <source>Organisation in use</source>
        <translation>Organisationen används</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: interventions, referrals, consents or youths&apos; contacts refer to it, and their history must stay readable. It is already inactive, so it is no longer offered for new interventions or referrals.</source>
        <translation>”%1” kan inte tas bort: insatser, remisser, samtycken eller ungdomars kontakter hänvisar till den, och deras historik måste gå att läsa. Den är redan inaktiv, så den erbjuds inte längre för nya insatser eller remisser.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: interventions, referrals, consents or youths&apos; contacts refer to it, and their history must stay readable.

Deactivate it instead? It then stays in the history but is no longer offered for new interventions or referrals.</source>
        <translation>”%1” kan inte tas bort: insatser, remisser, samtycken eller ungdomars kontakter hänvisar till den, och deras historik måste gå att läsa.

Vill du inaktivera den i stället? Den finns då kvar i historiken men erbjuds inte längre för nya insatser eller remisser.</translation>
    </message>
    <message>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>Ta bort ”%1”? Det går inte att ångra.</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n contact person(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Ta bort ”%1” och dess %n kontaktperson? Det går inte att ångra.</numerusform>
            <numerusform>Ta bort ”%1” och dess %n kontaktpersoner? Det går inte att ångra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Ta bort organisation</translation>
    </message>
    <message>
        <source>Organisation not deleted</source>
        <translation>Organisationen togs inte bort</translation>
    </message>
    <message>
        <source>Intervention not changed</source>
        <translation>Insatsen ändrades inte</translation>
    </message>
    <message>
        <source>Delete intervention</source>
        <translation>Ta bort insats</translation>
    </message>
    <message>
        <source>Delete “%1” from the catalogue? This cannot be undone.</source>
        <translation>Ta bort ”%1” från katalogen? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Intervention in use</source>
        <translation>Insatsen används</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: youths have taken part in it, and their history must stay readable. It is already inactive, so it is no longer offered for new participations.</source>
        <translation>”%1” kan inte tas bort: ungdomar har deltagit i den, och deras historik måste gå att läsa. Den är redan inaktiv, så den erbjuds inte längre för nya deltaganden.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: youths have taken part in it, and their history must stay readable.

Deactivate it instead? It then stays in the youths&apos; history but is no longer offered for new participations.</source>
        <translation>”%1” kan inte tas bort: ungdomar har deltagit i den, och deras historik måste gå att läsa.

Vill du inaktivera den i stället? Den finns då kvar i ungdomarnas historik men erbjuds inte längre för nya deltaganden.</translation>
    </message>
    <message>
        <source>Intervention not deleted</source>
        <translation>Insatsen togs inte bort</translation>
    </message>
    <message>
        <source>Partners and the intervention catalogue are kept by coordinators and administrators. You can read them here.</source>
        <translation>Samverkanspartner och insatskatalogen sköts av samordnare och administratörer. Här kan du läsa dem.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n organisation(s) shown</source>
        <translation>
            <numerusform>Organisationer som visas: %1 av %n</numerusform>
            <numerusform>Organisationer som visas: %1 av %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n intervention(s) shown</source>
        <translation>
            <numerusform>Insatser som visas: %1 av %n</numerusform>
            <numerusform>Insatser som visas: %1 av %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Samverkanspartner</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>sökning ”%1”</translation>
    </message>
    <message>
        <source>inactive ones included</source>
        <translation>inklusive inaktiva</translation>
    </message>
    <message>
        <source>active only</source>
        <translation>bara aktiva</translation>
    </message>
</context>
<context>
    <name>lotsen::InterventionsTab</name>
    <message>
        <source>Add intervention…</source>
        <translation>Lägg till insats…</translation>
    </message>
    <message>
        <source>The youth takes part in, or is proposed for, an intervention from the catalogue</source>
        <translation>Ungdomen deltar i, eller föreslås för, en insats från katalogen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <source>Change the status, dates or outcome of the selected intervention (Enter)</source>
        <translation>Ändra status, datum eller resultat för den markerade insatsen (Enter)</translation>
    </message>
    <message>
        <source>New referral…</source>
        <translation>Ny remiss…</translation>
    </message>
    <message>
        <source>Refer the youth to a partner organisation</source>
        <translation>Remittera ungdomen till en samverkanspartner</translation>
    </message>
    <message>
        <source>Record answer…</source>
        <translation>Registrera svar…</translation>
    </message>
    <message>
        <source>The partner accepted or declined the selected referral, or never answered (Enter)</source>
        <translation>Samverkanspartnern har accepterat eller avböjt den markerade remissen, eller aldrig svarat (Enter)</translation>
    </message>
    <message>
        <source>No interventions yet. Here you follow the youth&apos;s interventions from the catalogue (work training, studies, assessment, IPS and more) with their dates, status and outcome, and the action-plan step each one carries out. Starting and ending an intervention is written to the timeline. Add one with Add intervention.</source>
        <translation>Inga insatser ännu. Här följer du ungdomens insatser från katalogen (arbetsträning, studier, kartläggning, IPS med mera) med datum, status och resultat, och det steg i handlingsplanen som varje insats genomför. När en insats startar och avslutas skrivs det i tidslinjen. Lägg till en med Lägg till insats.</translation>
    </message>
    <message numerus="yes">
        <source>No referrals yet. A referral hands the youth over to a partner organisation such as Arbetsförmedlingen or the social services, and records the partner&apos;s answer. It relies on the youth&apos;s valid consent to share information with that organisation (recorded in the Network &amp; consent tab); without one you give a written reason. Referrals still without an answer after %n days are shown in red.</source>
        <translation>
            <numerusform>Inga remisser ännu. En remiss lämnar över ungdomen till en samverkanspartner, till exempel Arbetsförmedlingen eller socialtjänsten, och registrerar samverkanspartnerns svar. Remissen bygger på ungdomens giltiga samtycke till att dela uppgifter med den organisationen (registreras på fliken Nätverk och samtycke); utan ett sådant samtycke anger du ett skriftligt skäl. Remisser som fortfarande saknar svar efter %n dag visas med rött.</numerusform>
            <numerusform>Inga remisser ännu. En remiss lämnar över ungdomen till en samverkanspartner, till exempel Arbetsförmedlingen eller socialtjänsten, och registrerar samverkanspartnerns svar. Remissen bygger på ungdomens giltiga samtycke till att dela uppgifter med den organisationen (registreras på fliken Nätverk och samtycke); utan ett sådant samtycke anger du ett skriftligt skäl. Remisser som fortfarande saknar svar efter %n dagar visas med rött.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Remisser</translation>
    </message>
    <message>
        <source>Interventions of the youth</source>
        <translation>Ungdomens insatser</translation>
    </message>
</context>
<context>
    <name>lotsen::ListCommands</name>
    <message>
        <source>E&amp;xport list…</source>
        <translation>E&amp;xportera lista…</translation>
    </message>
    <message>
        <source>Save the list as shown to an Excel or CSV file (Ctrl+Shift+E)</source>
        <translation>Spara listan som den visas i en Excel- eller CSV-fil (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>&amp;Print list…</source>
        <translation>Skriv u&amp;t lista…</translation>
    </message>
    <message>
        <source>Preview and print the list as shown, on A4 landscape (Ctrl+Shift+P)</source>
        <translation>Förhandsgranska och skriv ut listan som den visas, på liggande A4 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Exportera lista</translation>
    </message>
    <message>
        <source>The list is empty, so there is nothing to export.</source>
        <translation>Listan är tom, så det finns inget att exportera.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel in Swedish: semicolons, decimal comma, UTF-8 (*.csv)</source>
        <translation>CSV för svenskt Excel: semikolon, decimalkomma, UTF-8 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n row(s)).</source>
        <translation>
            <numerusform>Sparade %1 (%n rad).</numerusform>
            <numerusform>Sparade %1 (%n rader).</numerusform>
        </translation>
    </message>
    <message>
        <source>The export is recorded in the access log.</source>
        <translation>Exporten är registrerad i åtkomstloggen.</translation>
    </message>
    <message>
        <source>Print list</source>
        <translation>Skriv ut lista</translation>
    </message>
    <message>
        <source>The list is empty, so there is nothing to print.</source>
        <translation>Listan är tom, så det finns inget att skriva ut.</translation>
    </message>
</context>
<context>
    <name>lotsen::LockScreen</name>
    <message>
        <source>Lotsen is locked</source>
        <translation>Lotsen är låst</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås upp</translation>
    </message>
    <message>
        <source>Log in as &amp;another user…</source>
        <translation>Logga in &amp;som en annan användare…</translation>
    </message>
    <message>
        <source>Unsaved changes of the locked session are discarded.</source>
        <translation>Ändringar som inte har sparats i den låsta sessionen försvinner.</translation>
    </message>
    <message>
        <source>Log &amp;in</source>
        <translation>Logga &amp;in</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tillbaka</translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation>Användar&amp;namn:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Lösen&amp;ord:</translation>
    </message>
    <message>
        <source>Locked by %1. Enter your password to continue.</source>
        <translation>Låst av %1. Ange ditt lösenord för att fortsätta.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Fel lösenord.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Fel användarnamn eller lösenord.</translation>
    </message>
</context>
<context>
    <name>lotsen::LoginDialog</name>
    <message>
        <source>Log in to Lotsen</source>
        <translation>Logga in i Lotsen</translation>
    </message>
    <message>
        <source>Log in with your Lotsen account.</source>
        <translation>Logga in med ditt konto i Lotsen.</translation>
    </message>
    <message>
        <source>Log in to Lotsen at %1.</source>
        <translation>Logga in i Lotsen på %1.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>A&amp;nvändarnamn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Logga &amp;in</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Ange ditt användarnamn.</translation>
    </message>
    <message>
        <source>Your password must be changed before you can use Lotsen.</source>
        <translation>Du måste byta lösenord innan du kan använda Lotsen.</translation>
    </message>
</context>
<context>
    <name>lotsen::MainWindow</name>
    <message>
        <source>Lotsen – demo database</source>
        <translation>Lotsen – demodatabas</translation>
    </message>
    <message>
        <source>Lotsen</source>
        <translation>Lotsen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <source>Youths</source>
        <translation>Ungdomar</translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation>Mötesplatsen</translation>
    </message>
    <message>
        <source>Interventions &amp; partners</source>
        <translation>Insatser och partner</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <source>Demo database with invented people. It is recreated at every start.</source>
        <translation>Demodatabas med påhittade personer. Den skapas på nytt vid varje start.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New youth</source>
        <translation>&amp;Ny ungdom</translation>
    </message>
    <message>
        <source>&amp;Close card</source>
        <translation>&amp;Stäng kortet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Find youth</source>
        <translation>&amp;Sök ungdom</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Lotsen</source>
        <translation>&amp;Om Lotsen</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>About Lotsen</source>
        <translation>Om Lotsen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lotsen %1&lt;/h3&gt;&lt;p&gt;Follow-up of young people at a drop-in meeting place, so that no one falls between the chairs.&lt;/p&gt;&lt;p&gt;Licence: European Union Public Licence 1.2 (EUPL-1.2).&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lotsen %1&lt;/h3&gt;&lt;p&gt;Uppföljning av unga på en mötesplats, så att ingen ska tappas mellan stolarna.&lt;/p&gt;&lt;p&gt;Licens: European Union Public Licence 1.2 (EUPL-1.2).&lt;/p&gt;&lt;p&gt;Databas: %2&lt;br&gt;Schemaversion: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import youths from CSV…</source>
        <translation>&amp;Importera ungdomar från CSV…</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Åtkomstlogg</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>&amp;Byt mitt lösenord…</translation>
    </message>
    <message>
        <source>Hide all personal data until the password is given (Ctrl+L)</source>
        <translation>Dölj alla personuppgifter tills lösenordet anges (Ctrl+L)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Verktygsfält</translation>
    </message>
    <message>
        <source>Quit Lotsen</source>
        <translation>Avsluta Lotsen</translation>
    </message>
    <message>
        <source>Lotsen is locked and there are unsaved changes. Quit and discard them?</source>
        <translation>Lotsen är låst och det finns ändringar som inte har sparats. Vill du avsluta och ta bort ändringarna?</translation>
    </message>
    <message>
        <source>Lotsen – demo, logged in as %1</source>
        <translation>Lotsen – demo, inloggad som %1</translation>
    </message>
    <message>
        <source>Lotsen – %1</source>
        <translation>Lotsen – %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>Säkerhetskopierar innan Lotsen stängs…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Säkerhetskopiering</translation>
    </message>
    <message>
        <source>The backup at closing failed: %1

The database itself is saved; the next start tries again.</source>
        <translation>Säkerhetskopieringen när Lotsen stängdes misslyckades: %1

Själva databasen är sparad. Lotsen försöker igen vid nästa start.</translation>
    </message>
    <message>
        <source>Move to a shared database</source>
        <translation>Flytta till en delad databas</translation>
    </message>
    <message>
        <source>Lotsen opens the shared database at the next start.</source>
        <translation>Lotsen öppnar den delade databasen vid nästa start.</translation>
    </message>
    <message>
        <source>E&amp;xport my planned contacts…</source>
        <translation>E&amp;xportera mina planerade kontakter…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Användarhandbok</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;Tour of Lotsen</source>
        <translation>&amp;Rundtur i Lotsen</translation>
    </message>
</context>
<context>
    <name>lotsen::MeetingPlacePage</name>
    <message>
        <source>Attendance not saved</source>
        <translation>Närvaron sparades inte</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation>Drop in</translation>
    </message>
    <message>
        <source>Check in: type part of a name or a personal number, then Enter</source>
        <translation>Checka in: skriv en del av ett namn eller ett personnummer och tryck Enter</translation>
    </message>
    <message>
        <source>Anonymous visitor:</source>
        <translation>Anonym besökare:</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Checka in</translation>
    </message>
    <message>
        <source>Count a visitor who is not registered, by gender and age group only.</source>
        <translation>Räkna en besökare som inte är registrerad, bara med kön och åldersgrupp.</translation>
    </message>
    <message>
        <source>Today&apos;s visitors</source>
        <translation>Dagens besökare</translation>
    </message>
    <message>
        <source>Remove visit…</source>
        <translation>Ta bort besök…</translation>
    </message>
    <message>
        <source>For a check-in by mistake. The youth&apos;s entry stays in the timeline, struck out.</source>
        <translation>För en incheckning som gjordes av misstag. Ungdomens post finns kvar i tidslinjen, struken.</translation>
    </message>
    <message>
        <source>Group activities</source>
        <translation>Gruppaktiviteter</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>Ny aktivitet…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <source>Print attendance list…</source>
        <translation>Skriv ut närvarolista…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportera PDF…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Ledare</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrera på namn</translation>
    </message>
    <message>
        <source>Today %1 · week %2</source>
        <translation>Idag %1 · vecka %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Den här veckan</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Den här månaden</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>No youth matches “%1”. Register the youth first, or check in an anonymous visitor.</source>
        <translation>Ingen ungdom matchar ”%1”. Registrera ungdomen först, eller checka in en anonym besökare.</translation>
    </message>
    <message numerus="yes">
        <source>%n youths match. Choose one with Up/Down and press Enter.</source>
        <translation>
            <numerusform>%n ungdom matchar. Välj med pil upp/ned och tryck Enter.</numerusform>
            <numerusform>%n ungdomar matchar. Välj en med pil upp/ned och tryck Enter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Redan incheckad</translation>
    </message>
    <message>
        <source>%1 was already checked in today at %2. Check in again?</source>
        <translation>%1 checkades redan in idag kl. %2. Vill du checka in igen?</translation>
    </message>
    <message>
        <source>%1 is already checked in today.</source>
        <translation>%1 är redan incheckad idag.</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Inte incheckad</translation>
    </message>
    <message>
        <source>Checked in: %1 at %2.</source>
        <translation>Incheckad: %1 kl. %2.</translation>
    </message>
    <message>
        <source>Anonymous visitor checked in at %1.</source>
        <translation>Anonym besökare incheckad kl. %1.</translation>
    </message>
    <message>
        <source>Remove the anonymous visit at %1?</source>
        <translation>Ta bort det anonyma besöket kl. %1?</translation>
    </message>
    <message>
        <source>Remove the visit of %1 at %2? The entry stays in the youth&apos;s timeline, struck out.</source>
        <translation>Ta bort besöket för %1 kl. %2? Posten finns kvar i ungdomens tidslinje, struken.</translation>
    </message>
    <message>
        <source>Remove visit</source>
        <translation>Ta bort besök</translation>
    </message>
    <message>
        <source>Visit not removed</source>
        <translation>Besöket togs inte bort</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Attendance: %1, %2&lt;/b&gt; — tick those who came. %n present.</source>
        <translation>
            <numerusform>&lt;b&gt;Närvaro: %1, %2&lt;/b&gt; — bocka för dem som kom. %n närvarande.</numerusform>
            <numerusform>&lt;b&gt;Närvaro: %1, %2&lt;/b&gt; — bocka för dem som kom. %n närvarande.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an activity to tick its attendance, or create a new one.</source>
        <translation>Välj en aktivitet för att bocka för närvaron, eller skapa en ny.</translation>
    </message>
    <message>
        <source>Attendance list %1 %2.pdf</source>
        <translation>Närvarolista %1 %2.pdf</translation>
    </message>
    <message>
        <source>Export attendance list as PDF</source>
        <translation>Exportera närvarolistan som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>PDF-filen sparades inte</translation>
    </message>
    <message>
        <source>Attendance list written to %1.</source>
        <translation>Närvarolistan har skrivits till %1.</translation>
    </message>
    <message>
        <source>This activity no longer exists.</source>
        <translation>Aktiviteten finns inte längre.</translation>
    </message>
    <message>
        <source>Change activity</source>
        <translation>Ändra aktivitet</translation>
    </message>
    <message>
        <source>Check in a visitor</source>
        <translation>Checka in en besökare</translation>
    </message>
    <message>
        <source>Search the attendance list</source>
        <translation>Sök i närvarolistan</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Registered youths (each once)</source>
        <translation>Registrerade ungdomar (var och en en gång)</translation>
    </message>
    <message>
        <source>Anonymous visits</source>
        <translation>Anonyma besök</translation>
    </message>
    <message>
        <source>Visits: drop-in check-ins of registered youths and anonymous visits.</source>
        <translation>Besök: incheckningar av registrerade ungdomar och anonyma besök.</translation>
    </message>
    <message>
        <source>Registered youths are counted once however often they came. Anonymous visits cannot be told apart, so each one is counted as a visit and not as a person. Weeks run Monday to Sunday.</source>
        <translation>Registrerade ungdomar räknas en gång hur ofta de än kom. Anonyma besök går inte att skilja åt, så vart och ett räknas som ett besök och inte som en person. Veckor räknas måndag till söndag.</translation>
    </message>
    <message>
        <source>Matching youths</source>
        <translation>Matchande ungdomar</translation>
    </message>
    <message>
        <source>Meeting place visits %1</source>
        <translation>Besök på mötesplatsen %1</translation>
    </message>
</context>
<context>
    <name>lotsen::MeetingPlaceRepository</name>
    <message>
        <source>15–17</source>
        <translation>15–17</translation>
    </message>
    <message>
        <source>18–19</source>
        <translation>18–19</translation>
    </message>
    <message>
        <source>20–24</source>
        <translation>20–24</translation>
    </message>
    <message>
        <source>25–29</source>
        <translation>25–29</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Okänd ålder</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>Studiebesök</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Föreläsning</translation>
    </message>
    <message>
        <source>Fika</source>
        <translation>Fika</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Cooking together</source>
        <translation>Laga mat tillsammans</translation>
    </message>
    <message>
        <source>Outing</source>
        <translation>Utflykt</translation>
    </message>
    <message>
        <source>The meeting place could not be updated. Nothing was changed. (%1)</source>
        <translation>Mötesplatsen kunde inte uppdateras. Ingenting har ändrats. (%1)</translation>
    </message>
    <message>
        <source>A visit cannot be in the future.</source>
        <translation>Ett besök kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <source>Checked in by mistake</source>
        <translation>Incheckad av misstag</translation>
    </message>
    <message>
        <source>Choose the date of the activity.</source>
        <translation>Välj datum för aktiviteten.</translation>
    </message>
    <message>
        <source>Write what the activity is, e.g. a study visit or a lecture.</source>
        <translation>Skriv vad aktiviteten är, t.ex. ett studiebesök eller en föreläsning.</translation>
    </message>
    <message>
        <source>This activity no longer exists.</source>
        <translation>Aktiviteten finns inte längre.</translation>
    </message>
    <message>
        <source>The date cannot be changed after attendance has been ticked. Untick the attendance first, or create a new activity.</source>
        <translation>Datumet kan inte ändras när närvaro har bockats för. Ta bort bockarna först, eller skapa en ny aktivitet.</translation>
    </message>
    <message>
        <source>Removed from attendance list</source>
        <translation>Borttagen från närvarolistan</translation>
    </message>
    <message>
        <source>Attendance is ticked on the day of the activity (%1) or later.</source>
        <translation>Närvaro bockas för på aktivitetens dag (%1) eller senare.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>lotsen::MoveToServerCommand</name>
    <message>
        <source>&amp;Move to a shared database…</source>
        <translation>&amp;Flytta till en delad databas…</translation>
    </message>
    <message>
        <source>Copy the whole register to the office&apos;s database server and use it from now on (administrators)</source>
        <translation>Kopiera hela registret till kontorets databasserver och använd det från och med nu (administratörer)</translation>
    </message>
    <message>
        <source>Move to a shared database</source>
        <translation>Flytta till en delad databas</translation>
    </message>
    <message>
        <source>The whole register in %1 is copied to an empty database on the office&apos;s PostgreSQL server, set up beforehand with &quot;lotsen setup-server&quot;. Log in with the database&apos;s owner role (lotsen_owner unless chosen otherwise): the program&apos;s own role may not write everything a move writes. The file is only read and stays as it is.</source>
        <translation>Hela registret i %1 kopieras till en tom databas på kontorets PostgreSQL-server, som har ställts i ordning i förväg med &quot;lotsen setup-server&quot;. Logga in med databasens ägarroll (lotsen_owner om inget annat har valts): programmets egen roll får inte skriva allt som en flytt skriver. Filen läses bara och förblir som den är.</translation>
    </message>
    <message>
        <source>Copy the whole register from %1 to %2?

From then on this PC uses the shared database. The file is left as it is.</source>
        <translation>Kopiera hela registret från %1 till %2?

Därefter använder den här datorn den delade databasen. Filen lämnas som den är.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Flytta</translation>
    </message>
    <message>
        <source>Copying the register…</source>
        <translation>Kopierar registret…</translation>
    </message>
    <message numerus="yes">
        <source>Copying %1: %n rows…</source>
        <translation>
            <numerusform>Kopierar %1: %n rad…</numerusform>
            <numerusform>Kopierar %1: %n rader…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rows were copied to %1; the access log&apos;s chain was verified on the server (%2 entries).</source>
        <translation>
            <numerusform>%n rad kopierades till %1; åtkomstloggens kedja kontrollerades på servern (%2 poster).</numerusform>
            <numerusform>%n rader kopierades till %1; åtkomstloggens kedja kontrollerades på servern (%2 poster).</numerusform>
        </translation>
    </message>
    <message>
        <source>From now on this PC uses the shared database. The file %1 is left untouched; keep it as a backup, and do not enter anything more in it.</source>
        <translation>Från och med nu använder den här datorn den delade databasen. Filen %1 lämnas orörd; spara den som säkerhetskopia och skriv inte in något mer i den.</translation>
    </message>
</context>
<context>
    <name>lotsen::NetworkModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>Vårdnadshavare</translation>
    </message>
</context>
<context>
    <name>lotsen::NetworkPersonDialog</name>
    <message>
        <source>Add person to the network</source>
        <translation>Lägg till person i nätverket</translation>
    </message>
    <message>
        <source>Change person – %1</source>
        <translation>Ändra person – %1</translation>
    </message>
    <message>
        <source>&amp;Legal guardian of the youth</source>
        <translation>&amp;Vårdnadshavare för ungdomen</translation>
    </message>
    <message>
        <source>For a youth under 18, a legal guardian can give consent and signs the consent form.</source>
        <translation>För en ungdom under 18 år kan en vårdnadshavare lämna samtycke och skriva under samtyckesblanketten.</translation>
    </message>
    <message>
        <source>E.g. when they can be reached (optional)</source>
        <translation>T.ex. när personen går att nå (frivilligt)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>&amp;Relation:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
</context>
<context>
    <name>lotsen::NetworkRepository</name>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Ange personens namn.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>E-postadressen är inte giltig.</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>Personen finns inte längre.</translation>
    </message>
    <message>
        <source>The person could not be saved: %1</source>
        <translation>Personen kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>%1 is named in consents or contacts, which are kept as history, so they cannot be removed.</source>
        <translation>%1 anges i samtycken eller kontakter, som sparas som historik, och kan därför inte tas bort.</translation>
    </message>
    <message>
        <source>The contact person could not be linked: %1</source>
        <translation>Kontaktpersonen kunde inte kopplas: %1</translation>
    </message>
    <message>
        <source>The contact person could not be unlinked: %1</source>
        <translation>Kontaktpersonen kunde inte kopplas bort: %1</translation>
    </message>
</context>
<context>
    <name>lotsen::NetworkTab</name>
    <message>
        <source>Relatives and others</source>
        <translation>Anhöriga och andra</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Lägg till person…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Än&amp;dra…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Partner contact persons working with the youth</source>
        <translation>Kontaktpersoner hos samverkanspartner som arbetar med ungdomen</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Koppla…</translation>
    </message>
    <message>
        <source>Link a contact person at a partner organisation, e.g. the youth&apos;s case officer at Arbetsförmedlingen</source>
        <translation>Koppla en kontaktperson hos en samverkanspartner, t.ex. ungdomens handläggare på Arbetsförmedlingen</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>Koppla &amp;bort</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>Contact with relatives and sharing information with a partner need the youth&apos;s valid consent. Consents are never deleted: a withdrawn or expired consent stays here, greyed.</source>
        <translation>Kontakt med anhöriga och att dela uppgifter med en samverkanspartner kräver ungdomens giltiga samtycke. Samtycken tas aldrig bort: ett återkallat eller upphört samtycke finns kvar här, nedtonat.</translation>
    </message>
    <message>
        <source>Rec&amp;ord consent…</source>
        <translation>Registrera &amp;samtycke…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Återkalla…</translation>
    </message>
    <message>
        <source>Record that the youth withdrew the selected consent; it stays in the list</source>
        <translation>Registrera att ungdomen har återkallat det markerade samtycket; det finns kvar i listan</translation>
    </message>
    <message>
        <source>&amp;Print consent form…</source>
        <translation>Skriv &amp;ut samtyckesblankett…</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-post: %1</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Ta bort person</translation>
    </message>
    <message>
        <source>Remove %1 from the youth&apos;s network?</source>
        <translation>Ta bort %1 från ungdomens nätverk?</translation>
    </message>
    <message>
        <source>Link partner contact</source>
        <translation>Koppla kontaktperson</translation>
    </message>
    <message>
        <source>There is no other contact person to link. Contact persons are added to the partner organisations on the Interventions &amp; partners page.</source>
        <translation>Det finns ingen annan kontaktperson att koppla. Kontaktpersoner läggs till hos samverkanspartnerna på sidan Insatser och partner.</translation>
    </message>
    <message>
        <source>Which contact person works with the youth?</source>
        <translation>Vilken kontaktperson arbetar med ungdomen?</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Koppla</translation>
    </message>
    <message>
        <source>Unlink partner contact</source>
        <translation>Koppla bort kontaktperson</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Återkalla samtycke</translation>
    </message>
    <message>
        <source>The consent “%1”, given on %2, stays in the list, marked as withdrawn from the date you enter.</source>
        <translation>Samtycket ”%1”, lämnat %2, finns kvar i listan, markerat som återkallat från och med det datum du anger.</translation>
    </message>
    <message>
        <source>How and why the youth withdrew it</source>
        <translation>Hur och varför ungdomen återkallade det</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent</source>
        <translation>Återkalla sa&amp;mtycket</translation>
    </message>
    <message>
        <source>Withdrawn o&amp;n:</source>
        <translation>Återkallat &amp;från:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>A&amp;nteckning:</translation>
    </message>
    <message>
        <source>Withdraw the consent “%1” from %2? It can no longer be relied on from that day.</source>
        <translation>Återkalla samtycket ”%1” från och med %2? Det går inte längre att stödja sig på det från den dagen.</translation>
    </message>
    <message>
        <source>The youth&apos;s network</source>
        <translation>Ungdomens nätverk</translation>
    </message>
    <message>
        <source>Contacts at partner organisations</source>
        <translation>Kontakter hos samverkanspartner</translation>
    </message>
</context>
<context>
    <name>lotsen::OutreachListModel</name>
    <message>
        <source>Attempts without answer since the last contact</source>
        <translation>Kontaktförsök utan svar sedan den senaste kontakten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Remitterad av</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Försök</translation>
    </message>
    <message>
        <source>Unanswered in a row</source>
        <translation>Obesvarade i rad</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Senaste försök</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Senaste kontakt</translation>
    </message>
</context>
<context>
    <name>lotsen::OutreachWidget</name>
    <message>
        <source>Log &amp;attempt</source>
        <translation>Registrera &amp;kontaktförsök</translation>
    </message>
    <message>
        <source>Someone tried to reach the youth without an answer.</source>
        <translation>Någon försökte nå ungdomen men fick inget svar.</translation>
    </message>
    <message>
        <source>Make the youth an active participant with a start date and a mentor.</source>
        <translation>Gör ungdomen till aktiv deltagare med startdatum och mentor.</translation>
    </message>
    <message>
        <source>&amp;Open card</source>
        <translation>&amp;Öppna kortet</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>&amp;Importera lista…</translation>
    </message>
    <message>
        <source>Import youths from a CSV file, e.g. the municipality&apos;s KAA list.</source>
        <translation>Importera ungdomar från en CSV-fil, t.ex. kommunens KAA-lista.</translation>
    </message>
    <message>
        <source>No prospects in outreach. Import a list (e.g. from KAA) or register a youth with the status Prospect.</source>
        <translation>Inga ungdomar i uppsökande verksamhet. Importera en lista (t.ex. från KAA) eller registrera en ungdom med status Uppsökande.</translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s)</source>
        <translation>
            <numerusform>%n ungdom med status Uppsökande</numerusform>
            <numerusform>%n ungdomar med status Uppsökande</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;nrol…</source>
        <translation>&amp;Skriv in…</translation>
    </message>
    <message>
        <source>Importing lists is for coordinators and administrators.</source>
        <translation>Att importera listor är till för samordnare och administratörer.</translation>
    </message>
    <message>
        <source>Prospects in outreach</source>
        <translation>Ungdomar i uppsökande verksamhet</translation>
    </message>
</context>
<context>
    <name>lotsen::ParticipationDialog</name>
    <message>
        <source>Add intervention – %1</source>
        <translation>Lägg till insats – %1</translation>
    </message>
    <message>
        <source>Change intervention – %1</source>
        <translation>Ändra insats – %1</translation>
    </message>
    <message>
        <source>Choose an intervention</source>
        <translation>Välj en insats</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (no longer offered)</source>
        <translation>%1 (erbjuds inte längre)</translation>
    </message>
    <message>
        <source>Starting (ongoing) and ending (completed or interrupted) are written to the timeline.</source>
        <translation>När insatsen startar (Pågår) och avslutas (Avslutad eller Avbruten) skrivs det i tidslinjen.</translation>
    </message>
    <message>
        <source>How it went, what it led to (optional)</source>
        <translation>Hur det gick, vad det ledde till (frivilligt)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Inget</translation>
    </message>
    <message>
        <source>(step removed)</source>
        <translation>(steget borttaget)</translation>
    </message>
    <message>
        <source>The youth&apos;s action plan has no steps yet.</source>
        <translation>Ungdomens handlingsplan har inga steg ännu.</translation>
    </message>
    <message>
        <source>The youth has no action plan yet.</source>
        <translation>Ungdomen har ingen handlingsplan ännu.</translation>
    </message>
    <message>
        <source>The step of the youth&apos;s current action plan that this intervention carries out.</source>
        <translation>Det steg i ungdomens aktuella handlingsplan som den här insatsen genomför.</translation>
    </message>
    <message>
        <source>The intervention catalogue has no active interventions yet. They are added on the Interventions &amp; partners page.</source>
        <translation>Insatskatalogen har inga aktiva insatser ännu. De läggs till på sidan Insatser och partner.</translation>
    </message>
    <message>
        <source>&amp;Intervention:</source>
        <translation>&amp;Insats:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>&amp;Startdatum:</translation>
    </message>
    <message>
        <source>Planned e&amp;nd:</source>
        <translation>&amp;Planerat slut:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultat:</translation>
    </message>
    <message>
        <source>Action-&amp;plan step:</source>
        <translation>Steg i &amp;handlingsplanen:</translation>
    </message>
    <message>
        <source>Choose the intervention.</source>
        <translation>Välj insats.</translation>
    </message>
    <message>
        <source>Give the start date: with this status the participation has started.</source>
        <translation>Ange startdatum: med den här statusen har deltagandet startat.</translation>
    </message>
    <message>
        <source>The planned end (%1) is before the start (%2).</source>
        <translation>Det planerade slutet (%1) ligger före starten (%2).</translation>
    </message>
</context>
<context>
    <name>lotsen::ParticipationModel</name>
    <message>
        <source>%1 (plan version %2)</source>
        <translation>%1 (planversion %2)</translation>
    </message>
    <message>
        <source>(step removed)</source>
        <translation>(steget borttaget)</translation>
    </message>
    <message>
        <source>Carries out the action-plan step: %1</source>
        <translation>Genomför steget i handlingsplanen: %1</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planerat slut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Action-plan step</source>
        <translation>Steg i handlingsplanen</translation>
    </message>
</context>
<context>
    <name>lotsen::PartnerDialog</name>
    <message>
        <source>New partner organisation</source>
        <translation>Ny samverkanspartner</translation>
    </message>
    <message>
        <source>Partner organisation – %1</source>
        <translation>Samverkanspartner – %1</translation>
    </message>
    <message>
        <source>e.g. Arbetsförmedlingen Malmö city</source>
        <translation>t.ex. Arbetsförmedlingen Malmö city</translation>
    </message>
    <message>
        <source>Opening hours, how they prefer to be contacted, agreements …</source>
        <translation>Öppettider, hur de helst vill bli kontaktade, överenskommelser …</translation>
    </message>
    <message>
        <source>Acti&amp;ve: offered for new interventions and referrals</source>
        <translation>Akti&amp;v: erbjuds för nya insatser och remisser</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Ant&amp;eckningar:</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Lägg till person</translation>
    </message>
    <message>
        <source>Edi&amp;t person</source>
        <translation>Än&amp;dra person</translation>
    </message>
    <message>
        <source>Deactivate pe&amp;rson</source>
        <translation>&amp;Inaktivera person</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Remove pe&amp;rson</source>
        <translation>Ta &amp;bort person</translation>
    </message>
    <message>
        <source>Activate pe&amp;rson</source>
        <translation>Aktive&amp;ra person</translation>
    </message>
    <message>
        <source>The organisation needs a name.</source>
        <translation>Organisationen måste ha ett namn.</translation>
    </message>
    <message>
        <source>There is already an organisation called “%1”.</source>
        <translation>Det finns redan en organisation som heter ”%1”.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address. Write it as name@example.se, or leave it empty.</source>
        <translation>”%1” är inte en e-postadress. Skriv den som namn@example.se, eller lämna fältet tomt.</translation>
    </message>
    <message>
        <source>Contact person %1 has no name. Write the name, or remove the row.</source>
        <translation>Kontaktperson %1 har inget namn. Skriv namnet, eller ta bort raden.</translation>
    </message>
    <message>
        <source>“%1” (the e-mail of %2) is not an e-mail address. Write it as name@example.se, or leave it empty.</source>
        <translation>”%1” (e-postadressen till %2) är inte en e-postadress. Skriv den som namn@example.se, eller lämna fältet tomt.</translation>
    </message>
    <message>
        <source>The organisation was saved, but not the contact person %1: %2</source>
        <translation>Organisationen sparades, men inte kontaktpersonen %1: %2</translation>
    </message>
</context>
<context>
    <name>lotsen::PartnerListModel</name>
    <message>
        <source>Inactive: kept for the history, not offered for new interventions or referrals</source>
        <translation>Inaktiv: finns kvar för historiken, erbjuds inte för nya insatser eller remisser</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>lotsen::PartnerRepository</name>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Ange organisationens namn.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>E-postadressen är inte giltig.</translation>
    </message>
    <message>
        <source>There is already an organisation called %1.</source>
        <translation>Det finns redan en organisation som heter %1.</translation>
    </message>
    <message>
        <source>The organisation could not be saved: %1</source>
        <translation>Organisationen kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>This organisation no longer exists.</source>
        <translation>Organisationen finns inte längre.</translation>
    </message>
    <message>
        <source>The organisation is referred to by interventions, referrals, consents or youths&apos; contacts, so it cannot be deleted. Deactivate it instead.</source>
        <translation>Insatser, remisser, samtycken eller ungdomars kontakter hänvisar till organisationen, så den kan inte tas bort. Inaktivera den i stället.</translation>
    </message>
    <message>
        <source>The organisation could not be deleted: %1</source>
        <translation>Organisationen kunde inte tas bort: %1</translation>
    </message>
    <message>
        <source>Enter the contact person&apos;s name.</source>
        <translation>Ange kontaktpersonens namn.</translation>
    </message>
    <message>
        <source>Choose the organisation the contact person works for.</source>
        <translation>Välj den organisation som kontaktpersonen arbetar för.</translation>
    </message>
    <message>
        <source>The contact person could not be saved: %1</source>
        <translation>Kontaktpersonen kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>This contact person no longer exists.</source>
        <translation>Kontaktpersonen finns inte längre.</translation>
    </message>
    <message>
        <source>The contact person is referred to by referrals or youths&apos; contacts, so they cannot be deleted. Deactivate them instead.</source>
        <translation>Remisser eller ungdomars kontakter hänvisar till kontaktpersonen, så personen kan inte tas bort. Inaktivera personen i stället.</translation>
    </message>
</context>
<context>
    <name>lotsen::PersonalDataForm</name>
    <message>
        <source>YYYYMMDD-NNNN (optional)</source>
        <translation>ÅÅÅÅMMDD-NNNN (frivilligt)</translation>
    </message>
    <message>
        <source>Filled in from the personal number. Without a number, enter it here.</source>
        <translation>Fylls i från personnumret. Om personnummer saknas fyller du i det här.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Efter&amp;namn:</translation>
    </message>
    <message>
        <source>&amp;Personal number:</source>
        <translation>&amp;Personnummer:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Föde&amp;lsedatum:</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktuppgifter</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Adr&amp;ess:</translation>
    </message>
    <message>
        <source>Postal &amp;code:</source>
        <translation>P&amp;ostnummer:</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Deltagande</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>&amp;Mentor:</translation>
    </message>
    <message>
        <source>Star&amp;t date:</source>
        <translation>Start&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>Rem&amp;itterad av:</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Spara ändringarna (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Ångra ändringar</translation>
    </message>
    <message>
        <source>Discard the changes since the last save</source>
        <translation>Ta bort ändringarna sedan du senast sparade</translation>
    </message>
    <message>
        <source>&amp;Delete youth…</source>
        <translation>Ta &amp;bort ungdom…</translation>
    </message>
    <message>
        <source>Only for prospects without history; others are exited instead</source>
        <translation>Bara för ungdomar med status Uppsökande och utan historik; andra avslutas i stället</translation>
    </message>
    <message>
        <source>No mentor yet</source>
        <translation>Ingen mentor ännu</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Kan inte ta bort</translation>
    </message>
    <message>
        <source>Delete youth</source>
        <translation>Ta bort ungdom</translation>
    </message>
    <message>
        <source>Delete %1 from the register? This cannot be undone.</source>
        <translation>Ta bort %1 från registret? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>The day the pause ends. From then on the youth is on the Today list until the status is changed.</source>
        <translation>Dagen då pausen slutar. Från och med då finns ungdomen på listan Idag tills statusen ändras.</translation>
    </message>
    <message>
        <source>Paused &amp;until:</source>
        <translation>&amp;Vilande till:</translation>
    </message>
    <message>
        <source>F&amp;irst name:</source>
        <translation>&amp;Förnamn:</translation>
    </message>
    <message>
        <source>Ge&amp;nder:</source>
        <translation>K&amp;ön:</translation>
    </message>
    <message>
        <source>Ph&amp;one:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <source>Municipalit&amp;y:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <source>The note is shown only to the youth&apos;s mentor, coordinators, administrators and staff with wider access.</source>
        <translation>Anteckningen visas bara för ungdomens mentor, samordnare, administratörer och personal med utökad behörighet.</translation>
    </message>
    <message>
        <source>Postal town:</source>
        <translation>Postort:</translation>
    </message>
    <message>
        <source>E&amp;xit…</source>
        <translation>A&amp;vsluta…</translation>
    </message>
    <message>
        <source>End the participation: date, reason and situation at exit</source>
        <translation>Avsluta deltagandet: datum, orsak och situation vid avslut</translation>
    </message>
    <message>
        <source>Exited. Re-enrol on the &quot;Enrolment and exit&quot; tab to start a new period.</source>
        <translation>Avslutad. Skriv in igen på fliken ”Inskrivning och avslut” för att börja en ny period.</translation>
    </message>
    <message>
        <source>Exited is set with Exit…, which records the date, reason and situation.</source>
        <translation>Avslutad sätts med Avsluta…, som registrerar datum, orsak och situation.</translation>
    </message>
    <message>
        <source>Save or undo your changes first</source>
        <translation>Spara eller ångra dina ändringar först</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>%1: saved “%2”, yours “%3”</source>
        <translation>%1: sparat ”%2”, ditt ”%3”</translation>
    </message>
    <message>
        <source>Show the saved data now? Then enter again what should still change, and save.</source>
        <translation>Vill du visa de sparade uppgifterna nu? Skriv sedan in igen det som fortfarande ska ändras och spara.</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Sparat av någon annan</translation>
    </message>
</context>
<context>
    <name>lotsen::PlanEditor</name>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>Ändra ”%1”</translation>
    </message>
    <message>
        <source>Change the review date</source>
        <translation>Ändra datum för uppföljning</translation>
    </message>
</context>
<context>
    <name>lotsen::PlanRepository</name>
    <message>
        <source>This version of the plan is frozen and can no longer be changed. Revise the plan to make a new version.</source>
        <translation>Den här versionen av planen är låst och kan inte längre ändras. Revidera planen för att göra en ny version.</translation>
    </message>
    <message>
        <source>The plan could not be saved. Nothing was changed. (%1)</source>
        <translation>Planen kunde inte sparas. Ingenting har ändrats. (%1)</translation>
    </message>
    <message>
        <source>This youth already has a plan. Revise it to make a new version.</source>
        <translation>Ungdomen har redan en plan. Revidera den för att göra en ny version.</translation>
    </message>
    <message>
        <source>A step ends before it starts: &quot;%1&quot;. Check its dates.</source>
        <translation>Ett steg slutar innan det börjar: ”%1”. Kontrollera stegets datum.</translation>
    </message>
    <message>
        <source>This plan no longer exists in the database.</source>
        <translation>Planen finns inte längre i databasen.</translation>
    </message>
    <message>
        <source>Choose the date the plan was signed (today or earlier).</source>
        <translation>Välj det datum då planen skrevs under (idag eller tidigare).</translation>
    </message>
    <message>
        <source>The plan cannot be signed before its date (%1).</source>
        <translation>Planen kan inte skrivas under före planens datum (%1).</translation>
    </message>
    <message numerus="yes">
        <source>A text of the plan is longer than %n character(s). Shorten it, or keep the details in a note.</source>
        <translation>
            <numerusform>En text i planen är längre än %n tecken. Korta den, eller skriv detaljerna i en anteckning.</numerusform>
            <numerusform>En text i planen är längre än %n tecken. Korta den, eller skriv detaljerna i en anteckning.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A step of the plan is longer than %n character(s).</source>
        <translation>
            <numerusform>Ett steg i planen är längre än %n tecken.</numerusform>
            <numerusform>Ett steg i planen är längre än %n tecken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else revised this plan at %1, after you opened it: this version is now frozen. Nothing of yours was saved.</source>
        <translation>Någon annan reviderade planen %1, efter att du öppnade den: den här versionen är nu låst. Inget av ditt sparades.</translation>
    </message>
    <message>
        <source>%1 revised this plan at %2, after you opened it: this version is now frozen. Nothing of yours was saved.</source>
        <translation>%1 reviderade planen %2, efter att du öppnade den: den här versionen är nu låst. Inget av ditt sparades.</translation>
    </message>
    <message>
        <source>Someone else changed this plan at %1, after you opened it. Nothing of yours was saved.</source>
        <translation>Någon annan ändrade planen %1, efter att du öppnade den. Inget av ditt sparades.</translation>
    </message>
    <message>
        <source>%1 changed this plan at %2, after you opened it. Nothing of yours was saved.</source>
        <translation>%1 ändrade planen %2, efter att du öppnade den. Inget av ditt sparades.</translation>
    </message>
</context>
<context>
    <name>lotsen::PlanStepDelegate</name>
    <message>
        <source>or type a partner&apos;s name</source>
        <translation>eller skriv namnet på en partner</translation>
    </message>
</context>
<context>
    <name>lotsen::PlanStepsModel</name>
    <message>
        <source>Add step</source>
        <translation>Lägg till steg</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Ta bort steg</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Flytta steg</translation>
    </message>
    <message>
        <source>Overdue: the due date has passed and the step is not done.</source>
        <translation>Försenat: slutdatumet har passerat och steget är inte klart.</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Ändra steg</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
</context>
<context>
    <name>lotsen::ReferralAnswerDialog</name>
    <message>
        <source>Record answer – %1</source>
        <translation>Registrera svar – %1</translation>
    </message>
    <message>
        <source>Referral of %1 to %2</source>
        <translation>Remiss %1 till %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>What the partner answered, next steps (optional)</source>
        <translation>Vad samverkanspartnern svarade, nästa steg (frivilligt)</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Svar:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
</context>
<context>
    <name>lotsen::ReferralDialog</name>
    <message>
        <source>New referral – %1</source>
        <translation>Ny remiss – %1</translation>
    </message>
    <message>
        <source>Choose an organisation</source>
        <translation>Välj en organisation</translation>
    </message>
    <message>
        <source>Why the youth is referred, and what you ask the partner for (required)</source>
        <translation>Varför ungdomen remitteras och vad du ber samverkanspartnern om (krävs)</translation>
    </message>
    <message>
        <source>There are no active partner organisations yet. They are added on the Interventions &amp; partners page.</source>
        <translation>Det finns inga aktiva samverkanspartner ännu. De läggs till på sidan Insatser och partner.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>Kontakt&amp;person:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>S&amp;käl:</translation>
    </message>
    <message>
        <source>No one in particular</source>
        <translation>Ingen särskild</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Relies on the youth&apos;s consent of %1 to share information with %2.</source>
        <translation>Bygger på ungdomens samtycke (lämnat %1) till att dela uppgifter med %2.</translation>
    </message>
    <message>
        <source>Record the consent in the Network &amp; consent tab, or give a written reason for going ahead without it when you save.</source>
        <translation>Registrera samtycket på fliken Nätverk och samtycke, eller ange ett skriftligt skäl till att gå vidare utan samtycke när du sparar.</translation>
    </message>
    <message>
        <source>Choose the organisation the youth is referred to.</source>
        <translation>Välj den organisation som ungdomen remitteras till.</translation>
    </message>
    <message>
        <source>Write the reason for the referral.</source>
        <translation>Skriv skälet till remissen.</translation>
    </message>
    <message>
        <source>Continue without consent…</source>
        <translation>Fortsätt utan samtycke…</translation>
    </message>
    <message>
        <source>You can record the youth&apos;s consent in the Network &amp; consent tab and then save the referral. Or you can continue without consent: you must then give the reason in writing. It is stored with the referral and shown in the timeline.</source>
        <translation>Du kan registrera ungdomens samtycke på fliken Nätverk och samtycke och sedan spara remissen. Eller så kan du fortsätta utan samtycke: då måste du ange skälet skriftligt. Det sparas med remissen och visas i tidslinjen.</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Inget samtycke</translation>
    </message>
    <message>
        <source>Not saved: there is no valid consent.</source>
        <translation>Inte sparad: det finns inget giltigt samtycke.</translation>
    </message>
    <message>
        <source>Continue without consent</source>
        <translation>Fortsätt utan samtycke</translation>
    </message>
    <message>
        <source>Why is the youth referred to %1 without consent? The reason is stored with the referral and shown in the timeline.</source>
        <translation>Varför remitteras ungdomen till %1 utan samtycke? Skälet sparas med remissen och visas i tidslinjen.</translation>
    </message>
    <message>
        <source>Save without consent</source>
        <translation>Spara utan samtycke</translation>
    </message>
</context>
<context>
    <name>lotsen::ReferralModel</name>
    <message>
        <source>Consent of %1</source>
        <translation>Samtycke lämnat %1</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <source>Without consent: %1</source>
        <translation>Utan samtycke: %1</translation>
    </message>
    <message numerus="yes">
        <source>No answer for %n days: time to ask the partner or record the answer.</source>
        <translation>
            <numerusform>Inget svar på %n dag: dags att fråga samverkanspartnern eller registrera svaret.</numerusform>
            <numerusform>Inget svar på %n dagar: dags att fråga samverkanspartnern eller registrera svaret.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Besvarad</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
</context>
<context>
    <name>lotsen::ReferralRepository</name>
    <message>
        <source>Choose the youth.</source>
        <translation>Välj ungdom.</translation>
    </message>
    <message>
        <source>Choose the partner organisation.</source>
        <translation>Välj samverkanspartner.</translation>
    </message>
    <message>
        <source>Enter the date of the referral.</source>
        <translation>Ange datum för remissen.</translation>
    </message>
    <message>
        <source>Write the reason for the referral.</source>
        <translation>Skriv skälet till remissen.</translation>
    </message>
    <message>
        <source>The contact person does not work at the chosen organisation.</source>
        <translation>Kontaktpersonen arbetar inte hos den valda organisationen.</translation>
    </message>
    <message>
        <source>The referral could not be saved: %1</source>
        <translation>Remissen kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>This referral no longer exists.</source>
        <translation>Remissen finns inte längre.</translation>
    </message>
    <message>
        <source>Choose the answer: accepted, declined or no answer.</source>
        <translation>Välj svar: accepterad, avböjd eller inget svar.</translation>
    </message>
    <message>
        <source>The answer cannot be dated before the referral (%1).</source>
        <translation>Svaret kan inte dateras före remissen (%1).</translation>
    </message>
    <message>
        <source>The answer could not be saved: %1</source>
        <translation>Svaret kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>The referral could not be saved.</source>
        <translation>Remissen kunde inte sparas.</translation>
    </message>
</context>
<context>
    <name>lotsen::RegisterExtractCommand</name>
    <message>
        <source>Register extract…</source>
        <translation>Registerutdrag…</translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <source>Everything Lotsen holds about this youth, as a PDF for them or a JSON file (GDPR articles 15 and 20); coordinators and administrators</source>
        <translation>Allt som Lotsen har om den här ungdomen, som PDF till ungdomen eller som JSON-fil (artikel 15 och 20 i GDPR); samordnare och administratörer</translation>
    </message>
    <message>
        <source>PDF for the youth (*.pdf);;JSON file for another system (*.json)</source>
        <translation>PDF till ungdomen (*.pdf);;JSON-fil till ett annat system (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>The register extract (%n entry(s)) was saved to %1.

It holds everything about the youth, hidden notes too: give it only to the youth, and delete your copy once it has been handed over.</source>
        <translation>
            <numerusform>Registerutdraget (%n post) har sparats i %1.

Det innehåller allt om ungdomen, även dolda anteckningar: lämna det bara till ungdomen och radera din kopia när det har lämnats över.</numerusform>
            <numerusform>Registerutdraget (%n poster) har sparats i %1.

Det innehåller allt om ungdomen, även dolda anteckningar: lämna det bara till ungdomen och radera din kopia när det har lämnats över.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lotsen::RegisterWidget</name>
    <message>
        <source>Search name, personal number or phone (Ctrl+F)</source>
        <translation>Sök namn, personnummer eller telefon (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>&amp;New youth</source>
        <translation>&amp;Ny ungdom</translation>
    </message>
    <message>
        <source>Register a new youth (Ctrl+N)</source>
        <translation>Registrera en ny ungdom (Ctrl+N)</translation>
    </message>
    <message>
        <source>All mentors</source>
        <translation>Alla mentorer</translation>
    </message>
    <message>
        <source>No mentor</source>
        <translation>Ingen mentor</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Visar %1 av %2</translation>
    </message>
    <message>
        <source>No youths are registered yet.
Register the first one with New youth (Ctrl+N).</source>
        <translation>Inga ungdomar är registrerade ännu.
Registrera den första med Ny ungdom (Ctrl+N).</translation>
    </message>
    <message>
        <source>New youth</source>
        <translation>Ny ungdom</translation>
    </message>
    <message>
        <source>No youth matches the search and filters.</source>
        <translation>Ingen ungdom matchar sökningen och filtren.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Rensa sökning och filter</translation>
    </message>
    <message>
        <source>M&amp;ine</source>
        <translation>M&amp;ina</translation>
    </message>
    <message>
        <source>Only the youths you are mentor for</source>
        <translation>Bara de ungdomar du är mentor för</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Högerklicka för att välja kolumner</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Standardkolumner</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>Sök i registret</translation>
    </message>
    <message>
        <source>Youths in the register</source>
        <translation>Ungdomar i registret</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Uppföljning förfallen</translation>
    </message>
    <message>
        <source>Exited youths with a follow-up that is due or overdue</source>
        <translation>Avslutade ungdomar med en uppföljning som ska göras eller är försenad</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>sökning ”%1”</translation>
    </message>
    <message>
        <source>only my youths</source>
        <translation>bara mina ungdomar</translation>
    </message>
</context>
<context>
    <name>lotsen::ReopenExitDialog</name>
    <message>
        <source>Reopen exit</source>
        <translation>Ångra avslut</translation>
    </message>
    <message>
        <source>Reopen the exit &quot;%1&quot;? The participation runs again and open follow-ups are cancelled. The exit stays in the timeline, struck out, with your name and the reason.</source>
        <translation>Ångra avslutet ”%1”? Deltagandet fortsätter och öppna uppföljningar stryks. Avslutet står kvar i tidslinjen, överstruket, med ditt namn och skälet.</translation>
    </message>
    <message>
        <source>&amp;Why is it reopened?</source>
        <translation>&amp;Varför ångras det?</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>Å&amp;ngra avslutet</translation>
    </message>
</context>
<context>
    <name>lotsen::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>The period before (Alt+Left)</source>
        <translation>Perioden före (Alt+Vänster)</translation>
    </message>
    <message>
        <source>The period after (Alt+Right)</source>
        <translation>Perioden efter (Alt+Höger)</translation>
    </message>
    <message>
        <source>Show counts of 1–4 as &quot;&lt;5&quot; in what leaves the centre</source>
        <translation>Visa antal 1–4 som &quot;&lt;5&quot; i det som lämnar mötesplatsen</translation>
    </message>
    <message>
        <source>Statistical disclosure control, as SCB and Skolverket do: applies to the PDF, the printout and the spreadsheets. Totals stay exact; the screen shows every figure.</source>
        <translation>Röjandekontroll, som SCB och Skolverket gör: gäller PDF, utskrift och kalkylblad. Summor är exakta; skärmen visar alla siffror.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet…</source>
        <translation>&amp;Kalkylblad…</translation>
    </message>
    <message>
        <source>All reports as an Excel workbook (XLSX) or as CSV for Excel in Swedish</source>
        <translation>Alla rapporter som Excel-arbetsbok (XLSX) eller som CSV för svenskt Excel</translation>
    </message>
    <message>
        <source>Participant &amp;list…</source>
        <translation>Deltagar&amp;lista…</translation>
    </message>
    <message>
        <source>One row per enrolment period for the funder. Contains personal data: the export is recorded in the access log.</source>
        <translation>En rad per inskrivning, för finansiären. Innehåller personuppgifter: exporten registreras i åtkomstloggen.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Mentor:</source>
        <translation>Mentor:</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>Kommun:</translation>
    </message>
    <message>
        <source>Referral source:</source>
        <translation>Kom via:</translation>
    </message>
    <message>
        <source>Intervention:</source>
        <translation>Insats:</translation>
    </message>
    <message>
        <source>All mentors</source>
        <translation>Alla mentorer</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alla källor</translation>
    </message>
    <message>
        <source>All interventions</source>
        <translation>Alla insatser</translation>
    </message>
    <message>
        <source>mentor %1</source>
        <translation>mentor %1</translation>
    </message>
    <message>
        <source>municipality %1</source>
        <translation>kommun %1</translation>
    </message>
    <message>
        <source>referral source %1</source>
        <translation>kom via %1</translation>
    </message>
    <message>
        <source>intervention %1</source>
        <translation>insats %1</translation>
    </message>
    <message>
        <source>%1 · computed in %2 s</source>
        <translation>%1 · beräknat på %2 s</translation>
    </message>
    <message>
        <source>The reports could not be computed; see the message above.</source>
        <translation>Rapporterna kunde inte beräknas; se meddelandet ovan.</translation>
    </message>
    <message>
        <source>Choose a report on the left.</source>
        <translation>Välj en rapport till vänster.</translation>
    </message>
    <message>
        <source>Names are shown here only: they are never printed or exported.</source>
        <translation>Namnen visas bara här: de skrivs aldrig ut och exporteras aldrig.</translation>
    </message>
    <message>
        <source>No one: every active youth meets all three.</source>
        <translation>Ingen: alla aktiva ungdomar uppfyller alla tre.</translation>
    </message>
    <message>
        <source>Save the reports as PDF</source>
        <translation>Spara rapporterna som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Sparade %1 (%n sida).</numerusform>
            <numerusform>Sparade %1 (%n sidor).</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook, one sheet per table (*.xlsx)</source>
        <translation>Excel-arbetsbok, ett blad per tabell (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel in Swedish: semicolons, decimal comma, UTF-8 (*.csv)</source>
        <translation>CSV för svenskt Excel: semikolon, decimalkomma, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Save the reports as a spreadsheet</source>
        <translation>Spara rapporterna som kalkylblad</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n table(s)).</source>
        <translation>
            <numerusform>Sparade %1 (%n tabell).</numerusform>
            <numerusform>Sparade %1 (%n tabeller).</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the participant list</source>
        <translation>Spara deltagarlistan</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n row(s)); the export is recorded in the access log.</source>
        <translation>
            <numerusform>Sparade %1 (%n rad); exporten är registrerad i åtkomstloggen.</numerusform>
            <numerusform>Sparade %1 (%n rader); exporten är registrerad i åtkomstloggen.</numerusform>
        </translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Periodens första dag</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Periodens sista dag</translation>
    </message>
    <message>
        <source>Print every report with its charts (Ctrl+P)</source>
        <translation>Skriv ut alla rapporter med diagram (Ctrl+P)</translation>
    </message>
    <message>
        <source>The reports could not be computed, so there is nothing to print or save. %1</source>
        <translation>Rapporterna kunde inte beräknas, så det finns inget att skriva ut eller spara. %1</translation>
    </message>
</context>
<context>
    <name>lotsen::RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>Choose the backup to restore. The database as it is now is kept beside it, so nothing is lost if you chose the wrong one.</source>
        <translation>Välj den säkerhetskopia som ska återställas. Databasen som den ser ut nu sparas bredvid, så att ingenting går förlorat om du valde fel.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Passphrase of the encrypted backup</source>
        <translation>Lösenfras för den krypterade säkerhetskopian</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Välj &amp;fil…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>There are no backups in %1. Choose a backup file with “Choose file…”.</source>
        <translation>Det finns inga säkerhetskopior i %1. Välj en fil med en säkerhetskopia med “Välj fil…”.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Välj en säkerhetskopia</translation>
    </message>
    <message>
        <source>Lotsen backups (*.lotsen *.lotsen.enc);;All files (*)</source>
        <translation>Säkerhetskopior från Lotsen (*.lotsen *.lotsen.enc);;Alla filer (*)</translation>
    </message>
    <message>
        <source>This backup is encrypted: type its passphrase.</source>
        <translation>Den här säkerhetskopian är krypterad: skriv in lösenfrasen.</translation>
    </message>
    <message>
        <source>Restore the backup of %1?

Lotsen closes the database, keeps the current file beside it as “…-before-restore-…”, puts the backup in its place and opens it. Cullings made after the backup are applied again before anyone sees the data. Everyone has to log in again.</source>
        <translation>Vill du återställa säkerhetskopian från %1?

Lotsen stänger databasen, sparar den nuvarande filen bredvid som “…-before-restore-…”, lägger säkerhetskopian på dess plats och öppnar den. Gallringar som gjorts efter säkerhetskopian görs om innan någon ser uppgifterna. Alla måste logga in igen.</translation>
    </message>
</context>
<context>
    <name>lotsen::RetentionDialog</name>
    <message>
        <source>Retention</source>
        <translation>Gallring</translation>
    </message>
    <message>
        <source>Youths who would be culled</source>
        <translation>Ungdomar som skulle gallras</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Ungdom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Last period ended</source>
        <translation>Senaste inskrivningsperiod slutade</translation>
    </message>
    <message>
        <source>Last entry</source>
        <translation>Senaste post</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Ditt lösenord</translation>
    </message>
    <message>
        <source>Cull now</source>
        <translation>Gallra nu</translation>
    </message>
    <message>
        <source>Confirm with your &amp;password:</source>
        <translation>Bekräfta med ditt &amp;lösenord:</translation>
    </message>
    <message>
        <source>Who would be culled could not be read.</source>
        <translation>Det gick inte att läsa vilka som skulle gallras.</translation>
    </message>
    <message>
        <source>#%1, born %2</source>
        <translation>#%1, född %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Uppsökande</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message numerus="yes">
        <source>%n youth(s) would be culled now.</source>
        <translation>
            <numerusform>%n ungdom skulle gallras nu.</numerusform>
            <numerusform>%n ungdomar skulle gallras nu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The policy rests on: %1</source>
        <translation>Gallringsreglerna bygger på: %1</translation>
    </message>
    <message>
        <source>Culled: %1, %2; %3.</source>
        <translation>Gallrat: %1, %2; %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltagare</numerusform>
            <numerusform>%n deltagare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s)</source>
        <translation>
            <numerusform>%n ungdom med status Uppsökande</numerusform>
            <numerusform>%n ungdomar med status Uppsökande</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n access-log entry(s) older than the policy would be removed.</source>
        <translation>
            <numerusform>%n post i åtkomstloggen är äldre än reglerna tillåter och skulle tas bort.</numerusform>
            <numerusform>%n poster i åtkomstloggen är äldre än reglerna tillåter och skulle tas bort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n access-log entry(s) removed</source>
        <translation>
            <numerusform>%n post i åtkomstloggen borttagen</numerusform>
            <numerusform>%n poster i åtkomstloggen borttagna</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is to be culled now under the policy, and no access-log entry is old enough to be removed.</source>
        <translation>Ingen ska gallras nu enligt reglerna, och ingen post i åtkomstloggen är gammal nog att tas bort.</translation>
    </message>
    <message>
        <source>No decision is recorded for the policy: write the decision it rests on in Settings.</source>
        <translation>Inget beslut är angivet för gallringsreglerna: skriv in beslutet de vilar på under Inställningar.</translation>
    </message>
</context>
<context>
    <name>lotsen::RetentionRepository</name>
    <message>
        <source>Only an administrator may cull or erase personal data.</source>
        <translation>Bara en administratör får gallra eller radera personuppgifter.</translation>
    </message>
    <message>
        <source>The password is not right.</source>
        <translation>Lösenordet är fel.</translation>
    </message>
    <message>
        <source>Only administrators and coordinators may see who would be culled.</source>
        <translation>Bara administratörer och samordnare får se vilka som skulle gallras.</translation>
    </message>
    <message numerus="yes">
        <source>Never enrolled; last entry %1, more than %n month(s) ago</source>
        <translation>
            <numerusform>Aldrig inskriven; senaste post %1, för mer än %n månad sedan</numerusform>
            <numerusform>Aldrig inskriven; senaste post %1, för mer än %n månader sedan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last period ended %1, last entry %2, more than %n year(s) ago</source>
        <translation>
            <numerusform>Senaste inskrivningsperiod slutade %1, senaste post %2, för mer än %n år sedan</numerusform>
            <numerusform>Senaste inskrivningsperiod slutade %1, senaste post %2, för mer än %n år sedan</numerusform>
        </translation>
    </message>
    <message>
        <source>This youth no longer exists.</source>
        <translation>Den här ungdomen finns inte längre.</translation>
    </message>
    <message>
        <source>The reason may have at most 2000 characters.</source>
        <translation>Skälet får vara högst 2000 tecken.</translation>
    </message>
    <message>
        <source>This youth&apos;s personal data has already been erased.</source>
        <translation>Den här ungdomens personuppgifter har redan raderats.</translation>
    </message>
    <message>
        <source>This youth has an ongoing enrolment period. End it with an exit first; then the data can be erased.</source>
        <translation>Den här ungdomen har en pågående inskrivningsperiod. Avsluta den först; sedan kan uppgifterna raderas.</translation>
    </message>
    <message>
        <source>Nothing was culled: %1</source>
        <translation>Ingenting gallrades: %1</translation>
    </message>
    <message>
        <source>Nothing was culled, because the access log could not record it: %1</source>
        <translation>Ingenting gallrades, eftersom åtkomstloggen inte kunde registrera det: %1</translation>
    </message>
    <message>
        <source>The culling is done, but it could not be written to the retention log outside the database, so a restore of an older backup would not repeat it: %1</source>
        <translation>Gallringen är gjord, men den kunde inte skrivas till gallringsloggen utanför databasen, så den skulle inte göras om ifall en äldre säkerhetskopia återställs: %1</translation>
    </message>
    <message>
        <source>The culled data was removed, but the file could not be compacted now; the space it held is overwritten with zeros but the file keeps its size until the next culling.</source>
        <translation>De gallrade uppgifterna har tagits bort, men filen kunde inte komprimeras nu. Utrymmet som uppgifterna tog upp har skrivits över med nollor, men filen behåller sin storlek till nästa gallring.</translation>
    </message>
    <message>
        <source>Earlier versions of the culled data remain in the database&apos;s write-ahead file until Lotsen is closed.</source>
        <translation>Tidigare versioner av de gallrade uppgifterna finns kvar i databasens WAL-fil (write-ahead log) tills Lotsen stängs.</translation>
    </message>
    <message>
        <source>Write why the data is erased (e.g. the date of the youth&apos;s request and a case number).</source>
        <translation>Skriv varför uppgifterna raderas (t.ex. datum för ungdomens begäran och ett diarienummer).</translation>
    </message>
    <message>
        <source>The reason must not contain the youth&apos;s name, personal number or phone number: it is kept after the erasure. Write for example the date of the request and a case number.</source>
        <translation>Skälet får inte innehålla ungdomens namn, personnummer eller telefonnummer: det sparas efter raderingen. Skriv till exempel datum för begäran och ett diarienummer.</translation>
    </message>
</context>
<context>
    <name>lotsen::RetentionSettingsWidget</name>
    <message>
        <source>Retention policy</source>
        <translation>Gallringsregler</translation>
    </message>
    <message>
        <source>Years after the last period and entry</source>
        <translation>År efter senaste inskrivningsperiod och senaste post</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source>Months for prospects who never enrolled</source>
        <translation>Månader för uppsökta som aldrig skrevs in</translation>
    </message>
    <message>
        <source> months</source>
        <translation> månader</translation>
    </message>
    <message>
        <source>Years the access log is kept</source>
        <translation>År som åtkomstloggen behålls</translation>
    </message>
    <message>
        <source>Retention decision</source>
        <translation>Gallringsbeslut</translation>
    </message>
    <message>
        <source>e.g. the board&apos;s decision on culling (gallringsbeslut), with its date</source>
        <translation>t.ex. nämndens gallringsbeslut, med datum</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>Spara gallringsreglerna</translation>
    </message>
    <message>
        <source>Preview culling…</source>
        <translation>Förhandsgranska gallring…</translation>
    </message>
    <message>
        <source>Cull personal data after the last period and entry:</source>
        <translation>Gallra personuppgifter efter senaste inskrivningsperiod och senaste post:</translation>
    </message>
    <message>
        <source>Cull prospects who never enrolled after:</source>
        <translation>Gallra uppsökta som aldrig skrevs in efter:</translation>
    </message>
    <message>
        <source>Keep the access log for:</source>
        <translation>Behåll åtkomstloggen i:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Beslut:</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Ändrad av någon annan</translation>
    </message>
    <message>
        <source>Show the saved retention policy now? With No, your changes stay here, unsaved.</source>
        <translation>Visa de sparade gallringsreglerna nu? Med Nej blir dina ändringar kvar här, osparade.</translation>
    </message>
</context>
<context>
    <name>lotsen::ServerConnectionDialog</name>
    <message>
        <source>Shared database</source>
        <translation>Delad databas</translation>
    </message>
    <message>
        <source>The centre&apos;s shared database on the office&apos;s PostgreSQL server. Ask whoever set up the server for these details.</source>
        <translation>Mötesplatsens delade databas på kontorets PostgreSQL-server. Fråga den som ställde i ordning servern efter de här uppgifterna.</translation>
    </message>
    <message>
        <source>server.example.local</source>
        <translation>server.example.local</translation>
    </message>
    <message>
        <source>Encrypted (require)</source>
        <translation>Krypterad (require)</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked (verify-full)</source>
        <translation>Krypterad, serverns certifikat kontrolleras (verify-full)</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it (prefer)</source>
        <translation>Krypterad om servern erbjuder det (prefer)</translation>
    </message>
    <message>
        <source>Not encrypted (disable)</source>
        <translation>Inte krypterad (disable)</translation>
    </message>
    <message>
        <source>Remember the password on this PC</source>
        <translation>Kom ihåg lösenordet på den här datorn</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Användare:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Kryptering:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <source>Connected: Lotsen schema %1</source>
        <translation>Ansluten: Lotsen-schema %1</translation>
    </message>
    <message>
        <source>The password could not be kept on this PC: %1

Lotsen will ask for it at the next start.</source>
        <translation>Lösenordet kunde inte sparas på den här datorn: %1

Lotsen frågar efter det vid nästa start.</translation>
    </message>
</context>
<context>
    <name>lotsen::Session</name>
    <message>
        <source>Lotsen cannot record this login in the access log, so it does not log you in. %1</source>
        <translation>Lotsen kan inte registrera inloggningen i åtkomstloggen och loggar därför inte in dig. %1</translation>
    </message>
    <message>
        <source>No one is logged in.</source>
        <translation>Ingen är inloggad.</translation>
    </message>
    <message>
        <source>Lotsen cannot record logins right now, so it does not log anyone in. %1</source>
        <translation>Lotsen kan inte registrera inloggningar just nu och loggar därför inte in någon. %1</translation>
    </message>
    <message>
        <source>Lotsen cannot write the access log right now, so nothing was saved. %1</source>
        <translation>Lotsen kan inte skriva åtkomstloggen just nu, därför har ingenting sparats. %1</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Ingenting har sparats. %1</translation>
    </message>
</context>
<context>
    <name>lotsen::SettingsPage</name>
    <message>
        <source>Mentors</source>
        <translation>Mentorer</translation>
    </message>
    <message>
        <source>Staff who can be a youth&apos;s mentor. A mentor who leaves is deactivated, not deleted, so that the history still shows who did what.</source>
        <translation>Personal som kan vara mentor för en ungdom. En mentor som slutar inaktiveras i stället för att tas bort, så att historiken fortfarande visar vem som gjorde vad.</translation>
    </message>
    <message>
        <source>Name of a new mentor</source>
        <translation>Namn på en ny mentor</translation>
    </message>
    <message>
        <source>&amp;Add mentor</source>
        <translation>&amp;Lägg till mentor</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Byt namn…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Inaktivera</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Samma som datorn</translation>
    </message>
    <message>
        <source>Language of Lotsen:</source>
        <translation>Språk i Lotsen:</translation>
    </message>
    <message>
        <source>Takes effect the next time Lotsen starts.</source>
        <translation>Ändringen gäller från nästa gång Lotsen startar.</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>A&amp;ktivera</translation>
    </message>
    <message>
        <source>Mentor not added</source>
        <translation>Mentorn lades inte till</translation>
    </message>
    <message>
        <source>Rename mentor</source>
        <translation>Byt namn på mentor</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Mentor not renamed</source>
        <translation>Mentorns namn ändrades inte</translation>
    </message>
    <message>
        <source>Mentor not changed</source>
        <translation>Mentorn ändrades inte</translation>
    </message>
    <message>
        <source>The centre (shared by everyone using this database)</source>
        <translation>Mötesplatsen (gemensamt för alla som använder den här databasen)</translation>
    </message>
    <message>
        <source>Shown at the top of printed plans</source>
        <translation>Visas överst på utskrivna planer</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Välj logotyp…</translation>
    </message>
    <message>
        <source>Use Lotsen&apos;s logo</source>
        <translation>Använd Lotsens logotyp</translation>
    </message>
    <message>
        <source>Centre name:</source>
        <translation>Mötesplatsens namn:</translation>
    </message>
    <message>
        <source>Logo on printouts:</source>
        <translation>Logotyp på utskrifter:</translation>
    </message>
    <message>
        <source>Next plan review after:</source>
        <translation>Nästa uppföljning av planen efter:</translation>
    </message>
    <message>
        <source>Choose the centre&apos;s logo</source>
        <translation>Välj mötesplatsens logotyp</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo not changed</source>
        <translation>Logotypen ändrades inte</translation>
    </message>
    <message>
        <source>The file could not be read as an image.</source>
        <translation>Filen kunde inte läsas som en bild.</translation>
    </message>
    <message>
        <source>An active youth without contact for longer than this appears on the Today list.</source>
        <translation>En aktiv ungdom som har varit utan kontakt längre än så visas på listan Idag.</translation>
    </message>
    <message>
        <source>A prospect in outreach without contact for longer than this appears on the Today list.</source>
        <translation>En ungdom i uppsökande verksamhet som har varit utan kontakt längre än så visas på listan Idag.</translation>
    </message>
    <message>
        <source>For this long after it was written, anyone may change a timeline entry; later only its author, and others write a correction.</source>
        <translation>Så länge efter att en post i tidslinjen har skrivits får vem som helst ändra den; därefter bara den som skrev den, och andra skriver en rättelse.</translation>
    </message>
    <message>
        <source>Today: active youth without contact for more than:</source>
        <translation>Idag: aktiv ungdom utan kontakt i mer än:</translation>
    </message>
    <message>
        <source>Today: prospect without contact for more than:</source>
        <translation>Idag: ungdom i uppsökande verksamhet utan kontakt i mer än:</translation>
    </message>
    <message>
        <source>Timeline entries can be changed by anyone for:</source>
        <translation>Poster i tidslinjen kan ändras av alla under:</translation>
    </message>
    <message>
        <source>A referral to a partner still without an answer after this many days appears on the Today list.</source>
        <translation>En remiss till en samverkanspartner som fortfarande saknar svar efter så här många dagar visas på listan Idag.</translation>
    </message>
    <message>
        <source>Today: referral without an answer after:</source>
        <translation>Idag: remiss utan svar efter:</translation>
    </message>
    <message>
        <source>After this long without input Lotsen hides all personal data until the password is given again.</source>
        <translation>Efter så här lång tid utan aktivitet döljer Lotsen alla personuppgifter tills lösenordet anges igen.</translation>
    </message>
    <message>
        <source>Lock Lotsen after no input for:</source>
        <translation>Lås Lotsen efter så här lång tid utan aktivitet:</translation>
    </message>
    <message>
        <source>A consent that ends within this many days appears on the Today list.</source>
        <translation>Ett samtycke som upphör inom så här många dagar visas på listan Idag.</translation>
    </message>
    <message>
        <source>Today: consent that ends within:</source>
        <translation>Idag: samtycke som upphör inom:</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <comment>a unit after a number</comment>
        <translation>
            <numerusform>%n vecka</numerusform>
            <numerusform>%n veckor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>a unit after a number</comment>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <comment>a unit after a number</comment>
        <translation>
            <numerusform>%n timme</numerusform>
            <numerusform>%n timmar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <comment>a unit after a number</comment>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minuter</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Spara inställningar</translation>
    </message>
    <message>
        <source>Save the centre&apos;s settings for everyone using this database (Ctrl+S)</source>
        <translation>Spara mötesplatsens inställningar för alla som använder den här databasen (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Å&amp;ngra ändringar</translation>
    </message>
    <message>
        <source>Show the saved settings again</source>
        <translation>Visa de sparade inställningarna igen</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Inställningarna sparades inte</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Osparade inställningar</translation>
    </message>
    <message>
        <source>The centre&apos;s settings have changes that are not saved. Save them for everyone using this database?</source>
        <translation>Mötesplatsens inställningar har ändringar som inte är sparade. Spara dem för alla som använder den här databasen?</translation>
    </message>
    <message>
        <source>When follow-ups fall due after an exit: weeks (w) or months (m), separated by commas, e.g. 4w, 6m, 12m. Applies to exits recorded from now on.</source>
        <translation>När uppföljningar ska göras efter ett avslut: veckor (w) eller månader (m), åtskilda med komma, t.ex. 4w, 6m, 12m. Gäller avslut som registreras från och med nu.</translation>
    </message>
    <message>
        <source>Follow-ups after exit:</source>
        <translation>Uppföljningar efter avslut:</translation>
    </message>
    <message>
        <source>After this many unanswered attempts a follow-up may be closed as not reached.</source>
        <translation>Efter så här många obesvarade försök får en uppföljning avslutas som ej nådd.</translation>
    </message>
    <message>
        <source>Close a follow-up as not reached after (unanswered attempts):</source>
        <translation>Avsluta en uppföljning som ej nådd efter (obesvarade försök):</translation>
    </message>
    <message>
        <source>Ask about disability and foreign background at entry</source>
        <translation>Fråga om funktionsnedsättning och utländsk bakgrund vid inskrivning</translation>
    </message>
    <message>
        <source>Only for a centre that must report them. They are special-category data: only coordinators and the youth&apos;s own mentor see them, and every read is logged.</source>
        <translation>Bara för en verksamhet som måste rapportera dem. De är känsliga personuppgifter: bara samordnare och ungdomens egen mentor ser dem, och varje läsning loggas.</translation>
    </message>
    <message>
        <source>Shown on printed reports</source>
        <translation>Visas på utskrivna rapporter</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>The number of participants the project plans for in all; the Participants report sets those since the project start against it.</source>
        <translation>Antalet deltagare som projektet planerar för totalt; rapporten Deltagare jämför deltagarna sedan projektstart med det.</translation>
    </message>
    <message>
        <source>Project (for reports):</source>
        <translation>Projekt (för rapporter):</translation>
    </message>
    <message>
        <source>Project period:</source>
        <translation>Projektperiod:</translation>
    </message>
    <message>
        <source>Planned participants:</source>
        <translation>Planerat antal deltagare:</translation>
    </message>
    <message>
        <source>Lotsen&apos;s logo</source>
        <translation>Lotsens logotyp</translation>
    </message>
    <message>
        <source>the centre&apos;s own logo</source>
        <translation>verksamhetens egen logotyp</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>%1: saved “%2”, yours “%3”</source>
        <translation>%1: sparat ”%2”, ditt ”%3”</translation>
    </message>
    <message>
        <source>Show the saved settings now? Then make again what should still change, and save. With No, your changes stay here, unsaved.</source>
        <translation>Visa de sparade inställningarna nu? Gör sedan om det som fortfarande ska ändras, och spara. Med Nej blir dina ändringar kvar här, osparade.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Ändrad av någon annan</translation>
    </message>
</context>
<context>
    <name>lotsen::ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>Överallt</translation>
    </message>
    <message>
        <source>Lists (Today, the register, outreach, meeting place, interventions &amp; partners)</source>
        <translation>Listor (Idag, registret, uppsökande verksamhet, mötesplatsen, insatser och partner)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <source>Youths: register</source>
        <translation>Ungdomar: registret</translation>
    </message>
    <message>
        <source>Youth card</source>
        <translation>Ungdomens kort</translation>
    </message>
    <message>
        <source>Youth card: action plan</source>
        <translation>Ungdomens kort: handlingsplan</translation>
    </message>
    <message>
        <source>Youth card: timeline</source>
        <translation>Ungdomens kort: tidslinje</translation>
    </message>
    <message>
        <source>Dialogs for contacts, referrals and interventions</source>
        <translation>Dialogrutor för kontakter, remisser och insatser</translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation>Mötesplatsen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>User guide window</source>
        <translation>Fönstret för användarhandboken</translation>
    </message>
    <message>
        <source>Tour of Lotsen</source>
        <translation>Rundtur i Lotsen</translation>
    </message>
    <message>
        <source>Register a new youth</source>
        <translation>Registrera en ny ungdom</translation>
    </message>
    <message>
        <source>Find a youth (search the register)</source>
        <translation>Hitta en ungdom (sök i registret)</translation>
    </message>
    <message>
        <source>Close the youth card in front</source>
        <translation>Stäng det ungdomskort som visas</translation>
    </message>
    <message>
        <source>Lock Lotsen (hide all personal data)</source>
        <translation>Lås Lotsen (dölj alla personuppgifter)</translation>
    </message>
    <message>
        <source>Quit Lotsen</source>
        <translation>Avsluta Lotsen</translation>
    </message>
    <message>
        <source>Go to Today</source>
        <translation>Gå till Idag</translation>
    </message>
    <message>
        <source>Go to Youths</source>
        <translation>Gå till Ungdomar</translation>
    </message>
    <message>
        <source>Go to Meeting place</source>
        <translation>Gå till Mötesplatsen</translation>
    </message>
    <message>
        <source>Go to Interventions &amp; partners</source>
        <translation>Gå till Insatser och partner</translation>
    </message>
    <message>
        <source>Go to Reports</source>
        <translation>Gå till Rapporter</translation>
    </message>
    <message>
        <source>Go to Settings</source>
        <translation>Gå till Inställningar</translation>
    </message>
    <message>
        <source>Go to Access log</source>
        <translation>Gå till Åtkomstlogg</translation>
    </message>
    <message>
        <source>Open the user guide at the page you are on</source>
        <translation>Öppna användarhandboken på den sida du är på</translation>
    </message>
    <message>
        <source>Export the list (Excel or CSV)</source>
        <translation>Exportera listan (Excel eller CSV)</translation>
    </message>
    <message>
        <source>Print the list</source>
        <translation>Skriv ut listan</translation>
    </message>
    <message>
        <source>Choose a youth in the list</source>
        <translation>Välj en ungdom i listan</translation>
    </message>
    <message>
        <source>Open the chosen youth&apos;s card</source>
        <translation>Öppna den valda ungdomens kort</translation>
    </message>
    <message>
        <source>Move from the search field into the results</source>
        <translation>Gå från sökfältet till resultaten</translation>
    </message>
    <message>
        <source>Next tab of the card</source>
        <translation>Nästa flik på kortet</translation>
    </message>
    <message>
        <source>Previous tab of the card</source>
        <translation>Föregående flik på kortet</translation>
    </message>
    <message>
        <source>Save the personal data</source>
        <translation>Spara personuppgifterna</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Spara planen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Lägg till ett steg</translation>
    </message>
    <message>
        <source>Move the step up</source>
        <translation>Flytta upp steget</translation>
    </message>
    <message>
        <source>Move the step down</source>
        <translation>Flytta ned steget</translation>
    </message>
    <message>
        <source>Print the plan</source>
        <translation>Skriv ut planen</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation>Registrera en kontakt</translation>
    </message>
    <message>
        <source>Log an attempt without answer</source>
        <translation>Registrera ett kontaktförsök utan svar</translation>
    </message>
    <message>
        <source>Save and close the dialog</source>
        <translation>Spara och stäng dialogrutan</translation>
    </message>
    <message>
        <source>Check in the youth you typed</source>
        <translation>Checka in den ungdom du har skrivit</translation>
    </message>
    <message>
        <source>The period before</source>
        <translation>Perioden före</translation>
    </message>
    <message>
        <source>The period after</source>
        <translation>Perioden efter</translation>
    </message>
    <message>
        <source>Print the reports</source>
        <translation>Skriv ut rapporterna</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Spara inställningarna</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Sök i handboken</translation>
    </message>
    <message>
        <source>Find the next match</source>
        <translation>Hitta nästa träff</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Bakåt</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Framåt</translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translation>Stäng handboken</translation>
    </message>
    <message>
        <source>Skip the tour</source>
        <translation>Hoppa över rundturen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
    <message>
        <source>Letters underlined in menus and buttons work with Alt as well.</source>
        <translation>Understrukna bokstäver i menyer och knappar fungerar också tillsammans med Alt.</translation>
    </message>
</context>
<context>
    <name>lotsen::SnoozeDialog</name>
    <message>
        <source>Snooze – %1</source>
        <translation>Skjut upp – %1</translation>
    </message>
    <message>
        <source>The reason leaves the Today list until the date you choose, and then comes back unless it has been resolved. Your explanation is kept in the youth&apos;s timeline.</source>
        <translation>Skälet försvinner från listan Idag fram till det datum du väljer och kommer sedan tillbaka, om det inte har lösts. Din förklaring sparas i ungdomens tidslinje.</translation>
    </message>
    <message>
        <source>Why can this wait? (required)</source>
        <translation>Varför kan det här vänta? (obligatoriskt)</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Skjut upp</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>S&amp;käl:</translation>
    </message>
    <message>
        <source>Snooze &amp;until:</source>
        <translation>Skjut upp &amp;till:</translation>
    </message>
    <message>
        <source>&amp;Explanation:</source>
        <translation>&amp;Förklaring:</translation>
    </message>
</context>
<context>
    <name>lotsen::SnoozeRepository</name>
    <message>
        <source>Write why this can wait. The explanation is kept in the youth&apos;s timeline.</source>
        <translation>Skriv varför det här kan vänta. Förklaringen sparas i ungdomens tidslinje.</translation>
    </message>
    <message>
        <source>Choose a date after today. The reason returns to the list on that date.</source>
        <translation>Välj ett datum efter idag. Skälet kommer tillbaka till listan det datumet.</translation>
    </message>
    <message>
        <source>Snoozed “%1” until %2: %3</source>
        <translation>Sköt upp ”%1” till %2: %3</translation>
    </message>
    <message>
        <source>The snooze could not be saved. Nothing was changed. (%1)</source>
        <translation>Uppskjutningen kunde inte sparas. Ingenting har ändrats. (%1)</translation>
    </message>
</context>
<context>
    <name>lotsen::StaffRepository</name>
    <message>
        <source>Write the staff member&apos;s name.</source>
        <translation>Skriv medarbetarens namn.</translation>
    </message>
    <message>
        <source>The staff member could not be saved: %1</source>
        <translation>Medarbetaren kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>The staff member could not be renamed.</source>
        <translation>Medarbetarens namn kunde inte ändras.</translation>
    </message>
    <message>
        <source>The staff member could not be changed.</source>
        <translation>Medarbetaren kunde inte ändras.</translation>
    </message>
</context>
<context>
    <name>lotsen::TimelineModel</name>
    <message>
        <source>Corrects the entry of %1</source>
        <translation>Rättar posten från %1</translation>
    </message>
    <message>
        <source>Corrects an earlier entry</source>
        <translation>Rättar en tidigare post</translation>
    </message>
    <message>
        <source>Corrected by the entry of %1</source>
        <translation>Rättad genom posten från %1</translation>
    </message>
    <message>
        <source>Struck out %1: %2</source>
        <translation>Struken %1: %2</translation>
    </message>
    <message>
        <source>Struck out %1 by %2: %3</source>
        <translation>Struken %1 av %2: %3</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Ändrad status</translation>
    </message>
    <message>
        <source>Mentor changed</source>
        <translation>Byte av mentor</translation>
    </message>
    <message>
        <source>Reminder snoozed</source>
        <translation>Påminnelse uppskjuten</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Registered as %1</source>
        <translation>Registrerad med status %1</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>no mentor</source>
        <translation>ingen mentor</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>Mentor changed: %1 → %2</source>
        <translation>Byte av mentor: %1 → %2</translation>
    </message>
    <message>
        <source>Next planned: %1</source>
        <translation>Nästa planerade kontakt: %1</translation>
    </message>
    <message>
        <source>This entry can no longer be changed; write a correction instead.</source>
        <translation>Den här posten kan inte längre ändras; skriv en rättelse i stället.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Med vem</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Intervention started</source>
        <translation>Insats startad</translation>
    </message>
    <message>
        <source>Intervention ended</source>
        <translation>Insats avslutad</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Samtycke registrerat</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Samtycke återkallat</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Remiss</translation>
    </message>
    <message>
        <source>Referral without consent</source>
        <translation>Remiss utan samtycke</translation>
    </message>
    <message>
        <source>Referral answered</source>
        <translation>Remiss besvarad</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Startad: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Referral to %1</source>
        <translation>Remiss till %1</translation>
    </message>
    <message>
        <source>Referral to %1 without consent. Reason: %2</source>
        <translation>Remiss till %1 utan samtycke. Skäl: %2</translation>
    </message>
    <message>
        <source>Without consent. Reason: %1</source>
        <translation>Utan samtycke. Skäl: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unknown (before version 6)</source>
        <translation>Okänt (före version 6)</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>Action plan signed</source>
        <translation>Handlingsplan undertecknad</translation>
    </message>
    <message>
        <source>Version 1 of the action plan established</source>
        <translation>Version 1 av handlingsplanen upprättad</translation>
    </message>
    <message>
        <source>Plan revised: version %1 established</source>
        <translation>Planen reviderad: version %1 upprättad</translation>
    </message>
    <message>
        <source>Version %1 of the action plan signed by the youth and the mentor</source>
        <translation>Version %1 av handlingsplanen undertecknad av ungdomen och mentorn</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Registrerad av</translation>
    </message>
    <message>
        <source>Reopened %1: %2</source>
        <translation>Ångrat %1: %2</translation>
    </message>
    <message>
        <source>Reopened %1 by %2: %3</source>
        <translation>Ångrat %1 av %2: %3</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inskriven</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Avslut</translation>
    </message>
    <message>
        <source>Exit reopened</source>
        <translation>Avslut ångrat</translation>
    </message>
    <message>
        <source>Follow-up attempt</source>
        <translation>Uppföljningsförsök</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Participation period started %1</source>
        <translation>Deltagandeperiod började %1</translation>
    </message>
    <message>
        <source>Exited %1: %2; situation at exit: %3</source>
        <translation>Avslutad %1: %2; situation vid avslut: %3</translation>
    </message>
    <message>
        <source>The exit of %1 was reopened: %2</source>
        <translation>Avslutet %1 ångrades: %2</translation>
    </message>
    <message>
        <source>Follow-up %1 after exit: %2, %3</source>
        <translation>Uppföljning %1 efter avslut: %2, %3</translation>
    </message>
    <message>
        <source>Follow-up %1 after exit: %2</source>
        <translation>Uppföljning %1 efter avslut: %2</translation>
    </message>
    <message>
        <source>Follow-up %1 after exit: %2, situation: %3</source>
        <translation>Uppföljning %1 efter avslut: %2, situation: %3</translation>
    </message>
</context>
<context>
    <name>lotsen::TimelineTab</name>
    <message>
        <source>Log contact…</source>
        <translation>Registrera kontakt…</translation>
    </message>
    <message>
        <source>Log a meeting, call, message or visit (Ctrl+K)</source>
        <translation>Registrera ett möte, samtal, meddelande eller besök (Ctrl+K)</translation>
    </message>
    <message>
        <source>Log attempt without answer</source>
        <translation>Registrera kontaktförsök utan svar</translation>
    </message>
    <message>
        <source>You tried to reach the youth but got no answer (Ctrl+Shift+K, then Ctrl+Enter to save)</source>
        <translation>Du försökte nå ungdomen men fick inget svar (Ctrl+Shift+K, sedan Ctrl+Enter för att spara)</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <source>Change the selected entry: possible for a short time after it was written, or by its author</source>
        <translation>Ändra den markerade posten: går en kort tid efter att den skrevs, eller för den som skrev den</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Rätta…</translation>
    </message>
    <message>
        <source>Write a new entry that corrects the selected one; the original stays</source>
        <translation>Skriv en ny post som rättar den markerade; originalet finns kvar</translation>
    </message>
    <message>
        <source>Strike out…</source>
        <translation>Stryk…</translation>
    </message>
    <message>
        <source>Mark the selected entry as void, with the reason; it stays visible</source>
        <translation>Gör den markerade posten ogiltig, med ett skäl; den syns fortfarande</translation>
    </message>
    <message>
        <source>No contacts are logged yet. The timeline lists every contact with the youth, newest first: meetings, calls, messages, visits and also attempts that got no answer, together with status and mentor changes. Log a contact with Log contact (Ctrl+K). Entries are never deleted: a mistake is corrected or struck out, and stays visible.</source>
        <translation>Inga kontakter är registrerade ännu. Tidslinjen visar varje kontakt med ungdomen, den senaste först: möten, samtal, meddelanden, besök och även försök som inte fick något svar, tillsammans med ändrad status och byte av mentor. Registrera en kontakt med Registrera kontakt (Ctrl+K). Poster tas aldrig bort: ett misstag rättas eller stryks och syns fortfarande.</translation>
    </message>
    <message>
        <source>Strike out entry</source>
        <translation>Stryk post</translation>
    </message>
    <message>
        <source>The entry of %1 stays in the timeline, struck through, with your name, the time and the reason.
Why is it struck out?</source>
        <translation>Posten från %1 finns kvar i tidslinjen, överstruken, med ditt namn, tiden och skälet.
Varför stryks den?</translation>
    </message>
    <message>
        <source>Strike out</source>
        <translation>Stryk</translation>
    </message>
    <message>
        <source>Correct entry</source>
        <translation>Rätta post</translation>
    </message>
    <message>
        <source>This entry can no longer be changed. Write a correction? The original stays in the timeline.</source>
        <translation>Den här posten kan inte längre ändras. Vill du skriva en rättelse? Den ursprungliga posten finns kvar i tidslinjen.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Add to calendar…</source>
        <translation>Lägg i kalendern…</translation>
    </message>
    <message>
        <source>Save the selected entry&apos;s next planned contact as a calendar file (.ics), with the youth&apos;s first name only</source>
        <translation>Spara den markerade postens nästa planerade kontakt som en kalenderfil (.ics), med bara ungdomens förnamn</translation>
    </message>
</context>
<context>
    <name>lotsen::TodayPage</name>
    <message>
        <source>&amp;Show youths of:</source>
        <translation>&amp;Visa ungdomar för:</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:14pt&apos;&gt;Nobody needs attention right now.&lt;/p&gt;&lt;p&gt;Everyone has had contact recently, no planned contact or plan review is due, and no calls are waiting for an answer.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:14pt&apos;&gt;Ingen behöver uppmärksammas just nu.&lt;/p&gt;&lt;p&gt;Alla har haft kontakt nyligen, ingen planerad kontakt eller uppföljning av plan är aktuell, och inga samtal väntar på svar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open card</source>
        <translation>&amp;Öppna kortet</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>R&amp;egistrera kontakt…</translation>
    </message>
    <message>
        <source>Log &amp;attempt…</source>
        <translation>Registrera &amp;kontaktförsök…</translation>
    </message>
    <message>
        <source>A call or message that got no answer. Two in a row make the item urgent.</source>
        <translation>Ett samtal eller meddelande som inte fick något svar. Två i rad gör ärendet brådskande.</translation>
    </message>
    <message>
        <source>S&amp;nooze…</source>
        <translation>Skjut &amp;upp…</translation>
    </message>
    <message>
        <source>Hide a reason until a date, with a written explanation.</source>
        <translation>Dölj ett skäl fram till ett datum, med en skriftlig förklaring.</translation>
    </message>
    <message>
        <source>All mentors</source>
        <translation>Alla mentorer</translation>
    </message>
    <message>
        <source>Today, %1 %2</source>
        <translation>Idag, %1 %2</translation>
    </message>
    <message>
        <source>1 youth needs attention.</source>
        <translation>1 ungdom behöver uppmärksammas.</translation>
    </message>
    <message numerus="yes">
        <source>%n youths need attention.</source>
        <translation>
            <numerusform>%n ungdom behöver uppmärksammas.</numerusform>
            <numerusform>%n ungdomar behöver uppmärksammas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n urgent (unanswered attempts in a row), shown in red.</source>
        <translation>
            <numerusform>%n brådskande (obesvarade försök i rad), visas med rött.</numerusform>
            <numerusform>%n brådskande (obesvarade försök i rad), visas med rött.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be computed: %1</source>
        <translation>Listan kunde inte tas fram: %1</translation>
    </message>
    <message>
        <source>Youths who need attention</source>
        <translation>Ungdomar som behöver uppmärksamhet</translation>
    </message>
    <message>
        <source>Record &amp;follow-up…</source>
        <translation>Registrera &amp;uppföljning…</translation>
    </message>
    <message>
        <source>An attempt to reach a youth after their exit, and their situation when reached.</source>
        <translation>Ett försök att nå en ungdom efter avslutet, och hens situation när hen nås.</translation>
    </message>
    <message>
        <source>There is no verified backup of this database yet.</source>
        <translation>Det finns ännu ingen kontrollerad säkerhetskopia av den här databasen.</translation>
    </message>
    <message numerus="yes">
        <source>No verified backup for %n day(s).</source>
        <translation>
            <numerusform>Ingen kontrollerad säkerhetskopia på %n dag.</numerusform>
            <numerusform>Ingen kontrollerad säkerhetskopia på %n dagar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last backup had a problem.</source>
        <translation>Den senaste säkerhetskopieringen hade ett problem.</translation>
    </message>
    <message>
        <source>See Settings › Automatic backups.</source>
        <translation>Se Inställningar › Automatiska säkerhetskopior.</translation>
    </message>
    <message>
        <source>The backups cannot be checked.</source>
        <translation>Säkerhetskopiorna kan inte kontrolleras.</translation>
    </message>
    <message>
        <source>What Today shows, and why</source>
        <translation>Vad sidan Idag visar och varför</translation>
    </message>
    <message>
        <source>Today&apos;s work list %1</source>
        <translation>Dagens arbetslista %1</translation>
    </message>
    <message>
        <source>youths of: %1</source>
        <translation>ungdomar för: %1</translation>
    </message>
    <message>
        <source>Add to calendar…</source>
        <translation>Lägg i kalendern…</translation>
    </message>
    <message>
        <source>Save the follow-up as a calendar file (.ics) for Outlook or Thunderbird: the first name and a Lotsen reference only.</source>
        <translation>Spara uppföljningen som en kalenderfil (.ics) för Outlook eller Thunderbird: bara förnamnet och en referens i Lotsen.</translation>
    </message>
</context>
<context>
    <name>lotsen::VisitorsModel</name>
    <message>
        <source>Double-click to open the youth&apos;s card</source>
        <translation>Dubbelklicka för att öppna ungdomens kort</translation>
    </message>
    <message>
        <source>Anonymous visitor</source>
        <translation>Anonym besökare</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Besökare</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Åldersgrupp</translation>
    </message>
</context>
<context>
    <name>lotsen::WhoOpenedDialog</name>
    <message>
        <source>Who has looked at this youth?</source>
        <translation>Vem har tittat på ungdomens uppgifter?</translation>
    </message>
    <message>
        <source>Accounts that opened this youth&apos;s card (number %1 in Lotsen), from the access log.</source>
        <translation>Konton som har öppnat ungdomens kort (nummer %1 i Lotsen), enligt åtkomstloggen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Last opened</source>
        <translation>Senast öppnat</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Antal gånger</translation>
    </message>
    <message>
        <source>No one has opened this youth&apos;s card yet.</source>
        <translation>Ingen har öppnat ungdomens kort ännu.</translation>
    </message>
    <message>
        <source>Who has looked?</source>
        <translation>Vem har tittat?</translation>
    </message>
    <message>
        <source>Who has looked at this youth&apos;s data, from the access log</source>
        <translation>Vem som har tittat på ungdomens uppgifter, enligt åtkomstloggen</translation>
    </message>
</context>
<context>
    <name>lotsen::YouthCard</name>
    <message>
        <source>Personal data</source>
        <translation>Personuppgifter</translation>
    </message>
    <message>
        <source>New youth</source>
        <translation>Ny ungdom</translation>
    </message>
    <message>
        <source>Fill in what you know now; everything except the name can be added later.</source>
        <translation>Fyll i det du vet nu; allt utom namnet kan läggas till senare.</translation>
    </message>
    <message>
        <source>No personal number</source>
        <translation>Inget personnummer</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n år</numerusform>
            <numerusform>%n år</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>The card for %1 has changes that are not saved. Save them before closing?</source>
        <translation>Kortet för %1 har ändringar som inte är sparade. Vill du spara dem innan kortet stängs?</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>Network &amp;&amp; consent</source>
        <translation>Nätverk och samtycke</translation>
    </message>
    <message>
        <source>Enrolment and exit</source>
        <translation>Inskrivning och avslut</translation>
    </message>
</context>
<context>
    <name>lotsen::YouthListModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Personal number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Senaste kontakt</translation>
    </message>
    <message>
        <source>Next planned contact</source>
        <translation>Nästa planerade kontakt</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Avslutsdatum</translation>
    </message>
    <message>
        <source>Situation at exit</source>
        <translation>Situation vid avslut</translation>
    </message>
</context>
<context>
    <name>lotsen::YouthRepository</name>
    <message>
        <source>Write the first name.</source>
        <translation>Skriv förnamnet.</translation>
    </message>
    <message>
        <source>Write the last name.</source>
        <translation>Skriv efternamnet.</translation>
    </message>
    <message>
        <source>The personal number must be stored with 12 digits.</source>
        <translation>Personnumret måste sparas med 12 siffror.</translation>
    </message>
    <message>
        <source>The birth date does not match the personal number.</source>
        <translation>Födelsedatumet stämmer inte med personnumret.</translation>
    </message>
    <message>
        <source>%1 is already registered with this personal number (no. %2). Open that youth instead.</source>
        <translation>%1 är redan registrerad med det här personnumret (nr %2). Öppna den ungdomen i stället.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>Födelsedatumet ligger i framtiden.</translation>
    </message>
    <message>
        <source>The e-mail address does not look right (name@example.se).</source>
        <translation>E-postadressen ser inte rätt ut (namn@exempel.se).</translation>
    </message>
    <message>
        <source>The youth could not be saved. Nothing was changed. (%1)</source>
        <translation>Ungdomen kunde inte sparas. Ingenting har ändrats. (%1)</translation>
    </message>
    <message>
        <source>This youth no longer exists in the database.</source>
        <translation>Ungdomen finns inte längre i databasen.</translation>
    </message>
    <message>
        <source>The youth could not be deleted: %1</source>
        <translation>Ungdomen kunde inte tas bort: %1</translation>
    </message>
    <message>
        <source>The youths could not be saved. Nothing was changed. (%1)</source>
        <translation>Ungdomarna kunde inte sparas. Ingenting har ändrats. (%1)</translation>
    </message>
    <message>
        <source>Only new youths can be added this way.</source>
        <translation>Bara nya ungdomar kan läggas till på det här sättet.</translation>
    </message>
    <message numerus="yes">
        <source>This field takes at most %n character(s).</source>
        <translation>
            <numerusform>Fältet rymmer högst %n tecken.</numerusform>
            <numerusform>Fältet rymmer högst %n tecken.</numerusform>
        </translation>
    </message>
    <message>
        <source>A participation ends with &quot;Exit…&quot; on the youth&apos;s card, which records the date, the reason and the situation at exit. The status alone cannot be set to Exited.</source>
        <translation>Ett deltagande avslutas med ”Avsluta…” på ungdomens kort, som registrerar datum, orsak och situation vid avslut. Bara statusen kan inte sättas till Avslutad.</translation>
    </message>
    <message>
        <source>An exited youth comes back with &quot;Re-enrol…&quot;, which starts a new period. (A coordinator can reopen an exit made by mistake.)</source>
        <translation>En avslutad ungdom kommer tillbaka med ”Skriv in igen…”, som börjar en ny period. (En samordnare kan ångra ett avslut som gjorts av misstag.)</translation>
    </message>
    <message>
        <source>A participant cannot become a prospect again. End the participation with &quot;Exit…&quot; instead.</source>
        <translation>En deltagare kan inte bli uppsökt igen. Avsluta deltagandet med ”Avsluta…” i stället.</translation>
    </message>
    <message>
        <source>Only prospects without history can be deleted. End their participation with &quot;Exit…&quot; instead, so that the history is kept.</source>
        <translation>Bara ungdomar i uppsökande verksamhet utan historik kan tas bort. Avsluta deltagandet med ”Avsluta…” i stället, så att historiken finns kvar.</translation>
    </message>
    <message>
        <source>This youth has an action plan and cannot be deleted. End the participation with &quot;Exit…&quot; instead.</source>
        <translation>Ungdomen har en handlingsplan och kan inte tas bort. Avsluta deltagandet med ”Avsluta…” i stället.</translation>
    </message>
    <message>
        <source>This youth has contacts, interventions, referrals, consents or a network on record and cannot be deleted. End the participation with &quot;Exit…&quot; instead.</source>
        <translation>Ungdomen har kontakter, insatser, remisser, samtycken eller ett nätverk registrerat och kan inte tas bort. Avsluta deltagandet med ”Avsluta…” i stället.</translation>
    </message>
    <message>
        <source>This youth has a history (status or mentor changes) and cannot be deleted. End the participation with &quot;Exit…&quot; instead.</source>
        <translation>Ungdomen har en historik (ändrad status eller mentor) och kan inte tas bort. Avsluta deltagandet med ”Avsluta…” i stället.</translation>
    </message>
    <message>
        <source>Someone else saved this youth at %1, after you opened the card. Nothing of yours was saved.</source>
        <translation>Någon annan sparade den här ungdomen %1, efter att du öppnade kortet. Inget av det du ändrat sparades.</translation>
    </message>
    <message>
        <source>%1 saved this youth at %2, after you opened the card. Nothing of yours was saved.</source>
        <translation>%1 sparade den här ungdomen %2, efter att du öppnade kortet. Inget av det du ändrat sparades.</translation>
    </message>
</context>
<context>
    <name>lotsen::YouthsPage</name>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Uppsökande verksamhet</translation>
    </message>
    <message>
        <source>Card not opened</source>
        <translation>Kortet öppnades inte</translation>
    </message>
    <message>
        <source>Lotsen opens a youth&apos;s card only when the access log records it, so the card is not opened.

%1</source>
        <translation>Lotsen öppnar en ungdoms kort bara när åtkomstloggen registrerar det, därför öppnas inte kortet.

%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try --help.</source>
        <translation>Prova --help.</translation>
    </message>
    <message>
        <source>Demo database written: %1</source>
        <translation>Demodatabasen har skrivits: %1</translation>
    </message>
    <message>
        <source>Lotsen</source>
        <translation>Lotsen</translation>
    </message>
    <message>
        <source>The demo database could not be created: %1</source>
        <translation>Demodatabasen kunde inte skapas: %1</translation>
    </message>
</context>
</TS>
