<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/about_dialog.py" line="29"/>
        <source>Version %1</source>
        <translation>نسخه %1</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="14"/>
        <source>About CRM Desktop</source>
        <translation>درباره CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="28"/>
        <source>CRM Desktop icon</source>
        <translation>نماد CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="37"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="62"/>
        <source>An offline-first personal CRM: your contacts, accounts, activities and notes, in one private file on your own disk.</source>
        <translation>یک CRM شخصی که پیش از هر چیز بدون اتصال به اینترنت کار می‌کند: مخاطبان، حساب‌ها، فعالیت‌ها و یادداشت‌های شما، در یک فایل خصوصی روی دیسک خودتان.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="74"/>
        <source>Database:</source>
        <translation>پایگاه داده:</translation>
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
        <translation>کارت حساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_card.py" line="88"/>
        <source>Select an account to see it here.</source>
        <translation>یک حساب را انتخاب کنید تا در اینجا نمایش داده شود.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_card.py" line="106"/>
        <location filename="../../crm_desktop/gui/account_card.py" line="110"/>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_card.py" line="120"/>
        <source>Contacts (%1)</source>
        <translation>مخاطبان (%1)</translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="53"/>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="53"/>
        <location filename="../../crm_desktop/gui/account_editor.py" line="54"/>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="54"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="56"/>
        <source>New account</source>
        <translation>حساب جدید</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="56"/>
        <location filename="../../ui/account_editor.ui" line="6"/>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="63"/>
        <source>Give the account a name.</source>
        <translation>برای حساب یک نام وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="67"/>
        <source>%1 is not a phone number.</source>
        <translation>«%1» شماره تلفن نیست.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="71"/>
        <source>%1 is not an email address.</source>
        <translation>«%1» نشانی ایمیل نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="10"/>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="12"/>
        <source>&amp;Website:</source>
        <translation>&amp;وب‌سایت:</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="13"/>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="14"/>
        <source>&amp;Industry:</source>
        <translation>&amp;صنعت:</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="18"/>
        <source>P&amp;hones:</source>
        <translation>&amp;تلفن‌ها:</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="22"/>
        <source>Add phone</source>
        <translation>افزودن تلفن</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="23"/>
        <source>Remove phone</source>
        <translation>حذف تلفن</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="27"/>
        <source>&amp;Emails:</source>
        <translation>&amp;ایمیل‌ها:</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="31"/>
        <source>Add email</source>
        <translation>افزودن ایمیل</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="32"/>
        <source>Remove email</source>
        <translation>حذف ایمیل</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="36"/>
        <source>N&amp;ote:</source>
        <translation>یاد&amp;داشت:</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <location filename="../../crm_desktop/gui/account_table_model.py" line="21"/>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_table_model.py" line="22"/>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_table_model.py" line="23"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_table_model.py" line="24"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_table_model.py" line="25"/>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
</context>
<context>
    <name>ActivitiesView</name>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="243"/>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="243"/>
        <source>Overdue</source>
        <translation>سررسیدگذشته</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="243"/>
        <source>Next 7 days</source>
        <translation>۷ روز آینده</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="244"/>
        <source>All open</source>
        <translation>همه موارد باز</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="244"/>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="247"/>
        <source>&amp;New activity…</source>
        <translation>فعالیت &amp;جدید…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="248"/>
        <source>Mark as d&amp;one…</source>
        <translation>علامت‌گذاری به‌عنوان &amp;انجام‌شده…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="249"/>
        <source>&amp;Edit…</source>
        <translation>ویرا&amp;یش…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="250"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="253"/>
        <source>Keeping in touch</source>
        <translation>در ارتباط ماندن</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="254"/>
        <source>Upcoming birthdays and anniversaries</source>
        <translation>زادروزها و سالگردهای پیش رو</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="255"/>
        <source>Activities</source>
        <translation>فعالیت‌ها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="256"/>
        <source>The day&apos;s activities</source>
        <translation>فعالیت‌های روز</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="257"/>
        <source>Drag an activity onto a day to move it there</source>
        <translation>برای جابه‌جا کردن یک فعالیت، آن را روی یک روز بکشید</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activities_view.py" line="314"/>
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>%Ln فعالیت</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="358"/>
        <source>Activities on %1: %2</source>
        <translation>%1 — فعالیت‌ها: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="387"/>
        <source>%1 — %2, anniversary</source>
        <translation>%1 — %2، سالگرد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activities_view.py" line="389"/>
        <source>%1 — %2, anniversary (%Ln year(s))</source>
        <translation>
            <numerusform>%1 — %2، سالگرد (%Ln سال)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="398"/>
        <source>%1 — never contacted</source>
        <translation>%1 — تاکنون تماسی گرفته نشده</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="401"/>
        <source>%1 — last contact %2</source>
        <translation>%1 — آخرین تماس: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="408"/>
        <source>No one is waiting to hear from you.</source>
        <translation>کسی منتظر تماس شما نیست.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="411"/>
        <source>today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="416"/>
        <source>%1 — %2, turns %3</source>
        <translation>%1 — %2، %3 ساله می‌شود</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="422"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="428"/>
        <source>No birthdays or anniversaries in the next %1 days.</source>
        <translation>در %1 روز آینده زادروز یا سالگردی نیست.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="531"/>
        <source>Mark as &amp;done…</source>
        <translation>علامت‌گذاری به‌عنوان &amp;انجام‌شده…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="534"/>
        <source>Move to &amp;tomorrow</source>
        <translation>انتقال به &amp;فردا</translation>
    </message>
</context>
<context>
    <name>ActivityActions</name>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="227"/>
        <source>Follow-up: </source>
        <translation>پیگیری: </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="242"/>
        <source>Call with %1</source>
        <translation>تماس با %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="244"/>
        <source>E-mail to %1</source>
        <translation>ایمیل به %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="361"/>
        <source>Edit note</source>
        <translation>ویرایش یادداشت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="362"/>
        <source>Note:</source>
        <translation>یادداشت:</translation>
    </message>
</context>
<context>
    <name>ActivityCommands</name>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="43"/>
        <source>Log call</source>
        <translation>ثبت تماس</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="44"/>
        <source>Log meeting</source>
        <translation>ثبت جلسه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="45"/>
        <source>Log e-mail</source>
        <translation>ثبت ایمیل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="46"/>
        <source>Log letter</source>
        <translation>ثبت نامه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="48"/>
        <source>Log task</source>
        <translation>ثبت کار</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="50"/>
        <source>New call</source>
        <translation>تماس جدید</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="51"/>
        <source>New meeting</source>
        <translation>جلسه جدید</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="52"/>
        <source>New e-mail</source>
        <translation>ایمیل جدید</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="53"/>
        <source>New letter</source>
        <translation>نامه جدید</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="55"/>
        <source>New task</source>
        <translation>کار جدید</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="63"/>
        <source>Cancel activity</source>
        <translation>لغو فعالیت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="64"/>
        <source>Reopen activity</source>
        <translation>بازگشایی فعالیت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="65"/>
        <source>Edit activity</source>
        <translation>ویرایش فعالیت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="68"/>
        <source>Mark done</source>
        <translation>علامت‌گذاری به‌عنوان انجام‌شده</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="71"/>
        <source>Reschedule activity</source>
        <translation>زمان‌بندی مجدد فعالیت</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_commands.py" line="75"/>
        <source>Delete %Ln activity(ies)</source>
        <translation>
            <numerusform>حذف %Ln فعالیت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_commands.py" line="77"/>
        <source>Delete %Ln note(s)</source>
        <translation>
            <numerusform>حذف %Ln یادداشت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_commands.py" line="78"/>
        <source>Delete %Ln item(s)</source>
        <translation>
            <numerusform>حذف %Ln مورد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_commands.py" line="83"/>
        <source>Deleted %Ln activity(ies)</source>
        <translation>
            <numerusform>%Ln فعالیت حذف شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_commands.py" line="85"/>
        <source>Deleted %Ln note(s)</source>
        <translation>
            <numerusform>%Ln یادداشت حذف شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_commands.py" line="86"/>
        <source>Deleted %Ln item(s)</source>
        <translation>
            <numerusform>%Ln مورد حذف شد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="89"/>
        <source>New note</source>
        <translation>یادداشت جدید</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="92"/>
        <source>Edit note</source>
        <translation>ویرایش یادداشت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="95"/>
        <source>Pin note</source>
        <translation>سنجاق کردن یادداشت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="95"/>
        <source>Unpin note</source>
        <translation>برداشتن سنجاق یادداشت</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../ui/activity_editor.ui" line="6"/>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="10"/>
        <source>&amp;Kind:</source>
        <translation>&amp;نوع:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="12"/>
        <source>S&amp;ubject:</source>
        <translation>مو&amp;ضوع:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="13"/>
        <source>What it is about</source>
        <translation>درباره چیست</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="14"/>
        <source>&amp;Starts:</source>
        <translation>&amp;شروع:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="15"/>
        <source>Start date and time</source>
        <translation>تاریخ و ساعت شروع</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="16"/>
        <source>&amp;Due:</source>
        <translation>&amp;سررسید:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="17"/>
        <source>Due date and time</source>
        <translation>تاریخ و ساعت سررسید</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="18"/>
        <source>Duratio&amp;n:</source>
        <translation>&amp;مدت:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="19"/>
        <source>Not set</source>
        <translation>تعیین نشده</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="19"/>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="20"/>
        <source>&amp;Location:</source>
        <translation>م&amp;کان:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="22"/>
        <source>&amp;Priority:</source>
        <translation>او&amp;لویت:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="24"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;وضعیت:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="26"/>
        <source>&amp;Outcome:</source>
        <translation>ن&amp;تیجه:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="27"/>
        <source>What came of it</source>
        <translation>چه نتیجه‌ای داشت</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="28"/>
        <source>Re&amp;minder:</source>
        <translation>&amp;یادآوری:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="30"/>
        <source>&amp;Regarding:</source>
        <translation>&amp;درباره:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="33"/>
        <source>Contacts it regards</source>
        <translation>مخاطبان مرتبط</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="36"/>
        <source>Type a name to add a contact</source>
        <translation>برای افزودن مخاطب، نامی را تایپ کنید</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="37"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="42"/>
        <source>&amp;Account:</source>
        <translation>حسا&amp;ب:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="44"/>
        <source>Deta&amp;ils:</source>
        <translation>&amp;جزئیات:</translation>
    </message>
</context>
<context>
    <name>ActivityEditorDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="156"/>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="167"/>
        <source>New activity</source>
        <translation>فعالیت جدید</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="231"/>
        <source>Follow-up</source>
        <translation>پیگیری</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="165"/>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="166"/>
        <source>R&amp;epeat:</source>
        <translation>تک&amp;رار:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="167"/>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="171"/>
        <source>No reminder</source>
        <translation>بدون یادآوری</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="173"/>
        <source>At the time</source>
        <translation>در همان زمان</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_editor.py" line="175"/>
        <source>%Ln day(s) before</source>
        <translation>
            <numerusform>%Ln روز قبل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_editor.py" line="177"/>
        <source>%Ln hour(s) before</source>
        <translation>
            <numerusform>%Ln ساعت قبل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_editor.py" line="178"/>
        <source>%Ln minute(s) before</source>
        <translation>
            <numerusform>%Ln دقیقه قبل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="259"/>
        <source>Give the activity a subject.</source>
        <translation>برای فعالیت یک موضوع وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="267"/>
        <source>A reminder needs a start or a due time.</source>
        <translation>یادآوری به زمان شروع یا سررسید نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="273"/>
        <source>A repeating activity needs a start or a due time.</source>
        <translation>فعالیت تکرارشونده به زمان شروع یا سررسید نیاز دارد.</translation>
    </message>
</context>
<context>
    <name>ActivityListModel</name>
    <message>
        <location filename="../../crm_desktop/gui/activity_list_model.py" line="57"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_list_model.py" line="58"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_list_model.py" line="59"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_list_model.py" line="60"/>
        <source>Regarding</source>
        <translation>درباره</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_list_model.py" line="61"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_list_model.py" line="62"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
</context>
<context>
    <name>ActivityTable</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_drag.py" line="67"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 و %Ln مورد دیگر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityText</name>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="26"/>
        <source>Call</source>
        <translation>تماس تلفنی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="27"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="28"/>
        <source>Letter</source>
        <translation>نامه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="29"/>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="30"/>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="31"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="32"/>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="33"/>
        <source>Low</source>
        <translation>کم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="34"/>
        <source>Normal</source>
        <translation>عادی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="35"/>
        <source>High</source>
        <translation>زیاد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="36"/>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="37"/>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="38"/>
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
</context>
<context>
    <name>AddSyncAccountDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="40"/>
        <source>Add Sync Account</source>
        <translation>افزودن حساب همگام‌سازی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="50"/>
        <source>the first one (a new one when there is none)</source>
        <translation>اولین دفترچه (اگر نباشد، یک دفترچهٔ جدید)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="55"/>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="56"/>
        <source>&amp;Server:</source>
        <translation>&amp;سرور:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="57"/>
        <source>&amp;User name:</source>
        <translation>نام &amp;کاربری:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="58"/>
        <source>&amp;Password:</source>
        <translation>&amp;گذرواژه:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="59"/>
        <source>Address &amp;book:</source>
        <translation>&amp;دفترچهٔ نشانی:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="62"/>
        <source>Nextcloud, iCloud, Fastmail, Radicale, Baïkal and other CardDAV/CalDAV servers. The password is kept in your system&apos;s keyring, never in CRM Desktop&apos;s files.</source>
        <translation>‏Nextcloud، iCloud، Fastmail، Radicale، Baïkal و دیگر سرورهای CardDAV/CalDAV. گذرواژه در جاکلیدی سیستم شما نگه داشته می‌شود، هرگز در پرونده‌های CRM Desktop.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="70"/>
        <source>&amp;Add</source>
        <translation>&amp;افزودن</translation>
    </message>
