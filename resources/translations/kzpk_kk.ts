<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>App</name>
    <message>
        <location filename="../../kzpk_desktop/gui/security/startup.py" line="+44"/>
        <source>Cannot open the database</source>
        <translation>Дерекқорды ашу мүмкін емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KZPK Desktop cannot open the database
%1

%2</source>
        <translation>KZPK Desktop дерекқорды аша алмайды
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
        <translation>«%1» немесе одан жоғары рөл қажет.</translation>
    </message>
</context>
<context>
    <name>AssignServicemenDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/units/assign_dialog.py" line="+187"/>
        <source>Assign servicemen to %1</source>
        <translation>Әскери қызметшілерді «%1» бөлімшесіне тағайындау</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n chosen</source>
        <translation>
            <numerusform>%n таңдалды</numerusform>
            <numerusform>%n таңдалды</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentColumns</name>
    <message>
        <location filename="../../kzpk_desktop/gui/units/assignments_tab.py" line="+41"/>
        <source>now</source>
        <extracomment>The unit column&apos;s widest first width: a full path would push the rest out of sight.</extracomment>
        <translation>қазірге дейін</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Лауазым</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order</source>
        <translation>Бұйрық</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order date</source>
        <translation>Бұйрық күні</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/units/assign_dialog.py" line="-109"/>
        <source>Assign</source>
        <translation>Тағайындау</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/assignment_dialog.ui" line="+218"/>
        <source>Only for past service: leave empty for a current assignment</source>
        <translation>Тек бұрынғы қызмет үшін; ағымдағы тағайындау үшін бос қалдырыңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign %1 to a unit</source>
        <translation>Тағайындау: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign to a unit</source>
        <translation>Бөлімшеге тағайындау</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_dialog.ui" line="-204"/>
        <source>Assignment</source>
        <translation>Тағайындау</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Servicemen</source>
        <translation>Әскери қызметшілер</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Add to the list ↓</source>
        <translation>Тізімге &amp;қосу ↓</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the people selected above (Enter does the same)</source>
        <translation>Жоғарыда таңдалғандарды қосу (Enter пернесі де солай істейді)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove from the list</source>
        <translation>Тізімнен &amp;алып тастау</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Unit</source>
        <translation>&amp;Бөлімше</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Position</source>
        <translation>&amp;Лауазым</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;From</source>
        <translation>Бас&amp;тап</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;To</source>
        <translation>&amp;Дейін</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Order number</source>
        <translation>Бұйрық &amp;нөмірі</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Order &amp;date</source>
        <translation>Бұйрық &amp;күні</translation>
    </message>
</context>
<context>
    <name>AssignmentsTab</name>
    <message>
        <location filename="../../kzpk_desktop/gui/units/assignments_tab.py" line="+38"/>
        <source>&amp;Assign to unit…</source>
        <translation>Бөлімшеге &amp;тағайындау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a new assignment; the current one ends the day before it starts</source>
        <translation>Жаңа тағайындауды жазу; ағымдағысы жаңасы басталардан бір күн бұрын аяқталады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Жою…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete an assignment entered by mistake (Edit &gt; Undo delete brings it back)</source>
        <translation>Қателесіп енгізілген тағайындауды жою (Түзету &gt; Жоюды болдырмау оны қайтарады)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the assignment to %1 from %2</source>
        <translation>%2 бастап %1 бөлімшесіне тағайындау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete assignment</source>
        <translation>Тағайындауды жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 of %2?

History is normally ended, not deleted: delete only an assignment entered by mistake.</source>
        <translation>%2: %1 жойылсын ба?

