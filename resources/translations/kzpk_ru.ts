<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>App</name>
    <message>
        <location filename="../../kzpk_desktop/gui/security/startup.py" line="+44"/>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KZPK Desktop cannot open the database
%1

%2</source>
        <translation>KZPK Desktop не может открыть базу данных
%1

%2</translation>
    </message>
</context>
<context>
    <name>AreaContext</name>
    <message>
        <location filename="../../kzpk_desktop/gui/area.py" line="+62"/>
        <source>Needs the role “%1” or higher.</source>
        <extracomment>``AreaContext.gate`` as a widget inside an area receives it: (widget, minimum role, tip=). Who is signed in. None: the GUI hides nothing (the services still refuse). The one way pages run database work (off the GUI thread) and hear of changes; made on ``sessions`` when not given.</extracomment>
        <translation>Нужна роль «%1» или выше.</translation>
    </message>
</context>
<context>
    <name>AssignServicemenDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/units/assign_dialog.py" line="+187"/>
        <source>Assign servicemen to %1</source>
        <translation>Назначить военнослужащих в подразделение «%1»</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n chosen</source>
        <translation>
            <numerusform>выбран %n</numerusform>
            <numerusform>выбрано %n</numerusform>
            <numerusform>выбрано %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentColumns</name>
    <message>
        <location filename="../../kzpk_desktop/gui/units/assignments_tab.py" line="+41"/>
        <source>now</source>
        <extracomment>The unit column&apos;s widest first width: a full path would push the rest out of sight.</extracomment>
        <translation>по н. в.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order</source>
        <translation>Приказ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order date</source>
        <translation>Дата приказа</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/units/assign_dialog.py" line="-109"/>
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/assignment_dialog.ui" line="+218"/>
        <source>Only for past service: leave empty for a current assignment</source>
        <translation>Только для прежней службы; для текущего назначения оставьте пустым</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign %1 to a unit</source>
        <translation>Назначение: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign to a unit</source>
        <translation>Назначение в подразделение</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_dialog.ui" line="-204"/>
        <source>Assignment</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Servicemen</source>
        <translation>Военнослужащие</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Add to the list ↓</source>
        <translation>До&amp;бавить в список ↓</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the people selected above (Enter does the same)</source>
        <translation>Добавить выбранных выше (то же делает Enter)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Убрать из списка</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Unit</source>
        <translation>&amp;Подразделение</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Position</source>
        <translation>&amp;Должность</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;To</source>
        <translation>П&amp;о</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Order number</source>
        <translation>Номер п&amp;риказа</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Order &amp;date</source>
        <translation>Д&amp;ата приказа</translation>
    </message>
</context>
<context>
    <name>AssignmentsTab</name>
    <message>
        <location filename="../../kzpk_desktop/gui/units/assignments_tab.py" line="+38"/>
        <source>&amp;Assign to unit…</source>
        <translation>&amp;Назначить в подразделение…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a new assignment; the current one ends the day before it starts</source>
        <translation>Записать новое назначение; текущее заканчивается накануне его начала</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete an assignment entered by mistake (Edit &gt; Undo delete brings it back)</source>
        <translation>Удалить назначение, внесённое по ошибке (Правка &gt; Отменить удаление вернёт его)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the assignment to %1 from %2</source>
        <translation>назначение в %1 с %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete assignment</source>
        <translation>Удаление назначения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 of %2?

History is normally ended, not deleted: delete only an assignment entered by mistake.</source>
        <translation>Удалить %1 (%2)?

История обычно не удаляется, а завершается: удаляйте только назначение, внесённое по ошибке.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assignment not deleted</source>
        <translation>Назначение не удалено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignment to %1 deleted.</source>
        <translation>Назначение в %1 удалено.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the new serviceman first; then he or she can be assigned to a unit here.</source>
        <translation>Сначала сохраните нового военнослужащего; затем здесь можно назначить его в подразделение.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not assigned to a unit now.</source>
        <translation>Сейчас не назначен ни в одно подразделение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serves in %1 since %2.</source>
        <translation>Служит в подразделении «%1» с %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n assignment(s) on record.</source>
        <translation>
            <numerusform>Всего %n назначение.</numerusform>
            <numerusform>Всего %n назначения.</numerusform>
            <numerusform>Всего %n назначений.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Units not read</source>
        <translation>Подразделения не прочитаны</translation>
    </message>
</context>
<context>
    <name>AuditColumns</name>
    <message>
        <location filename="../../kzpk_desktop/gui/audit/model.py" line="+38"/>
        <source>No.</source>
        <extracomment>Longest change summary shown in a cell&apos;s tooltip; the details panel shows everything.</extracomment>
        <translation>№</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Сведение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <location filename="../../kzpk_desktop/gui/audit/export.py" line="+25"/>
        <source>Export the audit trail</source>
        <translation>Выгрузка журнала аудита</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <location filename="../../kzpk_desktop/gui/audit/labels.py" line="+12"/>
        <source>created</source>
        <translation>создание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>изменение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>удаление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed in</source>
        <translation>вход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed out</source>
        <translation>выход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign-in refused</source>
        <translation>отказ во входе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import</source>
        <translation>импорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export</source>
        <translation>выгрузка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rule overridden</source>
        <translation>исключение из правила</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>demo data</source>
        <translation>демо-данные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restored</source>
        <translation>восстановление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backup made</source>
        <translation>создана резервная копия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database encrypted</source>
        <translation>база данных зашифрована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database decrypted</source>
        <translation>шифрование базы данных снято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schema upgraded</source>
        <translation>схема обновлена</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>serviceman</source>
        <extracomment>Table names of audited records -&gt; what the user calls them.</extracomment>
        <translation>военнослужащий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document scan</source>
        <translation>скан документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assignment</source>
        <translation>назначение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>подразделение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rotation</source>
        <translation>ротация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roster entry</source>
        <translation>запись в списке ротации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roster status history</source>
        <translation>история статусов записи списка ротации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parliament decision</source>
        <translation>постановление Парламента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mission ceiling</source>
        <translation>квота по миссии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mission</source>
        <translation>миссия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rank</source>
        <translation>звание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit kind</source>
        <translation>вид подразделения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document kind</source>
        <translation>вид документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>personnel category</source>
        <translation>категория персонала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user account</source>
        <translation>учётная запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>setting</source>
        <translation>настройка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recycle bin item</source>
        <translation>запись корзины</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../kzpk_desktop/gui/audit/page.py" line="+101"/>
        <source>anyone</source>
        <translation>любой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any action</source>
        <translation>любое действие</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>any record</source>
        <translation>любая запись</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>record uid, or any text in the changes</source>
        <translation>UID записи или любой текст в изменениях</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to:</source>
        <translation>по:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action:</source>
        <translation>Действие:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record:</source>
        <translation>Запись:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Export…</source>
        <translation>&amp;Выгрузить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the events found to an Excel workbook</source>
        <translation>Сохранить найденные события в книгу Excel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit trail is for supervisors and administrators.</source>
        <translation>Журнал аудита доступен руководителям и администраторам.</translation>
    </message>
    <message numerus="yes">
        <location line="+113"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusinessSettingsDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/settings_dialog.py" line="+45"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These settings apply to every workstation that works on this database. Only an administrator may change them.</source>
        <extracomment>What the last successful OK stored (key -&gt; value).</extracomment>
        <translation>Эти настройки действуют на всех рабочих местах, работающих с этой базой данных. Изменять их может только администратор.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This workstation</source>
        <extracomment>The interface language of this user on this workstation (not a database setting); None when the dialog was opened without one.</extracomment>
        <translation>Это рабочее место</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language of the interface</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
