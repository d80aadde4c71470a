<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/about_dialog.py" line="29"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="14"/>
        <source>About CRM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="28"/>
        <source>CRM Desktop icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="37"/>
        <source>CRM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="62"/>
        <source>An offline-first personal CRM: your contacts, accounts, activities and notes, in one private file on your own disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="74"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="94"/>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountCardView</name>
    <message>
        <location filename="../../crm_desktop/gui/account_card.py" line="37"/>
        <source>Account card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_card.py" line="44"/>
        <source>Select an account to see it here.</source>
        <translation>اختر حسابًا لعرضه هنا.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_card.py" line="62"/>
        <source>Website</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_card.py" line="64"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_card.py" line="66"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_card.py" line="69"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_card.py" line="72"/>
        <source>Contacts (%1)</source>
        <translation>جهات الاتصال (%1)</translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="50"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="50"/>
        <location filename="../../crm_desktop/gui/account_editor.py" line="51"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="51"/>
        <source>Address</source>
        <translation type="unfinished">العنوان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="53"/>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="53"/>
        <location filename="../../ui/account_editor.ui" line="6"/>
        <source>Account</source>
        <translation type="unfinished">الحساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="60"/>
        <source>Give the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="64"/>
        <source>%1 is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="68"/>
        <source>%1 is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="10"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="12"/>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="13"/>
        <source>https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="14"/>
        <source>&amp;Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="18"/>
        <source>P&amp;hones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="22"/>
        <source>Add phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="23"/>
        <source>Remove phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="27"/>
        <source>&amp;Emails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="31"/>
        <source>Add email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="32"/>
        <source>Remove email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="36"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <location filename="../../crm_desktop/gui/account_table_model.py" line="26"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_table_model.py" line="27"/>
        <source>Website</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_table_model.py" line="28"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_table_model.py" line="29"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_table_model.py" line="30"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
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
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="105"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="105"/>
        <source>First values</source>
        <translation>القيم الأولى</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="105"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="108"/>
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
    <name>ContactCardView</name>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="54"/>
        <source>Contact card</source>
        <translation>بطاقة جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="61"/>
        <source>Select a contact to see it here.</source>
        <translation>اختر جهة اتصال لعرضها هنا.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="73"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="90"/>
        <source>Show the contacts of this account</source>
        <translation>عرض جهات اتصال هذا الحساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="103"/>
        <source>Title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="104"/>
        <source>Department</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="108"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="113"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="116"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="117"/>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="118"/>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="177"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="172"/>
        <source>Address</source>
        <translation type="unfinished">العنوان</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="172"/>
        <source>Type (work, home…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="173"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="173"/>
        <source>Type (work, cell, fax…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="174"/>
        <source>Street</source>
        <translation type="unfinished">الشارع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="174"/>
        <source>City</source>
        <translation type="unfinished">المدينة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="174"/>
        <source>Region</source>
        <translation type="unfinished">المنطقة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="175"/>
        <source>Postal code</source>
        <translation type="unfinished">الرمز البريدي</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="175"/>
        <source>Country</source>
        <translation type="unfinished">البلد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="175"/>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="176"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="176"/>
        <source>Web page</source>
        <translation type="unfinished">صفحة الويب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="177"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="182"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="182"/>
        <location filename="../../ui/contact_editor.ui" line="6"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="202"/>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="211"/>
        <source>%1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="219"/>
        <source>%1 is not an image this app can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="230"/>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="232"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="264"/>
        <source>%1 is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="269"/>
        <source>%1 is not a phone number (digits, spaces, + ( ) - . /).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="277"/>
        <source>%1 is not a date: write 1980-04-15, or --04-15 without the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="283"/>
        <source>A custom field needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="337"/>
        <source>Give the contact a name, an email or a phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Middle names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Su&amp;ffix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Shown as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Made from the name parts when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>A company you have, or a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Birthday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>1980-04-15, or --04-15 without the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Emails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Add email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remove email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>P&amp;hones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Add phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remove phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Categories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Name and work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>C&amp;hoose photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remo&amp;ve photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>or drop an image here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Nickname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Emails and phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Addresses and web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>A&amp;ddresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Add address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remove address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Web pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Web pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Add web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remove web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Custom &amp;fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remove field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="41"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="42"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="43"/>
        <source>Title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="44"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="45"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="46"/>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="47"/>
        <source>Last contact</source>
        <translation>آخر تواصل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="48"/>
        <source>Next activity</source>
        <translation>النشاط التالي</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="137"/>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="19"/>
        <source>CRM Desktop is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="21"/>
        <source>The database cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="22"/>
        <source>CRM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="29"/>
        <source>process %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="33"/>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="36"/>
        <source>The database %1 is already open in CRM Desktop (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="42"/>
        <source>Switch to the window that is open, or close it and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="49"/>
        <source>Another program is writing to %1. Close it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="52"/>
        <source>%1 cannot be written to. Check the file&apos;s permissions or free the drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="56"/>
        <source>The disk holding %1 is full. Nothing was changed: free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="60"/>
        <source>%1 is damaged. It has not been changed; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="63"/>
        <source>%1 is not a CRM Desktop database. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="66"/>
        <source>%1 was written by a newer CRM Desktop. Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="70"/>
        <source>%1 cannot be opened. Check that its folder exists and is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="73"/>
        <source>%1 could not be upgraded. It was left as it was; a backup is in its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="80"/>
        <source>That record no longer exists. It may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="85"/>
        <source>%1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="44"/>
        <source>The &amp;selected contacts (%1)</source>
        <translation>جهات الاتصال ال&amp;محددة (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="48"/>
        <source>The contacts the &amp;search shows (%1)</source>
        <translation>جهات الاتصال التي يعرضها ال&amp;بحث (%1)</translation>
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
        <source>The contacts the &amp;search shows</source>
        <translation>جهات الاتصال التي يعرضها ال&amp;بحث</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="55"/>
        <source>&amp;Format:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="70"/>
        <source>Include the &amp;accounts, as company cards</source>
        <translation>تضمين ال&amp;حسابات، كبطاقات شركات</translation>
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
        <source>When a card matches a contact you have (same UID, email or phone)</source>
        <translation>عندما تطابق بطاقةٌ جهةَ اتصال لديك (نفس المعرّف UID أو البريد الإلكتروني أو الهاتف)</translation>
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
        <source>&amp;Character set of files that do not name theirs:</source>
        <translation>&amp;ترميز الملفات التي لا تذكر ترميزها:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="87"/>
        <source>S&amp;top at the first card that cannot be read, and import nothing</source>
        <translation>ال&amp;توقف عند أول بطاقة تتعذر قراءتها، وعدم استيراد أي شيء</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="16"/>
        <source>Detect automatically</source>
        <translation>اكتشاف تلقائي</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="17"/>
        <source>Western European (Windows-1252)</source>
        <translation>أوروبي غربي (Windows-1252)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="18"/>
        <source>Greek (Windows-1253)</source>
        <translation>يوناني (Windows-1253)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="19"/>
        <source>Greek (ISO 8859-7)</source>
        <translation>يوناني (ISO 8859-7)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="20"/>
        <source>Arabic and Persian (Windows-1256)</source>
        <translation>عربي وفارسي (Windows-1256)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="21"/>
        <source>Central European (Windows-1250)</source>
        <translation>أوروبي أوسط (Windows-1250)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="22"/>
        <source>Cyrillic (Windows-1251)</source>
        <translation>سيريلي (Windows-1251)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="23"/>
        <source>Japanese (Shift JIS)</source>
        <translation>ياباني (Shift JIS)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="129"/>
        <source>CRM Desktop — %1</source>
        <translation>CRM Desktop — %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="135"/>
        <source>Search names, accounts, emails, phones, notes</source>
        <translation>ابحث في الأسماء والحسابات والبريد والهواتف والملاحظات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="137"/>
        <source>Search contacts</source>
        <translation>البحث في جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="143"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="338"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="319"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="343"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="351"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="169"/>
        <source>Folders and categories</source>
        <translation>المجلدات والفئات</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="202"/>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="320"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="322"/>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="324"/>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/main_window.py" line="238"/>
        <location filename="../../crm_desktop/gui/main_window.py" line="414"/>
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
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="85"/>
        <source>Customer</source>
        <translation>عميل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="86"/>
        <source>Prospect</source>
        <translation>عميل محتمل</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="87"/>
        <source>Vendor</source>
        <translation>مورّد</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="88"/>
        <source>Partner</source>
        <translation>شريك</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="89"/>
        <source>Employee</source>
        <translation>موظف</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="90"/>
        <source>Competitor</source>
        <translation>منافس</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="160"/>
        <source>Right-click to show or hide columns; drag to move them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="176"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/main_window.py" line="430"/>
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
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="508"/>
        <source>Contacts (%1)</source>
        <translation>جهات الاتصال (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="512"/>
        <source>Accounts (%1)</source>
        <translation>الحسابات (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="515"/>
        <source>Trash (%1)</source>
        <translation>سلة المحذوفات (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="517"/>
        <source>Deleted accounts (%1)</source>
        <translation>الحسابات المحذوفة (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="702"/>
        <source>Import contacts</source>
        <translation type="unfinished">استيراد جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="706"/>
        <source>Contacts (*.vcf *.vcard *.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="707"/>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="708"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="709"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="760"/>
        <source>Importing contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="766"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="785"/>
        <source>%1 cards so far…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="794"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="794"/>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="815"/>
        <source>Imported %1, merged %2, skipped %3; %4 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="821"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="826"/>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="849"/>
        <source>Export contacts</source>
        <translation type="unfinished">تصدير جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="850"/>
        <source>contacts.vcf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="850"/>
        <source>contacts.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="851"/>
        <source>vCard files (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="851"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="876"/>
        <source>Exporting contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="881"/>
        <source>%1 cards exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