Тарих әдетте жойылмайды, аяқталады: тек қателесіп енгізілген тағайындауды жойыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assignment not deleted</source>
        <translation>Тағайындау жойылмады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignment to %1 deleted.</source>
        <translation>%1 бөлімшесіне тағайындау жойылды.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the new serviceman first; then he or she can be assigned to a unit here.</source>
        <translation>Алдымен жаңа әскери қызметшіні сақтаңыз; содан кейін оны осы жерде бөлімшеге тағайындауға болады.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not assigned to a unit now.</source>
        <translation>Қазір ешбір бөлімшеге тағайындалмаған.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serves in %1 since %2.</source>
        <translation>%2 бастап «%1» бөлімшесінде қызмет етеді.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n assignment(s) on record.</source>
        <translation>
            <numerusform>Барлығы %n тағайындау.</numerusform>
            <numerusform>Барлығы %n тағайындау.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Units not read</source>
        <translation>Бөлімшелер оқылмады</translation>
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
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes</source>
        <translation>Өзгерістер</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Бұрынғы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Мәлімет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <location filename="../../kzpk_desktop/gui/audit/export.py" line="+25"/>
        <source>Export the audit trail</source>
        <translation>Аудит журналын экспорттау</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <location filename="../../kzpk_desktop/gui/audit/labels.py" line="+12"/>
        <source>created</source>
        <translation>құру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>өзгерту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed in</source>
        <translation>кіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed out</source>
        <translation>шығу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign-in refused</source>
        <translation>кіруден бас тарту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import</source>
        <translation>импорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export</source>
        <translation>экспорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rule overridden</source>
        <translation>ережеден ерекшелік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>demo data</source>
        <translation>демо-деректер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restored</source>
        <translation>қалпына келтіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backup made</source>
        <translation>сақтық көшірме жасалды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database encrypted</source>
        <translation>дерекқор шифрланды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database decrypted</source>
        <translation>дерекқордың шифры алынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schema upgraded</source>
        <translation>схема жаңартылды</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>serviceman</source>
        <extracomment>Table names of audited records -&gt; what the user calls them.</extracomment>
        <translation>әскери қызметші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document</source>
        <translation>құжат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document scan</source>
        <translation>құжаттың скан-көшірмесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assignment</source>
        <translation>тағайындау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>бөлімше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rotation</source>
        <translation>ротация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roster entry</source>
        <translation>ротация тізіміндегі жазба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roster status history</source>
        <translation>ротация тізіміндегі жазба мәртебелерінің тарихы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parliament decision</source>
        <translation>Парламент шешімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mission ceiling</source>
        <translation>миссия бойынша шекті сан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mission</source>
        <translation>миссия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rank</source>
        <translation>әскери атақ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit kind</source>
        <translation>бөлімше түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document kind</source>
        <translation>құжат түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>personnel category</source>
        <translation>персонал санаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user account</source>
        <translation>есептік жазба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>setting</source>
        <translation>баптау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recycle bin item</source>
        <translation>себеттегі жазба</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../kzpk_desktop/gui/audit/page.py" line="+101"/>
        <source>anyone</source>
        <translation>кез келген</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any action</source>
        <translation>кез келген әрекет</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>any record</source>
        <translation>кез келген жазба</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>record uid, or any text in the changes</source>
        <translation>жазбаның UID-і немесе өзгерістердегі кез келген мәтін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Тазарту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From:</source>
        <translation>Бастап:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to:</source>
        <translation>дейін:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User:</source>
        <translation>Пайдаланушы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action:</source>
        <translation>Әрекет:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record:</source>
        <translation>Жазба:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the events found to an Excel workbook</source>
        <translation>Табылған оқиғаларды Excel кітабына сақтау</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit trail is for supervisors and administrators.</source>
        <translation>Аудит журналы басшылар мен әкімшілерге арналған.</translation>
    </message>
    <message numerus="yes">
        <location line="+113"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n оқиға</numerusform>
            <numerusform>%n оқиға</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusinessSettingsDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/settings_dialog.py" line="+45"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These settings apply to every workstation that works on this database. Only an administrator may change them.</source>
        <extracomment>What the last successful OK stored (key -&gt; value).</extracomment>
        <translation>Бұл баптаулар осы дерекқормен жұмыс істейтін барлық жұмыс орындарында қолданылады. Оларды тек әкімші өзгерте алады.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This workstation</source>
        <extracomment>The interface language of this user on this workstation (not a database setting); None when the dialog was opened without one.</extracomment>
        <translation>Осы жұмыс орны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language of the interface</source>
        <translation>&amp;Интерфейс тілі</translation>
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
        <translation>Шекті сан</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Type the number of people the decision allows in %1; leave empty if it does not cover the mission.</source>
        <translation>Шешім %1 миссиясына рұқсат ететін адам санын енгізіңіз; шешім бұл миссияны қамтымаса, бос қалдырыңыз.</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../kzpk_desktop/gui/widgets/list_header.py" line="+144"/>
        <source>Columns</source>
        <extracomment>A title is wrapped onto at most this many lines. Pixels kept free beside the title (rounding of text widths, the style&apos;s frame). The clerk asked for the column chooser (right click) at this global position.</extracomment>
        <translation>Бағандар</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore defaults</source>
        <translation>Әдепкі күйге қайтару</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every column shown, in the first order and widths</source>
        <translation>Барлық бағандарды бастапқы ретімен және енімен көрсету</translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <location filename="../../kzpk_desktop/gui/security/idle_lock.py" line="+104"/>
        <source>KZPK Desktop is locked</source>
        <translation>KZPK Desktop құлыпталған</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/planning/decision_dialog.py" line="+56"/>
        <source>Everyone the decision allows, all missions together</source>
        <translation>Шешім рұқсат ететін адамдардың жалпы саны, барлық миссиялар бірге</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New Parliament decision</source>
        <translation>Жаңа Парламент шешімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parliament decision %1</source>
        <translation>Парламент шешімі %1</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="+14"/>
        <source>Parliament decision</source>
        <translation>Парламент шешімі</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Number</source>
        <translation>&amp;Нөмірі</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. 52-VIII</source>
        <translation>мысалы, 52-VIII</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Date</source>
        <translation>&amp;Күні</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Title</source>
        <translation>&amp;Атауы</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Title in &amp;Kazakh</source>
        <translation>Атауы &amp;қазақша</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>optional: for the reports in Kazakh</source>
        <translation>міндетті емес: қазақ тіліндегі есептер үшін</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title in &amp;English</source>
        <translation>Атауы &amp;ағылшынша</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>optional: for the reports in English</source>
        <translation>міндетті емес: ағылшын тіліндегі есептер үшін</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overall &amp;ceiling</source>
        <translation>Жалпы &amp;шекті сан</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Period &amp;from</source>
        <translation>Кезеңнің &amp;басы</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Period t&amp;o</source>
        <translation>Кезеңнің &amp;соңы</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>N&amp;otes</source>
        <translation>&amp;Ескертпелер</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Ceilings per &amp;mission (leave empty for missions the decision does not cover)</source>
        <translation>&amp;Миссиялар бойынша шекті сандар (шешім қамтымайтын миссиялар үшін бос қалдырыңыз)</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <location filename="../../kzpk_desktop/gui/planning/decisions_page.py" line="+97"/>
        <source>New decision…</source>
        <translation>Жаңа шешім…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the decision as recorded (Enter)</source>
        <translation>Жазылған шешімді түзету (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supersede…</source>
        <translation>Ауыстыру…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A later decision replaces this one (a change in numbers needs a new decision)</source>
        <translation>Бұл шешімді кейінгі шешім ауыстырады (санды өзгерту үшін жаңа шешім қажет)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Find by number, title or mission (Ctrl+F)</source>
        <translation>Нөмірі, атауы немесе миссиясы бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the list as shown (search, order, columns) to an Excel or CSV file (Ctrl+E)</source>
        <translation>Тізімді көрсетілгендей (іздеу, реті, бағандар) Excel немесе CSV файлына сақтау (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No Parliament decision is recorded. Enter the decision that allows the deployment: its number, date, period and ceilings.</source>
        <translation>Парламенттің бірде-бір қаулысы енгізілмеген. Жіберуге рұқсат беретін қаулыны енгізіңіз: нөмірі, күні, мерзімі және шекті саны.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a decision…</source>
        <translation>Қаулыны енгізу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No decision matches the search.</source>
        <translation>Іздеуге бірде-бір қаулы сәйкес келмейді.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parliament decisions</source>
        <translation>Парламент қаулылары</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n шешім</numerusform>
            <numerusform>%n шешім</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%2 ішінен %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Decision not read</source>
        <translation>Қаулы оқылмады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision not found</source>
        <translation>Шешім табылмады</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Missions not read</source>
        <translation>Миссиялар оқылмады</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Decision saved.</source>
        <translation>Шешім сақталды.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Supersede decision %1</source>
        <translation>%1 шешімін ауыстыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the later decision first (New decision), then supersede this one with it.</source>
        <translation>Алдымен кейінгі шешімді жазыңыз (Жаңа шешім), содан кейін осы шешімді сонымен ауыстырыңыз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not superseded</source>
        <translation>Ауыстырылмады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision %1 superseded.</source>
        <translation>%1 шешімі ауыстырылды.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decision %1 of %2</source>
        <translation>%2 жылғы %1 шешім</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overall ceiling: %1</source>
        <translation>Жалпы шекті сан: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>period: %1</source>
        <translation>кезең: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>superseded by decision %1</source>
        <translation>%1 шешімімен ауыстырылған</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ceilings per mission: %1</source>
        <translation>Миссиялар бойынша шекті сандар: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotations resting on it: %1</source>
        <translation>Осы шешімге негізделген ротациялар: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rotation rests on it yet.</source>
        <translation>Бұл шешімге әзірге бірде-бір ротация негізделмеген.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message numerus="yes">
        <location filename="../../kzpk_desktop/gui/demo.py" line="+16"/>
        <source>Creating demo data for %n serviceman(s)…</source>
        <translation>
            <numerusform>%n әскери қызметші үшін демо-деректер жасалуда…</numerusform>
            <numerusform>%n әскери қызметші үшін демо-деректер жасалуда…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>Demo data</source>
        <translation>Демо-деректер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo data could not be created: %1</source>
        <translation>Демо-деректерді жасау мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>DocumentColumns</name>
    <message>
        <location filename="../../kzpk_desktop/gui/documents/model.py" line="+45"/>
        <source>History</source>
        <translation>Мұрағат</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replaced by a newer document of this kind; kept as history.</source>
        <translation>Осы түрдегі жаңарақ құжатпен ауыстырылған; мұрағатта сақталады.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2); Open scan shows it</source>
        <translation>%1 (%2); «Скан-көшірмені ашу» батырмасы оны көрсетеді</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Expires</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issued</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued by</source>
        <translation>Кім берген</translation>
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
        <translation>Жаңа құжат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document %1</source>
        <translation>Құжат %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This kind of document expires: the date is required.</source>
        <translation>Бұл түрдегі құжаттың жарамдылық мерзімі бар: күні міндетті түрде көрсетіледі.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave empty if the document does not expire.</source>
        <translation>Құжат мерзімсіз болса, бос қалдырыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/document_dialog.ui" line="+14"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Kind</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Number</source>
        <translation>&amp;Нөмірі</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Issued on</source>
        <translation>&amp;Берілген күні</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>E&amp;xpires on</source>
        <translation>&amp;Жарамдылық мерзімі</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Issued &amp;by</source>
        <translation>Кім бе&amp;рген</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>authority that issued it</source>
        <translation>құжатты берген орган</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>N&amp;otes</source>
        <translation>&amp;Ескертпелер</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../kzpk_desktop/gui/documents/tab.py" line="+66"/>
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a document (a renewed one moves the old one to history)</source>
        <translation>Құжат қосу (жаңартылған құжат ескісін мұрағатқа көшіреді)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected document</source>
        <translation>Таңдалған құжатты өзгерту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Жою…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected document and its scan</source>
        <translation>Таңдалған құжатты скан-көшірмесімен бірге жою</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach s&amp;can…</source>
        <translation>Скан-көшірмені &amp;тіркеу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach a PDF, PNG or JPEG scan to the selected document</source>
        <translation>Таңдалған құжатқа PDF, PNG немесе JPEG скан-көшірмесін тіркеу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open scan</source>
        <translation>Скан-көшірмені &amp;ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the scan in the system&apos;s viewer</source>
        <translation>Скан-көшірмені жүйенің қарау бағдарламасында ашу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove sca&amp;n…</source>
        <translation>Скан-көшірмені жо&amp;ю…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the scan, keep the document</source>
        <translation>Скан-көшірмені жою, құжатты қалдыру</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Save the new serviceman first; then his or her documents can be added here.</source>
        <translation>Алдымен жаңа әскери қызметшіні сақтаңыз; содан кейін оның құжаттарын осы жерде қосуға болады.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The documents could not be read; Refresh (F5) tries again.</source>
        <translation>Құжаттарды оқу мүмкін болмады; «Жаңарту» (F5) қайта көреді.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n current document(s)</source>
        <translation>
            <numerusform>%n қолданыстағы құжат</numerusform>
            <numerusform>%n қолданыстағы құжат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n in history</source>
        <translation>
            <numerusform>%n мұрағатта</numerusform>
            <numerusform>%n мұрағатта</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Warning window: %n day(s).</source>
        <translation>
            <numerusform>Ескерту мерзімі: %n күн.</numerusform>
            <numerusform>Ескерту мерзімі: %n күн.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Document not found</source>
        <translation>Құжат табылмады</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove %1 %2 of %3?</source>
        <translation>%1 %2 (%3) жойылсын ба?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its scan %1 is removed too.</source>
        <translation>Оның %1 скан-көшірмесі де жойылады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The newest remaining document of this kind becomes current.</source>
        <translation>Осы түрдегі қалған құжаттардың ең жаңасы қолданыстағы құжат болады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove document</source>
        <translation>Құжатты жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+24"/>
        <location line="+54"/>
        <source>Keep</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Document not removed</source>
        <translation>Құжат жойылмады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document %1 %2 removed.</source>
        <translation>«%1» құжаты %2 жойылды.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replace scan</source>
        <translation>Скан-көшірмені ауыстыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already has the scan %2. Replace it?</source>
        <translation>%1 құжатында %2 скан-көшірмесі бар. Оны ауыстыру керек пе?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace</source>
        <translation>Ауыстыру</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <source>Scan not attached</source>
        <translation>Скан-көшірме тіркелмеді</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No scan</source>
        <translation>Скан-көшірме жоқ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The scan is no longer stored (removed by someone else?).</source>
        <translation>Скан-көшірме енді сақталмайды (оны басқа пайдаланушы жойған болуы мүмкін).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No program on this computer opens %1: install a PDF and image viewer (or ask your administrator to), then open the scan again.</source>
        <translation>Бұл компьютерде %1 файлын ашатын бағдарлама жоқ: PDF пен суреттерді қарау бағдарламасын орнатыңыз (немесе әкімшіден сұраңыз), содан кейін сканерді қайта ашыңыз.</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+12"/>
        <location line="+4"/>
        <source>Cannot open the scan</source>
        <translation>Скан-көшірмені ашу мүмкін емес</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove scan</source>
        <translation>Скан-көшірмені жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the scan %1 of %2? The document stays.</source>
        <translation>%2 құжатының %1 скан-көшірмесі жойылсын ба? Құжаттың өзі қалады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scan not removed</source>
        <translation>Скан-көшірме жойылмады</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/rosters/entry_dialog.py" line="+39"/>
        <source>Roster entry: %1</source>
        <translation>Ротация тізіміндегі жазба: %1</translation>
    </message>
    <message>
        <location filename="../../ui/entry_dialog.ui" line="+14"/>
        <source>Roster entry</source>
        <translation>Ротация тізіміндегі жазба</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Category</source>
        <translation>&amp;Санат</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Appointment</source>
        <translation>Миссиядағы &amp;лауазым</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>post in the mission</source>
        <translation>миссиядағы лауазым</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Appointment in &amp;English</source>
        <translation>Лауазымы &amp;ағылшынша</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>as the UN nominal roll prints it, e.g. Platoon commander</source>
        <translation>БҰҰ атаулы тізіміндегідей, мысалы Platoon commander</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latin letters only; left empty, the English roll translates the appointment where it knows it and transliterates it otherwise</source>
        <translation>Тек латын әріптерімен; бос болса, ағылшынша тізім лауазымды белгілі болса аударады, әйтпесе транслитерациялайды</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Sub-unit</source>
        <translation>&amp;Бөлімше</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A&amp;rrival</source>
        <translation>Миссияға &amp;келуі</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Departure</source>
        <translation>Миссиядан к&amp;етуі</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;UN index number</source>
        <translation>БҰҰ &amp;индекс нөмірі</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>issued on arrival</source>
        <translation>келген кезде беріледі</translation>
    </message>
</context>
<context>
    <name>EventDetails</name>
    <message>
        <location filename="../../kzpk_desktop/gui/audit/page.py" line="-185"/>
        <source>Choose an event to see what it changed.</source>
        <translation>Не өзгергенін көру үшін оқиғаны таңдаңыз.</translation>
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
        <translation>министрлік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field office</source>
        <translation>далалық кеңсе</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>never</source>
        <translation>ешқашан</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>none yet</source>
        <translation>әлі жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. %1, %2</source>
        <translation>№ %1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office</source>
        <translation>Кеңсе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint</source>
        <translation>Саусақ ізі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last package sent</source>
        <translation>Соңғы жіберілген пакет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last package received</source>
        <translation>Соңғы алынған пакет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged by it</source>
        <translation>Ол растаған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To send</source>
        <translation>Жіберуге</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes waiting</source>
        <translation>өзгерістер күтуде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>ештеңе</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>both changed</source>
        <extracomment>What kind of conflict it is, by its case (services.exchange.conflict_words).</extracomment>
        <translation>екі жақ та өзгертті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two status moves</source>
        <translation>мәртебенің екі өзгерісі</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>edited and deleted</source>
        <translation>өзгертілді және жойылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added for a deleted person</source>
        <translation>жойылған адамға қосылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted, but in use here</source>
        <translation>жойылды, бірақ мұнда толықтырылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same person?</source>
        <translation>сол адам ба?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict</source>
        <translation>Қайшылық</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mine</source>
        <translation>Менікі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mine: by, when</source>
        <translation>Менікі: кім, қашан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theirs</source>
        <translation>Олардікі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theirs: by, when</source>
        <translation>Олардікі: кім, қашан</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../kzpk_desktop/gui/exchange/page.py" line="+106"/>
        <location line="+129"/>
        <source>Set up this office…</source>
        <translation>Осы кеңсені баптау…</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Save this office&apos;s card…</source>
        <translation>Осы кеңсенің картасын сақтау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust an office&apos;s card…</source>
        <translation>Кеңсе картасына сену…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This office</source>
        <translation>Осы кеңсе</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export a package to the office…</source>
        <translation>Кеңсеге пакет экспорттау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a package…</source>
        <translation>Пакетті импорттау…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offices this office exchanges with</source>
        <translation>Осы кеңсе алмасатын кеңселер</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+109"/>
        <source>Keep mine</source>
        <translation>Менікін қалдыру</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+109"/>
        <source>Keep theirs</source>
        <translation>Олардікін қалдыру</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Open conflicts</source>
        <translation>Ашық қайшылықтар</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This database is not an office yet. An administrator sets it up once; then it can exchange packages.</source>
        <translation>Бұл дерекқор әлі кеңсе емес. Әкімші оны бір рет баптайды; содан кейін ол пакеттермен алмаса алады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Office %1 (%2): %3</source>
        <translation>%1 кеңсесі (%2): %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint: %1</source>
        <translation>Саусақ ізі: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database is a copy or a restored backup: it sends nothing until an administrator enrols it again under a new code.</source>
        <translation>Бұл дерекқор — көшірме немесе қалпына келтірілген резервтік көшірме: әкімші оны жаңа кодпен қайта тіркемейінше, ол ештеңе жібермейді.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enrol again…</source>
        <translation>Қайта тіркеу…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n conflict(s) to decide: each keeps one side, and the decision travels to the other offices.</source>
        <translation>
            <numerusform>%n қайшылықты шешу керек: әрқайсысында бір жақ қалады, ал шешім басқа кеңселерге жіберіледі.</numerusform>
            <numerusform>%n қайшылықты шешу керек: әрқайсысында бір жақ қалады, ал шешім басқа кеңселерге жіберіледі.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n record(s) held for the ministry&apos;s decision.</source>
        <translation>
            <numerusform>%n жазба министрліктің шешімін күтуде.</numerusform>
            <numerusform>%n жазба министрліктің шешімін күтуде.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No open conflicts.</source>
        <translation>Ашық қайшылықтар жоқ.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a conflict to see what happened and what each decision will do.</source>
        <translation>Не болғанын және әр шешім неге әкелетінін көру үшін қайшылықты таңдаңыз.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Office %1 set up; fingerprint %2.</source>
        <translation>%1 кеңсесі бапталды; саусақ ізі %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save this office&apos;s card</source>
        <translation>Осы кеңсенің картасын сақтау</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Office cards (*.json)</source>
        <translation>Кеңсе карталары (*.json)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Card saved: %1. Read the fingerprint %2 to the other office when it trusts the card.</source>
        <translation>Карта сақталды: %1. Басқа кеңсе картаға сенгенде, оған %2 саусақ ізін оқып беріңіз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trust an office&apos;s card</source>
        <translation>Кеңсе картасына сену</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office cards (*.json);;All files (*)</source>
        <translation>Кеңсе карталары (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trust office %1 (%2, %3)?

Its fingerprint is %4. Read it to that office over the phone: trust the card only if it is the same there.</source>
        <translation>%1 кеңсесіне (%2, %3) сенесіз бе?

Оның саусақ ізі: %4. Оны сол кеңсемен телефон арқылы салыстырыңыз: онда да дәл сондай болса ғана картаға сеніңіз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trust</source>
        <translation>Сену</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Office %1 trusted.</source>
        <translation>%1 кеңсесіне сенім білдірілді.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export a package to %1</source>
        <translation>%1 үшін пакет экспорттау</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KZPK packages (*.kzpk)</source>
        <translation>KZPK пакеттері (*.kzpk)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gathering everything %1 has not acknowledged…</source>
        <translation>%1 әлі растамаған барлығы жиналуда…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Package No. %1 for %2 written: %3 (%4 records, %5 KiB).</source>
        <translation>%2 үшін № %1 пакет жазылды: %3 (жазбалар: %4, %5 КиБ).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n scan(s) did not fit and follow in the next package.</source>
        <translation>
            <numerusform>%n скан сыймады, ол келесі пакетпен жіберіледі.</numerusform>
            <numerusform>%n скан сыймады, олар келесі пакетпен жіберіледі.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a package</source>
        <translation>Пакетті импорттау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KZPK packages (*.kzpk);;All files (*)</source>
        <translation>KZPK пакеттері (*.kzpk);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the package and trying it out…</source>
        <translation>Пакет тексеріліп, сынап қолданылуда…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Importing the package…</source>
        <translation>Пакет импортталуда…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Импорт тоқтатылды; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Package No. %1 from %2 imported.</source>
        <translation>%2 жіберген № %1 пакет импортталды.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Package No. %1 from %2 was imported before; nothing changed.</source>
        <translation>%2 жіберген № %1 пакет бұрын импортталған; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package No. %1 from %2 is older than one already imported, which carried everything in it; nothing changed.</source>
        <translation>%2 жіберген № %1 пакет бұрын импортталған пакеттен ескі, ал ол оның бәрін қамтыған; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decide a conflict</source>
        <translation>Қайшылықты шешу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conflict decided: %1.</source>
        <translation>Қайшылық шешілді: %1.</translation>
    </message>
</context>
<context>
    <name>ExchangeSummary</name>
    <message>
        <location filename="../../kzpk_desktop/gui/exchange/dialogs.py" line="+33"/>
        <source>Added</source>
        <translation>Қосылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Өзгертілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scans: %1</source>
        <translation>Скандар: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit events of the office: %1</source>
        <translation>Кеңсенің аудит журналы оқиғалары: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged as the same person</source>
        <translation>Бір адам ретінде біріктірілді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts to decide</source>
        <translation>Шешілетін қайшылықтар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held for the ministry</source>
        <translation>Министрліктің шешімін күтуде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceiling overrun</source>
        <translation>Шекті саннан асу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing changed.</source>
        <translation>Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing new.</source>
        <translation>Жаңа ештеңе жоқ.</translation>
    </message>
</context>
<context>
    <name>ExpiringColumns</name>
    <message>
        <location filename="../../kzpk_desktop/gui/documents/expiring_page.py" line="+42"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank</source>
        <translation>Әскери атақ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serviceman</source>
        <translation>Әскери қызметші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
</context>
<context>
    <name>ExpiringPage</name>
    <message>
        <location line="+27"/>
        <source>Documents that have expired are always listed; this adds those that expire within so many days.</source>
        <extracomment>The day the list is counted from (None: today); tests fix it.</extracomment>
        <translation>Мерзімі өткен құжаттар әрқашан көрсетіледі; мұнда мерзімі қанша күн ішінде өтетін құжаттарды қосу керектігі беріледі.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired or expiring &amp;within</source>
        <translation>Мерзімі өткен немесе &amp;алдағы</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>days</source>
        <translation>күн ішінде өтетін</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Save the list as shown to an Excel or CSV file (Ctrl+E)</source>
        <translation>Тізімді көрсетілгендей Excel немесе CSV файлына сақтау (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Current documents only (replaced ones are history); discharged servicemen are left out. Double-click a row to open the record.</source>
        <translation>Тек қолданыстағы құжаттар (ауыстырылғандары мұрағатта); әскери қызметтен босатылғандар көрсетілмейді. Жазбаны ашу үшін жолды екі рет басыңыз.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>All documents</source>
        <translation>Барлық құжаттар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All units</source>
        <translation>Барлық бөлімшелер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All rotations</source>
        <translation>Барлық ротациялар</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln құжат</numerusform>
            <numerusform>%Ln құжат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Expired or expiring within %n day(s)</source>
        <translation>
            <numerusform>Мерзімі өткен немесе %n күн ішінде өтетін</numerusform>
            <numerusform>Мерзімі өткен немесе %n күн ішінде өтетін</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Expiring documents</source>
        <translation>Мерзімі өтетін құжаттар</translation>
    </message>
</context>
<context>
    <name>ExpiryNotice</name>
    <message>
        <location filename="../../kzpk_desktop/gui/expiry_notice.py" line="+28"/>
        <source>Hide this notice</source>
        <extracomment>The clerk clicked &quot;show&quot;: open the expiring-documents area.</extracomment>
        <translation>Бұл хабарламаны жасыру</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n document(s) expired or expire</source>
        <translation>
            <numerusform>%n құжаттың мерзімі өтті немесе өтеді</numerusform>
            <numerusform>%n құжаттың мерзімі өтті немесе өтеді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>within %n day(s)</source>
        <translation>
            <numerusform>(%n күн ішінде)</numerusform>
            <numerusform>(%n күн ішінде)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>show</source>
        <translation>көрсету</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the list of expiring documents</source>
        <translation>Мерзімі өтетін құжаттар тізімін ашу</translation>
    </message>
</context>
<context>
    <name>ExpiryStatus</name>
    <message>
        <location filename="../../kzpk_desktop/gui/documents/status.py" line="+26"/>
        <source>Expired</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring</source>
        <translation>Мерзімі өтуде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>Жарамды</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At least one current document has expired.</source>
        <extracomment>What a serviceman&apos;s badge means (the worst of his current documents).</extracomment>
        <translation>Кемінде бір қолданыстағы құжаттың мерзімі өтіп кеткен.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A current document expires within the warning window.</source>
        <translation>Қолданыстағы құжаттың мерзімі ескерту мерзімі ішінде өтеді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All current documents are valid beyond the warning window.</source>
        <translation>Барлық қолданыстағы құжаттар ескерту мерзімінен кейін де жарамды.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Documents:</source>
        <translation>Құжаттар:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The mark beside a name and in the Documents column: the worst of the person&apos;s current documents</source>
        <translation>Тегінің жанындағы және «Құжаттар» бағанындағы белгі: адамның қолданыстағы құжаттарының ең нашар күйі</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>%n күн бұрын өткен</numerusform>
            <numerusform>%n күн бұрын өткен</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expires today</source>
        <translation>бүгін өтеді</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n күннен кейін</numerusform>
            <numerusform>%n күннен кейін</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../kzpk_desktop/gui/exporting.py" line="+66"/>
        <source>Excel workbook (*.xlsx)</source>
        <extracomment>build(session, path, user, progress) -&gt; the path written (one of exports.reports). The report&apos;s name in the audit trail and the CLI (&quot;nominal-roll&quot;, &quot;servicemen-list&quot;). Translated; the title of the progress dialog and of the messages. Parameters recorded in the audit trail with the file name.</extracomment>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV, UTF-8 with BOM (*.csv)</source>
        <translation>CSV, BOM белгісі бар UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Writing %1…</source>
        <translation>%1 жазылуда…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved as %1
in the folder %2</source>
        <translation>%1 ретінде сақталды
%2 қалтасында</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open file</source>
        <translation>Файлды ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open folder</source>
        <translation>Қалтаны ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file was not written.</source>
        <translation>Файл жазылмады.</translation>
    </message>
    <message>
        <location filename="../../kzpk_desktop/gui/list_export.py" line="+62"/>
        <source>Export %1</source>
        <extracomment>rows(session) -&gt; the list&apos;s rows as cell tuples, in the columns&apos; order. Average character width in pixels of a table&apos;s font: column pixels -&gt; sheet widths. Rows of a paged list read per query when it is exported.</extracomment>
        <translation>Экспорт: %1</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../kzpk_desktop/gui/security/file_actions.py" line="+46"/>
        <location line="+43"/>
        <location line="+5"/>
        <source>Back up the database</source>
        <translation>Дерекқордың сақтық көшірмесі</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>KZPK backups (*.sqlite)</source>
        <translation>KZPK сақтық көшірмелері (*.sqlite)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This could not be written to the audit trail: %1</source>
        <translation>Мұны аудит журналына жазу мүмкін болмады: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copying the database to %1…</source>
        <translation>Дерекқор %1 ішіне көшірілуде…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup was not made.</source>
        <translation>Сақтық көшірме жасалмады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup is written and its integrity is verified:
%1</source>
        <translation>Сақтық көшірме жазылды, оның тұтастығы тексерілді:
%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup written: %1</source>
        <translation>Сақтық көшірме жазылды: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The daily automatic backup failed: %1</source>
        <translation>Күнделікті автоматты сақтық көшірме жасалмады: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily backup written: %1</source>
        <translation>Күнделікті сақтық көшірме жазылды: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the database with the backup
%1?

The current database file is not deleted: it is kept aside under a new name, shown when the restore is done. Changes made after the backup was taken are not in it. The window closes and opens again on the restored database.</source>
        <translation>Дерекқорды мына сақтық көшірмемен ауыстыру керек пе:
%1?

Ағымдағы дерекқор файлы жойылмайды: ол жаңа атпен қатар сақталады, бұл ат қалпына келтіру аяқталғанда көрсетіледі. Сақтық көшірме жасалғаннан кейін енгізілген өзгерістер онда жоқ. Терезе жабылып, қалпына келтірілген дерекқормен қайта ашылады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <source>Encrypt the database</source>
        <translation>Дерекқорды шифрлау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypting %1…</source>
        <translation>%1 шифрлануда…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database file is encrypted. It opens only with the passphrase.</source>
        <translation>Дерекқор файлы шифрланды. Ол тек шифрлау құпиясөзімен ашылады.</translation>
    </message>
    <message numerus="yes">
        <location line="-142"/>
        <source>%n backup(s) made before now in %1 are not encrypted: move them somewhere safe or delete them.</source>
        <translation>
            <numerusform>%1 ішінде бұрын жасалған %n сақтық көшірме шифрланбаған: оларды қауіпсіз жерге көшіріңіз немесе жойыңыз.</numerusform>
            <numerusform>%1 ішінде бұрын жасалған %n сақтық көшірме шифрланбаған: оларды қауіпсіз жерге көшіріңіз немесе жойыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+157"/>
        <source>The database file will be stored without encryption: anyone who can read the file can read the records. Enter the passphrase to confirm.</source>
        <translation>Дерекқор файлы шифрсыз сақталады: файлды оқи алатын кез келген адам жазбаларды да оқи алады. Растау үшін шифрлау құпиясөзін енгізіңіз.</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+7"/>
        <source>Decrypt the database</source>
        <translation>Дерекқордың шифрын ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decrypting %1…</source>
        <translation>%1 шифры ашылуда…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file is no longer encrypted.</source>
        <translation>Дерекқор файлы енді шифрланбаған.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was changed.</source>
        <translation>Ештеңе өзгертілмеді.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../kzpk_desktop/gui/importing/file_page.py" line="+52"/>
        <source>Choose the file</source>
        <extracomment>&quot;Download template…&quot; was pressed: the headers&apos; language (kk, ru or en).</extracomment>
        <translation>Файлды таңдаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An Excel list of servicemen (.xlsx or .xlsm): a header row with the column names, then one serviceman per row.</source>
        <translation>Әскери қызметшілердің Excel тізімі (.xlsx немесе .xlsm): бағандар атаулары бар тақырып жолы, одан кейін әр жолда бір әскери қызметші.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Path of the workbook</source>
        <translation>Жұмыс кітабының жолы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sheet to read; by default the first sheet that has data</source>
        <translation>Оқылатын парақ; әдепкі бойынша деректері бар бірінші парақ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Update servicemen already on record</source>
        <translation>Есепте бар әскери қызметшілерді &amp;жаңарту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A row whose IIN, service number or passport number is already recorded updates that serviceman. Unticked, such a row is refused and reported.</source>
        <translation>ЖСН, жеке нөмірі немесе төлқұжат нөмірі бұрыннан жазылған жол сол әскери қызметшіні жаңартады. Белгі қойылмаса, мұндай жол қабылданбайды және есепте көрсетіледі.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Skip invalid rows: import the valid ones and report the rest</source>
        <translation>Қате жолдарды &amp;өткізіп жіберу: дұрыстарын импорттап, қалғандарын есепке шығару</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unticked, the import is all or nothing: a single refused row and nothing is imported.</source>
        <translation>Белгі қойылмаса, импорт «бәрі немесе ештеңе» қағидасымен жүреді: бір жол қабылданбаса, ештеңе импортталмайды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not nominate</source>
        <translation>Ұсынбау</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also nominate everyone imported to this rotation&apos;s roster</source>
        <translation>Импортталған барлық адамды осы ротацияның тізіміне де ұсыну</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The UN personnel category of the nominations</source>
        <translation>Ұсынылатындардың БҰҰ персонал санаты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Ағылшын тілі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The language of the template&apos;s headers</source>
        <translation>Үлгі тақырыптарының тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download &amp;template…</source>
        <translation>&amp;Үлгіні жүктеп алу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save an empty workbook with every column the import reads, to fill in and import</source>
        <translation>Импорт оқитын барлық бағандары бар бос кітапты толтырып, импорттау үшін сақтау</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;heet:</source>
        <translation>&amp;Парақ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Options</source>
        <translation>Параметрлер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Nominate to rotation:</source>
        <translation>Ротацияға &amp;ұсыну:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation>&amp;Санат:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No list yet? Start from the import template, headers in:</source>
        <translation>Тізім әлі жоқ па? Импорт үлгісінен бастаңыз, тақырыптар тілі:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first sheet with data</source>
        <translation>Деректері бар бірінші парақ</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Import servicemen from</source>
        <translation>Әскери қызметшілерді импорттау көзі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx *.xlsm)</source>
        <translation>Excel кітаптары (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>FirstAccountDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/security/first_account.py" line="+60"/>
        <source>First start — KZPK Desktop</source>
        <extracomment>The service&apos;s field names -&gt; this dialog&apos;s error labels. done() code when the user chose another language: ``ask`` opens the dialog again.</extracomment>
        <translation>Алғашқы іске қосу — KZPK Desktop</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This database has no user accounts yet. Create the administrator&apos;s account: you will sign in with it, and add the other users under Tools &gt; Users.</source>
        <extracomment>Someone else created the first account meanwhile: sign in instead.</extracomment>
        <translation>Бұл дерекқорда әлі есептік жазбалар жоқ. Әкімшінің есептік жазбасын жасаңыз: сіз онымен кіресіз, ал басқа пайдаланушыларды «Сервис &gt; Пайдаланушылар» мәзірінде қосасыз.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>It must not be the user name. Nobody can read it back, not even an administrator.</source>
        <translation>Құпиясөз пайдаланушы атымен бірдей болмауы керек. Оны ешкім, тіпті әкімші де оқи алмайды.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Full name:</source>
        <translation>Аты-&amp;жөні:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Repeat the password:</source>
        <translation>Құпиясөзді қ&amp;айталаңыз:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+39"/>
        <source>Create and sign in</source>
        <translation>Жасау және кіру</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+37"/>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Welcome to KZPK Desktop</source>
        <translation>KZPK Desktop-қа қош келдіңіз</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Creating the account…</source>
        <translation>Есептік жазба жасалуда…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Құпиясөздер сәйкес емес; бір құпиясөзді екі рет теріңіз.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../kzpk_desktop/gui/importing/model.py" line="+48"/>
        <source>Create</source>
        <extracomment>A cell the import refuses: strong enough to find in a long sheet. The other cells of a refused row. A value an update will write over the one on record.</extracomment>
        <translation>Құру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Өзгеріссіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new serviceman will be added.</source>
        <translation>Жаңа әскери қызметші қосылады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The serviceman on record will be updated; the shaded cells replace the values on record.</source>
        <translation>Есептегі әскери қызметші жаңартылады; боялған ұяшықтар есептегі мәндерді ауыстырады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The serviceman is already on record with these values; nothing changes.</source>
        <translation>Әскери қызметші осы мәндермен есепте бар; ештеңе өзгермейді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This row will not be imported:</source>
        <translation>Бұл жол импортталмайды:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Row</source>
        <extracomment>The leading columns; the sheet&apos;s own columns follow them.</extracomment>
        <translation>Жол</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The row&apos;s number as Excel shows it</source>
        <translation>Жолдың Excel көрсететін нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the import will do with the row</source>
        <translation>Импорт бұл жолмен не істейді</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasons</source>
        <translation>Себептері</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why a row is refused or what to check</source>
        <translation>Жолдың неге қабылданбағаны немесе нені тексеру керегі</translation>
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
        <translation>Әскери қызметшілерді импорттау</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Reading %1…</source>
        <translation>%1 оқылуда…</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Importing %Ln row(s)…</source>
        <translation>
            <numerusform>%Ln жол импортталуда…</numerusform>
            <numerusform>%Ln жол импортталуда…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import cancelled; nothing was saved.</source>
        <translation>Импорт тоқтатылды; ештеңе сақталмады.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was saved. Go Back and press Next to check the file again.</source>
        <translation>Ештеңе сақталмады. Файлды қайта тексеру үшін «Артқа» батырмасын, содан кейін «Келесі» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file cannot be read: %1.</source>
        <translation>Файлды оқу мүмкін емес: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save error report</source>
        <translation>Қателер есебін сақтау</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save import template</source>
        <translation>Импорт үлгісін сақтау</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file was not written.</source>
        <translation>Файл жазылмады.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../kzpk_desktop/gui/language.py" line="+57"/>
        <source>Language of the interface</source>
        <extracomment>Each language by its own name, in the order offered.</extracomment>
        <translation>Интерфейс тілі</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../kzpk_desktop/gui/widgets/list_page.py" line="+205"/>
        <source>Export…</source>
        <extracomment>Pause after a column is dragged wider or moved before the layout is remembered. Change kinds (``ops.changes``) after which the list reads itself again. The list&apos;s name in the settings (its remembered columns). Its name in the export&apos;s file name and audit trail (default: ``LIST_NAME``).</extracomment>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the list as shown (filters, order, columns) to an Excel or CSV file (Ctrl+E)</source>
        <translation>Тізімді көрсетілгендей (сүзгілер, реті, бағандар) Excel немесе CSV файлына сақтау (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Search: %1</source>
        <translation>Іздеу: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The list is exported.</source>
        <translation>Тізім экспортталды.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../kzpk_desktop/gui/security/idle_lock.py" line="+32"/>
        <source>Locked — KZPK Desktop</source>
        <translation>Құлыпталған — KZPK Desktop</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>KZPK Desktop was locked after a time without use. %1 is signed in; enter the password to go on where you left off.</source>
        <translation>KZPK Desktop біраз уақыт пайдаланылмағандықтан құлыпталды. %1 жүйеге кірген; тоқтаған жерден жалғастыру үшін құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>Unlock</source>
        <translation>Құлыптан шығару</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Sign out…</source>
        <translation>Жүйеден шығу…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Locked</source>
        <translation>Құлыпталған</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unlocking…</source>
        <translation>Құлыптан шығарылуда…</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+3"/>
        <source>Sign out</source>
        <translation>Жүйеден шығу</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Sign %1 out? Changes they have not saved are discarded.</source>
        <translation>%1 жүйеден шығарылсын ба? Ол сақтамаған өзгерістер жойылады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/security/signin.py" line="+306"/>
        <source>Sign in — KZPK Desktop</source>
        <translation>Кіру — KZPK Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing in…</source>
        <translation>Кіру орындалуда…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>KZPK Desktop</source>
        <translation>KZPK Desktop</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter your user name and password.</source>
        <translation>Пайдаланушы атын және құпиясөзді енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kzpk_desktop/gui/main_window.py" line="+90"/>
        <source>The database this window works on</source>
        <extracomment>The navigation pane is never narrower than this, even for short titles. The first size of the window, within the screen (see ``fit_to_screen``). A failure stays on the status bar longer: the clerk must have time to read it. The user chose another interface language (the session rebuilds the window in it).</extracomment>
        <translation>Осы терезе жұмыс істейтін дерекқор</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection to the database is back.</source>
        <translation>Дерекқормен байланыс қалпына келді.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>&amp;New</source>
        <translation>&amp;Құру</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+126"/>
        <source>Add a new record</source>
        <translation>Жаңа жазба қосу</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the record</source>
        <translation>Жазбаны сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Жою…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the record</source>
        <translation>Жазбаны жою</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+119"/>
        <source>Search the list</source>
        <translation>Тізімнен іздеу</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>&amp;Refresh</source>
        <translation>Ж&amp;аңарту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the list again</source>
        <translation>Тізімді қайта оқу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export list…</source>
        <translation>Тізімді &amp;экспорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the list as shown (search, filters, order) to an Excel or CSV file</source>
        <translation>Тізімді көрсетілгендей (іздеу, сүзгілер, реті) Excel немесе CSV файлына сақтау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print preview…</source>
        <translation>Ба&amp;спа алдында қарау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pages of the report as they will print</source>
        <translation>Есептің беттері басылып шығатын күйінде</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import servicemen…</source>
        <translation>Әскери қызметшілерді &amp;импорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add or update servicemen from an Excel list, after a preview</source>
        <translation>Алдын ала қарап шыққаннан кейін әскери қызметшілерді Excel тізімінен қосу немесе жаңарту</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>Ш&amp;ығу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the application</source>
        <translation>Қолданбаны жабу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings shared by every workstation on this database</source>
        <translation>Осы дерекқордағы барлық жұмыс орындарына ортақ баптаулар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About KZPK Desktop</source>
        <translation>KZPK Desktop &amp;туралы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version and database</source>
        <translation>Нұсқасы және дерекқор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Columns…</source>
        <translation>&amp;Бағандар…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the columns the list shows; right-click a column header too</source>
        <translation>Тізім көрсететін бағандарды таңдау; баған тақырыбын тінтуірдің оң жағымен басу да болады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернелер тіркесімдері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keys of the window&apos;s commands</source>
        <translation>Терезе командаларының пернелері</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recycle &amp;bin…</source>
        <translation>&amp;Себет…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted servicemen, documents and assignments, to restore</source>
        <translation>Жойылған әскери қызметшілер, құжаттар мен тағайындаулар — қалпына келтіру үшін</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record</source>
        <translation>&amp;Жазба</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tools</source>
        <translation>&amp;Сервис</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Түр</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main toolbar</source>
        <translation>Негізгі құралдар тақтасы</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>About KZPK Desktop</source>
        <translation>KZPK Desktop туралы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;KZPK Desktop&lt;/b&gt; %1&lt;br&gt;Records and paperwork for Kazakhstan&apos;s UN peacekeeping contingents.&lt;br&gt;&lt;br&gt;Database: %2</source>
        <translation>&lt;b&gt;KZPK Desktop&lt;/b&gt; %1&lt;br&gt;Қазақстанның БҰҰ бітімгершілік контингенттерінің жеке құрамын есепке алу және құжаттары.&lt;br&gt;&lt;br&gt;Дерекқор: %2</translation>
    </message>
</context>
<context>
    <name>MemberColumns</name>
    <message>
        <location filename="../../kzpk_desktop/gui/units/members.py" line="+34"/>
        <source>officers</source>
        <extracomment>The members list in the settings (its remembered columns).</extracomment>
        <translation>офицер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NCOs</source>
        <translation>сержант</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enlisted</source>
        <translation>қатардағы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no rank recorded</source>
        <translation>әскери атағы жазылмаған</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rank</source>
        <translation>Әскери атақ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serviceman</source>
        <translation>Әскери қызметші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service number</source>
        <translation>Жеке нөмірі</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Speciality</source>
        <translation>Мамандығы</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Sub-unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Лауазым</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>Бұйрық</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(not recorded)</source>
        <translation>(жазылмаған)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People</source>
        <translation>Адам</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <location line="+23"/>
        <source>Include sub-units</source>
        <extracomment>Double-click or Enter on a member: open his or her record.</extracomment>
        <translation>Бағынысты бөлімшелерді қоса</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Assign servicemen…</source>
        <translation>Әскери қызметшілерді &amp;тағайындау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign several servicemen to this unit with one order</source>
        <translation>Осы бөлімшеге бірнеше әскери қызметшіні бір бұйрықпен тағайындау</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Strength</source>
        <translation>Жеке құрам саны</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose a unit in the tree</source>
        <translation>Ағаштан бөлімшені таңдаңыз</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>retired on %1</source>
        <translation>%1 күні таратылған</translation>
    </message>
    <message numerus="yes">
        <location line="-62"/>
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln адам</numerusform>
            <numerusform>%Ln адам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+88"/>
        <source>Strength: %n</source>
        <translation>
            <numerusform>Жеке құрам саны: %n</numerusform>
            <numerusform>Жеке құрам саны: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/planning/mission_dialog.py" line="+44"/>
        <source>New mission</source>
        <extracomment>The notes column&apos;s width; the service does not check it and SQLite would not refuse.</extracomment>
        <translation>Жаңа миссия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mission %1</source>
        <translation>Миссия %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Notes may hold at most %1 characters.</source>
        <translation>Ескертпелер тым ұзын (ең көбі %1 таңба).</translation>
    </message>
    <message>
        <location filename="../../ui/mission_dialog.ui" line="+14"/>
        <source>Mission</source>
        <translation>Миссия</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Acronym</source>
        <translation>&amp;Қысқартылған атауы</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. UNIFIL</source>
        <translation>мысалы, UNIFIL</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name in &amp;English</source>
        <translation>&amp;Ағылшынша атауы</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Name in &amp;Russian</source>
        <translation>&amp;Орысша атауы</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Name in &amp;Kazakh</source>
        <translation>Қа&amp;зақша атауы</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Host country in English</source>
        <translation>Орналасқан &amp;ел (ағылшынша)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Host &amp;country in Russian</source>
        <translation>Орналасқан ел (ор&amp;ысша)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Host country in Ka&amp;zakh</source>
        <translation>Орналасқан ел (қаза&amp;қша)</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>A name or host country left empty in Kazakh or Russian is shown in English.</source>
        <translation>Қазақша немесе орысша толтырылмаған атау мен орналасқан ел ағылшынша көрсетіледі.</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>&amp;ISO3 code</source>
        <translation>&amp;ISO3 коды</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. LBN</source>
        <translation>мысалы, LBN</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Start</source>
        <translation>&amp;Басталуы</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>E&amp;nd</source>
        <translation>Аяқ&amp;талуы</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>S&amp;tatus</source>
        <translation>Мә&amp;ртебесі</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>N&amp;otes</source>
        <translation>Ескерт&amp;пелер</translation>
    </message>
</context>
<context>
    <name>MissionsPage</name>
    <message>
        <location filename="../../kzpk_desktop/gui/planning/missions_page.py" line="+69"/>
        <source>New mission…</source>
        <translation>Жаңа миссия…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit mission…</source>
        <translation>Миссияны өзгерту…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or double-click on a mission</source>
        <translation>Немесе миссияны екі рет шертіңіз</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New rotation…</source>
        <translation>Жаңа ротация…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit rotation…</source>
        <translation>Ротацияны өзгерту…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the roster</source>
        <translation>Тізімді ашу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter or double-click on a rotation</source>
        <translation>Ротацияда Enter пернесін басыңыз немесе оны екі рет шертіңіз</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No rotation of this mission yet. Create one: its number, the Parliament decision it is sent under and its planned dates; then nominate people.</source>
        <translation>Бұл миссияның әлі ротациясы жоқ. Ротация құрыңыз: оның нөмірі, жіберілетін Парламент қаулысы және жоспарлы күндері; содан кейін адамдарды ұсыныңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a rotation…</source>
        <translation>Ротация құру…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Missions and rotations</source>
        <translation>Миссиялар мен ротациялар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roster</source>
        <translation>Тізім</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Missions</source>
        <translation>Миссиялар</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Rotations of %1</source>
        <translation>%1 ротациялары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotations</source>
        <translation>Ротациялар</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Mission not read</source>
        <translation>Миссия оқылмады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mission not found</source>
        <translation>Миссия табылмады</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Mission saved.</source>
        <translation>Миссия сақталды.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Roster %1</source>
        <translation>Тізім: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Rotation not read</source>
        <translation>Ротация оқылмады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotation not found</source>
        <translation>Ротация табылмады</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decisions not read</source>
        <translation>Қаулылар оқылмады</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rotation saved.</source>
        <translation>Ротация сақталды.</translation>
    </message>
</context>
<context>
    <name>MoveUnitDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/units/unit_dialogs.py" line="+86"/>
        <source>Move %1</source>
        <translation>Орнын ауыстыру: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move to the top of the tree (no parent unit)</source>
        <translation>Ағаштың түбіріне (жоғары тұрған бөлімшесіз)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The unit moves with all its sub-units; assignments stay as they are.</source>
        <translation>Бөлімше барлық бағынысты бөлімшелерімен бірге ауыстырылады; тағайындаулар өзгермейді.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move</source>
        <translation>Ауыстыру</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move under:</source>
        <translation>Қайда ауыстыру:</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/security/passphrase.py" line="+140"/>
        <source>Encrypt the database</source>
        <translation>Дерекқорды шифрлау</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From now on the database file can only be opened with this passphrase: by this program, by a backup restored from it, by anyone. Keep it safe; a lost passphrase cannot be recovered, the data would be lost with it.

The window closes and reopens the database; backups made before now stay unencrypted.</source>
        <translation>Бұдан былай дерекқор файлы тек осы шифрлау құпиясөзімен ашылады: осы бағдарламада да, одан қалпына келтірілген сақтық көшірмеде де, кез келген адамға да. Оны сенімді сақтаңыз: жоғалған құпиясөзді қалпына келтіру мүмкін емес, онымен бірге деректер де жоғалады.

Терезе жабылып, дерекқорды қайта ашады; бұрын жасалған сақтық көшірмелер шифрланбаған күйде қалады.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Passphrase:</source>
        <translation>Шифрлау &amp;құпиясөзі:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat it:</source>
        <translation>Оны қ&amp;айталаңыз:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypt</source>
        <translation>Шифрлау</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The two passphrases differ; type the same passphrase twice.</source>
        <translation>Құпиясөздер сәйкес емес; бір шифрлау құпиясөзін екі рет теріңіз.</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/exchange/dialogs.py" line="+49"/>
        <source>Enrol this office again</source>
        <translation>Осы кеңсені қайта тіркеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up this office</source>
        <translation>Осы кеңсені баптау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example MOD or FIELD-UNIFIL</source>
        <translation>мысалы, MOD немесе FIELD-UNIFIL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the ministry&apos;s database</source>
        <translation>Бұл министрліктің дерекқоры</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code:</source>
        <translation>Коды:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An office keeps its code and keys for good; other offices trust it by its card.</source>
        <translation>Кеңсе өз коды мен кілттерін біржола сақтайды; басқа кеңселер оған картасы бойынша сенеді.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../kzpk_desktop/gui/ops/failures.py" line="+32"/>
        <source>The file could not be used%1: %2. Close it in any other program and try again.</source>
        <translation>Файлды пайдалану мүмкін болмады%1: %2. Оны басқа бағдарламаларда жабып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There was not enough memory to finish. Close other programs and try again.</source>
        <translation>Аяқтауға жады жетпеді. Басқа бағдарламаларды жабып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something unexpected went wrong (%1). Nothing was changed; if it happens again, tell the administrator.</source>
        <translation>Күтпеген қате болды (%1). Ештеңе өзгертілмеді; қайталанса, әкімшіге хабарлаңыз.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../kzpk_desktop/gui/widgets/dates.py" line="+32"/>
        <source>Clear the date</source>
        <extracomment>The date, or None when the field is empty; emitted on every change.</extracomment>
        <translation>Күнді тазарту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the date as dd.mm.yyyy or pick it from the calendar; Delete empties the field.</source>
        <translation>Күнді кк.аа.жжжж түрінде теріңіз немесе күнтізбеден таңдаңыз; Delete пернесі өрісті тазартады.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/rosters/status_dialogs.py" line="+108"/>
        <source>Approve despite failed document rules</source>
        <translation>Құжат ережелері орындалмаса да бекіту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These people do not meet every document rule for the rotation. As a supervisor you may approve them anyway; your reason is recorded with your name.</source>
        <translation>Бұл адамдар ротацияның құжат ережелерінің бәріне сай келмейді. Басшы ретінде сіз оларды бәрібір бекіте аласыз; себебіңіз сіздің атыңызбен бірге жазылады.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Reason for the override (required):</source>
        <translation>Ерекшелік жасау &amp;себебі (міндетті):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approve</source>
        <translation>Бекіту</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../kzpk_desktop/gui/overview/charts.py" line="+123"/>
        <source>Deployed on %1, by mission and personnel category</source>
        <extracomment>Colour-blind-safe palette (Okabe-Ito), one colour per series in order. QCoreApplication.translate under the name pyside6-lupdate looks for. (set index, bar index) -&gt; the list behind that bar, or None where bars name nobody. A sentence saying what the chart shows when there is nothing to draw.</extracomment>
        <translation>%1 күнгі миссиялар мен персонал санаттары бойынша орналастырылғандар</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ceiling of the decision</source>
        <translation>Шешім бойынша шекті сан</translation>
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
        <translation>Барлығы</translation>
    </message>
    <message>
        <location line="-206"/>
        <location line="+54"/>
        <source>Ceiling</source>
        <translation>Шекті сан</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+122"/>
        <source>Nobody is deployed on this day.</source>
        <translation>Бұл күні ешкім орналастырылмаған.</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Places taken under each Parliament decision (approved + deployed)</source>
        <translation>Парламенттің әр шешімі бойынша орындар (бекітілгендер + орналастырылғандар)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ceiling %1</source>
        <translation>Шекті сан %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken on %1</source>
        <translation>%1 күні бос емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most taken</source>
        <translation>Ең көп саны</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First exceeded on</source>
        <translation>Алғаш асып кеткен күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Parliament decision is in force in this period.</source>
        <translation>Бұл кезеңде Парламенттің ешбір шешімі күшінде емес.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share of women against the UN parity target of %1</source>
        <translation>Әйелдер үлесі БҰҰ-ның %1 жылғы мақсатты көрсеткішімен салыстырғанда</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All missions</source>
        <translation>Барлық миссиялар</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Target: %1 %2%</source>
        <translation>Мақсат: %1 %2%</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Women</source>
        <translation>Әйелдер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share of women</source>
        <translation>Әйелдер үлесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Мақсат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target met</source>
        <translation>Мақсатқа жетті</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Readiness of the rotations in planning and training</source>
        <translation>Жоспарлау және дайындық кезеңіндегі ротациялардың дайындығы</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>Eligible</source>
        <translation>Рұқсат етілген</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Blocked: %1</source>
        <translation>Кедергі: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rotation</source>
        <translation>Ротация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starts</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nominees</source>
        <translation>Кандидаттар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocking documents expire</source>
        <translation>Кедергі келтіретін құжаттардың мерзімі бітеді</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No rotation is in planning or training.</source>
        <translation>Жоспарлау немесе дайындық кезеңінде ротация жоқ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents expiring per month, next 12 months</source>
        <translation>Мерзімі бітетін құжаттар айлар бойынша, алдағы 12 ай</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No document expires in the next 12 months.</source>
        <translation>Алдағы 12 айда ешбір құжаттың мерзімі бітпейді.</translation>
    </message>
    <message>
        <location filename="../../kzpk_desktop/gui/overview/panel.py" line="+126"/>
        <source>Save picture…</source>
        <extracomment>The size of a saved picture (a 16:9 slide). QCoreApplication.translate under the name pyside6-lupdate looks for.</extracomment>
        <translation>Суретті сақтау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the chart as a PNG picture, for a briefing</source>
        <translation>Диаграмманы баяндамаға арналған PNG суреті ретінде сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save numbers…</source>
        <translation>Деректерді сақтау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the numbers behind the chart as a spreadsheet</source>
        <translation>Диаграмма деректерін электрондық кестеге сақтау</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Click a bar to see who is behind it.</source>
        <translation>Кімдер екенін көру үшін бағанды басыңыз.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../kzpk_desktop/gui/overview/page.py" line="+109"/>
        <source>Overview as of %1</source>
        <extracomment>The panels, top to bottom; each is read on its own and shown as soon as it is in. Kinds of change after which the figures are read again. The field of ``Briefing`` each part fills.</extracomment>
        <translation>%1 күнгі шолу</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading the figures…</source>
        <translation>Деректер оқылуда…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The figures could not be read: %1</source>
        <translation>Деректерді оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+21"/>
        <source>Save the chart as a picture</source>
        <translation>Диаграмманы сурет ретінде сақтау</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>PNG picture (*.png)</source>
        <translation>PNG суреті (*.png)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>As of %1</source>
        <translation>%1 күнгі жағдай</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../kzpk_desktop/gui/planning/overview_panel.py" line="+71"/>
        <source>Choose a mission</source>
        <extracomment>Enter or double-click on someone blocking the next rotation: (rotation id, entry id).</extracomment>
        <translation>Миссияны таңдаңыз</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>In the mission on %1: %n person(s).</source>
        <translation>
            <numerusform>%1 күнгі миссиядағылар: %n адам.</numerusform>
            <numerusform>%1 күнгі миссиядағылар: %n адам.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody is in the mission on %1.</source>
        <translation>%1 күні миссияда ешкім жоқ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No rotation is being planned or trained for.</source>
        <translation>Жоспарланып не дайындалып жатқан ротация жоқ.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Next rotation %1-%2 (from %3): %n person(s) nominated or approved have documents that block it.</source>
        <translation>
            <numerusform>Келесі ротация %1-%2 (%3 бастап): ұсынылған немесе бекітілген %n адамның құжаттары кедергі келтіреді.</numerusform>
            <numerusform>Келесі ротация %1-%2 (%3 бастап): ұсынылған немесе бекітілген %n адамның құжаттары кедергі келтіреді.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next rotation %1-%2 (from %3): nobody&apos;s documents block it.</source>
        <translation>Келесі ротация %1-%2 (%3 бастап): ешкімнің құжаттары кедергі келтірмейді.</translation>
    </message>
</context>
<context>
    <name>OverviewPeople</name>
    <message>
        <location filename="../../kzpk_desktop/gui/overview/people.py" line="+80"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Әскери атағы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
</context>
<context>
    <name>PagedModel</name>
    <message>
        <location filename="../../kzpk_desktop/gui/widgets/paged.py" line="+302"/>
        <source>Loading…</source>
        <extracomment>count(session) -&gt; rows matching; fetch(session, offset, limit) -&gt; those rows in order (or a ``Page`` carrying extras read with them, such as the registry&apos;s badges) Cells whose answers are kept (a few screens&apos; worth); then the cache starts again. The number of rows matching the query (after each new query or refresh). A query was answered and shown (its count and first page); tests wait for it. The query could not be run: the sentence the failure formatter gave. Pages asked for and not yet answered, by page number. What the view was told for each cell shown: (row, column) -&gt; {role: value}. The last query could not be run (the rows shown are an older answer&apos;s).</extracomment>
        <translation>Жүктелуде…</translation>
    </message>
</context>
<context>
    <name>Paperwork</name>
    <message>
        <location filename="../../kzpk_desktop/gui/paperwork/reports.py" line="+45"/>
        <source>UN nominal roll</source>
        <extracomment>Parameters a report may need (which rows of the form are shown). &quot;en&quot; for the UN&apos;s papers; None for the ministry&apos;s and Parliament&apos;s, which default to the clerk&apos;s language when that is Kazakh or Russian (and so does the marking).</extracomment>
        <translation>БҰҰ атаулы тізімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list the UN and the mission ask for: everyone cleared for a rotation, or everyone deployed in a mission on a date. Rank, names as in the passport, passport, UN category, appointment, arrival and departure, certificates and next of kin; landscape, usually in English.</source>
        <translation>БҰҰ мен миссия талап ететін тізім: ротацияға рұқсат етілгендердің барлығы немесе белгілі бір күні миссияда жүргендердің барлығы. Әскери атағы, төлқұжаттағыдай аты-жөні, төлқұжат, БҰҰ санаты, лауазымы, келуі мен кетуі, сертификаттар және жақын туысы; альбомдық бағдарда, әдетте ағылшын тілінде.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report to Parliament</source>
        <translation>Парламентке есеп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For each Parliament decision in force on the date: the ceiling against the people approved and deployed, per mission and overall, by personnel category, by sex and by speciality, with totals and the list of the people deployed.</source>
        <translation>Осы күнгі күшіндегі әрбір Парламент шешімі бойынша: шекті санмен салыстырғанда бекітілген және миссияға жіберілген адамдар, әр миссия бойынша және жалпы, персонал санаты, жынысы және мамандығы бойынша, жиынтықтарымен және миссияға жіберілгендер тізімімен.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>UN contributions</source>
        <translation>БҰҰ-ға қосқан үлес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The UN monthly summary: the people deployed on the date per mission and personnel type, men, women and total, and the share of women against the UN gender parity target of that year.</source>
        <translation>БҰҰ-ның айлық жиынтығы: осы күні миссияға жіберілген адамдар миссиялар мен персонал түрлері бойынша, ерлер, әйелдер және барлығы, сондай-ақ әйелдер үлесі сол жылғы БҰҰ гендерлік теңдік нысанасымен салыстырғанда.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Participation history</source>
        <translation>Қатысу тарихы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who served in the missions over a period: per mission and personnel category the persons who served and their tours (a person sent twice is one person, two tours), staff officers and observers together, and the strength on the period&apos;s last day.</source>
        <translation>Кезең ішінде миссияларда кім қызмет етті: әр миссия мен персонал санаты бойынша адамдар саны және олардың ротациялары (екі рет жіберілген — бір адам, екі ротация), штаб офицерлері мен бақылаушылар бірге, және кезеңнің соңғы күнгі саны.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Personnel card</source>
        <translation>Жеке карточка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything on file about one serviceman: personal data, documents, assignment history and deployments, on A4 portrait.</source>
        <translation>Бір әскери қызметші туралы барлық мәлімет: жеке деректері, құжаттары, тағайындаулар тарихы және миссияларға жіберілуі, A4 кітаптық бағдарда.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expiring documents</source>
        <translation>Мерзімі өтетін құжаттар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current documents that have expired or expire within the window, soonest first, with the serviceman and the unit (discharged servicemen are left out).</source>
        <translation>Мерзімі өткен немесе белгіленген мерзім ішінде өтетін қолданыстағы құжаттар, ең жақындары бірінші, әскери қызметші мен бөлімшесі көрсетіледі (әскери қызметтен босатылғандар көрсетілмейді).</translation>
    </message>
</context>
<context>
    <name>PaperworkPage</name>
    <message>
        <location filename="../../kzpk_desktop/gui/paperwork/page.py" line="+91"/>
        <source>Scope:</source>
        <extracomment>Characters a rotation or mission choice shows before its name is cut (full text in the list).</extracomment>
        <translation>Қамтуы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;As of:</source>
        <translation>&amp;Күнгі жағдай бойынша:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation>&amp;Кезең:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Serviceman (IIN):</source>
        <translation>Әскери &amp;қызметші (ЖСН):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring &amp;within:</source>
        <translation>Мерзімі өтетін к&amp;езең:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of the report:</source>
        <translation>Есептің &amp;тілі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Handling marking:</source>
        <translation>&amp;Гриф:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the file, then write the report; it can be cancelled while it is written</source>
        <translation>Файлды таңдап, есепті жазыңыз; жазылып жатқанда оны тоқтатуға болады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print preview…</source>
        <translation>Ба&amp;спа алдында қарау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pages of the report as they will print; print them from there</source>
        <translation>Есептің беттері басылып шығатын күйінде; сол жерден басып шығаруға болады</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Rotation</source>
        <translation>&amp;Ротация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone cleared for the rotation: approved, deployed or back</source>
        <translation>Ротацияға рұқсат етілгендердің барлығы: бекітілген, миссияға жіберілген немесе оралған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mission</source>
        <translation>&amp;Миссия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone deployed in the mission on the date</source>
        <translation>Осы күні миссияда жүргендердің барлығы</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>from</source>
        <translation>бастап</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The strength is given as of this day</source>
        <translation>Саны осы күнге көрсетіледі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>Т&amp;абу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the registry by name, IIN or service number</source>
        <translation>Тізілімнен аты-жөні, ЖСН немесе жеке нөмірі бойынша іздеу</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents expiring within this many days from today (those already expired are always listed)</source>
        <translation>Бүгіннен бастап осынша күн ішінде мерзімі өтетін құжаттар (мерзімі өтіп кеткендері әрқашан көрсетіледі)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Ағылшын тілі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of the report&apos;s labels, whatever the language of this window</source>
        <translation>Осы терезенің тіліне қарамастан, есеп жазуларының тілі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed at the top right of every page, in the report&apos;s language (Settings holds the default of each language); leave it empty for no marking</source>
        <translation>Әр беттің жоғарғы оң жағында есеп тілінде басылады (әр тілдің әдепкі мәні баптауларда); гриф қажет болмаса, бос қалдырыңыз</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Type the IIN or find the serviceman.</source>
        <translation>ЖСН-ді теріңіз немесе әскери қызметшіні табыңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No serviceman has this IIN.</source>
        <translation>Бұл ЖСН ешбір әскери қызметшіде жоқ.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose the rotation or the mission of the roll.</source>
        <translation>Тізімнің ротациясын немесе миссиясын таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period ends before it starts: choose a later &quot;to&quot; date.</source>
        <translation>Кезең басталмай тұрып аяқталады: кейінірек «дейін» күнін таңдаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the IIN of the serviceman, or find him or her with Find….</source>
        <translation>Әскери қызметшінің ЖСН-ін теріңіз немесе оны «Табу…» арқылы табыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No serviceman has the IIN %1.</source>
        <translation>%1 ЖСН ешбір әскери қызметшіде жоқ.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save %1</source>
        <translation>%1 сақтау</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 saved: %2</source>
        <translation>«%1» сақталды: %2</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/security/passphrase.py" line="-122"/>
        <source>Encrypted database — KZPK Desktop</source>
        <translation>Шифрланған дерекқор — KZPK Desktop</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file is encrypted. Enter its passphrase to open it.

If the file is not encrypted, it is not a readable database: restore a backup instead.</source>
        <translation>Дерекқор файлы шифрланған. Оны ашу үшін шифрлау құпиясөзін енгізіңіз.

Егер файл шифрланбаған болса, ол оқылатын дерекқор емес: оның орнына сақтық көшірмені қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Passphrase:</source>
        <translation>Шифрлау &amp;құпиясөзі:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Restore a backup…</source>
        <translation>Сақтық көшірмеден қалпына келтіру…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypted database</source>
        <translation>Шифрланған дерекқор</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message numerus="yes">
        <location filename="../../kzpk_desktop/gui/overview/people.py" line="+17"/>
        <source>%n person(s). Double-click a row to open the record.</source>
        <translation>
            <numerusform>%n адам. Жазбаны ашу үшін жолды екі рет басыңыз.</numerusform>
            <numerusform></numerusform>
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
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Host</source>
        <translation>Орналасқан елі</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <location line="+63"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>In mission</source>
        <translation>Миссияда</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People serving in the mission today</source>
        <translation>Бүгін миссияда қызмет етіп жүрген адамдар</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Planned</source>
        <translation>Жоспар бойынша</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nominated</source>
        <translation>Ұсынылған</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved</source>
        <translation>Бекітілген</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deployed</source>
        <translation>Миссияда</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Returned</source>
        <translation>Оралған</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed the tour or repatriated early</source>
        <translation>Миссияны аяқтаған немесе мерзімінен бұрын қайтарылған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation>Шығарылған</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Men</source>
        <translation>Ерлер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Women</source>
        <translation>Әйелдер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Women, %</source>
        <translation>Әйелдер, %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UN target</source>
        <translation>БҰҰ нысанасы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of women the UN gender parity strategy asks for this year</source>
        <translation>Биылғы жылы БҰҰ-ның гендерлік теңдік стратегиясы талап ететін әйелдер үлесі</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documents that block</source>
        <translation>Кедергі құжаттар</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ceiling</source>
        <translation>Шекті сан</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Superseded by</source>
        <translation>Ауыстырған</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ceilings per mission</source>
        <translation>Миссиялар бойынша шекті сандар</translation>
    </message>
</context>
<context>
    <name>PlanningLabels</name>
    <message>
        <location filename="../../kzpk_desktop/gui/planning/labels.py" line="+20"/>
        <source>Nominated</source>
        <extracomment>QCoreApplication.translate under the name pyside6-lupdate looks for.</extracomment>
        <translation>Ұсынылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Бекітілген</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Deployed</source>
        <translation>Миссияда</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Repatriated</source>
        <translation>Мерзімінен бұрын қайтарылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Completed</source>
        <translation>Аяқталған</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Withdrawn</source>
        <translation>Шығарылған</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planning</source>
        <translation>Жоспарлау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Даярлық</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing</source>
        <translation>Жабылуда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Жабылған</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>from %1</source>
        <translation>%1 бастап</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until %1</source>
        <translation>%1 дейін</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 of %3 women (%4)</source>
        <translation>%1: %3 адамнан %2 әйел (%4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — target %1</source>
        <translation> — нысана %1</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/exchange/dialogs.py" line="-53"/>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 (%n күн бұрын)</numerusform>
            <numerusform>%1 (%n күн бұрын)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a package</source>
        <translation>Пакетті импорттау</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Package No. %1 from office %2, made %3. Signature and contents checked; this is what importing it will do:</source>
        <translation>%2 кеңсесінің № %1 пакеті, жасалған уақыты %3. Қолтаңба мен мазмұны тексерілді; оны импорттау мынаны жасайды:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../kzpk_desktop/gui/importing/preview_page.py" line="+46"/>
        <source>Check the rows</source>
        <extracomment>&quot;Save error report…&quot; was pressed.</extracomment>
        <translation>Жолдарды тексеріңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is saved yet. Shaded red cells are refused; the Reasons column says why.</source>
        <translation>Әзірге ештеңе сақталған жоқ. Қызыл түспен боялған ұяшықтар қабылданбады; себебі «Себептері» бағанында жазылған.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Headers the import does not know; these columns are left as they are and not imported</source>
        <translation>Импорт білмейтін тақырыптар; бұл бағандар өзгеріссіз қалады және импортталмайды</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Only rows with problems</source>
        <translation>&amp;Тек ақаулы жолдар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;error report…</source>
        <translation>Қателер &amp;есебін сақтау…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the refused rows with the reasons as an Excel workbook: correct it and import it again</source>
        <translation>Қабылданбаған жолдарды себептерімен бірге Excel кітабы ретінде сақтау: оны түзетіп, қайта импорттаңыз</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Sheet «%1», header in row %2: %Ln row(s).</source>
        <translation>
            <numerusform>«%1» парағы, тақырып %2-жолда: %Ln жол.</numerusform>
            <numerusform>«%1» парағы, тақырып %2-жолда: %Ln жол.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To create: %1 · to update: %2 · unchanged: %3 · refused: %4</source>
        <translation>Құрылады: %1 · жаңартылады: %2 · өзгеріссіз: %3 · қабылданбады: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not imported (unknown headers): %1</source>
        <translation>Импортталмайды (белгісіз тақырыптар): %1</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%1 of %Ln row(s) are refused, so nothing will be imported: correct the file, or go Back and tick «Skip invalid rows» to import the other rows.</source>
        <translation>
            <numerusform>%Ln жолдан %1 қабылданбады, сондықтан ештеңе импортталмайды: файлды түзетіңіз немесе «Артқа» қайтып, қалған жолдарды импорттау үшін «Қате жолдарды өткізіп жіберу» белгісін қойыңыз.</numerusform>
            <numerusform>%Ln жолдан %1 қабылданбады, сондықтан ештеңе импортталмайды: файлды түзетіңіз немесе «Артқа» қайтып, қалған жолдарды импорттау үшін «Қате жолдарды өткізіп жіберу» белгісін қойыңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln refused row(s) will be left out.</source>
        <translation>
            <numerusform>Қабылданбаған %Ln жол қалдырылады.</numerusform>
            <numerusform>Қабылданбаған %Ln жол қалдырылады.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every row is already on record with these values: there is nothing to import.</source>
        <translation>Барлық жолдар осы мәндермен енгізілген: импорттайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everyone imported will be nominated to rotation %1.</source>
        <translation>Импортталғандардың барлығы %1 ротациясына ұсынылады.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../kzpk_desktop/gui/print_preview.py" line="+42"/>
        <source>Print preview: %1</source>
        <extracomment>Pages are drawn from images of at most this resolution (a printer&apos;s 1200 dpi would need half a gigabyte per page). The preview window&apos;s size on a screen large enough.</extracomment>
        <translation>Баспа алдында қарау: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the workbook instead?</source>
        <translation>Оның орнына Excel кітабын сақтау керек пе?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the workbook…</source>
        <translation>Кітапты сақтау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the print preview…</source>
        <translation>Баспа алдында қарау дайындалуда…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The print preview could not be made.</source>
        <translation>Баспа алдында қарауды дайындау мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/audit/history.py" line="+52"/>
        <source>History: %1</source>
        <extracomment>The dialog&apos;s subject is the record (or the person): a line names only what else it is about (&quot;Passport No. N1234567&quot;), and nothing for the record itself.</extracomment>
        <translation>Тарихы: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n change(s) recorded</source>
        <translation>
            <numerusform>%n өзгеріс жазылды</numerusform>
            <numerusform>%n өзгеріс жазылды</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is recorded about this record yet.</source>
        <translation>Бұл жазба туралы әзірге ештеңе тіркелмеген.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>History not read</source>
        <translation>Тарих оқылмады</translation>
    </message>
</context>
<context>
    <name>RecordPane</name>
    <message>
        <location filename="../../kzpk_desktop/gui/registry/pane.py" line="+136"/>
        <source>&amp;Record pane</source>
        <extracomment>The list&apos;s share of the splitter at first (per cent), beside and above the pane.</extracomment>
        <translation>&amp;Жазба панелі</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the &amp;right</source>
        <translation>&amp;Оң жақта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At the &amp;bottom</source>
        <translation>&amp;Төменде</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Hidden</source>
        <translation>&amp;Жасырын</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list takes the whole area; opening a record shows the pane again</source>
        <translation>Тізім бүкіл аумақты алады; жазба ашылғанда панель қайта көрінеді</translation>
    </message>
</context>
<context>
    <name>RecycleBinDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/recycle/bin_dialog.py" line="+52"/>
        <source>Recycle bin</source>
        <extracomment>An item is back (a ``services.recycle.Restored``).</extracomment>
        <translation>Себет</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Restore</source>
        <extracomment>What the last Restore did.</extracomment>
        <translation>&amp;Қалпына келтіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the chosen item back as it was, with everything that was deleted with it</source>
        <translation>Таңдалған жазбаны онымен бірге жойылғанның бәрімен қоса бұрынғы күйінде қайтару</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete for &amp;good…</source>
        <translation>Біржола &amp;жою…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the chosen item from the recycle bin, with the personal data it keeps; it cannot be restored then</source>
        <translation>Таңдалған жазбаны ондағы дербес деректермен бірге себеттен алып тастау; содан кейін оны қалпына келтіру мүмкін болмайды</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading…</source>
        <translation>Оқылуда…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n deleted item(s). Restore puts an item back as it was, with what was deleted with it.</source>
        <translation>
            <numerusform>%n жойылған жазба. «Қалпына келтіру» жазбаны онымен бірге жойылғанмен қоса бұрынғы күйінде қайтарады.</numerusform>
            <numerusform>%n жойылған жазба. «Қалпына келтіру» жазбаны онымен бірге жойылғанмен қоса бұрынғы күйінде қайтарады.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recycle bin is empty: nothing deleted is waiting to be restored.</source>
        <translation>Себет бос: қалпына келтіруді күтіп тұрған жойылған жазба жоқ.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not restored</source>
        <translation>Қалпына келтірілмеді</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored: %1.</source>
        <translation>Қалпына келтірілді: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>Delete for good</source>
        <translation>Біржола жою</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Delete %1 for good? It can no longer be restored then.</source>
        <translation>%1 біржола жойылсын ба? Содан кейін оны қалпына келтіру мүмкін болмайды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not deleted</source>
        <translation>Жойылмады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted for good: %1.</source>
        <translation>Біржола жойылды: %1.</translation>
    </message>
</context>
<context>
    <name>RecycleColumns</name>
    <message>
        <location line="-118"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted by</source>
        <translation>Кім жойды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Қашан жойылды</translation>
    </message>
</context>
<context>
    <name>RegistryColumns</name>
    <message>
        <location filename="../../kzpk_desktop/gui/registry/columns.py" line="+25"/>
        <source>Rank</source>
        <extracomment>The translation context of the headers.</extracomment>
        <translation>Әскери атақ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in Latin</source>
        <translation>Аты-жөні латынша</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service number</source>
        <translation>Жеке нөмірі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport expires</source>
        <translation>Төлқұжат мерзімі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
</context>
<context>
    <name>RegistryExport</name>
    <message>
        <location filename="../../kzpk_desktop/gui/registry/export.py" line="+43"/>
        <source>Search: %1</source>
        <translation>Іздеу: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank: %1</source>
        <translation>Әскери атағы: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>Мәртебесі: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex: %1</source>
        <translation>Жынысы: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>descending</source>
        <translation>кему бойынша</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ascending</source>
        <translation>өсу бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorted by %1, %2</source>
        <translation>Сұрыптау: %1, %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Servicemen</source>
        <translation>Әскери қызметшілер</translation>
    </message>
</context>
<context>
    <name>RegistryList</name>
    <message>
        <location filename="../../kzpk_desktop/gui/registry/view.py" line="+59"/>
        <source>Find by name, IIN or service number (Ctrl+F)</source>
        <extracomment>The current serviceman&apos;s id (None when no row is current). Enter or double-click on a row: the clerk wants to edit it. The &quot;Export…&quot; button (shown with ``exportable=True``) was pressed. The &quot;Import…&quot; button (shown with ``importable=True``) was pressed.</extracomment>
        <translation>Аты-жөні, ЖСН немесе жеке нөмірі бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the beginning of any name (Cyrillic or Latin), of the IIN or of the service number; every word must match. Ctrl+F comes back here, Down goes to the list.</source>
        <translation>Аты-жөнінің кез келген бөлігінің (кирилл немесе латын әрпімен), ЖСН-нің немесе жеке нөмірдің басын теріңіз; әр сөз сәйкес келуі керек. Ctrl+F осында қайтарады, төмен бағыттауыш тізімге өткізеді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All ranks</source>
        <translation>Барлық әскери атақтар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men and women</source>
        <translation>Ерлер мен әйелдер</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import…</source>
        <translation>Импорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add or update servicemen from an Excel list, after a preview (Ctrl+I)</source>
        <translation>Алдын ала қарап шыққаннан кейін әскери қызметшілерді Excel тізімінен қосу немесе жаңарту (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the list as shown (search, filters, order) to an Excel or CSV file (Ctrl+E)</source>
        <translation>Тізімді көрсетілгендей (іздеу, сүзгілер, реті) Excel немесе CSV файлына сақтау (Ctrl+E)</translation>
    </message>
    <message numerus="yes">
        <location line="+109"/>
        <source>%Ln serviceman(s)</source>
        <translation>
            <numerusform>%Ln әскери қызметші</numerusform>
            <numerusform>%Ln әскери қызметші</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %Ln serviceman(s)</source>
        <translation>
            <numerusform>%Ln әскери қызметшіден %1</numerusform>
            <numerusform>%Ln әскери қызметшіден %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <location filename="../../kzpk_desktop/gui/registry/model.py" line="+130"/>
        <source>This column cannot be sorted; the list stays in its order.</source>
        <extracomment>The serviceman&apos;s id behind an index. A passport must outlast a tour by six months (domain.md), so warn that early. A search or a sort reads its first page before the list shows anything: 100 rows (three screens) cost a keystroke ~4 ms less than 200 at 100k; as many rows are kept. (rows matching the filter, servicemen in the database)</extracomment>
        <translation>Бұл баған бойынша сұрыптау мүмкін емес; тізім реті өзгермейді.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The passport has expired.</source>
        <translation>Төлқұжаттың мерзімі өтіп кеткен.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The passport expires within %n month(s).</source>
        <translation>
            <numerusform>Төлқұжаттың мерзімі %n ай ішінде өтеді.</numerusform>
            <numerusform>Төлқұжаттың мерзімі %n ай ішінде өтеді.</numerusform>
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
        <translation>Құжаттар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments</source>
        <translation>Тағайындаулар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History…</source>
        <translation>Тарихы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change made to this record: who, when, old and new values</source>
        <translation>Осы жазбаға енгізілген барлық өзгерістер: кім, қашан, бұрынғы және жаңа мәндері</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The list is exported.</source>
        <translation>Тізім экспортталды.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported: %1 created, %2 updated, %3 unchanged.</source>
        <translation>Импортталды: %1 құрылды, %2 жаңартылды, %3 өзгеріссіз.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not saved: please correct the marked fields.</source>
        <translation>Сақталмады: белгіленген өрістерді түзетіңіз.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>No servicemen yet. Import the spreadsheet you keep them in, or add the first one.</source>
        <translation>Әскери қызметшілер әлі жоқ. Оларды жүргізетін кестені импорттаңыз немесе біріншісін қосыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a spreadsheet…</source>
        <translation>Кестені импорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a serviceman</source>
        <translation>Әскери қызметшіні қосу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody matches the search or the filters.</source>
        <translation>Іздеуге немесе сүзгілерге ешкім сәйкес келмейді.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Saved: %1.</source>
        <translation>Сақталды: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete serviceman</source>
        <translation>Әскери қызметшіні жою</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not deleted</source>
        <translation>Жойылмады</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Delete %1 (IIN %2) with all documents, assignments and roster entries?

Edit &gt; Undo delete (Ctrl+Z) brings everything back.</source>
        <translation>%1 (ЖСН %2) барлық құжаттарымен, тағайындауларымен және ротация тізімдеріндегі жазбаларымен жойылсын ба?

Түзету &gt; Жоюды болдырмау (Ctrl+Z) бәрін қайтарады.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Serviceman %1 deleted.</source>
        <translation>Әскери қызметшінің карточкасы жойылды: %1.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 жазбасында сақталмаған өзгерістер бар.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new serviceman</source>
        <translation>Жаңа әскери қызметші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation>Сақтамау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Record not read</source>
        <translation>Жазба оқылмады</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>Record not found</source>
        <translation>Жазба табылмады</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Changed by someone else</source>
        <translation>Жазбаны басқа пайдаланушы өзгертті</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload shows their version and drops your unsaved changes. Keep my changes leaves your edits on screen so you can note them first.</source>
        <translation>«Қайта жүктеу» оның нұсқасын көрсетеді, ал сіздің сақталмаған өзгерістеріңіз жойылады. «Менің өзгерістерімді қалдыру» түзетулеріңізді экранда қалдырады, оларды алдымен жазып алуға болады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload</source>
        <translation>Қайта жүктеу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep my changes</source>
        <translation>Менің өзгерістерімді қалдыру</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your entries stay in the form as a new record; save to add it again.</source>
        <translation>Енгізген деректеріңіз пішінде жаңа жазба ретінде қалады; оны қайта қосу үшін сақтаңыз.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/security/restore_dialog.py" line="+38"/>
        <source>(made before a program upgrade)</source>
        <translation>(бағдарламаны жаңарту алдында жасалған)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database cannot be opened</source>
        <translation>Дерекқорды ашу мүмкін емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>KZPK Desktop cannot use this database</source>
        <translation>KZPK Desktop бұл дерекқормен жұмыс істей алмайды</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose another file…</source>
        <translation>Басқа файлды таңдау…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a backup to put in its place. The current file is not deleted: it is kept aside, beside the database, and its name is shown after restoring.</source>
        <translation>Оның орнына қойылатын сақтық көшірмені таңдаңыз. Ағымдағы файл жойылмайды: ол дерекқордың жанында сақталады, ал оның аты қалпына келтірілгеннен кейін көрсетіледі.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup replaces the database for every user of this file. The current file is not deleted: it is kept aside, beside the database, and its name is shown after restoring.</source>
        <translation>Сақтық көшірме осы файлдың барлық пайдаланушылары үшін дерекқорды ауыстырады. Ағымдағы файл жойылмайды: ол дерекқордың жанында сақталады, ал оның аты қалпына келтірілгеннен кейін көрсетіледі.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No backups were found beside the database.</source>
        <translation>Дерекқордың жанынан сақтық көшірмелер табылмады.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database is on a server: restore it with the server&apos;s own tools, or ask its administrator.</source>
        <translation>Бұл дерекқор серверде орналасқан: оны сервердің өз құралдарымен қалпына келтіріңіз немесе оның әкімшісіне хабарласыңыз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a backup</source>
        <translation>Сақтық көшірмені таңдау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KZPK backups (*.sqlite);;All files (*)</source>
        <translation>KZPK сақтық көшірмелері (*.sqlite);;Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../kzpk_desktop/gui/importing/preview_page.py" line="+22"/>
        <source>Imported</source>
        <translation>Импортталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The servicemen are in the registry; the import is recorded in the audit trail.</source>
        <translation>Әскери қызметшілер тізілімге енгізілді; импорт аудит журналына жазылды.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;error report…</source>
        <translation>Қателер &amp;есебін сақтау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the rows that were left out, with the reasons, as an Excel workbook</source>
        <translation>Қалдырылған жолдарды себептерімен бірге Excel кітабы ретінде сақтау</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file is imported: %1.</source>
        <translation>Файл импортталды: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created: %1 · updated: %2 · unchanged: %3 · left out: %4</source>
        <translation>Құрылды: %1 · жаңартылды: %2 · өзгеріссіз: %3 · қалдырылды: %4</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Nominated to rotation %1: %Ln serviceman(s).</source>
        <translation>
            <numerusform>%1 ротациясына ұсынылды: %Ln әскери қызметші.</numerusform>
            <numerusform>%1 ротациясына ұсынылды: %Ln әскери қызметші.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rows left out are listed in the error report; correct them and import that workbook.</source>
        <translation>Қалдырылған жолдар қателер есебінде көрсетілген; оларды түзетіп, сол кітапты импорттаңыз.</translation>
    </message>
</context>
<context>
    <name>RetryCountdown</name>
    <message>
        <location filename="../../kzpk_desktop/gui/security/signin.py" line="-143"/>
        <source>You may try again now.</source>
        <extracomment>Past the service&apos;s own deadline, so that the next try is never refused as too early.</extracomment>
        <translation>Енді қайталап көруге болады.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../kzpk_desktop/gui/security/labels.py" line="+10"/>
        <source>viewer</source>
        <translation>бақылаушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clerk</source>
        <translation>іс жүргізуші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervisor</source>
        <translation>басшы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>әкімші</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reads and exports</source>
        <translation>қарайды және экспорттайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enters and edits records, imports</source>
        <translation>жазбаларды енгізеді және түзетеді, импорттайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a clerk who also approves, deletes and overrides</source>
        <translation>іс жүргізуші, бұған қоса бекітеді, жояды және ерекшелік жасайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>users, reference tables, settings, backups</source>
        <translation>пайдаланушылар, анықтамалықтар, баптаулар, сақтық көшірмелер</translation>
    </message>
</context>
<context>
    <name>RosterActions</name>
    <message>
        <location filename="../../kzpk_desktop/gui/rosters/actions.py" line="+52"/>
        <location line="+5"/>
        <source>Add a unit</source>
        <extracomment>QCoreApplication.translate under the name pyside6-lupdate looks for.</extracomment>
        <translation>Бөлімше қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no units on file yet.</source>
        <translation>Әзірге бірде-бір бөлімше тіркелмеген.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not nominated</source>
        <translation>Ұсынылмады</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Saved: %1.</source>
        <translation>Сақталды: %1.</translation>
    </message>
</context>
<context>
    <name>RosterColumns</name>
    <message>
        <location filename="../../kzpk_desktop/gui/rosters/columns.py" line="+38"/>
        <source> (overridden)</source>
        <extracomment>QCoreApplication.translate under the name pyside6-lupdate looks for.</extracomment>
        <translation> (ерекшелік ретінде)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not checked (status: %1).</source>
        <translation>Тексерілмеген (мәртебесі: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meets every rule for this rotation.</source>
        <translation>Осы ротацияның барлық ережесіне сай келеді.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved by %1 over the document rules: %2</source>
        <translation>%1 құжат ережелеріне қарамастан бекіткен: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rank</source>
        <translation>Әскери атақ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in Latin</source>
        <translation>Аты-жөні латынша</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eligibility</source>
        <translation>Жарамдылығы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ meets every rule for this rotation; ✗ lists the rules not met (details in the tooltip and below the table)</source>
        <translation>✓ осы ротацияның барлық ережесіне сай келеді; ✗ орындалмаған ережелерді көрсетеді (толығырақ қалқыма кеңесте және кестенің астында)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sub-unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrival</source>
        <translation>Келуі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Departure</source>
        <translation>Кетуі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UN index</source>
        <translation>БҰҰ индексі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
</context>
<context>
    <name>RosterCounts</name>
    <message numerus="yes">
        <location filename="../../kzpk_desktop/gui/rosters/counts.py" line="+15"/>
        <source>Nominated %n person(s) to %1.</source>
        <translation>
            <numerusform>%1 ротациясына %n адам ұсынылды.</numerusform>
            <numerusform>%1 ротациясына %n адам ұсынылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them do not meet every rule yet (see Eligibility).</source>
        <translation>
            <numerusform>Олардың %n әлі барлық ережеге сай келмейді («Жарамдылығы» бағанын қараңыз).</numerusform>
            <numerusform>Олардың %n әлі барлық ережеге сай келмейді («Жарамдылығы» бағанын қараңыз).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n already on the roster left as they were.</source>
        <translation>
            <numerusform>Тізімде бұрыннан бар %n адам өзгеріссіз қалдырылды.</numerusform>
            <numerusform>Тізімде бұрыннан бар %n адам өзгеріссіз қалдырылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Approved: %n person(s).</source>
        <translation>
            <numerusform>Бекітілді: %n адам.</numerusform>
            <numerusform>Бекітілді: %n адам.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Deployed: %n person(s).</source>
        <translation>
            <numerusform>Миссияға жіберілді: %n адам.</numerusform>
            <numerusform>Миссияға жіберілді: %n адам.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Tour completed: %n person(s).</source>
        <translation>
            <numerusform>Миссияны аяқтады: %n адам.</numerusform>
            <numerusform>Миссияны аяқтады: %n адам.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Repatriated: %n person(s).</source>
        <translation>
            <numerusform>Мерзімінен бұрын қайтарылды: %n адам.</numerusform>
            <numerusform>Мерзімінен бұрын қайтарылды: %n адам.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Withdrawn: %n person(s).</source>
        <translation>
            <numerusform>Тізімнен шығарылды: %n адам.</numerusform>
            <numerusform>Тізімнен шығарылды: %n адам.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Only %n place(s) left under Parliament&apos;s ceiling on this rotation, and %1 were chosen. Choose at most that many: nobody was approved.</source>
        <translation>
            <numerusform>Парламенттің шекті саны бойынша бұл ротацияда тек %n орын қалды, ал %1 таңдалды. Одан көп таңдамаңыз: ешкім бекітілмеді.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n refused.</source>
        <translation>
            <numerusform>%n адамға бас тартылды.</numerusform>
            <numerusform>%n адамға бас тартылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… және тағы %n</numerusform>
            <numerusform>… және тағы %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Withdraw %n person(s) from %1?</source>
        <translation>
            <numerusform>%n адам %1 ротациясынан шығарылсын ба?</numerusform>
            <numerusform>%n адам %1 ротациясынан шығарылсын ба?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n person(s) changed to «%2».</source>
        <translation>
            <numerusform>«%2» мәртебесіне ауыстырылды: %n адамнан %1.</numerusform>
            <numerusform>«%2» мәртебесіне ауыстырылды: %n адамнан %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterSummary</name>
    <message>
        <location filename="../../kzpk_desktop/gui/rosters/summary.py" line="+65"/>
        <source>Decision %1 sets no ceiling for %2: nobody can be approved for it.</source>
        <extracomment>QCoreApplication.translate under the name pyside6-lupdate looks for.</extracomment>
        <translation>%1 шешімі %2 үшін шекті сан белгілемейді: бұл миссияға ешкімді бекітуге болмайды.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 of %3 places taken, %4 free (busiest day %5)</source>
        <translation>%1: %3 орыннан %2 толды, %4 бос (ең көп толған күн %5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>all missions under decision %1: %2 of %3 places taken, %4 free</source>
        <translation>%1 шешімі бойынша барлық миссиялар: %3 орыннан %2 толды, %4 бос</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Planned %1</source>
        <translation>Жоспар бойынша %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>actual %1</source>
        <translation>нақты %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status: %1</source>
        <translation>мәртебесі: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decision %1</source>
        <translation>%1 шешімі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now governed by decision %1, which superseded it</source>
        <translation>қазір оны ауыстырған %1 шешіміне бағынады</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ceiling:</source>
        <translation>Шекті сан:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Women:</source>
        <translation>Әйелдер:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nobody on the roster yet</source>
        <translation>тізімде әзірге ешкім жоқ</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <location filename="../../kzpk_desktop/gui/rosters/view.py" line="+83"/>
        <source>Add servicemen…</source>
        <extracomment>The selection changed (which actions apply).</extracomment>
        <translation>Адам қосу…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nominate people found in the registry (Ctrl+N)</source>
        <translation>Тізілімнен табылған адамдарды ұсыну (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a unit…</source>
        <translation>Бөлімше қосу…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nominate everyone serving in a unit</source>
        <translation>Бөлімшеде қызмет ететіндердің барлығын ұсыну</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve</source>
        <translation>Бекіту</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approve the selected nominations</source>
        <translation>Таңдалған ұсыныстарды бекіту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deploy…</source>
        <translation>Жіберу…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The selected people arrived in the mission</source>
        <translation>Таңдалған адамдар миссияға келді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete…</source>
        <translation>Аяқтау…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The selected people finished the tour</source>
        <translation>Таңдалған адамдар миссияны аяқтады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repatriate…</source>
        <translation>Қайтару…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The selected people came back early (reason and date)</source>
        <translation>Таңдалған адамдар мерзімінен бұрын оралды (себебі және күні)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw</source>
        <translation>Шығару</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take the selected people off the rotation (Del)</source>
        <translation>Таңдалған адамдарды ротациядан шығару (Del)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details…</source>
        <translation>Толығырақ…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Appointment, sub-unit, dates, UN index (Enter)</source>
        <translation>Лауазымы, бөлімшесі, күндері, БҰҰ индексі (Enter)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter the roster (Ctrl+F)</source>
        <translation>Тізімді сүзу (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Roster not read</source>
        <translation>Ротация тізімі оқылмады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotation not found</source>
        <translation>Ротация табылмады</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No rotation open: choose one on the Missions tab.</source>
        <translation>Ашық ротация жоқ: оны «Миссиялар» қойындысынан таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n адам</numerusform>
            <numerusform>%n адам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n person(s)</source>
        <translation>
            <numerusform>%n адамнан %1</numerusform>
            <numerusform>%n адамнан %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a person to see why they may or may not go.</source>
        <translation>Адамның неліктен бара алатынын не бара алмайтынын көру үшін оны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Repatriated on %1: %2</source>
        <translation>%1 күні мерзімінен бұрын қайтарылды: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved by %1 over the document rules: %2</source>
        <translation>%1 құжат ережелеріне қарамастан бекіткен: %2</translation>
    </message>
</context>
<context>
    <name>RosterWorkflow</name>
    <message>
        <location filename="../../kzpk_desktop/gui/rosters/workflow.py" line="+114"/>
        <source>Not approved: no override reason was given.</source>
        <extracomment>QCoreApplication.translate under the name pyside6-lupdate looks for. approvals refused only on document rules, with room under the ceiling The rotation whose roster is on screen (set by the view).</extracomment>
        <translation>Бекітілмеді: ерекшелік себебі көрсетілмеді.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>They stay on the roster as withdrawn and free their places under the ceiling.</source>
        <translation>Олар тізімде шығарылғандар ретінде қалады және шекті сан шегіндегі орындарын босатады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw from the roster</source>
        <translation>Тізімнен шығару</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw</source>
        <translation>Шығару</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not approved</source>
        <translation>Бекітілмеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not deployed</source>
        <translation>Миссияға жіберілмеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not completed</source>
        <translation>Аяқталмады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not repatriated</source>
        <translation>Қайтарылмады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not withdrawn</source>
        <translation>Тізімнен шығарылмады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not changed</source>
        <translation>Өзгертілмеді</translation>
    </message>
</context>
<context>
    <name>RotationDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/planning/rotation_dialog.py" line="+54"/>
        <source>New rotation</source>
        <translation>Жаңа ротация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotation %1</source>
        <translation>Ротация %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 of %2 — up to %3 people</source>
        <translation>%2 жылғы %1 — %3 адамға дейін</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (superseded by %1)</source>
        <translation> (%1 шешімімен ауыстырылған)</translation>
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
        <translation>Н&amp;өмірі</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Name</source>
        <translation>&amp;Атауы</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. KAZBAT-7, staff officers 2026</source>
        <translation>мысалы, KAZBAT-7, штаб офицерлері 2026</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Parliament &amp;decision</source>
        <translation>Парламент &amp;шешімі</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Planned start</source>
        <translation>&amp;Жоспарлы басталуы</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Planned &amp;end</source>
        <translation>Жоспарлы а&amp;яқталуы</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Actual start</source>
        <translation>&amp;Нақты басталуы</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Actual en&amp;d</source>
        <translation>Нақты аяқталу&amp;ы</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Status</source>
        <translation>Мәр&amp;тебесі</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Only decisions that set a ceiling for the chosen mission and are not superseded are listed.</source>
        <translation>Тек таңдалған миссия үшін шекті сан белгілейтін және ауыстырылмаған шешімдер көрсетіледі.</translation>
    </message>
</context>
<context>
    <name>Scans</name>
    <message>
        <location filename="../../kzpk_desktop/gui/documents/scans.py" line="+30"/>
        <source>Attach a scan</source>
        <translation>Скан-көшірмені тіркеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scans (%1);;All files (*)</source>
        <translation>Скан-көшірмелер (%1);;Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>ServicemanChooser</name>
    <message>
        <location filename="../../kzpk_desktop/gui/paperwork/chooser.py" line="+32"/>
        <source>Find a serviceman</source>
        <translation>Әскери қызметшіні табу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose</source>
        <translation>Таңдау</translation>
    </message>
</context>
<context>
    <name>ServicemanForm</name>
    <message>
        <location filename="../../kzpk_desktop/gui/registry/form.py" line="+97"/>
        <source>type to search</source>
        <extracomment>ServicemanData attribute -&gt; the widget that edits it (object names in the .ui file). The Latin field each Cyrillic name suggests a spelling for. Esc on a form with nothing to revert: give the keyboard back to the list.</extracomment>
        <translation>іздеу үшін теріңіз</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Choose a rank from the list, or leave the field empty.</source>
        <translation>Тізімнен әскери атақты таңдаңыз немесе өрісті бос қалдырыңыз.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Revert changes</source>
        <translation>Өзгерістерді болдырмау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the changes made to this record since it was opened?</source>
        <translation>Жазба ашылғаннан бергі өзгерістер болдырылмасын ба?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo changes</source>
        <translation>Өзгерістерді болдырмау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Түзетуді жалғастыру</translation>
    </message>
    <message>
        <location line="+61"/>
        <location filename="../../ui/serviceman_form.ui" line="+32"/>
        <source>New serviceman</source>
        <translation>Жаңа әскери қызметші</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (not saved)</source>
        <translation>%1 (сақталмаған)</translation>
    </message>
    <message>
        <location filename="../../ui/serviceman_form.ui" line="-18"/>
        <source>Serviceman</source>
        <translation>Әскери қызметші</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Identity</source>
        <translation>Жеке деректер</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;IIN</source>
        <translation>Ж&amp;СН</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Service &amp;number</source>
        <translation>Жеке &amp;нөмірі</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Surname</source>
        <translation>&amp;Тегі</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Given name</source>
        <translation>&amp;Аты</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Patronymic</source>
        <translation>&amp;Әкесінің аты</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Surname (&amp;Latin)</source>
        <translation>Тегі (&amp;латынша)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+33"/>
        <source>Exactly as printed in the passport</source>
        <translation>Төлқұжатта басылғандай дәл</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Given names (Latin)</source>
        <translation>Аты (латынша)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Date of &amp;birth</source>
        <translation>Туған &amp;күні</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Se&amp;x</source>
        <translation>&amp;Жынысы</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Rank</source>
        <translation>Әскери атағ&amp;ы</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>S&amp;tatus</source>
        <translation>Мә&amp;ртебесі</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Military speciality</source>
        <translation>Әскери мамандығы</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>English level</source>
        <translation>Ағылшын тілін білу деңгейі</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. IELTS 5.0 or STANAG 3333</source>
        <translation>мысалы, IELTS 5.0 немесе STANAG 3333</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Driving licence</source>
        <translation>Жүргізуші куәлігі</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>categories, e.g. B, C</source>
        <translation>санаттары, мысалы, B, C</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Blood group</source>
        <translation>Қан тобы</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>National passport</source>
        <translation>ҚР азаматының төлқұжаты</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passport n&amp;umber</source>
        <translation>Төлқұжат нө&amp;мірі</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Issued on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Expires on</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Contacts and next of kin</source>
        <translation>Байланыс деректері және жақын туысы</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>P&amp;hone</source>
        <translation>Теле&amp;фон</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Next of kin</source>
        <translation>Жақын туысы</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>full name</source>
        <translation>аты-жөні</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Relation</source>
        <translation>Туыстық қатынасы</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. wife, father</source>
        <translation>мысалы, әйелі, әкесі</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Next of kin&apos;s phone</source>
        <translation>Жақын туысының телефоны</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>N&amp;otes</source>
        <translation>&amp;Ескертпелер</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Delete…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Undo the changes made since the record was opened or saved (Esc)</source>
        <translation>Жазба ашылғаннан немесе сақталғаннан бергі өзгерістерді болдырмау (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Revert</source>
        <translation>&amp;Қайтару</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the record (Ctrl+S)</source>
        <translation>Жазбаны сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
</context>
<context>
    <name>ServicemenPicker</name>
    <message>
        <location filename="../../kzpk_desktop/gui/rosters/pickers.py" line="+71"/>
        <source>Nominate servicemen to %1</source>
        <translation>Әскери қызметшілерді ұсыну: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add to the list ↓</source>
        <translation>Тізімге &amp;қосу ↓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the people selected above (Enter does the same)</source>
        <translation>Жоғарыда таңдалғандарды қосу (Enter пернесі де солай істейді)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove from the list</source>
        <translation>Тізімнен &amp;алып тастау</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the same for everyone chosen; can be edited per person later</source>
        <translation>таңдалғандардың барлығы үшін бірдей; кейін әр адам үшін жеке өзгертуге болады</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nominate</source>
        <translation>Ұсыну</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Category</source>
        <translation>&amp;Санат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ppointment</source>
        <translation>Миссиядағы &amp;лауазым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sub-unit</source>
        <translation>&amp;Бөлімше</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n chosen</source>
        <translation>
            <numerusform>%n таңдалды</numerusform>
            <numerusform>%n таңдалды</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../kzpk_desktop/gui/security/session.py" line="+96"/>
        <source>Needs an administrator&apos;s sign-in (you are signed in as %1)</source>
        <extracomment>The area a window opens on after a sign-in. A new main window replaced the old one (after signing out, restoring, encrypting). The one way the window&apos;s pages run work on this database.</extracomment>
        <translation>Әкімшінің кіруі қажет (сіз %1 ретінде кірдіңіз)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Сақтық көшірме жасау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a verified copy of the database to a file</source>
        <translation>Дерекқордың тексерілген көшірмесін файлға жазу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore from backup…</source>
        <translation>Сақтық көшірмеден қалпына &amp;келтіру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a backup in place of the database; the current file is kept aside</source>
        <translation>Дерекқордың орнына сақтық көшірмені қою; ағымдағы файл жанында сақталады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Encrypt database…</source>
        <translation>Дерекқорды &amp;шифрлау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect the database file with a passphrase</source>
        <translation>Дерекқор файлын шифрлау құпиясөзімен қорғау</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Decrypt database…</source>
        <translation>Дерекқордың шифрын &amp;ашу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store the database file without encryption</source>
        <translation>Дерекқор файлын шифрсыз сақтау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock</source>
        <translation>&amp;Құлыптау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the screen now; your password unlocks it</source>
        <translation>Экранды қазір құлыптау; оны құпиясөзіңізбен ашасыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign &amp;out / switch user…</source>
        <translation>Жүйеден шығ&amp;у / пайдаланушыны ауыстыру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the window and let someone sign in</source>
        <translation>Терезені жауып, басқа біреудің кіруіне мүмкіндік беру</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Users…</source>
        <translation>&amp;Пайдаланушылар…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User accounts and their roles</source>
        <translation>Есептік жазбалар және олардың рөлдері</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Signed in</source>
        <translation>Кіру орындалды</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed in: %1 — %2</source>
        <translation>Жүйеде: %1 — %2</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/shortcuts_dialog.py" line="+48"/>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the search field; undo the changes of a form</source>
        <translation>Іздеу өрісін тазалау; пішіндегі өзгерістерден бас тарту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In each area (a dash: not offered there):</source>
        <translation>Әр бөлімде (сызықша — мұнда қолжетімсіз):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Area</source>
        <translation>Бөлім</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../kzpk_desktop/gui/security/startup.py" line="+34"/>
        <source>KZPK Desktop %1 has brought the database to the format of this version. Your records are all there.</source>
        <translation>KZPK Desktop %1 дерекқорды осы нұсқаның пішіміне келтірді. Барлық жазбаларыңыз орнында.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy of the database as it was before the upgrade was saved as
%1</source>
        <translation>Дерекқордың жаңартуға дейінгі көшірмесі мына файлға сақталды:
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database upgraded</source>
        <translation>Дерекқор жаңартылды</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file is not a readable database, or it is encrypted with another passphrase.</source>
        <translation>Файл оқылатын дерекқор емес немесе басқа шифрлау құпиясөзімен шифрланған.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking and restoring %1…</source>
        <translation>%1 тексерілуде және қалпына келтірілуде…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup was not restored.</source>
        <translation>Сақтық көшірме қалпына келтірілмеді.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database was restored from
%1.</source>
        <translation>Дерекқор мына көшірмеден қалпына келтірілді:
%1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous database file was kept as
%1</source>
        <translation>Бұрынғы дерекқор файлы мына атпен сақталды:
%1</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/rosters/status_dialogs.py" line="-81"/>
        <source>Deploy</source>
        <translation>Миссияға жіберу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complete the tour</source>
        <translation>Миссияны аяқтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repatriate early</source>
        <translation>Мерзімінен бұрын қайтару</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n person(s):</source>
        <translation>
            <numerusform>%n адам:</numerusform>
            <numerusform>%n адам:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why the tour ended early (required)</source>
        <translation>Миссия неліктен мерзімінен бұрын аяқталды (міндетті)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Arrival in the mission</source>
        <translation>Миссияға &amp;келген күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Departure from the mission</source>
        <translation>Миссиядан &amp;кеткен күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date of repatriation</source>
        <translation>Қайтарылған &amp;күні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Date</source>
        <translation>&amp;Күні</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason</source>
        <translation>&amp;Себебі</translation>
    </message>
</context>
<context>
    <name>SupersedeDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/planning/decisions_page.py" line="-218"/>
        <source>Supersede decision %1</source>
        <translation>%1 шешімін ауыстыру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the later decision that replaces %1 of %2. Both stay on file; from then on the newer decision&apos;s ceilings govern everyone on rotations resting on either.</source>
        <translation>%2 жылғы %1 шешімін ауыстыратын кейінгі шешімді таңдаңыз. Екеуі де есепте қалады; бұдан былай екеуінің біріне негізделген ротациялардағы барлық адамға жаңа шешімнің шекті сандары қолданылады.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Supersede</source>
        <translation>Ауыстыру</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/ops/task_dialog.py" line="+54"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%1 of %Ln rows</source>
        <translation>
            <numerusform>%1 / %Ln жол</numerusform>
            <numerusform>%1 / %Ln жол</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows written: %1</source>
        <translation>Жазылған жолдар: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
</context>
<context>
    <name>UndoDelete</name>
    <message>
        <location filename="../../kzpk_desktop/gui/recycle/undo.py" line="+44"/>
        <source>&amp;Undo delete</source>
        <extracomment>What a restore may bring back: the person, his documents, assignments and roster entries. The record tab a restored record is shown on. The record is back (a ``services.recycle.Restored``): the window shows it.</extracomment>
        <translation>&amp;Жоюды болдырмау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring back what was deleted last, with everything that went with it</source>
        <translation>Соңғы жойылғанды онымен бірге жойылғанның бәрімен қоса қайтару</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring it back (Ctrl+Z)</source>
        <translation>Қайтару (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Undo: %1</source>
        <translation>Болдырмау: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not restored</source>
        <translation>Қалпына келтірілмеді</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restored: %1.</source>
        <translation>Қалпына келтірілді: %1.</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/units/unit_dialogs.py" line="-62"/>
        <source>New unit</source>
        <translation>Жаңа бөлімше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit unit %1</source>
        <translation>Бөлімше %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(top of the tree)</source>
        <translation>(ағаштың түбірі)</translation>
    </message>
    <message>
        <location filename="../../ui/unit_dialog.ui" line="+14"/>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Part of</source>
        <translation>Құрамына кіреді</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Name in &amp;Kazakh</source>
        <translation>&amp;Қазақша атауы</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Name in &amp;Russian</source>
        <translation>&amp;Орысша атауы</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Name in &amp;English</source>
        <translation>&amp;Ағылшынша атауы</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>K&amp;ind</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Level</source>
        <translation>&amp;Деңгейі</translation>
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
        <translation>Топ (жеке лауазымдар)</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <location filename="../../kzpk_desktop/gui/rosters/pickers.py" line="+28"/>
        <source>Nominate a unit to %1</source>
        <translation>Бөлімшені ұсыну: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Include the members of its sub-units</source>
        <translation>Оның бағынысты бөлімшелерінің құрамын қоса</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone currently assigned to the unit is nominated; each one&apos;s sub-unit on the roster is the unit they serve in.</source>
        <translation>Бөлімшеге қазір тағайындалғандардың барлығы ұсынылады; тізімде әрқайсысының бөлімшесі ретінде ол қызмет ететін бөлімше көрсетіледі.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nominate</source>
        <translation>Ұсыну</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Category</source>
        <translation>&amp;Санат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ppointment</source>
        <translation>Миссиядағы &amp;лауазым</translation>
    </message>
</context>
<context>
    <name>UnitTree</name>
    <message>
        <location filename="../../kzpk_desktop/gui/units/tree_model.py" line="-7"/>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Retired on %1</source>
        <translation>%1 күні таратылған</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <location filename="../../kzpk_desktop/gui/units/page.py" line="+50"/>
        <source>Show retired units</source>
        <translation>Таратылған бөлімшелерді көрсету</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a unit under the one selected (Ctrl+N)</source>
        <translation>Таңдалған бөлімшенің құрамына бөлімше қосу (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;name…</source>
        <translation>Атын &amp;өзгерту…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the unit or change its kind or level</source>
        <translation>Бөлімшенің атын, түрін немесе деңгейін өзгерту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Move to…</source>
        <translation>&amp;Ауыстыру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the unit, with its sub-units, under another unit</source>
        <translation>Бөлімшені бағынысты бөлімшелерімен бірге басқа бөлімшенің құрамына ауыстыру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retire…</source>
        <translation>&amp;Тарату…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire the unit and its sub-units; refused while anyone is assigned to them</source>
        <translation>Бөлімшені және оның бағынысты бөлімшелерін тарату; оларға біреу тағайындалып тұрғанда мүмкін емес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;instate</source>
        <translation>Қалпына &amp;келтіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring a retired unit back into use</source>
        <translation>Таратылған бөлімшені қайта қолданысқа енгізу</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No units yet. Add the regiment, battalion or group your servicemen belong to; its sub-units go under it.</source>
        <translation>Бөлімшелер әлі жоқ. Әскери қызметшілеріңіз жататын полкті, батальонды немесе топты қосыңыз; олардың бөлімшелері ішіне қосылады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a unit…</source>
        <translation>Бөлімше қосу…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Unit added.</source>
        <translation>Бөлімше қосылды.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not moved</source>
        <translation>Ауыстырылмады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moved: %1.</source>
        <translation>Ауыстырылды: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retire unit</source>
        <translation>Бөлімшені тарату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire %1 and all its sub-units as of today?

They stay in the history of assignments but take no new members.</source>
        <translation>%1 және оның барлық бағынысты бөлімшелері бүгінгі күннен бастап таратылсын ба?

Олар тағайындаулар тарихында қалады, бірақ оларға жаңа тағайындаулар жасалмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retire</source>
        <translation>Тарату</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not retired</source>
        <translation>Таратылмады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retired: %1.</source>
        <translation>Таратылды: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not reinstated</source>
        <translation>Қалпына келтірілмеді</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reinstated: %1.</source>
        <translation>Қалпына келтірілді: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n serviceman(s) assigned to %1.</source>
        <translation>
            <numerusform>%n әскери қызметші «%1» бөлімшесіне тағайындалды.</numerusform>
            <numerusform>%n әскери қызметші «%1» бөлімшесіне тағайындалды.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Units not read</source>
        <translation>Бөлімшелер оқылмады</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a unit in the tree: its members are exported.</source>
        <translation>Ағаштан бөлімшені таңдаңыз: оның құрамы экспортталады.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With its sub-units</source>
        <translation>Бағынысты бөлімшелерімен бірге</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../kzpk_desktop/gui/security/users.py" line="+78"/>
        <source>New password for %1</source>
        <translation>%1 үшін жаңа құпиясөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New user</source>
        <translation>Жаңа пайдаланушы</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Full name:</source>
        <translation>Аты-&amp;жөні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R&amp;epeat the password:</source>
        <translation>Құпиясөзді қ&amp;айталаңыз:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Құпиясөздер сәйкес емес; бір құпиясөзді екі рет теріңіз.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location line="-92"/>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong passwords</source>
        <translation>Қате құпиясөздер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong passwords in a row since the last successful sign-in</source>
        <translation>Соңғы сәтті кіруден бергі қатарынан терілген қате құпиясөздер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Жасалған күні</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disabled</source>
        <translation>өшірілген</translation>
    </message>
    <message>
        <location line="+102"/>
        <location line="+69"/>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set &amp;role</source>
        <translation>&amp;Рөлді тағайындау</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>&amp;Disable</source>
        <translation>&amp;Өшіру</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Reset &amp;password…</source>
        <translation>Құпиясөзді &amp;ауыстыру…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the list as shown (order, columns) to an Excel or CSV file</source>
        <translation>Тізімді көрсетілгендей (реті, бағандары) Excel немесе CSV файлына сақтау</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&amp;Enable</source>
        <translation>&amp;Іске қосу</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>User %1 added.</source>
        <translation>%1 пайдаланушысы қосылды.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is now: %2.</source>
        <translation>%1 енді: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation>%1 өшірілді және енді жүйеге кіре алмайды.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 may sign in again.</source>
        <translation>%1 қайтадан жүйеге кіре алады.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Password reset</source>
        <translation>Құпиясөзді ауыстыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 signs in with the new password from now on. Tell it to them in person.</source>
        <translation>Бұдан былай %1 жаңа құпиясөзбен кіреді. Оны жеке өзіне хабарлаңыз.</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <location filename="../../kzpk_desktop/gui/areas.py" line="+43"/>
        <source>Overview</source>
        <extracomment>The least role that sees the area (None: everyone). What New (Ctrl+N) and Find (Ctrl+F) do in this area, for the menus&apos; tips and the shortcuts list (English sources in the &quot;areas&quot; context; None: not offered here).</extracomment>
        <translation>Шолу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Servicemen registry</source>
        <translation>Әскери қызметшілер тізілімі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new serviceman&apos;s record</source>
        <translation>Әскери қызметшінің жаңа жеке карточкасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, IIN or service number</source>
        <translation>Аты-жөні, ЖСН немесе жеке нөмірі бойынша іздеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring documents</source>
        <translation>Мерзімі өтетін құжаттар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units</source>
        <translation>Бөлімшелер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new unit, under the chosen one if any</source>
        <translation>Жаңа бөлімше (таңдалған бөлімшенің құрамында, егер таңдалса)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missions and rotations</source>
        <translation>Миссиялар мен ротациялар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new rotation of the chosen mission; on the Roster tab, add servicemen to the roster</source>
        <translation>Таңдалған миссияның жаңа ротациясы; «Тізім» қойындысында — әскери қызметшілерді тізімге қосу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the Roster tab: filter the roster</source>
        <translation>«Тізім» қойындысында: тізімді сүзу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parliament decisions</source>
        <translation>Парламент шешімдері</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new Parliament decision</source>
        <translation>Парламенттің жаңа қаулысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paperwork</source>
        <translation>Есептер мен тізімдер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange</source>
        <translation>Алмасу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the events by record</source>
        <translation>Оқиғаларды жазба бойынша іздеу</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../kzpk_desktop/gui/labels.py" line="+11"/>
        <source>Active</source>
        <translation>Қызметте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In training</source>
        <translation>Даярлықта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployed</source>
        <translation>Миссияда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Оралған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharged</source>
        <translation>Босатылған</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Male</source>
        <translation>Ер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Әйел</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <location filename="services_templates.py" line="+105"/>
        <source>Wrong user name or password.</source>
        <extracomment>kzpk_desktop/services/accounts.py:59</extracomment>
        <translation>Пайдаланушы аты немесе құпиясөз қате.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account {username} is disabled; ask an administrator.</source>
        <extracomment>kzpk_desktop/services/accounts.py:60</extracomment>
        <translation>{username} есептік жазбасы өшірілген; әкімшіге хабарласыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many wrong passwords; try again in {seconds} seconds.</source>
        <extracomment>kzpk_desktop/services/accounts.py:61</extracomment>
        <translation>Қате құпиясөз тым көп рет енгізілді; {seconds} секундтан кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user name is 3 to 60 characters: Latin letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <extracomment>kzpk_desktop/services/accounts.py:82</extracomment>
        <translation>Пайдаланушы аты 3-тен 60-қа дейін таңбадан тұрады: латын әріптері, цифрлар, «.», «_» немесе «-», әріптен басталады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name {username} is reserved; choose another.</source>
        <extracomment>kzpk_desktop/services/accounts.py:86</extracomment>
        <translation>{username} аты сақталған; басқасын таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must be at least {n} characters long.</source>
        <extracomment>kzpk_desktop/services/accounts.py:98</extracomment>
        <translation>Құпиясөз кемінде {n} таңбадан тұруы керек.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password must not be the user name.</source>
        <extracomment>kzpk_desktop/services/accounts.py:107</extracomment>
        <translation>Құпиясөз пайдаланушы атымен бірдей болмауы керек.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The role must be one of: {roles}.</source>
        <extracomment>kzpk_desktop/services/accounts.py:127</extracomment>
        <translation>Рөл мыналардың бірі болуы керек: {roles}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first account must be an administrator.</source>
        <extracomment>kzpk_desktop/services/accounts.py:130</extracomment>
        <translation>Алғашқы есептік жазба әкімші болуы керек.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name {username} is taken.</source>
        <extracomment>kzpk_desktop/services/accounts.py:132</extracomment>
        <translation>{username} пайдаланушы аты бос емес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current password is wrong.</source>
        <extracomment>kzpk_desktop/services/accounts.py:192</extracomment>
        <translation>Ағымдағы құпиясөз қате.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{username} is the last active administrator; make another administrator first.</source>
        <extracomment>kzpk_desktop/services/accounts.py:217</extracomment>
        <translation>{username} — соңғы белсенді әкімші; алдымен басқа әкімшіні тағайындаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no user named {username}.</source>
        <extracomment>kzpk_desktop/services/accounts.py:228</extracomment>
        <translation>{username} атты пайдаланушы жоқ.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{who} is assigned to {unit} since {start}; a new assignment must start after that date.</source>
        <extracomment>kzpk_desktop/services/assignments.py:57</extracomment>
        <translation>{who} {start} бастап «{unit}» бөлімшесіне тағайындалған; жаңа тағайындау осы күннен кейін басталуы керек.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who}: the assignment from {date} to {date_to} would overlap the current assignment to {unit} (since {start}).</source>
        <extracomment>kzpk_desktop/services/assignments.py:60</extracomment>
        <translation>{who}: {date} – {date_to} аралығындағы тағайындау {unit} бөлімшесіне ағымдағы тағайындаумен ({start} бастап) қабаттасады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who}: an assignment from {date} would overlap the assignment to {unit} from {start} to {end}.</source>
        <extracomment>kzpk_desktop/services/assignments.py:64</extracomment>
        <translation>{who}: {date} бастап тағайындау {unit} бөлімшесіне {start} – {end} аралығындағы тағайындаумен қабаттасады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who}: the assignment from {date} to {date_to} would overlap the assignment to {unit} from {start} to {end}.</source>
        <extracomment>kzpk_desktop/services/assignments.py:66</extracomment>
        <translation>{who}: {date} – {date_to} аралығындағы тағайындау {unit} бөлімшесіне {start} – {end} аралығындағы тағайындаумен қабаттасады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a unit.</source>
        <extracomment>kzpk_desktop/services/assignments.py:82</extracomment>
        <translation>Бөлімшені таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit no longer exists (deleted by someone else?).</source>
        <extracomment>kzpk_desktop/services/assignments.py:83</extracomment>
        <translation>Бөлімше енді жоқ (оны басқа пайдаланушы жойған болуы мүмкін).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date the assignment starts.</source>
        <extracomment>kzpk_desktop/services/assignments.py:87</extracomment>
        <translation>Тағайындаудың басталу күнін енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The assignment cannot end before it starts.</source>
        <extracomment>kzpk_desktop/services/assignments.py:89</extracomment>
        <translation>Тағайындау басталмай тұрып аяқтала алмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The position is too long (at most {max} characters).</source>
        <extracomment>kzpk_desktop/services/assignments.py:91</extracomment>
        <translation>Лауазым атауы тым ұзын (ең көбі {max} таңба).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order number is too long (at most {max} characters).</source>
        <extracomment>kzpk_desktop/services/assignments.py:94</extracomment>
        <translation>Бұйрық нөмірі тым ұзын (ең көбі {max} таңба).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one serviceman.</source>
        <extracomment>kzpk_desktop/services/assignments.py:97</extracomment>
        <translation>Кемінде бір әскери қызметшіні таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} of the chosen servicemen no longer exist (deleted by someone else?).</source>
        <extracomment>kzpk_desktop/services/assignments.py:110</extracomment>
        <translation>Таңдалған әскери қызметшілердің {count} енді жоқ (оларды басқа пайдаланушы жойған болуы мүмкін).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The assignment no longer exists (deleted by someone else?).</source>
        <extracomment>kzpk_desktop/services/assignments.py:175</extracomment>
        <translation>Тағайындау енді жоқ (оны басқа пайдаланушы жойған болуы мүмкін).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This assignment already ended on {date}.</source>
        <extracomment>kzpk_desktop/services/assignments.py:178</extracomment>
        <translation>Бұл тағайындау {date} күні аяқталып қойған.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The assignment cannot end before it starts ({date}).</source>
        <extracomment>kzpk_desktop/services/assignments.py:181</extracomment>
        <translation>Тағайындау басталмай тұрып ({date}) аяқтала алмайды.</translation>
    </message>
    <message>
        <location line="+268"/>
        <source>Your role ({role}) may not change records.</source>
        <extracomment>kzpk_desktop/services/auth.py:44</extracomment>
        <translation>Сіздің рөліңіз ({role}) жазбаларды өзгертуге рұқсат бермейді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role ({role}) may not delete records; a supervisor or an administrator may.</source>
        <extracomment>kzpk_desktop/services/auth.py:45</extracomment>
        <translation>Сіздің рөліңіз ({role}) жазбаларды жоюға рұқсат бермейді; мұны басшы немесе әкімші істей алады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role ({role}) may not change reference tables (ranks, missions, units, Parliament decisions); only an administrator may.</source>
        <extracomment>kzpk_desktop/services/auth.py:46</extracomment>
        <translation>Сіздің рөліңіз ({role}) анықтамалықтарды (әскери атақтар, миссиялар, бөлімшелер, Парламент шешімдері) өзгертуге рұқсат бермейді; мұны тек әкімші істей алады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role ({role}) may not manage user accounts; only an administrator may.</source>
        <extracomment>kzpk_desktop/services/auth.py:48</extracomment>
        <translation>Сіздің рөліңіз ({role}) есептік жазбаларды басқаруға рұқсат бермейді; мұны тек әкімші істей алады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role ({role}) may not change the settings; only an administrator may.</source>
        <extracomment>kzpk_desktop/services/auth.py:49</extracomment>
        <translation>Сіздің рөліңіз ({role}) баптауларды өзгертуге рұқсат бермейді; мұны тек әкімші істей алады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role ({role}) may not approve roster entries; a supervisor or an administrator may.</source>
        <extracomment>kzpk_desktop/services/auth.py:50</extracomment>
        <translation>Сіздің рөліңіз ({role}) тізім жазбаларын бекітуге рұқсат бермейді; мұны басшы немесе әкімші істей алады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role ({role}) may not override eligibility rules; a supervisor or an administrator may.</source>
        <extracomment>kzpk_desktop/services/auth.py:52</extracomment>
        <translation>Сіздің рөліңіз ({role}) жарамдылық ережелерінен ерекшелік жасауға рұқсат бермейді; мұны басшы немесе әкімші істей алады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role ({role}) may not do this; a supervisor or an administrator may.</source>
        <extracomment>kzpk_desktop/services/auth.py:54</extracomment>
        <translation>Сіздің рөліңіз ({role}) мұны істеуге рұқсат бермейді; мұны басшы немесе әкімші істей алады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role ({role}) may not do this; only an administrator may.</source>
        <extracomment>kzpk_desktop/services/auth.py:55</extracomment>
        <translation>Сіздің рөліңіз ({role}) мұны істеуге рұқсат бермейді; мұны тек әкімші істей алады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in first: this database has user accounts, and changes are made by a named user.</source>
        <extracomment>kzpk_desktop/services/auth.py:58</extracomment>
        <translation>Алдымен жүйеге кіріңіз: бұл дерекқорда есептік жазбалар бар, өзгерістерді нақты пайдаланушы енгізеді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account {username} is disabled or no longer exists; sign in again.</source>
        <extracomment>kzpk_desktop/services/auth.py:60</extracomment>
        <translation>{username} есептік жазбасы өшірілген немесе енді жоқ; жүйеге қайта кіріңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups are made of SQLite database files only; back up a PostgreSQL server with its own tools (pg_dump).</source>
        <extracomment>kzpk_desktop/services/backup.py:32</extracomment>
        <translation>Сақтық көшірмелер тек SQLite дерекқор файлдары үшін жасалады; PostgreSQL серверінің сақтық көшірмесін оның өз құралдарымен (pg_dump) жасаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no database file at {path}.</source>
        <extracomment>kzpk_desktop/services/backup.py:48</extracomment>
        <translation>{path} жолында дерекқор файлы жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup cannot overwrite the database itself.</source>
        <extracomment>kzpk_desktop/services/backup.py:51</extracomment>
        <translation>Сақтық көшірме дерекқордың өзін қайта жаза алмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy failed its integrity check ({detail}); the database itself may be damaged.</source>
        <extracomment>kzpk_desktop/services/backup.py:72</extracomment>
        <translation>Көшірме тұтастық тексерісінен өтпеді ({detail}); дерекқордың өзі зақымдалған болуы мүмкін.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup could not be made: {detail}.</source>
        <extracomment>kzpk_desktop/services/backup.py:76</extracomment>
        <translation>Сақтық көшірме жасау мүмкін болмады: {detail}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write {path}: the folder is read-only or the file is in use.</source>
        <extracomment>kzpk_desktop/services/backup.py:78</extracomment>
        <translation>{path} жазу мүмкін емес: қалта тек оқуға арналған немесе файл пайдаланылып жатыр.</translation>
    </message>
    <message>
        <location line="-436"/>
        <source>Export cancelled; no file was written.</source>
        <extracomment>kzpk_desktop/exports/files.py:37</extracomment>
        <translation>Экспорт тоқтатылды; файл жазылмады.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The file is not a readable KZPK database ({detail}).</source>
        <extracomment>kzpk_desktop/db/migrate.py:133</extracomment>
        <translation>Файл оқылатын KZPK дерекқоры емес ({detail}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is a database, but not a KZPK Desktop database.</source>
        <extracomment>kzpk_desktop/db/migrate.py:136</extracomment>
        <translation>Файл дерекқор, бірақ KZPK Desktop дерекқоры емес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is at schema {revision}, written by a newer version of KZPK Desktop; this version knows schemas up to {head}. Install the newer version to open it; this version leaves the database untouched.</source>
        <oldsource>The database was written by a newer version of KZPK Desktop (schema {revision}). Install that version to open it; this version leaves the file untouched.</oldsource>
        <extracomment>kzpk_desktop/db/migrate.py:142</extracomment>
        <translation>Дерекқор {revision} схемасында, оны KZPK Desktop-тың жаңарақ нұсқасы жазған; бұл нұсқа тек {head} схемасына дейін біледі. Ашу үшін жаңарақ нұсқаны орнатыңыз; бұл нұсқа дерекқорды өзгертпейді.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database was not upgraded: the backup made before upgrading failed ({detail}).</source>
        <extracomment>kzpk_desktop/db/migrate.py:298</extracomment>
        <translation>Дерекқор жаңартылмады: жаңарту алдындағы сақтық көшірме жасалмады ({detail}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write {path}: a folder has that name. Choose another file name.</source>
        <extracomment>kzpk_desktop/exports/files.py:91</extracomment>
        <translation>{path} жазу мүмкін емес: бұл атау қалтаға берілген. Файлдың басқа атауын таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write {path}: the folder does not exist.</source>
        <extracomment>kzpk_desktop/exports/files.py:94</extracomment>
        <translation>{path} жазу мүмкін емес: қалта жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write {path}: the file is open in another program or the folder is read-only. Close it and try again.</source>
        <extracomment>kzpk_desktop/exports/files.py:97</extracomment>
        <translation>{path} жазу мүмкін емес: файл басқа бағдарламада ашық немесе қалта тек оқуға арналған. Файлды жауып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write {path}: the disk is full.</source>
        <extracomment>kzpk_desktop/exports/files.py:101</extracomment>
        <translation>{path} жазу мүмкін емес: дискіде орын жоқ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write {path}: {reason}.</source>
        <extracomment>kzpk_desktop/exports/files.py:105</extracomment>
        <translation>{path} жазу мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <location line="+1158"/>
        <source>{file} is not imported: its part {part} unpacks to more than {limit} MB, far more than a list of servicemen. Save the list alone in a new workbook and import that.</source>
        <extracomment>kzpk_desktop/sheets/bounds.py:66</extracomment>
        <translation>{file} импортталмайды: оның {part} бөлігі ашылғанда {limit} МБ-тан асады — әскери қызметшілер тізімінен әлдеқайда көп. Тізімді ғана жаңа кітапқа сақтап, соны импорттаңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is damaged: its part {part} is not the size the file says it is. Open it in Excel, save it again and import the new file.</source>
        <extracomment>kzpk_desktop/sheets/bounds.py:122</extracomment>
        <translation>{file} зақымдалған: оның {part} бөлігінің өлшемі файлда көрсетілгенге сәйкес келмейді. Оны Excel-де ашып, қайта сақтаңыз да, жаңа файлды импорттаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} holds more than {limit} different texts, far more than a list of servicemen. Save the list alone in a new workbook and import that.</source>
        <extracomment>kzpk_desktop/sheets/bounds.py:162</extracomment>
        <translation>{file} ішінде {limit}-ден астам әртүрлі мәтін бар — әскери қызметшілер тізімінен әлдеқайда көп. Тізімді ғана жаңа кітапқа сақтап, соны импорттаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet &apos;{sheet}&apos; of {file} has {cells} cells; at most {limit} are imported at a time. Split the list into several files.</source>
        <extracomment>kzpk_desktop/sheets/bounds.py:304</extracomment>
        <translation>{file} файлының «{sheet}» парағында {cells} ұяшық бар; бір реттен ең көбі {limit} ұяшық импортталады. Тізімді бірнеше файлға бөліңіз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sheet &apos;{sheet}&apos; of {file} spans {rows} rows by {columns} columns, more than a list of servicemen ever needs: something is written far beyond the list. Press Ctrl+End in Excel to find it, delete it and import again.</source>
        <extracomment>kzpk_desktop/sheets/bounds.py:321</extracomment>
        <translation>{file} файлының «{sheet}» парағы {rows} жол мен {columns} бағанды алып жатыр — әскери қызметшілер тізіміне қажетінен көп: тізімнен әлдеқайда алыс бір нәрсе жазылған. Оны табу үшін Excel-де Ctrl+End басыңыз, өшіріп, қайта импорттаңыз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The spreadsheet reader could not be started ({reason}); nothing was imported.</source>
        <extracomment>kzpk_desktop/sheets/isolated.py:107</extracomment>
        <translation>Кестені оқуды іске қосу мүмкін болмады ({reason}); ештеңе импортталмады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} was still being read after {limit} seconds; it is not imported. Save the list alone in a new workbook and import that.</source>
        <extracomment>kzpk_desktop/sheets/isolated.py:244</extracomment>
        <translation>{file} {limit} секундтан астам оқылды; ол импортталмайды. Тізімді ғана жаңа кітапқа сақтап, соны импорттаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} could not be read: the spreadsheet reader stopped ({reason}). Open it in Excel, save it again and import the new file.</source>
        <extracomment>kzpk_desktop/sheets/isolated.py:248</extracomment>
        <translation>{file} оқылмады: кестені оқу тоқтап қалды ({reason}). Оны Excel-де ашып, қайта сақтаңыз да, жаңа файлды импорттаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} needs more than {limit} MB of memory to read; it is not imported. Save the list alone in a new workbook and import that.</source>
        <extracomment>kzpk_desktop/sheets/isolated.py:255</extracomment>
        <translation>{file} оқу үшін {limit} МБ-тан астам жад қажет; ол импортталмайды. Тізімді ғана жаңа кітапқа сақтап, соны импорттаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has a date cell holding a number no calendar has ({reason}). Find the cell (Excel shows it as #####), correct the date and import again.</source>
        <extracomment>kzpk_desktop/sheets/isolated.py:388</extracomment>
        <translation>{file} ішінде ешбір күнтізбеде жоқ саны бар күн ұяшығы бар ({reason}). Сол ұяшықты тауып (Excel оны ##### деп көрсетеді), күнді түзетіп, қайта импорттаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: no such file.</source>
        <extracomment>kzpk_desktop/sheets/readers.py:78</extracomment>
        <translation>{file}: мұндай файл жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is empty (0 bytes).</source>
        <extracomment>kzpk_desktop/sheets/readers.py:81</extracomment>
        <translation>{file} бос (0 байт).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is {size} MB; files over {limit} MB are not imported. Split the list into several files.</source>
        <extracomment>kzpk_desktop/sheets/readers.py:84</extracomment>
        <translation>{file} өлшемі {size} МБ; {limit} МБ-тан асатын файлдар импортталмайды. Тізімді бірнеше файлға бөліңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is protected with a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <extracomment>kzpk_desktop/sheets/readers.py:93</extracomment>
        <translation>{file} құпиясөзбен қорғалған. Оны Excel-де ашып, құпиясөзді алып тастаңыз (Файл &gt; Мәліметтер &gt; Кітапты қорғау) және қайта сақтаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is an old Excel 97-2003 workbook (.xls). Open it in Excel and save it as an Excel Workbook (.xlsx).</source>
        <extracomment>kzpk_desktop/sheets/readers.py:96</extracomment>
        <translation>{file} — ескі Excel 97-2003 кітабы (.xls). Оны Excel-де ашып, «Excel кітабы» (.xlsx) ретінде сақтаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is not an Excel workbook (.xlsx or .xlsm).</source>
        <extracomment>kzpk_desktop/sheets/readers.py:100</extracomment>
        <translation>{file} Excel кітабы (.xlsx немесе .xlsm) емес.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>{file} is damaged: it cannot be opened as a workbook.</source>
        <extracomment>kzpk_desktop/sheets/errors.py:16</extracomment>
        <translation>{file} зақымдалған: оны кітап ретінде ашу мүмкін емес.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{file} is not an Excel workbook (.xlsx or .xlsm): it is another kind of zip file (a Word document, an OpenDocument file or an archive?).</source>
        <extracomment>kzpk_desktop/sheets/readers.py:111</extracomment>
        <translation>{file} Excel кітабы (.xlsx немесе .xlsm) емес: бұл басқа түрдегі zip файлы (Word құжаты, OpenDocument файлы немесе мұрағат болуы мүмкін).</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>{file} unpacks to more than {limit} MB of data; it is not imported.</source>
        <extracomment>kzpk_desktop/sheets/bounds.py:73</extracomment>
        <translation>{file} ашылғанда {limit} МБ-тан астам деректер болады; ол импортталмайды.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{file} has no sheet named &apos;{sheet}&apos;. Its sheets: {sheets}.</source>
        <extracomment>kzpk_desktop/sheets/readers.py:175</extracomment>
        <translation>{file} ішінде «{sheet}» парағы жоқ. Оның парақтары: {sheets}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet &apos;{sheet}&apos; of {file} is empty.</source>
        <extracomment>kzpk_desktop/sheets/readers.py:201</extracomment>
        <translation>{file} файлының «{sheet}» парағы бос.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has no data: every sheet is empty.</source>
        <extracomment>kzpk_desktop/sheets/readers.py:203</extracomment>
        <translation>{file} ішінде деректер жоқ: барлық парақ бос.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>{file} is damaged: it cannot be read ({reason}).</source>
        <extracomment>kzpk_desktop/sheets/errors.py:21</extracomment>
        <translation>{file} зақымдалған: оны оқу мүмкін емес ({reason}).</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Sheet &apos;{sheet}&apos; of {file} has {rows} rows; at most {limit} rows are imported at a time. Split the list into several files.</source>
        <extracomment>kzpk_desktop/sheets/bounds.py:314</extracomment>
        <translation>{file} файлының «{sheet}» парағында {rows} жол бар; бір реттен ең көбі {limit} жол импортталады. Тізімді бірнеше файлға бөліңіз.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Sheet &apos;{sheet}&apos; of {file}: no header row found in the first {n} rows. The header row names the columns, for example ИИН, Фамилия, Имя (or ЖСН, Тегі, Аты; IIN, Surname, Given name).</source>
        <extracomment>kzpk_desktop/sheets/readers.py:221</extracomment>
        <translation>{file} файлының «{sheet}» парағы: алғашқы {n} жолдан тақырып жолы табылмады. Тақырып жолы бағандарды атайды, мысалы, ЖСН, Тегі, Аты (немесе ИИН, Фамилия, Имя; IIN, Surname, Given name).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet &apos;{sheet}&apos; of {file} has a header row (row {row}) but no data below it.</source>
        <extracomment>kzpk_desktop/sheets/readers.py:240</extracomment>
        <translation>{file} файлының «{sheet}» парағында тақырып жолы бар ({row}-жол), бірақ оның астында деректер жоқ.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>{value} is a number, not a date: format the cell as a date or write it as DD.MM.YYYY.</source>
        <extracomment>kzpk_desktop/sheets/cells.py:79</extracomment>
        <translation>{value} — күн емес, сан: ұяшыққа күн пішімін беріңіз немесе күнді КК.АА.ЖЖЖЖ түрінде жазыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a date: write it as DD.MM.YYYY.</source>
        <extracomment>kzpk_desktop/sheets/cells.py:95</extracomment>
        <translation>«{value}» — күн емес: оны КК.АА.ЖЖЖЖ түрінде жазыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a real date.</source>
        <extracomment>kzpk_desktop/sheets/cells.py:103</extracomment>
        <translation>«{value}» — мұндай күн жоқ.</translation>
    </message>
    <message>
        <location line="-1152"/>
        <source>The number of days cannot be negative.</source>
        <extracomment>kzpk_desktop/exports/reports/expiring.py:27</extracomment>
        <translation>Күндер саны теріс бола алмайды.</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>The database server cannot be reached. Check the network connection and try again in a moment; nothing was changed.</source>
        <extracomment>kzpk_desktop/db/faults.py:21</extracomment>
        <translation>Дерекқор серверіне қосылу мүмкін емес. Желі байланысын тексеріп, сәлден соң қайталап көріңіз; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database account this program uses has no rights to do this ({detail}). Ask the database administrator to grant them; nothing was changed.</source>
        <extracomment>kzpk_desktop/db/faults.py:23</extracomment>
        <translation>Бағдарлама жұмыс істейтін дерекқор тіркелгісінде бұған құқық жоқ ({detail}). Дерекқор әкімшісінен оларды беруді сұраңыз; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another workstation is holding these records. Try again in a moment; nothing was changed.</source>
        <extracomment>kzpk_desktop/db/faults.py:26</extracomment>
        <translation>Бұл жазбаларды қазір басқа жұмыс орны ұстап тұр. Сәлден соң қайталап көріңіз; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file is locked by another program or workstation. Try again in a moment; nothing was changed.</source>
        <extracomment>kzpk_desktop/db/faults.py:28</extracomment>
        <translation>Дерекқор файлын басқа бағдарлама немесе жұмыс орны бұғаттап тұр. Сәлден соң қайталап көріңіз; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database took too long to answer and the request was stopped. Try again; if it keeps happening, ask the database administrator.</source>
        <extracomment>kzpk_desktop/db/faults.py:30</extracomment>
        <translation>Дерекқор тым ұзақ жауап бермеді, сұрау тоқтатылды. Қайталап көріңіз; қайталана берсе, дерекқор әкімшісіне хабарласыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk that holds the database is full. Free some space and try again; nothing was changed.</source>
        <extracomment>kzpk_desktop/db/faults.py:32</extracomment>
        <translation>Дерекқор тұрған диск толып қалды. Орын босатып, қайталап көріңіз; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file is damaged and cannot be read. Restore the latest backup (File &gt; Restore from backup).</source>
        <extracomment>kzpk_desktop/db/faults.py:34</extracomment>
        <translation>Дерекқор файлы бүлінген және оқылмайды. Соңғы сақтық көшірмені қалпына келтіріңіз (Файл &gt; Сақтық көшірмеден қалпына келтіру).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file cannot be written (it is read-only, or the folder is). Ask the administrator to allow writing; nothing was changed.</source>
        <extracomment>kzpk_desktop/db/faults.py:36</extracomment>
        <translation>Дерекқор файлына жазу мүмкін емес (ол немесе қалта тек оқуға арналған). Әкімшіден жазуға рұқсат беруді сұраңыз; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database refused the request ({detail}). Nothing was changed; try again in a moment.</source>
        <extracomment>kzpk_desktop/db/faults.py:38</extracomment>
        <translation>Дерекқор сұрауды қабылдамады ({detail}). Ештеңе өзгертілмеді; сәлден соң қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server {server} refused the password of &apos;{user}&apos;. Check the password (PGPASSWORD or ~/.pgpass), or ask the database administrator.</source>
        <extracomment>kzpk_desktop/db/migrate.py:53</extracomment>
        <translation>{server} сервері &apos;{user}&apos; пайдаланушысының құпия сөзін қабылдамады. Құпия сөзді тексеріңіз (PGPASSWORD немесе ~/.pgpass) немесе дерекқор әкімшісіне хабарласыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server {server} does not accept &apos;{user}&apos; from this computer ({detail}). Ask the database administrator (pg_hba.conf, sslmode).</source>
        <extracomment>kzpk_desktop/db/migrate.py:55</extracomment>
        <translation>{server} сервері бұл компьютерден &apos;{user}&apos; қосылуын қабылдамайды ({detail}). Дерекқор әкімшісіне хабарласыңыз (pg_hba.conf, sslmode).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server {server} has no database &apos;{database}&apos;. Check the name in the database URL, or ask the database administrator.</source>
        <extracomment>kzpk_desktop/db/migrate.py:57</extracomment>
        <translation>{server} серверінде &apos;{database}&apos; дерекқоры жоқ. Дерекқор мекенжайындағы атауды тексеріңіз немесе дерекқор әкімшісіне хабарласыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The role &apos;{user}&apos; has no rights on the database &apos;{database}&apos; of {server} ({detail}). Ask the database administrator to grant it a workstation&apos;s rights (&apos;kzpk grant&apos;).</source>
        <extracomment>kzpk_desktop/db/migrate.py:59</extracomment>
        <translation>&apos;{user}&apos; рөлінің {server} серверіндегі &apos;{database}&apos; дерекқорына құқығы жоқ ({detail}). Дерекқор әкімшісінен оған жұмыс орнының құқықтарын беруін сұраңыз (&apos;kzpk grant&apos;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database server {server} could not do what was asked ({detail}).</source>
        <extracomment>kzpk_desktop/db/migrate.py:63</extracomment>
        <translation>{server} дерекқор сервері сұралғанды орындай алмады ({detail}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database server {server} cannot be reached ({detail}). Check that it is running and that this computer may connect to it, then try again.</source>
        <extracomment>kzpk_desktop/db/migrate.py:64</extracomment>
        <translation>{server} дерекқор серверіне қосылу мүмкін емес ({detail}). Оның іске қосылғанын және бұл компьютердің оған қосыла алатынын тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database on the server has no KZPK schema yet: its administrator creates it with &apos;kzpk init&apos; (this version needs schema {head}).</source>
        <extracomment>kzpk_desktop/db/migrate.py:196</extracomment>
        <translation>Сервердегі дерекқорда әлі KZPK схемасы жоқ: оны әкімші &apos;kzpk init&apos; командасымен жасайды (бұл нұсқаға {head} схемасы қажет).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database on the server is at schema {revision}; this version of KZPK Desktop needs schema {head}. Ask the database administrator to run &apos;kzpk migrate&apos; with this version; a workstation does not change the server&apos;s schema by itself.</source>
        <extracomment>kzpk_desktop/db/migrate.py:199</extracomment>
        <translation>Сервердегі дерекқор {revision} схемасында; KZPK Desktop-тың бұл нұсқасына {head} схемасы қажет. Дерекқор әкімшісінен осы нұсқамен &apos;kzpk migrate&apos; орындауын сұраңыз; жұмыс орны сервер схемасын өздігінен өзгертпейді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database has no KZPK schema yet: there is no upgrade script to show; create the schema with &apos;kzpk init&apos;.</source>
        <extracomment>kzpk_desktop/db/migrate.py:215</extracomment>
        <translation>Дерекқорда әлі KZPK схемасы жоқ: көрсететін жаңарту сценарийі жоқ; схеманы &apos;kzpk init&apos; командасымен жасаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SQL of this upgrade cannot be written out for review ({detail}); apply it with &apos;kzpk migrate&apos;.</source>
        <extracomment>kzpk_desktop/db/migrate.py:220</extracomment>
        <translation>Бұл жаңартудың SQL-ін тексеру үшін шығару мүмкін емес ({detail}); оны &apos;kzpk migrate&apos; командасымен қолданыңыз.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>&apos;{text}&apos; is not an audit anchor (expected the event number, a colon and 64 hexadecimal digits).</source>
        <extracomment>kzpk_desktop/services/anchors.py:83</extracomment>
        <translation>&apos;{text}&apos; аудит журналының зәкірі емес (оқиға нөмірі, қос нүкте және 64 он алтылық цифр күтіледі).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not a KZPK audit anchor.</source>
        <extracomment>kzpk_desktop/services/anchors.py:105</extracomment>
        <translation>Файл KZPK аудит журналының зәкірі емес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit anchor is of version {version}, which this version of KZPK Desktop does not read.</source>
        <extracomment>kzpk_desktop/services/anchors.py:107</extracomment>
        <translation>Аудит зәкірі {version} нұсқасында; KZPK Desktop-тың бұл нұсқасы оны оқымайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit anchor is damaged (no event number or hash).</source>
        <extracomment>kzpk_desktop/services/anchors.py:111</extracomment>
        <translation>Аудит зәкірі зақымдалған (оқиға нөмірі немесе хеш жоқ).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write {path}: {detail}.</source>
        <extracomment>kzpk_desktop/services/anchors.py:126</extracomment>
        <translation>{path} жазу мүмкін емес: {detail}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read {path}: {detail}.</source>
        <extracomment>kzpk_desktop/services/anchors.py:138</extracomment>
        <translation>{path} оқу мүмкін емес: {detail}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} holds no audit anchor: it is not an anchor file, a KZPK report or a backup (an encrypted backup needs its passphrase).</source>
        <extracomment>kzpk_desktop/services/anchors.py:147</extracomment>
        <translation>{path} ішінде аудит зәкірі жоқ: бұл зәкір файлы да, KZPK есебі де, сақтық көшірме де емес (шифрланған көшірмеге оның құпия фразасы қажет).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} records no audit head (a workbook that KZPK Desktop did not write, or one written before reports carried it).</source>
        <extracomment>kzpk_desktop/services/anchors.py:164</extracomment>
        <translation>{path} ішінде аудит журналының басы жазылмаған (кітапты KZPK Desktop жазбаған немесе ол есептер оны сақтай бастағанға дейін жасалған).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not a readable KZPK backup (an encrypted backup needs its passphrase).</source>
        <extracomment>kzpk_desktop/services/anchors.py:179</extracomment>
        <translation>{path} оқылатын KZPK сақтық көшірмесі емес (шифрланған көшірмеге оның құпия фразасы қажет).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup {path} holds no audit events.</source>
        <extracomment>kzpk_desktop/services/anchors.py:182</extracomment>
        <translation>{path} сақтық көшірмесінде аудит оқиғалары жоқ.</translation>
    </message>
    <message>
        <location line="+334"/>
        <source>There is no rotation with id {id} (it may have been deleted).</source>
        <extracomment>kzpk_desktop/services/ceilings.py:28</extracomment>
        <translation>id {id} ротация жоқ (ол жойылған болуы мүмкін).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision {decision} sets no ceiling for {mission}, so nobody can be sent there under it.</source>
        <extracomment>kzpk_desktop/services/ceilings.py:117</extracomment>
        <translation>{decision} шешімі {mission} үшін шекті сан белгілемейді, сондықтан бұл шешім бойынша ол жаққа ешкімді жіберуге болмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No place left for {mission} under decision {decision}: {used} of {ceiling} places are taken on {day}. Nobody can exceed Parliament&apos;s ceiling.</source>
        <extracomment>kzpk_desktop/services/ceilings.py:122</extracomment>
        <translation>{decision} шешімі бойынша {mission} үшін бос орын қалмады: {day} күні {ceiling} орыннан {used} толды. Парламент белгілеген шекті саннан ешкім асыра алмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No place left under decision {decision} overall: {used} of {ceiling} places are taken on {day}. Nobody can exceed Parliament&apos;s ceiling.</source>
        <extracomment>kzpk_desktop/services/ceilings.py:129</extracomment>
        <translation>{decision} шешімі бойынша жалпы бос орын қалмады: {day} күні {ceiling} орыннан {used} толды. Парламент белгілеген шекті саннан ешкім асыра алмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision number is required.</source>
        <extracomment>kzpk_desktop/services/decisions.py:68</extracomment>
        <translation>Шешімнің нөмірі міндетті.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision {number} already exists.</source>
        <extracomment>kzpk_desktop/services/decisions.py:72</extracomment>
        <translation>{number} шешімі бұрыннан бар.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of the decision is required.</source>
        <extracomment>kzpk_desktop/services/decisions.py:74</extracomment>
        <translation>Шешімнің күні міндетті.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title is required.</source>
        <extracomment>kzpk_desktop/services/decisions.py:76</extracomment>
        <translation>Атауы міндетті.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The overall ceiling is required.</source>
        <extracomment>kzpk_desktop/services/decisions.py:78</extracomment>
        <translation>Жалпы шекті сан міндетті.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The overall ceiling cannot be negative.</source>
        <extracomment>kzpk_desktop/services/decisions.py:80</extracomment>
        <translation>Жалпы шекті сан теріс бола алмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period cannot end ({end}) before it starts ({start}).</source>
        <extracomment>kzpk_desktop/services/decisions.py:82</extracomment>
        <translation>Кезең басталмай тұрып ({start}) аяқтала алмайды ({end}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name at least one mission with its ceiling.</source>
        <extracomment>kzpk_desktop/services/decisions.py:85</extracomment>
        <translation>Кемінде бір миссияны оның шекті санымен көрсетіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown mission (id {id}).</source>
        <extracomment>kzpk_desktop/services/decisions.py:92</extracomment>
        <translation>Белгісіз миссия (id {id}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ceiling for {mission} must be zero or more.</source>
        <extracomment>kzpk_desktop/services/decisions.py:94</extracomment>
        <translation>{mission} үшін шекті сан нөл немесе одан көп болуы керек.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ceiling for {mission} ({value}) exceeds the overall ceiling ({overall}).</source>
        <extracomment>kzpk_desktop/services/decisions.py:96</extracomment>
        <translation>{mission} үшін шекті сан ({value}) жалпы шекті саннан ({overall}) асып кетеді.</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Decision {number}</source>
        <extracomment>kzpk_desktop/services/audit_words.py:334</extracomment>
        <translation>{number} шешімі</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>{mission} rotation {rotation} rests on this decision; its mission cannot be removed.</source>
        <extracomment>kzpk_desktop/services/decisions.py:132</extracomment>
        <translation>{mission} миссиясының {rotation} ротациясы осы шешімге негізделген; оның миссиясын алып тастауға болмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A decision cannot supersede itself.</source>
        <extracomment>kzpk_desktop/services/decisions.py:160</extracomment>
        <translation>Шешім өзін-өзі ауыстыра алмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision {old} was already superseded by decision {by}.</source>
        <extracomment>kzpk_desktop/services/decisions.py:162</extracomment>
        <translation>{old} шешімі {by} шешімімен ауыстырылып қойған.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision {new} was itself superseded by decision {by}; use the latest decision.</source>
        <extracomment>kzpk_desktop/services/decisions.py:165</extracomment>
        <translation>{new} шешімінің өзі {by} шешімімен ауыстырылған; ең соңғы шешімді пайдаланыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision {new} ({new_date}) is older than decision {old} ({old_date}); only a later decision can supersede.</source>
        <extracomment>kzpk_desktop/services/decisions.py:169</extracomment>
        <translation>{new} шешімі ({new_date}) {old} шешімінен ({old_date}) ертерек қабылданған; тек кейінгі шешім ғана ауыстыра алады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Parliament decision no longer exists.</source>
        <extracomment>kzpk_desktop/services/decisions.py:187</extracomment>
        <translation>Парламент шешімі енді жоқ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the kind of document.</source>
        <extracomment>kzpk_desktop/services/documents.py:151</extracomment>
        <translation>Құжат түрін таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown document kind &apos;{kind}&apos;.</source>
        <extracomment>kzpk_desktop/services/documents.py:153</extracomment>
        <translation>Белгісіз құжат түрі «{kind}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the document number.</source>
        <extracomment>kzpk_desktop/services/documents.py:158</extracomment>
        <translation>Құжат нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number is too long (at most {max} characters).</source>
        <extracomment>kzpk_desktop/services/documents.py:160</extracomment>
        <translation>Нөмір тым ұзын (ең көбі {max} таңба).</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Passport number may hold only Latin letters and digits.</source>
        <extracomment>kzpk_desktop/services/documents.py:32</extracomment>
        <translation>Төлқұжат нөмірінде тек латын әріптері мен цифрлар болуы мүмкін.</translation>
    </message>
    <message>
        <location line="-476"/>
        <source>Cannot write {path}: the file would be larger than this disk or this user may write.</source>
        <extracomment>kzpk_desktop/exports/files.py:103</extracomment>
        <translation>{path} жазылмады: файл дискі немесе осы пайдаланушы рұқсат ететіннен үлкен болар еді.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write {path}: a list is written as an Excel workbook or a CSV file; give a name ending in .xlsx or .csv.</source>
        <extracomment>kzpk_desktop/exports/files.py:129</extracomment>
        <translation>{path} жазылмады: тізім Excel кітабы немесе CSV файлы ретінде жазылады; .xlsx немесе .csv деп аяқталатын атау беріңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write {path}: a report is written as an Excel workbook; give a name ending in .xlsx.</source>
        <extracomment>kzpk_desktop/exports/files.py:132</extracomment>
        <translation>{path} жазылмады: есеп Excel кітабы ретінде жазылады; .xlsx деп аяқталатын атау беріңіз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Making the pages</source>
        <extracomment>kzpk_desktop/exports/pdf.py:24</extracomment>
        <translation>Беттер дайындалуда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A print preview needs LibreOffice, which is not installed on this computer.</source>
        <extracomment>kzpk_desktop/exports/pdf.py:32</extracomment>
        <translation>Баспа алдында қарау үшін LibreOffice қажет, ал ол бұл компьютерде орнатылмаған.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LibreOffice did not make the pages within {seconds} seconds; try again, or save the workbook and print it from a spreadsheet program.</source>
        <extracomment>kzpk_desktop/exports/pdf.py:72</extracomment>
        <translation>LibreOffice беттерді {seconds} секунд ішінде дайындай алмады; қайталап көріңіз немесе кітапты сақтап, оны электрондық кесте бағдарламасынан басып шығарыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LibreOffice could not make the pages ({reason}); save the workbook and print it from a spreadsheet program.</source>
        <extracomment>kzpk_desktop/exports/pdf.py:85</extracomment>
        <translation>LibreOffice беттерді дайындай алмады ({reason}); кітапты сақтап, оны электрондық кесте бағдарламасынан басып шығарыңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the records</source>
        <extracomment>kzpk_desktop/progress.py:27</extracomment>
        <translation>Жазбалар оқылуда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the roster</source>
        <extracomment>kzpk_desktop/progress.py:28</extracomment>
        <translation>Ротация тізімі оқылуда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the list</source>
        <extracomment>kzpk_desktop/progress.py:29</extracomment>
        <translation>Тізім оқылуда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the serviceman&apos;s records</source>
        <extracomment>kzpk_desktop/progress.py:30</extracomment>
        <translation>Әскери қызметшінің деректері оқылуда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the documents</source>
        <extracomment>kzpk_desktop/progress.py:31</extracomment>
        <translation>Құжаттар оқылуда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the audit trail</source>
        <extracomment>kzpk_desktop/progress.py:32</extracomment>
        <translation>Аудит журналы оқылуда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing rows</source>
        <extracomment>kzpk_desktop/progress.py:33</extracomment>
        <translation>Жолдар жазылуда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the file</source>
        <extracomment>kzpk_desktop/progress.py:34</extracomment>
        <translation>Файл сақталуда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled; nothing was saved.</source>
        <extracomment>kzpk_desktop/progress.py:41</extracomment>
        <translation>Тоқтатылды; ештеңе сақталмады.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The password must be at most {n} characters long.</source>
        <extracomment>kzpk_desktop/services/accounts.py:101</extracomment>
        <translation>Құпиясөз {n} таңбадан аспауы керек.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must not contain control characters (a tab, a line break, a NUL byte) or undecodable bytes.</source>
        <extracomment>kzpk_desktop/services/accounts.py:104</extracomment>
        <translation>Құпиясөзде басқару таңбалары (табуляция, жол ауыстыру, нөлдік байт) немесе оқылмайтын байттар болмауы керек.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Notes</source>
        <extracomment>kzpk_desktop/services/audit_words.py:92</extracomment>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in Kazakh</source>
        <extracomment>kzpk_desktop/services/audit_words.py:93</extracomment>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in Russian</source>
        <extracomment>kzpk_desktop/services/audit_words.py:93</extracomment>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in English</source>
        <extracomment>kzpk_desktop/services/audit_words.py:94</extracomment>
        <translation>Ағылшынша атауы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <extracomment>kzpk_desktop/services/audit_words.py:95</extracomment>
        <translation>Коды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order in lists</source>
        <extracomment>kzpk_desktop/services/audit_words.py:95</extracomment>
        <translation>Тізімдегі реті</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Patronymic</source>
        <extracomment>kzpk_desktop/services/audit_words.py:101</extracomment>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surname (Latin)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:102</extracomment>
        <translation>Тегі (латынша)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given names (Latin)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:102</extracomment>
        <translation>Аты (латынша)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth</source>
        <extracomment>kzpk_desktop/services/audit_words.py:103</extracomment>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <extracomment>kzpk_desktop/services/audit_words.py:103</extracomment>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Military speciality</source>
        <extracomment>kzpk_desktop/services/audit_words.py:104</extracomment>
        <translation>Әскери мамандығы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English level</source>
        <extracomment>kzpk_desktop/services/audit_words.py:105</extracomment>
        <translation>Ағылшын тілін білу деңгейі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Driving licence</source>
        <extracomment>kzpk_desktop/services/audit_words.py:105</extracomment>
        <translation>Жүргізуші куәлігі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blood group</source>
        <extracomment>kzpk_desktop/services/audit_words.py:106</extracomment>
        <translation>Қан тобы</translation>
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
        <translation>Жақын туысы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relation</source>
        <extracomment>kzpk_desktop/services/audit_words.py:107</extracomment>
        <translation>Туыстық қатынасы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next of kin&apos;s phone</source>
        <extracomment>kzpk_desktop/services/audit_words.py:107</extracomment>
        <translation>Жақын туысының телефоны</translation>
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
        <translation>Әскери қызметші</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document kind</source>
        <extracomment>kzpk_desktop/services/audit_words.py:110</extracomment>
        <translation>Құжат түрі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <extracomment>kzpk_desktop/services/audit_words.py:111</extracomment>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued on</source>
        <extracomment>kzpk_desktop/services/audit_words.py:111</extracomment>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires on</source>
        <extracomment>kzpk_desktop/services/audit_words.py:111</extracomment>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued by</source>
        <extracomment>kzpk_desktop/services/audit_words.py:112</extracomment>
        <translation>Кім берген</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <extracomment>kzpk_desktop/services/audit_words.py:113</extracomment>
        <translation>Құжат</translation>
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
        <translation>Лауазым</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <extracomment>kzpk_desktop/services/audit_words.py:116</extracomment>
        <translation>Бастап</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <extracomment>kzpk_desktop/services/audit_words.py:116</extracomment>
        <translation>Дейін</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order number</source>
        <extracomment>kzpk_desktop/services/audit_words.py:116</extracomment>
        <translation>Бұйрық нөмірі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order date</source>
        <extracomment>kzpk_desktop/services/audit_words.py:117</extracomment>
        <translation>Бұйрық күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <extracomment>kzpk_desktop/services/audit_words.py:120</extracomment>
        <translation>Санат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment</source>
        <extracomment>kzpk_desktop/services/audit_words.py:120</extracomment>
        <translation>Миссиядағы лауазым</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointment in English</source>
        <extracomment>kzpk_desktop/services/audit_words.py:121</extracomment>
        <translation>Лауазымы ағылшынша</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sub-unit</source>
        <extracomment>kzpk_desktop/services/audit_words.py:121</extracomment>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrival</source>
        <extracomment>kzpk_desktop/services/audit_words.py:122</extracomment>
        <translation>Миссияға келуі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Departure</source>
        <extracomment>kzpk_desktop/services/audit_words.py:123</extracomment>
        <translation>Миссиядан кетуі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UN index number</source>
        <extracomment>kzpk_desktop/services/audit_words.py:123</extracomment>
        <translation>БҰҰ индекс нөмірі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for early repatriation</source>
        <extracomment>kzpk_desktop/services/audit_words.py:124</extracomment>
        <translation>Мерзімінен бұрын қайтару себебі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of early repatriation</source>
        <extracomment>kzpk_desktop/services/audit_words.py:125</extracomment>
        <translation>Мерзімінен бұрын қайтару күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for approving despite the rules</source>
        <extracomment>kzpk_desktop/services/audit_words.py:126</extracomment>
        <translation>Ережелерге қарамастан бекіту негізі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved despite the rules by</source>
        <extracomment>kzpk_desktop/services/audit_words.py:127</extracomment>
        <translation>Ережелерге қарамастан бекіткен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roster entry</source>
        <extracomment>kzpk_desktop/services/audit_words.py:129</extracomment>
        <translation>Ротация тізіміндегі жазба</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status before</source>
        <extracomment>kzpk_desktop/services/audit_words.py:129</extracomment>
        <translation>Бұрынғы мәртебесі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New status</source>
        <extracomment>kzpk_desktop/services/audit_words.py:130</extracomment>
        <translation>Жаңа мәртебесі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effective on</source>
        <extracomment>kzpk_desktop/services/audit_words.py:130</extracomment>
        <translation>Күшіне енген күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of</source>
        <extracomment>kzpk_desktop/services/audit_words.py:132</extracomment>
        <translation>Құрамына кіреді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit kind</source>
        <extracomment>kzpk_desktop/services/audit_words.py:132</extracomment>
        <translation>Бөлімше түрі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <extracomment>kzpk_desktop/services/audit_words.py:133</extracomment>
        <translation>Деңгейі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retired on</source>
        <extracomment>kzpk_desktop/services/audit_words.py:133</extracomment>
        <translation>Таратылған күні</translation>
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
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parliament decision</source>
        <extracomment>kzpk_desktop/services/audit_words.py:136</extracomment>
        <translation>Парламент шешімі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned start</source>
        <extracomment>kzpk_desktop/services/audit_words.py:136</extracomment>
        <translation>Жоспарлы басталуы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned end</source>
        <extracomment>kzpk_desktop/services/audit_words.py:137</extracomment>
        <translation>Жоспарлы аяқталуы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual start</source>
        <extracomment>kzpk_desktop/services/audit_words.py:137</extracomment>
        <translation>Нақты басталуы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual end</source>
        <extracomment>kzpk_desktop/services/audit_words.py:138</extracomment>
        <translation>Нақты аяқталуы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <extracomment>kzpk_desktop/services/audit_words.py:140</extracomment>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <extracomment>kzpk_desktop/services/audit_words.py:140</extracomment>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title in Kazakh</source>
        <extracomment>kzpk_desktop/services/audit_words.py:141</extracomment>
        <translation>Атауы қазақша</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title in English</source>
        <extracomment>kzpk_desktop/services/audit_words.py:141</extracomment>
        <translation>Атауы ағылшынша</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period from</source>
        <extracomment>kzpk_desktop/services/audit_words.py:142</extracomment>
        <translation>Кезеңнің басы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period to</source>
        <extracomment>kzpk_desktop/services/audit_words.py:142</extracomment>
        <translation>Кезеңнің соңы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overall ceiling</source>
        <extracomment>kzpk_desktop/services/audit_words.py:143</extracomment>
        <translation>Жалпы шекті сан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Superseded by</source>
        <extracomment>kzpk_desktop/services/audit_words.py:143</extracomment>
        <translation>Ауыстырған шешім</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ceiling</source>
        <extracomment>kzpk_desktop/services/audit_words.py:146</extracomment>
        <translation>Шекті сан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acronym</source>
        <extracomment>kzpk_desktop/services/audit_words.py:147</extracomment>
        <translation>Қысқартылған атауы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host country</source>
        <extracomment>kzpk_desktop/services/audit_words.py:147</extracomment>
        <translation>Орналасқан елі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host country in Russian</source>
        <extracomment>kzpk_desktop/services/audit_words.py:148</extracomment>
        <translation>Орналасқан ел (орысша)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host country in Kazakh</source>
        <extracomment>kzpk_desktop/services/audit_words.py:149</extracomment>
        <translation>Орналасқан ел (қазақша)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO3 code</source>
        <extracomment>kzpk_desktop/services/audit_words.py:149</extracomment>
        <translation>ISO3 коды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <extracomment>kzpk_desktop/services/audit_words.py:150</extracomment>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End</source>
        <extracomment>kzpk_desktop/services/audit_words.py:150</extracomment>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NATO code</source>
        <extracomment>kzpk_desktop/services/audit_words.py:152</extracomment>
        <translation>НАТО коды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <extracomment>kzpk_desktop/services/audit_words.py:154</extracomment>
        <translation>Жарамдылық мерзімі бар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the UN reports it</source>
        <extracomment>kzpk_desktop/services/audit_words.py:155</extracomment>
        <translation>БҰҰ есептеріндегідей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <extracomment>kzpk_desktop/services/audit_words.py:156</extracomment>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <extracomment>kzpk_desktop/services/audit_words.py:156</extracomment>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <extracomment>kzpk_desktop/services/audit_words.py:157</extracomment>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <extracomment>kzpk_desktop/services/audit_words.py:157</extracomment>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account active</source>
        <extracomment>kzpk_desktop/services/audit_words.py:158</extracomment>
        <translation>Есептік жазба белсенді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <extracomment>kzpk_desktop/services/audit_words.py:172</extracomment>
        <translation>Себебі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong passwords in a row</source>
        <extracomment>kzpk_desktop/services/audit_words.py:172</extracomment>
        <translation>Қатарынан қате құпиясөздер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report</source>
        <extracomment>kzpk_desktop/services/audit_words.py:173</extracomment>
        <translation>Есеп</translation>
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
        <translation>Жолдар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <extracomment>kzpk_desktop/services/audit_words.py:174</extracomment>
        <translation>Бастапқы сан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <extracomment>kzpk_desktop/services/audit_words.py:174</extracomment>
        <translation>Қосылды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within (days)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:174</extracomment>
        <translation>Ішінде (күн)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank</source>
        <extracomment>kzpk_desktop/services/audit_words.py:175</extracomment>
        <translation>Әскери атағы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <extracomment>kzpk_desktop/services/audit_words.py:175</extracomment>
        <translation>Бөлімше</translation>
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
        <translation>Іздеу мәтіні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <extracomment>kzpk_desktop/services/audit_words.py:176</extracomment>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <extracomment>kzpk_desktop/services/audit_words.py:178</extracomment>
        <translation>Не</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted by</source>
        <extracomment>kzpk_desktop/services/audit_words.py:178</extracomment>
        <translation>Кім жойды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted at (UTC)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:179</extracomment>
        <translation>Қашан жойылды (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown user</source>
        <extracomment>kzpk_desktop/services/audit_words.py:182</extracomment>
        <translation>белгісіз пайдаланушы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wrong password</source>
        <extracomment>kzpk_desktop/services/audit_words.py:182</extracomment>
        <translation>құпиясөз қате</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>account disabled</source>
        <extracomment>kzpk_desktop/services/audit_words.py:183</extracomment>
        <translation>есептік жазба өшірілген</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(deleted serviceman)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:197</extracomment>
        <translation>(жойылған әскери қызметші)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(deleted document)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:197</extracomment>
        <translation>(жойылған құжат)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(deleted unit)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:198</extracomment>
        <translation>(жойылған бөлімше)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(deleted mission)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:198</extracomment>
        <translation>(жойылған миссия)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(deleted rotation)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:199</extracomment>
        <translation>(жойылған ротация)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(deleted decision)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:199</extracomment>
        <translation>(жойылған шешім)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(deleted rank)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:200</extracomment>
        <translation>(жойылған әскери атақ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(deleted unit kind)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:200</extracomment>
        <translation>(жойылған бөлімше түрі)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(deleted document kind)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:201</extracomment>
        <translation>(жойылған құжат түрі)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(deleted personnel category)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:202</extracomment>
        <translation>(жойылған персонал санаты)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(deleted roster entry)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:203</extracomment>
        <translation>(ротация тізіміндегі жойылған жазба)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(deleted assignment)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:204</extracomment>
        <translation>(жойылған тағайындау)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(deleted record)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:205</extracomment>
        <translation>(жойылған жазба)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <extracomment>kzpk_desktop/services/audit_words.py:206</extracomment>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <extracomment>kzpk_desktop/services/audit_words.py:206</extracomment>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:206</extracomment>
        <translation>(бос)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(hidden)</source>
        <extracomment>kzpk_desktop/services/audit_words.py:206</extracomment>
        <translation>(жасырылған)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only data the application keeps for itself</source>
        <extracomment>kzpk_desktop/services/audit_words.py:208</extracomment>
        <translation>тек бағдарламаның қызметтік деректері</translation>
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
        <translation>Тағайындау: {unit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roster of {rotation}</source>
        <extracomment>kzpk_desktop/services/audit_words.py:345</extracomment>
        <translation>{rotation} ротациясының тізімі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status change in {entry}</source>
        <extracomment>kzpk_desktop/services/audit_words.py:349</extracomment>
        <translation>Мәртебенің өзгеруі: {entry}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ceiling for {mission} in {decision}</source>
        <extracomment>kzpk_desktop/services/audit_words.py:352</extracomment>
        <translation>{mission} шекті саны: {decision}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your role ({role}) may not back up, restore, encrypt or decrypt the database; only an administrator may.</source>
        <extracomment>kzpk_desktop/services/auth.py:56</extracomment>
        <translation>Сіздің рөліңіз ({role}) дерекқордың сақтық көшірмесін жасауға, қалпына келтіруге, шифрлауға немесе шифрын алуға рұқсат бермейді; мұны тек әкімші істей алады.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Demo data cancelled; nothing was saved.</source>
        <extracomment>kzpk_desktop/services/demo/generator.py:55</extracomment>
        <translation>Демо деректерді жасау тоқтатылды; ештеңе сақталмады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role ({role}) may not add demo data; only an administrator may.</source>
        <extracomment>kzpk_desktop/services/demo/generator.py:82</extracomment>
        <translation>Сіздің рөліңіз ({role}) демо деректерді қосуға рұқсат бермейді; мұны тек әкімші істей алады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database already holds {n} servicemen: demo data would mix invented people, with approved and deployed roster places, into real records. Use an empty database, or, as an administrator who accepts that, confirm it (&apos;kzpk demo --yes&apos;).</source>
        <extracomment>kzpk_desktop/services/demo/generator.py:83</extracomment>
        <translation>Дерекқорда әскери қызметшілер бар ({n}): демо деректер бекітілген және жіберілген тізім орындары бар ойдан шығарылған адамдарды нақты жазбалармен араластырар еді. Бос дерекқорды пайдаланыңыз немесе, әкімші ретінде мұны қабылдасаңыз, растаңыз (&apos;kzpk demo --yes&apos;).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The issuer is too long (at most {max} characters).</source>
        <extracomment>kzpk_desktop/services/documents.py:164</extracomment>
        <translation>Құжатты берген органның атауы тым ұзын (ең көбі {max} таңба).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The issue date cannot be in the future.</source>
        <extracomment>kzpk_desktop/services/documents.py:166</extracomment>
        <translation>Берілген күні болашақта бола алмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document must expire after the date it was issued.</source>
        <extracomment>kzpk_desktop/services/documents.py:168</extracomment>
        <translation>Құжаттың жарамдылық мерзімі берілген күнінен кейін аяқталуы керек.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the expiry date: this kind of document expires.</source>
        <extracomment>kzpk_desktop/services/documents.py:170</extracomment>
        <translation>Жарамдылық мерзімін енгізіңіз: бұл түрдегі құжаттың мерзімі бар.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This serviceman already has a document of this kind with number {number}.</source>
        <extracomment>kzpk_desktop/services/documents.py:186</extracomment>
        <translation>Бұл әскери қызметшіде {number} нөмірлі осы түрдегі құжат бұрыннан бар.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number {number} is already recorded for {who}.</source>
        <extracomment>kzpk_desktop/services/documents.py:189</extracomment>
        <translation>{number} нөмірі {who} үшін бұрыннан жазылған.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport {value} is already recorded for {who}.</source>
        <extracomment>kzpk_desktop/services/documents.py:194</extracomment>
        <translation>{value} төлқұжаты {who} үшін бұрыннан жазылған.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file {filename} is empty.</source>
        <extracomment>kzpk_desktop/services/documents.py:435</extracomment>
        <translation>{filename} файлы бос.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is {size} MB; the limit is {limit} MB.</source>
        <extracomment>kzpk_desktop/services/documents.py:437</extracomment>
        <translation>Файлдың өлшемі {size} МБ; шегі {limit} МБ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{filename} is not a PDF, PNG or JPEG file; only these can be attached.</source>
        <extracomment>kzpk_desktop/services/documents.py:444</extracomment>
        <translation>{filename} — PDF, PNG немесе JPEG файлы емес; тек осыларды тіркеуге болады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the file a name ending in .pdf, .png, .jpg or .jpeg.</source>
        <extracomment>kzpk_desktop/services/documents.py:449</extracomment>
        <translation>Файл атауы .pdf, .png, .jpg немесе .jpeg деп аяқталуы керек.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{filename} is named as {claimed} but its content is {actual}.</source>
        <extracomment>kzpk_desktop/services/documents.py:452</extracomment>
        <translation>{filename} атауы бойынша {claimed}, бірақ мазмұны бойынша {actual}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The serviceman no longer exists (deleted by someone else?).</source>
        <extracomment>kzpk_desktop/services/documents.py:495</extracomment>
        <translation>Әскери қызметші енді жоқ (оны басқа пайдаланушы жойған болуы мүмкін).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document no longer exists (deleted by someone else?).</source>
        <extracomment>kzpk_desktop/services/documents.py:502</extracomment>
        <translation>Құжат енді жоқ (оны басқа пайдаланушы жойған болуы мүмкін).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passport</source>
        <extracomment>kzpk_desktop/services/eligibility.py:41</extracomment>
        <translation>төлқұжат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medical fitness</source>
        <extracomment>kzpk_desktop/services/eligibility.py:42</extracomment>
        <translation>медициналық жарамдылық</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pre-deployment training</source>
        <extracomment>kzpk_desktop/services/eligibility.py:43</extracomment>
        <translation>миссия алдындағы даярлық</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>human-rights screening</source>
        <extracomment>kzpk_desktop/services/eligibility.py:44</extracomment>
        <translation>адам құқықтары бойынша тексеру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overlapping rotation</source>
        <extracomment>kzpk_desktop/services/eligibility.py:45</extracomment>
        <translation>қабаттасатын ротация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>service status</source>
        <extracomment>kzpk_desktop/services/eligibility.py:46</extracomment>
        <translation>қызмет мәртебесі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>age</source>
        <extracomment>kzpk_desktop/services/eligibility.py:47</extracomment>
        <translation>жасы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rank</source>
        <extracomment>kzpk_desktop/services/eligibility.py:48</extracomment>
        <translation>әскери атақ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No medical fitness certificate on file.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:62</extracomment>
        <translation>Медициналық жарамдылық туралы куәлік жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medical fitness certificate {number} expires on {expires}, before the rotation starts on {start}.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:63</extracomment>
        <translation>{number} медициналық жарамдылық туралы куәліктің мерзімі {expires} өтеді, бұл ротация басталатын {start} күнінен бұрын.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medical fitness certificate {number} is dated {issued}, after the rotation starts on {start}.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:65</extracomment>
        <translation>{number} медициналық жарамдылық туралы куәлік {issued} күні берілген, бұл ротация басталатын {start} күнінен кейін.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No pre-deployment training certificate on file.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:68</extracomment>
        <translation>Миссия алдындағы даярлық туралы сертификат жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre-deployment training certificate {number} expires on {expires}, before the rotation starts on {start}.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:69</extracomment>
        <translation>{number} миссия алдындағы даярлық туралы сертификаттың мерзімі {expires} өтеді, бұл ротация басталатын {start} күнінен бұрын.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre-deployment training certificate {number} is dated {issued}, after the rotation starts on {start}.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:71</extracomment>
        <translation>{number} миссия алдындағы даярлық туралы сертификат {issued} күні берілген, бұл ротация басталатын {start} күнінен кейін.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No human-rights screening certificate on file.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:74</extracomment>
        <translation>Адам құқықтары бойынша тексеру туралы сертификат жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Human-rights screening certificate {number} expires on {expires}, before the rotation starts on {start}.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:75</extracomment>
        <translation>{number} адам құқықтары бойынша тексеру туралы сертификаттың мерзімі {expires} өтеді, бұл ротация басталатын {start} күнінен бұрын.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Human-rights screening certificate {number} is dated {issued}, after the rotation starts on {start}.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:77</extracomment>
        <translation>{number} адам құқықтары бойынша тексеру туралы сертификат {issued} күні берілген, бұл ротация басталатын {start} күнінен кейін.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The roster entry no longer exists.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:130</extracomment>
        <translation>Ротация тізіміндегі жазба енді жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also on the roster of {mission} rotation {number} ({start} - {end}, {status}), which overlaps this rotation&apos;s dates.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:204</extracomment>
        <translation>Сондай-ақ {mission} миссиясының {number} ротациясының тізімінде бар ({start} - {end}, {status}), оның күндері осы ротацияның күндерімен қабаттасады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discharged from service; cannot be deployed.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:211</extracomment>
        <translation>Әскери қызметтен босатылған; миссияға жіберуге болмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded as deployed, but on no rotation in this database; check where the serviceman is serving.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:214</extracomment>
        <translation>Миссияда деп жазылған, бірақ осы дерекқордағы ешбір ротацияда жоқ; әскери қызметшінің қайда қызмет ететінін тексеріңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aged {age} on the rotation&apos;s start ({start}); staff officers and experts on mission must be 25 to 55.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:220</extracomment>
        <translation>Ротацияның басталу күні ({start}) жасы {age}; штаб офицерлері мен миссиядағы сарапшылардың жасы 25-тен 55-ке дейін болуы керек.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rank on file; staff officers and experts on mission must be captain to colonel.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:224</extracomment>
        <translation>Әскери атағы жазылмаған; штаб офицерлері мен миссиядағы сарапшылардың әскери атағы капитаннан полковникке дейін болуы керек.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank {rank} is outside captain to colonel, required for staff officers and experts on mission.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:228</extracomment>
        <translation>«{rank}» әскери атағы штаб офицерлері мен миссиядағы сарапшыларға талап етілетін капитаннан полковникке дейінгі шектен тыс.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No current passport (national or service) on file.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:238</extracomment>
        <translation>Қолданыстағы төлқұжат (азаматтық немесе қызметтік) жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport {number} has no expiry date on file; it must be valid until at least {deadline}.</source>
        <extracomment>kzpk_desktop/services/eligibility.py:243</extracomment>
        <translation>{number} төлқұжатының жарамдылық мерзімі жазылмаған; ол кемінде {deadline} дейін жарамды болуы керек.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport {number} expires on {expires}; it must be valid until at least {deadline}, 6 months after the rotation&apos;s planned end ({end}).</source>
        <extracomment>kzpk_desktop/services/eligibility.py:247</extracomment>
        <translation>{number} төлқұжатының мерзімі {expires} өтеді; ол кемінде {deadline} дейін, яғни ротацияның жоспарлы аяқталуынан ({end}) кейін 6 ай бойы жарамды болуы керек.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong passphrase, or the file is not an encrypted KZPK database.</source>
        <extracomment>kzpk_desktop/services/encryption.py:26</extracomment>
        <translation>Шифрлау құпиясөзі қате немесе файл шифрланған KZPK дерекқоры емес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption needs the sqlcipher3 package, which is not installed.</source>
        <extracomment>kzpk_desktop/services/encryption.py:37</extracomment>
        <translation>Шифрлау үшін sqlcipher3 пакеті қажет, ол орнатылмаған.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase must be at least {n} characters long.</source>
        <extracomment>kzpk_desktop/services/encryption.py:100</extracomment>
        <translation>Шифрлау құпиясөзі кемінде {n} таңбадан тұруы керек.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is already encrypted (or is not a SQLite database).</source>
        <extracomment>kzpk_desktop/services/encryption.py:111</extracomment>
        <translation>{path} шифрланып қойған (немесе SQLite дерекқоры емес).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not encrypted.</source>
        <extracomment>kzpk_desktop/services/encryption.py:121</extracomment>
        <translation>{path} шифрланбаған.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database could not be converted: {detail}.</source>
        <extracomment>kzpk_desktop/services/encryption.py:152</extracomment>
        <translation>Дерекқорды түрлендіру мүмкін болмады: {detail}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is in use by another program; close KZPK Desktop and try again.</source>
        <extracomment>kzpk_desktop/services/encryption.py:180</extracomment>
        <translation>Дерекқорды басқа бағдарлама пайдаланып жатыр; KZPK Desktop бағдарламасын жауып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The converted copy did not match the original ({detail}); the original is unchanged.</source>
        <extracomment>kzpk_desktop/services/encryption.py:198</extracomment>
        <translation>Түрлендірілген көшірме түпнұсқамен сәйкес келмеді ({detail}); түпнұсқа өзгертілмеді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>service number</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:32</extracomment>
        <translation>жеке нөмір</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>surname</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:33</extracomment>
        <translation>тегі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>given name</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:33</extracomment>
        <translation>аты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>patronymic</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:34</extracomment>
        <translation>әкесінің аты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date of birth</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:34</extracomment>
        <translation>туған күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sex</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:35</extracomment>
        <translation>жынысы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:35</extracomment>
        <translation>мәртебе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>document kind</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:35</extracomment>
        <translation>құжат түрі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:36</extracomment>
        <translation>нөмірі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the person</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:39</extracomment>
        <translation>әскери қызметші</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the document</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:39</extracomment>
        <translation>құжат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the assignment</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:40</extracomment>
        <translation>тағайындау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the roster entry</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:40</extracomment>
        <translation>ротация тізіміндегі жазба</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the status move</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:41</extracomment>
        <translation>мәртебе өзгерісі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new document</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:43</extracomment>
        <translation>жаңа құжат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new assignment</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:43</extracomment>
        <translation>жаңа тағайындау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new roster entry</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:44</extracomment>
        <translation>ротация тізіміндегі жаңа жазба</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new document</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:46</extracomment>
        <translation>жаңа құжат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new assignment</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:46</extracomment>
        <translation>жаңа тағайындау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new roster entry</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:47</extracomment>
        <translation>ротация тізіміндегі жаңа жазба</translation>
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
        <translation>{record}: «{field}» өрісі осы жерде және {office} кеңсесінде бір мезгілде өзгертілді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep “{value}”</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:122</extracomment>
        <translation>«{value}» қалдыру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {field} stays “{value}”; every office takes it.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:123</extracomment>
        <translation>«{field}» өрісі «{value}» болып қалады; барлық кеңселер осыны алады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take “{value}”</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:125</extracomment>
        <translation>«{value}» қабылдау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {field} becomes “{value}” here and at every office.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:126</extracomment>
        <translation>«{field}» өрісі осы жерде және барлық кеңселерде «{value}» болады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Here {record} was moved to “{local}”, and at office {office} to “{incoming}”, at the same time.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:133</extracomment>
        <translation>{record}: мұнда мәртебе «{local}» болып, ал {office} кеңсесінде бір мезгілде «{incoming}» болып өзгертілді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep “{status}”</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:137</extracomment>
        <translation>«{status}» қалдыру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The status stays “{status}”. The moves that led to “{other}” leave the history, and the dates and reason they set are taken back, at every office.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:138</extracomment>
        <translation>Мәртебе «{status}» болып қалады. «{other}» мәртебесіне әкелген өзгерістер тарихтан алынады, ал олар қойған күндер мен себеп барлық кеңселерде кері қайтарылады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take “{status}”</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:141</extracomment>
        <translation>«{status}» қабылдау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The status becomes “{status}”, with the dates and reason of its moves. The moves that led to “{other}” leave the history, at every office.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:142</extracomment>
        <translation>Мәртебе өз өзгерістерінің күндері мен себебімен «{status}» болады. «{other}» мәртебесіне әкелген өзгерістер барлық кеңселерде тарихтан алынады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Here {record} was deleted, but office {office} changed it before it learnt of the deletion.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:148</extracomment>
        <translation>{record}: мұнда жойылды, бірақ {office} кеңсесі жойылғанын білмей тұрып оны өзгертті.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleted</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:150</extracomment>
        <translation>жойылды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:150</extracomment>
        <translation>өзгертілді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the deletion</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:151</extracomment>
        <translation>Жоюды қалдыру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record stays deleted at every office; the changes from office {office} are dropped.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:152</extracomment>
        <translation>Жазба барлық кеңселерде жойылған күйде қалады; {office} кеңсесінің өзгерістері алынып тасталады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring it back with their changes</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:154</extracomment>
        <translation>Олардың өзгерістерімен қайтару</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record comes back, with the changes from office {office}, at every office.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:155</extracomment>
        <translation>Жазба {office} кеңсесінің өзгерістерімен барлық кеңселерде қайтарылады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office {office} deleted {record}, which was changed here meanwhile; it stays deleted here until this is decided.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:160</extracomment>
        <translation>{office} кеңсесі жойды: {record}; мұнда ол осы уақытта өзгертілген. Шешім қабылданғанша мұнда да жойылған күйде тұрады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring it back with the changes made here</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:164</extracomment>
        <translation>Мұнда енгізілген өзгерістермен қайтару</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record comes back as it was here, at every office.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:165</extracomment>
        <translation>Жазба барлық кеңселерде мұндағы күйінде қайтарылады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record stays deleted at every office; the changes made here are dropped.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:167</extracomment>
        <translation>Жазба барлық кеңселерде жойылған күйде қалады; мұнда енгізілген өзгерістер алынып тасталады.</translation>
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
        <translation>{office} кеңсесі мұнда жойылған әскери қызметшіге ({person}) қосты: {new}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office {office} added {new} for a person deleted here.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:178</extracomment>
        <translation>{office} кеңсесі мұнда жойылған әскери қызметшіге қосты: {new}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>person deleted</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:182</extracomment>
        <translation>әскери қызметші жойылды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person stays deleted, and {new} is deleted too, at every office.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:186</extracomment>
        <translation>Әскери қызметші барлық кеңселерде жойылған күйде қалады; мына жазба да жойылады: {new}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the person back with {new}</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:188</extracomment>
        <translation>Әскери қызметшіні қайтару, онымен бірге: {new}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person comes back with the details the deletion recorded, and with {new}, at every office.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:189</extracomment>
        <translation>Әскери қызметші жою кезінде жазылған деректерімен барлық кеңселерде қайтарылады, онымен бірге: {new}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office {office} deleted {record}, but records made here since (a document, an assignment…) were not known there. The deletion waits for this decision.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:194</extracomment>
        <translation>{office} кеңсесі жойды: {record}; бірақ содан бері мұнда жасалған жазбалар (құжат, тағайындау…) онда белгісіз еді. Жою осы шешімді күтеді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept, with new records</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:197</extracomment>
        <translation>жаңа жазбалармен сақталды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it, with the records made here</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:198</extracomment>
        <translation>Мұнда жасалған жазбалармен бірге сақтау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record stays, with the records made here, at every office (office {office} gets it back).</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:199</extracomment>
        <translation>Жазба мұнда жасалған жазбалармен бірге барлық кеңселерде қалады ({office} кеңсесі оны қайта алады).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete it, with the records made here</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:201</extracomment>
        <translation>Мұнда жасалған жазбалармен бірге жою</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record and the records made here are deleted at every office.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:202</extracomment>
        <translation>Жазба да, мұнда жасалған жазбалар да барлық кеңселерде жойылады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person who came from office {office} ({theirs}) may be the same person as {mine} on file.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:206</extracomment>
        <translation>{office} кеңсесінен келген әскери қызметші ({theirs}) базадағы {mine} адаммен бір адам болуы мүмкін.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge, keep the details on file</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:211</extracomment>
        <translation>Біріктіру, базадағы деректерді қалдыру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One person remains; where the details differ, the ones on file are kept, at every office.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:212</extracomment>
        <translation>Бір адам қалады; деректер әртүрлі жерде барлық кеңселерде базадағы деректер сақталады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge, take their details</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:214</extracomment>
        <translation>Біріктіру, олардың деректерін қабылдау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One person remains; where the details differ, the ones from office {office} are taken, at every office.</source>
        <extracomment>kzpk_desktop/services/exchange/conflict_words.py:215</extracomment>
        <translation>Бір адам қалады; деректер әртүрлі жерде барлық кеңселерде {office} кеңсесінің деректері қабылданады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep &apos;local&apos; or &apos;incoming&apos;.</source>
        <extracomment>kzpk_desktop/services/exchange/conflicts.py:95</extracomment>
        <translation>«local» (өзіндікі) немесе «incoming» (келгені) қалдырыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no open conflict {id} (resolved already?).</source>
        <extracomment>kzpk_desktop/services/exchange/conflicts.py:100</extracomment>
        <translation>{id} ашық қайшылық жоқ (шешіліп қойған ба?).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record of this conflict is no longer here.</source>
        <extracomment>kzpk_desktop/services/exchange/conflicts.py:143</extracomment>
        <translation>Бұл қайшылықтың жазбасы енді мұнда жоқ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only the ministry changes {what}</source>
        <extracomment>kzpk_desktop/services/exchange/entities.py:129</extracomment>
        <translation>{what} тек министрлік өзгертеді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the ministry adds roster entries</source>
        <extracomment>kzpk_desktop/services/exchange/entities.py:130</extracomment>
        <translation>тізімге жазбаларды тек министрлік қосады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the ministry changes {field} of a roster entry</source>
        <extracomment>kzpk_desktop/services/exchange/entities.py:131</extracomment>
        <translation>тізім жазбасының {field} өрісін тек министрлік өзгертеді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a field office cannot set a roster entry to {status}; only the ministry approves and withdraws</source>
        <extracomment>kzpk_desktop/services/exchange/entities.py:132</extracomment>
        <translation>далалық кеңсе {status} мәртебесін қоя алмайды; бекітуді және кері қайтаруды тек министрлік жасайды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the ministry deletes {what}</source>
        <extracomment>kzpk_desktop/services/exchange/entities.py:134</extracomment>
        <translation>{what} тек министрлік жояды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field offices exchange packages with the ministry only.</source>
        <extracomment>kzpk_desktop/services/exchange/export.py:310</extracomment>
        <translation>Далалық кеңселер пакеттермен тек министрлікпен алмасады.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>waits for {entity} {uid}, which has not arrived yet</source>
        <extracomment>kzpk_desktop/services/exchange/merge/records.py:25</extracomment>
        <translation>әлі келмеген {entity} {uid} жазбасын күтуде</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>may be the same person as {name} on file (same {what}); held for the ministry to decide</source>
        <extracomment>kzpk_desktop/services/exchange/merge/records.py:26</extracomment>
        <translation>бұл тізімдегі {name} болуы мүмкін ({what} сәйкес); министрлік шешкенше кейінге қалдырылды</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The deleted record cannot be brought back: the audit trail does not hold its last values.</source>
        <extracomment>kzpk_desktop/services/exchange/conflicts.py:181</extracomment>
        <translation>Жойылған жазбаны қайтару мүмкін емес: аудит журналында оның соңғы мәндері жоқ.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>its {entity} {uid} was deleted here; waits for the ministry to decide whether it comes back</source>
        <extracomment>kzpk_desktop/services/exchange/merge/deletes.py:18</extracomment>
        <translation>оның {entity} {uid} жазбасы мұнда жойылған; оны қайтару туралы министрліктің шешімін күтуде</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{entity} {uid}: its deletion waits for the ministry to decide (records were made on it here meanwhile)</source>
        <extracomment>kzpk_desktop/services/exchange/merge/deletes.py:22</extracomment>
        <translation>{entity} {uid}: жою министрліктің шешімін күтуде (осы уақытта мұнда оған басқа жазбалар қосылды)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{entity} {uid}: deleted elsewhere, but still referred to by other records here</source>
        <extracomment>kzpk_desktop/services/exchange/merge/identity.py:159</extracomment>
        <translation>{entity} {uid}: басқа бөлімшеде жойылған, бірақ мұнда оған әлі басқа жазбалар сілтейді</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the record could not be read ({detail})</source>
        <extracomment>kzpk_desktop/services/exchange/merge/records.py:28</extracomment>
        <translation>жазбаны оқу мүмкін болмады ({detail})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refers to a record deleted here</source>
        <extracomment>kzpk_desktop/services/exchange/merge/records.py:30</extracomment>
        <translation>мұнда жойылған жазбаға сілтейді</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>{entity} {uid} from {office} not applied: {reason}</source>
        <extracomment>kzpk_desktop/services/exchange/merge/core.py:170</extracomment>
        <translation>{office} жіберген {entity} {uid} қолданылмады: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{entity} {uid} held: {reason}</source>
        <extracomment>kzpk_desktop/services/exchange/merge/held.py:32</extracomment>
        <translation>{entity} {uid} кейінге қалдырылды: {reason}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>{entity} {uid} {field}: here {local}, from {office} {incoming}</source>
        <extracomment>kzpk_desktop/services/exchange/merge/clashes.py:53</extracomment>
        <translation>{entity} {uid} {field}: мұнда {local}, {office} жіберген {incoming}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}: entered at two offices, merged (same IIN and names)</source>
        <extracomment>kzpk_desktop/services/exchange/merge/identity.py:63</extracomment>
        <translation>{name}: екі кеңседе енгізілген, біріктірілді (ЖСН мен аты-жөні сәйкес)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same document is on file; waits for the ministry</source>
        <extracomment>kzpk_desktop/services/exchange/merge/identity.py:79</extracomment>
        <translation>мұндай құжат бар; министрліктің шешімін күтуде</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>it is still referred to by other records here</source>
        <extracomment>kzpk_desktop/services/exchange/merge/deletes.py:82</extracomment>
        <translation>мұнда оған әлі басқа жазбалар сілтейді</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{entity} {loser} merged into {survivor} by the ministry</source>
        <extracomment>kzpk_desktop/services/exchange/merge/identity.py:184</extracomment>
        <translation>{entity} {loser} министрлік шешімімен {survivor} жазбасына біріктірілді</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An office code is 1-16 capital letters, digits, &apos;-&apos; or &apos;_&apos; (for example MOD or FIELD-UNIFIL).</source>
        <extracomment>kzpk_desktop/services/exchange/office.py:115</extracomment>
        <translation>Кеңсе коды — 1-16 бас латын әрпі, цифр, «-» немесе «_» (мысалы, MOD немесе FIELD-UNIFIL).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A field office needs a name (--name).</source>
        <extracomment>kzpk_desktop/services/exchange/office.py:118</extracomment>
        <translation>Далалық кеңсеге атау керек (--name).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database is already office {code}; an office keeps its identity.</source>
        <extracomment>kzpk_desktop/services/exchange/office.py:122</extracomment>
        <translation>Бұл дерекқор бұрыннан {code} кеңсесі; кеңсе өз сәйкестігін сақтайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database is a copy or a restored backup of office {code}; enrol it under a new code.</source>
        <extracomment>kzpk_desktop/services/exchange/office.py:126</extracomment>
        <translation>Бұл дерекқор {code} кеңсесінің көшірмесі немесе қалпына келтірілген резервтік көшірмесі; оны жаңа кодпен тіркеңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A re-enrolled office keeps its role ({role}).</source>
        <extracomment>kzpk_desktop/services/exchange/office.py:129</extracomment>
        <translation>Қайта тіркелген кеңсе өз рөлін ({role}) сақтайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office code {code} is already used by a trusted office.</source>
        <extracomment>kzpk_desktop/services/exchange/office.py:132</extracomment>
        <translation>{code} кодын сенімді кеңсе пайдаланып отыр.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database is not an office yet: run &apos;kzpk office init&apos; first.</source>
        <extracomment>kzpk_desktop/services/exchange/office.py:163</extracomment>
        <translation>Бұл дерекқор әлі кеңсе емес: алдымен «kzpk office init» орындаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database is a copy or a restored backup of office {code}; it may not send packages under that identity. Enrol it again with &apos;kzpk office init&apos; and a new code.</source>
        <extracomment>kzpk_desktop/services/exchange/office.py:168</extracomment>
        <translation>Бұл дерекқор {code} кеңсесінің көшірмесі немесе қалпына келтірілген резервтік көшірмесі; оның атынан пакет жіберуге болмайды. Оны «kzpk office init» арқылы жаңа кодпен қайта тіркеңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not an office card.</source>
        <extracomment>kzpk_desktop/services/exchange/office.py:196</extracomment>
        <translation>Файл кеңсе картасы емес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is this office&apos;s own card; trust the other office&apos;s.</source>
        <extracomment>kzpk_desktop/services/exchange/office.py:206</extracomment>
        <translation>Бұл осы кеңсенің өз картасы; басқа кеңсенің картасына сеніңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office {code} is also a {role} office; field offices exchange with the ministry only.</source>
        <extracomment>kzpk_desktop/services/exchange/office.py:208</extracomment>
        <translation>{code} кеңсесінің де рөлі {role}; далалық кеңселер тек министрлікпен алмасады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This office already trusts the ministry as {code}.</source>
        <extracomment>kzpk_desktop/services/exchange/office.py:214</extracomment>
        <translation>Бұл кеңсе министрлікке {code} кодымен сенеді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office {code} is already trusted with other keys; a re-enrolled office comes back under a new code.</source>
        <extracomment>kzpk_desktop/services/exchange/office.py:219</extracomment>
        <translation>{code} кеңсесіне басқа кілттермен сенім білдірілген; қайта тіркелген кеңсе жаңа кодпен келеді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This office does not trust an office {code}; trust its card first (&apos;kzpk office trust&apos;).</source>
        <extracomment>kzpk_desktop/services/exchange/office.py:235</extracomment>
        <translation>Бұл кеңсе {code} кеңсесіне сенбейді; алдымен оның картасына сеніңіз («kzpk office trust»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package is damaged or was altered after it was made (it does not decrypt); ask office {office} for a new one.</source>
        <extracomment>kzpk_desktop/services/exchange/package.py:72</extracomment>
        <translation>Пакет бүлінген немесе жасалғаннан кейін өзгертілген (шифры ашылмайды); {office} кеңсесінен жаңасын сұраңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package&apos;s signature does not match office {office}&apos;s card: it was altered or not made by that office. Nothing was imported.</source>
        <extracomment>kzpk_desktop/services/exchange/package.py:74</extracomment>
        <translation>Пакеттің қолтаңбасы {office} кеңсесінің картасына сәйкес келмейді: ол өзгертілген немесе басқа кеңсе жасаған. Ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not a KZPK exchange package.</source>
        <extracomment>kzpk_desktop/services/exchange/package.py:76</extracomment>
        <translation>Файл KZPK алмасу пакеті емес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package was made by another version of KZPK Desktop (package format {format}, this version reads format {ours}); make the package again with the same version on both sides. Nothing was imported.</source>
        <extracomment>kzpk_desktop/services/exchange/package.py:77</extracomment>
        <translation>Пакет KZPK Desktop-тың басқа нұсқасымен жасалған (пакет пішімі {format}, бұл нұсқа {ours} пішімін оқиды); екі жақта да бірдей нұсқа болғанда пакетті қайта жасаңыз. Ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is too large to be a KZPK package.</source>
        <extracomment>kzpk_desktop/services/exchange/transfer.py:82</extracomment>
        <translation>Файл KZPK пакеті болу үшін тым үлкен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This package is for office {to}; this database is office {me}. Nothing was imported.</source>
        <extracomment>kzpk_desktop/services/exchange/transfer.py:102</extracomment>
        <translation>Бұл пакет {to} кеңсесіне арналған; бұл дерекқор — {me} кеңсесі. Ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This package comes from office {office}, which this office does not trust. Compare its card&apos;s fingerprint with that office and trust it first (&apos;kzpk office trust&apos;). Nothing was imported.</source>
        <extracomment>kzpk_desktop/services/exchange/transfer.py:106</extracomment>
        <translation>Пакет бұл кеңсе сенбейтін {office} кеңсесінен келді. Оның картасының саусақ ізін сол кеңсемен салыстырып, алдымен сеніңіз («kzpk office trust»). Ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office {office} sent a different package {seq} before: its database was restored or copied, and it must be enrolled again under a new code. Nothing was imported.</source>
        <extracomment>kzpk_desktop/services/exchange/transfer.py:132</extracomment>
        <translation>{office} кеңсесі бұрын басқа {seq} пакетін жіберген: оның дерекқоры қалпына келтірілген немесе көшірілген, оны жаңа кодпен қайта тіркеу керек. Ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package was made by a newer version of KZPK Desktop (schema {revision}); install that version here first. Nothing was imported.</source>
        <extracomment>kzpk_desktop/services/exchange/transfer.py:142</extracomment>
        <translation>Пакетті KZPK Desktop-тың жаңарақ нұсқасы жасаған ({revision} сұлбасы); алдымен осында сол нұсқаны орнатыңыз. Ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import was cancelled; nothing was changed.</source>
        <extracomment>kzpk_desktop/services/exchange/transfer.py:147</extracomment>
        <translation>Импорт тоқтатылды; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an audit event from {office} could not be read</source>
        <extracomment>kzpk_desktop/services/exchange/transfer.py:234</extracomment>
        <translation>{office} жіберген аудит оқиғасын оқу мүмкін болмады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>audit event {id} from {office} does not match its own hash</source>
        <extracomment>kzpk_desktop/services/exchange/transfer.py:255</extracomment>
        <translation>{office} жіберген {id} аудит оқиғасы өз хешіне сәйкес келмейді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>office {office} rewrote its audit trail after reporting it: event {id} differs from what it reported earlier</source>
        <extracomment>kzpk_desktop/services/exchange/transfer.py:272</extracomment>
        <translation>{office} кеңсесі аудит журналын жібергеннен кейін қайта жазған: {id} оқиғасы бұрын жіберілгеннен өзгеше</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision {decision}: {used} people approved or deployed for {mission} against a ceiling of {ceiling}; no more approvals under it until the overrun is cleared.</source>
        <extracomment>kzpk_desktop/services/exchange/transfer.py:299</extracomment>
        <translation>{decision} қаулысы: {mission} үшін {ceiling} шегінде {used} адам бекітілген немесе орналастырылған; асып кету жойылмайынша, ол бойынша жаңа бекіту мүмкін емес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision {decision}: {used} people approved or deployed against an overall ceiling of {ceiling}; no more approvals under it until the overrun is cleared.</source>
        <extracomment>kzpk_desktop/services/exchange/transfer.py:306</extracomment>
        <translation>{decision} қаулысы: жалпы {ceiling} шегінде {used} адам бекітілген немесе орналастырылған; асып кету жойылмайынша, ол бойынша жаңа бекіту мүмкін емес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>audit trail: event {id} is not the one office {office} acknowledged (history rewritten after it was reported)</source>
        <extracomment>kzpk_desktop/services/exchange/transfer.py:330</extracomment>
        <translation>аудит журналы: {id} оқиғасы {office} кеңсесі алғанын растаған оқиға емес (тарих жіберілгеннен кейін қайта жазылған)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIN is empty</source>
        <extracomment>kzpk_desktop/services/identity.py:63</extracomment>
        <translation>ЖСН көрсетілмеген</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIN must contain only digits</source>
        <extracomment>kzpk_desktop/services/identity.py:65</extracomment>
        <translation>ЖСН тек цифрлардан тұруы керек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIN must have {length} digits, got {count}</source>
        <extracomment>kzpk_desktop/services/identity.py:69</extracomment>
        <translation>ЖСН {length} цифрдан тұруы керек, ал онда {count} цифр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIN {iin}: 7th digit (century and sex) must be 1-6, got {digit}</source>
        <extracomment>kzpk_desktop/services/identity.py:74</extracomment>
        <translation>ЖСН {iin}: 7-цифр (ғасыр және жыныс) 1-ден 6-ға дейін болуы керек, ал ол {digit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIN {iin}: this number is never issued (no valid check digit)</source>
        <extracomment>kzpk_desktop/services/identity.py:81</extracomment>
        <translation>ЖСН {iin}: мұндай нөмір берілмейді (жарамды бақылау цифры жоқ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIN {iin}: check digit does not match</source>
        <extracomment>kzpk_desktop/services/identity.py:84</extracomment>
        <translation>ЖСН {iin}: бақылау цифры сәйкес келмейді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIN {iin}: {date} is not a real date</source>
        <extracomment>kzpk_desktop/services/identity.py:151</extracomment>
        <translation>ЖСН {iin}: {date} — мұндай күн жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIN {value} is also in row(s) {rows} of the file.</source>
        <extracomment>kzpk_desktop/services/import_match.py:147</extracomment>
        <translation>ЖСН {value} файлдың {rows} жолында да бар.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service number {value} is also in row(s) {rows} of the file.</source>
        <extracomment>kzpk_desktop/services/import_match.py:148</extracomment>
        <translation>Жеке нөмір {value} файлдың {rows} жолында да бар.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport {value} is also in row(s) {rows} of the file.</source>
        <extracomment>kzpk_desktop/services/import_match.py:149</extracomment>
        <translation>{value} төлқұжаты файлдың {rows} жолында да бар.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service number {value} already belongs to {who} (IIN {iin}).</source>
        <extracomment>kzpk_desktop/services/import_match.py:172</extracomment>
        <translation>Жеке нөмір {value} {who} (ЖСН {iin}) әскери қызметшіге тиесілі.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passport {value} is already recorded for {who} (IIN {iin}).</source>
        <extracomment>kzpk_desktop/services/import_match.py:174</extracomment>
        <translation>{value} төлқұжаты {who} (ЖСН {iin}) үшін бұрыннан жазылған.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A position needs a unit: fill in the unit too.</source>
        <extracomment>kzpk_desktop/services/import_match.py:187</extracomment>
        <translation>Лауазым үшін бөлімше қажет: бөлімшені де толтырыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} (IIN {iin}) is already recorded and this row would change: {columns}. Choose to update existing servicemen to save the changes.</source>
        <extracomment>kzpk_desktop/services/import_match.py:205</extracomment>
        <translation>{who} (ЖСН {iin}) есепте бар және бұл жол мынаны өзгертеді: {columns}. Өзгерістерді сақтау үшін есептегі әскери қызметшілерді жаңарту параметрін таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import cancelled; nothing was saved.</source>
        <extracomment>kzpk_desktop/services/import_model.py:27</extracomment>
        <translation>Импорт тоқтатылды; ештеңе сақталмады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown rank &apos;{value}&apos;: write it as in the rank list (in Kazakh, Russian or English).</source>
        <extracomment>kzpk_desktop/services/import_rows.py:99</extracomment>
        <translation>Белгісіз әскери атақ «{value}»: оны әскери атақтар тізіміндегідей жазыңыз (қазақша, орысша немесе ағылшынша).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown unit &apos;{value}&apos;: no unit has this name. Add the unit first or correct the name.</source>
        <extracomment>kzpk_desktop/services/import_rows.py:114</extracomment>
        <translation>Белгісіз бөлімше «{value}»: бұл атаумен бөлімше жоқ. Алдымен бөлімшені қосыңыз немесе атауын түзетіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{unit} was retired on {date}; it takes no new members or sub-units.</source>
        <extracomment>kzpk_desktop/services/import_rows.py:118</extracomment>
        <translation>{unit} {date} күні таратылған; оған жаңа тағайындаулар мен бағынысты бөлімшелер қосуға болмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; names {count} units ({paths}); write the unit&apos;s full path instead.</source>
        <extracomment>kzpk_desktop/services/import_rows.py:122</extracomment>
        <translation>«{value}» атауы {count} бөлімшеге сәйкес келеді ({paths}); оның орнына бөлімшенің толық жолын жазыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too long: {length} characters, at most {max}.</source>
        <extracomment>kzpk_desktop/services/import_rows.py:164</extracomment>
        <translation>Тым ұзын: {length} таңба, ең көбі {max}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a sex: write М or Ж (Ер or Әйел, M or F).</source>
        <extracomment>kzpk_desktop/services/import_rows.py:182</extracomment>
        <translation>«{value}» жынысты білдірмейді: Ер немесе Әйел деп жазыңыз (М немесе Ж, M немесе F).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} was saved by someone else after the preview; nothing was imported. Preview the file again.</source>
        <extracomment>kzpk_desktop/services/import_write.py:110</extracomment>
        <translation>{value} жазбасын алдын ала қараудан кейін басқа пайдаланушы сақтады; ештеңе импортталмады. Файлды қайта алдын ала қараңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotation {rotation} is completed; its roster is closed.</source>
        <extracomment>kzpk_desktop/services/importer.py:85</extracomment>
        <translation>{rotation} ротациясы аяқталған; оның тізімі жабық.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet &apos;{sheet}&apos; of {file} has no column for: {columns}. Add the column (the import template has every header) and import again.</source>
        <extracomment>kzpk_desktop/services/importer.py:136</extracomment>
        <translation>{file} файлының «{sheet}» парағында мына бағандар жоқ: {columns}. Бағанды қосып (импорт үлгісінде барлық тақырып бар), қайта импорттаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} of {total} rows were refused; nothing was imported. Correct them (the error report lists each one) or import only the valid rows.</source>
        <extracomment>kzpk_desktop/services/importer.py:176</extracomment>
        <translation>{total} жолдан {count} қабылданбады; ештеңе импортталмады. Оларды түзетіңіз (қателер есебінде әрқайсысы көрсетілген) немесе тек дұрыс жолдарды импорттаңыз.</translation>
    </message>
    <message>
        <location line="-852"/>
        <source>Rows refused by the import</source>
        <extracomment>kzpk_desktop/exports/import_files.py:152</extracomment>
        <translation>Импорт қабылдамаған жолдар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File {file}, sheet &apos;{sheet}&apos;: {count} rows refused.</source>
        <extracomment>kzpk_desktop/exports/import_files.py:153</extracomment>
        <translation>{file} файлы, «{sheet}» парағы: {count} жол қабылданбады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row in the file</source>
        <extracomment>kzpk_desktop/exports/import_files.py:156</extracomment>
        <translation>Файлдағы жол</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it was refused</source>
        <extracomment>kzpk_desktop/exports/import_files.py:156</extracomment>
        <translation>Неліктен қабылданбады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown language &apos;{lang}&apos;: choose kk, ru or en.</source>
        <extracomment>kzpk_desktop/exports/import_files.py:163</extracomment>
        <translation>Белгісіз тіл «{lang}»: kk, ru немесе en таңдаңыз.</translation>
    </message>
    <message>
        <location line="+864"/>
        <source>Acronym is required.</source>
        <extracomment>kzpk_desktop/services/missions.py:66</extracomment>
        <translation>Қысқартылған атауы міндетті.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acronym may hold only Latin capitals, digits and &apos;-&apos; (2-20).</source>
        <extracomment>kzpk_desktop/services/missions.py:68</extracomment>
        <translation>Қысқартылған атауда тек бас латын әріптері, цифрлар және «-» болуы мүмкін (2-20 таңба).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mission {acronym} already exists.</source>
        <extracomment>kzpk_desktop/services/missions.py:72</extracomment>
        <translation>{acronym} миссиясы бұрыннан бар.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English name is required.</source>
        <extracomment>kzpk_desktop/services/missions.py:74</extracomment>
        <translation>Ағылшынша атауы міндетті.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host country is required.</source>
        <extracomment>kzpk_desktop/services/missions.py:76</extracomment>
        <translation>Орналасқан елі міндетті.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO3 code must be three Latin letters.</source>
        <extracomment>kzpk_desktop/services/missions.py:78</extracomment>
        <translation>ISO3 коды үш латын әрпінен тұруы керек.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mission cannot end before it starts.</source>
        <extracomment>kzpk_desktop/services/missions.py:80</extracomment>
        <translation>Миссия басталмай тұрып аяқтала алмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown mission status &apos;{status}&apos;.</source>
        <extracomment>kzpk_desktop/services/missions.py:82</extracomment>
        <translation>Белгісіз миссия мәртебесі «{status}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mission no longer exists.</source>
        <extracomment>kzpk_desktop/services/missions.py:116</extracomment>
        <translation>Миссия енді жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No mission with acronym {acronym}.</source>
        <extracomment>kzpk_desktop/services/missions.py:136</extracomment>
        <translation>{acronym} қысқартылған атауымен миссия жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose either a rotation or a mission.</source>
        <extracomment>kzpk_desktop/services/overview.py:51</extracomment>
        <translation>Ротацияны немесе миссияны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file is damaged ({detail}).</source>
        <extracomment>kzpk_desktop/services/recovery.py:31</extracomment>
        <translation>Дерекқор файлы зақымдалған ({detail}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file is damaged: {detail}</source>
        <extracomment>kzpk_desktop/services/recovery.py:78</extracomment>
        <translation>Дерекқор файлы зақымдалған: {detail}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no backup file at {path}.</source>
        <extracomment>kzpk_desktop/services/recovery.py:137</extracomment>
        <translation>{path} жолында сақтық көшірме файлы жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a backup, not the database itself.</source>
        <extracomment>kzpk_desktop/services/recovery.py:139</extracomment>
        <translation>Дерекқордың өзін емес, сақтық көшірмені таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a SQLite database file can be restored from a backup; restore a PostgreSQL server with its own tools.</source>
        <extracomment>kzpk_desktop/services/recovery.py:197</extracomment>
        <translation>Сақтық көшірмеден тек SQLite дерекқор файлын қалпына келтіруге болады; PostgreSQL серверін оның өз құралдарымен қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup does not open with this database&apos;s passphrase, or it is not a KZPK backup.</source>
        <extracomment>kzpk_desktop/services/recovery.py:215</extracomment>
        <translation>Сақтық көшірме осы дерекқордың шифрлау құпиясөзімен ашылмайды немесе ол KZPK сақтық көшірмесі емес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup is not a readable database ({detail}).</source>
        <extracomment>kzpk_desktop/services/recovery.py:217</extracomment>
        <translation>Сақтық көшірме оқылатын дерекқор емес ({detail}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup is damaged ({detail}); choose another.</source>
        <extracomment>kzpk_desktop/services/recovery.py:220</extracomment>
        <translation>Сақтық көшірме зақымдалған ({detail}); басқасын таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup cannot be used: {detail}</source>
        <extracomment>kzpk_desktop/services/recovery.py:229</extracomment>
        <translation>Сақтық көшірмені пайдалану мүмкін емес: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not a KZPK Desktop backup.</source>
        <extracomment>kzpk_desktop/services/recovery.py:234</extracomment>
        <translation>Файл KZPK Desktop сақтық көшірмесі емес.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>There is no serviceman with IIN {iin}.</source>
        <extracomment>kzpk_desktop/services/reports/card.py:72</extracomment>
        <translation>ЖСН {iin} бар әскери қызметші жоқ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give either a rotation or a mission for the nominal roll.</source>
        <extracomment>kzpk_desktop/services/reports/roll.py:134</extracomment>
        <translation>Атаулы тізім үшін ротацияны немесе миссияны көрсетіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no rotation with id {id}.</source>
        <extracomment>kzpk_desktop/services/reports/roll.py:139</extracomment>
        <translation>id {id} ротация жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date {day} is in the future; a status change takes effect on or before today ({today}).</source>
        <extracomment>kzpk_desktop/services/roster_history.py:51</extracomment>
        <translation>{day} күні әлі келген жоқ; мәртебенің өзгерісі бүгіннен ({today}) кешіктірілмей күшіне енеді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nominated</source>
        <extracomment>kzpk_desktop/services/roster_status.py:17</extracomment>
        <translation>ұсынылған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved</source>
        <extracomment>kzpk_desktop/services/roster_status.py:18</extracomment>
        <translation>бекітілген</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deployed</source>
        <extracomment>kzpk_desktop/services/roster_status.py:19</extracomment>
        <translation>миссияда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repatriated</source>
        <extracomment>kzpk_desktop/services/roster_status.py:20</extracomment>
        <translation>мерзімінен бұрын қайтарылған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>completed</source>
        <extracomment>kzpk_desktop/services/roster_status.py:21</extracomment>
        <translation>аяқталған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withdrawn</source>
        <extracomment>kzpk_desktop/services/roster_status.py:22</extracomment>
        <translation>шығарылған</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown personnel category &apos;{code}&apos;.</source>
        <extracomment>kzpk_desktop/services/rosters.py:110</extracomment>
        <translation>Белгісіз персонал санаты «{code}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit no longer exists.</source>
        <extracomment>kzpk_desktop/services/rosters.py:139</extracomment>
        <translation>Бөлімше енді жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit has no current members to nominate.</source>
        <extracomment>kzpk_desktop/services/rosters.py:150</extracomment>
        <translation>Бөлімшеде ұсынатын қазіргі құрам жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} (IIN {iin}) is already on the roster of {rotation} (status: {status}).</source>
        <extracomment>kzpk_desktop/services/rosters.py:180</extracomment>
        <translation>{who} (ЖСН {iin}) {rotation} тізімінде бұрыннан бар (мәртебесі: {status}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown roster status &apos;{status}&apos;.</source>
        <extracomment>kzpk_desktop/services/rosters.py:226</extracomment>
        <translation>Тізімдегі белгісіз мәртебе «{status}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who}: the status cannot change from {old} to {new}.</source>
        <extracomment>kzpk_desktop/services/rosters.py:230</extracomment>
        <translation>{who}: мәртебені {old} күйінен {new} күйіне өзгертуге болмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the reason for the early repatriation.</source>
        <extracomment>kzpk_desktop/services/rosters.py:265</extracomment>
        <translation>Мерзімінен бұрын қайтару себебін көрсетіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the date of the early repatriation.</source>
        <extracomment>kzpk_desktop/services/rosters.py:268</extracomment>
        <translation>Мерзімінен бұрын қайтару күнін көрсетіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision {decision} was adopted on {adopted}; nobody can be approved under it before that day ({day}).</source>
        <extracomment>kzpk_desktop/services/rosters.py:286</extracomment>
        <translation>{decision} шешімі {adopted} қабылданды; бұл күнге дейін ({day}) ол бойынша ешкімді бекітуге болмайды.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a supervisor may approve over failed document rules; {actor} is signed in as {role}.</source>
        <extracomment>kzpk_desktop/services/rosters.py:307</extracomment>
        <translation>Орындалмаған құжат ережелеріне қарамастан тек басшы бекіте алады; {actor} жүйеге {role} ретінде кірген.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the reason for approving despite the failed rules.</source>
        <extracomment>kzpk_desktop/services/rosters.py:310</extracomment>
        <translation>Орындалмаған ережелерге қарамастан бекіту себебін жазыңыз.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{text} The {rule} rule cannot be overridden.</source>
        <extracomment>kzpk_desktop/services/rosters.py:303</extracomment>
        <translation>{text} «{rule}» ережесінен ерекшелік жасауға болмайды.</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>The database file is damaged ({detail}); nothing was written. Restore a backup: File &gt; Restore from a backup, or &apos;kzpk restore FILE&apos;.</source>
        <extracomment>kzpk_desktop/services/intact.py:20</extracomment>
        <translation>Дерекқор файлы зақымдалған ({detail}); ештеңе жазылмады. Сақтық көшірмені қалпына келтіріңіз: Файл &gt; Сақтық көшірмеден қалпына келтіру немесе &apos;kzpk restore ФАЙЛ&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The schema was not changed: the role &apos;{user}&apos; may not change it ({detail}). Run &apos;kzpk migrate&apos; as the role that owns the schema.</source>
        <extracomment>kzpk_desktop/services/migration.py:67</extracomment>
        <translation>Схема өзгертілмеді: &apos;{user}&apos; рөліне оны өзгертуге болмайды ({detail}). &apos;kzpk migrate&apos; командасын схема иесі рөлімен орындаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The schema was not changed: the upgrade failed ({detail}).</source>
        <extracomment>kzpk_desktop/services/migration.py:71</extracomment>
        <translation>Схема өзгертілмеді: жаңарту сәтсіз аяқталды ({detail}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pg_dump copies a PostgreSQL database; a SQLite file is copied by &apos;kzpk backup&apos; (and before every upgrade).</source>
        <extracomment>kzpk_desktop/services/migration.py:123</extracomment>
        <translation>pg_dump PostgreSQL дерекқорын көшіреді; SQLite файлын &apos;kzpk backup&apos; көшіреді (және әр жаңарту алдында).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pg_dump is not installed on this computer (Debian: apt-get install postgresql-client); install it or run it on the server, then migrate without --pg-dump.</source>
        <extracomment>kzpk_desktop/services/migration.py:127</extracomment>
        <translation>Бұл компьютерде pg_dump орнатылмаған (Debian: apt-get install postgresql-client); оны орнатыңыз немесе серверде орындаңыз, содан кейін --pg-dump-сыз жаңартыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pg_dump failed, so nothing was changed: {detail}</source>
        <extracomment>kzpk_desktop/services/migration.py:152</extracomment>
        <translation>pg_dump қатемен аяқталды, сондықтан ештеңе өзгертілмеді: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{role}&apos; is not a plain role name (letters, digits and _).</source>
        <extracomment>kzpk_desktop/services/migration.py:193</extracomment>
        <translation>&apos;{role}&apos; қарапайым рөл атауы емес (әріптер, цифрлар және _).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles are a PostgreSQL server&apos;s; a SQLite file has none.</source>
        <extracomment>kzpk_desktop/services/migration.py:218</extracomment>
        <translation>Рөлдер PostgreSQL серверінде болады; SQLite файлында олар жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no role &apos;{role}&apos; on the server: create it first (CREATE ROLE {role} LOGIN PASSWORD &apos;...&apos;).</source>
        <extracomment>kzpk_desktop/services/migration.py:224</extracomment>
        <translation>Серверде &apos;{role}&apos; рөлі жоқ: алдымен оны жасаңыз (CREATE ROLE {role} LOGIN PASSWORD &apos;...&apos;).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The backup&apos;s audit trail is broken ({detail}; {n} problem(s) in all): it was changed outside KZPK Desktop. Choose another backup; an administrator may restore it anyway with &apos;kzpk restore --force&apos; (recorded in the audit trail).</source>
        <extracomment>kzpk_desktop/services/recovery.py:107</extracomment>
        <translation>Сақтық көшірменің аудит журналы бұзылған ({detail}; барлық мәселелер: {n}): ол KZPK Desktop-тан тыс өзгертілген. Басқа көшірмені таңдаңыз; әкімші оны бәрібір &apos;kzpk restore --force&apos; арқылы қалпына келтіре алады (бұл аудит журналына жазылады).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <extracomment>kzpk_desktop/services/reports/participation.py:57</extracomment>
        <translation>Кезең ({end}) басталуынан ({start}) бұрын аяқталады.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This database is field office {office}: only the ministry {what}. Record here what happened on the ground (deployed, repatriated, completed); it reaches the ministry with the next package.</source>
        <extracomment>kzpk_desktop/services/roster_status.py:35</extracomment>
        <translation>Бұл дерекқор — {office} далалық кеңсесі: тек министрлік {what}. Мұнда жергілікті жерде болған жайды (келді, мерзімінен бұрын қайтарылды, аяқтады) белгілеңіз; ол министрлікке келесі пакетпен жетеді.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nominates people for a rotation</source>
        <extracomment>kzpk_desktop/services/roster_status.py:51</extracomment>
        <translation>адамдарды ротацияға ұсынады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approves roster entries</source>
        <extracomment>kzpk_desktop/services/roster_status.py:52</extracomment>
        <translation>тізім жазбаларын бекітеді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withdraws roster entries</source>
        <extracomment>kzpk_desktop/services/roster_status.py:53</extracomment>
        <translation>тізім жазбаларын кері қайтарады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the English appointment in Latin letters (it is printed on the UN roll).</source>
        <extracomment>kzpk_desktop/services/rosters.py:96</extracomment>
        <translation>Ағылшынша лауазымды латын әріптерімен жазыңыз (ол БҰҰ тізімінде басылады).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A supervisor may approve despite the document rules ({rules}) with a written reason.</source>
        <extracomment>kzpk_desktop/services/rosters.py:319</extracomment>
        <translation>Басшы құжат ережелеріне ({rules}) қарамастан жазбаша себеп көрсетіп бекіте алады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody may override: {rules}.</source>
        <extracomment>kzpk_desktop/services/rosters.py:323</extracomment>
        <translation>Ешкім ерекшелік жасай алмайды: {rules}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date {day} is before the arrival on {arrival}.</source>
        <extracomment>kzpk_desktop/services/rosters.py:331</extracomment>
        <translation>{day} күні миссияға келген {arrival} күнінен бұрын.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The category can change only while the entry is nominated (it decides which rules apply).</source>
        <extracomment>kzpk_desktop/services/rosters.py:356</extracomment>
        <translation>Санатты тек жазба ұсынылған мәртебеде тұрғанда өзгертуге болады (қандай ережелер қолданылатынын санат анықтайды).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Departure ({departure}) is before arrival ({arrival}).</source>
        <extracomment>kzpk_desktop/services/rosters.py:360</extracomment>
        <translation>Кету күні ({departure}) келу күнінен ({arrival}) бұрын.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The UN index number is too long (40 characters at most).</source>
        <extracomment>kzpk_desktop/services/rosters.py:366</extracomment>
        <translation>БҰҰ индекс нөмірі тым ұзын (ең көбі 40 таңба).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody with IIN {iin} is on the roster of {rotation}.</source>
        <extracomment>kzpk_desktop/services/rosters.py:396</extracomment>
        <translation>{rotation} тізімінде ЖСН {iin} бар адам жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The roster entry no longer exists (removed by someone else?).</source>
        <extracomment>kzpk_desktop/services/rosters.py:404</extracomment>
        <translation>Ротация тізіміндегі жазба енді жоқ (оны басқа пайдаланушы алып тастаған болуы мүмкін).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the mission.</source>
        <extracomment>kzpk_desktop/services/rotations.py:66</extracomment>
        <translation>Миссияны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotation number is required.</source>
        <extracomment>kzpk_desktop/services/rotations.py:68</extracomment>
        <translation>Ротацияның нөмірі міндетті.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotation number must be 1 or more.</source>
        <extracomment>kzpk_desktop/services/rotations.py:70</extracomment>
        <translation>Ротацияның нөмірі 1 немесе одан көп болуы керек.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{mission} already has a rotation number {number}.</source>
        <extracomment>kzpk_desktop/services/rotations.py:75</extracomment>
        <translation>{mission} миссиясында {number} нөмірлі ротация бұрыннан бар.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotation name is required.</source>
        <extracomment>kzpk_desktop/services/rotations.py:78</extracomment>
        <translation>Ротацияның атауы міндетті.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the Parliament decision the rotation rests on.</source>
        <extracomment>kzpk_desktop/services/rotations.py:81</extracomment>
        <translation>Ротация негізделетін Парламент шешімін таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision {number} was superseded by decision {newer}; plan new rotations on the newer one.</source>
        <extracomment>kzpk_desktop/services/rotations.py:86</extracomment>
        <translation>{number} шешімі {newer} шешімімен ауыстырылған; жаңа ротацияларды жаңа шешім негізінде жоспарлаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision {number} sets no ceiling for {mission}; choose a decision that covers the mission.</source>
        <extracomment>kzpk_desktop/services/rotations.py:92</extracomment>
        <translation>{number} шешімі {mission} үшін шекті сан белгілемейді; осы миссияны қамтитын шешімді таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned start is required.</source>
        <extracomment>kzpk_desktop/services/rotations.py:96</extracomment>
        <translation>Жоспарлы басталу күні міндетті.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned end is required.</source>
        <extracomment>kzpk_desktop/services/rotations.py:98</extracomment>
        <translation>Жоспарлы аяқталу күні міндетті.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The planned end ({end}) is before the planned start ({start}).</source>
        <extracomment>kzpk_desktop/services/rotations.py:100</extracomment>
        <translation>Жоспарлы аяқталу күні ({end}) жоспарлы басталу күнінен ({start}) бұрын.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the actual start before the actual end.</source>
        <extracomment>kzpk_desktop/services/rotations.py:103</extracomment>
        <translation>Нақты аяқталу күнінен бұрын нақты басталу күнін енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The actual end ({end}) is before the actual start ({start}).</source>
        <extracomment>kzpk_desktop/services/rotations.py:105</extracomment>
        <translation>Нақты аяқталу күні ({end}) нақты басталу күнінен ({start}) бұрын.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown rotation status &apos;{status}&apos;.</source>
        <extracomment>kzpk_desktop/services/rotations.py:108</extracomment>
        <translation>Белгісіз ротация мәртебесі «{status}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rotation already has a roster; its mission cannot change.</source>
        <extracomment>kzpk_desktop/services/rotations.py:112</extracomment>
        <translation>Ротацияның тізімі бар; оның миссиясын өзгертуге болмайды.</translation>
    </message>
    <message>
        <location line="-914"/>
        <source>IIN</source>
        <extracomment>kzpk_desktop/services/audit_words.py:100</extracomment>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service number</source>
        <extracomment>kzpk_desktop/services/audit_words.py:100</extracomment>
        <translation>Жеке нөмірі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surname</source>
        <extracomment>kzpk_desktop/services/audit_words.py:100</extracomment>
        <translation>Тегі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given name</source>
        <extracomment>kzpk_desktop/services/audit_words.py:101</extracomment>
        <translation>Аты</translation>
    </message>
    <message>
        <location line="+780"/>
        <source>The unit it refers to no longer exists.</source>
        <extracomment>kzpk_desktop/services/recycle.py:50</extracomment>
        <translation>Жазба сілтеме жасайтын бөлімше енді жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rotation it refers to no longer exists.</source>
        <extracomment>kzpk_desktop/services/recycle.py:51</extracomment>
        <translation>Жазба сілтеме жасайтын ротация енді жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rank it refers to no longer exists.</source>
        <extracomment>kzpk_desktop/services/recycle.py:52</extracomment>
        <translation>Жазба сілтеме жасайтын әскери атақ енді жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The document kind it refers to no longer exists.</source>
        <extracomment>kzpk_desktop/services/recycle.py:53</extracomment>
        <translation>Жазба сілтеме жасайтын құжат түрі енді жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The personnel category it refers to no longer exists.</source>
        <extracomment>kzpk_desktop/services/recycle.py:54</extracomment>
        <translation>Жазба сілтеме жасайтын персонал санаты енді жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The serviceman it belongs to no longer exists.</source>
        <extracomment>kzpk_desktop/services/recycle.py:55</extracomment>
        <translation>Жазба тиесілі әскери қызметші енді жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A record it refers to no longer exists.</source>
        <extracomment>kzpk_desktop/services/recycle.py:57</extracomment>
        <translation>Ол сілтеме жасайтын жазба енді жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} cannot be restored. {reason}</source>
        <extracomment>kzpk_desktop/services/recycle.py:58</extracomment>
        <translation>{what}: қалпына келтіру мүмкін емес. {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The serviceman was deleted as well; restore him first.</source>
        <extracomment>kzpk_desktop/services/recycle.py:59</extracomment>
        <translation>Әскери қызметші де жойылған; алдымен оны қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is on file again already.</source>
        <extracomment>kzpk_desktop/services/recycle.py:60</extracomment>
        <translation>Жазба дерекқорда қайтадан бар.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This item is no longer in the recycle bin (restored by someone else?).</source>
        <extracomment>kzpk_desktop/services/recycle.py:61</extracomment>
        <translation>Бұл жазба себетте енді жоқ (оны басқа пайдаланушы қалпына келтірген болуы мүмкін).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role ({role}) may restore only what you deleted yourself; {who} deleted this, so only an administrator may restore it.</source>
        <extracomment>kzpk_desktop/services/recycle.py:63</extracomment>
        <translation>Сіздің рөліңіз ({role}) тек өзіңіз жойғанды қалпына келтіруге рұқсат береді; мұны {who} жойды, сондықтан оны тек әкімші қалпына келтіре алады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role ({role}) may not empty the recycle bin; only an administrator may.</source>
        <extracomment>kzpk_desktop/services/recycle.py:65</extracomment>
        <translation>Сіздің рөліңіз ({role}) себетті тазартуға рұқсат бермейді; мұны тек әкімші істей алады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role ({role}) may not open the recycle bin; only an administrator may.</source>
        <extracomment>kzpk_desktop/services/recycle.py:66</extracomment>
        <translation>Сіздің рөліңіз ({role}) себетті ашуға рұқсат бермейді; мұны тек әкімші істей алады.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>{label} is required.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:112</extracomment>
        <translation>«{label}» өрісін толтырыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth {entered} does not agree with the IIN, which says {iin_date}.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:124</extracomment>
        <translation>Туған күні {entered} ЖСН-ге сәйкес келмейді: ЖСН бойынша {iin_date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex does not agree with the IIN (its 7th digit says {sex}).</source>
        <extracomment>kzpk_desktop/services/servicemen.py:129</extracomment>
        <translation>Жынысы ЖСН-ге сәйкес келмейді (оның 7-цифры бойынша жынысы {sex}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>male</source>
        <extracomment>kzpk_desktop/services/servicemen.py:130</extracomment>
        <translation>ер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>female</source>
        <extracomment>kzpk_desktop/services/servicemen.py:130</extracomment>
        <translation>әйел</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth is required.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:132</extracomment>
        <translation>Туған күнін көрсетіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of birth cannot be in the future.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:134</extracomment>
        <translation>Туған күні болашақта бола алмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex must be male or female.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:136</extracomment>
        <translation>Жынысы ер немесе әйел болуы керек.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use only letters, spaces, hyphens and apostrophes.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:142</extracomment>
        <translation>Тек әріптер, бос орындар, дефистер және апострофтар қолданылады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the name in Latin letters exactly as in the passport.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:146</extracomment>
        <translation>Атын латын әріптерімен төлқұжаттағыдай дәл жазыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service number may hold only letters, digits, &apos;-&apos; and &apos;/&apos;.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:149</extracomment>
        <translation>Жеке нөмірде тек әріптер, цифрлар, «-» және «/» болуы мүмкін.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone number may hold only digits, spaces, &apos;+&apos;, &apos;-&apos; and brackets.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:153</extracomment>
        <translation>Телефон нөмірінде тек цифрлар, бос орындар, «+», «-» және жақшалар болуы мүмкін.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blood group must be one of {groups}.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:155</extracomment>
        <translation>Қан тобы мыналардың бірі болуы керек: {groups}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown status &apos;{status}&apos;.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:158</extracomment>
        <translation>Белгісіз мәртебе «{status}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown rank.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:160</extracomment>
        <translation>Белгісіз әскери атақ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date the passport expires.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:166</extracomment>
        <translation>Төлқұжаттың жарамдылық мерзімін көрсетіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the passport number for these dates.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:168</extracomment>
        <translation>Осы күндер үшін төлқұжат нөмірін көрсетіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passport must expire after the date it was issued.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:170</extracomment>
        <translation>Төлқұжаттың жарамдылық мерзімі берілген күнінен кейін аяқталуы керек.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another serviceman already has IIN {value}: {who}.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:183</extracomment>
        <translation>ЖСН {value} басқа әскери қызметшіде бар: {who}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another serviceman already has service number {value}: {who}.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:185</extracomment>
        <translation>Жеке нөмір {value} басқа әскери қызметшіде бар: {who}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} was changed by someone else after you opened it. Reload the record to see their changes.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:232</extracomment>
        <translation>Сіз ашқаннан кейін «{who}» жазбасын басқа пайдаланушы өзгертті. Оның өзгерістерін көру үшін жазбаны қайта жүктеңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} was changed by someone else while you were saving. Reload the record to see their changes.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:243</extracomment>
        <translation>Сіз сақтап жатқанда «{who}» жазбасын басқа пайдаланушы өзгертті. Оның өзгерістерін көру үшін жазбаны қайта жүктеңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} was changed by someone else; reload before deleting.</source>
        <extracomment>kzpk_desktop/services/servicemen.py:258</extracomment>
        <translation>«{who}» жазбасын басқа пайдаланушы өзгертті; жоймас бұрын қайта жүктеңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removes people from rosters</source>
        <extracomment>kzpk_desktop/services/servicemen.py:263</extracomment>
        <translation>адамдарды ротация тізімдерінен шығарады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warn about documents expiring within (days)</source>
        <extracomment>kzpk_desktop/services/settings.py:34</extracomment>
        <translation>Құжат мерзімі өтерден неше күн бұрын ескерту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest attached scan (MB)</source>
        <extracomment>kzpk_desktop/services/settings.py:36</extracomment>
        <translation>Тіркелетін скан-көшірменің ең үлкен өлшемі (МБ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic backups to keep</source>
        <extracomment>kzpk_desktop/services/settings.py:39</extracomment>
        <translation>Сақталатын автоматты сақтық көшірмелер саны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock the screen after this many idle minutes</source>
        <extracomment>kzpk_desktop/services/settings.py:41</extracomment>
        <translation>Экранды осынша минут әрекетсіздіктен кейін құлыптау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handling marking on reports in Kazakh (empty: none)</source>
        <extracomment>kzpk_desktop/services/settings.py:48</extracomment>
        <translation>Қазақ тіліндегі есептердегі гриф (бос: грифсіз)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handling marking on reports in Russian (empty: none)</source>
        <extracomment>kzpk_desktop/services/settings.py:49</extracomment>
        <translation>Орыс тіліндегі есептердегі гриф (бос: грифсіз)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handling marking on reports in English (empty: none)</source>
        <extracomment>kzpk_desktop/services/settings.py:50</extracomment>
        <translation>Ағылшын тіліндегі есептердегі гриф (бос: грифсіз)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signs the reports: position</source>
        <extracomment>kzpk_desktop/services/settings.py:55</extracomment>
        <translation>Есептерге қол қояды: лауазымы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signs the reports: position, in English</source>
        <extracomment>kzpk_desktop/services/settings.py:57</extracomment>
        <translation>Есептерге қол қояды: лауазымы ағылшынша</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signs the reports: rank</source>
        <extracomment>kzpk_desktop/services/settings.py:58</extracomment>
        <translation>Есептерге қол қояды: әскери атағы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signs the reports: initials and surname</source>
        <extracomment>kzpk_desktop/services/settings.py:60</extracomment>
        <translation>Есептерге қол қояды: аты-жөнінің бас әріптері және тегі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a number.</source>
        <extracomment>kzpk_desktop/services/settings.py:85</extracomment>
        <translation>Сан енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a value from {minimum} to {maximum}.</source>
        <extracomment>kzpk_desktop/services/settings.py:89</extracomment>
        <translation>{minimum} мен {maximum} аралығындағы мәнді енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit events are written by the application only and are never changed or deleted.</source>
        <extracomment>kzpk_desktop/services/tracking.py:40</extracomment>
        <translation>Аудит оқиғаларын тек бағдарлама жазады, олар ешқашан өзгертілмейді және жойылмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the name in Kazakh.</source>
        <extracomment>kzpk_desktop/services/units.py:27</extracomment>
        <translation>Қазақша атауын енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the name in Russian.</source>
        <extracomment>kzpk_desktop/services/units.py:27</extracomment>
        <translation>Орысша атауын енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the name in English.</source>
        <extracomment>kzpk_desktop/services/units.py:28</extracomment>
        <translation>Ағылшынша атауын енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long (at most {max} characters).</source>
        <extracomment>kzpk_desktop/services/units.py:224</extracomment>
        <translation>Атауы тым ұзын (ең көбі {max} таңба).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the kind of unit.</source>
        <extracomment>kzpk_desktop/services/units.py:228</extracomment>
        <translation>Бөлімше түрін таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown unit kind &apos;{kind}&apos;.</source>
        <extracomment>kzpk_desktop/services/units.py:229</extracomment>
        <translation>Белгісіз бөлімше түрі «{kind}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the level: regiment, battalion, company, platoon or group.</source>
        <extracomment>kzpk_desktop/services/units.py:231</extracomment>
        <translation>Деңгейін таңдаңыз: полк, батальон, рота, взвод немесе топ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parent unit no longer exists.</source>
        <extracomment>kzpk_desktop/services/units.py:236</extracomment>
        <translation>Жоғары тұрған бөлімше енді жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a unit named {name} at this place in the tree.</source>
        <extracomment>kzpk_desktop/services/units.py:247</extracomment>
        <translation>Ағаштың бұл орнында «{name}» атты бөлімше бұрыннан бар.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A unit cannot be placed under itself.</source>
        <extracomment>kzpk_desktop/services/units.py:298</extracomment>
        <translation>Бөлімшені өзінің құрамына орналастыруға болмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{unit} cannot be moved under {target}: {target} is one of its own sub-units.</source>
        <extracomment>kzpk_desktop/services/units.py:300</extracomment>
        <translation>{unit} бөлімшесін {target} құрамына ауыстыруға болмайды: {target} — оның өз бағынысты бөлімшелерінің бірі.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{unit} was already retired on {date}.</source>
        <extracomment>kzpk_desktop/services/units.py:319</extracomment>
        <translation>{unit} {date} күні таратылып қойған.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{unit} cannot be retired: {count} serviceman(s) are still assigned to it or its sub-units ({units}). Assign them elsewhere first.</source>
        <extracomment>kzpk_desktop/services/units.py:332</extracomment>
        <translation>{unit} бөлімшесін таратуға болмайды: оған немесе оның бағынысты бөлімшелеріне ({units}) әлі {count} әскери қызметші тағайындалған. Алдымен оларды басқа бөлімшелерге тағайындаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} was changed by someone else after you opened it. Reload it to see their changes.</source>
        <extracomment>kzpk_desktop/services/versioning.py:29</extracomment>
        <translation>Сіз ашқаннан кейін «{what}» жазбасын басқа пайдаланушы өзгертті. Оның өзгерістерін көру үшін қайта жүктеңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} was changed by someone else while you were saving. Reload it to see their changes.</source>
        <extracomment>kzpk_desktop/services/versioning.py:54</extracomment>
        <translation>Сіз сақтап жатқанда «{what}» жазбасын басқа пайдаланушы өзгертті. Оның өзгерістерін көру үшін қайта жүктеңіз.</translation>
    </message>
</context>
</TS>
