<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/about_dialog.py" line="29"/>
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="14"/>
        <source>About CRM Desktop</source>
        <translation>حول CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="28"/>
        <source>CRM Desktop icon</source>
        <translation>أيقونة CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="37"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="62"/>
        <source>An offline-first personal CRM: your contacts, accounts, activities and notes, in one private file on your own disk.</source>
        <translation>نظام شخصي لإدارة علاقات العملاء يعمل دون اتصال بالإنترنت: جهات اتصالك وحساباتك وأنشطتك وملاحظاتك، في ملف خاص واحد على قرصك أنت.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="74"/>
        <source>Database:</source>
        <translation>قاعدة البيانات:</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="94"/>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
</context>
<context>
    <name>AccountCardView</name>
    <message>
        <location filename="../../crm_desktop/gui/account_card.py" line="73"/>
        <location filename="../../crm_desktop/gui/account_card.py" line="79"/>
        <source>Account card</source>
        <translation>بطاقة الحساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_card.py" line="88"/>
        <source>Select an account to see it here.</source>
        <translation>اختر حسابًا لعرضه هنا.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_card.py" line="106"/>
        <location filename="../../crm_desktop/gui/account_card.py" line="110"/>
        <source>Website</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_card.py" line="120"/>
        <source>Contacts (%1)</source>
        <translation>جهات الاتصال (%1)</translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="53"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="53"/>
        <location filename="../../crm_desktop/gui/account_editor.py" line="54"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="54"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="56"/>
        <source>New account</source>
        <translation>حساب جديد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="56"/>
        <location filename="../../ui/account_editor.ui" line="6"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="63"/>
        <source>Give the account a name.</source>
        <translation>أدخل اسمًا للحساب.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="67"/>
        <source>%1 is not a phone number.</source>
        <translation>%1 ليس رقم هاتف.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="71"/>
        <source>%1 is not an email address.</source>
        <translation>%1 ليس عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="10"/>
        <source>&amp;Name:</source>
        <translation>ال&amp;اسم:</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="12"/>
        <source>&amp;Website:</source>
        <translation>ال&amp;موقع:</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="13"/>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="14"/>
        <source>&amp;Industry:</source>
        <translation>ال&amp;قطاع:</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="18"/>
        <source>P&amp;hones:</source>
        <translation>ال&amp;هواتف:</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="22"/>
        <source>Add phone</source>
        <translation>إضافة هاتف</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="23"/>
        <source>Remove phone</source>
        <translation>إزالة هاتف</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="27"/>
        <source>&amp;Emails:</source>
        <translation>عناوين ال&amp;بريد الإلكتروني:</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="31"/>
        <source>Add email</source>
        <translation>إضافة بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="32"/>
        <source>Remove email</source>
        <translation>إزالة بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="36"/>
        <source>N&amp;ote:</source>
        <translation>ملا&amp;حظة:</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <location filename="../../crm_desktop/gui/account_table_model.py" line="21"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_table_model.py" line="22"/>
        <source>Website</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_table_model.py" line="23"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_table_model.py" line="24"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_table_model.py" line="25"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
</context>
<context>
    <name>ActivitiesView</name>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="243"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="243"/>
        <source>Overdue</source>
        <translation>المتأخرة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="243"/>
        <source>Next 7 days</source>
        <translation>الأيام السبعة القادمة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="244"/>
        <source>All open</source>
        <translation>كل المفتوحة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="244"/>
        <source>Done</source>
        <translation>المنجزة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="247"/>
        <source>&amp;New activity…</source>
        <translation>نشاط جدي&amp;د…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="248"/>
        <source>Mark as d&amp;one…</source>
        <translation>تمييز كم&amp;نجز…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="249"/>
        <source>&amp;Edit…</source>
        <translation>تح&amp;رير…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="250"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="253"/>
        <source>Keeping in touch</source>
        <translation>البقاء على تواصل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="254"/>
        <source>Upcoming birthdays and anniversaries</source>
        <translation>أعياد الميلاد والذكريات السنوية القادمة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="255"/>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="256"/>
        <source>The day&apos;s activities</source>
        <translation>أنشطة اليوم المحدد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="257"/>
        <source>Drag an activity onto a day to move it there</source>
        <translation>اسحب نشاطًا إلى يوم لنقله إليه</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activities_view.py" line="314"/>
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>%Ln نشاط</numerusform>
            <numerusform>%Ln نشاط</numerusform>
            <numerusform>%Ln نشاطان</numerusform>
            <numerusform>%Ln أنشطة</numerusform>
            <numerusform>%Ln نشاطًا</numerusform>
            <numerusform>%Ln نشاط</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="358"/>
        <source>Activities on %1: %2</source>
        <translation>أنشطة يوم %1: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="387"/>
        <source>%1 — %2, anniversary</source>
        <translation>%1 — %2، ذكرى سنوية</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activities_view.py" line="389"/>
        <source>%1 — %2, anniversary (%Ln year(s))</source>
        <translation>
            <numerusform>%1 — %2، ذكرى سنوية (%Ln سنة)</numerusform>
            <numerusform>%1 — %2، ذكرى سنوية (%Ln سنة)</numerusform>
            <numerusform>%1 — %2، ذكرى سنوية (%Ln سنتان)</numerusform>
            <numerusform>%1 — %2، ذكرى سنوية (%Ln سنوات)</numerusform>
            <numerusform>%1 — %2، ذكرى سنوية (%Ln سنة)</numerusform>
            <numerusform>%1 — %2، ذكرى سنوية (%Ln سنة)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="398"/>
        <source>%1 — never contacted</source>
        <translation>%1 — لا تواصل سابق</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="401"/>
        <source>%1 — last contact %2</source>
        <translation>%1 — آخر تواصل: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="408"/>
        <source>No one is waiting to hear from you.</source>
        <translation>لا أحد ينتظر أن يسمع منك.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="411"/>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="416"/>
        <source>%1 — %2, turns %3</source>
        <translation>%1 — %2، العمر %3</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="422"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="428"/>
        <source>No birthdays or anniversaries in the next %1 days.</source>
        <translation>لا أعياد ميلاد ولا ذكريات سنوية في الأيام الـ%1 القادمة.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="531"/>
        <source>Mark as &amp;done…</source>
        <translation>تمييز كم&amp;نجز…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="534"/>
        <source>Move to &amp;tomorrow</source>
        <translation>نقل إلى ال&amp;غد</translation>
    </message>
</context>
<context>
    <name>ActivityActions</name>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="227"/>
        <source>Follow-up: </source>
        <translation>متابعة: </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="242"/>
        <source>Call with %1</source>
        <translation>مكالمة مع %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="244"/>
        <source>E-mail to %1</source>
        <translation>بريد إلكتروني إلى %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="361"/>
        <source>Edit note</source>
        <translation>تحرير الملاحظة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="362"/>
        <source>Note:</source>
        <translation>الملاحظة:</translation>
    </message>
</context>
<context>
    <name>ActivityCommands</name>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="43"/>
        <source>Log call</source>
        <translation>تسجيل مكالمة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="44"/>
        <source>Log meeting</source>
        <translation>تسجيل اجتماع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="45"/>
        <source>Log e-mail</source>
        <translation>تسجيل رسالة بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="46"/>
        <source>Log letter</source>
        <translation>تسجيل خطاب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="48"/>
        <source>Log task</source>
        <translation>تسجيل مهمة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="50"/>
        <source>New call</source>
        <translation>مكالمة جديدة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="51"/>
        <source>New meeting</source>
        <translation>اجتماع جديد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="52"/>
        <source>New e-mail</source>
        <translation>رسالة بريد إلكتروني جديدة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="53"/>
        <source>New letter</source>
        <translation>خطاب جديد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="55"/>
        <source>New task</source>
        <translation>مهمة جديدة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="63"/>
        <source>Cancel activity</source>
        <translation>إلغاء النشاط</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="64"/>
        <source>Reopen activity</source>
        <translation>إعادة فتح النشاط</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="65"/>
        <source>Edit activity</source>
        <translation>تحرير النشاط</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="68"/>
        <source>Mark done</source>
        <translation>وضع علامة مكتمل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="71"/>
        <source>Reschedule activity</source>
        <translation>إعادة جدولة النشاط</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_commands.py" line="75"/>
        <source>Delete %Ln activity(ies)</source>
        <translation>
            <numerusform>حذف %Ln نشاط</numerusform>
            <numerusform>حذف %Ln نشاط</numerusform>
            <numerusform>حذف %Ln نشاطين</numerusform>
            <numerusform>حذف %Ln أنشطة</numerusform>
            <numerusform>حذف %Ln نشاطًا</numerusform>
            <numerusform>حذف %Ln نشاط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_commands.py" line="77"/>
        <source>Delete %Ln note(s)</source>
        <translation>
            <numerusform>حذف %Ln ملاحظة</numerusform>
            <numerusform>حذف %Ln ملاحظة</numerusform>
            <numerusform>حذف %Ln ملاحظتين</numerusform>
            <numerusform>حذف %Ln ملاحظات</numerusform>
            <numerusform>حذف %Ln ملاحظة</numerusform>
            <numerusform>حذف %Ln ملاحظة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_commands.py" line="78"/>
        <source>Delete %Ln item(s)</source>
        <translation>
            <numerusform>حذف %Ln عنصر</numerusform>
            <numerusform>حذف %Ln عنصر</numerusform>
            <numerusform>حذف %Ln عنصرين</numerusform>
            <numerusform>حذف %Ln عناصر</numerusform>
            <numerusform>حذف %Ln عنصرًا</numerusform>
            <numerusform>حذف %Ln عنصر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_commands.py" line="83"/>
        <source>Deleted %Ln activity(ies)</source>
        <translation>
            <numerusform>تم حذف %Ln نشاط</numerusform>
            <numerusform>تم حذف %Ln نشاط</numerusform>
            <numerusform>تم حذف %Ln نشاطين</numerusform>
            <numerusform>تم حذف %Ln أنشطة</numerusform>
            <numerusform>تم حذف %Ln نشاطًا</numerusform>
            <numerusform>تم حذف %Ln نشاط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_commands.py" line="85"/>
        <source>Deleted %Ln note(s)</source>
        <translation>
            <numerusform>تم حذف %Ln ملاحظة</numerusform>
            <numerusform>تم حذف %Ln ملاحظة</numerusform>
            <numerusform>تم حذف %Ln ملاحظتين</numerusform>
            <numerusform>تم حذف %Ln ملاحظات</numerusform>
            <numerusform>تم حذف %Ln ملاحظة</numerusform>
            <numerusform>تم حذف %Ln ملاحظة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_commands.py" line="86"/>
        <source>Deleted %Ln item(s)</source>
        <translation>
            <numerusform>تم حذف %Ln عنصر</numerusform>
            <numerusform>تم حذف %Ln عنصر</numerusform>
            <numerusform>تم حذف %Ln عنصرين</numerusform>
            <numerusform>تم حذف %Ln عناصر</numerusform>
            <numerusform>تم حذف %Ln عنصرًا</numerusform>
            <numerusform>تم حذف %Ln عنصر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="89"/>
        <source>New note</source>
        <translation>ملاحظة جديدة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="92"/>
        <source>Edit note</source>
        <translation>تحرير الملاحظة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="95"/>
        <source>Pin note</source>
        <translation>تثبيت الملاحظة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="95"/>
        <source>Unpin note</source>
        <translation>إلغاء تثبيت الملاحظة</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../ui/activity_editor.ui" line="6"/>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="10"/>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="12"/>
        <source>S&amp;ubject:</source>
        <translation>المو&amp;ضوع:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="13"/>
        <source>What it is about</source>
        <translation>ما موضوعه</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="14"/>
        <source>&amp;Starts:</source>
        <translation>&amp;يبدأ:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="15"/>
        <source>Start date and time</source>
        <translation>تاريخ البدء ووقته</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="16"/>
        <source>&amp;Due:</source>
        <translation>الا&amp;ستحقاق:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="17"/>
        <source>Due date and time</source>
        <translation>تاريخ الاستحقاق ووقته</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="18"/>
        <source>Duratio&amp;n:</source>
        <translation>ال&amp;مدة:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="19"/>
        <source>Not set</source>
        <translation>غير محددة</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="19"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="20"/>
        <source>&amp;Location:</source>
        <translation>الم&amp;كان:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="22"/>
        <source>&amp;Priority:</source>
        <translation>الأ&amp;ولوية:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="24"/>
        <source>S&amp;tatus:</source>
        <translation>الحا&amp;لة:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="26"/>
        <source>&amp;Outcome:</source>
        <translation>النتي&amp;جة:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="27"/>
        <source>What came of it</source>
        <translation>ما الذي أسفر عنه</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="28"/>
        <source>Re&amp;minder:</source>
        <translation>ال&amp;تذكير:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="30"/>
        <source>&amp;Regarding:</source>
        <translation>&amp;بخصوص:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="33"/>
        <source>Contacts it regards</source>
        <translation>جهات الاتصال التي يخصها</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="36"/>
        <source>Type a name to add a contact</source>
        <translation>اكتب اسمًا لإضافة جهة اتصال</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="37"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;إزالة</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="42"/>
        <source>&amp;Account:</source>
        <translation>ال&amp;حساب:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="44"/>
        <source>Deta&amp;ils:</source>
        <translation>التفا&amp;صيل:</translation>
    </message>
</context>
<context>
    <name>ActivityEditorDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="156"/>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="167"/>
        <source>New activity</source>
        <translation>نشاط جديد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="231"/>
        <source>Follow-up</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="165"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="166"/>
        <source>R&amp;epeat:</source>
        <translation>التك&amp;رار:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="167"/>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="171"/>
        <source>No reminder</source>
        <translation>بلا تذكير</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="173"/>
        <source>At the time</source>
        <translation>في الموعد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_editor.py" line="175"/>
        <source>%Ln day(s) before</source>
        <translation>
            <numerusform>قبل %Ln يوم</numerusform>
            <numerusform>قبل يوم واحد</numerusform>
            <numerusform>قبل يومين</numerusform>
            <numerusform>قبل %Ln أيام</numerusform>
            <numerusform>قبل %Ln يومًا</numerusform>
            <numerusform>قبل %Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_editor.py" line="177"/>
        <source>%Ln hour(s) before</source>
        <translation>
            <numerusform>قبل %Ln ساعة</numerusform>
            <numerusform>قبل ساعة واحدة</numerusform>
            <numerusform>قبل ساعتين</numerusform>
            <numerusform>قبل %Ln ساعات</numerusform>
            <numerusform>قبل %Ln ساعة</numerusform>
            <numerusform>قبل %Ln ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_editor.py" line="178"/>
        <source>%Ln minute(s) before</source>
        <translation>
            <numerusform>قبل %Ln دقيقة</numerusform>
            <numerusform>قبل دقيقة واحدة</numerusform>
            <numerusform>قبل دقيقتين</numerusform>
            <numerusform>قبل %Ln دقائق</numerusform>
            <numerusform>قبل %Ln دقيقة</numerusform>
            <numerusform>قبل %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="259"/>
        <source>Give the activity a subject.</source>
        <translation>أدخل موضوعًا للنشاط.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="267"/>
        <source>A reminder needs a start or a due time.</source>
        <translation>يحتاج التذكير إلى وقت بدء أو وقت استحقاق.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="273"/>
        <source>A repeating activity needs a start or a due time.</source>
        <translation>يحتاج النشاط المتكرر إلى وقت بدء أو وقت استحقاق.</translation>
    </message>
</context>
<context>
    <name>ActivityListModel</name>
    <message>
        <location filename="../../crm_desktop/gui/activity_list_model.py" line="57"/>
        <source>When</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_list_model.py" line="58"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_list_model.py" line="59"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_list_model.py" line="60"/>
        <source>Regarding</source>
        <translation>بخصوص</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_list_model.py" line="61"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_list_model.py" line="62"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>ActivityTable</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_drag.py" line="67"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 و%Ln آخر</numerusform>
            <numerusform>%1 و%Ln آخر</numerusform>
            <numerusform>%1 و%Ln آخران</numerusform>
            <numerusform>%1 و%Ln أخرى</numerusform>
            <numerusform>%1 و%Ln أخرى</numerusform>
            <numerusform>%1 و%Ln أخرى</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityText</name>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="26"/>
        <source>Call</source>
        <translation>مكالمة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="27"/>
        <source>Email</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="28"/>
        <source>Letter</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="29"/>
        <source>Meeting</source>
        <translation>اجتماع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="30"/>
        <source>Task</source>
        <translation>مهمة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="31"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="32"/>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="33"/>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="34"/>
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="35"/>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="36"/>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="37"/>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="38"/>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
</context>
<context>
    <name>AddSyncAccountDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="40"/>
        <source>Add Sync Account</source>
        <translation>إضافة حساب مزامنة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="50"/>
        <source>the first one (a new one when there is none)</source>
        <translation>الأول (أو دفتر جديد إن لم يوجد)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="55"/>
        <source>&amp;Name:</source>
        <translation>ال&amp;اسم:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="56"/>
        <source>&amp;Server:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="57"/>
        <source>&amp;User name:</source>
        <translation>اسم الم&amp;ستخدم:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="58"/>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="59"/>
        <source>Address &amp;book:</source>
        <translation>&amp;دفتر العناوين:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="62"/>
        <source>Nextcloud, iCloud, Fastmail, Radicale, Baïkal and other CardDAV/CalDAV servers. The password is kept in your system&apos;s keyring, never in CRM Desktop&apos;s files.</source>
        <translation>‏Nextcloud وiCloud وFastmail وRadicale وBaïkal وغيرها من خوادم CardDAV/CalDAV. تُحفظ كلمة المرور في سلسلة مفاتيح النظام، ولا تُحفظ أبدًا في ملفات CRM Desktop.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="70"/>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
