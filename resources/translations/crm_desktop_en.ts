<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>ContactCardView</name>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="25"/>
        <source>Contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="32"/>
        <source>Select a contact to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="56"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="57"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="59"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="61"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="64"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="65"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="66"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="33"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="34"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="35"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="36"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="37"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="38"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../crm_desktop/gui/export_dialog.py" line="42"/>
        <source>The &amp;selected contacts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="46"/>
        <source>The contacts the &amp;search shows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="14"/>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="20"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="26"/>
        <source>&amp;All contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="36"/>
        <source>The &amp;selected contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="43"/>
        <source>The contacts the &amp;search shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="55"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="70"/>
        <source>Include the &amp;accounts, as company cards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.ui" line="14"/>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="20"/>
        <source>Files to import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="30"/>
        <source>Files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="37"/>
        <source>When a card matches a contact you have (same UID, email or phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="43"/>
        <source>&amp;Merge: add what is missing, never overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="53"/>
        <source>&amp;Skip the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="60"/>
        <source>&amp;Create a new contact anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="72"/>
        <source>&amp;Old files without a character set are in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="87"/>
        <source>S&amp;top at the first card that cannot be read, and import nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="55"/>
        <source>CRM Desktop — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="61"/>
        <source>Search names, accounts, emails, phones, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="63"/>
        <source>Search contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="69"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="92"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="105"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="106"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="108"/>
        <source>Import contacts from vCard files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="111"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="112"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="113"/>
        <source>Export contacts to a vCard file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="117"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="121"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="122"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="126"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="127"/>
        <source>&amp;About CRM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/main_window.py" line="152"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="163"/>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="165"/>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="188"/>
        <source>Importing contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="192"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="211"/>
        <source>%1 cards so far…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="220"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="220"/>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="239"/>
        <source>Imported %1, merged %2, skipped %3; %4 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="245"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="250"/>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="269"/>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="270"/>
        <source>contacts.vcf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="271"/>
        <source>vCard files (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="291"/>
        <source>Exporting contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="296"/>
        <source>%1 cards exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
