<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>App</name>
    <message>
        <location filename="../../kzpk_desktop/app.py" line="+111"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KZPK Desktop cannot open the database
%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message numerus="yes">
        <location filename="../../kzpk_desktop/gui/demo.py" line="+52"/>
        <source>Creating demo data for %n serviceman(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo data could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kzpk_desktop/gui/main_window.py" line="+60"/>
        <source>The database this window works on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the list again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About KZPK Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version and database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>About KZPK Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;KZPK Desktop&lt;/b&gt; %1&lt;br&gt;Records and paperwork for Kazakhstan&apos;s UN peacekeeping contingents.&lt;br&gt;&lt;br&gt;Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../kzpk_desktop/gui/widgets/dates.py" line="+32"/>
        <source>Clear the date</source>
        <extracomment>The date, or None when the field is empty; emitted on every change.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the date as dd.mm.yyyy or pick it from the calendar; Delete empties the field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryColumns</name>
    <message>
        <location filename="../../kzpk_desktop/gui/registry/columns.py" line="+38"/>
        <source>Rank</source>
        <extracomment>Key understood by ``services.registry.page(sort=...)``; None: not sortable.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in Latin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryList</name>
    <message>
        <location filename="../../kzpk_desktop/gui/registry/view.py" line="+45"/>
        <source>Find by name, IIN or service number (Ctrl+F)</source>
        <extracomment>The current serviceman&apos;s id (None when no row is current). Enter or double-click on a row: the clerk wants to edit it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the beginning of any name (Cyrillic or Latin), of the IIN or of the service number; every word must match. Ctrl+F comes back here, Down goes to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All ranks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men and women</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+118"/>
        <source>%Ln serviceman(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %Ln serviceman(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <location filename="../../kzpk_desktop/gui/registry/model.py" line="+122"/>
        <source>This column cannot be sorted; the list stays in its order.</source>
        <extracomment>A passport must outlast a tour by six months (domain.md), so warn that early. (rows matching the filter, servicemen in the database)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The passport has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The passport expires within %n month(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <location filename="../../kzpk_desktop/gui/registry/page.py" line="+118"/>
        <source>Not saved: please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete serviceman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 (IIN %2) with all documents and history?

This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new serviceman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+25"/>
        <source>Record not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload shows their version and drops your unsaved changes. Keep my changes leaves your edits on screen so you can note them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your entries stay in the form as a new record; save to add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The database did not accept the change ({detail}). Nothing was changed; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicemanForm</name>
    <message>
        <location filename="../../kzpk_desktop/gui/registry/form.py" line="+94"/>
        <source>type to search</source>
        <extracomment>ServicemanData attribute -&gt; the widget that edits it (object names in the .ui file). The Latin field each Cyrillic name suggests a spelling for. Esc on a form with nothing to revert: give the keyboard back to the list.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Choose a rank from the list, or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Revert changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the changes made to this record since it was opened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <location filename="../../ui/serviceman_form.ui" line="+32"/>
        <source>New serviceman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/serviceman_form.ui" line="-18"/>
        <source>Serviceman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Service &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Surname (&amp;Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+33"/>
        <source>Exactly as printed in the passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Given names (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Se&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Military speciality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>English level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. IELTS 5.0 or STANAG 3333</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Driving licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>categories, e.g. B, C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Blood group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>National passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passport n&amp;umber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Contacts and next of kin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Next of kin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. wife, father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Next of kin&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Undo the changes made since the record was opened or saved (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the record (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <location filename="../../kzpk_desktop/gui/areas.py" line="+33"/>
        <source>Servicemen registry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../kzpk_desktop/gui/labels.py" line="+11"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <location filename="services_templates.py" line="+3"/>
        <source>Wrong user name or password.</source>
        <extracomment>kzpk_desktop/services/accounts.py:56</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account {username} is disabled; ask an administrator.</source>
        <extracomment>kzpk_desktop/services/accounts.py:57</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many wrong passwords; try again in {seconds} seconds.</source>
        <extracomment>kzpk_desktop/services/accounts.py:58</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user name is 3 to 60 characters: Latin letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <extracomment>kzpk_desktop/services/accounts.py:79</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name {username} is reserved; choose another.</source>
        <extracomment>kzpk_desktop/services/accounts.py:83</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must be at least {n} characters long.</source>
        <extracomment>kzpk_desktop/services/accounts.py:90</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must not be the user name.</source>
        <extracomment>kzpk_desktop/services/accounts.py:93</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The role must be one of: {roles}.</source>
        <extracomment>kzpk_desktop/services/accounts.py:113</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first account must be an administrator.</source>
        <extracomment>kzpk_desktop/services/accounts.py:116</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name {username} is taken.</source>
        <extracomment>kzpk_desktop/services/accounts.py:118</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current password is wrong.</source>
        <extracomment>kzpk_desktop/services/accounts.py:169</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{username} is the last active administrator; make another administrator first.</source>
        <extracomment>kzpk_desktop/services/accounts.py:194</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no user named {username}.</source>
        <extracomment>kzpk_desktop/services/accounts.py:205</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} is assigned to {unit} since {start}; a new assignment must start after that date.</source>
        <extracomment>kzpk_desktop/services/assignments.py:55</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who}: the assignment from {date} to {date_to} would overlap the current assignment to {unit} (since {start}).</source>
        <extracomment>kzpk_desktop/services/assignments.py:58</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who}: an assignment from {date} would overlap the assignment to {unit} from {start} to {end}.</source>
        <extracomment>kzpk_desktop/services/assignments.py:62</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who}: the assignment from {date} to {date_to} would overlap the assignment to {unit} from {start} to {end}.</source>
        <extracomment>kzpk_desktop/services/assignments.py:64</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a unit.</source>
        <extracomment>kzpk_desktop/services/assignments.py:80</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit no longer exists (deleted by someone else?).</source>
        <extracomment>kzpk_desktop/services/assignments.py:81</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date the assignment starts.</source>
        <extracomment>kzpk_desktop/services/assignments.py:85</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The assignment cannot end before it starts.</source>
        <extracomment>kzpk_desktop/services/assignments.py:87</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The position is too long (at most {max} characters).</source>
        <extracomment>kzpk_desktop/services/assignments.py:89</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order number is too long (at most {max} characters).</source>
        <extracomment>kzpk_desktop/services/assignments.py:92</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one serviceman.</source>
        <extracomment>kzpk_desktop/services/assignments.py:95</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} of the chosen servicemen no longer exist (deleted by someone else?).</source>
        <extracomment>kzpk_desktop/services/assignments.py:108</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The assignment no longer exists (deleted by someone else?).</source>
        <extracomment>kzpk_desktop/services/assignments.py:173</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This assignment already ended on {date}.</source>
        <extracomment>kzpk_desktop/services/assignments.py:176</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The assignment cannot end before it starts ({date}).</source>
        <extracomment>kzpk_desktop/services/assignments.py:179</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role ({role}) may not change records.</source>
        <extracomment>kzpk_desktop/services/auth.py:44</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role ({role}) may not delete records; a supervisor or an administrator may.</source>
        <extracomment>kzpk_desktop/services/auth.py:45</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role ({role}) may not change reference tables (ranks, missions, units, Parliament decisions); only an administrator may.</source>
        <extracomment>kzpk_desktop/services/auth.py:46</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role ({role}) may not manage user accounts; only an administrator may.</source>
        <extracomment>kzpk_desktop/services/auth.py:48</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role ({role}) may not change the settings; only an administrator may.</source>
        <extracomment>kzpk_desktop/services/auth.py:49</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role ({role}) may not approve roster entries; a supervisor or an administrator may.</source>
        <extracomment>kzpk_desktop/services/auth.py:50</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role ({role}) may not override eligibility rules; a supervisor or an administrator may.</source>
        <extracomment>kzpk_desktop/services/auth.py:52</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role ({role}) may not do this; a supervisor or an administrator may.</source>
        <extracomment>kzpk_desktop/services/auth.py:54</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role ({role}) may not do this; only an administrator may.</source>
        <extracomment>kzpk_desktop/services/auth.py:55</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in first: this database has user accounts, and changes are made by a named user.</source>
        <extracomment>kzpk_desktop/services/auth.py:56</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account {username} is disabled or no longer exists; sign in again.</source>
        <extracomment>kzpk_desktop/services/auth.py:58</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups are made of SQLite database files only; back up a PostgreSQL server with its own tools (pg_dump).</source>
        <extracomment>kzpk_desktop/services/backup.py:30</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no database file at {path}.</source>
        <extracomment>kzpk_desktop/services/backup.py:46</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup cannot overwrite the database itself.</source>
        <extracomment>kzpk_desktop/services/backup.py:49</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy failed its integrity check ({detail}); the database itself may be damaged.</source>
        <extracomment>kzpk_desktop/services/backup.py:68</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup could not be made: {detail}.</source>
        <extracomment>kzpk_desktop/services/backup.py:72</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write {path}: the folder is read-only or the file is in use.</source>
        <extracomment>kzpk_desktop/services/backup.py:74</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rotation no longer exists.</source>
        <extracomment>kzpk_desktop/services/ceilings.py:76</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision {decision} sets no ceiling for {mission}, so nobody can be sent there under it.</source>
        <extracomment>kzpk_desktop/services/ceilings.py:111</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No place left for {mission} under decision {decision}: {used} of {ceiling} places are taken on {day}. Nobody can exceed Parliament&apos;s ceiling.</source>
        <extracomment>kzpk_desktop/services/ceilings.py:116</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No place left under decision {decision} overall: {used} of {ceiling} places are taken on {day}. Nobody can exceed Parliament&apos;s ceiling.</source>
        <extracomment>kzpk_desktop/services/ceilings.py:123</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision number is required.</source>
        <extracomment>kzpk_desktop/services/decisions.py:62</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision {number} already exists.</source>
        <extracomment>kzpk_desktop/services/decisions.py:66</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of the decision is required.</source>
        <extracomment>kzpk_desktop/services/decisions.py:68</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title is required.</source>
        <extracomment>kzpk_desktop/services/decisions.py:70</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The overall ceiling is required.</source>
        <extracomment>kzpk_desktop/services/decisions.py:72</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The overall ceiling cannot be negative.</source>
        <extracomment>kzpk_desktop/services/decisions.py:74</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period cannot end ({end}) before it starts ({start}).</source>
        <extracomment>kzpk_desktop/services/decisions.py:76</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name at least one mission with its ceiling.</source>
        <extracomment>kzpk_desktop/services/decisions.py:79</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown mission (id {id}).</source>
        <extracomment>kzpk_desktop/services/decisions.py:86</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ceiling for {mission} must be zero or more.</source>
        <extracomment>kzpk_desktop/services/decisions.py:88</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ceiling for {mission} ({value}) exceeds the overall ceiling ({overall}).</source>
        <extracomment>kzpk_desktop/services/decisions.py:90</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision {number}</source>
        <extracomment>kzpk_desktop/services/decisions.py:114</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{mission} rotation {rotation} rests on this decision; its mission cannot be removed.</source>
        <extracomment>kzpk_desktop/services/decisions.py:125</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A decision cannot supersede itself.</source>
        <extracomment>kzpk_desktop/services/decisions.py:153</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision {old} was already superseded by decision {by}.</source>
        <extracomment>kzpk_desktop/services/decisions.py:155</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision {new} was itself superseded by decision {by}; use the latest decision.</source>
        <extracomment>kzpk_desktop/services/decisions.py:158</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision {new} ({new_date}) is older than decision {old} ({old_date}); only a later decision can supersede.</source>
        <extracomment>kzpk_desktop/services/decisions.py:162</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Parliament decision no longer exists.</source>
        <extracomment>kzpk_desktop/services/decisions.py:180</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the kind of document.</source>
        <extracomment>kzpk_desktop/services/documents.py:141</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown document kind &apos;{kind}&apos;.</source>
        <extracomment>kzpk_desktop/services/documents.py:143</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the document number.</source>
        <extracomment>kzpk_desktop/services/documents.py:148</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number is too long (at most {max} characters).</source>
        <extracomment>kzpk_desktop/services/documents.py:150</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport number may hold only Latin letters and digits.</source>
        <extracomment>kzpk_desktop/services/documents.py:152</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The issuer is too long (at most {max} characters).</source>
        <extracomment>kzpk_desktop/services/documents.py:154</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The issue date cannot be in the future.</source>
        <extracomment>kzpk_desktop/services/documents.py:156</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document must expire after the date it was issued.</source>
        <extracomment>kzpk_desktop/services/documents.py:158</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the expiry date: this kind of document expires.</source>
        <extracomment>kzpk_desktop/services/documents.py:160</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This serviceman already has a document of this kind with number {number}.</source>
        <extracomment>kzpk_desktop/services/documents.py:176</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number {number} is already recorded for {who}.</source>
        <extracomment>kzpk_desktop/services/documents.py:179</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport {value} is already recorded for {who}.</source>
        <extracomment>kzpk_desktop/services/documents.py:184</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file {filename} is empty.</source>
        <extracomment>kzpk_desktop/services/documents.py:342</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is {size} MB; the limit is {limit} MB.</source>
        <extracomment>kzpk_desktop/services/documents.py:344</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{filename} is not a PDF, PNG or JPEG file; only these can be attached.</source>
        <extracomment>kzpk_desktop/services/documents.py:351</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the file a name ending in .pdf, .png, .jpg or .jpeg.</source>
        <extracomment>kzpk_desktop/services/documents.py:356</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{filename} is named as {claimed} but its content is {actual}.</source>
        <extracomment>kzpk_desktop/services/documents.py:359</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The serviceman no longer exists (deleted by someone else?).</source>
        <extracomment>kzpk_desktop/services/documents.py:402</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document no longer exists (deleted by someone else?).</source>
        <extracomment>kzpk_desktop/services/documents.py:409</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passport</source>
        <extracomment>kzpk_desktop/services/eligibility.py:38</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medical fitness</source>
        <extracomment>kzpk_desktop/services/eligibility.py:39</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pre-deployment training</source>
        <extracomment>kzpk_desktop/services/eligibility.py:40</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>human-rights screening</source>
        <extracomment>kzpk_desktop/services/eligibility.py:41</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overlapping rotation</source>
        <extracomment>kzpk_desktop/services/eligibility.py:42</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>service status</source>
        <extracomment>kzpk_desktop/services/eligibility.py:43</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>age</source>
        <extracomment>kzpk_desktop/services/eligibility.py:44</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rank</source>
        <extracomment>kzpk_desktop/services/eligibility.py:45</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No medical fitness certificate on file.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:59</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medical fitness certificate {number} expires on {expires}, before the rotation starts on {start}.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:60</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medical fitness certificate {number} is dated {issued}, after the rotation starts on {start}.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:62</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No pre-deployment training certificate on file.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:65</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre-deployment training certificate {number} expires on {expires}, before the rotation starts on {start}.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:66</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre-deployment training certificate {number} is dated {issued}, after the rotation starts on {start}.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:68</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No human-rights screening certificate on file.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:71</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Human-rights screening certificate {number} expires on {expires}, before the rotation starts on {start}.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:72</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Human-rights screening certificate {number} is dated {issued}, after the rotation starts on {start}.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:74</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The roster entry no longer exists.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:125</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also on the roster of {mission} rotation {number} ({start} - {end}, {status}), which overlaps this rotation&apos;s dates.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:206</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discharged from service; cannot be deployed.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:212</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded as deployed, but on no rotation in this database; check where the serviceman is serving.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:215</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aged {age} on the rotation&apos;s start ({start}); staff officers and experts on mission must be 25 to 55.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:221</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rank on file; staff officers and experts on mission must be captain to colonel.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:225</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank {rank} is outside captain to colonel, required for staff officers and experts on mission.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:229</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No current passport (national or service) on file.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:239</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport {number} has no expiry date on file; it must be valid until at least {deadline}.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:244</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport {number} expires on {expires}; it must be valid until at least {deadline}, 6 months after the rotation&apos;s planned end ({end}).</source>
        <extracomment>kzpk_desktop/services/eligibility.py:248</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong passphrase, or the file is not an encrypted KZPK database.</source>
        <extracomment>kzpk_desktop/services/encryption.py:25</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption needs the sqlcipher3 package, which is not installed.</source>
        <extracomment>kzpk_desktop/services/encryption.py:36</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase must be at least {n} characters long.</source>
        <extracomment>kzpk_desktop/services/encryption.py:99</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is already encrypted (or is not a SQLite database).</source>
        <extracomment>kzpk_desktop/services/encryption.py:110</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not encrypted.</source>
        <extracomment>kzpk_desktop/services/encryption.py:120</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database could not be converted: {detail}.</source>
        <extracomment>kzpk_desktop/services/encryption.py:150</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is in use by another program; close KZPK Desktop and try again.</source>
        <extracomment>kzpk_desktop/services/encryption.py:178</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The converted copy did not match the original ({detail}); the original is unchanged.</source>
        <extracomment>kzpk_desktop/services/encryption.py:196</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIN {value} is also in row(s) {rows} of the file.</source>
        <extracomment>kzpk_desktop/services/import_match.py:138</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service number {value} is also in row(s) {rows} of the file.</source>
        <extracomment>kzpk_desktop/services/import_match.py:139</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport {value} is also in row(s) {rows} of the file.</source>
        <extracomment>kzpk_desktop/services/import_match.py:140</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service number {value} already belongs to {who} (IIN {iin}).</source>
        <extracomment>kzpk_desktop/services/import_match.py:163</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport {value} is already recorded for {who} (IIN {iin}).</source>
        <extracomment>kzpk_desktop/services/import_match.py:165</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A position needs a unit: fill in the unit too.</source>
        <extracomment>kzpk_desktop/services/import_match.py:178</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} (IIN {iin}) is already recorded and this row would change: {columns}. Choose to update existing servicemen to save the changes.</source>
        <extracomment>kzpk_desktop/services/import_match.py:196</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import cancelled; nothing was saved.</source>
        <extracomment>kzpk_desktop/services/import_model.py:31</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown rank &apos;{value}&apos;: write it as in the rank list (in Kazakh, Russian or English).</source>
        <extracomment>kzpk_desktop/services/import_rows.py:98</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown unit &apos;{value}&apos;: no unit has this name. Add the unit first or correct the name.</source>
        <extracomment>kzpk_desktop/services/import_rows.py:113</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{unit} was retired on {date}; it takes no new members or sub-units.</source>
        <extracomment>kzpk_desktop/services/import_rows.py:117</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; names {count} units ({paths}); write the unit&apos;s full path instead.</source>
        <extracomment>kzpk_desktop/services/import_rows.py:121</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too long: {length} characters, at most {max}.</source>
        <extracomment>kzpk_desktop/services/import_rows.py:163</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a sex: write М or Ж (Ер or Әйел, M or F).</source>
        <extracomment>kzpk_desktop/services/import_rows.py:179</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} was saved by someone else after the preview; nothing was imported. Preview the file again.</source>
        <extracomment>kzpk_desktop/services/import_write.py:110</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotation {rotation} is completed; its roster is closed.</source>
        <extracomment>kzpk_desktop/services/importer.py:66</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet &apos;{sheet}&apos; of {file} has no column for: {columns}. Add the column (the import template has every header) and import again.</source>
        <extracomment>kzpk_desktop/services/importer.py:112</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} of {total} rows were refused; nothing was imported. Correct them (the error report lists each one) or import only the valid rows.</source>
        <extracomment>kzpk_desktop/services/importer.py:151</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows refused by the import</source>
        <extracomment>kzpk_desktop/services/importer.py:188</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File {file}, sheet &apos;{sheet}&apos;: {count} rows refused.</source>
        <extracomment>kzpk_desktop/services/importer.py:189</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row in the file</source>
        <extracomment>kzpk_desktop/services/importer.py:192</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it was refused</source>
        <extracomment>kzpk_desktop/services/importer.py:192</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown language &apos;{lang}&apos;: choose kk, ru or en.</source>
        <extracomment>kzpk_desktop/services/importer.py:199</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acronym is required.</source>
        <extracomment>kzpk_desktop/services/missions.py:62</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acronym may hold only Latin capitals, digits and &apos;-&apos; (2-20).</source>
        <extracomment>kzpk_desktop/services/missions.py:64</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mission {acronym} already exists.</source>
        <extracomment>kzpk_desktop/services/missions.py:68</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English name is required.</source>
        <extracomment>kzpk_desktop/services/missions.py:70</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host country is required.</source>
        <extracomment>kzpk_desktop/services/missions.py:72</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO3 code must be three Latin letters.</source>
        <extracomment>kzpk_desktop/services/missions.py:74</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mission cannot end before it starts.</source>
        <extracomment>kzpk_desktop/services/missions.py:76</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown mission status &apos;{status}&apos;.</source>
        <extracomment>kzpk_desktop/services/missions.py:78</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mission no longer exists.</source>
        <extracomment>kzpk_desktop/services/missions.py:112</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No mission with acronym {acronym}.</source>
        <extracomment>kzpk_desktop/services/missions.py:132</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose either a rotation or a mission.</source>
        <extracomment>kzpk_desktop/services/overview.py:68</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no backup file at {path}.</source>
        <extracomment>kzpk_desktop/services/recovery.py:95</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a backup, not the database itself.</source>
        <extracomment>kzpk_desktop/services/recovery.py:97</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a SQLite database file can be restored from a backup; restore a PostgreSQL server with its own tools.</source>
        <extracomment>kzpk_desktop/services/recovery.py:123</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup does not open with this database&apos;s passphrase, or it is not a KZPK backup.</source>
        <extracomment>kzpk_desktop/services/recovery.py:141</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup is not a readable database ({detail}).</source>
        <extracomment>kzpk_desktop/services/recovery.py:143</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup is damaged ({detail}); choose another.</source>
        <extracomment>kzpk_desktop/services/recovery.py:146</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup cannot be used: {detail}</source>
        <extracomment>kzpk_desktop/services/recovery.py:153</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not a KZPK Desktop backup.</source>
        <extracomment>kzpk_desktop/services/recovery.py:157</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no serviceman with IIN {iin}.</source>
        <extracomment>kzpk_desktop/services/reports/card.py:71</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give either a rotation or a mission for the nominal roll.</source>
        <extracomment>kzpk_desktop/services/reports/roll.py:103</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no rotation with id {id}.</source>
        <extracomment>kzpk_desktop/services/reports/roll.py:108</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown personnel category &apos;{code}&apos;.</source>
        <extracomment>kzpk_desktop/services/rosters.py:91</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit no longer exists.</source>
        <extracomment>kzpk_desktop/services/rosters.py:116</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit has no current members to nominate.</source>
        <extracomment>kzpk_desktop/services/rosters.py:127</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} (IIN {iin}) is already on the roster of {rotation} (status: {status}).</source>
        <extracomment>kzpk_desktop/services/rosters.py:153</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown roster status &apos;{status}&apos;.</source>
        <extracomment>kzpk_desktop/services/rosters.py:185</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who}: the status cannot change from {old} to {new}.</source>
        <extracomment>kzpk_desktop/services/rosters.py:187</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the reason for the early repatriation.</source>
        <extracomment>kzpk_desktop/services/rosters.py:210</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the date of the early repatriation.</source>
        <extracomment>kzpk_desktop/services/rosters.py:213</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a supervisor may approve over failed document rules; {actor} is signed in as {role}.</source>
        <extracomment>kzpk_desktop/services/rosters.py:240</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the reason for approving despite the failed rules.</source>
        <extracomment>kzpk_desktop/services/rosters.py:243</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{text} The {rule} rule cannot be overridden.</source>
        <extracomment>kzpk_desktop/services/rosters.py:236</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A supervisor may approve despite the document rules ({rules}) with a written reason.</source>
        <extracomment>kzpk_desktop/services/rosters.py:252</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody may override: {rules}.</source>
        <extracomment>kzpk_desktop/services/rosters.py:256</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date {day} is before the arrival on {arrival}.</source>
        <extracomment>kzpk_desktop/services/rosters.py:264</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The category can change only while the entry is nominated (it decides which rules apply).</source>
        <extracomment>kzpk_desktop/services/rosters.py:289</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Departure ({departure}) is before arrival ({arrival}).</source>
        <extracomment>kzpk_desktop/services/rosters.py:293</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The UN index number is too long (40 characters at most).</source>
        <extracomment>kzpk_desktop/services/rosters.py:299</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody with IIN {iin} is on the roster of {rotation}.</source>
        <extracomment>kzpk_desktop/services/rosters.py:324</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The roster entry no longer exists (removed by someone else?).</source>
        <extracomment>kzpk_desktop/services/rosters.py:332</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the mission.</source>
        <extracomment>kzpk_desktop/services/rotations.py:65</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotation number is required.</source>
        <extracomment>kzpk_desktop/services/rotations.py:67</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotation number must be 1 or more.</source>
        <extracomment>kzpk_desktop/services/rotations.py:69</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{mission} already has a rotation number {number}.</source>
        <extracomment>kzpk_desktop/services/rotations.py:74</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotation name is required.</source>
        <extracomment>kzpk_desktop/services/rotations.py:77</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the Parliament decision the rotation rests on.</source>
        <extracomment>kzpk_desktop/services/rotations.py:80</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision {number} was superseded by decision {newer}; plan new rotations on the newer one.</source>
        <extracomment>kzpk_desktop/services/rotations.py:85</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision {number} sets no ceiling for {mission}; choose a decision that covers the mission.</source>
        <extracomment>kzpk_desktop/services/rotations.py:91</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned start is required.</source>
        <extracomment>kzpk_desktop/services/rotations.py:95</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned end is required.</source>
        <extracomment>kzpk_desktop/services/rotations.py:97</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The planned end ({end}) is before the planned start ({start}).</source>
        <extracomment>kzpk_desktop/services/rotations.py:99</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the actual start before the actual end.</source>
        <extracomment>kzpk_desktop/services/rotations.py:102</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The actual end ({end}) is before the actual start ({start}).</source>
        <extracomment>kzpk_desktop/services/rotations.py:104</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown rotation status &apos;{status}&apos;.</source>
        <extracomment>kzpk_desktop/services/rotations.py:107</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rotation already has a roster; its mission cannot change.</source>
        <extracomment>kzpk_desktop/services/rotations.py:111</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIN</source>
        <extracomment>kzpk_desktop/services/servicemen.py:108</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service number</source>
        <extracomment>kzpk_desktop/services/servicemen.py:108</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surname</source>
        <extracomment>kzpk_desktop/services/servicemen.py:109</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given name</source>
        <extracomment>kzpk_desktop/services/servicemen.py:109</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} is required.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:111</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth {entered} does not agree with the IIN, which says {iin_date}.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:123</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex does not agree with the IIN (its 7th digit says {sex}).</source>
        <extracomment>kzpk_desktop/services/servicemen.py:128</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>male</source>
        <extracomment>kzpk_desktop/services/servicemen.py:129</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>female</source>
        <extracomment>kzpk_desktop/services/servicemen.py:129</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth is required.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:131</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth cannot be in the future.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:133</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex must be male or female.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:135</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use only letters, spaces, hyphens and apostrophes.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:141</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the name in Latin letters exactly as in the passport.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:145</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service number may hold only letters, digits, &apos;-&apos; and &apos;/&apos;.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:148</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone number may hold only digits, spaces, &apos;+&apos;, &apos;-&apos; and brackets.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:152</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blood group must be one of {groups}.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:154</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown status &apos;{status}&apos;.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:157</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown rank.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:159</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date the passport expires.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:165</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the passport number for these dates.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:167</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passport must expire after the date it was issued.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:169</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another serviceman already has IIN {value}: {who}.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:182</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another serviceman already has service number {value}: {who}.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:184</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} was changed by someone else after you opened it. Reload the record to see their changes.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:229</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} was changed by someone else while you were saving. Reload the record to see their changes.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:240</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} was changed by someone else; reload before deleting.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:251</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warn about documents expiring within (days)</source>
        <extracomment>kzpk_desktop/services/settings.py:34</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest attached scan (MB)</source>
        <extracomment>kzpk_desktop/services/settings.py:36</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic backups to keep</source>
        <extracomment>kzpk_desktop/services/settings.py:39</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a number.</source>
        <extracomment>kzpk_desktop/services/settings.py:63</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a value from {minimum} to {maximum}.</source>
        <extracomment>kzpk_desktop/services/settings.py:67</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit events are written by the application only and are never changed or deleted.</source>
        <extracomment>kzpk_desktop/services/tracking.py:36</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the name in Kazakh.</source>
        <extracomment>kzpk_desktop/services/units.py:27</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the name in Russian.</source>
        <extracomment>kzpk_desktop/services/units.py:27</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the name in English.</source>
        <extracomment>kzpk_desktop/services/units.py:28</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long (at most {max} characters).</source>
        <extracomment>kzpk_desktop/services/units.py:224</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the kind of unit.</source>
        <extracomment>kzpk_desktop/services/units.py:228</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown unit kind &apos;{kind}&apos;.</source>
        <extracomment>kzpk_desktop/services/units.py:229</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the level: regiment, battalion, company, platoon or group.</source>
        <extracomment>kzpk_desktop/services/units.py:231</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parent unit no longer exists.</source>
        <extracomment>kzpk_desktop/services/units.py:236</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a unit named {name} at this place in the tree.</source>
        <extracomment>kzpk_desktop/services/units.py:247</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A unit cannot be placed under itself.</source>
        <extracomment>kzpk_desktop/services/units.py:298</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{unit} cannot be moved under {target}: {target} is one of its own sub-units.</source>
        <extracomment>kzpk_desktop/services/units.py:300</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{unit} was already retired on {date}.</source>
        <extracomment>kzpk_desktop/services/units.py:319</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{unit} cannot be retired: {count} serviceman(s) are still assigned to it or its sub-units ({units}). Assign them elsewhere first.</source>
        <extracomment>kzpk_desktop/services/units.py:332</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} was changed by someone else after you opened it. Reload it to see their changes.</source>
        <extracomment>kzpk_desktop/services/versioning.py:17</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} was changed by someone else while you were saving. Reload it to see their changes.</source>
        <extracomment>kzpk_desktop/services/versioning.py:26</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
