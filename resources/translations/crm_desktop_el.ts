<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el_GR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/about_dialog.py" line="29"/>
        <source>Version %1</source>
        <translation>Έκδοση %1</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="14"/>
        <source>About CRM Desktop</source>
        <translation>Πληροφορίες για το CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="28"/>
        <source>CRM Desktop icon</source>
        <translation>Εικονίδιο του CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="37"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="62"/>
        <source>An offline-first personal CRM: your contacts, accounts, activities and notes, in one private file on your own disk.</source>
        <translation>Ένα προσωπικό CRM που λειτουργεί πρώτα απ&apos; όλα χωρίς σύνδεση: οι επαφές, οι λογαριασμοί, οι δραστηριότητες και οι σημειώσεις σας, σε ένα ιδιωτικό αρχείο στον δικό σας δίσκο.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="74"/>
        <source>Database:</source>
        <translation>Βάση δεδομένων:</translation>
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
        <translation>Καρτέλα λογαριασμού</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_card.py" line="88"/>
        <source>Select an account to see it here.</source>
        <translation>Επιλέξτε έναν λογαριασμό για να εμφανιστεί εδώ.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_card.py" line="106"/>
        <location filename="../../crm_desktop/gui/account_card.py" line="110"/>
        <source>Website</source>
        <translation>Ιστότοπος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_card.py" line="120"/>
        <source>Contacts (%1)</source>
        <translation>Επαφές (%1)</translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="53"/>
        <source>Number</source>
        <translation>Αριθμός</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="53"/>
        <location filename="../../crm_desktop/gui/account_editor.py" line="54"/>
        <source>Type</source>
        <translation>Τύπος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="54"/>
        <source>Address</source>
        <translation>Διεύθυνση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="56"/>
        <source>New account</source>
        <translation>Νέος λογαριασμός</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="56"/>
        <location filename="../../ui/account_editor.ui" line="6"/>
        <source>Account</source>
        <translation>Λογαριασμός</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="63"/>
        <source>Give the account a name.</source>
        <translation>Δώστε ένα όνομα στον λογαριασμό.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="67"/>
        <source>%1 is not a phone number.</source>
        <translation>Το «%1» δεν είναι αριθμός τηλεφώνου.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_editor.py" line="71"/>
        <source>%1 is not an email address.</source>
        <translation>Το «%1» δεν είναι διεύθυνση email.</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="10"/>
        <source>&amp;Name:</source>
        <translation>&amp;Όνομα:</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="12"/>
        <source>&amp;Website:</source>
        <translation>&amp;Ιστότοπος:</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="13"/>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="14"/>
        <source>&amp;Industry:</source>
        <translation>&amp;Κλάδος:</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="18"/>
        <source>P&amp;hones:</source>
        <translation>&amp;Τηλέφωνα:</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="22"/>
        <source>Add phone</source>
        <translation>Προσθήκη τηλεφώνου</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="23"/>
        <source>Remove phone</source>
        <translation>Κατάργηση τηλεφώνου</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="27"/>
        <source>&amp;Emails:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="31"/>
        <source>Add email</source>
        <translation>Προσθήκη email</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="32"/>
        <source>Remove email</source>
        <translation>Κατάργηση email</translation>
    </message>
    <message>
        <location filename="../../ui/account_editor.ui" line="36"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Σημείωση:</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <location filename="../../crm_desktop/gui/account_table_model.py" line="21"/>
        <source>Account</source>
        <translation>Λογαριασμός</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_table_model.py" line="22"/>
        <source>Website</source>
        <translation>Ιστότοπος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_table_model.py" line="23"/>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_table_model.py" line="24"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/account_table_model.py" line="25"/>
        <source>Contacts</source>
        <translation>Επαφές</translation>
    </message>
</context>
<context>
    <name>ActivitiesView</name>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="243"/>
        <source>Today</source>
        <translation>Σήμερα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="243"/>
        <source>Overdue</source>
        <translation>Εκπρόθεσμες</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="243"/>
        <source>Next 7 days</source>
        <translation>Επόμενες 7 ημέρες</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="244"/>
        <source>All open</source>
        <translation>Όλες οι ανοιχτές</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="244"/>
        <source>Done</source>
        <translation>Ολοκληρωμένες</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="247"/>
        <source>&amp;New activity…</source>
        <translation>&amp;Νέα δραστηριότητα…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="248"/>
        <source>Mark as d&amp;one…</source>
        <translation>Σήμανση ως &amp;ολοκληρωμένης…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="249"/>
        <source>&amp;Edit…</source>
        <translation>Επεξερ&amp;γασία…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="250"/>
        <source>&amp;Delete</source>
        <translation>&amp;Διαγραφή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="253"/>
        <source>Keeping in touch</source>
        <translation>Διατήρηση επαφής</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="254"/>
        <source>Upcoming birthdays and anniversaries</source>
        <translation>Προσεχή γενέθλια και επέτειοι</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="255"/>
        <source>Activities</source>
        <translation>Δραστηριότητες</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="256"/>
        <source>The day&apos;s activities</source>
        <translation>Οι δραστηριότητες της ημέρας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="257"/>
        <source>Drag an activity onto a day to move it there</source>
        <translation>Σύρετε μια δραστηριότητα σε μια ημέρα για να τη μετακινήσετε εκεί</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activities_view.py" line="314"/>
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>%Ln δραστηριότητα</numerusform>
            <numerusform>%Ln δραστηριότητες</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="358"/>
        <source>Activities on %1: %2</source>
        <translation>%1 — δραστηριότητες: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="387"/>
        <source>%1 — %2, anniversary</source>
        <translation>%1 — %2, επέτειος</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activities_view.py" line="389"/>
        <source>%1 — %2, anniversary (%Ln year(s))</source>
        <translation>
            <numerusform>%1 — %2, επέτειος (%Ln έτος)</numerusform>
            <numerusform>%1 — %2, επέτειος (%Ln έτη)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="398"/>
        <source>%1 — never contacted</source>
        <translation>%1 — καμία επικοινωνία μέχρι σήμερα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="401"/>
        <source>%1 — last contact %2</source>
        <translation>%1 — τελευταία επικοινωνία %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="408"/>
        <source>No one is waiting to hear from you.</source>
        <translation>Κανείς δεν περιμένει νέα σας.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="411"/>
        <source>today</source>
        <translation>σήμερα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="416"/>
        <source>%1 — %2, turns %3</source>
        <translation>%1 — %2, κλείνει τα %3</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="422"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="428"/>
        <source>No birthdays or anniversaries in the next %1 days.</source>
        <translation>Δεν υπάρχουν γενέθλια ή επέτειοι τις επόμενες %1 ημέρες.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="531"/>
        <source>Mark as &amp;done…</source>
        <translation>Σήμανση ως &amp;ολοκληρωμένης…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activities_view.py" line="534"/>
        <source>Move to &amp;tomorrow</source>
        <translation>Μεταφορά για &amp;αύριο</translation>
    </message>
</context>
<context>
    <name>ActivityActions</name>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="227"/>
        <source>Follow-up: </source>
        <translation>Συνέχεια: </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="242"/>
        <source>Call with %1</source>
        <translation>Κλήση με %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="244"/>
        <source>E-mail to %1</source>
        <translation>Email προς %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="361"/>
        <source>Edit note</source>
        <translation>Επεξεργασία σημείωσης</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="362"/>
        <source>Note:</source>
        <translation>Σημείωση:</translation>
    </message>
</context>
<context>
    <name>ActivityCommands</name>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="43"/>
        <source>Log call</source>
        <translation>Καταγραφή κλήσης</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="44"/>
        <source>Log meeting</source>
        <translation>Καταγραφή σύσκεψης</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="45"/>
        <source>Log e-mail</source>
        <translation>Καταγραφή μηνύματος ηλεκτρονικού ταχυδρομείου</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="46"/>
        <source>Log letter</source>
        <translation>Καταγραφή επιστολής</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="48"/>
        <source>Log task</source>
        <translation>Καταγραφή εργασίας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="50"/>
        <source>New call</source>
        <translation>Νέα κλήση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="51"/>
        <source>New meeting</source>
        <translation>Νέα σύσκεψη</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="52"/>
        <source>New e-mail</source>
        <translation>Νέο μήνυμα ηλεκτρονικού ταχυδρομείου</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="53"/>
        <source>New letter</source>
        <translation>Νέα επιστολή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="55"/>
        <source>New task</source>
        <translation>Νέα εργασία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="63"/>
        <source>Cancel activity</source>
        <translation>Ακύρωση δραστηριότητας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="64"/>
        <source>Reopen activity</source>
        <translation>Επανάνοιγμα δραστηριότητας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="65"/>
        <source>Edit activity</source>
        <translation>Επεξεργασία δραστηριότητας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="68"/>
        <source>Mark done</source>
        <translation>Σήμανση ως ολοκληρωμένης</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="71"/>
        <source>Reschedule activity</source>
        <translation>Επαναπρογραμματισμός δραστηριότητας</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_commands.py" line="75"/>
        <source>Delete %Ln activity(ies)</source>
        <translation>
            <numerusform>Διαγραφή %Ln δραστηριότητας</numerusform>
            <numerusform>Διαγραφή %Ln δραστηριοτήτων</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_commands.py" line="77"/>
        <source>Delete %Ln note(s)</source>
        <translation>
            <numerusform>Διαγραφή %Ln σημείωσης</numerusform>
            <numerusform>Διαγραφή %Ln σημειώσεων</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_commands.py" line="78"/>
        <source>Delete %Ln item(s)</source>
        <translation>
            <numerusform>Διαγραφή %Ln στοιχείου</numerusform>
            <numerusform>Διαγραφή %Ln στοιχείων</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_commands.py" line="83"/>
        <source>Deleted %Ln activity(ies)</source>
        <translation>
            <numerusform>Διαγράφηκε %Ln δραστηριότητα</numerusform>
            <numerusform>Διαγράφηκαν %Ln δραστηριότητες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_commands.py" line="85"/>
        <source>Deleted %Ln note(s)</source>
        <translation>
            <numerusform>Διαγράφηκε %Ln σημείωση</numerusform>
            <numerusform>Διαγράφηκαν %Ln σημειώσεις</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_commands.py" line="86"/>
        <source>Deleted %Ln item(s)</source>
        <translation>
            <numerusform>Διαγράφηκε %Ln στοιχείο</numerusform>
            <numerusform>Διαγράφηκαν %Ln στοιχεία</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="89"/>
        <source>New note</source>
        <translation>Νέα σημείωση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="92"/>
        <source>Edit note</source>
        <translation>Επεξεργασία σημείωσης</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="95"/>
        <source>Pin note</source>
        <translation>Καρφίτσωμα σημείωσης</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_commands.py" line="95"/>
        <source>Unpin note</source>
        <translation>Ξεκαρφίτσωμα σημείωσης</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../ui/activity_editor.ui" line="6"/>
        <source>Activity</source>
        <translation>Δραστηριότητα</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="10"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Είδος:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="12"/>
        <source>S&amp;ubject:</source>
        <translation>&amp;Θέμα:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="13"/>
        <source>What it is about</source>
        <translation>Το αντικείμενο της δραστηριότητας</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="14"/>
        <source>&amp;Starts:</source>
        <translation>Έ&amp;ναρξη:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="15"/>
        <source>Start date and time</source>
        <translation>Ημερομηνία και ώρα έναρξης</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="16"/>
        <source>&amp;Due:</source>
        <translation>&amp;Προθεσμία:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="17"/>
        <source>Due date and time</source>
        <translation>Ημερομηνία και ώρα προθεσμίας</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="18"/>
        <source>Duratio&amp;n:</source>
        <translation>&amp;Διάρκεια:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="19"/>
        <source>Not set</source>
        <translation>Δεν έχει οριστεί</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="19"/>
        <source> min</source>
        <translation> λεπ.</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="20"/>
        <source>&amp;Location:</source>
        <translation>&amp;Τοποθεσία:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="22"/>
        <source>&amp;Priority:</source>
        <translation>Π&amp;ροτεραιότητα:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="24"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Κατάσταση:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="26"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Αποτέλεσμα:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="27"/>
        <source>What came of it</source>
        <translation>Ποιο ήταν το αποτέλεσμα</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="28"/>
        <source>Re&amp;minder:</source>
        <translation>&amp;Υπενθύμιση:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="30"/>
        <source>&amp;Regarding:</source>
        <translation>&amp;Σχετίζεται με:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="33"/>
        <source>Contacts it regards</source>
        <translation>Επαφές με τις οποίες σχετίζεται</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="36"/>
        <source>Type a name to add a contact</source>
        <translation>Πληκτρολογήστε ένα όνομα για να προσθέσετε μια επαφή</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="37"/>
        <source>Remo&amp;ve</source>
        <translation>Κατάρ&amp;γηση</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="42"/>
        <source>&amp;Account:</source>
        <translation>&amp;Λογαριασμός:</translation>
    </message>
    <message>
        <location filename="../../ui/activity_editor.ui" line="44"/>
        <source>Deta&amp;ils:</source>
        <translation>Λεπτο&amp;μέρειες:</translation>
    </message>
</context>
<context>
    <name>ActivityEditorDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="156"/>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="167"/>
        <source>New activity</source>
        <translation>Νέα δραστηριότητα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_actions.py" line="231"/>
        <source>Follow-up</source>
        <translation>Συνέχεια</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="165"/>
        <source>(none)</source>
        <translation>(κανένας)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="166"/>
        <source>R&amp;epeat:</source>
        <translation>Επανάλη&amp;ψη:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="167"/>
        <source>Activity</source>
        <translation>Δραστηριότητα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="171"/>
        <source>No reminder</source>
        <translation>Χωρίς υπενθύμιση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="173"/>
        <source>At the time</source>
        <translation>Την ώρα της δραστηριότητας</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_editor.py" line="175"/>
        <source>%Ln day(s) before</source>
        <translation>
            <numerusform>%Ln ημέρα πριν</numerusform>
            <numerusform>%Ln ημέρες πριν</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_editor.py" line="177"/>
        <source>%Ln hour(s) before</source>
        <translation>
            <numerusform>%Ln ώρα πριν</numerusform>
            <numerusform>%Ln ώρες πριν</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_editor.py" line="178"/>
        <source>%Ln minute(s) before</source>
        <translation>
            <numerusform>%Ln λεπτό πριν</numerusform>
            <numerusform>%Ln λεπτά πριν</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="259"/>
        <source>Give the activity a subject.</source>
        <translation>Δώστε ένα θέμα στη δραστηριότητα.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="267"/>
        <source>A reminder needs a start or a due time.</source>
        <translation>Μια υπενθύμιση χρειάζεται ώρα έναρξης ή προθεσμία.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_editor.py" line="273"/>
        <source>A repeating activity needs a start or a due time.</source>
        <translation>Μια επαναλαμβανόμενη δραστηριότητα χρειάζεται ώρα έναρξης ή προθεσμία.</translation>
    </message>
</context>
<context>
    <name>ActivityListModel</name>
    <message>
        <location filename="../../crm_desktop/gui/activity_list_model.py" line="57"/>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_list_model.py" line="58"/>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_list_model.py" line="59"/>
        <source>Subject</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_list_model.py" line="60"/>
        <source>Regarding</source>
        <translation>Σχετίζεται με</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_list_model.py" line="61"/>
        <source>Priority</source>
        <translation>Προτεραιότητα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_list_model.py" line="62"/>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
</context>
<context>
    <name>ActivityTable</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_drag.py" line="67"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 και %Ln ακόμη</numerusform>
            <numerusform>%1 και %Ln ακόμη</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityText</name>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="26"/>
        <source>Call</source>
        <translation>Κλήση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="27"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="28"/>
        <source>Letter</source>
        <translation>Επιστολή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="29"/>
        <source>Meeting</source>
        <translation>Σύσκεψη</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="30"/>
        <source>Task</source>
        <translation>Εργασία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="31"/>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="32"/>
        <source>File</source>
        <translation>Αρχείο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="33"/>
        <source>Low</source>
        <translation>Χαμηλή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="34"/>
        <source>Normal</source>
        <translation>Κανονική</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="35"/>
        <source>High</source>
        <translation>Υψηλή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="36"/>
        <source>Open</source>
        <translation>Ανοιχτή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="37"/>
        <source>Done</source>
        <translation>Ολοκληρωμένη</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_text.py" line="38"/>
        <source>Cancelled</source>
        <translation>Ακυρωμένη</translation>
    </message>
</context>
<context>
    <name>AddSyncAccountDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="40"/>
        <source>Add Sync Account</source>
        <translation>Προσθήκη λογαριασμού συγχρονισμού</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="50"/>
        <source>the first one (a new one when there is none)</source>
        <translation>το πρώτο (ένα νέο, αν δεν υπάρχει)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="55"/>
        <source>&amp;Name:</source>
        <translation>Ό&amp;νομα:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="56"/>
        <source>&amp;Server:</source>
        <translation>&amp;Διακομιστής:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="57"/>
        <source>&amp;User name:</source>
        <translation>Όνομα &amp;χρήστη:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="58"/>
        <source>&amp;Password:</source>
        <translation>&amp;Κωδικός πρόσβασης:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="59"/>
        <source>Address &amp;book:</source>
        <translation>&amp;Βιβλίο διευθύνσεων:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="62"/>
        <source>Nextcloud, iCloud, Fastmail, Radicale, Baïkal and other CardDAV/CalDAV servers. The password is kept in your system&apos;s keyring, never in CRM Desktop&apos;s files.</source>
        <translation>Nextcloud, iCloud, Fastmail, Radicale, Baïkal και άλλοι διακομιστές CardDAV/CalDAV. Ο κωδικός πρόσβασης φυλάσσεται στην κλειδοθήκη του συστήματός σας, ποτέ στα αρχεία του CRM Desktop.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="70"/>
        <source>&amp;Add</source>
        <translation>&amp;Προσθήκη</translation>
    </message>