</context>
<context>
    <name>Avatar</name>
    <message>
        <location filename="../../crm_desktop/gui/avatar.py" line="68"/>
        <source>Initials</source>
        <translation>الأحرف الأولى</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="113"/>
        <source>Before an upgrade</source>
        <translation>قبل الترقية</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="115"/>
        <source>Made by you</source>
        <translation>أنشأتها أنت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="116"/>
        <source>Daily</source>
        <translation>يومية</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="117"/>
        <source>Before an import</source>
        <translation>قبل الاستيراد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="118"/>
        <source>Before a merge</source>
        <translation>قبل الدمج</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="119"/>
        <source>Before a deletion</source>
        <translation>قبل الحذف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="120"/>
        <source>Before emptying the Trash</source>
        <translation>قبل إفراغ سلة المحذوفات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="121"/>
        <source>Before a restore</source>
        <translation>قبل الاستعادة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="126"/>
        <source>unreadable</source>
        <translation>غير مقروءة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="141"/>
        <source>%1 is damaged. The newest backup that is sound is selected: click Restore to go back to it (the damaged database is kept as a backup first).</source>
        <translation>قاعدة البيانات %1 تالفة. حُدِّدت أحدث نسخة احتياطية سليمة: انقر «استعادة» للرجوع إليها (تُحفظ قاعدة البيانات التالفة أولًا نسخةً احتياطية).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="145"/>
        <source>Copies of %1, newest first. To go back to one, select it and click Restore.</source>
        <translation>نسخ من %1، الأحدث أولًا. للرجوع إلى إحداها، حدّدها وانقر «استعادة».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="198"/>
        <source>Backing up the database…</source>
        <translation>جارٍ النسخ الاحتياطي لقاعدة البيانات…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="209"/>
        <source>The backup is saved as %1.</source>
        <translation>حُفظت النسخة الاحتياطية باسم %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="210"/>
        <source>Back up now</source>
        <translation>نسخ احتياطي الآن</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="226"/>
        <source>Restore from a file</source>
        <translation>الاستعادة من ملف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="230"/>
        <source>CRM Desktop databases (*.sqlite3 *.sqlite *.db)</source>
        <translation>قواعد بيانات CRM Desktop (*.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="231"/>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="249"/>
        <source>Replace everything in the database with the backup made on %1?</source>
        <translation>أتريد استبدال كل ما في قاعدة البيانات بالنسخة الاحتياطية المُنشأة في %1؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="252"/>
        <source>Replace everything in the database with the backup made on %1 (%Ln contact(s))?</source>
        <translation>
            <numerusform>أتريد استبدال كل ما في قاعدة البيانات بالنسخة الاحتياطية المُنشأة في %1 (لا جهات اتصال)؟</numerusform>
            <numerusform>أتريد استبدال كل ما في قاعدة البيانات بالنسخة الاحتياطية المُنشأة في %1 (جهة اتصال واحدة)؟</numerusform>
            <numerusform>أتريد استبدال كل ما في قاعدة البيانات بالنسخة الاحتياطية المُنشأة في %1 (جهتا اتصال)؟</numerusform>
            <numerusform>أتريد استبدال كل ما في قاعدة البيانات بالنسخة الاحتياطية المُنشأة في %1 (%Ln جهات اتصال)؟</numerusform>
            <numerusform>أتريد استبدال كل ما في قاعدة البيانات بالنسخة الاحتياطية المُنشأة في %1 (%Ln جهة اتصال)؟</numerusform>
            <numerusform>أتريد استبدال كل ما في قاعدة البيانات بالنسخة الاحتياطية المُنشأة في %1 (%Ln جهة اتصال)؟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="261"/>
        <source>The database as it is now is backed up first: it will be at the top of this list, so you can come back to it.</source>
        <translation>تُنسخ قاعدة البيانات بحالتها الحالية احتياطيًا أولًا: ستظهر في أعلى هذه القائمة، لتتمكن من الرجوع إليها.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="265"/>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="265"/>
        <source>&amp;Restore</source>
        <translation>&amp;استعادة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="277"/>
        <source>Restoring the backup… The database as it is now is backed up first.</source>
        <translation>جارٍ استعادة النسخة الاحتياطية… تُنسخ قاعدة البيانات بحالتها الحالية احتياطيًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="291"/>
        <source>Backup restored</source>
        <translation>استُعيدت النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="292"/>
        <source>The database now holds the backup made on %1.</source>
        <translation>تحتوي قاعدة البيانات الآن على النسخة الاحتياطية المُنشأة في %1.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="14"/>
        <location filename="../../ui/backups_dialog.ui" line="33"/>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="20"/>
        <source>Copies of your database, newest first.</source>
        <translation>نسخ من قاعدة بياناتك، الأحدث أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="55"/>
        <source>Made on</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="60"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="65"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="70"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="78"/>
        <source>There is no backup yet. Click “Back up now” to make one.</source>
        <translation>لا توجد نسخة احتياطية بعد. انقر «نسخ احتياطي الآن» لإنشاء واحدة.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="93"/>
        <source>&amp;Back up now</source>
        <translation>&amp;نسخ احتياطي الآن</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="100"/>
        <source>&amp;Restore…</source>
        <translation>&amp;استعادة…</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="107"/>
        <source>Restore from a &amp;file…</source>
        <translation>الاستعادة من &amp;ملف…</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../crm_desktop/gui/banner.py" line="47"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/banner.py" line="48"/>
        <source>Close the message</source>
        <translation>إغلاق الرسالة</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="250"/>
        <source>Remove from Category</source>
        <translation>الإزالة من الفئة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="250"/>
        <source>Add to Category</source>
        <translation>الإضافة إلى فئة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="251"/>
        <source>Category:</source>
        <translation>الفئة:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="259"/>
        <source>Take %n contact(s) out of “%1”?</source>
        <translation>
            <numerusform>هل تريد إخراج %n جهة اتصال من «%1»؟</numerusform>
            <numerusform>هل تريد إخراج جهة اتصال واحدة (%n) من «%1»؟</numerusform>
            <numerusform>هل تريد إخراج جهتي اتصال (%n) من «%1»؟</numerusform>
            <numerusform>هل تريد إخراج %n جهات اتصال من «%1»؟</numerusform>
            <numerusform>هل تريد إخراج %n جهة اتصال من «%1»؟</numerusform>
            <numerusform>هل تريد إخراج %n جهة اتصال من «%1»؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="266"/>
        <source>Take %n contact(s) out of a category</source>
        <translation>
            <numerusform>إخراج %n جهة اتصال من فئة</numerusform>
            <numerusform>إخراج جهة اتصال واحدة (%n) من فئة</numerusform>
            <numerusform>إخراج جهتي اتصال (%n) من فئة</numerusform>
            <numerusform>إخراج %n جهات اتصال من فئة</numerusform>
            <numerusform>إخراج %n جهة اتصال من فئة</numerusform>
            <numerusform>إخراج %n جهة اتصال من فئة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="261"/>
        <source>Put %n contact(s) in “%1”?</source>
        <translation>
            <numerusform>هل تريد وضع %n جهة اتصال في «%1»؟</numerusform>
            <numerusform>هل تريد وضع جهة اتصال واحدة (%n) في «%1»؟</numerusform>
            <numerusform>هل تريد وضع جهتي اتصال (%n) في «%1»؟</numerusform>
            <numerusform>هل تريد وضع %n جهات اتصال في «%1»؟</numerusform>
            <numerusform>هل تريد وضع %n جهة اتصال في «%1»؟</numerusform>
            <numerusform>هل تريد وضع %n جهة اتصال في «%1»؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="165"/>
        <source>The %n selected</source>
        <translation>
            <numerusform>المحددة (%n)</numerusform>
            <numerusform>المحددة (%n)</numerusform>
            <numerusform>المحددان (%n)</numerusform>
            <numerusform>الـ %n المحددة</numerusform>
            <numerusform>الـ %n المحددة</numerusform>
            <numerusform>الـ %n المحددة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="168"/>
        <source>All %n shown</source>
        <translation>
            <numerusform>كل المعروضة (%n)</numerusform>
            <numerusform>المعروضة (%n)</numerusform>
            <numerusform>المعروضتان (%n)</numerusform>
            <numerusform>كل الـ %n المعروضة</numerusform>
            <numerusform>كل الـ %n المعروضة</numerusform>
            <numerusform>كل الـ %n المعروضة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="196"/>
        <source>Set Field</source>
        <translation>تعيين حقل</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="196"/>
        <source>Set %1 on %n contact(s)?</source>
        <translation>
            <numerusform>هل تريد تعيين %1 على %n جهة اتصال؟</numerusform>
            <numerusform>هل تريد تعيين %1 على جهة اتصال واحدة (%n)؟</numerusform>
            <numerusform>هل تريد تعيين %1 على جهتي اتصال (%n)؟</numerusform>
            <numerusform>هل تريد تعيين %1 على %n جهات اتصال؟</numerusform>
            <numerusform>هل تريد تعيين %1 على %n جهة اتصال؟</numerusform>
            <numerusform>هل تريد تعيين %1 على %n جهة اتصال؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="201"/>
        <source>Set a field on %n contact(s)</source>
        <translation>
            <numerusform>تعيين حقل على %n جهة اتصال</numerusform>
            <numerusform>تعيين حقل على جهة اتصال واحدة (%n)</numerusform>
            <numerusform>تعيين حقل على جهتي اتصال (%n)</numerusform>
            <numerusform>تعيين حقل على %n جهات اتصال</numerusform>
            <numerusform>تعيين حقل على %n جهة اتصال</numerusform>
            <numerusform>تعيين حقل على %n جهة اتصال</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="207"/>
        <source>the account “%1”</source>
        <translation>الحساب «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="210"/>
        <source>no keep-in-touch interval</source>
        <translation>بلا فاصلة متابعة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="211"/>
        <source>keep in touch every %n day(s)</source>
        <translation>
            <numerusform>المتابعة كل %n يوم</numerusform>
            <numerusform>المتابعة كل يوم (%n)</numerusform>
            <numerusform>المتابعة كل يومين (%n)</numerusform>
            <numerusform>المتابعة كل %n أيام</numerusform>
            <numerusform>المتابعة كل %n يومًا</numerusform>
            <numerusform>المتابعة كل %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="213"/>
        <source>the lead status “%1”</source>
        <translation>حالة العميل المتوقع «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="216"/>
        <source>“%1” to “%2”</source>
        <translation>«%1» إلى «%2»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="230"/>
        <source>Log Activity for Each</source>
        <translation>تسجيل نشاط لكل منها</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="231"/>
        <source>Log “%1” for each of %n contact(s)?</source>
        <translation>
            <numerusform>هل تريد تسجيل «%1» لكل من %n جهة اتصال؟</numerusform>
            <numerusform>هل تريد تسجيل «%1» لجهة اتصال واحدة (%n)؟</numerusform>
            <numerusform>هل تريد تسجيل «%1» لكل من جهتي الاتصال (%n)؟</numerusform>
            <numerusform>هل تريد تسجيل «%1» لكل من %n جهات اتصال؟</numerusform>
            <numerusform>هل تريد تسجيل «%1» لكل من %n جهة اتصال؟</numerusform>
            <numerusform>هل تريد تسجيل «%1» لكل من %n جهة اتصال؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="239"/>
        <source>Log an activity for %n contact(s)</source>
        <translation>
            <numerusform>تسجيل نشاط لـ %n جهة اتصال</numerusform>
            <numerusform>تسجيل نشاط لجهة اتصال واحدة (%n)</numerusform>
            <numerusform>تسجيل نشاط لجهتي اتصال (%n)</numerusform>
            <numerusform>تسجيل نشاط لـ %n جهات اتصال</numerusform>
            <numerusform>تسجيل نشاط لـ %n جهة اتصال</numerusform>
            <numerusform>تسجيل نشاط لـ %n جهة اتصال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="268"/>
        <source>Put %n contact(s) in a category</source>
        <translation>
            <numerusform>وضع %n جهة اتصال في فئة</numerusform>
            <numerusform>وضع جهة اتصال واحدة (%n) في فئة</numerusform>
            <numerusform>وضع جهتي اتصال (%n) في فئة</numerusform>
            <numerusform>وضع %n جهات اتصال في فئة</numerusform>
            <numerusform>وضع %n جهة اتصال في فئة</numerusform>
            <numerusform>وضع %n جهة اتصال في فئة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="277"/>
        <source>Mark as Lead</source>
        <translation>وضع علامة كعميل محتمل</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="278"/>
        <source>Mark %n contact(s) as leads, to qualify and convert?</source>
        <translation>
            <numerusform>هل تريد وضع علامة على %n جهة اتصال كعملاء محتملين لتأهيلها وتحويلها؟</numerusform>
            <numerusform>هل تريد وضع علامة على جهة اتصال واحدة (%n) كعميل محتمل لتأهيلها وتحويلها؟</numerusform>
            <numerusform>هل تريد وضع علامة على جهتي اتصال (%n) كعميلين محتملين لتأهيلهما وتحويلهما؟</numerusform>
            <numerusform>هل تريد وضع علامة على %n جهات اتصال كعملاء محتملين لتأهيلها وتحويلها؟</numerusform>
            <numerusform>هل تريد وضع علامة على %n جهة اتصال كعملاء محتملين لتأهيلها وتحويلها؟</numerusform>
            <numerusform>هل تريد وضع علامة على %n جهة اتصال كعملاء محتملين لتأهيلها وتحويلها؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="284"/>
        <source>Mark %n contact(s) as leads</source>
        <translation>
            <numerusform>وضع علامة على %n جهة اتصال كعملاء محتملين</numerusform>
            <numerusform>وضع علامة على جهة اتصال واحدة (%n) كعميل محتمل</numerusform>
            <numerusform>وضع علامة على جهتي اتصال (%n) كعميلين محتملين</numerusform>
            <numerusform>وضع علامة على %n جهات اتصال كعملاء محتملين</numerusform>
            <numerusform>وضع علامة على %n جهة اتصال كعملاء محتملين</numerusform>
            <numerusform>وضع علامة على %n جهة اتصال كعملاء محتملين</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarModes</name>
    <message>
        <location filename="../../crm_desktop/gui/calendar_modes.py" line="51"/>
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendar_modes.py" line="51"/>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendar_modes.py" line="51"/>
        <source>Day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendar_modes.py" line="53"/>
        <source>Calendar view</source>
        <translation>عرض التقويم</translation>
    </message>
</context>
<context>
    <name>Calendars</name>
    <message>
        <location filename="../../crm_desktop/gui/calendars.py" line="53"/>
        <source>&amp;Automatic</source>
        <translation>&amp;تلقائي</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendars.py" line="54"/>
        <source>&amp;Gregorian</source>
        <translation>&amp;ميلادي</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendars.py" line="55"/>
        <source>&amp;Solar Hijri (Persian)</source>
        <translation>&amp;هجري شمسي (فارسي)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendars.py" line="56"/>
        <source>&amp;Islamic civil (Hijri)</source>
        <translation>هجري &amp;قمري (مدني)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendars.py" line="270"/>
        <source>Ca&amp;lendar</source>
        <translation>ال&amp;تقويم</translation>
    </message>
</context>
<context>
    <name>CardDetails</name>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="20"/>
        <source>Fax</source>
        <translation>الفاكس</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="21"/>
        <source>Mobile phone</source>
        <translation>الهاتف المحمول</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="22"/>
        <source>Business phone</source>
        <translation>هاتف العمل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="23"/>
        <source>Home phone</source>
        <translation>هاتف المنزل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="24"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="27"/>
        <source>Business email</source>
        <translation>البريد الإلكتروني للعمل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="28"/>
        <source>Home email</source>
        <translation>البريد الإلكتروني الشخصي</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="29"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="32"/>
        <source>Business address</source>
        <translation>عنوان العمل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="33"/>
        <source>Home address</source>
        <translation>عنوان المنزل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="34"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="36"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <location filename="../../crm_desktop/gui/card_view.py" line="179"/>
        <source>Business cards</source>
        <translation>بطاقات العمل</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="19"/>
        <source>Keep as a custom field</source>
        <translation>الاحتفاظ به حقلًا مخصصًا</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="20"/>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="21"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="22"/>
        <source>Prefix (Mr., Dr.)</source>
        <translation>اللقب (السيد، د.)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="23"/>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="24"/>
        <source>Middle names</source>
        <translation>الأسماء الوسطى</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="25"/>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="26"/>
        <source>Suffix</source>
        <translation>اللاحقة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="27"/>
        <source>Nickname</source>
        <translation>الاسم المستعار</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="28"/>
        <source>Account (company)</source>
        <translation>الحساب (الشركة)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="29"/>
        <source>Department</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="30"/>
        <source>Job title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="31"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="32"/>
        <source>Email (work)</source>
        <translation>البريد الإلكتروني (العمل)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="33"/>
        <source>Email (home)</source>
        <translation>البريد الإلكتروني (المنزل)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="34"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="35"/>
        <source>Phone (work)</source>
        <translation>الهاتف (العمل)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="36"/>
        <source>Phone (home)</source>
        <translation>الهاتف (المنزل)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="37"/>
        <source>Mobile phone</source>
        <translation>الهاتف المحمول</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="38"/>
        <source>Fax</source>
        <translation>الفاكس</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="39"/>
        <source>Street</source>
        <translation>الشارع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="40"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="41"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="42"/>
        <source>Postal code</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="43"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="44"/>
        <source>Web page</source>
        <translation>صفحة الويب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="45"/>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="46"/>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="47"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="131"/>
        <source>Not sure which field this column fills: check the one chosen.</source>
        <translation>لسنا متأكدين من الحقل الذي يملؤه هذا العمود: تحقق من الحقل المختار.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="134"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="134"/>
        <source>First values</source>
        <translation>القيم الأولى</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="134"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="137"/>
        <source>CRM Desktop does not know the columns of %1. Choose the field each one fills; a column left as a custom field is kept, never lost.</source>
        <translation>لا يعرف CRM Desktop أعمدة الملف %1. اختر الحقل الذي يملؤه كل عمود؛ العمود المتروك حقلًا مخصصًا يُحتفظ به ولا يضيع أبدًا.</translation>
    </message>
    <message>
        <location filename="../../ui/column_mapping_dialog.ui" line="6"/>
        <source>Match the columns</source>
        <translation>مطابقة الأعمدة</translation>
    </message>
    <message>
        <location filename="../../ui/column_mapping_dialog.ui" line="14"/>
        <source>Columns of the file</source>
        <translation>أعمدة الملف</translation>
    </message>
    <message>
        <location filename="../../ui/column_mapping_dialog.ui" line="17"/>
        <source>&amp;Remember this for files with the same columns</source>
        <translation>&amp;تذكّر هذا للملفات ذات الأعمدة نفسها</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/commands.py" line="51"/>
        <source>Delete %Ln contact(s)</source>
        <translation>
            <numerusform>حذف %Ln جهة اتصال</numerusform>
            <numerusform>حذف جهة اتصال واحدة</numerusform>
            <numerusform>حذف جهتي اتصال</numerusform>
            <numerusform>حذف %Ln جهات اتصال</numerusform>
            <numerusform>حذف %Ln جهة اتصال</numerusform>
            <numerusform>حذف %Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/commands.py" line="55"/>
        <source>Deleted %Ln contact(s)</source>
        <translation>
            <numerusform>تم حذف %Ln جهة اتصال</numerusform>
            <numerusform>تم حذف %Ln جهة اتصال</numerusform>
            <numerusform>تم حذف %Ln جهتي اتصال</numerusform>
            <numerusform>تم حذف %Ln جهات اتصال</numerusform>
            <numerusform>تم حذف %Ln جهة اتصال</numerusform>
            <numerusform>تم حذف %Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/commands.py" line="58"/>
        <source>Deleted %Ln account(s)</source>
        <translation>
            <numerusform>تم حذف %Ln حساب</numerusform>
            <numerusform>تم حذف %Ln حساب</numerusform>
            <numerusform>تم حذف %Ln حسابين</numerusform>
            <numerusform>تم حذف %Ln حسابات</numerusform>
            <numerusform>تم حذف %Ln حسابًا</numerusform>
            <numerusform>تم حذف %Ln حساب</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="62"/>
        <source>Contact “%1” moved to the Trash</source>
        <translation>نُقلت جهة الاتصال «%1» إلى سلة المحذوفات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="65"/>
        <source>Account “%1” moved to the Trash</source>
        <translation>نُقل الحساب «%1» إلى سلة المحذوفات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="100"/>
        <source>Delete contact</source>
        <translation>حذف جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="122"/>
        <source>Restore from the Trash</source>
        <translation>الاستعادة من سلة المحذوفات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="137"/>
        <source>New contact</source>
        <translation>جهة اتصال جديدة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="172"/>
        <source>Edit contact</source>
        <translation>تحرير جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="189"/>
        <source>New account</source>
        <translation>حساب جديد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="222"/>
        <source>Edit account</source>
        <translation>تحرير الحساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="240"/>
        <source>Delete account</source>
        <translation>حذف الحساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="257"/>
        <source>Restore account</source>
        <translation>استعادة الحساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="285"/>
        <source>Merge contacts</source>
        <translation>دمج جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="328"/>
        <source>Not duplicates</source>
        <translation>ليست مكررة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="364"/>
        <source>Merge accounts</source>
        <translation>دمج الحسابات</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/complete_dialog.py" line="55"/>
        <source>Mark as done</source>
        <translation>تمييز كمنجز</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/complete_dialog.py" line="57"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/complete_dialog.py" line="59"/>
        <source>&amp;Outcome:</source>
        <translation>ال&amp;نتيجة:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/complete_dialog.py" line="60"/>
        <source>What came of it (left a message, agreed…)</source>
        <translation>ما الذي أسفر عنه (ترك رسالة، اتفاق…)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/complete_dialog.py" line="61"/>
        <source>&amp;Schedule a follow-up</source>
        <translation>&amp;جدولة متابعة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/complete_dialog.py" line="63"/>
        <source>Mark as &amp;done</source>
        <translation>&amp;تمييز كمنجز</translation>
    </message>
</context>
<context>
    <name>ContactCardView</name>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="98"/>
        <location filename="../../crm_desktop/gui/contact_card.py" line="112"/>
        <source>Contact card</source>
        <translation>بطاقة جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="129"/>
        <source>Select a contact to see it here.</source>
        <translation>اختر جهة اتصال لعرضها هنا.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="169"/>
        <source>Next activity</source>
        <translation>النشاط التالي</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="203"/>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="152"/>
        <source>Show the contacts of this account</source>
        <translation>عرض جهات اتصال هذا الحساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="165"/>
        <source>Title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="166"/>
        <source>Department</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="185"/>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="186"/>
        <source>Anniversary</source>
        <translation>الذكرى السنوية</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="187"/>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="302"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="297"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="298"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="299"/>
        <source>Street</source>
        <translation>الشارع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="299"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="299"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="300"/>
        <source>Postal code</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="300"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="297"/>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="298"/>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="300"/>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="301"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="183"/>
        <source>Dialled as %1</source>
        <translation>يُطلب بالرقم %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="197"/>
        <source>Add category</source>
        <translation>إضافة فئة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="198"/>
        <source>Category:</source>
        <translation>الفئة:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="241"/>
        <source>Discard the new contact?</source>
        <translation>هل تريد تجاهل جهة الاتصال الجديدة؟</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="242"/>
        <source>What you typed for this contact is not saved.</source>
        <translation>لم يتم حفظ ما كتبته لجهة الاتصال هذه.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="246"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;متابعة التحرير</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="301"/>
        <source>Web page</source>
        <translation>صفحة الويب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="302"/>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="310"/>
        <source>Add category…</source>
        <translation>إضافة فئة…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="311"/>
        <source>A new category, ticked for this contact</source>
        <translation>فئة جديدة، محددة لجهة الاتصال هذه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="313"/>
        <source>%1, or --04-15 without the year</source>
        <translation>⁦%1⁩، أو ⁦--04-15⁩ دون السنة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="316"/>
        <source>New contact</source>
        <translation>جهة اتصال جديدة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="316"/>
        <location filename="../../ui/contact_editor.ui" line="6"/>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="336"/>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>No photo</source>
        <translation>لا صورة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="345"/>
        <source>%1 is larger than %2 MB: choose a smaller image.</source>
        <translation>حجم %1 أكبر من %2 ميغابايت: اختر صورة أصغر.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="352"/>
        <source>%1 cannot be read (%2).</source>
        <translation>تتعذر قراءة %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="360"/>
        <source>%1 is not an image this app can read.</source>
        <translation>%1 ليس صورة يستطيع هذا التطبيق قراءتها.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="371"/>
        <source>Choose a photo</source>
        <translation>اختر صورة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="373"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="407"/>
        <source>%1 is not an email address.</source>
        <translation>%1 ليس عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="412"/>
        <source>%1 is not a phone number (digits, spaces, + ( ) - . /).</source>
        <translation>%1 ليس رقم هاتف (المسموح: الأرقام والمسافات و + ( ) - . /).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="425"/>
        <source>%1 is outside the years %2 to %3 that CRM Desktop keeps.</source>
        <translation>%1 خارج نطاق السنوات من %2 إلى %3 التي يحفظها CRM Desktop.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="431"/>
        <source>%1 is not a date: write it like %2, or --04-15 without the year.</source>
        <translation>‏%1 ليس تاريخًا: اكتبه مثل ⁦%2⁩، أو ⁦--04-15⁩ دون السنة.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="437"/>
        <source>A custom field needs a label.</source>
        <translation>يحتاج الحقل المخصص إلى تسمية.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="492"/>
        <source>Give the contact a name, an email or a phone.</source>
        <translation>أدخل لجهة الاتصال اسمًا أو بريدًا إلكترونيًا أو هاتفًا.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Prefix:</source>
        <translation>ال&amp;لقب:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Given name:</source>
        <translation>الاسم ال&amp;أول:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Family name:</source>
        <translation>اسم العا&amp;ئلة:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Shown as:</source>
        <translation>&amp;يظهر باسم:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Made from the name parts when empty</source>
        <translation>يُكوَّن من أجزاء الاسم عندما يكون فارغًا</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>A company you have, or a new one</source>
        <translation>شركة موجودة لديك، أو شركة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Title:</source>
        <translation>المسمى الو&amp;ظيفي:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Department:</source>
        <translation>ال&amp;قسم:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Birthday:</source>
        <translation>&amp;تاريخ الميلاد:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>1980-04-15, or --04-15 without the year</source>
        <translation>1980-04-15، أو ‎--04-15 دون السنة</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Add email</source>
        <translation>إضافة بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remove email</source>
        <translation>إزالة بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>P&amp;hones:</source>
        <translation>ال&amp;هواتف:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Add phone</source>
        <translation>إضافة هاتف</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remove phone</source>
        <translation>إزالة هاتف</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Categories:</source>
        <translation>ال&amp;فئات:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Name and work</source>
        <translation>&amp;الاسم والعمل</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>C&amp;hoose photo…</source>
        <translation>ا&amp;ختيار صورة…</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remo&amp;ve photo</source>
        <translation>&amp;إزالة الصورة</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>or drop an image here</source>
        <translation>أو أفلت صورة هنا</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Emails and phones</source>
        <translation>ال&amp;بريد والهواتف</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Emails</source>
        <translation>عناوين البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Phones</source>
        <translation>الهواتف</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Addresses and web</source>
        <translation>ال&amp;عناوين والويب</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>A&amp;ddresses:</source>
        <translation>العنا&amp;وين:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Addresses</source>
        <translation>العناوين</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Add address</source>
        <translation>إضافة عنوان</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remove address</source>
        <translation>إزالة عنوان</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Web pages:</source>
        <translation>&amp;صفحات الويب:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Web pages</source>
        <translation>صفحات الويب</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Add web page</source>
        <translation>إضافة صفحة ويب</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remove web page</source>
        <translation>إزالة صفحة ويب</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;More</source>
        <translation>ال&amp;مزيد</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Custom &amp;fields:</source>
        <translation>ال&amp;حقول المخصصة:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Custom fields</source>
        <translation>الحقول المخصصة</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Add field</source>
        <translation>إضافة حقل</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remove field</source>
        <translation>إزالة حقل</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Keep in touch:</source>
        <translation>البقاء على توا&amp;صل:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remind me when I have not been in touch for this many days</source>
        <translation>ذكّرني إذا مرّ هذا العدد من الأيام دون تواصل</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>every </source>
        <translation>كل </translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>M&amp;iddle names:</source>
        <translation>الأسماء ال&amp;وسطى:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Suffi&amp;x:</source>
        <translation>اللاحق&amp;ة:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Ni&amp;ckname:</source>
        <translation>الاسم الم&amp;ستعار:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Acc&amp;ount:</source>
        <translation>ال&amp;حساب:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Emai&amp;ls:</source>
        <translation>عناوين البريد الإل&amp;كتروني:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>N&amp;ote:</source>
        <translation>ملاح&amp;ظة:</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="80"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="81"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="82"/>
        <source>Title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="83"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="84"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="85"/>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="86"/>
        <source>Last contact</source>
        <translation>آخر تواصل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="87"/>
        <source>Next activity</source>
        <translation>النشاط التالي</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="210"/>
        <source>%1, overdue</source>
        <translation>%1، متأخر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="216"/>
        <location filename="../../crm_desktop/gui/navigation.py" line="185"/>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
</context>
<context>
    <name>ContactViews</name>
    <message>
        <location filename="../../crm_desktop/gui/contact_views.py" line="47"/>
        <source>Pin to &amp;Favourites</source>
        <translation>تثبيت في الم&amp;فضلة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_views.py" line="48"/>
        <source>Unpin from &amp;Favourites</source>
        <translation>إزالة التثبيت من الم&amp;فضلة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_views.py" line="49"/>
        <source>&amp;Business Cards</source>
        <translation>ب&amp;طاقات العمل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_views.py" line="51"/>
        <source>Show the contacts as business cards, or as a table (%1)</source>
        <translation>عرض جهات الاتصال كبطاقات عمل أو كجدول (⁦%1⁩)</translation>
    </message>
</context>
<context>
    <name>ConvertDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="108"/>
        <source>Convert lead</source>
        <translation>تحويل العميل المحتمل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="113"/>
        <source>Create an opening &amp;deal</source>
        <translation>إنشاء &amp;فرصة بيع أولى</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="119"/>
        <source>&amp;Account:</source>
        <translation>ال&amp;حساب:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="121"/>
        <source>Deal &amp;title:</source>
        <translation>&amp;عنوان الفرصة:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="122"/>
        <source>A&amp;mount:</source>
        <translation>ال&amp;مبلغ:</translation>
    </message>
</context>
<context>
    <name>DealCard</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="41"/>
        <source>Open · %1</source>
        <translation>مفتوحة · %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="46"/>
        <source>Won on %1</source>
        <translation>مكسوبة في %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="49"/>
        <source>Lost on %1 to %2</source>
        <translation>خسرت في %1 لصالح %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="53"/>
        <source>Lost on %1</source>
        <translation>خسرت في %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="62"/>
        <source>Created in %1</source>
        <translation>أُنشئت في %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="78"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="79"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="80"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="81"/>
        <source>Probability</source>
        <translation>الاحتمال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="83"/>
        <source>Weighted</source>
        <translation>المرجّح</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="86"/>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="206"/>
        <source>Expected close</source>
        <translation>الإغلاق المتوقع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="87"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="88"/>
        <source>Next step</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="89"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="95"/>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="99"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
</context>
<context>
    <name>DealCardDelegate</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_delegate.py" line="46"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_delegate.py" line="52"/>
        <source>Overdue since %1</source>
        <translation>متأخرة منذ %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_delegate.py" line="53"/>
        <source>No close date</source>
        <translation>بلا تاريخ إغلاق</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pipeline/deal_delegate.py" line="54"/>
        <source>%Ln day(s) in stage</source>
        <translation>
            <numerusform>%Ln يوم في المرحلة</numerusform>
            <numerusform>%Ln يوم في المرحلة</numerusform>
            <numerusform>%Ln يوم في المرحلة</numerusform>
            <numerusform>%Ln أيام في المرحلة</numerusform>
            <numerusform>%Ln يومًا في المرحلة</numerusform>
            <numerusform>%Ln يوم في المرحلة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_delegate.py" line="60"/>
        <source>No next activity</source>
        <translation>لا نشاط تالٍ</translation>
    </message>
</context>
<context>
    <name>DealCardView</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="168"/>
        <source>Deal card</source>
        <translation>بطاقة الفرصة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="170"/>
        <source>&amp;Won…</source>
        <translation>م&amp;كسوبة…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="171"/>
        <source>L&amp;ost…</source>
        <translation>م&amp;خسورة…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="169"/>
        <source>Ed&amp;it…</source>
        <translation>تح&amp;رير…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="172"/>
        <source>Reo&amp;pen</source>
        <translation>إعا&amp;دة الفتح</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="173"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="174"/>
        <source>Timeline</source>
        <translation>المخطط الزمني</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="198"/>
        <source>Select a deal to see it here.</source>
        <translation>حدّد فرصة لعرضها هنا.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="207"/>
        <source>%1 (overdue)</source>
        <translation>%1 (متأخرة)</translation>
    </message>
</context>
<context>
    <name>DealCloseDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="39"/>
        <source>Deal won</source>
        <translation>فرصة مكسوبة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="39"/>
        <source>Deal lost</source>
        <translation>فرصة خاسرة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="47"/>
        <source>Why it was won (optional)</source>
        <translation>سبب الفوز (اختياري)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="47"/>
        <source>Why it was lost</source>
        <translation>سبب الخسارة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="49"/>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="52"/>
        <source>No competitor</source>
        <translation>بلا منافس</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="56"/>
        <source>Lost to &amp;competitor:</source>
        <translation>خسرت لصالح ال&amp;منافس:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="63"/>
        <source>Accounts in the Competitor category are offered here.</source>
        <translation>تُعرض هنا الحسابات المصنفة في فئة المنافسين.</translation>
    </message>
</context>
<context>
    <name>DealCommands</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="37"/>
        <source>Delete %Ln deal(s)</source>
        <translation>
            <numerusform>حذف %Ln فرصة</numerusform>
            <numerusform>حذف %Ln فرصة</numerusform>
            <numerusform>حذف %Ln فرصة</numerusform>
            <numerusform>حذف %Ln فرص</numerusform>
            <numerusform>حذف %Ln فرصة</numerusform>
            <numerusform>حذف %Ln فرصة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="68"/>
        <source>Move “%1” to %2</source>
        <translation>نقل «%1» إلى %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="101"/>
        <source>Won: “%1”</source>
        <translation>مكسوبة: «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="103"/>
        <source>Lost: “%1”</source>
        <translation>خاسرة: «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="131"/>
        <source>Reopen “%1”</source>
        <translation>إعادة فتح «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="158"/>
        <source>Edit deal “%1”</source>
        <translation>تحرير الفرصة «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="186"/>
        <source>New deal “%1”</source>
        <translation>فرصة جديدة «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="219"/>
        <source>Delete deal</source>
        <translation>حذف الفرصة</translation>
    </message>
</context>
<context>
    <name>DealEditor</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="150"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="150"/>
        <source>A&amp;ccount:</source>
        <translation>ال&amp;حساب:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="150"/>
        <source>A&amp;mount:</source>
        <translation>المب&amp;لغ:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="150"/>
        <source>&amp;Stage:</source>
        <translation>ال&amp;مرحلة:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="151"/>
        <source>&amp;Probability:</source>
        <translation>الاح&amp;تمال:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="151"/>
        <source>Expected c&amp;lose:</source>
        <translation>الإ&amp;غلاق المتوقع:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="151"/>
        <source>S&amp;ource:</source>
        <translation>الم&amp;صدر:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="152"/>
        <source>&amp;Next step:</source>
        <translation>ال&amp;خطوة التالية:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="152"/>
        <source>&amp;Description:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="152"/>
        <source>Cont&amp;acts:</source>
        <translation>&amp;جهات الاتصال:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="156"/>
        <source>on</source>
        <translation>في</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="157"/>
        <source>On the deal</source>
        <translation>في الفرصة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="157"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="158"/>
        <source>Deal</source>
        <translation>فرصة البيع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="226"/>
        <source>A deal needs a title.</source>
        <translation>تحتاج الفرصة إلى عنوان.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="228"/>
        <source>A deal needs an account.</source>
        <translation>تحتاج الفرصة إلى حساب.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="230"/>
        <source>The amount is not a number.</source>
        <translation>المبلغ ليس رقمًا.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="232"/>
        <source>The currency is a three-letter ISO code (EUR, USD…).</source>
        <translation>العملة رمز ISO من ثلاثة أحرف (EUR وUSD…).</translation>
    </message>
</context>
<context>
    <name>DealSummary</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_summary.py" line="31"/>
        <source>Open: %1</source>
        <translation>مفتوحة: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_summary.py" line="32"/>
        <source>Won: %1</source>
        <translation>مكسوبة: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_summary.py" line="33"/>
        <source>Lost: %1</source>
        <translation>خاسرة: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_summary.py" line="51"/>
        <location filename="../../crm_desktop/gui/pipeline/deal_summary.py" line="95"/>
        <source>Deals</source>
        <translation>فرص البيع</translation>
    </message>
</context>
<context>
    <name>DealTableModel</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="47"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="48"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="49"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="50"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="51"/>
        <source>Probability</source>
        <translation>الاحتمال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="52"/>
        <source>Weighted</source>
        <translation>المرجّح</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="53"/>
        <source>Close date</source>
        <translation>تاريخ الإغلاق</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="54"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>DetailTypes</name>
    <message>
        <location filename="../../crm_desktop/gui/detail_types.py" line="23"/>
        <location filename="../../crm_desktop/gui/detail_types.py" line="30"/>
        <source>Business</source>
        <translation>العمل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/detail_types.py" line="24"/>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/detail_types.py" line="25"/>
        <location filename="../../crm_desktop/gui/detail_types.py" line="31"/>
        <source>Home</source>
        <translation>المنزل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/detail_types.py" line="26"/>
        <source>Fax</source>
        <translation>الفاكس</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/detail_types.py" line="27"/>
        <location filename="../../crm_desktop/gui/detail_types.py" line="32"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>DuplicateGroupModel</name>
    <message>
        <location filename="../../crm_desktop/gui/duplicate_group_model.py" line="32"/>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicate_group_model.py" line="33"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicate_group_model.py" line="34"/>
        <source>Sure</source>
        <translation>درجة الثقة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicate_group_model.py" line="102"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicate_group_model.py" line="115"/>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="137"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="138"/>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="184"/>
        <source>Looking for duplicates…</source>
        <translation>جارٍ البحث عن السجلات المكررة…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="214"/>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="215"/>
        <source>Looking for duplicates failed: %1</source>
        <translation>تعذّر البحث عن السجلات المكررة: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="286"/>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="288"/>
        <source>%1 (no. %2)</source>
        <translation>%1 (رقم %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="408"/>
        <source>%Ln group(s) of probable duplicates</source>
        <translation>
            <numerusform>لا توجد مجموعات من السجلات المكررة المرجّحة</numerusform>
            <numerusform>مجموعة واحدة من السجلات المكررة المرجّحة</numerusform>
            <numerusform>مجموعتان من السجلات المكررة المرجّحة</numerusform>
            <numerusform>%Ln مجموعات من السجلات المكررة المرجّحة</numerusform>
            <numerusform>%Ln مجموعة من السجلات المكررة المرجّحة</numerusform>
            <numerusform>%Ln مجموعة من السجلات المكررة المرجّحة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="14"/>
        <source>Find Duplicates</source>
        <translation>البحث عن السجلات المكررة</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="20"/>
        <source>These records are probably the same. Compare them, choose what to keep and click Merge; every e-mail, phone and address is kept unless you uncheck it. If they are different, click Not Duplicates.</source>
        <translation>يُرجَّح أن هذه السجلات لشخص أو جهة واحدة. يُرجى مقارنتها واختيار ما يُحتفَظ به ثم النقر على «دمج»؛ ويُحتفَظ بكل بريد إلكتروني وهاتف وعنوان ما لم تُلغِ تحديده. وإن كانت مختلفة فيُرجى النقر على «ليست مكررة».</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="35"/>
        <source>&amp;Look among:</source>
        <translation>ال&amp;بحث في:</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="45"/>
        <source>Kind of record searched for duplicates</source>
        <translation>نوع السجلات التي يُبحث فيها عن المكرر</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="52"/>
        <source>Look for duplicates again</source>
        <translation>البحث عن السجلات المكررة مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="55"/>
        <source>&amp;Find Again</source>
        <translation>&amp;إعادة البحث</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="62"/>
        <source>Progress of the search for duplicates</source>
        <translation>تقدّم البحث عن السجلات المكررة</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="94"/>
        <source>Groups of probable duplicates</source>
        <translation>مجموعات السجلات المكررة المرجّحة</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="137"/>
        <source>&amp;Keep:</source>
        <translation>الاحت&amp;فاظ بـ:</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="147"/>
        <source>The record that stays; the others are merged into it</source>
        <translation>السجل الذي يبقى؛ وتُدمَج فيه السجلات الأخرى</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="162"/>
        <source>The records side by side: check what to keep</source>
        <translation>السجلات جنبًا إلى جنب: حدِّد ما يُحتفَظ به</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="190"/>
        <source>Merging accounts keeps every value of each: e-mails, phones, addresses, web pages and notes. Their contacts, activities and notes move to the account kept; the others go to the Trash.</source>
        <translation>يحتفظ دمج الحسابات بكل قيم كل منها: عناوين البريد الإلكتروني والهواتف والعناوين وصفحات الويب والملاحظات. وتُنقَل جهات الاتصال والأنشطة والملاحظات المرتبطة بها إلى الحساب المحتفَظ به، وتُنقَل الحسابات الأخرى إلى سلة المحذوفات.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="210"/>
        <source>No duplicates found.</source>
        <translation>لم يُعثَر على سجلات مكررة.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="222"/>
        <source>Merge the group into the record kept: the others go to the Trash</source>
        <translation>دمج المجموعة في السجل المحتفَظ به، وتُنقَل السجلات الأخرى إلى سلة المحذوفات</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="225"/>
        <source>&amp;Merge</source>
        <translation>&amp;دمج</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="232"/>
        <source>These are different: never show them as duplicates again</source>
        <translation>هذه السجلات مختلفة: لا تُعرَض بوصفها مكررة مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="235"/>
        <source>&amp;Not Duplicates</source>
        <translation>&amp;ليست مكررة</translation>
    </message>
</context>
<context>
    <name>EmptyViews</name>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="272"/>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="281"/>
        <source>Nothing in the Trash matches “%1”.</source>
        <translation>لا يطابق أي عنصر في سلة المحذوفات «%1».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="282"/>
        <source>No contact matches “%1”.</source>
        <translation>لا توجد جهة اتصال تطابق «%1».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="285"/>
        <source>No contact matches the filters.</source>
        <translation>لا توجد جهة اتصال تطابق عوامل التصفية.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="286"/>
        <source>Change or clear them in the filter panel above the list.</source>
        <translation>غيّرها أو امسحها في لوحة عوامل التصفية أعلى القائمة.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="290"/>
        <source>The Trash is empty.</source>
        <translation>سلة المحذوفات فارغة.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="291"/>
        <source>Deleted contacts wait here, ready to be restored, until you empty it.</source>
        <translation>تبقى جهات الاتصال المحذوفة هنا، جاهزة للاستعادة، إلى أن تُفرغ السلة.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="295"/>
        <source>No contact has this category yet.</source>
        <translation>لا توجد جهة اتصال في هذه الفئة بعد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="296"/>
        <source>Give contacts this category in their editor, or select several and use Add to Category.</source>
        <translation>عيّن هذه الفئة لجهات الاتصال في محررها، أو حدّد عدة جهات واستخدم «إضافة إلى فئة».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="301"/>
        <source>No contact matches this smart folder yet.</source>
        <translation>لا توجد جهة اتصال تطابق هذا المجلد الذكي بعد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="302"/>
        <source>It fills by itself as contacts come to match its search.</source>
        <translation>يمتلئ تلقائيًا كلما طابقت جهات الاتصال بحثه.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="311"/>
        <source>No account matches “%1”.</source>
        <translation>لا يوجد حساب يطابق «%1».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="313"/>
        <source>No account is in the Trash.</source>
        <translation>لا توجد حسابات في سلة المحذوفات.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="315"/>
        <source>No accounts yet.</source>
        <translation>لا توجد حسابات بعد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="316"/>
        <source>An account is a company you sell to; its people are your contacts.</source>
        <translation>الحساب هو شركة تبيع لها؛ وموظفوها هم جهات اتصالك.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="317"/>
        <source>New account…</source>
        <translation>حساب جديد…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="352"/>
        <source>No activity matches “%1”.</source>
        <translation>لا يوجد نشاط يطابق «%1».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="355"/>
        <source>Nothing is due today.</source>
        <translation>لا يوجد شيء مستحق اليوم.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="356"/>
        <source>Nothing is overdue.</source>
        <translation>لا يوجد شيء متأخر.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="357"/>
        <source>Nothing is due in the next 7 days.</source>
        <translation>لا يوجد شيء مستحق خلال الأيام السبعة القادمة.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="358"/>
        <source>No open activities.</source>
        <translation>لا توجد أنشطة مفتوحة.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="359"/>
        <source>Nothing is done yet.</source>
        <translation>لم يُنجز أي شيء بعد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="363"/>
        <source>Log a call or schedule a task from a contact&apos;s card, or here.</source>
        <translation>سجّل مكالمة أو جدول مهمة من بطاقة جهة الاتصال، أو من هنا.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="364"/>
        <source>New activity…</source>
        <translation>نشاط جديد…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="368"/>
        <source>Nothing on this day.</source>
        <translation>لا شيء في هذا اليوم.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="386"/>
        <source>No deal matches the filters.</source>
        <translation>لا توجد صفقة تطابق عوامل التصفية.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="387"/>
        <source>Change or clear them in the filters above the board.</source>
        <translation>غيّرها أو امسحها في عوامل التصفية أعلى اللوحة.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="391"/>
        <source>No deals yet.</source>
        <translation>لا توجد صفقات بعد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="393"/>
        <source>New deal…</source>
        <translation>فرصة جديدة…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="398"/>
        <source>No deals here.</source>
        <translation>لا توجد صفقات هنا.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="392"/>
        <location filename="../../crm_desktop/gui/empty_views.py" line="399"/>
        <source>A deal follows a sale from the first talk to won or lost.</source>
        <translation>تتابع الصفقة عملية البيع من أول محادثة حتى الفوز بها أو خسارتها.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="28"/>
        <source>The demo could not be started.</source>
        <translation>تعذّر بدء العرض التوضيحي.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="29"/>
        <source>The demo opens in a window of its own; your database is not changed.</source>
        <translation>يُفتح العرض التوضيحي في نافذة مستقلة؛ ولا تتغيّر قاعدة بياناتك.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="33"/>
        <source>CRM Desktop is already open</source>
        <translation>‏CRM Desktop مفتوح بالفعل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="35"/>
        <source>The backup cannot be restored</source>
        <translation>تتعذر استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="37"/>
        <source>The backup failed</source>
        <translation>فشل النسخ الاحتياطي</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/app.py" line="120"/>
        <location filename="../../crm_desktop/gui/error_text.py" line="39"/>
        <source>The database cannot be used</source>
        <translation>لا يمكن استخدام قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/app.py" line="122"/>
        <source>%1 cannot be opened: %2</source>
        <translation>تعذر فتح %1: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="41"/>
        <source>The file cannot be imported</source>
        <translation>يتعذر استيراد الملف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="43"/>
        <source>The export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="45"/>
        <source>The file cannot be attached</source>
        <translation>لا يمكن إرفاق الملف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="46"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="63"/>
        <source>process %1 on %2</source>
        <translation>العملية %1 على الجهاز %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="67"/>
        <source>another program</source>
        <translation>برنامج آخر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="70"/>
        <source>The database %1 is already open in CRM Desktop (%2).</source>
        <translation>قاعدة البيانات %1 مفتوحة بالفعل في CRM Desktop (%2).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="76"/>
        <source>Switch to the window that is open, or close it and start again.</source>
        <translation>انتقل إلى النافذة المفتوحة، أو أغلقها وابدأ من جديد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="84"/>
        <source>The backup %1 could not be written (%2).</source>
        <translation>تعذرت كتابة النسخة الاحتياطية %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="88"/>
        <source>Nothing was changed. Check that the disk has room, then try again.</source>
        <translation>لم يتغير شيء. تحقق من وجود مساحة كافية على القرص، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="95"/>
        <source>Another program is writing to %1. Close it, then try again.</source>
        <translation>برنامج آخر يكتب في %1. أغلقه، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="98"/>
        <source>%1 cannot be written to. Check the file&apos;s permissions or free the drive.</source>
        <translation>تتعذر الكتابة في %1. تحقق من أذونات الملف أو من أن محرك الأقراص يقبل الكتابة.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="102"/>
        <source>The disk holding %1 is full. Nothing was changed: free some space and try again.</source>
        <translation>القرص الذي يحوي %1 ممتلئ. لم يتغير شيء: حرّر بعض المساحة وأعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="106"/>
        <source>%1 is damaged. It has not been changed; restore it from a backup.</source>
        <translation>الملف %1 تالف. لم يُغيَّر؛ استعده من نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="109"/>
        <source>%1 is not a CRM Desktop database. Choose another file.</source>
        <translation>الملف %1 ليس قاعدة بيانات CRM Desktop. اختر ملفًا آخر.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="112"/>
        <source>%1 was written by a newer CRM Desktop. Install the newer version to open it.</source>
        <translation>كُتب الملف %1 بإصدار أحدث من CRM Desktop. ثبّت الإصدار الأحدث لفتحه.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="116"/>
        <source>%1 cannot be opened. Check that its folder exists and is yours.</source>
        <translation>يتعذر فتح الملف %1. تحقق من أن مجلده موجود ومملوك لك.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="119"/>
        <source>%1 could not be upgraded. It was left as it was; a backup is in its folder.</source>
        <translation>تعذرت ترقية الملف %1. تُرك كما كان؛ توجد نسخة احتياطية في مجلده.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="123"/>
        <source>%1 was not used: another user could change or plant files beside it (%2). Keep the database in a folder only you can write to.</source>
        <translation>لم يُستخدَم %1: بإمكان مستخدم آخر تغيير الملفات المجاورة له أو وضع ملفات بجانبه (%2). يُرجى حفظ قاعدة البيانات في مجلد لا يستطيع الكتابة فيه أحد سواك.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="128"/>
        <source>The disk failed to read or write %1. What was being saved was not saved: check the disk (or the network drive), then try again.</source>
        <translation>أخفق القرص في قراءة %1 أو الكتابة فيه. لم يُحفظ ما كان يجري حفظه: يُرجى فحص القرص (أو محرك الشبكة)، ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="133"/>
        <source>There is no database at %1. Check its name and folder.</source>
        <translation>لا توجد قاعدة بيانات في %1. يُرجى التحقق من اسمها ومجلدها.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="139"/>
        <source>That record no longer exists. It may have been deleted.</source>
        <translation>لم يعد هذا السجل موجودًا. ربما حُذف.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="146"/>
        <source>%1 is larger than %2, the most a file kept on a record may be. Nothing was attached.</source>
        <translation>حجم %1 أكبر من %2، وهو الحد الأقصى لحجم ملف يُحفظ في سجل. لم يتم إرفاق أي شيء.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="159"/>
        <source>A file could not be read or written: %1.</source>
        <translation>تعذرت قراءة ملف أو الكتابة فيه: %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="163"/>
        <source>%1 could not be read or written: %2.</source>
        <translation>تعذرت قراءة %1 أو الكتابة فيه: %2.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="168"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="169"/>
        <source>None of the files can be read, so nothing was imported:</source>
        <translation>لا يمكن قراءة أي من الملفات، ولذلك لم يُستورد شيء:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="175"/>
        <source>%1 is not valid: %2</source>
        <translation>قيمة الحقل %1 غير صالحة: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="189"/>
        <source>The import stopped at line %2 of %1, which cannot be read: %3</source>
        <translation>توقف الاستيراد عند السطر %2 من الملف %1، إذ تتعذر قراءته: %3</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="197"/>
        <source>Nothing was imported. Correct the file, or import it without stopping at the first problem.</source>
        <translation>لم يُستورد شيء. صحّح الملف، أو استورده دون التوقف عند أول مشكلة.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="206"/>
        <source>The export %1 could not be written (%2).</source>
        <translation>تعذرت كتابة ملف التصدير %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="211"/>
        <source>A file already there is as it was. Check that the folder exists and the disk has room, then try again.</source>
        <translation>بقي الملف الموجود من قبل كما كان. تحقق من وجود المجلد ومن وجود مساحة كافية على القرص، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="220"/>
        <source>The column mapping %1 cannot be read (%2).</source>
        <translation>تتعذر قراءة ملف مطابقة الأعمدة %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="227"/>
        <source>Choose another mapping file, or match the columns again.</source>
        <translation>اختر ملف مطابقة آخر، أو طابق الأعمدة من جديد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="238"/>
        <source>%1 does not exist. Choose another file.</source>
        <translation>الملف %1 غير موجود. اختر ملفًا آخر.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="241"/>
        <source>%1 is a folder, not a file of contacts. Choose a file.</source>
        <translation>%1 مجلد، وليس ملفًا لجهات الاتصال. اختر ملفًا.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="244"/>
        <source>%1 is empty.</source>
        <translation>الملف %1 فارغ.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="245"/>
        <source>%1 holds no contact card.</source>
        <translation>لا يحوي الملف %1 أي بطاقة جهة اتصال.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="248"/>
        <source>%1 has no first row of column names.</source>
        <translation>لا يحوي الملف %1 صفًا أول بأسماء الأعمدة.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="251"/>
        <source>%1 has its column names but no row of contacts under them.</source>
        <translation>يحوي الملف %1 أسماء الأعمدة، لكن لا يحوي تحتها أي صف لجهة اتصال.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="254"/>
        <source>%1 holds no appointment or task.</source>
        <translation>لا يحوي الملف %1 أي موعد أو مهمة.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="257"/>
        <source>%1 is neither a file of contact cards (vCard) nor a table of contacts (CSV).</source>
        <translation>الملف %1 ليس ملف بطاقات جهات اتصال (vCard) ولا جدول جهات اتصال (CSV).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="261"/>
        <source>%1 cannot be read in the character set chosen for it. Choose another one.</source>
        <translation>تتعذر قراءة الملف %1 بمجموعة المحارف المختارة له. اختر مجموعة محارف أخرى.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="265"/>
        <source>%1 is not an e-mail message that can be read (an Outlook contact, appointment or task, or a damaged file).</source>
        <translation>‏%1 ليس رسالة بريد إلكتروني يمكن قراءتها (جهة اتصال أو موعد أو مهمة من Outlook، أو ملف تالف).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="270"/>
        <source>%1 is an Outlook message (.msg). Reading it needs the optional extract-msg package, which this command installs: %2. Or save the message from Outlook as .eml and import that.</source>
        <translation>%1 رسالة من Outlook ‏(.msg). تتطلب قراءتها الحزمة الاختيارية extract-msg، ويثبّتها هذا الأمر: %2. أو احفظ الرسالة من Outlook بتنسيق ‎.eml‎ ثم استوردها.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="280"/>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="287"/>
        <source>%1 is damaged, so it cannot be restored.</source>
        <translation>الملف %1 تالف، لذا تتعذر استعادته.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="290"/>
        <source>%1 is not a CRM Desktop database, so it cannot be restored.</source>
        <translation>الملف %1 ليس قاعدة بيانات CRM Desktop، لذا تتعذر استعادته.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="293"/>
        <source>%1 was written by a newer CRM Desktop, so this version cannot restore it.</source>
        <translation>كُتب الملف %1 بإصدار أحدث من CRM Desktop، لذا لا يستطيع هذا الإصدار استعادته.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="299"/>
        <source>%1 cannot be read, so it cannot be restored.</source>
        <translation>تتعذر قراءة الملف %1، لذا تتعذر استعادته.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="304"/>
        <source>Nothing was changed: your contacts are as they were. Choose another backup.</source>
        <translation>لم يتغير شيء: جهات اتصالك كما كانت. اختر نسخة احتياطية أخرى.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="316"/>
        <source>%1 is larger than %2 GB.</source>
        <translation>حجم %1 أكبر من %2 غيغابايت.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="319"/>
        <source>%1: a line is longer than %2 MB.</source>
        <translation>%1: يتجاوز طول أحد الأسطر %2 ميغابايت.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="320"/>
        <source>%1: a row is longer than %2 MB.</source>
        <translation>%1: يتجاوز طول أحد الصفوف %2 ميغابايت.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="321"/>
        <source>%1: the photo is larger than %2 MB.</source>
        <translation>%1: حجم الصورة أكبر من %2 ميغابايت.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="322"/>
        <source>%1: the header row has more than %2 columns.</source>
        <translation>%1: عدد أعمدة صف العناوين يتجاوز %2.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="325"/>
        <source>%1 is too large.</source>
        <translation>حجم %1 كبير جدًا.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="329"/>
        <source>Nothing was imported. Split the file, or remove what is too large.</source>
        <translation>لم يُستورد شيء. قسّم الملف، أو أزل ما هو كبير جدًا.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="23"/>
        <source>vCard 3.0 (Apple, Google, Thunderbird)</source>
        <translation>vCard 3.0 (Apple، Google، Thunderbird)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="24"/>
        <source>vCard 4.0 (CardDAV servers, newer apps)</source>
        <translation>‏vCard 4.0 (خوادم CardDAV، التطبيقات الأحدث)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="25"/>
        <source>vCard 2.1 (old Outlook, old phones)</source>
        <translation>‏vCard 2.1 (إصدارات Outlook القديمة، الهواتف القديمة)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="28"/>
        <source>Outlook CSV (Outlook, Excel, most programs)</source>
        <translation>‏Outlook CSV (Outlook، Excel، معظم البرامج)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="30"/>
        <source>Google CSV (Google Contacts)</source>
        <translation>‏Google CSV (جهات اتصال Google)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="33"/>
        <source>Mail merge CSV: an address block and the usual fields (Word, Writer)</source>
        <translation>‏CSV لدمج المراسلات: كتلة العنوان والحقول المعتادة (Word وWriter)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="40"/>
        <source>iCalendar: these contacts&apos; activities (Outlook, Thunderbird)</source>
        <translation>‏iCalendar: أنشطة جهات الاتصال هذه (Outlook، Thunderbird)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="76"/>
        <source>The &amp;selected contacts (%1)</source>
        <translation>جهات الاتصال ال&amp;محددة (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="80"/>
        <source>The contacts the sea&amp;rch shows (%1)</source>
        <translation>جهات الاتصال التي يعرضها ال&amp;بحث (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="105"/>
        <source>&amp;Export</source>
        <translation>ت&amp;صدير</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="14"/>
        <source>Export contacts</source>
        <translation>تصدير جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="20"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="26"/>
        <source>&amp;All contacts</source>
        <translation>&amp;كل جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="36"/>
        <source>The &amp;selected contacts</source>
        <translation>جهات الاتصال ال&amp;محددة</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="43"/>
        <source>The contacts the sea&amp;rch shows</source>
        <translation>جهات الاتصال التي يعرضها ال&amp;بحث</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="70"/>
        <source>Include the acc&amp;ounts, as company cards</source>
        <translation>تضمين ال&amp;حسابات، كبطاقات شركات</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="55"/>
        <source>&amp;Format:</source>
        <translation>الصي&amp;غة:</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="169"/>
        <source>Attach files</source>
        <translation>إرفاق ملفات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="185"/>
        <source>Save file as</source>
        <translation>حفظ الملف باسم</translation>
    </message>
</context>
<context>
    <name>FileWords</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/files_section.py" line="71"/>
        <source>Attach %Ln file(s)</source>
        <translation>
            <numerusform>إرفاق %Ln ملف</numerusform>
            <numerusform>إرفاق %Ln ملف</numerusform>
            <numerusform>إرفاق %Ln ملف</numerusform>
            <numerusform>إرفاق %Ln ملفات</numerusform>
            <numerusform>إرفاق %Ln ملفًا</numerusform>
            <numerusform>إرفاق %Ln ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/files_section.py" line="74"/>
        <source>Remove %Ln file(s)</source>
        <translation>
            <numerusform>إزالة %Ln ملف</numerusform>
            <numerusform>إزالة %Ln ملف</numerusform>
            <numerusform>إزالة %Ln ملف</numerusform>
            <numerusform>إزالة %Ln ملفات</numerusform>
            <numerusform>إزالة %Ln ملفًا</numerusform>
            <numerusform>إزالة %Ln ملف</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilesSection</name>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="248"/>
        <location filename="../../crm_desktop/gui/files_section.py" line="254"/>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="249"/>
        <source>Attach file…</source>
        <translation>إرفاق ملف…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="251"/>
        <source>Keep a file on this record (or drop files on the card); at most 100 MB</source>
        <translation>احفظ ملفًا في هذا السجل (أو أفلت الملفات على البطاقة)؛ بحد أقصى 100 ميغابايت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="253"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="253"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="253"/>
        <source>Attached</source>
        <translation>تاريخ الإرفاق</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="339"/>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="340"/>
        <source>&amp;Save as…</source>
        <translation>&amp;حفظ باسم…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="342"/>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="151"/>
        <source>Categories:</source>
        <translation>الفئات:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="151"/>
        <source>Account:</source>
        <translation>الحساب:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="151"/>
        <source>City:</source>
        <translation>المدينة:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="152"/>
        <source>Country:</source>
        <translation>البلد:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="152"/>
        <source>Lead status:</source>
        <translation>حالة العميل المتوقع:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="152"/>
        <source>Deal stage:</source>
        <translation>مرحلة الصفقة:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="157"/>
        <source>All of them</source>
        <translation>كلها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="157"/>
        <source>Any of them</source>
        <translation>أي منها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="159"/>
        <source>Last contact on or after</source>
        <translation>آخر تواصل في أو بعد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="160"/>
        <source>Last contact before</source>
        <translation>آخر تواصل قبل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="161"/>
        <source>Has open activities</source>
        <translation>لديه أنشطة مفتوحة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="162"/>
        <source>Keep in touch overdue</source>
        <translation>تأخرت المتابعة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="163"/>
        <source>C&amp;lear Filters</source>
        <translation>مسح عو&amp;امل التصفية</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="164"/>
        <source>Save as &amp;Smart Folder…</source>
        <translation>حفظ كمجلد &amp;ذكي…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="174"/>
        <source>Any</source>
        <translation>أي</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.ui" line="14"/>
        <source>Import contacts</source>
        <translation>استيراد جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="20"/>
        <source>Files to import:</source>
        <translation>الملفات المراد استيرادها:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="30"/>
        <source>Files to import</source>
        <translation>الملفات المراد استيرادها</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="37"/>
        <source>When a card is somebody you have (same UID, or a shared email or phone and a compatible name)</source>
        <translation>عندما تكون البطاقة لشخص لديك (نفس المعرّف UID، أو بريد إلكتروني أو هاتف مشترك مع اسم متوافق)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="43"/>
        <source>&amp;Merge: add what is missing, never overwrite</source>
        <translation>&amp;دمج: إضافة الناقص دون الكتابة فوق أي شيء</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="53"/>
        <source>&amp;Skip the card</source>
        <translation>ت&amp;خطي البطاقة</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="60"/>
        <source>&amp;Create a new contact anyway</source>
        <translation>&amp;إنشاء جهة اتصال جديدة على أي حال</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="72"/>
        <source>C&amp;haracter set of files that do not name theirs:</source>
        <translation>&amp;ترميز الملفات التي لا تذكر ترميزها:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="87"/>
        <source>S&amp;top at the first card that cannot be read, and import nothing</source>
        <translation>التو&amp;قف عند أول بطاقة تتعذر قراءتها، وعدم استيراد أي شيء</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="18"/>
        <source>Detect automatically</source>
        <translation>اكتشاف تلقائي</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="19"/>
        <source>Western European (Windows-1252)</source>
        <translation>أوروبي غربي (Windows-1252)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="20"/>
        <source>Greek (Windows-1253)</source>
        <translation>يوناني (Windows-1253)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="21"/>
        <source>Greek (ISO 8859-7)</source>
        <translation>يوناني (ISO 8859-7)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="22"/>
        <source>Arabic and Persian (Windows-1256)</source>
        <translation>عربي وفارسي (Windows-1256)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="23"/>
        <source>Central European (Windows-1250)</source>
        <translation>أوروبي أوسط (Windows-1250)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="24"/>
        <source>Cyrillic (Windows-1251)</source>
        <translation>سيريلي (Windows-1251)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="25"/>
        <source>Japanese (Shift JIS)</source>
        <translation>ياباني (Shift JIS)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="70"/>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_export.py" line="274"/>
        <source>%Ln file(s) could not be read at all; the others were imported.</source>
        <translation>
            <numerusform>تعذرت قراءة %Ln ملف كليًا؛ واستُوردت الملفات الأخرى.</numerusform>
            <numerusform>تعذرت قراءة ملف واحد كليًا؛ واستُوردت الملفات الأخرى.</numerusform>
            <numerusform>تعذرت قراءة ملفين كليًا؛ واستُوردت الملفات الأخرى.</numerusform>
            <numerusform>تعذرت قراءة %Ln ملفات كليًا؛ واستُوردت الملفات الأخرى.</numerusform>
            <numerusform>تعذرت قراءة %Ln ملفًا كليًا؛ واستُوردت الملفات الأخرى.</numerusform>
            <numerusform>تعذرت قراءة %Ln ملف كليًا؛ واستُوردت الملفات الأخرى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_export.py" line="279"/>
        <source>%Ln possible duplicate(s) created and recorded for you to review.</source>
        <translation>
            <numerusform>أُنشئ %Ln تكرار محتمل وسُجّل لتراجعه.</numerusform>
            <numerusform>أُنشئ تكرار محتمل واحد وسُجّل لتراجعه.</numerusform>
            <numerusform>أُنشئ تكراران محتملان وسُجّلا لتراجعهما.</numerusform>
            <numerusform>أُنشئت %Ln تكرارات محتملة وسُجّلت لتراجعها.</numerusform>
            <numerusform>أُنشئ %Ln تكرارًا محتملًا وسُجّلت لتراجعها.</numerusform>
            <numerusform>أُنشئ %Ln تكرار محتمل وسُجّلت لتراجعها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMatchModel</name>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="38"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="39"/>
        <source>Card</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="40"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="41"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="42"/>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="43"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="46"/>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="47"/>
        <source>Create new</source>
        <translation>إنشاء جديدة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="57"/>
        <source>%1 (new, line %2 of %3)</source>
        <translation>%1 (جديدة، السطر %2 من %3)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="165"/>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="171"/>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
</context>
<context>
    <name>ImportPace</name>
    <message>
        <location filename="../../crm_desktop/gui/import_progress.py" line="68"/>
        <source>Importing: %1 so far…</source>
        <translation>جارٍ الاستيراد: %1 حتى الآن…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_progress.py" line="69"/>
        <source>Importing: reading the files…</source>
        <translation>جارٍ الاستيراد: قراءة الملفات…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_progress.py" line="71"/>
        <source>Importing %1 of %2 (%3)</source>
        <translation>جارٍ استيراد %1 من %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_progress.py" line="82"/>
        <source>%1 a second</source>
        <translation>%1 في الثانية</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_progress.py" line="86"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_progress.py" line="90"/>
        <source>about %Ln second(s) left</source>
        <translation>
            <numerusform>متبقٍ نحو %Ln ثانية</numerusform>
            <numerusform>متبقٍ نحو ثانية واحدة (%Ln)</numerusform>
            <numerusform>متبقٍ نحو ثانيتين (%Ln)</numerusform>
            <numerusform>متبقٍ نحو %Ln ثوانٍ</numerusform>
            <numerusform>متبقٍ نحو %Ln ثانية</numerusform>
            <numerusform>متبقٍ نحو %Ln ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_progress.py" line="92"/>
        <source>about %Ln minute(s) left</source>
        <translation>
            <numerusform>متبقٍ نحو %Ln دقيقة</numerusform>
            <numerusform>متبقٍ نحو دقيقة واحدة (%Ln)</numerusform>
            <numerusform>متبقٍ نحو دقيقتين (%Ln)</numerusform>
            <numerusform>متبقٍ نحو %Ln دقائق</numerusform>
            <numerusform>متبقٍ نحو %Ln دقيقة</numerusform>
            <numerusform>متبقٍ نحو %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_progress.py" line="93"/>
        <source>about %Ln hour(s) left</source>
        <translation>
            <numerusform>متبقٍ نحو %Ln ساعة</numerusform>
            <numerusform>متبقٍ نحو ساعة واحدة (%Ln)</numerusform>
            <numerusform>متبقٍ نحو ساعتين (%Ln)</numerusform>
            <numerusform>متبقٍ نحو %Ln ساعات</numerusform>
            <numerusform>متبقٍ نحو %Ln ساعة</numerusform>
            <numerusform>متبقٍ نحو %Ln ساعة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="161"/>
        <source>Reading the files: %1 of %2 (%3)</source>
        <translation>قراءة الملفات: %1 من %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="171"/>
        <source>Reading the files: %Ln card(s) so far…</source>
        <translation>
            <numerusform>جارٍ قراءة الملفات: %Ln بطاقة حتى الآن…</numerusform>
            <numerusform>جارٍ قراءة الملفات: بطاقة واحدة حتى الآن…</numerusform>
            <numerusform>جارٍ قراءة الملفات: بطاقتان حتى الآن…</numerusform>
            <numerusform>جارٍ قراءة الملفات: %Ln بطاقات حتى الآن…</numerusform>
            <numerusform>جارٍ قراءة الملفات: %Ln بطاقةً حتى الآن…</numerusform>
            <numerusform>جارٍ قراءة الملفات: %Ln بطاقة حتى الآن…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="173"/>
        <source>Reading the files…</source>
        <translation>جارٍ قراءة الملفات…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="230"/>
        <source>Will be imported, with a warning: %1</source>
        <translation>ستُستورد مع تحذير: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="255"/>
        <source>%Ln card(s) to add as new</source>
        <translation>
            <numerusform>%Ln بطاقة تُضاف جديدةً</numerusform>
            <numerusform>بطاقة واحدة تُضاف جديدةً</numerusform>
            <numerusform>بطاقتان تُضافان جديدتين</numerusform>
            <numerusform>%Ln بطاقات تُضاف جديدةً</numerusform>
            <numerusform>%Ln بطاقةً تُضاف جديدةً</numerusform>
            <numerusform>%Ln بطاقة تُضاف جديدةً</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="256"/>
        <source>%Ln card(s) to merge into a contact</source>
        <translation>
            <numerusform>%Ln بطاقة تُدمج في جهة اتصال</numerusform>
            <numerusform>بطاقة واحدة تُدمج في جهة اتصال</numerusform>
            <numerusform>بطاقتان تُدمجان في جهات اتصال</numerusform>
            <numerusform>%Ln بطاقات تُدمج في جهات اتصال</numerusform>
            <numerusform>%Ln بطاقةً تُدمج في جهات اتصال</numerusform>
            <numerusform>%Ln بطاقة تُدمج في جهات اتصال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="261"/>
        <source>%Ln possible duplicate(s) to review later</source>
        <translation>
            <numerusform>%Ln تكرار محتمل للمراجعة لاحقًا</numerusform>
            <numerusform>تكرار محتمل واحد للمراجعة لاحقًا</numerusform>
            <numerusform>تكراران محتملان للمراجعة لاحقًا</numerusform>
            <numerusform>%Ln تكرارات محتملة للمراجعة لاحقًا</numerusform>
            <numerusform>%Ln تكرارًا محتملًا للمراجعة لاحقًا</numerusform>
            <numerusform>%Ln تكرار محتمل للمراجعة لاحقًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="267"/>
        <source>%Ln card(s) to skip</source>
        <translation>
            <numerusform>%Ln بطاقة تُتخطّى</numerusform>
            <numerusform>بطاقة واحدة تُتخطّى</numerusform>
            <numerusform>بطاقتان تُتخطّيان</numerusform>
            <numerusform>%Ln بطاقات تُتخطّى</numerusform>
            <numerusform>%Ln بطاقةً تُتخطّى</numerusform>
            <numerusform>%Ln بطاقة تُتخطّى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="269"/>
        <source>%Ln card(s) that cannot be read</source>
        <translation>
            <numerusform>%Ln بطاقة تتعذر قراءتها</numerusform>
            <numerusform>بطاقة واحدة تتعذر قراءتها</numerusform>
            <numerusform>بطاقتان تتعذر قراءتهما</numerusform>
            <numerusform>%Ln بطاقات تتعذر قراءتها</numerusform>
            <numerusform>%Ln بطاقةً تتعذر قراءتها</numerusform>
            <numerusform>%Ln بطاقة تتعذر قراءتها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="272"/>
        <source>%Ln file(s) that cannot be read at all</source>
        <translation>
            <numerusform>%Ln ملف تتعذر قراءته كليًا</numerusform>
            <numerusform>ملف واحد تتعذر قراءته كليًا</numerusform>
            <numerusform>ملفان تتعذر قراءتهما كليًا</numerusform>
            <numerusform>%Ln ملفات تتعذر قراءتها كليًا</numerusform>
            <numerusform>%Ln ملفًا تتعذر قراءته كليًا</numerusform>
            <numerusform>%Ln ملف تتعذر قراءته كليًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="276"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln تحذير</numerusform>
            <numerusform>تحذير واحد</numerusform>
            <numerusform>تحذيران</numerusform>
            <numerusform>%Ln تحذيرات</numerusform>
            <numerusform>%Ln تحذيرًا</numerusform>
            <numerusform>%Ln تحذير</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="284"/>
        <source>Merges (%1)</source>
        <translation>عمليات الدمج (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="287"/>
        <source>Possible duplicates (%1)</source>
        <translation>التكرارات المحتملة (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="292"/>
        <source>Problems (%1)</source>
        <translation>المشكلات (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="330"/>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="333"/>
        <source>Merge it into that contact</source>
        <translation>دمجها في جهة الاتصال تلك</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="334"/>
        <source>Skip the card</source>
        <translation>تخطي البطاقة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="335"/>
        <source>Create a new contact anyway</source>
        <translation>إنشاء جهة اتصال جديدة على أي حال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="340"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="340"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="340"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="14"/>
        <source>Import preview</source>
        <translation>معاينة الاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="20"/>
        <source>Nothing has been written yet. This is what the import will do:</source>
        <translation>لم يُكتب أي شيء بعد. هذا ما سيفعله الاستيراد:</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="48"/>
        <source>When a card is a &amp;contact you have:</source>
        <translation>عندما تكون البطاقة &amp;جهة اتصال لديك:</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="58"/>
        <source>What to do with a card that is a contact you have</source>
        <translation>ما يُفعل ببطاقة هي جهة اتصال لديك</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="84"/>
        <source>Merges</source>
        <translation>عمليات الدمج</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="90"/>
        <source>Each of these cards is a contact you have (or a card read before it), and adds to it what it lacks; nothing is overwritten. Untick a card (Space) to create it as a new contact instead.</source>
        <translation>كل بطاقة من هذه البطاقات هي جهة اتصال لديك (أو بطاقة قُرئت قبلها)، وتُضيف إليها ما ينقصها؛ ولا يُكتب فوق أي شيء. يُرجى إلغاء تحديد بطاقة (بمفتاح المسافة) لإنشائها جهة اتصال جديدة بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="106"/>
        <source>Cards to merge</source>
        <translation>البطاقات المراد دمجها</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="126"/>
        <location filename="../../ui/import_preview_dialog.ui" line="148"/>
        <source>Possible duplicates</source>
        <translation>التكرارات المحتملة</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="132"/>
        <source>These cards share an e-mail address, a phone number or a name with a contact, but it is not sure they are the same person: each will be created as a new contact and listed in Contacts &gt; Find Duplicates for you to review.</source>
        <translation>تشترك هذه البطاقات مع جهة اتصال في عنوان بريد إلكتروني أو رقم هاتف أو اسم، لكن ليس من المؤكد أنها للشخص نفسه: ستُنشأ كل منها جهة اتصال جديدة، وتُدرج في «جهات الاتصال &gt; البحث عن السجلات المكررة» لتراجعها.</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="168"/>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="174"/>
        <source>These cards cannot be read and will not be imported, or will be imported with the warning given. The other cards are imported all the same.</source>
        <translation>تتعذر قراءة هذه البطاقات فلن تُستورد، أو ستُستورد مع التحذير المذكور. وتُستورد البطاقات الأخرى على أي حال.</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="190"/>
        <source>Problems by file and line</source>
        <translation>المشكلات حسب الملف والسطر</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="228"/>
        <source>Reading the files</source>
        <translation>قراءة الملفات</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/import_progress.py" line="112"/>
        <source>Importing</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_progress.py" line="113"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>JumpBar</name>
    <message>
        <location filename="../../crm_desktop/gui/jump_bar.py" line="59"/>
        <source>Go to letter</source>
        <translation>الانتقال إلى حرف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/jump_bar.py" line="60"/>
        <source>Go to the names starting with a letter (click, or type it)</source>
        <translation>الانتقال إلى الأسماء التي تبدأ بحرف (انقر عليه أو اكتبه)</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="312"/>
        <source>None of these contacts has a postal address.</source>
        <translation>لا يملك أي من جهات الاتصال هذه عنوانًا بريديًا.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="315"/>
        <source>A sheet needs at least one row and one column.</source>
        <translation>يحتاج الورق إلى صف واحد وعمود واحد على الأقل.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="316"/>
        <source>A label needs a width and a height.</source>
        <translation>تحتاج الملصقة إلى عرض وارتفاع.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="317"/>
        <source>The pitch is smaller than the label: labels would overlap.</source>
        <translation>التباعد أصغر من الملصقة: ستتداخل الملصقات.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="318"/>
        <source>The labels do not fit across the page.</source>
        <translation>لا تتسع الملصقات لعرض الصفحة.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="319"/>
        <source>The labels do not fit down the page.</source>
        <translation>لا تتسع الملصقات لطول الصفحة.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="333"/>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="410"/>
        <source>Envelopes</source>
        <translation>مظاريف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="333"/>
        <source>Labels</source>
        <translation>ملصقات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="346"/>
        <source>Print %1</source>
        <translation>طباعة %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="354"/>
        <source>envelopes.pdf</source>
        <translation>مظاريف.pdf</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="354"/>
        <source>labels.pdf</source>
        <translation>ملصقات.pdf</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="367"/>
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>لم تُكتب أي صفحة (%n) في %1.</numerusform>
            <numerusform>كُتبت صفحة واحدة (%n) في %1.</numerusform>
            <numerusform>كُتبت صفحتان (%n) في %1.</numerusform>
            <numerusform>كُتبت %n صفحات في %1.</numerusform>
            <numerusform>كُتبت %n صفحة في %1.</numerusform>
            <numerusform>كُتبت %n صفحة في %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="377"/>
        <source>%1 × %2 in</source>
        <translation>⁦%1 × %2⁩ بوصة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="382"/>
        <source>%1 × %2 mm</source>
        <translation>⁦%1 × %2⁩ مم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="385"/>
        <source>Avery %1 (%2, %3 × %4, %5)</source>
        <translation>Avery %1 (%2، ⁦%3 × %4⁩، %5)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="394"/>
        <source>Print Labels</source>
        <translation>طباعة الملصقات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="396"/>
        <source>&amp;For:</source>
        <translation>&amp;لـ:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="399"/>
        <source>The selected contacts (%1)</source>
        <translation>جهات الاتصال المحددة (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="403"/>
        <source>The contacts the list shows (%1)</source>
        <translation>جهات الاتصال التي تعرضها القائمة (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="408"/>
        <source>&amp;Print on:</source>
        <translation>ال&amp;طباعة على:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="409"/>
        <source>A label sheet</source>
        <translation>ورقة ملصقات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="411"/>
        <source>Label sheet</source>
        <translation>ورقة الملصقات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="414"/>
        <source>Custom grid</source>
        <translation>شبكة مخصصة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="387"/>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="415"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="387"/>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="416"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="418"/>
        <source>&amp;Sheet:</source>
        <translation>ال&amp;ورقة:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="418"/>
        <source>P&amp;aper:</source>
        <translation>ورق ال&amp;صفحة:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="418"/>
        <source>&amp;Columns:</source>
        <translation>الأ&amp;عمدة:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="418"/>
        <source>&amp;Rows:</source>
        <translation>الص&amp;فوف:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="419"/>
        <source>Label &amp;width:</source>
        <translation>عر&amp;ض الملصقة:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="419"/>
        <source>Label &amp;height:</source>
        <translation>ار&amp;تفاع الملصقة:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="419"/>
        <source>&amp;Top margin:</source>
        <translation>الهامش العلو&amp;ي:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="420"/>
        <source>&amp;Left margin:</source>
        <translation>الهامش الأي&amp;سر:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="420"/>
        <source>Across p&amp;itch:</source>
        <translation>الت&amp;باعد الأفقي:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="420"/>
        <source>&amp;Down pitch:</source>
        <translation>التباعد الر&amp;أسي:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="421"/>
        <source>Start at la&amp;bel:</source>
        <translation>البد&amp;ء من الملصقة:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="426"/>
        <source> mm</source>
        <translation> مم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="428"/>
        <source>On a partly used sheet: the first free label, counted across then down.</source>
        <translation>في ورقة مستخدمة جزئيًا: أول ملصقة فارغة، بالعدّ أفقيًا ثم رأسيًا.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="430"/>
        <source>Draw the labels&apos; &amp;edges (a test on plain paper)</source>
        <translation>رسم &amp;حواف الملصقات (للتجربة على ورق عادي)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="431"/>
        <source>Envelope</source>
        <translation>المظروف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="432"/>
        <source>Si&amp;ze:</source>
        <translation>الح&amp;جم:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="434"/>
        <source>DL (220 × 110 mm)</source>
        <translation>‏DL (⁦220 × 110⁩ مم)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="435"/>
        <source>C5 (229 × 162 mm)</source>
        <translation>‏C5 (⁦229 × 162⁩ مم)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="436"/>
        <source>US #10 (9.5 × 4.125 in)</source>
        <translation>‏US #10 (⁦9.5 × 4.125⁩ بوصة)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="440"/>
        <source>Print the se&amp;nder&apos;s address (yours)</source>
        <translation>طباعة عنوان ال&amp;مرسل (عنوانك)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="442"/>
        <source>Your address, line by line (set it once in Preferences)</source>
        <translation>عنوانك، سطرًا بسطر (اضبطه مرة واحدة في التفضيلات)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="444"/>
        <source>Pre&amp;view and Print…</source>
        <translation>معاي&amp;نة وطباعة…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="445"/>
        <source>E&amp;xport PDF…</source>
        <translation>تصدير P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="451"/>
        <source>Nothing is selected: the contacts the list shows.</source>
        <translation>لم يُحدد شيء: جهات الاتصال التي تعرضها القائمة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="454"/>
        <source>%n of them have no postal address and are left out.</source>
        <translation>
            <numerusform>لا يملك أي منها (%n) عنوانًا بريديًا فاستُبعد.</numerusform>
            <numerusform>واحدة منها (%n) بلا عنوان بريدي فاستُبعدت.</numerusform>
            <numerusform>اثنتان منها (%n) بلا عنوان بريدي فاستُبعدتا.</numerusform>
            <numerusform>%n منها بلا عنوان بريدي فاستُبعدت.</numerusform>
            <numerusform>%n منها بلا عنوان بريدي فاستُبعدت.</numerusform>
            <numerusform>%n منها بلا عنوان بريدي فاستُبعدت.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadList</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="279"/>
        <source>No lead matches “%1”.</source>
        <translation>لا يوجد عميل محتمل يطابق «%1».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="281"/>
        <source>No leads yet.</source>
        <translation>لا يوجد عملاء محتملون بعد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="282"/>
        <source>Select contacts in the list and choose Contacts &gt; Mark as Lead… to qualify them and convert them when they are ready to buy.</source>
        <translation>حدد جهات اتصال في القائمة واختر جهات الاتصال &gt; وضع علامة كعميل محتمل… لتأهيلها، ثم حوّلها عندما تكون مستعدة للشراء.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="291"/>
        <source>Leads: %1</source>
        <translation>العملاء المحتملون: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="315"/>
        <source>Leads</source>
        <translation>العملاء المحتملون</translation>
    </message>
</context>
<context>
    <name>LeadPane</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="176"/>
        <source>Conve&amp;rt…</source>
        <translation>تح&amp;ويل…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="177"/>
        <source>Lead status:</source>
        <translation>حالة العميل المحتمل:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="186"/>
        <source>Select a lead to see it here.</source>
        <translation>حدّد عميلًا محتملًا لعرضه هنا.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="203"/>
        <source>Disqualify lead</source>
        <translation>استبعاد العميل المحتمل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="204"/>
        <source>Why is this lead disqualified?</source>
        <translation>لماذا استُبعد هذا العميل المحتمل؟</translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="58"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="59"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="60"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="61"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="62"/>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
</context>
<context>
    <name>ListCounts</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/counts.py" line="11"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>لا جهات اتصال</numerusform>
            <numerusform>جهة اتصال واحدة</numerusform>
            <numerusform>جهتا اتصال</numerusform>
            <numerusform>%Ln جهات اتصال</numerusform>
            <numerusform>%Ln جهة اتصال</numerusform>
            <numerusform>%Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/counts.py" line="14"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>لا حسابات</numerusform>
            <numerusform>حساب واحد</numerusform>
            <numerusform>حسابان</numerusform>
            <numerusform>%Ln حسابات</numerusform>
            <numerusform>%Ln حسابًا</numerusform>
            <numerusform>%Ln حساب</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogBar</name>
    <message>
        <location filename="../../crm_desktop/gui/log_bar.py" line="77"/>
        <source>&amp;Log</source>
        <translation>&amp;تسجيل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/log_bar.py" line="78"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;تجاهل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/log_bar.py" line="79"/>
        <source>Enter: log · Esc: dismiss</source>
        <translation>‏Enter: تسجيل · Esc: تجاهل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/log_bar.py" line="86"/>
        <source>Log the call to %1 at %2?</source>
        <translation>هل تريد تسجيل المكالمة مع %1 في %2؟</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/log_bar.py" line="88"/>
        <source>Log the e-mail to %1 at %2?</source>
        <translation>هل تريد تسجيل البريد الإلكتروني إلى %1 في %2؟</translation>
    </message>
</context>
<context>
    <name>LogForEachDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="125"/>
        <source>Log Activity for Each</source>
        <translation>تسجيل نشاط لكل منها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="134"/>
        <source>Sent Christmas card</source>
        <translation>تم إرسال بطاقة عيد الميلاد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="143"/>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="144"/>
        <source>&amp;Subject:</source>
        <translation>ال&amp;موضوع:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="145"/>
        <source>&amp;Done on:</source>
        <translation>تم في &amp;تاريخ:</translation>
    </message>
</context>
<context>
    <name>MailPeopleDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/mail_people_dialog.py" line="63"/>
        <source>People from the e-mails</source>
        <translation>أشخاص من رسائل البريد الإلكتروني</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/mail_people_dialog.py" line="66"/>
        <source>%n person(s) in the imported e-mails are not among your contacts. Add the ones ticked as new contacts? Each is linked to the e-mails that name them.</source>
        <translation>
            <numerusform>لا يوجد أي شخص (%n) في رسائل البريد الإلكتروني المستوردة ليس من جهات اتصالك. هل تريد إضافة المحددين كجهات اتصال جديدة؟ يُربط كل منهم برسائل البريد الإلكتروني التي تذكره.</numerusform>
            <numerusform>شخص واحد (%n) في رسائل البريد الإلكتروني المستوردة ليس من جهات اتصالك. هل تريد إضافة المحددين كجهات اتصال جديدة؟ يُربط كل منهم برسائل البريد الإلكتروني التي تذكره.</numerusform>
            <numerusform>شخصان (%n) في رسائل البريد الإلكتروني المستوردة ليسا من جهات اتصالك. هل تريد إضافة المحددين كجهات اتصال جديدة؟ يُربط كل منهم برسائل البريد الإلكتروني التي تذكره.</numerusform>
            <numerusform>%n أشخاص في رسائل البريد الإلكتروني المستوردة ليسوا من جهات اتصالك. هل تريد إضافة المحددين كجهات اتصال جديدة؟ يُربط كل منهم برسائل البريد الإلكتروني التي تذكره.</numerusform>
            <numerusform>%n شخصًا في رسائل البريد الإلكتروني المستوردة ليسوا من جهات اتصالك. هل تريد إضافة المحددين كجهات اتصال جديدة؟ يُربط كل منهم برسائل البريد الإلكتروني التي تذكره.</numerusform>
            <numerusform>%n شخص في رسائل البريد الإلكتروني المستوردة ليسوا من جهات اتصالك. هل تريد إضافة المحددين كجهات اتصال جديدة؟ يُربط كل منهم برسائل البريد الإلكتروني التي تذكره.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/mail_people_dialog.py" line="72"/>
        <source>&amp;Add as contacts</source>
        <translation>إ&amp;ضافة كجهات اتصال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/mail_people_dialog.py" line="73"/>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/mail_people_dialog.py" line="74"/>
        <source>People not among your contacts</source>
        <translation>أشخاص ليسوا من جهات اتصالك</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_desktop/gui/window_views.py" line="127"/>
        <source>Search names, addresses, categories, notes, activities…</source>
        <translation>البحث في الأسماء والعناوين والفئات والملاحظات والأنشطة…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="288"/>
        <source>Counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="560"/>
        <source>%1 — CRM Desktop</source>
        <translation>%1 — CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="563"/>
        <source>Search contacts</source>
        <translation>البحث في جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/record_lists.py" line="261"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="257"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="97"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="68"/>
        <source>Re&amp;store</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="272"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="306"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="43"/>
        <source>Folders and categories</source>
        <translation>المجلدات والفئات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="398"/>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="324"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="55"/>
        <source>Edit the selected contact (or press Enter on it)</source>
        <translation>تحرير جهة الاتصال المحددة (أو اضغط Enter عليها)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="57"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="102"/>
        <source>Search the contacts</source>
        <translation>البحث في جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="141"/>
        <source>Contacts and accounts</source>
        <translation>جهات الاتصال والحسابات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="148"/>
        <source>Today, overdue, the week, the calendar</source>
        <translation>اليوم، والمتأخرة، والأسبوع، والتقويم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="155"/>
        <source>Deals by stage, to drag along</source>
        <translation>فرص البيع حسب المرحلة، للسحب بينها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="162"/>
        <source>Pipeline, forecast, won and lost</source>
        <translation>مسار المبيعات والتوقعات والمكسوب والخاسر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="325"/>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="393"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/categories.py" line="10"/>
        <source>Customer</source>
        <translation>عميل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/categories.py" line="11"/>
        <source>Prospect</source>
        <translation>عميل محتمل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/categories.py" line="12"/>
        <source>Vendor</source>
        <translation>مورّد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/categories.py" line="13"/>
        <source>Partner</source>
        <translation>شريك</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/categories.py" line="14"/>
        <source>Employee</source>
        <translation>موظف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/categories.py" line="15"/>
        <source>Competitor</source>
        <translation>منافس</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/record_lists.py" line="263"/>
        <source>Right-click to show or hide columns; drag to move them</source>
        <translation>انقر بالزر الأيمن لإظهار الأعمدة أو إخفائها؛ واسحبها لنقلها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_list.py" line="37"/>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/daily_backup.py" line="45"/>
        <source>Today&apos;s backup is made.</source>
        <translation>أُنشئت النسخة الاحتياطية لهذا اليوم.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="41"/>
        <source>&amp;New contact…</source>
        <translation>جهة اتصال &amp;جديدة…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="42"/>
        <source>Create a contact</source>
        <translation>إنشاء جهة اتصال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="48"/>
        <source>New &amp;account…</source>
        <translation>حسا&amp;ب جديد…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="49"/>
        <location filename="../../crm_desktop/gui/window_actions.py" line="430"/>
        <source>Create an account (a company)</source>
        <translation>إنشاء حساب (شركة)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="50"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="54"/>
        <source>&amp;Edit contact…</source>
        <translation>تحرير &amp;جهة الاتصال…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="61"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="62"/>
        <source>Move the selected contacts to the Trash</source>
        <translation>نقل جهات الاتصال المحددة إلى سلة المحذوفات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="69"/>
        <source>Bring the selected contacts back from the Trash</source>
        <translation>إرجاع جهات الاتصال المحددة من سلة المحذوفات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="71"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="76"/>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="78"/>
        <source>Import contacts, activities and e-mails: vCard, CSV (Outlook, Google), iCalendar, e-mail (.eml, .mbox, .msg)</source>
        <translation>استيراد جهات الاتصال والأنشطة ورسائل البريد الإلكتروني: vCard وCSV (Outlook وGoogle) وiCalendar والبريد الإلكتروني (.eml و.mbox و.msg)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="89"/>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="91"/>
        <source>Export to vCard (2.1, 3.0, 4.0), CSV (Outlook, Google) or iCalendar</source>
        <translation>التصدير إلى vCard (2.1 و3.0 و4.0) أو CSV (Outlook وGoogle) أو iCalendar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="101"/>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="107"/>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="108"/>
        <source>Quit CRM Desktop</source>
        <translation>إنهاء CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="109"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="113"/>
        <source>&amp;About CRM Desktop</source>
        <translation>&amp;حول CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="114"/>
        <source>Version and database</source>
        <translation>الإصدار وقاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="115"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="120"/>
        <source>&amp;Backups…</source>
        <translation>النسخ الا&amp;حتياطية…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="121"/>
        <source>Back up the database, or restore a backup</source>
        <translation>النسخ الاحتياطي لقاعدة البيانات، أو استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="122"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="126"/>
        <location filename="../../crm_desktop/gui/window_actions.py" line="134"/>
        <source>Empty &amp;Trash…</source>
        <translation>إ&amp;فراغ سلة المحذوفات…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="127"/>
        <location filename="../../crm_desktop/gui/window_actions.py" line="135"/>
        <source>Delete for good what is in the Trash</source>
        <translation>حذف ما في سلة المحذوفات نهائيًا</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="136"/>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="140"/>
        <location filename="../../crm_desktop/gui/window_actions.py" line="289"/>
        <source>&amp;Contacts</source>
        <translation>&amp;جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="142"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="147"/>
        <source>&amp;Activities</source>
        <translation>الأ&amp;نشطة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="149"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="154"/>
        <source>&amp;Pipeline</source>
        <translation>م&amp;سار المبيعات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="156"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="161"/>
        <source>&amp;Reports</source>
        <translation>التقا&amp;رير</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="163"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="168"/>
        <source>New ac&amp;tivity…</source>
        <translation>نشاط جدي&amp;د…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="169"/>
        <source>Schedule or log a call, meeting, task…</source>
        <translation>جدولة مكالمة أو اجتماع أو مهمة… أو تسجيلها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="170"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="174"/>
        <source>Lo&amp;g a Call…</source>
        <translation>تسجيل م&amp;كالمة…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="175"/>
        <source>Log a call just made with the selected contact</source>
        <translation>تسجيل مكالمة أُجريت للتو مع جهة الاتصال المحددة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="176"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="180"/>
        <source>Find &amp;Duplicates…</source>
        <translation>البحث عن السجلات ال&amp;مكررة…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="181"/>
        <source>Contacts or accounts that are probably the same</source>
        <translation>جهات اتصال أو حسابات يُرجَّح أنها متطابقة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="182"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="186"/>
        <source>Add to &amp;Category…</source>
        <translation>إضافة إلى &amp;فئة…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="187"/>
        <source>Put the selected contacts in a category</source>
        <translation>وضع جهات الاتصال المحددة في فئة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="188"/>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="192"/>
        <source>Remove from Ca&amp;tegory…</source>
        <translation>إ&amp;زالة من الفئة…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="193"/>
        <source>Take the selected contacts out of a category</source>
        <translation>إخراج جهات الاتصال المحددة من فئة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="194"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="198"/>
        <source>Mark as &amp;Lead…</source>
        <translation>&amp;وضع علامة كعميل محتمل…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="200"/>
        <source>Make the selected contacts leads, to qualify and convert</source>
        <translation>جعل جهات الاتصال المحددة عملاء محتملين لتأهيلهم وتحويلهم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="204"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="208"/>
        <source>Set &amp;Field…</source>
        <translation>&amp;تعيين حقل…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="210"/>
        <source>Give the selected contacts an account, a status or another value</source>
        <translation>منح جهات الاتصال المحددة حسابًا أو حالة أو قيمة أخرى</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="214"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="218"/>
        <source>Log Activity for &amp;Each…</source>
        <translation>تسجيل نشاط ل&amp;كل منها…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="219"/>
        <source>Log one done activity on each selected contact</source>
        <translation>تسجيل نشاط منجز واحد لكل جهة اتصال محددة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="220"/>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="224"/>
        <source>&amp;Filters</source>
        <translation>عوامل التص&amp;فية</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="225"/>
        <source>Show or hide the filters above the list</source>
        <translation>إظهار عوامل التصفية فوق القائمة أو إخفاؤها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="226"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="230"/>
        <source>&amp;Save Search as Smart Folder…</source>
        <translation>&amp;حفظ البحث كمجلد ذكي…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="231"/>
        <source>Keep this search and folder in the folder pane</source>
        <translation>الاحتفاظ بهذا البحث والمجلد في جزء المجلدات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="232"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="236"/>
        <source>Tr&amp;ash…</source>
        <translation>سلة ال&amp;محذوفات…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="237"/>
        <source>Restore what was deleted, or delete it for good</source>
        <translation>استعادة ما حُذف، أو حذفه نهائيًا</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="238"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="242"/>
        <source>Prefere&amp;nces…</source>
        <translation>التف&amp;ضيلات…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="243"/>
        <source>The language of CRM Desktop</source>
        <translation>لغة CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="244"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="303"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="429"/>
        <source>&amp;New account…</source>
        <translation>حساب &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="433"/>
        <source>&amp;Edit account…</source>
        <translation>&amp;تحرير الحساب…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="434"/>
        <source>Edit the selected account (or press Enter on it)</source>
        <translation>تحرير الحساب المحدد (أو اضغط Enter عليه)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="436"/>
        <source>Move the selected accounts to the Trash</source>
        <translation>نقل الحسابات المحددة إلى سلة المحذوفات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="439"/>
        <source>Bring the selected accounts back from the Trash</source>
        <translation>إرجاع الحسابات المحددة من سلة المحذوفات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="105"/>
        <source>Contacts (%1)</source>
        <translation>جهات الاتصال (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="111"/>
        <source>Accounts (%1)</source>
        <translation>الحسابات (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="117"/>
        <source>Trash (%1)</source>
        <translation>سلة المحذوفات (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="123"/>
        <source>Deleted accounts (%1)</source>
        <translation>الحسابات المحذوفة (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="137"/>
        <source>Leads (%1)</source>
        <translation>العملاء المحتملون (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="143"/>
        <source>Search: %1 (%2)</source>
        <translation>بحث: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="152"/>
        <source>Favourites</source>
        <translation>المفضلة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="159"/>
        <source>Recently viewed</source>
        <translation>المعروضة مؤخرًا</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="188"/>
        <source>Show this contact</source>
        <translation>عرض جهة الاتصال هذه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="226"/>
        <source>&amp;Rename Smart Folder…</source>
        <translation>إ&amp;عادة تسمية المجلد الذكي…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="227"/>
        <source>Re&amp;move Smart Folder</source>
        <translation>إ&amp;زالة المجلد الذكي</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="75"/>
        <source>Import contacts</source>
        <translation>استيراد جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="79"/>
        <source>Contacts, calendars and e-mails (*.vcf *.vcard *.csv *.txt *.ics *.eml *.mbox *.msg)</source>
        <translation>جهات الاتصال والتقويمات ورسائل البريد الإلكتروني (*.vcf *.vcard *.csv *.txt *.ics *.eml *.mbox *.msg)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="84"/>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation>ملفات vCard (*.vcf *.vcard)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="85"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>ملفات CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="86"/>
        <location filename="../../crm_desktop/gui/import_export.py" line="355"/>
        <source>iCalendar files (*.ics)</source>
        <translation>ملفات iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="87"/>
        <source>E-mail files (*.eml *.mbox *.msg)</source>
        <translation>ملفات البريد الإلكتروني (*.eml *.mbox *.msg)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="88"/>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="190"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="213"/>
        <source>%1 cards so far…</source>
        <translation>البطاقات حتى الآن: %1…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="225"/>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="227"/>
        <source>The operation stopped on an unexpected error and nothing was changed. Please report it with these details:

%1</source>
        <translation>توقفت العملية بسبب خطأ غير متوقع ولم يتغير شيء. يُرجى الإبلاغ عنه مع هذه التفاصيل:

%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="240"/>
        <source>Cancelled</source>
        <translation>أُلغيت العملية</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="241"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>أُلغيت العملية: لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="264"/>
        <source>Imported %1, merged %2, skipped %3; %4 could not be read.</source>
        <translation>المستورَدة: %1، المدموجة: %2، المتخطاة: %3؛ المتعذرة قراءتها: %4.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="286"/>
        <source>Import finished</source>
        <translation>اكتمل الاستيراد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="291"/>
        <source>%1, line %2: %3</source>
        <translation>%1، السطر %2: %3</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="292"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="293"/>
        <source>%1, line %2: %3 merged into %4</source>
        <translation>%1، السطر %2: دُمجت %3 في %4</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="294"/>
        <source>%1, line %2: %3 is perhaps %4</source>
        <translation>%1، السطر %2: قد تكون %3 هي %4</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="354"/>
        <source>activities.ics</source>
        <translation>activities.ics</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="364"/>
        <source>Export contacts</source>
        <translation>تصدير جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="360"/>
        <source>contacts.vcf</source>
        <translation>contacts.vcf</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="357"/>
        <source>contacts.csv</source>
        <translation>contacts.csv</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="361"/>
        <source>vCard files (*.vcf)</source>
        <translation>ملفات vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="358"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="407"/>
        <source>Exporting contacts…</source>
        <translation>جارٍ تصدير جهات الاتصال…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="414"/>
        <source>%1 events and to-dos exported.</source>
        <translation>الأحداث والمهام المُصدَّرة: %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="424"/>
        <source>%1 cards exported.</source>
        <translation>البطاقات المُصدَّرة: %1.</translation>
    </message>
</context>
<context>
    <name>MatchReasons</name>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="13"/>
        <source>same card identifier</source>
        <translation>المعرّف نفسه للبطاقة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="14"/>
        <source>same e-mail address</source>
        <translation>عنوان البريد الإلكتروني نفسه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="15"/>
        <source>same phone number</source>
        <translation>رقم الهاتف نفسه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="16"/>
        <source>same website</source>
        <translation>الموقع الإلكتروني نفسه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="17"/>
        <source>same name</source>
        <translation>الاسم نفسه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="18"/>
        <source>same name in another alphabet</source>
        <translation>الاسم نفسه بأبجدية أخرى</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="19"/>
        <source>similar name</source>
        <translation>اسم مشابه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="20"/>
        <source>one has no name</source>
        <translation>أحدها بلا اسم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="21"/>
        <source>none has a name</source>
        <translation>لا يحمل أيٌّ منها اسمًا</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="22"/>
        <source>same account</source>
        <translation>الحساب نفسه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="23"/>
        <source>different names</source>
        <translation>أسماء مختلفة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="24"/>
        <source>a value others share too</source>
        <translation>قيمة يشترك فيها آخرون أيضًا</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="25"/>
        <source>different companies</source>
        <translation>شركتان مختلفتان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="26"/>
        <source>every value already there</source>
        <translation>كل قيمه موجودة بالفعل</translation>
    </message>
</context>
<context>
    <name>MergeChoiceModel</name>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="46"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="47"/>
        <source>Organization</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="48"/>
        <source>Job title</source>
        <translation>المسمّى الوظيفي</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="49"/>
        <source>Department</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="50"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="51"/>
        <source>Nickname</source>
        <translation>اللقب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="52"/>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="53"/>
        <source>Anniversary</source>
        <translation>الذكرى السنوية</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="54"/>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="55"/>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="56"/>
        <source>Keep in touch (days)</source>
        <translation>التواصل كل (أيام)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="63"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="64"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="65"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="66"/>
        <source>Web page</source>
        <translation>صفحة الويب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="67"/>
        <source>Instant messaging</source>
        <translation>المراسلة الفورية</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="68"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="69"/>
        <source>Custom field</source>
        <translation>حقل مخصص</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="70"/>
        <source>vCard property</source>
        <translation>خاصية vCard</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="71"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="187"/>
        <source>a photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="262"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="264"/>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="268"/>
        <source>%1 (kept)</source>
        <translation>%1 (المحتفَظ به)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="308"/>
        <source>Uncheck to leave this value out</source>
        <translation>ألغِ التحديد لاستبعاد هذه القيمة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="311"/>
        <source>Check the value to keep</source>
        <translation>حدِّد القيمة التي يُحتفَظ بها</translation>
    </message>
</context>
<context>
    <name>NextActivity</name>
    <message>
        <location filename="../../crm_desktop/gui/next_activity.py" line="23"/>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
</context>
<context>
    <name>NoDisplay</name>
    <message>
        <location filename="../../crm_desktop/gui/no_display.py" line="61"/>
        <source>no display: the window cannot be shown here; set DISPLAY (or WAYLAND_DISPLAY), or use the command line (crm-desktop --help)</source>
        <translation>لا توجد شاشة عرض: لا يمكن إظهار النافذة هنا؛ عيّن ⁦DISPLAY⁩ (أو ⁦WAYLAND_DISPLAY⁩)، أو استخدم سطر الأوامر (⁦crm-desktop --help⁩)</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/board.py" line="429"/>
        <source>Pipeline</source>
        <translation>مسار المبيعات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/board.py" line="430"/>
        <source>Won
(drop a deal here)</source>
        <translation>مكسوبة
(أفلت الفرصة هنا)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/board.py" line="431"/>
        <source>Lost
(drop a deal here)</source>
        <translation>خاسرة
(أفلت الفرصة هنا)</translation>
    </message>
</context>
<context>
    <name>PipelineFilters</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="151"/>
        <source>Any close date</source>
        <translation>أي تاريخ إغلاق</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="152"/>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="153"/>
        <source>Closing this month</source>
        <translation>تُغلق هذا الشهر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="154"/>
        <source>Closing next month</source>
        <translation>تُغلق الشهر القادم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="155"/>
        <source>Closing this quarter</source>
        <translation>تُغلق هذا الربع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="156"/>
        <source>Closing in the next 90 days</source>
        <translation>تُغلق خلال الأيام التسعين القادمة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="157"/>
        <source>Closing this year</source>
        <translation>تُغلق هذا العام</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="167"/>
        <source>C&amp;lose:</source>
        <translation>الإ&amp;غلاق:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="167"/>
        <source>Account cate&amp;gory:</source>
        <translation>&amp;فئة الحساب:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="176"/>
        <source>Li&amp;st</source>
        <translation>&amp;قائمة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="168"/>
        <source>&amp;Amount from:</source>
        <translation>المب&amp;لغ من:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="170"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="172"/>
        <source>any</source>
        <translation>أي</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="177"/>
        <source>Show the deals as a sortable list instead of the board</source>
        <translation>عرض الفرص كقائمة قابلة للفرز بدلًا من اللوحة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="185"/>
        <source>All accounts</source>
        <translation>كل الحسابات</translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_view.py" line="129"/>
        <source>&amp;New deal…</source>
        <translation>فر&amp;صة جديدة…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_view.py" line="130"/>
        <source>Deals</source>
        <translation>فرص البيع</translation>
    </message>
</context>
<context>
    <name>PreferenceFields</name>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="117"/>
        <source>Calendar:</source>
        <translation>التقويم:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="117"/>
        <source>Colours:</source>
        <translation>الألوان:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="117"/>
        <source>Default currency:</source>
        <translation>العملة الافتراضية:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="118"/>
        <source>Region for phone numbers:</source>
        <translation>المنطقة لأرقام الهواتف:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="118"/>
        <source>Keep in touch with new contacts:</source>
        <translation>البقاء على اتصال بجهات الاتصال الجديدة:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="119"/>
        <source>Remind of new activities:</source>
        <translation>التذكير بالأنشطة الجديدة:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="119"/>
        <source>Automatic backups kept:</source>
        <translation>النسخ الاحتياطية التلقائية المحفوظة:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="120"/>
        <source>Folder for Back up now:</source>
        <translation>مجلد «نسخ احتياطي الآن»:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="120"/>
        <source>Sync every:</source>
        <translation>المزامنة كل:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="126"/>
        <source>As the system</source>
        <translation>كما في النظام</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="126"/>
        <source>Light</source>
        <translation>فاتحة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="127"/>
        <source>Dark</source>
        <translation>داكنة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="131"/>
        <source>The region&apos;s (%1)</source>
        <translation>عملة المنطقة (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="134"/>
        <source>The language&apos;s (%1)</source>
        <translation>منطقة اللغة (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="135"/>
        <source>not kept in touch</source>
        <translation>بلا متابعة دورية</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="136"/>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="137"/>
        <source>no reminder</source>
        <translation>بلا تذكير</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="138"/>
        <source> min before</source>
        <translation> دقيقة قبل الموعد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="139"/>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="140"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="141"/>
        <source>Beside the database, with the others</source>
        <translation>بجانب قاعدة البيانات، مع النسخ الأخرى</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="142"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="147"/>
        <source>Folder for backups</source>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/preferences_dialog.py" line="110"/>
        <source>System default (%1)</source>
        <translation>لغة النظام (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="14"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="25"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="35"/>
        <source>Language of CRM Desktop</source>
        <translation>لغة CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="42"/>
        <source>Your e-mail &amp;addresses:</source>
        <translation>&amp;عناوين بريدك الإلكتروني:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="52"/>
        <source>Your own e-mail addresses, separated by commas</source>
        <translation>عناوين بريدك الإلكتروني، مفصولة بفواصل</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="55"/>
        <source>you@example.com, you@work.example</source>
        <translation>you@example.com, you@work.example</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="62"/>
        <source>Your &amp;postal address:</source>
        <translation>عنوانك ال&amp;بريدي:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="72"/>
        <source>Your own postal address, line by line: the sender on envelopes</source>
        <translation>عنوانك البريدي، سطرًا بسطر: المرسل على المظاريف</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="78"/>
        <source>The sender on envelopes, line by line</source>
        <translation>المرسل على المظاريف، سطرًا بسطر</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="87"/>
        <source>CRM Desktop speaks the language of the system unless you choose another here. The windows change at once; a message already on screen keeps its words until it is shown again. An imported e-mail sent from one of your own addresses is logged as sent, any other as received.</source>
        <translation>يستخدم CRM Desktop لغة النظام ما لم تختر لغة أخرى هنا. تتغير النوافذ فورًا؛ وتحتفظ الرسالة المعروضة بكلماتها إلى أن تُعرض مرة أخرى. تُسجَّل رسالة البريد الإلكتروني المستوردة المرسلة من أحد عناوينك كرسالة مرسلة، وأي رسالة أخرى كرسالة مستلمة.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="39"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="123"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="170"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="40"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="117"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="41"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="42"/>
        <source>Probability</source>
        <translation>الاحتمال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="43"/>
        <source>Close</source>
        <translation>الإغلاق</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="54"/>
        <source>Sum: %1 · Weighted: %2</source>
        <translation>المجموع: %1 · المرجّح: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="63"/>
        <source>%1 (overdue)</source>
        <translation>%1 (متأخرة)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="75"/>
        <source>Pipeline</source>
        <translation>مسار المبيعات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="88"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="87"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="105"/>
        <source>Timeline</source>
        <translation>المخطط الزمني</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="92"/>
        <source>&amp;Print</source>
        <translation>&amp;طباعة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="93"/>
        <source>Export P&amp;DF</source>
        <translation>تصدير P&amp;DF</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="95"/>
        <source>This &amp;view…</source>
        <translation>هذا ال&amp;عرض…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="97"/>
        <source>The list, the pipeline or the report shown</source>
        <translation>القائمة أو مسار المبيعات أو التقرير المعروض</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="100"/>
        <source>&amp;Selected contacts only…</source>
        <translation>&amp;جهات الاتصال المحددة فقط…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="102"/>
        <source>Only the contacts selected in the list, with its columns</source>
        <translation>جهات الاتصال المحددة في القائمة فقط، مع أعمدتها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="107"/>
        <source>The selected &amp;card…</source>
        <translation>ال&amp;بطاقة المحددة…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="109"/>
        <source>The selected contact, account or deal with its timeline</source>
        <translation>جهة الاتصال أو الحساب أو الفرصة المحددة مع مخططها الزمني</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="114"/>
        <source>Print &amp;Labels…</source>
        <translation>طباعة ال&amp;ملصقات…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="116"/>
        <source>The selected contacts&apos; addresses (or those the list shows) on labels or envelopes</source>
        <translation>عناوين جهات الاتصال المحددة (أو التي تعرضها القائمة) على ملصقات أو مظاريف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="61"/>
        <source>%1 records</source>
        <translation>السجلات: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="85"/>
        <source>Nothing recorded yet.</source>
        <translation>لم يُسجّل شيء بعد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="100"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="101"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="102"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="103"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="124"/>
        <source>Department</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="125"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="155"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="126"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="152"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="128"/>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="131"/>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="148"/>
        <source>Website</source>
        <translation>موقع الويب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="149"/>
        <source>Industry</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="164"/>
        <source>Contacts (%1)</source>
        <translation>جهات الاتصال (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="169"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/label_painting.py" line="223"/>
        <location filename="../../crm_desktop/gui/printing.py" line="147"/>
        <source>The PDF could not be written.</source>
        <translation>تعذّرت كتابة ملف PDF.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/printing.py" line="164"/>
        <source>Print %1</source>
        <translation>طباعة %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/printing.py" line="176"/>
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/printing.py" line="178"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_print_documents.py" line="50"/>
        <source>%1 (selected contacts)</source>
        <translation>%1 (جهات الاتصال المحددة)</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/relation_dialog.py" line="88"/>
        <source>%1 (account)</source>
        <translation>%1 (حساب)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relation_dialog.py" line="91"/>
        <source>Add Relationship</source>
        <translation>إضافة علاقة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relation_dialog.py" line="92"/>
        <source>&amp;Relationship:</source>
        <translation>ال&amp;علاقة:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relation_dialog.py" line="93"/>
        <source>&amp;Person:</source>
        <translation>ال&amp;شخص:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relation_dialog.py" line="114"/>
        <source>Choose one of your contacts.</source>
        <translation>اختر إحدى جهات الاتصال لديك.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relation_dialog.py" line="118"/>
        <source>No contact or account has this name: it is kept as a name.</source>
        <translation>لا توجد جهة اتصال أو حساب بهذا الاسم: سيُحفظ كاسم فقط.</translation>
    </message>
</context>
<context>
    <name>RelationsBox</name>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="47"/>
        <source>Add Relationship</source>
        <translation>إضافة علاقة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="72"/>
        <source>Remove Relationship</source>
        <translation>إزالة علاقة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="151"/>
        <source>Relationships</source>
        <translation>العلاقات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="158"/>
        <source>Add Relationship…</source>
        <translation>إضافة علاقة…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="161"/>
        <source>Relationship Types…</source>
        <translation>أنواع العلاقات…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="202"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="217"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="218"/>
        <source>Remove this relationship</source>
        <translation>إزالة هذه العلاقة</translation>
    </message>
</context>
<context>
    <name>RelationshipTypes</name>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="13"/>
        <source>Spouse</source>
        <translation>الزوج/الزوجة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="14"/>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="15"/>
        <source>Manager</source>
        <translation>المدير</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="16"/>
        <source>Direct report</source>
        <translation>مرؤوس مباشر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="17"/>
        <source>Assistant</source>
        <translation>المساعد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="18"/>
        <source>Assistant to</source>
        <translation>مساعد لـ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="19"/>
        <source>Referred by</source>
        <translation>بإحالة من</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="20"/>
        <source>Referred</source>
        <translation>أحال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="21"/>
        <source>Colleague</source>
        <translation>زميل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="22"/>
        <source>Former employee of</source>
        <translation>موظف سابق لدى</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="23"/>
        <source>Former employer of</source>
        <translation>صاحب العمل السابق لـ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="24"/>
        <source>Parent</source>
        <translation>أحد الوالدين</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="25"/>
        <source>Child</source>
        <translation>الابن/الابنة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="26"/>
        <source>Sibling</source>
        <translation>الأخ/الأخت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="27"/>
        <source>Friend</source>
        <translation>صديق</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="28"/>
        <source>Related</source>
        <translation>ذو صلة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="29"/>
        <source>Mother</source>
        <translation>الأم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="30"/>
        <source>Father</source>
        <translation>الأب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="31"/>
        <source>Brother</source>
        <translation>الأخ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="32"/>
        <source>Sister</source>
        <translation>الأخت</translation>
    </message>
</context>
<context>
    <name>RelationshipTypesDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="113"/>
        <source>Relationship Types</source>
        <translation>أنواع العلاقات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="114"/>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="115"/>
        <source>&amp;Rename…</source>
        <translation>إعادة ت&amp;سمية…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="116"/>
        <source>Re&amp;move</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="136"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <location filename="../../crm_desktop/gui/reminders.py" line="83"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reminders.py" line="98"/>
        <source>Reminder</source>
        <translation>تذكير</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reminders.py" line="103"/>
        <source>Reminder: %1</source>
        <translation>تذكير: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reminders.py" line="103"/>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
</context>
<context>
    <name>RepeatSection</name>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="178"/>
        <source>Does not repeat</source>
        <translation>لا يتكرر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="179"/>
        <source>Daily</source>
        <translation>يوميًا</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="180"/>
        <source>Weekly</source>
        <translation>أسبوعيًا</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="181"/>
        <source>Monthly</source>
        <translation>شهريًا</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="182"/>
        <source>Yearly</source>
        <translation>سنويًا</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="183"/>
        <source>As imported</source>
        <translation>كما استُورد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="188"/>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="189"/>
        <source>On date</source>
        <translation>في تاريخ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="190"/>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="194"/>
        <source>every</source>
        <translation>كل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="195"/>
        <source>Ends:</source>
        <translation>ينتهي:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="196"/>
        <source> occurrence(s)</source>
        <translation> مرة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="201"/>
        <source>On the first %1 of the month</source>
        <translation>في أول %1 من الشهر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="202"/>
        <source>On the second %1 of the month</source>
        <translation>في ثاني %1 من الشهر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="203"/>
        <source>On the third %1 of the month</source>
        <translation>في ثالث %1 من الشهر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="204"/>
        <source>On the fourth %1 of the month</source>
        <translation>في رابع %1 من الشهر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="205"/>
        <source>On the last %1 of the month</source>
        <translation>في آخر %1 من الشهر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="211"/>
        <source>On day %1 of the month</source>
        <translation>في اليوم %1 من الشهر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="216"/>
        <source>Repeats by a rule from another calendar: %1</source>
        <translation>يتكرر وفق قاعدة من تقويم آخر: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="225"/>
        <source>day(s)</source>
        <translation>يوم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="226"/>
        <source>week(s)</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="227"/>
        <source>month(s)</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="228"/>
        <source>year(s)</source>
        <translation>سنة</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="46"/>
        <source>Pipeline by stage</source>
        <translation>مسار المبيعات حسب المرحلة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="47"/>
        <source>Forecast by month of expected close</source>
        <translation>التوقعات حسب شهر الإغلاق المتوقع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="50"/>
        <source>Won and lost by month</source>
        <translation>المكسوب والخاسر حسب الشهر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="51"/>
        <source>Activities done by kind and week</source>
        <translation>الأنشطة المنجزة حسب النوع والأسبوع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="54"/>
        <source>Purchase history by account and year</source>
        <translation>سجل المشتريات حسب الحساب والسنة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="57"/>
        <source>Referrals: who sends you business</source>
        <translation>الإحالات: من يجلب لك الأعمال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="102"/>
        <source>No close date</source>
        <translation>بلا تاريخ إغلاق</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="146"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="171"/>
        <source>Sum</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="150"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="172"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="193"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="217"/>
        <source>Weighted</source>
        <translation>المرجّح</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="168"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="169"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="215"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="269"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="355"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="395"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="170"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="216"/>
        <source>Deals</source>
        <translation>الفرص</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="197"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="218"/>
        <source>Best case</source>
        <translation>أفضل حالة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="214"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="268"/>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="239"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="270"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="374"/>
        <source>Won</source>
        <translation>المكسوبة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="243"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="272"/>
        <source>Lost</source>
        <translation>الخاسرة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="271"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="397"/>
        <source>Won amount</source>
        <translation>المبلغ المكسوب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="273"/>
        <source>Lost amount</source>
        <translation>المبلغ الخاسر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="274"/>
        <source>Win rate</source>
        <translation>معدل الفوز</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="275"/>
        <source>Average days to close</source>
        <translation>متوسط الأيام حتى الإغلاق</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="289"/>
        <source>Week of %1</source>
        <translation>أسبوع %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="308"/>
        <source>Week</source>
        <translation>الأسبوع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="309"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="310"/>
        <source>Done</source>
        <translation>المنجزة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="353"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="354"/>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="356"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="396"/>
        <source>Won deals</source>
        <translation>الفرص المكسوبة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="357"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="381"/>
        <source>None won</source>
        <translation>لا صفقات مكسوبة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="393"/>
        <source>Referrer</source>
        <translation>المُحيل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="394"/>
        <source>People referred</source>
        <translation>الأشخاص المُحالون</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../crm_desktop/gui/reports/reports_view.py" line="178"/>
        <source>Chart c&amp;urrency:</source>
        <translation>عم&amp;لة المخطط:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/reports_view.py" line="179"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
</context>
<context>
    <name>SalesText</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="21"/>
        <source>Prospecting</source>
        <translation>التنقيب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="22"/>
        <source>Qualification</source>
        <translation>التأهيل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="23"/>
        <source>Proposal</source>
        <translation>العرض</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="24"/>
        <source>Negotiation</source>
        <translation>التفاوض</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="26"/>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="27"/>
        <source>Won</source>
        <translation>مكسوبة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="28"/>
        <source>Lost</source>
        <translation>خاسرة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="30"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="31"/>
        <source>Contacted</source>
        <translation>تم التواصل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="32"/>
        <source>Qualified</source>
        <translation>مؤهَّل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="33"/>
        <source>Disqualified</source>
        <translation>مستبعَد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="35"/>
        <source>Referral</source>
        <translation>إحالة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="36"/>
        <source>Web</source>
        <translation>الويب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="37"/>
        <source>Trade show</source>
        <translation>معرض تجاري</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="38"/>
        <source>Campaign</source>
        <translation>حملة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="39"/>
        <source>Partner</source>
        <translation>شريك</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="40"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="42"/>
        <source>Decision maker</source>
        <translation>صانع القرار</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="43"/>
        <source>Influencer</source>
        <translation>مؤثّر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="44"/>
        <source>User</source>
        <translation>مستخدم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="45"/>
        <source>Technical</source>
        <translation>فني</translation>
    </message>
</context>
<context>
    <name>SearchMatch</name>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="21"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="22"/>
        <source>Title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="23"/>
        <source>Department</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="24"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="25"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="26"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="27"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="28"/>
        <source>Web page</source>
        <translation>صفحة الويب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="29"/>
        <source>Custom field</source>
        <translation>حقل مخصص</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="30"/>
        <source>Other vCard field</source>
        <translation>حقل vCard آخر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="31"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="32"/>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="43"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SeriesScope</name>
    <message>
        <location filename="../../crm_desktop/gui/series_scope.py" line="25"/>
        <source>Delete repeating activity</source>
        <translation>حذف نشاط متكرر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/series_scope.py" line="27"/>
        <source>Edit repeating activity</source>
        <translation>تحرير نشاط متكرر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/series_scope.py" line="30"/>
        <source>“%1” repeats. Delete only this occurrence, or every one in the series?</source>
        <translation>«%1» نشاط متكرر. هل تريد حذف هذا التكرار فقط أم كل تكرارات السلسلة؟</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/series_scope.py" line="34"/>
        <source>“%1” repeats. Change only this occurrence, or every one in the series?</source>
        <translation>«%1» نشاط متكرر. هل تريد تغيير هذا التكرار فقط أم كل تكرارات السلسلة؟</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/series_scope.py" line="43"/>
        <source>Only &amp;this one</source>
        <translation>هذا ال&amp;تكرار فقط</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/series_scope.py" line="44"/>
        <source>&amp;All in the series</source>
        <translation>&amp;كل تكرارات السلسلة</translation>
    </message>
</context>
<context>
    <name>SetFieldDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="68"/>
        <source>Set Field</source>
        <translation>تعيين حقل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="72"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="72"/>
        <source>Keep in touch every</source>
        <translation>المتابعة كل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="73"/>
        <source>Lead status</source>
        <translation>حالة العميل المتوقع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="73"/>
        <source>Custom field</source>
        <translation>حقل مخصص</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="75"/>
        <source>&amp;Field:</source>
        <translation>ال&amp;حقل:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="84"/>
        <source>Never (cleared)</source>
        <translation>أبدًا (مُمسوح)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="85"/>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="97"/>
        <source>&amp;Label:</source>
        <translation>الت&amp;سمية:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="98"/>
        <source>&amp;Value:</source>
        <translation>ال&amp;قيمة:</translation>
    </message>
</context>
<context>
    <name>SmartFolderActions</name>
    <message>
        <location filename="../../crm_desktop/gui/smart_folder_actions.py" line="56"/>
        <source>Save Search as Smart Folder</source>
        <translation>حفظ البحث كمجلد ذكي</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/smart_folder_actions.py" line="57"/>
        <source>Name of the smart folder:</source>
        <translation>اسم المجلد الذكي:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/smart_folder_actions.py" line="78"/>
        <source>Rename Smart Folder</source>
        <translation>إعادة تسمية المجلد الذكي</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/smart_folder_actions.py" line="78"/>
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/smart_folder_actions.py" line="91"/>
        <source>Remove Smart Folder</source>
        <translation>إزالة المجلد الذكي</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/smart_folder_actions.py" line="92"/>
        <source>Remove the smart folder “%1”? The contacts it shows stay.</source>
        <translation>هل تريد إزالة المجلد الذكي «%1»؟ تبقى جهات الاتصال التي يعرضها.</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/board.py" line="124"/>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/board.py" line="131"/>
        <source>Sum: %1
Weighted: %2</source>
        <translation>المجموع: %1
المرجّح: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/board.py" line="134"/>
        <source>No deals</source>
        <translation>لا فرص</translation>
    </message>
</context>
<context>
    <name>StartupDialogs</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="36"/>
        <source>The newest good backup was made on %1 and holds %Ln contact(s).</source>
        <translation>
            <numerusform>أُنشئت أحدث نسخة احتياطية سليمة في %1 ولا تحتوي على جهات اتصال.</numerusform>
            <numerusform>أُنشئت أحدث نسخة احتياطية سليمة في %1 وتحتوي على جهة اتصال واحدة.</numerusform>
            <numerusform>أُنشئت أحدث نسخة احتياطية سليمة في %1 وتحتوي على جهتي اتصال.</numerusform>
            <numerusform>أُنشئت أحدث نسخة احتياطية سليمة في %1 وتحتوي على %Ln جهات اتصال.</numerusform>
            <numerusform>أُنشئت أحدث نسخة احتياطية سليمة في %1 وتحتوي على %Ln جهة اتصال.</numerusform>
            <numerusform>أُنشئت أحدث نسخة احتياطية سليمة في %1 وتحتوي على %Ln جهة اتصال.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="44"/>
        <source>The database %1 is damaged and cannot be opened.</source>
        <translation>قاعدة البيانات %1 تالفة ولا يمكن فتحها.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="48"/>
        <source>It has not been changed.</source>
        <translation>لم يُغيَّر فيها شيء.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="54"/>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="82"/>
        <source>The database is damaged</source>
        <translation>قاعدة البيانات تالفة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="57"/>
        <source>No backup of it was found. Keep the file: a copy of it may still be repaired. CRM Desktop will now quit.</source>
        <translation>لم يُعثر على نسخة احتياطية منها. احتفظ بالملف: فقد يمكن إصلاح نسخة منه. سيُغلق CRM Desktop الآن.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="69"/>
        <source>The newest good backup was made on %1.</source>
        <translation>أُنشئت أحدث نسخة احتياطية سليمة في %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="74"/>
        <source>Restore it? The damaged file is kept beside it under another name; what changed since the backup is not in it.</source>
        <translation>أتريد استعادتها؟ يُحتفظ بالملف التالف في المجلد نفسه باسم آخر؛ وما تغيّر بعد إنشاء النسخة الاحتياطية ليس فيها.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="88"/>
        <source>&amp;Restore the backup</source>
        <translation>&amp;استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="91"/>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
</context>
<context>
    <name>SyncAccountsDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="87"/>
        <source>Sync Accounts</source>
        <translation>حسابات المزامنة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="90"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="90"/>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="90"/>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="90"/>
        <source>Last sync</source>
        <translation>آخر مزامنة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="96"/>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="97"/>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="98"/>
        <source>&amp;Sync Now</source>
        <translation>&amp;مزامنة الآن</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="108"/>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="164"/>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="109"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="115"/>
        <source>Sync &amp;every:</source>
        <translation>المزامنة &amp;كل:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="118"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="118"/>
        <source>Fields</source>
        <translation>الحقول</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="118"/>
        <source>Server&apos;s version</source>
        <translation>نسخة الخادم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="123"/>
        <source>Keep &amp;Mine</source>
        <translation>الاحتفاظ &amp;بنسختي</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="124"/>
        <source>Keep the Server&apos;s</source>
        <translation>الاحتفاظ بنسخة الخادم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="131"/>
        <source>Changed on both sides</source>
        <translation>تغيّر في الجانبين</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="135"/>
        <source>The same field was changed here and on the server. Yours is kept until you choose; the server&apos;s version is kept here too.</source>
        <translation>تغيّر الحقل نفسه هنا وعلى الخادم. تُحفظ نسختك إلى أن تختار، وتُحفظ نسخة الخادم هنا أيضًا.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="163"/>
        <source>never synced</source>
        <translation>لم تتم المزامنة قط</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="204"/>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="208"/>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="214"/>
        <source>Add Sync Account</source>
        <translation>إضافة حساب مزامنة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="216"/>
        <source>No keyring is available on this system: the password was not kept, and will be asked for once each session.</source>
        <translation>لا تتوفر سلسلة مفاتيح على هذا النظام: لم تُحفظ كلمة المرور، وستُطلب مرة واحدة في كل جلسة.</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="79"/>
        <source>The server address cannot be used: %1</source>
        <translation>لا يمكن استخدام عنوان الخادم: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="80"/>
        <source>The server cannot be reached (offline?): %1</source>
        <translation>تعذّر الوصول إلى الخادم (هل أنت غير متصل؟): %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="81"/>
        <source>The server did not answer in time: %1</source>
        <translation>لم يستجب الخادم في الوقت المحدد: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="82"/>
        <source>The server&apos;s certificate could not be verified: %1</source>
        <translation>تعذّر التحقق من شهادة الخادم: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="83"/>
        <source>The server refused the user name or password: %1</source>
        <translation>رفض الخادم اسم المستخدم أو كلمة المرور: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="84"/>
        <source>The server does not allow this: %1</source>
        <translation>لا يسمح الخادم بهذا: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="85"/>
        <source>The server&apos;s copy changed meanwhile: %1</source>
        <translation>تغيّرت نسخة الخادم في الأثناء: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="86"/>
        <source>The server has no room left: %1</source>
        <translation>لم تعد هناك مساحة على الخادم: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="87"/>
        <source>The server has no such address: %1</source>
        <translation>لا يوجد هذا العنوان على الخادم: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="88"/>
        <source>The server offers no address book: %1</source>
        <translation>لا يوفّر الخادم أي دفتر عناوين: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="89"/>
        <source>No keyring is available to keep the password: %1</source>
        <translation>لا تتوفر سلسلة مفاتيح لحفظ كلمة المرور: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="90"/>
        <source>No password is known for this account: %1</source>
        <translation>لا توجد كلمة مرور معروفة لهذا الحساب: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="91"/>
        <source>The server&apos;s reply could not be used: %1</source>
        <translation>تعذّر استخدام ردّ الخادم: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="98"/>
        <source>%1: %2 sent, %3 received, %4 updated, %5 deleted</source>
        <translation>%1: أُرسل %2، واستُلم %3، وحُدّث %4، وحُذف %5</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="108"/>
        <source>Synced at %1</source>
        <translation>تمت المزامنة في %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="114"/>
        <source>contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="115"/>
        <source>activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/window_sync.py" line="118"/>
        <source>%n conflict(s) to resolve (File &gt; Sync Accounts)</source>
        <translation>
            <numerusform>لا تعارضات للحل (%n) (ملف &gt; حسابات المزامنة)</numerusform>
            <numerusform>تعارض واحد (%n) للحل (ملف &gt; حسابات المزامنة)</numerusform>
            <numerusform>تعارضان (%n) للحل (ملف &gt; حسابات المزامنة)</numerusform>
            <numerusform>%n تعارضات للحل (ملف &gt; حسابات المزامنة)</numerusform>
            <numerusform>%n تعارضًا للحل (ملف &gt; حسابات المزامنة)</numerusform>
            <numerusform>%n تعارض للحل (ملف &gt; حسابات المزامنة)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWarning</name>
    <message>
        <location filename="../../crm_desktop/gui/sync_warning.py" line="34"/>
        <source>The database is in a synced folder</source>
        <translation>قاعدة البيانات في مجلد متزامن</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_warning.py" line="35"/>
        <source>The database %1 is in a folder that %2 keeps in sync.</source>
        <translation>قاعدة البيانات %1 في مجلد يُبقيه %2 متزامنًا.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_warning.py" line="41"/>
        <source>Sync services copy the database while CRM Desktop writes to it, which can damage it or make conflicting copies. Keep the database in a folder that is not synced (start CRM Desktop with --db to choose one), and put exports or backups in the synced folder instead.</source>
        <translation>تنسخ خدمات المزامنة قاعدة البيانات أثناء كتابة CRM Desktop فيها، مما قد يتلفها أو ينشئ نسخًا متعارضة. احتفظ بقاعدة البيانات في مجلد غير متزامن (شغّل CRM Desktop مع الخيار ‎--db لاختيار مجلد)، وضع الملفات المُصدَّرة أو النسخ الاحتياطية في المجلد المتزامن بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_warning.py" line="52"/>
        <source>&amp;Don&apos;t show this again for this database</source>
        <translation>&amp;عدم إظهار هذا مرة أخرى لقاعدة البيانات هذه</translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_week.py" line="469"/>
        <source>+%Ln more</source>
        <translation>
            <numerusform>+%Ln أخرى</numerusform>
            <numerusform>+%Ln أخرى</numerusform>
            <numerusform>+%Ln أخرى</numerusform>
            <numerusform>+%Ln أخرى</numerusform>
            <numerusform>+%Ln أخرى</numerusform>
            <numerusform>+%Ln أخرى</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_week.py" line="508"/>
        <location filename="../../crm_desktop/gui/activity_week.py" line="510"/>
        <source>Earlier</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_week.py" line="509"/>
        <location filename="../../crm_desktop/gui/activity_week.py" line="511"/>
        <source>Later</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_week.py" line="512"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_week.py" line="513"/>
        <source>Activities by time of day</source>
        <translation>الأنشطة حسب وقت اليوم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_week.py" line="514"/>
        <source>Activities without a time of day</source>
        <translation>أنشطة بلا وقت محدد</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../crm_desktop/gui/timeline_model.py" line="74"/>
        <source>Sent</source>
        <translation>مرسلة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_model.py" line="76"/>
        <source>Received</source>
        <translation>مستلمة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_model.py" line="90"/>
        <source>Files: %1</source>
        <translation>الملفات: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_model.py" line="226"/>
        <source> pinned</source>
        <translation> مثبّتة</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="164"/>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="195"/>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="165"/>
        <source>Everything</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="167"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="168"/>
        <source>Calls</source>
        <translation>المكالمات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="169"/>
        <source>Emails</source>
        <translation>رسائل البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="170"/>
        <source>Letters</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="171"/>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="172"/>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="173"/>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="177"/>
        <source>Show only one kind</source>
        <translation>عرض نوع واحد فقط</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="179"/>
        <source>Log a call</source>
        <translation>تسجيل مكالمة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="180"/>
        <source>Add a note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="181"/>
        <source>Schedule a task</source>
        <translation>جدولة مهمة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="182"/>
        <source>Log an email</source>
        <translation>تسجيل بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="183"/>
        <source>Log a meeting</source>
        <translation>تسجيل اجتماع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="187"/>
        <source>&amp;Add</source>
        <translation>&amp;إضافة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="188"/>
        <source>New activity…</source>
        <translation>نشاط جديد…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="189"/>
        <source>When the task is due</source>
        <translation>موعد استحقاق المهمة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="190"/>
        <source>No deal</source>
        <translation>بلا فرصة بيع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="191"/>
        <source>The open deal this is about (its timeline shows it)</source>
        <translation>فرصة البيع المفتوحة التي يخصها هذا (يظهر في سجلها الزمني)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="192"/>
        <source>Deal</source>
        <translation>فرصة البيع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="194"/>
        <source>Nothing here yet.</source>
        <translation>لا شيء هنا بعد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="318"/>
        <source>What was said (Enter logs the call)</source>
        <translation>ما الذي قيل (اضغط Enter لتسجيل المكالمة)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="319"/>
        <source>Write a note (Enter adds it)</source>
        <translation>اكتب ملاحظة (اضغط Enter لإضافتها)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="320"/>
        <source>What to do (Enter schedules it)</source>
        <translation>ما المطلوب فعله (اضغط Enter لجدولته)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="321"/>
        <source>What the email was about (Enter logs it)</source>
        <translation>موضوع البريد الإلكتروني (اضغط Enter لتسجيله)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="322"/>
        <source>What the meeting was about (Enter logs it)</source>
        <translation>موضوع الاجتماع (اضغط Enter لتسجيله)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="381"/>
        <source>&amp;Edit…</source>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="384"/>
        <source>&amp;Unpin</source>
        <translation>إ&amp;لغاء التثبيت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="384"/>
        <source>&amp;Pin to the top</source>
        <translation>&amp;تثبيت في الأعلى</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="388"/>
        <source>Mark as &amp;done…</source>
        <translation>تمييز كم&amp;نجز…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="398"/>
        <source>Open %1</source>
        <translation>فتح %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="401"/>
        <source>Save %1 as…</source>
        <translation>حفظ %1 باسم…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="407"/>
        <source>Attach file…</source>
        <translation>إرفاق ملف…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="392"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="25"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>لا جهات اتصال</numerusform>
            <numerusform>جهة اتصال واحدة</numerusform>
            <numerusform>جهتا اتصال</numerusform>
            <numerusform>%Ln جهات اتصال</numerusform>
            <numerusform>%Ln جهة اتصال</numerusform>
            <numerusform>%Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="28"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>لا حسابات</numerusform>
            <numerusform>حساب واحد</numerusform>
            <numerusform>حسابان</numerusform>
            <numerusform>%Ln حسابات</numerusform>
            <numerusform>%Ln حسابًا</numerusform>
            <numerusform>%Ln حساب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="31"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>لا ملاحظات</numerusform>
            <numerusform>ملاحظة واحدة</numerusform>
            <numerusform>ملاحظتان</numerusform>
            <numerusform>%Ln ملاحظات</numerusform>
            <numerusform>%Ln ملاحظة</numerusform>
            <numerusform>%Ln ملاحظة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="34"/>
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>لا أنشطة</numerusform>
            <numerusform>نشاط واحد</numerusform>
            <numerusform>نشاطان</numerusform>
            <numerusform>%Ln أنشطة</numerusform>
            <numerusform>%Ln نشاطًا</numerusform>
            <numerusform>%Ln نشاط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="37"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln ملف</numerusform>
            <numerusform>%Ln ملف</numerusform>
            <numerusform>%Ln ملف</numerusform>
            <numerusform>%Ln ملفات</numerusform>
            <numerusform>%Ln ملفًا</numerusform>
            <numerusform>%Ln ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="40"/>
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln فرصة بيع</numerusform>
            <numerusform>%Ln فرصة بيع</numerusform>
            <numerusform>%Ln فرصتا بيع</numerusform>
            <numerusform>%Ln فرص بيع</numerusform>
            <numerusform>%Ln فرصة بيع</numerusform>
            <numerusform>%Ln فرصة بيع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="43"/>
        <source>Permanently delete the %Ln item(s) in the Trash?</source>
        <translation>
            <numerusform>أتريد حذف %Ln عنصر من سلة المحذوفات نهائيًا؟</numerusform>
            <numerusform>أتريد حذف العنصر الوحيد في سلة المحذوفات نهائيًا؟</numerusform>
            <numerusform>أتريد حذف العنصرين الموجودين في سلة المحذوفات نهائيًا؟</numerusform>
            <numerusform>أتريد حذف %Ln عناصر من سلة المحذوفات نهائيًا؟</numerusform>
            <numerusform>أتريد حذف %Ln عنصرًا من سلة المحذوفات نهائيًا؟</numerusform>
            <numerusform>أتريد حذف %Ln عنصر من سلة المحذوفات نهائيًا؟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash.py" line="57"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash.py" line="73"/>
        <location filename="../../crm_desktop/gui/trash.py" line="89"/>
        <source>Empty Trash</source>
        <translation>إفراغ سلة المحذوفات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash.py" line="74"/>
        <source>The Trash is already empty.</source>
        <translation>سلة المحذوفات فارغة بالفعل.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash.py" line="83"/>
        <source>This cannot be undone (a backup of the database is made first).</source>
        <translation>لا يمكن التراجع عن هذا (تُنشأ نسخة احتياطية من قاعدة البيانات أولًا).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash.py" line="91"/>
        <source>&amp;Empty Trash</source>
        <translation>إ&amp;فراغ سلة المحذوفات</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="129"/>
        <source>All kinds (%1)</source>
        <translation>كل الأنواع (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="130"/>
        <source>Contacts (%1)</source>
        <translation>جهات الاتصال (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="131"/>
        <source>Accounts (%1)</source>
        <translation>الحسابات (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="132"/>
        <source>Notes (%1)</source>
        <translation>الملاحظات (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="133"/>
        <source>Activities (%1)</source>
        <translation>الأنشطة (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="134"/>
        <source>Files (%1)</source>
        <translation>الملفات (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="135"/>
        <source>Deals (%1)</source>
        <translation>فرص البيع (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="190"/>
        <location filename="../../ui/trash_dialog.ui" line="98"/>
        <source>The Trash is empty.</source>
        <translation>سلة المحذوفات فارغة.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="192"/>
        <source>There is nothing of this kind in the Trash.</source>
        <translation>لا يوجد شيء من هذا النوع في سلة المحذوفات.</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="14"/>
        <source>Trash</source>
        <translation>سلة المحذوفات</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="20"/>
        <source>Deleted contacts, accounts, notes and activities stay here until you empty the Trash. Select some and click Restore to bring them back.</source>
        <translation>تبقى جهات الاتصال والحسابات والملاحظات والأنشطة المحذوفة هنا حتى تُفرغ سلة المحذوفات. حدّد بعضها وانقر «استعادة» لإرجاعها.</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="35"/>
        <source>&amp;Show:</source>
        <translation>&amp;عرض:</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="45"/>
        <source>Kind of record shown</source>
        <translation>نوع السجلات المعروضة</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="67"/>
        <source>Records in the Trash</source>
        <translation>السجلات في سلة المحذوفات</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="113"/>
        <source>Bring the selected records back from the Trash</source>
        <translation>إرجاع السجلات المحددة من سلة المحذوفات</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="116"/>
        <source>&amp;Restore</source>
        <translation>&amp;استعادة</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="123"/>
        <source>Delete for good everything in the Trash</source>
        <translation>حذف كل ما في سلة المحذوفات نهائيًا</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="126"/>
        <source>Empty &amp;Trash…</source>
        <translation>إ&amp;فراغ سلة المحذوفات…</translation>
    </message>
</context>
<context>
    <name>TrashTableModel</name>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="71"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="72"/>
        <source>Name or subject</source>
        <translation>الاسم أو الموضوع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="73"/>
        <source>Deleted on</source>
        <translation>تاريخ الحذف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="28"/>
        <source>Contact</source>
        <translation>جهة اتصال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="29"/>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="30"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="31"/>
        <source>Activity</source>
        <translation>نشاط</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="32"/>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="33"/>
        <source>Deal</source>
        <translation>فرصة بيع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="37"/>
        <source>Call</source>
        <translation>مكالمة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="38"/>
        <source>Email</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="39"/>
        <source>Letter</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="40"/>
        <source>Meeting</source>
        <translation>اجتماع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="41"/>
        <source>Task</source>
        <translation>مهمة</translation>
    </message>
</context>
<context>
    <name>TypeNamesDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="62"/>
        <source>Relationship Type</source>
        <translation>نوع العلاقة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="63"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="64"/>
        <source>&amp;Inverse (on the other card):</source>
        <translation>الع&amp;كسي (على البطاقة الأخرى):</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="67"/>
        <source>The same word</source>
        <translation>الكلمة نفسها</translation>
    </message>
</context>
<context>
    <name>UndoFeedback</name>
    <message>
        <location filename="../../crm_desktop/gui/undo_feedback.py" line="39"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/undo_feedback.py" line="40"/>
        <source>Bring back what was just deleted</source>
        <translation>استعادة ما حُذف للتو</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/undo_feedback.py" line="92"/>
        <source>%1 — Undo (%2)</source>
        <translation>%1 — تراجع (⁦%2⁩)</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="102"/>
        <source>Welcome to CRM Desktop</source>
        <translation>مرحبًا بك في CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="105"/>
        <source>There are no contacts yet. Bring in the ones you already have, or start with the first one.</source>
        <translation>لا توجد جهات اتصال بعد. استورد جهات الاتصال الموجودة لديك، أو ابدأ بأول جهة اتصال.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="111"/>
        <source>Import from Outlook…</source>
        <translation>استيراد من Outlook…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="113"/>
        <source>In Outlook: File &gt; Open &amp; Export &gt; Import/Export &gt; Export to a file &gt; Comma Separated Values. Outlook.com: People &gt; Manage contacts &gt; Export contacts.</source>
        <translation>في Outlook: ملف &gt; فتح وتصدير &gt; استيراد/تصدير &gt; تصدير إلى ملف &gt; قيم مفصولة بفواصل. في Outlook.com: الأشخاص &gt; إدارة جهات الاتصال &gt; تصدير جهات الاتصال.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="119"/>
        <source>Import from Google…</source>
        <translation>استيراد من Google…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="121"/>
        <source>At contacts.google.com: Export, then Google CSV or vCard. The file goes to your Downloads folder.</source>
        <translation>في contacts.google.com: تصدير، ثم Google CSV أو vCard. يُحفظ الملف في مجلد التنزيلات.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="126"/>
        <source>Import from a phone…</source>
        <translation>استيراد من هاتف…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="128"/>
        <source>Android: Contacts &gt; Fix &amp; manage &gt; Export to file (a .vcf file). iPhone: at icloud.com/contacts select all, then Export vCard.</source>
        <translation>‏Android: جهات الاتصال &gt; الإصلاح والإدارة &gt; تصدير إلى ملف (ملف ‎.vcf). iPhone: في icloud.com/contacts حدّد الكل، ثم تصدير vCard.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="133"/>
        <source>Import a CSV file…</source>
        <translation>استيراد ملف CSV…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="135"/>
        <source>Any other program or spreadsheet: save the list as CSV; you then say which column holds what.</source>
        <translation>أي برنامج آخر أو جدول بيانات: احفظ القائمة بتنسيق CSV؛ ثم تحدّد ما يحتويه كل عمود.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="139"/>
        <source>Add a contact…</source>
        <translation>إضافة جهة اتصال…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="139"/>
        <source>Type in the first one yourself.</source>
        <translation>اكتب أول جهة اتصال بنفسك.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="141"/>
        <source>Open the demo</source>
        <translation>فتح العرض التوضيحي</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="143"/>
        <source>A separate window with sample contacts, accounts and activities, to look around in. Nothing of it is added to your own database.</source>
        <translation>نافذة مستقلة تضم جهات اتصال وحسابات وأنشطة نموذجية للاستكشاف. لا يُضاف شيء منها إلى قاعدة بياناتك.</translation>
    </message>
</context>
<context>
    <name>WindowSchedule</name>
    <message>
        <location filename="../../crm_desktop/gui/window_schedule.py" line="79"/>
        <source>Overdue activities: %1</source>
        <translation>الأنشطة المتأخرة: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_schedule.py" line="68"/>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
</context>
<context>
    <name>WindowSync</name>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="169"/>
        <source>&amp;Sync Now</source>
        <translation>م&amp;زامنة الآن</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="171"/>
        <source>Sync with your CardDAV/CalDAV servers (%1)</source>
        <translation>المزامنة مع خوادم CardDAV/CalDAV لديك (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="175"/>
        <source>S&amp;ync Accounts…</source>
        <translation>حسابا&amp;ت المزامنة…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="199"/>
        <source>Last sync: %1</source>
        <translation>آخر مزامنة: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="234"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="236"/>
        <source>No keyring keeps the password of %1 (%2). Password:</source>
        <translation>لا توجد سلسلة مفاتيح تحفظ كلمة مرور %1 (%2). كلمة المرور:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="288"/>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
</context>
<context>
    <name>WindowViews</name>
    <message>
        <location filename="../../crm_desktop/gui/window_views.py" line="126"/>
        <source>Search activities: subjects, details, places, people…</source>
        <translation>البحث في الأنشطة: الموضوعات والتفاصيل والأماكن والأشخاص…</translation>
    </message>
</context>
</TS>