</context>
<context>
    <name>CeilingsModel</name>
    <message>
        <location filename="../../kzpk_desktop/gui/planning/decision_dialog.py" line="+57"/>
        <source>Mission</source>
        <translation>Миссия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ceiling</source>
        <translation>Квота</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Type the number of people the decision allows in %1; leave empty if it does not cover the mission.</source>
        <translation>Введите число людей, которое постановление разрешает направить в %1; оставьте пустым, если постановление не охватывает эту миссию.</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../kzpk_desktop/gui/widgets/list_header.py" line="+144"/>
        <source>Columns</source>
        <extracomment>A title is wrapped onto at most this many lines. Pixels kept free beside the title (rounding of text widths, the style&apos;s frame). The clerk asked for the column chooser (right click) at this global position.</extracomment>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore defaults</source>
        <translation>Восстановить по умолчанию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every column shown, in the first order and widths</source>
        <translation>Показать все столбцы в исходном порядке и с исходной шириной</translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <location filename="../../kzpk_desktop/gui/security/idle_lock.py" line="+104"/>
        <source>KZPK Desktop is locked</source>
        <translation>KZPK Desktop заблокирован</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/planning/decision_dialog.py" line="+56"/>
        <source>Everyone the decision allows, all missions together</source>
        <translation>Все, кого разрешает постановление, по всем миссиям вместе</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New Parliament decision</source>
        <translation>Новое постановление Парламента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parliament decision %1</source>
        <translation>Постановление Парламента %1</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="+14"/>
        <source>Parliament decision</source>
        <translation>Постановление Парламента</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Number</source>
        <translation>&amp;Номер</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. 52-VIII</source>
        <translation>напр. 52-VIII</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Title</source>
        <translation>На&amp;звание</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Title in &amp;Kazakh</source>
        <translation>Название на &amp;казахском</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>optional: for the reports in Kazakh</source>
        <translation>необязательно: для отчётов на казахском</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title in &amp;English</source>
        <translation>Название на &amp;английском</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>optional: for the reports in English</source>
        <translation>необязательно: для отчётов на английском</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overall &amp;ceiling</source>
        <translation>Общая &amp;квота</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Period &amp;from</source>
        <translation>Срок &amp;с</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Period t&amp;o</source>
        <translation>Срок п&amp;о</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>N&amp;otes</source>
        <translation>Приме&amp;чания</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Ceilings per &amp;mission (leave empty for missions the decision does not cover)</source>
        <translation>Квоты по &amp;миссиям (оставьте пустыми для миссий, которые постановление не охватывает)</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <location filename="../../kzpk_desktop/gui/planning/decisions_page.py" line="+97"/>
        <source>New decision…</source>
        <translation>Новое постановление…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the decision as recorded (Enter)</source>
        <translation>Исправить постановление в том виде, как оно записано (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supersede…</source>
        <translation>Заменить…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A later decision replaces this one (a change in numbers needs a new decision)</source>
        <translation>Это постановление заменяется более поздним (для изменения численности нужно новое постановление)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Find by number, title or mission (Ctrl+F)</source>
        <translation>Поиск по номеру, названию или миссии (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the list as shown (search, order, columns) to an Excel or CSV file (Ctrl+E)</source>
        <translation>Сохранить список в том виде, как он показан (поиск, порядок, столбцы), в файл Excel или CSV (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No Parliament decision is recorded. Enter the decision that allows the deployment: its number, date, period and ceilings.</source>
        <translation>Не внесено ни одного постановления Парламента. Внесите постановление, разрешающее направление: номер, дату, срок и предельную численность.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a decision…</source>
        <translation>Внести постановление…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No decision matches the search.</source>
        <translation>Ни одно постановление не подходит под поиск.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parliament decisions</source>
        <translation>Постановления Парламента</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n постановление</numerusform>
            <numerusform>%n постановления</numerusform>
            <numerusform>%n постановлений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Decision not read</source>
        <translation>Постановление не прочитано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision not found</source>
        <translation>Постановление не найдено</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Missions not read</source>
        <translation>Миссии не прочитаны</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Decision saved.</source>
        <translation>Постановление сохранено.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Supersede decision %1</source>
        <translation>Замена постановления %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the later decision first (New decision), then supersede this one with it.</source>
        <translation>Сначала запишите более позднее постановление («Новое постановление»), затем замените им это.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not superseded</source>
        <translation>Не заменено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision %1 superseded.</source>
        <translation>Постановление %1 заменено.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decision %1 of %2</source>
        <translation>Постановление %1 от %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overall ceiling: %1</source>
        <translation>Общая квота: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>period: %1</source>
        <translation>срок: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>superseded by decision %1</source>
        <translation>заменено постановлением %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ceilings per mission: %1</source>
        <translation>Квоты по миссиям: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotations resting on it: %1</source>
        <translation>Ротации на его основании: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rotation rests on it yet.</source>
        <translation>На его основании ещё нет ни одной ротации.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message numerus="yes">
        <location filename="../../kzpk_desktop/gui/demo.py" line="+16"/>
        <source>Creating demo data for %n serviceman(s)…</source>
        <translation>
            <numerusform>Создание демонстрационных данных: %n военнослужащий…</numerusform>
            <numerusform>Создание демонстрационных данных: %n военнослужащих…</numerusform>
            <numerusform>Создание демонстрационных данных: %n военнослужащих…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>Demo data</source>
        <translation>Демонстрационные данные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo data could not be created: %1</source>
        <translation>Не удалось создать демонстрационные данные: %1</translation>
    </message>
</context>
<context>
    <name>DocumentColumns</name>
    <message>
        <location filename="../../kzpk_desktop/gui/documents/model.py" line="+45"/>
        <source>History</source>
        <translation>Архив</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replaced by a newer document of this kind; kept as history.</source>
        <translation>Заменён более новым документом того же вида; хранится в архиве.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2); Open scan shows it</source>
        <translation>%1 (%2); кнопка «Открыть скан» покажет его</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Expires</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued by</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan</source>
        <translation>Скан</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/documents/dialog.py" line="+34"/>
        <source>New document</source>
        <translation>Новый документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document %1</source>
        <translation>Документ %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This kind of document expires: the date is required.</source>
        <translation>У документа этого вида есть срок действия: дата обязательна.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave empty if the document does not expire.</source>
        <translation>Оставьте пустым, если документ бессрочный.</translation>
    </message>
    <message>
        <location filename="../../ui/document_dialog.ui" line="+14"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Number</source>
        <translation>&amp;Номер</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Issued on</source>
        <translation>Дата в&amp;ыдачи</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>E&amp;xpires on</source>
        <translation>Действует &amp;до</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Issued &amp;by</source>
        <translation>&amp;Кем выдан</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>authority that issued it</source>
        <translation>орган, выдавший документ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>N&amp;otes</source>
        <translation>&amp;Примечания</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../kzpk_desktop/gui/documents/tab.py" line="+66"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a document (a renewed one moves the old one to history)</source>
        <translation>Добавить документ (при замене старый уходит в архив)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected document</source>
        <translation>Изменить выбранный документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected document and its scan</source>
        <translation>Удалить выбранный документ вместе со сканом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach s&amp;can…</source>
        <translation>Прикрепить с&amp;кан…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach a PDF, PNG or JPEG scan to the selected document</source>
        <translation>Прикрепить к выбранному документу скан в формате PDF, PNG или JPEG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open scan</source>
        <translation>&amp;Открыть скан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the scan in the system&apos;s viewer</source>
        <translation>Открыть скан в программе просмотра системы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove sca&amp;n…</source>
        <translation>Удалить ска&amp;н…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the scan, keep the document</source>
        <translation>Удалить скан, сохранив документ</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Save the new serviceman first; then his or her documents can be added here.</source>
        <translation>Сначала сохраните нового военнослужащего; затем здесь можно добавить его документы.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The documents could not be read; Refresh (F5) tries again.</source>
        <translation>Документы не удалось прочитать; «Обновить» (F5) попробует снова.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n current document(s)</source>
        <translation>
            <numerusform>%n действующий документ</numerusform>
            <numerusform>%n действующих документа</numerusform>
            <numerusform>%n действующих документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n in history</source>
        <translation>
            <numerusform>%n в архиве</numerusform>
            <numerusform>%n в архиве</numerusform>
            <numerusform>%n в архиве</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Warning window: %n day(s).</source>
        <translation>
            <numerusform>Срок предупреждения: %n день.</numerusform>
            <numerusform>Срок предупреждения: %n дня.</numerusform>
            <numerusform>Срок предупреждения: %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Document not found</source>
        <translation>Документ не найден</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove %1 %2 of %3?</source>
        <translation>Удалить %1 %2 (%3)?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its scan %1 is removed too.</source>
        <translation>Его скан %1 также будет удалён.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The newest remaining document of this kind becomes current.</source>
        <translation>Действующим станет самый новый из оставшихся документов этого вида.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove document</source>
        <translation>Удаление документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+24"/>
        <location line="+54"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Document not removed</source>
        <translation>Документ не удалён</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document %1 %2 removed.</source>
        <translation>Документ «%1» %2 удалён.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replace scan</source>
        <translation>Замена скана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already has the scan %2. Replace it?</source>
        <translation>К документу %1 уже прикреплён скан %2. Заменить его?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <source>Scan not attached</source>
        <translation>Скан не прикреплён</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No scan</source>
        <translation>Скана нет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The scan is no longer stored (removed by someone else?).</source>
        <translation>Скан больше не хранится (удалён другим пользователем?).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No program on this computer opens %1: install a PDF and image viewer (or ask your administrator to), then open the scan again.</source>
        <translation>На этом компьютере нет программы, которая открывает %1: установите программу просмотра PDF и изображений (или попросите об этом администратора) и откройте скан снова.</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+12"/>
        <location line="+4"/>
        <source>Cannot open the scan</source>
        <translation>Не удаётся открыть скан</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove scan</source>
        <translation>Удаление скана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the scan %1 of %2? The document stays.</source>
        <translation>Удалить скан %1 документа %2? Сам документ останется.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scan not removed</source>
        <translation>Скан не удалён</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/rosters/entry_dialog.py" line="+39"/>
        <source>Roster entry: %1</source>
        <translation>Запись в списке ротации: %1</translation>
    </message>
    <message>
        <location filename="../../ui/entry_dialog.ui" line="+14"/>
        <source>Roster entry</source>
        <translation>Запись в списке ротации</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Category</source>
        <translation>&amp;Категория</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Appointment</source>
        <translation>&amp;Должность в миссии</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>post in the mission</source>
        <translation>должность в миссии</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Appointment in &amp;English</source>
        <translation>Должность на &amp;английском</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>as the UN nominal roll prints it, e.g. Platoon commander</source>
        <translation>как в именном списке ООН, например Platoon commander</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latin letters only; left empty, the English roll translates the appointment where it knows it and transliterates it otherwise</source>
        <translation>Только латинскими буквами; если пусто, английский список переводит должность, когда она известна, иначе транслитерирует</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Sub-unit</source>
        <translation>&amp;Подразделение</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A&amp;rrival</source>
        <translation>П&amp;рибытие</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Departure</source>
        <translation>&amp;Убытие</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;UN index number</source>
        <translation>&amp;Индексный номер ООН</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>issued on arrival</source>
        <translation>присваивается по прибытии</translation>
    </message>
</context>
<context>
    <name>EventDetails</name>
    <message>
        <location filename="../../kzpk_desktop/gui/audit/page.py" line="-185"/>
        <source>Choose an event to see what it changed.</source>
        <translation>Выберите событие, чтобы увидеть, что изменилось.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No. %1, %2, by %3: %4</source>
        <translation>№ %1, %2, %3: %4</translation>
    </message>
</context>
<context>
    <name>ExchangeColumns</name>
    <message>
        <location filename="../../kzpk_desktop/gui/exchange/columns.py" line="+27"/>
        <source>ministry</source>
        <translation>министерство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field office</source>
        <translation>полевой офис</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. %1, %2</source>
        <translation>№ %1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last package sent</source>
        <translation>Последний отправленный пакет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last package received</source>
        <translation>Последний полученный пакет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged by it</source>
        <translation>Подтверждён им</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To send</source>
        <translation>К отправке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes waiting</source>
        <translation>есть изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>both changed</source>
        <extracomment>What kind of conflict it is, by its case (services.exchange.conflict_words).</extracomment>
        <translation>изменено обеими сторонами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two status moves</source>
        <translation>два перехода статуса</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>edited and deleted</source>
        <translation>изменено и удалено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added for a deleted person</source>
        <translation>добавлено удалённому</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted, but in use here</source>
        <translation>удалено, но здесь дополнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same person?</source>
        <translation>тот же человек?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mine</source>
        <translation>Моё</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mine: by, when</source>
        <translation>Моё: кто, когда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theirs</source>
        <translation>Их</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theirs: by, when</source>
        <translation>Их: кто, когда</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../kzpk_desktop/gui/exchange/page.py" line="+106"/>
        <location line="+129"/>
        <source>Set up this office…</source>
        <translation>Настроить этот офис…</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Save this office&apos;s card…</source>
        <translation>Сохранить карточку этого офиса…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust an office&apos;s card…</source>
        <translation>Доверить карточку офиса…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This office</source>
        <translation>Этот офис</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export a package to the office…</source>
        <translation>Выгрузить пакет для офиса…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a package…</source>
        <translation>Загрузить пакет…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offices this office exchanges with</source>
        <translation>Офисы, с которыми обменивается этот офис</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+109"/>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+109"/>
        <source>Keep theirs</source>
        <translation>Оставить их</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Open conflicts</source>
        <translation>Открытые конфликты</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This database is not an office yet. An administrator sets it up once; then it can exchange packages.</source>
        <translation>Эта база данных ещё не офис. Администратор настраивает её один раз; после этого она может обмениваться пакетами.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Office %1 (%2): %3</source>
        <translation>Офис %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint: %1</source>
        <translation>Отпечаток: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database is a copy or a restored backup: it sends nothing until an administrator enrols it again under a new code.</source>
        <translation>Эта база данных — копия или восстановленная резервная копия: она ничего не отправит, пока администратор не зарегистрирует её заново под новым кодом.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enrol again…</source>
        <translation>Зарегистрировать заново…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n conflict(s) to decide: each keeps one side, and the decision travels to the other offices.</source>
        <translation>
            <numerusform>%n конфликт нужно решить: в каждом остаётся одна сторона, и решение передаётся другим офисам.</numerusform>
            <numerusform>%n конфликта нужно решить: в каждом остаётся одна сторона, и решение передаётся другим офисам.</numerusform>
            <numerusform>%n конфликтов нужно решить: в каждом остаётся одна сторона, и решение передаётся другим офисам.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n record(s) held for the ministry&apos;s decision.</source>
        <translation>
            <numerusform>%n запись ожидает решения министерства.</numerusform>
            <numerusform>%n записи ожидают решения министерства.</numerusform>
            <numerusform>%n записей ожидают решения министерства.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No open conflicts.</source>
        <translation>Открытых конфликтов нет.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a conflict to see what happened and what each decision will do.</source>
        <translation>Выберите конфликт, чтобы увидеть, что произошло и к чему приведёт каждое решение.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Office %1 set up; fingerprint %2.</source>
        <translation>Офис %1 настроен; отпечаток %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save this office&apos;s card</source>
        <translation>Сохранить карточку этого офиса</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Office cards (*.json)</source>
        <translation>Карточки офисов (*.json)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Card saved: %1. Read the fingerprint %2 to the other office when it trusts the card.</source>
        <translation>Карточка сохранена: %1. Продиктуйте отпечаток %2 другому офису, когда он будет доверять карточке.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trust an office&apos;s card</source>
        <translation>Доверить карточку офиса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office cards (*.json);;All files (*)</source>
        <translation>Карточки офисов (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trust office %1 (%2, %3)?

Its fingerprint is %4. Read it to that office over the phone: trust the card only if it is the same there.</source>
        <translation>Доверять офису %1 (%2, %3)?

Его отпечаток: %4. Сверьте его с этим офисом по телефону: доверяйте карточке, только если там он такой же.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trust</source>
        <translation>Доверять</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Office %1 trusted.</source>
        <translation>Офису %1 доверено.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export a package to %1</source>
        <translation>Выгрузить пакет для %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KZPK packages (*.kzpk)</source>
        <translation>Пакеты KZPK (*.kzpk)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gathering everything %1 has not acknowledged…</source>
        <translation>Собирается всё, что %1 ещё не подтвердил…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Package No. %1 for %2 written: %3 (%4 records, %5 KiB).</source>
        <translation>Пакет № %1 для %2 записан: %3 (записей: %4, %5 КиБ).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n scan(s) did not fit and follow in the next package.</source>
        <translation>
            <numerusform>%n скан не поместился и будет в следующем пакете.</numerusform>
            <numerusform>%n скана не поместились и будут в следующем пакете.</numerusform>
            <numerusform>%n сканов не поместились и будут в следующем пакете.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a package</source>
        <translation>Загрузка пакета</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KZPK packages (*.kzpk);;All files (*)</source>
        <translation>Пакеты KZPK (*.kzpk);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the package and trying it out…</source>
        <translation>Пакет проверяется и пробно применяется…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Importing the package…</source>
        <translation>Пакет загружается…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Загрузка отменена; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Package No. %1 from %2 imported.</source>
        <translation>Пакет № %1 от %2 загружен.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Package No. %1 from %2 was imported before; nothing changed.</source>
        <translation>Пакет № %1 от %2 уже был загружен; ничего не изменилось.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package No. %1 from %2 is older than one already imported, which carried everything in it; nothing changed.</source>
        <translation>Пакет № %1 от %2 старше уже загруженного, который содержал всё из него; ничего не изменилось.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decide a conflict</source>
        <translation>Решение конфликта</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conflict decided: %1.</source>
        <translation>Конфликт решён: %1.</translation>
    </message>
</context>
<context>
    <name>ExchangeSummary</name>
    <message>
        <location filename="../../kzpk_desktop/gui/exchange/dialogs.py" line="+33"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scans: %1</source>
        <translation>Сканы: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit events of the office: %1</source>
        <translation>События журнала аудита офиса: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged as the same person</source>
        <translation>Объединены как один человек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts to decide</source>
        <translation>Конфликты для решения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held for the ministry</source>
        <translation>Ожидают решения министерства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceiling overrun</source>
        <translation>Превышение предельной численности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing new.</source>
        <translation>Ничего нового.</translation>
    </message>
</context>
<context>
    <name>ExpiringColumns</name>
    <message>
        <location filename="../../kzpk_desktop/gui/documents/expiring_page.py" line="+42"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank</source>
        <translation>Звание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serviceman</source>
        <translation>Военнослужащий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
</context>
<context>
    <name>ExpiringPage</name>
    <message>
        <location line="+27"/>
        <source>Documents that have expired are always listed; this adds those that expire within so many days.</source>
        <extracomment>The day the list is counted from (None: today); tests fix it.</extracomment>
        <translation>Просроченные документы показываются всегда; здесь задаётся, за сколько дней до истечения показывать остальные.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired or expiring &amp;within</source>
        <translation>Просрочены или истекают в &amp;течение</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>days</source>
        <translation>дн.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Save the list as shown to an Excel or CSV file (Ctrl+E)</source>
        <translation>Сохранить список в том виде, как он показан, в файл Excel или CSV (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Current documents only (replaced ones are history); discharged servicemen are left out. Double-click a row to open the record.</source>
        <translation>Только действующие документы (заменённые — в архиве); уволенные военнослужащие не показываются. Двойной щелчок по строке открывает карточку.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All units</source>
        <translation>Все подразделения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All rotations</source>
        <translation>Все ротации</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln документ</numerusform>
            <numerusform>%Ln документа</numerusform>
            <numerusform>%Ln документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Expired or expiring within %n day(s)</source>
        <translation>
            <numerusform>Просрочены или истекают в течение %n дня</numerusform>
            <numerusform>Просрочены или истекают в течение %n дней</numerusform>
            <numerusform>Просрочены или истекают в течение %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Expiring documents</source>
        <translation>Истекающие документы</translation>
    </message>
</context>
<context>
    <name>ExpiryNotice</name>
    <message>
        <location filename="../../kzpk_desktop/gui/expiry_notice.py" line="+28"/>
        <source>Hide this notice</source>
        <extracomment>The clerk clicked &quot;show&quot;: open the expiring-documents area.</extracomment>
        <translation>Скрыть уведомление</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n document(s) expired or expire</source>
        <translation>
            <numerusform>%n документ просрочен или истекает</numerusform>
            <numerusform>%n документа просрочены или истекают</numerusform>
            <numerusform>%n документов просрочены или истекают</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>within %n day(s)</source>
        <translation>
            <numerusform>в течение %n дня</numerusform>
            <numerusform>в течение %n дней</numerusform>
            <numerusform>в течение %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>show</source>
        <translation>показать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the list of expiring documents</source>
        <translation>Открыть список истекающих документов</translation>
    </message>
</context>
<context>
    <name>ExpiryStatus</name>
    <message>
        <location filename="../../kzpk_desktop/gui/documents/status.py" line="+26"/>
        <source>Expired</source>
        <translation>Просрочен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At least one current document has expired.</source>
        <extracomment>What a serviceman&apos;s badge means (the worst of his current documents).</extracomment>
        <translation>Как минимум один действующий документ просрочен.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A current document expires within the warning window.</source>
        <translation>Срок действующего документа истекает в пределах срока предупреждения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All current documents are valid beyond the warning window.</source>
        <translation>Все действующие документы действуют дольше срока предупреждения.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Documents:</source>
        <translation>Документы:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The mark beside a name and in the Documents column: the worst of the person&apos;s current documents</source>
        <translation>Знак рядом с фамилией и в столбце «Документы»: худшее состояние действующих документов человека</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>просрочен %n день назад</numerusform>
            <numerusform>просрочен %n дня назад</numerusform>
            <numerusform>просрочен %n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expires today</source>
        <translation>истекает сегодня</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../kzpk_desktop/gui/exporting.py" line="+66"/>
        <source>Excel workbook (*.xlsx)</source>
        <extracomment>build(session, path, user, progress) -&gt; the path written (one of exports.reports). The report&apos;s name in the audit trail and the CLI (&quot;nominal-roll&quot;, &quot;servicemen-list&quot;). Translated; the title of the progress dialog and of the messages. Parameters recorded in the audit trail with the file name.</extracomment>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV, UTF-8 with BOM (*.csv)</source>
        <translation>CSV, UTF-8 с BOM (*.csv)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved as %1
in the folder %2</source>
        <translation>Сохранено как %1
в папке %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open file</source>
        <translation>Открыть файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file was not written.</source>
        <translation>Файл не записан.</translation>
    </message>
    <message>
        <location filename="../../kzpk_desktop/gui/list_export.py" line="+62"/>
        <source>Export %1</source>
        <extracomment>rows(session) -&gt; the list&apos;s rows as cell tuples, in the columns&apos; order. Average character width in pixels of a table&apos;s font: column pixels -&gt; sheet widths. Rows of a paged list read per query when it is exported.</extracomment>
        <translation>Выгрузка: %1</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../kzpk_desktop/gui/security/file_actions.py" line="+46"/>
        <location line="+43"/>
        <location line="+5"/>
        <source>Back up the database</source>
        <translation>Резервная копия базы данных</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>KZPK backups (*.sqlite)</source>
        <translation>Резервные копии KZPK (*.sqlite)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This could not be written to the audit trail: %1</source>
        <translation>Не удалось записать это в журнал аудита: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copying the database to %1…</source>
        <translation>Копирование базы данных в %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup was not made.</source>
        <translation>Резервная копия не создана.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup is written and its integrity is verified:
%1</source>
        <translation>Резервная копия записана, её целостность проверена:
%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup written: %1</source>
        <translation>Резервная копия записана: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The daily automatic backup failed: %1</source>
        <translation>Ежедневная автоматическая копия не создана: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily backup written: %1</source>
        <translation>Ежедневная копия записана: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the database with the backup
%1?

The current database file is not deleted: it is kept aside under a new name, shown when the restore is done. Changes made after the backup was taken are not in it. The window closes and opens again on the restored database.</source>
        <translation>Заменить базу данных резервной копией
%1?

Текущий файл базы не удаляется: он сохраняется рядом под новым именем, которое будет показано после восстановления. Изменений, сделанных после создания копии, в ней нет. Окно закроется и откроется снова с восстановленной базой.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <source>Encrypt the database</source>
        <translation>Шифрование базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypting %1…</source>
        <translation>Шифрование %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database file is encrypted. It opens only with the passphrase.</source>
        <translation>Файл базы данных зашифрован. Он открывается только с паролем шифрования.</translation>
    </message>
    <message numerus="yes">
        <location line="-142"/>
        <source>%n backup(s) made before now in %1 are not encrypted: move them somewhere safe or delete them.</source>
        <translation>
            <numerusform>%n резервная копия, сделанная раньше в %1, не зашифрована: перенесите её в надёжное место или удалите.</numerusform>
            <numerusform>%n резервные копии, сделанные раньше в %1, не зашифрованы: перенесите их в надёжное место или удалите.</numerusform>
            <numerusform>%n резервных копий, сделанных раньше в %1, не зашифрованы: перенесите их в надёжное место или удалите.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+157"/>
        <source>The database file will be stored without encryption: anyone who can read the file can read the records. Enter the passphrase to confirm.</source>
        <translation>Файл базы данных будет храниться без шифрования: любой, кто может прочитать файл, прочитает и записи. Для подтверждения введите пароль шифрования.</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+7"/>
        <source>Decrypt the database</source>
        <translation>Расшифровка базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decrypting %1…</source>
        <translation>Расшифровка %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file is no longer encrypted.</source>
        <translation>Файл базы данных больше не зашифрован.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../kzpk_desktop/gui/importing/file_page.py" line="+52"/>
        <source>Choose the file</source>
        <extracomment>&quot;Download template…&quot; was pressed: the headers&apos; language (kk, ru or en).</extracomment>
        <translation>Выбор файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An Excel list of servicemen (.xlsx or .xlsm): a header row with the column names, then one serviceman per row.</source>
        <translation>Список военнослужащих в Excel (.xlsx или .xlsm): строка заголовков с названиями столбцов, затем по одному военнослужащему в строке.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Path of the workbook</source>
        <translation>Путь к книге</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sheet to read; by default the first sheet that has data</source>
        <translation>Лист для чтения; по умолчанию — первый лист с данными</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Update servicemen already on record</source>
        <translation>&amp;Обновлять военнослужащих, уже внесённых в базу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A row whose IIN, service number or passport number is already recorded updates that serviceman. Unticked, such a row is refused and reported.</source>
        <translation>Строка, ИИН, личный номер или номер паспорта которой уже записан, обновляет этого военнослужащего. Если флажок снят, такая строка отклоняется и попадает в отчёт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Skip invalid rows: import the valid ones and report the rest</source>
        <translation>&amp;Пропускать ошибочные строки: импортировать верные, об остальных сообщить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unticked, the import is all or nothing: a single refused row and nothing is imported.</source>
        <translation>Если флажок снят, импорт выполняется по принципу «всё или ничего»: отклонена хотя бы одна строка — не импортируется ничего.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not nominate</source>
        <translation>Не выдвигать</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also nominate everyone imported to this rotation&apos;s roster</source>
        <translation>Также выдвинуть всех импортированных в список этой ротации</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The UN personnel category of the nominations</source>
        <translation>Категория персонала ООН для выдвинутых</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The language of the template&apos;s headers</source>
        <translation>Язык заголовков шаблона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download &amp;template…</source>
        <translation>Скачать &amp;шаблон…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save an empty workbook with every column the import reads, to fill in and import</source>
        <translation>Сохранить пустую книгу со всеми столбцами, которые читает импорт, чтобы заполнить её и импортировать</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;heet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Nominate to rotation:</source>
        <translation>&amp;Выдвинуть в ротацию:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No list yet? Start from the import template, headers in:</source>
        <translation>Списка ещё нет? Начните с шаблона импорта, заголовки на языке:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first sheet with data</source>
        <translation>Первый лист с данными</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Import servicemen from</source>
        <translation>Импорт военнослужащих из файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx *.xlsm)</source>
        <translation>Книги Excel (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>FirstAccountDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/security/first_account.py" line="+60"/>
        <source>First start — KZPK Desktop</source>
        <extracomment>The service&apos;s field names -&gt; this dialog&apos;s error labels. done() code when the user chose another language: ``ask`` opens the dialog again.</extracomment>
        <translation>Первый запуск — KZPK Desktop</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This database has no user accounts yet. Create the administrator&apos;s account: you will sign in with it, and add the other users under Tools &gt; Users.</source>
        <extracomment>Someone else created the first account meanwhile: sign in instead.</extracomment>
        <translation>В этой базе данных ещё нет учётных записей. Создайте учётную запись администратора: вы войдёте с ней, а остальных пользователей добавите в меню «Сервис &gt; Пользователи».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>It must not be the user name. Nobody can read it back, not even an administrator.</source>
        <translation>Пароль не должен совпадать с именем пользователя. Прочитать его не может никто, даже администратор.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Repeat the password:</source>
        <translation>П&amp;овторите пароль:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+39"/>
        <source>Create and sign in</source>
        <translation>Создать и войти</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+37"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Welcome to KZPK Desktop</source>
        <translation>Добро пожаловать в KZPK Desktop</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Creating the account…</source>
        <translation>Создание учётной записи…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Пароли не совпадают; введите один и тот же пароль дважды.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../kzpk_desktop/gui/importing/model.py" line="+48"/>
        <source>Create</source>
        <extracomment>A cell the import refuses: strong enough to find in a long sheet. The other cells of a refused row. A value an update will write over the one on record.</extracomment>
        <translation>Создать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new serviceman will be added.</source>
        <translation>Будет добавлен новый военнослужащий.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The serviceman on record will be updated; the shaded cells replace the values on record.</source>
        <translation>Военнослужащий в базе будет обновлён; затенённые ячейки заменят записанные значения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The serviceman is already on record with these values; nothing changes.</source>
        <translation>Военнослужащий уже записан с этими значениями; ничего не изменится.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This row will not be imported:</source>
        <translation>Эта строка не будет импортирована:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Row</source>
        <extracomment>The leading columns; the sheet&apos;s own columns follow them.</extracomment>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The row&apos;s number as Excel shows it</source>
        <translation>Номер строки, как его показывает Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the import will do with the row</source>
        <translation>Что импорт сделает со строкой</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasons</source>
        <translation>Причины</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why a row is refused or what to check</source>
        <translation>Почему строка отклонена или что проверить</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../kzpk_desktop/gui/importing/wizard.py" line="+50"/>
        <location line="+45"/>
        <location line="+33"/>
        <source>Import servicemen</source>
        <extracomment>The last preview shown, and what the import did (None until it is done).</extracomment>
        <translation>Импорт военнослужащих</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Importing %Ln row(s)…</source>
        <translation>
            <numerusform>Импорт %Ln строки…</numerusform>
            <numerusform>Импорт %Ln строк…</numerusform>
            <numerusform>Импорт %Ln строк…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import cancelled; nothing was saved.</source>
        <translation>Импорт отменён; ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was saved. Go Back and press Next to check the file again.</source>
        <translation>Ничего не сохранено. Нажмите «Назад», затем «Далее», чтобы проверить файл снова.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file cannot be read: %1.</source>
        <translation>Не удаётся прочитать файл: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save error report</source>
        <translation>Сохранение отчёта об ошибках</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save import template</source>
        <translation>Сохранение шаблона импорта</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file was not written.</source>
        <translation>Файл не записан.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../kzpk_desktop/gui/language.py" line="+57"/>
        <source>Language of the interface</source>
        <extracomment>Each language by its own name, in the order offered.</extracomment>
        <translation>Язык интерфейса</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../kzpk_desktop/gui/widgets/list_page.py" line="+205"/>
        <source>Export…</source>
        <extracomment>Pause after a column is dragged wider or moved before the layout is remembered. Change kinds (``ops.changes``) after which the list reads itself again. The list&apos;s name in the settings (its remembered columns). Its name in the export&apos;s file name and audit trail (default: ``LIST_NAME``).</extracomment>
        <translation>Выгрузить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the list as shown (filters, order, columns) to an Excel or CSV file (Ctrl+E)</source>
        <translation>Сохранить список в том виде, как он показан (фильтры, порядок, столбцы), в файл Excel или CSV (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Search: %1</source>
        <translation>Поиск: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The list is exported.</source>
        <translation>Список выгружен.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../kzpk_desktop/gui/security/idle_lock.py" line="+32"/>
        <source>Locked — KZPK Desktop</source>
        <translation>Заблокировано — KZPK Desktop</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>KZPK Desktop was locked after a time without use. %1 is signed in; enter the password to go on where you left off.</source>
        <translation>KZPK Desktop заблокирован после простоя. Вход выполнен пользователем %1; введите пароль, чтобы продолжить с того же места.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Sign out…</source>
        <translation>Выйти…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+3"/>
        <source>Sign out</source>
        <translation>Выход из системы</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Sign %1 out? Changes they have not saved are discarded.</source>
        <translation>Завершить сеанс %1? Несохранённые изменения будут потеряны.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/security/signin.py" line="+306"/>
        <source>Sign in — KZPK Desktop</source>
        <translation>Вход — KZPK Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>KZPK Desktop</source>
        <translation>KZPK Desktop</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter your user name and password.</source>
        <translation>Введите имя пользователя и пароль.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kzpk_desktop/gui/main_window.py" line="+90"/>
        <source>The database this window works on</source>
        <extracomment>The navigation pane is never narrower than this, even for short titles. The first size of the window, within the screen (see ``fit_to_screen``). A failure stays on the status bar longer: the clerk must have time to read it. The user chose another interface language (the session rebuilds the window in it).</extracomment>
        <translation>База данных, с которой работает это окно</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection to the database is back.</source>
        <translation>Связь с базой данных восстановлена.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+126"/>
        <source>Add a new record</source>
        <translation>Добавить новую запись</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the record</source>
        <translation>Сохранить запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the record</source>
        <translation>Удалить запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+119"/>
        <source>Search the list</source>
        <translation>Искать в списке</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the list again</source>
        <translation>Перечитать список</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export list…</source>
        <translation>Выгрузить с&amp;писок…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the list as shown (search, filters, order) to an Excel or CSV file</source>
        <translation>Сохранить список в том виде, как он показан (поиск, фильтры, порядок), в файл Excel или CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print preview…</source>
        <translation>Пр&amp;едварительный просмотр…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pages of the report as they will print</source>
        <translation>Страницы отчёта в том виде, в каком они будут напечатаны</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import servicemen…</source>
        <translation>&amp;Импорт военнослужащих…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add or update servicemen from an Excel list, after a preview</source>
        <translation>Добавить или обновить военнослужащих из списка Excel после предварительного просмотра</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the application</source>
        <translation>Закрыть приложение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings shared by every workstation on this database</source>
        <translation>Настройки, общие для всех рабочих мест этой базы данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About KZPK Desktop</source>
        <translation>&amp;О программе KZPK Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version and database</source>
        <translation>Версия и база данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Columns…</source>
        <translation>&amp;Столбцы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the columns the list shows; right-click a column header too</source>
        <translation>Выбрать столбцы, которые показывает список; то же — правой кнопкой мыши по заголовку столбца</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keys of the window&apos;s commands</source>
        <translation>Клавиши команд окна</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recycle &amp;bin…</source>
        <translation>&amp;Корзина…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted servicemen, documents and assignments, to restore</source>
        <translation>Удалённые военнослужащие, документы и назначения — для восстановления</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record</source>
        <translation>&amp;Запись</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>About KZPK Desktop</source>
        <translation>О программе KZPK Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;KZPK Desktop&lt;/b&gt; %1&lt;br&gt;Records and paperwork for Kazakhstan&apos;s UN peacekeeping contingents.&lt;br&gt;&lt;br&gt;Database: %2</source>
        <translation>&lt;b&gt;KZPK Desktop&lt;/b&gt; %1&lt;br&gt;Учёт личного состава и документы миротворческих контингентов Казахстана в миссиях ООН.&lt;br&gt;&lt;br&gt;База данных: %2</translation>
    </message>
</context>
<context>
    <name>MemberColumns</name>
    <message>
        <location filename="../../kzpk_desktop/gui/units/members.py" line="+34"/>
        <source>officers</source>
        <extracomment>The members list in the settings (its remembered columns).</extracomment>
        <translation>офицеров</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NCOs</source>
        <translation>сержантов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enlisted</source>
        <translation>рядовых</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no rank recorded</source>
        <translation>без звания</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rank</source>
        <translation>Звание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serviceman</source>
        <translation>Военнослужащий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service number</source>
        <translation>Личный номер</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Speciality</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Sub-unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>Приказ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(not recorded)</source>
        <translation>(не указана)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People</source>
        <translation>Чел.</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <location line="+23"/>
        <source>Include sub-units</source>
        <extracomment>Double-click or Enter on a member: open his or her record.</extracomment>
        <translation>Включая подчинённые</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Assign servicemen…</source>
        <translation>&amp;Назначить военнослужащих…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign several servicemen to this unit with one order</source>
        <translation>Назначить в это подразделение нескольких военнослужащих одним приказом</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Strength</source>
        <translation>Численность</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose a unit in the tree</source>
        <translation>Выберите подразделение в дереве</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>retired on %1</source>
        <translation>расформировано %1</translation>
    </message>
    <message numerus="yes">
        <location line="-62"/>
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln человек</numerusform>
            <numerusform>%Ln человека</numerusform>
            <numerusform>%Ln человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+88"/>
        <source>Strength: %n</source>
        <translation>
            <numerusform>Численность: %n</numerusform>
            <numerusform>Численность: %n</numerusform>
            <numerusform>Численность: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/planning/mission_dialog.py" line="+44"/>
        <source>New mission</source>
        <extracomment>The notes column&apos;s width; the service does not check it and SQLite would not refuse.</extracomment>
        <translation>Новая миссия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mission %1</source>
        <translation>Миссия %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Notes may hold at most %1 characters.</source>
        <translation>Примечания слишком длинные (не более %1 символов).</translation>
    </message>
    <message>
        <location filename="../../ui/mission_dialog.ui" line="+14"/>
        <source>Mission</source>
        <translation>Миссия</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Acronym</source>
        <translation>Сокращённое &amp;название</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. UNIFIL</source>
        <translation>напр. UNIFIL</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name in &amp;English</source>
        <translation>Название на &amp;английском</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Name in &amp;Russian</source>
        <translation>Название на &amp;русском</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Name in &amp;Kazakh</source>
        <translation>Название на &amp;казахском</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Host country in English</source>
        <translation>&amp;Страна пребывания на английском</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Host &amp;country in Russian</source>
        <translation>Страна пре&amp;бывания на русском</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Host country in Ka&amp;zakh</source>
        <translation>Страна пребывания на ка&amp;захском</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>A name or host country left empty in Kazakh or Russian is shown in English.</source>
        <translation>Название или страна пребывания, не заполненные на казахском или русском, показываются на английском.</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>&amp;ISO3 code</source>
        <translation>Код &amp;ISO3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. LBN</source>
        <translation>напр. LBN</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Start</source>
        <translation>&amp;Дата начала</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>E&amp;nd</source>
        <translation>Дата &amp;окончания</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>S&amp;tatus</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>N&amp;otes</source>
        <translation>Приме&amp;чания</translation>
    </message>
</context>
<context>
    <name>MissionsPage</name>
    <message>
        <location filename="../../kzpk_desktop/gui/planning/missions_page.py" line="+69"/>
        <source>New mission…</source>
        <translation>Новая миссия…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit mission…</source>
        <translation>Изменить миссию…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or double-click on a mission</source>
        <translation>Или двойной щелчок по миссии</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New rotation…</source>
        <translation>Новая ротация…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit rotation…</source>
        <translation>Изменить ротацию…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the roster</source>
        <translation>Открыть список</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter or double-click on a rotation</source>
        <translation>Enter или двойной щелчок по ротации</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No rotation of this mission yet. Create one: its number, the Parliament decision it is sent under and its planned dates; then nominate people.</source>
        <translation>У этой миссии пока нет ротаций. Создайте ротацию: её номер, постановление Парламента, по которому она направляется, и плановые даты; затем выдвиньте людей.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a rotation…</source>
        <translation>Создать ротацию…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Missions and rotations</source>
        <translation>Миссии и ротации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roster</source>
        <translation>Список</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Missions</source>
        <translation>Миссии</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Rotations of %1</source>
        <translation>Ротации %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotations</source>
        <translation>Ротации</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Mission not read</source>
        <translation>Миссия не прочитана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mission not found</source>
        <translation>Миссия не найдена</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Mission saved.</source>
        <translation>Миссия сохранена.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Roster %1</source>
        <translation>Список %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Rotation not read</source>
        <translation>Ротация не прочитана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotation not found</source>
        <translation>Ротация не найдена</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decisions not read</source>
        <translation>Постановления не прочитаны</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rotation saved.</source>
        <translation>Ротация сохранена.</translation>
    </message>
</context>
<context>
    <name>MoveUnitDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/units/unit_dialogs.py" line="+86"/>
        <source>Move %1</source>
        <translation>Перемещение: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move to the top of the tree (no parent unit)</source>
        <translation>В корень дерева (без вышестоящего подразделения)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The unit moves with all its sub-units; assignments stay as they are.</source>
        <translation>Подразделение перемещается вместе со всеми подчинёнными; назначения не меняются.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move</source>
        <translation>Переместить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move under:</source>
        <translation>Переместить в:</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/security/passphrase.py" line="+140"/>
        <source>Encrypt the database</source>
        <translation>Шифрование базы данных</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From now on the database file can only be opened with this passphrase: by this program, by a backup restored from it, by anyone. Keep it safe; a lost passphrase cannot be recovered, the data would be lost with it.

The window closes and reopens the database; backups made before now stay unencrypted.</source>
        <translation>Отныне файл базы данных открывается только с этим паролем шифрования — этой программой, при восстановлении из копии, кем угодно. Храните его надёжно: утерянный пароль восстановить нельзя, а вместе с ним будут потеряны данные.

Окно закроется и снова откроет базу; резервные копии, сделанные раньше, останутся незашифрованными.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Пароль шифрования:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat it:</source>
        <translation>П&amp;овторите его:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypt</source>
        <translation>Зашифровать</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The two passphrases differ; type the same passphrase twice.</source>
        <translation>Пароли не совпадают; введите один и тот же пароль шифрования дважды.</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/exchange/dialogs.py" line="+49"/>
        <source>Enrol this office again</source>
        <translation>Зарегистрировать этот офис заново</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up this office</source>
        <translation>Настройка этого офиса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example MOD or FIELD-UNIFIL</source>
        <translation>например, MOD или FIELD-UNIFIL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the ministry&apos;s database</source>
        <translation>Это база данных министерства</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An office keeps its code and keys for good; other offices trust it by its card.</source>
        <translation>Офис сохраняет свой код и ключи навсегда; другие офисы доверяют ему по его карточке.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../kzpk_desktop/gui/ops/failures.py" line="+32"/>
        <source>The file could not be used%1: %2. Close it in any other program and try again.</source>
        <translation>Не удалось использовать файл%1: %2. Закройте его в других программах и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There was not enough memory to finish. Close other programs and try again.</source>
        <translation>Не хватило памяти, чтобы закончить. Закройте другие программы и попробуйте снова.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something unexpected went wrong (%1). Nothing was changed; if it happens again, tell the administrator.</source>
        <translation>Произошла непредвиденная ошибка (%1). Ничего не изменено; если это повторится, сообщите администратору.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../kzpk_desktop/gui/widgets/dates.py" line="+32"/>
        <source>Clear the date</source>
        <extracomment>The date, or None when the field is empty; emitted on every change.</extracomment>
        <translation>Очистить дату</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the date as dd.mm.yyyy or pick it from the calendar; Delete empties the field.</source>
        <translation>Введите дату в виде дд.мм.гггг или выберите её в календаре; Delete очищает поле.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/rosters/status_dialogs.py" line="+108"/>
        <source>Approve despite failed document rules</source>
        <translation>Утверждение в порядке исключения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These people do not meet every document rule for the rotation. As a supervisor you may approve them anyway; your reason is recorded with your name.</source>
        <translation>Эти люди выполняют не все требования к документам для ротации. Как руководитель вы можете всё же утвердить их; причина будет записана вместе с вашим именем.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Reason for the override (required):</source>
        <translation>&amp;Причина исключения (обязательно):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../kzpk_desktop/gui/overview/charts.py" line="+123"/>
        <source>Deployed on %1, by mission and personnel category</source>
        <extracomment>Colour-blind-safe palette (Okabe-Ito), one colour per series in order. QCoreApplication.translate under the name pyside6-lupdate looks for. (set index, bar index) -&gt; the list behind that bar, or None where bars name nobody. A sentence saying what the chart shows when there is nothing to draw.</extracomment>
        <translation>Развёрнуто на %1 по миссиям и категориям персонала</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ceiling of the decision</source>
        <translation>Предел по решению</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+109"/>
        <source>Mission</source>
        <translation>Миссия</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+109"/>
        <location line="+97"/>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location line="-206"/>
        <location line="+54"/>
        <source>Ceiling</source>
        <translation>Предел</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+122"/>
        <source>Nobody is deployed on this day.</source>
        <translation>На эту дату никто не развёрнут.</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Places taken under each Parliament decision (approved + deployed)</source>
        <translation>Занятые места по каждому решению Парламента (утверждённые + развёрнутые)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ceiling %1</source>
        <translation>Предел %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken on %1</source>
        <translation>Занято на %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most taken</source>
        <translation>Наибольшее число</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First exceeded on</source>
        <translation>Впервые превышен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Parliament decision is in force in this period.</source>
        <translation>В этот период не действует ни одно решение Парламента.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share of women against the UN parity target of %1</source>
        <translation>Доля женщин в сравнении с целевым показателем ООН на %1 год</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All missions</source>
        <translation>Все миссии</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Target: %1 %2%</source>
        <translation>Цель: %1 %2%</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share of women</source>
        <translation>Доля женщин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target met</source>
        <translation>Цель достигнута</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Readiness of the rotations in planning and training</source>
        <translation>Готовность ротаций на этапе планирования и подготовки</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>Eligible</source>
        <translation>Допущены</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Blocked: %1</source>
        <translation>Препятствие: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rotation</source>
        <translation>Ротация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nominees</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocking documents expire</source>
        <translation>Срок мешающих документов истекает</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No rotation is in planning or training.</source>
        <translation>Нет ротаций на этапе планирования или подготовки.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents expiring per month, next 12 months</source>
        <translation>Документы с истекающим сроком по месяцам, следующие 12 месяцев</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No document expires in the next 12 months.</source>
        <translation>В ближайшие 12 месяцев ни у одного документа не истекает срок.</translation>
    </message>
    <message>
        <location filename="../../kzpk_desktop/gui/overview/panel.py" line="+126"/>
        <source>Save picture…</source>
        <extracomment>The size of a saved picture (a 16:9 slide). QCoreApplication.translate under the name pyside6-lupdate looks for.</extracomment>
        <translation>Сохранить рисунок…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the chart as a PNG picture, for a briefing</source>
        <translation>Сохранить диаграмму как рисунок PNG для доклада</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save numbers…</source>
        <translation>Сохранить данные…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the numbers behind the chart as a spreadsheet</source>
        <translation>Сохранить данные диаграммы в электронную таблицу</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Click a bar to see who is behind it.</source>
        <translation>Нажмите на столбец, чтобы увидеть, кто за ним стоит.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../kzpk_desktop/gui/overview/page.py" line="+109"/>
        <source>Overview as of %1</source>
        <extracomment>The panels, top to bottom; each is read on its own and shown as soon as it is in. Kinds of change after which the figures are read again. The field of ``Briefing`` each part fills.</extracomment>
        <translation>Обзор на %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading the figures…</source>
        <translation>Чтение данных…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The figures could not be read: %1</source>
        <translation>Не удалось прочитать данные: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+21"/>
        <source>Save the chart as a picture</source>
        <translation>Сохранить диаграмму как рисунок</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>PNG picture (*.png)</source>
        <translation>Рисунок PNG (*.png)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>As of %1</source>
        <translation>На %1</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../kzpk_desktop/gui/planning/overview_panel.py" line="+71"/>
        <source>Choose a mission</source>
        <extracomment>Enter or double-click on someone blocking the next rotation: (rotation id, entry id).</extracomment>
        <translation>Выберите миссию</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>In the mission on %1: %n person(s).</source>
        <translation>
            <numerusform>В миссии на %1: %n человек.</numerusform>
            <numerusform>В миссии на %1: %n человека.</numerusform>
            <numerusform>В миссии на %1: %n человек.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody is in the mission on %1.</source>
        <translation>На %1 в миссии никого нет.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No rotation is being planned or trained for.</source>
        <translation>Нет ротаций на этапе планирования или подготовки.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Next rotation %1-%2 (from %3): %n person(s) nominated or approved have documents that block it.</source>
        <translation>
            <numerusform>Следующая ротация %1-%2 (с %3): у %n выдвинутого или утверждённого человека документы препятствуют направлению.</numerusform>
            <numerusform>Следующая ротация %1-%2 (с %3): у %n выдвинутых или утверждённых человек документы препятствуют направлению.</numerusform>
            <numerusform>Следующая ротация %1-%2 (с %3): у %n выдвинутых или утверждённых человек документы препятствуют направлению.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next rotation %1-%2 (from %3): nobody&apos;s documents block it.</source>
        <translation>Следующая ротация %1-%2 (с %3): ни у кого документы не препятствуют направлению.</translation>
    </message>
</context>
<context>
    <name>OverviewPeople</name>
    <message>
        <location filename="../../kzpk_desktop/gui/overview/people.py" line="+80"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Звание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>PagedModel</name>
    <message>
        <location filename="../../kzpk_desktop/gui/widgets/paged.py" line="+302"/>
        <source>Loading…</source>
        <extracomment>count(session) -&gt; rows matching; fetch(session, offset, limit) -&gt; those rows in order (or a ``Page`` carrying extras read with them, such as the registry&apos;s badges) Cells whose answers are kept (a few screens&apos; worth); then the cache starts again. The number of rows matching the query (after each new query or refresh). A query was answered and shown (its count and first page); tests wait for it. The query could not be run: the sentence the failure formatter gave. Pages asked for and not yet answered, by page number. What the view was told for each cell shown: (row, column) -&gt; {role: value}. The last query could not be run (the rows shown are an older answer&apos;s).</extracomment>
        <translation>Загрузка…</translation>
    </message>
</context>
<context>
    <name>Paperwork</name>
    <message>
        <location filename="../../kzpk_desktop/gui/paperwork/reports.py" line="+45"/>
        <source>UN nominal roll</source>
        <extracomment>Parameters a report may need (which rows of the form are shown). &quot;en&quot; for the UN&apos;s papers; None for the ministry&apos;s and Parliament&apos;s, which default to the clerk&apos;s language when that is Kazakh or Russian (and so does the marking).</extracomment>
        <translation>Именной список ООН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list the UN and the mission ask for: everyone cleared for a rotation, or everyone deployed in a mission on a date. Rank, names as in the passport, passport, UN category, appointment, arrival and departure, certificates and next of kin; landscape, usually in English.</source>
        <translation>Список, который запрашивают ООН и миссия: все допущенные к ротации или все находящиеся в миссии на дату. Звание, ФИО как в паспорте, паспорт, категория ООН, должность, прибытие и убытие, сертификаты и ближайший родственник; альбомная ориентация, обычно на английском.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report to Parliament</source>
        <translation>Отчёт Парламенту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For each Parliament decision in force on the date: the ceiling against the people approved and deployed, per mission and overall, by personnel category, by sex and by speciality, with totals and the list of the people deployed.</source>
        <translation>По каждому постановлению Парламента, действующему на дату: квота в сравнении с утверждёнными и находящимися в миссии — по миссиям и в целом, по категориям персонала, по полу и по специальности, с итогами и списком находящихся в миссии.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>UN contributions</source>
        <translation>Вклад в миссии ООН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The UN monthly summary: the people deployed on the date per mission and personnel type, men, women and total, and the share of women against the UN gender parity target of that year.</source>
        <translation>Ежемесячная сводка для ООН: находящиеся в миссии на дату по миссиям и категориям персонала — мужчины, женщины и всего, а также доля женщин в сравнении с целевым показателем гендерного паритета ООН на этот год.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Participation history</source>
        <translation>История участия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who served in the missions over a period: per mission and personnel category the persons who served and their tours (a person sent twice is one person, two tours), staff officers and observers together, and the strength on the period&apos;s last day.</source>
        <translation>Кто проходил службу в миссиях за период: по каждой миссии и категории персонала — число лиц и их ротаций (направленный дважды — одно лицо, две ротации), штабные офицеры и наблюдатели вместе, и численность на последний день периода.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Personnel card</source>
        <translation>Личная карточка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything on file about one serviceman: personal data, documents, assignment history and deployments, on A4 portrait.</source>
        <translation>Всё, что известно об одном военнослужащем: личные данные, документы, история назначений и командировок в миссии; А4, книжная ориентация.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expiring documents</source>
        <translation>Истекающие документы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current documents that have expired or expire within the window, soonest first, with the serviceman and the unit (discharged servicemen are left out).</source>
        <translation>Действующие документы, которые просрочены или истекают в заданный срок, — сначала ближайшие, с военнослужащим и подразделением (уволенные не показываются).</translation>
    </message>
</context>
<context>
    <name>PaperworkPage</name>
    <message>
        <location filename="../../kzpk_desktop/gui/paperwork/page.py" line="+91"/>
        <source>Scope:</source>
        <extracomment>Characters a rotation or mission choice shows before its name is cut (full text in the list).</extracomment>
        <translation>Охват:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;As of:</source>
        <translation>&amp;На дату:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Serviceman (IIN):</source>
        <translation>&amp;Военнослужащий (ИИН):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring &amp;within:</source>
        <translation>Истекают в &amp;течение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Язык отчёта:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Handling marking:</source>
        <translation>&amp;Гриф:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export…</source>
        <translation>Выгр&amp;узить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the file, then write the report; it can be cancelled while it is written</source>
        <translation>Выберите файл, затем запишите отчёт; запись можно отменить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print preview…</source>
        <translation>Пр&amp;едварительный просмотр…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pages of the report as they will print; print them from there</source>
        <translation>Страницы отчёта в том виде, в каком они будут напечатаны; оттуда их можно напечатать</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Rotation</source>
        <translation>&amp;Ротация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone cleared for the rotation: approved, deployed or back</source>
        <translation>Все допущенные к ротации: утверждённые, находящиеся в миссии или вернувшиеся</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mission</source>
        <translation>&amp;Миссия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone deployed in the mission on the date</source>
        <translation>Все находящиеся в миссии на дату</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The strength is given as of this day</source>
        <translation>Численность указывается на этот день</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>Н&amp;айти…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the registry by name, IIN or service number</source>
        <translation>Поиск в реестре по ФИО, ИИН или личному номеру</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents expiring within this many days from today (those already expired are always listed)</source>
        <translation>Документы, истекающие в течение стольких дней начиная с сегодняшнего (просроченные показываются всегда)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of the report&apos;s labels, whatever the language of this window</source>
        <translation>Язык надписей отчёта, независимо от языка этого окна</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed at the top right of every page, in the report&apos;s language (Settings holds the default of each language); leave it empty for no marking</source>
        <translation>Печатается вверху справа на каждой странице, на языке отчёта (значение по умолчанию для каждого языка задаётся в настройках); оставьте пустым, чтобы не печатать гриф</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Type the IIN or find the serviceman.</source>
        <translation>Введите ИИН или найдите военнослужащего.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No serviceman has this IIN.</source>
        <translation>Военнослужащего с таким ИИН нет.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose the rotation or the mission of the roll.</source>
        <translation>Выберите ротацию или миссию для списка.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period ends before it starts: choose a later &quot;to&quot; date.</source>
        <translation>Период заканчивается раньше, чем начинается: выберите более позднюю дату «по».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the IIN of the serviceman, or find him or her with Find….</source>
        <translation>Введите ИИН военнослужащего или найдите его кнопкой «Найти…».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No serviceman has the IIN %1.</source>
        <translation>Военнослужащего с ИИН %1 нет.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save %1</source>
        <translation>Сохранение: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 saved: %2</source>
        <translation>Отчёт «%1» сохранён: %2</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/security/passphrase.py" line="-122"/>
        <source>Encrypted database — KZPK Desktop</source>
        <translation>Зашифрованная база данных — KZPK Desktop</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file is encrypted. Enter its passphrase to open it.

If the file is not encrypted, it is not a readable database: restore a backup instead.</source>
        <translation>Файл базы данных зашифрован. Введите пароль шифрования, чтобы открыть его.

Если файл не зашифрован, то это не читаемая база данных: восстановите её из резервной копии.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Пароль шифрования:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Restore a backup…</source>
        <translation>Восстановить из копии…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypted database</source>
        <translation>Зашифрованная база данных</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message numerus="yes">
        <location filename="../../kzpk_desktop/gui/overview/people.py" line="+17"/>
        <source>%n person(s). Double-click a row to open the record.</source>
        <translation>
            <numerusform>%n человек. Дважды щёлкните строку, чтобы открыть карточку.</numerusform>
            <numerusform>%n человека. Дважды щёлкните строку, чтобы открыть карточку.</numerusform>
            <numerusform>%n человек. Дважды щёлкните строку, чтобы открыть карточку.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanningColumns</name>
    <message>
        <location filename="../../kzpk_desktop/gui/planning/columns.py" line="+45"/>
        <source>Mission</source>
        <translation>Миссия</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <location line="+61"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Host</source>
        <translation>Страна пребывания</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <location line="+63"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>In mission</source>
        <translation>В миссии</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People serving in the mission today</source>
        <translation>Сейчас проходят службу в миссии</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Planned</source>
        <translation>По плану</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nominated</source>
        <translation>Выдвинуты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved</source>
        <translation>Утвержд.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deployed</source>
        <translation>В миссии</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Returned</source>
        <translation>Вернулись</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed the tour or repatriated early</source>
        <translation>Завершили командировку или досрочно возвращены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation>Отозваны</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Women, %</source>
        <translation>Женщин, %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UN target</source>
        <translation>Цель ООН</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of women the UN gender parity strategy asks for this year</source>
        <translation>Доля женщин, которую стратегия гендерного паритета ООН предусматривает на этот год</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documents that block</source>
        <translation>Препятствующие документы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ceiling</source>
        <translation>Квота</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Superseded by</source>
        <translation>Заменено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ceilings per mission</source>
        <translation>Квоты по миссиям</translation>
    </message>
</context>
<context>
    <name>PlanningLabels</name>
    <message>
        <location filename="../../kzpk_desktop/gui/planning/labels.py" line="+20"/>
        <source>Nominated</source>
        <extracomment>QCoreApplication.translate under the name pyside6-lupdate looks for.</extracomment>
        <translation>Выдвинут</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Утверждён</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Deployed</source>
        <translation>В миссии</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Repatriated</source>
        <translation>Досрочно возвращён</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Withdrawn</source>
        <translation>Отозван</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planning</source>
        <translation>Планирование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Подготовка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing</source>
        <translation>Закрытие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until %1</source>
        <translation>по %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 of %3 women (%4)</source>
        <translation>%1: женщин %2 из %3 (%4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — target %1</source>
        <translation> — цель %1</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/exchange/dialogs.py" line="-53"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 (%n день назад)</numerusform>
            <numerusform>%1 (%n дня назад)</numerusform>
            <numerusform>%1 (%n дней назад)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a package</source>
        <translation>Загрузка пакета</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Package No. %1 from office %2, made %3. Signature and contents checked; this is what importing it will do:</source>
        <translation>Пакет № %1 от офиса %2, создан %3. Подпись и содержимое проверены; вот что сделает его загрузка:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../kzpk_desktop/gui/importing/preview_page.py" line="+46"/>
        <source>Check the rows</source>
        <extracomment>&quot;Save error report…&quot; was pressed.</extracomment>
        <translation>Проверка строк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is saved yet. Shaded red cells are refused; the Reasons column says why.</source>
        <translation>Пока ничего не сохранено. Ячейки с красной заливкой отклонены; почему — сказано в столбце «Причины».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Headers the import does not know; these columns are left as they are and not imported</source>
        <translation>Заголовки, которые импорт не знает; эти столбцы остаются как есть и не импортируются</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Only rows with problems</source>
        <translation>&amp;Только строки с ошибками</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;error report…</source>
        <translation>Сохранить отчёт об &amp;ошибках…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the refused rows with the reasons as an Excel workbook: correct it and import it again</source>
        <translation>Сохранить отклонённые строки с причинами в книгу Excel: исправьте её и импортируйте снова</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Sheet «%1», header in row %2: %Ln row(s).</source>
        <translation>
            <numerusform>Лист «%1», заголовок в строке %2: %Ln строка.</numerusform>
            <numerusform>Лист «%1», заголовок в строке %2: %Ln строки.</numerusform>
            <numerusform>Лист «%1», заголовок в строке %2: %Ln строк.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To create: %1 · to update: %2 · unchanged: %3 · refused: %4</source>
        <translation>Будет создано: %1 · обновлено: %2 · без изменений: %3 · отклонено: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not imported (unknown headers): %1</source>
        <translation>Не импортируются (неизвестные заголовки): %1</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%1 of %Ln row(s) are refused, so nothing will be imported: correct the file, or go Back and tick «Skip invalid rows» to import the other rows.</source>
        <translation>
            <numerusform>Отклонено %1 из %Ln строки, поэтому ничего не будет импортировано: исправьте файл или вернитесь «Назад» и отметьте «Пропускать ошибочные строки», чтобы импортировать остальные строки.</numerusform>
            <numerusform>Отклонено %1 из %Ln строк, поэтому ничего не будет импортировано: исправьте файл или вернитесь «Назад» и отметьте «Пропускать ошибочные строки», чтобы импортировать остальные строки.</numerusform>
            <numerusform>Отклонено %1 из %Ln строк, поэтому ничего не будет импортировано: исправьте файл или вернитесь «Назад» и отметьте «Пропускать ошибочные строки», чтобы импортировать остальные строки.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln refused row(s) will be left out.</source>
        <translation>
            <numerusform>%Ln отклонённая строка будет пропущена.</numerusform>
            <numerusform>%Ln отклонённые строки будут пропущены.</numerusform>
            <numerusform>%Ln отклонённых строк будут пропущены.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every row is already on record with these values: there is nothing to import.</source>
        <translation>Все строки уже внесены с этими значениями: импортировать нечего.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everyone imported will be nominated to rotation %1.</source>
        <translation>Все импортированные будут выдвинуты в ротацию %1.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../kzpk_desktop/gui/print_preview.py" line="+42"/>
        <source>Print preview: %1</source>
        <extracomment>Pages are drawn from images of at most this resolution (a printer&apos;s 1200 dpi would need half a gigabyte per page). The preview window&apos;s size on a screen large enough.</extracomment>
        <translation>Предварительный просмотр: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the workbook instead?</source>
        <translation>Сохранить вместо этого книгу Excel?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the workbook…</source>
        <translation>Сохранить книгу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the print preview…</source>
        <translation>Подготовка предварительного просмотра…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The print preview could not be made.</source>
        <translation>Не удалось подготовить предварительный просмотр.</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/audit/history.py" line="+52"/>
        <source>History: %1</source>
        <extracomment>The dialog&apos;s subject is the record (or the person): a line names only what else it is about (&quot;Passport No. N1234567&quot;), and nothing for the record itself.</extracomment>
        <translation>История: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n change(s) recorded</source>
        <translation>
            <numerusform>Записано %n изменение</numerusform>
            <numerusform>Записано %n изменения</numerusform>
            <numerusform>Записано %n изменений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is recorded about this record yet.</source>
        <translation>По этой записи пока ничего не зарегистрировано.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>History not read</source>
        <translation>История не прочитана</translation>
    </message>
</context>
<context>
    <name>RecordPane</name>
    <message>
        <location filename="../../kzpk_desktop/gui/registry/pane.py" line="+136"/>
        <source>&amp;Record pane</source>
        <extracomment>The list&apos;s share of the splitter at first (per cent), beside and above the pane.</extracomment>
        <translation>&amp;Панель записи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the &amp;right</source>
        <translation>С&amp;права</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At the &amp;bottom</source>
        <translation>С&amp;низу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Hidden</source>
        <translation>С&amp;крыта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list takes the whole area; opening a record shows the pane again</source>
        <translation>Список занимает всю область; при открытии записи панель появится снова</translation>
    </message>
</context>
<context>
    <name>RecycleBinDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/recycle/bin_dialog.py" line="+52"/>
        <source>Recycle bin</source>
        <extracomment>An item is back (a ``services.recycle.Restored``).</extracomment>
        <translation>Корзина</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Restore</source>
        <extracomment>What the last Restore did.</extracomment>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the chosen item back as it was, with everything that was deleted with it</source>
        <translation>Вернуть выбранную запись в прежнем виде вместе со всем, что было удалено вместе с ней</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete for &amp;good…</source>
        <translation>Удалить &amp;навсегда…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the chosen item from the recycle bin, with the personal data it keeps; it cannot be restored then</source>
        <translation>Убрать выбранную запись из корзины вместе с хранящимися в ней персональными данными; восстановить её будет нельзя</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n deleted item(s). Restore puts an item back as it was, with what was deleted with it.</source>
        <translation>
            <numerusform>%n удалённая запись. «Восстановить» возвращает запись в прежнем виде вместе с тем, что было удалено вместе с ней.</numerusform>
            <numerusform>%n удалённые записи. «Восстановить» возвращает запись в прежнем виде вместе с тем, что было удалено вместе с ней.</numerusform>
            <numerusform>%n удалённых записей. «Восстановить» возвращает запись в прежнем виде вместе с тем, что было удалено вместе с ней.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recycle bin is empty: nothing deleted is waiting to be restored.</source>
        <translation>Корзина пуста: удалённого, которое можно восстановить, нет.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not restored</source>
        <translation>Не восстановлено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored: %1.</source>
        <translation>Восстановлено: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>Delete for good</source>
        <translation>Удаление навсегда</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Delete %1 for good? It can no longer be restored then.</source>
        <translation>Удалить %1 навсегда? Восстановить это будет уже нельзя.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted for good: %1.</source>
        <translation>Удалено навсегда: %1.</translation>
    </message>
</context>
<context>
    <name>RecycleColumns</name>
    <message>
        <location line="-118"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted by</source>
        <translation>Кто удалил</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Когда удалено</translation>
    </message>
</context>
<context>
    <name>RegistryColumns</name>
    <message>
        <location filename="../../kzpk_desktop/gui/registry/columns.py" line="+25"/>
        <source>Rank</source>
        <extracomment>The translation context of the headers.</extracomment>
        <translation>Звание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in Latin</source>
        <translation>ФИО латиницей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service number</source>
        <translation>Личный номер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport expires</source>
        <translation>Паспорт до</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
</context>
<context>
    <name>RegistryExport</name>
    <message>
        <location filename="../../kzpk_desktop/gui/registry/export.py" line="+43"/>
        <source>Search: %1</source>
        <translation>Поиск: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank: %1</source>
        <translation>Звание: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex: %1</source>
        <translation>Пол: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>descending</source>
        <translation>по убыванию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ascending</source>
        <translation>по возрастанию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorted by %1, %2</source>
        <translation>Сортировка: %1, %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Servicemen</source>
        <translation>Военнослужащие</translation>
    </message>
</context>
<context>
    <name>RegistryList</name>
    <message>
        <location filename="../../kzpk_desktop/gui/registry/view.py" line="+59"/>
        <source>Find by name, IIN or service number (Ctrl+F)</source>
        <extracomment>The current serviceman&apos;s id (None when no row is current). Enter or double-click on a row: the clerk wants to edit it. The &quot;Export…&quot; button (shown with ``exportable=True``) was pressed. The &quot;Import…&quot; button (shown with ``importable=True``) was pressed.</extracomment>
        <translation>Поиск по ФИО, ИИН или личному номеру (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the beginning of any name (Cyrillic or Latin), of the IIN or of the service number; every word must match. Ctrl+F comes back here, Down goes to the list.</source>
        <translation>Введите начало любой части ФИО (кириллицей или латиницей), ИИН или личного номера; должно совпасть каждое слово. Ctrl+F возвращает сюда, стрелка вниз переводит в список.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All ranks</source>
        <translation>Все звания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men and women</source>
        <translation>Мужчины и женщины</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add or update servicemen from an Excel list, after a preview (Ctrl+I)</source>
        <translation>Добавить или обновить военнослужащих из списка Excel после предварительного просмотра (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export…</source>
        <translation>Выгрузить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the list as shown (search, filters, order) to an Excel or CSV file (Ctrl+E)</source>
        <translation>Сохранить список в том виде, как он показан (поиск, фильтры, порядок), в файл Excel или CSV (Ctrl+E)</translation>
    </message>
    <message numerus="yes">
        <location line="+109"/>
        <source>%Ln serviceman(s)</source>
        <translation>
            <numerusform>%Ln военнослужащий</numerusform>
            <numerusform>%Ln военнослужащих</numerusform>
            <numerusform>%Ln военнослужащих</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %Ln serviceman(s)</source>
        <translation>
            <numerusform>%1 из %Ln военнослужащего</numerusform>
            <numerusform>%1 из %Ln военнослужащих</numerusform>
            <numerusform>%1 из %Ln военнослужащих</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <location filename="../../kzpk_desktop/gui/registry/model.py" line="+130"/>
        <source>This column cannot be sorted; the list stays in its order.</source>
        <extracomment>The serviceman&apos;s id behind an index. A passport must outlast a tour by six months (domain.md), so warn that early. A search or a sort reads its first page before the list shows anything: 100 rows (three screens) cost a keystroke ~4 ms less than 200 at 100k; as many rows are kept. (rows matching the filter, servicemen in the database)</extracomment>
        <translation>По этому столбцу сортировать нельзя; порядок списка не меняется.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The passport has expired.</source>
        <translation>Срок действия паспорта истёк.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The passport expires within %n month(s).</source>
        <translation>
            <numerusform>Паспорт истекает в течение %n месяца.</numerusform>
            <numerusform>Паспорт истекает в течение %n месяцев.</numerusform>
            <numerusform>Паспорт истекает в течение %n месяцев.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <location filename="../../kzpk_desktop/gui/registry/page.py" line="+57"/>
        <source>Record</source>
        <extracomment>The record&apos;s tabs, by the names ``open_record`` takes.</extracomment>
        <translation>Карточка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments</source>
        <translation>Назначения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change made to this record: who, when, old and new values</source>
        <translation>Все изменения этой записи: кто, когда, прежние и новые значения</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The list is exported.</source>
        <translation>Список выгружен.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported: %1 created, %2 updated, %3 unchanged.</source>
        <translation>Импортировано: создано %1, обновлено %2, без изменений %3.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not saved: please correct the marked fields.</source>
        <translation>Не сохранено: исправьте отмеченные поля.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>No servicemen yet. Import the spreadsheet you keep them in, or add the first one.</source>
        <translation>Военнослужащих пока нет. Импортируйте таблицу, в которой вы их ведёте, или добавьте первого.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a spreadsheet…</source>
        <translation>Импортировать таблицу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a serviceman</source>
        <translation>Добавить военнослужащего</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody matches the search or the filters.</source>
        <translation>Никто не подходит под поиск или фильтры.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Saved: %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete serviceman</source>
        <translation>Удаление военнослужащего</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Delete %1 (IIN %2) with all documents, assignments and roster entries?

Edit &gt; Undo delete (Ctrl+Z) brings everything back.</source>
        <translation>Удалить %1 (ИИН %2) со всеми документами, назначениями и записями в списках ротаций?

Правка &gt; Отменить удаление (Ctrl+Z) вернёт всё обратно.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Serviceman %1 deleted.</source>
        <translation>Удалена карточка военнослужащего %1.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has changes that are not saved.</source>
        <translation>В записи «%1» есть несохранённые изменения.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new serviceman</source>
        <translation>Новый военнослужащий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Record not read</source>
        <translation>Запись не прочитана</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>Record not found</source>
        <translation>Запись не найдена</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Changed by someone else</source>
        <translation>Запись изменил другой пользователь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload shows their version and drops your unsaved changes. Keep my changes leaves your edits on screen so you can note them first.</source>
        <translation>«Перечитать» покажет его версию, а ваши несохранённые изменения пропадут. «Оставить мои изменения» сохранит ваши правки на экране, чтобы вы могли их записать.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload</source>
        <translation>Перечитать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep my changes</source>
        <translation>Оставить мои изменения</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your entries stay in the form as a new record; save to add it again.</source>
        <translation>Введённые данные остаются в форме как новая запись; сохраните её, чтобы добавить снова.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/security/restore_dialog.py" line="+38"/>
        <source>(made before a program upgrade)</source>
        <translation>(сделана перед обновлением программы)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database cannot be opened</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>KZPK Desktop cannot use this database</source>
        <translation>KZPK Desktop не может работать с этой базой данных</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose another file…</source>
        <translation>Выбрать другой файл…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a backup to put in its place. The current file is not deleted: it is kept aside, beside the database, and its name is shown after restoring.</source>
        <translation>Выберите резервную копию, которая её заменит. Текущий файл не удаляется: он сохраняется рядом с базой, а его имя будет показано после восстановления.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup replaces the database for every user of this file. The current file is not deleted: it is kept aside, beside the database, and its name is shown after restoring.</source>
        <translation>Резервная копия заменит базу данных для всех пользователей этого файла. Текущий файл не удаляется: он сохраняется рядом с базой, а его имя будет показано после восстановления.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No backups were found beside the database.</source>
        <translation>Рядом с базой данных резервных копий не найдено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database is on a server: restore it with the server&apos;s own tools, or ask its administrator.</source>
        <translation>Эта база данных находится на сервере: восстановите её средствами сервера или обратитесь к его администратору.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a backup</source>
        <translation>Выбор резервной копии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KZPK backups (*.sqlite);;All files (*)</source>
        <translation>Резервные копии KZPK (*.sqlite);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../kzpk_desktop/gui/importing/preview_page.py" line="+22"/>
        <source>Imported</source>
        <translation>Импорт выполнен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The servicemen are in the registry; the import is recorded in the audit trail.</source>
        <translation>Военнослужащие внесены в реестр; импорт записан в журнал аудита.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;error report…</source>
        <translation>Сохранить отчёт об &amp;ошибках…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the rows that were left out, with the reasons, as an Excel workbook</source>
        <translation>Сохранить пропущенные строки с причинами в книгу Excel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file is imported: %1.</source>
        <translation>Файл импортирован: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created: %1 · updated: %2 · unchanged: %3 · left out: %4</source>
        <translation>Создано: %1 · обновлено: %2 · без изменений: %3 · пропущено: %4</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Nominated to rotation %1: %Ln serviceman(s).</source>
        <translation>
            <numerusform>Выдвинут в ротацию %1: %Ln военнослужащий.</numerusform>
            <numerusform>Выдвинуто в ротацию %1: %Ln военнослужащих.</numerusform>
            <numerusform>Выдвинуто в ротацию %1: %Ln военнослужащих.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rows left out are listed in the error report; correct them and import that workbook.</source>
        <translation>Пропущенные строки перечислены в отчёте об ошибках; исправьте их и импортируйте эту книгу.</translation>
    </message>
</context>
<context>
    <name>RetryCountdown</name>
    <message>
        <location filename="../../kzpk_desktop/gui/security/signin.py" line="-143"/>
        <source>You may try again now.</source>
        <extracomment>Past the service&apos;s own deadline, so that the next try is never refused as too early.</extracomment>
        <translation>Теперь можно попробовать снова.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../kzpk_desktop/gui/security/labels.py" line="+10"/>
        <source>viewer</source>
        <translation>наблюдатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clerk</source>
        <translation>делопроизводитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervisor</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reads and exports</source>
        <translation>просматривает и выгружает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enters and edits records, imports</source>
        <translation>вводит и правит записи, импортирует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a clerk who also approves, deletes and overrides</source>
        <translation>как делопроизводитель, а также утверждает, удаляет и делает исключения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>users, reference tables, settings, backups</source>
        <translation>пользователи, справочники, настройки, резервные копии</translation>
    </message>
</context>
<context>
    <name>RosterActions</name>
    <message>
        <location filename="../../kzpk_desktop/gui/rosters/actions.py" line="+52"/>
        <location line="+5"/>
        <source>Add a unit</source>
        <extracomment>QCoreApplication.translate under the name pyside6-lupdate looks for.</extracomment>
        <translation>Добавление подразделения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no units on file yet.</source>
        <translation>Подразделений пока нет.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not nominated</source>
        <translation>Не выдвинуто</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Saved: %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
</context>
<context>
    <name>RosterColumns</name>
    <message>
        <location filename="../../kzpk_desktop/gui/rosters/columns.py" line="+38"/>
        <source> (overridden)</source>
        <extracomment>QCoreApplication.translate under the name pyside6-lupdate looks for.</extracomment>
        <translation> (в порядке исключения)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not checked (status: %1).</source>
        <translation>Не проверяется (статус: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meets every rule for this rotation.</source>
        <translation>Выполняет все требования для этой ротации.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved by %1 over the document rules: %2</source>
        <translation>Утверждено пользователем %1 в порядке исключения из требований к документам: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rank</source>
        <translation>Звание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in Latin</source>
        <translation>ФИО латиницей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eligibility</source>
        <translation>Допуск</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ meets every rule for this rotation; ✗ lists the rules not met (details in the tooltip and below the table)</source>
        <translation>✓ — выполняет все требования для этой ротации; ✗ — перечислены невыполненные требования (подробности во всплывающей подсказке и под таблицей)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sub-unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrival</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Departure</source>
        <translation>Убытие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UN index</source>
        <translation>Индекс ООН</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
</context>
<context>
    <name>RosterCounts</name>
    <message numerus="yes">
        <location filename="../../kzpk_desktop/gui/rosters/counts.py" line="+15"/>
        <source>Nominated %n person(s) to %1.</source>
        <translation>
            <numerusform>В ротацию %1 выдвинут %n человек.</numerusform>
            <numerusform>В ротацию %1 выдвинуты %n человека.</numerusform>
            <numerusform>В ротацию %1 выдвинуты %n человек.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them do not meet every rule yet (see Eligibility).</source>
        <translation>
            <numerusform>Из них %n пока выполняет не все требования (см. «Допуск»).</numerusform>
            <numerusform>Из них %n пока выполняют не все требования (см. «Допуск»).</numerusform>
            <numerusform>Из них %n пока выполняют не все требования (см. «Допуск»).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n already on the roster left as they were.</source>
        <translation>
            <numerusform>%n человек уже был в списке, запись оставлена без изменений.</numerusform>
            <numerusform>%n человека уже были в списке, записи оставлены без изменений.</numerusform>
            <numerusform>%n человек уже были в списке, записи оставлены без изменений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Approved: %n person(s).</source>
        <translation>
            <numerusform>Утверждено: %n человек.</numerusform>
            <numerusform>Утверждено: %n человека.</numerusform>
            <numerusform>Утверждено: %n человек.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Deployed: %n person(s).</source>
        <translation>
            <numerusform>Направлено в миссию: %n человек.</numerusform>
            <numerusform>Направлено в миссию: %n человека.</numerusform>
            <numerusform>Направлено в миссию: %n человек.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Tour completed: %n person(s).</source>
        <translation>
            <numerusform>Завершили командировку: %n человек.</numerusform>
            <numerusform>Завершили командировку: %n человека.</numerusform>
            <numerusform>Завершили командировку: %n человек.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Repatriated: %n person(s).</source>
        <translation>
            <numerusform>Досрочно возвращено: %n человек.</numerusform>
            <numerusform>Досрочно возвращено: %n человека.</numerusform>
            <numerusform>Досрочно возвращено: %n человек.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Withdrawn: %n person(s).</source>
        <translation>
            <numerusform>Отозвано: %n человек.</numerusform>
            <numerusform>Отозвано: %n человека.</numerusform>
            <numerusform>Отозвано: %n человек.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Only %n place(s) left under Parliament&apos;s ceiling on this rotation, and %1 were chosen. Choose at most that many: nobody was approved.</source>
        <translation>
            <numerusform>Под пределом Парламента на этой ротации осталось только %n место, а выбрано %1. Выберите не больше: никто не утверждён.</numerusform>
            <numerusform>Под пределом Парламента на этой ротации осталось только %n места, а выбрано %1. Выберите не больше: никто не утверждён.</numerusform>
            <numerusform>Под пределом Парламента на этой ротации осталось только %n мест, а выбрано %1. Выберите не больше: никто не утверждён.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n refused.</source>
        <translation>
            <numerusform>Отказано: %n.</numerusform>
            <numerusform>Отказано: %n.</numerusform>
            <numerusform>Отказано: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Withdraw %n person(s) from %1?</source>
        <translation>
            <numerusform>Отозвать %n человека из ротации %1?</numerusform>
            <numerusform>Отозвать %n человек из ротации %1?</numerusform>
            <numerusform>Отозвать %n человек из ротации %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n person(s) changed to «%2».</source>
        <translation>
            <numerusform>Статус «%2» присвоен %1 из %n человека.</numerusform>
            <numerusform>Статус «%2» присвоен %1 из %n человек.</numerusform>
            <numerusform>Статус «%2» присвоен %1 из %n человек.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterSummary</name>
    <message>
        <location filename="../../kzpk_desktop/gui/rosters/summary.py" line="+65"/>
        <source>Decision %1 sets no ceiling for %2: nobody can be approved for it.</source>
        <extracomment>QCoreApplication.translate under the name pyside6-lupdate looks for.</extracomment>
        <translation>Постановление %1 не устанавливает квоту для %2: утвердить в эту миссию никого нельзя.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 of %3 places taken, %4 free (busiest day %5)</source>
        <translation>%1: мест занято %2 из %3, свободно %4 (самый загруженный день %5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>all missions under decision %1: %2 of %3 places taken, %4 free</source>
        <translation>все миссии по постановлению %1: мест занято %2 из %3, свободно %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Planned %1</source>
        <translation>По плану %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>actual %1</source>
        <translation>фактически %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status: %1</source>
        <translation>статус: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decision %1</source>
        <translation>постановление %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now governed by decision %1, which superseded it</source>
        <translation>теперь действует заменившее его постановление %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ceiling:</source>
        <translation>Квота:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Women:</source>
        <translation>Женщины:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nobody on the roster yet</source>
        <translation>в списке пока никого нет</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <location filename="../../kzpk_desktop/gui/rosters/view.py" line="+83"/>
        <source>Add servicemen…</source>
        <extracomment>The selection changed (which actions apply).</extracomment>
        <translation>Добавить людей…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nominate people found in the registry (Ctrl+N)</source>
        <translation>Выдвинуть людей, найденных в реестре (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a unit…</source>
        <translation>Подразделение…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nominate everyone serving in a unit</source>
        <translation>Выдвинуть всех, кто служит в подразделении</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approve the selected nominations</source>
        <translation>Утвердить выбранных кандидатов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deploy…</source>
        <translation>Направить…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The selected people arrived in the mission</source>
        <translation>Выбранные люди прибыли в миссию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete…</source>
        <translation>Завершить…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The selected people finished the tour</source>
        <translation>Выбранные люди завершили командировку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repatriate…</source>
        <translation>Вернуть…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The selected people came back early (reason and date)</source>
        <translation>Выбранные люди вернулись досрочно (причина и дата)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take the selected people off the rotation (Del)</source>
        <translation>Исключить выбранных людей из ротации (Del)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details…</source>
        <translation>Подробно…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Appointment, sub-unit, dates, UN index (Enter)</source>
        <translation>Должность, подразделение, даты, индекс ООН (Enter)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter the roster (Ctrl+F)</source>
        <translation>Фильтр списка (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Roster not read</source>
        <translation>Список ротации не прочитан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotation not found</source>
        <translation>Ротация не найдена</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No rotation open: choose one on the Missions tab.</source>
        <translation>Ротация не открыта: выберите её на вкладке «Миссии».</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n person(s)</source>
        <translation>
            <numerusform>%1 из %n человека</numerusform>
            <numerusform>%1 из %n человек</numerusform>
            <numerusform>%1 из %n человек</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a person to see why they may or may not go.</source>
        <translation>Выберите человека, чтобы увидеть, почему он может или не может быть направлен.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Repatriated on %1: %2</source>
        <translation>Досрочно возвращён %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved by %1 over the document rules: %2</source>
        <translation>Утверждено пользователем %1 в порядке исключения из требований к документам: %2</translation>
    </message>
</context>
<context>
    <name>RosterWorkflow</name>
    <message>
        <location filename="../../kzpk_desktop/gui/rosters/workflow.py" line="+114"/>
        <source>Not approved: no override reason was given.</source>
        <extracomment>QCoreApplication.translate under the name pyside6-lupdate looks for. approvals refused only on document rules, with room under the ceiling The rotation whose roster is on screen (set by the view).</extracomment>
        <translation>Не утверждено: причина исключения не указана.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>They stay on the roster as withdrawn and free their places under the ceiling.</source>
        <translation>Они остаются в списке как отозванные и освобождают свои места в пределах квоты.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw from the roster</source>
        <translation>Отзыв из списка ротации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not approved</source>
        <translation>Не утверждено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not deployed</source>
        <translation>Не направлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not completed</source>
        <translation>Не завершено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not repatriated</source>
        <translation>Не возвращено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not withdrawn</source>
        <translation>Не отозвано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not changed</source>
        <translation>Не изменено</translation>
    </message>
</context>
<context>
    <name>RotationDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/planning/rotation_dialog.py" line="+54"/>
        <source>New rotation</source>
        <translation>Новая ротация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotation %1</source>
        <translation>Ротация %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 of %2 — up to %3 people</source>
        <translation>%1 от %2 — до %3 чел.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (superseded by %1)</source>
        <translation> (заменено постановлением %1)</translation>
    </message>
    <message>
        <location filename="../../ui/rotation_dialog.ui" line="+14"/>
        <source>Rotation</source>
        <translation>Ротация</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Mission</source>
        <translation>&amp;Миссия</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>N&amp;umber</source>
        <translation>Н&amp;омер</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. KAZBAT-7, staff officers 2026</source>
        <translation>напр. KAZBAT-7, штабные офицеры 2026</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Parliament &amp;decision</source>
        <translation>Пос&amp;тановление Парламента</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Planned start</source>
        <translation>Начало по &amp;плану</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Planned &amp;end</source>
        <translation>Окончание по п&amp;лану</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Actual start</source>
        <translation>Фактическое на&amp;чало</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Actual en&amp;d</source>
        <translation>Фактическое окончани&amp;е</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Only decisions that set a ceiling for the chosen mission and are not superseded are listed.</source>
        <translation>Показаны только постановления, которые устанавливают квоту для выбранной миссии и не заменены.</translation>
    </message>
</context>
<context>
    <name>Scans</name>
    <message>
        <location filename="../../kzpk_desktop/gui/documents/scans.py" line="+30"/>
        <source>Attach a scan</source>
        <translation>Прикрепить скан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scans (%1);;All files (*)</source>
        <translation>Сканы (%1);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ServicemanChooser</name>
    <message>
        <location filename="../../kzpk_desktop/gui/paperwork/chooser.py" line="+32"/>
        <source>Find a serviceman</source>
        <translation>Поиск военнослужащего</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose</source>
        <translation>Выбрать</translation>
    </message>
</context>
<context>
    <name>ServicemanForm</name>
    <message>
        <location filename="../../kzpk_desktop/gui/registry/form.py" line="+97"/>
        <source>type to search</source>
        <extracomment>ServicemanData attribute -&gt; the widget that edits it (object names in the .ui file). The Latin field each Cyrillic name suggests a spelling for. Esc on a form with nothing to revert: give the keyboard back to the list.</extracomment>
        <translation>начните вводить</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Choose a rank from the list, or leave the field empty.</source>
        <translation>Выберите звание из списка или оставьте поле пустым.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Revert changes</source>
        <translation>Отмена изменений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the changes made to this record since it was opened?</source>
        <translation>Отменить изменения, сделанные в записи после её открытия?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Продолжить правку</translation>
    </message>
    <message>
        <location line="+61"/>
        <location filename="../../ui/serviceman_form.ui" line="+32"/>
        <source>New serviceman</source>
        <translation>Новый военнослужащий</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (not saved)</source>
        <translation>%1 (не сохранено)</translation>
    </message>
    <message>
        <location filename="../../ui/serviceman_form.ui" line="-18"/>
        <source>Serviceman</source>
        <translation>Военнослужащий</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Identity</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;IIN</source>
        <translation>&amp;ИИН</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Service &amp;number</source>
        <translation>Личный &amp;номер</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Surname</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Given name</source>
        <translation>И&amp;мя</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Patronymic</source>
        <translation>&amp;Отчество</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Surname (&amp;Latin)</source>
        <translation>Фамилия (&amp;лат.)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+33"/>
        <source>Exactly as printed in the passport</source>
        <translation>Точно как в паспорте</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Given names (Latin)</source>
        <translation>Имя (лат.)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Date of &amp;birth</source>
        <translation>Дата &amp;рождения</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Se&amp;x</source>
        <translation>&amp;Пол</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Rank</source>
        <translation>&amp;Звание</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>S&amp;tatus</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Military speciality</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>English level</source>
        <translation>Английский язык</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. IELTS 5.0 or STANAG 3333</source>
        <translation>напр. IELTS 5.0 или STANAG 3333</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Driving licence</source>
        <translation>Водительские права</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>categories, e.g. B, C</source>
        <translation>категории, напр. B, C</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Blood group</source>
        <translation>Группа крови</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>National passport</source>
        <translation>Паспорт гражданина РК</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passport n&amp;umber</source>
        <translation>Номер п&amp;аспорта</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Issued on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Expires on</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Contacts and next of kin</source>
        <translation>Контакты и ближайший родственник</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>P&amp;hone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Next of kin</source>
        <translation>Родственник</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Relation</source>
        <translation>Степень родства</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. wife, father</source>
        <translation>напр. жена, отец</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Next of kin&apos;s phone</source>
        <translation>Телефон родственника</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>N&amp;otes</source>
        <translation>Приме&amp;чания</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Undo the changes made since the record was opened or saved (Esc)</source>
        <translation>Отменить изменения, сделанные после открытия или сохранения записи (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Revert</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the record (Ctrl+S)</source>
        <translation>Сохранить запись (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>ServicemenPicker</name>
    <message>
        <location filename="../../kzpk_desktop/gui/rosters/pickers.py" line="+71"/>
        <source>Nominate servicemen to %1</source>
        <translation>Выдвижение военнослужащих в ротацию %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add to the list ↓</source>
        <translation>До&amp;бавить в список ↓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the people selected above (Enter does the same)</source>
        <translation>Добавить выбранных выше (то же делает Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Убрать из списка</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the same for everyone chosen; can be edited per person later</source>
        <translation>одинаково для всех выбранных; потом можно изменить для каждого</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nominate</source>
        <translation>Выдвинуть</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Category</source>
        <translation>&amp;Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ppointment</source>
        <translation>&amp;Должность в миссии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sub-unit</source>
        <translation>&amp;Подразделение</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n chosen</source>
        <translation>
            <numerusform>выбран %n</numerusform>
            <numerusform>выбрано %n</numerusform>
            <numerusform>выбрано %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../kzpk_desktop/gui/security/session.py" line="+96"/>
        <source>Needs an administrator&apos;s sign-in (you are signed in as %1)</source>
        <extracomment>The area a window opens on after a sign-in. A new main window replaced the old one (after signing out, restoring, encrypting). The one way the window&apos;s pages run work on this database.</extracomment>
        <translation>Требуется вход администратора (вы вошли как %1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Back up now…</source>
        <translation>Создать &amp;резервную копию…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a verified copy of the database to a file</source>
        <translation>Записать проверенную копию базы данных в файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из копии…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a backup in place of the database; the current file is kept aside</source>
        <translation>Заменить базу данных резервной копией; текущий файл сохраняется рядом</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Encrypt database…</source>
        <translation>&amp;Зашифровать базу данных…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect the database file with a passphrase</source>
        <translation>Защитить файл базы данных паролем шифрования</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Decrypt database…</source>
        <translation>Р&amp;асшифровать базу данных…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store the database file without encryption</source>
        <translation>Хранить файл базы данных без шифрования</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock</source>
        <translation>За&amp;блокировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the screen now; your password unlocks it</source>
        <translation>Заблокировать экран сейчас; разблокировка — вашим паролем</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign &amp;out / switch user…</source>
        <translation>Вы&amp;ход / смена пользователя…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the window and let someone sign in</source>
        <translation>Закрыть окно и дать войти другому пользователю</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Users…</source>
        <translation>&amp;Пользователи…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User accounts and their roles</source>
        <translation>Учётные записи и их роли</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Signed in</source>
        <translation>Вход выполнен</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed in: %1 — %2</source>
        <translation>Пользователь: %1 — %2</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/shortcuts_dialog.py" line="+48"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the search field; undo the changes of a form</source>
        <translation>Очистить поле поиска; отменить изменения в форме</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In each area (a dash: not offered there):</source>
        <translation>В каждом разделе (прочерк — здесь недоступно):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Area</source>
        <translation>Раздел</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../kzpk_desktop/gui/security/startup.py" line="+34"/>
        <source>KZPK Desktop %1 has brought the database to the format of this version. Your records are all there.</source>
        <translation>KZPK Desktop %1 привела базу данных к формату этой версии. Все ваши записи на месте.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy of the database as it was before the upgrade was saved as
%1</source>
        <translation>Копия базы данных в том виде, в каком она была до обновления, сохранена в файле
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database upgraded</source>
        <translation>База данных обновлена</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file is not a readable database, or it is encrypted with another passphrase.</source>
        <translation>Файл не является читаемой базой данных или зашифрован другим паролем.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking and restoring %1…</source>
        <translation>Проверка и восстановление %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup was not restored.</source>
        <translation>Резервная копия не восстановлена.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database was restored from
%1.</source>
        <translation>База данных восстановлена из
%1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous database file was kept as
%1</source>
        <translation>Прежний файл базы данных сохранён как
%1</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/rosters/status_dialogs.py" line="-81"/>
        <source>Deploy</source>
        <translation>Направление в миссию</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complete the tour</source>
        <translation>Завершение командировки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repatriate early</source>
        <translation>Досрочное возвращение</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n person(s):</source>
        <translation>
            <numerusform>%n человек:</numerusform>
            <numerusform>%n человека:</numerusform>
            <numerusform>%n человек:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why the tour ended early (required)</source>
        <translation>Почему командировка завершена досрочно (обязательно)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Arrival in the mission</source>
        <translation>&amp;Прибытие в миссию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Departure from the mission</source>
        <translation>&amp;Убытие из миссии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date of repatriation</source>
        <translation>&amp;Дата возвращения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
</context>
<context>
    <name>SupersedeDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/planning/decisions_page.py" line="-218"/>
        <source>Supersede decision %1</source>
        <translation>Замена постановления %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the later decision that replaces %1 of %2. Both stay on file; from then on the newer decision&apos;s ceilings govern everyone on rotations resting on either.</source>
        <translation>Выберите более позднее постановление, которое заменяет постановление %1 от %2. Оба остаются в базе; с этого момента квоты нового постановления распространяются на всех в ротациях на основании любого из них.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Supersede</source>
        <translation>Заменить</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/ops/task_dialog.py" line="+54"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%1 of %Ln rows</source>
        <translation>
            <numerusform>%1 из %Ln строки</numerusform>
            <numerusform>%1 из %Ln строк</numerusform>
            <numerusform>%1 из %Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows written: %1</source>
        <translation>Записано строк: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelling…</source>
        <translation>Отменяется…</translation>
    </message>
</context>
<context>
    <name>UndoDelete</name>
    <message>
        <location filename="../../kzpk_desktop/gui/recycle/undo.py" line="+44"/>
        <source>&amp;Undo delete</source>
        <extracomment>What a restore may bring back: the person, his documents, assignments and roster entries. The record tab a restored record is shown on. The record is back (a ``services.recycle.Restored``): the window shows it.</extracomment>
        <translation>&amp;Отменить удаление</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring back what was deleted last, with everything that went with it</source>
        <translation>Вернуть последнее удалённое вместе со всем, что было удалено вместе с ним</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring it back (Ctrl+Z)</source>
        <translation>Вернуть (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Undo: %1</source>
        <translation>Отменить: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not restored</source>
        <translation>Не восстановлено</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restored: %1.</source>
        <translation>Восстановлено: %1.</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/units/unit_dialogs.py" line="-62"/>
        <source>New unit</source>
        <translation>Новое подразделение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit unit %1</source>
        <translation>Подразделение %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(top of the tree)</source>
        <translation>(корень дерева)</translation>
    </message>
    <message>
        <location filename="../../ui/unit_dialog.ui" line="+14"/>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Part of</source>
        <translation>Входит в</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Name in &amp;Kazakh</source>
        <translation>Название на &amp;казахском</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Name in &amp;Russian</source>
        <translation>Название на &amp;русском</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Name in &amp;English</source>
        <translation>Название на &amp;английском</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>K&amp;ind</source>
        <translation>Р&amp;од</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Level</source>
        <translation>&amp;Уровень</translation>
    </message>
</context>
<context>
    <name>UnitLevels</name>
    <message>
        <location filename="../../kzpk_desktop/gui/units/tree_model.py" line="+31"/>
        <source>Regiment</source>
        <translation>Полк (бригада)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Battalion</source>
        <translation>Батальон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Рота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platoon</source>
        <translation>Взвод</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group (individual posts)</source>
        <translation>Группа (индивидуальные должности)</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <location filename="../../kzpk_desktop/gui/rosters/pickers.py" line="+28"/>
        <source>Nominate a unit to %1</source>
        <translation>Выдвижение подразделения в ротацию %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Include the members of its sub-units</source>
        <translation>Включая личный состав подчинённых подразделений</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone currently assigned to the unit is nominated; each one&apos;s sub-unit on the roster is the unit they serve in.</source>
        <translation>Выдвигаются все, кто сейчас назначен в подразделение; подразделением каждого в списке ротации будет то, в котором он служит.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nominate</source>
        <translation>Выдвинуть</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Category</source>
        <translation>&amp;Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ppointment</source>
        <translation>&amp;Должность в миссии</translation>
    </message>
</context>
<context>
    <name>UnitTree</name>
    <message>
        <location filename="../../kzpk_desktop/gui/units/tree_model.py" line="-7"/>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Род</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Retired on %1</source>
        <translation>Расформировано %1</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <location filename="../../kzpk_desktop/gui/units/page.py" line="+50"/>
        <source>Show retired units</source>
        <translation>Показывать расформированные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a unit under the one selected (Ctrl+N)</source>
        <translation>Добавить подразделение в выбранное (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the unit or change its kind or level</source>
        <translation>Переименовать подразделение или изменить его род и уровень</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Move to…</source>
        <translation>Пе&amp;реместить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the unit, with its sub-units, under another unit</source>
        <translation>Перенести подразделение вместе с подчинёнными в другое</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retire…</source>
        <translation>Р&amp;асформировать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire the unit and its sub-units; refused while anyone is assigned to them</source>
        <translation>Расформировать подразделение и подчинённые; невозможно, пока в них кто-то назначен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;instate</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring a retired unit back into use</source>
        <translation>Вернуть расформированное подразделение в строй</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No units yet. Add the regiment, battalion or group your servicemen belong to; its sub-units go under it.</source>
        <translation>Подразделений пока нет. Добавьте полк, батальон или группу, к которым относятся ваши военнослужащие; их подразделения добавляются внутрь.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a unit…</source>
        <translation>Добавить подразделение…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Unit added.</source>
        <translation>Подразделение добавлено.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not moved</source>
        <translation>Не перемещено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moved: %1.</source>
        <translation>Перемещено: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retire unit</source>
        <translation>Расформирование подразделения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire %1 and all its sub-units as of today?

They stay in the history of assignments but take no new members.</source>
        <translation>Расформировать %1 и все подчинённые подразделения сегодняшним днём?

Они останутся в истории назначений, но новых назначений в них не будет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retire</source>
        <translation>Расформировать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not retired</source>
        <translation>Не расформировано</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retired: %1.</source>
        <translation>Расформировано: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not reinstated</source>
        <translation>Не восстановлено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reinstated: %1.</source>
        <translation>Восстановлено: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n serviceman(s) assigned to %1.</source>
        <translation>
            <numerusform>%n военнослужащий назначен в подразделение «%1».</numerusform>
            <numerusform>%n военнослужащих назначены в подразделение «%1».</numerusform>
            <numerusform>%n военнослужащих назначены в подразделение «%1».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Units not read</source>
        <translation>Подразделения не прочитаны</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a unit in the tree: its members are exported.</source>
        <translation>Выберите подразделение в дереве: будет выгружен его личный состав.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With its sub-units</source>
        <translation>С подчинёнными подразделениями</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/security/users.py" line="+78"/>
        <source>New password for %1</source>
        <translation>Новый пароль для %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R&amp;epeat the password:</source>
        <translation>П&amp;овторите пароль:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Пароли не совпадают; введите один и тот же пароль дважды.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location line="-92"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong passwords</source>
        <translation>Неверных паролей</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong passwords in a row since the last successful sign-in</source>
        <translation>Неверных паролей подряд после последнего успешного входа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disabled</source>
        <translation>отключена</translation>
    </message>
    <message>
        <location line="+102"/>
        <location line="+69"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set &amp;role</source>
        <translation>Назначить &amp;роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>&amp;Disable</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Reset &amp;password…</source>
        <translation>Сбросить &amp;пароль…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the list as shown (order, columns) to an Excel or CSV file</source>
        <translation>Сохранить список как показан (порядок, столбцы) в файл Excel или CSV</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&amp;Enable</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>User %1 added.</source>
        <translation>Пользователь %1 добавлен.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is now: %2.</source>
        <translation>%1 теперь: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation>Учётная запись %1 отключена: войти под ней больше нельзя.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 may sign in again.</source>
        <translation>%1 снова может входить.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Password reset</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 signs in with the new password from now on. Tell it to them in person.</source>
        <translation>Теперь %1 входит с новым паролем. Сообщите его лично.</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <location filename="../../kzpk_desktop/gui/areas.py" line="+43"/>
        <source>Overview</source>
        <extracomment>The least role that sees the area (None: everyone). What New (Ctrl+N) and Find (Ctrl+F) do in this area, for the menus&apos; tips and the shortcuts list (English sources in the &quot;areas&quot; context; None: not offered here).</extracomment>
        <translation>Обзор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Servicemen registry</source>
        <translation>Реестр военнослужащих</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new serviceman&apos;s record</source>
        <translation>Новая личная карточка военнослужащего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, IIN or service number</source>
        <translation>Поиск по ФИО, ИИН или личному номеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring documents</source>
        <translation>Истекающие документы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units</source>
        <translation>Подразделения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new unit, under the chosen one if any</source>
        <translation>Новое подразделение (в составе выбранного, если оно выбрано)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missions and rotations</source>
        <translation>Миссии и ротации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new rotation of the chosen mission; on the Roster tab, add servicemen to the roster</source>
        <translation>Новая ротация выбранной миссии; на вкладке «Список» — добавить военнослужащих в список</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the Roster tab: filter the roster</source>
        <translation>На вкладке «Список»: отбор по списку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parliament decisions</source>
        <translation>Постановления Парламента</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new Parliament decision</source>
        <translation>Новое постановление Парламента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paperwork</source>
        <translation>Отчёты и списки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the events by record</source>
        <translation>Поиск событий по записи</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../kzpk_desktop/gui/labels.py" line="+11"/>
        <source>Active</source>
        <translation>На службе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In training</source>
        <translation>На подготовке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployed</source>
        <translation>В миссии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Вернулся</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharged</source>
        <translation>Уволен</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <location filename="services_templates.py" line="+105"/>
        <source>Wrong user name or password.</source>
        <extracomment>kzpk_desktop/services/accounts.py:59</extracomment>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account {username} is disabled; ask an administrator.</source>
        <extracomment>kzpk_desktop/services/accounts.py:60</extracomment>
        <translation>Учётная запись {username} отключена; обратитесь к администратору.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many wrong passwords; try again in {seconds} seconds.</source>
        <extracomment>kzpk_desktop/services/accounts.py:61</extracomment>
        <translation>Слишком много неверных паролей; повторите попытку через {seconds} с.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user name is 3 to 60 characters: Latin letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <extracomment>kzpk_desktop/services/accounts.py:82</extracomment>
        <translation>Имя пользователя — от 3 до 60 символов: латинские буквы, цифры, «.», «_» или «-», начиная с буквы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name {username} is reserved; choose another.</source>
        <extracomment>kzpk_desktop/services/accounts.py:86</extracomment>
        <translation>Имя {username} зарезервировано; выберите другое.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must be at least {n} characters long.</source>
        <extracomment>kzpk_desktop/services/accounts.py:98</extracomment>
        <translation>Пароль должен содержать не менее {n} символов.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password must not be the user name.</source>
        <extracomment>kzpk_desktop/services/accounts.py:107</extracomment>
        <translation>Пароль не должен совпадать с именем пользователя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The role must be one of: {roles}.</source>
        <extracomment>kzpk_desktop/services/accounts.py:127</extracomment>
        <translation>Роль должна быть одной из: {roles}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first account must be an administrator.</source>
        <extracomment>kzpk_desktop/services/accounts.py:130</extracomment>
        <translation>Первая учётная запись должна быть администратором.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name {username} is taken.</source>
        <extracomment>kzpk_desktop/services/accounts.py:132</extracomment>
        <translation>Имя пользователя {username} уже занято.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current password is wrong.</source>
        <extracomment>kzpk_desktop/services/accounts.py:192</extracomment>
        <translation>Текущий пароль неверен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{username} is the last active administrator; make another administrator first.</source>
        <extracomment>kzpk_desktop/services/accounts.py:217</extracomment>
        <translation>{username} — последний действующий администратор; сначала назначьте другого администратора.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no user named {username}.</source>
        <extracomment>kzpk_desktop/services/accounts.py:228</extracomment>
        <translation>Пользователя {username} нет.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{who} is assigned to {unit} since {start}; a new assignment must start after that date.</source>
        <extracomment>kzpk_desktop/services/assignments.py:57</extracomment>
        <translation>{who}: назначение в подразделение «{unit}» действует с {start}; новое назначение должно начинаться позже этой даты.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who}: the assignment from {date} to {date_to} would overlap the current assignment to {unit} (since {start}).</source>
        <extracomment>kzpk_desktop/services/assignments.py:60</extracomment>
        <translation>{who}: назначение с {date} по {date_to} пересекается с текущим назначением в подразделение «{unit}» (с {start}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who}: an assignment from {date} would overlap the assignment to {unit} from {start} to {end}.</source>
        <extracomment>kzpk_desktop/services/assignments.py:64</extracomment>
        <translation>{who}: назначение с {date} пересекается с назначением в подразделение «{unit}» с {start} по {end}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who}: the assignment from {date} to {date_to} would overlap the assignment to {unit} from {start} to {end}.</source>
        <extracomment>kzpk_desktop/services/assignments.py:66</extracomment>
        <translation>{who}: назначение с {date} по {date_to} пересекается с назначением в подразделение «{unit}» с {start} по {end}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a unit.</source>
        <extracomment>kzpk_desktop/services/assignments.py:82</extracomment>
        <translation>Выберите подразделение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit no longer exists (deleted by someone else?).</source>
        <extracomment>kzpk_desktop/services/assignments.py:83</extracomment>
        <translation>Подразделения больше нет (удалено другим пользователем?).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date the assignment starts.</source>
        <extracomment>kzpk_desktop/services/assignments.py:87</extracomment>
        <translation>Введите дату начала назначения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The assignment cannot end before it starts.</source>
        <extracomment>kzpk_desktop/services/assignments.py:89</extracomment>
        <translation>Назначение не может закончиться раньше, чем началось.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The position is too long (at most {max} characters).</source>
        <extracomment>kzpk_desktop/services/assignments.py:91</extracomment>
        <translation>Название должности слишком длинное (не более {max} символов).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order number is too long (at most {max} characters).</source>
        <extracomment>kzpk_desktop/services/assignments.py:94</extracomment>
        <translation>Номер приказа слишком длинный (не более {max} символов).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one serviceman.</source>
        <extracomment>kzpk_desktop/services/assignments.py:97</extracomment>
        <translation>Выберите хотя бы одного военнослужащего.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} of the chosen servicemen no longer exist (deleted by someone else?).</source>
        <extracomment>kzpk_desktop/services/assignments.py:110</extracomment>
        <translation>Выбранных военнослужащих больше нет в базе: {count} (удалены другим пользователем?).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The assignment no longer exists (deleted by someone else?).</source>
        <extracomment>kzpk_desktop/services/assignments.py:175</extracomment>
        <translation>Назначения больше нет (удалено другим пользователем?).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This assignment already ended on {date}.</source>
        <extracomment>kzpk_desktop/services/assignments.py:178</extracomment>
        <translation>Это назначение уже закончилось {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The assignment cannot end before it starts ({date}).</source>
        <extracomment>kzpk_desktop/services/assignments.py:181</extracomment>
        <translation>Назначение не может закончиться раньше, чем началось ({date}).</translation>
    </message>
    <message>
        <location line="+268"/>
        <source>Your role ({role}) may not change records.</source>
        <extracomment>kzpk_desktop/services/auth.py:44</extracomment>
        <translation>Ваша роль ({role}) не позволяет изменять записи.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role ({role}) may not delete records; a supervisor or an administrator may.</source>
        <extracomment>kzpk_desktop/services/auth.py:45</extracomment>
        <translation>Ваша роль ({role}) не позволяет удалять записи; это могут руководитель или администратор.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role ({role}) may not change reference tables (ranks, missions, units, Parliament decisions); only an administrator may.</source>
        <extracomment>kzpk_desktop/services/auth.py:46</extracomment>
        <translation>Ваша роль ({role}) не позволяет изменять справочники (звания, миссии, подразделения, постановления Парламента); это может только администратор.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role ({role}) may not manage user accounts; only an administrator may.</source>
        <extracomment>kzpk_desktop/services/auth.py:48</extracomment>
        <translation>Ваша роль ({role}) не позволяет управлять учётными записями; это может только администратор.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role ({role}) may not change the settings; only an administrator may.</source>
        <extracomment>kzpk_desktop/services/auth.py:49</extracomment>
        <translation>Ваша роль ({role}) не позволяет изменять настройки; это может только администратор.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role ({role}) may not approve roster entries; a supervisor or an administrator may.</source>
        <extracomment>kzpk_desktop/services/auth.py:50</extracomment>
        <translation>Ваша роль ({role}) не позволяет утверждать записи списка; это могут руководитель или администратор.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role ({role}) may not override eligibility rules; a supervisor or an administrator may.</source>
        <extracomment>kzpk_desktop/services/auth.py:52</extracomment>
        <translation>Ваша роль ({role}) не позволяет делать исключения из правил допуска; это могут руководитель или администратор.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role ({role}) may not do this; a supervisor or an administrator may.</source>
        <extracomment>kzpk_desktop/services/auth.py:54</extracomment>
        <translation>Ваша роль ({role}) этого не позволяет; это могут руководитель или администратор.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role ({role}) may not do this; only an administrator may.</source>
        <extracomment>kzpk_desktop/services/auth.py:55</extracomment>
        <translation>Ваша роль ({role}) этого не позволяет; это может только администратор.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in first: this database has user accounts, and changes are made by a named user.</source>
        <extracomment>kzpk_desktop/services/auth.py:58</extracomment>
        <translation>Сначала войдите: в этой базе есть учётные записи, и изменения вносит конкретный пользователь.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account {username} is disabled or no longer exists; sign in again.</source>
        <extracomment>kzpk_desktop/services/auth.py:60</extracomment>
        <translation>Учётная запись {username} отключена или удалена; войдите снова.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups are made of SQLite database files only; back up a PostgreSQL server with its own tools (pg_dump).</source>
        <extracomment>kzpk_desktop/services/backup.py:32</extracomment>
        <translation>Резервные копии делаются только для файлов SQLite; сервер PostgreSQL копируйте его средствами (pg_dump).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no database file at {path}.</source>
        <extracomment>kzpk_desktop/services/backup.py:48</extracomment>
        <translation>Файла базы данных {path} нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup cannot overwrite the database itself.</source>
        <extracomment>kzpk_desktop/services/backup.py:51</extracomment>
        <translation>Резервная копия не может заменить саму базу данных.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy failed its integrity check ({detail}); the database itself may be damaged.</source>
        <extracomment>kzpk_desktop/services/backup.py:72</extracomment>
        <translation>Копия не прошла проверку целостности ({detail}); возможно, повреждена сама база.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup could not be made: {detail}.</source>
        <extracomment>kzpk_desktop/services/backup.py:76</extracomment>
        <translation>Резервную копию создать не удалось: {detail}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write {path}: the folder is read-only or the file is in use.</source>
        <extracomment>kzpk_desktop/services/backup.py:78</extracomment>
        <translation>Не удаётся записать {path}: папка только для чтения или файл занят.</translation>
    </message>
    <message>
        <location line="-436"/>
        <source>Export cancelled; no file was written.</source>
        <extracomment>kzpk_desktop/exports/files.py:37</extracomment>
        <translation>Выгрузка отменена; файл не записан.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The file is not a readable KZPK database ({detail}).</source>
        <extracomment>kzpk_desktop/db/migrate.py:133</extracomment>
        <translation>Файл не является читаемой базой данных KZPK ({detail}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is a database, but not a KZPK Desktop database.</source>
        <extracomment>kzpk_desktop/db/migrate.py:136</extracomment>
        <translation>Файл является базой данных, но не базой данных KZPK Desktop.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is at schema {revision}, written by a newer version of KZPK Desktop; this version knows schemas up to {head}. Install the newer version to open it; this version leaves the database untouched.</source>
        <oldsource>The database was written by a newer version of KZPK Desktop (schema {revision}). Install that version to open it; this version leaves the file untouched.</oldsource>
        <extracomment>kzpk_desktop/db/migrate.py:142</extracomment>
        <translation>База данных имеет схему {revision}, записанную более новой версией KZPK Desktop; эта версия знает схемы только до {head}. Установите более новую версию, чтобы открыть её; эта версия не изменяет базу данных.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database was not upgraded: the backup made before upgrading failed ({detail}).</source>
        <extracomment>kzpk_desktop/db/migrate.py:298</extracomment>
        <translation>База данных не обновлена: не удалось создать резервную копию перед обновлением ({detail}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write {path}: a folder has that name. Choose another file name.</source>
        <extracomment>kzpk_desktop/exports/files.py:91</extracomment>
        <translation>Не удаётся записать {path}: так называется папка. Выберите другое имя файла.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write {path}: the folder does not exist.</source>
        <extracomment>kzpk_desktop/exports/files.py:94</extracomment>
        <translation>Не удаётся записать {path}: папки не существует.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write {path}: the file is open in another program or the folder is read-only. Close it and try again.</source>
        <extracomment>kzpk_desktop/exports/files.py:97</extracomment>
        <translation>Не удаётся записать {path}: файл открыт в другой программе или папка только для чтения. Закройте его и повторите.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write {path}: the disk is full.</source>
        <extracomment>kzpk_desktop/exports/files.py:101</extracomment>
        <translation>Не удаётся записать {path}: диск заполнен.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write {path}: {reason}.</source>
        <extracomment>kzpk_desktop/exports/files.py:105</extracomment>
        <translation>Не удаётся записать {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+1158"/>
        <source>{file} is not imported: its part {part} unpacks to more than {limit} MB, far more than a list of servicemen. Save the list alone in a new workbook and import that.</source>
        <extracomment>kzpk_desktop/sheets/bounds.py:66</extracomment>
        <translation>Файл {file} не импортируется: его часть {part} при распаковке занимает больше {limit} МБ — намного больше, чем список военнослужащих. Сохраните один список в новой книге и импортируйте её.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is damaged: its part {part} is not the size the file says it is. Open it in Excel, save it again and import the new file.</source>
        <extracomment>kzpk_desktop/sheets/bounds.py:122</extracomment>
        <translation>Файл {file} повреждён: размер его части {part} не совпадает с указанным в файле. Откройте его в Excel, сохраните заново и импортируйте новый файл.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} holds more than {limit} different texts, far more than a list of servicemen. Save the list alone in a new workbook and import that.</source>
        <extracomment>kzpk_desktop/sheets/bounds.py:162</extracomment>
        <translation>В {file} больше {limit} различных текстов — намного больше, чем в списке военнослужащих. Сохраните один список в новой книге и импортируйте её.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet &apos;{sheet}&apos; of {file} has {cells} cells; at most {limit} are imported at a time. Split the list into several files.</source>
        <extracomment>kzpk_desktop/sheets/bounds.py:304</extracomment>
        <translation>На листе «{sheet}» файла {file} ячеек: {cells}; за один раз импортируется не более {limit}. Разделите список на несколько файлов.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sheet &apos;{sheet}&apos; of {file} spans {rows} rows by {columns} columns, more than a list of servicemen ever needs: something is written far beyond the list. Press Ctrl+End in Excel to find it, delete it and import again.</source>
        <extracomment>kzpk_desktop/sheets/bounds.py:321</extracomment>
        <translation>Лист «{sheet}» файла {file} занимает строк: {rows}, столбцов: {columns} — больше, чем нужно любому списку военнослужащих: что-то записано далеко за пределами списка. Нажмите Ctrl+End в Excel, чтобы найти это, удалите и импортируйте снова.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The spreadsheet reader could not be started ({reason}); nothing was imported.</source>
        <extracomment>kzpk_desktop/sheets/isolated.py:107</extracomment>
        <translation>Не удалось запустить чтение таблицы ({reason}); ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} was still being read after {limit} seconds; it is not imported. Save the list alone in a new workbook and import that.</source>
        <extracomment>kzpk_desktop/sheets/isolated.py:244</extracomment>
        <translation>Файл {file} читался дольше {limit} секунд; он не импортируется. Сохраните один список в новой книге и импортируйте её.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} could not be read: the spreadsheet reader stopped ({reason}). Open it in Excel, save it again and import the new file.</source>
        <extracomment>kzpk_desktop/sheets/isolated.py:248</extracomment>
        <translation>Файл {file} не удалось прочитать: чтение таблицы прервалось ({reason}). Откройте его в Excel, сохраните заново и импортируйте новый файл.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} needs more than {limit} MB of memory to read; it is not imported. Save the list alone in a new workbook and import that.</source>
        <extracomment>kzpk_desktop/sheets/isolated.py:255</extracomment>
        <translation>Для чтения {file} нужно больше {limit} МБ памяти; он не импортируется. Сохраните один список в новой книге и импортируйте её.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has a date cell holding a number no calendar has ({reason}). Find the cell (Excel shows it as #####), correct the date and import again.</source>
        <extracomment>kzpk_desktop/sheets/isolated.py:388</extracomment>
        <translation>В {file} есть ячейка даты с числом, которого нет ни в одном календаре ({reason}). Найдите эту ячейку (Excel показывает её как #####), исправьте дату и импортируйте снова.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: no such file.</source>
        <extracomment>kzpk_desktop/sheets/readers.py:78</extracomment>
        <translation>{file}: файл не найден.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is empty (0 bytes).</source>
        <extracomment>kzpk_desktop/sheets/readers.py:81</extracomment>
        <translation>Файл {file} пуст (0 байт).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is {size} MB; files over {limit} MB are not imported. Split the list into several files.</source>
        <extracomment>kzpk_desktop/sheets/readers.py:84</extracomment>
        <translation>Размер {file} — {size} МБ; файлы больше {limit} МБ не импортируются. Разделите список на несколько файлов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is protected with a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <extracomment>kzpk_desktop/sheets/readers.py:93</extracomment>
        <translation>Файл {file} защищён паролем. Откройте его в Excel, снимите пароль (Файл &gt; Сведения &gt; Защита книги) и сохраните снова.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is an old Excel 97-2003 workbook (.xls). Open it in Excel and save it as an Excel Workbook (.xlsx).</source>
        <extracomment>kzpk_desktop/sheets/readers.py:96</extracomment>
        <translation>Файл {file} — старая книга Excel 97-2003 (.xls). Откройте её в Excel и сохраните как «Книга Excel» (.xlsx).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is not an Excel workbook (.xlsx or .xlsm).</source>
        <extracomment>kzpk_desktop/sheets/readers.py:100</extracomment>
        <translation>Файл {file} не является книгой Excel (.xlsx или .xlsm).</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>{file} is damaged: it cannot be opened as a workbook.</source>
        <extracomment>kzpk_desktop/sheets/errors.py:16</extracomment>
        <translation>Файл {file} повреждён: его нельзя открыть как книгу.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{file} is not an Excel workbook (.xlsx or .xlsm): it is another kind of zip file (a Word document, an OpenDocument file or an archive?).</source>
        <extracomment>kzpk_desktop/sheets/readers.py:111</extracomment>
        <translation>Файл {file} не является книгой Excel (.xlsx или .xlsm): это zip-файл другого типа (документ Word, файл OpenDocument или архив?).</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>{file} unpacks to more than {limit} MB of data; it is not imported.</source>
        <extracomment>kzpk_desktop/sheets/bounds.py:73</extracomment>
        <translation>Файл {file} при распаковке занимает больше {limit} МБ; он не импортируется.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{file} has no sheet named &apos;{sheet}&apos;. Its sheets: {sheets}.</source>
        <extracomment>kzpk_desktop/sheets/readers.py:175</extracomment>
        <translation>В {file} нет листа «{sheet}». Его листы: {sheets}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet &apos;{sheet}&apos; of {file} is empty.</source>
        <extracomment>kzpk_desktop/sheets/readers.py:201</extracomment>
        <translation>Лист «{sheet}» файла {file} пуст.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has no data: every sheet is empty.</source>
        <extracomment>kzpk_desktop/sheets/readers.py:203</extracomment>
        <translation>В {file} нет данных: все листы пусты.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>{file} is damaged: it cannot be read ({reason}).</source>
        <extracomment>kzpk_desktop/sheets/errors.py:21</extracomment>
        <translation>Файл {file} повреждён: его нельзя прочитать ({reason}).</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Sheet &apos;{sheet}&apos; of {file} has {rows} rows; at most {limit} rows are imported at a time. Split the list into several files.</source>
        <extracomment>kzpk_desktop/sheets/bounds.py:314</extracomment>
        <translation>На листе «{sheet}» файла {file} строк: {rows}; за один раз импортируется не более {limit} строк. Разделите список на несколько файлов.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Sheet &apos;{sheet}&apos; of {file}: no header row found in the first {n} rows. The header row names the columns, for example ИИН, Фамилия, Имя (or ЖСН, Тегі, Аты; IIN, Surname, Given name).</source>
        <extracomment>kzpk_desktop/sheets/readers.py:221</extracomment>
        <translation>Лист «{sheet}» файла {file}: в первых {n} строках не найдена строка заголовков. Строка заголовков называет столбцы, например ИИН, Фамилия, Имя (или ЖСН, Тегі, Аты; IIN, Surname, Given name).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet &apos;{sheet}&apos; of {file} has a header row (row {row}) but no data below it.</source>
        <extracomment>kzpk_desktop/sheets/readers.py:240</extracomment>
        <translation>На листе «{sheet}» файла {file} есть строка заголовков (строка {row}), но под ней нет данных.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>{value} is a number, not a date: format the cell as a date or write it as DD.MM.YYYY.</source>
        <extracomment>kzpk_desktop/sheets/cells.py:79</extracomment>
        <translation>{value} — число, а не дата: задайте ячейке формат даты или напишите дату в виде ДД.ММ.ГГГГ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a date: write it as DD.MM.YYYY.</source>
        <extracomment>kzpk_desktop/sheets/cells.py:95</extracomment>
        <translation>«{value}» — не дата: напишите её в виде ДД.ММ.ГГГГ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a real date.</source>
        <extracomment>kzpk_desktop/sheets/cells.py:103</extracomment>
        <translation>«{value}» — несуществующая дата.</translation>
    </message>
    <message>
        <location line="-1152"/>
        <source>The number of days cannot be negative.</source>
        <extracomment>kzpk_desktop/exports/reports/expiring.py:27</extracomment>
        <translation>Число дней не может быть отрицательным.</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>The database server cannot be reached. Check the network connection and try again in a moment; nothing was changed.</source>
        <extracomment>kzpk_desktop/db/faults.py:21</extracomment>
        <translation>Сервер базы данных недоступен. Проверьте сетевое подключение и попробуйте снова через минуту; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database account this program uses has no rights to do this ({detail}). Ask the database administrator to grant them; nothing was changed.</source>
        <extracomment>kzpk_desktop/db/faults.py:23</extracomment>
        <translation>У учётной записи базы данных, под которой работает программа, нет прав на это ({detail}). Попросите администратора базы данных их выдать; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another workstation is holding these records. Try again in a moment; nothing was changed.</source>
        <extracomment>kzpk_desktop/db/faults.py:26</extracomment>
        <translation>Эти записи сейчас заняты другим рабочим местом. Попробуйте снова через минуту; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file is locked by another program or workstation. Try again in a moment; nothing was changed.</source>
        <extracomment>kzpk_desktop/db/faults.py:28</extracomment>
        <translation>Файл базы данных заблокирован другой программой или рабочим местом. Попробуйте снова через минуту; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database took too long to answer and the request was stopped. Try again; if it keeps happening, ask the database administrator.</source>
        <extracomment>kzpk_desktop/db/faults.py:30</extracomment>
        <translation>База данных слишком долго не отвечала, и запрос был остановлен. Попробуйте снова; если это повторяется, обратитесь к администратору базы данных.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk that holds the database is full. Free some space and try again; nothing was changed.</source>
        <extracomment>kzpk_desktop/db/faults.py:32</extracomment>
        <translation>Диск с базой данных заполнен. Освободите место и попробуйте снова; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file is damaged and cannot be read. Restore the latest backup (File &gt; Restore from backup).</source>
        <extracomment>kzpk_desktop/db/faults.py:34</extracomment>
        <translation>Файл базы данных повреждён и не читается. Восстановите последнюю резервную копию (Файл &gt; Восстановить из резервной копии).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file cannot be written (it is read-only, or the folder is). Ask the administrator to allow writing; nothing was changed.</source>
        <extracomment>kzpk_desktop/db/faults.py:36</extracomment>
        <translation>В файл базы данных нельзя записывать (он или папка только для чтения). Попросите администратора разрешить запись; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database refused the request ({detail}). Nothing was changed; try again in a moment.</source>
        <extracomment>kzpk_desktop/db/faults.py:38</extracomment>
        <translation>База данных отклонила запрос ({detail}). Ничего не изменено; попробуйте снова через минуту.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server {server} refused the password of &apos;{user}&apos;. Check the password (PGPASSWORD or ~/.pgpass), or ask the database administrator.</source>
        <extracomment>kzpk_desktop/db/migrate.py:53</extracomment>
        <translation>Сервер {server} отклонил пароль пользователя &apos;{user}&apos;. Проверьте пароль (PGPASSWORD или ~/.pgpass) или обратитесь к администратору базы данных.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server {server} does not accept &apos;{user}&apos; from this computer ({detail}). Ask the database administrator (pg_hba.conf, sslmode).</source>
        <extracomment>kzpk_desktop/db/migrate.py:55</extracomment>
        <translation>Сервер {server} не принимает &apos;{user}&apos; с этого компьютера ({detail}). Обратитесь к администратору базы данных (pg_hba.conf, sslmode).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server {server} has no database &apos;{database}&apos;. Check the name in the database URL, or ask the database administrator.</source>
        <extracomment>kzpk_desktop/db/migrate.py:57</extracomment>
        <translation>На сервере {server} нет базы данных &apos;{database}&apos;. Проверьте имя в адресе базы данных или обратитесь к администратору базы данных.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The role &apos;{user}&apos; has no rights on the database &apos;{database}&apos; of {server} ({detail}). Ask the database administrator to grant it a workstation&apos;s rights (&apos;kzpk grant&apos;).</source>
        <extracomment>kzpk_desktop/db/migrate.py:59</extracomment>
        <translation>У роли &apos;{user}&apos; нет прав на базу данных &apos;{database}&apos; сервера {server} ({detail}). Попросите администратора базы данных выдать ей права рабочего места (&apos;kzpk grant&apos;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database server {server} could not do what was asked ({detail}).</source>
        <extracomment>kzpk_desktop/db/migrate.py:63</extracomment>
        <translation>Сервер базы данных {server} не смог выполнить запрос ({detail}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database server {server} cannot be reached ({detail}). Check that it is running and that this computer may connect to it, then try again.</source>
        <extracomment>kzpk_desktop/db/migrate.py:64</extracomment>
        <translation>Сервер базы данных {server} недоступен ({detail}). Проверьте, что он запущен и что этот компьютер может к нему подключиться, и повторите попытку.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database on the server has no KZPK schema yet: its administrator creates it with &apos;kzpk init&apos; (this version needs schema {head}).</source>
        <extracomment>kzpk_desktop/db/migrate.py:196</extracomment>
        <translation>В базе данных на сервере ещё нет схемы KZPK: её создаёт администратор командой &apos;kzpk init&apos; (этой версии нужна схема {head}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database on the server is at schema {revision}; this version of KZPK Desktop needs schema {head}. Ask the database administrator to run &apos;kzpk migrate&apos; with this version; a workstation does not change the server&apos;s schema by itself.</source>
        <extracomment>kzpk_desktop/db/migrate.py:199</extracomment>
        <translation>База данных на сервере имеет схему {revision}; этой версии KZPK Desktop нужна схема {head}. Попросите администратора базы данных выполнить &apos;kzpk migrate&apos; этой версией; рабочее место само не меняет схему сервера.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database has no KZPK schema yet: there is no upgrade script to show; create the schema with &apos;kzpk init&apos;.</source>
        <extracomment>kzpk_desktop/db/migrate.py:215</extracomment>
        <translation>В базе данных ещё нет схемы KZPK: показывать нечего; создайте схему командой &apos;kzpk init&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SQL of this upgrade cannot be written out for review ({detail}); apply it with &apos;kzpk migrate&apos;.</source>
        <extracomment>kzpk_desktop/db/migrate.py:220</extracomment>
        <translation>SQL этого обновления нельзя вывести для проверки ({detail}); примените его командой &apos;kzpk migrate&apos;.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>&apos;{text}&apos; is not an audit anchor (expected the event number, a colon and 64 hexadecimal digits).</source>
        <extracomment>kzpk_desktop/services/anchors.py:83</extracomment>
        <translation>&apos;{text}&apos; — не якорь журнала аудита (ожидаются номер события, двоеточие и 64 шестнадцатеричные цифры).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not a KZPK audit anchor.</source>
        <extracomment>kzpk_desktop/services/anchors.py:105</extracomment>
        <translation>Файл не является якорем журнала аудита KZPK.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit anchor is of version {version}, which this version of KZPK Desktop does not read.</source>
        <extracomment>kzpk_desktop/services/anchors.py:107</extracomment>
        <translation>Якорь журнала аудита версии {version}; эта версия KZPK Desktop его не читает.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit anchor is damaged (no event number or hash).</source>
        <extracomment>kzpk_desktop/services/anchors.py:111</extracomment>
        <translation>Якорь журнала аудита повреждён (нет номера события или хеша).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write {path}: {detail}.</source>
        <extracomment>kzpk_desktop/services/anchors.py:126</extracomment>
        <translation>Не удаётся записать {path}: {detail}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read {path}: {detail}.</source>
        <extracomment>kzpk_desktop/services/anchors.py:138</extracomment>
        <translation>Не удаётся прочитать {path}: {detail}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} holds no audit anchor: it is not an anchor file, a KZPK report or a backup (an encrypted backup needs its passphrase).</source>
        <extracomment>kzpk_desktop/services/anchors.py:147</extracomment>
        <translation>В {path} нет якоря журнала аудита: это не файл якоря, не отчёт KZPK и не резервная копия (зашифрованной копии нужна её парольная фраза).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} records no audit head (a workbook that KZPK Desktop did not write, or one written before reports carried it).</source>
        <extracomment>kzpk_desktop/services/anchors.py:164</extracomment>
        <translation>В {path} не записана вершина журнала аудита (книгу записал не KZPK Desktop или она создана до того, как отчёты стали её хранить).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not a readable KZPK backup (an encrypted backup needs its passphrase).</source>
        <extracomment>kzpk_desktop/services/anchors.py:179</extracomment>
        <translation>Файл {path} — не читаемая резервная копия KZPK (зашифрованной копии нужна её парольная фраза).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup {path} holds no audit events.</source>
        <extracomment>kzpk_desktop/services/anchors.py:182</extracomment>
        <translation>В резервной копии {path} нет событий аудита.</translation>
    </message>
    <message>
        <location line="+334"/>
        <source>There is no rotation with id {id} (it may have been deleted).</source>
        <extracomment>kzpk_desktop/services/ceilings.py:28</extracomment>
        <translation>Ротации с id {id} нет (возможно, она удалена).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision {decision} sets no ceiling for {mission}, so nobody can be sent there under it.</source>
        <extracomment>kzpk_desktop/services/ceilings.py:117</extracomment>
        <translation>Постановление {decision} не устанавливает квоту для {mission}, поэтому по нему туда никого нельзя направить.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No place left for {mission} under decision {decision}: {used} of {ceiling} places are taken on {day}. Nobody can exceed Parliament&apos;s ceiling.</source>
        <extracomment>kzpk_desktop/services/ceilings.py:122</extracomment>
        <translation>Для {mission} по постановлению {decision} мест не осталось: на {day} занято {used} из {ceiling}. Превышать квоту, установленную Парламентом, не может никто.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No place left under decision {decision} overall: {used} of {ceiling} places are taken on {day}. Nobody can exceed Parliament&apos;s ceiling.</source>
        <extracomment>kzpk_desktop/services/ceilings.py:129</extracomment>
        <translation>По постановлению {decision} в целом мест не осталось: на {day} занято {used} из {ceiling}. Превышать квоту, установленную Парламентом, не может никто.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision number is required.</source>
        <extracomment>kzpk_desktop/services/decisions.py:68</extracomment>
        <translation>Укажите номер постановления.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision {number} already exists.</source>
        <extracomment>kzpk_desktop/services/decisions.py:72</extracomment>
        <translation>Постановление {number} уже есть.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of the decision is required.</source>
        <extracomment>kzpk_desktop/services/decisions.py:74</extracomment>
        <translation>Укажите дату постановления.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title is required.</source>
        <extracomment>kzpk_desktop/services/decisions.py:76</extracomment>
        <translation>Укажите название.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The overall ceiling is required.</source>
        <extracomment>kzpk_desktop/services/decisions.py:78</extracomment>
        <translation>Укажите общую квоту.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The overall ceiling cannot be negative.</source>
        <extracomment>kzpk_desktop/services/decisions.py:80</extracomment>
        <translation>Общая квота не может быть отрицательной.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period cannot end ({end}) before it starts ({start}).</source>
        <extracomment>kzpk_desktop/services/decisions.py:82</extracomment>
        <translation>Срок не может закончиться ({end}) раньше, чем начался ({start}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name at least one mission with its ceiling.</source>
        <extracomment>kzpk_desktop/services/decisions.py:85</extracomment>
        <translation>Укажите хотя бы одну миссию с её квотой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown mission (id {id}).</source>
        <extracomment>kzpk_desktop/services/decisions.py:92</extracomment>
        <translation>Неизвестная миссия (id {id}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ceiling for {mission} must be zero or more.</source>
        <extracomment>kzpk_desktop/services/decisions.py:94</extracomment>
        <translation>Квота для {mission} должна быть не меньше нуля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ceiling for {mission} ({value}) exceeds the overall ceiling ({overall}).</source>
        <extracomment>kzpk_desktop/services/decisions.py:96</extracomment>
        <translation>Квота для {mission} ({value}) превышает общую квоту ({overall}).</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Decision {number}</source>
        <extracomment>kzpk_desktop/services/audit_words.py:334</extracomment>
        <translation>Постановление {number}</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>{mission} rotation {rotation} rests on this decision; its mission cannot be removed.</source>
        <extracomment>kzpk_desktop/services/decisions.py:132</extracomment>
        <translation>На этом постановлении основана ротация {rotation} миссии {mission}; её миссию нельзя убрать.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A decision cannot supersede itself.</source>
        <extracomment>kzpk_desktop/services/decisions.py:160</extracomment>
        <translation>Постановление не может заменить само себя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision {old} was already superseded by decision {by}.</source>
        <extracomment>kzpk_desktop/services/decisions.py:162</extracomment>
        <translation>Постановление {old} уже заменено постановлением {by}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision {new} was itself superseded by decision {by}; use the latest decision.</source>
        <extracomment>kzpk_desktop/services/decisions.py:165</extracomment>
        <translation>Постановление {new} само заменено постановлением {by}; используйте последнее постановление.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision {new} ({new_date}) is older than decision {old} ({old_date}); only a later decision can supersede.</source>
        <extracomment>kzpk_desktop/services/decisions.py:169</extracomment>
        <translation>Постановление {new} ({new_date}) старше постановления {old} ({old_date}); заменить может только более позднее постановление.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Parliament decision no longer exists.</source>
        <extracomment>kzpk_desktop/services/decisions.py:187</extracomment>
        <translation>Постановления Парламента больше нет.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the kind of document.</source>
        <extracomment>kzpk_desktop/services/documents.py:151</extracomment>
        <translation>Выберите вид документа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown document kind &apos;{kind}&apos;.</source>
        <extracomment>kzpk_desktop/services/documents.py:153</extracomment>
        <translation>Неизвестный вид документа «{kind}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the document number.</source>
        <extracomment>kzpk_desktop/services/documents.py:158</extracomment>
        <translation>Введите номер документа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number is too long (at most {max} characters).</source>
        <extracomment>kzpk_desktop/services/documents.py:160</extracomment>
        <translation>Номер слишком длинный (не более {max} символов).</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Passport number may hold only Latin letters and digits.</source>
        <extracomment>kzpk_desktop/services/documents.py:32</extracomment>
        <translation>Номер паспорта может содержать только латинские буквы и цифры.</translation>
    </message>
    <message>
        <location line="-476"/>
        <source>Cannot write {path}: the file would be larger than this disk or this user may write.</source>
        <extracomment>kzpk_desktop/exports/files.py:103</extracomment>
        <translation>Не удалось записать {path}: файл получился бы больше, чем позволяет диск или этот пользователь.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write {path}: a list is written as an Excel workbook or a CSV file; give a name ending in .xlsx or .csv.</source>
        <extracomment>kzpk_desktop/exports/files.py:129</extracomment>
        <translation>Не удалось записать {path}: список записывается как книга Excel или файл CSV; укажите имя с окончанием .xlsx или .csv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write {path}: a report is written as an Excel workbook; give a name ending in .xlsx.</source>
        <extracomment>kzpk_desktop/exports/files.py:132</extracomment>
        <translation>Не удалось записать {path}: отчёт записывается как книга Excel; укажите имя с окончанием .xlsx.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Making the pages</source>
        <extracomment>kzpk_desktop/exports/pdf.py:24</extracomment>
        <translation>Подготовка страниц</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A print preview needs LibreOffice, which is not installed on this computer.</source>
        <extracomment>kzpk_desktop/exports/pdf.py:32</extracomment>
        <translation>Для предварительного просмотра нужен LibreOffice, а на этом компьютере он не установлен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LibreOffice did not make the pages within {seconds} seconds; try again, or save the workbook and print it from a spreadsheet program.</source>
        <extracomment>kzpk_desktop/exports/pdf.py:72</extracomment>
        <translation>LibreOffice не подготовил страницы за {seconds} с; попробуйте ещё раз или сохраните книгу и напечатайте её из программы электронных таблиц.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LibreOffice could not make the pages ({reason}); save the workbook and print it from a spreadsheet program.</source>
        <extracomment>kzpk_desktop/exports/pdf.py:85</extracomment>
        <translation>LibreOffice не смог подготовить страницы ({reason}); сохраните книгу и напечатайте её из программы электронных таблиц.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the records</source>
        <extracomment>kzpk_desktop/progress.py:27</extracomment>
        <translation>Чтение записей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the roster</source>
        <extracomment>kzpk_desktop/progress.py:28</extracomment>
        <translation>Чтение списка ротации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the list</source>
        <extracomment>kzpk_desktop/progress.py:29</extracomment>
        <translation>Чтение списка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the serviceman&apos;s records</source>
        <extracomment>kzpk_desktop/progress.py:30</extracomment>
        <translation>Чтение данных военнослужащего</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the documents</source>
        <extracomment>kzpk_desktop/progress.py:31</extracomment>
        <translation>Чтение документов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the audit trail</source>
        <extracomment>kzpk_desktop/progress.py:32</extracomment>
        <translation>Чтение журнала аудита</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing rows</source>
        <extracomment>kzpk_desktop/progress.py:33</extracomment>
        <translation>Запись строк</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the file</source>
        <extracomment>kzpk_desktop/progress.py:34</extracomment>
        <translation>Сохранение файла</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled; nothing was saved.</source>
        <extracomment>kzpk_desktop/progress.py:41</extracomment>
        <translation>Отменено; ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The password must be at most {n} characters long.</source>
        <extracomment>kzpk_desktop/services/accounts.py:101</extracomment>
        <translation>Пароль должен быть не длиннее {n} символов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must not contain control characters (a tab, a line break, a NUL byte) or undecodable bytes.</source>
        <extracomment>kzpk_desktop/services/accounts.py:104</extracomment>
        <translation>Пароль не должен содержать управляющих символов (табуляции, перевода строки, нулевого байта) или нечитаемых байтов.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Notes</source>
        <extracomment>kzpk_desktop/services/audit_words.py:92</extracomment>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in Kazakh</source>
        <extracomment>kzpk_desktop/services/audit_words.py:93</extracomment>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in Russian</source>
        <extracomment>kzpk_desktop/services/audit_words.py:93</extracomment>
        <translation>Название на русском</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in English</source>
        <extracomment>kzpk_desktop/services/audit_words.py:94</extracomment>
        <translation>Название на английском</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <extracomment>kzpk_desktop/services/audit_words.py:95</extracomment>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order in lists</source>
        <extracomment>kzpk_desktop/services/audit_words.py:95</extracomment>
        <translation>Порядок в списках</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Patronymic</source>
        <extracomment>kzpk_desktop/services/audit_words.py:101</extracomment>
        <translation>Отчество</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surname (Latin)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:102</extracomment>
        <translation>Фамилия (лат.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given names (Latin)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:102</extracomment>
        <translation>Имя (лат.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <extracomment>kzpk_desktop/services/audit_words.py:103</extracomment>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <extracomment>kzpk_desktop/services/audit_words.py:103</extracomment>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Military speciality</source>
        <extracomment>kzpk_desktop/services/audit_words.py:104</extracomment>
        <translation>Специальность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English level</source>
        <extracomment>kzpk_desktop/services/audit_words.py:105</extracomment>
        <translation>Английский язык</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Driving licence</source>
        <extracomment>kzpk_desktop/services/audit_words.py:105</extracomment>
        <translation>Водительские права</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blood group</source>
        <extracomment>kzpk_desktop/services/audit_words.py:106</extracomment>
        <translation>Группа крови</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <extracomment>kzpk_desktop/services/audit_words.py:106</extracomment>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next of kin</source>
        <extracomment>kzpk_desktop/services/audit_words.py:106</extracomment>
        <translation>Родственник</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relation</source>
        <extracomment>kzpk_desktop/services/audit_words.py:107</extracomment>
        <translation>Степень родства</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next of kin&apos;s phone</source>
        <extracomment>kzpk_desktop/services/audit_words.py:107</extracomment>
        <translation>Телефон родственника</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photo</source>
        <extracomment>kzpk_desktop/services/audit_words.py:108</extracomment>
        <translation>Фото</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serviceman</source>
        <extracomment>kzpk_desktop/services/audit_words.py:110</extracomment>
        <translation>Военнослужащий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document kind</source>
        <extracomment>kzpk_desktop/services/audit_words.py:110</extracomment>
        <translation>Вид документа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <extracomment>kzpk_desktop/services/audit_words.py:111</extracomment>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued on</source>
        <extracomment>kzpk_desktop/services/audit_words.py:111</extracomment>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires on</source>
        <extracomment>kzpk_desktop/services/audit_words.py:111</extracomment>
        <translation>Действует до</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued by</source>
        <extracomment>kzpk_desktop/services/audit_words.py:112</extracomment>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <extracomment>kzpk_desktop/services/audit_words.py:113</extracomment>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan</source>
        <extracomment>kzpk_desktop/services/audit_words.py:113</extracomment>
        <translation>Скан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <extracomment>kzpk_desktop/services/audit_words.py:115</extracomment>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <extracomment>kzpk_desktop/services/audit_words.py:116</extracomment>
        <translation>С</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <extracomment>kzpk_desktop/services/audit_words.py:116</extracomment>
        <translation>По</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order number</source>
        <extracomment>kzpk_desktop/services/audit_words.py:116</extracomment>
        <translation>Номер приказа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order date</source>
        <extracomment>kzpk_desktop/services/audit_words.py:117</extracomment>
        <translation>Дата приказа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <extracomment>kzpk_desktop/services/audit_words.py:120</extracomment>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment</source>
        <extracomment>kzpk_desktop/services/audit_words.py:120</extracomment>
        <translation>Должность в миссии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment in English</source>
        <extracomment>kzpk_desktop/services/audit_words.py:121</extracomment>
        <translation>Должность на английском</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sub-unit</source>
        <extracomment>kzpk_desktop/services/audit_words.py:121</extracomment>
        <translation>Подразделение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrival</source>
        <extracomment>kzpk_desktop/services/audit_words.py:122</extracomment>
        <translation>Прибытие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Departure</source>
        <extracomment>kzpk_desktop/services/audit_words.py:123</extracomment>
        <translation>Убытие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UN index number</source>
        <extracomment>kzpk_desktop/services/audit_words.py:123</extracomment>
        <translation>Индексный номер ООН</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for early repatriation</source>
        <extracomment>kzpk_desktop/services/audit_words.py:124</extracomment>
        <translation>Причина досрочного возвращения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of early repatriation</source>
        <extracomment>kzpk_desktop/services/audit_words.py:125</extracomment>
        <translation>Дата досрочного возвращения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for approving despite the rules</source>
        <extracomment>kzpk_desktop/services/audit_words.py:126</extracomment>
        <translation>Основание утверждения вопреки правилам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved despite the rules by</source>
        <extracomment>kzpk_desktop/services/audit_words.py:127</extracomment>
        <translation>Утвердил вопреки правилам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roster entry</source>
        <extracomment>kzpk_desktop/services/audit_words.py:129</extracomment>
        <translation>Запись списка ротации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status before</source>
        <extracomment>kzpk_desktop/services/audit_words.py:129</extracomment>
        <translation>Прежний статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New status</source>
        <extracomment>kzpk_desktop/services/audit_words.py:130</extracomment>
        <translation>Новый статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effective on</source>
        <extracomment>kzpk_desktop/services/audit_words.py:130</extracomment>
        <translation>Действует с</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of</source>
        <extracomment>kzpk_desktop/services/audit_words.py:132</extracomment>
        <translation>Входит в</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit kind</source>
        <extracomment>kzpk_desktop/services/audit_words.py:132</extracomment>
        <translation>Род подразделения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <extracomment>kzpk_desktop/services/audit_words.py:133</extracomment>
        <translation>Уровень</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retired on</source>
        <extracomment>kzpk_desktop/services/audit_words.py:133</extracomment>
        <translation>Расформировано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mission</source>
        <extracomment>kzpk_desktop/services/audit_words.py:135</extracomment>
        <translation>Миссия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <extracomment>kzpk_desktop/services/audit_words.py:135</extracomment>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parliament decision</source>
        <extracomment>kzpk_desktop/services/audit_words.py:136</extracomment>
        <translation>Постановление Парламента</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned start</source>
        <extracomment>kzpk_desktop/services/audit_words.py:136</extracomment>
        <translation>Начало по плану</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned end</source>
        <extracomment>kzpk_desktop/services/audit_words.py:137</extracomment>
        <translation>Окончание по плану</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual start</source>
        <extracomment>kzpk_desktop/services/audit_words.py:137</extracomment>
        <translation>Фактическое начало</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual end</source>
        <extracomment>kzpk_desktop/services/audit_words.py:138</extracomment>
        <translation>Фактическое окончание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <extracomment>kzpk_desktop/services/audit_words.py:140</extracomment>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <extracomment>kzpk_desktop/services/audit_words.py:140</extracomment>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title in Kazakh</source>
        <extracomment>kzpk_desktop/services/audit_words.py:141</extracomment>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title in English</source>
        <extracomment>kzpk_desktop/services/audit_words.py:141</extracomment>
        <translation>Название на английском</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period from</source>
        <extracomment>kzpk_desktop/services/audit_words.py:142</extracomment>
        <translation>Срок с</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period to</source>
        <extracomment>kzpk_desktop/services/audit_words.py:142</extracomment>
        <translation>Срок по</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overall ceiling</source>
        <extracomment>kzpk_desktop/services/audit_words.py:143</extracomment>
        <translation>Общая квота</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Superseded by</source>
        <extracomment>kzpk_desktop/services/audit_words.py:143</extracomment>
        <translation>Заменено постановлением</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ceiling</source>
        <extracomment>kzpk_desktop/services/audit_words.py:146</extracomment>
        <translation>Квота</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acronym</source>
        <extracomment>kzpk_desktop/services/audit_words.py:147</extracomment>
        <translation>Сокращённое название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host country</source>
        <extracomment>kzpk_desktop/services/audit_words.py:147</extracomment>
        <translation>Страна пребывания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host country in Russian</source>
        <extracomment>kzpk_desktop/services/audit_words.py:148</extracomment>
        <translation>Страна пребывания на русском</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host country in Kazakh</source>
        <extracomment>kzpk_desktop/services/audit_words.py:149</extracomment>
        <translation>Страна пребывания на казахском</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO3 code</source>
        <extracomment>kzpk_desktop/services/audit_words.py:149</extracomment>
        <translation>Код ISO3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <extracomment>kzpk_desktop/services/audit_words.py:150</extracomment>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End</source>
        <extracomment>kzpk_desktop/services/audit_words.py:150</extracomment>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NATO code</source>
        <extracomment>kzpk_desktop/services/audit_words.py:152</extracomment>
        <translation>Код НАТО</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <extracomment>kzpk_desktop/services/audit_words.py:154</extracomment>
        <translation>Имеет срок действия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the UN reports it</source>
        <extracomment>kzpk_desktop/services/audit_words.py:155</extracomment>
        <translation>Как в отчётах ООН</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <extracomment>kzpk_desktop/services/audit_words.py:156</extracomment>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <extracomment>kzpk_desktop/services/audit_words.py:156</extracomment>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <extracomment>kzpk_desktop/services/audit_words.py:157</extracomment>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <extracomment>kzpk_desktop/services/audit_words.py:157</extracomment>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account active</source>
        <extracomment>kzpk_desktop/services/audit_words.py:158</extracomment>
        <translation>Учётная запись действует</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <extracomment>kzpk_desktop/services/audit_words.py:172</extracomment>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong passwords in a row</source>
        <extracomment>kzpk_desktop/services/audit_words.py:172</extracomment>
        <translation>Неверных паролей подряд</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report</source>
        <extracomment>kzpk_desktop/services/audit_words.py:173</extracomment>
        <translation>Отчёт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <extracomment>kzpk_desktop/services/audit_words.py:173</extracomment>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <extracomment>kzpk_desktop/services/audit_words.py:173</extracomment>
        <translation>Строк</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <extracomment>kzpk_desktop/services/audit_words.py:174</extracomment>
        <translation>Начальное число</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <extracomment>kzpk_desktop/services/audit_words.py:174</extracomment>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within (days)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:174</extracomment>
        <translation>В пределах (дней)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank</source>
        <extracomment>kzpk_desktop/services/audit_words.py:175</extracomment>
        <translation>Звание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <extracomment>kzpk_desktop/services/audit_words.py:175</extracomment>
        <translation>Подразделение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotation</source>
        <extracomment>kzpk_desktop/services/audit_words.py:175</extracomment>
        <translation>Ротация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search text</source>
        <extracomment>kzpk_desktop/services/audit_words.py:176</extracomment>
        <translation>Текст поиска</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <extracomment>kzpk_desktop/services/audit_words.py:176</extracomment>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <extracomment>kzpk_desktop/services/audit_words.py:178</extracomment>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted by</source>
        <extracomment>kzpk_desktop/services/audit_words.py:178</extracomment>
        <translation>Кто удалил</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted at (UTC)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:179</extracomment>
        <translation>Когда удалено (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown user</source>
        <extracomment>kzpk_desktop/services/audit_words.py:182</extracomment>
        <translation>неизвестный пользователь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wrong password</source>
        <extracomment>kzpk_desktop/services/audit_words.py:182</extracomment>
        <translation>неверный пароль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>account disabled</source>
        <extracomment>kzpk_desktop/services/audit_words.py:183</extracomment>
        <translation>учётная запись отключена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(deleted serviceman)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:197</extracomment>
        <translation>(удалённый военнослужащий)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(deleted document)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:197</extracomment>
        <translation>(удалённый документ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(deleted unit)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:198</extracomment>
        <translation>(удалённое подразделение)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(deleted mission)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:198</extracomment>
        <translation>(удалённая миссия)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(deleted rotation)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:199</extracomment>
        <translation>(удалённая ротация)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(deleted decision)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:199</extracomment>
        <translation>(удалённое постановление)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(deleted rank)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:200</extracomment>
        <translation>(удалённое звание)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(deleted unit kind)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:200</extracomment>
        <translation>(удалённый род подразделения)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(deleted document kind)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:201</extracomment>
        <translation>(удалённый вид документа)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(deleted personnel category)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:202</extracomment>
        <translation>(удалённая категория персонала)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(deleted roster entry)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:203</extracomment>
        <translation>(удалённая запись списка ротации)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(deleted assignment)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:204</extracomment>
        <translation>(удалённое назначение)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(deleted record)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:205</extracomment>
        <translation>(удалённая запись)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <extracomment>kzpk_desktop/services/audit_words.py:206</extracomment>
        <translation>да</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <extracomment>kzpk_desktop/services/audit_words.py:206</extracomment>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:206</extracomment>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(hidden)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:206</extracomment>
        <translation>(скрыто)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only data the application keeps for itself</source>
        <extracomment>kzpk_desktop/services/audit_words.py:208</extracomment>
        <translation>только служебные данные программы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file of {size} bytes</source>
        <extracomment>kzpk_desktop/services/audit_words.py:209</extracomment>
        <translation>файл, {size} байт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{mission}-{number}</source>
        <extracomment>kzpk_desktop/services/audit_words.py:331</extracomment>
        <translation>{mission}-{number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{kind} No. {number}</source>
        <extracomment>kzpk_desktop/services/audit_words.py:336</extracomment>
        <translation>{kind} № {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan of {document}</source>
        <extracomment>kzpk_desktop/services/audit_words.py:340</extracomment>
        <translation>Скан: {document}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignment to {unit}</source>
        <extracomment>kzpk_desktop/services/audit_words.py:343</extracomment>
        <translation>Назначение: {unit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roster of {rotation}</source>
        <extracomment>kzpk_desktop/services/audit_words.py:345</extracomment>
        <translation>Список ротации {rotation}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status change in {entry}</source>
        <extracomment>kzpk_desktop/services/audit_words.py:349</extracomment>
        <translation>Смена статуса: {entry}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ceiling for {mission} in {decision}</source>
        <extracomment>kzpk_desktop/services/audit_words.py:352</extracomment>
        <translation>Квота {mission}: {decision}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your role ({role}) may not back up, restore, encrypt or decrypt the database; only an administrator may.</source>
        <extracomment>kzpk_desktop/services/auth.py:56</extracomment>
        <translation>Ваша роль ({role}) не позволяет создавать резервные копии, восстанавливать, шифровать или расшифровывать базу данных; это может только администратор.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Demo data cancelled; nothing was saved.</source>
        <extracomment>kzpk_desktop/services/demo/generator.py:55</extracomment>
        <translation>Создание демонстрационных данных отменено; ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role ({role}) may not add demo data; only an administrator may.</source>
        <extracomment>kzpk_desktop/services/demo/generator.py:82</extracomment>
        <translation>Ваша роль ({role}) не позволяет добавлять демонстрационные данные; это может только администратор.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database already holds {n} servicemen: demo data would mix invented people, with approved and deployed roster places, into real records. Use an empty database, or, as an administrator who accepts that, confirm it (&apos;kzpk demo --yes&apos;).</source>
        <extracomment>kzpk_desktop/services/demo/generator.py:83</extracomment>
        <translation>В базе данных уже есть военнослужащие ({n}): демонстрационные данные смешали бы вымышленных людей с утверждёнными и развёрнутыми местами в списках с настоящими записями. Используйте пустую базу данных или, если вы администратор и принимаете это, подтвердите (&apos;kzpk demo --yes&apos;).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The issuer is too long (at most {max} characters).</source>
        <extracomment>kzpk_desktop/services/documents.py:164</extracomment>
        <translation>Название органа, выдавшего документ, слишком длинное (не более {max} символов).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The issue date cannot be in the future.</source>
        <extracomment>kzpk_desktop/services/documents.py:166</extracomment>
        <translation>Дата выдачи не может быть в будущем.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document must expire after the date it was issued.</source>
        <extracomment>kzpk_desktop/services/documents.py:168</extracomment>
        <translation>Срок действия документа должен заканчиваться позже даты выдачи.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the expiry date: this kind of document expires.</source>
        <extracomment>kzpk_desktop/services/documents.py:170</extracomment>
        <translation>Введите дату окончания: у документа этого вида есть срок действия.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This serviceman already has a document of this kind with number {number}.</source>
        <extracomment>kzpk_desktop/services/documents.py:186</extracomment>
        <translation>У этого военнослужащего уже есть документ этого вида с номером {number}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number {number} is already recorded for {who}.</source>
        <extracomment>kzpk_desktop/services/documents.py:189</extracomment>
        <translation>Номер {number} уже записан за военнослужащим {who}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport {value} is already recorded for {who}.</source>
        <extracomment>kzpk_desktop/services/documents.py:194</extracomment>
        <translation>Паспорт {value} уже записан за военнослужащим {who}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file {filename} is empty.</source>
        <extracomment>kzpk_desktop/services/documents.py:435</extracomment>
        <translation>Файл {filename} пуст.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is {size} MB; the limit is {limit} MB.</source>
        <extracomment>kzpk_desktop/services/documents.py:437</extracomment>
        <translation>Размер файла {size} МБ; допускается не более {limit} МБ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{filename} is not a PDF, PNG or JPEG file; only these can be attached.</source>
        <extracomment>kzpk_desktop/services/documents.py:444</extracomment>
        <translation>{filename} — не файл PDF, PNG или JPEG; прикрепить можно только их.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the file a name ending in .pdf, .png, .jpg or .jpeg.</source>
        <extracomment>kzpk_desktop/services/documents.py:449</extracomment>
        <translation>Имя файла должно оканчиваться на .pdf, .png, .jpg или .jpeg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{filename} is named as {claimed} but its content is {actual}.</source>
        <extracomment>kzpk_desktop/services/documents.py:452</extracomment>
        <translation>Файл {filename} назван как {claimed}, но по содержимому это {actual}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The serviceman no longer exists (deleted by someone else?).</source>
        <extracomment>kzpk_desktop/services/documents.py:495</extracomment>
        <translation>Этого военнослужащего больше нет (его удалил другой пользователь?).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document no longer exists (deleted by someone else?).</source>
        <extracomment>kzpk_desktop/services/documents.py:502</extracomment>
        <translation>Документа больше нет (удалён другим пользователем?).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passport</source>
        <extracomment>kzpk_desktop/services/eligibility.py:41</extracomment>
        <translation>паспорт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medical fitness</source>
        <extracomment>kzpk_desktop/services/eligibility.py:42</extracomment>
        <translation>медицинская годность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pre-deployment training</source>
        <extracomment>kzpk_desktop/services/eligibility.py:43</extracomment>
        <translation>преддислокационная подготовка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>human-rights screening</source>
        <extracomment>kzpk_desktop/services/eligibility.py:44</extracomment>
        <translation>проверка по правам человека</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overlapping rotation</source>
        <extracomment>kzpk_desktop/services/eligibility.py:45</extracomment>
        <translation>пересекающаяся ротация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>service status</source>
        <extracomment>kzpk_desktop/services/eligibility.py:46</extracomment>
        <translation>служебный статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>age</source>
        <extracomment>kzpk_desktop/services/eligibility.py:47</extracomment>
        <translation>возраст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rank</source>
        <extracomment>kzpk_desktop/services/eligibility.py:48</extracomment>
        <translation>звание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No medical fitness certificate on file.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:62</extracomment>
        <translation>Нет справки о медицинской годности.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medical fitness certificate {number} expires on {expires}, before the rotation starts on {start}.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:63</extracomment>
        <translation>Справка о медицинской годности {number} действует до {expires}, то есть меньше, чем до начала ротации {start}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medical fitness certificate {number} is dated {issued}, after the rotation starts on {start}.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:65</extracomment>
        <translation>Справка о медицинской годности {number} выдана {issued}, то есть после начала ротации {start}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No pre-deployment training certificate on file.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:68</extracomment>
        <translation>Нет сертификата о преддислокационной подготовке.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre-deployment training certificate {number} expires on {expires}, before the rotation starts on {start}.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:69</extracomment>
        <translation>Сертификат о преддислокационной подготовке {number} действует до {expires}, то есть меньше, чем до начала ротации {start}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre-deployment training certificate {number} is dated {issued}, after the rotation starts on {start}.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:71</extracomment>
        <translation>Сертификат о преддислокационной подготовке {number} выдан {issued}, то есть после начала ротации {start}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No human-rights screening certificate on file.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:74</extracomment>
        <translation>Нет сертификата о проверке по правам человека.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Human-rights screening certificate {number} expires on {expires}, before the rotation starts on {start}.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:75</extracomment>
        <translation>Сертификат о проверке по правам человека {number} действует до {expires}, то есть меньше, чем до начала ротации {start}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Human-rights screening certificate {number} is dated {issued}, after the rotation starts on {start}.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:77</extracomment>
        <translation>Сертификат о проверке по правам человека {number} выдан {issued}, то есть после начала ротации {start}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The roster entry no longer exists.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:130</extracomment>
        <translation>Записи в списке ротации больше нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also on the roster of {mission} rotation {number} ({start} - {end}, {status}), which overlaps this rotation&apos;s dates.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:204</extracomment>
        <translation>Также в списке ротации {number} миссии {mission} ({start} - {end}, {status}), сроки которой пересекаются со сроками этой ротации.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discharged from service; cannot be deployed.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:211</extracomment>
        <translation>Уволен со службы; направить в миссию нельзя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded as deployed, but on no rotation in this database; check where the serviceman is serving.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:214</extracomment>
        <translation>Записан как находящийся в миссии, но ни в одной ротации этой базы его нет; проверьте, где военнослужащий проходит службу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aged {age} on the rotation&apos;s start ({start}); staff officers and experts on mission must be 25 to 55.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:220</extracomment>
        <translation>На начало ротации ({start}) возраст {age}; штабным офицерам и экспертам в миссии должно быть от 25 до 55 лет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rank on file; staff officers and experts on mission must be captain to colonel.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:224</extracomment>
        <translation>Звание не указано; штабные офицеры и эксперты в миссии должны иметь звание от капитана до полковника.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank {rank} is outside captain to colonel, required for staff officers and experts on mission.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:228</extracomment>
        <translation>Звание «{rank}» вне диапазона от капитана до полковника, обязательного для штабных офицеров и экспертов в миссии.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No current passport (national or service) on file.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:238</extracomment>
        <translation>Нет действующего паспорта (гражданина РК или служебного).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport {number} has no expiry date on file; it must be valid until at least {deadline}.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:243</extracomment>
        <translation>У паспорта {number} не указан срок действия; он должен действовать как минимум до {deadline}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport {number} expires on {expires}; it must be valid until at least {deadline}, 6 months after the rotation&apos;s planned end ({end}).</source>
        <extracomment>kzpk_desktop/services/eligibility.py:247</extracomment>
        <translation>Паспорт {number} действует до {expires}; он должен действовать как минимум до {deadline}, то есть 6 месяцев после планового окончания ротации ({end}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong passphrase, or the file is not an encrypted KZPK database.</source>
        <extracomment>kzpk_desktop/services/encryption.py:26</extracomment>
        <translation>Неверный пароль шифрования, или файл не является зашифрованной базой KZPK.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption needs the sqlcipher3 package, which is not installed.</source>
        <extracomment>kzpk_desktop/services/encryption.py:37</extracomment>
        <translation>Для шифрования нужен пакет sqlcipher3, он не установлен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase must be at least {n} characters long.</source>
        <extracomment>kzpk_desktop/services/encryption.py:100</extracomment>
        <translation>Пароль шифрования должен содержать не менее {n} символов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is already encrypted (or is not a SQLite database).</source>
        <extracomment>kzpk_desktop/services/encryption.py:111</extracomment>
        <translation>Файл {path} уже зашифрован (или не является базой SQLite).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not encrypted.</source>
        <extracomment>kzpk_desktop/services/encryption.py:121</extracomment>
        <translation>Файл {path} не зашифрован.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database could not be converted: {detail}.</source>
        <extracomment>kzpk_desktop/services/encryption.py:152</extracomment>
        <translation>Базу данных не удалось преобразовать: {detail}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is in use by another program; close KZPK Desktop and try again.</source>
        <extracomment>kzpk_desktop/services/encryption.py:180</extracomment>
        <translation>База данных занята другой программой; закройте KZPK Desktop и повторите.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The converted copy did not match the original ({detail}); the original is unchanged.</source>
        <extracomment>kzpk_desktop/services/encryption.py:198</extracomment>
        <translation>Преобразованная копия не совпала с исходной ({detail}); исходный файл не изменён.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>service number</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:32</extracomment>
        <translation>личный номер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>surname</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:33</extracomment>
        <translation>фамилия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>given name</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:33</extracomment>
        <translation>имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>patronymic</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:34</extracomment>
        <translation>отчество</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date of birth</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:34</extracomment>
        <translation>дата рождения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sex</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:35</extracomment>
        <translation>пол</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:35</extracomment>
        <translation>статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>document kind</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:35</extracomment>
        <translation>вид документа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:36</extracomment>
        <translation>номер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the person</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:39</extracomment>
        <translation>военнослужащий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the document</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:39</extracomment>
        <translation>документ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the assignment</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:40</extracomment>
        <translation>назначение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the roster entry</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:40</extracomment>
        <translation>запись списка ротации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the status move</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:41</extracomment>
        <translation>переход статуса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new document</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:43</extracomment>
        <translation>новый документ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new assignment</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:43</extracomment>
        <translation>новое назначение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new roster entry</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:44</extracomment>
        <translation>новая запись списка ротации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new document</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:46</extracomment>
        <translation>новый документ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new assignment</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:46</extracomment>
        <translation>новое назначение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new roster entry</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:47</extracomment>
        <translation>новая запись списка ротации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{record} ({whose})</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:93</extracomment>
        <translation>{record} ({whose})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {field} of {record} was changed here and at office {office} at the same time.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:119</extracomment>
        <translation>{record}: поле «{field}» изменено одновременно здесь и в офисе {office}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep “{value}”</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:122</extracomment>
        <translation>Оставить «{value}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {field} stays “{value}”; every office takes it.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:123</extracomment>
        <translation>Поле «{field}» остаётся «{value}»; так станет во всех офисах.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take “{value}”</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:125</extracomment>
        <translation>Принять «{value}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {field} becomes “{value}” here and at every office.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:126</extracomment>
        <translation>Поле «{field}» станет «{value}» здесь и во всех офисах.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Here {record} was moved to “{local}”, and at office {office} to “{incoming}”, at the same time.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:133</extracomment>
        <translation>{record}: здесь статус изменён на «{local}», а в офисе {office} одновременно — на «{incoming}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep “{status}”</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:137</extracomment>
        <translation>Оставить «{status}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The status stays “{status}”. The moves that led to “{other}” leave the history, and the dates and reason they set are taken back, at every office.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:138</extracomment>
        <translation>Статус остаётся «{status}». Переходы, которые вели к «{other}», удаляются из истории, а установленные ими даты и причина отменяются — во всех офисах.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take “{status}”</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:141</extracomment>
        <translation>Принять «{status}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The status becomes “{status}”, with the dates and reason of its moves. The moves that led to “{other}” leave the history, at every office.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:142</extracomment>
        <translation>Статус станет «{status}», с датами и причиной его переходов. Переходы, которые вели к «{other}», удаляются из истории — во всех офисах.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Here {record} was deleted, but office {office} changed it before it learnt of the deletion.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:148</extracomment>
        <translation>{record}: здесь удалено, но офис {office} изменил запись, ещё не зная об удалении.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleted</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:150</extracomment>
        <translation>удалено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:150</extracomment>
        <translation>изменено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the deletion</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:151</extracomment>
        <translation>Оставить удаление</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record stays deleted at every office; the changes from office {office} are dropped.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:152</extracomment>
        <translation>Запись остаётся удалённой во всех офисах; изменения из офиса {office} отбрасываются.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring it back with their changes</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:154</extracomment>
        <translation>Вернуть запись с их изменениями</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record comes back, with the changes from office {office}, at every office.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:155</extracomment>
        <translation>Запись возвращается во всех офисах, с изменениями из офиса {office}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office {office} deleted {record}, which was changed here meanwhile; it stays deleted here until this is decided.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:160</extracomment>
        <translation>Офис {office} удалил запись: {record}; здесь её тем временем изменили. До решения она удалена и здесь.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring it back with the changes made here</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:164</extracomment>
        <translation>Вернуть запись с изменениями, сделанными здесь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record comes back as it was here, at every office.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:165</extracomment>
        <translation>Запись возвращается во всех офисах такой, какой она была здесь.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record stays deleted at every office; the changes made here are dropped.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:167</extracomment>
        <translation>Запись остаётся удалённой во всех офисах; изменения, сделанные здесь, отбрасываются.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{new} {number}</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:174</extracomment>
        <translation>{new} {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office {office} added {new} for {person}, who was deleted here.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:176</extracomment>
        <translation>Офис {office} добавил: {new} — для военнослужащего {person}, удалённого здесь.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office {office} added {new} for a person deleted here.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:178</extracomment>
        <translation>Офис {office} добавил: {new} — для военнослужащего, удалённого здесь.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>person deleted</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:182</extracomment>
        <translation>военнослужащий удалён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person stays deleted, and {new} is deleted too, at every office.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:186</extracomment>
        <translation>Военнослужащий остаётся удалённым во всех офисах; удаляется и {new}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the person back with {new}</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:188</extracomment>
        <translation>Вернуть военнослужащего и {new}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person comes back with the details the deletion recorded, and with {new}, at every office.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:189</extracomment>
        <translation>Военнослужащий возвращается во всех офисах с данными, записанными при удалении, а вместе с ним — {new}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office {office} deleted {record}, but records made here since (a document, an assignment…) were not known there. The deletion waits for this decision.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:194</extracomment>
        <translation>Офис {office} удалил запись: {record}, но там не знали о записях, сделанных здесь с тех пор (документ, назначение…). Удаление ждёт этого решения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept, with new records</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:197</extracomment>
        <translation>сохранено, с новыми записями</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it, with the records made here</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:198</extracomment>
        <translation>Сохранить вместе с записями, сделанными здесь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record stays, with the records made here, at every office (office {office} gets it back).</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:199</extracomment>
        <translation>Запись остаётся во всех офисах вместе с записями, сделанными здесь (офис {office} получит её обратно).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete it, with the records made here</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:201</extracomment>
        <translation>Удалить вместе с записями, сделанными здесь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record and the records made here are deleted at every office.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:202</extracomment>
        <translation>Запись и записи, сделанные здесь, удаляются во всех офисах.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person who came from office {office} ({theirs}) may be the same person as {mine} on file.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:206</extracomment>
        <translation>Военнослужащий из офиса {office} ({theirs}), возможно, тот же человек, что и {mine} в базе.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge, keep the details on file</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:211</extracomment>
        <translation>Объединить, оставив данные из базы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One person remains; where the details differ, the ones on file are kept, at every office.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:212</extracomment>
        <translation>Остаётся один человек; где данные расходятся, сохраняются данные из базы — во всех офисах.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge, take their details</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:214</extracomment>
        <translation>Объединить, приняв их данные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One person remains; where the details differ, the ones from office {office} are taken, at every office.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:215</extracomment>
        <translation>Остаётся один человек; где данные расходятся, принимаются данные из офиса {office} — во всех офисах.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep &apos;local&apos; or &apos;incoming&apos;.</source>
        <extracomment>kzpk_desktop/services/exchange/conflicts.py:95</extracomment>
        <translation>Оставьте «local» (своё) или «incoming» (пришедшее).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no open conflict {id} (resolved already?).</source>
        <extracomment>kzpk_desktop/services/exchange/conflicts.py:100</extracomment>
        <translation>Открытого конфликта {id} нет (уже решён?).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record of this conflict is no longer here.</source>
        <extracomment>kzpk_desktop/services/exchange/conflicts.py:143</extracomment>
        <translation>Записи этого конфликта здесь больше нет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only the ministry changes {what}</source>
        <extracomment>kzpk_desktop/services/exchange/entities.py:129</extracomment>
        <translation>изменять {what} может только министерство</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the ministry adds roster entries</source>
        <extracomment>kzpk_desktop/services/exchange/entities.py:130</extracomment>
        <translation>добавлять записи в списки может только министерство</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the ministry changes {field} of a roster entry</source>
        <extracomment>kzpk_desktop/services/exchange/entities.py:131</extracomment>
        <translation>поле {field} записи списка меняет только министерство</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a field office cannot set a roster entry to {status}; only the ministry approves and withdraws</source>
        <extracomment>kzpk_desktop/services/exchange/entities.py:132</extracomment>
        <translation>полевой офис не может установить статус {status}; утверждает и отзывает только министерство</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the ministry deletes {what}</source>
        <extracomment>kzpk_desktop/services/exchange/entities.py:134</extracomment>
        <translation>удалять {what} может только министерство</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field offices exchange packages with the ministry only.</source>
        <extracomment>kzpk_desktop/services/exchange/export.py:310</extracomment>
        <translation>Полевые офисы обмениваются пакетами только с министерством.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>waits for {entity} {uid}, which has not arrived yet</source>
        <extracomment>kzpk_desktop/services/exchange/merge/records.py:25</extracomment>
        <translation>ждёт {entity} {uid}, которая ещё не поступила</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>may be the same person as {name} on file (same {what}); held for the ministry to decide</source>
        <extracomment>kzpk_desktop/services/exchange/merge/records.py:26</extracomment>
        <translation>возможно, это тот же человек, что {name} (совпадает {what}); отложено до решения министерства</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The deleted record cannot be brought back: the audit trail does not hold its last values.</source>
        <extracomment>kzpk_desktop/services/exchange/conflicts.py:181</extracomment>
        <translation>Удалённую запись нельзя вернуть: в журнале аудита нет её последних значений.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>its {entity} {uid} was deleted here; waits for the ministry to decide whether it comes back</source>
        <extracomment>kzpk_desktop/services/exchange/merge/deletes.py:18</extracomment>
        <translation>её запись {entity} {uid} здесь удалена; ожидает решения министерства, вернуть ли ту запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{entity} {uid}: its deletion waits for the ministry to decide (records were made on it here meanwhile)</source>
        <extracomment>kzpk_desktop/services/exchange/merge/deletes.py:22</extracomment>
        <translation>{entity} {uid}: удаление ожидает решения министерства (тем временем здесь к ней добавлены другие записи)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{entity} {uid}: deleted elsewhere, but still referred to by other records here</source>
        <extracomment>kzpk_desktop/services/exchange/merge/identity.py:159</extracomment>
        <translation>{entity} {uid}: удалена в другом подразделении, но здесь на неё ещё ссылаются другие записи</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the record could not be read ({detail})</source>
        <extracomment>kzpk_desktop/services/exchange/merge/records.py:28</extracomment>
        <translation>запись не удалось прочитать ({detail})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refers to a record deleted here</source>
        <extracomment>kzpk_desktop/services/exchange/merge/records.py:30</extracomment>
        <translation>ссылается на запись, удалённую здесь</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>{entity} {uid} from {office} not applied: {reason}</source>
        <extracomment>kzpk_desktop/services/exchange/merge/core.py:170</extracomment>
        <translation>{entity} {uid} от {office} не применена: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{entity} {uid} held: {reason}</source>
        <extracomment>kzpk_desktop/services/exchange/merge/held.py:32</extracomment>
        <translation>{entity} {uid} отложена: {reason}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>{entity} {uid} {field}: here {local}, from {office} {incoming}</source>
        <extracomment>kzpk_desktop/services/exchange/merge/clashes.py:53</extracomment>
        <translation>{entity} {uid} {field}: здесь {local}, от {office} {incoming}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}: entered at two offices, merged (same IIN and names)</source>
        <extracomment>kzpk_desktop/services/exchange/merge/identity.py:63</extracomment>
        <translation>{name}: внесён в двух офисах, объединено (совпадают ИИН и ФИО)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same document is on file; waits for the ministry</source>
        <extracomment>kzpk_desktop/services/exchange/merge/identity.py:79</extracomment>
        <translation>такой документ уже есть; ждёт решения министерства</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>it is still referred to by other records here</source>
        <extracomment>kzpk_desktop/services/exchange/merge/deletes.py:82</extracomment>
        <translation>на неё здесь ещё ссылаются другие записи</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{entity} {loser} merged into {survivor} by the ministry</source>
        <extracomment>kzpk_desktop/services/exchange/merge/identity.py:184</extracomment>
        <translation>{entity} {loser} объединена министерством с {survivor}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An office code is 1-16 capital letters, digits, &apos;-&apos; or &apos;_&apos; (for example MOD or FIELD-UNIFIL).</source>
        <extracomment>kzpk_desktop/services/exchange/office.py:115</extracomment>
        <translation>Код офиса — от 1 до 16 заглавных латинских букв, цифр, «-» или «_» (например, MOD или FIELD-UNIFIL).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A field office needs a name (--name).</source>
        <extracomment>kzpk_desktop/services/exchange/office.py:118</extracomment>
        <translation>Полевому офису нужно название (--name).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database is already office {code}; an office keeps its identity.</source>
        <extracomment>kzpk_desktop/services/exchange/office.py:122</extracomment>
        <translation>Эта база уже является офисом {code}; офис сохраняет своё удостоверение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database is a copy or a restored backup of office {code}; enrol it under a new code.</source>
        <extracomment>kzpk_desktop/services/exchange/office.py:126</extracomment>
        <translation>Эта база — копия или восстановленная резервная копия офиса {code}; зарегистрируйте её под новым кодом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A re-enrolled office keeps its role ({role}).</source>
        <extracomment>kzpk_desktop/services/exchange/office.py:129</extracomment>
        <translation>Повторно зарегистрированный офис сохраняет свою роль ({role}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office code {code} is already used by a trusted office.</source>
        <extracomment>kzpk_desktop/services/exchange/office.py:132</extracomment>
        <translation>Код {code} уже занят доверенным офисом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database is not an office yet: run &apos;kzpk office init&apos; first.</source>
        <extracomment>kzpk_desktop/services/exchange/office.py:163</extracomment>
        <translation>Эта база ещё не офис: сначала выполните «kzpk office init».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database is a copy or a restored backup of office {code}; it may not send packages under that identity. Enrol it again with &apos;kzpk office init&apos; and a new code.</source>
        <extracomment>kzpk_desktop/services/exchange/office.py:168</extracomment>
        <translation>Эта база — копия или восстановленная резервная копия офиса {code}; отправлять пакеты от его имени нельзя. Зарегистрируйте её заново: «kzpk office init» с новым кодом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not an office card.</source>
        <extracomment>kzpk_desktop/services/exchange/office.py:196</extracomment>
        <translation>Файл не является карточкой офиса.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is this office&apos;s own card; trust the other office&apos;s.</source>
        <extracomment>kzpk_desktop/services/exchange/office.py:206</extracomment>
        <translation>Это карточка этого же офиса; доверьте карточку другого офиса.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office {code} is also a {role} office; field offices exchange with the ministry only.</source>
        <extracomment>kzpk_desktop/services/exchange/office.py:208</extracomment>
        <translation>Офис {code} тоже имеет роль {role}; полевые офисы обмениваются только с министерством.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This office already trusts the ministry as {code}.</source>
        <extracomment>kzpk_desktop/services/exchange/office.py:214</extracomment>
        <translation>Этот офис уже доверяет министерству с кодом {code}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office {code} is already trusted with other keys; a re-enrolled office comes back under a new code.</source>
        <extracomment>kzpk_desktop/services/exchange/office.py:219</extracomment>
        <translation>Офису {code} уже доверено с другими ключами; повторно зарегистрированный офис получает новый код.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This office does not trust an office {code}; trust its card first (&apos;kzpk office trust&apos;).</source>
        <extracomment>kzpk_desktop/services/exchange/office.py:235</extracomment>
        <translation>Этот офис не доверяет офису {code}; сначала доверьте его карточку («kzpk office trust»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package is damaged or was altered after it was made (it does not decrypt); ask office {office} for a new one.</source>
        <extracomment>kzpk_desktop/services/exchange/package.py:72</extracomment>
        <translation>Пакет повреждён или изменён после создания (не расшифровывается); попросите у офиса {office} новый.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package&apos;s signature does not match office {office}&apos;s card: it was altered or not made by that office. Nothing was imported.</source>
        <extracomment>kzpk_desktop/services/exchange/package.py:74</extracomment>
        <translation>Подпись пакета не соответствует карточке офиса {office}: он изменён или создан не этим офисом. Ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not a KZPK exchange package.</source>
        <extracomment>kzpk_desktop/services/exchange/package.py:76</extracomment>
        <translation>Файл не является пакетом обмена KZPK.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package was made by another version of KZPK Desktop (package format {format}, this version reads format {ours}); make the package again with the same version on both sides. Nothing was imported.</source>
        <extracomment>kzpk_desktop/services/exchange/package.py:77</extracomment>
        <translation>Пакет создан другой версией KZPK Desktop (формат пакета {format}, эта версия читает формат {ours}); создайте пакет заново, когда на обеих сторонах будет одна и та же версия. Ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is too large to be a KZPK package.</source>
        <extracomment>kzpk_desktop/services/exchange/transfer.py:82</extracomment>
        <translation>Файл слишком велик для пакета KZPK.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This package is for office {to}; this database is office {me}. Nothing was imported.</source>
        <extracomment>kzpk_desktop/services/exchange/transfer.py:102</extracomment>
        <translation>Этот пакет предназначен офису {to}; эта база — офис {me}. Ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This package comes from office {office}, which this office does not trust. Compare its card&apos;s fingerprint with that office and trust it first (&apos;kzpk office trust&apos;). Nothing was imported.</source>
        <extracomment>kzpk_desktop/services/exchange/transfer.py:106</extracomment>
        <translation>Пакет пришёл от офиса {office}, которому этот офис не доверяет. Сверьте отпечаток его карточки с этим офисом и сначала доверьте её («kzpk office trust»). Ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office {office} sent a different package {seq} before: its database was restored or copied, and it must be enrolled again under a new code. Nothing was imported.</source>
        <extracomment>kzpk_desktop/services/exchange/transfer.py:132</extracomment>
        <translation>Офис {office} уже присылал другой пакет {seq}: его база восстановлена или скопирована, её нужно зарегистрировать заново под новым кодом. Ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package was made by a newer version of KZPK Desktop (schema {revision}); install that version here first. Nothing was imported.</source>
        <extracomment>kzpk_desktop/services/exchange/transfer.py:142</extracomment>
        <translation>Пакет создан более новой версией KZPK Desktop (схема {revision}); сначала установите здесь эту версию. Ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import was cancelled; nothing was changed.</source>
        <extracomment>kzpk_desktop/services/exchange/transfer.py:147</extracomment>
        <translation>Загрузка отменена; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an audit event from {office} could not be read</source>
        <extracomment>kzpk_desktop/services/exchange/transfer.py:234</extracomment>
        <translation>событие журнала аудита от {office} не удалось прочитать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>audit event {id} from {office} does not match its own hash</source>
        <extracomment>kzpk_desktop/services/exchange/transfer.py:255</extracomment>
        <translation>событие аудита {id} от {office} не совпадает со своим хешем</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>office {office} rewrote its audit trail after reporting it: event {id} differs from what it reported earlier</source>
        <extracomment>kzpk_desktop/services/exchange/transfer.py:272</extracomment>
        <translation>офис {office} переписал журнал аудита после отправки: событие {id} отличается от присланного ранее</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision {decision}: {used} people approved or deployed for {mission} against a ceiling of {ceiling}; no more approvals under it until the overrun is cleared.</source>
        <extracomment>kzpk_desktop/services/exchange/transfer.py:299</extracomment>
        <translation>Постановление {decision}: для {mission} утверждено или развёрнуто людей: {used} при лимите {ceiling}; новые утверждения по нему невозможны, пока превышение не устранено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision {decision}: {used} people approved or deployed against an overall ceiling of {ceiling}; no more approvals under it until the overrun is cleared.</source>
        <extracomment>kzpk_desktop/services/exchange/transfer.py:306</extracomment>
        <translation>Постановление {decision}: утверждено или развёрнуто людей: {used} при общем лимите {ceiling}; новые утверждения по нему невозможны, пока превышение не устранено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>audit trail: event {id} is not the one office {office} acknowledged (history rewritten after it was reported)</source>
        <extracomment>kzpk_desktop/services/exchange/transfer.py:330</extracomment>
        <translation>журнал аудита: событие {id} не то, получение которого подтвердил офис {office} (история переписана после отправки)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIN is empty</source>
        <extracomment>kzpk_desktop/services/identity.py:63</extracomment>
        <translation>ИИН не указан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIN must contain only digits</source>
        <extracomment>kzpk_desktop/services/identity.py:65</extracomment>
        <translation>ИИН должен содержать только цифры</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIN must have {length} digits, got {count}</source>
        <extracomment>kzpk_desktop/services/identity.py:69</extracomment>
        <translation>ИИН должен содержать {length} цифр, а содержит {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIN {iin}: 7th digit (century and sex) must be 1-6, got {digit}</source>
        <extracomment>kzpk_desktop/services/identity.py:74</extracomment>
        <translation>ИИН {iin}: 7-я цифра (век и пол) должна быть от 1 до 6, а не {digit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIN {iin}: this number is never issued (no valid check digit)</source>
        <extracomment>kzpk_desktop/services/identity.py:81</extracomment>
        <translation>ИИН {iin}: такой номер не выдаётся (нет допустимой контрольной цифры)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIN {iin}: check digit does not match</source>
        <extracomment>kzpk_desktop/services/identity.py:84</extracomment>
        <translation>ИИН {iin}: контрольная цифра не совпадает</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIN {iin}: {date} is not a real date</source>
        <extracomment>kzpk_desktop/services/identity.py:151</extracomment>
        <translation>ИИН {iin}: {date} — несуществующая дата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIN {value} is also in row(s) {rows} of the file.</source>
        <extracomment>kzpk_desktop/services/import_match.py:147</extracomment>
        <translation>ИИН {value} есть также в строках файла: {rows}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service number {value} is also in row(s) {rows} of the file.</source>
        <extracomment>kzpk_desktop/services/import_match.py:148</extracomment>
        <translation>Личный номер {value} есть также в строках файла: {rows}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport {value} is also in row(s) {rows} of the file.</source>
        <extracomment>kzpk_desktop/services/import_match.py:149</extracomment>
        <translation>Паспорт {value} есть также в строках файла: {rows}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service number {value} already belongs to {who} (IIN {iin}).</source>
        <extracomment>kzpk_desktop/services/import_match.py:172</extracomment>
        <translation>Личный номер {value} уже принадлежит военнослужащему {who} (ИИН {iin}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport {value} is already recorded for {who} (IIN {iin}).</source>
        <extracomment>kzpk_desktop/services/import_match.py:174</extracomment>
        <translation>Паспорт {value} уже записан за военнослужащим {who} (ИИН {iin}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A position needs a unit: fill in the unit too.</source>
        <extracomment>kzpk_desktop/services/import_match.py:187</extracomment>
        <translation>Для должности нужно подразделение: заполните и подразделение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} (IIN {iin}) is already recorded and this row would change: {columns}. Choose to update existing servicemen to save the changes.</source>
        <extracomment>kzpk_desktop/services/import_match.py:205</extracomment>
        <translation>{who} (ИИН {iin}) уже есть в базе, и эта строка изменит: {columns}. Чтобы сохранить изменения, выберите обновление военнослужащих, уже внесённых в базу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import cancelled; nothing was saved.</source>
        <extracomment>kzpk_desktop/services/import_model.py:27</extracomment>
        <translation>Импорт отменён; ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown rank &apos;{value}&apos;: write it as in the rank list (in Kazakh, Russian or English).</source>
        <extracomment>kzpk_desktop/services/import_rows.py:99</extracomment>
        <translation>Неизвестное звание «{value}»: напишите его как в списке званий (на казахском, русском или английском).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown unit &apos;{value}&apos;: no unit has this name. Add the unit first or correct the name.</source>
        <extracomment>kzpk_desktop/services/import_rows.py:114</extracomment>
        <translation>Неизвестное подразделение «{value}»: подразделения с таким названием нет. Сначала добавьте подразделение или исправьте название.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{unit} was retired on {date}; it takes no new members or sub-units.</source>
        <extracomment>kzpk_desktop/services/import_rows.py:118</extracomment>
        <translation>{unit} расформировано {date}; новые назначения и подчинённые подразделения в него невозможны.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; names {count} units ({paths}); write the unit&apos;s full path instead.</source>
        <extracomment>kzpk_desktop/services/import_rows.py:122</extracomment>
        <translation>«{value}» — так называются подразделения ({count}): {paths}; укажите полный путь подразделения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too long: {length} characters, at most {max}.</source>
        <extracomment>kzpk_desktop/services/import_rows.py:164</extracomment>
        <translation>Слишком длинно: {length} символов, допускается не более {max}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a sex: write М or Ж (Ер or Әйел, M or F).</source>
        <extracomment>kzpk_desktop/services/import_rows.py:182</extracomment>
        <translation>«{value}» — не пол: напишите М или Ж (Ер или Әйел, M или F).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} was saved by someone else after the preview; nothing was imported. Preview the file again.</source>
        <extracomment>kzpk_desktop/services/import_write.py:110</extracomment>
        <translation>{value}: запись сохранил другой пользователь после предварительного просмотра; ничего не импортировано. Просмотрите файл снова.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotation {rotation} is completed; its roster is closed.</source>
        <extracomment>kzpk_desktop/services/importer.py:85</extracomment>
        <translation>Ротация {rotation} завершена; её список закрыт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet &apos;{sheet}&apos; of {file} has no column for: {columns}. Add the column (the import template has every header) and import again.</source>
        <extracomment>kzpk_desktop/services/importer.py:136</extracomment>
        <translation>На листе «{sheet}» файла {file} нет столбцов: {columns}. Добавьте столбец (в шаблоне импорта есть все заголовки) и импортируйте снова.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} of {total} rows were refused; nothing was imported. Correct them (the error report lists each one) or import only the valid rows.</source>
        <extracomment>kzpk_desktop/services/importer.py:176</extracomment>
        <translation>Отклонено строк: {count} из {total}; ничего не импортировано. Исправьте их (каждая указана в отчёте об ошибках) или импортируйте только верные строки.</translation>
    </message>
    <message>
        <location line="-852"/>
        <source>Rows refused by the import</source>
        <extracomment>kzpk_desktop/exports/import_files.py:152</extracomment>
        <translation>Строки, отклонённые при импорте</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File {file}, sheet &apos;{sheet}&apos;: {count} rows refused.</source>
        <extracomment>kzpk_desktop/exports/import_files.py:153</extracomment>
        <translation>Файл {file}, лист «{sheet}»: отклонено строк: {count}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row in the file</source>
        <extracomment>kzpk_desktop/exports/import_files.py:156</extracomment>
        <translation>Строка в файле</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it was refused</source>
        <extracomment>kzpk_desktop/exports/import_files.py:156</extracomment>
        <translation>Причина отказа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown language &apos;{lang}&apos;: choose kk, ru or en.</source>
        <extracomment>kzpk_desktop/exports/import_files.py:163</extracomment>
        <translation>Неизвестный язык «{lang}»: выберите kk, ru или en.</translation>
    </message>
    <message>
        <location line="+864"/>
        <source>Acronym is required.</source>
        <extracomment>kzpk_desktop/services/missions.py:66</extracomment>
        <translation>Укажите сокращённое название.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acronym may hold only Latin capitals, digits and &apos;-&apos; (2-20).</source>
        <extracomment>kzpk_desktop/services/missions.py:68</extracomment>
        <translation>Сокращённое название может содержать только заглавные латинские буквы, цифры и «-» (от 2 до 20 символов).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mission {acronym} already exists.</source>
        <extracomment>kzpk_desktop/services/missions.py:72</extracomment>
        <translation>Миссия {acronym} уже есть.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English name is required.</source>
        <extracomment>kzpk_desktop/services/missions.py:74</extracomment>
        <translation>Укажите название на английском.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host country is required.</source>
        <extracomment>kzpk_desktop/services/missions.py:76</extracomment>
        <translation>Укажите страну пребывания.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO3 code must be three Latin letters.</source>
        <extracomment>kzpk_desktop/services/missions.py:78</extracomment>
        <translation>Код ISO3 должен состоять из трёх латинских букв.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mission cannot end before it starts.</source>
        <extracomment>kzpk_desktop/services/missions.py:80</extracomment>
        <translation>Миссия не может закончиться раньше, чем началась.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown mission status &apos;{status}&apos;.</source>
        <extracomment>kzpk_desktop/services/missions.py:82</extracomment>
        <translation>Неизвестный статус миссии «{status}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mission no longer exists.</source>
        <extracomment>kzpk_desktop/services/missions.py:116</extracomment>
        <translation>Миссии больше нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No mission with acronym {acronym}.</source>
        <extracomment>kzpk_desktop/services/missions.py:136</extracomment>
        <translation>Миссии с сокращённым названием {acronym} нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose either a rotation or a mission.</source>
        <extracomment>kzpk_desktop/services/overview.py:51</extracomment>
        <translation>Выберите ротацию или миссию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file is damaged ({detail}).</source>
        <extracomment>kzpk_desktop/services/recovery.py:31</extracomment>
        <translation>Файл базы данных повреждён ({detail}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file is damaged: {detail}</source>
        <extracomment>kzpk_desktop/services/recovery.py:78</extracomment>
        <translation>Файл базы данных повреждён: {detail}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no backup file at {path}.</source>
        <extracomment>kzpk_desktop/services/recovery.py:137</extracomment>
        <translation>Файла резервной копии {path} нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a backup, not the database itself.</source>
        <extracomment>kzpk_desktop/services/recovery.py:139</extracomment>
        <translation>Выберите резервную копию, а не саму базу данных.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a SQLite database file can be restored from a backup; restore a PostgreSQL server with its own tools.</source>
        <extracomment>kzpk_desktop/services/recovery.py:197</extracomment>
        <translation>Из резервной копии восстанавливается только файл SQLite; сервер PostgreSQL восстанавливайте его средствами.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup does not open with this database&apos;s passphrase, or it is not a KZPK backup.</source>
        <extracomment>kzpk_desktop/services/recovery.py:215</extracomment>
        <translation>Резервная копия не открывается паролем шифрования этой базы или не является копией KZPK.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup is not a readable database ({detail}).</source>
        <extracomment>kzpk_desktop/services/recovery.py:217</extracomment>
        <translation>Резервная копия не является читаемой базой данных ({detail}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup is damaged ({detail}); choose another.</source>
        <extracomment>kzpk_desktop/services/recovery.py:220</extracomment>
        <translation>Резервная копия повреждена ({detail}); выберите другую.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup cannot be used: {detail}</source>
        <extracomment>kzpk_desktop/services/recovery.py:229</extracomment>
        <translation>Резервную копию нельзя использовать: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not a KZPK Desktop backup.</source>
        <extracomment>kzpk_desktop/services/recovery.py:234</extracomment>
        <translation>Файл не является резервной копией KZPK Desktop.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>There is no serviceman with IIN {iin}.</source>
        <extracomment>kzpk_desktop/services/reports/card.py:72</extracomment>
        <translation>Военнослужащего с ИИН {iin} нет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give either a rotation or a mission for the nominal roll.</source>
        <extracomment>kzpk_desktop/services/reports/roll.py:134</extracomment>
        <translation>Укажите для именного списка ротацию или миссию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no rotation with id {id}.</source>
        <extracomment>kzpk_desktop/services/reports/roll.py:139</extracomment>
        <translation>Ротации с id {id} нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date {day} is in the future; a status change takes effect on or before today ({today}).</source>
        <extracomment>kzpk_desktop/services/roster_history.py:51</extracomment>
        <translation>Дата {day} ещё не наступила; изменение статуса вступает в силу не позднее сегодняшнего дня ({today}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nominated</source>
        <extracomment>kzpk_desktop/services/roster_status.py:17</extracomment>
        <translation>выдвинут</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved</source>
        <extracomment>kzpk_desktop/services/roster_status.py:18</extracomment>
        <translation>утверждён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deployed</source>
        <extracomment>kzpk_desktop/services/roster_status.py:19</extracomment>
        <translation>в миссии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repatriated</source>
        <extracomment>kzpk_desktop/services/roster_status.py:20</extracomment>
        <translation>досрочно возвращён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>completed</source>
        <extracomment>kzpk_desktop/services/roster_status.py:21</extracomment>
        <translation>завершено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withdrawn</source>
        <extracomment>kzpk_desktop/services/roster_status.py:22</extracomment>
        <translation>отозван</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown personnel category &apos;{code}&apos;.</source>
        <extracomment>kzpk_desktop/services/rosters.py:110</extracomment>
        <translation>Неизвестная категория персонала «{code}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit no longer exists.</source>
        <extracomment>kzpk_desktop/services/rosters.py:139</extracomment>
        <translation>Подразделения больше нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit has no current members to nominate.</source>
        <extracomment>kzpk_desktop/services/rosters.py:150</extracomment>
        <translation>В подразделении сейчас нет личного состава для выдвижения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} (IIN {iin}) is already on the roster of {rotation} (status: {status}).</source>
        <extracomment>kzpk_desktop/services/rosters.py:180</extracomment>
        <translation>{who} (ИИН {iin}) уже есть в списке ротации {rotation} (статус: {status}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown roster status &apos;{status}&apos;.</source>
        <extracomment>kzpk_desktop/services/rosters.py:226</extracomment>
        <translation>Неизвестный статус в списке ротации «{status}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who}: the status cannot change from {old} to {new}.</source>
        <extracomment>kzpk_desktop/services/rosters.py:230</extracomment>
        <translation>{who}: статус нельзя изменить с «{old}» на «{new}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the reason for the early repatriation.</source>
        <extracomment>kzpk_desktop/services/rosters.py:265</extracomment>
        <translation>Укажите причину досрочного возвращения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the date of the early repatriation.</source>
        <extracomment>kzpk_desktop/services/rosters.py:268</extracomment>
        <translation>Укажите дату досрочного возвращения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision {decision} was adopted on {adopted}; nobody can be approved under it before that day ({day}).</source>
        <extracomment>kzpk_desktop/services/rosters.py:286</extracomment>
        <translation>Решение {decision} принято {adopted}; до этого дня ({day}) по нему никого нельзя утвердить.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a supervisor may approve over failed document rules; {actor} is signed in as {role}.</source>
        <extracomment>kzpk_desktop/services/rosters.py:307</extracomment>
        <translation>Утвердить при невыполненных требованиях к документам может только руководитель; пользователь {actor} вошёл с ролью «{role}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the reason for approving despite the failed rules.</source>
        <extracomment>kzpk_desktop/services/rosters.py:310</extracomment>
        <translation>Напишите причину утверждения, несмотря на невыполненные требования.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{text} The {rule} rule cannot be overridden.</source>
        <extracomment>kzpk_desktop/services/rosters.py:303</extracomment>
        <translation>{text} Исключение из требования «{rule}» невозможно.</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>The database file is damaged ({detail}); nothing was written. Restore a backup: File &gt; Restore from a backup, or &apos;kzpk restore FILE&apos;.</source>
        <extracomment>kzpk_desktop/services/intact.py:20</extracomment>
        <translation>Файл базы данных повреждён ({detail}); ничего не записано. Восстановите резервную копию: Файл &gt; Восстановить из резервной копии или &apos;kzpk restore ФАЙЛ&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The schema was not changed: the role &apos;{user}&apos; may not change it ({detail}). Run &apos;kzpk migrate&apos; as the role that owns the schema.</source>
        <extracomment>kzpk_desktop/services/migration.py:67</extracomment>
        <translation>Схема не изменена: роли &apos;{user}&apos; нельзя её менять ({detail}). Выполните &apos;kzpk migrate&apos; от имени роли-владельца схемы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The schema was not changed: the upgrade failed ({detail}).</source>
        <extracomment>kzpk_desktop/services/migration.py:71</extracomment>
        <translation>Схема не изменена: обновление не удалось ({detail}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pg_dump copies a PostgreSQL database; a SQLite file is copied by &apos;kzpk backup&apos; (and before every upgrade).</source>
        <extracomment>kzpk_desktop/services/migration.py:123</extracomment>
        <translation>pg_dump копирует базу данных PostgreSQL; файл SQLite копирует &apos;kzpk backup&apos; (и каждое обновление перед началом).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pg_dump is not installed on this computer (Debian: apt-get install postgresql-client); install it or run it on the server, then migrate without --pg-dump.</source>
        <extracomment>kzpk_desktop/services/migration.py:127</extracomment>
        <translation>pg_dump не установлен на этом компьютере (Debian: apt-get install postgresql-client); установите его или выполните его на сервере, затем обновите без --pg-dump.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pg_dump failed, so nothing was changed: {detail}</source>
        <extracomment>kzpk_desktop/services/migration.py:152</extracomment>
        <translation>pg_dump завершился с ошибкой, поэтому ничего не изменено: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{role}&apos; is not a plain role name (letters, digits and _).</source>
        <extracomment>kzpk_desktop/services/migration.py:193</extracomment>
        <translation>&apos;{role}&apos; — не простое имя роли (буквы, цифры и _).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles are a PostgreSQL server&apos;s; a SQLite file has none.</source>
        <extracomment>kzpk_desktop/services/migration.py:218</extracomment>
        <translation>Роли есть у сервера PostgreSQL; у файла SQLite их нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no role &apos;{role}&apos; on the server: create it first (CREATE ROLE {role} LOGIN PASSWORD &apos;...&apos;).</source>
        <extracomment>kzpk_desktop/services/migration.py:224</extracomment>
        <translation>На сервере нет роли &apos;{role}&apos;: сначала создайте её (CREATE ROLE {role} LOGIN PASSWORD &apos;...&apos;).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The backup&apos;s audit trail is broken ({detail}; {n} problem(s) in all): it was changed outside KZPK Desktop. Choose another backup; an administrator may restore it anyway with &apos;kzpk restore --force&apos; (recorded in the audit trail).</source>
        <extracomment>kzpk_desktop/services/recovery.py:107</extracomment>
        <translation>Журнал аудита резервной копии нарушен ({detail}; всего проблем: {n}): её изменяли вне KZPK Desktop. Выберите другую копию; администратор может всё же восстановить её командой &apos;kzpk restore --force&apos; (это записывается в журнал аудита).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <extracomment>kzpk_desktop/services/reports/participation.py:57</extracomment>
        <translation>Период заканчивается ({end}) раньше, чем начинается ({start}).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This database is field office {office}: only the ministry {what}. Record here what happened on the ground (deployed, repatriated, completed); it reaches the ministry with the next package.</source>
        <extracomment>kzpk_desktop/services/roster_status.py:35</extracomment>
        <translation>Эта база данных — полевой офис {office}: только министерство {what}. Отмечайте здесь то, что произошло на месте (прибыл, досрочно возвращён, завершил); это попадёт в министерство со следующим пакетом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nominates people for a rotation</source>
        <extracomment>kzpk_desktop/services/roster_status.py:51</extracomment>
        <translation>выдвигает людей в ротацию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approves roster entries</source>
        <extracomment>kzpk_desktop/services/roster_status.py:52</extracomment>
        <translation>утверждает записи списка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withdraws roster entries</source>
        <extracomment>kzpk_desktop/services/roster_status.py:53</extracomment>
        <translation>отзывает записи списка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the English appointment in Latin letters (it is printed on the UN roll).</source>
        <extracomment>kzpk_desktop/services/rosters.py:96</extracomment>
        <translation>Напишите должность на английском латинскими буквами (она печатается в списке ООН).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A supervisor may approve despite the document rules ({rules}) with a written reason.</source>
        <extracomment>kzpk_desktop/services/rosters.py:319</extracomment>
        <translation>Руководитель может утвердить, несмотря на требования к документам ({rules}), указав причину письменно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody may override: {rules}.</source>
        <extracomment>kzpk_desktop/services/rosters.py:323</extracomment>
        <translation>Исключения невозможны: {rules}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date {day} is before the arrival on {arrival}.</source>
        <extracomment>kzpk_desktop/services/rosters.py:331</extracomment>
        <translation>Дата {day} раньше даты прибытия {arrival}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The category can change only while the entry is nominated (it decides which rules apply).</source>
        <extracomment>kzpk_desktop/services/rosters.py:356</extracomment>
        <translation>Категорию можно изменить только пока запись в статусе «Выдвинут» (от категории зависят применяемые требования).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Departure ({departure}) is before arrival ({arrival}).</source>
        <extracomment>kzpk_desktop/services/rosters.py:360</extracomment>
        <translation>Убытие ({departure}) раньше прибытия ({arrival}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The UN index number is too long (40 characters at most).</source>
        <extracomment>kzpk_desktop/services/rosters.py:366</extracomment>
        <translation>Индексный номер ООН слишком длинный (не более 40 символов).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody with IIN {iin} is on the roster of {rotation}.</source>
        <extracomment>kzpk_desktop/services/rosters.py:396</extracomment>
        <translation>В списке ротации {rotation} нет человека с ИИН {iin}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The roster entry no longer exists (removed by someone else?).</source>
        <extracomment>kzpk_desktop/services/rosters.py:404</extracomment>
        <translation>Записи в списке ротации больше нет (удалена другим пользователем?).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the mission.</source>
        <extracomment>kzpk_desktop/services/rotations.py:66</extracomment>
        <translation>Выберите миссию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotation number is required.</source>
        <extracomment>kzpk_desktop/services/rotations.py:68</extracomment>
        <translation>Укажите номер ротации.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotation number must be 1 or more.</source>
        <extracomment>kzpk_desktop/services/rotations.py:70</extracomment>
        <translation>Номер ротации должен быть не меньше 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{mission} already has a rotation number {number}.</source>
        <extracomment>kzpk_desktop/services/rotations.py:75</extracomment>
        <translation>У миссии {mission} уже есть ротация № {number}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotation name is required.</source>
        <extracomment>kzpk_desktop/services/rotations.py:78</extracomment>
        <translation>Укажите название ротации.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the Parliament decision the rotation rests on.</source>
        <extracomment>kzpk_desktop/services/rotations.py:81</extracomment>
        <translation>Выберите постановление Парламента, на основании которого проводится ротация.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision {number} was superseded by decision {newer}; plan new rotations on the newer one.</source>
        <extracomment>kzpk_desktop/services/rotations.py:86</extracomment>
        <translation>Постановление {number} заменено постановлением {newer}; планируйте новые ротации на основании нового.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision {number} sets no ceiling for {mission}; choose a decision that covers the mission.</source>
        <extracomment>kzpk_desktop/services/rotations.py:92</extracomment>
        <translation>Постановление {number} не устанавливает квоту для {mission}; выберите постановление, которое охватывает эту миссию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned start is required.</source>
        <extracomment>kzpk_desktop/services/rotations.py:96</extracomment>
        <translation>Укажите плановое начало.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned end is required.</source>
        <extracomment>kzpk_desktop/services/rotations.py:98</extracomment>
        <translation>Укажите плановое окончание.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The planned end ({end}) is before the planned start ({start}).</source>
        <extracomment>kzpk_desktop/services/rotations.py:100</extracomment>
        <translation>Плановое окончание ({end}) раньше планового начала ({start}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the actual start before the actual end.</source>
        <extracomment>kzpk_desktop/services/rotations.py:103</extracomment>
        <translation>Сначала укажите фактическое начало, потом фактическое окончание.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The actual end ({end}) is before the actual start ({start}).</source>
        <extracomment>kzpk_desktop/services/rotations.py:105</extracomment>
        <translation>Фактическое окончание ({end}) раньше фактического начала ({start}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown rotation status &apos;{status}&apos;.</source>
        <extracomment>kzpk_desktop/services/rotations.py:108</extracomment>
        <translation>Неизвестный статус ротации «{status}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rotation already has a roster; its mission cannot change.</source>
        <extracomment>kzpk_desktop/services/rotations.py:112</extracomment>
        <translation>У ротации уже есть список; её миссию изменить нельзя.</translation>
    </message>
    <message>
        <location line="-914"/>
        <source>IIN</source>
        <extracomment>kzpk_desktop/services/audit_words.py:100</extracomment>
        <translation>ИИН</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service number</source>
        <extracomment>kzpk_desktop/services/audit_words.py:100</extracomment>
        <translation>Личный номер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surname</source>
        <extracomment>kzpk_desktop/services/audit_words.py:100</extracomment>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given name</source>
        <extracomment>kzpk_desktop/services/audit_words.py:101</extracomment>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+780"/>
        <source>The unit it refers to no longer exists.</source>
        <extracomment>kzpk_desktop/services/recycle.py:50</extracomment>
        <translation>Подразделения, на которое ссылается запись, больше нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rotation it refers to no longer exists.</source>
        <extracomment>kzpk_desktop/services/recycle.py:51</extracomment>
        <translation>Ротации, на которую ссылается запись, больше нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rank it refers to no longer exists.</source>
        <extracomment>kzpk_desktop/services/recycle.py:52</extracomment>
        <translation>Воинского звания, на которое ссылается запись, больше нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document kind it refers to no longer exists.</source>
        <extracomment>kzpk_desktop/services/recycle.py:53</extracomment>
        <translation>Вида документа, на который ссылается запись, больше нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The personnel category it refers to no longer exists.</source>
        <extracomment>kzpk_desktop/services/recycle.py:54</extracomment>
        <translation>Категории персонала, на которую ссылается запись, больше нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The serviceman it belongs to no longer exists.</source>
        <extracomment>kzpk_desktop/services/recycle.py:55</extracomment>
        <translation>Военнослужащего, которому принадлежит запись, больше нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A record it refers to no longer exists.</source>
        <extracomment>kzpk_desktop/services/recycle.py:57</extracomment>
        <translation>Записи, на которую она ссылается, больше нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} cannot be restored. {reason}</source>
        <extracomment>kzpk_desktop/services/recycle.py:58</extracomment>
        <translation>{what}: восстановить нельзя. {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The serviceman was deleted as well; restore him first.</source>
        <extracomment>kzpk_desktop/services/recycle.py:59</extracomment>
        <translation>Военнослужащий тоже удалён; сначала восстановите его.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is on file again already.</source>
        <extracomment>kzpk_desktop/services/recycle.py:60</extracomment>
        <translation>Запись уже снова есть в базе.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This item is no longer in the recycle bin (restored by someone else?).</source>
        <extracomment>kzpk_desktop/services/recycle.py:61</extracomment>
        <translation>Этой записи больше нет в корзине (её восстановил другой пользователь?).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role ({role}) may restore only what you deleted yourself; {who} deleted this, so only an administrator may restore it.</source>
        <extracomment>kzpk_desktop/services/recycle.py:63</extracomment>
        <translation>Ваша роль ({role}) позволяет восстанавливать только удалённое вами; это удалил(а) {who}, поэтому восстановить может только администратор.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role ({role}) may not empty the recycle bin; only an administrator may.</source>
        <extracomment>kzpk_desktop/services/recycle.py:65</extracomment>
        <translation>Ваша роль ({role}) не позволяет очищать корзину; это может только администратор.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role ({role}) may not open the recycle bin; only an administrator may.</source>
        <extracomment>kzpk_desktop/services/recycle.py:66</extracomment>
        <translation>Ваша роль ({role}) не позволяет открывать корзину; это может только администратор.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>{label} is required.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:112</extracomment>
        <translation>Заполните поле «{label}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth {entered} does not agree with the IIN, which says {iin_date}.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:124</extracomment>
        <translation>Дата рождения {entered} не совпадает с ИИН: по нему это {iin_date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex does not agree with the IIN (its 7th digit says {sex}).</source>
        <extracomment>kzpk_desktop/services/servicemen.py:129</extracomment>
        <translation>Пол не совпадает с ИИН (по его 7-й цифре пол {sex}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>male</source>
        <extracomment>kzpk_desktop/services/servicemen.py:130</extracomment>
        <translation>мужской</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>female</source>
        <extracomment>kzpk_desktop/services/servicemen.py:130</extracomment>
        <translation>женский</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth is required.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:132</extracomment>
        <translation>Укажите дату рождения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth cannot be in the future.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:134</extracomment>
        <translation>Дата рождения не может быть в будущем.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex must be male or female.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:136</extracomment>
        <translation>Пол должен быть мужской или женский.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use only letters, spaces, hyphens and apostrophes.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:142</extracomment>
        <translation>Допустимы только буквы, пробелы, дефисы и апострофы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the name in Latin letters exactly as in the passport.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:146</extracomment>
        <translation>Напишите имя латиницей точно как в паспорте.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service number may hold only letters, digits, &apos;-&apos; and &apos;/&apos;.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:149</extracomment>
        <translation>Личный номер может содержать только буквы, цифры, «-» и «/».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone number may hold only digits, spaces, &apos;+&apos;, &apos;-&apos; and brackets.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:153</extracomment>
        <translation>Номер телефона может содержать только цифры, пробелы, «+», «-» и скобки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blood group must be one of {groups}.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:155</extracomment>
        <translation>Группа крови должна быть одной из: {groups}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown status &apos;{status}&apos;.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:158</extracomment>
        <translation>Неизвестный статус «{status}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown rank.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:160</extracomment>
        <translation>Неизвестное звание.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date the passport expires.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:166</extracomment>
        <translation>Укажите, до какой даты действителен паспорт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the passport number for these dates.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:168</extracomment>
        <translation>Укажите номер паспорта для этих дат.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passport must expire after the date it was issued.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:170</extracomment>
        <translation>Паспорт должен быть действителен дольше даты выдачи.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another serviceman already has IIN {value}: {who}.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:183</extracomment>
        <translation>ИИН {value} уже есть у другого военнослужащего: {who}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another serviceman already has service number {value}: {who}.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:185</extracomment>
        <translation>Личный номер {value} уже есть у другого военнослужащего: {who}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} was changed by someone else after you opened it. Reload the record to see their changes.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:232</extracomment>
        <translation>Запись «{who}» изменил другой пользователь после того, как вы её открыли. Перечитайте запись, чтобы увидеть его изменения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} was changed by someone else while you were saving. Reload the record to see their changes.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:243</extracomment>
        <translation>Запись «{who}» изменил другой пользователь, пока вы сохраняли. Перечитайте запись, чтобы увидеть его изменения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} was changed by someone else; reload before deleting.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:258</extracomment>
        <translation>Запись «{who}» изменил другой пользователь; перечитайте её перед удалением.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removes people from rosters</source>
        <extracomment>kzpk_desktop/services/servicemen.py:263</extracomment>
        <translation>исключает людей из списков ротаций</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warn about documents expiring within (days)</source>
        <extracomment>kzpk_desktop/services/settings.py:34</extracomment>
        <translation>Предупреждать об истечении документов за (дней)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest attached scan (MB)</source>
        <extracomment>kzpk_desktop/services/settings.py:36</extracomment>
        <translation>Наибольший размер скана (МБ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic backups to keep</source>
        <extracomment>kzpk_desktop/services/settings.py:39</extracomment>
        <translation>Хранить автоматических резервных копий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock the screen after this many idle minutes</source>
        <extracomment>kzpk_desktop/services/settings.py:41</extracomment>
        <translation>Блокировать экран после простоя (минут)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handling marking on reports in Kazakh (empty: none)</source>
        <extracomment>kzpk_desktop/services/settings.py:48</extracomment>
        <translation>Гриф на отчётах на казахском (пусто: без грифа)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handling marking on reports in Russian (empty: none)</source>
        <extracomment>kzpk_desktop/services/settings.py:49</extracomment>
        <translation>Гриф на отчётах на русском (пусто: без грифа)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handling marking on reports in English (empty: none)</source>
        <extracomment>kzpk_desktop/services/settings.py:50</extracomment>
        <translation>Гриф на отчётах на английском (пусто: без грифа)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signs the reports: position</source>
        <extracomment>kzpk_desktop/services/settings.py:55</extracomment>
        <translation>Подписывает отчёты: должность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signs the reports: position, in English</source>
        <extracomment>kzpk_desktop/services/settings.py:57</extracomment>
        <translation>Подписывает отчёты: должность на английском</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signs the reports: rank</source>
        <extracomment>kzpk_desktop/services/settings.py:58</extracomment>
        <translation>Подписывает отчёты: воинское звание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signs the reports: initials and surname</source>
        <extracomment>kzpk_desktop/services/settings.py:60</extracomment>
        <translation>Подписывает отчёты: инициалы и фамилия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a number.</source>
        <extracomment>kzpk_desktop/services/settings.py:85</extracomment>
        <translation>Введите число.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a value from {minimum} to {maximum}.</source>
        <extracomment>kzpk_desktop/services/settings.py:89</extracomment>
        <translation>Введите значение от {minimum} до {maximum}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit events are written by the application only and are never changed or deleted.</source>
        <extracomment>kzpk_desktop/services/tracking.py:40</extracomment>
        <translation>События аудита записывает только программа; они никогда не изменяются и не удаляются.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the name in Kazakh.</source>
        <extracomment>kzpk_desktop/services/units.py:27</extracomment>
        <translation>Введите название на казахском.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the name in Russian.</source>
        <extracomment>kzpk_desktop/services/units.py:27</extracomment>
        <translation>Введите название на русском.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the name in English.</source>
        <extracomment>kzpk_desktop/services/units.py:28</extracomment>
        <translation>Введите название на английском.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long (at most {max} characters).</source>
        <extracomment>kzpk_desktop/services/units.py:224</extracomment>
        <translation>Название слишком длинное (не более {max} символов).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the kind of unit.</source>
        <extracomment>kzpk_desktop/services/units.py:228</extracomment>
        <translation>Выберите род подразделения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown unit kind &apos;{kind}&apos;.</source>
        <extracomment>kzpk_desktop/services/units.py:229</extracomment>
        <translation>Неизвестный род подразделения «{kind}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the level: regiment, battalion, company, platoon or group.</source>
        <extracomment>kzpk_desktop/services/units.py:231</extracomment>
        <translation>Выберите уровень: полк, батальон, рота, взвод или группа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parent unit no longer exists.</source>
        <extracomment>kzpk_desktop/services/units.py:236</extracomment>
        <translation>Вышестоящего подразделения больше нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a unit named {name} at this place in the tree.</source>
        <extracomment>kzpk_desktop/services/units.py:247</extracomment>
        <translation>В этом месте дерева уже есть подразделение «{name}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A unit cannot be placed under itself.</source>
        <extracomment>kzpk_desktop/services/units.py:298</extracomment>
        <translation>Подразделение нельзя поместить в само себя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{unit} cannot be moved under {target}: {target} is one of its own sub-units.</source>
        <extracomment>kzpk_desktop/services/units.py:300</extracomment>
        <translation>{unit} нельзя переместить в {target}: {target} — одно из его подчинённых подразделений.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{unit} was already retired on {date}.</source>
        <extracomment>kzpk_desktop/services/units.py:319</extracomment>
        <translation>{unit} уже расформировано {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{unit} cannot be retired: {count} serviceman(s) are still assigned to it or its sub-units ({units}). Assign them elsewhere first.</source>
        <extracomment>kzpk_desktop/services/units.py:332</extracomment>
        <translation>Подразделение «{unit}» нельзя расформировать: в нём или в подчинённых подразделениях ({units}) ещё числится военнослужащих: {count}. Сначала назначьте их в другие подразделения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} was changed by someone else after you opened it. Reload it to see their changes.</source>
        <extracomment>kzpk_desktop/services/versioning.py:29</extracomment>
        <translation>Запись «{what}» изменил другой пользователь после того, как вы её открыли. Перечитайте её, чтобы увидеть его изменения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} was changed by someone else while you were saving. Reload it to see their changes.</source>
        <extracomment>kzpk_desktop/services/versioning.py:54</extracomment>
        <translation>Запись «{what}» изменил другой пользователь, пока вы сохраняли. Перечитайте её, чтобы увидеть его изменения.</translation>
    </message>
</context>
</TS>