</context>
<context>
    <name>Avatar</name>
    <message>
        <location filename="../../crm_desktop/gui/avatar.py" line="68"/>
        <source>Initials</source>
        <translation>Αρχικά</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="113"/>
        <source>Before an upgrade</source>
        <translation>Πριν από αναβάθμιση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="115"/>
        <source>Made by you</source>
        <translation>Από εσάς</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="116"/>
        <source>Daily</source>
        <translation>Ημερήσιο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="117"/>
        <source>Before an import</source>
        <translation>Πριν από εισαγωγή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="118"/>
        <source>Before a merge</source>
        <translation>Πριν από συγχώνευση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="119"/>
        <source>Before a deletion</source>
        <translation>Πριν από διαγραφή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="120"/>
        <source>Before emptying the Trash</source>
        <translation>Πριν από το άδειασμα του Κάδου απορριμμάτων</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="121"/>
        <source>Before a restore</source>
        <translation>Πριν από επαναφορά</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="126"/>
        <source>unreadable</source>
        <translation>μη αναγνώσιμο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="141"/>
        <source>%1 is damaged. The newest backup that is sound is selected: click Restore to go back to it (the damaged database is kept as a backup first).</source>
        <translation>Το %1 έχει υποστεί βλάβη. Έχει επιλεγεί το πιο πρόσφατο άθικτο αντίγραφο ασφαλείας: κάντε κλικ στην «Επαναφορά» για να επιστρέψετε σε αυτό (η κατεστραμμένη βάση δεδομένων φυλάσσεται πρώτα ως αντίγραφο ασφαλείας).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="145"/>
        <source>Copies of %1, newest first. To go back to one, select it and click Restore.</source>
        <translation>Αντίγραφα του %1, με το πιο πρόσφατο πρώτο. Για να επιστρέψετε σε ένα από αυτά, επιλέξτε το και κάντε κλικ στην «Επαναφορά».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="198"/>
        <source>Backing up the database…</source>
        <translation>Δημιουργία αντιγράφου ασφαλείας της βάσης δεδομένων…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="209"/>
        <source>The backup is saved as %1.</source>
        <translation>Το αντίγραφο ασφαλείας αποθηκεύτηκε ως %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="210"/>
        <source>Back up now</source>
        <translation>Δημιουργία αντιγράφου τώρα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="226"/>
        <source>Restore from a file</source>
        <translation>Επαναφορά από αρχείο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="230"/>
        <source>CRM Desktop databases (*.sqlite3 *.sqlite *.db)</source>
        <translation>Βάσεις δεδομένων του CRM Desktop (*.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="231"/>
        <source>All files (*)</source>
        <translation>Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="249"/>
        <source>Replace everything in the database with the backup made on %1?</source>
        <translation>Να αντικατασταθεί όλο το περιεχόμενο της βάσης δεδομένων με το αντίγραφο ασφαλείας που δημιουργήθηκε στις %1;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="252"/>
        <source>Replace everything in the database with the backup made on %1 (%Ln contact(s))?</source>
        <translation>
            <numerusform>Να αντικατασταθεί όλο το περιεχόμενο της βάσης δεδομένων με το αντίγραφο ασφαλείας που δημιουργήθηκε στις %1 (%Ln επαφή);</numerusform>
            <numerusform>Να αντικατασταθεί όλο το περιεχόμενο της βάσης δεδομένων με το αντίγραφο ασφαλείας που δημιουργήθηκε στις %1 (%Ln επαφές);</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="261"/>
        <source>The database as it is now is backed up first: it will be at the top of this list, so you can come back to it.</source>
        <translation>Πρώτα δημιουργείται αντίγραφο ασφαλείας της βάσης δεδομένων όπως είναι τώρα: θα βρίσκεται στην κορυφή αυτής της λίστας, ώστε να μπορείτε να επιστρέψετε σε αυτό.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="265"/>
        <source>Restore a backup</source>
        <translation>Επαναφορά αντιγράφου ασφαλείας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="265"/>
        <source>&amp;Restore</source>
        <translation>&amp;Επαναφορά</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="277"/>
        <source>Restoring the backup… The database as it is now is backed up first.</source>
        <translation>Επαναφορά του αντιγράφου ασφαλείας… Πρώτα δημιουργείται αντίγραφο ασφαλείας της βάσης δεδομένων όπως είναι τώρα.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="291"/>
        <source>Backup restored</source>
        <translation>Η επαναφορά ολοκληρώθηκε</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/backups_dialog.py" line="292"/>
        <source>The database now holds the backup made on %1.</source>
        <translation>Η βάση δεδομένων περιέχει τώρα το αντίγραφο ασφαλείας που δημιουργήθηκε στις %1.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="14"/>
        <location filename="../../ui/backups_dialog.ui" line="33"/>
        <source>Backups</source>
        <translation>Αντίγραφα ασφαλείας</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="20"/>
        <source>Copies of your database, newest first.</source>
        <translation>Αντίγραφα της βάσης δεδομένων σας, με το πιο πρόσφατο πρώτο.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="55"/>
        <source>Made on</source>
        <translation>Ημερομηνία δημιουργίας</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="60"/>
        <source>Size</source>
        <translation>Μέγεθος</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="65"/>
        <source>Contacts</source>
        <translation>Επαφές</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="70"/>
        <source>Why</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="78"/>
        <source>There is no backup yet. Click “Back up now” to make one.</source>
        <translation>Δεν υπάρχει ακόμη αντίγραφο ασφαλείας. Κάντε κλικ στο «Δημιουργία αντιγράφου τώρα» για να δημιουργήσετε ένα.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="93"/>
        <source>&amp;Back up now</source>
        <translation>Δημιουργία αντιγράφου &amp;τώρα</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="100"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Επαναφορά…</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="107"/>
        <source>Restore from a &amp;file…</source>
        <translation>Επαναφορά από α&amp;ρχείο…</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../crm_desktop/gui/banner.py" line="47"/>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/banner.py" line="48"/>
        <source>Close the message</source>
        <translation>Κλείσιμο του μηνύματος</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="250"/>
        <source>Remove from Category</source>
        <translation>Αφαίρεση από κατηγορία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="250"/>
        <source>Add to Category</source>
        <translation>Προσθήκη σε κατηγορία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="251"/>
        <source>Category:</source>
        <translation>Κατηγορία:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="259"/>
        <source>Take %n contact(s) out of “%1”?</source>
        <translation>
            <numerusform>Αφαίρεση %n επαφής από «%1»;</numerusform>
            <numerusform>Αφαίρεση %n επαφών από «%1»;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="266"/>
        <source>Take %n contact(s) out of a category</source>
        <translation>
            <numerusform>Αφαίρεση %n επαφής από κατηγορία</numerusform>
            <numerusform>Αφαίρεση %n επαφών από κατηγορία</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="261"/>
        <source>Put %n contact(s) in “%1”?</source>
        <translation>
            <numerusform>Προσθήκη %n επαφής στην κατηγορία «%1»;</numerusform>
            <numerusform>Προσθήκη %n επαφών στην κατηγορία «%1»;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="165"/>
        <source>The %n selected</source>
        <translation>
            <numerusform>Την %n επιλεγμένη</numerusform>
            <numerusform>Τις %n επιλεγμένες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="168"/>
        <source>All %n shown</source>
        <translation>
            <numerusform>Την %n που εμφανίζεται</numerusform>
            <numerusform>Όλες τις %n που εμφανίζονται</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="196"/>
        <source>Set Field</source>
        <translation>Ορισμός πεδίου</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="196"/>
        <source>Set %1 on %n contact(s)?</source>
        <translation>
            <numerusform>Ορισμός %1 σε %n επαφή;</numerusform>
            <numerusform>Ορισμός %1 σε %n επαφές;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="201"/>
        <source>Set a field on %n contact(s)</source>
        <translation>
            <numerusform>Ορισμός πεδίου σε %n επαφή</numerusform>
            <numerusform>Ορισμός πεδίου σε %n επαφές</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="207"/>
        <source>the account “%1”</source>
        <translation>τον λογαριασμό «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="210"/>
        <source>no keep-in-touch interval</source>
        <translation>κανένα διάστημα επικοινωνίας</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="211"/>
        <source>keep in touch every %n day(s)</source>
        <translation>
            <numerusform>επικοινωνία κάθε %n ημέρα</numerusform>
            <numerusform>επικοινωνία κάθε %n ημέρες</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="213"/>
        <source>the lead status “%1”</source>
        <translation>την κατάσταση δυνητικού πελάτη «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="216"/>
        <source>“%1” to “%2”</source>
        <translation>«%1» σε «%2»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="230"/>
        <source>Log Activity for Each</source>
        <translation>Καταγραφή δραστηριότητας για την καθεμία</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="231"/>
        <source>Log “%1” for each of %n contact(s)?</source>
        <translation>
            <numerusform>Καταγραφή «%1» για %n επαφή;</numerusform>
            <numerusform>Καταγραφή «%1» για καθεμία από %n επαφές;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="239"/>
        <source>Log an activity for %n contact(s)</source>
        <translation>
            <numerusform>Καταγραφή δραστηριότητας για %n επαφή</numerusform>
            <numerusform>Καταγραφή δραστηριότητας για %n επαφές</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="268"/>
        <source>Put %n contact(s) in a category</source>
        <translation>
            <numerusform>Προσθήκη %n επαφής σε κατηγορία</numerusform>
            <numerusform>Προσθήκη %n επαφών σε κατηγορία</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="277"/>
        <source>Mark as Lead</source>
        <translation>Σήμανση ως δυνητικού πελάτη</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="278"/>
        <source>Mark %n contact(s) as leads, to qualify and convert?</source>
        <translation>
            <numerusform>Σήμανση %n επαφής ως δυνητικού πελάτη, για αξιολόγηση και μετατροπή;</numerusform>
            <numerusform>Σήμανση %n επαφών ως δυνητικών πελατών, για αξιολόγηση και μετατροπή;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/bulk_actions.py" line="284"/>
        <source>Mark %n contact(s) as leads</source>
        <translation>
            <numerusform>Σήμανση %n επαφής ως δυνητικού πελάτη</numerusform>
            <numerusform>Σήμανση %n επαφών ως δυνητικών πελατών</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarModes</name>
    <message>
        <location filename="../../crm_desktop/gui/calendar_modes.py" line="51"/>
        <source>Month</source>
        <translation>Μήνας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendar_modes.py" line="51"/>
        <source>Week</source>
        <translation>Εβδομάδα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendar_modes.py" line="51"/>
        <source>Day</source>
        <translation>Ημέρα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendar_modes.py" line="53"/>
        <source>Calendar view</source>
        <translation>Προβολή ημερολογίου</translation>
    </message>
</context>
<context>
    <name>Calendars</name>
    <message>
        <location filename="../../crm_desktop/gui/calendars.py" line="53"/>
        <source>&amp;Automatic</source>
        <translation>&amp;Αυτόματο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendars.py" line="54"/>
        <source>&amp;Gregorian</source>
        <translation>&amp;Γρηγοριανό</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendars.py" line="55"/>
        <source>&amp;Solar Hijri (Persian)</source>
        <translation>&amp;Ηλιακό Εγίρας (περσικό)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendars.py" line="56"/>
        <source>&amp;Islamic civil (Hijri)</source>
        <translation>&amp;Ισλαμικό πολιτικό (Εγίρας)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/calendars.py" line="270"/>
        <source>Ca&amp;lendar</source>
        <translation>Ημε&amp;ρολόγιο</translation>
    </message>
</context>
<context>
    <name>CardDetails</name>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="20"/>
        <source>Fax</source>
        <translation>Φαξ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="21"/>
        <source>Mobile phone</source>
        <translation>Κινητό τηλέφωνο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="22"/>
        <source>Business phone</source>
        <translation>Τηλέφωνο εργασίας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="23"/>
        <source>Home phone</source>
        <translation>Τηλέφωνο οικίας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="24"/>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="27"/>
        <source>Business email</source>
        <translation>Email εργασίας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="28"/>
        <source>Home email</source>
        <translation>Προσωπικό email</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="29"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="32"/>
        <source>Business address</source>
        <translation>Διεύθυνση εργασίας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="33"/>
        <source>Home address</source>
        <translation>Διεύθυνση οικίας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/card_addresses.py" line="34"/>
        <source>Address</source>
        <translation>Διεύθυνση</translation>
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
        <translation>Επαγγελματικές κάρτες</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="19"/>
        <source>Keep as a custom field</source>
        <translation>Διατήρηση ως προσαρμοσμένο πεδίο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="20"/>
        <source>Ignore</source>
        <translation>Παράβλεψη</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="21"/>
        <source>Full name</source>
        <translation>Ονοματεπώνυμο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="22"/>
        <source>Prefix (Mr., Dr.)</source>
        <translation>Πρόθεμα (κ., Δρ.)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="23"/>
        <source>Given name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="24"/>
        <source>Middle names</source>
        <translation>Μεσαία ονόματα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="25"/>
        <source>Family name</source>
        <translation>Επώνυμο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="26"/>
        <source>Suffix</source>
        <translation>Επίθημα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="27"/>
        <source>Nickname</source>
        <translation>Ψευδώνυμο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="28"/>
        <source>Account (company)</source>
        <translation>Λογαριασμός (εταιρεία)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="29"/>
        <source>Department</source>
        <translation>Τμήμα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="30"/>
        <source>Job title</source>
        <translation>Θέση εργασίας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="31"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="32"/>
        <source>Email (work)</source>
        <translation>Email (εργασίας)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="33"/>
        <source>Email (home)</source>
        <translation>Email (οικίας)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="34"/>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="35"/>
        <source>Phone (work)</source>
        <translation>Τηλέφωνο (εργασίας)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="36"/>
        <source>Phone (home)</source>
        <translation>Τηλέφωνο (οικίας)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="37"/>
        <source>Mobile phone</source>
        <translation>Κινητό τηλέφωνο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="38"/>
        <source>Fax</source>
        <translation>Φαξ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="39"/>
        <source>Street</source>
        <translation>Οδός</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="40"/>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="41"/>
        <source>Region</source>
        <translation>Περιοχή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="42"/>
        <source>Postal code</source>
        <translation>Ταχυδρομικός κώδικας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="43"/>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="44"/>
        <source>Web page</source>
        <translation>Ιστοσελίδα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="45"/>
        <source>Birthday</source>
        <translation>Γενέθλια</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="46"/>
        <source>Categories</source>
        <translation>Κατηγορίες</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="47"/>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="131"/>
        <source>Not sure which field this column fills: check the one chosen.</source>
        <translation>Δεν είναι βέβαιο ποιο πεδίο συμπληρώνει αυτή η στήλη: ελέγξτε την επιλογή.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="134"/>
        <source>Column</source>
        <translation>Στήλη</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="134"/>
        <source>First values</source>
        <translation>Πρώτες τιμές</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="134"/>
        <source>Field</source>
        <translation>Πεδίο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/column_mapping_dialog.py" line="137"/>
        <source>CRM Desktop does not know the columns of %1. Choose the field each one fills; a column left as a custom field is kept, never lost.</source>
        <translation>Το CRM Desktop δεν αναγνωρίζει τις στήλες του %1. Επιλέξτε το πεδίο που συμπληρώνει η καθεμία· μια στήλη που μένει ως προσαρμοσμένο πεδίο διατηρείται και δεν χάνεται ποτέ.</translation>
    </message>
    <message>
        <location filename="../../ui/column_mapping_dialog.ui" line="6"/>
        <source>Match the columns</source>
        <translation>Αντιστοίχιση στηλών</translation>
    </message>
    <message>
        <location filename="../../ui/column_mapping_dialog.ui" line="14"/>
        <source>Columns of the file</source>
        <translation>Στήλες του αρχείου</translation>
    </message>
    <message>
        <location filename="../../ui/column_mapping_dialog.ui" line="17"/>
        <source>&amp;Remember this for files with the same columns</source>
        <translation>&amp;Απομνημόνευση για αρχεία με τις ίδιες στήλες</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/commands.py" line="51"/>
        <source>Delete %Ln contact(s)</source>
        <translation>
            <numerusform>Διαγραφή %Ln επαφής</numerusform>
            <numerusform>Διαγραφή %Ln επαφών</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/commands.py" line="55"/>
        <source>Deleted %Ln contact(s)</source>
        <translation>
            <numerusform>Διαγράφηκε %Ln επαφή</numerusform>
            <numerusform>Διαγράφηκαν %Ln επαφές</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/commands.py" line="58"/>
        <source>Deleted %Ln account(s)</source>
        <translation>
            <numerusform>Διαγράφηκε %Ln λογαριασμός</numerusform>
            <numerusform>Διαγράφηκαν %Ln λογαριασμοί</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="62"/>
        <source>Contact “%1” moved to the Trash</source>
        <translation>Η επαφή «%1» μετακινήθηκε στον Κάδο απορριμμάτων</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="65"/>
        <source>Account “%1” moved to the Trash</source>
        <translation>Ο λογαριασμός «%1» μετακινήθηκε στον Κάδο απορριμμάτων</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="100"/>
        <source>Delete contact</source>
        <translation>Διαγραφή επαφής</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="122"/>
        <source>Restore from the Trash</source>
        <translation>Επαναφορά από τον Κάδο απορριμμάτων</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="137"/>
        <source>New contact</source>
        <translation>Νέα επαφή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="172"/>
        <source>Edit contact</source>
        <translation>Επεξεργασία επαφής</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="189"/>
        <source>New account</source>
        <translation>Νέος λογαριασμός</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="222"/>
        <source>Edit account</source>
        <translation>Επεξεργασία λογαριασμού</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="240"/>
        <source>Delete account</source>
        <translation>Διαγραφή λογαριασμού</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="257"/>
        <source>Restore account</source>
        <translation>Επαναφορά λογαριασμού</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="285"/>
        <source>Merge contacts</source>
        <translation>Συγχώνευση επαφών</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="328"/>
        <source>Not duplicates</source>
        <translation>Σήμανση ως μη διπλότυπων</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/commands.py" line="364"/>
        <source>Merge accounts</source>
        <translation>Συγχώνευση λογαριασμών</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/complete_dialog.py" line="55"/>
        <source>Mark as done</source>
        <translation>Σήμανση ως ολοκληρωμένης</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/complete_dialog.py" line="57"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/complete_dialog.py" line="59"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Αποτέλεσμα:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/complete_dialog.py" line="60"/>
        <source>What came of it (left a message, agreed…)</source>
        <translation>Ποιο ήταν το αποτέλεσμα (άφησα μήνυμα, συμφωνήσαμε…)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/complete_dialog.py" line="61"/>
        <source>&amp;Schedule a follow-up</source>
        <translation>&amp;Προγραμματισμός συνέχειας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/complete_dialog.py" line="63"/>
        <source>Mark as &amp;done</source>
        <translation>Σήμανση ως &amp;ολοκληρωμένης</translation>
    </message>
</context>
<context>
    <name>ContactCardView</name>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="98"/>
        <location filename="../../crm_desktop/gui/contact_card.py" line="112"/>
        <source>Contact card</source>
        <translation>Καρτέλα επαφής</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="129"/>
        <source>Select a contact to see it here.</source>
        <translation>Επιλέξτε μια επαφή για να εμφανιστεί εδώ.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="169"/>
        <source>Next activity</source>
        <translation>Επόμενη δραστηριότητα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="203"/>
        <source>Photo</source>
        <translation>Φωτογραφία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="152"/>
        <source>Show the contacts of this account</source>
        <translation>Εμφάνιση των επαφών αυτού του λογαριασμού</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="165"/>
        <source>Title</source>
        <translation>Θέση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="166"/>
        <source>Department</source>
        <translation>Τμήμα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="185"/>
        <source>Birthday</source>
        <translation>Γενέθλια</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="186"/>
        <source>Anniversary</source>
        <translation>Επέτειος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_card.py" line="187"/>
        <source>Categories</source>
        <translation>Κατηγορίες</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="297"/>
        <source>Address</source>
        <translation>Διεύθυνση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="298"/>
        <source>Number</source>
        <translation>Αριθμός</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="299"/>
        <source>Street</source>
        <translation>Οδός</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="299"/>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="299"/>
        <source>Region</source>
        <translation>Περιοχή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="300"/>
        <source>Postal code</source>
        <translation>Ταχυδρομικός κώδικας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="300"/>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="297"/>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="298"/>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="300"/>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="301"/>
        <source>Type</source>
        <translation>Τύπος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="183"/>
        <source>Dialled as %1</source>
        <translation>Κλήση ως %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="197"/>
        <source>Add category</source>
        <translation>Προσθήκη κατηγορίας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="198"/>
        <source>Category:</source>
        <translation>Κατηγορία:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="241"/>
        <source>Discard the new contact?</source>
        <translation>Απόρριψη της νέας επαφής;</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="242"/>
        <source>What you typed for this contact is not saved.</source>
        <translation>Όσα πληκτρολογήσατε για αυτήν την επαφή δεν έχουν αποθηκευτεί.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="246"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Συνέχιση επεξεργασίας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="301"/>
        <source>Web page</source>
        <translation>Ιστοσελίδα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="302"/>
        <source>Label</source>
        <translation>Ετικέτα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="302"/>
        <source>Value</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="310"/>
        <source>Add category…</source>
        <translation>Προσθήκη κατηγορίας…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="311"/>
        <source>A new category, ticked for this contact</source>
        <translation>Νέα κατηγορία, επιλεγμένη για αυτήν την επαφή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="313"/>
        <source>%1, or --04-15 without the year</source>
        <translation>%1 ή --04-15 χωρίς το έτος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="316"/>
        <source>New contact</source>
        <translation>Νέα επαφή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="316"/>
        <location filename="../../ui/contact_editor.ui" line="6"/>
        <source>Contact</source>
        <translation>Επαφή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="336"/>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>No photo</source>
        <translation>Χωρίς φωτογραφία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="345"/>
        <source>%1 is larger than %2 MB: choose a smaller image.</source>
        <translation>Το %1 είναι μεγαλύτερο από %2 MB: επιλέξτε μια μικρότερη εικόνα.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="352"/>
        <source>%1 cannot be read (%2).</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="360"/>
        <source>%1 is not an image this app can read.</source>
        <translation>Το %1 δεν είναι εικόνα που μπορεί να διαβάσει αυτή η εφαρμογή.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="371"/>
        <source>Choose a photo</source>
        <translation>Επιλογή φωτογραφίας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="373"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Εικόνες (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="407"/>
        <source>%1 is not an email address.</source>
        <translation>Το «%1» δεν είναι διεύθυνση email.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="412"/>
        <source>%1 is not a phone number (digits, spaces, + ( ) - . /).</source>
        <translation>Το «%1» δεν είναι αριθμός τηλεφώνου (ψηφία, κενά, + ( ) - . /).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="425"/>
        <source>%1 is outside the years %2 to %3 that CRM Desktop keeps.</source>
        <translation>Η τιμή %1 είναι εκτός των ετών %2 έως %3 που διατηρεί το CRM Desktop.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="431"/>
        <source>%1 is not a date: write it like %2, or --04-15 without the year.</source>
        <translation>Το %1 δεν είναι ημερομηνία: γράψτε το όπως %2 ή --04-15 χωρίς το έτος.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="437"/>
        <source>A custom field needs a label.</source>
        <translation>Ένα προσαρμοσμένο πεδίο χρειάζεται ετικέτα.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_editor.py" line="492"/>
        <source>Give the contact a name, an email or a phone.</source>
        <translation>Δώστε στην επαφή όνομα, email ή τηλέφωνο.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Name and work</source>
        <translation>&amp;Όνομα και εργασία</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Photo</source>
        <translation>Φωτογραφία</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>C&amp;hoose photo…</source>
        <translation>Επιλογή &amp;φωτογραφίας…</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remo&amp;ve photo</source>
        <translation>&amp;Κατάργηση φωτογραφίας</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>or drop an image here</source>
        <translation>ή αποθέστε μια εικόνα εδώ</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Prefix:</source>
        <translation>&amp;Πρόθεμα:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Given name:</source>
        <translation>Ό&amp;νομα:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Επώνυμο:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Shown as:</source>
        <translation>Εμφάνιση &amp;ως:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Made from the name parts when empty</source>
        <translation>Σχηματίζεται από τα μέρη του ονόματος, αν μείνει κενό</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>A company you have, or a new one</source>
        <translation>Μια υπάρχουσα εταιρεία ή μια νέα</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Title:</source>
        <translation>&amp;Θέση:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Department:</source>
        <translation>&amp;Τμήμα:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Birthday:</source>
        <translation>&amp;Γενέθλια:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>1980-04-15, or --04-15 without the year</source>
        <translation>1980-04-15 ή --04-15 χωρίς το έτος</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Keep in touch:</source>
        <translation>Δι&amp;ατήρηση επαφής:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remind me when I have not been in touch for this many days</source>
        <translation>Υπενθύμιση όταν δεν έχει υπάρξει επικοινωνία για τόσες ημέρες</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Not set</source>
        <translation>Δεν έχει οριστεί</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>every </source>
        <translation>κάθε </translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source> days</source>
        <translation> ημέρες</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Emails and phones</source>
        <translation>&amp;Email και τηλέφωνα</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Emails</source>
        <translation>Διευθύνσεις email</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Add email</source>
        <translation>Προσθήκη email</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remove email</source>
        <translation>Κατάργηση email</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>P&amp;hones:</source>
        <translation>&amp;Τηλέφωνα:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Phones</source>
        <translation>Τηλέφωνα</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Add phone</source>
        <translation>Προσθήκη τηλεφώνου</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remove phone</source>
        <translation>Κατάργηση τηλεφώνου</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Addresses and web</source>
        <translation>Διευθύνσεις και &amp;web</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>A&amp;ddresses:</source>
        <translation>&amp;Διευθύνσεις:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Addresses</source>
        <translation>Διευθύνσεις</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Add address</source>
        <translation>Προσθήκη διεύθυνσης</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remove address</source>
        <translation>Κατάργηση διεύθυνσης</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Web pages:</source>
        <translation>&amp;Ιστοσελίδες:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Web pages</source>
        <translation>Ιστοσελίδες</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Add web page</source>
        <translation>Προσθήκη ιστοσελίδας</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remove web page</source>
        <translation>Κατάργηση ιστοσελίδας</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;More</source>
        <translation>Περισσότε&amp;ρα</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>&amp;Categories:</source>
        <translation>&amp;Κατηγορίες:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Custom &amp;fields:</source>
        <translation>Προσαρμοσμένα &amp;πεδία:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Custom fields</source>
        <translation>Προσαρμοσμένα πεδία</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Add field</source>
        <translation>Προσθήκη πεδίου</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Remove field</source>
        <translation>Κατάργηση πεδίου</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>M&amp;iddle names:</source>
        <translation>&amp;Μεσαία ονόματα:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Suffi&amp;x:</source>
        <translation>Επίθ&amp;ημα:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Ni&amp;ckname:</source>
        <translation>&amp;Ψευδώνυμο:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Acc&amp;ount:</source>
        <translation>&amp;Λογαριασμός:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>Emai&amp;ls:</source>
        <translation>Διευθύνσεις e&amp;mail:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_editor.ui" line="9"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Σημείωση:</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="80"/>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="81"/>
        <source>Account</source>
        <translation>Λογαριασμός</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="82"/>
        <source>Title</source>
        <translation>Θέση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="83"/>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="84"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="85"/>
        <source>Categories</source>
        <translation>Κατηγορίες</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="86"/>
        <source>Last contact</source>
        <translation>Τελευταία επικοινωνία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="87"/>
        <source>Next activity</source>
        <translation>Επόμενη δραστηριότητα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="210"/>
        <source>%1, overdue</source>
        <translation>%1, εκπρόθεσμη</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_table_model.py" line="216"/>
        <location filename="../../crm_desktop/gui/navigation.py" line="185"/>
        <source>(no name)</source>
        <translation>(χωρίς όνομα)</translation>
    </message>
</context>
<context>
    <name>ContactViews</name>
    <message>
        <location filename="../../crm_desktop/gui/contact_views.py" line="47"/>
        <source>Pin to &amp;Favourites</source>
        <translation>Καρφίτσωμα στα &amp;Αγαπημένα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_views.py" line="48"/>
        <source>Unpin from &amp;Favourites</source>
        <translation>Ξεκαρφίτσωμα από τα &amp;Αγαπημένα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_views.py" line="49"/>
        <source>&amp;Business Cards</source>
        <translation>Επαγγελματικές &amp;κάρτες</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/contact_views.py" line="51"/>
        <source>Show the contacts as business cards, or as a table (%1)</source>
        <translation>Εμφάνιση των επαφών ως επαγγελματικές κάρτες ή ως πίνακας (%1)</translation>
    </message>
</context>
<context>
    <name>ConvertDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="108"/>
        <source>Convert lead</source>
        <translation>Μετατροπή δυνητικού πελάτη</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="113"/>
        <source>Create an opening &amp;deal</source>
        <translation>Δημιουργία αρχικής &amp;ευκαιρίας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="119"/>
        <source>&amp;Account:</source>
        <translation>&amp;Λογαριασμός:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="121"/>
        <source>Deal &amp;title:</source>
        <translation>&amp;Τίτλος ευκαιρίας:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="122"/>
        <source>A&amp;mount:</source>
        <translation>&amp;Ποσό:</translation>
    </message>
</context>
<context>
    <name>DealCard</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="41"/>
        <source>Open · %1</source>
        <translation>Ανοιχτή · %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="46"/>
        <source>Won on %1</source>
        <translation>Κερδήθηκε στις %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="49"/>
        <source>Lost on %1 to %2</source>
        <translation>Χάθηκε στις %1 από %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="53"/>
        <source>Lost on %1</source>
        <translation>Χάθηκε στις %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="62"/>
        <source>Created in %1</source>
        <translation>Δημιουργήθηκε στο στάδιο %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="78"/>
        <source>Account</source>
        <translation>Λογαριασμός</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="79"/>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="80"/>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="81"/>
        <source>Probability</source>
        <translation>Πιθανότητα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="83"/>
        <source>Weighted</source>
        <translation>Σταθμισμένο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="86"/>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="206"/>
        <source>Expected close</source>
        <translation>Αναμενόμενο κλείσιμο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="87"/>
        <source>Source</source>
        <translation>Προέλευση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="88"/>
        <source>Next step</source>
        <translation>Επόμενο βήμα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="89"/>
        <source>Reason</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="95"/>
        <source>Contact</source>
        <translation>Επαφή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="99"/>
        <source>Description</source>
        <translation>Περιγραφή</translation>
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
        <translation>Εκπρόθεσμη από %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_delegate.py" line="53"/>
        <source>No close date</source>
        <translation>Χωρίς ημερομηνία κλεισίματος</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pipeline/deal_delegate.py" line="54"/>
        <source>%Ln day(s) in stage</source>
        <translation>
            <numerusform>%Ln ημέρα στο στάδιο</numerusform>
            <numerusform>%Ln ημέρες στο στάδιο</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_delegate.py" line="60"/>
        <source>No next activity</source>
        <translation>Καμία επόμενη δραστηριότητα</translation>
    </message>
</context>
<context>
    <name>DealCardView</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="168"/>
        <source>Deal card</source>
        <translation>Καρτέλα ευκαιρίας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="170"/>
        <source>&amp;Won…</source>
        <translation>&amp;Κερδήθηκε…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="171"/>
        <source>L&amp;ost…</source>
        <translation>&amp;Χάθηκε…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="169"/>
        <source>Ed&amp;it…</source>
        <translation>Επεξε&amp;ργασία…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="172"/>
        <source>Reo&amp;pen</source>
        <translation>Επανάνοιγ&amp;μα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="173"/>
        <source>&amp;Delete</source>
        <translation>&amp;Διαγραφή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="174"/>
        <source>Timeline</source>
        <translation>Χρονολόγιο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="198"/>
        <source>Select a deal to see it here.</source>
        <translation>Επιλέξτε μια ευκαιρία για να εμφανιστεί εδώ.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_card.py" line="207"/>
        <source>%1 (overdue)</source>
        <translation>%1 (εκπρόθεσμη)</translation>
    </message>
</context>
<context>
    <name>DealCloseDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="39"/>
        <source>Deal won</source>
        <translation>Κερδισμένη ευκαιρία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="39"/>
        <source>Deal lost</source>
        <translation>Χαμένη ευκαιρία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="47"/>
        <source>Why it was won (optional)</source>
        <translation>Γιατί κερδήθηκε (προαιρετικό)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="47"/>
        <source>Why it was lost</source>
        <translation>Γιατί χάθηκε</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="49"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Αιτία:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="52"/>
        <source>No competitor</source>
        <translation>Χωρίς ανταγωνιστή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="56"/>
        <source>Lost to &amp;competitor:</source>
        <translation>Χάθηκε από α&amp;νταγωνιστή:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/close_dialog.py" line="63"/>
        <source>Accounts in the Competitor category are offered here.</source>
        <translation>Εδώ προτείνονται οι λογαριασμοί της κατηγορίας Ανταγωνιστής.</translation>
    </message>
</context>
<context>
    <name>DealCommands</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="37"/>
        <source>Delete %Ln deal(s)</source>
        <translation>
            <numerusform>Διαγραφή %Ln ευκαιρίας</numerusform>
            <numerusform>Διαγραφή %Ln ευκαιριών</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="68"/>
        <source>Move “%1” to %2</source>
        <translation>Μετακίνηση «%1» στο %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="101"/>
        <source>Won: “%1”</source>
        <translation>Κερδήθηκε: «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="103"/>
        <source>Lost: “%1”</source>
        <translation>Χάθηκε: «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="131"/>
        <source>Reopen “%1”</source>
        <translation>Επανάνοιγμα «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="158"/>
        <source>Edit deal “%1”</source>
        <translation>Επεξεργασία ευκαιρίας «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="186"/>
        <source>New deal “%1”</source>
        <translation>Νέα ευκαιρία «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_commands.py" line="219"/>
        <source>Delete deal</source>
        <translation>Διαγραφή ευκαιρίας</translation>
    </message>
</context>
<context>
    <name>DealEditor</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="150"/>
        <source>&amp;Title:</source>
        <translation>&amp;Τίτλος:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="150"/>
        <source>A&amp;ccount:</source>
        <translation>&amp;Λογαριασμός:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="150"/>
        <source>A&amp;mount:</source>
        <translation>Πο&amp;σό:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="150"/>
        <source>&amp;Stage:</source>
        <translation>Στά&amp;διο:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="151"/>
        <source>&amp;Probability:</source>
        <translation>&amp;Πιθανότητα:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="151"/>
        <source>Expected c&amp;lose:</source>
        <translation>Αναμενόμενο &amp;κλείσιμο:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="151"/>
        <source>S&amp;ource:</source>
        <translation>Προέλευσ&amp;η:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="152"/>
        <source>&amp;Next step:</source>
        <translation>&amp;Επόμενο βήμα:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="152"/>
        <source>&amp;Description:</source>
        <translation>Περι&amp;γραφή:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="152"/>
        <source>Cont&amp;acts:</source>
        <translation>Επα&amp;φές:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="156"/>
        <source>on</source>
        <translation>στις</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="157"/>
        <source>On the deal</source>
        <translation>Στην ευκαιρία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="157"/>
        <source>Role</source>
        <translation>Ρόλος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="158"/>
        <source>Deal</source>
        <translation>Ευκαιρία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="226"/>
        <source>A deal needs a title.</source>
        <translation>Η ευκαιρία χρειάζεται τίτλο.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="228"/>
        <source>A deal needs an account.</source>
        <translation>Η ευκαιρία χρειάζεται λογαριασμό.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="230"/>
        <source>The amount is not a number.</source>
        <translation>Το ποσό δεν είναι αριθμός.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_editor.py" line="232"/>
        <source>The currency is a three-letter ISO code (EUR, USD…).</source>
        <translation>Το νόμισμα είναι κωδικός ISO τριών γραμμάτων (EUR, USD…).</translation>
    </message>
</context>
<context>
    <name>DealSummary</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_summary.py" line="31"/>
        <source>Open: %1</source>
        <translation>Ανοιχτές: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_summary.py" line="32"/>
        <source>Won: %1</source>
        <translation>Κερδισμένες: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_summary.py" line="33"/>
        <source>Lost: %1</source>
        <translation>Χαμένες: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_summary.py" line="51"/>
        <location filename="../../crm_desktop/gui/pipeline/deal_summary.py" line="95"/>
        <source>Deals</source>
        <translation>Ευκαιρίες</translation>
    </message>
</context>
<context>
    <name>DealTableModel</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="47"/>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="48"/>
        <source>Account</source>
        <translation>Λογαριασμός</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="49"/>
        <source>Stage</source>
        <translation>Στάδιο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="50"/>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="51"/>
        <source>Probability</source>
        <translation>Πιθανότητα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="52"/>
        <source>Weighted</source>
        <translation>Σταθμισμένο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="53"/>
        <source>Close date</source>
        <translation>Ημερομηνία κλεισίματος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/deal_table_model.py" line="54"/>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
</context>
<context>
    <name>DetailTypes</name>
    <message>
        <location filename="../../crm_desktop/gui/detail_types.py" line="23"/>
        <location filename="../../crm_desktop/gui/detail_types.py" line="30"/>
        <source>Business</source>
        <translation>Εργασία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/detail_types.py" line="24"/>
        <source>Mobile</source>
        <translation>Κινητό</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/detail_types.py" line="25"/>
        <location filename="../../crm_desktop/gui/detail_types.py" line="31"/>
        <source>Home</source>
        <translation>Οικία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/detail_types.py" line="26"/>
        <source>Fax</source>
        <translation>Φαξ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/detail_types.py" line="27"/>
        <location filename="../../crm_desktop/gui/detail_types.py" line="32"/>
        <source>Other</source>
        <translation>Άλλο</translation>
    </message>
</context>
<context>
    <name>DuplicateGroupModel</name>
    <message>
        <location filename="../../crm_desktop/gui/duplicate_group_model.py" line="32"/>
        <source>Records</source>
        <translation>Εγγραφές</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicate_group_model.py" line="33"/>
        <source>Why</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicate_group_model.py" line="34"/>
        <source>Sure</source>
        <translation>Βεβαιότητα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicate_group_model.py" line="102"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicate_group_model.py" line="115"/>
        <source>(no name)</source>
        <translation>(χωρίς όνομα)</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="137"/>
        <source>Contacts</source>
        <translation>Επαφές</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="138"/>
        <source>Accounts</source>
        <translation>Λογαριασμοί</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="184"/>
        <source>Looking for duplicates…</source>
        <translation>Αναζήτηση διπλοτύπων…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="214"/>
        <source>Unexpected error</source>
        <translation>Μη αναμενόμενο σφάλμα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="215"/>
        <source>Looking for duplicates failed: %1</source>
        <translation>Η αναζήτηση διπλοτύπων απέτυχε: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="286"/>
        <source>(no name)</source>
        <translation>(χωρίς όνομα)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="288"/>
        <source>%1 (no. %2)</source>
        <translation>%1 (αρ. %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/duplicates_dialog.py" line="408"/>
        <source>%Ln group(s) of probable duplicates</source>
        <translation>
            <numerusform>%Ln ομάδα πιθανών διπλοτύπων</numerusform>
            <numerusform>%Ln ομάδες πιθανών διπλοτύπων</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="14"/>
        <source>Find Duplicates</source>
        <translation>Εύρεση διπλοτύπων</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="20"/>
        <source>These records are probably the same. Compare them, choose what to keep and click Merge; every e-mail, phone and address is kept unless you uncheck it. If they are different, click Not Duplicates.</source>
        <translation>Αυτές οι εγγραφές είναι πιθανότατα ίδιες. Συγκρίνετέ τες, επιλέξτε τι θα διατηρηθεί και κάντε κλικ στη «Συγχώνευση»· κάθε email, τηλέφωνο και διεύθυνση διατηρείται, εκτός αν καταργήσετε την επιλογή του. Αν είναι διαφορετικές, κάντε κλικ στο «Όχι διπλότυπα».</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="35"/>
        <source>&amp;Look among:</source>
        <translation>&amp;Αναζήτηση σε:</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="45"/>
        <source>Kind of record searched for duplicates</source>
        <translation>Είδος εγγραφών στις οποίες αναζητούνται διπλότυπα</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="52"/>
        <source>Look for duplicates again</source>
        <translation>Νέα αναζήτηση διπλοτύπων</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="55"/>
        <source>&amp;Find Again</source>
        <translation>Νέα &amp;εύρεση</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="62"/>
        <source>Progress of the search for duplicates</source>
        <translation>Πρόοδος της αναζήτησης διπλοτύπων</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="94"/>
        <source>Groups of probable duplicates</source>
        <translation>Ομάδες πιθανών διπλοτύπων</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="137"/>
        <source>&amp;Keep:</source>
        <translation>&amp;Διατήρηση:</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="147"/>
        <source>The record that stays; the others are merged into it</source>
        <translation>Η εγγραφή που παραμένει· οι υπόλοιπες συγχωνεύονται σε αυτήν</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="162"/>
        <source>The records side by side: check what to keep</source>
        <translation>Οι εγγραφές δίπλα δίπλα: επιλέξτε τι θα διατηρηθεί</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="190"/>
        <source>Merging accounts keeps every value of each: e-mails, phones, addresses, web pages and notes. Their contacts, activities and notes move to the account kept; the others go to the Trash.</source>
        <translation>Η συγχώνευση λογαριασμών διατηρεί όλες τις τιμές του καθενός: email, τηλέφωνα, διευθύνσεις, ιστοσελίδες και σημειώσεις. Οι επαφές, οι δραστηριότητες και οι σημειώσεις τους μεταφέρονται στον λογαριασμό που διατηρείται· οι υπόλοιποι λογαριασμοί μεταφέρονται στον Κάδο απορριμμάτων.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="210"/>
        <source>No duplicates found.</source>
        <translation>Δεν βρέθηκαν διπλότυπα.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="222"/>
        <source>Merge the group into the record kept: the others go to the Trash</source>
        <translation>Συγχώνευση της ομάδας στην εγγραφή που διατηρείται: οι υπόλοιπες μεταφέρονται στον Κάδο απορριμμάτων</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="225"/>
        <source>&amp;Merge</source>
        <translation>&amp;Συγχώνευση</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="232"/>
        <source>These are different: never show them as duplicates again</source>
        <translation>Είναι διαφορετικές: να μην εμφανίζονται ποτέ ξανά ως διπλότυπα</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="235"/>
        <source>&amp;Not Duplicates</source>
        <translation>&amp;Όχι διπλότυπα</translation>
    </message>
</context>
<context>
    <name>EmptyViews</name>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="272"/>
        <source>Clear the search</source>
        <translation>Απαλοιφή αναζήτησης</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="281"/>
        <source>Nothing in the Trash matches “%1”.</source>
        <translation>Τίποτα στον Κάδο απορριμμάτων δεν ταιριάζει με «%1».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="282"/>
        <source>No contact matches “%1”.</source>
        <translation>Καμία επαφή δεν ταιριάζει με «%1».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="285"/>
        <source>No contact matches the filters.</source>
        <translation>Καμία επαφή δεν ταιριάζει με τα φίλτρα.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="286"/>
        <source>Change or clear them in the filter panel above the list.</source>
        <translation>Αλλάξτε ή απαλείψτε τα στο πλαίσιο φίλτρων πάνω από τη λίστα.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="290"/>
        <source>The Trash is empty.</source>
        <translation>Ο Κάδος απορριμμάτων είναι κενός.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="291"/>
        <source>Deleted contacts wait here, ready to be restored, until you empty it.</source>
        <translation>Οι διαγραμμένες επαφές περιμένουν εδώ, έτοιμες για επαναφορά, μέχρι να τον αδειάσετε.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="295"/>
        <source>No contact has this category yet.</source>
        <translation>Καμία επαφή δεν έχει ακόμη αυτή την κατηγορία.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="296"/>
        <source>Give contacts this category in their editor, or select several and use Add to Category.</source>
        <translation>Ορίστε αυτή την κατηγορία στις επαφές από τον επεξεργαστή τους ή επιλέξτε πολλές και χρησιμοποιήστε το «Προσθήκη σε κατηγορία».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="301"/>
        <source>No contact matches this smart folder yet.</source>
        <translation>Καμία επαφή δεν ταιριάζει ακόμη με αυτόν τον έξυπνο φάκελο.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="302"/>
        <source>It fills by itself as contacts come to match its search.</source>
        <translation>Γεμίζει από μόνος του καθώς οι επαφές αρχίζουν να ταιριάζουν με την αναζήτησή του.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="311"/>
        <source>No account matches “%1”.</source>
        <translation>Κανένας λογαριασμός δεν ταιριάζει με «%1».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="313"/>
        <source>No account is in the Trash.</source>
        <translation>Δεν υπάρχει λογαριασμός στον Κάδο απορριμμάτων.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="315"/>
        <source>No accounts yet.</source>
        <translation>Δεν υπάρχουν ακόμη λογαριασμοί.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="316"/>
        <source>An account is a company you sell to; its people are your contacts.</source>
        <translation>Λογαριασμός είναι μια εταιρεία στην οποία πουλάτε· οι άνθρωποί της είναι οι επαφές σας.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="317"/>
        <source>New account…</source>
        <translation>Νέος λογαριασμός…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="352"/>
        <source>No activity matches “%1”.</source>
        <translation>Καμία δραστηριότητα δεν ταιριάζει με «%1».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="355"/>
        <source>Nothing is due today.</source>
        <translation>Τίποτα δεν λήγει σήμερα.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="356"/>
        <source>Nothing is overdue.</source>
        <translation>Τίποτα δεν είναι εκπρόθεσμο.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="357"/>
        <source>Nothing is due in the next 7 days.</source>
        <translation>Τίποτα δεν λήγει τις επόμενες 7 ημέρες.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="358"/>
        <source>No open activities.</source>
        <translation>Δεν υπάρχουν ανοιχτές δραστηριότητες.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="359"/>
        <source>Nothing is done yet.</source>
        <translation>Τίποτα δεν έχει ολοκληρωθεί ακόμη.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="363"/>
        <source>Log a call or schedule a task from a contact&apos;s card, or here.</source>
        <translation>Καταγράψτε μια κλήση ή προγραμματίστε μια εργασία από την καρτέλα μιας επαφής ή από εδώ.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="364"/>
        <source>New activity…</source>
        <translation>Νέα δραστηριότητα…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="368"/>
        <source>Nothing on this day.</source>
        <translation>Τίποτα αυτή την ημέρα.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="386"/>
        <source>No deal matches the filters.</source>
        <translation>Καμία ευκαιρία δεν ταιριάζει με τα φίλτρα.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="387"/>
        <source>Change or clear them in the filters above the board.</source>
        <translation>Αλλάξτε ή απαλείψτε τα στα φίλτρα πάνω από τον πίνακα.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="391"/>
        <source>No deals yet.</source>
        <translation>Δεν υπάρχουν ακόμη ευκαιρίες.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="393"/>
        <source>New deal…</source>
        <translation>Νέα ευκαιρία…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="398"/>
        <source>No deals here.</source>
        <translation>Δεν υπάρχουν ευκαιρίες εδώ.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/empty_views.py" line="392"/>
        <location filename="../../crm_desktop/gui/empty_views.py" line="399"/>
        <source>A deal follows a sale from the first talk to won or lost.</source>
        <translation>Μια ευκαιρία παρακολουθεί μια πώληση από την πρώτη συζήτηση έως την επιτυχία ή την απώλεια.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="28"/>
        <source>The demo could not be started.</source>
        <translation>Δεν ήταν δυνατή η εκκίνηση της επίδειξης.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="29"/>
        <source>The demo opens in a window of its own; your database is not changed.</source>
        <translation>Η επίδειξη ανοίγει σε δικό της παράθυρο· η βάση δεδομένων σας δεν αλλάζει.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="33"/>
        <source>CRM Desktop is already open</source>
        <translation>Το CRM Desktop είναι ήδη ανοιχτό</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="35"/>
        <source>The backup cannot be restored</source>
        <translation>Δεν είναι δυνατή η επαναφορά του αντιγράφου ασφαλείας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="37"/>
        <source>The backup failed</source>
        <translation>Η δημιουργία αντιγράφου ασφαλείας απέτυχε</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/app.py" line="120"/>
        <location filename="../../crm_desktop/gui/error_text.py" line="39"/>
        <source>The database cannot be used</source>
        <translation>Δεν είναι δυνατή η χρήση της βάσης δεδομένων</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/app.py" line="122"/>
        <source>%1 cannot be opened: %2</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του %1: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="41"/>
        <source>The file cannot be imported</source>
        <translation>Δεν είναι δυνατή η εισαγωγή του αρχείου</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="43"/>
        <source>The export failed</source>
        <translation>Η εξαγωγή απέτυχε</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="45"/>
        <source>The file cannot be attached</source>
        <translation>Δεν είναι δυνατή η επισύναψη του αρχείου</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="46"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="63"/>
        <source>process %1 on %2</source>
        <translation>διεργασία %1 στο %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="67"/>
        <source>another program</source>
        <translation>άλλο πρόγραμμα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="70"/>
        <source>The database %1 is already open in CRM Desktop (%2).</source>
        <translation>Η βάση δεδομένων %1 είναι ήδη ανοιχτή στο CRM Desktop (%2).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="76"/>
        <source>Switch to the window that is open, or close it and start again.</source>
        <translation>Μεταβείτε στο παράθυρο που είναι ανοιχτό ή κλείστε το και ξεκινήστε ξανά.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="84"/>
        <source>The backup %1 could not be written (%2).</source>
        <translation>Δεν ήταν δυνατή η εγγραφή του αντιγράφου ασφαλείας %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="88"/>
        <source>Nothing was changed. Check that the disk has room, then try again.</source>
        <translation>Δεν άλλαξε τίποτα. Βεβαιωθείτε ότι υπάρχει χώρος στον δίσκο και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="95"/>
        <source>Another program is writing to %1. Close it, then try again.</source>
        <translation>Ένα άλλο πρόγραμμα γράφει στο %1. Κλείστε το και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="98"/>
        <source>%1 cannot be written to. Check the file&apos;s permissions or free the drive.</source>
        <translation>Δεν είναι δυνατή η εγγραφή στο %1. Ελέγξτε τα δικαιώματα του αρχείου ή αποδεσμεύστε τη μονάδα δίσκου.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="102"/>
        <source>The disk holding %1 is full. Nothing was changed: free some space and try again.</source>
        <translation>Ο δίσκος όπου βρίσκεται το %1 είναι πλήρης. Δεν άλλαξε τίποτα: ελευθερώστε χώρο και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="106"/>
        <source>%1 is damaged. It has not been changed; restore it from a backup.</source>
        <translation>Το %1 έχει υποστεί βλάβη. Δεν έχει αλλάξει· επαναφέρετέ το από αντίγραφο ασφαλείας.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="109"/>
        <source>%1 is not a CRM Desktop database. Choose another file.</source>
        <translation>Το %1 δεν είναι βάση δεδομένων του CRM Desktop. Επιλέξτε άλλο αρχείο.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="112"/>
        <source>%1 was written by a newer CRM Desktop. Install the newer version to open it.</source>
        <translation>Το %1 γράφτηκε από νεότερη έκδοση του CRM Desktop. Εγκαταστήστε τη νεότερη έκδοση για να το ανοίξετε.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="116"/>
        <source>%1 cannot be opened. Check that its folder exists and is yours.</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του %1. Βεβαιωθείτε ότι ο φάκελός του υπάρχει και σας ανήκει.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="119"/>
        <source>%1 could not be upgraded. It was left as it was; a backup is in its folder.</source>
        <translation>Δεν ήταν δυνατή η αναβάθμιση του %1. Παρέμεινε ως είχε· ένα αντίγραφο ασφαλείας βρίσκεται στον φάκελό του.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="123"/>
        <source>%1 was not used: another user could change or plant files beside it (%2). Keep the database in a folder only you can write to.</source>
        <translation>Το %1 δεν χρησιμοποιήθηκε: κάποιος άλλος χρήστης θα μπορούσε να αλλάξει ή να τοποθετήσει αρχεία δίπλα του (%2). Φυλάξτε τη βάση δεδομένων σε φάκελο στον οποίο μόνο εσείς μπορείτε να γράψετε.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="128"/>
        <source>The disk failed to read or write %1. What was being saved was not saved: check the disk (or the network drive), then try again.</source>
        <translation>Ο δίσκος απέτυχε να διαβάσει ή να γράψει το %1. Ό,τι αποθηκευόταν δεν αποθηκεύτηκε: ελέγξτε τον δίσκο (ή τη μονάδα δικτύου) και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="133"/>
        <source>There is no database at %1. Check its name and folder.</source>
        <translation>Δεν υπάρχει βάση δεδομένων στο %1. Ελέγξτε το όνομα και τον φάκελό της.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="139"/>
        <source>That record no longer exists. It may have been deleted.</source>
        <translation>Η εγγραφή αυτή δεν υπάρχει πλέον. Ίσως έχει διαγραφεί.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="146"/>
        <source>%1 is larger than %2, the most a file kept on a record may be. Nothing was attached.</source>
        <translation>Το %1 είναι μεγαλύτερο από %2, το μέγιστο μέγεθος αρχείου σε μια εγγραφή. Δεν επισυνάφθηκε τίποτα.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="159"/>
        <source>A file could not be read or written: %1.</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση ή η εγγραφή ενός αρχείου: %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="163"/>
        <source>%1 could not be read or written: %2.</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση ή η εγγραφή του %1: %2.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="168"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="169"/>
        <source>None of the files can be read, so nothing was imported:</source>
        <translation>Κανένα από τα αρχεία δεν μπορεί να διαβαστεί, επομένως δεν εισήχθη τίποτα:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="175"/>
        <source>%1 is not valid: %2</source>
        <translation>Το %1 δεν είναι έγκυρο: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="189"/>
        <source>The import stopped at line %2 of %1, which cannot be read: %3</source>
        <translation>Η εισαγωγή σταμάτησε στη γραμμή %2 του %1, η οποία δεν μπορεί να διαβαστεί: %3</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="197"/>
        <source>Nothing was imported. Correct the file, or import it without stopping at the first problem.</source>
        <translation>Δεν εισήχθη τίποτα. Διορθώστε το αρχείο ή εισαγάγετέ το χωρίς διακοπή στο πρώτο πρόβλημα.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="206"/>
        <source>The export %1 could not be written (%2).</source>
        <translation>Δεν ήταν δυνατή η εγγραφή της εξαγωγής %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="211"/>
        <source>A file already there is as it was. Check that the folder exists and the disk has room, then try again.</source>
        <translation>Ένα αρχείο που υπήρχε ήδη έμεινε όπως ήταν. Ελέγξτε ότι ο φάκελος υπάρχει και ότι ο δίσκος έχει χώρο και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="220"/>
        <source>The column mapping %1 cannot be read (%2).</source>
        <translation>Δεν είναι δυνατή η ανάγνωση της αντιστοίχισης στηλών %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="227"/>
        <source>Choose another mapping file, or match the columns again.</source>
        <translation>Επιλέξτε άλλο αρχείο αντιστοίχισης ή αντιστοιχίστε ξανά τις στήλες.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="238"/>
        <source>%1 does not exist. Choose another file.</source>
        <translation>Το %1 δεν υπάρχει. Επιλέξτε άλλο αρχείο.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="241"/>
        <source>%1 is a folder, not a file of contacts. Choose a file.</source>
        <translation>Το %1 είναι φάκελος, όχι αρχείο επαφών. Επιλέξτε ένα αρχείο.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="244"/>
        <source>%1 is empty.</source>
        <translation>Το %1 είναι κενό.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="245"/>
        <source>%1 holds no contact card.</source>
        <translation>Το %1 δεν περιέχει καμία κάρτα επαφής.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="248"/>
        <source>%1 has no first row of column names.</source>
        <translation>Το %1 δεν έχει πρώτη γραμμή με ονόματα στηλών.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="251"/>
        <source>%1 has its column names but no row of contacts under them.</source>
        <translation>Το %1 έχει τα ονόματα των στηλών αλλά καμία γραμμή επαφών κάτω από αυτά.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="254"/>
        <source>%1 holds no appointment or task.</source>
        <translation>Το %1 δεν περιέχει κανένα ραντεβού ή εργασία.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="257"/>
        <source>%1 is neither a file of contact cards (vCard) nor a table of contacts (CSV).</source>
        <translation>Το %1 δεν είναι ούτε αρχείο καρτών επαφών (vCard) ούτε πίνακας επαφών (CSV).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="261"/>
        <source>%1 cannot be read in the character set chosen for it. Choose another one.</source>
        <translation>Το %1 δεν μπορεί να διαβαστεί με το σύνολο χαρακτήρων που επιλέχθηκε γι&apos; αυτό. Επιλέξτε άλλο.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="265"/>
        <source>%1 is not an e-mail message that can be read (an Outlook contact, appointment or task, or a damaged file).</source>
        <translation>Το %1 δεν είναι μήνυμα email που μπορεί να διαβαστεί (επαφή, συνάντηση ή εργασία του Outlook, ή κατεστραμμένο αρχείο).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="270"/>
        <source>%1 is an Outlook message (.msg). Reading it needs the optional extract-msg package, which this command installs: %2. Or save the message from Outlook as .eml and import that.</source>
        <translation>Το %1 είναι μήνυμα του Outlook (.msg). Για την ανάγνωσή του απαιτείται το προαιρετικό πακέτο extract-msg, το οποίο εγκαθιστά η εντολή: %2. Εναλλακτικά, αποθηκεύστε το μήνυμα από το Outlook ως .eml και εισαγάγετε αυτό.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="280"/>
        <source>Nothing was imported.</source>
        <translation>Δεν εισήχθη τίποτα.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="287"/>
        <source>%1 is damaged, so it cannot be restored.</source>
        <translation>Το %1 έχει υποστεί βλάβη, επομένως δεν είναι δυνατή η επαναφορά του.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="290"/>
        <source>%1 is not a CRM Desktop database, so it cannot be restored.</source>
        <translation>Το %1 δεν είναι βάση δεδομένων του CRM Desktop, επομένως δεν είναι δυνατή η επαναφορά του.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="293"/>
        <source>%1 was written by a newer CRM Desktop, so this version cannot restore it.</source>
        <translation>Το %1 γράφτηκε από νεότερη έκδοση του CRM Desktop, επομένως αυτή η έκδοση δεν μπορεί να το επαναφέρει.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="299"/>
        <source>%1 cannot be read, so it cannot be restored.</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1, επομένως δεν είναι δυνατή η επαναφορά του.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="304"/>
        <source>Nothing was changed: your contacts are as they were. Choose another backup.</source>
        <translation>Δεν άλλαξε τίποτα: οι επαφές σας είναι όπως ήταν. Επιλέξτε άλλο αντίγραφο ασφαλείας.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="316"/>
        <source>%1 is larger than %2 GB.</source>
        <translation>Το %1 είναι μεγαλύτερο από %2 GB.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="319"/>
        <source>%1: a line is longer than %2 MB.</source>
        <translation>%1: μια γραμμή είναι μεγαλύτερη από %2 MB.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="320"/>
        <source>%1: a row is longer than %2 MB.</source>
        <translation>%1: μια σειρά είναι μεγαλύτερη από %2 MB.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="321"/>
        <source>%1: the photo is larger than %2 MB.</source>
        <translation>%1: η φωτογραφία είναι μεγαλύτερη από %2 MB.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="322"/>
        <source>%1: the header row has more than %2 columns.</source>
        <translation>%1: η γραμμή κεφαλίδων έχει περισσότερες από %2 στήλες.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="325"/>
        <source>%1 is too large.</source>
        <translation>Το %1 είναι πολύ μεγάλο.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/error_text.py" line="329"/>
        <source>Nothing was imported. Split the file, or remove what is too large.</source>
        <translation>Δεν εισήχθη τίποτα. Χωρίστε το αρχείο ή αφαιρέστε ό,τι είναι πολύ μεγάλο.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="23"/>
        <source>vCard 3.0 (Apple, Google, Thunderbird)</source>
        <translation>vCard 3.0 (Apple, Google, Thunderbird)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="24"/>
        <source>vCard 4.0 (CardDAV servers, newer apps)</source>
        <translation>vCard 4.0 (διακομιστές CardDAV, νεότερες εφαρμογές)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="25"/>
        <source>vCard 2.1 (old Outlook, old phones)</source>
        <translation>vCard 2.1 (παλαιό Outlook, παλαιά τηλέφωνα)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="28"/>
        <source>Outlook CSV (Outlook, Excel, most programs)</source>
        <translation>CSV του Outlook (Outlook, Excel, τα περισσότερα προγράμματα)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="30"/>
        <source>Google CSV (Google Contacts)</source>
        <translation>CSV της Google (Επαφές Google)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="33"/>
        <source>Mail merge CSV: an address block and the usual fields (Word, Writer)</source>
        <translation>CSV συγχώνευσης αλληλογραφίας: μπλοκ διεύθυνσης και τα συνήθη πεδία (Word, Writer)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="40"/>
        <source>iCalendar: these contacts&apos; activities (Outlook, Thunderbird)</source>
        <translation>iCalendar: οι δραστηριότητες αυτών των επαφών (Outlook, Thunderbird)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="76"/>
        <source>The &amp;selected contacts (%1)</source>
        <translation>Οι ε&amp;πιλεγμένες επαφές (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="80"/>
        <source>The contacts the sea&amp;rch shows (%1)</source>
        <translation>Οι επαφές της &amp;αναζήτησης (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/export_dialog.py" line="105"/>
        <source>&amp;Export</source>
        <translation>Εξα&amp;γωγή</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="14"/>
        <source>Export contacts</source>
        <translation>Εξαγωγή επαφών</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="20"/>
        <source>Export</source>
        <translation>Εξαγωγή</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="26"/>
        <source>&amp;All contacts</source>
        <translation>&amp;Όλες οι επαφές</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="36"/>
        <source>The &amp;selected contacts</source>
        <translation>Οι ε&amp;πιλεγμένες επαφές</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="43"/>
        <source>The contacts the sea&amp;rch shows</source>
        <translation>Οι επαφές της &amp;αναζήτησης</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="70"/>
        <source>Include the acc&amp;ounts, as company cards</source>
        <translation>Συμπερίληψη των &amp;λογαριασμών ως καρτών εταιρειών</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="55"/>
        <source>&amp;Format:</source>
        <translation>&amp;Μορφή:</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="169"/>
        <source>Attach files</source>
        <translation>Επισύναψη αρχείων</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="185"/>
        <source>Save file as</source>
        <translation>Αποθήκευση αρχείου ως</translation>
    </message>
</context>
<context>
    <name>FileWords</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/files_section.py" line="71"/>
        <source>Attach %Ln file(s)</source>
        <translation>
            <numerusform>Επισύναψη %Ln αρχείου</numerusform>
            <numerusform>Επισύναψη %Ln αρχείων</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/files_section.py" line="74"/>
        <source>Remove %Ln file(s)</source>
        <translation>
            <numerusform>Αφαίρεση %Ln αρχείου</numerusform>
            <numerusform>Αφαίρεση %Ln αρχείων</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilesSection</name>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="248"/>
        <location filename="../../crm_desktop/gui/files_section.py" line="254"/>
        <source>Files</source>
        <translation>Αρχεία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="249"/>
        <source>Attach file…</source>
        <translation>Επισύναψη αρχείου…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="251"/>
        <source>Keep a file on this record (or drop files on the card); at most 100 MB</source>
        <translation>Διατηρήστε ένα αρχείο σε αυτήν την εγγραφή (ή αποθέστε αρχεία στην καρτέλα)· έως 100 MB</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="253"/>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="253"/>
        <source>Size</source>
        <translation>Μέγεθος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="253"/>
        <source>Attached</source>
        <translation>Επισύναψη</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="339"/>
        <source>&amp;Open</source>
        <translation>Ά&amp;νοιγμα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="340"/>
        <source>&amp;Save as…</source>
        <translation>Αποθήκευση &amp;ως…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/files_section.py" line="342"/>
        <source>&amp;Remove</source>
        <translation>&amp;Αφαίρεση</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="151"/>
        <source>Categories:</source>
        <translation>Κατηγορίες:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="151"/>
        <source>Account:</source>
        <translation>Λογαριασμός:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="151"/>
        <source>City:</source>
        <translation>Πόλη:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="152"/>
        <source>Country:</source>
        <translation>Χώρα:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="152"/>
        <source>Lead status:</source>
        <translation>Κατάσταση δυνητικού πελάτη:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="152"/>
        <source>Deal stage:</source>
        <translation>Στάδιο συμφωνίας:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="157"/>
        <source>All of them</source>
        <translation>Όλες</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="157"/>
        <source>Any of them</source>
        <translation>Οποιαδήποτε</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="159"/>
        <source>Last contact on or after</source>
        <translation>Τελευταία επικοινωνία από</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="160"/>
        <source>Last contact before</source>
        <translation>Τελευταία επικοινωνία πριν από</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="161"/>
        <source>Has open activities</source>
        <translation>Με ανοιχτές δραστηριότητες</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="162"/>
        <source>Keep in touch overdue</source>
        <translation>Καθυστερημένη επικοινωνία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="163"/>
        <source>C&amp;lear Filters</source>
        <translation>Ε&amp;κκαθάριση φίλτρων</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="164"/>
        <source>Save as &amp;Smart Folder…</source>
        <translation>Αποθήκευση ως έξυπνος φάκε&amp;λος…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/filter_panel.py" line="174"/>
        <source>Any</source>
        <translation>Οποιαδήποτε</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="18"/>
        <source>Detect automatically</source>
        <translation>Αυτόματος εντοπισμός</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="19"/>
        <source>Western European (Windows-1252)</source>
        <translation>Δυτικοευρωπαϊκά (Windows-1252)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="20"/>
        <source>Greek (Windows-1253)</source>
        <translation>Ελληνικά (Windows-1253)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="21"/>
        <source>Greek (ISO 8859-7)</source>
        <translation>Ελληνικά (ISO 8859-7)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="22"/>
        <source>Arabic and Persian (Windows-1256)</source>
        <translation>Αραβικά και περσικά (Windows-1256)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="23"/>
        <source>Central European (Windows-1250)</source>
        <translation>Κεντροευρωπαϊκά (Windows-1250)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="24"/>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Κυριλλικά (Windows-1251)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="25"/>
        <source>Japanese (Shift JIS)</source>
        <translation>Ιαπωνικά (Shift JIS)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_dialog.py" line="70"/>
        <source>&amp;Import</source>
        <translation>Ε&amp;ισαγωγή</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="14"/>
        <source>Import contacts</source>
        <translation>Εισαγωγή επαφών</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="20"/>
        <source>Files to import:</source>
        <translation>Αρχεία για εισαγωγή:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="30"/>
        <source>Files to import</source>
        <translation>Αρχεία για εισαγωγή</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="37"/>
        <source>When a card is somebody you have (same UID, or a shared email or phone and a compatible name)</source>
        <translation>Όταν μια κάρτα είναι μια επαφή που ήδη έχετε (ίδιο UID ή κοινό email ή τηλέφωνο με συμβατό όνομα)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="43"/>
        <source>&amp;Merge: add what is missing, never overwrite</source>
        <translation>&amp;Συγχώνευση: προσθήκη όσων λείπουν, χωρίς αντικατάσταση</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="53"/>
        <source>&amp;Skip the card</source>
        <translation>&amp;Παράλειψη της κάρτας</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="60"/>
        <source>&amp;Create a new contact anyway</source>
        <translation>&amp;Δημιουργία νέας επαφής παρ&apos; όλα αυτά</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="72"/>
        <source>C&amp;haracter set of files that do not name theirs:</source>
        <translation>Σύνολο &amp;χαρακτήρων για αρχεία που δεν δηλώνουν το δικό τους:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="87"/>
        <source>S&amp;top at the first card that cannot be read, and import nothing</source>
        <translation>Δια&amp;κοπή στην πρώτη κάρτα που δεν μπορεί να διαβαστεί, χωρίς εισαγωγή καμίας</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_export.py" line="274"/>
        <source>%Ln file(s) could not be read at all; the others were imported.</source>
        <translation>
            <numerusform>%Ln αρχείο δεν ήταν δυνατό να διαβαστεί καθόλου· τα υπόλοιπα εισήχθησαν.</numerusform>
            <numerusform>%Ln αρχεία δεν ήταν δυνατό να διαβαστούν καθόλου· τα υπόλοιπα εισήχθησαν.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_export.py" line="279"/>
        <source>%Ln possible duplicate(s) created and recorded for you to review.</source>
        <translation>
            <numerusform>Δημιουργήθηκε %Ln πιθανό διπλότυπο και καταγράφηκε για να το ελέγξετε.</numerusform>
            <numerusform>Δημιουργήθηκαν %Ln πιθανά διπλότυπα και καταγράφηκαν για να τα ελέγξετε.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMatchModel</name>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="38"/>
        <source>Action</source>
        <translation>Ενέργεια</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="39"/>
        <source>Card</source>
        <translation>Κάρτα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="40"/>
        <source>File</source>
        <translation>Αρχείο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="41"/>
        <source>Line</source>
        <translation>Γραμμή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="42"/>
        <source>Contact</source>
        <translation>Επαφή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="43"/>
        <source>Why</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="46"/>
        <source>Merge</source>
        <translation>Συγχώνευση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="47"/>
        <source>Create new</source>
        <translation>Δημιουργία νέας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="57"/>
        <source>%1 (new, line %2 of %3)</source>
        <translation>%1 (νέα, γραμμή %2 στο %3)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="165"/>
        <location filename="../../crm_desktop/gui/import_match_model.py" line="171"/>
        <source>(no name)</source>
        <translation>(χωρίς όνομα)</translation>
    </message>
</context>
<context>
    <name>ImportPace</name>
    <message>
        <location filename="../../crm_desktop/gui/import_progress.py" line="68"/>
        <source>Importing: %1 so far…</source>
        <translation>Εισαγωγή: %1 μέχρι στιγμής…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_progress.py" line="69"/>
        <source>Importing: reading the files…</source>
        <translation>Εισαγωγή: ανάγνωση των αρχείων…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_progress.py" line="71"/>
        <source>Importing %1 of %2 (%3)</source>
        <translation>Εισαγωγή %1 από %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_progress.py" line="82"/>
        <source>%1 a second</source>
        <translation>%1 ανά δευτερόλεπτο</translation>
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
            <numerusform>απομένει περίπου %Ln δευτερόλεπτο</numerusform>
            <numerusform>απομένουν περίπου %Ln δευτερόλεπτα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_progress.py" line="92"/>
        <source>about %Ln minute(s) left</source>
        <translation>
            <numerusform>απομένει περίπου %Ln λεπτό</numerusform>
            <numerusform>απομένουν περίπου %Ln λεπτά</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_progress.py" line="93"/>
        <source>about %Ln hour(s) left</source>
        <translation>
            <numerusform>απομένει περίπου %Ln ώρα</numerusform>
            <numerusform>απομένουν περίπου %Ln ώρες</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="161"/>
        <source>Reading the files: %1 of %2 (%3)</source>
        <translation>Ανάγνωση των αρχείων: %1 από %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="171"/>
        <source>Reading the files: %Ln card(s) so far…</source>
        <translation>
            <numerusform>Ανάγνωση των αρχείων: %Ln κάρτα μέχρι στιγμής…</numerusform>
            <numerusform>Ανάγνωση των αρχείων: %Ln κάρτες μέχρι στιγμής…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="173"/>
        <source>Reading the files…</source>
        <translation>Ανάγνωση των αρχείων…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="230"/>
        <source>Will be imported, with a warning: %1</source>
        <translation>Θα εισαχθεί, με προειδοποίηση: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="255"/>
        <source>%Ln card(s) to add as new</source>
        <translation>
            <numerusform>%Ln κάρτα θα προστεθεί ως νέα</numerusform>
            <numerusform>%Ln κάρτες θα προστεθούν ως νέες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="256"/>
        <source>%Ln card(s) to merge into a contact</source>
        <translation>
            <numerusform>%Ln κάρτα θα συγχωνευθεί σε επαφή</numerusform>
            <numerusform>%Ln κάρτες θα συγχωνευθούν σε επαφές</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="261"/>
        <source>%Ln possible duplicate(s) to review later</source>
        <translation>
            <numerusform>%Ln πιθανό διπλότυπο για έλεγχο αργότερα</numerusform>
            <numerusform>%Ln πιθανά διπλότυπα για έλεγχο αργότερα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="267"/>
        <source>%Ln card(s) to skip</source>
        <translation>
            <numerusform>%Ln κάρτα θα παραλειφθεί</numerusform>
            <numerusform>%Ln κάρτες θα παραλειφθούν</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="269"/>
        <source>%Ln card(s) that cannot be read</source>
        <translation>
            <numerusform>%Ln κάρτα δεν μπορεί να διαβαστεί</numerusform>
            <numerusform>%Ln κάρτες δεν μπορούν να διαβαστούν</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="272"/>
        <source>%Ln file(s) that cannot be read at all</source>
        <translation>
            <numerusform>%Ln αρχείο που δεν μπορεί να διαβαστεί καθόλου</numerusform>
            <numerusform>%Ln αρχεία που δεν μπορούν να διαβαστούν καθόλου</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="276"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln προειδοποίηση</numerusform>
            <numerusform>%Ln προειδοποιήσεις</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="284"/>
        <source>Merges (%1)</source>
        <translation>Συγχωνεύσεις (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="287"/>
        <source>Possible duplicates (%1)</source>
        <translation>Πιθανά διπλότυπα (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="292"/>
        <source>Problems (%1)</source>
        <translation>Προβλήματα (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="330"/>
        <source>&amp;Import</source>
        <translation>&amp;Εισαγωγή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="333"/>
        <source>Merge it into that contact</source>
        <translation>Συγχώνευση με αυτήν την επαφή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="334"/>
        <source>Skip the card</source>
        <translation>Παράλειψη της κάρτας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="335"/>
        <source>Create a new contact anyway</source>
        <translation>Δημιουργία νέας επαφής παρ&apos; όλα αυτά</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="340"/>
        <source>File</source>
        <translation>Αρχείο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="340"/>
        <source>Line</source>
        <translation>Γραμμή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_preview_dialog.py" line="340"/>
        <source>Problem</source>
        <translation>Πρόβλημα</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="14"/>
        <source>Import preview</source>
        <translation>Προεπισκόπηση εισαγωγής</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="20"/>
        <source>Nothing has been written yet. This is what the import will do:</source>
        <translation>Δεν έχει γραφτεί τίποτα ακόμη. Αυτό θα κάνει η εισαγωγή:</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="48"/>
        <source>When a card is a &amp;contact you have:</source>
        <translation>Όταν μια κάρτα είναι μια &amp;υπάρχουσα επαφή:</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="58"/>
        <source>What to do with a card that is a contact you have</source>
        <translation>Τι θα γίνει με μια κάρτα που είναι υπάρχουσα επαφή</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="84"/>
        <source>Merges</source>
        <translation>Συγχωνεύσεις</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="90"/>
        <source>Each of these cards is a contact you have (or a card read before it), and adds to it what it lacks; nothing is overwritten. Untick a card (Space) to create it as a new contact instead.</source>
        <translation>Καθεμία από αυτές τις κάρτες είναι μια υπάρχουσα επαφή (ή μια κάρτα που διαβάστηκε νωρίτερα) και της προσθέτει ό,τι της λείπει· τίποτα δεν αντικαθίσταται. Καταργήστε την επιλογή μιας κάρτας (Διάστημα) για να δημιουργηθεί ως νέα επαφή.</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="106"/>
        <source>Cards to merge</source>
        <translation>Κάρτες προς συγχώνευση</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="126"/>
        <location filename="../../ui/import_preview_dialog.ui" line="148"/>
        <source>Possible duplicates</source>
        <translation>Πιθανά διπλότυπα</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="132"/>
        <source>These cards share an e-mail address, a phone number or a name with a contact, but it is not sure they are the same person: each will be created as a new contact and listed in Contacts &gt; Find Duplicates for you to review.</source>
        <translation>Αυτές οι κάρτες έχουν κοινή διεύθυνση email, αριθμό τηλεφώνου ή όνομα με μια επαφή, αλλά δεν είναι βέβαιο ότι πρόκειται για το ίδιο πρόσωπο: καθεμία θα δημιουργηθεί ως νέα επαφή και θα εμφανιστεί στο Επαφές &gt; Εύρεση διπλοτύπων για να την ελέγξετε.</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="168"/>
        <source>Problems</source>
        <translation>Προβλήματα</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="174"/>
        <source>These cards cannot be read and will not be imported, or will be imported with the warning given. The other cards are imported all the same.</source>
        <translation>Αυτές οι κάρτες δεν μπορούν να διαβαστούν και δεν θα εισαχθούν ή θα εισαχθούν με την προειδοποίηση που αναφέρεται. Οι υπόλοιπες κάρτες εισάγονται κανονικά.</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="190"/>
        <source>Problems by file and line</source>
        <translation>Προβλήματα ανά αρχείο και γραμμή</translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="228"/>
        <source>Reading the files</source>
        <translation>Ανάγνωση των αρχείων</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/import_progress.py" line="112"/>
        <source>Importing</source>
        <translation>Εισαγωγή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_progress.py" line="113"/>
        <source>Cancel</source>
        <translation>Άκυρο</translation>
    </message>
</context>
<context>
    <name>JumpBar</name>
    <message>
        <location filename="../../crm_desktop/gui/jump_bar.py" line="59"/>
        <source>Go to letter</source>
        <translation>Μετάβαση σε γράμμα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/jump_bar.py" line="60"/>
        <source>Go to the names starting with a letter (click, or type it)</source>
        <translation>Μετάβαση στα ονόματα που αρχίζουν από ένα γράμμα (κάντε κλικ ή πληκτρολογήστε το)</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="312"/>
        <source>None of these contacts has a postal address.</source>
        <translation>Καμία από αυτές τις επαφές δεν έχει ταχυδρομική διεύθυνση.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="315"/>
        <source>A sheet needs at least one row and one column.</source>
        <translation>Ένα φύλλο χρειάζεται τουλάχιστον μία γραμμή και μία στήλη.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="316"/>
        <source>A label needs a width and a height.</source>
        <translation>Μια ετικέτα χρειάζεται πλάτος και ύψος.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="317"/>
        <source>The pitch is smaller than the label: labels would overlap.</source>
        <translation>Το βήμα είναι μικρότερο από την ετικέτα: οι ετικέτες θα επικαλύπτονταν.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="318"/>
        <source>The labels do not fit across the page.</source>
        <translation>Οι ετικέτες δεν χωρούν στο πλάτος της σελίδας.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="319"/>
        <source>The labels do not fit down the page.</source>
        <translation>Οι ετικέτες δεν χωρούν στο ύψος της σελίδας.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="333"/>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="410"/>
        <source>Envelopes</source>
        <translation>Φάκελοι</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="333"/>
        <source>Labels</source>
        <translation>Ετικέτες</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="346"/>
        <source>Print %1</source>
        <translation>Εκτύπωση %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="354"/>
        <source>envelopes.pdf</source>
        <translation>φάκελοι.pdf</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="354"/>
        <source>labels.pdf</source>
        <translation>ετικέτες.pdf</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="367"/>
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>Γράφτηκε %n σελίδα στο %1.</numerusform>
            <numerusform>Γράφτηκαν %n σελίδες στο %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="377"/>
        <source>%1 × %2 in</source>
        <translation>%1 × %2 ίντσες</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="382"/>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="385"/>
        <source>Avery %1 (%2, %3 × %4, %5)</source>
        <translation>Avery %1 (%2, %3 × %4, %5)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="394"/>
        <source>Print Labels</source>
        <translation>Εκτύπωση ετικετών</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="396"/>
        <source>&amp;For:</source>
        <translation>&amp;Για:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="399"/>
        <source>The selected contacts (%1)</source>
        <translation>Οι επιλεγμένες επαφές (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="403"/>
        <source>The contacts the list shows (%1)</source>
        <translation>Οι επαφές που δείχνει η λίστα (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="408"/>
        <source>&amp;Print on:</source>
        <translation>Εκτύπωση &amp;σε:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="409"/>
        <source>A label sheet</source>
        <translation>Φύλλο ετικετών</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="411"/>
        <source>Label sheet</source>
        <translation>Φύλλο ετικετών</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="414"/>
        <source>Custom grid</source>
        <translation>Προσαρμοσμένο πλέγμα</translation>
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
        <translation>&amp;Φύλλο:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="418"/>
        <source>P&amp;aper:</source>
        <translation>Χ&amp;αρτί:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="418"/>
        <source>&amp;Columns:</source>
        <translation>Σ&amp;τήλες:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="418"/>
        <source>&amp;Rows:</source>
        <translation>Γ&amp;ραμμές:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="419"/>
        <source>Label &amp;width:</source>
        <translation>&amp;Πλάτος ετικέτας:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="419"/>
        <source>Label &amp;height:</source>
        <translation>Ύ&amp;ψος ετικέτας:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="419"/>
        <source>&amp;Top margin:</source>
        <translation>Πάν&amp;ω περιθώριο:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="420"/>
        <source>&amp;Left margin:</source>
        <translation>Αριστερό περιθώρ&amp;ιο:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="420"/>
        <source>Across p&amp;itch:</source>
        <translation>Ορι&amp;ζόντιο βήμα:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="420"/>
        <source>&amp;Down pitch:</source>
        <translation>&amp;Κατακόρυφο βήμα:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="421"/>
        <source>Start at la&amp;bel:</source>
        <translation>Έναρ&amp;ξη από την ετικέτα:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="426"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="428"/>
        <source>On a partly used sheet: the first free label, counted across then down.</source>
        <translation>Σε φύλλο που έχει χρησιμοποιηθεί εν μέρει: η πρώτη ελεύθερη ετικέτα, μετρώντας οριζόντια και μετά κατακόρυφα.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="430"/>
        <source>Draw the labels&apos; &amp;edges (a test on plain paper)</source>
        <translation>Σχεδίαση των &amp;ορίων των ετικετών (δοκιμή σε απλό χαρτί)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="431"/>
        <source>Envelope</source>
        <translation>Φάκελος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="432"/>
        <source>Si&amp;ze:</source>
        <translation>Μέγε&amp;θος:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="434"/>
        <source>DL (220 × 110 mm)</source>
        <translation>DL (220 × 110 mm)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="435"/>
        <source>C5 (229 × 162 mm)</source>
        <translation>C5 (229 × 162 mm)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="436"/>
        <source>US #10 (9.5 × 4.125 in)</source>
        <translation>US #10 (9,5 × 4,125 ίντσες)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="440"/>
        <source>Print the se&amp;nder&apos;s address (yours)</source>
        <translation>Εκτύπωση της διεύθυνσης του αποστολέα (της &amp;δικής σας)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="442"/>
        <source>Your address, line by line (set it once in Preferences)</source>
        <translation>Η διεύθυνσή σας, γραμμή προς γραμμή (ορίστε την μία φορά στις Προτιμήσεις)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="444"/>
        <source>Pre&amp;view and Print…</source>
        <translation>Προ&amp;επισκόπηση και εκτύπωση…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="445"/>
        <source>E&amp;xport PDF…</source>
        <translation>Εξαγωγή P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="451"/>
        <source>Nothing is selected: the contacts the list shows.</source>
        <translation>Δεν έχει επιλεγεί τίποτα: οι επαφές που δείχνει η λίστα.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/labels_dialog.py" line="454"/>
        <source>%n of them have no postal address and are left out.</source>
        <translation>
            <numerusform>%n από αυτές δεν έχει ταχυδρομική διεύθυνση και παραλείπεται.</numerusform>
            <numerusform>%n από αυτές δεν έχουν ταχυδρομική διεύθυνση και παραλείπονται.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadList</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="279"/>
        <source>No lead matches “%1”.</source>
        <translation>Κανένας δυνητικός πελάτης δεν ταιριάζει με «%1».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="281"/>
        <source>No leads yet.</source>
        <translation>Δεν υπάρχουν ακόμη δυνητικοί πελάτες.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="282"/>
        <source>Select contacts in the list and choose Contacts &gt; Mark as Lead… to qualify them and convert them when they are ready to buy.</source>
        <translation>Επιλέξτε επαφές στη λίστα και επιλέξτε Επαφές &gt; Σήμανση ως δυνητικού πελάτη… για να τις αξιολογήσετε και να τις μετατρέψετε όταν είναι έτοιμες να αγοράσουν.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="291"/>
        <source>Leads: %1</source>
        <translation>Δυνητικοί πελάτες: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="315"/>
        <source>Leads</source>
        <translation>Δυνητικοί πελάτες</translation>
    </message>
</context>
<context>
    <name>LeadPane</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="176"/>
        <source>Conve&amp;rt…</source>
        <translation>&amp;Μετατροπή…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="177"/>
        <source>Lead status:</source>
        <translation>Κατάσταση δυνητικού πελάτη:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="186"/>
        <source>Select a lead to see it here.</source>
        <translation>Επιλέξτε έναν δυνητικό πελάτη για να εμφανιστεί εδώ.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="203"/>
        <source>Disqualify lead</source>
        <translation>Απόρριψη δυνητικού πελάτη</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="204"/>
        <source>Why is this lead disqualified?</source>
        <translation>Γιατί απορρίπτεται αυτός ο δυνητικός πελάτης;</translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="58"/>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="59"/>
        <source>Account</source>
        <translation>Λογαριασμός</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="60"/>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="61"/>
        <source>Source</source>
        <translation>Προέλευση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/lead_list.py" line="62"/>
        <source>Since</source>
        <translation>Από</translation>
    </message>
</context>
<context>
    <name>ListCounts</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/counts.py" line="11"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln επαφή</numerusform>
            <numerusform>%Ln επαφές</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/counts.py" line="14"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln λογαριασμός</numerusform>
            <numerusform>%Ln λογαριασμοί</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogBar</name>
    <message>
        <location filename="../../crm_desktop/gui/log_bar.py" line="77"/>
        <source>&amp;Log</source>
        <translation>&amp;Καταγραφή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/log_bar.py" line="78"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Απόρριψη</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/log_bar.py" line="79"/>
        <source>Enter: log · Esc: dismiss</source>
        <translation>Enter: καταγραφή · Esc: απόρριψη</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/log_bar.py" line="86"/>
        <source>Log the call to %1 at %2?</source>
        <translation>Καταγραφή της κλήσης προς %1 στις %2;</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/log_bar.py" line="88"/>
        <source>Log the e-mail to %1 at %2?</source>
        <translation>Καταγραφή του email προς %1 στις %2;</translation>
    </message>
</context>
<context>
    <name>LogForEachDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="125"/>
        <source>Log Activity for Each</source>
        <translation>Καταγραφή δραστηριότητας για την καθεμία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="134"/>
        <source>Sent Christmas card</source>
        <translation>Στάλθηκε χριστουγεννιάτικη κάρτα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="143"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Είδος:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="144"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Θέμα:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="145"/>
        <source>&amp;Done on:</source>
        <translation>&amp;Ολοκληρώθηκε στις:</translation>
    </message>
</context>
<context>
    <name>MailPeopleDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/mail_people_dialog.py" line="63"/>
        <source>People from the e-mails</source>
        <translation>Άτομα από τα email</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/mail_people_dialog.py" line="66"/>
        <source>%n person(s) in the imported e-mails are not among your contacts. Add the ones ticked as new contacts? Each is linked to the e-mails that name them.</source>
        <translation>
            <numerusform>%n άτομο στα εισαγόμενα email δεν ανήκει στις επαφές σας. Να προστεθούν όσοι είναι επιλεγμένοι ως νέες επαφές; Ο καθένας συνδέεται με τα email που τον αναφέρουν.</numerusform>
            <numerusform>%n άτομα στα εισαγόμενα email δεν ανήκουν στις επαφές σας. Να προστεθούν όσοι είναι επιλεγμένοι ως νέες επαφές; Ο καθένας συνδέεται με τα email που τον αναφέρουν.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/mail_people_dialog.py" line="72"/>
        <source>&amp;Add as contacts</source>
        <translation>&amp;Προσθήκη ως επαφές</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/mail_people_dialog.py" line="73"/>
        <source>Not now</source>
        <translation>Όχι τώρα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/mail_people_dialog.py" line="74"/>
        <source>People not among your contacts</source>
        <translation>Άτομα που δεν ανήκουν στις επαφές σας</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_desktop/gui/account_list.py" line="37"/>
        <source>Accounts</source>
        <translation>Λογαριασμοί</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/daily_backup.py" line="45"/>
        <source>Today&apos;s backup is made.</source>
        <translation>Το σημερινό αντίγραφο ασφαλείας δημιουργήθηκε.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="75"/>
        <source>Import contacts</source>
        <translation>Εισαγωγή επαφών</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="79"/>
        <source>Contacts, calendars and e-mails (*.vcf *.vcard *.csv *.txt *.ics *.eml *.mbox *.msg)</source>
        <translation>Επαφές, ημερολόγια και email (*.vcf *.vcard *.csv *.txt *.ics *.eml *.mbox *.msg)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="84"/>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation>Αρχεία vCard (*.vcf *.vcard)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="85"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Αρχεία CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="86"/>
        <location filename="../../crm_desktop/gui/import_export.py" line="355"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Αρχεία iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="87"/>
        <source>E-mail files (*.eml *.mbox *.msg)</source>
        <translation>Αρχεία email (*.eml *.mbox *.msg)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="88"/>
        <source>All files (*)</source>
        <translation>Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="190"/>
        <source>Cancel</source>
        <translation>Άκυρο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="213"/>
        <source>%1 cards so far…</source>
        <translation>Κάρτες μέχρι στιγμής: %1…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="225"/>
        <source>Unexpected error</source>
        <translation>Μη αναμενόμενο σφάλμα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="227"/>
        <source>The operation stopped on an unexpected error and nothing was changed. Please report it with these details:

%1</source>
        <translation>Η λειτουργία διακόπηκε λόγω μη αναμενόμενου σφάλματος και δεν άλλαξε τίποτα. Αναφέρετέ το με τις εξής λεπτομέρειες:

%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="240"/>
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="241"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Ακυρώθηκε: δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="264"/>
        <source>Imported %1, merged %2, skipped %3; %4 could not be read.</source>
        <translation>Εισήχθησαν: %1, συγχωνεύθηκαν: %2, παραλείφθηκαν: %3· δεν ήταν δυνατή η ανάγνωση: %4.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="286"/>
        <source>Import finished</source>
        <translation>Η εισαγωγή ολοκληρώθηκε</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="291"/>
        <source>%1, line %2: %3</source>
        <translation>%1, γραμμή %2: %3</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="292"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="293"/>
        <source>%1, line %2: %3 merged into %4</source>
        <translation>%1, γραμμή %2: η κάρτα %3 συγχωνεύθηκε με την επαφή %4</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="294"/>
        <source>%1, line %2: %3 is perhaps %4</source>
        <translation>%1, γραμμή %2: η κάρτα %3 ίσως είναι η επαφή %4</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="354"/>
        <source>activities.ics</source>
        <translation>δραστηριότητες.ics</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="357"/>
        <source>contacts.csv</source>
        <translation>επαφές.csv</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="358"/>
        <source>CSV files (*.csv)</source>
        <translation>Αρχεία CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="360"/>
        <source>contacts.vcf</source>
        <translation>επαφές.vcf</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="361"/>
        <source>vCard files (*.vcf)</source>
        <translation>Αρχεία vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="364"/>
        <source>Export contacts</source>
        <translation>Εξαγωγή επαφών</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="407"/>
        <source>Exporting contacts…</source>
        <translation>Εξαγωγή επαφών…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="414"/>
        <source>%1 events and to-dos exported.</source>
        <translation>Συμβάντα και εκκρεμότητες που εξήχθησαν: %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/import_export.py" line="424"/>
        <source>%1 cards exported.</source>
        <translation>Κάρτες που εξήχθησαν: %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_views.py" line="127"/>
        <source>Search names, addresses, categories, notes, activities…</source>
        <translation>Αναζήτηση σε ονόματα, διευθύνσεις, κατηγορίες, σημειώσεις, δραστηριότητες…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="288"/>
        <source>Counting…</source>
        <translation>Καταμέτρηση…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="560"/>
        <source>%1 — CRM Desktop</source>
        <translation>%1 — CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/main_window.py" line="563"/>
        <source>Search contacts</source>
        <translation>Αναζήτηση επαφών</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/categories.py" line="10"/>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/categories.py" line="11"/>
        <source>Prospect</source>
        <translation>Υποψήφιος πελάτης</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/categories.py" line="12"/>
        <source>Vendor</source>
        <translation>Προμηθευτής</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/categories.py" line="13"/>
        <source>Partner</source>
        <translation>Συνεργάτης</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/categories.py" line="14"/>
        <source>Employee</source>
        <translation>Υπάλληλος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/categories.py" line="15"/>
        <source>Competitor</source>
        <translation>Ανταγωνιστής</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="43"/>
        <source>Folders and categories</source>
        <translation>Φάκελοι και κατηγορίες</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="105"/>
        <source>Contacts (%1)</source>
        <translation>Επαφές (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="111"/>
        <source>Accounts (%1)</source>
        <translation>Λογαριασμοί (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="117"/>
        <source>Trash (%1)</source>
        <translation>Κάδος απορριμμάτων (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="123"/>
        <source>Deleted accounts (%1)</source>
        <translation>Διαγραμμένοι λογαριασμοί (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="137"/>
        <source>Leads (%1)</source>
        <translation>Δυνητικοί πελάτες (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="143"/>
        <source>Search: %1 (%2)</source>
        <translation>Αναζήτηση: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="152"/>
        <source>Favourites</source>
        <translation>Αγαπημένα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="159"/>
        <source>Recently viewed</source>
        <translation>Πρόσφατες προβολές</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="188"/>
        <source>Show this contact</source>
        <translation>Εμφάνιση αυτής της επαφής</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="226"/>
        <source>&amp;Rename Smart Folder…</source>
        <translation>&amp;Μετονομασία έξυπνου φακέλου…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/navigation.py" line="227"/>
        <source>Re&amp;move Smart Folder</source>
        <translation>&amp;Κατάργηση έξυπνου φακέλου</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/record_lists.py" line="261"/>
        <source>Contacts</source>
        <translation>Επαφές</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/record_lists.py" line="263"/>
        <source>Right-click to show or hide columns; drag to move them</source>
        <translation>Κάντε δεξί κλικ για να εμφανίσετε ή να αποκρύψετε στήλες· σύρετε για να τις μετακινήσετε</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="41"/>
        <source>&amp;New contact…</source>
        <translation>&amp;Νέα επαφή…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="42"/>
        <source>Create a contact</source>
        <translation>Δημιουργία επαφής</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="48"/>
        <source>New &amp;account…</source>
        <translation>Νέος &amp;λογαριασμός…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="49"/>
        <location filename="../../crm_desktop/gui/window_actions.py" line="430"/>
        <source>Create an account (a company)</source>
        <translation>Δημιουργία λογαριασμού (εταιρείας)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="50"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="54"/>
        <source>&amp;Edit contact…</source>
        <translation>&amp;Επεξεργασία επαφής…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="61"/>
        <source>&amp;Delete</source>
        <translation>&amp;Διαγραφή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="62"/>
        <source>Move the selected contacts to the Trash</source>
        <translation>Μεταφορά των επιλεγμένων επαφών στον Κάδο απορριμμάτων</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="68"/>
        <source>Re&amp;store</source>
        <translation>Ε&amp;παναφορά</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="69"/>
        <source>Bring the selected contacts back from the Trash</source>
        <translation>Επαναφορά των επιλεγμένων επαφών από τον Κάδο απορριμμάτων</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="76"/>
        <source>&amp;Import…</source>
        <translation>Ε&amp;ισαγωγή…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="89"/>
        <source>&amp;Export…</source>
        <translation>Εξα&amp;γωγή…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="97"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="101"/>
        <source>&amp;Find</source>
        <translation>Εύ&amp;ρεση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="107"/>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="108"/>
        <source>Quit CRM Desktop</source>
        <translation>Έξοδος από το CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="113"/>
        <source>&amp;About CRM Desktop</source>
        <translation>&amp;Πληροφορίες για το CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="114"/>
        <source>Version and database</source>
        <translation>Έκδοση και βάση δεδομένων</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="120"/>
        <source>&amp;Backups…</source>
        <translation>Αντίγραφα &amp;ασφαλείας…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="121"/>
        <source>Back up the database, or restore a backup</source>
        <translation>Δημιουργία αντιγράφου ασφαλείας της βάσης δεδομένων ή επαναφορά αντιγράφου</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="126"/>
        <location filename="../../crm_desktop/gui/window_actions.py" line="134"/>
        <source>Empty &amp;Trash…</source>
        <translation>Άδειασμα &amp;Κάδου…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="127"/>
        <location filename="../../crm_desktop/gui/window_actions.py" line="135"/>
        <source>Delete for good what is in the Trash</source>
        <translation>Οριστική διαγραφή του περιεχομένου του Κάδου απορριμμάτων</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="140"/>
        <location filename="../../crm_desktop/gui/window_actions.py" line="289"/>
        <source>&amp;Contacts</source>
        <translation>Επα&amp;φές</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="142"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="147"/>
        <source>&amp;Activities</source>
        <translation>&amp;Δραστηριότητες</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="149"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="154"/>
        <source>&amp;Pipeline</source>
        <translation>Διο&amp;χέτευση πωλήσεων</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="156"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="161"/>
        <source>&amp;Reports</source>
        <translation>&amp;Αναφορές</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="55"/>
        <source>Edit the selected contact (or press Enter on it)</source>
        <translation>Επεξεργασία της επιλεγμένης επαφής (ή πατήστε Enter πάνω της)</translation>
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
        <translation>Εισαγωγή επαφών, δραστηριοτήτων και μηνυμάτων ηλεκτρονικού ταχυδρομείου: vCard, CSV (Outlook, Google), iCalendar, ηλεκτρονικό ταχυδρομείο (.eml, .mbox, .msg)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="91"/>
        <source>Export to vCard (2.1, 3.0, 4.0), CSV (Outlook, Google) or iCalendar</source>
        <translation>Εξαγωγή σε vCard (2.1, 3.0, 4.0), CSV (Outlook, Google) ή iCalendar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="102"/>
        <source>Search the contacts</source>
        <translation>Αναζήτηση στις επαφές</translation>
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
        <translation>Επαφές και λογαριασμοί</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="148"/>
        <source>Today, overdue, the week, the calendar</source>
        <translation>Σήμερα, εκπρόθεσμες, η εβδομάδα, το ημερολόγιο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="155"/>
        <source>Deals by stage, to drag along</source>
        <translation>Ευκαιρίες ανά στάδιο, για μεταφορά με σύρσιμο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="162"/>
        <source>Pipeline, forecast, won and lost</source>
        <translation>Διοχέτευση, πρόβλεψη, κερδισμένες και χαμένες</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="163"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="168"/>
        <source>New ac&amp;tivity…</source>
        <translation>Νέα &amp;δραστηριότητα…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="169"/>
        <source>Schedule or log a call, meeting, task…</source>
        <translation>Προγραμματισμός ή καταγραφή κλήσης, σύσκεψης, εργασίας…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="170"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="174"/>
        <source>Lo&amp;g a Call…</source>
        <translation>Κα&amp;ταγραφή κλήσης…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="175"/>
        <source>Log a call just made with the selected contact</source>
        <translation>Καταγραφή κλήσης που μόλις έγινε με την επιλεγμένη επαφή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="176"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="180"/>
        <source>Find &amp;Duplicates…</source>
        <translation>Εύρεση &amp;διπλοτύπων…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="181"/>
        <source>Contacts or accounts that are probably the same</source>
        <translation>Επαφές ή λογαριασμοί που είναι πιθανότατα ίδιοι</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="182"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="186"/>
        <source>Add to &amp;Category…</source>
        <translation>Προσθήκη σε &amp;κατηγορία…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="187"/>
        <source>Put the selected contacts in a category</source>
        <translation>Προσθήκη των επιλεγμένων επαφών σε κατηγορία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="188"/>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="192"/>
        <source>Remove from Ca&amp;tegory…</source>
        <translation>Αφαίρεση από κα&amp;τηγορία…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="193"/>
        <source>Take the selected contacts out of a category</source>
        <translation>Αφαίρεση των επιλεγμένων επαφών από κατηγορία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="194"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="198"/>
        <source>Mark as &amp;Lead…</source>
        <translation>&amp;Σήμανση ως δυνητικού πελάτη…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="200"/>
        <source>Make the selected contacts leads, to qualify and convert</source>
        <translation>Οι επιλεγμένες επαφές γίνονται δυνητικοί πελάτες, για αξιολόγηση και μετατροπή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="204"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="208"/>
        <source>Set &amp;Field…</source>
        <translation>Ορισμός &amp;πεδίου…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="210"/>
        <source>Give the selected contacts an account, a status or another value</source>
        <translation>Ορισμός λογαριασμού, κατάστασης ή άλλης τιμής στις επιλεγμένες επαφές</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="214"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="218"/>
        <source>Log Activity for &amp;Each…</source>
        <translation>Καταγραφή δραστηριότητας &amp;για καθεμία…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="219"/>
        <source>Log one done activity on each selected contact</source>
        <translation>Καταγραφή μίας ολοκληρωμένης δραστηριότητας σε κάθε επιλεγμένη επαφή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="220"/>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="224"/>
        <source>&amp;Filters</source>
        <translation>Φίλ&amp;τρα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="225"/>
        <source>Show or hide the filters above the list</source>
        <translation>Εμφάνιση ή απόκρυψη των φίλτρων πάνω από τη λίστα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="226"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="230"/>
        <source>&amp;Save Search as Smart Folder…</source>
        <translation>&amp;Αποθήκευση αναζήτησης ως έξυπνου φακέλου…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="231"/>
        <source>Keep this search and folder in the folder pane</source>
        <translation>Διατήρηση αυτής της αναζήτησης και του φακέλου στο παράθυρο φακέλων</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="232"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="236"/>
        <source>Tr&amp;ash…</source>
        <translation>Κάδος απορριμ&amp;μάτων…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="237"/>
        <source>Restore what was deleted, or delete it for good</source>
        <translation>Επαναφορά όσων διαγράφηκαν ή οριστική διαγραφή τους</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="238"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="242"/>
        <source>Prefere&amp;nces…</source>
        <translation>Προ&amp;τιμήσεις…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="243"/>
        <source>The language of CRM Desktop</source>
        <translation>Η γλώσσα του CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="244"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="257"/>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="272"/>
        <source>&amp;Edit</source>
        <translation>&amp;Επεξεργασία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="303"/>
        <source>&amp;View</source>
        <translation>&amp;Προβολή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="306"/>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="324"/>
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="325"/>
        <source>&amp;Redo</source>
        <translation>Ακύρωση α&amp;ναίρεσης</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="393"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="398"/>
        <source>Main</source>
        <translation>Κύρια</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="429"/>
        <source>&amp;New account…</source>
        <translation>&amp;Νέος λογαριασμός…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="433"/>
        <source>&amp;Edit account…</source>
        <translation>&amp;Επεξεργασία λογαριασμού…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="434"/>
        <source>Edit the selected account (or press Enter on it)</source>
        <translation>Επεξεργασία του επιλεγμένου λογαριασμού (ή πατήστε Enter πάνω του)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="436"/>
        <source>Move the selected accounts to the Trash</source>
        <translation>Μεταφορά των επιλεγμένων λογαριασμών στον Κάδο απορριμμάτων</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_actions.py" line="439"/>
        <source>Bring the selected accounts back from the Trash</source>
        <translation>Επαναφορά των επιλεγμένων λογαριασμών από τον Κάδο απορριμμάτων</translation>
    </message>
</context>
<context>
    <name>MatchReasons</name>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="13"/>
        <source>same card identifier</source>
        <translation>ίδιο αναγνωριστικό κάρτας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="14"/>
        <source>same e-mail address</source>
        <translation>ίδια διεύθυνση email</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="15"/>
        <source>same phone number</source>
        <translation>ίδιος αριθμός τηλεφώνου</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="16"/>
        <source>same website</source>
        <translation>ίδιος ιστότοπος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="17"/>
        <source>same name</source>
        <translation>ίδιο όνομα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="18"/>
        <source>same name in another alphabet</source>
        <translation>ίδιο όνομα σε άλλο αλφάβητο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="19"/>
        <source>similar name</source>
        <translation>παρόμοιο όνομα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="20"/>
        <source>one has no name</source>
        <translation>η μία δεν έχει όνομα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="21"/>
        <source>none has a name</source>
        <translation>καμία δεν έχει όνομα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="22"/>
        <source>same account</source>
        <translation>ίδιος λογαριασμός</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="23"/>
        <source>different names</source>
        <translation>διαφορετικά ονόματα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="24"/>
        <source>a value others share too</source>
        <translation>τιμή που έχουν και άλλες εγγραφές</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="25"/>
        <source>different companies</source>
        <translation>διαφορετικές εταιρείες</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_reasons.py" line="26"/>
        <source>every value already there</source>
        <translation>όλες οι τιμές υπάρχουν ήδη</translation>
    </message>
</context>
<context>
    <name>MergeChoiceModel</name>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="46"/>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="47"/>
        <source>Organization</source>
        <translation>Οργανισμός</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="48"/>
        <source>Job title</source>
        <translation>Θέση εργασίας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="49"/>
        <source>Department</source>
        <translation>Τμήμα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="50"/>
        <source>Role</source>
        <translation>Ρόλος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="51"/>
        <source>Nickname</source>
        <translation>Ψευδώνυμο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="52"/>
        <source>Birthday</source>
        <translation>Γενέθλια</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="53"/>
        <source>Anniversary</source>
        <translation>Επέτειος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="54"/>
        <source>Gender</source>
        <translation>Φύλο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="55"/>
        <source>Photo</source>
        <translation>Φωτογραφία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="56"/>
        <source>Keep in touch (days)</source>
        <translation>Διατήρηση επαφής (ημέρες)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="63"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="64"/>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="65"/>
        <source>Address</source>
        <translation>Διεύθυνση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="66"/>
        <source>Web page</source>
        <translation>Ιστοσελίδα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="67"/>
        <source>Instant messaging</source>
        <translation>Άμεσα μηνύματα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="68"/>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="69"/>
        <source>Custom field</source>
        <translation>Προσαρμοσμένο πεδίο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="70"/>
        <source>vCard property</source>
        <translation>Ιδιότητα vCard</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="71"/>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="187"/>
        <source>a photo</source>
        <translation>μια φωτογραφία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="262"/>
        <source>Field</source>
        <translation>Πεδίο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="264"/>
        <source>(no name)</source>
        <translation>(χωρίς όνομα)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="268"/>
        <source>%1 (kept)</source>
        <translation>%1 (διατηρείται)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="308"/>
        <source>Uncheck to leave this value out</source>
        <translation>Καταργήστε την επιλογή για να παραλειφθεί αυτή η τιμή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/merge_choice_model.py" line="311"/>
        <source>Check the value to keep</source>
        <translation>Επιλέξτε την τιμή που θα διατηρηθεί</translation>
    </message>
</context>
<context>
    <name>NextActivity</name>
    <message>
        <location filename="../../crm_desktop/gui/next_activity.py" line="23"/>
        <source>Overdue</source>
        <translation>Εκπρόθεσμη</translation>
    </message>
</context>
<context>
    <name>NoDisplay</name>
    <message>
        <location filename="../../crm_desktop/gui/no_display.py" line="61"/>
        <source>no display: the window cannot be shown here; set DISPLAY (or WAYLAND_DISPLAY), or use the command line (crm-desktop --help)</source>
        <translation>δεν υπάρχει οθόνη: το παράθυρο δεν μπορεί να εμφανιστεί εδώ· ορίστε το DISPLAY (ή το WAYLAND_DISPLAY) ή χρησιμοποιήστε τη γραμμή εντολών (crm-desktop --help)</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/board.py" line="429"/>
        <source>Pipeline</source>
        <translation>Διοχέτευση πωλήσεων</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/board.py" line="430"/>
        <source>Won
(drop a deal here)</source>
        <translation>Κερδήθηκε
(αφήστε εδώ μια ευκαιρία)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/board.py" line="431"/>
        <source>Lost
(drop a deal here)</source>
        <translation>Χάθηκε
(αφήστε εδώ μια ευκαιρία)</translation>
    </message>
</context>
<context>
    <name>PipelineFilters</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="151"/>
        <source>Any close date</source>
        <translation>Οποιαδήποτε ημερομηνία κλεισίματος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="152"/>
        <source>Overdue</source>
        <translation>Εκπρόθεσμες</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="153"/>
        <source>Closing this month</source>
        <translation>Κλείνουν αυτόν τον μήνα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="154"/>
        <source>Closing next month</source>
        <translation>Κλείνουν τον επόμενο μήνα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="155"/>
        <source>Closing this quarter</source>
        <translation>Κλείνουν αυτό το τρίμηνο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="156"/>
        <source>Closing in the next 90 days</source>
        <translation>Κλείνουν τις επόμενες 90 ημέρες</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="157"/>
        <source>Closing this year</source>
        <translation>Κλείνουν φέτος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="167"/>
        <source>C&amp;lose:</source>
        <translation>Κλείσιμ&amp;ο:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="167"/>
        <source>Account cate&amp;gory:</source>
        <translation>Κα&amp;τηγορία λογαριασμού:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="176"/>
        <source>Li&amp;st</source>
        <translation>&amp;Λίστα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="168"/>
        <source>&amp;Amount from:</source>
        <translation>Πο&amp;σό από:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="170"/>
        <source>to</source>
        <translation>έως</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="172"/>
        <source>any</source>
        <translation>οποιοδήποτε</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="177"/>
        <source>Show the deals as a sortable list instead of the board</source>
        <translation>Εμφάνιση των ευκαιριών ως λίστας με ταξινόμηση αντί για πίνακα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/filters.py" line="185"/>
        <source>All accounts</source>
        <translation>Όλοι οι λογαριασμοί</translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_view.py" line="129"/>
        <source>&amp;New deal…</source>
        <translation>&amp;Νέα ευκαιρία…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_view.py" line="130"/>
        <source>Deals</source>
        <translation>Ευκαιρίες</translation>
    </message>
</context>
<context>
    <name>PreferenceFields</name>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="117"/>
        <source>Calendar:</source>
        <translation>Ημερολόγιο:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="117"/>
        <source>Colours:</source>
        <translation>Χρώματα:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="117"/>
        <source>Default currency:</source>
        <translation>Προεπιλεγμένο νόμισμα:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="118"/>
        <source>Region for phone numbers:</source>
        <translation>Περιοχή για αριθμούς τηλεφώνου:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="118"/>
        <source>Keep in touch with new contacts:</source>
        <translation>Διατήρηση επαφής με νέες επαφές:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="119"/>
        <source>Remind of new activities:</source>
        <translation>Υπενθύμιση νέων δραστηριοτήτων:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="119"/>
        <source>Automatic backups kept:</source>
        <translation>Αυτόματα αντίγραφα που διατηρούνται:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="120"/>
        <source>Folder for Back up now:</source>
        <translation>Φάκελος για «Δημιουργία αντιγράφου τώρα»:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="120"/>
        <source>Sync every:</source>
        <translation>Συγχρονισμός κάθε:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="126"/>
        <source>As the system</source>
        <translation>Όπως το σύστημα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="126"/>
        <source>Light</source>
        <translation>Φωτεινά</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="127"/>
        <source>Dark</source>
        <translation>Σκούρα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="131"/>
        <source>The region&apos;s (%1)</source>
        <translation>Της περιοχής (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="134"/>
        <source>The language&apos;s (%1)</source>
        <translation>Της γλώσσας (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="135"/>
        <source>not kept in touch</source>
        <translation>χωρίς τακτική επαφή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="136"/>
        <source> days</source>
        <translation> ημέρες</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="137"/>
        <source>no reminder</source>
        <translation>χωρίς υπενθύμιση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="138"/>
        <source> min before</source>
        <translation> λεπτά πριν</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="139"/>
        <source>never</source>
        <translation>ποτέ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="140"/>
        <source> min</source>
        <translation> λεπτά</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="141"/>
        <source>Beside the database, with the others</source>
        <translation>Δίπλα στη βάση δεδομένων, με τα υπόλοιπα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="142"/>
        <source>Choose…</source>
        <translation>Επιλογή…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/preference_fields.py" line="147"/>
        <source>Folder for backups</source>
        <translation>Φάκελος αντιγράφων ασφαλείας</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/preferences_dialog.py" line="110"/>
        <source>System default (%1)</source>
        <translation>Γλώσσα συστήματος (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="14"/>
        <source>Preferences</source>
        <translation>Προτιμήσεις</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="25"/>
        <source>&amp;Language:</source>
        <translation>&amp;Γλώσσα:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="35"/>
        <source>Language of CRM Desktop</source>
        <translation>Γλώσσα του CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="42"/>
        <source>Your e-mail &amp;addresses:</source>
        <translation>Οι &amp;διευθύνσεις email σας:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="52"/>
        <source>Your own e-mail addresses, separated by commas</source>
        <translation>Οι δικές σας διευθύνσεις email, χωρισμένες με κόμματα</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="55"/>
        <source>you@example.com, you@work.example</source>
        <translation>you@example.com, you@work.example</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="62"/>
        <source>Your &amp;postal address:</source>
        <translation>Η &amp;ταχυδρομική σας διεύθυνση:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="72"/>
        <source>Your own postal address, line by line: the sender on envelopes</source>
        <translation>Η ταχυδρομική σας διεύθυνση, γραμμή προς γραμμή: ο αποστολέας στους φακέλους</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="78"/>
        <source>The sender on envelopes, line by line</source>
        <translation>Ο αποστολέας στους φακέλους, γραμμή προς γραμμή</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="87"/>
        <source>CRM Desktop speaks the language of the system unless you choose another here. The windows change at once; a message already on screen keeps its words until it is shown again. An imported e-mail sent from one of your own addresses is logged as sent, any other as received.</source>
        <translation>Το CRM Desktop χρησιμοποιεί τη γλώσσα του συστήματος, εκτός αν επιλέξετε άλλη εδώ. Τα παράθυρα αλλάζουν αμέσως· ένα μήνυμα που εμφανίζεται ήδη κρατά τις λέξεις του μέχρι να εμφανιστεί ξανά. Ένα εισαγόμενο email που στάλθηκε από μία από τις διευθύνσεις σας καταγράφεται ως απεσταλμένο, κάθε άλλο ως ληφθέν.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="39"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="123"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="170"/>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="40"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="117"/>
        <source>Account</source>
        <translation>Λογαριασμός</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="41"/>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="42"/>
        <source>Probability</source>
        <translation>Πιθανότητα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="43"/>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="54"/>
        <source>Sum: %1 · Weighted: %2</source>
        <translation>Σύνολο: %1 · Σταθμισμένο: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="63"/>
        <source>%1 (overdue)</source>
        <translation>%1 (εκπρόθεσμη)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="75"/>
        <source>Pipeline</source>
        <translation>Διοχέτευση πωλήσεων</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/pipeline_print.py" line="88"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="87"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="105"/>
        <source>Timeline</source>
        <translation>Χρονολόγιο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="92"/>
        <source>&amp;Print</source>
        <translation>&amp;Εκτύπωση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="93"/>
        <source>Export P&amp;DF</source>
        <translation>Εξαγωγή P&amp;DF</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="95"/>
        <source>This &amp;view…</source>
        <translation>Αυτή η &amp;προβολή…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="97"/>
        <source>The list, the pipeline or the report shown</source>
        <translation>Η λίστα, η διοχέτευση ή η αναφορά που εμφανίζεται</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="100"/>
        <source>&amp;Selected contacts only…</source>
        <translation>&amp;Μόνο οι επιλεγμένες επαφές…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="102"/>
        <source>Only the contacts selected in the list, with its columns</source>
        <translation>Μόνο οι επαφές που έχουν επιλεγεί στη λίστα, με τις στήλες της</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="107"/>
        <source>The selected &amp;card…</source>
        <translation>Η επιλεγμένη &amp;καρτέλα…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="109"/>
        <source>The selected contact, account or deal with its timeline</source>
        <translation>Η επιλεγμένη επαφή, λογαριασμός ή ευκαιρία με το χρονολόγιό της</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="114"/>
        <source>Print &amp;Labels…</source>
        <translation>Εκτύπωση ετι&amp;κετών…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_actions.py" line="116"/>
        <source>The selected contacts&apos; addresses (or those the list shows) on labels or envelopes</source>
        <translation>Οι διευθύνσεις των επιλεγμένων επαφών (ή όσων δείχνει η λίστα) σε ετικέτες ή φακέλους</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="61"/>
        <source>%1 records</source>
        <translation>Εγγραφές: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="85"/>
        <source>Nothing recorded yet.</source>
        <translation>Δεν έχει καταγραφεί τίποτα ακόμη.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="100"/>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="101"/>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="102"/>
        <source>Subject</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="103"/>
        <source>Details</source>
        <translation>Λεπτομέρειες</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="124"/>
        <source>Department</source>
        <translation>Τμήμα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="125"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="155"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="126"/>
        <location filename="../../crm_desktop/gui/print_documents.py" line="152"/>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="128"/>
        <source>Birthday</source>
        <translation>Γενέθλια</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="131"/>
        <source>Categories</source>
        <translation>Κατηγορίες</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="148"/>
        <source>Website</source>
        <translation>Ιστότοπος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="149"/>
        <source>Industry</source>
        <translation>Κλάδος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="164"/>
        <source>Contacts (%1)</source>
        <translation>Επαφές (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/print_documents.py" line="169"/>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/label_painting.py" line="223"/>
        <location filename="../../crm_desktop/gui/printing.py" line="147"/>
        <source>The PDF could not be written.</source>
        <translation>Δεν ήταν δυνατή η εγγραφή του PDF.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/printing.py" line="164"/>
        <source>Print %1</source>
        <translation>Εκτύπωση %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/printing.py" line="176"/>
        <source>Export PDF</source>
        <translation>Εξαγωγή PDF</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/printing.py" line="178"/>
        <source>PDF files (*.pdf)</source>
        <translation>Αρχεία PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_print_documents.py" line="50"/>
        <source>%1 (selected contacts)</source>
        <translation>%1 (επιλεγμένες επαφές)</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/relation_dialog.py" line="88"/>
        <source>%1 (account)</source>
        <translation>%1 (λογαριασμός)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relation_dialog.py" line="91"/>
        <source>Add Relationship</source>
        <translation>Προσθήκη σχέσης</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relation_dialog.py" line="92"/>
        <source>&amp;Relationship:</source>
        <translation>&amp;Σχέση:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relation_dialog.py" line="93"/>
        <source>&amp;Person:</source>
        <translation>&amp;Πρόσωπο:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relation_dialog.py" line="114"/>
        <source>Choose one of your contacts.</source>
        <translation>Επιλέξτε μία από τις επαφές σας.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relation_dialog.py" line="118"/>
        <source>No contact or account has this name: it is kept as a name.</source>
        <translation>Καμία επαφή ή λογαριασμός δεν έχει αυτό το όνομα: διατηρείται ως όνομα.</translation>
    </message>
</context>
<context>
    <name>RelationsBox</name>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="47"/>
        <source>Add Relationship</source>
        <translation>Προσθήκη σχέσης</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="72"/>
        <source>Remove Relationship</source>
        <translation>Κατάργηση σχέσης</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="151"/>
        <source>Relationships</source>
        <translation>Σχέσεις</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="158"/>
        <source>Add Relationship…</source>
        <translation>Προσθήκη σχέσης…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="161"/>
        <source>Relationship Types…</source>
        <translation>Τύποι σχέσεων…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="202"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="217"/>
        <source>Remove</source>
        <translation>Κατάργηση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relations_box.py" line="218"/>
        <source>Remove this relationship</source>
        <translation>Κατάργηση αυτής της σχέσης</translation>
    </message>
</context>
<context>
    <name>RelationshipTypes</name>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="13"/>
        <source>Spouse</source>
        <translation>Σύζυγος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="14"/>
        <source>Partner</source>
        <translation>Σύντροφος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="15"/>
        <source>Manager</source>
        <translation>Προϊστάμενος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="16"/>
        <source>Direct report</source>
        <translation>Άμεσος υφιστάμενος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="17"/>
        <source>Assistant</source>
        <translation>Βοηθός</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="18"/>
        <source>Assistant to</source>
        <translation>Βοηθός του</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="19"/>
        <source>Referred by</source>
        <translation>Σύσταση από</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="20"/>
        <source>Referred</source>
        <translation>Σύστησε</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="21"/>
        <source>Colleague</source>
        <translation>Συνάδελφος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="22"/>
        <source>Former employee of</source>
        <translation>Πρώην υπάλληλος της</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="23"/>
        <source>Former employer of</source>
        <translation>Πρώην εργοδότης του</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="24"/>
        <source>Parent</source>
        <translation>Γονέας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="25"/>
        <source>Child</source>
        <translation>Τέκνο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="26"/>
        <source>Sibling</source>
        <translation>Αδελφός/Αδελφή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="27"/>
        <source>Friend</source>
        <translation>Φίλος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="28"/>
        <source>Related</source>
        <translation>Σχετικός</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="29"/>
        <source>Mother</source>
        <translation>Μητέρα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="30"/>
        <source>Father</source>
        <translation>Πατέρας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="31"/>
        <source>Brother</source>
        <translation>Αδελφός</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_words.py" line="32"/>
        <source>Sister</source>
        <translation>Αδελφή</translation>
    </message>
</context>
<context>
    <name>RelationshipTypesDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="113"/>
        <source>Relationship Types</source>
        <translation>Τύποι σχέσεων</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="114"/>
        <source>&amp;Add…</source>
        <translation>&amp;Προσθήκη…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="115"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Μετονομασία…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="116"/>
        <source>Re&amp;move</source>
        <translation>&amp;Κατάργηση</translation>
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
        <translation>Υπενθύμιση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reminders.py" line="103"/>
        <source>Reminder: %1</source>
        <translation>Υπενθύμιση: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reminders.py" line="103"/>
        <source>Show</source>
        <translation>Εμφάνιση</translation>
    </message>
</context>
<context>
    <name>RepeatSection</name>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="178"/>
        <source>Does not repeat</source>
        <translation>Δεν επαναλαμβάνεται</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="179"/>
        <source>Daily</source>
        <translation>Καθημερινά</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="180"/>
        <source>Weekly</source>
        <translation>Εβδομαδιαία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="181"/>
        <source>Monthly</source>
        <translation>Μηνιαία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="182"/>
        <source>Yearly</source>
        <translation>Ετήσια</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="183"/>
        <source>As imported</source>
        <translation>Όπως εισήχθη</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="188"/>
        <source>Never</source>
        <translation>Ποτέ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="189"/>
        <source>On date</source>
        <translation>Σε ημερομηνία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="190"/>
        <source>After</source>
        <translation>Μετά από</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="194"/>
        <source>every</source>
        <translation>κάθε</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="195"/>
        <source>Ends:</source>
        <translation>Λήξη:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="196"/>
        <source> occurrence(s)</source>
        <translation> επαναλήψεις</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="201"/>
        <source>On the first %1 of the month</source>
        <translation>Την πρώτη %1 του μήνα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="202"/>
        <source>On the second %1 of the month</source>
        <translation>Τη δεύτερη %1 του μήνα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="203"/>
        <source>On the third %1 of the month</source>
        <translation>Την τρίτη %1 του μήνα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="204"/>
        <source>On the fourth %1 of the month</source>
        <translation>Την τέταρτη %1 του μήνα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="205"/>
        <source>On the last %1 of the month</source>
        <translation>Την τελευταία %1 του μήνα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="211"/>
        <source>On day %1 of the month</source>
        <translation>Την ημέρα %1 του μήνα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="216"/>
        <source>Repeats by a rule from another calendar: %1</source>
        <translation>Επαναλαμβάνεται με κανόνα από άλλο ημερολόγιο: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="225"/>
        <source>day(s)</source>
        <translation>ημέρα(ες)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="226"/>
        <source>week(s)</source>
        <translation>εβδομάδα(ες)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="227"/>
        <source>month(s)</source>
        <translation>μήνα(ες)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/repeat_section.py" line="228"/>
        <source>year(s)</source>
        <translation>έτος/έτη</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="46"/>
        <source>Pipeline by stage</source>
        <translation>Διοχέτευση ανά στάδιο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="47"/>
        <source>Forecast by month of expected close</source>
        <translation>Πρόβλεψη ανά μήνα αναμενόμενου κλεισίματος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="50"/>
        <source>Won and lost by month</source>
        <translation>Κερδισμένες και χαμένες ανά μήνα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="51"/>
        <source>Activities done by kind and week</source>
        <translation>Ολοκληρωμένες δραστηριότητες ανά είδος και εβδομάδα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="54"/>
        <source>Purchase history by account and year</source>
        <translation>Ιστορικό αγορών ανά λογαριασμό και έτος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="57"/>
        <source>Referrals: who sends you business</source>
        <translation>Συστάσεις: ποιος σας φέρνει εργασίες</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="102"/>
        <source>No close date</source>
        <translation>Χωρίς ημερομηνία κλεισίματος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="146"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="171"/>
        <source>Sum</source>
        <translation>Σύνολο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="150"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="172"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="193"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="217"/>
        <source>Weighted</source>
        <translation>Σταθμισμένο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="168"/>
        <source>Stage</source>
        <translation>Στάδιο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="169"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="215"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="269"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="355"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="395"/>
        <source>Currency</source>
        <translation>Νόμισμα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="170"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="216"/>
        <source>Deals</source>
        <translation>Ευκαιρίες</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="197"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="218"/>
        <source>Best case</source>
        <translation>Βέλτιστη περίπτωση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="214"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="268"/>
        <source>Month</source>
        <translation>Μήνας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="239"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="270"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="374"/>
        <source>Won</source>
        <translation>Κερδισμένες</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="243"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="272"/>
        <source>Lost</source>
        <translation>Χαμένες</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="271"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="397"/>
        <source>Won amount</source>
        <translation>Ποσό κερδισμένων</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="273"/>
        <source>Lost amount</source>
        <translation>Ποσό χαμένων</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="274"/>
        <source>Win rate</source>
        <translation>Ποσοστό επιτυχίας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="275"/>
        <source>Average days to close</source>
        <translation>Μέσος αριθμός ημερών έως το κλείσιμο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="289"/>
        <source>Week of %1</source>
        <translation>Εβδομάδα από %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="308"/>
        <source>Week</source>
        <translation>Εβδομάδα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="309"/>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="310"/>
        <source>Done</source>
        <translation>Ολοκληρωμένες</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="353"/>
        <source>Account</source>
        <translation>Λογαριασμός</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="354"/>
        <source>Year</source>
        <translation>Έτος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="356"/>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="396"/>
        <source>Won deals</source>
        <translation>Κερδισμένες ευκαιρίες</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="357"/>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="381"/>
        <source>None won</source>
        <translation>Καμία κερδισμένη</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="393"/>
        <source>Referrer</source>
        <translation>Συστήνων</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/report_figures.py" line="394"/>
        <source>People referred</source>
        <translation>Άτομα που συστήθηκαν</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../crm_desktop/gui/reports/reports_view.py" line="178"/>
        <source>Chart c&amp;urrency:</source>
        <translation>&amp;Νόμισμα γραφήματος:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/reports/reports_view.py" line="179"/>
        <source>Reports</source>
        <translation>Αναφορές</translation>
    </message>
</context>
<context>
    <name>SalesText</name>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="21"/>
        <source>Prospecting</source>
        <translation>Αναζήτηση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="22"/>
        <source>Qualification</source>
        <translation>Αξιολόγηση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="23"/>
        <source>Proposal</source>
        <translation>Πρόταση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="24"/>
        <source>Negotiation</source>
        <translation>Διαπραγμάτευση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="26"/>
        <source>Open</source>
        <translation>Ανοιχτή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="27"/>
        <source>Won</source>
        <translation>Κερδισμένη</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="28"/>
        <source>Lost</source>
        <translation>Χαμένη</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="30"/>
        <source>New</source>
        <translation>Νέος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="31"/>
        <source>Contacted</source>
        <translation>Έγινε επαφή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="32"/>
        <source>Qualified</source>
        <translation>Κατάλληλος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="33"/>
        <source>Disqualified</source>
        <translation>Απορρίφθηκε</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="35"/>
        <source>Referral</source>
        <translation>Σύσταση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="36"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="37"/>
        <source>Trade show</source>
        <translation>Εμπορική έκθεση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="38"/>
        <source>Campaign</source>
        <translation>Καμπάνια</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="39"/>
        <source>Partner</source>
        <translation>Συνεργάτης</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="40"/>
        <source>Other</source>
        <translation>Άλλο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="42"/>
        <source>Decision maker</source>
        <translation>Υπεύθυνος λήψης αποφάσεων</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="43"/>
        <source>Influencer</source>
        <translation>Επηρεάζων</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="44"/>
        <source>User</source>
        <translation>Χρήστης</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/sales_text.py" line="45"/>
        <source>Technical</source>
        <translation>Τεχνικός</translation>
    </message>
</context>
<context>
    <name>SearchMatch</name>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="21"/>
        <source>Account</source>
        <translation>Λογαριασμός</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="22"/>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="23"/>
        <source>Department</source>
        <translation>Τμήμα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="24"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="25"/>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="26"/>
        <source>Address</source>
        <translation>Διεύθυνση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="27"/>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="28"/>
        <source>Web page</source>
        <translation>Ιστοσελίδα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="29"/>
        <source>Custom field</source>
        <translation>Προσαρμοσμένο πεδίο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="30"/>
        <source>Other vCard field</source>
        <translation>Άλλο πεδίο vCard</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="31"/>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/match_delegate.py" line="32"/>
        <source>Activity</source>
        <translation>Δραστηριότητα</translation>
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
        <translation>Διαγραφή επαναλαμβανόμενης δραστηριότητας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/series_scope.py" line="27"/>
        <source>Edit repeating activity</source>
        <translation>Επεξεργασία επαναλαμβανόμενης δραστηριότητας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/series_scope.py" line="30"/>
        <source>“%1” repeats. Delete only this occurrence, or every one in the series?</source>
        <translation>Η «%1» επαναλαμβάνεται. Διαγραφή μόνο αυτής της εμφάνισης ή όλων της σειράς;</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/series_scope.py" line="34"/>
        <source>“%1” repeats. Change only this occurrence, or every one in the series?</source>
        <translation>Η «%1» επαναλαμβάνεται. Αλλαγή μόνο αυτής της εμφάνισης ή όλων της σειράς;</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/series_scope.py" line="43"/>
        <source>Only &amp;this one</source>
        <translation>Μόνο &amp;αυτή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/series_scope.py" line="44"/>
        <source>&amp;All in the series</source>
        <translation>Ό&amp;λες της σειράς</translation>
    </message>
</context>
<context>
    <name>SetFieldDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="68"/>
        <source>Set Field</source>
        <translation>Ορισμός πεδίου</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="72"/>
        <source>Account</source>
        <translation>Λογαριασμός</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="72"/>
        <source>Keep in touch every</source>
        <translation>Επικοινωνία κάθε</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="73"/>
        <source>Lead status</source>
        <translation>Κατάσταση δυνητικού πελάτη</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="73"/>
        <source>Custom field</source>
        <translation>Προσαρμοσμένο πεδίο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="75"/>
        <source>&amp;Field:</source>
        <translation>&amp;Πεδίο:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="84"/>
        <source>Never (cleared)</source>
        <translation>Ποτέ (εκκαθαρισμένο)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="85"/>
        <source> days</source>
        <translation> ημέρες</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="97"/>
        <source>&amp;Label:</source>
        <translation>&amp;Ετικέτα:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/bulk_dialogs.py" line="98"/>
        <source>&amp;Value:</source>
        <translation>&amp;Τιμή:</translation>
    </message>
</context>
<context>
    <name>SmartFolderActions</name>
    <message>
        <location filename="../../crm_desktop/gui/smart_folder_actions.py" line="56"/>
        <source>Save Search as Smart Folder</source>
        <translation>Αποθήκευση αναζήτησης ως έξυπνου φακέλου</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/smart_folder_actions.py" line="57"/>
        <source>Name of the smart folder:</source>
        <translation>Όνομα του έξυπνου φακέλου:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/smart_folder_actions.py" line="78"/>
        <source>Rename Smart Folder</source>
        <translation>Μετονομασία έξυπνου φακέλου</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/smart_folder_actions.py" line="78"/>
        <source>New name:</source>
        <translation>Νέο όνομα:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/smart_folder_actions.py" line="91"/>
        <source>Remove Smart Folder</source>
        <translation>Κατάργηση έξυπνου φακέλου</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/smart_folder_actions.py" line="92"/>
        <source>Remove the smart folder “%1”? The contacts it shows stay.</source>
        <translation>Κατάργηση του έξυπνου φακέλου «%1»; Οι επαφές που εμφανίζει παραμένουν.</translation>
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
        <translation>Σύνολο: %1
Σταθμισμένο: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/pipeline/board.py" line="134"/>
        <source>No deals</source>
        <translation>Καμία ευκαιρία</translation>
    </message>
</context>
<context>
    <name>StartupDialogs</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="36"/>
        <source>The newest good backup was made on %1 and holds %Ln contact(s).</source>
        <translation>
            <numerusform>Το πιο πρόσφατο άθικτο αντίγραφο ασφαλείας δημιουργήθηκε στις %1 και περιέχει %Ln επαφή.</numerusform>
            <numerusform>Το πιο πρόσφατο άθικτο αντίγραφο ασφαλείας δημιουργήθηκε στις %1 και περιέχει %Ln επαφές.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="44"/>
        <source>The database %1 is damaged and cannot be opened.</source>
        <translation>Η βάση δεδομένων %1 έχει υποστεί βλάβη και δεν είναι δυνατό να ανοίξει.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="48"/>
        <source>It has not been changed.</source>
        <translation>Δεν έχει τροποποιηθεί.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="54"/>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="82"/>
        <source>The database is damaged</source>
        <translation>Η βάση δεδομένων έχει υποστεί βλάβη</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="57"/>
        <source>No backup of it was found. Keep the file: a copy of it may still be repaired. CRM Desktop will now quit.</source>
        <translation>Δεν βρέθηκε αντίγραφο ασφαλείας της. Κρατήστε το αρχείο: ένα αντίγραφό του ίσως μπορεί ακόμη να επισκευαστεί. Το CRM Desktop θα τερματιστεί τώρα.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="69"/>
        <source>The newest good backup was made on %1.</source>
        <translation>Το πιο πρόσφατο άθικτο αντίγραφο ασφαλείας δημιουργήθηκε στις %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="74"/>
        <source>Restore it? The damaged file is kept beside it under another name; what changed since the backup is not in it.</source>
        <translation>Να γίνει επαναφορά του; Το κατεστραμμένο αρχείο φυλάσσεται δίπλα του με άλλο όνομα· όσα άλλαξαν μετά το αντίγραφο ασφαλείας δεν περιλαμβάνονται σε αυτό.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="88"/>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Επαναφορά του αντιγράφου ασφαλείας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/startup_dialogs.py" line="91"/>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
</context>
<context>
    <name>SyncAccountsDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="87"/>
        <source>Sync Accounts</source>
        <translation>Λογαριασμοί συγχρονισμού</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="90"/>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="90"/>
        <source>Server</source>
        <translation>Διακομιστής</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="90"/>
        <source>User</source>
        <translation>Χρήστης</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="90"/>
        <source>Last sync</source>
        <translation>Τελευταίος συγχρονισμός</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="96"/>
        <source>&amp;Add…</source>
        <translation>&amp;Προσθήκη…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="97"/>
        <source>&amp;Remove</source>
        <translation>Κατάρ&amp;γηση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="98"/>
        <source>&amp;Sync Now</source>
        <translation>&amp;Συγχρονισμός τώρα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="108"/>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="164"/>
        <source>never</source>
        <translation>ποτέ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="109"/>
        <source> min</source>
        <translation> λεπτά</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="115"/>
        <source>Sync &amp;every:</source>
        <translation>Συγχρονισμός &amp;κάθε:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="118"/>
        <source>Record</source>
        <translation>Εγγραφή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="118"/>
        <source>Fields</source>
        <translation>Πεδία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="118"/>
        <source>Server&apos;s version</source>
        <translation>Έκδοση του διακομιστή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="123"/>
        <source>Keep &amp;Mine</source>
        <translation>Διατήρηση της &amp;δικής μου</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="124"/>
        <source>Keep the Server&apos;s</source>
        <translation>Διατήρηση του διακομιστή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="131"/>
        <source>Changed on both sides</source>
        <translation>Άλλαξε και στις δύο πλευρές</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="135"/>
        <source>The same field was changed here and on the server. Yours is kept until you choose; the server&apos;s version is kept here too.</source>
        <translation>Το ίδιο πεδίο άλλαξε εδώ και στον διακομιστή. Η δική σας τιμή διατηρείται μέχρι να επιλέξετε· η έκδοση του διακομιστή φυλάσσεται κι αυτή εδώ.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="163"/>
        <source>never synced</source>
        <translation>δεν έχει συγχρονιστεί ποτέ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="204"/>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="208"/>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="214"/>
        <source>Add Sync Account</source>
        <translation>Προσθήκη λογαριασμού συγχρονισμού</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_dialog.py" line="216"/>
        <source>No keyring is available on this system: the password was not kept, and will be asked for once each session.</source>
        <translation>Δεν υπάρχει κλειδοθήκη σε αυτό το σύστημα: ο κωδικός πρόσβασης δεν φυλάχτηκε και θα ζητείται μία φορά σε κάθε συνεδρία.</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="79"/>
        <source>The server address cannot be used: %1</source>
        <translation>Η διεύθυνση του διακομιστή δεν μπορεί να χρησιμοποιηθεί: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="80"/>
        <source>The server cannot be reached (offline?): %1</source>
        <translation>Ο διακομιστής δεν είναι προσβάσιμος (εκτός σύνδεσης;): %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="81"/>
        <source>The server did not answer in time: %1</source>
        <translation>Ο διακομιστής δεν απάντησε εγκαίρως: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="82"/>
        <source>The server&apos;s certificate could not be verified: %1</source>
        <translation>Το πιστοποιητικό του διακομιστή δεν επαληθεύτηκε: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="83"/>
        <source>The server refused the user name or password: %1</source>
        <translation>Ο διακομιστής απέρριψε το όνομα χρήστη ή τον κωδικό πρόσβασης: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="84"/>
        <source>The server does not allow this: %1</source>
        <translation>Ο διακομιστής δεν το επιτρέπει: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="85"/>
        <source>The server&apos;s copy changed meanwhile: %1</source>
        <translation>Το αντίγραφο του διακομιστή άλλαξε στο μεταξύ: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="86"/>
        <source>The server has no room left: %1</source>
        <translation>Ο διακομιστής δεν έχει άλλο χώρο: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="87"/>
        <source>The server has no such address: %1</source>
        <translation>Ο διακομιστής δεν έχει αυτή τη διεύθυνση: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="88"/>
        <source>The server offers no address book: %1</source>
        <translation>Ο διακομιστής δεν προσφέρει βιβλίο διευθύνσεων: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="89"/>
        <source>No keyring is available to keep the password: %1</source>
        <translation>Δεν υπάρχει κλειδοθήκη για τη φύλαξη του κωδικού πρόσβασης: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="90"/>
        <source>No password is known for this account: %1</source>
        <translation>Δεν είναι γνωστός κωδικός πρόσβασης για αυτόν τον λογαριασμό: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="91"/>
        <source>The server&apos;s reply could not be used: %1</source>
        <translation>Η απάντηση του διακομιστή δεν μπορεί να χρησιμοποιηθεί: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="98"/>
        <source>%1: %2 sent, %3 received, %4 updated, %5 deleted</source>
        <translation>%1: %2 στάλθηκαν, %3 ελήφθησαν, %4 ενημερώθηκαν, %5 διαγράφηκαν</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="108"/>
        <source>Synced at %1</source>
        <translation>Συγχρονίστηκε στις %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="114"/>
        <source>contacts</source>
        <translation>επαφές</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="115"/>
        <source>activities</source>
        <translation>δραστηριότητες</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/window_sync.py" line="118"/>
        <source>%n conflict(s) to resolve (File &gt; Sync Accounts)</source>
        <translation>
            <numerusform>%n διένεξη προς επίλυση (Αρχείο &gt; Λογαριασμοί συγχρονισμού)</numerusform>
            <numerusform>%n διενέξεις προς επίλυση (Αρχείο &gt; Λογαριασμοί συγχρονισμού)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWarning</name>
    <message>
        <location filename="../../crm_desktop/gui/sync_warning.py" line="34"/>
        <source>The database is in a synced folder</source>
        <translation>Η βάση δεδομένων βρίσκεται σε συγχρονιζόμενο φάκελο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_warning.py" line="35"/>
        <source>The database %1 is in a folder that %2 keeps in sync.</source>
        <translation>Η βάση δεδομένων %1 βρίσκεται σε φάκελο που συγχρονίζει το %2.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_warning.py" line="41"/>
        <source>Sync services copy the database while CRM Desktop writes to it, which can damage it or make conflicting copies. Keep the database in a folder that is not synced (start CRM Desktop with --db to choose one), and put exports or backups in the synced folder instead.</source>
        <translation>Οι υπηρεσίες συγχρονισμού αντιγράφουν τη βάση δεδομένων την ώρα που το CRM Desktop γράφει σε αυτήν, κάτι που μπορεί να την καταστρέψει ή να δημιουργήσει αντιφατικά αντίγραφα. Φυλάξτε τη βάση δεδομένων σε φάκελο που δεν συγχρονίζεται (ξεκινήστε το CRM Desktop με --db για να επιλέξετε έναν) και τοποθετήστε στον συγχρονιζόμενο φάκελο τις εξαγωγές ή τα αντίγραφα ασφαλείας.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/sync_warning.py" line="52"/>
        <source>&amp;Don&apos;t show this again for this database</source>
        <translation>&amp;Να μην εμφανιστεί ξανά για αυτήν τη βάση δεδομένων</translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/activity_week.py" line="469"/>
        <source>+%Ln more</source>
        <translation>
            <numerusform>+%Ln ακόμη</numerusform>
            <numerusform>+%Ln ακόμη</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_week.py" line="508"/>
        <location filename="../../crm_desktop/gui/activity_week.py" line="510"/>
        <source>Earlier</source>
        <translation>Προηγούμενο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_week.py" line="509"/>
        <location filename="../../crm_desktop/gui/activity_week.py" line="511"/>
        <source>Later</source>
        <translation>Επόμενο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_week.py" line="512"/>
        <source>Today</source>
        <translation>Σήμερα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_week.py" line="513"/>
        <source>Activities by time of day</source>
        <translation>Δραστηριότητες ανά ώρα της ημέρας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/activity_week.py" line="514"/>
        <source>Activities without a time of day</source>
        <translation>Δραστηριότητες χωρίς ώρα</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../crm_desktop/gui/timeline_model.py" line="74"/>
        <source>Sent</source>
        <translation>Απεσταλμένο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_model.py" line="76"/>
        <source>Received</source>
        <translation>Ληφθέν</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_model.py" line="90"/>
        <source>Files: %1</source>
        <translation>Αρχεία: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_model.py" line="226"/>
        <source> pinned</source>
        <translation> καρφιτσωμένο</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="164"/>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="195"/>
        <source>Timeline</source>
        <translation>Χρονολόγιο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="165"/>
        <source>Everything</source>
        <translation>Όλα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="167"/>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="168"/>
        <source>Calls</source>
        <translation>Κλήσεις</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="169"/>
        <source>Emails</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="170"/>
        <source>Letters</source>
        <translation>Επιστολές</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="171"/>
        <source>Meetings</source>
        <translation>Συσκέψεις</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="172"/>
        <source>Tasks</source>
        <translation>Εργασίες</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="173"/>
        <source>Files</source>
        <translation>Αρχεία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="177"/>
        <source>Show only one kind</source>
        <translation>Εμφάνιση μόνο ενός είδους</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="179"/>
        <source>Log a call</source>
        <translation>Καταγραφή κλήσης</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="180"/>
        <source>Add a note</source>
        <translation>Προσθήκη σημείωσης</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="181"/>
        <source>Schedule a task</source>
        <translation>Προγραμματισμός εργασίας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="182"/>
        <source>Log an email</source>
        <translation>Καταγραφή email</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="183"/>
        <source>Log a meeting</source>
        <translation>Καταγραφή σύσκεψης</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="187"/>
        <source>&amp;Add</source>
        <translation>Προσ&amp;θήκη</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="188"/>
        <source>New activity…</source>
        <translation>Νέα δραστηριότητα…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="189"/>
        <source>When the task is due</source>
        <translation>Πότε λήγει η προθεσμία της εργασίας</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="190"/>
        <source>No deal</source>
        <translation>Χωρίς ευκαιρία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="191"/>
        <source>The open deal this is about (its timeline shows it)</source>
        <translation>Η ανοιχτή ευκαιρία που αφορά (εμφανίζεται στο χρονολόγιό της)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="192"/>
        <source>Deal</source>
        <translation>Ευκαιρία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="194"/>
        <source>Nothing here yet.</source>
        <translation>Δεν υπάρχει τίποτα εδώ ακόμη.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="318"/>
        <source>What was said (Enter logs the call)</source>
        <translation>Τι ειπώθηκε (το Enter καταγράφει την κλήση)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="319"/>
        <source>Write a note (Enter adds it)</source>
        <translation>Γράψτε μια σημείωση (το Enter την προσθέτει)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="320"/>
        <source>What to do (Enter schedules it)</source>
        <translation>Τι πρέπει να γίνει (το Enter την προγραμματίζει)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="321"/>
        <source>What the email was about (Enter logs it)</source>
        <translation>Το θέμα του email (το Enter το καταγράφει)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="322"/>
        <source>What the meeting was about (Enter logs it)</source>
        <translation>Το θέμα της σύσκεψης (το Enter την καταγράφει)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="381"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Επεξεργασία…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="384"/>
        <source>&amp;Unpin</source>
        <translation>&amp;Ξεκαρφίτσωμα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="384"/>
        <source>&amp;Pin to the top</source>
        <translation>&amp;Καρφίτσωμα στην κορυφή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="388"/>
        <source>Mark as &amp;done…</source>
        <translation>Σήμανση ως &amp;ολοκληρωμένης…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="398"/>
        <source>Open %1</source>
        <translation>Άνοιγμα %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="401"/>
        <source>Save %1 as…</source>
        <translation>Αποθήκευση του %1 ως…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="407"/>
        <source>Attach file…</source>
        <translation>Επισύναψη αρχείου…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/timeline_view.py" line="392"/>
        <source>&amp;Delete</source>
        <translation>&amp;Διαγραφή</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="25"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln επαφή</numerusform>
            <numerusform>%Ln επαφές</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="28"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln λογαριασμός</numerusform>
            <numerusform>%Ln λογαριασμοί</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="31"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln σημείωση</numerusform>
            <numerusform>%Ln σημειώσεις</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="34"/>
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>%Ln δραστηριότητα</numerusform>
            <numerusform>%Ln δραστηριότητες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="37"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln αρχείο</numerusform>
            <numerusform>%Ln αρχεία</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="40"/>
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln ευκαιρία</numerusform>
            <numerusform>%Ln ευκαιρίες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/gui/trash.py" line="43"/>
        <source>Permanently delete the %Ln item(s) in the Trash?</source>
        <translation>
            <numerusform>Να διαγραφεί οριστικά το %Ln στοιχείο του Κάδου απορριμμάτων;</numerusform>
            <numerusform>Να διαγραφούν οριστικά τα %Ln στοιχεία του Κάδου απορριμμάτων;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash.py" line="57"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash.py" line="73"/>
        <location filename="../../crm_desktop/gui/trash.py" line="89"/>
        <source>Empty Trash</source>
        <translation>Άδειασμα Κάδου απορριμμάτων</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash.py" line="74"/>
        <source>The Trash is already empty.</source>
        <translation>Ο Κάδος απορριμμάτων είναι ήδη άδειος.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash.py" line="83"/>
        <source>This cannot be undone (a backup of the database is made first).</source>
        <translation>Η ενέργεια αυτή δεν μπορεί να αναιρεθεί (πρώτα δημιουργείται αντίγραφο ασφαλείας της βάσης δεδομένων).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash.py" line="91"/>
        <source>&amp;Empty Trash</source>
        <translation>Άδειασμα &amp;Κάδου</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="129"/>
        <source>All kinds (%1)</source>
        <translation>Όλα τα είδη (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="130"/>
        <source>Contacts (%1)</source>
        <translation>Επαφές (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="131"/>
        <source>Accounts (%1)</source>
        <translation>Λογαριασμοί (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="132"/>
        <source>Notes (%1)</source>
        <translation>Σημειώσεις (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="133"/>
        <source>Activities (%1)</source>
        <translation>Δραστηριότητες (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="134"/>
        <source>Files (%1)</source>
        <translation>Αρχεία (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="135"/>
        <source>Deals (%1)</source>
        <translation>Ευκαιρίες (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="190"/>
        <location filename="../../ui/trash_dialog.ui" line="98"/>
        <source>The Trash is empty.</source>
        <translation>Ο Κάδος απορριμμάτων είναι άδειος.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_dialog.py" line="192"/>
        <source>There is nothing of this kind in the Trash.</source>
        <translation>Δεν υπάρχει τίποτα αυτού του είδους στον Κάδο απορριμμάτων.</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="14"/>
        <source>Trash</source>
        <translation>Κάδος απορριμμάτων</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="20"/>
        <source>Deleted contacts, accounts, notes and activities stay here until you empty the Trash. Select some and click Restore to bring them back.</source>
        <translation>Οι διαγραμμένες επαφές, οι λογαριασμοί, οι σημειώσεις και οι δραστηριότητες παραμένουν εδώ μέχρι να αδειάσετε τον Κάδο απορριμμάτων. Επιλέξτε κάποια και κάντε κλικ στην «Επαναφορά» για να τα επαναφέρετε.</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="35"/>
        <source>&amp;Show:</source>
        <translation>&amp;Εμφάνιση:</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="45"/>
        <source>Kind of record shown</source>
        <translation>Είδος εγγραφών που εμφανίζονται</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="67"/>
        <source>Records in the Trash</source>
        <translation>Εγγραφές στον Κάδο απορριμμάτων</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="113"/>
        <source>Bring the selected records back from the Trash</source>
        <translation>Επαναφορά των επιλεγμένων εγγραφών από τον Κάδο απορριμμάτων</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="116"/>
        <source>&amp;Restore</source>
        <translation>Ε&amp;παναφορά</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="123"/>
        <source>Delete for good everything in the Trash</source>
        <translation>Οριστική διαγραφή όλων όσων βρίσκονται στον Κάδο απορριμμάτων</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.ui" line="126"/>
        <source>Empty &amp;Trash…</source>
        <translation>Άδειασμα &amp;Κάδου…</translation>
    </message>
</context>
<context>
    <name>TrashTableModel</name>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="28"/>
        <source>Contact</source>
        <translation>Επαφή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="29"/>
        <source>Account</source>
        <translation>Λογαριασμός</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="30"/>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="31"/>
        <source>Activity</source>
        <translation>Δραστηριότητα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="32"/>
        <source>File</source>
        <translation>Αρχείο</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="33"/>
        <source>Deal</source>
        <translation>Ευκαιρία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="37"/>
        <source>Call</source>
        <translation>Κλήση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="38"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="39"/>
        <source>Letter</source>
        <translation>Επιστολή</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="40"/>
        <source>Meeting</source>
        <translation>Σύσκεψη</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="41"/>
        <source>Task</source>
        <translation>Εργασία</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="71"/>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="72"/>
        <source>Name or subject</source>
        <translation>Όνομα ή θέμα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/trash_table_model.py" line="73"/>
        <source>Deleted on</source>
        <translation>Ημερομηνία διαγραφής</translation>
    </message>
</context>
<context>
    <name>TypeNamesDialog</name>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="62"/>
        <source>Relationship Type</source>
        <translation>Τύπος σχέσης</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="63"/>
        <source>&amp;Name:</source>
        <translation>Ό&amp;νομα:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="64"/>
        <source>&amp;Inverse (on the other card):</source>
        <translation>&amp;Αντίστροφο (στην άλλη κάρτα):</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/relationship_types_dialog.py" line="67"/>
        <source>The same word</source>
        <translation>Η ίδια λέξη</translation>
    </message>
</context>
<context>
    <name>UndoFeedback</name>
    <message>
        <location filename="../../crm_desktop/gui/undo_feedback.py" line="39"/>
        <source>Undo</source>
        <translation>Αναίρεση</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/undo_feedback.py" line="40"/>
        <source>Bring back what was just deleted</source>
        <translation>Επαναφορά όσων μόλις διαγράφηκαν</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/undo_feedback.py" line="92"/>
        <source>%1 — Undo (%2)</source>
        <translation>%1 — Αναίρεση (%2)</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="102"/>
        <source>Welcome to CRM Desktop</source>
        <translation>Καλώς ορίσατε στο CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="105"/>
        <source>There are no contacts yet. Bring in the ones you already have, or start with the first one.</source>
        <translation>Δεν υπάρχουν ακόμη επαφές. Φέρτε αυτές που ήδη έχετε ή ξεκινήστε με την πρώτη.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="111"/>
        <source>Import from Outlook…</source>
        <translation>Εισαγωγή από το Outlook…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="113"/>
        <source>In Outlook: File &gt; Open &amp; Export &gt; Import/Export &gt; Export to a file &gt; Comma Separated Values. Outlook.com: People &gt; Manage contacts &gt; Export contacts.</source>
        <translation>Στο Outlook: Αρχείο &gt; Άνοιγμα και εξαγωγή &gt; Εισαγωγή/Εξαγωγή &gt; Εξαγωγή σε αρχείο &gt; Τιμές διαχωρισμένες με κόμματα. Στο Outlook.com: Άτομα &gt; Διαχείριση επαφών &gt; Εξαγωγή επαφών.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="119"/>
        <source>Import from Google…</source>
        <translation>Εισαγωγή από το Google…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="121"/>
        <source>At contacts.google.com: Export, then Google CSV or vCard. The file goes to your Downloads folder.</source>
        <translation>Στο contacts.google.com: Εξαγωγή και έπειτα Google CSV ή vCard. Το αρχείο αποθηκεύεται στον φάκελο Λήψεις.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="126"/>
        <source>Import from a phone…</source>
        <translation>Εισαγωγή από τηλέφωνο…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="128"/>
        <source>Android: Contacts &gt; Fix &amp; manage &gt; Export to file (a .vcf file). iPhone: at icloud.com/contacts select all, then Export vCard.</source>
        <translation>Android: Επαφές &gt; Διόρθωση και διαχείριση &gt; Εξαγωγή σε αρχείο (αρχείο .vcf). iPhone: στο icloud.com/contacts επιλέξτε όλες και έπειτα Εξαγωγή vCard.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="133"/>
        <source>Import a CSV file…</source>
        <translation>Εισαγωγή αρχείου CSV…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="135"/>
        <source>Any other program or spreadsheet: save the list as CSV; you then say which column holds what.</source>
        <translation>Οποιοδήποτε άλλο πρόγραμμα ή υπολογιστικό φύλλο: αποθηκεύστε τη λίστα ως CSV· έπειτα ορίζετε τι περιέχει κάθε στήλη.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="139"/>
        <source>Add a contact…</source>
        <translation>Προσθήκη επαφής…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="139"/>
        <source>Type in the first one yourself.</source>
        <translation>Πληκτρολογήστε μόνοι σας την πρώτη.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="141"/>
        <source>Open the demo</source>
        <translation>Άνοιγμα της επίδειξης</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/welcome.py" line="143"/>
        <source>A separate window with sample contacts, accounts and activities, to look around in. Nothing of it is added to your own database.</source>
        <translation>Ένα ξεχωριστό παράθυρο με δείγματα επαφών, λογαριασμών και δραστηριοτήτων για να εξερευνήσετε. Τίποτα από αυτά δεν προστίθεται στη δική σας βάση δεδομένων.</translation>
    </message>
</context>
<context>
    <name>WindowSchedule</name>
    <message>
        <location filename="../../crm_desktop/gui/window_schedule.py" line="79"/>
        <source>Overdue activities: %1</source>
        <translation>Εκπρόθεσμες δραστηριότητες: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_schedule.py" line="68"/>
        <source>Show</source>
        <translation>Εμφάνιση</translation>
    </message>
</context>
<context>
    <name>WindowSync</name>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="169"/>
        <source>&amp;Sync Now</source>
        <translation>&amp;Συγχρονισμός τώρα</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="171"/>
        <source>Sync with your CardDAV/CalDAV servers (%1)</source>
        <translation>Συγχρονισμός με τους διακομιστές CardDAV/CalDAV σας (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="175"/>
        <source>S&amp;ync Accounts…</source>
        <translation>Λογαριασμοί συγ&amp;χρονισμού…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="199"/>
        <source>Last sync: %1</source>
        <translation>Τελευταίος συγχρονισμός: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="234"/>
        <source>Password</source>
        <translation>Κωδικός πρόσβασης</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="236"/>
        <source>No keyring keeps the password of %1 (%2). Password:</source>
        <translation>Καμία κλειδοθήκη δεν φυλάσσει τον κωδικό πρόσβασης του %1 (%2). Κωδικός πρόσβασης:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/gui/window_sync.py" line="288"/>
        <source>Syncing…</source>
        <translation>Συγχρονισμός…</translation>
    </message>
</context>
<context>
    <name>WindowViews</name>
    <message>
        <location filename="../../crm_desktop/gui/window_views.py" line="126"/>
        <source>Search activities: subjects, details, places, people…</source>
        <translation>Αναζήτηση δραστηριοτήτων: θέματα, λεπτομέρειες, τοποθεσίες, πρόσωπα…</translation>
    </message>
</context>
</TS>