</context>
<context>
    <name>Avatar</name>
    <message>
        <location filename="../../crm_desktop/gui/avatar.py" line="68"/>
        <source>Initials</source>
        <translation>حروف اول نام</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="113"/>
        <source>Before an upgrade</source>
        <translation>پیش از ارتقا</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="115"/>
        <source>Made by you</source>
        <translation>تهیه‌شده توسط شما</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="116"/>
        <source>Daily</source>
        <translation>روزانه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="117"/>
        <source>Before an import</source>
        <translation>پیش از وارد کردن</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="118"/>
        <source>Before a merge</source>
        <translation>پیش از ادغام</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="119"/>
        <source>Before a deletion</source>
        <translation>پیش از حذف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="120"/>
        <source>Before emptying the Trash</source>
        <translation>پیش از خالی کردن سطل زباله</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="121"/>
        <source>Before a restore</source>
        <translation>پیش از بازیابی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="126"/>
        <source>unreadable</source>
        <translation>ناخوانا</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="141"/>
        <source>%1 is damaged. The newest backup that is sound is selected: click Restore to go back to it (the damaged database is kept as a backup first).</source>
        <translation>%1 آسیب دیده است. جدیدترین نسخه پشتیبان سالم انتخاب شده است: برای بازگشت به آن روی «بازیابی» کلیک کنید (ابتدا از پایگاه داده آسیب‌دیده یک نسخه پشتیبان نگه داشته می‌شود).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="145"/>
        <source>Copies of %1, newest first. To go back to one, select it and click Restore.</source>
        <translation>نسخه‌های %1، جدیدترین در ابتدا. برای بازگشت به یکی از آن‌ها، آن را انتخاب کنید و روی «بازیابی» کلیک کنید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="198"/>
        <source>Backing up the database…</source>
        <translation>در حال پشتیبان‌گیری از پایگاه داده…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="209"/>
        <source>The backup is saved as %1.</source>
        <translation>نسخهٔ پشتیبان با نام %1 ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="210"/>
        <source>Back up now</source>
        <translation>پشتیبان‌گیری اکنون</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="226"/>
        <source>Restore from a file</source>
        <translation>بازیابی از فایل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="230"/>
        <source>CRM Desktop databases (*.sqlite3 *.sqlite *.db)</source>
        <translation>پایگاه‌های داده CRM Desktop (*.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="231"/>
        <source>All files (*)</source>
        <translation>همه فایل‌ها (*)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="249"/>
        <source>Replace everything in the database with the backup made on %1?</source>
        <translation>همه محتوای پایگاه داده با نسخه پشتیبان تهیه‌شده در %1 جایگزین شود؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="252"/>
        <source>Replace everything in the database with the backup made on %1 (%Ln contact(s))?</source>
        <translation>
            <numerusform>همه محتوای پایگاه داده با نسخه پشتیبان تهیه‌شده در %1 (%Ln مخاطب) جایگزین شود؟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="261"/>
        <source>The database as it is now is backed up first: it will be at the top of this list, so you can come back to it.</source>
        <translation>ابتدا از وضعیت فعلی پایگاه داده نسخه پشتیبان تهیه می‌شود: این نسخه در بالای همین فهرست قرار می‌گیرد تا بتوانید به آن بازگردید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="265"/>
        <source>Restore a backup</source>
        <translation>بازیابی نسخه پشتیبان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="265"/>
        <source>&amp;Restore</source>
        <translation>&amp;بازیابی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="277"/>
        <source>Restoring the backup… The database as it is now is backed up first.</source>
        <translation>در حال بازیابی نسخه پشتیبان… ابتدا از وضعیت فعلی پایگاه داده نسخه پشتیبان تهیه می‌شود.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="291"/>
        <source>Backup restored</source>
        <translation>نسخه پشتیبان بازیابی شد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="292"/>
        <source>The database now holds the backup made on %1.</source>
        <translation>اکنون پایگاه داده حاوی نسخه پشتیبان تهیه‌شده در %1 است.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="14"/>
        <location filename="../../ui/backups_dialog.ui" line="33"/>
        <source>Backups</source>
        <translation>نسخه‌های پشتیبان</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="20"/>
        <source>Copies of your database, newest first.</source>
        <translation>نسخه‌های پایگاه داده شما، جدیدترین در ابتدا.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="55"/>
        <source>Made on</source>
        <translation>تاریخ تهیه</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="60"/>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="65"/>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="70"/>
        <source>Why</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="78"/>
        <source>There is no backup yet. Click “Back up now” to make one.</source>
        <translation>هنوز نسخه پشتیبانی وجود ندارد. برای تهیه یک نسخه، روی «پشتیبان‌گیری اکنون» کلیک کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="93"/>
        <source>&amp;Back up now</source>
        <translation>پشتیبان‌گیری &amp;اکنون</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="100"/>
        <source>&amp;Restore…</source>
        <translation>&amp;بازیابی…</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="107"/>
        <source>Restore from a &amp;file…</source>
        <translation>بازیابی از &amp;فایل…</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../crm_desktop/gui/banner.py" line="47"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/banner.py" line="48"/>
        <source>Close the message</source>
        <translation>بستن پیام</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="250"/>
        <source>Remove from Category</source>
        <translation>حذف از دسته</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="250"/>
        <source>Add to Category</source>
        <translation>افزودن به دسته</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="251"/>
        <source>Category:</source>
        <translation>دسته:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="259"/>
        <source>Take %n contact(s) out of “%1”?</source>
        <translation>
            <numerusform>%n مخاطب از «%1» خارج شود؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="266"/>
        <source>Take %n contact(s) out of a category</source>
        <translation>
            <numerusform>خارج کردن %n مخاطب از یک دسته</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="261"/>
        <source>Put %n contact(s) in “%1”?</source>
        <translation>
            <numerusform>%n مخاطب در «%1» قرار گیرد؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="165"/>
        <source>The %n selected</source>
        <translation>
            <numerusform>%n مورد انتخاب‌شده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="168"/>
        <source>All %n shown</source>
        <translation>
            <numerusform>همه %n مورد نمایش‌داده‌شده</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="196"/>
        <source>Set Field</source>
        <translation>تنظیم فیلد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="196"/>
        <source>Set %1 on %n contact(s)?</source>
        <translation>
            <numerusform>%1 برای %n مخاطب تنظیم شود؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="201"/>
        <source>Set a field on %n contact(s)</source>
        <translation>
            <numerusform>تنظیم یک فیلد برای %n مخاطب</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="207"/>
        <source>the account “%1”</source>
        <translation>حساب «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="210"/>
        <source>no keep-in-touch interval</source>
        <translation>بدون فاصله پیگیری</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="211"/>
        <source>keep in touch every %n day(s)</source>
        <translation>
            <numerusform>پیگیری هر %n روز</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="213"/>
        <source>the lead status “%1”</source>
        <translation>وضعیت سرنخ «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="216"/>
        <source>“%1” to “%2”</source>
        <translation>«%1» به «%2»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="230"/>
        <source>Log Activity for Each</source>
        <translation>ثبت فعالیت برای هر کدام</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="231"/>
        <source>Log “%1” for each of %n contact(s)?</source>
        <translation>
            <numerusform>«%1» برای هر یک از %n مخاطب ثبت شود؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="239"/>
        <source>Log an activity for %n contact(s)</source>
        <translation>
            <numerusform>ثبت فعالیت برای %n مخاطب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="268"/>
        <source>Put %n contact(s) in a category</source>
        <translation>
            <numerusform>قرار دادن %n مخاطب در یک دسته</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="277"/>
        <source>Mark as Lead</source>
        <translation>علامت‌گذاری به‌عنوان سرنخ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="278"/>
        <source>Mark %n contact(s) as leads, to qualify and convert?</source>
        <translation>
            <numerusform>%n مخاطب به‌عنوان سرنخ علامت‌گذاری شود تا ارزیابی و تبدیل شود؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="284"/>
        <source>Mark %n contact(s) as leads</source>
        <translation>
            <numerusform>علامت‌گذاری %n مخاطب به‌عنوان سرنخ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarModes</name>
    <message>
        <location filename="../../crm_desktop/gui/calendar_modes.py" line="51"/>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendar_modes.py" line="51"/>
        <source>Week</source>
        <translation>هفته</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendar_modes.py" line="51"/>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendar_modes.py" line="53"/>
        <source>Calendar view</source>
        <translation>نمای تقویم</translation>
    </message>
</context>
<context>
    <name>Calendars</name>
    <message>
        <location filename="../../crm_desktop/gui/calendars.py" line="53"/>
        <source>&amp;Automatic</source>
        <translation>&amp;خودکار</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendars.py" line="54"/>
        <source>&amp;Gregorian</source>
        <translation>&amp;میلادی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendars.py" line="55"/>
        <source>&amp;Solar Hijri (Persian)</source>
        <translation>هجری &amp;شمسی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendars.py" line="56"/>
        <source>&amp;Islamic civil (Hijri)</source>
        <translation>هجری &amp;قمری (مدنی)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendars.py" line="270"/>
        <source>Ca&amp;lendar</source>
        <translation>&amp;تقویم</translation>
    </message>
</context>
<context>
    <name>CardDetails</name>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="20"/>
        <source>Fax</source>
        <translation>فکس</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="21"/>
        <source>Mobile phone</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="22"/>
        <source>Business phone</source>
        <translation>تلفن محل کار</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="23"/>
        <source>Home phone</source>
        <translation>تلفن منزل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="24"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="27"/>
        <source>Business email</source>
        <translation>ایمیل محل کار</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="28"/>
        <source>Home email</source>
        <translation>ایمیل شخصی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="29"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="32"/>
        <source>Business address</source>
        <translation>نشانی محل کار</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="33"/>
        <source>Home address</source>
        <translation>نشانی منزل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="34"/>
        <source>Address</source>
        <translation>نشانی</translation>
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
        <translation>کارت‌های ویزیت</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="19"/>
        <source>Keep as a custom field</source>
        <translation>نگه‌داشتن به‌عنوان فیلد سفارشی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="20"/>
        <source>Ignore</source>
        <translation>نادیده گرفتن</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="21"/>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="22"/>
        <source>Prefix (Mr., Dr.)</source>
        <translation>پیشوند (آقای، دکتر)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="23"/>
        <source>Given name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="24"/>
        <source>Middle names</source>
        <translation>نام‌های میانی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="25"/>
        <source>Family name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="26"/>
        <source>Suffix</source>
        <translation>پسوند</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="27"/>
        <source>Nickname</source>
        <translation>نام مستعار</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="28"/>
        <source>Account (company)</source>
        <translation>حساب (شرکت)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="29"/>
        <source>Department</source>
        <translation>بخش</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="30"/>
        <source>Job title</source>
        <translation>عنوان شغلی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="31"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="32"/>
        <source>Email (work)</source>
        <translation>ایمیل (محل کار)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="33"/>
        <source>Email (home)</source>
        <translation>ایمیل (منزل)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="34"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="35"/>
        <source>Phone (work)</source>
        <translation>تلفن (محل کار)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="36"/>
        <source>Phone (home)</source>
        <translation>تلفن (منزل)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="37"/>
        <source>Mobile phone</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="38"/>
        <source>Fax</source>
        <translation>نمابر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="39"/>
        <source>Street</source>
        <translation>خیابان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="40"/>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="41"/>
        <source>Region</source>
        <translation>استان/منطقه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="42"/>
        <source>Postal code</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="43"/>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="44"/>
        <source>Web page</source>
        <translation>صفحه وب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="45"/>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="46"/>
        <source>Categories</source>
        <translation>دسته‌ها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="47"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="131"/>
        <source>Not sure which field this column fills: check the one chosen.</source>
        <translation>مشخص نیست این ستون کدام فیلد را پر می‌کند: فیلد انتخاب‌شده را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="134"/>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="134"/>
        <source>First values</source>
        <translation>نخستین مقادیر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="134"/>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="137"/>
        <source>CRM Desktop does not know the columns of %1. Choose the field each one fills; a column left as a custom field is kept, never lost.</source>
        <translation>‏CRM Desktop ستون‌های %1 را نمی‌شناسد. فیلدی را که هر ستون پر می‌کند انتخاب کنید؛ ستونی که به‌عنوان فیلد سفارشی بماند نگه داشته می‌شود و هرگز از بین نمی‌رود.</translation>
    </message>
    <message>
        <location filename="../../ui/column_mapping_dialog.ui" line="6"/>
        <source>Match the columns</source>
        <translation>تطبیق ستون‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/column_mapping_dialog.ui" line="14"/>
        <source>Columns of the file</source>
        <translation>ستون‌های فایل</translation>
    </message>
    <message>
        <location filename="../../ui/column_mapping_dialog.ui" line="17"/>
        <source>&amp;Remember this for files with the same columns</source>
        <translation>&amp;ذخیره این انتخاب برای فایل‌هایی با همین ستون‌ها</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/commands.py" line="51"/>
        <source>Delete %Ln contact(s)</source>
        <translation>
            <numerusform>حذف %Ln مخاطب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/commands.py" line="55"/>
        <source>Deleted %Ln contact(s)</source>
        <translation>
            <numerusform>%Ln مخاطب حذف شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/commands.py" line="58"/>
        <source>Deleted %Ln account(s)</source>
        <translation>
            <numerusform>%Ln حساب حذف شد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="62"/>
        <source>Contact “%1” moved to the Trash</source>
        <translation>مخاطب «%1» به سطل بازیافت منتقل شد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="65"/>
        <source>Account “%1” moved to the Trash</source>
        <translation>حساب «%1» به سطل بازیافت منتقل شد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="100"/>
        <source>Delete contact</source>
        <translation>حذف مخاطب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="122"/>
        <source>Restore from the Trash</source>
        <translation>بازگرداندن از سطل زباله</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="137"/>
        <source>New contact</source>
        <translation>مخاطب جدید</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="172"/>
        <source>Edit contact</source>
        <translation>ویرایش مخاطب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="189"/>
        <source>New account</source>
        <translation>حساب جدید</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="222"/>
        <source>Edit account</source>
        <translation>ویرایش حساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="240"/>
        <source>Delete account</source>
        <translation>حذف حساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="257"/>
        <source>Restore account</source>
        <translation>بازگرداندن حساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="285"/>
        <source>Merge contacts</source>
        <translation>ادغام مخاطبان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="328"/>
        <source>Not duplicates</source>
        <translation>علامت‌گذاری به‌عنوان غیرتکراری</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="364"/>
        <source>Merge accounts</source>
        <translation>ادغام حساب‌ها</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/complete_dialog.py" line="55"/>
        <source>Mark as done</source>
        <translation>علامت‌گذاری به‌عنوان انجام‌شده</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/complete_dialog.py" line="57"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/complete_dialog.py" line="59"/>
        <source>&amp;Outcome:</source>
        <translation>ن&amp;تیجه:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/complete_dialog.py" line="60"/>
        <source>What came of it (left a message, agreed…)</source>
        <translation>چه نتیجه‌ای داشت (پیام گذاشتم، به توافق رسیدیم…)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/complete_dialog.py" line="61"/>
        <source>&amp;Schedule a follow-up</source>
        <translation>&amp;زمان‌بندی پیگیری</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/complete_dialog.py" line="63"/>
        <source>Mark as &amp;done</source>
        <translation>علامت‌گذاری به‌عنوان &amp;انجام‌شده</translation>
    </message>
</context>
<context>
    <name>ContactCardView</name>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="98"/>
        <location filename="../../crm_desktop/gui/contact_card.py" line="112"/>
        <source>Contact card</source>
        <translation>کارت مخاطب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="129"/>
        <source>Select a contact to see it here.</source>
        <translation>یک مخاطب را انتخاب کنید تا در اینجا نمایش داده شود.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="169"/>
        <source>Next activity</source>
        <translation>فعالیت بعدی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="203"/>
        <source>Photo</source>
        <translation>عکس</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="152"/>
        <source>Show the contacts of this account</source>
        <translation>نمایش مخاطبان این حساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="165"/>
        <source>Title</source>
        <translation>عنوان شغلی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="166"/>
        <source>Department</source>
        <translation>بخش</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="185"/>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="186"/>
        <source>Anniversary</source>
        <translation>سالگرد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="187"/>
        <source>Categories</source>
        <translation>دسته‌ها</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="297"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="298"/>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="299"/>
        <source>Street</source>
        <translation>خیابان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="299"/>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="299"/>
        <source>Region</source>
        <translation>استان/منطقه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="300"/>
        <source>Postal code</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="300"/>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="297"/>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="298"/>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="300"/>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="301"/>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="183"/>
        <source>Dialled as %1</source>
        <translation>شماره‌گیری به صورت %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="197"/>
        <source>Add category</source>
        <translation>افزودن دسته</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="198"/>
        <source>Category:</source>
        <translation>دسته:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="241"/>
        <source>Discard the new contact?</source>
        <translation>مخاطب جدید کنار گذاشته شود؟</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="242"/>
        <source>What you typed for this contact is not saved.</source>
        <translation>آنچه برای این مخاطب نوشته‌اید ذخیره نشده است.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="246"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;ادامه ویرایش</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="301"/>
        <source>Web page</source>
        <translation>صفحه وب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="302"/>
        <source>Label</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="302"/>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="310"/>
        <source>Add category…</source>
        <translation>افزودن دسته…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="311"/>
        <source>A new category, ticked for this contact</source>
        <translation>دسته‌ای جدید، علامت‌خورده برای این مخاطب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="313"/>
        <source>%1, or --04-15 without the year</source>
        <translation>⁦%1⁩ یا بدون سال ⁦--04-15⁩</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="316"/>
        <source>New contact</source>
        <translation>مخاطب جدید</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="316"/>
        <location filename="../../ui/contact_editor.ui" line="6"/>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="336"/>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>No photo</source>
        <translation>بدون عکس</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="345"/>
        <source>%1 is larger than %2 MB: choose a smaller image.</source>
        <translation>حجم %1 بیشتر از %2 مگابایت است: تصویر کوچک‌تری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="352"/>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 خوانده نمی‌شود (%2).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="360"/>
        <source>%1 is not an image this app can read.</source>
        <translation>%1 تصویری نیست که این برنامه بتواند آن را بخواند.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="371"/>
        <source>Choose a photo</source>
        <translation>انتخاب عکس</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="373"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>تصاویر (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="407"/>
        <source>%1 is not an email address.</source>
        <translation>«%1» نشانی ایمیل نیست.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="412"/>
        <source>%1 is not a phone number (digits, spaces, + ( ) - . /).</source>
        <translation>«%1» شماره تلفن نیست (رقم، فاصله، ⁦+ ( ) - . /⁩).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="425"/>
        <source>%1 is outside the years %2 to %3 that CRM Desktop keeps.</source>
        <translation>%1 خارج از سال‌های %2 تا %3 است که CRM Desktop نگه می‌دارد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="431"/>
        <source>%1 is not a date: write it like %2, or --04-15 without the year.</source>
        <translation>‏%1 تاریخ نیست: آن را مانند ⁦%2⁩ بنویسید، یا بدون سال ⁦--04-15⁩.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="437"/>
        <source>A custom field needs a label.</source>
        <translation>فیلد سفارشی به برچسب نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="492"/>
        <source>Give the contact a name, an email or a phone.</source>
        <translation>برای مخاطب یک نام، ایمیل یا تلفن وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Name and work</source>
        <translation>&amp;نام و کار</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Photo</source>
        <translation>عکس</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>C&amp;hoose photo…</source>
        <translation>انتخاب ع&amp;کس…</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remo&amp;ve photo</source>
        <translation>&amp;حذف عکس</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>or drop an image here</source>
        <translation>یا تصویری را اینجا رها کنید</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Prefix:</source>
        <translation>&amp;پیشوند:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Given name:</source>
        <translation>نا&amp;م:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Family name:</source>
        <translation>نام &amp;خانوادگی:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Shown as:</source>
        <translation>نمایش به‌&amp;صورت:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Made from the name parts when empty</source>
        <translation>اگر خالی بماند، از اجزای نام ساخته می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>A company you have, or a new one</source>
        <translation>شرکتی که از قبل دارید یا شرکتی جدید</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Title:</source>
        <translation>&amp;عنوان شغلی:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Department:</source>
        <translation>بخ&amp;ش:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Birthday:</source>
        <translation>&amp;تاریخ تولد:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>1980-04-15, or --04-15 without the year</source>
        <translation>⁦1980-04-15⁩ یا بدون سال ⁦--04-15⁩</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Keep in touch:</source>
        <translation>حف&amp;ظ ارتباط:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remind me when I have not been in touch for this many days</source>
        <translation>وقتی این تعداد روز با این مخاطب در تماس نبوده‌ام، به من یادآوری شود</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Not set</source>
        <translation>تعیین نشده</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>every </source>
        <translation>هر </translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Emails and phones</source>
        <translation>&amp;ایمیل و تلفن</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Emails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Add email</source>
        <translation>افزودن ایمیل</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remove email</source>
        <translation>حذف ایمیل</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>P&amp;hones:</source>
        <translation>&amp;تلفن‌ها:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Phones</source>
        <translation>تلفن‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Add phone</source>
        <translation>افزودن تلفن</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remove phone</source>
        <translation>حذف تلفن</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Addresses and web</source>
        <translation>نشانی و &amp;وب</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>A&amp;ddresses:</source>
        <translation>نشان&amp;ی‌ها:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Addresses</source>
        <translation>نشانی‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Add address</source>
        <translation>افزودن نشانی</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remove address</source>
        <translation>حذف نشانی</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Web pages:</source>
        <translation>&amp;صفحه‌های وب:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Web pages</source>
        <translation>صفحه‌های وب</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Add web page</source>
        <translation>افزودن صفحه وب</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remove web page</source>
        <translation>حذف صفحه وب</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;More</source>
        <translation>&amp;بیشتر</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Categories:</source>
        <translation>&amp;دسته‌ها:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Custom &amp;fields:</source>
        <translation>فیلدهای &amp;سفارشی:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Custom fields</source>
        <translation>فیلدهای سفارشی</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Add field</source>
        <translation>افزودن فیلد</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remove field</source>
        <translation>حذف فیلد</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>M&amp;iddle names:</source>
        <translation>نام‌های م&amp;یانی:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Suffi&amp;x:</source>
        <translation>پسون&amp;د:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Ni&amp;ckname:</source>
        <translation>نام مستعا&amp;ر:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Acc&amp;ount:</source>
        <translation>ح&amp;ساب:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Emai&amp;ls:</source>
        <translation>ایمی&amp;ل‌ها:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>N&amp;ote:</source>
        <translation>&amp;یادداشت:</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="80"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="81"/>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="82"/>
        <source>Title</source>
        <translation>عنوان شغلی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="83"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="84"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="85"/>
        <source>Categories</source>
        <translation>دسته‌ها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="86"/>
        <source>Last contact</source>
        <translation>آخرین تماس</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="87"/>
        <source>Next activity</source>
        <translation>فعالیت بعدی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="210"/>
        <source>%1, overdue</source>
        <translation>%1، سررسیدگذشته</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="216"/>
        <location filename="../../crm_desktop/gui/navigation.py" line="185"/>
        <source>(no name)</source>
        <translation>(بدون نام)</translation>
    </message>
</context>
<context>
    <name>ContactViews</name>
    <message>
        <location filename="../../crm_desktop/gui/contact_views.py" line="47"/>
        <source>Pin to &amp;Favourites</source>
        <translation>سنجاق به &amp;برگزیده‌ها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_views.py" line="48"/>
        <source>Unpin from &amp;Favourites</source>
        <translation>برداشتن از &amp;برگزیده‌ها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_views.py" line="49"/>
        <source>&amp;Business Cards</source>
        <translation>&amp;کارت‌های ویزیت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_views.py" line="51"/>
        <source>Show the contacts as business cards, or as a table (%1)</source>
        <translation>نمایش مخاطبان به‌صورت کارت ویزیت یا جدول (⁦%1⁩)</translation>
    </message>
</context>
<context>
    <name>ConvertDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="108"/>
        <source>Convert lead</source>
        <translation>تبدیل سرنخ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="113"/>
        <source>Create an opening &amp;deal</source>
        <translation>ایجاد &amp;فرصت فروش آغازین</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="119"/>
        <source>&amp;Account:</source>
        <translation>&amp;حساب:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="121"/>
        <source>Deal &amp;title:</source>
        <translation>&amp;عنوان فرصت:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="122"/>
        <source>A&amp;mount:</source>
        <translation>&amp;مبلغ:</translation>
    </message>
</context>
<context>
    <name>DealCard</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="41"/>
        <source>Open · %1</source>
        <translation>باز · %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="46"/>
        <source>Won on %1</source>
        <translation>برنده در %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="49"/>
        <source>Lost on %1 to %2</source>
        <translation>واگذارشده در %1 به %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="53"/>
        <source>Lost on %1</source>
        <translation>واگذارشده در %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="62"/>
        <source>Created in %1</source>
        <translation>ایجادشده در %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="78"/>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="79"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="80"/>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="81"/>
        <source>Probability</source>
        <translation>احتمال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="83"/>
        <source>Weighted</source>
        <translation>وزنی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="86"/>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="206"/>
        <source>Expected close</source>
        <translation>بستن مورد انتظار</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="87"/>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="88"/>
        <source>Next step</source>
        <translation>گام بعدی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="89"/>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="95"/>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="99"/>
        <source>Description</source>
        <translation>شرح</translation>
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
        <translation>سررسیدگذشته از %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_delegate.py" line="53"/>
        <source>No close date</source>
        <translation>بدون تاریخ بستن</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pipeline/deal_delegate.py" line="54"/>
        <source>%Ln day(s) in stage</source>
        <translation>
            <numerusform>%Ln روز در این مرحله</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_delegate.py" line="60"/>
        <source>No next activity</source>
        <translation>بدون فعالیت بعدی</translation>
    </message>
</context>
<context>
    <name>DealCardView</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="168"/>
        <source>Deal card</source>
        <translation>کارت فرصت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="170"/>
        <source>&amp;Won…</source>
        <translation>&amp;برنده…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="171"/>
        <source>L&amp;ost…</source>
        <translation>وا&amp;گذارشده…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="169"/>
        <source>Ed&amp;it…</source>
        <translation>ویرا&amp;یش…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="172"/>
        <source>Reo&amp;pen</source>
        <translation>با&amp;زگشایی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="173"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="174"/>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="198"/>
        <source>Select a deal to see it here.</source>
        <translation>یک فرصت را برگزینید تا اینجا نمایش داده شود.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="207"/>
        <source>%1 (overdue)</source>
        <translation>%1 (سررسیدگذشته)</translation>
    </message>
</context>
<context>
    <name>DealCloseDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="39"/>
        <source>Deal won</source>
        <translation>فرصت برنده‌شده</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="39"/>
        <source>Deal lost</source>
        <translation>فرصت واگذارشده</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="47"/>
        <source>Why it was won (optional)</source>
        <translation>دلیل موفقیت (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="47"/>
        <source>Why it was lost</source>
        <translation>دلیل واگذاری</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="49"/>
        <source>&amp;Reason:</source>
        <translation>&amp;دلیل:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="52"/>
        <source>No competitor</source>
        <translation>بدون رقیب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="56"/>
        <source>Lost to &amp;competitor:</source>
        <translation>واگذارشده به &amp;رقیب:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="63"/>
        <source>Accounts in the Competitor category are offered here.</source>
        <translation>حساب‌های دسته رقیب در اینجا پیشنهاد می‌شوند.</translation>
    </message>
</context>
<context>
    <name>DealCommands</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="37"/>
        <source>Delete %Ln deal(s)</source>
        <translation>
            <numerusform>حذف %Ln فرصت</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="68"/>
        <source>Move “%1” to %2</source>
        <translation>انتقال «%1» به %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="101"/>
        <source>Won: “%1”</source>
        <translation>برنده: «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="103"/>
        <source>Lost: “%1”</source>
        <translation>واگذارشده: «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="131"/>
        <source>Reopen “%1”</source>
        <translation>بازگشایی «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="158"/>
        <source>Edit deal “%1”</source>
        <translation>ویرایش فرصت «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="186"/>
        <source>New deal “%1”</source>
        <translation>فرصت جدید «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="219"/>
        <source>Delete deal</source>
        <translation>حذف فرصت</translation>
    </message>
</context>
<context>
    <name>DealEditor</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="150"/>
        <source>&amp;Title:</source>
        <translation>&amp;عنوان:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="150"/>
        <source>A&amp;ccount:</source>
        <translation>&amp;حساب:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="150"/>
        <source>A&amp;mount:</source>
        <translation>&amp;مبلغ:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="150"/>
        <source>&amp;Stage:</source>
        <translation>مرح&amp;له:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="151"/>
        <source>&amp;Probability:</source>
        <translation>&amp;احتمال:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="151"/>
        <source>Expected c&amp;lose:</source>
        <translation>&amp;بستن مورد انتظار:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="151"/>
        <source>S&amp;ource:</source>
        <translation>م&amp;نبع:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="152"/>
        <source>&amp;Next step:</source>
        <translation>&amp;گام بعدی:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="152"/>
        <source>&amp;Description:</source>
        <translation>&amp;شرح:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="152"/>
        <source>Cont&amp;acts:</source>
        <translation>م&amp;خاطبان:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="156"/>
        <source>on</source>
        <translation>در</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="157"/>
        <source>On the deal</source>
        <translation>در این فرصت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="157"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="158"/>
        <source>Deal</source>
        <translation>فرصت فروش</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="226"/>
        <source>A deal needs a title.</source>
        <translation>فرصت به عنوان نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="228"/>
        <source>A deal needs an account.</source>
        <translation>فرصت به حساب نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="230"/>
        <source>The amount is not a number.</source>
        <translation>مبلغ عدد نیست.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="232"/>
        <source>The currency is a three-letter ISO code (EUR, USD…).</source>
        <translation>ارز یک کد سه‌حرفی ISO است (EUR، USD…).</translation>
    </message>
</context>
<context>
    <name>DealSummary</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_summary.py" line="31"/>
        <source>Open: %1</source>
        <translation>باز: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_summary.py" line="32"/>
        <source>Won: %1</source>
        <translation>برنده: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_summary.py" line="33"/>
        <source>Lost: %1</source>
        <translation>واگذارشده: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_summary.py" line="51"/>
        <location filename="../../crm_desktop/gui/pipeline/deal_summary.py" line="95"/>
        <source>Deals</source>
        <translation>فرصت‌های فروش</translation>
    </message>
</context>
<context>
    <name>DealTableModel</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="47"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="48"/>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="49"/>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="50"/>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="51"/>
        <source>Probability</source>
        <translation>احتمال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="52"/>
        <source>Weighted</source>
        <translation>وزنی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="53"/>
        <source>Close date</source>
        <translation>تاریخ بستن</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="54"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
</context>
<context>
    <name>DetailTypes</name>
    <message>
        <location filename="../../crm_desktop/gui/detail_types.py" line="23"/>
        <location filename="../../crm_desktop/gui/detail_types.py" line="30"/>
        <source>Business</source>
        <translation>محل کار</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/detail_types.py" line="24"/>
        <source>Mobile</source>
        <translation>همراه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/detail_types.py" line="25"/>
        <location filename="../../crm_desktop/gui/detail_types.py" line="31"/>
        <source>Home</source>
        <translation>منزل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/detail_types.py" line="26"/>
        <source>Fax</source>
        <translation>نمابر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/detail_types.py" line="27"/>
        <location filename="../../crm_desktop/gui/detail_types.py" line="32"/>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
</context>
<context>
    <name>DuplicateGroupModel</name>
    <message>
        <location filename="../../crm_desktop/gui/duplicate_group_model.py" line="32"/>
        <source>Records</source>
        <translation>رکوردها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicate_group_model.py" line="33"/>
        <source>Why</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicate_group_model.py" line="34"/>
        <source>Sure</source>
        <translation>اطمینان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicate_group_model.py" line="102"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicate_group_model.py" line="115"/>
        <source>(no name)</source>
        <translation>(بدون نام)</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="137"/>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="138"/>
        <source>Accounts</source>
        <translation>حساب‌ها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="184"/>
        <source>Looking for duplicates…</source>
        <translation>در حال جستجوی موارد تکراری…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="214"/>
        <source>Unexpected error</source>
        <translation>خطای غیرمنتظره</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="215"/>
        <source>Looking for duplicates failed: %1</source>
        <translation>جستجوی موارد تکراری ناموفق بود: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="286"/>
        <source>(no name)</source>
        <translation>(بدون نام)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="288"/>
        <source>%1 (no. %2)</source>
        <translation>%1 (شماره %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="408"/>
        <source>%Ln group(s) of probable duplicates</source>
        <translation>
            <numerusform>%Ln گروه از موارد احتمالاً تکراری</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="14"/>
        <source>Find Duplicates</source>
        <translation>یافتن موارد تکراری</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="20"/>
        <source>These records are probably the same. Compare them, choose what to keep and click Merge; every e-mail, phone and address is kept unless you uncheck it. If they are different, click Not Duplicates.</source>
        <translation>این رکوردها احتمالاً یکی هستند. آن‌ها را مقایسه کنید، آنچه را باید بماند انتخاب کنید و روی «ادغام» کلیک کنید؛ همه ایمیل‌ها، تلفن‌ها و نشانی‌ها نگه داشته می‌شوند، مگر اینکه علامت آن‌ها را بردارید. اگر متفاوت‌اند، روی «تکراری نیستند» کلیک کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="35"/>
        <source>&amp;Look among:</source>
        <translation>&amp;جستجو در:</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="45"/>
        <source>Kind of record searched for duplicates</source>
        <translation>نوع رکوردی که موارد تکراری آن جستجو می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="52"/>
        <source>Look for duplicates again</source>
        <translation>جستجوی دوباره موارد تکراری</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="55"/>
        <source>&amp;Find Again</source>
        <translation>جستجوی &amp;دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="62"/>
        <source>Progress of the search for duplicates</source>
        <translation>پیشرفت جستجوی موارد تکراری</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="94"/>
        <source>Groups of probable duplicates</source>
        <translation>گروه‌های موارد احتمالاً تکراری</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="137"/>
        <source>&amp;Keep:</source>
        <translation>&amp;نگه‌داشتن:</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="147"/>
        <source>The record that stays; the others are merged into it</source>
        <translation>رکوردی که می‌ماند؛ بقیه در آن ادغام می‌شوند</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="162"/>
        <source>The records side by side: check what to keep</source>
        <translation>رکوردها در کنار هم: آنچه را باید بماند علامت بزنید</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="190"/>
        <source>Merging accounts keeps every value of each: e-mails, phones, addresses, web pages and notes. Their contacts, activities and notes move to the account kept; the others go to the Trash.</source>
        <translation>ادغام حساب‌ها همه مقادیر هر حساب را نگه می‌دارد: ایمیل‌ها، تلفن‌ها، نشانی‌ها، صفحه‌های وب و یادداشت‌ها. مخاطبان، فعالیت‌ها و یادداشت‌های آن‌ها به حسابی که می‌ماند منتقل می‌شوند؛ بقیه به سطل زباله می‌روند.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="210"/>
        <source>No duplicates found.</source>
        <translation>هیچ مورد تکراری پیدا نشد.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="222"/>
        <source>Merge the group into the record kept: the others go to the Trash</source>
        <translation>ادغام گروه در رکوردی که می‌ماند: بقیه به سطل زباله می‌روند</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="225"/>
        <source>&amp;Merge</source>
        <translation>&amp;ادغام</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="232"/>
        <source>These are different: never show them as duplicates again</source>
        <translation>این‌ها متفاوت‌اند: دیگر هرگز به‌عنوان مورد تکراری نشان داده نشوند</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="235"/>
        <source>&amp;Not Duplicates</source>
        <translation>&amp;تکراری نیستند</translation>
    </message>
</context>
<context>
    <name>EmptyViews</name>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="272"/>
        <source>Clear the search</source>
        <translation>پاک کردن جستجو</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="281"/>
        <source>Nothing in the Trash matches “%1”.</source>
        <translation>هیچ موردی در سطل بازیافت با «%1» مطابقت ندارد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="282"/>
        <source>No contact matches “%1”.</source>
        <translation>هیچ مخاطبی با «%1» مطابقت ندارد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="285"/>
        <source>No contact matches the filters.</source>
        <translation>هیچ مخاطبی با فیلترها مطابقت ندارد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="286"/>
        <source>Change or clear them in the filter panel above the list.</source>
        <translation>آن‌ها را در صفحهٔ فیلترها بالای فهرست تغییر دهید یا پاک کنید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="290"/>
        <source>The Trash is empty.</source>
        <translation>سطل بازیافت خالی است.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="291"/>
        <source>Deleted contacts wait here, ready to be restored, until you empty it.</source>
        <translation>مخاطبان حذف‌شده تا زمانی که سطل را خالی کنید، آمادهٔ بازیابی در اینجا می‌مانند.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="295"/>
        <source>No contact has this category yet.</source>
        <translation>هنوز هیچ مخاطبی این دسته را ندارد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="296"/>
        <source>Give contacts this category in their editor, or select several and use Add to Category.</source>
        <translation>این دسته را در ویرایشگر مخاطبان به آن‌ها بدهید، یا چند مخاطب را انتخاب کنید و «افزودن به دسته» را به کار ببرید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="301"/>
        <source>No contact matches this smart folder yet.</source>
        <translation>هنوز هیچ مخاطبی با این پوشهٔ هوشمند مطابقت ندارد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="302"/>
        <source>It fills by itself as contacts come to match its search.</source>
        <translation>با مطابقت یافتن مخاطبان با جستجوی آن، خودبه‌خود پر می‌شود.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="311"/>
        <source>No account matches “%1”.</source>
        <translation>هیچ حسابی با «%1» مطابقت ندارد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="313"/>
        <source>No account is in the Trash.</source>
        <translation>هیچ حسابی در سطل بازیافت نیست.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="315"/>
        <source>No accounts yet.</source>
        <translation>هنوز حسابی وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="316"/>
        <source>An account is a company you sell to; its people are your contacts.</source>
        <translation>حساب شرکتی است که به آن می‌فروشید؛ افراد آن مخاطبان شما هستند.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="317"/>
        <source>New account…</source>
        <translation>حساب جدید…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="352"/>
        <source>No activity matches “%1”.</source>
        <translation>هیچ فعالیتی با «%1» مطابقت ندارد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="355"/>
        <source>Nothing is due today.</source>
        <translation>امروز هیچ کاری سررسید ندارد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="356"/>
        <source>Nothing is overdue.</source>
        <translation>هیچ کاری از موعد نگذشته است.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="357"/>
        <source>Nothing is due in the next 7 days.</source>
        <translation>در ۷ روز آینده هیچ کاری سررسید ندارد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="358"/>
        <source>No open activities.</source>
        <translation>هیچ فعالیت بازی وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="359"/>
        <source>Nothing is done yet.</source>
        <translation>هنوز هیچ کاری انجام نشده است.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="363"/>
        <source>Log a call or schedule a task from a contact&apos;s card, or here.</source>
        <translation>تماسی را ثبت کنید یا کاری را از کارت یک مخاطب یا از همین‌جا زمان‌بندی کنید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="364"/>
        <source>New activity…</source>
        <translation>فعالیت جدید…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="368"/>
        <source>Nothing on this day.</source>
        <translation>در این روز چیزی نیست.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="386"/>
        <source>No deal matches the filters.</source>
        <translation>هیچ فرصت فروشی با فیلترها مطابقت ندارد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="387"/>
        <source>Change or clear them in the filters above the board.</source>
        <translation>آن‌ها را در فیلترهای بالای تابلو تغییر دهید یا پاک کنید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="391"/>
        <source>No deals yet.</source>
        <translation>هنوز هیچ فرصت فروشی وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="393"/>
        <source>New deal…</source>
        <translation>فرصت جدید…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="398"/>
        <source>No deals here.</source>
        <translation>اینجا هیچ فرصت فروشی نیست.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="392"/>
        <location filename="../../crm_desktop/gui/empty_views.py" line="399"/>
        <source>A deal follows a sale from the first talk to won or lost.</source>
        <translation>فرصت فروش، یک فروش را از نخستین گفت‌وگو تا برد یا باخت دنبال می‌کند.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="28"/>
        <source>The demo could not be started.</source>
        <translation>نسخهٔ نمایشی راه‌اندازی نشد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="29"/>
        <source>The demo opens in a window of its own; your database is not changed.</source>
        <translation>نسخهٔ نمایشی در پنجره‌ای جداگانه باز می‌شود؛ پایگاه داده‌تان تغییری نمی‌کند.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="33"/>
        <source>CRM Desktop is already open</source>
        <translation>‏CRM Desktop از قبل باز است</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="35"/>
        <source>The backup cannot be restored</source>
        <translation>نسخه پشتیبان قابل بازیابی نیست</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="37"/>
        <source>The backup failed</source>
        <translation>پشتیبان‌گیری ناموفق بود</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/app.py" line="120"/>
        <location filename="../../crm_desktop/gui/error_text.py" line="39"/>
        <source>The database cannot be used</source>
        <translation>پایگاه داده قابل استفاده نیست</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/app.py" line="122"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 باز نمی‌شود: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="41"/>
        <source>The file cannot be imported</source>
        <translation>وارد کردن فایل ممکن نیست</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="43"/>
        <source>The export failed</source>
        <translation>صدور ناموفق بود</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="45"/>
        <source>The file cannot be attached</source>
        <translation>پیوست کردن فایل ممکن نیست</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="46"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="63"/>
        <source>process %1 on %2</source>
        <translation>فرایند %1 روی %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="67"/>
        <source>another program</source>
        <translation>برنامه‌ای دیگر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="70"/>
        <source>The database %1 is already open in CRM Desktop (%2).</source>
        <translation>پایگاه داده %1 از قبل در CRM Desktop باز است (%2).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="76"/>
        <source>Switch to the window that is open, or close it and start again.</source>
        <translation>به پنجره‌ای که باز است بروید، یا آن را ببندید و دوباره شروع کنید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="84"/>
        <source>The backup %1 could not be written (%2).</source>
        <translation>نسخه پشتیبان %1 نوشته نشد (%2).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="88"/>
        <source>Nothing was changed. Check that the disk has room, then try again.</source>
        <translation>هیچ چیز تغییر نکرد. مطمئن شوید دیسک فضای کافی دارد، سپس دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="95"/>
        <source>Another program is writing to %1. Close it, then try again.</source>
        <translation>برنامه دیگری در حال نوشتن در %1 است. آن را ببندید، سپس دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="98"/>
        <source>%1 cannot be written to. Check the file&apos;s permissions or free the drive.</source>
        <translation>امکان نوشتن در %1 نیست. مجوزهای فایل را بررسی کنید یا درایو را آزاد کنید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="102"/>
        <source>The disk holding %1 is full. Nothing was changed: free some space and try again.</source>
        <translation>دیسکی که %1 روی آن است پر شده است. هیچ چیز تغییر نکرد: مقداری فضا آزاد کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="106"/>
        <source>%1 is damaged. It has not been changed; restore it from a backup.</source>
        <translation>%1 آسیب دیده است. تغییری در آن داده نشده است؛ آن را از یک نسخه پشتیبان بازیابی کنید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="109"/>
        <source>%1 is not a CRM Desktop database. Choose another file.</source>
        <translation>%1 پایگاه داده CRM Desktop نیست. فایل دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="112"/>
        <source>%1 was written by a newer CRM Desktop. Install the newer version to open it.</source>
        <translation>%1 با نسخه جدیدتری از CRM Desktop نوشته شده است. برای باز کردن آن، نسخه جدیدتر را نصب کنید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="116"/>
        <source>%1 cannot be opened. Check that its folder exists and is yours.</source>
        <translation>%1 باز نمی‌شود. بررسی کنید که پوشه آن وجود دارد و متعلق به شماست.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="119"/>
        <source>%1 could not be upgraded. It was left as it was; a backup is in its folder.</source>
        <translation>%1 ارتقا نیافت. به همان حالت قبلی باقی ماند؛ یک نسخه پشتیبان در پوشه آن هست.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="123"/>
        <source>%1 was not used: another user could change or plant files beside it (%2). Keep the database in a folder only you can write to.</source>
        <translation>از %1 استفاده نشد: کاربر دیگری می‌تواند فایل‌های کنار آن را تغییر دهد یا فایلی آنجا بگذارد (%2). پایگاه داده را در پوشه‌ای نگه دارید که فقط خودتان بتوانید در آن بنویسید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="128"/>
        <source>The disk failed to read or write %1. What was being saved was not saved: check the disk (or the network drive), then try again.</source>
        <translation>دیسک نتوانست %1 را بخواند یا بنویسد. آنچه در حال ذخیره بود ذخیره نشد: دیسک (یا درایو شبکه) را بررسی کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="133"/>
        <source>There is no database at %1. Check its name and folder.</source>
        <translation>در %1 پایگاه داده‌ای نیست. نام و پوشه‌ی آن را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="139"/>
        <source>That record no longer exists. It may have been deleted.</source>
        <translation>این رکورد دیگر وجود ندارد. ممکن است حذف شده باشد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="146"/>
        <source>%1 is larger than %2, the most a file kept on a record may be. Nothing was attached.</source>
        <translation>%1 بزرگ‌تر از %2 است، یعنی بیشترین اندازهٔ فایلی که در یک رکورد نگه داشته می‌شود. هیچ چیزی پیوست نشد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="159"/>
        <source>A file could not be read or written: %1.</source>
        <translation>یک فایل خوانده یا نوشته نشد: %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="163"/>
        <source>%1 could not be read or written: %2.</source>
        <translation>%1 خوانده یا نوشته نشد: %2.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="168"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="169"/>
        <source>None of the files can be read, so nothing was imported:</source>
        <translation>هیچ‌یک از فایل‌ها خوانده نمی‌شود، بنابراین چیزی وارد نشد:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="175"/>
        <source>%1 is not valid: %2</source>
        <translation>%1 معتبر نیست: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="189"/>
        <source>The import stopped at line %2 of %1, which cannot be read: %3</source>
        <translation>وارد کردن در سطر %2 از %1 متوقف شد، زیرا خوانده نمی‌شود: %3</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="197"/>
        <source>Nothing was imported. Correct the file, or import it without stopping at the first problem.</source>
        <translation>چیزی وارد نشد. فایل را اصلاح کنید، یا آن را بدون توقف در نخستین مشکل وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="206"/>
        <source>The export %1 could not be written (%2).</source>
        <translation>فایل صادرشده‌ی %1 نوشته نشد (%2).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="211"/>
        <source>A file already there is as it was. Check that the folder exists and the disk has room, then try again.</source>
        <translation>فایلی که از پیش آنجا بود دست‌نخورده ماند. بررسی کنید که پوشه وجود دارد و دیسک جا دارد، سپس دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="220"/>
        <source>The column mapping %1 cannot be read (%2).</source>
        <translation>نگاشت ستون‌های %1 خوانده نمی‌شود (%2).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="227"/>
        <source>Choose another mapping file, or match the columns again.</source>
        <translation>فایل نگاشت دیگری انتخاب کنید، یا ستون‌ها را دوباره تطبیق دهید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="238"/>
        <source>%1 does not exist. Choose another file.</source>
        <translation>%1 وجود ندارد. فایل دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="241"/>
        <source>%1 is a folder, not a file of contacts. Choose a file.</source>
        <translation>%1 یک پوشه است، نه فایل مخاطبان. یک فایل انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="244"/>
        <source>%1 is empty.</source>
        <translation>%1 خالی است.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="245"/>
        <source>%1 holds no contact card.</source>
        <translation>%1 هیچ کارت مخاطبی ندارد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="248"/>
        <source>%1 has no first row of column names.</source>
        <translation>%1 سطر نخستی با نام ستون‌ها ندارد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="251"/>
        <source>%1 has its column names but no row of contacts under them.</source>
        <translation>%1 نام ستون‌ها را دارد، اما زیر آن هیچ سطری از مخاطبان نیست.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="254"/>
        <source>%1 holds no appointment or task.</source>
        <translation>%1 هیچ قرار ملاقات یا کاری ندارد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="257"/>
        <source>%1 is neither a file of contact cards (vCard) nor a table of contacts (CSV).</source>
        <translation>%1 نه فایل کارت‌های مخاطب (vCard) است و نه جدول مخاطبان (CSV).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="261"/>
        <source>%1 cannot be read in the character set chosen for it. Choose another one.</source>
        <translation>%1 با مجموعه‌نویسه‌ای که برایش انتخاب شده خوانده نمی‌شود. مجموعه‌ی دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="265"/>
        <source>%1 is not an e-mail message that can be read (an Outlook contact, appointment or task, or a damaged file).</source>
        <translation>‏%1 پیام ایمیلی نیست که بتوان آن را خواند (مخاطب، قرار ملاقات یا کار Outlook، یا فایلی آسیب‌دیده).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="270"/>
        <source>%1 is an Outlook message (.msg). Reading it needs the optional extract-msg package, which this command installs: %2. Or save the message from Outlook as .eml and import that.</source>
        <translation>%1 یک پیام Outlook ‏(.msg) است. خواندن آن به بستهٔ اختیاری extract-msg نیاز دارد که این فرمان آن را نصب می‌کند: %2. یا پیام را در Outlook با قالب ‎.eml‎ ذخیره و آن را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="280"/>
        <source>Nothing was imported.</source>
        <translation>چیزی وارد نشد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="287"/>
        <source>%1 is damaged, so it cannot be restored.</source>
        <translation>%1 آسیب دیده است، بنابراین قابل بازیابی نیست.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="290"/>
        <source>%1 is not a CRM Desktop database, so it cannot be restored.</source>
        <translation>%1 پایگاه داده CRM Desktop نیست، بنابراین قابل بازیابی نیست.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="293"/>
        <source>%1 was written by a newer CRM Desktop, so this version cannot restore it.</source>
        <translation>%1 با نسخه جدیدتری از CRM Desktop نوشته شده است، بنابراین این نسخه نمی‌تواند آن را بازیابی کند.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="299"/>
        <source>%1 cannot be read, so it cannot be restored.</source>
        <translation>%1 خوانده نمی‌شود، بنابراین قابل بازیابی نیست.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="304"/>
        <source>Nothing was changed: your contacts are as they were. Choose another backup.</source>
        <translation>هیچ چیز تغییر نکرد: مخاطبان شما همان‌طور که بودند باقی مانده‌اند. نسخه پشتیبان دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="316"/>
        <source>%1 is larger than %2 GB.</source>
        <translation>حجم %1 بیشتر از %2 گیگابایت است.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="319"/>
        <source>%1: a line is longer than %2 MB.</source>
        <translation>%1: یک خط بزرگ‌تر از %2 مگابایت است.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="320"/>
        <source>%1: a row is longer than %2 MB.</source>
        <translation>%1: یک ردیف بزرگ‌تر از %2 مگابایت است.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="321"/>
        <source>%1: the photo is larger than %2 MB.</source>
        <translation>%1: حجم عکس بیشتر از %2 مگابایت است.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="322"/>
        <source>%1: the header row has more than %2 columns.</source>
        <translation>%1: ردیف سرستون‌ها بیش از %2 ستون دارد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="325"/>
        <source>%1 is too large.</source>
        <translation>%1 بیش از حد بزرگ است.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="329"/>
        <source>Nothing was imported. Split the file, or remove what is too large.</source>
        <translation>هیچ چیز وارد نشد. فایل را تقسیم کنید یا آنچه را بیش از حد بزرگ است حذف کنید.</translation>
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
        <translation>‏vCard 4.0 (سرورهای CardDAV، برنامه‌های جدیدتر)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="25"/>
        <source>vCard 2.1 (old Outlook, old phones)</source>
        <translation>‏vCard 2.1 (Outlook قدیمی، تلفن‌های قدیمی)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="28"/>
        <source>Outlook CSV (Outlook, Excel, most programs)</source>
        <translation>‏CSV مخصوص Outlook (Outlook، Excel، بیشتر برنامه‌ها)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="30"/>
        <source>Google CSV (Google Contacts)</source>
        <translation>‏CSV مخصوص Google (مخاطبین Google)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="33"/>
        <source>Mail merge CSV: an address block and the usual fields (Word, Writer)</source>
        <translation>‏CSV ادغام نامه: بلوک نشانی و فیلدهای معمول (Word، Writer)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="40"/>
        <source>iCalendar: these contacts&apos; activities (Outlook, Thunderbird)</source>
        <translation>‏iCalendar: فعالیت‌های این مخاطبان (Outlook، Thunderbird)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="76"/>
        <source>The &amp;selected contacts (%1)</source>
        <translation>مخاطبان &amp;انتخاب‌شده (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="80"/>
        <source>The contacts the sea&amp;rch shows (%1)</source>
        <translation>مخاطبانی که &amp;جستجو نشان می‌دهد (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="105"/>
        <source>&amp;Export</source>
        <translation>&amp;صادر کردن</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="14"/>
        <source>Export contacts</source>
        <translation>صادر کردن مخاطبان</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="20"/>
        <source>Export</source>
        <translation>صادر کردن</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="26"/>
        <source>&amp;All contacts</source>
        <translation>&amp;همه مخاطبان</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="36"/>
        <source>The &amp;selected contacts</source>
        <translation>مخاطبان &amp;انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="43"/>
        <source>The contacts the sea&amp;rch shows</source>
        <translation>مخاطبانی که &amp;جستجو نشان می‌دهد</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="70"/>
        <source>Include the acc&amp;ounts, as company cards</source>
        <translation>&amp;حساب‌ها هم به‌صورت کارت شرکت گنجانده شوند</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="55"/>
        <source>&amp;Format:</source>
        <translation>&amp;قالب:</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="169"/>
        <source>Attach files</source>
        <translation>پیوست کردن فایل‌ها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="185"/>
        <source>Save file as</source>
        <translation>ذخیرهٔ فایل با نام</translation>
    </message>
</context>
<context>
    <name>FileWords</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/files_section.py" line="71"/>
        <source>Attach %Ln file(s)</source>
        <translation>
            <numerusform>پیوست کردن %Ln فایل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/files_section.py" line="74"/>
        <source>Remove %Ln file(s)</source>
        <translation>
            <numerusform>حذف %Ln فایل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilesSection</name>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="248"/>
        <location filename="../../crm_desktop/gui/files_section.py" line="254"/>
        <source>Files</source>
        <translation>فایل‌ها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="249"/>
        <source>Attach file…</source>
        <translation>پیوست کردن فایل…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="251"/>
        <source>Keep a file on this record (or drop files on the card); at most 100 MB</source>
        <translation>نگه داشتن یک فایل در این رکورد (یا فایل‌ها را روی کارت رها کنید)؛ حداکثر ۱۰۰ مگابایت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="253"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="253"/>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="253"/>
        <source>Attached</source>
        <translation>تاریخ پیوست</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="339"/>
        <source>&amp;Open</source>
        <translation>&amp;باز کردن</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="340"/>
        <source>&amp;Save as…</source>
        <translation>&amp;ذخیره با نام…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="342"/>
        <source>&amp;Remove</source>
        <translation>&amp;حذف</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="151"/>
        <source>Categories:</source>
        <translation>دسته‌ها:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="151"/>
        <source>Account:</source>
        <translation>حساب:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="151"/>
        <source>City:</source>
        <translation>شهر:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="152"/>
        <source>Country:</source>
        <translation>کشور:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="152"/>
        <source>Lead status:</source>
        <translation>وضعیت سرنخ:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="152"/>
        <source>Deal stage:</source>
        <translation>مرحله معامله:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="157"/>
        <source>All of them</source>
        <translation>همه آن‌ها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="157"/>
        <source>Any of them</source>
        <translation>هر یک از آن‌ها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="159"/>
        <source>Last contact on or after</source>
        <translation>آخرین تماس در یا پس از</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="160"/>
        <source>Last contact before</source>
        <translation>آخرین تماس پیش از</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="161"/>
        <source>Has open activities</source>
        <translation>دارای فعالیت‌های باز</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="162"/>
        <source>Keep in touch overdue</source>
        <translation>پیگیری عقب‌افتاده</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="163"/>
        <source>C&amp;lear Filters</source>
        <translation>پا&amp;ک کردن فیلترها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="164"/>
        <source>Save as &amp;Smart Folder…</source>
        <translation>ذخیره به‌عنوان &amp;پوشه هوشمند…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="174"/>
        <source>Any</source>
        <translation>هر</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="18"/>
        <source>Detect automatically</source>
        <translation>تشخیص خودکار</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="19"/>
        <source>Western European (Windows-1252)</source>
        <translation>اروپای غربی (Windows-1252)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="20"/>
        <source>Greek (Windows-1253)</source>
        <translation>یونانی (Windows-1253)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="21"/>
        <source>Greek (ISO 8859-7)</source>
        <translation>یونانی (ISO 8859-7)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="22"/>
        <source>Arabic and Persian (Windows-1256)</source>
        <translation>عربی و فارسی (Windows-1256)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="23"/>
        <source>Central European (Windows-1250)</source>
        <translation>اروپای مرکزی (Windows-1250)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="24"/>
        <source>Cyrillic (Windows-1251)</source>
        <translation>سیریلیک (Windows-1251)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="25"/>
        <source>Japanese (Shift JIS)</source>
        <translation>ژاپنی (Shift JIS)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="70"/>
        <source>&amp;Import</source>
        <translation>&amp;وارد کردن</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="14"/>
        <source>Import contacts</source>
        <translation>وارد کردن مخاطبان</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="20"/>
        <source>Files to import:</source>
        <translation>فایل‌های وارد شدنی:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="30"/>
        <source>Files to import</source>
        <translation>فایل‌های وارد شدنی</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="37"/>
        <source>When a card is somebody you have (same UID, or a shared email or phone and a compatible name)</source>
        <translation>وقتی کارتی مربوط به یکی از مخاطبان شماست (UID یکسان، یا ایمیل یا تلفن مشترک با نامی سازگار)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="43"/>
        <source>&amp;Merge: add what is missing, never overwrite</source>
        <translation>&amp;ادغام: افزودن موارد جاافتاده، بدون بازنویسی</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="53"/>
        <source>&amp;Skip the card</source>
        <translation>&amp;رد کردن کارت</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="60"/>
        <source>&amp;Create a new contact anyway</source>
        <translation>ایجاد مخاطب &amp;جدید در هر صورت</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="72"/>
        <source>C&amp;haracter set of files that do not name theirs:</source>
        <translation>&amp;مجموعه نویسه فایل‌هایی که آن را مشخص نکرده‌اند:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="87"/>
        <source>S&amp;top at the first card that cannot be read, and import nothing</source>
        <translation>&amp;توقف در نخستین کارتی که خوانده نشود، بدون وارد کردن هیچ چیز</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_export.py" line="274"/>
        <source>%Ln file(s) could not be read at all; the others were imported.</source>
        <translation>
            <numerusform>%Ln فایل اصلاً خوانده نشد؛ بقیه وارد شدند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_export.py" line="279"/>
        <source>%Ln possible duplicate(s) created and recorded for you to review.</source>
        <translation>
            <numerusform>%Ln مورد احتمالاً تکراری ایجاد و برای بررسی شما ثبت شد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMatchModel</name>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="38"/>
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="39"/>
        <source>Card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="40"/>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="41"/>
        <source>Line</source>
        <translation>خط</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="42"/>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="43"/>
        <source>Why</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="46"/>
        <source>Merge</source>
        <translation>ادغام</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="47"/>
        <source>Create new</source>
        <translation>ایجاد مورد جدید</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="57"/>
        <source>%1 (new, line %2 of %3)</source>
        <translation>%1 (جدید، خط %2 در %3)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="165"/>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="171"/>
        <source>(no name)</source>
        <translation>(بدون نام)</translation>
    </message>
</context>
<context>
    <name>ImportPace</name>
    <message>
        <location filename="../../crm_desktop/gui/import_progress.py" line="68"/>
        <source>Importing: %1 so far…</source>
        <translation>در حال وارد کردن: تاکنون %1…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_progress.py" line="69"/>
        <source>Importing: reading the files…</source>
        <translation>در حال وارد کردن: خواندن پرونده‌ها…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_progress.py" line="71"/>
        <source>Importing %1 of %2 (%3)</source>
        <translation>در حال وارد کردن %1 از %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_progress.py" line="82"/>
        <source>%1 a second</source>
        <translation>%1 در ثانیه</translation>
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
            <numerusform>حدود %Ln ثانیه مانده است</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_progress.py" line="92"/>
        <source>about %Ln minute(s) left</source>
        <translation>
            <numerusform>حدود %Ln دقیقه مانده است</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_progress.py" line="93"/>
        <source>about %Ln hour(s) left</source>
        <translation>
            <numerusform>حدود %Ln ساعت مانده است</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="161"/>
        <source>Reading the files: %1 of %2 (%3)</source>
        <translation>خواندن پرونده‌ها: %1 از %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="171"/>
        <source>Reading the files: %Ln card(s) so far…</source>
        <translation>
            <numerusform>در حال خواندن فایل‌ها: تاکنون %Ln کارت…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="173"/>
        <source>Reading the files…</source>
        <translation>در حال خواندن فایل‌ها…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="230"/>
        <source>Will be imported, with a warning: %1</source>
        <translation>با هشدار وارد خواهد شد: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="255"/>
        <source>%Ln card(s) to add as new</source>
        <translation>
            <numerusform>%Ln کارت برای افزودن به‌عنوان مورد جدید</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="256"/>
        <source>%Ln card(s) to merge into a contact</source>
        <translation>
            <numerusform>%Ln کارت برای ادغام در یک مخاطب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="261"/>
        <source>%Ln possible duplicate(s) to review later</source>
        <translation>
            <numerusform>%Ln مورد احتمالاً تکراری برای بررسی در آینده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="267"/>
        <source>%Ln card(s) to skip</source>
        <translation>
            <numerusform>%Ln کارت برای رد کردن</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="269"/>
        <source>%Ln card(s) that cannot be read</source>
        <translation>
            <numerusform>%Ln کارت که خوانده نمی‌شود</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="272"/>
        <source>%Ln file(s) that cannot be read at all</source>
        <translation>
            <numerusform>%Ln فایل که اصلاً خوانده نمی‌شود</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="276"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln هشدار</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="284"/>
        <source>Merges (%1)</source>
        <translation>ادغام‌ها (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="287"/>
        <source>Possible duplicates (%1)</source>
        <translation>موارد احتمالاً تکراری (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="292"/>
        <source>Problems (%1)</source>
        <translation>مشکلات (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="330"/>
        <source>&amp;Import</source>
        <translation>&amp;وارد کردن</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="333"/>
        <source>Merge it into that contact</source>
        <translation>ادغام آن در همان مخاطب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="334"/>
        <source>Skip the card</source>
        <translation>رد کردن کارت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="335"/>
        <source>Create a new contact anyway</source>
        <translation>ایجاد مخاطب جدید در هر صورت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="340"/>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="340"/>
        <source>Line</source>
        <translation>خط</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="340"/>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="14"/>
        <source>Import preview</source>
        <translation>پیش‌نمایش وارد کردن</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="20"/>
        <source>Nothing has been written yet. This is what the import will do:</source>
        <translation>هنوز چیزی نوشته نشده است. وارد کردن این کارها را انجام خواهد داد:</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="48"/>
        <source>When a card is a &amp;contact you have:</source>
        <translation>وقتی کارتی یکی از &amp;مخاطبان شماست:</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="58"/>
        <source>What to do with a card that is a contact you have</source>
        <translation>با کارتی که یکی از مخاطبان شماست چه شود</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="84"/>
        <source>Merges</source>
        <translation>ادغام‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="90"/>
        <source>Each of these cards is a contact you have (or a card read before it), and adds to it what it lacks; nothing is overwritten. Untick a card (Space) to create it as a new contact instead.</source>
        <translation>هر یک از این کارت‌ها یکی از مخاطبان شما (یا کارتی که پیش از آن خوانده شده) است و آنچه را کم دارد به آن می‌افزاید؛ هیچ چیز بازنویسی نمی‌شود. برای ایجاد یک کارت به‌عنوان مخاطب جدید، علامت آن را بردارید (کلید فاصله).</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="106"/>
        <source>Cards to merge</source>
        <translation>کارت‌های ادغام‌شدنی</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="126"/>
        <location filename="../../ui/import_preview_dialog.ui" line="148"/>
        <source>Possible duplicates</source>
        <translation>موارد احتمالاً تکراری</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="132"/>
        <source>These cards share an e-mail address, a phone number or a name with a contact, but it is not sure they are the same person: each will be created as a new contact and listed in Contacts &gt; Find Duplicates for you to review.</source>
        <translation>این کارت‌ها نشانی ایمیل، شماره تلفن یا نامی مشترک با یک مخاطب دارند، اما معلوم نیست همان شخص باشند: هر کدام به‌عنوان مخاطب جدید ایجاد و در «مخاطبان &gt; یافتن موارد تکراری» فهرست می‌شود تا آن را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="168"/>
        <source>Problems</source>
        <translation>مشکلات</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="174"/>
        <source>These cards cannot be read and will not be imported, or will be imported with the warning given. The other cards are imported all the same.</source>
        <translation>این کارت‌ها خوانده نمی‌شوند و وارد نخواهند شد، یا با هشدار ذکرشده وارد می‌شوند. بقیه کارت‌ها به هر حال وارد می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="190"/>
        <source>Problems by file and line</source>
        <translation>مشکلات به تفکیک فایل و خط</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="228"/>
        <source>Reading the files</source>
        <translation>خواندن فایل‌ها</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/import_progress.py" line="112"/>
        <source>Importing</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_progress.py" line="113"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>JumpBar</name>
    <message>
        <location filename="../../crm_desktop/gui/jump_bar.py" line="59"/>
        <source>Go to letter</source>
        <translation>رفتن به حرف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/jump_bar.py" line="60"/>
        <source>Go to the names starting with a letter (click, or type it)</source>
        <translation>رفتن به نام‌هایی که با یک حرف آغاز می‌شوند (روی آن کلیک کنید یا آن را تایپ کنید)</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="312"/>
        <source>None of these contacts has a postal address.</source>
        <translation>هیچ‌یک از این مخاطبان نشانی پستی ندارد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="315"/>
        <source>A sheet needs at least one row and one column.</source>
        <translation>برگه دست‌کم به یک ردیف و یک ستون نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="316"/>
        <source>A label needs a width and a height.</source>
        <translation>برچسب به عرض و ارتفاع نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="317"/>
        <source>The pitch is smaller than the label: labels would overlap.</source>
        <translation>فاصله از برچسب کوچک‌تر است: برچسب‌ها روی هم می‌افتند.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="318"/>
        <source>The labels do not fit across the page.</source>
        <translation>برچسب‌ها در عرض صفحه جا نمی‌شوند.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="319"/>
        <source>The labels do not fit down the page.</source>
        <translation>برچسب‌ها در طول صفحه جا نمی‌شوند.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="333"/>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="410"/>
        <source>Envelopes</source>
        <translation>پاکت‌ها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="333"/>
        <source>Labels</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="346"/>
        <source>Print %1</source>
        <translation>چاپ %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="354"/>
        <source>envelopes.pdf</source>
        <translation>پاکت‌ها.pdf</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="354"/>
        <source>labels.pdf</source>
        <translation>برچسب‌ها.pdf</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="367"/>
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>%n صفحه در %1 نوشته شد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="377"/>
        <source>%1 × %2 in</source>
        <translation>⁦%1 × %2⁩ اینچ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="382"/>
        <source>%1 × %2 mm</source>
        <translation>⁦%1 × %2⁩ میلی‌متر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="385"/>
        <source>Avery %1 (%2, %3 × %4, %5)</source>
        <translation>Avery %1 (%2، ⁦%3 × %4⁩، %5)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="394"/>
        <source>Print Labels</source>
        <translation>چاپ برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="396"/>
        <source>&amp;For:</source>
        <translation>&amp;برای:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="399"/>
        <source>The selected contacts (%1)</source>
        <translation>مخاطبان انتخاب‌شده (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="403"/>
        <source>The contacts the list shows (%1)</source>
        <translation>مخاطبانی که فهرست نشان می‌دهد (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="408"/>
        <source>&amp;Print on:</source>
        <translation>&amp;چاپ روی:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="409"/>
        <source>A label sheet</source>
        <translation>برگه برچسب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="411"/>
        <source>Label sheet</source>
        <translation>برگه برچسب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="414"/>
        <source>Custom grid</source>
        <translation>شبکه سفارشی</translation>
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
        <translation>بر&amp;گه:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="418"/>
        <source>P&amp;aper:</source>
        <translation>&amp;کاغذ:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="418"/>
        <source>&amp;Columns:</source>
        <translation>&amp;ستون‌ها:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="418"/>
        <source>&amp;Rows:</source>
        <translation>&amp;ردیف‌ها:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="419"/>
        <source>Label &amp;width:</source>
        <translation>&amp;عرض برچسب:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="419"/>
        <source>Label &amp;height:</source>
        <translation>ار&amp;تفاع برچسب:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="419"/>
        <source>&amp;Top margin:</source>
        <translation>حاشیه با&amp;لا:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="420"/>
        <source>&amp;Left margin:</source>
        <translation>حاشیه چ&amp;پ:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="420"/>
        <source>Across p&amp;itch:</source>
        <translation>فاصله &amp;افقی:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="420"/>
        <source>&amp;Down pitch:</source>
        <translation>فاصله ع&amp;مودی:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="421"/>
        <source>Start at la&amp;bel:</source>
        <translation>&amp;شروع از برچسب:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="426"/>
        <source> mm</source>
        <translation> میلی‌متر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="428"/>
        <source>On a partly used sheet: the first free label, counted across then down.</source>
        <translation>در برگه‌ای که بخشی از آن استفاده شده است: نخستین برچسب خالی، به‌ترتیب افقی و سپس عمودی.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="430"/>
        <source>Draw the labels&apos; &amp;edges (a test on plain paper)</source>
        <translation>رسم لب&amp;ه‌های برچسب‌ها (آزمایش روی کاغذ ساده)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="431"/>
        <source>Envelope</source>
        <translation>پاکت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="432"/>
        <source>Si&amp;ze:</source>
        <translation>ا&amp;ندازه:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="434"/>
        <source>DL (220 × 110 mm)</source>
        <translation>‏DL (⁦220 × 110⁩ میلی‌متر)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="435"/>
        <source>C5 (229 × 162 mm)</source>
        <translation>‏C5 (⁦229 × 162⁩ میلی‌متر)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="436"/>
        <source>US #10 (9.5 × 4.125 in)</source>
        <translation>‏US #10 (⁦9.5 × 4.125⁩ اینچ)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="440"/>
        <source>Print the se&amp;nder&apos;s address (yours)</source>
        <translation>چاپ نشانی &amp;فرستنده (نشانی شما)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="442"/>
        <source>Your address, line by line (set it once in Preferences)</source>
        <translation>نشانی شما، سطر به سطر (یک بار در ترجیحات تنظیم کنید)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="444"/>
        <source>Pre&amp;view and Print…</source>
        <translation>پیش‌نما&amp;یش و چاپ…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="445"/>
        <source>E&amp;xport PDF…</source>
        <translation>صدور P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="451"/>
        <source>Nothing is selected: the contacts the list shows.</source>
        <translation>چیزی انتخاب نشده است: مخاطبانی که فهرست نشان می‌دهد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="454"/>
        <source>%n of them have no postal address and are left out.</source>
        <translation>
            <numerusform>%n مورد از آن‌ها نشانی پستی ندارد و کنار گذاشته می‌شود.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadList</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="279"/>
        <source>No lead matches “%1”.</source>
        <translation>هیچ سرنخی با «%1» مطابقت ندارد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="281"/>
        <source>No leads yet.</source>
        <translation>هنوز هیچ سرنخی وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="282"/>
        <source>Select contacts in the list and choose Contacts &gt; Mark as Lead… to qualify them and convert them when they are ready to buy.</source>
        <translation>مخاطبان را در فهرست انتخاب کنید و مخاطبان &gt; علامت‌گذاری به‌عنوان سرنخ… را برگزینید تا آنها را ارزیابی کنید و وقتی آماده خرید شدند، تبدیلشان کنید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="291"/>
        <source>Leads: %1</source>
        <translation>سرنخ‌ها: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="315"/>
        <source>Leads</source>
        <translation>سرنخ‌ها</translation>
    </message>
</context>
<context>
    <name>LeadPane</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="176"/>
        <source>Conve&amp;rt…</source>
        <translation>&amp;تبدیل…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="177"/>
        <source>Lead status:</source>
        <translation>وضعیت سرنخ:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="186"/>
        <source>Select a lead to see it here.</source>
        <translation>یک سرنخ را برگزینید تا اینجا نمایش داده شود.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="203"/>
        <source>Disqualify lead</source>
        <translation>ردصلاحیت سرنخ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="204"/>
        <source>Why is this lead disqualified?</source>
        <translation>چرا این سرنخ ردصلاحیت می‌شود؟</translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="58"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="59"/>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="60"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="61"/>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="62"/>
        <source>Since</source>
        <translation>از</translation>
    </message>
</context>
<context>
    <name>ListCounts</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/counts.py" line="11"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln مخاطب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/counts.py" line="14"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln حساب</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogBar</name>
    <message>
        <location filename="../../crm_desktop/gui/log_bar.py" line="77"/>
        <source>&amp;Log</source>
        <translation>&amp;ثبت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/log_bar.py" line="78"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;نادیده گرفتن</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/log_bar.py" line="79"/>
        <source>Enter: log · Esc: dismiss</source>
        <translation>‏Enter: ثبت · Esc: نادیده گرفتن</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/log_bar.py" line="86"/>
        <source>Log the call to %1 at %2?</source>
        <translation>تماس با %1 در ساعت %2 ثبت شود؟</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/log_bar.py" line="88"/>
        <source>Log the e-mail to %1 at %2?</source>
        <translation>ایمیل به %1 در ساعت %2 ثبت شود؟</translation>
    </message>
</context>
<context>
    <name>LogForEachDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="125"/>
        <source>Log Activity for Each</source>
        <translation>ثبت فعالیت برای هر کدام</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="134"/>
        <source>Sent Christmas card</source>
        <translation>کارت کریسمس ارسال شد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="143"/>
        <source>&amp;Kind:</source>
        <translation>&amp;نوع:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="144"/>
        <source>&amp;Subject:</source>
        <translation>&amp;موضوع:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="145"/>
        <source>&amp;Done on:</source>
        <translation>&amp;انجام‌شده در:</translation>
    </message>
</context>
<context>
    <name>MailPeopleDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/mail_people_dialog.py" line="63"/>
        <source>People from the e-mails</source>
        <translation>افراد ایمیل‌ها</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/mail_people_dialog.py" line="66"/>
        <source>%n person(s) in the imported e-mails are not among your contacts. Add the ones ticked as new contacts? Each is linked to the e-mails that name them.</source>
        <translation>
            <numerusform>%n نفر در ایمیل‌های واردشده در میان مخاطبان شما نیستند. افراد علامت‌خورده به‌عنوان مخاطب جدید افزوده شوند؟ هر یک به ایمیل‌هایی که نامش را آورده‌اند پیوند داده می‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/mail_people_dialog.py" line="72"/>
        <source>&amp;Add as contacts</source>
        <translation>&amp;افزودن به‌عنوان مخاطب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/mail_people_dialog.py" line="73"/>
        <source>Not now</source>
        <translation>اکنون نه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/mail_people_dialog.py" line="74"/>
        <source>People not among your contacts</source>
        <translation>افرادی که در میان مخاطبان شما نیستند</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_desktop/gui/account_list.py" line="37"/>
        <source>Accounts</source>
        <translation>حساب‌ها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/daily_backup.py" line="45"/>
        <source>Today&apos;s backup is made.</source>
        <translation>نسخه پشتیبان امروز تهیه شد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="75"/>
        <source>Import contacts</source>
        <translation>وارد کردن مخاطبان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="79"/>
        <source>Contacts, calendars and e-mails (*.vcf *.vcard *.csv *.txt *.ics *.eml *.mbox *.msg)</source>
        <translation>مخاطبان، تقویم‌ها و ایمیل‌ها (*.vcf *.vcard *.csv *.txt *.ics *.eml *.mbox *.msg)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="84"/>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation>فایل‌های vCard (*.vcf *.vcard)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="85"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>فایل‌های CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="86"/>
        <location filename="../../crm_desktop/gui/import_export.py" line="355"/>
        <source>iCalendar files (*.ics)</source>
        <translation>فایل‌های iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="87"/>
        <source>E-mail files (*.eml *.mbox *.msg)</source>
        <translation>فایل‌های ایمیل (*.eml *.mbox *.msg)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="88"/>
        <source>All files (*)</source>
        <translation>همه فایل‌ها (*)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="190"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="213"/>
        <source>%1 cards so far…</source>
        <translation>کارت‌ها تاکنون: %1…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="225"/>
        <source>Unexpected error</source>
        <translation>خطای غیرمنتظره</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="227"/>
        <source>The operation stopped on an unexpected error and nothing was changed. Please report it with these details:

%1</source>
        <translation>عملیات به دلیل خطایی غیرمنتظره متوقف شد و هیچ چیز تغییر نکرد. لطفاً آن را همراه با این جزئیات گزارش دهید:

%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="240"/>
        <source>Cancelled</source>
        <translation>لغو شد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="241"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>لغو شد: هیچ چیز تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="264"/>
        <source>Imported %1, merged %2, skipped %3; %4 could not be read.</source>
        <translation>وارد شده: %1، ادغام‌شده: %2، ردشده: %3؛ خوانده‌نشده: %4.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="286"/>
        <source>Import finished</source>
        <translation>وارد کردن به پایان رسید</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="291"/>
        <source>%1, line %2: %3</source>
        <translation>%1، خط %2: %3</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="292"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="293"/>
        <source>%1, line %2: %3 merged into %4</source>
        <translation>%1، خط %2: %3 در %4 ادغام شد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="294"/>
        <source>%1, line %2: %3 is perhaps %4</source>
        <translation>%1، خط %2: %3 شاید همان %4 باشد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="354"/>
        <source>activities.ics</source>
        <translation>فعالیت‌ها.ics</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="357"/>
        <source>contacts.csv</source>
        <translation>مخاطبان.csv</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="358"/>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="360"/>
        <source>contacts.vcf</source>
        <translation>مخاطبان.vcf</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="361"/>
        <source>vCard files (*.vcf)</source>
        <translation>فایل‌های vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="364"/>
        <source>Export contacts</source>
        <translation>صادر کردن مخاطبان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="407"/>
        <source>Exporting contacts…</source>
        <translation>در حال صادر کردن مخاطبان…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="414"/>
        <source>%1 events and to-dos exported.</source>
        <translation>رویدادها و کارهای صادرشده: %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="424"/>
        <source>%1 cards exported.</source>
        <translation>کارت‌های صادرشده: %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_views.py" line="127"/>
        <source>Search names, addresses, categories, notes, activities…</source>
        <translation>جستجو در نام‌ها، نشانی‌ها، دسته‌ها، یادداشت‌ها و فعالیت‌ها…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="288"/>
        <source>Counting…</source>
        <translation>در حال شمارش…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="560"/>
        <source>%1 — CRM Desktop</source>
        <translation>%1 — CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="563"/>
        <source>Search contacts</source>
        <translation>جستجوی مخاطبان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/categories.py" line="10"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/categories.py" line="11"/>
        <source>Prospect</source>
        <translation>مشتری بالقوه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/categories.py" line="12"/>
        <source>Vendor</source>
        <translation>تأمین‌کننده</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/categories.py" line="13"/>
        <source>Partner</source>
        <translation>شریک</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/categories.py" line="14"/>
        <source>Employee</source>
        <translation>کارمند</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/categories.py" line="15"/>
        <source>Competitor</source>
        <translation>رقیب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="43"/>
        <source>Folders and categories</source>
        <translation>پوشه‌ها و دسته‌ها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="105"/>
        <source>Contacts (%1)</source>
        <translation>مخاطبان (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="111"/>
        <source>Accounts (%1)</source>
        <translation>حساب‌ها (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="117"/>
        <source>Trash (%1)</source>
        <translation>سطل زباله (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="123"/>
        <source>Deleted accounts (%1)</source>
        <translation>حساب‌های حذف‌شده (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="137"/>
        <source>Leads (%1)</source>
        <translation>سرنخ‌ها (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="143"/>
        <source>Search: %1 (%2)</source>
        <translation>جستجو: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="152"/>
        <source>Favourites</source>
        <translation>برگزیده‌ها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="159"/>
        <source>Recently viewed</source>
        <translation>اخیراً مشاهده‌شده</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="188"/>
        <source>Show this contact</source>
        <translation>نمایش این مخاطب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="226"/>
        <source>&amp;Rename Smart Folder…</source>
        <translation>&amp;تغییر نام پوشه هوشمند…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="227"/>
        <source>Re&amp;move Smart Folder</source>
        <translation>&amp;حذف پوشه هوشمند</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/record_lists.py" line="261"/>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/record_lists.py" line="263"/>
        <source>Right-click to show or hide columns; drag to move them</source>
        <translation>برای نمایش یا پنهان کردن ستون‌ها راست‌کلیک کنید؛ برای جابه‌جا کردن، آن‌ها را بکشید</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="41"/>
        <source>&amp;New contact…</source>
        <translation>مخاطب &amp;جدید…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="42"/>
        <source>Create a contact</source>
        <translation>ایجاد مخاطب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="48"/>
        <source>New &amp;account…</source>
        <translation>&amp;حساب جدید…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="49"/>
        <location filename="../../crm_desktop/gui/window_actions.py" line="430"/>
        <source>Create an account (a company)</source>
        <translation>ایجاد حساب (شرکت)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="50"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="54"/>
        <source>&amp;Edit contact…</source>
        <translation>ویرایش م&amp;خاطب…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="61"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="62"/>
        <source>Move the selected contacts to the Trash</source>
        <translation>انتقال مخاطبان انتخاب‌شده به سطل زباله</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="68"/>
        <source>Re&amp;store</source>
        <translation>&amp;بازگرداندن</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="69"/>
        <source>Bring the selected contacts back from the Trash</source>
        <translation>بازگرداندن مخاطبان انتخاب‌شده از سطل زباله</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="76"/>
        <source>&amp;Import…</source>
        <translation>&amp;وارد کردن…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="89"/>
        <source>&amp;Export…</source>
        <translation>&amp;صادر کردن…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="97"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="101"/>
        <source>&amp;Find</source>
        <translation>&amp;جستجو</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="107"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="108"/>
        <source>Quit CRM Desktop</source>
        <translation>خروج از CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="113"/>
        <source>&amp;About CRM Desktop</source>
        <translation>&amp;درباره CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="114"/>
        <source>Version and database</source>
        <translation>نسخه و پایگاه داده</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="120"/>
        <source>&amp;Backups…</source>
        <translation>&amp;نسخه‌های پشتیبان…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="121"/>
        <source>Back up the database, or restore a backup</source>
        <translation>پشتیبان‌گیری از پایگاه داده یا بازیابی یک نسخه پشتیبان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="126"/>
        <location filename="../../crm_desktop/gui/window_actions.py" line="134"/>
        <source>Empty &amp;Trash…</source>
        <translation>خالی &amp;کردن سطل زباله…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="127"/>
        <location filename="../../crm_desktop/gui/window_actions.py" line="135"/>
        <source>Delete for good what is in the Trash</source>
        <translation>حذف همیشگی محتوای سطل زباله</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="140"/>
        <location filename="../../crm_desktop/gui/window_actions.py" line="289"/>
        <source>&amp;Contacts</source>
        <translation>&amp;مخاطبان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="142"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="147"/>
        <source>&amp;Activities</source>
        <translation>&amp;فعالیت‌ها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="149"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="154"/>
        <source>&amp;Pipeline</source>
        <translation>&amp;قیف فروش</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="156"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="161"/>
        <source>&amp;Reports</source>
        <translation>&amp;گزارش‌ها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="55"/>
        <source>Edit the selected contact (or press Enter on it)</source>
        <translation>ویرایش مخاطب انتخاب‌شده (یا روی آن Enter را فشار دهید)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="57"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="71"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="78"/>
        <source>Import contacts, activities and e-mails: vCard, CSV (Outlook, Google), iCalendar, e-mail (.eml, .mbox, .msg)</source>
        <translation>وارد کردن مخاطبان، فعالیت‌ها و ایمیل‌ها: vCard، CSV (Outlook، Google)، iCalendar، ایمیل (.eml، .mbox، .msg)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="91"/>
        <source>Export to vCard (2.1, 3.0, 4.0), CSV (Outlook, Google) or iCalendar</source>
        <translation>صادر کردن به vCard (2.1، 3.0، 4.0)، CSV (Outlook، Google) یا iCalendar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="102"/>
        <source>Search the contacts</source>
        <translation>جستجو در مخاطبان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="109"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="115"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="122"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="136"/>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="141"/>
        <source>Contacts and accounts</source>
        <translation>مخاطبان و حساب‌ها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="148"/>
        <source>Today, overdue, the week, the calendar</source>
        <translation>امروز، سررسیدگذشته، هفته، تقویم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="155"/>
        <source>Deals by stage, to drag along</source>
        <translation>فرصت‌ها بر اساس مرحله، برای کشیدن و جابه‌جایی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="162"/>
        <source>Pipeline, forecast, won and lost</source>
        <translation>قیف فروش، پیش‌بینی، برنده و واگذارشده</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="163"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="168"/>
        <source>New ac&amp;tivity…</source>
        <translation>&amp;فعالیت جدید…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="169"/>
        <source>Schedule or log a call, meeting, task…</source>
        <translation>زمان‌بندی یا ثبت تماس، جلسه، کار…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="170"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="174"/>
        <source>Lo&amp;g a Call…</source>
        <translation>&amp;ثبت تماس…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="175"/>
        <source>Log a call just made with the selected contact</source>
        <translation>ثبت تماسی که همین حالا با مخاطب انتخاب‌شده برقرار شد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="176"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="180"/>
        <source>Find &amp;Duplicates…</source>
        <translation>یافتن موارد &amp;تکراری…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="181"/>
        <source>Contacts or accounts that are probably the same</source>
        <translation>مخاطبان یا حساب‌هایی که احتمالاً یکی هستند</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="182"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="186"/>
        <source>Add to &amp;Category…</source>
        <translation>افزودن به &amp;دسته…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="187"/>
        <source>Put the selected contacts in a category</source>
        <translation>قرار دادن مخاطبان انتخاب‌شده در یک دسته</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="188"/>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="192"/>
        <source>Remove from Ca&amp;tegory…</source>
        <translation>حذف &amp;از دسته…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="193"/>
        <source>Take the selected contacts out of a category</source>
        <translation>خارج کردن مخاطبان انتخاب‌شده از یک دسته</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="194"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="198"/>
        <source>Mark as &amp;Lead…</source>
        <translation>علامت‌گذاری به‌عنوان &amp;سرنخ…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="200"/>
        <source>Make the selected contacts leads, to qualify and convert</source>
        <translation>مخاطبان انتخاب‌شده سرنخ می‌شوند تا ارزیابی و تبدیل شوند</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="204"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="208"/>
        <source>Set &amp;Field…</source>
        <translation>تنظیم &amp;فیلد…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="210"/>
        <source>Give the selected contacts an account, a status or another value</source>
        <translation>اختصاص یک حساب، وضعیت یا مقدار دیگر به مخاطبان انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="214"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="218"/>
        <source>Log Activity for &amp;Each…</source>
        <translation>ثبت فعالیت برای &amp;هر کدام…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="219"/>
        <source>Log one done activity on each selected contact</source>
        <translation>ثبت یک فعالیت انجام‌شده برای هر مخاطب انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="220"/>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="224"/>
        <source>&amp;Filters</source>
        <translation>ف&amp;یلترها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="225"/>
        <source>Show or hide the filters above the list</source>
        <translation>نمایش یا پنهان کردن فیلترهای بالای فهرست</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="226"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="230"/>
        <source>&amp;Save Search as Smart Folder…</source>
        <translation>&amp;ذخیره جستجو به‌عنوان پوشه هوشمند…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="231"/>
        <source>Keep this search and folder in the folder pane</source>
        <translation>نگه‌داشتن این جستجو و پوشه در قاب پوشه‌ها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="232"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="236"/>
        <source>Tr&amp;ash…</source>
        <translation>&amp;سطل زباله…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="237"/>
        <source>Restore what was deleted, or delete it for good</source>
        <translation>بازگرداندن موارد حذف‌شده یا حذف همیشگی آن‌ها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="238"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="242"/>
        <source>Prefere&amp;nces…</source>
        <translation>&amp;ترجیحات…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="243"/>
        <source>The language of CRM Desktop</source>
        <translation>زبان CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="244"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="257"/>
        <source>&amp;File</source>
        <translation>&amp;فایل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="272"/>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="303"/>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="306"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="324"/>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="325"/>
        <source>&amp;Redo</source>
        <translation>&amp;ازنو</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="393"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="398"/>
        <source>Main</source>
        <translation>اصلی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="429"/>
        <source>&amp;New account…</source>
        <translation>حساب &amp;جدید…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="433"/>
        <source>&amp;Edit account…</source>
        <translation>&amp;ویرایش حساب…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="434"/>
        <source>Edit the selected account (or press Enter on it)</source>
        <translation>ویرایش حساب انتخاب‌شده (یا روی آن Enter را فشار دهید)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="436"/>
        <source>Move the selected accounts to the Trash</source>
        <translation>انتقال حساب‌های انتخاب‌شده به سطل زباله</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="439"/>
        <source>Bring the selected accounts back from the Trash</source>
        <translation>بازگرداندن حساب‌های انتخاب‌شده از سطل زباله</translation>
    </message>
</context>
<context>
    <name>MatchReasons</name>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="13"/>
        <source>same card identifier</source>
        <translation>شناسه کارت یکسان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="14"/>
        <source>same e-mail address</source>
        <translation>نشانی ایمیل یکسان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="15"/>
        <source>same phone number</source>
        <translation>شماره تلفن یکسان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="16"/>
        <source>same website</source>
        <translation>وب‌سایت یکسان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="17"/>
        <source>same name</source>
        <translation>نام یکسان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="18"/>
        <source>same name in another alphabet</source>
        <translation>نام یکسان به خطی دیگر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="19"/>
        <source>similar name</source>
        <translation>نام مشابه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="20"/>
        <source>one has no name</source>
        <translation>یکی نام ندارد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="21"/>
        <source>none has a name</source>
        <translation>هیچ‌کدام نام ندارند</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="22"/>
        <source>same account</source>
        <translation>حساب یکسان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="23"/>
        <source>different names</source>
        <translation>نام‌های متفاوت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="24"/>
        <source>a value others share too</source>
        <translation>مقداری که رکوردهای دیگر هم دارند</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="25"/>
        <source>different companies</source>
        <translation>شرکت‌های متفاوت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="26"/>
        <source>every value already there</source>
        <translation>همه مقادیر از قبل موجودند</translation>
    </message>
</context>
<context>
    <name>MergeChoiceModel</name>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="46"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="47"/>
        <source>Organization</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="48"/>
        <source>Job title</source>
        <translation>عنوان شغلی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="49"/>
        <source>Department</source>
        <translation>بخش</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="50"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="51"/>
        <source>Nickname</source>
        <translation>نام مستعار</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="52"/>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="53"/>
        <source>Anniversary</source>
        <translation>سالگرد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="54"/>
        <source>Gender</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="55"/>
        <source>Photo</source>
        <translation>عکس</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="56"/>
        <source>Keep in touch (days)</source>
        <translation>حفظ ارتباط (روز)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="63"/>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="64"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="65"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="66"/>
        <source>Web page</source>
        <translation>صفحه وب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="67"/>
        <source>Instant messaging</source>
        <translation>پیام‌رسان فوری</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="68"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="69"/>
        <source>Custom field</source>
        <translation>فیلد سفارشی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="70"/>
        <source>vCard property</source>
        <translation>ویژگی vCard</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="71"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="187"/>
        <source>a photo</source>
        <translation>یک عکس</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="262"/>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="264"/>
        <source>(no name)</source>
        <translation>(بدون نام)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="268"/>
        <source>%1 (kept)</source>
        <translation>%1 (می‌ماند)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="308"/>
        <source>Uncheck to leave this value out</source>
        <translation>برای کنار گذاشتن این مقدار، علامت آن را بردارید</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="311"/>
        <source>Check the value to keep</source>
        <translation>مقداری را که باید بماند علامت بزنید</translation>
    </message>
</context>
<context>
    <name>NextActivity</name>
    <message>
        <location filename="../../crm_desktop/gui/next_activity.py" line="23"/>
        <source>Overdue</source>
        <translation>سررسیدگذشته</translation>
    </message>
</context>
<context>
    <name>NoDisplay</name>
    <message>
        <location filename="../../crm_desktop/gui/no_display.py" line="61"/>
        <source>no display: the window cannot be shown here; set DISPLAY (or WAYLAND_DISPLAY), or use the command line (crm-desktop --help)</source>
        <translation>نمایشگری در دسترس نیست: پنجره در اینجا نمایش داده نمی‌شود؛ ⁦DISPLAY⁩ (یا ⁦WAYLAND_DISPLAY⁩) را تنظیم کنید یا از خط فرمان استفاده کنید (⁦crm-desktop --help⁩)</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/board.py" line="429"/>
        <source>Pipeline</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/board.py" line="430"/>
        <source>Won
(drop a deal here)</source>
        <translation>برنده
(فرصت را اینجا رها کنید)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/board.py" line="431"/>
        <source>Lost
(drop a deal here)</source>
        <translation>واگذارشده
(فرصت را اینجا رها کنید)</translation>
    </message>
</context>
<context>
    <name>PipelineFilters</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="151"/>
        <source>Any close date</source>
        <translation>هر تاریخ بستنی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="152"/>
        <source>Overdue</source>
        <translation>سررسیدگذشته</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="153"/>
        <source>Closing this month</source>
        <translation>بستن در این ماه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="154"/>
        <source>Closing next month</source>
        <translation>بستن در ماه آینده</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="155"/>
        <source>Closing this quarter</source>
        <translation>بستن در این فصل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="156"/>
        <source>Closing in the next 90 days</source>
        <translation>بستن در ۹۰ روز آینده</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="157"/>
        <source>Closing this year</source>
        <translation>بستن در امسال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="167"/>
        <source>C&amp;lose:</source>
        <translation>ب&amp;ستن:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="167"/>
        <source>Account cate&amp;gory:</source>
        <translation>&amp;دسته حساب:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="176"/>
        <source>Li&amp;st</source>
        <translation>ف&amp;هرست</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="168"/>
        <source>&amp;Amount from:</source>
        <translation>مبل&amp;غ از:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="170"/>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="172"/>
        <source>any</source>
        <translation>هر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="177"/>
        <source>Show the deals as a sortable list instead of the board</source>
        <translation>نمایش فرصت‌ها به‌صورت فهرست مرتب‌پذیر به‌جای تابلو</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="185"/>
        <source>All accounts</source>
        <translation>همه حساب‌ها</translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_view.py" line="129"/>
        <source>&amp;New deal…</source>
        <translation>فرصت &amp;جدید…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_view.py" line="130"/>
        <source>Deals</source>
        <translation>فرصت‌های فروش</translation>
    </message>
</context>
<context>
    <name>PreferenceFields</name>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="117"/>
        <source>Calendar:</source>
        <translation>تقویم:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="117"/>
        <source>Colours:</source>
        <translation>رنگ‌ها:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="117"/>
        <source>Default currency:</source>
        <translation>واحد پول پیش‌فرض:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="118"/>
        <source>Region for phone numbers:</source>
        <translation>منطقه برای شماره‌های تلفن:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="118"/>
        <source>Keep in touch with new contacts:</source>
        <translation>در تماس ماندن با مخاطبان جدید:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="119"/>
        <source>Remind of new activities:</source>
        <translation>یادآوری فعالیت‌های جدید:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="119"/>
        <source>Automatic backups kept:</source>
        <translation>نسخه‌های پشتیبان خودکار نگه‌داشته‌شده:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="120"/>
        <source>Folder for Back up now:</source>
        <translation>پوشه برای «پشتیبان‌گیری اکنون»:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="120"/>
        <source>Sync every:</source>
        <translation>همگام‌سازی هر:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="126"/>
        <source>As the system</source>
        <translation>مانند سیستم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="126"/>
        <source>Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="127"/>
        <source>Dark</source>
        <translation>تیره</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="131"/>
        <source>The region&apos;s (%1)</source>
        <translation>واحد پول منطقه (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="134"/>
        <source>The language&apos;s (%1)</source>
        <translation>منطقهٔ زبان (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="135"/>
        <source>not kept in touch</source>
        <translation>بدون پیگیری</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="136"/>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="137"/>
        <source>no reminder</source>
        <translation>بدون یادآوری</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="138"/>
        <source> min before</source>
        <translation> دقیقه پیش از آن</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="139"/>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="140"/>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="141"/>
        <source>Beside the database, with the others</source>
        <translation>کنار پایگاه داده، همراه بقیه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="142"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="147"/>
        <source>Folder for backups</source>
        <translation>پوشهٔ نسخه‌های پشتیبان</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/preferences_dialog.py" line="110"/>
        <source>System default (%1)</source>
        <translation>زبان سیستم (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="14"/>
        <source>Preferences</source>
        <translation>ترجیحات</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="25"/>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="35"/>
        <source>Language of CRM Desktop</source>
        <translation>زبان CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="42"/>
        <source>Your e-mail &amp;addresses:</source>
        <translation>&amp;نشانی‌های ایمیل شما:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="52"/>
        <source>Your own e-mail addresses, separated by commas</source>
        <translation>نشانی‌های ایمیل خودتان، جداشده با ویرگول</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="55"/>
        <source>you@example.com, you@work.example</source>
        <translation>you@example.com, you@work.example</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="62"/>
        <source>Your &amp;postal address:</source>
        <translation>نشانی &amp;پستی شما:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="72"/>
        <source>Your own postal address, line by line: the sender on envelopes</source>
        <translation>نشانی پستی شما، سطر به سطر: فرستنده روی پاکت‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="78"/>
        <source>The sender on envelopes, line by line</source>
        <translation>فرستنده روی پاکت‌ها، سطر به سطر</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="87"/>
        <source>CRM Desktop speaks the language of the system unless you choose another here. The windows change at once; a message already on screen keeps its words until it is shown again. An imported e-mail sent from one of your own addresses is logged as sent, any other as received.</source>
        <translation>‏CRM Desktop به زبان سیستم است مگر آنکه زبان دیگری را اینجا برگزینید. پنجره‌ها بی‌درنگ تغییر می‌کنند؛ پیامی که از پیش روی صفحه است تا نمایش دوباره واژه‌های خود را نگه می‌دارد. ایمیل واردشده‌ای که از یکی از نشانی‌های خودتان فرستاده شده، ارسالی ثبت می‌شود و هر ایمیل دیگر دریافتی.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="39"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="123"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="170"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="40"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="117"/>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="41"/>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="42"/>
        <source>Probability</source>
        <translation>احتمال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="43"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="54"/>
        <source>Sum: %1 · Weighted: %2</source>
        <translation>جمع: %1 · وزنی: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="63"/>
        <source>%1 (overdue)</source>
        <translation>%1 (سررسیدگذشته)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="75"/>
        <source>Pipeline</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="88"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="87"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="105"/>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="92"/>
        <source>&amp;Print</source>
        <translation>&amp;چاپ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="93"/>
        <source>Export P&amp;DF</source>
        <translation>برون‌بری P&amp;DF</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="95"/>
        <source>This &amp;view…</source>
        <translation>این &amp;نما…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="97"/>
        <source>The list, the pipeline or the report shown</source>
        <translation>فهرست، قیف فروش یا گزارشی که نمایش داده می‌شود</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="100"/>
        <source>&amp;Selected contacts only…</source>
        <translation>فقط &amp;مخاطبان برگزیده…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="102"/>
        <source>Only the contacts selected in the list, with its columns</source>
        <translation>فقط مخاطبانی که در فهرست برگزیده شده‌اند، با ستون‌های آن</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="107"/>
        <source>The selected &amp;card…</source>
        <translation>&amp;کارت برگزیده…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="109"/>
        <source>The selected contact, account or deal with its timeline</source>
        <translation>مخاطب، حساب یا فرصت برگزیده همراه با خط زمانی آن</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="114"/>
        <source>Print &amp;Labels…</source>
        <translation>چاپ &amp;برچسب‌ها…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="116"/>
        <source>The selected contacts&apos; addresses (or those the list shows) on labels or envelopes</source>
        <translation>نشانی مخاطبان انتخاب‌شده (یا آن‌هایی که فهرست نشان می‌دهد) روی برچسب یا پاکت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="61"/>
        <source>%1 records</source>
        <translation>تعداد رکوردها: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="85"/>
        <source>Nothing recorded yet.</source>
        <translation>هنوز چیزی ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="100"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="101"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="102"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="103"/>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="124"/>
        <source>Department</source>
        <translation>بخش</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="125"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="155"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="126"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="152"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="128"/>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="131"/>
        <source>Categories</source>
        <translation>دسته‌ها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="148"/>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="149"/>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="164"/>
        <source>Contacts (%1)</source>
        <translation>مخاطبان (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="169"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/label_painting.py" line="223"/>
        <location filename="../../crm_desktop/gui/printing.py" line="147"/>
        <source>The PDF could not be written.</source>
        <translation>نوشتن فایل PDF ممکن نشد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/printing.py" line="164"/>
        <source>Print %1</source>
        <translation>چاپ %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/printing.py" line="176"/>
        <source>Export PDF</source>
        <translation>برون‌بری PDF</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/printing.py" line="178"/>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_print_documents.py" line="50"/>
        <source>%1 (selected contacts)</source>
        <translation>%1 (مخاطبان برگزیده)</translation>
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
        <translation>افزودن رابطه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relation_dialog.py" line="92"/>
        <source>&amp;Relationship:</source>
        <translation>&amp;رابطه:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relation_dialog.py" line="93"/>
        <source>&amp;Person:</source>
        <translation>&amp;شخص:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relation_dialog.py" line="114"/>
        <source>Choose one of your contacts.</source>
        <translation>یکی از مخاطبان خود را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relation_dialog.py" line="118"/>
        <source>No contact or account has this name: it is kept as a name.</source>
        <translation>هیچ مخاطب یا حسابی این نام را ندارد: به‌صورت نام نگه داشته می‌شود.</translation>
    </message>
</context>
<context>
    <name>RelationsBox</name>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="47"/>
        <source>Add Relationship</source>
        <translation>افزودن رابطه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="72"/>
        <source>Remove Relationship</source>
        <translation>حذف رابطه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="151"/>
        <source>Relationships</source>
        <translation>روابط</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="158"/>
        <source>Add Relationship…</source>
        <translation>افزودن رابطه…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="161"/>
        <source>Relationship Types…</source>
        <translation>انواع رابطه…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="202"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="217"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="218"/>
        <source>Remove this relationship</source>
        <translation>حذف این رابطه</translation>
    </message>
</context>
<context>
    <name>RelationshipTypes</name>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="13"/>
        <source>Spouse</source>
        <translation>همسر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="14"/>
        <source>Partner</source>
        <translation>شریک زندگی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="15"/>
        <source>Manager</source>
        <translation>مدیر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="16"/>
        <source>Direct report</source>
        <translation>زیردست مستقیم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="17"/>
        <source>Assistant</source>
        <translation>دستیار</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="18"/>
        <source>Assistant to</source>
        <translation>دستیارِ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="19"/>
        <source>Referred by</source>
        <translation>معرفی‌شده توسط</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="20"/>
        <source>Referred</source>
        <translation>معرفی کرده</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="21"/>
        <source>Colleague</source>
        <translation>همکار</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="22"/>
        <source>Former employee of</source>
        <translation>کارمند سابقِ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="23"/>
        <source>Former employer of</source>
        <translation>کارفرمای سابقِ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="24"/>
        <source>Parent</source>
        <translation>والد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="25"/>
        <source>Child</source>
        <translation>فرزند</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="26"/>
        <source>Sibling</source>
        <translation>خواهر/برادر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="27"/>
        <source>Friend</source>
        <translation>دوست</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="28"/>
        <source>Related</source>
        <translation>مرتبط</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="29"/>
        <source>Mother</source>
        <translation>مادر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="30"/>
        <source>Father</source>
        <translation>پدر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="31"/>
        <source>Brother</source>
        <translation>برادر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="32"/>
        <source>Sister</source>
        <translation>خواهر</translation>
    </message>
</context>
<context>
    <name>RelationshipTypesDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="113"/>
        <source>Relationship Types</source>
        <translation>انواع رابطه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="114"/>
        <source>&amp;Add…</source>
        <translation>&amp;افزودن…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="115"/>
        <source>&amp;Rename…</source>
        <translation>&amp;تغییر نام…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="116"/>
        <source>Re&amp;move</source>
        <translation>&amp;حذف</translation>
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
        <translation>یادآوری</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reminders.py" line="103"/>
        <source>Reminder: %1</source>
        <translation>یادآوری: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reminders.py" line="103"/>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
</context>
<context>
    <name>RepeatSection</name>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="178"/>
        <source>Does not repeat</source>
        <translation>تکرار نمی‌شود</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="179"/>
        <source>Daily</source>
        <translation>روزانه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="180"/>
        <source>Weekly</source>
        <translation>هفتگی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="181"/>
        <source>Monthly</source>
        <translation>ماهانه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="182"/>
        <source>Yearly</source>
        <translation>سالانه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="183"/>
        <source>As imported</source>
        <translation>همان‌گونه که وارد شد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="188"/>
        <source>Never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="189"/>
        <source>On date</source>
        <translation>در تاریخ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="190"/>
        <source>After</source>
        <translation>پس از</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="194"/>
        <source>every</source>
        <translation>هر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="195"/>
        <source>Ends:</source>
        <translation>پایان:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="196"/>
        <source> occurrence(s)</source>
        <translation> بار</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="201"/>
        <source>On the first %1 of the month</source>
        <translation>در نخستین %1 ماه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="202"/>
        <source>On the second %1 of the month</source>
        <translation>در دومین %1 ماه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="203"/>
        <source>On the third %1 of the month</source>
        <translation>در سومین %1 ماه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="204"/>
        <source>On the fourth %1 of the month</source>
        <translation>در چهارمین %1 ماه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="205"/>
        <source>On the last %1 of the month</source>
        <translation>در آخرین %1 ماه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="211"/>
        <source>On day %1 of the month</source>
        <translation>در روز %1 ماه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="216"/>
        <source>Repeats by a rule from another calendar: %1</source>
        <translation>بر اساس قاعده‌ای از تقویمی دیگر تکرار می‌شود: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="225"/>
        <source>day(s)</source>
        <translation>روز</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="226"/>
        <source>week(s)</source>
        <translation>هفته</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="227"/>
        <source>month(s)</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="228"/>
        <source>year(s)</source>
        <translation>سال</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="46"/>
        <source>Pipeline by stage</source>
        <translation>قیف فروش بر اساس مرحله</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="47"/>
        <source>Forecast by month of expected close</source>
        <translation>پیش‌بینی بر اساس ماه بستن مورد انتظار</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="50"/>
        <source>Won and lost by month</source>
        <translation>برنده و واگذارشده بر اساس ماه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="51"/>
        <source>Activities done by kind and week</source>
        <translation>فعالیت‌های انجام‌شده بر اساس نوع و هفته</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="54"/>
        <source>Purchase history by account and year</source>
        <translation>سابقه خرید بر اساس حساب و سال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="57"/>
        <source>Referrals: who sends you business</source>
        <translation>معرفی‌ها: چه کسی برای شما کسب‌وکار می‌آورد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="102"/>
        <source>No close date</source>
        <translation>بدون تاریخ بستن</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="146"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="171"/>
        <source>Sum</source>
        <translation>جمع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="150"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="172"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="193"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="217"/>
        <source>Weighted</source>
        <translation>وزنی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="168"/>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="169"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="215"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="269"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="355"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="395"/>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="170"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="216"/>
        <source>Deals</source>
        <translation>فرصت‌ها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="197"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="218"/>
        <source>Best case</source>
        <translation>بهترین حالت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="214"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="268"/>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="239"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="270"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="374"/>
        <source>Won</source>
        <translation>برنده</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="243"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="272"/>
        <source>Lost</source>
        <translation>واگذارشده</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="271"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="397"/>
        <source>Won amount</source>
        <translation>مبلغ برنده</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="273"/>
        <source>Lost amount</source>
        <translation>مبلغ واگذارشده</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="274"/>
        <source>Win rate</source>
        <translation>نرخ موفقیت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="275"/>
        <source>Average days to close</source>
        <translation>میانگین روز تا بستن</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="289"/>
        <source>Week of %1</source>
        <translation>هفته %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="308"/>
        <source>Week</source>
        <translation>هفته</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="309"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="310"/>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="353"/>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="354"/>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="356"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="396"/>
        <source>Won deals</source>
        <translation>فرصت‌های برنده</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="357"/>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="381"/>
        <source>None won</source>
        <translation>هیچ معامله‌ای برنده نشده</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="393"/>
        <source>Referrer</source>
        <translation>معرف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="394"/>
        <source>People referred</source>
        <translation>افراد معرفی‌شده</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../crm_desktop/gui/reports/reports_view.py" line="178"/>
        <source>Chart c&amp;urrency:</source>
        <translation>&amp;ارز نمودار:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/reports_view.py" line="179"/>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
</context>
<context>
    <name>SalesText</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="21"/>
        <source>Prospecting</source>
        <translation>جست‌وجوی مشتری</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="22"/>
        <source>Qualification</source>
        <translation>ارزیابی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="23"/>
        <source>Proposal</source>
        <translation>پیشنهاد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="24"/>
        <source>Negotiation</source>
        <translation>مذاکره</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="26"/>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="27"/>
        <source>Won</source>
        <translation>برنده</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="28"/>
        <source>Lost</source>
        <translation>واگذارشده</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="30"/>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="31"/>
        <source>Contacted</source>
        <translation>تماس‌گرفته</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="32"/>
        <source>Qualified</source>
        <translation>واجد شرایط</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="33"/>
        <source>Disqualified</source>
        <translation>ردصلاحیت‌شده</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="35"/>
        <source>Referral</source>
        <translation>معرفی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="36"/>
        <source>Web</source>
        <translation>وب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="37"/>
        <source>Trade show</source>
        <translation>نمایشگاه تجاری</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="38"/>
        <source>Campaign</source>
        <translation>کارزار</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="39"/>
        <source>Partner</source>
        <translation>شریک</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="40"/>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="42"/>
        <source>Decision maker</source>
        <translation>تصمیم‌گیرنده</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="43"/>
        <source>Influencer</source>
        <translation>اثرگذار</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="44"/>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="45"/>
        <source>Technical</source>
        <translation>فنی</translation>
    </message>
</context>
<context>
    <name>SearchMatch</name>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="21"/>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="22"/>
        <source>Title</source>
        <translation>عنوان شغلی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="23"/>
        <source>Department</source>
        <translation>بخش</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="24"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="25"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="26"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="27"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="28"/>
        <source>Web page</source>
        <translation>صفحه وب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="29"/>
        <source>Custom field</source>
        <translation>فیلد سفارشی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="30"/>
        <source>Other vCard field</source>
        <translation>فیلد دیگر vCard</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="31"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="32"/>
        <source>Activity</source>
        <translation>فعالیت</translation>
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
        <translation>حذف فعالیت تکرارشونده</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/series_scope.py" line="27"/>
        <source>Edit repeating activity</source>
        <translation>ویرایش فعالیت تکرارشونده</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/series_scope.py" line="30"/>
        <source>“%1” repeats. Delete only this occurrence, or every one in the series?</source>
        <translation>«%1» تکرار می‌شود. فقط همین مورد حذف شود یا همهٔ موارد این سری؟</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/series_scope.py" line="34"/>
        <source>“%1” repeats. Change only this occurrence, or every one in the series?</source>
        <translation>«%1» تکرار می‌شود. فقط همین مورد تغییر کند یا همهٔ موارد این سری؟</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/series_scope.py" line="43"/>
        <source>Only &amp;this one</source>
        <translation>فقط &amp;همین مورد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/series_scope.py" line="44"/>
        <source>&amp;All in the series</source>
        <translation>&amp;همهٔ موارد سری</translation>
    </message>
</context>
<context>
    <name>SetFieldDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="68"/>
        <source>Set Field</source>
        <translation>تنظیم فیلد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="72"/>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="72"/>
        <source>Keep in touch every</source>
        <translation>پیگیری هر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="73"/>
        <source>Lead status</source>
        <translation>وضعیت سرنخ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="73"/>
        <source>Custom field</source>
        <translation>فیلد سفارشی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="75"/>
        <source>&amp;Field:</source>
        <translation>&amp;فیلد:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="84"/>
        <source>Never (cleared)</source>
        <translation>هرگز (پاک‌شده)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="85"/>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="97"/>
        <source>&amp;Label:</source>
        <translation>&amp;برچسب:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="98"/>
        <source>&amp;Value:</source>
        <translation>&amp;مقدار:</translation>
    </message>
</context>
<context>
    <name>SmartFolderActions</name>
    <message>
        <location filename="../../crm_desktop/gui/smart_folder_actions.py" line="56"/>
        <source>Save Search as Smart Folder</source>
        <translation>ذخیره جستجو به‌عنوان پوشه هوشمند</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/smart_folder_actions.py" line="57"/>
        <source>Name of the smart folder:</source>
        <translation>نام پوشه هوشمند:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/smart_folder_actions.py" line="78"/>
        <source>Rename Smart Folder</source>
        <translation>تغییر نام پوشه هوشمند</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/smart_folder_actions.py" line="78"/>
        <source>New name:</source>
        <translation>نام جدید:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/smart_folder_actions.py" line="91"/>
        <source>Remove Smart Folder</source>
        <translation>حذف پوشه هوشمند</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/smart_folder_actions.py" line="92"/>
        <source>Remove the smart folder “%1”? The contacts it shows stay.</source>
        <translation>پوشه هوشمند «%1» حذف شود؟ مخاطبانی که نشان می‌دهد باقی می‌مانند.</translation>
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
        <translation>جمع: %1
وزنی: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/board.py" line="134"/>
        <source>No deals</source>
        <translation>بدون فرصت</translation>
    </message>
</context>
<context>
    <name>StartupDialogs</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="36"/>
        <source>The newest good backup was made on %1 and holds %Ln contact(s).</source>
        <translation>
            <numerusform>جدیدترین نسخه پشتیبان سالم در %1 تهیه شده و %Ln مخاطب دارد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="44"/>
        <source>The database %1 is damaged and cannot be opened.</source>
        <translation>پایگاه داده %1 آسیب دیده است و باز نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="48"/>
        <source>It has not been changed.</source>
        <translation>تغییری در آن داده نشده است.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="54"/>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="82"/>
        <source>The database is damaged</source>
        <translation>پایگاه داده آسیب دیده است</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="57"/>
        <source>No backup of it was found. Keep the file: a copy of it may still be repaired. CRM Desktop will now quit.</source>
        <translation>هیچ نسخه پشتیبانی از آن پیدا نشد. فایل را نگه دارید: شاید هنوز بتوان نسخه‌ای از آن را تعمیر کرد. اکنون CRM Desktop بسته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="69"/>
        <source>The newest good backup was made on %1.</source>
        <translation>جدیدترین نسخه پشتیبان سالم در %1 تهیه شده است.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="74"/>
        <source>Restore it? The damaged file is kept beside it under another name; what changed since the backup is not in it.</source>
        <translation>بازیابی شود؟ فایل آسیب‌دیده با نامی دیگر در کنار آن نگه داشته می‌شود؛ تغییرات پس از تهیه نسخه پشتیبان در آن نیست.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="88"/>
        <source>&amp;Restore the backup</source>
        <translation>&amp;بازیابی نسخه پشتیبان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="91"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
</context>
<context>
    <name>SyncAccountsDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="87"/>
        <source>Sync Accounts</source>
        <translation>حساب‌های همگام‌سازی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="90"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="90"/>
        <source>Server</source>
        <translation>سرور</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="90"/>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="90"/>
        <source>Last sync</source>
        <translation>آخرین همگام‌سازی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="96"/>
        <source>&amp;Add…</source>
        <translation>&amp;افزودن…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="97"/>
        <source>&amp;Remove</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="98"/>
        <source>&amp;Sync Now</source>
        <translation>اکنون همگام‌سازی &amp;کن</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="108"/>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="164"/>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="109"/>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="115"/>
        <source>Sync &amp;every:</source>
        <translation>همگام‌سازی &amp;هر:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="118"/>
        <source>Record</source>
        <translation>رکورد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="118"/>
        <source>Fields</source>
        <translation>فیلدها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="118"/>
        <source>Server&apos;s version</source>
        <translation>نسخهٔ سرور</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="123"/>
        <source>Keep &amp;Mine</source>
        <translation>نسخهٔ &amp;خودم بماند</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="124"/>
        <source>Keep the Server&apos;s</source>
        <translation>نسخهٔ سرور بماند</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="131"/>
        <source>Changed on both sides</source>
        <translation>در هر دو طرف تغییر کرده</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="135"/>
        <source>The same field was changed here and on the server. Yours is kept until you choose; the server&apos;s version is kept here too.</source>
        <translation>همان فیلد هم اینجا و هم روی سرور تغییر کرده است. نسخهٔ شما تا زمانی که انتخاب کنید حفظ می‌شود؛ نسخهٔ سرور نیز اینجا نگه داشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="163"/>
        <source>never synced</source>
        <translation>هرگز همگام نشده</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="204"/>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="208"/>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="214"/>
        <source>Add Sync Account</source>
        <translation>افزودن حساب همگام‌سازی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="216"/>
        <source>No keyring is available on this system: the password was not kept, and will be asked for once each session.</source>
        <translation>هیچ جاکلیدی در این سیستم در دسترس نیست: گذرواژه نگه داشته نشد و در هر نشست یک بار پرسیده می‌شود.</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="79"/>
        <source>The server address cannot be used: %1</source>
        <translation>نشانی سرور قابل استفاده نیست: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="80"/>
        <source>The server cannot be reached (offline?): %1</source>
        <translation>دسترسی به سرور ممکن نیست (آفلاین هستید؟): %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="81"/>
        <source>The server did not answer in time: %1</source>
        <translation>سرور به‌موقع پاسخ نداد: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="82"/>
        <source>The server&apos;s certificate could not be verified: %1</source>
        <translation>گواهی سرور تأیید نشد: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="83"/>
        <source>The server refused the user name or password: %1</source>
        <translation>سرور نام کاربری یا گذرواژه را نپذیرفت: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="84"/>
        <source>The server does not allow this: %1</source>
        <translation>سرور اجازهٔ این کار را نمی‌دهد: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="85"/>
        <source>The server&apos;s copy changed meanwhile: %1</source>
        <translation>نسخهٔ سرور در این فاصله تغییر کرد: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="86"/>
        <source>The server has no room left: %1</source>
        <translation>سرور دیگر جا ندارد: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="87"/>
        <source>The server has no such address: %1</source>
        <translation>چنین نشانی‌ای روی سرور نیست: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="88"/>
        <source>The server offers no address book: %1</source>
        <translation>سرور هیچ دفترچهٔ نشانی ارائه نمی‌دهد: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="89"/>
        <source>No keyring is available to keep the password: %1</source>
        <translation>هیچ جاکلیدی برای نگه‌داشتن گذرواژه در دسترس نیست: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="90"/>
        <source>No password is known for this account: %1</source>
        <translation>گذرواژه‌ای برای این حساب شناخته نیست: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="91"/>
        <source>The server&apos;s reply could not be used: %1</source>
        <translation>پاسخ سرور قابل استفاده نبود: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="98"/>
        <source>%1: %2 sent, %3 received, %4 updated, %5 deleted</source>
        <translation>%1: %2 ارسال، %3 دریافت، %4 به‌روزرسانی، %5 حذف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="108"/>
        <source>Synced at %1</source>
        <translation>همگام‌سازی در %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="114"/>
        <source>contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="115"/>
        <source>activities</source>
        <translation>فعالیت‌ها</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/window_sync.py" line="118"/>
        <source>%n conflict(s) to resolve (File &gt; Sync Accounts)</source>
        <translation>
            <numerusform>%n ناسازگاری برای حل (پرونده &gt; حساب‌های همگام‌سازی)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWarning</name>
    <message>
        <location filename="../../crm_desktop/gui/sync_warning.py" line="34"/>
        <source>The database is in a synced folder</source>
        <translation>پایگاه داده در پوشه‌ای همگام‌شده است</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_warning.py" line="35"/>
        <source>The database %1 is in a folder that %2 keeps in sync.</source>
        <translation>پایگاه داده %1 در پوشه‌ای است که %2 آن را همگام نگه می‌دارد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_warning.py" line="41"/>
        <source>Sync services copy the database while CRM Desktop writes to it, which can damage it or make conflicting copies. Keep the database in a folder that is not synced (start CRM Desktop with --db to choose one), and put exports or backups in the synced folder instead.</source>
        <translation>سرویس‌های همگام‌سازی پایگاه داده را در حالی کپی می‌کنند که CRM Desktop در حال نوشتن در آن است؛ این کار می‌تواند به آن آسیب بزند یا نسخه‌های متعارض بسازد. پایگاه داده را در پوشه‌ای نگه دارید که همگام‌سازی نمی‌شود (برای انتخاب آن، CRM Desktop را با ⁦--db⁩ اجرا کنید) و به‌جای آن، فایل‌های صادرشده یا نسخه‌های پشتیبان را در پوشه همگام‌شده بگذارید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_warning.py" line="52"/>
        <source>&amp;Don&apos;t show this again for this database</source>
        <translation>&amp;دیگر برای این پایگاه داده نشان داده نشود</translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_week.py" line="469"/>
        <source>+%Ln more</source>
        <translation>
            <numerusform>+%Ln مورد دیگر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_week.py" line="508"/>
        <location filename="../../crm_desktop/gui/activity_week.py" line="510"/>
        <source>Earlier</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_week.py" line="509"/>
        <location filename="../../crm_desktop/gui/activity_week.py" line="511"/>
        <source>Later</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_week.py" line="512"/>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_week.py" line="513"/>
        <source>Activities by time of day</source>
        <translation>فعالیت‌ها بر اساس ساعت روز</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_week.py" line="514"/>
        <source>Activities without a time of day</source>
        <translation>فعالیت‌های بدون ساعت</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../crm_desktop/gui/timeline_model.py" line="74"/>
        <source>Sent</source>
        <translation>ارسالی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_model.py" line="76"/>
        <source>Received</source>
        <translation>دریافتی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_model.py" line="90"/>
        <source>Files: %1</source>
        <translation>فایل‌ها: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_model.py" line="226"/>
        <source> pinned</source>
        <translation> سنجاق‌شده</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="164"/>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="195"/>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="165"/>
        <source>Everything</source>
        <translation>همه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="167"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="168"/>
        <source>Calls</source>
        <translation>تماس‌ها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="169"/>
        <source>Emails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="170"/>
        <source>Letters</source>
        <translation>نامه‌ها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="171"/>
        <source>Meetings</source>
        <translation>جلسه‌ها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="172"/>
        <source>Tasks</source>
        <translation>کارها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="173"/>
        <source>Files</source>
        <translation>فایل‌ها</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="177"/>
        <source>Show only one kind</source>
        <translation>نمایش فقط یک نوع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="179"/>
        <source>Log a call</source>
        <translation>ثبت تماس</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="180"/>
        <source>Add a note</source>
        <translation>افزودن یادداشت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="181"/>
        <source>Schedule a task</source>
        <translation>زمان‌بندی کار</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="182"/>
        <source>Log an email</source>
        <translation>ثبت ایمیل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="183"/>
        <source>Log a meeting</source>
        <translation>ثبت جلسه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="187"/>
        <source>&amp;Add</source>
        <translation>&amp;افزودن</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="188"/>
        <source>New activity…</source>
        <translation>فعالیت جدید…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="189"/>
        <source>When the task is due</source>
        <translation>سررسید کار</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="190"/>
        <source>No deal</source>
        <translation>بدون فرصت فروش</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="191"/>
        <source>The open deal this is about (its timeline shows it)</source>
        <translation>فرصت فروش باز مربوط به این مورد (در سابقهٔ زمانی آن نمایش داده می‌شود)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="192"/>
        <source>Deal</source>
        <translation>فرصت فروش</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="194"/>
        <source>Nothing here yet.</source>
        <translation>هنوز چیزی اینجا نیست.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="318"/>
        <source>What was said (Enter logs the call)</source>
        <translation>چه گفته شد (Enter تماس را ثبت می‌کند)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="319"/>
        <source>Write a note (Enter adds it)</source>
        <translation>یادداشتی بنویسید (Enter آن را اضافه می‌کند)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="320"/>
        <source>What to do (Enter schedules it)</source>
        <translation>چه باید کرد (Enter آن را زمان‌بندی می‌کند)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="321"/>
        <source>What the email was about (Enter logs it)</source>
        <translation>موضوع ایمیل (Enter آن را ثبت می‌کند)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="322"/>
        <source>What the meeting was about (Enter logs it)</source>
        <translation>موضوع جلسه (Enter آن را ثبت می‌کند)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="381"/>
        <source>&amp;Edit…</source>
        <translation>&amp;ویرایش…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="384"/>
        <source>&amp;Unpin</source>
        <translation>&amp;برداشتن سنجاق</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="384"/>
        <source>&amp;Pin to the top</source>
        <translation>سنجاق کردن در &amp;بالا</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="388"/>
        <source>Mark as &amp;done…</source>
        <translation>علامت‌گذاری به‌عنوان &amp;انجام‌شده…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="398"/>
        <source>Open %1</source>
        <translation>باز کردن %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="401"/>
        <source>Save %1 as…</source>
        <translation>ذخیرهٔ %1 با نام…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="407"/>
        <source>Attach file…</source>
        <translation>پیوست کردن فایل…</translation>
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
            <numerusform>%Ln مخاطب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="28"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln حساب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="31"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln یادداشت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="34"/>
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>%Ln فعالیت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="37"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln فایل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="40"/>
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln فرصت فروش</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="43"/>
        <source>Permanently delete the %Ln item(s) in the Trash?</source>
        <translation>
            <numerusform>%Ln مورد موجود در سطل زباله برای همیشه حذف شود؟</numerusform>
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
        <translation>خالی کردن سطل زباله</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash.py" line="74"/>
        <source>The Trash is already empty.</source>
        <translation>سطل زباله از قبل خالی است.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash.py" line="83"/>
        <source>This cannot be undone (a backup of the database is made first).</source>
        <translation>این کار بازگشت‌پذیر نیست (ابتدا از پایگاه داده نسخه پشتیبان تهیه می‌شود).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash.py" line="91"/>
        <source>&amp;Empty Trash</source>
        <translation>خالی &amp;کردن سطل زباله</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="129"/>
        <source>All kinds (%1)</source>
        <translation>همه انواع (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="130"/>
        <source>Contacts (%1)</source>
        <translation>مخاطبان (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="131"/>
        <source>Accounts (%1)</source>
        <translation>حساب‌ها (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="132"/>
        <source>Notes (%1)</source>
        <translation>یادداشت‌ها (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="133"/>
        <source>Activities (%1)</source>
        <translation>فعالیت‌ها (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="134"/>
        <source>Files (%1)</source>
        <translation>فایل‌ها (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="135"/>
        <source>Deals (%1)</source>
        <translation>فرصت‌های فروش (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="190"/>
        <location filename="../../ui/trash_dialog.ui" line="98"/>
        <source>The Trash is empty.</source>
        <translation>سطل زباله خالی است.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="192"/>
        <source>There is nothing of this kind in the Trash.</source>
        <translation>چیزی از این نوع در سطل زباله نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="14"/>
        <source>Trash</source>
        <translation>سطل زباله</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="20"/>
        <source>Deleted contacts, accounts, notes and activities stay here until you empty the Trash. Select some and click Restore to bring them back.</source>
        <translation>مخاطبان، حساب‌ها، یادداشت‌ها و فعالیت‌های حذف‌شده تا زمانی که سطل زباله را خالی کنید اینجا می‌مانند. برای بازگرداندن، مواردی را انتخاب کنید و روی «بازگرداندن» کلیک کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="35"/>
        <source>&amp;Show:</source>
        <translation>&amp;نمایش:</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="45"/>
        <source>Kind of record shown</source>
        <translation>نوع رکورد نمایش‌داده‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="67"/>
        <source>Records in the Trash</source>
        <translation>رکوردهای سطل زباله</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="113"/>
        <source>Bring the selected records back from the Trash</source>
        <translation>بازگرداندن رکوردهای انتخاب‌شده از سطل زباله</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="116"/>
        <source>&amp;Restore</source>
        <translation>&amp;بازگرداندن</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="123"/>
        <source>Delete for good everything in the Trash</source>
        <translation>حذف همیشگی همه محتوای سطل زباله</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="126"/>
        <source>Empty &amp;Trash…</source>
        <translation>خالی &amp;کردن سطل زباله…</translation>
    </message>
</context>
<context>
    <name>TrashTableModel</name>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="28"/>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="29"/>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="30"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="31"/>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="32"/>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="33"/>
        <source>Deal</source>
        <translation>فرصت فروش</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="37"/>
        <source>Call</source>
        <translation>تماس تلفنی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="38"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="39"/>
        <source>Letter</source>
        <translation>نامه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="40"/>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="41"/>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="71"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="72"/>
        <source>Name or subject</source>
        <translation>نام یا موضوع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="73"/>
        <source>Deleted on</source>
        <translation>تاریخ حذف</translation>
    </message>
</context>
<context>
    <name>TypeNamesDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="62"/>
        <source>Relationship Type</source>
        <translation>نوع رابطه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="63"/>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="64"/>
        <source>&amp;Inverse (on the other card):</source>
        <translation>&amp;معکوس (روی کارت دیگر):</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="67"/>
        <source>The same word</source>
        <translation>همان واژه</translation>
    </message>
</context>
<context>
    <name>UndoFeedback</name>
    <message>
        <location filename="../../crm_desktop/gui/undo_feedback.py" line="39"/>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/undo_feedback.py" line="40"/>
        <source>Bring back what was just deleted</source>
        <translation>بازگرداندن آنچه همین حالا حذف شد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/undo_feedback.py" line="92"/>
        <source>%1 — Undo (%2)</source>
        <translation>%1 — واگرد (⁦%2⁩)</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="102"/>
        <source>Welcome to CRM Desktop</source>
        <translation>به CRM Desktop خوش آمدید</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="105"/>
        <source>There are no contacts yet. Bring in the ones you already have, or start with the first one.</source>
        <translation>هنوز مخاطبی وجود ندارد. مخاطبانی را که دارید وارد کنید یا با نخستین مخاطب شروع کنید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="111"/>
        <source>Import from Outlook…</source>
        <translation>وارد کردن از Outlook…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="113"/>
        <source>In Outlook: File &gt; Open &amp; Export &gt; Import/Export &gt; Export to a file &gt; Comma Separated Values. Outlook.com: People &gt; Manage contacts &gt; Export contacts.</source>
        <translation>در Outlook: پرونده &gt; باز کردن و صادر کردن &gt; وارد کردن/صادر کردن &gt; صادر کردن به پرونده &gt; مقادیر جداشده با ویرگول. در Outlook.com: افراد &gt; مدیریت مخاطبان &gt; صادر کردن مخاطبان.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="119"/>
        <source>Import from Google…</source>
        <translation>وارد کردن از Google…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="121"/>
        <source>At contacts.google.com: Export, then Google CSV or vCard. The file goes to your Downloads folder.</source>
        <translation>در contacts.google.com: صادر کردن، سپس Google CSV یا vCard. پرونده در پوشهٔ بارگیری‌ها ذخیره می‌شود.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="126"/>
        <source>Import from a phone…</source>
        <translation>وارد کردن از تلفن همراه…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="128"/>
        <source>Android: Contacts &gt; Fix &amp; manage &gt; Export to file (a .vcf file). iPhone: at icloud.com/contacts select all, then Export vCard.</source>
        <translation>‏Android: مخاطبین &gt; اصلاح و مدیریت &gt; صادر کردن به پرونده (پروندهٔ ‎.vcf). iPhone: در icloud.com/contacts همه را انتخاب کنید، سپس Export vCard.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="133"/>
        <source>Import a CSV file…</source>
        <translation>وارد کردن پروندهٔ CSV…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="135"/>
        <source>Any other program or spreadsheet: save the list as CSV; you then say which column holds what.</source>
        <translation>هر برنامه یا صفحه‌گسترده‌ای دیگر: فهرست را به‌صورت CSV ذخیره کنید؛ سپس مشخص می‌کنید هر ستون چه چیزی دارد.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="139"/>
        <source>Add a contact…</source>
        <translation>افزودن مخاطب…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="139"/>
        <source>Type in the first one yourself.</source>
        <translation>نخستین مخاطب را خودتان وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="141"/>
        <source>Open the demo</source>
        <translation>باز کردن نسخهٔ نمایشی</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="143"/>
        <source>A separate window with sample contacts, accounts and activities, to look around in. Nothing of it is added to your own database.</source>
        <translation>پنجره‌ای جداگانه با مخاطبان، حساب‌ها و فعالیت‌های نمونه برای گشت‌وگذار. هیچ‌کدام به پایگاه دادهٔ شما افزوده نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>WindowSchedule</name>
    <message>
        <location filename="../../crm_desktop/gui/window_schedule.py" line="79"/>
        <source>Overdue activities: %1</source>
        <translation>فعالیت‌های سررسیدگذشته: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_schedule.py" line="68"/>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
</context>
<context>
    <name>WindowSync</name>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="169"/>
        <source>&amp;Sync Now</source>
        <translation>&amp;اکنون همگام‌سازی کن</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="171"/>
        <source>Sync with your CardDAV/CalDAV servers (%1)</source>
        <translation>همگام‌سازی با سرورهای CardDAV/CalDAV شما (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="175"/>
        <source>S&amp;ync Accounts…</source>
        <translation>حساب‌های &amp;همگام‌سازی…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="199"/>
        <source>Last sync: %1</source>
        <translation>آخرین همگام‌سازی: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="234"/>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="236"/>
        <source>No keyring keeps the password of %1 (%2). Password:</source>
        <translation>هیچ جاکلیدی گذرواژهٔ %1 (%2) را نگه نمی‌دارد. گذرواژه:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="288"/>
        <source>Syncing…</source>
        <translation>در حال همگام‌سازی…</translation>
    </message>
</context>
<context>
    <name>WindowViews</name>
    <message>
        <location filename="../../crm_desktop/gui/window_views.py" line="126"/>
        <source>Search activities: subjects, details, places, people…</source>
        <translation>جستجوی فعالیت‌ها: موضوع‌ها، جزئیات، مکان‌ها، افراد…</translation>
    </message>
</context>
</TS>
